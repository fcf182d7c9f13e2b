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

/// Each byte of a machine word, for the byte-parallel tests below.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;
/// The high bit of each byte of a machine word: where the byte-parallel
/// tests answer.
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `x` that is ASCII and at least `lo`, for a
/// byte of at most 0x7F (no carry crosses bytes).
#[inline(always)]
fn at_least(x: u64, lo: u8) -> u64 {
    x + (0x80 - lo as u64) * ONES
}

/// The high bit of each byte of `x` (at most 0x7F each) in `lo..=hi`.
#[inline(always)]
pub(crate) fn within(x: u64, lo: u8, hi: u8) -> u64 {
    at_least(x, lo) & !at_least(x, hi + 1) & HIGH
}

/// The length of the run of ASCII letters and digits that starts at byte
/// `i` of `bytes`, and whether it holds an upper-case letter.
///
/// Eight bytes are classified at once, and the run's end is found by
/// counting bits, so that words of every length take the same path: a
/// byte-by-byte loop leaves it on a branch no predictor learns, once a
/// word.
#[inline]
pub(crate) fn ascii_alnum_run(bytes: &[u8], i: usize) -> (usize, bool) {
    let mut at = i;
    let mut upper = 0;
    while let Some(chunk) = bytes.get(at..at + 8) {
        let x = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let ascii = !x & HIGH;
        let low7 = x & !HIGH;
        let folded = low7 | (0x20 * ONES);
        let word = (within(folded, b'a', b'z') | within(low7, b'0', b'9')) & ascii;
        let capital = within(low7, b'A', b'Z') & ascii;
        let stop = !word & HIGH;
        if stop != 0 {
            // Bytes before the first that stops the run.
            let before = (1u64 << (stop.trailing_zeros() & !7)) - 1;
            upper |= capital & before;
            return (at - i + (stop.trailing_zeros() / 8) as usize, upper != 0);
        }
        upper |= capital;
        at += 8;
    }
    let mut tail = false;
    while let Some(b) = bytes.get(at).filter(|b| b.is_ascii_alphanumeric()) {
        tail |= b.is_ascii_uppercase();
        at += 1;
    }
    (at - i, upper != 0 || tail)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`ascii_alnum_run`] byte by byte.
    fn run_by_definition(bytes: &[u8], i: usize) -> (usize, bool) {
        let run = bytes[i..].iter().take_while(|b| b.is_ascii_alphanumeric());
        let upper = run.clone().any(u8::is_ascii_uppercase);
        (run.count(), upper)
    }

    #[test]
    fn alnum_runs_agree_with_their_definition() {
        // Every byte value at every place of a chunk, after runs of each length.
        for b in 0..=255u8 {
            for len in 0..20 {
                let mut bytes: Vec<u8> = b"aZ09zA".iter().copied().cycle().take(len).collect();
                bytes.push(b);
                bytes.extend_from_slice(b"xyz XYZ 0123456789");
                for i in 0..bytes.len() {
                    assert_eq!(
                        ascii_alnum_run(&bytes, i),
                        run_by_definition(&bytes, i),
                        "{bytes:?} at {i}"
                    );
                }
            }
        }
        let text = "Le Président a dit, le 3 mai : « ÉTÉ 2025 ».";
        for i in 0..text.len() {
            assert_eq!(
                ascii_alnum_run(text.as_bytes(), i),
                run_by_definition(text.as_bytes(), i)
            );
        }
    }

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
