//! A client's reply at the consultant's end: the same reply twice, a newer one, an older one,
//! and what the consultant's report of an assessment-only reply holds.
#![cfg(not(target_arch = "wasm32"))]

use marketing_os::content::assessment::stored_name;
use marketing_os::content::report::{build, invited_gaps, offered, page_part, Of};
use marketing_os::domain::assessment::{Confidence, Dimension, MaturityStage};
use marketing_os::domain::diff::Area;
use marketing_os::domain::invitation::{Invitation, Modules};
use marketing_os::domain::mapping::Presence;
use marketing_os::domain::msg::AssessMsg;
use marketing_os::domain::reply::{arrival, previous_reply, take_newer, Arrival};
use marketing_os::domain::{Document, ModelId, Msg, Timestamp};

const DAY: u64 = 86_400_000;
const SENT: Timestamp = Timestamp(1_795_000_000_000);

/// A prospect's model from an assessment-only invitation, with two areas answered.
fn reply() -> Document {
    let mut d = Document::new(ModelId("m-ledgerline".into()), "Ledgerline", SENT);
    d.invitation = Some(Invitation {
        id: "inv-1".into(),
        consultant: "Dana Reyes".into(),
        prospect: "Ledgerline".into(),
        modules: Modules::Assessment,
        ..Invitation::default()
    });
    d.apply(Msg::Assess(AssessMsg::SetStage(
        Dimension::CharterRole,
        Some(MaturityStage::Efficient),
    )));
    d.apply(Msg::Assess(AssessMsg::SetStage(
        Dimension::Processes,
        Some(MaturityStage::Effective),
    )));
    d.apply(Msg::Assess(AssessMsg::SetEvidence(
        Dimension::Processes,
        "A RACI for every launch".into(),
    )));
    d.apply(Msg::Assess(AssessMsg::SetConfidence(
        Dimension::Processes,
        Confidence::High,
    )));
    d.updated_at = SENT;
    d
}

/// The reply as the consultant's workspace keeps it.
fn received(mut d: Document, at: Timestamp) -> Document {
    d.received_at = Some(at);
    d
}

#[test]
fn a_reply_not_here_is_new() {
    assert_eq!(arrival(None, &reply()), Arrival::New);
}

#[test]
fn the_same_reply_twice_is_recognised() {
    let stored = received(reply(), Timestamp(SENT.0 + DAY));
    // Sent again as a fresh link: same model, same answers.
    assert_eq!(
        arrival(Some(&stored), &reply()),
        Arrival::Same {
            received: Timestamp(SENT.0 + DAY)
        }
    );
}

#[test]
fn a_model_with_the_id_that_is_not_a_reply_asks_first() {
    let mine = reply();
    let mut other = reply();
    other.apply(Msg::Assess(AssessMsg::SetStage(
        Dimension::Processes,
        Some(MaturityStage::Efficient),
    )));
    assert_eq!(arrival(Some(&mine), &other), Arrival::NotAReply);
}

#[test]
fn a_newer_reply_updates_the_model_and_keeps_the_earlier_as_a_version() {
    let first_in = Timestamp(SENT.0 + DAY);
    let stored = received(reply(), first_in);
    let mut newer = reply();
    newer.apply(Msg::Assess(AssessMsg::SetStage(
        Dimension::CharterRole,
        Some(MaturityStage::Effective),
    )));
    newer.updated_at = Timestamp(SENT.0 + 3 * DAY);

    let Arrival::Newer { received } = arrival(Some(&stored), &newer) else {
        panic!("a changed reply sent later is newer");
    };
    let changes = marketing_os::domain::reply::changes(&stored, &newer, stored_name);
    assert_eq!(received, first_in);
    // What changed names the assessment and the new stage.
    assert!(!changes.is_empty());
    assert!(changes.iter().all(|c| c.area == Area::Assessment));
    assert!(changes
        .iter()
        .any(|c| c.after.contains("effective") || c.after.contains("Effective")));

    let now = Timestamp(SENT.0 + 4 * DAY);
    let updated = take_newer(&stored, newer.clone(), now);
    assert_eq!(updated.id, stored.id);
    assert_eq!(updated.received_at, Some(now));
    assert_eq!(updated.assessment, newer.assessment);
    let kept = previous_reply(&updated).expect("the earlier reply is a version");
    assert_eq!(kept.at, first_in);
    assert!(kept.name.contains(&first_in.date_iso()), "{}", kept.name);
    assert_eq!(kept.snapshot.assessment, stored.assessment);

    // A third reply keeps both earlier ones, and the latest of them is the one before it.
    let mut third = newer.clone();
    third.apply(Msg::Assess(AssessMsg::SetStage(
        Dimension::Processes,
        Some(MaturityStage::CustomerCentric),
    )));
    third.updated_at = Timestamp(SENT.0 + 5 * DAY);
    let later = Timestamp(SENT.0 + 6 * DAY);
    let again = take_newer(&updated, third, later);
    assert_eq!(again.versions.len(), 2);
    assert_eq!(previous_reply(&again).unwrap().at, now);
    let ids: std::collections::HashSet<_> = again.versions.iter().map(|v| v.id).collect();
    assert_eq!(ids.len(), 2, "version ids never collide");
}

