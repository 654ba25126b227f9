//! The `?` overlay: every key, grouped, drawn from the same keymaps that
//! dispatch them.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::keymap::Keymap;
use super::theme::Theme;

/// Builds the lines of the overlay from keymap groups; repeated keymaps (the
/// same form in two panels) are listed once.
pub fn lines(groups: &[(String, Vec<Keymap>)], theme: &Theme) -> Vec<Line<'static>> {
    let mut out = Vec::new();
    let mut seen: Vec<&'static str> = Vec::new();
    for (heading, maps) in groups {
        let maps: Vec<&Keymap> = maps
            .iter()
            .filter(|m| !m.bindings.is_empty() && !seen.contains(&m.title))
            .collect();
        if maps.is_empty() {
            continue;
        }
        out.push(Line::from(Span::styled(heading.clone(), theme.heading)));
        for map in maps {
            seen.push(map.title);
            if map.title != heading.as_str() {
                out.push(Line::from(Span::styled(
                    format!("  {}", map.title),
                    theme.label_focus,
                )));
            }
            for b in map.bindings {
                let keys = b.keys_label();
                let pad = 16usize.saturating_sub(crate::text::width(&keys));
                out.push(Line::from(vec![
                    Span::raw("    "),
                    Span::styled(keys, theme.key),
                    Span::raw(" ".repeat(pad.max(1))),
                    Span::styled(b.help, theme.base),
                ]));
            }
        }
        out.push(Line::default());
    }
    out
}

/// Draws the overlay; `scroll` is clamped to the content.
pub fn draw(
    lines: Vec<Line<'static>>,
    scroll: &mut u16,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
) {
    let size = (
        area.width.saturating_sub(4).min(100),
        area.height.saturating_sub(2),
    );
    let inner = super::chrome::popup(
        area,
        buf,
        theme,
        size,
        theme.border_focus,
        "Keys — ↑↓ scroll · Esc or ? close",
    );
    let max_scroll = (lines.len() as u16).saturating_sub(inner.height);
    *scroll = (*scroll).min(max_scroll);
    Paragraph::new(lines)
        .style(theme.base)
        .scroll((*scroll, 0))
        .render(inner, buf);
}
