//! The rules every session obeys, written once: the limits of what the room
//! can record and what makes a name or a number acceptable. [`Session::apply`]
//! refuses a change that breaks one, [`Session::validate`] reports a file
//! that breaks one, and the command line and the program's forms take their
//! limits from here, so that what one accepts the others accept too.
//!
//! Each check says which rule is broken ([`Broken`], worded as
//! `Session::apply` words its refusals); callers that know more (which group,
//! which field of a form, which option) word it for their reader, in their
//! reader's language ([`Broken::msg`]). This module works on plain values
//! and imports only the message type, so anything may use it.
//!
//! [`Session::apply`]: crate::model::Session::apply
//! [`Session::validate`]: crate::model::Session::validate

use std::fmt;

use crate::i18n::Msg;

/// The most people one group may count: a baraza is a room, not a census;
/// anything larger is a typing slip. A group may count 0 (listed before its
/// people arrive).
pub const MAX_PEOPLE: u32 = 999;

/// The fewest and the most dots one participant may place (commonly 3–5).
pub const MIN_DOTS: u32 = 1;
pub const MAX_DOTS: u32 = 20;

/// A criteria score: 1 low … 5 high.
pub const MIN_SCORE: u8 = 1;
pub const MAX_SCORE: u8 = 5;

/// The weight of a scoring criterion.
pub const MIN_WEIGHT: u32 = 1;
pub const MAX_WEIGHT: u32 = 10;

/// The shortlist takes at least this many problems.
pub const MIN_SHORTLIST: usize = 1;

/// The longest consent note, in characters: what the room agreed, read out
/// in a minute or two, not a document.
pub const MAX_CONSENT_CHARS: usize = 2_000;
/// The most time recorded as worked on one panel: a week, far beyond any
/// workshop, so a hand-edited or damaged count stands out.
pub const MAX_WORKED_SECONDS: u32 = 7 * 24 * 3600;

/// The longest timer: a whole day's session.
pub const MAX_TIMER_SECONDS: u32 = 12 * 3600;
/// A score-card mark "like a teacher's": 0 to 100.
pub const CARD_HUNDRED_MAX: u8 = 100;
/// The other score-card scale: 1 (very poor) to 5 (very good).
pub const CARD_FIVE_MIN: u8 = 1;
pub const CARD_FIVE_MAX: u8 = 5;

/// How much insecurity a group marks in one place at one time, as beans on
/// a chart: 0 (safe) to 3 (very unsafe).
pub const MAX_INTENSITY: u8 = 3;

/// The months of the seasonal calendar.
pub const MONTHS: u8 = 12;

/// A rule a value breaks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Broken {
    NoTitle,
    NoGroupName,
    TooManyPeople,
    /// Another group has this name (as the facilitator typed it).
    GroupNameTaken(String),
    Dots,
    NoProblemTitle,
    NoCriterionName,
    Weight,
    Score,
    Shortlist,
    ConsentTooLong,
    Worked,
    Timer,
    NoIndicatorName,
    /// Another indicator has this name.
    IndicatorNameTaken(String),
    /// A score-card mark outside its scale: the lowest and highest it takes.
    CardScore(u8, u8),
    NoPlaceName,
    /// Another place has this name.
    PlaceNameTaken(String),
    Intensity,
    Month,
    /// An escalation names nobody it went to.
    NoRecipient,
    /// A reply dated before the problem was raised with anyone.
    ReplyBeforeRaised,
}

impl Broken {
    /// The rule as a message: the facilitator's screens say it in the
    /// interface language, `baraza check` and the audit log in English
    /// (through `Display`).
    pub fn msg(&self) -> Msg {
        let range =
            |id: &'static str, min: u32, max: u32| Msg::new(id).with("min", min).with("max", max);
        let named = |id: &'static str, name: &str| Msg::new(id).with("name", name);
        match self {
            Broken::NoTitle => Msg::new("rule-no-title"),
            Broken::NoGroupName => Msg::new("rule-no-group-name"),
            Broken::TooManyPeople => Msg::new("rule-too-many-people").with("max", MAX_PEOPLE),
            Broken::GroupNameTaken(name) => named("rule-group-name-taken", name),
            Broken::Dots => range("rule-dots", MIN_DOTS, MAX_DOTS),
            Broken::NoProblemTitle => Msg::new("rule-no-problem-title"),
            Broken::NoCriterionName => Msg::new("rule-no-criterion-name"),
            Broken::Weight => range("rule-weight", MIN_WEIGHT, MAX_WEIGHT),
            Broken::Score => range("rule-score", MIN_SCORE.into(), MAX_SCORE.into()),
            Broken::Shortlist => Msg::new("rule-shortlist"),
            Broken::ConsentTooLong => {
                Msg::new("rule-consent-too-long").with("max", MAX_CONSENT_CHARS)
            }
            Broken::Worked => Msg::new("rule-worked").with("hours", MAX_WORKED_SECONDS / 3600),
            Broken::Timer => Msg::new("rule-timer").with("hours", MAX_TIMER_SECONDS / 3600),
            Broken::NoIndicatorName => Msg::new("rule-no-indicator-name"),
            Broken::IndicatorNameTaken(name) => named("rule-indicator-name-taken", name),
            Broken::CardScore(min, max) => range("rule-card-score", (*min).into(), (*max).into()),
            Broken::NoPlaceName => Msg::new("rule-no-place-name"),
            Broken::PlaceNameTaken(name) => named("rule-place-name-taken", name),
            Broken::Intensity => Msg::new("rule-intensity").with("max", MAX_INTENSITY),
            Broken::Month => Msg::new("rule-month").with("max", MONTHS),
            Broken::NoRecipient => Msg::new("rule-no-recipient"),
            Broken::ReplyBeforeRaised => Msg::new("rule-reply-before-raised"),
        }
    }
}

