//! Dates in prose the way each language writes them: "5 Nov 2026",
//! "5 nov. 2026", "5 ноя 2026", with weekday and month names from glibc's
//! locale data (chrono's `unstable-locales`). Files, forms and CSV keep ISO
//! dates (`2026-11-05`): only text a person reads goes through here.

use chrono::{Locale, NaiveDate};

use super::lang::Lang;

impl Lang {
    /// The locale whose names this language uses; `None` for English, which
    /// chrono writes itself.
    fn chrono_locale(self) -> Option<Locale> {
        match self.source() {
            Lang::En | Lang::Pseudo | Lang::PseudoLong => None,
            Lang::Sw => Some(Locale::sw_KE),
            Lang::Fr => Some(Locale::fr_FR),
            // Sudan's Arabic names of the Gregorian months (يناير, فبراير…),
            // as in Yemen and Egypt; not the Levant's (كانون الثاني…).
            Lang::Ar => Some(Locale::ar_SD),
            Lang::So => Some(Locale::so_SO),
            Lang::Ru => Some(Locale::ru_RU),
        }
    }

    /// `date` by one of the catalogue's patterns (`date-short`,
    /// `date-long`, `date-weekday`: strftime, e.g. `%-d %b %Y`).
    fn date_by(self, date: NaiveDate, pattern_id: &str) -> String {
        let pattern = self.t(pattern_id);
        match self.chrono_locale() {
            Some(locale) => date.format_localized(pattern, locale).to_string(),
            None => date.format(pattern).to_string(),
        }
    }

    /// "5 Nov 2026": a date in a sentence or a short cell.
    pub fn date_short(self, date: NaiveDate) -> String {
        self.date_by(date, "date-short")
    }

    /// "5 Nov": a date of this year's work, in a line of the wall.
    pub fn date_day_month(self, date: NaiveDate) -> String {
        self.date_by(date, "date-day-month")
    }

    /// "5 November 2026".
    pub fn date_long(self, date: NaiveDate) -> String {
        self.date_by(date, "date-long")
    }

    /// "Thursday".
    pub fn weekday(self, date: NaiveDate) -> String {
        self.date_by(date, "date-weekday")
    }

    /// A number with `digits` decimals, with the language's decimal
    /// separator ("2.5", "2,5").
    pub fn decimal(self, value: f64, digits: usize) -> String {
        let text = format!("{value:.digits$}");
        let separator = self.t("decimal-separator");
        if separator == "." {
            text
        } else {
            text.replace('.', separator)
        }
    }
}
