//! The layers, as ARCHITECTURE.md draws them: `content` may use `domain`, never the reverse;
//! neither, nor `persist`, reaches the browser or the views. The compiler keeps the browser
//! out of the native layers; this keeps the direction between them.

use std::fs;
use std::path::Path;

/// Every `.rs` file under `dir`, with its text.
fn sources(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push((
                path.display().to_string(),
                fs::read_to_string(&path).unwrap(),
            ));
        }
    }
    out
}

/// The files under `src/<layer>` whose code (comments aside) names any of `forbidden`.
fn offenders(layer: &str, forbidden: &[&str]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join(layer);
    sources(&root)
        .into_iter()
        .filter(|(_, text)| {
            text.lines()
                .map(|l| l.split("//").next().unwrap_or(""))
                .any(|code| forbidden.iter().any(|f| code.contains(f)))
        })
        .map(|(path, _)| path)
        .collect()
}

#[test]
fn the_domain_uses_no_other_layer() {
    let found = offenders(
        "domain",
        &[
            "crate::content",
            "crate::persist",
            "crate::state",
            "crate::ui",
            "crate::web",
        ],
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn content_and_persist_stay_below_the_views() {
    for layer in ["content", "persist"] {
        let found = offenders(layer, &["crate::state", "crate::ui", "crate::web"]);
        assert!(found.is_empty(), "{layer}: {found:?}");
    }
}

#[test]
fn the_views_and_the_state_call_the_browser_only_through_web() {
    for layer in ["state", "ui"] {
        let found = offenders(
            layer,
            &[
                "js_sys",
                "web_sys",
                "wasm_bindgen",
                "window()",
                "document()",
            ],
        );
        assert!(found.is_empty(), "{layer}: {found:?}");
    }
}
