//! Character classes answered without a Unicode table look-up for ASCII
//! and Latin-1, the characters of nearly every byte of Western European
//! news; anything else goes to the standard library.

/// The character that starts at byte `i` of `s`, for the scanners that
/// step through bytes and decode only where a byte says to.
///
/// Panics if `i` is not on a character boundary before the end of `s`.
#[inline]
pub(crate) fn char_at(s: &str, i: usize) -> char {
    s[i..].chars().next().expect("i is on a character boundary")
}

/// [`char::is_alphabetic`], quick for Latin-1.
#[inline]
pub(crate) fn is_alphabetic(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' => true,
        '\0'..='\u{7F}' => false,
        'ª' | 'µ' | 'º' | 'À'..='Ö' | 'Ø'..='ö' | 'ø'..='ÿ' => true,
        '\u{80}'..='\u{FF}' => false,
        _ => c.is_alphabetic(),
    }
}

/// [`char::is_alphanumeric`], quick for Latin-1.
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    match c {
        '0'..='9' | '²' | '³' | '¹' | '¼'..='¾' => true,
        '\0'..='\u{FF}' => is_alphabetic(c),
        _ => c.is_alphanumeric(),
    }
}

/// Is `c`, beyond ASCII, a lower-case letter of Latin-1 (`ß` to `ÿ` but
/// `÷`)? The scanners that tell a word needs no lowering while reading it
/// ask this of its characters beyond ASCII; anything else may need it.
#[inline]
pub(crate) fn is_latin1_lowercase(c: char) -> bool {
    matches!(c, 'ß'..='ö' | 'ø'..='ÿ')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agree_with_the_standard_library() {
        for c in ('\0'..='\u{3FF}').chain(['€', 'ſ', '一', '\u{10FFFF}']) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
        for c in '\u{80}'..='\u{3FF}' {
            // The letters of the upper half of Latin-1 that are their own lower case.
            let own_lower =
                ('\u{C0}'..='\u{FF}').contains(&c) && c.is_alphabetic() && c.to_lowercase().eq([c]);
            assert_eq!(is_latin1_lowercase(c), own_lower, "{c:?}");
        }
    }
}
