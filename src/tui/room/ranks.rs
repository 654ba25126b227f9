//! Where the room's rank views get what they count: the facilitator's (or
//! the audience window's) editor, which works each revision's rankings and
//! dot tally out once, or, for a session drawn on its own, worked out here.
//!
//! The room's screen is drawn at every frame (and twice when its heading
//! wraps); with the editor's figures a frame costs what it draws, not a
//! recount of every dot.

use std::collections::HashMap;
use std::sync::Arc;

use crate::model::ranking::{self, Comparison, Ranked};
use crate::model::{Editor, GroupId, ProblemId, RankMethod, Session, Tally};

pub enum Ranks<'a> {
    /// Kept by the editor of the session drawn, per revision.
    Kept(&'a Editor),
    /// Worked out from the session at each call.
    Fresh,
}

impl Ranks<'_> {
    /// Exactly `ranking::ranking(s, method, group)`.
    pub fn ranking(
        &self,
        s: &Session,
        method: RankMethod,
        group: Option<GroupId>,
    ) -> Arc<Vec<Ranked>> {
        match self {
            Ranks::Kept(editor) => editor.ranking(method, group),
            Ranks::Fresh => Arc::new(ranking::ranking(s, method, group)),
        }
    }

    /// Exactly `ranking::compare_groups(s, method)`.
    pub fn comparison(&self, s: &Session, method: RankMethod) -> Arc<Comparison> {
        match self {
            Ranks::Kept(editor) => editor.comparison(method),
            Ranks::Fresh => Arc::new(ranking::compare_groups(s, method)),
        }
    }

    /// The dots of each problem from each group.
    pub fn tally<'t>(&'t self, s: &Session) -> std::borrow::Cow<'t, Tally> {
        match self {
            Ranks::Kept(editor) => std::borrow::Cow::Borrowed(editor.tally()),
            Ranks::Fresh => std::borrow::Cow::Owned(Tally::count(s)),
        }
    }
}

/// Each problem's title by id, looked up once per frame rather than by a
/// search of the problems for every row.
pub fn titles(s: &Session) -> HashMap<ProblemId, &str> {
    let mut titles = HashMap::with_capacity(s.problems.len());
    for p in &s.problems {
        // The first of an id, as `Session::problem` finds it.
        titles.entry(p.id).or_insert(p.title.as_str());
    }
    titles
}

/// A title from [`titles`], as `Session::problem_title` words a missing one.
pub fn title<'s>(titles: &HashMap<ProblemId, &'s str>, id: ProblemId) -> &'s str {
    titles.get(&id).copied().unwrap_or("(removed problem)")
}

/// How many problems share each rank of `ranked`.
pub fn sharing(ranked: &[Ranked]) -> HashMap<usize, usize> {
    let mut counts = HashMap::new();
    for r in ranked {
        *counts.entry(r.rank).or_insert(0) += 1;
    }
    counts
}
