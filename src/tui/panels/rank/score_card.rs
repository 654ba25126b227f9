//! The community score card, a view of Rank (`S`): the room prioritises
//! what must change in a service — the police post, the chief's office — by
//! scoring it, each group apart, on indicators it agrees, while the provider
//! scores itself; the interface meeting then reads the two side by side and
//! turns the biggest gaps into actions in Plan (`P`).
//!
//! The grid has a row per indicator and a column per group, then the
//! provider's; the cursor is one cell. Digits and `Enter` record a score and
//! go down (a group reads its card top to bottom); `e` (or `Enter` with
//! nothing typed) opens the score with its reason. Every score is a
//! `Change`: undoable, in the audit log.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui::layout::{Position, Rect};
use ratatui::text::Span;

use super::shared::{line, split_line, take_bottom, take_top};
use super::{RankView, Shared};
use crate::i18n::Lang;
use crate::model::room::Focus;
use crate::model::rules::Broken;
use crate::model::score_card::{CardScale, Scorer, number, signed};
use crate::model::{
    Action as Planned, Change, Field as SessionField, IndicatorId, ListOp, Session, edits,
};
use crate::text;
use crate::tr;
use crate::tui::form::{Choice, Field, FieldId, Form, FormHost, Number, Text};
use crate::tui::keymap::{
    Action, Binding, DOWN, FIRST, Key, Keymap, LAST, PAGE_DOWN, PAGE_UP, Route, UP, bind,
};
use crate::tui::panels::actions::{self, problems_in_order};
use crate::tui::panels::named::{self, NameList};
use crate::tui::panels::{Confirm, Ctx, Effect};
use crate::tui::theme::Theme;
use crate::tui::widgets::list::{Selection, range_label_in};
use crate::tui::widgets::score_table::{BIG_GAP, PLANNED, ScoreTable};

/// A score on 0–100 has three digits.
const MAX_DIGITS: usize = 3;

#[derive(Default)]
pub struct ScoreCardView {
    row: Selection<IndicatorId>,
    col: Selection<Scorer>,
    /// Digits typed for the cell under the cursor.
    typed: String,
    form: FormHost<CardForm>,
}

/// The forms of the score card.
enum CardForm {
    Score {
        indicator: IndicatorId,
        by: Scorer,
        score: FieldId<Number>,
        reason: FieldId<Text>,
    },
    Indicator {
        id: Option<IndicatorId>,
        name: FieldId<Text>,
    },
    Settings {
        provider: FieldId<Text>,
        scale: FieldId<Choice>,
    },
    Action {
        indicator: IndicatorId,
        fields: Box<actions::ActionForm>,
    },
}

/// `S` in every view of Rank: the score card, and back.
pub(super) const SCORE_CARD: Binding = bind(
    &[Key::char('S')],
    Action::ShowScoreCard,
    "score card",
    "the score card: each group and the provider score the service, side by side with the gaps",
);

macro_rules! digit {
    ($d:literal) => {
        bind(
            &[Key::char((b'0' + $d) as char)],
            Action::Digit($d),
            "digit",
            "a digit of the score",
        )
        .editing()
        .unlisted()
    };
}

