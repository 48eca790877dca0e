//! Stage 2 rules: sub-function kinds and owners, flow details, KPIs, feeds, the team loop,
//! and every finding the map can reveal, both present and absent.

mod common;

use common::sub;
use marketing_os::domain::msg::DialogueMsg;

use marketing_os::domain::dialogue::{Importance, Priority};
use marketing_os::domain::findings::{findings, load, Finding};
use marketing_os::domain::ids::{FlowId, SubFunctionId};
use marketing_os::domain::mapping::{
    Counterpart, Direction, FlowStatus, Measurability, Presence, Scope, SkillQuestion,
    SubFunctionKind, TeamPractice,
};
use marketing_os::domain::mapping_msg::{KpiEdit, MappingMsg as M};
use marketing_os::domain::msg::{ConstituentEdit, FlowEdit};
use marketing_os::domain::{Document, ModelId, Msg, Timestamp};

fn doc() -> Document {
    let mut d = Document::new(ModelId("s2".into()), "Acme", Timestamp(0));
    // Nothing in Stage 1 is rated High, so no constituent finding unless a test asks for one.
    d.apply(Msg::Mapping(M::AddSubFunction {
        name: "Product marketing".into(),
        kind: SubFunctionKind::Core,
    }));
    d
}

fn flow(
    d: &mut Document,
    name: &str,
    direction: Direction,
    scope: Scope,
    owner: Option<SubFunctionId>,
) -> FlowId {
    assert!(d.apply(Msg::Mapping(M::AdoptFlow {
        name: name.into(),
        direction,
        scope,
        owner,
        counterpart: None,
        kpi: String::new(),
    })));
    d.mapping.flows.last().unwrap().id
}

fn kpi(
    d: &mut Document,
    f: FlowId,
    measurability: Measurability,
) -> marketing_os::domain::ids::KpiId {
    d.apply(Msg::Mapping(M::AddKpi(f)));
    let k = d.mapping.flow(f).unwrap().kpis.last().unwrap().id;
    d.apply(Msg::Mapping(M::EditKpi(
        f,
        k,
        KpiEdit::Metric("Pipeline".into()),
    )));
    d.apply(Msg::Mapping(M::EditKpi(
        f,
        k,
        KpiEdit::Measurability(measurability),
    )));
    k
}

fn has(d: &Document, f: impl Fn(&Finding) -> bool) -> bool {
    findings(d).iter().any(f)
}

#[test]
fn agencies_hang_off_the_sub_function_that_owns_them() {
    let mut d = doc();
    d.apply(Msg::Mapping(M::AddSubFunction {
        name: "SEO agency".into(),
        kind: SubFunctionKind::Core,
    }));
    let (pmm, seo) = (sub(&d, "Product marketing"), sub(&d, "SEO agency"));
    assert!(d.apply(Msg::Mapping(M::SetKind(seo, SubFunctionKind::Agency))));
    assert!(d.apply(Msg::Mapping(M::SetOwner(seo, Some(pmm)))));
    assert!(
        !d.apply(Msg::Mapping(M::SetOwner(seo, Some(seo)))),
        "not its own owner"
    );
    assert!(!d.apply(Msg::Mapping(M::SetOwner(seo, Some(SubFunctionId(999))))));
    assert_eq!(d.mapping.sub_function(seo).unwrap().owner, Some(pmm));
    // Becoming core again drops the owner; removing the owner clears it too.
    d.apply(Msg::Mapping(M::SetKind(seo, SubFunctionKind::Core)));
    assert_eq!(d.mapping.sub_function(seo).unwrap().owner, None);
    d.apply(Msg::Mapping(M::SetKind(seo, SubFunctionKind::Agency)));
    d.apply(Msg::Mapping(M::SetOwner(seo, Some(pmm))));
    d.apply(Msg::Mapping(M::RemoveSubFunction(pmm)));
    assert_eq!(d.mapping.sub_function(seo).unwrap().owner, None);
}

