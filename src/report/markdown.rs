//! Markdown (CommonMark with GitHub tables): readable as plain text, and
//! rendered faithfully by any Markdown viewer.
//!
//! Whatever the facilitator typed is escaped, so a title with `*`, `|`, `<`
//! or a leading `1.` reads as typed and never turns into formatting, a broken
//! table or raw HTML. In table cells `|` is escaped and newlines become
//! `<br>`; the only other HTML is the comment at the end ([`MARK`]).

use super::doc::{Block, Doc, Heat, Item, Table, Text};
use super::{Options, document};
use crate::model::Session;
use crate::model::where_when::{level_text, shade};
use std::fmt::Write as _;

/// The last line of every Markdown report: invisible in any viewer, it lets
/// baraza recognise a report it wrote, which it may replace, from a file of
/// the same name that someone else wrote, which it never replaces.
pub const MARK: &str = "<!-- written by baraza; made again by baraza export -->";

/// The whole session as a Markdown report.
pub fn markdown(s: &Session, options: &Options) -> String {
    render(&document(s, options))
}

/// Renders a document as Markdown.
pub fn render(doc: &Doc) -> String {
    let mut out = String::new();
    out.push_str("# ");
    out.push_str(&heading(&doc.title));
    out.push('\n');
    for block in &doc.blocks {
        // The table beside a chart says the same; Markdown has no charts.
        if matches!(block, Block::Chart(_)) {
            continue;
        }
        out.push('\n');
        block_to(&mut out, block, doc.lang);
    }
    out.push('\n');
    out.push_str(MARK);
    out.push('\n');
    out
}

fn block_to(out: &mut String, block: &Block, lang: crate::i18n::Lang) {
    match block {
        Block::Heading(level, text) => {
            out.push_str(&"#".repeat(usize::from((*level).clamp(2, 6))));
            out.push(' ');
            out.push_str(&heading(text));
            out.push('\n');
        }
        Block::Para(text) => {
            out.push_str(&text_md(text, ""));
            out.push('\n');
        }
        Block::Lines(lines) => {
            let mut first = true;
            for line in lines {
                let line = line.trim();
                if line.is_empty() {
                    // A blank line in the notes: a new paragraph.
                    if !first {
                        out.push('\n');
                    }
                    first = true;
                    continue;
                }
                if !first {
                    out.push_str("  \n");
                }
                out.push_str(&line_start(&inline(line)));
                first = false;
            }
            out.push('\n');
        }
        Block::List(items) => {
            for item in items {
                item_to(out, item, 0);
            }
        }
        Block::Numbered(items) => {
            for (i, item) in items.iter().enumerate() {
                let marker = format!("{}. ", i + 1);
                let indent = " ".repeat(marker.len());
                out.push_str(&marker);
                out.push_str(&text_md(&item.text, &indent));
                out.push('\n');
                for child in &item.children {
                    item_to_at(out, child, &indent);
                }
            }
        }
        Block::Facts(facts) => {
            // One line per fact, joined by hard line breaks.
            let lines: Vec<String> = facts
                .iter()
                .map(|(label, value)| format!("**{}:** {}", inline(label), multi_line(value, "")))
                .collect();
            out.push_str(&lines.join("  \n"));
            out.push('\n');
        }
        Block::Table(t) => table_to(out, t),
        Block::Chart(_) => {}
        Block::Heat(h) => heat_to(out, h),
        Block::Note(text) => {
            let _ = write!(out, "> **{}** ", inline(lang.t("report-note")));
            out.push_str(&multi_line(text, "> "));
            out.push('\n');
        }
    }
}

fn item_to(out: &mut String, item: &Item, depth: usize) {
    item_to_at(out, item, &"  ".repeat(depth));
}

/// A bullet at `indent`, its children two spaces further in.
fn item_to_at(out: &mut String, item: &Item, indent: &str) {
    out.push_str(indent);
    out.push_str("- ");
    let inner = format!("{indent}  ");
    out.push_str(&text_md(&item.text, &inner));
    out.push('\n');
    for child in &item.children {
        item_to_at(out, child, &inner);
    }
}

/// Styled text; newlines become hard line breaks continued at `indent`.
fn text_md(text: &Text, indent: &str) -> String {
    let mut out = String::new();
    for span in &text.0 {
        let escaped = if span.text.contains('\n') {
            multi_line(&span.text, indent)
        } else {
            inline(&span.text)
        };
        if span.strong && !span.text.trim().is_empty() {
            // `**` must hug the text: keep outer spaces outside.
            let lead = &span.text[..span.text.len() - span.text.trim_start().len()];
            let trail = &span.text[span.text.trim_end().len()..];
            out.push_str(lead);
            out.push_str("**");
            out.push_str(escaped.trim());
            out.push_str("**");
            out.push_str(trail);
        } else {
            out.push_str(&escaped);
        }
    }
    line_start(&out)
}

/// Plain text that may span lines: each line escaped, joined by hard breaks
/// continued at `indent`. Spaces before the first line and after the last
/// are kept (they separate this text from what stands beside it).
fn multi_line(text: &str, indent: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let last = lines.len().saturating_sub(1);
    let mut out: Vec<String> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let mut l = *line;
        if i > 0 {
            l = l.trim_start();
        }
        if i < last {
            l = l.trim_end();
        }
        let escaped = inline(l);
        if i > 0 && escaped.trim().is_empty() {
            continue;
        }
        out.push(if i > 0 { line_start(&escaped) } else { escaped });
    }
    out.join(&format!("  \n{indent}"))
}

