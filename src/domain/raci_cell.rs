//! What one role holds in one RACI row, and how typing and clicking step through it.

use super::operations::Raci;

/// What one role holds in one RACI row.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum RaciCell {
    #[default]
    None,
    R,
    A,
    C,
    I,
    /// Accountable and also does the work.
    AR,
}

impl RaciCell {
    pub const ALL: [RaciCell; 6] = [
        RaciCell::None,
        RaciCell::R,
        RaciCell::A,
        RaciCell::AR,
        RaciCell::C,
        RaciCell::I,
    ];

    /// The order a click steps through: blank, R, A, A/R, C, I, and round to blank.
    pub fn next(self) -> RaciCell {
        let i = Self::ALL.iter().position(|c| *c == self).unwrap_or(0);
        Self::ALL[(i + 1) % Self::ALL.len()]
    }

    /// The cell after typing a letter: that letter, except that R on an accountable role or
    /// A on a responsible one makes it both (A/R).
    pub fn with_letter(self, letter: Raci) -> RaciCell {
        match (self, letter) {
            (RaciCell::A | RaciCell::AR, Raci::R) | (RaciCell::R | RaciCell::AR, Raci::A) => {
                RaciCell::AR
            }
            (_, Raci::R) => RaciCell::R,
            (_, Raci::A) => RaciCell::A,
            (_, Raci::C) => RaciCell::C,
            (_, Raci::I) => RaciCell::I,
        }
    }

    /// The cell in words, as a screen reader says it.
    pub fn name(self) -> &'static str {
        match self {
            RaciCell::None => "none",
            RaciCell::R => "Responsible",
            RaciCell::A => "Accountable",
            RaciCell::C => "Consulted",
            RaciCell::I => "Informed",
            RaciCell::AR => "Accountable and responsible",
        }
    }

    /// The cell as the matrix and the CSV show it.
    pub fn code(self) -> &'static str {
        match self {
            RaciCell::None => "",
            RaciCell::R => "R",
            RaciCell::A => "A",
            RaciCell::C => "C",
            RaciCell::I => "I",
            RaciCell::AR => "A/R",
        }
    }

    pub(super) fn letters(self) -> &'static [Raci] {
        match self {
            RaciCell::None => &[],
            RaciCell::R => &[Raci::R],
            RaciCell::A => &[Raci::A],
            RaciCell::C => &[Raci::C],
            RaciCell::I => &[Raci::I],
            RaciCell::AR => &[Raci::A, Raci::R],
        }
    }

    /// The cell a role's letters make.
    pub fn of(letters: &[Raci]) -> RaciCell {
        let has = |l| letters.contains(&l);
        match (has(Raci::A), has(Raci::R)) {
            (true, true) => RaciCell::AR,
            (true, false) => RaciCell::A,
            (false, true) => RaciCell::R,
            _ if has(Raci::C) => RaciCell::C,
            _ if has(Raci::I) => RaciCell::I,
            _ => RaciCell::None,
        }
    }
}
