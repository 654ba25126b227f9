//! Encryption at rest, per folder, in the age format.
//!
//! A folder is encrypted when it holds [`SETTINGS_FILE`]: the public keys
//! (age X25519 recipients) every file of the folder is encrypted to — this
//! laptop's and, where the programme sets one, the coordinator's, so synced
//! copies are readable by the coordinator and nobody else. Encrypting needs
//! only those public keys: saving never waits for a passphrase.
//!
//! Reading needs this laptop's secret key, kept in [`KEY_FILE`] encrypted
//! with the facilitator's passphrase (age's scrypt: about a second to
//! unlock, which is why it is typed once when baraza starts, not at every
//! save) and in [`RECOVERY_FILE`] encrypted to a recovery key that is shown
//! once, at set-up, to be written down. Without the passphrase or the
//! recovery key nobody can read the sessions: a lost passphrase and a lost
//! recovery key mean lost data.
//!
//! Unlocked keys live in this process only ([`unlock`], [`keyring_add`]);
//! every read of a sealed file ([`unseal`]) tries them.
//!
//! What is sealed: session files (written by the store, so temporary files
//! hold ciphertext too), backups of upgraded files, the listing cache and
//! the lock file's holder text. Never silently off: a session read sealed is
//! never saved in plain text (see `session_file.rs`), and a folder whose
//! settings cannot be read refuses to save rather than write plain text.

use std::io::{self, Read, Write};
use std::path::Path;
use std::str::FromStr;
use std::sync::RwLock;

use age::secrecy::{ExposeSecret, SecretString};
use age::x25519;
use serde::{Deserialize, Serialize};

/// The folder's encryption settings (public keys only).
pub const SETTINGS_FILE: &str = ".baraza-encryption.ron";
/// This laptop's secret key, encrypted with the passphrase.
pub const KEY_FILE: &str = ".baraza-key.age";
/// This laptop's secret key, encrypted to the recovery key.
pub const RECOVERY_FILE: &str = ".baraza-key-recovery.age";

/// How every age file starts.
const MAGIC: &[u8] = b"age-encryption.org/v1\n";

/// Whether `bytes` are an age file (a sealed session, backup, cache…).
pub fn is_sealed(bytes: &[u8]) -> bool {
    bytes.starts_with(MAGIC)
}

/// What a folder's [`SETTINGS_FILE`] holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Settings {
    pub version: u32,
    /// This laptop's public key (`age1…`).
    pub laptop: String,
    /// The programme coordinator's public key, if the programme set one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coordinator: Option<String>,
}

impl Settings {
    fn recipients(&self) -> io::Result<Vec<x25519::Recipient>> {
        let mut out = vec![parse_recipient(&self.laptop)?];
        if let Some(c) = &self.coordinator {
            out.push(parse_recipient(c)?);
        }
        Ok(out)
    }
}

fn parse_recipient(key: &str) -> io::Result<x25519::Recipient> {
    x25519::Recipient::from_str(key.trim()).map_err(|e| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!("«{key}» is not an age public key (age1…): {e}"),
        )
    })
}

/// Checks that `key` is an age public key, for the command line.
pub fn check_public_key(key: &str) -> Result<(), String> {
    parse_recipient(key).map(|_| ()).map_err(|e| e.to_string())
}

