//! The Monitor panel, step 4 of the cycle (implement and monitor): every
//! action with its status, dated progress notes, and the overdue ones made
//! impossible to miss.
//!
//! The actions are one list sorted by due date (those without one last),
//! not grouped by problem: a follow-up meeting walks through what was due
//! and what comes next, and overdue actions then gather at the top. The
//! order depends on dates only, never on status, so cycling an action's
//! status with `s` leaves it where it is under the cursor. The problem each
//! action serves is a column (when it fits) and in the detail area.
//!
//! Overdue (due before today and still open) shows as a `!` marker and
//! "overdue by N days" in the danger style, and is counted in the header, so
//! it reads without colour too.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::actions::{self, INHERITED_MARK};
use super::ledger::{self, LedgerView};
use super::{Ctx, Effect, Panel};
use crate::i18n::Lang;
use crate::model::room::{Focus, PanelView};
use crate::model::{Action, ActionId, ActionStatus, Change, ListOp, ProgressNote, Session, edits};
use crate::text;
use crate::tr;
use crate::tui::form::{Date, FORM_KEYS, Field, FieldId, Form, FormHost, Text};
use crate::tui::keymap::{
    Action as Command, DOWN, FIRST, Key, Keymap, LAST, PAGE_DOWN, PAGE_UP, Route, UP, bind,
};
use crate::tui::theme::Theme;
use crate::tui::widgets::columns::{Column, Layout};
use crate::tui::widgets::list::{Selection, mark_selected};
use crate::tui::widgets::master_detail::{self, Placement};
use crate::tui::widgets::put;
use crate::tui::widgets::record::{self, Item};

/// A form open over the list, with the handles of its fields.
enum Editing {
    /// A progress note for this action.
    Note {
        action: ActionId,
        date: FieldId<Date>,
        text: FieldId<Text>,
    },
    /// The action itself (to reschedule it, say).
    Action(Box<actions::ActionForm>),
}

#[derive(Default)]
pub struct MonitorPanel {
    selection: Selection<ActionId>,
    form: FormHost<Editing>,
    /// The follow-up ledger (`f`), when on screen.
    showing_ledger: bool,
    ledger: LedgerView,
}

const KEYS: Keymap = Keymap {
    title: "Monitor",
    bindings: &[
        bind(
            &[Key::char('s')],
            Command::NextStatus,
            "status",
            "next status: planned → in progress → done → stalled → dropped (dropping asks first)",
        )
        .editing(),
        bind(
            &[Key::char('1')],
            Command::SetStatus(0),
            "set",
            "mark planned (1–5 set a status directly)",
        )
        .editing()
        .shown_as("1–5"),
        bind(
            &[Key::char('2')],
            Command::SetStatus(1),
            "in progress",
            "mark in progress",
        )
        .editing()
        .help_only(),
        bind(
            &[Key::char('3')],
            Command::SetStatus(2),
            "done",
            "mark done",
        )
        .editing()
        .help_only(),
        bind(
            &[Key::char('4')],
            Command::SetStatus(3),
            "stalled",
            "mark stalled",
        )
        .editing()
        .help_only(),
        bind(
            &[Key::char('5')],
            Command::SetStatus(4),
            "dropped",
            "mark dropped (asks first)",
        )
        .editing()
        .help_only(),
        bind(
            &[Key::char('n')],
            Command::AddNote,
            "note",
            "add a dated progress note to the selected action",
        )
        .editing(),
        bind(
            &[Key::code(KeyCode::Enter), Key::char('e')],
            Command::Edit,
            "edit",
            "edit the selected action (dates, who, …)",
        )
        .editing()
        .shown_as("Enter"),
        UP,
        DOWN,
        PAGE_UP,
        PAGE_DOWN,
        FIRST,
        LAST,
        // Last: on a narrow hint line it is the first to give way.
        bind(
            &[Key::char('f')],
            Command::ShowLedger,
            "follow-up",
            "the follow-up ledger: problems escalated, to whom, when, and every reply since",
        ),
    ],
};

