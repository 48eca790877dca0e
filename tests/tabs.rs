//! Two tabs on one model: 1,000 random sequences of edits, saves, storage events arriving
//! late, conflicts resolved either way, and reloads, over one shared store — and no edit is
//! ever lost. The tabs follow the protocol the app follows (`persist::tabs`), comparing
//! fingerprints of the stored text.
#![cfg(not(target_arch = "wasm32"))]

use marketing_os::domain::msg::MappingMsg;
use marketing_os::domain::{Document, ModelId, Msg, Timestamp};
use marketing_os::persist::envelope::encode_stored;
use marketing_os::persist::load;
use marketing_os::persist::store::fingerprint;
use marketing_os::persist::tabs::{conflict_copy, Change, TabSync};
use proptest::prelude::*;
use std::collections::BTreeMap;

const KEY: &str = "mos.model.shared-0001";

struct World {
    store: BTreeMap<String, String>,
    tabs: [Tab; 2],
    next: u64,
    clock: u64,
}

struct Tab {
    doc: Document,
    dirty: bool,
    sync: TabSync,
}

impl World {
    fn new() -> World {
        let doc = Document::new(ModelId("shared-0001".into()), "Shared", Timestamp(1));
        let text = encode_stored(&doc, Timestamp(1));
        let mut store = BTreeMap::new();
        store.insert(KEY.to_string(), text.clone());
        let tab = || Tab {
            doc: doc.clone(),
            dirty: false,
            sync: TabSync::opened(Some(fingerprint(&text))),
        };
        World {
            store,
            tabs: [tab(), tab()],
            next: 0,
            clock: 1,
        }
    }

    fn now(&mut self) -> Timestamp {
        self.clock += 1;
        Timestamp(self.clock)
    }

    fn stored(&self) -> Option<String> {
        self.store.get(KEY).cloned()
    }

    fn edit(&mut self, t: usize) -> String {
        self.next += 1;
        let token = format!("<edit {}>", self.next);
        assert!(self.tabs[t]
            .doc
            .apply(Msg::Mapping(MappingMsg::AddFunction(token.clone()))));
        self.tabs[t].dirty = true;
        token
    }

    /// The autosave: writes only when storage holds what the tab last saw.
    fn save(&mut self, t: usize) {
        if !self.tabs[t].dirty {
            return;
        }
        let stored = self.stored();
        let now = self.now();
        let tab = &mut self.tabs[t];
        if tab
            .sync
            .may_write(stored.as_deref().map(fingerprint).as_deref())
        {
            let text = encode_stored(&tab.doc, now);
            self.store.insert(KEY.to_string(), text.clone());
            tab.sync.wrote(fingerprint(&text));
            tab.dirty = false;
        }
    }

    /// A storage event from the other tab, whenever it arrives.
    fn notice(&mut self, t: usize) {
        let stored = self.stored();
        let tab = &mut self.tabs[t];
        if tab
            .sync
            .changed(stored.as_deref().map(fingerprint).as_deref(), tab.dirty)
            == Change::Reload
        {
            let text = stored.expect("a reload has something to load");
            tab.doc = load(text.as_bytes()).unwrap();
            tab.sync.wrote(fingerprint(&text));
        }
    }

    fn keep_copy(&mut self, doc: &Document, whose: &str) {
        self.next += 1;
        let now = self.now();
        let copy = conflict_copy(doc, ModelId(format!("copy-{}", self.next)), whose, now);
        self.store.insert(
            format!("mos.model.{}", copy.id.as_str()),
            encode_stored(&copy, now),
        );
    }

    /// The user answers the conflict banner.
    fn resolve(&mut self, t: usize, keep_mine: bool) {
        if !self.tabs[t].sync.stale {
            return;
        }
        let stored = self.stored().expect("the model is stored");
        let theirs = load(stored.as_bytes()).unwrap();
        if keep_mine {
            self.keep_copy(&theirs, "from another tab");
            self.tabs[t].sync.wrote(fingerprint(&stored));
            self.tabs[t].dirty = true;
            self.save(t);
        } else {
            let ours = self.tabs[t].doc.clone();
            self.keep_copy(&ours, "this tab's changes");
            let tab = &mut self.tabs[t];
            tab.doc = theirs;
            tab.sync.wrote(fingerprint(&stored));
            tab.dirty = false;
        }
    }

    /// Closing or reloading: unsaved changes are saved, or kept as a copy when the tab is
    /// stale and there is no one to ask; then the model is read afresh.
    fn reload(&mut self, t: usize) {
        self.save(t);
        if self.tabs[t].dirty {
            let ours = self.tabs[t].doc.clone();
            self.keep_copy(&ours, "unsaved changes from a closed tab");
        }
        let stored = self.stored().expect("the model is stored");
        let tab = &mut self.tabs[t];
        tab.doc = load(stored.as_bytes()).unwrap();
        tab.sync = TabSync::opened(Some(fingerprint(&stored)));
        tab.dirty = false;
    }
}

#[derive(Clone, Copy, Debug)]
enum Op {
    Edit(usize),
    Save(usize),
    Notice(usize),
    Resolve(usize, bool),
    Reload(usize),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0usize..2).prop_map(Op::Edit),
        3 => (0usize..2).prop_map(Op::Save),
        3 => (0usize..2).prop_map(Op::Notice),
        2 => (0usize..2, any::<bool>()).prop_map(|(t, k)| Op::Resolve(t, k)),
        1 => (0usize..2).prop_map(Op::Reload),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1_000))]

    #[test]
    fn two_tabs_never_lose_an_edit(ops in proptest::collection::vec(op(), 1..60), ends in any::<[bool; 2]>()) {
        let mut w = World::new();
        let mut made = Vec::new();
        for op in ops {
            match op {
                Op::Edit(t) => made.push(w.edit(t)),
                Op::Save(t) => w.save(t),
                Op::Notice(t) => w.notice(t),
                Op::Resolve(t, keep) => w.resolve(t, keep),
                Op::Reload(t) => w.reload(t),
            }
            // A stale tab never writes: storage changes only through a tab that saw it last.
        }
        // The user settles any open conflict, then both tabs close.
        for (t, keep_mine) in ends.into_iter().enumerate() {
            w.notice(t);
            w.resolve(t, keep_mine);
            w.reload(t);
        }
        for token in &made {
            prop_assert!(
                w.store.values().any(|text| text.contains(token.as_str())),
                "lost {token}"
            );
        }
    }
}

#[test]
fn a_stale_tab_does_not_write() {
    let mut w = World::new();
    w.edit(0);
    w.save(0);
    let after_first = w.stored();
    w.edit(1);
    w.save(1); // tab 1 has not seen tab 0's save
    assert_eq!(w.stored(), after_first);
    assert!(w.tabs[1].sync.stale);
    // Told of the change, it stays stale until the user chooses.
    w.notice(1);
    w.save(1);
    assert_eq!(w.stored(), after_first);
    w.resolve(1, true);
    assert!(!w.tabs[1].sync.stale);
    assert_ne!(w.stored(), after_first);
    // The other tab's version is kept as a copy.
    assert_eq!(w.store.len(), 2);
}

#[test]
fn a_tab_with_nothing_unsaved_takes_the_other_tabs_changes() {
    let mut w = World::new();
    let token = w.edit(0);
    w.save(0);
    w.notice(1);
    assert!(!w.tabs[1].sync.stale);
    assert!(encode_stored(&w.tabs[1].doc, Timestamp(0)).contains(&token));
}
