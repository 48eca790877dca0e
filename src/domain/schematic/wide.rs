//! The schematic on a wide screen: the three boxes side by side, each flow by name beside its
//! sub-function's row.

use super::{fit, listed, named, rows_of, Canvas, Drawn, Schematic, Shape};
use super::{LINE, SIDE_W, TEAM_W, TEAM_X, TOP, W};
use crate::domain::dialogue::Side;
use crate::domain::document::Document;
use crate::domain::ids::SubFunctionId;
use crate::domain::mapping::{Direction, Flow, Scope};

/// A sub-function's row of the team: who, where and how tall.
struct Row {
    owner: Option<SubFunctionId>,
    name: String,
    y: f64,
    h: f64,
}

/// The company's box starts here.
const COMPANY_X: f64 = W - 20.0 - SIDE_W;

/// The schematic for a wide screen: every flow by name.
pub(super) fn wide(doc: &Document) -> Schematic {
    let m = &doc.mapping;
    let mut y = TOP + 50.0;
    let mut rows = Vec::new();
    for (owner, name) in rows_of(doc) {
        let p = flows_of(doc, owner, Scope::PrimaryExternal).len();
        let s = flows_of(doc, owner, Scope::SecondaryInternal).len();
        let h = (p.max(s).max(1) as f64 * LINE + 30.0).max(46.0);
        rows.push(Row { owner, name, y, h });
        y += h + 10.0;
    }
    let team_bottom = y.max(TOP + 200.0);
    let height = team_bottom + 110.0;

    let mut c = Canvas::default();
    let company = sides_and_loops(&mut c, doc, team_bottom, height);
    for row in &rows {
        team_row(&mut c, doc, row);
    }
    if rows.is_empty() {
        let hint = Shape::text(
            TEAM_X + TEAM_W / 2.0,
            TOP + 70.0,
            "Add your team in Stage 2",
            "middle",
            "hint",
        );
        c.add(hint, None, 1);
        c.say("The marketing team has no sub-functions yet.");
    } else {
        c.say(format!(
            "The marketing team: {}.",
            listed(rows.iter().map(|r| r.name.as_str()))
        ));
    }
    // Company functions the secondary flows go to (layer 2).
    let fy = TOP + 60.0 + company as f64 * LINE;
    if !m.functions.is_empty() {
        let title = Shape::text(
            COMPANY_X + SIDE_W / 2.0,
            fy,
            "Functions we work with",
            "middle",
            "subtitle",
        );
        c.add(title, None, 2);
        let functions = m
            .functions
            .iter()
            .map(|f| (f.name.as_str(), Drawn::Function(f.id.0)));
        members(
            &mut c,
            COMPANY_X + 14.0,
            fy + 20.0,
            2,
            "Unnamed function",
            functions,
        );
        let names = listed(m.functions.iter().map(|f| f.name.as_str()));
        c.say(format!("Company functions the team works with: {names}."));
    }
    // The team's own loop (layer 3).
    let own = Shape::curve(
        TEAM_X + 30.0,
        TEAM_X + TEAM_W - 30.0,
        team_bottom - 8.0,
        26.0,
        "loop team-loop",
    );
    c.add(own, Some(Drawn::TeamLoop), 3);
    let label = Shape::text(
        TEAM_X + TEAM_W / 2.0,
        team_bottom + 40.0,
        "Marketing to marketing",
        "middle",
        "loop-label small",
    );
    c.add(label, None, 3);
    c.say("The team's own loop: what one sub-function learns reaches the others.");

    Schematic {
        width: W,
        height,
        items: c.items,
        described: c.described,
    }
}

/// The flows `owner` owns in `scope`.
fn flows_of(doc: &Document, owner: Option<SubFunctionId>, scope: Scope) -> Vec<&Flow> {
    doc.mapping
        .flows
        .iter()
        .filter(|f| f.owner == owner && f.scope == scope)
        .collect()
}

