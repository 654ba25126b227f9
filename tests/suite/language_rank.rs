//! The pseudo-language walk (see `language.rs`) over Rank: dot voting, pairwise, criteria, results,
//! tie-break and the method strip.
//! A test locale wraps every message in markers: no visible word may be
//! outside them but the session's own.

#[allow(unused_imports)]
use crate::language::{assert_marked, assert_marked_keys, example};
