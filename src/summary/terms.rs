//! Sentence term vectors for similarity: content words, lightly stemmed,
//! weighted by log term frequency times inverse sentence frequency and
//! normalised to unit length.
//!
//! The weights come from the article itself (no background corpus), so the
//! engine carries no frequency table and any language with spaces between
//! words gets a usable vector. Vectors are sorted sparse lists, so a cosine
//! is a merge and the sum over all sentences is one pass over a dense array.

use std::collections::{HashMap, HashSet};

use crate::analysis::Span;
use crate::text::{tokens, TokenKind};

/// Function words that carry no topic.
const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "also",
    "am",
    "an",
    "and",
    "any",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "down",
    "during",
    "each",
    "few",
    "for",
    "from",
    "further",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "me",
    "more",
    "most",
    "my",
    "myself",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "said",
    "same",
    "say",
    "says",
    "she",
    "should",
    "so",
    "some",
    "such",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "very",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whom",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "yourself",
    "mr",
    "mrs",
    "ms",
    "told",
    "one",
    "two",
    "year",
    "years",
    "new",
];

/// A crude English stem: lower case, no possessive, no plural `s`.
pub(crate) fn stem(word: &str) -> String {
    let mut w = word.to_lowercase();
    for suffix in ["'s", "’s"] {
        if let Some(s) = w.strip_suffix(suffix) {
            w = s.to_string();
        }
    }
    if w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") {
        w.pop();
    }
    w
}

/// Unit-length sparse vector: `(term id, weight)` sorted by term id.
pub type TermVector = Vec<(u32, f32)>;

/// What the summary needs to know about the words of each sentence.
pub struct TermStats {
    pub vectors: Vec<TermVector>,
    /// Word and number tokens.
    pub words: Vec<usize>,
    /// Word overlap with the rest of the article: for each distinct content
    /// word, the number of other sentences that use it (the sum of
    /// TextRank's overlap counts over all pairs, computed in linear time).
    pub shared: Vec<f32>,
}

/// Term statistics of `spans` in `text`.
pub fn stats(text: &str, spans: &[Span]) -> TermStats {
    let stopwords: HashSet<&str> = STOPWORDS.iter().copied().collect();
    let mut ids: HashMap<String, u32> = HashMap::new();
    let mut counts: Vec<Vec<(u32, u32)>> = Vec::with_capacity(spans.len());
    let mut words = Vec::with_capacity(spans.len());
    for span in spans {
        let mut terms: Vec<u32> = Vec::new();
        let mut n = 0;
        for tok in tokens(text, *span) {
            if tok.kind == TokenKind::Punct {
                continue;
            }
            n += 1;
            let s = stem(tok.span.slice(text));
            if tok.kind == TokenKind::Word
                && (s.chars().count() < 2 || stopwords.contains(s.as_str()))
            {
                continue;
            }
            let next = ids.len() as u32;
            terms.push(*ids.entry(s).or_insert(next));
        }
        terms.sort_unstable();
        let mut tf: Vec<(u32, u32)> = Vec::new();
        for t in terms {
            match tf.last_mut() {
                Some((last, c)) if *last == t => *c += 1,
                _ => tf.push((t, 1)),
            }
        }
        counts.push(tf);
        words.push(n);
    }
    let mut df = vec![0u32; ids.len()];
    for tf in &counts {
        for &(t, _) in tf {
            df[t as usize] += 1;
        }
    }
    let m = spans.len() as f32;
    let shared = counts
        .iter()
        .map(|tf| tf.iter().map(|&(t, _)| (df[t as usize] - 1) as f32).sum())
        .collect();
    let vectors = counts
        .into_iter()
        .map(|tf| {
            let mut v: TermVector = tf
                .into_iter()
                .map(|(t, c)| {
                    let isf = ((m + 1.0) / (df[t as usize] as f32 + 0.5)).ln().max(0.0);
                    (t, (1.0 + (c as f32).ln()) * isf)
                })
                .collect();
            let norm = v.iter().map(|&(_, w)| w * w).sum::<f32>().sqrt();
            if norm > 0.0 {
                v.iter_mut().for_each(|(_, w)| *w /= norm);
            }
            v
        })
        .collect();
    TermStats {
        vectors,
        words,
        shared,
    }
}

/// Cosine of two unit vectors.
pub fn cosine(a: &TermVector, b: &TermVector) -> f32 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    sum
}

/// For every vector, its summed cosine with all earlier and with all later
/// vectors, in one pass each way over a running dense sum (linear time,
/// where the pairwise graph would be quadratic).
pub fn directed_similarity(vectors: &[TermVector]) -> (Vec<f32>, Vec<f32>) {
    let vocab = vectors
        .iter()
        .flat_map(|v| v.iter().map(|&(t, _)| t as usize + 1))
        .max()
        .unwrap_or(0);
    let mut running = vec![0.0f32; vocab];
    let dot = |v: &TermVector, running: &[f32]| {
        v.iter().map(|&(t, w)| w * running[t as usize]).sum::<f32>()
    };
    let mut before = Vec::with_capacity(vectors.len());
    for v in vectors {
        before.push(dot(v, &running));
        v.iter().for_each(|&(t, w)| running[t as usize] += w);
    }
    running.iter_mut().for_each(|x| *x = 0.0);
    let mut after = vec![0.0; vectors.len()];
    for (i, v) in vectors.iter().enumerate().rev() {
        after[i] = dot(v, &running);
        v.iter().for_each(|&(t, w)| running[t as usize] += w);
    }
    (before, after)
}
