//! The pseudo-language walk (see `language.rs`) over the session list, the comparison view, the
//! change wording (audit, undone) and the command line's other messages.
//! A test locale wraps every message in markers: no visible word may be
//! outside them but the session's own.

#[allow(unused_imports)]
use crate::language::{assert_marked, assert_marked_keys, example};
