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

export function when_idle(f) {
  const idle = window.requestIdleCallback || ((go) => setTimeout(go, 300));
  // After the first frame of a loaded page, when nothing else wants the main thread.
  const go = () => requestAnimationFrame(() => idle(() => {
    performance.mark('mos-fetch-ahead');
    f();
  }, { timeout: 5000 }));
  if (document.readyState === 'complete') go();
  else addEventListener('load', go, { once: true });
}
"#)]
extern "C" {
    fn register_offline();
    #[wasm_bindgen(js_name = when_idle)]
    fn call_when_idle(f: &js_sys::Function);
}

/// Runs `f` once the page has loaded and the browser is idle (marked `mos-fetch-ahead` in the
/// page's performance timeline).
pub fn when_idle(f: impl FnOnce() + 'static) {
    let f = Closure::once_into_js(f);
    call_when_idle(f.unchecked_ref());
}

/// Starts offline support.
pub fn register() {
    register_offline();
}
