//! Fuzzing baraza's own loading, migration and validation (issue 11) — not
//! ron's parser, which is fuzzed upstream: arbitrary bytes, and real session
//! files (both versions) mutated the way files get damaged or hand-edited
//! (bytes flipped, cut, repeated, RON tokens and odd values dropped in).
//!
//! Every case: no panic; a refusal names the file, a line and a column that
//! lie inside it; a session that loads fits together, and saving it and
//! loading it again gives the same session (a migrated one comes back as the
//! current version).
//!
//! `cargo test` runs 300 cases of each; the long run:
//! `BARAZA_FUZZ_CASES=20000 cargo test --release --test suite fuzz_load -- --nocapture`

use std::path::Path;

use baraza::store::{self, StoreError};
use proptest::prelude::*;

fn cases() -> u32 {
    std::env::var("BARAZA_FUZZ_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(300)
}

/// Files to damage: the example sessions, the version 1 fixture, and a small
/// session as baraza writes it.
fn seeds() -> &'static [Vec<u8>] {
    static SEEDS: std::sync::OnceLock<Vec<Vec<u8>>> = std::sync::OnceLock::new();
    SEEDS.get_or_init(|| {
        let mut v = Vec::new();
        for dir in ["sessions", "tests/suite/fixtures"] {
            let mut paths: Vec<_> = std::fs::read_dir(dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|x| x == "ron"))
                .collect();
            paths.sort();
            v.extend(paths.iter().map(|p| std::fs::read(p).unwrap()));
        }
        let small = crate::common::session_with_groups("Small");
        v.push(store::encode(&small).into_bytes());
        v
    })
}

/// Pieces of RON and odd values a damaged or hand-edited file may hold.
const TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    "\"",
    "'",
    "r#\"",
    "\"#",
    "/*",
    "*/",
    "//",
    "\n",
    "\u{feff}",
    "Some(",
    "None",
    "true",
    "-1",
    "0",
    "4294967296",
    "1e999",
    "NaN",
    "99999999999999999999",
    "version: 1,",
    "version: 2,",
    "version: 3,",
    "version: 0,",
    "Session",
    "problem: 999,",
    "group: 0,",
    "id: 1,",
    "#![enable(implicit_some)]",
    "\\u{0}",
    "\\",
    "\u{1b}]0;x\u{7}",
    "\u{202e}",
    "ـ",
    "🔥",
    "[[[[[[[[[[[[[[[[[[[[[[[[",
    "\"2026-02-30\"",
    "\"2026-11-27T10:42:07+99:00\"",
    "Learn",
    "Pairwise",
    "Runoff(votes: [])",
];

#[derive(Clone, Debug)]
enum Mutation {
    Flip { at: usize, bit: u8 },
    Byte { at: usize, byte: u8 },
    Token { at: usize, token: usize },
    Delete { at: usize, len: usize },
    Repeat { at: usize, len: usize },
    Truncate { at: usize },
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        1 => (any::<usize>(), 0u8..8).prop_map(|(at, bit)| Mutation::Flip { at, bit }),
        1 => (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Mutation::Byte { at, byte }),
        3 => (any::<usize>(), 0..TOKENS.len()).prop_map(|(at, token)| Mutation::Token { at, token }),
        2 => (any::<usize>(), 1usize..200).prop_map(|(at, len)| Mutation::Delete { at, len }),
        1 => (any::<usize>(), 1usize..200).prop_map(|(at, len)| Mutation::Repeat { at, len }),
        1 => any::<usize>().prop_map(|at| Mutation::Truncate { at }),
    ]
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    let n = bytes.len().max(1);
    match *m {
        Mutation::Flip { at, bit } => {
            if !bytes.is_empty() {
                bytes[at % n] ^= 1 << bit;
            }
        }
        Mutation::Byte { at, byte } => {
            if !bytes.is_empty() {
                bytes[at % n] = byte;
            }
        }
        Mutation::Token { at, token } => {
            let at = at % (bytes.len() + 1);
            bytes.splice(at..at, TOKENS[token].bytes());
        }
        Mutation::Delete { at, len } => {
            let at = at % n;
            let end = (at + len).min(bytes.len());
            if at < end {
                bytes.drain(at..end);
            }
        }
        Mutation::Repeat { at, len } => {
            let at = at % n;
            let end = (at + len).min(bytes.len());
            if at < end {
                let piece = bytes[at..end].to_vec();
                bytes.splice(end..end, piece);
            }
        }
        Mutation::Truncate { at } => bytes.truncate(at % n),
    }
}

/// Loads `bytes` as a session file and checks what any outcome must be.
fn load_and_check(dir: &Path, bytes: &[u8]) -> Result<(), TestCaseError> {
    let path = dir.join("2026-01-01-fuzzed.ron");
    std::fs::write(&path, bytes).unwrap();
    match store::load(&path) {
        Ok(decoded) => {
            prop_assert!(decoded.session.validate().is_empty());
            // What loads can be saved and loaded again, unchanged.
            let again = store::decode(&store::encode(&decoded.session))
                .map_err(|e| TestCaseError::fail(format!("saved form does not load: {e:?}")))?;
            prop_assert_eq!(again.migrated_from, None);
            prop_assert_eq!(again.session, decoded.session);
        }
        Err(StoreError::Io { source, .. }) => {
            return Err(TestCaseError::fail(format!("reading failed: {source}")));
        }
        Err(e) => {
            let message = e.to_string();
            let prefix = format!("{}:", path.display());
            let rest = message
                .strip_prefix(&prefix)
                .ok_or_else(|| TestCaseError::fail(format!("no file name: {message}")))?;
            let mut parts = rest.splitn(3, ':');
            let line: usize = parts
                .next()
                .and_then(|l| l.parse().ok())
                .ok_or_else(|| TestCaseError::fail(format!("no line: {message}")))?;
            let column: usize = parts
                .next()
                .and_then(|c| c.parse().ok())
                .ok_or_else(|| TestCaseError::fail(format!("no column: {message}")))?;
            let lines = bytes.split(|&b| b == b'\n').count();
            prop_assert!(
                line >= 1 && line <= lines,
                "line {line} of {lines}: {message}"
            );
            prop_assert!(column >= 1, "{message}");
            prop_assert!(
                parts.next().is_some_and(|m| !m.trim().is_empty()),
                "{message}"
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: cases(),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn mutated_session_files_load_or_are_refused_with_their_place(
        seed in 0usize..16,
        mutations in prop::collection::vec(mutation(), 1..6),
    ) {
        let seeds = seeds();
        let mut bytes = seeds[seed % seeds.len()].clone();
        for m in &mutations {
            apply(&mut bytes, m);
        }
        let tmp = tempfile::TempDir::new().unwrap();
        load_and_check(tmp.path(), &bytes)?;
    }

    #[test]
    fn arbitrary_bytes_are_refused_with_their_place(
        bytes in prop::collection::vec(any::<u8>(), 0..600),
        prefix in prop::option::of(0usize..3),
    ) {
        // Sometimes behind the start of a real file, so the bytes get past
        // the first checks.
        let mut all = match prefix {
            Some(i) => {
                let seed = &seeds()[i % seeds().len()];
                seed[..seed.len() / 3].to_vec()
            }
            None => Vec::new(),
        };
        all.extend(bytes);
        let tmp = tempfile::TempDir::new().unwrap();
        load_and_check(tmp.path(), &all)?;
    }
}
