//! Telling when two problem titles name the same problem, in any script.
//!
//! Titles are normalised (lower case, punctuation and symbols to spaces,
//! runs of spaces to one), cut into words, common little words dropped and a
//! plural `s` taken off Latin words; two titles are alike when their word
//! sets overlap strongly (Jaccard index, |A ∩ B| / |A ∪ B|, at least
//! [`THRESHOLD`]). Letters are kept by grapheme cluster, so Devanagari vowel
//! signs and viramas stay with their consonants, and Arabic, Cyrillic or CJK
//! words compare like any others.

use unicode_segmentation::UnicodeSegmentation;

/// How much two titles' words must overlap to be the same problem.
pub const THRESHOLD: f64 = 0.5;

/// Little words that say nothing about the problem (English and Swahili,
/// the languages of the programme's sessions so far).
const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to",
    "with", "na", "ya", "wa", "za", "la", "kwa", "katika", "cha", "vya",
];

/// The words of `s`, normalised: lower case, split on anything that is not a
/// letter or digit (graphemes whose first character is alphanumeric count as
/// letters, which keeps combining marks with their base).
pub fn words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for g in s.graphemes(true) {
        if g.chars().next().is_some_and(char::is_alphanumeric) {
            word.extend(g.chars().flat_map(char::to_lowercase));
        } else if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// `s` normalised for comparison: its words joined by single spaces.
pub fn normalise(s: &str) -> String {
    words(s).join(" ")
}

/// The set of significant words of a title, sorted and without repeats: stop
/// words dropped, a plural `s` taken off Latin words longer than three letters
/// ("muggings" → "mugging"). A title of stop words only keeps them, so it is
/// never empty unless the title has no letters at all.
pub fn key_words(title: &str) -> Vec<String> {
    let all = words(title);
    let mut kept: Vec<String> = all
        .iter()
        .filter(|w| !STOP_WORDS.contains(&w.as_str()))
        .map(|w| singular(w))
        .collect();
    if kept.is_empty() {
        kept = all;
    }
    kept.sort();
    kept.dedup();
    kept
}

fn singular(w: &str) -> String {
    let latin = w.chars().all(|c| c.is_ascii_alphabetic());
    if latin && w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") {
        w[..w.len() - 1].to_string()
    } else {
        w.to_string()
    }
}

/// |A ∩ B| / |A ∪ B| of two sorted, repeat-free word lists; 1 for two empty
/// lists.
pub fn jaccard(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    common as f64 / (a.len() + b.len() - common) as f64
}

/// Whether two titles name the same problem.
pub fn alike(a: &str, b: &str) -> bool {
    jaccard(&key_words(a), &key_words(b)) >= THRESHOLD
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalising_ignores_case_punctuation_and_spacing() {
        assert_eq!(
            normalise("  Mugging,   on the RAILWAY footpath!! "),
            "mugging on the railway footpath"
        );
        assert_eq!(normalise("Boda-boda theft"), "boda boda theft");
        assert_eq!(normalise("ÉCOLE fermée"), "école fermée");
        assert_eq!(normalise("—!?"), "");
    }

    #[test]
    fn words_of_any_script_stay_whole() {
        assert_eq!(words("चोरी की घटनाएं"), ["चोरी", "की", "घटनाएं"]);
        assert_eq!(words("خلاف على الأكشاك"), ["خلاف", "على", "الأكشاك"]);
        assert_eq!(words("Кража телефонов"), ["кража", "телефонов"]);
        assert_eq!(words("市场 盗窃"), ["市场", "盗窃"]);
    }

    #[test]
    fn similar_titles_are_alike() {
        assert!(alike(
            "Mugging on the railway footpath",
            "muggings on railway footpath"
        ));
        assert!(alike(
            "Phone snatching at the matatu stage",
            "Phone snatching, matatu stage"
        ));
        assert!(alike("Fights at water points", "FIGHTS AT THE WATER POINT"));
        assert!(alike("خلاف على الأكشاك", "الخلاف على الأكشاك"));
        assert!(!alike("Fights at water points", "Theft at the market"));
        assert!(!alike("Drug selling near the school", "Phone snatching"));
    }

    #[test]
    fn jaccard_counts_overlap() {
        let a = key_words("railway footpath mugging");
        let b = key_words("railway footpath lights");
        assert!((jaccard(&a, &b) - 0.5).abs() < 1e-9);
        assert_eq!(jaccard(&[], &[]), 1.0);
    }
}
