//! Byte offsets (what Rust string slicing uses) to code-point offsets (what the
//! contract uses).

/// Maps byte offsets of one text to code-point offsets.
#[derive(Debug, Clone)]
pub struct CharIndex {
    /// Byte offset of every char boundary, in order; the last entry is the text length.
    bounds: Vec<usize>,
}

impl CharIndex {
    /// Indexes `text`.
    pub fn new(text: &str) -> Self {
        let mut bounds: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        bounds.push(text.len());
        CharIndex { bounds }
    }

    /// The code-point offset of byte offset `byte` (rounded down to a char boundary).
    pub fn char_at(&self, byte: usize) -> usize {
        match self.bounds.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_code_points_not_bytes() {
        let text = "Iraq’s army"; // ’ is three bytes
        let idx = CharIndex::new(text);
        assert_eq!(idx.char_at(0), 0);
        assert_eq!(idx.char_at(text.find("army").unwrap()), 7);
        assert_eq!(idx.char_at(text.len()), 11);
    }
}
