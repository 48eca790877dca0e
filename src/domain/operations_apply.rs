//! Applying Stage 3 edits.

use super::document::Document;
use super::msg::{new_name, Applied, Edit, Element, Refused, Typing};
use super::operations::{
    Actual, BudgetLine, Forum, ProcessPathway, Raci, RaciRow, Sla, TrackedKpi,
};
use super::operations_msg::{
    comma_list, edit_by_id, BudgetEdit, ChangeEdit, ForumEdit, OpsMsg, PathwayEdit, RaciSubject,
    ReviewEdit, SlaEdit, TeachingEdit, TrackedEdit,
};
use super::{entry, remove, set};

impl Edit for OpsMsg {
    fn typing(&self) -> Option<Typing> {
        self.typed()
    }

    fn apply(self, doc: &mut Document) -> Applied {
        doc.apply_ops(self)
    }
}

impl Document {
    fn apply_ops(&mut self, msg: OpsMsg) -> Applied {
        Ok(match msg {
            OpsMsg::SetDashboard(v) => set(&mut self.operations.dashboard, v),
            OpsMsg::EditReview(kind, e) => {
                let r = entry(&mut self.operations.reviews, kind);
                match e {
                    ReviewEdit::Owner(v) => set(&mut r.owner, v),
                    ReviewEdit::Day(v) => set(&mut r.day, v),
                    ReviewEdit::Attendees(v) => set(&mut r.attendees, v),
                }
            }
            OpsMsg::EditTeaching(audience, e) => {
                let t = entry(&mut self.operations.teaching, audience);
                match e {
                    TeachingEdit::Format(v) => set(&mut t.format, v),
                    TeachingEdit::When(v) => set(&mut t.when, v),
                    TeachingEdit::Status(v) => set(&mut t.status, v),
                }
            }
            OpsMsg::AddForum(name) => {
                let name = new_name(&name, Element::Forum)?;
                let id = self.fresh();
                self.operations.forums.push(Forum {
                    id,
                    name,
                    ..Forum::default()
                });
                true
            }
            OpsMsg::EditForum(id, e) => {
                let Some(f) = edit_by_id(&mut self.operations.forums, |f| f.id == id) else {
                    return Ok(false);
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
                    return Ok(false);
                }
                let Some(f) = edit_by_id(&mut self.operations.forums, |f| f.id == id) else {
                    return Ok(false);
                };
                match (on, f.flows.contains(&flow)) {
                    (true, false) => f.flows.push(flow),
                    (false, true) => f.flows.retain(|x| *x != flow),
                    _ => return Ok(false),
                }
                true
            }
            OpsMsg::RemoveForum(id) => remove(&mut self.operations.forums, |f| f.id == id),
            OpsMsg::EditPathway(flow, e) => {
                if self.mapping.flow(flow).is_none() {
                    return Ok(false);
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
                let name = new_name(&name, Element::RaciRole)?;
                let roles = &mut self.operations.raci_roles;
                if let Some(taken) = roles.iter().find(|r| r.eq_ignore_ascii_case(&name)) {
                    return Err(Refused::Taken {
                        what: Element::RaciRole,
                        name: taken.clone(),
                    });
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
                let mut row = RaciRow::default();
                match subject {
                    RaciSubject::Flow(f) if self.mapping.flow(f).is_some() => row.flow = Some(f),
                    RaciSubject::Program(p) if self.dialogue.find_program(p).is_some() => {
                        row.program = Some(p)
                    }
                    RaciSubject::Named(n) => row.subject = new_name(&n, Element::RaciRow)?,
                    _ => return Ok(false),
                }
                row.id = self.fresh();
                self.operations.raci.push(row);
                true
            }
            OpsMsg::SetRaci(id, role, cell) => {
                if !self.operations.raci_roles.contains(&role) {
                    return Ok(false);
                }
                let Some(row) = edit_by_id(&mut self.operations.raci, |r| r.id == id) else {
                    return Ok(false);
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
                let work = new_name(&work, Element::Sla)?;
                let id = self.fresh();
                self.operations.slas.push(Sla {
                    id,
                    work,
                    ..Sla::default()
                });
                true
            }
            OpsMsg::EditSla(id, e) => {
                let Some(s) = edit_by_id(&mut self.operations.slas, |s| s.id == id) else {
                    return Ok(false);
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
                    return Ok(false);
                };
                if self.operations.tracked(kpi).is_some() {
                    return Ok(false);
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
                    return Ok(false);
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
                    return Ok(false);
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
                let subject = new_name(&subject, Element::BudgetLine)?;
                let id = self.fresh();
                self.operations.budget.push(BudgetLine {
                    id,
                    subject,
                    quarter,
                    ..BudgetLine::default()
                });
                true
            }
            OpsMsg::EditBudget(id, e) => {
                let Some(b) = edit_by_id(&mut self.operations.budget, |b| b.id == id) else {
                    return Ok(false);
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
            OpsMsg::LogChange(mut entry) => {
                entry.text = new_name(&entry.text, Element::Change)?;
                entry.id = self.fresh();
                if entry.date.trim().is_empty() {
                    entry.date = entry.at.date_iso();
                }
                self.change_log.push(entry);
                true
            }
            OpsMsg::EditChange(id, e) => {
                let Some(c) = edit_by_id(&mut self.change_log, |c| c.id == id) else {
                    return Ok(false);
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
        })
    }
}
