//! The schematic of the operating system, laid out from the model as plain shapes: the market
//! on the left, the marketing team with its sub-functions in the middle, the company on the
//! right; primary flows between market and team, secondary flows between team and company;
//! loops AB, A1 and B1, and the team's own loop. The UI only turns shapes into SVG, so the
//! layout is tested natively against the model.

mod narrow;
mod svg;

pub use svg::{paint, Paint};

use super::document::Document;
use super::ids::SubFunctionId;
use super::mapping::{Direction, Flow, Scope};

/// What a shape stands for in the model (for checking the picture against it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Drawn {
    Market,
    Company,
    Team,
    SubFunction(u64),
    /// Flows without an owner sit in their own row.
    Unowned,
    Flow(u64),
    Constituent(u64),
    Function(u64),
    LoopAB,
    LoopA1,
    LoopB1,
    TeamLoop,
}

/// A presentation layer: the picture builds up a layer at a time.
pub const LAYERS: [&str; 4] = [
    "Loop AB: the dialogue between your market and your company",
    "Primary flows: what the team takes from and gives to the market",
    "Secondary flows: what the team exchanges with the rest of the company",
    "The team's own loop: marketing feeding marketing",
];

/// One thing to draw.
#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    Rect {
        x: f64,
        y: f64,
        w: f64,
        h: f64,
        class: &'static str,
    },
    Text {
        x: f64,
        y: f64,
        text: String,
        /// `start`, `middle` or `end`.
        anchor: &'static str,
        class: &'static str,
    },
    /// A straight arrow from (x1, y1) to (x2, y2).
    Arrow {
        x1: f64,
        y1: f64,
        x2: f64,
        y2: f64,
        class: &'static str,
    },
    /// An arc from (x1, y1) to (x2, y2) bulging by `bend` (SVG quadratic curve).
    Curve {
        x1: f64,
        y1: f64,
        x2: f64,
        y2: f64,
        bend: f64,
        class: &'static str,
    },
}

/// A shape with what it stands for and the layer it appears in (0 = from the start).
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub shape: Shape,
    pub of: Option<Drawn>,
    pub layer: usize,
}

/// The whole picture.
#[derive(Clone, Debug, PartialEq)]
pub struct Schematic {
    pub width: f64,
    pub height: f64,
    pub items: Vec<Item>,
    /// The text alternative: what the picture shows, line by line.
    pub described: Vec<String>,
}

const W: f64 = 1100.0;
const SIDE_W: f64 = 200.0;
const TEAM_X: f64 = 430.0;
const TEAM_W: f64 = 240.0;
const LINE: f64 = 17.0;
const TOP: f64 = 90.0;

/// Shortens a label to `n` characters with an ellipsis (the text alternative keeps it whole).
fn fit(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n - 1).collect::<String>().trim_end())
    }
}

/// The team's rows: each sub-function, then "No owner yet" if any flow lacks an owner.
fn rows(doc: &Document) -> Vec<(Option<SubFunctionId>, String)> {
    let m = &doc.mapping;
    let mut rows: Vec<(Option<SubFunctionId>, String)> = m
        .sub_functions
        .iter()
        .map(|s| (Some(s.id), named(&s.name, "Unnamed sub-function")))
        .collect();
    if m.flows.iter().any(|f| f.owner.is_none()) {
        rows.push((None, "No owner yet".into()));
    }
    rows
}

fn named(s: &str, fallback: &str) -> String {
    let s = s.trim();
    if s.is_empty() {
        fallback.to_string()
    } else {
        s.to_string()
    }
}

