//! The RACI matrix as a compact grid: one letter per role and row, set by clicking (which
//! steps through the letters) or by typing the letter; arrow keys move between cells.
//!
//! It follows the ARIA grid pattern: the table is a `grid` with one tab stop (a roving
//! tabindex), each cell's button is named in full for screen readers ("CMO for Flow: Nurture
//! campaigns: Accountable") while it shows only the letter.

use crate::domain::ids::{FlowId, OpsId, ProgramId};
use crate::domain::operations::Raci;
use crate::domain::operations_msg::{OpsMsg as O, RaciCell, RaciSubject};
use crate::domain::raci::RaciProblem;
use crate::domain::Msg;
use crate::state::use_app;
use crate::ui::widgets::{AddForm, SelectField, SuggestNames, NAMES_LIST};
use leptos::prelude::*;

fn problem_text(p: RaciProblem) -> String {
    match p {
        RaciProblem::NoAccountable => "No one is accountable: mark exactly one A.".into(),
        RaciProblem::SeveralAccountable(n) => {
            format!("{n} roles are accountable: keep exactly one A.")
        }
        RaciProblem::NoResponsible => "No one is responsible: mark at least one R.".into(),
    }
}

/// A RACI row's program or flow, as the "Add a row for" choice holds it.
type Subject = (Option<ProgramId>, Option<FlowId>);

/// A cell of the grid: its row and its column (0 the row's name, then one per role, then the
/// check, then the remove button).
type Cell = (OpsId, usize);

/// The grid's keyboard position: which cell holds the one tab stop.
#[derive(Clone, Copy)]
struct Focus {
    /// The cell last focused, if any.
    active: RwSignal<Option<Cell>>,
    /// The cell that is the tab stop now (the active one while it exists, else the first).
    current: Memo<Option<Cell>>,
    /// The grid.
    table: NodeRef<leptos::html::Table>,
    /// The grid's rows, in order.
    rows: Memo<Vec<OpsId>>,
}

impl Focus {
    /// The tabindex of a cell: 0 for the tab stop, -1 for the others.
    /// Removes a row and keeps focus in the grid, on the same column of the next row (or the
    /// one before), rather than letting it fall to the page.
    fn remove_row(self, id: OpsId, col: usize, remove: impl FnOnce()) {
        let near = self.rows.with_untracked(|ids| {
            let i = ids.iter().position(|x| *x == id)?;
            ids.get(i + 1)
                .or_else(|| i.checked_sub(1).and_then(|j| ids.get(j)))
                .copied()
        });
        if let Some(n) = near {
            self.active.set(Some((n, col)));
        }
        remove();
        self.restore();
    }

    /// Focuses the tab stop once the page has been redrawn.
    fn restore(self) {
        request_animation_frame(move || {
            if let Some(t) = self.table.get_untracked() {
                crate::web::focus::focus_within(&t, "[tabindex=\"0\"]");
            }
        });
    }

    fn tabindex(self, cell: Cell) -> impl Fn() -> &'static str + Copy {
        move || {
            if self.current.get() == Some(cell) {
                "0"
            } else {
                "-1"
            }
        }
    }
}

fn cell_key((id, col): Cell) -> String {
    format!("{}-{col}", id.0)
}

