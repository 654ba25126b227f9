//! The Learn panel, step 5 of the cycle: what worked, what did not, the
//! lessons, and improvements for the next cycle.
//!
//! Four titled boxes of wrapped text — 2×2 on a wide screen, stacked on a
//! narrow one, where the selected box takes the room the others do not need
//! — under one line the room needs while reflecting: how the cycle's actions
//! ended up. (A key to start the next cycle from here comes later; `N` is
//! left free for it.)

use std::cell::Cell;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{Ctx, Effect, Panel, actions};
use crate::i18n::Lang;
use crate::model::room::Focus;
use crate::model::{ActionStatus, Change, Field, Lessons, Session};
use crate::text;
use crate::tr;
// `Field` is the session's (Change::Set); the form's is FormField.
use crate::tui::form::{Field as FormField, FieldId, Form, FormHost, Text};
use crate::tui::keymap::{Action, DOWN, Key, Keymap, Route, UP, bind};
use crate::tui::theme::Theme;
use crate::tui::widgets::list::Scroll;
use crate::tui::widgets::text_box::TextBox;

const KEYS: Keymap = Keymap {
    title: "Learn",
    bindings: &[
        UP,
        DOWN,
        bind(
            &[Key::code(KeyCode::Left), Key::char('h')],
            Action::FocusPrev,
            "left",
            "the box on the left (the previous one when stacked)",
        )
        .help_only(),
        bind(
            &[Key::code(KeyCode::Right), Key::char('l')],
            Action::FocusNext,
            "right",
            "the box on the right (the next one when stacked)",
        )
        .help_only(),
        bind(
            &[Key::code(KeyCode::Enter), Key::char('e')],
            Action::Edit,
            "edit",
            "write in the selected box (Enter saves; Alt+Enter starts a new line)",
        )
        .editing()
        .shown_as("Enter"),
        bind(
            &[Key::char('N')],
            Action::NextCycle,
            "next cycle",
            "start the next cycle: a new session with these groups, the unresolved problems and the open actions",
        ),
        bind(
            &[Key::code(KeyCode::PageUp)],
            Action::PageUp,
            "scroll",
            "scroll the selected box up",
        )
        .shown_as("PgUp/PgDn"),
        bind(
            &[Key::code(KeyCode::PageDown)],
            Action::PageDown,
            "scroll down",
            "scroll the selected box down",
        )
        .help_only(),
        bind(
            &[Key::code(KeyCode::Home)],
            Action::First,
            "first",
            "the first box (what worked)",
        )
        .help_only(),
        bind(
            &[Key::code(KeyCode::End)],
            Action::Last,
            "last",
            "the last box (improvements)",
        )
        .help_only(),
    ],
};

/// One of the four boxes.
/// One box; its words are message ids (`locales/*/tui.ftl`).
struct Part {
    title: &'static str,
    /// The form's field label: short, so the text gets the width.
    label: &'static str,
    /// The question the box answers, shown while it is empty.
    prompt: &'static str,
    get: fn(&Lessons) -> &String,
    get_mut: fn(&mut Lessons) -> &mut String,
}

const PARTS: [Part; 4] = [
    Part {
        title: "learn-worked",
        label: "learn-worked-label",
        prompt: "learn-worked-prompt",
        get: |l| &l.worked,
        get_mut: |l| &mut l.worked,
    },
    Part {
        title: "learn-did-not-work",
        label: "learn-did-not-work-label",
        prompt: "learn-did-not-work-prompt",
        get: |l| &l.did_not_work,
        get_mut: |l| &mut l.did_not_work,
    },
    Part {
        title: "learn-lessons",
        label: "learn-lessons-label",
        prompt: "learn-lessons-prompt",
        get: |l| &l.lessons,
        get_mut: |l| &mut l.lessons,
    },
    Part {
        title: "learn-improvements",
        label: "learn-improvements-label",
        prompt: "learn-improvements-prompt",
        get: |l| &l.improvements,
        get_mut: |l| &mut l.improvements,
    },
];

/// Grid layout from this body width on; below it the boxes are stacked.
const GRID_WIDTH: u16 = 100;

#[derive(Default)]
pub struct LearnPanel {
    selected: usize,
    /// How far each box is scrolled.
    scroll: [Scroll; 4],
    /// Whether the last draw was the 2×2 grid, so arrows move the way the
    /// boxes are laid out on screen.
    grid: Cell<bool>,
    /// The box being edited (its index in `PARTS`, and its field).
    form: FormHost<(usize, FieldId<Text>)>,
}

impl LearnPanel {
    /// The box the arrows lead to. In the grid (0 1 / 2 3) ↑↓ change row and
    /// ←→ column; stacked, both pairs go to the previous or next box.
    fn step(&self, action: Action) -> usize {
        let i = self.selected;
        match (self.grid.get(), action) {
            (true, Action::Up) => i & !2,
            (true, Action::Down) => i | 2,
            (true, Action::FocusPrev) => i & !1,
            (true, Action::FocusNext) => i | 1,
            (false, Action::Up | Action::FocusPrev) => i.saturating_sub(1),
            (false, _) => (i + 1).min(PARTS.len() - 1),
            (true, _) => i,
        }
    }

