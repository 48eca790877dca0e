//! The method as data: standard lists and the words the app shows, written in our own words.

pub mod assessment;
mod blank;
pub mod charter;
pub mod cohort;
pub mod diagnostics;
pub mod findings;
pub mod gaps;
pub mod guide;
pub mod invitation;
pub mod labels;
pub mod mapping;
pub mod operations;
pub mod progress;
pub mod reading;
pub mod refusals;
pub mod report;
pub mod sample;
pub mod schematic;
pub mod stages;
pub mod storage;

use crate::domain::dialogue::{CategoryKind, ConstituentKind, DialogueSide, Side};

/// The key under the schematic: what its marks and loops mean.
pub const SCHEMATIC_KEY: &str = "Key: ▸ input to the team, ◂ output from it. Loop AB: the company listens to its market (A) and speaks to it (B). A1, B1: who owns the market's and the company's own conversations.";

/// The app's name, in the header of every page.
pub const APP_NAME: &str = "Market(ing) OS Builder";
/// The home page's heading and introduction. `index.html` carries the same words, so a phone
/// on a slow network shows them before the app has loaded (a test keeps the two in step).
pub const HOME_TITLE: &str = "Your Market(ing) Operating System models";
pub const HOME_LEAD: &str =
    "Design how your marketing team listens to and talks with your market, map the work \
    through the team, make it run, and check how mature your marketing operations are. \
    Keep one model per company, or per client if you are a consultant.";
/// The line at the foot of every page.
pub const FOOTER: &str =
    "Your models stay in this browser. Nothing is sent anywhere unless you export or share it.";

/// A standard constituent the method starts every model with.
pub struct StdConstituent {
    pub side: Side,
    pub kind: ConstituentKind,
    pub name: &'static str,
    /// Segments worth drilling into.
    pub segments: &'static [&'static str],
    /// Supporting programs and documentation to check for.
    pub programs: &'static [&'static str],
}

/// The market and company constituents, market first.
pub const CONSTITUENTS: &[StdConstituent] = &[
    StdConstituent {
        side: Side::Market,
        kind: ConstituentKind::CustomersProspects,
        name: "Customers & prospects",
        segments: &[
            "Total addressable market (TAM)",
            "Ideal customer profile (ICP)",
            "Buyer personas",
            "User personas",
        ],
        programs: &[
            "ICP definition",
            "Persona research and documentation",
            "Objection handling",
        ],
    },
    StdConstituent {
        side: Side::Market,
        kind: ConstituentKind::IndustryAnalysts,
        name: "Industry analysts",
        segments: &["Analyst firms that cover your category"],
        programs: &["Analyst relations program"],
    },
    StdConstituent {
        side: Side::Market,
        kind: ConstituentKind::Media,
        name: "Trade and tier-1 media",
        segments: &["Trade media", "Tier-1 media"],
        programs: &["Media relations plan"],
    },
    StdConstituent {
        side: Side::Market,
        kind: ConstituentKind::Investors,
        name: "Investors",
        segments: &["Current investors", "Prospective investors"],
        programs: &["Investor updates"],
    },
    StdConstituent {
        side: Side::Market,
        kind: ConstituentKind::Partners,
        name: "Partners",
        segments: &[
            "Referral partners",
            "Resellers",
            "Technology partners",
            "Co-marketing partners",
        ],
        programs: &["Partner enablement kit"],
    },
    StdConstituent {
        side: Side::Market,
        kind: ConstituentKind::Competitors,
        name: "Competitors",
        segments: &["Direct competitors", "Indirect competitors"],
        programs: &["Competitor landscape", "Battle cards"],
    },
    StdConstituent {
        side: Side::Company,
        kind: ConstituentKind::Brand,
        name: "Your brand (corporate and employer)",
        segments: &["Corporate brand", "Employer brand"],
        programs: &["Visual identity", "Tone of voice guidelines"],
    },
    StdConstituent {
        side: Side::Company,
        kind: ConstituentKind::Product,
        name: "Your product",
        segments: &["Core product", "New releases"],
        programs: &["Release process and cadence"],
    },
    StdConstituent {
        side: Side::Company,
        kind: ConstituentKind::Employees,
        name: "Your employees",
        segments: &["Customer-facing teams", "Everyone else"],
        programs: &["Internal comms and brand enablement"],
    },
];

/// A standard listen-and-learn or educate-and-persuade category.
pub struct StdCategory {
    pub side: DialogueSide,
    pub kind: CategoryKind,
    pub name: &'static str,
    /// What this looks like in practice.
    pub examples: &'static str,
}

/// The four categories on each side of the conversation.
pub const CATEGORIES: &[StdCategory] = &[
    StdCategory {
        side: DialogueSide::ListenLearn,
        kind: CategoryKind::MarketCustomerResearch,
        name: "Market & customer research",
        examples: "Customer interviews, surveys, what your community tells you",
    },
    StdCategory {
        side: DialogueSide::ListenLearn,
        kind: CategoryKind::ProductUsageData,
        name: "Product usage & adoption data",
        examples: "Product analytics, and UX research in numbers and in words",
    },
    StdCategory {
        side: DialogueSide::ListenLearn,
        kind: CategoryKind::CompetitiveResearch,
        name: "Competitive research",
        examples: "Competitor analysis, why you win and lose deals, why customers leave",
    },
    StdCategory {
        side: DialogueSide::ListenLearn,
        kind: CategoryKind::IndustryBenchmarks,
        name: "Industry benchmarks & trends",
        examples: "Analyst reports, industry news and trade media",
    },
    StdCategory {
        side: DialogueSide::EducatePersuade,
        kind: CategoryKind::GoToMarketCampaigns,
        name: "Go-to-market campaigns",
        examples: "Educational content, digital and offline advertising, events, PR",
    },
    StdCategory {
        side: DialogueSide::EducatePersuade,
        kind: CategoryKind::ProductExperience,
        name: "Product experience",
        examples: "Demos, trials, free features, onboarding and in-app messages",
    },
    StdCategory {
        side: DialogueSide::EducatePersuade,
        kind: CategoryKind::Positioning,
        name: "Brand & product positioning",
        examples: "Messaging, creative work, talks and thought leadership",
    },
    StdCategory {
        side: DialogueSide::EducatePersuade,
        kind: CategoryKind::OutreachProspecting,
        name: "Outreach & prospecting",
        examples: "Social selling, calls to new prospects, email outreach",
    },
];

/// Company functions the marketing team usually works with.
pub const COMPANY_FUNCTIONS: &[&str] = &[
    "Sales",
    "Business development",
    "Product",
    "Customer success",
];

/// Labels for the maturity dimensions.
pub fn dimension_label(d: crate::domain::assessment::Dimension) -> &'static str {
    use crate::domain::assessment::Dimension::*;
    match d {
        TeamLeadership => "Operations team and leadership",
        GoToMarketFocus => "Go-to-market focus",
        MartechStack => "Martech stack and its plan",
        DataInsights => "Data and insights",
        MetricsReporting => "Metrics and reporting",
        Processes => "Processes (leads, campaigns)",
        CharterRole => "Charter and cross-functional role",
    }
}
