//! The pure core: session data, the `Change` type that is its only mutation
//! path, the editor that gives undo/redo, and the ranking maths. No terminal
//! code and no file handling live here.

mod change;
pub mod cycle;
mod dot_standing;
mod editor;
pub mod edits;
mod ids;
pub mod ledger;
pub mod legacy;
pub mod lookup;
mod positions;
pub mod progress;
pub mod ranking;
pub mod retention;
pub mod room;
pub mod rules;
mod safeguards;
pub mod score_card;
mod session;
pub mod session_id;
mod tally;
mod timestamp;
pub mod where_when;
mod wording;

pub use change::{Change, ChangeError, Field, Keyed, ListOp};
pub use dot_standing::DotStanding;
#[cfg(test)]
pub(crate) use dot_standing::fixture;
pub use editor::Editor;
pub use lookup::{Lookup, Positions};
// The limits under their old names, for the forms that still use them.
pub use rules::{MAX_DOTS, MAX_PEOPLE};
pub use safeguards::{ExportFormat, ExportRecord, Purge, PurgeField};
pub use session::*;
pub use tally::Tally;
pub use wording::minutes;
