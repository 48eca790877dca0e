//! The marketing-operations charter: its parts (outcomes, the business drivers it serves, its
//! scope), the text composed from them or written by the user, and a plain reading of whether
//! that text is an operational charter or a strategic one.

use crate::domain::assessment::MaturityStage;
use serde::{Deserialize, Serialize};

/// The three business drivers behind a strategic marketing-operations function.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Driver {
    Accountability,
    DigitalTransformation,
    CustomerCentricity,
}

impl Driver {
    pub const ALL: [Driver; 3] = [
        Driver::Accountability,
        Driver::DigitalTransformation,
        Driver::CustomerCentricity,
    ];

    /// The driver's name.
    pub fn label(self) -> &'static str {
        match self {
            Driver::Accountability => "Accountability for business results",
            Driver::DigitalTransformation => "Digital transformation of the company",
            Driver::CustomerCentricity => "Customer centricity",
        }
    }

    /// The words that show a charter serves this driver (lower case, matched as parts of
    /// words).
    fn signs(self) -> &'static [&'static str] {
        match self {
            Driver::Accountability => &[
                "accountab",
                "revenue",
                "pipeline",
                "roi",
                "return on",
                "growth",
                "business result",
                "financial",
                "forecast",
                "quota",
            ],
            Driver::DigitalTransformation => &["digital transformation", "transform"],
            Driver::CustomerCentricity => &[
                "customer-centric",
                "customer centric",
                "customer intimacy",
                "customer focus",
                "customer experience",
                "customer insight",
                "voice of the customer",
                "customer life cycle",
                "customer lifecycle",
                "customer at the centre",
                "customer at the center",
            ],
        }
    }

    /// What the composed charter says for this driver.
    fn clause(self) -> &'static str {
        match self {
            Driver::Accountability => "make marketing accountable for revenue and growth",
            Driver::DigitalTransformation => "help lead the company's digital transformation",
            Driver::CustomerCentricity => {
                "make the company customer-centric, with customer insight behind its decisions"
            }
        }
    }
}

/// How far the group's remit reaches.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CharterScope {
    #[default]
    Unset,
    /// The marketing team's own people, processes and technology.
    Marketing,
    /// Marketing and every customer-facing function (sales, service, customer success).
    CustomerFacing,
}

/// The marketing-operations charter.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Charter {
    /// The outcomes the group is responsible for delivering, in the user's words.
    pub outcomes: String,
    /// The business drivers it serves.
    pub drivers: Vec<Driver>,
    pub scope: CharterScope,
    /// The charter as the user wrote or edited it; empty means the text composed from the
    /// parts above.
    pub text: String,
}

/// Which kind of charter a text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CharterKind {
    /// Runs marketing's technology, data and processes efficiently.
    Operational,
    /// A capability that serves the business drivers across every customer-facing function.
    Strategic,
}

