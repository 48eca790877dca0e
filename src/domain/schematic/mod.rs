//! The schematic of the operating system, laid out from the model as plain shapes: the market
//! on the left, the marketing team with its sub-functions in the middle, the company on the
//! right; primary flows between market and team, secondary flows between team and company;
//! loops AB, A1 and B1, and the team's own loop. The UI only turns shapes into SVG, so the
//! layout is tested natively against the model.

mod narrow;
mod svg;
mod wide;

pub use svg::{paint, Paint};

use super::document::Document;
use super::ids::SubFunctionId;

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
fn rows_of(doc: &Document) -> Vec<(Option<SubFunctionId>, String)> {
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

impl Shape {
    fn rect(x: f64, y: f64, w: f64, h: f64, class: &'static str) -> Shape {
        Shape::Rect { x, y, w, h, class }
    }

    fn text(
        x: f64,
        y: f64,
        text: impl Into<String>,
        anchor: &'static str,
        class: &'static str,
    ) -> Shape {
        let text = text.into();
        Shape::Text {
            x,
            y,
            text,
            anchor,
            class,
        }
    }

    fn arrow(x1: f64, y: f64, x2: f64, class: &'static str) -> Shape {
        Shape::Arrow {
            x1,
            y1: y,
            x2,
            y2: y,
            class,
        }
    }

    fn curve(x1: f64, x2: f64, y: f64, bend: f64, class: &'static str) -> Shape {
        Shape::Curve {
            x1,
            y1: y,
            x2,
            y2: y,
            bend,
            class,
        }
    }
}

/// The picture as it is built: its shapes and its text alternative.
#[derive(Default)]
struct Canvas {
    items: Vec<Item>,
    described: Vec<String>,
}

impl Canvas {
    fn add(&mut self, shape: Shape, of: Option<Drawn>, layer: usize) {
        self.items.push(Item { shape, of, layer });
    }

    fn say(&mut self, line: impl Into<String>) {
        self.described.push(line.into());
    }
}

/// Names joined by commas, or "nobody listed yet".
fn listed<'a>(names: impl Iterator<Item = &'a str>) -> String {
    let names: Vec<&str> = names.map(str::trim).collect();
    if names.is_empty() {
        "nobody listed yet".into()
    } else {
        names.join(", ")
    }
}

/// Lays out the schematic of `doc`. `compact` draws counts instead of each flow's name, for
/// small screens; the text alternative always lists everything.
pub fn schematic(doc: &Document, compact: bool) -> Schematic {
    if compact {
        narrow::narrow(doc)
    } else {
        wide::wide(doc)
    }
}
