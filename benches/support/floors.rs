//! The floors: what the same work costs with nothing of baraza in it.
//!
//! - start: a bare ratatui 0.30 program that sets up the terminal as baraza
//!   does (`ratatui::init`) and draws one paragraph, started in the same
//!   pseudo-terminal harness. The bench binary itself is that program when
//!   [`MODE_VAR`] is `bare-ratatui`, so no product binary is added and
//!   `cargo bench` builds it with the benches.
//! - a frame: the same paragraph drawn on the same `TestBackend` size.
//! - a save: the same bytes written to a temporary file, fsynced, renamed
//!   over the target and the folder fsynced.
//! - the roll-up: a process that reads every file of the folder (on every
//!   core) and does nothing with it.

use std::fs::{self, File};
use std::io::Write;
use std::path::Path;
use std::time::Duration;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{self, Event};
use ratatui::widgets::{Block, Paragraph};

/// Set to a mode name, the bench binary runs that floor program instead.
pub const MODE_VAR: &str = "BARAZA_BENCH_FLOOR";
/// Set to a folder for the `read-folder` mode.
pub const FOLDER_VAR: &str = "BARAZA_BENCH_FOLDER";

/// What the bare program's last row says; the harness waits for it as it
/// waits for baraza's hint line.
pub const BARE_MARKER: &str = "q quit";

pub fn run_mode(mode: &str) {
    match mode {
        "bare-ratatui" => bare_ratatui(),
        "read-folder" => {
            let dir = std::env::var_os(FOLDER_VAR).expect("the folder to read");
            read_folder(Path::new(&dir));
        }
        // Not a floor: the benchmarks' sessions as files, for profiling the
        // real binary on them (`baraza check`, `open`, `rollup`, `list`).
        "write-fixtures" => {
            let dir = std::env::var_os(FOLDER_VAR).expect("the folder to write to");
            super::fixtures::write_fixtures(Path::new(&dir));
        }
        other => panic!("unknown floor mode {other}"),
    }
}

fn paragraph() -> Paragraph<'static> {
    Paragraph::new("A bare ratatui program: one paragraph, nothing else.")
        .block(Block::bordered().title("floor").title_bottom(BARE_MARKER))
}

/// Draws one paragraph, waits for a key, restores the terminal.
fn bare_ratatui() {
    let mut terminal = ratatui::init();
    terminal
        .draw(|f| f.render_widget(paragraph(), f.area()))
        .expect("draw");
    loop {
        if let Ok(Event::Key(_)) = event::read() {
            break;
        }
    }
    ratatui::restore();
}

/// Reads every file of the folder in full on every core.
fn read_folder(dir: &Path) {
    let files: Vec<_> = fs::read_dir(dir)
        .expect("the folder")
        .flatten()
        .map(|e| e.path())
        .collect();
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = files.len().div_ceil(threads).max(1);
    let total: usize = std::thread::scope(|s| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|part| {
                s.spawn(move || {
                    part.iter()
                        .map(|p| fs::read(p).map_or(0, |b| b.len()))
                        .sum::<usize>()
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).sum()
    });
    std::hint::black_box(total);
}

/// One frame of the bare paragraph on `terminal` (120×40 like baraza's).
pub fn frame(terminal: &mut Terminal<TestBackend>) -> Duration {
    super::ratios::timed(|| {
        terminal
            .draw(|f| f.render_widget(paragraph(), f.area()))
            .unwrap();
    })
}

/// A bare durable write of `bytes` over `path`: temp file, write, fsync,
/// rename, fsync of the folder. No encoding, no checks.
pub fn write(path: &Path, bytes: &[u8]) -> Duration {
    super::ratios::timed(|| {
        let dir = path.parent().unwrap();
        let temp = dir.join(".floor-tmp");
        let mut file = File::create(&temp).unwrap();
        file.write_all(bytes).unwrap();
        file.sync_all().unwrap();
        drop(file);
        fs::rename(&temp, path).unwrap();
        File::open(dir).unwrap().sync_all().unwrap();
    })
}
