//! One list of people, shared by Stage 2 and the team page: where each person works, a
//! sub-function's capacity from its people, roles that start at 0 FTE, each person's total
//! and the warning above one full-time person; and models saved before people had a
//! sub-function.
#![cfg(not(target_arch = "wasm32"))]

use marketing_os::domain::findings::{findings, load, Finding};
use marketing_os::domain::format::number as format_number;
use marketing_os::domain::ids::{OpsId, SubFunctionId};
use marketing_os::domain::mapping::{Direction, Scope, SubFunctionKind};
use marketing_os::domain::msg::MappingMsg;
use marketing_os::domain::operations_msg::TeamMsg;
use marketing_os::domain::team::{capacity, team_summary, unrunnable_flows, Role};
use marketing_os::domain::{Document, ModelId, Msg, Timestamp};
use marketing_os::persist::{export_json, load as load_file};

fn team(e: TeamMsg) -> Msg {
    Msg::Team(e)
}

fn add(d: &mut Document, name: &str, sub: Option<SubFunctionId>) -> bool {
    d.apply(team(TeamMsg::AddPerson {
        name: name.into(),
        sub_function: sub,
    }))
}

fn person(d: &Document, name: &str) -> OpsId {
    d.operations
        .team
        .people
        .iter()
        .find(|p| p.name == name)
        .unwrap()
        .id
}

/// A model with two sub-functions: Demand gen (typed as 2 people) and Brand.
fn doc() -> (Document, SubFunctionId, SubFunctionId) {
    let mut d = Document::new(ModelId("people-0001".into()), "People Co", Timestamp(1));
    for name in ["Demand gen", "Brand"] {
        assert!(d.apply(Msg::Mapping(MappingMsg::AddSubFunction {
            name: name.into(),
            kind: SubFunctionKind::Core
        })));
    }
    let (demand, brand) = (d.mapping.sub_functions[0].id, d.mapping.sub_functions[1].id);
    assert!(d.apply(Msg::Mapping(MappingMsg::SetFte(demand, 2.0))));
    (d, demand, brand)
}

fn cap(d: &Document, sub: SubFunctionId) -> f64 {
    capacity(
        &d.operations.team.people,
        d.mapping.sub_function(sub).unwrap(),
    )
}

#[test]
fn a_sub_function_counts_its_named_people_and_otherwise_the_typed_number() {
    let (mut d, demand, brand) = doc();
    assert_eq!(cap(&d, demand), 2.0, "nobody named: the typed number");
    assert!(add(&mut d, "Ana", Some(demand)));
    assert_eq!(cap(&d, demand), 1.0, "one named person: one FTE");
    assert!(add(&mut d, "Ben", Some(demand)));
    assert!(add(&mut d, "Cleo", Some(demand)));
    assert_eq!(cap(&d, demand), 3.0);
    // Roles on the team page do not change where someone works or what they count for.
    let ana = person(&d, "Ana");
    assert!(d.apply(team(TeamMsg::SetRole(ana, Role::DataManager, 0.3))));
    assert_eq!(cap(&d, demand), 3.0);
    assert_eq!(cap(&d, brand), 1.0, "Brand keeps its typed 1");
    // Taken out of the sub-function, they stay on the one list.
    assert!(d.apply(team(TeamMsg::SetSubFunction(ana, None))));
    assert_eq!(cap(&d, demand), 2.0);
    assert_eq!(d.operations.team.people.len(), 3);
    // The load table and the findings read the same capacity.
    let l = load(&d);
    assert_eq!((l[0].sub, l[0].fte), (demand, 2.0));
}

