//! The next cycle: a new session that continues an earlier one, and how the
//! room's priorities moved between the two.

use chrono::NaiveDate;

use super::ranking::{Ranked, has_inputs, problem_has_inputs, ranking};
use super::rules::same_group_name;
use super::score_card::{CardScale, Indicator, ScoreCard, Scorer, mean};
use super::session::{AuditEntry, AuditKind, Problem, ProblemId, Session, Timestamp};
use super::where_when::MapPlace;
use crate::text::plural;

/// Starts the next cycle from `prev`: linked by `previous`, with the same
/// groups, dots, categories and criteria, the problems not yet resolved, and
/// the open actions with their status and notes. Problems keep their ids (and
/// say where they came from), so the two cycles can be compared. Votes, pair
/// decisions, scores, the shortlist and lessons start afresh: the room ranks
/// again.
///
/// The score card's provider, scale and indicators come too (the room scores
/// them again, and the new scores are compared with these: see
/// [`compare_cards`]), and so do the places of the where-and-when grid
/// (marked again), and every escalation of a carried problem still awaited,
/// with its replies: the new cycle opens with what is still owed.
pub fn next_cycle(
    prev: &Session,
    id: String,
    title: String,
    date: NaiveDate,
    now: Timestamp,
) -> Session {
    let mut next = Session::new(id, title, date, now);
    next.location = prev.location.clone();
    // The same room speaks the same language: its wall and reports keep it.
    next.language = prev.language.clone();
    next.facilitators = prev.facilitators.clone();
    next.groups = prev.groups.clone();
    next.dots_per_participant = prev.dots_per_participant;
    next.categories = prev.categories.clone();
    next.ranking.criteria = prev.ranking.criteria.clone();
    next.ranking.method = prev.ranking.method;
    next.ranking.shortlist_size = prev.ranking.shortlist_size;
    next.previous = Some(prev.id.clone());
    next.problems = prev
        .problems
        .iter()
        .filter(|p| !p.resolved)
        .map(|p| Problem {
            carried_from: Some(p.id),
            ..p.clone()
        })
        .collect();
    next.actions = prev
        .actions
        .iter()
        .filter(|a| a.status.is_open() && next.problem(a.problem).is_some())
        .map(|a| {
            let mut a = a.clone();
            a.inherited_from = Some(prev.id.clone());
            a
        })
        .collect();
    next.score_card = ScoreCard {
        provider: prev.score_card.provider.clone(),
        scale: prev.score_card.scale,
        indicators: prev
            .score_card
            .indicators
            .iter()
            .map(|i| Indicator {
                carried_from: Some(i.id),
                ..i.clone()
            })
            .collect(),
        scores: Vec::new(),
    };
    next.where_when.places = prev
        .where_when
        .places
        .iter()
        .map(|p| MapPlace {
            carried_from: Some(p.id),
            ..p.clone()
        })
        .collect();
    next.escalations = prev
        .escalations
        .iter()
        .filter(|e| e.is_open() && next.problem(e.problem).is_some())
        .map(|e| {
            let mut e = e.clone();
            e.inherited_from.get_or_insert_with(|| prev.id.clone());
            e
        })
        .collect();
    let mut what = format!(
        "next cycle of «{}» ({}): {} and {} carried over",
        prev.title,
        prev.date,
        plural(next.problems.len(), "problem", "problems"),
        plural(next.actions.len(), "open action", "open actions")
    );
    if !next.escalations.is_empty() {
        what.push_str(&format!(
            ", {} still awaited",
            plural(next.escalations.len(), "escalation", "escalations")
        ));
    }
    next.audit.push(AuditEntry {
        at: now,
        kind: AuditKind::Change,
        what,
    });
    next
}

/// One score across two cycles: before, now (both on the later cycle's
/// scale) and the change.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScoreChange {
    pub before: Option<f64>,
    pub now: Option<f64>,
}

impl ScoreChange {
    /// Now minus before; `None` unless both cycles scored.
    pub fn change(self) -> Option<f64> {
        Some(self.now? - self.before?)
    }
}

/// One indicator of the later cycle with its scores then and now.
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorChange {
    pub name: String,
    /// Per group of the later cycle, by name: (name, change).
    pub groups: Vec<(String, ScoreChange)>,
    pub provider: ScoreChange,
    /// The community's mean (over the groups that scored, in each cycle).
    pub community: ScoreChange,
    /// The gap (community mean minus provider), then and now.
    pub gap: ScoreChange,
}

