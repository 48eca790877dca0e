//! The schematic on a wide screen and in print: the market, the marketing team and the company
//! side by side, each flow a labelled chip beside its sub-function's row (see `rows`). Every
//! label is measured and wrapped to fit its box; loop labels sit on plates of their own.

use super::{lines_h, listed, named, rows, wrapped, Canvas, Drawn, Schematic, Shape};
use super::{M, MAX_RATIO, PAD, SIDE_W, TEAM_W, TEAM_X, TOP, W};
use crate::domain::dialogue::Side;
use crate::domain::document::Document;

/// From a box's top to its first member: room for its title.
const TITLE_H: f64 = 40.0;
/// Room at the foot of the team's box for its own loop and label.
const TEAM_LOOP_H: f64 = 46.0;
/// Room at the foot of a side box for its side loop, under the loop's label.
const SIDE_LOOP_H: f64 = 38.0;
/// Under the boxes: loop AB's return arc, its label on it.
const BOTTOM_H: f64 = 52.0;
/// Between a box's members.
const MEMBER_GAP: f64 = 3.0;

/// A box's member: its lines and what it is.
type Member = (Vec<String>, Drawn);

/// The schematic for a wide screen and for print.
pub(super) fn wide(doc: &Document) -> Schematic {
    let m = &doc.mapping;
    let d = &doc.dialogue;
    let inner = SIDE_W - 2.0 * PAD;
    let member = |name: &str, fallback: &str, of: Drawn| -> Member {
        (wrapped(&named(name, fallback), "member", inner, 2), of)
    };
    let side = |side| -> Vec<Member> {
        d.on_side(side)
            .filter(|c| c.enabled)
            .map(|c| member(&c.name, "Unnamed", Drawn::Constituent(c.id.0)))
            .collect()
    };
    let (market, company) = (side(Side::Market), side(Side::Company));
    let functions: Vec<Member> = m
        .functions
        .iter()
        .map(|f| member(&f.name, "Unnamed function", Drawn::Function(f.id.0)))
        .collect();
    let a1 = named(&d.loop_a1.owner, "no owner yet");
    let b1 = named(&d.loop_b1.owner, "no owner yet");
    let a1_lines = wrapped(&format!("A1: {a1}"), "loop-label small", inner, 2);
    let b1_lines = wrapped(&format!("B1: {b1}"), "loop-label small", inner, 2);

    let mut rows = rows::plan(doc);
    rows::fit(
        &mut rows,
        W * MAX_RATIO - TOP - TITLE_H - ROW_SLACK - TEAM_LOOP_H - BOTTOM_H,
    );
    let rows_h = if rows.is_empty() {
        40.0
    } else {
        rows::height(&rows)
    };
    let list_h = |l: &[Member]| -> f64 {
        l.iter()
            .map(|(lines, _)| lines_h(lines.len(), "member") + MEMBER_GAP)
            .sum()
    };
    let loop_h = |l: &[String]| lines_h(l.len(), "loop-label small") + SIDE_LOOP_H;
    let functions_h = if functions.is_empty() {
        0.0
    } else {
        10.0 + lines_h(1, "subtitle") + 4.0 + list_h(&functions)
    };
    let box_h = [
        TITLE_H + rows_h + ROW_SLACK + TEAM_LOOP_H,
        TITLE_H + list_h(&market) + loop_h(&a1_lines),
        TITLE_H + list_h(&company) + functions_h + loop_h(&b1_lines),
        240.0,
    ]
    .into_iter()
    .fold(0.0, f64::max);
    let bottom = TOP + box_h;

    let mut c = Canvas::default();
    let mx = M;
    let cx = W - M - SIDE_W;
    let market_box = side_box(&mut c, mx, box_h, "Your market", "market", Drawn::Market);
    let company_box = side_box(&mut c, cx, box_h, "Your company", "company", Drawn::Company);
    members(&mut c, market_box, mx, TOP + TITLE_H, &market, 0);
    let mut y = members(&mut c, company_box, cx, TOP + TITLE_H, &company, 0);
    if !functions.is_empty() {
        let title = wrapped("Functions we work with", "subtitle", inner, 2);
        y += 10.0;
        y += c.lines(
            company_box,
            (cx + PAD, y),
            &title,
            "start",
            "subtitle",
            None,
            2,
        ) + 4.0;
        members(&mut c, company_box, cx, y, &functions, 2);
    }
    side_loop(&mut c, market_box, mx, bottom, &a1_lines, Drawn::LoopA1);
    side_loop(&mut c, company_box, cx, bottom, &b1_lines, Drawn::LoopB1);
    loop_ab(&mut c, bottom);
    c.say(format!(
        "Your market: {}.",
        listed(
            d.on_side(Side::Market)
                .filter(|c| c.enabled)
                .map(|c| c.name.as_str())
        )
    ));
    c.say(format!(
        "Your company: {}.",
        listed(
            d.on_side(Side::Company)
                .filter(|c| c.enabled)
                .map(|c| c.name.as_str())
        )
    ));
    c.say("Loop AB runs between them: the company listens to and learns from the market (A), and educates and persuades it (B).");
    c.say(format!(
        "Side loop A1 (listening) is owned by {a1}; side loop B1 (speaking) by {b1}."
    ));

    // The team: its title, its rows, its own loop.
    let team = c.frame((TEAM_X, TOP, TEAM_W, box_h), "team", Some(Drawn::Team), 0);
    let mid = TEAM_X + TEAM_W / 2.0;
    let title = wrapped("The marketing team", "title", TEAM_W - 2.0 * PAD, 1);
    c.lines(team, (mid, TOP + PAD), &title, "middle", "title", None, 0);
    let mut y = TOP + TITLE_H;
    for row in &rows {
        y += rows::draw(&mut c, row, y) + rows::ROW_GAP;
    }
    if rows.is_empty() {
        let hint = wrapped("Add your team in Stage 2", "hint", TEAM_W - 2.0 * PAD, 2);
        c.lines(team, (mid, y + 10.0), &hint, "middle", "hint", None, 1);
        c.say("The marketing team has no sub-functions yet.");
    } else {
        c.say(format!(
            "The marketing team: {}.",
            listed(rows.iter().map(|r| r.name.as_str()))
        ));
    }
    if !m.functions.is_empty() {
        let names = listed(m.functions.iter().map(|f| f.name.as_str()));
        c.say(format!("Company functions the team works with: {names}."));
    }
    let label = wrapped(
        "Marketing to marketing",
        "loop-label small",
        TEAM_W - 2.0 * PAD,
        1,
    );
    c.lines(
        team,
        (mid, bottom - TEAM_LOOP_H),
        &label,
        "middle",
        "loop-label small",
        None,
        3,
    );
    let own = Shape::curve(
        TEAM_X + 50.0,
        TEAM_X + TEAM_W - 50.0,
        bottom - 18.0,
        16.0,
        "loop team-loop",
    );
    c.add(own, Some(Drawn::TeamLoop), 3);
    c.say("The team's own loop: what one sub-function learns reaches the others.");
    let counted = rows::counted(&rows);
    if !counted.is_empty() {
        c.say(format!(
            "With this many flows the picture counts them, rather than naming each, for {}; the lines above name every one.",
            counted.join(", ")
        ));
    }

    Schematic {
        width: W,
        height: bottom + BOTTOM_H,
        items: c.items,
        described: c.described,
    }
}

