#![cfg(not(target_arch = "wasm32"))]
//! The quick home page answers from the summaries memo only when every model is summarised
//! for its current text and nothing needs the app; it never guesses. (Fingerprints are made in
//! the browser and tested there, `tests/browser_storage.rs`; here a fingerprint is the text's
//! length and the text itself, which differs whenever the text does.)

use marketing_os::domain::invitation::{Invitation, Modules};
use marketing_os::domain::{Document, ModelId, Timestamp};
use marketing_os::homepage::{first_visit_page, quick_page, quick_rows};
use marketing_os::persist::envelope::encode_stored;
use marketing_os::persist::quick::{quick_home, NeedsApp, Peek, QuickHome};
use marketing_os::persist::slots::seal;
use marketing_os::persist::workspace::{
    model_key, InvitationBook, ModelSummary, SummaryMemo, Usage, EXPORTS_KEY, INVITATIONS_KEY,
    SUMMARIES_KEY,
};
use std::collections::BTreeMap;

#[derive(Default)]
struct Fake(BTreeMap<String, String>);

impl Peek for Fake {
    fn keys(&self) -> Vec<String> {
        self.0
            .keys()
            .filter(|k| k.starts_with("mos."))
            .cloned()
            .collect()
    }
    fn text(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn fingerprint(&self, key: &str) -> Option<String> {
        self.0.get(key).map(|t| format!("{}:{t}", t.len()))
    }
    fn length_of(&self, key: &str) -> usize {
        self.0.get(key).map_or(0, |t| t.encode_utf16().count())
    }
}

impl Fake {
    /// Stores a model as the app saves it.
    fn save(&mut self, doc: &Document) {
        self.0.insert(
            model_key(&doc.id),
            seal(&encode_stored(doc, doc.updated_at)),
        );
    }
    /// Summarises every stored model, as the app's start-up does.
    fn summarise(&mut self, docs: &[&Document]) {
        let mut memo = SummaryMemo::read(None);
        for doc in docs {
            let f = self.fingerprint(&model_key(&doc.id)).unwrap();
            memo.put(f, ModelSummary::of(doc));
        }
        self.0.insert(SUMMARIES_KEY.into(), memo.to_text());
    }
}

fn doc(id: &str, company: &str, at: u64) -> Document {
    Document::new(ModelId(id.into()), company, Timestamp(at))
}

#[test]
fn an_empty_browser_has_an_empty_home_page() {
    let home = quick_home(&Fake::default()).unwrap();
    assert!(home.models.is_empty());
    assert_eq!(home.usage, Usage::default());
    assert!(home.exports.is_empty());
    // What the first visit's page, written into index.html, is drawn from.
    assert_eq!(home, QuickHome::default());
    assert_eq!(quick_page(&home), first_visit_page());
}

#[test]
fn summarised_models_are_listed_most_recent_first_with_their_storage() {
    let (a, b) = (doc("m-a", "Acme", 10), doc("m-b", "Bolt", 20));
    let mut store = Fake::default();
    store.save(&a);
    store.save(&b);
    store.summarise(&[&a, &b]);
    store
        .0
        .insert(EXPORTS_KEY.into(), "{\"m-a\":1700000000000}".into());
    store.0.insert("other-site".into(), "x".repeat(9000));
    let home = quick_home(&store).unwrap();
    let names: Vec<_> = home.models.iter().map(|m| m.company.as_str()).collect();
    assert_eq!(names, ["Bolt", "Acme"]);
    assert_eq!(home.exports.get("m-a"), Some(&1_700_000_000_000));
    // Counted as the storage panel counts: keys and texts of this app's entries only.
    let models: usize = [&a, &b]
        .iter()
        .map(|d| {
            let k = model_key(&d.id);
            k.len() + store.0[&k].len()
        })
        .sum();
    assert_eq!(home.usage.models, models);
    assert!(home.usage.other > 0, "the memo and exports are counted");
    assert_eq!(
        home.usage.total(),
        models + home.usage.other,
        "another site's key is not counted"
    );
}

#[test]
fn a_model_changed_since_it_was_summarised_needs_the_app() {
    let a = doc("m-a", "Acme", 10);
    let mut store = Fake::default();
    store.save(&a);
    store.summarise(&[&a]);
    assert!(quick_home(&store).is_ok());
    // Saved again by another tab, or damaged: the text differs from what was summarised.
    let mut renamed = a.clone();
    renamed.company = "Acme Analytics".into();
    store.save(&renamed);
    assert_eq!(
        quick_home(&store),
        Err(NeedsApp::NotSummarised(model_key(&a.id)))
    );
    let key = model_key(&a.id);
    store.0.insert(key.clone(), "{\"format\":".into());
    assert_eq!(quick_home(&store), Err(NeedsApp::NotSummarised(key)));
}

#[test]
fn a_model_never_summarised_or_a_foreign_memo_needs_the_app() {
    let (a, b) = (doc("m-a", "Acme", 10), doc("m-b", "Bolt", 20));
    let mut store = Fake::default();
    store.save(&a);
    store.summarise(&[&a]);
    store.save(&b);
    assert_eq!(
        quick_home(&store),
        Err(NeedsApp::NotSummarised(model_key(&b.id)))
    );
    store.summarise(&[&a, &b]);
    assert!(quick_home(&store).is_ok());
    let memo = store.0[SUMMARIES_KEY].clone();
    store.0.insert(
        SUMMARIES_KEY.into(),
        memo.replace(env!("CARGO_PKG_VERSION"), "0.0.0-older"),
    );
    assert!(matches!(
        quick_home(&store),
        Err(NeedsApp::NotSummarised(_))
    ));
    store.0.insert(SUMMARIES_KEY.into(), "garbage".into());
    assert!(matches!(
        quick_home(&store),
        Err(NeedsApp::NotSummarised(_))
    ));
}

#[test]
fn anything_the_home_page_must_report_needs_the_app() {
    let a = doc("m-a", "Acme", 10);
    let mut store = Fake::default();
    store.save(&a);
    store.summarise(&[&a]);
    for (key, value, why) in [
        ("mos.shadow.m-a", "{}", NeedsApp::Shadow),
        ("mos.bin.m-z.17", "{}", NeedsApp::Bin),
        ("mos.backup.mos.model.m-q.17", "x", NeedsApp::Backups),
        (INVITATIONS_KEY, "not json", NeedsApp::Invitations),
    ] {
        let mut s = Fake(store.0.clone());
        s.0.insert(key.into(), value.into());
        assert_eq!(quick_home(&s), Err(why), "{key}");
    }
}

#[test]
fn invitations_made_here_are_known() {
    let mut store = Fake::default();
    let inv = Invitation {
        id: "inv-1".into(),
        ..Invitation::default()
    };
    let book = InvitationBook {
        sent: vec![inv],
        ..InvitationBook::default()
    };
    store.0.insert(INVITATIONS_KEY.into(), book.encode());
    let home = quick_home(&store).unwrap();
    assert!(home.made_here("inv-1"));
    assert!(!home.made_here("inv-2"));
}

const HOSTILE_NAME: &str = r#"<img src=x onerror="alert(1)"> & 'Co'"#;
const HOSTILE_SENDER: &str = "</p><script>alert(2)</script>";

/// A workspace with a hostile company name and an invited model from a hostile sender, as the
/// quick page sees it three days after the first model changed.
fn hostile_home() -> (QuickHome, Timestamp) {
    let mut store = Fake::default();
    let plain = doc("m-plain", HOSTILE_NAME, 2_000);
    let mut invited = doc("m-invited", "Prospect", 1_000);
    invited.invitation = Some(Invitation {
        id: "inv-9".into(),
        consultant: HOSTILE_SENDER.into(),
        modules: Modules::Assessment,
        ..Invitation::default()
    });
    store.save(&plain);
    store.save(&invited);
    store.summarise(&[&plain, &invited]);
    (
        quick_home(&store).unwrap(),
        Timestamp(2_000 + 3 * 86_400_000),
    )
}

#[test]
fn user_text_never_goes_into_the_quick_pages_html() {
    let (home, _) = hostile_home();
    let page = quick_page(&home);
    // The rows are left to the DOM's own methods: the HTML has an empty list and no user text.
    assert!(page.contains(r#"<ul class="model-list"></ul>"#), "{page}");
    for text in ["<img", "onerror", "Prospect", "<script", "alert("] {
        assert!(!page.contains(text), "{text} in {page}");
    }
}

#[test]
fn the_quick_page_lists_each_model_with_its_link_and_state() {
    let (home, now) = hostile_home();
    let rows = quick_rows(&home, now);
    assert_eq!(rows.len(), 2);
    // Most recent first, text as typed; an invited model opens where its invitation starts.
    assert_eq!(rows[0].href, "/model/m-plain/dialogue");
    assert_eq!(rows[0].company, HOSTILE_NAME);
    assert_eq!(rows[0].actions, format!("Actions for {HOSTILE_NAME}"));
    assert_eq!(rows[0].tag, None);
    assert_eq!(rows[0].changed, "Changed 3 days ago · ");
    assert_eq!(
        rows[0].completeness,
        ModelSummary::of(&doc("m-plain", "x", 2_000)).completeness
    );
    assert_eq!(rows[0].exported, "Not exported yet");
    assert_eq!(rows[1].href, "/assess/m-invited");
    assert_eq!(
        rows[1].tag.as_deref(),
        Some(format!("Invited by {HOSTILE_SENDER}").as_str())
    );
}

#[test]
fn the_quick_pages_html_closes_every_element_it_opens() {
    let (home, _) = hostile_home();
    let page = quick_page(&home);
    // The browser builds the page meant, not a repaired one.
    for tag in [
        "section", "p", "a", "li", "ul", "div", "label", "form", "span", "main", "header",
        "footer", "h1", "h2", "button",
    ] {
        let opened =
            page.matches(&format!("<{tag}>")).count() + page.matches(&format!("<{tag} ")).count();
        assert_eq!(
            opened,
            page.matches(&format!("</{tag}>")).count(),
            "<{tag}>"
        );
    }
}

#[test]
fn an_empty_workspace_says_so_on_the_quick_page() {
    let home = quick_home(&Fake::default()).unwrap();
    let page = quick_page(&home);
    assert!(page.contains("No models yet. Start one above, or import a file."));
    assert!(!page.contains("model-list"));
}
