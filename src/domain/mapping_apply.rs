//! Applying Stage 2 edits. Removing a sub-function or a flow reaches into the team and
//! Stage 3, so every edit applies to the whole document.

use super::document::Document;
use super::ids::{FlowId, KpiId};
use super::mapping::{
    CompanyFunction, Counterpart, Direction, Flow, Kpi, Mapping, Presence, SubFunction,
    SubFunctionKind,
};
use super::mapping_msg::{FlowEdit, KpiEdit, MappingMsg};
use super::msg::{new_name, Applied, Edit, Element, Typing};
use super::set;

impl Mapping {
    fn flow_mut(&mut self, id: FlowId) -> Option<&mut Flow> {
        self.flows.iter_mut().find(|f| f.id == id)
    }
}

impl Edit for MappingMsg {
    fn typing(&self) -> Option<Typing> {
        self.typed()
    }

    fn apply(self, doc: &mut Document) -> Applied {
        match self {
            MappingMsg::AddSubFunction { name, kind } => {
                let name = new_name(&name, Element::SubFunction)?;
                let id = doc.fresh();
                doc.mapping.sub_functions.push(SubFunction {
                    id,
                    name,
                    kind,
                    owner: None,
                    fte: 1.0,
                });
                Ok(true)
            }
            MappingMsg::RemoveSubFunction(id) => {
                let m = &mut doc.mapping;
                if !super::remove(&mut m.sub_functions, |s| s.id == id) {
                    return Ok(false);
                }
                for s in &mut m.sub_functions {
                    if s.owner == Some(id) {
                        s.owner = None;
                    }
                }
                for f in &mut m.flows {
                    if f.owner == Some(id) {
                        f.owner = None;
                    }
                }
                // Its people stay in the one list, placed nowhere until moved.
                for p in &mut doc.operations.team.people {
                    if p.sub_function == Some(id) {
                        p.sub_function = None;
                    }
                }
                Ok(true)
            }
            MappingMsg::AddFunction(name) => {
                let name = new_name(&name, Element::Function)?;
                let id = doc.fresh();
                doc.mapping.functions.push(CompanyFunction { id, name });
                Ok(true)
            }
            MappingMsg::AddFlow {
                name,
                direction,
                scope,
                owner,
            } => {
                let name = new_name(&name, Element::Flow)?;
                let id = doc.fresh();
                doc.mapping.flows.push(Flow {
                    id,
                    name,
                    direction,
                    scope,
                    owner,
                    ..Flow::default()
                });
                Ok(true)
            }
            MappingMsg::AdoptFlow {
                name,
                direction,
                scope,
                owner,
                counterpart,
                kpi,
            } => {
                let name = new_name(&name, Element::Flow)?;
                let id = FlowId(doc.fresh());
                let kpis = if kpi.trim().is_empty() {
                    Vec::new()
                } else {
                    vec![Kpi {
                        id: KpiId(doc.fresh()),
                        metric: kpi.trim().to_string(),
                        ..Kpi::default()
                    }]
                };
                doc.mapping.flows.push(Flow {
                    id,
                    name,
                    direction,
                    scope,
                    owner,
                    counterpart,
                    kpis,
                    ..Flow::default()
                });
                Ok(true)
            }
            MappingMsg::RemoveFlow(id) => {
                if !super::remove(&mut doc.mapping.flows, |f| f.id == id) {
                    return Ok(false);
                }
                for f in &mut doc.mapping.flows {
                    f.feeds.retain(|x| *x != id);
                }
                let ops = &mut doc.operations;
                ops.pathways.retain(|p| p.flow != id);
                for forum in &mut ops.forums {
                    forum.flows.retain(|x| *x != id);
                }
                for row in &mut ops.raci {
                    if row.flow == Some(id) {
                        row.flow = None;
                    }
                }
                Ok(true)
            }
            MappingMsg::AddKpi(id) => {
                if doc.mapping.flow_mut(id).is_none() {
                    return Ok(false);
                }
                let kpi = KpiId(doc.fresh());
                let Some(f) = doc.mapping.flow_mut(id) else {
                    return Ok(false);
                };
                f.kpis.push(Kpi {
                    id: kpi,
                    ..Kpi::default()
                });
                Ok(true)
            }
            MappingMsg::SetFirstMetric(id, metric) => {
                let needs_kpi = match doc.mapping.flow_mut(id) {
                    None => return Ok(false),
                    Some(f) => f.kpis.is_empty(),
                };
                if needs_kpi && metric.trim().is_empty() {
                    return Ok(false);
                }
                let kpi = needs_kpi.then(|| KpiId(doc.fresh()));
                let Some(f) = doc.mapping.flow_mut(id) else {
                    return Ok(false);
                };
                if let Some(kpi) = kpi {
                    f.kpis.push(Kpi {
                        id: kpi,
                        ..Kpi::default()
                    });
                }
                Ok(set(&mut f.kpis[0].metric, metric))
            }
            other => Ok(doc.mapping.edit(other)),
        }
    }
}

