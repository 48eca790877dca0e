//! Sharing with no server: the link codec, invitations and the cohort figures.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::sample_doc;
use marketing_os::content::invitation::problems;
use marketing_os::domain::assessment::{Dimension, MaturityStage};
use marketing_os::domain::cohort::{median, spreads, Client, Position};
use marketing_os::domain::dialogue::Side;
use marketing_os::domain::invitation::{contact_link, Invitation, Modules};
use marketing_os::domain::mapping::{Direction, Scope};
use marketing_os::domain::msg::{AssessMsg, DialogueMsg, MappingMsg, ModelMsg, OpsMsg};
use marketing_os::domain::progress::Part;
use marketing_os::domain::{Document, ModelId, Msg, Timestamp};
use marketing_os::persist::link::{
    base64url_decode, base64url_encode, from_fragment, invitation_json, link, load_invitation,
    load_model, model_json, to_fragment, LinkError, LinkKind, CODEC, SAFE_LENGTH,
};
use marketing_os::persist::LoadError;
use miniz_oxide::deflate::compress_to_vec_zlib;
use miniz_oxide::inflate::decompress_to_vec_zlib;
use proptest::prelude::*;

const NOW: Timestamp = Timestamp(1_795_000_000_000);

/// What the browser does on the way out: zlib deflate, then the fragment.
fn fragment_of(json: &str) -> String {
    to_fragment(&compress_to_vec_zlib(json.as_bytes(), 9))
}

/// And on the way in: the fragment, then inflate (a failure is damage, as in the browser).
fn open_fragment(fragment: &str) -> Result<Vec<u8>, LinkError> {
    let compressed = from_fragment(fragment)?;
    decompress_to_vec_zlib(&compressed).map_err(|_| LinkError::Damaged)
}

fn invitation() -> Invitation {
    Invitation {
        id: "inv-7k2q".into(),
        consultant: "Dana Reyes".into(),
        organisation: "Northbeam Advisory".into(),
        contact: "dana@northbeam.example".into(),
        accent: "#0b6e4f".into(),
        prospect: "Acme Analytics".into(),
        welcome: "Thanks for taking the time.\nIt takes about twenty minutes.".into(),
        modules: Modules::Assessment,
        created_at: NOW,
        ..Invitation::default()
    }
}

