//! Stage 3 rules: pathways and their gaps, RACI validation and CSV, SLAs, the KPI short list
//! and weekly scorecard (weeks, status, trend), the change log, and comparing versions.

mod common;

use common::sub;
use marketing_os::domain::msg::{ModelMsg, ReviewEdit};

use marketing_os::content::assessment::stored_name;
use marketing_os::domain::diff::{compare, Area, Kind};
use marketing_os::domain::document::{ChangeArea, ChangeEntry, Snapshot};
use marketing_os::domain::ids::{FlowId, KpiId, OpsId, Timestamp};
use marketing_os::domain::mapping::{Direction, FlowStatus, Period, Scope, SubFunctionKind};
use marketing_os::domain::mapping_msg::{KpiEdit, MappingMsg as M};
use marketing_os::domain::msg::FlowEdit;
use marketing_os::domain::operations::Accrual;
use marketing_os::domain::operations::{Expertise, PathwayGap};
use marketing_os::domain::operations_msg::{
    ChangeEdit, OpsMsg as O, PathwayEdit, RaciCell, RaciSubject, TrackedEdit,
};
use marketing_os::domain::raci::{csv_field, RaciProblem};
use marketing_os::domain::scorecard::{
    improving, scorecard, status, to_date, trend, week_target, Quarter, Status, Trend, Week,
};
use marketing_os::domain::{Document, ModelId, Msg};
use marketing_os::persist::envelope::{encode_stored, encode_version, export_json};
use marketing_os::persist::load;
use marketing_os::persist::workspace::{attach_versions, version_key};

fn doc() -> Document {
    let mut d = Document::new(ModelId("s3".into()), "Acme", Timestamp(0));
    d.apply(Msg::Mapping(M::AddSubFunction {
        name: "Demand generation".into(),
        kind: SubFunctionKind::Core,
    }));
    d.apply(Msg::Mapping(M::AddSubFunction {
        name: "Product marketing".into(),
        kind: SubFunctionKind::Core,
    }));
    let dg = sub(&d, "Demand generation");
    for (name, direction) in [
        ("Nurture campaigns", Direction::Output),
        ("Intent data", Direction::Input),
    ] {
        d.apply(Msg::Mapping(M::AddFlow {
            name: name.into(),
            direction,
            scope: Scope::PrimaryExternal,
            owner: Some(dg),
        }));
    }
    d
}

fn flow(d: &Document, name: &str) -> FlowId {
    d.mapping.flows.iter().find(|f| f.name == name).unwrap().id
}

fn ops(d: &mut Document, m: O) -> bool {
    d.apply(Msg::Ops(m))
}

#[test]
fn a_pathway_is_flagged_until_it_has_systems_expertise_and_resource() {
    let mut d = doc();
    let f = flow(&d, "Nurture campaigns");
    assert!(d.operations.pathway(f).is_none());
    assert!(ops(
        &mut d,
        O::EditPathway(f, PathwayEdit::Systems("HubSpot, ".into()))
    ));
    let p = d.operations.pathway(f).unwrap();
    // The field reads back exactly as typed, trailing comma and all.
    assert_eq!(p.systems.join(","), "HubSpot, ");
    assert_eq!(p.gaps(), vec![PathwayGap::Expertise, PathwayGap::Resource]);
    ops(
        &mut d,
        O::EditPathway(f, PathwayEdit::Expertise(Expertise::ToTrain)),
    );
    ops(
        &mut d,
        O::EditPathway(f, PathwayEdit::Teams("Sales ops".into())),
    );
    ops(&mut d, O::EditPathway(f, PathwayEdit::LeadTime(Some(10))));
    assert_eq!(
        d.operations.pathway(f).unwrap().gaps(),
        vec![PathwayGap::Resource]
    );
    ops(
        &mut d,
        O::EditPathway(f, PathwayEdit::BudgetOwner("Marketing".into())),
    );
    assert!(d.operations.pathway(f).unwrap().gaps().is_empty());
    // A pathway for a flow that does not exist is refused; deleting the flow drops its pathway.
    assert!(!ops(
        &mut d,
        O::EditPathway(FlowId(9999), PathwayEdit::Teams("x".into()))
    ));
    d.apply(Msg::Mapping(M::RemoveFlow(f)));
    assert!(d.operations.pathways.is_empty());
}

