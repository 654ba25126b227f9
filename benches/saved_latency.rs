//! The time from a key to its "saved" on screen: the real binary in a
//! pseudo-terminal, `+` in Rank (a dot: applied, handed to the writer,
//! written, fsynced, renamed, the folder fsynced, acknowledged, drawn), on
//! the example session and on the large benchmark session (200 problems,
//! 5,000 dots, 300 actions). Measured from writing the key to the terminal
//! until a whole frame shows the new count with "saved HH:MM:SS"; nothing
//! is asserted (timings vary with the machine and its load).
//!
//! Each session is measured plain and then in an encrypted folder (issue 14:
//! every save sealed to two keys), beside each other.
//!
//! `cargo bench --bench saved_latency` (a release build); in a temp folder
//! on the disk that holds the system's temp folder. `BARAZA_LATENCY_KEYS`
//! sets the number of keys per session (default 60).

#[cfg(unix)]
#[path = "../tests/suite/common/term.rs"]
#[allow(dead_code)]
mod term;

mod common;

use std::time::{Duration, Instant};

use baraza::model::Session;
use baraza::store::Store;

/// The dots of the group being voted for: "Voting: Women — 12 of 30 dots".
fn voting_count(screen: &str) -> Option<usize> {
    let line = screen.lines().find(|l| l.contains("Voting:"))?;
    let before = &line[..line.find(" of ")?];
    let digits: String = before
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    digits.parse().ok()
}

fn status(screen: &str) -> &str {
    let lines: Vec<&str> = screen.lines().collect();
    lines
        .get(lines.len().saturating_sub(2))
        .copied()
        .unwrap_or("")
}

/// Room for many more dots, and the session open on Rank.
fn prepared(mut s: Session) -> Session {
    for g in &mut s.groups {
        g.count = 999;
    }
    s.dots_per_participant = 20;
    if s.ranking.shortlist.is_empty() {
        s.ranking.shortlist = s.problems.iter().take(3).map(|p| p.id).collect();
    }
    s.stage = baraza::model::Stage::Rank;
    s
}

/// The passphrase of the encrypted runs.
const PASSPHRASE: &str = "mango tree by the well";

#[cfg(unix)]
fn measure(name: &str, session: Session, keys: usize, encrypted: bool) {
    let tmp = tempfile::TempDir::new().unwrap();
    let dir = tmp.path().join("sessions");
    let store = Store::open(&dir).unwrap();
    if encrypted {
        // Every save sealed to the laptop's key and a coordinator's.
        let coordinator = age::x25519::Identity::generate().to_public().to_string();
        let pass = age::secrecy::SecretString::from(PASSPHRASE.to_string());
        baraza::store::crypt::set_up(&dir, &pass, Some(&coordinator), Some(4)).unwrap();
    }
    let path = store.create(&prepared(session)).unwrap();
    let size = std::fs::metadata(&path).unwrap().len();
    let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
    let mut t = term::Term::start(&dir, tmp.path(), &["open", &stem], 120, 40);
    if encrypted {
        t.wait_for("passphrase for");
        t.send_now(&format!("{PASSPHRASE}\r"));
    }
    let first = t.wait_until("the Rank panel", |s| voting_count(s).is_some());
    let start_count = voting_count(&first).unwrap();
    let mut times = Vec::with_capacity(keys);
    let mut saving_seen = 0;
    for count in start_count..start_count + keys {
        let start = Instant::now();
        t.send_now("+");
        let deadline = start + Duration::from_secs(20);
        let mut saw_saving = false;
        loop {
            let (frame, _) = t.frame();
            let line = status(&frame);
            if line.contains("saving") {
                saw_saving = true;
            }
            if voting_count(&frame) == Some(count + 1)
                && line.contains("saved ")
                && !line.contains("NOT SAVED")
            {
                times.push(start.elapsed());
                break;
            }
            assert!(Instant::now() < deadline, "no saved after 20 s:\n{frame}");
            std::hint::spin_loop();
        }
        saving_seen += usize::from(saw_saving);
        // A facilitator's pace, so each key is its own save.
        std::thread::sleep(Duration::from_millis(30));
    }
    t.send("\u{3}");
    t.wait_exit();
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    println!(
        "{name} ({} KB file): key to \"saved\" over {} keys: median {:.1} ms, p95 {:.1} ms, min {:.1} ms, max {:.1} ms (\"saving…\" drawn first for {saving_seen})",
        size / 1024,
        times.len(),
        ms(at(0.5)),
        ms(at(0.95)),
        ms(times[0]),
        ms(*times.last().unwrap()),
    );
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` does not: then
    // only check that it builds.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    #[cfg(unix)]
    {
        let keys = std::env::var("BARAZA_LATENCY_KEYS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(60);
        let example = baraza::store::load(std::path::Path::new(
            "sessions/2026-10-17-eastleigh-market-security-baraza.ron",
        ))
        .unwrap()
        .session;
        for encrypted in [false, true] {
            let how = if encrypted { ", encrypted" } else { "" };
            measure(
                &format!("example session (Eastleigh){how}"),
                example.clone(),
                keys,
                encrypted,
            );
            measure(
                &format!("large session{how}"),
                common::large_session(),
                keys,
                encrypted,
            );
        }
    }
}
