//! Do-no-harm records a session keeps about itself: which reports were made
//! of it (the export log) and which free text was purged under the
//! programme's retention rule. The consent note is plain text on the session
//! (`Session::consent`), limited by [`super::rules::consent_note`].
//!
//! These are plain values and the checks [`Session::validate`] runs on them;
//! they import nothing from the rest of the model (only the message type),
//! so the session can hold them without the two importing each other.
//!
//! [`Session::validate`]: crate::model::Session::validate

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::i18n::{Arg, Lang, Msg};

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
    /// CSV tables, "CSV report (9 tables), to …-session.csv and 8 more": a
    /// message, so the status line and the reports say it in their
    /// language.
    pub fn msg(&self) -> Msg {
        let format = self.format.label();
        let report = match self.tables.as_slice() {
            [] => Msg::new("record-report").with("format", format),
            [one] => Msg::new("record-report-table")
                .with("format", format)
                .with("table", one),
            many => Msg::new("record-report-tables")
                .with("format", format)
                .with("n", many.len()),
        };
        let report = if self.anonymized {
            Msg::new("record-anonymised").with("report", report)
        } else {
            report
        };
        // The file name says which copy; the folder is the laptop's.
        let name = |t: &String| {
            std::path::Path::new(t)
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or(t)
                .to_string()
        };
        let to: Arg = match self.to.as_slice() {
            [] => String::new().into(),
            [one] => name(one).into(),
            [first, rest @ ..] => Msg::new("record-to-more")
                .with("first", name(first))
                .with("n", rest.len())
                .into(),
        };
        Msg::new("record-export")
            .with("report", report)
            .with("to", to)
    }

    /// [`ExportRecord::msg`] in English, as the CSV tables and the command
    /// line keep it.
    pub fn describe(&self) -> String {
        Lang::En.msg(&self.msg())
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

    /// The field's name in the catalogue.
    pub fn msg_id(self) -> &'static str {
        match self {
            PurgeField::Context => "record-field-context",
            PurgeField::ProgressNotes => "record-field-progress-notes",
            PurgeField::Descriptions => "record-field-descriptions",
            PurgeField::Reasons => "record-field-reasons",
            PurgeField::Risks => "record-field-risks",
            PurgeField::Lessons => "record-field-lessons",
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
    /// "context notes and progress-note texts from before 2026-01-01", as a
    /// message.
    pub fn msg(&self) -> Msg {
        let mut names: Vec<Arg> = self
            .fields
            .iter()
            .map(|f| Msg::new(f.msg_id()).into())
            .collect();
        // "a, b and c": the list up to the last, then the last.
        let fields = match names.pop() {
            None => Arg::from(""),
            Some(last) if names.is_empty() => last,
            Some(last) => Msg::new("record-fields-and")
                .with("rest", names)
                .with("last", last)
                .into(),
        };
        Msg::new("record-purge")
            .with("fields", fields)
            .with("date", self.before.to_string())
    }

    /// [`Purge::msg`] in English, as the CSV tables and the command line
    /// keep it.
    pub fn describe(&self) -> String {
        Lang::En.msg(&self.msg())
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
