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
    /// Fills the parts with a typical charter of this kind: `outcomes` (the usual ones, in
    /// words from `content::charter`) unless some are written, its drivers and its scope.
    pub fn start_from(&mut self, kind: CharterKind, outcomes: &str) {
        if self.outcomes.trim().is_empty() {
            self.outcomes = outcomes.to_string();
        }
        match kind {
            CharterKind::Operational => {
                self.drivers.clear();
                self.scope = CharterScope::Marketing;
            }
            CharterKind::Strategic => {
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
}

impl Reading {
    /// The drivers a strategic charter would also need to speak of: none once it serves two.
    pub fn missing(&self) -> Vec<Driver> {
        if self.drivers.len() >= 2 {
            return Vec::new();
        }
        Driver::ALL
            .into_iter()
            .filter(|d| !self.drivers.contains(d))
            .collect()
    }
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
    Some(Reading {
        kind: if strategic {
            CharterKind::Strategic
        } else {
            CharterKind::Operational
        },
        drivers,
        beyond_marketing,
    })
}

/// The charter a group at this stage usually runs on: strategic from the Customer-Centric
/// stage on, operational before it (and before the assessment is answered).
pub fn charter_for_stage(stage: Option<MaturityStage>) -> CharterKind {
    match stage {
        Some(MaturityStage::CustomerCentric | MaturityStage::NextGeneration) => {
            CharterKind::Strategic
        }
        _ => CharterKind::Operational,
    }
}
