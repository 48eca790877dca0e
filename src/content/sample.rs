//! A fictional B2B SaaS scale-up with every stage filled in, to show what good looks like.
//! Built only through `Msg`, so it is always a model the app itself could have made.

use crate::domain::assessment::{Confidence, Dimension, MaturityStage};
use crate::domain::dialogue::{
    CoverageStatus as Cov, Importance as Imp, LopsidedSign, Priority, ProgramStatus as PS,
};
use crate::domain::dialogue_msg::DialogueMsg as D;
use crate::domain::document::{ChangeArea, ChangeEntry};
use crate::domain::mapping::Period;
use crate::domain::mapping::{Direction, Scope, SubFunctionKind};
use crate::domain::mapping_msg::{KpiEdit, MappingMsg as M};
use crate::domain::msg::{AssessMsg, ReviewEdit, TeachingEdit};
use crate::domain::msg::{CategoryEdit, ConstituentEdit as CE, SideLoop};
use crate::domain::operations::{Audience, Expertise, ReviewKind};
use crate::domain::operations_msg::{
    ForumEdit, OpsMsg as O, PathwayEdit, RaciCell, RaciSubject, SlaEdit, TrackedEdit,
};
use crate::domain::scorecard::Week;
use crate::domain::{Document, ModelId, Msg, Timestamp};

/// The sample's fixed id: opening the sample twice opens the same model.
pub const SAMPLE_ID: &str = "sample-northwind";

