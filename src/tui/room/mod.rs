//! The room's screen: what the wall shows, made for a coarse grid (the
//! facilitator enlarges the font, so 48×14 to 80×24 cells is normal on a
//! projector) and for the back row: big numbers, whole titles, the leader
//! marked, and nothing the room should not see.
//!
//! It is a pure function of the session, the facilitator's [`Cue`] (panel,
//! what is under the cursor, blank, timer), the time and the size: the
//! facilitator's window draws it when `p` is on, and the audience window
//! (`baraza present`) draws it from the session file and the cue file alone.
//! One file per panel draws that panel's view.
//!
//! Never drawn here: context and conflict-analysis notes, risks, progress
//! notes, descriptions, causes and effects, the reasons given for scores
//! on the score card and the notes of replies in the follow-up ledger,
//! the problems a where-and-when mark is linked to, file paths, key hints
//! and the audit log. The status line shrinks to a small mark ([`Mark`]) the
//! facilitator can read from the laptop.

mod big;
mod entries;
mod identify;
mod learn;
mod ledger;
mod monitor;
mod pairwise;
mod plan;
mod prepare;
mod rank_criteria;
mod rank_dots;
mod rank_results;
mod rank_tie;
mod ranks;
mod rows;
mod score_card;
mod timer;
mod where_when;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::i18n::Lang;
use crate::model::room::{Cue, PanelView, RankScreen};
use crate::model::{Editor, RankMethod, Session, Stage, Timestamp};
use crate::tr;
use crate::tui::theme::Theme;

use ranks::Ranks;
pub use rows::clean;

/// The small mark in the bottom corner: is what the wall shows safe on disk
/// (the facilitator's window), or is it following the file (an audience
/// window)?
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Saved,
    Saving,
    NotSaved,
    /// Nothing changed since the session was opened.
    Unchanged,
    ReadOnly,
    /// An audience window showing the file as last read.
    Following,
    /// An audience window whose file could not be read just now: the view
    /// is the last good one, and reading is retried.
    Unreadable,
    /// An audience window refused a key.
    ShowsOnly,
}

impl Mark {
    fn text(self, lang: Lang) -> &'static str {
        match self {
            Mark::Saved => tr!(lang, "room-mark-saved"),
            Mark::Saving => tr!(lang, "room-mark-saving"),
            Mark::NotSaved => tr!(lang, "room-mark-not-saved"),
            Mark::Unchanged => "",
            Mark::ReadOnly => tr!(lang, "room-mark-read-only"),
            Mark::Following => tr!(lang, "room-mark-live"),
            Mark::Unreadable => tr!(lang, "room-mark-unreadable"),
            Mark::ShowsOnly => tr!(lang, "room-mark-shows-only"),
        }
    }

    fn style(self, theme: &Theme) -> ratatui::style::Style {
        match self {
            Mark::NotSaved | Mark::Unreadable => theme.status_error,
            _ => theme.muted,
        }
    }
}

/// What the room's screen is drawn from.
pub struct Room<'a> {
    pub session: &'a Session,
    pub cue: &'a Cue,
    pub now: Timestamp,
    pub mark: Mark,
    /// The language of the room: every word the wall shows is in it.
    pub lang: Lang,
}

impl Room<'_> {
    fn today(&self) -> chrono::NaiveDate {
        self.now.date_naive()
    }
}

/// What a panel's view drew: the heading for the top line and the page it
/// shows of a list that did not fit ("4–7 of 12").
struct Drawn {
    heading: String,
    page: String,
}

/// Draws the room's screen in `area`.
pub fn draw(area: Rect, buf: &mut Buffer, theme: &Theme, room: &Room) {
    draw_with(area, buf, theme, room, &Ranks::Fresh);
}

