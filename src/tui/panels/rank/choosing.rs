//! Questions Rank asks over whichever view is on screen: which group (the
//! group picker, `g`), and what to do when the shortlist would cut a tie.
//!
//! The picker is one for every view, but it always says what it chooses
//! for — whose dots are counted, who decides pairs or gives scores, whose
//! ranking the results show — because those are different things: looking
//! at the youth's results must never make the youth the group deciding the
//! next pair. Each is kept apart in [`super::Shared`] or in its view.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::KeyCode;
use ratatui::layout::Rect;

use crate::i18n::Lang;
use crate::model::{GroupId, ProblemId, Session};
use crate::text;
use crate::tr;
use crate::tui::chrome;
use crate::tui::keymap::{Action, DOWN, FIRST, Key, Keymap, LAST, PAGE_DOWN, PAGE_UP, UP, bind};
use crate::tui::theme::Theme;
use crate::tui::widgets::list::Selection;
use crate::tui::widgets::put;

/// What a group is picked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum PickFor {
    /// Whose dots `+`, `-` and typed tallies record.
    Voter,
    /// Whose run-off dots are counted.
    RunoffVoter,
    /// Who decides pairs (pairwise) and gives scores (criteria).
    Decider,
    /// Whose ranking the results show: looking only, never deciding.
    Viewed,
}

impl PickFor {
    /// The question the picker asks.
    fn question(self, l: Lang) -> &'static str {
        match self {
            PickFor::Voter => tr!(l, "rank-pick-voter"),
            PickFor::RunoffVoter => tr!(l, "rank-pick-runoff-voter"),
            PickFor::Decider => tr!(l, "rank-pick-decider"),
            PickFor::Viewed => tr!(l, "rank-pick-viewed"),
        }
    }
}

/// The group picker: the groups numbered from 1 (the whole room is 0 when
/// it can be chosen), the one the next `g` used to go to under the cursor,
/// so `g` `Enter` moves on and `g` `4` takes the fourth group.
pub(super) struct GroupPicker {
    pub(super) purpose: PickFor,
    /// The choices: `None` is the whole room.
    options: Vec<Option<GroupId>>,
    cursor: Selection<Option<GroupId>>,
}

impl GroupPicker {
    /// Whether every group it offers is still in the session (one deleted
    /// in Prepare, or undone, while it stayed open, is not).
    pub(super) fn fits(&self, s: &Session) -> bool {
        self.options.iter().flatten().all(|g| s.group(*g).is_some())
            && s.groups.len() == self.options.iter().flatten().count()
    }

    /// Opens on the choice after `current` (before it when `back`).
    pub(super) fn new(
        s: &Session,
        purpose: PickFor,
        room: bool,
        current: Option<GroupId>,
        back: bool,
    ) -> GroupPicker {
        let mut options: Vec<Option<GroupId>> = Vec::new();
        if room {
            options.push(None);
        }
        options.extend(s.groups.iter().map(|g| Some(g.id)));
        let mut cursor = Selection::default();
        let n = options.len().max(1);
        let at = options.iter().position(|o| *o == current).unwrap_or(0);
        let next = if back { (at + n - 1) % n } else { (at + 1) % n };
        cursor.select_at(&options, next);
        GroupPicker {
            purpose,
            options,
            cursor,
        }
    }

    /// Whether the whole room is one of the choices (it is then 0).
    fn room(&self) -> bool {
        self.options.first() == Some(&None)
    }

    /// A picker key: moves, or returns the choice made (`Some(choice)`).
    pub(super) fn act(&mut self, action: Action) -> Option<Option<GroupId>> {
        if self.cursor.navigate(&self.options, action) {
            return None;
        }
        match action {
            Action::Choose(n) => {
                let i = if self.room() { n } else { n.checked_sub(1)? };
                self.options.get(i).copied()
            }
            Action::Submit => self.cursor.key(&self.options),
            _ => None,
        }
    }

    pub(super) fn draw(&self, area: Rect, buf: &mut Buffer, s: &Session, theme: &Theme, l: Lang) {
        let width = area.width.saturating_sub(4).min(64);
        let inner_w = width.saturating_sub(4).max(1) as usize;
        // Every name whole: a long one wraps under its number.
        let mut rows: Vec<(String, bool)> = Vec::new();
        let selected = self.cursor.index(&self.options);
        let first = usize::from(!self.room());
        for (i, option) in self.options.iter().enumerate() {
            let name = match option {
                Some(g) => describe_group(s, *g, self.purpose, l),
                None => tr!(l, "rank-pick-room").to_string(),
            };
            let number = i + first;
            let lead = if number <= 9 {
                format!("{number}  ")
            } else {
                "   ".to_string()
            };
            let lines = text::wrap(&name, inner_w.saturating_sub(5).max(1));
            for (k, l) in lines.iter().enumerate() {
                let piece = name[l.range.clone()].trim_end();
                let marker = if k == 0 && selected == Some(i) {
                    "▶ "
                } else {
                    "  "
                };
                let lead = if k == 0 { lead.as_str() } else { "   " };
                rows.push((format!("{marker}{lead}{piece}"), selected == Some(i)));
            }
        }
        let height = (rows.len() as u16 + 4).min(area.height);
        let inner = chrome::popup(
            area,
            buf,
            theme,
            (width, height),
            theme.border_focus,
            self.purpose.question(l),
        );
        if inner.height == 0 {
            return;
        }
        let room = inner.height.saturating_sub(2) as usize;
        // Keep the choice under the cursor in view.
        let focus_row = rows.iter().position(|(_, sel)| *sel).unwrap_or(0);
        let skip = focus_row.saturating_sub(room.saturating_sub(1));
        for (k, (line, sel)) in rows.iter().skip(skip).take(room).enumerate() {
            let style = if *sel { theme.selected } else { theme.base };
            put(
                buf,
                inner.x + 1,
                inner.y + k as u16,
                line,
                inner.width.saturating_sub(1),
                style,
            );
        }
        let keys = tr!(l, "rank-pick-keys", first = usize::from(!self.room()));
        put(
            buf,
            inner.x + 1,
            inner.bottom() - 1,
            &keys,
            inner.width.saturating_sub(1),
            theme.muted,
        );
    }
}

