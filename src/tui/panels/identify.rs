//! The Identify panel: the room names its security problems, then looks at
//! each one as a problem tree — causes → problem → effects — to move "from
//! reaction to prevention".
//!
//! Capture comes first: `a` opens a one-line entry that stays open, so several
//! problems can be typed in a row while people talk; the details (causes,
//! effects, where, who raised it…) are filled in later in a form. The tree
//! itself is a widget of its own ([`problem_tree`]); this panel is the list,
//! its keys and its forms.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Position, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Block, Borders, Widget};

use super::where_when::{self, GridView};
use super::{Confirm, Ctx, Effect, Panel};
use crate::i18n::{Arg, Lang, Msg};
use crate::model::room::Focus;
use crate::model::{Change, Field, ListOp, Problem, ProblemId, Session, edits};
use crate::text;
use crate::tr;
// `Field` is the session's (Change::Set); the form's is FormField.
use crate::tui::form::{
    Choice, Field as FormField, FieldId, Form, FormHost, Lines, Multi, Text, Toggle,
};
use crate::tui::keymap::{
    Action, DOWN, FIRST, Key, Keymap, LAST, PAGE_DOWN, PAGE_UP, Route, UP, bind,
};
use crate::tui::text_field::{TextField, sanitize};
use crate::tui::theme::Theme;
use crate::tui::widgets::list::Selection;
use crate::tui::widgets::problem_tree::{self, ESCALATION, RESOLVED, wrap_rows};
use crate::tui::widgets::put_in;
use crate::tui::widgets::styled_row::{Pieces, draw_row};

/// Marks the problem being merged away while the target is chosen.
const MERGING: &str = "◆";
/// The choice meaning "no category" in the form.
const NO_CATEGORY: &str = "(none)";

const LIST_KEYS: Keymap = Keymap {
    title: "Identify",
    bindings: &[
        UP,
        DOWN,
        bind(
            &[Key::char('a')],
            Action::Add,
            "add",
            "add problems: type a title, Enter, type the next; Esc when done",
        )
        .editing(),
        bind(
            &[Key::code(KeyCode::Enter), Key::char('e')],
            Action::Edit,
            "edit",
            "edit the problem: description, category, where, who raised it, causes, effects",
        )
        .editing()
        .shown_as("Enter"),
        bind(
            &[Key::char('d')],
            Action::Delete,
            "delete",
            "delete the problem with its dots and actions (asks first)",
        )
        .editing(),
        bind(
            &[Key::char('m')],
            Action::Merge,
            "merge",
            "merge a duplicate: m on it, move to the problem to keep, m again",
        )
        .editing(),
        bind(
            &[Key::char('!')],
            Action::ToggleEscalation,
            "district",
            "flag or unflag: needs district/national action (⚑)",
        )
        .editing(),
        bind(
            &[Key::char('K'), Key::shift(KeyCode::Up)],
            Action::MoveUp,
            "reorder",
            "move the problem up the list",
        )
        .editing()
        .shown_as("K J"),
        bind(
            &[Key::char('J'), Key::shift(KeyCode::Down)],
            Action::MoveDown,
            "move down",
            "move the problem down the list",
        )
        .editing()
        .help_only(),
        bind(
            &[Key::char('r')],
            Action::ToggleResolved,
            "resolved",
            "mark the problem resolved (✓) or open again",
        )
        .editing(),
        PAGE_UP,
        PAGE_DOWN,
        FIRST,
        LAST,
        // Last: on a narrow hint line it is the first to give way.
        bind(
            &[Key::char('w')],
            Action::ShowWhereWhen,
            "where & when",
            "where and when insecurity happens: places by times of day or months, marked 0–3 by each group",
        ),
    ],
};

const CAPTURE_KEYS: Keymap = Keymap {
    title: "Adding problems",
    bindings: &[
        bind(
            &[Key::code(KeyCode::Enter)],
            Action::Submit,
            "add, next",
            "add the problem and start the next one (Enter on an empty line ends)",
        ),
        // Passed on to the global undo and redo (this panel leaves them
        // unhandled): `u` is a letter here, but taking back a slip must not
        // end the capture. A line just cleared with Esc comes back first.
        bind(
            &[Key::ctrl('z')],
            Action::Undo,
            "undo",
            "bring back the line Esc cleared; else take back the last change (the problem just added)",
        ),
        bind(
            &[Key::ctrl('y')],
            Action::Redo,
            "redo",
            "redo what Ctrl+z took back",
        )
        .help_only(),
        bind(
            &[Key::code(KeyCode::Esc)],
            Action::Cancel,
            "done",
            "stop adding (a half-typed line is cleared first, and Ctrl+z brings it back)",
        ),
    ],
};

