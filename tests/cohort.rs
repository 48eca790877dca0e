//! The consultant's cohort: clients counted once per company, stages as the assessment counts
//! them, medians in stage words, one client against the others, and where a team disagrees.
#![cfg(not(target_arch = "wasm32"))]

use marketing_os::domain::assessment::{Dimension, MaturityStage};
use marketing_os::domain::cohort::{
    clients, company_key, range_words, stage_words, standings, team_csv, Client, Position, TeamRow,
};
use marketing_os::domain::invitation::Invitation;
use marketing_os::domain::{Document, ModelId, Msg, Timestamp};

use Dimension::*;
use MaturityStage::*;

const NOW: Timestamp = Timestamp(1_795_000_000_000);

/// A reply to invitation `inv` for `company` from `who`, received `order` minutes after NOW,
/// each stage claimed with evidence (so it counts in full).
fn reply(
    id: &str,
    inv: &str,
    company: &str,
    who: &str,
    order: u64,
    stages: &[(Dimension, MaturityStage)],
) -> Document {
    let mut d = Document::new(ModelId(id.into()), company, NOW);
    for (dim, stage) in stages {
        d.apply(Msg::SetStage(*dim, Some(*stage)));
        d.apply(Msg::SetEvidence(*dim, "The dashboard".into()));
    }
    d.invitation = Some(Invitation {
        id: inv.into(),
        prospect: company.into(),
        ..Invitation::default()
    });
    d.respondent = who.into();
    d.received_at = Some(Timestamp(NOW.0 + order * 60_000));
    d
}

#[test]
fn stages_read_as_words_never_as_numbers() {
    assert_eq!(stage_words(0.0), "Unaware");
    assert_eq!(stage_words(2.0), "Effective");
    assert_eq!(stage_words(0.5), "between Unaware and Efficient");
    assert_eq!(stage_words(2.25), "between Effective and Customer-Centric");
    assert_eq!(stage_words(4.0), "Next Generation");
    assert_eq!(range_words(1.0, 3.0), "Efficient to Customer-Centric");
    assert_eq!(range_words(2.0, 2.0), "Effective");
}

#[test]
fn a_company_is_one_client_however_it_is_written_and_however_many_replied() {
    let docs = vec![
        reply(
            "a1",
            "inv-a",
            "Acme Analytics",
            "Ann",
            1,
            &[(TeamLeadership, Efficient)],
        ),
        reply(
            "b1",
            "inv-b",
            "Beta Corp",
            "",
            2,
            &[(TeamLeadership, NextGeneration)],
        ),
        reply(
            "a2",
            "inv-a",
            "acme  analytics ",
            "",
            3,
            &[(TeamLeadership, CustomerCentric)],
        ),
        reply(
            "a3",
            "inv-a2",
            "ACME Analytics",
            "Ann",
            4,
            &[(TeamLeadership, Effective), (Processes, Unaware)],
        ),
    ];
    assert_eq!(
        company_key(" Acme  Analytics"),
        company_key("acmeANALYTICS")
    );
    let cs = clients(&docs);
    assert_eq!(cs.len(), 2);
    let acme = &cs[0];
    assert_eq!(acme.name, "Acme Analytics");
    // In the order received; an empty name becomes "Colleague N", a repeated one is numbered.
    let names: Vec<&str> = acme.colleagues.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["Ann", "Colleague 2", "Ann (2)"]);
    // The company's position is the median of its colleagues' stages: 1, 3, 2 → 2.
    assert_eq!(acme.score(TeamLeadership), Some(2.0));
    assert_eq!(acme.score(Processes), Some(0.0));
    assert!(acme.answers("inv-a2") && !acme.answers("inv-b"));
    // A team has no single overall stage; one reply does.
    assert_eq!(acme.stage(), None);
    assert_eq!(cs[1].colleagues[0].name, "Colleague 1");
    assert_eq!(cs[1].stage(), Some(NextGeneration));
}

#[test]
fn a_client_is_placed_by_the_stage_the_assessment_counts_not_the_one_claimed() {
    let mut d = Document::new(ModelId("c1".into()), "Claims Co", NOW);
    // Customer-Centric with no evidence counts as Effective; Efficient needs none.
    d.apply(Msg::SetStage(MetricsReporting, Some(CustomerCentric)));
    d.apply(Msg::SetStage(Processes, Some(Efficient)));
    // "Between" counts as the lower stage.
    d.apply(Msg::SetStage(DataInsights, Some(Effective)));
    d.apply(Msg::SetEvidence(DataInsights, "Attribution report".into()));
    d.apply(Msg::Assess(
        marketing_os::domain::maturity::AssessMsg::SetBetween(DataInsights, true),
    ));
    let c = Client::of(&d);
    assert_eq!(c.score(MetricsReporting), Some(2.0));
    assert_eq!(c.score(Processes), Some(1.0));
    assert_eq!(c.score(DataInsights), Some(2.0));
}

