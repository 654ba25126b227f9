//! The follow-up ledger, a view of Monitor (`f`): each problem the room
//! escalated beyond the community, to whom and when, and every reply or
//! non-reply since with its date; how many days it has waited, or took to
//! the first action and to done. Promises that are not followed up build no
//! trust: the ledger makes the waiting visible, and the next cycle opens
//! with what is still awaited.

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Position, Rect};

use super::actions::INHERITED_MARK;
use super::{Confirm, Ctx, Effect};
use crate::i18n::Lang;
use crate::model::ledger::{Escalation, Reply, ReplyKind, Standing};
use crate::model::{Change, EscalationId, ListOp, ProblemId, Session, edits, rules};
use crate::report::ledger::waited;
use crate::report::rollup::AWAITING_DAYS;
use crate::text;
use crate::tr;
use crate::tui::form::{Choice, Date, Field, FieldId, Form, FormHost, Text};
use crate::tui::keymap::{
    Action, DOWN, FIRST, Key, Keymap, LAST, PAGE_DOWN, PAGE_UP, Route, UP, bind,
};
use crate::tui::theme::Theme;
use crate::tui::widgets::list::{Selection, range_label_in};
use crate::tui::widgets::put;

/// Who problems usually go to beyond the community; offered, never imposed
/// (in the facilitator's language: what is picked is typed as it reads).
const USUAL_BODIES: [&str; 6] = [
    "ledger-body-district-committee",
    "ledger-body-sub-county-committee",
    "ledger-body-county-commander",
    "ledger-body-county-commissioner",
    "ledger-body-gender-office",
    "ledger-body-interior",
];

#[derive(Default)]
pub struct LedgerView {
    selection: Selection<EscalationId>,
    form: FormHost<LedgerForm>,
}

enum LedgerForm {
    /// A new escalation (`None`) or the one edited.
    Escalation {
        id: Option<EscalationId>,
        problems: Vec<ProblemId>,
        problem: FieldId<Choice>,
        to: FieldId<Text>,
        raised: FieldId<Date>,
    },
    Reply {
        id: EscalationId,
        date: FieldId<Date>,
        kind: FieldId<Choice>,
        note: FieldId<Text>,
    },
}

pub const KEYS: Keymap = Keymap {
    title: "Monitor: follow-up of escalations",
    bindings: &[
        bind(
            &[Key::char('n')],
            Action::AddNote,
            "reply",
            "record what came back, dated: no reply, a reply, an action taken, or done",
        )
        .editing(),
        bind(
            &[Key::char('a')],
            Action::Add,
            "escalate",
            "record that a problem was raised with someone beyond the community, and when",
        )
        .editing(),
        bind(
            &[Key::code(KeyCode::Enter), Key::char('e')],
            Action::Edit,
            "edit",
            "edit to whom and when the selected problem was raised",
        )
        .editing()
        .shown_as("Enter"),
        bind(
            &[Key::char('f'), Key::code(KeyCode::Esc)],
            Action::ShowLedger,
            "back",
            "back to the actions",
        ),
        UP,
        DOWN,
        bind(
            &[Key::char('d')],
            Action::Delete,
            "delete",
            "delete the selected escalation with its replies (asks first)",
        )
        .editing()
        .help_only(),
        PAGE_UP,
        PAGE_DOWN,
        FIRST,
        LAST,
    ],
};

/// Still awaited first, the longest waiting (raised first) first; then the
/// ones done.
pub fn ordered(s: &Session) -> Vec<&Escalation> {
    let mut list: Vec<&Escalation> = s.escalations.iter().collect();
    list.sort_by_key(|e| (!e.is_open(), e.raised));
    list
}

fn ids(list: &[&Escalation]) -> Vec<EscalationId> {
    list.iter().map(|e| e.id).collect()
}

