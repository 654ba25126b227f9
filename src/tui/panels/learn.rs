//! The Learn panel (filled by the live-workshop work).

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};

use super::{Ctx, Effect, Panel};
use crate::tui::keymap::{Action, Keymap};
use crate::tui::theme::Theme;

#[derive(Default)]
pub struct LearnPanel;

const KEYS: Keymap = Keymap {
    title: "Learn",
    bindings: &[],
};

impl Panel for LearnPanel {
    fn keymap(&self) -> Keymap {
        KEYS
    }

    fn handle_action(&mut self, _action: Action, _ctx: &Ctx) -> Effect {
        Effect::Unhandled
    }

    fn draw(
        &mut self,
        area: Rect,
        buf: &mut Buffer,
        _ctx: &Ctx,
        theme: &Theme,
    ) -> Option<Position> {
        buf.set_stringn(
            area.x + 2,
            area.y + 1,
            "Learn",
            area.width as usize,
            theme.heading,
        );
        None
    }
}
