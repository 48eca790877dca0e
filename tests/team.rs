//! The operations charter: composed from its parts, read as operational or strategic in
//! plain words, and suggested by the assessed stage.
#![cfg(not(target_arch = "wasm32"))]

use marketing_os::content::charter::{
    composed, effective_text, summary, to_strategic, usual_outcomes, why_for_stage,
};
use marketing_os::domain::assessment::MaturityStage;
use marketing_os::domain::operations_msg::{CharterEdit, TeamMsg};
use marketing_os::domain::team::{
    charter_for_stage, read_charter, Charter, CharterKind, CharterScope, Driver,
};
use marketing_os::domain::{Document, ModelId, Msg, Timestamp};

#[test]
fn the_seed_articles_two_charters_read_as_their_kinds() {
    // Paraphrases of the two kinds the method contrasts.
    let basic = "Drive efficiency and effectiveness through technology and process optimisation, so that marketing reaches its lead and campaign goals.";
    let r = read_charter(basic).unwrap();
    assert_eq!(r.kind, CharterKind::Operational);
    assert!(!r.beyond_marketing);
    assert_eq!(to_strategic(&r).len(), 2);
    let strategic = "Enable business accountability, digital transformation and customer centricity by running marketing operations as a strategic capability of people, process and technology, in marketing and with every customer-facing function.";
    let r = read_charter(strategic).unwrap();
    assert_eq!(r.kind, CharterKind::Strategic);
    assert_eq!(r.drivers, Driver::ALL);
    assert!(r.beyond_marketing);
    assert!(to_strategic(&r).is_empty());
    assert_eq!(
        summary(&r),
        "A strategic charter: it serves accountability for business results, digital transformation of the company and customer centricity and reaches beyond marketing."
    );
    assert_eq!(read_charter("   "), None);
}

#[test]
fn one_driver_or_a_marketing_only_remit_stays_operational_and_says_why() {
    let r = read_charter("Own marketing's pipeline reporting and forecast revenue with sales.")
        .unwrap();
    assert_eq!(r.kind, CharterKind::Operational);
    assert_eq!(r.drivers, [Driver::Accountability]);
    assert!(r.beyond_marketing);
    assert_eq!(
        to_strategic(&r),
        ["Tie it to at least two business drivers; it does not yet speak of digital transformation of the company or customer centricity."]
    );
    let r = read_charter(
        "Prove marketing's revenue impact and build customer insight for the marketing team.",
    )
    .unwrap();
    assert_eq!(r.kind, CharterKind::Operational);
    assert_eq!(
        r.drivers,
        [Driver::Accountability, Driver::CustomerCentricity]
    );
    assert!(summary(&r).ends_with("but its remit stops at marketing."));
}

#[test]
fn the_composed_charter_reads_as_the_parts_chosen() {
    let mut c = Charter::default();
    assert_eq!(composed(&c), "");
    c.start_from(
        CharterKind::Strategic,
        usual_outcomes(CharterKind::Strategic),
    );
    assert_eq!(c.scope, CharterScope::CustomerFacing);
    assert_eq!(
        read_charter(&effective_text(&c)).unwrap().kind,
        CharterKind::Strategic
    );
    c.start_from(
        CharterKind::Operational,
        usual_outcomes(CharterKind::Operational),
    );
    // The outcomes written are kept; drivers and scope change.
    assert!(c.outcomes.starts_with("forecasting and proving"));
    assert_eq!(c.scope, CharterScope::Marketing);
    assert!(c.drivers.is_empty());
    let c = Charter {
        outcomes: "Clean data and on-time campaign reports.".into(),
        drivers: vec![Driver::Accountability],
        scope: CharterScope::Marketing,
        text: String::new(),
    };
    assert_eq!(
        composed(&c),
        "Marketing operations is responsible for clean data and on-time campaign reports. It exists to make marketing accountable for revenue and growth. It works within marketing, on the marketing team's people, processes and technology."
    );
    assert_eq!(
        read_charter(&composed(&c)).unwrap().kind,
        CharterKind::Operational
    );
    // The user's own text wins over the composed one.
    let own = Charter {
        text: "Our own words.".into(),
        ..c
    };
    assert_eq!(effective_text(&own), "Our own words.");
}

