//! A consultant's private benchmark: clients' maturity results side by side, with the median
//! and spread per dimension and where each client sits. Computed on the consultant's machine
//! from the models in their workspace; nothing leaves it.
//!
//! A client is a company, counted once: the replies to the consultant's invitations are grouped
//! by the prospect's company (compared case- and space-insensitively), and where several
//! colleagues of one company replied, the company's position on a dimension is the median of
//! their stages. Every stage is the one the assessment itself reports for the dimension, after
//! an unevidenced claim is counted one stage lower ([`counted`]), not the stage claimed.

mod overall;
mod team;

pub use overall::Overall;
pub use team::{TeamRow, CONVERSATION_GAP};

use super::assessment::{Dimension, DimensionAnswer, MaturityStage};
use super::maturity::{counted, outcome};
use super::{Document, ModelId, Timestamp};

/// One person's reply: their name and the stage each answered dimension counts as.
#[derive(Clone, Debug, PartialEq)]
pub struct Colleague {
    /// The respondent's name, or "Colleague N" in the order the replies arrived.
    pub name: String,
    pub model: ModelId,
    /// The invitation the reply answers.
    pub invitation: String,
    /// Each answered dimension's stage as the assessment counts it, in questionnaire order.
    pub stages: Vec<(Dimension, MaturityStage)>,
    /// The reply's overall stage by the assessment's rule.
    pub overall: Option<MaturityStage>,
    /// Each answered dimension's answer as given: the claim, its evidence and confidence.
    pub answers: Vec<(Dimension, DimensionAnswer)>,
    /// When the reply arrived.
    pub replied: Timestamp,
}

impl Colleague {
    /// One reply's figures, named `name`.
    pub fn of(doc: &Document, name: String) -> Colleague {
        let stages = Dimension::ALL
            .into_iter()
            .filter_map(|d| Some((d, counted(doc.assessment.answer(d)?)?)))
            .collect();
        Colleague {
            name,
            model: doc.id.clone(),
            invitation: doc
                .invitation
                .as_ref()
                .map(|i| i.id.clone())
                .unwrap_or_default(),
            stages,
            overall: outcome(&doc.assessment).stage,
            answers: Dimension::ALL
                .into_iter()
                .filter_map(|d| {
                    let a = doc.assessment.answer(d)?;
                    a.stage.map(|_| (d, a.clone()))
                })
                .collect(),
            replied: arrived(doc),
        }
    }

    /// The answer given for a dimension, if answered.
    pub fn answer(&self, dimension: Dimension) -> Option<&DimensionAnswer> {
        self.answers
            .iter()
            .find(|(d, _)| *d == dimension)
            .map(|(_, a)| a)
    }

    /// The stage a dimension counts as, if answered.
    pub fn stage(&self, dimension: Dimension) -> Option<MaturityStage> {
        self.stages
            .iter()
            .find(|(d, _)| *d == dimension)
            .map(|(_, s)| *s)
    }
}

/// One client in the cohort: a company, with every colleague who replied.
#[derive(Clone, Debug, PartialEq)]
pub struct Client {
    /// The company compared case- and space-insensitively ([`company_key`]).
    pub key: String,
    /// The company as the first reply names it.
    pub name: String,
    /// The replies, in the order they arrived.
    pub colleagues: Vec<Colleague>,
    /// Each dimension any colleague answered: the median of their stages (0–4; a half when
    /// two middle answers differ).
    pub scores: Vec<(Dimension, f64)>,
}

impl Client {
    /// A client of one reply, read from their model's assessment.
    pub fn of(doc: &Document) -> Client {
        Client::from_colleagues(
            company_key(doc.display_name()),
            doc.display_name().to_string(),
            vec![Colleague::of(doc, respondent(doc, 0))],
        )
    }

    fn from_colleagues(key: String, name: String, colleagues: Vec<Colleague>) -> Client {
        let scores = Dimension::ALL
            .into_iter()
            .filter_map(|d| {
                let mut v: Vec<f64> = colleagues
                    .iter()
                    .filter_map(|c| c.stage(d).map(|s| s.index() as f64))
                    .collect();
                v.sort_by(f64::total_cmp);
                Some((d, median(&v)?))
            })
            .collect();
        Client {
            key,
            name,
            colleagues,
            scores,
        }
    }

    pub fn score(&self, dimension: Dimension) -> Option<f64> {
        self.scores
            .iter()
            .find(|(d, _)| *d == dimension)
            .map(|(_, s)| *s)
    }

    /// The client's overall stage: the assessment's rule applied to the client's position on
    /// each dimension (see [`Overall`]); None until a dimension is answered.
    pub fn stage(&self) -> Option<MaturityStage> {
        self.overall().map(|o| o.stage)
    }

    /// The lowest and highest stage the colleagues gave a dimension, and how many answered it.
    pub fn range(&self, dimension: Dimension) -> Option<(MaturityStage, MaturityStage, usize)> {
        let stages: Vec<MaturityStage> = self
            .colleagues
            .iter()
            .filter_map(|c| c.stage(dimension))
            .collect();
        Some((*stages.iter().min()?, *stages.iter().max()?, stages.len()))
    }

    /// When the first and the latest reply arrived.
    pub fn replied(&self) -> (Timestamp, Timestamp) {
        let dates = self.colleagues.iter().map(|c| c.replied);
        (
            dates.clone().min().unwrap_or_default(),
            dates.max().unwrap_or_default(),
        )
    }

