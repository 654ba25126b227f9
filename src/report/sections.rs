//! The session report as a [`Doc`]: overview, context, groups, problems and
//! their trees, where and when, the ranking (overall, per group,
//! tie-breaks), the score card, the action plan, monitoring, the follow-up
//! of escalations and lessons. Markdown and HTML render this one document.

use std::collections::HashMap;

use chrono::NaiveDate;

use std::borrow::Cow;

use super::doc::{Bar, Block, Chart, Doc, Item, Table, Text, number};
use super::small_groups::{Merged, OTHER_GROUPS};
use super::{Options, anonymize_with};
use crate::i18n::{Arg, Lang};
use crate::model::minutes;
use crate::model::ranking::{Ranked, compare_groups, is_decided, pairwise_progress, ranking, ties};
use crate::model::{
    Action, ActionStatus, Blind, GroupId, ProblemId, RankMethod, Session, Stage, TieBreak,
    TieBreakHow, Timestamp,
};
use crate::tr;

/// The whole session as a document, anonymised if `options` say so.
pub fn document(s: &Session, options: &Options) -> Doc {
    let (s, merged) = if options.anonymize {
        let (a, merged) = anonymize_with(s, options.min_group);
        (Cow::Owned(a), merged)
    } else {
        (Cow::Borrowed(s), None)
    };
    let s = s.as_ref();
    let l = options.lang;
    let mut d = Doc {
        title: s.title.clone(),
        blocks: Vec::new(),
        lang: l,
    };
    if options.anonymize {
        d.blocks
            .push(Block::Note(tr!(l, "report-anonymised").into()));
    }
    if let Some(m) = &merged {
        d.blocks.push(Block::Note(merged_words(l, m)));
    }
    if options.from_encrypted {
        d.blocks
            .push(Block::Note(tr!(l, "report-not-encrypted").into()));
    }
    overview(s, options, &mut d.blocks);
    consent(s, l, &mut d.blocks);
    context(s, options, &mut d.blocks);
    groups(s, l, &mut d.blocks);
    problems(s, l, &mut d.blocks);
    super::where_when::section(s, l, &mut d.blocks);
    rank(s, l, &mut d.blocks);
    super::score_card::section(s, options, &mut d.blocks);
    plan(s, options, &mut d.blocks);
    monitor(s, options.today, l, &mut d.blocks);
    super::ledger::section(s, options, &mut d.blocks);
    lessons(s, options, &mut d.blocks);
    d
}

/// A moment as the room saw it on the wall: `2026-06-06 10:04`.
pub(crate) fn time(t: &Timestamp) -> String {
    t.format("%Y-%m-%d %H:%M").to_string()
}

pub(crate) fn date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// A score as a message argument: a count when whole (the plural rules
/// choose by it), else its digits ("2.5").
fn score_arg(score: f64) -> Arg {
    if score.fract() == 0.0 && score.abs() < 1e15 {
        Arg::Int(score as i64)
    } else {
        Arg::Text(number(score))
    }
}

/// Words for a score of `method`: "9 dots", "2.5 wins", "14 points".
pub(crate) fn score_words(l: Lang, method: RankMethod, score: f64) -> String {
    let id = match method {
        RankMethod::Dots => "report-score-dots",
        RankMethod::Pairwise => "report-score-wins",
        RankMethod::Criteria => "report-score-points",
    };
    l.f(id, &[("n", score_arg(score))])
}

pub(crate) fn score_header(l: Lang, method: RankMethod) -> &'static str {
    match method {
        RankMethod::Dots => tr!(l, "report-col-dots"),
        RankMethod::Pairwise => tr!(l, "report-col-wins"),
        RankMethod::Criteria => tr!(l, "report-col-weighted"),
    }
}

/// Ranks as read in a table: `2=` when another problem shares rank 2.
fn rank_label(ranked: &[Ranked], r: &Ranked) -> String {
    if ranked.iter().filter(|x| x.rank == r.rank).count() > 1 {
        format!("{}=", r.rank)
    } else {
        r.rank.to_string()
    }
}

