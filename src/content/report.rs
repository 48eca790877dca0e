//! The report's selection and words: which sections a model gets and what they say. Built once
//! from the Document as a [`Report`]; the page, print and Markdown render that.

mod full;

use crate::content::gaps::severity_label;
use crate::content::reading::balance_reading;
use crate::domain::balance::{balance, Lean};
use crate::domain::dialogue::Priority;
use crate::domain::document::Document;
use crate::domain::gaps::{Gap, GapArea, Severity};
use crate::domain::ids::Timestamp;
use crate::domain::maturity::outcome;
use crate::domain::progress::{progress, Part};
use crate::domain::report::{Block, Figure, Item, Report, Section, Table};
use crate::domain::scorecard::{scorecard, Quarter, ScoreRow, Status};

/// The report's heading for every model, e.g. "Market(ing) Operating System".
pub const SUBJECT: &str = "Market(ing) Operating System";

/// How many gaps and actions the brief names at most.
pub const BRIEF_MAX: usize = 5;

/// Which report: of the open model, or of a saved version of it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Of {
    /// The model as it is now (also a model opened from a link).
    Current,
    /// A saved version: its name and the date it was saved.
    Version { name: String, date: String },
}

/// Whether the model uses a part: a client's model holds the parts it was invited to fill
/// in; any other model the parts where anything differs from a new model's.
pub fn uses(d: &Document, part: Part) -> bool {
    if let Some(inv) = &d.invitation {
        return inv.modules.includes(part);
    }
    let fresh = Document::new(d.id.clone(), &d.company, d.created_at);
    match part {
        Part::Dialogue => d.dialogue != fresh.dialogue,
        Part::Mapping => d.mapping != fresh.mapping,
        Part::Operations => d.operations != fresh.operations,
        Part::Assessment => d.assessment != fresh.assessment,
    }
}

/// The part of the method a gap belongs to (diagnostics belong to none).
fn gap_part(area: GapArea) -> Option<Part> {
    match area {
        GapArea::Market => Some(Part::Dialogue),
        GapArea::Team => Some(Part::Mapping),
        GapArea::Operations => Some(Part::Operations),
        GapArea::Maturity => Some(Part::Assessment),
        GapArea::Diagnostics => None,
    }
}

/// The gaps in the parts the model uses, in the gap list's order.
pub fn gaps(d: &Document, now: Timestamp) -> Vec<Gap> {
    d.gaps(now)
        .into_iter()
        .filter(|g| gap_part(g.area).is_none_or(|p| uses(d, p)))
        .collect()
}

/// The gaps that matter most: the most severe first, taking each area's worst before any
/// area's second so one stage cannot fill the brief; high-severity gaps up to five, and at
/// least three when there are that many. Gaps an open action already answers are left to the
/// action list.
pub fn brief_gaps(d: &Document, all: &[Gap]) -> Vec<Gap> {
    let planned = |g: &Gap| {
        d.diagnostics
            .actions
            .iter()
            .any(|a| !a.done && a.source == g.key)
    };
    let mut seen: Vec<(GapArea, usize)> = Vec::new();
    let mut ranked: Vec<(Severity, usize, usize, &Gap)> = all
        .iter()
        .filter(|g| !planned(g))
        .enumerate()
        .map(|(i, g)| {
            let n = match seen.iter_mut().find(|(a, _)| *a == g.area) {
                Some((_, n)) => {
                    *n += 1;
                    *n
                }
                None => {
                    seen.push((g.area, 0));
                    0
                }
            };
            (g.severity, n, i, g)
        })
        .collect();
    ranked.sort_by_key(|(s, n, i, _)| (*s, *n, *i));
    let mut out = Vec::new();
    for (s, _, _, g) in ranked {
        if out.len() >= BRIEF_MAX || (out.len() >= 3 && s != Severity::High) {
            break;
        }
        out.push(g.clone());
    }
    out
}

