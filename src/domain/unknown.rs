//! The parts of a saved model this build does not know: fields written by a newer build of
//! the same schema version. `persist` finds them when it reads a model and writes them back
//! when it saves one (as excalidraw's restore keeps what it does not recognise), so opening a
//! file in an older build and saving it does not erase a newer build's data. The domain never
//! reads them; it only carries them along with the model they came in.

use serde_json::Value;

/// The unknown parts of one JSON object or array, as a tree that mirrors the saved model and
/// holds only what this build would not have written.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Unknown {
    /// This object's keys that this build does not know, with their values as read.
    pub fields: Vec<(String, Value)>,
    /// Keys this build knows whose values hold unknown parts further down.
    pub inside: Vec<(String, Unknown)>,
    /// Items of this array that hold unknown parts.
    pub items: Vec<(Item, Unknown)>,
}

/// Which item of an array an [`Unknown`] belongs to.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// What the item is known by when it has an identity (its `id`, or the key of a
    /// `[key, value]` pair): matched by it, so the unknown parts follow the item when items
    /// are reordered and leave with it when it is deleted.
    pub key: Option<Value>,
    /// Its position when it was read; used only for items without an identity.
    pub at: usize,
}

impl Unknown {
    /// True when there is nothing unknown at all.
    pub fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.inside.is_empty() && self.items.is_empty()
    }

    /// The unknown parts under a known key, if any.
    pub fn inside(&self, key: &str) -> Option<&Unknown> {
        self.inside.iter().find(|(k, _)| k == key).map(|(_, u)| u)
    }

    /// Of a model's unknown parts (rooted at its envelope), those inside the parts a named
    /// version freezes, so a version taken here keeps what a newer build wrote in them.
    pub fn snapshot_part(&self) -> Option<Unknown> {
        const FROZEN: [&str; 6] = [
            "company",
            "dialogue",
            "mapping",
            "operations",
            "assessment",
            "diagnostics",
        ];
        let model = self.inside("model")?;
        let part = Unknown {
            inside: (model.inside.iter())
                .filter(|(k, _)| FROZEN.contains(&k.as_str()))
                .cloned()
                .collect(),
            ..Unknown::default()
        };
        (!part.is_empty()).then_some(part)
    }

    /// Takes the unknown parts under a known key out of the tree.
    pub fn take_inside(&mut self, key: &str) -> Option<Unknown> {
        let at = self.inside.iter().position(|(k, _)| k == key)?;
        Some(self.inside.remove(at).1)
    }
}
