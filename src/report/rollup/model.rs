//! The roll-up itself: what is counted across the sessions of a period
//! (see the [module documentation](super)), as plain data for the document
//! and the CSV tables.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use crate::model::ranking::ranking;
use crate::model::{ActionStatus, EscalationId, ProblemId, Session};
use crate::report::sections::has_inputs;
use crate::report::similar::{self, jaccard, key_words, normalise};
use crate::report::{RESPONSIBLE_TYPES, anonymize, responsible_type};

use super::hot_spots::{RecurringPlace, TimeAcross, recurring as recurring_places};
use super::trend::{IndicatorAcross, IndicatorTrend, trends};

/// What a roll-up covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RollupOptions {
    /// Sessions dated on or after this day.
    pub since: Option<NaiveDate>,
    /// Sessions dated on or before this day.
    pub until: Option<NaiveDate>,
    /// The day overdue actions are counted from.
    pub today: NaiveDate,
    /// Build from anonymised sessions (see [`super::anonymize`]).
    pub anonymize: bool,
    /// Escalations awaiting a reply longer than this many days are listed.
    pub awaiting_days: i64,
}

/// How long an escalation may wait for a reply before the roll-up lists it,
/// unless `--awaiting-days` says otherwise: a month.
pub const AWAITING_DAYS: i64 = 30;

impl RollupOptions {
    pub fn new(today: NaiveDate) -> RollupOptions {
        RollupOptions {
            since: None,
            until: None,
            today,
            anonymize: false,
            awaiting_days: AWAITING_DAYS,
        }
    }

    /// Whether a session dated `date` is in the period.
    pub fn covers(&self, date: NaiveDate) -> bool {
        self.since.is_none_or(|d| date >= d) && self.until.is_none_or(|d| date <= d)
    }
}

/// The session something came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    pub session_id: String,
    pub session: String,
    pub location: String,
    pub date: NaiveDate,
}

impl Origin {
    fn of(s: &Session) -> Origin {
        Origin {
            session_id: s.id.clone(),
            session: s.title.clone(),
            location: s.location.clone(),
            date: s.date,
        }
    }

    /// "Kibera youth baraza, Kibera, Nairobi, 2026-06-06".
    pub fn describe(&self) -> String {
        let mut parts = vec![self.session.clone()];
        if !self.location.trim().is_empty() {
            parts.push(self.location.clone());
        }
        parts.push(self.date.to_string());
        parts.join(", ")
    }
}

/// One problem as raised in several places: similar titles in one category.
#[derive(Clone, Debug, PartialEq)]
pub struct Recurring {
    /// The most frequent wording.
    pub title: String,
    pub category: String,
    /// Every distinct wording, most frequent first (the first is `title`).
    pub wordings: Vec<String>,
    /// Times raised, counting every session.
    pub raised: usize,
    pub sessions: usize,
    pub communities: usize,
    /// The communities, as their sessions name them, sorted.
    pub places: Vec<String>,
    /// Mean of its rank in each session that ranked it (1 = top).
    pub average_rank: Option<f64>,
    /// Times it was ranked (the average is over these).
    pub ranked: usize,
    /// Times it was shortlisted for action.
    pub shortlisted: usize,
    /// Times it was flagged for district or national action.
    pub escalated: usize,
    pub resolved: usize,
}

/// Problems per category.
#[derive(Clone, Debug, PartialEq)]
pub struct CategoryCount {
    pub category: String,
    pub problems: usize,
    pub sessions: usize,
    pub communities: usize,
    pub escalated: usize,
}

/// Actions of one kind of responsible actor (or all of them), by status.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Completion {
    /// A name from [`RESPONSIBLE_TYPES`], or "All".
    pub responsible: String,
    pub actions: usize,
    pub done: usize,
    pub in_progress: usize,
    pub planned: usize,
    pub stalled: usize,
    pub dropped: usize,
    pub overdue: usize,
}

impl Completion {
    /// Done / all actions, `None` when there are none.
    pub fn rate(&self) -> Option<f64> {
        (self.actions > 0).then(|| self.done as f64 / self.actions as f64)
    }