/// A gap's stage, short enough for a table column.
fn area_short(a: GapArea) -> &'static str {
    match a {
        GapArea::Market => "Stage 1",
        GapArea::Team => "Stage 2",
        GapArea::Operations => "Stage 3",
        GapArea::Maturity => "Maturity",
        GapArea::Diagnostics => "Diagnostics",
    }
}

fn priority(p: Priority) -> &'static str {
    match p {
        Priority::High => "High",
        Priority::Medium => "Medium",
        Priority::Low => "Low",
        Priority::Unset => "–",
    }
}

fn or_dash(s: &str) -> String {
    let s = s.trim();
    if s.is_empty() {
        "–".to_string()
    } else {
        s.to_string()
    }
}

fn status_label(s: Status) -> &'static str {
    match s {
        Status::NoData => "No data yet",
        Status::NoTarget => "No target",
        Status::OnTrack => "On track",
        Status::AtRisk => "At risk",
        Status::OffTrack => "Off track",
    }
}

fn value(v: f64, unit: &str) -> String {
    let unit = unit.trim();
    match unit {
        "" => crate::domain::format::number(v),
        "%" => format!("{}%", crate::domain::format::number(v)),
        u => format!("{} {u}", crate::domain::format::number(v)),
    }
}

/// The KPI short list with targets against the latest actuals.
fn kpi_table(rows: &[ScoreRow]) -> Table {
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
                    status_label(status).to_string(),
                ]
            })
            .collect(),
        wide: vec![0],
    }
}

/// The report of a model at `now`.
pub fn build(d: &Document, now: Timestamp, of: &Of) -> Report {
    let name = d.display_name().to_string();
    let stages = Part::ALL
        .into_iter()
        .any(|p| p != Part::Assessment && uses(d, p));
    let assessment_only = !stages && uses(d, Part::Assessment);
    let (title, date, mut meta) = match of {
        Of::Current => (
            if assessment_only {
                format!("{name}: marketing operations maturity")
            } else {
                format!("{name}: {SUBJECT}")
            },
            now.date_iso(),
            vec![format!("Report prepared {}", now.date_long())],
        ),
        Of::Version { name: v, date } => (
            format!("{name}: version “{v}”"),
            date.clone(),
            vec![format!(
                "Saved {date}. Read-only: this is how the model stood then."
            )],
        ),
    };
    if let Some(inv) = &d.invitation {
        meta.push(format!("Prepared with {}", inv.sender()));
    }
    let all_gaps = gaps(d, now);
    let rows = scorecard(d, Quarter::of(now));
    let mut brief = Vec::new();
    // The picture of the system opens the report (in print, a landscape cover page).
    if uses(d, Part::Mapping) {
        brief.push(Section {
            id: "r-schematic",
            title: "The system at a glance".into(),
            blocks: vec![Block::Figure(Figure::Schematic)],
        });
    }
    brief.push(standing(d, &all_gaps));
    brief.push(matters(d, &all_gaps));
    brief.push(next_actions(d));
    if uses(d, Part::Dialogue) {
        brief.push(balance_section(d));
    }
    if uses(d, Part::Operations) && !rows.is_empty() {
        brief.push(Section {
            id: "r-kpis",
            title: "The KPI short list".into(),
            blocks: vec![Block::Table(kpi_table(&rows))],
        });
    }
    Report {
        document_title: format!("{name} — Market(ing) OS report — {date}"),
        title,
        meta,
        brief,
        full: full::sections(d, now, &all_gaps),
    }
}

/// Where the model stands: the maturity result and each part's progress.
fn standing(d: &Document, gaps: &[Gap]) -> Section {
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
    let parts: Vec<Item> = progress(d)
        .iter()
        .filter(|p| uses(d, p.part))
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
        "{} found; {} planned, {} done.",
        match gaps.len() {
            1 => "1 gap".to_string(),
            n => format!("{n} gaps"),
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
fn matters(d: &Document, all: &[Gap]) -> Section {
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
fn next_actions(d: &Document) -> Section {
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
fn balance_section(d: &Document) -> Section {
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
