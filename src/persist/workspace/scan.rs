//! Reading the workspace out of storage: every model key is loaded; anything unreadable is
//! copied to a backup key, left untouched where it was, and reported.

use super::{
    attach_versions, backup_key, model_id_of, model_key, sort_recent_first, ModelSummary,
    SummaryMemo, Workspace, BACKUP_PREFIX, MODEL_PREFIX, SUMMARIES_KEY, VERSION_PREFIX,
};
use crate::domain::{Document, ModelId, Timestamp};
use crate::persist::slots::{
    is_sealed, load_stored, pick, shadow_id_of, shadow_key, Slot, SHADOW_PREFIX,
};
use crate::persist::store::Storage;

/// Stored text that could not be loaded: kept as a backup and reported, never overwritten.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub key: String,
    pub reason: String,
    pub raw: String,
    /// Where the copy is kept, if the backup write succeeded.
    pub backup: Option<String>,
}

/// What a scan of storage found.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Scan {
    /// Every loadable model, most recently changed first.
    pub models: Vec<ModelSummary>,
    pub problems: Vec<Problem>,
    /// Every backup key, including ones kept by earlier visits.
    pub backups: Vec<String>,
}

/// A model read in full, with whatever could not be read of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Read {
    /// The model, or why it cannot be opened.
    pub doc: Result<Document, String>,
    /// Unreadable text met on the way (the model's own, or a version's), each backed up.
    pub problems: Vec<Problem>,
}

impl<S: Storage> Workspace<S> {
    /// Reads every stored model (see [`scan`]) and notes which version snapshots are stored.
    pub fn scan(&self, now: Timestamp) -> Scan {
        *self.versions.borrow_mut() = self
            .store
            .keys_with_prefix(VERSION_PREFIX)
            .into_iter()
            .collect();
        scan(&self.store, now)
    }

    /// Every backup key in storage.
    pub fn backups(&self) -> Vec<String> {
        self.store.keys_with_prefix(BACKUP_PREFIX)
    }

    /// Reads model `id` in full, its versions' snapshots attached. Unreadable text is backed
    /// up and reported: the model's own makes the read fail, a version's leaves it out.
    pub fn read(&self, id: &ModelId, now: Timestamp) -> Read {
        let Some((loaded, extra)) = read_model(&self.store, id) else {
            return Read {
                doc: Err("There is no model with that id in this browser.".into()),
                problems: Vec::new(),
            };
        };
        let mut problems: Vec<Problem> = extra
            .into_iter()
            .map(|(key, raw, reason)| keep_backup(&self.store, &key, raw, reason, now))
            .collect();
        let mut doc = match loaded {
            Ok((doc, _)) => doc,
            Err((key, raw, reason)) => {
                problems.push(keep_backup(&self.store, &key, raw, reason.clone(), now));
                return Read {
                    doc: Err(reason),
                    problems,
                };
            }
        };
        let versions = attach_versions(&mut doc, |k| self.store.get(k).ok().flatten())
            .into_iter()
            .map(|p| match p.raw {
                Some(raw) => keep_backup(&self.store, &p.key, raw, p.reason, now),
                None => Problem {
                    key: p.key,
                    reason: p.reason,
                    raw: String::new(),
                    backup: None,
                },
            })
            .collect::<Vec<_>>();
        problems.extend(versions);
        Read {
            doc: Ok(doc),
            problems,
        }
    }

    /// Copies unreadable text to a backup key (see [`keep_backup`]).
    pub fn keep_backup(&self, key: &str, raw: String, reason: String, now: Timestamp) -> Problem {
        keep_backup(&self.store, key, raw, reason, now)
    }
}

