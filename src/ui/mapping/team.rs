//! The marketing team's sub-functions (with kind, owner and people) and the company
//! functions it works with.

use crate::content::mapping::team_for_size;
use crate::content::COMPANY_FUNCTIONS;
use crate::domain::findings::load;
use crate::domain::format::{number as format_number, rounded as format_rounded};
use crate::domain::ids::{FunctionId, SubFunctionId};
use crate::domain::mapping::SubFunctionKind;
use crate::domain::mapping_msg::MappingMsg as M;
use crate::domain::target::Target;
use crate::domain::team::people_in;
use crate::domain::Msg;
use crate::state::use_app;
use crate::ui::mapping::people::{named_capacity, SubFunctionPeople};
use crate::ui::widgets::{AddForm, PeopleList, SelectField, Suggestions, TextField};
use leptos::prelude::*;

fn kind_options() -> Vec<(SubFunctionKind, String)> {
    vec![
        (SubFunctionKind::Core, "Marketing sub-function".into()),
        (
            SubFunctionKind::SharedResource,
            "Shared resource (design, RevOps)".into(),
        ),
        (SubFunctionKind::Agency, "Agency or contractor".into()),
    ]
}

/// The sub-functions, a team suggested by size, and load per person.
#[component]
pub fn Team() -> impl IntoView {
    let app = use_app();
    let ids = move || {
        app.with_rules(|d| {
            d.mapping
                .sub_functions
                .iter()
                .map(|s| s.id)
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    };
    let size = RwSignal::new(String::from("5"));
    let suggest = move |_| {
        let people = size.get_untracked().trim().parse::<u32>().unwrap_or(5);
        for (name, kind) in team_for_size(people) {
            let exists = app
                .doc_untracked(|d| {
                    d.mapping
                        .sub_functions
                        .iter()
                        .any(|s| s.name.eq_ignore_ascii_case(name))
                })
                .unwrap_or(true);
            if !exists {
                app.dispatch(Msg::Mapping(M::AddSubFunction {
                    name: name.to_string(),
                    kind: *kind,
                }));
            }
        }
    };
    let loads = Memo::new(move |_| {
        app.with_names(|d| {
            load(d)
                .into_iter()
                .map(|l| {
                    (
                        d.mapping
                            .sub_function(l.sub)
                            .map(|s| s.name.clone())
                            .unwrap_or_default(),
                        l,
                    )
                })
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    view! {
        <section aria-labelledby="subs">
            <h2 id="subs">"Your marketing team"</h2>
            <p class="why">"List the sub-functions inside marketing. Break shared resources such as design or RevOps out on their own, and attach agencies to the sub-function that owns the relationship."</p>
            <p class="why">"For each one, type how many people work in it, or name them. Named people count as one full-time person each, and appear on the team page too: it is one list of people."</p>
            <PeopleList />
            <form class="inline-form card" on:submit=move |ev| { ev.prevent_default(); suggest(()); }>
                <label class="field narrow">
                    <span class="field-label">"People in marketing"</span>
                    <input type="number" min="1" inputmode="numeric" prop:value=move || size.get() on:input=move |ev| size.set(event_target_value(&ev)) />
                </label>
                <button type="submit">"Suggest a team for this size"</button>
            </form>
            <ul class="plain-list">
                <For each=ids key=|id| *id children=move |id| view! { <SubFunctionRow id=id /> } />
            </ul>
            <AddForm label="New sub-function" button="Add sub-function"
                on_add=move |name| Msg::Mapping(M::AddSubFunction { name, kind: SubFunctionKind::Core }) />
            <Show when=move || !loads.with(Vec::is_empty)>
                <table class="load">
                    <caption>"Load per person"</caption>
                    <thead><tr><th scope="col">"Sub-function"</th><th scope="col">"Live flows"</th><th scope="col">"People (FTE)"</th><th scope="col">"Flows per person"</th></tr></thead>
                    <tbody>
                        {move || loads.get().into_iter().map(|(name, l)| view! {
                            <tr>
                                <th scope="row">{name}</th>
                                <td>{l.flows}</td>
                                <td>{format_number(l.fte)}</td>
                                <td>{l.per_fte.map(|p| format_rounded(p, 1)).unwrap_or_else(|| "no people".into())}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </Show>
        </section>
    }
}

/// One sub-function: name, kind, owner for agencies, and people.
#[component]
fn SubFunctionRow(id: SubFunctionId) -> impl IntoView {
    let app = use_app();
    let sf = move || {
        app.with_doc(|d| d.mapping.sub_function(id).cloned())
            .flatten()
            .unwrap_or_default()
    };
    let name = move || sf().name;
    let named = Memo::new(move |_| {
        app.with_doc(|d| people_in(&d.operations.team.people, id).count())
            .unwrap_or_default()
    });
    let fte_text = RwSignal::new(
        app.doc_untracked(|d| d.mapping.sub_function(id).map(|s| format_number(s.fte)))
            .flatten()
            .unwrap_or_default(),
    );
    let owners = Memo::new(move |_| {
        let mut opts = vec![(None, "No owner yet".to_string())];
        opts.extend(
            app.with_doc(|d| {
                d.mapping
                    .sub_functions
                    .iter()
                    .filter(|s| s.id != id && s.kind != SubFunctionKind::Agency)
                    .map(|s| (Some(s.id), s.name.clone()))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default(),
        );
        opts
    });
    let found = expect_context::<super::MapFindings>().0;
    let badges = Memo::new(move |_| {
        use crate::domain::findings::Finding;
        found.with(|all| {
            all.iter()
                .filter_map(|f| match f {
                    Finding::IdleSubFunction(x) if *x == id => Some("Owns no flow"),
                    Finding::NoCapacity(x) if *x == id => Some("Work but no people"),
                    Finding::Overloaded { sub, .. } if *sub == id => Some("Overloaded"),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <li class="row card" id=crate::ui::target::anchor(&Target::SubFunction(id))>
            <span class="badges">{move || badges.get().into_iter().map(|b| view! { <span class="badge">{b}</span> }).collect_view()}</span>
            <TextField label="Sub-function name" value=name on_input=move |v| app.dispatch(Msg::Mapping(M::RenameSubFunction(id, v))) />
            <SelectField label="Kind" options=kind_options() value=move || sf().kind on_change=move |v| app.dispatch(Msg::Mapping(M::SetKind(id, v))) />
            <Show when=move || sf().kind == SubFunctionKind::Agency>
                {move || view! {
                    <SelectField label="Owned by" options=owners.get() value=move || sf().owner on_change=move |v| app.dispatch(Msg::Mapping(M::SetOwner(id, v))) />
                }}
            </Show>
            {move || match named.get() {
                0 => view! {
                    <label class="field narrow">
                        <span class="field-label">"People (FTE)"</span>
                        <input type="number" min="0" step="0.1" inputmode="decimal"
                            prop:value=move || fte_text.get()
                            on:input=move |ev| {
                                let v = event_target_value(&ev);
                                if let Ok(n) = v.parse::<f64>() {
                                    app.dispatch(Msg::Mapping(M::SetFte(id, n)));
                                }
                                fte_text.set(v);
                            }
                            on:blur=move |_| app.seal()
                        />
                    </label>
                }.into_any(),
                n => view! { <p class="capacity"><span class="field-label">"People (FTE)"</span>" "{named_capacity(n)}</p> }.into_any(),
            }}
            <span class="row-break"></span>
            <SubFunctionPeople id=id name=Signal::derive(name) />
            <button type="button" class="quiet danger" on:click=move |_| app.dispatch(Msg::Mapping(M::RemoveSubFunction(id)))>
                {move || format!("Remove {}", name())}
            </button>
        </li>
    }
}

/// The company functions marketing works with, with their typical secondary flows.
#[component]
pub fn Functions() -> impl IntoView {
    let app = use_app();
    let ids = move || {
        app.with_doc(|d| d.mapping.functions.iter().map(|f| f.id).collect::<Vec<_>>())
            .unwrap_or_default()
    };
    let new = move |name: String| Msg::Mapping(M::AddFunction(name));
    let add = move |name: String| app.dispatch(new(name));
    let missing = Memo::new(move |_| {
        app.with_doc(|d| {
            COMPANY_FUNCTIONS
                .iter()
                .filter(|s| {
                    !d.mapping
                        .functions
                        .iter()
                        .any(|x| x.name.eq_ignore_ascii_case(s))
                })
                .copied()
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    view! {
        <section aria-labelledby="functions">
            <h2 id="functions">"Company functions you work with"</h2>
            <p class="why">"Secondary internal flows run through these teams: what they tell marketing, and what marketing gives them."</p>
            <Suggestions items=missing on_add=add />
            <ul class="plain-list">
                <For each=ids key=|id| *id children=move |id| view! { <FunctionRow id=id /> } />
            </ul>
            <AddForm label="New company function" button="Add function" on_add=new />
        </section>
    }
}

/// One company function: its name (its typical flows are among the suggested flows).
#[component]
fn FunctionRow(id: FunctionId) -> impl IntoView {
    let app = use_app();
    let name = move || {
        app.with_doc(|d| {
            d.mapping
                .functions
                .iter()
                .find(|f| f.id == id)
                .map(|f| f.name.clone())
        })
        .flatten()
        .unwrap_or_default()
    };
    view! {
        <li class="card">
            <div class="row">
                <TextField label="Function name" value=name on_input=move |v| app.dispatch(Msg::Mapping(M::RenameFunction(id, v))) />
                <button type="button" class="quiet danger" on:click=move |_| app.dispatch(Msg::Mapping(M::RemoveFunction(id)))>
                    {move || format!("Remove {}", name())}
                </button>
            </div>
        </li>
    }
}
