//! The plain-language reading of the balance of the conversation.

use crate::domain::balance::{Balance, Lean, SideScore};
use crate::domain::dialogue::Dialogue;
use crate::domain::ids::CategoryId;

fn names(d: &Dialogue, ids: &[CategoryId]) -> String {
    let list: Vec<String> = ids
        .iter()
        .filter_map(|id| d.categories.iter().find(|c| c.id == *id))
        .map(|c| c.name.to_lowercase())
        .collect();
    match list.len() {
        0 => String::new(),
        1 => list[0].clone(),
        n => format!("{} and {}", list[..n - 1].join(", "), list[n - 1]),
    }
}

fn running(s: &SideScore) -> usize {
    s.in_place + s.partial
}

/// Two to four sentences on which way the conversation leans and why.
pub fn balance_reading(d: &Dialogue, b: &Balance) -> Vec<String> {
    let mut out = Vec::new();
    let (l, s) = (&b.listen, &b.speak);
    let counts = format!(
        "{} of {} speaking categories {} running, against {} of {} listening ones",
        running(s),
        s.relevant,
        if running(s) == 1 { "is" } else { "are" },
        running(l),
        l.relevant
    );
    match b.lean {
        Lean::Unknown => out.push(
            "Give every listening and speaking category a status to see which way your conversation leans."
                .to_string(),
        ),
        Lean::TowardsB => {
            out.push(format!("Your team leans to side B: it speaks more than it listens. {counts}."));
            if !l.gaps.is_empty() {
                let verb = if l.gaps.len() == 1 { "gap is" } else { "gaps are" };
                out.push(format!("The listening {verb} {}.", names(d, &l.gaps)));
            }
            out.push(
                "Most B2B teams drift this way. The cost arrives later, as campaigns that miss and decisions made on anecdote."
                    .to_string(),
            );
        }
        Lean::TowardsA => {
            out.push(format!("Your team leans to side A: it listens more than it speaks. {counts}."));
            if !s.gaps.is_empty() {
                let verb = if s.gaps.len() == 1 { "gap is" } else { "gaps are" };
                out.push(format!(
                    "What you learn may not be reaching the market: the speaking {verb} {}.",
                    names(d, &s.gaps)
                ));
            }
        }
        Lean::Balanced => {
            out.push(format!("Your conversation is roughly balanced. {counts}."));
        }
    }
    if l.activities == 0 && s.activities > 0 {
        out.push(format!(
            "You listed {} speaking {} and no listening ones yet.",
            s.activities,
            if s.activities == 1 {
                "activity"
            } else {
                "activities"
            }
        ));
    }
    if b.signs > 0 {
        let n = if b.signs == 1 {
            "one".to_string()
        } else {
            b.signs.to_string()
        };
        let tail = match b.lean {
            Lean::TowardsA => "Those signs usually come from too little listening, yet your categories say you listen well: check whether what you learn reaches the people who speak for you.",
            _ => "Each of them usually traces back to too little listening, so start with side A.",
        };
        out.push(format!(
            "You recognise {n} of the five signs of a lopsided conversation. {tail}"
        ));
    }
    out
}
