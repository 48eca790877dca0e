#![cfg(not(target_arch = "wasm32"))]
//! What index.html shows before the app has started: the static loading page says what the
//! app says.

use marketing_os::content::{APP_NAME, FOOTER, HOME_LEAD, HOME_TITLE};

const INDEX: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/index.html");

fn index() -> String {
    std::fs::read_to_string(INDEX).expect("index.html at the top of the repo")
}

fn shell() -> String {
    let html = index();
    let start = html
        .find(r#"<div id="app-shell">"#)
        .expect("the loading shell");
    let end = html[start..]
        .find("</footer>")
        .expect("the loading shell's footer")
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
