//! The workspace's storage layout: one key per model, and backups of anything unreadable.
//! There is deliberately no separate index: the model keys are the only truth, and the home
//! page's summaries are computed from them at start-up, spared by a memo (`super::summaries`,
//! re-exported here) for models whose stored text has not changed. [`Workspace`] reads and
//! writes it over any [`Storage`](super::store::Storage).

use super::envelope::load_version;
use crate::domain::document::{NamedVersion, Snapshot};
use crate::domain::invitation::Invitation;
use crate::domain::progress::completeness;
use crate::domain::{Document, ModelId, Timestamp};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// The prefix every key of this app starts with.
pub const PREFIX: &str = "mos.";
/// Models live under `mos.model.<id>`.
pub const MODEL_PREFIX: &str = "mos.model.";
/// Kept copies of stored text that could not be loaded: `mos.backup.<key>.<millis>`.
pub const BACKUP_PREFIX: &str = "mos.backup.";

pub use super::invitations::{InvitationBook, INVITATIONS_FORMAT, INVITATIONS_KEY};

mod records;
mod save;
mod scan;
pub use records::Binned;
pub use save::{Room, SaveError, Saved, Workspace, WriteError};
pub use scan::{keep_backup, read_model, scan, Problem, Read, Scan};

/// The storage key of a model.
pub fn model_key(id: &ModelId) -> String {
    format!("{MODEL_PREFIX}{}", id.as_str())
}

/// The model id a storage key belongs to, if it is a model key.
pub fn model_id_of(key: &str) -> Option<ModelId> {
    let id = ModelId(key.strip_prefix(MODEL_PREFIX)?.to_string());
    id.is_well_formed().then_some(id)
}

/// Named versions' snapshots live under `mos.version.<model id>.<version id>-<saved ms>`,
/// written once; the model's own record lists the versions without their snapshots.
pub const VERSION_PREFIX: &str = "mos.version.";

/// The prefix of every version key of a model.
pub fn version_prefix(id: &ModelId) -> String {
    format!("{VERSION_PREFIX}{}.", id.as_str())
}

/// The storage key of a version's snapshot.
pub fn version_key(id: &ModelId, v: &NamedVersion) -> String {
    format!("{}{}-{}", version_prefix(id), v.id.0, v.at.0)
}

/// A version whose stored snapshot could not be read: reported, its text kept as a backup.
#[derive(Clone, Debug, PartialEq)]
pub struct VersionProblem {
    pub key: String,
    /// The stored text, when there was some.
    pub raw: Option<String>,
    pub reason: String,
}

/// Puts each version's snapshot back from its own key. A version whose snapshot is missing or
/// unreadable is left out of the model and reported. Versions stored inline by an earlier
/// build keep their snapshot.
pub fn attach_versions(
    doc: &mut Document,
    get: impl Fn(&str) -> Option<String>,
) -> Vec<VersionProblem> {
    let mut problems = Vec::new();
    let id = doc.id.clone();
    let company = doc.display_name().to_string();
    doc.versions.retain_mut(|v| {
        let key = version_key(&id, v);
        let failed = |raw, why: String| VersionProblem {
            key: key.clone(),
            raw,
            reason: format!(
                "Version “{}” of “{company}” could not be opened: {why}",
                v.name
            ),
        };
        match get(&key) {
            Some(raw) => match load_version(&raw) {
                Ok(s) => {
                    v.snapshot = Arc::new(s);
                    true
                }
                Err(e) => {
                    problems.push(failed(Some(raw), e.to_string()));
                    false
                }
            },
            None if *v.snapshot != Snapshot::default() => true,
            None => {
                problems.push(failed(
                    None,
                    "its saved copy is missing from this browser.".into(),
                ));
                false
            }
        }
    });
    problems
}

/// The key a backup of `key`'s text is kept under.
pub fn backup_key(key: &str, now: Timestamp) -> String {
    format!("{BACKUP_PREFIX}{key}.{}", now.0)
}

/// What the home page shows of a model without loading it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ModelSummary {
    pub id: ModelId,
    pub company: String,
    pub updated_at: Timestamp,
    /// Whole-model completeness, 0–100.
    pub completeness: u32,
    /// The invitation the model answers, if it came from one (its logo left out: the
    /// summaries are kept together and read at every start).
    pub invitation: Option<Invitation>,
    /// When the model arrived here as a client's reply.
    #[serde(default)]
    pub received_at: Option<Timestamp>,
    /// Who answered, when the reply names them.
    #[serde(default)]
    pub respondent: String,
}

impl ModelSummary {
    /// The summary of a loaded model.
    pub fn of(doc: &Document) -> Self {
        ModelSummary {
            id: doc.id.clone(),
            company: doc.display_name().to_string(),
            updated_at: doc.updated_at,
            completeness: completeness(doc),
            invitation: doc.invitation.as_ref().map(|i| Invitation {
                logo: String::new(),
                ..i.clone()
            }),
            received_at: doc.received_at,
            respondent: doc.respondent.trim().to_string(),
        }
    }

