//! The consultant's desk: invitations kept, labelled, edited, copied and archived; their
//! branding (accent contrast, the logo's checks); replies counted; the email back.
#![cfg(not(target_arch = "wasm32"))]

use marketing_os::content::invitation::{field_problems, problems, reply_email_body};
use marketing_os::domain::assessment::{Dimension, MaturityStage};
use marketing_os::domain::brand::{
    base64_encode, button_colour, contrast_with_white, is_valid_logo, logo_data_url, LOGO_MAX_BYTES,
};
use marketing_os::domain::invitation::{
    link_fits_email, Field, Invitation, Modules, EMAIL_LINK_MAX,
};
use marketing_os::domain::msg::AssessMsg;
use marketing_os::domain::{Document, ModelId, Msg, Timestamp};
use marketing_os::persist::link::{invitation_json, load_invitation};
use marketing_os::persist::sent::{answers_fingerprint, SentBook, Way, SENT_FORMAT};
use marketing_os::persist::workspace::{replies_list, replies_to, InvitationBook, ModelSummary};

const NOW: Timestamp = Timestamp(1_795_000_000_000);
const PNG: &[u8] = &[
    0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, b'I', b'H',
];
const JPEG: &[u8] = &[0xff, 0xd8, 0xff, 0xe0, 0, 16, b'J', b'F', b'I', b'F', 0, 1];
const WEBP: &[u8] = b"RIFF\x24\x00\x00\x00WEBPVP8 ";

fn invitation(id: &str, prospect: &str, at: u64) -> Invitation {
    Invitation {
        id: id.into(),
        consultant: "Dana Reyes".into(),
        organisation: "Northbeam Advisory".into(),
        contact: "dana@northbeam.example".into(),
        accent: "#0b6e4f".into(),
        prospect: prospect.into(),
        modules: Modules::Assessment,
        created_at: Timestamp(at),
        ..Invitation::default()
    }
}

#[test]
fn the_button_colour_keeps_a_dark_accent_and_darkens_a_light_one() {
    assert_eq!(button_colour("#1f5fa8"), "#1f5fa8");
    assert!(contrast_with_white("#1f5fa8").unwrap() >= 4.5);
    for light in ["#ffeb3b", "#ffffff", "#7fdbff", "#f5a623", "#00ff00"] {
        let b = button_colour(light);
        assert_ne!(b, light, "{light} is too light for white text");
        let c = contrast_with_white(&b).unwrap();
        assert!((4.5..5.5).contains(&c), "{light} became {b}, contrast {c}");
    }
    // A darkened yellow is still a yellow: red and green stay ahead of blue.
    let y = button_colour("#ffeb3b");
    let ch = |i: usize| u8::from_str_radix(&y[i..i + 2], 16).unwrap();
    assert!(ch(1) > ch(5) && ch(3) > ch(5), "{y}");
    // Not a colour: the app's own accent.
    assert_eq!(button_colour("red"), "#1f5fa8");
    assert_eq!(invitation("a", "Acme", 0).button_colour(), "#0b6e4f");
}

#[test]
fn a_picked_logo_becomes_a_data_url_only_when_it_is_a_small_image() {
    for (bytes, mime) in [
        (PNG, "image/png"),
        (JPEG, "image/jpeg"),
        (WEBP, "image/webp"),
    ] {
        let url = logo_data_url(bytes).unwrap();
        assert!(url.starts_with(&format!("data:{mime};base64,")), "{url}");
        assert!(is_valid_logo(&url));
    }
    let svg = b"<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>";
    assert!(logo_data_url(svg)
        .unwrap_err()
        .contains("PNG, JPEG or WebP"));
    let mut big = PNG.to_vec();
    big.resize(LOGO_MAX_BYTES + 1, 0);
    let err = logo_data_url(&big).unwrap_err();
    assert!(err.contains("at most 16 KB"), "{err}");
    let mut just = PNG.to_vec();
    just.resize(LOGO_MAX_BYTES, 0);
    assert!(is_valid_logo(&logo_data_url(&just).unwrap()));
}

