//! The home page's parts that both home pages share, and the quick home page written out as
//! HTML.
//!
//! The quick home page is the workspace exactly as the app's home page (`ui::home`) shows it,
//! drawn from the summaries memo by a small module of its own (`src/bin/home.rs`) so that a
//! visit to the home page downloads neither the app nor a UI framework: it is one string of
//! HTML, put in the page at once.
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

/// The storage panel's button, shown when the browser may clear the data.
pub const KEEP_BUTTON: &str = "Ask the browser to keep this data";

/// Text made safe for HTML, in element content and in quoted attribute values alike.
pub struct Escaped<'a>(pub &'a str);

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

/// The quick home page: header, home page and footer, as `ui::App` shows them on `/`, before
/// the browser has said whether it keeps the data (`src/bin/home.rs` fills that in).
pub fn quick_page(home: &QuickHome, now: Timestamp) -> String {
    let mut h = String::with_capacity(4096 + 1024 * home.models.len());
    // Writing to a String cannot fail.
    let _ = write_page(&mut h, home, now);
    h
}

fn write_page(h: &mut String, home: &QuickHome, now: Timestamp) -> fmt::Result {
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
        r#"<section aria-labelledby="clients-heading" class="card">"#,
    ));
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
    if home.models.is_empty() {
        h.push_str(r#"<p class="empty">No models yet. Start one above, or import a file.</p>"#);
    } else {
        h.push_str(r#"<ul class="model-list">"#);
        for m in &home.models {
            write_row(h, m, home, now)?;
        }
        h.push_str("</ul>");
    }
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

/// One model in the list, as `ui::home::ModelRow` shows it.
fn write_row(h: &mut String, m: &ModelSummary, home: &QuickHome, now: Timestamp) -> fmt::Result {
    let href = open_href(&m.id, m.invitation.as_ref(), |inv| home.made_here(inv));
    let company = Escaped(&m.company);
    write!(
        h,
        r#"<li class="model-row"><a href="{}" class="model-name">{company}</a>"#,
        Escaped(&href)
    )?;
    if let Some(inv) = &m.invitation {
        let tag = invitation_tag(inv, home.made_here(&inv.id));
        write!(h, r#"<p class="tag">{}</p>"#, Escaped(&tag))?;
    }
    let exported = exported_text(home.exports.get(m.id.as_str()).copied().map(Timestamp), now);
    write!(
        h,
        r#"<p class="meta">Changed {} · <span class="progress-inline"><progress max="100" value="{pct}" aria-hidden="true"></progress>{pct}% complete</span> · {}</p>"#,
        Escaped(&m.updated_at.relative_to(now)),
        Escaped(&exported),
        pct = m.completeness,
    )?;
    write!(
        h,
        concat!(
            r#"<div class="row-actions" role="group" aria-label="Actions for {company}">"#,
            r#"<button type="button">Rename</button><button type="button">Duplicate</button>"#,
            r#"<button type="button">Export JSON</button><button type="button" class="danger">Delete</button></div></li>"#,
        ),
        company = company
    )
}
