//! How fast the room's screen follows the facilitator: the real binary twice
//! in pseudo-terminals (`baraza open` and `baraza present` on the example
//! session from Eastleigh), a hundred changes typed in the facilitator's
//! window — dots, the next group, the wall blanked and back, the results and
//! back — each timed from the moment it is on disk (the session file or its
//! cue file changed) to the moment the wall shows it. Prints the median and
//! the 95th percentile; asserts nothing (timings depend on the machine and
//! its load).
//!
//! `cargo bench --bench follow` (a release build). `BARAZA_FOLLOW_CHANGES`
//! sets the number of changes (default 100).

#[cfg(unix)]
mod common {
    #[path = "../../tests/suite/common/follow.rs"]
    pub mod follow;
    #[path = "../../tests/suite/common/term.rs"]
    #[allow(dead_code)]
    pub mod term;
}

#[cfg(unix)]
fn main() {
    use std::time::Duration;

    use common::follow::{Pair, dots_placed, summary};

    let changes: usize = std::env::var("BARAZA_FOLLOW_CHANGES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100);
    let tmp = tempfile::TempDir::new().unwrap();
    let dir = tmp.path().join("sessions");
    let store = baraza::store::Store::open(&dir).unwrap();
    let text = std::fs::read_to_string("sessions/2026-10-17-eastleigh-market-security-baraza.ron")
        .expect("run from the repository");
    let mut s = baraza::store::decode(&text).unwrap().session;
    // Room for every dot the bench places.
    for g in &mut s.groups {
        g.count = 999;
    }
    let groups: Vec<String> = s.groups.iter().map(|g| g.name.clone()).collect();
    let session = store.create(&s).unwrap();
    let mut pair = Pair::start(env!("CARGO_BIN_EXE_baraza"), &dir, tmp.path(), &session);
    let mut dots = dots_placed(&pair.audience.screen()).expect("the wall shows dot voting");
    let mut group = 0;
    let mut times = Vec::new();
    let mut kinds: Vec<(&str, Vec<Duration>)> = vec![
        ("a dot", Vec::new()),
        ("next group", Vec::new()),
        ("blank", Vec::new()),
        ("unblank", Vec::new()),
    ];
    for i in 0..changes {
        let kind = i % 4;
        let took = match kind {
            0 => {
                dots += 1;
                let n = dots;
                pair.change(
                    "+",
                    &move |s: &str| dots_placed(s) == Some(n),
                    Duration::from_secs(10),
                )
            }
            1 => {
                group = (group + 1) % groups.len();
                let want = format!("Voting now: {}", groups[group]);
                pair.change(
                    "g\r",
                    &move |s: &str| s.contains(&want),
                    Duration::from_secs(10),
                )
            }
            2 => pair.change(
                ".",
                &|s: &str| !s.contains("Dot voting"),
                Duration::from_secs(10),
            ),
            _ => {
                let n = dots;
                pair.change(
                    ".",
                    &move |s: &str| dots_placed(s) == Some(n),
                    Duration::from_secs(10),
                )
            }
        };
        let took = took.unwrap_or_else(|| {
            panic!(
                "change {i} never reached the wall:\n{}",
                pair.audience.screen()
            )
        });
        kinds[kind].1.push(took);
        times.push(took);
    }
    let (median, p95) = summary(times.clone());
    println!(
        "follow latency, change on disk → on the wall, over {} changes: median {median:.1} ms, p95 {p95:.1} ms, max {:.1} ms",
        times.len(),
        times.iter().max().unwrap().as_secs_f64() * 1000.0
    );
    for (kind, t) in kinds {
        if !t.is_empty() {
            let (m, p) = summary(t);
            println!("  {kind:<11} median {m:.1} ms, p95 {p:.1} ms");
        }
    }
    pair.audience.send("q");
    pair.facilitator.send("\u{3}");
    let _ = pair.facilitator.wait_exit();
}

#[cfg(not(unix))]
fn main() {}
