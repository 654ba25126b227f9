//! The score card on the wall, for the interface meeting: every indicator
//! with each group's score, the provider's self-score, the community's mean
//! and the gap, the biggest gaps marked ◆ (a mark, not a colour) and an
//! action planned on a gap marked →. Where the screen is tall enough for the
//! whole card and more, the indicator the facilitator is on is drawn above
//! it in big digits: the community's score, the provider's, the gap.
//!
//! Never the reasons: the provider sits in the interface meeting, and a
//! reason can name an officer, or the one who was asked for a bribe. The
//! facilitator reads out what a group agrees to share.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};

use super::entries::{self, Entry, Look};
use super::{Drawn, Room, big, empty, rows};
use crate::i18n::Lang;
use crate::model::Session;
use crate::model::score_card::{CardSummary, number, signed, summary};
use crate::tr;
use crate::tui::theme::Theme;
use crate::tui::widgets::score_table::{BIG_GAP, NO_COLUMN, PLANNED, ScoreTable};

/// The rows of the big band: the indicator's name, the digits, their labels
/// and a blank row under them.
const BAND_ROWS: u16 = 1 + 4 + 1 + 1;

pub(super) fn draw(mut area: Rect, buf: &mut Buffer, theme: &Theme, room: &Room) -> Drawn {
    let s = room.session;
    let l = room.lang;
    let card = &s.score_card;
    let heading = tr!(
        l,
        "card-room-heading",
        provider = rows::clean(provider(l, s))
    );
    if card.indicators.is_empty() {
        empty(area, buf, theme, tr!(l, "card-room-empty"));
        return Drawn {
            heading,
            page: String::new(),
        };
    }
    let groups = s.group_ids();
    let sum = summary(card, &groups);
    let selected = room
        .cue
        .focus
        .indicator
        .and_then(|id| card.indicators.iter().position(|i| i.id == id));
    // The legend takes the last row where there is room for it.
    if area.height >= 12 {
        // Whole, or the marks alone where the whole does not fit.
        let mut legend = tr!(l, "card-legend", big = BIG_GAP, planned = PLANNED);
        if crate::text::width(&legend) > usize::from(area.width) {
            legend = tr!(l, "card-legend-short", big = BIG_GAP, planned = PLANNED);
        }
        let bottom = rows::take_bottom(&mut area, 1);
        rows::put(buf, bottom, 0, &legend, theme.muted);
        rows::take_bottom(&mut area, 1);
    }
    let n = card.indicators.len();
    let table = |wall: bool| ScoreTable {
        session: s,
        groups: &groups,
        cursor: selected.map(|r| (r, NO_COLUMN)),
        typed: "",
        room: wall,
        lang: l,
    };
    let wall = table(true);
    let compact = table(false);
    let all_fit = |t: &ScoreTable| t.frame_rows(area.width) + t.row_height() * n as u16;
    // The whole card at two rows an indicator, else at one; paged at two
    // rows; and where the names cannot show whole beside the columns (a
    // narrow wall, many groups), a list: each indicator whole with its
    // scores under it.
    let chosen = if wall.names_whole(area.width) && all_fit(&wall) <= area.height {
        if let Some(i) = selected
            && area.height >= all_fit(&wall) + BAND_ROWS
        {
            band(
                rows::take_top(&mut area, BAND_ROWS),
                buf,
                theme,
                l,
                s,
                &sum,
                i,
            );
        } else if let Some(i) = selected
            && area.height > all_fit(&wall) + 1
        {
            rows::label(buf, &mut area, &line_for(l, s, &sum, i), theme.emphasis);
        }
        wall
    } else if compact.names_whole(area.width) && all_fit(&compact) <= area.height {
        if let Some(i) = selected
            && area.height > all_fit(&compact) + 1
        {
            rows::label(buf, &mut area, &line_for(l, s, &sum, i), theme.emphasis);
        }
        compact
    } else if wall.names_whole(area.width) {
        wall
    } else {
        let page = list(area, buf, theme, room.lang, s, &sum, selected);
        return Drawn { heading, page };
    };
    let capacity = chosen.capacity(area).max(1);
    let heights = vec![1; n];
    let page = rows::page(room.lang, &heights, capacity as u16, selected);
    chosen.draw(area, buf, page.items, theme);
    Drawn {
        heading,
        page: page.label,
    }
}