pub(super) const KEYS: Keymap = Keymap {
    title: "Rank: score card",
    bindings: &[
        UP.shown_as("↑↓←→"),
        DOWN,
        bind(
            &[Key::code(KeyCode::Left), Key::char('h')],
            Action::CellLeft,
            "left",
            "the group (or the provider) on the left",
        )
        .help_only(),
        bind(
            &[Key::code(KeyCode::Right), Key::char('l')],
            Action::CellRight,
            "right",
            "the group (or the provider) on the right",
        )
        .help_only(),
        bind(
            &[Key::char('1')],
            Action::Digit(1),
            "score",
            "type the score of the cell, then Enter: 6 5 Enter records 65 and goes down",
        )
        .editing()
        .listed_as("0-9"),
        digit!(0),
        digit!(2),
        digit!(3),
        digit!(4),
        digit!(5),
        digit!(6),
        digit!(7),
        digit!(8),
        digit!(9),
        bind(
            &[Key::code(KeyCode::Enter)],
            Action::Submit,
            "record",
            "record the score typed and go down; nothing typed: the score and its reason in a form",
        )
        .editing(),
        bind(
            &[Key::char('P')],
            Action::PlanGap,
            "plan action",
            "plan an action in Plan on the gap of this indicator (linked to it)",
        )
        .editing(),
        bind(
            &[Key::char('e')],
            Action::Edit,
            "reason",
            "the score of the cell and the reason the group gives for it",
        )
        .editing(),
        bind(
            &[Key::code(KeyCode::Backspace)],
            Action::EraseDigit,
            "erase",
            "take back the last digit typed",
        )
        .help_only(),
        bind(
            &[Key::code(KeyCode::Delete)],
            Action::ClearScore,
            "clear",
            "clear the score of the cell (u brings it back)",
        )
        .editing()
        .help_only(),
        bind(
            &[Key::char('a')],
            Action::Add,
            "indicator",
            "add an indicator, in the room's words",
        )
        .editing(),
        bind(
            &[Key::char('o')],
            Action::EditDetails,
            "provider",
            "who is scored and scores itself (the police post, the chief's office), and the scale",
        )
        .editing(),
        SCORE_CARD.shown_as("S"),
        bind(
            &[Key::char('I')],
            Action::StarterSet,
            "starter set",
            "add the indicators offered for police services (responsiveness, respect, fairness…)",
        )
        .editing()
        .help_only(),
        bind(
            &[Key::char('i')],
            Action::Rename,
            "rename",
            "reword the indicator of this row",
        )
        .editing()
        .help_only(),
        bind(
            &[Key::char('d')],
            Action::Delete,
            "delete",
            "delete the indicator of this row, with its scores (asks first)",
        )
        .editing()
        .help_only(),
        bind(
            &[Key::code(KeyCode::Esc)],
            Action::Cancel,
            "clear digits",
            "clear the digits typed",
        )
        .help_only(),
        PAGE_UP,
        PAGE_DOWN,
        FIRST,
        LAST,
    ],
};

fn rows(s: &Session) -> Vec<IndicatorId> {
    s.score_card.indicators.iter().map(|i| i.id).collect()
}

/// The columns: every group of the room, then the provider.
fn cols(s: &Session) -> Vec<Scorer> {
    s.groups
        .iter()
        .map(|g| Scorer::Group(g.id))
        .chain([Scorer::Provider])
        .collect()
}

impl RankView for ScoreCardView {
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

    fn focus(&self, s: &Session, _shared: &Shared, focus: &mut Focus) {
        focus.indicator = self.row.key(&rows(s));
    }

    fn route(&self, key: &KeyEvent, s: &Session) -> Route {
        self.form
            .route(key)
            .unwrap_or_else(|| Route::lookup(&self.keymap(s), key))
    }

    fn handle_key(&mut self, key: &KeyEvent, ctx: &Ctx, _shared: &mut Shared) -> Effect {
        let row = &mut self.row;
        self.form
            .handle_key(key, Effect::None, |f, form| submit(f, form, ctx, row))
            .unwrap_or(Effect::Unhandled)
    }

    fn handle_paste(&mut self, text: &str) {
        self.form.paste(text);
    }

    fn handle_action(&mut self, action: Action, ctx: &Ctx, _shared: &mut Shared) -> Effect {
        self.act(action, ctx)
    }

    fn session_changed(&mut self, s: &Session) {
        self.row.anchor(&rows(s));
        self.col.anchor(&cols(s));
        if s.score_card.indicators.is_empty() {
            self.typed.clear();
        }
    }

