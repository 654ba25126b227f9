//! Shared test support: a temp folder of sessions, the real app driven by key
//! events, and the screen rendered on ratatui's `TestBackend`.
#![allow(dead_code)]

pub mod follow;
pub mod tables;
pub mod term;
pub mod undo_check;

use std::path::{Path, PathBuf};

use baraza::clock::Clock;
use baraza::model::{Group, GroupId, Session, Timestamp};
use baraza::store::{self, Store};
use baraza::tui::theme::ThemeName;
use baraza::tui::{App, Start};
use chrono::{DateTime, NaiveDate};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use tempfile::TempDir;

/// 10:42:07 in Nairobi on the day of the workshop.
/// How a change the editor returned reads in English (the audit log's words).
pub fn en(what: &baraza::i18n::Msg) -> String {
    baraza::i18n::Lang::En.msg(what)
}

pub fn moment() -> Timestamp {
    DateTime::parse_from_rfc3339("2026-11-27T10:42:07+03:00").unwrap()
}

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// A session with the usual groups, created at [`moment`].
pub fn session_with_groups(title: &str) -> Session {
    let mut s = Session::new(
        "testsession".into(),
        title.into(),
        day(2026, 11, 27),
        moment(),
    );
    s.location = "Kibera, Nairobi".into();
    s.facilitators = vec!["Amina Odhiambo".into()];
    for (i, (name, count)) in [("Women", 14), ("Men", 11), ("Youth", 9), ("Elders", 5)]
        .into_iter()
        .enumerate()
    {
        s.groups.push(Group {
            id: GroupId(i as u32 + 1),
            name: name.into(),
            count,
        });
    }
    s
}

/// The app on a temp folder, with a fixed clock and the dark theme.
pub struct Harness {
    pub dir: TempDir,
    pub app: App,
    pub clock: Clock,
}

impl Harness {
    /// An empty folder, on the session list.
    pub fn new() -> Harness {
        Harness::with_clock(Clock::fixed(moment()))
    }

    pub fn with_clock(clock: Clock) -> Harness {
        let dir = TempDir::new().unwrap();
        let store = Store::open(dir.path().join("sessions")).unwrap();
        let app = App::new(store, clock.clone(), ThemeName::Dark, None);
        Harness { dir, app, clock }
    }

    /// A folder holding `sessions` (and the example sessions if asked), on the
    /// session list.
    pub fn with_sessions(sessions: &[Session]) -> Harness {
        let dir = TempDir::new().unwrap();
        let store = Store::open(dir.path().join("sessions")).unwrap();
        for s in sessions {
            store.create(s).unwrap();
        }
        let clock = Clock::fixed(moment());
        let app = App::new(store, clock.clone(), ThemeName::Dark, None);
        Harness { dir, app, clock }
    }