#[test]
fn flows_carry_priority_kpis_feeds_and_notes() {
    let mut d = doc();
    let pmm = sub(&d, "Product marketing");
    let intel = flow(
        &mut d,
        "Competitive intel",
        Direction::Input,
        Scope::PrimaryExternal,
        Some(pmm),
    );
    let cards = flow(
        &mut d,
        "Battle cards",
        Direction::Output,
        Scope::SecondaryInternal,
        Some(pmm),
    );
    assert!(d.apply(Msg::Mapping(M::SetPriority(cards, Priority::High))));
    assert!(d.apply(Msg::Mapping(M::SetFeeds(intel, cards, true))));
    assert!(
        !d.apply(Msg::Mapping(M::SetFeeds(cards, intel, true))),
        "only inputs feed, only outputs are fed"
    );
    let k = kpi(
        &mut d,
        cards,
        marketing_os::domain::mapping::Measurability::Proxy,
    );
    assert!(d.apply(Msg::Mapping(M::EditKpi(
        cards,
        k,
        KpiEdit::Target("80% of reps use them".into())
    ))));
    assert!(d.apply(Msg::Mapping(M::SetNote(
        cards,
        "Refresh each quarter".into()
    ))));
    assert!(d.apply(Msg::Mapping(M::RemoveKpi(cards, k))));
    assert!(!d.apply(Msg::Mapping(M::RemoveKpi(cards, k))));
    d.apply(Msg::Mapping(M::RemoveFlow(cards)));
    assert!(
        d.mapping.flow(intel).unwrap().feeds.is_empty(),
        "no dangling feed"
    );
    assert!(d.apply(Msg::Mapping(M::SetPractice(
        TeamPractice::SharedCalendar,
        Presence::Yes
    ))));
    assert!(d.apply(Msg::Mapping(M::SetSkill(
        SkillQuestion::DemoProduct,
        Presence::Partly
    ))));
    assert!(!d.apply(Msg::Mapping(M::SetSkill(
        SkillQuestion::DemoProduct,
        Presence::Partly
    ))));
    assert!(d.next_id > d.max_id());
}

#[test]
fn an_unowned_flow_is_found_until_it_has_an_owner() {
    let mut d = doc();
    let f = flow(
        &mut d,
        "Intent data",
        Direction::Input,
        Scope::PrimaryExternal,
        None,
    );
    assert!(has(&d, |x| *x == Finding::UnownedFlow(f)));
    d.apply(Msg::Mapping(M::EditFlow(
        f,
        FlowEdit::Owner(Some(sub(&d, "Product marketing"))),
    )));
    assert!(!has(&d, |x| matches!(x, Finding::UnownedFlow(_))));
}

#[test]
fn an_idle_sub_function_is_found_until_it_owns_a_live_flow() {
    let mut d = doc();
    let pmm = sub(&d, "Product marketing");
    assert!(has(&d, |x| *x == Finding::IdleSubFunction(pmm)));
    let f = flow(
        &mut d,
        "Launches",
        Direction::Output,
        Scope::PrimaryExternal,
        Some(pmm),
    );
    assert!(!has(&d, |x| matches!(x, Finding::IdleSubFunction(_))));
    d.apply(Msg::Mapping(M::EditFlow(
        f,
        FlowEdit::Status(FlowStatus::Stop),
    )));
    assert!(
        has(&d, |x| *x == Finding::IdleSubFunction(pmm)),
        "a stopped flow is no work"
    );
}

