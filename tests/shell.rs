#![cfg(not(target_arch = "wasm32"))]
//! The static page in index.html, shown while the app loads, says what the app says.

use marketing_os::content::{APP_NAME, FOOTER, HOME_LEAD, HOME_TITLE};

fn shell() -> String {
    let html = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/index.html"))
        .expect("index.html at the top of the repo");
    let start = html
        .find(r#"<div id="app-shell">"#)
        .expect("the loading shell");
    let end = html[start..].find("</body>").expect("the end of the body") + start;
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
