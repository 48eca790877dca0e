//! localStorage without panics. gloo's `LocalStorage::raw()` panics when storage is blocked,
//! so this opens it by hand, proves it writable, and turns every exception into an error.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};

pub use crate::persist::store::StorageError;

/// Where the app keeps its data: the site's localStorage, known to be readable when this
/// exists, or, when the browser refuses storage, a map that lives as long as the tab.
#[derive(Clone, Debug)]
pub struct Store {
    inner: Inner,
}

#[derive(Clone, Debug)]
enum Inner {
    Local(web_sys::Storage),
    Memory(Rc<RefCell<BTreeMap<String, String>>>),
}

const PROBE_KEY: &str = "mos.probe";

impl Store {
    /// Opens localStorage and checks that a write and a removal work.
    pub fn open() -> Result<Store, StorageError> {
        let window =
            web_sys::window().ok_or_else(|| StorageError::Unavailable("no window".into()))?;
        let inner = match window.local_storage() {
            Ok(Some(s)) => s,
            Ok(None) => return Err(StorageError::Unavailable("no localStorage".into())),
            Err(e) => return Err(StorageError::Unavailable(describe(&e))),
        };
        let store = Store {
            inner: Inner::Local(inner),
        };
        match store.set(PROBE_KEY, "1") {
            Ok(()) => {}
            // A full store can still be read: open it and report the quota when saving.
            Err(StorageError::QuotaExceeded) => return Ok(store),
            Err(StorageError::Other(why)) | Err(StorageError::Unavailable(why)) => {
                return Err(StorageError::Unavailable(why))
            }
        }
        store.remove(PROBE_KEY);
        Ok(store)
    }

    /// localStorage if the browser allows it; otherwise memory, with the reason.
    pub fn open_or_memory() -> (Store, Option<StorageError>) {
        match Store::open() {
            Ok(s) => (s, None),
            Err(e) => (Store::memory(), Some(e)),
        }
    }

    /// A store that lives only as long as the tab.
    pub fn memory() -> Store {
        Store {
            inner: Inner::Memory(Rc::default()),
        }
    }

    /// Whether this store keeps data beyond the tab.
    pub fn is_persistent(&self) -> bool {
        matches!(self.inner, Inner::Local(_))
    }

    /// The text under `key`, if any.
    pub fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        match &self.inner {
            Inner::Local(s) => s
                .get_item(key)
                .map_err(|e| StorageError::Other(describe(&e))),
            Inner::Memory(m) => Ok(m.borrow().get(key).cloned()),
        }
    }

    /// Stores `value` under `key`.
    pub fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        match &self.inner {
            Inner::Local(s) => s.set_item(key, value).map_err(|e| {
                if is_quota_error(&e) {
                    StorageError::QuotaExceeded
                } else {
                    StorageError::Other(describe(&e))
                }
            }),
            Inner::Memory(m) => {
                m.borrow_mut().insert(key.to_string(), value.to_string());
                Ok(())
            }
        }
    }

    /// Removes `key`; a failure to remove is not worth reporting.
    pub fn remove(&self, key: &str) {
        match &self.inner {
            Inner::Local(s) => {
                let _ = s.remove_item(key);
            }
            Inner::Memory(m) => {
                m.borrow_mut().remove(key);
            }
        }
    }

    /// A short fingerprint of the text under `key`: its length and a 64-bit hash of its UTF-16
    /// code units, worked out where the text lives, so a large record is not copied into Rust.
    /// Equal texts give equal fingerprints; any change almost surely gives another.
    pub fn fingerprint(&self, key: &str) -> Option<String> {
        let text = match &self.inner {
            Inner::Local(s) => s
                .unchecked_ref::<RawStorage>()
                .get_js(key)
                .ok()?
                .dyn_into::<js_sys::JsString>()
                .ok()?,
            Inner::Memory(m) => js_sys::JsString::from(m.borrow().get(key)?.as_str()),
        };
        Some(fingerprint_js(&text))
    }

    /// The fingerprint `fingerprint` gives for `text` once it is stored.
    pub fn fingerprint_of(text: &js_sys::JsString) -> String {
        fingerprint_js(text)
    }

    /// Every key that starts with `prefix`, sorted.
    pub fn keys_with_prefix(&self, prefix: &str) -> Vec<String> {
        let mut keys: Vec<String> = match &self.inner {
            Inner::Local(s) => {
                let n = s.length().unwrap_or(0);
                (0..n).filter_map(|i| s.key(i).ok().flatten()).collect()
            }
            Inner::Memory(m) => m.borrow().keys().cloned().collect(),
        };
        keys.retain(|k| k.starts_with(prefix));
        keys.sort();
        keys
    }

    /// Bytes used by this app's keys, counted as the browser does (UTF-16 code units × 2).
    pub fn used_bytes(&self, prefix: &str) -> usize {
        self.keys_with_prefix(prefix)
            .iter()
            .map(|k| (k.encode_utf16().count() + self.length_of(k).unwrap_or(0)) * 2)
            .sum()
    }

    /// The length of the text under `key` in UTF-16 code units (what browsers count against
    /// their limit), read without copying the text into Rust.
    pub fn length_of(&self, key: &str) -> Option<usize> {
        match &self.inner {
            Inner::Local(s) => s
                .unchecked_ref::<RawStorage>()
                .get_js(key)
                .ok()?
                .dyn_into::<js_sys::JsString>()
                .ok()
                .map(|t| t.length() as usize),
            Inner::Memory(m) => m.borrow().get(key).map(|t| t.encode_utf16().count()),
        }
    }
}

