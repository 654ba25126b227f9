//! What a Rank view works out from the whole session (every dot counted, the
//! room's ranking with its tie-breaks), kept between keys and frames until
//! the session changes, instead of worked out again at every key, focus and
//! frame: the dot board was built three or four times a key, 42 % of a key
//! at 20,000 dots.
//!
//! The view forgets what it kept when it hears of a change
//! (`session_changed`), or follows it (`follow`, after an edit, undo or
//! redo whose change says what it did to the votes). As a
//! second guard, what was kept is not used for another session value or
//! once the session's problems, groups, dots or tie-breaks are no longer as
//! many as they were.

use std::cell::RefCell;
use std::rc::Rc;

use crate::model::Session;

/// What identifies the session a value was worked out from, cheaply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Guard {
    session: *const Session,
    problems: usize,
    groups: usize,
    votes: usize,
    tie_breaks: usize,
    shortlist: usize,
    shortlist_size: usize,
}

impl Guard {
    fn of(s: &Session) -> Guard {
        Guard {
            session: s,
            problems: s.problems.len(),
            groups: s.groups.len(),
            votes: s.ranking.votes.len(),
            tie_breaks: s.ranking.tie_breaks.len(),
            shortlist: s.ranking.shortlist.len(),
            shortlist_size: s.ranking.shortlist_size,
        }
    }
}

/// A value worked out from the session, kept until [`Kept::forget`].
pub(super) struct Kept<T> {
    cell: RefCell<Option<(Guard, Rc<T>)>>,
}

impl<T> Default for Kept<T> {
    fn default() -> Self {
        Kept {
            cell: RefCell::new(None),
        }
    }
}

impl<T> Kept<T> {
    /// The value kept for `s`, or `make` of it (then kept).
    pub(super) fn get(&self, s: &Session, make: impl FnOnce() -> T) -> Rc<T> {
        let guard = Guard::of(s);
        if let Some((kept, value)) = &*self.cell.borrow()
            && *kept == guard
        {
            return Rc::clone(value);
        }
        let value = Rc::new(make());
        *self.cell.borrow_mut() = Some((guard, Rc::clone(&value)));
        value
    }

    /// The session changed: what was kept is worked out again when asked.
    pub(super) fn forget(&mut self) {
        *self.cell.get_mut() = None;
    }

    /// The session changed into `s`: what was kept is brought up to date by
    /// `update` (which follows the change) instead of being worked out
    /// again. Nothing kept, or still held by a board being drawn: forgotten.
    pub(super) fn follow(&mut self, s: &Session, update: impl FnOnce(&mut T)) {
        let cell = self.cell.get_mut();
        if let Some((_, mut value)) = cell.take()
            && let Some(v) = Rc::get_mut(&mut value)
        {
            update(v);
            *cell = Some((Guard::of(s), value));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::Cell;

    #[test]
    fn kept_until_forgotten_followed_or_the_session_is_another() {
        let now = chrono::DateTime::parse_from_rfc3339("2026-11-27T10:42:07+03:00").unwrap();
        let mut s = Session::new("id".into(), "Kibera".into(), now.date_naive(), now);
        let mut kept: Kept<usize> = Kept::default();
        let made = Cell::new(0);
        let make = || {
            made.set(made.get() + 1);
            made.get()
        };
        assert_eq!(*kept.get(&s, make), 1);
        assert_eq!(*kept.get(&s, make), 1, "kept");
        kept.forget();
        assert_eq!(*kept.get(&s, make), 2, "worked out again after a change");
        // A change the view was not told of still shows, if it changed how
        // many problems there are.
        s.problems.push(crate::model::Problem::default());
        assert_eq!(*kept.get(&s, make), 3);
        let other = s.clone();
        assert_eq!(*kept.get(&other, make), 4, "another session value");
        s.problems.push(crate::model::Problem::default());
        kept.follow(&s, |v| *v += 10);
        assert_eq!(
            *kept.get(&s, make),
            14,
            "followed, kept for the session as it is"
        );
        assert_eq!(made.get(), 4);
        // Still held by a board: not changed under it, forgotten instead.
        let held = kept.get(&s, make);
        kept.follow(&s, |v| *v += 10);
        assert_eq!(*held, 14);
        assert_eq!(*kept.get(&s, make), 5);
    }
}
