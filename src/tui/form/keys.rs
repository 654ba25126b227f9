//! The keys of a form, one keymap per kind of field in focus: the hint line
//! shows the one in force, and the form dispatches through it, field first
//! (a text field takes every printable key, so `q` or `u` typed into a name
//! never quits or undoes).

use ratatui::crossterm::event::KeyCode;

use crate::tui::keymap::{Action, Binding, Key, Keymap, bind};

const NEXT_FIELD: Binding = bind(
    &[Key::code(KeyCode::Tab)],
    Action::FocusNext,
    "next field",
    "next field",
);
const PREV_FIELD: Binding = bind(
    &[Key::code(KeyCode::BackTab)],
    Action::FocusPrev,
    "previous",
    "previous field",
);
/// ↑↓ move between fields where the field has no use for them.
const FIELD_UP: Binding = bind(
    &[Key::code(KeyCode::Up)],
    Action::FocusPrev,
    "previous",
    "previous field (in a multi-line field: from its first line)",
)
.help_only();
const FIELD_DOWN: Binding = bind(
    &[Key::code(KeyCode::Down)],
    Action::FocusNext,
    "next",
    "next field (in a multi-line field: from its last line)",
)
.help_only();
/// Enter saves the form from any field, multi-line ones included (Ctrl+s
/// too): one save key, the same everywhere.
const SAVE: Binding = bind(
    &[Key::code(KeyCode::Enter), Key::ctrl('s')],
    Action::Submit,
    "save",
    "save the form, from any field (Ctrl+s too)",
)
.shown_as("Enter");
const CANCEL: Binding = bind(
    &[Key::code(KeyCode::Esc)],
    Action::Cancel,
    "cancel",
    "cancel (asks first if anything was typed)",
);

pub const FORM_KEYS: Keymap = Keymap {
    title: "In a form",
    bindings: &[NEXT_FIELD, PREV_FIELD, SAVE, CANCEL, FIELD_UP, FIELD_DOWN],
};

/// While a multi-line field has focus: Enter still saves, and the hint
/// line says how to start a new line.
pub const MULTILINE_KEYS: Keymap = Keymap {
    title: "In a multi-line field",
    bindings: &[
        SAVE,
        bind(
            &[Key::alt(KeyCode::Enter), Key::ctrl('j')],
            Action::FieldKey,
            "new line",
            "start a new line (Alt+Enter, or Ctrl+j)",
        ),
        NEXT_FIELD,
        CANCEL,
        PREV_FIELD.help_only(),
    ],
};

pub const CHOICE_KEYS: Keymap = Keymap {
    title: "On a choice",
    bindings: &[
        bind(
            &[Key::code(KeyCode::Left), Key::code(KeyCode::Right)],
            Action::FieldKey,
            "choose",
            "pick another option (Space too; on yes/no, Space switches)",
        ),
        NEXT_FIELD,
        SAVE,
        CANCEL,
        PREV_FIELD.help_only(),
        FIELD_UP,
        FIELD_DOWN,
    ],
};

pub const TICK_KEYS: Keymap = Keymap {
    title: "On a list of ticks",
    bindings: &[
        bind(
            &[Key::code(KeyCode::Left), Key::code(KeyCode::Right)],
            Action::FieldKey,
            "move",
            "move between options",
        ),
        bind(
            &[Key::char(' ')],
            Action::FieldKey,
            "tick",
            "tick or untick",
        ),
        NEXT_FIELD,
        SAVE,
        CANCEL,
        PREV_FIELD.help_only(),
        FIELD_UP,
        FIELD_DOWN,
    ],
};

pub const DISCARD_KEYS: Keymap = Keymap {
    title: "Discard?",
    bindings: &[
        bind(
            &[Key::char('y')],
            Action::Yes,
            "discard",
            "throw away what was typed",
        ),
        bind(
            &[Key::char('n'), Key::code(KeyCode::Esc)],
            Action::No,
            "keep editing",
            "go back to the form",
        ),
    ],
};

/// Every keymap a form can show, for the help overlay.
pub const ALL_KEYS: [Keymap; 5] = [
    FORM_KEYS,
    MULTILINE_KEYS,
    CHOICE_KEYS,
    TICK_KEYS,
    DISCARD_KEYS,
];