// Table columns, in display order; priority 0 always shows. The activity is
// what the room reads: the problem column (also in the detail area) only
// comes when the activity keeps 34 columns.
const COLUMNS: &[Column] = &[
    Column::fixed("Status", 13, 0),
    Column::flexible("Activity", 34, 3, 0),
    Column::fixed("Responsible", 16, 1),
    Column::fixed("Start", 10, 4),
    Column::fixed("Due", 10, 0),
    Column::fixed("", 18, 0),
    Column::flexible("Problem", 16, 2, 2),
    Column::fixed("Last note", 10, 3),
];

/// The column of [`COLUMNS`] that says how far off the due date is
/// ("overdue by 7 days"): 18 cells at least.
const NOTE: usize = 5;

/// The cells the due note needs in `l`: the widest the catalogue gives
/// for every count up to 99 (each plural form, two digits) and for its
/// words without a count, and the widest of `shown` (the notes of the
/// actions on screen: 104 days overdue takes three digits). So the column
/// fits every language's longest phrase and is never cut.
fn note_width<S: AsRef<str>>(l: Lang, shown: impl Iterator<Item = S>) -> u16 {
    let mut widest = [
        tr!(l, "action-due-today"),
        tr!(l, "action-due-tomorrow"),
        tr!(l, "monitor-no-due-date"),
    ]
    .iter()
    .map(|t| text::width(t))
    .max()
    .unwrap_or(0);
    for days in [0, 1, 2, 3, 4, 5, 10, 11, 12, 21, 22, 25, 99] {
        let overdue = tr!(l, "action-overdue-by", days = days);
        let due_in = tr!(l, "action-due-in", days = days);
        widest = widest.max(text::width(&overdue)).max(text::width(&due_in));
    }
    let shown = shown.map(|t| text::width(t.as_ref())).max().unwrap_or(0);
    widest.max(shown).min(usize::from(u16::MAX)) as u16
}

/// [`COLUMNS`]' headings in `l`, in their order.
fn column_titles(l: Lang) -> [&'static str; 8] {
    [
        tr!(l, "monitor-col-status"),
        tr!(l, "monitor-col-activity"),
        tr!(l, "monitor-col-responsible"),
        tr!(l, "monitor-col-start"),
        tr!(l, "monitor-col-due"),
        "",
        tr!(l, "monitor-col-problem"),
        tr!(l, "monitor-col-last-note"),
    ]
}

/// Cells start after "▶!↻ ": selection, overdue, inherited.
const MARKS: u16 = 4;
/// From this width the detail area goes beside the table (see Plan's).
const SIDE_BY_SIDE: u16 = 220;
/// The most rows the detail area takes under the table.
const MAX_BELOW: u16 = 14;

/// Every action by due date (none last); ties keep the plan's order.
fn ordered(s: &Session) -> Vec<&Action> {
    let mut list: Vec<&Action> = s.actions.iter().collect();
    list.sort_by_key(|a| (a.due.is_none(), a.due));
    list
}

fn ids(list: &[&Action]) -> Vec<ActionId> {
    list.iter().map(|a| a.id).collect()
}

/// Progress notes newest first: by date, then by when they were typed.
fn notes_newest_first(a: &Action) -> Vec<&ProgressNote> {
    let mut notes: Vec<&ProgressNote> = a.progress.iter().collect();
    notes.sort_by(|x, y| y.date.cmp(&x.date).then(y.at.cmp(&x.at)));
    notes
}

/// With no action to follow, in `l`.
fn no_actions(l: Lang) -> &'static str {
    tr!(l, "monitor-empty")
}

