//! Key bindings declared as data. The same declarations drive dispatch, the
//! hint line at the bottom of the screen and the `?` help overlay, so they can
//! never disagree.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::i18n::Lang;

/// Everything a key can ask for. Panels act on the ones they declare.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    // Everywhere.
    Quit,
    ForceQuit,
    Help,
    NextPanel,
    PrevPanel,
    /// Straight to the panel at this index (0 = Prepare … 5 = Learn).
    GoToPanel(usize),
    Undo,
    Redo,
    CycleTheme,
    /// The next interface language (English, Kiswahili, French, Arabic,
    /// Somali, Russian).
    CycleLanguage,
    /// The right-to-left setting: auto, on, off (in the help overlay,
    /// beside the test line that shows which is right).
    CycleRtl,
    // The room's screen.
    /// The room view in this window, and back.
    RoomView,
    /// Blank the room's screen, and back.
    Blank,
    /// The timer: start one, or pause, extend, stop the one running.
    Timer,
    /// Pause a running timer, resume a paused one.
    PauseTimer,
    /// One more minute on the timer.
    ExtendTimer,
    StopTimer,
    /// Dot voting blind (totals off the room's screen), or revealed.
    ToggleBlind,
    /// Open the audience window of the selected session here.
    Present,
    // Lists.
    Up,
    Down,
    PageUp,
    PageDown,
    First,
    Last,
    Add,
    Edit,
    Delete,
    MoveUp,
    MoveDown,
    Open,
    New,
    // Panel specific.
    Merge,
    VotePlus,
    VoteMinus,
    NextGroup,
    PrevGroup,
    ToggleGroupView,
    ToggleShortlist,
    ShortlistTop,
    ShortlistMore,
    ShortlistFewer,
    NextStatus,
    AddNote,
    ToggleResolved,
    ToggleEscalation,
    FocusNext,
    FocusPrev,
    // Plan.
    /// Show every problem, not only the shortlist (and back).
    ToggleAllProblems,
    // Monitor.
    /// Set the status at this index of `ActionStatus::ALL`.
    SetStatus(usize),
    // Rank.
    ToggleOrder,
    /// Next ranking method: dot voting, pairwise, criteria.
    NextMethod,
    /// The results view, and back.
    ShowResults,
    /// Break the tie at the shortlist boundary.
    BreakTie,
    /// Take every problem of a tie at the boundary onto the shortlist.
    IncludeTied,
    /// Dot voting: a digit of the number of dots being typed.
    Digit(u8),
    /// Dot voting: take back the last digit typed.
    EraseDigit,
    /// Dot voting: walk one group through every problem, typing its dots.
    Tally,
    /// Pairwise: the left problem matters more.
    PickLeft,
    /// Pairwise: the right problem matters more.
    PickRight,
    /// Pairwise: the two matter as much.
    PickTie,
    /// Pairwise: forget the decision on this pair.
    ClearPick,
    NextPair,
    PrevPair,
    /// The next pair still to decide.
    NextUndecided,
    /// Pairwise: the matrix, and back.
    ShowMatrix,
    /// Pairwise on the shortlist or on every problem.
    TogglePairScope,
    /// One cell left / right in a grid.
    CellLeft,
    CellRight,
    /// Criteria: score the cell 1 to 5.
    Score(u8),
    ClearScore,
    /// Pick the option at this index (1-based keys).
    Choose(usize),
    // Prepare panel.
    EditDetails,
    EditNotes,
    EditConsent,
    // Forms and dialogs.
    /// The focused field's own key (typing, choosing, ticking, a new line):
    /// the field takes it.
    FieldKey,
    Submit,
    Cancel,
    Yes,
    No,
    // Session list and review.
    Filter,
    Sort,
    NextCycle,
    Compare,
    Export,
    ReadOnly,
    /// Read the folder again (sessions added by another program).
    Refresh,
    /// Show or hide the example sessions built into baraza.
    Examples,
    // The score card, the where-and-when grid and the follow-up ledger.
    /// Rank: the score card, and back to the ranking.
    ShowScoreCard,
    /// Identify: the where-and-when grid, and back to the problems.
    ShowWhereWhen,
    /// Monitor: the follow-up ledger, and back to the actions.
    ShowLedger,
    /// The score card: the indicators offered for police services.
    StarterSet,
    /// Rename the row's item (an indicator, a place).
    Rename,
    /// The score card: plan an action on the selected indicator's gap.
    PlanGap,
    /// The grid: times of day or months.
    ToggleClock,
}

