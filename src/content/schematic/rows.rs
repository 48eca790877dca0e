//! The team's rows in the wide picture: a box per sub-function, its primary flows in the lane
//! towards the market and its secondary flows in the lane towards the company, each flow a
//! labelled chip above the row's arrows. When the flows would make the picture too tall to
//! print legibly, the lanes that make their rows tallest first shorten their flows' names to a
//! line, then count their flows instead (the text alternative still names each one).

use super::{lines_h, named, rows_of, wrapped, Canvas, Drawn, Shape};
use super::{M, PAD, SIDE_W, TEAM_W, TEAM_X, W};
use crate::domain::document::Document;
use crate::domain::ids::SubFunctionId;
use crate::domain::mapping::{Direction, Flow, Scope};

/// A chip's widest, and the gap between the lane's edges and its chips.
const CHIP_MAX: f64 = 200.0;
const LANE_GAP: f64 = 12.0;
/// A chip's padding: across, and above and below its lines.
const CHIP_PAD_X: f64 = 6.0;
const CHIP_PAD_Y: f64 = 2.0;
/// Room under a lane's chips for its two arrows (in, then out) and their heads.
const ARROWS: f64 = 16.0;
/// The gap between chips, and between rows.
const GAP: f64 = 4.0;
pub(super) const ROW_GAP: f64 = 8.0;

/// One label in a lane: a flow by name, or a count of flows.
#[derive(Clone)]
struct Chip {
    lines: Vec<String>,
    of: Option<Drawn>,
    class: &'static str,
}

/// How a lane shows its flows: each by name in up to two lines, each in one line, or counted.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Level {
    Full,
    Short,
    Counted,
}

/// A row's flows on one side.
#[derive(Clone)]
struct Lane {
    scope: Scope,
    /// The flows' names, inputs first, each with whether it is an input and its id.
    flows: Vec<(String, bool, u64)>,
    chips: Vec<Chip>,
    level: Level,
}

/// A sub-function's row.
#[derive(Clone)]
pub(super) struct Row {
    owner: Option<SubFunctionId>,
    pub(super) name: String,
    name_lines: Vec<String>,
    lanes: [Lane; 2],
}

impl Lane {
    fn inputs(&self) -> usize {
        self.flows.iter().filter(|f| f.1).count()
    }

    fn height(&self) -> f64 {
        if self.flows.is_empty() {
            return 0.0;
        }
        let chips: f64 = self
            .chips
            .iter()
            .map(|c| lines_h(c.lines.len(), c.class) + 2.0 * CHIP_PAD_Y + GAP)
            .sum();
        GAP + chips + ARROWS
    }

    /// Shows the flows at `level`.
    fn show(&mut self, level: Level) {
        self.level = level;
        let (into, out) = glyphs(self.scope);
        if level != Level::Counted {
            let lines = if level == Level::Full { 2 } else { 1 };
            self.chips = self
                .flows
                .iter()
                .map(|(name, input, id)| {
                    let text = format!("{} {name}", if *input { into } else { out });
                    Chip {
                        lines: wrapped(&text, "flow-name", chip_text_max(), lines),
                        of: Some(Drawn::Flow(*id)),
                        class: "flow-name",
                    }
                })
                .collect();
            return;
        }
        let (i, o) = (self.inputs(), self.flows.len() - self.inputs());
        let plural = |n: usize, one: &str| match n {
            1 => format!("1 {one}"),
            n => format!("{n} {one}s"),
        };
        let mut parts = Vec::new();
        if i > 0 {
            parts.push(format!("{into} {}", plural(i, "input")));
        }
        if o > 0 {
            parts.push(format!("{out} {}", plural(o, "output")));
        }
        let lines = wrapped(&parts.join(" · "), "flow-count", chip_text_max(), 2);
        self.chips = vec![Chip {
            lines,
            of: None,
            class: "flow-count",
        }];
    }

