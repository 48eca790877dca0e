//! Short guidance for each Stage 1 section: why it matters, and examples to expand.

/// Why a section matters, and examples shown on request.
pub struct Guide {
    pub why: &'static str,
    pub examples: &'static [&'static str],
}

pub const MARKET: Guide = Guide {
    why: "Your market is everyone outside the company whose opinion decides whether you sell. Rating how much each matters now and in a year shows where attention should move.",
    examples: &[
        "A seed-stage company may rate investors high and analysts low; by Series C, analysts often matter more.",
        "Break customers into a total addressable market, an ideal customer profile, and buyer and user personas.",
    ],
};

pub const COMPANY: Guide = Guide {
    why: "Your company speaks to the market through its brand, its product and its people. Each needs its own care, or the messages drift apart.",
    examples: &[
        "Brand: visual identity and tone-of-voice guidelines.",
        "Product: a release process that tells marketing what ships, and when.",
        "Employees: internal news and enablement so everyone can tell the story.",
    ],
};

pub const SIDE_A: Guide = Guide {
    why: "Listening keeps your product and your messages relevant. Without it, marketing repeats what it believed last year.",
    examples: &[
        "Quarterly interviews with five customers and five lost prospects.",
        "A monthly read-out of product usage for the marketing team.",
        "Win/loss analysis shared with sales and product.",
    ],
};

pub const SIDE_B: Guide = Guide {
    why: "Speaking is how the market learns what you offer and why it matters. It works best when it is built on what side A taught you.",
    examples: &[
        "A launch campaign for each major release.",
        "Interactive demos and an onboarding sequence.",
        "A positioning document every team uses.",
    ],
};

pub const LOOPS: Guide = Guide {
    why: "Some of the conversation happens without you: customers talk to each other, and your own teams talk among themselves. Someone should own each of these loops.",
    examples: &[
        "Loop A1: a community lead watches review sites, forums and social channels.",
        "Loop B1: a weekly internal update makes sure sales and support hear news before customers do.",
    ],
};

pub const BALANCE: Guide = Guide {
    why: "A good conversation needs both listening and speaking. Most B2B teams speak far more than they listen, and pay for it later.",
    examples: &[
        "Campaigns stop landing because the market has moved on.",
        "Top-of-funnel volume grows while mid-funnel conversion falls.",
    ],
};

pub const ROADMAP: Guide = Guide {
    why: "Every supporting program you marked as a gap lands here. Put them in the order you will tackle them: this is your Stage 1 roadmap.",
    examples: &["Close the ICP definition before writing personas; personas before battle cards."],
};