/// A status set. Dropping an action asks first: a stray `5` (or one `s`
/// too many) must not take an action off the plan unnoticed; every other
/// status is one key, and undoable.
fn set_status(ctx: &Ctx, id: ActionId, status: ActionStatus) -> Effect {
    match edits::set_action_status(ctx.session, id, status) {
        Some(change) if status == ActionStatus::Dropped => {
            let activity = ctx.session.action(id).map_or("", |a| a.activity.as_str());
            Effect::Confirm(super::Confirm {
                question: tr!(ctx.lang, "monitor-ask-drop", activity = activity),
                change,
            })
        }
        Some(change) => Effect::Apply(change),
        None => Effect::Info(tr!(
            ctx.lang,
            "monitor-already",
            status = ctx.lang.t(status.msg_id())
        )),
    }
}

/// The change the open form asks for, or `None` to keep it open.
fn submit(editing: &Editing, form: &mut Form, ctx: &Ctx) -> Option<Effect> {
    let s = ctx.session;
    Some(match editing {
        Editing::Note { action, date, text } => {
            let note = read_note(form, *date, *text, ctx)?;
            match edits::add_progress(s, *action, note) {
                Some(change) => Effect::Apply(change),
                None => Effect::Warn(tr!(ctx.lang, "monitor-gone").into()),
            }
        }
        Editing::Action(fields) => {
            let action = actions::read(fields, form, ctx.today, ctx.lang)?;
            if action == fields.base {
                Effect::Info(tr!(ctx.lang, "monitor-no-changes").into())
            } else {
                Effect::Apply(Change::Action(ListOp::Update(action)))
            }
        }
    })
}

/// The note the form describes, or `None` after showing what is wrong.
fn read_note(
    form: &mut Form,
    date_field: FieldId<Date>,
    text_field: FieldId<Text>,
    ctx: &Ctx,
) -> Option<ProgressNote> {
    let date = match form.get(date_field).as_of(ctx.today) {
        Ok(d) => d.unwrap_or(ctx.today),
        Err(e) => {
            form.fail(date_field, e);
            return None;
        }
    };
    if date > ctx.today {
        form.fail(
            date_field,
            tr!(
                ctx.lang,
                "monitor-date-after-today",
                date = date.to_string(),
                today = ctx.today.to_string()
            ),
        );
        return None;
    }
    let text = form.get(text_field);
    if text.is_empty() {
        form.fail(text_field, tr!(ctx.lang, "monitor-note-empty"));
        return None;
    }
    Some(ProgressNote {
        date,
        text,
        at: ctx.now,
    })
}

impl Panel for MonitorPanel {
    fn keymap(&self, _s: &Session) -> Keymap {
        if self.showing_ledger {
            return self.ledger.keymap();
        }
        self.form.keymap().unwrap_or(KEYS)
    }

    fn all_keymaps(&self) -> Vec<Keymap> {
        vec![KEYS, FORM_KEYS, ledger::KEYS]
    }

    fn is_editing(&self) -> bool {
        if self.showing_ledger {
            return self.ledger.is_editing();
        }
        self.form.is_open()
    }

    fn typing(&self) -> Option<crate::tui::room::Typing> {
        if self.showing_ledger {
            return self.ledger.typing();
        }
        self.form.typing()
    }

    fn route(&self, key: &KeyEvent, s: &Session) -> Route {
        if self.showing_ledger {
            return self.ledger.route(key);
        }
        self.form
            .route(key)
            .unwrap_or_else(|| Route::lookup(&self.keymap(s), key))
    }

    fn focus(&self, s: &Session, focus: &mut Focus) {
        let ids: Vec<ActionId> = ordered(s).iter().map(|a| a.id).collect();
        focus.action = self.selection.key(&ids);
        if self.showing_ledger {
            focus.view = PanelView::Ledger;
            focus.escalation = self.ledger.selected(s);
        }
    }

    fn session_changed(&mut self, s: &Session) {
        self.selection.anchor(&ids(&ordered(s)));
        self.ledger.session_changed(s);
    }