/// Whether the room recorded anything for `method`.
pub(crate) fn has_inputs(s: &Session, method: RankMethod) -> bool {
    match method {
        RankMethod::Dots => !s.ranking.votes.is_empty(),
        RankMethod::Pairwise => !s.ranking.pairs.is_empty(),
        RankMethod::Criteria => !s.ranking.scores.is_empty(),
    }
}

/// Whether the session has got to `stage`: as the stepper and the session
/// list say, from what it holds.
fn reached(s: &Session, stage: Stage) -> bool {
    crate::model::progress::reached(s) >= stage
}

fn not_reached(s: &Session, l: Lang, stage: Stage) -> Block {
    Block::Note(tr!(
        l,
        "report-not-reached",
        stage = l.t(stage.msg_id()),
        reached = l.t(crate::model::progress::reached(s).msg_id())
    ))
}

fn overview(s: &Session, options: &Options, out: &mut Vec<Block>) {
    let l = options.lang;
    let mut facts = vec![
        (tr!(l, "report-community").to_string(), s.location.clone()),
        (tr!(l, "report-date").to_string(), l.date_long(s.date)),
    ];
    if !options.anonymize {
        facts.push((
            tr!(l, "report-facilitators").into(),
            s.facilitators.join(l.t("list-separator")),
        ));
    }
    facts.push((
        tr!(l, "report-stage-reached").into(),
        l.t(crate::model::progress::reached(s).msg_id()).into(),
    ));
    facts.push((
        tr!(l, "report-participants").into(),
        tr!(
            l,
            "report-participants-value",
            people = s.participants(),
            groups = s.groups.len(),
            dots = s.dots_per_participant
        ),
    ));
    if let Some(previous) = &s.previous {
        facts.push((
            tr!(l, "report-previous-cycle").into(),
            tr!(l, "report-previous-value", id = previous),
        ));
    }
    if !s.worked.is_empty() {
        // In the order of the cycle, as the room went through it.
        let worked: Vec<String> = Stage::ALL
            .iter()
            .filter_map(|stage| {
                let seconds = s.worked.get(stage)?;
                Some(tr!(
                    l,
                    "report-worked-value",
                    stage = l.t(stage.msg_id()),
                    time = minutes(*seconds)
                ))
            })
            .collect();
        facts.push((tr!(l, "report-time-worked").into(), worked.join(" · ")));
    }
    facts.push((tr!(l, "report-last-updated").into(), time(&s.updated)));
    facts.push((tr!(l, "report-as-of").into(), l.date_long(options.today)));
    facts.push((tr!(l, "report-language").into(), l.native_name().into()));
    facts.retain(|(_, value)| !value.trim().is_empty());
    out.push(Block::Facts(facts));
}

/// The note of an anonymised copy whose small groups were merged.
pub(crate) fn merged_words(l: Lang, m: &Merged) -> String {
    if m.whole_room {
        tr!(
            l,
            "report-merged-whole-room",
            min = m.min_people,
            other = OTHER_GROUPS
        )
    } else {
        tr!(
            l,
            "report-merged",
            min = m.min_people,
            other = OTHER_GROUPS,
            groups = m.groups,
            people = m.people
        )
    }
}

/// What the room agreed may be recorded and shared, and what was purged
/// since under the programme's retention rule: every report carries both,
/// anonymised copies too, since they travel furthest.
fn consent(s: &Session, l: Lang, out: &mut Vec<Block>) {
    out.push(Block::Heading(2, tr!(l, "report-consent").into()));
    if s.consent.trim().is_empty() {
        out.push(Block::Note(tr!(l, "report-no-consent").into()));
    } else {
        out.push(Block::Para(Text::plain(tr!(l, "report-consent-intro"))));
        out.push(lines(&s.consent));
    }
    for p in &s.purges {
        out.push(Block::Note(tr!(
            l,
            "report-purged",
            date = l.date_long(p.at.date_naive()),
            what = p.msg()
        )));
    }
}

