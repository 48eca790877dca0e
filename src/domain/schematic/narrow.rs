//! The simplified schematic for phones.

use super::{named, rows_of, schematic, Drawn, Item, Schematic, Shape};
use crate::domain::document::Document;
use crate::domain::mapping::Scope;

/// The simplified picture for phones: market on top, the team in the middle with a line per
/// sub-function counting its flows, the company below; loop AB down the left (listening) and
/// up the right (speaking).
pub(super) fn narrow(doc: &Document) -> Schematic {
    let full = schematic(doc, false);
    let m = &doc.mapping;
    let d = &doc.dialogue;
    let w = 420.0;
    let mut items = Vec::new();
    let mut add =
        |shape: Shape, of: Option<Drawn>, layer: usize| items.push(Item { shape, of, layer });
    let count = |side| d.on_side(side).filter(|c| c.enabled).count();
    let market = count(crate::domain::dialogue::Side::Market);
    let company = count(crate::domain::dialogue::Side::Company);
    add(
        Shape::Rect {
            x: 60.0,
            y: 10.0,
            w: 300.0,
            h: 56.0,
            class: "market",
        },
        Some(Drawn::Market),
        0,
    );
    add(
        Shape::Text {
            x: w / 2.0,
            y: 34.0,
            text: "Your market".into(),
            anchor: "middle",
            class: "title",
        },
        None,
        0,
    );
    add(
        Shape::Text {
            x: w / 2.0,
            y: 54.0,
            text: format!("{market} constituents"),
            anchor: "middle",
            class: "member",
        },
        None,
        0,
    );
    let rows = rows_of(doc);
    let top = 100.0;
    let row_h = 44.0;
    let team_h = 40.0 + rows.len().max(1) as f64 * row_h + 30.0;
    add(
        Shape::Rect {
            x: 60.0,
            y: top,
            w: 300.0,
            h: team_h,
            class: "team",
        },
        Some(Drawn::Team),
        0,
    );
    add(
        Shape::Text {
            x: w / 2.0,
            y: top + 24.0,
            text: "The marketing team".into(),
            anchor: "middle",
            class: "title",
        },
        None,
        0,
    );
    for (i, (owner, name)) in rows.iter().enumerate() {
        let y = top + 36.0 + i as f64 * row_h;
        let of = owner
            .map(|o| Drawn::SubFunction(o.0))
            .unwrap_or(Drawn::Unowned);
        add(
            Shape::Rect {
                x: 74.0,
                y,
                w: 272.0,
                h: row_h - 6.0,
                class: "sub",
            },
            Some(of),
            1,
        );
        add(
            Shape::Text {
                x: w / 2.0,
                y: y + 16.0,
                text: name.clone(),
                anchor: "middle",
                class: "sub-name",
            },
            None,
            1,
        );
        let n = |scope| {
            m.flows
                .iter()
                .filter(|f| f.owner == *owner && f.scope == scope)
                .count()
        };
        let text = format!(
            "{} primary · {} secondary flows",
            n(Scope::PrimaryExternal),
            n(Scope::SecondaryInternal)
        );
        add(
            Shape::Text {
                x: w / 2.0,
                y: y + 32.0,
                text,
                anchor: "middle",
                class: "member",
            },
            None,
            1,
        );
    }
    if rows.is_empty() {
        add(
            Shape::Text {
                x: w / 2.0,
                y: top + 60.0,
                text: "Add your team in Stage 2".into(),
                anchor: "middle",
                class: "hint",
            },
            None,
            1,
        );
    }
    add(
        Shape::Curve {
            x1: 130.0,
            y1: top + team_h - 12.0,
            x2: 290.0,
            y2: top + team_h - 12.0,
            bend: 16.0,
            class: "loop team-loop",
        },
        Some(Drawn::TeamLoop),
        3,
    );
    let cy = top + team_h + 34.0;
    add(
        Shape::Rect {
            x: 60.0,
            y: cy,
            w: 300.0,
            h: 56.0,
            class: "company",
        },
        Some(Drawn::Company),
        0,
    );
    add(
        Shape::Text {
            x: w / 2.0,
            y: cy + 24.0,
            text: "Your company".into(),
            anchor: "middle",
            class: "title",
        },
        None,
        0,
    );
    add(
        Shape::Text {
            x: w / 2.0,
            y: cy + 44.0,
            text: format!("{company} constituents, {} functions", m.functions.len()),
            anchor: "middle",
            class: "member",
        },
        None,
        2,
    );
    let h = cy + 90.0;
    add(
        Shape::Curve {
            x1: 50.0,
            y1: 40.0,
            x2: 50.0,
            y2: cy + 28.0,
            bend: 0.0,
            class: "loop ab",
        },
        Some(Drawn::LoopAB),
        0,
    );
    add(
        Shape::Text {
            x: 26.0,
            y: h / 2.0,
            text: "A".into(),
            anchor: "middle",
            class: "loop-label",
        },
        None,
        0,
    );
    add(
        Shape::Curve {
            x1: 370.0,
            y1: cy + 28.0,
            x2: 370.0,
            y2: 40.0,
            bend: 0.0,
            class: "loop ab",
        },
        None,
        0,
    );
    add(
        Shape::Text {
            x: 394.0,
            y: h / 2.0,
            text: "B".into(),
            anchor: "middle",
            class: "loop-label",
        },
        None,
        0,
    );
    add(
        Shape::Text {
            x: 110.0,
            y: h - 12.0,
            text: format!("A1: {}", named(&d.loop_a1.owner, "no owner")),
            anchor: "middle",
            class: "loop-label small",
        },
        Some(Drawn::LoopA1),
        0,
    );
    add(
        Shape::Text {
            x: 310.0,
            y: h - 12.0,
            text: format!("B1: {}", named(&d.loop_b1.owner, "no owner")),
            anchor: "middle",
            class: "loop-label small",
        },
        Some(Drawn::LoopB1),
        0,
    );
    Schematic {
        width: w,
        height: h,
        items,
        described: full.described,
    }
}
