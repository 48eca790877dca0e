//! Downloading text as a file and reading a picked or dropped file.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Offers `text` to the user as a download named `name`.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let err = |e: wasm_bindgen::JsValue| super::storage::describe(&e);
    let parts = js_sys::Array::of1(&text.into());
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(err)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(err)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(err)?
        .dyn_into()
        .map_err(|_| "not an anchor")?;
    a.set_href(&url);
    a.set_download(name);
    a.set_hidden(true);
    if let Some(body) = document.body() {
        let _ = body.append_child(&a);
        a.click();
        let _ = body.remove_child(&a);
    }
    // Revoke after the click has been handled so the download can start.
    let url2 = url.clone();
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url2);
    });
    if let Some(w) = web_sys::window() {
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 1000);
    }
    Ok(())
}

/// A file's name and bytes, or why it could not be read. Files over `limit` bytes are not read.
pub async fn read_file(file: web_sys::File, limit: usize) -> Result<(String, Vec<u8>), FileError> {
    let name = file.name();
    let size = file.size() as usize;
    if size > limit {
        return Err(FileError::TooLarge { name, bytes: size });
    }
    let buf = JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| FileError::Unreadable {
            name: name.clone(),
            why: super::storage::describe(&e),
        })?;
    Ok((name, js_sys::Uint8Array::new(&buf).to_vec()))
}

/// Why a file could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    TooLarge { name: String, bytes: usize },
    Unreadable { name: String, why: String },
}
