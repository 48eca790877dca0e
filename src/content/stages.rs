//! What each part of the method is for and how long its essentials take, as the home page and
//! each stage's page say it.

use crate::domain::progress::Part;

/// One part of the method in a sentence, with an honest time for its essentials.
pub struct About {
    /// What the part is for, in one sentence.
    pub what: &'static str,
    /// Minutes the essentials take a first-time user, measured by walking them.
    pub minutes: u32,
    /// What waits under "Go deeper" on the part's page.
    pub deeper: &'static str,
}

/// The part's sentence, time and deeper contents.
pub fn about(part: Part) -> About {
    match part {
        Part::Dialogue => About {
            what: "Who your marketing talks with, how much each matters, and what you do to listen and to persuade.",
            minutes: 10,
            deeper: "segments, notes and custom constituents, today's activities and whom they reach, loops A1 and B1, the balance and the roadmap",
        },
        Part::Mapping => About {
            what: "Your team's sub-functions and every input and output they own, with a KPI for each output.",
            minutes: 15,
            deeper: "the map by quadrant, each flow's counterpart, status and feeds, load per person, and the marketing-to-marketing loop",
        },
        Part::Operations => About {
            what: "The few KPIs you run the team on and the reviews that keep them moving.",
            minutes: 10,
            deeper: "teaching the system, forums, process pathways, RACI, SLAs, the dashboard, budget, scorecard, change log and versions",
        },
        Part::Assessment => About {
            what: "Where your marketing operations stand across five stages of maturity, and what moves each area up.",
            minutes: 15,
            deeper: "the five basic capabilities and the three strategic drivers: what your ops team does today, and what would make it strategic",
        },
    }
}

/// "About 10 minutes."
pub fn minutes_text(part: Part) -> String {
    format!("About {} minutes.", about(part).minutes)
}
