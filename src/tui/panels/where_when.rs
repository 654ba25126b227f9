//! Where and when insecurity happens, a view of Identify (`w`): the room
//! names the places (no coordinates: a name the room agrees on is enough to
//! plan a patrol or a light, and a map of points is a map of people), and
//! each group marks 0–3 how unsafe each is at each time of day — or, with
//! `m`, in each month for the seasonal calendar — as beans on a chart.
//!
//! The grid of the group marking (`g` picks it) and the whole room's grid
//! are side by side, over the same places. A digit marks the cell under the
//! cursor and moves on to the next time; `Enter` opens the mark with the
//! problems it is linked to. Every mark is a `Change`: undoable, audited.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Position, Rect};

use super::named::{self, NameList};
use super::{Confirm, Ctx, Effect};
use crate::i18n::Lang;
use crate::model::room::{Focus, PanelView};
use crate::model::rules::Broken;
use crate::model::where_when::{Clock, TimeBand, level_text};
use crate::model::{Change, GroupId, PlaceId, ProblemId, Session, edits, rules};
use crate::text;
use crate::tr;
use crate::tui::form::{Choice, Field, FieldId, Form, FormHost, Multi, Text};
use crate::tui::keymap::{
    Action, DOWN, FIRST, Key, Keymap, LAST, PAGE_DOWN, PAGE_UP, Route, UP, bind,
};
use crate::tui::theme::Theme;
use crate::tui::widgets::heat_map::HeatMap;
use crate::tui::widgets::list::{Selection, range_label_in};
use crate::tui::widgets::put;

/// What a mark (0–3) means, as the room hears it ("unsafe"), in `l`.
pub fn level_word(l: Lang, level: u8) -> String {
    tr!(l, "ww-level", level = level.min(rules::MAX_INTENSITY))
}

/// A time band's name ("morning", "Aug") in `l`.
pub fn band_label(l: Lang, band: TimeBand) -> String {
    l.msg(&band.msg("ww-band"))
}

/// When, as a sentence says it ("in the morning", "at night"), in `l`.
pub fn band_when(l: Lang, band: TimeBand) -> String {
    l.msg(&band.msg("ww-when"))
}

/// The grid: its cursor, the group marking, the view of time, the form.
#[derive(Default)]
pub struct GridView {
    row: Selection<PlaceId>,
    col: usize,
    group: Option<GroupId>,
    clock: Clock,
    form: FormHost<GridForm>,
}

enum GridForm {
    Place {
        id: Option<PlaceId>,
        name: FieldId<Text>,
    },
    Mark {
        place: PlaceId,
        band: TimeBand,
        group: GroupId,
        problems_shown: Vec<ProblemId>,
        level: FieldId<Choice>,
        problems: FieldId<Multi>,
    },
}

pub const KEYS: Keymap = Keymap {
    title: "Identify: where and when",
    bindings: &[
        UP.shown_as("↑↓←→"),
        DOWN,
        bind(
            &[Key::code(KeyCode::Left), Key::char('h')],
            Action::CellLeft,
            "left",
            "the time before",
        )
        .help_only(),
        bind(
            &[Key::code(KeyCode::Right), Key::char('l')],
            Action::CellRight,
            "right",
            "the time after",
        )
        .help_only(),
        bind(
            &[Key::char('0')],
            Action::Score(0),
            "mark",
            "mark the cell for the group: 0 safe, 1 a little, 2 unsafe, 3 very unsafe; on to the next time",
        )
        .editing()
        .listed_as("0-3"),
        bind(&[Key::char('1')], Action::Score(1), "1", "mark 1")
            .editing()
            .unlisted(),
        bind(&[Key::char('2')], Action::Score(2), "2", "mark 2")
            .editing()
            .unlisted(),
        bind(&[Key::char('3')], Action::Score(3), "3", "mark 3")
            .editing()
            .unlisted(),
        bind(
            &[Key::char('g')],
            Action::NextGroup,
            "group",
            "the next group marking (its grid is on the left, the whole room's beside it)",
        ),
        bind(
            &[Key::char('G')],
            Action::PrevGroup,
            "previous group",
            "the group before marking",
        )
        .help_only(),
        bind(
            &[Key::char('a')],
            Action::Add,
            "place",
            "add a place, named as the room names it (no addresses, no coordinates)",
        )
        .editing(),
        bind(
            &[Key::char('m')],
            Action::ToggleClock,
            "months",
            "times of day, or the months of the seasonal calendar",
        ),
        bind(
            &[Key::code(KeyCode::Enter), Key::char('e')],
            Action::Edit,
            "problems",
            "the mark of the cell with the problems that happen there then",
        )
        .editing()
        .shown_as("Enter"),
        bind(
            &[Key::char('w'), Key::code(KeyCode::Esc)],
            Action::ShowWhereWhen,
            "back",
            "back to the problems",
        ),
        bind(
            &[Key::code(KeyCode::Delete), Key::code(KeyCode::Backspace)],
            Action::ClearScore,
            "clear",
            "clear the group's mark of the cell",
        )
        .editing()
        .help_only(),
        bind(
            &[Key::char('i')],
            Action::Rename,
            "rename",
            "rename the place of this row",
        )
        .editing()
        .help_only(),
        bind(
            &[Key::char('d')],
            Action::Delete,
            "delete",
            "delete the place of this row with its marks (asks first)",
        )
        .editing()
        .help_only(),
        PAGE_UP,
        PAGE_DOWN,
        FIRST,
        LAST,
    ],
};

