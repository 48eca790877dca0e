//! The invitation form's words: each field's name, what to do about a flaw in it, and the
//! list of problems that names each field (`domain::invitation::flaws` finds them).

use crate::domain::invitation::{flaws, link_fits_email, Field, Flaw, Invitation, Modules};

impl Field {
    /// The field's label in the form.
    pub fn label(self) -> &'static str {
        match self {
            Field::Consultant => "Your name",
            Field::Organisation => "Organisation",
            Field::Contact => "Contact",
            Field::Accent => "Accent colour",
            Field::Prospect => "Prospect's company",
            Field::Welcome => "Welcome message",
        }
    }
}

impl Modules {
    /// How the invitation form and the welcome page name the choice.
    pub fn label(self) -> &'static str {
        match self {
            Modules::Assessment => "The maturity self-assessment only",
            Modules::Stages => "Stages 1 to 3 of the method",
            Modules::Everything => "Everything: the three stages and the assessment",
        }
    }
}

/// What to do about a field's flaw, said next to the field (so without its name).
fn advice(field: Field, flaw: Flaw) -> String {
    match flaw {
        Flaw::Missing if field == Field::Consultant => {
            "Type the name the prospect will know you by.".into()
        }
        Flaw::Missing if field == Field::Prospect => "Type the company you are inviting.".into(),
        Flaw::Missing => "Fill this in.".into(),
        Flaw::NotAContact => {
            "Give an email address (name@example.com) or an address starting with https://.".into()
        }
        Flaw::NotAColour => "Give a colour as # and six hex digits, like #1f5fa8.".into(),
        Flaw::TooLong(max) => format!("Keep it to {max} characters."),
    }
}

/// What is wrong with an invitation's fields, field by field in the form's order: the field
/// and what to do about it.
pub fn field_problems(inv: &Invitation) -> Vec<(Field, String)> {
    flaws(inv)
        .into_iter()
        .map(|(field, flaw)| (field, advice(field, flaw)))
        .collect()
}

/// What is wrong with an invitation's fields, each naming the field ("Contact: give …").
pub fn problems(inv: &Invitation) -> Vec<String> {
    field_problems(inv)
        .into_iter()
        .map(|(field, message)| {
            let mut m = message.chars();
            let first = m
                .next()
                .map(|c| c.to_lowercase().to_string())
                .unwrap_or_default();
            format!("{}: {first}{}", field.label(), m.as_str())
        })
        .collect()
}

/// The text of the prospect's email back to the consultant: the link when it is short enough
/// to survive the trip, else a request to open the attached file.
pub fn reply_email_body(link: &str) -> String {
    if link_fits_email(link) {
        format!("Hello,\n\nHere are my results from the Market(ing) OS Builder. Open this link to add them to your workspace:\n\n{link}\n")
    } else {
        "Hello,\n\nHere are my results from the Market(ing) OS Builder, in the attached file (a .json file). To add them to your workspace, choose \"Import a model file\" on the app's home page and pick the file.\n".to_string()
    }
}