const MERGE_KEYS: Keymap = Keymap {
    title: "Merging duplicates",
    bindings: &[
        UP,
        DOWN,
        PAGE_UP,
        PAGE_DOWN,
        FIRST,
        LAST,
        bind(
            &[Key::char('m'), Key::code(KeyCode::Enter)],
            Action::Merge,
            "merge here",
            "merge the marked problem (◆) into the selected one (asks first)",
        )
        .editing()
        .shown_as("m"),
        bind(
            &[Key::code(KeyCode::Esc)],
            Action::Cancel,
            "cancel",
            "stop merging",
        ),
    ],
};

#[derive(Default)]
enum Mode {
    #[default]
    List,
    /// The one-line entry under the list: Enter adds, and it stays open.
    Capture(TextField),
    /// Choosing the problem to merge the marked one into.
    Merge(ProblemId),
    /// Where and when insecurity happens.
    Grid,
}

/// The problem form: which problem, the categories it offers and the
/// handles of its fields.
struct ProblemForm {
    id: ProblemId,
    /// The category options the form offers, `NO_CATEGORY` first.
    categories: Vec<String>,
    title: FieldId<Text>,
    description: FieldId<Text>,
    category: FieldId<Choice>,
    new_category: FieldId<Text>,
    location: FieldId<Text>,
    raised_by: FieldId<Multi>,
    causes: FieldId<Lines>,
    effects: FieldId<Lines>,
    escalation: FieldId<Toggle>,
    resolved: FieldId<Toggle>,
}

#[derive(Default)]
pub struct IdentifyPanel {
    /// The selected problem, by id so it stays selected when the list is
    /// reordered or a problem above it goes.
    list: Selection<ProblemId>,
    mode: Mode,
    /// A half-typed line Esc cleared from the capture: Ctrl+z (or the next
    /// `a`) brings it back, so a slip never loses what the room said.
    cleared: Option<String>,
    /// The full form of one problem, open over the panel.
    form: FormHost<ProblemForm>,
    /// The where-and-when grid (`w`).
    grid: GridView,
}

fn problem_ids(s: &Session) -> Vec<ProblemId> {
    s.problems.iter().map(|p| p.id).collect()
}

impl IdentifyPanel {
    /// The selected row.
    fn selected(&self, s: &Session) -> Option<usize> {
        self.list.index(&problem_ids(s))
    }

    fn list_action(&mut self, action: Action, s: &Session, i: Option<usize>, l: Lang) -> Effect {
        if action == Action::Add {
            if let Some(draft) = self.cleared.take() {
                self.mode = Mode::Capture(TextField::single_line(&draft));
                return Effect::Info(tr!(l, "identify-draft-back", draft = &draft));
            }
            self.mode = Mode::Capture(TextField::single_line(""));
            return Effect::Info(tr!(l, "identify-capture").into());
        }
        let Some(i) = i else {
            return Effect::Info(tr!(l, "identify-empty").into());
        };
        let problem = &s.problems[i];
        match action {
            Action::Edit => self.open_form(s, i, l),
            Action::Delete => confirm_delete(s, i, l),
            Action::MoveUp if i == 0 => Effect::Info(tr!(l, "identify-at-top").into()),
            Action::MoveUp => move_to(problem, i - 1),
            Action::MoveDown if i + 1 == s.problems.len() => {
                Effect::Info(tr!(l, "identify-at-bottom").into())
            }
            Action::MoveDown => move_to(problem, i + 1),
            Action::Merge if s.problems.len() < 2 => {
                Effect::Info(tr!(l, "identify-merge-needs-two").into())
            }
            Action::Merge => {
                self.mode = Mode::Merge(problem.id);
                Effect::Info(tr!(
                    l,
                    "identify-merge-marked",
                    mark = MERGING,
                    title = &problem.title
                ))
            }
            Action::ToggleEscalation => {
                let mut p = problem.clone();
                p.needs_escalation = !p.needs_escalation;
                let label = if p.needs_escalation {
                    Msg::new("change-escalation-flagged").with("mark", ESCALATION)
                } else {
                    Msg::new("change-escalation-unflagged")
                }
                .with("title", p.title.as_str());
                update_labelled(p, label)
            }
            Action::ToggleResolved => {
                let mut p = problem.clone();
                p.resolved = !p.resolved;
                let label = if p.resolved {
                    Msg::new("change-resolved").with("mark", RESOLVED)
                } else {
                    Msg::new("change-open-again")
                }
                .with("title", p.title.as_str());
                update_labelled(p, label)
            }
            _ => Effect::Unhandled,
        }
    }