impl fmt::Display for Broken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::i18n::Lang::En.msg(&self.msg()))
    }
}

impl std::error::Error for Broken {}

/// Whether `text` is blank: empty or only spaces, which counts as no name.
fn blank(text: &str) -> bool {
    text.trim().is_empty()
}

fn check(ok: bool, broken: Broken) -> Result<(), Broken> {
    if ok { Ok(()) } else { Err(broken) }
}

pub fn session_title(title: &str) -> Result<(), Broken> {
    check(!blank(title), Broken::NoTitle)
}

pub fn group_name(name: &str) -> Result<(), Broken> {
    check(!blank(name), Broken::NoGroupName)
}

pub fn worked_seconds(seconds: u32) -> Result<(), Broken> {
    check(seconds <= MAX_WORKED_SECONDS, Broken::Worked)
}

pub fn timer_seconds(seconds: u32) -> Result<(), Broken> {
    check((1..=MAX_TIMER_SECONDS).contains(&seconds), Broken::Timer)
}

pub fn head_count(count: u32) -> Result<(), Broken> {
    check(count <= MAX_PEOPLE, Broken::TooManyPeople)
}

/// Two group names are the same group when they differ only in case or in
/// spaces around them: "Women" and " women ".
pub fn same_group_name(a: &str, b: &str) -> bool {
    group_name_key(a) == group_name_key(b)
}

/// What two names of the same group have in common: a key to find a name
/// among many at once (checking a whole file) instead of one by one.
pub fn group_name_key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// `name` is not the name of any of the `others` (the other groups).
pub fn group_name_free<'a>(
    name: &str,
    others: impl IntoIterator<Item = &'a str>,
) -> Result<(), Broken> {
    match others.into_iter().any(|o| same_group_name(o, name)) {
        true => Err(Broken::GroupNameTaken(name.trim().to_string())),
        false => Ok(()),
    }
}

/// A group as a whole: a name, a head count, a name no other group has.
pub fn group<'a>(
    name: &str,
    count: u32,
    other_names: impl IntoIterator<Item = &'a str>,
) -> Result<(), Broken> {
    group_name(name)?;
    head_count(count)?;
    group_name_free(name, other_names)
}

pub fn dots_per_participant(dots: u32) -> Result<(), Broken> {
    check((MIN_DOTS..=MAX_DOTS).contains(&dots), Broken::Dots)
}

pub fn problem_title(title: &str) -> Result<(), Broken> {
    check(!blank(title), Broken::NoProblemTitle)
}

pub fn criterion_name(name: &str) -> Result<(), Broken> {
    check(!blank(name), Broken::NoCriterionName)
}

pub fn weight(weight: u32) -> Result<(), Broken> {
    check((MIN_WEIGHT..=MAX_WEIGHT).contains(&weight), Broken::Weight)
}

pub fn score(value: u8) -> Result<(), Broken> {
    check((MIN_SCORE..=MAX_SCORE).contains(&value), Broken::Score)
}

pub fn shortlist_size(size: usize) -> Result<(), Broken> {
    check(size >= MIN_SHORTLIST, Broken::Shortlist)
}

/// A consent note may be empty (none recorded yet) but not a document.
pub fn consent_note(text: &str) -> Result<(), Broken> {
    check(
        text.chars().count() <= MAX_CONSENT_CHARS,
        Broken::ConsentTooLong,
    )
}

