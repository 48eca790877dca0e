//! Stage 3's standard lists: recurring cross-team work that deserves an SLA, forums, and the
//! method's kinds of change in the market, the company and the flows.

use crate::domain::document::ChangeArea;

/// Recurring work between teams where an agreed lead time saves planning pain.
pub const SLA_WORK: &[&str] = &[
    "Product releases",
    "Marketing campaigns",
    "Customer surveys",
    "Event follow-up",
    "CRM update requests",
    "Reporting",
];

/// Forums teams commonly use to move flows' information between them.
pub const FORUMS: &[&str] = &[
    "Weekly pipeline meeting",
    "Monthly product and marketing sync",
    "Quarterly business review",
    "Shared marketing channel",
];

/// The kinds of change the method lists for each area of the system.
pub fn change_kinds(area: ChangeArea) -> &'static [&'static str] {
    match area {
        ChangeArea::Market => &[
            "Economic or political climate",
            "Industry regulation",
            "Seasonal buying cycles",
            "Consolidation and M&A in the market",
            "New entrants and competitors",
        ],
        ChangeArea::Company => &[
            "Strategy pivot or new goals",
            "New territories or audiences",
            "Product releases and updates",
            "Acquisitions and partnerships",
            "Pricing or business model",
            "Rebrand or new positioning",
            "Team growth or restructure",
            "Investment round",
        ],
        ChangeArea::InputsOutputs => &[
            "New or changed go-to-market motion",
            "New programs, channels or activities",
            "Shift in the marketing mix",
            "New company initiatives and KPIs",
            "New technology",
        ],
    }
}

/// How an area of change is named on screen.
pub fn area_label(a: ChangeArea) -> &'static str {
    match a {
        ChangeArea::Market => "Your market",
        ChangeArea::Company => "Your company",
        ChangeArea::InputsOutputs => "Inputs & outputs",
    }
}

/// A target's period as words after the number: "100 a quarter".
pub fn per_period(p: crate::domain::mapping::Period) -> &'static str {
    use crate::domain::mapping::Period;
    match p {
        Period::Weekly => "a week",
        Period::Monthly => "a month",
        Period::Quarterly => "a quarter",
        Period::Yearly => "a year",
    }
}

/// A scorecard status as the rhythm page and the report name it.
pub fn status_label(s: crate::domain::scorecard::Status) -> &'static str {
    use crate::domain::scorecard::Status;
    match s {
        Status::NoData => "No data yet",
        Status::NoTarget => "No target",
        Status::OnTrack => "On track",
        Status::AtRisk => "At risk",
        Status::OffTrack => "Off track",
    }
}
