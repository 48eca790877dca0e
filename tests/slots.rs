//! Crash-safe saves: a save killed at any step — including one that leaves a write cut
//! short, which real localStorage never does — leaves a model that loads, and it is either
//! the last completed save or the one being written. Stored text carries a checksum.
#![cfg(not(target_arch = "wasm32"))]

use marketing_os::domain::msg::MappingMsg;
use marketing_os::domain::{Document, ModelId, Msg, Timestamp};
use marketing_os::persist::envelope::encode_stored;
use marketing_os::persist::slots::{
    load_stored, pick, save, seal, shadow_key, verify, SaveFault, Slot, Slots,
};
use marketing_os::persist::workspace::model_key;
use marketing_os::persist::LoadError;
use std::collections::BTreeMap;

/// Storage that is killed after a number of writes: the fatal write keeps only a prefix of
/// its text (possibly all or none of it), and nothing after it happens.
struct Fragile {
    map: BTreeMap<String, String>,
    writes_left: usize,
    cut: usize,
    killed: bool,
}

#[derive(Debug, PartialEq)]
struct Killed;

impl Slots for Fragile {
    type Error = Killed;
    type Text = str;
    fn holds(&self, key: &str, value: &str) -> bool {
        self.map.get(key).map(String::as_str) == Some(value)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), Killed> {
        if self.killed {
            return Err(Killed);
        }
        if self.writes_left == 0 {
            self.killed = true;
            let mut end = self.cut.min(value.len());
            while !value.is_char_boundary(end) {
                end -= 1;
            }
            self.map.insert(key.into(), value[..end].into());
            return Err(Killed);
        }
        self.writes_left -= 1;
        self.map.insert(key.into(), value.into());
        Ok(())
    }
    fn remove(&mut self, key: &str) {
        if self.killed {
            return;
        }
        if self.writes_left == 0 {
            self.killed = true;
            return;
        }
        self.writes_left -= 1;
        self.map.remove(key);
    }
}

fn id() -> ModelId {
    ModelId("crash-0001".into())
}

fn doc_after(edits: u64) -> Document {
    let mut d = Document::new(id(), "Crash & “test” <b>", Timestamp(1));
    for i in 0..edits {
        assert!(d.apply(Msg::Mapping(MappingMsg::AddFunction(format!(
            "Function {i} — ünïcode"
        )))));
        d.updated_at = Timestamp(10 + i);
    }
    d
}

fn sealed(d: &Document) -> String {
    seal(&encode_stored(d, d.updated_at))
}

fn load(map: &BTreeMap<String, String>) -> Option<Result<(Document, Slot), LoadError>> {
    pick(
        map.get(&model_key(&id())).map(String::as_str),
        map.get(&shadow_key(&id())).map(String::as_str),
    )
}

#[test]
fn sealed_text_loads_and_older_unsealed_text_still_does() {
    let d = doc_after(3);
    let text = sealed(&d);
    assert!(text.contains(",\"check\":\""));
    assert_eq!(load_stored(&text).unwrap(), d);
    let plain = encode_stored(&d, d.updated_at);
    assert_eq!(verify(&plain), Ok(()));
    assert_eq!(load_stored(&plain).unwrap(), d);
}

#[test]
fn any_cut_or_altered_byte_is_refused() {
    let text = sealed(&doc_after(2));
    for end in 0..text.len() {
        if text.is_char_boundary(end) {
            assert!(load_stored(&text[..end]).is_err(), "cut at {end} loaded");
        }
    }
    // Change a character inside a text value: still valid JSON, but the checksum says no.
    let altered = text.replacen("Function 1", "Function 7", 1);
    assert_ne!(altered, text);
    assert_eq!(load_stored(&altered), Err(LoadError::Damaged));
}

