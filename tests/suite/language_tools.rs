//! The pseudo-language walk (see `language.rs`) over the score card, where-and-when and the
//! follow-up ledger: their panels, room views and report sections.
//! A test locale wraps every message in markers: no visible word may be
//! outside them but the session's own.

#[allow(unused_imports)]
use crate::language::{assert_marked, assert_marked_keys, example};
