//! Diagnostics into actions: which ratings and model findings become gaps, and how the plan
//! ranks by impact over effort.

use marketing_os::content::gaps;
use marketing_os::content::sample::sample;
use marketing_os::domain::assessment::Action;
use marketing_os::domain::dialogue::Priority::{self, *};
use marketing_os::domain::gaps::{GapArea, Severity};
use marketing_os::domain::plan::{ranked, ActionEdit, PlanMsg as P};
use marketing_os::domain::target::Target;
use marketing_os::domain::{Document, ModelId, Msg, Timestamp};

const NOW: Timestamp = Timestamp(1_795_392_000_000);

fn rate(d: &mut Document, q: &str, current: u8, ideal: u8) {
    d.apply(Msg::Plan(P::Rate {
        question: q.into(),
        ideal: false,
        value: Some(current),
    }));
    d.apply(Msg::Plan(P::Rate {
        question: q.into(),
        ideal: true,
        value: Some(ideal),
    }));
}

#[test]
fn a_rating_below_its_ideal_is_a_gap_and_becomes_an_action() {
    let mut d = Document::new(ModelId("p".into()), "Acme", NOW);
    assert!(!d.apply(Msg::Plan(P::Rate {
        question: "no.such".into(),
        ideal: false,
        value: Some(3)
    })));
    rate(&mut d, "ab.listening", 2, 4);
    rate(&mut d, "team.roles", 4, 4);
    // Values are kept to the 1–5 scale.
    rate(&mut d, "market.icp", 0, 9);
    let gaps: Vec<_> = gaps::list(&d, NOW)
        .into_iter()
        .filter(|g| g.area == GapArea::Diagnostics)
        .collect();
    assert_eq!(gaps.len(), 2);
    // Titled as the action; the question and its ratings say why; ranked by how far below.
    assert_eq!(gaps[0].key, "diag:market.icp");
    assert_eq!(gaps[0].severity, Severity::High);
    assert!(gaps[0].why.ends_with("(now 1 of 5, aiming for 5)"));
    assert_eq!(gaps[1].title, "Make the listening programs steer decisions");
    assert_eq!(gaps[1].severity, Severity::Medium);
    assert!(gaps[1].why.ends_with("(now 2 of 5, aiming for 4)"));
    assert_eq!(gaps[1].target, Target::Question("ab.listening".into()));
    let g = &gaps[1];
    assert!(d.apply(Msg::Plan(P::AddAction {
        title: g.title.clone(),
        hypothesis: g.hypothesis.clone(),
        source: g.key.clone(),
        quarter: "2027-Q1".into()
    })));
    assert_eq!(d.diagnostics.actions[0].source, "diag:ab.listening");
    assert!(!d.apply(Msg::Plan(P::AddAction {
        title: " ".into(),
        hypothesis: String::new(),
        source: String::new(),
        quarter: String::new()
    })));
}

#[test]
fn the_whole_model_feeds_the_gaps() {
    let d = sample(NOW);
    let gaps = gaps::list(&d, NOW);
    // The sample's map has findings, and most flows have no complete pathway.
    assert!(gaps.iter().any(|g| g.area == GapArea::Team));
    assert!(gaps
        .iter()
        .any(|g| g.key == "ops:pathways" && g.target == Target::Pathways));
    // Keys are unique, so an action can say which gap it came from.
    let mut keys: Vec<_> = gaps.iter().map(|g| g.key.clone()).collect();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), gaps.len());
}

fn action(title: &str, impact: Priority, effort: Priority) -> Action {
    Action {
        title: title.into(),
        impact,
        effort,
        ..Action::default()
    }
}

#[test]
fn the_plan_ranks_by_impact_over_effort_with_done_last() {
    let mut list = vec![
        action("big slog", High, High),
        action("quick win", High, Low),
        action("unrated", Unset, Unset),
        action("small easy", Low, Low),
        action("medium", Medium, Low),
    ];
    list.push(Action {
        done: true,
        ..action("finished win", High, Low)
    });
    let order: Vec<&str> = ranked(&list).iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        order,
        [
            "quick win",
            "medium",
            "big slog",
            "small easy",
            "unrated",
            "finished win"
        ]
    );
    let mut d = Document::new(ModelId("p".into()), "Acme", NOW);
    for (t, i, e) in [("Fix, \"ICP\"", High, Low), ("Hire", Medium, High)] {
        d.apply(Msg::Plan(P::AddAction {
            title: t.into(),
            hypothesis: "h".into(),
            source: String::new(),
            quarter: "2027-Q1".into(),
        }));
        let id = d.diagnostics.actions.last().unwrap().id;
        d.apply(Msg::Plan(P::EditAction(id, ActionEdit::Impact(i))));
        d.apply(Msg::Plan(P::EditAction(id, ActionEdit::Effort(e))));
    }
    let csv = d.actions_csv();
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(
        lines[0],
        "\u{feff}Action,Hypothesis,Impact,Effort,Owner,Quarter,Done,From"
    );
    assert_eq!(lines[1], "\"Fix, \"\"ICP\"\"\",h,high,low,,2027-Q1,no,");
    assert_eq!(lines[2], "Hire,h,medium,high,,2027-Q1,no,");
}