#[test]
fn the_assessed_stage_suggests_the_charter() {
    assert_eq!(charter_for_stage(None), CharterKind::Operational);
    assert_eq!(
        charter_for_stage(Some(MaturityStage::Effective)),
        CharterKind::Operational
    );
    let stage = Some(MaturityStage::CustomerCentric);
    assert_eq!(charter_for_stage(stage), CharterKind::Strategic);
    assert!(why_for_stage(stage).contains("Customer-Centric"));
}

#[test]
fn charter_edits_go_through_apply_and_undo_as_one_step_per_field() {
    let mut d = Document::new(ModelId("team-0001".into()), "Team Co", Timestamp(1));
    assert!(d.apply(Msg::Team(TeamMsg::Charter(CharterEdit::Driver(
        Driver::CustomerCentricity,
        true
    )))));
    assert!(d.apply(Msg::Team(TeamMsg::Charter(CharterEdit::Driver(
        Driver::Accountability,
        true
    )))));
    assert!(!d.apply(Msg::Team(TeamMsg::Charter(CharterEdit::Driver(
        Driver::Accountability,
        true
    )))));
    assert_eq!(
        d.operations.team.charter.drivers,
        [Driver::Accountability, Driver::CustomerCentricity]
    );
    assert!(d.apply(Msg::Team(TeamMsg::Charter(CharterEdit::Scope(
        CharterScope::CustomerFacing
    )))));
    assert_eq!(
        read_charter(&effective_text(&d.operations.team.charter))
            .unwrap()
            .kind,
        CharterKind::Strategic
    );
    assert!(d.apply(Msg::Team(TeamMsg::Charter(CharterEdit::Driver(
        Driver::Accountability,
        false
    )))));
    assert_eq!(
        read_charter(&effective_text(&d.operations.team.charter))
            .unwrap()
            .kind,
        CharterKind::Operational
    );
}

mod design {
    use marketing_os::domain::assessment::{Dimension, MaturityStage};
    use marketing_os::domain::mapping::{Direction, Presence, Scope, SubFunctionKind};
    use marketing_os::domain::msg::{AssessMsg, MappingMsg};
    use marketing_os::domain::operations_msg::{BudgetEdit, OpsMsg, TeamMsg};
    use marketing_os::domain::team::{
        needs, plan_totals, target_stage, unrunnable_flows, Decision, Role,
    };
    use marketing_os::domain::{Document, ModelId, Msg, Timestamp};

    fn team(m: TeamMsg) -> Msg {
        Msg::Team(m)
    }

    fn doc() -> Document {
        Document::new(ModelId("team-0002".into()), "Team Co", Timestamp(1))
    }

