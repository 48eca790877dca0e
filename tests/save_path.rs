//! The one save path (`persist::workspace::Workspace`) over a fake storage: what one save
//! writes, a stale tab refused, a full store leaving the old record loadable, versions
//! written once and forgotten, and start-up backing up what it cannot read.
#![cfg(not(target_arch = "wasm32"))]

use marketing_os::domain::msg::{MappingMsg, ModelMsg};
use marketing_os::domain::{Document, ModelId, Msg, Timestamp};
use marketing_os::persist::slots::load_stored;
use marketing_os::persist::store::{fingerprint, MemoryStore, Storage, StorageError};
use marketing_os::persist::tabs::TabSync;
use marketing_os::persist::workspace::{
    model_key, SaveError, SummaryMemo, Workspace, BACKUP_PREFIX, SUMMARIES_KEY, VERSION_PREFIX,
};

fn doc(name: &str) -> Document {
    Document::new(ModelId("save-0001".into()), name, Timestamp(1))
}

fn opened(ws: &Workspace<MemoryStore>, d: &Document) -> TabSync {
    TabSync::opened(ws.fingerprint(&d.id))
}

fn stored(ws: &Workspace<MemoryStore>, d: &Document) -> Document {
    load_stored(&ws.raw(&model_key(&d.id)).expect("a record")).expect("it loads")
}

#[test]
fn rust_fingerprints_are_the_ones_the_browser_computes() {
    // Computed by the JS in `web::storage` (UTF-16 code units, so characters outside the
    // basic plane count twice).
    let long = "{\"flows\": [1, 2, 3]}".repeat(5_000);
    for (text, js) in [
        ("", "0.erz5dn.weqlms"),
        ("a", "1.1bzhx9h.joziei"),
        ("é", "1.1duer70.1consp6"),
        (
            "😀 a character outside the basic plane",
            "12.1crhrqi.2co9wv",
        ),
        ("mixed: ü, ß, 中文, 𝄞, and \\ \"quotes\"", "z.rnj1th.yngxh2"),
        (long.as_str(), "255s.1kmpek0.yj07ju"),
    ] {
        assert_eq!(fingerprint(text), js, "{text:.40}");
    }
}

#[test]
fn a_save_writes_the_record_and_the_memo_once() {
    let ws = Workspace::new(MemoryStore::new());
    let mut d = doc("Once Ltd");
    let mut tab = opened(&ws, &d);
    ws.store().take_writes();
    let saved = ws.save(&d, Timestamp(2), &mut tab).unwrap();
    let writes = ws.store().take_writes();
    let record = model_key(&d.id);
    assert_eq!(writes.iter().filter(|k| **k == record).count(), 1);
    assert_eq!(writes.iter().filter(|k| *k == SUMMARIES_KEY).count(), 1);
    // Through the shadow slot, which is gone once the record is written.
    assert_eq!(writes.len(), 3, "{writes:?}");
    assert_eq!(
        ws.store().keys_with_prefix("mos.shadow."),
        Vec::<String>::new()
    );
    assert_eq!(stored(&ws, &d).company, "Once Ltd");
    // The summary given is the one the memo keeps, under the stored text's fingerprint.
    assert_eq!(saved.summary.company, "Once Ltd");
    assert_eq!(Some(&saved.fingerprint), ws.fingerprint(&d.id).as_ref());
    let memo = SummaryMemo::read(ws.raw(SUMMARIES_KEY).as_deref());
    assert_eq!(memo.get(&d.id, &saved.fingerprint), Some(saved.summary));
    // The tab saves again: storage holds what it wrote.
    assert!(d.apply(Msg::Model(ModelMsg::SetCompany("Twice Ltd".into()))));
    ws.save(&d, Timestamp(3), &mut tab).unwrap();
    assert_eq!(stored(&ws, &d).company, "Twice Ltd");
}

#[test]
fn a_tab_whose_model_another_tab_wrote_is_refused() {
    let ws = Workspace::new(MemoryStore::new());
    let mut d = doc("Shared Ltd");
    ws.write(&d, Timestamp(2)).unwrap();
    let mut mine = opened(&ws, &d);
    let mut theirs = opened(&ws, &d);
    let mut other = d.clone();
    assert!(other.apply(Msg::Model(ModelMsg::SetCompany("Theirs Ltd".into()))));
    ws.save(&other, Timestamp(3), &mut theirs).unwrap();
    assert!(d.apply(Msg::Model(ModelMsg::SetCompany("Mine Ltd".into()))));
    assert_eq!(ws.save(&d, Timestamp(4), &mut mine), Err(SaveError::Stale));
    assert!(mine.stale);
    assert_eq!(stored(&ws, &d).company, "Theirs Ltd");
    // Stale stays stale until the user chooses, even with storage back as it was.
    assert_eq!(ws.save(&d, Timestamp(5), &mut mine), Err(SaveError::Stale));
}

