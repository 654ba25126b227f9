//! How changes read, for the audit log and the status line: in terms the
//! room understands ("dot for «Phone theft» from Youth"), not in terms of
//! the data. Kept apart from [`Change`] itself, which only checks and applies,
//! so that the wording can use the ranking's vocabulary (how a tie-break was
//! decided) without the ranking and the changes importing each other.

use super::change::{Change, Field, Keyed, ListOp};
use super::ledger::Escalation;
use super::ranking;
use super::session::{Action, Blind, PairScope, Session, TieBreak, TieBreakHow, TieBreakId, Vote};

impl Change {
    /// A short description for the audit log and the status line, in terms the
    /// room understands. `before` is the session the change is about to apply to.
    pub fn describe(&self, before: &Session) -> String {
        match self {
            Change::Set(field) => describe_field(field, before),
            Change::Group(op) => describe_list(op, &before.groups, |g| g.name.clone()),
            Change::Problem(op) => {
                describe_list(op, &before.problems, |p| format!("«{}»", p.title))
            }
            Change::Action(op) => describe_action(op, before),
            Change::InsertVotes(votes) => match votes.as_slice() {
                [(_, v)] => format!(
                    "dot for «{}» from {}",
                    before.problem_title(v.problem),
                    before.group_name(v.group)
                ),
                _ => format!("{} dots restored", votes.len()),
            },
            Change::RemoveVotes(indices) => match indices.as_slice() {
                [i] => match before.ranking.votes.get(*i) {
                    Some(v) => format!(
                        "dot removed from «{}» ({})",
                        before.problem_title(v.problem),
                        before.group_name(v.group)
                    ),
                    None => "dot removed".into(),
                },
                _ => format!("{} dots removed", indices.len()),
            },
            Change::RetargetVotes(targets) => format!("{} dots moved", targets.len()),
            Change::Pair {
                pair,
                decision,
                group,
                ..
            } => {
                let who =
                    group.map_or("the room".to_string(), |g| before.group_name(g).to_string());
                let (a, b) = (before.problem_title(pair.0), before.problem_title(pair.1));
                match decision {
                    Some(d) => match d.winner {
                        Some(w) => format!(
                            "{who}: «{}» over «{}»",
                            before.problem_title(w),
                            if w == pair.0 { b } else { a }
                        ),
                        None => format!("{who}: «{a}» and «{b}» tie"),
                    },
                    None => format!("{who}: pair «{a}» / «{b}» cleared"),
                }
            }
            Change::Score {
                problem,
                criterion,
                group,
                score,
            } => {
                let who =
                    group.map_or("the room".to_string(), |g| before.group_name(g).to_string());
                let name = before
                    .ranking
                    .criteria
                    .iter()
                    .find(|c| c.id == *criterion)
                    .map_or("(removed criterion)", |c| c.name.as_str());
                match score {
                    Some(s) => format!(
                        "{who}: «{}» scored {} on {name}",
                        before.problem_title(*problem),
                        s.value
                    ),
                    None => format!(
                        "{who}: score of «{}» on {name} cleared",
                        before.problem_title(*problem)
                    ),
                }
            }
            Change::Criterion(op) => {
                describe_list(op, &before.ranking.criteria, |c| c.name.clone())
            }
            Change::TieBreak(op) => describe_tie_break(op, before),
            Change::Indicator(op) => describe_list(op, &before.score_card.indicators, |i| {
                format!("«{}»", i.name)
            }),
            Change::CardScore {
                indicator,
                by,
                score,
            } => {
                let who = before.scorer_name(*by);
                let name = before.score_card.indicator_name(*indicator);
                match score {
                    Some(sc) => format!("score card: {who} gave {} on «{name}»", sc.value),
                    None => format!("score card: {who}'s score on «{name}» cleared"),
                }
            }
            Change::Place(op) => {
                describe_list(op, &before.where_when.places, |p| format!("«{}»", p.name))
            }
            Change::Mark {
                place,
                band,
                group,
                mark,
            } => {
                let name = before.where_when.place_name(*place);
                let who = before.group_name(*group);
                match mark {
                    Some(m) => format!(
                        "where and when: {who} marked «{name}» at {} {}",
                        band.label(),
                        m.level
                    ),
                    None => format!(
                        "where and when: {who}'s mark of «{name}» at {} cleared",
                        band.label()
                    ),
                }
            }
            Change::Escalation(op) => describe_escalation(op, before),
            Change::Batch { label, .. } => label.clone(),
        }
    }
}

