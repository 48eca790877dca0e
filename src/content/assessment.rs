//! The maturity self-assessment's words: a statement per stage for each dimension, the basic
//! capabilities and their functions, the strategic drivers, and the health checks (the five
//! components, the five signs, the fitness test). Keys are stable: saved answers use them.

use crate::domain::assessment::{Dimension, MaturityStage};

/// What a team at `stage` looks like on `dimension`, in one or two sentences.
pub fn statement(dimension: Dimension, stage: MaturityStage) -> &'static str {
    use Dimension::*;
    use MaturityStage::*;
    match (dimension, stage) {
        (TeamLeadership, Unaware) => "Nobody owns marketing operations. Someone gives the automation tool a few hours a week and borrows help from IT or finance when stuck.",
        (TeamLeadership, Efficient) => "One person, or a small team, works on ops most of the time, but with little budget and a remit few people outside could describe.",
        (TeamLeadership, Effective) => "Ops is a funded, dedicated function whose leader thinks strategically and is judged on marketing's financial results.",
        (TeamLeadership, CustomerCentric) => "Ops leadership is a strategic voice in the company, trusted for customer data and forecasts, not only for running tools.",
        (TeamLeadership, NextGeneration) => "Marketing and customer operations are one team, reporting to marketing, sales or operations, working across the whole customer life cycle.",
        (GoToMarketFocus, Unaware) => "Go-to-market is about the product. Marketing, sales and IT work in silos with high walls between them.",
        (GoToMarketFocus, Efficient) => "Still product-led; ops mostly automates manual work so the existing campaigns run faster.",
        (GoToMarketFocus, Effective) => "The shift from product to customer is under way, though ops still serves mainly marketing's own needs.",
        (GoToMarketFocus, CustomerCentric) => "The customer is the organising idea: ops brings the voice of the customer into decisions at every level.",
        (GoToMarketFocus, NextGeneration) => "One line of sight on each customer, from first touch to renewal and expansion, shared by every customer-facing team.",
        (MartechStack, Unaware) => "A basic stack, usually a marketing automation platform, with no plan or roadmap for tools or data.",
        (MartechStack, Efficient) => "Tools are chosen, implemented and connected with some care, one system at a time.",
        (MartechStack, Effective) => "A forward-looking martech plan exists; the work is integrating and tuning the stack.",
        (MartechStack, CustomerCentric) => "The stack is integrated and tuned around the customer, as far as the remaining functional silos allow.",
        (MartechStack, NextGeneration) => "One consolidated stack across marketing, sales and service, able to react to customer changes almost as they happen.",
        (DataInsights, Unaware) => "Interesting data piles up but little is done with it.",
        (DataInsights, Efficient) => "Data hygiene and basic analysis make campaigns more efficient.",
        (DataInsights, Effective) => "Sound insights are widely available and used mainly by marketing and sales.",
        (DataInsights, CustomerCentric) => "Ops is the company's source of customer insight; business insight is on hand at any hour, even if functions are not yet joined up.",
        (DataInsights, NextGeneration) => "A single view of each customer across data and systems drives acquisition and expansion decisions.",
        (MetricsReporting, Unaware) => "There are no real ops metrics; reporting is a scramble after the fact to show results.",
        (MetricsReporting, Efficient) => "Foundational reports and a few rudimentary marketing metrics exist.",
        (MetricsReporting, Effective) => "Marketing is tied to revenue; decisions are made weekly and monthly from ops reports.",
        (MetricsReporting, CustomerCentric) => "Metrics are customer and growth based, such as deal size and lifetime value, and ops forecasts marketing's effect on revenue.",
        (MetricsReporting, NextGeneration) => "Customer and revenue metrics are shared across the life cycle, and the combined structure makes them reachable.",
        (Processes, Unaware) => "Campaign and lead work happens differently every time, person by person.",
        (Processes, Efficient) => "Some best practices appear and manual steps get automated.",
        (Processes, Effective) => "Campaigns are optimised, and ops works with product marketing, finance and sales on shared processes.",
        (Processes, CustomerCentric) => "Every key process, lead management above all, is re-engineered around the customer and agreed with sales.",
        (Processes, NextGeneration) => "One team owns the processes end to end and uses data to settle what changes, quickly and without turf wars.",
        (CharterRole, Unaware) => "Nobody sees ops as a capability of its own, let alone a strategic one.",
        (CharterRole, Efficient) => "The need for ops is accepted, but there is no charter and little commitment.",
        (CharterRole, Effective) => "A charter aims at efficiency and effectiveness through people, process, technology and data, toward stated goals.",
        (CharterRole, CustomerCentric) => "The charter covers accountability, digital transformation and customer centricity, working with every customer-facing function.",
        (CharterRole, NextGeneration) => "A single charter spans marketing and customer operations and is the neutral ground for cross-functional decisions.",
    }
}

/// One of the five basic capabilities, with its functions as `(key, label)`.
pub struct Capability {
    pub name: &'static str,
    pub functions: &'static [(&'static str, &'static str)],
}

