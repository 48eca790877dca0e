//! The home page's parts that both home pages share, and the quick home page written out as
//! HTML.
//!
//! The quick home page is the workspace exactly as the app's home page (`ui::home`) shows it,
//! drawn from the summaries memo by a small module of its own (`src/bin/home.rs`) so that a
//! visit to the home page downloads neither the app nor a UI framework. The page's own words
//! are one string of HTML, put in the page at once; the models' rows, which carry what users
//! typed, are data (`quick_rows`) that the module builds with the DOM's own methods, so no
//! user text is ever parsed as HTML.
//!
//! It has no behaviour of its own. Links are ordinary links (the address they open loads the
//! app). Any other control (a button, the create form, the file picker, a dropped file) makes
//! the loader in `index.html` start the app, which takes over the page, fills in what was typed
//! and does what was asked (`window.mos` there). A test compares this page with the app's home
//! page element by element (`tests/e2e/quick.spec.js`): keep the two in step.

use crate::content::{APP_NAME, FOOTER, HOME_LEAD, HOME_TITLE};
use crate::domain::invitation::Invitation;
use crate::domain::{ModelId, Timestamp};
use crate::persist::quick::QuickHome;
use crate::persist::workspace::{exported_text, usage_line, ModelSummary};
use std::fmt::{self, Write};

/// Where a model opens: a client's reply (to an invitation made in this browser) on its
/// report, an invited model where its invitation starts, any other on Stage 1.
pub fn open_href(
    id: &ModelId,
    invitation: Option<&Invitation>,
    made_here: impl Fn(&str) -> bool,
) -> String {
    match invitation {
        Some(inv) if made_here(&inv.id) => format!("/model/{}/report", id.as_str()),
        Some(inv) => inv.start_path(id.as_str()),
        None => format!("/model/{}/dialogue", id.as_str()),
    }
}

/// The line under a model that came from an invitation.
pub fn invitation_tag(inv: &Invitation, made_here: bool) -> String {
    if made_here {
        format!(
            "Client reply to your invitation of {}",
            inv.created_at.date_iso()
        )
    } else {
        format!("Invited by {}", inv.sender())
    }
}

/// The inside of the home page's section for consultants, on both home pages: words and plain
/// links (in the app the router takes their clicks; on the quick page they load the page they
/// point to).
pub const CLIENTS_SECTION: &str = concat!(
    r#"<h2 id="clients-heading">Working with clients</h2>"#,
    "<p>Send a prospect a branded invitation; their answers come back to you as a link or a ",
    "file, and sit beside your other clients' results. No server is involved.</p>",
    r#"<p class="actions-row"><a href="/invitations">Invite a prospect</a>"#,
    r#"<a href="/cohort">Compare your clients</a></p>"#,
);

/// The inside of the home page's "How it works" card: the three stages and the assessment,
/// what each is for and how long its essentials take (words from `content::stages`).
pub fn how_section() -> String {
    use crate::content::stages::{about, minutes_text};
    use crate::domain::progress::Part;
    let mut h = String::from(r#"<h2 id="how-heading">How it works</h2><ol class="stage-list">"#);
    for part in Part::ALL {
        let _ = write!(
            h,
            "<li><strong>{}</strong> <span class=\"meta\">{}</span> {}</li>",
            Escaped(part.label()),
            Escaped(&minutes_text(part)),
            Escaped(about(part).what)
        );
    }
    h.push_str(
        "</ol><p>Each stage opens with the few decisions that make a usable model; the rest \
         waits under \u{201c}Go deeper\u{201d}. Do the stages in any order, or only the \
         assessment. Your gaps, an action plan and a printable report come out of whatever \
         you fill in.</p>",
    );
    h
}

/// The storage panel's button, shown when the browser may clear the data.
pub const KEEP_BUTTON: &str = "Ask the browser to keep this data";

/// The page's own words made safe for HTML, in element content and in quoted attribute values
/// alike. (User text never goes into the HTML: see `quick_rows`.)
struct Escaped<'a>(&'a str);

impl fmt::Display for Escaped<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut rest = self.0;
        while let Some(at) = rest.find(['&', '<', '>', '"', '\'']) {
            f.write_str(&rest[..at])?;
            f.write_str(match rest.as_bytes()[at] {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                _ => "&#39;",
            })?;
            rest = &rest[at + 1..];
        }
        f.write_str(rest)
    }
}

/// The quick home page: header, home page and footer, as `ui::App` shows them on `/`, with the
/// model list still empty (`quick_rows` fills it) and before the browser has said whether it
/// keeps the data (`src/bin/home.rs` fills that in).
pub fn quick_page(home: &QuickHome) -> String {
    let mut h = String::with_capacity(6 * 1024);
    // Writing to a String cannot fail.
    let _ = write_page(&mut h, home);
    h
}

