//! The gap list's words: the areas it groups by, how it ranks, and each gap titled as the
//! action that closes it, with why and a starting hypothesis.

use crate::domain::dialogue::DialogueSide;
use crate::domain::gaps::{Gap, GapArea, GapKind, Severity};
use crate::domain::ids::Timestamp;
use crate::domain::target::Target;
use crate::domain::Document;

/// A gap as the pages show it: the domain's gap and its words.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    /// Stable while the gap lasts; an action made from it keeps this as its source.
    pub key: String,
    pub area: GapArea,
    pub severity: Severity,
    /// Where in the model to work on it.
    pub target: Target,
    /// The action that closes it, e.g. "Give “Webinars” an owner".
    pub title: String,
    /// What is wrong, in a sentence.
    pub why: String,
    /// A starting hypothesis for the action.
    pub hypothesis: String,
}

/// Every gap of the model, in the gap list's order, with its words.
pub fn list(d: &Document, now: Timestamp) -> Vec<Shown> {
    d.gaps(now).into_iter().map(|g| shown(d, g)).collect()
}

/// One gap with its words.
pub fn shown(d: &Document, g: Gap) -> Shown {
    let (title, why, hypothesis) = words(d, &g.kind);
    Shown {
        key: g.key,
        area: g.area,
        severity: g.severity,
        target: g.target,
        title,
        why,
        hypothesis,
    }
}

/// A gap's title, why and hypothesis.
fn words(d: &Document, kind: &GapKind) -> (String, String, String) {
    use super::assessment::{COMPONENTS, DRIVERS, FITNESS};
    use super::dimension_label;
    let s = |x: &str| x.to_string();
    match kind {
        GapKind::Category { name, side } => {
            let (side, verb) = if *side == DialogueSide::ListenLearn {
                ("Side A (listen & learn)", "Start listening through")
            } else {
                ("Side B (educate & persuade)", "Start reaching the market through")
            };
            (
                format!("{verb} {name}"),
                format!("{side}: nothing covers {name} today."),
                format!("If {name} is covered, the dialogue with the market has one hole fewer."),
            )
        }
        GapKind::Program { program, constituent } => (
            format!("Put in place: {program} ({constituent})"),
            format!("{constituent} has no {program} yet."),
            format!("With {program} in place, marketing to {constituent} rests on groundwork rather than guesswork."),
        ),
        GapKind::Flow { name } => (
            format!("Start the flow “{name}”"),
            format!("“{name}” is marked as a gap in the map."),
            format!("Once “{name}” runs, the map has one gap fewer; see whether its KPI moves."),
        ),
        GapKind::Finding(f) => {
            let why = super::findings::describe(d, f);
            let hypothesis = format!("Fixing this closes a gap in the map: {why}");
            (super::findings::action(d, f), why, hypothesis)
        }
        GapKind::TeamLoop(p) => {
            let (_, question, action) = super::mapping::PRACTICES
                .iter()
                .find(|(k, _, _)| k == p)
                .copied()
                .unwrap_or((*p, "", ""));
            (
                s(action),
                format!("The marketing-to-marketing loop: not yet “{question}”."),
                s("When the team shares what it learns, each sub-function works from the same picture."),
            )
        }
        GapKind::Skill(q) => {
            let (_, question, action) = super::mapping::SKILLS
                .iter()
                .find(|(k, _, _)| k == q)
                .copied()
                .unwrap_or((*q, "", ""));
            (
                s(action),
                format!("Knowledge and skills: the answer to “{question}” is not yet yes."),
                s("With the basics known to everyone, any member of the team can speak for the product."),
            )
        }
        GapKind::Role { role, target } => (
            format!("Hire, train or outsource: {}", role.label()),
            format!(
                "The {} stage needs {}, and nobody in the team covers it.",
                target.label(),
                role.label()
            ),
            format!(
                "With {} covered, the team can reach the {} stage.",
                role.label(),
                target.label()
            ),
        ),
        GapKind::Pathway { flow, missing } => {
            let parts: Vec<&str> = missing.iter().map(|g| pathway_part(*g)).collect();
            (
                format!("Complete the pathway of “{flow}”"),
                format!("“{flow}” still lacks: {}.", parts.join(", ")),
                s("With its tools, skills and people agreed, the flow stops stalling at hand-offs."),
            )
        }
        GapKind::NoPathways(n) => (
            s("Agree how each flow is run: systems, expertise and resource"),
            match n {
                1 => s("1 flow has no process pathway yet."),
                n => format!("{n} flows have no process pathway yet."),
            },
            s("If every recurring flow has its tools, skills and people agreed, hand-offs stop stalling."),
        ),
        GapKind::Raci { subject } => (
            format!("Name one accountable and a responsible role for “{subject}”"),
            format!("The RACI row “{subject}” needs one accountable role and a responsible one."),
            s("With one owner and a doer named, the work stops falling between teams."),
        ),
        GapKind::OffTrack { metric } => (
            format!("Bring “{metric}” back on track"),
            format!("“{metric}” is off track for the quarter so far."),
            format!("Find what drives “{metric}” and change it; watch the weekly trend."),
        ),
        GapKind::Capped(dim) => {
            let label = dimension_label(*dim);
            (
                format!("Raise {label}, the area holding your maturity back"),
                format!("{label} holds the overall maturity back."),
                s("Raising the weakest area lifts the overall stage."),
            )
        }
        GapKind::Evidence(dim) => {
            let label = dimension_label(*dim);
            (
                format!("Name the evidence behind your claim for {label}"),
                format!("{label} counts one stage lower until an artefact or a metric backs it."),
                s("With evidence written down, the result says what the team can show, not what it hopes."),
            )
        }
        GapKind::Component { key, missing } => {
            let label = COMPONENTS.iter().find(|c| c.0 == *key).map_or(*key, |c| c.1);
            let how = if *missing { "missing" } else { "only partly in place" };
            (
                s(action_for(key)),
                format!("{label} is {how}."),
                s("With this component in place, the team runs on structure rather than on heroics."),
            )
        }
        GapKind::Fitness(key) => {
            let q = FITNESS.iter().find(|c| c.0 == *key).map_or(*key, |c| c.1);
            (
                s(action_for(key)),
                format!("Fitness test, not yet: {q}"),
                s("Passing the fitness test is what makes the operating system hold under growth."),
            )
        }
        GapKind::Rhythm => (
            s("Review a weekly scorecard inside a quarterly plan"),
            s("The weekly scorecard rhythm is not running yet."),
            s("With a weekly look at the numbers, problems show in days rather than at the quarter's end."),
        ),
        GapKind::Signs(n) => (
            s("Move the work from people's heads into a system"),
            format!("{n} of 5 signs say the operating system is missing."),
            s("When targets, lists and reviews are written down, the team keeps going when someone is away."),
        ),
        GapKind::Driver(key) => {
            let label = DRIVERS.iter().find(|c| c.0 == *key).map_or(*key, |c| c.1);
            (
                s(action_for(key)),
                format!("The strategic driver {label} is not yet in place."),
                s("The drivers are what turn an ops group into a strategic one."),
            )
        }
        GapKind::Question { key, current, ideal } => {
            let q = super::diagnostics::question(key).unwrap_or(key);
            (
                s(action_for(key)),
                format!("{q} (now {current} of 5, aiming for {ideal})"),
                format!("If we raise this from {current} to {ideal}, the flows that depend on it will run better; check again next quarter."),
            )
        }
    }
}

