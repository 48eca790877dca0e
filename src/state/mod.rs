//! The reactive app state, shared through context, and the one autosave effect.

use crate::domain::{Document, Editor, ModelId, Msg, Timestamp};
use crate::persist::envelope::{encode_stored, encode_version};
use crate::persist::slots::{self, seal, SaveFault};
use crate::persist::tabs::TabSync;
use crate::persist::workspace::{
    attach_versions, model_key, sort_recent_first, version_key, version_prefix, InvitationBook,
    ModelSummary, SummaryMemo, BACKUP_PREFIX, SUMMARIES_KEY, VERSION_PREFIX,
};
use crate::web::clock::{new_model_id, now};
use crate::web::storage::{StorageError, Store};
use crate::web::workspace::{keep_backup, read_model, scan, Problem};
use leptos::prelude::*;
use std::collections::{BTreeMap, HashSet};

mod ops;
mod safety;
pub use safety::Binned;
mod sharing;
mod tabs;
use std::time::Duration;

/// How long autosave waits after the last change (the budget is 500 ms).
const SAVE_DELAY: Duration = Duration::from_millis(300);
/// The longest a change waits while typing goes on without a pause, so a tab killed mid-
/// sentence loses under a second of it.
const SAVE_MAX_WAIT_MS: f64 = 500.0;

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
}

