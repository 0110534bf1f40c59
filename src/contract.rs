//! The evaluation contract's record (`../shared/eval/CONTRACT.md`): one JSON
//! object per document, offsets in Unicode code points.
//!
//! The engine speaks UTF-8 bytes; Python (the scorer) and users of the batch
//! output speak code points, so the conversion lives here, at the edge.

use serde::Serialize;

use crate::analysis::{Analysis, Span};

/// Converts byte offsets of one text to code-point (Python) or UTF-16
/// (JavaScript) offsets.
pub struct Offsets {
    /// After each char whose units differ from its bytes: (byte offset just
    /// past it, bytes minus units so far). Between two entries both advance together.
    wide: Vec<(usize, usize)>,
}

impl Offsets {
    /// Offsets in Unicode code points, as Python's `str` counts.
    pub fn code_points(text: &str) -> Self {
        Self::counting(text, |_| 1)
    }

    /// Offsets in UTF-16 code units, as JavaScript strings count.
    pub fn utf16(text: &str) -> Self {
        Self::counting(text, char::len_utf16)
    }

    fn counting(text: &str, units: impl Fn(char) -> usize) -> Self {
        let mut wide = Vec::new();
        let mut extra = 0;
        for (i, c) in text.char_indices() {
            let n = c.len_utf8();
            if n != units(c) {
                extra += n - units(c);
                wide.push((i + n, extra));
            }
        }
        Offsets { wide }
    }

    /// The offset of byte offset `byte` (which must be a char boundary).
    pub fn at(&self, byte: usize) -> usize {
        let k = self.wide.partition_point(|&(b, _)| b <= byte);
        byte - k.checked_sub(1).map_or(0, |k| self.wide[k].1)
    }
}

#[derive(Serialize)]
pub struct EntityRecord<'a> {
    pub start: usize,
    pub end: usize,
    pub label: &'static str,
    pub text: &'a str,
}

#[derive(Serialize)]
pub struct QuoteRecord<'a> {
    pub quote_start: usize,
    pub quote_end: usize,
    pub speaker: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_start: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_end: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_mention: Option<&'a str>,
    pub quote: &'a str,
    pub cue: Option<&'a str>,
    pub kind: crate::analysis::QuoteKind,
}

/// One output line of `lede batch`.
#[derive(Serialize)]
pub struct Record<'a> {
    pub id: &'a str,
    pub entities: Vec<EntityRecord<'a>>,
    pub quotes: Vec<QuoteRecord<'a>>,
    pub summary: Vec<&'a str>,
    pub sentences: Vec<[usize; 2]>,
}

/// How many summary sentences the contract asks for.
pub const SUMMARY_SENTENCES: usize = 3;

impl<'a> Record<'a> {
    /// The record for `analysis` of `text`. The analysis should have been made
    /// with `SummaryLength::Sentences(SUMMARY_SENTENCES)`.
    pub fn new(id: &'a str, text: &'a str, analysis: &Analysis) -> Self {
        let cp = Offsets::code_points(text);
        let pair = |s: Span| [cp.at(s.start), cp.at(s.end)];
        Record {
            id,
            entities: analysis
                .entities
                .iter()
                .map(|e| EntityRecord {
                    start: cp.at(e.span.start),
                    end: cp.at(e.span.end),
                    label: e.label.as_str(),
                    text: e.span.slice(text),
                })
                .collect(),
            quotes: analysis
                .quotes
                .iter()
                .map(|q| {
                    let [quote_start, quote_end] = pair(q.span());
                    let sp = q.speaker.as_ref();
                    QuoteRecord {
                        quote_start,
                        quote_end,
                        speaker: sp.map(|s| s.name.clone()),
                        speaker_start: sp.map(|s| cp.at(s.mention.start)),
                        speaker_end: sp.map(|s| cp.at(s.mention.end)),
                        speaker_mention: sp.map(|s| s.mention.slice(text)),
                        quote: q.span().slice(text),
                        cue: q.cue.map(|c| c.slice(text)),
                        kind: q.kind,
                    }
                })
                .collect(),
            summary: analysis
                .summary
                .items()
                .map(|(_, span)| span.slice(text))
                .collect(),
            sentences: analysis.sentences.iter().map(|s| pair(s.span)).collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_points_count_chars_not_bytes() {
        let text = "a“b”c é😀x";
        let cp = Offsets::code_points(text);
        for (k, (i, _)) in text.char_indices().enumerate() {
            assert_eq!(cp.at(i), k);
        }
        assert_eq!(cp.at(text.len()), text.chars().count());
    }
}
