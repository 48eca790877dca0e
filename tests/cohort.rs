//! The consultant's cohort: clients counted once per company, stages as the assessment counts
//! them, medians in stage words, one client against the others, and where a team disagrees.
#![cfg(not(target_arch = "wasm32"))]

use marketing_os::content::cohort::{cohort_csv, range_words, stage_words, team_csv};
use marketing_os::domain::assessment::{Dimension, MaturityStage};
use marketing_os::domain::cohort::{clients, company_key, standings, Client, Position, TeamRow};
use marketing_os::domain::invitation::Invitation;
use marketing_os::domain::maturity::outcome;
use marketing_os::domain::msg::AssessMsg;
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
        d.apply(Msg::Assess(AssessMsg::SetStage(*dim, Some(*stage))));
        d.apply(Msg::Assess(AssessMsg::SetEvidence(
            *dim,
            "The dashboard".into(),
        )));
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
    // A team's overall stage comes from its medians (2 and 0): most areas reach only Unaware.
    assert_eq!(acme.stage(), Some(Unaware));
    // The spread stays in sight where the company is placed.
    assert_eq!(
        acme.position_words(TeamLeadership).as_deref(),
        Some("median Effective, 3 colleagues from Efficient to Customer-Centric")
    );
    assert_eq!(
        acme.position_words(Processes).as_deref(),
        Some("Unaware, only 1 of 3 colleagues answered")
    );
    assert_eq!(
        acme.range(TeamLeadership),
        Some((Efficient, CustomerCentric, 3))
    );
    assert_eq!(cs[1].colleagues[0].name, "Colleague 1");
    assert_eq!(cs[1].stage(), Some(NextGeneration));
}

