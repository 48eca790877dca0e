//! Share links in the browser: the browser's own deflate (`CompressionStream`, no bytes added
//! to the bundle) around the codec in `persist::link`, and the page's address.

use crate::domain::invitation::Invitation;
use crate::domain::Document;
use crate::persist::link::{
    from_fragment, link, load_invitation, load_model, to_fragment, LinkError, LinkKind,
};
use crate::persist::MAX_BYTES;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(inline_js = r#"
// The input goes into the stream a slice at a time, each slice only once the output so far
// has been read. The browser inflates a written chunk whole, in one task, however much it
// makes: a ~1 MB link written at once inflated to 1 GB (10-13 s in one task) before the
// first output could be counted. A slice of 1 KB makes at most ~1 MB (deflate's ratio is at
// most ~1032:1), so a bomb stops within 1 MB past `cap` (in ~40 ms, no long task, where 4 KB
// and 16 KB slices took 60-170 ms in one task); a 4.9 MB model opens in ~80 ms (50 ms
// written at once). Bytes are written straight into the stream (a Blob's stream would go
// through the browser process and back).
const STEP = 1024;
async function run(stream, bytes, cap) {
  // A copy: `bytes` is a view into WebAssembly memory, which Rust reuses once this returns.
  const input = bytes.slice();
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let stopped = false;
  (async () => {
    for (let at = 0; at < input.length && !stopped; at += STEP) {
      // Resolves once the reader is waiting for more: the slice before has been read.
      await writer.ready;
      if (!stopped) await writer.write(input.subarray(at, at + STEP));
    }
    if (!stopped) await writer.close();
  })().catch(() => {});
  const parts = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > cap) throw new RangeError("too large");
      parts.push(value);
    }
  } catch (e) {
    stopped = true;
    reader.cancel().catch(() => {});
    throw e;
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}
export function deflate(bytes) {
  return run(new CompressionStream("deflate"), bytes, Infinity);
}
export function inflate(bytes, cap) {
  return run(new DecompressionStream("deflate"), bytes, cap);
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = deflate)]
    fn js_deflate(bytes: &[u8]) -> js_sys::Promise;
    #[wasm_bindgen(js_name = inflate)]
    fn js_inflate(bytes: &[u8], cap: f64) -> js_sys::Promise;
}

/// zlib-wrapped deflate by the browser.
pub async fn deflate(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let out = JsFuture::from(js_deflate(bytes))
        .await
        .map_err(|_| "This browser could not compress the link.".to_string())?;
    Ok(js_sys::Uint8Array::new(&out).to_vec())
}

/// Inflates by the browser, refusing more than `MAX_BYTES` of output. A stream that does not
/// decompress (cut short, altered) is damage.
pub async fn inflate(bytes: &[u8]) -> Result<Vec<u8>, LinkError> {
    match JsFuture::from(js_inflate(bytes, MAX_BYTES as f64)).await {
        Ok(out) => Ok(js_sys::Uint8Array::new(&out).to_vec()),
        Err(e) if e.is_instance_of::<js_sys::RangeError>() => Err(LinkError::TooLarge),
        Err(_) => Err(LinkError::Damaged),
    }
}

/// The page's origin, e.g. `http://127.0.0.1:8080`.
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// The current address's fragment, `#` included (empty when there is none).
pub fn current_fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Builds a link of `kind` carrying `json`; records the time as `mos-link-build`.
pub async fn build(kind: LinkKind, json: &str) -> Result<String, String> {
    let t = Timer::start("mos-link-build");
    let compressed = deflate(json.as_bytes()).await?;
    let out = link(&origin(), kind, &to_fragment(&compressed));
    t.stop();
    Ok(out)
}

/// The model a link's fragment carries, checked like an imported file; records the time as
/// `mos-link-open`.
pub async fn open_model(fragment: &str) -> Result<Document, LinkError> {
    let t = Timer::start("mos-link-open");
    let out = match from_fragment(fragment) {
        Ok(compressed) => inflate(&compressed)
            .await
            .and_then(|json| load_model(&json)),
        Err(e) => Err(e),
    };
    t.stop();
    out
}

/// The invitation a link's fragment carries; records the time as `mos-link-open` too.
pub async fn open_invitation(fragment: &str) -> Result<Invitation, LinkError> {
    let t = Timer::start("mos-link-open");
    let out = match from_fragment(fragment) {
        Ok(compressed) => inflate(&compressed)
            .await
            .and_then(|json| load_invitation(&json)),
        Err(e) => Err(e),
    };
    t.stop();
    out
}

/// A User Timing measure around async work (read by `make bench`).
struct Timer(&'static str);

impl Timer {
    fn start(name: &'static str) -> Timer {
        crate::web::clock::mark(&format!("{name}-start"));
        Timer(name)
    }

    fn stop(self) {
        if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
            let (start, end) = (format!("{}-start", self.0), format!("{}-end", self.0));
            let _ = p.mark(&end);
            p.clear_measures_with_measure_name(self.0);
            let _ = p.measure_with_start_mark_and_end_mark(self.0, &start, &end);
            p.clear_marks_with_mark_name(&start);
            p.clear_marks_with_mark_name(&end);
        }
    }
}
