//! When the app fails: a bug that panics, or the WebAssembly stopping for any other reason.
//! Either leaves the page's controls dead (a release build aborts on a panic), so instead of a
//! page that silently ignores every click, a dialog says what happened, that what was saved is
//! kept, and offers a reload and the details to copy for a bug report.
//!
//! The dialog is drawn and wired by plain script: once the WebAssembly has stopped, nothing
//! of the app's own can run, so the reload and copy buttons must not call into it.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = r#"
let shown = false;
export function show_failure(details) {
  console.error(details);
  if (shown || typeof document === 'undefined' || !document.body) return;
  shown = true;
  const el = (tag, props, ...kids) => {
    const e = Object.assign(document.createElement(tag), props);
    e.append(...kids);
    return e;
  };
  const text = el('textarea', { readOnly: true, rows: 6, id: 'failure-details' }, details);
  const status = el('p', { className: 'failure-status', role: 'status' });
  const copy = el('button', { type: 'button' }, 'Copy the details');
  copy.addEventListener('click', () => {
    text.select();
    const done = () => { status.textContent = 'Copied.'; };
    const fallback = () => {
      status.textContent = document.execCommand('copy') ? 'Copied.' : 'Select the text and copy it.';
    };
    if (navigator.clipboard) navigator.clipboard.writeText(details).then(done, fallback);
    else fallback();
  });
  const reload = el('button', { type: 'button', className: 'primary' }, 'Reload the page');
  reload.addEventListener('click', () => location.reload());
  const dialog = el('dialog', { className: 'failure' },
    el('h2', { id: 'failure-title' }, 'Something went wrong'),
    el('p', {}, 'The app ran into an error it cannot recover from, so this page has stopped working. ',
      'Everything saved in this browser is kept: the app saves as you type. ',
      'Reload the page to carry on.'),
    el('p', { className: 'actions' }, reload),
    el('details', {},
      el('summary', {}, 'Details for a bug report'),
      el('label', { htmlFor: 'failure-details' }, 'What the app reported'),
      text, el('p', { className: 'actions' }, copy), status));
  dialog.setAttribute('aria-labelledby', 'failure-title');
  // The page behind is dead: the dialog stays until the page is reloaded.
  dialog.addEventListener('cancel', (e) => e.preventDefault());
  document.body.append(dialog);
  dialog.showModal();
  reload.focus();
}

export function watch_for_traps(version) {
  // A trap that is not a panic (memory exhausted, a chunk that never came): the module is
  // just as dead.
  const trap = (error) => {
    if (error instanceof WebAssembly.RuntimeError) {
      show_failure(`Market(ing) OS Builder ${version}\n${error}\n\nPage: ${location.pathname}\nBrowser: ${navigator.userAgent}`);
    }
  };
  addEventListener('error', (e) => trap(e.error));
  addEventListener('unhandledrejection', (e) => trap(e.reason));
}
"#)]
extern "C" {
    fn show_failure(details: &str);
    fn watch_for_traps(version: &str);
}

/// The address of the page without its query or fragment, which can carry a shared model.
fn page_path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default()
}

/// Shows the failure dialog on a panic (with the panic's message and place) and on any other
/// trap of the WebAssembly.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        let details = format!(
            "Market(ing) OS Builder {}\n{info}\n\nPage: {}\nBrowser: {}",
            crate::persist::envelope::APP_VERSION,
            page_path(),
            web_sys::window()
                .and_then(|w| w.navigator().user_agent().ok())
                .unwrap_or_default(),
        );
        show_failure(&details);
    }));
    watch_for_traps(crate::persist::envelope::APP_VERSION);
}

/// Panics on purpose, so that the browser tests can check what a user sees when the app
/// fails. Nothing in the app calls it.
#[wasm_bindgen]
pub fn fail_for_test() {
    panic!("a failure asked for by a test");
}