/// Draws the room's screen of `editor`'s session (`room.session`) in
/// `area`, with the rankings and tally the editor keeps for its revision:
/// what a window that draws at every frame uses.
pub fn draw_kept(area: Rect, buf: &mut Buffer, theme: &Theme, room: &Room, editor: &Editor) {
    draw_with(area, buf, theme, room, &Ranks::Kept(editor));
}

fn draw_with(area: Rect, buf: &mut Buffer, theme: &Theme, room: &Room, ranks: &Ranks) {
    buf.set_style(area, theme.base);
    if area.is_empty() {
        return;
    }
    if room.cue.blank {
        blank(area, buf, theme, room.session);
        return;
    }
    if area.width < 20 || area.height < 5 {
        // Too small for anything but a word to the facilitator.
        let text = tr!(
            room.lang,
            "room-too-small",
            width = area.width,
            height = area.height
        );
        let lines = rows::wrap(&text, area.width);
        rows::put_lines(buf, area, 0, &lines, theme.warning);
        return;
    }
    // The heading wraps to a second line when it must (it is never cut):
    // drawn once with one line for it, and again with more if that was short.
    // More rows where the screen has them: a long language's heading beside
    // the timer's alarm on a projector's 48 columns takes four.
    let most = match area.height {
        14.. => 4,
        12..14 => 3,
        _ => 2,
    };
    let mut heading_rows = 1;
    loop {
        let needed = frame(area, buf, theme, room, ranks, heading_rows);
        if needed <= heading_rows || heading_rows >= most {
            return;
        }
        buf.set_style(area, theme.base);
        for cell in buf.content.iter_mut() {
            cell.set_symbol(" ");
        }
        heading_rows = needed.min(most);
    }
}

/// Draws everything but a blank screen with `heading_rows` rows for the
/// heading; returns the rows the heading needed.
fn frame(
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    room: &Room,
    ranks: &Ranks,
    heading_rows: u16,
) -> u16 {
    let mut rest = area;
    let status = rows::take_bottom(&mut rest, 1);
    let band = timer::band_height(rest, room);
    let mut header = rows::take_top(&mut rest, band.max(heading_rows));
    // A blank line under the heading where there is room for it.
    if rest.height >= 12 {
        rows::take_top(&mut rest, 1);
    }
    // A column of air on each side: projectors cut the edges.
    let margin = u16::from(area.width >= 40) * 2;
    let body = Rect::new(
        rest.x + margin,
        rest.y,
        rest.width.saturating_sub(margin * 2),
        rest.height,
    );
    let drawn = panel(body, buf, theme, room, ranks);
    header.x += margin;
    header.width = header.width.saturating_sub(margin * 2);
    // The timer in its own band: a heading taller than it (a long
    // language) does not make its digits big.
    let clock = timer::draw(
        Rect {
            height: band.min(header.height),
            ..header
        },
        buf,
        theme,
        room,
    );
    let title_area = Rect::new(
        header.x,
        header.y,
        header.width.saturating_sub(clock),
        heading_rows.min(header.height),
    );
    let heading = rows::wrap(&drawn.heading, title_area.width);
    rows::put_lines(buf, title_area, 0, &heading, theme.heading);
    let mut status = Rect::new(
        status.x + margin,
        status.y,
        status.width.saturating_sub(margin * 2),
        1,
    );
    let mark = room.mark.text(room.lang);
    rows::put_right(buf, status, 0, mark, room.mark.style(theme));
    status.width = status
        .width
        .saturating_sub(crate::text::width(mark) as u16 + 2);
    rows::put(buf, status, 0, &drawn.page, theme.muted);
    heading.len() as u16
}

