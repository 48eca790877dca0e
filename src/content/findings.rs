//! Findings of the Stage 2 map in plain words, each naming its element.

use crate::domain::findings::Finding;
use crate::domain::format::rounded as format_rounded;
use crate::domain::Document;

/// The sentence for a finding (the element it points at is [`Finding::target`]).
pub fn describe(doc: &Document, f: &Finding) -> String {
    let m = &doc.mapping;
    let flow = |id| m.flow(id).map(|f| f.name.clone()).unwrap_or_default();
    let sub = |id| {
        m.sub_function(id)
            .map(|s| s.name.clone())
            .unwrap_or_default()
    };
    match f {
        Finding::UnownedFlow(id) => format!("“{}” has no owner. Give it exactly one sub-function.", flow(*id)),
        Finding::IdleSubFunction(id) => format!("The sub-function {} owns no flow. What does it do for the market or the company?", sub(*id)),
        Finding::OutputWithoutKpi(id) => format!("The output “{}” has no KPI, so nobody can tell if it works.", flow(*id)),
        Finding::UnmeasuredKpi { flow: id, kpi, proxy } => {
            let metric = m
                .flow(*id)
                .and_then(|f| f.kpis.iter().find(|k| k.id == *kpi))
                .map(|k| if k.metric.trim().is_empty() { "a KPI".to_string() } else { format!("“{}”", k.metric) })
                .unwrap_or_default();
            let tail = if *proxy { "A proxy is recorded for now." } else { "Record a proxy you can measure meanwhile." };
            format!("{metric} on “{}” cannot be measured yet. {tail}", flow(*id))
        }
        Finding::InputFeedsNothing(id) => format!("The input “{}” feeds no output: what is it for?", flow(*id)),
        Finding::SecondaryTrap { secondary, total } =>             format!(
                "{secondary} of {total} flows run through the secondary internal loop. The team may be serving internal requests more than the market."
            ),
        Finding::NoCapacity(id) => format!("The sub-function {} has work but no people (0 FTE).", sub(*id)),
        Finding::Overloaded { sub: id, per_fte, team_per_fte } =>             format!("The sub-function {} carries {} flows per person, against {} across the team.", sub(*id), format_rounded(*per_fte, 1), format_rounded(*team_per_fte, 1)),
        Finding::UnreachedConstituent(id) => {
            let name = doc.dialogue.constituent(*id).map(|c| c.name.clone()).unwrap_or_default();
            format!("The constituent “{name}” matters a lot in Stage 1, but no flow reaches it.")
        }
    }
}

/// The heading a finding is grouped under.
pub fn group(f: &Finding) -> &'static str {
    match f {
        Finding::UnownedFlow(_) => "Flows nobody owns",
        Finding::IdleSubFunction(_) => "Sub-functions with nothing to do",
        Finding::OutputWithoutKpi(_) => "Outputs with no KPI",
        Finding::UnmeasuredKpi { .. } => "KPIs you cannot measure yet",
        Finding::InputFeedsNothing(_) => "Inputs that feed nothing",
        Finding::SecondaryTrap { .. } => "Trapped in the secondary internal loop",
        Finding::NoCapacity(_) | Finding::Overloaded { .. } => "Load per person",
        Finding::UnreachedConstituent(_) => "Important constituents no flow reaches",
    }
}

/// A finding titled as the action that closes it.
pub fn action(doc: &Document, f: &Finding) -> String {
    let m = &doc.mapping;
    let flow = |id| {
        m.flow(id)
            .map(|f| f.name.trim().to_string())
            .unwrap_or_default()
    };
    let sub = |id| {
        m.sub_function(id)
            .map(|s| s.name.trim().to_string())
            .unwrap_or_default()
    };
    match f {
        Finding::UnownedFlow(id) => format!("Give “{}” an owner", flow(*id)),
        Finding::IdleSubFunction(id) => format!("Decide what the sub-function {} is for", sub(*id)),
        Finding::OutputWithoutKpi(id) => format!("Measure the output “{}” with a KPI", flow(*id)),
        Finding::UnmeasuredKpi {
            flow: id, proxy, ..
        } => {
            if *proxy {
                format!("Make the KPI on “{}” measurable", flow(*id))
            } else {
                format!("Record a proxy for the KPI on “{}”", flow(*id))
            }
        }
        Finding::InputFeedsNothing(id) => {
            format!("Connect the input “{}” to an output, or drop it", flow(*id))
        }
        Finding::SecondaryTrap { .. } => "Rebalance the team toward the market".to_string(),
        Finding::NoCapacity(id) => format!("Put people on the sub-function {}", sub(*id)),
        Finding::Overloaded { sub: id, .. } => {
            format!("Take load off the sub-function {}", sub(*id))
        }
        Finding::UnreachedConstituent(id) => {
            let name = doc
                .dialogue
                .constituent(*id)
                .map(|c| c.name.trim().to_string())
                .unwrap_or_default();
            format!("Reach the constituent “{name}” with a flow")
        }
    }
}