#[test]
fn raci_rows_need_exactly_one_accountable_and_a_responsible() {
    let mut d = doc();
    for role in ["Demand generation", "Sales", "CMO"] {
        assert!(ops(&mut d, O::AddRaciRole(role.into())));
    }
    assert!(
        !ops(&mut d, O::AddRaciRole("sales".into())),
        "roles are unique"
    );
    let f = flow(&d, "Nurture campaigns");
    assert!(ops(&mut d, O::AddRaciRow(RaciSubject::Flow(f))));
    assert!(!ops(&mut d, O::AddRaciRow(RaciSubject::Named("  ".into()))));
    let row = d.operations.raci[0].id;
    let roles = d.operations.raci_roles.clone();
    let problems = |d: &Document| d.operations.raci[0].problems(&roles);
    assert_eq!(
        problems(&d),
        vec![RaciProblem::NoAccountable, RaciProblem::NoResponsible]
    );
    ops(&mut d, O::SetRaci(row, "CMO".into(), RaciCell::A));
    assert_eq!(problems(&d), vec![RaciProblem::NoResponsible]);
    ops(&mut d, O::SetRaci(row, "Sales".into(), RaciCell::A));
    assert_eq!(
        problems(&d),
        vec![
            RaciProblem::SeveralAccountable(2),
            RaciProblem::NoResponsible
        ]
    );
    ops(&mut d, O::SetRaci(row, "Sales".into(), RaciCell::I));
    ops(
        &mut d,
        O::SetRaci(row, "Demand generation".into(), RaciCell::R),
    );
    assert!(problems(&d).is_empty());
    // One role both accountable and responsible holds a row on its own.
    ops(
        &mut d,
        O::SetRaci(row, "Demand generation".into(), RaciCell::None),
    );
    ops(&mut d, O::SetRaci(row, "CMO".into(), RaciCell::AR));
    assert!(problems(&d).is_empty());
    assert_eq!(d.operations.raci[0].cell("CMO"), RaciCell::AR);
    // A letter for a role that is not a column is refused.
    assert!(!ops(&mut d, O::SetRaci(row, "Nobody".into(), RaciCell::R)));
    // Removing a column removes its letters.
    ops(&mut d, O::RemoveRaciRole("CMO".into()));
    assert_eq!(
        d.operations.raci[0].problems(&d.operations.raci_roles),
        vec![RaciProblem::NoAccountable, RaciProblem::NoResponsible]
    );
}

#[test]
fn the_raci_matrix_exports_as_csv_with_names_kept_current() {
    let mut d = doc();
    ops(&mut d, O::AddRaciRole("Demand generation".into()));
    ops(&mut d, O::AddRaciRole("Sales, EMEA".into()));
    let f = flow(&d, "Nurture campaigns");
    ops(&mut d, O::AddRaciRow(RaciSubject::Flow(f)));
    ops(
        &mut d,
        O::AddRaciRow(RaciSubject::Named("=Board \"pack\"".into())),
    );
    let (r1, r2) = (d.operations.raci[0].id, d.operations.raci[1].id);
    ops(
        &mut d,
        O::SetRaci(r1, "Demand generation".into(), RaciCell::AR),
    );
    ops(&mut d, O::SetRaci(r1, "Sales, EMEA".into(), RaciCell::C));
    ops(&mut d, O::SetRaci(r2, "Sales, EMEA".into(), RaciCell::I));
    d.apply(Msg::Mapping(M::EditFlow(
        f,
        FlowEdit::Name("Nurture streams".into()),
    )));
    assert_eq!(
        d.raci_csv(),
        "\u{feff}Program or flow,Demand generation,\"Sales, EMEA\"\r\n\
         Flow: Nurture streams,A/R,C\r\n\
         \"'=Board \"\"pack\"\"\",,I\r\n"
    );
    assert_eq!(csv_field("plain"), "plain");
    assert_eq!(csv_field("line\nbreak"), "\"line\nbreak\"");
}

