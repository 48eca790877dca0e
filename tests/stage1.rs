//! Stage 1 rules: segments, programs and reach, the roadmap of gaps, the balance reading,
//! and completeness, including empty and extreme models.

use marketing_os::content::progress::label;
use marketing_os::domain::balance::{balance, Lean};
use marketing_os::domain::dialogue::{
    CoverageStatus, DialogueSide, LopsidedSign, Priority, ProgramStatus, Side,
};
use marketing_os::domain::dialogue_msg::DialogueMsg as D;
use marketing_os::domain::ids::{CategoryId, ConstituentId, ProgramId};
use marketing_os::domain::msg::{CategoryEdit, ConstituentEdit};
use marketing_os::domain::progress::{progress, CheckItem, Part};
use marketing_os::domain::roadmap::roadmap;
use marketing_os::domain::{Document, ModelId, Msg, Timestamp};

fn doc() -> Document {
    Document::new(ModelId("s1".into()), "Acme", Timestamp(0))
}

fn constituent(d: &Document, name: &str) -> ConstituentId {
    d.dialogue
        .constituents
        .iter()
        .find(|c| c.name.starts_with(name))
        .unwrap()
        .id
}

fn program(d: &Document, c: ConstituentId, name: &str) -> ProgramId {
    d.dialogue
        .constituent(c)
        .unwrap()
        .programs
        .iter()
        .find(|p| p.name == name)
        .unwrap()
        .id
}

fn categories(d: &Document, side: DialogueSide) -> Vec<CategoryId> {
    d.dialogue.categories_on(side).map(|c| c.id).collect()
}

fn set_status(d: &mut Document, ids: &[CategoryId], statuses: &[CoverageStatus]) {
    for (id, s) in ids.iter().zip(statuses) {
        d.apply(Msg::Dialogue(D::EditCategory(
            *id,
            CategoryEdit::Status(*s),
        )));
    }
}

#[test]
fn new_models_carry_the_suggested_programs_for_each_constituent() {
    let d = doc();
    let comp = constituent(&d, "Competitors");
    let names: Vec<_> = d
        .dialogue
        .constituent(comp)
        .unwrap()
        .programs
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["Competitor landscape", "Battle cards"]);
    assert!(d
        .dialogue
        .constituents
        .iter()
        .all(|c| !c.programs.is_empty()));
    assert!(d.next_id > d.max_id());
}

#[test]
fn segments_and_programs_are_added_edited_and_removed() {
    let mut d = doc();
    let cust = constituent(&d, "Customers");
    assert!(d.apply(Msg::Dialogue(D::AddSegment(
        cust,
        "  Ideal customer profile (ICP) ".into()
    ))));
    assert!(
        !d.apply(Msg::Dialogue(D::AddSegment(cust, "   ".into()))),
        "blank names are refused"
    );
    let seg = d.dialogue.constituent(cust).unwrap().segments[0].id;
    assert_eq!(
        d.dialogue.constituent(cust).unwrap().segments[0].name,
        "Ideal customer profile (ICP)"
    );
    assert!(d.apply(Msg::Dialogue(D::SetSegmentNote(
        cust,
        seg,
        "Series A–C SaaS, 50–500 staff".into()
    ))));
    assert!(d.apply(Msg::Dialogue(D::AddProgram(
        cust,
        "Win/loss programme".into()
    ))));
    let p = program(&d, cust, "Win/loss programme");
    assert!(d.apply(Msg::Dialogue(D::SetProgramStatus(
        cust,
        p,
        ProgramStatus::Gap
    ))));
    assert!(d.apply(Msg::Dialogue(D::SetProgramPriority(
        cust,
        p,
        Priority::High
    ))));
    assert!(!d.apply(Msg::Dialogue(D::SetProgramPriority(
        cust,
        p,
        Priority::High
    ))));
    assert_eq!(roadmap(&d.dialogue).len(), 1);
    assert!(d.apply(Msg::Dialogue(D::RemoveProgram(cust, p))));
    assert!(roadmap(&d.dialogue).is_empty());
    assert!(d.apply(Msg::Dialogue(D::RemoveSegment(cust, seg))));
    assert!(!d.apply(Msg::Dialogue(D::RemoveSegment(cust, seg))));
    assert!(d.next_id > d.max_id());
}