#[test]
fn a_logo_read_from_a_link_is_dropped_unless_it_checks_out() {
    let ok = format!("data:image/png;base64,{}", base64_encode(PNG));
    let svg = format!(
        "data:image/svg+xml;base64,{}",
        base64_encode(b"<svg onload=alert(1)/>")
    );
    let html = format!(
        "data:text/html;base64,{}",
        base64_encode(b"<script>alert(1)</script>")
    );
    let wrong_magic = format!("data:image/png;base64,{}", base64_encode(JPEG));
    let gif = format!(
        "data:image/png;base64,{}",
        base64_encode(b"GIF89a\x01\x00\x01\x00")
    );
    let mut big = PNG.to_vec();
    big.resize(LOGO_MAX_BYTES + 3, 0);
    let too_big = format!("data:image/png;base64,{}", base64_encode(&big));
    let not_base64 = format!("data:image/png;base64,{}<b>", base64_encode(PNG));
    let plain = format!("data:image/png,{}", String::from_utf8_lossy(PNG));
    let quote = format!("data:image/png;base64,{}\" onerror=\"x", base64_encode(PNG));
    for bad in [
        svg.as_str(),
        html.as_str(),
        wrong_magic.as_str(),
        gif.as_str(),
        too_big.as_str(),
        not_base64.as_str(),
        plain.as_str(),
        quote.as_str(),
        "javascript:alert(1)",
        "https://example.org/logo.png",
        "data:image/png;base64,",
    ] {
        assert!(!is_valid_logo(bad), "{bad}");
        let inv = Invitation {
            logo: bad.to_string(),
            ..invitation("a", "Acme", 0)
        }
        .tidied();
        assert_eq!(inv.logo, "", "{bad}");
    }
    let inv = Invitation {
        logo: ok.clone(),
        ..invitation("a", "Acme", 0)
    }
    .tidied();
    assert_eq!(inv.logo, ok);
    // Through a link, as the prospect's browser reads it.
    let back = load_invitation(
        invitation_json(&Invitation {
            logo: svg,
            ..inv.clone()
        })
        .as_bytes(),
    )
    .unwrap();
    assert_eq!(back.logo, "");
    let back = load_invitation(invitation_json(&inv).as_bytes()).unwrap();
    assert_eq!(back.logo, ok);
}

#[test]
fn the_link_leaves_out_the_label_and_is_the_same_every_time() {
    let inv = Invitation {
        label: "Acme, the CFO".into(),
        ..invitation("a", "Acme", NOW.0)
    };
    let json = invitation_json(&inv);
    assert!(!json.contains("the CFO"));
    assert_eq!(json, invitation_json(&inv.clone()));
    assert_eq!(
        load_invitation(json.as_bytes()).unwrap(),
        inv.for_prospect()
    );
    assert_eq!(inv.title(), "Acme, the CFO");
    assert_eq!(invitation("b", "Acme", 0).title(), "Acme");
}

#[test]
fn an_assessment_only_welcome_is_a_maturity_check() {
    let inv = invitation("a", "Acme Analytics", 0);
    assert_eq!(
        inv.heading(),
        "Acme Analytics: a marketing operations maturity check"
    );
    let all = Invitation {
        modules: Modules::Everything,
        ..inv.clone()
    };
    assert_eq!(
        all.heading(),
        "Acme Analytics: your Market(ing) Operating System"
    );
    let stages = Invitation {
        modules: Modules::Stages,
        prospect: String::new(),
        ..inv
    };
    assert_eq!(
        stages.heading(),
        "Welcome: your Market(ing) Operating System"
    );
}

#[test]
fn the_email_carries_a_short_link_and_asks_for_the_file_otherwise() {
    let short = format!("https://app.example/reply#1.{}", "a".repeat(500));
    assert!(link_fits_email(&short));
    assert!(reply_email_body(&short).contains(&short));
    let long = format!("https://app.example/reply#1.{}", "a".repeat(EMAIL_LINK_MAX));
    assert!(!link_fits_email(&long));
    let body = reply_email_body(&long);
    assert!(!body.contains("reply#1"));
    assert!(body.contains("attached file"));
}

