//! The marketing-operations maturity self-assessment, its health checks, and the diagnostics.

use super::dialogue::Priority;
use super::ids::ActionId;
use super::mapping::Presence;
use serde::{Deserialize, Serialize};

/// The five stages of marketing-operations maturity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum MaturityStage {
    Unaware,
    Efficient,
    Effective,
    CustomerCentric,
    NextGeneration,
}

impl MaturityStage {
    /// All stages, lowest first.
    pub const ALL: [MaturityStage; 5] = [
        MaturityStage::Unaware,
        MaturityStage::Efficient,
        MaturityStage::Effective,
        MaturityStage::CustomerCentric,
        MaturityStage::NextGeneration,
    ];

    /// The stage's position, 0 to 4.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The stage at a position (clamped to 0–4).
    pub fn from_index(i: usize) -> MaturityStage {
        MaturityStage::ALL[i.min(4)]
    }

    /// The next stage up, if any.
    pub fn next(self) -> Option<MaturityStage> {
        MaturityStage::ALL.get(self.index() + 1).copied()
    }
}

/// The dimensions the maturity stages are described across.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    TeamLeadership,
    GoToMarketFocus,
    MartechStack,
    DataInsights,
    MetricsReporting,
    Processes,
    CharterRole,
}

impl Dimension {
    /// All dimensions, in questionnaire order.
    pub const ALL: [Dimension; 7] = [
        Dimension::TeamLeadership,
        Dimension::GoToMarketFocus,
        Dimension::MartechStack,
        Dimension::DataInsights,
        Dimension::MetricsReporting,
        Dimension::Processes,
        Dimension::CharterRole,
    ];
}

/// How sure the user is of a claim.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    #[default]
    Unset,
    Low,
    Medium,
    High,
}

/// The user's answer for one dimension.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct DimensionAnswer {
    pub stage: Option<MaturityStage>,
    /// True when the team sits between `stage` and the next one.
    pub between_next: bool,
    /// The artefact or metric that shows the claim.
    pub evidence: String,
    pub confidence: Confidence,
}

/// The state of one of the five components of an operating system (KPI set, dashboard, ...).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum HealthState {
    #[default]
    Unset,
    Present,
    Partial,
    Missing,
}

/// Everything the assessment holds. Checklist items are keyed by the content's stable keys.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Assessment {
    pub answers: Vec<(Dimension, DimensionAnswer)>,
    /// Keys of the capability functions the team has.
    pub capabilities: Vec<String>,
    /// Strategic drivers (accountability, digital transformation, customer centricity).
    pub drivers: Vec<(String, Presence)>,
    /// The five components: KPI set, dashboard, review cadence, monthly report, plan and budget.
    pub components: Vec<(String, HealthState)>,
    /// Keys of the signs of a missing operating system that the user recognises.
    pub signs: Vec<String>,
    /// The four-question fitness test.
    pub fitness: Vec<(String, Presence)>,
    /// Keys of the components whose cadence is kept.
    pub cadence_kept: Vec<String>,
    /// Whether the team reviews a weekly scorecard inside a quarterly window.
    pub rhythm: Presence,
    /// Earlier results, kept when the assessment is retaken, oldest first.
    pub history: Vec<PastResult>,
}

/// A result kept when the assessment was retaken.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct PastResult {
    pub at: super::ids::Timestamp,
    pub stage: Option<MaturityStage>,
    /// Each answered dimension's position, 0 (Unaware) to 4 (Next Generation), halves for
    /// "between".
    pub scores: Vec<(Dimension, f64)>,
}

impl Assessment {
    /// The answer for one dimension, if given.
    pub fn answer(&self, dimension: Dimension) -> Option<&DimensionAnswer> {
        self.answers
            .iter()
            .find(|(d, _)| *d == dimension)
            .map(|(_, a)| a)
    }
}

/// One diagnostic question rated current against ideal (1–5 each).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct DiagnosticRating {
    /// The content key of the question.
    pub question: String,
    pub current: Option<u8>,
    pub ideal: Option<u8>,
    pub note: String,
}

/// An action in the plan: a gap turned into a hypothesis and something to do.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Action {
    pub id: ActionId,
    pub title: String,
    pub hypothesis: String,
    pub impact: Priority,
    pub effort: Priority,
    pub owner: String,
    /// e.g. `2027-Q1`.
    pub quarter: String,
    /// What the action came from (a finding's key), if anything.
    pub source: String,
    pub done: bool,
}

/// Diagnostic ratings and the action plan.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Diagnostics {
    pub ratings: Vec<DiagnosticRating>,
    pub actions: Vec<Action>,
}
