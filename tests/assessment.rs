//! The maturity self-assessment: scoring edge cases and health checks prefilled from the model.

use marketing_os::content::assessment::evidence;
use marketing_os::domain::assessment::{Dimension, HealthState, MaturityStage as S};
use marketing_os::domain::mapping::{Direction, Presence, Scope};
use marketing_os::domain::mapping_msg::{KpiEdit, MappingMsg as M};
use marketing_os::domain::maturity::{answered, component, fitness, outcome, rhythm, score};
use marketing_os::domain::msg::AssessMsg as A;
use marketing_os::domain::msg::ReviewEdit;
use marketing_os::domain::operations::ReviewKind;
use marketing_os::domain::operations_msg::{OpsMsg as O, TrackedEdit};
use marketing_os::domain::scorecard::Week;
use marketing_os::domain::{Document, ModelId, Msg, Timestamp};

/// 2026-11-23, a Monday in Q4 2026.
const NOW: Timestamp = Timestamp(1_795_392_000_000);

fn doc() -> Document {
    Document::new(ModelId("m".into()), "Acme", NOW)
}

fn rate(d: &mut Document, dim: Dimension, stage: S, evidence: &str) {
    d.apply(Msg::Assess(A::SetStage(dim, Some(stage))));
    d.apply(Msg::Assess(A::SetEvidence(dim, evidence.into())));
}

#[test]
fn nothing_answered_gives_no_stage() {
    let o = outcome(&doc().assessment);
    assert_eq!(o.stage, None);
    assert_eq!(o.answered, 0);
    assert_eq!(o.spread(), None);
    assert!(!o.complete());
}

#[test]
fn a_partial_assessment_is_scored_on_what_is_answered() {
    let mut d = doc();
    rate(&mut d, Dimension::TeamLeadership, S::Efficient, "");
    rate(&mut d, Dimension::MartechStack, S::Efficient, "");
    rate(&mut d, Dimension::DataInsights, S::Unaware, "");
    let o = outcome(&d.assessment);
    assert_eq!(o.answered, 3);
    assert!(!o.complete());
    // Two of three reach Efficient; Unaware is only one below, so nothing is capped.
    assert_eq!(o.stage, Some(S::Efficient));
    assert!(o.capped_by.is_empty());
    assert_eq!(o.spread(), Some((0.0, 1.0)));
}

#[test]
fn between_two_stages_scores_a_half_but_counts_as_the_lower() {
    let mut d = doc();
    rate(&mut d, Dimension::Processes, S::Efficient, "");
    d.apply(Msg::Assess(A::SetBetween(Dimension::Processes, true)));
    rate(
        &mut d,
        Dimension::CharterRole,
        S::NextGeneration,
        "Charter signed by the CEO",
    );
    d.apply(Msg::Assess(A::SetBetween(Dimension::CharterRole, true)));
    let a = &d.assessment;
    assert_eq!(score(a.answer(Dimension::Processes).unwrap()), Some(1.5));
    // There is nothing above Next Generation to be between.
    assert_eq!(score(a.answer(Dimension::CharterRole).unwrap()), Some(4.0));
    let o = outcome(a);
    // Only one of two reaches Next Generation; both reach Efficient.
    assert_eq!(o.stage, Some(S::Efficient));
    assert!(o.capped_by.is_empty());
    assert_eq!(o.spread(), Some((1.5, 4.0)));
}

