//! The workspace's storage layout: one key per model, and backups of anything unreadable.
//! There is deliberately no separate index: the model keys are the only truth, and the home
//! page's summaries are computed from them at start-up.

use super::envelope::load_version;
use crate::domain::document::{NamedVersion, Snapshot};
use crate::domain::invitation::Invitation;
use crate::domain::progress::completeness;
use crate::domain::{Document, ModelId, Timestamp};
use std::sync::Arc;

/// The prefix every key of this app starts with.
pub const PREFIX: &str = "mos.";
/// Models live under `mos.model.<id>`.
pub const MODEL_PREFIX: &str = "mos.model.";
/// Kept copies of stored text that could not be loaded: `mos.backup.<key>.<millis>`.
pub const BACKUP_PREFIX: &str = "mos.backup.";
/// The consultant's invitations and their own details, one record.
pub const INVITATIONS_KEY: &str = "mos.invitations";
/// The format name of that record.
pub const INVITATIONS_FORMAT: &str = "marketing-os-invitations";

/// A consultant's invitations: the details they send with each, and every invitation made in
/// this browser (replies are matched to these).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct InvitationBook {
    pub format: String,
    pub schema: u64,
    /// The sender's name, organisation, contact and accent, remembered for the next one.
    pub me: Invitation,
    pub sent: Vec<Invitation>,
}

impl InvitationBook {
    /// Whether an invitation was made in this browser.
    pub fn made_here(&self, id: &str) -> bool {
        self.sent.iter().any(|i| i.id == id)
    }

    /// The record's stored text.
    pub fn encode(&self) -> String {
        serde_json::to_string(&InvitationBook {
            format: INVITATIONS_FORMAT.into(),
            schema: super::SCHEMA_VERSION,
            ..self.clone()
        })
        .unwrap_or_default()
    }

    /// Reads the stored record; anything else is an error the caller reports and backs up.
    pub fn load(text: &str) -> Result<InvitationBook, super::LoadError> {
        let book: InvitationBook =
            serde_json::from_str(text).map_err(|e| super::LoadError::Invalid {
                path: "invitations".into(),
                detail: e.to_string(),
            })?;
        if book.format != INVITATIONS_FORMAT {
            return Err(super::LoadError::WrongFormat {
                found: Some(book.format),
            });
        }
        if book.schema > super::SCHEMA_VERSION {
            return Err(super::LoadError::NewerVersion {
                found: book.schema,
                supported: super::SCHEMA_VERSION,
            });
        }
        Ok(InvitationBook {
            me: book.me.tidied(),
            sent: book.sent.into_iter().map(Invitation::tidied).collect(),
            ..book
        })
    }
}

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
#[derive(Clone, Debug, PartialEq)]
pub struct ModelSummary {
    pub id: ModelId,
    pub company: String,
    pub updated_at: Timestamp,
    /// Whole-model completeness, 0–100.
    pub completeness: u32,
    /// The invitation the model answers, if it came from one.
    pub invitation: Option<Invitation>,
}

impl ModelSummary {
    /// The summary of a loaded model.
    pub fn of(doc: &Document) -> Self {
        ModelSummary {
            id: doc.id.clone(),
            company: doc.display_name().to_string(),
            updated_at: doc.updated_at,
            completeness: completeness(doc),
            invitation: doc.invitation.clone(),
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
