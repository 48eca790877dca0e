//! Your market and your company: constituents, their segments and supporting programs.

use super::GuideText;
use crate::content::{guide, CONSTITUENTS};
use crate::domain::dialogue::{Constituent, Importance, Priority, ProgramStatus, Side};
use crate::domain::dialogue_msg::DialogueMsg as D;
use crate::domain::ids::{ConstituentId, ProgramId, SegmentId};
use crate::domain::msg::ConstituentEdit;
use crate::domain::Msg;
use crate::state::use_app;
use crate::ui::widgets::{
    holds, AddForm, CheckField, SelectField, Suggestions, TextArea, TextField,
};
use leptos::prelude::*;

pub(super) fn importance_options() -> Vec<(Importance, String)> {
    [
        (Importance::Unrated, "Not rated"),
        (Importance::Low, "Low"),
        (Importance::Medium, "Medium"),
        (Importance::High, "High"),
    ]
    .map(|(v, l)| (v, l.to_string()))
    .to_vec()
}

pub(super) fn status_options() -> Vec<(ProgramStatus, String)> {
    [
        (ProgramStatus::Unset, "Not marked"),
        (ProgramStatus::Have, "Have"),
        (ProgramStatus::Gap, "Gap"),
        (ProgramStatus::NotNow, "Not now"),
    ]
    .map(|(v, l)| (v, l.to_string()))
    .to_vec()
}

fn priority_options() -> Vec<(Priority, String)> {
    [
        (Priority::Unset, "No priority"),
        (Priority::High, "High"),
        (Priority::Medium, "Medium"),
        (Priority::Low, "Low"),
    ]
    .map(|(v, l)| (v, l.to_string()))
    .to_vec()
}

/// The constituents on one side, with a form to add a custom one.
#[component]
pub fn ConstituentSection(side: Side) -> impl IntoView {
    let app = use_app();
    let (title, heading_id, add_label, g) = match side {
        Side::Market => (
            "Your market",
            "market-heading",
            "New market constituent",
            &guide::MARKET,
        ),
        Side::Company => (
            "Your company",
            "company-heading",
            "New company constituent",
            &guide::COMPANY,
        ),
    };
    let ids = move || {
        app.with_doc(|d| d.constituents(side).map(|c| c.id).collect::<Vec<_>>())
            .unwrap_or_default()
    };
    view! {
        <section aria-labelledby=heading_id>
            <h2 id=heading_id>{title}</h2>
            <GuideText guide=g />
            <div class="card-grid">
                <For each=ids key=|id| *id children=move |id| view! { <ConstituentCard id=id /> } />
            </div>
            <AddForm label=add_label button="Add" on_add=move |name| Msg::Dialogue(D::AddConstituent { side, name }) />
        </section>
    }
}

/// One constituent: whether it is in, how much it matters, a note, segments and programs.
#[component]
fn ConstituentCard(id: ConstituentId) -> impl IntoView {
    let app = use_app();
    let get = move |f: fn(&Constituent) -> String| {
        app.with_doc(|d| d.dialogue.constituent(id).map(f))
            .flatten()
            .unwrap_or_default()
    };
    let enabled = move || {
        app.with_doc(|d| d.dialogue.constituent(id).map(|c| c.enabled))
            .flatten()
            .unwrap_or(false)
    };
    let edit = move |e: ConstituentEdit| app.dispatch(Msg::Dialogue(D::EditConstituent(id, e)));
    let name = move || get(|c| c.name.clone());
    let shown = move || {
        let n = name();
        if n.trim().is_empty() {
            "Unnamed".to_string()
        } else {
            n
        }
    };
    view! {
        <fieldset class="card" class:disabled=move || !enabled()>
            <legend>{shown}<span class="off-note">{move || if enabled() { "" } else { " (left out)" }}</span></legend>
            <CheckField label="Include in your model" checked=enabled on_change=move |v| edit(ConstituentEdit::Enabled(v)) />
            <TextField label="Name" value=name on_input=move |v| edit(ConstituentEdit::Name(v)) />
            <TextArea label="Note" value=move || get(|c| c.note.clone()) on_input=move |v| edit(ConstituentEdit::Note(v)) />
            <Segments id=id />
            <Programs id=id />
            <button type="button" class="quiet danger" on:click=move |_| app.dispatch(Msg::Dialogue(D::RemoveConstituent(id)))>
                {move || format!("Remove {}", shown())}
            </button>
        </fieldset>
    }
}

fn suggestions(
    d: &crate::domain::Document,
    id: ConstituentId,
    programs: bool,
) -> Vec<&'static str> {
    let Some(c) = d.dialogue.constituent(id) else {
        return Vec::new();
    };
    let Some(std) = CONSTITUENTS.iter().find(|s| s.kind == c.kind) else {
        return Vec::new();
    };
    let list = if programs { std.programs } else { std.segments };
    list.iter()
        .filter(|s| {
            if programs {
                !c.programs.iter().any(|p| p.name.eq_ignore_ascii_case(s))
            } else {
                !c.segments.iter().any(|p| p.name.eq_ignore_ascii_case(s))
            }
        })
        .copied()
        .collect()
}

