//! The report: a read-only summary of the model, ready to print.

use super::layout::part_info;
use crate::content::dimension_label;
use crate::domain::assessment::Dimension;
use crate::domain::dialogue::{CoverageStatus, DialogueSide, Side};
use crate::domain::mapping::{Direction, Scope};
use crate::domain::progress::progress;
use crate::state::use_app;
use crate::web::clock::now;
use leptos::prelude::*;

/// The report page.
#[component]
pub fn ReportPage() -> impl IntoView {
    let app = use_app();
    let doc = move || app.with_doc(Clone::clone);
    view! {
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

/// The report of a model, of a saved version of it, or of a shared one.
pub fn report_view(d: &crate::domain::Document, of: ReportOf) -> AnyView {
    let version = match &of {
        ReportOf::Version(name, date) => Some((name.clone(), date.clone())),
        _ => None,
    };
    let live = of == ReportOf::Live;
    {
        {
            let parts = progress(d);
            let found = d.gaps(now()).len();
            let top: Vec<String> = crate::domain::plan::ranked(&d.diagnostics.actions)
                .into_iter()
                .filter(|a| !a.done)
                .map(|a| {
                    let owner = if a.owner.trim().is_empty() {
                        String::new()
                    } else {
                        format!(", {}", a.owner.trim())
                    };
                    let quarter = if a.quarter.trim().is_empty() {
                        String::new()
                    } else {
                        format!(", {}", crate::domain::format::quarter(&a.quarter))
                    };
                    format!("{}{owner}{quarter}", a.title.trim())
                })
                .collect();
            let result = crate::domain::maturity::outcome(&d.assessment);
            let market: Vec<String> = d
                .constituents(Side::Market)
                .filter(|c| c.enabled)
                .map(|c| c.name.clone())
                .collect();
            let company: Vec<String> = d
                .constituents(Side::Company)
                .filter(|c| c.enabled)
                .map(|c| c.name.clone())
                .collect();
            let gaps = |side| {
                d.dialogue
                    .categories_on(side)
                    .filter(|c| c.status == CoverageStatus::Gap)
                    .count()
            };
            let count = |dir, scope| {
                d.mapping
                    .flows
                    .iter()
                    .filter(|f| f.direction == dir && f.scope == scope)
                    .count()
            };
            view! {
                <article class="report">
                    <h1>{match &version {
                        Some((name, _)) => format!("{}: version “{name}”", d.display_name()),
                        None => format!("{}: Market(ing) Operating System", d.display_name()),
                    }}</h1>
                    <p class="meta">{match &version {
                        Some((_, date)) => format!("Saved {date}. Read-only: this is how the model stood then."),
                        None => format!("Report prepared {}", now().date_iso()),
                    }}</p>
                    <section aria-labelledby="r-summary" class="summary">
                        <h2 id="r-summary">"Summary"</h2>
                        <ul>
                            <li>{match crate::domain::maturity::outcome(&d.assessment).stage {
                                Some(s) => format!("Marketing operations maturity: {}.", s.label()),
                                None => "Marketing operations maturity: not assessed yet.".to_string(),
                            }}</li>
                            <li>{format!("{} sub-functions run {} flows; {} on the weekly short list.", d.mapping.sub_functions.len(), d.mapping.flows.len(), match d.operations.kpis.len() { 1 => "1 KPI is".to_string(), n => format!("{n} KPIs are") })}</li>
                            <li>{format!("{} gaps found across the model; {} actions planned, {} done.", found, d.diagnostics.actions.len(), d.diagnostics.actions.iter().filter(|a| a.done).count())}</li>
                            {top.iter().take(3).map(|t| view! { <li>{format!("Next: {t}")}</li> }).collect_view()}
                        </ul>
                    </section>
                    {match &of {
                        ReportOf::Live => Some(view! {
                            <section aria-labelledby="r-schematic">
                                <h2 id="r-schematic">"The system at a glance"</h2>
                                <crate::ui::schematic::SchematicFigure />
                            </section>
                        }.into_any()),
                        ReportOf::Shared => Some(view! {
                            <section aria-labelledby="r-schematic">
                                <h2 id="r-schematic">"The system at a glance"</h2>
                                {crate::ui::schematic::static_figure(d)}
                            </section>
                        }.into_any()),
                        ReportOf::Version(..) => None,
                    }}
                    <section aria-labelledby="r-progress">
                        <h2 id="r-progress">"Progress"</h2>
                        <ul>
                            {parts.iter().map(|p| view! {
                                <li>{format!("{}: {} of {} done", part_info(p.part).0, p.done(), p.checks.len())}</li>
                            }).collect_view()}
                        </ul>
                    </section>
                    <section aria-labelledby="r-dialogue">
                        <h2 id="r-dialogue">"Stage 1: the dialogue"</h2>
                        <p>{format!("Your market: {}.", if market.is_empty() { "none listed".into() } else { market.join(", ") })}</p>
                        <p>{format!("Your company: {}.", if company.is_empty() { "none listed".into() } else { company.join(", ") })}</p>
                        <p>{format!(
                            "Gaps on side A (listen & learn): {}. Gaps on side B (educate & persuade): {}.",
                            gaps(DialogueSide::ListenLearn), gaps(DialogueSide::EducatePersuade)
                        )}</p>
                    </section>
                    <section aria-labelledby="r-mapping">
                        <h2 id="r-mapping">"Stage 2: inputs and outputs"</h2>
                        <p>{format!("{} sub-functions and {} company functions.", d.mapping.sub_functions.len(), d.mapping.functions.len())}</p>
                        <table>
                            <caption>"Flows by kind"</caption>
                            <thead><tr><th scope="col">"Scope"</th><th scope="col">"Inputs"</th><th scope="col">"Outputs"</th></tr></thead>
                            <tbody>
                                <tr><th scope="row">"Primary external"</th><td>{count(Direction::Input, Scope::PrimaryExternal)}</td><td>{count(Direction::Output, Scope::PrimaryExternal)}</td></tr>
                                <tr><th scope="row">"Secondary internal"</th><td>{count(Direction::Input, Scope::SecondaryInternal)}</td><td>{count(Direction::Output, Scope::SecondaryInternal)}</td></tr>
                            </tbody>
                        </table>
                    </section>
                    <section aria-labelledby="r-ops">
                        <h2 id="r-ops">"Stage 3: operations"</h2>
                        {
                            let charter = d.operations.team.charter.effective_text();
                            crate::domain::team::read_charter(&charter).map(|r| view! {
                                <p>
                                    <strong>{match r.kind { crate::domain::team::CharterKind::Strategic => "Charter (strategic): ", crate::domain::team::CharterKind::Operational => "Charter (operational): " }}</strong>
                                    {charter.trim().to_string()}
                                </p>
                            })
                        }
                        {
                            let t = &d.operations.team;
                            let people = crate::domain::team::team_summary(d);
                            let h = &t.handoff;
                            let handoff = h.is_started().then(|| if h.is_agreed() {
                                format!("Lead hand-off: agreed by {} and {}; {} buying signals; sales follows up within {} hours.", h.marketing_signatory.trim(), h.sales_signatory.trim(), h.criteria_list().len(), h.follow_up_hours.map(|v| v.to_string()).unwrap_or_else(|| "–".into()))
                            } else {
                                "Lead hand-off: drafted, not yet signed by both sides.".to_string()
                            });
                            view! { {people.map(|p| view! { <p>{p}</p> })} {handoff.map(|p| view! { <p>{p}</p> })} }
                        }
                        {(!d.operations.slas.is_empty()).then(|| view! {
                            <ul class="report-slas">
                                {d.operations.slas.iter().map(|s| view! { <li><strong>{format!("{}: ", s.work.trim())}</strong>{s.summary()}</li> }).collect_view()}
                            </ul>
                        })}
                        <p>{if d.operations.dashboard.trim().is_empty() { "No dashboard named yet.".to_string() } else { format!("Dashboard: {}.", d.operations.dashboard) }}</p>
                        <p>{format!("{} changes logged, {} named versions.", d.change_log.len(), d.versions.len())}</p>
                    </section>
                    <section aria-labelledby="r-maturity">
                        <h2 id="r-maturity">"Maturity"</h2>
                        {(result.answered > 0).then(|| view! { <div class="radar-wrap">{crate::ui::assessment::radar(&result.scores, d.assessment.history.last().map(|p| p.scores.as_slice()))}</div> })}
                        <p>{match crate::domain::maturity::outcome(&d.assessment) {
                            o if o.stage.is_none() => "The assessment is not answered yet.".to_string(),
                            o => format!("Overall stage: {} ({} of 7 areas answered).", o.stage.map(|s| s.label()).unwrap_or_default(), o.answered),
                        }}</p>
                        <table>
                            <caption>"Stage by dimension"</caption>
                            <thead><tr><th scope="col">"Dimension"</th><th scope="col">"Stage"</th></tr></thead>
                            <tbody>
                                {Dimension::ALL.into_iter().map(|dim| {
                                    let stage = d.assessment.answer(dim).and_then(|a| a.stage).map(|s| s.label()).unwrap_or("Not answered");
                                    view! { <tr><th scope="row">{dimension_label(dim)}</th><td>{stage}</td></tr> }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </section>
                    <section aria-labelledby="r-plan">
                        <h2 id="r-plan">"Gaps and the action plan"</h2>
                        <p>{format!("{found} gaps found in the model.")}</p>
                        {if top.is_empty() {
                            view! { <p>"No open actions yet: turn gaps into actions on the Gaps and plan page."</p> }.into_any()
                        } else {
                            view! { <ol>{top.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view()}</ol> }.into_any()
                        }}
                    </section>
                    <button type="button" class="primary no-print" on:click=move |_| { let _ = window().print(); }>"Print or save as PDF"</button>
                    {live.then(|| view! { <ReportDownloads /> })}
                </article>
            }
            .into_any()
        }
    }
}

/// The report and its tables as files other tools open.
#[component]
fn ReportDownloads() -> impl IntoView {
    use crate::persist::Download;
    let app = use_app();
    let save = move |what: Download| {
        app.doc_untracked(|d| {
            let text = match what {
                Download::ReportMarkdown => d.report_markdown(now()),
                Download::FlowsCsv => d.flows_csv(),
                Download::KpisCsv => d.kpis_csv(),
                Download::RaciMatrixCsv => d.raci_csv(),
                Download::ActionPlanCsv => d.actions_csv(),
                _ => return,
            };
            let _ = crate::web::file::download_as(&d.company, what, &text);
        });
    };
    view! {
        <div class="no-print actions-row" role="group" aria-label="Download the report">
            <button type="button" on:click=move |_| save(Download::ReportMarkdown)>"Report (Markdown)"</button>
            <button type="button" on:click=move |_| save(Download::FlowsCsv)>"Flows (CSV)"</button>
            <button type="button" on:click=move |_| save(Download::KpisCsv)>"KPIs (CSV)"</button>
            <button type="button" on:click=move |_| save(Download::RaciMatrixCsv)>"RACI (CSV)"</button>
            <button type="button" on:click=move |_| save(Download::ActionPlanCsv)>"Action plan (CSV)"</button>
        </div>
    }
}