/// One key, as a const-friendly value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Key {
    pub const fn char(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            mods: KeyModifiers::NONE,
        }
    }
    pub const fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            mods: KeyModifiers::CONTROL,
        }
    }
    pub const fn alt(code: KeyCode) -> Key {
        Key {
            code,
            mods: KeyModifiers::ALT,
        }
    }
    /// Shift with a non-character key (`Shift+↑`); for characters write the
    /// character itself (`K`).
    pub const fn shift(code: KeyCode) -> Key {
        Key {
            code,
            mods: KeyModifiers::SHIFT,
        }
    }
    pub const fn code(code: KeyCode) -> Key {
        Key {
            code,
            mods: KeyModifiers::NONE,
        }
    }

    /// Whether `event` is this key. Shift is ignored for characters: `+` and
    /// `?` need Shift on many layouts, and `G` already says it.
    pub fn matches(&self, event: &KeyEvent) -> bool {
        let mut mods = event.modifiers;
        let mut code = event.code;
        if let KeyCode::Char(c) = code {
            mods.remove(KeyModifiers::SHIFT);
            // Ctrl+letter arrives lower-case on most terminals, upper on some.
            if mods.contains(KeyModifiers::CONTROL) {
                code = KeyCode::Char(c.to_ascii_lowercase());
            }
        }
        if code == KeyCode::BackTab {
            mods.remove(KeyModifiers::SHIFT);
        }
        code == self.code && mods == self.mods
    }

    /// How the key is written on screen: `a`, `Ctrl+z`, `↑`, `Enter`.
    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift+Tab".into(),
            KeyCode::Backspace => "Backspace".into(),
            KeyCode::Delete => "Del".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        };
        let mut label = String::new();
        if self.mods.contains(KeyModifiers::CONTROL) {
            label.push_str("Ctrl+");
        }
        if self.mods.contains(KeyModifiers::ALT) {
            label.push_str("Alt+");
        }
        if self.mods.contains(KeyModifiers::SHIFT) && !matches!(self.code, KeyCode::Char(_)) {
            label.push_str("Shift+");
        }
        label.push_str(&base);
        label
    }
}

/// Whether a binding appears on the hint line, or only in the help overlay.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Show {
    Bar,
    HelpOnly,
    /// Neither: a sibling binding describes it (`1` says "0-9", and the
    /// other digits do not get a line each).
    Unlisted,
}

/// One declared binding.
#[derive(Clone, Copy, Debug)]
pub struct Binding {
    pub keys: &'static [Key],
    pub action: Action,
    /// Short word for the hint line ("add").
    pub label: &'static str,
    /// Longer text for the help overlay.
    pub help: &'static str,
    pub show: Show,
    /// Changes the session: refused in read-only mode.
    pub edits: bool,
    /// How the hint line writes the keys, when it should differ from the keys
    /// themselves (`↑↓` for a pair of bindings shown as one hint).
    pub shown_as: Option<&'static str>,
    /// Deliberately takes a key that works everywhere ([`GLOBAL`]) for
    /// something else on this screen. Without it, a test fails: a panel
    /// must not silently hide a key the help lists under "Everywhere".
    pub overrides: bool,
    /// How the help overlay writes the keys, when a binding stands for its
    /// unlisted siblings too ("0-9").
    pub listed_as: Option<&'static str>,
}