#[test]
fn one_client_against_the_others_uses_the_others_median() {
    let docs = vec![
        reply(
            "a",
            "i1",
            "Acme",
            "",
            1,
            &[(TeamLeadership, CustomerCentric), (Processes, Efficient)],
        ),
        reply(
            "b",
            "i2",
            "Beta",
            "",
            2,
            &[(TeamLeadership, Efficient), (Processes, Efficient)],
        ),
        reply("c", "i3", "Cyan", "", 3, &[(TeamLeadership, Effective)]),
        reply("d", "i4", "Dune", "", 4, &[(CharterRole, Effective)]),
    ];
    let cs = clients(&docs);
    let s = standings(&cs, &company_key("Acme"));
    assert_eq!(s.len(), 2);
    // Others 1 and 2: median 1.5, "between Efficient and Effective"; Acme at 3 is above.
    assert_eq!(s[0].dimension, TeamLeadership);
    assert_eq!(s[0].against, Some((1.5, Position::Above)));
    assert_eq!(s[1].against, Some((1.0, Position::AtMedian)));
    // A dimension nobody else answered has nothing to stand against.
    let dune = standings(&cs, &company_key("Dune"));
    assert_eq!(dune[0].against, None);
    assert!(standings(&cs, "nobody").is_empty());
}

#[test]
fn a_team_view_flags_answers_two_stages_apart() {
    let docs = vec![
        reply(
            "x1",
            "inv",
            "Acme",
            "Ann",
            1,
            &[
                (TeamLeadership, Efficient),
                (CharterRole, Effective),
                (Processes, Unaware),
            ],
        ),
        reply(
            "x2",
            "inv",
            "Acme",
            "Bo",
            2,
            &[
                (TeamLeadership, CustomerCentric),
                (CharterRole, CustomerCentric),
            ],
        ),
        reply(
            "x3",
            "inv",
            "Acme",
            "",
            3,
            &[(TeamLeadership, Effective), (CharterRole, Effective)],
        ),
    ];
    let acme = &clients(&docs)[0];
    let rows = TeamRow::all(acme);
    assert_eq!(rows.len(), 7);
    let team = &rows[0];
    assert_eq!(
        team.stages,
        vec![Some(Efficient), Some(CustomerCentric), Some(Effective)]
    );
    assert_eq!(team.spread(), Some((Efficient, CustomerCentric)));
    assert_eq!(team.gap(), 2);
    assert!(team.to_talk_about());
    assert_eq!(team.spread_words(), "Efficient to Customer-Centric");
    let charter = rows.iter().find(|r| r.dimension == CharterRole).unwrap();
    assert!(!charter.to_talk_about());
    // One answer alone is no disagreement; no answer is none either.
    let process = rows.iter().find(|r| r.dimension == Processes).unwrap();
    assert_eq!(
        (process.gap(), process.answered(), process.spread_words()),
        (0, 1, "One answer: Unaware".to_string())
    );
    assert_eq!(charter.spread_words(), "Effective to Customer-Centric");
    let agreed = TeamRow {
        dimension: CharterRole,
        stages: vec![Some(Effective), None, Some(Effective)],
    };
    // Agreement among those who answered is not said of everyone.
    assert_eq!(
        (agreed.answered(), agreed.spread_words()),
        (2, "The 2 who answered: Effective".to_string())
    );
    let everyone = TeamRow {
        dimension: CharterRole,
        stages: vec![Some(Effective), Some(Effective)],
    };
    assert_eq!(everyone.spread_words(), "All at Effective");
    let data = rows.iter().find(|r| r.dimension == DataInsights).unwrap();
    assert_eq!(data.spread_words(), "Not answered");

    let csv = team_csv(acme);
    assert!(csv.starts_with('\u{feff}'));
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(
        lines[0],
        "Dimension,Ann,Bo,Colleague 3,Spread,Stages apart,A conversation to have"
    );
    assert_eq!(
        lines[1],
        "Operations team and leadership,Efficient,Customer-Centric,Effective,Efficient to Customer-Centric,2,Yes"
    );
    assert_eq!(lines.len(), 9);
}