#[test]
fn the_book_edits_duplicates_archives_restores_and_deletes() {
    let mut book = InvitationBook::default();
    book.add(invitation("one", "Acme", 1_000));
    book.add(invitation("two", "Acme", 2_000));
    assert_eq!(
        book.sent.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(),
        ["two", "one"]
    );

    // Two invitations to one company are told apart by a label.
    assert!(book.relabel("one", "Acme, the CMO"));
    assert_eq!(book.find("one").unwrap().title(), "Acme, the CMO");
    assert!(book.relabel("one", "Acme"));
    assert_eq!(book.find("one").unwrap().label, "");

    // An edit keeps the id and the time it was made.
    let edited = Invitation {
        welcome: "New words".into(),
        created_at: Timestamp(9_999),
        ..invitation("one", "Acme Ltd", 0)
    };
    assert!(book.edit(edited, Timestamp(5_000)));
    let one = book.find("one").unwrap();
    assert_eq!(
        (one.prospect.as_str(), one.welcome.as_str(), one.created_at),
        ("Acme Ltd", "New words", Timestamp(1_000))
    );
    assert_eq!(one.edited_at, Some(Timestamp(5_000)));
    assert!(!book.edit(invitation("nobody", "X", 0), Timestamp(5_000)));

    let copy = book.duplicate("one", "three", Timestamp(3_000)).unwrap();
    assert_eq!(
        (copy.id.as_str(), copy.label.as_str(), copy.created_at),
        ("three", "Acme Ltd (copy)", Timestamp(3_000))
    );
    assert_eq!(book.sent[0].id, "three");

    assert!(book.archive("one"));
    assert_eq!(book.sent.len(), 2);
    assert_eq!(book.archived[0].id, "one");
    assert!(
        book.made_here("one"),
        "an archived invitation still matches its replies"
    );
    assert!(!book.archive("one"));

    // Kept across a reload.
    let back = InvitationBook::load(&book.encode()).unwrap();
    assert_eq!(back.archived.len(), 1);
    assert_eq!(back.sent.len(), 2);
    let mut book = back;

    assert!(book.restore("one"));
    assert_eq!(
        book.sent.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(),
        ["three", "two", "one"]
    );
    assert!(book.archived.is_empty());
    assert!(book.archive("two"));
    assert!(book.delete("two"));
    assert!(!book.made_here("two"));
    assert!(!book.delete("two"));
}

#[test]
fn a_book_from_an_earlier_build_reads_with_an_empty_archive() {
    let old = r##"{"format":"marketing-os-invitations","schema":1,"me":{},"sent":[{"id":"x","prospect":"Acme","accent":"#123456"}]}"##;
    let book = InvitationBook::load(old).unwrap();
    assert_eq!(book.sent.len(), 1);
    assert!(book.archived.is_empty());
    assert_eq!(
        book.sent[0].edited_at, None,
        "never edited, as far as it knows"
    );
}

#[test]
fn replies_are_counted_with_the_time_the_last_arrived() {
    let inv = invitation("inv", "Acme", 0);
    let reply = |id: &str, updated: u64, received: Option<u64>| {
        let mut d = Document::new(ModelId(id.into()), "Acme", Timestamp(updated));
        d.invitation = Some(Invitation {
            logo: logo_data_url(PNG).unwrap(),
            ..inv.clone()
        });
        d.received_at = received.map(Timestamp);
        ModelSummary::of(&d)
    };
    let own = ModelSummary::of(&Document::new(
        ModelId("own".into()),
        "Mine",
        Timestamp(9_000),
    ));
    let list = vec![
        reply("r1", 5_000, Some(6_000)),
        reply("r2", 8_000, None),
        own,
    ];
    assert_eq!(replies_to(&list, "inv"), (2, Some(Timestamp(8_000))));
    let list = vec![reply("r1", 5_000, Some(9_500)), reply("r2", 8_000, None)];
    assert_eq!(replies_to(&list, "inv"), (2, Some(Timestamp(9_500))));
    assert_eq!(replies_to(&list, "other"), (0, None));
    // The summaries leave the logo out; the received time is kept.
    assert_eq!(list[0].invitation.as_ref().unwrap().logo, "");
    assert_eq!(list[0].received_at, Some(Timestamp(9_500)));
}

#[test]
fn the_card_shows_the_date_and_time() {
    assert_eq!(
        Timestamp(1_709_210_096_000).date_time_long(),
        "29 February 2024, 12:34"
    );
}

#[test]
fn a_model_read_back_keeps_only_a_logo_that_checks_out() {
    use marketing_os::persist::link::{load_model, model_json};
    let mut doc = Document::new(ModelId("reply".into()), "Acme", NOW);
    let svg = format!("data:image/svg+xml;base64,{}", base64_encode(b"<svg/>"));
    doc.invitation = Some(Invitation {
        logo: svg,
        ..invitation("inv", "Acme", 0)
    });
    let back = load_model(model_json(&doc, NOW).as_bytes()).unwrap();
    assert_eq!(back.invitation.unwrap().logo, "");
    let ok = logo_data_url(PNG).unwrap();
    doc.invitation = Some(Invitation {
        logo: ok.clone(),
        ..invitation("inv", "Acme", 0)
    });
    let back = load_model(model_json(&doc, NOW).as_bytes()).unwrap();
    assert_eq!(back.invitation.unwrap().logo, ok);
}

