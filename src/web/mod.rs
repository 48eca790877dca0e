//! The only code that touches the browser: storage, files, time, page events. Small, never
//! panics, returns typed errors.

pub mod clock;
pub mod file;
pub mod links;
pub mod offline;
pub mod page;
pub mod panic;
pub mod storage;