    fn draw(
        &self,
        body: Rect,
        panel: Rect,
        buf: &mut Buffer,
        ctx: &Ctx,
        _shared: &Shared,
        theme: &Theme,
    ) -> Option<Position> {
        self.draw_card(body, buf, ctx, theme);
        self.form.draw(panel, buf, theme)
    }
}

impl ScoreCardView {
    /// The indicator and scorer under the cursor.
    fn cell(&self, s: &Session) -> Option<(IndicatorId, Scorer)> {
        Some((self.row.key(&rows(s))?, self.col.key(&cols(s))?))
    }

    /// The cursor moved: digits typed for the cell left are dropped, and
    /// said so.
    fn moved(&mut self, l: Lang) -> Effect {
        if self.typed.is_empty() {
            return Effect::None;
        }
        let typed = std::mem::take(&mut self.typed);
        Effect::Info(tr!(l, "card-moved", typed = typed))
    }

    fn act(&mut self, action: Action, ctx: &Ctx) -> Effect {
        let s = ctx.session;
        let l = ctx.lang;
        match action {
            Action::Add => return self.open_indicator(s, None, l),
            Action::EditDetails => return self.open_settings(s, l),
            Action::StarterSet => {
                return match edits::start_police_card(s) {
                    Some(c) => Effect::Apply(c),
                    None => Effect::Info(tr!(l, "card-starter-complete").into()),
                };
            }
            _ => {}
        }
        let ids = rows(s);
        if ids.is_empty() {
            return Effect::Info(tr!(l, "card-no-indicators").into());
        }
        if self.row.navigate(&ids, action) {
            return self.moved(l);
        }
        match action {
            Action::CellLeft => {
                self.col.move_by(&cols(s), -1);
                return self.moved(l);
            }
            Action::CellRight => {
                self.col.move_by(&cols(s), 1);
                return self.moved(l);
            }
            _ => {}
        }
        let Some((indicator, by)) = self.cell(s) else {
            return Effect::None;
        };
        let card = &s.score_card;
        let name = card.indicator_name(indicator).to_string();
        match action {
            Action::Digit(d) => {
                if self.typed.len() >= MAX_DIGITS {
                    return Effect::Info(tr!(l, "card-max-digits", n = MAX_DIGITS));
                }
                if self.typed == "0" {
                    self.typed.clear();
                }
                self.typed.push(char::from(b'0' + d));
                Effect::None
            }
            Action::EraseDigit => {
                self.typed.pop();
                Effect::None
            }
            Action::Cancel if !self.typed.is_empty() => {
                self.typed.clear();
                Effect::Info(tr!(l, "card-digits-cleared").into())
            }
            Action::Cancel => Effect::None,
            Action::Submit if self.typed.is_empty() => self.open_score(s, indicator, by, l),
            Action::Submit => {
                let typed = std::mem::take(&mut self.typed);
                let scale = card.scale;
                let value = typed.parse::<u8>().ok().filter(|v| scale.check(*v).is_ok());
                let Some(value) = value else {
                    return Effect::Warn(tr!(
                        l,
                        "card-out-of-scale",
                        typed = typed,
                        min = scale.min(),
                        max = scale.max()
                    ));
                };
                let reason = card
                    .score(indicator, by)
                    .map(|sc| sc.reason.clone())
                    .unwrap_or_default();
                self.row.move_by(&ids, 1);
                match edits::set_card_score(s, indicator, by, value, &reason, ctx.now) {
                    Some(c) => Effect::Apply(c),
                    None => Effect::None,
                }
            }
            Action::Edit => self.open_score(s, indicator, by, l),
            Action::ClearScore => match edits::unset_card_score(s, indicator, by) {
                Some(c) => Effect::Apply(c),
                None => Effect::Info(tr!(
                    l,
                    "card-nothing-to-clear",
                    who = scorer(s, by, l),
                    name = &name
                )),
            },
            Action::Rename => self.open_indicator(s, Some(indicator), l),
            Action::Delete => {
                let n = card
                    .scores
                    .iter()
                    .filter(|sc| sc.indicator == indicator)
                    .count();
                let Some(change) = edits::remove_indicator(s, indicator) else {
                    return Effect::None;
                };
                Effect::Confirm(Confirm {
                    question: tr!(l, "card-ask-delete", name = &name, scores = n),
                    change,
                })
            }
            Action::PlanGap => self.open_action(s, indicator, l),
            _ => Effect::Unhandled,
        }
    }

