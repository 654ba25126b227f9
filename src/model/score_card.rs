//! The community score card: indicators of a service the room agrees on
//! (the police post, the chief's office), each community group's score on
//! each with a reason, the provider's self-score on the same indicators, and
//! the maths of the interface meeting that puts the two side by side.
//!
//! The gap of an indicator is the community's mean (the mean of the groups
//! that scored it, each group counting once whatever its size: the method
//! lets women, youth and elders be heard apart, not outvoted) minus the
//! provider's self-score. A negative gap means the provider thinks better of
//! itself than the community does. Everything here is recomputed from the
//! recorded scores; nothing changes a session.

use serde::{Deserialize, Serialize};

use super::ids::{GroupId, IndicatorId, Timestamp};
use super::rules::{self, Broken};

/// Scores closer than this are equal (means are fractions).
const EPSILON: f64 = 1e-9;

/// How many of the biggest gaps are marked for the room to discuss first
/// (more when the last of them is shared).
pub const BIGGEST_GAPS: usize = 3;

/// The scale the room scores on, chosen before the first score.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CardScale {
    /// 0 to 100, "like a teacher's mark".
    #[default]
    Hundred,
    /// 1 (very poor) to 5 (very good).
    Five,
}

impl CardScale {
    pub const ALL: [CardScale; 2] = [CardScale::Hundred, CardScale::Five];

    pub fn label(self) -> &'static str {
        match self {
            CardScale::Hundred => "0–100, like a teacher's mark",
            CardScale::Five => "1–5, very poor to very good",
        }
    }

    /// The scale's name in the catalogue (`lang.t(scale.msg_id())`).
    pub fn msg_id(self) -> &'static str {
        match self {
            CardScale::Hundred => "card-scale-hundred",
            CardScale::Five => "card-scale-five",
        }
    }

    /// The scale in a few characters, for headings: "0–100", "1–5".
    pub fn short(self) -> &'static str {
        match self {
            CardScale::Hundred => "0–100",
            CardScale::Five => "1–5",
        }
    }

    pub fn min(self) -> u8 {
        match self {
            CardScale::Hundred => 0,
            CardScale::Five => rules::CARD_FIVE_MIN,
        }
    }

    pub fn max(self) -> u8 {
        match self {
            CardScale::Hundred => rules::CARD_HUNDRED_MAX,
            CardScale::Five => rules::CARD_FIVE_MAX,
        }
    }

    /// Whether `value` is a score on this scale.
    pub fn check(self, value: u8) -> Result<(), Broken> {
        rules::card_score(value, self.min(), self.max())
    }

    /// `value` on this scale read on `to`, the lowest mark to the lowest
    /// and the highest to the highest: 3 of 1–5 is 50 of 0–100.
    pub fn convert(self, value: f64, to: CardScale) -> f64 {
        if self == to {
            return value;
        }
        let share = (value - f64::from(self.min())) / f64::from(self.max() - self.min());
        f64::from(to.min()) + share * f64::from(to.max() - to.min())
    }

    /// `value` as a share of the scale, 0 to 100: what the roll-up compares
    /// across communities that scored on different scales.
    pub fn percent(self, value: f64) -> f64 {
        self.convert(value, CardScale::Hundred)
    }
}

/// Who gave a score: one community group, or the provider scoring itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Scorer {
    Group(GroupId),
    Provider,
}

/// One indicator of the service, as the room words it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: IndicatorId,
    pub name: String,
    /// When it was carried over from the previous cycle, its id there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carried_from: Option<IndicatorId>,
}

/// One score on one indicator from one group or the provider, with the
/// reason the room gave for it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardScore {
    pub indicator: IndicatorId,
    pub by: Scorer,
    pub value: u8,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    pub at: Timestamp,
}

/// The score card of a session.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ScoreCard {
    /// The service scored and who scores itself: "Kibera police post".
    #[serde(skip_serializing_if = "String::is_empty")]
    pub provider: String,
    #[serde(skip_serializing_if = "is_default_scale")]
    pub scale: CardScale,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<Indicator>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub scores: Vec<CardScore>,
}

fn is_default_scale(scale: &CardScale) -> bool {
    *scale == CardScale::default()
}

