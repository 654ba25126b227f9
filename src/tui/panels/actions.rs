//! What Plan and Monitor share: the action form, and how an action's dates
//! and status read on the wall.

use chrono::NaiveDate;

use crate::model::{Action, ActionStatus, ProblemId, Session};
use crate::text::days;
use crate::tui::form::{Form, FormField};

/// Who usually leads or joins an action in community security work
/// (Saferworld's method names them); offered, never imposed.
const USUAL_ACTORS: [&str; 4] = ["community", "police", "local authority", "CSO"];

// The fields of the action form, by position.
const ACTIVITY: usize = 0;
const RESPONSIBLE: usize = 1;
const PARTNERS: usize = 2;
const START: usize = 3;
const DUE: usize = 4;
const RESOURCES: usize = 5;
const INDICATOR: usize = 6;
const RISKS: usize = 7;
const PROBLEM: usize = 8;

/// Every problem, the shortlist first in its order: the problems an action
/// can belong to, in the order the room thinks of them.
pub fn problems_in_order(s: &Session) -> Vec<ProblemId> {
    let mut ids: Vec<ProblemId> = s
        .ranking
        .shortlist
        .iter()
        .copied()
        .filter(|id| s.problem(*id).is_some())
        .collect();
    for p in &s.problems {
        if !ids.contains(&p.id) {
            ids.push(p.id);
        }
    }
    ids
}

/// "#2 Theft at the market" for a shortlisted problem, else its title.
pub fn problem_label(s: &Session, id: ProblemId) -> String {
    match s.ranking.shortlist.iter().position(|p| *p == id) {
        Some(i) => format!("#{} {}", i + 1, s.problem_title(id)),
        None => s.problem_title(id).to_string(),
    }
}

/// The usual actors, the groups in the room, then whoever the room has
/// already named in this session; each once.
fn actor_suggestions(s: &Session) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let named = s.actions.iter().flat_map(|a| {
        [&a.responsible, &a.partners]
            .into_iter()
            .flat_map(|v| v.split(','))
    });
    let candidates = USUAL_ACTORS
        .iter()
        .map(|a| a.to_string())
        .chain(s.groups.iter().map(|g| g.name.clone()))
        .chain(named.map(|n| n.trim().to_string()));
    for c in candidates {
        if !c.is_empty() && !out.iter().any(|o| o.to_lowercase() == c.to_lowercase()) {
            out.push(c);
        }
    }
    out
}

/// The form for adding or editing `action`; `problems` are the choices for
/// the problem it belongs to.
pub fn form(title: &str, s: &Session, action: &Action, problems: &[ProblemId]) -> Form {
    let actors = actor_suggestions(s);
    let problem = problems
        .iter()
        .position(|p| *p == action.problem)
        .unwrap_or(0);
    Form::new(
        title,
        vec![
            FormField::text("Activity", &action.activity).with_help("what will be done"),
            FormField::text("Responsible", &action.responsible).with_suggestions(actors.clone()),
            FormField::text("With whom", &action.partners).with_suggestions(actors),
            FormField::date("Start", action.start),
            FormField::date("Due", action.due),
            FormField::text("Resources", &action.resources)
                .with_help("money, people, materials, transport…"),
            FormField::text("Indicator", &action.indicator)
                .with_help("indicator of success: how the room will know it worked"),
            FormField::multi_line("Risks", &action.risks).with_help(
                "risks and conflict sensitivity: who could be harmed, left out or angered",
            ),
            FormField::choice(
                "Problem",
                problems.iter().map(|p| problem_label(s, *p)).collect(),
                problem,
            ),
        ],
    )
}

/// The action the form describes, built on `base` (which keeps the id, the
/// status and the progress notes). `None` after showing the form what is
/// wrong: no activity, a date that is not a date, due before start.
pub fn read(
    form: &mut Form,
    base: &Action,
    problems: &[ProblemId],
    today: NaiveDate,
) -> Option<Action> {
    let activity = form.text(ACTIVITY);
    if activity.is_empty() {
        form.fail(ACTIVITY, "Activity: say what will be done");
        return None;
    }
    let mut dates = [None, None];
    for (slot, field) in dates.iter_mut().zip([START, DUE]) {
        match form.date(field, today) {
            Ok(d) => *slot = d,
            Err(e) => {
                form.fail(field, e);
                return None;
            }
        }
    }
    let [start, due] = dates;
    if let (Some(start), Some(due)) = (start, due)
        && due < start
    {
        form.fail(DUE, format!("Due: {due} is before the start ({start})"));
        return None;
    }
    Some(Action {
        activity,
        responsible: form.text(RESPONSIBLE),
        partners: form.text(PARTNERS),
        start,
        due,
        resources: form.text(RESOURCES),
        indicator: form.text(INDICATOR),
        risks: form.text(RISKS),
        problem: problems
            .get(form.choice(PROBLEM))
            .copied()
            .unwrap_or(base.problem),
        ..base.clone()
    })
}

/// A mark that shows the status without colour.
pub fn status_mark(status: ActionStatus) -> &'static str {
    match status {
        ActionStatus::Planned => "○",
        ActionStatus::InProgress => "◐",
        ActionStatus::Done => "✓",
        ActionStatus::Stalled => "‖",
        ActionStatus::Dropped => "✗",
    }
}

/// "◐ in progress".
pub fn status_text(status: ActionStatus) -> String {
    format!("{} {}", status_mark(status), status.label())
}

/// The marker of an action carried over from the previous cycle.
pub const INHERITED_MARK: &str = "↻";

/// How an open action's due date stands today: "overdue by 3 days", "due
/// today", "due in 5 days". `None` without a due date or once the action is
/// done or dropped.
pub fn due_note(action: &Action, today: NaiveDate) -> Option<String> {
    let due = action.due?;
    if !action.status.is_open() {
        return None;
    }
    let n = (due - today).num_days();
    Some(match n {
        0 => "due today".into(),
        1 => "due tomorrow".into(),
        n if n < 0 => format!("overdue by {}", days(-n)),
        n => format!("due in {}", days(n)),
    })
}

/// The dates of an action in one line: "2026-12-01 → 2026-12-15 · due in
/// 18 days"; empty when it has none.
pub fn dates_text(action: &Action, today: NaiveDate) -> String {
    let span = match (action.start, action.due) {
        (Some(s), Some(d)) => format!("{s} → {d}"),
        (Some(s), None) => format!("from {s}, no due date"),
        (None, Some(d)) => format!("by {d}"),
        (None, None) => return String::new(),
    };
    match due_note(action, today) {
        Some(note) => format!("{span} · {note}"),
        None => span,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
    }

    #[test]
    fn due_notes_count_days() {
        let mut a = Action {
            due: Some(day(10)),
            ..Action::default()
        };
        assert_eq!(due_note(&a, day(7)).as_deref(), Some("due in 3 days"));
        assert_eq!(due_note(&a, day(9)).as_deref(), Some("due tomorrow"));
        assert_eq!(due_note(&a, day(10)).as_deref(), Some("due today"));
        assert_eq!(due_note(&a, day(11)).as_deref(), Some("overdue by 1 day"));
        assert_eq!(due_note(&a, day(20)).as_deref(), Some("overdue by 10 days"));
        a.status = ActionStatus::Done;
        assert_eq!(due_note(&a, day(20)), None);
        assert_eq!(dates_text(&a, day(20)), "by 2026-12-10");
        a.start = Some(day(1));
        a.status = ActionStatus::Stalled;
        assert_eq!(
            dates_text(&a, day(12)),
            "2026-12-01 → 2026-12-10 · overdue by 2 days"
        );
    }
}
