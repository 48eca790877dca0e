//! Two tabs on one model (the protocol is `persist::tabs`): a change made in another tab is
//! taken at once when this tab has nothing unsaved, and otherwise this tab stops writing and
//! asks whose version to keep; the other version is kept as a model of its own.

use super::{AppState, Notice, SaveStatus};
use crate::domain::{Document, Editor};
use crate::persist::slots::load_stored;
use crate::persist::store::fingerprint;
use crate::persist::tabs::{conflict_copy, Change, TabSync};
use crate::persist::workspace::{model_id_of, model_key};
use crate::web::clock::{new_model_id, now};
use leptos::prelude::*;

/// The save status while another tab's changes wait for the user's choice.
pub(super) const STALE: &str =
    "Not saved: another tab changed this model. Choose which version to keep.";

impl AppState {
    /// Listens for other tabs' writes to the open model.
    pub(super) fn watch_other_tabs(&self) {
        let app = *self;
        let _ = window_event_listener(leptos::ev::storage, move |ev| {
            let Some(key) = ev.key() else { return };
            let Some(id) = app.doc_untracked(|d| d.id.clone()) else {
                return;
            };
            if model_id_of(&key).as_ref() != Some(&id) {
                // Another model changed: refresh the workspace list's view of it.
                if key.starts_with(crate::persist::workspace::MODEL_PREFIX) {
                    app.scan_quietly();
                }
                return;
            }
            // The event gives the new text; it is compared by fingerprint, worked out in Rust
            // as the browser works it out over stored text.
            let stored = ev.new_value();
            let print = stored.as_deref().map(fingerprint);
            let dirty = app.dirty.get_value();
            let change = app
                .sync
                .try_update_value(|s| s.changed(print.as_deref(), dirty))
                .unwrap_or(Change::Same);
            match (change, stored, print) {
                (Change::Same, _, _) => {}
                (Change::Reload, Some(text), Some(print)) => match load_stored(&text) {
                    Ok(doc) => {
                        app.take_stored(doc, print, "Updated with changes made in another tab.")
                    }
                    Err(_) => app.mark_stale(),
                },
                _ => app.mark_stale(),
            }
        });
    }

    pub(super) fn mark_stale(&self) {
        self.sync.update_value(|s| s.stale = true);
        self.stale.set(true);
        self.save.set(SaveStatus::Failed(STALE.into()));
    }

    /// Makes a stored version of the open model (its record's fingerprint `print`) the one
    /// this tab edits.
    fn take_stored(&self, doc: Document, print: String, message: &str) {
        self.sync.update_value(|s| s.wrote(print));
        self.dirty.set_value(false);
        self.stale.set(false);
        self.save.set(SaveStatus::Saved(doc.updated_at));
        self.replace(Some(Editor::new(doc)));
        self.notice.set(Some(Notice {
            text: message.to_string(),
            restore: None,
        }));
    }

    /// Keeps `doc` as a model of its own, named for whose version it was.
    fn keep_as_copy(&self, doc: &Document, whose: &str) -> Result<String, String> {
        let copy = conflict_copy(doc, new_model_id(), whose, now());
        self.write(&copy).map_err(|e| e.to_string())?;
        Ok(copy.display_name().to_string())
    }

    /// Settles a conflict with another tab: keep this tab's version (the other tab's is kept
    /// as a copy) or take the other tab's (this tab's is kept as a copy).
    pub fn resolve_stale(&self, keep_mine: bool) -> Result<(), String> {
        let Some(ours) = self.doc_untracked(Clone::clone) else {
            return Ok(());
        };
        let key = model_key(&ours.id);
        let stored = self.raw(&key);
        let theirs = stored.as_deref().and_then(|t| load_stored(t).ok());
        if keep_mine {
            let kept = match &theirs {
                Some(t) => Some(self.keep_as_copy(t, "from another tab")?),
                None => None,
            };
            self.sync
                .set_value(TabSync::opened(stored.as_deref().map(fingerprint)));
            self.stale.set(false);
            self.dirty.set_value(true);
            self.save_now();
            self.notice.set(Some(Notice {
                text: match kept {
                    Some(name) => {
                        format!("Kept this tab's version. The other tab's is saved as “{name}”.")
                    }
                    None => "Kept this tab's version.".into(),
                },
                restore: None,
            }));
        } else {
            let (Some(theirs), Some(text)) = (theirs, stored) else {
                return Err("The other tab's version is no longer in storage.".into());
            };
            let name = self.keep_as_copy(&ours, "this tab's changes")?;
            self.take_stored(
                theirs,
                fingerprint(&text),
                &format!("Took the other tab's version. This tab's is saved as “{name}”."),
            );
        }
        Ok(())
    }

    /// When the page goes away with a conflict unsettled, this tab's unsaved changes are kept
    /// as a model of their own: there is no one left to ask.
    pub fn keep_unsaved_on_exit(&self) {
        if self.dirty.get_value() && self.sync.with_value(|s| s.stale) {
            if let Some(ours) = self.doc_untracked(Clone::clone) {
                if self
                    .keep_as_copy(&ours, "unsaved changes from a closed tab")
                    .is_ok()
                {
                    self.dirty.set_value(false);
                }
            }
        }
    }

    /// Re-reads the workspace list after another tab changed a model.
    fn scan_quietly(&self) {
        let found = self
            .ws
            .with_value(|w| crate::persist::workspace::scan(w.store(), now()));
        self.models.set(found.models);
    }
}