#[test]
fn a_full_store_during_a_save_leaves_the_old_record_loadable() {
    let ws = Workspace::new(MemoryStore::new());
    let mut d = doc("Full Ltd");
    let mut tab = opened(&ws, &d);
    ws.save(&d, Timestamp(2), &mut tab).unwrap();
    let before = ws.store().snapshot();
    ws.store().set_room(Some(ws.store().used()));
    for i in 0..40 {
        assert!(d.apply(Msg::Mapping(MappingMsg::AddFunction(format!(
            "A function with a long name {i}"
        )))));
    }
    assert_eq!(
        ws.save(&d, Timestamp(3), &mut tab),
        Err(SaveError::Store(StorageError::QuotaExceeded))
    );
    assert_eq!(ws.store().snapshot(), before, "nothing stored changed");
    assert_eq!(stored(&ws, &d).company, "Full Ltd");
    assert!(stored(&ws, &d).mapping.functions.is_empty());
    // Not stale: with room again, the same tab saves.
    ws.store().set_room(None);
    ws.save(&d, Timestamp(4), &mut tab).unwrap();
    assert_eq!(stored(&ws, &d).mapping.functions.len(), 40);
}

#[test]
fn versions_are_written_once_and_forgotten_when_deleted() {
    let ws = Workspace::new(MemoryStore::new());
    ws.scan(Timestamp(1));
    let mut d = doc("Versions Ltd");
    for (name, at) in [("First", 2), ("Second", 3)] {
        assert!(d.apply(Msg::Model(ModelMsg::SaveVersion {
            name: name.into(),
            at: Timestamp(at)
        })));
    }
    ws.write(&d, Timestamp(4)).unwrap();
    let keys = ws.store().keys_with_prefix(VERSION_PREFIX);
    assert_eq!(keys.len(), 2);
    ws.store().take_writes();
    assert!(d.apply(Msg::Model(ModelMsg::SetCompany("Versions Group".into()))));
    ws.write(&d, Timestamp(5)).unwrap();
    let writes = ws.store().take_writes();
    assert!(
        !writes.iter().any(|k| k.starts_with(VERSION_PREFIX)),
        "{writes:?}"
    );
    // The model reads back whole, its versions' snapshots attached.
    let read = ws.read(&d.id, Timestamp(6));
    assert!(read.problems.is_empty());
    assert_eq!(read.doc.unwrap().versions, d.versions);
    // A deleted version's snapshot goes with the next save.
    d.versions.remove(0);
    ws.write(&d, Timestamp(7)).unwrap();
    assert_eq!(
        ws.store().keys_with_prefix(VERSION_PREFIX),
        keys[1..].to_vec()
    );
    // A later visit (a new workspace over the same storage) knows them from the scan.
    let again = Workspace::new(MemoryStore::new());
    for (k, v) in ws.store().snapshot() {
        again.store().set(&k, &v).unwrap();
    }
    again.scan(Timestamp(8));
    again.store().take_writes();
    again.write(&d, Timestamp(9)).unwrap();
    let writes = again.store().take_writes();
    assert!(!writes.iter().any(|k| k.starts_with(VERSION_PREFIX)));
    again.forget_model(&d.id);
    assert!(again.store().keys_with_prefix(VERSION_PREFIX).is_empty());
}

#[test]
fn start_up_backs_up_what_it_cannot_read_and_lists_the_rest() {
    let ws = Workspace::new(MemoryStore::new());
    let good = doc("Good Ltd");
    ws.write(&good, Timestamp(2)).unwrap();
    let broken = "{\"format\":\"marketing-os-model\",\"sch";
    ws.store().set("mos.model.broken-01", broken).unwrap();
    let found = ws.scan(Timestamp(1_000));
    assert_eq!(found.models.len(), 1);
    assert_eq!(found.models[0].company, "Good Ltd");
    assert_eq!(found.problems.len(), 1);
    let p = &found.problems[0];
    assert_eq!(p.key, "mos.model.broken-01");
    let backup = p.backup.as_deref().expect("a backup was written");
    assert_eq!(ws.raw(backup).as_deref(), Some(broken));
    assert_eq!(found.backups, vec![backup.to_string()]);
    // Left where it was, and not copied again on the next start-up.
    assert_eq!(ws.raw("mos.model.broken-01").as_deref(), Some(broken));
    ws.scan(Timestamp(2_000));
    assert_eq!(ws.store().keys_with_prefix(BACKUP_PREFIX).len(), 1);
    // Opening it gives the reason and the backup.
    let read = ws.read(&ModelId("broken-01".into()), Timestamp(3_000));
    assert!(read.doc.unwrap_err().contains("could not be opened"));
    assert_eq!(read.problems[0].backup.as_deref(), Some(backup));
}

#[test]
fn a_deleted_model_waits_in_the_bin_until_restored() {
    let ws = Workspace::new(MemoryStore::new());
    let d = doc("Binned Ltd");
    ws.write(&d, Timestamp(2)).unwrap();
    let binned = ws.put_in_bin(d.clone(), Timestamp(3));
    assert!(binned.key.is_some());
    assert_eq!(ws.raw(&model_key(&d.id)), None);
    assert!(ws.scan(Timestamp(4)).models.is_empty());
    let (bin, problems) = ws.bin(Timestamp(4));
    assert!(problems.is_empty());
    assert_eq!(bin, vec![binned.clone()]);
    ws.write(&bin[0].doc, Timestamp(5)).unwrap();
    ws.take_from_bin(&bin[0]);
    assert!(ws.bin(Timestamp(6)).0.is_empty());
    assert_eq!(ws.scan(Timestamp(6)).models[0].company, "Binned Ltd");
}
