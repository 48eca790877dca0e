//! What each fuzz target does with an input, shared with the `slowest` timer. Every path must
//! return (a model or a typed error) and never panic, whatever the bytes.

use marketing_os::persist::link::{from_fragment, load_invitation, load_model};
use marketing_os::persist::{load, MAX_BYTES};

/// An imported file: the bytes go straight into `load`, as the file picker's do.
pub fn import(data: &[u8]) {
    let _ = load(data);
}

/// A link. The first byte picks the layer: odd, the rest is a fragment (`1.<base64url>`) that is
/// decoded and inflated as the browser would, capped at the same 5 MB; even, the rest is the
/// JSON a link inflates to, so the fuzzer reaches the loaders without having to forge zlib.
pub fn link(data: &[u8]) {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let json = if mode % 2 == 1 {
        let Ok(bytes) = from_fragment(&String::from_utf8_lossy(rest)) else {
            return;
        };
        match miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&bytes, MAX_BYTES) {
            Ok(json) => json,
            Err(_) => return,
        }
    } else {
        rest.to_vec()
    };
    let _ = load_model(&json);
    let _ = load_invitation(&json);
}