fn rows(s: &Session) -> Vec<PlaceId> {
    s.where_when.places.iter().map(|p| p.id).collect()
}

impl GridView {
    pub fn keymap(&self) -> Keymap {
        self.form.keymap().unwrap_or(KEYS)
    }

    pub fn is_editing(&self) -> bool {
        self.form.is_open()
    }

    pub fn route(&self, key: &KeyEvent) -> Route {
        self.form
            .route(key)
            .unwrap_or_else(|| Route::lookup(&self.keymap(), key))
    }

    pub fn handle_key(&mut self, key: &KeyEvent, ctx: &Ctx) -> Effect {
        let row = &mut self.row;
        self.form
            .handle_key(key, Effect::None, |f, form| submit(f, form, ctx, row))
            .unwrap_or(Effect::Unhandled)
    }

    pub fn handle_paste(&mut self, text: &str) {
        self.form.paste(text);
    }

    pub fn session_changed(&mut self, s: &Session) {
        self.row.anchor(&rows(s));
        if self.group.is_some_and(|g| s.group(g).is_none()) {
            self.group = None;
        }
    }

    /// The group marking: the one picked, else the first of the room.
    pub fn group(&self, s: &Session) -> Option<GroupId> {
        self.group
            .filter(|g| s.group(*g).is_some())
            .or_else(|| s.groups.first().map(|g| g.id))
    }

    pub fn clock(&self) -> Clock {
        self.clock
    }

    /// See [`crate::tui::panels::Panel::typing`].
    pub fn typing(&self) -> Option<crate::tui::room::Typing> {
        self.form.typing()
    }

    /// The grid, the group marking and the cell under the cursor, for the
    /// room's screen.
    pub fn focus(&self, s: &Session, focus: &mut Focus) {
        focus.view = PanelView::WhereWhen;
        focus.group = self.group(s);
        let bands = self.clock.bands();
        focus.band = Some(bands[self.col.min(bands.len() - 1)]);
        focus.place = self.row.key(&rows(s));
    }

    /// The place and time under the cursor.
    fn cell(&self, s: &Session) -> Option<(PlaceId, TimeBand)> {
        let place = self.row.key(&rows(s))?;
        let bands = self.clock.bands();
        Some((place, bands[self.col.min(bands.len() - 1)]))
    }

