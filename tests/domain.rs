//! The model and its rules, natively: seeding, every change through `apply`, undo and redo,
//! and progress.

use marketing_os::domain::dialogue::{Importance, Side};
use marketing_os::domain::history::LIMIT;
use marketing_os::domain::ids::{ConstituentId, FlowId};
use marketing_os::domain::mapping::{Counterpart, Direction, Scope, SubFunctionKind};
use marketing_os::domain::msg::{AssessMsg, DialogueMsg, MappingMsg, ModelMsg, OpsMsg};
use marketing_os::domain::msg::{ConstituentEdit, FlowEdit};
use marketing_os::domain::progress::{completeness, progress, Part};
use marketing_os::domain::{Document, Editor, ModelId, Msg, Timestamp};

fn doc() -> Document {
    Document::new(ModelId("m1".into()), "Acme Analytics", Timestamp(1_000))
}

fn first_market(doc: &Document) -> ConstituentId {
    doc.constituents(Side::Market).next().unwrap().id
}

#[test]
fn a_new_model_starts_with_the_methods_standard_parts() {
    let d = doc();
    assert_eq!(d.company, "Acme Analytics");
    let market: Vec<_> = d
        .constituents(Side::Market)
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(market.len(), 6);
    assert!(market.contains(&"Industry analysts"));
    assert_eq!(d.constituents(Side::Company).count(), 3);
    assert_eq!(d.dialogue.categories.len(), 8);
    assert_eq!(d.operations.reviews.len(), 3);
    // Every id is distinct and below the counter.
    assert!(d.next_id > d.max_id());
}

#[test]
fn edits_change_the_model_and_no_ops_report_nothing() {
    let mut d = doc();
    let id = first_market(&d);
    assert!(d.apply(Msg::Dialogue(DialogueMsg::EditConstituent(
        id,
        ConstituentEdit::Name("Buyers".into())
    ))));
    assert_eq!(d.dialogue.constituent(id).unwrap().name, "Buyers");
    assert!(!d.apply(Msg::Dialogue(DialogueMsg::EditConstituent(
        id,
        ConstituentEdit::Name("Buyers".into())
    ))));
    assert!(!d.apply(Msg::Dialogue(DialogueMsg::EditConstituent(
        ConstituentId(9_999),
        ConstituentEdit::Enabled(false)
    ))));
    assert!(!d.apply(Msg::Mapping(MappingMsg::RemoveFlow(FlowId(9_999)))));
}

#[test]
fn removing_things_leaves_no_dangling_references() {
    let mut d = doc();
    let market = first_market(&d);
    d.apply(Msg::Mapping(MappingMsg::AddSubFunction {
        name: "Demand generation".into(),
        kind: SubFunctionKind::Core,
    }));
    let sf = d.mapping.sub_functions[0].id;
    d.apply(Msg::Mapping(MappingMsg::AddFlow {
        name: "Intent data".into(),
        direction: Direction::Input,
        scope: Scope::PrimaryExternal,
        owner: Some(sf),
    }));
    let flow = d.mapping.flows[0].id;
    d.apply(Msg::Mapping(MappingMsg::EditFlow(
        flow,
        FlowEdit::Counterpart(Some(Counterpart::Constituent(market))),
    )));

    d.apply(Msg::Dialogue(DialogueMsg::RemoveConstituent(market)));
    assert_eq!(d.mapping.flow(flow).unwrap().counterpart, None);
    d.apply(Msg::Mapping(MappingMsg::RemoveSubFunction(sf)));
    assert_eq!(d.mapping.flow(flow).unwrap().owner, None);
}

#[test]
fn typing_into_one_field_is_one_undo_step() {
    let mut ed = Editor::new(doc());
    for (i, text) in ["A", "Ac", "Acm", "Acme"].iter().enumerate() {
        assert!(ed.dispatch(
            Msg::Model(ModelMsg::SetCompany(text.to_string())),
            Timestamp(2_000 + i as u64)
        ));
    }
    let id = first_market(&ed.doc);
    ed.dispatch(
        Msg::Dialogue(DialogueMsg::EditConstituent(
            id,
            ConstituentEdit::ImportanceNow(Importance::High),
        )),
        Timestamp(3_000),
    );
    assert_eq!(ed.doc.company, "Acme");
    assert_eq!(ed.doc.updated_at, Timestamp(3_000));

    assert!(ed.undo(Timestamp(4_000)));
    assert_eq!(
        ed.doc.dialogue.constituent(id).unwrap().importance_now,
        Importance::Unrated
    );
    assert_eq!(ed.doc.company, "Acme");
    assert!(ed.undo(Timestamp(4_001)));
    assert_eq!(ed.doc.company, "Acme Analytics");
    assert!(!ed.can_undo());

    assert!(ed.redo(Timestamp(4_002)));
    assert_eq!(ed.doc.company, "Acme");
    assert!(ed.redo(Timestamp(4_003)));
    assert_eq!(
        ed.doc.dialogue.constituent(id).unwrap().importance_now,
        Importance::High
    );
    assert!(!ed.redo(Timestamp(4_004)));
}