#[test]
fn reach_links_a_category_to_constituents_that_exist() {
    let mut d = doc();
    let cat = categories(&d, DialogueSide::ListenLearn)[0];
    let cust = constituent(&d, "Customers");
    assert!(d.apply(Msg::Dialogue(D::SetReach(cat, cust, true))));
    assert!(!d.apply(Msg::Dialogue(D::SetReach(cat, cust, true))));
    assert!(!d.apply(Msg::Dialogue(D::SetReach(cat, ConstituentId(9_999), true))));
    d.apply(Msg::Dialogue(D::RemoveConstituent(cust)));
    assert!(d.dialogue.categories[0].reaches.is_empty());
}

#[test]
fn the_roadmap_lists_gaps_by_priority_and_keeps_the_users_order() {
    let mut d = doc();
    let cust = constituent(&d, "Customers");
    let comp = constituent(&d, "Competitors");
    let inv = constituent(&d, "Investors");
    let icp = program(&d, cust, "ICP definition");
    let cards = program(&d, comp, "Battle cards");
    let land = program(&d, comp, "Competitor landscape");
    let updates = program(&d, inv, "Investor updates");
    for (c, p) in [(cust, icp), (comp, cards), (comp, land), (inv, updates)] {
        d.apply(Msg::Dialogue(D::SetProgramStatus(c, p, ProgramStatus::Gap)));
    }
    d.apply(Msg::Dialogue(D::SetProgramPriority(
        comp,
        cards,
        Priority::High,
    )));
    d.apply(Msg::Dialogue(D::SetProgramPriority(
        cust,
        icp,
        Priority::Low,
    )));
    let order = |d: &Document| {
        roadmap(&d.dialogue)
            .iter()
            .map(|i| i.program)
            .collect::<Vec<_>>()
    };
    // High, then Low, then the unprioritised in constituent order (investors before competitors).
    assert_eq!(order(&d), [cards, icp, updates, land]);
    assert_eq!(roadmap(&d.dialogue)[0].constituent_name, "Competitors");

    // The user moves investor updates to the top; that order sticks.
    assert!(d.apply(Msg::Dialogue(D::MoveRoadmap(updates, 0))));
    assert_eq!(order(&d), [updates, cards, icp, land]);
    assert!(!d.apply(Msg::Dialogue(D::MoveRoadmap(updates, 0))));
    assert!(
        d.apply(Msg::Dialogue(D::MoveRoadmap(updates, 99))),
        "past the end means last"
    );
    assert_eq!(order(&d), [cards, icp, land, updates]);

    // A new gap joins after the arranged ones; a gap that is closed leaves.
    let media = constituent(&d, "Trade");
    let plan = program(&d, media, "Media relations plan");
    d.apply(Msg::Dialogue(D::SetProgramStatus(
        media,
        plan,
        ProgramStatus::Gap,
    )));
    assert_eq!(order(&d).last(), Some(&plan));
    d.apply(Msg::Dialogue(D::SetProgramStatus(
        comp,
        cards,
        ProgramStatus::Have,
    )));
    assert_eq!(order(&d), [icp, land, updates, plan]);
    // Switching a constituent off takes its gaps off the roadmap.
    d.apply(Msg::Dialogue(D::EditConstituent(
        inv,
        ConstituentEdit::Enabled(false),
    )));
    assert_eq!(order(&d), [icp, land, plan]);
}

