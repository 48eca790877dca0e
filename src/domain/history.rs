//! Undo and redo over the last [`LIMIT`] changes, with typing into one field as one step.

use super::document::Document;
use super::ids::Timestamp;
use super::msg::{Applied, Msg, Typing};
use std::collections::VecDeque;

/// How many changes can be undone.
pub const LIMIT: usize = 100;

/// A document with its undo and redo stacks. Every change goes through [`Editor::dispatch`].
#[derive(Clone, Debug, Default)]
pub struct Editor {
    pub doc: Document,
    past: VecDeque<Document>,
    future: Vec<Document>,
    /// The field of the last change, while the user keeps typing into it.
    group: Option<Typing>,
}

impl Editor {
    /// An editor with no history, for a freshly opened document.
    pub fn new(doc: Document) -> Self {
        Editor {
            doc,
            ..Editor::default()
        }
    }

    /// Applies `msg`; records an undo step unless it continues the current typing group.
    /// Returns whether the document changed.
    pub fn dispatch(&mut self, msg: Msg, now: Timestamp) -> bool {
        self.try_dispatch(msg, now).unwrap_or(false)
    }

    /// [`Editor::dispatch`], saying why when the change is refused.
    pub fn try_dispatch(&mut self, msg: Msg, now: Timestamp) -> Applied {
        let key = msg.typing();
        let continues = key.is_some() && key == self.group;
        let before = if continues {
            None
        } else {
            Some(self.doc.clone())
        };
        if !self.doc.try_apply(msg)? {
            return Ok(false);
        }
        self.doc.updated_at = now;
        if let Some(before) = before {
            self.past.push_back(before);
            if self.past.len() > LIMIT {
                self.past.pop_front();
            }
        }
        self.future.clear();
        self.group = key;
        Ok(true)
    }

    /// Ends the current typing group, so the next keystroke starts a new undo step.
    pub fn seal(&mut self) {
        self.group = None;
    }

    /// Whether there is a change to undo.
    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    /// Whether there is an undone change to redo.
    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// Steps back one change. The edit time moves forward: undoing is itself an edit to save.
    pub fn undo(&mut self, now: Timestamp) -> bool {
        let Some(prev) = self.past.pop_back() else {
            return false;
        };
        self.future.push(std::mem::replace(&mut self.doc, prev));
        self.doc.updated_at = now;
        self.group = None;
        true
    }

    /// Re-applies the last undone change.
    pub fn redo(&mut self, now: Timestamp) -> bool {
        let Some(next) = self.future.pop() else {
            return false;
        };
        self.past.push_back(std::mem::replace(&mut self.doc, next));
        self.doc.updated_at = now;
        self.group = None;
        true
    }
}