    /// Whether any reply answers `invitation`.
    pub fn answers(&self, invitation: &str) -> bool {
        self.colleagues.iter().any(|c| c.invitation == invitation)
    }
}

/// A company name compared case- and space-insensitively: lowercase, with no whitespace.
pub fn company_key(company: &str) -> String {
    company
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The company a reply is from: its invitation's prospect, or else the model's name.
fn company_of(doc: &Document) -> &str {
    match &doc.invitation {
        Some(i) if !i.prospect.trim().is_empty() => i.prospect.trim(),
        _ => doc.display_name(),
    }
}

/// The respondent's name, or "Colleague N" for the reply at `position` (from 0) in arrival order.
fn respondent(doc: &Document, position: usize) -> String {
    match doc.respondent.trim() {
        "" => format!("Colleague {}", position + 1),
        name => name.to_string(),
    }
}

/// When a reply arrived: when it was received here, or else when it was last changed.
fn arrived(doc: &Document) -> Timestamp {
    doc.received_at.unwrap_or(doc.updated_at)
}

/// The replies grouped into clients, one per company, by company name (case-insensitive).
pub fn clients(replies: &[Document]) -> Vec<Client> {
    let mut order: Vec<&Document> = replies.iter().collect();
    order.sort_by(|a, b| arrived(a).cmp(&arrived(b)).then_with(|| a.id.cmp(&b.id)));
    let mut groups: Vec<(String, String, Vec<&Document>)> = Vec::new();
    for doc in order {
        let key = company_key(company_of(doc));
        match groups.iter_mut().find(|(k, _, _)| *k == key) {
            Some((_, _, docs)) => docs.push(doc),
            None => groups.push((key, company_of(doc).to_string(), vec![doc])),
        }
    }
    let mut out: Vec<Client> = groups
        .into_iter()
        .map(|(key, name, docs)| {
            let mut colleagues: Vec<Colleague> = Vec::new();
            for (i, doc) in docs.into_iter().enumerate() {
                let mut name = respondent(doc, i);
                // Two colleagues giving the same name are still told apart.
                let same = colleagues.iter().filter(|c| c.name == name).count();
                if same > 0 {
                    name = format!("{name} ({})", same + 1);
                }
                colleagues.push(Colleague::of(doc, name));
            }
            Client::from_colleagues(key, name, colleagues)
        })
        .collect();
    out.sort_by_key(|c| c.name.to_lowercase());
    out
}

/// Where a client sits against the cohort's median on one dimension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    Below,
    AtMedian,
    Above,
}

/// The cohort's figures for one dimension, over the clients who answered it.
#[derive(Clone, Debug, PartialEq)]
pub struct Spread {
    pub dimension: Dimension,
    /// How many clients answered it.
    pub answered: usize,
    pub median: f64,
    pub lowest: f64,
    pub highest: f64,
    /// The middle half: first and third quartiles (medians of the lower and upper halves).
    pub lower_quartile: f64,
    pub upper_quartile: f64,
}

impl Spread {
    /// Where a score sits against this dimension's median.
    pub fn position(&self, score: f64) -> Position {
        if (score - self.median).abs() < 1e-9 {
            Position::AtMedian
        } else if score < self.median {
            Position::Below
        } else {
            Position::Above
        }
    }
}

/// The median of sorted values; None when there are none.
pub fn median(sorted: &[f64]) -> Option<f64> {
    let n = sorted.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(sorted[n / 2]),
        _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) / 2.0),
    }
}

/// Median and spread per dimension, in questionnaire order; dimensions no client answered are
/// left out.
pub fn spreads(clients: &[Client]) -> Vec<Spread> {
    Dimension::ALL
        .into_iter()
        .filter_map(|dimension| {
            let mut values: Vec<f64> = clients.iter().filter_map(|c| c.score(dimension)).collect();
            values.sort_by(f64::total_cmp);
            let n = values.len();
            let med = median(&values)?;
            // Tukey's hinges: the halves include the middle value when the count is odd.
            let half = n.div_ceil(2);
            let lower = median(&values[..half]).unwrap_or(med);
            let upper = median(&values[n - half..]).unwrap_or(med);
            Some(Spread {
                dimension,
                answered: n,
                median: med,
                lowest: values[0],
                highest: values[n - 1],
                lower_quartile: lower,
                upper_quartile: upper,
            })
        })
        .collect()
}

/// Where one client sits on one dimension against the median of the other clients.
#[derive(Clone, Debug, PartialEq)]
pub struct Standing {
    pub dimension: Dimension,
    /// The client's own position.
    pub own: f64,
    /// The others' median, and where the client sits against it; None when no other client
    /// answered the dimension.
    pub against: Option<(f64, Position)>,
}

/// The client `key` against everyone else, for each dimension the client answered.
pub fn standings(clients: &[Client], key: &str) -> Vec<Standing> {
    let Some(me) = clients.iter().find(|c| c.key == key) else {
        return Vec::new();
    };
    let others: Vec<Client> = clients.iter().filter(|c| c.key != key).cloned().collect();
    let figures = spreads(&others);
    me.scores
        .iter()
        .map(|(d, own)| Standing {
            dimension: *d,
            own: *own,
            against: figures
                .iter()
                .find(|s| s.dimension == *d)
                .map(|s| (s.median, s.position(*own))),
        })
        .collect()
}