/// The indicators offered for a police service when the room starts its
/// card (from community score cards used with police): the room keeps,
/// rewords, removes and adds to them.
pub const POLICE_STARTER: [&str; 8] = [
    "Responsiveness: comes when called",
    "Respect and courtesy",
    "Fairness to women and girls",
    "Fairness to youth",
    "Honesty: no bribes asked",
    "Visibility: patrols where and when needed",
    "Keeps reports confidential",
    "Follows up on cases reported",
];

impl ScoreCard {
    /// Nothing recorded: a session without a score card writes none.
    pub fn is_empty(&self) -> bool {
        *self == ScoreCard::default()
    }

    pub fn indicator(&self, id: IndicatorId) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    pub fn indicator_name(&self, id: IndicatorId) -> &str {
        self.indicator(id)
            .map_or("(removed indicator)", |i| i.name.as_str())
    }

    /// The score `by` gave on `indicator`.
    pub fn score(&self, indicator: IndicatorId, by: Scorer) -> Option<&CardScore> {
        self.scores
            .iter()
            .find(|s| s.indicator == indicator && s.by == by)
    }

    pub fn value(&self, indicator: IndicatorId, by: Scorer) -> Option<u8> {
        self.score(indicator, by).map(|s| s.value)
    }

    /// The provider's name, or a plain word while none is given.
    pub fn provider_name(&self) -> &str {
        self.provider_or("Provider")
    }

    /// The provider's name, or `unnamed` (the word in the reader's language)
    /// while the room has not named it.
    pub fn provider_or<'a>(&'a self, unnamed: &'a str) -> &'a str {
        match self.provider.trim() {
            "" => unnamed,
            name => name,
        }
    }

    /// The community's mean on `indicator`: over the `groups` that scored
    /// it, each group once.
    pub fn community(&self, indicator: IndicatorId, groups: &[GroupId]) -> Option<f64> {
        mean(
            groups
                .iter()
                .filter_map(|g| self.value(indicator, Scorer::Group(*g)))
                .map(f64::from),
        )
    }

    /// Community mean minus the provider's self-score; `None` until both
    /// are there.
    pub fn gap(&self, indicator: IndicatorId, groups: &[GroupId]) -> Option<f64> {
        let provider = self.value(indicator, Scorer::Provider)?;
        Some(self.community(indicator, groups)? - f64::from(provider))
    }

    /// One scorer's mean over the indicators it scored.
    pub fn mean_by(&self, by: Scorer) -> Option<f64> {
        mean(
            self.indicators
                .iter()
                .filter_map(|i| self.value(i.id, by))
                .map(f64::from),
        )
    }

    /// The groups among `groups` that gave any score, in that order: the
    /// columns of the side-by-side view.
    pub fn scoring_groups(&self, groups: &[GroupId]) -> Vec<GroupId> {
        groups
            .iter()
            .copied()
            .filter(|g| self.scores.iter().any(|s| s.by == Scorer::Group(*g)))
            .collect()
    }

    /// The next indicator id: never one a score still names.
    pub fn next_indicator_id(&self) -> IndicatorId {
        let ids = self.indicators.iter().map(|i| i.id.0);
        let scored = self.scores.iter().map(|s| s.indicator.0);
        IndicatorId(ids.chain(scored).max().unwrap_or(0) + 1)
    }
}

/// The mean of `values`; `None` when there are none.
pub fn mean(values: impl IntoIterator<Item = f64>) -> Option<f64> {
    let (sum, n) = values
        .into_iter()
        .fold((0.0, 0usize), |(sum, n), v| (sum + v, n + 1));
    (n > 0).then(|| sum / n as f64)
}

/// One indicator side by side: each group, the provider, the community's
/// mean and the gap.
#[derive(Clone, Debug, PartialEq)]
pub struct CardRow {
    pub indicator: IndicatorId,
    pub name: String,
    /// One per column group of the [`CardSummary`], in its order.
    pub groups: Vec<Option<u8>>,
    pub provider: Option<u8>,
    pub community: Option<f64>,
    pub gap: Option<f64>,
    /// Among the [`BIGGEST_GAPS`] largest gaps (either way).
    pub biggest: bool,
}

