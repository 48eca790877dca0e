//! Exports parse back: CSV (RFC 4180, read with a small reader here) and the Markdown report.

use marketing_os::content::sample::sample;
use marketing_os::domain::mapping::{Direction, Scope};
use marketing_os::domain::msg::MappingMsg;
use marketing_os::domain::plan::PlanMsg;
use marketing_os::domain::{Msg, Timestamp};
use marketing_os::persist::names::slug;
use marketing_os::persist::{download_name, export_file_name, Download};

/// Reads RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. Every CSV
/// the app writes starts with a UTF-8 byte order mark, for Excel on Windows.
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let text = text
        .strip_prefix('\u{feff}')
        .expect("the CSV starts with a byte order mark");
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
    doc.apply(Msg::Mapping(MappingMsg::AddFlow {
        name: "Win/loss, \"deep\" interviews\nQ4".into(),
        direction: Direction::Input,
        scope: Scope::PrimaryExternal,
        owner: Some(doc.mapping.sub_functions[1].id),
    }));
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
fn every_csv_starts_with_a_byte_order_mark_then_its_header() {
    let mut doc = sample(Timestamp(1_795_392_000_000));
    doc.company = "Zürich Café".into();
    doc.apply(Msg::Plan(PlanMsg::AddAction {
        title: "Brief the Zürich team".into(),
        hypothesis: "h".into(),
        source: String::new(),
        quarter: "2027-Q1".into(),
    }));
    for (csv, header) in [
        (doc.flows_csv(), "Flow"),
        (doc.kpis_csv(), "Flow"),
        (doc.raci_csv(), "Program or flow"),
        (doc.actions_csv(), "Action"),
    ] {
        // The mark is the three bytes EF BB BF, once, before the header's first field.
        assert_eq!(&csv.as_bytes()[..3], [0xef, 0xbb, 0xbf]);
        assert_eq!(read_csv(&csv)[0][0], header);
        assert_eq!(csv.matches('\u{feff}').count(), 1);
    }
    assert!(read_csv(&doc.actions_csv())
        .iter()
        .any(|r| r[0] == "Brief the Zürich team"));
}

#[test]
fn every_download_has_its_own_ascii_name() {
    let at = Timestamp(1_795_392_000_000);
    let day = at.date_iso();
    let name = |company: &str, what| download_name(company, what, at);
    let zurich = "Zürich Café & Söhne / AG";
    assert_eq!(
        name(zurich, Download::Model),
        format!("zurich-cafe-sohne-ag-marketing-os-{day}.json")
    );
    let all = [
        (Download::Model, "marketing-os", "json"),
        (Download::ReportMarkdown, "report", "md"),
        (Download::FlowsCsv, "flows", "csv"),
        (Download::KpisCsv, "kpis", "csv"),
        (Download::RaciMatrixCsv, "raci-matrix", "csv"),
        (Download::ActionPlanCsv, "action-plan", "csv"),
        (Download::TeamViewCsv, "team-view", "csv"),
        (Download::CohortCsv, "cohort", "csv"),
        (Download::SchematicSvg, "schematic", "svg"),
        (Download::SchematicPng, "schematic", "png"),
    ];
    for (what, kind, ext) in all {
        assert_eq!(
            name(zurich, what),
            format!("zurich-cafe-sohne-ag-{kind}-{day}.{ext}")
        );
    }
    let names: std::collections::HashSet<_> = all.iter().map(|a| name("X", a.0)).collect();
    assert_eq!(names.len(), all.len(), "no two downloads share a name");
    for (what, _, ext) in all {
        let mime = what.mime();
        match ext {
            "csv" => assert_eq!(mime, "text/csv"),
            "json" => assert_eq!(mime, "application/json"),
            "md" => assert_eq!(mime, "text/markdown"),
            "svg" => assert_eq!(mime, "image/svg+xml"),
            _ => assert_eq!(mime, "image/png"),
        }
    }
    // The export keeps its name through the one function.
    let mut doc = sample(at);
    doc.company = zurich.into();
    assert_eq!(export_file_name(&doc, at), name(zurich, Download::Model));
}