#[test]
fn the_balance_reads_which_side_the_conversation_leans_to() {
    use CoverageStatus::*;
    let mut d = doc();
    assert_eq!(
        balance(&d.dialogue).lean,
        Lean::Unknown,
        "nothing assessed yet"
    );
    let a = categories(&d, DialogueSide::ListenLearn);
    let b = categories(&d, DialogueSide::EducatePersuade);
    set_status(&mut d, &b, &[InPlace, InPlace, InPlace, Partial]);
    assert_eq!(
        balance(&d.dialogue).lean,
        Lean::Unknown,
        "one side alone cannot lean"
    );
    set_status(&mut d, &a, &[Gap, Partial, Gap, NotNeeded]);
    let bal = balance(&d.dialogue);
    assert_eq!(bal.lean, Lean::TowardsB);
    assert_eq!(
        (
            bal.listen.relevant,
            bal.listen.assessed,
            bal.listen.gaps.len()
        ),
        (3, 3, 2)
    );
    assert!((bal.listen.coverage - 0.5 / 3.0).abs() < 1e-9);
    assert!((bal.speak.coverage - 3.5 / 4.0).abs() < 1e-9);

    set_status(&mut d, &a, &[InPlace, InPlace, Partial, InPlace]);
    assert_eq!(balance(&d.dialogue).lean, Lean::Balanced);
    set_status(&mut d, &b, &[Gap, Gap, Partial, Gap]);
    assert_eq!(balance(&d.dialogue).lean, Lean::TowardsA);

    d.apply(Msg::Dialogue(D::ToggleLopsidedSign(
        LopsidedSign::MidFunnelDropOff,
    )));
    d.apply(Msg::Dialogue(D::EditCategory(
        a[0],
        CategoryEdit::Activities("Interviews\n\nSurveys\n".into()),
    )));
    let bal = balance(&d.dialogue);
    assert_eq!(bal.signs, 1);
    assert_eq!(bal.listen.activities, 2, "blank lines are not activities");
}

#[test]
fn balance_and_progress_hold_for_empty_and_extreme_models() {
    let empty = Document::default();
    let bal = balance(&empty.dialogue);
    assert_eq!(bal.lean, Lean::Unknown);
    assert_eq!(bal.listen.coverage, 0.0);
    assert!(roadmap(&empty.dialogue).is_empty());
    let p = progress(&empty);
    let stage1 = p.iter().find(|p| p.part == Part::Dialogue).unwrap();
    assert_eq!(stage1.done(), 0);

    // Everything "not needed": nothing relevant, so no lean and no division by zero.
    let mut d = doc();
    let all: Vec<_> = d.dialogue.categories.iter().map(|c| c.id).collect();
    for id in all {
        d.apply(Msg::Dialogue(D::EditCategory(
            id,
            CategoryEdit::Status(CoverageStatus::NotNeeded),
        )));
    }
    assert_eq!(balance(&d.dialogue).lean, Lean::Unknown);

    // Every constituent switched off: ratings cannot be complete.
    let ids: Vec<_> = d.dialogue.constituents.iter().map(|c| c.id).collect();
    for id in ids {
        d.apply(Msg::Dialogue(D::EditConstituent(
            id,
            ConstituentEdit::Enabled(false),
        )));
    }
    let checks = &progress(&d)
        .into_iter()
        .find(|p| p.part == Part::Dialogue)
        .unwrap()
        .checks;
    assert!(
        !checks
            .iter()
            .find(|c| c.item == CheckItem::ConstituentsRated)
            .unwrap()
            .done
    );

    // A large model: 500 custom constituents with programs, all gaps.
    let mut big = doc();
    for i in 0..500 {
        big.apply(Msg::Dialogue(D::AddConstituent {
            side: Side::Market,
            name: format!("Segment group {i}"),
        }));
        let id = big.dialogue.constituents.last().unwrap().id;
        big.apply(Msg::Dialogue(D::AddProgram(id, format!("Program {i}"))));
        let p = big.dialogue.constituents.last().unwrap().programs[0].id;
        big.apply(Msg::Dialogue(D::SetProgramStatus(
            id,
            p,
            ProgramStatus::Gap,
        )));
    }
    assert_eq!(roadmap(&big.dialogue).len(), 500);
}

