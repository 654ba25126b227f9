//! Reports: a session as Markdown, CSV tables or one self-contained HTML page,
//! and the programme roll-up across many sessions.
//!
//! Everything here is a pure function of the session(s) and the options: no
//! terminal code, no files (`crate::store::reports` writes them, for the
//! command line and for `x` in the program).
//! Markdown and HTML are rendered from one [`doc::Doc`], so they carry the
//! same content.
//!
//! In CSV tables (session and roll-up), cells that would start a formula
//! (`=`, `+`, `-`, `@`, a tab or a carriage return first) get a leading `'`,
//! so a spreadsheet shows what was typed instead of running it; our own
//! counts, ranks, scores and dates never start that way and are left as they
//! are ([`csv::guard`]).
//!
//! # Anonymised copies
//!
//! With [`Options::anonymize`], a report is built from [`anonymize`]d data,
//! for sharing beyond the partners who were in the room. It **drops**:
//!
//! - the facilitators' names;
//! - the context and conflict-analysis notes;
//! - problem descriptions (free text that may tell whose case it was);
//! - in actions: the responsible person, replaced by the kind of actor it
//!   names (Community, Police, Local authority, CSO, or "Other"), the
//!   partners, and the risks and conflict-sensitivity notes;
//! - the text of progress notes (their dates stay);
//! - the reasons given for pairwise decisions and for facilitator tie-break
//!   decisions;
//! - the lessons (what worked, what did not, lessons, improvements);
//! - the reasons given for score-card scores, and the notes of replies to
//!   escalations (their dates and kinds stay).
//!
//! It **merges** the groups of fewer people than [`Options::min_group`] (5
//! by default) into «Other groups», so that no one's vote can be told from
//! a small group's count ([`small_groups`]).
//!
//! It **keeps** the session title, community and date, the groups and their
//! head counts, problem titles, categories, places, causes and effects, every
//! count, score and ranking, the shortlist, the action activities,
//! resources, indicators, dates and statuses, the score card's indicators,
//! provider and scores, the where-and-when grid (places are named as problem
//! places are), and to whom each problem was escalated and when. The audit log is never part of
//! any report. Free text that is kept (titles, causes, activities) is the
//! room's own words: write no names there.

pub mod csv;
pub mod doc;
pub mod html;
pub mod ledger;
pub mod markdown;
pub mod rollup;
pub mod score_card;
mod sections;
pub mod similar;
pub mod small_groups;
pub mod where_when;

use chrono::NaiveDate;

use crate::model::{Session, TieBreakHow};

pub use sections::document;

/// What a session report is built with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// The day overdue actions are counted from.
    pub today: NaiveDate,
    /// Build from [`anonymize`]d data.
    pub anonymize: bool,
    /// In anonymised copies, groups of fewer people than this are merged.
    pub min_group: u32,
    /// The session is encrypted at rest: the report says plainly that it is
    /// not.
    pub from_encrypted: bool,
    /// The language the report speaks: the session's room language unless
    /// `export --lang` says otherwise (see [`Options::speaking`]).
    pub lang: crate::i18n::Lang,
}

impl Options {
    pub fn new(today: NaiveDate) -> Options {
        Options {
            today,
            anonymize: false,
            min_group: small_groups::DEFAULT_MIN_GROUP,
            from_encrypted: false,
            lang: crate::i18n::Lang::En,
        }
    }

    /// Speaking `lang`.
    pub fn speaking(self, lang: crate::i18n::Lang) -> Options {
        Options { lang, ..self }
    }

    pub fn anonymized(self) -> Options {
        Options {
            anonymize: true,
            ..self
        }
    }
}

/// The kinds of actor an action can be led by, for roll-up rates and for
/// anonymised copies, in the order reports list them.
pub const RESPONSIBLE_TYPES: [&str; 5] = ["Community", "Police", "Local authority", "CSO", "Other"];