#[test]
fn base64url_round_trips_every_length_and_rejects_bad_characters() {
    for n in 0..70u8 {
        let bytes: Vec<u8> = (0..n)
            .map(|i| i.wrapping_mul(37).wrapping_add(200))
            .collect();
        let text = base64url_encode(&bytes);
        assert!(text
            .bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
        assert_eq!(base64url_decode(&text).unwrap(), bytes);
    }
    assert_eq!(base64url_encode(b"Man"), "TWFu");
    assert_eq!(base64url_encode(&[0xfb, 0xff]), "-_8");
    assert_eq!(
        base64url_decode("TW!u"),
        Err(LinkError::BadCharacter { at: 3 })
    );
    // One character left over cannot be a byte: the link was cut.
    assert_eq!(base64url_decode("TWFuT"), Err(LinkError::Damaged));
}

#[test]
fn a_model_link_round_trips_and_names_its_codec() {
    let doc = sample_doc();
    let fragment = fragment_of(&model_json(&doc, NOW));
    assert!(fragment.starts_with(&format!("{CODEC}.")));
    let url = link("http://127.0.0.1:8080/", LinkKind::View, &fragment);
    assert!(url.starts_with("http://127.0.0.1:8080/view#1."));
    let back = load_model(&open_fragment(&format!("#{fragment}")).unwrap()).unwrap();
    assert_eq!(back, doc);
}

#[test]
fn damaged_links_get_specific_errors() {
    let fragment = fragment_of(&model_json(&sample_doc(), NOW));
    assert_eq!(open_fragment(""), Err(LinkError::Empty));
    assert_eq!(open_fragment("#"), Err(LinkError::Empty));
    assert_eq!(open_fragment("1."), Err(LinkError::Empty));
    assert_eq!(open_fragment("hello"), Err(LinkError::NotALink));
    assert_eq!(open_fragment("x.abc"), Err(LinkError::NotALink));
    assert_eq!(
        open_fragment("2.abcd"),
        Err(LinkError::NewerCodec { found: 2 })
    );
    // Cut short, as a mail tool would.
    let cut = &fragment[..fragment.len() * 2 / 3];
    assert_eq!(open_fragment(cut), Err(LinkError::Damaged));
    // One character altered: zlib's checksum (or the deflate stream) catches it.
    let mut altered = fragment.clone().into_bytes();
    let i = altered.len() / 2;
    altered[i] = if altered[i] == b'A' { b'B' } else { b'A' };
    let altered = String::from_utf8(altered).unwrap();
    assert!(matches!(
        open_fragment(&altered).and_then(|j| load_model(&j)),
        Err(LinkError::Damaged | LinkError::Load(_))
    ));
    // A link made of something else entirely.
    let text = fragment_of("{\"format\":\"something-else\"}");
    assert!(matches!(
        load_model(&open_fragment(&text).unwrap()),
        Err(LinkError::Load(LoadError::WrongFormat { .. }))
    ));
    let message = LinkError::Damaged.to_string();
    assert!(message.contains("incomplete or altered"), "{message}");
}

#[test]
fn links_stay_within_the_lengths_tools_carry() {
    // A model of about 10 KB and one of about 50 KB of JSON, grown with flows.
    let mut doc = Document::new(ModelId("len-0001".into()), "Length Ltd", NOW);
    let mut i = 0;
    for (target, limit) in [(10_000usize, SAFE_LENGTH), (50_000, 32_767)] {
        while model_json(&doc, NOW).len() < target {
            i += 1;
            doc.apply(Msg::Mapping(MappingMsg::AddFlow {
                name: format!("Flow {i}: monthly pipeline review for region {}", i % 7),
                direction: if i % 2 == 0 {
                    Direction::Input
                } else {
                    Direction::Output
                },
                scope: Scope::PrimaryExternal,
                owner: None,
            }));
        }
        let url = link(
            "http://127.0.0.1:8080",
            LinkKind::View,
            &fragment_of(&model_json(&doc, NOW)),
        );
        assert!(
            url.len() <= limit,
            "{target} bytes of JSON gave a link of {} characters",
            url.len()
        );
    }
}

#[test]
fn an_invitation_round_trips_and_is_not_a_model() {
    let inv = invitation();
    let json = invitation_json(&inv);
    let bytes = open_fragment(&fragment_of(&json)).unwrap();
    assert_eq!(load_invitation(&bytes).unwrap(), inv);
    assert!(matches!(
        load_model(&bytes),
        Err(LinkError::WrongKind { .. })
    ));
    let model = model_json(&sample_doc(), NOW);
    assert!(matches!(
        load_invitation(model.as_bytes()),
        Err(LinkError::WrongKind { .. })
    ));
}

#[test]
fn invitations_read_from_links_are_tidied() {
    let mut inv = invitation();
    inv.accent = "red; background:url(javascript:alert(1))".into();
    inv.consultant = "x".repeat(5_000);
    inv.id = "inv-1\"><script>".into();
    let back = load_invitation(invitation_json(&inv).as_bytes()).unwrap();
    assert_eq!(back.accent, "#1f5fa8");
    assert_eq!(back.consultant.chars().count(), 200);
    assert_eq!(back.id, "inv-1script");
}

#[test]
fn contacts_become_links_only_when_safe() {
    assert_eq!(
        contact_link("dana@northbeam.example").as_deref(),
        Some("mailto:dana@northbeam.example")
    );
    assert_eq!(
        contact_link("mailto:dana@northbeam.example").as_deref(),
        Some("mailto:dana@northbeam.example")
    );
    assert_eq!(
        contact_link("https://northbeam.example/book").as_deref(),
        Some("https://northbeam.example/book")
    );
    for bad in [
        "javascript:alert(1)",
        "JavaScript:alert(1)//@x.com",
        "data:text/html,<script>alert(1)</script>",
        "http://northbeam.example",
        "dana@northbeam.example?body=hi",
        "https://",
        "https://x.example/\"><img src=x onerror=alert(1)>",
        "call me on Tuesday",
        "",
    ] {
        assert_eq!(contact_link(bad), None, "{bad}");
    }
}

#[test]
fn the_invitation_form_names_each_problem() {
    let empty = Invitation::default();
    let p = problems(&empty);
    assert!(p.iter().any(|m| m.starts_with("Your name")));
    assert!(p.iter().any(|m| m.starts_with("Prospect's company")));
    let mut inv = invitation();
    assert!(problems(&inv).is_empty());
    inv.contact = "javascript:alert(1)".into();
    inv.accent = "blue".into();
    let p = problems(&inv);
    assert!(p.iter().any(|m| m.starts_with("Contact")));
    assert!(p.iter().any(|m| m.starts_with("Accent colour")));
}

#[test]
fn modules_choose_the_parts() {
    assert_eq!(Modules::Assessment.parts(), vec![Part::Assessment]);
    assert_eq!(
        Modules::Stages.parts(),
        vec![Part::Dialogue, Part::Mapping, Part::Operations]
    );
    assert_eq!(Modules::Everything.parts().len(), 4);
}

fn client(name: &str, stages: &[(Dimension, MaturityStage)]) -> Client {
    let mut d = Document::new(ModelId(format!("c-{name}")), name, NOW);
    for (dim, stage) in stages {
        d.apply(Msg::Assess(AssessMsg::SetStage(*dim, Some(*stage))));
        // With evidence, so each claim counts in full.
        d.apply(Msg::Assess(AssessMsg::SetEvidence(
            *dim,
            "Shown in the dashboard".into(),
        )));
    }
    Client::of(&d)
}

#[test]
fn the_cohort_gives_median_spread_and_position() {
    use Dimension::*;
    use MaturityStage::*;
    let clients = vec![
        client("A", &[(TeamLeadership, Unaware), (Processes, Effective)]),
        client("B", &[(TeamLeadership, Effective)]),
        client("C", &[(TeamLeadership, Efficient), (Processes, Efficient)]),
        client("D", &[(TeamLeadership, NextGeneration)]),
        client("E", &[]),
    ];
    let s = spreads(&clients);
    // Only answered dimensions appear, in questionnaire order.
    assert_eq!(
        s.iter().map(|x| x.dimension).collect::<Vec<_>>(),
        vec![TeamLeadership, Processes]
    );
    let team = &s[0];
    assert_eq!(team.answered, 4);
    // Scores 0, 1, 2, 4: median 1.5, lowest 0, highest 4, hinges 0.5 and 3.
    assert_eq!(team.median, 1.5);
    assert_eq!((team.lowest, team.highest), (0.0, 4.0));
    assert_eq!((team.lower_quartile, team.upper_quartile), (0.5, 3.0));
    assert_eq!(team.position(0.0), Position::Below);
    assert_eq!(team.position(4.0), Position::Above);
    let process = &s[1];
    assert_eq!((process.answered, process.median), (2, 1.5));
    assert_eq!(process.position(1.5), Position::AtMedian);
    assert_eq!(median(&[]), None);
    assert_eq!(median(&[1.0, 2.0, 3.0]), Some(2.0));
}

/// Text of every kind, including markup and the characters links and JSON escape.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,40}",
        Just("<script>alert(1)</script>".to_string()),
        Just("\"}],\\u0000 ü 🚀 #1.%20&=".to_string()),
    ]
}

