//! Why the store refused or failed, as a message of the catalogue rather
//! than English text: the store's own reasons travel inside an
//! [`io::Error`] (so every `io::Result` path keeps working), and whoever
//! shows the error picks the language. The system's reasons (a file that
//! is not there, a permission) are worded from their kind.

use std::io;

use crate::i18n::{Lang, Msg};

/// The store's own reason, carried by an [`io::Error`].
#[derive(Debug)]
pub struct Why(pub Msg);

impl std::fmt::Display for Why {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // English where only text will do (logs, `Display`).
        f.write_str(&Lang::En.msg(&self.0))
    }
}

impl std::error::Error for Why {}

/// An [`io::Error`] of `kind` whose words are `msg`.
pub fn error(kind: io::ErrorKind, msg: Msg) -> io::Error {
    io::Error::new(kind, Why(msg))
}

/// What an [`io::Error`] says, as a message: the store's reason if it
/// carries one; else the system's, worded by its kind where the kind says
/// enough, and as the system wrote it otherwise.
pub fn io_msg(e: &io::Error) -> Msg {
    if let Some(Why(msg)) = e.get_ref().and_then(|inner| inner.downcast_ref::<Why>()) {
        return msg.clone();
    }
    let id = match e.kind() {
        io::ErrorKind::NotFound => "store-io-not-found",
        io::ErrorKind::PermissionDenied => "store-io-permission",
        io::ErrorKind::AlreadyExists => "store-io-exists",
        io::ErrorKind::StorageFull => "store-io-full",
        io::ErrorKind::ReadOnlyFilesystem => "store-io-read-only",
        io::ErrorKind::IsADirectory => "store-io-is-folder",
        io::ErrorKind::NotADirectory => "store-io-not-folder",
        _ => return Msg::new("store-io-system").with("error", e.to_string()),
    };
    Msg::new(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stores_reason_survives_the_io_error_and_the_systems_is_worded() {
        let e = error(io::ErrorKind::InvalidInput, Msg::new("store-not-a-folder"));
        assert_eq!(io_msg(&e), Msg::new("store-not-a-folder"));
        assert_eq!(e.to_string(), "is not a folder");
        let denied = io::Error::from(io::ErrorKind::PermissionDenied);
        assert_eq!(
            Lang::Sw.msg(&io_msg(&denied)),
            Lang::Sw.t("store-io-permission")
        );
        let odd = io::Error::other("odd");
        assert_eq!(Lang::En.msg(&io_msg(&odd)), "odd");
    }
}
