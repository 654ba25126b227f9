//! Criteria scoring: the room names 3–5 criteria (frequency, severity,
//! people affected, feasibility of local action are offered), each with a
//! weight, and scores every problem 1–5 on each. The grid has a row per
//! problem (in the order named, so rows stay still while scores change) and
//! a column per criterion, its weight in the header; the weighted total and
//! the rank it gives are on the right. Typing a score moves on to the next
//! criterion, so a row is scored as fast as the room speaks.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Position, Rect};
use ratatui::text::Span;

use super::shared::{
    BREAK_TIE, METHOD, NEXT_WHO, PREV_WHO, RESULTS, Standing, Whose, line, score_label, split_line,
    take_bottom, take_top, who_name,
};
use super::{RankView, Shared};
use crate::i18n::Lang;
use crate::model::ranking;
use crate::model::room::Focus;
use crate::model::rules::{MAX_WEIGHT, MIN_WEIGHT};
use crate::model::{
    Change, Criterion, CriterionId, GroupId, ListOp, ProblemId, RankMethod, Session, edits,
};
use crate::text;
use crate::tr;
use crate::tui::form::{Field, FieldId, Form, FormHost, Number, Text};
use crate::tui::keymap::{
    Action, DOWN, FIRST, Key, Keymap, LAST, PAGE_DOWN, PAGE_UP, Route, UP, bind,
};
use crate::tui::panels::{Confirm, Ctx, Effect};
use crate::tui::theme::Theme;
use crate::tui::widgets::list::Selection;
use crate::tui::widgets::put;

/// More criteria than this make scoring long; the room is told, not stopped.
const CRITERIA_COMFORT: usize = 5;

/// The criteria-scoring view: the grid's cursor, and the criterion form.
#[derive(Default)]
pub struct Criteria {
    /// The problem row and the criterion column under the cursor, by id.
    row: Selection<ProblemId>,
    col: Selection<CriterionId>,
    form: FormHost<CriterionForm>,
}

/// A criterion's name and weight; `id` is `None` for a new one.
struct CriterionForm {
    id: Option<CriterionId>,
    name: FieldId<Text>,
    weight: FieldId<Number>,
}

fn row_ids(s: &Session) -> Vec<ProblemId> {
    s.problems.iter().map(|p| p.id).collect()
}

fn col_ids(s: &Session) -> Vec<CriterionId> {
    s.ranking.criteria.iter().map(|c| c.id).collect()
}

pub(super) const KEYS: Keymap = Keymap {
    title: "Rank: criteria scoring",
    bindings: &[
        UP.shown_as("↑↓←→"),
        DOWN,
        bind(
            &[Key::code(KeyCode::Left), Key::char('h')],
            Action::CellLeft,
            "left",
            "previous criterion",
        )
        .help_only(),
        bind(
            &[Key::code(KeyCode::Right), Key::char('l')],
            Action::CellRight,
            "right",
            "next criterion",
        )
        .help_only(),
        bind(
            &[Key::char('1')],
            Action::Score(1),
            "score",
            "score 1 (low) … 5 (high), then on to the next criterion",
        )
        .editing()
        .shown_as("1-5"),
        bind(&[Key::char('2')], Action::Score(2), "2", "score 2")
            .editing()
            .help_only(),
        bind(&[Key::char('3')], Action::Score(3), "3", "score 3")
            .editing()
            .help_only(),
        bind(&[Key::char('4')], Action::Score(4), "4", "score 4")
            .editing()
            .help_only(),
        bind(&[Key::char('5')], Action::Score(5), "5", "score 5")
            .editing()
            .help_only(),
        bind(
            &[
                Key::char('0'),
                Key::code(KeyCode::Backspace),
                Key::code(KeyCode::Delete),
            ],
            Action::ClearScore,
            "clear",
            "clear the score of the cell",
        )
        .editing()
        .help_only(),
        NEXT_WHO,
        PREV_WHO,
        bind(
            &[Key::char('a')],
            Action::Add,
            "criterion",
            "add a criterion (a name and a weight)",
        )
        .editing(),
        bind(
            &[Key::code(KeyCode::Enter), Key::char('e')],
            Action::Edit,
            "edit",
            "rename the criterion of this column, or change its weight",
        )
        .editing()
        .shown_as("Enter"),
        bind(
            &[Key::char('d')],
            Action::Delete,
            "delete",
            "delete the criterion of this column, with its scores (asks first)",
        )
        .editing()
        .help_only(),
        RESULTS,
        BREAK_TIE,
        METHOD,
        PAGE_UP,
        PAGE_DOWN,
        FIRST,
        LAST,
        // Last: on a narrow hint line it is the first to give way.
        super::score_card::SCORE_CARD,
    ],
};