#[test]
fn a_weak_dimension_caps_the_stage_and_claims_need_evidence() {
    let mut d = doc();
    for dim in Dimension::ALL {
        rate(&mut d, dim, S::Effective, "Weekly revenue report");
    }
    assert_eq!(outcome(&d.assessment).stage, Some(S::Effective));
    assert!(outcome(&d.assessment).complete());
    // One dimension two stages below pulls the whole result down one.
    rate(&mut d, Dimension::DataInsights, S::Unaware, "");
    let o = outcome(&d.assessment);
    assert_eq!(o.stage, Some(S::Efficient));
    assert_eq!(o.capped_by, vec![Dimension::DataInsights]);
    // One below is not a cap.
    rate(&mut d, Dimension::DataInsights, S::Efficient, "");
    assert_eq!(outcome(&d.assessment).stage, Some(S::Effective));
    // Claims of Effective without evidence count as Efficient: with four of seven
    // unevidenced, most dimensions only reach Efficient.
    for dim in [
        Dimension::TeamLeadership,
        Dimension::GoToMarketFocus,
        Dimension::MartechStack,
    ] {
        d.apply(Msg::Assess(A::SetEvidence(dim, "  ".into())));
    }
    let o = outcome(&d.assessment);
    assert_eq!(o.discounted.len(), 3);
    assert_eq!(o.stage, Some(S::Efficient));
    // Unaware claims need no evidence and are never discounted below Unaware.
    let mut low = doc();
    rate(&mut low, Dimension::Processes, S::Unaware, "");
    assert_eq!(outcome(&low.assessment).stage, Some(S::Unaware));
}

#[test]
fn retaking_keeps_the_earlier_result() {
    let mut d = doc();
    assert!(!d.apply(Msg::Assess(A::Retake(NOW))), "nothing to keep yet");
    rate(&mut d, Dimension::Processes, S::Efficient, "");
    rate(
        &mut d,
        Dimension::MetricsReporting,
        S::Effective,
        "Pipeline dashboard",
    );
    assert!(d.apply(Msg::Assess(A::Retake(NOW))));
    let past = &d.assessment.history[0];
    assert_eq!(past.stage, Some(S::Efficient));
    assert_eq!(past.scores.len(), 2);
    assert_eq!(outcome(&d.assessment).answered, 0);
}

fn with_stage_three(d: &mut Document) {
    d.apply(Msg::Mapping(M::AddFlow {
        name: "Nurture".into(),
        direction: Direction::Output,
        scope: Scope::PrimaryExternal,
        owner: None,
    }));
    let f = d.mapping.flows[0].id;
    d.apply(Msg::Mapping(M::AddKpi(f)));
    let k = d.mapping.flows[0].kpis[0].id;
    d.apply(Msg::Mapping(M::EditKpi(
        f,
        k,
        KpiEdit::Target("120".into()),
    )));
    d.apply(Msg::Ops(O::TrackKpi(k)));
}

#[test]
fn health_checks_are_prefilled_from_the_model_and_say_so() {
    let mut d = doc();
    // An empty model answers nothing.
    assert_eq!(component(&d, "kpis", NOW).value, HealthState::Unset);
    assert_eq!(rhythm(&d, NOW).value, Presence::Unset);
    assert_eq!(answered(&d, NOW), (0, 20));
    with_stage_three(&mut d);
    let kpis = component(&d, "kpis", NOW);
    assert_eq!(kpis.value, HealthState::Partial);
    assert!(evidence(&kpis.from_model.unwrap())
        .contains("1 KPI on the short list, 1 without a target or an owner"));
    let k = d.operations.kpis[0].kpi;
    d.apply(Msg::Ops(O::EditTracked(
        k,
        TrackedEdit::Owner("Dana".into()),
    )));
    assert_eq!(component(&d, "kpis", NOW).value, HealthState::Present);
    // The user's own answer wins over the model's.
    d.apply(Msg::Assess(A::SetComponent(
        "kpis".into(),
        HealthState::Missing,
    )));
    let kpis = component(&d, "kpis", NOW);
    assert_eq!((kpis.value, kpis.from_model), (HealthState::Missing, None));

    d.apply(Msg::Ops(O::SetDashboard("Looker".into())));
    assert_eq!(component(&d, "dashboard", NOW).value, HealthState::Present);
    d.apply(Msg::Ops(O::EditReview(
        ReviewKind::WeeklyScorecard,
        ReviewEdit::Owner("Dana".into()),
    )));
    d.apply(Msg::Ops(O::EditReview(
        ReviewKind::WeeklyScorecard,
        ReviewEdit::Day("Monday".into()),
    )));
    assert_eq!(component(&d, "reviews", NOW).value, HealthState::Partial);
    d.apply(Msg::Ops(O::AddBudgetLine {
        subject: "Demand generation".into(),
        quarter: "2026-Q3".into(),
    }));
    assert_eq!(component(&d, "plan", NOW).value, HealthState::Partial);
    d.apply(Msg::Ops(O::AddBudgetLine {
        subject: "Demand generation".into(),
        quarter: "2026-Q4".into(),
    }));
    assert_eq!(component(&d, "plan", NOW).value, HealthState::Present);

    // The weekly rhythm: an owner alone is partly there; recent actuals make it a yes.
    assert_eq!(rhythm(&d, NOW).value, Presence::Partly);
    let last_week = Week::of_day((NOW.0 / 86_400_000) as i64 - 7).key();
    d.apply(Msg::Ops(O::SetActual(k, last_week, Some(130.0))));
    let r = rhythm(&d, NOW);
    assert_eq!(r.value, Presence::Yes);
    assert!(r.from_model.is_some());
    // Accountability: KPI owners without RACI rows is only partly there.
    assert_eq!(fitness(&d, "accountable").value, Presence::Partly);
    assert_eq!(fitness(&d, "scalable").value, Presence::Unset);
    let (done, total) = answered(&d, NOW);
    assert_eq!(total, 20);
    assert_eq!(done, 6);
}