    #[test]
    fn the_next_stage_lists_its_roles_with_todays_cover_and_what_they_close() {
        let mut d = doc();
        for dim in Dimension::ALL {
            assert!(d.apply(Msg::Assess(AssessMsg::SetStage(
                dim,
                Some(MaturityStage::Effective)
            ))));
        }
        assert!(d.apply(Msg::Assess(AssessMsg::SetCapability(
            "tech.use".into(),
            true
        ))));
        assert!(d.apply(Msg::Assess(AssessMsg::SetDriver(
            "customer".into(),
            Presence::Yes
        ))));
        // Claims without evidence count a stage lower: the assessed stage is Efficient.
        let stage = marketing_os::domain::maturity::outcome(&d.assessment).stage;
        assert_eq!(stage, Some(MaturityStage::Efficient));
        assert_eq!(target_stage(stage), MaturityStage::Effective);
        assert_eq!(
            target_stage(Some(MaturityStage::Effective)),
            MaturityStage::CustomerCentric
        );
        assert_eq!(target_stage(None), MaturityStage::Efficient);
        assert_eq!(
            target_stage(Some(MaturityStage::NextGeneration)),
            MaturityStage::NextGeneration
        );

        // Two people: Ana runs automation and data; Ben splits reporting and the group.
        for name in ["Ana", "Ben"] {
            assert!(d.apply(team(TeamMsg::AddPerson {
                name: name.into(),
                sub_function: None
            })));
        }
        let (ana, ben) = (
            d.operations.team.people[0].id,
            d.operations.team.people[1].id,
        );
        assert!(d.apply(team(TeamMsg::SetRole(ana, Role::AutomationAdmin, 0.6))));
        assert!(d.apply(team(TeamMsg::SetRole(ana, Role::DataManager, 0.4))));
        assert!(d.apply(team(TeamMsg::SetRole(ben, Role::AnalyticsReporting, 0.5))));
        assert!(d.apply(team(TeamMsg::SetRole(ben, Role::OpsLead, 0.5))));
        assert!(!d.apply(team(TeamMsg::SetRole(ben, Role::OpsLead, 0.5))));
        // FTE is a share of one person's time.
        assert!(d.apply(team(TeamMsg::SetRole(ben, Role::DataScience, 7.0))));
        assert_eq!(d.operations.team.fte(Role::DataScience), 1.0);
        // At 0 the role stays listed, with nobody's time on it, until it is taken off.
        assert!(d.apply(team(TeamMsg::SetRole(ben, Role::DataScience, 0.0))));
        assert_eq!(d.operations.team.people[1].roles.len(), 3);
        assert!(d.apply(team(TeamMsg::RemoveRole(ben, Role::DataScience))));
        assert_eq!(d.operations.team.people[1].roles.len(), 2);

        let n = needs(&d, MaturityStage::CustomerCentric);
        assert_eq!(
            n.len(),
            12,
            "every role but the combined sales-and-marketing lead"
        );
        let gaps: Vec<Role> = n.iter().filter(|r| r.is_gap()).map(|r| r.role).collect();
        assert_eq!(
            gaps,
            [
                Role::ProcessReengineering,
                Role::ProjectPortfolio,
                Role::PlanningBudgeting,
                Role::PipelineManagement,
                Role::CustomerInsight,
                Role::VendorManagement,
                Role::BudgetManagement,
                Role::DataScience
            ]
        );
        let auto = n.iter().find(|r| r.role == Role::AutomationAdmin).unwrap();
        assert_eq!(auto.fte, 0.6);
        // The team said it has tech.use already, so the admin closes the rest.
        assert_eq!(
            auto.closes,
            ["tech.integrate", "tech.optimise", "tech.educate", "exec.qa"]
        );
        let pipeline = n
            .iter()
            .find(|r| r.role == Role::PipelineManagement)
            .unwrap();
        assert!(pipeline.serves_missing_driver);
        let insight = n.iter().find(|r| r.role == Role::CustomerInsight).unwrap();
        assert!(
            !insight.serves_missing_driver,
            "customer centricity is in place"
        );
        // Efficient needs only the first two roles.
        assert_eq!(needs(&d, MaturityStage::Efficient).len(), 2);
    }

    #[test]
    fn flows_with_no_one_to_run_them_are_found() {
        let mut d = doc();
        assert!(d.apply(Msg::Mapping(MappingMsg::AddSubFunction {
            name: "Demand gen".into(),
            kind: SubFunctionKind::default()
        })));
        assert!(d.apply(Msg::Mapping(MappingMsg::AddSubFunction {
            name: "Events".into(),
            kind: SubFunctionKind::default()
        })));
        let (demand, events) = (d.mapping.sub_functions[0].id, d.mapping.sub_functions[1].id);
        assert!(d.apply(Msg::Mapping(MappingMsg::SetFte(demand, 2.0))));
        d.apply(Msg::Mapping(MappingMsg::SetFte(events, 0.0)));
        for (name, owner) in [
            ("Leads to sales", Some(demand)),
            ("Event leads", Some(events)),
            ("Win/loss notes", None),
        ] {
            assert!(d.apply(Msg::Mapping(MappingMsg::AddFlow {
                name: name.into(),
                direction: Direction::Output,
                scope: Scope::PrimaryExternal,
                owner
            })));
        }
        let found: Vec<(String, String)> = unrunnable_flows(&d)
            .into_iter()
            .map(|u| (u.name, u.why))
            .collect();
        assert_eq!(
            found,
            [
                (
                    "Event leads".to_string(),
                    "Its owner, Events, has no people (0 FTE).".to_string()
                ),
                (
                    "Win/loss notes".to_string(),
                    "No sub-function owns it.".to_string()
                ),
            ]
        );
    }

