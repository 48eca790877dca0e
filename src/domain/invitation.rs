//! A consultant's invitation: who sends it, to which company, and which parts of the method
//! the prospect is asked to work through. It travels in a link and is kept on the model the
//! prospect fills in, so the reply comes back tagged with it.

use super::ids::Timestamp;
use super::progress::Part;
use serde::{Deserialize, Serialize};

/// The parts of the method an invitation asks the prospect to work through.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Modules {
    /// The maturity self-assessment only.
    #[default]
    Assessment,
    /// Stages 1 to 3 of the method, without the assessment.
    Stages,
    /// The three stages and the assessment.
    Everything,
}

impl Modules {
    pub const ALL: [Modules; 3] = [Modules::Assessment, Modules::Stages, Modules::Everything];

    /// Whether a part of the method is included.
    pub fn includes(self, part: Part) -> bool {
        match self {
            Modules::Assessment => part == Part::Assessment,
            Modules::Stages => part != Part::Assessment,
            Modules::Everything => true,
        }
    }

    /// The parts included, in the navigator's order.
    pub fn parts(self) -> Vec<Part> {
        Part::ALL
            .into_iter()
            .filter(|p| self.includes(*p))
            .collect()
    }
}

/// The accent used when an invitation names none, or one that is not a colour.
pub const DEFAULT_ACCENT: &str = "#1f5fa8";

/// Longest name, organisation, contact or company an invitation keeps.
pub const MAX_SHORT: usize = 200;
/// Longest welcome message an invitation keeps.
pub const MAX_WELCOME: usize = 2_000;

/// A consultant's invitation to a prospect.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(default)]
pub struct Invitation {
    /// Unique per invitation; replies are matched to it.
    pub id: String,
    /// The consultant's name.
    pub consultant: String,
    pub organisation: String,
    /// An email address or an https address.
    pub contact: String,
    /// A colour as `#rrggbb`.
    pub accent: String,
    /// The prospect's company.
    pub prospect: String,
    pub welcome: String,
    pub modules: Modules,
    pub created_at: Timestamp,
    /// The consultant's own name for the invitation, to tell apart two made for one company
    /// (empty: the prospect's company). Kept in this browser; links leave it out.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub label: String,
    /// A small logo as a `data:` URL of a PNG, JPEG or WebP image (empty: none). Checked on
    /// every read by [`Invitation::tidied`]; only ever shown as an image.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub logo: String,
    /// When the consultant last changed what the prospect sees, if they did after making it.
    /// Kept in this browser; links leave it out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub edited_at: Option<Timestamp>,
}

/// A field of the invitation form, in the form's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Field {
    Consultant,
    Organisation,
    Contact,
    Accent,
    Prospect,
    Welcome,
}

/// What is wrong with a field of an invitation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flaw {
    /// A field the invitation needs is blank.
    Missing,
    /// The contact is neither an email address nor a web address.
    NotAContact,
    /// The accent is not a colour as # and six hex digits.
    NotAColour,
    /// Longer than this many characters.
    TooLong(usize),
}

/// What is wrong with an invitation's fields, field by field in the form's order (worded by
/// `content::invitation`).
pub fn flaws(inv: &Invitation) -> Vec<(Field, Flaw)> {
    let mut out = Vec::new();
    if inv.consultant.trim().is_empty() {
        out.push((Field::Consultant, Flaw::Missing));
    }
    if inv.prospect.trim().is_empty() {
        out.push((Field::Prospect, Flaw::Missing));
    }
    if !inv.contact.trim().is_empty() && contact_link(&inv.contact).is_none() {
        out.push((Field::Contact, Flaw::NotAContact));
    }
    if !inv.accent.trim().is_empty() && !is_colour(inv.accent.trim()) {
        out.push((Field::Accent, Flaw::NotAColour));
    }
    for (field, text, max) in [
        (Field::Consultant, &inv.consultant, MAX_SHORT),
        (Field::Organisation, &inv.organisation, MAX_SHORT),
        (Field::Contact, &inv.contact, MAX_SHORT),
        (Field::Prospect, &inv.prospect, MAX_SHORT),
        (Field::Welcome, &inv.welcome, MAX_WELCOME),
    ] {
        if text.chars().count() > max && !out.iter().any(|(f, _)| *f == field) {
            out.push((field, Flaw::TooLong(max)));
        }
    }
    out.sort_by_key(|(f, _)| *f);
    out
}