/// Roles × programs and flows, one letter each; every row checked as it is filled in.
#[component]
pub fn RaciMatrix() -> impl IntoView {
    let app = use_app();
    let roles = Memo::new(move |_| {
        app.with_doc(|d| d.operations.raci_roles.clone())
            .unwrap_or_default()
    });
    let rows = Memo::new(move |_| {
        app.with_doc(|d| d.operations.raci.iter().map(|r| r.id).collect::<Vec<_>>())
            .unwrap_or_default()
    });
    let suggested = Signal::derive(move || {
        app.with_doc(|d| {
            let taken = &d.operations.raci_roles;
            d.mapping
                .sub_functions
                .iter()
                .map(|s| s.name.trim().to_string())
                .chain(
                    d.mapping
                        .functions
                        .iter()
                        .map(|f| f.name.trim().to_string()),
                )
                .filter(|n| !n.is_empty() && !taken.iter().any(|t| t.eq_ignore_ascii_case(n)))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    let new_role = move |name: String| Msg::Ops(O::AddRaciRole(name));
    let add_role = move |name: String| app.dispatch(new_role(name));
    // Programs and flows not yet in the matrix.
    let subjects = Memo::new(move |_| {
        let mut o: Vec<(Option<Subject>, String)> =
            vec![(None, "Choose a program or flow…".into())];
        app.with_doc(|d| {
            let used_p: Vec<_> = d.operations.raci.iter().filter_map(|r| r.program).collect();
            let used_f: Vec<_> = d.operations.raci.iter().filter_map(|r| r.flow).collect();
            o.extend(
                d.dialogue
                    .constituents
                    .iter()
                    .flat_map(|c| &c.programs)
                    .filter(|p| !used_p.contains(&p.id))
                    .map(|p| (Some((Some(p.id), None)), format!("Program: {}", p.name))),
            );
            o.extend(
                d.mapping
                    .flows
                    .iter()
                    .filter(|f| !used_f.contains(&f.id))
                    .map(|f| (Some((None, Some(f.id))), format!("Flow: {}", f.name))),
            );
        });
        o
    });
    let add_row = move |v: Option<Subject>| match v {
        Some((Some(p), _)) => app.dispatch(Msg::Ops(O::AddRaciRow(RaciSubject::Program(p)))),
        Some((None, Some(f))) => app.dispatch(Msg::Ops(O::AddRaciRow(RaciSubject::Flow(f)))),
        _ => {}
    };
    let none = || None::<Subject>;
    let csv = move |_| {
        app.doc_untracked(|d| {
            let matrix = crate::persist::Download::RaciMatrixCsv;
            let _ = crate::web::file::download_as(&d.company, matrix, &d.raci_csv());
        });
    };
    // Columns: the row's name, one per role, the check and the remove button.
    let columns = Memo::new(move |_| roles.with(Vec::len) + 3);
    let active = RwSignal::new(None::<Cell>);
    let current = Memo::new(move |_| {
        let n = columns.get();
        rows.with(|ids| match active.get() {
            Some((id, c)) if ids.contains(&id) && c < n => Some((id, c)),
            _ => ids.first().map(|id| (*id, if n > 3 { 1 } else { 0 })),
        })
    });
    let table = NodeRef::<leptos::html::Table>::new();
    let focus = Focus {
        active,
        current,
        table,
        rows,
    };
    // Arrow keys (and Home, End) move the tab stop between cells and focus it.
    let keydown = move |ev: leptos::ev::KeyboardEvent| {
        let Some(from) = crate::web::focus::target_attribute(&ev, "data-cell") else {
            return;
        };
        let ids = rows.get_untracked();
        let last_col = columns.get_untracked() - 1;
        let Some((r, c)) = ids.iter().enumerate().find_map(|(r, id)| {
            (0..=last_col)
                .find(|c| cell_key((*id, *c)) == from)
                .map(|c| (r, c))
        }) else {
            return;
        };
        let last_row = ids.len() - 1;
        let ctrl = ev.ctrl_key() || ev.meta_key();
        let (r, c) = match ev.key().as_str() {
            "ArrowUp" => (r.saturating_sub(1), c),
            "ArrowDown" => ((r + 1).min(last_row), c),
            "ArrowLeft" => (r, c.saturating_sub(1)),
            "ArrowRight" => (r, (c + 1).min(last_col)),
            "Home" if ctrl => (0, 0),
            "Home" => (r, 0),
            "End" if ctrl => (last_row, last_col),
            "End" => (r, last_col),
            _ => return,
        };
        ev.prevent_default();
        let to = (ids[r], c);
        active.set(Some(to));
        if let Some(t) = table.get_untracked() {
            crate::web::focus::focus_within(&t, &format!("[data-cell=\"{}\"]", cell_key(to)));
        }
    };
    view! {
        <section aria-labelledby="raci">
            <h2 id="raci">"RACI matrix"</h2>
            <p class="why">"For each program or flow: who is "<strong>"R"</strong>"esponsible for doing it, the one person "<strong>"A"</strong>"ccountable for the outcome, who is "<strong>"C"</strong>"onsulted and who is kept "<strong>"I"</strong>"nformed. Keep the loop to the people who need it."</p>
            <h3>"Roles"</h3>
            <ul class="plain-list tags" aria-label="Roles in the matrix">
                {move || roles.get().into_iter().map(|r| {
                    let label = format!("Remove role {r}");
                    let name = r.clone();
                    view! {
                        <li class="tag-item">{r}" "
                            <button type="button" class="quiet" aria-label=label on:click=move |_| app.dispatch(Msg::Ops(O::RemoveRaciRole(name.clone())))>"✕"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <SuggestNames items=suggested on_add=add_role />
            <AddForm label="New role" button="Add role" list=NAMES_LIST on_add=new_role />
            <h3>"Rows"</h3>
            <div class="inline-form">
                {move || view! { <SelectField label="Add a row for" options=subjects.get() value=none on_change=add_row /> }}
            </div>
            <AddForm label="Or name a row yourself" button="Add row" on_add=move |n| Msg::Ops(O::AddRaciRow(RaciSubject::Named(n))) />
            <Show when=move || rows.with(|r| !r.is_empty())>
                <p class="field-hint" id="raci-keys">"Click a cell to step through R, A, A/R, C, I and blank, or type its letter; Delete clears it. Arrow keys move between cells."</p>
                <div class="table-scroll" role="region" aria-label="RACI matrix, scrolls sideways">
                    <table class="raci" role="grid" aria-labelledby="raci-caption" aria-describedby="raci-keys" node_ref=table on:keydown=keydown>
                        <caption id="raci-caption">"Who does what"</caption>
                        <thead>
                            <tr>
                                <th scope="col">"Program or flow"</th>
                                {move || roles.get().into_iter().map(|r| view! { <th scope="col">{r}</th> }).collect_view()}
                                <th scope="col">"Check"</th>
                                <th scope="col"><span class="visually-hidden">"Remove"</span></th>
                            </tr>
                        </thead>
                        <tbody>
                            <For each=move || rows.get() key=|id| *id children=move |id| view! { <RaciRowView id=id roles=roles focus=focus /> } />
                        </tbody>
                    </table>
                </div>
                <button type="button" on:click=csv>"Download the matrix (CSV)"</button>
            </Show>
        </section>
    }
}

/// One program or flow: its name, a letter per role, its check and its remove button.
#[component]
fn RaciRowView(id: OpsId, roles: Memo<Vec<String>>, focus: Focus) -> impl IntoView {
    let app = use_app();
    let row = Memo::new(move |_| {
        app.with_doc(|d| {
            d.operations
                .raci
                .iter()
                .find(|r| r.id == id)
                .map(|r| (d.raci_subject(r), r.clone()))
        })
        .flatten()
        .unwrap_or_default()
    });
    let subject = move || row.with(|r| r.0.clone());
    let problems = move || row.with(|r| roles.with(|roles| r.1.problems(roles)));
    let on_focus = move |col: usize| move |_| focus.active.set(Some((id, col)));
    let check_col = move || roles.with(Vec::len) + 1;
    view! {
        <tr>
            <th scope="row" tabindex=focus.tabindex((id, 0)) data-cell=cell_key((id, 0)) on:focus=on_focus(0)>{subject}</th>
            {move || roles.get().into_iter().enumerate().map(|(i, role)| {
                view! { <RaciCellView id=id col=i + 1 role=role subject=Signal::derive(subject) cell=row focus=focus /> }
            }).collect_view()}
            {move || {
                let c = check_col();
                view! {
                    <td class="raci-check" tabindex=focus.tabindex((id, c)) data-cell=cell_key((id, c)) on:focus=on_focus(c)>{move || {
                        let p = problems();
                        if p.is_empty() {
                            view! { <span class="ok">"OK"</span> }.into_any()
                        } else {
                            view! { <ul class="plain-list problems">{p.into_iter().map(|p| view! { <li>{problem_text(p)}</li> }).collect_view()}</ul> }.into_any()
                        }
                    }}</td>
                    <td>
                        <button type="button" class="quiet danger" tabindex=focus.tabindex((id, c + 1)) data-cell=cell_key((id, c + 1)) on:focus=on_focus(c + 1)
                            aria-label=move || format!("Remove row {}", subject()) on:click=move |_| focus.remove_row(id, c + 1, move || app.dispatch(Msg::Ops(O::RemoveRaciRow(id))))>"✕"</button>
                    </td>
                }
            }}
        </tr>
    }
}

/// One role's letter in one row: a button that shows the letter and says it in full.
#[component]
fn RaciCellView(
    /// The row.
    id: OpsId,
    /// The cell's column in the grid.
    col: usize,
    /// The role this column is for.
    role: String,
    /// The row's program or flow, as its header reads.
    subject: Signal<String>,
    /// The row's subject and data.
    cell: Memo<(String, crate::domain::operations::RaciRow)>,
    /// The grid's tab stop.
    focus: Focus,
) -> impl IntoView {
    let app = use_app();
    let role2 = role.clone();
    let value = Memo::new(move |_| cell.with(|r| r.1.cell(&role2)));
    let role3 = role.clone();
    let set = move |c: RaciCell| app.dispatch(Msg::Ops(O::SetRaci(id, role3.clone(), c)));
    let set2 = set.clone();
    let keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let now = value.get_untracked();
        let next = match ev.key().to_ascii_lowercase().as_str() {
            "r" => now.with_letter(Raci::R),
            "a" => now.with_letter(Raci::A),
            "c" => now.with_letter(Raci::C),
            "i" => now.with_letter(Raci::I),
            "backspace" | "delete" => RaciCell::None,
            _ => return,
        };
        ev.prevent_default();
        set2(next);
    };
    let name = move || format!("{role} for {}: {}", subject.get(), value.get().name());
    let letter = move || match value.get() {
        RaciCell::None => "·",
        c => c.code(),
    };
    view! {
        <td class="raci-cell-td">
            <button type="button" class="raci-cell" class:accountable=move || matches!(value.get(), RaciCell::A | RaciCell::AR)
                class:blank=move || value.get() == RaciCell::None
                tabindex=focus.tabindex((id, col)) data-cell=cell_key((id, col))
                on:focus=move |_| focus.active.set(Some((id, col)))
                on:click=move |_| set(value.get_untracked().next()) on:keydown=keydown>
                <span aria-hidden="true">{letter}</span>
                <span class="visually-hidden">{name}</span>
            </button>
        </td>
    }
}
