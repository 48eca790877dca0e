//! Every change to a [`Document`] is a [`Msg`] passed to [`Document::apply`]: undo, autosave and
//! tests all hang off this one point.

use super::assessment::{Confidence, Dimension, MaturityStage};
use super::dialogue::{CoverageStatus, Importance, LopsidedSign, Side};
use super::dialogue_msg::DialogueMsg;
use super::document::ChangeEntry;
use super::ids::{CategoryId, ConstituentId, FlowId, FunctionId, SubFunctionId, Timestamp};
use super::mapping::{Counterpart, Direction, FlowStatus, Scope, SubFunctionKind};
use super::mapping_msg::MappingMsg;
use super::maturity::AssessMsg;
use super::operations::{Audience, ReviewKind};
use super::operations_msg::OpsMsg;
use super::plan::PlanMsg;

/// One edit to a constituent.
#[derive(Clone, Debug, PartialEq)]
pub enum ConstituentEdit {
    Name(String),
    Enabled(bool),
    ImportanceNow(Importance),
    ImportanceNextYear(Importance),
    Note(String),
}

/// One edit to a listen or speak category.
#[derive(Clone, Debug, PartialEq)]
pub enum CategoryEdit {
    /// The activities as the user typed them, one per line.
    Activities(String),
    Status(CoverageStatus),
}

/// Which side loop an edit is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SideLoop {
    A1,
    B1,
}

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

/// Which text field of a review or teaching pathway.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpsField {
    Owner,
    Day,
    Attendees,
    Format,
    When,
}

/// Every change the app can make to a model.
#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    SetCompany(String),
    AddConstituent {
        side: Side,
        name: String,
    },
    RemoveConstituent(ConstituentId),
    EditConstituent(ConstituentId, ConstituentEdit),
    EditCategory(CategoryId, CategoryEdit),
    SetLoopOwner(SideLoop, String),
    SetLoopHow(SideLoop, String),
    ToggleLopsidedSign(LopsidedSign),
    /// Segments, programs, reach and the roadmap (Stage 1).
    Dialogue(DialogueMsg),
    /// Flow details, KPIs, feeds and the team's own loop (Stage 2).
    Mapping(MappingMsg),
    AddSubFunction {
        name: String,
        kind: SubFunctionKind,
    },
    RenameSubFunction(SubFunctionId, String),
    SetFte(SubFunctionId, f64),
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
    RemoveFlow(FlowId),
    SetDashboard(String),
    SetReview(ReviewKind, OpsField, String),
    SetTeaching(Audience, OpsField, String),
    SetStage(Dimension, Option<MaturityStage>),
    SetEvidence(Dimension, String),
    SetConfidence(Dimension, Confidence),
    /// The rest of the assessment: between stages, capabilities, drivers, health checks.
    Assess(AssessMsg),
    /// Diagnostic ratings and the action plan.
    Plan(PlanMsg),
    /// Logs a change; its id is handed out, and a blank date becomes the day it was logged.
    LogChange(ChangeEntry),
    /// Stage 3 beyond teaching and reviews.
    Ops(OpsMsg),
    SaveVersion {
        name: String,
        at: Timestamp,
    },
}

impl Msg {
    /// Consecutive messages with the same key are one undo step (typing into one field).
    pub fn coalesce_key(&self) -> Option<String> {
        Some(match self {
            Msg::SetCompany(_) => "company".into(),
            Msg::EditConstituent(id, ConstituentEdit::Name(_)) => format!("c-name-{}", id.0),
            Msg::EditConstituent(id, ConstituentEdit::Note(_)) => format!("c-note-{}", id.0),
            Msg::EditCategory(id, CategoryEdit::Activities(_)) => format!("cat-act-{}", id.0),
            Msg::SetLoopOwner(l, _) => format!("loop-owner-{l:?}"),
            Msg::SetLoopHow(l, _) => format!("loop-how-{l:?}"),
            Msg::RenameSubFunction(id, _) => format!("sf-name-{}", id.0),
            Msg::SetFte(id, _) => format!("sf-fte-{}", id.0),
            Msg::EditFlow(id, FlowEdit::Name(_)) => format!("flow-name-{}", id.0),
            Msg::SetDashboard(_) => "dashboard".into(),
            Msg::SetReview(k, f, _) => format!("review-{k:?}-{f:?}"),
            Msg::SetTeaching(a, f, _) => format!("teach-{a:?}-{f:?}"),
            Msg::SetEvidence(d, _) => format!("evidence-{d:?}"),
            Msg::Dialogue(m) => return m.coalesce_key(),
            Msg::Mapping(m) => return m.coalesce_key(),
            Msg::Ops(m) => return m.coalesce_key(),
            Msg::Plan(m) => return m.coalesce_key(),
            _ => return None,
        })
    }
}
