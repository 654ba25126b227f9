//! The frame around every screen: title bar, stepper, status line and key
//! hints, and the message shown when the window is too small.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::bidi;
use super::keymap::{Binding, Keymap, Show};
use super::theme::Theme;
use crate::i18n::Lang;
use crate::model::{Session, Stage, progress};
use crate::text;
use crate::tr;

/// Below this the screen says so instead of drawing something unreadable.
pub const MIN_WIDTH: u16 = 64;
pub const MIN_HEIGHT: u16 = 20;

pub fn fits(area: Rect) -> bool {
    area.width >= MIN_WIDTH && area.height >= MIN_HEIGHT
}

/// "window too small: W×H, need 64×20", centred.
pub fn too_small(area: Rect, buf: &mut Buffer, theme: &Theme, lang: Lang) {
    buf.set_style(area, theme.base);
    let message = tr!(
        lang,
        "too-small",
        width = area.width,
        height = area.height,
        min_width = MIN_WIDTH,
        min_height = MIN_HEIGHT
    );
    let rows = (text::width(&message) as u16).div_ceil(area.width.max(1));
    let y = area.y + area.height.saturating_sub(rows) / 2;
    let inner = Rect::new(
        area.x,
        y,
        area.width,
        area.height.saturating_sub(y - area.y),
    );
    Paragraph::new(message)
        .style(theme.warning)
        .alignment(Alignment::Center)
        .wrap(Wrap { trim: true })
        .render(inner, buf);
}

/// The rows of a screen.
pub struct Areas {
    pub title: Rect,
    pub stepper: Rect,
    pub body: Rect,
    pub status: Rect,
    pub hints: Rect,
}

/// Splits the screen; `with_stepper` is false on the session list.
pub fn areas(area: Rect, with_stepper: bool) -> Areas {
    areas_with_status(area, with_stepper, 1)
}

/// The most rows a status message takes: a long one is read whole, and the
/// panel keeps most of the screen.
const MAX_STATUS_ROWS: u16 = 3;

/// The rows the status line needs for `message` beside `right` (the save
/// state) at this width: 1, or more for a long message.
pub fn status_rows(width: u16, message: Option<&str>, right: &str) -> u16 {
    let Some(message) = message else { return 1 };
    let message = text::escape_controls(message, text::Breaks::None);
    let room = width.saturating_sub(text::width(right) as u16 + 3).max(1) as usize;
    (text::wrap(&message, room).len() as u16).clamp(1, MAX_STATUS_ROWS)
}

/// [`areas`] with a status line `status` rows tall.
pub fn areas_with_status(area: Rect, with_stepper: bool, status: u16) -> Areas {
    let [title, stepper, body, status, hints] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(if with_stepper { 2 } else { 0 }),
        Constraint::Min(1),
        Constraint::Length(status.max(1)),
        Constraint::Length(1),
    ])
    .areas(area);
    Areas {
        title,
        stepper,
        body,
        status,
        hints,
    }
}

/// The top line: what this is, and a flag on the right ("read-only").
pub fn title_bar(area: Rect, buf: &mut Buffer, theme: &Theme, left: &str, right: &str) {
    buf.set_style(area, theme.title);
    let right_w = text::width(right) as u16;
    let left_w = area.width.saturating_sub(right_w + 2);
    // The title and the flag are two fields: in one style one space apart,
    // they must not read as one phrase and swap.
    let end = buf
        .set_stringn(
            area.x + 1,
            area.y,
            text::truncate(left, left_w.saturating_sub(1) as usize),
            left_w as usize,
            theme.title,
        )
        .0;
    bidi::fields::mark(buf, area.x + 1, area.y, end.saturating_sub(area.x + 1));
    if !right.is_empty() && right_w < area.width {
        let x = area.right() - right_w - 1;
        let end = buf
            .set_stringn(x, area.y, right, right_w as usize, theme.title)
            .0;
        bidi::fields::mark(buf, x, area.y, end.saturating_sub(x));
    }
}

