//! Comparing two cycles: how each problem's rank moved (new, up, down, same,
//! dropped, resolved), for the whole room or one group; and, with `S`, how
//! the score card moved: each indicator's community score, the provider's
//! self-score and the gap, up or down, and one group's with `g`.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::keymap::{Action, DOWN, FIRST, Key, Keymap, LAST, PAGE_DOWN, PAGE_UP, UP, bind};
use super::theme::Theme;
use super::widgets::list::Scroll;
use crate::i18n::Lang;
use crate::model::Session;
use crate::model::cycle::{
    IndicatorChange, Movement, MovementRow, Place, ScoreChange, change_label, compare_cards,
    compare_cycles,
};
use crate::model::score_card::{number, signed};
use crate::text;
use crate::tr;

pub const COMPARE_KEYS: Keymap = Keymap {
    title: "Comparing cycles",
    bindings: &[
        UP,
        DOWN,
        PAGE_UP,
        PAGE_DOWN,
        FIRST,
        LAST,
        bind(
            &[Key::char('g')],
            Action::NextGroup,
            "group",
            "show one group's ranks (cycles through the groups, then the whole room)",
        ),
        bind(
            &[Key::char('G')],
            Action::PrevGroup,
            "back",
            "previous group",
        )
        .help_only(),
        bind(
            &[Key::char('S')],
            Action::ShowScoreCard,
            "score card",
            "how the score card moved: each indicator's community score, self-score and gap (S again: the ranks)",
        ),
        bind(
            &[Key::code(KeyCode::Esc), Key::char('q')],
            Action::Quit,
            "back",
            "back to the session list",
        ),
        // The app's, as everywhere else.
        super::keymap::THEME,
        super::keymap::LANGUAGE,
        bind(&[Key::char('?')], Action::Help, "help", "show every key"),
        bind(&[Key::ctrl('c')], Action::ForceQuit, "quit", "quit baraza").help_only(),
    ],
};

pub struct CompareView {
    prev: Session,
    next: Session,
    /// Index into the groups both sessions share by name; `None` is the room.
    group: Option<usize>,
    shared_groups: Vec<String>,
    rows: Vec<MovementRow>,
    scroll: Scroll,
    /// Showing the score card rather than the ranks.
    card: bool,
    cards: Vec<IndicatorChange>,
}

/// What a key did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareOutcome {
    Stay,
    Close,
}

impl CompareView {
    pub fn new(prev: Session, next: Session) -> CompareView {
        let shared_groups = next
            .groups
            .iter()
            .filter(|g| prev.groups.iter().any(|p| p.name == g.name))
            .map(|g| g.name.clone())
            .collect();
        let rows = compare_cycles(&prev, &next, None);
        let cards = compare_cards(&prev, &next);
        CompareView {
            prev,
            next,
            group: None,
            shared_groups,
            rows,
            scroll: Scroll::default(),
            card: false,
            cards,
        }
    }

    pub fn rows(&self) -> &[MovementRow] {
        &self.rows
    }

    /// One of [`COMPARE_KEYS`]' actions (help, theme and quitting are the
    /// app's).
    pub fn handle_action(&mut self, action: Action) -> CompareOutcome {
        let n = self.shared_groups.len();
        let len = if self.card {
            self.cards.len()
        } else {
            self.rows.len()
        };
        if self.scroll.navigate(action, len) {
            return CompareOutcome::Stay;
        }
        match Some(action) {
            Some(Action::NextGroup) => {
                self.group = match self.group {
                    None if n > 0 => Some(0),
                    Some(i) if i + 1 < n => Some(i + 1),
                    _ => None,
                };
                self.recompute();
            }
            Some(Action::PrevGroup) => {
                self.group = match self.group {
                    None if n > 0 => Some(n - 1),
                    Some(0) | None => None,
                    Some(i) => Some(i - 1),
                };
                self.recompute();
            }
            Some(Action::ShowScoreCard) => {
                self.card = !self.card;
                self.scroll.reset();
            }
            Some(Action::Quit) => return CompareOutcome::Close,
            _ => {}
        }
        CompareOutcome::Stay
    }

