//! The report as data: which sections each kind of model gets, what the brief picks, and the
//! Markdown rendered from it.
#![cfg(not(target_arch = "wasm32"))]

use marketing_os::content::report::{brief_gaps, build, gaps, Of};
use marketing_os::content::sample::sample;
use marketing_os::domain::assessment::{
    Action, Confidence, Dimension, DimensionAnswer, MaturityStage,
};
use marketing_os::domain::dialogue::Priority;
use marketing_os::domain::gaps::Severity;
use marketing_os::domain::ids::ActionId;
use marketing_os::domain::invitation::{Invitation, Modules};
use marketing_os::domain::report::{Block, Report};
use marketing_os::domain::{Document, ModelId, Timestamp};
use pulldown_cmark::{Event, Parser, Tag, TagEnd};

const NOW: Timestamp = Timestamp(1_795_392_000_000);

fn ids(r: &[marketing_os::domain::report::Section]) -> Vec<&str> {
    r.iter().map(|s| s.id).collect()
}

/// A prospect's model from an assessment-only invitation, with three areas answered.
fn assessment_only() -> Document {
    let mut d = Document::new(ModelId("acme".into()), "Acme Analytics", NOW);
    d.invitation = Some(Invitation {
        id: "inv-1".into(),
        consultant: "Dana Reyes".into(),
        organisation: "Northbeam Advisory".into(),
        modules: Modules::Assessment,
        created_at: NOW,
        ..Invitation::default()
    });
    for (dim, stage, evidence) in [
        (
            Dimension::TeamLeadership,
            MaturityStage::Effective,
            "Org chart",
        ),
        (Dimension::DataInsights, MaturityStage::Efficient, ""),
        (Dimension::Processes, MaturityStage::CustomerCentric, ""),
    ] {
        d.assessment.answers.push((
            dim,
            DimensionAnswer {
                stage: Some(stage),
                evidence: evidence.into(),
                confidence: Confidence::Medium,
                ..DimensionAnswer::default()
            },
        ));
    }
    d
}

#[test]
fn the_sample_gets_a_brief_then_every_stage() {
    let r = build(&sample(NOW), NOW, &Of::Current);
    assert_eq!(
        r.title,
        "Northwind Metrics (sample): Market(ing) Operating System"
    );
    assert_eq!(
        r.document_title,
        format!(
            "Northwind Metrics (sample) — Market(ing) OS report — {}",
            NOW.date_iso()
        )
    );
    assert_eq!(
        ids(&r.brief),
        [
            "r-schematic",
            "r-standing",
            "r-matters",
            "r-next",
            "r-balance",
            "r-kpis"
        ]
    );
    assert_eq!(
        ids(&r.full),
        ["r-dialogue", "r-mapping", "r-ops", "r-maturity", "r-gaps"]
    );
    // The action plan is there once something is planned.
    let mut d = sample(NOW);
    d.diagnostics.actions.push(Action {
        id: ActionId(9_997),
        title: "Give every output a KPI".into(),
        ..Action::default()
    });
    let r = build(&d, NOW, &Of::Current);
    assert_eq!(ids(&r.full).last(), Some(&"r-plan"));
}

#[test]
fn an_assessment_only_model_gets_an_assessment_report_naming_the_consultant() {
    let d = assessment_only();
    let r = build(&d, NOW, &Of::Current);
    assert_eq!(r.title, "Acme Analytics: marketing operations maturity");
    assert!(r
        .meta
        .iter()
        .any(|m| m == "Prepared with Dana Reyes of Northbeam Advisory"));
    assert_eq!(ids(&r.brief), ["r-standing", "r-matters", "r-next"]);
    assert_eq!(ids(&r.full), ["r-maturity", "r-gaps"]);
    // No gap from a stage the prospect was not asked to fill in.
    assert!(gaps(&d, NOW)
        .iter()
        .all(|g| g.area == marketing_os::domain::gaps::GapArea::Maturity));
    // The radar and the claims table are there, with the evidence behind each claim.
    assert!(r.brief[0]
        .blocks
        .iter()
        .any(|b| matches!(b, Block::Figure(_))));
    let md = r.markdown();
    assert!(
        md.contains(
            "| Operations team and leadership | Effective | Effective | Fairly sure | Org chart |"
        ),
        "{md}"
    );
    assert!(!md.contains("Stage 1"), "{md}");
}

#[test]
fn a_model_with_one_stage_begun_reports_that_stage_only() {
    let mut d = Document::new(ModelId("solo".into()), "Solo", NOW);
    let r = build(&d, NOW, &Of::Current);
    assert!(r.full.is_empty(), "an empty model: {:?}", ids(&r.full));
    assert_eq!(r.title, "Solo: Market(ing) Operating System");
    assert!(r.markdown().contains("Nothing is filled in yet."));
    let c = d
        .constituents(marketing_os::domain::dialogue::Side::Market)
        .next()
        .unwrap()
        .id;
    d.apply(marketing_os::domain::Msg::Dialogue(
        marketing_os::domain::dialogue_msg::DialogueMsg::AddSegment(c, "Mid-market CFOs".into()),
    ));
    let r = build(&d, NOW, &Of::Current);
    assert!(ids(&r.full).contains(&"r-dialogue"), "{:?}", ids(&r.full));
    assert!(!ids(&r.full).contains(&"r-ops"));
    // Naming the dashboard is enough to report Stage 3.
    d.operations.dashboard = "Looker: Marketing weekly".into();
    let r = build(&d, NOW, &Of::Current);
    assert!(ids(&r.full).contains(&"r-ops"), "{:?}", ids(&r.full));
}

