//! The example sessions of the repository's `sessions/` folder, built into
//! the program, so a newcomer on a fresh machine — with an installed
//! binary, far from the source — can look at a whole workshop before
//! running one. They are opened read-only from memory: nothing is written
//! anywhere, no lock is taken, and no file of the user's is touched.

use std::path::PathBuf;

use super::{OpenSession, StoreError, decode_checked};
use crate::model::Session;

/// One example: its file name in the repository and its text.
pub struct Example {
    pub file_name: &'static str,
    text: &'static str,
}

/// Every example, oldest first.
pub const EXAMPLES: [Example; 2] = [
    Example {
        file_name: "2026-06-06-kibera-youth-baraza-cycle-1.ron",
        text: include_str!("../../sessions/2026-06-06-kibera-youth-baraza-cycle-1.ron"),
    },
    Example {
        file_name: "2026-10-17-eastleigh-market-security-baraza.ron",
        text: include_str!("../../sessions/2026-10-17-eastleigh-market-security-baraza.ron"),
    },
];

impl Example {
    /// Where the example says it comes from: not a path on this machine.
    pub fn label(&self) -> PathBuf {
        PathBuf::from(format!("example: {}", self.file_name))
    }

    /// The session, as a file of this version of baraza reads it.
    pub fn session(&self) -> Result<Session, StoreError> {
        Ok(decode_checked(&self.label(), self.text.as_bytes())?.session)
    }

    /// Opens it read-only, from memory.
    pub fn open(&self) -> Result<OpenSession, StoreError> {
        Ok(OpenSession::in_memory(self.label(), self.session()?))
    }
}