/// The problems an escalation can be of: those flagged for district or
/// national action first.
fn problem_choices(s: &Session) -> Vec<ProblemId> {
    let mut ids: Vec<ProblemId> = s
        .problems
        .iter()
        .filter(|p| p.needs_escalation)
        .map(|p| p.id)
        .collect();
    ids.extend(
        s.problems
            .iter()
            .filter(|p| !p.needs_escalation)
            .map(|p| p.id),
    );
    ids
}

/// The day typed, today when left empty, never after today.
fn read_day(form: &mut Form, field: FieldId<Date>, today: NaiveDate, l: Lang) -> Option<NaiveDate> {
    let day = match form.get(field).as_of(today) {
        Ok(d) => d.unwrap_or(today),
        Err(e) => {
            form.fail(field, e);
            return None;
        }
    };
    if day > today {
        form.fail(
            field,
            tr!(
                l,
                "ledger-date-future",
                day = day.to_string(),
                today = today.to_string()
            ),
        );
        return None;
    }
    Some(day)
}

impl LedgerView {
    pub fn keymap(&self) -> Keymap {
        self.form.keymap().unwrap_or(KEYS)
    }

    /// See [`crate::tui::panels::Panel::typing`].
    pub fn typing(&self) -> Option<crate::tui::room::Typing> {
        self.form.typing()
    }

    /// The escalation under the cursor, for the room's screen.
    pub fn selected(&self, s: &Session) -> Option<EscalationId> {
        self.selection.key(&ids(&ordered(s)))
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
        let selection = &mut self.selection;
        self.form
            .handle_key(key, Effect::None, |f, form| submit(f, form, ctx, selection))
            .unwrap_or(Effect::Unhandled)
    }

    pub fn handle_paste(&mut self, text: &str) {
        self.form.paste(text);
    }

    pub fn session_changed(&mut self, s: &Session) {
        self.selection.anchor(&ids(&ordered(s)));
    }

    pub fn handle_action(&mut self, action: Action, ctx: &Ctx) -> Effect {
        let s = ctx.session;
        let l = ctx.lang;
        let list = ordered(s);
        let keys = ids(&list);
        if self.selection.navigate(&keys, action) {
            return Effect::None;
        }
        if action == Action::Add {
            return self.open_escalation(s, None, ctx.today, l);
        }
        let Some(e) = self.selection.key(&keys).and_then(|id| s.escalation(id)) else {
            return Effect::Info(tr!(l, "ledger-nothing-yet").into());
        };
        match action {
            Action::AddNote => {
                let mut form = Form::new(tr!(
                    l,
                    "ledger-form-reply",
                    to = &e.to,
                    problem = s.problem_title(e.problem)
                ))
                .speaking(l);
                let date = form.add(Field::date(tr!(l, "ledger-field-date"), Some(ctx.today)));
                let kind = form.add(
                    Field::choice(
                        tr!(l, "ledger-field-what"),
                        ReplyKind::ALL
                            .iter()
                            .map(|k| format!("{} {}", k.mark(), l.t(k.msg_id())))
                            .collect(),
                        0,
                    )
                    .help(tr!(l, "ledger-field-what-help")),
                );
                let note = form.add(
                    // Private: what an official said, and who, is
                    // not for the wall.
                    Field::text(tr!(l, "ledger-field-note"), "")
                        .private()
                        .help(tr!(l, "ledger-field-note-help")),
                );
                form.focus_on(kind);
                self.form.open(
                    LedgerForm::Reply {
                        id: e.id,
                        date,
                        kind,
                        note,
                    },
                    form,
                );
                Effect::None
            }
            Action::Edit => self.open_escalation(s, Some(e), ctx.today, l),
            Action::Delete => {
                let change = Change::Escalation(ListOp::Remove { id: e.id });
                Effect::Confirm(Confirm {
                    question: tr!(
                        l,
                        "ledger-ask-delete",
                        problem = s.problem_title(e.problem),
                        to = &e.to,
                        replies = e.replies.len()
                    ),
                    change,
                })
            }
            _ => Effect::Unhandled,
        }
    }

