//! Stage 2's side of the one list of people (the team page shows the same list): who works
//! in each sub-function, added by name or picked from the list, and the capacity they give it.

use crate::domain::ids::SubFunctionId;
use crate::domain::number::format_number;
use crate::domain::operations_msg::{OpsMsg, TeamEdit};
use crate::domain::team::people_in;
use crate::domain::Msg;
use crate::state::use_app;
use crate::ui::widgets::{AddForm, PEOPLE_LIST};
use leptos::prelude::*;

fn team(e: TeamEdit) -> Msg {
    Msg::Ops(OpsMsg::Team(e))
}

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
    let add = move |n: String| {
        app.dispatch(team(TeamEdit::AddPerson {
            name: n,
            sub_function: Some(id),
        }))
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
                                    on:click=move |_| app.dispatch(team(TeamEdit::SetSubFunction(pid, None)))>"✕"</button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </Show>
            <AddForm label="Add a person" button="Add person" list=PEOPLE_LIST on_add=add />
        </div>
    }
}

/// What a sub-function's capacity is when people are named in it.
pub fn named_capacity(named: usize) -> String {
    match named {
        1 => "1 FTE: the one person named".to_string(),
        n => format!("{} FTE: one for each person named", format_number(n as f64)),
    }
}
