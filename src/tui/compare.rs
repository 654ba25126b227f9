//! Comparing two cycles: how each problem's rank moved (new, up, down, same,
//! dropped, resolved), for the whole room or one group.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::keymap::{Action, DOWN, FIRST, Key, Keymap, LAST, PAGE_DOWN, PAGE_UP, UP, bind};
use super::theme::Theme;
use super::widgets::list::Scroll;
use crate::model::Session;
use crate::model::cycle::{Movement, MovementRow, Place, compare_cycles};
use crate::text;

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
            &[Key::code(KeyCode::Esc), Key::char('q')],
            Action::Quit,
            "back",
            "back to the session list",
        ),
        // The app's, as everywhere else.
        super::keymap::THEME,
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
        CompareView {
            prev,
            next,
            group: None,
            shared_groups,
            rows,
            scroll: Scroll::default(),
        }
    }

    pub fn rows(&self) -> &[MovementRow] {
        &self.rows
    }

    /// One of [`COMPARE_KEYS`]' actions (help, theme and quitting are the
    /// app's).
    pub fn handle_action(&mut self, action: Action) -> CompareOutcome {
        let n = self.shared_groups.len();
        if self.scroll.navigate(action, self.rows.len()) {
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

    pub fn title(&self) -> String {
        format!(
            "How priorities moved · {} ({}) → {} ({})",
            self.prev.title, self.prev.date, self.next.title, self.next.date
        )
    }

    pub fn draw(&self, area: Rect, buf: &mut Buffer, theme: &Theme) {
        buf.set_style(area, theme.base);
        if area.height < 3 {
            return;
        }
        // Who is being compared: the room, then each group shared by both cycles.
        let mut spans = vec![Span::styled(" Ranks of: ", theme.heading)];
        let names =
            std::iter::once("whole room").chain(self.shared_groups.iter().map(String::as_str));
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

        let widths = [6usize, 8, 14];
        let title_w = (area.width as usize).saturating_sub(widths.iter().sum::<usize>() + 8);
        let header = format!(
            " {}  {}  {}  {}",
            text::fit("now", widths[0]),
            text::fit("before", widths[1]),
            text::fit("movement", widths[2]),
            "problem"
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
                "No problems ranked in either cycle yet.",
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
                Span::styled(text::fit(&row.movement.label(), widths[2]), style),
                Span::raw("  "),
                Span::styled(text::truncate(&row.title, title_w).into_owned(), theme.base),
            ]);
            line.render(Rect::new(area.x, y, area.width, 1), buf);
        }
    }
}
