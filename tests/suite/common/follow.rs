//! Two real baraza processes in pseudo-terminals, as a facilitator sets up a
//! projector: the facilitator's window (`baraza open`) on the laptop and the
//! room's screen (`baraza present`) on the wall. Shared by the two-process
//! test (`pty_room`) and the follow-latency bench (`benches/follow.rs`).
//!
//! The latency of one change is measured from the moment the change is on
//! disk (the session file or its cue file changed: what "saved" means) to the
//! moment the audience window's screen shows it.

#![cfg(unix)]
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use super::term::Term;

/// What identifies one version of a file.
fn stamp(path: &Path) -> Option<(u64, SystemTime, u64)> {
    use std::os::unix::fs::MetadataExt;
    let m = std::fs::symlink_metadata(path).ok()?;
    Some((m.len(), m.modified().ok()?, m.ino()))
}

/// The facilitator's window and the audience window on one session.
pub struct Pair {
    pub dir: PathBuf,
    pub config: PathBuf,
    pub session: PathBuf,
    pub facilitator: Term,
    pub audience: Term,
    pub binary: String,
}

/// The room's screen size and the facilitator's.
pub const WALL: (u16, u16) = (64, 20);
pub const LAPTOP: (u16, u16) = (120, 40);

impl Pair {
    /// Both windows on the session at `session`, in the folder `dir`.
    pub fn start(binary: &str, dir: &Path, config: &Path, session: &Path) -> Pair {
        let s = session.to_string_lossy().into_owned();
        let facilitator =
            Term::start_binary(binary, dir, config, &["open", &s], LAPTOP.0, LAPTOP.1);
        facilitator.wait_for("Rank by");
        let audience = start_audience(binary, dir, config, session);
        Pair {
            dir: dir.to_path_buf(),
            config: config.to_path_buf(),
            session: session.to_path_buf(),
            facilitator,
            audience,
            binary: binary.to_string(),
        }
    }

    /// Types `keys` in the facilitator's window and waits until the room's
    /// screen shows `shows`; returns the time from the change being on disk
    /// to the wall showing it (zero if the wall showed it before the test
    /// saw the disk change), or `None` if it never showed within `deadline`.
    pub fn change(
        &mut self,
        keys: &str,
        shows: &dyn Fn(&str) -> bool,
        deadline: Duration,
    ) -> Option<Duration> {
        let cue = cue_path(&self.session);
        let before = (stamp(&self.session), stamp(&cue));
        let sent = Instant::now();
        self.facilitator.send_now(keys);
        let mut on_disk: Option<Instant> = None;
        while sent.elapsed() < deadline {
            if on_disk.is_none() && (stamp(&self.session), stamp(&cue)) != before {
                on_disk = Some(Instant::now());
            }
            if shows(&self.audience.screen()) {
                let now = Instant::now();
                return Some(now.saturating_duration_since(on_disk.unwrap_or(now)));
            }
            std::thread::sleep(Duration::from_micros(500));
        }
        None
    }

    /// `kill -9` of the room's screen, and a new one.
    pub fn restart_audience(&mut self) {
        self.audience.kill9();
        self.audience = start_audience(&self.binary, &self.dir, &self.config, &self.session);
    }

    /// `kill -9` of the facilitator's window, and a new one on the session.
    pub fn restart_facilitator(&mut self) {
        self.facilitator.kill9();
        let s = self.session.to_string_lossy().into_owned();
        self.facilitator = Term::start_binary(
            &self.binary,
            &self.dir,
            &self.config,
            &["open", &s],
            LAPTOP.0,
            LAPTOP.1,
        );
    }
}

fn start_audience(binary: &str, dir: &Path, config: &Path, session: &Path) -> Term {
    let s = session.to_string_lossy().into_owned();
    let t = Term::start_binary(binary, dir, config, &["present", &s], WALL.0, WALL.1);
    t.wait_for("● live");
    t
}

pub fn cue_path(session: &Path) -> PathBuf {
    baraza::store::cue::cue_path(session)
}

/// "117 of 132 dots" in a dot-voting heading: the first number.
pub fn dots_placed(screen: &str) -> Option<usize> {
    let line = screen.lines().find(|l| l.contains("Dot voting:"))?;
    let rest = &line[line.find("Dot voting:")? + "Dot voting:".len()..];
    rest.split_whitespace().next()?.parse().ok()
}

/// Median and 95th percentile, in milliseconds.
pub fn summary(mut times: Vec<Duration>) -> (f64, f64) {
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let at = |q: f64| ms(times[((times.len() - 1) as f64 * q).round() as usize]);
    (at(0.5), at(0.95))
}