/// The card as a list, for a wall too narrow for its columns: each
/// indicator's name whole, then the community's score, the provider's and
/// the gap, then each group's.
fn list(
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    lang: Lang,
    s: &Session,
    sum: &CardSummary,
    selected: Option<usize>,
) -> String {
    let scale = s.score_card.scale;
    let shown = |v: Option<f64>| v.map_or("·".to_string(), |v| number(scale, v));
    let list: Vec<Entry> = sum
        .rows
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let mark = if row.biggest {
                format!(" {BIG_GAP}")
            } else {
                String::new()
            };
            let groups: Vec<String> = sum
                .groups
                .iter()
                .zip(&row.groups)
                .map(|(g, v)| {
                    let v = v.map_or("·".to_string(), |v| v.to_string());
                    format!("{} {v}", rows::clean(s.group_name(*g)))
                })
                .collect();
            let detail = format!(
                "{}{mark} · {}",
                tr!(
                    lang,
                    "card-room-scores",
                    community = shown(row.community),
                    provider = rows::clean(provider(lang, s)),
                    score = shown(row.provider.map(f64::from)),
                    gap = row.gap.map_or("·".to_string(), |g| signed(scale, g))
                ),
                groups.join(lang.t("list-separator"))
            );
            Entry {
                selected: Some(i) == selected,
                lead: format!("{}.", i + 1),
                title: row.name.clone(),
                detail: Some(detail),
                detail_wraps: true,
                ..Entry::default()
            }
        })
        .collect();
    entries::draw(
        area,
        buf,
        theme,
        lang,
        &list,
        &Look {
            bar_max: 0.0,
            big: false,
            ranked: false,
            big_titles: false,
        },
    )
}

/// The indicator under the cursor in big digits: community, provider, gap.
fn band(
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
    l: Lang,
    s: &Session,
    sum: &CardSummary,
    i: usize,
) {
    let Some(row) = sum.rows.get(i) else { return };
    let scale = s.score_card.scale;
    let name = format!("{}. {}", i + 1, rows::clean(&row.name));
    rows::put(buf, area, 0, &name, theme.emphasis);
    let shown = |v: Option<f64>| v.map_or("·".to_string(), |v| number(scale, v));
    let gap = row.gap.map_or("·".to_string(), |g| signed(scale, g));
    let gap_label = if row.biggest {
        tr!(l, "card-room-gap-biggest", big = BIG_GAP)
    } else {
        tr!(l, "card-room-gap").to_string()
    };
    let columns = [
        (
            shown(row.community),
            tr!(l, "card-room-community", groups = sum.groups.len()),
        ),
        (
            shown(row.provider.map(f64::from)),
            rows::clean(provider(l, s)).into_owned(),
        ),
        (gap, gap_label),
    ];
    let col = area.width / columns.len() as u16;
    let size = big::Size::Quadrant;
    for (k, (value, label)) in columns.iter().enumerate() {
        let at = Rect::new(area.x + col * k as u16, area.y + 1, col, size.height());
        // The big font has ASCII only: the minus sign is drawn as a hyphen.
        let digits = value.replace('−', "-");
        let style = if k == 2 && row.biggest {
            theme.warning
        } else {
            theme.emphasis
        };
        if !big::draw(at, buf, &digits, size, style, Alignment::Left) {
            rows::put(buf, at, 0, value, style);
        }
        let under = Rect::new(at.x, at.y + size.height(), col.saturating_sub(1), 1);
        rows::put(buf, under, 0, label, theme.heading);
    }
}

/// "▶ 3. Respect: community 42 · Kibera police post 80 · gap −38 ◆".
fn line_for(l: Lang, s: &Session, sum: &CardSummary, i: usize) -> String {
    let Some(row) = sum.rows.get(i) else {
        return String::new();
    };
    let scale = s.score_card.scale;
    let shown = |v: Option<f64>| v.map_or("·".to_string(), |v| number(scale, v));
    let mark = if row.biggest {
        format!(" {BIG_GAP}")
    } else {
        String::new()
    };
    let scores = tr!(
        l,
        "card-room-scores",
        community = shown(row.community),
        provider = rows::clean(provider(l, s)),
        score = shown(row.provider.map(f64::from)),
        gap = row.gap.map_or("·".to_string(), |g| signed(scale, g))
    );
    format!("▶ {}. {}: {scores}{mark}", i + 1, rows::clean(&row.name))
}

/// The provider's name, or its word in `l` while the room has not named it.
fn provider(l: Lang, s: &Session) -> &str {
    s.score_card.provider_or(tr!(l, "card-provider"))
}