    fn open_score(&mut self, s: &Session, indicator: IndicatorId, by: Scorer, l: Lang) -> Effect {
        let card = &s.score_card;
        let scale = card.scale;
        let old = card.score(indicator, by);
        let mut form = Form::new(tr!(
            l,
            "card-form-score",
            who = scorer(s, by, l),
            name = card.indicator_name(indicator)
        ))
        .speaking(l);
        let score = form.add(
            Field::optional_number(
                tr!(l, "card-field-score"),
                old.map(|sc| u32::from(sc.value)),
                u32::from(scale.min())..=u32::from(scale.max()),
            )
            .help(match scale {
                CardScale::Hundred => tr!(l, "card-field-score-help-hundred"),
                CardScale::Five => tr!(l, "card-field-score-help-five"),
            }),
        );
        let reason = form.add(
            // Private: the provider sits in the interface meeting, and a
            // reason can name an officer or the one who was asked for a
            // bribe. The facilitator reads out what the group agrees to.
            Field::text(
                tr!(l, "card-field-reason"),
                old.map_or("", |sc| sc.reason.as_str()),
            )
            .private()
            .help(tr!(l, "card-field-reason-help")),
        );
        if old.is_some() {
            form.focus_on(reason);
        }
        self.form.open(
            CardForm::Score {
                indicator,
                by,
                score,
                reason,
            },
            form,
        );
        Effect::None
    }

    fn open_indicator(&mut self, s: &Session, id: Option<IndicatorId>, l: Lang) -> Effect {
        let old = id.and_then(|i| s.score_card.indicator(i));
        let title = match old {
            Some(i) => tr!(l, "card-form-indicator", name = &i.name),
            None => tr!(l, "card-form-add-indicator").into(),
        };
        let mut form = Form::new(title).speaking(l);
        let name = form.add(
            Field::text(
                tr!(l, "card-field-indicator"),
                old.map_or("", |i| i.name.as_str()),
            )
            .help(tr!(l, "card-field-indicator-help")),
        );
        self.form.open(CardForm::Indicator { id, name }, form);
        Effect::None
    }

    fn open_settings(&mut self, s: &Session, l: Lang) -> Effect {
        let card = &s.score_card;
        let mut form = Form::new(tr!(l, "card-form-settings")).speaking(l);
        let provider = form.add(
            Field::text(tr!(l, "card-field-provider"), &card.provider)
                .help(tr!(l, "card-field-provider-help")),
        );
        let scale = form.add(
            Field::choice(
                tr!(l, "card-field-scale"),
                CardScale::ALL
                    .iter()
                    .map(|c| l.t(c.msg_id()).to_string())
                    .collect(),
                CardScale::ALL
                    .iter()
                    .position(|c| *c == card.scale)
                    .unwrap_or(0),
            )
            .help(tr!(l, "card-field-scale-help")),
        );
        self.form.open(CardForm::Settings { provider, scale }, form);
        Effect::None
    }

