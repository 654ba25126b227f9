//! Colours and emphasis, in one place. Nothing else names a colour.
//!
//! State is never shown by colour alone: the selected row is reversed, the
//! current step is bold and marked, overdue actions carry a `!` marker, so the
//! monochrome theme (used when `NO_COLOR` is set) shows everything too.

use ratatui::style::{Color, Modifier, Style};

/// Black and white from the 256-colour cube (#000000, #ffffff): the same in
/// every terminal, where the named Black and White follow its palette.
pub const BLACK: Color = Color::Indexed(16);
pub const WHITE: Color = Color::Indexed(231);

/// The red, green and blue a colour is drawn in, where every terminal agrees
/// on it: the 6×6×6 cube and the grey ramp of the 256 colours, and RGB
/// colours. `None` for the 16 named colours, whose values the terminal's
/// palette decides.
pub fn rgb(color: Color) -> Option<(u8, u8, u8)> {
    match color {
        Color::Rgb(r, g, b) => Some((r, g, b)),
        Color::Indexed(n @ 16..=231) => {
            let level = |v: u8| if v == 0 { 0 } else { 55 + v * 40 };
            let n = n - 16;
            Some((level(n / 36), level(n / 6 % 6), level(n % 6)))
        }
        Color::Indexed(n @ 232..=255) => {
            let v = 8 + (n - 232) * 10;
            Some((v, v, v))
        }
        _ => None,
    }
}

/// The WCAG contrast ratio of two colours (1 to 21).
pub fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    }
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ThemeName {
    Dark,
    Light,
    Mono,
}

impl ThemeName {
    pub const ALL: [ThemeName; 3] = [ThemeName::Dark, ThemeName::Light, ThemeName::Mono];

    pub fn label(self) -> &'static str {
        match self {
            ThemeName::Dark => "dark",
            ThemeName::Light => "light",
            ThemeName::Mono => "monochrome",
        }
    }

    pub fn parse(s: &str) -> Option<ThemeName> {
        ThemeName::ALL
            .into_iter()
            .find(|t| t.label() == s || (s == "mono" && *t == ThemeName::Mono))
    }

    pub fn next(self) -> ThemeName {
        let i = ThemeName::ALL.iter().position(|t| *t == self).unwrap_or(0);
        ThemeName::ALL[(i + 1) % ThemeName::ALL.len()]
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    pub name: ThemeName,
    /// Everything not otherwise styled; also fills the background.
    pub base: Style,
    /// The session title bar.
    pub title: Style,
    pub step_current: Style,
    pub step_done: Style,
    pub step_todo: Style,
    pub border: Style,
    pub border_focus: Style,
    pub heading: Style,
    pub muted: Style,
    pub selected: Style,
    pub key: Style,
    pub hint: Style,
    pub status_info: Style,
    pub status_warn: Style,
    pub status_error: Style,
    pub input: Style,
    pub input_focus: Style,
    pub label_focus: Style,
    pub warning: Style,
    pub danger: Style,
    pub good: Style,
    pub bar: Style,
    /// Text that must stand out without signalling a state: the two
    /// problems of a pair under comparison, rows where groups disagree.
    pub emphasis: Style,
    /// One style per participant group, for split bars; cycled. Each is
    /// at least 3:1 against the background (a test computes it), in colours
    /// of the 256-colour cube whose values every terminal agrees on, never
    /// the 16 named ones a terminal's palette may change; and each group
    /// has its own fill pattern too (`widgets::bar_chart::GLYPHS`).
    pub groups: [Style; 8],
    /// The where-and-when heat map, 0 (safe) to 3 (very unsafe). Each cell
    /// also holds a shade and its number, so no level is told by colour
    /// alone; the colours are from the 256-colour cube, like the groups'.
    pub heat: [Style; 4],
}

impl Theme {
    pub fn by_name(name: ThemeName) -> Theme {
        match name {
            ThemeName::Dark => Theme::dark(),
            ThemeName::Light => Theme::light(),
            ThemeName::Mono => Theme::mono(),
        }
    }