#[test]
fn the_brief_names_the_worst_gap_of_each_stage_before_any_second() {
    let d = sample(NOW);
    let all = gaps(&d, NOW);
    let top = brief_gaps(&d, &all);
    assert!((3..=5).contains(&top.len()), "{}", top.len());
    // Most severe first.
    assert!(top.windows(2).all(|w| w[0].severity <= w[1].severity));
    // No stage takes a second place while another stage's high gap waits.
    let highs: Vec<_> = all
        .iter()
        .filter(|g| g.severity == Severity::High)
        .collect();
    let mut areas: Vec<_> = highs.iter().map(|g| g.area).collect();
    areas.dedup();
    let distinct = areas.len().min(top.len());
    let first: Vec<_> = top[..distinct].iter().map(|g| g.area).collect();
    let mut unique = first.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), first.len(), "{first:?}");
}

#[test]
fn a_gap_already_planned_is_left_to_the_action_list() {
    let mut d = sample(NOW);
    let all = gaps(&d, NOW);
    let first = brief_gaps(&d, &all)[0].clone();
    d.diagnostics.actions.push(Action {
        id: ActionId(9_999),
        title: first.title.clone(),
        source: first.key.clone(),
        ..Action::default()
    });
    assert!(brief_gaps(&d, &gaps(&d, NOW))
        .iter()
        .all(|g| g.key != first.key));
}

#[test]
fn the_brief_lists_the_open_actions_with_the_most_impact_for_the_effort() {
    let mut d = Document::new(ModelId("plans".into()), "Plans", NOW);
    for (i, (title, impact, effort, done)) in [
        ("Small win", Priority::High, Priority::Low, false),
        ("Big project", Priority::High, Priority::High, false),
        ("Finished", Priority::High, Priority::Low, true),
        ("Minor", Priority::Low, Priority::Medium, false),
    ]
    .into_iter()
    .enumerate()
    {
        d.diagnostics.actions.push(Action {
            id: ActionId(100 + i as u64),
            title: title.into(),
            impact,
            effort,
            owner: "Ana".into(),
            quarter: "2027-Q1".into(),
            done,
            ..Action::default()
        });
    }
    let r = build(&d, NOW, &Of::Current);
    let next = r.brief.iter().find(|s| s.id == "r-next").unwrap();
    let Block::Table(t) = &next.blocks[0] else {
        panic!("no table")
    };
    let titles: Vec<&str> = t.rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(titles, ["Small win", "Big project", "Minor"]);
    assert_eq!(t.rows[0][1..3], ["Ana".to_string(), "Q1 2027".to_string()]);
}

/// The plain text of a Markdown document, one string per paragraph, item or table cell.
fn texts(md: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut html = false;
    for e in Parser::new_ext(md, pulldown_cmark::Options::ENABLE_TABLES) {
        match e {
            Event::Text(t) | Event::Code(t) => cur.push_str(&t),
            Event::Html(_) | Event::InlineHtml(_) => html = true,
            Event::Start(Tag::Emphasis) | Event::End(TagEnd::Emphasis) => {}
            Event::End(
                TagEnd::Paragraph | TagEnd::Item | TagEnd::TableCell | TagEnd::Heading(_),
            ) => {
                out.push(std::mem::take(&mut cur).trim().to_string());
            }
            _ => {}
        }
    }
    assert!(!html, "user text became HTML");
    out
}

#[test]
fn the_markdown_parses_back_with_every_gap_and_action_and_user_text_as_typed() {
    let mut d = sample(NOW);
    d.company = "Acme <b>*Star*</b> & _Co_ | #1".into();
    d.diagnostics.actions.push(Action {
        id: ActionId(9_998),
        title: "- Fix [the] `CRM` *now*".into(),
        hypothesis: "1. If we <script>x</script> then ~leads~ rise".into(),
        ..Action::default()
    });
    let r: Report = build(&d, NOW, &Of::Current);
    let md = r.markdown();
    // Plain punctuation stays plain: only what would turn into markup is escaped.
    assert!(
        md.starts_with("# Acme \\<b>\\*Star\\*\\</b> & \\_Co\\_"),
        "{md}"
    );
    let cells = texts(&md);
    assert_eq!(
        cells[0],
        "Acme <b>*Star*</b> & _Co_ | #1: Market(ing) Operating System"
    );
    for g in gaps(&d, NOW) {
        assert!(
            cells.contains(&g.title.trim().to_string()),
            "gap {}",
            g.title
        );
    }
    for a in &d.diagnostics.actions {
        assert!(
            cells.contains(&a.title.trim().to_string()),
            "action {}",
            a.title
        );
        assert!(
            cells.contains(&a.hypothesis.trim().to_string()),
            "hypothesis {}",
            a.hypothesis
        );
    }
    // Every gap and every action, and each brief section, are in the Markdown.
    for s in r.sections().filter(|s| s.id != "r-schematic") {
        assert!(cells.contains(&s.title), "section {}", s.title);
    }
}
