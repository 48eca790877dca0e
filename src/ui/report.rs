//! The report: a read-only summary of the model, ready to print.

use crate::content::report::{build, Of};
use crate::domain::report::{Block, Figure, Section, Table};
use crate::state::use_app;
use crate::web::clock::now;
use leptos::prelude::*;

/// The report page.
#[component]
pub fn ReportPage() -> impl IntoView {
    let app = use_app();
    let doc = move || app.with_doc(Clone::clone);
    view! {
        <super::reply::ReplyChanges />
        {move || doc().map(|d| report_view(&d, ReportOf::Live))}
        <super::share::ShareLink />
    }
}

/// Which report is shown.
#[derive(Clone, Debug, PartialEq)]
pub enum ReportOf {
    /// The open model, with its downloads.
    Live,
    /// A saved version of it: its name and date.
    Version(String, String),
    /// A model opened from a share link, not in the workspace.
    Shared,
}

/// The report of a model, of a saved version of it, or of a shared one: the one report model
/// (`content::report`), rendered.
pub fn report_view(d: &crate::domain::Document, of: ReportOf) -> AnyView {
    let which = match &of {
        ReportOf::Version(name, date) => Of::Version {
            name: name.clone(),
            date: date.clone(),
        },
        _ => Of::Current,
    };
    let report = build(d, now(), &which);
    // The printed PDF takes its name from the title; every page's foot names the model.
    crate::web::page::set_title(&report.document_title);
    crate::web::page::set_print_footer(Some(&report.document_title));
    on_cleanup(|| {
        crate::web::page::reset_title();
        crate::web::page::set_print_footer(None);
    });
    let live = of == ReportOf::Live;
    let figure = move |f: &Figure| match f {
        Figure::Radar { now, then } => view! {
            <div class="radar-wrap">{crate::ui::assessment::radar(now, then.as_deref())}</div>
        }
        .into_any(),
        Figure::Schematic if live => view! { <crate::ui::schematic::SchematicFigure /> }.into_any(),
        Figure::Schematic => crate::ui::schematic::static_figure(d),
    };
    // The picture of the system, when the report opens with it, shares the title's page.
    let (cover, brief) = match report.brief.split_first() {
        Some((first, rest)) if first.id == "r-schematic" => (Some(first.clone()), rest.to_vec()),
        _ => (None, report.brief.clone()),
    };
    let sections = |list: &[Section]| {
        list.iter()
            .map(|s| {
                let id = s.id;
                view! {
                    <section aria-labelledby=id class=id>
                        <h2 id=id>{s.title.clone()}</h2>
                        {s.blocks.iter().map(|b| block(b, &figure)).collect_view()}
                    </section>
                }
            })
            .collect_view()
    };
    view! {
        <article class="report">
            <div class="report-cover">
                <header class="report-title">
                    <h1>{report.title.clone()}</h1>
                    {report.meta.iter().map(|m| view! { <p class="meta">{m.clone()}</p> }).collect_view()}
                </header>
                {cover.map(|c| sections(std::slice::from_ref(&c)))}
            </div>
            <div class="report-brief">{sections(&brief)}</div>
            <div class="report-full">{sections(&report.full)}</div>
            <button type="button" class="primary no-print" on:click=move |_| crate::web::page::print()>"Print or save as PDF"</button>
            {live.then(|| view! { <ReportDownloads /> })}
        </article>
    }
    .into_any()
}

/// One block of a section.
fn block(b: &Block, figure: &impl Fn(&Figure) -> AnyView) -> AnyView {
    match b {
        Block::Text { lead, text } if lead.is_empty() => view! { <p>{text.clone()}</p> }.into_any(),
        Block::Text { lead, text } => {
            view! { <p><strong>{lead.clone()}</strong>" "{text.clone()}</p> }.into_any()
        }
        Block::Heading(h) => view! { <h3>{h.clone()}</h3> }.into_any(),
        Block::List { ordered, items } => {
            let items = items
                .iter()
                .map(|i| {
                    if i.text.is_empty() {
                        view! { <li>{i.title.clone()}</li> }.into_any()
                    } else {
                        view! { <li><strong>{i.title.clone()}</strong>" "{i.text.clone()}</li> }
                            .into_any()
                    }
                })
                .collect_view();
            if *ordered {
                view! { <ol>{items}</ol> }.into_any()
            } else {
                view! { <ul>{items}</ul> }.into_any()
            }
        }
        Block::Table(t) => table(t),
        Block::Figure(f) => figure(f),
    }
}

fn table(t: &Table) -> AnyView {
    let class = |i: usize| if t.wide.contains(&i) { "wide" } else { "" };
    // A short table prints whole; a long one breaks between rows, its header repeated.
    let keep = if t.rows.len() <= 12 {
        "table-scroll keep"
    } else {
        "table-scroll"
    };
    view! {
        <div class=keep role="region" aria-label=t.caption.clone() tabindex="0">
            <table class="report-table">
                <caption>{t.caption.clone()}</caption>
                <thead><tr>{t.head.iter().enumerate().map(|(i, h)| view! { <th scope="col" class=class(i)>{h.clone()}</th> }).collect_view()}</tr></thead>
                <tbody>
                    {t.rows.iter().map(|r| view! {
                        <tr>{r.iter().enumerate().map(|(i, c)| if i == 0 {
                            view! { <th scope="row" class=class(i)>{c.clone()}</th> }.into_any()
                        } else {
                            view! { <td class=class(i) data-label=t.head.get(i).cloned()>{c.clone()}</td> }.into_any()
                        }).collect_view()}</tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
    .into_any()
}

/// The report and its tables as files other tools open.
#[component]
fn ReportDownloads() -> impl IntoView {
    use crate::persist::Download;
    let app = use_app();
    let save = move |what: Download| {
        app.doc_untracked(|d| {
            let text = match what {
                Download::ReportMarkdown => build(d, now(), &Of::Current).markdown(),
                Download::FlowsCsv => d.flows_csv(),
                Download::KpisCsv => d.kpis_csv(),
                Download::RaciMatrixCsv => d.raci_csv(),
                Download::ActionPlanCsv => d.actions_csv(),
                _ => return,
            };
            let _ = crate::web::file::download_as(&d.company, what, &text);
        });
    };
    // The tables of the stages an invitation left out are not offered: they would be empty.
    let has = move |part: crate::domain::progress::Part| {
        app.doc_untracked(|d| {
            d.invitation
                .as_ref()
                .is_none_or(|i| i.modules.includes(part))
        })
        .unwrap_or(true)
    };
    let mapping = has(crate::domain::progress::Part::Mapping);
    let operations = has(crate::domain::progress::Part::Operations);
    view! {
        <div class="no-print actions-row" role="group" aria-label="Download the report">
            <button type="button" on:click=move |_| save(Download::ReportMarkdown)>"Report (Markdown)"</button>
            {mapping.then(|| view! {
                <button type="button" on:click=move |_| save(Download::FlowsCsv)>"Flows (CSV)"</button>
                <button type="button" on:click=move |_| save(Download::KpisCsv)>"KPIs (CSV)"</button>
            })}
            {operations.then(|| view! {
                <button type="button" on:click=move |_| save(Download::RaciMatrixCsv)>"RACI (CSV)"</button>
            })}
            <button type="button" on:click=move |_| save(Download::ActionPlanCsv)>"Action plan (CSV)"</button>
        </div>
    }
}