fn context(s: &Session, options: &Options, out: &mut Vec<Block>) {
    let l = options.lang;
    out.push(Block::Heading(2, tr!(l, "report-context").into()));
    if options.anonymize {
        out.push(Block::Note(tr!(l, "report-context-anonymised").into()));
    } else if s.context.trim().is_empty() {
        out.push(Block::Para(tr!(l, "report-no-context").into()));
    } else {
        out.push(lines(&s.context));
    }
}

fn lines(text: &str) -> Block {
    Block::Lines(text.trim_end().lines().map(str::to_string).collect())
}

fn groups(s: &Session, l: Lang, out: &mut Vec<Block>) {
    out.push(Block::Heading(2, tr!(l, "report-groups").into()));
    if s.groups.is_empty() {
        out.push(Block::Para(tr!(l, "report-no-groups").into()));
        return;
    }
    let mut t = Table::new(&[
        tr!(l, "report-col-group"),
        tr!(l, "report-col-people"),
        tr!(l, "report-col-dot-budget"),
        tr!(l, "report-col-dots-placed"),
    ])
    .numeric(&[1, 2, 3]);
    for g in &s.groups {
        t.row(vec![
            g.name.clone(),
            g.count.to_string(),
            s.dot_budget(g.id).to_string(),
            s.dots_used(g.id).to_string(),
        ]);
    }
    t.row(vec![
        tr!(l, "report-all").into(),
        s.participants().to_string(),
        s.groups
            .iter()
            .map(|g| s.dot_budget(g.id))
            .sum::<u32>()
            .to_string(),
        s.ranking.votes.len().to_string(),
    ]);
    out.push(Block::Table(t));
}

fn group_list(s: &Session, l: Lang, ids: &[GroupId]) -> String {
    ids.iter()
        .map(|g| s.group_name(*g))
        .collect::<Vec<_>>()
        .join(l.t("list-separator"))
}

fn problems(s: &Session, l: Lang, out: &mut Vec<Block>) {
    out.push(Block::Heading(2, tr!(l, "report-problems").into()));
    if s.problems.is_empty() {
        out.push(Block::Para(tr!(l, "report-no-problems").into()));
        return;
    }
    for (i, p) in s.problems.iter().enumerate() {
        out.push(Block::Heading(3, format!("{}. {}", i + 1, p.title)));
        let mut facts = vec![
            (tr!(l, "report-category").to_string(), p.category.clone()),
            (tr!(l, "report-where").to_string(), p.location.clone()),
            (
                tr!(l, "report-raised-by").to_string(),
                group_list(s, l, &p.raised_by),
            ),
        ];
        let mut flags = Vec::new();
        if p.needs_escalation {
            flags.push(tr!(l, "report-flag-escalation"));
        }
        if p.resolved {
            flags.push(tr!(l, "report-flag-resolved"));
        }
        if p.carried_from.is_some() {
            flags.push(tr!(l, "report-flag-carried"));
        }
        if !flags.is_empty() {
            facts.push((tr!(l, "report-flags").into(), flags.join("; ")));
        }
        facts.retain(|(_, v)| !v.trim().is_empty());
        out.push(Block::Facts(facts));
        if !p.description.trim().is_empty() {
            out.push(lines(&p.description));
        }
        let branch = |label: &str, items: &[String]| {
            let children = if items.is_empty() {
                vec![Item::new(tr!(l, "report-none-recorded"))]
            } else {
                items.iter().map(|c| Item::new(c.as_str())).collect()
            };
            Item::with(Text::strong(label), children)
        };
        out.push(Block::List(vec![Item::with(
            Text::strong(tr!(l, "report-tree-problem")).then(p.title.clone()),
            vec![
                branch(tr!(l, "report-tree-causes"), &p.causes),
                branch(tr!(l, "report-tree-effects"), &p.effects),
            ],
        )]));
    }
}

