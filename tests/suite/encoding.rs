//! Session files are ron's pretty RON, byte for byte (issue 12). Saves are
//! written by baraza's own encoder (`store::encode`, streamed by the saver),
//! which must never differ from ron's (`store::encode_with_ron`): people
//! read these files, and old and new versions of baraza read each other's.
//! Checked over the example sessions, the fixture, generated sessions,
//! arbitrary sessions (every field changed through serde's data model),
//! and the files the real saver writes after random edits, sealed and not.

use baraza::model::*;
use baraza::store::{self, OpenSession, Store, crypt};
use chrono::Duration;
use proptest::prelude::*;
use tempfile::TempDir;

use crate::common::{self, Harness, Rng, moment, session_with_groups};

/// Fails with the first line that differs, not two files of text.
fn assert_ron(fast: &str, session: &Session, what: &str) {
    let reference = store::encode_with_ron(session);
    if fast != reference {
        let (line, (ours, rons)) = fast
            .lines()
            .zip(reference.lines())
            .enumerate()
            .find(|(_, (a, b))| a != b)
            .unwrap_or((0, ("(lengths differ)", "")));
        panic!(
            "{what}: line {} differs from ron's\n ours: {ours:?}\n ron:  {rons:?}",
            line + 1
        );
    }
}

fn every_known_session() -> Vec<(String, Session)> {
    let mut all: Vec<(String, Session)> = Vec::new();
    for (i, s) in Harness::examples().into_iter().enumerate() {
        all.push((format!("sessions/ example {i}"), s));
    }
    for example in store::examples::EXAMPLES {
        all.push(("a built-in example".into(), example.session().unwrap()));
    }
    all.push((
        "the v1 fixture, migrated".into(),
        common::load(std::path::Path::new("tests/suite/fixtures/v1-session.ron")),
    ));
    all.push((
        "a session with actions".into(),
        common::session_with_actions(Stage::Learn),
    ));
    all.push((
        "a new session".into(),
        Session::new(
            String::new(),
            String::new(),
            common::day(2026, 1, 1),
            moment(),
        ),
    ));
    for i in 0..40 {
        all.push((
            format!("generated session {i}"),
            crate::rollup::generated(i),
        ));
    }
    all
}

#[test]
fn every_example_fixture_and_generated_session_is_ron_byte_for_byte() {
    for (what, s) in every_known_session() {
        assert_ron(&store::encode(&s), &s, &what);
    }
}

/// Texts with what changes ron's layout: quotes and backslashes (a raw
/// string, with one `#` more than the longest run), line breaks (written
/// as they are), other scripts, joiners, a byte-order mark, nothing at all.
fn tricky_text() -> impl Strategy<Value = String> {
    "[a-z \"\\\\#\n\r\t'()\\[\\],:é中ا🔥\u{200d}\u{feff}]{0,14}"
}

/// How many values `v` holds, itself included.
fn count(v: &serde_json::Value) -> usize {
    1 + match v {
        serde_json::Value::Array(items) => items.iter().map(count).sum(),
        serde_json::Value::Object(fields) => fields.values().map(count).sum(),
        _ => 0,
    }
}

/// The `n`th value of `v` (in the order [`count`] counts), changed: a text
/// replaced, a list emptied, shortened or with an item doubled, a number or
/// a flag changed, an optional value taken away.
fn change_nth(v: &mut serde_json::Value, n: &mut usize, rng: &mut Rng, texts: &[String]) -> bool {
    use serde_json::Value;
    if *n == 0 {
        match v {
            Value::String(s) => *s = rng.pick(texts).clone(),
            Value::Array(items) => match rng.below(3) {
                0 => items.clear(),
                1 if !items.is_empty() => {
                    items.remove(rng.below(items.len()));
                }
                _ if !items.is_empty() => {
                    let i = rng.below(items.len());
                    items.insert(i, items[i].clone());
                }
                _ => {}
            },
            Value::Number(_) => {
                *v = Value::from(*rng.pick(&[0u64, 1, 7, 255, 65_535, 4_000_000_000]))
            }
            Value::Bool(b) => *b = !*b,
            Value::Object(_) | Value::Null => *v = Value::Null,
        }
        return true;
    }
    *n -= 1;
    match v {
        Value::Array(items) => items.iter_mut().any(|i| change_nth(i, n, rng, texts)),
        Value::Object(fields) => fields.values_mut().any(|f| change_nth(f, n, rng, texts)),
        _ => false,
    }
}