    fn open_escalation(
        &mut self,
        s: &Session,
        old: Option<&Escalation>,
        today: NaiveDate,
        l: Lang,
    ) -> Effect {
        let problems = problem_choices(s);
        if problems.is_empty() {
            return Effect::Info(tr!(l, "ledger-no-problems").into());
        }
        let mut form = Form::new(match old {
            Some(e) => tr!(
                l,
                "ledger-form-escalation",
                problem = s.problem_title(e.problem)
            ),
            None => tr!(l, "ledger-form-raise").into(),
        })
        .speaking(l);
        let problem = form.add(Field::choice(
            tr!(l, "ledger-field-problem"),
            problems
                .iter()
                .map(|p| s.problem_title(*p).to_string())
                .collect(),
            old.and_then(|e| problems.iter().position(|p| *p == e.problem))
                .unwrap_or(0),
        ));
        let mut bodies: Vec<String> = USUAL_BODIES.iter().map(|b| l.t(b).to_string()).collect();
        for e in &s.escalations {
            if !bodies
                .iter()
                .any(|b| b.to_lowercase() == e.to.to_lowercase())
            {
                bodies.push(e.to.clone());
            }
        }
        let to = form.add(
            Field::text(tr!(l, "ledger-field-to"), old.map_or("", |e| e.to.as_str()))
                .suggestions(bodies)
                .help(tr!(l, "ledger-field-to-help")),
        );
        let raised = form.add(Field::date(
            tr!(l, "ledger-field-raised"),
            Some(old.map_or(today, |e| e.raised)),
        ));
        if old.is_none() {
            form.focus_on(problem);
        }
        self.form.open(
            LedgerForm::Escalation {
                id: old.map(|e| e.id),
                problems,
                problem,
                to,
                raised,
            },
            form,
        );
        Effect::None
    }
}

fn submit(
    f: &LedgerForm,
    form: &mut Form,
    ctx: &Ctx,
    selection: &mut Selection<EscalationId>,
) -> Option<Effect> {
    let s = ctx.session;
    let l = ctx.lang;
    Some(match f {
        LedgerForm::Escalation {
            id,
            problems,
            problem,
            to,
            raised,
        } => {
            let who = form.get(*to);
            if rules::recipient(&who).is_err() {
                form.fail(*to, tr!(l, "ledger-to-empty"));
                return None;
            }
            let day = read_day(form, *raised, ctx.today, l)?;
            let problem = problems[form.get(*problem).min(problems.len() - 1)];
            match id.and_then(|i| s.escalation(i)) {
                Some(old) => {
                    if old.replies.iter().any(|r| r.date < day) {
                        form.fail(
                            *raised,
                            tr!(l, "ledger-raised-after-reply", day = day.to_string()),
                        );
                        return None;
                    }
                    let mut e = old.clone();
                    e.problem = problem;
                    e.to = who;
                    e.raised = day;
                    if e == *old {
                        return Some(Effect::None);
                    }
                    Effect::Apply(Change::Escalation(ListOp::Update(e)))
                }
                None => {
                    selection.select(s.next_escalation_id());
                    edits::escalate(s, problem, &who, day).map_or(Effect::None, Effect::Apply)
                }
            }
        }
        LedgerForm::Reply {
            id,
            date,
            kind,
            note,
        } => {
            let Some(e) = s.escalation(*id) else {
                return Some(Effect::Warn(tr!(l, "ledger-gone").into()));
            };
            let day = read_day(form, *date, ctx.today, l)?;
            if day < e.raised {
                form.fail(
                    *date,
                    tr!(
                        l,
                        "ledger-date-before-raised",
                        day = day.to_string(),
                        raised = e.raised.to_string()
                    ),
                );
                return None;
            }
            let kind = ReplyKind::ALL[form.get(*kind).min(ReplyKind::ALL.len() - 1)];
            let reply = Reply {
                date: day,
                kind,
                note: form.get(*note),
                at: ctx.now,
            };
            edits::add_reply(s, *id, reply).map_or(Effect::None, Effect::Apply)
        }
    })
}

