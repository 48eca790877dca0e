//! Stage 2's side of the one list of people (the team page shows the same list): who works
//! in each sub-function, added by name or picked from the list, and the capacity they give it.

use crate::domain::format::number as format_number;
use crate::domain::ids::SubFunctionId;
use crate::domain::operations_msg::TeamMsg;
use crate::domain::team::{people_in, person_named};
use crate::domain::{Document, Msg};
use crate::state::use_app;
use crate::ui::widgets::{AddForm, PEOPLE_LIST};
use leptos::prelude::*;

/// The people named in one sub-function, each with a way out, and a one-line field to add
/// someone by name or pick them from the list.
#[component]
pub fn SubFunctionPeople(
    /// The sub-function.
    id: SubFunctionId,
    /// Its name, for the group's and the buttons' accessible names.
    name: Signal<String>,
) -> impl IntoView {
    let app = use_app();
    let people = Memo::new(move |_| {
        app.with_doc(|d| {
            people_in(&d.operations.team.people, id)
                .map(|p| (p.id, p.name.trim().to_string()))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    let note = RwSignal::new(String::new());
    let add = move |n: String| {
        note.set(
            app.doc_untracked(|d| add_note(d, &n, id))
                .flatten()
                .unwrap_or_default(),
        );
        Msg::Team(TeamMsg::AddPerson {
            name: n,
            sub_function: Some(id),
        })
    };
    view! {
        <div class="people" role="group" aria-label=move || format!("People in {}", name.get())>
            <Show when=move || !people.with(Vec::is_empty)>
                <ul class="plain-list tags" aria-label=move || format!("Named in {}", name.get())>
                    {move || people.get().into_iter().map(|(pid, n)| {
                        let label = format!("Take {n} out of {}", name.get_untracked());
                        view! {
                            <li class="tag-item">{n}" "
                                <button type="button" class="quiet" aria-label=label
                                    on:click=move |_| app.dispatch(Msg::Team(TeamMsg::SetSubFunction(pid, None)))>"✕"</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </Show>
            <AddForm label="Add a person" button="Add person" list=PEOPLE_LIST on_add=add draft=format!("Add a person to {}", id.0) />
            <p class="meta" role="status">{move || note.get()}</p>
        </div>
    }
}

/// What adding `name` to a sub-function will do to someone already on the list, in words
/// (none for a new name or someone placed nowhere yet).
fn add_note(d: &Document, name: &str, sub: SubFunctionId) -> Option<String> {
    let p = person_named(&d.operations.team.people, name)?;
    let who = p.name.trim();
    match p.sub_function {
        Some(s) if s == sub => Some(format!("{who} already works here.")),
        Some(s) => Some(format!(
            "{who} moved here from {}: a person works in one sub-function.",
            d.mapping.sub_function(s).map_or("", |x| x.name.trim())
        )),
        None => None,
    }
}

/// What a sub-function's capacity is when people are named in it.
pub fn named_capacity(named: usize) -> String {
    match named {
        1 => "1 FTE: the one person named".to_string(),
        n => format!("{} FTE: one for each person named", format_number(n as f64)),
    }
}
