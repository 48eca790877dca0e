//! `/cohort`: the consultant's clients side by side, each company counted once, by the stages
//! their assessments count; and one client set against the others. `/cohort/team`: where one
//! company's colleagues disagree. Worked out here from the models in this browser; private.

mod chart;
mod table;
mod team;

pub use team::TeamViewPage;

use crate::content::cohort::{cohort_csv, stage_words};
use crate::content::dimension_label;
use crate::domain::cohort::{clients, spreads, standings, Client, Position};
use crate::persist::Download;
use crate::state::use_app;
use chart::{cap, chart};
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;

/// An invitation the picker offers: its id, its label, and how many replies answer it.
#[derive(Clone, PartialEq)]
struct Choice {
    id: String,
    label: String,
    replies: usize,
}

fn replies(n: usize) -> String {
    match n {
        1 => "1 reply".into(),
        n => format!("{n} replies"),
    }
}

/// The address of a company's team view.
pub(super) fn team_href(key: &str) -> String {
    format!(
        "/cohort/team?company={}",
        crate::web::uri::encode_component(key)
    )
}

#[component]
pub fn CohortPage() -> impl IntoView {
    let app = use_app();
    let docs = app.invited_models();
    let all: Vec<Client> = clients(&docs)
        .into_iter()
        .filter(|c| !c.scores.is_empty())
        .collect();
    // Only invitations with replies, labelled as the consultant made them.
    let mut choices: Vec<Choice> = Vec::new();
    for d in &docs {
        let Some(inv) = &d.invitation else { continue };
        if let Some(c) = choices.iter_mut().find(|c| c.id == inv.id) {
            c.replies += 1;
            continue;
        }
        let made = app.invitations.with_untracked(|b| {
            b.sent
                .iter()
                .find(|i| i.id == inv.id)
                .map(|i| i.created_at.date_iso())
        });
        let label = match made {
            Some(date) => format!("{}, invited {date}", inv.prospect.trim()),
            None => format!("{}, invited by {}", inv.prospect.trim(), inv.sender()),
        };
        choices.push(Choice {
            id: inv.id.clone(),
            label,
            replies: 1,
        });
    }
    // An invitation whose replies answer no dimension yet has nothing to show.
    choices.retain(|c| all.iter().any(|client| client.answers(&c.id)));
    choices.sort_by_key(|c| c.label.to_lowercase());
    let query = use_query_map();
    let choice = RwSignal::new(String::new());
    // `?invitation=<id>` picks an invitation (the invitation cards link here that way).
    Effect::new(move |_| choice.set(query.with(|q| q.get("invitation")).unwrap_or_default()));
    // The address follows the picker, so the view can be bookmarked or sent back to.
    let navigate = use_navigate();
    let pick = move |id: String| {
        let to = if id.is_empty() {
            "/cohort".to_string()
        } else {
            format!(
                "/cohort?invitation={}",
                crate::web::uri::encode_component(&id)
            )
        };
        choice.set(id);
        let options = NavigateOptions {
            replace: true,
            scroll: false,
            ..Default::default()
        };
        navigate(&to, options);
    };
    let all = StoredValue::new(all);
    let options = StoredValue::new(choices);
    let picked = Memo::new(move |_| {
        let id = choice.get();
        let found = options.with_value(|o| o.iter().find(|c| c.id == id).cloned());
        let key = found.as_ref().and_then(|_| {
            all.with_value(|cs| cs.iter().find(|c| c.answers(&id)).map(|c| c.key.clone()))
        });
        (id, found, key)
    });
    view! {
        <h1>"Your clients side by side"</h1>
        <p class="lead">
            "A private benchmark: the maturity results of the clients whose replies are in this "
            "browser, each company counted once. It is worked out here and seen by no one else."
        </p>
        {move || if all.with_value(Vec::is_empty) {
            view! {
                <p class="empty">
                    "No client results to compare yet. Replies arrive as links or files from the prospects you "
                    <A href="/invitations">"invite"</A>
                    "; open the link, or import the file on the home page, and add it to your workspace."
                </p>
            }.into_any()
        } else {
            view! {
                <label class="field no-print">
                    <span class="field-label">"Set one client against the others"</span>
                    <select on:change={
                        let pick = pick.clone();
                        move |ev| pick(event_target_value(&ev))
                    }>
                        <option value="" selected=move || choice.with(String::is_empty)>"No one: all clients alike"</option>
                        {options.with_value(|o| o.iter().map(|c| {
                            let id = c.id.clone();
                            let label = format!("{} ({})", c.label, replies(c.replies));
                            view! { <option value=c.id.clone() selected=move || choice.with(|x| *x == id)>{label}</option> }
                        }).collect_view())}
                    </select>
                </label>
                {move || {
                    let (id, found, key) = picked.get();
                    all.with_value(|cs| body(cs, &id, found.as_ref(), key.as_deref()))
                }}
            }.into_any()
        }}
    }
}

