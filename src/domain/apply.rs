//! `Document::apply`: the one function every change goes through.

use super::assessment::{Dimension, DimensionAnswer};
use super::dialogue::{Constituent, ConstituentKind};
use super::document::{Document, NamedVersion};
use super::mapping::{CompanyFunction, Counterpart, Flow, SubFunction};
use super::{entry, set};

use super::msg::*;

impl Document {
    /// Applies one change. Returns false when it changed nothing (an unknown id, the same value),
    /// so no undo step or save follows a no-op.
    pub fn apply(&mut self, msg: Msg) -> bool {
        self.apply_inner(msg)
    }

    fn apply_inner(&mut self, msg: Msg) -> bool {
        match msg {
            Msg::SetCompany(name) => set(&mut self.company, name),
            Msg::AddConstituent { side, name } => {
                let id = self.fresh();
                self.dialogue.constituents.push(Constituent {
                    id,
                    side,
                    kind: ConstituentKind::Custom,
                    name: name.trim().to_string(),
                    enabled: true,
                    ..Constituent::default()
                });
                true
            }
            Msg::RemoveConstituent(id) => {
                let before = self.dialogue.constituents.len();
                self.dialogue.constituents.retain(|c| c.id != id);
                if self.dialogue.constituents.len() == before {
                    return false;
                }
                for cat in &mut self.dialogue.categories {
                    cat.reaches.retain(|c| *c != id);
                }
                for flow in &mut self.mapping.flows {
                    if flow.counterpart == Some(Counterpart::Constituent(id)) {
                        flow.counterpart = None;
                    }
                }
                true
            }
            Msg::EditConstituent(id, edit) => {
                if let Some(c) = self.dialogue.constituents.iter_mut().find(|c| c.id == id) {
                    match edit {
                        ConstituentEdit::Name(v) => set(&mut c.name, v),
                        ConstituentEdit::Enabled(v) => set(&mut c.enabled, v),
                        ConstituentEdit::ImportanceNow(v) => set(&mut c.importance_now, v),
                        ConstituentEdit::ImportanceNextYear(v) => {
                            set(&mut c.importance_next_year, v)
                        }
                        ConstituentEdit::Note(v) => set(&mut c.note, v),
                    }
                } else {
                    false
                }
            }
            Msg::EditCategory(id, edit) => {
                if let Some(c) = self.dialogue.categories.iter_mut().find(|c| c.id == id) {
                    match edit {
                        CategoryEdit::Activities(text) => {
                            let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
                            // A trailing newline is the user starting the next activity.
                            if text.ends_with('\n') {
                                lines.push(String::new());
                            }
                            set(&mut c.activities, lines)
                        }
                        CategoryEdit::Status(s) => set(&mut c.status, s),
                    }
                } else {
                    false
                }
            }
            Msg::SetLoopOwner(l, v) => set(&mut self.side_loop(l).owner, v),
            Msg::SetLoopHow(l, v) => set(&mut self.side_loop(l).how, v),
            Msg::Dialogue(m) => {
                let mut next = self.next_id;
                let changed = self.dialogue.apply(m, &mut next);
                self.next_id = next;
                changed
            }
            Msg::Mapping(m) => {
                let mut next = self.next_id;
                let changed = self.mapping.apply(m, &mut next);
                self.next_id = next;
                changed
            }
            Msg::ToggleLopsidedSign(sign) => {
                let signs = &mut self.dialogue.lopsided_signs;
                if let Some(i) = signs.iter().position(|s| *s == sign) {
                    signs.remove(i);
                } else {
                    signs.push(sign);
                }
                true
            }
            Msg::AddSubFunction { name, kind } => {
                let id = self.fresh();
                self.mapping.sub_functions.push(SubFunction {
                    id,
                    name: name.trim().to_string(),
                    kind,
                    owner: None,
                    fte: 1.0,
                });
                true
            }
            Msg::RenameSubFunction(id, name) => {
                match self.mapping.sub_functions.iter_mut().find(|s| s.id == id) {
                    Some(s) => set(&mut s.name, name),
                    None => false,
                }
            }
            Msg::SetFte(id, fte) => {
                let fte = if fte.is_finite() {
                    fte.clamp(0.0, 1000.0)
                } else {
                    0.0
                };
                match self.mapping.sub_functions.iter_mut().find(|s| s.id == id) {
                    Some(s) => set(&mut s.fte, fte),
                    None => false,
                }
            }
            Msg::RemoveSubFunction(id) => {
                let before = self.mapping.sub_functions.len();
                self.mapping.sub_functions.retain(|s| s.id != id);
                if self.mapping.sub_functions.len() == before {
                    return false;
                }
                for s in &mut self.mapping.sub_functions {
                    if s.owner == Some(id) {
                        s.owner = None;
                    }
                }
                for f in &mut self.mapping.flows {
                    if f.owner == Some(id) {
                        f.owner = None;
                    }
                }
                // Its people stay in the one list, placed nowhere until moved.
                for p in &mut self.operations.team.people {
                    if p.sub_function == Some(id) {
                        p.sub_function = None;
                    }
                }
                true
            }
            Msg::AddFunction(name) => {
                let id = self.fresh();
                let name = name.trim().to_string();
                self.mapping.functions.push(CompanyFunction { id, name });
                true
            }
            Msg::RemoveFunction(id) => {
                let before = self.mapping.functions.len();
                self.mapping.functions.retain(|f| f.id != id);
                if self.mapping.functions.len() == before {
                    return false;
                }
                for f in &mut self.mapping.flows {
                    if f.counterpart == Some(Counterpart::Function(id)) {
                        f.counterpart = None;
                    }
                }
                true
            }
            Msg::AddFlow {
                name,
                direction,
                scope,
                owner,
            } => {
                let id = self.fresh();
                self.mapping.flows.push(Flow {
                    id,
                    name: name.trim().to_string(),
                    direction,
                    scope,
                    owner,
                    ..Flow::default()
                });
                true
            }
            Msg::EditFlow(id, edit) => {
                let Some(f) = self.mapping.flows.iter_mut().find(|f| f.id == id) else {
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
            Msg::RemoveFlow(id) => {
                let before = self.mapping.flows.len();
                self.mapping.flows.retain(|f| f.id != id);
                if self.mapping.flows.len() == before {
                    return false;
                }
                for f in &mut self.mapping.flows {
                    f.feeds.retain(|x| *x != id);
                }
                self.operations.pathways.retain(|p| p.flow != id);
                for forum in &mut self.operations.forums {
                    forum.flows.retain(|x| *x != id);
                }
                for row in &mut self.operations.raci {
                    if row.flow == Some(id) {
                        row.flow = None;
                    }
                }
                true
            }
            Msg::SetDashboard(v) => set(&mut self.operations.dashboard, v),
            Msg::SetReview(kind, field, v) => {
                let r = entry(&mut self.operations.reviews, kind);
                match field {
                    OpsField::Owner => set(&mut r.owner, v),
                    OpsField::Day => set(&mut r.day, v),
                    OpsField::Attendees => set(&mut r.attendees, v),
                    OpsField::Format | OpsField::When => false,
                }
            }
            Msg::SetTeaching(audience, field, v) => {
                let t = entry(&mut self.operations.teaching, audience);
                match field {
                    OpsField::Format => set(&mut t.format, v),
                    OpsField::When => set(&mut t.when, v),
                    OpsField::Owner | OpsField::Day | OpsField::Attendees => false,
                }
            }
            Msg::SetStage(d, stage) => set(&mut self.answer_mut(d).stage, stage),
            Msg::SetEvidence(d, v) => set(&mut self.answer_mut(d).evidence, v),
            Msg::SetConfidence(d, v) => set(&mut self.answer_mut(d).confidence, v),
            Msg::LogChange(mut entry) => {
                entry.id = self.fresh();
                if entry.date.trim().is_empty() {
                    entry.date = entry.at.date_iso();
                }
                entry.text = entry.text.trim().into();
                self.change_log.push(entry);
                true
            }
            Msg::Ops(m) => self.apply_ops(m),
            Msg::Assess(m) => self.apply_assess(m),
            Msg::Plan(m) => self.apply_plan(m),
            Msg::SaveVersion { name, at } => {
                let id = self.fresh();
                let snapshot = self.snapshot();
                self.versions.push(NamedVersion {
                    id,
                    name: name.trim().into(),
                    at,
                    snapshot: snapshot.into(),
                });
                true
            }
        }
    }

    fn side_loop(&mut self, l: SideLoop) -> &mut super::dialogue::LoopOwnership {
        match l {
            SideLoop::A1 => &mut self.dialogue.loop_a1,
            SideLoop::B1 => &mut self.dialogue.loop_b1,
        }
    }

    fn answer_mut(&mut self, d: Dimension) -> &mut DimensionAnswer {
        entry(&mut self.assessment.answers, d)
    }
}