    /// Light text on black: strong contrast on most screens.
    pub fn dark() -> Theme {
        let base = Style::new().fg(WHITE).bg(BLACK);
        let bold = Modifier::BOLD;
        Theme {
            name: ThemeName::Dark,
            base,
            title: Style::new()
                .fg(Color::Black)
                .bg(Color::Cyan)
                .add_modifier(bold),
            step_current: Style::new()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(bold),
            step_done: Style::new().fg(Color::Cyan),
            step_todo: Style::new().fg(Color::Gray),
            border: Style::new().fg(Color::Gray),
            border_focus: Style::new().fg(Color::Yellow).add_modifier(bold),
            heading: Style::new().fg(Color::Cyan).add_modifier(bold),
            muted: Style::new().fg(Color::Gray),
            selected: Style::new().add_modifier(Modifier::REVERSED | bold),
            key: Style::new().fg(Color::Yellow).add_modifier(bold),
            hint: Style::new().fg(Color::White),
            status_info: Style::new().fg(Color::Green),
            status_warn: Style::new().fg(Color::Yellow).add_modifier(bold),
            status_error: Style::new()
                .fg(Color::White)
                .bg(Color::Red)
                .add_modifier(bold),
            input: Style::new().fg(Color::White).bg(Color::DarkGray),
            input_focus: Style::new().fg(Color::Black).bg(Color::White),
            label_focus: Style::new().fg(Color::Yellow).add_modifier(bold),
            warning: Style::new().fg(Color::Yellow).add_modifier(bold),
            danger: Style::new().fg(Color::LightRed).add_modifier(bold),
            good: Style::new().fg(Color::LightGreen),
            bar: Style::new().fg(Color::Cyan),
            emphasis: Style::new().fg(Color::White).add_modifier(bold),
            groups: [
                Style::new().fg(Color::Indexed(213)),
                Style::new().fg(Color::Indexed(81)),
                Style::new().fg(Color::Indexed(227)),
                Style::new().fg(Color::Indexed(120)),
                Style::new().fg(Color::Indexed(75)),
                Style::new().fg(Color::Indexed(210)),
                Style::new().fg(Color::Indexed(250)),
                Style::new().fg(Color::Indexed(215)),
            ],
            heat: [
                Style::new().fg(Color::Indexed(250)),
                Style::new().fg(BLACK).bg(Color::Indexed(228)),
                Style::new().fg(BLACK).bg(Color::Indexed(209)),
                Style::new()
                    .fg(WHITE)
                    .bg(Color::Indexed(124))
                    .add_modifier(bold),
            ],
        }
    }

    /// Dark text on white, which many projectors show best.
    pub fn light() -> Theme {
        let base = Style::new().fg(BLACK).bg(WHITE);
        let bold = Modifier::BOLD;
        Theme {
            name: ThemeName::Light,
            base,
            title: Style::new()
                .fg(Color::White)
                .bg(Color::Blue)
                .add_modifier(bold),
            step_current: Style::new()
                .fg(Color::White)
                .bg(Color::Black)
                .add_modifier(bold),
            step_done: Style::new().fg(Color::Blue),
            step_todo: Style::new().fg(Color::Black),
            border: Style::new().fg(Color::Black),
            border_focus: Style::new().fg(Color::Blue).add_modifier(bold),
            heading: Style::new().fg(Color::Blue).add_modifier(bold),
            muted: Style::new().fg(Color::Black),
            selected: Style::new().add_modifier(Modifier::REVERSED | bold),
            key: Style::new().fg(Color::Blue).add_modifier(bold),
            hint: Style::new().fg(Color::Black),
            status_info: Style::new().fg(Color::Black).add_modifier(bold),
            status_warn: Style::new().fg(Color::Red).add_modifier(bold),
            status_error: Style::new()
                .fg(Color::White)
                .bg(Color::Red)
                .add_modifier(bold),
            input: Style::new().fg(Color::Black).bg(Color::Gray),
            input_focus: Style::new()
                .fg(Color::Black)
                .bg(Color::White)
                .add_modifier(Modifier::UNDERLINED),
            label_focus: Style::new().fg(Color::Blue).add_modifier(bold),
            warning: Style::new().fg(Color::Red).add_modifier(bold),
            danger: Style::new().fg(Color::Red).add_modifier(bold),
            good: Style::new().fg(Color::Green).add_modifier(bold),
            bar: Style::new().fg(Color::Blue),
            emphasis: Style::new().fg(Color::Black).add_modifier(bold),
            groups: [
                Style::new().fg(Color::Indexed(90)),
                Style::new().fg(Color::Indexed(25)),
                Style::new().fg(Color::Indexed(124)),
                Style::new().fg(Color::Indexed(22)),
                Style::new().fg(Color::Indexed(130)),
                Style::new().fg(Color::Indexed(23)),
                Style::new().fg(Color::Indexed(238)),
                Style::new().fg(Color::Indexed(161)),
            ],
            heat: [
                Style::new().fg(BLACK),
                Style::new().fg(BLACK).bg(Color::Indexed(228)),
                Style::new().fg(BLACK).bg(Color::Indexed(209)),
                Style::new()
                    .fg(WHITE)
                    .bg(Color::Indexed(124))
                    .add_modifier(bold),
            ],
        }
    }

    /// No colour at all: bold, reverse and underline carry every state.
    pub fn mono() -> Theme {
        let plain = Style::new();
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let reversed = Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD);
        Theme {
            name: ThemeName::Mono,
            base: plain,
            title: reversed,
            step_current: reversed,
            step_done: bold,
            step_todo: plain,
            border: plain,
            border_focus: bold,
            heading: bold.add_modifier(Modifier::UNDERLINED),
            muted: plain,
            selected: reversed,
            key: bold,
            hint: plain,
            status_info: plain,
            status_warn: bold,
            status_error: reversed,
            input: Style::new().add_modifier(Modifier::UNDERLINED),
            input_focus: reversed,
            label_focus: bold,
            warning: bold,
            danger: bold.add_modifier(Modifier::UNDERLINED),
            good: plain,
            bar: plain,
            emphasis: bold,
            groups: [plain; 8],
            heat: [plain, plain, bold, reversed],
        }
    }

    pub fn group(&self, index: usize) -> Style {
        self.groups[index % self.groups.len()]
    }
}
