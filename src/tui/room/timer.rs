//! The timer on the room's screen: big digits at the top right where there
//! is room (8 rows tall from 100×40, 4 rows from 56×18), else on the heading
//! line. At zero the whole band turns to the alarm style and flashes once a
//! second with the words TIME IS UP, so it cannot be missed in monochrome,
//! on a washed-out projector or by someone who does not see red.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::{Modifier, Style};

use super::big::{self, Size};
use super::{Room, rows};
use crate::model::room::{TimerState, clock_face};
use crate::tr;
use crate::tui::theme::Theme;

/// The size of the digits for `area`, if big.
fn size(area: Rect) -> Option<Size> {
    if area.height >= 40 && area.width >= 100 {
        Some(Size::Full)
    } else if area.height >= 18 && area.width >= 56 {
        Some(Size::Quadrant)
    } else {
        None
    }
}

/// Rows the heading band takes: the digits' height, or one line.
pub(super) fn band_height(area: Rect, room: &Room) -> u16 {
    match (room.cue.timer, size(area)) {
        (Some(_), Some(size)) => size.height(),
        _ => 1,
    }
}

/// What the face says and how: the digits, the words beside them, and the
/// style (flashing at zero).
/// The digits, the words beside them, their style, and whether the time
/// is up.
fn face(room: &Room, theme: &Theme) -> Option<(String, &'static str, Style, bool)> {
    let timer = room.cue.timer?;
    Some(match timer.state(room.now) {
        TimerState::Running { left } => (
            clock_face(left),
            tr!(room.lang, "room-timer-left"),
            theme.emphasis,
            false,
        ),
        TimerState::Paused { left } => (
            clock_face(left),
            tr!(room.lang, "room-timer-paused"),
            theme.muted,
            false,
        ),
        TimerState::Up { over } => {
            let flash = room.now.timestamp().rem_euclid(2) == 0;
            let style = if flash {
                theme.status_error
            } else {
                theme.status_error.add_modifier(Modifier::REVERSED)
            };
            let digits = if over == 0 {
                "0:00".to_string()
            } else {
                format!("+{}", clock_face(over))
            };
            (digits, tr!(room.lang, "room-timer-up"), style, true)
        }
    })
}

/// Draws the timer in the heading band; returns the columns it took on the
/// band's right, which the heading must leave free.
pub(super) fn draw(band: Rect, buf: &mut Buffer, theme: &Theme, room: &Room) -> u16 {
    let Some((digits, words, style, up)) = face(room, theme) else {
        return 0;
    };
    if up {
        // The whole band, not only the digits: seen from anywhere.
        buf.set_style(band, style);
    }
    let size = [Size::Full, Size::Quadrant]
        .into_iter()
        .find(|s| s.height() == band.height);
    if let Some(size) = size {
        let width = size.width(&digits).min(band.width);
        let at = Rect::new(band.right() - width, band.y, width, band.height);
        if big::draw(at, buf, &digits, size, style, Alignment::Right) {
            let words_at = Rect::new(
                band.x,
                band.y,
                band.width.saturating_sub(width + 1),
                band.height,
            );
            let label = if up {
                words.to_string()
            } else {
                format!("⏱ {words}")
            };
            rows::put_right(
                buf,
                words_at,
                band.height.min(2).saturating_sub(1),
                &label,
                style.add_modifier(Modifier::BOLD),
            );
            return width + 1;
        }
    }
    let text = if up {
        format!("⏰ {words} {digits}")
    } else if band.width < 60 {
        // A narrow wall: the clock alone (paused shows as ⏸), so the
        // heading beside it keeps its words whole.
        let mark = match room.cue.timer.map(|t| t.state(room.now)) {
            Some(TimerState::Paused { .. }) => "⏸",
            _ => "⏱",
        };
        format!("{mark} {digits}")
    } else {
        format!("⏱ {digits} {words}")
    };
    let w = crate::text::width(&text) as u16;
    rows::put_right(buf, band, 0, &text, style.add_modifier(Modifier::BOLD));
    w + 1
}