    pub fn handle_action(&mut self, action: Action, ctx: &Ctx) -> Effect {
        let s = ctx.session;
        match action {
            Action::Add => return self.open_place(s, None, ctx.lang),
            Action::ToggleClock => {
                self.clock = self.clock.other();
                self.col = self.col.min(self.clock.bands().len() - 1);
                let clock = ctx.lang.t(self.clock.msg_id());
                return Effect::Info(tr!(ctx.lang, "ww-showing", clock = clock));
            }
            Action::NextGroup | Action::PrevGroup => {
                if s.groups.is_empty() {
                    return Effect::Info(tr!(ctx.lang, "ww-no-groups").into());
                }
                let ids = s.group_ids();
                let at = self
                    .group(s)
                    .and_then(|g| ids.iter().position(|x| *x == g))
                    .unwrap_or(0);
                let n = ids.len();
                let next = if action == Action::NextGroup {
                    (at + 1) % n
                } else {
                    (at + n - 1) % n
                };
                self.group = Some(ids[next]);
                return Effect::Info(tr!(ctx.lang, "ww-marking", group = s.group_name(ids[next])));
            }
            _ => {}
        }
        let ids = rows(s);
        if ids.is_empty() {
            return Effect::Info(tr!(ctx.lang, "ww-no-places").into());
        }
        if self.row.navigate(&ids, action) {
            return Effect::None;
        }
        let last = self.clock.bands().len() - 1;
        match action {
            Action::CellLeft => {
                self.col = self.col.saturating_sub(1);
                return Effect::None;
            }
            Action::CellRight => {
                self.col = (self.col + 1).min(last);
                return Effect::None;
            }
            _ => {}
        }
        let Some((place, band)) = self.cell(s) else {
            return Effect::None;
        };
        let name = s.where_when.place_name(place).to_string();
        match action {
            Action::Rename => return self.open_place(s, Some(place), ctx.lang),
            Action::Delete => {
                let n = s
                    .where_when
                    .marks
                    .iter()
                    .filter(|m| m.place == place)
                    .count();
                let Some(change) = edits::remove_place(s, place) else {
                    return Effect::None;
                };
                return Effect::Confirm(Confirm {
                    question: tr!(ctx.lang, "ww-ask-delete", name = &name, marks = n),
                    change,
                });
            }
            _ => {}
        }
        let Some(group) = self.group(s) else {
            return Effect::Info(tr!(ctx.lang, "ww-no-groups").into());
        };
        match action {
            Action::Score(level) => {
                // On to the next time, then the next place.
                let r = self.row.index(&ids).unwrap_or(0);
                if self.col < last {
                    self.col += 1;
                } else if r + 1 < ids.len() {
                    self.col = 0;
                    self.row.select_at(&ids, r + 1);
                }
                match edits::set_level(s, place, band, group, level, ctx.now) {
                    Some(c) => Effect::Apply(c),
                    None => Effect::None,
                }
            }
            Action::ClearScore => match edits::unset_mark(s, place, band, group) {
                Some(c) => Effect::Apply(c),
                None => Effect::Info(tr!(
                    ctx.lang,
                    "ww-not-marked",
                    group = s.group_name(group),
                    name = &name,
                    when = band_when(ctx.lang, band)
                )),
            },
            Action::Edit => self.open_mark(s, place, band, group, ctx.lang),
            _ => Effect::Unhandled,
        }
    }

    fn open_place(&mut self, s: &Session, id: Option<PlaceId>, l: Lang) -> Effect {
        let old = id.and_then(|p| s.where_when.place(p));
        let mut form = Form::new(match old {
            Some(p) => tr!(l, "ww-form-place", name = &p.name),
            None => tr!(l, "ww-form-add-place").into(),
        })
        .speaking(l);
        let name = form.add(
            Field::text(
                tr!(l, "ww-field-place"),
                old.map_or("", |p| p.name.as_str()),
            )
            .help(tr!(l, "ww-field-place-help")),
        );
        self.form.open(GridForm::Place { id, name }, form);
        Effect::None
    }

    fn open_mark(
        &mut self,
        s: &Session,
        place: PlaceId,
        band: TimeBand,
        group: GroupId,
        l: Lang,
    ) -> Effect {
        let old = s.where_when.mark(place, band, group);
        let mut form = Form::new(tr!(
            l,
            "ww-form-mark",
            group = s.group_name(group),
            name = s.where_when.place_name(place),
            when = band_when(l, band)
        ))
        .speaking(l);
        let level = form.add(Field::choice(
            tr!(l, "ww-field-unsafe"),
            (0..=rules::MAX_INTENSITY)
                .map(|i| format!("{i} {}", level_word(l, i)))
                .collect(),
            old.map_or(0, |m| usize::from(m.level)),
        ));
        let problems_shown: Vec<ProblemId> = s.problems.iter().map(|p| p.id).collect();
        let ticked = problems_shown
            .iter()
            .map(|p| old.is_some_and(|m| m.problems.contains(p)))
            .collect();
        let problems = form.add(
            Field::multi(
                tr!(l, "ww-field-problems"),
                s.problems.iter().map(|p| p.title.clone()).collect(),
                ticked,
            )
            .help(tr!(l, "ww-field-problems-help")),
        );
        self.form.open(
            GridForm::Mark {
                place,
                band,
                group,
                problems_shown,
                level,
                problems,
            },
            form,
        );
        Effect::None
    }
}

