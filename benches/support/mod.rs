//! Shared by the benchmarks: sessions of every size, the floors baraza is
//! measured against, a pseudo-terminal harness for the real binary, and the
//! table of ratios printed at the end of each run.
//!
//! Each bench file includes this folder with `#[path]`; not every bench uses
//! every helper.
#![allow(dead_code)]

pub mod fixtures;
pub mod floors;
pub mod pty;
pub mod ratios;

/// The baraza binary to measure: the one cargo built with the benches, or
/// `BARAZA_BENCH_BIN` (to measure another build, e.g. a copy of an older
/// one, in the same harness).
pub fn baraza_bin() -> std::path::PathBuf {
    std::env::var_os("BARAZA_BENCH_BIN")
        .map(Into::into)
        .unwrap_or_else(|| env!("CARGO_BIN_EXE_baraza").into())
}

/// The bench binary doubles as the floor programs: run with
/// [`floors::MODE_VAR`] set it is a bare ratatui program (or a bare reader of
/// files) instead of a benchmark. Call first thing in `main`.
pub fn run_floor_mode_if_asked() {
    if let Some(mode) = std::env::var_os(floors::MODE_VAR) {
        floors::run_mode(&mode.to_string_lossy());
        std::process::exit(0);
    }
}
