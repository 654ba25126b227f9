//! Where a value sits in a session file's text: the line and column of a
//! field (`ranking` → `votes` → 3rd element), for refusals that come after
//! the file was parsed (a newer version, a dot for a problem that is not
//! there), so every refusal points into the file like a syntax error does.
//!
//! A small scanner of RON's shape, not a parser: strings, raw strings,
//! characters and comments are skipped whole, and brackets are matched. It is
//! only run on text that ron has already parsed (so it is well formed and
//! nested at most ron's recursion limit), and it gives up rather than guess.

/// One step into a value: a named field of a struct, or an element of a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step<'a> {
    Field(&'a str),
    Index(usize),
}

/// The 1-based line and column where the value at `path` starts (its field
/// name, for a field), or `None` if it cannot be found.
pub fn locate(text: &str, path: &[Step]) -> Option<(usize, usize)> {
    let tokens = tokens(text)?;
    let mut at = skip_to_value(&tokens, 0)?;
    let mut found = tokens.get(at)?.start;
    for step in path {
        let inner = enter(&tokens, at)?;
        let (value, start) = match *step {
            Step::Field(name) => find_field(text, &tokens, inner, name)?,
            Step::Index(i) => find_index(&tokens, inner, i)?,
        };
        at = value;
        found = start;
    }
    Some(line_col(text, found))
}

/// 1-based line and column (in characters) of byte `offset`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tok {
    Open(u8),
    Close,
    Colon,
    Comma,
    /// An identifier, number, string, character: one value or name.
    Atom,
}

#[derive(Clone, Copy, Debug)]
struct Token {
    tok: Tok,
    start: usize,
    end: usize,
}

const MAX_DEPTH: usize = 512;

fn tokens(text: &str) -> Option<Vec<Token>> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    let mut depth = 0usize;
    while i < b.len() {
        let c = b[i];
        let start = i;
        match c {
            b' ' | b'\t' | b'\r' | b'\n' => i += 1,
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                let mut nest = 0usize;
                while i < b.len() {
                    if b[i..].starts_with(b"/*") {
                        nest += 1;
                        i += 2;
                    } else if b[i..].starts_with(b"*/") {
                        nest -= 1;
                        i += 2;
                        if nest == 0 {
                            break;
                        }
                    } else {
                        i += 1;
                    }
                }
            }
            b'(' | b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return None;
                }
                out.push(Token {
                    tok: Tok::Open(c),
                    start,
                    end: i + 1,
                });
                i += 1;
            }
            b')' | b']' | b'}' => {
                depth = depth.checked_sub(1)?;
                out.push(Token {
                    tok: Tok::Close,
                    start,
                    end: i + 1,
                });
                i += 1;
            }
            b':' => {
                out.push(Token {
                    tok: Tok::Colon,
                    start,
                    end: i + 1,
                });
                i += 1;
            }
            b',' => {
                out.push(Token {
                    tok: Tok::Comma,
                    start,
                    end: i + 1,
                });
                i += 1;
            }
            b'"' => {
                i = skip_quoted(b, i, b'"')?;
                out.push(atom(start, i));
            }
            b'\'' => {
                i = skip_quoted(b, i, b'\'')?;
                out.push(atom(start, i));
            }
            b'r' if matches!(b.get(i + 1), Some(b'"' | b'#')) => {
                let hashes = b[i + 1..].iter().take_while(|&&h| h == b'#').count();
                let open = i + 1 + hashes;
                if b.get(open) != Some(&b'"') {
                    // `r#ident`: a raw identifier.
                    i = open;
                    while i < b.len() && is_word(b[i]) {
                        i += 1;
                    }
                } else {
                    let mut close = b"\"".to_vec();
                    close.extend(std::iter::repeat_n(b'#', hashes));
                    let body = open + 1;
                    let end = find(&b[body..], &close)?;
                    i = body + end + close.len();
                }
                out.push(atom(start, i));
            }
            b'#' => {
                // `#![enable(...)]`: an attribute, not a value.
                while i < b.len() && b[i] != b']' {
                    i += 1;
                }
                i += 1;
            }
            _ => {
                i += 1;
                while i < b.len() && (is_word(b[i]) || b[i] >= 0x80) {
                    i += 1;
                }
                out.push(atom(start, i));
            }
        }
    }
    Some(out)
}

fn atom(start: usize, end: usize) -> Token {
    Token {
        tok: Tok::Atom,
        start,
        end,
    }
}

fn is_word(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'+' | b'-')
}

