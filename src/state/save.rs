//! Autosave: a change marks the open model dirty, and a debounced timer asks the workspace to
//! save it once (`persist::workspace::Workspace::save`).

use super::{AppState, SaveStatus};
use crate::domain::Document;
use crate::persist::store::StorageError;
use crate::persist::workspace::{sort_recent_first, ModelSummary, SaveError, WriteError};
use crate::web::clock::now;
use leptos::prelude::*;
use std::time::Duration;

/// How long autosave waits after the last change (the budget is 500 ms).
const SAVE_DELAY: Duration = Duration::from_millis(300);
/// The longest a change waits while typing goes on without a pause, so a tab killed mid-
/// sentence loses under a second of it.
const SAVE_MAX_WAIT_MS: u64 = 500;

impl AppState {
    /// Saves a model that is not the one being edited (created, copied, imported, restored):
    /// refused before anything is written when it does not fit in storage.
    pub(super) fn write(&self, doc: &Document) -> Result<(), WriteError> {
        let saved = self.ws.with_value(|w| w.add(doc, now()))?;
        self.listed(saved.summary);
        Ok(())
    }

    /// Puts a model's new summary in the workspace list.
    fn listed(&self, summary: ModelSummary) {
        self.models.update(|list| {
            list.retain(|m| m.id != summary.id);
            list.push(summary);
            sort_recent_first(list);
        });
    }

    pub(super) fn changed(&self) {
        self.dirty.set_value(true);
        self.save.set(SaveStatus::Pending);
        self.revision.update(|r| *r += 1);
    }

    pub(super) fn schedule_save(&self) {
        let now_ms = now().0;
        let first = *self.pending_since.get_value().get_or_insert(now_ms);
        self.pending_since.set_value(Some(first));
        if let Some(h) = self.timer.get_value() {
            h.clear();
        }
        // Debounced, but never past the longest wait since the first unsaved change.
        let left = (first + SAVE_MAX_WAIT_MS).saturating_sub(now_ms);
        let delay = SAVE_DELAY.min(Duration::from_millis(left));
        let state = *self;
        let handle = set_timeout_with_handle(move || state.save_now(), delay).ok();
        self.timer.set_value(handle);
    }

    /// Saves the open model now if it has unsaved changes (also used when the page is hidden).
    pub fn save_now(&self) {
        if !self.dirty.get_value() {
            return;
        }
        self.pending_since.set_value(None);
        if let Some(h) = self.timer.get_value() {
            h.clear();
            self.timer.set_value(None);
        }
        let result = crate::web::clock::measure("mos-save", || {
            self.editor.with_untracked(|e| {
                e.as_ref().map(|e| {
                    // Written only while storage holds what this tab last saw of it.
                    let saved = self
                        .sync
                        .try_update_value(|tab| self.ws.with_value(|w| w.save(&e.doc, now(), tab)))
                        .unwrap_or(Err(SaveError::Stale))?;
                    self.listed(saved.summary);
                    Ok(())
                })
            })
        });
        match result {
            Some(Err(SaveError::Stale)) => self.mark_stale(),
            Some(Ok(())) => {
                self.dirty.set_value(false);
                self.save.set(SaveStatus::Saved(now()));
            }
            Some(Err(SaveError::Store(e))) => self.save.set(SaveStatus::Failed(match e {
                StorageError::QuotaExceeded => {
                    "Browser storage is full. Your changes are safe in this tab: export the model to keep them.".into()
                }
                other => format!("{other} Your changes are safe in this tab: export the model to keep them."),
            })),
            None => self.dirty.set_value(false),
        }
    }
}
