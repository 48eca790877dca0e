//! Stage 1's essentials as three short tables: who matters now and in a year, the status of
//! each category on sides A and B, and which supporting programs you have.

use super::categories::coverage_options;
use super::constituents::{importance_options, status_options};
use crate::domain::dialogue::{DialogueSide, Side};
use crate::domain::dialogue_msg::DialogueMsg as D;
use crate::domain::ids::{CategoryId, ConstituentId, ProgramId};
use crate::domain::msg::{CategoryEdit, ConstituentEdit};
use crate::domain::target::Target;
use crate::domain::Msg;
use crate::state::use_app;
use crate::ui::widgets::SelectField;
use leptos::prelude::*;

/// How much each constituent you kept matters now and in 12 months, market then company.
#[component]
pub fn WhoMatters() -> impl IntoView {
    let app = use_app();
    let rows = Memo::new(move |_| {
        app.with_doc(|d| {
            [Side::Market, Side::Company]
                .into_iter()
                .flat_map(|side| {
                    d.constituents(side)
                        .filter(|c| c.enabled)
                        .map(move |c| (side, c.id, c.name.clone()))
                        .collect::<Vec<_>>()
                })
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    let rating = move |id: ConstituentId, next: bool| {
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
    view! {
        <section aria-labelledby="who-matters">
            <h2 id="who-matters">"Who matters, now and in a year"</h2>
            <p class="why">"Your market and your company each hold several constituents. Rate how much each matters to your marketing today and in 12 months; leave out or add constituents under “Go deeper”."</p>
            <div class="table-scroll" role="region" aria-label="Constituents and how much they matter" tabindex="0">
                <table class="entry">
                    <thead><tr>
                        <th scope="col">"Constituent"</th>
                        <th scope="col" class="aside">"Side"</th>
                        <th scope="col">"Matters now"</th>
                        <th scope="col">"In 12 months"</th>
                    </tr></thead>
                    <tbody>
                        <For each=move || rows.get() key=|r| r.clone() children=move |(side, id, name)| {
                            let shown = if name.trim().is_empty() { "Unnamed".to_string() } else { name };
                            view! {
                                <tr>
                                    {row_head(shown.clone(), if side == Side::Market { "Market" } else { "Company" })}
                                    <td><SelectField compact=true label=format!("{shown}: matters now") options=importance_options()
                                        value=move || rating(id, false)
                                        on_change=move |v| app.dispatch(Msg::Dialogue(D::EditConstituent(id, ConstituentEdit::ImportanceNow(v)))) /></td>
                                    <td><SelectField compact=true label=format!("{shown}: in 12 months") options=importance_options()
                                        value=move || rating(id, true)
                                        on_change=move |v| app.dispatch(Msg::Dialogue(D::EditConstituent(id, ConstituentEdit::ImportanceNextYear(v)))) /></td>
                                </tr>
                            }
                        } />
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// The status of every category on side A (listen & learn) and side B (educate & persuade).
#[component]
pub fn SideStatus() -> impl IntoView {
    let app = use_app();
    let rows = Memo::new(move |_| {
        app.with_doc(|d| {
            [DialogueSide::ListenLearn, DialogueSide::EducatePersuade]
                .into_iter()
                .flat_map(|side| {
                    d.dialogue
                        .categories_on(side)
                        .map(move |c| (side, c.id, c.name.clone()))
                        .collect::<Vec<_>>()
                })
                .collect::<Vec<(DialogueSide, CategoryId, String)>>()
        })
        .unwrap_or_default()
    });
    let status = move |id: CategoryId| {
        app.with_doc(|d| {
            d.dialogue
                .categories
                .iter()
                .find(|c| c.id == id)
                .map(|c| c.status)
        })
        .flatten()
        .unwrap_or_default()
    };
    view! {
        <section aria-labelledby="sides">
            <h2 id="sides">"Side A and side B today"</h2>
            <p class="why">
                "On "<strong>"side A, listen & learn"</strong>", the market's voice comes in: research, usage data, competitive and industry insight. "
                "On "<strong>"side B, educate & persuade"</strong>", your voice goes out: campaigns, the product experience, positioning and outreach. "
                "Say how well each is covered today."
            </p>
            <div class="table-scroll" role="region" aria-label="Categories on sides A and B" tabindex="0">
                <table class="entry">
                    <thead><tr>
                        <th scope="col">"Category"</th>
                        <th scope="col" class="aside">"Side"</th>
                        <th scope="col">"Status"</th>
                    </tr></thead>
                    <tbody>
                        <For each=move || rows.get() key=|r| r.clone() children=move |(side, id, name)| view! {
                            <tr id=crate::ui::target::anchor(&Target::Category(id))>
                                {row_head(name.clone(), if side == DialogueSide::ListenLearn { "A: listen & learn" } else { "B: educate & persuade" })}
                                <td><SelectField compact=true label=format!("{name}: status") options=coverage_options()
                                    value=move || status(id)
                                    on_change=move |v| app.dispatch(Msg::Dialogue(D::EditCategory(id, CategoryEdit::Status(v)))) /></td>
                            </tr>
                        } />
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// Every supporting program of the constituents you kept: have, gap or not now. The gaps
/// become the Stage 1 roadmap.
#[component]
pub fn ProgramTable() -> impl IntoView {
    let app = use_app();
    let rows = Memo::new(move |_| {
        app.with_doc(|d| {
            d.dialogue
                .constituents
                .iter()
                .filter(|c| c.enabled)
                .flat_map(|c| {
                    c.programs
                        .iter()
                        .map(|p| (c.id, p.id, p.name.clone(), c.name.clone()))
                })
                .collect::<Vec<(ConstituentId, ProgramId, String, String)>>()
        })
        .unwrap_or_default()
    });
    let status = move |c: ConstituentId, p: ProgramId| {
        app.with_doc(|d| {
            d.dialogue
                .constituent(c)
                .and_then(|x| x.programs.iter().find(|y| y.id == p))
                .map(|p| p.status)
        })
        .flatten()
        .unwrap_or_default()
    };
    view! {
        <section aria-labelledby="programs">
            <h2 id="programs">"Supporting programs and documents"</h2>
            <p class="why">"Each constituent needs some groundwork: an ICP definition, battle cards, a visual identity. Mark what you have; every gap goes on your roadmap."</p>
            <div class="table-scroll" role="region" aria-label="Supporting programs" tabindex="0">
                <table class="entry">
                    <thead><tr>
                        <th scope="col">"Program or document"</th>
                        <th scope="col" class="aside">"For"</th>
                        <th scope="col">"Status"</th>
                    </tr></thead>
                    <tbody>
                        <For each=move || rows.get() key=|r| r.clone() children=move |(c, p, name, owner)| view! {
                            <tr id=crate::ui::target::anchor(&Target::Program(p))>
                                {row_head(name.clone(), owner)}
                                <td><SelectField compact=true label=format!("{name}: status") options=status_options()
                                    value=move || status(c, p)
                                    on_change=move |v| app.dispatch(Msg::Dialogue(D::SetProgramStatus(c, p, v))) /></td>
                            </tr>
                        } />
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// A row's name with what it belongs to: in a column of its own, or under the name on a phone
/// (where that column is hidden).
fn row_head(name: String, aside: impl Into<String>) -> impl IntoView {
    let aside = aside.into();
    view! {
        <th scope="row">{name}<span class="aside-inline">{aside.clone()}</span></th>
        <td class="aside">{aside}</td>
    }
}