#[test]
fn outputs_without_kpis_and_unmeasurable_kpis_are_found() {
    let mut d = doc();
    let pmm = sub(&d, "Product marketing");
    let out = flow(
        &mut d,
        "Launches",
        Direction::Output,
        Scope::PrimaryExternal,
        Some(pmm),
    );
    let input = flow(
        &mut d,
        "Research",
        Direction::Input,
        Scope::PrimaryExternal,
        Some(pmm),
    );
    assert!(has(&d, |x| *x == Finding::OutputWithoutKpi(out)));
    assert!(
        !has(&d, |x| *x == Finding::OutputWithoutKpi(input)),
        "inputs need no KPI"
    );
    let k = kpi(&mut d, out, Measurability::NotYet);
    assert!(!has(&d, |x| matches!(x, Finding::OutputWithoutKpi(_))));
    assert!(has(&d, |x| *x
        == Finding::UnmeasuredKpi {
            flow: out,
            kpi: k,
            proxy: false
        }));
    d.apply(Msg::Mapping(M::EditKpi(
        out,
        k,
        KpiEdit::Proxy("Demo requests".into()),
    )));
    assert!(has(&d, |x| *x
        == Finding::UnmeasuredKpi {
            flow: out,
            kpi: k,
            proxy: true
        }));
    d.apply(Msg::Mapping(M::EditKpi(
        out,
        k,
        KpiEdit::Measurability(Measurability::Direct),
    )));
    assert!(!has(&d, |x| matches!(x, Finding::UnmeasuredKpi { .. })));
}

#[test]
fn an_input_that_feeds_no_output_is_found() {
    let mut d = doc();
    let pmm = sub(&d, "Product marketing");
    let input = flow(
        &mut d,
        "Research",
        Direction::Input,
        Scope::PrimaryExternal,
        Some(pmm),
    );
    assert!(has(&d, |x| *x == Finding::InputFeedsNothing(input)));
    let out = flow(
        &mut d,
        "Messaging",
        Direction::Output,
        Scope::PrimaryExternal,
        Some(pmm),
    );
    d.apply(Msg::Mapping(M::SetFeeds(input, out, true)));
    assert!(!has(&d, |x| matches!(x, Finding::InputFeedsNothing(_))));
    d.apply(Msg::Mapping(M::EditFlow(
        out,
        FlowEdit::Status(FlowStatus::Stop),
    )));
    assert!(
        has(&d, |x| *x == Finding::InputFeedsNothing(input)),
        "feeding a stopped output counts as nothing"
    );
}

#[test]
fn the_secondary_internal_trap_is_read_above_half_the_map() {
    let mut d = doc();
    let pmm = sub(&d, "Product marketing");
    for i in 0..2 {
        flow(
            &mut d,
            &format!("Deck {i}"),
            Direction::Output,
            Scope::SecondaryInternal,
            Some(pmm),
        );
    }
    flow(
        &mut d,
        "Launch",
        Direction::Output,
        Scope::PrimaryExternal,
        Some(pmm),
    );
    assert!(
        !has(&d, |x| matches!(x, Finding::SecondaryTrap { .. })),
        "too few flows to judge"
    );
    flow(
        &mut d,
        "Research",
        Direction::Input,
        Scope::PrimaryExternal,
        Some(pmm),
    );
    assert!(
        !has(&d, |x| matches!(x, Finding::SecondaryTrap { .. })),
        "exactly half is not above half"
    );
    flow(
        &mut d,
        "Deck 3",
        Direction::Output,
        Scope::SecondaryInternal,
        Some(pmm),
    );
    assert!(has(&d, |x| *x
        == Finding::SecondaryTrap {
            secondary: 3,
            total: 5
        }));
}

