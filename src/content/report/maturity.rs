//! The maturity section of the full report.

use super::full::table;
use super::or_dash;
use crate::content::assessment::{CAPABILITIES, COMPONENTS, DRIVERS, FITNESS, SIGNS};
use crate::content::dimension_label;
use crate::domain::assessment::{Confidence, Dimension, HealthState};
use crate::domain::document::Document;
use crate::domain::ids::Timestamp;
use crate::domain::mapping::Presence;
use crate::domain::maturity::{component, counted, fitness, outcome, rhythm};
use crate::domain::report::{Block, Section};

fn presence(p: Presence) -> &'static str {
    match p {
        Presence::Unset => "Not answered",
        Presence::Yes => "Yes",
        Presence::Partly => "Partly",
        Presence::No => "No",
    }
}

/// The rest of the assessment as answered: the capabilities the team has, the strategic
/// drivers, the signs recognised, the fitness test and the rhythm. Each only when answered.
fn checks(d: &Document, now: Timestamp) -> Vec<Block> {
    let a = &d.assessment;
    let mut out = Vec::new();
    let answer = |list: &[(String, Presence)], key: &str| {
        list.iter()
            .find(|(k, _)| k == key)
            .map(|(_, p)| *p)
            .unwrap_or_default()
    };
    if !a.capabilities.is_empty() {
        let rows = CAPABILITIES
            .iter()
            .map(|c| {
                let has: Vec<&str> = c
                    .functions
                    .iter()
                    .filter(|(k, _)| a.capabilities.iter().any(|x| x == k))
                    .map(|(_, label)| *label)
                    .collect();
                vec![
                    c.name.to_string(),
                    format!("{} of {}", has.len(), c.functions.len()),
                    if has.is_empty() {
                        "–".to_string()
                    } else {
                        has.join("; ")
                    },
                ]
            })
            .collect();
        out.push(table(
            "The five basic capabilities: the functions the team has",
            &["Capability", "Has", "Functions"],
            rows,
            &[2],
        ));
    }
    if a.drivers.iter().any(|(_, p)| *p != Presence::Unset) {
        let rows = DRIVERS
            .iter()
            .map(|(key, label, _)| {
                vec![label.to_string(), presence(answer(&a.drivers, key)).into()]
            })
            .collect();
        out.push(table(
            "The strategic drivers",
            &["Driver", "In place"],
            rows,
            &[],
        ));
    }
    if !a.signs.is_empty() {
        let rows = SIGNS
            .iter()
            .filter(|(key, _)| a.signs.iter().any(|x| x == key))
            .map(|(_, label)| vec![label.to_string()])
            .collect();
        out.push(table(
            &format!(
                "Signs of a team without an operating system: {} of {} recognised",
                a.signs.len().min(SIGNS.len()),
                SIGNS.len()
            ),
            &["Sign recognised"],
            rows,
            &[0],
        ));
    }
    let fit: Vec<_> = FITNESS
        .iter()
        .map(|(key, q)| (*q, fitness(d, key)))
        .chain([(
            "Does the team review a weekly scorecard inside a quarterly window?",
            rhythm(d, now),
        )])
        .collect();
    if fit.iter().any(|(_, c)| c.value != Presence::Unset) {
        let rows = fit
            .into_iter()
            .map(|(q, c)| {
                let source = match (c.from_model, c.value) {
                    (Some(from), _) => crate::content::assessment::evidence(&from),
                    (None, Presence::Unset) => "–".to_string(),
                    (None, _) => "Your answer".to_string(),
                };
                vec![q.to_string(), presence(c.value).into(), source]
            })
            .collect();
        out.push(table(
            "The fitness test and the weekly rhythm",
            &["Question", "Answer", "Source"],
            rows,
            &[0, 2],
        ));
    }
    let kept: Vec<&str> = COMPONENTS
        .iter()
        .filter(|(key, _, _)| a.cadence_kept.iter().any(|x| x == key))
        .map(|(_, label, _)| *label)
        .collect();
    if !kept.is_empty() {
        out.push(Block::lead(
            "Components whose cadence is kept: ",
            format!("{}.", kept.join("; ")),
        ));
    }
    out
}