fn rank(s: &Session, l: Lang, out: &mut Vec<Block>) {
    out.push(Block::Heading(2, tr!(l, "report-ranking").into()));
    let method = s.ranking.method;
    if s.problems.is_empty() || !RankMethod::ALL.iter().any(|m| has_inputs(s, *m)) {
        if reached(s, Stage::Rank) {
            out.push(Block::Para(tr!(l, "report-nothing-ranked").into()));
            shortlist(s, l, out);
        } else {
            out.push(not_reached(s, l, Stage::Rank));
        }
        return;
    }
    let ranked = ranking(s, method, None);
    let inputs = match method {
        RankMethod::Dots => tr!(
            l,
            "report-inputs-dots",
            dots = s.ranking.votes.len(),
            voted = s.groups.iter().filter(|g| s.dots_used(g.id) > 0).count(),
            groups = s.groups.len()
        ),
        RankMethod::Pairwise => {
            let (done, all) = pairwise_progress(s, None);
            tr!(l, "report-inputs-pairwise", done = done, pairs = all)
        }
        RankMethod::Criteria => tr!(
            l,
            "report-inputs-criteria",
            criteria = s
                .ranking
                .criteria
                .iter()
                .map(|c| tr!(
                    l,
                    "report-criterion-weight",
                    name = &c.name,
                    weight = c.weight
                ))
                .collect::<Vec<_>>()
                .join(l.t("list-separator"))
        ),
    };
    out.push(Block::Para(
        Text::plain(tr!(l, "report-method-used"))
            .then_strong(l.t(method.msg_id()))
            .then(". ")
            .then(inputs),
    ));
    match s.ranking.blind {
        Blind::Open => {}
        Blind::Hidden => out.push(Block::Para(
            Text::strong(tr!(l, "report-blind")).then(tr!(l, "report-blind-hidden")),
        )),
        Blind::Revealed => out.push(Block::Para(
            Text::strong(tr!(l, "report-blind")).then(tr!(l, "report-blind-revealed")),
        )),
    }
    out.push(Block::Chart(Chart {
        caption: tr!(
            l,
            "report-chart-caption",
            score = score_header(l, method),
            method = l.t(method.msg_id())
        ),
        bars: ranked
            .iter()
            .map(|r| Bar {
                label: s.problem_title(r.problem).to_string(),
                value: r.score,
                shown: score_words(l, method, r.score),
            })
            .collect(),
    }));
    let broken: HashMap<_, &TieBreak> = s.ranking.tie_breaks.iter().map(|t| (t.id, t)).collect();
    let mut t = Table::new(&[
        tr!(l, "report-col-rank"),
        tr!(l, "report-col-problem"),
        tr!(l, "report-col-category"),
        score_header(l, method),
        tr!(l, "report-col-shortlist"),
        tr!(l, "report-col-tie-broken-by"),
    ])
    .numeric(&[0, 3, 4]);
    for r in &ranked {
        let p = s.problem(r.problem);
        t.row(vec![
            rank_label(&ranked, r),
            s.problem_title(r.problem).to_string(),
            p.map(|p| p.category.clone()).unwrap_or_default(),
            number(r.score),
            shortlist_position(s, r.problem),
            r.broken_by
                .and_then(|id| broken.get(&id))
                .map(|t| tie_break_words(l, t))
                .unwrap_or_default(),
        ]);
    }
    out.push(Block::Table(t));
    by_group(s, l, method, out);
    for other in RankMethod::ALL {
        if other != method && has_inputs(s, other) {
            out.push(Block::Heading(
                3,
                tr!(l, "report-also-recorded", method = l.t(other.msg_id())),
            ));
            let ranked = if other == RankMethod::Pairwise {
                // Every decision counts, also those made before the
                // shortlist (and so the round) changed.
                let among = crate::model::ranking::pairwise_recorded_among(s);
                out.push(Block::Para(Text::plain(tr!(
                    l,
                    "report-among",
                    problems = among.len()
                ))));
                crate::model::ranking::pairwise_ranking_among(s, None, &among)
            } else {
                ranking(s, other, None)
            };
            let mut t = Table::new(&[
                tr!(l, "report-col-rank"),
                tr!(l, "report-col-problem"),
                score_header(l, other),
            ])
            .numeric(&[0, 2]);
            for r in &ranked {
                t.row(vec![
                    rank_label(&ranked, r),
                    s.problem_title(r.problem).to_string(),
                    number(r.score),
                ]);
            }
            out.push(Block::Table(t));
        }
    }
    pair_decisions(s, l, out);
    criteria_scores(s, l, out);
    tie_breaks(s, l, &ranked, out);
    shortlist(s, l, out);
}