    /// The next, smaller way to show the flows, if any.
    fn smaller(&self) -> Option<Lane> {
        let next = match self.level {
            Level::Full => Level::Short,
            Level::Short => Level::Counted,
            Level::Counted => return None,
        };
        let mut lane = self.clone();
        lane.show(next);
        Some(lane)
    }
}

impl Row {
    fn height(&self) -> f64 {
        let name = lines_h(self.name_lines.len(), "sub-name") + 2.0 * NAME_PAD;
        self.lanes
            .iter()
            .map(Lane::height)
            .fold(name.max(36.0), f64::max)
    }
}

/// Above and below a sub-function's name.
const NAME_PAD: f64 = 6.0;

/// The arrows in a flow's label: which way an input and an output go on this side.
fn glyphs(scope: Scope) -> (&'static str, &'static str) {
    match scope {
        Scope::PrimaryExternal => ("▸", "◂"),
        Scope::SecondaryInternal => ("◂", "▸"),
    }
}

fn chip_text_max() -> f64 {
    CHIP_MAX - 2.0 * CHIP_PAD_X
}

/// The rows of `doc`'s team, every flow by name.
pub(super) fn plan(doc: &Document) -> Vec<Row> {
    let name_max = TEAM_W - 20.0 - 2.0 * PAD;
    rows_of(doc)
        .into_iter()
        .map(|(owner, name)| {
            let lane = |scope| {
                let mut flows: Vec<&Flow> = doc
                    .mapping
                    .flows
                    .iter()
                    .filter(|f| f.owner == owner && f.scope == scope)
                    .collect();
                flows.sort_by_key(|f| f.direction != Direction::Input);
                let flows = flows
                    .iter()
                    .map(|f| {
                        let name = named(&f.name, "Unnamed flow");
                        (name, f.direction == Direction::Input, f.id.0)
                    })
                    .collect();
                let mut lane = Lane {
                    scope,
                    flows,
                    chips: Vec::new(),
                    level: Level::Full,
                };
                lane.show(Level::Full);
                lane
            };
            Row {
                owner,
                name_lines: wrapped(&name, "sub-name", name_max, 2),
                name,
                lanes: [lane(Scope::PrimaryExternal), lane(Scope::SecondaryInternal)],
            }
        })
        .collect()
}

/// The rows' total height, gaps included.
pub(super) fn height(rows: &[Row]) -> f64 {
    let gaps = rows.len().saturating_sub(1) as f64 * ROW_GAP;
    rows.iter().map(Row::height).sum::<f64>() + gaps
}

/// Shows the flows smaller, a lane at a time, until the rows fit in `room` (or every lane
/// counts its flows). Each step takes the lane whose change saves the most height; when no
/// single lane saves any (a row's two lanes equally tall), the tallest lane that sets its
/// row's height.
pub(super) fn fit(rows: &mut [Row], room: f64) {
    while height(rows) > room {
        let mut best: Option<(usize, usize, f64, f64)> = None;
        for (r, row) in rows.iter().enumerate() {
            let now = row.height();
            for (l, lane) in row.lanes.iter().enumerate() {
                let Some(smaller) = lane.smaller().filter(|_| !lane.flows.is_empty()) else {
                    continue;
                };
                let mut trial = row.clone();
                trial.lanes[l] = smaller;
                let saves = now - trial.height();
                let sets = if lane.height() >= now {
                    lane.height()
                } else {
                    0.0
                };
                let better = match best {
                    None => saves > 0.0 || sets > 0.0,
                    Some((_, _, s, t)) => saves > s || (saves == s && sets > t),
                };
                if better {
                    best = Some((r, l, saves, sets));
                }
            }
        }
        match best {
            Some((r, l, _, _)) => {
                let lane = &mut rows[r].lanes[l];
                if let Some(smaller) = lane.smaller() {
                    *lane = smaller;
                }
            }
            None => return,
        }
    }
}

