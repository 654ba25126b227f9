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

mod choosing;
mod criteria;
mod dots;
mod kept;
mod pairwise;
mod results;
mod score_card;
mod shared;
mod tie_break;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Position, Rect};

use super::{Ctx, Effect, Panel};
use crate::i18n::Lang;
use crate::model::room::{Focus, RankScreen};
use crate::model::{Change, Field, GroupId, RankMethod, Session};
use crate::tr;
use crate::tui::keymap::{Action, Keymap, Route};
use crate::tui::theme::Theme;
use choosing::{BOUNDARY_KEYS, BoundaryTie, GroupPicker, PICKER_KEYS, PickFor};
use shared::{draw_method_strip, take_top, who_name};

/// What fills the panel below the method strip.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum View {
    /// The session's method: dot chart, pairwise, or scoring grid.
    #[default]
    Method,
    Results,
    /// Breaking the tie at the shortlist boundary.
    TieBreak,
    /// The community score card.
    ScoreCard,
}

/// What the views share: which one is on screen, who decides pairs and
/// gives scores, whose ranking the results show — two different things,
/// kept apart so that looking is never deciding — and a question open over
/// the view.
#[derive(Default)]
struct Shared {
    view: View,
    /// Who decides pairs and gives scores: one group, or the whole room
    /// (`None`).
    decider: Option<GroupId>,
    /// Whose ranking the results show (`None`: the whole room's).
    viewed: Option<GroupId>,
    /// A question over the view: the group picker, or the shortlist's tie.
    overlay: Option<Overlay>,
}

/// What [`Shared::overlay`] can hold.
enum Overlay {
    Picker(GroupPicker),
    Boundary(BoundaryTie),
}

impl Shared {
    /// The decider, as the session is now (a group deleted by an undo is
    /// the whole room until the hook says so).
    fn decider(&self, s: &Session) -> Option<GroupId> {
        self.decider.filter(|g| s.group(*g).is_some())
    }

    fn viewed(&self, s: &Session) -> Option<GroupId> {
        self.viewed.filter(|g| s.group(*g).is_some())
    }

    /// Opens the group picker for `purpose`, on the choice after (or, with
    /// `back`, before) `current`.
    fn pick(
        &mut self,
        s: &Session,
        purpose: PickFor,
        current: Option<GroupId>,
        back: bool,
        l: Lang,
    ) -> Effect {
        if s.groups.is_empty() {
            return Effect::Info(tr!(l, "rank-no-groups-f1").into());
        }
        let room = matches!(purpose, PickFor::Decider | PickFor::Viewed);
        self.overlay = Some(Overlay::Picker(GroupPicker::new(
            s, purpose, room, current, back,
        )));
        Effect::None
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

    /// See [`Panel::typing`].
    fn typing(&self) -> Option<crate::tui::room::Typing> {
        None
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

    /// A question the view has open, alone (see [`Panel::draw_question`]).
    fn draw_question(&self, _area: Rect, _buf: &mut Buffer, _theme: &Theme, _lang: Lang) {}

    /// What is under the cursor, for the room's screen (see [`Panel::focus`]).
    fn focus(&self, _s: &Session, _shared: &Shared, _focus: &mut Focus) {}

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
    card: score_card::ScoreCardView,
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
            View::ScoreCard => &self.card,
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
            card,
        } = self;
        let view: &mut dyn RankView = match shared.view {
            View::Method => match s.ranking.method {
                RankMethod::Dots => dots,
                RankMethod::Pairwise => pairwise,
                RankMethod::Criteria => criteria,
            },
            View::Results => results,
            View::TieBreak => tie,
            View::ScoreCard => card,
        };
        (view, shared)
    }

    /// The next method, for the whole session; every input stays recorded.
    fn next_method(&mut self, s: &Session) -> Effect {
        let all = RankMethod::ALL;
        let i = all.iter().position(|m| *m == s.ranking.method).unwrap_or(0);
        let next = all[(i + 1) % all.len()];
        if !matches!(self.shared.view, View::Results | View::ScoreCard) {
            self.shared.view = View::Method;
        }
        Effect::Apply(Change::Set(Field::Method(next)))
    }
}

