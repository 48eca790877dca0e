//! Named versions: saved, listed, opened read-only, restored as a copy, and two versions
//! compared side by side.

use crate::domain::diff::{compare, Area, Difference, Kind};
use crate::domain::document::Snapshot;
use crate::domain::ids::VersionId;
use crate::domain::msg::ModelMsg;
use crate::domain::{Document, Msg};
use crate::state::use_app;
use crate::ui::widgets::{kept_draft, SelectField};
use crate::web::clock::now;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_params_map};
use std::sync::Arc;

/// Which side of a comparison: a saved version, or the model as it is now.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Side {
    Version(VersionId),
    Current,
}

/// Named versions: save, list, open, restore as a copy, delete, and compare any two.
#[component]
pub fn Versions() -> impl IntoView {
    let app = use_app();
    let name = kept_draft::<String>("Version name");
    // Why the last save was refused, until the name changes.
    let refused = RwSignal::new(String::new());
    let list = Memo::new(move |_| {
        app.with_doc(|d| {
            d.versions
                .iter()
                .rev()
                .map(|v| (v.id, v.name.clone(), v.at))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    let model = move || app.with_doc(|d| d.id.clone()).unwrap_or_default();
    let navigate = use_navigate();
    let restore = move |v: VersionId| {
        let nav = navigate.clone();
        match app.version_as_copy(&model(), v) {
            Ok(id) => nav(
                &format!("/model/{}/dialogue", id.as_str()),
                Default::default(),
            ),
            Err(e) => app.notice.set(Some(crate::state::Notice {
                text: e,
                restore: None,
            })),
        }
    };
    let restore = StoredValue::new(restore);
    view! {
        <section aria-labelledby="versions">
            <h2 id="versions">"Versions"</h2>
            <p class="why">"Save a named version of the whole model, for example at each quarter's end, and compare versions to see how your system has moved."</p>
            <form class="inline-form" on:submit=move |ev| {
                ev.prevent_default();
                match app.try_dispatch(Msg::Model(ModelMsg::SaveVersion { name: name.get_untracked(), at: now() })) {
                    Ok(()) => name.set(String::new()),
                    Err(why) => refused.set(why),
                }
            }>
                <label class="field">
                    <span class="field-label">"Version name"</span>
                    <input type="text" placeholder="e.g. Q1 2027" prop:value=move || name.get() on:input=move |ev| { refused.set(String::new()); name.set(event_target_value(&ev)) } />
                </label>
                <button type="submit">"Save version"</button>
                <p class="field-error" aria-live="polite">{move || refused.get()}</p>
            </form>
            <ul class="plain-list version-list">
                <For each=move || list.get() key=|v| v.clone() children=move |(id, n, at)| {
                    let href = format!("/model/{}/versions/{}", model().as_str(), id.0);
                    let open_label = format!("Open {n}");
                    let copy_label = format!("Restore {n} as a copy");
                    let delete_label = format!("Delete {n}");
                    let confirm = format!("Delete the version “{n}”? The model itself stays as it is.");
                    view! {
                        <li class="card version">
                            <strong>{n.clone()}</strong>" · "<time>{at.date_iso()}</time>
                            <span class="actions">
                                <A href=href attr:aria-label=open_label>"Open"</A>
                                <button type="button" aria-label=copy_label on:click=move |_| restore.with_value(|r| r(id))>"Restore as a copy"</button>
                                <button type="button" class="quiet danger" aria-label=delete_label on:click=move |_| {
                                    if crate::web::dialog::confirm(&confirm) {
                                        app.dispatch(Msg::Model(ModelMsg::RemoveVersion(id)));
                                    }
                                }>"Delete"</button>
                            </span>
                        </li>
                    }
                } />
            </ul>
            <Show when=move || list.with(|l| !l.is_empty())>
                <Compare list=list />
            </Show>
        </section>
    }
}

fn area_heading(a: Area) -> &'static str {
    match a {
        Area::Dialogue => "Stage 1: the dialogue",
        Area::Mapping => "Stage 2: inputs and outputs",
        Area::Operations => "Stage 3: operations",
        Area::Assessment => "Maturity assessment",
    }
}

fn kind_label(k: Kind) -> &'static str {
    match k {
        Kind::Added => "Added",
        Kind::Removed => "Removed",
        Kind::Changed => "Changed",
        Kind::Moved => "Moved",
    }
}

/// How many differences a stage lists before "Show all".
const SHOWN_DIFFS: usize = 50;

/// Two versions (or a version and the model now) side by side.
#[component]
fn Compare(list: Memo<Vec<(VersionId, String, crate::domain::Timestamp)>>) -> impl IntoView {
    let app = use_app();
    let left = RwSignal::new(
        list.with_untracked(|l| l.first().map(|(id, _, _)| Side::Version(*id)))
            .unwrap_or(Side::Current),
    );
    let right = RwSignal::new(Side::Current);
    let options = move || {
        let mut o = vec![(Side::Current, "The model now".to_string())];
        o.extend(
            list.get()
                .into_iter()
                .map(|(id, n, at)| (Side::Version(id), format!("{n} ({})", at.date_iso()))),
        );
        o
    };
    let name_of = move |s: Side| {
        options()
            .into_iter()
            .find(|(x, _)| *x == s)
            .map(|(_, n)| n)
            .unwrap_or_default()
    };
    // Read when asked, not tracked: a comparison with "the model now" does not rerun on
    // every keystroke elsewhere on the page.
    let snapshot = move |s: Side| -> Option<Arc<Snapshot>> {
        app.doc_untracked(|d| match s {
            Side::Current => Some(Arc::new(d.snapshot())),
            Side::Version(id) => d
                .versions
                .iter()
                .find(|v| v.id == id)
                .map(|v| v.snapshot.clone()),
        })
        .flatten()
    };
    // Bumped by choosing a side or pressing "Compare"; nothing is computed before that.
    let run = RwSignal::new(0u32);
    let diff = Memo::new(move |_| {
        if run.get() == 0 {
            return None;
        }
        let (a, b) = (snapshot(left.get()), snapshot(right.get()));
        match (a, b) {
            (Some(a), Some(b)) => Some(crate::web::clock::measure("mos-compare", || {
                compare(&a, &b, crate::content::assessment::stored_name)
            })),
            _ => Some(Vec::new()),
        }
    });
    let bump = move || run.update(|n| *n += 1);
    view! {
        <h3>"Compare two versions"</h3>
        <div class="inline-form" role="group" aria-label="Versions to compare">
            {move || view! {
                <SelectField label="Compare" options=options() value=move || left.get() on_change=move |v| { left.set(v); bump(); } />
                <SelectField label="with" options=options() value=move || right.get() on_change=move |v| { right.set(v); bump(); } />
            }}
            <button type="button" on:click=move |_| bump()>"Compare"</button>
        </div>
        <div class="compare" aria-live="polite">
            {move || {
                let Some(all) = diff.get() else {
                    return view! { <p class="field-hint">"Choose two versions and press Compare. "<q>"The model now"</q>" is the model as it stands."</p> }.into_any();
                };
                differences_view(all, name_of(left.get()), name_of(right.get()))
            }}
        </div>
    }
}

/// The differences from `a` to `b`: how many of each kind, then a table per stage.
pub fn differences_view(all: Vec<Difference>, a: String, b: String) -> AnyView {
    if all.is_empty() {
        return view! { <p>"No differences: these two are the same."</p> }.into_any();
    }
    // Only the kinds of change there are: "0 moved" says nothing.
    let parts: Vec<String> = [Kind::Added, Kind::Removed, Kind::Changed, Kind::Moved]
        .into_iter()
        .filter_map(|k| {
            let n = all.iter().filter(|d| d.kind == k).count();
            (n > 0).then(|| format!("{n} {}", kind_label(k).to_lowercase()))
        })
        .collect();
    let summary = format!("{}.", parts.join(", "));
    view! {
        <p>{summary}</p>
        {Area::ALL.into_iter().filter_map(|area| {
            let rows: Vec<Difference> = all.iter().filter(|d| d.area == area).cloned().collect();
            (!rows.is_empty()).then(|| view! { <DiffTable area=area rows=rows a=a.clone() b=b.clone() /> })
        }).collect_view()}
    }
    .into_any()
}

#[component]
fn DiffTable(area: Area, rows: Vec<Difference>, a: String, b: String) -> impl IntoView {
    let all = RwSignal::new(false);
    let total = rows.len();
    let rows = StoredValue::new(rows);
    view! {
        <div class="table-scroll" role="region" aria-label=format!("{}: differences", area_heading(area)) tabindex="0">
            // On a phone each difference reads as a small card (see `.report-table`).
            <table class="diff report-table">
                <caption>{format!("{} ({total})", area_heading(area))}</caption>
                <thead>
                    <tr><th scope="col">"Change"</th><th scope="col">"What"</th><th scope="col">{a.clone()}</th><th scope="col">{b.clone()}</th></tr>
                </thead>
                <tbody>
                    {move || rows.with_value(|r| {
                        let n = if all.get() { r.len() } else { SHOWN_DIFFS };
                        r.iter().take(n).map(|d| view! {
                            <tr class=format!("diff-{}", kind_label(d.kind).to_lowercase())>
                                <td><span class="tag">{kind_label(d.kind)}</span></td>
                                <th scope="row">{d.what.clone()}</th>
                                <td data-label=a.clone()>{d.before.clone()}</td>
                                <td data-label=b.clone()>{d.after.clone()}</td>
                            </tr>
                        }).collect_view()
                    })}
                </tbody>
            </table>
        </div>
        <Show when=move || { !all.get() && total > SHOWN_DIFFS }>
            <button type="button" class="quiet" on:click=move |_| all.set(true)>{format!("Show all {total}")}</button>
        </Show>
    }
}

/// A saved version, read-only, with a way to restore it as a copy.
#[component]
pub fn VersionPage() -> impl IntoView {
    let app = use_app();
    let params = use_params_map();
    let vid = move || {
        params
            .read()
            .get("vid")
            .and_then(|v| v.parse::<u64>().ok())
            .map(VersionId)
    };
    let version = move || {
        let vid = vid()?;
        app.with_doc(|d| {
            d.versions.iter().find(|v| v.id == vid).map(|v| {
                let doc = Document::of_snapshot(d.id.clone(), &v.snapshot);
                (v.id, v.name.clone(), v.at.date_iso(), doc)
            })
        })
        .flatten()
    };
    let navigate = use_navigate();
    // Versions are listed in Stage 3; a model whose invitation left Stage 3 out (a client's
    // earlier replies) goes back to its report.
    let back_to = move || {
        app.with_doc(|d| {
            let stage3 = d.invitation.as_ref().is_none_or(|i| {
                i.modules
                    .includes(crate::domain::progress::Part::Operations)
            });
            let id = d.id.as_str();
            if stage3 {
                (format!("/model/{id}/operations"), "Back to Stage 3")
            } else {
                (format!("/model/{id}/report"), "Back to the report")
            }
        })
        .unwrap_or_default()
    };
    let back = move || back_to().0;
    view! {
        {move || match version() {
            None => view! {
                <h1>"Version not found"</h1>
                <p>"This model has no saved version at this address. "<A href=back()>{back_to().1}</A></p>
            }.into_any(),
            Some((id, name, date, doc)) => {
                let nav = navigate.clone();
                let restore = move |_| {
                    let model = app.with_doc(|d| d.id.clone()).unwrap_or_default();
                    match app.version_as_copy(&model, id) {
                        Ok(copy) => nav(&format!("/model/{}/dialogue", copy.as_str()), Default::default()),
                        Err(e) => app.notice.set(Some(crate::state::Notice { text: e, restore: None })),
                    }
                };
                view! {
                    <p class="no-print"><A href=back()>{back_to().1}</A>" · "
                        <button type="button" on:click=restore>"Restore this version as a copy"</button></p>
                    {crate::ui::report::report_view(&doc, crate::ui::report::ReportOf::Version(name, date))}
                }.into_any()
            }
        }}
    }
}
