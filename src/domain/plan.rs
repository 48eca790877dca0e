//! Diagnostics into an action plan: the method's questions rated current against ideal, the
//! gaps the whole model reveals (Stage 2 findings, Stage 3 checks, the assessment), and actions
//! with impact, effort, owner and quarter, ranked by impact over effort.

use super::assessment::{Action, DiagnosticRating, HealthState};
use super::dialogue::Priority;
use super::document::Document;
use super::ids::{ActionId, Timestamp};
use super::raci::csv_field;
use super::scorecard::{scorecard, Quarter, Status};
use super::set;

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

impl PlanMsg {
    pub fn coalesce_key(&self) -> Option<String> {
        match self {
            PlanMsg::Note(q, _) => Some(format!("diag-note-{q}")),
            PlanMsg::EditAction(id, e) => {
                Some(format!("action-{}-{:?}", id.0, std::mem::discriminant(e)))
            }
            _ => None,
        }
    }
}

/// Something in the model that wants fixing.
#[derive(Clone, Debug, PartialEq)]
pub struct Gap {
    /// Stable while the gap lasts; an action made from it keeps this as its source.
    pub key: String,
    pub area: &'static str,
    pub text: String,
    /// A starting hypothesis for the action.
    pub hypothesis: String,
    /// Where in the model to work on it: `<page>#<anchor>`.
    pub link: String,
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
    /// Everything that wants fixing, from every part of the model.
    pub fn gaps(&self, now: Timestamp) -> Vec<Gap> {
        let mut out = Vec::new();
        for r in &self.diagnostics.ratings {
            let (Some(c), Some(i)) = (r.current, r.ideal) else {
                continue;
            };
            if i > c {
                let q = crate::content::diagnostics::question(&r.question)
                    .unwrap_or("A diagnostic question");
                out.push(Gap {
                    key: format!("diag:{}", r.question),
                    area: "Diagnostics",
                    text: format!("{q} (now {c} of 5, aiming for {i})"),
                    hypothesis: format!("If we raise this from {c} to {i}, the flows that depend on it will run better; check again next quarter."),
                    link: "diagnostics#diagnostics".into(),
                });
            }
        }
        for f in super::findings::findings(self) {
            let (text, anchor) = crate::content::findings::describe(self, &f);
            out.push(Gap {
                key: format!("finding:{f:?}"),
                area: "Stage 2 map",
                hypothesis: format!("Fixing this closes a gap in the map: {text}"),
                text,
                link: format!("mapping#{anchor}"),
            });
        }
        let o = &self.operations;
        let lacking = self
            .mapping
            .flows
            .iter()
            .filter(|f| o.pathway(f.id).is_none_or(|p| !p.gaps().is_empty()))
            .count();
        if lacking > 0 {
            out.push(Gap {
                key: "ops:pathways".into(),
                area: "Stage 3",
                text: format!("{lacking} flows lack systems, expertise or resource."),
                hypothesis: "If every recurring flow has its tools, skills and people agreed, hand-offs stop stalling.".into(),
                link: "operations#pathways".into(),
            });
        }
        for row in &o.raci {
            if !row.problems(&o.raci_roles).is_empty() {
                out.push(Gap {
                    key: format!("ops:raci:{}", row.id.0),
                    area: "Stage 3",
                    text: format!(
                        "The RACI row “{}” needs one accountable role and a responsible one.",
                        self.raci_subject(row)
                    ),
                    hypothesis:
                        "With one owner and a doer named, the work stops falling between teams."
                            .into(),
                    link: "operations#raci".into(),
                });
            }
        }
        for k in scorecard(self, Quarter::of(now)) {
            if k.status == Status::OffTrack {
                out.push(Gap {
                    key: format!("kpi:{}", k.kpi.0),
                    area: "Scorecard",
                    text: format!("“{}” is off track in its latest week.", k.metric),
                    hypothesis: format!(
                        "Find what drives “{}” and change it; watch the weekly trend.",
                        k.metric
                    ),
                    link: "operations#scorecard".into(),
                });
            }
        }
        let result = super::maturity::outcome(&self.assessment);
        for d in result.capped_by {
            out.push(Gap {
                key: format!("assess:capped:{d:?}"),
                area: "Assessment",
                text: format!(
                    "{} holds the overall maturity back.",
                    crate::content::dimension_label(d)
                ),
                hypothesis: "Raising the weakest area lifts the overall stage.".into(),
                link: format!("assessment#dimension-{d:?}"),
            });
        }
        for (key, label, _) in crate::content::assessment::COMPONENTS {
            let state = super::maturity::component(self, key, now).value;
            if matches!(state, HealthState::Missing | HealthState::Partial) {
                out.push(Gap {
                    key: format!("assess:component:{key}"),
                    area: "Assessment",
                    text: format!("{label} is {}.", if state == HealthState::Missing { "missing" } else { "only partly in place" }),
                    hypothesis: "With this component in place, the team runs on structure rather than on heroics.".into(),
                    link: "operations#rhythm".into(),
                });
            }
        }
        out
    }

    /// The action plan as CSV, ranked by impact over effort.
    pub fn actions_csv(&self) -> String {
        let mut out = String::from("Action,Hypothesis,Impact,Effort,Owner,Quarter,Done,From\r\n");
        let p = |p: Priority| match p {
            Priority::High => "high",
            Priority::Medium => "medium",
            Priority::Low => "low",
            Priority::Unset => "",
        };
        for a in ranked(&self.diagnostics.actions) {
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
            out.push_str(&fields.map(csv_field).join(","));
            out.push_str("\r\n");
        }
        out
    }

    /// Applies one diagnostics or plan edit; true when the model changed.
    pub(crate) fn apply_plan(&mut self, msg: PlanMsg) -> bool {
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
        match msg {
            PlanMsg::Rate {
                question,
                ideal,
                value,
            } => {
                if crate::content::diagnostics::question(&question).is_none() {
                    return false;
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
                if crate::content::diagnostics::question(&question).is_none() {
                    return false;
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
                if title.trim().is_empty() {
                    return false;
                }
                let id = self.fresh();
                self.diagnostics.actions.push(Action {
                    id,
                    title: title.trim().into(),
                    hypothesis,
                    source,
                    quarter,
                    ..Action::default()
                });
                true
            }
            PlanMsg::EditAction(id, e) => {
                let Some(a) = self.diagnostics.actions.iter_mut().find(|a| a.id == id) else {
                    return false;
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
            PlanMsg::RemoveAction(id) => {
                super::remove(&mut self.diagnostics.actions, |a| a.id == id)
            }
        }
    }
}
