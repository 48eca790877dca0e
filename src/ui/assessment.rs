//! The maturity self-assessment: one stage per dimension, with evidence for high claims.

use super::widgets::{SelectField, TextArea};
use crate::content::dimension_label;
use crate::domain::assessment::{Confidence, Dimension, MaturityStage};
use crate::domain::Msg;
use crate::state::use_app;
use leptos::prelude::*;

/// The assessment page.
#[component]
pub fn AssessmentPage() -> impl IntoView {
    view! {
        <h1>"Maturity assessment"</h1>
        <p class="lead">
            "Marketing operations grow through five stages: Unaware, Efficient, Effective, "
            "Customer-Centric and Next Generation. For each area, pick the stage your team is at "
            "today. Be honest: most teams rate themselves higher than the evidence shows, so the "
            "app asks what backs up any claim of Effective or above."
        </p>
        {Dimension::ALL.into_iter().map(|d| view! { <DimensionQuestion dimension=d /> }).collect_view()}
    }
}

/// One dimension: a stage radio group, and evidence and confidence for claims of Effective+.
#[component]
fn DimensionQuestion(dimension: Dimension) -> impl IntoView {
    let app = use_app();
    let answer = move || {
        app.with_doc(|d| d.assessment.answer(dimension).cloned())
            .flatten()
            .unwrap_or_default()
    };
    let name = format!("dim-{dimension:?}");
    let high = move || {
        answer()
            .stage
            .is_some_and(|s| s >= MaturityStage::Effective)
    };
    let choices: Vec<(Option<MaturityStage>, &'static str)> =
        std::iter::once((None, "Not sure yet"))
            .chain(MaturityStage::ALL.into_iter().map(|s| (Some(s), s.label())))
            .collect();
    view! {
        <fieldset class="card question">
            <legend>{dimension_label(dimension)}</legend>
            <div class="radio-row">
                {choices.into_iter().map(|(stage, label)| {
                    let name = name.clone();
                    view! {
                        <label class="radio">
                            <input
                                type="radio"
                                name=name
                                prop:checked=move || answer().stage == stage
                                on:change=move |_| app.dispatch(Msg::SetStage(dimension, stage))
                            />
                            <span>{label}</span>
                        </label>
                    }
                }).collect_view()}
            </div>
            <Show when=high>
                <TextArea
                    label="What shows this? (an artefact or a metric)"
                    value=move || answer().evidence
                    on_input=move |v| app.dispatch(Msg::SetEvidence(dimension, v))
                />
                <SelectField
                    label="How sure are you?"
                    options=vec![
                        (Confidence::Unset, "Not said".to_string()),
                        (Confidence::Low, "Not very".to_string()),
                        (Confidence::Medium, "Fairly".to_string()),
                        (Confidence::High, "Very".to_string()),
                    ]
                    value=move || answer().confidence
                    on_change=move |v| app.dispatch(Msg::SetConfidence(dimension, v))
                />
            </Show>
        </fieldset>
    }
}
