//! A problem as a problem tree — causes → problem → effects — to move the
//! room "from reaction to prevention": the causes (the roots) with arrows
//! into the problem in a heavy box, and its effects (the branches), then the
//! facts the room needs: category, where, who raised it, the dots so far.
//! Across on a wide pane, top to bottom on a narrow one; the lists give way
//! (with "… N more") before the problem does.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::{Block, Borders, Widget};

use super::put_in;
use super::styled_row::{Pieces, draw_row};
use crate::i18n::Lang;
use crate::model::{Problem, Session};
use crate::text;
use crate::tr;
use crate::tui::theme::Theme;

/// Marks a problem that needs district or national action.
pub const ESCALATION: &str = "⚑";
/// Marks a resolved problem.
pub const RESOLVED: &str = "✓";

/// The selected problem as a problem tree: causes (the roots) with arrows
/// into the problem, and its effects (the branches), then the facts the room
/// needs: category, where, who raised it, the dots so far.
pub fn draw(
    area: Rect,
    buf: &mut Buffer,
    s: &Session,
    selected: Option<usize>,
    merging: bool,
    theme: &Theme,
    lang: Lang,
) {
    let title = match selected {
        _ if merging => format!(" {} ", tr!(lang, "tree-merge-into")),
        Some(i) => format!(
            " {} ",
            tr!(
                lang,
                "tree-title-of",
                index = i + 1,
                count = s.problems.len()
            )
        ),
        None => format!(" {} ", tr!(lang, "tree-title")),
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border)
        .title(Span::styled(title, theme.heading));
    let inner = block.inner(area);
    block.render(area, buf);
    // One column of air on each side: the tree is read from afar.
    let inner = Rect {
        x: inner.x + 1.min(inner.width),
        width: inner.width.saturating_sub(2),
        ..inner
    };
    if inner.is_empty() {
        return;
    }
    let Some(p) = selected.and_then(|i| s.problems.get(i)) else {
        let lines = [
            (tr!(lang, "tree-empty-heading"), theme.heading),
            ("", theme.base),
            (tr!(lang, "tree-empty"), theme.base),
            ("", theme.base),
            (tr!(lang, "tree-empty-how"), theme.muted),
        ];
        let mut y = 1;
        for (line, style) in lines {
            for row in wrap_rows(line, inner.width as usize) {
                put_in(buf, inner, y, &row, style);
                y += 1;
            }
        }
        return;
    };
    let tree = Tree::new(p, s, lang);
    if inner.width >= 100 {
        tree.draw_across(inner, buf, theme);
    } else {
        tree.draw_down(inner, buf, theme);
    }
}

/// `s` wrapped to `width`, one string per row, trailing spaces dropped.
pub fn wrap_rows(s: &str, width: usize) -> Vec<String> {
    text::wrap(s, width.max(1))
        .into_iter()
        .map(|l| s[l.range].trim_end().to_string())
        .collect()
}

/// `s` centred in `width` columns (truncated if wider).
fn centre(s: &str, width: usize) -> String {
    let s = text::truncate(s, width);
    let left = (width - text::width(&s)) / 2;
    text::pad_to(&format!("{}{s}", " ".repeat(left)), width)
}

/// A list of causes or effects as bullet items, each wrapped to `width`.
fn bullets(items: &[String], width: usize) -> Vec<Vec<String>> {
    items
        .iter()
        .map(|item| {
            wrap_rows(item, width.saturating_sub(2))
                .into_iter()
                .enumerate()
                .map(|(r, row)| format!("{}{row}", if r == 0 { "• " } else { "  " }))
                .collect()
        })
        .collect()
}

/// As many whole items as fit in `rows`; when some are left out, the last
/// row says how many.
fn fit_items(
    items: &[Vec<String>],
    rows: usize,
    width: usize,
    lang: Lang,
) -> (Vec<Vec<String>>, Option<String>) {
    let total: usize = items.iter().map(Vec::len).sum();
    if total <= rows {
        return (items.to_vec(), None);
    }
    // One row: the first item, cut, and how many more there are.
    if let (1, [first, ..]) = (rows, items) {
        let more = format!(" {}", tr!(lang, "tree-plus-more", n = items.len() - 1));
        let head = if first.len() > 1 {
            format!("{} …", first[0])
        } else {
            first[0].clone()
        };
        let head = text::truncate(&head, width.saturating_sub(text::width(&more)));
        return (vec![vec![format!("{head}{more}")]], None);
    }
    let room = rows.saturating_sub(1);
    let mut used = 0;
    let mut shown = Vec::new();
    for item in items {
        if used + item.len() > room {
            break;
        }
        used += item.len();
        shown.push(item.clone());
    }
    let more = tr!(lang, "tree-more", n = items.len() - shown.len());
    (shown, (rows > 0).then_some(more))
}