/// A message id made of English words: lower case, runs of anything else
/// one hyphen ("Session details" → "session-details").
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// A short fingerprint of `text` (FNV-1a, 32 bits): the id of a key's
/// description changes with its English, so a translation of the old
/// wording is not shown for the new one (it shows in English until
/// translated again).
fn fingerprint(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

impl Binding {
    /// The id of the hint's word in the catalogue (`locales/*/keys.ftl`):
    /// `key-` and the English word ("key-add", "key-room-view").
    pub fn label_id(&self) -> String {
        format!("key-{}", slug(self.label))
    }

    /// The id of the help's description: `keyhelp-`, what it does, and the
    /// fingerprint of its English.
    pub fn help_id(&self) -> String {
        format!(
            "keyhelp-{}-{:08x}",
            slug(&format!("{:?}", self.action)),
            fingerprint(self.help)
        )
    }

    /// The hint's word in `lang` (the English declared here until the
    /// catalogue has it).
    pub fn label_in(&self, lang: Lang) -> &'static str {
        lang.lookup(&self.label_id()).unwrap_or(self.label)
    }

    /// The help's description in `lang`, likewise.
    pub fn help_in(&self, lang: Lang) -> &'static str {
        lang.lookup(&self.help_id()).unwrap_or(self.help)
    }

    /// The keys as the hint line writes them.
    pub fn hint_keys(&self) -> String {
        self.shown_as
            .map_or_else(|| self.keys_label(), String::from)
    }

    /// The keys as the help overlay writes them.
    pub fn help_keys(&self) -> String {
        self.listed_as
            .map_or_else(|| self.keys_label(), String::from)
    }

    /// Every key of the binding, for the help overlay.
    pub fn keys_label(&self) -> String {
        // Arrow pairs read better together: "↑↓" rather than "↑/↓".
        let labels: Vec<String> = self.keys.iter().map(Key::label).collect();
        if labels
            .iter()
            .all(|l| l == "↑" || l == "↓" || l == "←" || l == "→")
        {
            labels.concat()
        } else {
            labels.join("/")
        }
    }
}

/// A named set of bindings: one per panel, mode or dialog.
#[derive(Clone, Copy, Debug)]
pub struct Keymap {
    pub title: &'static str,
    pub bindings: &'static [Binding],
}

impl Keymap {
    /// The id of the map's title in the catalogue ("keymap-everywhere").
    pub fn title_id(&self) -> String {
        format!("keymap-{}", slug(self.title))
    }

    /// The title in `lang` (the English declared here until the catalogue
    /// has it).
    pub fn title_in(&self, lang: Lang) -> &'static str {
        lang.lookup(&self.title_id()).unwrap_or(self.title)
    }

    /// The binding `event` triggers, if any. Only presses and repeats count.
    pub fn lookup(&self, event: &KeyEvent) -> Option<&'static Binding> {
        if event.kind == KeyEventKind::Release {
            return None;
        }
        self.bindings
            .iter()
            .find(|b| b.keys.iter().any(|k| k.matches(event)))
    }
}

/// Shorthand for declaring bindings in a `const`.
pub const fn bind(
    keys: &'static [Key],
    action: Action,
    label: &'static str,
    help: &'static str,
) -> Binding {
    Binding {
        keys,
        action,
        label,
        help,
        show: Show::Bar,
        edits: false,
        shown_as: None,
        overrides: false,
        listed_as: None,
    }
}

impl Binding {
    /// Marks a binding as changing the session.
    pub const fn editing(mut self) -> Binding {
        self.edits = true;
        self
    }

    /// Writes the keys differently on the hint line.
    pub const fn shown_as(mut self, keys: &'static str) -> Binding {
        self.shown_as = Some(keys);
        self
    }

    /// Keeps a binding off the hint line (it still shows in `?`).
    pub const fn help_only(mut self) -> Binding {
        self.show = Show::HelpOnly;
        self
    }

    /// Keeps a binding off the hint line and out of the help: a sibling
    /// binding, [`Binding::listed_as`] its keys, describes it.
    pub const fn unlisted(mut self) -> Binding {
        self.show = Show::Unlisted;
        self
    }

    /// Writes the keys so in the help overlay (and on the hint line), for a
    /// binding that stands for unlisted siblings.
    pub const fn listed_as(mut self, keys: &'static str) -> Binding {
        self.listed_as = Some(keys);
        self.shown_as = Some(keys);
        self
    }

    /// Marks a deliberate override of a key that works everywhere.
    pub const fn overrides_global(mut self) -> Binding {
        self.overrides = true;
        self
    }
}