/// Northwind Metrics, a 120-person product-analytics company selling to mid-market SaaS.
pub fn sample(now: Timestamp) -> Document {
    let mut d = Document::new(ModelId(SAMPLE_ID.into()), "Northwind Metrics (sample)", now);
    let ids: Vec<_> = d
        .dialogue
        .constituents
        .iter()
        .map(|c| (c.id, c.name.clone()))
        .collect();
    let ratings = [
        (
            Imp::High,
            Imp::High,
            "Mid-market SaaS product teams in Europe and North America.",
        ),
        (
            Imp::Medium,
            Imp::High,
            "Two firms now cover product analytics; we brief both twice a year.",
        ),
        (
            Imp::Medium,
            Imp::Medium,
            "Trade press for product managers; no tier-1 coverage yet.",
        ),
        (
            Imp::Low,
            Imp::Low,
            "Series B closed; board wants pipeline visibility.",
        ),
        (
            Imp::Medium,
            Imp::High,
            "Data-warehouse partners send us our best leads.",
        ),
        (
            Imp::High,
            Imp::High,
            "Two direct rivals and spreadsheets as the indirect one.",
        ),
        (Imp::Medium, Imp::High, "Rebrand planned for next year."),
        (
            Imp::High,
            Imp::High,
            "Monthly releases; an AI assistant ships next quarter.",
        ),
        (
            Imp::Medium,
            Imp::Medium,
            "Eighty people in customer-facing roles.",
        ),
    ];
    for ((id, _), (now_i, next_i, note)) in ids.iter().zip(ratings) {
        for edit in [
            CE::ImportanceNow(now_i),
            CE::ImportanceNextYear(next_i),
            CE::Note(note.into()),
        ] {
            d.apply(Msg::Dialogue(D::EditConstituent(*id, edit)));
        }
    }
    let (cust, investors, comp) = (ids[0].0, ids[3].0, ids[5].0);
    for seg in [
        "Ideal customer profile (ICP)",
        "Buyer persona: VP Product",
        "User persona: product manager",
    ] {
        d.apply(Msg::Dialogue(D::AddSegment(cust, seg.into())));
    }
    d.apply(Msg::Dialogue(D::AddSegment(
        comp,
        "Direct competitors".into(),
    )));
    d.apply(Msg::Dialogue(D::AddSegment(
        comp,
        "Indirect: spreadsheets and BI tools".into(),
    )));
    // Programs: mostly in place, with a few honest gaps.
    let gaps = [
        "Persona research and documentation",
        "Battle cards",
        "Analyst relations program",
        "Release process and cadence",
    ];
    let programs: Vec<_> = d
        .dialogue
        .constituents
        .iter()
        .flat_map(|c| c.programs.iter().map(move |p| (c.id, p.id, p.name.clone())))
        .collect();
    for (c, p, name) in programs {
        let status = if gaps.contains(&name.as_str()) {
            PS::Gap
        } else if c == investors {
            PS::NotNow
        } else {
            PS::Have
        };
        d.apply(Msg::Dialogue(D::SetProgramStatus(c, p, status)));
        if status == PS::Gap {
            let prio = if name == "Battle cards" {
                Priority::High
            } else {
                Priority::Medium
            };
            d.apply(Msg::Dialogue(D::SetProgramPriority(c, p, prio)));
        }
    }
    let cats: Vec<_> = d.dialogue.categories.iter().map(|c| c.id).collect();
    let fill = [
        ("NPS survey twice a year", Cov::Partial),
        (
            "Product analytics dashboard\nFeature adoption review each month",
            Cov::InPlace,
        ),
        ("", Cov::Gap),
        ("Analyst reports we buy", Cov::Partial),
        (
            "Webinars\nPaid social\nTwo trade shows a year",
            Cov::InPlace,
        ),
        ("Free trial\nIn-app onboarding tours", Cov::InPlace),
        (
            "Messaging house\nFounder talks at conferences",
            Cov::InPlace,
        ),
        ("Outbound sequences for the ICP", Cov::Partial),
    ];
    for (cat, (activities, status)) in cats.iter().zip(fill) {
        for edit in [
            CategoryEdit::Activities(activities.into()),
            CategoryEdit::Status(status),
        ] {
            d.apply(Msg::Dialogue(D::EditCategory(*cat, edit)));
        }
        d.apply(Msg::Dialogue(D::SetReach(*cat, cust, true)));
    }
    d.apply(Msg::Dialogue(D::SetReach(cats[2], comp, true)));
    d.apply(Msg::Dialogue(D::SetLoopOwner(
        SideLoop::A1,
        "Community manager".into(),
    )));
    d.apply(Msg::Dialogue(D::SetLoopHow(
        SideLoop::A1,
        "Watches review sites and the user Slack; flags themes weekly.".into(),
    )));
    d.apply(Msg::Dialogue(D::SetLoopOwner(
        SideLoop::B1,
        "Head of product marketing".into(),
    )));
    d.apply(Msg::Dialogue(D::SetLoopHow(
        SideLoop::B1,
        "Release notes go to sales and support a week before customers.".into(),
    )));
    d.apply(Msg::Dialogue(D::ToggleLopsidedSign(
        LopsidedSign::MidFunnelDropOff,
    )));
    d.apply(Msg::Dialogue(D::ToggleLopsidedSign(
        LopsidedSign::DecisionsOnAnecdote,
    )));

    // Stage 2, a first map.
    for name in [
        "Product marketing",
        "Demand generation",
        "Marketing operations",
    ] {
        d.apply(Msg::Mapping(M::AddSubFunction {
            name: name.into(),
            kind: SubFunctionKind::Core,
        }));
    }
    d.apply(Msg::Mapping(M::AddSubFunction {
        name: "Design".into(),
        kind: SubFunctionKind::SharedResource,
    }));
    for f in ["Sales", "Product", "Customer success"] {
        d.apply(Msg::Mapping(M::AddFunction(f.into())));
    }
    let subs: Vec<_> = d.mapping.sub_functions.iter().map(|s| s.id).collect();
    let flows = [
        (
            "Competitive intel",
            Direction::Input,
            Scope::PrimaryExternal,
            0,
        ),
        (
            "Product release campaigns",
            Direction::Output,
            Scope::PrimaryExternal,
            0,
        ),
        ("Intent data", Direction::Input, Scope::PrimaryExternal, 1),
        (
            "Nurture campaigns",
            Direction::Output,
            Scope::PrimaryExternal,
            1,
        ),
        (
            "Common objections from sales",
            Direction::Input,
            Scope::SecondaryInternal,
            0,
        ),
        (
            "Marketing performance report",
            Direction::Output,
            Scope::SecondaryInternal,
            2,
        ),
    ];
    for (name, direction, scope, owner) in flows {
        d.apply(Msg::Mapping(M::AddFlow {
            name: name.into(),
            direction,
            scope,
            owner: Some(subs[owner]),
        }));
    }

    // KPIs on two outputs, so Stage 3 has a short list to run.
    let flow_id = |d: &Document, name: &str| {
        d.mapping
            .flows
            .iter()
            .find(|f| f.name == name)
            .map(|f| f.id)
    };
    let mut kpis = Vec::new();
    for (flow, metric, target, unit, period) in [
        (
            "Nurture campaigns",
            "Marketing-qualified leads",
            "120",
            "leads",
            Period::Weekly,
        ),
        (
            "Product release campaigns",
            "Pipeline from launches",
            "250000",
            "EUR",
            Period::Quarterly,
        ),
    ] {
        let Some(f) = flow_id(&d, flow) else { continue };
        d.apply(Msg::Mapping(M::AddKpi(f)));
        let Some(k) = d.mapping.flow(f).and_then(|x| x.kpis.last()).map(|k| k.id) else {
            continue;
        };
        for e in [
            KpiEdit::Metric(metric.into()),
            KpiEdit::Target(target.into()),
            KpiEdit::Unit(unit.into()),
            KpiEdit::Period(period),
        ] {
            d.apply(Msg::Mapping(M::EditKpi(f, k, e)));
        }
        kpis.push(k);
    }

    // Stage 3: a forum, pathways, a RACI row, an SLA, the short list and recent weeks.
    d.apply(Msg::Ops(O::AddForum("Weekly pipeline meeting".into())));
    if let (Some(forum), Some(intent)) = (
        d.operations.forums.last().map(|f| f.id),
        flow_id(&d, "Intent data"),
    ) {
        d.apply(Msg::Ops(O::EditForum(
            forum,
            ForumEdit::Between("Demand generation and Sales".into()),
        )));
        d.apply(Msg::Ops(O::EditForum(
            forum,
            ForumEdit::Cadence("Weekly, Monday".into()),
        )));
        d.apply(Msg::Ops(O::SetForumFlow(forum, intent, true)));
        d.apply(Msg::Ops(O::EditPathway(
            intent,
            PathwayEdit::Systems("Bombora, HubSpot".into()),
        )));
    }
    if let Some(nurture) = flow_id(&d, "Nurture campaigns") {
        for e in [
            PathwayEdit::Systems("HubSpot".into()),
            PathwayEdit::Expertise(Expertise::InHouse),
            PathwayEdit::Teams("Demand generation, Design".into()),
            PathwayEdit::LeadTime(Some(10)),
            PathwayEdit::BudgetOwner("Marketing".into()),
        ] {
            d.apply(Msg::Ops(O::EditPathway(nurture, e)));
        }
        for role in ["Demand generation", "Marketing operations", "Sales"] {
            d.apply(Msg::Ops(O::AddRaciRole(role.into())));
        }
        d.apply(Msg::Ops(O::AddRaciRow(RaciSubject::Flow(nurture))));
        if let Some(row) = d.operations.raci.last().map(|r| r.id) {
            for (role, cell) in [
                ("Demand generation", RaciCell::AR),
                ("Marketing operations", RaciCell::C),
                ("Sales", RaciCell::I),
            ] {
                d.apply(Msg::Ops(O::SetRaci(row, role.into(), cell)));
            }
        }
    }
    d.apply(Msg::Ops(O::AddSla("Product releases".into())));
    if let Some(sla) = d.operations.slas.last().map(|s| s.id) {
        for e in [
            SlaEdit::Provider("Product".into()),
            SlaEdit::Receiver("Product marketing".into()),
            SlaEdit::LeadTime(Some(15)),
            SlaEdit::OnMiss(
                "The launch campaign moves with it; raised at the weekly meeting.".into(),
            ),
        ] {
            d.apply(Msg::Ops(O::EditSla(sla, e)));
        }
    }
    if let Some(&mql) = kpis.first() {
        d.apply(Msg::Ops(O::TrackKpi(mql)));
        d.apply(Msg::Ops(O::EditTracked(
            mql,
            TrackedEdit::Owner("Demand generation lead".into()),
        )));
        // The three weeks before this one.
        let today = (now.0 / 86_400_000) as i64;
        for (back, value) in [(3, 104.0), (2, 126.0), (1, 117.0)] {
            let week = Week::of_day(today - 7 * back).key();
            d.apply(Msg::Ops(O::SetActual(mql, week, Some(value))));
        }
    }

    // The dashboard, reviews, teaching, the change log and the assessment, lightly.
    d.apply(Msg::Ops(O::SetDashboard("Looker: Marketing weekly".into())));
    d.apply(Msg::Ops(O::EditReview(
        ReviewKind::WeeklyScorecard,
        ReviewEdit::Owner("Marketing operations lead".into()),
    )));
    d.apply(Msg::Ops(O::EditReview(
        ReviewKind::WeeklyScorecard,
        ReviewEdit::Day("Monday".into()),
    )));
    d.apply(Msg::Ops(O::EditTeaching(
        Audience::ExecutivesBoard,
        TeachingEdit::Format("Schematic walk-through at the quarterly board meeting".into()),
    )));
    d.apply(Msg::Ops(O::LogChange(ChangeEntry {
        area: ChangeArea::Company,
        kind: "Investment rounds".into(),
        text: "Series B closed".into(),
        at: now,
        ..ChangeEntry::default()
    })));
    for (dim, stage) in [
        (Dimension::TeamLeadership, MaturityStage::Efficient),
        (Dimension::MetricsReporting, MaturityStage::Effective),
        (Dimension::MartechStack, MaturityStage::Efficient),
    ] {
        d.apply(Msg::Assess(AssessMsg::SetStage(dim, Some(stage))));
    }
    d.apply(Msg::Assess(AssessMsg::SetEvidence(
        Dimension::MetricsReporting,
        "Weekly pipeline dashboard reviewed every Monday".into(),
    )));
    d.apply(Msg::Assess(AssessMsg::SetConfidence(
        Dimension::MetricsReporting,
        Confidence::Medium,
    )));
    d
}
