//! A program in a 120×40 pseudo-terminal, its output read back through a
//! terminal emulator: start → first frame is the time from spawning it to the
//! moment its screen shows a marker from the last row drawn (ratatui writes a
//! frame row by row, so the last row arrives last).

use std::io::{Read, Write};
use std::path::Path;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

pub const COLS: u16 = 120;
pub const ROWS: u16 = 40;

/// How the program is started: its path, arguments and environment.
#[derive(Clone, Debug)]
pub struct Program {
    pub path: std::path::PathBuf,
    pub args: Vec<String>,
    pub env: Vec<(String, String)>,
}

impl Program {
    /// The real baraza, with a private config folder (no theme file of the
    /// user's is read) and `dir` as its folder of sessions.
    pub fn baraza(dir: &Path, home: &Path, args: &[&str]) -> Program {
        Program {
            path: super::baraza_bin(),
            args: args.iter().map(|a| a.to_string()).collect(),
            env: vec![
                ("BARAZA_DIR".into(), dir.display().to_string()),
                ("HOME".into(), home.display().to_string()),
                ("XDG_CONFIG_HOME".into(), home.display().to_string()),
                ("TERM".into(), "xterm-256color".into()),
            ],
        }
    }

    /// This bench binary as the bare ratatui program (see `floors`).
    pub fn bare_ratatui(home: &Path) -> Program {
        Program {
            path: std::env::current_exe().unwrap(),
            args: Vec::new(),
            env: vec![
                (super::floors::MODE_VAR.into(), "bare-ratatui".into()),
                ("HOME".into(), home.display().to_string()),
                ("TERM".into(), "xterm-256color".into()),
            ],
        }
    }
}

/// The marker being waited for, and where to say when it appeared.
type Waiting = Arc<Mutex<Option<(String, mpsc::Sender<Instant>)>>>;

/// A running program and what its screen shows.
pub struct Term {
    parser: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    master: Option<Box<dyn MasterPty + Send>>,
    reader: Option<JoinHandle<()>>,
    waiting: Waiting,
    pub spawned: Instant,
}

impl Term {
    pub fn start(program: &Program) -> Term {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(&program.path);
        cmd.args(&program.args);
        cmd.env_remove("NO_COLOR");
        for (k, v) in &program.env {
            cmd.env(k, v);
        }
        let parser = Arc::new(Mutex::new(vt100::Parser::new(
            std::num::NonZero::new(ROWS).unwrap(),
            std::num::NonZero::new(COLS).unwrap(),
            0,
        )));
        let waiting: Waiting = Arc::new(Mutex::new(None));
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let spawned = Instant::now();
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let (feed, watch) = (Arc::clone(&parser), Arc::clone(&waiting));
        let reader = std::thread::spawn(move || {
            let mut buf = [0u8; 16384];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                let mut parser = feed.lock().unwrap();
                parser.process(&buf[..n]);
                let mut w = watch.lock().unwrap();
                if let Some((marker, _)) = w.as_ref()
                    && parser.screen().contents().contains(marker.as_str())
                {
                    let (_, tx) = w.take().unwrap();
                    let _ = tx.send(Instant::now());
                }
            }
        });
        Term {
            parser,
            writer,
            child,
            master: Some(pair.master),
            reader: Some(reader),
            waiting,
            spawned,
        }
    }

    pub fn screen(&self) -> String {
        self.parser.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows `marker`; returns when it did.
    pub fn wait_for(&self, marker: &str) -> Instant {
        let (tx, rx) = mpsc::channel();
        {
            // Checked under the parser's lock, so output arriving meanwhile is
            // either seen here or by the reader.
            let parser = self.parser.lock().unwrap();
            if parser.screen().contents().contains(marker) {
                return Instant::now();
            }
            *self.waiting.lock().unwrap() = Some((marker.to_string(), tx));
        }
        match rx.recv_timeout(Duration::from_secs(300)) {
            Ok(at) => at,
            Err(_) => panic!(
                "«{marker}» never appeared; the screen was:\n{}",
                self.screen()
            ),
        }
    }

    pub fn send(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    pub fn pid(&self) -> Option<u32> {
        self.child.process_id()
    }

    /// The program's peak resident memory so far (`VmHWM`), in bytes.
    pub fn peak_memory(&self) -> Option<u64> {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.pid()?)).ok()?;
        let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
        let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
        Some(kb * 1024)
    }

    /// Ctrl+c (every key quits the bare program), then waits for the exit.
    pub fn quit(mut self) {
        self.send("\u{3}");
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            if self.child.try_wait().unwrap().is_some() {
                break;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("the program did not quit:\n{}", self.screen());
            }
            std::thread::sleep(Duration::from_millis(2));
        }
        drop(self.master.take());
        if let Some(reader) = self.reader.take() {
            let _ = reader.join();
        }
    }
}

/// Start → first frame: spawns `program`, waits for `marker`, quits it.
pub fn first_frame(program: &Program, marker: &str) -> Duration {
    let term = Term::start(program);
    let at = term.wait_for(marker);
    let took = at - term.spawned;
    term.quit();
    took
}
