//! The pure core: session data, the `Change` type that is its only mutation
//! path, the editor that gives undo/redo, and the ranking maths. No terminal
//! code and no file handling live here.

mod change;
pub mod cycle;
mod editor;
pub mod edits;
pub mod legacy;
pub mod ranking;
mod session;
mod wording;

pub use change::{Change, ChangeError, Field, Keyed, ListOp};
pub use editor::Editor;
pub use session::*;
