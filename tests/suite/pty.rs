//! The real binary in a pseudo-terminal: keys typed as a facilitator types
//! them, the screen read back through a terminal emulator, the saved file
//! checked, and the terminal left as it was found.

#![cfg(unix)]

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

/// A running baraza on a 100×30 pseudo-terminal.
struct Term {
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    /// Held so the pseudo-terminal stays open while the program runs.
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Term {
    fn start(dir: &Path, config: &Path, args: &[&str]) -> Term {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: 30,
                cols: 100,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_baraza"));
        cmd.args(args);
        cmd.env("BARAZA_DIR", dir);
        cmd.env("XDG_CONFIG_HOME", config);
        cmd.env("HOME", config);
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let parser = Arc::new(Mutex::new(vt100::Parser::new(
            std::num::NonZero::new(30).unwrap(),
            std::num::NonZero::new(100).unwrap(),
            0,
        )));
        let mut reader = pair.master.try_clone_reader().unwrap();
        let feed = Arc::clone(&parser);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                feed.lock().unwrap().process(&buf[..n]);
            }
        });
        let writer = pair.master.take_writer().unwrap();
        Term {
            parser,
            writer,
            child,
            _master: pair.master,
        }
    }

    fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows `text` (the program redraws after every key).
    fn wait_for(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if self.screen().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!(
            "«{text}» never appeared; the screen was:\n{}",
            self.screen()
        );
    }

    fn send(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        // A real typist is never faster than the program draws.
        std::thread::sleep(Duration::from_millis(30));
    }

    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "baraza did not quit:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

#[test]
fn a_facilitator_creates_a_session_and_quits_leaving_the_terminal_as_it_was() {
    let tmp = tempfile::TempDir::new().unwrap();
    let dir = tmp.path().join("sessions");
    let mut t = Term::start(&dir, tmp.path(), &[]);
    t.wait_for("No sessions yet");
    t.send("n");
    t.wait_for("New session");
    t.send("Mathare baraza 🔥");
    t.send("\t");
    t.send("Mathare North");
    t.send("\r");
    t.wait_for("1 Prepare");
    t.send("q");
    t.wait_for("Mathare baraza");
    t.send("q");
    let status = t.wait_exit();
    assert!(status.success(), "{status:?}");

    {
        let parser = t.parser.lock().unwrap();
        assert!(
            !parser.screen().alternate_screen(),
            "back on the normal screen"
        );
        assert!(
            !parser.screen().hide_cursor(),
            "the cursor is visible again"
        );
    }

    let files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .collect();
    assert_eq!(files.len(), 1);
    let s = baraza::store::load(&files[0]).unwrap().session;
    assert_eq!(s.title, "Mathare baraza 🔥");
    assert_eq!(s.location, "Mathare North");
    // The lock file stays (never deleted, by design) but is free again.
    assert!(baraza::store::OpenSession::open(&files[0], "test").is_ok());
}

#[test]
fn a_problem_and_a_dot_typed_in_a_terminal_reach_the_file() {
    let tmp = tempfile::TempDir::new().unwrap();
    let dir = tmp.path().join("sessions");
    let made = std::process::Command::new(env!("CARGO_BIN_EXE_baraza"))
        .args([
            "new",
            "--title",
            "Kisumu baraza",
            "--group",
            "Women:10",
            "--group",
            "Youth:8",
            "--no-open",
        ])
        .env("BARAZA_DIR", &dir)
        .output()
        .unwrap();
    assert!(made.status.success());
    let path = std::path::PathBuf::from(String::from_utf8(made.stdout).unwrap().trim());

    let mut t = Term::start(&dir, tmp.path(), &["open", "kisumu"]);
    t.wait_for("1 Prepare");
    t.send("\t");
    t.wait_for("No problems yet");
    t.send("a");
    t.send("Фонари не горят 💡");
    t.send("\r");
    t.send("\r");
    t.wait_for("1 of 1");
    t.send("\t");
    t.wait_for("Voting: Women");
    t.send("+");
    t.wait_for("Women — 1 of 30 dots");
    t.send("g+");
    t.wait_for("Youth — 1 of 24 dots");
    // Ctrl+c quits from anywhere; everything is already saved.
    t.send("\u{3}");
    assert!(t.wait_exit().success());
    {
        let parser = t.parser.lock().unwrap();
        assert!(!parser.screen().alternate_screen());
        assert!(!parser.screen().hide_cursor());
    }
    let s = baraza::store::load(&path).unwrap().session;
    assert_eq!(s.problems.len(), 1);
    assert_eq!(s.problems[0].title, "Фонари не горят 💡");
    assert_eq!(s.ranking.votes.len(), 2);
    assert_eq!(s.dots_for(s.problems[0].id, None), 2);
    assert_eq!(s.stage, baraza::model::Stage::Rank);
}
