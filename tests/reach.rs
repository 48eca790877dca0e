//! What a change can reach (`Msg::reach`): the app re-runs findings, progress and load only on
//! changes that reach rules, and lists of names only on changes that reach names. These tests
//! hold every edit said to stay within names or words to it, on the sample model: typing any
//! name or note (to something, to nothing) leaves those results exactly as they were.

mod common;

use common::sample_doc;
use marketing_os::content::mapping::suggested;
use marketing_os::domain::findings::{findings, load};
use marketing_os::domain::msg::{
    ConstituentEdit, DialogueMsg, FlowEdit, MappingMsg, Reach, TeamMsg,
};
use marketing_os::domain::progress::{completeness, progress};
use marketing_os::domain::{Document, Editor, Msg, Timestamp};

/// Every result a rule gives that the pages follow through `with_rules`.
fn rules(d: &Document) -> String {
    format!(
        "{:?}\n{:?}\n{:?}\n{}",
        findings(d),
        progress(d),
        load(d),
        completeness(d)
    )
}

/// Every name the pages list through `with_names`, with what is derived from them.
fn names(d: &Document) -> String {
    let m = &d.mapping;
    let mut all = vec![d.company.clone()];
    for c in &d.dialogue.constituents {
        all.push(c.name.clone());
        all.extend(c.segments.iter().map(|s| s.name.clone()));
    }
    all.extend(m.sub_functions.iter().map(|s| s.name.clone()));
    all.extend(m.functions.iter().map(|f| f.name.clone()));
    all.extend(m.flows.iter().map(|f| f.name.clone()));
    all.extend(d.operations.team.people.iter().map(|p| p.name.clone()));
    let offered: Vec<&str> = suggested(d).iter().map(|s| s.name).collect();
    format!("{all:?}\n{offered:?}")
}

/// Typing into every name and note of the sample model, each to a word, to nothing and to a
/// name the method suggests.
fn typing(d: &Document) -> Vec<Msg> {
    let mut out = Vec::new();
    let texts = ["Renamed", "", "  ", "Website"];
    for t in texts.map(String::from) {
        for c in &d.dialogue.constituents {
            out.push(Msg::Dialogue(DialogueMsg::EditConstituent(
                c.id,
                ConstituentEdit::Name(t.clone()),
            )));
            out.push(Msg::Dialogue(DialogueMsg::EditConstituent(
                c.id,
                ConstituentEdit::Note(t.clone()),
            )));
            for s in &c.segments {
                out.push(Msg::Dialogue(DialogueMsg::RenameSegment(
                    c.id,
                    s.id,
                    t.clone(),
                )));
                out.push(Msg::Dialogue(DialogueMsg::SetSegmentNote(
                    c.id,
                    s.id,
                    t.clone(),
                )));
            }
        }
        for s in &d.mapping.sub_functions {
            out.push(Msg::Mapping(MappingMsg::RenameSubFunction(s.id, t.clone())));
        }
        for f in &d.mapping.functions {
            out.push(Msg::Mapping(MappingMsg::RenameFunction(f.id, t.clone())));
        }
        for f in &d.mapping.flows {
            out.push(Msg::Mapping(MappingMsg::EditFlow(
                f.id,
                FlowEdit::Name(t.clone()),
            )));
            out.push(Msg::Mapping(MappingMsg::SetNote(f.id, t.clone())));
        }
        for p in &d.operations.team.people {
            out.push(Msg::Team(TeamMsg::RenamePerson(p.id, t.clone())));
        }
    }
    out
}

/// The sample model, with a segment to type into.
fn model() -> Document {
    let mut d = sample_doc();
    let c = d.dialogue.constituents[0].id;
    assert!(d.apply(Msg::Dialogue(DialogueMsg::AddSegment(
        c,
        "Mid-market".into()
    ))));
    let sub = Some(d.mapping.sub_functions[0].id);
    for name in ["Ana", "Ben"] {
        let person = TeamMsg::AddPerson {
            name: name.into(),
            sub_function: sub,
        };
        assert!(d.apply(Msg::Team(person)));
    }
    d
}

#[test]
fn the_sample_has_every_kind_of_name_to_type_into() {
    let d = model();
    let m = &d.mapping;
    assert!(!d.dialogue.constituents.is_empty() && !m.sub_functions.is_empty());
    assert!(!m.functions.is_empty() && !m.flows.is_empty());
    assert!(d
        .dialogue
        .constituents
        .iter()
        .any(|c| !c.segments.is_empty()));
    assert!(!d.operations.team.people.is_empty());
    assert!(
        !findings(&d).is_empty(),
        "the sample's map reveals something"
    );
}

#[test]
fn typing_a_name_or_a_note_changes_no_rules_result() {
    let d = model();
    let before = rules(&d);
    let mut checked = 0;
    for msg in typing(&d) {
        let reach = msg.reach();
        assert_ne!(
            reach,
            Reach::Rules,
            "{msg:?} is typing into a name or a note"
        );
        let mut after = d.clone();
        if after.apply(msg.clone()) {
            checked += 1;
            assert_eq!(rules(&after), before, "{msg:?} changed a rule's result");
        }
    }
    assert!(checked > 50, "only {checked} edits changed the model");
}

#[test]
fn typing_a_note_changes_no_name() {
    let d = model();
    let before = names(&d);
    for msg in typing(&d).into_iter().filter(|m| m.reach() == Reach::Words) {
        let mut after = d.clone();
        assert!(after.apply(msg.clone()) || msg_is_same(&d, &msg));
        assert_eq!(names(&after), before, "{msg:?} changed a name");
    }
}

/// A note typed to what it already was changes nothing.
fn msg_is_same(d: &Document, msg: &Msg) -> bool {
    let mut copy = d.clone();
    !copy.apply(msg.clone())
}

#[test]
fn renaming_a_flow_to_a_suggested_name_reaches_the_list_of_names() {
    // The suggestion of that name is no longer offered: a names reader must follow it.
    let d = sample_doc();
    let flow = d.mapping.flows[0].id;
    let offered = suggested(&d);
    let name = offered.first().expect("the sample has suggestions").name;
    let msg = Msg::Mapping(MappingMsg::EditFlow(flow, FlowEdit::Name(name.to_string())));
    assert_eq!(msg.reach(), Reach::Name);
    let mut after = d.clone();
    assert!(after.apply(msg));
    assert_ne!(names(&after), names(&d));
}

#[test]
fn other_edits_reach_rules_and_undo_groups_typing_alone() {
    let d = sample_doc();
    let flow = d.mapping.flows[0].id;
    let owner = Msg::Mapping(MappingMsg::EditFlow(flow, FlowEdit::Owner(None)));
    assert_eq!(owner.reach(), Reach::Rules);
    let mut after = d.clone();
    assert!(after.apply(owner));
    assert_ne!(rules(&after), rules(&d), "unowning a flow is a finding");
    // Typing stays one undo step whatever it reaches.
    let mut e = Editor::new(d);
    for t in ["W", "We", "Web"] {
        e.dispatch(
            Msg::Mapping(MappingMsg::EditFlow(flow, FlowEdit::Name(t.into()))),
            Timestamp(1),
        );
    }
    assert!(e.undo(Timestamp(2)));
    assert!(!e.can_undo());
}