    fn capture_action(&mut self, action: Action, s: &Session, l: Lang) -> Effect {
        let Mode::Capture(field) = &mut self.mode else {
            return Effect::Unhandled;
        };
        let title = field.text().trim().to_string();
        match action {
            Action::Submit if title.is_empty() => {
                self.mode = Mode::List;
                Effect::None
            }
            Action::Submit => {
                field.clear();
                self.cleared = None;
                let item = Problem {
                    id: s.next_problem_id(),
                    title,
                    ..Problem::default()
                };
                // The list follows the capture.
                self.list.select(item.id);
                Effect::Apply(Change::Problem(ListOp::Insert {
                    index: s.problems.len(),
                    item,
                }))
            }
            // A slip must not end the capture and lose the typed line: the
            // first Esc clears it (kept, for Ctrl+z), the next one ends.
            Action::Cancel if !field.is_empty() => {
                let typed = field.text().to_string();
                field.clear();
                let shown = text::truncate(typed.trim(), 40).into_owned();
                self.cleared = Some(typed);
                Effect::Info(tr!(l, "identify-line-cleared", draft = &shown))
            }
            Action::Undo if field.is_empty() && self.cleared.is_some() => {
                let draft = self.cleared.take().unwrap_or_default();
                field.insert_str(&draft);
                Effect::Info(tr!(l, "identify-line-back").into())
            }
            Action::Cancel => {
                self.mode = Mode::List;
                Effect::None
            }
            _ => Effect::Unhandled,
        }
    }

    /// Several lines pasted into the capture line (a list typed elsewhere):
    /// one problem per non-empty line, with what was typed joining the paste
    /// where the cursor is. They are added as one change, so one undo takes
    /// the whole paste back — a paste is one act, and the wrong clipboard is
    /// the usual slip.
    fn capture_lines(&mut self, pasted: &str, s: &Session, l: Lang) -> Effect {
        let Mode::Capture(field) = &mut self.mode else {
            return Effect::None;
        };
        let (typed, at) = (field.text(), field.cursor());
        let whole = format!("{}{pasted}{}", &typed[..at], &typed[at..]);
        let titles: Vec<String> = sanitize(&whole, true)
            .split('\n')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(String::from)
            .collect();
        field.clear();
        let Some(last) = titles.len().checked_sub(1) else {
            return Effect::Info(tr!(l, "identify-paste-empty").into());
        };
        let first = s.next_problem_id().0;
        let mut inserts: Vec<Change> = titles
            .iter()
            .enumerate()
            .map(|(i, title)| {
                Change::Problem(ListOp::Insert {
                    index: s.problems.len() + i,
                    item: Problem {
                        id: ProblemId(first + i as u32),
                        title: title.clone(),
                        ..Problem::default()
                    },
                })
            })
            .collect();
        // The list follows the capture: the last one added is selected.
        self.list.select(ProblemId(first + last as u32));
        if inserts.len() == 1 {
            return Effect::Apply(inserts.remove(0));
        }
        let names: Vec<Arg> = titles
            .iter()
            .map(|t| Msg::new("change-quoted").with("text", t.as_str()).into())
            .collect();
        Effect::Apply(Change::Batch {
            label: Msg::new("change-problems-added")
                .with("n", titles.len())
                .with("titles", names),
            changes: inserts,
        })
    }

    fn merge_action(
        &mut self,
        action: Action,
        s: &Session,
        from: ProblemId,
        i: usize,
        l: Lang,
    ) -> Effect {
        match action {
            Action::Cancel => {
                self.mode = Mode::List;
                Effect::Info(tr!(l, "identify-merge-cancelled").into())
            }
            Action::Merge if s.problems[i].id == from => {
                Effect::Info(tr!(l, "identify-merge-same", mark = MERGING))
            }
            Action::Merge => {
                self.mode = Mode::List;
                confirm_merge(s, from, s.problems[i].id, l)
            }
            _ => Effect::Unhandled,
        }
    }

