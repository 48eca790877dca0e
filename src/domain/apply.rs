//! `Document::apply`: the one function every change goes through, handing each area's edit to
//! that area's [`Edit::apply`]; and the edits to the model as a whole.

use super::document::{Document, NamedVersion};
use super::msg::{new_name, Applied, Edit, Element, ModelMsg, Msg, Typing};
use super::{remove, set};

impl Document {
    /// Applies one change. Returns false when it changed nothing (an unknown id, the same value)
    /// or was refused, so no undo step or save follows.
    pub fn apply(&mut self, msg: Msg) -> bool {
        self.try_apply(msg).unwrap_or(false)
    }

    /// Applies one change, saying why when it is refused.
    pub fn try_apply(&mut self, msg: Msg) -> Applied {
        match msg {
            Msg::Model(m) => m.apply(self),
            Msg::Dialogue(m) => m.apply(self),
            Msg::Mapping(m) => m.apply(self),
            Msg::Team(m) => m.apply(self),
            Msg::Ops(m) => m.apply(self),
            Msg::Assess(m) => m.apply(self),
            Msg::Plan(m) => m.apply(self),
        }
    }
}

impl Edit for ModelMsg {
    fn apply(self, doc: &mut Document) -> Applied {
        Ok(match self {
            ModelMsg::SetCompany(name) => set(&mut doc.company, name),
            ModelMsg::SaveVersion { name, at } => {
                let name = new_name(&name, Element::Version)?;
                let id = doc.fresh();
                let snapshot = doc.snapshot();
                doc.versions.push(NamedVersion {
                    id,
                    name,
                    at,
                    snapshot: snapshot.into(),
                });
                true
            }
            ModelMsg::RenameVersion(id, name) => {
                match doc.versions.iter_mut().find(|v| v.id == id) {
                    Some(v) => set(&mut v.name, name),
                    None => false,
                }
            }
            ModelMsg::RemoveVersion(id) => remove(&mut doc.versions, |v| v.id == id),
        })
    }

    fn typing(&self) -> Option<Typing> {
        match self {
            ModelMsg::SetCompany(_) => Some(Typing::Company),
            ModelMsg::RenameVersion(id, _) => Some(Typing::VersionName(*id)),
            _ => None,
        }
    }
}
