//! Byte offsets into UTF-8 text as UTF-16 indices, the unit of JavaScript strings.

/// Maps a set of byte offsets of one text to UTF-16 code-unit indices.
///
/// Built in one pass over the text however many offsets there are, so
/// converting a whole summary stays linear in the input's size.
pub(crate) struct Utf16Offsets {
    /// `(byte offset, UTF-16 index)`, sorted by byte offset.
    map: Vec<(usize, u32)>,
}

impl Utf16Offsets {
    /// Measures `offsets` (byte offsets on char boundaries of `text`).
    pub(crate) fn new(text: &str, offsets: impl IntoIterator<Item = usize>) -> Self {
        let mut bytes: Vec<usize> = offsets.into_iter().collect();
        bytes.sort_unstable();
        bytes.dedup();
        let mut map = Vec::with_capacity(bytes.len());
        let (mut at, mut units) = (0usize, 0u32);
        for b in bytes {
            let b = b.min(text.len());
            // Offsets come from the core and sit on char boundaries; `get`
            // keeps a bad one from panicking (it then counts as the previous one).
            if let Some(chunk) = text.get(at..b) {
                units += chunk.chars().map(|c| c.len_utf16() as u32).sum::<u32>();
                at = b;
            }
            map.push((b, units));
        }
        Utf16Offsets { map }
    }

    /// The UTF-16 index of byte offset `byte`, which must be one of those measured.
    pub(crate) fn get(&self, byte: usize) -> u32 {
        match self.map.binary_search_by_key(&byte, |&(b, _)| b) {
            Ok(i) => self.map[i].1,
            Err(i) => self.map[i.saturating_sub(1)].1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Utf16Offsets;

    #[test]
    fn counts_utf16_units() {
        let text = "é🎉a\r\nz";
        let all: Vec<usize> = (0..=text.len())
            .filter(|&b| text.is_char_boundary(b))
            .collect();
        let map = Utf16Offsets::new(text, all.iter().rev().copied());
        for b in all {
            assert_eq!(
                map.get(b) as usize,
                text[..b].encode_utf16().count(),
                "byte {b}"
            );
        }
    }
}
