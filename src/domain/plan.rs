//! Diagnostics into an action plan: the method's questions rated current against ideal, the
//! gaps the whole model reveals (Stage 2 findings, Stage 3 checks, the assessment), and actions
//! with impact, effort, owner and quarter, ranked by impact over effort.

use super::assessment::{Action, DiagnosticRating};
use super::csv::Csv;
use super::dialogue::Priority;
use super::document::Document;
use super::ids::ActionId;
use super::msg::{new_name, Applied, Edit, Element, Typing};
use super::set;

/// The stored keys of the method's diagnostic questions, in the method's order (their words:
/// `content::diagnostics::AREAS`). Saved ratings use them.
pub const QUESTION_KEYS: [&str; 22] = [
    "ab.listening",
    "ab.audience",
    "ab.capacity",
    "ab.awareness",
    "ab.best",
    "loops.perception",
    "loops.internal",
    "market.icp",
    "market.tam",
    "market.competitors",
    "market.influencers",
    "company.remit",
    "company.brand",
    "company.value",
    "secondary.flow",
    "secondary.rd",
    "secondary.sales",
    "secondary.requests",
    "secondary.data",
    "team.roles",
    "team.skills",
    "team.together",
];

/// One edit to the diagnostics or the plan.
#[derive(Clone, Debug, PartialEq)]
pub enum PlanMsg {
    /// A question's rating now (`current`) or aimed for (`ideal`), 1–5, or cleared.
    Rate {
        question: String,
        ideal: bool,
        value: Option<u8>,
    },
    Note(String, String),
    AddAction {
        title: String,
        hypothesis: String,
        source: String,
        quarter: String,
    },
    EditAction(ActionId, ActionEdit),
    RemoveAction(ActionId),
    /// Puts the plan in [`ranked`] order; the plan keeps its order otherwise.
    SortActions,
}

/// One edit to an action.
#[derive(Clone, Debug, PartialEq)]
pub enum ActionEdit {
    Title(String),
    Hypothesis(String),
    Impact(Priority),
    Effort(Priority),
    Owner(String),
    Quarter(String),
    Done(bool),
}

impl Edit for PlanMsg {
    fn typing(&self) -> Option<Typing> {
        match self {
            PlanMsg::Note(q, _) => QUESTION_KEYS
                .iter()
                .find(|k| *k == q)
                .map(|k| Typing::DiagnosticNote(k)),
            PlanMsg::EditAction(id, e) => Some(Typing::Action(*id, std::mem::discriminant(e))),
            _ => None,
        }
    }

    fn apply(self, doc: &mut Document) -> Applied {
        doc.apply_plan(self)
    }
}

fn weight(p: Priority) -> u32 {
    match p {
        Priority::High => 3,
        Priority::Medium => 2,
        Priority::Low => 1,
        Priority::Unset => 0,
    }
}

/// Impact over effort: high impact for little effort first; unrated impact last.
pub fn ranked(actions: &[Action]) -> Vec<&Action> {
    let mut list: Vec<&Action> = actions.iter().collect();
    let score = |a: &Action| weight(a.impact) as f64 / weight(a.effort).max(1) as f64;
    list.sort_by(|a, b| {
        a.done
            .cmp(&b.done)
            .then(score(b).total_cmp(&score(a)))
            .then(weight(b.impact).cmp(&weight(a.impact)))
            .then(a.quarter.cmp(&b.quarter))
    });
    list
}

impl Document {
    /// The action plan as CSV, in the plan's order.
    pub fn actions_csv(&self) -> String {
        let mut csv = Csv::new([
            "Action",
            "Hypothesis",
            "Impact",
            "Effort",
            "Owner",
            "Quarter",
            "Done",
            "From",
        ]);
        let p = |p: Priority| match p {
            Priority::High => "high",
            Priority::Medium => "medium",
            Priority::Low => "low",
            Priority::Unset => "",
        };
        for a in &self.diagnostics.actions {
            let fields = [
                a.title.trim(),
                a.hypothesis.trim(),
                p(a.impact),
                p(a.effort),
                a.owner.trim(),
                a.quarter.trim(),
                if a.done { "yes" } else { "no" },
                a.source.trim(),
            ];
            csv.row(fields);
        }
        csv.finish()
    }

    fn apply_plan(&mut self, msg: PlanMsg) -> Applied {
        let rating = |list: &mut Vec<DiagnosticRating>, q: String| -> usize {
            match list.iter().position(|r| r.question == q) {
                Some(i) => i,
                None => {
                    list.push(DiagnosticRating {
                        question: q,
                        ..DiagnosticRating::default()
                    });
                    list.len() - 1
                }
            }
        };
        Ok(match msg {
            PlanMsg::Rate {
                question,
                ideal,
                value,
            } => {
                if !QUESTION_KEYS.contains(&question.as_str()) {
                    return Ok(false);
                }
                let value = value.map(|v| v.clamp(1, 5));
                let list = &mut self.diagnostics.ratings;
                let i = rating(list, question);
                if ideal {
                    set(&mut list[i].ideal, value)
                } else {
                    set(&mut list[i].current, value)
                }
            }
            PlanMsg::Note(question, text) => {
                if !QUESTION_KEYS.contains(&question.as_str()) {
                    return Ok(false);
                }
                let list = &mut self.diagnostics.ratings;
                let i = rating(list, question);
                set(&mut list[i].note, text)
            }
            PlanMsg::AddAction {
                title,
                hypothesis,
                source,
                quarter,
            } => {
                let title = new_name(&title, Element::Action)?;
                let id = self.fresh();
                self.diagnostics.actions.push(Action {
                    id,
                    title,
                    hypothesis,
                    source,
                    quarter,
                    ..Action::default()
                });
                true
            }
            PlanMsg::EditAction(id, e) => {
                let Some(a) = self.diagnostics.actions.iter_mut().find(|a| a.id == id) else {
                    return Ok(false);
                };
                match e {
                    ActionEdit::Title(v) => set(&mut a.title, v),
                    ActionEdit::Hypothesis(v) => set(&mut a.hypothesis, v),
                    ActionEdit::Impact(v) => set(&mut a.impact, v),
                    ActionEdit::Effort(v) => set(&mut a.effort, v),
                    ActionEdit::Owner(v) => set(&mut a.owner, v),
                    ActionEdit::Quarter(v) => set(&mut a.quarter, v),
                    ActionEdit::Done(v) => set(&mut a.done, v),
                }
            }
            PlanMsg::SortActions => {
                let sorted: Vec<Action> = ranked(&self.diagnostics.actions)
                    .into_iter()
                    .cloned()
                    .collect();
                set(&mut self.diagnostics.actions, sorted)
            }
            PlanMsg::RemoveAction(id) => {
                super::remove(&mut self.diagnostics.actions, |a| a.id == id)
            }
        })
    }
}
