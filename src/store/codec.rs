//! Session files as text: RON out, RON in with the schema version checked and
//! older versions migrated.

use ron::ser::PrettyConfig;
use serde::Deserialize;

use super::locate::{self, Step};
use crate::model::legacy::V1;
use crate::model::{SCHEMA_VERSION, Session};

/// The first line of every session file, for whoever opens it in an editor.
const HEADER: &str =
    "// baraza session file: plain RON, one workshop. Check it with `baraza check FILE`.\n";

mod pretty_ron;

/// How session files are written. escape_strings(false) keeps every script
/// readable in the file: the escaping form writes Devanagari vowel signs and
/// emoji joiners as \u{..}. [`pretty_ron`] writes exactly what ron writes
/// with these settings; ron itself is the reference it is tested against.
fn pretty() -> PrettyConfig {
    PrettyConfig::new()
        .struct_names(false)
        .escape_strings(false)
        .indentor("  ".to_string())
}

/// Renders a session as pretty RON.
pub fn encode(session: &Session) -> String {
    // Written straight after the header into one buffer sized for a typical
    // file, so the text is neither copied nor grown from nothing.
    let mut text = Vec::with_capacity(HEADER.len() + size_hint(session));
    encode_to(session, &mut text).expect("writing into memory does not fail");
    String::from_utf8(text).expect("pretty RON of strings is UTF-8")
}

/// What ron's own encoder writes for `session`, with the header and the
/// final line break of [`encode`]: the reference [`encode`] is held to
/// (byte for byte, in the tests), and a way to measure the two side by side.
pub fn encode_with_ron(session: &Session) -> String {
    let mut text = String::with_capacity(HEADER.len() + size_hint(session));
    text.push_str(HEADER);
    ron::ser::to_writer_pretty(&mut text, session, pretty())
        .expect("a session always serialises: it holds only strings, numbers and dates");
    text.push('\n');
    text
}

/// Writes exactly the bytes of [`encode`] into `out` as they are made, in
/// pieces of about 64 KB, with no copy of the whole file in memory (a save
/// streams them to the disk). The error is the writer's own.
pub fn encode_to(session: &Session, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    out.write_all(HEADER.as_bytes())?;
    pretty_ron::to_writer(out, session).map_err(|e| match e {
        pretty_ron::Error::Io(e) => e,
        pretty_ron::Error::Refused(why) => {
            unreachable!(
                "a session always serialises: it holds only strings, numbers and dates ({why})"
            )
        }
    })?;
    out.write_all(b"\n")
}

/// About how many bytes the pretty RON of `session` takes (from files of
/// every size: ~250 bytes a dot with its audit entry, ~1 KB a problem or
/// action), so the text is allocated once in most cases.
fn size_hint(session: &Session) -> usize {
    4096 + 1024 * (session.problems.len() + session.actions.len())
        + 160 * (session.ranking.votes.len() + session.audit.len())
}

/// Why a file could not be read as a session. Every kind says where in the
/// file (1-based line and column).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not valid RON, or not a session.
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// Written by a newer baraza; where its `version` is.
    Newer {
        version: u32,
        line: usize,
        column: usize,
    },
    /// A version no baraza ever wrote.
    Unknown {
        version: u32,
        line: usize,
        column: usize,
    },
}

/// A decoded session, and the version it was migrated from if it was older.
#[derive(Debug)]
pub struct Decoded {
    pub session: Session,
    pub migrated_from: Option<u32>,
    /// The file was sealed (encrypted at rest).
    pub encrypted: bool,
}

/// Just the version, read before anything else so a newer file is refused
/// before its unknown fields produce a confusing error.
#[derive(Deserialize)]
#[serde(rename = "Session")]
struct VersionProbe {
    version: u32,
}

/// The text of a session file, without the byte-order mark that Windows
/// Notepad puts in front of UTF-8.
pub fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