/// The one panel's view.
fn panel(area: Rect, buf: &mut Buffer, theme: &Theme, room: &Room, ranks: &Ranks) -> Drawn {
    let s = room.session;
    match room.cue.panel {
        Stage::Prepare => prepare::draw(area, buf, theme, room),
        Stage::Identify => match room.cue.focus.view {
            PanelView::WhereWhen => where_when::draw(area, buf, theme, room),
            _ => identify::draw(area, buf, theme, room),
        },
        Stage::Rank => match room.cue.focus.rank {
            RankScreen::Results => rank_results::draw(area, buf, theme, room, ranks),
            RankScreen::TieBreak => rank_tie::draw(area, buf, theme, room, ranks),
            RankScreen::ScoreCard => score_card::draw(area, buf, theme, room),
            RankScreen::Method => match s.ranking.method {
                RankMethod::Dots => rank_dots::draw(area, buf, theme, room, ranks),
                RankMethod::Pairwise => pairwise::draw(area, buf, theme, room),
                RankMethod::Criteria => rank_criteria::draw(area, buf, theme, room),
            },
        },
        Stage::Plan => plan::draw(area, buf, theme, room),
        Stage::Monitor => match room.cue.focus.view {
            PanelView::Ledger => ledger::draw(area, buf, theme, room),
            _ => monitor::draw(area, buf, theme, room),
        },
        Stage::Learn => learn::draw(area, buf, theme, room),
    }
}

/// Only the session's title, in the middle: for the moment a sensitive
/// matter comes up.
fn blank(area: Rect, buf: &mut Buffer, theme: &Theme, s: &Session) {
    let width = area.width.saturating_sub(4).max(1);
    let lines = rows::wrap(&s.title, width);
    let top = area.height.saturating_sub(lines.len() as u16) / 2;
    for (i, line) in lines.iter().enumerate() {
        let w = crate::text::width(line) as u16;
        let x = area.x + area.width.saturating_sub(w) / 2;
        let row = Rect::new(x, area.y, w.min(area.width), area.height);
        rows::put(buf, row, top + i as u16, line, theme.emphasis);
    }
}

/// A line saying there is nothing to show yet, in the body.
fn empty(area: Rect, buf: &mut Buffer, theme: &Theme, text: &str) {
    let lines = rows::wrap(text, area.width);
    rows::put_lines(buf, area, 0, &lines, theme.muted);
}

/// What is being typed in a form over the room's screen: the focused
/// field's label and, unless the field is private (notes, risks, progress,
/// descriptions), its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Typing {
    pub label: TypingLabel,
    pub text: Option<String>,
}

/// How the typing strip names the field being typed in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TypingLabel {
    /// A message of the catalogue ("Dots", "Why", "New problem"): the strip
    /// says it in the room's language, like the rest of the wall, whatever
    /// the facilitator's screen speaks.
    Message(&'static str),
    /// A form field's label as the open form shows it.
    Field(String),
}

impl TypingLabel {
    fn in_lang(&self, lang: Lang) -> &str {
        match self {
            TypingLabel::Message(id) => lang.t(id),
            TypingLabel::Field(label) => label,
        }
    }
}

/// A form is open over the room's screen: two lines at the bottom show
/// what is typed (or that it is private and only the facilitator's screen
/// shows it).
pub fn typing_strip(
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    lang: Lang,
    typing: Option<&Typing>,
) {
    if area.height < 3 {
        return;
    }
    let strip = Rect::new(area.x, area.bottom() - 3, area.width, 2);
    buf.set_style(strip, theme.input_focus);
    let line = match typing {
        Some(Typing {
            label,
            text: Some(text),
        }) => tr!(
            lang,
            "room-typing",
            label = label.in_lang(lang),
            text = text
        ),
        Some(Typing { label, text: None }) => {
            tr!(lang, "room-typing-private", label = label.in_lang(lang))
        }
        None => tr!(lang, "room-typing-form-open").to_string(),
    };
    let inner = Rect::new(strip.x + 1, strip.y, strip.width.saturating_sub(2), 2);
    let lines = rows::wrap(&line, inner.width);
    // The end of what is typed stays in view.
    let from = lines.len().saturating_sub(2);
    rows::put_lines(buf, inner, 0, &lines[from..], theme.input_focus);
}
