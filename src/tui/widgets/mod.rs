//! Drawing pieces shared by several panels.

pub mod text_box;
