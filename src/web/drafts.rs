//! Drafts of what is typed in "new item" fields, kept in the tab's `sessionStorage` so a
//! reload or a crashed tab brings them back; gone when the tab is closed. Every call is
//! best-effort: storage that is blocked or full only means the draft is not kept.

const PREFIX: &str = "mos.draft.";

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

fn key(model: &str, field: &str) -> String {
    format!("{PREFIX}{model}.{field}")
}

/// The draft kept for `field` of `model`, empty when there is none.
pub fn get(model: &str, field: &str) -> String {
    session()
        .and_then(|s| s.get_item(&key(model, field)).ok().flatten())
        .unwrap_or_default()
}

/// Keeps `text` as the draft for `field` of `model`; empty text forgets it.
pub fn set(model: &str, field: &str, text: &str) {
    let Some(s) = session() else { return };
    let key = key(model, field);
    let _ = if text.is_empty() {
        s.remove_item(&key)
    } else {
        s.set_item(&key, text)
    };
}
