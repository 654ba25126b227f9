//! The real binary in a pseudo-terminal: keys typed as a facilitator types
//! them, the screen read back through a terminal emulator.

#![cfg(unix)]

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

/// What the reader thread keeps: the emulated screen, and the screen as it
/// stood at the end of the last whole frame the program drew.
struct Screen {
    parser: vt100::Parser,
    /// The text of the screen just after the last complete frame. A frame in
    /// the Rank panel ends by hiding the cursor (`ESC [?25l`, written after
    /// every cell of the frame): reading only at that mark, never in the
    /// middle of a frame, a screen is never half old and half new.
    frame: String,
    frames: u64,
}

/// A running baraza on a pseudo-terminal.
pub struct Term {
    screen: Arc<Mutex<Screen>>,
    writer: Box<dyn Write + Send>,
    pub child: Box<dyn portable_pty::Child + Send + Sync>,
    /// Held so the pseudo-terminal stays open while the program runs.
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

const FRAME_END: &[u8] = b"\x1b[?25l";

impl Term {
    /// `baraza ARGS` on a `cols`×`rows` terminal, with its folder of sessions
    /// in `dir` and its config (and home) in `config`.
    pub fn start(dir: &Path, config: &Path, args: &[&str], cols: u16, rows: u16) -> Term {
        Term::start_binary(env!("CARGO_BIN_EXE_baraza"), dir, config, args, cols, rows)
    }

    pub fn start_binary(
        binary: &str,
        dir: &Path,
        config: &Path,
        args: &[&str],
        cols: u16,
        rows: u16,
    ) -> Term {
        let mut cmd = CommandBuilder::new(binary);
        cmd.args(args);
        cmd.env("BARAZA_DIR", dir);
        cmd.env("XDG_CONFIG_HOME", config);
        cmd.env("HOME", config);
        Term::spawn(cmd, cols, rows)
    }

    /// `baraza ARGS` as on a fresh machine: `home` is the home folder, with
    /// the data and config folders inside it and no `BARAZA_DIR`, run from
    /// `cwd`.
    pub fn start_at_home(home: &Path, cwd: &Path, args: &[&str], cols: u16, rows: u16) -> Term {
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_baraza"));
        cmd.args(args);
        cmd.cwd(cwd);
        cmd.env_remove("BARAZA_DIR");
        cmd.env("HOME", home);
        cmd.env("XDG_DATA_HOME", home.join(".local/share"));
        cmd.env("XDG_CONFIG_HOME", home.join(".config"));
        Term::spawn(cmd, cols, rows)
    }

    fn spawn(mut cmd: CommandBuilder, cols: u16, rows: u16) -> Term {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let screen = Arc::new(Mutex::new(Screen {
            parser: vt100::Parser::new(
                std::num::NonZero::new(rows).unwrap(),
                std::num::NonZero::new(cols).unwrap(),
                0,
            ),
            frame: String::new(),
            frames: 0,
        }));
        let mut reader = pair.master.try_clone_reader().unwrap();
        let feed = Arc::clone(&screen);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            // How much of the frame mark the bytes read so far end with (it
            // may be split between two reads). ESC appears only at its start,
            // so a mismatch starts over at 0 or 1.
            let mut matched = 0;
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                let mut s = feed.lock().unwrap();
                let mut start = 0;
                for (i, &b) in buf[..n].iter().enumerate() {
                    matched = if b == FRAME_END[matched] {
                        matched + 1
                    } else {
                        usize::from(b == FRAME_END[0])
                    };
                    if matched == FRAME_END.len() {
                        s.parser.process(&buf[start..=i]);
                        s.frame = s.parser.screen().contents();
                        s.frames += 1;
                        start = i + 1;
                        matched = 0;
                    }
                }
                s.parser.process(&buf[start..n]);
            }
        });
        let writer = pair.master.take_writer().unwrap();
        Term {
            screen,
            writer,
            child,
            _master: pair.master,
        }
    }

    /// The screen now (possibly in the middle of a frame).
    pub fn screen(&self) -> String {
        self.screen.lock().unwrap().parser.screen().contents()
    }

    /// The screen at the end of the last whole frame, and how many frames
    /// have ended.
    pub fn frame(&self) -> (String, u64) {
        let s = self.screen.lock().unwrap();
        (s.frame.clone(), s.frames)
    }

    pub fn alternate_screen(&self) -> bool {
        self.screen
            .lock()
            .unwrap()
            .parser
            .screen()
            .alternate_screen()
    }

    pub fn hide_cursor(&self) -> bool {
        self.screen.lock().unwrap().parser.screen().hide_cursor()
    }

    /// Waits until the screen shows `text` (the program redraws after every key).
    pub fn wait_for(&self, text: &str) {
        self.wait_until(text, |s| s.contains(text));
    }

    /// Waits until `done` holds for the screen; panics after 20 s saying `what`.
    pub fn wait_until(&self, what: &str, done: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            let screen = self.screen();
            if done(&screen) {
                return screen;
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        panic!(
            "«{what}» never appeared; the screen was:\n{}",
            self.screen()
        );
    }

    /// Types `bytes`, then waits as a real typist would (never faster than
    /// the program draws).
    pub fn send(&mut self, bytes: &str) {
        self.send_now(bytes);
        std::thread::sleep(Duration::from_millis(30));
    }

    /// Types `bytes` and returns at once.
    pub fn send_now(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// A real `kill -9` of the program (not the terminal hanging up).
    pub fn kill9(&mut self) {
        let pid = self.child.process_id().expect("the program runs");
        let status = std::process::Command::new("kill")
            .args(["-9", &pid.to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        self.wait_exit();
    }

    pub fn wait_exit(&mut self) -> portable_pty::ExitStatus {
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
            std::thread::sleep(Duration::from_millis(5));
        }
    }
}
