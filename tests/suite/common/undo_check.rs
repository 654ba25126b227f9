//! The check both model proptests make of a random run of edits: every
//! step leaves a valid session, undoing everything gives back the start and
//! redoing it all gives back the end.

use baraza::model::{Change, Editor, Session};
use chrono::Duration;
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

use super::moment;

/// One step of a run, as the test's own operation turns into it. Built and
/// matched once per step, so its size does not matter.
#[allow(clippy::large_enum_variant)]
pub enum Step {
    Undo,
    Redo,
    /// A change built against the session as it is now; `None` when the
    /// operation does not apply (an index past the end, say).
    Apply(Option<Change>),
}

/// Everything but the audit log and the last-updated time, which undo does
/// not take back (they record that the undo happened).
pub fn content(s: &Session) -> Session {
    let mut s = s.clone();
    s.audit.clear();
    s.updated = moment();
    s
}

/// Runs `ops` on an editor of `start`, one second apart, each turned into a
/// [`Step`] by `step`, checking the session is valid after each; then undoes
/// everything and redoes it all. Returns the editor at the end, every change
/// redone.
pub fn undo_redo_round_trip<O>(
    start: &Session,
    ops: &[O],
    step: impl Fn(&O, &Session, baraza::model::Timestamp) -> Step,
) -> Result<Editor, TestCaseError> {
    let mut e = Editor::new(start.clone());
    let mut at = moment();
    for op in ops {
        at += Duration::seconds(1);
        match step(op, e.session(), at) {
            Step::Undo => {
                e.undo(at);
            }
            Step::Redo => {
                e.redo(at);
            }
            Step::Apply(Some(c)) => {
                let _ = e.apply(c, at);
            }
            Step::Apply(None) => {}
        }
        prop_assert!(
            e.session().validate().is_empty(),
            "{:?}",
            e.session().validate()
        );
    }
    let end = content(e.session());
    let mut undone = 0;
    while e.undo(at).is_some() {
        undone += 1;
    }
    prop_assert_eq!(content(e.session()), content(start));
    for _ in 0..undone {
        prop_assert!(e.redo(at).is_some());
    }
    prop_assert_eq!(content(e.session()), end);
    Ok(e)
}
