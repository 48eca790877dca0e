//! The storage the workspace is kept in, as a trait: the browser's localStorage implements it
//! (`web::storage::Store`), and [`MemoryStore`] does for tests, able to run out of room on
//! demand. Fingerprints of stored text are computed the same way on both sides.

use super::workspace::base36;
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::fmt;

/// Why storage could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// No storage at all: private mode, blocked cookies, a sandboxed frame.
    Unavailable(String),
    /// The browser's quota for this site is full.
    QuotaExceeded,
    /// Any other failure, with the browser's words.
    Other(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::Unavailable(why) => {
                write!(f, "This browser is not letting the app save ({why}).")
            }
            StorageError::QuotaExceeded => write!(f, "The browser's storage for this app is full."),
            StorageError::Other(why) => write!(f, "Saving failed: {why}."),
        }
    }
}

/// Key–value text storage. `Text` is a model record as the store holds it for the save
/// protocol: in the browser a JS string made once, so writing 1 MB to two slots, reading it
/// back and fingerprinting it never converts the text again.
pub trait Storage {
    type Text;
    /// The text under `key`, if any.
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    /// Stores `value` under `key`.
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    /// Removes `key`; a failure to remove is not worth reporting.
    fn remove(&self, key: &str);
    /// Every key that starts with `prefix`, sorted.
    fn keys_with_prefix(&self, prefix: &str) -> Vec<String>;
    /// The length of the text under `key` in UTF-16 code units.
    fn length_of(&self, key: &str) -> Option<usize>;
    /// The [`fingerprint`] of the text under `key`, worked out where the text lives.
    fn fingerprint(&self, key: &str) -> Option<String>;
    /// `text` made into the store's own kind of text, once.
    fn text(&self, text: &str) -> Self::Text;
    /// Stores a record's text under `key`.
    fn set_text(&self, key: &str, text: &Self::Text) -> Result<(), StorageError>;
    /// Whether `key` now holds exactly `text` (the save protocol's read-back).
    fn holds(&self, key: &str, text: &Self::Text) -> bool;
    /// The [`fingerprint`] `text` has once stored.
    fn fingerprint_text(&self, text: &Self::Text) -> String;
    /// Runs `f`, timing it where the store can (the browser records a User Timing measure).
    fn measure<T>(&self, _name: &str, f: impl FnOnce() -> T) -> T {
        f()
    }
}

/// A short fingerprint of `text`: its length and a 64-bit hash of its UTF-16 code units, as
/// `length.hash.hash` in base 36. The browser computes the same in JS over a stored string
/// (`web::storage`), so text read in Rust and text held by storage compare equal. Equal texts
/// give equal fingerprints; any change almost surely gives another.
pub fn fingerprint(text: &str) -> String {
    let n = text.encode_utf16().count();
    // Two 32-bit multiplicative hashes, mixed at the end (as the JS does with Math.imul).
    let mut a = 0x9e37_79b1_u32 ^ n as u32;
    let mut b = 0x85eb_ca6b_u32 ^ n as u32;
    for c in text.encode_utf16() {
        a = (a ^ u32::from(c)).wrapping_mul(0x9e37_79b1);
        b = (b ^ u32::from(c)).wrapping_mul(0x5f35_6495);
    }
    let a2 = (a ^ (a >> 16)).wrapping_mul(0x85eb_ca6b) ^ (b ^ (b >> 13)).wrapping_mul(0xc2b2_ae35);
    let b2 =
        (b ^ (b >> 16)).wrapping_mul(0x85eb_ca6b) ^ (a2 ^ (a2 >> 13)).wrapping_mul(0xc2b2_ae35);
    format!(
        "{}.{}.{}",
        base36(n as u64),
        base36(u64::from(a2)),
        base36(u64::from(b2))
    )
}

/// Storage in a map: for tests, and counting every write. `room` (in UTF-16 code units of
/// keys and texts together) makes it refuse writes as a full browser store does.
#[derive(Debug, Default)]
pub struct MemoryStore {
    map: RefCell<BTreeMap<String, String>>,
    room: Cell<Option<usize>>,
    writes: RefCell<Vec<String>>,
}

impl MemoryStore {
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }

    /// Limits the store to `chars` code units (None: no limit).
    pub fn set_room(&self, chars: Option<usize>) {
        self.room.set(chars);
    }

    /// The code units stored now, keys and texts.
    pub fn used(&self) -> usize {
        let size = |s: &String| s.encode_utf16().count();
        self.map
            .borrow()
            .iter()
            .map(|(k, v)| size(k) + size(v))
            .sum()
    }

    /// Every key written since the last call, in order (a key written twice is listed twice).
    pub fn take_writes(&self) -> Vec<String> {
        std::mem::take(&mut self.writes.borrow_mut())
    }

    /// A copy of everything stored.
    pub fn snapshot(&self) -> BTreeMap<String, String> {
        self.map.borrow().clone()
    }
}

impl Storage for MemoryStore {
    type Text = String;
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.map.borrow().get(key).cloned())
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        if let Some(room) = self.room.get() {
            let size = |s: &str| s.encode_utf16().count();
            let old = self
                .map
                .borrow()
                .get(key)
                .map_or(0, |v| size(key) + size(v));
            if self.used() - old + size(key) + size(value) > room {
                return Err(StorageError::QuotaExceeded);
            }
        }
        self.writes.borrow_mut().push(key.to_string());
        self.map
            .borrow_mut()
            .insert(key.to_string(), value.to_string());
        Ok(())
    }
    fn remove(&self, key: &str) {
        self.map.borrow_mut().remove(key);
    }
    fn keys_with_prefix(&self, prefix: &str) -> Vec<String> {
        let map = self.map.borrow();
        map.keys()
            .filter(|k| k.starts_with(prefix))
            .cloned()
            .collect()
    }
    fn length_of(&self, key: &str) -> Option<usize> {
        self.map.borrow().get(key).map(|t| t.encode_utf16().count())
    }
    fn fingerprint(&self, key: &str) -> Option<String> {
        self.map.borrow().get(key).map(|t| fingerprint(t))
    }
    fn text(&self, text: &str) -> String {
        text.to_string()
    }
    fn set_text(&self, key: &str, text: &String) -> Result<(), StorageError> {
        self.set(key, text)
    }
    fn holds(&self, key: &str, text: &String) -> bool {
        self.map.borrow().get(key) == Some(text)
    }
    fn fingerprint_text(&self, text: &String) -> String {
        fingerprint(text)
    }
}

/// What the storage panel reads, over any store (`super::usage`).
pub(super) struct PeekOf<'a, S>(pub &'a S);

impl<S: Storage> super::usage::Peek for PeekOf<'_, S> {
    fn keys(&self) -> Vec<String> {
        self.0.keys_with_prefix(super::workspace::PREFIX)
    }
    fn length_of(&self, key: &str) -> usize {
        self.0.length_of(key).unwrap_or(0)
    }
}

/// The save protocol (`super::slots`) over any store.
pub(super) struct SlotsOf<'a, S>(pub &'a S);

impl<S: Storage> super::slots::Slots for SlotsOf<'_, S> {
    type Error = StorageError;
    type Text = S::Text;
    fn set(&mut self, key: &str, value: &S::Text) -> Result<(), StorageError> {
        self.0.set_text(key, value)
    }
    fn holds(&self, key: &str, value: &S::Text) -> bool {
        self.0.holds(key, value)
    }
    fn remove(&mut self, key: &str) {
        self.0.remove(key)
    }
}
