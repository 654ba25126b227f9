//! The score card's maths: the gap of an indicator is the community's mean
//! minus the provider's self-score, the community's mean counts each group
//! once, and the change from one cycle to the next reads the same either
//! way round with the sign turned.

use crate::common;

use baraza::model::cycle::{self, ScoreChange};
use baraza::model::score_card::{self, CardScale, CardScore, Indicator, ScoreCard, Scorer};
use baraza::model::*;
use common::{moment, session_with_groups};
use proptest::prelude::*;

fn card(scale: CardScale, indicators: usize) -> ScoreCard {
    ScoreCard {
        provider: "Kibera police post".into(),
        scale,
        indicators: (1..=indicators as u32)
            .map(|i| Indicator {
                id: IndicatorId(i),
                name: format!("Indicator {i}"),
                carried_from: None,
            })
            .collect(),
        scores: Vec::new(),
    }
}

fn score(indicator: u32, by: Scorer, value: u8) -> CardScore {
    CardScore {
        indicator: IndicatorId(indicator),
        by,
        value,
        reason: String::new(),
        at: moment(),
    }
}

const GROUPS: [GroupId; 4] = [GroupId(1), GroupId(2), GroupId(3), GroupId(4)];

#[test]
fn a_gap_is_the_community_mean_minus_the_self_score() {
    let mut c = card(CardScale::Hundred, 2);
    for (g, v) in [(1, 20), (2, 40), (3, 30), (4, 70)] {
        c.scores.push(score(1, Scorer::Group(GroupId(g)), v));
    }
    c.scores.push(score(1, Scorer::Provider, 80));
    // Only two groups scored the second indicator: its mean is theirs.
    c.scores.push(score(2, Scorer::Group(GroupId(1)), 50));
    c.scores.push(score(2, Scorer::Group(GroupId(3)), 60));
    assert_eq!(c.community(IndicatorId(1), &GROUPS), Some(40.0));
    assert_eq!(c.gap(IndicatorId(1), &GROUPS), Some(-40.0));
    assert_eq!(c.community(IndicatorId(2), &GROUPS), Some(55.0));
    // No self-score yet: no gap, rather than a gap against nothing.
    assert_eq!(c.gap(IndicatorId(2), &GROUPS), None);
    assert_eq!(c.mean_by(Scorer::Group(GroupId(1))), Some(35.0));
    assert_eq!(c.mean_by(Scorer::Provider), Some(80.0));
    let summary = score_card::summary(&c, &GROUPS);
    assert_eq!(summary.groups, GROUPS);
    assert_eq!(summary.rows[1].groups, [Some(50), None, Some(60), None]);
    assert_eq!(summary.community_mean, Some(47.5));
    assert_eq!(summary.gap_mean, Some(-40.0));
    assert!(summary.rows[0].biggest && !summary.rows[1].biggest);
}

#[test]
fn only_groups_that_scored_are_columns() {
    let mut c = card(CardScale::Five, 1);
    c.scores.push(score(1, Scorer::Group(GroupId(3)), 2));
    c.scores.push(score(1, Scorer::Provider, 5));
    let summary = score_card::summary(&c, &GROUPS);
    assert_eq!(summary.groups, [GroupId(3)]);
    assert_eq!(summary.rows[0].gap, Some(-3.0));
    assert_eq!(score_card::signed(CardScale::Five, -3.0), "−3.0");
}

fn value(scale: CardScale) -> impl Strategy<Value = u8> {
    scale.min()..=scale.max()
}

fn scale() -> impl Strategy<Value = CardScale> {
    prop_oneof![Just(CardScale::Hundred), Just(CardScale::Five)]
}

