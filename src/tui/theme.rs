//! Colours and emphasis, in one place. Nothing else names a colour.
//!
//! State is never shown by colour alone: the selected row is reversed, the
//! current step is bold and marked, overdue actions carry a `!` marker, so the
//! monochrome theme (used when `NO_COLOR` is set) shows everything too.

use ratatui::style::{Color, Modifier, Style};

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
    /// One style per participant group, for split bars; cycled.
    pub groups: [Style; 6],
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
        let base = Style::new().fg(Color::White).bg(Color::Black);
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
                Style::new().fg(Color::LightMagenta),
                Style::new().fg(Color::LightCyan),
                Style::new().fg(Color::LightYellow),
                Style::new().fg(Color::LightGreen),
                Style::new().fg(Color::LightBlue),
                Style::new().fg(Color::LightRed),
            ],
        }
    }

    /// Dark text on white, which many projectors show best.
    pub fn light() -> Theme {
        let base = Style::new().fg(Color::Black).bg(Color::White);
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
                Style::new().fg(Color::Magenta),
                Style::new().fg(Color::Blue),
                Style::new().fg(Color::Red),
                Style::new().fg(Color::Green),
                Style::new().fg(Color::Black),
                Style::new().fg(Color::Cyan),
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
            groups: [plain; 6],
        }
    }

    pub fn group(&self, index: usize) -> Style {
        self.groups[index % self.groups.len()]
    }
}
