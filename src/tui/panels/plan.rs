//! The Plan panel, step 3 of the cycle (action planning): for each
//! shortlisted problem, the actions the room agrees on — what will be done,
//! who leads, with whom, from when and by when, with what resources, how
//! success will show, and the risks and conflict-sensitivity concerns.
//!
//! Layout: the problems are section headers with their actions beneath, and
//! both are rows the cursor can rest on, so `a` always knows which problem a
//! new action is for (a problem with no action yet is still a row). The table
//! shows the columns that fit — activity, responsible and due always — and
//! the full record of the selected row is in a detail area, under the table
//! on small screens and beside it on wide ones.
//!
//! Problems that are not shortlisted but already have actions stay listed
//! (marked), so no planned action is ever hidden; `v` shows every problem.

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Position, Rect};

use super::actions::{self, INHERITED_MARK};
use super::{Confirm, Ctx, Effect, Panel};
use crate::i18n::Lang;
use crate::model::room::Focus;
use crate::model::{Action, ActionId, Change, ListOp, Lookup, Problem, ProblemId, Session};
use crate::tr;
use crate::tui::form::{FORM_KEYS, Form, FormHost};
use crate::tui::keymap::{
    Action as Command, Binding, DOWN, FIRST, Key, Keymap, LAST, PAGE_DOWN, PAGE_UP, Route, UP, bind,
};
use crate::tui::theme::Theme;
use crate::tui::widgets::columns::{Column, Layout};
use crate::tui::widgets::list::{Selection, mark_selected};
use crate::tui::widgets::master_detail::{self, Placement};
use crate::tui::widgets::put;
use crate::tui::widgets::record::{self, Item};

/// A row of the plan: a problem heading its section, or one of its actions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Row {
    Problem(ProblemId),
    Action(ActionId),
}

/// The action form while it is open: its fields, and whether it adds.
struct Editing {
    fields: actions::ActionForm,
    adding: bool,
}

#[derive(Default)]
pub struct PlanPanel {
    selection: Selection<Row>,
    /// Every problem, not only the shortlist (and those with actions).
    show_all: bool,
    form: FormHost<Editing>,
}

const ADD: Binding = bind(
    &[Key::char('a')],
    Command::Add,
    "add",
    "add an action to the problem under the cursor",
)
.editing();
const EDIT: Binding = bind(
    &[Key::code(KeyCode::Enter), Key::char('e')],
    Command::Edit,
    "edit",
    "edit the selected action (on a problem: add one to it)",
)
.editing()
.shown_as("Enter");
const DELETE: Binding = bind(
    &[Key::char('d')],
    Command::Delete,
    "delete",
    "delete the selected action (asks first)",
)
.editing();
const TOGGLE_HELP: &str = "show every problem, or only the shortlist (and problems with actions)";

// Two keymaps so the hint says what `v` will show. The panel's own keys
// come first, `v` before `d`: at 80 columns the hint line has no room left
// for `d` (it is in `?`) or ↑↓, which a facilitator finds without a hint,
// while `v` is what an empty shortlist asks for.
const SHORTLIST_KEYS: Keymap = Keymap {
    title: "Plan",
    bindings: &[
        ADD,
        EDIT,
        bind(
            &[Key::char('v')],
            Command::ToggleAllProblems,
            "show all",
            TOGGLE_HELP,
        ),
        DELETE,
        UP,
        DOWN,
        PAGE_UP,
        PAGE_DOWN,
        FIRST,
        LAST,
    ],
};

const ALL_KEYS: Keymap = Keymap {
    title: "Plan",
    bindings: &[
        ADD,
        EDIT,
        bind(
            &[Key::char('v')],
            Command::ToggleAllProblems,
            "shortlist",
            TOGGLE_HELP,
        ),
        DELETE,
        UP,
        DOWN,
        PAGE_UP,
        PAGE_DOWN,
        FIRST,
        LAST,
    ],
};

// Table columns, in display order; priority 0 always shows.
const COLUMNS: &[Column] = &[
    Column::flexible("Activity", 24, 3, 0),
    Column::fixed("Responsible", 16, 0),
    Column::flexible("With whom", 16, 1, 2),
    Column::fixed("Start", 10, 1),
    Column::fixed("Due", 10, 0),
    Column::flexible("Indicator", 18, 1, 3),
    Column::flexible("Resources", 14, 1, 4),
    Column::fixed("Status", 13, 5),
];