    /// The example sessions of `sessions/`.
    pub fn examples() -> Vec<Session> {
        let mut paths: Vec<_> = std::fs::read_dir("sessions")
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "ron"))
            .collect();
        paths.sort();
        paths.iter().map(|p| load(p)).collect()
    }

    /// `session` written to the folder and opened for editing.
    pub fn open(session: &Session) -> Harness {
        let mut h = Harness::new();
        let path = h.store().create(session).unwrap();
        h.app.start(Start::Open(path));
        h
    }

    pub fn store(&self) -> Store {
        Store::open(self.dir.path().join("sessions")).unwrap()
    }

    /// Sends keys written as text: plain characters are typed, and `<Tab>`,
    /// `<S-Tab>`, `<Enter>`, `<Esc>`, `<BS>`, `<Del>`, `<Up>`, `<Down>`,
    /// `<Left>`, `<Right>`, `<Home>`, `<End>`, `<PgUp>`, `<PgDn>`, `<Space>`,
    /// `<F1>` … `<F12>`,
    /// `<C-x>` (Ctrl) and `<A-x>` (Alt) name special keys. `<<` is a `<`.
    pub fn keys(&mut self, keys: &str) -> &mut Harness {
        for event in parse_keys(keys) {
            self.app.handle_event(&Event::Key(event));
        }
        self
    }

    /// Types text character by character, exactly as given (no key names).
    pub fn type_text(&mut self, text: &str) -> &mut Harness {
        for c in text.chars() {
            let event = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
            self.app.handle_event(&Event::Key(event));
        }
        self
    }

    pub fn paste(&mut self, text: &str) -> &mut Harness {
        self.app.handle_event(&Event::Paste(text.into()));
        self
    }

    /// The screen at `width`×`height`, as text. The saver is waited for
    /// first, so the status line says "saved" (or NOT SAVED) as it would a
    /// moment later on a real screen, never a "saving…" that depends on the
    /// disk's speed.
    pub fn render(&mut self, width: u16, height: u16) -> String {
        if let Some(w) = self.app.workshop() {
            w.doc().flush();
        }
        let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
        terminal.draw(|f| self.app.draw(f)).unwrap();
        // The temp folder's name changes every run; snapshots must not.
        let dir = self.dir.path().to_string_lossy().into_owned();
        terminal.backend().to_string().replace(&dir, "[tmp]")
    }

    /// The open session, as in memory.
    pub fn session(&self) -> &Session {
        self.app
            .workshop()
            .expect("a session is open")
            .doc()
            .session()
    }

    pub fn path(&self) -> PathBuf {
        self.app
            .workshop()
            .expect("a session is open")
            .doc()
            .path()
            .to_path_buf()
    }

    /// Waits for the saver to write (or fail to write) every change, and
    /// for the cue file beside the session: a test that walks the folder
    /// afterwards must not meet the cue's temp file renamed away under it.
    pub fn flush(&self) -> baraza::store::SaveState {
        let workshop = self.app.workshop().expect("a session is open");
        let state = workshop.doc().flush();
        workshop.flush_cue();
        state
    }

    /// The open session as saved on disk (after the saver has written every
    /// change).
    pub fn saved(&self) -> Session {
        self.app
            .workshop()
            .expect("a session is open")
            .doc()
            .flush();
        load(&self.path())
    }

    /// The status-line message of the open session.
    pub fn message(&self) -> String {
        self.app
            .workshop()
            .and_then(|w| w.message())
            .unwrap_or_default()
            .to_string()
    }
}

pub fn load(path: &Path) -> Session {
    store::load(path).unwrap().session
}

pub fn parse_keys(keys: &str) -> Vec<KeyEvent> {
    let mut out = Vec::new();
    let mut rest = keys;
    while let Some(c) = rest.chars().next() {
        if let Some(after) = rest.strip_prefix("<<") {
            out.push(KeyEvent::new(KeyCode::Char('<'), KeyModifiers::NONE));
            rest = after;
            continue;
        }
        if c == '<'
            && let Some(end) = rest.find('>')
        {
            let name = &rest[1..end];
            rest = &rest[end + 1..];
            out.push(named_key(name));
            continue;
        }
        out.push(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        rest = &rest[c.len_utf8()..];
    }
    out
}

fn named_key(name: &str) -> KeyEvent {
    let plain = |code| KeyEvent::new(code, KeyModifiers::NONE);
    if let Some(c) = name.strip_prefix("C-") {
        return KeyEvent::new(key_code(c), KeyModifiers::CONTROL);
    }
    if let Some(c) = name.strip_prefix("A-") {
        return KeyEvent::new(key_code(c), KeyModifiers::ALT);
    }
    if name == "S-Tab" {
        return KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT);
    }
    plain(key_code(name))
}

fn key_code(name: &str) -> KeyCode {
    match name {
        "Tab" => KeyCode::Tab,
        "Enter" => KeyCode::Enter,
        "Esc" => KeyCode::Esc,
        "BS" => KeyCode::Backspace,
        "Del" => KeyCode::Delete,
        "Up" => KeyCode::Up,
        "Down" => KeyCode::Down,
        "Left" => KeyCode::Left,
        "Right" => KeyCode::Right,
        "Home" => KeyCode::Home,
        "End" => KeyCode::End,
        "PgUp" => KeyCode::PageUp,
        "PgDn" => KeyCode::PageDown,
        "Space" => KeyCode::Char(' '),
        f if f.len() > 1 && f.starts_with('F') && f[1..].parse::<u8>().is_ok() => {
            KeyCode::F(f[1..].parse().unwrap())
        }
        one if one.chars().count() == 1 => KeyCode::Char(one.chars().next().unwrap()),
        other => panic!("unknown key name <{other}>"),
    }
}