    fn handle_key(&mut self, key: &KeyEvent, ctx: &Ctx) -> Effect {
        if self.showing_ledger {
            return self.ledger.handle_key(key, ctx);
        }
        self.form
            .handle_key(key, Effect::None, |editing, form| {
                submit(editing, form, ctx)
            })
            .unwrap_or(Effect::Unhandled)
    }

    fn handle_paste(&mut self, text: &str, _ctx: &Ctx) -> Effect {
        if self.showing_ledger {
            self.ledger.handle_paste(text);
        } else {
            self.form.paste(text);
        }
        Effect::None
    }

    fn handle_action(&mut self, command: Command, ctx: &Ctx) -> Effect {
        if command == Command::ShowLedger {
            self.showing_ledger = !self.showing_ledger;
            return Effect::None;
        }
        if self.showing_ledger {
            return self.ledger.handle_action(command, ctx);
        }
        let s = ctx.session;
        let ids = ids(&ordered(s));
        let selected = self.selection.key(&ids).and_then(|id| s.action(id));
        match command {
            Command::Up
            | Command::Down
            | Command::PageUp
            | Command::PageDown
            | Command::First
            | Command::Last => {
                self.selection.navigate(&ids, command);
            }
            Command::NextStatus | Command::SetStatus(_) | Command::AddNote | Command::Edit => {
                let Some(a) = selected else {
                    return Effect::Info(no_actions(ctx.lang).into());
                };
                return match command {
                    Command::NextStatus => set_status(ctx, a.id, a.status.cycle()),
                    Command::SetStatus(i) => match ActionStatus::ALL.get(i) {
                        Some(status) => set_status(ctx, a.id, *status),
                        None => Effect::None,
                    },
                    Command::AddNote => {
                        let l = ctx.lang;
                        let mut form =
                            Form::new(tr!(l, "monitor-note-title", activity = &a.activity))
                                .speaking(l);
                        let date =
                            form.add(Field::date(tr!(l, "monitor-field-date"), Some(ctx.today)));
                        let text = form.add(
                            Field::text(tr!(l, "monitor-field-note"), "")
                                .private()
                                .help(tr!(l, "monitor-field-note-help")),
                        );
                        // Today is usually right: the note is what to type.
                        form.focus_on(text);
                        let note = Editing::Note {
                            action: a.id,
                            date,
                            text,
                        };
                        self.form.open(note, form);
                        Effect::None
                    }
                    _ => {
                        let (form, fields) =
                            actions::form(tr!(ctx.lang, "action-form-edit"), s, a, ctx.lang);
                        self.form.open(Editing::Action(Box::new(fields)), form);
                        Effect::None
                    }
                };
            }
            _ => return Effect::Unhandled,
        }
        Effect::None
    }

    fn draw(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx, theme: &Theme) -> Option<Position> {
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return None;
        }
        if self.showing_ledger {
            return self.ledger.draw(area, buf, ctx, theme);
        }
        let s = ctx.session;
        let list = ordered(s);
        let ids = ids(&list);
        let selected = self.selection.index(&ids);

        let header = draw_header(area, buf, ctx, theme, &list);
        let body = Rect::new(
            area.x,
            area.y + header,
            area.width,
            area.height.saturating_sub(header),
        );
        if list.is_empty() {
            let empty = if ctx.read_only {
                tr!(ctx.lang, "monitor-empty-read-only")
            } else {
                no_actions(ctx.lang)
            };
            master_detail::empty_message(body, buf, theme, empty);
        } else {
            let (table, detail) = master_detail::split(body, SIDE_BY_SIDE, MAX_BELOW);
            self.draw_table(table, buf, ctx, theme, &list, selected);
            if let (Some((detail, placement)), Some(i)) = (detail, selected) {
                draw_detail(detail, buf, ctx, theme, list[i], placement);
            }
        }
        self.form.draw(area, buf, theme)
    }
}

