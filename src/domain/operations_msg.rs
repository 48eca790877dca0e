//! Stage 3 edits: reviews, teaching, the dashboard, forums, process pathways, RACI, SLAs, the
//! KPI short list and its weekly actuals, the budget and the change log. Applied in
//! `operations_apply`.

use super::document::{ChangeArea, ChangeEntry};
use super::ids::{ChangeId, FlowId, KpiId, OpsId, ProgramId};
use super::mapping::{Period, Presence};
use super::msg::Typing;
use super::operations::{Audience, Expertise, ReviewKind};
pub use super::raci_cell::RaciCell;
pub use super::team_msg::{CharterEdit, HandOffEdit, TeamMsg};

/// One edit to a review: who runs it, when, and who comes.
#[derive(Clone, Debug, PartialEq)]
pub enum ReviewEdit {
    Owner(String),
    Day(String),
    Attendees(String),
}

/// One edit to how the system is taught to an audience.
#[derive(Clone, Debug, PartialEq)]
pub enum TeachingEdit {
    Format(String),
    When(String),
    Status(Presence),
}

/// One edit to a forum.
#[derive(Clone, Debug, PartialEq)]
pub enum ForumEdit {
    Name(String),
    Between(String),
    Channel(String),
    Cadence(String),
}

/// One edit to a flow's process pathway.
#[derive(Clone, Debug, PartialEq)]
pub enum PathwayEdit {
    /// Comma-separated, as typed.
    Systems(String),
    Expertise(Expertise),
    /// Comma-separated, as typed.
    Teams(String),
    LeadTime(Option<u32>),
    BudgetOwner(String),
}

/// What a RACI row is about.
#[derive(Clone, Debug, PartialEq)]
pub enum RaciSubject {
    Flow(FlowId),
    Program(ProgramId),
    Named(String),
}

/// One edit to an SLA.
#[derive(Clone, Debug, PartialEq)]
pub enum SlaEdit {
    Work(String),
    Provider(String),
    Receiver(String),
    LeadTime(Option<u32>),
    OnMiss(String),
}

/// One edit to a KPI on the short list.
#[derive(Clone, Debug, PartialEq)]
pub enum TrackedEdit {
    Owner(String),
    Target(Option<f64>),
    Cadence(Period),
    LowerIsBetter(bool),
    Accrual(crate::domain::operations::Accrual),
}

/// One edit to a budget line.
#[derive(Clone, Debug, PartialEq)]
pub enum BudgetEdit {
    Subject(String),
    Quarter(String),
    Amount(f64),
    Plan(String),
}

/// One edit to a change-log entry.
#[derive(Clone, Debug, PartialEq)]
pub enum ChangeEdit {
    Date(String),
    Area(ChangeArea),
    Kind(String),
    Text(String),
    Impact(String),
    Action(String),
}

/// One Stage 3 edit.
#[derive(Clone, Debug, PartialEq)]
pub enum OpsMsg {
    SetDashboard(String),
    EditReview(ReviewKind, ReviewEdit),
    EditTeaching(Audience, TeachingEdit),
    AddForum(String),
    EditForum(OpsId, ForumEdit),
    /// Whether a forum carries a flow's information.
    SetForumFlow(OpsId, FlowId, bool),
    RemoveForum(OpsId),
    EditPathway(FlowId, PathwayEdit),
    AddRaciRole(String),
    RemoveRaciRole(String),
    AddRaciRow(RaciSubject),
    SetRaci(OpsId, String, RaciCell),
    RemoveRaciRow(OpsId),
    AddSla(String),
    EditSla(OpsId, SlaEdit),
    RemoveSla(OpsId),
    TrackKpi(KpiId),
    EditTracked(KpiId, TrackedEdit),
    UntrackKpi(KpiId),
    /// A week's actual (`yyyy-Www`); `None` clears it.
    SetActual(KpiId, String, Option<f64>),
    AddBudgetLine {
        subject: String,
        quarter: String,
    },
    EditBudget(OpsId, BudgetEdit),
    RemoveBudgetLine(OpsId),
    /// The budget's currency (a sign or a code).
    SetCurrency(String),
    /// Logs a change; its id is handed out, and a blank date becomes the day it was logged.
    LogChange(ChangeEntry),
    EditChange(ChangeId, ChangeEdit),
    RemoveChange(ChangeId),
}

impl OpsMsg {
    /// The field this edit types into.
    pub(super) fn typed(&self) -> Option<Typing> {
        use std::mem::discriminant as which;
        Some(match self {
            OpsMsg::SetDashboard(_) => Typing::Dashboard,
            OpsMsg::EditReview(k, e) => Typing::Review(*k, which(e)),
            OpsMsg::EditTeaching(_, TeachingEdit::Status(_)) => return None,
            OpsMsg::EditTeaching(a, e) => Typing::Teaching(*a, which(e)),
            OpsMsg::EditForum(id, e) => Typing::Forum(*id, which(e)),
            OpsMsg::EditPathway(f, e) => Typing::Pathway(*f, which(e)),
            OpsMsg::EditSla(id, e) => Typing::Sla(*id, which(e)),
            OpsMsg::EditTracked(k, e) => Typing::Tracked(*k, which(e)),
            OpsMsg::SetActual(k, w, _) => {
                let (year, number) = w.split_once("-W")?;
                Typing::Actual(*k, year.parse().ok()?, number.parse().ok()?)
            }
            OpsMsg::EditBudget(id, e) => Typing::Budget(*id, which(e)),
            OpsMsg::EditChange(id, e) => Typing::Change(*id, which(e)),
            OpsMsg::SetCurrency(_) => Typing::Currency,
            _ => return None,
        })
    }
}

/// A list field typed as comma-separated text, kept exactly as typed (split on commas), so
/// the field reads back what the user wrote; readers trim and skip blanks.
pub(super) fn comma_list(text: &str) -> Vec<String> {
    if text.is_empty() {
        Vec::new()
    } else {
        text.split(',').map(str::to_string).collect()
    }
}

pub(super) fn edit_by_id<T>(list: &mut [T], id: impl Fn(&T) -> bool) -> Option<&mut T> {
    list.iter_mut().find(|x| id(x))
}
