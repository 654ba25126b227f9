//! The `?` overlay: every key, grouped, drawn from the same keymaps that
//! dispatch them. It opens at the keys of the screen it was opened from;
//! the keys that work everywhere stay above, a scroll away.

use std::cell::Cell;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::keymap::{Action, Binding, Key, Keymap, Route, Show, bind};
use super::theme::Theme;
use super::widgets::styled_row::draw_row;
use crate::i18n::Lang;
use crate::text;
use crate::tr;

/// A heading and the keymaps listed under it.
pub type Section = (String, Vec<Keymap>);

/// Where the overlay opens: a section (by its index) and, inside it, the
/// keymap in force (a mode such as merging, or a view of Rank).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Anchor {
    pub section: usize,
    pub map: Option<&'static str>,
}

/// Keys start this far in; a section's other keymaps are titled at 2.
const INDENT: usize = 4;
/// Between the key column and the description.
const GAP: usize = 2;

/// The overlay's text at one width, and where its parts begin.
pub struct Help {
    pub lines: Vec<Line<'static>>,
    /// The line of each section's heading; `None` for a section with nothing
    /// new to list.
    sections: Vec<Option<usize>>,
    /// The line each keymap's keys begin under (its title, or the section
    /// heading for the first keymap of a section), by keymap title.
    maps: Vec<(&'static str, usize)>,
    width: usize,
}

impl Help {
    /// Lays `sections` out `width` columns wide. Keymaps repeated in several
    /// sections (the same form in two panels) are listed once. In a read-only
    /// session the keys that change it are dimmed and say so.
    pub fn new(
        sections: &[Section],
        theme: &Theme,
        lang: Lang,
        width: usize,
        read_only: bool,
    ) -> Help {
        let key_w = key_column(sections, width);
        let desc_w = width.saturating_sub(INDENT + key_w + GAP).max(10);
        let mut help = Help {
            lines: Vec::new(),
            sections: Vec::new(),
            maps: Vec::new(),
            width,
        };
        let mut seen: Vec<&'static str> = Vec::new();
        for (heading, maps) in sections {
            let maps: Vec<&Keymap> = maps
                .iter()
                .filter(|m| !m.bindings.is_empty() && !seen.contains(&m.title))
                .collect();
            if maps.is_empty() {
                help.sections.push(None);
                continue;
            }
            let heading_line = help.lines.len();
            help.sections.push(Some(heading_line));
            help.lines.push(Line::from(Span::styled(
                text::truncate(heading, width).into_owned(),
                theme.heading,
            )));
            for (i, map) in maps.into_iter().enumerate() {
                seen.push(map.title);
                if map.title_in(lang) == heading.as_str() || i == 0 {
                    help.maps.push((map.title, heading_line));
                } else {
                    help.maps.push((map.title, help.lines.len()));
                }
                if map.title_in(lang) != heading.as_str() {
                    let title = format!("  {}", map.title_in(lang));
                    help.lines.push(Line::from(Span::styled(
                        text::truncate(&title, width).into_owned(),
                        theme.label_focus,
                    )));
                }
                for b in map.bindings.iter().filter(|b| b.show != Show::Unlisted) {
                    help.push_binding(lang, b, key_w, desc_w, read_only, theme);
                }
            }
            help.lines.push(Line::default());
        }
        help
    }

    /// One binding: its keys, then its description wrapped under the
    /// description column.
    #[allow(clippy::too_many_arguments)]
    fn push_binding(
        &mut self,
        lang: Lang,
        b: &Binding,
        key_w: usize,
        desc_w: usize,
        read_only: bool,
        theme: &Theme,
    ) {
        let off = read_only && b.edits;
        let description = if off {
            format!("{} {}", b.help_in(lang), lang.t("help-not-read-only"))
        } else {
            b.help_in(lang).to_string()
        };
        let (key_style, style): (Style, Style) = if off {
            (theme.muted, theme.muted)
        } else {
            (theme.key, theme.base)
        };
        let mut keys = Some(b.help_keys());
        if let Some(long) = keys.take_if(|k| text::width(k) > key_w) {
            // Too long for the column: on a line of its own, like `--help`
            // pages do, so no key is lost (cut only if wider than the box).
            let room = self.width.saturating_sub(INDENT);
            self.lines.push(Line::from(vec![
                Span::raw(" ".repeat(INDENT)),
                Span::styled(text::truncate(&long, room).into_owned(), key_style),
            ]));
        }
        for (i, row) in text::wrap(&description, desc_w).iter().enumerate() {
            let row = description[row.range.clone()].trim_end().to_string();
            let lead = match (i, &keys) {
                (0, Some(keys)) => Span::styled(text::pad_to(keys, key_w), key_style),
                _ => Span::raw(" ".repeat(key_w)),
            };
            self.lines.push(Line::from(vec![
                Span::raw(" ".repeat(INDENT)),
                lead,
                Span::raw(" ".repeat(GAP)),
                Span::styled(row, style),
            ]));
        }
    }