/// "3 of 9 actions overdue" and the count per status, on one line when they
/// fit, else two. Returns the rows used.
fn draw_header(area: Rect, buf: &mut Buffer, ctx: &Ctx, theme: &Theme, list: &[&Action]) -> u16 {
    let overdue = list.iter().filter(|a| a.is_overdue(ctx.today)).count();
    let total = list.len();
    let l = ctx.lang;
    let first = if overdue > 0 {
        Span::styled(
            tr!(l, "monitor-overdue", overdue = overdue, total = total),
            theme.danger,
        )
    } else {
        Span::styled(tr!(l, "monitor-none-overdue", total = total), theme.heading)
    };
    let inherited = list.iter().filter(|a| a.inherited_from.is_some()).count();
    // Every status is counted, zeros too, so the room sees the categories;
    // when that does not fit, the zeros go first.
    let counts = |with_zeros: bool| -> Vec<Span> {
        let mut spans: Vec<Span> = Vec::new();
        for status in ActionStatus::ALL {
            let n = list.iter().filter(|a| a.status == status).count();
            if n == 0 && !with_zeros {
                continue;
            }
            if !spans.is_empty() {
                spans.push(Span::styled(" · ", theme.muted));
            }
            spans.push(Span::styled(
                format!("{} {n}", actions::status_text(status, ctx.lang)),
                theme.base,
            ));
        }
        if inherited > 0 {
            spans.push(Span::styled(
                format!(
                    " · {}",
                    tr!(l, "monitor-inherited", mark = INHERITED_MARK, n = inherited)
                ),
                theme.muted,
            ));
        }
        spans
    };
    let width = |spans: &[Span]| spans.iter().map(|s| text::width(&s.content)).sum::<usize>();
    let room = area.width.saturating_sub(2) as usize;
    let all = counts(true);
    let lines: Vec<Vec<Span>> = if text::width(&first.content) + 3 + width(&all) <= room {
        let mut one = vec![first, Span::raw("   ")];
        one.extend(all);
        vec![one]
    } else if width(&all) <= room {
        vec![vec![first], all]
    } else {
        vec![vec![first], counts(false)]
    };
    let rows = (lines.len() as u16).min(area.height);
    for (i, spans) in lines.into_iter().take(rows as usize).enumerate() {
        let line = Rect::new(
            area.x + 1,
            area.y + i as u16,
            area.width.saturating_sub(2),
            1,
        );
        fit_spans(spans, line.width as usize).render(line, buf);
    }
    rows
}

