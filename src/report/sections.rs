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
use crate::model::minutes;
use crate::model::ranking::{
    Ranked, compare_groups, describe_tie_break, is_decided, pairwise_progress, ranking, ties,
};
use crate::model::{
    Action, ActionStatus, Blind, GroupId, ProblemId, RankMethod, Session, Stage, TieBreak,
    TieBreakHow, Timestamp,
};
use crate::text::{days, plural};

/// The whole session as a document, anonymised if `options` say so.
pub fn document(s: &Session, options: &Options) -> Doc {
    let (s, merged) = if options.anonymize {
        let (a, merged) = anonymize_with(s, options.min_group);
        (Cow::Owned(a), merged)
    } else {
        (Cow::Borrowed(s), None)
    };
    let s = s.as_ref();
    let mut d = Doc {
        title: s.title.clone(),
        blocks: Vec::new(),
    };
    if options.anonymize {
        d.blocks.push(Block::Note(
            "Anonymised copy: facilitator and responsible-person names, context notes, \
             problem descriptions, partners, risks, progress-note texts, decision reasons \
             and lessons are left out."
                .into(),
        ));
    }
    if let Some(m) = &merged {
        d.blocks.push(Block::Note(merged_words(m)));
    }
    if options.from_encrypted {
        d.blocks.push(Block::Note(
            "This report is not encrypted, unlike the session it was made from: anyone who \
             can open this file can read it. Keep it only where the people it is for can."
                .into(),
        ));
    }
    overview(s, options, &mut d.blocks);
    consent(s, &mut d.blocks);
    context(s, options, &mut d.blocks);
    groups(s, &mut d.blocks);
    problems(s, &mut d.blocks);
    super::where_when::section(s, &mut d.blocks);
    rank(s, &mut d.blocks);
    super::score_card::section(s, options, &mut d.blocks);
    plan(s, options, &mut d.blocks);
    monitor(s, options.today, &mut d.blocks);
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

/// Words for a score of `method`: "9 dots", "2.5 wins", "14 points".
pub(crate) fn score_words(method: RankMethod, score: f64) -> String {
    match method {
        RankMethod::Dots => {
            if score == 1.0 {
                "1 dot".into()
            } else {
                format!("{} dots", number(score))
            }
        }
        RankMethod::Pairwise => {
            if score == 1.0 {
                "1 win".into()
            } else {
                format!("{} wins", number(score))
            }
        }
        RankMethod::Criteria => format!("{} points", number(score)),
    }
}

pub(crate) fn score_header(method: RankMethod) -> &'static str {
    match method {
        RankMethod::Dots => "Dots",
        RankMethod::Pairwise => "Wins",
        RankMethod::Criteria => "Weighted score",
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

fn not_reached(s: &Session, stage: Stage) -> Block {
    Block::Note(format!(
        "The session has not reached {} yet (it stopped at {}).",
        stage.label(),
        crate::model::progress::reached(s).label()
    ))
}

fn overview(s: &Session, options: &Options, out: &mut Vec<Block>) {
    let mut facts = vec![
        ("Community".to_string(), s.location.clone()),
        ("Date".to_string(), s.date.to_string()),
    ];
    if !options.anonymize {
        facts.push(("Facilitators".into(), s.facilitators.join(", ")));
    }
    facts.push((
        "Stage reached".into(),
        crate::model::progress::reached(s).label().into(),
    ));
    facts.push((
        "Participants".into(),
        format!(
            "{} in {}, {} per participant",
            s.participants(),
            plural(s.groups.len(), "group", "groups"),
            plural(s.dots_per_participant as usize, "dot", "dots"),
        ),
    ));
    if let Some(previous) = &s.previous {
        facts.push(("Previous cycle".into(), format!("session {previous}")));
    }
    if !s.worked.is_empty() {
        // In the order of the cycle, as the room went through it.
        let worked: Vec<String> = Stage::ALL
            .iter()
            .filter_map(|stage| {
                let seconds = s.worked.get(stage)?;
                Some(format!("{}: {}", stage.label(), minutes(*seconds)))
            })
            .collect();
        facts.push(("Time worked on each panel".into(), worked.join(" · ")));
    }
    facts.push(("Last updated".into(), time(&s.updated)));
    facts.push(("Report as of".into(), options.today.to_string()));
    facts.retain(|(_, value)| !value.trim().is_empty());
    out.push(Block::Facts(facts));
}

/// The note of an anonymised copy whose small groups were merged.
pub(crate) fn merged_words(m: &Merged) -> String {
    if m.whole_room {
        format!(
            "The whole room counted fewer than {} people: its results are shown for the \
             room together, as «{OTHER_GROUPS}», with no group apart.",
            m.min_people
        )
    } else {
        format!(
            "Groups of fewer than {} people are merged into «{OTHER_GROUPS}» ({}, {}), so \
             that no one's vote can be told from a small group's count.",
            m.min_people,
            plural(m.groups, "group", "groups"),
            plural(m.people as usize, "person", "people"),
        )
    }
}

/// What the room agreed may be recorded and shared, and what was purged
/// since under the programme's retention rule: every report carries both,
/// anonymised copies too, since they travel furthest.
fn consent(s: &Session, out: &mut Vec<Block>) {
    out.push(Block::Heading(2, "Consent".into()));
    if s.consent.trim().is_empty() {
        out.push(Block::Note(
            "No consent note was recorded: before sharing this report, ask the facilitator \
             what the room agreed may be recorded and shared."
                .into(),
        ));
    } else {
        out.push(Block::Para(Text::plain(
            "What the room agreed may be recorded and shared:",
        )));
        out.push(lines(&s.consent));
    }
    for p in &s.purges {
        out.push(Block::Note(format!(
            "Purged under the programme's retention rule on {}: {}.",
            p.at.date_naive(),
            p.describe()
        )));
    }
}

fn context(s: &Session, options: &Options, out: &mut Vec<Block>) {
    out.push(Block::Heading(2, "Context and conflict analysis".into()));
    if options.anonymize {
        out.push(Block::Note(
            "Context notes are left out of anonymised copies.".into(),
        ));
    } else if s.context.trim().is_empty() {
        out.push(Block::Para("No context notes recorded.".into()));
    } else {
        out.push(lines(&s.context));
    }
}

fn lines(text: &str) -> Block {
    Block::Lines(text.trim_end().lines().map(str::to_string).collect())
}

fn groups(s: &Session, out: &mut Vec<Block>) {
    out.push(Block::Heading(2, "Groups in the room".into()));
    if s.groups.is_empty() {
        out.push(Block::Para("No groups recorded.".into()));
        return;
    }
    let mut t = Table::new(&["Group", "People", "Dot budget", "Dots placed"]).numeric(&[1, 2, 3]);
    for g in &s.groups {
        t.row(vec![
            g.name.clone(),
            g.count.to_string(),
            s.dot_budget(g.id).to_string(),
            s.dots_used(g.id).to_string(),
        ]);
    }
    t.row(vec![
        "All".into(),
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

fn group_list(s: &Session, ids: &[GroupId]) -> String {
    ids.iter()
        .map(|g| s.group_name(*g))
        .collect::<Vec<_>>()
        .join(", ")
}

fn problems(s: &Session, out: &mut Vec<Block>) {
    out.push(Block::Heading(2, "Problems".into()));
    if s.problems.is_empty() {
        out.push(Block::Para("No problems recorded.".into()));
        return;
    }
    for (i, p) in s.problems.iter().enumerate() {
        out.push(Block::Heading(3, format!("{}. {}", i + 1, p.title)));
        let mut facts = vec![
            ("Category".to_string(), p.category.clone()),
            ("Where".to_string(), p.location.clone()),
            ("Raised by".to_string(), group_list(s, &p.raised_by)),
        ];
        let mut flags = Vec::new();
        if p.needs_escalation {
            flags.push("needs district or national action");
        }
        if p.resolved {
            flags.push("resolved");
        }
        if p.carried_from.is_some() {
            flags.push("carried over from the previous cycle");
        }
        if !flags.is_empty() {
            facts.push(("Flags".into(), flags.join("; ")));
        }
        facts.retain(|(_, v)| !v.trim().is_empty());
        out.push(Block::Facts(facts));
        if !p.description.trim().is_empty() {
            out.push(lines(&p.description));
        }
        let branch = |label: &str, items: &[String]| {
            let children = if items.is_empty() {
                vec![Item::new("none recorded")]
            } else {
                items.iter().map(|c| Item::new(c.as_str())).collect()
            };
            Item::with(Text::strong(label), children)
        };
        out.push(Block::List(vec![Item::with(
            Text::strong("Problem: ").then(p.title.clone()),
            vec![
                branch("Causes (roots)", &p.causes),
                branch("Effects (branches)", &p.effects),
            ],
        )]));
    }
}

fn rank(s: &Session, out: &mut Vec<Block>) {
    out.push(Block::Heading(2, "Ranking".into()));
    let method = s.ranking.method;
    if s.problems.is_empty() || !RankMethod::ALL.iter().any(|m| has_inputs(s, *m)) {
        if reached(s, Stage::Rank) {
            out.push(Block::Para("Nothing has been ranked yet.".into()));
            shortlist(s, out);
        } else {
            out.push(not_reached(s, Stage::Rank));
        }
        return;
    }
    let ranked = ranking(s, method, None);
    let inputs = match method {
        RankMethod::Dots => format!(
            "{} from {} of {} groups.",
            plural(s.ranking.votes.len(), "dot", "dots"),
            s.groups.iter().filter(|g| s.dots_used(g.id) > 0).count(),
            s.groups.len()
        ),
        RankMethod::Pairwise => {
            let (done, all) = pairwise_progress(s, None);
            format!(
                "{done} of {} decided; a win counts 1, a tie ½ each.",
                plural(all, "pair", "pairs")
            )
        }
        RankMethod::Criteria => format!(
            "Criteria: {}; each scored 1–5, total = Σ weight × score.",
            s.ranking
                .criteria
                .iter()
                .map(|c| format!("{} (×{})", c.name, c.weight))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    out.push(Block::Para(
        Text::plain("Method used: ")
            .then_strong(method.label())
            .then(". ")
            .then(inputs),
    ));
    match s.ranking.blind {
        Blind::Open => {}
        Blind::Hidden => out.push(Block::Para(Text::strong("The dot vote was blind: ").then(
            "the room's screen showed how many dots each group had placed, not the totals, \
                 and the totals had not been revealed when this report was written.",
        ))),
        Blind::Revealed => out.push(Block::Para(Text::strong("The dot vote was blind: ").then(
            "the room's screen showed how many dots each group had placed, not the totals, \
                 until the facilitator revealed them.",
        ))),
    }
    out.push(Block::Chart(Chart {
        caption: format!("{} per problem ({})", score_header(method), method.label()),
        bars: ranked
            .iter()
            .map(|r| Bar {
                label: s.problem_title(r.problem).to_string(),
                value: r.score,
                shown: score_words(method, r.score),
            })
            .collect(),
    }));
    let broken: HashMap<_, &TieBreak> = s.ranking.tie_breaks.iter().map(|t| (t.id, t)).collect();
    let mut t = Table::new(&[
        "Rank",
        "Problem",
        "Category",
        score_header(method),
        "Shortlist",
        "Tie broken by",
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
                .map(|t| tie_break_words(t))
                .unwrap_or_default(),
        ]);
    }
    out.push(Block::Table(t));
    by_group(s, method, out);
    for other in RankMethod::ALL {
        if other != method && has_inputs(s, other) {
            out.push(Block::Heading(
                3,
                format!("Also recorded: {}", other.label()),
            ));
            let ranked = if other == RankMethod::Pairwise {
                // Every decision counts, also those made before the
                // shortlist (and so the round) changed.
                let among = crate::model::ranking::pairwise_recorded_among(s);
                out.push(Block::Para(Text::plain(format!(
                    "Among {}.",
                    plural(among.len(), "problem", "problems")
                ))));
                crate::model::ranking::pairwise_ranking_among(s, None, &among)
            } else {
                ranking(s, other, None)
            };
            let mut t = Table::new(&["Rank", "Problem", score_header(other)]).numeric(&[0, 2]);
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
    pair_decisions(s, out);
    criteria_scores(s, out);
    tie_breaks(s, &ranked, out);
    shortlist(s, out);
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
pub(crate) fn tie_break_words(t: &TieBreak) -> String {
    match &t.how {
        TieBreakHow::Decision { reason } if reason.trim().is_empty() => {
            "facilitator decision".into()
        }
        _ => describe_tie_break(t),
    }
}

fn by_group(s: &Session, method: RankMethod, out: &mut Vec<Block>) {
    out.push(Block::Heading(3, "By group".into()));
    let cmp = compare_groups(s, method);
    let took_part: Vec<usize> = (0..cmp.groups.len())
        .filter(|i| cmp.rows.iter().any(|r| r.ranks[*i].is_some()))
        .collect();
    if took_part.is_empty() {
        out.push(Block::Para(
            "The groups did not rank separately with this method.".into(),
        ));
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
    out.push(Block::Para(Text::plain(format!(
        "Each group's rank, with its {} in brackets; \"–\" where a group recorded nothing. \
         Spread is the lowest group rank minus the highest.",
        score_header(method).to_lowercase()
    ))));
    let mut header: Vec<String> = vec!["Problem".into(), "Overall".into()];
    header.extend(cmp.groups.iter().map(|g| s.group_name(*g).to_string()));
    header.push("Spread".into());
    header.push("Note".into());
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
            "biggest disagreement".into()
        } else {
            String::new()
        });
        t.marked_row(cells, marked);
    }
    out.push(Block::Table(t));
}

fn pair_decisions(s: &Session, out: &mut Vec<Block>) {
    if s.ranking.pairs.is_empty() {
        return;
    }
    out.push(Block::Heading(3, "Pairwise decisions".into()));
    // What was compared, named: a shortlist changed since leaves the
    // decisions recorded, and the reader sees among which problems.
    let among = crate::model::ranking::decided_problems(s);
    out.push(Block::Para(Text::plain(format!(
        "Decided among {}: {}.",
        plural(among.len(), "problem", "problems"),
        among
            .iter()
            .map(|p| format!("«{}»", s.problem_title(*p)))
            .collect::<Vec<_>>()
            .join(", ")
    ))));
    let mut t = Table::new(&["Pair", "Decided by", "More important", "Reason", "When"]);
    for d in &s.ranking.pairs {
        t.row(vec![
            // Each title in «», joined by "vs": bilingual titles hold " / ".
            pair_words(s.problem_title(d.pair.0), s.problem_title(d.pair.1)),
            d.group
                .map_or("whole room".to_string(), |g| s.group_name(g).to_string()),
            d.winner
                .map_or("tie".to_string(), |w| s.problem_title(w).to_string()),
            d.reason.clone(),
            time(&d.at),
        ]);
    }
    out.push(Block::Table(t));
}

fn criteria_scores(s: &Session, out: &mut Vec<Block>) {
    if s.ranking.scores.is_empty() {
        return;
    }
    out.push(Block::Heading(3, "Criteria scores (whole room)".into()));
    out.push(Block::Para(
        "The room's own score where it gave one, else the mean of the groups' scores.".into(),
    ));
    let mut header = vec!["Problem".to_string()];
    header.extend(
        s.ranking
            .criteria
            .iter()
            .map(|c| format!("{} (×{})", c.name, c.weight)),
    );
    header.push("Total".into());
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

fn tie_breaks(s: &Session, ranked: &[Ranked], out: &mut Vec<Block>) {
    out.push(Block::Heading(3, "Ties".into()));
    let titles = |ids: &[ProblemId]| {
        ids.iter()
            .map(|p| format!("«{}»", s.problem_title(*p)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut items = Vec::new();
    // A run-off abandoned (or still under way) decided nothing: it is not
    // a tie-break, and the report says nothing of it.
    for t in s.ranking.tie_breaks.iter().filter(|t| is_decided(t)) {
        let order = t
            .order
            .iter()
            .enumerate()
            .map(|(i, p)| Item::new(format!("rank {}: {}", t.rank + i, s.problem_title(*p))))
            .collect();
        items.push(Item::with(
            Text::plain(format!(
                "Rank {} in {} shared by {} — broken by ",
                t.rank,
                t.method.label(),
                titles(&t.tied)
            ))
            .then_strong(tie_break_words(t))
            .then(format!(" ({}), giving:", time(&t.at))),
            order,
        ));
    }
    for (rank, tied) in ties(ranked) {
        items.push(Item::new(format!(
            "Rank {rank} is still shared by {} (not broken).",
            titles(&tied)
        )));
    }
    if items.is_empty() {
        out.push(Block::Para("No tie needed breaking.".into()));
    } else {
        out.push(Block::List(items));
    }
}

/// A pair of problems as reports write it: «A» vs «B».
pub(crate) fn pair_words(a: &str, b: &str) -> String {
    format!("«{a}» vs «{b}»")
}

fn shortlist(s: &Session, out: &mut Vec<Block>) {
    out.push(Block::Heading(3, "Shortlist for action planning".into()));
    if s.ranking.shortlist.is_empty() {
        out.push(Block::Para("No shortlist drawn yet.".into()));
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
    out.push(Block::Heading(2, "Action plan".into()));
    if s.actions.is_empty() && !reached(s, Stage::Plan) {
        out.push(not_reached(s, Stage::Plan));
        return;
    }
    if s.actions.is_empty() {
        out.push(Block::Para("No actions planned yet.".into()));
    }
    let header: &[&str] = if options.anonymize {
        &[
            "No.",
            "Activity",
            "Responsible",
            "Start",
            "Due",
            "Resources",
            "Indicator of success",
            "Status",
        ]
    } else {
        &[
            "No.",
            "Activity",
            "Responsible",
            "With",
            "Start",
            "Due",
            "Resources",
            "Indicator of success",
            "Risks",
            "Status",
        ]
    };
    for p in planned_problems(s) {
        out.push(Block::Heading(3, format!("For «{}»", s.problem_title(p))));
        let actions: Vec<&Action> = s.actions.iter().filter(|a| a.problem == p).collect();
        if actions.is_empty() {
            out.push(Block::Para("No action planned for this problem.".into()));
            continue;
        }
        let mut t = Table::new(header).numeric(&[0]);
        for a in actions {
            let mut activity = a.activity.clone();
            if let Some(i) = a.card_indicator {
                activity.push_str(&format!(
                    " (on the score-card gap «{}»)",
                    s.score_card.indicator_name(i)
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
            cells.push(a.status.label().into());
            t.row(cells);
        }
        out.push(Block::Table(t));
    }
}

fn monitor(s: &Session, today: NaiveDate, out: &mut Vec<Block>) {
    out.push(Block::Heading(2, "Monitoring".into()));
    if s.actions.is_empty() {
        if reached(s, Stage::Monitor) {
            out.push(Block::Para("No actions to follow.".into()));
        } else {
            out.push(not_reached(s, Stage::Monitor));
        }
        return;
    }
    let counts: Vec<String> = ActionStatus::ALL
        .iter()
        .filter_map(|st| {
            let n = s.actions.iter().filter(|a| a.status == *st).count();
            (n > 0).then(|| format!("{n} {}", st.label()))
        })
        .collect();
    let overdue = s.actions.iter().filter(|a| a.is_overdue(today)).count();
    out.push(Block::Para(
        Text::plain(format!(
            "{}: {}. ",
            plural(s.actions.len(), "action", "actions"),
            counts.join(", ")
        ))
        .then_strong(format!("{overdue} overdue"))
        .then(format!(" as of {today}.")),
    ));
    let mut t = Table::new(&[
        "No.",
        "Activity",
        "Responsible",
        "Due",
        "Status",
        "Overdue",
        "Notes",
        "Last note",
    ])
    .numeric(&[0, 6]);
    for a in &s.actions {
        let overdue = a.is_overdue(today);
        let late = match a.due {
            Some(due) if overdue => format!("overdue by {}", days((today - due).num_days())),
            _ => String::new(),
        };
        let mut activity = a.activity.clone();
        if a.inherited_from.is_some() {
            activity.push_str(" (from the previous cycle)");
        }
        t.marked_row(
            vec![
                a.id.to_string(),
                activity,
                a.responsible.clone(),
                date(a.due),
                a.status.label().into(),
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
            format!("Progress of action {}: {}", a.id, a.activity),
        ));
        let mut notes: Vec<_> = a.progress.iter().collect();
        notes.sort_by_key(|n| (n.date, n.at));
        out.push(Block::List(
            notes
                .into_iter()
                .map(|n| {
                    let text = Text::strong(n.date.to_string());
                    Item::new(if n.text.trim().is_empty() {
                        text.then(" — progress noted")
                    } else {
                        text.then(format!(" — {}", n.text.trim_end()))
                    })
                })
                .collect(),
        ));
    }
}

fn lessons(s: &Session, options: &Options, out: &mut Vec<Block>) {
    out.push(Block::Heading(2, "Lessons".into()));
    if options.anonymize {
        out.push(Block::Note(
            "Lessons are left out of anonymised copies.".into(),
        ));
        return;
    }
    let l = &s.lessons;
    let parts = [
        ("What worked", &l.worked),
        ("What did not work", &l.did_not_work),
        ("Lessons learned", &l.lessons),
        ("Improvements for the next cycle", &l.improvements),
    ];
    if parts.iter().all(|(_, t)| t.trim().is_empty()) {
        if reached(s, Stage::Learn) {
            out.push(Block::Para("No lessons recorded yet.".into()));
        } else {
            out.push(not_reached(s, Stage::Learn));
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