#[test]
fn slas_budget_lines_and_forums_are_kept_and_removed() {
    let mut d = doc();
    ops(&mut d, O::AddSla("Product releases".into()));
    let sla = d.operations.slas[0].id;
    use marketing_os::domain::operations_msg::SlaEdit;
    ops(&mut d, O::EditSla(sla, SlaEdit::Provider("Product".into())));
    ops(&mut d, O::EditSla(sla, SlaEdit::LeadTime(Some(15))));
    assert_eq!(d.operations.slas[0].provider, "Product");
    assert_eq!(d.operations.slas[0].lead_time_days, Some(15));
    ops(&mut d, O::AddForum("Weekly pipeline call".into()));
    let forum = d.operations.forums[0].id;
    let f = flow(&d, "Intent data");
    assert!(ops(&mut d, O::SetForumFlow(forum, f, true)));
    assert!(!ops(&mut d, O::SetForumFlow(forum, f, true)));
    d.apply(Msg::Mapping(M::RemoveFlow(f)));
    assert!(d.operations.forums[0].flows.is_empty());
    ops(
        &mut d,
        O::AddBudgetLine {
            subject: "Demand generation".into(),
            quarter: "2027-Q1".into(),
        },
    );
    let line = d.operations.budget[0].id;
    use marketing_os::domain::operations_msg::BudgetEdit;
    assert!(!ops(
        &mut d,
        O::EditBudget(line, BudgetEdit::Amount(f64::NAN))
    ));
    assert!(ops(
        &mut d,
        O::EditBudget(line, BudgetEdit::Amount(40_000.0))
    ));
    assert!(ops(&mut d, O::RemoveSla(sla)));
    assert!(!ops(&mut d, O::RemoveSla(OpsId(sla.0))));
}

#[test]
fn quarters_have_their_iso_weeks() {
    // 2026-11-23 is a Monday in ISO week 48.
    let t = Timestamp(1_795_392_000_000);
    assert_eq!(t.date_iso(), "2026-11-23");
    let q = Quarter::of(t);
    assert_eq!(q.key(), "2026-Q4");
    assert_eq!(q.label(), "Q4 2026");
    let weeks = q.weeks();
    // Q4 2026: Mondays from 5 Oct to 28 Dec.
    assert_eq!(weeks.len(), 13);
    assert_eq!(weeks[0].key(), "2026-W41");
    assert_eq!(weeks[0].label(), "5 Oct");
    assert_eq!(weeks[12].key(), "2026-W53");
    assert!(weeks
        .iter()
        .any(|w| w.key() == "2026-W48" && w.label() == "23 Nov"));
    // Q1 2027's first Monday is 4 January, ISO week 1; 29 Dec 2025 was in 2026-W01.
    assert_eq!(q.next().weeks()[0].key(), "2027-W01");
    assert_eq!(
        Quarter { year: 2026, q: 1 }.previous(),
        Quarter { year: 2025, q: 4 }
    );
    let day = marketing_os::domain::scorecard::days_from_civil(2025, 12, 29);
    assert_eq!(Week::of_day(day).key(), "2026-W01");
}

#[test]
fn a_week_is_on_track_at_risk_or_off_track() {
    assert_eq!(status(None, Some(10.0), false), Status::NoData);
    assert_eq!(status(Some(3.0), None, false), Status::NoTarget);
    assert_eq!(status(Some(100.0), Some(100.0), false), Status::OnTrack);
    assert_eq!(status(Some(95.0), Some(100.0), false), Status::AtRisk);
    assert_eq!(status(Some(80.0), Some(100.0), false), Status::OffTrack);
    // Lower is better: a cost per lead over target is off track.
    assert_eq!(status(Some(40.0), Some(50.0), true), Status::OnTrack);
    assert_eq!(status(Some(54.0), Some(50.0), true), Status::AtRisk);
    assert_eq!(status(Some(70.0), Some(50.0), true), Status::OffTrack);
}

