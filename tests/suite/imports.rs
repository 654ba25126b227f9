//! No import cycles: between the crate's top-level modules (`model`,
//! `store`, `report`, `tui`, `commands`, `cli`…) and between the submodules
//! of `model`. A cycle means two parts can only be understood, tested and
//! changed together; the layering the crate is built on (a pure `model` at
//! the bottom, the terminal and the command line at the top) forbids them.
//!
//! The graph is read from the source itself: every `crate::…`, `super::…`
//! and `self::…` path in `src/**/*.rs` (comments left out, `use` lists in
//! braces expanded) becomes an edge from the module of the file to the module
//! the path names. A path through `model`'s re-exports (`crate::model::Vote`)
//! counts as an edge to the submodule that defines the item, as read from the
//! `pub use` lines of `src/model/mod.rs`. Run it alone with
//! `cargo test --test suite imports::`.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::fs;
use std::path::{Path, PathBuf};

/// Where a path was seen: the file and the path as written.
type Evidence = (String, String);
/// `from → to` with where each edge was seen.
type Graph = BTreeMap<String, BTreeMap<String, Evidence>>;

/// The module path of a source file under `src/`: `src/model/change.rs` →
/// `["model", "change"]`, `src/store/mod.rs` → `["store"]`, `src/lib.rs` →
/// `[]`. `None` for the binary's `main.rs`, which uses the library by name.
fn module_of(relative: &Path) -> Option<Vec<String>> {
    let mut parts: Vec<String> = relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let file = parts.pop()?;
    let stem = file.strip_suffix(".rs")?;
    match (parts.is_empty(), stem) {
        (true, "lib") => {}
        (true, "main") => return None,
        (_, "mod") => {}
        _ => parts.push(stem.to_string()),
    }
    Some(parts)
}