fn skip_quoted(b: &[u8], mut i: usize, quote: u8) -> Option<usize> {
    i += 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            c if c == quote => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The token where the value starting at or after `i` begins (skipping a
/// struct or variant name before its bracket).
fn skip_to_value(tokens: &[Token], i: usize) -> Option<usize> {
    (i < tokens.len()).then_some(i)
}

/// Inside the value at `at`: the index of its first inner token.
/// `Name(...)` and `(...)` both open at the bracket.
fn enter(tokens: &[Token], at: usize) -> Option<usize> {
    let open = match tokens.get(at)?.tok {
        Tok::Open(_) => at,
        Tok::Atom if matches!(tokens.get(at + 1)?.tok, Tok::Open(_)) => at + 1,
        _ => return None,
    };
    Some(open + 1)
}

/// The end (exclusive) of the value starting at `i`.
fn value_end(tokens: &[Token], mut i: usize) -> Option<usize> {
    if tokens.get(i)?.tok == Tok::Atom
        && matches!(tokens.get(i + 1).map(|t| t.tok), Some(Tok::Open(_)))
    {
        i += 1;
    }
    match tokens.get(i)?.tok {
        Tok::Open(_) => {
            let mut depth = 0usize;
            for (j, t) in tokens.iter().enumerate().skip(i) {
                match t.tok {
                    Tok::Open(_) => depth += 1,
                    Tok::Close => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(j + 1);
                        }
                    }
                    _ => {}
                }
            }
            None
        }
        Tok::Atom => Some(i + 1),
        _ => None,
    }
}

/// The items from `inner` to the closing bracket: the index where each
/// item starts.
fn items(tokens: &[Token], inner: usize) -> Option<Vec<usize>> {
    let mut out = Vec::new();
    let mut i = inner;
    loop {
        match tokens.get(i)?.tok {
            Tok::Close => return Some(out),
            Tok::Comma => i += 1,
            _ => {
                out.push(i);
                // A field: name, colon, value.
                let mut end = value_end(tokens, i)?;
                if tokens.get(end).map(|t| t.tok) == Some(Tok::Colon) {
                    end = value_end(tokens, end + 1)?;
                }
                i = end;
            }
        }
    }
}

fn find_field(text: &str, tokens: &[Token], inner: usize, name: &str) -> Option<(usize, usize)> {
    for item in items(tokens, inner)? {
        let t = tokens.get(item)?;
        let word = text.get(t.start..t.end)?;
        let word = word.strip_prefix("r#").unwrap_or(word);
        if t.tok == Tok::Atom
            && tokens.get(item + 1).map(|t| t.tok) == Some(Tok::Colon)
            && word == name
        {
            return Some((item + 2, t.start));
        }
    }
    None
}

fn find_index(tokens: &[Token], inner: usize, index: usize) -> Option<(usize, usize)> {
    let item = *items(tokens, inner)?.get(index)?;
    Some((item, tokens.get(item)?.start))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "// header\n(\n  version: 2,\n  title: \"a (b) [c] \\\" d\",\n  /* x: ( */ ranking: (\n    votes: [\n      (problem: 1, group: 2),\n      (problem: 9, group: 2),\n    ],\n    how: Runoff(votes: []),\n  ),\n  raw: r#\"x\"#,\n  stage: Learn,\n)\n";

    #[test]
    fn fields_and_elements_are_found_where_they_are_written() {
        assert_eq!(locate(TEXT, &[Step::Field("version")]), Some((3, 3)));
        assert_eq!(locate(TEXT, &[Step::Field("ranking")]), Some((5, 14)));
        assert_eq!(
            locate(
                TEXT,
                &[Step::Field("ranking"), Step::Field("votes"), Step::Index(1)]
            ),
            Some((8, 7))
        );
        assert_eq!(
            locate(
                TEXT,
                &[
                    Step::Field("ranking"),
                    Step::Field("votes"),
                    Step::Index(1),
                    Step::Field("problem")
                ]
            ),
            Some((8, 8))
        );
        assert_eq!(locate(TEXT, &[Step::Field("stage")]), Some((13, 3)));
        assert_eq!(locate(TEXT, &[Step::Field("missing")]), None);
        assert_eq!(
            locate(
                TEXT,
                &[Step::Field("ranking"), Step::Field("votes"), Step::Index(5)]
            ),
            None
        );
    }

    #[test]
    fn broken_or_deep_text_gives_up_without_panicking() {
        assert_eq!(locate("(version: \"open", &[Step::Field("version")]), None);
        let deep = "[".repeat(100_000);
        assert_eq!(locate(&deep, &[Step::Index(0)]), None);
        assert_eq!(locate("", &[]), None);
        assert_eq!(locate(")))", &[Step::Index(0)]), None);
    }
}
