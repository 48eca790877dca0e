//! Stage 3 edits: forums, process pathways, RACI, SLAs, the KPI short list and its weekly
//! actuals, the plan and budget, the change log's details and named versions.

use super::document::{ChangeArea, Document};
use super::ids::{ChangeId, FlowId, KpiId, OpsId, ProgramId, VersionId};
use super::mapping::{Period, Presence};
use super::operations::{
    Actual, Audience, BudgetLine, Expertise, Forum, ProcessPathway, Raci, RaciRow, Sla, TrackedKpi,
};
pub use super::team_msg::{CharterEdit, HandOffEdit, TeamEdit};
use super::{entry, remove, set};

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

/// What one role holds in one RACI row.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum RaciCell {
    #[default]
    None,
    R,
    A,
    C,
    I,
    /// Accountable and also does the work.
    AR,
}

impl RaciCell {
    pub const ALL: [RaciCell; 6] = [
        RaciCell::None,
        RaciCell::R,
        RaciCell::A,
        RaciCell::AR,
        RaciCell::C,
        RaciCell::I,
    ];

    /// The order a click steps through: blank, R, A, A/R, C, I, and round to blank.
    pub fn next(self) -> RaciCell {
        let i = Self::ALL.iter().position(|c| *c == self).unwrap_or(0);
        Self::ALL[(i + 1) % Self::ALL.len()]
    }

    /// The cell after typing a letter: that letter, except that R on an accountable role or
    /// A on a responsible one makes it both (A/R).
    pub fn with_letter(self, letter: Raci) -> RaciCell {
        match (self, letter) {
            (RaciCell::A | RaciCell::AR, Raci::R) | (RaciCell::R | RaciCell::AR, Raci::A) => {
                RaciCell::AR
            }
            (_, Raci::R) => RaciCell::R,
            (_, Raci::A) => RaciCell::A,
            (_, Raci::C) => RaciCell::C,
            (_, Raci::I) => RaciCell::I,
        }
    }

    /// The cell in words, as a screen reader says it.
    pub fn name(self) -> &'static str {
        match self {
            RaciCell::None => "none",
            RaciCell::R => "Responsible",
            RaciCell::A => "Accountable",
            RaciCell::C => "Consulted",
            RaciCell::I => "Informed",
            RaciCell::AR => "Accountable and responsible",
        }
    }

    /// The cell as the matrix and the CSV show it.
    pub fn code(self) -> &'static str {
        match self {
            RaciCell::None => "",
            RaciCell::R => "R",
            RaciCell::A => "A",
            RaciCell::C => "C",
            RaciCell::I => "I",
            RaciCell::AR => "A/R",
        }
    }

    fn letters(self) -> &'static [Raci] {
        match self {
            RaciCell::None => &[],
            RaciCell::R => &[Raci::R],
            RaciCell::A => &[Raci::A],
            RaciCell::C => &[Raci::C],
            RaciCell::I => &[Raci::I],
            RaciCell::AR => &[Raci::A, Raci::R],
        }
    }

    /// The cell a role's letters make.
    pub fn of(letters: &[Raci]) -> RaciCell {
        let has = |l| letters.contains(&l);
        match (has(Raci::A), has(Raci::R)) {
            (true, true) => RaciCell::AR,
            (true, false) => RaciCell::A,
            (false, true) => RaciCell::R,
            _ if has(Raci::C) => RaciCell::C,
            _ if has(Raci::I) => RaciCell::I,
            _ => RaciCell::None,
        }
    }
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
    SetTeachingStatus(Audience, Presence),
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
    EditChange(ChangeId, ChangeEdit),
    RemoveChange(ChangeId),
    RenameVersion(VersionId, String),
    RemoveVersion(VersionId),
    /// An edit to the marketing-operations charter.
    Charter(CharterEdit),
    /// An edit to the team: its people and the plan for the next stage's roles.
    Team(TeamEdit),
}