impl Invitation {
    /// The invitation as it may be shown and kept: trimmed, cut to the length limits, with a
    /// valid accent. Applied to every invitation read from a link or a file.
    pub fn tidied(mut self) -> Invitation {
        let cut = |s: &str, max: usize| s.trim().chars().take(max).collect::<String>();
        self.id = self
            .id
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
            .take(64)
            .collect();
        self.consultant = cut(&self.consultant, MAX_SHORT);
        self.organisation = cut(&self.organisation, MAX_SHORT);
        self.contact = cut(&self.contact, MAX_SHORT);
        self.prospect = cut(&self.prospect, MAX_SHORT);
        self.welcome = cut(&self.welcome, MAX_WELCOME);
        self.label = cut(&self.label, MAX_SHORT);
        self.accent = self.accent_colour().to_string();
        self.logo = super::brand::tidy_logo(&self.logo);
        self
    }

    /// The invitation as its link carries it: without the consultant's private label and
    /// the time they last edited it.
    pub fn for_prospect(&self) -> Invitation {
        Invitation {
            label: String::new(),
            edited_at: None,
            ..self.clone()
        }
    }

    /// The name the consultant's list shows: their label, else the prospect's company.
    pub fn title(&self) -> &str {
        match (self.label.trim(), self.prospect.trim()) {
            ("", "") => "Untitled invitation",
            ("", p) => p,
            (l, _) => l,
        }
    }

    /// The colour of a primary button in the invitation's accent, dark enough for white text.
    pub fn button_colour(&self) -> String {
        super::brand::button_colour(self.accent_colour())
    }

    /// Whether the prospect is asked for the maturity self-assessment alone.
    pub fn is_maturity_check(&self) -> bool {
        self.modules == Modules::Assessment
    }

    /// The welcome page's heading: a maturity check for an assessment-only invitation, the
    /// whole operating system otherwise.
    pub fn heading(&self) -> String {
        let company = self.prospect.trim();
        match (self.is_maturity_check(), company.is_empty()) {
            (true, true) => "Your marketing operations maturity check".to_string(),
            (true, false) => format!("{company}: a marketing operations maturity check"),
            (false, true) => "Welcome: your Market(ing) Operating System".to_string(),
            (false, false) => format!("{company}: your Market(ing) Operating System"),
        }
    }

    /// The accent colour, or the default when the invitation's is not `#rrggbb`.
    pub fn accent_colour(&self) -> &str {
        let a = self.accent.trim();
        if is_colour(a) {
            a
        } else {
            DEFAULT_ACCENT
        }
    }

    /// Where the prospect starts on the model `id`: the assessment on its own, or the first
    /// stage.
    pub fn start_path(&self, id: &str) -> String {
        match self.modules {
            Modules::Assessment => format!("/assess/{id}"),
            _ => format!("/model/{id}/dialogue"),
        }
    }

    /// Who sent it, e.g. "Dana Reyes of Northbeam Advisory".
    pub fn sender(&self) -> String {
        match (self.consultant.trim(), self.organisation.trim()) {
            ("", "") => "Your consultant".to_string(),
            (name, "") => name.to_string(),
            ("", org) => org.to_string(),
            (name, org) => format!("{name} of {org}"),
        }
    }
}

/// The longest reply link an email carries: mail programs and webmail often cut or break
/// longer addresses, so a longer reply asks for the file instead.
pub const EMAIL_LINK_MAX: usize = 2_000;

/// Whether an email can carry this reply link whole.
pub fn link_fits_email(link: &str) -> bool {
    link.len() <= EMAIL_LINK_MAX
}

/// `#` and six hex digits.
pub fn is_colour(s: &str) -> bool {
    s.len() == 7 && s.starts_with('#') && s[1..].chars().all(|c| c.is_ascii_hexdigit())
}

/// A contact as a link the app may put in an `href`: `mailto:` for an email address, or the
/// address itself when it is `https:`. Anything else (javascript:, data:, http:, text with
/// spaces or controls) gives None and is shown as plain text.
pub fn contact_link(contact: &str) -> Option<String> {
    let c = contact.trim();
    if c.is_empty() || c.chars().any(|ch| ch.is_whitespace() || ch.is_control()) {
        return None;
    }
    let lower = c.to_ascii_lowercase();
    if let Some(rest) = lower.strip_prefix("https://") {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        return (!host.is_empty() && !c.contains(['<', '>', '"', '\'', '`']))
            .then(|| c.to_string());
    }
    let address = lower.strip_prefix("mailto:").unwrap_or(&lower);
    let address_raw = &c[c.len() - address.len()..];
    if is_email(address_raw) {
        Some(format!("mailto:{address_raw}"))
    } else {
        None
    }
}

/// A plain email address: one `@`, something before it, a dotted domain after, no characters
/// that would change a mailto link's meaning.
pub fn is_email(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    let ok = |c: char| c.is_alphanumeric() || "._%+-".contains(c);
    !local.is_empty()
        && local.chars().all(ok)
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && domain
            .chars()
            .all(|c| c.is_alphanumeric() || c == '.' || c == '-')
}
