//! The charter's words: the drivers' names, the text composed from the charter's parts, the
//! usual charter of each kind, and what a reading of the text says (`domain::team` reads it).

use crate::domain::assessment::MaturityStage;
use crate::domain::team::{Charter, CharterKind, CharterScope, Driver, Reading};

/// The driver's name.
pub fn driver(d: Driver) -> &'static str {
    match d {
        Driver::Accountability => "Accountability for business results",
        Driver::DigitalTransformation => "Digital transformation of the company",
        Driver::CustomerCentricity => "Customer centricity",
    }
}

/// What the composed charter says for this driver.
fn clause(d: Driver) -> &'static str {
    match d {
        Driver::Accountability => "make marketing accountable for revenue and growth",
        Driver::DigitalTransformation => "help lead the company's digital transformation",
        Driver::CustomerCentricity => {
            "make the company customer-centric, with customer insight behind its decisions"
        }
    }
}

/// The outcomes a typical charter of this kind names, for "Start from …".
pub fn usual_outcomes(kind: CharterKind) -> &'static str {
    match kind {
        CharterKind::Operational => "running marketing's technology, data and reporting so that campaigns go out efficiently and the team meets its lead targets",
        CharterKind::Strategic => "forecasting and proving marketing's contribution to revenue, and the customer data and insight leaders decide with",
    }
}

/// The charter composed from its parts; empty while no part is filled in.
pub fn composed(c: &Charter) -> String {
    let mut parts = Vec::new();
    let outcomes = c.outcomes.trim().trim_end_matches('.');
    if !outcomes.is_empty() {
        parts.push(format!(
            "Marketing operations is responsible for {}.",
            lower_first(outcomes)
        ));
    }
    let drivers: Vec<&str> = Driver::ALL
        .iter()
        .filter(|d| c.drivers.contains(d))
        .map(|d| clause(*d))
        .collect();
    if !drivers.is_empty() {
        parts.push(format!("It exists to {}.", join_and(&drivers)));
    }
    match c.scope {
        CharterScope::Unset => {}
        CharterScope::Marketing => parts.push(
            "It works within marketing, on the marketing team's people, processes and technology."
                .into(),
        ),
        CharterScope::CustomerFacing => parts.push(
            "It works on people, processes and technology across marketing and every customer-facing function: sales, service and customer success."
                .into(),
        ),
    }
    parts.join(" ")
}

/// The charter's text: the user's own when written, otherwise the composed one.
pub fn effective_text(c: &Charter) -> String {
    if c.text.trim().is_empty() {
        composed(c)
    } else {
        c.text.clone()
    }
}

/// The reading in plain words.
pub fn summary(r: &Reading) -> String {
    let named: Vec<String> = r
        .drivers
        .iter()
        .map(|d| driver(*d).to_lowercase())
        .collect();
    let named = join_and(&named.iter().map(String::as_str).collect::<Vec<_>>());
    match r.kind {
        CharterKind::Strategic => {
            format!("A strategic charter: it serves {named} and reaches beyond marketing.")
        }
        CharterKind::Operational if r.drivers.is_empty() => "An operational charter: it is about running marketing well (its tools, data and processes), not about the business results the group drives.".into(),
        CharterKind::Operational => format!(
            "An operational charter: it touches on {named}, but {}.",
            if r.beyond_marketing {
                "a strategic charter serves at least two of the three business drivers"
            } else {
                "its remit stops at marketing"
            }
        ),
    }
}

/// What would make the charter strategic (nothing when it is).
pub fn to_strategic(r: &Reading) -> Vec<String> {
    if r.kind == CharterKind::Strategic {
        return Vec::new();
    }
    let mut out = Vec::new();
    let missing: Vec<String> = r
        .missing()
        .into_iter()
        .map(|d| driver(d).to_lowercase())
        .collect();
    if !missing.is_empty() {
        out.push(format!(
            "Tie it to at least two business drivers; it does not yet speak of {}.",
            join_or(&missing.iter().map(String::as_str).collect::<Vec<_>>())
        ));
    }
    if !r.beyond_marketing {
        out.push(
            "Widen its remit past marketing, to sales, service and every customer-facing function."
                .into(),
        );
    }
    out
}

/// Why the charter [`crate::domain::team::charter_for_stage`] suggests suits this stage.
pub fn why_for_stage(stage: Option<MaturityStage>) -> String {
    match stage {
        None => "Answer the maturity assessment to see which charter suits your stage. Most groups start operational.".into(),
        Some(s @ (MaturityStage::CustomerCentric | MaturityStage::NextGeneration)) => format!(
            "Your assessment puts marketing operations at the {} stage: a strategic charter fits, serving the business drivers across every customer-facing function.",
            s.label()
        ),
        Some(s) => format!(
            "Your assessment puts marketing operations at the {} stage: groups here usually run an operational charter. Reaching the Customer-Centric stage means rewriting it as a strategic one.",
            s.label()
        ),
    }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        // Keep acronyms ("ROI …") as written.
        Some(f) if c.clone().next().is_some_and(char::is_lowercase) => {
            f.to_lowercase().chain(c).collect()
        }
        _ => s.to_string(),
    }
}

fn join_with(items: &[&str], word: &str) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_string(),
        [rest @ .., last] => format!("{} {word} {last}", rest.join(", ")),
    }
}

fn join_and(items: &[&str]) -> String {
    join_with(items, "and")
}

fn join_or(items: &[&str]) -> String {
    join_with(items, "or")
}
