//! The consultant's invitations (`mos.invitations`): the details they send with each, every
//! invitation made in this browser, and the ones put away in the archive. Every change to the
//! list is a plain function here, so it is tested natively; the app state stores the result.

use crate::domain::invitation::Invitation;
use crate::domain::Timestamp;

/// The consultant's invitations and their own details, one record.
pub const INVITATIONS_KEY: &str = "mos.invitations";
/// The format name of that record.
pub const INVITATIONS_FORMAT: &str = "marketing-os-invitations";
/// What a copy's label ends with.
const COPY_MARK: &str = " (copy)";

/// A consultant's invitations: the details they send with each, and every invitation made in
/// this browser (replies are matched to these).
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct InvitationBook {
    pub format: String,
    pub schema: u64,
    /// The sender's name, organisation, contact, accent and logo, remembered for the next one.
    pub me: Invitation,
    /// Newest first.
    pub sent: Vec<Invitation>,
    /// Invitations put away: out of the main list, replies still matched, restorable.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub archived: Vec<Invitation>,
}

impl InvitationBook {
    /// Whether an invitation was made in this browser (archived ones included).
    pub fn made_here(&self, id: &str) -> bool {
        self.find(id).is_some()
    }

    /// The invitation with this id, in the list or the archive.
    pub fn find(&self, id: &str) -> Option<&Invitation> {
        self.sent.iter().chain(&self.archived).find(|i| i.id == id)
    }

    /// Records a new invitation first in the list, and the sender's details for next time. A
    /// second invitation to a company already in the list is labelled "<company> (2)", so the
    /// two can be told apart from the start.
    pub fn add(&mut self, mut inv: Invitation) {
        self.remember_sender(&inv);
        if inv.label.trim().is_empty() {
            inv.label = self.distinct_label(&inv.id, &inv.prospect);
        }
        self.sent.retain(|i| i.id != inv.id);
        self.archived.retain(|i| i.id != inv.id);
        self.sent.insert(0, inv);
    }

    fn remember_sender(&mut self, inv: &Invitation) {
        self.me = Invitation {
            consultant: inv.consultant.clone(),
            organisation: inv.organisation.clone(),
            contact: inv.contact.clone(),
            accent: inv.accent.clone(),
            logo: inv.logo.clone(),
            ..Invitation::default()
        };
    }

    /// Replaces the invitation with the same id where it is, keeping its id and the time it
    /// was made (replies keep matching it), and noting `now` as the time it was edited when
    /// what the prospect sees changed. A copy's "(copy)" label, left as it was while the
    /// company changed, gives way to the new company (told apart as [`add`](Self::add) does).
    /// False when there is none.
    pub fn edit(&mut self, mut inv: Invitation, now: Timestamp) -> bool {
        let Some(old) = self.find(&inv.id).cloned() else {
            return false;
        };
        let retargeted = inv.prospect.trim() != old.prospect.trim();
        if retargeted && inv.label.trim() == old.label.trim() && old.label.ends_with(COPY_MARK) {
            inv.label = self.distinct_label(&inv.id, &inv.prospect);
        }
        if inv.label.trim() == inv.prospect.trim() {
            inv.label.clear();
        }
        let seen_before = Invitation {
            created_at: old.created_at,
            ..old.for_prospect()
        };
        let seen_now = Invitation {
            created_at: old.created_at,
            ..inv.for_prospect()
        };
        let edited = Invitation {
            created_at: old.created_at,
            edited_at: if seen_now == seen_before {
                old.edited_at
            } else {
                Some(now)
            },
            ..inv
        };
        if let Some(slot) = self
            .sent
            .iter_mut()
            .chain(self.archived.iter_mut())
            .find(|i| i.id == edited.id)
        {
            *slot = edited.clone();
        }
        self.remember_sender(&edited);
        true
    }

