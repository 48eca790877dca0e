//! Registers the service worker (`sw.js`, written per build by scripts/sw.mjs) that keeps the
//! app loading with the network off after the first visit. Registered once the page has
//! loaded, its first page is drawn and the browser is idle, so it never competes with start-up;
//! it then fetches every file of this build, every page group's chunk among them, so a page
//! never visited opens from its cache too. A browser without service workers, or a refusal,
//! leaves the app working online as before, fetching each chunk when its page first opens.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = r#"
export function register_offline() {
  if (!('serviceWorker' in navigator)) return;
  const idle = window.requestIdleCallback || ((f) => setTimeout(f, 200));
  const go = () => requestAnimationFrame(() => idle(() => {
    navigator.serviceWorker.register('/sw.js').catch(() => {});
  }, { timeout: 3000 }));
  if (document.readyState === 'complete') go();
  else addEventListener('load', go, { once: true });
}"#)]
extern "C" {
    fn register_offline();
}

/// Starts offline support.
pub fn register() {
    register_offline();
}