impl OpsMsg {
    /// Typing into one field is one undo step.
    pub fn coalesce_key(&self) -> Option<String> {
        let key = match self {
            OpsMsg::EditForum(id, e) => format!("forum-{}-{:?}", id.0, std::mem::discriminant(e)),
            OpsMsg::EditPathway(f, e) => {
                format!("path-{}-{:?}", f.0, std::mem::discriminant(e))
            }
            OpsMsg::EditSla(id, e) => format!("sla-{}-{:?}", id.0, std::mem::discriminant(e)),
            OpsMsg::EditTracked(k, e) => {
                format!("kpi-{}-{:?}", k.0, std::mem::discriminant(e))
            }
            OpsMsg::SetActual(k, w, _) => format!("actual-{}-{w}", k.0),
            OpsMsg::EditBudget(id, e) => {
                format!("budget-{}-{:?}", id.0, std::mem::discriminant(e))
            }
            OpsMsg::EditChange(id, e) => {
                format!("change-{}-{:?}", id.0, std::mem::discriminant(e))
            }
            OpsMsg::RenameVersion(id, _) => format!("version-{}", id.0),
            OpsMsg::SetCurrency(_) => "currency".into(),
            OpsMsg::Charter(CharterEdit::Outcomes(_)) => "charter-outcomes".into(),
            OpsMsg::Charter(CharterEdit::Text(_)) => "charter-text".into(),
            OpsMsg::Team(TeamEdit::RenamePerson(id, _)) => format!("person-{}", id.0),
            OpsMsg::Team(TeamEdit::SetRole(id, role, _)) => format!("role-{}-{role:?}", id.0),
            OpsMsg::Team(TeamEdit::HandOff(e)) => {
                format!("handoff-{:?}", std::mem::discriminant(e))
            }
            _ => return None,
        };
        Some(key)
    }
}

/// A list field typed as comma-separated text, kept exactly as typed (split on commas), so
/// the field reads back what the user wrote; readers trim and skip blanks.
fn comma_list(text: &str) -> Vec<String> {
    if text.is_empty() {
        Vec::new()
    } else {
        text.split(',').map(str::to_string).collect()
    }
}

pub(super) fn edit_by_id<T>(list: &mut [T], id: impl Fn(&T) -> bool) -> Option<&mut T> {
    list.iter_mut().find(|x| id(x))
}