/// Layer 0: the market, the company and the team, loop AB and the side loops A1 and B1.
/// Returns how many of the company's constituents are listed.
fn sides_and_loops(c: &mut Canvas, doc: &Document, team_bottom: f64, height: f64) -> usize {
    let d = &doc.dialogue;
    let market: Vec<_> = d.on_side(Side::Market).filter(|c| c.enabled).collect();
    let company: Vec<_> = d.on_side(Side::Company).filter(|c| c.enabled).collect();
    let box_h = team_bottom - TOP;
    for (x, title, list, class, of) in [
        (20.0, "Your market", &market, "market", Drawn::Market),
        (
            COMPANY_X,
            "Your company",
            &company,
            "company",
            Drawn::Company,
        ),
    ] {
        c.add(Shape::rect(x, TOP, SIDE_W, box_h, class), Some(of), 0);
        c.add(
            Shape::text(x + SIDE_W / 2.0, TOP + 24.0, title, "middle", "title"),
            None,
            0,
        );
        let listed = list
            .iter()
            .map(|m| (m.name.as_str(), Drawn::Constituent(m.id.0)));
        members(c, x + 14.0, TOP + 52.0, 0, "Unnamed", listed);
    }
    let team = Shape::rect(TEAM_X, TOP, TEAM_W, box_h, "team");
    c.add(team, Some(Drawn::Team), 0);
    let title = Shape::text(
        TEAM_X + TEAM_W / 2.0,
        TOP + 24.0,
        "The marketing team",
        "middle",
        "title",
    );
    c.add(title, None, 0);
    let mid = W / 2.0;
    c.add(
        Shape::curve(120.0, W - 120.0, TOP - 6.0, -70.0, "loop ab"),
        Some(Drawn::LoopAB),
        0,
    );
    let a = Shape::text(
        mid,
        22.0,
        "Loop AB: A, listen and learn",
        "middle",
        "loop-label",
    );
    c.add(a, None, 0);
    c.add(
        Shape::curve(W - 120.0, 120.0, team_bottom + 6.0, 70.0, "loop ab"),
        None,
        0,
    );
    let b = Shape::text(
        mid,
        height - 12.0,
        "B, educate and persuade",
        "middle",
        "loop-label",
    );
    c.add(b, None, 0);
    c.say(format!(
        "Your market: {}.",
        listed(market.iter().map(|m| m.name.as_str()))
    ));
    c.say(format!(
        "Your company: {}.",
        listed(company.iter().map(|m| m.name.as_str()))
    ));
    c.say("Loop AB runs between them: the company listens to and learns from the market (A), and educates and persuades it (B).");
    let a1 = named(&d.loop_a1.owner, "no owner yet");
    let b1 = named(&d.loop_b1.owner, "no owner yet");
    let y = team_bottom + 30.0;
    c.add(
        Shape::curve(40.0, 200.0, y, 30.0, "loop side"),
        Some(Drawn::LoopA1),
        0,
    );
    let label = Shape::text(
        120.0,
        team_bottom + 24.0,
        format!("A1: {a1}"),
        "middle",
        "loop-label small",
    );
    c.add(label, None, 0);
    c.add(
        Shape::curve(W - 200.0, W - 40.0, y, 30.0, "loop side"),
        Some(Drawn::LoopB1),
        0,
    );
    let label = Shape::text(
        W - 120.0,
        team_bottom + 24.0,
        format!("B1: {b1}"),
        "middle",
        "loop-label small",
    );
    c.add(label, None, 0);
    c.say(format!(
        "Side loop A1 (listening) is owned by {a1}; side loop B1 (speaking) by {b1}."
    ));
    company.len()
}

/// A sub-function's row: its box (layer 1), its primary flows to the left (layer 1) and its
/// secondary flows to the right (layer 2), each side with an arrow in and an arrow out.
fn team_row(c: &mut Canvas, doc: &Document, row: &Row) {
    let Row {
        owner,
        name,
        y: ry,
        h: rh,
    } = row;
    let of = match owner {
        Some(id) => Drawn::SubFunction(id.0),
        None => Drawn::Unowned,
    };
    c.add(
        Shape::rect(TEAM_X + 14.0, *ry, TEAM_W - 28.0, *rh, "sub"),
        Some(of),
        1,
    );
    c.add(
        Shape::text(
            TEAM_X + TEAM_W / 2.0,
            ry + 20.0,
            name.clone(),
            "middle",
            "sub-name",
        ),
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
            COMPANY_X,
        ),
    ] {
        let list = flows_of(doc, *owner, scope);
        if list.is_empty() {
            continue;
        }
        let (inputs, outputs): (Vec<&Flow>, Vec<&Flow>) =
            list.iter().partition(|f| f.direction == Direction::Input);
        // Arrows run under the row's labels: into the team for inputs, out of it for outputs.
        let y_mid = ry + rh - 9.0;
        let (outer, inner) = if scope == Scope::PrimaryExternal {
            (x_from, x_to)
        } else {
            (x_to, x_from)
        };
        if !inputs.is_empty() {
            c.add(
                Shape::arrow(outer, y_mid - 4.0, inner, "flow in"),
                None,
                layer,
            );
        }
        if !outputs.is_empty() {
            c.add(
                Shape::arrow(inner, y_mid + 4.0, outer, "flow out"),
                None,
                layer,
            );
        }
        for (i, f) in inputs.iter().chain(outputs.iter()).enumerate() {
            let flow = fit(&named(&f.name, "Unnamed flow"), 30);
            let input = f.direction == Direction::Input;
            let text = match (anchor, input) {
                ("end", true) => format!("{flow} ▸"),
                ("end", false) => format!("{flow} ◂"),
                (_, true) => format!("▸ {flow}"),
                (_, false) => format!("◂ {flow}"),
            };
            let shape = Shape::text(
                x_text,
                ry + 16.0 + i as f64 * LINE,
                text,
                anchor,
                "flow-name",
            );
            c.add(shape, Some(Drawn::Flow(f.id.0)), layer);
        }
        let side = if scope == Scope::PrimaryExternal {
            "primary, with the market"
        } else {
            "secondary, with the company"
        };
        let names = |l: &[&Flow]| {
            let names = l.iter().map(|f| named(&f.name, "Unnamed flow"));
            names.collect::<Vec<_>>().join(", ")
        };
        let mut parts = Vec::new();
        if !inputs.is_empty() {
            parts.push(format!("inputs {}", names(&inputs)));
        }
        if !outputs.is_empty() {
            parts.push(format!("outputs {}", names(&outputs)));
        }
        c.say(format!("{name} ({side}): {}.", parts.join("; ")));
    }
}

/// A box's members, one a line down from `y`, each shortened to fit and drawn as what it is.
fn members<'a>(
    c: &mut Canvas,
    x: f64,
    y: f64,
    layer: usize,
    fallback: &str,
    list: impl Iterator<Item = (&'a str, Drawn)>,
) {
    for (i, (name, of)) in list.enumerate() {
        let name = fit(&named(name, fallback), 26);
        let shape = Shape::text(x, y + i as f64 * LINE, name, "start", "member");
        c.add(shape, Some(of), layer);
    }
}