#[test]
fn a_client_is_placed_by_the_stage_the_assessment_counts_not_the_one_claimed() {
    let mut d = Document::new(ModelId("c1".into()), "Claims Co", NOW);
    // Customer-Centric with no evidence counts as Effective; Efficient needs none.
    d.apply(Msg::Assess(AssessMsg::SetStage(
        MetricsReporting,
        Some(CustomerCentric),
    )));
    d.apply(Msg::Assess(AssessMsg::SetStage(Processes, Some(Efficient))));
    // "Between" counts as the lower stage.
    d.apply(Msg::Assess(AssessMsg::SetStage(
        DataInsights,
        Some(Effective),
    )));
    d.apply(Msg::Assess(AssessMsg::SetEvidence(
        DataInsights,
        "Attribution report".into(),
    )));
    d.apply(Msg::Assess(
        marketing_os::domain::msg::AssessMsg::SetBetween(DataInsights, true),
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

    let csv = team_csv(acme, Timestamp(NOW.0 + 86_400_000));
    assert!(csv.starts_with('\u{feff}'));
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(
        lines[0],
        "Company,Exported on,Dimension,Ann,Bo,Colleague 3,Spread,Stages apart,What to do"
    );
    assert_eq!(
        lines[1],
        "Acme,2026-11-19,Operations team and leadership,Efficient,Customer-Centric,Effective,Efficient to Customer-Centric,2,Talk it through: 2 stages apart"
    );
    // Each answer says what it calls for, in the same words as the page.
    assert!(lines.contains(
        &"Acme,2026-11-19,Charter and cross-functional role,Effective,Customer-Centric,Effective,\
          Effective to Customer-Centric,1,Nothing urgent: 1 stage apart"
    ));
    let verdicts: Vec<String> = [
        vec![Some(Effective), Some(Effective)],
        vec![Some(Effective), None],
        vec![None, None],
    ]
    .into_iter()
    .map(|stages| {
        TeamRow {
            dimension: CharterRole,
            stages,
        }
        .verdict()
    })
    .collect();
    assert_eq!(
        verdicts,
        [
            "Nothing: the answers agree",
            "Wait for a second answer",
            "Nothing yet: nobody answered"
        ]
    );
    assert_eq!(lines.len(), 9);
}

#[test]
fn a_team_gets_an_overall_stage_by_the_same_rule_as_one_reply() {
    // One reply: the cohort's overall stage is the assessment's own.
    let mut one = reply(
        "s1",
        "i",
        "Solo",
        "",
        1,
        &[
            (TeamLeadership, Effective),
            (GoToMarketFocus, Effective),
            (MartechStack, CustomerCentric),
            (MetricsReporting, Unaware),
        ],
    );
    one.apply(Msg::Assess(AssessMsg::SetEvidence(
        MartechStack,
        String::new(),
    )));
    let solo = Client::of(&one);
    assert_eq!(solo.stage(), outcome(&one.assessment).stage);
    assert_eq!(solo.stage(), Some(Efficient));
    assert_eq!(
        solo.overall_words().as_deref(),
        Some("overall Efficient, 4 of 7 areas answered")
    );

    // A team: the rule runs over the medians (Effective ×3, Unaware), and Metrics at Unaware,
    // two stages below Effective, holds the team one lower.
    let team = [
        ("Ann", [Effective, Effective, Effective, Unaware]),
        ("Bo", [CustomerCentric, Efficient, Effective, Unaware]),
        ("Cy", [Effective, Effective, NextGeneration, Efficient]),
    ];
    let docs: Vec<Document> = team
        .iter()
        .enumerate()
        .map(|(i, (who, s))| {
            let dims = [
                TeamLeadership,
                GoToMarketFocus,
                MartechStack,
                MetricsReporting,
            ];
            let stages: Vec<_> = dims.into_iter().zip(s.iter().copied()).collect();
            reply(&format!("t{i}"), "inv", "Team Co", who, i as u64, &stages)
        })
        .collect();
    let c = &clients(&docs)[0];
    let o = c.overall().unwrap();
    assert_eq!(
        (o.base, o.stage, o.reach, o.answered),
        (Effective, Efficient, 3, 4)
    );
    assert_eq!(o.capped_by, vec![MetricsReporting]);
    assert_eq!(
        c.overall_words().unwrap(),
        "overall Efficient, 4 of 7 areas answered. Reached by the assessment's own rule, \
         applied to the median of the 3 colleagues' answers in each area (a median between two \
         stages counts as the lower): 3 of the 4 areas reach Effective or above, but Metrics and \
         reporting sits two or more stages lower, which holds the team at Efficient."
    );

    // Two colleagues between two stages: the median counts as the lower, as "between" does.
    let pair = vec![
        reply("p1", "i", "Pair", "A", 1, &[(TeamLeadership, Efficient)]),
        reply("p2", "i", "Pair", "B", 2, &[(TeamLeadership, Effective)]),
    ];
    let p = &clients(&pair)[0];
    assert_eq!(p.score(TeamLeadership), Some(1.5));
    assert_eq!(p.stage(), Some(Efficient));
    assert!(p
        .overall_words()
        .unwrap()
        .ends_with(": 1 of the 1 area reaches Efficient or above, so the team is at Efficient."));
}

#[test]
fn the_cohort_downloads_as_one_line_per_client_per_dimension() {
    let docs = vec![
        reply(
            "a1",
            "inv-a",
            "Acme, Inc.",
            "Ann",
            1,
            &[(TeamLeadership, Efficient)],
        ),
        reply(
            "a2",
            "inv-a",
            "Acme, Inc.",
            "Bo",
            60 * 24 * 2,
            &[(TeamLeadership, Effective), (CharterRole, Effective)],
        ),
        reply("b1", "inv-b", "Beta", "", 5, &[(TeamLeadership, Unaware)]),
    ];
    let csv = cohort_csv(&clients(&docs));
    assert!(csv.starts_with('\u{feff}'));
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').split("\r\n").collect();
    assert_eq!(
        lines[0],
        "Company,Replies,First reply,Latest reply,Overall stage,Dimension,Stage counted (a team's median),\
         Stage as a number (0 Unaware to 4 Next Generation),Lowest answer,Highest answer,Colleagues answering"
    );
    // Seven lines per client and a last empty one after the final line end.
    assert_eq!(lines.len(), 1 + 7 * 2 + 1);
    // The company is quoted for its comma; each reply's date; a median between two stages in
    // words and as a number.
    assert_eq!(
        lines[1],
        "\"Acme, Inc.\",2,2026-11-18,2026-11-20,Efficient,Operations team and leadership,\
         Between Efficient and Effective,1.5,Efficient,Effective,2"
    );
    assert!(lines.contains(
        &"\"Acme, Inc.\",2,2026-11-18,2026-11-20,Efficient,Go-to-market focus,Not answered,,,,0"
    ));
    assert!(lines.contains(
        &"Beta,1,2026-11-18,2026-11-18,Unaware,Operations team and leadership,Unaware,0,Unaware,Unaware,1"
    ));
}

/// A company or colleague named with a leading tab or carriage return before a formula (a
/// reply can carry any name) is written to the cohort and team CSVs as text.
#[test]
fn cohort_and_team_csvs_write_a_leading_tab_or_carriage_return_as_text() {
    use marketing_os::domain::csv::FORMULA_STARTS;
    let docs = vec![
        reply(
            "a1",
            "inv-a",
            "\t=cmd|' /C calc'!A0",
            "\r@SUM(1+1)",
            1,
            &[(TeamLeadership, Efficient)],
        ),
        reply(
            "a2",
            "inv-a",
            "\t=cmd|' /C calc'!A0",
            "\t+1",
            2,
            &[(TeamLeadership, Effective)],
        ),
    ];
    let all = clients(&docs);
    for (what, csv) in [
        ("cohort", cohort_csv(&all)),
        ("team", team_csv(&all[0], NOW)),
    ] {
        // Cells as a spreadsheet splits them (no field here holds a comma or a quote).
        let text = csv.trim_start_matches('\u{feff}');
        for line in text.split("\r\n").filter(|l| !l.is_empty()) {
            for cell in line.split(',') {
                let cell = cell.strip_prefix('"').unwrap_or(cell);
                assert!(
                    !cell.starts_with(FORMULA_STARTS),
                    "{what}: {cell:?} runs as a formula"
                );
            }
        }
        assert!(text.contains("=cmd|"), "{what} names the company");
    }
}