#[test]
fn findings_and_unrunnable_flows_use_the_one_capacity() {
    let (mut d, demand, _) = doc();
    assert!(d.apply(Msg::Mapping(MappingMsg::SetFte(demand, 0.0))));
    assert!(d.apply(Msg::Mapping(MappingMsg::AddFlow {
        name: "Webinars".into(),
        direction: Direction::Output,
        scope: Scope::PrimaryExternal,
        owner: Some(demand),
    })));
    assert!(findings(&d).contains(&Finding::NoCapacity(demand)));
    assert_eq!(unrunnable_flows(&d).len(), 1);
    // Naming someone gives the sub-function people, though its typed number is still 0.
    assert!(add(&mut d, "Ana", Some(demand)));
    assert!(!findings(&d).contains(&Finding::NoCapacity(demand)));
    assert!(unrunnable_flows(&d).is_empty());
}

#[test]
fn adding_a_person_checks_the_name_and_picks_rather_than_duplicates() {
    let (mut d, demand, brand) = doc();
    assert!(
        !add(&mut d, "   ", Some(demand)),
        "a blank name adds nobody"
    );
    assert!(add(&mut d, " Ana ", None), "added on the team page");
    assert_eq!(d.operations.team.people[0].name, "Ana");
    assert!(!add(&mut d, "ana", None), "the same name twice adds nobody");
    // Naming her in Stage 2 places the person already listed.
    assert!(add(&mut d, "ANA", Some(demand)));
    assert_eq!(d.operations.team.people.len(), 1);
    assert_eq!(d.operations.team.people[0].sub_function, Some(demand));
    assert!(!add(&mut d, "Ana", Some(demand)), "already there");
    // A person works in one sub-function: naming her in another moves her.
    assert!(add(&mut d, "Ana", Some(brand)));
    assert_eq!(d.operations.team.people[0].sub_function, Some(brand));
    // A sub-function that does not exist is refused.
    assert!(!add(&mut d, "Ben", Some(SubFunctionId(999))));
    let ana = person(&d, "Ana");
    assert!(!d.apply(team(TeamMsg::SetSubFunction(ana, Some(SubFunctionId(999))))));
    // Removing a sub-function leaves its people on the list, placed nowhere.
    assert!(d.apply(Msg::Mapping(MappingMsg::RemoveSubFunction(brand))));
    assert_eq!(d.operations.team.people[0].sub_function, None);
}

#[test]
fn a_role_starts_at_zero_and_the_total_warns_above_one_full_time_person() {
    let (mut d, demand, _) = doc();
    assert!(add(&mut d, "Ana", Some(demand)));
    let ana = person(&d, "Ana");
    assert!(d.apply(team(TeamMsg::AddRole(ana, Role::AutomationAdmin))));
    assert!(!d.apply(team(TeamMsg::AddRole(ana, Role::AutomationAdmin))));
    let p = &d.operations.team.people[0];
    assert_eq!(p.roles, [(Role::AutomationAdmin, 0.0)]);
    assert_eq!(p.total_fte(), 0.0);
    assert!(!p.is_overbooked());

    assert!(d.apply(team(TeamMsg::AddRole(ana, Role::DataManager))));
    assert!(d.apply(team(TeamMsg::SetRole(ana, Role::AutomationAdmin, 0.6))));
    assert!(d.apply(team(TeamMsg::SetRole(ana, Role::DataManager, 0.4))));
    let p = &d.operations.team.people[0];
    assert!(!p.is_overbooked(), "0.6 + 0.4 is one full-time person");
    assert_eq!(format_number(p.total_fte()), "1");

    assert!(d.apply(team(TeamMsg::SetRole(ana, Role::AutomationAdmin, 0.7))));
    assert!(d.apply(team(TeamMsg::SetRole(ana, Role::DataManager, 0.6))));
    let p = &d.operations.team.people[0];
    assert!(p.is_overbooked());
    assert_eq!(format_number(p.total_fte()), "1.3");
    assert_eq!(
        team_summary(&d).unwrap(),
        "Team: 1 person on 1.3 FTE of marketing operations roles; 0 planned decisions (0 in the budget). \
         Roles add up to more than one full-time person for Ana."
    );
    assert!(d.apply(team(TeamMsg::RemoveRole(ana, Role::DataManager))));
    assert_eq!(d.operations.team.people[0].roles.len(), 1);
}

