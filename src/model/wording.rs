//! How changes read, for the audit log and the status line: in terms the
//! room understands ("dot for «Phone theft» from Youth"), not in terms of
//! the data. Kept apart from [`Change`] itself, which only checks and applies,
//! so that the wording can use the ranking's vocabulary (how a tie-break was
//! decided) without the ranking and the changes importing each other.

use super::change::{Change, Field, Keyed, ListOp};
use super::ledger::Escalation;
use super::ranking;
use super::session::{
    Action, Blind, GroupId, PairScope, ProblemId, Session, TieBreak, TieBreakHow, TieBreakId, Vote,
};
use crate::i18n::{Arg, Lang, Msg};

impl Change {
    /// How the change reads, in terms the room understands, as a message:
    /// the status line shows it in the interface language, the audit log
    /// keeps it in English ([`Change::describe_en`]). `before` is the
    /// session the change is about to apply to.
    pub fn describe(&self, before: &Session) -> Msg {
        match self {
            Change::Set(field) => describe_field(field, before),
            Change::Group(op) => describe_list(op, &before.groups, |g| g.name.clone()),
            Change::Problem(op) => describe_list(op, &before.problems, |p| p.title.clone()),
            Change::Action(op) => describe_action(op, before),
            Change::InsertVotes(votes) => match votes.as_slice() {
                [(_, v)] => dot("change-dot-added", before, v.problem, v.group),
                _ => Msg::new("change-dots-restored").with("n", votes.len()),
            },
            Change::RemoveVotes(indices) => match indices.as_slice() {
                [i] => match before.ranking.votes.get(*i) {
                    Some(v) => dot("change-dot-removed", before, v.problem, v.group),
                    None => Msg::new("change-dot-removed-unknown"),
                },
                _ => Msg::new("change-dots-removed").with("n", indices.len()),
            },
            Change::RetargetVotes(targets) => {
                Msg::new("change-dots-moved").with("n", targets.len())
            }
            Change::Pair {
                pair,
                decision,
                group,
                ..
            } => {
                let who = who(before, *group);
                let (a, b) = (before.problem_title(pair.0), before.problem_title(pair.1));
                match decision {
                    Some(d) => match d.winner {
                        Some(w) => Msg::new("change-pair-won")
                            .with("who", who)
                            .with("winner", before.problem_title(w))
                            .with("loser", if w == pair.0 { b } else { a }),
                        None => Msg::new("change-pair-tie")
                            .with("who", who)
                            .with("a", a)
                            .with("b", b),
                    },
                    None => Msg::new("change-pair-cleared")
                        .with("who", who)
                        .with("a", a)
                        .with("b", b),
                }
            }
            Change::Score {
                problem,
                criterion,
                group,
                score,
            } => {
                let name: Arg = before
                    .ranking
                    .criteria
                    .iter()
                    .find(|c| c.id == *criterion)
                    .map_or(Msg::new("change-removed-criterion").into(), |c| {
                        c.name.as_str().into()
                    });
                let m = match score {
                    Some(s) => Msg::new("change-score").with("score", s.value),
                    None => Msg::new("change-score-cleared"),
                };
                m.with("who", who(before, *group))
                    .with("problem", before.problem_title(*problem))
                    .with("criterion", name)
            }
            Change::Criterion(op) => {
                describe_list(op, &before.ranking.criteria, |c| c.name.clone())
            }
            Change::TieBreak(op) => describe_tie_break(op, before),
            Change::Indicator(op) => {
                describe_list(op, &before.score_card.indicators, |i| i.name.clone())
            }
            Change::CardScore {
                indicator,
                by,
                score,
            } => {
                let m = match score {
                    Some(sc) => Msg::new("change-card-score").with("score", sc.value),
                    None => Msg::new("change-card-score-cleared"),
                };
                m.with("who", before.scorer_name(*by))
                    .with("indicator", before.score_card.indicator_name(*indicator))
            }
            Change::Place(op) => describe_list(op, &before.where_when.places, |p| p.name.clone()),
            Change::Mark {
                place,
                band,
                group,
                mark,
            } => {
                let m = match mark {
                    Some(m) => Msg::new("change-mark").with("level", m.level),
                    None => Msg::new("change-mark-cleared"),
                };
                // "in the morning", "at night": the band as a sentence says it.
                m.with("who", before.group_name(*group))
                    .with("place", before.where_when.place_name(*place))
                    .with("when", band.msg("ww-when"))
            }
            Change::Escalation(op) => describe_escalation(op, before),
            Change::Batch { label, .. } => label.clone(),
        }
    }