#[test]
fn sealing_a_group_splits_typing_into_steps_and_a_new_edit_clears_redo() {
    let mut ed = Editor::new(doc());
    ed.dispatch(Msg::Model(ModelMsg::SetCompany("One".into())), Timestamp(1));
    ed.seal();
    ed.dispatch(Msg::Model(ModelMsg::SetCompany("Two".into())), Timestamp(2));
    ed.undo(Timestamp(3));
    assert_eq!(ed.doc.company, "One");
    ed.dispatch(
        Msg::Ops(OpsMsg::SetDashboard("Looker".into())),
        Timestamp(4),
    );
    assert!(!ed.can_redo());
}

#[test]
fn undo_reaches_back_exactly_the_last_hundred_changes() {
    let mut ed = Editor::new(doc());
    for i in 0..(LIMIT + 20) {
        ed.dispatch(
            Msg::Mapping(MappingMsg::SetFte(Default::default(), 0.0)),
            Timestamp(0),
        ); // unknown id: no step
        ed.dispatch(
            Msg::Mapping(MappingMsg::AddFunction(format!("F{i}"))),
            Timestamp(i as u64),
        );
    }
    let mut undone = 0;
    while ed.undo(Timestamp(0)) {
        undone += 1;
    }
    assert_eq!(undone, LIMIT);
    assert_eq!(ed.doc.mapping.functions.len(), 20);
}

#[test]
fn progress_follows_what_the_user_fills_in() {
    let mut d = doc();
    let dialogue = |d: &Document| {
        progress(d)
            .into_iter()
            .find(|p| p.part == Part::Dialogue)
            .unwrap()
    };
    let before = dialogue(&d).done();
    assert_eq!(before, 1, "only the company name is done in a new model");
    let start = completeness(&d);

    let ids: Vec<_> = d.dialogue.constituents.iter().map(|c| c.id).collect();
    for id in ids {
        d.apply(Msg::Dialogue(DialogueMsg::EditConstituent(
            id,
            ConstituentEdit::ImportanceNow(Importance::Medium),
        )));
        d.apply(Msg::Dialogue(DialogueMsg::EditConstituent(
            id,
            ConstituentEdit::ImportanceNextYear(Importance::High),
        )));
    }
    assert_eq!(dialogue(&d).done(), before + 1);
    assert!(completeness(&d) > start);

    d.apply(Msg::Assess(AssessMsg::SetStage(
        marketing_os::domain::assessment::Dimension::Processes,
        Some(marketing_os::domain::assessment::MaturityStage::Effective),
    )));
    let assess = progress(&d)
        .into_iter()
        .find(|p| p.part == Part::Assessment)
        .unwrap();
    assert_eq!((assess.done(), assess.checks.len()), (1, 9));
}

#[test]
fn numbers_amounts_and_quarters_read_one_way() {
    use marketing_os::domain::format::{amount, number, quarter};
    assert_eq!(number(0.1 + 0.2 + 0.9), "1.2");
    assert_eq!(number(1.2000000000000002), "1.2");
    assert_eq!(number(1250.0), "1,250");
    assert_eq!(number(1_234_567.891), "1,234,567.891");
    assert_eq!(number(0.035), "0.035");
    assert_eq!(number(1e15), "1,000,000,000,000,000");
    assert_eq!(number(0.35), "0.35");
    assert_eq!(number(0.0), "0");
    assert_eq!(number(-4500.5), "-4,500.5");
    assert_eq!(number(-0.000_000_1), "0");
    assert_eq!(marketing_os::domain::format::rounded(5.0 / 3.0, 1), "1.7");
    assert_eq!(marketing_os::domain::format::plain(30000.0, 6), "30000");
    assert_eq!(amount(12500.0, "€"), "€12,500");
    assert_eq!(amount(-80.0, "$"), "-$80");
    assert_eq!(amount(12500.0, "CHF"), "12,500 CHF");
    assert_eq!(amount(12500.0, " "), "12,500");
    assert_eq!(quarter("2026-Q4"), "Q4 2026");
    assert_eq!(quarter(" 2027-Q1 "), "Q1 2027");
    assert_eq!(quarter("next spring"), "next spring");
    assert_eq!(quarter("2026-Q5"), "2026-Q5");
}

#[test]
fn numbers_are_read_as_marketers_type_them() {
    use marketing_os::domain::format::{parse_number, NotANumber};
    assert_eq!(parse_number(""), Ok(None));
    assert_eq!(parse_number(" 1,200 "), Ok(Some(1200.0)));
    assert_eq!(parse_number("$300k"), Ok(Some(300_000.0)));
    assert_eq!(parse_number("$1.2M"), Ok(Some(1_200_000.0)));
    assert_eq!(parse_number("2bn"), Ok(Some(2e9)));
    assert_eq!(parse_number("< $180"), Ok(Some(180.0)));
    assert_eq!(parse_number("25%"), Ok(Some(25.0)));
    assert_eq!(parse_number("12,500 CHF"), Ok(Some(12_500.0)));
    assert_eq!(parse_number("€-80"), Ok(Some(-80.0)));
    assert_eq!(parse_number("lots"), Err(NotANumber));
    assert_eq!(parse_number("1.2.3"), Err(NotANumber));
}
