//! baraza against its floor, measured in the same run: every iteration times
//! the floor and then baraza, so both see the same moment of a shared,
//! noisy machine, and the ratio is taken pair by pair. Criterion reports
//! baraza's figure; the table printed at the end (and written to
//! `target/criterion/floors-<bench>.txt`) gives both medians, the ratio and
//! the goal of issue 12.

use std::fmt::Write as _;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, SamplingMode};

/// What a measure must reach.
#[derive(Clone, Copy, Debug)]
pub enum Goal {
    /// At most this long, whatever the floor.
    Within(Duration),
    /// At most this many times the floor.
    Times(f64),
    /// Reported, no goal.
    None,
}

struct Row {
    name: String,
    floor: &'static str,
    goal: Goal,
    /// Per sample: (baraza, floor), seconds per iteration.
    samples: Vec<(f64, f64)>,
    keep: usize,
}

static TABLE: Mutex<Vec<Row>> = Mutex::new(Vec::new());
/// Lines that are not timings (file sizes, peak memory), printed with the table.
static NOTES: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// Times one call.
pub fn timed(f: impl FnOnce()) -> Duration {
    let t = Instant::now();
    f();
    t.elapsed()
}

/// A criterion group whose functions each time baraza against a floor.
pub struct Group<'c> {
    inner: BenchmarkGroup<'c, WallTime>,
    name: String,
    samples: usize,
}

impl<'c> Group<'c> {
    /// `samples` per function (criterion's minimum is 10), after a warm-up
    /// of `warm_up`, aiming at `measure` of measuring: the big cases take
    /// few samples so `cargo bench` stays within minutes.
    pub fn new(
        c: &'c mut Criterion,
        name: &str,
        samples: usize,
        warm_up: Duration,
        measure: Duration,
    ) -> Group<'c> {
        // A smoke run: every case once or twice, figures not to be trusted.
        let (samples, warm_up, measure) = if std::env::var_os("BARAZA_BENCH_QUICK").is_some() {
            (10, Duration::from_millis(1), Duration::from_millis(1))
        } else {
            (samples, warm_up, measure)
        };
        let mut inner = c.benchmark_group(name);
        inner
            .sample_size(samples)
            .warm_up_time(warm_up)
            .measurement_time(measure)
            .sampling_mode(SamplingMode::Flat);
        Group {
            inner,
            name: name.to_string(),
            samples,
        }
    }

    /// Benchmarks `subject` against `floor` as one criterion function.
    /// Both closures return how long their work took, so a closure can leave
    /// out its own setup or time a child process up to its first frame.
    pub fn pair(
        &mut self,
        name: &str,
        floor_name: &'static str,
        goal: Goal,
        mut floor: impl FnMut() -> Duration,
        mut subject: impl FnMut() -> Duration,
    ) {
        let index = {
            let mut table = TABLE.lock().unwrap();
            table.push(Row {
                name: format!("{}/{name}", self.name),
                floor: floor_name,
                goal,
                samples: Vec::new(),
                keep: self.samples,
            });
            table.len() - 1
        };
        self.inner.bench_function(name, |b| {
            b.iter_custom(|iters| {
                let (mut f, mut s) = (Duration::ZERO, Duration::ZERO);
                for _ in 0..iters {
                    f += floor();
                    s += subject();
                }
                let n = iters.max(1) as f64;
                TABLE.lock().unwrap()[index]
                    .samples
                    .push((s.as_secs_f64() / n, f.as_secs_f64() / n));
                s
            })
        });
    }

    /// Benchmarks `subject` alone, for a measure with no floor of its own.
    pub fn single(&mut self, name: &str, goal: Goal, subject: impl FnMut() -> Duration) {
        self.pair(name, "", goal, || Duration::from_secs(0), subject);
    }

    pub fn finish(self) {
        self.inner.finish();
    }
}

pub fn note(line: impl Into<String>) {
    let line = line.into();
    println!("{line}");
    NOTES.lock().unwrap().push(line);
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    match v.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => v[n / 2],
        n => (v[n / 2 - 1] + v[n / 2]) / 2.0,
    }
}

