//! The team that runs the system: its charter, its people and the roles they cover, the roles
//! the next maturity stage needs, the hiring and training plan, the lead hand-off with sales and
//! the customer life cycle.

mod charter;
mod handoff;
mod lifecycle;
mod people;

pub use charter::*;
pub use handoff::*;
pub use lifecycle::*;
pub use people::*;

use crate::domain::assessment::MaturityStage;
use crate::domain::ids::{FlowId, OpsId};
use serde::{Deserialize, Serialize};

/// Everything about the team that runs the system.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Team {
    pub charter: Charter,
    /// Today's people and the roles they cover.
    pub people: Vec<Person>,
    /// Decisions on the roles the next stage needs; each has a line in Stage 3's budget.
    pub plan: Vec<PlanLine>,
    /// The lead hand-off agreement with sales.
    pub handoff: HandOff,
    /// Where each Stage 2 flow sits in the customer life cycle, as the user set it.
    pub lifecycle: Vec<(FlowId, Lifecycle)>,
}

/// A role in a marketing-operations group, from the basic group to the combined
/// sales-and-marketing operations model.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    AutomationAdmin,
    DataManager,
    OpsLead,
    AnalyticsReporting,
    ProcessReengineering,
    ProjectPortfolio,
    PlanningBudgeting,
    PipelineManagement,
    CustomerInsight,
    VendorManagement,
    BudgetManagement,
    DataScience,
    CombinedOpsLead,
}

impl Role {
    /// Every role, in the order a group usually adds them.
    pub const ALL: [Role; 13] = [
        Role::AutomationAdmin,
        Role::DataManager,
        Role::OpsLead,
        Role::AnalyticsReporting,
        Role::ProcessReengineering,
        Role::ProjectPortfolio,
        Role::PlanningBudgeting,
        Role::PipelineManagement,
        Role::CustomerInsight,
        Role::VendorManagement,
        Role::BudgetManagement,
        Role::DataScience,
        Role::CombinedOpsLead,
    ];

    /// The role's name.
    pub fn label(self) -> &'static str {
        match self {
            Role::AutomationAdmin => "Marketing automation admin",
            Role::DataManager => "Data manager",
            Role::OpsLead => "Head of marketing operations",
            Role::AnalyticsReporting => "Analytics and reporting",
            Role::ProcessReengineering => "Process re-engineering",
            Role::ProjectPortfolio => "Project and portfolio management",
            Role::PlanningBudgeting => "Annual planning and budgeting",
            Role::PipelineManagement => "Pipeline management",
            Role::CustomerInsight => "Customer insight",
            Role::VendorManagement => "Vendor management",
            Role::BudgetManagement => "Budget management",
            Role::DataScience => "Data science",
            Role::CombinedOpsLead => "Head of sales and marketing operations",
        }
    }

    /// What the role does, in a line.
    pub fn duty(self) -> &'static str {
        match self {
            Role::AutomationAdmin => "Runs and tunes the automation platform and checks campaigns before launch.",
            Role::DataManager => "Keeps the database clean, complete and segmented.",
            Role::OpsLead => "Leads the group, owns its charter and plan, and works with sales operations.",
            Role::AnalyticsReporting => "Defines the metrics, analyses them and reports on a routine.",
            Role::ProcessReengineering => "Redesigns the lead and campaign processes with the teams that run them.",
            Role::ProjectPortfolio => "Runs projects in and beyond marketing as one portfolio.",
            Role::PlanningBudgeting => "Sets and manages the annual plan and budget.",
            Role::PipelineManagement => "Owns the pipeline marketing is accountable for, like a sales manager.",
            Role::CustomerInsight => "Gathers, analyses and shares what prospects and customers say and do.",
            Role::VendorManagement => "Selects and manages the agencies and technology vendors.",
            Role::BudgetManagement => "Tracks spend against the budget (often the head of the group).",
            Role::DataScience => "Models data across the customer life cycle with the rest of the company.",
            Role::CombinedOpsLead => "Leads one operations team for sales and marketing across the whole customer life cycle.",
        }
    }

    /// The stage from which a group needs the role.
    pub fn stage(self) -> MaturityStage {
        match self {
            Role::AutomationAdmin | Role::DataManager => MaturityStage::Efficient,
            Role::OpsLead | Role::AnalyticsReporting => MaturityStage::Effective,
            Role::CombinedOpsLead => MaturityStage::NextGeneration,
            _ => MaturityStage::CustomerCentric,
        }
    }

    /// The assessment's capability functions (keys) the role provides.
    pub fn capabilities(self) -> &'static [&'static str] {
        match self {
            Role::AutomationAdmin => &[
                "tech.use",
                "tech.integrate",
                "tech.optimise",
                "tech.educate",
                "exec.qa",
            ],
            Role::DataManager => &["data.maintain", "data.optimise", "process.segment"],
            Role::OpsLead => &["tech.recommend", "tech.salesops", "process.practices"],
            Role::AnalyticsReporting => &[
                "measure.metrics",
                "measure.analyse",
                "measure.report",
                "data.analyse",
            ],
            Role::ProcessReengineering => {
                &["process.leads", "process.campaigns", "process.practices"]
            }
            Role::ProjectPortfolio => &["exec.projects"],
            Role::PlanningBudgeting | Role::BudgetManagement => &["measure.budgets"],
            Role::PipelineManagement => &["process.leads", "measure.metrics"],
            Role::CustomerInsight => &["measure.insights"],
            Role::VendorManagement => &["tech.recommend"],
            Role::DataScience => &["data.analyse", "measure.insights"],
            Role::CombinedOpsLead => &["tech.salesops"],
        }
    }

    /// The assessment's strategic driver (key) the role serves, if any.
    pub fn driver(self) -> Option<&'static str> {
        match self {
            Role::ProjectPortfolio | Role::PlanningBudgeting | Role::PipelineManagement => {
                Some("accountability")
            }
            Role::DataScience => Some("digital"),
            Role::CustomerInsight => Some("customer"),
            _ => None,
        }
    }
}

