//! The schematic stays legible: no label overlaps another, leaves its box or crosses a line,
//! for the sample, a model with 66 flows and the phone's picture; the text prints at 8 pt or
//! more on a landscape A4 page; and nothing is lost (a flow the picture only counts, or
//! shortens, is named in full in the text alternative).
//!
//! `SCHEMATIC_DIR=/tmp/x cargo test --test schematic_legible` also writes the pictures as SVG
//! files there, to look at.

use marketing_os::content::sample::sample;
use marketing_os::content::schematic::text::Bounds;
use marketing_os::content::schematic::{font, schematic, Drawn, Item, Schematic, Shape};
use marketing_os::domain::{Document, Timestamp};

fn sixty_six() -> Document {
    let doc = marketing_os::persist::load(include_bytes!("fixtures/sixty-six-flows.json"))
        .expect("the fixture loads");
    assert_eq!(doc.mapping.flows.len(), 66);
    doc
}

fn texts(s: &Schematic) -> Vec<(&Item, &str, Bounds)> {
    s.items
        .iter()
        .filter_map(|i| match &i.shape {
            Shape::Text { text, .. } => Some((i, text.as_str(), i.bounds().unwrap())),
            _ => None,
        })
        .collect()
}

/// Points along every line and arc, each with half its stroke.
fn line_points(s: &Schematic) -> Vec<(f64, f64, f64)> {
    let mut out = Vec::new();
    for item in &s.items {
        let (x1, y1, x2, y2, bend) = match item.shape {
            Shape::Arrow { x1, y1, x2, y2, .. } => (x1, y1, x2, y2, 0.0),
            Shape::Curve {
                x1,
                y1,
                x2,
                y2,
                bend,
                ..
            } => (x1, y1, x2, y2, bend),
            _ => continue,
        };
        let (cx, cy) = ((x1 + x2) / 2.0, (y1 + y2) / 2.0 + bend);
        for k in 0..=200 {
            let t = f64::from(k) / 200.0;
            let u = 1.0 - t;
            let x = u * u * x1 + 2.0 * u * t * cx + t * t * x2;
            let y = u * u * y1 + 2.0 * u * t * cy + t * t * y2;
            out.push((x, y, 2.0));
        }
    }
    out
}

/// Every rule of a legible picture, for the picture `name`.
fn legible(s: &Schematic, name: &str) {
    let canvas = Bounds {
        x0: 0.0,
        y0: 0.0,
        x1: s.width,
        y1: s.height,
    };
    let texts = texts(s);
    assert!(!texts.is_empty());
    for (item, text, b) in &texts {
        assert!(canvas.contains(b), "{name}: {text:?} leaves the picture");
        let frame = item.frame.expect("every text sits in a box");
        let boxed = s
            .items
            .iter()
            .find(|i| matches!(i.shape, Shape::Rect { .. }) && i.frame == Some(frame))
            .expect("the box a text sits in is drawn");
        assert!(
            boxed.layer <= item.layer,
            "{name}: {text:?} shows before its box"
        );
        let r = boxed.bounds().unwrap();
        assert!(r.contains(b), "{name}: {text:?} {b:?} leaves its box {r:?}");
        assert!(!text.trim().is_empty(), "{name}: an empty text");
    }
    for (i, (_, a, ba)) in texts.iter().enumerate() {
        for (_, b, bb) in &texts[i + 1..] {
            assert!(!ba.overlaps(bb), "{name}: {a:?} overlaps {b:?}");
        }
    }
    // A label on a plate of its own hides the line behind it; any other is kept clear.
    let on_plate = |i: &Item| {
        s.items
            .iter()
            .any(|r| r.frame == i.frame && matches!(r.shape, Shape::Rect { class: "plate", .. }))
    };
    for (x, y, half) in line_points(s) {
        for (_, text, b) in texts.iter().filter(|(i, _, _)| !on_plate(i)) {
            let grown = Bounds {
                x0: b.x0 - half,
                y0: b.y0 - half,
                x1: b.x1 + half,
                y1: b.y1 + half,
            };
            assert!(
                !grown.holds(x, y),
                "{name}: a line runs through {text:?} at ({x:.0}, {y:.0})"
            );
        }
    }
    for item in &s.items {
        if let Some(b) = item.bounds() {
            assert!(canvas.contains(&b), "{name}: a box leaves the picture");
        }
    }
}

/// The smallest text, in points, with the wide picture across a landscape page (Letter's
/// 279 mm less 12 mm margins each side, 723 pt; A4 is wider) and no taller than print lets
/// it be (150 mm, 425 pt). Both from the schematic's print rules in style/main.css.
fn printed_pt(s: &Schematic) -> f64 {
    let scale = (723.0 / s.width).min(425.0 / s.height);
    texts(s)
        .iter()
        .map(|(i, _, _)| match &i.shape {
            Shape::Text { class, .. } => font(class).size,
            _ => unreachable!(),
        })
        .fold(f64::MAX, f64::min)
        * scale
}