    fn open_form(&mut self, s: &Session, i: usize, l: Lang) -> Effect {
        let p = &s.problems[i];
        let mut categories = vec![NO_CATEGORY.to_string()];
        categories.extend(s.categories.iter().cloned());
        // A category no longer in the list (edited away, or from a merge) is
        // still offered, so opening and saving the form never drops it.
        if !p.category.is_empty() && !s.categories.contains(&p.category) {
            categories.push(p.category.clone());
        }
        let category = categories[1..]
            .iter()
            .position(|c| *c == p.category)
            .map_or(0, |c| c + 1);
        let groups = s.groups.iter().map(|g| g.name.clone()).collect();
        let ticked = s
            .groups
            .iter()
            .map(|g| p.raised_by.contains(&g.id))
            .collect();
        let groups_help = if s.groups.is_empty() {
            tr!(l, "identify-groups-none")
        } else {
            tr!(l, "identify-groups-help")
        };
        let mut form = Form::new(tr!(
            l,
            "identify-form-title",
            number = i + 1,
            title = &p.title
        ))
        .speaking(l);
        let fields = ProblemForm {
            id: p.id,
            title: form.add(
                FormField::text(tr!(l, "identify-field-title"), &p.title)
                    .help(tr!(l, "identify-field-title-help")),
            ),
            // The tree comes right after the title: causes and effects are
            // what the room works on here ("from reaction to prevention").
            causes: form.add(
                FormField::lines(tr!(l, "identify-field-causes"), &p.causes)
                    .private()
                    .help(tr!(l, "identify-field-causes-help")),
            ),
            effects: form.add(
                FormField::lines(tr!(l, "identify-field-effects"), &p.effects)
                    .private()
                    .help(tr!(l, "identify-field-effects-help")),
            ),
            description: form.add(
                FormField::multi_line(tr!(l, "identify-field-description"), &p.description)
                    .private()
                    .help(tr!(l, "identify-field-description-help")),
            ),
            category: form.add(
                FormField::choice(
                    tr!(l, "identify-field-category"),
                    categories.clone(),
                    category,
                )
                .help(tr!(l, "identify-field-category-help")),
            ),
            new_category: form.add(
                FormField::text(tr!(l, "identify-field-new-category"), "")
                    .help(tr!(l, "identify-field-new-category-help")),
            ),
            location: form.add(
                FormField::text(tr!(l, "identify-field-where"), &p.location)
                    .help(tr!(l, "identify-field-where-help")),
            ),
            raised_by: form.add(
                FormField::multi(tr!(l, "identify-field-raised-by"), groups, ticked)
                    .help(groups_help),
            ),
            escalation: form.add(
                FormField::toggle(tr!(l, "identify-field-escalation"), p.needs_escalation)
                    .help(tr!(l, "identify-field-escalation-help")),
            ),
            resolved: form.add(
                FormField::toggle(tr!(l, "identify-field-resolved"), p.resolved)
                    .help(tr!(l, "identify-field-resolved-help")),
            ),
            categories,
        };
        self.form.open(fields, form);
        Effect::None
    }
}

/// Reads the problem form into one change: the problem's update, batched
/// with the category list when a new category was typed (one undo step).
/// `None` keeps the form open, saying what is missing.
fn submit_form(f: &ProblemForm, form: &mut Form, s: &Session, l: Lang) -> Option<Effect> {
    let Some(old) = s.problem(f.id) else {
        return Some(Effect::Warn(tr!(l, "identify-gone").into()));
    };
    let title = form.get(f.title);
    if title.is_empty() {
        form.fail(f.title, tr!(l, "identify-title-empty"));
        return None;
    }
    let mut p = old.clone();
    p.title = title;
    p.description = form.get(f.description);
    let typed = form.get(f.new_category);
    let mut new_categories = None;
    p.category = if typed.is_empty() {
        match form.get(f.category) {
            0 => String::new(),
            c => f.categories[c].clone(),
        }
    } else if let Some(known) = s
        .categories
        .iter()
        .find(|c| c.to_lowercase() == typed.to_lowercase())
    {
        known.clone()
    } else {
        let mut list = s.categories.clone();
        list.push(typed.clone());
        new_categories = Some(list);
        typed
    };
    p.location = form.get(f.location);
    let raised: Vec<_> = form
        .get(f.raised_by)
        .into_iter()
        .filter_map(|g| s.groups.get(g).map(|g| g.id))
        .collect();
    // Keep the recorded order when the same groups are ticked, so an
    // unchanged form records no change.
    let same =
        raised.len() == old.raised_by.len() && raised.iter().all(|g| old.raised_by.contains(g));
    if !same {
        p.raised_by = raised;
    }
    p.causes = form.get(f.causes);
    p.effects = form.get(f.effects);
    p.needs_escalation = form.get(f.escalation);
    p.resolved = form.get(f.resolved);
    let update = Change::Problem(ListOp::Update(p.clone()));
    Some(match new_categories {
        None if p == *old => Effect::Info(tr!(l, "identify-no-changes").into()),
        None => Effect::Apply(update),
        Some(list) => Effect::Apply(Change::Batch {
            label: Msg::new("change-problem-new-category")
                .with("title", p.title.as_str())
                .with("category", p.category.as_str()),
            changes: vec![Change::Set(Field::Categories(list)), update],
        }),
    })
}

