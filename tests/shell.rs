#![cfg(not(target_arch = "wasm32"))]
//! What index.html shows before any module has run: the static loading page says what the app
//! says, and the home page written out for a first visit is the quick home page's own.

use marketing_os::content::{APP_NAME, FOOTER, HOME_LEAD, HOME_TITLE};
use marketing_os::homepage::first_visit_page;

const INDEX: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/index.html");
const FIRST_VISIT_OPEN: &str = r#"<div id="app-quick" hidden>"#;

fn index() -> String {
    std::fs::read_to_string(INDEX).expect("index.html at the top of the repo")
}

fn shell() -> String {
    let html = index();
    let start = html
        .find(r#"<div id="app-shell">"#)
        .expect("the loading shell");
    let end = html[start..]
        .find(FIRST_VISIT_OPEN)
        .expect("the first visit's home page, after the loading shell")
        + start;
    html[start..end].to_string()
}

#[test]
fn the_loading_page_carries_the_home_pages_own_words() {
    let shell = shell();
    for (what, text) in [
        ("app name", APP_NAME),
        ("home heading", HOME_TITLE),
        ("home introduction", HOME_LEAD),
        ("footer", FOOTER),
    ] {
        assert!(
            shell.contains(&format!(">{text}<")),
            "index.html's loading shell lacks the {what} the app shows: {text:?}"
        );
    }
}

/// The line of index.html that carries the first visit's home page, as it should be.
fn first_visit_line() -> String {
    format!("{FIRST_VISIT_OPEN}{}</div>", first_visit_page())
}

#[test]
fn the_first_visits_home_page_is_the_quick_home_pages_own() {
    let html = index();
    let line = html
        .lines()
        .find(|l| l.trim_start().starts_with(FIRST_VISIT_OPEN))
        .expect("index.html carries the first visit's home page on a line of its own");
    let expected = first_visit_line();
    if line.trim() != expected && std::env::var_os("UPDATE_INDEX").is_some() {
        let indent = &line[..line.len() - line.trim_start().len()];
        // Written aside and renamed, so the other test never reads half a file.
        let aside = format!("{INDEX}.new");
        std::fs::write(
            &aside,
            html.replacen(line, &format!("{indent}{expected}"), 1),
        )
        .unwrap();
        std::fs::rename(aside, INDEX).unwrap();
        return;
    }
    assert_eq!(
        line.trim(),
        expected,
        "index.html's first-visit home page is out of date: run `UPDATE_INDEX=1 cargo test --test shell`"
    );
}