/// The six steps of the cycle with the current one unmistakable: reversed,
/// bold and marked with ▶, so it shows without colour too. A step with
/// something recorded in it carries a ✓ (looking at a panel is not doing
/// it: see [`crate::model::progress`]). Each step shows the key that jumps
/// to it (F1 … F6) while there is room.
pub fn stepper(
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    lang: Lang,
    current: Stage,
    session: &Session,
) {
    buf.set_style(area, theme.base);
    let done = |stage: Stage| progress::has_content(session, stage);
    let step_text = |stage: Stage, numbered: bool, long: bool| -> String {
        let n = stage.index() + 1;
        let name = lang.t(stage.msg_id());
        let label = if long || stage == current {
            name.to_string()
        } else {
            // Four letters, by grapheme: "Iden", "Тран".
            unicode_segmentation::UnicodeSegmentation::graphemes(name, true)
                .take(4)
                .collect()
        };
        let mark = if stage == current {
            "▶"
        } else if done(stage) {
            "✓"
        } else {
            " "
        };
        if numbered {
            format!("{mark}F{n} {label} ")
        } else {
            format!("{mark}{label} ")
        }
    };
    // Pieces of the line: (text, style, whether it is a step).
    let build = |numbered: bool, long: bool, sep: &'static str| -> Vec<(String, Style, bool)> {
        let mut pieces = Vec::new();
        for (i, stage) in Stage::ALL.into_iter().enumerate() {
            if i > 0 {
                pieces.push((sep.to_string(), theme.muted, false));
            }
            let style = if stage == current {
                theme.step_current
            } else if done(stage) {
                theme.step_done
            } else {
                theme.step_todo
            };
            pieces.push((step_text(stage, numbered, long), style, true));
        }
        pieces
    };
    // Names cut to four letters tell steps apart only if no two cut the
    // same: Arabic's التحضير and التحديد both start التح.
    let cuts: Vec<String> = Stage::ALL
        .into_iter()
        .map(|stage| {
            unicode_segmentation::UnicodeSegmentation::graphemes(lang.t(stage.msg_id()), true)
                .take(4)
                .collect()
        })
        .collect();
    let cuts_differ = (0..cuts.len()).all(|i| !cuts[..i].contains(&cuts[i]));
    let candidates = [
        (build(true, true, " › "), true),
        (build(true, true, "›"), true),
        (build(true, false, "›"), cuts_differ),
        (build(false, true, "›"), true),
        (build(false, false, "›"), true),
    ];
    let width = |pieces: &[(String, Style, bool)]| {
        pieces.iter().map(|(t, _, _)| text::width(t)).sum::<usize>()
    };
    let pieces = candidates
        .iter()
        .find(|(c, usable)| *usable && width(c) < area.width as usize)
        .map_or(&candidates[4].0, |(c, _)| c);
    // Centred, each piece drawn where the previous one really ended (see
    // `widgets::styled_row`), and each step marked as one field: right to
    // left, a step's mark, key and name read as one, and the steps keep
    // their order.
    let row = Rect::new(area.x, area.y, area.width, 1).intersection(buf.area);
    let mut x = row.x + (row.width.saturating_sub(width(pieces) as u16)) / 2;
    for (piece, style, step) in pieces {
        if x >= row.right() {
            break;
        }
        let end = buf
            .set_stringn(x, row.y, piece, usize::from(row.right() - x), *style)
            .0;
        if *step {
            bidi::fields::mark(buf, x, row.y, end - x);
        }
        x = end;
    }
    if area.height > 1 {
        let rule = "─".repeat(area.width as usize);
        buf.set_stringn(area.x, area.y + 1, rule, area.width as usize, theme.border);
    }
}

/// How a status message should look.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Info,
    Warn,
    Error,
}

/// The line above the hints: the last message on the left, the save state on
/// the right.
pub fn status_line(
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    message: Option<(&str, Level)>,
    right: &str,
) {
    buf.set_style(area, theme.base);
    let right_w = text::width(right) as u16;
    if right_w + 1 < area.width {
        let x = area.right() - right_w - 1;
        let end = buf
            .set_stringn(x, area.y, right, right_w as usize, theme.muted)
            .0;
        bidi::fields::mark(buf, x, area.y, end.saturating_sub(x));
    }
    if let Some((message, level)) = message {
        let style = match level {
            Level::Info => theme.status_info,
            Level::Warn => theme.status_warn,
            Level::Error => theme.status_error,
        };
        // Wrapped over the rows the layout gave it ([`status_rows`]); cut
        // only if a message needs more than that.
        let room = area.width.saturating_sub(right_w + 3) as usize;
        // Messages carry file names and text from files: controls are shown
        // for what they are (ratatui would only drop them).
        let message = text::escape_controls(message, text::Breaks::None);
        let message = message.as_ref();
        let lines = text::wrap(message, room.max(1));
        let rows = area.height as usize;
        for (i, line) in lines.iter().take(rows).enumerate() {
            let mut piece = message[line.range.clone()].trim_end().to_string();
            if i + 1 == rows && lines.len() > rows {
                piece = format!(
                    "{}{}",
                    text::truncate(&piece, room.saturating_sub(1)),
                    text::ELLIPSIS
                );
            }
            let (x, y) = (area.x + 1, area.y + i as u16);
            let end = buf
                .set_stringn(x, y, text::truncate(&piece, room), room, style)
                .0;
            bidi::fields::mark(buf, x, y, end.saturating_sub(x));
        }
    }
}