#[test]
fn the_trend_compares_the_last_two_recorded_weeks() {
    assert_eq!(trend(&[None, Some(4.0)]), Trend::NotEnoughData);
    assert_eq!(trend(&[Some(4.0), None, Some(6.0), None]), Trend::Up);
    assert_eq!(trend(&[Some(6.0), Some(4.0)]), Trend::Down);
    assert_eq!(trend(&[Some(100.0), Some(100.5)]), Trend::Flat);
    assert_eq!(improving(Trend::Up, false), Some(true));
    assert_eq!(improving(Trend::Up, true), Some(false));
    assert_eq!(improving(Trend::Flat, true), None);
}

#[test]
fn a_week_is_judged_against_a_weeks_worth_of_the_target() {
    // A total's target is shared out over the weeks of its period; a rate's is not.
    assert_eq!(
        week_target(130.0, Period::Quarterly, Accrual::Total, 13),
        10.0
    );
    assert_eq!(
        week_target(140.0, Period::Quarterly, Accrual::Total, 14),
        10.0
    );
    assert_eq!(week_target(52.0, Period::Yearly, Accrual::Total, 13), 1.0);
    assert!((week_target(13.0, Period::Monthly, Accrual::Total, 13) - 3.0).abs() < 1e-9);
    assert_eq!(week_target(7.0, Period::Weekly, Accrual::Total, 13), 7.0);
    assert_eq!(
        week_target(0.04, Period::Quarterly, Accrual::Rate, 13),
        0.04
    );
}

#[test]
fn the_quarter_to_date_adds_up_a_total_and_averages_a_rate() {
    let weeks = [Some(12.0), None, Some(9.0), None, None];
    // Three weeks so far (the gap counts: it was a week of the quarter).
    let t = to_date(&weeks, Some(10.0), Accrual::Total, false).unwrap();
    assert_eq!((t.weeks, t.actual, t.target), (3, 21.0, Some(30.0)));
    assert_eq!(t.status, Status::OffTrack);
    let r = to_date(&weeks, Some(10.0), Accrual::Rate, false).unwrap();
    assert_eq!((r.weeks, r.actual, r.target), (3, 10.5, Some(10.0)));
    assert_eq!(r.status, Status::OnTrack);
    assert_eq!(
        to_date(&[None, None], Some(1.0), Accrual::Total, false),
        None
    );
}

/// An "MQLs" KPI on the nurture campaigns, with `target` typed in Stage 2.
fn mqls(d: &mut Document, target: &str) -> (FlowId, KpiId) {
    let f = flow(d, "Nurture campaigns");
    d.apply(Msg::Mapping(M::AddKpi(f)));
    let kpi: KpiId = d.mapping.flow(f).unwrap().kpis[0].id;
    d.apply(Msg::Mapping(M::EditKpi(
        f,
        kpi,
        KpiEdit::Metric("MQLs".into()),
    )));
    d.apply(Msg::Mapping(M::EditKpi(
        f,
        kpi,
        KpiEdit::Target(target.into()),
    )));
    (f, kpi)
}

#[test]
fn a_quarterly_target_is_not_missed_by_every_week() {
    let mut d = doc();
    let (_, kpi) = mqls(&mut d, "1,300");
    ops(&mut d, O::TrackKpi(kpi));
    // The owner starts as the flow's owning sub-function; the target is read as typed.
    let tracked = d.operations.tracked(kpi).unwrap();
    assert_eq!(tracked.owner, "Demand generation");
    assert_eq!(tracked.target, Some(1300.0));
    // Q4 2026 has 13 weeks whose Monday falls in it: 100 a week is on track.
    let q = Quarter { year: 2026, q: 4 };
    assert_eq!(q.weeks().len(), 13);
    let first = q.weeks()[0].key();
    ops(&mut d, O::SetActual(kpi, first, Some(100.0)));
    let row = &scorecard(&d, q)[0];
    assert_eq!(row.cadence, Period::Quarterly);
    assert_eq!(row.week_target, Some(100.0));
    assert_eq!(row.status, Status::OnTrack);
    assert_eq!(row.to_date.unwrap().target, Some(100.0));
    // A conversion rate of 4% is held to 4% every week.
    ops(
        &mut d,
        O::EditTracked(kpi, TrackedEdit::Accrual(Accrual::Rate)),
    );
    ops(
        &mut d,
        O::EditTracked(kpi, TrackedEdit::Target(Some(120.0))),
    );
    let row = &scorecard(&d, q)[0];
    assert_eq!(row.week_target, Some(120.0));
    assert_eq!(row.status, Status::OffTrack);
}

