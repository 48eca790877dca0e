//! The user's model of one company: every part of the method in one plain value.

use super::assessment::{Assessment, Diagnostics};
use super::dialogue::{Constituent, Dialogue, Side};
use super::ids::{ChangeId, ModelId, Timestamp, VersionId};
use super::mapping::{Mapping, Presence, SkillQuestion, TeamPractice};
use super::operations::{Audience, Operations, Review, ReviewKind, Teaching};
use serde::{Deserialize, Serialize};

/// Where in the system a change happened (the method's three areas of change).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ChangeArea {
    #[default]
    Market,
    Company,
    InputsOutputs,
}

/// One entry in the change log.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct ChangeEntry {
    pub id: ChangeId,
    /// When it was logged.
    pub at: Timestamp,
    /// When it happened, `yyyy-mm-dd` as the user gave it.
    pub date: String,
    pub area: ChangeArea,
    /// The kind of change, e.g. "Product releases and updates".
    pub kind: String,
    /// What changed.
    pub text: String,
    pub impact: String,
    pub action: String,
}

/// The parts of the model a named version freezes.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Snapshot {
    pub company: String,
    pub dialogue: Dialogue,
    pub mapping: Mapping,
    pub operations: Operations,
    pub assessment: Assessment,
    pub diagnostics: Diagnostics,
    /// What a newer build wrote in this snapshot that this one does not know, written back
    /// with it (see [`super::unknown`]).
    #[serde(skip)]
    pub unknown: Option<std::sync::Arc<super::unknown::Unknown>>,
}

/// A named version of the whole model, for quarter-to-quarter comparison.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct NamedVersion {
    pub id: VersionId,
    pub name: String,
    pub at: Timestamp,
    /// Shared, never edited: undo steps and copies of the model do not copy it. Left out of
    /// the model's own storage record (see [`without_snapshots`]); exports include it.
    #[serde(skip_serializing_if = "snapshots_left_out")]
    pub snapshot: std::sync::Arc<Snapshot>,
}

thread_local! {
    static LEAVE_OUT_SNAPSHOTS: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn snapshots_left_out(_: &std::sync::Arc<Snapshot>) -> bool {
    LEAVE_OUT_SNAPSHOTS.with(|c| c.get())
}

/// Runs `f` (a serialisation) with every version's snapshot left out, so a model's autosave
/// does not rewrite versions that never change; they are stored once, under their own keys.
pub fn without_snapshots<R>(f: impl FnOnce() -> R) -> R {
    struct Reset(bool);
    impl Drop for Reset {
        fn drop(&mut self) {
            LEAVE_OUT_SNAPSHOTS.with(|c| c.set(self.0));
        }
    }
    let _reset = Reset(LEAVE_OUT_SNAPSHOTS.with(|c| c.replace(true)));
    f()
}

/// One company's Market(ing) Operating System model.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Document {
    pub id: ModelId,
    /// The company the model is for; also the model's name in the workspace.
    pub company: String,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
    /// Stage 1: the dialogue between your market and your company.
    pub dialogue: Dialogue,
    /// Stage 2: inputs and outputs through the marketing team.
    pub mapping: Mapping,
    /// Stage 3: operationalising the system.
    pub operations: Operations,
    pub assessment: Assessment,
    pub diagnostics: Diagnostics,
    pub change_log: Vec<ChangeEntry>,
    pub versions: Vec<NamedVersion>,
    /// The next number handed out as an id inside this model.
    pub next_id: u64,
    /// The consultant's invitation this model answers, when it came from one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub invitation: Option<super::invitation::Invitation>,
    /// Who answered the invitation (a colleague's name), so a consultant can tell apart the
    /// replies of several people at one company. Empty when not given.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub respondent: String,
    /// When this model arrived in this workspace as a client's reply. A received reply opens
    /// read-only: it is the record of what the client sent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub received_at: Option<Timestamp>,
    /// What a newer build wrote in this model's file that this one does not know, from the
    /// envelope down (the model's own parts under `model`), written back when it is saved
    /// (see [`super::unknown`]).
    #[serde(skip)]
    pub unknown: Option<std::sync::Arc<super::unknown::Unknown>>,
}

