//! The browser wrapper in a real headless Chromium: storage round trips, storage refused,
//! quota exceeded, and corrupt or newer-version data kept as a backup.
#![cfg(target_arch = "wasm32")]

use marketing_os::domain::{Document, ModelId, Timestamp};
use marketing_os::persist::envelope::encode;
use marketing_os::persist::envelope::encode_stored;
use marketing_os::persist::slots::seal;
use marketing_os::persist::store::fingerprint;
use marketing_os::persist::workspace::{
    model_key, scan, Workspace, BACKUP_PREFIX, MODEL_PREFIX, SUMMARIES_KEY,
};
use marketing_os::web::storage::{is_quota_error, StorageError, Store};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn clear(store: &Store) {
    for k in store.keys_with_prefix("mos.") {
        store.remove(&k);
    }
}

fn eval(js: &str) -> Result<JsValue, JsValue> {
    js_sys::Function::new_no_args(js).call0(&JsValue::NULL)
}

#[wasm_bindgen_test]
fn round_trips_text_and_lists_keys_by_prefix() {
    let store = Store::open().expect("storage opens in a normal profile");
    clear(&store);
    assert!(store.is_persistent());
    store.set("mos.model.a", "one").unwrap();
    store.set("mos.model.b", "two").unwrap();
    store.set("other", "x").unwrap();
    assert_eq!(store.get("mos.model.a").unwrap().as_deref(), Some("one"));
    assert_eq!(
        store.keys_with_prefix(MODEL_PREFIX),
        ["mos.model.a", "mos.model.b"]
    );
    store.remove("mos.model.a");
    assert_eq!(store.get("mos.model.a").unwrap(), None);
    // Sizes count UTF-16 code units, as browsers do against their limit: "é" is one, "😀" two.
    store.set("mos.model.c", "é😀").unwrap();
    assert_eq!(store.length_of("mos.model.c"), Some(3));
    assert_eq!(store.length_of("mos.model.none"), None);
    assert_eq!(
        store.used_bytes("mos."),
        2 * ("mos.model.b".len() + 3 + "mos.model.c".len() + 3)
    );
    let memory = Store::memory();
    memory.set("mos.model.c", "é😀").unwrap();
    assert_eq!(memory.length_of("mos.model.c"), Some(3));
    clear(&store);
    store.remove("other");
}

#[wasm_bindgen_test]
fn a_full_store_reports_quota_exceeded_and_keeps_what_was_there() {
    let store = Store::open().unwrap();
    clear(&store);
    store.set("mos.model.keep", "precious").unwrap();
    let chunk = "x".repeat(1024 * 1024);
    let mut result = Ok(());
    for i in 0..64 {
        result = store.set(&format!("mos.fill.{i}"), &chunk);
        if result.is_err() {
            break;
        }
    }
    assert_eq!(result, Err(StorageError::QuotaExceeded));
    assert_eq!(
        store.get("mos.model.keep").unwrap().as_deref(),
        Some("precious")
    );
    clear(&store);
}

#[wasm_bindgen_test]
fn refused_storage_is_an_error_and_the_app_falls_back_to_memory() {
    // What private modes and blocked cookies do: reading window.localStorage throws.
    eval(
        "window.__realLS = Object.getOwnPropertyDescriptor(window, 'localStorage');
         Object.defineProperty(window, 'localStorage', { configurable: true,
           get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });",
    )
    .unwrap();
    let opened = Store::open();
    let (fallback, why) = Store::open_or_memory();
    eval("Object.defineProperty(window, 'localStorage', window.__realLS);").unwrap();

    match opened {
        Err(StorageError::Unavailable(why)) => assert!(why.contains("SecurityError"), "{why}"),
        other => panic!("expected Unavailable, got {other:?}"),
    }
    assert!(why.is_some());
    assert!(!fallback.is_persistent());
    fallback.set("mos.model.m", "in memory").unwrap();
    assert_eq!(
        fallback.get("mos.model.m").unwrap().as_deref(),
        Some("in memory")
    );
    assert!(Store::open().is_ok(), "storage is back after the test");
}

