//! The page's loader (`window.mos`, in `index.html`): it starts the quick home page or the
//! app, and hands the page over from one to the other. Each call does nothing where there is no
//! loader (tests).

use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = r#"
export function call_loader(name) {
  const mos = globalThis.mos;
  if (mos && typeof mos[name] === 'function') mos[name]();
}
"#)]
extern "C" {
    fn call_loader(name: &str);
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
