//! Themes for the projector: a key cycles them, the choice is remembered, and
//! NO_COLOR starts in monochrome where state shows without colour.

use crate::common;

use baraza::clock::Clock;
use baraza::store::Store;
use baraza::tui::App;
use baraza::tui::config::Config;
use baraza::tui::theme::{Theme, ThemeName};
use common::{Harness, moment};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent};
use ratatui::style::{Color, Modifier};

fn key(c: char) -> Event {
    Event::Key(KeyEvent::from(KeyCode::Char(c)))
}

fn draw(app: &mut App, w: u16, h: u16) -> Buffer {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| app.draw(f)).unwrap();
    t.backend().buffer().clone()
}

#[test]
fn t_cycles_the_themes_and_the_choice_is_remembered() {
    let tmp = tempfile::TempDir::new().unwrap();
    let config = tmp.path().join("config").join("config.ron");
    let store = Store::open(tmp.path().join("sessions")).unwrap();
    let mut app = App::new(
        store.clone(),
        Clock::fixed(moment()),
        ThemeName::Dark,
        Some(config.clone()),
    );
    assert_eq!(
        draw(&mut app, 80, 24)[(40, 12)].bg,
        baraza::tui::theme::BLACK
    );
    app.handle_event(&key('T'));
    assert_eq!(app.theme().name, ThemeName::Light);
    // Dark text on white, everywhere.
    let light = draw(&mut app, 80, 24);
    assert_eq!(light[(40, 12)].bg, baraza::tui::theme::WHITE);
    assert_eq!(light[(40, 12)].fg, baraza::tui::theme::BLACK);
    assert_eq!(Config::load(&config).theme(false), ThemeName::Light);
    app.handle_event(&key('T'));
    assert_eq!(app.theme().name, ThemeName::Mono);
    assert_eq!(Config::load(&config).theme, "monochrome");
    // The next start uses it.
    let saved = Config::load(&config).theme(false);
    let app = App::new(store, Clock::fixed(moment()), saved, Some(config));
    assert_eq!(app.theme().name, ThemeName::Mono);
}

#[test]
fn no_color_means_monochrome_whatever_was_chosen() {
    let config = Config {
        theme: "light".into(),
        ..Config::default()
    };
    assert_eq!(config.theme(true), ThemeName::Mono);
    assert_eq!(config.theme(false), ThemeName::Light);
    assert_eq!(Config::default().theme(false), ThemeName::Dark);
}

#[test]
fn monochrome_uses_no_colour_and_still_marks_the_current_step_and_selection() {
    let mono = Theme::mono();
    for style in [
        mono.base,
        mono.selected,
        mono.step_current,
        mono.danger,
        mono.warning,
    ] {
        assert!(matches!(style.fg, None | Some(Color::Reset)));
        assert!(matches!(style.bg, None | Some(Color::Reset)));
    }
    let mut h = Harness::open(&common::session_with_groups("Mono"));
    h.app.handle_event(&key('T'));
    h.app.handle_event(&key('T'));
    assert_eq!(h.app.theme().name, ThemeName::Mono);
    let buf = draw(&mut h.app, 80, 24);
    // The current step is reversed and marked ▶, not only coloured.
    let stepper: String = (0..80).map(|x| buf[(x, 1)].symbol().to_string()).collect();
    let at = stepper.find("▶F1 Prepare").expect("current step marked");
    let x = stepper[..at].chars().count() as u16 + 1;
    assert!(buf[(x, 1)].modifier.contains(Modifier::REVERSED));
    for y in 0..24 {
        for x in 0..80 {
            let c = &buf[(x, y)];
            assert!(
                matches!(c.fg, Color::Reset) && matches!(c.bg, Color::Reset),
                "colour at {x},{y}"
            );
        }
    }
}

/// Every group stays distinguishable on the wall: by colour, 3:1 or better
/// against the background in the light and dark themes, computed from the
/// RGB values (no named colour, whose value the terminal's palette decides);
/// and by pattern in every theme, monochrome included. The leader is marked
/// by a glyph (see `room_view`), not by colour.
#[test]
fn groups_read_apart_on_a_projector_by_colour_and_by_pattern() {
    use baraza::tui::theme::{contrast, rgb};
    use baraza::tui::widgets::bar_chart::{Fill, GLYPHS};
    for theme in [Theme::light(), Theme::dark()] {
        let bg = theme
            .base
            .bg
            .and_then(rgb)
            .expect("a background every terminal agrees on");
        for (i, style) in theme.groups.iter().enumerate() {
            let fg = style.fg.and_then(rgb).unwrap_or_else(|| {
                panic!(
                    "{:?}: group {i} has a colour the terminal decides",
                    theme.name
                )
            });
            let ratio = contrast(fg, bg);
            assert!(
                ratio >= 3.0,
                "{:?}: group {i} {fg:?} is {ratio:.2}:1 on {bg:?}",
                theme.name
            );
        }
        let text = theme.base.fg.and_then(rgb).unwrap();
        assert!(contrast(text, bg) >= 7.0);
    }
    // Patterns: no two of the first groups alike, and the faint ones last.
    let first: Vec<&str> = (0..8)
        .map(|i| Fill::group(&Theme::mono(), i).glyph)
        .collect();
    let unique: std::collections::HashSet<_> = first.iter().collect();
    assert_eq!(unique.len(), first.len(), "{first:?}");
    assert!(!first.contains(&"░") && !first.contains(&"·"), "{first:?}");
    assert_eq!(GLYPHS.len(), 12);
    // The values the test relies on: white on black is 21:1.
    assert!((contrast((255, 255, 255), (0, 0, 0)) - 21.0).abs() < 1e-9);
    assert_eq!(rgb(Color::Indexed(16)), Some((0, 0, 0)));
    assert_eq!(rgb(Color::Indexed(231)), Some((255, 255, 255)));
    assert_eq!(rgb(Color::Indexed(25)), Some((0, 95, 175)));
    assert_eq!(rgb(Color::Indexed(244)), Some((128, 128, 128)));
    assert_eq!(rgb(Color::Green), None);
}
