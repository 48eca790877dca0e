//! Today's people: one list, shared by Stage 2 (the sub-function each person works in) and
//! the team page (the marketing-operations roles each covers, with a share of their time).
//!
//! History: people were first named on the team page only, while Stage 2 asked for a number
//! per sub-function; `sub_function` joined the two (issue 22). A model saved before it has
//! no sub-function on anyone, and every sub-function keeps its typed number.

use crate::domain::format::number as format_number;
use crate::domain::ids::{OpsId, SubFunctionId};
use crate::domain::mapping::SubFunction;
use crate::domain::Document;
use serde::{Deserialize, Serialize};

use super::Role;

/// Above this many full-time equivalents a person's roles ask more than one person's time.
/// A hair above 1.0, so that 0.6 + 0.4 (which floats add to 0.9999…) is not flagged.
pub const FULL_TIME: f64 = 1.0 + 1e-9;

/// One of today's people, where they work and the share of their time on each role.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Person {
    pub id: OpsId,
    pub name: String,
    /// The Stage 2 sub-function they work in, once placed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sub_function: Option<SubFunctionId>,
    /// Marketing-operations roles with the full-time equivalents spent on each (0.5 = half
    /// their time). A role just added holds 0 until a share is given.
    pub roles: Vec<(Role, f64)>,
}

impl Person {
    /// The full-time equivalents their roles add up to.
    pub fn total_fte(&self) -> f64 {
        self.roles.iter().map(|(_, f)| f.max(0.0)).sum()
    }

    /// Their roles ask more than one full-time person's time.
    pub fn is_overbooked(&self) -> bool {
        self.total_fte() > FULL_TIME
    }
}

/// A sub-function's capacity in full-time equivalents, the one figure every finding and
/// view uses: with people named in it, each counts as one full-time person; with nobody
/// named, the number typed for it (a newcomer can say "2 people" without naming them).
pub fn capacity(people: &[Person], sub: &SubFunction) -> f64 {
    let named = people_in(people, sub.id).count();
    if named > 0 {
        named as f64
    } else {
        sub.fte.max(0.0)
    }
}

/// The people who work in a sub-function, in the list's order.
pub fn people_in(people: &[Person], sub: SubFunctionId) -> impl Iterator<Item = &Person> {
    people.iter().filter(move |p| p.sub_function == Some(sub))
}

/// The person with this name (trimmed, any case), if the list has one.
pub fn person_named<'a>(people: &'a [Person], name: &str) -> Option<&'a Person> {
    let name = name.trim();
    people
        .iter()
        .find(|p| p.name.trim().eq_ignore_ascii_case(name))
}

/// The report's line about the team (the page, print and Markdown show the same words), or
/// none while nobody is named.
pub fn team_summary(doc: &Document) -> Option<String> {
    let t = &doc.operations.team;
    if t.people.is_empty() {
        return None;
    }
    let fte: f64 = t.people.iter().map(Person::total_fte).sum();
    let plan: f64 = super::plan_totals(doc).iter().map(|(_, v)| v).sum();
    let n = t.people.len();
    let over: Vec<&str> = t
        .people
        .iter()
        .filter(|p| p.is_overbooked())
        .map(|p| p.name.trim())
        .collect();
    let mut line =
        format!(
        "Team: {n} {} on {} FTE of marketing operations roles; {} planned {} ({} in the budget).",
        if n == 1 { "person" } else { "people" },
        format_number(fte),
        t.plan.len(),
        if t.plan.len() == 1 { "decision" } else { "decisions" },
        format_number(plan),
    );
    if !over.is_empty() {
        line.push_str(&format!(
            " Roles add up to more than one full-time person for {}.",
            over.join(", ")
        ));
    }
    Some(line)
}
