//! The schematic of the operating system, laid out from the model as plain shapes: the market
//! on the left, the marketing team with its sub-functions in the middle, the company on the
//! right; primary flows between market and team, secondary flows between team and company;
//! loops AB, A1 and B1, and the team's own loop. The UI only turns shapes into SVG, so the
//! layout is tested natively against the model.
//!
//! Every text sits in a box (`Item::frame`) and is measured ([`text`]) and wrapped to fit it,
//! so no label overlaps another or leaves its box; what the picture shortens or only counts,
//! the text alternative (`Schematic::described`) names in full.

mod narrow;
mod rows;
mod svg;
pub mod text;
mod wide;

pub use svg::{font, paint, Paint};
use text::Bounds;

use crate::domain::document::Document;
use crate::domain::ids::SubFunctionId;

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
    /// A box's number, or for a text the number of the box it sits in: every text has one,
    /// so a test can check that no label leaves its box.
    pub frame: Option<usize>,
}

impl Item {
    /// The room the shape takes: a box's own, a text's as measured (see [`text`]).
    pub fn bounds(&self) -> Option<Bounds> {
        match &self.shape {
            Shape::Rect { x, y, w, h, .. } => Some(Bounds {
                x0: *x,
                y0: *y,
                x1: x + w,
                y1: y + h,
            }),
            Shape::Text {
                x,
                y,
                text,
                anchor,
                class,
            } => Some(text::text_bounds(*x, *y, text, anchor, font(class))),
            _ => None,
        }
    }
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

/// The wide picture's width. Printed across a landscape page (723 pt between margins on
/// Letter, more on A4) a unit is at least 0.66 pt, so the smallest text (13 units) prints at
/// 8.5 pt or more (style/main.css gives the schematic that page).
const W: f64 = 1100.0;
/// The tallest the wide picture should grow, as a share of its width: what print allows it
/// on a landscape page (150 mm of 261 mm) with the text still at 8 pt. Past it, rows shorten
/// and then count their flows instead of naming them.
const MAX_RATIO: f64 = 0.6;
const M: f64 = 16.0;
const SIDE_W: f64 = 200.0;
const TEAM_X: f64 = 440.0;
const TEAM_W: f64 = 220.0;
const TOP: f64 = 56.0;
/// Inner padding of a box.
const PAD: f64 = 8.0;

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
    frames: usize,
}

impl Canvas {
    fn add(&mut self, shape: Shape, of: Option<Drawn>, layer: usize) {
        self.items.push(Item {
            shape,
            of,
            layer,
            frame: None,
        });
    }

    /// A box that texts sit in; returns its number.
    fn frame(
        &mut self,
        (x, y, w, h): (f64, f64, f64, f64),
        class: &'static str,
        of: Option<Drawn>,
        layer: usize,
    ) -> usize {
        self.frames += 1;
        self.items.push(Item {
            shape: Shape::rect(x, y, w, h, class),
            of,
            layer,
            frame: Some(self.frames),
        });
        self.frames
    }

    /// Lines of text in box `frame`, the first line's top at `top`; `of` goes on the first
    /// line. Returns the height they take.
    #[allow(clippy::too_many_arguments)]
    fn lines(
        &mut self,
        frame: usize,
        (x, top): (f64, f64),
        lines: &[String],
        anchor: &'static str,
        class: &'static str,
        of: Option<Drawn>,
        layer: usize,
    ) -> f64 {
        let f = font(class);
        for (i, line) in lines.iter().enumerate() {
            let y = top + text::ASCENT * f.size + i as f64 * f.line();
            self.items.push(Item {
                shape: Shape::text(x, y, line.clone(), anchor, class),
                of: if i == 0 { of } else { None },
                layer,
                frame: Some(frame),
            });
        }
        lines.len() as f64 * f.line()
    }

    /// A label on a plain plate of its own, centred on `x` with its top at `top`, at most
    /// `max` wide; `of` goes on the text. Returns the plate's height.
    fn plate(
        &mut self,
        (x, top): (f64, f64),
        text: &str,
        class: &'static str,
        max: f64,
        of: Option<Drawn>,
    ) -> f64 {
        let f = font(class);
        let lines = text::wrap(text, f, max - 8.0, 2);
        let w = lines.iter().map(|l| text::width(l, f)).fold(0.0, f64::max) + 8.0;
        let h = lines.len() as f64 * f.line() + 4.0;
        let frame = self.frame((x - w / 2.0, top, w, h), "plate", None, 0);
        self.lines(frame, (x, top + 2.0), &lines, "middle", class, of, 0);
        h
    }

    fn say(&mut self, line: impl Into<String>) {
        self.described.push(line.into());
    }
}

/// The height of `n` lines in `class`.
fn lines_h(n: usize, class: &str) -> f64 {
    n as f64 * font(class).line()
}

/// Wraps `text` set in `class` to `max`, in at most `n` lines.
fn wrapped(text: &str, class: &str, max: f64, n: usize) -> Vec<String> {
    text::wrap(text, font(class), max, n)
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