fn move_to(p: &Problem, to: usize) -> Effect {
    Effect::Apply(Change::Problem(ListOp::Move { id: p.id, to }))
}

/// A one-field edit with its own words in the status line and the undo
/// message ("⚑ «…» needs district/national action").
fn update_labelled(p: Problem, label: Msg) -> Effect {
    Effect::Apply(Change::Batch {
        label,
        changes: vec![Change::Problem(ListOp::Update(p))],
    })
}

/// What goes with a problem that is deleted or merged away, in words:
/// `("3 dots and 1 action", true)`, `("1 dot", false)` — the flag says
/// whether it takes a plural verb — or `None` when nothing does.
fn what_goes_with(s: &Session, id: ProblemId, l: Lang) -> Option<(String, bool)> {
    let dots = s.dots_for(id, None);
    let actions = s.actions.iter().filter(|a| a.problem == id).count();
    let dots_words = || tr!(l, "identify-lost-dots", n = dots);
    let actions_words = || tr!(l, "identify-lost-actions", n = actions);
    let words = match (dots, actions) {
        (0, 0) => return None,
        (_, 0) => dots_words(),
        (0, _) => actions_words(),
        (_, _) => tr!(
            l,
            "prepare-and",
            first = dots_words(),
            last = actions_words()
        ),
    };
    Some((words, dots + actions > 1))
}

fn confirm_delete(s: &Session, i: usize, l: Lang) -> Effect {
    let p = &s.problems[i];
    let Some(change) = edits::remove_problem(s, p.id) else {
        return Effect::None;
    };
    let mut parts = vec![tr!(
        l,
        "identify-ask-delete",
        number = i + 1,
        title = &p.title
    )];
    parts.push(match what_goes_with(s, p.id, l) {
        None => tr!(l, "identify-ask-delete-nothing").to_string(),
        Some((what, many)) => {
            let id = if many {
                "identify-ask-delete-with-many"
            } else {
                "identify-ask-delete-with-one"
            };
            l.f(id, &[("what", crate::i18n::Arg::from(what))])
        }
    });
    if s.ranking.shortlist.contains(&p.id) {
        parts.push(tr!(l, "identify-ask-delete-shortlist").to_string());
    }
    parts.push(tr!(l, "identify-undoes").to_string());
    let question = parts.join(" ");
    Effect::Confirm(Confirm { question, change })
}

fn confirm_merge(s: &Session, absorb: ProblemId, keep: ProblemId, l: Lang) -> Effect {
    let Some(change) = edits::merge_problems(s, keep, absorb) else {
        return Effect::None;
    };
    let (gone, kept) = (s.problem_title(absorb), s.problem_title(keep));
    let question = match what_goes_with(s, absorb, l) {
        None => tr!(l, "identify-ask-merge", gone = gone, kept = kept),
        Some((what, many)) => {
            let id = if many {
                "identify-ask-merge-moving-many"
            } else {
                "identify-ask-merge-moving-one"
            };
            l.f(
                id,
                &[
                    ("gone", crate::i18n::Arg::from(gone)),
                    ("kept", crate::i18n::Arg::from(kept)),
                    ("what", crate::i18n::Arg::from(what)),
                ],
            )
        }
    };
    Effect::Confirm(Confirm { question, change })
}

impl Panel for IdentifyPanel {
    fn keymap(&self, _s: &Session) -> Keymap {
        if let Some(form) = self.form.keymap() {
            return form;
        }
        match &self.mode {
            Mode::List => LIST_KEYS,
            Mode::Capture(_) => CAPTURE_KEYS,
            Mode::Merge(_) => MERGE_KEYS,
            Mode::Grid => self.grid.keymap(),
        }
    }

    fn all_keymaps(&self) -> Vec<Keymap> {
        vec![LIST_KEYS, CAPTURE_KEYS, MERGE_KEYS, where_when::KEYS]
    }

    fn is_editing(&self) -> bool {
        self.form.is_open()
            || matches!(self.mode, Mode::Capture(_))
            || (matches!(self.mode, Mode::Grid) && self.grid.is_editing())
    }

