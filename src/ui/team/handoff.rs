//! The lead hand-off agreement with sales, kept in step with its Stage 3 SLA.

use super::*;

#[component]
pub(super) fn LeadHandOff() -> impl IntoView {
    let app = use_app();
    let h = Memo::new(move |_| {
        app.with_doc(|d| d.operations.team.handoff.clone())
            .unwrap_or_default()
    });
    let ho = move |e: HandOffEdit| app.dispatch(Msg::Team(TeamMsg::HandOff(e)));
    let qualifiers: Vec<(Qualifier, String)> = Qualifier::ALL
        .into_iter()
        .map(|q| (q, q.label().to_string()))
        .collect();
    let set_hours = move |v: Option<f64>| {
        ho(HandOffEdit::FollowUpHours(
            v.filter(|v| *v >= 0.0).map(|v| v.round() as u32),
        ))
    };
    let hours = move || h.with(|h| h.follow_up_hours.map(f64::from));
    let status = move || {
        h.with(|h| {
            let missing = h.missing();
            if h.is_agreed() && missing.is_empty() {
                format!(
                    "Agreed by {} for marketing and {} for sales.",
                    h.marketing_signatory.trim(),
                    h.sales_signatory.trim()
                )
            } else if !missing.is_empty() {
                format!("Still to agree: {}.", missing.join("; "))
            } else {
                "Ready to sign: both sides add their name below.".into()
            }
        })
    };
    let sla_text = move || {
        app.with_doc(|d| {
            let h = &d.operations.team.handoff;
            h.sla
                .and_then(|id| d.operations.slas.iter().find(|s| s.id == id))
                .map(|s| {
                    format!(
                        "Recorded in Stage 3 as an SLA: {}. {} When it is missed: {}.",
                        s.work,
                        s.summary(),
                        s.on_miss
                    )
                })
        })
        .flatten()
    };
    view! {
        <section aria-labelledby="handoff" class="card">
            <h2 id="handoff">"Lead hand-off agreement"</h2>
            <p class="why">"Marketing and sales agree what makes a lead worth sales' time, who decides, how fast sales acts, and when both look at how it went. The agreement is recorded in Stage 3 as an SLA and kept in step with this page."</p>
            <TextArea
                label="Buying signals a lead must show (one per line)"
                hint="e.g. budget confirmed; a project within six months; the decision maker involved."
                value=move || h.with(|h| h.criteria.clone())
                on_input=move |v| ho(HandOffEdit::Criteria(v))
            />
            <div class="pair">
                <SelectField label="Who qualifies a lead" options=qualifiers value=move || h.with(|h| h.qualifier) on_change=move |q| ho(HandOffEdit::Qualifier(q)) />
                <NumberField label="Sales follows up within (hours)" value=hours on_input=set_hours />
            </div>
            <div class="pair">
                <TextField label="Weekly review day" value=move || h.with(|h| h.review_day.clone()) on_input=move |v| ho(HandOffEdit::ReviewDay(v)) />
                <TextField label="Who attends the review" value=move || h.with(|h| h.review_attendees.clone()) on_input=move |v| ho(HandOffEdit::ReviewAttendees(v)) />
            </div>
            <div class="pair">
                <TextField label="Signed for marketing by" value=move || h.with(|h| h.marketing_signatory.clone()) on_input=move |v| ho(HandOffEdit::MarketingSignatory(v)) />
                <TextField label="Signed for sales by" value=move || h.with(|h| h.sales_signatory.clone()) on_input=move |v| ho(HandOffEdit::SalesSignatory(v)) />
            </div>
            <p role="status" class="charter-reading">{status}</p>
            <p>{sla_text}</p>
        </section>
    }
}
