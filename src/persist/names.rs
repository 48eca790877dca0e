//! Every downloaded file's name, `<company>-<what>-<yyyy-mm-dd>.<ext>`, given in one place.
//! The company is reduced to an ASCII slug, so the name survives any file system, mail client
//! or zip tool: common Latin accents are spelt without them, other letters are dropped.

use crate::domain::Timestamp;

/// What a downloaded file holds; each kind has a name of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Download {
    /// The model in its envelope, which imports back.
    Model,
    /// The report as Markdown.
    ReportMarkdown,
    /// Every flow, one line each.
    FlowsCsv,
    /// Every KPI with its flow.
    KpisCsv,
    /// Stage 3's RACI matrix, shown on the report too.
    RaciMatrixCsv,
    /// The action plan, from the plan page or the report.
    ActionPlanCsv,
    /// Where a company's team disagrees: each colleague's stage per dimension.
    TeamViewCsv,
    /// The consultant's clients side by side: each client's stage per dimension.
    CohortCsv,
    /// The schematic as an SVG drawing.
    SchematicSvg,
    /// The schematic as a PNG image.
    SchematicPng,
}

impl Download {
    /// What the name says the file holds, and its extension.
    fn kind_and_ext(self) -> (&'static str, &'static str) {
        match self {
            Download::Model => ("marketing-os", "json"),
            Download::ReportMarkdown => ("report", "md"),
            Download::FlowsCsv => ("flows", "csv"),
            Download::KpisCsv => ("kpis", "csv"),
            Download::RaciMatrixCsv => ("raci-matrix", "csv"),
            Download::ActionPlanCsv => ("action-plan", "csv"),
            Download::TeamViewCsv => ("team-view", "csv"),
            Download::CohortCsv => ("cohort", "csv"),
            Download::SchematicSvg => ("schematic", "svg"),
            Download::SchematicPng => ("schematic", "png"),
        }
    }

    /// The file's media type.
    pub fn mime(self) -> &'static str {
        match self {
            Download::Model => "application/json",
            Download::ReportMarkdown => "text/markdown",
            Download::FlowsCsv
            | Download::KpisCsv
            | Download::RaciMatrixCsv
            | Download::ActionPlanCsv
            | Download::TeamViewCsv
            | Download::CohortCsv => "text/csv",
            Download::SchematicSvg => "image/svg+xml",
            Download::SchematicPng => "image/png",
        }
    }
}

/// The name of a download of `what` from `company`'s model, dated `now`.
pub fn download_name(company: &str, what: Download, now: Timestamp) -> String {
    let (kind, ext) = what.kind_and_ext();
    format!("{}-{kind}-{}.{ext}", slug(company), now.date_iso())
}

/// The company as lowercase ASCII letters and digits in words joined by `-`, at most 60
/// characters; `model` when nothing is left.
pub fn slug(company: &str) -> String {
    let mut out = String::new();
    for ch in company.chars().flat_map(char::to_lowercase) {
        if ch.is_ascii_alphanumeric() {
            out.push(ch);
        } else if let Some(plain) = unaccented(ch) {
            out.push_str(plain);
        } else if !ch.is_alphanumeric() && !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let cut: String = out.chars().take(60).collect();
    match cut.trim_end_matches('-') {
        "" => "model".into(),
        s => s.into(),
    }
}

/// A lowercase Latin letter with an accent, or a ligature, spelt in plain ASCII.
fn unaccented(ch: char) -> Option<&'static str> {
    Some(match ch {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}