/// Interquartile range as a share of the median: how noisy the samples were.
fn spread(v: &[f64]) -> f64 {
    let mut v = v.to_vec();
    v.sort_by(f64::total_cmp);
    if v.len() < 4 {
        return f64::NAN;
    }
    let q = |p: f64| v[((v.len() - 1) as f64 * p).round() as usize];
    (q(0.75) - q(0.25)) / q(0.5)
}

pub fn seconds(s: f64) -> String {
    if s >= 1.0 {
        format!("{s:.2} s")
    } else if s >= 1e-3 {
        format!("{:.2} ms", s * 1e3)
    } else {
        format!("{:.1} µs", s * 1e6)
    }
}

/// Prints the table of every measure taken in this run and writes it to
/// `target/criterion/floors-<bench>.txt`.
pub fn print_table(bench: &str) {
    let table = TABLE.lock().unwrap();
    let mut out = String::new();
    let width = table
        .iter()
        .filter(|r| !r.samples.is_empty())
        .map(|r| r.name.chars().count())
        .max()
        .unwrap_or(20);
    let _ = writeln!(
        out,
        "\n{:<width$} {:>10} {:>6} {:>10} {:>8}  {:<26} goal",
        "measure (medians)", "baraza", "±IQR", "floor", "ratio", "floor is"
    );
    for row in table.iter() {
        let start = row.samples.len().saturating_sub(row.keep);
        let kept = &row.samples[start..];
        if kept.is_empty() {
            continue; // filtered out of this run
        }
        let subject: Vec<f64> = kept.iter().map(|s| s.0).collect();
        let floor: Vec<f64> = kept.iter().map(|s| s.1).collect();
        let ratios: Vec<f64> = kept.iter().map(|s| s.0 / s.1).collect();
        let (m, f, r) = (median(subject.clone()), median(floor), median(ratios));
        let (f, r) = if f > 0.0 {
            (seconds(f), format!("{r:.2}×"))
        } else {
            ("—".to_string(), "—".to_string())
        };
        let goal = match row.goal {
            Goal::Within(d) => {
                let met = if m <= d.as_secs_f64() {
                    "met"
                } else {
                    "NOT met"
                };
                format!("≤ {} ({met})", seconds(d.as_secs_f64()))
            }
            Goal::Times(x) => {
                let met = if median(kept.iter().map(|s| s.0 / s.1).collect()) <= x {
                    "met"
                } else {
                    "NOT met"
                };
                format!("≤ {x}× ({met})")
            }
            Goal::None => String::new(),
        };
        let _ = writeln!(
            out,
            "{:<width$} {:>10} {:>5.0}% {:>10} {:>8}  {:<26} {goal}",
            row.name,
            seconds(m),
            spread(&subject) * 100.0,
            f,
            r,
            row.floor,
        );
    }
    for line in NOTES.lock().unwrap().iter() {
        let _ = writeln!(out, "{line}");
    }
    println!("{out}");
    let dir = std::path::Path::new("target/criterion");
    if std::fs::create_dir_all(dir).is_ok() {
        let _ = std::fs::write(dir.join(format!("floors-{bench}.txt")), &out);
    }
}

/// The name filter given to `cargo bench -- FILTER`, if any.
fn filter() -> Option<String> {
    const WITH_VALUE: [&str; 16] = [
        "--color",
        "--save-baseline",
        "--baseline",
        "--baseline-lenient",
        "--load-baseline",
        "--sample-size",
        "--warm-up-time",
        "--measurement-time",
        "--nresamples",
        "--noise-threshold",
        "--confidence-level",
        "--significance-level",
        "--profile-time",
        "--format",
        "--output-format",
        "--plotting-backend",
    ];
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if WITH_VALUE.contains(&arg.as_str()) {
            args.next();
        } else if !arg.starts_with('-') {
            return Some(arg);
        }
    }
    None
}

/// Whether a group of `functions` runs at all under the filter given (a
/// regular expression on "group/function", as criterion reads it), so that
/// the setup of a group left out (a 2,000-problem session, 10,000 files) is
/// skipped too.
pub fn wanted(group: &str, functions: &[&str]) -> bool {
    let Some(f) = filter() else { return true };
    let Ok(re) = regex::Regex::new(&f) else {
        return true; // criterion will say what is wrong with it
    };
    functions
        .iter()
        .any(|name| re.is_match(&format!("{group}/{name}")))
}
