//! Regular messages: every area's edits go through one `apply` with one signature, the rules
//! for a valid edit (a blank name, a name already taken) live there and say why they refuse,
//! and typing into one field is one undo step.

mod common;

use common::sample_doc;
use marketing_os::content::refusals::refusal;
use marketing_os::domain::assessment::Dimension;
use marketing_os::domain::dialogue::Side;
use marketing_os::domain::document::ChangeEntry;
use marketing_os::domain::mapping::{Direction, Scope, SubFunctionKind};
use marketing_os::domain::msg::{
    ActionEdit, AssessMsg, ConstituentEdit, DialogueMsg, Element, FlowEdit, MappingMsg, ModelMsg,
    OpsMsg, PlanMsg, Refused, TeamMsg, Typing,
};
use marketing_os::domain::operations_msg::RaciSubject;
use marketing_os::domain::{Document, Editor, Msg, Timestamp};

fn add_flow(name: &str) -> Msg {
    Msg::Mapping(MappingMsg::AddFlow {
        name: name.into(),
        direction: Direction::Output,
        scope: Scope::PrimaryExternal,
        owner: None,
    })
}

fn add_person(name: &str) -> Msg {
    Msg::Team(TeamMsg::AddPerson {
        name: name.into(),
        sub_function: None,
    })
}

/// Every add that names something, each with the name `typed`.
fn adds(d: &Document, typed: &str) -> Vec<(Msg, Element)> {
    let c = d.dialogue.constituents[0].id;
    let blank = || typed.to_string();
    vec![
        (
            Msg::Dialogue(DialogueMsg::AddConstituent {
                side: Side::Market,
                name: blank(),
            }),
            Element::Constituent,
        ),
        (
            Msg::Dialogue(DialogueMsg::AddSegment(c, blank())),
            Element::Segment,
        ),
        (
            Msg::Dialogue(DialogueMsg::AddProgram(c, blank())),
            Element::Program,
        ),
        (
            Msg::Mapping(MappingMsg::AddSubFunction {
                name: blank(),
                kind: SubFunctionKind::Core,
            }),
            Element::SubFunction,
        ),
        (
            Msg::Mapping(MappingMsg::AddFunction(blank())),
            Element::Function,
        ),
        (add_flow(typed), Element::Flow),
        (
            Msg::Mapping(MappingMsg::AdoptFlow {
                name: blank(),
                direction: Direction::Input,
                scope: Scope::PrimaryExternal,
                owner: None,
                counterpart: None,
                kpi: "Leads".into(),
            }),
            Element::Flow,
        ),
        (Msg::Ops(OpsMsg::AddForum(blank())), Element::Forum),
        (Msg::Ops(OpsMsg::AddRaciRole(blank())), Element::RaciRole),
        (
            Msg::Ops(OpsMsg::AddRaciRow(RaciSubject::Named(blank()))),
            Element::RaciRow,
        ),
        (Msg::Ops(OpsMsg::AddSla(blank())), Element::Sla),
        (
            Msg::Ops(OpsMsg::AddBudgetLine {
                subject: blank(),
                quarter: "2027-Q1".into(),
            }),
            Element::BudgetLine,
        ),
        (
            Msg::Ops(OpsMsg::LogChange(ChangeEntry {
                text: blank(),
                at: Timestamp(5),
                ..ChangeEntry::default()
            })),
            Element::Change,
        ),
        (
            Msg::Model(ModelMsg::SaveVersion {
                name: blank(),
                at: Timestamp(5),
            }),
            Element::Version,
        ),
        (add_person(typed), Element::Person),
        (
            Msg::Plan(PlanMsg::AddAction {
                title: blank(),
                hypothesis: String::new(),
                source: String::new(),
                quarter: String::new(),
            }),
            Element::Action,
        ),
    ]
}

#[test]
fn a_blank_name_is_refused_by_apply_for_everything_added_by_name() {
    let d = sample_doc();
    for (msg, what) in adds(&d, "   ") {
        let mut after = d.clone();
        let said = format!("{msg:?}");
        assert_eq!(
            after.try_apply(msg),
            Err(Refused::Blank(what)),
            "{said} is refused as blank"
        );
        assert_eq!(after, d, "{said} leaves the model as it was");
    }
}

#[test]
fn the_same_adds_with_a_name_go_through_trimmed() {
    let d = sample_doc();
    for (msg, _) in adds(&d, " Webinars ") {
        let said = format!("{msg:?}");
        assert_eq!(d.clone().try_apply(msg), Ok(true), "{said} adds");
    }
    let mut d = d;
    assert_eq!(d.try_apply(add_flow(" Webinars ")), Ok(true));
    assert_eq!(d.mapping.flows.last().unwrap().name, "Webinars");
}