/// [`COLUMNS`]' headings in `l`, in their order.
fn column_titles(l: Lang) -> [&'static str; 8] {
    [
        tr!(l, "plan-col-activity"),
        tr!(l, "plan-col-responsible"),
        tr!(l, "plan-col-with-whom"),
        tr!(l, "plan-col-start"),
        tr!(l, "plan-col-due"),
        tr!(l, "plan-col-indicator"),
        tr!(l, "plan-col-resources"),
        tr!(l, "plan-col-status"),
    ]
}

/// Cells of an action row start after "▶!↻ ": selection, overdue, inherited.
const MARKS: u16 = 4;
/// From this width the detail area goes beside the table. Below it, the
/// table keeps the full width for its columns and the record (short labelled
/// lines) still fits; only on very wide screens are table rows too long to
/// read across.
const SIDE_BY_SIDE: u16 = 220;
/// The most rows the detail area takes under the table.
const MAX_BELOW: u16 = 12;

/// One problem and its actions.
struct Section<'a> {
    problem: &'a Problem,
    /// Its place on the shortlist, from 1.
    rank: Option<usize>,
    actions: Vec<&'a Action>,
}

/// The shortlist in order, then (in session order) the other problems that
/// have actions, or all of them when `show_all`.
fn sections(s: &Session, show_all: bool) -> Vec<Section<'_>> {
    // Problems, shortlist places and actions by id, looked up once: not a
    // search of the problems, the shortlist and every action for each row.
    let lookup = Lookup::new(s);
    actions::problems_in_order(s)
        .into_iter()
        .filter_map(|id| lookup.problem(s, id))
        .map(|problem| Section {
            problem,
            rank: lookup.shortlist.get(problem.id).map(|i| i + 1),
            actions: lookup.actions_of(s, problem.id).collect(),
        })
        .filter(|sec| show_all || sec.rank.is_some() || !sec.actions.is_empty())
        .collect()
}

fn rows(sections: &[Section]) -> Vec<Row> {
    sections
        .iter()
        .flat_map(|sec| {
            std::iter::once(Row::Problem(sec.problem.id))
                .chain(sec.actions.iter().map(|a| Row::Action(a.id)))
        })
        .collect()
}

impl PlanPanel {
    fn rows(&self, s: &Session) -> Vec<Row> {
        rows(&sections(s, self.show_all))
    }

    fn open_form(&mut self, s: &Session, base: Action, adding: bool, l: Lang) {
        let title = if adding {
            tr!(l, "action-form-new", title = s.problem_title(base.problem))
        } else {
            tr!(l, "action-form-edit").to_string()
        };
        let (form, fields) = actions::form(&title, s, &base, l);
        self.form.open(Editing { fields, adding }, form);
    }

    fn add(&mut self, ctx: &Ctx, problem: Option<ProblemId>) -> Effect {
        let s = ctx.session;
        let Some(problem) = problem else {
            return Effect::Info(empty_message(s, ctx.read_only, ctx.lang).into());
        };
        let base = Action {
            id: s.next_action_id(),
            problem,
            ..Action::default()
        };
        self.open_form(s, base, true, ctx.lang);
        Effect::None
    }
}

/// The change the action form asks for, or `None` to keep it open; `select`
/// takes the action the cursor should follow.
fn submit(
    editing: &Editing,
    form: &mut Form,
    ctx: &Ctx,
    select: &mut Selection<Row>,
) -> Option<Effect> {
    let action = actions::read(&editing.fields, form, ctx.today, ctx.lang)?;
    let adding = editing.adding;
    if !adding && action == editing.fields.base {
        return Some(Effect::Info(tr!(ctx.lang, "plan-no-changes").into()));
    }
    let s = ctx.session;
    // A new action already has the next free id: nothing can change the
    // session while the form is open.
    let change = if adding {
        Change::Action(ListOp::Insert {
            index: s.actions.len(),
            item: action.clone(),
        })
    } else {
        Change::Action(ListOp::Update(action.clone()))
    };
    // The selection follows the action once the change is applied.
    select.select(Row::Action(action.id));
    Some(Effect::Apply(change))
}