    fn open_form(&mut self, s: &Session, l: Lang) {
        let part = &PARTS[self.selected];
        let mut form = Form::new(l.t(part.title)).speaking(l);
        let text = form.add(
            FormField::multi_line(l.t(part.label), (part.get)(&s.lessons))
                .rows(12)
                .help(l.t(part.prompt)),
        );
        self.form.open((self.selected, text), form);
    }

    fn draw_boxes(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx, theme: &Theme) {
        self.grid.set(area.width >= GRID_WIDTH);
        let editable = |i: usize| i == self.selected && !ctx.read_only;
        let l = ctx.lang;
        let hint = tr!(l, "learn-edit-hint");
        // An empty box asks its question; the selected one also says how to
        // answer it.
        let placeholders: Vec<String> = PARTS
            .iter()
            .enumerate()
            .map(|(i, part)| match editable(i) {
                true => format!("{}\n\n{}", l.t(part.prompt), tr!(l, "learn-press-enter")),
                false => l.t(part.prompt).to_string(),
            })
            .collect();
        let boxes: Vec<TextBox> = PARTS
            .iter()
            .zip(&placeholders)
            .enumerate()
            .map(|(i, (part, placeholder))| TextBox {
                title: l.t(part.title),
                text: (part.get)(&ctx.session.lessons),
                placeholder,
                selected: i == self.selected,
                hint: if editable(i) { hint } else { "" },
                scrolls: i == self.selected,
                lang: l,
            })
            .collect();
        let rects = if self.grid.get() {
            grid(area)
        } else {
            let natural = boxes.iter().map(|b| b.height_for(area.width)).collect();
            stacked(area, natural, self.selected)
        };
        for (i, (b, rect)) in boxes.iter().zip(rects).enumerate() {
            if rect.is_empty() {
                continue;
            }
            b.render(rect, buf, theme, &self.scroll[i]);
        }
    }
}

impl Panel for LearnPanel {
    fn focus(&self, _s: &Session, focus: &mut Focus) {
        focus.lesson = self.selected;
    }

    fn keymap(&self, _s: &Session) -> Keymap {
        self.form.keymap().unwrap_or(KEYS)
    }

    fn all_keymaps(&self) -> Vec<Keymap> {
        vec![KEYS]
    }

    fn is_editing(&self) -> bool {
        self.form.is_open()
    }

    fn typing(&self) -> Option<crate::tui::room::Typing> {
        self.form.typing()
    }

    fn route(&self, key: &KeyEvent, s: &Session) -> Route {
        self.form
            .route(key)
            .unwrap_or_else(|| Route::lookup(&self.keymap(s), key))
    }

    fn handle_key(&mut self, key: &KeyEvent, ctx: &Ctx) -> Effect {
        self.form
            .handle_key(key, Effect::None, |&(index, text), form| {
                Some(submit(index, &form.get(text), ctx.session, ctx.lang))
            })
            .unwrap_or(Effect::Unhandled)
    }

    fn handle_paste(&mut self, text: &str, _ctx: &Ctx) -> Effect {
        self.form.paste(text);
        Effect::None
    }

    fn handle_action(&mut self, action: Action, ctx: &Ctx) -> Effect {
        match action {
            Action::Up | Action::Down | Action::FocusPrev | Action::FocusNext => {
                self.selected = self.step(action);
            }
            // The first and the last box, as Home and End go to either end
            // of every list.
            Action::First => self.selected = 0,
            Action::Last => self.selected = PARTS.len() - 1,
            Action::PageUp | Action::PageDown => {
                let scroll = &mut self.scroll[self.selected];
                let len = scroll.shown_len();
                scroll.navigate(action, len);
            }
            Action::Edit => self.open_form(ctx.session, ctx.lang),
            Action::NextCycle => return Effect::App(Action::NextCycle),
            _ => return Effect::Unhandled,
        }
        Effect::None
    }

    fn draw(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx, theme: &Theme) -> Option<Position> {
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return None;
        }
        let summary = summary(ctx, theme);
        let lines = flow(summary, usize::from(area.width.saturating_sub(2)));
        let summary_h = (lines.len() as u16).min(area.height);
        for (i, line) in lines.into_iter().take(usize::from(summary_h)).enumerate() {
            line.render(
                Rect::new(
                    area.x + 1,
                    area.y + i as u16,
                    area.width.saturating_sub(2),
                    1,
                ),
                buf,
            );
        }
        // A blank row between the summary and the boxes, when there is room.
        let gap = u16::from(area.height > summary_h + 8);
        let top = summary_h + gap;
        let boxes = Rect::new(area.x, area.y + top, area.width, area.height - top);
        self.draw_boxes(boxes, buf, ctx, theme);
        self.form.draw(area, buf, theme)
    }
}