/// How a gap is to be closed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    #[default]
    Hire,
    Train,
    Outsource,
}

impl Decision {
    pub const ALL: [Decision; 3] = [Decision::Hire, Decision::Train, Decision::Outsource];

    /// The budget line's subject for a role, e.g. "Hire: Pipeline management".
    pub fn subject(self, role: Role) -> String {
        let verb = match self {
            Decision::Hire => "Hire",
            Decision::Train => "Train",
            Decision::Outsource => "Outsource",
        };
        format!("Team: {verb} – {}", role.label())
    }
}

/// A decision on a role, with the Stage 3 budget line that carries its quarter and cost.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct PlanLine {
    pub id: OpsId,
    pub role: Option<Role>,
    pub decision: Decision,
    /// The line in `operations.budget` holding the quarter and the cost.
    pub budget: OpsId,
}

impl Team {
    /// Full-time equivalents on a role, over everyone.
    pub fn fte(&self, role: Role) -> f64 {
        self.people
            .iter()
            .flat_map(|p| p.roles.iter())
            .filter(|(r, _)| *r == role)
            .map(|(_, f)| *f)
            .sum()
    }

    /// The plan line for a role, if a decision was made.
    pub fn decision(&self, role: Role) -> Option<&PlanLine> {
        self.plan.iter().find(|l| l.role == Some(role))
    }
}

/// A role the target stage needs and what it would bring.
#[derive(Clone, Debug, PartialEq)]
pub struct RoleNeed {
    pub role: Role,
    /// Full-time equivalents on it today.
    pub fte: f64,
    /// The assessment's capability functions it would close: ones the team said it lacks.
    pub closes: Vec<&'static str>,
    /// Whether the assessment says the driver it serves is not yet in place.
    pub serves_missing_driver: bool,
}

impl RoleNeed {
    /// Nobody covers it today.
    pub fn is_gap(&self) -> bool {
        self.fte <= 0.0
    }
}

/// The stage a team design aims for: the one after the assessed stage (the first dedicated
/// stage when there is no assessment yet), or Next Generation when already there.
pub fn target_stage(assessed: Option<MaturityStage>) -> MaturityStage {
    match assessed {
        None => MaturityStage::Efficient,
        Some(s) => s.next().unwrap_or(s),
    }
}

/// Every role the target stage needs, with today's cover and what it would close.
pub fn needs(doc: &crate::domain::Document, target: MaturityStage) -> Vec<RoleNeed> {
    let team = &doc.operations.team;
    let has = &doc.assessment.capabilities;
    Role::ALL
        .into_iter()
        .filter(|r| r.stage() <= target)
        .map(|role| RoleNeed {
            role,
            fte: team.fte(role),
            closes: role
                .capabilities()
                .iter()
                .copied()
                .filter(|k| !has.iter().any(|h| h == k))
                .collect(),
            serves_missing_driver: role.driver().is_some_and(|d| {
                !doc.assessment
                    .drivers
                    .iter()
                    .any(|(k, p)| k == d && *p == crate::domain::mapping::Presence::Yes)
            }),
        })
        .collect()
}

/// A Stage 2 flow nobody is able to run today, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Unrunnable {
    pub flow: FlowId,
    pub name: String,
    pub why: String,
}

/// The Stage 2 flows that have no one to run them: no owning sub-function, an owner with no
/// people (0 FTE, and not an agency or contractor another sub-function owns), or expertise
/// still to be trained.
pub fn unrunnable_flows(doc: &crate::domain::Document) -> Vec<Unrunnable> {
    let m = &doc.mapping;
    m.flows
        .iter()
        .filter_map(|f| {
            let why = match f
                .owner
                .and_then(|o| m.sub_functions.iter().find(|s| s.id == o))
            {
                None => "No sub-function owns it.".to_string(),
                Some(s) if capacity(&doc.operations.team.people, s) <= 0.0 && s.owner.is_none() => {
                    format!("Its owner, {}, has no people (0 FTE).", s.name.trim())
                }
                Some(_) => match doc.operations.pathway(f.id).map(|p| p.expertise) {
                    Some(crate::domain::operations::Expertise::ToTrain) => {
                        "The expertise to run it is still to be trained.".to_string()
                    }
                    _ => return None,
                },
            };
            Some(Unrunnable {
                flow: f.id,
                name: f.name.trim().to_string(),
                why,
            })
        })
        .collect()
}

/// The team plan's cost per quarter, from its budget lines, quarters in order.
pub fn plan_totals(doc: &crate::domain::Document) -> Vec<(String, f64)> {
    let plan = &doc.operations.team.plan;
    crate::domain::operations::totals_by_quarter(
        doc.operations
            .budget
            .iter()
            .filter(|b| plan.iter().any(|l| l.budget == b.id)),
    )
}