#[test]
fn an_older_reply_changes_nothing() {
    let mut stored = received(reply(), Timestamp(SENT.0 + DAY));
    stored.apply(Msg::Assess(AssessMsg::SetStage(
        Dimension::CharterRole,
        Some(MaturityStage::Effective),
    )));
    stored.updated_at = Timestamp(SENT.0 + 2 * DAY);
    assert_eq!(
        arrival(Some(&stored), &reply()),
        Arrival::Older {
            received: Timestamp(SENT.0 + DAY)
        }
    );
}

#[test]
fn an_assessment_only_model_is_never_sent_to_a_stage() {
    let mut d = reply();
    d.apply(Msg::Assess(AssessMsg::SetFitness(
        "accountable".into(),
        Presence::No,
    )));
    assert!(offered(&d, page_part("assessment#health")));
    assert!(!offered(&d, page_part("operations#raci")));
    assert!(!offered(&d, page_part("mapping#map")));
    assert!(!offered(&d, page_part("dialogue")));
    assert!(!offered(&d, page_part("team")));
    // Its gaps are the assessment's and the diagnostics' only.
    let gaps = invited_gaps(&d, SENT);
    assert!(!gaps.is_empty());
    // A maturity gap whose work lies in a stage is listed, without the way into the stage.
    assert!(
        gaps.iter().any(|g| !offered(&d, g.target.part())),
        "{gaps:?}"
    );
    assert!(gaps.iter().all(|g| !matches!(
        g.area,
        marketing_os::domain::gaps::GapArea::Market
            | marketing_os::domain::gaps::GapArea::Team
            | marketing_os::domain::gaps::GapArea::Operations
    )));
    // A model of one's own is offered everything.
    let mut own = reply();
    own.invitation = None;
    assert!(offered(&own, page_part("operations#raci")));
}

#[test]
fn the_report_of_a_reply_holds_the_whole_assessment_and_no_empty_stage() {
    let mut d = received(reply(), Timestamp(SENT.0 + DAY));
    for m in [
        AssessMsg::SetCapability("exec.projects".into(), true),
        AssessMsg::SetDriver("accountability".into(), Presence::Partly),
        AssessMsg::SetSign("two_lists".into(), true),
        AssessMsg::SetFitness("scalable".into(), Presence::No),
        AssessMsg::SetCadenceKept("kpis".into(), true),
    ] {
        assert!(d.apply(Msg::Assess(m)));
    }
    let md = build(&d, SENT, &Of::Current).markdown();
    for text in [
        "A RACI for every launch",
        "Very sure",
        "Manage projects",
        "Accountability",
        "Two people in the team would name two different lists of top KPIs.",
        "consistent and repeatable enough to scale",
        "The KPI set",
    ] {
        assert!(md.contains(text), "the report lacks {text:?}:\n{md}");
    }
    for stage in ["Stage 1", "Stage 2", "Stage 3"] {
        assert!(
            !md.contains(&format!("## {stage}")),
            "an empty {stage} is reported"
        );
    }
}

