//! Stage 3 — operationalise: pathways, RACI, SLAs and the running rhythm.

use super::ids::{FlowId, KpiId, OpsId, ProgramId};
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
    /// The row's name when it is neither a flow nor a program.
    pub subject: String,
    pub flow: Option<FlowId>,
    pub program: Option<ProgramId>,
    /// (role name, letter) pairs; a role is a sub-function, a company function or a named role.
    /// A role that is both accountable and responsible appears twice.
    pub roles: Vec<(String, Raci)>,
}

/// An agreement between teams for recurring cross-team work.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Sla {
    pub id: OpsId,
    pub work: String,
    /// Who delivers: the team that does the work. (The stored name predates the wording.)
    pub provider: String,
    /// Who asks: the team that requests the work and receives it.
    pub receiver: String,
    pub lead_time_days: Option<u32>,
    pub on_miss: String,
}

impl Sla {
    /// The agreement in one sentence, the same wherever it is shown: "Product marketing asks,
    /// Product delivers: 30 days' lead time."
    pub fn summary(&self) -> String {
        self.summary_with(str::to_string)
    }

    /// [`Sla::summary`] with each team's name passed through `name` (to escape it for
    /// Markdown, say).
    pub fn summary_with(&self, name: impl Fn(&str) -> String) -> String {
        let asks = self.receiver.trim();
        let delivers = self.provider.trim();
        let sides = match (asks.is_empty(), delivers.is_empty()) {
            (false, false) => format!("{} asks, {} delivers", name(asks), name(delivers)),
            (false, true) => format!("{} asks", name(asks)),
            (true, false) => format!("{} delivers", name(delivers)),
            (true, true) => String::new(),
        };
        let lead = match self.lead_time_days {
            Some(1) => "1 day's lead time".to_string(),
            Some(n) => format!("{n} days' lead time"),
            None => "no lead time agreed yet".to_string(),
        };
        if sides.is_empty() {
            let mut c = lead.chars();
            let first = c.next().map(|f| f.to_uppercase().collect::<String>());
            format!("{}{}.", first.unwrap_or_default(), c.as_str())
        } else {
            format!("{sides}: {lead}.")
        }
    }
}

/// A KPI picked for the running rhythm's short list.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct TrackedKpi {
    pub kpi: KpiId,
    pub owner: String,
    pub target: Option<f64>,
    /// The period the target is for (a week, a month, a quarter, a year).
    pub cadence: Period,
    /// For costs and cycle times: a week is on track at or below the target.
    pub lower_is_better: bool,
    /// Whether the weeks add up to the target or each week is held to it.
    pub accrual: Accrual,
}

/// How a KPI's weekly actuals relate to its target.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Accrual {
    /// A count or an amount (leads, pipeline): the weeks add up, so a quarter's target is
    /// shared out over its weeks.
    #[default]
    Total,
    /// A rate, an average or a level (conversion, cost per lead, cycle time): every week is
    /// held to the target as it stands.
    Rate,
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
    /// What the money is planned for.
    pub plan: String,
}

/// Budget lines summed per quarter, quarters in order.
pub fn totals_by_quarter<'a>(lines: impl Iterator<Item = &'a BudgetLine>) -> Vec<(String, f64)> {
    let mut totals: Vec<(String, f64)> = Vec::new();
    for b in lines {
        match totals.iter_mut().find(|(q, _)| *q == b.quarter) {
            Some((_, t)) => *t += b.amount,
            None => totals.push((b.quarter.clone(), b.amount)),
        }
    }
    totals.sort_by(|a, b| a.0.cmp(&b.0));
    totals
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
    /// The RACI matrix's columns, in order.
    pub raci_roles: Vec<String>,
    pub slas: Vec<Sla>,
    pub kpis: Vec<TrackedKpi>,
    /// Where the dashboard lives (a tool or a link).
    pub dashboard: String,
    pub reviews: Vec<(ReviewKind, Review)>,
    pub budget: Vec<BudgetLine>,
    /// The budget's currency, as a sign ("€") or a code ("CHF"); empty shows bare numbers.
    pub currency: String,
    pub actuals: Vec<Actual>,
    /// The charter and the team that runs the system.
    pub team: super::team::Team,
}

impl Operations {
    /// The process pathway of a flow, if one has been described.
    pub fn pathway(&self, flow: FlowId) -> Option<&ProcessPathway> {
        self.pathways.iter().find(|p| p.flow == flow)
    }

    /// What a flow's pathway still lacks; a flow with no pathway described lacks every part.
    pub fn pathway_gaps(&self, flow: FlowId) -> Vec<PathwayGap> {
        self.pathway(flow)
            .map_or_else(|| PathwayGap::ALL.to_vec(), ProcessPathway::gaps)
    }

    /// The tracked entry of a KPI, if it is on the short list.
    pub fn tracked(&self, kpi: KpiId) -> Option<&TrackedKpi> {
        self.kpis.iter().find(|k| k.kpi == kpi)
    }

    /// This week's actual for a tracked KPI, if recorded.
    pub fn actual(&self, kpi: KpiId, week: &str) -> Option<f64> {
        self.actuals
            .iter()
            .find(|a| a.kpi == kpi && a.week == week)
            .map(|a| a.value)
    }

    /// The review of this kind, if it has been described.
    pub fn review(&self, kind: ReviewKind) -> Option<&Review> {
        self.reviews
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, r)| r)
    }
}

/// The parts of a flow's process pathway still missing: systems, expertise, resource.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PathwayGap {
    Systems,
    Expertise,
    Resource,
}

impl PathwayGap {
    pub const ALL: [PathwayGap; 3] = [
        PathwayGap::Systems,
        PathwayGap::Expertise,
        PathwayGap::Resource,
    ];
}

impl ProcessPathway {
    /// The named entries of a comma-separated list field, trimmed, blanks skipped.
    pub fn named(list: &[String]) -> impl Iterator<Item = &str> {
        list.iter().map(|s| s.trim()).filter(|s| !s.is_empty())
    }

    /// What this pathway still lacks. Resource means the teams involved, the lead time and who
    /// owns the budget.
    pub fn gaps(&self) -> Vec<PathwayGap> {
        let mut gaps = Vec::new();
        if Self::named(&self.systems).next().is_none() {
            gaps.push(PathwayGap::Systems);
        }
        if self.expertise == Expertise::Unset {
            gaps.push(PathwayGap::Expertise);
        }
        if Self::named(&self.teams).next().is_none()
            || self.lead_time_days.is_none()
            || self.budget_owner.trim().is_empty()
        {
            gaps.push(PathwayGap::Resource);
        }
        gaps
    }
}
