//! Every change to a [`Document`] is a [`Msg`] passed to [`Document::apply`]: undo, autosave and
//! tests all hang off this one point. A message names its area; each area's enum holds all of
//! that area's edits and applies them through [`Edit`], the one signature every area shares.

use super::assessment::Dimension;
use super::document::Document;
use super::ids::{
    ActionId, CategoryId, ChangeId, ConstituentId, FlowId, FunctionId, KpiId, OpsId, SegmentId,
    SubFunctionId, Timestamp, VersionId,
};
use super::operations::{Audience, ReviewKind};
use super::team::Role;
use std::mem::Discriminant;

pub use super::dialogue_msg::{CategoryEdit, ConstituentEdit, DialogueMsg, SideLoop};
pub use super::mapping_msg::{FlowEdit, KpiEdit, MappingMsg};
pub use super::maturity_msg::AssessMsg;
pub use super::operations_msg::{
    BudgetEdit, ChangeEdit, ForumEdit, OpsMsg, PathwayEdit, ReviewEdit, SlaEdit, TeachingEdit,
    TrackedEdit,
};
pub use super::plan::{ActionEdit, PlanMsg};
pub use super::team_msg::{CharterEdit, HandOffEdit, TeamMsg};

/// Every change the app can make to a model, by area.
#[derive(Clone, Debug, PartialEq)]
pub enum Msg {
    /// The model as a whole: the company's name and named versions.
    Model(ModelMsg),
    /// Stage 1: constituents, categories, segments, programs, reach and the roadmap.
    Dialogue(DialogueMsg),
    /// Stage 2: sub-functions, company functions, flows, KPIs and the team's own loop.
    Mapping(MappingMsg),
    /// The team page: the charter, people, roles, the plan, the life cycle and the hand-off.
    Team(TeamMsg),
    /// Stage 3: reviews, teaching, forums, pathways, RACI, SLAs, KPIs, budget, change log.
    Ops(OpsMsg),
    /// The maturity self-assessment.
    Assess(AssessMsg),
    /// Diagnostic ratings and the action plan.
    Plan(PlanMsg),
}

/// An edit to the model as a whole.
#[derive(Clone, Debug, PartialEq)]
pub enum ModelMsg {
    SetCompany(String),
    /// Keeps a copy of the model as it is now, under a name.
    SaveVersion {
        name: String,
        at: Timestamp,
    },
    RenameVersion(VersionId, String),
    RemoveVersion(VersionId),
}

/// What applying an edit did: `Ok(true)` changed the model, `Ok(false)` changed nothing (an
/// unknown id, the same value), `Err` refused it and says why.
pub type Applied = Result<bool, Refused>;

/// One area's edits. Each applies to the whole document (removing a flow reaches into Stage 3),
/// and each says which field it types into, so typing there is one undo step.
pub trait Edit {
    /// Applies the edit, or refuses it with the reason, leaving the model as it was.
    fn apply(self, doc: &mut Document) -> Applied;
    /// The field this edit types into, when it is typing.
    fn typing(&self) -> Option<Typing>;
}

/// Why an edit was refused; the page turns it into a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refused {
    /// A new element with a blank name.
    Blank(Element),
    /// A new element whose name its kind already has; `name` is the one already there.
    Taken { what: Element, name: String },
}

/// The kinds of element a user adds by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Element {
    Constituent,
    Segment,
    Program,
    SubFunction,
    Function,
    Flow,
    Forum,
    RaciRole,
    RaciRow,
    Sla,
    BudgetLine,
    Change,
    Version,
    Person,
    Action,
}

/// The name a new element gets: `name` trimmed, or a refusal when that leaves nothing.
pub(crate) fn new_name(name: &str, what: Element) -> Result<String, Refused> {
    let name = name.trim();
    if name.is_empty() {
        Err(Refused::Blank(what))
    } else {
        Ok(name.to_string())
    }
}

/// The field a keystroke types into. Consecutive edits of one field are one undo step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Typing {
    Company,
    VersionName(VersionId),
    ConstituentName(ConstituentId),
    ConstituentNote(ConstituentId),
    Activities(CategoryId),
    LoopOwner(SideLoop),
    LoopHow(SideLoop),
    SegmentName(SegmentId),
    SegmentNote(SegmentId),
    SubFunctionName(SubFunctionId),
    Fte(SubFunctionId),
    FunctionName(FunctionId),
    FlowName(FlowId),
    FlowNote(FlowId),
    FirstMetric(FlowId),
    Kpi(KpiId, Discriminant<KpiEdit>),
    Dashboard,
    Review(ReviewKind, Discriminant<ReviewEdit>),
    Teaching(Audience, Discriminant<TeachingEdit>),
    Forum(OpsId, Discriminant<ForumEdit>),
    Pathway(FlowId, Discriminant<PathwayEdit>),
    Sla(OpsId, Discriminant<SlaEdit>),
    Tracked(KpiId, Discriminant<TrackedEdit>),
    /// A week's actual: the KPI, the week's year and number.
    Actual(KpiId, i64, u32),
    Budget(OpsId, Discriminant<BudgetEdit>),
    Currency,
    Change(ChangeId, Discriminant<ChangeEdit>),
    CharterOutcomes,
    CharterText,
    PersonName(OpsId),
    RoleFte(OpsId, Role),
    HandOff(Discriminant<HandOffEdit>),
    Evidence(Dimension),
    /// A diagnostic question's note, by the question's key.
    DiagnosticNote(&'static str),
    Action(ActionId, Discriminant<ActionEdit>),
}

/// What a change can reach, so a view that derives from part of a model follows only the
/// changes that can alter it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    /// One element's name: lists of names change; no rule's result does (findings, progress,
    /// load, scores).
    Name,
    /// Words no rule and no list of names reads: a note.
    Words,
    /// Anything else: a rule's result may change.
    Rules,
}

impl Typing {
    /// What typing into this field can reach. Fields whose blankness a rule checks (a KPI's
    /// metric, a review's owner) reach rules; `tests/reach.rs` holds the others to it.
    pub fn reach(self) -> Reach {
        match self {
            Typing::ConstituentName(_)
            | Typing::SegmentName(_)
            | Typing::SubFunctionName(_)
            | Typing::FunctionName(_)
            | Typing::FlowName(_)
            | Typing::PersonName(_) => Reach::Name,
            Typing::ConstituentNote(_) | Typing::SegmentNote(_) | Typing::FlowNote(_) => {
                Reach::Words
            }
            _ => Reach::Rules,
        }
    }
}

impl Msg {
    /// The field this message types into: consecutive messages with the same one are one undo
    /// step (typing into one field).
    pub fn typing(&self) -> Option<Typing> {
        match self {
            Msg::Model(m) => m.typing(),
            Msg::Dialogue(m) => m.typing(),
            Msg::Mapping(m) => m.typing(),
            Msg::Team(m) => m.typing(),
            Msg::Ops(m) => m.typing(),
            Msg::Assess(m) => m.typing(),
            Msg::Plan(m) => m.typing(),
        }
    }

    /// What this message can reach: only typing stays within words; any other edit may
    /// change what a rule reads.
    pub fn reach(&self) -> Reach {
        self.typing().map_or(Reach::Rules, Typing::reach)
    }
}
