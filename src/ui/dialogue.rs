//! Stage 1 — define the dialogue between your market and your company.

use super::widgets::{CheckField, SelectField, TextArea, TextField};
use crate::content::CATEGORIES;
use crate::domain::dialogue::{CoverageStatus, DialogueSide, Importance, LopsidedSign, Side};
use crate::domain::ids::{CategoryId, ConstituentId};
use crate::domain::msg::{CategoryEdit, ConstituentEdit, SideLoop};
use crate::domain::Msg;
use crate::state::use_app;
use leptos::prelude::*;

fn importance_options() -> Vec<(Importance, String)> {
    [
        (Importance::Unrated, "Not rated"),
        (Importance::Low, "Low"),
        (Importance::Medium, "Medium"),
        (Importance::High, "High"),
    ]
    .map(|(v, l)| (v, l.to_string()))
    .to_vec()
}

fn coverage_options() -> Vec<(CoverageStatus, String)> {
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

/// The Stage 1 page.
#[component]
pub fn DialoguePage() -> impl IntoView {
    let app = use_app();
    view! {
        <h1>"Stage 1: Define the dialogue"</h1>
        <p class="lead">
            "Marketing is a conversation between your market and your company. The method calls "
            "the outer loop of that conversation "<strong>"external loop AB"</strong>": on side A you "
            "listen to the market and learn; on side B you educate and persuade it. Start with who "
            "takes part."
        </p>
        <TextField
            label="Company name"
            value=move || app.with_doc(|d| d.company.clone()).unwrap_or_default()
            on_input=move |v| app.dispatch(Msg::SetCompany(v))
        />
        <ConstituentSection side=Side::Market />
        <ConstituentSection side=Side::Company />
        <CategorySection side=DialogueSide::ListenLearn />
        <CategorySection side=DialogueSide::EducatePersuade />
        <LoopsSection />
        <SignsSection />
    }
}

/// The constituents on one side, with a form to add a custom one.
#[component]
fn ConstituentSection(side: Side) -> impl IntoView {
    let app = use_app();
    let (title, intro, heading_id) = match side {
        Side::Market => (
            "Your market",
            "Everyone outside the company who shapes whether you sell. Switch off any that do not matter to you.",
            "market-heading",
        ),
        Side::Company => (
            "Your company",
            "The parts of your company that speak to the market.",
            "company-heading",
        ),
    };
    let ids = move || {
        app.with_doc(|d| d.constituents(side).map(|c| c.id).collect::<Vec<_>>())
            .unwrap_or_default()
    };
    let draft = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = draft.get_untracked();
        if !name.trim().is_empty() {
            app.dispatch(Msg::AddConstituent { side, name });
            draft.set(String::new());
        }
    };
    let add_label = match side {
        Side::Market => "New market constituent",
        Side::Company => "New company constituent",
    };
    view! {
        <section aria-labelledby=heading_id>
            <h2 id=heading_id>{title}</h2>
            <p>{intro}</p>
            <div class="card-grid">
                <For each=ids key=|id| *id children=move |id| view! { <ConstituentCard id=id /> } />
            </div>
            <form class="inline-form" on:submit=add>
                <label class="field">
                    <span class="field-label">{add_label}</span>
                    <input type="text" prop:value=move || draft.get() on:input=move |ev| draft.set(event_target_value(&ev)) />
                </label>
                <button type="submit">"Add"</button>
            </form>
        </section>
    }
}

/// One constituent's fields.
#[component]
fn ConstituentCard(id: ConstituentId) -> impl IntoView {
    let app = use_app();
    let get = move |f: fn(&crate::domain::dialogue::Constituent) -> String| {
        app.with_doc(|d| d.dialogue.constituent(id).map(f))
            .flatten()
            .unwrap_or_default()
    };
    let enabled = move || {
        app.with_doc(|d| d.dialogue.constituent(id).map(|c| c.enabled))
            .flatten()
            .unwrap_or(false)
    };
    let imp = move |next: bool| {
        app.with_doc(|d| {
            d.dialogue.constituent(id).map(|c| {
                if next {
                    c.importance_next_year
                } else {
                    c.importance_now
                }
            })
        })
        .flatten()
        .unwrap_or_default()
    };
    let edit = move |e: ConstituentEdit| app.dispatch(Msg::EditConstituent(id, e));
    let name = move || get(|c| c.name.clone());
    view! {
        <fieldset class="card" class:disabled=move || !enabled()>
            <legend>{move || { let n = name(); if n.trim().is_empty() { "Unnamed".to_string() } else { n } }}</legend>
            <CheckField label="Include in your model" checked=enabled on_change=move |v| edit(ConstituentEdit::Enabled(v)) />
            <TextField label="Name" value=name on_input=move |v| edit(ConstituentEdit::Name(v)) />
            <div class="pair">
                <SelectField label="Matters now" options=importance_options() value=move || imp(false) on_change=move |v| edit(ConstituentEdit::ImportanceNow(v)) />
                <SelectField label="In 12 months" options=importance_options() value=move || imp(true) on_change=move |v| edit(ConstituentEdit::ImportanceNextYear(v)) />
            </div>
            <TextArea label="Note" value=move || get(|c| c.note.clone()) on_input=move |v| edit(ConstituentEdit::Note(v)) />
            <button type="button" class="quiet danger" on:click=move |_| app.dispatch(Msg::RemoveConstituent(id))>
                {move || format!("Remove {}", name())}
            </button>
        </fieldset>
    }
}