    fn add(&mut self, status: ActionStatus, overdue: bool) {
        self.actions += 1;
        match status {
            ActionStatus::Done => self.done += 1,
            ActionStatus::InProgress => self.in_progress += 1,
            ActionStatus::Planned => self.planned += 1,
            ActionStatus::Stalled => self.stalled += 1,
            ActionStatus::Dropped => self.dropped += 1,
        }
        if overdue {
            self.overdue += 1;
        }
    }
}

/// An action still open after its due day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Overdue {
    pub origin: Origin,
    pub problem: String,
    pub activity: String,
    pub responsible: String,
    pub due: NaiveDate,
    pub days: i64,
    pub status: ActionStatus,
}

/// A problem flagged for district or national action.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Escalated {
    pub origin: Origin,
    pub problem: String,
    pub category: String,
    /// Where in the community.
    pub place: String,
    /// Its rank in the session, if the session ranked.
    pub rank: Option<usize>,
    pub resolved: bool,
}

/// A session of the period, with what its room agreed may be recorded and
/// shared.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Counted {
    pub origin: Origin,
    pub consent: String,
}

/// A session edited on more than one laptop and not resolved yet: the roll-up
/// counts its newest version once, and says so.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    pub origin: Origin,
    /// The laptops holding a version, the one counted first.
    pub laptops: Vec<String>,
    /// What to type to resolve it.
    pub resolve: String,
}

/// An escalation still waiting for any reply, longer than the roll-up's
/// limit (`--awaiting-days`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Awaiting {
    pub origin: Origin,
    pub problem: String,
    pub to: String,
    pub raised: NaiveDate,
    /// Days since raised, as of the roll-up's day.
    pub days: i64,
    /// Times it was followed up with no reply.
    pub chased: usize,
}

/// Everything the roll-up found.
#[derive(Clone, Debug, PartialEq)]
pub struct Rollup {
    pub options: RollupOptions,
    /// Sessions in the period.
    pub sessions: usize,
    pub communities: usize,
    /// The first and last session dates in the period.
    pub first: Option<NaiveDate>,
    pub last: Option<NaiveDate>,
    /// Problems raised, over all sessions; a problem carried into the next
    /// cycle counts once, in the later session.
    pub problems: usize,
    /// Every group of similar problems, most widespread first.
    pub recurring: Vec<Recurring>,
    pub categories: Vec<CategoryCount>,
    /// One row per kind of responsible actor that has actions, then "All".
    pub completion: Vec<Completion>,
    /// Most overdue first.
    pub overdue: Vec<Overdue>,
    /// By date, then session.
    pub escalated: Vec<Escalated>,
    /// Problems not counted in their session because they were carried over
    /// into a later session in the period (and are counted there).
    pub carried_problems: usize,
    /// The same for actions.
    pub carried_actions: usize,
    /// Every session counted, by date, with its consent note.
    pub counted: Vec<Counted>,
    /// Sessions edited on more than one laptop (a programme roll-up only;
    /// the caller fills this in from the programme view).
    pub conflicts: Vec<Conflict>,
    /// Score-card indicators per community, cycle by cycle.
    pub trends: Vec<IndicatorTrend>,
    /// Score-card indicators across communities, at their latest cycle.
    pub indicators: Vec<IndicatorAcross>,
    /// Places marked in more than one community.
    pub places: Vec<RecurringPlace>,
    /// The times of day and months, across communities.
    pub times: Vec<TimeAcross>,
    /// Escalations in the follow-up ledgers (one carried into the next
    /// cycle counted once).
    pub escalations: usize,
    /// Escalations awaiting a reply longer than `options.awaiting_days`,
    /// the longest first.
    pub awaiting: Vec<Awaiting>,
}

impl Rollup {
    /// The groups raised in at least two communities.
    pub fn across_communities(&self) -> impl Iterator<Item = &Recurring> {
        self.recurring.iter().filter(|r| r.communities >= 2)
    }

    /// The overall completion ("All").
    pub fn overall(&self) -> &Completion {
        self.completion.last().expect("the All row is always there")
    }
}

fn community_key(s: &Session) -> String {
    let key = normalise(&s.location);
    if key.is_empty() {
        format!("\u{0}session {}", s.id)
    } else {
        key
    }
}