/// The five basic capabilities of a marketing operations group.
pub const CAPABILITIES: &[Capability] = &[
    Capability {
        name: "Technology",
        functions: &[
            ("tech.use", "Run the platforms day to day"),
            ("tech.integrate", "Connect the systems"),
            ("tech.recommend", "Recommend improvements"),
            ("tech.optimise", "Tune the systems"),
            ("tech.educate", "Train the people who use them"),
            ("tech.salesops", "Work hand in hand with sales ops"),
        ],
    },
    Capability {
        name: "Data management",
        functions: &[
            ("data.maintain", "Keep the data clean"),
            ("data.analyse", "Analyse what the systems hold"),
            ("data.optimise", "Improve the information itself"),
        ],
    },
    Capability {
        name: "Measurement, analytics and reporting",
        functions: &[
            ("measure.metrics", "Define the metrics"),
            ("measure.analyse", "Analyse the data"),
            ("measure.budgets", "Keep basic budgets"),
            ("measure.report", "Report on a routine"),
            ("measure.insights", "Deliver the insights that matter"),
        ],
    },
    Capability {
        name: "Process",
        functions: &[
            ("process.segment", "Segment the data"),
            ("process.campaigns", "Run campaigns efficiently"),
            ("process.leads", "Manage leads"),
            ("process.practices", "Keep best practices"),
        ],
    },
    Capability {
        name: "Execution",
        functions: &[
            ("exec.qa", "Check campaigns technically before launch"),
            ("exec.projects", "Manage projects"),
        ],
    },
];

/// The three strategic drivers of a strategic ops function, `(key, label, hint)`.
pub const DRIVERS: &[(&str, &str, &str)] = &[
    (
        "accountability",
        "Accountability",
        "Marketing owns a number and plans, budgets and manages pipeline like sales does.",
    ),
    (
        "digital",
        "Digital transformation",
        "Ops works with the rest of the company on data across the customer life cycle.",
    ),
    (
        "customer",
        "Customer centricity",
        "Someone gathers, analyses and shares what prospects and customers say and do.",
    ),
];

/// The five components of a working operating system, `(key, label, what it is)`.
pub const COMPONENTS: &[(&str, &str, &str)] = &[
    ("kpis", "The KPI set", "A short list of metrics, each with a target and an owner; set quarterly."),
    ("dashboard", "The dashboard", "The live view of those KPIs against plan, with variance and trend; refreshed weekly."),
    ("reviews", "The review cadence", "Standing meetings against the dashboard: weekly, monthly, quarterly."),
    ("report", "The monthly written report", "A short narrative for the executive, built from the dashboard."),
    ("plan", "The plan and budget", "What the dashboard is measured against, with budget allocations; quarterly inside the year."),
];

/// The signs a team runs without an operating system, `(key, label)`.
pub const SIGNS: &[(&str, &str)] = &[
    (
        "two_lists",
        "Two people in the team would name two different lists of top KPIs.",
    ),
    (
        "two_dashboards",
        "The team's dashboard is not the one the executive looks at.",
    ),
    (
        "rebuilt_review",
        "The monthly review is rebuilt from scratch every month.",
    ),
    (
        "unwritten_targets",
        "Targets live in a strategy deck or in someone's memory, not where everyone can read them.",
    ),
    (
        "leave_slows",
        "When a senior person is away, the function visibly slows down.",
    ),
];

pub use crate::domain::maturity::SIGNS_ALARM;

/// The four-question fitness test, `(key, question)`.
pub const FITNESS: &[(&str, &str)] = &[
    ("scalable", "Do you follow a marketing process that is consistent and repeatable enough to scale?"),
    ("accountable", "Does the team work on accountability: goals, KPIs and clear roles for each person?"),
    ("market_driven", "Is your product and service strategy driven by the market: segmented, value-aligned, led by the voice of the customer?"),
    ("efficient", "Has the team reached efficient execution: aligned across functions, fast, and productive in creating demand?"),
];

/// Where in the model to work on a dimension: (route segment, anchor, what to do there).
pub fn where_to_work(d: Dimension) -> (&'static str, &'static str, &'static str) {
    use Dimension::*;
    match d {
        TeamLeadership => ("mapping", "team", "Stage 2: your team and who owns what"),
        GoToMarketFocus => ("dialogue", "", "Stage 1: the dialogue with your market"),
        MartechStack => (
            "operations",
            "pathways",
            "Stage 3: the systems behind each flow",
        ),
        DataInsights => (
            "mapping",
            "map",
            "Stage 2: the inputs you gather from the market",
        ),
        MetricsReporting => (
            "operations",
            "rhythm",
            "Stage 3: the KPI short list and scorecard",
        ),
        Processes => ("operations", "raci", "Stage 3: RACI and service levels"),
        CharterRole => (
            "operations",
            "communication",
            "Stage 3: teaching the system to the company",
        ),
    }
}

