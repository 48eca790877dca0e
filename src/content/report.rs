//! The report's selection and words: which sections a model gets and what they say. Built once
//! from the Document as a [`Report`]; the page, print and Markdown render that.

mod brief;
mod full;
mod maturity;

pub use maturity::confidence;

use crate::content::gaps::Shown;
use crate::domain::dialogue::Priority;
use crate::domain::document::Document;
use crate::domain::gaps::{GapArea, Severity};
use crate::domain::ids::Timestamp;
use crate::domain::progress::Part;
use crate::domain::report::{Block, Figure, Report, Section};
use crate::domain::scorecard::{scorecard, Quarter};

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

/// Whether a model's pages include a part: an invited model only the parts it was invited to
/// fill in, any other model all of them.
pub fn invited(d: &Document, part: Part) -> bool {
    d.invitation
        .as_ref()
        .is_none_or(|inv| inv.modules.includes(part))
}

/// The part of the method a page inside a model (`operations#raci`, `assessment`, `team`…)
/// belongs to; none for the pages every model has (report, diagnostics, versions).
pub fn page_part(link: &str) -> Option<Part> {
    match link.split(['#', '/']).next().unwrap_or("") {
        "dialogue" => Some(Part::Dialogue),
        "mapping" => Some(Part::Mapping),
        "operations" | "team" => Some(Part::Operations),
        "assessment" => Some(Part::Assessment),
        _ => None,
    }
}

/// Whether to send the reader to the page a link inside a model leads to: a prospect never
/// to a stage they were not invited to, and nobody to work on a client's reply as received.
pub fn offered(d: &Document, part: Option<Part>) -> bool {
    part.is_none_or(|part| d.received_at.is_none() && invited(d, part))
}

/// The gaps of the parts a model's pages include (see [`invited`]).
pub fn invited_gaps(d: &Document, now: Timestamp) -> Vec<Shown> {
    super::gaps::list(d, now)
        .into_iter()
        .filter(|g| gap_part(g.area).is_none_or(|p| invited(d, p)))
        .collect()
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
pub fn gaps(d: &Document, now: Timestamp) -> Vec<Shown> {
    super::gaps::list(d, now)
        .into_iter()
        .filter(|g| gap_part(g.area).is_none_or(|p| uses(d, p)))
        .collect()
}

/// The gaps that matter most: the most severe first, taking each area's worst before any
/// area's second so one stage cannot fill the brief; high-severity gaps up to five, and at
/// least three when there are that many. Gaps an open action already answers are left to the
/// action list.
pub fn brief_gaps(d: &Document, all: &[Shown]) -> Vec<Shown> {
    let planned = |g: &Shown| {
        d.diagnostics
            .actions
            .iter()
            .any(|a| !a.done && a.source == g.key)
    };
    let mut seen: Vec<(GapArea, usize)> = Vec::new();
    let mut ranked: Vec<(Severity, usize, usize, &Shown)> = all
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
    if !d.respondent.trim().is_empty() {
        meta.push(format!("Answered by {}", d.respondent.trim()));
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
    brief.push(brief::standing(d, &all_gaps));
    brief.push(brief::matters(d, &all_gaps));
    brief.push(brief::next_actions(d));
    if uses(d, Part::Dialogue) {
        brief.push(brief::balance_section(d));
    }
    if uses(d, Part::Operations) && !rows.is_empty() {
        brief.push(Section {
            id: "r-kpis",
            title: "The KPI short list".into(),
            blocks: vec![Block::Table(brief::kpi_table(&rows))],
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
