//! Sharing: the consultant's invitations, starting a model from an invitation, and taking a
//! model in from a link. Links only ever add a model; replacing one always asks first.

use super::{AppState, Conflict, Notice};
use crate::domain::invitation::Invitation;
use crate::domain::{Document, ModelId};
use crate::persist::workspace::{InvitationBook, INVITATIONS_KEY};
use crate::web::clock::{new_model_id, now};
use crate::web::workspace::keep_backup;
use leptos::prelude::*;

impl AppState {
    /// Reads the consultant's invitations; an unreadable record is kept as a backup and
    /// reported, and the app starts a fresh one only when it next has to save.
    pub(super) fn load_invitations(&self) {
        let store = self.store.get_value();
        let Ok(Some(raw)) = store.get(INVITATIONS_KEY) else {
            return;
        };
        match InvitationBook::load(&raw) {
            Ok(book) => self.invitations.set(book),
            Err(e) => {
                let p = keep_backup(
                    &store,
                    INVITATIONS_KEY,
                    raw,
                    format!("Your list of invitations could not be read. {e}"),
                    now(),
                );
                self.problems.update(|ps| ps.push(p));
            }
        }
    }

    /// Records a new invitation (and the sender's details for next time).
    pub fn add_invitation(&self, inv: Invitation) -> Result<(), String> {
        self.change_book(|b| {
            b.add(inv);
            true
        })
    }

    /// Saves an edited invitation under its own id, so replies still match it.
    pub fn edit_invitation(&self, inv: Invitation) -> Result<(), String> {
        self.change_book(|b| b.edit(inv))
    }

    /// Sets the label an invitation is listed under.
    pub fn relabel_invitation(&self, id: &str, label: &str) -> Result<(), String> {
        self.change_book(|b| b.relabel(id, label))
    }

    /// Makes a copy of an invitation with an id of its own.
    pub fn duplicate_invitation(&self, id: &str) -> Result<(), String> {
        let new_id = new_model_id();
        self.change_book(|b| b.duplicate(id, new_id.as_str(), now()).is_some())
    }

    /// Puts an invitation in the archive.
    pub fn archive_invitation(&self, id: &str) -> Result<(), String> {
        self.change_book(|b| b.archive(id))
    }

    /// Brings an invitation back from the archive.
    pub fn restore_invitation(&self, id: &str) -> Result<(), String> {
        self.change_book(|b| b.restore(id))
    }

    /// Forgets an invitation for good (its replies stay in the workspace).
    pub fn delete_invitation(&self, id: &str) -> Result<(), String> {
        self.change_book(|b| b.delete(id))
    }

    /// Applies a change to the invitations record, then stores and shows it; nothing is
    /// stored when the change finds nothing to change.
    fn change_book(&self, change: impl FnOnce(&mut InvitationBook) -> bool) -> Result<(), String> {
        let mut book = self.invitations.get_untracked();
        if !change(&mut book) {
            return Err("That invitation is no longer in your list.".to_string());
        }
        self.store
            .get_value()
            .set(INVITATIONS_KEY, &book.encode())
            .map_err(|e| e.to_string())?;
        self.invitations.set(book);
        Ok(())
    }

    /// The model in this browser that answers `inv`, if the prospect has started one.
    pub fn answering(&self, inv: &Invitation) -> Option<ModelId> {
        self.models.with_untracked(|m| {
            m.iter()
                .find(|s| s.invitation.as_ref().is_some_and(|i| i.id == inv.id))
                .map(|s| s.id.clone())
        })
    }

    /// Starts the prospect's model for an invitation, or returns the one already started.
    /// `respondent` is the name the prospect gave (empty when they gave none), so replies
    /// from several colleagues of one company can be told apart.
    pub fn start_invited(&self, inv: &Invitation, respondent: &str) -> Result<ModelId, String> {
        if let Some(id) = self.answering(inv) {
            return Ok(id);
        }
        let mut doc = Document::new(new_model_id(), &inv.prospect, now());
        doc.invitation = Some(inv.clone());
        doc.respondent = respondent
            .trim()
            .chars()
            .take(crate::domain::invitation::MAX_SHORT)
            .collect();
        self.write(&doc).map_err(|e| e.to_string())?;
        Ok(doc.id)
    }

    /// Saves a model read from a share link as a new model of this workspace.
    pub fn save_copy(&self, mut doc: Document) -> Result<ModelId, String> {
        doc.id = new_model_id();
        doc.updated_at = now();
        self.write(&doc).map_err(|e| e.to_string())?;
        self.notice.set(Some(Notice {
            text: format!("Saved a copy of “{}” to your models.", doc.display_name()),
            restore: None,
        }));
        Ok(doc.id)
    }

    /// Adds a reply to the workspace. When a model with its id is here already (an earlier
    /// reply), the user is asked whether to replace it or keep both; None until then.
    pub fn accept_reply(&self, doc: Document) -> Result<Option<ModelId>, String> {
        if self
            .models
            .with_untracked(|m| m.iter().any(|s| s.id == doc.id))
        {
            self.conflict.set(Some(Conflict { incoming: doc }));
            return Ok(None);
        }
        let id = doc.id.clone();
        self.write(&doc).map_err(|e| e.to_string())?;
        self.notice.set(Some(Notice {
            text: format!("Added the reply from “{}”.", doc.display_name()),
            restore: None,
        }));
        Ok(Some(id))
    }

    /// Every model in the workspace that came from an invitation, read in full.
    pub fn invited_models(&self) -> Vec<Document> {
        let ids: Vec<ModelId> = self.models.with_untracked(|m| {
            m.iter()
                .filter(|s| s.invitation.is_some())
                .map(|s| s.id.clone())
                .collect()
        });
        ids.iter().filter_map(|id| self.read(id).ok()).collect()
    }
}
