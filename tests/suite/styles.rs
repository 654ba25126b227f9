//! Highlight styles that text snapshots cannot see, asserted on the cells of
//! the buffer in every theme: the selected row is reversed across the list
//! it is in, an overdue action's marker and dates are in the danger style
//! (and an action on time's are not), a value a form refuses is said in the
//! danger style.

use crate::common;

use baraza::model::Stage;
use baraza::tui::theme::Theme;
use common::{Harness, session_with_actions};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::{Buffer, Cell};
use ratatui::style::Style;

fn draw(h: &Harness, w: u16, ht: u16) -> Buffer {
    let mut t = Terminal::new(TestBackend::new(w, ht)).unwrap();
    t.draw(|f| h.app.draw(f)).unwrap();
    t.backend().buffer().clone()
}

/// Whether a cell shows `style`: its colours and at least its modifiers.
fn shows(cell: &Cell, style: Style) -> bool {
    style.fg.is_none_or(|fg| cell.fg == fg)
        && style.bg.is_none_or(|bg| cell.bg == bg)
        && cell.modifier.contains(style.add_modifier)
}

fn row_text(buf: &Buffer, y: u16) -> String {
    (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect()
}

/// The first row holding `needle`.
fn row_with(buf: &Buffer, needle: &str) -> u16 {
    (0..buf.area.height)
        .find(|&y| row_text(buf, y).contains(needle))
        .unwrap_or_else(|| panic!("no row with {needle:?}"))
}

/// The column where `needle` starts on row `y`, counted in cells.
fn column_of(buf: &Buffer, y: u16, needle: &str) -> u16 {
    let first = needle.chars().next().unwrap().to_string();
    (0..buf.area.width)
        .find(|&x| {
            buf[(x, y)].symbol() == first
                && (0..needle.chars().count() as u16).all(|i| {
                    buf[(x + i, y)].symbol() == needle.chars().nth(i as usize).unwrap().to_string()
                })
        })
        .unwrap_or_else(|| panic!("no {needle:?} on row {y}: {}", row_text(buf, y)))
}

/// Every theme in turn (`T` cycles them), with the harness's app in it.
fn in_every_theme(h: &mut Harness, mut check: impl FnMut(&mut Harness, &Theme)) {
    for _ in 0..3 {
        let theme = h.app.theme().clone();
        assert_ne!(theme.selected, theme.base, "{:?}", theme.name);
        assert_ne!(theme.danger, theme.base, "{:?}", theme.name);
        check(h, &theme);
        h.keys("T");
    }
}

/// The selected row, from its ▶ to the last column of the list: every cell.
fn assert_selected_row(buf: &Buffer, y: u16, from: u16, to: u16, theme: &Theme, what: &str) {
    for x in from..to {
        assert!(
            shows(&buf[(x, y)], theme.selected),
            "{what} ({:?}): cell {x},{y} «{}» is not in the selected style: {}",
            theme.name,
            buf[(x, y)].symbol(),
            row_text(buf, y)
        );
    }
    // A selected row whose text wraps takes the rows under it too (each in
    // the selected style across the whole width); the row after it is not.
    let whole = |y: u16| (from..to).all(|x| shows(&buf[(x, y)], theme.selected));
    let mut next = y + 1;
    while next < buf.area.height && whole(next) && !row_text(buf, next).contains('▶') {
        next += 1;
    }
    if next < buf.area.height && !row_text(buf, next).contains('▶') {
        assert!(
            !shows(&buf[(from + 2, next)], theme.selected) || theme.selected == theme.base,
            "{what}: the row under the selection is selected too"
        );
    }
}

#[test]
fn the_selected_row_is_reversed_across_its_list() {
    let mut h = Harness::with_sessions(&Harness::examples());
    in_every_theme(&mut h, |h, theme| {
        let buf = draw(h, 100, 30);
        let y = row_with(&buf, "▶");
        assert_selected_row(&buf, y, 0, 100, theme, "session list");
    });

    let mut h = Harness::open(&session_with_actions(Stage::Prepare));
    h.keys("j");
    in_every_theme(&mut h, |h, theme| {
        // Prepare's groups: inside the pane's borders.
        let buf = draw(h, 100, 30);
        let y = row_with(&buf, "▶ Men");
        assert_selected_row(&buf, y, 1, 45 - 1, theme, "Prepare");
        // Plan and Monitor: the table's whole width.
        h.keys("<Tab><Tab><Tab>j");
        let buf = draw(h, 100, 30);
        let y = (0..30).find(|&y| buf[(0, y)].symbol() == "▶").unwrap();
        assert_selected_row(&buf, y, 0, 100, theme, "Plan");
        h.keys("<Tab>j");
        let buf = draw(h, 100, 30);
        let y = (0..30).find(|&y| buf[(0, y)].symbol() == "▶").unwrap();
        assert_selected_row(&buf, y, 0, 100, theme, "Monitor");
        h.keys("<S-Tab><S-Tab><S-Tab><S-Tab>");
    });
}

#[test]
fn overdue_actions_are_in_the_danger_style_and_actions_on_time_are_not() {
    let mut h = Harness::open(&session_with_actions(Stage::Monitor));
    in_every_theme(&mut h, |h, theme| {
        let buf = draw(h, 160, 40);
        // The header counts them in the danger style.
        let y = row_with(&buf, "actions overdue");
        let x = column_of(&buf, y, "! 2 of 6");
        assert!(
            shows(&buf[(x, y)], theme.danger),
            "{:?}: header",
            theme.name
        );
        // The overdue patrol (due 2026-11-20): marker, due date, "overdue by".
        let y = row_with(&buf, "Community patrol");
        assert_eq!(buf[(1, y)].symbol(), "!");
        assert!(
            shows(&buf[(1, y)], theme.danger),
            "{:?}: marker",
            theme.name
        );
        for needle in ["2026-11-20", "overdue by 7 days"] {
            let x = column_of(&buf, y, needle);
            assert!(
                shows(&buf[(x, y)], theme.danger),
                "{:?}: {needle} on {}",
                theme.name,
                row_text(&buf, y)
            );
        }
        // Street lights (due 2026-12-15) are on time: no marker, plain date.
        let y = row_with(&buf, "Street lights");
        assert_eq!(buf[(1, y)].symbol(), " ");
        let x = column_of(&buf, y, "2026-12-15");
        assert!(
            theme.danger == theme.base || !shows(&buf[(x, y)], theme.danger),
            "{:?}: an action on time looks overdue",
            theme.name
        );
    });

    // Plan marks the same action.
    let mut h = Harness::open(&session_with_actions(Stage::Plan));
    in_every_theme(&mut h, |h, theme| {
        let buf = draw(h, 160, 40);
        let y = row_with(&buf, "Community patrol");
        assert!(shows(&buf[(1, y)], theme.danger), "{:?}: Plan", theme.name);
        let x = column_of(&buf, y, "2026-11-20");
        assert!(
            shows(&buf[(x, y)], theme.danger),
            "{:?}: Plan due",
            theme.name
        );
    });
}

#[test]
fn a_refused_value_is_said_in_the_danger_style() {
    let mut h = Harness::open(&session_with_actions(Stage::Prepare));
    // `T` would be typed into the form: close it to change the theme.
    for _ in 0..3 {
        let theme = h.app.theme().clone();
        h.keys("a<Enter>");
        let buf = draw(&h, 100, 30);
        let y = row_with(&buf, "Name: type the group");
        let x = column_of(&buf, y, "Name: type");
        for dx in 0..10 {
            assert!(
                shows(&buf[(x + dx, y)], theme.danger),
                "{:?}: {}",
                theme.name,
                row_text(&buf, y)
            );
        }
        h.keys("<Esc>T");
    }
}
