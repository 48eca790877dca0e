//! Edits to the team page's parts: the charter, today's people, the plan for the next
//! stage's roles (as Stage 3 budget lines), the customer life cycle and the lead hand-off
//! agreement (kept in step with its Stage 3 SLA).

use super::document::Document;
use super::ids::{FlowId, OpsId, SubFunctionId};
use super::msg::{new_name, Applied, Edit, Element, Refused, Typing};
use super::operations::BudgetLine;
use super::operations_msg::edit_by_id;
use super::team::{
    person_named, CharterKind, CharterScope, Decision, Driver, Lifecycle, Person, PlanLine,
    Qualifier, Role,
};
use super::{remove, set};

/// One edit to the team.
#[derive(Clone, Debug, PartialEq)]
pub enum TeamMsg {
    /// An edit to the marketing-operations charter.
    Charter(CharterEdit),
    /// Adds a person to the one list, placed in a Stage 2 sub-function or not. A blank name is
    /// refused; a name already on the list adds nobody, but places that person in the
    /// sub-function given (picking someone from the list rather than naming them twice), and
    /// is refused when no sub-function is given.
    AddPerson {
        name: String,
        sub_function: Option<SubFunctionId>,
    },
    RenamePerson(OpsId, String),
    RemovePerson(OpsId),
    /// Places a person in a Stage 2 sub-function (None: in none).
    SetSubFunction(OpsId, Option<SubFunctionId>),
    /// Gives a person a role at 0 FTE, for them to say how much of their time it takes.
    AddRole(OpsId, Role),
    /// A person's full-time equivalents on a role (0 to 1; the role is added when missing).
    SetRole(OpsId, Role, f64),
    /// Takes a role off a person.
    RemoveRole(OpsId, Role),
    /// Decides how to close a role's gap, with a Stage 3 budget line for its quarter and cost.
    Decide {
        role: Role,
        decision: Decision,
        quarter: String,
        cost: f64,
    },
    /// Changes a decision (and its budget line's subject).
    SetDecision(OpsId, Decision),
    /// Drops a decision and its budget line.
    RemovePlanLine(OpsId),
    /// An edit to the lead hand-off agreement; its Stage 3 SLA follows.
    HandOff(HandOffEdit),
    /// Places a Stage 2 flow in the customer life cycle (None: back to the suggestion).
    SetLifecycle(FlowId, Option<Lifecycle>),
}

/// One edit to the lead hand-off agreement.
#[derive(Clone, Debug, PartialEq)]
pub enum HandOffEdit {
    Criteria(String),
    Qualifier(Qualifier),
    FollowUpHours(Option<u32>),
    ReviewDay(String),
    ReviewAttendees(String),
    MarketingSignatory(String),
    SalesSignatory(String),
}

impl Document {
    fn apply_charter(&mut self, edit: CharterEdit) -> bool {
        let c = &mut self.operations.team.charter;
        match edit {
            CharterEdit::Outcomes(v) => set(&mut c.outcomes, v),
            CharterEdit::Driver(d, on) => {
                if on == c.drivers.contains(&d) {
                    false
                } else {
                    if on {
                        c.drivers.push(d);
                        c.drivers.sort();
                    } else {
                        c.drivers.retain(|x| *x != d);
                    }
                    true
                }
            }
            CharterEdit::Scope(v) => set(&mut c.scope, v),
            CharterEdit::Text(v) => set(&mut c.text, v),
            CharterEdit::StartFrom(kind, outcomes) => {
                let before = c.clone();
                c.start_from(kind, &outcomes);
                *c != before
            }
        }
    }

    /// Keeps the hand-off agreement's Stage 3 SLA in step with it: made once the agreement
    /// has criteria or a follow-up time, made again if it was removed, rewritten on each edit.
    fn sync_handoff_sla(&mut self) {
        let h = &self.operations.team.handoff;
        if !h.is_started() {
            return;
        }
        let existing = h
            .sla
            .filter(|id| self.operations.slas.iter().any(|s| s.id == *id));
        let id = match existing {
            Some(id) => id,
            None => {
                let id = self.fresh();
                self.operations.slas.push(crate::domain::operations::Sla {
                    id,
                    ..Default::default()
                });
                self.operations.team.handoff.sla = Some(id);
                id
            }
        };
        let sla = self.operations.team.handoff.as_sla(id);
        if let Some(s) = self.operations.slas.iter_mut().find(|s| s.id == id) {
            *s = sla;
        }
    }

