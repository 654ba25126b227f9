//! baraza: a terminal program that guides a community security workshop, panel
//! by panel, and keeps every session as a RON file.

pub mod cli;
pub mod clock;
pub mod commands;
pub mod dates;
pub mod i18n;
pub mod model;
pub mod report;
pub mod store;
pub mod sync;
pub mod text;
pub mod tui;