/// Room between the last row and the team's loop.
const ROW_SLACK: f64 = 4.0;

/// A side box (layer 0) with its title; returns the box's number.
fn side_box(c: &mut Canvas, x: f64, h: f64, title: &str, class: &'static str, of: Drawn) -> usize {
    let frame = c.frame((x, TOP, SIDE_W, h), class, Some(of), 0);
    let lines = wrapped(title, "title", SIDE_W - 2.0 * PAD, 1);
    c.lines(
        frame,
        (x + SIDE_W / 2.0, TOP + PAD),
        &lines,
        "middle",
        "title",
        None,
        0,
    );
    frame
}

/// A box's members one under another from `y`; returns where the next would start.
fn members(c: &mut Canvas, frame: usize, x: f64, mut y: f64, list: &[Member], layer: usize) -> f64 {
    for (lines, of) in list {
        y += c.lines(
            frame,
            (x + PAD, y),
            lines,
            "start",
            "member",
            Some(*of),
            layer,
        ) + MEMBER_GAP;
    }
    y
}

/// A side loop at the foot of its box, its label (who owns it) above it.
fn side_loop(c: &mut Canvas, frame: usize, x: f64, bottom: f64, label: &[String], of: Drawn) {
    let top = bottom - SIDE_LOOP_H - lines_h(label.len(), "loop-label small");
    let mid = x + SIDE_W / 2.0;
    c.lines(
        frame,
        (mid, top),
        label,
        "middle",
        "loop-label small",
        None,
        0,
    );
    let arc = Shape::curve(
        x + 50.0,
        x + SIDE_W - 50.0,
        bottom - 26.0,
        28.0,
        "loop side",
    );
    c.add(arc, Some(of), 0);
}

/// Loop AB: over the top from market to company (A), back under the boxes (B), each arc's
/// label on a plate that hides the arc behind it.
fn loop_ab(c: &mut Canvas, bottom: f64) {
    let (left, right) = (130.0, W - 130.0);
    let top = TOP - 6.0;
    c.add(
        Shape::curve(left, right, top, -56.0, "loop ab"),
        Some(Drawn::LoopAB),
        0,
    );
    let h = super::font("loop-label").line() + 4.0;
    let a = "Loop AB: A, listen and learn";
    c.plate(
        (W / 2.0, top - 28.0 - h / 2.0),
        a,
        "loop-label",
        400.0,
        None,
    );
    c.add(
        Shape::curve(right, left, bottom + 6.0, 56.0, "loop ab"),
        None,
        0,
    );
    let b = "B, educate and persuade";
    c.plate(
        (W / 2.0, bottom + 34.0 - h / 2.0),
        b,
        "loop-label",
        400.0,
        None,
    );
}
