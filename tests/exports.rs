//! Exports parse back: CSV (RFC 4180, read with a small reader here) and the Markdown report.

use marketing_os::content::sample::sample;
use marketing_os::domain::mapping::{Direction, Scope};
use marketing_os::domain::{Msg, Timestamp};

/// Reads RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(
        field.is_empty() && row.is_empty(),
        "the CSV ends with a line break"
    );
    rows
}

#[test]
fn flows_and_kpis_csv_parse_back_with_awkward_names() {
    let mut doc = sample(Timestamp(1_795_392_000_000));
    doc.apply(Msg::AddFlow {
        name: "Win/loss, \"deep\" interviews\nQ4".into(),
        direction: Direction::Input,
        scope: Scope::PrimaryExternal,
        owner: Some(doc.mapping.sub_functions[1].id),
    });
    let rows = read_csv(&doc.flows_csv());
    assert_eq!(rows[0][0], "Flow");
    assert_eq!(rows.len(), doc.mapping.flows.len() + 1);
    assert!(rows.iter().all(|r| r.len() == 8));
    let last = rows.last().unwrap();
    assert_eq!(last[0], "Win/loss, \"deep\" interviews\nQ4");
    assert_eq!(
        (last[1].as_str(), last[2].as_str(), last[3].as_str()),
        ("input", "primary external", "Demand generation")
    );
    let kpis = read_csv(&doc.kpis_csv());
    let total: usize = doc.mapping.flows.iter().map(|f| f.kpis.len()).sum();
    assert_eq!(kpis.len(), total + 1);
    assert!(kpis
        .iter()
        .any(|r| r[1] == "Marketing-qualified leads" && r[7] == "yes"));
    let raci = read_csv(&doc.raci_csv());
    assert_eq!(raci[0].len(), doc.operations.raci_roles.len() + 1);
}

fn report(doc: &marketing_os::domain::Document, now: Timestamp) -> String {
    use marketing_os::content::report::{build, Of};
    build(doc, now, &Of::Current).markdown()
}

#[test]
fn the_markdown_report_has_every_section_and_well_formed_tables() {
    let mut doc = sample(Timestamp(1_795_392_000_000));
    doc.apply(Msg::AddFlow {
        name: "Pipe | and more".into(),
        direction: Direction::Output,
        scope: Scope::SecondaryInternal,
        owner: None,
    });
    let md = report(&doc, Timestamp(1_795_392_000_000));
    assert!(md.starts_with("# Northwind Metrics (sample): Market(ing) Operating System\n"));
    for h in [
        "## Where you stand",
        "## What matters most",
        "## Next actions",
        "## Stage 1: the dialogue",
        "## Stage 2: inputs and outputs",
        "## Stage 3: operations",
        "## Maturity: the claims and their evidence",
        "## Every gap",
        "## The action plan",
    ] {
        assert!(md.lines().any(|l| l == h), "missing {h}");
    }
    // Every table row has the same number of cells as its header; pipes in names are escaped.
    let mut width = None;
    for line in md.lines() {
        if line.starts_with('|') {
            let cells = line.replace("\\|", "").matches('|').count();
            match width {
                None => width = Some(cells),
                Some(w) => assert_eq!(cells, w, "{line}"),
            }
        } else {
            width = None;
        }
    }
    assert!(md.contains("Pipe \\| and more"));
    for f in &doc.mapping.flows {
        assert!(
            md.contains(&f.name.trim().replace('|', "\\|")),
            "{}",
            f.name
        );
    }
}
