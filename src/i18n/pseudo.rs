//! The test languages: English with every message wrapped in ⟦…⟧, and the
//! same 40% longer. A screen in either shows at once any text that did not
//! come from the catalogue (it has no brackets), and a label cut short (its
//! closing bracket is missing).

use std::borrow::Cow;

pub const OPEN: char = '⟦';
pub const CLOSE: char = '⟧';

/// `text` between the markers.
pub fn wrap(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 6);
    out.push(OPEN);
    out.push_str(text);
    out.push(CLOSE);
    out
}

/// Every word of a message's own text 40% longer (rounded up), with `~`:
/// placeables (titles, names, counts) are not touched, since Fluent applies
/// this to the message's text only.
pub fn lengthen(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 3 / 2);
    let mut word = 0usize;
    let flush = |out: &mut String, word: &mut usize| {
        for _ in 0..(*word * 2).div_ceil(5) {
            out.push('~');
        }
        *word = 0;
    };
    for c in text.chars() {
        if c.is_whitespace() {
            flush(&mut out, &mut word);
        } else {
            word += 1;
        }
        out.push(c);
    }
    flush(&mut out, &mut word);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_grow_by_two_fifths() {
        assert_eq!(lengthen("add"), "add~~");
        assert_eq!(lengthen("next panel"), "next~~ panel~~");
        assert_eq!(lengthen(" a "), " a~ ");
        assert_eq!(wrap("x"), "⟦x⟧");
    }
}
