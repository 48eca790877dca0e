//! The reactive app state, shared through context, and the one autosave effect.

use crate::domain::msg::Reach;
use crate::domain::{Document, Editor, ModelId, Msg, Timestamp};
use crate::persist::tabs::TabSync;
use crate::persist::workspace::{InvitationBook, ModelSummary, Problem, Workspace};
use crate::web::clock::{new_model_id, now};
use crate::web::storage::Store;
use leptos::prelude::*;
use std::collections::BTreeMap;

mod ops;
mod safety;
pub use crate::persist::workspace::Binned;
mod save;
mod sharing;
mod tabs;

/// Why an edit to a received reply did nothing.
const READ_ONLY: &str =
    "This reply is kept as the client sent it. Use “Edit a copy” to work on it.";

/// Where saving stands, shown in the header.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    /// Nothing to save yet.
    Idle,
    /// Saved at this time.
    Saved(Timestamp),
    /// Changes are waiting for the debounce.
    Pending,
    /// The last save failed; the model is safe in memory.
    Failed(String),
}

/// A short message for the user, optionally with a model that can be restored.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub text: String,
    pub restore: Option<ModelId>,
}

/// An import waiting for the user to choose between replacing and keeping both.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub incoming: Document,
    /// What restore repaired of its ids, to say once it is imported (empty when nothing).
    pub repaired: String,
}

/// Everything the views share. Copy, so closures can capture it freely.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The workspace in storage: every read and write of stored data goes through it.
    ws: StoredValue<Workspace<Store>, LocalStorage>,
    /// Why the app is working in memory only, if it is.
    pub memory_only: RwSignal<Option<String>>,
    /// Every model in the workspace, most recently changed first.
    pub models: RwSignal<Vec<ModelSummary>>,
    /// The open model with its undo history. Written only through [`AppState::edit`] and
    /// [`AppState::replace`], which tell the narrower readers below.
    editor: RwSignal<Option<Editor>>,
    /// Told of every change a rule can see (see [`Reach`]): findings, progress and load
    /// follow this, not keystrokes in a name or a note.
    rules: Trigger,
    /// Told of every change to an element's name (and of every rules change), for lists of
    /// names.
    names: Trigger,
    /// Bumped on every change to the open model; the autosave effect watches it.
    revision: RwSignal<u64>,
    dirty: StoredValue<bool>,
    timer: StoredValue<Option<TimeoutHandle>>,
    /// When (ms since the epoch) the oldest unsaved change was made.
    pending_since: StoredValue<Option<u64>>,
    pub save: RwSignal<SaveStatus>,
    pub problems: RwSignal<Vec<Problem>>,
    /// Backup keys kept in storage.
    pub backups: RwSignal<Vec<String>>,
    /// Deleted models, newest first, restorable until deleted for good.
    pub trash: RwSignal<Vec<Binned>>,
    /// When each model was last exported (model id → ms).
    exports: RwSignal<BTreeMap<String, u64>>,
    /// Whether the browser agreed to keep the app's storage (None: not known).
    pub persisted: RwSignal<Option<bool>>,
    pub notice: RwSignal<Option<Notice>>,
    pub conflict: RwSignal<Option<Conflict>>,
    /// A client's reply read from a file, waiting on the reply page for the consultant to
    /// choose, as one from a link does.
    pub arriving: RwSignal<Option<Document>>,
    /// The invitations made in this browser (a consultant's).
    pub invitations: RwSignal<InvitationBook>,
    /// What this tab knows of the open model's stored record (see `persist::tabs`).
    sync: StoredValue<TabSync>,
    /// Another tab changed the open model while this one had unsaved changes.
    pub stale: RwSignal<bool>,
}