/// The kind of actor a free-text "responsible" names: `Police` for
/// "Police (OCS Kilimani)", `Local authority` for "Chief's office", …, and
/// `Other` when no known word appears. Matching is by whole words, any case.
pub fn responsible_type(responsible: &str) -> &'static str {
    let words = similar::words(responsible);
    let has = |w: &str| words.iter().any(|x| x == w);
    let phrase = |a: &str, b: &str| words.windows(2).any(|p| p[0] == a && p[1] == b);
    if [
        "police",
        "policeman",
        "policewoman",
        "ocs",
        "polisi",
        "officer",
    ]
    .iter()
    .any(|w| has(w))
    {
        "Police"
    } else if phrase("local", "authority")
        || phrase("local", "government")
        || has("county")
        || has("chief")
        || has("chiefs")
        || has("ward")
        || has("administrator")
        || has("government")
        || has("municipality")
        || has("council")
    {
        "Local authority"
    } else if has("cso") || has("csos") || has("ngo") || has("ngos") || phrase("civil", "society") {
        "CSO"
    } else if has("community")
        || has("residents")
        || has("youth")
        || has("elders")
        || has("women")
        || has("committee")
        || has("group")
        || has("jamii")
    {
        "Community"
    } else {
        "Other"
    }
}

/// A copy of `s` with the names and free-text notes that might identify
/// people removed and the small groups merged, with the default threshold
/// (the list is in the module documentation).
pub fn anonymize(s: &Session) -> Session {
    anonymize_with(s, small_groups::DEFAULT_MIN_GROUP).0
}

/// [`anonymize`] with groups of fewer than `min_group` people merged, and
/// what was merged.
pub fn anonymize_with(s: &Session, min_group: u32) -> (Session, Option<small_groups::Merged>) {
    let mut a = s.clone();
    a.facilitators.clear();
    a.context.clear();
    for p in &mut a.problems {
        p.description.clear();
    }
    for action in &mut a.actions {
        action.responsible = if action.responsible.trim().is_empty() {
            String::new()
        } else {
            responsible_type(&action.responsible).to_string()
        };
        action.partners.clear();
        action.risks.clear();
        for note in &mut action.progress {
            note.text.clear();
        }
    }
    for d in &mut a.ranking.pairs {
        d.reason.clear();
    }
    for t in &mut a.ranking.tie_breaks {
        if let TieBreakHow::Decision { reason } = &mut t.how {
            reason.clear();
        }
    }
    a.lessons = Default::default();
    for sc in &mut a.score_card.scores {
        sc.reason.clear();
    }
    for e in &mut a.escalations {
        for r in &mut e.replies {
            r.note.clear();
        }
    }
    a.audit.clear();
    // Where copies went says nothing the reader of a copy needs.
    a.exports.clear();
    let merged = small_groups::merge_small_groups(&mut a, min_group);
    (a, merged)
}

/// `s`, or its anonymised copy, as `options` ask.
pub(crate) fn prepared<'a>(s: &'a Session, options: &Options) -> std::borrow::Cow<'a, Session> {
    if options.anonymize {
        std::borrow::Cow::Owned(anonymize_with(s, options.min_group).0)
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn responsible_types_are_recognised_by_word() {
        assert_eq!(responsible_type("Police"), "Police");
        assert_eq!(responsible_type("Sgt. Wanjiru (OCS Kilimani)"), "Police");
        assert_eq!(responsible_type("Local authority"), "Local authority");
        assert_eq!(responsible_type("Chief Otieno"), "Local authority");
        assert_eq!(responsible_type("County water office"), "Local authority");
        assert_eq!(responsible_type("CSO"), "CSO");
        assert_eq!(responsible_type("Pamoja NGO"), "CSO");
        assert_eq!(responsible_type("Community"), "Community");
        assert_eq!(responsible_type("youth group"), "Community");
        assert_eq!(responsible_type("Mama Rehema"), "Other");
        assert_eq!(responsible_type(""), "Other");
        assert_eq!(responsible_type("Policewoman Achieng"), "Police");
        // Whole words only: "Wardah" is a name, not a ward office.
        assert_eq!(responsible_type("Wardah Ali"), "Other");
    }
}
