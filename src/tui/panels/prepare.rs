//! The Prepare panel, step 1 of the cycle: who is in the room, the session
//! details, what the room agrees may be recorded and shared (the consent
//! note), and the context and conflict-analysis notes.
//!
//! Layout: the groups table on the left — the list the keys move through,
//! with each group's dot budget and the room's totals — and on the right the
//! session details, the consent note and the notes. Details, consent and
//! notes have a key each (`s`, `c`, `n`), written on their own border, so
//! nothing needs a focus switch while the room is talking.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;

use super::{Confirm, Ctx, Effect, Panel};
use crate::model::room::Focus;
use crate::model::{Change, Field, Group, GroupId, ListOp, Session, edits};
use crate::text;
use crate::tr;
// `Field` is the session's (Change::Set); the form's is FormField.
use crate::i18n::{Arg, Lang, Msg};
use crate::tui::bidi;
use crate::tui::form::{Choice, Date, Field as FormField, FieldId, Form, FormHost, Number, Text};
use crate::tui::keymap::{Action, DOWN, FIRST, Key, Keymap, LAST, Route, UP, bind};
use crate::tui::theme::Theme;
use crate::tui::widgets::list::{Scroll, Selection, mark_selected};
use crate::tui::widgets::put_in;
use crate::tui::widgets::text_box::{TextBox, more_marker, pane};

// The limits are the model's rules, so the command line and a file cannot
// go beyond what this form accepts.
use crate::model::rules::{self, MAX_DOTS, MAX_PEOPLE, MIN_DOTS};

const KEYS: Keymap = Keymap {
    title: "Prepare",
    bindings: &[
        UP,
        DOWN,
        bind(
            &[Key::char('a')],
            Action::Add,
            "add",
            "add a group: name, Tab, head count, Enter",
        )
        .editing(),
        bind(
            &[Key::code(KeyCode::Enter), Key::char('e')],
            Action::Edit,
            "edit",
            "edit the selected group: name and head count",
        )
        .editing()
        .shown_as("Enter"),
        bind(
            &[Key::char('d')],
            Action::Delete,
            "delete",
            "delete the selected group and its dots (asks y/n)",
        )
        .editing(),
        bind(
            &[Key::char('K'), Key::shift(KeyCode::Up)],
            Action::MoveUp,
            "reorder",
            "move the selected group up",
        )
        .editing()
        .shown_as("K/J"),
        bind(
            &[Key::char('J'), Key::shift(KeyCode::Down)],
            Action::MoveDown,
            "down",
            "move the selected group down",
        )
        .editing()
        .help_only(),
        bind(
            &[Key::char('s')],
            Action::EditDetails,
            "details",
            "edit title, community, date, facilitators, dots each",
        )
        .editing(),
        bind(
            &[Key::char('n')],
            Action::EditNotes,
            "notes",
            "write the context and conflict-analysis notes",
        )
        .editing(),
        bind(
            &[Key::char('c')],
            Action::EditConsent,
            "consent",
            "write what the room agrees may be recorded and shared",
        )
        .editing(),
        bind(
            &[Key::code(KeyCode::PageUp)],
            Action::PageUp,
            "scroll notes",
            "scroll the notes up",
        )
        .help_only(),
        bind(
            &[Key::code(KeyCode::PageDown)],
            Action::PageDown,
            "scroll notes",
            "scroll the notes down",
        )
        .help_only(),
        FIRST,
        LAST,
    ],
};

/// What the open form is for, with the handles of its fields.
#[derive(Clone, Copy, Debug)]
enum Editing {
    AddGroup(GroupForm),
    EditGroup(GroupId, GroupForm),
    Details(DetailsForm),
    Notes(FieldId<Text>),
    Consent(FieldId<Text>),
}

#[derive(Clone, Copy, Debug)]
struct GroupForm {
    name: FieldId<Text>,
    people: FieldId<Number>,
}