/// Side A or side B of the conversation.
#[component]
fn CategorySection(side: DialogueSide) -> impl IntoView {
    let app = use_app();
    let (title, intro, hid) = match side {
        DialogueSide::ListenLearn => (
            "Side A: listen & learn",
            "The inputs: how you find out who your customers are, what they care about and how the problem you solve touches them.",
            "side-a",
        ),
        DialogueSide::EducatePersuade => (
            "Side B: educate & persuade",
            "The outputs: how you tell the market what your company offers and why it matters.",
            "side-b",
        ),
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
            <p>{intro}</p>
            <div class="card-grid">
                <For each=ids key=|id| *id children=move |id| view! { <CategoryCard id=id /> } />
            </div>
        </section>
    }
}

/// One category: what is done today and how well it is covered.
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
    view! {
        <fieldset class="card">
            <legend>{name}</legend>
            <TextArea
                label="What you do today (one per line)"
                hint=examples.unwrap_or_default()
                value=move || cat().map(|c| c.activities.join("\n")).unwrap_or_default()
                on_input=move |v| app.dispatch(Msg::EditCategory(id, CategoryEdit::Activities(v)))
            />
            <SelectField
                label="Status"
                options=coverage_options()
                value=move || cat().map(|c| c.status).unwrap_or_default()
                on_change=move |v| app.dispatch(Msg::EditCategory(id, CategoryEdit::Status(v)))
            />
        </fieldset>
    }
}

/// Loops A1 and B1: who owns them.
#[component]
fn LoopsSection() -> impl IntoView {
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
            <div class="card-grid">
                <fieldset class="card">
                    <legend>"Loop A1: the market talking to itself"</legend>
                    <TextField label="Who owns loop A1" value=move || owner(SideLoop::A1) on_input=move |v| app.dispatch(Msg::SetLoopOwner(SideLoop::A1, v)) />
                    <TextArea label="How you hear and influence it" value=move || how(SideLoop::A1) on_input=move |v| app.dispatch(Msg::SetLoopHow(SideLoop::A1, v)) />
                </fieldset>
                <fieldset class="card">
                    <legend>"Loop B1: internal communication"</legend>
                    <TextField label="Who owns loop B1" value=move || owner(SideLoop::B1) on_input=move |v| app.dispatch(Msg::SetLoopOwner(SideLoop::B1, v)) />
                    <TextArea label="How internal news reaches customers" value=move || how(SideLoop::B1) on_input=move |v| app.dispatch(Msg::SetLoopHow(SideLoop::B1, v)) />
                </fieldset>
            </div>
        </section>
    }
}

/// The five signs of a lopsided conversation.
#[component]
fn SignsSection() -> impl IntoView {
    let app = use_app();
    let signs = [
        (
            LopsidedSign::CampaignsMiss,
            "Campaigns miss the mark and results keep shrinking",
        ),
        (
            LopsidedSign::SpendWithoutRoi,
            "Money goes out with no return you can show",
        ),
        (
            LopsidedSign::MidFunnelDropOff,
            "Prospects drop off in the middle of the funnel",
        ),
        (
            LopsidedSign::MissedOpportunities,
            "You hear about opportunities after they are gone",
        ),
        (
            LopsidedSign::DecisionsOnAnecdote,
            "Decisions rest on anecdotes rather than evidence",
        ),
    ];
    view! {
        <section aria-labelledby="signs">
            <h2 id="signs">"Signs of a lopsided conversation"</h2>
            <fieldset class="card">
                <legend>"Which of these do you see today?"</legend>
                {signs.into_iter().map(|(sign, label)| view! {
                    <CheckField
                        label=label
                        checked=move || app.with_doc(|d| d.dialogue.lopsided_signs.contains(&sign)).unwrap_or(false)
                        on_change=move |_| app.dispatch(Msg::ToggleLopsidedSign(sign))
                    />
                }).collect_view()}
            </fieldset>
        </section>
    }
}
