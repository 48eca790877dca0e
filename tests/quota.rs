//! Saves near the browser's quota, over the fake store sized as a browser's (5 MiB of
//! characters): a model at 60% and at 90% of the quota imports and saves again (the record
//! is written once when two copies do not fit); one that does not fit is refused before
//! anything is written, with its size and the room in the message; and a write the browser
//! refuses anyway leaves storage exactly as it was.
#![cfg(not(target_arch = "wasm32"))]

use marketing_os::domain::msg::ModelMsg;
use marketing_os::domain::{Document, ModelId, Msg, Timestamp};
use marketing_os::persist::envelope::encode_stored;
use marketing_os::persist::slots::{load_stored, seal, SHADOW_PREFIX};
use marketing_os::persist::store::{MemoryStore, Storage, StorageError};
use marketing_os::persist::tabs::TabSync;
use marketing_os::persist::workspace::{
    model_key, Workspace, WriteError, USUAL_LIMIT_CHARS, VERSION_PREFIX,
};

const QUOTA: usize = USUAL_LIMIT_CHARS;

/// A model whose stored record takes about `share` percent of the quota, with one small
/// named version.
fn big(id: &str, share: usize) -> Document {
    let mut d = Document::new(ModelId(id.into()), &format!("Big {share}"), Timestamp(1));
    assert!(d.apply(Msg::Model(ModelMsg::SaveVersion {
        name: "Before the notes".into(),
        at: Timestamp(2),
    })));
    let base = seal(&encode_stored(&d, Timestamp(3))).len();
    d.dialogue.constituents[0].note = "n".repeat(QUOTA * share / 100 - base);
    d
}

/// A workspace in a store with the quota, holding a small model as the tester's did.
fn workspace() -> Workspace<MemoryStore> {
    let ws = Workspace::new(MemoryStore::new());
    ws.store().set_room(Some(QUOTA));
    ws.scan(Timestamp(1));
    let small = Document::new(ModelId("small".into()), "Small Ltd", Timestamp(1));
    ws.add(&small, Timestamp(1)).unwrap();
    ws
}

fn percent(n: usize) -> usize {
    n * 100 / QUOTA
}

/// Imports `d`, then saves an edit of it as its tab would: both must succeed, leaving one
/// copy of the record and no shadow.
fn imports_and_saves_again(share: usize) {
    let ws = workspace();
    let mut d = big(&format!("big-{share}"), share);
    ws.add(&d, Timestamp(4))
        .unwrap_or_else(|e| panic!("{share}%: {e}"));
    let used = ws.store().used();
    println!(
        "a model at {share}% of the quota imports: storage {}% used ({used} of {QUOTA} characters)",
        percent(used)
    );
    assert!(ws.store().keys_with_prefix(SHADOW_PREFIX).is_empty());
    assert_eq!(ws.store().keys_with_prefix(VERSION_PREFIX).len(), 1);
    let mut tab = TabSync::opened(ws.fingerprint(&d.id));
    d.dialogue.constituents[0]
        .note
        .push_str(" and one more line");
    ws.save(&d, Timestamp(5), &mut tab)
        .unwrap_or_else(|e| panic!("{share}%: the save after the import failed: {e:?}"));
    let stored = load_stored(&ws.raw(&model_key(&d.id)).unwrap()).unwrap();
    assert!(stored.dialogue.constituents[0]
        .note
        .ends_with("one more line"));
    assert!(ws.store().keys_with_prefix(SHADOW_PREFIX).is_empty());
    // And the small model beside it still saves.
    let small = ws.read(&ModelId("small".into()), Timestamp(6)).doc.unwrap();
    ws.write(&small, Timestamp(6)).unwrap();
}

#[test]
fn a_model_at_60_percent_of_the_quota_imports_and_saves_again() {
    imports_and_saves_again(60);
}

#[test]
fn a_model_at_90_percent_of_the_quota_imports_and_saves_again() {
    imports_and_saves_again(90);
}

#[test]
fn a_model_that_does_not_fit_is_refused_before_anything_is_written() {
    let ws = workspace();
    ws.add(&big("first", 60), Timestamp(4)).unwrap();
    let before = ws.store().snapshot();
    ws.store().take_writes();
    let second = big("second", 60);
    let Err(WriteError::NoRoom(room)) = ws.add(&second, Timestamp(5)) else {
        panic!("a second model at 60% does not fit beside the first");
    };
    assert!(ws.store().take_writes().is_empty(), "nothing was written");
    assert_eq!(ws.store().snapshot(), before);
    assert!(room.needs > room.free);
    let message = WriteError::NoRoom(room).to_string();
    println!(
        "refused: needs {} characters, {} free: {message}",
        room.needs, room.free
    );
    assert!(
        message.starts_with("This model needs 3.1 MB of the browser's storage; the browser gives this app about 5 MB, of which 1.9 MB is free."),
        "{message}"
    );
}

#[test]
fn a_write_the_browser_refuses_anyway_leaves_storage_as_it_was() {
    // The browser gives less than the usual 5 MB: the check lets the import through, the
    // store refuses the record, and what was written for it (its version) is taken back.
    let ws = workspace();
    ws.store().set_room(Some(QUOTA / 2));
    let before = ws.store().snapshot();
    let d = big("unlucky", 60);
    assert_eq!(
        ws.add(&d, Timestamp(4)),
        Err(WriteError::Store(StorageError::QuotaExceeded))
    );
    assert_eq!(ws.store().snapshot(), before, "storage exactly as it was");
    // With room again it imports, its version written again.
    ws.store().set_room(Some(QUOTA));
    ws.add(&d, Timestamp(5)).unwrap();
    assert_eq!(ws.store().keys_with_prefix(VERSION_PREFIX).len(), 1);
}

#[test]
fn a_save_cut_off_by_a_full_store_leaves_no_shadow_behind() {
    // The tester's case: after a failed import, the shadow and versions stayed and every
    // later save found storage full. Now a failed save takes back its shadow too.
    let ws = workspace();
    let mut d = big("shadowed", 45);
    ws.add(&d, Timestamp(4)).unwrap();
    let mut tab = TabSync::opened(ws.fingerprint(&d.id));
    // Another model fills the rest, so the next save has room for nothing more.
    ws.store()
        .set("mos.filler", &"f".repeat(QUOTA - ws.store().used() - 20))
        .unwrap();
    let before = ws.store().snapshot();
    d.dialogue.constituents[0].note.push_str(&"m".repeat(100));
    assert_eq!(
        ws.save(&d, Timestamp(5), &mut tab),
        Err(marketing_os::persist::workspace::SaveError::Store(
            StorageError::QuotaExceeded
        ))
    );
    assert_eq!(ws.store().snapshot(), before);
    ws.store().remove("mos.filler");
    ws.save(&d, Timestamp(6), &mut tab).unwrap();
}