#[derive(Clone, Copy, Debug)]
struct DetailsForm {
    title: FieldId<Text>,
    community: FieldId<Text>,
    date: FieldId<Date>,
    facilitators: FieldId<Text>,
    dots: FieldId<Number>,
    /// The language of the room: 0 the interface's, then
    /// [`Lang::SHIPPED`] in order.
    language: FieldId<Choice>,
}

#[derive(Default)]
pub struct PreparePanel {
    /// The selected group, by id: an undo or a reorder keeps it.
    groups: Selection<GroupId>,
    notes: Scroll,
    form: FormHost<Editing>,
}

fn group_ids(s: &Session) -> Vec<GroupId> {
    s.groups.iter().map(|g| g.id).collect()
}

impl PreparePanel {
    /// The selected group.
    fn selected<'s>(&self, s: &'s Session) -> Option<(usize, &'s Group)> {
        let i = self.groups.index(&group_ids(s))?;
        Some((i, &s.groups[i]))
    }

    /// The group form, for a new group (`None`) or to edit one.
    fn open_group_form(&mut self, group: Option<&Group>, l: Lang) {
        let title = match group {
            Some(g) => tr!(l, "prepare-edit-group", name = &g.name),
            None => tr!(l, "prepare-add-group").to_string(),
        };
        let mut form = Form::new(title).speaking(l);
        let fields = GroupForm {
            name: form.add(
                FormField::text(
                    tr!(l, "prepare-field-name"),
                    group.map_or("", |g| g.name.as_str()),
                )
                .help(tr!(l, "prepare-field-name-help")),
            ),
            people: form.add(
                FormField::optional_number(
                    tr!(l, "prepare-field-people"),
                    group.map(|g| g.count),
                    0..=MAX_PEOPLE,
                )
                .help(tr!(l, "prepare-field-people-help")),
            ),
        };
        let editing = match group {
            Some(g) => Editing::EditGroup(g.id, fields),
            None => Editing::AddGroup(fields),
        };
        self.form.open(editing, form);
    }

    fn open_details_form(&mut self, s: &Session, l: Lang) {
        let mut form = Form::new(tr!(l, "prepare-details")).speaking(l);
        let fields = DetailsForm {
            title: form.add(
                FormField::text(tr!(l, "prepare-field-title"), &s.title)
                    .help(tr!(l, "prepare-field-title-help")),
            ),
            community: form.add(
                FormField::text(tr!(l, "prepare-field-community"), &s.location)
                    .help(tr!(l, "prepare-field-community-help")),
            ),
            date: form.add(FormField::date(tr!(l, "prepare-field-date"), Some(s.date))),
            facilitators: form.add(
                FormField::text(
                    tr!(l, "prepare-field-facilitators"),
                    &s.facilitators.join(", "),
                )
                .help(tr!(l, "prepare-field-facilitators-help")),
            ),
            dots: form.add(
                FormField::number(
                    tr!(l, "prepare-field-dots"),
                    s.dots_per_participant,
                    MIN_DOTS..=MAX_DOTS,
                )
                .help(tr!(l, "prepare-field-dots-help")),
            ),
            language: form.add(language_field(s, l)),
        };
        self.form.open(Editing::Details(fields), form);
    }

    fn open_notes_form(&mut self, s: &Session, l: Lang) {
        let mut form = Form::new(tr!(l, "prepare-context")).speaking(l);
        let notes = form.add(
            FormField::multi_line(tr!(l, "prepare-field-notes"), &s.context)
                .private()
                .rows(12)
                .help(tr!(l, "prepare-field-notes-help")),
        );
        self.form.open(Editing::Notes(notes), form);
    }

    fn open_consent_form(&mut self, s: &Session, l: Lang) {
        let mut form = Form::new(tr!(l, "prepare-consent")).speaking(l);
        let consent = form.add(
            FormField::multi_line(tr!(l, "prepare-consent"), &s.consent)
                .rows(6)
                .help(tr!(l, "prepare-field-consent-help")),
        );
        self.form.open(Editing::Consent(consent), form);
    }

    fn confirm_delete(&self, s: &Session, l: Lang) -> Effect {
        let Some((_, group)) = self.selected(s) else {
            return Effect::Info(tr!(l, "prepare-empty-short").into());
        };
        let Some(change) = edits::remove_group(s, group.id) else {
            return Effect::None;
        };
        let mut question = tr!(
            l,
            "prepare-ask-delete",
            name = &group.name,
            people = group.count
        );
        let lost = what_goes_with(s, group.id, l);
        if !lost.is_empty() {
            question.push_str(&format!(
                " {}",
                tr!(l, "prepare-ask-delete-with", what = lost)
            ));
        }
        Effect::Confirm(Confirm { question, change })
    }

    fn move_selected(&self, s: &Session, up: bool, l: Lang) -> Effect {
        let Some((at, group)) = self.selected(s) else {
            return Effect::Info(tr!(l, "prepare-empty-short").into());
        };
        // The selection is by id: it moves with the group.
        let to = match (up, at) {
            (true, 0) => {
                return Effect::Info(tr!(l, "prepare-already-first", name = &group.name));
            }
            (true, i) => i - 1,
            (false, i) if i + 1 >= s.groups.len() => {
                return Effect::Info(tr!(l, "prepare-already-last", name = &group.name));
            }
            (false, i) => i + 1,
        };
        Effect::Apply(Change::Group(ListOp::Move { id: group.id, to }))
    }

    fn draw_groups(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx, theme: &Theme) {
        let s = ctx.session;
        let l = ctx.lang;
        let inner = pane(area, buf, theme, tr!(l, "prepare-groups"), "", false);
        if inner.width < 4 || inner.height == 0 {
            return;
        }
        let cols = Columns::new(inner.width);
        if s.groups.is_empty() {
            let message = if ctx.read_only {
                tr!(l, "prepare-no-groups-read-only")
            } else {
                tr!(l, "prepare-no-groups")
            };
            draw_wrapped(inner, buf, message, theme.muted);
            return;
        }
        cols.draw(
            buf,
            inner,
            0,
            (
                tr!(l, "prepare-col-group"),
                tr!(l, "prepare-col-people"),
                tr!(l, "prepare-col-dots"),
            ),
            theme.heading,
        );
        // The totals stay at the bottom when there is room for them.
        let footer: u16 = if inner.height >= 6 { 3 } else { 0 };
        let rows = usize::from(inner.height.saturating_sub(1 + footer));
        let ids = group_ids(s);
        let selected = self.groups.index(&ids);
        // The selected group's name wraps whole under its row; the others
        // are cut to one line.
        let tall: Vec<String> = selected
            .map(|i| {
                let name = &s.groups[i].name;
                text::wrap(name, cols.name.max(1))
                    .into_iter()
                    .map(|l| name[l.range].trim_end().to_string())
                    .take(rows.max(1))
                    .collect()
            })
            .unwrap_or_default();
        let extra = tall.len().saturating_sub(1);
        let window = self.groups.window(&ids, rows.saturating_sub(extra).max(1));
        let mut y = 1u16;
        for (i, g) in s
            .groups
            .iter()
            .enumerate()
            .take(window.end)
            .skip(window.start)
        {
            if usize::from(y) > rows {
                break;
            }
            let budget = g.count.saturating_mul(s.dots_per_participant);
            if Some(i) == selected {
                let first = tall.first().map_or(g.name.as_str(), String::as_str);
                let (count, budget) = (g.count.to_string(), budget.to_string());
                cols.draw(buf, inner, y, (first, &count, &budget), theme.selected);
                mark_selected(buf, Rect::new(inner.x, inner.y + y, inner.width, 1), theme);
                for more in tall.iter().skip(1) {
                    y += 1;
                    cols.draw(buf, inner, y, (more, "", ""), theme.selected);
                }
            } else {
                let (count, budget) = (g.count.to_string(), budget.to_string());
                cols.draw(buf, inner, y, (&g.name, &count, &budget), theme.base);
            }
            y += 1;
        }
        more_marker(
            area,
            buf,
            theme,
            window.start > 0,
            window.end < s.groups.len(),
            None,
            l,
        );
        if footer > 0 {
            let top = inner.height - footer;
            let rule = "─".repeat(usize::from(inner.width.saturating_sub(2)));
            put_in(buf, inner, top, &format!("  {rule}"), theme.border);
            let people = s.participants();
            let dots = people.saturating_mul(s.dots_per_participant);
            let (people, dots) = (people.to_string(), dots.to_string());
            cols.draw(
                buf,
                inner,
                top + 1,
                (tr!(l, "prepare-in-the-room"), &people, &dots),
                theme.heading,
            );
            let how = format!(
                "  {}",
                tr!(l, "prepare-dots-rule", dots = s.dots_per_participant)
            );
            put_in(buf, inner, top + 2, &how, theme.muted);
        }
    }

    fn draw_details(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx, theme: &Theme) {
        let s = ctx.session;
        let l = ctx.lang;
        let hint = if ctx.read_only {
            String::new()
        } else {
            tr!(l, "prepare-edit-hint", key = "s")
        };
        let inner = pane(area, buf, theme, tr!(l, "prepare-session"), &hint, false);
        if inner.width < 4 {
            return;
        }
        let room = s.participants().saturating_mul(s.dots_per_participant);
        let label_w = 13.min(usize::from(inner.width) / 3);
        let value_w = usize::from(inner.width).saturating_sub(label_w + 2);
        let dots = tr!(l, "prepare-dots-each", dots = s.dots_per_participant);
        let dots_and_room = tr!(l, "prepare-dots-and-room", dots = &dots, room = room);
        let rows = [
            (tr!(l, "prepare-field-title"), s.title.clone()),
            (tr!(l, "prepare-field-community"), s.location.clone()),
            (
                tr!(l, "prepare-field-date"),
                // ISO, as the form takes it, and the weekday in words.
                format!("{} · {}", s.date.format("%Y-%m-%d"), l.weekday(s.date)),
            ),
            (
                tr!(l, "prepare-field-facilitators"),
                s.facilitators.join(", "),
            ),
            // The room's total is also under the groups: here only if it fits.
            (
                tr!(l, "prepare-col-dots"),
                if text::width(&dots_and_room) <= value_w {
                    dots_and_room
                } else {
                    dots
                },
            ),
        ];
        for (i, (label, value)) in rows.iter().enumerate().take(usize::from(inner.height)) {
            let y = inner.y + i as u16;
            buf.set_stringn(
                inner.x + 1,
                y,
                text::truncate(label, label_w),
                label_w,
                theme.heading,
            );
            let (value, style) = if value.trim().is_empty() {
                ("—", theme.muted)
            } else {
                (value.as_str(), theme.base)
            };
            buf.set_stringn(
                inner.x + 1 + label_w as u16 + 1,
                y,
                text::truncate(value, value_w),
                value_w,
                style,
            );
        }
    }
}