fn shortlist_position(s: &Session, p: ProblemId) -> String {
    s.ranking
        .shortlist
        .iter()
        .position(|x| *x == p)
        .map(|i| (i + 1).to_string())
        .unwrap_or_default()
}

/// How a tie-break reads, without an empty reason dangling after a colon
/// (anonymised copies drop the reasons).
pub(crate) fn tie_break_words(l: Lang, t: &TieBreak) -> String {
    match &t.how {
        TieBreakHow::Decision { reason } if reason.trim().is_empty() => {
            tr!(l, "report-by-decision-plain").into()
        }
        TieBreakHow::Decision { reason } => tr!(l, "report-by-decision", reason = reason),
        TieBreakHow::Runoff { votes } => tr!(l, "report-by-runoff", dots = votes.len()),
        TieBreakHow::HeadToHead => tr!(l, "report-by-head-to-head").into(),
    }
}

fn by_group(s: &Session, l: Lang, method: RankMethod, out: &mut Vec<Block>) {
    out.push(Block::Heading(3, tr!(l, "report-by-group").into()));
    let cmp = compare_groups(s, method);
    let took_part: Vec<usize> = (0..cmp.groups.len())
        .filter(|i| cmp.rows.iter().any(|r| r.ranks[*i].is_some()))
        .collect();
    if took_part.is_empty() {
        out.push(Block::Para(tr!(l, "report-no-group-ranks").into()));
        return;
    }
    // Each group's own scores, to show beside its ranks.
    let scores: Vec<HashMap<ProblemId, f64>> = cmp
        .groups
        .iter()
        .map(|g| {
            ranking(s, method, Some(*g))
                .into_iter()
                .map(|r| (r.problem, r.score))
                .collect()
        })
        .collect();
    let disagree = cmp.biggest_disagreements();
    out.push(Block::Para(Text::plain(tr!(
        l,
        "report-by-group-intro",
        score = score_header(l, method).to_lowercase()
    ))));
    let mut header: Vec<String> = vec![
        tr!(l, "report-col-problem").into(),
        tr!(l, "report-col-overall").into(),
    ];
    header.extend(cmp.groups.iter().map(|g| s.group_name(*g).to_string()));
    header.push(tr!(l, "report-col-spread").into());
    header.push(tr!(l, "report-col-note").into());
    let mut t = Table {
        header,
        numeric: (1..cmp.groups.len() + 3).collect(),
        rows: Vec::new(),
    };
    for row in &cmp.rows {
        let mut cells = vec![
            s.problem_title(row.problem).to_string(),
            row.overall.to_string(),
        ];
        for (i, rank) in row.ranks.iter().enumerate() {
            cells.push(match rank {
                Some(rank) => {
                    let score = scores[i].get(&row.problem).copied().unwrap_or(0.0);
                    format!("{rank} ({})", number(score))
                }
                None => "–".into(),
            });
        }
        cells.push(row.spread.to_string());
        let marked = disagree.contains(&row.problem);
        cells.push(if marked {
            tr!(l, "report-biggest-disagreement").into()
        } else {
            String::new()
        });
        t.marked_row(cells, marked);
    }
    out.push(Block::Table(t));
}