#[test]
fn an_edit_is_dated_only_when_what_the_prospect_sees_changes() {
    let mut book = InvitationBook::default();
    book.add(invitation("one", "Acme", 1_000));
    // Saved unchanged, or only relabelled: not an edit the prospect would see.
    assert!(book.edit(invitation("one", "Acme", 0), Timestamp(2_000)));
    assert!(book.relabel("one", "Acme, the CMO"));
    assert_eq!(book.find("one").unwrap().edited_at, None);
    let mut changed = book.find("one").unwrap().clone();
    changed.welcome = "Thanks for your time.".into();
    assert!(book.edit(changed.clone(), Timestamp(3_000)));
    assert_eq!(book.find("one").unwrap().edited_at, Some(Timestamp(3_000)));
    // Saving again without a change keeps the time of the last real edit.
    assert!(book.edit(changed, Timestamp(4_000)));
    let one = book.find("one").unwrap().clone();
    assert_eq!(one.edited_at, Some(Timestamp(3_000)));
    assert_eq!(one.created_at, Timestamp(1_000));
    assert_eq!(one.label, "Acme, the CMO");
    // Kept across a reload; never in the link.
    let back = InvitationBook::load(&book.encode()).unwrap();
    assert_eq!(back.find("one").unwrap().edited_at, Some(Timestamp(3_000)));
    assert_eq!(one.for_prospect().edited_at, None);
    assert!(!invitation_json(&one).contains("edited_at"));
    assert_eq!(
        invitation_json(&one),
        invitation_json(&Invitation {
            edited_at: None,
            ..one.clone()
        })
    );
    // A copy is not an edit.
    let copy = book.duplicate("one", "two", Timestamp(5_000)).unwrap();
    assert_eq!(copy.edited_at, None);
}

#[test]
fn a_copy_retargeted_to_another_company_drops_its_copy_label() {
    let mut book = InvitationBook::default();
    book.add(invitation("one", "Ledgerline", 1_000));
    book.add(invitation("beta", "Beta Corp", 1_500));
    let copy = book.duplicate("one", "two", Timestamp(2_000)).unwrap();
    assert_eq!(copy.label, "Ledgerline (copy)");
    // The company changes and the label is left as the copy had it: the company names it,
    // told apart from another invitation to that company.
    let retargeted = Invitation {
        prospect: "Beta Corp".into(),
        ..copy.clone()
    };
    assert!(book.edit(retargeted, Timestamp(3_000)));
    assert_eq!(book.find("two").unwrap().title(), "Beta Corp (2)");
    // A label the consultant typed is kept.
    let copy = book.duplicate("one", "three", Timestamp(4_000)).unwrap();
    let relabelled = Invitation {
        prospect: "Gamma".into(),
        label: "Gamma, for the board".into(),
        ..copy.clone()
    };
    assert!(book.edit(relabelled, Timestamp(5_000)));
    assert_eq!(book.find("three").unwrap().title(), "Gamma, for the board");
    // So is a copy's label while the company stays.
    let copy = book.duplicate("one", "four", Timestamp(6_000)).unwrap();
    let reworded = Invitation {
        welcome: "For the CFO".into(),
        ..copy.clone()
    };
    assert!(book.edit(reworded, Timestamp(7_000)));
    assert_eq!(book.find("four").unwrap().title(), "Ledgerline (copy)");
    // A label typed as the company itself is no label.
    let same = Invitation {
        label: "Gamma".into(),
        ..book.find("three").unwrap().clone()
    };
    assert!(book.edit(same, Timestamp(8_000)));
    assert_eq!(book.find("three").unwrap().label, "");
}

#[test]
fn each_problem_names_its_field_in_the_forms_order() {
    let inv = Invitation {
        consultant: " ".into(),
        contact: "javascript:alert(1)".into(),
        prospect: String::new(),
        welcome: "x".repeat(2_001),
        ..invitation("a", "", 0)
    };
    let found = field_problems(&inv);
    let fields: Vec<Field> = found.iter().map(|(f, _)| *f).collect();
    assert_eq!(
        fields,
        [
            Field::Consultant,
            Field::Contact,
            Field::Prospect,
            Field::Welcome
        ]
    );
    assert_eq!(found[2].1, "Type the company you are inviting.");
    // The summary names each field.
    let summary = problems(&inv);
    assert_eq!(
        summary[0],
        "Your name: type the name the prospect will know you by."
    );
    assert!(summary[1].starts_with("Contact: give an email address"));
    assert_eq!(summary[3], "Welcome message: keep it to 2000 characters.");
    assert!(field_problems(&invitation("a", "Acme", 0)).is_empty());
}