/// A session ready for action planning, open on `stage`: six problems (one
/// in Arabic, one with an emoji), the first three shortlisted, no actions.
pub fn session_for_planning(stage: baraza::model::Stage) -> Session {
    use baraza::model::{Problem, ProblemId};
    let mut s = session_with_groups("Kibera security forum");
    for (i, title) in [
        "Theft at the market after dark",
        "سرقة المواشي ليلاً",
        "Drunk driving on the main road 🚗",
        "Land disputes between families",
        "Youth unemployment and idleness",
        "Police slow to respond to calls",
    ]
    .into_iter()
    .enumerate()
    {
        s.problems.push(Problem {
            id: ProblemId(i as u32 + 1),
            title: title.into(),
            ..Default::default()
        });
    }
    s.problems[0].description = "Stalls are broken into and people robbed on the way home.".into();
    s.problems[0].location = "Toi market, the road to Olympic estate".into();
    s.problems[0].causes = vec!["no street lights".into(), "no patrols".into()];
    s.problems[0].effects = vec!["traders close early".into()];
    s.ranking.shortlist = vec![ProblemId(1), ProblemId(2), ProblemId(3)];
    s.stage = stage;
    s
}

/// [`session_for_planning`] with six actions around the workshop day
/// (2026-11-27): two overdue, one due today, one done, one without a due
/// date, one inherited from the last cycle, one on a problem that is not
/// shortlisted.
pub fn session_with_actions(stage: baraza::model::Stage) -> Session {
    use baraza::model::{Action, ActionId, ActionStatus, ProblemId, ProgressNote};
    let mut s = session_for_planning(stage);
    let at = |d: u32| -> Timestamp {
        DateTime::parse_from_rfc3339(&format!("2026-11-{d:02}T18:00:00+03:00")).unwrap()
    };
    let action = |id: u32, problem: u32, activity: &str, responsible: &str| Action {
        id: ActionId(id),
        problem: ProblemId(problem),
        activity: activity.into(),
        responsible: responsible.into(),
        ..Default::default()
    };
    let mut a1 = action(1, 1, "Community patrol on the market road", "community");
    a1.partners = "police, chief's office".into();
    a1.start = Some(day(2026, 11, 1));
    a1.due = Some(day(2026, 11, 20));
    a1.resources = "torches, whistles, reflective vests".into();
    a1.indicator = "fewer thefts reported at the market each month".into();
    a1.risks = "patrols must not turn into vigilante groups; include women and youth".into();
    a1.status = ActionStatus::InProgress;
    a1.progress = vec![
        ProgressNote {
            date: day(2026, 11, 10),
            text: "Patrol schedule agreed with the chief".into(),
            at: at(10),
        },
        ProgressNote {
            date: day(2026, 11, 18),
            text: "Two patrols done; torches still needed".into(),
            at: at(18),
        },
    ];
    let mut a2 = action(2, 1, "Street lights at the market", "local authority");
    a2.due = Some(day(2026, 12, 15));
    a2.resources = "county lighting budget".into();
    let mut a3 = action(3, 2, "حملة توعية في السوق", "CSO");
    a3.start = Some(day(2026, 11, 5));
    a3.due = Some(day(2026, 11, 25));
    a3.status = ActionStatus::Stalled;
    a3.inherited_from = Some("k7m2q9xw4c".into());
    let mut a4 = action(4, 3, "Speed bumps near the school 🚸", "local authority");
    a4.due = Some(day(2026, 11, 1));
    a4.status = ActionStatus::Done;
    let a5 = action(5, 3, "Breathalyser checks on Friday nights", "police");
    let mut a6 = action(6, 4, "Land mediation committee of elders", "Elders");
    a6.due = Some(day(2026, 11, 27));
    s.actions = vec![a1, a2, a3, a4, a5, a6];
    s
}

