//! Stage 1 edits: constituents, the listen and speak categories, the side loops, the signs of
//! a lopsided dialogue, segments, supporting programs, reach and the roadmap's order.

use super::dialogue::{
    Constituent, ConstituentKind, CoverageStatus, Dialogue, Importance, LoopOwnership,
    LopsidedSign, Priority, Program, ProgramStatus, Segment, Side,
};
use super::document::Document;
use super::ids::{CategoryId, ConstituentId, ProgramId, SegmentId};
use super::mapping::Counterpart;
use super::msg::{new_name, Applied, Edit, Element, Typing};
use super::roadmap::roadmap;
use super::{remove, set};

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

/// One Stage 1 edit.
#[derive(Clone, Debug, PartialEq)]
pub enum DialogueMsg {
    AddConstituent {
        side: Side,
        name: String,
    },
    /// Removes a constituent, and every reach and flow counterpart that named it.
    RemoveConstituent(ConstituentId),
    EditConstituent(ConstituentId, ConstituentEdit),
    EditCategory(CategoryId, CategoryEdit),
    SetLoopOwner(SideLoop, String),
    SetLoopHow(SideLoop, String),
    ToggleLopsidedSign(LopsidedSign),
    AddSegment(ConstituentId, String),
    RenameSegment(ConstituentId, SegmentId, String),
    SetSegmentNote(ConstituentId, SegmentId, String),
    RemoveSegment(ConstituentId, SegmentId),
    AddProgram(ConstituentId, String),
    SetProgramStatus(ConstituentId, ProgramId, ProgramStatus),
    SetProgramPriority(ConstituentId, ProgramId, Priority),
    RemoveProgram(ConstituentId, ProgramId),
    /// Whether a category reaches a constituent.
    SetReach(CategoryId, ConstituentId, bool),
    /// Moves a roadmap item to a position in the roadmap as it is shown.
    MoveRoadmap(ProgramId, usize),
}

impl Edit for DialogueMsg {
    fn typing(&self) -> Option<Typing> {
        match self {
            DialogueMsg::EditConstituent(id, ConstituentEdit::Name(_)) => {
                Some(Typing::ConstituentName(*id))
            }
            DialogueMsg::EditConstituent(id, ConstituentEdit::Note(_)) => {
                Some(Typing::ConstituentNote(*id))
            }
            DialogueMsg::EditCategory(id, CategoryEdit::Activities(_)) => {
                Some(Typing::Activities(*id))
            }
            DialogueMsg::SetLoopOwner(l, _) => Some(Typing::LoopOwner(*l)),
            DialogueMsg::SetLoopHow(l, _) => Some(Typing::LoopHow(*l)),
            DialogueMsg::RenameSegment(_, s, _) => Some(Typing::SegmentName(*s)),
            DialogueMsg::SetSegmentNote(_, s, _) => Some(Typing::SegmentNote(*s)),
            _ => None,
        }
    }

    fn apply(self, doc: &mut Document) -> Applied {
        match self {
            DialogueMsg::AddConstituent { side, name } => {
                let name = new_name(&name, Element::Constituent)?;
                let id = doc.fresh();
                doc.dialogue.constituents.push(Constituent {
                    id,
                    side,
                    kind: ConstituentKind::Custom,
                    name,
                    enabled: true,
                    ..Constituent::default()
                });
                Ok(true)
            }
            DialogueMsg::RemoveConstituent(id) => {
                if !remove(&mut doc.dialogue.constituents, |c| c.id == id) {
                    return Ok(false);
                }
                for cat in &mut doc.dialogue.categories {
                    cat.reaches.retain(|c| *c != id);
                }
                for flow in &mut doc.mapping.flows {
                    if flow.counterpart == Some(Counterpart::Constituent(id)) {
                        flow.counterpart = None;
                    }
                }
                Ok(true)
            }
            DialogueMsg::AddSegment(c, name) => {
                let name = new_name(&name, Element::Segment)?;
                if doc.dialogue.constituent_mut(c).is_none() {
                    return Ok(false);
                }
                let id = SegmentId(doc.fresh());
                let Some(c) = doc.dialogue.constituent_mut(c) else {
                    return Ok(false);
                };
                c.segments.push(Segment {
                    id,
                    name,
                    note: String::new(),
                });
                Ok(true)
            }
            DialogueMsg::AddProgram(c, name) => {
                let name = new_name(&name, Element::Program)?;
                if doc.dialogue.constituent_mut(c).is_none() {
                    return Ok(false);
                }
                let id = ProgramId(doc.fresh());
                let Some(c) = doc.dialogue.constituent_mut(c) else {
                    return Ok(false);
                };
                c.programs.push(Program {
                    id,
                    name,
                    ..Program::default()
                });
                Ok(true)
            }
            other => Ok(doc.dialogue.edit(other)),
        }
    }
}