    /// How the change reads in the audit log: English, whatever language
    /// the screen speaks (the log is a record, read by whoever audits it).
    pub fn describe_en(&self, before: &Session) -> String {
        Lang::En.msg(&self.describe(before))
    }
}

/// "dot for «Phone theft» from Youth" and its kin: a message with the
/// problem and the group.
fn dot(id: &'static str, s: &Session, problem: ProblemId, group: GroupId) -> Msg {
    Msg::new(id)
        .with("problem", s.problem_title(problem))
        .with("group", s.group_name(group))
}

/// Who decided or scored: a group, or the whole room.
fn who(s: &Session, group: Option<GroupId>) -> Arg {
    group.map_or(Msg::new("change-the-room").into(), |g| {
        s.group_name(g).into()
    })
}

/// A title in the quotation marks the language uses, as an item of a list.
fn quoted(text: &str) -> Arg {
    Msg::new("change-quoted").with("text", text).into()
}

fn describe_field(field: &Field, s: &Session) -> Msg {
    let from_to =
        |id: &'static str, from: Arg, to: Arg| Msg::new(id).with("from", from).with("to", to);
    match field {
        Field::Title(v) => from_to("change-title", s.title.as_str().into(), v.into()),
        Field::Location(v) => from_to("change-location", s.location.as_str().into(), v.into()),
        Field::Date(v) => from_to(
            "change-date",
            s.date.to_string().into(),
            v.to_string().into(),
        ),
        Field::Facilitators(v) => Msg::new("change-facilitators").with("names", texts(v)),
        Field::DotsPerParticipant(v) => from_to(
            "change-dots-per-participant",
            s.dots_per_participant.into(),
            v.into(),
        ),
        Field::Context(_) => Msg::new("change-context"),
        Field::Consent(v) if v.trim().is_empty() => Msg::new("change-consent-cleared"),
        Field::Consent(_) => Msg::new("change-consent"),
        Field::Language(Some(code)) => Msg::new("change-room-language").with("code", code),
        Field::Language(None) => Msg::new("change-room-language-interface"),
        Field::Exports(v) if v.len() > s.exports.len() && v.starts_with(&s.exports) => {
            let new = &v[s.exports.len()..];
            // Each record has commas of its own: a stronger separator
            // between them.
            let reports = new.iter().map(|e| e.msg()).reduce(|first, next| {
                Msg::new("record-and-then")
                    .with("first", first)
                    .with("next", next)
            });
            Msg::new("change-reports-written")
                .with("n", new.len())
                .with("reports", reports.map_or(Arg::from(""), Arg::from))
        }
        Field::Exports(_) => Msg::new("change-export-log"),
        Field::Purges(v) => match v.last() {
            Some(p) if v.len() > s.purges.len() => Msg::new("change-purged").with("what", p.msg()),
            _ => Msg::new("change-purge-records"),
        },
        Field::Categories(v) => Msg::new("change-categories").with("names", texts(v)),
        Field::Shortlist(v) if v.is_empty() => Msg::new("change-shortlist-cleared"),
        Field::Shortlist(v) => {
            let titles: Vec<Arg> = v.iter().map(|id| quoted(s.problem_title(*id))).collect();
            Msg::new("change-shortlist").with("titles", titles)
        }
        Field::Lessons(v) => {
            let old = &s.lessons;
            let mut parts: Vec<Arg> = Vec::new();
            for (changed, id) in [
                (v.worked != old.worked, "change-part-worked"),
                (
                    v.did_not_work != old.did_not_work,
                    "change-part-did-not-work",
                ),
                (v.lessons != old.lessons, "change-part-lessons"),
                (
                    v.improvements != old.improvements,
                    "change-part-improvements",
                ),
            ] {
                if changed {
                    parts.push(Msg::new(id).into());
                }
            }
            if parts.is_empty() {
                Msg::new("change-lessons-unchanged")
            } else {
                Msg::new("change-lessons").with("parts", parts)
            }
        }
        Field::Stage(v) => Msg::new("change-stage").with("stage", Msg::new(v.msg_id())),
        Field::Method(v) => Msg::new("change-method").with("method", Msg::new(v.msg_id())),
        Field::PairScope(PairScope::Shortlist) => Msg::new("change-pair-scope-shortlist"),
        Field::PairScope(PairScope::All) => Msg::new("change-pair-scope-all"),
        Field::ShortlistSize(v) => Msg::new("change-shortlist-size").with("n", v),
        Field::Blind(Blind::Open) => Msg::new("change-blind-open"),
        Field::Blind(Blind::Hidden) => Msg::new("change-blind-hidden"),
        Field::Blind(Blind::Revealed) => Msg::new("change-blind-revealed"),
        Field::Worked(v) => {
            let parts: Vec<Arg> = v
                .iter()
                .filter(|(stage, secs)| s.worked.get(stage) != Some(secs))
                .map(|(stage, secs)| {
                    Msg::new("change-worked-part")
                        .with("stage", Msg::new(stage.msg_id()))
                        .with("time", duration(*secs))
                        .into()
                })
                .collect();
            Msg::new("change-worked").with("parts", parts)
        }
        Field::Provider(v) => Msg::new("change-provider").with("name", v),
        Field::CardScale(v) => Msg::new("change-card-scale").with("scale", Msg::new(v.msg_id())),
    }
}