/// Draws `row` with its top at `y`; returns its height.
pub(super) fn draw(c: &mut Canvas, row: &Row, y: f64) -> f64 {
    let h = row.height();
    let of = match row.owner {
        Some(id) => Drawn::SubFunction(id.0),
        None => Drawn::Unowned,
    };
    let frame = c.frame((TEAM_X + 10.0, y, TEAM_W - 20.0, h), "sub", Some(of), 1);
    let name_h = lines_h(row.name_lines.len(), "sub-name");
    let top = y + (h - name_h) / 2.0;
    let mid = TEAM_X + TEAM_W / 2.0;
    c.lines(
        frame,
        (mid, top),
        &row.name_lines,
        "middle",
        "sub-name",
        None,
        1,
    );
    for lane in &row.lanes {
        draw_lane(c, row, lane, y, h);
    }
    h
}

/// One lane of a row: its chips stacked from the top, its arrows along the bottom, and its
/// line of the text alternative.
fn draw_lane(c: &mut Canvas, row: &Row, lane: &Lane, y: f64, h: f64) {
    if lane.flows.is_empty() {
        return;
    }
    let (layer, outer, inner) = match lane.scope {
        Scope::PrimaryExternal => (1, M + SIDE_W, TEAM_X),
        Scope::SecondaryInternal => (2, W - M - SIDE_W, TEAM_X + TEAM_W),
    };
    let mut top = y + GAP;
    for chip in &lane.chips {
        let f = super::font(chip.class);
        let w = chip
            .lines
            .iter()
            .map(|l| super::text::width(l, f))
            .fold(0.0, f64::max)
            + 2.0 * CHIP_PAD_X;
        let x = match lane.scope {
            Scope::PrimaryExternal => TEAM_X - LANE_GAP - w,
            Scope::SecondaryInternal => TEAM_X + TEAM_W + LANE_GAP,
        };
        let ch = lines_h(chip.lines.len(), chip.class) + 2.0 * CHIP_PAD_Y;
        let frame = c.frame((x, top, w, ch), "chip", chip.of, layer);
        let at = (x + CHIP_PAD_X, top + CHIP_PAD_Y);
        c.lines(frame, at, &chip.lines, "start", chip.class, None, layer);
        top += ch + GAP;
    }
    // Arrows run under the chips: into the team for inputs, out of it for outputs.
    let inputs = lane.inputs();
    if inputs > 0 {
        c.add(
            Shape::arrow(outer, y + h - 15.0, inner, "flow in"),
            None,
            layer,
        );
    }
    if inputs < lane.flows.len() {
        c.add(
            Shape::arrow(inner, y + h - 6.0, outer, "flow out"),
            None,
            layer,
        );
    }
    let side = match lane.scope {
        Scope::PrimaryExternal => "primary, with the market",
        Scope::SecondaryInternal => "secondary, with the company",
    };
    let names = |input: bool| {
        let names: Vec<&str> = lane
            .flows
            .iter()
            .filter(|f| f.1 == input)
            .map(|f| f.0.as_str())
            .collect();
        names.join(", ")
    };
    let mut parts = Vec::new();
    if inputs > 0 {
        parts.push(format!("inputs {}", names(true)));
    }
    if inputs < lane.flows.len() {
        parts.push(format!("outputs {}", names(false)));
    }
    c.say(format!("{} ({side}): {}.", row.name, parts.join("; ")));
}

/// The rows whose flows the picture counts rather than names, for the text alternative.
pub(super) fn counted(rows: &[Row]) -> Vec<String> {
    let mut out = Vec::new();
    for row in rows {
        for lane in row.lanes.iter().filter(|l| l.level == Level::Counted) {
            let side = match lane.scope {
                Scope::PrimaryExternal => "primary",
                Scope::SecondaryInternal => "secondary",
            };
            out.push(format!("{} ({side})", row.name));
        }
    }
    out
}
