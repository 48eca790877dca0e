//! The full report after the brief: each stage's content, the maturity claims with their
//! evidence, every gap and the whole action plan.

use super::{area_short, or_dash, priority, uses};
use crate::content::gaps::severity_label;
use crate::content::gaps::Shown;
use crate::domain::dialogue::{CoverageStatus, DialogueSide, Side};
use crate::domain::document::Document;
use crate::domain::ids::Timestamp;
use crate::domain::mapping::{Counterpart, Direction, Flow, Scope};
use crate::domain::operations::ReviewKind;
use crate::domain::progress::Part;
use crate::domain::report::{Block, Item, Section, Table};

/// A table block from string slices.
pub(super) fn table(caption: &str, head: &[&str], rows: Vec<Vec<String>>, wide: &[usize]) -> Block {
    Block::Table(Table {
        caption: caption.to_string(),
        head: head.iter().map(|h| h.to_string()).collect(),
        rows,
        wide: wide.to_vec(),
    })
}

/// The sections of the full report, for the parts the model uses.
pub fn sections(d: &Document, now: Timestamp, gaps: &[Shown]) -> Vec<Section> {
    let mut out = Vec::new();
    if uses(d, Part::Dialogue) {
        out.push(dialogue(d));
    }
    if uses(d, Part::Mapping) {
        out.push(mapping(d));
    }
    if uses(d, Part::Operations) {
        out.push(operations(d));
    }
    if uses(d, Part::Assessment) {
        out.push(super::maturity::section(d, now));
    }
    if !gaps.is_empty() {
        out.push(Section {
            id: "r-gaps",
            title: "Every gap".into(),
            blocks: vec![table(
                "Every gap, grouped by stage, most severe first",
                &["Gap", "Stage", "Severity", "Why it matters"],
                gaps.iter()
                    .map(|g| {
                        vec![
                            g.title.clone(),
                            area_short(g.area).to_string(),
                            severity_label(g.severity).to_string(),
                            g.why.clone(),
                        ]
                    })
                    .collect(),
                &[0, 3],
            )],
        });
    }
    if !d.diagnostics.actions.is_empty() {
        out.push(plan(d));
    }
    out
}

fn names(d: &Document, side: Side) -> String {
    let v: Vec<String> = d
        .constituents(side)
        .filter(|c| c.enabled)
        .map(|c| c.name.trim().to_string())
        .collect();
    if v.is_empty() {
        "none listed yet.".into()
    } else {
        format!("{}.", v.join(", "))
    }
}

fn dialogue(d: &Document) -> Section {
    let gaps = |side| {
        d.dialogue
            .categories_on(side)
            .filter(|c| c.status == CoverageStatus::Gap)
            .count()
    };
    let mut blocks = vec![
        Block::lead("Your market:", names(d, Side::Market)),
        Block::lead("Your company:", names(d, Side::Company)),
        Block::text(format!(
            "Gaps on side A (listen and learn): {}. Gaps on side B (educate and persuade): {}.",
            gaps(DialogueSide::ListenLearn),
            gaps(DialogueSide::EducatePersuade)
        )),
    ];
    let road = crate::domain::roadmap::roadmap(&d.dialogue);
    if !road.is_empty() {
        blocks.push(table(
            "The roadmap: programs to build, in order",
            &["Program", "For", "Priority"],
            road.iter()
                .map(|r| {
                    vec![
                        r.name.trim().to_string(),
                        r.constituent_name.trim().to_string(),
                        priority(r.priority).to_string(),
                    ]
                })
                .collect(),
            &[0],
        ));
    }
    Section {
        id: "r-dialogue",
        title: Part::Dialogue.label().into(),
        blocks,
    }
}

fn with(d: &Document, f: &Flow) -> String {
    match f.counterpart {
        Some(Counterpart::Constituent(id)) => d
            .dialogue
            .constituent(id)
            .map(|c| c.name.trim().to_string()),
        Some(Counterpart::Function(id)) => d
            .mapping
            .functions
            .iter()
            .find(|x| x.id == id)
            .map(|x| x.name.trim().to_string()),
        None => None,
    }
    .unwrap_or_else(|| "–".into())
}

fn flow_rows<'a>(d: &Document, flows: impl Iterator<Item = &'a Flow>) -> Vec<Vec<String>> {
    flows
        .map(|f| {
            let kind = match (f.direction, f.scope) {
                (Direction::Input, Scope::PrimaryExternal) => "Input, primary",
                (Direction::Output, Scope::PrimaryExternal) => "Output, primary",
                (Direction::Input, Scope::SecondaryInternal) => "Input, secondary",
                (Direction::Output, Scope::SecondaryInternal) => "Output, secondary",
            };
            let kpis: Vec<String> = f
                .kpis
                .iter()
                .filter(|k| !k.metric.trim().is_empty())
                .map(|k| {
                    let target = [k.target.trim(), k.unit.trim()]
                        .into_iter()
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                        .join(" ");
                    if target.is_empty() {
                        k.metric.trim().to_string()
                    } else {
                        format!("{} ({target})", k.metric.trim())
                    }
                })
                .collect();
            vec![
                or_dash(&f.name),
                kind.to_string(),
                with(d, f),
                if kpis.is_empty() {
                    "–".into()
                } else {
                    kpis.join("; ")
                },
            ]
        })
        .collect()
}

