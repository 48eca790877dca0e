//! Workspace operations on whole models: rename, duplicate, delete and restore, import
//! with its conflict, and export.

use super::{AppState, Conflict, Notice};
use crate::domain::msg::ModelMsg;
use crate::domain::reply::Arrival;
use crate::domain::{Document, ModelId, Msg};
use crate::persist::load_noting;
use crate::web::clock::{new_model_id, now};
use leptos::prelude::*;

impl AppState {
    /// Renames a model (the company it is for).
    pub fn rename(&self, id: &ModelId, name: &str) -> Result<(), String> {
        if self
            .editor
            .with_untracked(|e| e.as_ref().is_some_and(|e| &e.doc.id == id))
        {
            if self.read_only() {
                return Err(super::READ_ONLY.to_string());
            }
            self.dispatch(Msg::Model(ModelMsg::SetCompany(name.to_string())));
            self.save_now();
            return Ok(());
        }
        let mut doc = self.read(id)?;
        if doc.received_at.is_some() {
            return Err(super::READ_ONLY.to_string());
        }
        if doc.apply(Msg::Model(ModelMsg::SetCompany(name.to_string()))) {
            doc.updated_at = now();
            self.write(&doc).map_err(|e| e.to_string())?;
        }
        Ok(())
    }

    /// Copies a model under a new id and returns the copy's id.
    pub fn duplicate(&self, id: &ModelId) -> Result<ModelId, String> {
        self.copy_as(id, "copy").map(|doc| doc.id)
    }

    /// Saves a copy of a model under a new id, named "<name> (<what>)". A copy of a client's
    /// reply is the consultant's own model, not another reply: it leaves the invitation, who
    /// answered, and the earlier replies' versions behind.
    pub(super) fn copy_as(&self, id: &ModelId, what: &str) -> Result<Document, String> {
        let mut doc = self.read(id)?;
        doc.id = new_model_id();
        doc.company = format!("{} ({what})", doc.display_name());
        if doc.received_at.take().is_some() {
            doc.invitation = None;
            doc.respondent.clear();
            doc.versions
                .retain(|v| !v.name.starts_with(crate::domain::reply::RECEIVED_VERSION));
        }
        doc.created_at = now();
        doc.updated_at = now();
        self.write(&doc).map_err(|e| e.to_string())?;
        Ok(doc)
    }

    /// Makes a new model from one of a model's saved versions and returns its id.
    pub fn version_as_copy(
        &self,
        id: &ModelId,
        version: crate::domain::ids::VersionId,
    ) -> Result<ModelId, String> {
        let doc = self.read(id)?;
        let v = doc
            .versions
            .iter()
            .find(|v| v.id == version)
            .ok_or("That version is no longer in the model.")?;
        let s = &*v.snapshot;
        let copy = Document {
            company: format!("{} ({})", s.company.trim(), v.name.trim()),
            created_at: now(),
            updated_at: now(),
            next_id: doc.next_id,
            ..Document::of_snapshot(new_model_id(), s)
        };
        let copy = crate::persist::restore::restore(copy).map_err(|e| e.to_string())?;
        self.write(&copy).map_err(|e| e.to_string())?;
        self.notice.set(Some(Notice {
            text: format!("Restored “{}” as a new model.", v.name.trim()),
            restore: None,
        }));
        Ok(copy.id)
    }

    /// Imports a file's bytes. A client's reply is taken in as one (see `accept_reply`);
    /// another model whose id exists already waits in `conflict` for the user's choice.
    /// Errors (why the file is not a model, or why it does not fit in storage) leave storage
    /// exactly as it was.
    pub fn import(&self, bytes: &[u8]) -> Result<Option<ModelId>, String> {
        crate::web::clock::measure("mos-import", || self.import_inner(bytes))
    }

    fn import_inner(&self, bytes: &[u8]) -> Result<Option<ModelId>, String> {
        let (doc, ids) = load_noting(bytes).map_err(|e| e.to_string())?;
        let repaired = crate::content::storage::ids_repaired(ids.renumbered);
        let exists = self
            .models
            .with_untracked(|m| m.iter().any(|s| s.id == doc.id));
        let ours = doc
            .invitation
            .as_ref()
            .is_some_and(|i| self.invitations.with_untracked(|b| b.made_here(&i.id)));
        // A client's reply (new, sent again, or newer) is taken in as a reply; a newer one,
        // which would change the client's model, first waits on the reply page to show what
        // changed, as it does when it comes as a link.
        let arrival = exists.then(|| self.reply_arrival(&doc));
        if matches!(arrival, Some(Arrival::Newer { .. })) {
            self.arriving.set(Some(doc));
            return Ok(None);
        }
        if (ours && !exists) || arrival.is_some_and(|a| a != Arrival::NotAReply) {
            return self.accept_reply(doc);
        }
        if exists {
            self.conflict.set(Some(Conflict {
                incoming: doc,
                repaired,
            }));
            return Ok(None);
        }
        let id = doc.id.clone();
        self.add_imported(doc, &repaired)?;
        Ok(Some(id))
    }

    /// Stores an imported model, or says why it was not stored (storage as it was).
    fn add_imported(&self, doc: Document, repaired: &str) -> Result<(), String> {
        self.write(&doc).map_err(|e| e.to_string())?;
        self.notice.set(Some(Notice {
            text: format!("Imported “{}”.{repaired}", doc.display_name()),
            restore: None,
        }));
        Ok(())
    }

    /// Resolves an import conflict: replace the existing model, or keep both.
    pub fn resolve_conflict(&self, replace: bool) -> Option<ModelId> {
        let Conflict {
            mut incoming,
            repaired,
        } = self.conflict.get_untracked()?;
        self.conflict.set(None);
        if replace {
            if let Ok(existing) = self.read(&incoming.id) {
                crate::persist::workspace::keep_replaced(&mut incoming, &existing, now());
            }
            self.close_if_open(&incoming.id);
        } else {
            incoming.id = new_model_id();
            incoming.company = format!("{} (imported)", incoming.display_name());
        }
        let id = incoming.id.clone();
        match self.add_imported(incoming, &repaired) {
            Ok(()) => Some(id),
            Err(e) => {
                self.notice.set(Some(Notice {
                    text: format!("The model was not imported. {e} Nothing was changed."),
                    restore: None,
                }));
                None
            }
        }
    }

    /// Downloads a model as `<company>-marketing-os-<date>.json`.
    pub fn export(&self, id: &ModelId) -> Result<(), String> {
        self.save_now();
        crate::web::clock::measure("mos-export", || {
            let doc = self.read(id)?;
            let at = now();
            crate::web::file::download(
                &crate::persist::export_file_name(&doc, at),
                "application/json",
                &crate::persist::export_json(&doc, at),
            )
        })?;
        self.record_export(id);
        Ok(())
    }
}