/// The folder's settings: `None` when the folder is not encrypted. A
/// settings file that cannot be read is an error, never "not encrypted".
pub fn settings(dir: &Path) -> io::Result<Option<Settings>> {
    let path = dir.join(SETTINGS_FILE);
    let bytes = match super::folder::read_file(&path) {
        Ok((bytes, _)) => bytes,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    let text = String::from_utf8(bytes)
        .map_err(|_| io::Error::new(io::ErrorKind::InvalidData, "not UTF-8"))?;
    ron::from_str(&text).map(Some).map_err(|e| {
        io::Error::new(
            io::ErrorKind::InvalidData,
            format!(
                "{}:{}:{}: {}; sessions are not saved until it is mended",
                path.display(),
                e.span.start.line,
                e.span.start.col,
                e.code
            ),
        )
    })
}

/// Whether the folder is encrypted (its settings file is there).
pub fn is_encrypted_folder(dir: &Path) -> bool {
    std::fs::symlink_metadata(dir.join(SETTINGS_FILE)).is_ok()
}

/// Encrypts `plaintext` to `recipients`.
fn seal_to(recipients: &[x25519::Recipient], plaintext: &[u8]) -> io::Result<Vec<u8>> {
    let encryptor =
        age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
            .map_err(io::Error::other)?;
    let mut out = Vec::with_capacity(plaintext.len() + 256);
    let mut writer = encryptor.wrap_output(&mut out)?;
    writer.write_all(plaintext)?;
    writer.finish()?;
    Ok(out)
}

/// `plaintext` as it is written into the folder `dir`: sealed to the
/// folder's keys if the folder is encrypted, as it is otherwise.
pub fn seal_for(dir: &Path, plaintext: &[u8]) -> io::Result<Vec<u8>> {
    match settings(dir)? {
        Some(s) => seal_to(&s.recipients()?, plaintext),
        None => Ok(plaintext.to_vec()),
    }
}

/// What seals a file as it is written: `None` for a plain folder. Made
/// before the file is, so a key that cannot be used is said as such.
pub fn sealer(settings: Option<&Settings>) -> io::Result<Option<age::Encryptor>> {
    settings
        .map(|s| {
            let recipients = s.recipients()?;
            age::Encryptor::with_recipients(recipients.iter().map(|r| r as &dyn age::Recipient))
                .map_err(io::Error::other)
        })
        .transpose()
}

/// Writes what `body` writes into `out`, sealed by `sealer` as it goes (age
/// is a stream of 64 KiB chunks), or as it is when there is none; buffered
/// either way, so `body` may write in small pieces.
pub fn write_sealed(
    sealer: Option<age::Encryptor>,
    out: &mut dyn Write,
    body: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    const BUFFER: usize = 64 * 1024;
    match sealer {
        None => {
            let mut w = io::BufWriter::with_capacity(BUFFER, out);
            body(&mut w)?;
            w.flush()
        }
        Some(encryptor) => {
            let mut w = io::BufWriter::with_capacity(BUFFER, encryptor.wrap_output(out)?);
            body(&mut w)?;
            w.into_inner().map_err(|e| e.into_error())?.finish()?;
            Ok(())
        }
    }
}

/// Keys unlocked in this process.
static KEYRING: RwLock<Vec<x25519::Identity>> = RwLock::new(Vec::new());

/// Adds a secret key to this process's keyring (tests, and [`unlock`]).
pub fn keyring_add(identity: x25519::Identity) {
    let mut ring = KEYRING.write().unwrap_or_else(|e| e.into_inner());
    let public = identity.to_public().to_string();
    if !ring.iter().any(|i| i.to_public().to_string() == public) {
        ring.push(identity);
    }
}

/// Why a sealed file could not be opened.
#[derive(Debug, PartialEq, Eq)]
pub enum Unseal {
    /// No unlocked key opens it.
    NoKey,
    /// Not a whole age file (damaged).
    Damaged(String),
}

/// The plaintext of a sealed file, with a key unlocked in this process.
pub fn unseal(bytes: &[u8]) -> Result<Vec<u8>, Unseal> {
    let ring = KEYRING.read().unwrap_or_else(|e| e.into_inner());
    let decryptor =
        age::Decryptor::new_buffered(bytes).map_err(|e| Unseal::Damaged(e.to_string()))?;
    let mut reader = decryptor
        .decrypt(ring.iter().map(|i| i as &dyn age::Identity))
        .map_err(|e| match e {
            age::DecryptError::NoMatchingKeys => Unseal::NoKey,
            other => Unseal::Damaged(other.to_string()),
        })?;
    let mut out = Vec::with_capacity(bytes.len());
    reader
        .read_to_end(&mut out)
        .map_err(|e| Unseal::Damaged(e.to_string()))?;
    Ok(out)
}

/// What set-up made: the recovery key to write down, and this laptop's
/// public key (for the programme, if this is the coordinator's laptop).
pub struct SetUp {
    pub recovery_key: SecretString,
    pub public_key: String,
}

/// Why a key could not be unlocked (`Display` is the English of
/// [`UnlockError::describe`]).
#[derive(Debug, PartialEq, Eq)]
pub enum UnlockError {
    WrongPassphrase(String),
    WrongRecoveryKey(String),
    Io(String),
}

impl UnlockError {
    /// The error in `lang`.
    pub fn describe(&self, lang: crate::i18n::Lang) -> String {
        match self {
            UnlockError::WrongPassphrase(dir) => {
                crate::tr!(lang, "store-wrong-passphrase", folder = dir)
            }
            UnlockError::WrongRecoveryKey(dir) => {
                crate::tr!(lang, "store-wrong-recovery-key", folder = dir)
            }
            // The file and the system's or age's words.
            UnlockError::Io(text) => text.clone(),
        }
    }
}

impl std::fmt::Display for UnlockError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(crate::i18n::Lang::En))
    }
}