fn pair_decisions(s: &Session, l: Lang, out: &mut Vec<Block>) {
    if s.ranking.pairs.is_empty() {
        return;
    }
    out.push(Block::Heading(3, tr!(l, "report-pairwise").into()));
    // What was compared, named: a shortlist changed since leaves the
    // decisions recorded, and the reader sees among which problems.
    let among = crate::model::ranking::decided_problems(s);
    out.push(Block::Para(Text::plain(tr!(
        l,
        "report-decided-among",
        problems = among.len(),
        titles = among
            .iter()
            .map(|p| format!("«{}»", s.problem_title(*p)))
            .collect::<Vec<_>>()
            .join(l.t("list-separator"))
    ))));
    let mut t = Table::new(&[
        tr!(l, "report-col-pair"),
        tr!(l, "report-col-decided-by"),
        tr!(l, "report-col-more-important"),
        tr!(l, "report-col-reason"),
        tr!(l, "report-col-when"),
    ]);
    for d in &s.ranking.pairs {
        t.row(vec![
            // Each title in «», joined by "vs": bilingual titles hold " / ".
            pair_words(l, s.problem_title(d.pair.0), s.problem_title(d.pair.1)),
            d.group
                .map_or(tr!(l, "report-whole-room").to_string(), |g| {
                    s.group_name(g).to_string()
                }),
            d.winner.map_or(tr!(l, "report-tie").to_string(), |w| {
                s.problem_title(w).to_string()
            }),
            d.reason.clone(),
            time(&d.at),
        ]);
    }
    out.push(Block::Table(t));
}

fn criteria_scores(s: &Session, l: Lang, out: &mut Vec<Block>) {
    if s.ranking.scores.is_empty() {
        return;
    }
    out.push(Block::Heading(3, tr!(l, "report-criteria").into()));
    out.push(Block::Para(tr!(l, "report-criteria-intro").into()));
    let mut header = vec![tr!(l, "report-col-problem").to_string()];
    header.extend(s.ranking.criteria.iter().map(|c| {
        tr!(
            l,
            "report-criterion-weight",
            name = &c.name,
            weight = c.weight
        )
    }));
    header.push(tr!(l, "report-col-total").into());
    let n = s.ranking.criteria.len();
    let mut t = Table {
        header,
        numeric: (1..=n + 1).collect(),
        rows: Vec::new(),
    };
    let totals: HashMap<ProblemId, f64> = ranking(s, RankMethod::Criteria, None)
        .into_iter()
        .map(|r| (r.problem, r.score))
        .collect();
    for p in &s.problems {
        let mut cells = vec![p.title.clone()];
        for c in &s.ranking.criteria {
            cells.push(
                crate::model::ranking::cell_score(s, p.id, c.id, None)
                    .map(number)
                    .unwrap_or_else(|| "–".into()),
            );
        }
        cells.push(number(totals.get(&p.id).copied().unwrap_or(0.0)));
        t.row(cells);
    }
    out.push(Block::Table(t));
}

fn tie_breaks(s: &Session, l: Lang, ranked: &[Ranked], out: &mut Vec<Block>) {
    out.push(Block::Heading(3, tr!(l, "report-ties").into()));
    let titles = |ids: &[ProblemId]| {
        ids.iter()
            .map(|p| format!("«{}»", s.problem_title(*p)))
            .collect::<Vec<_>>()
            .join(l.t("list-separator"))
    };
    let mut items = Vec::new();
    // A run-off abandoned (or still under way) decided nothing: it is not
    // a tie-break, and the report says nothing of it.
    for t in s.ranking.tie_breaks.iter().filter(|t| is_decided(t)) {
        let order = t
            .order
            .iter()
            .enumerate()
            .map(|(i, p)| {
                Item::new(tr!(
                    l,
                    "report-tie-order",
                    rank = t.rank + i,
                    title = s.problem_title(*p)
                ))
            })
            .collect();
        items.push(Item::with(
            Text::plain(tr!(
                l,
                "report-tie-broken",
                rank = t.rank,
                method = l.t(t.method.msg_id()),
                titles = titles(&t.tied)
            ))
            .then_strong(tie_break_words(l, t))
            .then(tr!(l, "report-tie-giving", time = time(&t.at))),
            order,
        ));
    }
    for (rank, tied) in ties(ranked) {
        items.push(Item::new(tr!(
            l,
            "report-tie-open",
            rank = rank,
            titles = titles(&tied)
        )));
    }
    if items.is_empty() {
        out.push(Block::Para(tr!(l, "report-no-ties").into()));
    } else {
        out.push(Block::List(items));
    }
}

