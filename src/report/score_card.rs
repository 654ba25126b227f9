//! The score card in a report: each indicator side by side — every group,
//! the community's mean, the provider's self-score and the gap — with the
//! biggest gaps marked ◆, the reasons given, and the actions planned on a
//! gap. Only a session with a score card has this section.

use super::Options;
use super::doc::{Block, Item, Table, Text};
use crate::i18n::Lang;
use crate::model::Session;
use crate::model::score_card::{self, BIGGEST_GAPS, CardScale, Scorer, number, signed};
use crate::tr;

/// The mark of one of the biggest gaps, in the program and in reports.
pub const BIG_GAP_MARK: &str = "◆";

/// A mean or a score on `scale`, or a dash where there is none.
fn cell(scale: CardScale, v: Option<f64>) -> String {
    v.map_or("–".into(), |v| number(scale, v))
}

pub(super) fn section(s: &Session, options: &Options, out: &mut Vec<Block>) {
    let card = &s.score_card;
    if card.indicators.is_empty() && card.scores.is_empty() {
        return;
    }
    let l = options.lang;
    let scale = card.scale;
    let provider = card.provider_or(tr!(l, "card-provider"));
    out.push(Block::Heading(
        2,
        tr!(l, "report-card-heading", provider = provider),
    ));
    let summary = score_card::summary(card, &s.group_ids());
    out.push(Block::Para(Text::plain(tr!(
        l,
        "report-card-intro",
        scale = l.t(scale.msg_id()),
        provider = provider,
        mark = BIG_GAP_MARK,
        n = BIGGEST_GAPS
    ))));
    if card.indicators.is_empty() {
        out.push(Block::Para(tr!(l, "card-room-empty").into()));
        return;
    }
    let mut header: Vec<String> = vec![tr!(l, "card-col-indicator").into()];
    header.extend(summary.groups.iter().map(|g| s.group_name(*g).to_string()));
    header.extend([
        tr!(l, "report-card-col-community").to_string(),
        provider.to_string(),
        tr!(l, "report-card-col-gap").to_string(),
    ]);
    let mut t = Table::new(&[]);
    t.numeric = (1..header.len()).collect();
    t.header = header;
    for r in &summary.rows {
        let mut cells = vec![if r.biggest {
            format!("{BIG_GAP_MARK} {}", r.name)
        } else {
            r.name.clone()
        }];
        cells.extend(r.groups.iter().map(|v| cell(scale, v.map(f64::from))));
        cells.push(cell(scale, r.community));
        cells.push(cell(scale, r.provider.map(f64::from)));
        cells.push(r.gap.map_or("–".into(), |g| signed(scale, g)));
        t.marked_row(cells, r.biggest);
    }
    let mut mean = vec![tr!(l, "card-mean").to_string()];
    mean.extend(summary.group_means.iter().map(|v| cell(scale, *v)));
    mean.push(cell(scale, summary.community_mean));
    mean.push(cell(scale, summary.provider_mean));
    mean.push(summary.gap_mean.map_or("–".into(), |g| signed(scale, g)));
    t.row(mean);
    out.push(Block::Table(t));

    reasons(s, options, out);
    gap_actions(s, l, out);
}

/// Each indicator's reasons, by who gave them.
fn reasons(s: &Session, options: &Options, out: &mut Vec<Block>) {
    let card = &s.score_card;
    let l = options.lang;
    if options.anonymize {
        out.push(Block::Note(tr!(l, "report-card-reasons-left-out").into()));
        return;
    }
    let order = |by: Scorer| match by {
        Scorer::Group(g) => s
            .groups
            .iter()
            .position(|x| x.id == g)
            .unwrap_or(usize::MAX),
        Scorer::Provider => usize::MAX,
    };
    let items: Vec<Item> = card
        .indicators
        .iter()
        .filter_map(|i| {
            let mut given: Vec<_> = card
                .scores
                .iter()
                .filter(|sc| sc.indicator == i.id && !sc.reason.trim().is_empty())
                .collect();
            if given.is_empty() {
                return None;
            }
            given.sort_by_key(|sc| order(sc.by));
            let children = given
                .iter()
                .map(|sc| {
                    Item::new(
                        Text::strong(format!(
                            "{} ({})",
                            s.scorer_name_or(sc.by, tr!(l, "card-provider")),
                            sc.value
                        ))
                        .then(format!(": {}", sc.reason.trim())),
                    )
                })
                .collect();
            Some(Item::with(i.name.clone(), children))
        })
        .collect();
    if !items.is_empty() {
        out.push(Block::Heading(3, tr!(l, "report-card-reasons").into()));
        out.push(Block::List(items));
    }
}

