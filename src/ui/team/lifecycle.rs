//! The team's flows and KPIs across acquisition and expansion.

use super::*;

#[component]
pub(super) fn CustomerLifecycle() -> impl IntoView {
    let app = use_app();
    let v = Memo::new(move |_| app.with_doc(lifecycle_view).unwrap_or_default());
    let summary = move || {
        let currency = app
            .with_doc(|d| d.operations.currency.clone())
            .unwrap_or_default();
        v.with(|v| {
            let n = |count: usize, one: &str, many: &str| {
                format!("{count} {}", if count == 1 { one } else { many })
            };
            format!(
                "Acquisition: {}, {}. Expansion (existing customers): {}, {}; {} FTE and {} of budget in the sub-functions that run them.",
                n(v.acquisition.0, "flow", "flows"),
                n(v.acquisition.1, "KPI", "KPIs"),
                n(v.expansion.0, "flow", "flows"),
                n(v.expansion.1, "KPI", "KPIs"),
                format_number(Some(v.expansion_fte)),
                crate::domain::format::amount(v.expansion_budget, &currency),
            )
        })
    };
    view! {
        <section aria-labelledby="lifecycle" class="card">
            <h2 id="lifecycle">"Across the customer life cycle"</h2>
            <p class="why">"Where the team's flows and KPIs sit: winning new customers, or keeping and growing the ones you have. Places are suggested from each flow's name and KPIs until you set them."</p>
            <p>{summary}</p>
            {move || (v.with(|v| !v.rows.is_empty() && v.spends_nothing_on_expansion())).then(|| view! {
                <p class="banner warn" role="note"><strong>"Nothing is spent on expansion. "</strong>"No flow for existing customers has people or budget behind it, though growing them usually costs less than winning new ones."</p>
            })}
            {move || if v.with(|v| v.rows.is_empty()) {
                view! { <p>"Map flows in Stage 2 to see them here."</p> }.into_any()
            } else {
                view! {
                    <ul class="plain-list">
                        <For each=move || v.with(|v| v.rows.iter().map(|r| r.flow).collect::<Vec<_>>()) key=|f| *f children=move |flow| view! { <LifecycleFlow flow=flow view=v /> } />
                    </ul>
                }.into_any()
            }}
        </section>
    }
}

#[component]
fn LifecycleFlow(
    flow: crate::domain::ids::FlowId,
    view: Memo<crate::domain::team::LifecycleView>,
) -> impl IntoView {
    let app = use_app();
    let row = Memo::new(move |_| view.with(|v| v.rows.iter().find(|r| r.flow == flow).cloned()));
    let options = move || {
        let r = row.get();
        let first = match r.as_ref().filter(|r| r.suggested).and_then(|r| r.lifecycle) {
            Some(l) => format!("Suggested: {}", l.label()),
            None => "Not placed".to_string(),
        };
        let mut o = vec![(None, first)];
        o.extend(
            Lifecycle::ALL
                .into_iter()
                .map(|l| (Some(l), l.label().to_string())),
        );
        o
    };
    let value = move || {
        row.with(|r| {
            r.as_ref()
                .filter(|r| !r.suggested)
                .and_then(|r| r.lifecycle)
        })
    };
    let set = move |l: Option<Lifecycle>| app.dispatch(Msg::Team(TeamMsg::SetLifecycle(flow, l)));
    let name = move || row.with(|r| r.as_ref().map(|r| r.name.clone()).unwrap_or_default());
    view! {
        <li class="pair lifecycle-row">
            <div>
                <strong>{name}</strong>
                <p class="meta">{move || row.with(|r| r.as_ref().map(|r| if r.kpis.is_empty() { "No KPIs yet".to_string() } else { format!("KPIs: {}", r.kpis.join(", ")) }).unwrap_or_default())}</p>
            </div>
            {move || view! { <SelectField label=format!("Life-cycle place of {}", name()) options=options() value=value on_change=set /> }}
        </li>
    }
}
