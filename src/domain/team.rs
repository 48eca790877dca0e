//! The marketing-operations charter: its parts (outcomes, the business drivers it serves, its
//! scope), the text composed from them or written by the user, and a plain reading of whether
//! that text is an operational charter or a strategic one.

use super::assessment::MaturityStage;
use super::ids::{FlowId, OpsId};
use serde::{Deserialize, Serialize};

/// The three business drivers behind a strategic marketing-operations function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Driver {
    Accountability,
    DigitalTransformation,
    CustomerCentricity,
}

impl Driver {
    pub const ALL: [Driver; 3] = [
        Driver::Accountability,
        Driver::DigitalTransformation,
        Driver::CustomerCentricity,
    ];

    /// The driver's name.
    pub fn label(self) -> &'static str {
        match self {
            Driver::Accountability => "Accountability for business results",
            Driver::DigitalTransformation => "Digital transformation of the company",
            Driver::CustomerCentricity => "Customer centricity",
        }
    }

    /// The words that show a charter serves this driver (lower case, matched as parts of
    /// words).
    fn signs(self) -> &'static [&'static str] {
        match self {
            Driver::Accountability => &[
                "accountab",
                "revenue",
                "pipeline",
                "roi",
                "return on",
                "growth",
                "business result",
                "financial",
                "forecast",
                "quota",
            ],
            Driver::DigitalTransformation => &["digital transformation", "transform"],
            Driver::CustomerCentricity => &[
                "customer-centric",
                "customer centric",
                "customer intimacy",
                "customer focus",
                "customer experience",
                "customer insight",
                "voice of the customer",
                "customer life cycle",
                "customer lifecycle",
                "customer at the centre",
                "customer at the center",
            ],
        }
    }

    /// What the composed charter says for this driver.
    fn clause(self) -> &'static str {
        match self {
            Driver::Accountability => "make marketing accountable for revenue and growth",
            Driver::DigitalTransformation => "help lead the company's digital transformation",
            Driver::CustomerCentricity => {
                "make the company customer-centric, with customer insight behind its decisions"
            }
        }
    }
}

/// How far the group's remit reaches.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CharterScope {
    #[default]
    Unset,
    /// The marketing team's own people, processes and technology.
    Marketing,
    /// Marketing and every customer-facing function (sales, service, customer success).
    CustomerFacing,
}

/// The marketing-operations charter.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Charter {
    /// The outcomes the group is responsible for delivering, in the user's words.
    pub outcomes: String,
    /// The business drivers it serves.
    pub drivers: Vec<Driver>,
    pub scope: CharterScope,
    /// The charter as the user wrote or edited it; empty means the text composed from the
    /// parts above.
    pub text: String,
}

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

/// Where a flow sits in the customer life cycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Lifecycle {
    /// Winning new customers.
    Acquisition,
    /// Keeping and growing existing customers.
    Expansion,
    Both,
}

impl Lifecycle {
    pub const ALL: [Lifecycle; 3] = [
        Lifecycle::Acquisition,
        Lifecycle::Expansion,
        Lifecycle::Both,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Lifecycle::Acquisition => "Acquisition",
            Lifecycle::Expansion => "Expansion (existing customers)",
            Lifecycle::Both => "Both",
        }
    }

    fn acquires(self) -> bool {
        matches!(self, Lifecycle::Acquisition | Lifecycle::Both)
    }

    fn expands(self) -> bool {
        matches!(self, Lifecycle::Expansion | Lifecycle::Both)
    }
}

const EXPANSION_WORDS: &[&str] = &[
    "renew",
    "upsell",
    "up-sell",
    "cross-sell",
    "cross sell",
    "expansion",
    "expand",
    "retention",
    "retain",
    "churn",
    "loyal",
    "advoca",
    "referral",
    "nps",
    "onboard",
    "adoption",
    "customer success",
    "existing customer",
    "installed base",
    "install base",
    "account growth",
    "user group",
    "community",
];
const ACQUISITION_WORDS: &[&str] = &[
    "lead",
    "prospect",
    "mql",
    "sql",
    "pipeline",
    "acquisition",
    "new logo",
    "new business",
    "demand",
    "inbound",
    "outbound",
    "awareness",
    "traffic",
    "trial",
    "sign-up",
    "signup",
];

/// A suggestion from a flow's name and KPIs, for flows the user has not placed yet.
pub fn suggest_lifecycle(flow: &super::mapping::Flow) -> Option<Lifecycle> {
    let mut text = flow.name.to_lowercase();
    for k in &flow.kpis {
        text.push(' ');
        text.push_str(&k.metric.to_lowercase());
    }
    let has = |words: &[&str]| words.iter().any(|w| text.contains(w));
    match (has(ACQUISITION_WORDS), has(EXPANSION_WORDS)) {
        (true, true) => Some(Lifecycle::Both),
        (true, false) => Some(Lifecycle::Acquisition),
        (false, true) => Some(Lifecycle::Expansion),
        (false, false) => None,
    }
}

