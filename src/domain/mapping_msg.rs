//! Stage 2 edits: sub-functions, company functions, flows and their details, KPIs, which
//! outputs an input feeds, and the marketing-to-marketing loop. Applied in `mapping_apply`.

use super::dialogue::Priority;
use super::ids::{FlowId, FunctionId, KpiId, SubFunctionId};
use super::mapping::{
    Counterpart, Direction, FlowStatus, Measurability, Period, Presence, Scope, SkillQuestion,
    SubFunctionKind, TeamPractice,
};
use super::msg::Typing;

/// One edit to a flow.
#[derive(Clone, Debug, PartialEq)]
pub enum FlowEdit {
    Name(String),
    Direction(Direction),
    Scope(Scope),
    Owner(Option<SubFunctionId>),
    Counterpart(Option<Counterpart>),
    Status(FlowStatus),
}

/// One edit to a KPI.
#[derive(Clone, Debug, PartialEq)]
pub enum KpiEdit {
    Metric(String),
    Target(String),
    Unit(String),
    Period(Period),
    Measurability(Measurability),
    Proxy(String),
}

/// One Stage 2 edit.
#[derive(Clone, Debug, PartialEq)]
pub enum MappingMsg {
    AddSubFunction {
        name: String,
        kind: SubFunctionKind,
    },
    RenameSubFunction(SubFunctionId, String),
    SetFte(SubFunctionId, f64),
    /// Removes a sub-function; what it owned and the people in it are placed nowhere.
    RemoveSubFunction(SubFunctionId),
    AddFunction(String),
    RemoveFunction(FunctionId),
    AddFlow {
        name: String,
        direction: Direction,
        scope: Scope,
        owner: Option<SubFunctionId>,
    },
    EditFlow(FlowId, FlowEdit),
    /// Removes a flow, and every feed, pathway, forum and RACI row that named it.
    RemoveFlow(FlowId),
    SetKind(SubFunctionId, SubFunctionKind),
    /// For agencies and contractors: the sub-function that owns the relationship.
    SetOwner(SubFunctionId, Option<SubFunctionId>),
    RenameFunction(FunctionId, String),
    /// Adds a fully described flow in one action (adopting a suggestion).
    AdoptFlow {
        name: String,
        direction: Direction,
        scope: Scope,
        owner: Option<SubFunctionId>,
        counterpart: Option<Counterpart>,
        /// The metric of a first KPI, when one is suggested ("" for none).
        kpi: String,
    },
    SetPriority(FlowId, Priority),
    SetNote(FlowId, String),
    AddKpi(FlowId),
    EditKpi(FlowId, KpiId, KpiEdit),
    RemoveKpi(FlowId, KpiId),
    /// Whether an input feeds an output.
    SetFeeds(FlowId, FlowId, bool),
    SetPractice(TeamPractice, Presence),
    SetSkill(SkillQuestion, Presence),
    /// The metric of a flow's first KPI, which is added if the flow has none: the one KPI a
    /// flow's row in the table shows.
    SetFirstMetric(FlowId, String),
    /// A suggested flow the user does not want offered again.
    SkipSuggestion(String),
    /// Offer every skipped suggestion again.
    RestoreSuggestions,
}

impl MappingMsg {
    /// The field this edit types into.
    pub(super) fn typed(&self) -> Option<Typing> {
        match self {
            MappingMsg::RenameSubFunction(id, _) => Some(Typing::SubFunctionName(*id)),
            MappingMsg::SetFte(id, _) => Some(Typing::Fte(*id)),
            MappingMsg::EditFlow(id, FlowEdit::Name(_)) => Some(Typing::FlowName(*id)),
            MappingMsg::RenameFunction(f, _) => Some(Typing::FunctionName(*f)),
            MappingMsg::SetNote(f, _) => Some(Typing::FlowNote(*f)),
            MappingMsg::SetFirstMetric(f, _) => Some(Typing::FirstMetric(*f)),
            MappingMsg::EditKpi(_, k, e) => match e {
                KpiEdit::Metric(_) | KpiEdit::Target(_) | KpiEdit::Unit(_) | KpiEdit::Proxy(_) => {
                    Some(Typing::Kpi(*k, std::mem::discriminant(e)))
                }
                KpiEdit::Period(_) | KpiEdit::Measurability(_) => None,
            },
            _ => None,
        }
    }
}
