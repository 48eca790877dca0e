//! Stage 2 suggestions from the method: a team by size, and typical flows per sub-function
//! and per company function.

use crate::domain::dialogue::ConstituentKind;
use crate::domain::ids::SubFunctionId;
use crate::domain::mapping::{Counterpart, Direction, Scope, SubFunctionKind};
use crate::domain::Document;

/// A flow the method suggests.
pub struct FlowSuggestion {
    pub name: &'static str,
    pub direction: Direction,
    pub scope: Scope,
    /// For a flow with a company function: the sub-function that usually owns it.
    pub lead: &'static str,
    /// For an output: the KPI it usually answers to, filled in when the flow is added.
    pub kpi: &'static str,
    /// For a primary external flow: the constituent on the other side, when the model has it.
    pub reaches: Option<ConstituentKind>,
}

const fn s(name: &'static str, direction: Direction, scope: Scope) -> FlowSuggestion {
    FlowSuggestion {
        name,
        direction,
        scope,
        lead: "",
        kpi: "",
        reaches: Some(ConstituentKind::CustomersProspects),
    }
}

const fn f(name: &'static str, direction: Direction, lead: &'static str) -> FlowSuggestion {
    FlowSuggestion {
        name,
        direction,
        scope: Scope::SecondaryInternal,
        lead,
        kpi: "",
        reaches: None,
    }
}

/// The same suggestion, reaching another constituent than customers and prospects.
const fn to(x: FlowSuggestion, reaches: ConstituentKind) -> FlowSuggestion {
    FlowSuggestion {
        reaches: Some(reaches),
        ..x
    }
}

/// The same suggestion, with the KPI an output usually answers to.
const fn k(x: FlowSuggestion, kpi: &'static str) -> FlowSuggestion {
    FlowSuggestion { kpi, ..x }
}

const PMM: &str = "Product marketing";
const DG: &str = "Demand generation";

use Direction::{Input as I, Output as O};
use Scope::PrimaryExternal as P;

const PRODUCT_MARKETING: &[FlowSuggestion] = &[
    to(s("Competitive intel", I, P), ConstituentKind::Competitors),
    s("Buyer and user research", I, P),
    k(
        to(
            s("Product release campaigns", O, P),
            ConstituentKind::Product,
        ),
        "Pipeline from launches",
    ),
    k(
        s("Website messaging and content", O, P),
        "Website conversion rate",
    ),
    to(
        k(s("Strategic narrative", O, P), "Win rate"),
        ConstituentKind::Brand,
    ),
];

const DEMAND_GENERATION: &[FlowSuggestion] = &[
    s("Social listening", I, P),
    s("Intent data", I, P),
    k(
        s("Digital and traditional advertising", O, P),
        "Cost per lead",
    ),
    k(
        s("End-to-end marketing campaigns", O, P),
        "Marketing-sourced pipeline",
    ),
    k(
        s("Event sponsorship and organisation", O, P),
        "Meetings booked at events",
    ),
];

const MARKETING_OPERATIONS: &[FlowSuggestion] = &[
    s("Marketing performance data", I, P),
    k(s("Nurture campaigns", O, P), "MQL to SQL conversion"),
    k(s("Landing pages", O, P), "Landing page conversion rate"),
];

const BRAND: &[FlowSuggestion] = &[
    to(
        s("Brand awareness and perception research", I, P),
        ConstituentKind::Brand,
    ),
    to(
        k(s("Creative and comms campaigns", O, P), "Share of voice"),
        ConstituentKind::Brand,
    ),
];

const SALES: &[FlowSuggestion] = &[
    f("Common objections by persona", I, PMM),
    f("Content gaps by vertical or persona", I, PMM),
    k(
        f("Sales enablement and pitch decks", O, PMM),
        "Content used in deals",
    ),
    k(
        f("Case studies and ROI calculators", O, PMM),
        "Deals influenced",
    ),
    k(
        f("Campaign briefings", O, DG),
        "Leads followed up within the SLA",
    ),
];

const BUSINESS_DEVELOPMENT: &[FlowSuggestion] = &[
    f("Outreach messaging effectiveness", I, DG),
    k(f("Call scripts and email templates", O, DG), "Reply rate"),
];

const PRODUCT: &[FlowSuggestion] = &[
    f("Product NPS, usage and adoption data", I, PMM),
    k(
        f("Market and competitive insight for the roadmap", O, PMM),
        "Roadmap decisions informed",
    ),
    k(
        f("Launch positioning and content", O, PMM),
        "Launches ready on time",
    ),
];

const CUSTOMER_SUCCESS: &[FlowSuggestion] = &[
    f("Account health and CSAT", I, PMM),
    k(f("Customer comms and nurtures", O, DG), "Product adoption"),
    k(
        f("Advocacy and referral programs", O, DG),
        "Referral pipeline",
    ),
];

/// Primary external flows typical of a sub-function, matched by its name.
pub fn sub_function_flows(name: &str) -> &'static [FlowSuggestion] {
    match name.trim().to_lowercase().as_str() {
        "product marketing" => PRODUCT_MARKETING,
        "demand generation" => DEMAND_GENERATION,
        "marketing operations" => MARKETING_OPERATIONS,
        "brand" => BRAND,
        _ => &[],
    }
}