/// Loads every stored model and reports the ones that cannot be read. A model is its record
/// and, after an interrupted save, a shadow slot (see `persist::slots`). A record whose text
/// was summarised before (its fingerprint is in the memo) is listed without loading it.
pub fn scan<S: Storage>(store: &S, now: Timestamp) -> Scan {
    let mut models = Vec::new();
    let mut problems = Vec::new();
    let mut ids: Vec<ModelId> = store
        .keys_with_prefix(MODEL_PREFIX)
        .iter()
        .filter_map(|k| model_id_of(k))
        .chain(
            store
                .keys_with_prefix(SHADOW_PREFIX)
                .iter()
                .filter_map(|k| shadow_id_of(k)),
        )
        .collect();
    ids.sort();
    ids.dedup();
    let mut memo = SummaryMemo::read(store.get(SUMMARIES_KEY).ok().flatten().as_deref());
    let mut memo_changed = false;
    for id in &ids {
        let shadow = store.get(&shadow_key(id)).ok().flatten();
        // A record on its own (no save was cut short) whose text was summarised before.
        let fingerprint = shadow
            .is_none()
            .then(|| store.fingerprint(&model_key(id)))
            .flatten();
        if let Some(summary) = fingerprint.as_deref().and_then(|f| memo.get(id, f)) {
            models.push(summary);
            continue;
        }
        let record = store.get(&model_key(id)).ok().flatten();
        let Some((loaded, extra)) = load_model(id, record, shadow) else {
            continue;
        };
        if let Some((key, raw, reason)) = extra {
            problems.push(keep_backup(store, &key, raw, reason, now));
        }
        match loaded {
            Ok((doc, _)) => {
                let summary = ModelSummary::of(&doc);
                if let Some(f) = fingerprint {
                    memo.put(f, summary.clone());
                    memo_changed = true;
                }
                models.push(summary);
            }
            Err((key, raw, reason)) => problems.push(keep_backup(store, &key, raw, reason, now)),
        }
    }
    memo_changed |= memo.keep_only(&ids);
    if memo_changed {
        // Only a memo: when storage is full, the next start-up loads the models again.
        let _ = store.set(SUMMARIES_KEY, &memo.to_text());
    }
    sort_recent_first(&mut models);
    Scan {
        models,
        problems,
        backups: store.keys_with_prefix(BACKUP_PREFIX),
    }
}

/// A stored model, its record and shadow slot read (see [`load_model`]): the model with the
/// record's text as stored, or the key and text to back up and why; beside either, a whole
/// shadow slot this build cannot read (a newer build's save), to back up and report.
type Loaded = Option<(Result<(Document, Option<String>), Failed>, Option<Failed>)>;

/// Stored text to back up: its key, the text, and why.
type Failed = (String, String, String);

/// A stored model from the better of its two slots, with the record's text as stored. On
/// failure: the key and text to back up, and why.
pub fn read_model<S: Storage>(store: &S, id: &ModelId) -> Loaded {
    let record = store.get(&model_key(id)).ok().flatten();
    let shadow = store.get(&shadow_key(id)).ok().flatten();
    load_model(id, record, shadow)
}

/// `read_model` with the two slots' texts already read.
fn load_model(id: &ModelId, record: Option<String>, shadow: Option<String>) -> Loaded {
    let picked = pick(record.as_deref(), shadow.as_deref())?;
    // A shadow that is whole (its checksum holds) yet does not load was written by a newer
    // build: kept and reported, never dropped by the next save. A cut one is a save that
    // never finished, and goes quietly.
    let unread = |name: &str| {
        let text = shadow.as_deref().filter(|t| is_sealed(t))?;
        let e = load_stored(text).err()?;
        Some((
            shadow_key(id),
            text.to_string(),
            format!(
                "A later save of “{name}” could not be opened here, so the model opens as it was saved before. {e}"
            ),
        ))
    };
    Some(match picked {
        Ok((doc, slot)) if &doc.id == id => {
            let extra = (slot == Slot::Record)
                .then(|| unread(doc.display_name()))
                .flatten();
            (Ok((doc, record)), extra)
        }
        Ok((_, slot)) => (
            Err(failed(
                id,
                slot,
                record,
                shadow,
                "A saved model's id does not match where it is stored.".into(),
            )),
            None,
        ),
        Err(e) => {
            let extra = record.is_some().then(|| unread(id.as_str())).flatten();
            let slot = if record.is_some() {
                Slot::Record
            } else {
                Slot::Shadow
            };
            (
                Err(failed(
                    id,
                    slot,
                    record,
                    shadow.clone(),
                    format!("A saved model could not be opened. {e}"),
                )),
                extra,
            )
        }
    })
}

fn failed(
    id: &ModelId,
    slot: Slot,
    record: Option<String>,
    shadow: Option<String>,
    reason: String,
) -> (String, String, String) {
    match slot {
        Slot::Record => (model_key(id), record.unwrap_or_default(), reason),
        Slot::Shadow => (shadow_key(id), shadow.unwrap_or_default(), reason),
    }
}

/// Copies unreadable text to a backup key, once per distinct text, and describes it.
pub fn keep_backup<S: Storage>(
    store: &S,
    key: &str,
    raw: String,
    reason: String,
    now: Timestamp,
) -> Problem {
    let existing = store
        .keys_with_prefix(&format!("{BACKUP_PREFIX}{key}."))
        .into_iter()
        .find(|k| store.get(k).ok().flatten().as_deref() == Some(raw.as_str()));
    let backup = existing.or_else(|| {
        let bk = backup_key(key, now);
        store.set(&bk, &raw).ok().map(|_| bk)
    });
    Problem {
        key: key.to_string(),
        reason,
        raw,
        backup,
    }
}
