//! Stage 2 — map inputs and outputs through the marketing team.

use super::dialogue::Priority;
use super::ids::{ConstituentId, FlowId, FunctionId, KpiId, SubFunctionId};
use serde::{Deserialize, Serialize};

/// What kind of unit a sub-function is: the core team, a shared resource, or an outside extension.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SubFunctionKind {
    #[default]
    Core,
    SharedResource,
    Agency,
}

/// A marketing sub-function (product marketing, demand generation, ...).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct SubFunction {
    pub id: SubFunctionId,
    pub name: String,
    pub kind: SubFunctionKind,
    /// For agencies and contractors: the sub-function that owns them.
    pub owner: Option<SubFunctionId>,
    /// Headcount in full-time equivalents.
    pub fte: f64,
}

/// A company function the marketing team works with (sales, product, ...).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct CompanyFunction {
    pub id: FunctionId,
    pub name: String,
}

/// Input (into the marketing team) or output (out of it).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    #[default]
    Input,
    Output,
}

/// Primary external (straight to or from the market) or secondary internal (via a company function).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    #[default]
    PrimaryExternal,
    SecondaryInternal,
}

/// Who is on the other end of a flow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case", tag = "kind", content = "id")]
pub enum Counterpart {
    Constituent(ConstituentId),
    Function(FunctionId),
}

/// Where a flow stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum FlowStatus {
    #[default]
    Running,
    Planned,
    Gap,
    Stop,
}

/// How a KPI can be measured today.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Measurability {
    #[default]
    Direct,
    Proxy,
    NotYet,
}

/// A reporting period for a KPI or target.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Period {
    Weekly,
    Monthly,
    #[default]
    Quarterly,
    Yearly,
}

/// A key performance indicator attached to a flow.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Kpi {
    pub id: KpiId,
    pub metric: String,
    pub target: String,
    pub unit: String,
    pub period: Period,
    pub measurability: Measurability,
    /// The proxy used while the metric cannot be measured directly.
    pub proxy: String,
}

/// An input or output moving through the marketing team.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Flow {
    pub id: FlowId,
    pub name: String,
    pub direction: Direction,
    pub scope: Scope,
    /// Exactly one owning sub-function, once assigned.
    pub owner: Option<SubFunctionId>,
    pub counterpart: Option<Counterpart>,
    pub priority: Priority,
    pub status: FlowStatus,
    pub kpis: Vec<Kpi>,
    /// For inputs: the outputs this input feeds.
    pub feeds: Vec<FlowId>,
    pub note: String,
}

/// The marketing-to-marketing loop practices.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum TeamPractice {
    KnowledgeSharing,
    CustomerCallAnalysis,
    SharedCalendar,
    TeamCharter,
}

impl TeamPractice {
    /// Every practice, in the order the method lists them.
    pub const ALL: [TeamPractice; 4] = [
        TeamPractice::KnowledgeSharing,
        TeamPractice::CustomerCallAnalysis,
        TeamPractice::SharedCalendar,
        TeamPractice::TeamCharter,
    ];
}

/// The knowledge-and-skill questions the method asks of the team.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SkillQuestion {
    DemoProduct,
    PitchValueProposition,
    DescribeSalesProcess,
    FindOtherTeamsMetrics,
}

impl SkillQuestion {
    /// Every question, in the order the method asks them.
    pub const ALL: [SkillQuestion; 4] = [
        SkillQuestion::DemoProduct,
        SkillQuestion::PitchValueProposition,
        SkillQuestion::DescribeSalesProcess,
        SkillQuestion::FindOtherTeamsMetrics,
    ];
}

/// A yes / partly / no answer, or not answered yet.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    #[default]
    Unset,
    Yes,
    Partly,
    No,
}

/// Everything Stage 2 holds.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Mapping {
    pub sub_functions: Vec<SubFunction>,
    pub functions: Vec<CompanyFunction>,
    pub flows: Vec<Flow>,
    pub team_loop: Vec<(TeamPractice, Presence)>,
    pub skills: Vec<(SkillQuestion, Presence)>,
    /// Suggested flows the user skipped, by name in lower case: not offered again.
    pub skipped: Vec<String>,
}

impl Mapping {
    /// The sub-function with this id.
    pub fn sub_function(&self, id: SubFunctionId) -> Option<&SubFunction> {
        self.sub_functions.iter().find(|s| s.id == id)
    }

    /// The flow with this id.
    pub fn flow(&self, id: FlowId) -> Option<&Flow> {
        self.flows.iter().find(|f| f.id == id)
    }
}