#[test]
fn checklists_toggle_and_answers_are_kept() {
    let mut d = doc();
    assert!(d.apply(Msg::Assess(A::SetCapability("tech.use".into(), true))));
    assert!(!d.apply(Msg::Assess(A::SetCapability("tech.use".into(), true))));
    assert!(d.apply(Msg::Assess(A::SetSign("two_lists".into(), true))));
    assert!(d.apply(Msg::Assess(A::SetDriver(
        "accountability".into(),
        Presence::Partly
    ))));
    assert!(d.apply(Msg::Assess(A::SetCadenceKept("kpis".into(), true))));
    assert!(d.apply(Msg::Assess(A::SetCapability("tech.use".into(), false))));
    let a = &d.assessment;
    assert!(a.capabilities.is_empty());
    assert_eq!(a.signs, vec!["two_lists".to_string()]);
    assert_eq!(a.cadence_kept, vec!["kpis".to_string()]);
}

#[test]
fn the_result_says_in_one_sentence_how_it_was_reached() {
    use marketing_os::content::assessment::how_reached;
    let mut d = doc();
    assert_eq!(how_reached(&outcome(&d.assessment)), None);
    rate(&mut d, Dimension::TeamLeadership, S::Efficient, "");
    rate(&mut d, Dimension::MartechStack, S::Efficient, "");
    rate(&mut d, Dimension::DataInsights, S::Unaware, "");
    assert_eq!(
        how_reached(&outcome(&d.assessment)).unwrap(),
        "2 of your 3 answered areas reach Efficient or above, so you are at Efficient."
    );
    // Four at Customer-Centric with evidence, one claimed without: counted as Effective;
    // Data at Unaware is two or more below and holds the result one stage lower.
    let mut d = doc();
    for dim in Dimension::ALL {
        rate(
            &mut d,
            dim,
            S::CustomerCentric,
            "Dashboards reviewed weekly",
        );
    }
    rate(&mut d, Dimension::Processes, S::CustomerCentric, "");
    rate(&mut d, Dimension::DataInsights, S::Unaware, "");
    let o = outcome(&d.assessment);
    assert_eq!(o.stage, Some(S::Effective));
    let s = how_reached(&o).unwrap();
    assert!(
        s.starts_with("5 of your 7 answered areas reach Customer-Centric or above"),
        "{s}"
    );
    assert!(
        s.contains("counted one stage lower for want of evidence"),
        "{s}"
    );
    assert!(
        s.ends_with("sits two or more stages lower, which holds you at Effective."),
        "{s}"
    );
}