/// The parts of a problem tree, ready to lay out down or across.
struct Tree<'a> {
    p: &'a Problem,
    facts: Vec<(&'static str, String)>,
    flags: Vec<String>,
    lang: Lang,
}

impl<'a> Tree<'a> {
    fn new(p: &'a Problem, s: &Session, lang: Lang) -> Tree<'a> {
        let mut facts = Vec::new();
        if !p.category.is_empty() {
            facts.push((tr!(lang, "identify-field-category"), p.category.clone()));
        }
        if !p.location.is_empty() {
            facts.push((tr!(lang, "identify-field-where"), p.location.clone()));
        }
        if !p.raised_by.is_empty() {
            let names: Vec<&str> = p.raised_by.iter().map(|g| s.group_name(*g)).collect();
            facts.push((
                tr!(lang, "identify-field-raised-by"),
                names.join(lang.t("list-separator")),
            ));
        }
        let total = s.dots_for(p.id, None);
        let by_group: Vec<String> = s
            .groups
            .iter()
            .map(|g| (g, s.dots_for(p.id, Some(g.id))))
            .filter(|(_, n)| *n > 0)
            .map(|(g, n)| format!("{} {n}", g.name))
            .collect();
        facts.push((
            tr!(lang, "identify-col-dots"),
            if total == 0 {
                tr!(lang, "tree-no-dots").into()
            } else if by_group.is_empty() {
                total.to_string()
            } else {
                format!("{total}  ({})", by_group.join(" · "))
            },
        ));
        let mut flags = Vec::new();
        if p.needs_escalation {
            flags.push(format!(
                "{ESCALATION} {}",
                tr!(lang, "tree-flag-escalation")
            ));
        }
        if p.resolved {
            flags.push(format!("{RESOLVED} {}", tr!(lang, "tree-flag-resolved")));
        }
        Tree {
            p,
            facts,
            flags,
            lang,
        }
    }

    fn causes_heading(&self) -> String {
        tr!(self.lang, "tree-causes", n = self.p.causes.len())
    }

    fn effects_heading(&self) -> String {
        tr!(self.lang, "tree-effects", n = self.p.effects.len())
    }

    /// The problem in a heavy box, title centred, flags under it; `pad`
    /// adds a blank row above and below when the pane has room to spare.
    fn boxed(&self, width: usize, pad: bool, theme: &Theme) -> Vec<Pieces> {
        let width = width.max(4);
        let inside = width - 4;
        let mut title = wrap_rows(&self.p.title, inside);
        if title.len() > 3 {
            title.truncate(3);
            title[2] = text::truncate(&format!("{} …", title[2]), inside).into_owned();
        }
        let edge = |l: &str, r: &str| {
            vec![(
                format!("{l}{}{r}", "━".repeat(width - 2)),
                theme.border_focus,
            )]
        };
        let framed = |content: &str, style: Style| {
            vec![
                ("┃ ".to_string(), theme.border_focus),
                (centre(content, inside), style),
                (" ┃".to_string(), theme.border_focus),
            ]
        };
        let mut lines = vec![edge("┏", "┓")];
        if pad {
            lines.push(framed("", theme.base));
        }
        lines.extend(title.iter().map(|t| framed(t, theme.heading)));
        lines.extend(self.flags.iter().map(|f| framed(f, theme.warning)));
        if pad {
            lines.push(framed("", theme.base));
        }
        lines.push(edge("┗", "┛"));
        lines
    }

    /// "Category  Crime and theft" rows, then the description if any.
    fn fact_lines(&self, width: usize, theme: &Theme) -> Vec<Pieces> {
        let about = tr!(self.lang, "tree-about");
        // As wide as the longest label and a space (Kiswahili's "Limetajwa
        // na" ran into its value at a fixed 10), never more than half the
        // pane: a label past that is cut, the value never squeezed out.
        let longest = self
            .facts
            .iter()
            .map(|(label, _)| *label)
            .chain((!self.p.description.is_empty()).then_some(about))
            .map(text::width)
            .max()
            .unwrap_or(0);
        let label_w = (longest + 1).max(10).min(width / 2).max(1);
        let label = |l: &str| text::pad_to(&text::truncate(l, label_w - 1), label_w);
        let value_w = width.saturating_sub(label_w);
        let mut lines: Vec<Pieces> = self
            .facts
            .iter()
            .map(|(name, value)| {
                vec![
                    (label(name), theme.muted),
                    (text::truncate(value, value_w).into_owned(), theme.base),
                ]
            })
            .collect();
        if !self.p.description.is_empty() {
            let rows = wrap_rows(&self.p.description, value_w);
            for (r, row) in rows.into_iter().enumerate() {
                let name = if r == 0 { about } else { "" };
                lines.push(vec![(label(name), theme.muted), (row, theme.base)]);
            }
        }
        lines
    }

    /// Top to bottom: causes, ▼, the problem, ▼, effects, facts. Used when
    /// the pane is narrow; the lists give way (with "… N more") before the
    /// problem box does.
    fn draw_down(&self, area: Rect, buf: &mut Buffer, theme: &Theme) {
        let (width, height) = (area.width as usize, area.height as usize);
        let causes = bullets(&self.p.causes, width);
        let effects = bullets(&self.p.effects, width);
        let rows = |items: &[Vec<String>]| items.iter().map(Vec::len).sum::<usize>().max(1);
        let (c_rows, e_rows) = (rows(&causes), rows(&effects));
        let facts = self.fact_lines(width, theme);
        // Height to spare goes into air: taller arrows and a padded box.
        let needed = 5 + self.boxed(width, false, theme).len() + c_rows + e_rows + facts.len();
        let spacious = height >= needed + 4;
        let boxed = self.boxed(width, spacious, theme);
        let arrow: &[&str] = if spacious { &["│", "▼"] } else { &["▼"] };
        // Headings, arrows, the box and the facts (category… dots) are kept;
        // the lists give way, then the description.
        let fixed = 2 + 2 * arrow.len() + boxed.len() + self.facts.len();
        // The blank row before the facts goes first when rows are short.
        let spacer = c_rows + e_rows < height.saturating_sub(fixed);
        let room = height.saturating_sub(fixed + usize::from(spacer));
        let (c_room, e_room) = if c_rows + e_rows <= room {
            (c_rows, e_rows)
        } else {
            let half = (room / 2).max(1);
            let c = c_rows.min(half.max(room.saturating_sub(e_rows)));
            (c, room.saturating_sub(c).max(1))
        };
        let arrows = || {
            arrow
                .iter()
                .map(|a| vec![(centre(a, width), theme.border_focus)])
        };

        let heading = |h: String| vec![(text::truncate(&h, width).into_owned(), theme.heading)];
        let mut lines: Vec<Pieces> = vec![heading(self.causes_heading())];
        lines.extend(list_lines(&causes, c_room, width, theme, self.lang));
        lines.extend(arrows());
        lines.extend(boxed);
        lines.extend(arrows());
        lines.push(heading(self.effects_heading()));
        lines.extend(list_lines(&effects, e_room, width, theme, self.lang));
        if spacer {
            lines.push(Vec::new());
        }
        lines.extend(facts);
        for (y, line) in lines.into_iter().enumerate().take(height) {
            draw_row(buf, area, y as u16, &line);
        }
    }

    /// Left to right: causes ─▶ problem ─▶ effects, each item joined to the
    /// box by a line, with the facts underneath. Used on wide panes.
    fn draw_across(&self, area: Rect, buf: &mut Buffer, theme: &Theme) {
        const GUTTER: u16 = 4;
        let box_w = (area.width / 3).clamp(36, 48);
        let side_w = (area.width - box_w - 2 * GUTTER) / 2;
        let facts = self.fact_lines(area.width as usize, theme);
        // Row 0 holds the headings; the tree takes what the facts leave.
        let room = (area.height as usize).saturating_sub(1 + 1 + self.facts.len());
        // Causes leave two columns for the leader line to their connector.
        let causes = bullets(&self.p.causes, side_w.saturating_sub(2) as usize);
        let effects = bullets(&self.p.effects, side_w as usize);
        let rows = |items: &[Vec<String>]| items.iter().map(Vec::len).sum::<usize>();
        // A blank row between items when both lists fit with it.
        let airy = |items: &[Vec<String>]| rows(items) + items.len() <= room;
        let gap = usize::from(airy(&causes) && airy(&effects));
        let (causes, c_more) = fit_items(&causes, room, side_w as usize, self.lang);
        let (effects, e_more) = fit_items(&effects, room, side_w as usize, self.lang);
        let height = |items: &[Vec<String>], more: &Option<String>| {
            (rows(items) + items.len() * gap).saturating_sub(gap) + usize::from(more.is_some())
        };
        let lists = height(&causes, &c_more).max(height(&effects, &e_more));
        let boxed = self.boxed(
            box_w as usize,
            room >= self.boxed(0, false, theme).len() + 2,
            theme,
        );
        let tall = lists.max(boxed.len()).max(1);
        let box_top = 1 + (tall - boxed.len().min(tall)) / 2;
        let mid = box_top + boxed.len() / 2;

        let x_box = area.x + side_w + GUTTER;
        let x_effects = x_box + box_w + GUTTER;
        let column = |x: u16, w: u16| Rect::new(x, area.y, w, area.height);
        let (left, middle, right) = (
            column(area.x, side_w),
            column(x_box, box_w),
            column(x_effects, side_w),
        );
        put_in(buf, left, 0, &self.causes_heading(), theme.heading);
        put_in(
            buf,
            middle,
            0,
            &centre(tr!(self.lang, "tree-problem"), box_w as usize),
            theme.heading,
        );
        put_in(buf, right, 0, &self.effects_heading(), theme.heading);
        for (r, line) in boxed.into_iter().enumerate() {
            draw_row(buf, middle, (box_top + r) as u16, &line);
        }
        let c_starts = draw_items(buf, left, &causes, &c_more, gap, true, theme);
        let e_starts = draw_items(buf, right, &effects, &e_more, gap, false, theme);
        connect(
            buf,
            column(area.x + side_w, GUTTER),
            &c_starts,
            mid,
            true,
            theme,
        );
        connect(
            buf,
            column(x_box + box_w, GUTTER),
            &e_starts,
            mid,
            false,
            theme,
        );
        for (list, col) in [(&causes, left), (&effects, right)] {
            if list.is_empty() {
                put_in(buf, col, 1, tr!(self.lang, "tree-none-named"), theme.muted);
            }
        }
        for (r, line) in facts.into_iter().enumerate() {
            draw_row(buf, area, (tall + 2 + r) as u16, &line);
        }
    }
}

/// Bullet items for the narrow tree, cut to `rows`.
fn list_lines(
    items: &[Vec<String>],
    rows: usize,
    width: usize,
    theme: &Theme,
    lang: Lang,
) -> Vec<Pieces> {
    if items.is_empty() {
        return vec![vec![(
            format!("  {}", tr!(lang, "tree-none-named")),
            theme.muted,
        )]];
    }
    let (shown, more) = fit_items(items, rows, width, lang);
    let mut lines: Vec<Pieces> = shown
        .into_iter()
        .flatten()
        .map(|row| match row.strip_prefix("• ") {
            // The bullet a piece (a field) of its own: right to left it
            // stays in the list's left column, as on a line without Arabic,
            // instead of going to the far end of its item.
            Some(item) => vec![
                ("• ".to_string(), theme.base),
                (item.to_string(), theme.base),
            ],
            None => vec![(row, theme.base)],
        })
        .collect();
    lines.extend(more.map(|m| vec![(m, theme.muted)]));
    lines
}

/// Draws bullet items from row 1 down, `gap` rows apart; returns the row
/// each item starts on. `leader` runs a line from each item's first row to
/// the right edge, towards its connector.
fn draw_items(
    buf: &mut Buffer,
    area: Rect,
    items: &[Vec<String>],
    more: &Option<String>,
    gap: usize,
    leader: bool,
    theme: &Theme,
) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut y = 1;
    for item in items {
        starts.push(y);
        for (r, row) in item.iter().enumerate() {
            put_in(buf, area, y as u16, row, theme.base);
            let used = text::width(row);
            if leader && r == 0 && used + 1 < area.width as usize {
                let line = "─".repeat(area.width as usize - used - 1);
                let rest = Rect {
                    x: area.x + used as u16 + 1,
                    width: area.width - used as u16 - 1,
                    ..area
                };
                put_in(buf, rest, y as u16, &line, theme.border_focus);
            }
            y += 1;
        }
        y += gap;
    }
    if let Some(more) = more {
        put_in(buf, area, (y - gap) as u16, more, theme.muted);
    }
    starts
}

