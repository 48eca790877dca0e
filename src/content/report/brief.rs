//! The brief: where the model stands, the gaps that matter most, the next actions, the
//! balance of the dialogue and the KPI short list.

use super::{area_short, brief_gaps, or_dash, priority, uses, BRIEF_MAX};
use crate::content::gaps::severity_label;
use crate::content::gaps::Shown;
use crate::content::reading::balance_reading;
use crate::domain::balance::{balance, Lean};
use crate::domain::document::Document;
use crate::domain::maturity::outcome;
use crate::domain::progress::{progress, Part};
use crate::domain::report::{Block, Figure, Item, Section, Table};
use crate::domain::scorecard::ScoreRow;

fn value(v: f64, unit: &str) -> String {
    let unit = unit.trim();
    match unit {
        "" => crate::domain::format::number(v),
        "%" => format!("{}%", crate::domain::format::number(v)),
        u => format!("{} {u}", crate::domain::format::number(v)),
    }
}

/// The KPI short list with targets against the latest actuals.
pub(super) fn kpi_table(rows: &[ScoreRow]) -> Table {
    Table {
        caption:
            "KPIs reviewed every week: the target, the latest week's actual and the quarter so far"
                .into(),
        head: [
            "KPI",
            "Owner",
            "Target",
            "Latest week",
            "Quarter so far",
            "Status",
        ]
        .map(String::from)
        .to_vec(),
        rows: rows
            .iter()
            .map(|r| {
                let latest = r.weeks.iter().rev().flatten().next();
                let status = r.to_date.as_ref().map(|t| t.status).unwrap_or(r.status);
                vec![
                    r.metric.clone(),
                    or_dash(&r.owner),
                    r.target
                        .map(|t| {
                            format!(
                                "{} {}",
                                value(t, &r.unit),
                                crate::content::operations::per_period(r.cadence)
                            )
                        })
                        .unwrap_or_else(|| "–".into()),
                    latest
                        .map(|v| value(*v, &r.unit))
                        .unwrap_or_else(|| "–".into()),
                    r.to_date
                        .as_ref()
                        .map(|t| value(t.actual, &r.unit))
                        .unwrap_or_else(|| "–".into()),
                    crate::content::operations::status_label(status).to_string(),
                ]
            })
            .collect(),
        wide: vec![0],
    }
}

/// Where the model stands: the maturity result and each part's progress.
pub(super) fn standing(d: &Document, gaps: &[Shown]) -> Section {
    let mut blocks = Vec::new();
    let o = outcome(&d.assessment);
    if uses(d, Part::Assessment) {
        match o.stage {
            Some(s) => {
                blocks.push(Block::lead(
                    "Marketing operations maturity:",
                    format!("{} ({} of 7 areas answered).", s.label(), o.answered),
                ));
                if let Some(how) = crate::content::assessment::how_reached(&o) {
                    blocks.push(Block::text(how));
                }
                blocks.push(Block::Figure(Figure::Radar {
                    now: o.scores.clone(),
                    then: d.assessment.history.last().map(|p| p.scores.clone()),
                }));
            }
            None => blocks.push(Block::lead(
                "Marketing operations maturity:",
                "not assessed yet.",
            )),
        }
    }
    let used: Vec<_> = progress(d)
        .into_iter()
        .filter(|p| uses(d, p.part))
        .collect();
    let unfinished = used.iter().any(|p| p.done() < p.checks.len());
    let parts: Vec<Item> = used
        .iter()
        .map(|p| {
            Item::new(
                format!("{}:", p.part.label()),
                format!("{} of {} essentials done.", p.done(), p.checks.len()),
            )
        })
        .collect();
    if parts.is_empty() {
        blocks.push(Block::text(
            "Nothing is filled in yet. This report grows as the stages and the maturity assessment are worked through.",
        ));
        return Section {
            id: "r-standing",
            title: "Where you stand".into(),
            blocks,
        };
    }
    blocks.push(Block::List {
        ordered: false,
        items: parts,
    });
    let actions = &d.diagnostics.actions;
    blocks.push(Block::text(format!(
        "{}; {} planned, {} done.",
        match gaps.len() {
            // Nothing found in a half-answered model is not a clean bill of health.
            0 if unfinished => {
                "No gaps found yet in what is filled in (more may show as the rest is answered)"
                    .to_string()
            }
            0 => "No gaps found".to_string(),
            1 => "1 gap found".to_string(),
            n => format!("{n} gaps found"),
        },
        match actions.len() {
            1 => "1 action".to_string(),
            n => format!("{n} actions"),
        },
        actions.iter().filter(|a| a.done).count()
    )));
    Section {
        id: "r-standing",
        title: "Where you stand".into(),
        blocks,
    }
}

