//! The browser's clock and randomness.

use crate::domain::{ModelId, Timestamp};
use crate::persist::workspace::base36;

/// Now, from `Date.now()`.
pub fn now() -> Timestamp {
    Timestamp(js_sys::Date::now().max(0.0) as u64)
}

/// `at` shifted to the browser's local time, for showing its date and time of day.
pub fn local(at: Timestamp) -> Timestamp {
    let offset_min =
        js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(at.0 as f64)).get_timezone_offset();
    Timestamp((at.0 as f64 - offset_min * 60_000.0).max(0.0) as u64)
}

/// A fresh model id: the time in base 36 and random digits, e.g. `mhx3k2a-7f3k9q`.
pub fn new_model_id() -> ModelId {
    let mut out = base36(now().0);
    out.push('-');
    let r = (js_sys::Math::random() * 36f64.powi(6)) as u64;
    out.push_str(&format!("{:0>6}", base36(r)));
    ModelId(out)
}

/// Runs `f` and records its duration as a User Timing measure named `name` (read by
/// `make bench`; only the latest measure of each name is kept, so nothing accumulates).
pub fn measure<T>(name: &str, f: impl FnOnce() -> T) -> T {
    let perf = web_sys::window().and_then(|w| w.performance());
    let start = format!("{name}-start");
    let end = format!("{name}-end");
    if let Some(p) = &perf {
        let _ = p.mark(&start);
    }
    let out = f();
    if let Some(p) = &perf {
        let _ = p.mark(&end);
        p.clear_measures_with_measure_name(name);
        let _ = p.measure_with_start_mark_and_end_mark(name, &start, &end);
        p.clear_marks_with_mark_name(&start);
        p.clear_marks_with_mark_name(&end);
    }
    out
}

/// The first page is on screen with its controls working, once per page load: the mark
/// `make bench` measures start-up by. Called from the home page once it is rendered (route
/// views render just after the app mounts, not while it mounts), and for any other page once
/// its chunk has come and its view is built (`ui::pages`).
pub fn mark_interactive() {
    thread_local!(static DONE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if DONE.with(|d| d.replace(true)) {
        return;
    }
    mark("mos-interactive");
}

/// Marks a moment for `make bench`.
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}