    fn typing(&self) -> Option<crate::tui::room::Typing> {
        match &self.mode {
            // The room sees its words written down as they are typed.
            Mode::Capture(field) => Some(crate::tui::room::Typing {
                label: crate::tui::room::TypingLabel::Message("identify-typing-new-problem"),
                text: Some(field.text().to_string()),
            }),
            Mode::Grid => self.grid.typing(),
            _ => self.form.typing(),
        }
    }

    fn focus(&self, s: &Session, focus: &mut Focus) {
        focus.problem = self.list.key(&problem_ids(s));
        if matches!(self.mode, Mode::Grid) {
            self.grid.focus(s, focus);
        }
    }

    fn session_changed(&mut self, s: &Session) {
        // The problem being merged away went (an undo): nothing to merge.
        if let Mode::Merge(from) = self.mode
            && s.problem(from).is_none()
        {
            self.mode = Mode::List;
        }
        self.list.anchor(&problem_ids(s));
        self.grid.session_changed(s);
    }

    fn route(&self, key: &KeyEvent, s: &Session) -> Route {
        if let Some(route) = self.form.route(key) {
            return route;
        }
        match &self.mode {
            Mode::Grid => self.grid.route(key),
            Mode::Capture(field) if field.takes(key) => Route::Field,
            _ => Route::lookup(&self.keymap(s), key),
        }
    }

    fn handle_key(&mut self, key: &KeyEvent, ctx: &Ctx) -> Effect {
        if matches!(self.mode, Mode::Grid) {
            return self.grid.handle_key(key, ctx);
        }
        if let Some(effect) = self.form.handle_key(key, Effect::None, |f, form| {
            submit_form(f, form, ctx.session, ctx.lang)
        }) {
            return effect;
        }
        match &mut self.mode {
            // Enter and Esc are the keymap's: it shows them on the hint line.
            Mode::Capture(field) if field.takes(key) => {
                field.handle_key(*key);
                Effect::None
            }
            _ => Effect::Unhandled,
        }
    }

    fn handle_paste(&mut self, pasted: &str, ctx: &Ctx) -> Effect {
        if matches!(self.mode, Mode::Grid) {
            self.grid.handle_paste(pasted);
            return Effect::None;
        }
        if self.form.is_open() {
            self.form.paste(pasted);
            return Effect::None;
        }
        match &mut self.mode {
            Mode::Capture(_) if pasted.contains(['\n', '\r', '\u{85}', '\u{2028}', '\u{2029}']) => {
                return self.capture_lines(pasted, ctx.session, ctx.lang);
            }
            Mode::Capture(field) => {
                field.insert_str(pasted);
            }
            _ => {}
        }
        Effect::None
    }

    fn handle_action(&mut self, action: Action, ctx: &Ctx) -> Effect {
        let s = ctx.session;
        match (&self.mode, action) {
            (Mode::Grid, Action::ShowWhereWhen) => {
                self.mode = Mode::List;
                return Effect::None;
            }
            (Mode::Grid, _) => return self.grid.handle_action(action, ctx),
            (Mode::List, Action::ShowWhereWhen) => {
                self.mode = Mode::Grid;
                return Effect::None;
            }
            _ => {}
        }
        let selected = self.selected(s);
        if let (Mode::List | Mode::Merge(_), Some(_)) = (&self.mode, selected)
            && self.list.navigate(&problem_ids(s), action)
        {
            return Effect::None;
        }
        match (&self.mode, selected) {
            (Mode::List, i) => self.list_action(action, s, i, ctx.lang),
            (Mode::Capture(_), _) => self.capture_action(action, s, ctx.lang),
            (Mode::Merge(from), Some(i)) => {
                let from = *from;
                self.merge_action(action, s, from, i, ctx.lang)
            }
            _ => Effect::Unhandled,
        }
    }

    fn draw(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx, theme: &Theme) -> Option<Position> {
        let s = ctx.session;
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return None;
        }
        if matches!(self.mode, Mode::Grid) {
            return self.grid.draw(area, buf, ctx, theme);
        }
        let selected = self.selected(s);
        let mut body = area;
        if let Mode::Merge(from) = self.mode {
            self.draw_merge_banner(area, buf, s, from, theme, ctx.lang);
            body = Rect {
                y: area.y + 1,
                height: area.height - 1,
                ..area
            };
        }
        // The list on the left; the tree, which the room reads, gets the rest.
        let list_w = (body.width * 9 / 20).clamp(body.width.min(28), 66);
        let list_area = Rect {
            width: list_w,
            ..body
        };
        let tree_area = Rect {
            x: body.x + list_w,
            width: body.width - list_w,
            ..body
        };
        let mut cursor = self.draw_list(list_area, buf, ctx, theme);
        let merging = matches!(self.mode, Mode::Merge(_));
        problem_tree::draw(tree_area, buf, s, selected, merging, theme, ctx.lang);
        if self.form.is_open() {
            cursor = self.form.draw(area, buf, theme);
        }
        cursor
    }
}