impl RankPanel {
    /// A key while the picker or the boundary question is open.
    fn overlay_action(&mut self, action: Action, ctx: &Ctx) -> Effect {
        let s = ctx.session;
        let Some(overlay) = &mut self.shared.overlay else {
            return Effect::Unhandled;
        };
        match overlay {
            Overlay::Picker(picker) => {
                if action == Action::Cancel {
                    self.shared.overlay = None;
                    return Effect::None;
                }
                let purpose = picker.purpose;
                let Some(choice) = picker.act(action) else {
                    return Effect::None;
                };
                self.shared.overlay = None;
                self.picked(s, purpose, choice, ctx.lang)
            }
            Overlay::Boundary(question) => {
                let with_all = question.with_all.clone();
                match action {
                    Action::BreakTie => {
                        self.shared.overlay = None;
                        self.tie.open(ctx, &mut self.shared)
                    }
                    Action::IncludeTied => {
                        self.shared.overlay = None;
                        shared::include_tied(s, with_all)
                    }
                    Action::Cancel => {
                        self.shared.overlay = None;
                        Effect::Info(tr!(ctx.lang, "rank-shortlist-left").into())
                    }
                    _ => Effect::None,
                }
            }
        }
    }

    /// A group picked: it becomes what it was picked for, and only that.
    fn picked(
        &mut self,
        s: &Session,
        purpose: PickFor,
        choice: Option<GroupId>,
        l: Lang,
    ) -> Effect {
        if choice.is_some_and(|g| s.group(g).is_none()) {
            return Effect::Warn(tr!(l, "rank-group-gone").into());
        }
        match (purpose, choice) {
            (PickFor::Voter, Some(g)) => {
                self.dots.set_voter(s, g);
                Effect::Info(tr!(
                    l,
                    "rank-voting",
                    group = s.group_name(g),
                    used = s.dots_used(g),
                    budget = s.dot_budget(g)
                ))
            }
            (PickFor::RunoffVoter, Some(g)) => {
                self.tie.set_voter(g);
                Effect::Info(tr!(l, "rank-runoff-voter", group = s.group_name(g)))
            }
            (PickFor::Decider, who) => {
                self.shared.decider = who;
                let who = who_name(s, who, l);
                Effect::Info(if s.ranking.method == RankMethod::Criteria {
                    tr!(l, "rank-scoring-who", who = who)
                } else {
                    tr!(l, "rank-deciding-who", who = who)
                })
            }
            (PickFor::Viewed, who) => {
                self.shared.viewed = who;
                match who {
                    Some(g) => Effect::Info(tr!(l, "rank-looking-at", group = s.group_name(g))),
                    None => Effect::Info(tr!(l, "rank-looking-at-room").into()),
                }
            }
            _ => Effect::None,
        }
    }
}

impl RankPanel {
    /// What the views share, after any change.
    fn shared_changed(&mut self, s: &Session) {
        // An undo can take away the group deciding: the whole room decides.
        self.shared.decider = self.shared.decider(s);
        self.shared.viewed = self.shared.viewed(s);
        // A question about the shortlist's tie asked before the change is
        // no longer the question.
        if matches!(self.shared.overlay, Some(Overlay::Boundary(_))) {
            self.shared.overlay = None;
        }
        // A group picker left open while the groups changed (one deleted in
        // Prepare) offers what is no longer there: it closes, and `g` opens
        // it again on the groups as they are.
        if let Some(Overlay::Picker(p)) = &self.shared.overlay
            && !p.fits(s)
        {
            self.shared.overlay = None;
        }
    }

    /// Every view but dot voting's (the one that follows a change).
    fn views_changed(&mut self, s: &Session) {
        self.pairwise.session_changed(s);
        self.criteria.session_changed(s);
        self.tie.session_changed(s);
        self.card.session_changed(s);
    }
}