fn mapping(d: &Document) -> Section {
    let m = &d.mapping;
    let mut blocks = vec![Block::text(format!(
        "{} sub-functions run {} flows with {} company functions.",
        m.sub_functions.len(),
        m.flows.len(),
        m.functions.len()
    ))];
    let head = ["Flow", "Kind", "With", "KPIs"];
    for s in &m.sub_functions {
        let rows = flow_rows(d, m.flows.iter().filter(|f| f.owner == Some(s.id)));
        if rows.is_empty() {
            continue;
        }
        blocks.push(table(&or_dash(&s.name), &head, rows, &[0, 3]));
    }
    let unowned = flow_rows(
        d,
        m.flows
            .iter()
            .filter(|f| f.owner.and_then(|o| m.sub_function(o)).is_none()),
    );
    if !unowned.is_empty() {
        blocks.push(table("Flows without an owner yet", &head, unowned, &[0, 3]));
    }
    Section {
        id: "r-mapping",
        title: Part::Mapping.label().into(),
        blocks,
    }
}

fn operations(d: &Document) -> Section {
    let o = &d.operations;
    let mut blocks = Vec::new();
    let charter = crate::content::charter::effective_text(&o.team.charter);
    if let Some(r) = crate::domain::team::read_charter(&charter) {
        let kind = match r.kind {
            crate::domain::team::CharterKind::Strategic => "Charter (strategic):",
            crate::domain::team::CharterKind::Operational => "Charter (operational):",
        };
        blocks.push(Block::lead(kind, charter.trim()));
    }
    if let Some(line) = crate::domain::team::team_summary(d) {
        blocks.push(Block::text(line));
    }
    let h = &o.team.handoff;
    if h.is_started() {
        blocks.push(Block::lead(
            "Lead hand-off:",
            if h.is_agreed() {
                format!(
                    "agreed by {} and {}; {} buying signals; sales follows up within {} hours.",
                    h.marketing_signatory.trim(),
                    h.sales_signatory.trim(),
                    h.criteria_list().len(),
                    h.follow_up_hours
                        .map(|v| v.to_string())
                        .unwrap_or_else(|| "–".into())
                )
            } else {
                "drafted, not yet signed by both sides.".to_string()
            },
        ));
    }
    let roles: Vec<&str> = o
        .raci_roles
        .iter()
        .map(String::as_str)
        .filter(|r| !r.trim().is_empty())
        .collect();
    if !o.raci.is_empty() && !roles.is_empty() {
        let mut head = vec!["Program or flow"];
        head.extend(roles.iter().copied());
        blocks.push(table(
            "Who is responsible (R), accountable (A), consulted (C) and informed (I)",
            &head,
            o.raci
                .iter()
                .map(|row| {
                    let mut cells = vec![d.raci_subject(row)];
                    cells.extend(roles.iter().map(|r| row.cell(r).code().to_string()));
                    cells
                })
                .collect(),
            &[0],
        ));
    }
    if !o.slas.is_empty() {
        blocks.push(Block::Heading("Service levels".into()));
        blocks.push(Block::List {
            ordered: false,
            items: o
                .slas
                .iter()
                .map(|s| Item::new(format!("{}:", or_dash(&s.work)), s.summary()))
                .collect(),
        });
    }
    let reviews: Vec<Vec<String>> = [
        (ReviewKind::WeeklyScorecard, "Weekly scorecard"),
        (ReviewKind::MonthlyReport, "Monthly written report"),
        (ReviewKind::QuarterlyPlanning, "Quarterly planning"),
    ]
    .into_iter()
    .filter_map(|(k, label)| {
        let r = o.review(k)?;
        if [&r.owner, &r.day, &r.attendees]
            .iter()
            .all(|s| s.trim().is_empty())
        {
            return None;
        }
        Some(vec![
            label.to_string(),
            or_dash(&r.owner),
            or_dash(&r.day),
            or_dash(&r.attendees),
        ])
    })
    .collect();
    if !reviews.is_empty() {
        blocks.push(table(
            "The rhythm: who reviews what, and when",
            &["Review", "Owner", "When", "Who attends"],
            reviews,
            &[3],
        ));
    }
    blocks.push(Block::lead(
        "Dashboard:",
        if o.dashboard.trim().is_empty() {
            "none named yet.".to_string()
        } else {
            format!("{}.", o.dashboard.trim().trim_end_matches('.'))
        },
    ));
    let count = |n: usize, one: &str, many: &str| match n {
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    };
    blocks.push(Block::text(format!(
        "{} logged, {}.",
        count(d.change_log.len(), "change", "changes"),
        count(d.versions.len(), "named version", "named versions")
    )));
    Section {
        id: "r-ops",
        title: Part::Operations.label().into(),
        blocks,
    }
}

fn plan(d: &Document) -> Section {
    let actions = crate::domain::plan::ranked(&d.diagnostics.actions);
    Section {
        id: "r-plan",
        title: "The action plan".into(),
        blocks: vec![table(
            "Every action, open ones first, most impact for the effort first",
            &[
                "Action",
                "Hypothesis",
                "Impact",
                "Effort",
                "Owner",
                "Quarter",
                "Status",
            ],
            actions
                .iter()
                .map(|a| {
                    vec![
                        a.title.trim().to_string(),
                        or_dash(&a.hypothesis),
                        priority(a.impact).to_string(),
                        priority(a.effort).to_string(),
                        or_dash(&a.owner),
                        if a.quarter.trim().is_empty() {
                            "–".into()
                        } else {
                            crate::domain::format::quarter(&a.quarter)
                        },
                        if a.done { "Done" } else { "Open" }.to_string(),
                    ]
                })
                .collect(),
            &[0, 1],
        )],
    }
}