fn describe_field(field: &Field, s: &Session) -> String {
    match field {
        Field::Title(v) => format!("title: «{}» → «{v}»", s.title),
        Field::Location(v) => format!("location: «{}» → «{v}»", s.location),
        Field::Date(v) => format!("date: {} → {v}", s.date),
        Field::Facilitators(v) => format!("facilitators: {}", v.join(", ")),
        Field::DotsPerParticipant(v) => {
            format!("dots per participant: {} → {v}", s.dots_per_participant)
        }
        Field::Context(_) => "context notes edited".into(),
        Field::Consent(v) if v.trim().is_empty() => "consent note cleared".into(),
        Field::Consent(_) => "consent note edited".into(),
        Field::Language(Some(code)) => format!("language of the room: {code}"),
        Field::Language(None) => "language of the room: the interface's".into(),
        Field::Exports(v) if v.len() > s.exports.len() && v.starts_with(&s.exports) => {
            let new: Vec<String> = v[s.exports.len()..].iter().map(|e| e.describe()).collect();
            let noun = if new.len() == 1 { "report" } else { "reports" };
            format!("{noun} written: {}", new.join("; "))
        }
        Field::Exports(_) => "export log edited".into(),
        Field::Purges(v) => match v.last() {
            Some(p) if v.len() > s.purges.len() => format!("purged {}", p.describe()),
            _ => "purge records edited".into(),
        },
        Field::Categories(v) => format!("categories: {}", v.join(", ")),
        Field::Shortlist(v) => {
            let titles: Vec<String> = v
                .iter()
                .map(|id| format!("«{}»", s.problem_title(*id)))
                .collect();
            if titles.is_empty() {
                "shortlist cleared".into()
            } else {
                format!("shortlist: {}", titles.join(", "))
            }
        }
        Field::Lessons(v) => {
            let old = &s.lessons;
            let mut parts = Vec::new();
            if v.worked != old.worked {
                parts.push("what worked");
            }
            if v.did_not_work != old.did_not_work {
                parts.push("what did not work");
            }
            if v.lessons != old.lessons {
                parts.push("lessons");
            }
            if v.improvements != old.improvements {
                parts.push("improvements");
            }
            if parts.is_empty() {
                "lessons saved unchanged".into()
            } else {
                format!("{} edited", parts.join(", "))
            }
        }
        Field::Stage(v) => format!("reached {}", v.label()),
        Field::Method(v) => format!("ranking by {}", v.label()),
        Field::PairScope(PairScope::Shortlist) => "pairwise ranking on the shortlist".into(),
        Field::PairScope(PairScope::All) => "pairwise ranking on all problems".into(),
        Field::ShortlistSize(v) => format!("shortlist size: {v}"),
        Field::Blind(Blind::Open) => "dot voting in the open: totals on the room's screen".into(),
        Field::Blind(Blind::Hidden) => "blind dot voting: totals kept off the room's screen".into(),
        Field::Blind(Blind::Revealed) => "dot totals revealed to the room".into(),
        Field::Worked(v) => {
            let parts: Vec<String> = v
                .iter()
                .filter(|(stage, secs)| s.worked.get(stage) != Some(secs))
                .map(|(stage, secs)| format!("{} {}", stage.label(), minutes(*secs)))
                .collect();
            format!("time worked: {}", parts.join(", "))
        }
        Field::Provider(v) => format!("score card of «{v}»"),
        Field::CardScale(v) => format!("score card scale: {}", v.label()),
    }
}

/// An escalation is mostly updated one reply at a time: that reply is what
/// the log says.
fn describe_escalation(op: &ListOp<Escalation>, s: &Session) -> String {
    let title = |e: &Escalation| s.problem_title(e.problem).to_string();
    match op {
        ListOp::Insert { item, .. } => {
            format!(
                "«{}» raised with {} on {}",
                title(item),
                item.to,
                item.raised
            )
        }
        ListOp::Update(new) => match s.escalation(new.id) {
            Some(old)
                if new.replies.len() == old.replies.len() + 1
                    && new.replies[..old.replies.len()] == old.replies[..] =>
            {
                let r = &new.replies[old.replies.len()];
                format!(
                    "«{}», {}: {} on {}",
                    title(new),
                    new.to,
                    r.kind.label(),
                    r.date
                )
            }
            _ => format!("escalation edited: «{}» to {}", title(new), new.to),
        },
        ListOp::Remove { id } => match s.escalation(*id) {
            Some(e) => format!("escalation deleted: «{}» to {}", title(e), e.to),
            None => "escalation deleted".into(),
        },
        ListOp::Move { .. } => "escalation moved".into(),
    }
}

