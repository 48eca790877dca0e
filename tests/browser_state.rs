//! The app state in a real headless Chromium: what a page derives from part of the open model
//! re-runs only when that part changes. Typing a flow's name re-runs no findings; giving it an
//! owner does.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use marketing_os::domain::findings::findings;
use marketing_os::domain::mapping::{Direction, Scope};
use marketing_os::domain::msg::{FlowEdit, MappingMsg};
use marketing_os::domain::Msg;
use marketing_os::state::AppState;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// How many times a memo ran.
#[derive(Clone, Default)]
struct Runs(Arc<AtomicU32>);

impl Runs {
    fn get(&self) -> u32 {
        self.0.load(Ordering::SeqCst)
    }
}

/// A memo of `f`, counting its runs.
fn counted<T: PartialEq + Send + Sync + 'static>(
    f: impl Fn() -> T + Send + Sync + 'static,
) -> (Runs, Memo<T>) {
    let runs = Runs::default();
    let count = runs.clone();
    let memo = Memo::new(move |_| {
        count.0.fetch_add(1, Ordering::SeqCst);
        f()
    });
    (runs, memo)
}

#[wasm_bindgen_test]
fn typing_a_name_re_runs_no_findings_and_an_owner_does() {
    let _ = any_spawner::Executor::init_wasm_bindgen();
    let owner = Owner::new();
    owner.set();
    let app = AppState::provide();
    let id = app.create("Reach test").expect("a model is created");
    app.open(&id).expect("it opens");
    for (name, direction) in [("Leads", Direction::Input), ("Pipeline", Direction::Output)] {
        app.dispatch(Msg::Mapping(MappingMsg::AddFlow {
            name: name.into(),
            direction,
            scope: Scope::PrimaryExternal,
            owner: None,
        }));
    }
    let flow = app
        .doc_untracked(|d| d.mapping.flows[0].id)
        .expect("the model is open");

    let (found_runs, found) = counted(move || app.with_rules(findings).unwrap_or_default());
    let (names_runs, names) = counted(move || {
        app.with_names(|d| {
            d.mapping
                .flows
                .iter()
                .map(|f| f.name.clone())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    let unowned = found.with(|f| f.len());
    assert!(unowned >= 2, "two unowned flows are findings");
    names.with(|_| ());
    assert_eq!((found_runs.get(), names_runs.get()), (1, 1));

    for typed in ["L", "Le", "Lea", "Lead", "Leads in"] {
        app.dispatch(Msg::Mapping(MappingMsg::EditFlow(
            flow,
            FlowEdit::Name(typed.into()),
        )));
        found.with(|_| ());
        names.with(|_| ());
    }
    assert_eq!(found_runs.get(), 1, "typing a name re-ran the findings");
    assert_eq!(
        names_runs.get(),
        6,
        "each keystroke in a name re-lists the names"
    );
    assert_eq!(names.with(|n| n[0].clone()), "Leads in");

    app.dispatch(Msg::Mapping(MappingMsg::SetNote(
        flow,
        "from events".into(),
    )));
    found.with(|_| ());
    names.with(|_| ());
    assert_eq!(
        (found_runs.get(), names_runs.get()),
        (1, 6),
        "a note is words only"
    );

    let sub = {
        app.dispatch(Msg::Mapping(MappingMsg::AddSubFunction {
            name: "Demand".into(),
            kind: Default::default(),
        }));
        app.doc_untracked(|d| d.mapping.sub_functions.last().map(|s| s.id))
            .flatten()
    };
    app.dispatch(Msg::Mapping(MappingMsg::EditFlow(
        flow,
        FlowEdit::Owner(sub),
    )));
    assert!(
        found.with(|f| f.len()) < unowned + 1,
        "the findings follow the owner"
    );
    assert!(found_runs.get() >= 2);

    // Undo reaches everything.
    let before = found_runs.get();
    app.undo();
    found.with(|_| ());
    assert_eq!(found_runs.get(), before + 1);
    owner.unset();
}