impl Dialogue {
    fn constituent_mut(&mut self, id: ConstituentId) -> Option<&mut Constituent> {
        self.constituents.iter_mut().find(|c| c.id == id)
    }

    /// Applies a Stage 1 edit that touches only the dialogue and adds nothing.
    fn edit(&mut self, msg: DialogueMsg) -> bool {
        match msg {
            DialogueMsg::AddConstituent { .. }
            | DialogueMsg::RemoveConstituent(_)
            | DialogueMsg::AddSegment(..)
            | DialogueMsg::AddProgram(..) => unreachable!("applied with the document"),
            DialogueMsg::EditConstituent(id, edit) => {
                let Some(c) = self.constituent_mut(id) else {
                    return false;
                };
                match edit {
                    ConstituentEdit::Name(v) => set(&mut c.name, v),
                    ConstituentEdit::Enabled(v) => set(&mut c.enabled, v),
                    ConstituentEdit::ImportanceNow(v) => set(&mut c.importance_now, v),
                    ConstituentEdit::ImportanceNextYear(v) => set(&mut c.importance_next_year, v),
                    ConstituentEdit::Note(v) => set(&mut c.note, v),
                }
            }
            DialogueMsg::EditCategory(id, edit) => {
                let Some(c) = self.categories.iter_mut().find(|c| c.id == id) else {
                    return false;
                };
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
            }
            DialogueMsg::SetLoopOwner(l, v) => set(&mut self.side_loop(l).owner, v),
            DialogueMsg::SetLoopHow(l, v) => set(&mut self.side_loop(l).how, v),
            DialogueMsg::ToggleLopsidedSign(sign) => {
                let signs = &mut self.lopsided_signs;
                if let Some(i) = signs.iter().position(|s| *s == sign) {
                    signs.remove(i);
                } else {
                    signs.push(sign);
                }
                true
            }
            DialogueMsg::RenameSegment(c, s, name) => {
                self.segment(c, s, |seg| set(&mut seg.name, name))
            }
            DialogueMsg::SetSegmentNote(c, s, note) => {
                self.segment(c, s, |seg| set(&mut seg.note, note))
            }
            DialogueMsg::RemoveSegment(c, s) => match self.constituent_mut(c) {
                Some(c) => remove(&mut c.segments, |x| x.id == s),
                None => false,
            },
            DialogueMsg::SetProgramStatus(c, p, status) => {
                self.program(c, p, |x| set(&mut x.status, status))
            }
            DialogueMsg::SetProgramPriority(c, p, prio) => {
                self.program(c, p, |x| set(&mut x.priority, prio))
            }
            DialogueMsg::RemoveProgram(c, p) => {
                let removed = match self.constituent_mut(c) {
                    Some(c) => remove(&mut c.programs, |x| x.id == p),
                    None => false,
                };
                if removed {
                    self.roadmap_order.retain(|x| *x != p);
                }
                removed
            }
            DialogueMsg::SetReach(cat, c, on) => {
                if self.constituent(c).is_none() {
                    return false;
                }
                let Some(cat) = self.categories.iter_mut().find(|x| x.id == cat) else {
                    return false;
                };
                let has = cat.reaches.contains(&c);
                match (has, on) {
                    (false, true) => cat.reaches.push(c),
                    (true, false) => cat.reaches.retain(|x| *x != c),
                    _ => return false,
                }
                true
            }
            DialogueMsg::MoveRoadmap(p, to) => {
                let mut order: Vec<ProgramId> = roadmap(self).iter().map(|i| i.program).collect();
                let Some(from) = order.iter().position(|x| *x == p) else {
                    return false;
                };
                let to = to.min(order.len() - 1);
                if from == to {
                    return false;
                }
                let item = order.remove(from);
                order.insert(to, item);
                self.roadmap_order = order;
                true
            }
        }
    }

    fn side_loop(&mut self, l: SideLoop) -> &mut LoopOwnership {
        match l {
            SideLoop::A1 => &mut self.loop_a1,
            SideLoop::B1 => &mut self.loop_b1,
        }
    }

    fn segment(
        &mut self,
        c: ConstituentId,
        s: SegmentId,
        f: impl FnOnce(&mut Segment) -> bool,
    ) -> bool {
        self.constituent_mut(c)
            .and_then(|c| c.segments.iter_mut().find(|x| x.id == s))
            .is_some_and(f)
    }

    fn program(
        &mut self,
        c: ConstituentId,
        p: ProgramId,
        f: impl FnOnce(&mut Program) -> bool,
    ) -> bool {
        self.constituent_mut(c)
            .and_then(|c| c.programs.iter_mut().find(|x| x.id == p))
            .is_some_and(f)
    }
}