/// The heading of an area on the gap list.
pub fn area_label(a: GapArea) -> &'static str {
    match a {
        GapArea::Market => "Stage 1: the dialogue with your market",
        GapArea::Team => "Stage 2: the marketing team and its flows",
        GapArea::Operations => "Stage 3: running it",
        GapArea::Maturity => "Maturity and health checks",
        GapArea::Diagnostics => "Diagnostic questions",
    }
}

/// The short tag a gap's severity shows.
pub fn severity_label(s: Severity) -> &'static str {
    match s {
        Severity::High => "High",
        Severity::Medium => "Medium",
        Severity::Low => "Low",
    }
}

/// How the list is ordered, as the page states it.
pub const RANKING_RULE: &str = "Grouped by stage in the method's order. Inside each group, high severity comes first, then medium, then low; gaps of the same severity keep the order of your model. High means the model cannot work as it stands (a flow with no owner, an output nobody measures, a missing component, an area holding your maturity back, a rating three or more points below its ideal); medium means it works badly; low is worth doing when there is time. The order changes only when your model does.";

/// The action that closes a gap in a diagnostic question, a health component, a fitness
/// question or a strategic driver, by its key. Unknown keys get a general title.
pub fn action_for(key: &str) -> &'static str {
    match key {
        // Diagnostic questions.
        "ab.listening" => "Make the listening programs steer decisions",
        "ab.audience" => "Pin down who you sell to and what hurts them",
        "ab.capacity" => {
            "Give the input and output programs the tools, skills and people they need"
        }
        "ab.awareness" => "Raise and correct how the market sees you against competitors",
        "ab.best" => "Find out which programs work best, and why",
        "loops.perception" => "Map how the market sees you and who shapes that view",
        "loops.internal" => "Give internal communication an owner and a process",
        "market.icp" => "Check the ICP against conversion, lifetime value and deal size",
        "market.tam" => "Size what is left in your segment and choose the next one",
        "market.competitors" => "Complete the list of competitors with what sales hears",
        "market.influencers" => "Start programs for media and analysts",
        "company.remit" => "Write down what marketing is and is not responsible for",
        "company.brand" => "Hold everyone to the brand guidelines",
        "company.value" => "Teach the whole company the value proposition",
        "secondary.flow" => "Find where shared work gets dropped between teams",
        "secondary.rd" => "Plan releases and their campaigns together with R&D",
        "secondary.sales" => "Tell sales about pipeline campaigns before they start",
        "secondary.requests" => "Set one way to brief marketing and follow requests up",
        "secondary.data" => "Agree the channel data revenue operations hands over",
        "team.roles" => "Tell each person their role in the team and the system",
        "team.skills" => "Close the skills the model's KPIs need",
        "team.together" => "Get the sub-functions working together on what they share",
        // The five components.
        "kpis" => "Agree a short list of KPIs with targets and owners",
        "dashboard" => "Build one dashboard of the KPIs against plan",
        "reviews" => "Set standing reviews against the dashboard",
        "report" => "Write a short monthly report for the executive",
        "plan" => "Tie the plan and budget to what the dashboard measures",
        // The fitness test.
        "scalable" => "Make the marketing process repeatable enough to scale",
        "accountable" => "Give each person goals, KPIs and a clear role",
        "market_driven" => "Let the market steer the product and service strategy",
        "efficient" => "Align execution across functions",
        // The strategic drivers.
        "accountability" => "Make marketing own a number and plan pipeline like sales",
        "digital" => "Work with the rest of the company on customer data",
        "customer" => "Gather and share what prospects and customers say and do",
        _ => "Close this gap",
    }
}

/// What a pathway still lacks, in a list after "still lacks:".
pub fn pathway_part(g: crate::domain::operations::PathwayGap) -> &'static str {
    use crate::domain::operations::PathwayGap::*;
    match g {
        Systems => "its systems",
        Expertise => "the expertise to run it",
        Resource => "its teams, lead time or budget owner",
    }
}