/// Where a key goes on the screen as it is: the one answer dispatch acts on,
/// and what the keymap test checks against the hint line and the help.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// This binding, of the keymap with this title.
    Binding {
        map: &'static str,
        action: Action,
        /// The binding changes the session (refused in read-only).
        edits: bool,
    },
    /// The focused field takes the key (typing, choosing, ticking).
    Field,
    /// Nothing happens.
    Nothing,
}

impl Route {
    /// The binding of `map` that `key` triggers, or [`Route::Nothing`].
    pub fn lookup(map: &Keymap, key: &KeyEvent) -> Route {
        match map.lookup(key) {
            Some(b) if b.action == Action::FieldKey => Route::Field,
            Some(b) => Route::Binding {
                map: map.title,
                action: b.action,
                edits: b.edits,
            },
            None => Route::Nothing,
        }
    }

    /// The first of `maps` (most specific first) that binds `key`.
    pub fn first(maps: &[Keymap], key: &KeyEvent) -> Route {
        maps.iter()
            .map(|m| Route::lookup(m, key))
            .find(|r| *r != Route::Nothing)
            .unwrap_or(Route::Nothing)
    }

    pub fn action(self) -> Option<Action> {
        match self {
            Route::Binding { action, .. } => Some(action),
            _ => None,
        }
    }
}

/// Moving through a list; panels put these in their own keymaps.
pub const UP: Binding = bind(
    &[Key::code(KeyCode::Up), Key::char('k')],
    Action::Up,
    "move",
    "move up",
)
.shown_as("↑↓");
pub const DOWN: Binding = bind(
    &[Key::code(KeyCode::Down), Key::char('j')],
    Action::Down,
    "down",
    "move down",
)
.help_only();

/// Longer moves through a list (Plan, Monitor); kept off the hint line.
pub const PAGE_UP: Binding = bind(
    &[Key::code(KeyCode::PageUp)],
    Action::PageUp,
    "page up",
    "one screen up",
)
.help_only();
pub const PAGE_DOWN: Binding = bind(
    &[Key::code(KeyCode::PageDown)],
    Action::PageDown,
    "page down",
    "one screen down",
)
.help_only();
pub const FIRST: Binding = bind(
    &[Key::code(KeyCode::Home)],
    Action::First,
    "first",
    "to the first row",
)
.help_only();
pub const LAST: Binding = bind(
    &[Key::code(KeyCode::End)],
    Action::Last,
    "last",
    "to the last row",
)
.help_only();

/// Cycling the themes: in a session and on the session list.
pub const THEME: Binding = bind(
    &[Key::char('T')],
    Action::CycleTheme,
    "theme",
    "switch theme: dark, light (for projectors), monochrome",
)
.help_only();

/// Cycling the interface language, live: in a session, on the session list
/// and on the room's screen. `L`, the same letter in every language.
pub const LANGUAGE: Binding = bind(
    &[Key::char('L')],
    Action::CycleLanguage,
    "language",
    "switch the interface language: English, Kiswahili, Français, العربية, Soomaali, Русский",
)
.help_only();