impl Mapping {
    /// Applies a Stage 2 edit that touches only the mapping and adds nothing.
    fn edit(&mut self, msg: MappingMsg) -> bool {
        match msg {
            MappingMsg::AddSubFunction { .. }
            | MappingMsg::RemoveSubFunction(_)
            | MappingMsg::AddFunction(_)
            | MappingMsg::AddFlow { .. }
            | MappingMsg::AdoptFlow { .. }
            | MappingMsg::RemoveFlow(_)
            | MappingMsg::AddKpi(_)
            | MappingMsg::SetFirstMetric(..) => unreachable!("applied with the document"),
            MappingMsg::RenameSubFunction(id, name) => {
                match self.sub_functions.iter_mut().find(|s| s.id == id) {
                    Some(s) => set(&mut s.name, name),
                    None => false,
                }
            }
            MappingMsg::SetFte(id, fte) => {
                let fte = if fte.is_finite() {
                    fte.clamp(0.0, 1000.0)
                } else {
                    0.0
                };
                match self.sub_functions.iter_mut().find(|s| s.id == id) {
                    Some(s) => set(&mut s.fte, fte),
                    None => false,
                }
            }
            MappingMsg::RemoveFunction(id) => {
                if !super::remove(&mut self.functions, |f| f.id == id) {
                    return false;
                }
                for f in &mut self.flows {
                    if f.counterpart == Some(Counterpart::Function(id)) {
                        f.counterpart = None;
                    }
                }
                true
            }
            MappingMsg::EditFlow(id, edit) => {
                let Some(f) = self.flow_mut(id) else {
                    return false;
                };
                match edit {
                    FlowEdit::Name(v) => set(&mut f.name, v),
                    FlowEdit::Direction(v) => set(&mut f.direction, v),
                    FlowEdit::Scope(v) => set(&mut f.scope, v),
                    FlowEdit::Owner(v) => set(&mut f.owner, v),
                    FlowEdit::Counterpart(v) => set(&mut f.counterpart, v),
                    FlowEdit::Status(v) => set(&mut f.status, v),
                }
            }
            MappingMsg::SetKind(id, kind) => {
                let Some(s) = self.sub_functions.iter_mut().find(|s| s.id == id) else {
                    return false;
                };
                if kind != SubFunctionKind::Agency {
                    s.owner = None;
                }
                set(&mut s.kind, kind)
            }
            MappingMsg::SetOwner(id, owner) => {
                if owner == Some(id) || owner.is_some_and(|o| self.sub_function(o).is_none()) {
                    return false;
                }
                let Some(s) = self.sub_functions.iter_mut().find(|s| s.id == id) else {
                    return false;
                };
                set(&mut s.owner, owner)
            }
            MappingMsg::RenameFunction(id, name) => {
                match self.functions.iter_mut().find(|f| f.id == id) {
                    Some(f) => set(&mut f.name, name),
                    None => false,
                }
            }
            MappingMsg::SetPriority(id, p) => {
                self.flow_mut(id).is_some_and(|f| set(&mut f.priority, p))
            }
            MappingMsg::SetNote(id, note) => {
                self.flow_mut(id).is_some_and(|f| set(&mut f.note, note))
            }
            MappingMsg::EditKpi(id, kpi, edit) => {
                let Some(k) = self
                    .flow_mut(id)
                    .and_then(|f| f.kpis.iter_mut().find(|k| k.id == kpi))
                else {
                    return false;
                };
                match edit {
                    KpiEdit::Metric(v) => set(&mut k.metric, v),
                    KpiEdit::Target(v) => set(&mut k.target, v),
                    KpiEdit::Unit(v) => set(&mut k.unit, v),
                    KpiEdit::Period(v) => set(&mut k.period, v),
                    KpiEdit::Measurability(v) => set(&mut k.measurability, v),
                    KpiEdit::Proxy(v) => set(&mut k.proxy, v),
                }
            }
            MappingMsg::RemoveKpi(id, kpi) => self.flow_mut(id).is_some_and(|f| {
                let before = f.kpis.len();
                f.kpis.retain(|k| k.id != kpi);
                f.kpis.len() != before
            }),
            MappingMsg::SetFeeds(input, output, on) => {
                let is_output = self
                    .flow(output)
                    .is_some_and(|f| f.direction == Direction::Output);
                let Some(f) = self.flow_mut(input) else {
                    return false;
                };
                if f.direction != Direction::Input || !is_output {
                    return false;
                }
                match (f.feeds.contains(&output), on) {
                    (false, true) => f.feeds.push(output),
                    (true, false) => f.feeds.retain(|x| *x != output),
                    _ => return false,
                }
                true
            }
            MappingMsg::SetPractice(p, v) => upsert(&mut self.team_loop, p, v),
            MappingMsg::SetSkill(q, v) => upsert(&mut self.skills, q, v),
            MappingMsg::SkipSuggestion(name) => {
                let key = name.trim().to_lowercase();
                if key.is_empty() || self.skipped.contains(&key) {
                    return false;
                }
                self.skipped.push(key);
                true
            }
            MappingMsg::RestoreSuggestions => {
                let had = !self.skipped.is_empty();
                self.skipped.clear();
                had
            }
        }
    }
}

fn upsert<K: PartialEq>(list: &mut Vec<(K, Presence)>, key: K, value: Presence) -> bool {
    set(super::entry(list, key), value)
}
