//! Stage 1 edits that touch only the dialogue: segments, supporting programs, which
//! constituents a category reaches, and the roadmap's order.

use super::dialogue::{Constituent, Dialogue, Priority, Program, ProgramStatus, Segment};
use super::ids::{CategoryId, ConstituentId, ProgramId, SegmentId};
use super::roadmap::roadmap;
use super::{remove, set};

/// One Stage 1 edit.
#[derive(Clone, Debug, PartialEq)]
pub enum DialogueMsg {
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

impl DialogueMsg {
    /// Typing into one segment or program field is one undo step.
    pub fn coalesce_key(&self) -> Option<String> {
        match self {
            DialogueMsg::RenameSegment(_, s, _) => Some(format!("seg-name-{}", s.0)),
            DialogueMsg::SetSegmentNote(_, s, _) => Some(format!("seg-note-{}", s.0)),
            _ => None,
        }
    }
}

impl Dialogue {
    fn constituent_mut(&mut self, id: ConstituentId) -> Option<&mut Constituent> {
        self.constituents.iter_mut().find(|c| c.id == id)
    }

    /// Applies a Stage 1 edit; `next_id` is the document's id counter. True when it changed.
    pub fn apply(&mut self, msg: DialogueMsg, next_id: &mut u64) -> bool {
        let mut fresh = || super::next_id(next_id);
        match msg {
            DialogueMsg::AddSegment(c, name) => {
                let name = name.trim().to_string();
                match self.constituent_mut(c) {
                    Some(c) if !name.is_empty() => {
                        let id = SegmentId(fresh());
                        c.segments.push(Segment {
                            id,
                            name,
                            note: String::new(),
                        });
                        true
                    }
                    _ => false,
                }
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
            DialogueMsg::AddProgram(c, name) => {
                let name = name.trim().to_string();
                match self.constituent_mut(c) {
                    Some(c) if !name.is_empty() => {
                        let id = ProgramId(fresh());
                        c.programs.push(Program {
                            id,
                            name,
                            ..Program::default()
                        });
                        true
                    }
                    _ => false,
                }
            }
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