    /// The line to open at: the keymap in force if listed, else its section.
    pub fn line_of(&self, anchor: Anchor) -> usize {
        let map = anchor
            .map
            .and_then(|title| self.maps.iter().find(|(t, _)| *t == title))
            .map(|(_, line)| *line);
        let section = || {
            // A section with nothing new: the next one that has something.
            self.sections
                .iter()
                .skip(anchor.section)
                .find_map(|l| *l)
                .unwrap_or(0)
        };
        map.unwrap_or_else(section)
    }
}

/// The widest the key column gets: room for `0/Backspace/Del`.
const MAX_KEYS: usize = 16;

/// Wide enough for the longest keys, up to [`MAX_KEYS`] or a third of the
/// width; longer keys get a line of their own.
fn key_column(sections: &[Section], width: usize) -> usize {
    let longest = sections
        .iter()
        .flat_map(|(_, maps)| maps)
        .flat_map(|m| m.bindings)
        .map(|b| text::width(&b.help_keys()))
        .max()
        .unwrap_or(0);
    longest.min(MAX_KEYS.min(width / 3).max(6))
}

/// The overlay while it is open: how far it is scrolled, and where it was
/// asked to open until the first draw knows the width (and so the lines).
/// The lines depend on the width of the window, so a frame places the
/// scroll; it is kept in cells, and drawing takes `&self`.
#[derive(Clone, Debug)]
pub struct HelpView {
    /// Lines from the top; until the first draw, lines from the anchor.
    scroll: Cell<i32>,
    anchor: Cell<Option<Anchor>>,
    /// The line it opened at: the last section's heading may go to the top
    /// too, with blank space under it, rather than halfway down.
    opened_at: Cell<i32>,
}

/// The keys of the overlay; any other key closes it too.
pub const HELP_KEYS: Keymap = Keymap {
    title: "Help",
    bindings: &[
        bind(
            &[Key::code(KeyCode::Up), Key::char('k')],
            Action::Up,
            "scroll",
            "scroll up",
        )
        .shown_as("↑↓ PgUp PgDn"),
        bind(
            &[Key::code(KeyCode::Down), Key::char('j')],
            Action::Down,
            "down",
            "scroll down",
        )
        .help_only(),
        bind(
            &[Key::code(KeyCode::PageUp)],
            Action::PageUp,
            "page up",
            "one screen up",
        )
        .help_only(),
        bind(
            &[Key::code(KeyCode::PageDown), Key::char(' ')],
            Action::PageDown,
            "page down",
            "one screen down",
        )
        .help_only(),
        bind(
            &[Key::code(KeyCode::Home)],
            Action::First,
            "top",
            "to the top: the keys that work everywhere",
        ),
        bind(
            &[Key::code(KeyCode::End)],
            Action::Last,
            "bottom",
            "to the bottom",
        )
        .help_only(),
        bind(
            &[Key::char('R')],
            Action::CycleRtl,
            "right to left",
            "right-to-left text: auto, on (baraza reorders), off (the terminal does); the test line at the bottom shows which is right",
        ),
        bind(
            &[Key::code(KeyCode::Esc)],
            Action::Cancel,
            "close",
            "close (so does any other key)",
        ),
        bind(&[Key::ctrl('c')], Action::ForceQuit, "quit", "quit").help_only(),
    ],
};

/// The overlay's title: its keys, from [`HELP_KEYS`].
pub fn title(lang: Lang) -> String {
    let keys: Vec<String> = HELP_KEYS
        .bindings
        .iter()
        .filter(|b| b.show == Show::Bar)
        .map(|b| format!("{} {}", b.hint_keys(), b.label_in(lang)))
        .collect();
    tr!(lang, "help-title", keys = keys.join(" · "))
}

impl HelpView {
    pub fn at(anchor: Anchor) -> HelpView {
        HelpView {
            scroll: Cell::new(0),
            anchor: Cell::new(Some(anchor)),
            opened_at: Cell::new(0),
        }
    }

    /// Where a key goes: a binding of [`HELP_KEYS`]; any other closes.
    pub fn route(key: &KeyEvent) -> Route {
        match Route::lookup(&HELP_KEYS, key) {
            Route::Nothing => Route::Binding {
                map: HELP_KEYS.title,
                action: Action::Cancel,
                edits: false,
            },
            route => route,
        }
    }

    /// Scrolls by one of [`HELP_KEYS`]' actions.
    pub fn scroll(&mut self, action: Action) {
        let scroll = self.scroll.get_mut();
        match action {
            Action::Up => *scroll -= 1,
            Action::Down => *scroll += 1,
            Action::PageUp => *scroll -= 10,
            Action::PageDown => *scroll += 10,
            Action::First => {
                self.anchor.set(None);
                *scroll = 0;
            }
            Action::Last => {
                self.anchor.set(None);
                self.opened_at.set(0);
                *scroll = i32::MAX / 2;
            }
            _ => {}
        }
    }