/// The text without comments (line, block and doc comments) and without the
/// contents of string and char literals, so that prose and messages that
/// mention `crate::x` are not read as imports.
fn code_only(text: &str) -> String {
    let bytes: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let next = bytes.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < bytes.len() && bytes[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let mut depth = 0;
            while i < bytes.len() {
                if bytes[i] == '/' && bytes.get(i + 1) == Some(&'*') {
                    depth += 1;
                    i += 2;
                } else if bytes[i] == '*' && bytes.get(i + 1) == Some(&'/') {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
        } else if c == 'r' && matches!(next, Some('"') | Some('#')) && is_raw_string(&bytes, i) {
            // r"…", r#"…"#
            let mut j = i + 1;
            let mut hashes = 0;
            while bytes[j] == '#' {
                hashes += 1;
                j += 1;
            }
            j += 1;
            loop {
                if j >= bytes.len() {
                    break;
                }
                if bytes[j] == '"' && (0..hashes).all(|h| bytes.get(j + 1 + h) == Some(&'#')) {
                    j += 1 + hashes;
                    break;
                }
                j += 1;
            }
            out.push_str("\"\"");
            i = j;
        } else if c == '"' {
            i += 1;
            while i < bytes.len() && bytes[i] != '"' {
                if bytes[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push_str("\"\"");
        } else if c == '\'' && is_char_literal(&bytes, i) {
            i += 1;
            while i < bytes.len() && bytes[i] != '\'' {
                if bytes[i] == '\\' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
            out.push_str("' '");
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

fn is_raw_string(chars: &[char], i: usize) -> bool {
    let before_ok = i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_');
    let mut j = i + 1;
    while chars.get(j) == Some(&'#') {
        j += 1;
    }
    before_ok && chars.get(j) == Some(&'"')
}

/// `'a'`, `'\n'`, `'\u{1F4F1}'` — not a lifetime `'a`.
fn is_char_literal(chars: &[char], i: usize) -> bool {
    match chars.get(i + 1) {
        Some('\\') => true,
        Some(_) => chars.get(i + 2) == Some(&'\''),
        None => false,
    }
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Every path that starts with `crate`, `super` or `self` in `code`, as the
/// segments written, with `use` groups in braces expanded (`crate::{a::X,
/// b}` gives `crate::a::X` and `crate::b`), each with the inline modules
/// (`mod tests { … }`) it is written in, which `super` counts from.
fn paths(code: &str) -> Vec<(Vec<String>, Vec<String>)> {
    let chars: Vec<char> = code.chars().collect();
    let mut found = Vec::new();
    // Inline modules open around `i`: name and the brace depth inside it.
    let mut inline: Vec<(String, usize)> = Vec::new();
    let mut depth = 0;
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '{' => depth += 1,
            '}' => {
                if inline.last().is_some_and(|(_, d)| *d == depth) {
                    inline.pop();
                }
                depth -= 1;
            }
            _ => {}
        }
        let starts_word = i == 0 || !(is_ident(chars[i - 1]) || chars[i - 1] == ':');
        if starts_word && let Some(name) = inline_module(&chars, i) {
            // Entered at its `{`, which the loop counts next.
            inline.push((name, depth + 1));
            while chars[i] != '{' {
                i += 1;
            }
            continue;
        }
        if starts_word {
            for root in ["crate", "super", "self"] {
                let word: Vec<char> = root.chars().collect();
                let end = i + word.len();
                if chars.get(i..end) == Some(&word[..])
                    && chars.get(end..end + 2) == Some(&[':', ':'][..])
                {
                    let mut written = Vec::new();
                    let mut j = i;
                    read_path(&chars, &mut j, Vec::new(), &mut written);
                    let within: Vec<String> = inline.iter().map(|(n, _)| n.clone()).collect();
                    found.extend(written.into_iter().map(|p| (within.clone(), p)));
                    i = j;
                    break;
                }
            }
        }
        i += 1;
    }
    found
}

/// `mod name {` at `i`: the name. (`mod name;` is a file of its own.)
fn inline_module(chars: &[char], i: usize) -> Option<String> {
    if chars.get(i..i + 4) != Some(&['m', 'o', 'd', ' '][..]) {
        return None;
    }
    let mut j = i + 4;
    while chars.get(j).is_some_and(|c| c.is_whitespace()) {
        j += 1;
    }
    let start = j;
    while chars.get(j).copied().is_some_and(is_ident) {
        j += 1;
    }
    let name: String = chars[start..j].iter().collect();
    while chars.get(j).is_some_and(|c| c.is_whitespace()) {
        j += 1;
    }
    (!name.is_empty() && chars.get(j) == Some(&'{')).then_some(name)
}

fn skip_space(chars: &[char], i: &mut usize) {
    while chars.get(*i).is_some_and(|c| c.is_whitespace()) {
        *i += 1;
    }
}

fn read_ident(chars: &[char], i: &mut usize) -> String {
    let start = *i;
    while chars
        .get(*i)
        .copied()
        .is_some_and(|c| is_ident(c) || c == '*')
    {
        *i += 1;
    }
    chars[start..*i].iter().collect()
}

/// Reads one path from `chars[*i..]`, prefixed by `prefix`, into `found`,
/// and moves `*i` past it (and past ` as Name`).
fn read_path(chars: &[char], i: &mut usize, prefix: Vec<String>, found: &mut Vec<Vec<String>>) {
    let mut segments = prefix;
    loop {
        skip_space(chars, i);
        if chars.get(*i) == Some(&'{') {
            *i += 1;
            loop {
                while chars
                    .get(*i)
                    .is_some_and(|c| c.is_whitespace() || *c == ',')
                {
                    *i += 1;
                }
                match chars.get(*i) {
                    None => return,
                    Some('}') => {
                        *i += 1;
                        return;
                    }
                    _ => {
                        let before = *i;
                        read_path(chars, i, segments.clone(), found);
                        if *i == before {
                            // Not a path: step over it rather than loop.
                            *i += 1;
                        }
                    }
                }
            }
        }
        let segment = read_ident(chars, i);
        if segment.is_empty() {
            if !segments.is_empty() {
                found.push(segments);
            }
            return;
        }
        segments.push(segment);
        let mut j = *i;
        skip_space(chars, &mut j);
        if chars.get(j..j + 2) == Some(&[':', ':'][..]) {
            *i = j + 2;
            continue;
        }
        // The path ends here: `;`, `(`, `,`, `}` or ` as Name`.
        if read_ident(chars, &mut j) == "as" {
            skip_space(chars, &mut j);
            read_ident(chars, &mut j);
            *i = j;
        }
        found.push(segments);
        return;
    }
}

/// The absolute module path a written path names, from the file's module.
fn absolute(module: &[String], path: &[String]) -> Vec<String> {
    let mut base: Vec<String> = module.to_vec();
    let mut rest = path;
    match rest.first().map(String::as_str) {
        Some("crate") => {
            base.clear();
            rest = &rest[1..];
        }
        Some("self") => rest = &rest[1..],
        _ => {}
    }
    while rest.first().map(String::as_str) == Some("super") {
        base.pop();
        rest = &rest[1..];
    }
    base.extend(rest.iter().cloned());
    base
}

/// What `src/model/mod.rs` re-exports: item name → the submodule defining
/// it, and the submodules whose every item is re-exported (`pub use x::*`).
struct Reexports {
    named: BTreeMap<String, String>,
    globs: Vec<String>,
}

fn reexports(model_mod: &str) -> Reexports {
    let mut named = BTreeMap::new();
    let mut globs = Vec::new();
    let code = code_only(model_mod);
    for statement in code.split(';') {
        let Some(rest) = statement.trim().strip_prefix("pub use ") else {
            continue;
        };
        let mut found = Vec::new();
        let chars: Vec<char> = rest.chars().collect();
        read_path(&chars, &mut 0, Vec::new(), &mut found);

        for p in found {
            let [sub, item] = &p[..] else { continue };
            if item == "*" {
                globs.push(sub.clone());
            } else {
                named.insert(item.clone(), sub.clone());
            }
        }
    }
    Reexports { named, globs }
}

/// The module graph node of an absolute path, at the granularity asked:
/// the top-level module, or (`in_model`) the submodule of `model`.
fn node(
    path: &[String],
    in_model: bool,
    submodules: &BTreeSet<String>,
    re: &Reexports,
) -> Option<String> {
    let top = path.first()?;
    if !in_model {
        return Some(top.clone());
    }
    if top != "model" {
        return None;
    }
    let second = path.get(1).filter(|s| *s != "*")?;
    let sub = if submodules.contains(second) {
        second.clone()
    } else if let Some(sub) = re.named.get(second) {
        sub.clone()
    } else if re.globs.len() == 1 {
        // Not named in a `pub use` list: it comes through the one glob.
        re.globs[0].clone()
    } else {
        return None;
    };
    Some(format!("model::{sub}"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The import graph of the crate under `src`: top-level modules, or the
/// submodules of `model` (`in_model`).
fn graph(src: &Path, in_model: bool) -> Graph {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    files.sort();
    let model_dir = src.join("model");
    let re = reexports(&fs::read_to_string(model_dir.join("mod.rs")).unwrap_or_default());
    let submodules: BTreeSet<String> = files
        .iter()
        .filter_map(|f| module_of(f.strip_prefix(src).unwrap()))
        .filter(|m| m.len() >= 2 && m[0] == "model")
        .map(|m| m[1].clone())
        .collect();
    let mut g = Graph::new();
    for file in &files {
        let relative = file.strip_prefix(src).unwrap();
        let Some(module) = module_of(relative) else {
            continue;
        };
        // The facade `model/mod.rs` only declares and re-exports.
        let Some(from) = (match (in_model, module.as_slice()) {
            (false, [top, ..]) => Some(top.clone()),
            (true, [m, sub, ..]) if m == "model" => Some(format!("model::{sub}")),
            _ => None,
        }) else {
            continue;
        };
        let code = code_only(&fs::read_to_string(file).unwrap());
        for (within, written) in paths(&code) {
            let mut here = module.clone();
            here.extend(within);
            let target = absolute(&here, &written);
            if let Some(to) = node(&target, in_model, &submodules, &re)
                && to != from
            {
                g.entry(from.clone())
                    .or_default()
                    .entry(to)
                    .or_insert_with(|| (format!("src/{}", relative.display()), written.join("::")));
            }
        }
    }
    g
}

/// Every cycle of `g`, one per strongly connected part (the shortest through
/// its first node), each written `a → b → a` with where each edge is.
fn cycles(g: &Graph) -> Vec<String> {
    let nodes: BTreeSet<&String> = g.keys().chain(g.values().flat_map(|t| t.keys())).collect();
    let reach = |from: &String| -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut queue = VecDeque::from([from.clone()]);
        while let Some(n) = queue.pop_front() {
            for next in g.get(&n).into_iter().flat_map(|t| t.keys()) {
                if seen.insert(next.clone()) {
                    queue.push_back(next.clone());
                }
            }
        }
        seen
    };
    let mut done: BTreeSet<String> = BTreeSet::new();
    let mut found = Vec::new();
    for n in nodes {
        if done.contains(n) || !reach(n).contains(n) {
            continue;
        }
        // The part of the graph in a cycle with `n`.
        let part: BTreeSet<String> = reach(n)
            .into_iter()
            .filter(|m| reach(m).contains(n))
            .collect();
        done.extend(part.iter().cloned());
        // The shortest way round from `n`, breadth first.
        let mut back: BTreeMap<String, String> = BTreeMap::new();
        let mut queue = VecDeque::from([n.clone()]);
        'search: while let Some(at) = queue.pop_front() {
            for next in g.get(&at).into_iter().flat_map(|t| t.keys()) {
                if next == n {
                    back.insert(format!("{n}'"), at.clone());
                    break 'search;
                }
                if part.contains(next) && !back.contains_key(next) {
                    back.insert(next.clone(), at.clone());
                    queue.push_back(next.clone());
                }
            }
        }
        let mut way = vec![n.clone()];
        let mut at = back[&format!("{n}'")].clone();
        while &at != n {
            way.push(at.clone());
            at = back[&at].clone();
        }
        way.push(n.clone());
        way.reverse();
        let edges: Vec<String> = way
            .windows(2)
            .map(|w| {
                let (file, path) = &g[&w[0]][&w[1]];
                format!("{} → {} ({file}: {path})", w[0], w[1])
            })
            .collect();
        found.push(format!("{}: {}", way.join(" → "), edges.join("; ")));
    }
    found
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

#[test]
fn the_top_level_modules_import_each_other_without_a_cycle() {
    let g = graph(&src(), false);
    // The reader reads: edges that must be there.
    for (from, to) in [("tui", "model"), ("commands", "store"), ("report", "model")] {
        assert!(
            g.get(from).is_some_and(|t| t.contains_key(to)),
            "{from} → {to} not found in {g:?}"
        );
    }
    let found = cycles(&g);
    assert!(
        found.is_empty(),
        "import cycles between top-level modules:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_submodules_of_model_import_each_other_without_a_cycle() {
    let g = graph(&src(), true);
    for (from, to) in [
        ("model::editor", "model::change"),
        ("model::change", "model::session"),
    ] {
        assert!(
            g.get(from).is_some_and(|t| t.contains_key(to)),
            "{from} → {to} not found in {g:?}"
        );
    }
    let found = cycles(&g);
    assert!(
        found.is_empty(),
        "import cycles within model:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_reader_sees_paths_in_code_only_and_names_a_cycle() {
    let code = code_only(
        r#"
        //! See [`crate::docs_only`].
        use crate::{a::X, b, c::{D, e::F}};
        use super::super::theme::Theme as T;
        let s = "crate::in_a_string"; let c = '"'; let l: &'static str = "";
        /* crate::in_a_block */ crate::g::call();
        mod tests { use super::*; use crate::h as H; }
        mod other;
        fn f() { self::width(); }
        "#,
    );
    let mut found: Vec<String> = paths(&code)
        .into_iter()
        .map(|(within, p)| match within.as_slice() {
            [] => p.join("::"),
            _ => format!("in {}: {}", within.join("::"), p.join("::")),
        })
        .collect();
    found.sort();
    assert_eq!(
        found,
        [
            "crate::a::X",
            "crate::b",
            "crate::c::D",
            "crate::c::e::F",
            "crate::g::call",
            "in tests: crate::h",
            "in tests: super::*",
            "self::width",
            "super::super::theme::Theme",
        ]
    );
    let module = ["tui".to_string(), "widgets".into(), "record".into()];
    let theme = ["super".to_string(), "super".into(), "theme".into()];
    assert_eq!(absolute(&module, &theme), ["tui", "theme"]);

    let mut g = Graph::new();
    let edge = |g: &mut Graph, a: &str, b: &str| {
        g.entry(a.into())
            .or_default()
            .insert(b.into(), (format!("src/{a}.rs"), format!("crate::{b}")));
    };
    edge(&mut g, "a", "b");
    edge(&mut g, "b", "c");
    edge(&mut g, "c", "a");
    edge(&mut g, "c", "d");
    assert_eq!(
        cycles(&g),
        [
            "a → b → c → a: a → b (src/a.rs: crate::b); b → c (src/b.rs: crate::c); c → a (src/c.rs: crate::a)"
        ]
    );
}