/// Where the cursor is: row and column indices into the session's problems
/// and criteria.
#[derive(Clone, Copy)]
struct Cell {
    row: Option<usize>,
    col: Option<usize>,
}

impl RankView for Criteria {
    fn focus(&self, s: &Session, _shared: &Shared, focus: &mut Focus) {
        focus.problem = self.row.key(&row_ids(s));
        focus.criterion = self.col.key(&col_ids(s));
    }

    fn keymap(&self, _s: &Session) -> Keymap {
        self.form.keymap().unwrap_or(KEYS)
    }

    fn keymaps(&self) -> Vec<Keymap> {
        vec![KEYS]
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

    fn handle_key(&mut self, key: &KeyEvent, ctx: &Ctx, _shared: &mut Shared) -> Effect {
        let col = &mut self.col;
        self.form
            .handle_key(key, Effect::None, |f, form| {
                submit_criterion(f, form, ctx, col)
            })
            .unwrap_or(Effect::Unhandled)
    }

    fn handle_paste(&mut self, text: &str) {
        self.form.paste(text);
    }

    fn handle_action(&mut self, action: Action, ctx: &Ctx, shared: &mut Shared) -> Effect {
        self.grid_action(action, ctx, shared)
    }

    fn session_changed(&mut self, s: &Session) {
        self.row.anchor(&row_ids(s));
        self.col.anchor(&col_ids(s));
    }

    fn draw(
        &self,
        body: Rect,
        panel: Rect,
        buf: &mut Buffer,
        ctx: &Ctx,
        shared: &Shared,
        theme: &Theme,
    ) -> Option<Position> {
        self.draw_grid(body, buf, ctx, shared.decider, theme);
        self.form.draw(panel, buf, theme)
    }
}

impl Criteria {
    fn cell(&self, s: &Session) -> Cell {
        Cell {
            row: self.row.index(&row_ids(s)),
            col: self.col.index(&col_ids(s)),
        }
    }

    fn move_cell(&mut self, s: &Session, row: usize, col: usize) {
        self.row.select_at(&row_ids(s), row);
        self.col.select_at(&col_ids(s), col);
    }

    fn grid_action(&mut self, action: Action, ctx: &Ctx, shared: &mut Shared) -> Effect {
        let s = ctx.session;
        let l = ctx.lang;
        let who = shared.decider;
        let cell = self.cell(s);
        match action {
            Action::NextGroup | Action::PrevGroup => {
                let current = shared.decider;
                return shared.pick(
                    s,
                    super::choosing::PickFor::Decider,
                    current,
                    action == Action::PrevGroup,
                    l,
                );
            }
            Action::Add => return self.open_criterion(None, l),
            _ => {}
        }
        if s.problems.is_empty() {
            return Effect::Info(tr!(l, "rank-no-problems").into());
        }
        let (rows, cols) = (s.problems.len(), s.ranking.criteria.len());
        let (r, c) = (cell.row.unwrap_or(0), cell.col.unwrap_or(0));
        if self.row.navigate(&row_ids(s), action) {
            return Effect::None;
        }
        let ids = col_ids(s);
        match action {
            Action::CellLeft => self.col.move_by(&ids, -1),
            Action::CellRight => self.col.move_by(&ids, 1),
            _ => {}
        }
        if matches!(action, Action::CellLeft | Action::CellRight) {
            return Effect::None;
        }
        let Some(c_i) = cell.col else {
            return Effect::Info(tr!(l, "rank-criteria-none-key").into());
        };
        let problem = s.problems[r].id;
        let criterion = &s.ranking.criteria[c_i];
        match action {
            Action::Score(value) => {
                // On to the next cell: the next criterion, then the next row.
                let (nr, nc) = if c + 1 < cols {
                    (r, c + 1)
                } else {
                    ((r + 1).min(rows - 1), if r + 1 < rows { 0 } else { c })
                };
                self.move_cell(s, nr, nc);
                let same = s.ranking.scores.iter().any(|sc| {
                    sc.problem == problem
                        && sc.criterion == criterion.id
                        && sc.group == who
                        && sc.value == value
                });
                if same {
                    return Effect::None;
                }
                Effect::Apply(edits::set_score(problem, criterion.id, who, value, ctx.now))
            }
            Action::ClearScore => match edits::unset_score(s, problem, criterion.id, who) {
                Some(change) => Effect::Apply(change),
                None => Effect::Info(tr!(
                    l,
                    "rank-criteria-nothing-to-clear",
                    who = who_name(s, who, l)
                )),
            },
            Action::Edit => self.open_criterion(Some(criterion), l),
            Action::Delete => {
                let scores = s
                    .ranking
                    .scores
                    .iter()
                    .filter(|sc| sc.criterion == criterion.id)
                    .count();
                let Some(change) = edits::remove_criterion(s, criterion.id) else {
                    return Effect::None;
                };
                Effect::Confirm(Confirm {
                    question: tr!(
                        l,
                        "rank-criteria-ask-delete",
                        name = &criterion.name,
                        scores = scores
                    ),
                    change,
                })
            }
            _ => Effect::Unhandled,
        }
    }