/// Heading text on one line; a trailing run of `#` (which Markdown would drop
/// as a closing sequence) is escaped.
fn heading(text: &str) -> String {
    let one_line = inline(&text.replace(['\r', '\n'], " "));
    let body = one_line.trim_end_matches('#');
    if body.len() == one_line.len() {
        one_line
    } else {
        format!("{body}\\{}", &one_line[body.len()..])
    }
}

/// Escapes what Markdown would read as formatting anywhere in a line, and
/// nothing else: the file is also read as plain text, so "Police & officials"
/// stays as typed. `&` is escaped only where it would start an entity
/// (`&amp;`, `&#38;`), `<` only where it would open a tag or a link (`<b`,
/// `</`, `<!`, `<?`); `>` matters only at the start of a line (a quote), which
/// [`line_start`] sees to.
pub fn inline(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let rest = &chars[i + 1..];
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '&' if starts_entity(rest) => out.push_str("\\&"),
            '<' if rest
                .first()
                .is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?')) =>
            {
                out.push_str("\\<");
            }
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Whether the text after a `&` would make it an entity: `#` or letters
/// and digits, then `;`.
fn starts_entity(rest: &[char]) -> bool {
    let body = rest
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == '#');
    let n = body.count();
    n > 0 && rest.get(n) == Some(&';')
}

/// Escapes what Markdown would read as a block marker at the start of a line
/// (`-`, `+`, `=`, `1.` …), on an already [`inline`]-escaped line.
fn line_start(s: &str) -> String {
    let trimmed = s.trim_start();
    let mut chars = trimmed.chars();
    match chars.next() {
        Some('-' | '+' | '=' | '#' | '>') => format!("\\{trimmed}"),
        Some(c) if c.is_ascii_digit() => {
            let digits = trimmed.chars().take_while(char::is_ascii_digit).count();
            match trimmed[digits..].chars().next() {
                Some('.' | ')') => format!("{}\\{}", &trimmed[..digits], &trimmed[digits..]),
                _ => trimmed.to_string(),
            }
        }
        _ => trimmed.to_string(),
    }
}

/// One table cell: escaped, `|` escaped, newlines as `<br>`.
pub fn cell(s: &str) -> String {
    let lines: Vec<String> = s
        .trim()
        .lines()
        .map(|l| inline(l.trim()))
        .filter(|l| !l.is_empty())
        .collect();
    lines.join("<br>")
}

fn table_to(out: &mut String, t: &Table) {
    let row = |out: &mut String, cells: &[String]| {
        out.push('|');
        for c in cells {
            out.push(' ');
            out.push_str(&cell(c));
            out.push_str(" |");
        }
        out.push('\n');
    };
    row(out, &t.header);
    out.push('|');
    for i in 0..t.header.len() {
        out.push_str(if t.numeric.contains(&i) {
            " ---: |"
        } else {
            " --- |"
        });
    }
    out.push('\n');
    for r in &t.rows {
        let mut cells = r.cells.clone();
        cells.resize(t.header.len(), String::new());
        row(out, &cells);
    }
}

/// A heat grid as a table: its caption, then a shade and the number in
/// each cell (blank where nobody marked).
fn heat_to(out: &mut String, h: &Heat) {
    out.push_str(&format!("**{}**\n\n", inline(&h.caption)));
    let mut t = Table::new(&[]);
    t.header = std::iter::once(h.corner.clone())
        .chain(h.columns.iter().cloned())
        .collect();
    t.numeric = (1..t.header.len()).collect();
    for (label, cells) in &h.rows {
        let mut row = vec![label.clone()];
        row.extend(cells.iter().map(|c| {
            c.map(|v| format!("{} {}", shade(v), level_text(v, h.lang)))
                .unwrap_or_default()
        }));
        t.row(row);
    }
    table_to(out, &t);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_text_never_becomes_formatting() {
        assert_eq!(inline("a*b_c [x](y) <b>"), r"a\*b\_c \[x\](y) \<b>");
        // Read as text too: only what Markdown would take is escaped.
        assert_eq!(inline("Police & officials"), "Police & officials");
        assert_eq!(inline("AT&T &amp; &#38;"), r"AT&T \&amp; \&#38;");
        assert_eq!(inline("3 < 5 > 2"), "3 < 5 > 2");
        assert_eq!(line_start("> not a quote"), r"\> not a quote");
        assert_eq!(line_start("- not a list"), r"\- not a list");
        assert_eq!(line_start("12. not a list"), r"12\. not a list");
        assert_eq!(line_start("12 people"), "12 people");
        assert_eq!(line_start("# not a heading"), r"\# not a heading");
        assert_eq!(heading("Item #1"), "Item #1");
        assert_eq!(heading("Item ##"), r"Item \##");
    }

    #[test]
    fn cells_escape_pipes_and_newlines() {
        assert_eq!(cell("a | b\nc\r\nd"), r"a \| b<br>c<br>d");
        assert_eq!(cell("<br>"), r"\<br>");
    }
}
