//! The model's hot spots on their own, on the large and the stress session:
//! checking a session as loading does, dot and criteria rankings, the
//! per-group comparison. The floor is sorting the same number of scores
//! (best first, then by id) with nothing looked up: the least any ranking
//! costs.
//!
//! `cargo bench --bench ranking -- stress` runs one size.

use std::time::Duration;

use baraza::model::ranking::{compare_groups, criteria_ranking, dot_ranking};
use baraza::model::{ProblemId, RankMethod, Score, Session, Stage};
use criterion::Criterion;

#[path = "support/mod.rs"]
mod support;

use support::fixtures::{self, LARGE, STRESS, Size};
use support::ratios::{Goal, Group, timed, wanted};

const FLOOR: &str = "sorting the scores alone";

fn sort_floor(s: &Session) -> Duration {
    let mut scores: Vec<(ProblemId, f64)> = s
        .problems
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id, (i * 7919 % 13) as f64))
        .collect();
    // Unsorted each time: sorting a sorted list is no floor at all.
    timed(|| {
        scores.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        std::hint::black_box(&scores);
    })
}

/// Every problem scored on every criterion by the room.
fn scored(mut s: Session) -> Session {
    let at = fixtures::t0();
    for (i, p) in s.problems.iter().enumerate() {
        for (k, c) in s.ranking.criteria.iter().enumerate() {
            s.ranking.scores.push(Score {
                problem: p.id,
                criterion: c.id,
                group: None,
                value: ((i + k) % 5 + 1) as u8,
                at,
            });
        }
    }
    s
}

fn size(c: &mut Criterion, label: &str, size: Size, samples: usize) {
    let name = format!("model {label}");
    let fns = [
        "validate (as loading does)",
        "dot ranking, whole room",
        "compare groups, dots",
        "criteria ranking, full grid",
    ];
    if !wanted(&name, &fns) {
        return;
    }
    let s = fixtures::sized_session(size, Stage::Rank);
    let graded = scored(s.clone());
    let mut group = Group::new(
        c,
        &name,
        samples,
        Duration::from_millis(200),
        Duration::from_secs(2),
    );
    group.pair(
        fns[0],
        FLOOR,
        Goal::None,
        || sort_floor(&s),
        || timed(|| assert!(s.validate().is_empty())),
    );
    group.pair(
        fns[1],
        FLOOR,
        Goal::None,
        || sort_floor(&s),
        || timed(|| drop(std::hint::black_box(dot_ranking(&s, None)))),
    );
    group.pair(
        fns[2],
        FLOOR,
        Goal::None,
        || sort_floor(&s),
        || timed(|| drop(std::hint::black_box(compare_groups(&s, RankMethod::Dots)))),
    );
    group.pair(
        fns[3],
        FLOOR,
        Goal::None,
        || sort_floor(&s),
        || timed(|| drop(std::hint::black_box(criteria_ranking(&graded, None)))),
    );
    group.finish();
}

fn main() {
    support::run_floor_mode_if_asked();
    let mut c = Criterion::default().configure_from_args();
    size(&mut c, "large", LARGE, 20);
    size(&mut c, "stress", STRESS, 10);
    c.final_summary();
    support::ratios::print_table("ranking");
}
