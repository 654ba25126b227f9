//! One self-contained, printable HTML page: inline CSS with a print
//! stylesheet, the ranking as an inline SVG bar chart, no scripts and no
//! external references of any kind (no links, fonts, images or styles from
//! anywhere else; a Content-Security-Policy forbids loading anything at all),
//! so it opens the same on a laptop with no network and can be printed or
//! mailed as one file.
//!
//! Every piece of typed text is escaped for HTML/XML. Elements holding typed
//! text carry `dir="auto"`, so an Arabic title reads right to left wherever
//! it stands.

use std::fmt::Write;

use super::doc::{Block, Chart, Doc, Heat, Item, Table, Text};
use super::{Options, document};
use crate::model::Session;
use crate::model::where_when::{level_text, shade};
use crate::text;

/// The whole session as one HTML page.
pub fn html(s: &Session, options: &Options) -> String {
    render(&document(s, options))
}

const STYLE: &str = r#"
:root { color-scheme: light; }
body { font-family: system-ui, "Segoe UI", "Noto Sans", "DejaVu Sans", sans-serif; line-height: 1.45;
  color: #111; background: #fff; max-width: 62rem; margin: 1.5rem auto; padding: 0 1rem; }
h1 { font-size: 1.7rem; margin: 0 0 .6rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #234; padding-bottom: .15rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
p, ul, dl { margin: .4rem 0; }
dl.facts { display: grid; grid-template-columns: max-content auto; gap: .1rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
ul, ol { padding-inline: 1.6rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .92rem; }
th, td { border: 1px solid #999; padding: .25rem .45rem; vertical-align: top; text-align: start; }
th { background: #e8edf2; }
td.num, th.num { text-align: end; font-variant-numeric: tabular-nums; }
td.date { white-space: nowrap; }
tr.mark td { background: #fff1c2; font-weight: 600; }
.note { border-inline-start: 4px solid #c77d00; background: #fff8e6; padding: .4rem .7rem; }
figure { margin: .6rem 0 1rem; }
figcaption { font-size: .9rem; color: #333; }
svg.chart { width: 100%; max-width: 46rem; height: auto; }
svg.chart text { font-size: 13px; fill: #111; font-family: inherit; }
svg.chart .bar { fill: #2f5f8a; }
svg.chart .value { fill: #111; }
table.heat td.h { text-align: center; min-width: 3.2rem; font-variant-numeric: tabular-nums; }
table.heat td.h0 { background: #f7f7f7; }
table.heat td.h1 { background: #fde0b8; }
table.heat td.h2 { background: #f4955c; }
table.heat td.h3 { background: #a8231a; color: #fff; font-weight: 700; }
footer { margin-top: 2rem; font-size: .8rem; color: #555; }
@page { margin: 15mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  h2 { break-after: avoid; }
  h3 { break-after: avoid; }
  table, figure, tr, dl { break-inside: avoid; }
  th, tr.mark td, .note, table.heat td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;

/// Renders a document as a complete HTML page.
pub fn render(doc: &Doc) -> String {
    let mut out = String::with_capacity(16 * 1024);
    // The page's language and direction: the report's own words are in
    // it; every cell, heading and paragraph of typed text also carries
    // dir="auto", so a title in another script reads its own way.
    let dir = if doc.lang.is_rtl() { "rtl" } else { "ltr" };
    let _ = writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">",
        doc.lang.tag()
    );
    out.push_str(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n",
    );
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.push_str("<meta name=\"generator\" content=\"baraza\">\n");
    let _ = writeln!(out, "<title>{}</title>", escape(&doc.title));
    let _ = writeln!(out, "<style>{STYLE}</style>\n</head>\n<body>");
    let _ = writeln!(out, "<h1 dir=\"auto\">{}</h1>", escape(&doc.title));
    for block in &doc.blocks {
        block_to(&mut out, block);
    }
    let _ = writeln!(
        out,
        "<footer>{}</footer>\n</body>\n</html>",
        escape(doc.lang.t("report-footer"))
    );
    out
}

/// Escapes text for HTML and XML content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Control characters are not allowed in XML; tabs and newlines are
            // handled by the callers.
            '\t' | '\n' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Escaped text with its newlines as `<br>` (spaces at the line breaks
/// dropped, those before and after the whole text kept).
fn escape_lines(s: &str) -> String {
    let lines: Vec<&str> = s.lines().collect();
    let last = lines.len().saturating_sub(1);
    lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let l = if i < last { l.trim_end() } else { l };
            escape(if i > 0 { l.trim_start() } else { l })
        })
        .collect::<Vec<_>>()
        .join("<br>")
}

fn text_html(t: &Text) -> String {
    let mut out = String::new();
    for span in &t.0 {
        if span.strong {
            let _ = write!(out, "<strong>{}</strong>", escape_lines(&span.text));
        } else {
            out.push_str(&escape_lines(&span.text));
        }
    }
    out
}

fn block_to(out: &mut String, block: &Block) {
    match block {
        Block::Heading(level, text) => {
            let level = (*level).clamp(2, 6);
            let _ = writeln!(out, "<h{level} dir=\"auto\">{}</h{level}>", escape(text));
        }
        Block::Para(text) => {
            let _ = writeln!(out, "<p dir=\"auto\">{}</p>", text_html(text));
        }
        Block::Lines(lines) => {
            // Blank lines separate paragraphs; other line breaks are kept.
            for para in lines.split(|l| l.trim().is_empty()) {
                if para.is_empty() {
                    continue;
                }
                let body: Vec<String> = para.iter().map(|l| escape(l.trim())).collect();
                let _ = writeln!(out, "<p dir=\"auto\">{}</p>", body.join("<br>"));
            }
        }
        Block::List(items) => list_to(out, items, "ul"),
        Block::Numbered(items) => list_to(out, items, "ol"),
        Block::Facts(facts) => {
            out.push_str("<dl class=\"facts\">\n");
            for (label, value) in facts {
                let _ = writeln!(
                    out,
                    // The value in its own direction (bdi), the box in the
                    // page's: a Latin name in an Arabic report sits beside
                    // its label, not across the page.
                    "<dt>{}</dt><dd><bdi>{}</bdi></dd>",
                    escape(label),
                    escape_lines(value)
                );
            }
            out.push_str("</dl>\n");
        }
        Block::Table(t) => table_to(out, t),
        Block::Chart(c) => chart_to(out, c),
        Block::Heat(h) => heat_to(out, h),
        Block::Note(text) => {
            let _ = writeln!(
                out,
                "<p class=\"note\" dir=\"auto\">{}</p>",
                escape_lines(text)
            );
        }
    }
}

fn list_to(out: &mut String, items: &[Item], tag: &str) {
    let _ = writeln!(out, "<{tag}>");
    for item in items {
        let _ = write!(out, "<li dir=\"auto\">{}", text_html(&item.text));
        if !item.children.is_empty() {
            out.push('\n');
            list_to(out, &item.children, "ul");
        }
        out.push_str("</li>\n");
    }
    let _ = writeln!(out, "</{tag}>");
}

fn table_to(out: &mut String, t: &Table) {
    let class = |i: usize| {
        if t.numeric.contains(&i) {
            " class=\"num\""
        } else {
            ""
        }
    };
    out.push_str("<table>\n<thead><tr>");
    for (i, h) in t.header.iter().enumerate() {
        let _ = write!(out, "<th{} dir=\"auto\">{}</th>", class(i), escape(h));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &t.rows {
        out.push_str(if row.marked {
            "<tr class=\"mark\">"
        } else {
            "<tr>"
        });
        for i in 0..t.header.len() {
            let cell = row.cells.get(i).map_or("", String::as_str);
            // A date never breaks over two lines in a narrow column.
            let class = if starts_with_date(cell.trim()) {
                " class=\"date\""
            } else {
                class(i)
            };
            let _ = write!(
                out,
                "<td{class} dir=\"auto\">{}</td>",
                escape_lines(cell.trim())
            );
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

/// A heat grid: each cell coloured by its mark, from pale (safe) to dark
/// red (3), and holding its shade and number, so a black-and-white print or
/// a reader who does not see the colours reads it the same.
fn heat_to(out: &mut String, h: &Heat) {
    let _ = writeln!(
        out,
        "<figure>\n<figcaption dir=\"auto\">{}</figcaption>",
        escape(&h.caption)
    );
    out.push_str("<table class=\"heat\">\n<thead><tr>");
    let _ = write!(out, "<th dir=\"auto\">{}</th>", escape(&h.corner));
    for c in &h.columns {
        let _ = write!(out, "<th class=\"num\" dir=\"auto\">{}</th>", escape(c));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for (label, cells) in &h.rows {
        let _ = write!(out, "<tr><th dir=\"auto\">{}</th>", escape(label));
        for cell in cells {
            match cell {
                Some(v) => {
                    let class = (v.round().clamp(0.0, Heat::MAX)) as u8;
                    let _ = write!(
                        out,
                        "<td class=\"h h{class}\">{} {}</td>",
                        shade(*v),
                        level_text(*v, h.lang)
                    );
                }
                None => out.push_str("<td class=\"h\"></td>"),
            }
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n</figure>\n");
}

/// Whether a cell starts with a date, `YYYY-MM-DD` (a date, a time, a span
/// of dates).
fn starts_with_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
}

/// Whether text starts, in reading order, with a right-to-left letter
/// (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms).
pub fn starts_right_to_left(s: &str) -> bool {
    for c in s.chars() {
        let rtl = matches!(c as u32,
            0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF);
        if rtl {
            return true;
        }
        if c.is_alphabetic() {
            return false;
        }
    }
    false
}

// Chart geometry, in SVG user units (px at 100%).
const CHART_WIDTH: f64 = 760.0;
const LABEL_WIDTH: f64 = 300.0;
const BAR_SPACE: f64 = 360.0;
const ROW: f64 = 26.0;
const BAR: f64 = 18.0;
const TOP: f64 = 6.0;
/// A label wraps onto lines of at most this many columns (about what fits
/// in the label column at 13px); it is never cut.
const LABEL_COLUMNS: usize = 40;
/// The height of each further line of a wrapped label.
const LINE: f64 = 15.0;

/// A label as the lines it wraps onto.
fn label_lines(label: &str) -> Vec<&str> {
    let lines: Vec<&str> = text::wrap(label, LABEL_COLUMNS)
        .into_iter()
        .map(|l| label[l.range].trim())
        .filter(|l| !l.is_empty())
        .collect();
    if lines.is_empty() { vec![""] } else { lines }
}

fn chart_to(out: &mut String, c: &Chart) {
    if c.bars.is_empty() {
        return;
    }
    let max = c.bars.iter().map(|b| b.value).fold(0.0_f64, f64::max);
    let labels: Vec<Vec<&str>> = c.bars.iter().map(|b| label_lines(&b.label)).collect();
    let row_height = |lines: usize| ROW + LINE * lines.saturating_sub(1) as f64;
    let height = TOP * 2.0 + labels.iter().map(|l| row_height(l.len())).sum::<f64>();
    let _ = writeln!(
        out,
        "<figure>\n<svg class=\"chart\" viewBox=\"0 0 {CHART_WIDTH} {height}\" width=\"{CHART_WIDTH}\" height=\"{height}\" role=\"img\" aria-label=\"{}\">",
        escape(&c.caption)
    );
    let _ = writeln!(out, "<title>{}</title>", escape(&c.caption));
    let mut y = TOP;
    for (bar, lines) in c.bars.iter().zip(&labels) {
        let width = if max > 0.0 {
            (bar.value.max(0.0) / max * BAR_SPACE).max(0.0)
        } else {
            0.0
        };
        let text_y = y + BAR / 2.0 + 4.5;
        let label_x = LABEL_WIDTH - 8.0;
        // Right-to-left labels keep their own direction and still end at the
        // bars: in right-to-left text, "start" is the right-hand end.
        let (anchor, direction) = if starts_right_to_left(&bar.label) {
            ("start", " direction=\"rtl\"")
        } else {
            ("end", "")
        };
        let label: String = lines
            .iter()
            .enumerate()
            .map(|(i, l)| {
                let dy = if i == 0 { 0.0 } else { LINE };
                format!("<tspan x=\"{label_x}\" dy=\"{dy}\">{}</tspan>", escape(l))
            })
            .collect();
        let _ = writeln!(
            out,
            "<g><title>{}: {}</title><text x=\"{label_x}\" y=\"{text_y}\" text-anchor=\"{anchor}\"{direction}>{label}</text><rect class=\"bar\" x=\"{LABEL_WIDTH}\" y=\"{y}\" width=\"{width:.1}\" height=\"{BAR}\" rx=\"2\"/><text class=\"value\" x=\"{:.1}\" y=\"{text_y}\">{}</text></g>",
            escape(&bar.label),
            escape(&bar.shown),
            LABEL_WIDTH + width + 6.0,
            escape(&bar.shown),
        );
        y += row_height(lines.len());
    }
    out.push_str("</svg>\n");
    let _ = writeln!(
        out,
        "<figcaption dir=\"auto\">{}</figcaption>\n</figure>",
        escape(&c.caption)
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_covers_markup_and_quotes() {
        assert_eq!(
            escape(r#"<script>alert("x") & 'y'</script>"#),
            "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;"
        );
        assert_eq!(escape("a\u{7}b"), "ab");
    }

    #[test]
    fn right_to_left_is_seen_from_the_first_letter() {
        assert!(starts_right_to_left("خلاف على الأكشاك"));
        assert!(starts_right_to_left("12 خلاف"));
        assert!(!starts_right_to_left("Disputes — خلاف"));
        assert!(!starts_right_to_left("123"));
    }
}
