//! Edits to the maturity self-assessment.

use super::assessment::{Confidence, Dimension, HealthState, MaturityStage, PastResult};
use super::document::Document;
use super::ids::Timestamp;
use super::mapping::Presence;
use super::maturity::outcome;
use super::msg::{Applied, Edit, Typing};
use super::{entry, set};

/// One assessment edit.
#[derive(Clone, Debug, PartialEq)]
pub enum AssessMsg {
    SetStage(Dimension, Option<MaturityStage>),
    SetEvidence(Dimension, String),
    SetConfidence(Dimension, Confidence),
    /// The team sits between its stage and the next.
    SetBetween(Dimension, bool),
    SetCapability(String, bool),
    SetDriver(String, Presence),
    SetComponent(String, HealthState),
    SetCadenceKept(String, bool),
    SetSign(String, bool),
    SetFitness(String, Presence),
    SetRhythm(Presence),
    /// Keeps the current result in the history and clears the answers for a fresh take.
    Retake(Timestamp),
}

impl Edit for AssessMsg {
    fn typing(&self) -> Option<Typing> {
        match self {
            AssessMsg::SetEvidence(d, _) => Some(Typing::Evidence(*d)),
            _ => None,
        }
    }

    fn apply(self, doc: &mut Document) -> Applied {
        let a = &mut doc.assessment;
        let toggle = |list: &mut Vec<String>, key: String, on: bool| {
            match (on, list.contains(&key)) {
                (true, false) => list.push(key),
                (false, true) => list.retain(|k| *k != key),
                _ => return false,
            }
            true
        };
        Ok(match self {
            AssessMsg::SetStage(d, stage) => set(&mut entry(&mut a.answers, d).stage, stage),
            AssessMsg::SetEvidence(d, v) => set(&mut entry(&mut a.answers, d).evidence, v),
            AssessMsg::SetConfidence(d, v) => set(&mut entry(&mut a.answers, d).confidence, v),
            AssessMsg::SetBetween(d, v) => set(&mut entry(&mut a.answers, d).between_next, v),
            AssessMsg::SetCapability(k, on) => toggle(&mut a.capabilities, k, on),
            AssessMsg::SetDriver(k, v) => set(entry(&mut a.drivers, k), v),
            AssessMsg::SetComponent(k, v) => set(entry(&mut a.components, k), v),
            AssessMsg::SetCadenceKept(k, on) => toggle(&mut a.cadence_kept, k, on),
            AssessMsg::SetSign(k, on) => toggle(&mut a.signs, k, on),
            AssessMsg::SetFitness(k, v) => set(entry(&mut a.fitness, k), v),
            AssessMsg::SetRhythm(v) => set(&mut a.rhythm, v),
            AssessMsg::Retake(at) => {
                let o = outcome(a);
                if o.answered == 0 {
                    return Ok(false);
                }
                a.history.push(PastResult {
                    at,
                    stage: o.stage,
                    scores: o.scores,
                });
                a.answers.clear();
                true
            }
        })
    }
}