/// Whether `a` and `b` are one indicator in two cycles: one was carried
/// from the other, or (for cards made apart) they have the same name.
fn same_indicator(a: &Indicator, b: &Indicator) -> bool {
    a.carried_from == Some(b.id)
        || b.carried_from == Some(a.id)
        || same_group_name(&a.name, &b.name)
}

/// How the score card moved from `prev` to `next`: each indicator of `next`
/// matched to `prev`'s (carried over, or of the same name), each group
/// matched by name (ids may differ between cycles), and the provider. The
/// earlier scores are read on the later cycle's scale. Swapping the two
/// sessions turns every change into its opposite.
pub fn compare_cards(prev: &Session, next: &Session) -> Vec<IndicatorChange> {
    let (old, new) = (&prev.score_card, &next.score_card);
    let on_new = |v: f64| old.scale.convert(v, new.scale);
    let groups_new = next.group_ids();
    let groups_old = prev.group_ids();
    new.indicators
        .iter()
        .map(|ind| {
            let was = old.indicators.iter().find(|o| same_indicator(ind, o));
            let before = |by: Scorer| {
                was.and_then(|w| old.value(w.id, by))
                    .map(|v| on_new(f64::from(v)))
            };
            let now = |by: Scorer| new.value(ind.id, by).map(f64::from);
            let groups = next
                .groups
                .iter()
                .map(|g| {
                    let then = prev
                        .groups
                        .iter()
                        .find(|o| same_group_name(&o.name, &g.name))
                        .and_then(|o| before(Scorer::Group(o.id)));
                    (
                        g.name.clone(),
                        ScoreChange {
                            before: then,
                            now: now(Scorer::Group(g.id)),
                        },
                    )
                })
                .collect();
            let community_before = was
                .and_then(|w| old.community(w.id, &groups_old))
                .map(on_new);
            let community_now = new.community(ind.id, &groups_new);
            let gap = |community: Option<f64>, provider: Option<f64>| Some(community? - provider?);
            let provider = ScoreChange {
                before: before(Scorer::Provider),
                now: now(Scorer::Provider),
            };
            IndicatorChange {
                name: ind.name.clone(),
                groups,
                community: ScoreChange {
                    before: community_before,
                    now: community_now,
                },
                gap: ScoreChange {
                    before: gap(community_before, provider.before),
                    now: gap(community_now, provider.now),
                },
                provider,
            }
        })
        .collect()
}

/// The mean change of the community's scores over the indicators both
/// cycles scored: one number for "trust went up or down".
pub fn mean_community_change(changes: &[IndicatorChange]) -> Option<f64> {
    mean(changes.iter().filter_map(|c| c.community.change()))
}

/// A change as the room reads it: "▲ +10", "▼ −1.5", "= 0"; `None` when
/// there is nothing to compare.
pub fn change_label(scale: CardScale, change: ScoreChange) -> Option<String> {
    let d = change.change()?;
    let shown = super::score_card::signed(scale, d);
    Some(if shown.starts_with('+') {
        format!("▲ {shown}")
    } else if shown.starts_with('−') {
        format!("▼ {shown}")
    } else {
        format!("= {shown}")
    })
}

/// How one problem's place changed from one cycle to the next.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Movement {
    /// Named for the first time in this cycle.
    New,
    /// Moved up by this many places.
    Up(usize),
    /// Moved down by this many places.
    Down(usize),
    Same,
    /// Ranked before, not carried into this cycle or deleted here, and not
    /// resolved.
    Dropped,
    /// Marked resolved (in either cycle).
    Resolved,
    /// Carried into this cycle, which has not ranked yet.
    NotRanked,
    /// Got dots (pairs, scores) before, none now: it fell to the bottom,
    /// whatever the numbers of a tie at the bottom say.
    Lost,
    /// Got none before, some now.
    Gained,
    /// Got nothing in either cycle: no place to compare.
    Neither,
}

impl Movement {
    pub fn label(self) -> String {
        match self {
            Movement::New => "new".into(),
            Movement::Up(n) => format!("▲ up {n}"),
            Movement::Down(n) => format!("▼ down {n}"),
            Movement::Same => "= same".into(),
            Movement::Dropped => "dropped".into(),
            Movement::Resolved => "✓ resolved".into(),
            Movement::NotRanked => "not ranked yet".into(),
            Movement::Lost => "▼ none now".into(),
            Movement::Gained => "▲ first votes".into(),
            Movement::Neither => "· none, both".into(),
        }
    }
}