/// "! The shortlist cuts a tie …", when the shortlist holds some but not
/// all of the problems tied at its boundary: Plan would be planning on a
/// choice nobody made. `None` once the tie is broken, or every tied problem
/// (or none) is on the shortlist. In `l`.
pub fn tie_warning(s: &Session, l: Lang) -> Option<String> {
    let (rank, tied) = crate::model::ranking::shortlist_tie(s)?;
    let on: Vec<&ProblemId> = tied
        .iter()
        .filter(|p| s.ranking.shortlist.contains(p))
        .collect();
    if on.is_empty() || on.len() == tied.len() {
        return None;
    }
    let names = |ids: &mut dyn Iterator<Item = &ProblemId>| {
        ids.map(|p| format!("«{}»", s.problem_title(*p)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let off = tied.iter().filter(|p| !s.ranking.shortlist.contains(p));
    Some(tr!(
        l,
        "plan-tie-warning",
        rank = rank,
        on = names(&mut on.iter().copied()),
        off = names(&mut off.into_iter())
    ))
}

/// What to do when there is nothing to plan for (with any problem at all,
/// "show all" lists it, so then only the shortlist view can be empty). A
/// read-only session is only looked at: no invitation to change it.
fn empty_message(s: &Session, read_only: bool, l: Lang) -> &'static str {
    match (s.problems.is_empty(), read_only) {
        (true, false) => tr!(l, "plan-empty-no-problems"),
        (true, true) => tr!(l, "plan-empty-no-problems-read-only"),
        (false, false) => tr!(l, "plan-empty-no-shortlist"),
        (false, true) => tr!(l, "plan-empty-no-shortlist-read-only"),
    }
}

impl Panel for PlanPanel {
    fn keymap(&self, _s: &Session) -> Keymap {
        match self.form.keymap() {
            Some(form) => form,
            None if self.show_all => ALL_KEYS,
            None => SHORTLIST_KEYS,
        }
    }

    fn all_keymaps(&self) -> Vec<Keymap> {
        vec![SHORTLIST_KEYS, FORM_KEYS]
    }

    fn is_editing(&self) -> bool {
        self.form.is_open()
    }

    fn typing(&self) -> Option<crate::tui::room::Typing> {
        self.form.typing()
    }

    fn route(&self, key: &KeyEvent, s: &Session) -> Route {
        self.form
            .route(key)
            .unwrap_or_else(|| Route::lookup(&self.keymap(s), key))
    }

    fn focus(&self, s: &Session, focus: &mut Focus) {
        match self.selection.key(&self.rows(s)) {
            Some(Row::Problem(p)) => focus.problem = Some(p),
            Some(Row::Action(a)) => {
                focus.action = Some(a);
                focus.problem = s.action(a).map(|a| a.problem);
            }
            None => {}
        }
    }

    fn session_changed(&mut self, s: &Session) {
        let rows = self.rows(s);
        self.selection.anchor(&rows);
    }

    fn handle_key(&mut self, key: &KeyEvent, ctx: &Ctx) -> Effect {
        let selection = &mut self.selection;
        self.form
            .handle_key(key, Effect::None, |editing, form| {
                submit(editing, form, ctx, selection)
            })
            .unwrap_or(Effect::Unhandled)
    }

    fn handle_paste(&mut self, text: &str, _ctx: &Ctx) -> Effect {
        self.form.paste(text);
        Effect::None
    }

    fn handle_action(&mut self, action: Command, ctx: &Ctx) -> Effect {
        let s = ctx.session;
        let rows = self.rows(s);
        let selected = self.selection.key(&rows);
        let problem_of = |row: Row| match row {
            Row::Problem(p) => Some(p),
            Row::Action(a) => s.action(a).map(|a| a.problem),
        };
        match action {
            Command::Up
            | Command::Down
            | Command::PageUp
            | Command::PageDown
            | Command::First
            | Command::Last => {
                self.selection.navigate(&rows, action);
            }
            Command::Add => return self.add(ctx, selected.and_then(problem_of)),
            Command::Edit => match selected {
                Some(Row::Action(id)) => {
                    if let Some(a) = s.action(id) {
                        self.open_form(s, a.clone(), false, ctx.lang);
                    }
                }
                other => return self.add(ctx, other.and_then(problem_of)),
            },
            Command::Delete => match selected.and_then(|r| match r {
                Row::Action(id) => s.action(id),
                Row::Problem(_) => None,
            }) {
                Some(a) => {
                    let l = ctx.lang;
                    let question = match a.progress.len() {
                        0 => tr!(l, "plan-ask-delete", activity = &a.activity),
                        n => tr!(l, "plan-ask-delete-notes", activity = &a.activity, n = n),
                    };
                    return Effect::Confirm(Confirm {
                        question,
                        change: Change::Action(ListOp::Remove { id: a.id }),
                    });
                }
                None if rows.is_empty() => {
                    return Effect::Info(empty_message(s, ctx.read_only, ctx.lang).into());
                }
                None => {
                    return Effect::Info(tr!(ctx.lang, "plan-delete-on-problem").into());
                }
            },
            Command::ToggleAllProblems => {
                self.show_all = !self.show_all;
                return Effect::Info(
                    if self.show_all {
                        tr!(ctx.lang, "plan-showing-all")
                    } else {
                        tr!(ctx.lang, "plan-showing-shortlist")
                    }
                    .into(),
                );
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
        let s = ctx.session;
        let sections = sections(s, self.show_all);
        let rows = rows(&sections);
        let selected = self.selection.index(&rows);

        let action_count: usize = sections.iter().map(|sec| sec.actions.len()).sum();
        let shortlisted = sections.iter().filter(|sec| sec.rank.is_some()).count();
        let l = ctx.lang;
        let mut summary = tr!(
            l,
            "plan-summary",
            problems = shortlisted,
            actions = action_count
        );
        if self.show_all {
            summary.push_str(" · ");
            summary.push_str(tr!(l, "plan-summary-all"));
        } else if shortlisted == 0 && !rows.is_empty() {
            summary.push_str(" · ");
            summary.push_str(tr!(l, "plan-summary-none"));
        }
        put(
            buf,
            area.x + 1,
            area.y,
            &summary,
            area.width.saturating_sub(2),
            theme.heading,
        );

        let mut body = Rect::new(area.x, area.y + 1, area.width, area.height - 1);
        // An unsettled shortlist is flagged above the plan, whole.
        if let Some(warning) = tie_warning(s, l) {
            let width = area.width.saturating_sub(2).max(1) as usize;
            let lines = crate::text::wrap(&warning, width);
            let rows = (lines.len() as u16).min(body.height / 3).max(1);
            for (k, l) in lines.iter().take(rows as usize).enumerate() {
                put(
                    buf,
                    area.x + 1,
                    body.y + k as u16,
                    warning[l.range.clone()].trim_end(),
                    area.width.saturating_sub(2),
                    theme.warning,
                );
            }
            body.y += rows;
            body.height -= rows;
        }
        if rows.is_empty() {
            master_detail::empty_message(body, buf, theme, empty_message(s, ctx.read_only, l));
        } else {
            let (table, detail) = master_detail::split(body, SIDE_BY_SIDE, MAX_BELOW);
            self.draw_table(table, buf, ctx, theme, &sections, &rows, selected);
            if let (Some((detail, placement)), Some(i)) = (detail, selected) {
                draw_detail(detail, buf, ctx, theme, rows[i], placement);
            }
        }
        self.form.draw(area, buf, theme)
    }
}

impl PlanPanel {
    #[allow(clippy::too_many_arguments)]
    fn draw_table(
        &self,
        area: Rect,
        buf: &mut Buffer,
        ctx: &Ctx,
        theme: &Theme,
        sections: &[Section],
        rows: &[Row],
        selected: Option<usize>,
    ) {
        if area.height == 0 {
            return;
        }
        let layout = Layout::fit(COLUMNS, area.width.saturating_sub(MARKS), 2);
        layout.draw_titles_as(
            buf,
            area.x + MARKS,
            area.y,
            &column_titles(ctx.lang),
            theme.muted,
        );
        let visible = area.height.saturating_sub(1);
        let s = ctx.session;
        // The selected row wraps whole (its title, its activity): the rest
        // are cut to one line each.
        let tall = selected.map_or(1, |i| match rows[i] {
            Row::Problem(id) => sections
                .iter()
                .find(|sec| sec.problem.id == id)
                .map_or(1, |sec| {
                    let heading = heading(sec, ctx.read_only, ctx.lang);
                    let w = area.width.saturating_sub(2).max(1) as usize;
                    (crate::text::wrap(&heading, w).len() as u16).clamp(1, visible.max(1))
                }),
            Row::Action(id) => s.action(id).map_or(1, |a| {
                let cells = action_cells(a, ctx.today, theme, ctx.lang);
                let cells: Vec<(&str, _)> = cells.iter().map(|(t, st)| (t.as_str(), *st)).collect();
                layout.wrapped_height(&cells, visible.max(1))
            }),
        });
        let window = self
            .selection
            .window(rows, visible.saturating_sub(tall - 1).max(1) as usize);
        let mut y = area.y + 1;
        for (i, row) in rows.iter().enumerate().take(window.end).skip(window.start) {
            if y >= area.bottom() {
                break;
            }
            let height = if Some(i) == selected { tall } else { 1 };
            let height = height.min(area.bottom() - y);
            let block = Rect::new(area.x, y, area.width, height);
            if Some(i) == selected {
                buf.set_style(block, theme.selected);
            }
            match *row {
                Row::Problem(id) => {
                    let Some(sec) = sections.iter().find(|sec| sec.problem.id == id) else {
                        continue;
                    };
                    let heading = heading(sec, ctx.read_only, ctx.lang);
                    let w = area.width.saturating_sub(2).max(1) as usize;
                    let lines: Vec<String> = if height > 1 {
                        crate::text::wrap(&heading, w)
                            .into_iter()
                            .map(|l| heading[l.range].trim_end().to_string())
                            .collect()
                    } else {
                        vec![heading.clone()]
                    };
                    for (k, l) in lines.iter().take(height as usize).enumerate() {
                        put(
                            buf,
                            area.x + 2,
                            y + k as u16,
                            l,
                            area.width.saturating_sub(2),
                            theme.heading,
                        );
                    }
                }
                Row::Action(id) => {
                    let Some(a) = s.action(id) else { continue };
                    draw_action_row(buf, area, y, height, &layout, a, ctx, theme);
                }
            }
            if Some(i) == selected {
                mark_selected(buf, Rect::new(area.x, y, area.width, 1), theme);
                for k in 1..height {
                    buf.set_style(Rect::new(area.x, y + k, area.width, 1), theme.selected);
                }
            }
            y += height;
        }
        if let Some(i) = selected {
            master_detail::position(area, buf, theme, i, rows.len());
        }
    }
}

/// "#1 Theft at the market — 2 actions", a problem's row in the plan.
fn heading(sec: &Section, read_only: bool, l: Lang) -> String {
    let title = &sec.problem.title;
    let mut heading = match sec.rank {
        Some(r) => tr!(l, "plan-heading-ranked", rank = r, title = title),
        None => tr!(l, "plan-heading-not-shortlisted", title = title),
    };
    heading.push_str(" — ");
    match sec.actions.len() {
        0 if read_only => heading.push_str(tr!(l, "plan-heading-no-actions")),
        0 => heading.push_str(tr!(l, "plan-heading-no-actions-add")),
        n => heading.push_str(&tr!(l, "plan-heading-actions", n = n)),
    }
    heading
}

/// An action's cells, in the order of [`COLUMNS`].
fn action_cells(
    a: &Action,
    today: NaiveDate,
    theme: &Theme,
    l: Lang,
) -> Vec<(String, ratatui::style::Style)> {
    let overdue = a.is_overdue(today);
    let start = a.start.map(|d| d.to_string()).unwrap_or_default();
    let due = a.due.map(|d| d.to_string()).unwrap_or_default();
    let status = actions::status_text(a.status, l);
    let due_style = if overdue { theme.danger } else { theme.base };
    vec![
        (a.activity.clone(), theme.base),
        (a.responsible.clone(), theme.base),
        (a.partners.clone(), theme.base),
        (start, theme.base),
        (due, due_style),
        (a.indicator.clone(), theme.base),
        (a.resources.clone(), theme.base),
        (status, theme.base),
    ]
}

#[allow(clippy::too_many_arguments)]
fn draw_action_row(
    buf: &mut Buffer,
    area: Rect,
    y: u16,
    height: u16,
    layout: &Layout,
    a: &Action,
    ctx: &Ctx,
    theme: &Theme,
) {
    let overdue = a.is_overdue(ctx.today);
    if overdue && area.width > 1 {
        put(buf, area.x + 1, y, "!", 1, theme.danger);
    }
    if a.inherited_from.is_some() && area.width > 2 {
        put(buf, area.x + 2, y, INHERITED_MARK, 1, theme.muted);
    }
    let cells = action_cells(a, ctx.today, theme, ctx.lang);
    let cells: Vec<(&str, ratatui::style::Style)> =
        cells.iter().map(|(t, st)| (t.as_str(), *st)).collect();
    if height > 1 {
        layout.draw_row_wrapped(buf, area.x + MARKS, y, &cells, height);
    } else {
        layout.draw_row(buf, area.x + MARKS, y, &cells);
    }
}

/// The full record of the selected row. `beside` puts a rule on its left;
/// otherwise a rule with the title runs above it.
fn draw_detail(
    area: Rect,
    buf: &mut Buffer,
    ctx: &Ctx,
    theme: &Theme,
    row: Row,
    placement: Placement,
) {
    if area.is_empty() {
        return;
    }
    let s = ctx.session;
    let l = ctx.lang;
    let (title, items_owned): (String, Vec<(&str, String)>) = match row {
        Row::Action(id) => {
            let Some(a) = s.action(id) else { return };
            let mut title = tr!(
                l,
                "plan-detail-action",
                status = actions::status_text(a.status, l)
            );
            if !a.progress.is_empty() {
                title.push_str(" · ");
                title.push_str(&tr!(l, "plan-detail-notes", n = a.progress.len()));
            }
            if a.inherited_from.is_some() {
                title.push_str(" · ");
                title.push_str(&tr!(l, "plan-detail-inherited", mark = INHERITED_MARK));
            }
            let mut items = vec![
                (tr!(l, "plan-label-activity"), a.activity.clone()),
                (tr!(l, "plan-label-responsible"), a.responsible.clone()),
                (tr!(l, "plan-label-with-whom"), a.partners.clone()),
                (
                    tr!(l, "plan-label-when"),
                    actions::dates_text(a, ctx.today, l),
                ),
                (tr!(l, "plan-label-resources"), a.resources.clone()),
                (tr!(l, "plan-label-indicator"), a.indicator.clone()),
                (tr!(l, "plan-label-risks"), a.risks.clone()),
                (
                    tr!(l, "plan-label-problem"),
                    actions::problem_label(s, a.problem),
                ),
            ];
            if let Some(gap) = actions::gap_text(s, a, l) {
                items.push((tr!(l, "plan-label-score-card"), gap));
            }
            (title, items)
        }
        Row::Problem(id) => {
            let Some(p) = s.problem(id) else { return };
            let place = match s.ranking.shortlist.iter().position(|x| *x == id) {
                Some(i) => tr!(l, "plan-detail-place", rank = i + 1),
                None => tr!(l, "plan-detail-not-shortlisted").into(),
            };
            let dots = match s.dots_for(id, None) {
                0 => String::new(),
                n => format!(" · {}", tr!(l, "plan-detail-dots", n = n)),
            };
            (
                match ctx.read_only {
                    true => tr!(l, "plan-detail-problem", place = place, dots = dots),
                    false => tr!(l, "plan-detail-problem-add", place = place, dots = dots),
                },
                vec![
                    (tr!(l, "plan-label-problem"), p.title.clone()),
                    (tr!(l, "plan-label-about"), p.description.clone()),
                    (tr!(l, "plan-label-where"), p.location.clone()),
                    (tr!(l, "plan-label-causes"), p.causes.join("; ")),
                    (tr!(l, "plan-label-effects"), p.effects.join("; ")),
                ],
            )
        }
    };

    let content = master_detail::detail_frame(area, buf, theme, &title, placement);
    let items: Vec<Item> = items_owned
        .iter()
        .map(|(label, value)| Item::new(label, value, theme.base))
        .collect();
    record::draw(content, buf, theme, &items);
}
