//! The one save path: a model's versions, its record through the crash-safe slots, the
//! summaries memo and the tab check, in one call over any [`Storage`].

use super::keep_backup;
use super::{
    model_key, version_key, version_prefix, ModelSummary, SummaryMemo, SUMMARIES_KEY,
    USUAL_LIMIT_CHARS,
};
use crate::domain::{Document, ModelId, Timestamp};
use crate::persist::envelope::{encode_stored, encode_version};
use crate::persist::error::{size_limit, size_over, tenths_of_mb};
use crate::persist::slots::{self, is_sealed, load_stored, seal, shadow_key, SaveFault};
use crate::persist::store::{PeekOf, SlotsOf, Storage, StorageError};
use crate::persist::tabs::TabSync;
use std::cell::RefCell;
use std::collections::HashSet;

/// The workspace in storage: it owns the key layout, and every read and write of the app's
/// data goes through it.
pub struct Workspace<S> {
    pub(super) store: S,
    /// The version keys in storage: a version's snapshot is written once, never again.
    pub(super) versions: RefCell<HashSet<String>>,
}

/// What a save stored.
#[derive(Clone, Debug, PartialEq)]
pub struct Saved {
    /// The model's summary, as the home page lists it.
    pub summary: ModelSummary,
    /// The fingerprint of the record as stored.
    pub fingerprint: String,
}

/// Room in storage, in characters (UTF-16 code units of keys and texts, as browsers count).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Room {
    /// What the model takes once stored: its record and the versions' snapshots not stored
    /// yet.
    pub needs: usize,
    /// What is free for it: the usual limit less what the app stores, plus what it replaces.
    pub free: usize,
    /// What a browser usually gives the app ([`USUAL_LIMIT_CHARS`]).
    pub quota: usize,
}

/// Why a whole model was not stored. Storage is left as it was.
#[derive(Clone, Debug, PartialEq)]
pub enum WriteError {
    /// It does not fit: refused before anything was written.
    NoRoom(Room),
    /// Storage refused a write.
    Store(StorageError),
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WriteError::NoRoom(r) => write!(
                f,
                "This model needs {} of the browser's storage; the browser gives this app about {}, of which {} is free. Export and delete models you no longer need, or empty “Recently deleted”, then try again.",
                size_over(r.needs as u64),
                size_limit(r.quota as u64),
                tenths_of_mb(r.free as u64 * 10 / 1_048_576)
            ),
            WriteError::Store(e) => e.fmt(f),
        }
    }
}

/// Why a save stored nothing new. Whatever was stored before is still loadable.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveError {
    /// Another tab has written the model since this one last read or wrote it.
    Stale,
    /// Storage refused the write.
    Store(StorageError),
}

impl<S: Storage> Workspace<S> {
    /// The workspace kept in `store`. Read it with [`Workspace::scan`] first.
    pub fn new(store: S) -> Workspace<S> {
        Workspace {
            store,
            versions: RefCell::new(HashSet::new()),
        }
    }

    /// The storage underneath.
    pub fn store(&self) -> &S {
        &self.store
    }

    /// The text under a storage key (for downloading a backup, or another tab's record).
    pub fn raw(&self, key: &str) -> Option<String> {
        self.store.get(key).ok().flatten()
    }

    /// The fingerprint of model `id`'s record as stored now.
    pub fn fingerprint(&self, id: &ModelId) -> Option<String> {
        self.store.fingerprint(&model_key(id))
    }

    /// Deletes a key (a backup the user no longer wants).
    pub fn remove(&self, key: &str) {
        self.store.remove(key);
    }

    /// How much storage the app uses, by kind.
    pub fn usage(&self) -> super::Usage {
        crate::persist::usage::usage(&PeekOf(&self.store))
    }

    /// Saves a model as `tab` sees it: only while storage still holds what the tab last read
    /// or wrote (compared by fingerprint; a refusal makes the tab stale). Then as [`write`].
    ///
    /// [`write`]: Workspace::write
    pub fn save(
        &self,
        doc: &Document,
        now: Timestamp,
        tab: &mut TabSync,
    ) -> Result<Saved, SaveError> {
        if !tab.may_write(self.fingerprint(&doc.id).as_deref()) {
            return Err(SaveError::Stale);
        }
        let saved = self.write(doc, now).map_err(SaveError::Store)?;
        tab.wrote(saved.fingerprint.clone());
        Ok(saved)
    }

    /// Saves a model: its versions' snapshots first, each once under its own key, then the
    /// model's record (which lists the versions) through the slots, then drops snapshots of
    /// deleted versions and notes the summary in the memo. All or nothing: when storage
    /// refuses any of it, what this call wrote is taken back.
    pub fn write(&self, doc: &Document, now: Timestamp) -> Result<Saved, StorageError> {
        self.put(doc, now, false).map_err(|e| match e {
            WriteError::Store(e) => e,
            WriteError::NoRoom(_) => StorageError::QuotaExceeded,
        })
    }

