//! Safety nets: the export reminder, the storage usage count, bin keys, and the version an
//! import-replace keeps of the model it replaces.
#![cfg(not(target_arch = "wasm32"))]

use marketing_os::content::storage::{export_reminder, exported_text, size_text};
use marketing_os::domain::msg::{MappingMsg, ModelMsg};
use marketing_os::domain::{Document, ModelId, Msg, Timestamp};
use marketing_os::persist::workspace::{bin_entry_of, bin_key, keep_replaced, Usage};

const DAY: u64 = 86_400_000;

fn doc(created: u64, updated: u64) -> Document {
    let mut d = Document::new(ModelId("safe-0001".into()), "Safe Ltd", Timestamp(created));
    d.updated_at = Timestamp(updated);
    d
}

#[test]
fn the_export_reminder_waits_a_week_of_unexported_changes() {
    let t0 = 1_700_000_000_000;
    // Never exported: counted from creation, and only once the model has changed.
    assert_eq!(
        export_reminder(&doc(t0, t0), None, Timestamp(t0 + 30 * DAY)),
        None
    );
    assert_eq!(
        export_reminder(&doc(t0, t0 + DAY), None, Timestamp(t0 + 6 * DAY)),
        None
    );
    assert_eq!(
        export_reminder(&doc(t0, t0 + DAY), None, Timestamp(t0 + 9 * DAY)).as_deref(),
        Some("Not exported since it was started 9 days ago. It lives only in this browser.")
    );
    // Exported: changes since the export, and a week since it.
    let exported = Some(Timestamp(t0 + 2 * DAY));
    assert_eq!(
        export_reminder(&doc(t0, t0 + DAY), exported, Timestamp(t0 + 20 * DAY)),
        None
    );
    assert_eq!(
        export_reminder(&doc(t0, t0 + 3 * DAY), exported, Timestamp(t0 + 8 * DAY)),
        None
    );
    assert_eq!(
        export_reminder(&doc(t0, t0 + 3 * DAY), exported, Timestamp(t0 + 12 * DAY)).as_deref(),
        Some("Last exported 10 days ago. Changes since then live only in this browser.")
    );
    assert_eq!(exported_text(None, Timestamp(t0)), "Not exported yet");
    assert_eq!(
        exported_text(Some(Timestamp(t0)), Timestamp(t0 + 5)),
        "Exported today"
    );
    assert_eq!(
        exported_text(Some(Timestamp(t0)), Timestamp(t0 + DAY + 5)),
        "Exported yesterday"
    );
    assert_eq!(
        exported_text(Some(Timestamp(t0)), Timestamp(t0 + 4 * DAY)),
        "Exported 4 days ago"
    );
}

#[test]
fn usage_counts_each_kind_of_key() {
    let mut u = Usage::default();
    u.add("mos.model.a", 1000);
    u.add("mos.shadow.a", 1000);
    u.add("mos.version.a.1-5", 300);
    u.add("mos.backup.mos.model.b.7", 50);
    u.add("mos.bin.c.9", 20);
    u.add("mos.invitations", 5);
    assert_eq!(
        (u.models, u.versions, u.backups, u.bin, u.other),
        (2000, 300, 50, 20, 5)
    );
    assert_eq!(u.total(), 2375);
    assert_eq!(u.percent(), 1);
    assert_eq!(Usage::default().percent(), 0);
    u.add("mos.model.big", 5 * 1024 * 1024 / 2);
    assert_eq!(u.percent(), 50);
    assert_eq!(size_text(1), "1 KB");
    assert_eq!(size_text(1536 * 1024), "1.5 MB");
    assert_eq!(size_text(1024 * 1024), "1.0 MB");
    assert_eq!(size_text(1024 * 1024 + 52_428), "1.0 MB");
    assert_eq!(size_text(1024 * 1024 + 52_429), "1.1 MB");
    assert_eq!(size_text(10 * 1024 * 1024 - 1), "10.0 MB");
}

#[test]
fn bin_keys_name_the_model_and_when_it_was_deleted() {
    let id = ModelId("mwu1hb1q-trt0hs".into());
    let key = bin_key(&id, Timestamp(1_764_000_000_123));
    assert_eq!(key, "mos.bin.mwu1hb1q-trt0hs.1764000000123");
    assert_eq!(bin_entry_of(&key), Some((id, Timestamp(1_764_000_000_123))));
    assert_eq!(bin_entry_of("mos.bin.no-time"), None);
    assert_eq!(bin_entry_of("mos.bin.bad id!.5"), None);
    assert_eq!(bin_entry_of("mos.model.x.5"), None);
}

#[test]
fn an_import_that_replaces_a_model_keeps_the_replaced_one_as_versions() {
    let mut existing = doc(1, 2);
    assert!(existing.apply(Msg::Mapping(MappingMsg::AddFunction(
        "Only in the old one".into()
    ))));
    assert!(existing.apply(Msg::Model(ModelMsg::SaveVersion {
        name: "Old milestone".into(),
        at: Timestamp(3)
    })));
    let mut incoming = doc(1, 10);
    assert!(incoming.apply(Msg::Model(ModelMsg::SetCompany("Safe Group".into()))));
    keep_replaced(&mut incoming, &existing, Timestamp(5 * DAY));
    let names: Vec<&str> = incoming.versions.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(names, ["Old milestone", "Before the import of 1970-01-06"]);
    let kept = &incoming.versions[1].snapshot;
    assert_eq!(kept.company, "Safe Ltd");
    assert_eq!(*kept, existing.snapshot().into());
    // Version ids stay unique.
    assert_ne!(incoming.versions[0].id, incoming.versions[1].id);
    // Replacing again with the same incoming model does not copy the milestone twice.
    let again_existing = incoming.clone();
    let mut again = incoming.clone();
    keep_replaced(&mut again, &again_existing, Timestamp(6 * DAY));
    assert_eq!(again.versions.len(), 3);
}