/// Why a place's name is not taken, in `l`.
fn refusal(l: Lang, e: &Broken) -> String {
    match e {
        Broken::PlaceNameTaken(name) => tr!(l, "ww-place-taken", name = name),
        Broken::NoPlaceName => tr!(l, "ww-place-empty").into(),
        other => l.msg(&other.msg()),
    }
}

fn submit(
    f: &GridForm,
    form: &mut Form,
    ctx: &Ctx,
    row: &mut Selection<PlaceId>,
) -> Option<Effect> {
    let s = ctx.session;
    let ww = &s.where_when;
    Some(match f {
        GridForm::Place { id, name } => {
            let places = NameList {
                items: &ww.places,
                rule: |typed, others| rules::place(typed, others),
                refusal: &|e| refusal(ctx.lang, e),
                update: Change::Place,
                next_id: ww.next_place_id(),
                add: &|typed| edits::add_place(s, typed),
            };
            return named::submit(&places, *id, form, *name, row);
        }
        GridForm::Mark {
            place,
            band,
            group,
            problems_shown,
            level,
            problems,
        } => {
            let linked = form
                .get(*problems)
                .into_iter()
                .filter_map(|i| problems_shown.get(i).copied())
                .collect();
            let level = form.get(*level).min(usize::from(rules::MAX_INTENSITY)) as u8;
            match edits::set_mark(s, *place, *band, *group, level, linked, ctx.now) {
                Some(c) => Effect::Apply(c),
                None => Effect::None,
            }
        }
    })
}

impl GridView {
    pub fn draw(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx, theme: &Theme) -> Option<Position> {
        self.draw_grid(area, buf, ctx, theme);
        self.form.draw(area, buf, theme)
    }