impl std::error::Error for UnlockError {}

fn io_text(path: &Path, e: impl std::fmt::Display) -> UnlockError {
    UnlockError::Io(format!("{}: {e}", path.display()))
}

/// Turns encryption on for `dir`: a new key for this laptop, protected by
/// `passphrase` and by a new recovery key, and the settings file. The
/// sessions already there are sealed by the caller (see
/// `Store::encrypt_all`). `work_factor` is scrypt's log2 cost (`None`: age
/// picks about a second on this machine).
pub fn set_up(
    dir: &Path,
    passphrase: &SecretString,
    coordinator: Option<&str>,
    work_factor: Option<u8>,
) -> io::Result<SetUp> {
    if is_encrypted_folder(dir) {
        return Err(super::why::error(
            io::ErrorKind::AlreadyExists,
            crate::i18n::Msg::new("store-encrypted-already"),
        ));
    }
    if let Some(c) = coordinator {
        parse_recipient(c)?;
    }
    let identity = x25519::Identity::generate();
    let recovery = x25519::Identity::generate();
    let secret = identity.to_string();

    let mut by_passphrase = age::scrypt::Recipient::new(passphrase.clone());
    if let Some(n) = work_factor {
        by_passphrase.set_work_factor(n);
    }
    let encryptor =
        age::Encryptor::with_recipients(std::iter::once(&by_passphrase as &dyn age::Recipient))
            .map_err(io::Error::other)?;
    let mut key_file = Vec::new();
    let mut w = encryptor.wrap_output(&mut key_file)?;
    w.write_all(secret.expose_secret().as_bytes())?;
    w.finish()?;
    let recovery_file = seal_to(&[recovery.to_public()], secret.expose_secret().as_bytes())?;

    let folder = super::folder::Folder::open(dir)?;
    folder.write_atomic(std::ffi::OsStr::new(KEY_FILE), &key_file)?;
    folder.write_atomic(std::ffi::OsStr::new(RECOVERY_FILE), &recovery_file)?;
    let settings = Settings {
        version: 1,
        laptop: identity.to_public().to_string(),
        coordinator: coordinator.map(|c| c.trim().to_string()),
    };
    let text = ron::ser::to_string_pretty(&settings, ron::ser::PrettyConfig::new())
        .map_err(io::Error::other)?;
    let text = format!(
        "// baraza: this folder is encrypted; every file is sealed to these public keys.\n{text}\n"
    );
    // Written last: until it is there, the folder is not encrypted.
    folder.write_atomic(std::ffi::OsStr::new(SETTINGS_FILE), text.as_bytes())?;
    keyring_add(identity.clone());
    Ok(SetUp {
        recovery_key: recovery.to_string(),
        public_key: identity.to_public().to_string(),
    })
}

fn identity_from(plain: &[u8], path: &Path) -> Result<x25519::Identity, UnlockError> {
    let text = std::str::from_utf8(plain).map_err(|e| io_text(path, e))?;
    x25519::Identity::from_str(text.trim()).map_err(|e| io_text(path, e))
}

/// Unlocks `dir`'s key with `passphrase`, for the rest of this process.
pub fn unlock(dir: &Path, passphrase: &SecretString) -> Result<(), UnlockError> {
    let path = dir.join(KEY_FILE);
    let (bytes, _) = super::folder::read_file(&path).map_err(|e| io_text(&path, e))?;
    let decryptor = age::Decryptor::new_buffered(&bytes[..]).map_err(|e| io_text(&path, e))?;
    let identity = age::scrypt::Identity::new(passphrase.clone());
    let mut reader = decryptor
        .decrypt(std::iter::once(&identity as &dyn age::Identity))
        .map_err(|e| match e {
            age::DecryptError::DecryptionFailed | age::DecryptError::NoMatchingKeys => {
                UnlockError::WrongPassphrase(dir.display().to_string())
            }
            other => io_text(&path, other),
        })?;
    let mut plain = Vec::new();
    reader
        .read_to_end(&mut plain)
        .map_err(|e| io_text(&path, e))?;
    keyring_add(identity_from(&plain, &path)?);
    Ok(())
}

