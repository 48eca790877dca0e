//! The workspace's storage layout: one key per model, and backups of anything unreadable.
//! There is deliberately no separate index: the model keys are the only truth, and the home
//! page's summaries are computed from them at start-up.

use crate::domain::progress::completeness;
use crate::domain::{Document, ModelId, Timestamp};

/// The prefix every key of this app starts with.
pub const PREFIX: &str = "mos.";
/// Models live under `mos.model.<id>`.
pub const MODEL_PREFIX: &str = "mos.model.";
/// Kept copies of stored text that could not be loaded: `mos.backup.<key>.<millis>`.
pub const BACKUP_PREFIX: &str = "mos.backup.";

/// The storage key of a model.
pub fn model_key(id: &ModelId) -> String {
    format!("{MODEL_PREFIX}{}", id.as_str())
}

/// The model id a storage key belongs to, if it is a model key.
pub fn model_id_of(key: &str) -> Option<ModelId> {
    let id = ModelId(key.strip_prefix(MODEL_PREFIX)?.to_string());
    id.is_well_formed().then_some(id)
}

/// The key a backup of `key`'s text is kept under.
pub fn backup_key(key: &str, now: Timestamp) -> String {
    format!("{BACKUP_PREFIX}{key}.{}", now.0)
}

/// What the home page shows of a model without loading it.
#[derive(Clone, Debug, PartialEq)]
pub struct ModelSummary {
    pub id: ModelId,
    pub company: String,
    pub updated_at: Timestamp,
    /// Whole-model completeness, 0–100.
    pub completeness: u32,
}

impl ModelSummary {
    /// The summary of a loaded model.
    pub fn of(doc: &Document) -> Self {
        ModelSummary {
            id: doc.id.clone(),
            company: doc.display_name().to_string(),
            updated_at: doc.updated_at,
            completeness: completeness(doc),
        }
    }
}

/// Sorts summaries most recently changed first, the order the home page lists them in.
pub fn sort_recent_first(list: &mut [ModelSummary]) {
    list.sort_by(|a, b| {
        b.updated_at
            .cmp(&a.updated_at)
            .then(a.company.cmp(&b.company))
    });
}
