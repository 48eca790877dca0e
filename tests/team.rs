//! The operations charter: composed from its parts, read as operational or strategic in
//! plain words, and suggested by the assessed stage.
#![cfg(not(target_arch = "wasm32"))]

use marketing_os::domain::assessment::MaturityStage;
use marketing_os::domain::operations_msg::{CharterEdit, OpsMsg};
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
    assert_eq!(r.to_strategic.len(), 2);
    let strategic = "Enable business accountability, digital transformation and customer centricity by running marketing operations as a strategic capability of people, process and technology, in marketing and with every customer-facing function.";
    let r = read_charter(strategic).unwrap();
    assert_eq!(r.kind, CharterKind::Strategic);
    assert_eq!(r.drivers, Driver::ALL);
    assert!(r.beyond_marketing);
    assert!(r.to_strategic.is_empty());
    assert_eq!(
        r.summary,
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
        r.to_strategic,
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
    assert!(r.summary.ends_with("but its remit stops at marketing."));
}

#[test]
fn the_composed_charter_reads_as_the_parts_chosen() {
    let mut c = Charter::default();
    assert_eq!(c.composed(), "");
    c.start_from(CharterKind::Strategic);
    assert_eq!(c.scope, CharterScope::CustomerFacing);
    assert_eq!(
        read_charter(&c.effective_text()).unwrap().kind,
        CharterKind::Strategic
    );
    c.start_from(CharterKind::Operational);
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
        c.composed(),
        "Marketing operations is responsible for clean data and on-time campaign reports. It exists to make marketing accountable for revenue and growth. It works within marketing, on the marketing team's people, processes and technology."
    );
    assert_eq!(
        read_charter(&c.composed()).unwrap().kind,
        CharterKind::Operational
    );
    // The user's own text wins over the composed one.
    let own = Charter {
        text: "Our own words.".into(),
        ..c
    };
    assert_eq!(own.effective_text(), "Our own words.");
}

#[test]
fn the_assessed_stage_suggests_the_charter() {
    assert_eq!(charter_for_stage(None).0, CharterKind::Operational);
    assert_eq!(
        charter_for_stage(Some(MaturityStage::Effective)).0,
        CharterKind::Operational
    );
    let (kind, why) = charter_for_stage(Some(MaturityStage::CustomerCentric));
    assert_eq!(kind, CharterKind::Strategic);
    assert!(why.contains("Customer-Centric"));
}

#[test]
fn charter_edits_go_through_apply_and_undo_as_one_step_per_field() {
    let mut d = Document::new(ModelId("team-0001".into()), "Team Co", Timestamp(1));
    assert!(d.apply(Msg::Ops(OpsMsg::Charter(CharterEdit::Driver(
        Driver::CustomerCentricity,
        true
    )))));
    assert!(d.apply(Msg::Ops(OpsMsg::Charter(CharterEdit::Driver(
        Driver::Accountability,
        true
    )))));
    assert!(!d.apply(Msg::Ops(OpsMsg::Charter(CharterEdit::Driver(
        Driver::Accountability,
        true
    )))));
    assert_eq!(
        d.operations.team.charter.drivers,
        [Driver::Accountability, Driver::CustomerCentricity]
    );
    assert!(d.apply(Msg::Ops(OpsMsg::Charter(CharterEdit::Scope(
        CharterScope::CustomerFacing
    )))));
    assert_eq!(
        read_charter(&d.operations.team.charter.effective_text())
            .unwrap()
            .kind,
        CharterKind::Strategic
    );
    assert!(d.apply(Msg::Ops(OpsMsg::Charter(CharterEdit::Driver(
        Driver::Accountability,
        false
    )))));
    assert_eq!(
        read_charter(&d.operations.team.charter.effective_text())
            .unwrap()
            .kind,
        CharterKind::Operational
    );
}