/// Every save in a sequence killed at every write it makes, with the fatal write cut at
/// many lengths: afterwards the model loads, and is the last completed save or the new one.
#[test]
fn a_save_killed_at_any_step_leaves_a_loadable_model() {
    let mut kills = 0;
    for saves_before in 0..4u64 {
        let new = doc_after(saves_before + 1);
        let text = sealed(&new);
        // Cut lengths: none, a few bytes, the middle, all but one byte, all of it.
        let cuts = [0, 5, text.len() / 2, text.len() - 1, text.len()];
        for writes_left in 0..4 {
            for &cut in &cuts {
                let mut s = Fragile {
                    map: BTreeMap::new(),
                    writes_left: usize::MAX,
                    cut: 0,
                    killed: false,
                };
                for i in 1..=saves_before {
                    save(&mut s, &id(), &sealed(&doc_after(i))).unwrap();
                }
                let old = (saves_before > 0).then(|| doc_after(saves_before));
                s.writes_left = writes_left;
                s.cut = cut;
                let result = save(&mut s, &id(), &text);
                match load(&s.map) {
                    None => assert!(old.is_none(), "the previous save vanished"),
                    Some(Ok((doc, _))) => {
                        assert!(
                            Some(&doc) == old.as_ref() || doc == new,
                            "loaded something that was never saved"
                        );
                        if result.is_ok() {
                            assert_eq!(doc, new);
                        }
                    }
                    Some(Err(e)) => panic!("unloadable after a kill: {e}"),
                }
                if s.killed {
                    kills += 1;
                }
            }
        }
    }
    assert!(kills >= 60, "only {kills} kills were exercised");
}

/// 2,000 random sessions of saves with a kill at a random write: never unloadable, never
/// older than the last completed save.
#[test]
fn random_kills_never_lose_a_completed_save() {
    let mut seed: u64 = 0x5eed_1234_abcd_0001;
    let mut rand = move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    for _ in 0..2_000 {
        let mut s = Fragile {
            map: BTreeMap::new(),
            writes_left: rand(14),
            cut: rand(3000),
            killed: false,
        };
        let mut completed = None;
        let mut edits = 0;
        while !s.killed {
            edits += 1 + rand(3) as u64;
            let d = doc_after(edits);
            match save(&mut s, &id(), &sealed(&d)) {
                Ok(()) => completed = Some(d),
                Err(SaveFault::Store(Killed)) => {}
                Err(SaveFault::ReadBack) => panic!("a plain map reads back what it stored"),
            }
        }
        match load(&s.map) {
            None => assert!(completed.is_none()),
            Some(Ok((doc, _))) => {
                let last = completed.map(|d| d.updated_at).unwrap_or(Timestamp(0));
                assert!(doc.updated_at >= last, "went back past a completed save");
            }
            Some(Err(e)) => panic!("unloadable after a kill: {e}"),
        }
    }
}

/// A shadow left by an interrupted save is taken when it is newer than the record, and the
/// next save clears it.
#[test]
fn an_interrupted_saves_shadow_is_used_then_cleared() {
    let mut s = Fragile {
        map: BTreeMap::new(),
        writes_left: usize::MAX,
        cut: 0,
        killed: false,
    };
    save(&mut s, &id(), &sealed(&doc_after(1))).unwrap();
    // Killed after the shadow was written, before the record.
    s.writes_left = 1;
    s.cut = 0;
    assert!(save(&mut s, &id(), &sealed(&doc_after(2))).is_err());
    let (doc, slot) = load(&s.map).unwrap().unwrap();
    assert_eq!((doc, slot), (doc_after(2), Slot::Shadow));
    // The next session saves again and the shadow goes.
    s.killed = false;
    s.writes_left = usize::MAX;
    save(&mut s, &id(), &sealed(&doc_after(3))).unwrap();
    assert!(!s.map.contains_key(&shadow_key(&id())));
    assert_eq!(load(&s.map).unwrap().unwrap().0, doc_after(3));
}

/// Storage that refuses the second copy (nearly full) still takes the record itself.
#[test]
fn a_full_store_still_takes_the_record() {
    struct NoRoomForShadow(BTreeMap<String, String>);
    impl Slots for NoRoomForShadow {
        type Error = &'static str;
        type Text = str;
        fn holds(&self, key: &str, value: &str) -> bool {
            self.0.get(key).map(String::as_str) == Some(value)
        }
        fn set(&mut self, key: &str, value: &str) -> Result<(), &'static str> {
            if key.starts_with("mos.shadow.") {
                return Err("QuotaExceededError");
            }
            self.0.insert(key.into(), value.into());
            Ok(())
        }
        fn remove(&mut self, key: &str) {
            self.0.remove(key);
        }
    }
    let mut s = NoRoomForShadow(BTreeMap::new());
    save(&mut s, &id(), &sealed(&doc_after(2))).unwrap();
    assert_eq!(load(&s.0).unwrap().unwrap().0, doc_after(2));
}