fn category_key(category: &str) -> String {
    normalise(category)
}

/// One problem, as the roll-up sees it.
struct Raised<'a> {
    session: usize,
    title: &'a str,
    norm: String,
    rank: Option<usize>,
    shortlisted: bool,
    escalated: bool,
    resolved: bool,
}

/// The most common of some strings; ties go to the first in sort order.
fn most_common<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for i in items {
        *counts.entry(i).or_default() += 1;
    }
    let mut v: Vec<(&str, usize)> = counts.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    v.first().map(|x| x.0.to_string()).unwrap_or_default()
}

/// The roll-up of the sessions dated within the period of `options`.
pub fn rollup(all: &[Session], options: &RollupOptions) -> Rollup {
    let anonymized: Vec<Session>;
    let in_range: Vec<&Session> = if options.anonymize {
        anonymized = all
            .iter()
            .filter(|s| options.covers(s.date))
            .map(anonymize)
            .collect();
        anonymized.iter().collect()
    } else {
        all.iter().filter(|s| options.covers(s.date)).collect()
    };
    let sessions = &in_range;
    let community: Vec<String> = sessions.iter().map(|s| community_key(s)).collect();
    let communities = community.iter().collect::<HashSet<_>>().len();

    // Problems carried into a later session in the period count there only:
    // (the session they were carried from, their id there).
    let superseded: HashSet<(&str, ProblemId)> = sessions
        .iter()
        .filter_map(|s| s.previous.as_deref().map(|previous| (previous, *s)))
        .flat_map(|(previous, s)| {
            s.problems
                .iter()
                .filter_map(move |p| p.carried_from.map(|from| (previous, from)))
        })
        .collect();

    // Problems, with each session's own ranking (the method it used).
    let mut by_category: HashMap<String, Vec<Raised>> = HashMap::new();
    let mut category_names: HashMap<String, Vec<&str>> = HashMap::new();
    let mut escalated = Vec::new();
    let mut problems = 0;
    let mut carried_problems = 0;
    for (i, s) in sessions.iter().enumerate() {
        let ranks: HashMap<ProblemId, usize> = if has_inputs(s, s.ranking.method) {
            ranking(s, s.ranking.method, None)
                .into_iter()
                .map(|r| (r.problem, r.rank))
                .collect()
        } else {
            HashMap::new()
        };
        for p in &s.problems {
            if superseded.contains(&(s.id.as_str(), p.id)) {
                carried_problems += 1;
                continue;
            }
            problems += 1;
            let key = category_key(&p.category);
            category_names
                .entry(key.clone())
                .or_default()
                .push(p.category.trim());
            by_category.entry(key).or_default().push(Raised {
                session: i,
                title: p.title.trim(),
                norm: normalise(&p.title),
                rank: ranks.get(&p.id).copied(),
                shortlisted: s.ranking.shortlist.contains(&p.id),
                escalated: p.needs_escalation,
                resolved: p.resolved,
            });
            if p.needs_escalation {
                escalated.push(Escalated {
                    origin: Origin::of(s),
                    problem: p.title.clone(),
                    category: p.category.clone(),
                    place: p.location.clone(),
                    rank: ranks.get(&p.id).copied(),
                    resolved: p.resolved,
                });
            }
        }
    }
    escalated.sort_by(|a, b| {
        (
            a.origin.date,
            &a.origin.session,
            &a.origin.session_id,
            a.rank,
        )
            .cmp(&(
                b.origin.date,
                &b.origin.session,
                &b.origin.session_id,
                b.rank,
            ))
    });

    let category_name = |key: &str| -> String {
        let name = most_common(category_names[key].iter().copied());
        if name.is_empty() {
            "(no category)".into()
        } else {
            name
        }
    };
    let mut recurring = Vec::new();
    let mut categories = Vec::new();
    for (key, raised) in &by_category {
        let category = category_name(key);
        categories.push(CategoryCount {
            category: category.clone(),
            problems: raised.len(),
            sessions: raised
                .iter()
                .map(|r| r.session)
                .collect::<HashSet<_>>()
                .len(),
            communities: raised
                .iter()
                .map(|r| &community[r.session])
                .collect::<HashSet<_>>()
                .len(),
            escalated: raised.iter().filter(|r| r.escalated).count(),
        });
        recurring.extend(cluster(raised, &category, sessions, &community));
    }
    recurring.sort_by(|a, b| {
        b.communities
            .cmp(&a.communities)
            .then(b.raised.cmp(&a.raised))
            .then(
                a.average_rank
                    .unwrap_or(f64::MAX)
                    .total_cmp(&b.average_rank.unwrap_or(f64::MAX)),
            )
            .then_with(|| a.category.cmp(&b.category))
            .then_with(|| a.title.cmp(&b.title))
    });
    categories.sort_by(|a, b| {
        b.problems
            .cmp(&a.problems)
            .then_with(|| a.category.cmp(&b.category))
    });

    let (completion, overdue, carried_actions) = actions(sessions, options.today);
    let mut counted: Vec<Counted> = sessions
        .iter()
        .map(|s| Counted {
            origin: Origin::of(s),
            consent: s.consent.clone(),
        })
        .collect();
    counted.sort_by(|a, b| {
        (a.origin.date, &a.origin.session, &a.origin.session_id).cmp(&(
            b.origin.date,
            &b.origin.session,
            &b.origin.session_id,
        ))
    });
    let (trends, indicators) = trends(sessions, &community);
    let (places, times) = recurring_places(sessions, &community);
    let ledger = awaiting(sessions, options);
    Rollup {
        options: *options,
        sessions: sessions.len(),
        communities,
        first: sessions.iter().map(|s| s.date).min(),
        last: sessions.iter().map(|s| s.date).max(),
        problems,
        recurring,
        categories,
        completion,
        overdue,
        escalated,
        carried_problems,
        carried_actions,
        counted,
        conflicts: Vec::new(),
        trends,
        indicators,
        places,
        times,
        escalations: ledger.0,
        awaiting: ledger.1,
    }
}