/// Joins items (starting on `rows`) to the box's middle row `mid` through a
/// 4-column gutter: `into_box` draws causes (items on the left, arrow into
/// the box on the right), otherwise effects (box on the left, arrows into the
/// items).
fn connect(
    buf: &mut Buffer,
    gutter: Rect,
    rows: &[usize],
    mid: usize,
    into_box: bool,
    theme: &Theme,
) {
    let (Some(&first), Some(&last)) = (rows.first(), rows.last()) else {
        return;
    };
    let (top, bottom) = (first.min(mid), last.max(mid));
    for y in top..=bottom {
        let item = rows.contains(&y);
        let at_mid = y == mid;
        let up = y > top;
        let down = y < bottom;
        // The side facing the items, and the side facing the box.
        let (left, right) = if into_box {
            (item, at_mid)
        } else {
            (at_mid, item)
        };
        let cell = format!(
            "{}{}{}",
            if left { "─" } else { " " },
            junction(up, down, left, right),
            if right { "─▶" } else { "  " }
        );
        put_in(buf, gutter, y as u16, &cell, theme.border_focus);
    }
}

/// The box-drawing character joining the given directions.
fn junction(up: bool, down: bool, left: bool, right: bool) -> &'static str {
    match (up, down, left, right) {
        (true, true, true, true) => "┼",
        (true, true, true, false) => "┤",
        (true, true, false, true) => "├",
        (true, true, false, false) => "│",
        (false, true, true, true) => "┬",
        (true, false, true, true) => "┴",
        (false, true, true, false) => "┐",
        (false, true, false, true) => "┌",
        (true, false, true, false) => "┘",
        (true, false, false, true) => "└",
        (false, false, _, _) => "─",
        (true, false, false, false) | (false, true, false, false) => "│",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Group, GroupId, ProblemId};

    /// Every language's fact labels stand apart from their values, however
    /// long the language's words ("Waxaa soo qaaday", "Soulevé par").
    #[test]
    fn a_fact_label_never_runs_into_its_value() {
        let at = chrono::DateTime::parse_from_rfc3339("2026-11-27T10:42:07+03:00").unwrap();
        let mut s = Session::new("t".into(), "T".into(), at.date_naive(), at);
        s.groups.push(Group {
            id: GroupId(1),
            name: "Wazee".into(),
            count: 5,
        });
        s.problems.push(Problem {
            id: ProblemId(1),
            title: "Mugging on the railway footpath".into(),
            category: "Theft".into(),
            location: "Soweto East".into(),
            raised_by: vec![GroupId(1)],
            description: "After dark".into(),
            ..Problem::default()
        });
        for lang in Lang::ALL {
            for width in [30u16, 44, 64] {
                let area = Rect::new(0, 0, width, 30);
                let mut buf = Buffer::empty(area);
                draw(area, &mut buf, &s, Some(0), false, &Theme::dark(), lang);
                let rows: Vec<String> = (0..area.height)
                    .map(|y| (0..width).map(|x| buf[(x, y)].symbol()).collect())
                    .collect();
                for value in ["Theft", "Soweto", "Wazee", "After"] {
                    let row = rows
                        .iter()
                        .find(|r| r.contains(value))
                        .unwrap_or_else(|| panic!("{lang:?} {width}: {value}\n{rows:#?}"));
                    let before = row.split(value).next().unwrap();
                    assert!(
                        before.ends_with(' '),
                        "{lang:?} at {width}: the label runs into {value}: {row}"
                    );
                    assert!(before.trim_start_matches('│').trim().chars().count() > 0);
                }
            }
        }
    }
}
