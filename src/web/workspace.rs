//! Reading the workspace out of storage: every model key is loaded; anything unreadable is
//! copied to a backup key, left untouched where it was, and reported.

use super::storage::Store;
use crate::domain::Timestamp;
use crate::persist::load;
use crate::persist::workspace::{
    backup_key, model_id_of, sort_recent_first, ModelSummary, BACKUP_PREFIX, MODEL_PREFIX,
};

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

/// Loads every stored model and reports the ones that cannot be read.
pub fn scan(store: &Store, now: Timestamp) -> Scan {
    let mut models = Vec::new();
    let mut problems = Vec::new();
    for key in store.keys_with_prefix(MODEL_PREFIX) {
        let Ok(Some(raw)) = store.get(&key) else {
            continue;
        };
        match load(raw.as_bytes()) {
            Ok(doc) if model_id_of(&key).as_ref() == Some(&doc.id) => {
                models.push(ModelSummary::of(&doc))
            }
            Ok(_) => problems.push(keep_backup(
                store,
                &key,
                raw,
                "A saved model's id does not match where it is stored.".into(),
                now,
            )),
            Err(e) => problems.push(keep_backup(
                store,
                &key,
                raw,
                format!("A saved model could not be opened. {e}"),
                now,
            )),
        }
    }
    sort_recent_first(&mut models);
    Scan {
        models,
        problems,
        backups: store.keys_with_prefix(BACKUP_PREFIX),
    }
}

/// Copies unreadable text to a backup key, once per distinct text, and describes it.
pub fn keep_backup(
    store: &Store,
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