impl IdentifyPanel {
    #[allow(clippy::too_many_arguments)]
    fn draw_merge_banner(
        &self,
        area: Rect,
        buf: &mut Buffer,
        s: &Session,
        from: ProblemId,
        theme: &Theme,
        l: Lang,
    ) {
        let gone = s.problem_title(from);
        let keep = self
            .list
            .key(&problem_ids(s))
            .filter(|id| *id != from)
            .map(|id| s.problem_title(id));
        // Both titles share what the fixed words leave, so neither is lost
        // on a narrow screen; the keys follow only when there is room.
        let banner = |gone: &str, target: &str| {
            format!(
                " {} ",
                tr!(
                    l,
                    "identify-merge-banner",
                    mark = MERGING,
                    gone = gone,
                    kept = target
                )
            )
        };
        let words = text::width(&banner("", ""));
        let room = (area.width as usize).saturating_sub(words);
        let target = keep.unwrap_or("…");
        let gone = text::truncate(gone, room - text::width(target).min(room / 2));
        let target = text::truncate(target, room.saturating_sub(text::width(&gone)));
        let mut line = banner(&gone, &target);
        let keys = format!(
            " ·  {}",
            if keep.is_some() {
                tr!(l, "identify-merge-keys")
            } else {
                tr!(l, "identify-merge-move")
            }
        );
        if text::width(&line) + text::width(&keys) <= area.width as usize {
            line.push_str(&keys);
        }
        let row = Rect { height: 1, ..area };
        buf.set_style(row, theme.selected);
        put_in(buf, row, 0, &line, theme.selected);
    }

    fn draw_list(
        &self,
        area: Rect,
        buf: &mut Buffer,
        ctx: &Ctx,
        theme: &Theme,
    ) -> Option<Position> {
        let s = ctx.session;
        let n = s.problems.len();
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(theme.border)
            .title(Span::styled(
                format!(" {} ", tr!(ctx.lang, "identify-problems", n = n)),
                theme.heading,
            ));
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.is_empty() {
            return None;
        }
        let capturing = matches!(self.mode, Mode::Capture(_));
        if n == 0 && !capturing {
            let empty = if ctx.read_only {
                tr!(ctx.lang, "identify-empty-read-only")
            } else {
                tr!(ctx.lang, "identify-empty")
            };
            let rows = wrap_rows(empty, inner.width.saturating_sub(2) as usize);
            for (y, row) in rows.iter().enumerate() {
                put_in(buf, inner, y as u16 + 1, &format!(" {row}"), theme.heading);
            }
            return None;
        }
        let longest = s.problems.iter().map(|p| text::width(&p.category)).max();
        let cols = Columns::new(
            inner.width as usize,
            n + usize::from(capturing),
            longest.unwrap_or(0),
        );
        draw_row(buf, inner, 0, &cols.header(theme, ctx.lang));
        let rows = inner.height.saturating_sub(1) as usize;
        let items = n + usize::from(capturing);
        let selected = self.selected(s);
        // While a problem is being typed, the line it goes on is in view.
        let focus = if capturing { Some(n) } else { selected };
        // The selected problem's title wraps whole under its row (the rest
        // are cut to one line): a bilingual title is read in full where the
        // cursor is.
        let tall: Vec<String> = match selected.filter(|_| !capturing) {
            Some(i) => text::wrap(&s.problems[i].title, cols.title.max(1))
                .into_iter()
                .map(|l| s.problems[i].title[l.range].trim_end().to_string())
                .take(rows.saturating_sub(1).max(1))
                .collect(),
            None => Vec::new(),
        };
        let extra = tall.len().saturating_sub(1);
        let window = self
            .list
            .viewport()
            .window(focus, items, rows.saturating_sub(extra).max(1));
        let merging = match self.mode {
            Mode::Merge(from) => Some(from),
            _ => None,
        };
        let mut cursor = None;
        let mut y = 1u16;
        for i in window.clone() {
            if y > rows as u16 {
                break;
            }
            let row = Rect {
                y: inner.y + y,
                height: 1,
                ..inner
            };
            y += 1;
            match s.problems.get(i) {
                Some(p) => {
                    let selected = Some(i) == selected && !capturing;
                    let marker = if selected {
                        "▶"
                    } else if merging == Some(p.id) {
                        MERGING
                    } else {
                        " "
                    };
                    draw_row(buf, row, 0, &cols.row(marker, i, p, s, theme));
                    if selected {
                        buf.set_style(row, theme.selected);
                        if tall.len() > 1 {
                            draw_row(
                                buf,
                                row,
                                0,
                                &cols.row_title(marker, i, p, s, &tall[0], theme),
                            );
                            buf.set_style(row, theme.selected);
                        }
                        for more in tall.iter().skip(1) {
                            if y > rows as u16 {
                                break;
                            }
                            let next = Rect {
                                y: inner.y + y,
                                height: 1,
                                ..inner
                            };
                            y += 1;
                            let indent = " ".repeat(cols.lead_width());
                            draw_row(
                                buf,
                                next,
                                0,
                                &[
                                    (indent, theme.base),
                                    (text::fit(more, cols.title), theme.base),
                                ],
                            );
                            buf.set_style(next, theme.selected);
                        }
                    }
                }
                None => {
                    if let Mode::Capture(field) = &self.mode {
                        put_in(buf, row, 0, &cols.lead("+", i), theme.label_focus);
                        let x = cols.lead_width() as u16;
                        let field_area = Rect {
                            x: row.x + x.min(row.width),
                            width: row.width.saturating_sub(x),
                            ..row
                        };
                        cursor = field.render(field_area, buf, theme.input_focus, true);
                    }
                }
            }
        }
        cursor
    }
}

