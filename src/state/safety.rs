//! Safety nets (kept in storage by `persist::workspace`): a bin that keeps deleted models (with their versions) across sessions, an
//! automatic version before an import replaces a model, the record of exports behind the
//! "last exported" reminder, and the browser's persistent-storage grant.

use super::{AppState, Notice};
use crate::domain::{ModelId, Timestamp};
use crate::persist::workspace::Usage;
use crate::web::clock::now;
use leptos::prelude::*;

impl AppState {
    /// Reads the bin and the export record (part of start-up).
    pub(super) fn load_safety(&self) {
        let (bin, problems) = self.ws.with_value(|w| w.bin(now()));
        self.report(problems);
        self.trash.set(bin);
        self.exports.set(self.ws.with_value(|w| w.exports()));
    }

    /// Removes a model from the workspace into the bin, versions and all.
    pub fn delete(&self, id: &ModelId) -> Result<(), String> {
        let doc = self.read(id)?;
        self.close_if_open(id);
        let binned = self.ws.with_value(|w| w.put_in_bin(doc, now()));
        let doc = &binned.doc;
        self.models.update(|m| m.retain(|s| &s.id != id));
        self.notice.set(Some(Notice {
            text: match binned.key {
                Some(_) => format!("Deleted “{}”. It is kept in the bin below until you delete it for good.", doc.display_name()),
                None => format!("Deleted “{}”. Storage is full, so it is kept only until this tab closes: restore or export it before then.", doc.display_name()),
            },
            restore: Some(doc.id.clone()),
        }));
        self.trash.update(|t| t.insert(0, binned));
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
        self.ws.with_value(|w| w.take_from_bin(&b));
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
        self.ws.with_value(|w| w.take_from_bin(&b));
        if !self
            .models
            .with_untracked(|m| m.iter().any(|s| &s.id == id))
        {
            self.ws.with_value(|w| w.forget_model(id));
        }
        self.trash.update(|t| t.retain(|x| &x.doc.id != id));
        self.tell(format!("Deleted “{}” for good.", b.doc.display_name()));
    }

    /// Records that a model was exported now.
    pub(super) fn record_export(&self, id: &ModelId) {
        self.exports.update(|m| {
            m.insert(id.as_str().to_string(), now().0);
        });
        self.exports
            .with_untracked(|m| self.ws.with_value(|w| w.store_exports(m)));
    }

    /// When a model was last exported from this browser.
    pub fn last_export(&self, id: &ModelId) -> Option<Timestamp> {
        self.exports
            .with(|m| m.get(id.as_str()).copied().map(Timestamp))
    }

    /// How much storage the app uses, by kind.
    pub fn usage(&self) -> Usage {
        self.ws.with_value(|w| w.usage())
    }

    /// Asks the browser to keep this app's storage (it may ask the user, or decide itself),
    /// and records the answer.
    pub fn ask_persistence(&self) {
        if !self.ws.with_value(|w| w.store().is_persistent()) {
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
