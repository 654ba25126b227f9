//! The Rank panel: the room puts its problems in order.
//!
//! The facilitator picks one of three methods for the session (`M` cycles
//! them; switching loses nothing, since every method's inputs are kept):
//! - dot voting ([`dots`]): `+`/`-` record dots per group, a live stacked chart;
//! - pairwise ranking ([`pairwise`]): one pair at a time, large, the room
//!   says which matters more and why; a matrix as drawn on flip-chart paper;
//! - criteria scoring ([`criteria`]): a grid of 1–5 scores on weighted criteria.
//!
//! Pairs and scores are recorded for the whole room or for one group (`g`).
//! [`results`] (`r`) shows any method's overall ranking as a chart beside
//! each group's ranks, disagreements marked; [`tie_break`] (`b`) breaks a tie
//! that the shortlist boundary cuts through, and records how.
//!
//! Each of these views is a component like the panels ([`RankView`]): its
//! own state, keymap, key handling and drawing. The panel only routes to the
//! view on screen and keeps what the views share ([`Shared`]: whose ranking,
//! and which view). Every view draws from the session and the maths in
//! [`crate::model::ranking`].

mod criteria;
mod dots;
mod pairwise;
mod results;
mod shared;
mod tie_break;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Position, Rect};

use super::{Ctx, Effect, Panel};
use crate::model::{Change, Field, GroupId, RankMethod, Session};
use crate::tui::keymap::{Action, Keymap, Route};
use crate::tui::theme::Theme;
use shared::{draw_method_strip, take_top};

/// What fills the panel below the method strip.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum View {
    /// The session's method: dot chart, pairwise, or scoring grid.
    #[default]
    Method,
    Results,
    /// Breaking the tie at the shortlist boundary.
    TieBreak,
}

/// What the views share: which one is on screen, and who decides pairs,
/// gives scores and whose ranking the results chart.
#[derive(Clone, Copy, Debug, Default)]
struct Shared {
    view: View,
    /// One group, or the whole room (`None`).
    who: Option<GroupId>,
}

impl Shared {
    /// The next one of "whole room, then each group" for pairs, scores and
    /// the results chart.
    fn next_who(&mut self, s: &Session, forward: bool) -> Option<GroupId> {
        let mut order: Vec<Option<GroupId>> = vec![None];
        order.extend(s.groups.iter().map(|g| Some(g.id)));
        let i = order.iter().position(|w| *w == self.who).unwrap_or(0);
        let n = order.len();
        self.who = order[if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        }];
        self.who
    }

    /// Whose ranking, as the session is now (a group deleted by an undo is
    /// the whole room until the hook says so).
    fn who(&self, s: &Session) -> Option<GroupId> {
        self.who.filter(|g| s.group(*g).is_some())
    }
}

/// One view of Rank, built like a panel: the keys in force, what they do,
/// what it draws. Drawing takes `&self`.
trait RankView {
    fn keymap(&self, s: &Session) -> Keymap;

    /// Every keymap the view can show, for the help overlay.
    fn keymaps(&self) -> Vec<Keymap>;

    /// A text field of the view has focus.
    fn is_editing(&self) -> bool {
        false
    }

    /// Where a key goes while editing (see [`Panel::route`]).
    fn route(&self, key: &KeyEvent, s: &Session) -> Route {
        Route::lookup(&self.keymap(s), key)
    }

    /// A raw key while editing.
    fn handle_key(&mut self, _key: &KeyEvent, _ctx: &Ctx, _shared: &mut Shared) -> Effect {
        Effect::Unhandled
    }

    fn handle_paste(&mut self, _text: &str) {}

    fn handle_action(&mut self, action: Action, ctx: &Ctx, shared: &mut Shared) -> Effect;

    /// See [`Panel::session_changed`].
    fn session_changed(&mut self, _s: &Session) {}

    /// Draws the view in `body`; a form goes over the whole `panel`.
    fn draw(
        &self,
        body: Rect,
        panel: Rect,
        buf: &mut Buffer,
        ctx: &Ctx,
        shared: &Shared,
        theme: &Theme,
    ) -> Option<Position>;
}

#[derive(Default)]
pub struct RankPanel {
    shared: Shared,
    dots: dots::Dots,
    pairwise: pairwise::Pairwise,
    criteria: criteria::Criteria,
    results: results::Results,
    tie: tie_break::TieBreak,
}