    fn open_action(&mut self, s: &Session, indicator: IndicatorId, l: Lang) -> Effect {
        let Some(problem) = problems_in_order(s).first().copied() else {
            return Effect::Info(tr!(l, "card-action-no-problem").into());
        };
        let card = &s.score_card;
        let name = card.indicator_name(indicator).to_string();
        let groups = s.group_ids();
        // What the action's indicator of success starts as, in the
        // facilitator's words: the baseline it is measured from.
        let measure = match (
            card.community(indicator, &groups),
            card.gap(indicator, &groups),
        ) {
            (Some(m), Some(g)) => tr!(
                l,
                "card-measure-gap",
                name = &name,
                score = number(card.scale, m),
                gap = signed(card.scale, g)
            ),
            (Some(m), None) => tr!(
                l,
                "card-measure",
                name = &name,
                score = number(card.scale, m)
            ),
            _ => tr!(l, "card-measure-next", name = &name),
        };
        let base = Planned {
            id: s.next_action_id(),
            problem,
            indicator: measure,
            card_indicator: Some(indicator),
            ..Planned::default()
        };
        let (form, fields) = actions::form(&tr!(l, "card-form-action", name = &name), s, &base, l);
        self.form.open(
            CardForm::Action {
                indicator,
                fields: Box::new(fields),
            },
            form,
        );
        Effect::None
    }
}

/// Who scores `by`, the provider unnamed yet in `l`'s word.
pub(crate) fn scorer(s: &Session, by: Scorer, l: Lang) -> &str {
    s.scorer_name_or(by, tr!(l, "card-provider"))
}

/// Why an indicator's name is not taken, in `l`.
fn refusal(l: Lang, e: &Broken) -> String {
    match e {
        Broken::IndicatorNameTaken(name) => tr!(l, "card-indicator-taken", name = name),
        Broken::NoIndicatorName => tr!(l, "card-indicator-empty").into(),
        other => l.msg(&other.msg()),
    }
}

/// What a form of the card asks for, or `None` to keep it open with what to
/// fix.
fn submit(
    f: &CardForm,
    form: &mut Form,
    ctx: &Ctx,
    row: &mut Selection<IndicatorId>,
) -> Option<Effect> {
    let s = ctx.session;
    let l = ctx.lang;
    let card = &s.score_card;
    Some(match f {
        CardForm::Score {
            indicator,
            by,
            score,
            reason,
        } => {
            let value = match form.get(*score) {
                Ok(v) => v as u8,
                Err(e) => {
                    form.fail(*score, e);
                    return None;
                }
            };
            match edits::set_card_score(s, *indicator, *by, value, &form.get(*reason), ctx.now) {
                Some(c) => Effect::Apply(c),
                None => Effect::None,
            }
        }
        CardForm::Indicator { id, name } => {
            let indicators = NameList {
                items: &card.indicators,
                rule: |typed, others| crate::model::rules::indicator(typed, others),
                refusal: &|e| refusal(l, e),
                update: Change::Indicator,
                next_id: card.next_indicator_id(),
                add: &|typed| edits::add_indicator(s, typed),
            };
            return named::submit(&indicators, *id, form, *name, row);
        }
        CardForm::Settings { provider, scale } => {
            let scale_now = CardScale::ALL[form.get(*scale).min(CardScale::ALL.len() - 1)];
            if scale_now != card.scale && !card.scores.is_empty() {
                form.fail(*scale, tr!(l, "card-scale-locked"));
                return None;
            }
            let mut changes = Vec::new();
            let name = form.get(*provider);
            if name != card.provider {
                changes.push(Change::Set(SessionField::Provider(name)));
            }
            if scale_now != card.scale {
                changes.push(Change::Set(SessionField::CardScale(scale_now)));
            }
            match changes.len() {
                0 => Effect::None,
                1 => Effect::Apply(changes.remove(0)),
                _ => Effect::Apply(Change::Batch {
                    label: crate::i18n::Msg::new("change-card-provider-scale")
                        .with("name", form.get(*provider))
                        .with("scale", crate::i18n::Msg::new(scale_now.msg_id())),
                    changes,
                }),
            }
        }
        CardForm::Action { indicator, fields } => {
            let action = actions::read(fields, form, ctx.today, ctx.lang)?;
            let name = card.indicator_name(*indicator).to_string();
            Effect::ApplyInfo(
                Change::Action(ListOp::Insert {
                    index: s.actions.len(),
                    item: action,
                }),
                tr!(l, "card-action-planned", name = &name),
            )
        }
    })
}

