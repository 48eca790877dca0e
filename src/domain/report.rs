//! The report as data: a title block, a short brief, then the full report, each a list of
//! sections made of paragraphs, lists, tables and figures. `content::report` builds it once
//! from the Document (holding only the parts the model uses); the report page, print and the
//! Markdown export all render this one structure.

use super::assessment::Dimension;

/// The whole report.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    /// The heading, e.g. "Northwind: Market(ing) Operating System".
    pub title: String,
    /// The printed document's title (and so the PDF's file name).
    pub document_title: String,
    /// Lines under the heading: the date, who prepared it and for whom.
    pub meta: Vec<String>,
    /// What fits on two pages for someone with five minutes.
    pub brief: Vec<Section>,
    /// Everything else, stage by stage.
    pub full: Vec<Section>,
}

/// A titled part of the report.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// Unique in the report; the page uses it for the heading's id.
    pub id: &'static str,
    pub title: String,
    pub blocks: Vec<Block>,
}

/// One piece of a section.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    /// A paragraph; `lead` is shown in bold before the text.
    Text {
        lead: String,
        text: String,
    },
    /// A list of items.
    List {
        ordered: bool,
        items: Vec<Item>,
    },
    Table(Table),
    Figure(Figure),
    /// A smaller heading inside a section.
    Heading(String),
}

/// A list item: a bold title and, optionally, a sentence after it.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub title: String,
    pub text: String,
}

/// A table whose first column heads each row.
#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub caption: String,
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Which columns hold long text (they get the width; the others stay narrow).
    pub wide: Vec<usize>,
}

/// A picture drawn from the model; its text alternative follows it in the report.
#[derive(Clone, Debug, PartialEq)]
pub enum Figure {
    /// The maturity radar: each area's position now and at the last retake.
    Radar {
        now: Vec<(Dimension, f64)>,
        then: Option<Vec<(Dimension, f64)>>,
    },
    /// The schematic of the operating system.
    Schematic,
}

impl Block {
    /// A paragraph without a bold lead.
    pub fn text(text: impl Into<String>) -> Block {
        Block::Text {
            lead: String::new(),
            text: text.into(),
        }
    }

    /// A paragraph with a bold lead.
    pub fn lead(lead: impl Into<String>, text: impl Into<String>) -> Block {
        Block::Text {
            lead: lead.into(),
            text: text.into(),
        }
    }
}

impl Item {
    pub fn new(title: impl Into<String>, text: impl Into<String>) -> Item {
        Item {
            title: title.into(),
            text: text.into(),
        }
    }
}

impl Report {
    /// Every section, the brief's first.
    pub fn sections(&self) -> impl Iterator<Item = &Section> {
        self.brief.iter().chain(&self.full)
    }

    /// The report as Markdown (CommonMark with pipe tables); user text is escaped so it
    /// reads as typed, never as markup.
    pub fn markdown(&self) -> String {
        let mut out = format!("# {}\n\n", md(&self.title));
        for line in &self.meta {
            out.push_str(&format!("{}  \n", md(line)));
        }
        out.push('\n');
        // A section that is only a picture has nothing to say in text.
        let pictures = |s: &&Section| s.blocks.iter().all(|b| matches!(b, Block::Figure(_)));
        for s in self.sections().filter(|s| !pictures(s)) {
            out.push_str(&format!("## {}\n\n", md(&s.title)));
            for b in &s.blocks {
                block_markdown(b, &mut out);
            }
        }
        out
    }
}

fn block_markdown(b: &Block, out: &mut String) {
    match b {
        Block::Text { lead, text } if lead.is_empty() => out.push_str(&format!("{}\n\n", md(text))),
        Block::Text { lead, text } => out.push_str(&format!("**{}** {}\n\n", md(lead), md(text))),
        Block::Heading(h) => out.push_str(&format!("### {}\n\n", md(h))),
        Block::List { ordered, items } => {
            for (i, item) in items.iter().enumerate() {
                let marker = if *ordered {
                    format!("{}.", i + 1)
                } else {
                    "-".to_string()
                };
                if item.text.is_empty() {
                    out.push_str(&format!("{marker} {}\n", md(&item.title)));
                } else {
                    out.push_str(&format!(
                        "{marker} **{}** {}\n",
                        md(&item.title),
                        md(&item.text)
                    ));
                }
            }
            out.push('\n');
        }
        Block::Table(t) => {
            if !t.caption.is_empty() {
                out.push_str(&format!("*{}*\n\n", md(&t.caption)));
            }
            let row = |cells: &[String]| {
                let cells: Vec<String> = cells.iter().map(|c| md(c)).collect();
                format!("| {} |\n", cells.join(" | "))
            };
            out.push_str(&row(&t.head));
            out.push_str(&format!("|{}\n", "---|".repeat(t.head.len())));
            for r in &t.rows {
                out.push_str(&row(r));
            }
            out.push('\n');
        }
        // Pictures have their text alternative in the blocks that follow them.
        Block::Figure(_) => {}
    }
}

/// Text as Markdown shows it literally: one line, markup characters escaped, and nothing at
/// the start that would make a heading, list or quote.
pub fn md(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let escape = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '|' | '~' => true,
            // An entity (`&amp;`, `&#35;`) or an image (`![`); a lone `&` or `!` is plain text.
            '&' => next.is_some_and(|n| n.is_ascii_alphanumeric() || n == '#'),
            '!' => next == Some('['),
            // A heading or a quote only at the start.
            '#' | '>' => i == 0,
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
    // "- x", "+ x", "1. x" or "1) x" at the start would begin a list.
    let digits = out.chars().take_while(|c| c.is_ascii_digit()).count();
    let after = out[digits..].chars().next();
    if out.starts_with(['-', '+', '=']) {
        out.insert(0, '\\');
    } else if digits > 0 && matches!(after, Some('.') | Some(')')) {
        out.insert(digits, '\\');
    }
    out
}