impl Panel for PreparePanel {
    fn keymap(&self, _s: &Session) -> Keymap {
        self.form.keymap().unwrap_or(KEYS)
    }

    fn all_keymaps(&self) -> Vec<Keymap> {
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

    fn focus(&self, s: &Session, focus: &mut Focus) {
        focus.group = self.groups.key(&group_ids(s));
    }

    fn session_changed(&mut self, s: &Session) {
        self.groups.anchor(&group_ids(s));
    }

    fn handle_key(&mut self, key: &KeyEvent, ctx: &Ctx) -> Effect {
        let groups = &mut self.groups;
        self.form
            .handle_key(key, Effect::None, |editing, form| {
                let effect = submit(*editing, form, ctx)?;
                if let Editing::AddGroup(_) = editing {
                    // Select the new group once it is added.
                    groups.select(ctx.session.next_group_id());
                }
                Some(effect)
            })
            .unwrap_or(Effect::Unhandled)
    }

    fn handle_paste(&mut self, text: &str, _ctx: &Ctx) -> Effect {
        self.form.paste(text);
        Effect::None
    }

    fn handle_action(&mut self, action: Action, ctx: &Ctx) -> Effect {
        let s = ctx.session;
        match action {
            // PgUp/PgDn scroll the notes: the groups of a room fit on screen,
            // the notes often do not.
            Action::PageUp | Action::PageDown => {
                let len = self.notes.shown_len();
                self.notes.navigate(action, len);
            }
            Action::Up | Action::Down | Action::First | Action::Last => {
                self.groups.navigate(&group_ids(s), action);
            }
            Action::Add => self.open_group_form(None, ctx.lang),
            Action::Edit => match self.selected(s) {
                Some((_, g)) => self.open_group_form(Some(g), ctx.lang),
                None => return Effect::Info(tr!(ctx.lang, "prepare-empty-short").into()),
            },
            Action::Delete => return self.confirm_delete(s, ctx.lang),
            Action::MoveUp => return self.move_selected(s, true, ctx.lang),
            Action::MoveDown => return self.move_selected(s, false, ctx.lang),
            Action::EditDetails => self.open_details_form(s, ctx.lang),
            Action::EditNotes => self.open_notes_form(s, ctx.lang),
            Action::EditConsent => self.open_consent_form(s, ctx.lang),
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
        let l = ctx.lang;
        // Groups get a bit under half, enough for a name and two numbers;
        // the rest goes to the details and the notes, which are long text.
        let left_w = (area.width * 9 / 20).clamp(area.width.min(30), 60);
        let left = Rect::new(area.x, area.y, left_w, area.height);
        let right = Rect::new(area.x + left_w, area.y, area.width - left_w, area.height);
        self.draw_groups(left, buf, ctx, theme);
        let details_h = 7.min(right.height);
        self.draw_details(
            Rect::new(right.x, right.y, right.width, details_h),
            buf,
            ctx,
            theme,
        );
        // The consent note gets the rows its text needs, up to four, and
        // leaves the notes at least three.
        let consent_hint = tr!(l, "prepare-edit-hint", key = "c");
        let notes_hint = tr!(l, "prepare-edit-hint", key = "n");
        let consent_box = TextBox {
            title: tr!(l, "prepare-consent"),
            text: &s.consent,
            placeholder: if ctx.read_only {
                tr!(l, "prepare-no-consent-read-only")
            } else {
                tr!(l, "prepare-no-consent")
            },
            selected: false,
            hint: if ctx.read_only { "" } else { &consent_hint },
            scrolls: false,
            lang: l,
        };
        let below = right.height - details_h;
        let consent_h = consent_box
            .height_for(right.width)
            .clamp(3, 6)
            .min(below.saturating_sub(3))
            .max(below.min(3));
        consent_box.render(
            Rect::new(right.x, right.y + details_h, right.width, consent_h),
            buf,
            theme,
            &Scroll::default(),
        );
        let notes_y = details_h + consent_h;
        let notes = Rect::new(
            right.x,
            right.y + notes_y,
            right.width,
            right.height.saturating_sub(notes_y),
        );
        let notes_box = TextBox {
            title: tr!(l, "prepare-context"),
            text: &s.context,
            placeholder: if ctx.read_only {
                tr!(l, "prepare-no-notes-read-only")
            } else {
                tr!(l, "prepare-no-notes")
            },
            selected: false,
            hint: if ctx.read_only { "" } else { &notes_hint },
            lang: l,
            scrolls: true,
        };
        notes_box.render(notes, buf, theme, &self.notes);

        self.form.draw(area, buf, theme)
    }
}

/// Checks the open form and turns it into a change; `None` keeps the form
/// open, with a line on it saying what to type.
fn submit(editing: Editing, form: &mut Form, ctx: &Ctx) -> Option<Effect> {
    let s = ctx.session;
    let change = match editing {
        Editing::AddGroup(fields) => {
            let (name, count) = group_from_form(form, fields, s, None, ctx.lang)?;
            Some(edits::add_group(s, &name, count))
        }
        Editing::EditGroup(id, fields) => {
            let (name, count) = group_from_form(form, fields, s, Some(id), ctx.lang)?;
            let changed = Group { id, name, count };
            (s.group(id) != Some(&changed)).then_some(Change::Group(ListOp::Update(changed)))
        }
        Editing::Details(fields) => details_from_form(form, fields, ctx)?,
        Editing::Notes(notes) => {
            let notes = form.get(notes);
            (notes != s.context.trim()).then_some(Change::Set(Field::Context(notes)))
        }
        Editing::Consent(field) => {
            let consent = form.get(field);
            if let Err(broken) = rules::consent_note(&consent) {
                form.fail(
                    field,
                    tr!(
                        ctx.lang,
                        "prepare-consent-too-long",
                        why = ctx.lang.msg(&broken.msg())
                    ),
                );
                return None;
            }
            (consent != s.consent.trim()).then_some(Change::Set(Field::Consent(consent)))
        }
    };
    Some(match change {
        Some(change) => Effect::Apply(change),
        None => Effect::Info(tr!(ctx.lang, "said-nothing-changed").into()),
    })
}

/// Reads the group form: a name not already used by another group, and a
/// head count.
fn group_from_form(
    form: &mut Form,
    fields: GroupForm,
    s: &Session,
    editing: Option<GroupId>,
    l: Lang,
) -> Option<(String, u32)> {
    let name = form.get(fields.name);
    if name.is_empty() {
        form.fail(fields.name, tr!(l, "prepare-name-empty"));
        return None;
    }
    let others = s.groups.iter().filter(|g| Some(g.id) != editing);
    if others
        .clone()
        .any(|g| rules::same_group_name(&g.name, &name))
    {
        form.fail(fields.name, tr!(l, "prepare-name-taken", name = &name));
        return None;
    }
    match form.get(fields.people) {
        Ok(count) => Some((name, count)),
        Err(e) => {
            form.fail(fields.people, e);
            None
        }
    }
}

/// Reads the details form into one change: a single `Set`, or a batch of
/// them (one undo step) when several fields changed; `Some(None)` when
/// nothing did.
fn details_from_form(form: &mut Form, fields: DetailsForm, ctx: &Ctx) -> Option<Option<Change>> {
    let s = ctx.session;
    let title = form.get(fields.title);
    if title.is_empty() {
        form.fail(fields.title, tr!(ctx.lang, "prepare-title-empty"));
        return None;
    }
    let date = match form.get(fields.date).as_of(ctx.today) {
        Ok(Some(date)) => date,
        Ok(None) => {
            form.fail(
                fields.date,
                tr!(
                    ctx.lang,
                    "prepare-date-empty",
                    iso = ctx.today.to_string(),
                    dmy = ctx.today.format("%d/%m/%Y").to_string()
                ),
            );
            return None;
        }
        Err(e) => {
            form.fail(fields.date, e);
            return None;
        }
    };
    let dots = match form.get(fields.dots) {
        Ok(n) => n,
        Err(e) => {
            form.fail(fields.dots, e);
            return None;
        }
    };
    let location = form.get(fields.community);
    let facilitators: Vec<String> = form
        .get(fields.facilitators)
        .split(',')
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(String::from)
        .collect();

    let language = match form.get(fields.language) {
        0 => None,
        i => Lang::SHIPPED.get(i - 1).map(|l| l.code().to_string()),
    };

    let mut changes = Vec::new();
    let mut what = Vec::new();
    let mut set = |differs: bool, name: &'static str, field: Field| {
        if differs {
            changes.push(Change::Set(field));
            what.push(Arg::from(Msg::new(name)));
        }
    };
    set(title != s.title, "change-part-title", Field::Title(title));
    set(
        location != s.location,
        "change-part-community",
        Field::Location(location),
    );
    set(date != s.date, "change-part-date", Field::Date(date));
    set(
        facilitators != s.facilitators,
        "change-part-facilitators",
        Field::Facilitators(facilitators),
    );
    set(
        dots != s.dots_per_participant,
        "change-part-dots-per-participant",
        Field::DotsPerParticipant(dots),
    );
    set(
        language != s.language,
        "change-part-room-language",
        Field::Language(language),
    );
    Some(match changes.len() {
        0 => None,
        1 => changes.pop(),
        _ => Some(Change::Batch {
            label: Msg::new("change-session-details").with("parts", what),
            changes,
        }),
    })
}

/// The language of the room, as a choice: the interface's (the room
/// follows whatever the facilitator's screen speaks), or one language the
/// room's screen and the reports keep. Each is named as its speakers name
/// it, so whoever reads it finds their own.
fn language_field(s: &Session, l: Lang) -> FormField<Choice> {
    let mut options = vec![tr!(l, "prepare-language-interface").to_string()];
    options.extend(Lang::SHIPPED.iter().map(|l| l.native_name().to_string()));
    let index = s
        .language
        .as_deref()
        .and_then(Lang::from_code)
        .and_then(|l| Lang::SHIPPED.iter().position(|x| *x == l))
        .map_or(0, |i| i + 1);
    FormField::choice(tr!(l, "prepare-field-language"), options, index)
        .help(tr!(l, "prepare-field-language-help"))
}

/// "12 dots, 3 pairwise decisions and 8 scores": what deleting a group takes
/// with it, for the y/n question.
fn what_goes_with(s: &Session, id: GroupId, l: Lang) -> String {
    let counts = [
        (s.dots_used(id), "prepare-lost-dots"),
        (
            s.ranking
                .pairs
                .iter()
                .filter(|d| d.group == Some(id))
                .count(),
            "prepare-lost-pairs",
        ),
        (
            s.ranking
                .scores
                .iter()
                .filter(|sc| sc.group == Some(id))
                .count(),
            "prepare-lost-scores",
        ),
    ];
    let parts: Vec<String> = counts
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, id)| l.f(id, &[("n", crate::i18n::Arg::from(*n))]))
        .collect();
    match parts.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => tr!(
            l,
            "prepare-and",
            first = init.join(l.t("list-separator")),
            last = last
        ),
    }
}

