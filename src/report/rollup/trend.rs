//! Score cards across the programme: each indicator in each community,
//! cycle by cycle (the trend the room re-scores towards), and each
//! indicator across communities as their latest cycle left it.
//!
//! Communities may score on 0–100 or on 1–5: the roll-up reads every score
//! on 0–100 (1 = 0, 3 = 50, 5 = 100), so the two compare. Indicators are the
//! same indicator across sessions when their names are alike (the starter
//! set makes that the usual case; [`crate::report::similar::alike`]).

use chrono::NaiveDate;

use crate::model::Session;
use crate::model::score_card::{CardScale, mean};
use crate::report::similar::{alike, normalise};

/// One cycle's scores of one indicator in one community, on 0–100.
#[derive(Clone, Debug, PartialEq)]
pub struct TrendPoint {
    pub session_id: String,
    pub date: NaiveDate,
    pub community: Option<f64>,
    pub provider: Option<f64>,
}

impl TrendPoint {
    pub fn gap(&self) -> Option<f64> {
        Some(self.community? - self.provider?)
    }
}

/// One indicator in one community, its cycles in date order.
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorTrend {
    pub indicator: String,
    /// The community as its sessions name it.
    pub community: String,
    pub provider: String,
    pub points: Vec<TrendPoint>,
}

impl IndicatorTrend {
    /// The community's score in the last cycle minus the first that scored.
    pub fn change(&self) -> Option<f64> {
        let scored: Vec<f64> = self.points.iter().filter_map(|p| p.community).collect();
        match scored.as_slice() {
            [first, .., last] => Some(last - first),
            _ => None,
        }
    }
}

/// One indicator across communities, each at its latest cycle.
#[derive(Clone, Debug, PartialEq)]
pub struct IndicatorAcross {
    pub indicator: String,
    pub communities: usize,
    pub community: Option<f64>,
    pub provider: Option<f64>,
    pub gap: Option<f64>,
}

/// The trends (by indicator, then community) and the indicators across
/// communities (the most communities first). `community[i]` is the key of
/// `sessions[i]`'s community.
pub fn trends(
    sessions: &[&Session],
    community: &[String],
) -> (Vec<IndicatorTrend>, Vec<IndicatorAcross>) {
    // Indicator names, grouped by likeness: the first wording met names
    // the group.
    let mut names: Vec<String> = Vec::new();
    let mut trends: Vec<(usize, String, IndicatorTrend)> = Vec::new();
    let mut order: Vec<usize> = (0..sessions.len()).collect();
    order.sort_by_key(|i| (sessions[*i].date, &sessions[*i].id));
    for i in order {
        let s = sessions[i];
        let card = &s.score_card;
        let groups = s.group_ids();
        let on_100 = |v: f64| card.scale.convert(v, CardScale::Hundred);
        for ind in &card.indicators {
            let name = match names.iter().position(|n| alike(n, &ind.name)) {
                Some(k) => k,
                None => {
                    names.push(ind.name.trim().to_string());
                    names.len() - 1
                }
            };
            let point = TrendPoint {
                session_id: s.id.clone(),
                date: s.date,
                community: card.community(ind.id, &groups).map(on_100),
                provider: card
                    .value(ind.id, crate::model::score_card::Scorer::Provider)
                    .map(|v| on_100(f64::from(v))),
            };
            if point.community.is_none() && point.provider.is_none() {
                continue;
            }
            match trends
                .iter_mut()
                .find(|(k, c, _)| *k == name && *c == community[i])
            {
                Some((_, _, t)) => t.points.push(point),
                None => trends.push((
                    name,
                    community[i].clone(),
                    IndicatorTrend {
                        indicator: names[name].clone(),
                        community: s.location.clone(),
                        provider: card.provider.clone(),
                        points: vec![point],
                    },
                )),
            }
        }
    }
    let mut across: Vec<IndicatorAcross> = (0..names.len())
        .filter_map(|k| {
            let latest: Vec<&TrendPoint> = trends
                .iter()
                .filter(|(n, ..)| *n == k)
                .filter_map(|(.., t)| t.points.last())
                .collect();
            (!latest.is_empty()).then(|| IndicatorAcross {
                indicator: names[k].clone(),
                communities: latest.len(),
                community: mean(latest.iter().filter_map(|p| p.community)),
                provider: mean(latest.iter().filter_map(|p| p.provider)),
                gap: mean(latest.iter().filter_map(|p| p.gap())),
            })
        })
        .collect();
    across.sort_by(|a, b| {
        b.communities
            .cmp(&a.communities)
            .then_with(|| normalise(&a.indicator).cmp(&normalise(&b.indicator)))
    });
    let mut trends: Vec<IndicatorTrend> = trends.into_iter().map(|(.., t)| t).collect();
    trends.sort_by(|a, b| {
        normalise(&a.indicator)
            .cmp(&normalise(&b.indicator))
            .then_with(|| normalise(&a.community).cmp(&normalise(&b.community)))
    });
    (trends, across)
}