impl LedgerView {
    pub fn draw(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx, theme: &Theme) -> Option<Position> {
        self.draw_ledger(area, buf, ctx, theme);
        self.form.draw(area, buf, theme)
    }

    fn draw_ledger(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx, theme: &Theme) {
        let s = ctx.session;
        let today = ctx.today;
        let l = ctx.lang;
        let area = Rect::new(
            area.x + 1,
            area.y,
            area.width.saturating_sub(2),
            area.height,
        );
        if area.height < 3 {
            return;
        }
        let list = ordered(s);
        let awaited = list.iter().filter(|e| e.is_open()).count();
        let title = tr!(
            l,
            "ledger-title",
            awaited = awaited,
            done = list.len() - awaited
        );
        put(buf, area.x, area.y, &title, area.width, theme.heading);
        let mut y = area.y + 1;
        if list.is_empty() {
            let why = if ctx.read_only {
                tr!(l, "ledger-empty-read-only")
            } else {
                tr!(l, "ledger-empty")
            };
            for piece in wrap(why, area.width) {
                put(buf, area.x, y + 1, &piece, area.width, theme.base);
                y += 1;
            }
            return;
        }
        let keys = ids(&list);
        let selected = self.selection.index(&keys).unwrap_or(0);
        // The table: the problem and to whom share what the fixed columns
        // leave.
        let (raised_w, stands_w) = (11u16, 26u16);
        let flexible = area.width.saturating_sub(4 + raised_w + stands_w);
        let problem_w = (flexible / 2).max(8);
        let to_w = flexible.saturating_sub(problem_w).max(6);
        let x_to = area.x + 4 + problem_w;
        let x_raised = x_to + to_w;
        let x_stands = x_raised + raised_w;
        let header = y;
        let headings = [
            (area.x + 4, tr!(l, "ledger-col-problem"), problem_w),
            (x_to, tr!(l, "ledger-col-to"), to_w),
            (x_raised, tr!(l, "ledger-col-raised"), raised_w),
            (x_stands, tr!(l, "ledger-col-stands"), stands_w),
        ];
        for (x, heading, w) in headings {
            put(buf, x, header, heading, w, theme.heading);
        }
        y += 1;
        // The selected escalation's replies take the lower part.
        let detail_h = (list[selected].replies.len() as u16 + 3).min(area.height / 2);
        let table_rows = area.bottom().saturating_sub(y + detail_h) as usize;
        let window = self.selection.window(&keys, table_rows.max(1));
        for (k, i) in window.clone().enumerate() {
            let e = list[i];
            let row_y = y + k as u16;
            let is_sel = i == selected;
            let late = e
                .awaiting_reply_days(today)
                .is_some_and(|d| d > AWAITING_DAYS);
            if is_sel {
                put(buf, area.x, row_y, "▶", 1, theme.label_focus);
            }
            if late {
                put(buf, area.x + 1, row_y, "!", 1, theme.danger);
            }
            if e.inherited_from.is_some() {
                put(buf, area.x + 2, row_y, INHERITED_MARK, 1, theme.muted);
            }
            let style = if is_sel { theme.emphasis } else { theme.base };
            let fit = |t: &str, w: u16| text::fit(t, w.saturating_sub(1) as usize);
            put(
                buf,
                area.x + 4,
                row_y,
                &fit(s.problem_title(e.problem), problem_w),
                problem_w,
                style,
            );
            put(buf, x_to, row_y, &fit(&e.to, to_w), to_w, style);
            put(buf, x_raised, row_y, &e.raised.to_string(), raised_w, style);
            let stands = stands(e, today, l);
            let stands_style = if late { theme.danger } else { style };
            put(buf, x_stands, row_y, &stands, stands_w, stands_style);
        }
        let page = range_label_in(l, &window, keys.len());
        let mut dy = area.bottom().saturating_sub(detail_h);
        if !page.is_empty() {
            put(
                buf,
                area.x,
                dy.saturating_sub(1),
                &page,
                area.width,
                theme.muted,
            );
        }
        // The replies of the selected one, dated, oldest first.
        let e = list[selected];
        let rule = tr!(
            l,
            "ledger-detail-rule",
            problem = s.problem_title(e.problem),
            to = &e.to,
            raised = e.raised.to_string()
        );
        put(buf, area.x, dy, &rule, area.width, theme.heading);
        dy += 1;
        let mut replies: Vec<&Reply> = e.replies.iter().collect();
        replies.sort_by_key(|r| (r.date, r.at));
        if replies.is_empty() && dy < area.bottom() {
            put(
                buf,
                area.x + 2,
                dy,
                tr!(l, "ledger-no-replies"),
                area.width,
                theme.muted,
            );
            dy += 1;
        }
        for r in replies {
            if dy >= area.bottom() {
                break;
            }
            // The date, then what came: two cells each (fields), so right to
            // left the dates stay one column down the left.
            let date = format!("{}  ", r.date);
            let mut line = format!("{} {}", r.kind.mark(), l.t(r.kind.msg_id()));
            if !r.note.trim().is_empty() {
                line.push_str(&format!(": {}", r.note.trim()));
            }
            let room = area.width - 2;
            put(buf, area.x + 2, dy, &date, room, theme.base);
            let date_w = (text::width(&date) as u16).min(room);
            put(
                buf,
                area.x + 2 + date_w,
                dy,
                &line,
                room - date_w,
                theme.base,
            );
            dy += 1;
        }
        let days = match (e.days_to_first_action(), e.days_to_done()) {
            (_, Some(d)) => tr!(
                l,
                "ledger-days-done",
                first = e.days_to_first_action().unwrap_or(d),
                done = d
            ),
            (Some(a), None) => tr!(l, "ledger-days-acting", first = a),
            (None, None) => waited(e, today, l),
        };
        if dy < area.bottom() {
            put(buf, area.x + 2, dy, &days, area.width - 2, theme.muted);
        }
    }
}