/// The columns of the groups table: marker, name, people, dots.
struct Columns {
    name: usize,
}

const NUMBER_W: usize = 6;

impl Columns {
    fn new(width: u16) -> Columns {
        Columns {
            name: usize::from(width).saturating_sub(2 + 2 * (NUMBER_W + 1) + 1),
        }
    }

    fn row(&self, name: &str, people: &str, dots: &str) -> String {
        format!(
            "  {} {:>w$} {:>w$}",
            text::fit(name, self.name),
            people,
            dots,
            w = NUMBER_W
        )
    }

    /// Draws a row on row `y` of `area`, each column marked as a field so
    /// that right to left its words stay over its numbers.
    fn draw(
        &self,
        buf: &mut Buffer,
        area: Rect,
        y: u16,
        (name, people, dots): (&str, &str, &str),
        style: Style,
    ) {
        put_in(buf, area, y, &self.row(name, people, dots), style);
        if y < area.height {
            let x = area.x + 2;
            let name_w = self.name as u16;
            let number_w = NUMBER_W as u16;
            bidi::fields::mark(buf, x, area.y + y, name_w);
            bidi::fields::mark(buf, x + name_w + 1, area.y + y, number_w);
            bidi::fields::mark(buf, x + name_w + 2 + number_w, area.y + y, number_w);
        }
    }
}

/// Wrapped text from the top of `area`, one column in from the left.
fn draw_wrapped(area: Rect, buf: &mut Buffer, message: &str, style: Style) {
    let width = usize::from(area.width.saturating_sub(2));
    for (i, row) in text::wrap(message, width)
        .iter()
        .take(usize::from(area.height))
        .enumerate()
    {
        buf.set_stringn(
            area.x + 1,
            area.y + i as u16,
            &message[row.range.clone()],
            width,
            style,
        );
    }
}