#[test]
fn company_slugs_are_ascii_and_never_empty() {
    for (company, expected) in [
        ("Zürich Café & Söhne / AG", "zurich-cafe-sohne-ag"),
        ("  Northwind Metrics (sample) ", "northwind-metrics-sample"),
        ("Ærøskøbing Œuvres", "aeroskobing-oeuvres"),
        ("Straße 5 Łódź Ñandú", "strasse-5-lodz-nandu"),
        ("ÉCOLE ÇA", "ecole-ca"),
        ("東京 Partners", "partners"),
        ("東京", "model"),
        ("", "model"),
        ("  --//--  ", "model"),
        ("O'Brien & Co.", "o-brien-co"),
    ] {
        assert_eq!(slug(company), expected, "{company}");
    }
    // Long names stop at 60 characters, never on a dash.
    let long = slug(&"Ab ".repeat(40));
    assert!(long.len() <= 60 && !long.ends_with('-'), "{long}");
    let accents = slug(&"é".repeat(100));
    assert_eq!(accents, "e".repeat(60));
    for company in ["Zürich", "Ωmega", "☃ Snow", "a\u{301}b", "東京"] {
        let s = slug(company);
        assert!(!s.is_empty());
        assert!(s
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
    }
}

#[test]
fn the_markdown_report_has_every_section_and_well_formed_tables() {
    let mut doc = sample(Timestamp(1_795_392_000_000));
    doc.apply(Msg::Mapping(MappingMsg::AddFlow {
        name: "Pipe | and more".into(),
        direction: Direction::Output,
        scope: Scope::SecondaryInternal,
        owner: None,
    }));
    let md = report(&doc, Timestamp(1_795_392_000_000));
    assert!(md.starts_with("# Northwind Metrics (sample): Market(ing) Operating System\n"));
    for h in [
        "## Where you stand",
        "## What matters most",
        "## Next actions",
        "## Stage 1: Define the dialogue",
        "## Stage 2: Map inputs and outputs",
        "## Stage 3: Operationalise",
        "## Maturity: the claims and their evidence",
        "## Every gap",
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

/// A spreadsheet drops a leading tab or carriage return and runs the `=` after it, so a name
/// that starts with one (an imported file or a link can carry it) is written as text.
#[test]
fn a_leading_tab_or_carriage_return_is_written_as_text_in_every_csv() {
    use marketing_os::domain::csv::{csv_field, FORMULA_STARTS};
    for (name, written) in [
        (
            "\t=HYPERLINK(\"http://x.test\")",
            "\"'\t=HYPERLINK(\"\"http://x.test\"\")\"",
        ),
        ("\r=1+1", "\"'\r=1+1\""),
        ("\t+1", "'\t+1"),
        ("\t-1", "'\t-1"),
        ("\r@SUM(A1)", "\"'\r@SUM(A1)\""),
        ("\tplain", "'\tplain"),
        ("=1+1", "'=1+1"),
        ("plain\t=1", "plain\t=1"),
    ] {
        assert_eq!(csv_field(name), written, "{name:?}");
    }
    let evil = ["\t=cmd|' /C calc'!A0", "\r@SUM(1+1)*cmd|' /C calc'!A0"];
    let mut doc = sample(Timestamp(1_795_392_000_000));
    doc.operations.raci_roles = evil.iter().map(|s| s.to_string()).collect();
    doc.apply(Msg::Ops(
        marketing_os::domain::operations_msg::OpsMsg::AddRaciRow(
            marketing_os::domain::operations_msg::RaciSubject::Named("row".into()),
        ),
    ));
    doc.operations.raci.last_mut().unwrap().subject = evil[0].into();
    doc.mapping.flows[0].name = evil[1].into();
    doc.apply(Msg::Plan(PlanMsg::AddAction {
        title: "x".into(),
        hypothesis: evil[1].into(),
        source: String::new(),
        quarter: "2027-Q1".into(),
    }));
    doc.diagnostics.actions[0].title = evil[0].into();
    for (what, csv) in [
        ("raci", doc.raci_csv()),
        ("flows", doc.flows_csv()),
        ("kpis", doc.kpis_csv()),
        ("actions", doc.actions_csv()),
    ] {
        let cells: Vec<String> = read_csv(&csv).into_iter().flatten().collect();
        let bad: Vec<&String> = cells
            .iter()
            .filter(|c| c.starts_with(FORMULA_STARTS))
            .collect();
        assert!(bad.is_empty(), "{what} runs as formulas: {bad:?}");
    }
    let raci: Vec<String> = read_csv(&doc.raci_csv()).into_iter().flatten().collect();
    for e in evil {
        assert!(
            raci.contains(&format!("'{e}")),
            "the RACI CSV keeps {e:?} as text"
        );
    }
}
