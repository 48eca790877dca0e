//! Registers the service worker (`sw.js`, written per build by scripts/sw.mjs) that keeps the
//! app loading with the network off after the first visit. Registered once the page has
//! loaded, so it never competes with start-up; a browser without service workers, or a
//! refusal, leaves the app working online as before.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = r#"
export function register_offline() {
  if (!('serviceWorker' in navigator)) return;
  const go = () => navigator.serviceWorker.register('/sw.js').catch(() => {});
  if (document.readyState === 'complete') setTimeout(go, 0);
  else addEventListener('load', go, { once: true });
}
"#)]
extern "C" {
    fn register_offline();
}

/// Starts offline support.
pub fn register() {
    register_offline();
}