#[test]
fn a_role_or_person_already_there_is_refused_with_the_name_as_it_stands() {
    let mut d = sample_doc();
    assert_eq!(
        d.try_apply(Msg::Ops(OpsMsg::AddRaciRole("CMO".into()))),
        Ok(true)
    );
    let again = d
        .clone()
        .try_apply(Msg::Ops(OpsMsg::AddRaciRole(" cmo ".into())));
    assert_eq!(
        again,
        Err(Refused::Taken {
            what: Element::RaciRole,
            name: "CMO".into()
        })
    );
    assert_eq!(d.try_apply(add_person("Ana")), Ok(true));
    let twice = d.clone().try_apply(add_person("ana"));
    assert_eq!(
        twice,
        Err(Refused::Taken {
            what: Element::Person,
            name: "Ana".into()
        })
    );
    assert_eq!(refusal(&twice.unwrap_err()), "Ana is already on the list.");
}

#[test]
fn a_refused_edit_says_why_in_a_plain_sentence_and_leaves_no_undo_step() {
    assert_eq!(
        refusal(&Refused::Blank(Element::Flow)),
        "Type a name for the new flow first."
    );
    assert_eq!(
        refusal(&Refused::Blank(Element::Change)),
        "Describe the change before logging it."
    );
    assert_eq!(
        refusal(&Refused::Taken {
            what: Element::RaciRole,
            name: "CMO".into()
        }),
        "There is already a role named “CMO”."
    );
    let mut e = Editor::new(sample_doc());
    assert_eq!(
        e.try_dispatch(add_flow(""), Timestamp(9)),
        Err(Refused::Blank(Element::Flow))
    );
    assert!(!e.can_undo());
}

fn flow_name(e: &Editor, id: marketing_os::domain::ids::FlowId) -> String {
    e.doc.mapping.flow(id).unwrap().name.clone()
}

#[test]
fn typing_into_one_field_is_one_undo_step_and_two_fields_are_two() {
    let mut e = Editor::new(sample_doc());
    let flow = e.doc.mapping.flows[0].id;
    let before = flow_name(&e, flow);
    let name = |s: &str| Msg::Mapping(MappingMsg::EditFlow(flow, FlowEdit::Name(s.into())));
    for typed in ["W", "We", "Web"] {
        assert!(e.dispatch(name(typed), Timestamp(10)));
    }
    assert!(e.undo(Timestamp(11)));
    assert_eq!(flow_name(&e, flow), before, "three keystrokes, one step");
    assert!(!e.can_undo());

    // A name, then a note: two fields, two steps.
    let note = |s: &str| Msg::Mapping(MappingMsg::SetNote(flow, s.into()));
    e.dispatch(name("Webinars"), Timestamp(12));
    e.dispatch(note("M"), Timestamp(13));
    e.dispatch(note("Mo"), Timestamp(14));
    assert!(e.undo(Timestamp(15)));
    assert_eq!(e.doc.mapping.flow(flow).unwrap().note, "");
    assert_eq!(flow_name(&e, flow), "Webinars");
    assert!(e.undo(Timestamp(16)));
    assert_eq!(flow_name(&e, flow), before);

    // The same field of another flow is another field.
    let other = e.doc.mapping.flows[1].id;
    assert_ne!(
        name("a").typing(),
        Msg::Mapping(MappingMsg::EditFlow(other, FlowEdit::Name("a".into()))).typing()
    );
    assert_eq!(
        name("a").typing(),
        Some(Typing::FlowName(flow)),
        "the key is typed: which field of which flow"
    );
    // Choosing from a list is not typing: each choice is its own step.
    assert_eq!(
        Msg::Mapping(MappingMsg::EditFlow(
            flow,
            FlowEdit::Direction(Direction::Input)
        ))
        .typing(),
        None
    );
}

#[test]
fn every_area_changes_nothing_and_says_so_for_a_no_op() {
    let mut d = sample_doc();
    let c = d.dialogue.constituents[0].id;
    let flow = d.mapping.flows[0].id;
    d.apply(add_person("Ana"));
    let ana = d.operations.team.people[0].id;
    d.apply(Msg::Assess(AssessMsg::SetEvidence(
        Dimension::DataInsights,
        "Weekly dashboard".into(),
    )));
    d.apply(Msg::Plan(PlanMsg::AddAction {
        title: "Fix the hand-off".into(),
        hypothesis: String::new(),
        source: String::new(),
        quarter: String::new(),
    }));
    let action = d.diagnostics.actions[0].id;
    let same = [
        Msg::Model(ModelMsg::SetCompany(d.company.clone())),
        Msg::Dialogue(DialogueMsg::EditConstituent(
            c,
            ConstituentEdit::Name(d.dialogue.constituents[0].name.clone()),
        )),
        Msg::Mapping(MappingMsg::EditFlow(
            flow,
            FlowEdit::Name(d.mapping.flows[0].name.clone()),
        )),
        Msg::Team(TeamMsg::RenamePerson(ana, "Ana".into())),
        Msg::Ops(OpsMsg::SetDashboard(d.operations.dashboard.clone())),
        Msg::Assess(AssessMsg::SetEvidence(
            Dimension::DataInsights,
            "Weekly dashboard".into(),
        )),
        Msg::Plan(PlanMsg::EditAction(
            action,
            ActionEdit::Title("Fix the hand-off".into()),
        )),
    ];
    for msg in same {
        let said = format!("{msg:?}");
        let mut after = d.clone();
        assert_eq!(after.try_apply(msg), Ok(false), "{said} is a no-op");
        assert_eq!(after, d, "{said} left the model as it was");
    }
}
