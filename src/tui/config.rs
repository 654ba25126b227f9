//! The small per-user settings file (the chosen theme), in the platform config
//! folder (on Linux `~/.config/baraza/config.ron`).

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::bidi::RtlSetting;
use super::theme::ThemeName;
use crate::i18n::Lang;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Config {
    /// "dark", "light" or "monochrome"; empty for the default.
    pub theme: String,
    /// The interface language ("sw", "ar"…); empty: the system locale's.
    pub lang: String,
    /// Right-to-left text: "auto", "on" (baraza reorders lines and joins
    /// Arabic letters itself) or "off" (the terminal does); empty: auto.
    pub rtl: String,
}

impl Config {
    pub fn default_path() -> Option<PathBuf> {
        directories::ProjectDirs::from("", "", "baraza").map(|d| d.config_dir().join("config.ron"))
    }

    /// Reads the file; a missing or unreadable file gives the defaults (the
    /// theme is not worth refusing to start over).
    pub fn load(path: &Path) -> Config {
        std::fs::read_to_string(path)
            .ok()
            .and_then(|text| ron::from_str(&text).ok())
            .unwrap_or_default()
    }

    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        // The folder is made private (0700) like the sessions' folder; one
        // that exists is left as it is.
        if let Some(dir) = path.parent()
            && !dir.as_os_str().is_empty()
            && !dir.is_dir()
        {
            crate::store::create_private_dir(dir)?;
        }
        let text = ron::ser::to_string_pretty(self, ron::ser::PrettyConfig::new())
            .map_err(std::io::Error::other)?;
        crate::store::write_atomic(path, text.as_bytes())
    }

    /// The theme to start with: monochrome when `NO_COLOR` is set (see
    /// no-color.org), else the remembered one, else dark.
    pub fn theme(&self, no_color: bool) -> ThemeName {
        if no_color {
            return ThemeName::Mono;
        }
        ThemeName::parse(&self.theme).unwrap_or(ThemeName::Dark)
    }

    /// The interface language: `--lang` when given, else the remembered
    /// one, else the system locale's (`get` reads the environment), else
    /// English.
    pub fn lang(&self, given: Option<Lang>, get: impl Fn(&str) -> Option<String>) -> Lang {
        given
            .or_else(|| Lang::from_code(&self.lang))
            .or_else(|| Lang::from_locale_env(get))
            .unwrap_or(Lang::En)
    }

    /// The right-to-left setting remembered (auto when none or unknown).
    pub fn rtl(&self) -> RtlSetting {
        RtlSetting::parse(&self.rtl).unwrap_or_default()
    }
}

/// Reads the config at its usual place (defaults where there is none).
pub fn load_default() -> Config {
    Config::default_path()
        .as_deref()
        .map(Config::load)
        .unwrap_or_default()
}

/// The interface language for a command: `--lang`, the config, the system
/// locale, English.
pub fn interface_lang(given: Option<Lang>) -> Lang {
    load_default().lang(given, |k| std::env::var(k).ok())
}
