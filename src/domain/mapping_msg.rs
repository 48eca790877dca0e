//! Stage 2 edits beyond adding and removing: kinds and owners of sub-functions, flow
//! details, KPIs, which outputs an input feeds, and the marketing-to-marketing loop.

use super::dialogue::Priority;
use super::ids::{FlowId, FunctionId, KpiId, SubFunctionId};
use super::mapping::{
    Counterpart, Direction, Flow, Kpi, Mapping, Measurability, Period, Presence, Scope,
    SkillQuestion, SubFunctionKind, TeamPractice,
};
use super::set;

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
    /// Typing into one KPI or note field is one undo step.
    pub fn coalesce_key(&self) -> Option<String> {
        match self {
            MappingMsg::RenameFunction(f, _) => Some(format!("fn-name-{}", f.0)),
            MappingMsg::SetNote(f, _) => Some(format!("flow-note-{}", f.0)),
            MappingMsg::SetFirstMetric(f, _) => Some(format!("flow-metric-{}", f.0)),
            MappingMsg::EditKpi(_, k, e) => {
                let field = match e {
                    KpiEdit::Metric(_) => "metric",
                    KpiEdit::Target(_) => "target",
                    KpiEdit::Unit(_) => "unit",
                    KpiEdit::Proxy(_) => "proxy",
                    KpiEdit::Period(_) | KpiEdit::Measurability(_) => return None,
                };
                Some(format!("kpi-{field}-{}", k.0))
            }
            _ => None,
        }
    }
}

impl Mapping {
    fn flow_mut(&mut self, id: FlowId) -> Option<&mut Flow> {
        self.flows.iter_mut().find(|f| f.id == id)
    }

    /// Applies a Stage 2 edit; `next_id` is the document's id counter. True when it changed.
    pub fn apply(&mut self, msg: MappingMsg, next_id: &mut u64) -> bool {
        let mut fresh = || super::next_id(next_id);
        match msg {
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
            MappingMsg::AdoptFlow {
                name,
                direction,
                scope,
                owner,
                counterpart,
                kpi,
            } => {
                let name = name.trim().to_string();
                if name.is_empty() {
                    return false;
                }
                let id = FlowId(fresh());
                let kpis = if kpi.trim().is_empty() {
                    Vec::new()
                } else {
                    vec![Kpi {
                        id: KpiId(fresh()),
                        metric: kpi.trim().to_string(),
                        ..Kpi::default()
                    }]
                };
                self.flows.push(Flow {
                    id,
                    name,
                    direction,
                    scope,
                    owner,
                    counterpart,
                    kpis,
                    ..Flow::default()
                });
                true
            }
            MappingMsg::SetPriority(id, p) => {
                self.flow_mut(id).is_some_and(|f| set(&mut f.priority, p))
            }
            MappingMsg::SetNote(id, note) => {
                self.flow_mut(id).is_some_and(|f| set(&mut f.note, note))
            }
            MappingMsg::AddKpi(id) => {
                let kpi = KpiId(fresh());
                match self.flow_mut(id) {
                    Some(f) => {
                        f.kpis.push(Kpi {
                            id: kpi,
                            ..Kpi::default()
                        });
                        true
                    }
                    None => false,
                }
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
            MappingMsg::SetFirstMetric(id, metric) => {
                let Some(f) = self.flow_mut(id) else {
                    return false;
                };
                if f.kpis.is_empty() {
                    if metric.trim().is_empty() {
                        return false;
                    }
                    f.kpis.push(Kpi {
                        id: KpiId(fresh()),
                        ..Kpi::default()
                    });
                }
                set(&mut f.kpis[0].metric, metric)
            }
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