#[test]
fn the_scorecard_reads_the_short_list_and_its_actuals() {
    let mut d = doc();
    let (f, kpi) = mqls(&mut d, "1,200");
    d.apply(Msg::Mapping(M::EditKpi(
        f,
        kpi,
        KpiEdit::Period(Period::Weekly),
    )));
    assert!(
        !ops(&mut d, O::SetActual(kpi, "2026-W48".into(), Some(1.0))),
        "not tracked yet"
    );
    assert!(ops(&mut d, O::TrackKpi(kpi)));
    assert!(!ops(&mut d, O::TrackKpi(kpi)));
    // The target carries over from Stage 2 when it reads as a number.
    assert_eq!(d.operations.tracked(kpi).unwrap().target, Some(1200.0));
    ops(
        &mut d,
        O::EditTracked(kpi, TrackedEdit::Target(Some(100.0))),
    );
    ops(
        &mut d,
        O::EditTracked(kpi, TrackedEdit::Owner("Dana".into())),
    );
    let q = Quarter { year: 2026, q: 4 };
    ops(&mut d, O::SetActual(kpi, "2026-W47".into(), Some(120.0)));
    ops(&mut d, O::SetActual(kpi, "2026-W48".into(), Some(80.0)));
    let rows = scorecard(&d, q);
    assert_eq!(rows.len(), 1);
    let row = &rows[0];
    assert_eq!(
        (row.metric.as_str(), row.flow.as_str()),
        ("MQLs", "Nurture campaigns")
    );
    assert_eq!(row.weeks.iter().flatten().count(), 2);
    assert_eq!(row.status, Status::OffTrack);
    assert_eq!(row.trend, Trend::Down);
    // Clearing a week removes it; untracking removes its actuals.
    ops(&mut d, O::SetActual(kpi, "2026-W48".into(), None));
    assert_eq!(scorecard(&d, q)[0].status, Status::OnTrack);
    assert!(ops(&mut d, O::UntrackKpi(kpi)));
    assert!(d.operations.actuals.is_empty());
}

#[test]
fn the_change_log_keeps_date_area_kind_impact_and_action() {
    let mut d = doc();
    d.apply(Msg::Ops(O::LogChange(ChangeEntry {
        area: ChangeArea::Market,
        kind: "New market entrants and evolving competitive landscape".into(),
        text: "  A rival launched a free tier ".into(),
        at: Timestamp(1_795_392_000_000),
        ..ChangeEntry::default()
    })));
    let c = &d.change_log[0];
    assert_eq!(
        (c.date.as_str(), c.text.as_str()),
        ("2026-11-23", "A rival launched a free tier")
    );
    let id = c.id;
    ops(
        &mut d,
        O::EditChange(id, ChangeEdit::Impact("Trial sign-ups fell".into())),
    );
    ops(
        &mut d,
        O::EditChange(id, ChangeEdit::Action("Launched a comparison page".into())),
    );
    assert_eq!(d.change_log[0].action, "Launched a comparison page");
    assert!(ops(&mut d, O::RemoveChange(id)));
    assert!(d.change_log.is_empty());
}