/// One sentence on how the overall stage was reached from the areas' answers.
pub fn how_reached(o: &crate::domain::maturity::Outcome) -> Option<String> {
    let stage = o.stage?;
    let base = if o.capped_by.is_empty() {
        stage
    } else {
        MaturityStage::from_index(stage.index() + 1)
    };
    let reach = o
        .scores
        .iter()
        .filter(|(d, s)| {
            let lower = usize::from(o.discounted.contains(d));
            (*s as usize).saturating_sub(lower) >= base.index()
        })
        .count();
    let names = |ds: &[Dimension]| {
        let mut v: Vec<&str> = ds
            .iter()
            .map(|d| crate::content::dimension_label(*d))
            .collect();
        match v.len() {
            0 | 1 => v.join(""),
            _ => {
                let last = v.pop().unwrap_or_default();
                format!("{} and {last}", v.join(", "))
            }
        }
    };
    let areas = if o.answered == 1 { "area" } else { "areas" };
    let mut s = if base == MaturityStage::Unaware {
        format!("Your {} answered {areas} sit at Unaware", o.answered)
    } else {
        format!(
            "{reach} of your {} answered {areas} reach {} or above",
            o.answered,
            base.label()
        )
    };
    if !o.discounted.is_empty() {
        s.push_str(&format!(
            " (with {} counted one stage lower for want of evidence)",
            names(&o.discounted)
        ));
    }
    if o.capped_by.is_empty() {
        s.push_str(&format!(", so you are at {}.", stage.label()));
    } else {
        let verb = if o.capped_by.len() == 1 {
            "sits"
        } else {
            "sit"
        };
        s.push_str(&format!(
            ", but {} {verb} two or more stages lower, which holds you at {}.",
            names(&o.capped_by),
            stage.label()
        ));
    }
    Some(s)
}

/// A stored key or value of the assessment by the name its pages give it, from the stored
/// field it sits in: an area under "answers", a stage under "stage", a checklist item under
/// its list. Used where versions and replies are compared (`domain::diff::Names`).
pub fn stored_name(field: &str, key: &str) -> Option<String> {
    let stored = |v: serde_json::Value| v.as_str() == Some(key);
    let found = match field {
        "answers" | "scores" => Dimension::ALL
            .into_iter()
            .find(|d| serde_json::to_value(d).is_ok_and(stored))
            .map(super::dimension_label),
        "stage" => MaturityStage::ALL
            .into_iter()
            .find(|s| serde_json::to_value(s).is_ok_and(stored))
            .map(MaturityStage::label),
        "capabilities" => CAPABILITIES
            .iter()
            .flat_map(|c| c.functions.iter())
            .find(|(k, _)| *k == key)
            .map(|(_, label)| *label),
        "drivers" => DRIVERS.iter().find(|d| d.0 == key).map(|d| d.1),
        "components" | "cadence_kept" => COMPONENTS.iter().find(|c| c.0 == key).map(|c| c.1),
        "signs" => SIGNS.iter().find(|s| s.0 == key).map(|s| s.1),
        "fitness" => FITNESS.iter().find(|f| f.0 == key).map(|f| f.1),
        _ => None,
    };
    found.map(str::to_string)
}

/// Where in the model a health check's answer comes from, in a sentence.
pub fn evidence(e: &crate::domain::maturity::Evidence) -> String {
    use crate::domain::maturity::Evidence as E;
    let kpis = |n: usize| {
        if n == 1 {
            "1 KPI".to_string()
        } else {
            format!("{n} KPIs")
        }
    };
    match e {
        E::KpisComplete(1) => {
            "Stage 3: 1 KPI on the short list, with a target and an owner.".into()
        }
        E::KpisComplete(n) => format!(
            "Stage 3: {} on the short list, each with a target and an owner.",
            kpis(*n)
        ),
        E::KpisIncomplete { total, missing } => format!(
            "Stage 3: {} on the short list, {missing} without a target or an owner.",
            kpis(*total)
        ),
        E::Dashboard(place) => format!("Stage 3: the dashboard lives in {place}."),
        E::Reviews(3) => {
            "Stage 3: weekly, monthly and quarterly reviews each have an owner and a day.".into()
        }
        E::Reviews(n) => format!(
            "Stage 3: {n} of the 3 reviews {} an owner and a day.",
            if *n == 1 { "has" } else { "have" }
        ),
        E::ReportOwner(who) => format!("Stage 3: {who} writes the monthly report."),
        E::BudgetThisQuarter(q) => format!("Stage 3: budget lines for {q}."),
        E::BudgetNotThisQuarter(q) => {
            format!("Stage 3: budget lines, but none for this quarter ({q}).")
        }
        E::ScorecardRunning => {
            "Stage 3: the weekly scorecard has an owner and recent weeks filled in.".into()
        }
        E::ScorecardWithoutActuals => {
            "Stage 3: the weekly scorecard has an owner, but no actuals for the last two weeks."
                .into()
        }
        E::ActualsWithoutOwner => {
            "Stage 3: recent actuals are recorded, but the weekly review has no owner.".into()
        }
        E::Accountable => "Stage 3: every KPI on the short list has an owner and every RACI row one accountable role.".into(),
        E::PartlyAccountable => {
            "Stage 3: KPI owners or RACI rows are in place, but not both.".into()
        }
    }
}
