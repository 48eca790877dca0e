//! A new model: the method's fixed lists from `domain`, and its standard constituents and
//! categories from here.

use super::{CATEGORIES, CONSTITUENTS};
use crate::domain::dialogue::{Category, Constituent, Program};
use crate::domain::ids::{ModelId, Timestamp};
use crate::domain::Document;

impl Document {
    /// A new model for `company`, seeded with the method's standard constituents and categories.
    pub fn new(id: ModelId, company: &str, now: Timestamp) -> Self {
        let mut doc = Document::blank(id, company, now);
        for std in CONSTITUENTS {
            let id = doc.fresh();
            let programs = std
                .programs
                .iter()
                .map(|name| Program {
                    id: doc.fresh(),
                    name: name.to_string(),
                    ..Program::default()
                })
                .collect();
            doc.dialogue.constituents.push(Constituent {
                id,
                side: std.side,
                kind: std.kind,
                name: std.name.to_string(),
                enabled: true,
                programs,
                ..Constituent::default()
            });
        }
        for std in CATEGORIES {
            let id = doc.fresh();
            doc.dialogue.categories.push(Category {
                id,
                side: std.side,
                kind: std.kind,
                name: std.name.to_string(),
                ..Category::default()
            });
        }
        doc
    }
}