/// Tie-breaks as the room hears them: a run-off is recorded dot by dot, so
/// most of its changes are one dot.
fn describe_tie_break(op: &ListOp<TieBreak>, s: &Session) -> String {
    let old = |id: TieBreakId| s.ranking.tie_breaks.iter().find(|t| t.id == id);
    let runoff_votes = |t: &TieBreak| match &t.how {
        TieBreakHow::Runoff { votes } => Some(votes.clone()),
        _ => None,
    };
    let dot = |v: &Vote| {
        format!(
            "«{}» from {}",
            s.problem_title(v.problem),
            s.group_name(v.group)
        )
    };
    let broken = |t: &TieBreak| {
        format!(
            "tie at rank {} broken by {}",
            t.rank,
            ranking::describe_tie_break(t)
        )
    };
    match op {
        ListOp::Insert { item, .. } if ranking::is_decided(item) => broken(item),
        ListOp::Insert { item, .. } => match runoff_votes(item).as_deref() {
            Some([v]) => format!("run-off started: dot for {}", dot(v)),
            _ => format!("run-off started at rank {}", item.rank),
        },
        ListOp::Update(new) => {
            let Some(was) = old(new.id) else {
                return broken(new);
            };
            if ranking::is_decided(new) && !ranking::is_decided(was) {
                return broken(new);
            }
            match (runoff_votes(was), runoff_votes(new)) {
                (Some(a), Some(b)) if b.len() == a.len() + 1 => {
                    format!("run-off dot for {}", dot(&b[b.len() - 1]))
                }
                (Some(a), Some(b)) if a.len() == b.len() + 1 => {
                    let gone = a.iter().find(|v| !b.contains(v)).unwrap_or(&a[0]);
                    format!("run-off dot taken back: {}", dot(gone))
                }
                _ => format!("tie-break at rank {} edited", new.rank),
            }
        }
        ListOp::Remove { id } => match old(*id) {
            Some(t) if !ranking::is_decided(t) => match runoff_votes(t).as_deref() {
                Some([v]) => format!("run-off dot taken back: {}", dot(v)),
                _ => format!("run-off at rank {} dropped", t.rank),
            },
            Some(t) => format!("tie-break at rank {} deleted", t.rank),
            None => "tie-break deleted".into(),
        },
        ListOp::Move { .. } => "tie-break moved".into(),
    }
}

fn describe_list<T: Keyed>(op: &ListOp<T>, list: &[T], name: impl Fn(&T) -> String) -> String {
    let find = |id: T::Id| list.iter().find(|x| x.key() == id);
    match op {
        ListOp::Insert { item, .. } => format!("{} added: {}", T::NOUN, name(item)),
        ListOp::Remove { id } => match find(*id) {
            Some(item) => format!("{} deleted: {}", T::NOUN, name(item)),
            None => format!("{} deleted", T::NOUN),
        },
        ListOp::Update(item) => format!("{} edited: {}", T::NOUN, name(item)),
        ListOp::Move { id, to } => match find(*id) {
            Some(item) => format!("{} moved to position {}: {}", T::NOUN, to + 1, name(item)),
            None => format!("{} moved", T::NOUN),
        },
    }
}

fn describe_action(op: &ListOp<Action>, s: &Session) -> String {
    if let ListOp::Update(new) = op
        && let Some(old) = s.action(new.id)
    {
        let mut plain = old.clone();
        plain.status = new.status;
        if plain == *new && old.status != new.status {
            return format!(
                "status of «{}»: {} → {}",
                new.activity,
                old.status.label(),
                new.status.label()
            );
        }
        let mut with_note = old.clone();
        with_note.progress = new.progress.clone();
        if with_note == *new && new.progress.len() == old.progress.len() + 1 {
            return format!("progress note on «{}»", new.activity);
        }
    }
    describe_list(op, &s.actions, |a| format!("«{}»", a.activity))
}

/// "34 min", "under a minute", "2 h 05 min": how long, as a report says it.
pub fn minutes(seconds: u32) -> String {
    let m = (seconds + 30) / 60;
    match (m / 60, m % 60) {
        (0, 0) => "under a minute".into(),
        (0, m) => format!("{m} min"),
        (h, m) => format!("{h} h {m:02} min"),
    }
}