fn edit() -> impl Strategy<Value = Msg> {
    prop_oneof![
        text().prop_map(|s| Msg::Model(ModelMsg::SetCompany(s))),
        (text(), any::<bool>()).prop_map(|(name, market)| Msg::Dialogue(
            DialogueMsg::AddConstituent {
                side: if market { Side::Market } else { Side::Company },
                name,
            }
        )),
        (text(), any::<bool>(), any::<bool>()).prop_map(|(name, input, primary)| Msg::Mapping(
            MappingMsg::AddFlow {
                name,
                direction: if input {
                    Direction::Input
                } else {
                    Direction::Output
                },
                scope: if primary {
                    Scope::PrimaryExternal
                } else {
                    Scope::SecondaryInternal
                },
                owner: None,
            }
        )),
        (0usize..7, 0usize..5).prop_map(|(d, s)| Msg::Assess(AssessMsg::SetStage(
            Dimension::ALL[d],
            Some(MaturityStage::from_index(s))
        ))),
        (0usize..7, text())
            .prop_map(|(d, t)| Msg::Assess(AssessMsg::SetEvidence(Dimension::ALL[d], t))),
        text().prop_map(|s| Msg::Ops(OpsMsg::SetDashboard(s))),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_model_round_trips_through_the_link_codec(
        edits in proptest::collection::vec(edit(), 0..30),
        invited in proptest::option::of((text(), text(), 0usize..3)),
    ) {
        let mut doc = Document::new(ModelId("prop-0001".into()), "Prop Co", NOW);
        for m in edits {
            doc.apply(m);
        }
        if let Some((consultant, welcome, m)) = invited {
            doc.invitation = Some(Invitation {
                id: "inv-prop".into(),
                consultant,
                welcome,
                modules: Modules::ALL[m],
                ..invitation()
            });
        }
        let back = load_model(&open_fragment(&fragment_of(&model_json(&doc, NOW))).unwrap()).unwrap();
        prop_assert_eq!(back, doc);
    }

    #[test]
    fn any_string_into_the_decoder_gives_a_model_or_a_typed_error(s in "\\PC{0,300}") {
        if let Ok(bytes) = open_fragment(&s) {
            let _ = load_model(&bytes);
            let _ = load_invitation(&bytes);
        }
    }

    #[test]
    fn any_base64url_text_decodes_without_panic(s in "[A-Za-z0-9_-]{0,400}") {
        let _ = open_fragment(&format!("1.{s}")).map(|b| load_model(&b));
    }

    #[test]
    fn any_mutation_of_a_real_link_is_caught_or_harmless(pos in 0usize..4000, c in "[A-Za-z0-9_-]", cut in 0usize..100) {
        let fragment = fragment_of(&model_json(&sample_doc(), NOW));
        let mut chars: Vec<char> = fragment.chars().collect();
        let n = chars.len();
        let at = 2 + pos % (n - 2);
        chars[at] = c.chars().next().unwrap();
        chars.truncate(n - cut.min(n - 3));
        let s: String = chars.into_iter().collect();
        if let Ok(doc) = open_fragment(&s).and_then(|b| load_model(&b)) {
            prop_assert!(doc.id.is_well_formed());
        }
    }
}
