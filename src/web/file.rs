//! Downloading text as a file and reading a picked or dropped file.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A file the user picked or dropped.
pub use web_sys::File;

/// The first file dropped with a drag event.
pub fn dropped_file(ev: &web_sys::DragEvent) -> Option<File> {
    ev.data_transfer()?.files()?.get(0)
}

/// The first file picked in the file field an event came from; the field is emptied, so the
/// same file can be picked again.
pub fn take_picked_file(ev: &web_sys::Event) -> Option<File> {
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files().and_then(|f| f.get(0));
    input.set_value("");
    file
}

fn text_blob(mime: &str, text: &str) -> Result<web_sys::Blob, String> {
    let parts = js_sys::Array::of1(&text.into());
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)
        .map_err(|e| super::storage::describe(&e))
}

/// Offers `text` to the user as a download named `name`.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    download_blob(name, &text_blob(mime, text)?)
}

/// Offers `text` as the download `what` of `company`'s model, named and typed by
/// [`download_name`](crate::persist::download_name).
pub fn download_as(
    company: &str,
    what: crate::persist::Download,
    text: &str,
) -> Result<(), String> {
    let name = crate::persist::download_name(company, what, super::clock::now());
    download(&name, what.mime(), text)
}

/// Draws an SVG document onto a canvas at twice its size and offers it as a PNG download.
/// The work finishes after the image has loaded; failures after that point are silent.
pub fn download_svg_as_png(name: &str, svg: &str, width: f64, height: f64) -> Result<(), String> {
    let err = |e: wasm_bindgen::JsValue| super::storage::describe(&e);
    let blob = text_blob("image/svg+xml", svg)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(err)?;
    let img = web_sys::HtmlImageElement::new().map_err(err)?;
    let (name, img2, url2) = (name.to_string(), img.clone(), url.clone());
    let onload = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url2);
        let Some(document) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let Ok(canvas) = document
            .create_element("canvas")
            .map(|c| c.unchecked_into::<web_sys::HtmlCanvasElement>())
        else {
            return;
        };
        canvas.set_width((width * 2.0) as u32);
        canvas.set_height((height * 2.0) as u32);
        let Some(ctx) = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .map(|c| c.unchecked_into::<web_sys::CanvasRenderingContext2d>())
        else {
            return;
        };
        let _ = ctx.draw_image_with_html_image_element_and_dw_and_dh(
            &img2,
            0.0,
            0.0,
            width * 2.0,
            height * 2.0,
        );
        let done =
            wasm_bindgen::closure::Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
                if let Some(blob) = blob {
                    let _ = download_blob(&name, &blob);
                }
            });
        let _ = canvas.to_blob(done.unchecked_ref());
    });
    img.set_onload(Some(onload.unchecked_ref()));
    img.set_src(&url);
    Ok(())
}

/// Offers a blob to the user as a download named `name`.
pub fn download_blob(name: &str, blob: &web_sys::Blob) -> Result<(), String> {
    let err = |e: wasm_bindgen::JsValue| super::storage::describe(&e);
    let url = web_sys::Url::create_object_url_with_blob(blob).map_err(err)?;
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
    let size = file.size() as u64;
    if size > limit as u64 {
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
    TooLarge { name: String, bytes: u64 },
    Unreadable { name: String, why: String },
}