/// Two names (of indicators, of places) are the same when they differ only
/// in case or in spaces around them, as group names are.
fn name_free<'a>(
    name: &str,
    others: impl IntoIterator<Item = &'a str>,
    taken: fn(String) -> Broken,
) -> Result<(), Broken> {
    match others.into_iter().any(|o| same_group_name(o, name)) {
        true => Err(taken(name.trim().to_string())),
        false => Ok(()),
    }
}

/// An indicator: a name no other indicator of the card has.
pub fn indicator<'a>(name: &str, others: impl IntoIterator<Item = &'a str>) -> Result<(), Broken> {
    check(!blank(name), Broken::NoIndicatorName)?;
    name_free(name, others, Broken::IndicatorNameTaken)
}

/// A score-card mark on a scale from `min` to `max`.
pub fn card_score(value: u8, min: u8, max: u8) -> Result<(), Broken> {
    check((min..=max).contains(&value), Broken::CardScore(min, max))
}

/// A place: a name no other place of the grid has.
pub fn place<'a>(name: &str, others: impl IntoIterator<Item = &'a str>) -> Result<(), Broken> {
    check(!blank(name), Broken::NoPlaceName)?;
    name_free(name, others, Broken::PlaceNameTaken)
}

pub fn intensity(level: u8) -> Result<(), Broken> {
    check(level <= MAX_INTENSITY, Broken::Intensity)
}

pub fn month(month: u8) -> Result<(), Broken> {
    check((1..=MONTHS).contains(&month), Broken::Month)
}

pub fn recipient(to: &str) -> Result<(), Broken> {
    check(!blank(to), Broken::NoRecipient)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_hold_at_their_boundaries() {
        assert!(head_count(0).is_ok() && head_count(MAX_PEOPLE).is_ok());
        assert_eq!(head_count(MAX_PEOPLE + 1), Err(Broken::TooManyPeople));
        assert_eq!(dots_per_participant(0), Err(Broken::Dots));
        assert!(dots_per_participant(1).is_ok() && dots_per_participant(20).is_ok());
        assert_eq!(dots_per_participant(21), Err(Broken::Dots));
        assert_eq!(score(0), Err(Broken::Score));
        assert!(score(1).is_ok() && score(5).is_ok());
        assert_eq!(score(6), Err(Broken::Score));
        assert_eq!(weight(0), Err(Broken::Weight));
        assert!(weight(1).is_ok() && weight(10).is_ok());
        assert_eq!(weight(11), Err(Broken::Weight));
        assert_eq!(shortlist_size(0), Err(Broken::Shortlist));
        assert!(shortlist_size(1).is_ok());
        assert!(consent_note("").is_ok());
        // Characters, not bytes: a note in Devanagari is as long as in Latin.
        assert!(consent_note(&"क".repeat(MAX_CONSENT_CHARS)).is_ok());
        assert_eq!(
            consent_note(&"a".repeat(MAX_CONSENT_CHARS + 1)),
            Err(Broken::ConsentTooLong)
        );
        assert!(card_score(0, 0, 100).is_ok() && card_score(100, 0, 100).is_ok());
        assert_eq!(card_score(101, 0, 100), Err(Broken::CardScore(0, 100)));
        assert_eq!(card_score(0, 1, 5), Err(Broken::CardScore(1, 5)));
        assert!(intensity(0).is_ok() && intensity(3).is_ok());
        assert_eq!(intensity(4), Err(Broken::Intensity));
        assert_eq!(month(0), Err(Broken::Month));
        assert!(month(1).is_ok() && month(12).is_ok());
        assert_eq!(month(13), Err(Broken::Month));
        assert_eq!(
            indicator(" respect ", ["Respect"]),
            Err(Broken::IndicatorNameTaken("respect".into()))
        );
        assert_eq!(place("  ", []), Err(Broken::NoPlaceName));
        assert_eq!(recipient(" "), Err(Broken::NoRecipient));
    }

    #[test]
    fn names_are_blank_or_taken_ignoring_case_and_outer_spaces() {
        assert_eq!(group_name("  "), Err(Broken::NoGroupName));
        assert_eq!(
            group(" women ", 3, ["Men", "Women"]),
            Err(Broken::GroupNameTaken("women".into()))
        );
        assert!(group("Women elders", 3, ["Men", "Women"]).is_ok());
        assert_eq!(group("", 1000, []), Err(Broken::NoGroupName));
        assert_eq!(
            Broken::GroupNameTaken("Youth".into()).to_string(),
            "there is a group «Youth» already"
        );
        assert_eq!(
            Broken::TooManyPeople.to_string(),
            "a group counts at most 999 people"
        );
        assert_eq!(Broken::Dots.to_string(), "dots per participant are 1 to 20");
    }
}
