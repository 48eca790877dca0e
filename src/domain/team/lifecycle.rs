//! Where each Stage 2 flow sits in the customer life cycle, and what the team spends on each side.

use crate::domain::ids::FlowId;
use serde::{Deserialize, Serialize};

/// Where a flow sits in the customer life cycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Lifecycle {
    /// Winning new customers.
    Acquisition,
    /// Keeping and growing existing customers.
    Expansion,
    Both,
}

impl Lifecycle {
    pub const ALL: [Lifecycle; 3] = [
        Lifecycle::Acquisition,
        Lifecycle::Expansion,
        Lifecycle::Both,
    ];

    fn acquires(self) -> bool {
        matches!(self, Lifecycle::Acquisition | Lifecycle::Both)
    }

    fn expands(self) -> bool {
        matches!(self, Lifecycle::Expansion | Lifecycle::Both)
    }
}

const EXPANSION_WORDS: &[&str] = &[
    "renew",
    "upsell",
    "up-sell",
    "cross-sell",
    "cross sell",
    "expansion",
    "expand",
    "retention",
    "retain",
    "churn",
    "loyal",
    "advoca",
    "referral",
    "nps",
    "onboard",
    "adoption",
    "customer success",
    "existing customer",
    "installed base",
    "install base",
    "account growth",
    "user group",
    "community",
];
const ACQUISITION_WORDS: &[&str] = &[
    "lead",
    "prospect",
    "mql",
    "sql",
    "pipeline",
    "acquisition",
    "new logo",
    "new business",
    "demand",
    "inbound",
    "outbound",
    "awareness",
    "traffic",
    "trial",
    "sign-up",
    "signup",
];

/// A suggestion from a flow's name and KPIs, for flows the user has not placed yet.
pub fn suggest_lifecycle(flow: &crate::domain::mapping::Flow) -> Option<Lifecycle> {
    let mut text = flow.name.to_lowercase();
    for k in &flow.kpis {
        text.push(' ');
        text.push_str(&k.metric.to_lowercase());
    }
    let has = |words: &[&str]| words.iter().any(|w| text.contains(w));
    match (has(ACQUISITION_WORDS), has(EXPANSION_WORDS)) {
        (true, true) => Some(Lifecycle::Both),
        (true, false) => Some(Lifecycle::Acquisition),
        (false, true) => Some(Lifecycle::Expansion),
        (false, false) => None,
    }
}

/// One flow in the life-cycle view.
#[derive(Clone, Debug, PartialEq)]
pub struct LifecycleRow {
    pub flow: FlowId,
    pub name: String,
    /// The user's placing, or else the suggestion.
    pub lifecycle: Option<Lifecycle>,
    /// True when `lifecycle` is only a suggestion.
    pub suggested: bool,
    pub kpis: Vec<String>,
}

/// The team's flows and KPIs across acquisition and expansion.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LifecycleView {
    pub rows: Vec<LifecycleRow>,
    pub acquisition: (usize, usize),
    pub expansion: (usize, usize),
    /// People (FTE) in sub-functions that run at least one expansion flow.
    pub expansion_fte: f64,
    /// Budget on those sub-functions.
    pub expansion_budget: f64,
}

impl LifecycleView {
    /// Nothing goes to existing customers: no people and no budget behind any expansion flow.
    pub fn spends_nothing_on_expansion(&self) -> bool {
        self.expansion_fte <= 0.0 && self.expansion_budget <= 0.0
    }
}

/// Places every Stage 2 flow in the customer life cycle and counts the effort on each side.
pub fn lifecycle_view(doc: &crate::domain::Document) -> LifecycleView {
    let m = &doc.mapping;
    let placed = &doc.operations.team.lifecycle;
    let mut v = LifecycleView::default();
    let mut owners = Vec::new();
    for f in &m.flows {
        let own = placed.iter().find(|(id, _)| *id == f.id).map(|(_, l)| *l);
        let lifecycle = own.or_else(|| suggest_lifecycle(f));
        let kpis: Vec<String> = f
            .kpis
            .iter()
            .map(|k| k.metric.trim().to_string())
            .filter(|k| !k.is_empty())
            .collect();
        if let Some(l) = lifecycle {
            if l.acquires() {
                v.acquisition.0 += 1;
                v.acquisition.1 += kpis.len();
            }
            if l.expands() {
                v.expansion.0 += 1;
                v.expansion.1 += kpis.len();
                if let Some(o) = f.owner {
                    if !owners.contains(&o) {
                        owners.push(o);
                    }
                }
            }
        }
        v.rows.push(LifecycleRow {
            flow: f.id,
            name: f.name.trim().to_string(),
            lifecycle,
            suggested: own.is_none() && lifecycle.is_some(),
            kpis,
        });
    }
    for o in owners {
        if let Some(sf) = m.sub_functions.iter().find(|s| s.id == o) {
            v.expansion_fte += super::capacity(&doc.operations.team.people, sf);
            v.expansion_budget += doc
                .operations
                .budget
                .iter()
                .filter(|b| b.subject.trim().eq_ignore_ascii_case(sf.name.trim()))
                .map(|b| b.amount.max(0.0))
                .sum::<f64>();
        }
    }
    v
}
