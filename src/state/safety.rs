//! Safety nets: a bin that keeps deleted models (with their versions) across sessions, an
//! automatic version before an import replaces a model, the record of exports behind the
//! "last exported" reminder, and the browser's persistent-storage grant.

use super::{AppState, Notice};
use crate::domain::{Document, ModelId, Timestamp};
use crate::persist::envelope::encode_stored;
use crate::persist::slots::{load_stored, seal, shadow_key};
use crate::persist::workspace::{bin_entry_of, bin_key, model_key, Usage, BIN_PREFIX, EXPORTS_KEY};
use crate::web::clock::now;
use crate::web::workspace::keep_backup;
use leptos::prelude::*;
use std::collections::BTreeMap;

/// A deleted model, restorable until the user deletes it for good.
#[derive(Clone, Debug, PartialEq)]
pub struct Binned {
    pub doc: Document,
    pub deleted_at: Timestamp,
    /// Where it is kept; None when storage refused it and it lives only in this tab.
    pub key: Option<String>,
}

impl AppState {
    /// Reads the bin and the export record (part of start-up).
    pub(super) fn load_safety(&self) {
        let store = self.store.get_value();
        let mut bin = Vec::new();
        for key in store.keys_with_prefix(BIN_PREFIX) {
            let (Some((id, at)), Ok(Some(raw))) = (bin_entry_of(&key), store.get(&key)) else {
                continue;
            };
            match load_stored(&raw) {
                Ok(doc) if doc.id == id => bin.push(Binned {
                    doc,
                    deleted_at: at,
                    key: Some(key),
                }),
                Ok(_) | Err(_) => {
                    let p = keep_backup(
                        &store,
                        &key,
                        raw,
                        "A deleted model kept in the bin could not be opened.".into(),
                        now(),
                    );
                    self.problems.update(|ps| ps.push(p));
                }
            }
        }
        bin.sort_by_key(|b| std::cmp::Reverse(b.deleted_at));
        self.trash.set(bin);
        let exports = store
            .get(EXPORTS_KEY)
            .ok()
            .flatten()
            .and_then(|t| serde_json::from_str::<BTreeMap<String, u64>>(&t).ok())
            .unwrap_or_default();
        self.exports.set(exports);
    }

    /// Removes a model from the workspace into the bin, versions and all.
    pub fn delete(&self, id: &ModelId) -> Result<(), String> {
        let doc = self.read(id)?;
        self.close_if_open(id);
        let store = self.store.get_value();
        let at = now();
        let key = bin_key(id, at);
        let kept = store
            .set(&key, &seal(&encode_stored(&doc, at)))
            .is_ok()
            .then_some(key);
        store.remove(&model_key(id));
        store.remove(&shadow_key(id));
        self.models.update(|m| m.retain(|s| &s.id != id));
        self.notice.set(Some(Notice {
            text: match kept {
                Some(_) => format!("Deleted “{}”. It is kept in the bin below until you delete it for good.", doc.display_name()),
                None => format!("Deleted “{}”. Storage is full, so it is kept only until this tab closes: restore or export it before then.", doc.display_name()),
            },
            restore: Some(doc.id.clone()),
        }));
        self.trash.update(|t| {
            t.insert(
                0,
                Binned {
                    doc,
                    deleted_at: at,
                    key: kept,
                },
            )
        });
        Ok(())
    }

    /// Puts a deleted model back into the workspace.
    pub fn restore_deleted(&self, id: &ModelId) -> Result<(), String> {
        let Some(b) = self
            .trash
            .with_untracked(|t| t.iter().find(|b| &b.doc.id == id).cloned())
        else {
            return Err("That model is no longer in the bin.".into());
        };
        if self
            .models
            .with_untracked(|m| m.iter().any(|s| &s.id == id))
        {
            return Err(format!(
                "A model with the same id as “{}” is in the workspace again; delete or export it first.",
                b.doc.display_name()
            ));
        }
        self.write(&b.doc).map_err(|e| e.to_string())?;
        if let Some(key) = &b.key {
            self.store.get_value().remove(key);
        }
        self.trash.update(|t| t.retain(|x| &x.doc.id != id));
        self.notice.set(Some(Notice {
            text: format!("Restored “{}”.", b.doc.display_name()),
            restore: None,
        }));
        Ok(())
    }

    /// Deletes a model in the bin for good, with its versions.
    pub fn purge(&self, id: &ModelId) {
        let Some(b) = self
            .trash
            .with_untracked(|t| t.iter().find(|b| &b.doc.id == id).cloned())
        else {
            return;
        };
        if let Some(key) = &b.key {
            self.store.get_value().remove(key);
        }
        if !self
            .models
            .with_untracked(|m| m.iter().any(|s| &s.id == id))
        {
            self.forget_versions(id, &[]);
            self.forget_sent(id);
        }
        self.trash.update(|t| t.retain(|x| &x.doc.id != id));
        self.tell(format!("Deleted “{}” for good.", b.doc.display_name()));
    }

    /// Records that a model was exported now.
    pub(super) fn record_export(&self, id: &ModelId) {
        self.exports.update(|m| {
            m.insert(id.as_str().to_string(), now().0);
        });
        let text = self
            .exports
            .with_untracked(|m| serde_json::to_string(m).unwrap_or_default());
        let _ = self.store.get_value().set(EXPORTS_KEY, &text);
    }

    /// When a model was last exported from this browser.
    pub fn last_export(&self, id: &ModelId) -> Option<Timestamp> {
        self.exports
            .with(|m| m.get(id.as_str()).copied().map(Timestamp))
    }

    /// How much storage the app uses, by kind.
    pub fn usage(&self) -> Usage {
        crate::persist::usage::usage(&self.store.get_value())
    }

    /// Asks the browser to keep this app's storage (it may ask the user, or decide itself),
    /// and records the answer.
    pub fn ask_persistence(&self) {
        if !self.store.get_value().is_persistent() {
            return;
        }
        let persisted = self.persisted;
        leptos::task::spawn_local(async move {
            persisted.set(crate::web::storage::persist().await);
        });
    }

    /// Reads whether the browser has already agreed to keep the app's storage.
    pub(super) fn check_persistence(&self) {
        let persisted = self.persisted;
        leptos::task::spawn_local(async move {
            persisted.set(crate::web::storage::persisted().await);
        });
    }
}
