//! Session ids as people and file names see them.
//!
//! New sessions get a UUIDv7 (`crate::clock::new_session_id`); older files
//! keep the ten base-32 characters they were given, and any other id a file
//! holds stays valid: nothing here reads meaning into an id, it only makes a
//! short form to show and a form safe to use as a file name.

/// The short form shown next to a title and put in file names: the last 8
/// hex digits of a UUID (its random part: the first digits are the time, the
/// same for sessions made the same minute), or a shorter id as it is.
pub fn short(id: &str) -> String {
    if let Ok(uuid) = uuid::Uuid::try_parse(id) {
        let hex = uuid.simple().to_string();
        return hex[hex.len() - 8..].to_string();
    }
    let safe = file_safe(id);
    if safe.chars().count() <= 12 {
        safe
    } else {
        let n = safe.chars().count();
        safe.chars().skip(n - 8).collect()
    }
}

/// Whether `id` is a UUID of version 7 (what this baraza gives new sessions).
pub fn is_uuid_v7(id: &str) -> bool {
    uuid::Uuid::try_parse(id).is_ok_and(|u| u.get_version_num() == 7)
}

/// `id` as one file-name component: itself when it holds only ASCII letters,
/// digits, `-` and `_` (every id baraza ever made), otherwise `x-` and the
/// hex of its bytes, so that no id typed into a file by hand can name a path
/// (`..`, `/`) and two different ids never get the same name.
pub fn file_safe(id: &str) -> String {
    let plain = !id.is_empty()
        && id.len() <= 64
        && !id.starts_with("x-")
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if plain {
        id.to_string()
    } else {
        let hex: String = id.bytes().map(|b| format!("{b:02x}")).collect();
        format!("x-{hex}")
    }
}

/// The id a [`file_safe`] name stands for, if it is one.
pub fn from_file_safe(name: &str) -> Option<String> {
    match name.strip_prefix("x-") {
        Some(hex) => {
            if hex.len() % 2 != 0 {
                return None;
            }
            let bytes: Option<Vec<u8>> = (0..hex.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).ok())
                .collect();
            String::from_utf8(bytes?).ok()
        }
        None => (file_safe(name) == name).then(|| name.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_forms_take_the_random_end_of_a_uuid_and_keep_short_ids() {
        assert_eq!(short("0196f1c2-8a3b-7def-9abc-0123456789ab"), "456789ab");
        assert_eq!(short("k7m2q9xw4c"), "k7m2q9xw4c");
        assert_eq!(short("testsession"), "testsession");
    }

    #[test]
    fn file_safe_names_cannot_escape_a_folder_and_come_back() {
        for id in ["k7m2q9xw4c", "0196f1c2-8a3b-7def-9abc-0123456789ab", "a_b"] {
            assert_eq!(file_safe(id), id);
            assert_eq!(from_file_safe(id).as_deref(), Some(id));
        }
        for id in ["../etc", "a/b", "", "..", "x-41", "сессия", "a b"] {
            let name = file_safe(id);
            assert!(name.starts_with("x-"), "{name}");
            assert!(!name.contains(['/', '\\', '.']), "{name}");
            assert_eq!(from_file_safe(&name).as_deref(), Some(id));
        }
        assert_eq!(from_file_safe("x-4"), None);
        assert_eq!(from_file_safe("a/b"), None);
    }
}