/// Keys that work in every panel of a session when no text field has focus.
pub const GLOBAL: Keymap = Keymap {
    title: "Everywhere",
    bindings: &[
        bind(
            &[Key::code(KeyCode::Tab)],
            Action::NextPanel,
            "next",
            "next panel",
        ),
        bind(
            &[Key::code(KeyCode::BackTab)],
            Action::PrevPanel,
            "back",
            "previous panel",
        )
        .help_only(),
        // Function keys, and Alt with the step's number for keyboards (or
        // terminals) that keep F1 for themselves. Not the digits alone:
        // they are dots, scores and statuses in the panels.
        bind(
            &[Key::code(KeyCode::F(1)), Key::alt(KeyCode::Char('1'))],
            Action::GoToPanel(0),
            "panel",
            "straight to a step: F1 Prepare … F6 Learn, or Alt with the step's number (Alt+1 … Alt+6); the stepper shows them",
        )
        .listed_as("F1-F6, Alt+1-6")
        .help_only(),
        bind(
            &[Key::code(KeyCode::F(2)), Key::alt(KeyCode::Char('2'))],
            Action::GoToPanel(1),
            "Identify",
            "straight to Identify",
        )
        .unlisted(),
        bind(
            &[Key::code(KeyCode::F(3)), Key::alt(KeyCode::Char('3'))],
            Action::GoToPanel(2),
            "Rank",
            "straight to Rank",
        )
        .unlisted(),
        bind(
            &[Key::code(KeyCode::F(4)), Key::alt(KeyCode::Char('4'))],
            Action::GoToPanel(3),
            "Plan",
            "straight to Plan",
        )
        .unlisted(),
        bind(
            &[Key::code(KeyCode::F(5)), Key::alt(KeyCode::Char('5'))],
            Action::GoToPanel(4),
            "Monitor",
            "straight to Monitor",
        )
        .unlisted(),
        bind(
            &[Key::code(KeyCode::F(6)), Key::alt(KeyCode::Char('6'))],
            Action::GoToPanel(5),
            "Learn",
            "straight to Learn",
        )
        .unlisted(),
        bind(
            &[Key::ctrl('z'), Key::char('u')],
            Action::Undo,
            "undo",
            "undo the last change (votes included)",
        )
        .editing(),
        bind(
            &[Key::ctrl('y'), Key::char('U')],
            Action::Redo,
            "redo",
            "redo what was undone",
        )
        .editing()
        .help_only(),
        THEME,
        LANGUAGE,
        bind(
            &[Key::char('p')],
            Action::RoomView,
            "room view",
            "show the room's screen here: big, whole titles, nothing private (p again: back; the same keys work)",
        )
        .help_only(),
        bind(
            &[Key::char('.')],
            Action::Blank,
            "blank",
            "blank the room's screen: only the session title shows, until . again",
        )
        .help_only(),
        bind(
            &[Key::char('t')],
            Action::Timer,
            "timer",
            "a countdown on the room's screen: a preset or a typed duration; then pause, +1 min, stop",
        )
        .help_only(),
        bind(
            &[Key::char('x')],
            Action::Export,
            "export",
            "write the session as a report (Markdown and HTML) next to its file",
        )
        .help_only(),
        bind(&[Key::char('?')], Action::Help, "help", "show every key"),
        bind(
            &[Key::char('q')],
            Action::Quit,
            "quit",
            "back to the session list; quit from the list",
        ),
        bind(
            &[Key::ctrl('c')],
            Action::ForceQuit,
            "quit",
            "quit from anywhere (every change is saved; asks first if a save failed or a form is open)",
        )
        .help_only(),
    ],
};

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn shifted_symbols_and_ctrl_letters_match() {
        assert!(Key::char('+').matches(&press(KeyCode::Char('+'), KeyModifiers::SHIFT)));
        assert!(Key::char('?').matches(&press(KeyCode::Char('?'), KeyModifiers::SHIFT)));
        assert!(Key::ctrl('z').matches(&press(KeyCode::Char('Z'), KeyModifiers::CONTROL)));
        assert!(!Key::char('z').matches(&press(KeyCode::Char('z'), KeyModifiers::CONTROL)));
        assert!(Key::code(KeyCode::BackTab).matches(&press(KeyCode::BackTab, KeyModifiers::SHIFT)));
        let shift_up = Key::shift(KeyCode::Up);
        assert!(shift_up.matches(&press(KeyCode::Up, KeyModifiers::SHIFT)));
        assert!(!shift_up.matches(&press(KeyCode::Up, KeyModifiers::NONE)));
        assert!(!Key::code(KeyCode::Up).matches(&press(KeyCode::Up, KeyModifiers::SHIFT)));
        assert_eq!(shift_up.label(), "Shift+↑");
        assert_eq!(Key::code(KeyCode::BackTab).label(), "Shift+Tab");
        assert!(Key::shift(KeyCode::Up).matches(&press(KeyCode::Up, KeyModifiers::SHIFT)));
        assert!(!Key::shift(KeyCode::Up).matches(&press(KeyCode::Up, KeyModifiers::NONE)));
        assert_eq!(Key::shift(KeyCode::Up).label(), "Shift+↑");
    }

    #[test]
    fn lookup_finds_the_first_binding() {
        let b = GLOBAL
            .lookup(&press(KeyCode::Char('u'), KeyModifiers::NONE))
            .unwrap();
        assert_eq!(b.action, Action::Undo);
        assert!(b.edits);
        assert_eq!(b.keys_label(), "Ctrl+z/u");
    }
}