#[test]
fn every_part_of_the_model_feeds_one_ranked_gap_list() {
    use marketing_os::domain::assessment::{Dimension, HealthState, MaturityStage};
    use marketing_os::domain::mapping::{FlowStatus, Presence, SkillQuestion, TeamPractice};
    use marketing_os::domain::mapping_msg::MappingMsg as M;
    use marketing_os::domain::msg::AssessMsg as A;
    use marketing_os::domain::operations::{ProcessPathway, RaciRow};
    use marketing_os::domain::team::Person;

    let mut d = sample(NOW);
    // A flow marked as a gap, a pathway begun but not finished, a RACI row with nobody
    // accountable, and a team page that lists a person with a role.
    let flow = d.mapping.flows[0].id;
    d.mapping.flows[1].status = FlowStatus::Gap;
    d.operations.pathways.retain(|p| p.flow != flow);
    d.operations.pathways.push(ProcessPathway {
        flow,
        ..ProcessPathway::default()
    });
    d.operations.raci.push(RaciRow {
        subject: "Pricing page".into(),
        ..RaciRow::default()
    });
    d.operations.team.people.push(Person {
        name: "Ana".into(),
        roles: vec![(marketing_os::domain::team::Role::DataManager, 0.5)],
        ..Person::default()
    });
    d.apply(Msg::Mapping(M::SetPractice(
        TeamPractice::SharedCalendar,
        Presence::No,
    )));
    d.apply(Msg::Mapping(M::SetSkill(
        SkillQuestion::DemoProduct,
        Presence::Partly,
    )));
    d.apply(Msg::Assess(A::SetFitness("scalable".into(), Presence::No)));
    d.apply(Msg::Assess(A::SetDriver("digital".into(), Presence::No)));
    d.apply(Msg::Assess(A::SetComponent(
        "report".into(),
        HealthState::Missing,
    )));
    d.apply(Msg::Assess(A::SetRhythm(Presence::No)));
    for s in ["two_lists", "two_dashboards", "leave_slows"] {
        d.apply(Msg::Assess(A::SetSign(s.into(), true)));
    }
    // A claim of Effective with nothing to show for it, and an area far below the rest.
    for dim in Dimension::ALL {
        d.apply(Msg::Assess(A::SetStage(
            dim,
            Some(MaturityStage::Effective),
        )));
        d.apply(Msg::Assess(A::SetEvidence(dim, "The dashboard".into())));
    }
    d.apply(Msg::Assess(A::SetEvidence(
        Dimension::Processes,
        String::new(),
    )));
    d.apply(Msg::Assess(A::SetStage(
        Dimension::CharterRole,
        Some(MaturityStage::Unaware),
    )));
    rate(&mut d, "market.icp", 2, 4);

    let gaps = gaps::list(&d, NOW);
    let has = |prefix: &str| gaps.iter().any(|g| g.key.starts_with(prefix));
    for source in [
        "category:",
        "program:",
        "flow:",
        "finding:",
        "team-loop:",
        "skill:",
        "role:",
        "ops:pathway:",
        "ops:raci:",
        "assess:capped:",
        "assess:evidence:",
        "assess:component:",
        "assess:fitness:",
        "assess:rhythm",
        "assess:signs",
        "assess:driver:",
        "diag:",
    ] {
        assert!(has(source), "no gap from {source}");
    }
    // Grouped by area in the method's order, high before medium before low inside each.
    let order: Vec<_> = gaps.iter().map(|g| (g.area, g.severity)).collect();
    let mut sorted = order.clone();
    sorted.sort();
    assert_eq!(order, sorted);
    // Every gap is titled as an action (it points at an element by its type, `Target`).
    for g in &gaps {
        assert!(
            !g.title.ends_with('?'),
            "a question, not an action: {}",
            g.title
        );
    }
    let diag = gaps.iter().find(|g| g.key == "diag:market.icp").unwrap();
    assert_eq!(
        diag.title,
        "Check the ICP against conversion, lifetime value and deal size"
    );
    // The list depends on the model alone: making an action of a gap moves nothing.
    let g = &gaps[3];
    d.apply(Msg::Plan(P::AddAction {
        title: g.title.clone(),
        hypothesis: g.hypothesis.clone(),
        source: g.key.clone(),
        quarter: "2027-Q1".into(),
    }));
    assert_eq!(gaps::list(&d, NOW), gaps);
}

#[test]
fn the_plan_keeps_its_order_while_edited_and_sorts_when_asked() {
    let mut d = Document::new(ModelId("p".into()), "Acme", NOW);
    for t in ["Write the ICP", "Hire an analyst", "Fix the dashboard"] {
        d.apply(Msg::Plan(P::AddAction {
            title: t.into(),
            hypothesis: String::new(),
            source: String::new(),
            quarter: "2027-Q1".into(),
        }));
    }
    let titles = |d: &Document| -> Vec<String> {
        d.diagnostics
            .actions
            .iter()
            .map(|a| a.title.clone())
            .collect()
    };
    let last = d.diagnostics.actions[2].id;
    d.apply(Msg::Plan(P::EditAction(last, ActionEdit::Impact(High))));
    d.apply(Msg::Plan(P::EditAction(last, ActionEdit::Effort(Low))));
    assert_eq!(
        titles(&d),
        ["Write the ICP", "Hire an analyst", "Fix the dashboard"],
        "raising an action's impact leaves it where it is"
    );
    assert!(d.apply(Msg::Plan(P::SortActions)));
    assert_eq!(
        titles(&d),
        ["Fix the dashboard", "Write the ICP", "Hire an analyst"]
    );
    assert!(!d.apply(Msg::Plan(P::SortActions)), "already in order");
    // The CSV follows the plan as kept.
    assert!(d
        .actions_csv()
        .split("\r\n")
        .nth(1)
        .unwrap()
        .starts_with("Fix the dashboard,"));
}
