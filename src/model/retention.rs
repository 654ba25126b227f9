//! The retention rule: after a set age, the free text the programme chooses
//! is purged ("less data, less risk"), while counts, ranks, statuses, dates
//! and titles stay, so the roll-up and the follow-up of actions still work.
//!
//! A purge is one [`Change`] (a batch), applied through the editor like any
//! other, and it adds a [`Purge`] record to the session; the audit log says
//! what was purged, never the text itself.
//!
//! Age is the session's date for the session's own text (context, problem
//! descriptions, reasons, risks, lessons) and the note's own date for a
//! progress note: monitoring goes on for months after the workshop, and a
//! note written last week is not old because its session is.

use chrono::NaiveDate;

use super::change::{Change, Field, ListOp};
use super::safeguards::{Purge, PurgeField};
use super::session::{Lessons, Session, TieBreakHow, Timestamp};

/// What one purge takes out of a session: how many pieces of text per field.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Purged {
    pub counts: Vec<(PurgeField, usize)>,
}

impl Purged {
    pub fn is_empty(&self) -> bool {
        self.counts.iter().all(|(_, n)| *n == 0)
    }

    /// "context notes, 3 progress-note texts", in English: what `baraza
    /// retention` says (its messages are not in the catalogue yet).
    pub fn describe(&self) -> String {
        let label = |field: &PurgeField| crate::i18n::Lang::En.t(field.msg_id());
        let parts: Vec<String> = self
            .counts
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(field, n)| match field {
                PurgeField::Context | PurgeField::Lessons => label(field).to_string(),
                _ => format!("{n} {}", label(field)),
            })
            .collect();
        parts.join(", ")
    }
}

/// The change that purges `fields` from `s` for text from before `before`,
/// with what it takes out; `None` when there is nothing to purge (so an
/// unchanged session is not written again).
pub fn purge(
    s: &Session,
    fields: &[PurgeField],
    before: NaiveDate,
    at: Timestamp,
) -> Option<(Change, Purged)> {
    let session_old = s.date < before;
    let mut changes = Vec::new();
    let mut purged = Purged::default();
    let mut fields: Vec<PurgeField> = fields.to_vec();
    fields.sort();
    fields.dedup();
    for field in &fields {
        let n = match field {
            PurgeField::Context => {
                let n = usize::from(session_old && !s.context.trim().is_empty());
                if n > 0 {
                    changes.push(Change::Set(Field::Context(String::new())));
                }
                n
            }
            PurgeField::ProgressNotes => {
                let mut n = 0;
                for action in &s.actions {
                    let old = |note: &&super::session::ProgressNote| {
                        note.date < before && !note.text.is_empty()
                    };
                    let count = action.progress.iter().filter(old).count();
                    if count > 0 {
                        let mut a = action.clone();
                        for note in &mut a.progress {
                            if note.date < before {
                                note.text.clear();
                            }
                        }
                        changes.push(Change::Action(ListOp::Update(a)));
                        n += count;
                    }
                }
                n
            }
            PurgeField::Descriptions if session_old => {
                let mut n = 0;
                for p in s.problems.iter().filter(|p| !p.description.is_empty()) {
                    let mut p = p.clone();
                    p.description.clear();
                    changes.push(Change::Problem(ListOp::Update(p)));
                    n += 1;
                }
                n
            }
            PurgeField::Reasons if session_old => {
                let mut n = 0;
                for d in s.ranking.pairs.iter().filter(|d| !d.reason.is_empty()) {
                    let mut cleared = d.clone();
                    cleared.reason.clear();
                    changes.push(Change::Pair {
                        pair: d.pair,
                        group: d.group,
                        decision: Some(cleared),
                    });
                    n += 1;
                }
                for t in &s.ranking.tie_breaks {
                    if let TieBreakHow::Decision { reason } = &t.how
                        && !reason.is_empty()
                    {
                        let mut t = t.clone();
                        t.how = TieBreakHow::Decision {
                            reason: String::new(),
                        };
                        changes.push(Change::TieBreak(ListOp::Update(t)));
                        n += 1;
                    }
                }
                n
            }
            PurgeField::Risks if session_old => {
                let mut n = 0;
                for a in s.actions.iter().filter(|a| !a.risks.is_empty()) {
                    // Progress notes of the same action may have been
                    // cleared above: start from that version.
                    let mut a = latest(&changes, a.id).unwrap_or_else(|| a.clone());
                    a.risks.clear();
                    changes.push(Change::Action(ListOp::Update(a)));
                    n += 1;
                }
                n
            }
            PurgeField::Lessons => {
                let n = usize::from(session_old && s.lessons != Lessons::default());
                if n > 0 {
                    changes.push(Change::Set(Field::Lessons(Lessons::default())));
                }
                n
            }
            PurgeField::Descriptions | PurgeField::Reasons | PurgeField::Risks => 0,
        };
        purged.counts.push((*field, n));
    }
    if purged.is_empty() {
        return None;
    }
    let record = Purge {
        at,
        before,
        fields: purged
            .counts
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(f, _)| *f)
            .collect(),
    };
    let label = crate::i18n::Msg::new("change-retention-purged").with("what", record.msg());
    let mut purges = s.purges.clone();
    purges.push(record);
    changes.push(Change::Set(Field::Purges(purges)));
    Some((Change::Batch { label, changes }, purged))
}

/// The newest version of action `id` among `changes` already built.
fn latest(changes: &[Change], id: super::session::ActionId) -> Option<super::session::Action> {
    changes.iter().rev().find_map(|c| match c {
        Change::Action(ListOp::Update(a)) if a.id == id => Some(a.clone()),
        _ => None,
    })
}