/// How sure the user is of a claim, in words ("–" when not said).
pub fn confidence(c: Confidence) -> &'static str {
    match c {
        Confidence::Unset => "–",
        Confidence::Low => "Not very sure",
        Confidence::Medium => "Fairly sure",
        Confidence::High => "Very sure",
    }
}

/// The maturity claims with the evidence and confidence behind each, what the next stage
/// looks like, and the five components.
pub(super) fn section(d: &Document, now: Timestamp) -> Section {
    let o = outcome(&d.assessment);
    let mut blocks = Vec::new();
    if o.stage.is_none() {
        blocks.push(Block::text("No area of the assessment is answered yet."));
    }
    let rows = Dimension::ALL
        .into_iter()
        .map(|dim| {
            let a = d.assessment.answer(dim);
            let claimed = a
                .and_then(|a| {
                    let s = a.stage?;
                    Some(match s.next().filter(|_| a.between_next) {
                        Some(n) => format!("{}, nearly {}", s.label(), n.label()),
                        None => s.label().to_string(),
                    })
                })
                .unwrap_or_else(|| "Not answered".into());
            let counted = a
                .and_then(counted)
                .map(|s| s.label().to_string())
                .unwrap_or_else(|| "–".into());
            vec![
                dimension_label(dim).to_string(),
                claimed,
                counted,
                a.map(|a| confidence(a.confidence)).unwrap_or("–").into(),
                a.map(|a| or_dash(&a.evidence))
                    .unwrap_or_else(|| "–".into()),
            ]
        })
        .collect();
    blocks.push(table(
        "Each area: the stage claimed, the stage it counts as, and what shows it",
        &["Area", "Claimed", "Counts as", "Confidence", "Evidence"],
        rows,
        &[4],
    ));
    // What the next stage looks like, for each answered area below the top.
    let up: Vec<Vec<String>> = Dimension::ALL
        .into_iter()
        .filter_map(|dim| {
            let now = d.assessment.answer(dim)?.stage?;
            let next = now.next()?;
            Some(vec![
                dimension_label(dim).to_string(),
                next.label().to_string(),
                crate::content::assessment::statement(dim, next).to_string(),
            ])
        })
        .collect();
    if !up.is_empty() {
        blocks.push(table(
            "What moves each area up: the next stage, as it looks when reached",
            &["Area", "Next stage", "What it looks like"],
            up,
            &[2],
        ));
    }
    let checked: Vec<_> = crate::content::assessment::COMPONENTS
        .iter()
        .map(|(key, label, _)| (label, component(d, key, now)))
        .collect();
    let comps = checked
        .iter()
        .filter(|_| checked.iter().any(|(_, c)| c.value != HealthState::Unset))
        .map(|(label, c)| {
            let c = c.clone();
            let state = match c.value {
                HealthState::Unset => "Not answered",
                HealthState::Present => "In place",
                HealthState::Partial => "Partly",
                HealthState::Missing => "Missing",
            };
            vec![
                label.to_string(),
                state.to_string(),
                match (c.from_model, c.value) {
                    (Some(from), _) => crate::content::assessment::evidence(&from),
                    (None, HealthState::Unset) => "–".to_string(),
                    (None, _) => "Your answer".to_string(),
                },
            ]
        });
    let comps: Vec<Vec<String>> = comps.collect();
    if !comps.is_empty() {
        blocks.push(table(
            "The five components of an operating system",
            &["Component", "State", "Source"],
            comps,
            &[2],
        ));
    }
    blocks.extend(checks(d, now));
    Section {
        id: "r-maturity",
        title: "Maturity: the claims and their evidence".into(),
        blocks,
    }
}