/// A pair of problems as reports write it: «A» vs «B».
pub(crate) fn pair_words(l: Lang, a: &str, b: &str) -> String {
    tr!(l, "report-pair", a = a, b = b)
}

fn shortlist(s: &Session, l: Lang, out: &mut Vec<Block>) {
    out.push(Block::Heading(3, tr!(l, "report-shortlist").into()));
    if s.ranking.shortlist.is_empty() {
        out.push(Block::Para(tr!(l, "report-no-shortlist").into()));
        return;
    }
    out.push(Block::Numbered(
        s.ranking
            .shortlist
            .iter()
            .map(|p| Item::new(s.problem_title(*p)))
            .collect(),
    ));
}

/// The problems the action plan is about: the shortlist in order, then any
/// other problem that has actions.
fn planned_problems(s: &Session) -> Vec<ProblemId> {
    let mut ids: Vec<ProblemId> = s.ranking.shortlist.clone();
    for a in &s.actions {
        if !ids.contains(&a.problem) {
            ids.push(a.problem);
        }
    }
    ids
}

fn plan(s: &Session, options: &Options, out: &mut Vec<Block>) {
    let l = options.lang;
    out.push(Block::Heading(2, tr!(l, "report-plan").into()));
    if s.actions.is_empty() && !reached(s, Stage::Plan) {
        out.push(not_reached(s, l, Stage::Plan));
        return;
    }
    if s.actions.is_empty() {
        out.push(Block::Para(tr!(l, "report-no-actions").into()));
    }
    let header: Vec<&str> = if options.anonymize {
        [
            "report-col-no",
            "report-col-activity",
            "report-col-responsible",
            "report-col-start",
            "report-col-due",
            "report-col-resources",
            "report-col-indicator",
            "report-col-status",
        ]
        .iter()
        .map(|id| l.t(id))
        .collect()
    } else {
        [
            "report-col-no",
            "report-col-activity",
            "report-col-responsible",
            "report-col-with",
            "report-col-start",
            "report-col-due",
            "report-col-resources",
            "report-col-indicator",
            "report-col-risks",
            "report-col-status",
        ]
        .iter()
        .map(|id| l.t(id))
        .collect()
    };
    for p in planned_problems(s) {
        out.push(Block::Heading(
            3,
            tr!(l, "report-plan-for", title = s.problem_title(p)),
        ));
        let actions: Vec<&Action> = s.actions.iter().filter(|a| a.problem == p).collect();
        if actions.is_empty() {
            out.push(Block::Para(tr!(l, "report-no-action-for").into()));
            continue;
        }
        let mut t = Table::new(&header).numeric(&[0]);
        for a in actions {
            let mut activity = a.activity.clone();
            if let Some(i) = a.card_indicator {
                activity.push_str(&format!(
                    " {}",
                    tr!(
                        l,
                        "report-on-card-gap",
                        indicator = s.score_card.indicator_name(i)
                    )
                ));
            }
            let mut cells = vec![a.id.to_string(), activity, a.responsible.clone()];
            if !options.anonymize {
                cells.push(a.partners.clone());
            }
            cells.extend([
                date(a.start),
                date(a.due),
                a.resources.clone(),
                a.indicator.clone(),
            ]);
            if !options.anonymize {
                cells.push(a.risks.clone());
            }
            cells.push(l.t(a.status.msg_id()).into());
            t.row(cells);
        }
        out.push(Block::Table(t));
    }
}

