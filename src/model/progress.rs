//! How far a session has got, from what it holds rather than from which
//! panels were looked at: the stepper's ✓ and the session list's "stage"
//! both come from here, so they always agree. Tabbing through an empty
//! session shows what a facilitator would expect — nothing done.

use super::session::{ActionStatus, Session, Stage};

/// Whether the step has something recorded: groups or context notes
/// (Prepare), problems or where-and-when marks (Identify), any dot, pair,
/// score, score-card score or a shortlist (Rank), actions (Plan), a status
/// moved on, a progress note or a reply to an escalation (raising a problem
/// with someone is not yet following it up) (Monitor), any lesson (Learn).
pub fn has_content(s: &Session, stage: Stage) -> bool {
    match stage {
        Stage::Prepare => !s.groups.is_empty() || !s.context.trim().is_empty(),
        Stage::Identify => !s.problems.is_empty() || !s.where_when.marks.is_empty(),
        Stage::Rank => {
            let r = &s.ranking;
            !r.votes.is_empty()
                || !r.pairs.is_empty()
                || !r.scores.is_empty()
                || !r.shortlist.is_empty()
                || !s.score_card.scores.is_empty()
        }
        Stage::Plan => !s.actions.is_empty(),
        Stage::Monitor => {
            s.escalations.iter().any(|e| !e.replies.is_empty())
                || s.actions
                    .iter()
                    .any(|a| a.status != ActionStatus::Planned || !a.progress.is_empty())
        }
        Stage::Learn => {
            let l = &s.lessons;
            [&l.worked, &l.did_not_work, &l.lessons, &l.improvements]
                .iter()
                .any(|t| !t.trim().is_empty())
        }
    }
}

/// The furthest step with something recorded (Prepare when nothing is).
pub fn reached(s: &Session) -> Stage {
    Stage::ALL
        .into_iter()
        .rev()
        .find(|stage| has_content(s, *stage))
        .unwrap_or(Stage::Prepare)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, ActionId, Group, GroupId, Problem, ProblemId};
    use chrono::DateTime;

    #[test]
    fn steps_count_once_they_hold_something() {
        let at = DateTime::parse_from_rfc3339("2026-11-27T10:42:07+03:00").unwrap();
        let mut s = Session::new("t".into(), "T".into(), at.date_naive(), at);
        // Looked at, not filled in: nothing done, whatever `stage` says.
        s.stage = Stage::Monitor;
        assert!(Stage::ALL.iter().all(|st| !has_content(&s, *st)));
        assert_eq!(reached(&s), Stage::Prepare);
        s.groups.push(Group {
            id: GroupId(1),
            name: "Women".into(),
            count: 3,
        });
        assert_eq!(reached(&s), Stage::Prepare);
        assert!(has_content(&s, Stage::Prepare));
        s.problems.push(Problem {
            id: ProblemId(1),
            title: "Theft".into(),
            ..Problem::default()
        });
        s.actions.push(Action {
            id: ActionId(1),
            problem: ProblemId(1),
            activity: "Patrol".into(),
            ..Action::default()
        });
        // Plan without Rank: the steps are reported as they are.
        assert_eq!(reached(&s), Stage::Plan);
        assert!(!has_content(&s, Stage::Rank));
        s.actions[0].status = ActionStatus::Done;
        assert_eq!(reached(&s), Stage::Monitor);
        s.lessons.worked = "  ".into();
        assert_eq!(reached(&s), Stage::Monitor);
        s.lessons.worked = "patrols".into();
        assert_eq!(reached(&s), Stage::Learn);
    }
}
