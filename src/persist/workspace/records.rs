//! The workspace's other records: the bin of deleted models, when each model was last
//! exported (`mos.exports`), the consultant's invitations (`mos.invitations`) and what was
//! sent back of each model (`mos.sent`).

use super::{
    bin_entry_of, bin_key, model_key, InvitationBook, Problem, Workspace, BIN_PREFIX, EXPORTS_KEY,
    INVITATIONS_KEY,
};
use crate::domain::{Document, ModelId, Timestamp};
use crate::persist::envelope::encode_stored;
use crate::persist::sent::{SentBook, SENT_KEY};
use crate::persist::slots::{load_stored, seal, shadow_key};
use crate::persist::store::{Storage, StorageError};
use std::collections::BTreeMap;

/// A deleted model, restorable until the user deletes it for good.
#[derive(Clone, Debug, PartialEq)]
pub struct Binned {
    pub doc: Document,
    pub deleted_at: Timestamp,
    /// Where it is kept; None when storage refused it and it lives only in this tab.
    pub key: Option<String>,
}

impl<S: Storage> Workspace<S> {
    /// The models in the bin, newest first; an unreadable one is backed up and reported.
    pub fn bin(&self, now: Timestamp) -> (Vec<Binned>, Vec<Problem>) {
        let mut bin = Vec::new();
        let mut problems = Vec::new();
        for key in self.store.keys_with_prefix(BIN_PREFIX) {
            let (Some((id, at)), Ok(Some(raw))) = (bin_entry_of(&key), self.store.get(&key)) else {
                continue;
            };
            match load_stored(&raw) {
                Ok(doc) if doc.id == id => bin.push(Binned {
                    doc,
                    deleted_at: at,
                    key: Some(key),
                }),
                Ok(_) | Err(_) => problems.push(self.keep_backup(
                    &key,
                    raw,
                    "A deleted model kept in the bin could not be opened.".into(),
                    now,
                )),
            }
        }
        bin.sort_by_key(|b| std::cmp::Reverse(b.deleted_at));
        (bin, problems)
    }

    /// Moves a model out of the workspace into the bin, deleted at `at`. The bin's copy is
    /// kept only when storage takes it; the model's own keys go either way.
    pub fn put_in_bin(&self, doc: Document, at: Timestamp) -> Binned {
        let key = bin_key(&doc.id, at);
        let kept = self
            .store
            .set(&key, &seal(&encode_stored(&doc, at)))
            .is_ok()
            .then_some(key);
        self.store.remove(&model_key(&doc.id));
        self.store.remove(&shadow_key(&doc.id));
        Binned {
            doc,
            deleted_at: at,
            key: kept,
        }
    }

    /// Drops a model's copy in the bin (restored, or deleted for good).
    pub fn take_from_bin(&self, b: &Binned) {
        if let Some(key) = &b.key {
            self.store.remove(key);
        }
    }

    /// Forgets everything kept of model `id` beside its record: its versions' snapshots and
    /// what was sent of it (it was deleted for good).
    pub fn forget_model(&self, id: &ModelId) {
        self.forget_versions(id, &[]);
        let mut book = self.sent_book();
        if book.forget(id.as_str()) {
            let _ = self.store.set(SENT_KEY, &book.to_text());
        }
    }

    /// When each model was last exported (model id → ms).
    pub fn exports(&self) -> BTreeMap<String, u64> {
        self.raw(EXPORTS_KEY)
            .and_then(|t| serde_json::from_str::<BTreeMap<String, u64>>(&t).ok())
            .unwrap_or_default()
    }

    /// Stores when each model was last exported; only a reminder, so a refusal is let go.
    pub fn store_exports(&self, exports: &BTreeMap<String, u64>) {
        let _ = self.store.set(
            EXPORTS_KEY,
            &serde_json::to_string(exports).unwrap_or_default(),
        );
    }

    /// The consultant's invitations: None when there are none yet; an unreadable record is
    /// backed up and reported (the app starts a fresh one only when it next has to save).
    pub fn invitations(&self, now: Timestamp) -> Result<Option<InvitationBook>, Problem> {
        let Some(raw) = self.raw(INVITATIONS_KEY) else {
            return Ok(None);
        };
        InvitationBook::load(&raw).map(Some).map_err(|e| {
            self.keep_backup(
                INVITATIONS_KEY,
                raw,
                format!("Your list of invitations could not be read. {e}"),
                now,
            )
        })
    }

    /// Stores the consultant's invitations.
    pub fn store_invitations(&self, book: &InvitationBook) -> Result<(), StorageError> {
        self.store.set(INVITATIONS_KEY, &book.encode())
    }

    /// What has been sent back of each model from this browser.
    pub fn sent_book(&self) -> SentBook {
        SentBook::read(self.raw(SENT_KEY).as_deref())
    }

    /// Stores what has been sent back.
    pub fn store_sent(&self, book: &SentBook) -> Result<(), StorageError> {
        self.store.set(SENT_KEY, &book.to_text())
    }
}