/// The spans cut to `width` columns, with an ellipsis where they were cut.
fn fit_spans(spans: Vec<Span<'_>>, width: usize) -> Line<'static> {
    let mut left = width;
    let mut out = Vec::new();
    for span in spans {
        let w = text::width(&span.content);
        if w <= left {
            left -= w;
            out.push(Span::styled(span.content.into_owned(), span.style));
        } else {
            out.push(Span::styled(
                text::truncate(&span.content, left).into_owned(),
                span.style,
            ));
            break;
        }
    }
    Line::from(out)
}

impl MonitorPanel {
    fn draw_table(
        &self,
        area: Rect,
        buf: &mut Buffer,
        ctx: &Ctx,
        theme: &Theme,
        list: &[&Action],
        selected: Option<usize>,
    ) {
        if area.height == 0 {
            return;
        }
        let mut columns = COLUMNS.to_vec();
        let notes = list
            .iter()
            .filter_map(|a| actions::due_note(a, ctx.today, ctx.lang));
        columns[NOTE].min = columns[NOTE].min.max(note_width(ctx.lang, notes));
        let layout = Layout::fit(columns, area.width.saturating_sub(MARKS), 2);
        layout.draw_titles_as(
            buf,
            area.x + MARKS,
            area.y,
            &column_titles(ctx.lang),
            theme.muted,
        );
        let visible = area.height.saturating_sub(1);
        // The selected row wraps whole (activity, problem, who): the others
        // keep one line each.
        let tall = selected.map_or(1, |i| {
            let cells = row_cells(ctx, list[i], theme);
            let cells: Vec<(&str, _)> = cells.iter().map(|(t, st)| (t.as_str(), *st)).collect();
            layout.wrapped_height(&cells, visible.max(1))
        });
        let window = self
            .selection
            .window(&ids(list), visible.saturating_sub(tall - 1).max(1) as usize);
        let mut y = area.y + 1;
        for (i, a) in list.iter().enumerate().take(window.end).skip(window.start) {
            if y >= area.bottom() {
                break;
            }
            let height = if Some(i) == selected { tall } else { 1 }.min(area.bottom() - y);
            draw_row(buf, area, y, height, &layout, ctx, a, theme);
            if Some(i) == selected {
                mark_selected(buf, Rect::new(area.x, y, area.width, 1), theme);
                for k in 1..height {
                    buf.set_style(Rect::new(area.x, y + k, area.width, 1), theme.selected);
                }
            }
            y += height;
        }
        if let Some(i) = selected {
            master_detail::position(area, buf, theme, i, list.len());
        }
    }
}

#[allow(clippy::too_many_arguments)]
fn draw_row(
    buf: &mut Buffer,
    area: Rect,
    y: u16,
    height: u16,
    layout: &Layout,
    ctx: &Ctx,
    a: &Action,
    theme: &Theme,
) {
    let overdue = a.is_overdue(ctx.today);
    if overdue && area.width > 1 {
        put(buf, area.x + 1, y, "!", 1, theme.danger);
    }
    if a.inherited_from.is_some() && area.width > 2 {
        put(buf, area.x + 2, y, INHERITED_MARK, 1, theme.muted);
    }
    let cells = row_cells(ctx, a, theme);
    let cells: Vec<(&str, ratatui::style::Style)> =
        cells.iter().map(|(t, st)| (t.as_str(), *st)).collect();
    if height > 1 {
        layout.draw_row_wrapped(buf, area.x + MARKS, y, &cells, height);
    } else {
        layout.draw_row(buf, area.x + MARKS, y, &cells);
    }
}

/// An action's cells, in the order of [`COLUMNS`].
fn row_cells(ctx: &Ctx, a: &Action, theme: &Theme) -> Vec<(String, ratatui::style::Style)> {
    let today = ctx.today;
    let overdue = a.is_overdue(today);
    // Done and dropped actions step back; stalled ones ask for attention.
    let style = match a.status {
        ActionStatus::Done | ActionStatus::Dropped => theme.muted,
        ActionStatus::Stalled => theme.warning,
        _ => theme.base,
    };
    let date_style = if overdue { theme.danger } else { style };
    let status = actions::status_text(a.status, ctx.lang);
    let start = a.start.map(|d| d.to_string()).unwrap_or_default();
    let due = a.due.map(|d| d.to_string()).unwrap_or_default();
    let when = match actions::due_note(a, today, ctx.lang) {
        Some(note) => note,
        None if a.due.is_none() && a.status.is_open() => {
            tr!(ctx.lang, "monitor-no-due-date").into()
        }
        None => String::new(),
    };
    let problem = actions::problem_label(ctx.session, a.problem);
    let last_note = notes_newest_first(a)
        .first()
        .map(|n| n.date.to_string())
        .unwrap_or_default();
    vec![
        (status, style),
        (a.activity.clone(), style),
        (a.responsible.clone(), style),
        (start, style),
        (due, date_style),
        (when, date_style),
        (problem, style),
        (last_note, style),
    ]
}

/// The selected action: what it is for, who, when, how success shows, and
/// its progress notes, newest first.
fn draw_detail(
    area: Rect,
    buf: &mut Buffer,
    ctx: &Ctx,
    theme: &Theme,
    a: &Action,
    placement: Placement,
) {
    if area.is_empty() {
        return;
    }
    let s = ctx.session;
    let l = ctx.lang;
    let title = format!("{} · {}", actions::status_text(a.status, l), a.activity);
    let content = master_detail::detail_frame(area, buf, theme, &title, placement);

    let who = match (a.responsible.is_empty(), a.partners.is_empty()) {
        (_, true) => a.responsible.clone(),
        (true, false) => tr!(l, "monitor-with", partners = &a.partners),
        (false, false) => tr!(
            l,
            "monitor-who-with",
            responsible = &a.responsible,
            partners = &a.partners
        ),
    };
    let problem = actions::problem_label(s, a.problem);
    let when = actions::dates_text(a, ctx.today, ctx.lang);
    let when_style = if a.is_overdue(ctx.today) {
        theme.danger
    } else {
        theme.base
    };
    let origin = a.inherited_from.as_ref().map(|from| {
        tr!(
            l,
            "monitor-from-last-cycle",
            mark = INHERITED_MARK,
            from = from.to_string()
        )
    });
    let mut items = vec![
        Item::new(tr!(l, "monitor-label-for"), &problem, theme.base),
        Item::new(tr!(l, "monitor-label-who"), &who, theme.base),
        Item::new(tr!(l, "monitor-label-when"), &when, when_style),
        Item::new(tr!(l, "monitor-label-indicator"), &a.indicator, theme.base),
    ];
    let gap = actions::gap_text(s, a, ctx.lang);
    if let Some(gap) = &gap {
        items.push(Item::new(
            tr!(l, "monitor-label-score-card"),
            gap,
            theme.base,
        ));
    }
    if let Some(origin) = &origin {
        items.push(Item::new(tr!(l, "monitor-label-from"), origin, theme.muted));
    }
    let used = record::draw(content, buf, theme, &items);

    let notes_top = content.y + used;
    if notes_top >= content.bottom() {
        return;
    }
    let notes = notes_newest_first(a);
    let heading = if notes.is_empty() && ctx.read_only {
        tr!(l, "monitor-notes-none").to_string()
    } else if notes.is_empty() {
        tr!(l, "monitor-notes-none-add").to_string()
    } else {
        tr!(l, "monitor-notes", n = notes.len())
    };
    let heading_style = if notes.is_empty() {
        theme.muted
    } else {
        theme.heading
    };
    put(
        buf,
        content.x,
        notes_top,
        &heading,
        content.width,
        heading_style,
    );
    let dates: Vec<String> = notes.iter().map(|n| n.date.to_string()).collect();
    let items: Vec<Item> = notes
        .iter()
        .zip(&dates)
        .map(|(n, d)| Item::new(d, &n.text, theme.base))
        .collect();
    let rest = Rect::new(
        content.x,
        notes_top + 1,
        content.width,
        content.bottom().saturating_sub(notes_top + 1),
    );
    record::draw(rest, buf, theme, &items);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_due_note_column_fits_every_language_s_longest_note() {
        for l in Lang::ALL {
            let least = note_width(l, std::iter::empty::<&str>());
            // Every count up to 99, and the words without a count.
            for days in 0..=99 {
                for note in [
                    tr!(l, "action-overdue-by", days = days),
                    tr!(l, "action-due-in", days = days),
                ] {
                    assert!(text::width(&note) <= usize::from(least), "{l}: {note}");
                }
            }
            let today = tr!(l, "action-due-today");
            assert!(text::width(today) <= usize::from(least), "{l}: {today}");
            // Three digits: as wide as the notes on screen need.
            let long = tr!(l, "action-overdue-by", days = 104);
            let width = note_width(l, [long.as_str()].into_iter());
            assert!(text::width(&long) <= usize::from(width), "{l}: {long}");
        }
        // English keeps the 18 cells its table was laid out with.
        assert!(note_width(Lang::En, std::iter::empty::<&str>()) <= 18);
    }
}