#[wasm_bindgen::prelude::wasm_bindgen(inline_js = r#"
// Two 32-bit multiplicative hashes over the UTF-16 code units, mixed at the end: fast in any
// JS engine, no BigInt, and 64 bits between them. `persist::store::fingerprint` is the same
// in Rust, for text already read out of storage: change both together.
export function fingerprint(s) {
  let a = 0x9e3779b1 ^ s.length;
  let b = 0x85ebca6b ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x9e3779b1);
    b = Math.imul(b ^ c, 0x5f356495);
  }
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b) ^ Math.imul(b ^ (b >>> 13), 0xc2b2ae35);
  b = Math.imul(b ^ (b >>> 16), 0x85ebca6b) ^ Math.imul(a ^ (a >>> 13), 0xc2b2ae35);
  return s.length.toString(36) + '.' + (a >>> 0).toString(36) + '.' + (b >>> 0).toString(36);
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = fingerprint)]
    fn fingerprint_js(text: &js_sys::JsString) -> String;
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The Storage object, seen through methods that pass JS strings as they are.
    #[wasm_bindgen(js_name = Storage)]
    type RawStorage;
    /// `setItem` taking a JS string as it is, with no conversion from Rust text.
    #[wasm_bindgen(method, catch, js_name = setItem)]
    fn set_js(this: &RawStorage, key: &str, value: &js_sys::JsString) -> Result<(), JsValue>;
    /// `getItem` returning the JS string as it is.
    #[wasm_bindgen(method, catch, js_name = getItem)]
    fn get_js(this: &RawStorage, key: &str) -> Result<JsValue, JsValue>;
}

/// The workspace's storage (`persist::store`). A model record's text is one JS string: it is
/// converted from Rust once, written to both slots, compared on read-back inside JS and
/// fingerprinted there.
impl crate::persist::store::Storage for Store {
    type Text = js_sys::JsString;
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Store::get(self, key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        Store::set(self, key, value)
    }
    fn remove(&self, key: &str) {
        Store::remove(self, key)
    }
    fn keys_with_prefix(&self, prefix: &str) -> Vec<String> {
        Store::keys_with_prefix(self, prefix)
    }
    fn length_of(&self, key: &str) -> Option<usize> {
        Store::length_of(self, key)
    }
    fn fingerprint(&self, key: &str) -> Option<String> {
        Store::fingerprint(self, key)
    }
    fn text(&self, text: &str) -> js_sys::JsString {
        js_sys::JsString::from(text)
    }
    fn set_text(&self, key: &str, value: &js_sys::JsString) -> Result<(), StorageError> {
        match &self.inner {
            Inner::Local(s) => s
                .unchecked_ref::<RawStorage>()
                .set_js(key, value)
                .map_err(|e| {
                    if is_quota_error(&e) {
                        StorageError::QuotaExceeded
                    } else {
                        StorageError::Other(describe(&e))
                    }
                }),
            Inner::Memory(_) => Store::set(self, key, &String::from(value)),
        }
    }
    fn holds(&self, key: &str, value: &js_sys::JsString) -> bool {
        match &self.inner {
            Inner::Local(s) => s
                .unchecked_ref::<RawStorage>()
                .get_js(key)
                .is_ok_and(|v| v == ***value),
            Inner::Memory(m) => m
                .borrow()
                .get(key)
                .is_some_and(|v| value.as_string().as_deref() == Some(v.as_str())),
        }
    }
    fn fingerprint_text(&self, text: &js_sys::JsString) -> String {
        fingerprint_js(text)
    }
    fn measure<T>(&self, name: &str, f: impl FnOnce() -> T) -> T {
        super::clock::measure(name, f)
    }
}

/// Whether a thrown value is a quota error, by every name and code browsers have used:
/// `QuotaExceededError` (code 22) in Chromium, WebKit and current Firefox,
/// `NS_ERROR_DOM_QUOTA_REACHED` (code 1014) in older Firefox, and `QUOTA_EXCEEDED_ERR`
/// (code 22) in old WebKit. Plain objects carrying those names or codes count too.
pub fn is_quota_error(e: &JsValue) -> bool {
    const NAMES: [&str; 3] = [
        "QuotaExceededError",
        "NS_ERROR_DOM_QUOTA_REACHED",
        "QUOTA_EXCEEDED_ERR",
    ];
    let (name, code) = match e.dyn_ref::<web_sys::DomException>() {
        Some(ex) => (ex.name(), f64::from(ex.code())),
        None => (
            js_sys::Reflect::get(e, &"name".into())
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default(),
            js_sys::Reflect::get(e, &"code".into())
                .ok()
                .and_then(|v| v.as_f64())
                .unwrap_or_default(),
        ),
    };
    NAMES.contains(&name.as_str()) || code == 22.0 || code == 1014.0
}

/// A thrown value in words.
pub fn describe(e: &JsValue) -> String {
    if let Some(ex) = e.dyn_ref::<web_sys::DomException>() {
        return format!("{}: {}", ex.name(), ex.message());
    }
    if let Some(err) = e.dyn_ref::<js_sys::Error>() {
        return String::from(err.message());
    }
    e.as_string().unwrap_or_else(|| "unknown error".into())
}

async fn ask(persist: bool) -> Option<bool> {
    let manager = web_sys::window()?.navigator().storage();
    let promise = if persist {
        manager.persist()
    } else {
        manager.persisted()
    }
    .ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .as_bool()
}

/// Asks the browser to keep this site's storage rather than clear it under pressure
/// (`navigator.storage.persist()`); the answer, or None where the browser has no such API.
pub async fn persist() -> Option<bool> {
    ask(true).await
}

/// Whether the browser has agreed to keep this site's storage.
pub async fn persisted() -> Option<bool> {
    ask(false).await
}