/// Unlocks `dir`'s key with the recovery key written down at set-up, and
/// protects it with `new_passphrase` from now on.
pub fn recover(
    dir: &Path,
    recovery_key: &SecretString,
    new_passphrase: &SecretString,
    work_factor: Option<u8>,
) -> Result<(), UnlockError> {
    let path = dir.join(RECOVERY_FILE);
    let recovery = x25519::Identity::from_str(recovery_key.expose_secret().trim())
        .map_err(|_| UnlockError::WrongRecoveryKey(dir.display().to_string()))?;
    let (bytes, _) = super::folder::read_file(&path).map_err(|e| io_text(&path, e))?;
    let plain = age::decrypt(&recovery, &bytes)
        .map_err(|_| UnlockError::WrongRecoveryKey(dir.display().to_string()))?;
    let identity = identity_from(&plain, &path)?;
    rewrap(dir, &identity, new_passphrase, work_factor)?;
    keyring_add(identity);
    Ok(())
}

/// Changes the passphrase of `dir`'s key (the old one unlocks it first).
pub fn change_passphrase(
    dir: &Path,
    old: &SecretString,
    new: &SecretString,
    work_factor: Option<u8>,
) -> Result<(), UnlockError> {
    unlock(dir, old)?;
    let public = settings(dir)
        .map_err(|e| io_text(dir, e))?
        .map(|s| s.laptop)
        .unwrap_or_default();
    let ring = KEYRING.read().unwrap_or_else(|e| e.into_inner());
    let identity = ring
        .iter()
        .find(|i| i.to_public().to_string() == public)
        .cloned()
        .ok_or_else(|| UnlockError::WrongPassphrase(dir.display().to_string()))?;
    drop(ring);
    rewrap(dir, &identity, new, work_factor)
}

fn rewrap(
    dir: &Path,
    identity: &x25519::Identity,
    passphrase: &SecretString,
    work_factor: Option<u8>,
) -> Result<(), UnlockError> {
    let mut by_passphrase = age::scrypt::Recipient::new(passphrase.clone());
    if let Some(n) = work_factor {
        by_passphrase.set_work_factor(n);
    }
    let path = dir.join(KEY_FILE);
    let sealed = (|| -> io::Result<Vec<u8>> {
        let encryptor =
            age::Encryptor::with_recipients(std::iter::once(&by_passphrase as &dyn age::Recipient))
                .map_err(io::Error::other)?;
        let mut out = Vec::new();
        let mut w = encryptor.wrap_output(&mut out)?;
        w.write_all(identity.to_string().expose_secret().as_bytes())?;
        w.finish()?;
        Ok(out)
    })()
    .map_err(|e| io_text(&path, e))?;
    let folder = super::folder::Folder::open(dir).map_err(|e| io_text(dir, e))?;
    folder
        .write_atomic(std::ffi::OsStr::new(KEY_FILE), &sealed)
        .map_err(|e| io_text(&path, e))?;
    Ok(())
}

/// What [`seal_folder`] did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Sealed {
    /// Sessions and backups sealed now.
    pub files: usize,
    /// Reports (`.md`, `.html`, `.csv`) in the folder: not encrypted.
    pub reports: usize,
}

