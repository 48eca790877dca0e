//! Sharing: the consultant's invitations, starting a model from an invitation, and taking a
//! model in from a link. Links only ever add a model; replacing one always asks first.

use super::{AppState, Conflict, Notice};
use crate::domain::invitation::Invitation;
use crate::domain::reply::{arrival, take_newer, trimmed, Arrival};
use crate::domain::{Document, ModelId};
use crate::persist::sent::{SendRecord, Way};
use crate::persist::workspace::InvitationBook;
use crate::web::clock::{new_model_id, now};
use leptos::prelude::*;

impl AppState {
    /// Reads the consultant's invitations; an unreadable record is kept as a backup and
    /// reported, and the app starts a fresh one only when it next has to save.
    pub(super) fn load_invitations(&self) {
        match self.ws.with_value(|w| w.invitations(now())) {
            Ok(Some(book)) => self.invitations.set(book),
            Ok(None) => {}
            Err(p) => self.report(vec![p]),
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
        self.change_book(|b| b.edit(inv, now()))
    }

    /// Sets the label an invitation is listed under.
    pub fn relabel_invitation(&self, id: &str, label: &str) -> Result<(), String> {
        self.change_book(|b| b.relabel(id, label))
    }

    /// Makes a copy of an invitation with an id of its own, and gives it.
    pub fn duplicate_invitation(&self, id: &str) -> Result<Invitation, String> {
        let new_id = new_model_id();
        let mut copy = None;
        self.change_book(|b| {
            copy = b.duplicate(id, new_id.as_str(), now());
            copy.is_some()
        })?;
        copy.ok_or_else(|| "That invitation is no longer in your list.".to_string())
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
        self.ws
            .with_value(|w| w.store_invitations(&book))
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

    /// What a reply is against this workspace: new, already here, newer or older than the
    /// one here, or colliding with a model that is not a reply.
    pub fn reply_arrival(&self, doc: &Document) -> Arrival {
        let mut stored = self
            .models
            .with_untracked(|m| m.iter().any(|s| s.id == doc.id))
            .then(|| self.read(&doc.id).ok())
            .flatten();
        // A reply added before replies were dated: a model answering one of this browser's
        // invitations, under the reply's id, is that client's earlier reply.
        if let Some(s) = stored.as_mut().filter(|s| s.received_at.is_none()) {
            let ours = s.invitation.as_ref().is_some_and(|i| {
                doc.invitation.as_ref().is_some_and(|j| j.id == i.id)
                    && self.invitations.with_untracked(|b| b.made_here(&i.id))
            });
            if ours {
                s.received_at = Some(s.updated_at);
            }
        }
        arrival(stored.as_ref(), doc)
    }

    /// What an incoming reply changes against the one kept under its id (none when there is
    /// none).
    pub fn reply_changes(&self, doc: &Document) -> Vec<crate::domain::diff::Difference> {
        match self.read(&doc.id) {
            Ok(stored) => {
                crate::domain::reply::changes(&stored, doc, crate::content::assessment::stored_name)
            }
            Err(_) => Vec::new(),
        }
    }

    /// Takes a client's reply in: a new one is added, a newer one from the same prospect
    /// updates their model (the earlier reply kept as a version), the same or an older one
    /// changes nothing. Gives the model to open, or None when the user is asked first (a
    /// model with the reply's id that is not a reply).
    pub fn accept_reply(&self, doc: Document) -> Result<Option<ModelId>, String> {
        let mut doc = trimmed(doc);
        let id = doc.id.clone();
        let name = match doc.respondent.trim() {
            "" => doc.display_name().to_string(),
            who => format!("{} ({who})", doc.display_name()),
        };
        let text = match self.reply_arrival(&doc) {
            Arrival::NotAReply => {
                self.conflict.set(Some(Conflict {
                    incoming: doc,
                    repaired: String::new(),
                }));
                return Ok(None);
            }
            Arrival::New => {
                doc.received_at = Some(now());
                self.write(&doc).map_err(|e| e.to_string())?;
                format!("Added the reply from “{name}”.")
            }
            Arrival::Same { received } => format!(
                "This reply from “{name}” is already in your workspace, received on {}. Nothing was added.",
                when(received)
            ),
            Arrival::Older { received } => format!(
                "This reply from “{name}” is older than the one received on {}, so nothing was changed.",
                when(received)
            ),
            Arrival::Newer { received, .. } => {
                let mut stored = self.read(&id)?;
                stored.received_at.get_or_insert(stored.updated_at);
                let updated = take_newer(&stored, doc, now());
                self.close_if_open(&id);
                self.write(&updated).map_err(|e| e.to_string())?;
                format!(
                    "Updated “{name}” with their newer reply. The one received on {} is kept: it is listed under “Earlier replies”.",
                    when(received)
                )
            }
        };
        self.notice.set(Some(Notice {
            text,
            restore: None,
        }));
        Ok(Some(id))
    }

    /// A received reply as a model of the consultant's own to work on: a copy under a new id,
    /// no longer tied to the invitation (so the cohort still counts the client once).
    pub fn edit_copy(&self, id: &ModelId) -> Result<ModelId, String> {
        let doc = self.copy_as(id, "working copy")?;
        self.notice.set(Some(Notice {
            text: format!("Made “{}”, a copy you can change.", doc.company),
            restore: None,
        }));
        Ok(doc.id)
    }

    /// What has been sent back of model `id` from this browser.
    pub fn sent_record(&self, id: &ModelId) -> SendRecord {
        self.ws.with_value(|w| w.sent_book()).of(id.as_str())
    }

    /// Notes that model `id`'s results, with answers of fingerprint `answers`, were sent
    /// `way` just now, and gives its record. When storage refuses the note the user is told,
    /// and the record given still holds it for the rest of the visit.
    pub fn record_sending(&self, id: &ModelId, way: Way, answers: &str) -> SendRecord {
        let mut book = self.ws.with_value(|w| w.sent_book());
        let record = book.record(id.as_str(), way, now(), answers);
        if let Err(e) = self.ws.with_value(|w| w.store_sent(&book)) {
            self.tell(format!(
                "{e} This page will not remember what you sent after you leave it; what you sent is not affected."
            ));
        }
        record
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

/// When a reply arrived, on the reader's clock: two replies of one day differ by the time.
fn when(at: crate::domain::Timestamp) -> String {
    crate::web::clock::local(at).date_time_long()
}