#[test]
fn comparing_versions_shows_added_removed_changed_and_moved_per_stage() {
    let mut d = doc();
    let before: Snapshot = d.snapshot();
    let nurture = flow(&d, "Nurture campaigns");
    let intent = flow(&d, "Intent data");
    let pmm = sub(&d, "Product marketing");
    d.apply(Msg::Model(ModelMsg::SetCompany("Acme Analytics".into())));
    d.apply(Msg::Mapping(M::EditFlow(
        nurture,
        FlowEdit::Status(FlowStatus::Gap),
    )));
    d.apply(Msg::Mapping(M::EditFlow(
        nurture,
        FlowEdit::Name("Nurture streams".into()),
    )));
    d.apply(Msg::Mapping(M::EditFlow(
        intent,
        FlowEdit::Owner(Some(pmm)),
    )));
    d.apply(Msg::Mapping(M::AddFlow {
        name: "Win/loss interviews".into(),
        direction: Direction::Input,
        scope: Scope::PrimaryExternal,
        owner: Some(pmm),
    }));
    d.apply(Msg::Mapping(M::RemoveSubFunction(sub(
        &d,
        "Demand generation",
    ))));
    ops(&mut d, O::AddSla("Event follow-up".into()));
    let after = d.snapshot();
    let diff = compare(&before, &after, stored_name);
    let has = |area, kind, what: &str, b: &str, a: &str| {
        diff.iter().any(|x| {
            x.area == area && x.kind == kind && x.what == what && x.before == b && x.after == a
        })
    };
    assert!(
        has(
            Area::Dialogue,
            Kind::Changed,
            "Company",
            "Acme",
            "Acme Analytics"
        ),
        "{diff:#?}"
    );
    assert!(has(
        Area::Mapping,
        Kind::Changed,
        "Flow “Nurture streams”",
        "Flow “Nurture campaigns”",
        "Flow “Nurture streams”"
    ));
    assert!(
        has(
            Area::Mapping,
            Kind::Changed,
            "Flow “Nurture streams” · status",
            "running",
            "gap"
        ),
        "{diff:#?}"
    );
    assert!(has(
        Area::Mapping,
        Kind::Moved,
        "Flow “Intent data”",
        "Demand generation · primary external input",
        "Product marketing · primary external input"
    ));
    assert!(has(
        Area::Mapping,
        Kind::Added,
        "Flow “Win/loss interviews”",
        "",
        "Product marketing · primary external input"
    ));
    assert!(has(
        Area::Mapping,
        Kind::Removed,
        "Sub-function “Demand generation”",
        "",
        ""
    ));
    assert!(has(
        Area::Operations,
        Kind::Added,
        "SLA “Event follow-up”",
        "",
        ""
    ));
    assert!(diff.iter().all(|x| x.area != Area::Assessment));
    // The same version against itself differs in nothing.
    assert!(compare(&after, &after, stored_name).is_empty());
}

#[test]
fn versions_are_stored_once_under_their_own_keys_and_exported_inline() {
    let mut d = common::sample_doc();
    assert_eq!(d.versions.len(), 1);
    let stored = encode_stored(&d, Timestamp(0));
    // The stored record lists the version but not its snapshot.
    assert!(stored.contains("Q4 2026 baseline"));
    assert!(!stored.contains("\"snapshot\""));
    let export = export_json(&d, Timestamp(0));
    assert!(export.contains("\"snapshot\""));
    // Loading the record and attaching the version's own key gives back the whole model.
    let key = version_key(&d.id, &d.versions[0]);
    let body = encode_version(&d.versions[0].snapshot);
    let mut back = load(stored.as_bytes()).unwrap();
    let problems = attach_versions(&mut back, |k| (k == key).then(|| body.clone()));
    assert!(problems.is_empty());
    assert_eq!(back.versions, d.versions);
    // A missing snapshot is reported and the version left out; a corrupt one is reported
    // with its text so it can be kept.
    let mut missing = load(stored.as_bytes()).unwrap();
    let problems = attach_versions(&mut missing, |_| None);
    assert_eq!(problems.len(), 1);
    assert!(problems[0].reason.contains("Q4 2026 baseline"));
    assert!(missing.versions.is_empty());
    let mut corrupt = load(stored.as_bytes()).unwrap();
    let problems = attach_versions(&mut corrupt, |_| Some("{not json".into()));
    assert_eq!(problems[0].raw.as_deref(), Some("{not json"));
    // Undo steps share a version's snapshot rather than copying it.
    d.apply(Msg::Model(ModelMsg::SaveVersion {
        name: "Q1 2027".into(),
        at: Timestamp(5),
    }));
    let copy = d.clone();
    assert!(std::sync::Arc::ptr_eq(
        &copy.versions[1].snapshot,
        &d.versions[1].snapshot
    ));
    assert!(d.apply(Msg::Model(ModelMsg::RenameVersion(
        copy.versions[1].id,
        "Q1 2027 plan".into()
    ))));
    assert!(d.apply(Msg::Model(ModelMsg::RemoveVersion(copy.versions[1].id))));
}

