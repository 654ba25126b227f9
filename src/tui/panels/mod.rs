//! The six panels of a session, one file each: state, keys, handling, drawing.
//!
//! A panel never changes the session itself. It returns an [`Effect`]; the
//! workshop applies any [`Change`] through the editor, so undo, autosave and the
//! audit log see every edit.

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Position, Rect};

use super::keymap::{Action, Keymap, Route};
use super::theme::Theme;
use crate::model::room::Focus;
use crate::model::{Change, Session, Stage, Timestamp};

pub(crate) mod actions;
pub mod identify;
pub mod learn;
pub mod ledger;
pub mod monitor;
pub(crate) mod named;
pub mod plan;
pub mod prepare;
pub mod rank;
pub mod where_when;

/// What a panel sees of the world while handling a key or drawing.
pub struct Ctx<'a> {
    pub session: &'a Session,
    pub now: Timestamp,
    pub today: NaiveDate,
    pub read_only: bool,
    /// The facilitator's interface language.
    pub lang: crate::i18n::Lang,
}

/// A y/n question guarding a change (deleting, merging).
#[derive(Clone, Debug, PartialEq)]
pub struct Confirm {
    pub question: String,
    pub change: Change,
}

/// What a panel asks the workshop to do after a key.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Handled; nothing to apply.
    None,
    /// Not a key this panel uses: the workshop tries the global keys.
    Unhandled,
    /// Apply this change (through the editor: undoable, logged, saved).
    Apply(Change),
    /// Apply this change, then warn without blocking (a dot over the group's
    /// budget is still recorded).
    ApplyWarn(Change, String),
    /// Apply this change, then say what comes next (a tally done).
    ApplyInfo(Change, String),
    /// Ask first, then apply.
    Confirm(Confirm),
    /// Tell the room something.
    Info(String),
    /// A warning that does not block (e.g. over the dot budget).
    Warn(String),
    /// Something beyond this session, for the app to do (start the next
    /// cycle from here).
    App(Action),
}

/// One panel of the stepper.
///
/// Drawing and the keymap take `&self`: a panel is a view of its own state
/// and the session, so it can be drawn from a snapshot, in any window, and a
/// frame never changes what the next key does. State changes come from keys
/// and from [`Panel::session_changed`].
pub trait Panel {
    /// The bindings in force now; they may depend on the panel's mode (a
    /// list, a form) and on the session (Rank shows the keys of the
    /// session's ranking method). Dispatch, the hint line and the help
    /// overlay all read this.
    fn keymap(&self, s: &Session) -> Keymap;

    /// Every keymap this panel can show, for the help overlay.
    fn all_keymaps(&self) -> Vec<Keymap>;

    /// Runs once after every change to the session (a change applied, an
    /// undo, a redo) and when it is opened: the panel brings what it keeps
    /// in line with the session (a selection whose item went lands on its
    /// neighbour, a mode about something deleted ends).
    fn session_changed(&mut self, _s: &Session) {}

    /// Runs instead of [`Panel::session_changed`] after a change the editor
    /// made, undid or redid, with the change that takes it back: a panel
    /// that keeps what it worked out from the session can follow the change
    /// rather than work it all out again. By default, `session_changed`.
    fn change_made(&mut self, _inverse: &Change, s: &Session) {
        self.session_changed(s);
    }

    /// What is under the cursor, for the room's screen (see
    /// [`crate::tui::room`]): the panel fills the fields of [`Focus`] it
    /// has. Called after every key, like drawing, from `&self`.
    fn focus(&self, _s: &Session, _focus: &mut Focus) {}

    /// While a field has focus: its label and what is typed (unless it is
    /// private), for the room's screen drawn over the open form.
    fn typing(&self) -> Option<crate::tui::room::Typing> {
        None
    }

    /// Draws a question or picker the panel has open (y/n over the budget,
    /// the group picker) in `area`, alone: the room's screen shows it over
    /// itself, since the facilitator answers it there. Forms are not drawn
    /// this way (they hold private fields): see [`Panel::typing`].
    fn draw_question(&self, _area: Rect, _buf: &mut Buffer, _ctx: &Ctx, _theme: &Theme) {}

    /// True while a text field has focus: it then takes every printable key,
    /// and global keys such as `q` or `u` do not fire.
    fn is_editing(&self) -> bool {
        false
    }

    /// Where a key goes while this panel is editing: to its focused field,
    /// or to a binding of its keymap. [`Panel::handle_key`] must act on the
    /// same answer (a form's `route` and `handle_key` are one code path).
    fn route(&self, key: &KeyEvent, s: &Session) -> Route {
        Route::lookup(&self.keymap(s), key)
    }

    /// A raw key while editing; return [`Effect::Unhandled`] to let the
    /// keymap have it.
    fn handle_key(&mut self, _key: &KeyEvent, _ctx: &Ctx) -> Effect {
        Effect::Unhandled
    }

    /// Pasted text (bracketed paste), while editing.
    fn handle_paste(&mut self, _text: &str, _ctx: &Ctx) -> Effect {
        Effect::None
    }

    /// A bound key's action.
    fn handle_action(&mut self, action: Action, ctx: &Ctx) -> Effect;

    /// Draws into `area`; returns where the text cursor goes, if a field has
    /// focus.
    fn draw(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx, theme: &Theme) -> Option<Position>;
}

/// The panel state of one open session.
#[derive(Default)]
pub struct Panels {
    pub prepare: prepare::PreparePanel,
    pub identify: identify::IdentifyPanel,
    pub rank: rank::RankPanel,
    pub plan: plan::PlanPanel,
    pub monitor: monitor::MonitorPanel,
    pub learn: learn::LearnPanel,
}

impl Panels {
    pub fn get(&self, stage: Stage) -> &dyn Panel {
        match stage {
            Stage::Prepare => &self.prepare,
            Stage::Identify => &self.identify,
            Stage::Rank => &self.rank,
            Stage::Plan => &self.plan,
            Stage::Monitor => &self.monitor,
            Stage::Learn => &self.learn,
        }
    }

    pub fn get_mut(&mut self, stage: Stage) -> &mut dyn Panel {
        match stage {
            Stage::Prepare => &mut self.prepare,
            Stage::Identify => &mut self.identify,
            Stage::Rank => &mut self.rank,
            Stage::Plan => &mut self.plan,
            Stage::Monitor => &mut self.monitor,
            Stage::Learn => &mut self.learn,
        }
    }

    /// What is under the cursor of the panel `stage`, for the room's screen.
    pub fn focus(&self, stage: Stage, s: &Session) -> Focus {
        let mut focus = Focus::default();
        self.get(stage).focus(s, &mut focus);
        focus
    }

    /// Tells every panel the session changed (see [`Panel::session_changed`]):
    /// a change made or undone in one panel can take away what another one
    /// has selected.
    pub fn session_changed(&mut self, s: &Session) {
        for stage in Stage::ALL {
            self.get_mut(stage).session_changed(s);
        }
    }

    /// The same after a change the editor made, undid or redid, when it
    /// says which (see [`Panel::change_made`]).
    pub fn change_made(&mut self, inverse: Option<&Change>, s: &Session) {
        for stage in Stage::ALL {
            let panel = self.get_mut(stage);
            match inverse {
                Some(inverse) => panel.change_made(inverse, s),
                None => panel.session_changed(s),
            }
        }
    }
}