impl AppState {
    /// Opens storage, reads the workspace, provides the state as context and starts autosave.
    pub fn provide() -> AppState {
        let (store, refused) = Store::open_or_memory();
        let state = AppState {
            ws: StoredValue::new_local(Workspace::new(store)),
            memory_only: RwSignal::new(refused.map(|e| e.to_string())),
            models: RwSignal::new(Vec::new()),
            editor: RwSignal::new(None),
            rules: Trigger::new(),
            names: Trigger::new(),
            revision: RwSignal::new(0),
            dirty: StoredValue::new(false),
            timer: StoredValue::new(None),
            pending_since: StoredValue::new(None),
            save: RwSignal::new(SaveStatus::Idle),
            problems: RwSignal::new(Vec::new()),
            backups: RwSignal::new(Vec::new()),
            trash: RwSignal::new(Vec::new()),
            exports: RwSignal::new(BTreeMap::new()),
            persisted: RwSignal::new(None),
            notice: RwSignal::new(None),
            conflict: RwSignal::new(None),
            arriving: RwSignal::new(None),
            invitations: RwSignal::new(InvitationBook::default()),
            sync: StoredValue::new(TabSync::default()),
            stale: RwSignal::new(false),
        };
        state.scan();
        state.load_safety();
        state.check_persistence();
        state.load_invitations();
        state.watch_other_tabs();
        provide_context(state);
        // The one place that persists: an effect of the document changing, debounced.
        Effect::new(move |_| {
            if state.revision.get() > 0 {
                state.schedule_save();
            }
        });
        state
    }

    /// Reads every stored model; anything unreadable is backed up and reported.
    fn scan(&self) {
        let found = self.ws.with_value(|w| w.scan(now()));
        self.models.set(found.models);
        self.problems.set(found.problems);
        self.backups.set(found.backups);
    }

    /// The text under a storage key (for downloading a backup).
    pub fn raw(&self, key: &str) -> Option<String> {
        self.ws.with_value(|w| w.raw(key))
    }

    /// Deletes a backup key after the user confirmed.
    pub fn delete_backup(&self, key: &str) {
        self.ws.with_value(|w| w.remove(key));
        self.backups.update(|b| b.retain(|k| k != key));
    }

    /// Reads a model in full: the open one as it is, another from storage (anything
    /// unreadable met on the way is reported).
    fn read(&self, id: &ModelId) -> Result<Document, String> {
        if let Some(doc) = self.editor.with_untracked(|e| {
            e.as_ref()
                .filter(|e| &e.doc.id == id)
                .map(|e| e.doc.clone())
        }) {
            return Ok(doc);
        }
        let read = self.ws.with_value(|w| w.read(id, now()));
        if read.doc.is_ok() || !read.problems.is_empty() {
            self.report(read.problems);
            self.backups.set(self.ws.with_value(|w| w.backups()));
        }
        read.doc
    }

    /// Shows problems met reading storage.
    fn report(&self, problems: Vec<Problem>) {
        if !problems.is_empty() {
            // Reported once each: a model read again reports the same text again.
            self.problems.update(|ps| {
                ps.retain(|p| !problems.iter().any(|n| n.key == p.key));
                ps.extend(problems);
            });
        }
    }

    /// Creates a model for `company`, saves it and returns its id.
    pub fn create(&self, company: &str) -> Result<ModelId, String> {
        let doc = Document::new(new_model_id(), company, now());
        self.write(&doc).map_err(|e| e.to_string())?;
        if self.persisted.get_untracked() == Some(false) {
            self.ask_persistence();
        }
        Ok(doc.id)
    }

    /// Opens the sample model, creating it the first time.
    pub fn open_sample(&self) -> Result<ModelId, String> {
        let id = ModelId(crate::content::sample::SAMPLE_ID.into());
        if !self.models.with_untracked(|m| m.iter().any(|s| s.id == id)) {
            self.write(&crate::content::sample::sample(now()))
                .map_err(|e| e.to_string())?;
        }
        Ok(id)
    }

    /// Makes `id` the open model. Saves the previous one first.
    pub fn open(&self, id: &ModelId) -> Result<(), String> {
        if self
            .editor
            .with_untracked(|e| e.as_ref().is_some_and(|e| &e.doc.id == id))
        {
            return Ok(());
        }
        self.save_now();
        let doc = self.read(id)?;
        // A model just read from storage is, by definition, saved.
        self.save.set(SaveStatus::Saved(doc.updated_at));
        self.sync.set_value(TabSync::opened(
            self.ws.with_value(|w| w.fingerprint(&doc.id)),
        ));
        self.stale.set(false);
        self.replace(Some(Editor::new(doc)));
        Ok(())
    }

    /// Closes the model `id` if it is the open one, dropping what waits to be saved: it is
    /// about to be replaced or removed.
    fn close_if_open(&self, id: &ModelId) {
        if self
            .editor
            .with_untracked(|e| e.as_ref().is_some_and(|e| &e.doc.id == id))
        {
            self.dirty.set_value(false);
            self.replace(None);
        }
    }

    /// Whether the open model is a client's reply as received, which is kept as sent.
    /// Tracked, for views that change with it; [`AppState::read_only`] is the untracked read.
    pub fn received(&self) -> bool {
        self.with_rules(|d| d.received_at.is_some())
            .unwrap_or(false)
    }

