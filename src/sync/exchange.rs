//! Sending and receiving: this laptop's branch pushed to the programme
//! repository (never forced: a push that is not a fast-forward is refused),
//! every laptop's branch fetched from it.

use std::path::Path;

use git2::{
    AutotagOption, ErrorCode, FetchOptions, FetchPrune, PushOptions, RemoteCallbacks, Repository,
};

use super::SyncError;
use super::git::{FETCHED, branch, git_error};

/// The programme repository's path as libgit2 takes it.
fn url(programme: &Path) -> Result<String, SyncError> {
    programme.to_str().map(str::to_string).ok_or_else(|| {
        SyncError::Usage(format!(
            "{}: give the programme repository a path of plain letters",
            programme.display()
        ))
    })
}

/// Crash tests stop a sync at a named point to kill it there
/// (`BARAZA_SYNC_PAUSE_AT=push` or `=fetch`): it says so on stderr and
/// waits to be killed. Nothing else reads this variable.
fn pause_if_asked(point: &str) {
    if std::env::var_os("BARAZA_SYNC_PAUSE_AT").is_some_and(|p| p == point) {
        eprintln!("baraza: paused in {point} (BARAZA_SYNC_PAUSE_AT)");
        loop {
            std::thread::sleep(std::time::Duration::from_secs(60));
        }
    }
}

/// Fetches every laptop's branch into `refs/programme/laptops/*`.
pub fn fetch(local: &Repository, programme: &Path) -> Result<(), SyncError> {
    let what = "receiving the programme";
    let mut remote = local
        .remote_anonymous(&url(programme)?)
        .map_err(|e| git_error(what, e))?;
    let mut callbacks = RemoteCallbacks::new();
    let mut paused = false;
    callbacks.transfer_progress(|_| {
        if !paused {
            paused = true;
            pause_if_asked("fetch");
        }
        true
    });
    let mut options = FetchOptions::new();
    options
        .remote_callbacks(callbacks)
        .prune(FetchPrune::On)
        .download_tags(AutotagOption::None)
        .update_fetchhead(false);
    let spec = format!("+refs/heads/laptops/*:{FETCHED}*");
    remote
        .fetch(&[spec.as_str()], Some(&mut options), None)
        .map_err(|e| git_error(what, e))
}

/// Pushes this laptop's branch. `Ok(false)` when the programme repository
/// holds commits on it that this laptop does not have (another laptop
/// pushes under the same name); the branch there is left as it was.
pub fn push(local: &Repository, programme: &Path, laptop: &str) -> Result<bool, SyncError> {
    let what = "sending this laptop's sessions";
    let mut remote = local
        .remote_anonymous(&url(programme)?)
        .map_err(|e| git_error(what, e))?;
    let mut refused: Option<String> = None;
    {
        let mut callbacks = RemoteCallbacks::new();
        let mut paused = false;
        callbacks.push_transfer_progress(|_, _, _| {
            if !paused {
                paused = true;
                pause_if_asked("push");
            }
        });
        callbacks.push_update_reference(|_, status| {
            if let Some(status) = status {
                refused = Some(status.to_string());
            }
            Ok(())
        });
        let mut options = PushOptions::new();
        options.remote_callbacks(callbacks);
        let name = branch(laptop);
        // No `+`: never forced.
        let spec = format!("{name}:{name}");
        match remote.push(&[spec.as_str()], Some(&mut options)) {
            Ok(()) => {}
            Err(e) if e.code() == ErrorCode::NotFastForward => return Ok(false),
            Err(e) => return Err(git_error(what, e)),
        }
    }
    match refused {
        Some(why) => Err(SyncError::Git(format!("{what}: refused: {why}"))),
        None => Ok(true),
    }
}