#[test]
fn the_replies_to_an_invitation_are_listed_last_first_with_who_answered() {
    let inv = invitation("inv", "Acme", 0);
    let reply = |id: &str, who: &str, received: u64| {
        let mut d = Document::new(ModelId(id.into()), "Acme", Timestamp(1_000));
        d.invitation = Some(inv.clone());
        d.respondent = who.into();
        d.received_at = Some(Timestamp(received));
        ModelSummary::of(&d)
    };
    let list = vec![
        reply("r1", "Priya Shah", 5_000),
        reply("r2", "", 8_000),
        ModelSummary::of(&Document::new(ModelId("own".into()), "Mine", NOW)),
    ];
    let found = replies_list(&list, "inv");
    assert_eq!(
        found.iter().map(|s| s.reply_name()).collect::<Vec<_>>(),
        ["Acme", "Acme (Priya Shah)"]
    );
    assert!(replies_list(&list, "other").is_empty());
}

/// A prospect's model answering an assessment-only invitation.
fn answering() -> Document {
    let mut d = Document::new(ModelId("mine".into()), "Acme", Timestamp(1_000));
    d.invitation = Some(invitation("inv", "Acme", 0));
    d.respondent = "Priya Shah".into();
    d
}

#[test]
fn what_was_sent_is_remembered_with_when_and_whether_answers_changed() {
    let mut doc = answering();
    let before = answers_fingerprint(&doc);
    let mut book = SentBook::read(None);
    assert_eq!(book.of("mine").last(), None);
    book.record("mine", Way::Link, Timestamp(10_000), &before);
    book.record("mine", Way::File, Timestamp(12_000), &before);

    // A reload reads it back.
    let text = book.to_text();
    assert!(text.contains(SENT_FORMAT));
    let book = SentBook::read(Some(&text));
    let record = book.of("mine");
    assert_eq!(record.get(Way::Link).unwrap().at, Timestamp(10_000));
    assert_eq!(record.get(Way::Email), None);
    assert_eq!(record.last().unwrap().at, Timestamp(12_000));
    assert_eq!(record.changed_since(&before), Some(false));
    assert_eq!(book.of("someone else"), Default::default());

    // An answer changes: the consultant's copy is out of date.
    doc.apply(Msg::Assess(AssessMsg::SetStage(
        Dimension::MetricsReporting,
        Some(MaturityStage::Effective),
    )));
    let after = answers_fingerprint(&doc);
    assert_ne!(after, before);
    assert_eq!(record.changed_since(&after), Some(true));
    assert!(record.way_is_behind(Way::Link, &after));
    assert!(!record.way_is_behind(Way::Email, &after), "never used");

    // Sending again brings the latest sending up to date; the older way stays behind.
    let mut book = book;
    let record = book.record("mine", Way::Email, Timestamp(20_000), &after);
    assert_eq!(record.changed_since(&after), Some(false));
    assert!(record.way_is_behind(Way::File, &after));
    assert!(book.forget("mine"));
    assert_eq!(book.of("mine"), Default::default());
}

#[test]
fn the_fingerprint_follows_what_the_consultant_keeps_of_a_reply() {
    let doc = answering();
    let fp = answers_fingerprint(&doc);
    // A stage the invitation did not ask for, or a save's time, is not part of the reply.
    let mut other = doc.clone();
    other.updated_at = Timestamp(99_000);
    assert!(!other.dialogue.constituents.is_empty());
    other.dialogue.constituents.clear();
    assert_eq!(answers_fingerprint(&other), fp);
    // Who answered is.
    let mut renamed = doc.clone();
    renamed.respondent = "Someone else".into();
    assert_ne!(answers_fingerprint(&renamed), fp);
}

#[test]
fn a_send_record_from_an_earlier_build_or_in_pieces_still_reads() {
    // No fingerprints, unknown fields, a way missing: read, with "changed since" unknown.
    let old = r#"{"format":"marketing-os-sent","schema":1,"models":{"mine":{"link":{"at":5000},"later":true}}}"#;
    let record = SentBook::read(Some(old)).of("mine");
    assert_eq!(record.last().unwrap().at, Timestamp(5_000));
    assert_eq!(record.changed_since("abc"), None);
    assert!(!record.way_is_behind(Way::Link, "abc"));
    // Anything else is an empty record, never an error.
    for bad in [
        "",
        "{",
        "[]",
        r#"{"format":"other","models":{"mine":{"link":{"at":1}}}}"#,
    ] {
        assert_eq!(SentBook::read(Some(bad)), SentBook::default(), "{bad}");
    }
}
