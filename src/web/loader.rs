//! The page's loader (`window.mos`, in `index.html`): it starts the quick home page or the
//! app, and hands the page over from one to the other. Each call does nothing where there is no
//! loader (tests).

use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = r#"
export function call_loader(name) {
  const mos = globalThis.mos;
  return mos && typeof mos[name] === 'function' ? mos[name]() !== false : true;
}
"#)]
extern "C" {
    /// Calls the loader's `name`; false only when it answers false.
    fn call_loader(name: &str) -> bool;
}

/// Whether the quick home page should still be shown: not once the app is on its way (a
/// control on the first visit's page, used before the quick page's module came, started it).
pub fn quick_wanted() -> bool {
    call_loader("quickWanted")
}

/// The quick home page cannot show this workspace: start the app instead.
pub fn start_app() {
    call_loader("full");
}

/// The quick home page is on screen: controls on it now start the app.
pub fn quick_page_ready() {
    call_loader("quick");
}

/// The app is about to replace the quick home page: note what was typed and focused there.
pub fn before_takeover() {
    call_loader("takeover");
}

/// The app is mounted: fill in what was typed, focus, and do what was asked on the quick page.
pub fn after_takeover() {
    call_loader("replay");
}
