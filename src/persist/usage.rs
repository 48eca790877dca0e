//! How much of the browser's storage the app takes, read without loading a single model.

use super::workspace::Usage;

/// Read-only access to the app's storage.
pub trait Peek {
    /// Every key of this app (starting with `mos.`), sorted.
    fn keys(&self) -> Vec<String>;
    /// The length of the text under `key` in UTF-16 code units.
    fn length_of(&self, key: &str) -> usize;
}

/// How much storage the app's entries take (keys and texts), by kind: what the storage panel
/// shows.
pub fn usage(store: &impl Peek) -> Usage {
    let mut usage = Usage::default();
    for key in store.keys() {
        usage.add(&key, key.encode_utf16().count() + store.length_of(&key));
    }
    usage
}