#[wasm_bindgen_test]
fn corrupt_and_newer_data_is_backed_up_reported_and_left_in_place() {
    let store = Store::open().unwrap();
    clear(&store);
    let good = Document::new(ModelId("good".into()), "Good Co", Timestamp(5));
    store
        .set(&model_key(&good.id), &encode(&good, Timestamp(5), false))
        .unwrap();
    store
        .set(
            "mos.model.broken",
            "{\"format\":\"marketing-os-model\",\"sch",
        )
        .unwrap();
    let newer = encode(&good, Timestamp(5), false)
        .replace("\"schema\":1", "\"schema\":99")
        .replace("\"good\"", "\"newer\"");
    store.set("mos.model.newer", &newer).unwrap();

    let found = scan(&store, Timestamp(1_000));
    assert_eq!(found.models.len(), 1);
    assert_eq!(found.models[0].company, "Good Co");
    assert_eq!(found.problems.len(), 2);
    let newer_problem = found
        .problems
        .iter()
        .find(|p| p.key == "mos.model.newer")
        .unwrap();
    assert!(
        newer_problem.reason.contains("newer version"),
        "{}",
        newer_problem.reason
    );
    let broken = found
        .problems
        .iter()
        .find(|p| p.key == "mos.model.broken")
        .unwrap();
    assert!(
        broken.reason.contains("not valid JSON"),
        "{}",
        broken.reason
    );
    // The originals are untouched and a copy of each is kept.
    assert_eq!(
        store.get("mos.model.newer").unwrap().as_deref(),
        Some(newer.as_str())
    );
    for p in &found.problems {
        let key = p.backup.as_deref().expect("a backup was written");
        assert_eq!(store.get(key).unwrap().as_deref(), Some(p.raw.as_str()));
    }
    // Scanning again reports again but does not pile up copies.
    let again = scan(&store, Timestamp(2_000));
    assert_eq!(again.problems.len(), 2);
    assert_eq!(store.keys_with_prefix(BACKUP_PREFIX).len(), 2);
    clear(&store);
}

#[wasm_bindgen_test]
fn fingerprints_tell_texts_apart_and_agree_on_equal_ones() {
    let store = Store::open().unwrap();
    clear(&store);
    assert_eq!(store.fingerprint("mos.model.none"), None);
    let base = "{\"model\":{\"company\":\"Acme \u{e9}\u{1F600}\"}}".repeat(500);
    let mut seen = std::collections::HashSet::new();
    let mut variants = vec![
        base.clone(),
        format!("{base} "),
        base[..base.len() - 1].to_string(),
    ];
    // Same length, one character changed at the start, the middle and the end.
    for at in [0, base.len() / 2, base.len() - 2] {
        let mut v = base.clone().into_bytes();
        v[at] = if v[at] == b'x' { b'y' } else { b'x' };
        if let Ok(v) = String::from_utf8(v) {
            variants.push(v);
        }
    }
    assert!(variants.len() >= 5);
    for v in &variants {
        store.set("mos.model.fp", v).unwrap();
        let f = store.fingerprint("mos.model.fp").unwrap();
        store.set("mos.model.fp2", &v.clone()).unwrap();
        assert_eq!(store.fingerprint("mos.model.fp2").as_ref(), Some(&f));
        assert!(seen.insert(f), "two different texts share a fingerprint");
    }
    // The in-memory store (storage refused) fingerprints alike.
    let memory = Store::memory();
    memory.set("mos.model.fp", &base).unwrap();
    store.set("mos.model.fp", &base).unwrap();
    assert_eq!(
        memory.fingerprint("mos.model.fp"),
        store.fingerprint("mos.model.fp")
    );
    clear(&store);
}

#[wasm_bindgen_test]
fn a_saves_fingerprint_of_its_text_is_the_one_the_stored_text_gets() {
    let store = Store::open().unwrap();
    let long = "{\"flows\": [1, 2, 3]}".repeat(5_000);
    for text in [
        "",
        "a",
        "é",
        "😀 a character outside the basic plane",
        "mixed: ü, ß, 中文, 𝄞, and \\ \"quotes\"",
        long.as_str(),
    ] {
        // A save fingerprints the text it hands to storage; start-up, what it reads.
        let js = js_sys::JsString::from(text);
        store.set("mos.model.fp-save", text).unwrap();
        assert_eq!(
            store.fingerprint("mos.model.fp-save"),
            Some(Store::fingerprint_of(&js)),
            "{text:.40}"
        );
        // Text read into Rust (a storage event's new value) fingerprints the same.
        assert_eq!(
            store.fingerprint("mos.model.fp-save"),
            Some(fingerprint(text)),
            "{text:.40}"
        );
    }
    store.remove("mos.model.fp-save");
}

