//! The one save path: a model's versions, its record through the crash-safe slots, the
//! summaries memo and the tab check, in one call over any [`Storage`].

use super::{model_key, version_key, version_prefix, ModelSummary, SummaryMemo, SUMMARIES_KEY};
use crate::domain::{Document, ModelId, Timestamp};
use crate::persist::envelope::{encode_stored, encode_version};
use crate::persist::slots::{self, seal, SaveFault};
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
    /// deleted versions and notes the summary in the memo.
    pub fn write(&self, doc: &Document, now: Timestamp) -> Result<Saved, StorageError> {
        let live: Vec<String> = doc
            .versions
            .iter()
            .map(|v| version_key(&doc.id, v))
            .collect();
        for (v, key) in doc.versions.iter().zip(&live) {
            if !self.versions.borrow().contains(key) {
                self.store.set(key, &encode_version(&v.snapshot))?;
                self.versions.borrow_mut().insert(key.clone());
            }
        }
        // Made into the store's text once: written to two slots, read back, fingerprinted.
        let text = self.store.text(&seal(&encode_stored(doc, now)));
        slots::save(&mut SlotsOf(&self.store), &doc.id, &text).map_err(|e| match e {
            SaveFault::Store(e) => e,
            SaveFault::ReadBack => StorageError::Other(
                "the browser did not keep what was written (reading it back gave other text)"
                    .into(),
            ),
        })?;
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
