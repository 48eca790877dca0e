//! Stage 1 — define the dialogue: the external loop AB between your market and your company.

use super::ids::{CategoryId, ConstituentId, ProgramId, SegmentId};
use serde::{Deserialize, Serialize};

/// Which end of the external loop a constituent sits at.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Side {
    #[default]
    Market,
    Company,
}

/// The standard constituents of the method, plus the user's own.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ConstituentKind {
    CustomersProspects,
    IndustryAnalysts,
    Media,
    Investors,
    Partners,
    Competitors,
    Brand,
    Product,
    Employees,
    #[default]
    Custom,
}

/// How much a constituent matters, on a small scale.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Importance {
    #[default]
    Unrated,
    Low,
    Medium,
    High,
}

/// Whether a supporting program exists: the gaps become the Stage 1 roadmap.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ProgramStatus {
    #[default]
    Unset,
    Have,
    Gap,
    NotNow,
}

/// A priority used across the model (programs, flows, actions).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    #[default]
    Unset,
    Low,
    Medium,
    High,
}

/// A segment of a constituent: a persona, a competitor group, a media tier.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Segment {
    pub id: SegmentId,
    pub name: String,
    pub note: String,
}

/// A supporting program or piece of documentation for a constituent.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Program {
    pub id: ProgramId,
    pub name: String,
    pub status: ProgramStatus,
    pub priority: Priority,
}

/// One party in the dialogue, on the market side or the company side.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Constituent {
    pub id: ConstituentId,
    pub side: Side,
    pub kind: ConstituentKind,
    pub name: String,
    pub enabled: bool,
    pub importance_now: Importance,
    pub importance_next_year: Importance,
    pub note: String,
    pub segments: Vec<Segment>,
    pub programs: Vec<Program>,
}

/// Side A (listen & learn, inputs) or side B (educate & persuade, outputs).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DialogueSide {
    #[default]
    ListenLearn,
    EducatePersuade,
}

/// The method's standard categories on each side of the conversation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CategoryKind {
    MarketCustomerResearch,
    ProductUsageData,
    CompetitiveResearch,
    IndustryBenchmarks,
    GoToMarketCampaigns,
    ProductExperience,
    Positioning,
    OutreachProspecting,
    #[default]
    Custom,
}

/// How well a listening or speaking category is covered today.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum CoverageStatus {
    #[default]
    Unset,
    InPlace,
    Partial,
    Gap,
    NotNeeded,
}

/// A listen-and-learn or educate-and-persuade category and what the company does in it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Category {
    pub id: CategoryId,
    pub side: DialogueSide,
    pub kind: CategoryKind,
    pub name: String,
    /// What the company does here today, one activity per entry.
    pub activities: Vec<String>,
    pub status: CoverageStatus,
    /// The constituents this category reaches.
    pub reaches: Vec<ConstituentId>,
}

/// Who owns a side loop and how it works (loop A1: market to market; loop B1: internal).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct LoopOwnership {
    pub owner: String,
    pub how: String,
}

/// The five signs of a lopsided conversation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum LopsidedSign {
    CampaignsMiss,
    SpendWithoutRoi,
    MidFunnelDropOff,
    MissedOpportunities,
    DecisionsOnAnecdote,
}

/// Everything Stage 1 holds.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Dialogue {
    pub constituents: Vec<Constituent>,
    pub categories: Vec<Category>,
    pub loop_a1: LoopOwnership,
    pub loop_b1: LoopOwnership,
    pub lopsided_signs: Vec<LopsidedSign>,
    /// The order the user gave the roadmap of program gaps.
    pub roadmap_order: Vec<ProgramId>,
}

impl Dialogue {
    /// The constituent with this id.
    pub fn constituent(&self, id: ConstituentId) -> Option<&Constituent> {
        self.constituents.iter().find(|c| c.id == id)
    }

    /// The constituents on one side, in the user's order.
    pub fn find_program(&self, id: ProgramId) -> Option<&Program> {
        self.constituents
            .iter()
            .flat_map(|c| &c.programs)
            .find(|p| p.id == id)
    }

    pub fn on_side(&self, side: Side) -> impl Iterator<Item = &Constituent> {
        self.constituents.iter().filter(move |c| c.side == side)
    }

    /// The categories on one side of the conversation.
    pub fn categories_on(&self, side: DialogueSide) -> impl Iterator<Item = &Category> {
        self.categories.iter().filter(move |c| c.side == side)
    }
}