#[test]
fn load_per_person_shows_no_capacity_and_overload() {
    let mut d = doc();
    d.apply(Msg::Mapping(M::AddSubFunction {
        name: "Brand".into(),
        kind: SubFunctionKind::Core,
    }));
    d.apply(Msg::Mapping(M::AddSubFunction {
        name: "Design".into(),
        kind: SubFunctionKind::SharedResource,
    }));
    let (pmm, brand, design) = (
        sub(&d, "Product marketing"),
        sub(&d, "Brand"),
        sub(&d, "Design"),
    );
    d.apply(Msg::Mapping(M::SetFte(pmm, 1.0)));
    d.apply(Msg::Mapping(M::SetFte(brand, 4.0)));
    d.apply(Msg::Mapping(M::SetFte(design, 0.0)));
    for i in 0..6 {
        flow(
            &mut d,
            &format!("PMM {i}"),
            Direction::Output,
            Scope::PrimaryExternal,
            Some(pmm),
        );
    }
    for i in 0..4 {
        flow(
            &mut d,
            &format!("Brand {i}"),
            Direction::Output,
            Scope::PrimaryExternal,
            Some(brand),
        );
    }
    assert!(!has(&d, |x| matches!(x, Finding::NoCapacity(_))));
    flow(
        &mut d,
        "Templates",
        Direction::Output,
        Scope::SecondaryInternal,
        Some(design),
    );
    assert!(has(&d, |x| *x == Finding::NoCapacity(design)));
    let l = load(&d);
    assert_eq!(l[0].per_fte, Some(6.0));
    assert_eq!(l[2].per_fte, None);
    // Team: 11 flows over 5 people = 2.2 per person; PMM carries 6 per person.
    assert!(has(
        &d,
        |x| matches!(x, Finding::Overloaded { sub, .. } if *sub == pmm)
    ));
    assert!(!has(
        &d,
        |x| matches!(x, Finding::Overloaded { sub, .. } if *sub == brand)
    ));
    d.apply(Msg::Mapping(M::SetFte(pmm, 4.0)));
    assert!(!has(&d, |x| matches!(x, Finding::Overloaded { .. })));
}

#[test]
fn an_important_constituent_no_flow_reaches_is_found() {
    let mut d = doc();
    let analysts = d
        .dialogue
        .constituents
        .iter()
        .find(|c| c.name == "Industry analysts")
        .unwrap()
        .id;
    assert!(
        !has(&d, |x| matches!(x, Finding::UnreachedConstituent(_))),
        "nothing rated high yet"
    );
    d.apply(Msg::Dialogue(DialogueMsg::EditConstituent(
        analysts,
        ConstituentEdit::ImportanceNextYear(Importance::High),
    )));
    assert!(has(&d, |x| *x == Finding::UnreachedConstituent(analysts)));
    let pmm = sub(&d, "Product marketing");
    let f = flow(
        &mut d,
        "Analyst briefings",
        Direction::Output,
        Scope::PrimaryExternal,
        Some(pmm),
    );
    d.apply(Msg::Mapping(M::EditFlow(
        f,
        FlowEdit::Counterpart(Some(Counterpart::Constituent(analysts))),
    )));
    assert!(!has(&d, |x| matches!(x, Finding::UnreachedConstituent(_))));
    d.apply(Msg::Dialogue(DialogueMsg::EditConstituent(
        analysts,
        ConstituentEdit::Enabled(false),
    )));
    d.apply(Msg::Mapping(M::RemoveFlow(f)));
    assert!(
        !has(&d, |x| matches!(x, Finding::UnreachedConstituent(_))),
        "switched off"
    );
}

#[test]
fn an_empty_model_reveals_nothing_and_a_big_one_stays_consistent() {
    assert!(findings(&Document::default()).is_empty());
    let mut d = doc();
    let pmm = sub(&d, "Product marketing");
    for i in 0..1000 {
        let dir = if i % 2 == 0 {
            Direction::Input
        } else {
            Direction::Output
        };
        flow(
            &mut d,
            &format!("Flow {i}"),
            dir,
            Scope::PrimaryExternal,
            Some(pmm),
        );
    }
    let f = findings(&d);
    assert_eq!(
        f.iter()
            .filter(|x| matches!(x, Finding::OutputWithoutKpi(_)))
            .count(),
        500
    );
    assert_eq!(
        f.iter()
            .filter(|x| matches!(x, Finding::InputFeedsNothing(_)))
            .count(),
        500
    );
}

