//! The page around the app: the document's title, printing and the printed page's running
//! footer, reloading, and whether the page is hidden.

use crate::content::APP_NAME;

/// Sets the document's title (a printed PDF takes its name from it).
pub fn set_title(title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

/// Loads the page again.
pub fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}

/// True when the page is hidden (another tab, a minimised window, closing).
pub fn is_hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden)
}

/// Puts the app's own name back as the document's title.
pub fn reset_title() {
    set_title(APP_NAME);
}

/// The text printed at the foot of every page (`--print-footer`, read by `@page`), or none.
pub fn set_print_footer(text: Option<&str>) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
    else {
        return;
    };
    let style = root.style();
    let _ = match text {
        Some(t) => style.set_property("--print-footer", &css_string(t)),
        None => style.remove_property("--print-footer").map(|_| ()),
    };
}

/// Text as a CSS string: quoted, with quotes and backslashes escaped and line breaks dropped,
/// so a name can never end the string or add a rule.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}