/// A card with `n` indicators, each group's and the provider's score on
/// each present or not.
fn scored_card() -> impl Strategy<Value = ScoreCard> {
    (scale(), 1usize..7).prop_flat_map(|(scale, n)| {
        let cell = proptest::option::of(value(scale));
        proptest::collection::vec(proptest::collection::vec(cell, 5), n).prop_map(move |rows| {
            let mut c = card(scale, rows.len());
            for (i, row) in rows.iter().enumerate() {
                for (k, v) in row.iter().enumerate() {
                    let by = if k < 4 {
                        Scorer::Group(GROUPS[k])
                    } else {
                        Scorer::Provider
                    };
                    if let Some(v) = v {
                        c.scores.push(score(i as u32 + 1, by, *v));
                    }
                }
            }
            c
        })
    })
}

/// A session holding `card`, with the four usual groups.
fn session_with(card: ScoreCard, id: &str) -> Session {
    let mut s = session_with_groups("Kibera");
    s.id = id.into();
    s.score_card = card;
    s
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// For every indicator: gap = community mean − provider score, and
    /// the community mean is the plain mean of the groups that scored.
    #[test]
    fn gap_is_mean_minus_provider(c in scored_card()) {
        for ind in &c.indicators {
            let values: Vec<f64> = GROUPS
                .iter()
                .filter_map(|g| c.value(ind.id, Scorer::Group(*g)))
                .map(f64::from)
                .collect();
            let mean = (!values.is_empty()).then(|| values.iter().sum::<f64>() / values.len() as f64);
            prop_assert_eq!(c.community(ind.id, &GROUPS), mean);
            let provider = c.value(ind.id, Scorer::Provider).map(f64::from);
            let expected = mean.zip(provider).map(|(m, p)| m - p);
            let gap = c.gap(ind.id, &GROUPS);
            prop_assert_eq!(gap.is_some(), expected.is_some());
            if let (Some(g), Some(e)) = (gap, expected) {
                prop_assert!((g - e).abs() < 1e-9);
            }
        }
    }

    /// When every group gives the same score, their mean is that score, and
    /// a provider scoring the same has no gap.
    #[test]
    fn the_mean_of_equal_scores_is_the_score(scale in scale(), groups in 1usize..=4, v in 0u8..=100) {
        let v = v.clamp(scale.min(), scale.max());
        let mut c = card(scale, 1);
        for g in &GROUPS[..groups] {
            c.scores.push(score(1, Scorer::Group(*g), v));
        }
        c.scores.push(score(1, Scorer::Provider, v));
        prop_assert_eq!(c.community(IndicatorId(1), &GROUPS), Some(f64::from(v)));
        prop_assert_eq!(c.gap(IndicatorId(1), &GROUPS), Some(0.0));
        prop_assert!(!score_card::summary(&c, &GROUPS).rows[0].biggest);
    }

    /// The order in which groups are listed, and the order the scores were
    /// recorded in, change no mean and no gap.
    #[test]
    fn means_and_gaps_do_not_depend_on_order(c in scored_card(), seed in any::<u64>()) {
        let mut shuffled = c.clone();
        let mut order = GROUPS.to_vec();
        // A deterministic shuffle from the seed.
        let mut x = seed | 1;
        for i in (1..order.len()).rev() {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17;
            order.swap(i, (x % (i as u64 + 1)) as usize);
        }
        shuffled.scores.reverse();
        for ind in &c.indicators {
            let a = c.community(ind.id, &GROUPS);
            let b = shuffled.community(ind.id, &order);
            prop_assert_eq!(a.is_some(), b.is_some());
            if let (Some(a), Some(b)) = (a, b) {
                prop_assert!((a - b).abs() < 1e-9);
            }
            let (a, b) = (c.gap(ind.id, &GROUPS), shuffled.gap(ind.id, &order));
            prop_assert_eq!(a.is_some(), b.is_some());
            if let (Some(a), Some(b)) = (a, b) {
                prop_assert!((a - b).abs() < 1e-9);
            }
        }
        let big = |c: &ScoreCard, g: &[GroupId]| -> Vec<(IndicatorId, bool)> {
            let mut rows: Vec<_> = score_card::summary(c, g).rows.iter().map(|r| (r.indicator, r.biggest)).collect();
            rows.sort();
            rows
        };
        prop_assert_eq!(big(&c, &GROUPS), big(&shuffled, &order));
    }

    /// The biggest gaps are never fewer than there are non-zero gaps up to
    /// three, and every gap larger than a marked one is marked.
    #[test]
    fn the_biggest_gaps_are_the_largest(c in scored_card()) {
        let rows = score_card::summary(&c, &GROUPS).rows;
        let nonzero = rows.iter().filter(|r| r.gap.is_some_and(|g| g.abs() > 1e-9)).count();
        let marked = rows.iter().filter(|r| r.biggest).count();
        prop_assert!(marked >= nonzero.min(score_card::BIGGEST_GAPS));
        for r in rows.iter().filter(|r| r.biggest) {
            for o in &rows {
                if o.gap.is_some_and(|g| g.abs() > r.gap.unwrap().abs() + 1e-9) {
                    prop_assert!(o.biggest);
                }
            }
        }
    }

    /// Each group's mean is the plain mean of the scores it gave, so it
    /// lies between its lowest and highest; and the community's mean on an
    /// indicator lies between the lowest and highest group's score there.
    #[test]
    fn a_mean_by_group_lies_within_its_scores(c in scored_card()) {
        for by in GROUPS.iter().map(|g| Scorer::Group(*g)).chain([Scorer::Provider]) {
            let given: Vec<f64> = c
                .scores
                .iter()
                .filter(|s| s.by == by)
                .map(|s| f64::from(s.value))
                .collect();
            let mean = c.mean_by(by);
            prop_assert_eq!(mean.is_some(), !given.is_empty());
            if let Some(m) = mean {
                let plain = given.iter().sum::<f64>() / given.len() as f64;
                prop_assert!((m - plain).abs() < 1e-9);
                let (lo, hi) = given.iter().fold((f64::MAX, f64::MIN), |(l, h), v| (l.min(*v), h.max(*v)));
                prop_assert!(lo - 1e-9 <= m && m <= hi + 1e-9);
            }
        }
        for ind in &c.indicators {
            let given: Vec<f64> = GROUPS
                .iter()
                .filter_map(|g| c.value(ind.id, Scorer::Group(*g)))
                .map(f64::from)
                .collect();
            if let Some(m) = c.community(ind.id, &GROUPS) {
                let (lo, hi) = given.iter().fold((f64::MAX, f64::MIN), |(l, h), v| (l.min(*v), h.max(*v)));
                prop_assert!(lo - 1e-9 <= m && m <= hi + 1e-9);
            }
        }
    }

    /// A card compared with itself (the next cycle scoring exactly as the
    /// last) moved nowhere: every change that exists is zero.
    #[test]
    fn a_card_compared_with_itself_did_not_move(a in scored_card()) {
        let mut b = a.clone();
        b.indicators = a.indicators.iter().map(|i| Indicator { carried_from: Some(i.id), ..i.clone() }).collect();
        let (prev, next) = (session_with(a.clone(), "a"), session_with(b, "b"));
        let changes = cycle::compare_cards(&prev, &next);
        prop_assert_eq!(changes.len(), a.indicators.len());
        let still = |x: ScoreChange| x.change().is_none_or(|d| d.abs() < 1e-9);
        for ch in &changes {
            prop_assert!(still(ch.provider) && still(ch.community) && still(ch.gap));
            for (_, g) in &ch.groups {
                prop_assert!(still(*g));
            }
        }
    }

    /// The change from one cycle to the next is the opposite of the change
    /// from the next back to the first, per group, for the provider, for
    /// the community's mean and for the gap.
    #[test]
    fn change_across_cycles_is_antisymmetric(a in scored_card(), b in scored_card()) {
        // The same indicators in both cycles (b carried from a), on a's
        // scale, as a next cycle has them.
        let mut b = b;
        b.scale = a.scale;
        b.indicators = a.indicators.iter().map(|i| Indicator { carried_from: Some(i.id), ..i.clone() }).collect();
        b.scores.retain(|s| s.indicator.0 as usize <= a.indicators.len());
        for s in &mut b.scores {
            s.value = s.value.clamp(a.scale.min(), a.scale.max());
        }
        let (prev, next) = (session_with(a, "a"), session_with(b, "b"));
        let forth = cycle::compare_cards(&prev, &next);
        let back = cycle::compare_cards(&next, &prev);
        prop_assert_eq!(forth.len(), back.len());
        let opposite = |x: ScoreChange, y: ScoreChange| match (x.change(), y.change()) {
            (Some(x), Some(y)) => (x + y).abs() < 1e-9,
            (None, None) => true,
            _ => false,
        };
        for (f, r) in forth.iter().zip(&back) {
            prop_assert!(opposite(f.provider, r.provider));
            prop_assert!(opposite(f.community, r.community));
            prop_assert!(opposite(f.gap, r.gap));
            for ((name_f, cf), (name_r, cr)) in f.groups.iter().zip(&r.groups) {
                prop_assert_eq!(name_f, name_r);
                prop_assert!(opposite(*cf, *cr));
            }
        }
    }
}

