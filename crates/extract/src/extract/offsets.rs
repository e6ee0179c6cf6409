//! Byte offsets (what Rust string slicing uses) to code-point offsets (what the
//! contract uses).
//!
//! Only the multi-byte characters are indexed (news text is mostly ASCII), so the
//! index stays small and building it is one pass over the bytes.

/// Maps byte offsets of one text to code-point offsets.
#[derive(Debug, Clone)]
pub struct CharIndex {
    /// The text length in bytes.
    len: usize,
    /// Every multi-byte character, in order: its first byte, one past its last byte,
    /// and the extra bytes (beyond one per character) up to and including it.
    multi: Vec<(usize, usize, usize)>,
}

impl CharIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut multi = Vec::new();
        let mut extra = 0;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b < 0x80 {
                i += 1;
                // Skip ASCII a block of 16 bytes at a time (a word-wise check), then
                // byte by byte up to the next multi-byte character.
                while bytes.get(i..i + 16).is_some_and(<[u8]>::is_ascii) {
                    i += 16;
                }
                continue;
            }
            let n = match b {
                0xF0.. => 4,
                0xE0.. => 3,
                _ => 2,
            };
            let end = (i + n).min(bytes.len());
            extra += end - i - 1;
            multi.push((i, end, extra));
            i = end;
        }
        CharIndex {
            len: bytes.len(),
            multi,
        }
    }

    /// The code-point offset of byte offset `byte` (rounded down to a char boundary;
    /// offsets past the end count as the end).
    pub fn char_at(&self, byte: usize) -> usize {
        let byte = byte.min(self.len);
        // Multi-byte characters that start before `byte`.
        let k = self.multi.partition_point(|&(s, _, _)| s < byte);
        if k == 0 {
            return byte;
        }
        let (start, end, extra) = self.multi[k - 1];
        if byte < end {
            // Inside that character: its own index.
            let before = if k >= 2 { self.multi[k - 2].2 } else { 0 };
            return start - before;
        }
        byte - extra
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Checks `char_at` against a naive count for every byte offset of `text`.
    fn check(text: &str) {
        let idx = CharIndex::new(text);
        for byte in 0..=text.len() + 2 {
            let b = byte.min(text.len());
            let boundary = (0..=b).rev().find(|&x| text.is_char_boundary(x)).unwrap();
            let expected = text[..boundary].chars().count();
            assert_eq!(idx.char_at(byte), expected, "{text:?} at {byte}");
        }
    }

    #[test]
    fn counts_code_points_not_bytes() {
        let text = "Iraq’s army"; // ’ is three bytes
        let idx = CharIndex::new(text);
        assert_eq!(idx.char_at(0), 0);
        assert_eq!(idx.char_at(text.find("army").unwrap()), 7);
        assert_eq!(idx.char_at(text.len()), 11);
        check(text);
    }

    #[test]
    fn mixed_widths_and_inner_bytes_round_down() {
        check("a“b”ç😀z—");
        check("");
        check("plain ascii");
    }
}
