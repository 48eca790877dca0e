//! Newer data is never dropped: a whole shadow slot written by a newer build is kept,
//! backed up and reported (and survives the next save as a backup); a named version whose
//! snapshot is damaged is reported against its model, backed up.
#![cfg(not(target_arch = "wasm32"))]

use marketing_os::domain::msg::ModelMsg;
use marketing_os::domain::{Document, ModelId, Msg, Timestamp};
use marketing_os::persist::envelope::{encode_stored, SCHEMA_VERSION};
use marketing_os::persist::slots::{seal, shadow_key};
use marketing_os::persist::store::{MemoryStore, Storage};
use marketing_os::persist::tabs::TabSync;
use marketing_os::persist::workspace::{Workspace, BACKUP_PREFIX, VERSION_PREFIX};

fn doc() -> Document {
    Document::new(ModelId("kept-0001".into()), "Kept Ltd", Timestamp(1))
}

/// `d` as a newer build would store it: a later schema, sealed with a valid checksum.
fn newer_text(d: &Document, at: Timestamp) -> String {
    let text = encode_stored(d, at);
    let from = format!("\"schema\":{SCHEMA_VERSION}");
    assert!(text.contains(&from));
    seal(&text.replacen(&from, &format!("\"schema\":{}", SCHEMA_VERSION + 1), 1))
}

#[test]
fn a_newer_builds_shadow_slot_is_backed_up_reported_and_outlives_the_next_save() {
    let ws = Workspace::new(MemoryStore::new());
    let mut d = doc();
    ws.write(&d, Timestamp(2)).unwrap();
    let mut newer = d.clone();
    newer.company = "Kept Ltd, as the newer build left it".into();
    let shadow = newer_text(&newer, Timestamp(9));
    ws.store().set(&shadow_key(&d.id), &shadow).unwrap();

    let scan = ws.scan(Timestamp(10));
    assert_eq!(scan.models.len(), 1, "the model is listed from its record");
    assert_eq!(scan.problems.len(), 1, "{:?}", scan.problems);
    let p = &scan.problems[0];
    assert_eq!(p.key, shadow_key(&d.id));
    assert!(
        p.reason
            .starts_with("A later save of “Kept Ltd” could not be opened here"),
        "{}",
        p.reason
    );
    assert!(
        p.reason.contains("newer version of the app"),
        "{}",
        p.reason
    );
    let backup = p.backup.clone().expect("a backup was written");
    assert_eq!(ws.raw(&backup).as_deref(), Some(shadow.as_str()));

    // Opening the model reports it again, without a second copy.
    let read = ws.read(&d.id, Timestamp(11));
    assert_eq!(read.doc.as_ref().unwrap().company, "Kept Ltd");
    assert_eq!(read.problems.len(), 1);
    assert_eq!(ws.store().keys_with_prefix(BACKUP_PREFIX).len(), 1);

    // The next edit saves; the newer text is still in storage, as the backup.
    let mut tab = TabSync::opened(ws.fingerprint(&d.id));
    assert!(d.apply(Msg::Model(ModelMsg::SetCompany("Kept Group".into()))));
    ws.save(&d, Timestamp(12), &mut tab).unwrap();
    assert_eq!(ws.raw(&shadow_key(&d.id)), None);
    assert_eq!(ws.raw(&backup).as_deref(), Some(shadow.as_str()));
}

#[test]
fn a_shadow_with_no_backup_yet_is_backed_up_before_a_save_replaces_it() {
    // A tab that opened the model before the newer build wrote its shadow saves over it.
    let ws = Workspace::new(MemoryStore::new());
    let mut d = doc();
    ws.write(&d, Timestamp(2)).unwrap();
    let mut tab = TabSync::opened(ws.fingerprint(&d.id));
    let shadow = newer_text(&d, Timestamp(9));
    ws.store().set(&shadow_key(&d.id), &shadow).unwrap();
    assert!(d.apply(Msg::Model(ModelMsg::SetCompany("Kept Group".into()))));
    ws.save(&d, Timestamp(12), &mut tab).unwrap();
    let kept: Vec<String> = ws
        .store()
        .keys_with_prefix(BACKUP_PREFIX)
        .iter()
        .filter_map(|k| ws.raw(k))
        .collect();
    assert_eq!(kept, [shadow]);
}

#[test]
fn a_save_cut_short_is_still_dropped_without_a_word() {
    let ws = Workspace::new(MemoryStore::new());
    let d = doc();
    ws.write(&d, Timestamp(2)).unwrap();
    let whole = seal(&encode_stored(&d, Timestamp(3)));
    for cut in [10, whole.len() / 2, whole.len() - 1] {
        ws.store().set(&shadow_key(&d.id), &whole[..cut]).unwrap();
        let scan = ws.scan(Timestamp(4));
        assert!(
            scan.problems.is_empty(),
            "cut at {cut}: {:?}",
            scan.problems
        );
    }
}

#[test]
fn a_damaged_version_is_reported_against_its_model_and_backed_up() {
    let ws = Workspace::new(MemoryStore::new());
    ws.scan(Timestamp(1));
    let mut d = doc();
    assert!(d.apply(Msg::Model(ModelMsg::SaveVersion {
        name: "Q1 2027".into(),
        at: Timestamp(2),
    })));
    ws.write(&d, Timestamp(3)).unwrap();
    let key = ws.store().keys_with_prefix(VERSION_PREFIX).remove(0);
    ws.store()
        .set(&key, "{\"format\":\"marketing-os-vers")
        .unwrap();
    let read = ws.read(&d.id, Timestamp(4));
    assert!(read.doc.unwrap().versions.is_empty());
    assert_eq!(read.problems.len(), 1);
    let p = &read.problems[0];
    assert_eq!(p.key, key);
    assert!(p
        .key
        .starts_with(&format!("{VERSION_PREFIX}{}.", d.id.as_str())));
    assert!(
        p.reason
            .starts_with("Version “Q1 2027” of “Kept Ltd” could not be opened"),
        "{}",
        p.reason
    );
    assert_eq!(
        ws.raw(p.backup.as_ref().unwrap()).as_deref(),
        Some("{\"format\":\"marketing-os-vers")
    );
}
