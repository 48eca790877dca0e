//! The cohort's words: positions and spreads in stage names, a client's overall stage and how
//! it was reached, what a team's answers call for, and the CSV files. The figures are
//! `domain::cohort`'s.

mod csv;

pub use csv::{cohort_csv, team_csv};

use crate::content::dimension_label;
use crate::domain::assessment::{Dimension, MaturityStage};
use crate::domain::cohort::{Client, TeamRow};

impl Client {
    /// The client's position on a dimension in words, with the team's spread where several
    /// colleagues replied: "Effective" for one reply, "median Effective, 3 colleagues from
    /// Unaware to Next Generation" for a team that differs.
    pub fn position_words(&self, dimension: Dimension) -> Option<String> {
        let own = stage_words(self.score(dimension)?);
        let (low, high, answered) = self.range(dimension)?;
        let team = self.colleagues.len();
        Some(match (team, answered) {
            (1, _) => own,
            (_, 1) => format!("{own}, only 1 of {team} colleagues answered"),
            _ if low != high => format!(
                "median {own}, {answered} colleagues from {} to {}",
                low.label(),
                high.label()
            ),
            _ if answered == team => format!("{own}, all {team} colleagues agree"),
            _ => format!("{own}, the {answered} of {team} colleagues who answered agree"),
        })
    }

    /// The overall stage in words, with how it was reached for a team: "overall Efficient, 4 of
    /// 7 areas answered" for one reply; for a team the same, then how the rule ran.
    pub fn overall_words(&self) -> Option<String> {
        let o = self.overall()?;
        let mut s = format!(
            "overall {}, {} of {} areas answered",
            o.stage.label(),
            o.answered,
            Dimension::ALL.len()
        );
        let team = self.colleagues.len();
        if team < 2 {
            return Some(s);
        }
        s.push_str(&format!(
            ". Reached by the assessment's own rule, applied to the median of the {team} \
             colleagues' answers in each area (a median between two stages counts as the lower): "
        ));
        let areas = if o.answered == 1 { "area" } else { "areas" };
        if o.base == MaturityStage::Unaware && o.answered == 1 {
            s.push_str("the one area answered sits at Unaware");
        } else if o.base == MaturityStage::Unaware {
            s.push_str(&format!("most of the {} areas sit at Unaware", o.answered));
        } else {
            let verb = if o.reach == 1 { "reaches" } else { "reach" };
            s.push_str(&format!(
                "{} of the {} {areas} {verb} {} or above",
                o.reach,
                o.answered,
                o.base.label()
            ));
        }
        match o.capped_by.as_slice() {
            [] => s.push_str(&format!(", so the team is at {}.", o.stage.label())),
            capped => {
                let verb = if capped.len() == 1 { "sits" } else { "sit" };
                s.push_str(&format!(
                    ", but {} {verb} two or more stages lower, which holds the team at {}.",
                    and_list(capped),
                    o.stage.label()
                ));
            }
        }
        Some(s)
    }
}

impl TeamRow {
    /// What the answers call for, as the team view's last column says it: "Talk it through: 2
    /// stages apart" where they lie two stages or more apart.
    pub fn verdict(&self) -> String {
        match (self.answered(), self.gap()) {
            (0, _) => "Nothing yet: nobody answered".into(),
            (1, _) => "Wait for a second answer".into(),
            (_, 0) => "Nothing: the answers agree".into(),
            (_, 1) => "Nothing urgent: 1 stage apart".into(),
            (_, n) => format!("Talk it through: {n} stages apart"),
        }
    }

    /// The spread in stage words: "Efficient to Customer-Centric", one stage when all agree.
    pub fn spread_words(&self) -> String {
        match self.spread() {
            None => "Not answered".into(),
            Some((lo, _)) if self.answered() == 1 => format!("One answer: {}", lo.label()),
            Some((lo, hi)) if lo == hi && self.answered() == self.stages.len() => {
                format!("All at {}", lo.label())
            }
            // Some left it unanswered: say the agreement is among those who answered.
            Some((lo, hi)) if lo == hi => {
                format!("The {} who answered: {}", self.answered(), lo.label())
            }
            Some((lo, hi)) => format!("{} to {}", lo.label(), hi.label()),
        }
    }
}

/// Dimension names joined as a reader lists them: "A", "A and B", "A, B and C".
fn and_list(dims: &[Dimension]) -> String {
    let mut names: Vec<&str> = dims.iter().map(|d| dimension_label(*d)).collect();
    match names.pop() {
        None => String::new(),
        Some(last) if names.is_empty() => last.to_string(),
        Some(last) => format!("{} and {last}", names.join(", ")),
    }
}

/// A position in stage words: a stage's name, or "between X and Y" for a position between two.
pub fn stage_words(position: f64) -> String {
    let low = MaturityStage::from_index(position.max(0.0).floor() as usize);
    match low.next() {
        Some(high) if position.fract() > 1e-9 => {
            format!("between {} and {}", low.label(), high.label())
        }
        _ => low.label().to_string(),
    }
}

/// The text with its first letter capitalised ("between …" starting a cell or a sentence).
pub fn cap(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A range in stage words: "Efficient to Effective", or one position when both ends meet.
pub fn range_words(lowest: f64, highest: f64) -> String {
    if (highest - lowest).abs() < 1e-9 {
        stage_words(lowest)
    } else {
        format!("{} to {}", stage_words(lowest), stage_words(highest))
    }
}
