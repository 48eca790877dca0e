//! Stage 3 — operationalise: pathways, RACI, SLAs and the running rhythm.

use super::ids::{FlowId, KpiId, OpsId};
use super::mapping::{Period, Presence};
use serde::{Deserialize, Serialize};

/// Who the system itself must be taught to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    ExecutivesBoard,
    MarketingTeam,
    OtherFunctions,
}

/// How the system is taught to one audience.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Teaching {
    pub status: Presence,
    pub format: String,
    pub when: String,
}

/// A forum through which flows' information moves between teams.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Forum {
    pub id: OpsId,
    pub name: String,
    pub between: String,
    pub channel: String,
    pub cadence: String,
    pub flows: Vec<FlowId>,
}

/// Whether the expertise for a flow is in the team, bought in, or still to be built.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Expertise {
    #[default]
    Unset,
    InHouse,
    Outsourced,
    ToTrain,
}

/// The systems, expertise and resource behind one Stage 2 flow.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct ProcessPathway {
    pub flow: FlowId,
    pub systems: Vec<String>,
    pub expertise: Expertise,
    pub teams: Vec<String>,
    pub lead_time_days: Option<u32>,
    pub budget_owner: String,
}

/// A RACI letter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub enum Raci {
    R,
    A,
    C,
    I,
}

/// One program or flow with who is responsible, accountable, consulted and informed.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct RaciRow {
    pub id: OpsId,
    pub subject: String,
    pub flow: Option<FlowId>,
    /// (role name, letter) pairs; a role is a sub-function, a company function or a named role.
    pub roles: Vec<(String, Raci)>,
}

/// An agreement between teams for recurring cross-team work.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Sla {
    pub id: OpsId,
    pub work: String,
    pub provider: String,
    pub receiver: String,
    pub lead_time_days: Option<u32>,
    pub on_miss: String,
}

/// A KPI picked for the running rhythm's short list.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct TrackedKpi {
    pub kpi: KpiId,
    pub owner: String,
    pub target: Option<f64>,
    pub cadence: Period,
}

/// The reviews of the running rhythm.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReviewKind {
    WeeklyScorecard,
    MonthlyReport,
    QuarterlyPlanning,
}

/// Who runs a review, when, and with whom.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Review {
    pub owner: String,
    pub day: String,
    pub attendees: String,
}

/// A budget line for a sub-function or program in a quarter.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct BudgetLine {
    pub id: OpsId,
    pub subject: String,
    /// e.g. `2026-Q4`.
    pub quarter: String,
    pub amount: f64,
}

/// One week's actual for a tracked KPI.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Actual {
    pub kpi: KpiId,
    /// ISO week, e.g. `2026-W47`.
    pub week: String,
    pub value: f64,
}

/// Everything Stage 3 holds.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Operations {
    pub teaching: Vec<(Audience, Teaching)>,
    pub forums: Vec<Forum>,
    pub pathways: Vec<ProcessPathway>,
    pub raci: Vec<RaciRow>,
    pub slas: Vec<Sla>,
    pub kpis: Vec<TrackedKpi>,
    /// Where the dashboard lives (a tool or a link).
    pub dashboard: String,
    pub reviews: Vec<(ReviewKind, Review)>,
    pub budget: Vec<BudgetLine>,
    pub actuals: Vec<Actual>,
}

impl Operations {
    /// The review of this kind, if it has been described.
    pub fn review(&self, kind: ReviewKind) -> Option<&Review> {
        self.reviews
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, r)| r)
    }
}