impl ScoreCardView {
    fn draw_card(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx, theme: &Theme) {
        let s = ctx.session;
        let l = ctx.lang;
        let card = &s.score_card;
        let mut area = area;
        let heading = take_top(&mut area, 1);
        let provider = card.provider_or(tr!(l, "card-provider"));
        let title = title(l, provider, card.scale, heading.width);
        let ids = rows(s);
        if ids.is_empty() {
            line(heading, buf, &title, theme.heading);
            take_top(&mut area, 1);
            let why = if ctx.read_only {
                tr!(l, "card-empty-read-only")
            } else {
                tr!(l, "card-empty")
            };
            for piece in wrap(why, area.width) {
                line(take_top(&mut area, 1), buf, &piece, theme.base);
            }
            return;
        }
        let columns = cols(s);
        let scored = card.scores.len();
        let cells = ids.len() * columns.len();
        // The count gives way to the title (which names the scale).
        let count = tr!(l, "card-scored", scored = scored, cells = cells);
        let count = if text::width(&title) + text::width(&count) + 2 <= heading.width as usize {
            count
        } else {
            String::new()
        };
        split_line(
            heading,
            buf,
            &[Span::styled(title, theme.heading)],
            &count,
            theme,
        );
        let r = self.row.index(&ids).unwrap_or(0);
        let c = self.col.index(&columns).unwrap_or(0);
        let (indicator, by) = (ids[r], columns[c]);
        // The cell under the cursor in words, wrapped: the indicator's whole
        // name, who scores, and the reason given.
        let (name, who) = (card.indicator_name(indicator), scorer(s, by, l));
        let detail = match card.score(indicator, by) {
            Some(sc) if !sc.reason.trim().is_empty() => tr!(
                l,
                "card-detail-reason",
                name = name,
                who = who,
                score = sc.value,
                reason = sc.reason.trim()
            ),
            Some(sc) => tr!(
                l,
                "card-detail-score",
                name = name,
                who = who,
                score = sc.value
            ),
            None => tr!(l, "card-detail-unscored", name = name, who = who),
        };
        let room = (area.height / 5).max(1) as usize;
        for piece in wrap(&detail, area.width).into_iter().take(room) {
            line(take_top(&mut area, 1), buf, &piece, theme.label_focus);
        }
        let legend = tr!(l, "card-legend", big = BIG_GAP, planned = PLANNED);
        if area.height > 8 {
            line(take_bottom(&mut area, 1), buf, &legend, theme.muted);
        }
        if area.height > 12 {
            take_top(&mut area, 1);
        }
        let groups = s.group_ids();
        let table = ScoreTable {
            session: s,
            groups: &groups,
            cursor: Some((r, c)),
            typed: &self.typed,
            room: false,
            lang: l,
        };
        let window = self.row.window(&ids, table.capacity(area));
        let page = range_label_in(l, &window, ids.len());
        if !page.is_empty() && area.height > 4 {
            let bottom = take_bottom(&mut area, 1);
            line(bottom, buf, &page, theme.muted);
        }
        table.draw(area, buf, window, theme);
    }
}

/// The card's title in `width` cells: where it does not fit, the provider's
/// name is cut, never the scale.
fn title(l: Lang, provider: &str, scale: CardScale, width: u16) -> String {
    let whole = tr!(l, "card-title", provider = provider, scale = scale.short());
    let over = text::width(&whole).saturating_sub(usize::from(width));
    if over == 0 {
        return whole;
    }
    let room = text::width(provider).saturating_sub(over).max(1);
    tr!(
        l,
        "card-title",
        provider = text::truncate(provider, room),
        scale = scale.short()
    )
}

fn wrap(s: &str, width: u16) -> Vec<String> {
    text::wrap(s, width.max(1) as usize)
        .into_iter()
        .map(|l| s[l.range].trim_end().to_string())
        .collect()
}
