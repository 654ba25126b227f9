//! Small drawing helpers shared by the panels.

pub mod styled_row;