/// The actions planned on a gap, under the indicator they answer.
fn gap_actions(s: &Session, l: Lang, out: &mut Vec<Block>) {
    let card = &s.score_card;
    let items: Vec<Item> = card
        .indicators
        .iter()
        .filter_map(|i| {
            let actions: Vec<Item> = s
                .actions
                .iter()
                .filter(|a| a.card_indicator == Some(i.id))
                .map(|a| {
                    Item::new(format!(
                        "{} — {} ({})",
                        a.activity,
                        a.responsible,
                        l.t(a.status.msg_id())
                    ))
                })
                .collect();
            (!actions.is_empty()).then(|| Item::with(i.name.clone(), actions))
        })
        .collect();
    if !items.is_empty() {
        out.push(Block::Heading(3, tr!(l, "report-card-gap-actions").into()));
        out.push(Block::List(items));
    }
}

fn header(names: &[&str]) -> Vec<String> {
    names.iter().map(|n| n.to_string()).collect()
}

/// The `card` CSV table: one row per score.
pub(super) fn csv_scores(s: &Session) -> (Vec<String>, Vec<Vec<String>>) {
    let card = &s.score_card;
    let rows = card
        .scores
        .iter()
        .map(|sc| {
            let (kind, group_id) = match sc.by {
                Scorer::Group(g) => ("group", g.to_string()),
                Scorer::Provider => ("provider", String::new()),
            };
            vec![
                s.id.clone(),
                sc.indicator.to_string(),
                card.indicator_name(sc.indicator).to_string(),
                kind.to_string(),
                group_id,
                s.scorer_name(sc.by).to_string(),
                sc.value.to_string(),
                scale_key(card.scale).into(),
                sc.reason.clone(),
                sc.at.to_rfc3339(),
            ]
        })
        .collect();
    (
        header(&[
            "session",
            "indicator_id",
            "indicator",
            "scored_by",
            "group_id",
            "who",
            "score",
            "scale",
            "reason",
            "at",
        ]),
        rows,
    )
}

fn scale_key(scale: CardScale) -> &'static str {
    match scale {
        CardScale::Hundred => "0-100",
        CardScale::Five => "1-5",
    }
}

/// The `gaps` CSV table: one row per indicator. The gap is written as its
/// size and which side scored higher, so no cell starts with a minus sign
/// (which the CSV guard would have to quote).
pub(super) fn csv_gaps(s: &Session) -> (Vec<String>, Vec<Vec<String>>) {
    let card = &s.score_card;
    let summary = score_card::summary(card, &s.group_ids());
    let plain = |v: Option<f64>| v.map(|v| number(card.scale, v)).unwrap_or_default();
    let rows = summary
        .rows
        .iter()
        .map(|r| {
            let (size, higher) = match r.gap {
                Some(g) if signed(card.scale, g).starts_with('−') => {
                    (number(card.scale, -g), "provider")
                }
                Some(g) if signed(card.scale, g).starts_with('+') => {
                    (number(card.scale, g), "community")
                }
                Some(g) => (number(card.scale, g.abs()), "equal"),
                None => (String::new(), ""),
            };
            vec![
                s.id.clone(),
                r.indicator.to_string(),
                r.name.clone(),
                scale_key(card.scale).into(),
                r.groups.iter().flatten().count().to_string(),
                plain(r.community),
                plain(r.provider.map(f64::from)),
                size,
                higher.into(),
                if r.biggest { "yes" } else { "no" }.into(),
            ]
        })
        .collect();
    (
        header(&[
            "session",
            "indicator_id",
            "indicator",
            "scale",
            "groups_scored",
            "community_mean",
            "provider_score",
            "gap_size",
            "higher",
            "biggest_gap",
        ]),
        rows,
    )
}