    fn draw_grid(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx, theme: &Theme) {
        let s = ctx.session;
        let ww = &s.where_when;
        let area = Rect::new(
            area.x + 1,
            area.y,
            area.width.saturating_sub(2),
            area.height,
        );
        if area.height < 3 {
            return;
        }
        let l = ctx.lang;
        let group = self.group(s);
        let clock = l.t(self.clock.msg_id());
        let other = l.t(self.clock.other().msg_id());
        let title = match group {
            Some(g) => tr!(
                l,
                "ww-title-marking",
                clock = clock,
                other = other,
                group = s.group_name(g)
            ),
            None => tr!(l, "ww-title", clock = clock, other = other),
        };
        let ids = rows(s);
        let mut y = area.y;
        let put_line = |buf: &mut Buffer, y: &mut u16, text: &str, style| {
            for piece in wrap(text, area.width) {
                if *y < area.bottom() {
                    put(buf, area.x, *y, &piece, area.width, style);
                    *y += 1;
                }
            }
        };
        put_line(buf, &mut y, &title, theme.heading);
        if ids.is_empty() {
            y += 1;
            let why = if ctx.read_only {
                tr!(l, "ww-empty-read-only")
            } else {
                tr!(l, "ww-empty")
            };
            put_line(buf, &mut y, why, theme.base);
            return;
        }
        let bands = self.clock.bands();
        let col = self.col.min(bands.len() - 1);
        let r = self.row.index(&ids).unwrap_or(0);
        let (place, band) = (ids[r], bands[col]);
        // The cell under the cursor in words: the place's whole name, the
        // mark, the problems linked.
        let (name, when) = (ww.place_name(place), band_when(l, band));
        let detail = match group.and_then(|g| ww.mark(place, band, g)) {
            Some(m) => {
                let mut d = tr!(
                    l,
                    "ww-detail-mark",
                    name = name,
                    when = &when,
                    group = s.group_name(m.group),
                    level = m.level,
                    word = level_word(l, m.level)
                );
                if !m.problems.is_empty() {
                    let titles: Vec<String> = m
                        .problems
                        .iter()
                        .map(|p| format!("«{}»", s.problem_title(*p)))
                        .collect();
                    d.push_str(&format!(" · {}", titles.join(l.t("list-separator"))));
                }
                d
            }
            None => match group {
                Some(g) => tr!(
                    l,
                    "ww-detail-not-marked",
                    name = name,
                    when = &when,
                    group = s.group_name(g)
                ),
                None => tr!(l, "ww-detail-no-group", name = name, when = &when),
            },
        };
        let room_line = ww
            .level(place, band, None, &s.group_ids())
            .map(|v| format!(" · {}", tr!(l, "ww-whole-room", level = level_text(v, l))))
            .unwrap_or_default();
        let detail_rows = wrap(&format!("{detail}{room_line}"), area.width);
        for piece in detail_rows.iter().take((area.height / 5).max(1) as usize) {
            if y < area.bottom() {
                put(buf, area.x, y, piece, area.width, theme.label_focus);
                y += 1;
            }
        }
        let legend = tr!(l, "ww-legend");
        let mut rest = Rect::new(area.x, y, area.width, area.bottom().saturating_sub(y));
        if rest.height > 8 {
            rest.y += 1;
            rest.height -= 1;
        }
        // Wrapped, never cut (a translation may run longer than a line).
        let legend = wrap(legend, area.width);
        if rest.height > 5 + legend.len() as u16 {
            rest.height -= legend.len() as u16;
            for (i, piece) in legend.iter().enumerate() {
                let y = rest.bottom() + i as u16;
                put(buf, area.x, y, piece, area.width, theme.muted);
                mark_legend_items(buf, area.x, y, piece);
            }
        }
        let both = [group, None];
        let panes: &[Option<GroupId>] = if group.is_some() { &both } else { &both[1..] };
        // Side by side when they fit; else one above the other when there
        // is the height; else the group's alone.
        let beside = HeatMap {
            session: s,
            clock: self.clock,
            panes,
            cursor: Some((r, col)),
            room: false,
            lang: l,
        };
        if let Some(w) = beside.widths(rest.width) {
            let window = self
                .row
                .window(&ids, beside.capacity(rest.height.saturating_sub(1)));
            let page = range_label_in(l, &window, ids.len());
            if !page.is_empty() {
                put(buf, area.x, rest.bottom(), &page, area.width, theme.muted);
                rest.height = rest.height.saturating_sub(1);
            }
            beside.draw(rest, buf, w, window, theme);
            return;
        }
        let first = [panes[0]];
        let top = HeatMap {
            session: s,
            clock: self.clock,
            panes: &first,
            cursor: Some((r, col)),
            room: false,
            lang: l,
        };
        let Some(w) = top.widths(rest.width) else {
            put(
                buf,
                area.x,
                rest.y,
                tr!(l, "ww-widen"),
                area.width,
                theme.warning,
            );
            return;
        };
        let stacked = panes.len() > 1 && rest.height > 2 * (ids.len() as u16 + 2);
        if !stacked {
            let window = self.row.window(&ids, top.capacity(rest.height));
            top.draw(rest, buf, w, window, theme);
            return;
        }
        let h = ids.len() as u16 + 2;
        let window = self.row.window(&ids, ids.len());
        top.draw(Rect { height: h, ..rest }, buf, w, window.clone(), theme);
        let room = [None];
        let below = HeatMap {
            session: s,
            clock: self.clock,
            panes: &room,
            cursor: None,
            room: false,
            lang: l,
        };
        let lower = Rect {
            y: rest.y + h + 1,
            height: h,
            ..rest
        };
        below.draw(lower, buf, w, window, theme);
    }
}

/// Marks each item of a legend line drawn at `x`, `y` (a shade, its number
/// and its word: ▓ 3 very unsafe), between the ` · ` that part them, as a
/// field: right to left, each item reads as one, its shade beside its own
/// number, and no number crosses to the next item's shade.
fn mark_legend_items(buf: &Buffer, x: u16, y: u16, line: &str) {
    let mut at = x;
    let mut items = line.split(" · ").peekable();
    while let Some(item) = items.next() {
        let width = text::width(item) as u16;
        crate::tui::bidi::fields::mark(buf, at, y, width);
        at = at.saturating_add(width);
        if items.peek().is_some() {
            at = at.saturating_add(text::width(" · ") as u16);
        }
    }
}

fn wrap(s: &str, width: u16) -> Vec<String> {
    text::wrap(s, width.max(1) as usize)
        .into_iter()
        .map(|l| s[l.range].trim_end().to_string())
        .collect()
}