/// Lays out the schematic of `doc`. `compact` draws counts instead of each flow's name, for
/// small screens; the text alternative always lists everything.
pub fn schematic(doc: &Document, compact: bool) -> Schematic {
    if compact {
        return narrow::narrow(doc);
    }
    let m = &doc.mapping;
    let d = &doc.dialogue;
    let mut items: Vec<Item> = Vec::new();
    let mut described = Vec::new();
    let mut add =
        |shape: Shape, of: Option<Drawn>, layer: usize| items.push(Item { shape, of, layer });

    let rows = rows(doc);
    let flows_of = |owner: Option<SubFunctionId>, scope: Scope| -> Vec<&Flow> {
        m.flows
            .iter()
            .filter(|f| f.owner == owner && f.scope == scope)
            .collect()
    };
    let mut y = TOP + 50.0;
    let mut row_boxes = Vec::new();
    for (owner, name) in &rows {
        let lines = if compact {
            2.0
        } else {
            let p = flows_of(*owner, Scope::PrimaryExternal).len();
            let s = flows_of(*owner, Scope::SecondaryInternal).len();
            p.max(s).max(1) as f64
        };
        let h = (lines * LINE + 30.0).max(46.0);
        row_boxes.push((*owner, name.clone(), y, h));
        y += h + 10.0;
    }
    let team_bottom = y.max(TOP + 200.0);
    let height = team_bottom + 110.0;

    // Layer 0: the market, the company and the team; loop AB.
    let market: Vec<_> = d
        .on_side(super::dialogue::Side::Market)
        .filter(|c| c.enabled)
        .collect();
    let company: Vec<_> = d
        .on_side(super::dialogue::Side::Company)
        .filter(|c| c.enabled)
        .collect();
    add(
        Shape::Rect {
            x: 20.0,
            y: TOP,
            w: SIDE_W,
            h: team_bottom - TOP,
            class: "market",
        },
        Some(Drawn::Market),
        0,
    );
    add(
        Shape::Text {
            x: 20.0 + SIDE_W / 2.0,
            y: TOP + 24.0,
            text: "Your market".into(),
            anchor: "middle",
            class: "title",
        },
        None,
        0,
    );
    for (i, c) in market.iter().enumerate() {
        add(
            Shape::Text {
                x: 34.0,
                y: TOP + 52.0 + i as f64 * LINE,
                text: fit(&named(&c.name, "Unnamed"), 26),
                anchor: "start",
                class: "member",
            },
            Some(Drawn::Constituent(c.id.0)),
            0,
        );
    }
    let cx = W - 20.0 - SIDE_W;
    add(
        Shape::Rect {
            x: cx,
            y: TOP,
            w: SIDE_W,
            h: team_bottom - TOP,
            class: "company",
        },
        Some(Drawn::Company),
        0,
    );
    add(
        Shape::Text {
            x: cx + SIDE_W / 2.0,
            y: TOP + 24.0,
            text: "Your company".into(),
            anchor: "middle",
            class: "title",
        },
        None,
        0,
    );
    for (i, c) in company.iter().enumerate() {
        add(
            Shape::Text {
                x: cx + 14.0,
                y: TOP + 52.0 + i as f64 * LINE,
                text: fit(&named(&c.name, "Unnamed"), 26),
                anchor: "start",
                class: "member",
            },
            Some(Drawn::Constituent(c.id.0)),
            0,
        );
    }
    add(
        Shape::Rect {
            x: TEAM_X,
            y: TOP,
            w: TEAM_W,
            h: team_bottom - TOP,
            class: "team",
        },
        Some(Drawn::Team),
        0,
    );
    add(
        Shape::Text {
            x: TEAM_X + TEAM_W / 2.0,
            y: TOP + 24.0,
            text: "The marketing team".into(),
            anchor: "middle",
            class: "title",
        },
        None,
        0,
    );
    let mid = W / 2.0;
    add(
        Shape::Curve {
            x1: 120.0,
            y1: TOP - 6.0,
            x2: W - 120.0,
            y2: TOP - 6.0,
            bend: -70.0,
            class: "loop ab",
        },
        Some(Drawn::LoopAB),
        0,
    );
    add(
        Shape::Text {
            x: mid,
            y: 22.0,
            text: "Loop AB: A, listen and learn".into(),
            anchor: "middle",
            class: "loop-label",
        },
        None,
        0,
    );
    add(
        Shape::Curve {
            x1: W - 120.0,
            y1: team_bottom + 6.0,
            x2: 120.0,
            y2: team_bottom + 6.0,
            bend: 70.0,
            class: "loop ab",
        },
        None,
        0,
    );
    add(
        Shape::Text {
            x: mid,
            y: height - 12.0,
            text: "B, educate and persuade".into(),
            anchor: "middle",
            class: "loop-label",
        },
        None,
        0,
    );
    described.push(format!(
        "Your market: {}.",
        if market.is_empty() {
            "nobody listed yet".to_string()
        } else {
            market
                .iter()
                .map(|c| c.name.trim().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        }
    ));
    described.push(format!(
        "Your company: {}.",
        if company.is_empty() {
            "nobody listed yet".to_string()
        } else {
            company
                .iter()
                .map(|c| c.name.trim().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        }
    ));
    described.push("Loop AB runs between them: the company listens to and learns from the market (A), and educates and persuades it (B).".into());
    let a1 = named(&d.loop_a1.owner, "no owner yet");
    let b1 = named(&d.loop_b1.owner, "no owner yet");
    add(
        Shape::Curve {
            x1: 40.0,
            y1: team_bottom + 30.0,
            x2: 200.0,
            y2: team_bottom + 30.0,
            bend: 30.0,
            class: "loop side",
        },
        Some(Drawn::LoopA1),
        0,
    );
    add(
        Shape::Text {
            x: 120.0,
            y: team_bottom + 24.0,
            text: format!("A1: {a1}"),
            anchor: "middle",
            class: "loop-label small",
        },
        None,
        0,
    );
    add(
        Shape::Curve {
            x1: W - 200.0,
            y1: team_bottom + 30.0,
            x2: W - 40.0,
            y2: team_bottom + 30.0,
            bend: 30.0,
            class: "loop side",
        },
        Some(Drawn::LoopB1),
        0,
    );
    add(
        Shape::Text {
            x: W - 120.0,
            y: team_bottom + 24.0,
            text: format!("B1: {b1}"),
            anchor: "middle",
            class: "loop-label small",
        },
        None,
        0,
    );
    described.push(format!(
        "Side loop A1 (listening) is owned by {a1}; side loop B1 (speaking) by {b1}."
    ));

    // Sub-function rows; primary flows (layer 1) to the left, secondary (layer 2) to the right.
    for (owner, name, ry, rh) in &row_boxes {
        let of = match owner {
            Some(id) => Drawn::SubFunction(id.0),
            None => Drawn::Unowned,
        };
        add(
            Shape::Rect {
                x: TEAM_X + 14.0,
                y: *ry,
                w: TEAM_W - 28.0,
                h: *rh,
                class: "sub",
            },
            Some(of),
            1,
        );
        add(
            Shape::Text {
                x: TEAM_X + TEAM_W / 2.0,
                y: ry + 20.0,
                text: name.clone(),
                anchor: "middle",
                class: "sub-name",
            },
            None,
            1,
        );
        for (scope, layer, x_text, anchor, x_from, x_to) in [
            (
                Scope::PrimaryExternal,
                1,
                TEAM_X - 10.0,
                "end",
                20.0 + SIDE_W,
                TEAM_X,
            ),
            (
                Scope::SecondaryInternal,
                2,
                TEAM_X + TEAM_W + 10.0,
                "start",
                TEAM_X + TEAM_W,
                cx,
            ),
        ] {
            let list = flows_of(*owner, scope);
            let (inputs, outputs): (Vec<&Flow>, Vec<&Flow>) =
                list.iter().partition(|f| f.direction == Direction::Input);
            if !list.is_empty() {
                // Arrows run under the row's labels: into the team for inputs, out for outputs.
                let y_mid = ry + rh - 9.0;
                // Arrows point into the team for inputs and out of it for outputs.
                if !inputs.is_empty() {
                    let (a, b) = if scope == Scope::PrimaryExternal {
                        (x_from, x_to)
                    } else {
                        (x_to, x_from)
                    };
                    add(
                        Shape::Arrow {
                            x1: a,
                            y1: y_mid - 4.0,
                            x2: b,
                            y2: y_mid - 4.0,
                            class: "flow in",
                        },
                        None,
                        layer,
                    );
                }
                if !outputs.is_empty() {
                    let (a, b) = if scope == Scope::PrimaryExternal {
                        (x_to, x_from)
                    } else {
                        (x_from, x_to)
                    };
                    add(
                        Shape::Arrow {
                            x1: a,
                            y1: y_mid + 4.0,
                            x2: b,
                            y2: y_mid + 4.0,
                            class: "flow out",
                        },
                        None,
                        layer,
                    );
                }
            }
            if compact {
                if !list.is_empty() {
                    let text = format!("{} in · {} out", inputs.len(), outputs.len());
                    add(
                        Shape::Text {
                            x: x_text,
                            y: ry + 18.0,
                            text,
                            anchor,
                            class: "flow-name",
                        },
                        None,
                        layer,
                    );
                }
            } else {
                for (i, f) in inputs.iter().chain(outputs.iter()).enumerate() {
                    let arrow = if f.direction == Direction::Input {
                        "▸ "
                    } else {
                        "◂ "
                    };
                    let text = if anchor == "end" {
                        format!(
                            "{}{}",
                            fit(&named(&f.name, "Unnamed flow"), 30),
                            if f.direction == Direction::Input {
                                " ▸"
                            } else {
                                " ◂"
                            }
                        )
                    } else {
                        format!("{arrow}{}", fit(&named(&f.name, "Unnamed flow"), 30))
                    };
                    add(
                        Shape::Text {
                            x: x_text,
                            y: ry + 16.0 + i as f64 * LINE,
                            text,
                            anchor,
                            class: "flow-name",
                        },
                        Some(Drawn::Flow(f.id.0)),
                        layer,
                    );
                }
            }
            if !list.is_empty() {
                let side = if scope == Scope::PrimaryExternal {
                    "primary, with the market"
                } else {
                    "secondary, with the company"
                };
                let names = |l: &[&Flow]| {
                    l.iter()
                        .map(|f| named(&f.name, "Unnamed flow"))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let mut parts = Vec::new();
                if !inputs.is_empty() {
                    parts.push(format!("inputs {}", names(&inputs)));
                }
                if !outputs.is_empty() {
                    parts.push(format!("outputs {}", names(&outputs)));
                }
                described.push(format!("{name} ({side}): {}.", parts.join("; ")));
            }
        }
    }
    if rows.is_empty() {
        add(
            Shape::Text {
                x: TEAM_X + TEAM_W / 2.0,
                y: TOP + 70.0,
                text: "Add your team in Stage 2".into(),
                anchor: "middle",
                class: "hint",
            },
            None,
            1,
        );
        described.push("The marketing team has no sub-functions yet.".into());
    } else {
        described.push(format!(
            "The marketing team: {}.",
            rows.iter()
                .map(|(_, n)| n.clone())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    // Company functions the secondary flows go to (layer 2).
    let fy = TOP + 60.0 + company.len() as f64 * LINE;
    if !m.functions.is_empty() {
        add(
            Shape::Text {
                x: cx + SIDE_W / 2.0,
                y: fy,
                text: "Functions we work with".into(),
                anchor: "middle",
                class: "subtitle",
            },
            None,
            2,
        );
        for (i, f) in m.functions.iter().enumerate() {
            add(
                Shape::Text {
                    x: cx + 14.0,
                    y: fy + 20.0 + i as f64 * LINE,
                    text: fit(&named(&f.name, "Unnamed function"), 26),
                    anchor: "start",
                    class: "member",
                },
                Some(Drawn::Function(f.id.0)),
                2,
            );
        }
        described.push(format!(
            "Company functions the team works with: {}.",
            m.functions
                .iter()
                .map(|f| f.name.trim().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    // The team's own loop (layer 3).
    add(
        Shape::Curve {
            x1: TEAM_X + 30.0,
            y1: team_bottom - 8.0,
            x2: TEAM_X + TEAM_W - 30.0,
            y2: team_bottom - 8.0,
            bend: 26.0,
            class: "loop team-loop",
        },
        Some(Drawn::TeamLoop),
        3,
    );
    add(
        Shape::Text {
            x: TEAM_X + TEAM_W / 2.0,
            y: team_bottom + 40.0,
            text: "Marketing to marketing".into(),
            anchor: "middle",
            class: "loop-label small",
        },
        None,
        3,
    );
    described.push("The team's own loop: what one sub-function learns reaches the others.".into());

    Schematic {
        width: W,
        height,
        items,
        described,
    }
}