    fn open_criterion(&mut self, criterion: Option<&Criterion>, l: Lang) -> Effect {
        let title = match criterion {
            Some(c) => tr!(l, "rank-criteria-form-edit", name = &c.name),
            None => tr!(l, "rank-criteria-form-add").into(),
        };
        let mut form = Form::new(title).speaking(l);
        let fields = CriterionForm {
            id: criterion.map(|c| c.id),
            name: form.add(
                Field::text(
                    tr!(l, "rank-criteria-field-name"),
                    criterion.map_or("", |c| c.name.as_str()),
                )
                .help(tr!(l, "rank-criteria-field-name-help")),
            ),
            weight: form.add(
                Field::number(
                    tr!(l, "rank-criteria-field-weight"),
                    criterion.map_or(MIN_WEIGHT, |c| c.weight),
                    MIN_WEIGHT..=MAX_WEIGHT,
                )
                .help(tr!(l, "rank-criteria-field-weight-help")),
            ),
        };
        self.form.open(fields, form);
        Effect::None
    }
}

/// The change the criterion form asks for, or `None` to keep it open with
/// what to fix; a new criterion's column takes the cursor.
fn submit_criterion(
    f: &CriterionForm,
    form: &mut Form,
    ctx: &Ctx,
    col: &mut Selection<CriterionId>,
) -> Option<Effect> {
    let s = ctx.session;
    let l = ctx.lang;
    let name = form.get(f.name);
    let taken = s
        .ranking
        .criteria
        .iter()
        .any(|c| Some(c.id) != f.id && c.name.to_lowercase() == name.to_lowercase());
    let weight = match form.get(f.weight) {
        _ if name.is_empty() => {
            form.fail(f.name, tr!(l, "rank-criteria-name-empty"));
            return None;
        }
        _ if taken => {
            form.fail(f.name, tr!(l, "rank-criteria-name-taken", name = &name));
            return None;
        }
        Err(e) => {
            form.fail(f.weight, e);
            return None;
        }
        Ok(weight) => weight,
    };
    Some(match f.id {
        None => {
            let change = edits::add_criterion(s, &name, weight);
            let n = s.ranking.criteria.len() + 1;
            // The new column is where the cursor goes.
            col.select(s.next_criterion_id());
            if n > CRITERIA_COMFORT {
                Effect::ApplyWarn(change, tr!(l, "rank-criteria-many", n = n))
            } else {
                Effect::Apply(change)
            }
        }
        Some(id) => {
            let item = Criterion { id, name, weight };
            if s.ranking.criteria.contains(&item) {
                return Some(Effect::None);
            }
            Effect::Apply(Change::Criterion(ListOp::Update(item)))
        }
    })
}

/// "14 of 24 cells scored".
fn scored_line(s: &Session, who: Option<GroupId>, l: Lang) -> String {
    let cells = s.problems.len() * s.ranking.criteria.len();
    let scored = s
        .ranking
        .scores
        .iter()
        .filter(|sc| {
            sc.group == who
                && s.problem(sc.problem).is_some()
                && s.ranking.criteria.iter().any(|c| c.id == sc.criterion)
        })
        .count();
    tr!(l, "rank-criteria-scored", scored = scored, cells = cells)
}

// ---------------------------------------------------------------------------
// Drawing.

/// The total and rank columns on the right, at their narrowest (a longer
/// heading widens them).
const TOTAL_W: usize = 7;
const RANK_W: usize = 5;
const LEAD_W: usize = 2;

impl Criteria {
    fn draw_grid(
        &self,
        area: Rect,
        buf: &mut Buffer,
        ctx: &Ctx,
        who: Option<GroupId>,
        theme: &Theme,
    ) {
        let s = ctx.session;
        let l = ctx.lang;
        let mut area = area;
        let cell = self.cell(s);
        let heading = take_top(&mut area, 1);
        let title = tr!(l, "rank-criteria-title", who = who_name(s, who, l));
        if s.problems.is_empty() {
            line(heading, buf, &title, theme.heading);
            take_top(&mut area, 1);
            let why = tr!(l, "rank-no-problems");
            line(take_top(&mut area, 1), buf, why, theme.base);
            return;
        }
        split_line(
            heading,
            buf,
            &[Span::styled(title, theme.heading)],
            &scored_line(s, who, l),
            theme,
        );
        let criteria = &s.ranking.criteria;
        let Some(c_sel) = cell.col else {
            take_top(&mut area, 1);
            let why = if ctx.read_only {
                tr!(l, "rank-criteria-none")
            } else {
                tr!(l, "rank-criteria-none-examples")
            };
            line(take_top(&mut area, 1), buf, why, theme.base);
            return;
        };
        let r_sel = cell.row.unwrap_or(0);
        let crit = &criteria[c_sel];
        // The cell under the cursor in words, wrapped: the criterion's and the
        // problem's whole names, however narrow their columns below.
        let context = format!(
            "▶ {}",
            tr!(
                l,
                "rank-criteria-cell",
                criterion = &crit.name,
                weight = crit.weight,
                problem = &s.problems[r_sel].title
            )
        );
        let rows: Vec<String> = text::wrap(&context, area.width.max(1) as usize)
            .into_iter()
            .map(|l| context[l.range].trim_end().to_string())
            .collect();
        let room = (area.height / 4).max(1) as usize;
        for row in rows.iter().take(room) {
            line(take_top(&mut area, 1), buf, row, theme.label_focus);
        }

        let standing = Standing::of(s, RankMethod::Criteria);
        let whose = if who.is_some() {
            Whose::Room
        } else {
            Whose::Shown
        };
        let footer_h = standing.footer_rows(ctx, whose, false, area.width);
        let footer = take_bottom(&mut area, footer_h);
        standing.draw_footer(footer, ctx, whose, false, buf, theme);
        let mean_note = who.is_none() && s.ranking.scores.iter().any(|sc| sc.group.is_some());
        if mean_note && area.height > 8 {
            let note = tr!(l, "rank-criteria-mean-note");
            line(take_bottom(&mut area, 1), buf, note, theme.muted);
        }
        if area.height > 10 {
            take_top(&mut area, 1);
        }

        // Columns: lead, title, one per criterion, total, rank.
        // Criteria as wide as their longest word (a name wraps over two
        // rows), while the problem titles keep a third of the room.
        let k = criteria.len();
        let (problem_h, total_h, rank_h) = (
            tr!(l, "rank-criteria-col-problem"),
            tr!(l, "rank-criteria-col-total"),
            tr!(l, "rank-criteria-col-rank"),
        );
        let total_w = widened(TOTAL_W, text::width(total_h));
        let rank_w = widened(RANK_W, text::width(rank_h));
        let avail = (area.width as usize).saturating_sub(LEAD_W + total_w + rank_w);
        let longest_word = criteria
            .iter()
            .flat_map(|c| c.name.split_whitespace())
            .map(text::width)
            .max()
            .unwrap_or(0);
        let title_min = (avail / 3).min(24);
        let crit_w = (longest_word + 2)
            .clamp(6, 14)
            .min(avail.saturating_sub(title_min) / k)
            .max(4);
        let title_w = avail.saturating_sub(crit_w * k).max(8.min(avail));
        let x_crit = area.x as usize + LEAD_W + title_w;
        let x_total = x_crit + crit_w * k;

        // Header: the name over two rows, then the weight.
        let header_rows = 3.min(area.height);
        let header = take_top(&mut area, header_rows);
        for (j, c) in criteria.iter().enumerate() {
            let x = (x_crit + j * crit_w) as u16;
            let style = if j == c_sel {
                theme.label_focus
            } else {
                theme.heading
            };
            let width = crit_w - 1;
            for (k, piece) in two_rows(&c.name, width).iter().enumerate() {
                if (k as u16) < header.height {
                    put(buf, x, header.y + k as u16, piece, width as u16, style);
                }
            }
            if header.height == 3 {
                put(
                    buf,
                    x,
                    header.y + 2,
                    &format!("×{}", c.weight),
                    width as u16,
                    style,
                );
            }
        }
        let last_header = header.y + header.height.saturating_sub(1);
        if header.height > 0 {
            put(
                buf,
                area.x + LEAD_W as u16,
                last_header,
                problem_h,
                title_w as u16,
                theme.heading,
            );
            put(
                buf,
                x_total as u16,
                last_header,
                &pad_start(total_h, total_w - 1),
                total_w as u16,
                theme.heading,
            );
            put(
                buf,
                (x_total + total_w) as u16,
                last_header,
                &pad_start(rank_h, rank_w - 1),
                rank_w as u16,
                theme.heading,
            );
        }

        // Rows, in the order named.
        let window = self.row.window(&row_ids(s), area.height as usize);
        let ranked = ranking::ranking(s, RankMethod::Criteria, who);
        let shortlisted = |id: ProblemId| s.ranking.shortlist.contains(&id);
        for (row, (i, p)) in s
            .problems
            .iter()
            .enumerate()
            .take(window.end)
            .skip(window.start)
            .enumerate()
        {
            let y = area.y + row as u16;
            let selected = i == r_sel;
            let row_style = if selected { theme.emphasis } else { theme.base };
            let marker = if selected { "▶" } else { " " };
            put(buf, area.x, y, marker, 1, theme.label_focus);
            let star = if shortlisted(p.id) { "★ " } else { "" };
            let title = format!("{star}{}", p.title);
            put(
                buf,
                area.x + LEAD_W as u16,
                y,
                &text::fit(&title, title_w.saturating_sub(1)),
                title_w.saturating_sub(1) as u16,
                row_style,
            );
            for (j, c) in criteria.iter().enumerate() {
                let x = (x_crit + j * crit_w) as u16;
                let value = ranking::cell_score(s, p.id, c.id, who);
                let shown = value.map_or("·".to_string(), |v| {
                    score_label(RankMethod::Criteria, v, l)
                });
                let style = if selected && j == c_sel {
                    theme.selected
                } else if value.is_none() {
                    theme.muted
                } else {
                    theme.base
                };
                let cell = format!(" {}", text::pad_to(&shown, crit_w.saturating_sub(2)));
                put(buf, x, y, &cell, (crit_w - 1) as u16, style);
            }
            if let Some(r) = ranked.iter().find(|r| r.problem == p.id) {
                let total = pad_start(&score_label(RankMethod::Criteria, r.score, l), total_w - 1);
                put(
                    buf,
                    x_total as u16,
                    y,
                    &total,
                    total_w as u16,
                    theme.emphasis,
                );
                put(
                    buf,
                    (x_total + total_w) as u16,
                    y,
                    &pad_start(&r.rank.to_string(), rank_w - 1),
                    rank_w as u16,
                    row_style,
                );
            }
        }
    }
}

/// A column `least` wide, or wider for a heading `heading` columns long:
/// then with two spaces before it, so that right-to-left display (which
/// reads a run of words with single spaces as one phrase) keeps each
/// heading over its own column.
fn widened(least: usize, heading: usize) -> usize {
    if heading < least { least } else { heading + 2 }
}

/// `s` set against the right edge of `width` columns (measured as drawn).
fn pad_start(s: &str, width: usize) -> String {
    format!("{}{s}", " ".repeat(width.saturating_sub(text::width(s))))
}

/// A column header over two rows: whole words, a word too long for the
/// column cut with an ellipsis, and an ellipsis when words are left over.
fn two_rows(name: &str, width: usize) -> [String; 2] {
    let mut rows = [String::new(), String::new()];
    let mut words = name.split_whitespace().peekable();
    for row in rows.iter_mut() {
        while let Some(word) = words.peek() {
            let sep = usize::from(!row.is_empty());
            if row.is_empty() || text::width(row) + sep + text::width(word) <= width {
                if sep == 1 {
                    row.push(' ');
                }
                row.push_str(word);
                words.next();
            } else {
                break;
            }
        }
        *row = text::truncate(row, width).into_owned();
    }
    if words.peek().is_some() {
        let rest: Vec<&str> = words.collect();
        let joined = format!("{} {}", rows[1], rest.join(" "));
        rows[1] = text::truncate(joined.trim(), width).into_owned();
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::two_rows;

    #[test]
    fn headers_wrap_by_whole_words() {
        assert_eq!(two_rows("Frequency", 10), ["Frequency", ""]);
        assert_eq!(
            two_rows("Number of people affected", 10),
            ["Number of", "people af…"]
        );
        assert_eq!(
            two_rows("Feasibility of local action", 10),
            ["Feasibili…", "of local …"]
        );
        assert_eq!(two_rows("Severity", 4), ["Sev…", ""]);
    }
}