impl Panel for RankPanel {
    fn focus(&self, s: &Session, focus: &mut Focus) {
        focus.rank = match self.shared.view {
            View::Method => RankScreen::Method,
            View::Results => RankScreen::Results,
            View::TieBreak => RankScreen::TieBreak,
            View::ScoreCard => RankScreen::ScoreCard,
        };
        // Whose ranking the results show; who decides pairs and scores.
        focus.who = match self.shared.view {
            View::Results => self.shared.viewed(s),
            _ => self.shared.decider(s),
        };
        self.active(s).focus(s, &self.shared, focus);
    }

    fn session_changed(&mut self, s: &Session) {
        self.shared_changed(s);
        self.dots.session_changed(s);
        self.views_changed(s);
    }

    fn change_made(&mut self, inverse: &Change, s: &Session) {
        self.shared_changed(s);
        self.dots.change_made(inverse, s);
        self.views_changed(s);
    }

    fn keymap(&self, s: &Session) -> Keymap {
        match &self.shared.overlay {
            Some(Overlay::Picker(_)) => PICKER_KEYS,
            Some(Overlay::Boundary(_)) => BOUNDARY_KEYS,
            None => self.active(s).keymap(s),
        }
    }

    fn all_keymaps(&self) -> Vec<Keymap> {
        let views: [&dyn RankView; 6] = [
            &self.dots,
            &self.pairwise,
            &self.criteria,
            &self.results,
            &self.tie,
            &self.card,
        ];
        let mut maps: Vec<Keymap> = views.iter().flat_map(|v| v.keymaps()).collect();
        maps.extend([PICKER_KEYS, BOUNDARY_KEYS]);
        maps
    }

    fn typing(&self) -> Option<crate::tui::room::Typing> {
        [
            self.dots.typing(),
            self.pairwise.typing(),
            self.criteria.typing(),
            self.tie.typing(),
            self.card.typing(),
        ]
        .into_iter()
        .flatten()
        .next()
    }

    fn is_editing(&self) -> bool {
        // Only the view on screen can have a field open: keys go to it.
        [
            self.pairwise.is_editing(),
            self.criteria.is_editing(),
            self.tie.is_editing(),
            self.card.is_editing(),
        ]
        .contains(&true)
    }

    fn route(&self, key: &KeyEvent, s: &Session) -> Route {
        if self.shared.overlay.is_some() {
            return Route::lookup(&self.keymap(s), key);
        }
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
        if self.shared.overlay.is_some() {
            return self.overlay_action(action, ctx);
        }
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
            Action::BreakTie => return self.tie.open(ctx, &mut self.shared),
            Action::ShowScoreCard => {
                self.shared.view = if self.shared.view == View::ScoreCard {
                    View::Method
                } else {
                    View::ScoreCard
                };
                return Effect::None;
            }
            // Looking at one group's results never changes who decides.
            Action::NextGroup | Action::PrevGroup if self.shared.view == View::Results => {
                let current = self.shared.viewed(s);
                return self.shared.pick(
                    s,
                    PickFor::Viewed,
                    current,
                    action == Action::PrevGroup,
                    ctx.lang,
                );
            }
            _ => {}
        }
        let (view, shared) = self.active_mut(s);
        view.handle_action(action, ctx, shared)
    }

    fn draw_question(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx, theme: &Theme) {
        match &self.shared.overlay {
            Some(Overlay::Picker(picker)) => picker.draw(area, buf, ctx.session, theme, ctx.lang),
            Some(Overlay::Boundary(question)) => {
                question.draw(area, buf, ctx.session, theme, ctx.lang)
            }
            None => self
                .active(ctx.session)
                .draw_question(area, buf, theme, ctx.lang),
        }
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
        // The score card is not a ranking of problems: no method strip.
        if self.shared.view != View::ScoreCard {
            let strip = take_top(&mut body, 1);
            let results = self.shared.view == View::Results;
            draw_method_strip(strip, buf, ctx, results, theme);
        }
        let cursor = self
            .active(ctx.session)
            .draw(body, area, buf, ctx, &self.shared, theme);
        match &self.shared.overlay {
            Some(Overlay::Picker(picker)) => {
                picker.draw(body, buf, ctx.session, theme, ctx.lang);
                None
            }
            Some(Overlay::Boundary(question)) => {
                question.draw(body, buf, ctx.session, theme, ctx.lang);
                None
            }
            None => cursor,
        }
    }
}