/// "Women — 23 of 42 dots" for the voter, the name alone otherwise.
fn describe_group(s: &Session, g: GroupId, purpose: PickFor, l: Lang) -> String {
    let name = s.group_name(g);
    match purpose {
        PickFor::Voter => tr!(
            l,
            "rank-pick-voter-group",
            group = name,
            used = s.dots_used(g),
            budget = s.dot_budget(g)
        ),
        _ => name.to_string(),
    }
}

pub(super) const PICKER_KEYS: Keymap = Keymap {
    title: "Rank: choosing a group",
    bindings: &[
        bind(
            &[Key::char('1')],
            Action::Choose(1),
            "pick",
            "pick the group with this number (0: the whole room, where it can decide)",
        )
        .listed_as("0-9"),
        bind(&[Key::char('2')], Action::Choose(2), "2", "group 2").unlisted(),
        bind(&[Key::char('3')], Action::Choose(3), "3", "group 3").unlisted(),
        bind(&[Key::char('4')], Action::Choose(4), "4", "group 4").unlisted(),
        bind(&[Key::char('5')], Action::Choose(5), "5", "group 5").unlisted(),
        bind(&[Key::char('6')], Action::Choose(6), "6", "group 6").unlisted(),
        bind(&[Key::char('7')], Action::Choose(7), "7", "group 7").unlisted(),
        bind(&[Key::char('8')], Action::Choose(8), "8", "group 8").unlisted(),
        bind(&[Key::char('9')], Action::Choose(9), "9", "group 9").unlisted(),
        bind(
            &[Key::char('0')],
            Action::Choose(0),
            "room",
            "the whole room",
        )
        .unlisted(),
        UP,
        DOWN,
        bind(&[Key::char('g')], Action::Down, "next", "the next one").help_only(),
        bind(&[Key::char('G')], Action::Up, "previous", "the one before").help_only(),
        bind(
            &[Key::code(KeyCode::Enter)],
            Action::Submit,
            "pick",
            "pick the one under the cursor",
        ),
        bind(
            &[Key::code(KeyCode::Esc)],
            Action::Cancel,
            "cancel",
            "keep the group as it was",
        ),
        PAGE_UP,
        PAGE_DOWN,
        FIRST,
        LAST,
    ],
};

/// The question `s` asks when the top N would cut a tie: the shared rank
/// and every problem sharing it.
pub(super) struct BoundaryTie {
    pub(super) rank: usize,
    pub(super) tied: Vec<ProblemId>,
    /// The problems the shortlist takes with every tied one included.
    pub(super) with_all: Vec<ProblemId>,
}

pub(super) const BOUNDARY_KEYS: Keymap = Keymap {
    title: "Rank: a tie at the shortlist boundary",
    bindings: &[
        bind(
            &[Key::char('b')],
            Action::BreakTie,
            "break it now",
            "break the tie now: run-off, head-to-head or a decision",
        )
        .editing(),
        bind(
            &[Key::char('a')],
            Action::IncludeTied,
            "include all tied",
            "take every tied problem onto the shortlist (it grows by the tie)",
        )
        .editing(),
        bind(
            &[Key::code(KeyCode::Esc), Key::char('n')],
            Action::Cancel,
            "leave",
            "leave the shortlist as it is",
        ),
    ],
};

impl BoundaryTie {
    pub(super) fn draw(&self, area: Rect, buf: &mut Buffer, s: &Session, theme: &Theme, l: Lang) {
        let n = s.ranking.shortlist_size;
        let titles: Vec<crate::i18n::Arg> = self
            .tied
            .iter()
            .map(|p| format!("«{}»", s.problem_title(*p)).into())
            .collect();
        let question = tr!(
            l,
            "rank-boundary-question",
            n = n,
            titles = titles,
            rank = self.rank,
            tied = self.tied.len(),
            size = self.with_all.len()
        );
        let width = area.width.saturating_sub(4).min(70);
        let inner_w = width.saturating_sub(4).max(1) as usize;
        let lines = text::wrap(&question, inner_w);
        let inner = chrome::popup(
            area,
            buf,
            theme,
            (width, lines.len() as u16 + 2),
            theme.warning,
            tr!(l, "rank-boundary-title"),
        );
        for (k, l) in lines.iter().take(inner.height as usize).enumerate() {
            put(
                buf,
                inner.x + 1,
                inner.y + k as u16,
                question[l.range.clone()].trim_end(),
                inner.width.saturating_sub(1),
                theme.base,
            );
        }
    }
}
