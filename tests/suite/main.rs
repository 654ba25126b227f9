//! Every integration test in one crate: one link instead of one per file,
//! which is most of a cold `cargo test`. Each module is what used to be its
//! own file under `tests/`.

mod common;

mod card_maths;
mod cli;
mod command_safety;
mod crash;
mod cycle;
mod durable_save;
mod encryption;
mod example_sessions;
mod first_run;
mod flows;
mod fuzz_load;
mod hardened_folder;
mod help;
mod hints;
mod imports;
mod keymap;
mod language;
mod language_rank;
mod language_sessions;
mod language_tools;
mod leaving;
mod model;
mod model_fast;
mod monkey;
mod panel_identify;
mod panel_learn;
mod panel_monitor;
mod panel_plan;
mod panel_prepare;
mod panel_rank;
mod programme;
mod pty;
mod pty_room;
mod rank_methods;
mod ranking;
mod read_only;
mod report;
mod report_tools;
mod rollup;
mod room_view;
mod room_workshop;
mod rules;
mod safeguards;
mod session_list;
mod sizes;
mod store;
mod styles;
mod terminal_output;
mod themes;
mod tools_model;
mod tools_workshop;
mod workshop;