fn texts(v: &[String]) -> Vec<Arg> {
    v.iter().map(Arg::from).collect()
}

/// An escalation is mostly updated one reply at a time: that reply is what
/// the log says.
fn describe_escalation(op: &ListOp<Escalation>, s: &Session) -> Msg {
    let about = |id: &'static str, e: &Escalation| {
        Msg::new(id)
            .with("problem", s.problem_title(e.problem))
            .with("to", e.to.as_str())
    };
    match op {
        ListOp::Insert { item, .. } => {
            about("change-escalation-raised", item).with("date", item.raised.to_string())
        }
        ListOp::Update(new) => match s.escalation(new.id) {
            Some(old)
                if new.replies.len() == old.replies.len() + 1
                    && new.replies[..old.replies.len()] == old.replies[..] =>
            {
                let r = &new.replies[old.replies.len()];
                about("change-escalation-reply", new)
                    .with("kind", Msg::new(r.kind.msg_id()))
                    .with("date", r.date.to_string())
            }
            _ => about("change-escalation-edited", new),
        },
        ListOp::Remove { id } => match s.escalation(*id) {
            Some(e) => about("change-escalation-deleted", e),
            None => Msg::new("change-escalation-deleted-unknown"),
        },
        ListOp::Move { .. } => Msg::new("change-escalation-moved"),
    }
}