pub fn decode(text: &str) -> Result<Decoded, DecodeError> {
    let text = without_bom(text);
    if let Some(at) = foreign(text) {
        // Not a session at all (a password file, a photo, notes): say so, and
        // never echo what it holds.
        let (line, column) = locate::line_col(text, at);
        return Err(DecodeError::Syntax {
            line,
            column,
            message: "not a baraza session file (a session file starts with `(`)".into(),
        });
    }
    // The one parse a sound file needs: its version read from where baraza
    // writes it, then the session parsed in the shape of that version. Only
    // when that does not give a session of the version it says does the
    // careful path below run (the probe first, so its errors are the ones a
    // damaged or newer file has always got).
    if let Some(decoded) = decode_in_one_parse(text) {
        return Ok(decoded);
    }
    let probe: VersionProbe = ron::from_str(text).map_err(syntax)?;
    let version_at = || locate::locate(text, &[Step::Field("version")]).unwrap_or((1, 1));
    match probe.version {
        SCHEMA_VERSION => Ok(Decoded {
            session: ron::from_str(text).map_err(syntax)?,
            migrated_from: None,
            encrypted: false,
        }),
        v if v > SCHEMA_VERSION => {
            let (line, column) = version_at();
            Err(DecodeError::Newer {
                version: v,
                line,
                column,
            })
        }
        1 => Ok(Decoded {
            session: ron::from_str::<V1>(text).map_err(syntax)?.into(),
            migrated_from: Some(1),
            encrypted: false,
        }),
        v => {
            let (line, column) = version_at();
            Err(DecodeError::Unknown {
                version: v,
                line,
                column,
            })
        }
    }
}

/// A session parsed once, if its version is the first field (as baraza
/// writes it) and the file parses whole as a session of that version.
/// `None` for anything else: the caller then reads it the careful way.
fn decode_in_one_parse(text: &str) -> Option<Decoded> {
    match leading_version(text)? {
        SCHEMA_VERSION => {
            let session: Session = ron::from_str(text).ok()?;
            (session.version == SCHEMA_VERSION).then_some(Decoded {
                session,
                migrated_from: None,
                encrypted: false,
            })
        }
        1 => {
            let old: V1 = ron::from_str(text).ok()?;
            (old.version == 1).then(|| Decoded {
                session: old.into(),
                migrated_from: Some(1),
                encrypted: false,
            })
        }
        _ => None,
    }
}

/// The number after `version:` when it is the first field of the session:
/// comments, blanks and `#![...]` attributes, `(` or `Session(`, then
/// `version: N`. A glance at the file's first line, not a parse; the parse
/// that follows checks the whole file.
fn leading_version(text: &str) -> Option<u32> {
    let start = skip_preamble(text).ok()?;
    let rest = text[start..]
        .strip_prefix("Session")
        .unwrap_or(&text[start..]);
    let rest = rest.trim_start().strip_prefix('(')?;
    let rest = rest.trim_start().strip_prefix("version")?;
    let rest = rest.trim_start().strip_prefix(':')?.trim_start();
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    rest[..digits].parse().ok()
}

/// The byte offset of the first character after the blanks, comments and
/// attributes that may come before a session; `Err` with where one starts
/// that is never closed.
fn skip_preamble(text: &str) -> Result<usize, usize> {
    let b = text.as_bytes();
    let mut i = 0;
    loop {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        if b[i..].starts_with(b"//") {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if b[i..].starts_with(b"/*") {
            i += 2 + text[i + 2..].find("*/").ok_or(i)? + 2;
        } else if b[i..].starts_with(b"#![") {
            i += text[i..].find(']').ok_or(i)? + 1;
        } else {
            return Ok(i);
        }
    }
}

/// Where a file that is not RON of a session shows it: the byte offset of its
/// first character that is not blank, a comment or the start of a struct
/// (`(`, `Session(` or a `#![enable(...)]` attribute).
fn foreign(text: &str) -> Option<usize> {
    let i = match skip_preamble(text) {
        Ok(i) => i,
        Err(unclosed) => return Some(unclosed),
    };
    let rest = &text[i..];
    let named = rest.strip_prefix("Session").map(str::trim_start);
    if rest.starts_with('(') || named.is_some_and(|r| r.starts_with('(')) {
        None
    } else {
        Some(i)
    }
}

fn syntax(e: ron::error::SpannedError) -> DecodeError {
    let message = match e.code {
        // ron's words for this name its own options and another crate.
        ron::Error::ExceededRecursionLimit => {
            "nested too deeply to be a session file (brackets inside brackets, over a hundred levels)"
                .to_string()
        }
        code => code.to_string(),
    };
    DecodeError::Syntax {
        line: e.span.start.line,
        column: e.span.start.col,
        message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Saves stream the file through `encode_to`; `baraza new`, tests and
    /// reports read `encode`. They are one format, byte for byte, and it is
    /// ron's.
    #[test]
    fn encode_to_writes_exactly_what_encode_returns() {
        for example in super::super::examples::EXAMPLES {
            let session = example.session().unwrap();
            let mut streamed = Vec::new();
            encode_to(&session, &mut streamed).unwrap();
            assert_eq!(String::from_utf8(streamed).unwrap(), encode(&session));
            assert_eq!(encode(&session), encode_with_ron(&session));
        }
    }
}
