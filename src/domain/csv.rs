//! CSV as spreadsheets open it: RFC 4180 with CRLF line ends, and a UTF-8 byte order mark
//! first. Without the mark, Excel on Windows reads the bytes as its legacy code page and shows
//! "Zürich" as "ZÃ¼rich". Every CSV the app writes is built here, so every one carries it.

/// The UTF-8 byte order mark every CSV starts with.
pub const BOM: char = '\u{feff}';

/// A CSV file being written: the mark, a header line, then one line per row.
pub struct Csv(String);

impl Csv {
    /// A file holding the byte order mark and the header line.
    pub fn new<S: AsRef<str>>(header: impl IntoIterator<Item = S>) -> Self {
        let mut csv = Csv(BOM.to_string());
        csv.row(header);
        csv
    }

    /// Adds one line, each field quoted as it needs.
    pub fn row<S: AsRef<str>>(&mut self, fields: impl IntoIterator<Item = S>) {
        for (i, f) in fields.into_iter().enumerate() {
            if i > 0 {
                self.0.push(',');
            }
            self.0.push_str(&csv_field(f.as_ref()));
        }
        self.0.push_str("\r\n");
    }

    /// The file's text.
    pub fn finish(self) -> String {
        self.0
    }
}

/// The first characters that make a spreadsheet read a cell as a formula. A tab or carriage
/// return counts too: spreadsheets drop it and read the `=` after it.
pub const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// One CSV field, quoted when it holds a comma, quote or line break. A field starting with
/// one of [`FORMULA_STARTS`] is prefixed with `'` so spreadsheets do not run it as a formula.
pub fn csv_field(text: &str) -> String {
    let text = if text.starts_with(FORMULA_STARTS) {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}