#[test]
fn a_reply_carries_only_what_was_asked_and_fits_an_email() {
    use marketing_os::domain::reply::trimmed;
    use marketing_os::persist::link::{link, model_json, to_fragment, LinkKind};
    let mut d = reply();
    for dim in Dimension::ALL {
        d.apply(Msg::Assess(AssessMsg::SetStage(
            dim,
            Some(MaturityStage::Effective),
        )));
        d.apply(Msg::Assess(AssessMsg::SetEvidence(
            dim,
            format!("A dashboard the board reads for {dim:?}"),
        )));
        d.apply(Msg::Assess(AssessMsg::SetConfidence(
            dim,
            Confidence::Medium,
        )));
    }
    let kept = trimmed(d.clone());
    // No stage it was not invited to: the seeded constituents stay behind.
    assert!(kept.dialogue.constituents.is_empty());
    assert_eq!(kept.assessment, d.assessment);
    // The reply by link and the same reply by file (every part) are one reply.
    let stored = received(kept.clone(), Timestamp(SENT.0 + DAY));
    assert!(matches!(arrival(Some(&stored), &d), Arrival::Same { .. }));
    // A whole assessment's reply link fits the 2,000 characters an email carries.
    let json = model_json(&kept, SENT);
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(json.as_bytes(), 9);
    let address = link(
        "https://mos.example.org",
        LinkKind::Reply,
        &to_fragment(&packed),
    );
    eprintln!("reply link: {} characters", address.len());
    assert!(address.len() <= 2_000, "{} characters", address.len());
    let full = miniz_oxide::deflate::compress_to_vec_zlib(model_json(&d, SENT).as_bytes(), 9);
    assert!(packed.len() < full.len());
}

#[test]
fn an_answer_given_for_the_first_time_shows_what_it_says() {
    let stored = received(reply(), Timestamp(SENT.0 + DAY));
    let mut newer = reply();
    newer.apply(Msg::Assess(AssessMsg::SetStage(
        Dimension::GoToMarketFocus,
        Some(MaturityStage::Efficient),
    )));
    newer.updated_at = Timestamp(SENT.0 + 2 * DAY);
    assert!(matches!(
        arrival(Some(&stored), &newer),
        Arrival::Newer { .. }
    ));
    let changes = marketing_os::domain::reply::changes(&stored, &newer, stored_name);
    let rows: Vec<_> = changes
        .iter()
        .map(|c| (c.what.as_str(), c.before.as_str(), c.after.as_str()))
        .collect();
    // One row, the stage, with the new answer in it: no rows for untouched fields. The area
    // and the stage are named as the assessment page names them, not by their stored keys.
    assert_eq!(
        rows,
        [("Answers · Go-to-market focus · stage", "—", "Efficient")]
    );
}

/// What changed reads as the assessment page does: checklist items, drivers, signs and
/// fitness questions by their words, never by the keys they are stored under.
#[test]
fn changes_name_checklist_items_as_the_page_does() {
    let stored = received(reply(), Timestamp(SENT.0 + DAY));
    let mut newer = reply();
    for msg in [
        AssessMsg::SetCapability("exec.projects".into(), true),
        AssessMsg::SetDriver("accountability".into(), Presence::Partly),
        AssessMsg::SetSign("two_lists".into(), true),
        AssessMsg::SetFitness("efficient".into(), Presence::No),
    ] {
        newer.apply(Msg::Assess(msg));
    }
    let rows: Vec<String> = marketing_os::domain::reply::changes(&stored, &newer, stored_name)
        .iter()
        .map(|c| format!("{} | {} | {}", c.what, c.before, c.after))
        .collect();
    let text = rows.join("\n");
    assert!(text.contains("Capabilities |  | Manage projects"), "{text}");
    assert!(text.contains("Drivers · Accountability"), "{text}");
    assert!(
        text.contains("Signs |  | Two people in the team would name two different lists"),
        "{text}"
    );
    // "efficient" is a fitness question here, not the stage of the same stored name.
    assert!(
        text.contains("Fitness · Has the team reached efficient execution"),
        "{text}"
    );
    for key in [
        "exec.projects",
        "two_lists",
        "accountability ",
        "efficient |",
    ] {
        assert!(!text.contains(key), "{key} shown as stored in:\n{text}");
    }
}

/// A half-answered assessment with nothing wrong found yet is not given a clean bill of
/// health: the report says nothing was found *yet*, in what is filled in.
#[test]
fn no_gaps_in_a_half_answered_model_reads_as_not_yet() {
    let mut d = Document::new(ModelId("m-early".into()), "Early Co", SENT);
    d.invitation = reply().invitation;
    d.apply(Msg::Assess(AssessMsg::SetStage(
        Dimension::MetricsReporting,
        Some(MaturityStage::NextGeneration),
    )));
    d.apply(Msg::Assess(AssessMsg::SetEvidence(
        Dimension::MetricsReporting,
        "The weekly scorecard".into(),
    )));
    let md = build(&d, SENT, &Of::Current).markdown();
    assert!(
        md.contains("No gaps found yet in what is filled in"),
        "the report reads:\n{md}"
    );
    assert!(!md.contains("0 gaps"), "the report reads:\n{md}");
}