/// The whole score card side by side, for the interface meeting.
#[derive(Clone, Debug, PartialEq)]
pub struct CardSummary {
    /// The groups that scored, in the session's order: the columns.
    pub groups: Vec<GroupId>,
    pub rows: Vec<CardRow>,
    /// Each column group's mean over its scores.
    pub group_means: Vec<Option<f64>>,
    pub provider_mean: Option<f64>,
    /// The mean of the indicators' community means.
    pub community_mean: Option<f64>,
    /// The mean of the indicators' gaps.
    pub gap_mean: Option<f64>,
}

/// The score card side by side, with columns for the `groups` (the
/// session's, in order) that scored anything.
pub fn summary(card: &ScoreCard, groups: &[GroupId]) -> CardSummary {
    let columns = card.scoring_groups(groups);
    let mut rows: Vec<CardRow> = card
        .indicators
        .iter()
        .map(|i| CardRow {
            indicator: i.id,
            name: i.name.clone(),
            groups: columns
                .iter()
                .map(|g| card.value(i.id, Scorer::Group(*g)))
                .collect(),
            provider: card.value(i.id, Scorer::Provider),
            community: card.community(i.id, &columns),
            gap: card.gap(i.id, &columns),
            biggest: false,
        })
        .collect();
    let gaps: Vec<Option<f64>> = rows.iter().map(|r| r.gap).collect();
    for (row, big) in rows.iter_mut().zip(biggest(&gaps)) {
        row.biggest = big;
    }
    CardSummary {
        group_means: columns
            .iter()
            .map(|g| card.mean_by(Scorer::Group(*g)))
            .collect(),
        provider_mean: card.mean_by(Scorer::Provider),
        community_mean: mean(rows.iter().filter_map(|r| r.community)),
        gap_mean: mean(rows.iter().filter_map(|r| r.gap)),
        groups: columns,
        rows,
    }
}

/// Which of `gaps` are among the [`BIGGEST_GAPS`] largest in size (a gap
/// shared with the last of them is marked too); no gap of zero is big.
pub fn biggest(gaps: &[Option<f64>]) -> Vec<bool> {
    let mut sizes: Vec<f64> = gaps
        .iter()
        .flatten()
        .map(|g| g.abs())
        .filter(|g| *g > EPSILON)
        .collect();
    sizes.sort_by(|a, b| b.total_cmp(a));
    let Some(threshold) = sizes.get(BIGGEST_GAPS.min(sizes.len()).saturating_sub(1)) else {
        return vec![false; gaps.len()];
    };
    gaps.iter()
        .map(|g| g.is_some_and(|g| g.abs() > EPSILON && g.abs() >= threshold - EPSILON))
        .collect()
}

/// A mean as the room reads it: whole numbers on 0–100, one decimal on 1–5
/// ("62", "3.5"); the same in reports.
pub fn number(scale: CardScale, value: f64) -> String {
    match scale {
        CardScale::Hundred => format!("{:.0}", value + 0.0),
        CardScale::Five => format!("{:.1}", value + 0.0),
    }
}

/// A gap or a change with its sign: "−25", "+1.5", "0".
pub fn signed(scale: CardScale, value: f64) -> String {
    let shown = number(scale, value.abs());
    let zero = shown.chars().all(|c| c == '0' || c == '.');
    if zero {
        shown
    } else if value < 0.0 {
        format!("−{shown}")
    } else {
        format!("+{shown}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_convert_end_to_end() {
        assert_eq!(CardScale::Five.convert(3.0, CardScale::Hundred), 50.0);
        assert_eq!(CardScale::Hundred.convert(75.0, CardScale::Five), 4.0);
        assert_eq!(CardScale::Five.percent(5.0), 100.0);
        assert!(CardScale::Five.check(0).is_err() && CardScale::Hundred.check(0).is_ok());
    }

    #[test]
    fn numbers_read_with_their_sign() {
        assert_eq!(signed(CardScale::Hundred, -25.4), "−25");
        assert_eq!(signed(CardScale::Five, 1.25), "+1.2");
        assert_eq!(signed(CardScale::Hundred, -0.2), "0");
        assert_eq!(number(CardScale::Five, 3.0), "3.0");
    }

    #[test]
    fn the_biggest_gaps_take_a_shared_last_place() {
        let gaps = [
            Some(-40.0),
            Some(10.0),
            None,
            Some(25.0),
            Some(-25.0),
            Some(0.0),
        ];
        assert_eq!(biggest(&gaps), [true, false, false, true, true, false]);
        assert_eq!(biggest(&[Some(0.0), None]), [false, false]);
    }
}
