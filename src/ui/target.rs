//! Where a [`Target`] lives in the app: the page under a model and the element's id on it.

use crate::domain::target::Target;

/// The element's id on its page, if it has one of its own.
pub fn anchor(t: &Target) -> Option<String> {
    use Target::*;
    Some(match t {
        Dialogue => return None,
        Category(id) => format!("category-{}", id.0),
        Program(id) => format!("program-{}", id.0),
        Flow(id) => format!("flow-{}", id.0),
        SubFunction(id) => format!("sub-{}", id.0),
        Map => "map".into(),
        TeamLoop => "team-loop".into(),
        NextStage => "next-stage".into(),
        Pathway(id) => format!("pathway-{}", id.0),
        Pathways => "pathways".into(),
        Raci => "raci".into(),
        Scorecard => "scorecard".into(),
        Rhythm => "rhythm".into(),
        Dimension(d) => format!("dimension-{d:?}"),
        Health => "health".into(),
        Drivers => "drivers".into(),
        Question(key) => format!("q-{}", key.replace('.', "-")),
    })
}

/// The page under a model the element is on (its route segment).
pub fn page(t: &Target) -> &'static str {
    use Target::*;
    match t {
        Dialogue | Category(_) | Program(_) => "dialogue",
        Flow(_) | SubFunction(_) | Map | TeamLoop => "mapping",
        NextStage => "team",
        Pathway(_) | Pathways | Raci | Scorecard | Rhythm => "operations",
        Dimension(_) | Health | Drivers => "assessment",
        Question(_) => "diagnostics",
    }
}

/// The address of the element under a model's base address (`/model/<id>`).
pub fn href(base: &str, t: &Target) -> String {
    match anchor(t) {
        Some(a) => format!("{base}/{}#{a}", page(t)),
        None => format!("{base}/{}", page(t)),
    }
}

/// The id of the element on a part's page where a progress check is worked on.
pub fn check_anchor(item: crate::domain::progress::CheckItem) -> String {
    use crate::domain::progress::CheckItem::*;
    match item {
        CompanyNamed => "company-name",
        ConstituentsRated => "who-matters",
        SideACovered | SideBCovered => "sides",
        ProgramsMarked => "programs",
        SubFunctions => "subs",
        Functions => "functions",
        AnInput | AnOutput | FlowsOwned | OutputsMeasured => "flows",
        ShortList | ShortListOwned => "shortlist",
        WeeklyScorecard | MonthlyReport | QuarterlyPlanning => "reviews",
        Dimension(d) => return format!("dimension-{d:?}"),
        Components | Fitness => "health",
    }
    .to_string()
}