    fn recompute(&mut self) {
        let group = self.group.map(|i| self.shared_groups[i].as_str());
        self.rows = compare_cycles(&self.prev, &self.next, group);
        self.scroll.reset();
    }

    /// The title bar, in the facilitator's language `l`.
    pub fn title(&self, l: Lang) -> String {
        let (before, before_date) = (&self.prev.title, self.prev.date.to_string());
        let (now, now_date) = (&self.next.title, self.next.date.to_string());
        if self.card {
            tr!(
                l,
                "compare-title-card",
                before = before,
                before_date = before_date,
                now = now,
                now_date = now_date
            )
        } else {
            tr!(
                l,
                "compare-title-ranks",
                before = before,
                before_date = before_date,
                now = now,
                now_date = now_date
            )
        }
    }

    /// Whether the score card is on screen, and its rows.
    pub fn cards(&self) -> Option<&[IndicatorChange]> {
        self.card.then_some(self.cards.as_slice())
    }

    /// The view in the facilitator's language `l`.
    pub fn draw(&self, area: Rect, buf: &mut Buffer, theme: &Theme, l: Lang) {
        buf.set_style(area, theme.base);
        if area.height < 3 {
            return;
        }
        // Who is being compared: the room, then each group shared by both cycles.
        let mut spans = vec![Span::styled(
            format!(" {} ", tr!(l, "compare-ranks-of")),
            theme.heading,
        )];
        let names = std::iter::once(tr!(l, "compare-whole-room"))
            .chain(self.shared_groups.iter().map(String::as_str));
        for (i, name) in names.enumerate() {
            let current = match self.group {
                None => i == 0,
                Some(g) => i == g + 1,
            };
            let style = if current { theme.selected } else { theme.muted };
            let label = if current {
                format!("▶{name} ")
            } else {
                format!(" {name} ")
            };
            spans.push(Span::styled(label, style));
        }
        Line::from(spans).render(Rect::new(area.x, area.y, area.width, 1), buf);
        if self.card {
            self.draw_card(area, buf, theme, l);
            return;
        }

        let widths = [6usize, 8, 14];
        let title_w = (area.width as usize).saturating_sub(widths.iter().sum::<usize>() + 8);
        let header = format!(
            " {}  {}  {}  {}",
            text::fit(tr!(l, "compare-col-now"), widths[0]),
            text::fit(tr!(l, "compare-col-before"), widths[1]),
            text::fit(tr!(l, "compare-col-movement"), widths[2]),
            tr!(l, "compare-col-problem")
        );
        buf.set_stringn(
            area.x,
            area.y + 2,
            &header,
            area.width as usize,
            theme.heading,
        );
        let rows_room = area.height.saturating_sub(3) as usize;
        if self.rows.is_empty() {
            buf.set_stringn(
                area.x + 1,
                area.y + 3,
                tr!(l, "compare-nothing-ranked"),
                area.width.saturating_sub(1) as usize,
                theme.muted,
            );
        }
        let window = self.scroll.window(self.rows.len(), rows_room);
        for (i, row) in self.rows[window].iter().enumerate() {
            let y = area.y + 3 + i as u16;
            // A shared place reads "4=": ties at the bottom show as ties.
            let rank = |r: Option<Place>| r.map_or("–".to_string(), Place::label);
            let style = match row.movement {
                Movement::Up(_) | Movement::Resolved | Movement::Gained => theme.good,
                Movement::Down(_) | Movement::Lost => theme.warning,
                Movement::New => theme.heading,
                Movement::Dropped | Movement::NotRanked | Movement::Neither => theme.muted,
                Movement::Same => theme.base,
            };
            let line = Line::from(vec![
                Span::raw(" "),
                Span::styled(text::fit(&rank(row.now), widths[0]), theme.base),
                Span::raw("  "),
                Span::styled(text::fit(&rank(row.before), widths[1]), theme.muted),
                Span::raw("  "),
                Span::styled(text::fit(&movement(row.movement, l), widths[2]), style),
                Span::raw("  "),
                Span::styled(text::truncate(&row.title, title_w).into_owned(), theme.base),
            ]);
            line.render(Rect::new(area.x, y, area.width, 1), buf);
        }
    }