/// The quick home page of an empty workspace, which `index.html` carries written out so that a
/// first visit shows it without waiting for any module (`tests/shell.rs` keeps it in step).
pub fn first_visit_page() -> String {
    quick_page(&QuickHome::default())
}

fn write_page(h: &mut String, home: &QuickHome) -> fmt::Result {
    write!(
        h,
        r##"<a class="skip-link" href="#main">Skip to content</a><header class="app-header no-print"><a href="/" aria-current="page" class="brand">{}</a><p class="save-status" role="status" aria-live="polite"></p></header>"##,
        Escaped(APP_NAME)
    )?;
    write!(
        h,
        r#"<main id="main" tabindex="-1"><h1>{}</h1><p class="lead">{}</p><div class="notice-region" role="status" aria-live="polite"></div>"#,
        Escaped(HOME_TITLE),
        Escaped(HOME_LEAD)
    )?;
    h.push_str(concat!(
        r#"<section aria-labelledby="new-model" class="card"><h2 id="new-model">Start a new model</h2>"#,
        r#"<form class="inline-form"><label class="field"><span class="field-label">Company name</span>"#,
        r#"<input type="text" autocomplete="organization" aria-describedby="create-error"></label>"#,
        r#"<button type="submit" class="primary">Create model</button></form>"#,
        r#"<p id="create-error" class="error-text" role="alert"></p></section>"#,
        r#"<section aria-labelledby="sample-heading" class="card"><h2 id="sample-heading">See what good looks like</h2>"#,
        "<p>Open Northwind Metrics, a fictional B2B software company with its model filled in. ",
        "It is a model like any other: change it freely.</p>",
        r#"<button type="button">Open the sample model</button></section>"#,
        r#"<section aria-labelledby="how-heading" class="card">"#,
    ));
    h.push_str(&how_section());
    h.push_str(r#"</section><section aria-labelledby="clients-heading" class="card">"#);
    h.push_str(CLIENTS_SECTION);
    h.push_str(concat!(
        "</section>",
        r#"<section aria-labelledby="import-heading" class="card drop-zone"><h2 id="import-heading">Import a model</h2>"#,
        r#"<label class="field"><span class="field-label">Import a model file (JSON)</span>"#,
        r#"<span class="field-hint">Choose a file exported from this app, or drop it on this box.</span>"#,
        r#"<input type="file" accept=".json,application/json"></label>"#,
        r#"<p class="error-text" role="alert"></p></section>"#,
        r#"<section aria-labelledby="models-heading"><h2 id="models-heading">Models in this browser</h2>"#,
    ));
    h.push_str(if home.models.is_empty() {
        r#"<p class="empty">No models yet. Start one above, or import a file.</p>"#
    } else {
        // Filled with `quick_rows` by src/bin/home.rs.
        r#"<ul class="model-list"></ul>"#
    });
    write!(
        h,
        r#"</section><section aria-labelledby="storage-heading" class="card no-print"><h2 id="storage-heading">Storage in this browser</h2><p>{}</p><p></p></section></main>"#,
        Escaped(&usage_line(&home.usage))
    )?;
    write!(
        h,
        r#"<footer class="app-footer no-print"><p>{}</p></footer>"#,
        Escaped(FOOTER)
    )
}

/// One model in the list, as `ui::home::ModelRow` shows it: a link to the model named for its
/// company, the invitation it answers, when it changed, how complete it is, when it was
/// exported, and its actions (Rename, Duplicate, Export JSON, Delete) in a group named for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuickRow {
    pub href: String,
    pub company: String,
    pub tag: Option<String>,
    /// "Changed …", before the completeness.
    pub changed: String,
    pub completeness: u32,
    /// "Not exported yet", "Exported today", …
    pub exported: String,
    /// The actions' group label.
    pub actions: String,
}

/// The rows of the quick home page's model list, most recently changed first.
pub fn quick_rows(home: &QuickHome, now: Timestamp) -> Vec<QuickRow> {
    home.models.iter().map(|m| row(m, home, now)).collect()
}

fn row(m: &ModelSummary, home: &QuickHome, now: Timestamp) -> QuickRow {
    QuickRow {
        href: open_href(&m.id, m.invitation.as_ref(), |inv| home.made_here(inv)),
        company: m.company.clone(),
        tag: m
            .invitation
            .as_ref()
            .map(|inv| invitation_tag(inv, home.made_here(&inv.id))),
        changed: format!("Changed {} · ", m.updated_at.relative_to(now)),
        completeness: m.completeness,
        exported: exported_text(home.exports.get(m.id.as_str()).copied().map(Timestamp), now),
        actions: format!("Actions for {}", m.company),
    }
}

/// The buttons of a row's actions group, in order, and the class each has.
pub const ROW_ACTIONS: [(&str, Option<&str>); 4] = [
    ("Rename", None),
    ("Duplicate", None),
    ("Export JSON", None),
    ("Delete", Some("danger")),
];
