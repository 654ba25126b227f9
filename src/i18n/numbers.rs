//! Numbers in prose the way each language writes them: "1,234" and "2.5"
//! in English, Kiswahili, Somali and Arabic (with ASCII digits, as the
//! room's keyboards type them); "1 234" and "2,5" in French and Russian.
//! Files, forms and CSV keep plain numbers: only text a person reads goes
//! through here.

use super::lang::Lang;

/// What French and Russian group thousands with: U+00A0 NO-BREAK SPACE,
/// one terminal cell like every other character here (U+202F, the narrow
/// one typography prefers, is drawn two cells wide or as a box by some
/// terminals), and a number is never broken across two lines.
pub const NO_BREAK_SPACE: char = '\u{a0}';

/// The thousands separator of `lang`.
fn group_separator(lang: Lang) -> char {
    match lang.source() {
        Lang::Fr | Lang::Ru => NO_BREAK_SPACE,
        _ => ',',
    }
}

/// The decimal separator of `lang`.
fn decimal_separator(lang: Lang) -> char {
    match lang.source() {
        Lang::Fr | Lang::Ru => ',',
        _ => '.',
    }
}

/// 12345 → "12,345" (English), "12 345" (French, with a no-break space).
pub fn grouped(n: usize, lang: Lang) -> String {
    let sep = group_separator(lang);
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 2);
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(d);
    }
    out
}

/// `x` with `places` decimals: 2.5 → "2.5" (English), "2,5" (French).
pub fn decimal(x: f64, places: usize, lang: Lang) -> String {
    let text = format!("{x:.places$}");
    match decimal_separator(lang) {
        '.' => text,
        sep => text.replace('.', &sep.to_string()),
    }
}

/// A mean or a score as the room reads it: whole, "3"; else one decimal,
/// "2.5" ("2,5" in French and Russian).
pub fn one_decimal(x: f64, lang: Lang) -> String {
    if (x - x.round()).abs() < 1e-9 {
        format!("{}", x.round() as i64)
    } else {
        decimal(x, 1, lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_grouped_in_every_language() {
        for (lang, big) in [
            (Lang::En, "1,234,567"),
            (Lang::Sw, "1,234,567"),
            (Lang::Fr, "1\u{a0}234\u{a0}567"),
            (Lang::Ar, "1,234,567"),
            (Lang::So, "1,234,567"),
            (Lang::Ru, "1\u{a0}234\u{a0}567"),
        ] {
            assert_eq!(grouped(0, lang), "0", "{lang}");
            assert_eq!(grouped(999, lang), "999", "{lang}");
            assert_eq!(grouped(1_234_567, lang), big, "{lang}");
            let sep = big.chars().nth(1).unwrap();
            assert_eq!(grouped(1_234, lang), format!("1{sep}234"), "{lang}");
            assert_eq!(grouped(10_000, lang), format!("10{sep}000"), "{lang}");
            // One terminal cell per character.
            assert_eq!(crate::text::width(big), big.chars().count(), "{lang}");
        }
        assert_eq!(grouped(12_345, Lang::Pseudo), "12,345");
    }

    #[test]
    fn decimals_take_each_languages_separator() {
        for (lang, half) in [
            (Lang::En, "2.5"),
            (Lang::Sw, "2.5"),
            (Lang::Fr, "2,5"),
            (Lang::Ar, "2.5"),
            (Lang::So, "2.5"),
            (Lang::Ru, "2,5"),
        ] {
            assert_eq!(decimal(2.5, 1, lang), half, "{lang}");
            let sep = &half[1..2];
            assert_eq!(decimal(13.456, 2, lang), format!("13{sep}46"), "{lang}");
            assert_eq!(decimal(-1.26, 1, lang), format!("-1{sep}3"), "{lang}");
            assert_eq!(decimal(3.0, 0, lang), "3", "{lang}");
            assert_eq!(one_decimal(3.0, lang), "3", "{lang}");
            assert_eq!(one_decimal(7.0 / 3.0, lang), format!("2{sep}3"), "{lang}");
        }
    }
}