/// Screen sizes from 1×1 to 300×100 for the no-panic loops. Layout bugs live
/// at the small end (a row or a column short, a width that rounds to zero), so
/// every size below 8 is there, then a grid with the given steps up to
/// 130×45; above that, where a frame costs the most to draw and differs
/// least, only a few widths and heights. Plus the sizes around the frame's
/// 64×20 minimum and the extremes.
pub fn sizes(step_w: usize, step_h: usize) -> Vec<(u16, u16)> {
    let grid = |step: usize, fine_to: u16, coarse: &[u16], edges: &[u16]| -> Vec<u16> {
        let mut v: Vec<u16> = (1..8).collect();
        v.extend((8..=fine_to).step_by(step.max(1)));
        v.extend_from_slice(coarse);
        v.extend_from_slice(edges);
        v.sort_unstable();
        v.dedup();
        v
    };
    let widths = grid(step_w, 130, &[160, 220, 300], &[63, 64, 65, 80, 120]);
    let heights = grid(step_h, 45, &[60, 100], &[14, 15, 16, 19, 20, 21, 24, 40]);
    let mut out = Vec::new();
    for &w in &widths {
        for &h in &heights {
            out.push((w, h));
        }
    }
    out
}

/// Whole-screen sizes for the no-panic tests: the extremes, around the frame's
/// 64×20 minimum, and very wide or very tall.
pub const EDGE_SIZES: [(u16, u16); 9] = [
    (1, 1),
    (63, 19),
    (64, 20),
    (65, 21),
    (80, 24),
    (200, 60),
    (300, 20),
    (64, 100),
    (300, 100),
];

/// Draws `panel` alone at each size, in an area away from the buffer's origin
/// (a panel must draw where it is put, not at 0,0).
pub fn draw_panel_at(
    panel: &mut dyn baraza::tui::panels::Panel,
    ctx: &baraza::tui::panels::Ctx,
    theme: &baraza::tui::theme::Theme,
    sizes: &[(u16, u16)],
) {
    for &(w, h) in sizes {
        let mut buf =
            ratatui::buffer::Buffer::empty(ratatui::layout::Rect::new(0, 0, w + 3, h + 2));
        panel.draw(ratatui::layout::Rect::new(3, 2, w, h), &mut buf, ctx, theme);
    }
}

/// A small seeded random number generator (xorshift64*), so every random
/// test repeats exactly from its seed.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// One of `items`.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// A small RAM disk (tmpfs) mounted on a temp folder, to fill up: the only
/// honest way to see what a 100% full disk does. Needs root (CI runs as root);
/// elsewhere `None`, and the caller says the test was skipped.
pub struct SmallDisk {
    pub mount: PathBuf,
    _dir: TempDir,
}

impl SmallDisk {
    pub fn mount(size_kib: u32) -> Option<SmallDisk> {
        let dir = TempDir::new().unwrap();
        let mount = dir.path().join("disk");
        std::fs::create_dir(&mount).unwrap();
        let out = std::process::Command::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={size_kib}k,mode=0700"),
                "tmpfs",
            ])
            .arg(&mount)
            .output();
        match out {
            Ok(o) if o.status.success() => Some(SmallDisk { mount, _dir: dir }),
            Ok(o) => {
                eprintln!(
                    "SKIPPED: cannot mount a small tmpfs to fill up (needs root): {}",
                    String::from_utf8_lossy(&o.stderr).trim()
                );
                None
            }
            Err(e) => {
                eprintln!("SKIPPED: cannot run mount to make a small disk: {e}");
                None
            }
        }
    }

    /// Fills every free byte with `filler`; returns its path.
    pub fn fill(&self) -> PathBuf {
        use std::io::Write;
        let filler = self.mount.join("filler");
        let mut f = std::fs::File::create(&filler).unwrap();
        let block = vec![0u8; 4096];
        loop {
            match f.write(&block) {
                Ok(0) => break,
                Ok(_) => {}
                Err(_) => break,
            }
        }
        // Byte by byte into the last partial page.
        while f.write(&[0]).is_ok_and(|n| n == 1) {}
        let _ = f.sync_all();
        filler
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = std::process::Command::new("umount")
            .arg("-l")
            .arg(&self.mount)
            .status();
    }
}