/// How many escalations the ledgers hold, and those waiting longer than the
/// limit for any reply; one carried into a later session of the period
/// counts there only.
fn awaiting(sessions: &[&Session], options: &RollupOptions) -> (usize, Vec<Awaiting>) {
    let carried: HashSet<(&str, EscalationId)> = sessions
        .iter()
        .filter_map(|s| s.previous.as_deref().map(|previous| (previous, *s)))
        .flat_map(|(previous, s)| {
            s.escalations
                .iter()
                .filter(|e| e.inherited_from.is_some())
                .map(move |e| (previous, e.id))
        })
        .collect();
    let counted = || {
        sessions.iter().flat_map(|s| {
            s.escalations
                .iter()
                .filter(|e| !carried.contains(&(s.id.as_str(), e.id)))
                .map(move |e| (*s, e))
        })
    };
    let mut out: Vec<Awaiting> = counted()
        .filter_map(|(s, e)| {
            let days = e.awaiting_reply_days(options.today)?;
            (days > options.awaiting_days).then(|| Awaiting {
                origin: Origin::of(s),
                problem: s.problem_title(e.problem).to_string(),
                to: e.to.clone(),
                raised: e.raised,
                days,
                chased: e.replies.len(),
            })
        })
        .collect();
    out.sort_by(|a, b| {
        b.days
            .cmp(&a.days)
            .then_with(|| a.origin.date.cmp(&b.origin.date))
            .then_with(|| a.problem.cmp(&b.problem))
    });
    (counted().count(), out)
}