#[test]
fn stage_one_completes_when_its_essentials_are_done() {
    use CoverageStatus::*;
    let mut d = doc();
    let stage1 = |d: &Document| {
        progress(d)
            .into_iter()
            .find(|p| p.part == Part::Dialogue)
            .unwrap()
    };
    let ids: Vec<_> = d.dialogue.constituents.iter().map(|c| c.id).collect();
    for id in &ids {
        d.apply(Msg::Dialogue(D::EditConstituent(
            *id,
            ConstituentEdit::ImportanceNow(marketing_os::domain::dialogue::Importance::High),
        )));
        d.apply(Msg::Dialogue(D::EditConstituent(
            *id,
            ConstituentEdit::ImportanceNextYear(marketing_os::domain::dialogue::Importance::Medium),
        )));
        let progs: Vec<_> = d
            .dialogue
            .constituent(*id)
            .unwrap()
            .programs
            .iter()
            .map(|p| p.id)
            .collect();
        for p in progs {
            d.apply(Msg::Dialogue(D::SetProgramStatus(
                *id,
                p,
                ProgramStatus::Have,
            )));
        }
    }
    let cust = constituent(&d, "Customers");
    d.apply(Msg::Dialogue(D::AddSegment(cust, "ICP".into())));
    let a = categories(&d, DialogueSide::ListenLearn);
    let b = categories(&d, DialogueSide::EducatePersuade);
    set_status(&mut d, &a, &[InPlace, Gap, NotNeeded, Partial]);
    set_status(&mut d, &b, &[InPlace, InPlace, InPlace, InPlace]);
    assert_eq!(
        stage1(&d).percent(),
        100,
        "the essentials are done: every constituent rated, both sides and every program marked"
    );
    // What waits under "Go deeper" (segments, whom each category reaches, the loops' owners)
    // is not among the essentials: it shows up as gaps instead.
    let labels: Vec<_> = stage1(&d).checks.iter().map(|c| label(c.item)).collect();
    assert!(
        labels
            .iter()
            .all(|l| !l.contains("Loop") && !l.contains("segments")),
        "{labels:?}"
    );
    // The essentials, in the page's order (where each is worked on is `ui::target`'s).
    let items: Vec<_> = stage1(&d).checks.iter().map(|c| c.item).collect();
    assert_eq!(
        items,
        [
            CheckItem::CompanyNamed,
            CheckItem::ConstituentsRated,
            CheckItem::SideACovered,
            CheckItem::SideBCovered,
            CheckItem::ProgramsMarked
        ]
    );
}

#[test]
fn the_sample_model_shows_a_finished_stage_one_and_survives_export() {
    let s = marketing_os::content::sample::sample(Timestamp(1_795_000_000_000));
    let stage1 = progress(&s)
        .into_iter()
        .find(|p| p.part == Part::Dialogue)
        .unwrap();
    let missing: Vec<_> = stage1
        .checks
        .iter()
        .filter(|c| !c.done)
        .map(|c| label(c.item))
        .collect();
    assert!(missing.is_empty(), "{missing:?}");
    assert_eq!(
        balance(&s.dialogue).lean,
        Lean::TowardsB,
        "the sample shows the common bias"
    );
    assert_eq!(roadmap(&s.dialogue)[0].name, "Battle cards");
    let text = marketing_os::persist::export_json(&s, Timestamp(0));
    assert_eq!(marketing_os::persist::load(text.as_bytes()).unwrap(), s);
}

#[test]
fn the_reading_explains_the_lean_in_plain_words() {
    use marketing_os::content::reading::balance_reading;
    let s = marketing_os::content::sample::sample(Timestamp(0));
    let text = balance_reading(&s.dialogue, &balance(&s.dialogue)).join(" ");
    assert!(text.starts_with("Your team leans to side B"), "{text}");
    assert!(
        text.contains("The listening gap is competitive research."),
        "{text}"
    );
    assert!(text.contains("You recognise 2 of the five signs"), "{text}");
    let empty = doc();
    assert!(
        balance_reading(&empty.dialogue, &balance(&empty.dialogue))[0]
            .starts_with("Give every listening")
    );
}