#[test]
fn the_next_cycle_compares_per_group_and_for_the_provider() {
    let mut a = card(CardScale::Hundred, 2);
    a.scores.push(score(1, Scorer::Group(GroupId(1)), 20));
    a.scores.push(score(1, Scorer::Group(GroupId(3)), 40));
    a.scores.push(score(1, Scorer::Provider, 90));
    let prev = session_with(a, "prev");
    let mut next = cycle::next_cycle(&prev, "next".into(), "Kibera 2".into(), prev.date, moment());
    assert_eq!(next.score_card.indicators.len(), 2);
    assert!(next.score_card.scores.is_empty());
    assert_eq!(
        next.score_card.indicators[0].carried_from,
        Some(IndicatorId(1))
    );
    // The groups are matched by name: Women have another id now.
    next.groups[0].id = GroupId(9);
    let card = &mut next.score_card;
    card.scores.push(score(1, Scorer::Group(GroupId(9)), 45));
    card.scores.push(score(1, Scorer::Group(GroupId(3)), 40));
    card.scores.push(score(1, Scorer::Provider, 70));
    let changes = cycle::compare_cards(&prev, &next);
    let women = changes[0]
        .groups
        .iter()
        .find(|(n, _)| n == "Women")
        .unwrap()
        .1;
    assert_eq!(women.change(), Some(25.0));
    assert_eq!(changes[0].provider.change(), Some(-20.0));
    assert_eq!(changes[0].community.change(), Some(12.5));
    // Gap −60 then −27.5: the two sides came closer.
    assert_eq!(changes[0].gap.change(), Some(32.5));
    assert_eq!(
        cycle::change_label(CardScale::Hundred, changes[0].provider).as_deref(),
        Some("▼ −20")
    );
    assert_eq!(changes[1].community.change(), None);
    assert_eq!(cycle::mean_community_change(&changes), Some(12.5));
}

#[test]
fn an_earlier_scale_is_read_on_the_later_one() {
    let mut a = card(CardScale::Five, 1);
    a.scores.push(score(1, Scorer::Provider, 3));
    let prev = session_with(a, "prev");
    let mut b = card(CardScale::Hundred, 1);
    b.indicators[0].carried_from = Some(IndicatorId(1));
    b.scores.push(score(1, Scorer::Provider, 60));
    let next = session_with(b, "next");
    let changes = cycle::compare_cards(&prev, &next);
    assert_eq!(changes[0].provider.before, Some(50.0));
    assert_eq!(changes[0].provider.change(), Some(10.0));
}