/// Where an escalation stands, short enough for its column: "no reply ·
/// 173 days", "reply · no action 135 days", "▶ first action day 12",
/// "✓ done in 40 days".
pub fn stands(e: &Escalation, today: NaiveDate, l: Lang) -> String {
    match e.standing() {
        Standing::AwaitingReply => tr!(
            l,
            "ledger-stands-awaiting-reply",
            days = e.awaiting_reply_days(today).unwrap_or(0)
        ),
        Standing::AwaitingAction => tr!(
            l,
            "ledger-stands-awaiting-action",
            days = (today - e.first_reply().unwrap_or(e.raised)).num_days()
        ),
        Standing::InAction => tr!(
            l,
            "ledger-stands-in-action",
            day = e.days_to_first_action().unwrap_or(0)
        ),
        Standing::Done => tr!(
            l,
            "ledger-stands-done",
            days = e.days_to_done().unwrap_or(0)
        ),
    }
}

/// The escalations of a session carried from an earlier cycle and still
/// awaited, in a line for the status bar when the session opens: the new
/// cycle starts with what is still owed.
pub fn still_awaited(s: &Session, today: NaiveDate, l: Lang) -> Option<String> {
    let open: Vec<&Escalation> = ordered(s)
        .into_iter()
        .filter(|e| e.is_open() && e.inherited_from.is_some())
        .collect();
    let first = open.first()?;
    Some(tr!(
        l,
        "ledger-still-awaited",
        problem = s.problem_title(first.problem),
        to = &first.to,
        stands = stands(first, today, l),
        more = open.len() - 1
    ))
}

fn wrap(s: &str, width: u16) -> Vec<String> {
    text::wrap(s, width.max(1) as usize)
        .into_iter()
        .map(|l| s[l.range].trim_end().to_string())
        .collect()
}