#[wasm_bindgen_test]
fn start_up_loads_only_the_models_whose_text_changed_and_never_hides_damage() {
    let store = Store::open().unwrap();
    clear(&store);
    let mut doc = Document::new(ModelId("memo".into()), "Memo Co", Timestamp(5));
    store
        .set(
            &model_key(&doc.id),
            &seal(&encode_stored(&doc, Timestamp(5))),
        )
        .unwrap();
    let first = scan(&store, Timestamp(1_000));
    assert_eq!(first.models[0].company, "Memo Co");
    let memo = store
        .get(SUMMARIES_KEY)
        .unwrap()
        .expect("the summaries are remembered");

    // The next start-up takes the summary from the memo: shown by a memo that says otherwise
    // about the same text.
    store
        .set(SUMMARIES_KEY, &memo.replace("Memo Co", "From the memo"))
        .unwrap();
    assert_eq!(
        scan(&store, Timestamp(2_000)).models[0].company,
        "From the memo"
    );

    // A model saved since is loaded again, and the memo follows.
    doc.company = "Memo Co renamed".into();
    store
        .set(
            &model_key(&doc.id),
            &seal(&encode_stored(&doc, Timestamp(6))),
        )
        .unwrap();
    assert_eq!(
        scan(&store, Timestamp(3_000)).models[0].company,
        "Memo Co renamed"
    );
    assert!(store
        .get(SUMMARIES_KEY)
        .unwrap()
        .unwrap()
        .contains("Memo Co renamed"));

    // A record damaged since is reported and backed up whatever the memo says.
    let text = store.get(&model_key(&doc.id)).unwrap().unwrap();
    store
        .set(&model_key(&doc.id), &text.replace("renamed", "renamex"))
        .unwrap();
    let damaged = scan(&store, Timestamp(4_000));
    assert!(damaged.models.is_empty());
    assert_eq!(damaged.problems.len(), 1);

    // A memo that is not one is ignored and written anew.
    store.set(&model_key(&doc.id), &text).unwrap();
    store.set(SUMMARIES_KEY, "not a memo").unwrap();
    assert_eq!(
        scan(&store, Timestamp(5_000)).models[0].company,
        "Memo Co renamed"
    );
    assert_ne!(
        store.get(SUMMARIES_KEY).unwrap().as_deref(),
        Some("not a memo")
    );
    clear(&store);
}

#[wasm_bindgen_test]
fn start_up_lists_from_the_memo_and_never_a_stale_summary() {
    let store = Store::open().unwrap();
    clear(&store);
    let mut doc = Document::new(ModelId("memo".into()), "Memo Co", Timestamp(5));
    let save = |doc: &Document| {
        store
            .set(
                &model_key(&doc.id),
                &seal(&encode_stored(doc, doc.updated_at)),
            )
            .unwrap()
    };
    save(&doc);
    let first = scan(&store, Timestamp(1_000));
    assert_eq!(first.models[0].company, "Memo Co");
    assert!(
        store.get(SUMMARIES_KEY).unwrap().is_some(),
        "start-up writes the memo"
    );
    // What the storage panel counts is what the browser holds (two bytes a code unit).
    assert_eq!(
        Workspace::new(store.clone()).usage().total() * 2,
        store.used_bytes("mos.")
    );
    // One character changed in the stored text: its summary is made again, not read.
    doc.company = "Memo Cp".into();
    save(&doc);
    let again = scan(&store, Timestamp(2_000));
    assert_eq!(again.models[0].company, "Memo Cp");
    clear(&store);
}

#[wasm_bindgen_test]
fn every_browsers_quota_error_is_recognised() {
    let quota = [
        "new DOMException('full', 'QuotaExceededError')",
        "new DOMException('full', 'NS_ERROR_DOM_QUOTA_REACHED')",
        "({ name: 'NS_ERROR_DOM_QUOTA_REACHED', code: 1014, message: 'Persistent storage maximum size reached' })",
        "({ name: 'QUOTA_EXCEEDED_ERR', code: 22 })",
        "({ code: 1014 })",
    ];
    for js in quota {
        let e = eval(&format!("return {js};")).unwrap();
        assert!(is_quota_error(&e), "{js} is a quota error");
    }
    let other = [
        "new DOMException('no', 'SecurityError')",
        "new TypeError('bad')",
        "'a string'",
        "({ name: 'InvalidStateError', code: 11 })",
    ];
    for js in other {
        let e = eval(&format!("return {js};")).unwrap();
        assert!(!is_quota_error(&e), "{js} is not a quota error");
    }
}