/// The drill-down into segments of one constituent.
#[component]
fn Segments(id: ConstituentId) -> impl IntoView {
    let app = use_app();
    let ids = move || {
        app.with_doc(|d| {
            d.dialogue
                .constituent(id)
                .map(|c| c.segments.iter().map(|s| s.id).collect::<Vec<_>>())
        })
        .flatten()
        .unwrap_or_default()
    };
    let names = move || {
        app.with_doc(|d| {
            d.dialogue.constituent(id).map(|c| {
                c.segments
                    .iter()
                    .map(|s| s.name.clone())
                    .collect::<Vec<_>>()
            })
        })
        .flatten()
        .unwrap_or_default()
    };
    let missing = Memo::new(move |_| {
        app.with_doc(|d| suggestions(d, id, false))
            .unwrap_or_default()
    });
    let new = move |name: String| Msg::Dialogue(D::AddSegment(id, name));
    let add = move |name: String| app.dispatch(new(name));
    view! {
        <details class="sub">
            <summary>{move || holds("Segments", &names())}</summary>
            <ul class="plain-list">
                <For each=ids key=|s| *s children=move |s| view! { <SegmentRow c=id s=s /> } />
            </ul>
            <Suggestions items=missing on_add=add />
            <AddForm label="New segment" button="Add segment" on_add=new />
        </details>
    }
}

/// One segment: its name and a note.
#[component]
fn SegmentRow(c: ConstituentId, s: SegmentId) -> impl IntoView {
    let app = use_app();
    let seg = move || {
        app.with_doc(|d| {
            d.dialogue
                .constituent(c)
                .and_then(|x| x.segments.iter().find(|y| y.id == s).cloned())
        })
        .flatten()
        .unwrap_or_default()
    };
    view! {
        <li class="sub-row">
            <TextField label="Segment" value=move || seg().name on_input=move |v| app.dispatch(Msg::Dialogue(D::RenameSegment(c, s, v))) />
            <TextField label="Segment note" value=move || seg().note on_input=move |v| app.dispatch(Msg::Dialogue(D::SetSegmentNote(c, s, v))) />
            <button type="button" class="quiet danger" on:click=move |_| app.dispatch(Msg::Dialogue(D::RemoveSegment(c, s)))>
                {move || format!("Remove segment {}", seg().name)}
            </button>
        </li>
    }
}

/// Supporting programs and documentation for one constituent.
#[component]
fn Programs(id: ConstituentId) -> impl IntoView {
    let app = use_app();
    let ids = move || {
        app.with_doc(|d| {
            d.dialogue
                .constituent(id)
                .map(|c| c.programs.iter().map(|p| p.id).collect::<Vec<_>>())
        })
        .flatten()
        .unwrap_or_default()
    };
    let summary = move || {
        app.with_doc(|d| {
            d.dialogue.constituent(id).map(|c| {
                let gaps = c
                    .programs
                    .iter()
                    .filter(|p| p.status == ProgramStatus::Gap)
                    .count();
                let names: Vec<String> = c.programs.iter().map(|p| p.name.clone()).collect();
                let title = match gaps {
                    0 => "Supporting programs".to_string(),
                    1 => "Supporting programs (1 gap)".to_string(),
                    n => format!("Supporting programs ({n} gaps)"),
                };
                holds(&title, &names)
            })
        })
        .flatten()
        .unwrap_or_default()
    };
    let missing = Memo::new(move |_| {
        app.with_doc(|d| suggestions(d, id, true))
            .unwrap_or_default()
    });
    let new = move |name: String| Msg::Dialogue(D::AddProgram(id, name));
    let add = move |name: String| app.dispatch(new(name));
    view! {
        <details class="sub">
            <summary>{summary}</summary>
            <ul class="plain-list">
                <For each=ids key=|p| *p children=move |p| view! { <ProgramRow c=id p=p /> } />
            </ul>
            <Suggestions items=missing on_add=add />
            <AddForm label="New program or document" button="Add program" on_add=new />
        </details>
    }
}

/// One program: its priority (its status is set in the essentials table).
#[component]
fn ProgramRow(c: ConstituentId, p: ProgramId) -> impl IntoView {
    let app = use_app();
    let prog = move || {
        app.with_doc(|d| {
            d.dialogue
                .constituent(c)
                .and_then(|x| x.programs.iter().find(|y| y.id == p).cloned())
        })
        .flatten()
        .unwrap_or_default()
    };
    let name = app
        .doc_untracked(|d| {
            d.dialogue.constituent(c).and_then(|x| {
                x.programs
                    .iter()
                    .find(|y| y.id == p)
                    .map(|y| y.name.clone())
            })
        })
        .flatten()
        .unwrap_or_default();
    view! {
        <li class="sub-row"><div role="group" aria-label=name.clone()>
            <span class="sub-name">{name.clone()}</span>
            <SelectField label="Priority" options=priority_options() value=move || prog().priority on_change=move |v| app.dispatch(Msg::Dialogue(D::SetProgramPriority(c, p, v))) />
            <button type="button" class="quiet danger" on:click=move |_| app.dispatch(Msg::Dialogue(D::RemoveProgram(c, p)))>
                {format!("Remove {name}")}
            </button>
        </div></li>
    }
}