/// The list's column widths for one pane width: the category column only
/// when the title keeps a readable width beside it.
struct Columns {
    pos: usize,
    title: usize,
    category: usize,
}

const FLAGS_W: usize = 2;
const DOTS_W: usize = 4;

impl Columns {
    /// `longest` is the widest category in use (0: none in use, no column).
    fn new(width: usize, items: usize, longest: usize) -> Columns {
        let pos = items.max(1).to_string().len() + 1;
        let flex = width.saturating_sub(2 + pos + 1 + 1 + FLAGS_W + 1 + DOTS_W);
        let category = if flex >= 30 && longest > 0 {
            longest.clamp(8, 24).min(flex * 2 / 5)
        } else {
            0
        };
        let title = if category > 0 {
            flex - category - 1
        } else {
            flex
        };
        Columns {
            pos,
            title,
            category,
        }
    }

    /// Marker and position: "▶  3. ".
    fn lead(&self, marker: &str, i: usize) -> String {
        format!("{marker} {:>w$} ", format!("{}.", i + 1), w = self.pos)
    }

    fn lead_width(&self) -> usize {
        2 + self.pos + 1
    }

    fn header(&self, theme: &Theme, l: Lang) -> Pieces {
        let mut pieces = vec![
            (" ".repeat(self.lead_width()), theme.base),
            (
                text::fit(tr!(l, "identify-col-problem"), self.title),
                theme.heading,
            ),
            (" ".repeat(1 + FLAGS_W + 1), theme.base),
        ];
        if self.category > 0 {
            pieces.push((
                text::fit(tr!(l, "identify-col-category"), self.category),
                theme.heading,
            ));
            pieces.push((" ".into(), theme.base));
        }
        pieces.push((
            format!(
                "{:>DOTS_W$}",
                text::fit(tr!(l, "identify-col-dots"), DOTS_W)
            ),
            theme.heading,
        ));
        pieces
    }

    fn row(&self, marker: &str, i: usize, p: &Problem, s: &Session, theme: &Theme) -> Pieces {
        self.row_title(marker, i, p, s, &p.title, theme)
    }

    /// A row with `title` (the first line of a wrapped one) in the title
    /// column.
    fn row_title(
        &self,
        marker: &str,
        i: usize,
        p: &Problem,
        s: &Session,
        title: &str,
        theme: &Theme,
    ) -> Pieces {
        let flags = format!(
            "{}{}",
            if p.needs_escalation { ESCALATION } else { " " },
            if p.resolved { RESOLVED } else { " " }
        );
        let mut pieces = vec![
            (self.lead(marker, i), theme.base),
            (text::fit(title, self.title), theme.base),
            (" ".into(), theme.base),
            (flags, theme.warning),
            (" ".into(), theme.base),
        ];
        if self.category > 0 {
            pieces.push((text::fit(&p.category, self.category), theme.muted));
            pieces.push((" ".into(), theme.base));
        }
        pieces.push((format!("{:>DOTS_W$}", s.dots_for(p.id, None)), theme.base));
        pieces
    }
}