/// Tie-breaks as the room hears them: a run-off is recorded dot by dot, so
/// most of its changes are one dot.
fn describe_tie_break(op: &ListOp<TieBreak>, s: &Session) -> Msg {
    let old = |id: TieBreakId| s.ranking.tie_breaks.iter().find(|t| t.id == id);
    let runoff_votes = |t: &TieBreak| match &t.how {
        TieBreakHow::Runoff { votes } => Some(votes.clone()),
        _ => None,
    };
    let vote = |id: &'static str, v: &Vote| dot(id, s, v.problem, v.group);
    let at_rank = |id: &'static str, t: &TieBreak| Msg::new(id).with("rank", t.rank);
    let broken =
        |t: &TieBreak| at_rank("change-tie-broken", t).with("how", ranking::tie_break_how(t));
    match op {
        ListOp::Insert { item, .. } if ranking::is_decided(item) => broken(item),
        ListOp::Insert { item, .. } => match runoff_votes(item).as_deref() {
            Some([v]) => vote("change-runoff-started-dot", v),
            _ => at_rank("change-runoff-started", item),
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
                    vote("change-runoff-dot", &b[b.len() - 1])
                }
                (Some(a), Some(b)) if a.len() == b.len() + 1 => {
                    let gone = a.iter().find(|v| !b.contains(v)).unwrap_or(&a[0]);
                    vote("change-runoff-dot-back", gone)
                }
                _ => at_rank("change-tie-break-edited", new),
            }
        }
        ListOp::Remove { id } => match old(*id) {
            Some(t) if !ranking::is_decided(t) => match runoff_votes(t).as_deref() {
                Some([v]) => vote("change-runoff-dot-back", v),
                _ => at_rank("change-runoff-dropped", t),
            },
            Some(t) => at_rank("change-tie-break-deleted-at", t),
            None => Msg::new("change-tie-break-deleted"),
        },
        ListOp::Move { .. } => Msg::new("change-tie-break-moved"),
    }
}

/// A list changed: the message names the list by its noun (`noun`, one of
/// [`Keyed::NOUN`], which the message selects on: each language words each
/// list its own way) and the item by `name`.
fn describe_list<T: Keyed>(op: &ListOp<T>, list: &[T], name: impl Fn(&T) -> String) -> Msg {
    let find = |id: T::Id| list.iter().find(|x| x.key() == id);
    let named =
        |id: &'static str, item: &T| Msg::new(id).with("noun", T::NOUN).with("name", name(item));
    match op {
        ListOp::Insert { item, .. } => named("change-added", item),
        ListOp::Remove { id } => match find(*id) {
            Some(item) => named("change-deleted", item),
            None => Msg::new("change-deleted-unknown").with("noun", T::NOUN),
        },
        ListOp::Update(item) => named("change-edited", item),
        ListOp::Move { id, to } => match find(*id) {
            Some(item) => named("change-moved", item).with("position", to + 1),
            None => Msg::new("change-moved-unknown").with("noun", T::NOUN),
        },
    }
}

fn describe_action(op: &ListOp<Action>, s: &Session) -> Msg {
    if let ListOp::Update(new) = op
        && let Some(old) = s.action(new.id)
    {
        let mut plain = old.clone();
        plain.status = new.status;
        if plain == *new && old.status != new.status {
            return Msg::new("change-status")
                .with("activity", new.activity.as_str())
                .with("from", Msg::new(old.status.msg_id()))
                .with("to", Msg::new(new.status.msg_id()));
        }
        let mut with_note = old.clone();
        with_note.progress = new.progress.clone();
        if with_note == *new && new.progress.len() == old.progress.len() + 1 {
            return Msg::new("change-progress-note").with("activity", new.activity.as_str());
        }
    }
    describe_list(op, &s.actions, |a| a.activity.clone())
}

/// "34 min", "under a minute", "2 h 05 min": how long, as a message.
pub fn duration(seconds: u32) -> Msg {
    let m = (seconds + 30) / 60;
    match (m / 60, m % 60) {
        (0, 0) => Msg::new("duration-under-a-minute"),
        (0, m) => Msg::new("duration-minutes").with("m", m),
        (h, m) => Msg::new("duration-hours")
            .with("h", h)
            .with("mm", format!("{m:02}")),
    }
}

/// [`duration`] in English, as a report and the audit log say it.
pub fn minutes(seconds: u32) -> String {
    Lang::En.msg(&duration(seconds))
}