/// The change writing `text` in box `index` makes.
fn submit(index: usize, text: &str, s: &Session, l: Lang) -> Effect {
    if text == (PARTS[index].get)(&s.lessons).trim() {
        return Effect::Info(tr!(l, "said-nothing-changed").into());
    }
    let mut lessons = s.lessons.clone();
    *(PARTS[index].get_mut)(&mut lessons) = text.to_string();
    Effect::Apply(Change::Set(Field::Lessons(lessons)))
}

/// How the cycle's actions ended up, as pieces each kept whole when the line
/// wraps. Every count has a marker and a word, so no state rests on colour.
fn summary(ctx: &Ctx, theme: &Theme) -> Vec<Span<'static>> {
    let s = ctx.session;
    if s.actions.is_empty() {
        return vec![Span::styled(tr!(ctx.lang, "learn-no-actions"), theme.muted)];
    }
    let count = |status| s.actions.iter().filter(|a| a.status == status).count();
    let overdue = s.actions.iter().filter(|a| a.is_overdue(ctx.today)).count();
    let n = s.actions.len();
    let mut pieces = vec![Span::styled(
        tr!(ctx.lang, "learn-actions", n = n),
        theme.heading,
    )];
    let alarm = |number: usize, style: Style| if number > 0 { style } else { theme.base };
    // The marks, words and order Monitor uses, so the room reads them the same.
    for status in ActionStatus::ALL {
        let style = match status {
            ActionStatus::Done => theme.good,
            ActionStatus::Stalled => theme.warning,
            ActionStatus::Dropped => theme.muted,
            ActionStatus::Planned | ActionStatus::InProgress => theme.base,
        };
        let number = count(status);
        pieces.push(Span::styled(
            format!(
                "{} {} {number}",
                actions::status_mark(status),
                ctx.lang.t(status.msg_id())
            ),
            alarm(number, style),
        ));
    }
    pieces.push(Span::styled(
        tr!(ctx.lang, "learn-overdue", n = overdue),
        alarm(overdue, theme.danger),
    ));
    pieces
}

/// Lays pieces out on lines of `width` columns, two spaces apart, starting a
/// new line rather than splitting a piece (a piece wider than a line is cut
/// with an ellipsis).
fn flow(pieces: Vec<Span<'static>>, width: usize) -> Vec<Line<'static>> {
    let mut lines: Vec<Line> = Vec::new();
    let mut used = 0;
    for piece in pieces {
        let w = text::width(&piece.content);
        match lines.last_mut() {
            Some(line) if used + 2 + w <= width => {
                line.spans.push(Span::raw("  "));
                line.spans.push(piece);
                used += 2 + w;
            }
            _ => {
                let cut = text::truncate(&piece.content, width).into_owned();
                lines.push(Line::from(Span::styled(cut, piece.style)));
                used = w;
            }
        }
    }
    lines
}

/// Four equal boxes, two by two.
fn grid(area: Rect) -> Vec<Rect> {
    let left_w = area.width / 2;
    let top_h = area.height / 2;
    let cols = [(area.x, left_w), (area.x + left_w, area.width - left_w)];
    let rows = [(area.y, top_h), (area.y + top_h, area.height - top_h)];
    rows.iter()
        .flat_map(|&(y, h)| cols.iter().map(move |&(x, w)| Rect::new(x, y, w, h)))
        .collect()
}

/// Boxes one under another. When all fit, each gets what its text needs and
/// the spare rows are shared out; when not, the others show their first line
/// and the selected box takes the rest, scrolling if it must.
fn stacked(area: Rect, natural: Vec<u16>, selected: usize) -> Vec<Rect> {
    const MIN: u16 = 3; // two borders and one row of text
    let natural: Vec<u16> = natural.into_iter().map(|h| h.max(MIN)).collect();
    let total: u16 = natural.iter().fold(0, |a, h| a.saturating_add(*h));
    let n = natural.len() as u16;
    let heights: Vec<u16> = if total <= area.height {
        let spare = area.height - total;
        natural
            .iter()
            .enumerate()
            .map(|(i, h)| h + spare / n + u16::from((i as u16) < spare % n))
            .collect()
    } else {
        let others: u16 = natural
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != selected)
            .map(|(_, h)| (*h).min(MIN))
            .sum();
        natural
            .iter()
            .enumerate()
            .map(|(i, h)| {
                if i == selected {
                    area.height.saturating_sub(others).max(MIN)
                } else {
                    (*h).min(MIN)
                }
            })
            .collect()
    };
    let mut y = area.y;
    heights
        .into_iter()
        .map(|h| {
            let rect = Rect::new(area.x, y, area.width, h).intersection(area);
            y = y.saturating_add(h);
            rect
        })
        .collect()
}
