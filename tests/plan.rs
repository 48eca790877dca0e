//! Diagnostics into actions: which ratings and model findings become gaps, and how the plan
//! ranks by impact over effort.

use marketing_os::content::sample::sample;
use marketing_os::domain::assessment::Action;
use marketing_os::domain::dialogue::Priority::{self, *};
use marketing_os::domain::plan::{ranked, ActionEdit, PlanMsg as P};
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
    let gaps: Vec<_> = d
        .gaps(NOW)
        .into_iter()
        .filter(|g| g.area == "Diagnostics")
        .collect();
    assert_eq!(gaps.len(), 2);
    assert_eq!(gaps[0].key, "diag:ab.listening");
    assert!(gaps[0].text.ends_with("(now 2 of 5, aiming for 4)"));
    assert!(gaps[1].text.ends_with("(now 1 of 5, aiming for 5)"));
    let g = &gaps[0];
    assert!(d.apply(Msg::Plan(P::AddAction {
        title: g.text.clone(),
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
    let gaps = d.gaps(NOW);
    // The sample's map has findings, and most flows have no complete pathway.
    assert!(gaps.iter().any(|g| g.area == "Stage 2 map"));
    assert!(gaps
        .iter()
        .any(|g| g.key == "ops:pathways" && g.link == "operations#pathways"));
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
        "Action,Hypothesis,Impact,Effort,Owner,Quarter,Done,From"
    );
    assert_eq!(lines[1], "\"Fix, \"\"ICP\"\"\",h,high,low,,2027-Q1,no,");
    assert_eq!(lines[2], "Hire,h,medium,high,,2027-Q1,no,");
}
