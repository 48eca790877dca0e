//! The balance of the conversation: how well you listen (side A) against how well you speak
//! (side B), derived from what the user entered in Stage 1.

use super::dialogue::{CoverageStatus, Dialogue, DialogueSide};
use super::ids::CategoryId;

/// How one side of the conversation is covered.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SideScore {
    /// Categories on this side that count (all but "not needed").
    pub relevant: usize,
    /// Of those, how many have a status.
    pub assessed: usize,
    pub in_place: usize,
    pub partial: usize,
    /// The categories marked as a gap.
    pub gaps: Vec<CategoryId>,
    /// Activities listed across the side's categories.
    pub activities: usize,
    /// Coverage from 0 to 1: in place counts 1, partial ½, gap 0, over the assessed categories.
    pub coverage: f64,
}

/// Which way the conversation leans.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lean {
    /// Not enough is assessed to say.
    Unknown,
    Balanced,
    /// More listening than speaking.
    TowardsA,
    /// More speaking than listening (the common bias).
    TowardsB,
}

/// The balance reading of a model.
#[derive(Clone, Debug, PartialEq)]
pub struct Balance {
    pub listen: SideScore,
    pub speak: SideScore,
    pub lean: Lean,
    /// How many of the five signs of a lopsided conversation the user recognises.
    pub signs: usize,
}

/// The gap in coverage that counts as leaning one way.
pub const LEAN_THRESHOLD: f64 = 0.25;

fn side(d: &Dialogue, side: DialogueSide) -> SideScore {
    let mut s = SideScore::default();
    let mut points = 0.0;
    for c in d.categories_on(side) {
        s.activities += c.activities.iter().filter(|a| !a.trim().is_empty()).count();
        match c.status {
            CoverageStatus::NotNeeded => continue,
            CoverageStatus::Unset => {}
            CoverageStatus::InPlace => {
                s.in_place += 1;
                points += 1.0;
            }
            CoverageStatus::Partial => {
                s.partial += 1;
                points += 0.5;
            }
            CoverageStatus::Gap => s.gaps.push(c.id),
        }
        s.relevant += 1;
        if c.status != CoverageStatus::Unset {
            s.assessed += 1;
        }
    }
    s.coverage = if s.assessed == 0 {
        0.0
    } else {
        points / s.assessed as f64
    };
    s
}

/// Reads the balance: which side is stronger, and by how much.
pub fn balance(d: &Dialogue) -> Balance {
    let listen = side(d, DialogueSide::ListenLearn);
    let speak = side(d, DialogueSide::EducatePersuade);
    let lean = if listen.assessed == 0 || speak.assessed == 0 {
        Lean::Unknown
    } else {
        let diff = speak.coverage - listen.coverage;
        if diff >= LEAN_THRESHOLD {
            Lean::TowardsB
        } else if diff <= -LEAN_THRESHOLD {
            Lean::TowardsA
        } else {
            Lean::Balanced
        }
    };
    Balance {
        listen,
        speak,
        lean,
        signs: d.lopsided_signs.len(),
    }
}