    #[test]
    fn decisions_become_budget_lines_and_the_plan_totals_follow_them() {
        let mut d = doc();
        let decide = |role, decision, quarter: &str, cost| {
            team(TeamMsg::Decide {
                role,
                decision,
                quarter: quarter.into(),
                cost,
            })
        };
        assert!(d.apply(decide(
            Role::PipelineManagement,
            Decision::Hire,
            "2027-Q1",
            30_000.0
        )));
        assert!(d.apply(decide(
            Role::CustomerInsight,
            Decision::Train,
            "2027-Q1",
            4_000.0
        )));
        assert!(d.apply(decide(
            Role::DataScience,
            Decision::Outsource,
            "2027-Q2",
            12_500.0
        )));
        // One decision per role.
        assert!(!d.apply(decide(Role::DataScience, Decision::Hire, "2027-Q3", 1.0)));
        let subjects: Vec<&str> = d
            .operations
            .budget
            .iter()
            .map(|b| b.subject.as_str())
            .collect();
        assert_eq!(
            subjects,
            [
                "Team: Hire – Pipeline management",
                "Team: Train – Customer insight",
                "Team: Outsource – Data science"
            ]
        );
        assert_eq!(
            plan_totals(&d),
            [
                ("2027-Q1".to_string(), 34_000.0),
                ("2027-Q2".to_string(), 12_500.0)
            ]
        );

        // Editing the budget line in Stage 3 is editing the plan.
        let line = d.operations.team.plan[2].clone();
        assert!(d.apply(Msg::Ops(OpsMsg::EditBudget(
            line.budget,
            BudgetEdit::Quarter("2027-Q1".into())
        ))));
        assert!(d.apply(Msg::Ops(OpsMsg::EditBudget(
            line.budget,
            BudgetEdit::Amount(10_000.0)
        ))));
        assert_eq!(plan_totals(&d), [("2027-Q1".to_string(), 44_000.0)]);
        // Changing the decision renames its budget line.
        assert!(d.apply(team(TeamMsg::SetDecision(line.id, Decision::Hire))));
        assert_eq!(d.operations.budget[2].subject, "Team: Hire – Data science");
        // Removing either side removes both.
        assert!(d.apply(team(TeamMsg::RemovePlanLine(line.id))));
        assert_eq!(d.operations.budget.len(), 2);
        let first = d.operations.team.plan[0].clone();
        assert!(d.apply(Msg::Ops(OpsMsg::RemoveBudgetLine(first.budget))));
        assert_eq!(d.operations.team.plan.len(), 1);
        assert_eq!(plan_totals(&d), [("2027-Q1".to_string(), 4_000.0)]);
        // Undo brings a removed decision back with its budget line.
        let mut e = marketing_os::domain::Editor::new(d.clone());
        let plan = e.doc.operations.team.plan[0].id;
        assert!(e.dispatch(team(TeamMsg::RemovePlanLine(plan)), Timestamp(5)));
        assert!(e.undo(Timestamp(6)));
        assert_eq!(plan_totals(&e.doc), [("2027-Q1".to_string(), 4_000.0)]);
    }
}

mod handoff {
    use marketing_os::domain::operations_msg::{HandOffEdit, OpsMsg, TeamMsg};
    use marketing_os::domain::team::Qualifier;
    use marketing_os::domain::{Document, ModelId, Msg, Timestamp};

    fn edit(e: HandOffEdit) -> Msg {
        Msg::Team(TeamMsg::HandOff(e))
    }

    #[test]
    fn the_lead_hand_off_is_recorded_as_a_stage_3_sla_and_kept_in_step() {
        let mut d = Document::new(ModelId("handoff-1".into()), "Hand Co", Timestamp(1));
        assert!(d.apply(edit(HandOffEdit::ReviewDay("Monday".into()))));
        assert!(d.operations.slas.is_empty(), "nothing to record yet");
        assert!(d.apply(edit(HandOffEdit::Criteria(
            "Budget confirmed\n\nProject within 6 months\n".into()
        ))));
        assert_eq!(
            d.operations.team.handoff.criteria_list(),
            ["Budget confirmed", "Project within 6 months"]
        );
        assert_eq!(d.operations.slas.len(), 1);
        assert!(d.apply(edit(HandOffEdit::Qualifier(Qualifier::SalesDevelopment))));
        assert!(d.apply(edit(HandOffEdit::FollowUpHours(Some(36)))));
        let sla = &d.operations.slas[0];
        assert_eq!(
            sla.work,
            "Follow up leads that meet the hand-off criteria, qualified by sales development"
        );
        assert_eq!(
            (sla.provider.as_str(), sla.receiver.as_str()),
            ("Sales", "Marketing")
        );
        assert_eq!(sla.lead_time_days, Some(2));
        assert_eq!(sla.on_miss, "Raised at the weekly lead review (Monday)");
        assert_eq!(d.operations.team.handoff.missing(), Vec::<&str>::new());
        assert!(!d.operations.team.handoff.is_agreed());
        assert!(d.apply(edit(HandOffEdit::MarketingSignatory(
            "Mia, Marketing".into()
        ))));
        assert!(d.apply(edit(HandOffEdit::SalesSignatory("Sam, Sales".into()))));
        assert!(d.operations.team.handoff.is_agreed());
        // Removed in Stage 3, the SLA comes back with the next change to the agreement.
        let id = d.operations.slas[0].id;
        assert!(d.apply(Msg::Ops(OpsMsg::RemoveSla(id))));
        assert!(d.apply(edit(HandOffEdit::FollowUpHours(Some(4)))));
        assert_eq!(d.operations.slas.len(), 1);
        assert_eq!(d.operations.slas[0].lead_time_days, Some(1));
        assert_eq!(d.operations.team.handoff.sla, Some(d.operations.slas[0].id));
    }
}