/// Groups the problems of one category by similar titles.
fn cluster(
    raised: &[Raised],
    category: &str,
    sessions: &[&Session],
    community: &[String],
) -> Vec<Recurring> {
    // Distinct normalised titles, most frequent first.
    let mut forms: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, r) in raised.iter().enumerate() {
        forms.entry(r.norm.as_str()).or_default().push(i);
    }
    let mut forms: Vec<(&str, Vec<usize>)> = forms.into_iter().collect();
    forms.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(b.0)));

    // Leader clustering on the forms' key words.
    let mut leaders: Vec<Vec<String>> = Vec::new();
    let mut members: Vec<Vec<usize>> = Vec::new();
    for (form, indices) in forms {
        let words = key_words(form);
        let best = leaders
            .iter()
            .enumerate()
            .map(|(i, l)| (i, jaccard(l, &words)))
            .filter(|(_, j)| *j >= similar::THRESHOLD)
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
        match best {
            Some((i, _)) => members[i].extend(indices),
            None => {
                leaders.push(words);
                members.push(indices);
            }
        }
    }

    members
        .into_iter()
        .map(|ids| {
            let group: Vec<&Raised> = ids.iter().map(|i| &raised[*i]).collect();
            // Wordings as typed, most frequent first.
            let mut counts: HashMap<&str, usize> = HashMap::new();
            for r in &group {
                *counts.entry(r.title).or_default() += 1;
            }
            let mut wordings: Vec<(&str, usize)> = counts.into_iter().collect();
            wordings.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
            let ranks: Vec<usize> = group.iter().filter_map(|r| r.rank).collect();
            let mut places: Vec<String> = Vec::new();
            let mut seen = HashSet::new();
            for r in &group {
                if seen.insert(&community[r.session]) {
                    let s = sessions[r.session];
                    places.push(if s.location.trim().is_empty() {
                        s.title.clone()
                    } else {
                        s.location.clone()
                    });
                }
            }
            places.sort();
            Recurring {
                title: wordings[0].0.to_string(),
                category: category.to_string(),
                wordings: wordings.iter().map(|w| w.0.to_string()).collect(),
                raised: group.len(),
                sessions: group
                    .iter()
                    .map(|r| r.session)
                    .collect::<HashSet<_>>()
                    .len(),
                communities: seen.len(),
                places,
                average_rank: (!ranks.is_empty())
                    .then(|| ranks.iter().sum::<usize>() as f64 / ranks.len() as f64),
                ranked: ranks.len(),
                shortlisted: group.iter().filter(|r| r.shortlisted).count(),
                escalated: group.iter().filter(|r| r.escalated).count(),
                resolved: group.iter().filter(|r| r.resolved).count(),
            }
        })
        .collect()
}

/// Completion per kind of actor, the overdue actions, and how many actions
/// were left to the later session they were carried into.
fn actions(sessions: &[&Session], today: NaiveDate) -> (Vec<Completion>, Vec<Overdue>, usize) {
    // Actions carried into a later session in the period count there only.
    let superseded: HashSet<(&str, String)> = sessions
        .iter()
        .flat_map(|s| s.actions.iter())
        .filter_map(|a| {
            a.inherited_from
                .as_deref()
                .map(|from| (from, normalise(&a.activity)))
        })
        .collect();
    let mut by_type: HashMap<&'static str, Completion> = HashMap::new();
    let mut all = Completion {
        responsible: "All".into(),
        ..Completion::default()
    };
    let mut overdue = Vec::new();
    let mut carried = 0;
    for s in sessions {
        for a in &s.actions {
            if superseded.contains(&(s.id.as_str(), normalise(&a.activity))) {
                carried += 1;
                continue;
            }
            let kind = responsible_type(&a.responsible);
            let late = a.is_overdue(today);
            by_type
                .entry(kind)
                .or_insert_with(|| Completion {
                    responsible: kind.into(),
                    ..Completion::default()
                })
                .add(a.status, late);
            all.add(a.status, late);
            if late && let Some(due) = a.due {
                overdue.push(Overdue {
                    origin: Origin::of(s),
                    problem: s.problem_title(a.problem).to_string(),
                    activity: a.activity.clone(),
                    responsible: a.responsible.clone(),
                    due,
                    days: (today - due).num_days(),
                    status: a.status,
                });
            }
        }
    }
    overdue.sort_by(|a, b| {
        b.days
            .cmp(&a.days)
            .then_with(|| a.origin.date.cmp(&b.origin.date))
            .then_with(|| a.origin.session.cmp(&b.origin.session))
            .then_with(|| a.activity.cmp(&b.activity))
    });
    let mut completion: Vec<Completion> = RESPONSIBLE_TYPES
        .iter()
        .filter_map(|t| by_type.remove(t))
        .collect();
    completion.push(all);
    (completion, overdue, carried)
}