/// Everything under the picker, for the invitation `id` (empty for none).
fn body(all: &[Client], id: &str, found: Option<&Choice>, key: Option<&str>) -> AnyView {
    let chosen = key.and_then(|k| all.iter().find(|c| c.key == k));
    let others: Vec<Client> = all
        .iter()
        .filter(|c| Some(c.key.as_str()) != key)
        .cloned()
        .collect();
    // Medians need two clients at least: one client's stages are no benchmark.
    let base = if chosen.is_some() { &others } else { all };
    let figures = if base.len() >= 2 {
        spreads(base)
    } else {
        Vec::new()
    };
    let median_name = if chosen.is_some() {
        "Others' median"
    } else {
        "Median"
    };
    let intro = match (chosen, found) {
        (Some(c), Some(f)) => picked_intro(c, f, others.len()),
        _ => {
            let mut text = match all.len() {
                1 => "1 client with assessment results.".to_string(),
                n => format!("{n} clients with assessment results."),
            };
            if all.len() == 1 {
                text.push_str(" One client is not yet a benchmark: their stages are shown on their own, and medians appear once a second client replies.");
            }
            if !id.is_empty() {
                text.insert_str(0, "The invitation in this address has no reply in this browser yet, so every client is shown. ");
            }
            text
        }
    };
    let standing = chosen
        .filter(|_| !others.is_empty())
        .map(|c| against(all, c));
    let team = chosen.filter(|c| c.colleagues.len() > 1).map(|c| {
        view! { <p><A href=team_href(&c.key)>{format!("Where {}'s team disagrees", c.name)}</A></p> }
    });
    view! {
        <p class="cohort-intro" role="status">{intro}</p>
        {team}
        {standing}
        <h2>"Stage per area"</h2>
        {chart(all, &figures, key, median_name)}
        {table::table(all, &figures, key)}
        {download(all)}
        <h2>"Clients"</h2>
        <ul class="cohort-clients">
            {all.iter().map(client_item).collect_view()}
        </ul>
    }
    .into_any()
}

/// What picking an invitation shows: how many replied, and what the client is set against.
fn picked_intro(c: &Client, f: &Choice, others: usize) -> String {
    let from = if f.replies == 1 {
        format!("1 reply to this invitation, from {}.", c.name)
    } else {
        format!(
            "{} to this invitation, from {} colleagues at {}; the company is one mark, at the median of their answers, with a line from the lowest answer to the highest.",
            replies(f.replies),
            f.replies,
            c.name
        )
    };
    let set = match others {
        0 => format!(
            " No other client has replied yet, so there is no one to set {} against: their stages are shown on their own.",
            c.name
        ),
        1 => format!(" {} is set against your 1 other client.", c.name),
        n => format!(" {} is set against your {n} other clients.", c.name),
    };
    format!("{from}{set}")
}

/// Where the picked client sits on each dimension against the others' median, in stage words.
fn against(all: &[Client], c: &Client) -> impl IntoView {
    let items = standings(all, &c.key)
        .into_iter()
        .map(|s| {
            let own = cap(&c
                .position_words(s.dimension)
                .unwrap_or_else(|| stage_words(s.own)));
            let text = match s.against {
                None => format!("{own}; no other client answered this yet"),
                Some((m, p)) => {
                    let m = stage_words(m);
                    match p {
                        Position::Above => format!("{own}, above the others' median ({m})"),
                        Position::AtMedian => format!("{own}, at the others' median"),
                        Position::Below => format!("{own}, below the others' median ({m})"),
                    }
                }
            };
            view! { <li><strong>{format!("{}: ", dimension_label(s.dimension))}</strong>{text}</li> }
        })
        .collect_view();
    view! {
        <section class="card cohort-against" aria-labelledby="against-title">
            <h2 id="against-title">{format!("{} against the others", c.name)}</h2>
            <ul>{items}</ul>
        </section>
    }
}

/// A client in the list: their report (one reply), or their team view (several).
fn client_item(c: &Client) -> impl IntoView {
    match c.colleagues.as_slice() {
        [one] => {
            let overall = c.overall_words().map(|w| format!(": {w}"));
            let (href, name) = (
                format!("/model/{}/report", one.model.as_str()),
                c.name.clone(),
            );
            view! {
                <li><A href=href>{name}</A>{overall}</li>
            }
            .into_any()
        }
        many => {
            let overall = c.overall_words().map(|w| format!(" {}", cap(&w)));
            let each = many
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let href = format!("/model/{}/report", p.model.as_str());
                    let name = p.name.clone();
                    view! { {(i > 0).then_some(", ")}<A href=href>{name}</A> }
                })
                .collect_view();
            view! {
                <li>
                    {format!("{}: {} from colleagues at the company (", c.name, replies(many.len()))}
                    {each}
                    ")."
                    {overall}
                    " "
                    <A href=team_href(&c.key)>{format!("Where {}'s team disagrees", c.name)}</A>
                </li>
            }
            .into_any()
        }
    }
}

/// The button that downloads every client's stage per dimension as a spreadsheet file.
fn download(all: &[Client]) -> impl IntoView {
    let text = StoredValue::new(cohort_csv(all));
    let save = move |_| {
        text.with_value(|t| {
            let _ = crate::web::file::download_as("clients", Download::CohortCsv, t);
        });
    };
    view! {
        <p class="actions-row no-print">
            <button type="button" on:click=save>"Download the cohort (CSV)"</button>
        </p>
    }
}