#[test]
fn fte_never_prints_with_float_noise_in_the_report_or_markdown() {
    let (mut d, demand, _) = doc();
    assert_eq!(format_number(0.1 + 0.2 + 0.9), "1.2");
    assert!(add(&mut d, "Ana", Some(demand)));
    let ana = person(&d, "Ana");
    for (role, fte) in [
        (Role::AutomationAdmin, 0.1),
        (Role::DataManager, 0.2),
        (Role::AnalyticsReporting, 0.9),
    ] {
        assert!(d.apply(team(TeamMsg::SetRole(ana, role, fte))));
    }
    let md = marketing_os::content::report::build(
        &d,
        Timestamp(1_795_000_000_000),
        &marketing_os::content::report::Of::Current,
    )
    .markdown();
    assert!(
        md.contains("on 1.2 FTE of marketing operations roles"),
        "{md}"
    );
    assert!(!md.contains("1.2000000000000002"));
}

#[test]
fn a_model_saved_before_people_had_a_sub_function_opens_and_round_trips() {
    // The team page's people as a schema 1 file wrote them, with no `sub_function`.
    let old = r#"{"format":"marketing-os-model","schema":1,"app":"0.1.0","saved_at":"2026-12-01T00:00:00Z",
      "model":{"id":"old-0001","company":"Old Co",
        "mapping":{"sub_functions":[{"id":1,"name":"Marketing ops","kind":"core","fte":2.0}]},
        "operations":{"team":{"people":[{"id":2,"name":"Ana","roles":[["automation_admin",0.6]]}]}},
        "next_id":3}}"#;
    let d = load_file(old.as_bytes()).unwrap();
    let p = &d.operations.team.people[0];
    assert_eq!((p.name.as_str(), p.sub_function), ("Ana", None));
    assert_eq!(
        cap(&d, d.mapping.sub_functions[0].id),
        2.0,
        "the typed number still counts"
    );
    // Written back, a person placed nowhere has no `sub_function` key: the file reads as before.
    let text = export_json(&d, Timestamp(1_795_000_000_000));
    assert!(!text.contains("\"sub_function\""));
    assert_eq!(load_file(text.as_bytes()).unwrap(), d);
}

#[test]
fn restore_repairs_people_it_cannot_trust() {
    // A person in a sub-function that is gone, two people sharing an id, a role twice, a
    // share out of range: each repaired, nothing refused, nobody dropped.
    let file = r#"{"format":"marketing-os-model","schema":1,"app":"9.9.9","saved_at":"2026-12-01T00:00:00Z",
      "model":{"id":"odd-0001","company":"Odd Co",
        "mapping":{"sub_functions":[{"id":1,"name":"Brand","kind":"core","fte":1.0}]},
        "operations":{"team":{"people":[
          {"id":40,"name":"Ana","sub_function":7,"roles":[["data_manager",3.0],["data_manager",0.2]]},
          {"id":40,"name":"Ana again"},
          {"id":41,"name":"Ben","sub_function":1}]}},
        "next_id":3}}"#;
    let mut d = load_file(file.as_bytes()).unwrap();
    let people = &d.operations.team.people;
    assert_eq!(people.len(), 3);
    assert_eq!(people[0].sub_function, None);
    assert_eq!(people[0].roles, [(Role::DataManager, 1.0)]);
    // The second to use id 40 keeps its place with an id of its own.
    assert_eq!(people[1].name, "Ana again");
    assert!(![40, 41].contains(&people[1].id.0));
    assert_eq!(people[2].sub_function, Some(SubFunctionId(1)));
    // The id counter moves past the people's ids, so a new one never collides.
    assert!(add(&mut d, "Cleo", None));
    assert!(d.operations.team.people[3].id.0 > people_max(&d));
}

/// The largest id among the people before the last one.
fn people_max(d: &marketing_os::domain::Document) -> u64 {
    let p = &d.operations.team.people;
    p[..p.len() - 1].iter().map(|p| p.id.0).max().unwrap_or(0)
}
