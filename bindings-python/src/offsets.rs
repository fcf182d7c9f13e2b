//! UTF-8 byte offsets (the core's) to code-point offsets (Python string indices).

/// Rewrites byte offsets into `text` as code-point offsets, in place, in one
/// pass over the text up to the largest offset.
///
/// Offsets past the end count as the end; an offset inside a character counts
/// that character as started. Neither happens with offsets from the core.
pub fn to_code_points(text: &str, offsets: &mut [usize]) {
    let bytes = text.as_bytes();
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_unstable_by_key(|&i| offsets[i]);
    let (mut pos, mut chars) = (0, 0);
    for i in order {
        let target = offsets[i].min(bytes.len());
        // A code point starts at every byte that is not a continuation byte (10xxxxxx).
        chars += bytes[pos..target]
            .iter()
            .filter(|&&b| (b as i8) >= -0x40)
            .count();
        pos = target;
        offsets[i] = chars;
    }
}

/// Byte spans as code-point spans.
pub fn spans_to_code_points(text: &str, spans: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut flat: Vec<usize> = spans.iter().flat_map(|&(s, e)| [s, e]).collect();
    to_code_points(text, &mut flat);
    flat.chunks_exact(2).map(|p| (p[0], p[1])).collect()
}