    /// Stores a model that arrives whole (imported, created, copied, restored): first checks
    /// that it fits in the room the browser usually gives the app, and refuses it before
    /// writing anything when it does not; then as [`Workspace::write`].
    pub fn add(&self, doc: &Document, now: Timestamp) -> Result<Saved, WriteError> {
        self.put(doc, now, true)
    }

    fn put(&self, doc: &Document, now: Timestamp, check: bool) -> Result<Saved, WriteError> {
        let live: Vec<String> = doc
            .versions
            .iter()
            .map(|v| version_key(&doc.id, v))
            .collect();
        let new_versions: Vec<(&String, String)> = doc
            .versions
            .iter()
            .zip(&live)
            .filter(|(_, key)| !self.versions.borrow().contains(*key))
            .map(|(v, key)| (key, encode_version(&v.snapshot)))
            .collect();
        let sealed = seal(&encode_stored(doc, now));
        if check {
            let room = self.room(&doc.id, &sealed, &new_versions);
            if room.needs > room.free {
                return Err(WriteError::NoRoom(room));
            }
        }
        // Usually absent: a save cut short, or one a newer build left (backed up on reading).
        let shadow = shadow_key(&doc.id);
        let shadow_before = self.raw(&shadow);
        // A whole shadow this build cannot read (a newer build's save) is never written over
        // without a backup of it (reading the model made one, unless storage was full).
        if let Some(old) = shadow_before.as_deref().filter(|t| is_sealed(t)) {
            if load_stored(old).is_err()
                && keep_backup(&self.store, &shadow, old.into(), String::new(), now)
                    .backup
                    .is_none()
            {
                return Err(WriteError::Store(StorageError::QuotaExceeded));
            }
        }
        let mut written: Vec<&String> = Vec::new();
        let undo = |written: &[&String]| {
            for key in written {
                self.store.remove(key);
                self.versions.borrow_mut().remove(*key);
            }
        };
        for (key, text) in &new_versions {
            if let Err(e) = self.store.set(key, text) {
                undo(&written);
                return Err(WriteError::Store(e));
            }
            self.versions.borrow_mut().insert((*key).clone());
            written.push(key);
        }
        // Made into the store's text once: written to two slots, read back, fingerprinted.
        let text = self.store.text(&sealed);
        if let Err(e) = slots::save(&mut SlotsOf(&self.store), &doc.id, &text) {
            undo(&written);
            if let Some(old) = shadow_before {
                if self.raw(&shadow).as_deref() != Some(old.as_str()) {
                    let _ = self.store.set(&shadow, &old);
                }
            }
            return Err(WriteError::Store(match e {
                SaveFault::Store(e) => e,
                SaveFault::ReadBack => StorageError::Other(
                    "the browser did not keep what was written (reading it back gave other text)"
                        .into(),
                ),
            }));
        }
        self.forget_versions(&doc.id, &live);
        let fingerprint = self.store.fingerprint_text(&text);
        let summary = ModelSummary::of(doc);
        // The memo follows each save, so the next start-up can list the model without
        // loading it. Only a memo: if it cannot be written, that visit loads it.
        self.store.measure("mos-save-memo", || {
            let mut memo = SummaryMemo::read(self.raw(SUMMARIES_KEY).as_deref());
            memo.put(fingerprint.clone(), summary.clone());
            let _ = self.store.set(SUMMARIES_KEY, &memo.to_text());
        });
        Ok(Saved {
            summary,
            fingerprint,
        })
    }

    /// The room storing model `id` as `record` (with `new_versions`) takes, against what is
    /// free for it: the usual limit less what the app stores, plus the slots it replaces. The
    /// record is written once at the peak (`slots::save` drops the shadow copy when two do
    /// not fit).
    fn room(&self, id: &ModelId, record: &str, new_versions: &[(&String, String)]) -> Room {
        let size = |s: &str| s.encode_utf16().count();
        let stored = |key: &str| self.store.length_of(key).map_or(0, |n| n + size(key));
        let key = model_key(id);
        let needs = size(&key)
            + size(record)
            + new_versions
                .iter()
                .map(|(k, t)| size(k) + size(t))
                .sum::<usize>();
        let replaced = stored(&key) + stored(&shadow_key(id));
        let quota = USUAL_LIMIT_CHARS;
        Room {
            needs,
            free: quota.saturating_sub(self.usage().total()) + replaced,
            quota,
        }
    }

    /// Removes a model's stored version snapshots, except those in `keep`.
    pub fn forget_versions(&self, id: &ModelId, keep: &[String]) {
        let prefix = version_prefix(id);
        let stale: Vec<String> = self
            .versions
            .borrow()
            .iter()
            .filter(|k| k.starts_with(&prefix) && !keep.contains(k))
            .cloned()
            .collect();
        for key in stale {
            self.store.remove(&key);
            self.versions.borrow_mut().remove(&key);
        }
    }

    /// Whether a version snapshot is stored under `key` (as this workspace knows).
    pub fn has_version(&self, key: &str) -> bool {
        self.versions.borrow().contains(key)
    }
}
