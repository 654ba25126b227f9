//! Drawing pieces shared by several panels.

pub mod bar_chart;
