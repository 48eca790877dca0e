//! The simplified schematic for phones.

use super::PAD;
use super::{lines_h, named, rows_of, schematic, wrapped, Canvas, Drawn, Schematic, Shape};
use crate::domain::dialogue::Side;
use crate::domain::document::Document;
use crate::domain::mapping::Scope;

/// The narrow picture's width: at 360 px a unit is about 0.8 px.
const NW: f64 = 420.0;
/// The boxes' left edge and width.
const BX: f64 = 60.0;
const BW: f64 = 300.0;

/// The simplified picture for phones: market on top, the team in the middle with a line per
/// sub-function counting its flows, the company below; loop AB down the left (listening) and
/// up the right (speaking); who owns loops A1 and B1 underneath, a line each.
pub(super) fn narrow(doc: &Document) -> Schematic {
    let full = schematic(doc, false);
    let m = &doc.mapping;
    let d = &doc.dialogue;
    let mut c = Canvas::default();
    let count = |side| d.on_side(side).filter(|c| c.enabled).count();
    let mid = NW / 2.0;
    let inner = BW - 2.0 * PAD;

    let market = format!("{} constituents", count(Side::Market));
    let y = labelled_box(
        &mut c,
        10.0,
        "Your market",
        "market",
        Drawn::Market,
        &market,
        0,
    );

    // The team, a row per sub-function.
    let top = y + 30.0;
    let rows: Vec<_> = rows_of(doc)
        .into_iter()
        .map(|(owner, name)| {
            let n = |scope| {
                m.flows
                    .iter()
                    .filter(|f| f.owner == owner && f.scope == scope)
                    .count()
            };
            let counts = format!(
                "{} primary · {} secondary flows",
                n(Scope::PrimaryExternal),
                n(Scope::SecondaryInternal)
            );
            let name = wrapped(&name, "sub-name", BW - 28.0 - 2.0 * PAD, 2);
            let counts = wrapped(&counts, "member", BW - 28.0 - 2.0 * PAD, 2);
            (owner, name, counts)
        })
        .collect();
    let row_h = |name: &[String], counts: &[String]| {
        2.0 * PAD + lines_h(name.len(), "sub-name") + lines_h(counts.len(), "member")
    };
    let rows_h: f64 = rows.iter().map(|(_, n, k)| row_h(n, k) + 6.0).sum();
    let team_h = 40.0 + rows_h.max(30.0) + 30.0;
    let team = c.frame((BX, top, BW, team_h), "team", Some(Drawn::Team), 0);
    let title = wrapped("The marketing team", "title", inner, 1);
    c.lines(team, (mid, top + PAD), &title, "middle", "title", None, 0);
    let mut y = top + 40.0;
    for (owner, name, counts) in &rows {
        let of = owner
            .map(|o| Drawn::SubFunction(o.0))
            .unwrap_or(Drawn::Unowned);
        let h = row_h(name, counts);
        let row = c.frame((BX + 14.0, y, BW - 28.0, h), "sub", Some(of), 1);
        let used = c.lines(row, (mid, y + PAD), name, "middle", "sub-name", None, 1);
        c.lines(
            row,
            (mid, y + PAD + used),
            counts,
            "middle",
            "member",
            None,
            1,
        );
        y += h + 6.0;
    }
    if rows.is_empty() {
        let hint = wrapped("Add your team in Stage 2", "hint", inner, 2);
        c.lines(team, (mid, y), &hint, "middle", "hint", None, 1);
    }
    let loop_y = top + team_h - 16.0;
    let own = Shape::curve(130.0, 290.0, loop_y, 16.0, "loop team-loop");
    c.add(own, Some(Drawn::TeamLoop), 3);

    let cy = top + team_h + 30.0;
    let company = format!(
        "{} constituents, {} functions",
        count(Side::Company),
        m.functions.len()
    );
    let y = labelled_box(
        &mut c,
        cy,
        "Your company",
        "company",
        Drawn::Company,
        &company,
        2,
    );

    // Loop AB down the left and up the right, between the market and the company.
    let down = Shape::Curve {
        x1: 50.0,
        y1: 40.0,
        x2: 50.0,
        y2: cy + 28.0,
        bend: 0.0,
        class: "loop ab",
    };
    c.add(down, Some(Drawn::LoopAB), 0);
    let up = Shape::Curve {
        x1: 370.0,
        y1: cy + 28.0,
        x2: 370.0,
        y2: 40.0,
        bend: 0.0,
        class: "loop ab",
    };
    c.add(up, None, 0);
    let half = (40.0 + cy + 28.0) / 2.0;
    c.plate((26.0, half - 12.0), "A", "loop-label", 36.0, None);
    c.plate((394.0, half - 12.0), "B", "loop-label", 36.0, None);

    let a1 = format!("A1: {}", named(&d.loop_a1.owner, "no owner"));
    let b1 = format!("B1: {}", named(&d.loop_b1.owner, "no owner"));
    let mut y = y + 12.0;
    y += c.plate(
        (mid, y),
        &a1,
        "loop-label small",
        NW - 20.0,
        Some(Drawn::LoopA1),
    ) + 4.0;
    y += c.plate(
        (mid, y),
        &b1,
        "loop-label small",
        NW - 20.0,
        Some(Drawn::LoopB1),
    );
    Schematic {
        width: NW,
        height: y + 10.0,
        items: c.items,
        described: full.described,
    }
}

/// A box with its title and one line under it, from `top`; returns its bottom. The line
/// appears in `layer`.
fn labelled_box(
    c: &mut Canvas,
    top: f64,
    title: &str,
    class: &'static str,
    of: Drawn,
    line: &str,
    layer: usize,
) -> f64 {
    let inner = BW - 2.0 * PAD;
    let title = wrapped(title, "title", inner, 1);
    let line = wrapped(line, "member", inner, 2);
    let h = 2.0 * PAD + lines_h(1, "title") + 2.0 + lines_h(line.len(), "member");
    let frame = c.frame((BX, top, BW, h), class, Some(of), 0);
    let mid = NW / 2.0;
    let used = c.lines(frame, (mid, top + PAD), &title, "middle", "title", None, 0);
    c.lines(
        frame,
        (mid, top + PAD + used + 2.0),
        &line,
        "middle",
        "member",
        None,
        layer,
    );
    top + h
}
