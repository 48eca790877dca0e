//! The lead hand-off agreement between marketing and sales, kept in step with a Stage 3 SLA.

use crate::domain::ids::OpsId;
use serde::{Deserialize, Serialize};

/// Who decides that a lead is worth sales' time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    #[default]
    Unset,
    Marketing,
    SalesDevelopment,
    Sales,
}

impl Qualifier {
    pub const ALL: [Qualifier; 4] = [
        Qualifier::Unset,
        Qualifier::Marketing,
        Qualifier::SalesDevelopment,
        Qualifier::Sales,
    ];
}

/// The agreement between marketing and sales on what makes a lead worth sales' time and what
/// happens to it then. Recorded in Stage 3 as an SLA.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct HandOff {
    /// The buying-decision signals a lead must show, one per line.
    pub criteria: String,
    pub qualifier: Qualifier,
    /// How soon sales follows up a lead that meets the criteria, in hours.
    pub follow_up_hours: Option<u32>,
    /// When both sides review the hand-off each week.
    pub review_day: String,
    pub review_attendees: String,
    /// Who signed up to it on each side.
    pub marketing_signatory: String,
    pub sales_signatory: String,
    /// The Stage 3 SLA it is recorded as.
    pub sla: Option<OpsId>,
}

impl HandOff {
    /// The criteria, one per line, blanks skipped.
    pub fn criteria_list(&self) -> Vec<&str> {
        self.criteria
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect()
    }

    /// Whether there is anything to record yet.
    pub fn is_started(&self) -> bool {
        !self.criteria_list().is_empty() || self.follow_up_hours.is_some()
    }

    /// Signed by both sides.
    pub fn is_agreed(&self) -> bool {
        !self.marketing_signatory.trim().is_empty() && !self.sales_signatory.trim().is_empty()
    }

    /// What is still missing before both teams can sign, in plain words.
    pub fn missing(&self) -> Vec<&'static str> {
        let mut m = Vec::new();
        if self.criteria_list().is_empty() {
            m.push("the buying signals that make a lead worth sales' time");
        }
        if self.qualifier == Qualifier::Unset {
            m.push("who qualifies a lead");
        }
        if self.follow_up_hours.is_none() {
            m.push("how soon sales follows up");
        }
        if self.review_day.trim().is_empty() {
            m.push("the weekly review");
        }
        m
    }

    /// The Stage 3 SLA this agreement reads as: sales follows up qualified leads within the
    /// agreed time (in whole days, at least one), and misses go to the weekly review.
    pub fn as_sla(&self, id: OpsId) -> crate::domain::operations::Sla {
        let who = match self.qualifier {
            Qualifier::Unset => String::new(),
            Qualifier::Marketing => ", qualified by marketing".into(),
            Qualifier::SalesDevelopment => ", qualified by sales development".into(),
            Qualifier::Sales => ", qualified by sales".into(),
        };
        crate::domain::operations::Sla {
            id,
            work: format!("Follow up leads that meet the hand-off criteria{who}"),
            provider: "Sales".into(),
            receiver: "Marketing".into(),
            lead_time_days: self.follow_up_hours.map(|h| h.div_ceil(24).max(1)),
            on_miss: if self.review_day.trim().is_empty() {
                "Raised at the weekly lead review".into()
            } else {
                format!(
                    "Raised at the weekly lead review ({})",
                    self.review_day.trim()
                )
            },
        }
    }
}