#[test]
fn an_sla_reads_as_who_asks_and_who_delivers() {
    use marketing_os::domain::operations::Sla;
    let mut s = Sla {
        work: "Product releases".into(),
        provider: " Product ".into(),
        receiver: "Product marketing".into(),
        lead_time_days: Some(30),
        ..Sla::default()
    };
    assert_eq!(
        s.summary(),
        "Product marketing asks, Product delivers: 30 days' lead time."
    );
    s.lead_time_days = Some(1);
    assert_eq!(
        s.summary(),
        "Product marketing asks, Product delivers: 1 day's lead time."
    );
    s.provider.clear();
    s.lead_time_days = None;
    assert_eq!(
        s.summary(),
        "Product marketing asks: no lead time agreed yet."
    );
    s.receiver.clear();
    s.provider = "Design".into();
    assert_eq!(s.summary(), "Design delivers: no lead time agreed yet.");
    s.provider.clear();
    s.lead_time_days = Some(5);
    assert_eq!(s.summary(), "5 days' lead time.");
    s.receiver = "R&D *core*".into();
    assert_eq!(
        s.summary_with(|n| format!("<{n}>")),
        "<R&D *core*> asks: 5 days' lead time."
    );
}

#[test]
fn the_markdown_export_states_an_sla_the_way_the_page_does() {
    use marketing_os::domain::operations_msg::SlaEdit;
    let mut d = doc();
    ops(&mut d, O::AddSla("Product releases".into()));
    let sla = d.operations.slas[0].id;
    ops(&mut d, O::EditSla(sla, SlaEdit::Provider("Product".into())));
    ops(
        &mut d,
        O::EditSla(sla, SlaEdit::Receiver("Product marketing".into())),
    );
    ops(&mut d, O::EditSla(sla, SlaEdit::LeadTime(Some(30))));
    let md = marketing_os::content::report::build(
        &d,
        Timestamp(0),
        &marketing_os::content::report::Of::Current,
    )
    .markdown();
    assert!(
        md.contains("- **Product releases:** Product marketing asks, Product delivers: 30 days' lead time.\n"),
        "{md}"
    );
}

#[test]
fn raci_cells_cycle_and_take_letters() {
    use marketing_os::domain::operations::Raci;
    let mut c = RaciCell::None;
    let mut seen = vec![c];
    for _ in 0..6 {
        c = c.next();
        seen.push(c);
    }
    assert_eq!(
        seen,
        [
            RaciCell::None,
            RaciCell::R,
            RaciCell::A,
            RaciCell::AR,
            RaciCell::C,
            RaciCell::I,
            RaciCell::None
        ]
    );
    assert_eq!(RaciCell::None.with_letter(Raci::C), RaciCell::C);
    assert_eq!(RaciCell::C.with_letter(Raci::R), RaciCell::R);
    assert_eq!(RaciCell::A.with_letter(Raci::R), RaciCell::AR);
    assert_eq!(RaciCell::R.with_letter(Raci::A), RaciCell::AR);
    assert_eq!(RaciCell::AR.with_letter(Raci::I), RaciCell::I);
    assert_eq!(RaciCell::None.name(), "none");
    assert_eq!(RaciCell::AR.name(), "Accountable and responsible");
}

