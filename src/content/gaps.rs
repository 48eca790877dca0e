//! The gap list's words: the areas it groups by, how it ranks, and each gap titled as the
//! action that closes it.

use crate::domain::gaps::{GapArea, Severity};

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
