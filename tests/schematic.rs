//! The schematic is drawn from the model: every sub-function, flow, company function, enabled
//! constituent and loop exactly once, and nothing the model lacks.

use marketing_os::content::sample::sample;
use marketing_os::content::schematic::{schematic, Drawn, Shape};
use marketing_os::domain::dialogue::Side;
use marketing_os::domain::mapping::{Direction, Scope};
use marketing_os::domain::msg::ConstituentEdit;
use marketing_os::domain::msg::{DialogueMsg, MappingMsg};
use marketing_os::domain::{Document, ModelId, Msg, Timestamp};
use std::collections::HashMap;

fn drawn(s: &marketing_os::content::schematic::Schematic) -> HashMap<Drawn, usize> {
    let mut n = HashMap::new();
    for item in &s.items {
        if let Some(of) = item.of {
            *n.entry(of).or_default() += 1;
        }
    }
    n
}

#[test]
fn the_sample_is_drawn_whole_and_once() {
    let mut doc = sample(Timestamp(1_795_392_000_000));
    // A flow with no owner gets the "no owner yet" row; a disabled constituent is not drawn.
    doc.apply(Msg::Mapping(MappingMsg::AddFlow {
        name: "Analyst briefings".into(),
        direction: Direction::Output,
        scope: Scope::PrimaryExternal,
        owner: None,
    }));
    let off = doc.constituents(Side::Market).last().unwrap().id;
    doc.apply(Msg::Dialogue(DialogueMsg::EditConstituent(
        off,
        ConstituentEdit::Enabled(false),
    )));
    let s = schematic(&doc, false);
    let n = drawn(&s);
    let mut expected: HashMap<Drawn, usize> = HashMap::new();
    for d in [
        Drawn::Market,
        Drawn::Company,
        Drawn::Team,
        Drawn::Unowned,
        Drawn::LoopAB,
        Drawn::LoopA1,
        Drawn::LoopB1,
        Drawn::TeamLoop,
    ] {
        expected.insert(d, 1);
    }
    for sf in &doc.mapping.sub_functions {
        expected.insert(Drawn::SubFunction(sf.id.0), 1);
    }
    for f in &doc.mapping.flows {
        expected.insert(Drawn::Flow(f.id.0), 1);
    }
    for f in &doc.mapping.functions {
        expected.insert(Drawn::Function(f.id.0), 1);
    }
    for c in doc.dialogue.constituents.iter().filter(|c| c.enabled) {
        expected.insert(Drawn::Constituent(c.id.0), 1);
    }
    assert_eq!(n, expected);
    // The text alternative names every flow.
    let text = s.described.join("\n");
    for f in &doc.mapping.flows {
        assert!(
            text.contains(f.name.trim()),
            "{} missing from the description",
            f.name
        );
    }
    assert!(text.contains("No owner yet"));
}

#[test]
fn the_compact_picture_counts_flows_and_an_empty_model_draws_no_team() {
    let doc = sample(Timestamp(0));
    let s = schematic(&doc, true);
    let n = drawn(&s);
    assert!(n.keys().all(|d| !matches!(d, Drawn::Flow(_))));
    assert_eq!(
        n.keys()
            .filter(|d| matches!(d, Drawn::SubFunction(_)))
            .count(),
        doc.mapping.sub_functions.len()
    );
    let empty = Document::new(ModelId("e".into()), "Empty", Timestamp(0));
    let s = schematic(&empty, false);
    let n = drawn(&s);
    assert!(n.keys().all(|d| !matches!(
        d,
        Drawn::SubFunction(_) | Drawn::Flow(_) | Drawn::Unowned | Drawn::Function(_)
    )));
    assert!(s
        .described
        .iter()
        .any(|l| l.contains("no sub-functions yet")));
}

#[test]
fn the_svg_names_every_flow_escaped_and_builds_up_by_layer() {
    let mut doc = sample(Timestamp(0));
    doc.apply(Msg::Mapping(MappingMsg::AddFlow {
        name: "R&D <beta> \"notes\"".into(),
        direction: Direction::Input,
        scope: Scope::SecondaryInternal,
        owner: Some(doc.mapping.sub_functions[0].id),
    }));
    let s = schematic(&doc, false);
    let svg = s.to_svg(4, "Sample schematic", "fig");
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(svg.ends_with("</svg>"));
    assert!(
        svg.contains(r#"<marker id="fig-arrow""#)
            && svg.contains(r#"marker-end="url(#fig-arrow)""#)
    );
    assert_eq!(svg.matches("<text").count(), svg.matches("</text>").count());
    assert!(svg.contains("◂ R&amp;D &lt;beta&gt; &quot;notes&quot;"));
    assert!(!svg.contains("<beta>"));
    for line in s.items.iter().filter_map(|i| match &i.shape {
        Shape::Text { text, .. } => Some(text),
        _ => None,
    }) {
        let escaped = line
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;");
        assert!(
            svg.contains(&format!(">{escaped}</text>")),
            "{line} not drawn"
        );
    }
    // Layer 0 shows the loop and the three parties but no flows yet.
    let first = s.to_svg(0, "Sample schematic", "fig");
    assert!(first.contains("Loop AB"));
    assert!(svg.contains(">◂ Nurture campaigns<"));
    assert!(!first.contains(">◂ Nurture campaigns<"));
    assert!(first.len() < svg.len());
}
