//! The message catalogue: every string a person sees, in English,
//! Kiswahili, French, Arabic, Somali and Russian (Project Fluent files under
//! `locales/<lang>/`, built into the binary), with CLDR plural rules.
//!
//! A [`Lang`] is the handle: `lang.t("id")` (or `tr!(lang, "id")`) for a
//! message without arguments, `tr!(lang, "id", n = 3, title = &p.title)`
//! for one with, `lang.msg(&m)` for a [`Msg`] the core returned. Each part
//! of the program is handed the language it speaks: the facilitator's
//! screens the interface language, the room's screen and the reports the
//! session's (the room's) language, which can differ.
//!
//! Nothing here knows about terminals or sessions.

mod catalogue;
pub mod check;
mod dates;
mod lang;
mod msg;
pub mod numbers;
pub mod pseudo;

pub use catalogue::{FILES, sources};
pub use lang::Lang;
pub use msg::{Arg, Msg};