impl Charter {
    /// The charter composed from its parts; empty while no part is filled in.
    pub fn composed(&self) -> String {
        let mut parts = Vec::new();
        let outcomes = self.outcomes.trim().trim_end_matches('.');
        if !outcomes.is_empty() {
            parts.push(format!(
                "Marketing operations is responsible for {}.",
                lower_first(outcomes)
            ));
        }
        let drivers: Vec<&str> = Driver::ALL
            .iter()
            .filter(|d| self.drivers.contains(d))
            .map(|d| d.clause())
            .collect();
        if !drivers.is_empty() {
            parts.push(format!("It exists to {}.", join_and(&drivers)));
        }
        match self.scope {
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
    pub fn effective_text(&self) -> String {
        if self.text.trim().is_empty() {
            self.composed()
        } else {
            self.text.clone()
        }
    }

    /// Fills the parts with a typical charter of this kind, keeping any outcomes written.
    pub fn start_from(&mut self, kind: CharterKind) {
        match kind {
            CharterKind::Operational => {
                if self.outcomes.trim().is_empty() {
                    self.outcomes = "running marketing's technology, data and reporting so that campaigns go out efficiently and the team meets its lead targets".into();
                }
                self.drivers.clear();
                self.scope = CharterScope::Marketing;
            }
            CharterKind::Strategic => {
                if self.outcomes.trim().is_empty() {
                    self.outcomes = "forecasting and proving marketing's contribution to revenue, and the customer data and insight leaders decide with".into();
                }
                self.drivers = Driver::ALL.to_vec();
                self.scope = CharterScope::CustomerFacing;
            }
        }
        self.text.clear();
    }
}

/// How a charter's text reads.
#[derive(Clone, Debug, PartialEq)]
pub struct Reading {
    pub kind: CharterKind,
    /// The drivers the text serves, by its words.
    pub drivers: Vec<Driver>,
    /// Whether its remit reaches past marketing.
    pub beyond_marketing: bool,
    /// The reading in plain words.
    pub summary: String,
    /// What would make it strategic (empty when it is).
    pub to_strategic: Vec<String>,
}

const BEYOND_MARKETING: &[&str] = &[
    "sales",
    "customer-facing",
    "customer facing",
    "service",
    "customer success",
    "support",
    "company-wide",
    "across the company",
    "organisation-wide",
    "organization-wide",
    "cross-functional",
    "whole company",
    "all functions",
    "every function",
];

/// Reads a charter: strategic when it serves at least two of the three business drivers and
/// reaches beyond marketing; operational otherwise. None for a blank text.
pub fn read_charter(text: &str) -> Option<Reading> {
    let t = text.to_lowercase();
    if t.trim().is_empty() {
        return None;
    }
    let drivers: Vec<Driver> = Driver::ALL
        .into_iter()
        .filter(|d| d.signs().iter().any(|s| t.contains(s)))
        .collect();
    let beyond_marketing = BEYOND_MARKETING.iter().any(|s| t.contains(s));
    let strategic = drivers.len() >= 2 && beyond_marketing;
    let named = join_and(
        &drivers
            .iter()
            .map(|d| d.label().to_lowercase())
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
    );
    let mut to_strategic = Vec::new();
    if drivers.len() < 2 {
        let missing: Vec<String> = Driver::ALL
            .iter()
            .filter(|d| !drivers.contains(d))
            .map(|d| d.label().to_lowercase())
            .collect();
        to_strategic.push(format!(
            "Tie it to at least two business drivers; it does not yet speak of {}.",
            join_or(&missing.iter().map(String::as_str).collect::<Vec<_>>())
        ));
    }
    if !beyond_marketing {
        to_strategic.push(
            "Widen its remit past marketing, to sales, service and every customer-facing function."
                .into(),
        );
    }
    let summary = if strategic {
        format!("A strategic charter: it serves {named} and reaches beyond marketing.")
    } else if drivers.is_empty() {
        "An operational charter: it is about running marketing well (its tools, data and processes), not about the business results the group drives.".into()
    } else {
        format!(
            "An operational charter: it touches on {named}, but {}.",
            if beyond_marketing {
                "a strategic charter serves at least two of the three business drivers"
            } else {
                "its remit stops at marketing"
            }
        )
    };
    Some(Reading {
        kind: if strategic {
            CharterKind::Strategic
        } else {
            CharterKind::Operational
        },
        drivers,
        beyond_marketing,
        summary,
        to_strategic: if strategic { Vec::new() } else { to_strategic },
    })
}

/// The charter a group at this stage usually runs on, and why, in plain words.
pub fn charter_for_stage(stage: Option<MaturityStage>) -> (CharterKind, String) {
    match stage {
        None => (
            CharterKind::Operational,
            "Answer the maturity assessment to see which charter suits your stage. Most groups start operational.".into(),
        ),
        Some(s @ (MaturityStage::CustomerCentric | MaturityStage::NextGeneration)) => (
            CharterKind::Strategic,
            format!(
                "Your assessment puts marketing operations at the {} stage: a strategic charter fits, serving the business drivers across every customer-facing function.",
                s.label()
            ),
        ),
        Some(s) => (
            CharterKind::Operational,
            format!(
                "Your assessment puts marketing operations at the {} stage: groups here usually run an operational charter. Reaching the Customer-Centric stage means rewriting it as a strategic one.",
                s.label()
            ),
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