/// `start` with `changes` of its values changed, each kept only if the
/// result is still a session. Many random changes make no session (an id
/// changed, a value taken away), so it tries until `changes` are kept or
/// enough tries have failed that at least one must have been kept: a run
/// with none kept would test only the start (it failed 1 case in a few
/// hundred when each change had one try).
fn arbitrary(start: &Session, changes: usize, rng: &mut Rng, texts: &[String]) -> Session {
    let mut value = serde_json::to_value(start).unwrap();
    let mut kept = 0;
    let mut tries = 0;
    while kept < changes && tries < changes.max(10) * 50 {
        tries += 1;
        let mut candidate = value.clone();
        let mut n = rng.below(count(&candidate));
        change_nth(&mut candidate, &mut n, rng, texts);
        if serde_json::from_value::<Session>(candidate.clone()).is_ok() {
            value = candidate;
            kept += 1;
        }
    }
    assert!(kept > 0, "no change made a session in {tries} tries");
    serde_json::from_value(value).unwrap()
}

#[test]
fn sessions_survive_being_taken_apart_through_serde() {
    // What the arbitrary sessions below rest on: a session through JSON's
    // values and back is the same session.
    for (what, s) in every_known_session() {
        let back: Session = serde_json::from_value(serde_json::to_value(&s).unwrap()).unwrap();
        assert_eq!(back, s, "{what}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    /// Any session, with any text in any field, lists empty or not, values
    /// there or not, is written as ron writes it.
    #[test]
    fn arbitrary_sessions_are_ron_byte_for_byte(
        which in 0usize..64,
        seed in any::<u64>(),
        changes in 1usize..60,
        texts in proptest::collection::vec(tricky_text(), 1..8),
    ) {
        let known = every_known_session();
        let (what, start) = &known[which % known.len()];
        let s = arbitrary(start, changes, &mut Rng::new(seed), &texts);
        assert_ron(&store::encode(&s), &s, what);
    }
}

/// A random edit, expressed against whatever the session holds now.
#[derive(Clone, Debug)]
enum Op {
    Dot(usize, usize),
    TakeBack(usize, usize),
    AddProblem(String),
    Rename(usize, String),
    DeleteProblem(usize),
    Merge(usize, usize),
    AddGroup(String),
    DeleteGroup(usize),
    Title(String),
    Context(String),
    Facilitators(Vec<String>),
    Undo,
    Redo,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => (0usize..12, 0usize..6).prop_map(|(p, g)| Op::Dot(p, g)),
        2 => (0usize..12, 0usize..6).prop_map(|(p, g)| Op::TakeBack(p, g)),
        2 => tricky_text().prop_map(Op::AddProblem),
        1 => (0usize..12, tricky_text()).prop_map(|(p, t)| Op::Rename(p, t)),
        1 => (0usize..12).prop_map(Op::DeleteProblem),
        1 => (0usize..12, 0usize..12).prop_map(|(a, b)| Op::Merge(a, b)),
        1 => tricky_text().prop_map(Op::AddGroup),
        1 => (0usize..6).prop_map(Op::DeleteGroup),
        1 => tricky_text().prop_map(Op::Title),
        1 => tricky_text().prop_map(Op::Context),
        1 => proptest::collection::vec(tricky_text(), 0..3).prop_map(Op::Facilitators),
        2 => Just(Op::Undo),
        1 => Just(Op::Redo),
    ]
}

fn change_for(op: &Op, s: &Session, at: Timestamp) -> Option<Change> {
    let pid = |i: usize| s.problems.get(i % s.problems.len().max(1)).map(|p| p.id);
    let gid = |i: usize| s.groups.get(i % s.groups.len().max(1)).map(|g| g.id);
    Some(match op {
        Op::Dot(p, g) => edits::add_vote(s, pid(*p)?, gid(*g)?, at)?,
        Op::TakeBack(p, g) => edits::remove_vote(s, pid(*p)?, gid(*g)?)?,
        Op::AddProblem(title) => Change::Problem(ListOp::Insert {
            index: s.problems.len() / 2,
            item: Problem {
                id: s.next_problem_id(),
                title: title.clone(),
                causes: vec![title.clone()],
                ..Default::default()
            },
        }),
        Op::Rename(p, title) => {
            let mut problem = s.problem(pid(*p)?)?.clone();
            problem.title = title.clone();
            Change::Problem(ListOp::Update(problem))
        }
        Op::DeleteProblem(p) => edits::remove_problem(s, pid(*p)?)?,
        Op::Merge(a, b) => edits::merge_problems(s, pid(*a)?, pid(*b)?)?,
        Op::AddGroup(name) => edits::add_group(s, name, 10),
        Op::DeleteGroup(g) => edits::remove_group(s, gid(*g)?)?,
        Op::Title(t) => Change::Set(Field::Title(t.clone())),
        Op::Context(t) => Change::Set(Field::Context(t.clone())),
        Op::Facilitators(names) => Change::Set(Field::Facilitators(names.clone())),
        Op::Undo | Op::Redo => return None,
    })
}

/// The file the saver wrote, unsealed if it is sealed.
fn on_disk(doc: &OpenSession) -> String {
    let bytes = std::fs::read(doc.path()).unwrap();
    let plain = if crypt::is_sealed(&bytes) {
        crypt::unseal(&bytes).unwrap()
    } else {
        bytes
    };
    String::from_utf8(plain).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Edits, undos and redos, saved now and then while the room goes on
    /// (the writer may still be encoding when the next edit lands), and
    /// every file the saver leaves is ron's bytes of the session it says is
    /// saved. In an encrypted folder too.
    #[test]
    fn every_save_after_random_edits_is_ron_byte_for_byte(
        ops in proptest::collection::vec(op(), 1..50),
        every in 1usize..5,
        sealed in any::<bool>(),
    ) {
        let tmp = TempDir::new().unwrap();
        let dir = tmp.path().join("sessions");
        let store = Store::open(&dir).unwrap();
        if sealed {
            crypt::set_up(&dir, &"a low-cost test passphrase".to_string().into(), None, Some(4))
                .unwrap();
        }
        let mut start = session_with_groups("Kibera \"youth\" baraza\nround #2");
        start.problems.push(Problem {
            id: ProblemId(1),
            title: "Theft at the r#\"market\"#".into(),
            ..Default::default()
        });
        let path = store.create(&start).unwrap();
        let mut doc = OpenSession::open(&path, "the encoding test").unwrap();
        let mut at = moment();
        for (i, op) in ops.iter().enumerate() {
            at += Duration::seconds(1);
            let e = doc.editor_mut().unwrap();
            match op {
                Op::Undo => drop(e.undo(at)),
                Op::Redo => drop(e.redo(at)),
                other => {
                    if let Some(c) = change_for(other, e.session(), at) {
                        let _ = e.apply(c, at);
                    }
                }
            }
            if i % every == 0 {
                doc.save_if_changed(at);
            }
            if i % (2 * every) == 0 {
                doc.flush();
                assert_ron(&on_disk(&doc), doc.session(), &format!("after edit {i}"));
            }
        }
        doc.save_if_changed(at);
        doc.flush();
        prop_assert_eq!(crypt::is_sealed(&std::fs::read(&path).unwrap()), sealed);
        assert_ron(&on_disk(&doc), doc.session(), "at the end");
    }
}
