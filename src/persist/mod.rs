//! Bytes and JSON in, a [`Document`](crate::domain::Document) out, and back: the envelope,
//! ordered migrations, restore and repair, export, and typed errors. No browser here.

pub mod envelope;
pub mod error;
pub mod invitations;
pub mod jsonpath;
pub mod link;
pub mod migrate;
pub mod names;
pub mod pretty;
pub mod restore;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod sent;
pub mod slots;
pub mod sniff;
pub mod store;
pub mod summaries;
pub mod tabs;
pub mod unknown;
pub mod usage;
pub mod workspace;

pub use envelope::{
    export_file_name, export_json, load, load_noting, Envelope, FORMAT, MAX_BYTES, SCHEMA_VERSION,
};
pub use error::{size_limit, size_over, LoadError};
pub use names::{download_name, Download};