    /// The score card of both cycles, an indicator a row: the community's
    /// score (or the group's picked with `g`), the provider's, the gap,
    /// each "before → now" with its change marked ▲ or ▼.
    fn draw_card(&self, area: Rect, buf: &mut Buffer, theme: &Theme, l: Lang) {
        let scale = self.next.score_card.scale;
        let group = self.group.map(|i| self.shared_groups[i].as_str());
        let cell_w = 16usize;
        let name_w = (area.width as usize).saturating_sub(3 * cell_w + 4).max(10);
        let first = group.unwrap_or(tr!(l, "compare-col-community"));
        let header = format!(
            " {}{}{}{}",
            text::fit(tr!(l, "compare-col-indicator"), name_w),
            text::fit(first, cell_w),
            text::fit(self.next.score_card.provider_name(), cell_w),
            text::fit(tr!(l, "compare-col-gap"), cell_w),
        );
        buf.set_stringn(
            area.x,
            area.y + 2,
            &header,
            area.width as usize,
            theme.heading,
        );
        if self.cards.is_empty() {
            buf.set_stringn(
                area.x + 1,
                area.y + 3,
                tr!(l, "compare-no-card"),
                area.width.saturating_sub(1) as usize,
                theme.muted,
            );
            return;
        }
        // A gap is written with its sign, as on the card ("−68").
        let cell = |c: ScoreChange, gap: bool| -> (String, ratatui::style::Style) {
            let v = |x: Option<f64>| {
                x.map_or("–".to_string(), |x| {
                    if gap {
                        signed(scale, x)
                    } else {
                        number(scale, x)
                    }
                })
            };
            let mut shown = format!("{} → {}", v(c.before), v(c.now));
            let style = match c.change() {
                Some(d) if d > 1e-9 => theme.good,
                Some(d) if d < -1e-9 => theme.warning,
                _ => theme.base,
            };
            if let Some(label) = change_label(scale, c) {
                shown.push_str(&format!(" {}", label.split(' ').next().unwrap_or("")));
            }
            (shown, style)
        };
        let rows_room = area.height.saturating_sub(3) as usize;
        let window = self.scroll.window(self.cards.len(), rows_room);
        for (i, row) in self.cards[window].iter().enumerate() {
            let y = area.y + 3 + i as u16;
            let first = match group {
                Some(name) => row.groups.iter().find(|(n, _)| n == name).map_or(
                    ScoreChange {
                        before: None,
                        now: None,
                    },
                    |(_, c)| *c,
                ),
                None => row.community,
            };
            let mut spans = vec![
                Span::raw(" "),
                Span::styled(text::fit(&row.name, name_w), theme.base),
            ];
            for (k, c) in [first, row.provider, row.gap].into_iter().enumerate() {
                let (shown, mut style) = cell(c, k == 2);
                // A gap is better for closing, whichever way it went.
                if k == 2 {
                    style = match (c.before, c.now) {
                        (Some(b), Some(n)) if n.abs() < b.abs() - 1e-9 => theme.good,
                        (Some(b), Some(n)) if n.abs() > b.abs() + 1e-9 => theme.warning,
                        _ => theme.base,
                    };
                }
                spans.push(Span::styled(text::fit(&shown, cell_w), style));
            }
            Line::from(spans).render(Rect::new(area.x, y, area.width, 1), buf);
        }
    }
}

/// How a problem's place moved, in `l` ("▲ up 2", "✓ resolved").
fn movement(m: Movement, l: Lang) -> String {
    match m {
        Movement::New => tr!(l, "compare-move-new").into(),
        Movement::Up(n) => tr!(l, "compare-move-up", n = n),
        Movement::Down(n) => tr!(l, "compare-move-down", n = n),
        Movement::Same => tr!(l, "compare-move-same").into(),
        Movement::Dropped => tr!(l, "compare-move-dropped").into(),
        Movement::Resolved => tr!(l, "compare-move-resolved").into(),
        Movement::NotRanked => tr!(l, "compare-move-not-ranked").into(),
        Movement::Lost => tr!(l, "compare-move-lost").into(),
        Movement::Gained => tr!(l, "compare-move-gained").into(),
        Movement::Neither => tr!(l, "compare-move-neither").into(),
    }
}
