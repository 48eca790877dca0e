//! The only code that touches the browser: storage, files, time, page events, the clipboard,
//! dialogs, focus, full screen and addresses. Small, never panics, returns typed errors.

pub mod clipboard;
pub mod clock;
pub mod dialog;
pub mod drafts;
pub mod file;
pub mod focus;
pub mod fullscreen;
pub mod links;
pub mod offline;
pub mod page;
pub mod panic;
pub mod storage;
pub mod uri;