    /// Draws the overlay over `area`; the scroll is clamped to the content.
    /// `settings`: lines at the very end (the languages, the right-to-left
    /// setting and its test line).
    #[allow(clippy::too_many_arguments)]
    pub fn draw(
        &self,
        lang: Lang,
        sections: &[Section],
        settings: &[String],
        read_only: bool,
        area: Rect,
        buf: &mut Buffer,
        theme: &Theme,
    ) {
        let size = (
            area.width.saturating_sub(4).min(100),
            area.height.saturating_sub(2),
        );
        let inner = super::chrome::popup(area, buf, theme, size, theme.border_focus, &title(lang));
        // A column of air inside the border on each side.
        let inner = Rect {
            x: inner.x + 1,
            width: inner.width.saturating_sub(2),
            ..inner
        };
        let mut help = Help::new(sections, theme, lang, inner.width as usize, read_only);
        if !settings.is_empty() {
            help.lines.push(Line::from(""));
            for line in settings {
                // Each line is wrapped to the overlay; typed text is none
                // of it, but it goes through the sanitiser like the rest.
                let line = text::escape_controls(line, text::Breaks::None);
                for piece in text::wrap(&line, inner.width.max(1) as usize) {
                    help.lines.push(Line::from(Span::styled(
                        line[piece.range].trim_end().to_string(),
                        theme.base,
                    )));
                }
            }
        }
        if let Some(anchor) = self.anchor.take() {
            self.opened_at.set(help.line_of(anchor) as i32);
            self.scroll.set(self.scroll.get() + self.opened_at.get());
        }
        let end = help.lines.len().saturating_sub(inner.height as usize) as i32;
        let scroll = self.scroll.get().clamp(0, end.max(self.opened_at.get()));
        self.scroll.set(scroll);
        // Each line's spans drawn as pieces of a styled row: right to left,
        // the key column and the description column are fields and never
        // swap, and a description reads on its own.
        buf.set_style(inner, theme.base);
        let shown = help
            .lines
            .iter()
            .skip(scroll as usize)
            .take(inner.height as usize);
        for (y, line) in shown.enumerate() {
            let pieces: Vec<(String, Style)> = line
                .spans
                .iter()
                .map(|s| (s.content.to_string(), s.style))
                .collect();
            draw_row(buf, inner, y as u16, &pieces);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::keymap::GLOBAL;

    const LONG: Keymap = Keymap {
        title: "Long",
        bindings: &[
            bind(
                &[Key::char('a')],
                Action::Add,
                "add",
                "add something with a description far too long for one line of the overlay",
            )
            .editing(),
            bind(
                &[
                    Key::code(KeyCode::Enter),
                    Key::ctrl('s'),
                    Key::alt(KeyCode::Enter),
                    Key::ctrl('q'),
                ],
                Action::Submit,
                "save",
                "save",
            ),
        ],
    };

    fn rows(help: &Help) -> Vec<String> {
        help.lines.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn descriptions_wrap_under_their_column_and_long_keys_get_a_line() {
        let theme = Theme::by_name(crate::tui::theme::ThemeName::Mono);
        let sections = vec![("Long".to_string(), vec![LONG])];
        let help = Help::new(&sections, &theme, Lang::En, 42, false);
        let rows = rows(&help);
        // 42 columns: keys get 14, descriptions 22 starting at column 20.
        assert_eq!(rows[1], "    a               add something with a");
        assert_eq!(rows[2], "                    description far too");
        assert_eq!(rows[4], "                    the overlay");
        assert_eq!(rows[5], "    Enter/Ctrl+s/Alt+Enter/Ctrl+q");
        assert_eq!(rows[6], "                    save");
        for row in &rows {
            assert!(text::width(row) <= 42, "{row}");
        }
        // Narrower than the keys themselves: cut, with an ellipsis.
        let rows = super::tests::rows(&Help::new(&sections, &theme, Lang::En, 24, false));
        assert!(
            rows.contains(&"    Enter/Ctrl+s/Alt+En…".to_string()),
            "{rows:?}"
        );
    }

    #[test]
    fn read_only_says_which_keys_are_off() {
        let theme = Theme::by_name(crate::tui::theme::ThemeName::Mono);
        let sections = vec![("Long".to_string(), vec![LONG])];
        let text = rows(&Help::new(&sections, &theme, Lang::En, 200, true)).join("\n");
        assert!(text.contains("overlay (not in read-only)"), "{text}");
        assert!(!text.contains("save (not"), "{text}");
    }

    #[test]
    fn it_opens_at_the_section_or_the_keymap_in_force() {
        let theme = Theme::by_name(crate::tui::theme::ThemeName::Mono);
        let sections = vec![
            ("Everywhere".to_string(), vec![GLOBAL]),
            ("Empty".to_string(), vec![]),
            ("Two".to_string(), vec![GLOBAL, LONG]),
        ];
        let help = Help::new(&sections, &theme, Lang::En, 200, false);
        let rows = rows(&help);
        let at = |section, map| help.line_of(Anchor { section, map });
        assert_eq!(at(0, None), 0);
        // "Two" lists only LONG (GLOBAL was listed already): its heading.
        assert_eq!(rows[at(2, None)], "Two");
        assert_eq!(at(1, None), at(2, None), "an empty section: the next");
        assert_eq!(rows[at(2, Some("Long"))], "Two");
        assert_eq!(at(2, Some("Everywhere")), 0, "where it was listed");
    }
}