    /// [`AppState::received`], without subscribing (for handlers and `dispatch`).
    pub fn read_only(&self) -> bool {
        self.editor
            .with_untracked(|e| e.as_ref().is_some_and(|e| e.doc.received_at.is_some()))
    }

    /// Applies a change to the open model; autosave follows. A refused change is told.
    pub fn dispatch(&self, msg: Msg) {
        if let Err(why) = self.try_dispatch(msg) {
            self.tell(why);
        }
    }

    /// Applies a change like [`AppState::dispatch`], handing back why it was refused, for a
    /// page that says so beside its form.
    pub fn try_dispatch(&self, msg: Msg) -> Result<(), String> {
        if self.read_only() {
            return Err(READ_ONLY.to_string());
        }
        let reach = msg.reach();
        let applied = self
            .edit(|e| e.try_dispatch(msg, now()))
            .unwrap_or(Ok(false));
        match applied {
            Ok(true) => {
                self.tell_readers(reach);
                self.changed();
            }
            Ok(false) => {}
            Err(why) => return Err(crate::content::refusals::refusal(&why)),
        }
        Ok(())
    }

    /// Ends the current typing group (a field lost focus).
    pub fn seal(&self) {
        self.editor.update_untracked(|e| {
            if let Some(e) = e {
                e.seal();
            }
        });
    }

    /// Undoes the last change to the open model.
    pub fn undo(&self) {
        if self.edit(|e| e.undo(now())) == Some(true) {
            self.tell_readers(Reach::Rules);
            self.changed();
        }
    }

    /// Redoes the last undone change.
    pub fn redo(&self) {
        if self.edit(|e| e.redo(now())) == Some(true) {
            self.tell_readers(Reach::Rules);
            self.changed();
        }
    }

    /// Tells the user something in the notice area.
    pub fn tell(&self, text: String) {
        self.notice.set(Some(Notice {
            text,
            restore: None,
        }));
    }

    /// Reads the open model without tracking, for event handlers.
    pub fn doc_untracked<T>(&self, f: impl FnOnce(&Document) -> T) -> Option<T> {
        self.editor
            .with_untracked(|e| e.as_ref().map(|e| f(&e.doc)))
    }

    /// Reads the open model, following every change to it.
    pub fn with_doc<T>(&self, f: impl FnOnce(&Document) -> T) -> Option<T> {
        self.editor.with(|e| e.as_ref().map(|e| f(&e.doc)))
    }

    /// Reads the open model, following only the changes a rule can see: typing a name or a
    /// note does not re-run `f`. For what reads no name and no note (findings, progress).
    pub fn with_rules<T>(&self, f: impl FnOnce(&Document) -> T) -> Option<T> {
        self.rules.track();
        self.doc_untracked(f)
    }

    /// Reads the open model, following the changes a rule can see and changes to names, not
    /// typing in a note or a rule-free field: for lists of names.
    pub fn with_names<T>(&self, f: impl FnOnce(&Document) -> T) -> Option<T> {
        self.names.track();
        self.doc_untracked(f)
    }

    /// Which model is open, following only opening and closing.
    pub fn open_id(&self) -> Option<ModelId> {
        self.with_rules(|d| d.id.clone())
    }

    /// Whether there is a change to undo and one to redo.
    pub fn history(&self) -> (bool, bool) {
        self.editor.with(|e| {
            e.as_ref()
                .map_or((false, false), |e| (e.can_undo(), e.can_redo()))
        })
    }

    /// Changes the open editor, if there is one, telling no reader: the caller tells those
    /// the change concerns ([`AppState::tell_readers`]) once it knows something changed.
    fn edit<T>(&self, f: impl FnOnce(&mut Editor) -> T) -> Option<T> {
        self.editor
            .try_update_untracked(|e| e.as_mut().map(f))
            .flatten()
    }

    /// Opens another editor (or none) and tells every reader.
    fn replace(&self, editor: Option<Editor>) {
        self.editor.update_untracked(|e| *e = editor);
        self.tell_readers(Reach::Rules);
    }

    /// Tells the readers of the open model that a change with this reach was made.
    fn tell_readers(&self, reach: Reach) {
        self.editor.notify();
        if reach != Reach::Words {
            self.names.notify();
        }
        if reach == Reach::Rules {
            self.rules.notify();
        }
    }
}

/// The app state from context.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