/// Secondary internal flows typical of working with a company function, matched by name.
pub fn function_flows(name: &str) -> &'static [FlowSuggestion] {
    match name.trim().to_lowercase().as_str() {
        "sales" => SALES,
        "business development" => BUSINESS_DEVELOPMENT,
        "product" => PRODUCT,
        "customer success" => CUSTOMER_SUCCESS,
        _ => &[],
    }
}

/// The sub-functions to start with for a marketing team of `people`.
pub fn team_for_size(people: u32) -> &'static [(&'static str, SubFunctionKind)] {
    use SubFunctionKind::{Core, SharedResource};
    match people {
        0..=2 => &[
            ("Product marketing", Core),
            ("Demand generation", Core),
            ("Design", SharedResource),
        ],
        3..=8 => &[
            ("Product marketing", Core),
            ("Demand generation", Core),
            ("Marketing operations", Core),
            ("Design", SharedResource),
        ],
        _ => &[
            ("Product marketing", Core),
            ("Demand generation", Core),
            ("Marketing operations", Core),
            ("Brand", Core),
            ("Design", SharedResource),
            ("RevOps", SharedResource),
        ],
    }
}

/// A flow the method suggests for this model, ready to add: from one of its sub-functions or
/// company functions, with the owner it most likely has.
#[derive(Clone, Debug, PartialEq)]
pub struct Suggested {
    pub name: &'static str,
    pub direction: Direction,
    pub scope: Scope,
    /// The sub-function or company function it comes from.
    pub from: String,
    pub owner: Option<SubFunctionId>,
    pub counterpart: Option<Counterpart>,
    /// The KPI an output usually answers to ("" for none).
    pub kpi: &'static str,
}

/// Every suggested flow not yet on the map (by name) nor skipped, sub-functions' first.
pub fn suggested(doc: &Document) -> Vec<Suggested> {
    let m = &doc.mapping;
    // Each flow's name lowered once, not once per suggestion: a big map has 1,000 of them.
    let on_map: std::collections::HashSet<String> = m
        .flows
        .iter()
        .map(|f| f.name.trim().to_lowercase())
        .collect();
    let taken = |name: &str| {
        let key = name.to_lowercase();
        m.skipped.contains(&key) || on_map.contains(&key)
    };
    let by_name = |name: &str| {
        m.sub_functions
            .iter()
            .find(|s| s.name.trim().eq_ignore_ascii_case(name))
            .map(|s| s.id)
    };
    let first_core = m
        .sub_functions
        .iter()
        .find(|s| s.kind == SubFunctionKind::Core)
        .map(|s| s.id);
    let mut out: Vec<Suggested> = Vec::new();
    let mut push = |x: Suggested| {
        if !taken(x.name) && !out.iter().any(|o| o.name == x.name) {
            out.push(x);
        }
    };
    let constituent = |kind: Option<ConstituentKind>| {
        let kind = kind?;
        doc.dialogue
            .constituents
            .iter()
            .find(|c| c.enabled && c.kind == kind)
            .map(|c| Counterpart::Constituent(c.id))
    };
    for sub in &m.sub_functions {
        for x in sub_function_flows(&sub.name) {
            push(Suggested {
                name: x.name,
                direction: x.direction,
                scope: x.scope,
                from: sub.name.trim().to_string(),
                owner: Some(sub.id),
                counterpart: constituent(x.reaches),
                kpi: x.kpi,
            });
        }
    }
    for func in &m.functions {
        for x in function_flows(&func.name) {
            push(Suggested {
                name: x.name,
                direction: x.direction,
                scope: x.scope,
                from: func.name.trim().to_string(),
                owner: by_name(x.lead).or(first_core),
                counterpart: Some(Counterpart::Function(func.id)),
                kpi: x.kpi,
            });
        }
    }
    out
}

/// The marketing-to-marketing loop's practices: `(practice, question, the action it asks)`.
pub const PRACTICES: [(crate::domain::mapping::TeamPractice, &str, &str); 4] = {
    use crate::domain::mapping::TeamPractice::*;
    [
        (
            KnowledgeSharing,
            "Regular sessions to share what the team learns",
            "Hold regular sessions where the team shares what it learns",
        ),
        (
            CustomerCallAnalysis,
            "Customer call analysis and customer-exposure hours",
            "Analyse customer calls and give everyone time with customers",
        ),
        (
            SharedCalendar,
            "An up-to-date marketing calendar other teams can see",
            "Keep a marketing calendar other teams can see",
        ),
        (
            TeamCharter,
            "A team charter and agreed ways of working",
            "Agree a team charter and ways of working",
        ),
    ]
};

/// The knowledge-and-skill questions: `(question key, question, the action it asks)`.
pub const SKILLS: [(crate::domain::mapping::SkillQuestion, &str, &str); 4] = {
    use crate::domain::mapping::SkillQuestion::*;
    [
        (
            DemoProduct,
            "Can everyone in marketing give a basic product demo?",
            "Teach everyone in marketing a basic product demo",
        ),
        (
            PitchValueProposition,
            "Can everyone pitch the value proposition in a minute?",
            "Teach everyone a one-minute pitch of the value proposition",
        ),
        (
            DescribeSalesProcess,
            "Does the team know the sales process, its stages and hand-offs?",
            "Walk the team through the sales process and its hand-offs",
        ),
        (
            FindOtherTeamsMetrics,
            "Does the team know where other teams' metrics live?",
            "Show the team where other teams' metrics live",
        ),
    ]
};
