//! `baraza new`: create a session from the command line.

use std::path::PathBuf;

use crate::cli::NewArgs;
use crate::clock::{Clock, new_session_id};
use crate::model::{Group, GroupId, Session};
use crate::store::Store;

use super::Failure;

/// Builds the session the arguments describe and writes it; returns its path.
pub fn run(store: &Store, args: &NewArgs, clock: &Clock) -> Result<PathBuf, Failure> {
    let session = build(args, clock)?;
    Ok(store.create(&session)?)
}

pub fn build(args: &NewArgs, clock: &Clock) -> Result<Session, Failure> {
    let title = args.title.trim();
    if title.is_empty() {
        return Err(Failure::usage(
            "the title is empty; give one with --title \"Kibera youth baraza\"",
        ));
    }
    let now = clock.now();
    let mut session = Session::new(
        new_session_id(now),
        title.to_string(),
        args.date.unwrap_or(now.date_naive()),
        now,
    );
    session.location = args.location.clone().unwrap_or_default().trim().to_string();
    session.facilitators = args
        .facilitators
        .iter()
        .map(|f| f.trim().to_string())
        .filter(|f| !f.is_empty())
        .collect();
    for (i, (name, count)) in args.groups.iter().enumerate() {
        let same = |g: &Group| g.name.trim().to_lowercase() == name.trim().to_lowercase();
        if session.groups.iter().any(same) {
            return Err(Failure::usage(format!(
                "the group «{name}» is given twice; give each group once"
            )));
        }
        session.groups.push(Group {
            id: GroupId(i as u32 + 1),
            name: name.clone(),
            count: *count,
        });
    }
    if let Some(dots) = args.dots {
        session.dots_per_participant = dots;
    }
    Ok(session)
}
