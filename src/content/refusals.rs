//! Why an edit was refused, in the words the page shows.

use crate::domain::msg::{Element, Refused};

/// The element as a sentence names it, after "the" or "a".
fn noun(what: Element) -> &'static str {
    match what {
        Element::Constituent => "constituent",
        Element::Segment => "segment",
        Element::Program => "program",
        Element::SubFunction => "sub-function",
        Element::Function => "company function",
        Element::Flow => "flow",
        Element::Forum => "forum",
        Element::RaciRole => "role",
        Element::RaciRow => "row",
        Element::Sla => "SLA",
        Element::BudgetLine => "budget line",
        Element::Change => "change",
        Element::Version => "version",
        Element::Person => "person",
        Element::Action => "action",
    }
}

/// What the page says about a refused edit: what was wrong and what to do instead.
pub fn refusal(r: &Refused) -> String {
    match r {
        Refused::Blank(Element::Change) => "Describe the change before logging it.".into(),
        Refused::Blank(Element::Sla) => "Name the recurring work before adding an SLA.".into(),
        Refused::Blank(Element::Action) => "Give the action a title before adding it.".into(),
        Refused::Blank(what) => format!("Type a name for the new {} first.", noun(*what)),
        Refused::Taken {
            what: Element::Person,
            name,
        } => format!("{name} is already on the list."),
        Refused::Taken { what, name } => {
            format!("There is already a {} named “{name}”.", noun(*what))
        }
    }
}