mod lifecycle {
    use marketing_os::domain::mapping::{Direction, Scope, SubFunctionKind};
    use marketing_os::domain::msg::MappingMsg;
    use marketing_os::domain::operations_msg::{BudgetEdit, OpsMsg, TeamMsg};
    use marketing_os::domain::team::{lifecycle_view, Lifecycle};
    use marketing_os::domain::{Document, ModelId, Msg, Timestamp};

    #[test]
    fn flows_sit_across_acquisition_and_expansion_and_no_expansion_spend_is_flagged() {
        let mut d = Document::new(ModelId("life-1".into()), "Life Co", Timestamp(1));
        assert!(d.apply(Msg::Mapping(MappingMsg::AddSubFunction {
            name: "Demand gen".into(),
            kind: SubFunctionKind::default()
        })));
        assert!(d.apply(Msg::Mapping(MappingMsg::AddSubFunction {
            name: "Customer marketing".into(),
            kind: SubFunctionKind::default()
        })));
        let (demand, customer) = (d.mapping.sub_functions[0].id, d.mapping.sub_functions[1].id);
        d.apply(Msg::Mapping(MappingMsg::SetFte(demand, 3.0)));
        d.apply(Msg::Mapping(MappingMsg::SetFte(customer, 0.0)));
        for (name, owner) in [
            ("Qualified leads to sales", demand),
            ("Renewal and upsell campaigns", customer),
            ("Quarterly newsletter", customer),
        ] {
            assert!(d.apply(Msg::Mapping(MappingMsg::AddFlow {
                name: name.into(),
                direction: Direction::Output,
                scope: Scope::PrimaryExternal,
                owner: Some(owner)
            })));
        }
        let v = lifecycle_view(&d);
        let placed: Vec<(Option<Lifecycle>, bool)> =
            v.rows.iter().map(|r| (r.lifecycle, r.suggested)).collect();
        assert_eq!(
            placed,
            [
                (Some(Lifecycle::Acquisition), true),
                (Some(Lifecycle::Expansion), true),
                (None, false)
            ]
        );
        assert_eq!((v.acquisition.0, v.expansion.0), (1, 1));
        // The renewal flow's owner has no people and no budget: nothing is spent on expansion.
        assert!(v.spends_nothing_on_expansion());

        // The user places the newsletter for existing customers; budget arrives for it.
        let newsletter = d.mapping.flows[2].id;
        assert!(d.apply(Msg::Team(TeamMsg::SetLifecycle(
            newsletter,
            Some(Lifecycle::Both)
        ))));
        assert!(d.apply(Msg::Ops(OpsMsg::AddBudgetLine {
            subject: "Customer marketing".into(),
            quarter: "2027-Q1".into()
        })));
        let b = d.operations.budget[0].id;
        assert!(d.apply(Msg::Ops(OpsMsg::EditBudget(b, BudgetEdit::Amount(8_000.0)))));
        let v = lifecycle_view(&d);
        assert_eq!((v.acquisition.0, v.expansion.0), (2, 2));
        assert!(!v.rows[2].suggested);
        assert_eq!(v.expansion_budget, 8_000.0);
        assert!(!v.spends_nothing_on_expansion());
        // Back to the suggestion.
        assert!(d.apply(Msg::Team(TeamMsg::SetLifecycle(newsletter, None))));
        assert_eq!(lifecycle_view(&d).rows[2].lifecycle, None);
    }
}