impl RankPanel {
    /// The view on screen.
    fn active(&self, s: &Session) -> &dyn RankView {
        match self.shared.view {
            View::Method => match s.ranking.method {
                RankMethod::Dots => &self.dots,
                RankMethod::Pairwise => &self.pairwise,
                RankMethod::Criteria => &self.criteria,
            },
            View::Results => &self.results,
            View::TieBreak => &self.tie,
        }
    }

    /// The view on screen, and what the views share.
    fn active_mut(&mut self, s: &Session) -> (&mut dyn RankView, &mut Shared) {
        let RankPanel {
            shared,
            dots,
            pairwise,
            criteria,
            results,
            tie,
        } = self;
        let view: &mut dyn RankView = match shared.view {
            View::Method => match s.ranking.method {
                RankMethod::Dots => dots,
                RankMethod::Pairwise => pairwise,
                RankMethod::Criteria => criteria,
            },
            View::Results => results,
            View::TieBreak => tie,
        };
        (view, shared)
    }

    /// The next method, for the whole session; every input stays recorded.
    fn next_method(&mut self, s: &Session) -> Effect {
        let all = RankMethod::ALL;
        let i = all.iter().position(|m| *m == s.ranking.method).unwrap_or(0);
        let next = all[(i + 1) % all.len()];
        if self.shared.view != View::Results {
            self.shared.view = View::Method;
        }
        Effect::Apply(Change::Set(Field::Method(next)))
    }
}

impl Panel for RankPanel {
    fn session_changed(&mut self, s: &Session) {
        // An undo can take away the group deciding: the whole room decides.
        self.shared.who = self.shared.who(s);
        self.dots.session_changed(s);
        self.pairwise.session_changed(s);
        self.criteria.session_changed(s);
        self.tie.session_changed(s);
    }

    fn keymap(&self, s: &Session) -> Keymap {
        self.active(s).keymap(s)
    }

    fn all_keymaps(&self) -> Vec<Keymap> {
        let views: [&dyn RankView; 5] = [
            &self.dots,
            &self.pairwise,
            &self.criteria,
            &self.results,
            &self.tie,
        ];
        views.iter().flat_map(|v| v.keymaps()).collect()
    }

    fn is_editing(&self) -> bool {
        // Only the view on screen can have a field open: keys go to it.
        [
            self.pairwise.is_editing(),
            self.criteria.is_editing(),
            self.tie.is_editing(),
        ]
        .contains(&true)
    }

    fn route(&self, key: &KeyEvent, s: &Session) -> Route {
        self.active(s).route(key, s)
    }

    fn handle_key(&mut self, key: &KeyEvent, ctx: &Ctx) -> Effect {
        let (view, shared) = self.active_mut(ctx.session);
        view.handle_key(key, ctx, shared)
    }

    fn handle_paste(&mut self, pasted: &str, ctx: &Ctx) -> Effect {
        self.active_mut(ctx.session).0.handle_paste(pasted);
        Effect::None
    }

    fn handle_action(&mut self, action: Action, ctx: &Ctx) -> Effect {
        let s = ctx.session;
        match action {
            Action::NextMethod => return self.next_method(s),
            Action::ShowResults => {
                self.shared.view = if self.shared.view == View::Results {
                    View::Method
                } else {
                    View::Results
                };
                return Effect::None;
            }
            Action::BreakTie => return self.tie.open(s, &mut self.shared),
            _ => {}
        }
        let (view, shared) = self.active_mut(s);
        view.handle_action(action, ctx, shared)
    }

    fn draw(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx, theme: &Theme) -> Option<Position> {
        // A column of air on each side keeps text off the projector's edge.
        let mut body = Rect::new(
            area.x + 1.min(area.width),
            area.y,
            area.width.saturating_sub(2),
            area.height,
        );
        if body.is_empty() {
            return None;
        }
        let strip = take_top(&mut body, 1);
        let results = self.shared.view == View::Results;
        draw_method_strip(strip, buf, ctx, results, theme);
        let shared = Shared {
            who: self.shared.who(ctx.session),
            ..self.shared
        };
        self.active(ctx.session)
            .draw(body, area, buf, ctx, &shared, theme)
    }
}
