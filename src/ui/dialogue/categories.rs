//! Side A and side B: what you do today in each category, how well it is covered, and whom
//! it reaches; and who owns loops A1 and B1.

use super::GuideText;
use crate::content::{guide, CATEGORIES};
use crate::domain::dialogue::{CoverageStatus, DialogueSide};
use crate::domain::dialogue_msg::DialogueMsg as D;
use crate::domain::ids::CategoryId;
use crate::domain::msg::{CategoryEdit, SideLoop};
use crate::domain::Msg;
use crate::state::use_app;
use crate::ui::widgets::{holds, CheckField, TextArea, TextField};
use leptos::prelude::*;

pub(super) fn coverage_options() -> Vec<(CoverageStatus, String)> {
    [
        (CoverageStatus::Unset, "Not assessed"),
        (CoverageStatus::InPlace, "In place"),
        (CoverageStatus::Partial, "Partial"),
        (CoverageStatus::Gap, "Gap"),
        (CoverageStatus::NotNeeded, "Not needed"),
    ]
    .map(|(v, l)| (v, l.to_string()))
    .to_vec()
}

/// Side A or side B of the conversation.
#[component]
pub fn CategorySection(side: DialogueSide) -> impl IntoView {
    let app = use_app();
    let (title, hid, g) = match side {
        DialogueSide::ListenLearn => ("Side A: listen & learn", "side-a", &guide::SIDE_A),
        DialogueSide::EducatePersuade => ("Side B: educate & persuade", "side-b", &guide::SIDE_B),
    };
    let ids = move || {
        app.with_doc(|d| {
            d.dialogue
                .categories_on(side)
                .map(|c| c.id)
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    view! {
        <section aria-labelledby=hid>
            <h2 id=hid>{title}</h2>
            <GuideText guide=g />
            <div class="card-grid">
                <For each=ids key=|id| *id children=move |id| view! { <CategoryCard id=id /> } />
            </div>
        </section>
    }
}

/// One category: what is done today, how well it is covered, and whom it reaches.
#[component]
fn CategoryCard(id: CategoryId) -> impl IntoView {
    let app = use_app();
    let cat = move || {
        app.with_doc(|d| d.dialogue.categories.iter().find(|c| c.id == id).cloned())
            .flatten()
    };
    let initial = app
        .doc_untracked(|d| d.dialogue.categories.iter().find(|c| c.id == id).cloned())
        .flatten();
    let name = initial.as_ref().map(|c| c.name.clone()).unwrap_or_default();
    let examples = initial
        .and_then(|c| CATEGORIES.iter().find(|s| s.kind == c.kind))
        .map(|s| format!("For example: {}.", s.examples));
    // Only the enabled constituents can be reached; rebuilt only when they change.
    let people = Memo::new(move |_| {
        app.with_doc(|d| {
            d.dialogue
                .constituents
                .iter()
                .filter(|c| c.enabled)
                .map(|c| (c.id, c.name.clone()))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    view! {
        <fieldset class="card">
            <legend>{name.clone()}</legend>
            <TextArea
                label="What you do today (one per line)"
                hint=examples.unwrap_or_default()
                value=move || cat().map(|c| c.activities.join("\n")).unwrap_or_default()
                on_input=move |v| app.dispatch(Msg::Dialogue(D::EditCategory(id, CategoryEdit::Activities(v))))
            />
            <details class="sub">
                <summary>{move || {
                    let reached: Vec<String> = cat().map(|c| people.with(|p| p.iter().filter(|(id, _)| c.reaches.contains(id)).map(|(_, n)| n.clone()).collect())).unwrap_or_default();
                    holds("Reaches", &reached)
                }}</summary>
                <fieldset class="reach">
                    <legend class="visually-hidden">{format!("Whom {name} reaches")}</legend>
                    {move || people.get().into_iter().map(|(c, label)| view! {
                        <CheckField
                            label=label
                            checked=move || cat().is_some_and(|x| x.reaches.contains(&c))
                            on_change=move |on| app.dispatch(Msg::Dialogue(D::SetReach(id, c, on)))
                        />
                    }).collect_view()}
                </fieldset>
            </details>
        </fieldset>
    }
}

/// Loops A1 and B1: who owns them.
#[component]
pub fn LoopsSection() -> impl IntoView {
    let app = use_app();
    let owner = move |l: SideLoop| {
        app.with_doc(|d| match l {
            SideLoop::A1 => d.dialogue.loop_a1.owner.clone(),
            SideLoop::B1 => d.dialogue.loop_b1.owner.clone(),
        })
        .unwrap_or_default()
    };
    let how = move |l: SideLoop| {
        app.with_doc(|d| match l {
            SideLoop::A1 => d.dialogue.loop_a1.how.clone(),
            SideLoop::B1 => d.dialogue.loop_b1.how.clone(),
        })
        .unwrap_or_default()
    };
    view! {
        <section aria-labelledby="loops">
            <h2 id="loops">"Loops A1 and B1"</h2>
            <p>
                <strong>"Loop A1"</strong>" is your market talking to itself: customers, analysts and media "
                "discussing you without you. "<strong>"Loop B1"</strong>" is your company talking to itself: "
                "internal communication that decides what reaches customers."
            </p>
            <GuideText guide=&guide::LOOPS />
            <div class="card-grid">
                <fieldset class="card">
                    <legend>"Loop A1: the market talking to itself"</legend>
                    <TextField label="Who owns loop A1" value=move || owner(SideLoop::A1) on_input=move |v| app.dispatch(Msg::Dialogue(D::SetLoopOwner(SideLoop::A1, v))) />
                    <TextArea label="How you hear and influence it" value=move || how(SideLoop::A1) on_input=move |v| app.dispatch(Msg::Dialogue(D::SetLoopHow(SideLoop::A1, v))) />
                </fieldset>
                <fieldset class="card">
                    <legend>"Loop B1: internal communication"</legend>
                    <TextField label="Who owns loop B1" value=move || owner(SideLoop::B1) on_input=move |v| app.dispatch(Msg::Dialogue(D::SetLoopOwner(SideLoop::B1, v))) />
                    <TextArea label="How internal news reaches customers" value=move || how(SideLoop::B1) on_input=move |v| app.dispatch(Msg::Dialogue(D::SetLoopHow(SideLoop::B1, v))) />
                </fieldset>
            </div>
        </section>
    }
}
