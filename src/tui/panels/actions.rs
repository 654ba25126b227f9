//! What Plan and Monitor share: the action form, and how an action's dates
//! and status read on the wall.

use chrono::NaiveDate;

use std::collections::HashSet;

use crate::model::{Action, ActionStatus, Positions, ProblemId, Session};
use crate::text::days;
use crate::tui::form::{Choice, Date, Field, FieldId, Form, Text};

/// Who usually leads or joins an action in community security work
/// (Saferworld's method names them); offered, never imposed.
const USUAL_ACTORS: [&str; 4] = ["community", "police", "local authority", "CSO"];

/// Every problem, the shortlist first in its order: the problems an action
/// can belong to, in the order the room thinks of them.
pub fn problems_in_order(s: &Session) -> Vec<ProblemId> {
    let positions = Positions::of_problems(s);
    let mut ids: Vec<ProblemId> = s
        .ranking
        .shortlist
        .iter()
        .copied()
        .filter(|id| positions.get(*id).is_some())
        .collect();
    // What is in `ids` already, by a set rather than a search of `ids` for
    // every problem (5,000 problems: 12 million comparisons a key).
    let mut listed: HashSet<ProblemId> = ids.iter().copied().collect();
    for p in &s.problems {
        if listed.insert(p.id) {
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

/// The action form's fields, and what it edits.
pub struct ActionForm {
    /// The action being edited, or the new one: its id, status and progress
    /// notes are kept.
    pub base: Action,
    /// The problem choices, in the form's order.
    problems: Vec<ProblemId>,
    activity: FieldId<Text>,
    responsible: FieldId<Text>,
    partners: FieldId<Text>,
    start: FieldId<Date>,
    due: FieldId<Date>,
    resources: FieldId<Text>,
    indicator: FieldId<Text>,
    risks: FieldId<Text>,
    problem: FieldId<Choice>,
}

/// The form for adding or editing `action`, offering every problem (the
/// shortlist first) for it to belong to.
pub fn form(title: &str, s: &Session, action: &Action) -> (Form, ActionForm) {
    let actors = actor_suggestions(s);
    let problems = problems_in_order(s);
    let problem = problems
        .iter()
        .position(|p| *p == action.problem)
        .unwrap_or(0);
    let mut form = Form::new(title);
    // What a room agrees on first, first: what, who, by when, and how it
    // will know — an action with those is three Tabs; the rest follow.
    let fields = ActionForm {
        activity: form.add(Field::text("Activity", &action.activity).help("what will be done")),
        responsible: form
            .add(Field::text("Responsible", &action.responsible).suggestions(actors.clone())),
        due: form.add(Field::date("Due", action.due)),
        indicator: form.add(
            Field::text("Indicator", &action.indicator)
                .help("indicator of success: how the room will know it worked"),
        ),
        partners: form.add(Field::text("With whom", &action.partners).suggestions(actors)),
        start: form.add(Field::date("Start", action.start)),
        resources: form.add(
            Field::text("Resources", &action.resources)
                .private()
                .help("money, people, materials, transport…"),
        ),
        risks: form.add(
            Field::multi_line("Risks", &action.risks)
                .private()
                .help("risks and conflict sensitivity: who could be harmed, left out or angered"),
        ),
        problem: form.add(Field::choice(
            "Problem",
            problems.iter().map(|p| problem_label(s, *p)).collect(),
            problem,
        )),
        base: action.clone(),
        problems,
    };
    (form, fields)
}

/// The action the form describes, built on its base (which keeps the id,
/// the status and the progress notes). `None` after showing the form what
/// is wrong: no activity, a date that is not a date, due before start.
pub fn read(f: &ActionForm, form: &mut Form, today: NaiveDate) -> Option<Action> {
    let activity = form.get(f.activity);
    if activity.is_empty() {
        form.fail(f.activity, "Activity: say what will be done");
        return None;
    }
    let mut dates = [None, None];
    for (slot, field) in dates.iter_mut().zip([f.start, f.due]) {
        match form.get(field).as_of(today) {
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
        form.fail(f.due, format!("Due: {due} is before the start ({start})"));
        return None;
    }
    Some(Action {
        activity,
        responsible: form.get(f.responsible),
        partners: form.get(f.partners),
        start,
        due,
        resources: form.get(f.resources),
        indicator: form.get(f.indicator),
        risks: form.get(f.risks),
        problem: f
            .problems
            .get(form.get(f.problem))
            .copied()
            .unwrap_or(f.base.problem),
        ..f.base.clone()
    })
}

/// The score-card gap an action answers, in words: "«Honesty: no bribes
/// asked», gap −46"; `None` for an action not planned on a gap.
pub fn gap_text(s: &Session, action: &Action) -> Option<String> {
    let id = action.card_indicator?;
    let card = &s.score_card;
    let name = card.indicator_name(id);
    Some(match card.gap(id, &s.group_ids()) {
        Some(g) => format!(
            "«{name}», gap {}",
            crate::model::score_card::signed(card.scale, g)
        ),
        None => format!("«{name}»"),
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