/// One flow in the life-cycle view.
#[derive(Clone, Debug, PartialEq)]
pub struct LifecycleRow {
    pub flow: FlowId,
    pub name: String,
    /// The user's placing, or else the suggestion.
    pub lifecycle: Option<Lifecycle>,
    /// True when `lifecycle` is only a suggestion.
    pub suggested: bool,
    pub kpis: Vec<String>,
}

/// The team's flows and KPIs across acquisition and expansion.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LifecycleView {
    pub rows: Vec<LifecycleRow>,
    pub acquisition: (usize, usize),
    pub expansion: (usize, usize),
    /// People (FTE) in sub-functions that run at least one expansion flow.
    pub expansion_fte: f64,
    /// Budget on those sub-functions.
    pub expansion_budget: f64,
}

impl LifecycleView {
    /// Nothing goes to existing customers: no people and no budget behind any expansion flow.
    pub fn spends_nothing_on_expansion(&self) -> bool {
        self.expansion_fte <= 0.0 && self.expansion_budget <= 0.0
    }
}

/// Places every Stage 2 flow in the customer life cycle and counts the effort on each side.
pub fn lifecycle_view(doc: &super::Document) -> LifecycleView {
    let m = &doc.mapping;
    let placed = &doc.operations.team.lifecycle;
    let mut v = LifecycleView::default();
    let mut owners = Vec::new();
    for f in &m.flows {
        let own = placed.iter().find(|(id, _)| *id == f.id).map(|(_, l)| *l);
        let lifecycle = own.or_else(|| suggest_lifecycle(f));
        let kpis: Vec<String> = f
            .kpis
            .iter()
            .map(|k| k.metric.trim().to_string())
            .filter(|k| !k.is_empty())
            .collect();
        if let Some(l) = lifecycle {
            if l.acquires() {
                v.acquisition.0 += 1;
                v.acquisition.1 += kpis.len();
            }
            if l.expands() {
                v.expansion.0 += 1;
                v.expansion.1 += kpis.len();
                if let Some(o) = f.owner {
                    if !owners.contains(&o) {
                        owners.push(o);
                    }
                }
            }
        }
        v.rows.push(LifecycleRow {
            flow: f.id,
            name: f.name.trim().to_string(),
            lifecycle,
            suggested: own.is_none() && lifecycle.is_some(),
            kpis,
        });
    }
    for o in owners {
        if let Some(sf) = m.sub_functions.iter().find(|s| s.id == o) {
            v.expansion_fte += sf.fte.max(0.0);
            v.expansion_budget += doc
                .operations
                .budget
                .iter()
                .filter(|b| b.subject.trim().eq_ignore_ascii_case(sf.name.trim()))
                .map(|b| b.amount.max(0.0))
                .sum::<f64>();
        }
    }
    v
}

/// Who decides that a lead is worth sales' time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    #[default]
    Unset,
    Marketing,
    SalesDevelopment,
    Sales,
}

impl Qualifier {
    pub const ALL: [Qualifier; 4] = [
        Qualifier::Unset,
        Qualifier::Marketing,
        Qualifier::SalesDevelopment,
        Qualifier::Sales,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Qualifier::Unset => "Not agreed yet",
            Qualifier::Marketing => "Marketing",
            Qualifier::SalesDevelopment => "Sales development (SDRs)",
            Qualifier::Sales => "Sales",
        }
    }
}

/// The agreement between marketing and sales on what makes a lead worth sales' time and what
/// happens to it then. Recorded in Stage 3 as an SLA.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct HandOff {
    /// The buying-decision signals a lead must show, one per line.
    pub criteria: String,
    pub qualifier: Qualifier,
    /// How soon sales follows up a lead that meets the criteria, in hours.
    pub follow_up_hours: Option<u32>,
    /// When both sides review the hand-off each week.
    pub review_day: String,
    pub review_attendees: String,
    /// Who signed up to it on each side.
    pub marketing_signatory: String,
    pub sales_signatory: String,
    /// The Stage 3 SLA it is recorded as.
    pub sla: Option<OpsId>,
}

impl HandOff {
    /// The criteria, one per line, blanks skipped.
    pub fn criteria_list(&self) -> Vec<&str> {
        self.criteria
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect()
    }

    /// Whether there is anything to record yet.
    pub fn is_started(&self) -> bool {
        !self.criteria_list().is_empty() || self.follow_up_hours.is_some()
    }

    /// Signed by both sides.
    pub fn is_agreed(&self) -> bool {
        !self.marketing_signatory.trim().is_empty() && !self.sales_signatory.trim().is_empty()
    }