#[test]
fn a_name_typed_once_is_offered_by_every_picker() {
    use marketing_os::domain::operations::ReviewKind;
    use marketing_os::domain::operations_msg::{ForumEdit, SlaEdit};
    use marketing_os::domain::plan::{ActionEdit, PlanMsg as P};
    let mut d = doc();
    let before = d.names();
    assert!(before.contains(&"Demand generation".to_string()));
    assert!(!before.iter().any(|n| n == "Priya"));
    // A new person typed as a KPI owner.
    let f = flow(&d, "Nurture campaigns");
    d.apply(Msg::Mapping(M::AddKpi(f)));
    let kpi = d.mapping.flow(f).unwrap().kpis[0].id;
    ops(&mut d, O::TrackKpi(kpi));
    ops(
        &mut d,
        O::EditTracked(kpi, TrackedEdit::Owner(" Priya ".into())),
    );
    // Names typed into the Stage 3 and plan fields that name teams or people.
    ops(&mut d, O::AddForum("Pipeline call".into()));
    let forum = d.operations.forums[0].id;
    ops(
        &mut d,
        O::EditForum(forum, ForumEdit::Between("Sales, RevOps".into())),
    );
    d.apply(Msg::Ops(O::EditReview(
        ReviewKind::WeeklyScorecard,
        ReviewEdit::Attendees("CFO; priya".into()),
    )));
    ops(&mut d, O::AddSla("Releases".into()));
    let sla = d.operations.slas[0].id;
    ops(&mut d, O::EditSla(sla, SlaEdit::Provider("Product".into())));
    ops(
        &mut d,
        O::EditSla(sla, SlaEdit::Receiver("Field marketing".into())),
    );
    ops(&mut d, O::AddRaciRole("CMO".into()));
    let nurture = flow(&d, "Nurture campaigns");
    ops(
        &mut d,
        O::EditPathway(nurture, PathwayEdit::Teams("Sales ops, Design".into())),
    );
    ops(
        &mut d,
        O::EditPathway(nurture, PathwayEdit::BudgetOwner("Finance".into())),
    );
    d.apply(Msg::Plan(P::AddAction {
        title: "Fix the hand-off".into(),
        hypothesis: String::new(),
        source: String::new(),
        quarter: "2027-Q1".into(),
    }));
    let action = d.diagnostics.actions[0].id;
    d.apply(Msg::Plan(P::EditAction(
        action,
        ActionEdit::Owner("Sam".into()),
    )));
    let names = d.names();
    for n in [
        "Priya",
        "Sales",
        "RevOps",
        "CFO",
        "Product",
        "Field marketing",
        "CMO",
        "Sales ops",
        "Design",
        "Finance",
        "Sam",
        "Demand generation",
    ] {
        assert!(names.iter().any(|x| x == n), "{n} missing from {names:?}");
    }
    // Each once, whatever its case; sorted.
    assert_eq!(
        names
            .iter()
            .filter(|n| n.eq_ignore_ascii_case("priya"))
            .count(),
        1
    );
    let mut sorted = names.clone();
    sorted.sort_by_key(|n| n.to_lowercase());
    assert_eq!(names, sorted);
}

#[test]
fn comparing_versions_names_an_slas_sides_as_the_page_does() {
    use marketing_os::domain::operations_msg::SlaEdit;
    let mut d = doc();
    ops(&mut d, O::AddSla("Product releases".into()));
    let sla = d.operations.slas[0].id;
    let before = d.snapshot();
    ops(&mut d, O::EditSla(sla, SlaEdit::Provider("Product".into())));
    ops(
        &mut d,
        O::EditSla(sla, SlaEdit::Receiver("Field marketing".into())),
    );
    let diff = compare(&before, &d.snapshot(), stored_name);
    let whats: Vec<&str> = diff.iter().map(|x| x.what.as_str()).collect();
    assert!(
        whats.contains(&"SLA “Product releases” · who delivers"),
        "{whats:?}"
    );
    assert!(
        whats.contains(&"SLA “Product releases” · who asks"),
        "{whats:?}"
    );
}