fn monitor(s: &Session, today: NaiveDate, l: Lang, out: &mut Vec<Block>) {
    out.push(Block::Heading(2, tr!(l, "report-monitoring").into()));
    if s.actions.is_empty() {
        if reached(s, Stage::Monitor) {
            out.push(Block::Para(tr!(l, "report-nothing-to-follow").into()));
        } else {
            out.push(not_reached(s, l, Stage::Monitor));
        }
        return;
    }
    let counts: Vec<String> = ActionStatus::ALL
        .iter()
        .filter_map(|st| {
            let n = s.actions.iter().filter(|a| a.status == *st).count();
            (n > 0).then(|| tr!(l, "report-status-count", n = n, status = l.t(st.msg_id())))
        })
        .collect();
    let overdue = s.actions.iter().filter(|a| a.is_overdue(today)).count();
    out.push(Block::Para(
        Text::plain(tr!(
            l,
            "report-monitor-summary",
            actions = s.actions.len(),
            counts = counts.join(l.t("list-separator"))
        ))
        .then_strong(tr!(l, "report-overdue-count", n = overdue))
        .then(tr!(l, "report-as-of-date", date = l.date_long(today))),
    ));
    let mut t = Table::new(&[
        tr!(l, "report-col-no"),
        tr!(l, "report-col-activity"),
        tr!(l, "report-col-responsible"),
        tr!(l, "report-col-due"),
        tr!(l, "report-col-status"),
        tr!(l, "report-col-overdue"),
        tr!(l, "report-col-notes"),
        tr!(l, "report-col-last-note"),
    ])
    .numeric(&[0, 6]);
    for a in &s.actions {
        let overdue = a.is_overdue(today);
        let late = match a.due {
            Some(due) if overdue => tr!(l, "report-overdue-by", days = (today - due).num_days()),
            _ => String::new(),
        };
        let mut activity = a.activity.clone();
        if a.inherited_from.is_some() {
            activity.push_str(tr!(l, "report-from-previous"));
        }
        t.marked_row(
            vec![
                a.id.to_string(),
                activity,
                a.responsible.clone(),
                date(a.due),
                l.t(a.status.msg_id()).into(),
                late,
                a.progress.len().to_string(),
                a.progress
                    .iter()
                    .map(|n| n.date)
                    .max()
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
            ],
            overdue,
        );
    }
    out.push(Block::Table(t));
    for a in s.actions.iter().filter(|a| !a.progress.is_empty()) {
        out.push(Block::Heading(
            3,
            tr!(
                l,
                "report-progress-of",
                id = a.id.to_string(),
                title = &a.activity
            ),
        ));
        let mut notes: Vec<_> = a.progress.iter().collect();
        notes.sort_by_key(|n| (n.date, n.at));
        out.push(Block::List(
            notes
                .into_iter()
                .map(|n| {
                    let text = Text::strong(n.date.to_string());
                    Item::new(if n.text.trim().is_empty() {
                        text.then(tr!(l, "report-progress-noted"))
                    } else {
                        text.then(format!(" — {}", n.text.trim_end()))
                    })
                })
                .collect(),
        ));
    }
}

fn lessons(s: &Session, options: &Options, out: &mut Vec<Block>) {
    let lang = options.lang;
    out.push(Block::Heading(2, tr!(lang, "report-lessons").into()));
    if options.anonymize {
        out.push(Block::Note(tr!(lang, "report-lessons-anonymised").into()));
        return;
    }
    let l = &s.lessons;
    let parts = [
        (tr!(lang, "report-worked"), &l.worked),
        (tr!(lang, "report-did-not-work"), &l.did_not_work),
        (tr!(lang, "report-lessons-learned"), &l.lessons),
        (tr!(lang, "report-improvements"), &l.improvements),
    ];
    if parts.iter().all(|(_, t)| t.trim().is_empty()) {
        if reached(s, Stage::Learn) {
            out.push(Block::Para(tr!(lang, "report-no-lessons").into()));
        } else {
            out.push(not_reached(s, lang, Stage::Learn));
        }
        return;
    }
    for (label, text) in parts {
        if !text.trim().is_empty() {
            out.push(Block::Heading(3, label.into()));
            out.push(lines(text));
        }
    }
}
