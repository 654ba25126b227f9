//! The languages baraza speaks, how each is named and written, and how the
//! interface language is chosen when nothing says otherwise (the system
//! locale).

/// One language of the catalogue. `Copy` and small: the handle every part
/// of the program that shows text is given explicitly (the facilitator's
/// screen its interface language, the room's screen and the reports the
/// language of the room).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
    Sw,
    Fr,
    Ar,
    So,
    Ru,
    /// A test language: every message is English wrapped in ⟦…⟧, so a
    /// screen shows at a glance (and a test proves) which text did not come
    /// from the catalogue. Not offered, but `--lang xx` reaches it.
    Pseudo,
    /// [`Lang::Pseudo`] with every word of every message 40% longer, for
    /// the layouts of long languages (French and Russian run 20–40% longer
    /// than English). `--lang xx-long`.
    PseudoLong,
}

impl Lang {
    /// The languages a facilitator can choose, in the order `L` cycles them.
    pub const SHIPPED: [Lang; 6] = [Lang::En, Lang::Sw, Lang::Fr, Lang::Ar, Lang::So, Lang::Ru];

    /// Every language with a catalogue, the test ones included.
    pub const ALL: [Lang; 8] = [
        Lang::En,
        Lang::Sw,
        Lang::Fr,
        Lang::Ar,
        Lang::So,
        Lang::Ru,
        Lang::Pseudo,
        Lang::PseudoLong,
    ];

    /// The code written in files, the config and `--lang`: ISO 639-1.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Sw => "sw",
            Lang::Fr => "fr",
            Lang::Ar => "ar",
            Lang::So => "so",
            Lang::Ru => "ru",
            Lang::Pseudo => "xx",
            Lang::PseudoLong => "xx-long",
        }
    }

    /// The language as its speakers name it: what the language picker and
    /// the status line show, whatever the interface language.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Sw => "Kiswahili",
            Lang::Fr => "Français",
            Lang::Ar => "العربية",
            Lang::So => "Soomaali",
            Lang::Ru => "Русский",
            Lang::Pseudo => "⟦pseudo⟧",
            Lang::PseudoLong => "⟦pseudo-long⟧",
        }
    }

    /// A code as written in a file, the config or `--lang` (`fr`, `FR`,
    /// `fr-FR`, `fr_FR.UTF-8` all say French); `None` for a language
    /// baraza does not have.
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        if code == "xx-long" {
            return Some(Lang::PseudoLong);
        }
        let base = code
            .split(['.', '@'])
            .next()
            .unwrap_or_default()
            .split(['_', '-'])
            .next()
            .unwrap_or_default();
        Lang::ALL
            .into_iter()
            .find(|l| l.code() == base && *l != Lang::PseudoLong)
    }

    /// The interface language the system locale asks for: the first of
    /// `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty decides
    /// (as POSIX has it); `C`, `POSIX` or a language baraza lacks mean
    /// none.
    pub fn from_locale_env(get: impl Fn(&str) -> Option<String>) -> Option<Lang> {
        let value = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(&get)
            .find(|v| !v.trim().is_empty())?;
        Lang::from_code(&value).filter(|l| Lang::SHIPPED.contains(l))
    }

    /// The next language `L` switches to.
    pub fn next(self) -> Lang {
        let i = Lang::SHIPPED.iter().position(|l| *l == self);
        match i {
            Some(i) => Lang::SHIPPED[(i + 1) % Lang::SHIPPED.len()],
            None => Lang::En,
        }
    }

    /// Written right to left.
    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// The language tag for HTML's `lang` and Fluent's plural rules.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Pseudo | Lang::PseudoLong => "en",
            other => other.code(),
        }
    }

    /// Whose messages a test language shows.
    pub(crate) fn source(self) -> Lang {
        match self {
            Lang::Pseudo | Lang::PseudoLong => Lang::En,
            other => other,
        }
    }
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_read_as_locales_write_them() {
        assert_eq!(Lang::from_code("fr"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("fr_FR.UTF-8"), Some(Lang::Fr));
        assert_eq!(Lang::from_code("sw-KE"), Some(Lang::Sw));
        assert_eq!(Lang::from_code("ar_SD.utf8@x"), Some(Lang::Ar));
        assert_eq!(Lang::from_code("RU"), Some(Lang::Ru));
        assert_eq!(Lang::from_code("xx-long"), Some(Lang::PseudoLong));
        assert_eq!(Lang::from_code("xx"), Some(Lang::Pseudo));
        assert_eq!(Lang::from_code("de"), None);
        assert_eq!(Lang::from_code(""), None);
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
        }
    }

    #[test]
    fn the_locale_comes_from_lc_all_then_lc_messages_then_lang() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |k: &str| {
                pairs
                    .iter()
                    .find(|(n, _)| *n == k)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(
            Lang::from_locale_env(env(&[("LANG", "so_SO.UTF-8")])),
            Some(Lang::So)
        );
        assert_eq!(
            Lang::from_locale_env(env(&[("LANG", "so_SO"), ("LC_MESSAGES", "ru_RU")])),
            Some(Lang::Ru)
        );
        assert_eq!(
            Lang::from_locale_env(env(&[("LC_ALL", "fr_FR"), ("LC_MESSAGES", "ru_RU")])),
            Some(Lang::Fr)
        );
        assert_eq!(
            Lang::from_locale_env(env(&[("LC_ALL", ""), ("LANG", "ar_YE")])),
            Some(Lang::Ar)
        );
        assert_eq!(Lang::from_locale_env(env(&[("LANG", "C.UTF-8")])), None);
        assert_eq!(Lang::from_locale_env(env(&[("LANG", "de_DE")])), None);
        assert_eq!(Lang::from_locale_env(env(&[("LANG", "xx")])), None);
        assert_eq!(Lang::from_locale_env(env(&[])), None);
    }

    #[test]
    fn l_cycles_through_the_shipped_languages() {
        let mut l = Lang::En;
        let mut seen = vec![];
        for _ in 0..6 {
            seen.push(l);
            l = l.next();
        }
        assert_eq!(seen, Lang::SHIPPED);
        assert_eq!(l, Lang::En);
        assert_eq!(Lang::Pseudo.next(), Lang::En);
    }
}