    /// What is still missing before both teams can sign, in plain words.
    pub fn missing(&self) -> Vec<&'static str> {
        let mut m = Vec::new();
        if self.criteria_list().is_empty() {
            m.push("the buying signals that make a lead worth sales' time");
        }
        if self.qualifier == Qualifier::Unset {
            m.push("who qualifies a lead");
        }
        if self.follow_up_hours.is_none() {
            m.push("how soon sales follows up");
        }
        if self.review_day.trim().is_empty() {
            m.push("the weekly review");
        }
        m
    }

    /// The Stage 3 SLA this agreement reads as: sales follows up qualified leads within the
    /// agreed time (in whole days, at least one), and misses go to the weekly review.
    pub fn as_sla(&self, id: OpsId) -> super::operations::Sla {
        let who = match self.qualifier {
            Qualifier::Unset => String::new(),
            Qualifier::Marketing => ", qualified by marketing".into(),
            Qualifier::SalesDevelopment => ", qualified by sales development".into(),
            Qualifier::Sales => ", qualified by sales".into(),
        };
        super::operations::Sla {
            id,
            work: format!("Follow up leads that meet the hand-off criteria{who}"),
            provider: "Sales".into(),
            receiver: "Marketing".into(),
            lead_time_days: self.follow_up_hours.map(|h| h.div_ceil(24).max(1)),
            on_miss: if self.review_day.trim().is_empty() {
                "Raised at the weekly lead review".into()
            } else {
                format!(
                    "Raised at the weekly lead review ({})",
                    self.review_day.trim()
                )
            },
        }
    }
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