    /// A reply's name in a list: the company, and who answered when the reply names them.
    pub fn reply_name(&self) -> String {
        match self.respondent.trim() {
            "" => self.company.clone(),
            who => format!("{} ({who})", self.company),
        }
    }

    /// When the reply arrived: as recorded, else when the model last changed.
    pub fn arrived(&self) -> Timestamp {
        self.received_at.unwrap_or(self.updated_at)
    }
}

/// The replies to invitation `id` among the summaries: how many, and when the last arrived.
pub fn replies_to(summaries: &[ModelSummary], id: &str) -> (usize, Option<Timestamp>) {
    summaries
        .iter()
        .filter(|s| s.invitation.as_ref().is_some_and(|i| i.id == id))
        .fold((0, None), |(n, last), s| {
            (
                n + 1,
                Some(last.map_or(s.arrived(), |l: Timestamp| l.max(s.arrived()))),
            )
        })
}

/// The replies to invitation `id` among the summaries, the last to arrive first.
pub fn replies_list(summaries: &[ModelSummary], id: &str) -> Vec<ModelSummary> {
    let mut list: Vec<ModelSummary> = summaries
        .iter()
        .filter(|s| s.invitation.as_ref().is_some_and(|i| i.id == id))
        .cloned()
        .collect();
    list.sort_by_key(|s| std::cmp::Reverse(s.arrived()));
    list
}

pub use super::summaries::{base36, SummaryMemo, SUMMARIES_KEY, SUMMARY_FORMAT};

/// Sorts summaries most recently changed first, the order the home page lists them in.
pub fn sort_recent_first(list: &mut [ModelSummary]) {
    list.sort_by(|a, b| {
        b.updated_at
            .cmp(&a.updated_at)
            .then(a.company.cmp(&b.company))
    });
}

/// Deleted models are kept under `mos.bin.<id>.<deleted ms>` (with their versions' keys)
/// until the user deletes them for good.
pub const BIN_PREFIX: &str = "mos.bin.";

/// The bin key of a model deleted at `at`.
pub fn bin_key(id: &ModelId, at: Timestamp) -> String {
    format!("{BIN_PREFIX}{}.{}", id.as_str(), at.0)
}

/// The model id and deletion time a bin key names.
pub fn bin_entry_of(key: &str) -> Option<(ModelId, Timestamp)> {
    let (id, at) = key.strip_prefix(BIN_PREFIX)?.rsplit_once('.')?;
    let id = ModelId(id.to_string());
    Some((id, Timestamp(at.parse().ok()?))).filter(|(id, _)| id.is_well_formed())
}

/// When each model was last exported: `{"<model id>": <ms>, …}`.
pub const EXPORTS_KEY: &str = "mos.exports";

/// The most localStorage most browsers give one site, in characters: 5 MiB of text in
/// Firefox and Safari; Chromium's 10 MB counts two bytes a character, the same amount.
pub const USUAL_LIMIT_CHARS: usize = 5 * 1024 * 1024;

/// How much of the browser's storage the app uses, in characters, by kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Usage {
    pub models: usize,
    pub versions: usize,
    pub backups: usize,
    pub bin: usize,
    pub other: usize,
}

impl Usage {
    /// Counts one stored entry of `chars` characters (key and value) under `key`.
    pub fn add(&mut self, key: &str, chars: usize) {
        let slot = if key.starts_with(MODEL_PREFIX) || key.starts_with(super::slots::SHADOW_PREFIX)
        {
            &mut self.models
        } else if key.starts_with(VERSION_PREFIX) {
            &mut self.versions
        } else if key.starts_with(BACKUP_PREFIX) {
            &mut self.backups
        } else if key.starts_with(BIN_PREFIX) {
            &mut self.bin
        } else {
            &mut self.other
        };
        *slot += chars;
    }

    pub fn total(&self) -> usize {
        self.models + self.versions + self.backups + self.bin + self.other
    }

    /// The share of the usual limit in use, in whole percent (at least 1 when anything is).
    pub fn percent(&self) -> usize {
        let t = self.total();
        if t == 0 {
            0
        } else {
            (t * 100 / USUAL_LIMIT_CHARS).max(1)
        }
    }
}

/// How long a model may have unexported changes before the app suggests exporting.
pub const EXPORT_REMINDER_DAYS: u64 = 7;

/// Before an import replaces `existing`, its current state (and every version the incoming
/// model lacks) becomes a version of the incoming one, so nothing the replace drops is lost.
pub fn keep_replaced(incoming: &mut Document, existing: &Document, at: Timestamp) {
    let name = format!("Before the import of {}", at.date_iso());
    crate::domain::reply::keep_as_version(incoming, existing, name, at);
}
