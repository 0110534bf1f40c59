//! Word classes: words that occur in similar contexts share a class number,
//! so the tagger can generalise from "Umerov said" to "Hnatov said" for a
//! name it never saw in training.
//!
//! The classes come from unlabelled news text, clustered offline by
//! `train-ner` with the exchange algorithm for a class bigram model (the
//! flat cousin of Brown clusters). They are shipped as `models/word-classes.txt`,
//! one sorted `word<TAB>class` line per word, split into lines at first use
//! and looked up by binary search: case-sensitive first, then lower-case.

use super::tab_lines::{key_of, sorted_lines};

/// A sorted `word<TAB>class` list.
pub struct WordClasses<'a> {
    lines: Vec<&'a str>,
}

impl<'a> WordClasses<'a> {
    /// Reads the list; malformed lines are ignored and an unsorted file is
    /// sorted rather than refused.
    pub fn parse(text: &'a str) -> Self {
        let lines = sorted_lines(text, |l| {
            l.split('\t')
                .nth(1)
                .is_some_and(|c| c.parse::<u16>().is_ok())
        });
        WordClasses { lines }
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The class of `word` exactly as written.
    pub fn exact(&self, word: &str) -> Option<u16> {
        let i = self.lines.binary_search_by(|l| key_of(l).cmp(word)).ok()?;
        self.lines[i].split('\t').nth(1)?.parse().ok()
    }

    /// The class of `word` as written, else of its lower-case form.
    pub fn class(&self, word: &str, lower: &str) -> Option<u16> {
        self.exact(word).or_else(|| self.exact(lower))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_up_as_written_then_lower_case() {
        let c = WordClasses::parse("May\t3\nmay\t7\nsaid\t1\nbad line\n");
        assert_eq!(c.len(), 3);
        assert_eq!(c.class("May", "may"), Some(3));
        assert_eq!(c.class("MAY", "may"), Some(7));
        assert_eq!(c.class("Said", "said"), Some(1));
        assert_eq!(c.class("Putin", "putin"), None);
    }
}
