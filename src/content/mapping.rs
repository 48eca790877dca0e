//! Stage 2 suggestions from the method: a team by size, and typical flows per sub-function
//! and per company function.

use crate::domain::mapping::{Direction, Scope, SubFunctionKind};

/// A flow the method suggests.
pub struct FlowSuggestion {
    pub name: &'static str,
    pub direction: Direction,
    pub scope: Scope,
}

const fn s(name: &'static str, direction: Direction, scope: Scope) -> FlowSuggestion {
    FlowSuggestion {
        name,
        direction,
        scope,
    }
}

use Direction::{Input as I, Output as O};
use Scope::{PrimaryExternal as P, SecondaryInternal as S};

const PRODUCT_MARKETING: &[FlowSuggestion] = &[
    s("Competitive intel", I, P),
    s("Buyer and user research", I, P),
    s("Product release campaigns", O, P),
    s("Website messaging and content", O, P),
    s("Strategic narrative", O, P),
];

const DEMAND_GENERATION: &[FlowSuggestion] = &[
    s("Social listening", I, P),
    s("Intent data", I, P),
    s("Digital and traditional advertising", O, P),
    s("End-to-end marketing campaigns", O, P),
    s("Event sponsorship and organisation", O, P),
];

const MARKETING_OPERATIONS: &[FlowSuggestion] = &[
    s("Marketing performance data", I, P),
    s("Nurture campaigns", O, P),
    s("Landing pages", O, P),
];

const BRAND: &[FlowSuggestion] = &[
    s("Brand awareness and perception research", I, P),
    s("Creative and comms campaigns", O, P),
];

const SALES: &[FlowSuggestion] = &[
    s("Common objections by persona", I, S),
    s("Content gaps by vertical or persona", I, S),
    s("Sales enablement and pitch decks", O, S),
    s("Case studies and ROI calculators", O, S),
    s("Campaign briefings", O, S),
];

const BUSINESS_DEVELOPMENT: &[FlowSuggestion] = &[
    s("Outreach messaging effectiveness", I, S),
    s("Call scripts and email templates", O, S),
];

const PRODUCT: &[FlowSuggestion] = &[
    s("Product NPS, usage and adoption data", I, S),
    s("Market and competitive insight for the roadmap", O, S),
    s("Launch positioning and content", O, S),
];

const CUSTOMER_SUCCESS: &[FlowSuggestion] = &[
    s("Account health and CSAT", I, S),
    s("Customer comms and nurtures", O, S),
    s("Advocacy and referral programs", O, S),
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