/// Every flow is named in full in the text alternative, and the picture names it (whole or
/// shortened) or counts it.
fn nothing_lost(doc: &Document, s: &Schematic, name: &str) {
    let described = s.described.join("\n");
    for f in &doc.mapping.flows {
        assert!(
            described.contains(f.name.trim()),
            "{name}: {} unnamed",
            f.name
        );
    }
    for sf in &doc.mapping.sub_functions {
        assert!(described.contains(sf.name.trim()), "{name}: {}", sf.name);
    }
    for f in &doc.mapping.functions {
        assert!(described.contains(f.name.trim()), "{name}: {}", f.name);
    }
    for c in doc.dialogue.constituents.iter().filter(|c| c.enabled) {
        assert!(described.contains(c.name.trim()), "{name}: {}", c.name);
    }
    for owner in [&doc.dialogue.loop_a1.owner, &doc.dialogue.loop_b1.owner] {
        assert!(described.contains(owner.trim()), "{name}: {owner}");
    }
    // Flows by name: the chip's lines read the flow's name, or its start and an ellipsis.
    let mut named = 0;
    for f in &doc.mapping.flows {
        let Some(at) = s
            .items
            .iter()
            .position(|i| i.of == Some(Drawn::Flow(f.id.0)))
        else {
            continue;
        };
        named += 1;
        let frame = s.items[at].frame;
        let lines: Vec<&str> = texts(s)
            .into_iter()
            .filter(|(i, _, _)| i.frame == frame)
            .map(|(_, t, _)| t)
            .collect();
        let shown = lines.join(" ");
        let shown = shown.trim_start_matches(['▸', '◂', ' ']);
        match shown.strip_suffix('…') {
            Some(start) => assert!(f.name.starts_with(start.trim_end()), "{name}: {shown}"),
            None => assert_eq!(shown, f.name.trim(), "{name}"),
        }
    }
    // Flows counted: the counts add up to the rest.
    let counted: usize = texts(s)
        .iter()
        .filter(|(i, _, _)| {
            matches!(
                &i.shape,
                Shape::Text {
                    class: "flow-count",
                    ..
                }
            )
        })
        .flat_map(|(_, t, _)| t.split_whitespace().filter_map(|w| w.parse::<usize>().ok()))
        .sum();
    assert_eq!(named + counted, doc.mapping.flows.len(), "{name}");
}

fn look(s: &Schematic, file: &str) {
    if let Ok(dir) = std::env::var("SCHEMATIC_DIR") {
        let svg = s.to_svg(4, file, "look");
        std::fs::write(format!("{dir}/{file}.svg"), svg).unwrap();
    }
}

#[test]
fn the_sample_is_legible_and_names_every_flow() {
    let doc = sample(Timestamp(0));
    let s = schematic(&doc, false);
    look(&s, "sample-wide");
    legible(&s, "sample");
    nothing_lost(&doc, &s, "sample");
    assert!(printed_pt(&s) >= 8.0, "{} pt", printed_pt(&s));
    // Nothing in the sample needs counting.
    assert!(s.items.iter().all(|i| !matches!(
        &i.shape,
        Shape::Text {
            class: "flow-count",
            ..
        }
    )));
}

#[test]
fn sixty_six_flows_stay_legible_on_a_printed_page() {
    let doc = sixty_six();
    let s = schematic(&doc, false);
    look(&s, "sixty-six-wide");
    legible(&s, "66 flows");
    nothing_lost(&doc, &s, "66 flows");
    assert!(printed_pt(&s) >= 8.0, "{} pt", printed_pt(&s));
    assert!(s.described.iter().any(|l| l.contains("counts them")));
}

#[test]
fn the_phone_picture_is_legible() {
    for (doc, name) in [(sample(Timestamp(0)), "sample"), (sixty_six(), "66 flows")] {
        let s = schematic(&doc, true);
        look(&s, &format!("{}-narrow", name.replace(' ', "-")));
        legible(&s, &format!("{name} on a phone"));
        // 360 px less the page's padding shows the 420-unit picture at about 0.78 px a unit.
        let px = 13.0 * 328.0 / s.width;
        assert!(px >= 10.0, "{px} px");
        assert_eq!(s.described, schematic(&doc, false).described);
    }
}

#[test]
fn long_names_wrap_or_shorten_and_an_empty_model_is_legible() {
    use marketing_os::content::schematic::text::{width, wrap, Font};
    let f = Font {
        size: 13.0,
        bold: false,
    };
    let lines = wrap(
        "Quarterly win/loss interview programme with churned customers",
        f,
        150.0,
        2,
    );
    assert_eq!(lines.len(), 2);
    assert!(lines[1].ends_with('…'));
    assert!(lines.iter().all(|l| width(l, f) <= 150.0));
    let word = wrap("Supercalifragilisticexpialidociousnewsletter", f, 100.0, 3);
    assert!(word.iter().all(|l| width(l, f) <= 100.0), "{word:?}");
    assert_eq!(wrap("Intent data", f, 150.0, 2), vec!["Intent data"]);
    let empty = Document::new(marketing_os::domain::ModelId("e".into()), "E", Timestamp(0));
    legible(&schematic(&empty, false), "empty");
    legible(&schematic(&empty, true), "empty on a phone");
}