impl Document {
    /// Applies one Stage 3 edit; true when the model changed.
    pub(crate) fn apply_ops(&mut self, msg: OpsMsg) -> bool {
        match msg {
            OpsMsg::Charter(edit) => self.apply_charter(edit),
            OpsMsg::SetTeachingStatus(a, status) => {
                set(&mut entry(&mut self.operations.teaching, a).status, status)
            }
            OpsMsg::AddForum(name) => {
                let id = self.fresh();
                self.operations.forums.push(Forum {
                    id,
                    name: name.trim().into(),
                    ..Forum::default()
                });
                true
            }
            OpsMsg::EditForum(id, e) => {
                let Some(f) = edit_by_id(&mut self.operations.forums, |f| f.id == id) else {
                    return false;
                };
                match e {
                    ForumEdit::Name(v) => set(&mut f.name, v),
                    ForumEdit::Between(v) => set(&mut f.between, v),
                    ForumEdit::Channel(v) => set(&mut f.channel, v),
                    ForumEdit::Cadence(v) => set(&mut f.cadence, v),
                }
            }
            OpsMsg::SetForumFlow(id, flow, on) => {
                if self.mapping.flow(flow).is_none() {
                    return false;
                }
                let Some(f) = edit_by_id(&mut self.operations.forums, |f| f.id == id) else {
                    return false;
                };
                match (on, f.flows.contains(&flow)) {
                    (true, false) => f.flows.push(flow),
                    (false, true) => f.flows.retain(|x| *x != flow),
                    _ => return false,
                }
                true
            }
            OpsMsg::RemoveForum(id) => remove(&mut self.operations.forums, |f| f.id == id),
            OpsMsg::EditPathway(flow, e) => {
                if self.mapping.flow(flow).is_none() {
                    return false;
                }
                let list = &mut self.operations.pathways;
                let i = match list.iter().position(|p| p.flow == flow) {
                    Some(i) => i,
                    None => {
                        list.push(ProcessPathway {
                            flow,
                            ..ProcessPathway::default()
                        });
                        list.len() - 1
                    }
                };
                let p = &mut list[i];
                match e {
                    PathwayEdit::Systems(v) => set(&mut p.systems, comma_list(&v)),
                    PathwayEdit::Expertise(v) => set(&mut p.expertise, v),
                    PathwayEdit::Teams(v) => set(&mut p.teams, comma_list(&v)),
                    PathwayEdit::LeadTime(v) => set(&mut p.lead_time_days, v),
                    PathwayEdit::BudgetOwner(v) => set(&mut p.budget_owner, v),
                }
            }
            OpsMsg::AddRaciRole(name) => {
                let name = name.trim().to_string();
                let roles = &mut self.operations.raci_roles;
                if name.is_empty() || roles.iter().any(|r| r.eq_ignore_ascii_case(&name)) {
                    return false;
                }
                roles.push(name);
                true
            }
            OpsMsg::RemoveRaciRole(name) => {
                let changed = remove(&mut self.operations.raci_roles, |r| *r == name);
                for row in &mut self.operations.raci {
                    row.roles.retain(|(r, _)| *r != name);
                }
                changed
            }
            OpsMsg::AddRaciRow(subject) => {
                let mut row = RaciRow {
                    id: self.fresh(),
                    ..RaciRow::default()
                };
                match subject {
                    RaciSubject::Flow(f) if self.mapping.flow(f).is_some() => row.flow = Some(f),
                    RaciSubject::Program(p) if self.dialogue.find_program(p).is_some() => {
                        row.program = Some(p)
                    }
                    RaciSubject::Named(n) if !n.trim().is_empty() => row.subject = n.trim().into(),
                    _ => return false,
                }
                self.operations.raci.push(row);
                true
            }
            OpsMsg::SetRaci(id, role, cell) => {
                if !self.operations.raci_roles.contains(&role) {
                    return false;
                }
                let Some(row) = edit_by_id(&mut self.operations.raci, |r| r.id == id) else {
                    return false;
                };
                let mut roles: Vec<(String, Raci)> = row
                    .roles
                    .iter()
                    .filter(|(r, _)| *r != role)
                    .cloned()
                    .collect();
                roles.extend(cell.letters().iter().map(|l| (role.clone(), *l)));
                set(&mut row.roles, roles)
            }
            OpsMsg::RemoveRaciRow(id) => remove(&mut self.operations.raci, |r| r.id == id),
            OpsMsg::AddSla(work) => {
                let id = self.fresh();
                self.operations.slas.push(Sla {
                    id,
                    work: work.trim().into(),
                    ..Sla::default()
                });
                true
            }
            OpsMsg::EditSla(id, e) => {
                let Some(s) = edit_by_id(&mut self.operations.slas, |s| s.id == id) else {
                    return false;
                };
                match e {
                    SlaEdit::Work(v) => set(&mut s.work, v),
                    SlaEdit::Provider(v) => set(&mut s.provider, v),
                    SlaEdit::Receiver(v) => set(&mut s.receiver, v),
                    SlaEdit::LeadTime(v) => set(&mut s.lead_time_days, v),
                    SlaEdit::OnMiss(v) => set(&mut s.on_miss, v),
                }
            }
            OpsMsg::RemoveSla(id) => remove(&mut self.operations.slas, |s| s.id == id),
            OpsMsg::TrackKpi(kpi) => {
                let Some(source) = self
                    .mapping
                    .flows
                    .iter()
                    .flat_map(|f| &f.kpis)
                    .find(|k| k.id == kpi)
                else {
                    return false;
                };
                if self.operations.tracked(kpi).is_some() {
                    return false;
                }
                let target = crate::domain::format::parse_number(&source.target)
                    .ok()
                    .flatten();
                let cadence = source.period;
                // Its owner to start with: the sub-function that owns the flow in Stage 2.
                let owner = self
                    .mapping
                    .flows
                    .iter()
                    .find(|f| f.kpis.iter().any(|k| k.id == kpi))
                    .and_then(|f| f.owner)
                    .and_then(|s| self.mapping.sub_function(s))
                    .map(|s| s.name.trim().to_string())
                    .unwrap_or_default();
                self.operations.kpis.push(TrackedKpi {
                    kpi,
                    target,
                    cadence,
                    owner,
                    ..TrackedKpi::default()
                });
                true
            }
            OpsMsg::EditTracked(kpi, e) => {
                let Some(k) = edit_by_id(&mut self.operations.kpis, |k| k.kpi == kpi) else {
                    return false;
                };
                match e {
                    TrackedEdit::Owner(v) => set(&mut k.owner, v),
                    TrackedEdit::Target(v) => set(&mut k.target, v.filter(|x| x.is_finite())),
                    TrackedEdit::Cadence(v) => set(&mut k.cadence, v),
                    TrackedEdit::LowerIsBetter(v) => set(&mut k.lower_is_better, v),
                    TrackedEdit::Accrual(v) => set(&mut k.accrual, v),
                }
            }
            OpsMsg::UntrackKpi(kpi) => {
                let changed = remove(&mut self.operations.kpis, |k| k.kpi == kpi);
                if changed {
                    self.operations.actuals.retain(|a| a.kpi != kpi);
                }
                changed
            }
            OpsMsg::SetActual(kpi, week, value) => {
                if self.operations.tracked(kpi).is_none() {
                    return false;
                }
                let list = &mut self.operations.actuals;
                let at = list.iter().position(|a| a.kpi == kpi && a.week == week);
                match (at, value.filter(|v| v.is_finite())) {
                    (Some(i), Some(v)) => set(&mut list[i].value, v),
                    (Some(i), None) => {
                        list.remove(i);
                        true
                    }
                    (None, Some(value)) => {
                        list.push(Actual { kpi, week, value });
                        true
                    }
                    (None, None) => false,
                }
            }
            OpsMsg::AddBudgetLine { subject, quarter } => {
                let id = self.fresh();
                self.operations.budget.push(BudgetLine {
                    id,
                    subject: subject.trim().into(),
                    quarter,
                    ..BudgetLine::default()
                });
                true
            }
            OpsMsg::EditBudget(id, e) => {
                let Some(b) = edit_by_id(&mut self.operations.budget, |b| b.id == id) else {
                    return false;
                };
                match e {
                    BudgetEdit::Subject(v) => set(&mut b.subject, v),
                    BudgetEdit::Quarter(v) => set(&mut b.quarter, v),
                    BudgetEdit::Amount(v) if v.is_finite() => set(&mut b.amount, v),
                    BudgetEdit::Amount(_) => false,
                    BudgetEdit::Plan(v) => set(&mut b.plan, v),
                }
            }
            OpsMsg::RemoveBudgetLine(id) => {
                // A team decision lives on its budget line: it goes with it.
                self.operations.team.plan.retain(|l| l.budget != id);
                remove(&mut self.operations.budget, |b| b.id == id)
            }
            OpsMsg::SetCurrency(c) => {
                // A sign or a short code: anything longer is not a currency.
                let c: String = c.trim().chars().take(4).collect();
                set(&mut self.operations.currency, c)
            }
            OpsMsg::Team(edit) => self.apply_team(edit),
            OpsMsg::EditChange(id, e) => {
                let Some(c) = edit_by_id(&mut self.change_log, |c| c.id == id) else {
                    return false;
                };
                match e {
                    ChangeEdit::Date(v) => set(&mut c.date, v),
                    ChangeEdit::Area(v) => set(&mut c.area, v),
                    ChangeEdit::Kind(v) => set(&mut c.kind, v),
                    ChangeEdit::Text(v) => set(&mut c.text, v),
                    ChangeEdit::Impact(v) => set(&mut c.impact, v),
                    ChangeEdit::Action(v) => set(&mut c.action, v),
                }
            }
            OpsMsg::RemoveChange(id) => remove(&mut self.change_log, |c| c.id == id),
            OpsMsg::RenameVersion(id, name) => {
                let Some(v) = edit_by_id(&mut self.versions, |v| v.id == id) else {
                    return false;
                };
                set(&mut v.name, name)
            }
            OpsMsg::RemoveVersion(id) => remove(&mut self.versions, |v| v.id == id),
        }
    }
}