/// Everything the views share. Copy, so closures can capture it freely.
#[derive(Clone, Copy)]
pub struct AppState {
    store: StoredValue<Store, LocalStorage>,
    /// The version keys in storage: a version's snapshot is written once, never again.
    versions_stored: StoredValue<HashSet<String>>,
    /// Why the app is working in memory only, if it is.
    pub memory_only: RwSignal<Option<String>>,
    /// Every model in the workspace, most recently changed first.
    pub models: RwSignal<Vec<ModelSummary>>,
    /// The open model with its undo history.
    pub editor: RwSignal<Option<Editor>>,
    /// Bumped on every change to the open model; the autosave effect watches it.
    revision: RwSignal<u64>,
    dirty: StoredValue<bool>,
    timer: StoredValue<Option<TimeoutHandle>>,
    /// When (ms since the epoch) the oldest unsaved change was made.
    pending_since: StoredValue<Option<f64>>,
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
            store: StoredValue::new_local(store),
            versions_stored: StoredValue::new(HashSet::new()),
            memory_only: RwSignal::new(refused.map(|e| e.to_string())),
            models: RwSignal::new(Vec::new()),
            editor: RwSignal::new(None),
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
        let store = self.store.get_value();
        self.versions_stored
            .set_value(store.keys_with_prefix(VERSION_PREFIX).into_iter().collect());
        let found = scan(&store, now());
        self.models.set(found.models);
        self.problems.set(found.problems);
        self.backups.set(found.backups);
    }

    /// The text under a storage key (for downloading a backup).
    pub fn raw(&self, key: &str) -> Option<String> {
        self.store.get_value().get(key).ok().flatten()
    }

    /// Deletes a backup key after the user confirmed.
    pub fn delete_backup(&self, key: &str) {
        self.store.get_value().remove(key);
        self.backups.update(|b| b.retain(|k| k != key));
    }

    fn read(&self, id: &ModelId) -> Result<Document, String> {
        if let Some(doc) = self.editor.with_untracked(|e| {
            e.as_ref()
                .filter(|e| &e.doc.id == id)
                .map(|e| e.doc.clone())
        }) {
            return Ok(doc);
        }
        let store = self.store.get_value();
        let mut doc = match read_model(&store, id) {
            None => return Err("There is no model with that id in this browser.".into()),
            Some(Ok((doc, _))) => doc,
            Some(Err((key, raw, reason))) => {
                let p = keep_backup(&store, &key, raw, reason.clone(), now());
                self.problems.update(|ps| ps.push(p));
                self.backups.set(store.keys_with_prefix(BACKUP_PREFIX));
                return Err(reason);
            }
        };
        let store = self.store.get_value();
        for p in attach_versions(&mut doc, |k| store.get(k).ok().flatten()) {
            let problem = match p.raw {
                Some(raw) => keep_backup(&store, &p.key, raw, p.reason, now()),
                None => Problem {
                    key: p.key,
                    reason: p.reason,
                    raw: String::new(),
                    backup: None,
                },
            };
            self.problems.update(|ps| ps.push(problem));
        }
        self.backups.set(store.keys_with_prefix(BACKUP_PREFIX));
        Ok(doc)
    }

    /// Saves a model: its versions' snapshots first, each once under its own key, then the
    /// model's record (which lists the versions), then drops snapshots of deleted versions.
    fn write(&self, doc: &Document) -> Result<(), StorageError> {
        self.write_text(doc).map(|_| ())
    }

    /// [`write`](Self::write), returning the model record's text as stored.
    fn write_text(&self, doc: &Document) -> Result<String, StorageError> {
        let store = self.store.get_value();
        let live: Vec<String> = doc
            .versions
            .iter()
            .map(|v| version_key(&doc.id, v))
            .collect();
        for (v, key) in doc.versions.iter().zip(&live) {
            if !self.versions_stored.with_value(|s| s.contains(key)) {
                store.set(key, &encode_version(&v.snapshot))?;
                self.versions_stored.update_value(|s| {
                    s.insert(key.clone());
                });
            }
        }
        let text = seal(&encode_stored(doc, now()));
        let mut slots = store.clone();
        let js = js_sys::JsString::from(text.as_str());
        slots::save(&mut slots, &doc.id, &js).map_err(|e| match e {
            SaveFault::Store(e) => e,
            SaveFault::ReadBack => StorageError::Other(
                "the browser did not keep what was written (reading it back gave other text)"
                    .into(),
            ),
        })?;
        self.forget_versions(&doc.id, &live);
        let summary = ModelSummary::of(doc);
        // The memo follows each save, so the next start-up can list the model without
        // loading it. Only a memo: if it cannot be written, that visit loads it. The
        // fingerprint is the browser's, of the text as it went into storage.
        crate::web::clock::measure("mos-save-memo", || {
            let mut memo = SummaryMemo::read(store.get(SUMMARIES_KEY).ok().flatten().as_deref());
            memo.put(Store::fingerprint_of(&js), summary.clone());
            let _ = store.set(SUMMARIES_KEY, &memo.to_text());
        });
        self.models.update(|list| {
            list.retain(|m| m.id != summary.id);
            list.push(summary);
            sort_recent_first(list);
        });
        Ok(text)
    }

    /// Removes a model's stored version snapshots, except those in `keep`.
    fn forget_versions(&self, id: &ModelId, keep: &[String]) {
        let prefix = version_prefix(id);
        let stale: Vec<String> = self.versions_stored.with_value(|s| {
            s.iter()
                .filter(|k| k.starts_with(&prefix) && !keep.contains(k))
                .cloned()
                .collect()
        });
        let store = self.store.get_value();
        for key in stale {
            store.remove(&key);
            self.versions_stored.update_value(|s| {
                s.remove(&key);
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
        self.sync
            .set_value(TabSync::opened(self.raw(&model_key(&doc.id))));
        self.stale.set(false);
        self.editor.set(Some(Editor::new(doc)));
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
            self.editor.set(None);
        }
    }

    /// Whether the open model is a client's reply as received, which is kept as sent.
    /// Tracked, for views that change with it; [`AppState::read_only`] is the untracked read.
    pub fn received(&self) -> bool {
        self.with_doc(|d| d.received_at.is_some()).unwrap_or(false)
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
        let mut applied = Ok(false);
        self.editor.update(|e| {
            if let Some(e) = e {
                applied = e.try_dispatch(msg, now());
            }
        });
        match applied {
            Ok(true) => self.changed(),
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
        let mut changed = false;
        self.editor
            .update(|e| changed = e.as_mut().is_some_and(|e| e.undo(now())));
        if changed {
            self.changed();
        }
    }

    /// Redoes the last undone change.
    pub fn redo(&self) {
        let mut changed = false;
        self.editor
            .update(|e| changed = e.as_mut().is_some_and(|e| e.redo(now())));
        if changed {
            self.changed();
        }
    }

    fn changed(&self) {
        self.dirty.set_value(true);
        self.save.set(SaveStatus::Pending);
        self.revision.update(|r| *r += 1);
    }

    fn schedule_save(&self) {
        let now_ms = js_sys::Date::now();
        let first = *self.pending_since.get_value().get_or_insert(now_ms);
        self.pending_since.set_value(Some(first));
        if let Some(h) = self.timer.get_value() {
            h.clear();
        }
        // Debounced, but never past the longest wait since the first unsaved change.
        let left = (first + SAVE_MAX_WAIT_MS - now_ms).max(0.0);
        let delay = SAVE_DELAY.min(Duration::from_millis(left as u64));
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
                    let stored = self.raw(&model_key(&e.doc.id));
                    if !self
                        .sync
                        .try_update_value(|s| s.may_write(stored.as_deref()))
                        .unwrap_or(false)
                    {
                        return Err(None);
                    }
                    let text = self.write_text(&e.doc).map_err(Some)?;
                    self.sync.update_value(|s| s.wrote(text));
                    Ok(())
                })
            })
        });
        match result {
            Some(Err(None)) => {
                self.sync.update_value(|s| s.stale = true);
                self.stale.set(true);
                self.save.set(SaveStatus::Failed(tabs::STALE.into()));
            }
            Some(Ok(())) => {
                self.dirty.set_value(false);
                self.save.set(SaveStatus::Saved(now()));
            }
            Some(Err(Some(e))) => self.save.set(SaveStatus::Failed(match e {
                StorageError::QuotaExceeded => {
                    "Browser storage is full. Your changes are safe in this tab: export the model to keep them.".into()
                }
                other => format!("{other} Your changes are safe in this tab: export the model to keep them."),
            })),
            None => self.dirty.set_value(false),
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

    /// Reads the open model, tracking it.
    pub fn with_doc<T>(&self, f: impl FnOnce(&Document) -> T) -> Option<T> {
        self.editor.with(|e| e.as_ref().map(|e| f(&e.doc)))
    }
}

/// The app state from context.
pub fn use_app() -> AppState {
    expect_context::<AppState>()
}
