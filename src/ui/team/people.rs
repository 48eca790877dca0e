//! One person on the team page: their name, the Stage 2 sub-function they work in, their
//! marketing operations roles with a share of their time on each, and the total, with a
//! warning when it asks more than one full-time person.

use super::*;

/// One person in the one list of people.
#[component]
pub(super) fn PersonCard(id: OpsId) -> impl IntoView {
    let app = use_app();
    let person = Memo::new(move |_| {
        app.with_doc(|d| {
            d.operations
                .team
                .people
                .iter()
                .find(|p| p.id == id)
                .cloned()
        })
        .flatten()
        .unwrap_or_default()
    });
    let name = move || person.with(|p| p.name.clone());
    let subs = crate::ui::mapping::sub_function_choices("Not placed yet");
    let add_options = move || {
        let mut o = vec![(None, "Choose a role…".to_string())];
        person.with(|p| {
            o.extend(
                Role::ALL
                    .into_iter()
                    .filter(|r| !p.roles.iter().any(|(x, _)| x == r))
                    .map(|r| (Some(r), r.label().to_string())),
            )
        });
        o
    };
    let no_role = || None::<Role>;
    let add_role = move |r: Option<Role>| {
        if let Some(r) = r {
            app.dispatch(Msg::Team(TeamMsg::AddRole(id, r)))
        }
    };
    let roles =
        Memo::new(move |_| person.with(|p| p.roles.iter().map(|(r, _)| *r).collect::<Vec<_>>()));
    let total = move || person.with(|p| (p.total_fte(), p.is_overbooked(), !p.roles.is_empty()));
    view! {
        <li><div class="card person" role="group" aria-label=name>
            <div class="pair">
                <TextField label="Name" value=name on_input=move |v| app.dispatch(Msg::Team(TeamMsg::RenamePerson(id, v))) />
                {move || view! {
                    <SelectField label="Works in (Stage 2)" options=subs.get() value=move || person.with(|p| p.sub_function)
                        on_change=move |s| app.dispatch(Msg::Team(TeamMsg::SetSubFunction(id, s))) />
                }}
            </div>
            <ul class="plain-list">
                <For each=move || roles.get() key=|r| *r children=move |role| {
                    let set_fte = move |v: Option<f64>| app.dispatch(Msg::Team(TeamMsg::SetRole(id, role, v.unwrap_or(0.0))));
                    view! {
                        <li class="pair">
                            <NumberField
                                label=format!("{} (FTE)", role.label())
                                value=move || person.with(|p| p.roles.iter().find(|(r, _)| *r == role).map(|(_, f)| *f))
                                on_input=set_fte
                            />
                            <button type="button" class="quiet" aria-label=move || format!("Take {} off {}", role.label(), name())
                                on:click=move |_| app.dispatch(Msg::Team(TeamMsg::RemoveRole(id, role)))>"Remove role"</button>
                        </li>
                    }
                } />
            </ul>
            <p class="total" class:warning=move || total().1 role="status">{move || {
                let (fte, over, any) = total();
                let who = name();
                let who = if who.trim().is_empty() { "This person".to_string() } else { who.trim().to_string() };
                match (any, over) {
                    (false, _) => String::new(),
                    (true, false) => format!("In total: {} FTE.", format_number(Some(fte))),
                    (true, true) => format!("{who}'s roles add up to {} FTE, more than one full-time person.", format_number(Some(fte))),
                }
            }}</p>
            {move || view! {
                <SelectField label="Add a role" options=add_options() value=no_role on_change=add_role />
            }}
            <button type="button" class="quiet danger" on:click=move |_| app.dispatch(Msg::Team(TeamMsg::RemovePerson(id)))>"Remove person"</button>
        </div></li>
    }
}