impl Document {
    /// A new model for `company` with the method's fixed lists (team practices, skills,
    /// audiences, reviews) and no constituents or categories: `Document::new` (in `content`,
    /// where the standard lists live) seeds those.
    pub fn blank(id: ModelId, company: &str, now: Timestamp) -> Self {
        let mut doc = Document {
            id,
            company: company.trim().to_string(),
            created_at: now,
            updated_at: now,
            next_id: 1,
            ..Document::default()
        };
        doc.mapping.team_loop = TeamPractice::ALL.map(|p| (p, Presence::Unset)).to_vec();
        doc.mapping.skills = SkillQuestion::ALL.map(|q| (q, Presence::Unset)).to_vec();
        doc.operations.teaching = [
            Audience::ExecutivesBoard,
            Audience::MarketingTeam,
            Audience::OtherFunctions,
        ]
        .map(|a| (a, Teaching::default()))
        .to_vec();
        doc.operations.reviews = [
            ReviewKind::WeeklyScorecard,
            ReviewKind::MonthlyReport,
            ReviewKind::QuarterlyPlanning,
        ]
        .map(|k| (k, Review::default()))
        .to_vec();
        doc
    }

    /// The name to show: the company, or a placeholder while it is blank.
    pub fn display_name(&self) -> &str {
        if self.company.trim().is_empty() {
            "Untitled model"
        } else {
            self.company.trim()
        }
    }

    /// The constituents of one side of the loop.
    pub fn constituents(&self, side: Side) -> impl Iterator<Item = &Constituent> {
        self.dialogue.on_side(side)
    }

    /// A model holding a version's frozen parts, under `id`, with nothing else set (no
    /// dates, versions or invitation).
    pub fn of_snapshot(id: ModelId, s: &Snapshot) -> Document {
        Document {
            id,
            company: s.company.clone(),
            dialogue: s.dialogue.clone(),
            mapping: s.mapping.clone(),
            operations: s.operations.clone(),
            assessment: s.assessment.clone(),
            diagnostics: s.diagnostics.clone(),
            ..Document::default()
        }
    }

    /// The parts a named version freezes.
    pub fn snapshot(&self) -> Snapshot {
        Snapshot {
            company: self.company.clone(),
            dialogue: self.dialogue.clone(),
            mapping: self.mapping.clone(),
            operations: self.operations.clone(),
            assessment: self.assessment.clone(),
            diagnostics: self.diagnostics.clone(),
            unknown: self
                .unknown
                .as_ref()
                .and_then(|u| u.snapshot_part())
                .map(std::sync::Arc::new),
        }
    }
}

impl Document {
    /// Every team and person the model names, for the pickers wherever one is named: the
    /// sub-functions, the company functions, today's people, and each owner, role, team or
    /// attendee typed anywhere (lists split at commas), so a name typed once is offered
    /// everywhere. Sorted, each once.
    pub fn names(&self) -> Vec<String> {
        let m = &self.mapping;
        let o = &self.operations;
        let mut all: Vec<&str> = Vec::new();
        all.extend(m.sub_functions.iter().map(|s| s.name.as_str()));
        all.extend(m.functions.iter().map(|f| f.name.as_str()));
        all.extend(o.team.people.iter().map(|p| p.name.as_str()));
        all.extend(o.kpis.iter().map(|k| k.owner.as_str()));
        all.extend(o.reviews.iter().map(|(_, r)| r.owner.as_str()));
        // Fields that take several names, separated by commas.
        fn listed(s: &str) -> impl Iterator<Item = &str> {
            s.split([',', ';'])
        }
        all.extend(o.reviews.iter().flat_map(|(_, r)| listed(&r.attendees)));
        all.extend(o.forums.iter().flat_map(|f| listed(&f.between)));
        all.extend(
            o.pathways
                .iter()
                .flat_map(|p| p.teams.iter().map(String::as_str)),
        );
        all.extend(o.pathways.iter().map(|p| p.budget_owner.as_str()));
        all.extend(
            o.slas
                .iter()
                .flat_map(|s| [s.provider.as_str(), s.receiver.as_str()]),
        );
        all.extend(o.raci_roles.iter().map(String::as_str));
        all.extend(self.diagnostics.actions.iter().map(|a| a.owner.as_str()));
        all.push(self.dialogue.loop_a1.owner.as_str());
        all.push(self.dialogue.loop_b1.owner.as_str());
        let mut out: Vec<String> = Vec::new();
        for n in all.into_iter().map(str::trim).filter(|n| !n.is_empty()) {
            if !out.iter().any(|x| x.eq_ignore_ascii_case(n)) {
                out.push(n.to_string());
            }
        }
        out.sort_by_key(|n| n.to_lowercase());
        out
    }
}