/// The keys of the current screen, from the same keymaps that dispatch them,
/// in declaration order. When space runs out, the panel's own hints go first
/// (from the end) down to its first two, then the global ones (the last map)
/// — but `? help` and `q` stay: they lead to everything else — and only
/// then the panel's first two. In a read-only session the keys that
/// would change it are left out: they could only answer "read-only". A key a
/// more specific map takes over (a marked override) is shown once, for what
/// it does here.
pub fn hint_bar(
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    lang: Lang,
    maps: &[Keymap],
    read_only: bool,
) {
    buf.set_style(area, theme.base);
    let taken = |i: usize, b: &Binding| {
        b.keys.iter().all(|k| {
            maps[..i]
                .iter()
                .flat_map(|m| m.bindings)
                .any(|e| e.keys.contains(k))
        })
    };
    let bar = |(i, m): (usize, &Keymap)| -> Vec<(String, &'static str)> {
        m.bindings
            .iter()
            .filter(|b| b.show == Show::Bar && !(read_only && b.edits) && !taken(i, b))
            .map(|b| (b.hint_keys(), b.label_in(lang)))
            .collect()
    };
    let (mut local, mut global): (Vec<_>, Vec<_>) = match maps.split_last() {
        Some((last, rest)) => (
            rest.iter().enumerate().flat_map(bar).collect(),
            bar((rest.len(), last)),
        ),
        None => (Vec::new(), Vec::new()),
    };
    let width = |items: &[(String, &str)]| -> usize {
        items
            .iter()
            .map(|(k, l)| text::width(k) + text::width(l) + 3)
            .sum()
    };
    // A column of air on each side; the last hint needs no gap after it.
    let room = (area.width as usize).saturating_sub(2) + 2;
    // The panel's first hints (moving, and what the panel is for: "0-9
    // dots", "a add") outlast the global ones but `?` and `q`: in a long
    // language at 64 columns, Rank showed "Tab next" and "Ctrl+z/u undo" and
    // never said how to place a dot.
    const KEPT_LOCAL: usize = 2;
    let kept_global = |k: &str| k == "?" || k == "q";
    while width(&local) + width(&global) > room {
        if local.len() > KEPT_LOCAL {
            local.pop();
        } else if let Some(i) = global.iter().rposition(|(k, _)| !kept_global(k)) {
            global.remove(i);
        } else if local.pop().is_none() {
            break;
        }
    }
    // Each piece drawn where the previous one really ended (see
    // `widgets::styled_row`); each key with its word is one field, so right
    // to left the pair reads key first, as it does left to right.
    let row = Rect::new(area.x, area.y, area.width, 1).intersection(buf.area);
    let mut x = row.x.saturating_add(1);
    for (key, label) in local.into_iter().chain(global) {
        let start = x;
        for (piece, style) in [(key, theme.key), (format!(" {label}"), theme.hint)] {
            if x >= row.right() {
                return;
            }
            x = buf
                .set_stringn(x, row.y, piece, usize::from(row.right() - x), style)
                .0;
        }
        bidi::fields::mark(buf, start, row.y, x - start);
        if x < row.right() {
            x = buf
                .set_stringn(x, row.y, "  ", usize::from(row.right() - x), theme.hint)
                .0;
        }
    }
}

/// A box centred in `area` over whatever is drawn there: a blank margin of one
/// cell around it (so the screen underneath never touches its border), a
/// thick border in `border` style and an optional title. Returns the inside.
pub fn popup(
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    (width, height): (u16, u16),
    border: ratatui::style::Style,
    title: &str,
) -> Rect {
    use ratatui::widgets::{Block, BorderType, Borders, Clear};
    let width = width.min(area.width);
    let height = height.min(area.height);
    let outer = Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    );
    let margin = Rect::new(
        outer.x.saturating_sub(1),
        outer.y.saturating_sub(1),
        width + 2,
        height + 2,
    )
    .intersection(area);
    Clear.render(margin, buf);
    buf.set_style(margin, theme.base);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_type(BorderType::Thick)
        .border_style(border)
        .style(theme.base);
    let inner = block.inner(outer);
    block.render(outer, buf);
    if !title.is_empty() && height > 0 {
        // Drawn over the top border as ratatui would (in the border's
        // style), but grapheme by grapheme, as `set_stringn` draws: a
        // ratatui title is measured as a whole, and the Arabic lam-alef
        // (one column as a string, two as letters) cut its last cell. It is
        // a field: right to left, a question's or a form's title reads as
        // one, whatever its spaces.
        let room = width.saturating_sub(4) as usize;
        let shown = format!(" {} ", text::truncate(title, room));
        let room = usize::from(width.saturating_sub(2));
        bidi::fields::draw(buf, outer.x + 1, outer.y, &shown, room, Style::default());
    }
    inner
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::keymap::{Action, GLOBAL, Key, bind};

    const OVERRIDING: Keymap = Keymap {
        title: "Overriding",
        bindings: &[bind(&[Key::char('q')], Action::Cancel, "back", "back").overrides_global()],
    };

    fn hints(maps: &[Keymap]) -> String {
        let area = Rect::new(0, 0, 120, 1);
        let mut buf = Buffer::empty(area);
        hint_bar(area, &mut buf, &Theme::mono(), Lang::En, maps, false);
        (0..120).map(|x| buf[(x, 0)].symbol()).collect()
    }

    #[test]
    fn a_key_taken_over_is_hinted_once_for_what_it_does_here() {
        assert!(hints(&[GLOBAL]).contains("q quit"));
        let both = hints(&[OVERRIDING, GLOBAL]);
        assert!(both.contains("q back"), "{both}");
        assert!(!both.contains("q quit"), "{both}");
        assert!(both.contains("? help"), "{both}");
    }
}