/// One of today's people and the share of their time on each role.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Person {
    pub id: OpsId,
    pub name: String,
    /// Roles with the full-time equivalents spent on each (0.5 = half their time).
    pub roles: Vec<(Role, f64)>,
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

    pub fn label(self) -> &'static str {
        match self {
            Decision::Hire => "Hire",
            Decision::Train => "Train someone",
            Decision::Outsource => "Outsource",
        }
    }

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
pub fn needs(doc: &super::Document, target: MaturityStage) -> Vec<RoleNeed> {
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
                    .any(|(k, p)| k == d && *p == super::mapping::Presence::Yes)
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
pub fn unrunnable_flows(doc: &super::Document) -> Vec<Unrunnable> {
    let m = &doc.mapping;
    m.flows
        .iter()
        .filter_map(|f| {
            let why = match f
                .owner
                .and_then(|o| m.sub_functions.iter().find(|s| s.id == o))
            {
                None => "No sub-function owns it.".to_string(),
                Some(s) if s.fte <= 0.0 && s.owner.is_none() => {
                    format!("Its owner, {}, has no people (0 FTE).", s.name.trim())
                }
                Some(_) => match doc.operations.pathway(f.id).map(|p| p.expertise) {
                    Some(super::operations::Expertise::ToTrain) => {
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
pub fn plan_totals(doc: &super::Document) -> Vec<(String, f64)> {
    let plan = &doc.operations.team.plan;
    super::operations::totals_by_quarter(
        doc.operations
            .budget
            .iter()
            .filter(|b| plan.iter().any(|l| l.budget == b.id)),
    )
}

/// Which kind of charter a text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CharterKind {
    /// Runs marketing's technology, data and processes efficiently.
    Operational,
    /// A capability that serves the business drivers across every customer-facing function.
    Strategic,
}

impl Charter {
    /// The charter composed from its parts; empty while no part is filled in.
    pub fn composed(&self) -> String {
        let mut parts = Vec::new();
        let outcomes = self.outcomes.trim().trim_end_matches('.');
        if !outcomes.is_empty() {
            parts.push(format!(
                "Marketing operations is responsible for {}.",
                lower_first(outcomes)
            ));
        }
        let drivers: Vec<&str> = Driver::ALL
            .iter()
            .filter(|d| self.drivers.contains(d))
            .map(|d| d.clause())
            .collect();
        if !drivers.is_empty() {
            parts.push(format!("It exists to {}.", join_and(&drivers)));
        }
        match self.scope {
            CharterScope::Unset => {}
            CharterScope::Marketing => parts.push(
                "It works within marketing, on the marketing team's people, processes and technology."
                    .into(),
            ),
            CharterScope::CustomerFacing => parts.push(
                "It works on people, processes and technology across marketing and every customer-facing function: sales, service and customer success."
                    .into(),
            ),
        }
        parts.join(" ")
    }

    /// The charter's text: the user's own when written, otherwise the composed one.
    pub fn effective_text(&self) -> String {
        if self.text.trim().is_empty() {
            self.composed()
        } else {
            self.text.clone()
        }
    }

    /// Fills the parts with a typical charter of this kind, keeping any outcomes written.
    pub fn start_from(&mut self, kind: CharterKind) {
        match kind {
            CharterKind::Operational => {
                if self.outcomes.trim().is_empty() {
                    self.outcomes = "running marketing's technology, data and reporting so that campaigns go out efficiently and the team meets its lead targets".into();
                }
                self.drivers.clear();
                self.scope = CharterScope::Marketing;
            }
            CharterKind::Strategic => {
                if self.outcomes.trim().is_empty() {
                    self.outcomes = "forecasting and proving marketing's contribution to revenue, and the customer data and insight leaders decide with".into();
                }
                self.drivers = Driver::ALL.to_vec();
                self.scope = CharterScope::CustomerFacing;
            }
        }
        self.text.clear();
    }
}

/// How a charter's text reads.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    pub kind: CharterKind,
    /// The drivers the text serves, by its words.
    pub drivers: Vec<Driver>,
    /// Whether its remit reaches past marketing.
    pub beyond_marketing: bool,
    /// The reading in plain words.
    pub summary: String,
    /// What would make it strategic (empty when it is).
    pub to_strategic: Vec<String>,
}

const BEYOND_MARKETING: &[&str] = &[
    "sales",
    "customer-facing",
    "customer facing",
    "service",
    "customer success",
    "support",
    "company-wide",
    "across the company",
    "organisation-wide",
    "organization-wide",
    "cross-functional",
    "whole company",
    "all functions",
    "every function",
];

/// Reads a charter: strategic when it serves at least two of the three business drivers and
/// reaches beyond marketing; operational otherwise. None for a blank text.
pub fn read_charter(text: &str) -> Option<Reading> {
    let t = text.to_lowercase();
    if t.trim().is_empty() {
        return None;
    }
    let drivers: Vec<Driver> = Driver::ALL
        .into_iter()
        .filter(|d| d.signs().iter().any(|s| t.contains(s)))
        .collect();
    let beyond_marketing = BEYOND_MARKETING.iter().any(|s| t.contains(s));
    let strategic = drivers.len() >= 2 && beyond_marketing;
    let named = join_and(
        &drivers
            .iter()
            .map(|d| d.label().to_lowercase())
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    );
    let mut to_strategic = Vec::new();
    if drivers.len() < 2 {
        let missing: Vec<String> = Driver::ALL
            .iter()
            .filter(|d| !drivers.contains(d))
            .map(|d| d.label().to_lowercase())
            .collect();
        to_strategic.push(format!(
            "Tie it to at least two business drivers; it does not yet speak of {}.",
            join_or(&missing.iter().map(String::as_str).collect::<Vec<_>>())
        ));
    }
    if !beyond_marketing {
        to_strategic.push(
            "Widen its remit past marketing, to sales, service and every customer-facing function."
                .into(),
        );
    }
    let summary = if strategic {
        format!("A strategic charter: it serves {named} and reaches beyond marketing.")
    } else if drivers.is_empty() {
        "An operational charter: it is about running marketing well (its tools, data and processes), not about the business results the group drives.".into()
    } else {
        format!(
            "An operational charter: it touches on {named}, but {}.",
            if beyond_marketing {
                "a strategic charter serves at least two of the three business drivers"
            } else {
                "its remit stops at marketing"
            }
        )
    };
    Some(Reading {
        kind: if strategic {
            CharterKind::Strategic
        } else {
            CharterKind::Operational
        },
        drivers,
        beyond_marketing,
        summary,
        to_strategic: if strategic { Vec::new() } else { to_strategic },
    })
}

/// The charter a group at this stage usually runs on, and why, in plain words.
pub fn charter_for_stage(stage: Option<MaturityStage>) -> (CharterKind, String) {
    match stage {
        None => (
            CharterKind::Operational,
            "Answer the maturity assessment to see which charter suits your stage. Most groups start operational.".into(),
        ),
        Some(s @ (MaturityStage::CustomerCentric | MaturityStage::NextGeneration)) => (
            CharterKind::Strategic,
            format!(
                "Your assessment puts marketing operations at the {} stage: a strategic charter fits, serving the business drivers across every customer-facing function.",
                s.label()
            ),
        ),
        Some(s) => (
            CharterKind::Operational,
            format!(
                "Your assessment puts marketing operations at the {} stage: groups here usually run an operational charter. Reaching the Customer-Centric stage means rewriting it as a strategic one.",
                s.label()
            ),
        ),
    }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        // Keep acronyms ("ROI …") as written.
        Some(f) if c.clone().next().is_some_and(char::is_lowercase) => {
            f.to_lowercase().chain(c).collect()
        }
        _ => s.to_string(),
    }
}

fn join_with(items: &[&str], word: &str) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} {word} {last}", rest.join(", ")),
    }
}

fn join_and(items: &[&str]) -> String {
    join_with(items, "and")
}

fn join_or(items: &[&str]) -> String {
    join_with(items, "or")
}
