//! `baraza new`: create a session from the command line.

use std::path::PathBuf;

use crate::cli::NewArgs;
use crate::clock::{Clock, new_session_id};
use crate::model::{Group, GroupId, Session, rules};
use crate::store::Store;

use super::Failure;

/// Builds the session the arguments describe and writes it; returns its path.
pub fn run(store: &Store, args: &NewArgs, clock: &Clock) -> Result<PathBuf, Failure> {
    let session = build(args, clock)?;
    Ok(store.create(&session)?)
}

pub fn build(args: &NewArgs, clock: &Clock) -> Result<Session, Failure> {
    let title = args.title().trim();
    if rules::session_title(title).is_err() {
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
        let earlier = session.groups.iter().map(|g| g.name.as_str());
        if rules::group_name_free(name, earlier).is_err() {
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
    if let Some(consent) = &args.consent {
        session.consent = consent.trim().to_string();
    }
    // The options are checked as they are parsed; this makes sure nothing is
    // written that opening the file would refuse.
    if let Some(problem) = session.validate().into_iter().next() {
        return Err(Failure::usage(problem));
    }
    Ok(session)
}
