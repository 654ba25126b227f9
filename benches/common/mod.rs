//! What several benches share: the large session, made by the one
//! generator of benchmark sessions (`benches/support/fixtures.rs`).
#![allow(dead_code)]

#[path = "../support/fixtures.rs"]
mod fixtures;

use baraza::model::{Session, Stage};

/// A session the size of a long, crowded workshop (200 problems, 12 groups,
/// 5,000 dots, 300 actions), open on Learn.
pub fn large_session() -> Session {
    fixtures::sized_session(fixtures::LARGE, Stage::Learn)
}