    /// The label for an invitation to `prospect`: none (the company names it), or
    /// "<company> (n)" when other invitations to that company are kept.
    fn distinct_label(&self, id: &str, prospect: &str) -> String {
        let same = |i: &&Invitation| i.id != id && i.prospect.trim() == prospect.trim();
        let n = self.sent.iter().chain(&self.archived).filter(same).count();
        if n > 0 {
            let company = match prospect.trim() {
                "" => "Untitled invitation",
                p => p,
            };
            format!("{company} ({})", n + 1)
        } else {
            String::new()
        }
    }

    /// Sets the label the list shows (empty: the prospect's company).
    pub fn relabel(&mut self, id: &str, label: &str) -> bool {
        let found = self
            .sent
            .iter_mut()
            .chain(self.archived.iter_mut())
            .find(|i| i.id == id);
        match found {
            Some(inv) => {
                let label = label.trim();
                inv.label = if label == inv.prospect.trim() {
                    String::new()
                } else {
                    label
                        .chars()
                        .take(crate::domain::invitation::MAX_SHORT)
                        .collect()
                };
                true
            }
            None => false,
        }
    }

    /// A copy of invitation `id` under `new_id`, made `now`, first in the list; its label says
    /// it is a copy.
    pub fn duplicate(&mut self, id: &str, new_id: &str, now: Timestamp) -> Option<Invitation> {
        let original = self.find(id)?.clone();
        let copy = Invitation {
            id: new_id.to_string(),
            created_at: now,
            label: format!("{}{COPY_MARK}", original.title()),
            edited_at: None,
            ..original
        }
        .tidied();
        self.sent.insert(0, copy.clone());
        Some(copy)
    }

    /// Moves invitation `id` to the archive.
    pub fn archive(&mut self, id: &str) -> bool {
        let Some(at) = self.sent.iter().position(|i| i.id == id) else {
            return false;
        };
        let inv = self.sent.remove(at);
        self.archived.insert(0, inv);
        true
    }

    /// Moves invitation `id` back from the archive, in order of when it was made.
    pub fn restore(&mut self, id: &str) -> bool {
        let Some(at) = self.archived.iter().position(|i| i.id == id) else {
            return false;
        };
        let inv = self.archived.remove(at);
        let place = self
            .sent
            .iter()
            .position(|i| i.created_at < inv.created_at)
            .unwrap_or(self.sent.len());
        self.sent.insert(place, inv);
        true
    }

    /// Forgets invitation `id` for good (its replies stay in the workspace).
    pub fn delete(&mut self, id: &str) -> bool {
        let before = self.sent.len() + self.archived.len();
        self.sent.retain(|i| i.id != id);
        self.archived.retain(|i| i.id != id);
        before != self.sent.len() + self.archived.len()
    }

    /// The record's stored text.
    pub fn encode(&self) -> String {
        serde_json::to_string(&InvitationBook {
            format: INVITATIONS_FORMAT.into(),
            schema: super::SCHEMA_VERSION,
            ..self.clone()
        })
        .unwrap_or_default()
    }

    /// Reads the stored record; anything else is an error the caller reports and backs up.
    pub fn load(text: &str) -> Result<InvitationBook, super::LoadError> {
        let book: InvitationBook =
            serde_json::from_str(text).map_err(|e| super::LoadError::Invalid {
                path: "invitations".into(),
                detail: e.to_string(),
            })?;
        if book.format != INVITATIONS_FORMAT {
            return Err(super::LoadError::WrongFormat {
                found: Some(book.format),
            });
        }
        if book.schema > super::SCHEMA_VERSION {
            return Err(super::LoadError::NewerVersion {
                found: book.schema,
                supported: super::SCHEMA_VERSION,
            });
        }
        Ok(InvitationBook {
            me: book.me.tidied(),
            sent: book.sent.into_iter().map(Invitation::tidied).collect(),
            archived: book.archived.into_iter().map(Invitation::tidied).collect(),
            ..book
        })
    }
}
