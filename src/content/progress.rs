//! The words of the progress checklists: what each check asks for.

use super::dimension_label;
use crate::domain::progress::CheckItem;

/// A check as its part's checklist lists it.
pub fn label(item: CheckItem) -> &'static str {
    use CheckItem::*;
    match item {
        CompanyNamed => "The company is named",
        ConstituentsRated => "Every constituent you kept is rated for now and for 12 months",
        SideACovered => "Side A, listen & learn, has a status for each category",
        SideBCovered => "Side B, educate & persuade, has a status for each category",
        ProgramsMarked => "Every supporting program is marked have, gap or not now",
        SubFunctions => "The team has sub-functions",
        Functions => "The company functions you work with are listed",
        AnInput => "At least one input",
        AnOutput => "At least one output",
        FlowsOwned => "Every flow has an owner",
        OutputsMeasured => "Every output has a KPI",
        ShortList => "A KPI short list is picked",
        ShortListOwned => "Every KPI on the short list has an owner and a target",
        WeeklyScorecard => "The weekly scorecard has an owner and a day",
        MonthlyReport => "The monthly written report has an owner and a day",
        QuarterlyPlanning => "Quarterly planning has an owner and a day",
        Dimension(d) => dimension_label(d),
        Components => "The five components of an operating system are checked",
        Fitness => "The four-question fitness test is answered",
    }
}