/// A place in one cycle's ranking: the rank, and whether another problem
/// shares it (shown "4=").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place {
    pub rank: usize,
    pub tied: bool,
}

impl Place {
    /// "4", or "4=" when shared.
    pub fn label(self) -> String {
        if self.tied {
            format!("{}=", self.rank)
        } else {
            self.rank.to_string()
        }
    }
}

/// One problem across two cycles. A place is `None` where the problem got
/// nothing (no dot, no decided pair, no score) or the cycle ranked nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MovementRow {
    pub title: String,
    pub before: Option<Place>,
    pub now: Option<Place>,
    pub movement: Movement,
}

/// The rank of every problem of `prev` and `next`, matched through
/// `carried_from`; overall (`group` = None) or for the group of that name in
/// both sessions (groups are matched by name: ids may differ between cycles).
/// Each session is ranked by its own method. Rows follow the new ranking, then
/// the problems that left it.
///
/// Movement is shown only where a place really changed: a problem that got
/// nothing has no place (not a share of the last one), so two problems with
/// no dots in either cycle never "move up 1", and one that fell from 3 dots
/// to none reads "none now" rather than "same" among the ties at the bottom.
pub fn compare_cycles(prev: &Session, next: &Session, group: Option<&str>) -> Vec<MovementRow> {
    let group_in =
        |s: &Session| group.and_then(|name| s.groups.iter().find(|g| g.name == name).map(|g| g.id));
    // A cycle that recorded nothing yet has no ranks, not a tie at 1.
    let ranks = |s: &Session| -> Vec<Ranked> {
        let group = group_in(s);
        if has_inputs(s, s.ranking.method, group) {
            ranking(s, s.ranking.method, group)
                .into_iter()
                .filter(|r| problem_has_inputs(s, s.ranking.method, group, r.problem))
                .collect()
        } else {
            Vec::new()
        }
    };
    let before = ranks(prev);
    let after = ranks(next);
    let place_of = |list: &[Ranked], id: ProblemId| {
        list.iter().find(|r| r.problem == id).map(|r| Place {
            rank: r.rank,
            tied: list.iter().filter(|o| o.rank == r.rank).count() > 1,
        })
    };
    let prev_ranked = !before.is_empty();
    let next_ranked = !after.is_empty();

    // The new cycle's problems in its ranking order (those with nothing
    // recorded after them, as named), or as named while it has not ranked.
    let mut order: Vec<ProblemId> = after.iter().map(|r| r.problem).collect();
    for p in &next.problems {
        if !order.contains(&p.id) {
            order.push(p.id);
        }
    }
    let mut rows = Vec::new();
    for id in order {
        let Some(p) = next.problem(id) else {
            continue;
        };
        let now = place_of(&after, id);
        let old = p.carried_from.filter(|id| prev.problem(*id).is_some());
        let was = old.and_then(|id| place_of(&before, id));
        let movement = match (p.resolved, old, was, now) {
            (true, ..) => Movement::Resolved,
            (false, None, ..) => Movement::New,
            // Carried, but one of the two cycles has no ranks to compare.
            _ if !prev_ranked || !next_ranked => Movement::NotRanked,
            (false, Some(_), Some(was), Some(now)) if was.rank > now.rank => {
                Movement::Up(was.rank - now.rank)
            }
            (false, Some(_), Some(was), Some(now)) if was.rank < now.rank => {
                Movement::Down(now.rank - was.rank)
            }
            (false, Some(_), Some(_), Some(_)) => Movement::Same,
            (false, Some(_), Some(_), None) => Movement::Lost,
            (false, Some(_), None, Some(_)) => Movement::Gained,
            (false, Some(_), None, None) => Movement::Neither,
        };
        rows.push(MovementRow {
            title: p.title.clone(),
            before: was,
            now,
            movement,
        });
    }
    for r in &before {
        let Some(p) = prev.problem(r.problem) else {
            continue;
        };
        let carried = next.problems.iter().any(|n| n.carried_from == Some(p.id));
        if carried {
            continue;
        }
        rows.push(MovementRow {
            title: p.title.clone(),
            before: place_of(&before, r.problem),
            now: None,
            movement: if p.resolved {
                Movement::Resolved
            } else {
                Movement::Dropped
            },
        });
    }
    rows
}
