//! Do-no-harm records a session keeps about itself: which reports were made
//! of it (the export log) and which free text was purged under the
//! programme's retention rule. The consent note is plain text on the session
//! (`Session::consent`), limited by [`super::rules::consent_note`].
//!
//! These are plain values and the checks [`Session::validate`] runs on them;
//! they import nothing from the rest of the model, so the session can hold
//! them without the two importing each other.
//!
//! [`Session::validate`]: crate::model::Session::validate

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

/// The formats a report of one session is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ExportFormat {
    Markdown,
    Html,
    Csv,
}

impl ExportFormat {
    pub fn label(self) -> &'static str {
        match self {
            ExportFormat::Markdown => "Markdown",
            ExportFormat::Html => "HTML",
            ExportFormat::Csv => "CSV",
        }
    }
}

/// One report written of the session: what, when, anonymised or not, and
/// where it went. Kept so the programme can answer "who has a copy of what
/// this room said?".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportRecord {
    pub at: DateTime<FixedOffset>,
    pub format: ExportFormat,
    /// The CSV tables written, by name (CSV only).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tables: Vec<String>,
    pub anonymized: bool,
    /// In an anonymised copy, groups of fewer people than this were merged.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_group: Option<u32>,
    /// The files written, or `standard output`.
    pub to: Vec<String>,
}

impl ExportRecord {
    /// "Markdown report, anonymised, to 2026-06-06-kibera-anon.md"; for many
    /// CSV tables, "CSV report (9 tables), to …-session.csv and 8 more".
    pub fn describe(&self) -> String {
        let mut what = format!("{} report", self.format.label());
        match self.tables.as_slice() {
            [] => {}
            [one] => what.push_str(&format!(" ({one})")),
            many => what.push_str(&format!(" ({} tables)", many.len())),
        }
        if self.anonymized {
            what.push_str(", anonymised");
        }
        // The file name says which copy; the folder is the laptop's.
        let name = |t: &String| {
            std::path::Path::new(t)
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or(t)
                .to_string()
        };
        let to = match self.to.as_slice() {
            [] => String::new(),
            [one] => name(one),
            [first, rest @ ..] => format!("{} and {} more", name(first), rest.len()),
        };
        format!("{what}, to {to}")
    }
}

/// Free text the retention rule can purge. Counts, ranks, statuses, dates and
/// titles always stay.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum PurgeField {
    /// The context and conflict-analysis notes.
    Context,
    /// The text of progress notes (their dates stay).
    ProgressNotes,
    /// Problem descriptions.
    Descriptions,
    /// Reasons given for pairwise decisions and facilitator tie-breaks.
    Reasons,
    /// Risks and conflict-sensitivity notes of actions.
    Risks,
    /// What worked, what did not, lessons, improvements.
    Lessons,
}

impl PurgeField {
    pub const ALL: [PurgeField; 6] = [
        PurgeField::Context,
        PurgeField::ProgressNotes,
        PurgeField::Descriptions,
        PurgeField::Reasons,
        PurgeField::Risks,
        PurgeField::Lessons,
    ];

    pub fn label(self) -> &'static str {
        match self {
            PurgeField::Context => "context notes",
            PurgeField::ProgressNotes => "progress-note texts",
            PurgeField::Descriptions => "problem descriptions",
            PurgeField::Reasons => "decision reasons",
            PurgeField::Risks => "action risks",
            PurgeField::Lessons => "lessons",
        }
    }
}

/// One purge under the retention rule: which free text, older than which day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Purge {
    pub at: DateTime<FixedOffset>,
    /// Text from before this day was purged: the session's own text when the
    /// session is older, a progress note's text when the note is.
    pub before: NaiveDate,
    pub fields: Vec<PurgeField>,
}

impl Purge {
    /// "context notes and progress-note texts from before 2026-01-01".
    pub fn describe(&self) -> String {
        let labels: Vec<&str> = self.fields.iter().map(|f| f.label()).collect();
        let list = match labels.as_slice() {
            [] => String::new(),
            [one] => one.to_string(),
            [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
        };
        format!("{list} from before {}", self.before)
    }
}

/// What does not fit in the export log and the purge records; each finding
/// is one line for `Session::validate`.
pub fn findings(exports: &[ExportRecord], purges: &[Purge]) -> Vec<String> {
    let mut out = Vec::new();
    for (i, e) in exports.iter().enumerate() {
        let n = i + 1;
        if e.to.is_empty() || e.to.iter().any(|t| t.trim().is_empty()) {
            out.push(format!("export log entry {n} does not say where it went"));
        }
        if e.format != ExportFormat::Csv && !e.tables.is_empty() {
            out.push(format!(
                "export log entry {n} names CSV tables for a {} report",
                e.format.label()
            ));
        }
        if !e.anonymized && e.min_group.is_some() {
            out.push(format!(
                "export log entry {n} gives a smallest group for a copy that is not anonymised"
            ));
        }
    }
    for (i, p) in purges.iter().enumerate() {
        let n = i + 1;
        if p.fields.is_empty() {
            out.push(format!("purge record {n} names no field"));
        }
        if p.fields
            .iter()
            .enumerate()
            .any(|(j, f)| p.fields[..j].contains(f))
        {
            out.push(format!("purge record {n} names a field twice"));
        }
        if p.before > p.at.date_naive() {
            out.push(format!(
                "purge record {n} purged text from before {}, after the day it was made",
                p.before
            ));
        }
    }
    out
}
