//! Session files as text: RON out, RON in with the schema version checked and
//! older versions migrated.

use ron::ser::PrettyConfig;
use serde::Deserialize;

use crate::model::legacy::V1;
use crate::model::{SCHEMA_VERSION, Session};

/// The first line of every session file, for whoever opens it in an editor.
const HEADER: &str =
    "// baraza session file: plain RON, one workshop. Check it with `baraza check FILE`.\n";

/// Renders a session as pretty RON.
pub fn encode(session: &Session) -> String {
    // escape_strings(false) keeps every script readable in the file: the
    // escaping form writes Devanagari vowel signs and emoji joiners as \u{..}.
    let config = PrettyConfig::new()
        .struct_names(false)
        .escape_strings(false)
        .indentor("  ".to_string());
    let body = ron::ser::to_string_pretty(session, config)
        .expect("a session always serialises: it holds only strings, numbers and dates");
    format!("{HEADER}{body}\n")
}

/// Why a file could not be read as a session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not valid RON, or not a session: with the 1-based line and column.
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// Written by a newer baraza.
    Newer { version: u32 },
    /// A version no baraza ever wrote.
    Unknown { version: u32 },
}

/// A decoded session, and the version it was migrated from if it was older.
#[derive(Debug)]
pub struct Decoded {
    pub session: Session,
    pub migrated_from: Option<u32>,
}

/// Just the version, read before anything else so a newer file is refused
/// before its unknown fields produce a confusing error.
#[derive(Deserialize)]
#[serde(rename = "Session")]
struct VersionProbe {
    version: u32,
}

pub fn decode(text: &str) -> Result<Decoded, DecodeError> {
    let probe: VersionProbe = ron::from_str(text).map_err(syntax)?;
    match probe.version {
        SCHEMA_VERSION => Ok(Decoded {
            session: ron::from_str(text).map_err(syntax)?,
            migrated_from: None,
        }),
        v if v > SCHEMA_VERSION => Err(DecodeError::Newer { version: v }),
        1 => Ok(Decoded {
            session: ron::from_str::<V1>(text).map_err(syntax)?.into(),
            migrated_from: Some(1),
        }),
        v => Err(DecodeError::Unknown { version: v }),
    }
}

fn syntax(e: ron::error::SpannedError) -> DecodeError {
    DecodeError::Syntax {
        line: e.span.start.line,
        column: e.span.start.col,
        message: e.code.to_string(),
    }
}