#[test]
fn suggested_outputs_come_with_a_kpi_so_adding_them_all_meets_the_essentials() {
    use marketing_os::content::mapping::suggested;
    use marketing_os::domain::progress::{part_progress, Part};
    let mut d = doc();
    d.apply(Msg::Mapping(M::AddFunction("Sales".into())));
    let list = suggested(&d);
    assert!(list.iter().any(|s| s.direction == Direction::Input));
    // Every suggested output names the KPI it usually answers to; inputs need none.
    for s in list.iter().filter(|s| s.direction == Direction::Output) {
        assert!(!s.kpi.is_empty(), "{} has no KPI", s.name);
    }
    adopt_all(&mut d);
    let battle = d
        .mapping
        .flows
        .iter()
        .find(|f| f.name == "Sales enablement and pitch decks")
        .unwrap();
    assert_eq!(battle.kpis[0].metric, "Content used in deals");
    let p = part_progress(&d, Part::Mapping);
    assert_eq!(
        p.done(),
        p.checks.len(),
        "{:?}",
        p.missing().collect::<Vec<_>>()
    );
}

#[test]
fn suggested_external_flows_reach_their_constituents() {
    use marketing_os::domain::dialogue::ConstituentKind;
    let mut d = doc();
    for name in ["Demand generation", "Brand"] {
        d.apply(Msg::Mapping(M::AddSubFunction {
            name: name.into(),
            kind: SubFunctionKind::Core,
        }));
    }
    let kinds = [
        ConstituentKind::CustomersProspects,
        ConstituentKind::Competitors,
        ConstituentKind::Brand,
        ConstituentKind::Product,
    ];
    let high: Vec<_> = d
        .dialogue
        .constituents
        .iter()
        .filter(|c| kinds.contains(&c.kind))
        .map(|c| c.id)
        .collect();
    assert_eq!(high.len(), 4);
    for c in &high {
        d.apply(Msg::Dialogue(DialogueMsg::EditConstituent(
            *c,
            ConstituentEdit::ImportanceNow(Importance::High),
        )));
    }
    assert!(has(&d, |f| matches!(f, Finding::UnreachedConstituent(_))));
    adopt_all(&mut d);
    // The method's flows reach customers, competitors, the brand and the product: adding
    // them all leaves no important constituent unreached.
    assert!(!has(&d, |f| matches!(f, Finding::UnreachedConstituent(_))));
    let intel = d
        .mapping
        .flows
        .iter()
        .find(|f| f.name == "Competitive intel")
        .unwrap();
    let competitors = d
        .dialogue
        .constituents
        .iter()
        .find(|c| c.kind == ConstituentKind::Competitors)
        .unwrap()
        .id;
    assert_eq!(
        intel.counterpart,
        Some(Counterpart::Constituent(competitors))
    );
}

#[test]
fn findings_tell_the_product_constituent_from_the_product_function() {
    use marketing_os::content::findings::describe;
    use marketing_os::domain::dialogue::ConstituentKind;
    let mut d = doc();
    d.apply(Msg::Mapping(M::AddFunction("Product".into())));
    let product = d
        .dialogue
        .constituents
        .iter()
        .find(|c| c.kind == ConstituentKind::Product)
        .unwrap()
        .id;
    d.apply(Msg::Dialogue(DialogueMsg::EditConstituent(
        product,
        ConstituentEdit::ImportanceNow(Importance::High),
    )));
    let texts: Vec<String> = findings(&d).iter().map(|f| describe(&d, f)).collect();
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("The constituent “Your product” matters a lot")),
        "{texts:?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("The sub-function Product marketing")),
        "{texts:?}"
    );
}

/// Adds every suggested flow as "Add all" does: its owner, counterpart and KPI.
fn adopt_all(d: &mut Document) {
    for s in marketing_os::content::mapping::suggested(d) {
        d.apply(Msg::Mapping(M::AdoptFlow {
            name: s.name.into(),
            direction: s.direction,
            scope: s.scope,
            owner: s.owner,
            counterpart: s.counterpart,
            kpi: s.kpi.into(),
        }));
    }
}