    fn apply_team(&mut self, edit: TeamMsg) -> Applied {
        let team = &mut self.operations.team;
        Ok(match edit {
            TeamMsg::Charter(edit) => self.apply_charter(edit),
            TeamMsg::AddPerson { name, sub_function } => {
                let name = new_name(&name, Element::Person)?;
                let known = |s: SubFunctionId| self.mapping.sub_function(s).is_some();
                if sub_function.is_some_and(|s| !known(s)) {
                    return Ok(false);
                }
                if let Some(p) = person_named(&team.people, &name) {
                    let (existing, taken) = (p.id, p.name.trim().to_string());
                    return match (
                        sub_function,
                        edit_by_id(&mut team.people, |p| p.id == existing),
                    ) {
                        (Some(_), Some(p)) => Ok(set(&mut p.sub_function, sub_function)),
                        _ => Err(Refused::Taken {
                            what: Element::Person,
                            name: taken,
                        }),
                    };
                }
                let id = self.fresh();
                self.operations.team.people.push(Person {
                    id,
                    name,
                    sub_function,
                    roles: Vec::new(),
                });
                true
            }
            TeamMsg::SetSubFunction(id, sub) => {
                if sub.is_some_and(|s| self.mapping.sub_function(s).is_none()) {
                    return Ok(false);
                }
                match edit_by_id(&mut team.people, |p| p.id == id) {
                    Some(p) => set(&mut p.sub_function, sub),
                    None => false,
                }
            }
            TeamMsg::AddRole(id, role) => {
                let Some(p) = edit_by_id(&mut team.people, |p| p.id == id) else {
                    return Ok(false);
                };
                if p.roles.iter().any(|(r, _)| *r == role) {
                    return Ok(false);
                }
                p.roles.push((role, 0.0));
                p.roles.sort_by_key(|(r, _)| *r);
                true
            }
            TeamMsg::RemoveRole(id, role) => match edit_by_id(&mut team.people, |p| p.id == id) {
                Some(p) => remove(&mut p.roles, |(r, _)| *r == role),
                None => false,
            },
            TeamMsg::RenamePerson(id, name) => match edit_by_id(&mut team.people, |p| p.id == id) {
                Some(p) => set(&mut p.name, name),
                None => false,
            },
            TeamMsg::RemovePerson(id) => remove(&mut team.people, |p| p.id == id),
            TeamMsg::SetRole(id, role, fte) => {
                let Some(p) = edit_by_id(&mut team.people, |p| p.id == id) else {
                    return Ok(false);
                };
                let fte = if fte.is_finite() {
                    fte.clamp(0.0, 1.0)
                } else {
                    return Ok(false);
                };
                match p.roles.iter().position(|(r, _)| *r == role) {
                    Some(i) => set(&mut p.roles[i].1, fte),
                    None => {
                        p.roles.push((role, fte));
                        p.roles.sort_by_key(|(r, _)| *r);
                        true
                    }
                }
            }
            TeamMsg::Decide {
                role,
                decision,
                quarter,
                cost,
            } => {
                if team.decision(role).is_some() {
                    return Ok(false);
                }
                let budget: OpsId = self.fresh();
                let id: OpsId = self.fresh();
                self.operations.budget.push(BudgetLine {
                    id: budget,
                    subject: decision.subject(role),
                    quarter,
                    amount: if cost.is_finite() { cost.max(0.0) } else { 0.0 },
                    plan: role.duty().into(),
                });
                self.operations.team.plan.push(PlanLine {
                    id,
                    role: Some(role),
                    decision,
                    budget,
                });
                true
            }
            TeamMsg::SetDecision(id, decision) => {
                let Some(line) = edit_by_id(&mut team.plan, |l| l.id == id) else {
                    return Ok(false);
                };
                if !set(&mut line.decision, decision) {
                    return Ok(false);
                }
                let (budget, role) = (line.budget, line.role);
                if let (Some(b), Some(role)) = (
                    edit_by_id(&mut self.operations.budget, |b| b.id == budget),
                    role,
                ) {
                    b.subject = decision.subject(role);
                }
                true
            }
            TeamMsg::HandOff(e) => {
                let h = &mut team.handoff;
                let changed = match e {
                    HandOffEdit::Criteria(v) => set(&mut h.criteria, v),
                    HandOffEdit::Qualifier(v) => set(&mut h.qualifier, v),
                    HandOffEdit::FollowUpHours(v) => set(&mut h.follow_up_hours, v),
                    HandOffEdit::ReviewDay(v) => set(&mut h.review_day, v),
                    HandOffEdit::ReviewAttendees(v) => set(&mut h.review_attendees, v),
                    HandOffEdit::MarketingSignatory(v) => set(&mut h.marketing_signatory, v),
                    HandOffEdit::SalesSignatory(v) => set(&mut h.sales_signatory, v),
                };
                if changed {
                    self.sync_handoff_sla();
                }
                changed
            }
            TeamMsg::SetLifecycle(flow, l) => {
                let list = &mut team.lifecycle;
                let at = list.iter().position(|(f, _)| *f == flow);
                match (at, l) {
                    (Some(i), Some(l)) => set(&mut list[i].1, l),
                    (Some(i), None) => {
                        list.remove(i);
                        true
                    }
                    (None, Some(l)) => {
                        list.push((flow, l));
                        true
                    }
                    (None, None) => false,
                }
            }
            TeamMsg::RemovePlanLine(id) => {
                let Some(budget) = team.plan.iter().find(|l| l.id == id).map(|l| l.budget) else {
                    return Ok(false);
                };
                team.plan.retain(|l| l.id != id);
                self.operations.budget.retain(|b| b.id != budget);
                true
            }
        })
    }
}

impl Edit for TeamMsg {
    fn typing(&self) -> Option<Typing> {
        match self {
            TeamMsg::Charter(CharterEdit::Outcomes(_)) => Some(Typing::CharterOutcomes),
            TeamMsg::Charter(CharterEdit::Text(_)) => Some(Typing::CharterText),
            TeamMsg::RenamePerson(id, _) => Some(Typing::PersonName(*id)),
            TeamMsg::SetRole(id, role, _) => Some(Typing::RoleFte(*id, *role)),
            TeamMsg::HandOff(e) => Some(Typing::HandOff(std::mem::discriminant(e))),
            _ => None,
        }
    }

    fn apply(self, doc: &mut Document) -> Applied {
        doc.apply_team(self)
    }
}

/// One edit to the charter.
#[derive(Clone, Debug, PartialEq)]
pub enum CharterEdit {
    Outcomes(String),
    /// Whether the charter serves a driver.
    Driver(Driver, bool),
    Scope(CharterScope),
    /// The user's own text; empty goes back to the composed one.
    Text(String),
    /// Fills the parts with a typical charter of this kind, with these usual outcomes.
    StartFrom(CharterKind, String),
}