/// Seals every session file and backup of an encrypted folder that is still
/// in plain text, each atomically and under its session's lock; the listing
/// cache is removed (it is written again, sealed). Nothing is done when a
/// session is open in another program: it names it instead. Running it again
/// finishes what a run cut off began.
pub fn seal_folder(dir: &Path, holder: &str) -> Result<Sealed, super::StoreError> {
    use super::{SessionLock, StoreError};
    let io_err = |path: &Path, e| StoreError::io(path, e);
    let settings = settings(dir).map_err(|e| io_err(dir, e))?.ok_or_else(|| {
        io_err(
            dir,
            super::why::error(
                io::ErrorKind::InvalidInput,
                crate::i18n::Msg::new("store-not-encrypted"),
            ),
        )
    })?;
    let recipients = settings.recipients().map_err(|e| io_err(dir, e))?;
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map_err(|e| io_err(dir, e))?
        .flatten()
        .filter_map(|e| e.file_name().to_str().map(str::to_string))
        .collect();
    names.sort();
    let sessions: Vec<&String> = names
        .iter()
        .filter(|n| !n.starts_with('.') && n.ends_with(".ron"))
        .collect();
    // Every lock first: all or nothing while a session is open elsewhere.
    let mut locks = Vec::new();
    for name in &sessions {
        locks.push(SessionLock::acquire(&dir.join(name), holder)?);
    }
    let folder = super::folder::Folder::open(dir).map_err(|e| io_err(dir, e))?;
    let mut done = Sealed::default();
    for name in names
        .iter()
        .filter(|n| n.ends_with(".ron") && !n.starts_with('.') || n.ends_with(".ron.bak"))
    {
        let path = dir.join(name);
        // Links and folders are left alone, as everywhere in the store.
        let Ok((bytes, _)) = super::folder::read_file(&path) else {
            continue;
        };
        if is_sealed(&bytes) {
            continue;
        }
        let sealed = seal_to(&recipients, &bytes).map_err(|e| io_err(&path, e))?;
        folder
            .write_atomic(std::ffi::OsStr::new(name), &sealed)
            .map_err(|e| io_err(&path, e))?;
        done.files += 1;
    }
    match std::fs::remove_file(dir.join(super::INDEX_FILE)) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => {
            return Err(io_err(&dir.join(super::INDEX_FILE), e));
        }
        _ => {}
    }
    done.reports = names
        .iter()
        .filter(|n| [".md", ".html", ".csv"].iter().any(|x| n.ends_with(x)))
        .count();
    drop(locks);
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_bytes_open_only_with_a_key_of_the_ring() {
        let tmp = tempfile::TempDir::new().unwrap();
        let dir = tmp.path();
        let pass = SecretString::from("correct horse battery".to_string());
        let set = set_up(dir, &pass, None, Some(4)).unwrap();
        assert!(set.public_key.starts_with("age1"));
        assert!(
            set.recovery_key
                .expose_secret()
                .starts_with("AGE-SECRET-KEY-1")
        );
        let sealed = seal_for(dir, b"Kibera youth baraza").unwrap();
        assert!(is_sealed(&sealed));
        assert!(!sealed.windows(6).any(|w| w == b"Kibera"));
        assert_eq!(unseal(&sealed).unwrap(), b"Kibera youth baraza");
        // A folder that is not encrypted writes as it is.
        let plain = tempfile::TempDir::new().unwrap();
        assert_eq!(seal_for(plain.path(), b"x").unwrap(), b"x");
        // A key nobody unlocked opens nothing.
        let other = x25519::Identity::generate();
        let foreign = seal_to(&[other.to_public()], b"secret").unwrap();
        assert_eq!(unseal(&foreign), Err(Unseal::NoKey));
        assert!(matches!(unseal(&sealed[..40]), Err(Unseal::Damaged(_))));
    }

    #[test]
    fn the_passphrase_and_the_recovery_key_unlock_and_nothing_else_does() {
        let tmp = tempfile::TempDir::new().unwrap();
        let dir = tmp.path();
        let pass = SecretString::from("correct horse battery".to_string());
        let set = set_up(dir, &pass, None, Some(4)).unwrap();
        assert!(unlock(dir, &pass).is_ok());
        assert_eq!(
            unlock(dir, &SecretString::from("wrong".to_string())),
            Err(UnlockError::WrongPassphrase(dir.display().to_string()))
        );
        let new = SecretString::from("a new passphrase".to_string());
        assert!(matches!(
            recover(
                dir,
                &SecretString::from("AGE-SECRET-KEY-1NOPE".to_string()),
                &new,
                Some(4)
            ),
            Err(UnlockError::WrongRecoveryKey(_))
        ));
        recover(dir, &set.recovery_key, &new, Some(4)).unwrap();
        assert!(unlock(dir, &new).is_ok());
        assert!(matches!(
            unlock(dir, &pass),
            Err(UnlockError::WrongPassphrase(_))
        ));
        let newer = SecretString::from("newer still".to_string());
        change_passphrase(dir, &new, &newer, Some(4)).unwrap();
        assert!(unlock(dir, &newer).is_ok());
        assert!(set_up(dir, &pass, None, Some(4)).is_err(), "once only");
    }
}