/// The three to five gaps that matter most, and why.
pub(super) fn matters(d: &Document, all: &[Shown]) -> Section {
    let top = brief_gaps(d, all);
    let blocks = if !Part::ALL.into_iter().any(|p| uses(d, p)) {
        vec![Block::text(
            "Nothing to weigh yet: the gaps that matter most appear here once part of the model is filled in.",
        )]
    } else if top.is_empty() {
        vec![Block::text(if all.is_empty() {
            "No gaps found in the parts of the model you use."
        } else {
            "Every gap is already answered by an open action (below)."
        })]
    } else {
        vec![
            Block::List {
                ordered: true,
                items: top
                    .iter()
                    .map(|g| {
                        Item::new(
                            format!("{}.", g.title.trim_end_matches('.')),
                            format!(
                                "{} ({}, {} severity)",
                                g.why.trim(),
                                area_short(g.area),
                                severity_label(g.severity).to_lowercase()
                            ),
                        )
                    })
                    .collect(),
            },
            Block::text(format!(
                "The full list of {} is under “Every gap” below.",
                match all.len() {
                    1 => "1 gap".to_string(),
                    n => format!("{n} gaps"),
                }
            )),
        ]
    };
    Section {
        id: "r-matters",
        title: "What matters most".into(),
        blocks,
    }
}

/// The top open actions with owners and quarters.
pub(super) fn next_actions(d: &Document) -> Section {
    let open: Vec<_> = crate::domain::plan::ranked(&d.diagnostics.actions)
        .into_iter()
        .filter(|a| !a.done)
        .take(BRIEF_MAX)
        .collect();
    let blocks = if open.is_empty() {
        vec![Block::text("No actions are planned yet.")]
    } else {
        vec![Block::Table(Table {
            caption: "The open actions with the most impact for the effort".into(),
            head: ["Action", "Owner", "Quarter", "Impact", "Effort"]
                .map(String::from)
                .to_vec(),
            rows: open
                .iter()
                .map(|a| {
                    vec![
                        a.title.trim().to_string(),
                        or_dash(&a.owner),
                        if a.quarter.trim().is_empty() {
                            "–".into()
                        } else {
                            crate::domain::format::quarter(&a.quarter)
                        },
                        priority(a.impact).to_string(),
                        priority(a.effort).to_string(),
                    ]
                })
                .collect(),
            wide: vec![0],
        })]
    };
    Section {
        id: "r-next",
        title: "Next actions".into(),
        blocks,
    }
}

/// How the conversation balances listening (A) against speaking (B).
pub(super) fn balance_section(d: &Document) -> Section {
    let b = balance(&d.dialogue);
    let pct = |x: f64| (x * 100.0).round() as u32;
    let mut blocks = Vec::new();
    if b.lean != Lean::Unknown {
        blocks.push(Block::lead(
            "Coverage of the categories assessed so far:",
            format!(
                "side A, listening and learning, {}% ({} of {} assessed); side B, educating and persuading, {}% ({} of {} assessed).",
                pct(b.listen.coverage),
                b.listen.assessed,
                b.listen.relevant,
                pct(b.speak.coverage),
                b.speak.assessed,
                b.speak.relevant
            ),
        ));
    }
    blocks.extend(
        balance_reading(&d.dialogue, &b)
            .into_iter()
            .map(Block::text),
    );
    Section {
        id: "r-balance",
        title: "The balance of the dialogue".into(),
        blocks,
    }
}
