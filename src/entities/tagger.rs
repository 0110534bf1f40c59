//! The name tagger: a left-to-right BILOU tagger over hashed features
//! with an averaged-perceptron model, and the packed model file it reads.
//!
//! Transitions are constrained to valid BILOU sequences and previous tags
//! are features. A small beam over locally normalised scores decodes each
//! sentence, and each sentence uses the tags of the sentences before it
//! (the document-level prediction history). `train-ner` learns on that same
//! beam (a structured perceptron with early update).
//!
//! `models/ner.bin` layout (little-endian): the 8-byte magic `LEDENER\0`,
//! `u32` format version, `u32` feature-set version, `u32` tag count, `u32`
//! bucket count, then the codebook (128 `f32` magnitudes, the first 0); then
//! the weights, stored sparsely because most are 0 (the trainer zeroes the
//! smallest): a bit set of the buckets with any non-zero code (`u64` words),
//! a `u32` count of those rows, per such row a 3-byte mask of its non-zero
//! tags, then all their `i8` codes in row and tag order. Code `k` means
//! `levels[k]`, code `-k` means `-levels[k]`. Then a `u32` count and that
//! many exact rows, each a `u32` bucket (ascending) and `tags` `f32`
//! weights, which replace the codes of their bucket. A log-spaced codebook
//! keeps the many small weights distinct from zero, and the few large, dense
//! weights (bias, previous tags, shapes), whose rounding error would shift
//! every score, are kept exact (one linear scale for all cost 5 F1 points).
//! At load only the rank of each bit-set word and each row's code offset
//! are computed; the masks and codes are read from the embedded bytes.

use super::features::{
    make_tag, tag_position, tag_type, DocContext, Features, SentenceView, N_TAGS, N_TYPES,
    START_TAG,
};

pub const MAGIC: &[u8; 8] = b"LEDENER\0";
pub const FORMAT_VERSION: u32 = 4;
/// Bump whenever [`Features::extract`] changes: old models then refuse to load.
pub const FEATURE_VERSION: u32 = 9;
/// Magnitudes in the codebook (codes 0..=127).
pub const LEVELS: usize = 128;
const HEADER_LEN: usize = 24 + 4 * LEVELS;

/// Map a feature hash to a bucket in `0..n` (multiply-shift, no division).
pub fn bucket(hash: u64, n: usize) -> usize {
    (((hash >> 32) * n as u64) >> 32) as usize
}

/// Anything that holds a weight row per bucket: the packed model at run time,
/// the float weights while training.
pub trait Weights {
    fn buckets(&self) -> usize;
    /// Add bucket `b`'s weights to `scores`.
    fn add_row(&self, b: usize, scores: &mut [f32; N_TAGS]);
}

#[cfg(feature = "train")]
impl Weights for crate::perceptron::AveragedPerceptron {
    fn buckets(&self) -> usize {
        self.buckets()
    }

    fn add_row(&self, b: usize, scores: &mut [f32; N_TAGS]) {
        for (s, w) in scores.iter_mut().zip(self.row(b)) {
            *s += w;
        }
    }
}

/// The packed, quantised model.
pub struct PackedModel<'a> {
    buckets: usize,
    /// The weight of each code byte.
    table: [f32; 256],
    /// One bit per bucket: has it any non-zero code?
    row_bits: Vec<u64>,
    /// Rows with codes before each word of `row_bits`.
    row_rank: Vec<u32>,
    /// Per row with codes: its 3-byte tag mask.
    masks: &'a [u8],
    /// Per row with codes: where its codes start in `codes` (one extra at the end).
    code_start: Vec<u32>,
    codes: &'a [u8],
    /// One bit per bucket: is its row exact?
    exact_bits: Vec<u64>,
    /// Exact rows: bucket ids, ascending, and their `N_TAGS` weights each.
    exact_ids: Vec<u32>,
    exact_rows: Vec<f32>,
}

impl<'a> PackedModel<'a> {
    pub fn parse(bytes: &'a [u8]) -> Result<Self, String> {
        let header = bytes
            .get(..HEADER_LEN)
            .ok_or_else(|| format!("model file too short ({} bytes)", bytes.len()))?;
        if &header[..8] != MAGIC {
            return Err("not a Lede NER model (bad magic)".into());
        }
        let u32_at =
            |k: usize| u32::from_le_bytes([header[k], header[k + 1], header[k + 2], header[k + 3]]);
        let (format, features, tags, buckets) = (u32_at(8), u32_at(12), u32_at(16), u32_at(20));
        if format != FORMAT_VERSION {
            return Err(format!("model format {format}, expected {FORMAT_VERSION}"));
        }
        if features != FEATURE_VERSION {
            return Err(format!(
                "model feature set {features}, expected {FEATURE_VERSION}"
            ));
        }
        if tags as usize != N_TAGS {
            return Err(format!("model has {tags} tags, expected {N_TAGS}"));
        }
        let mut table = [0.0f32; 256];
        for k in 0..LEVELS {
            let level = f32::from_bits(u32_at(24 + 4 * k));
            if !level.is_finite() {
                return Err("model codebook has a non-finite level".into());
            }
            table[k] = level;
            table[(k as u8).wrapping_neg() as usize] = -level;
        }
        if buckets == 0 {
            return Err("model has no buckets".into());
        }
        let buckets = buckets as usize;
        let words = buckets.div_ceil(64);
        let rest = &bytes[HEADER_LEN..];
        let bits_len = words.saturating_mul(8);
        let bit_bytes = rest
            .get(..bits_len)
            .ok_or("model file ends inside its row bit set")?;
        let row_bits: Vec<u64> = bit_bytes
            .chunks_exact(8)
            .map(|c| u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]))
            .collect();
        if buckets % 64 != 0 && row_bits[words - 1] >> (buckets % 64) != 0 {
            return Err("model's row bit set has bits past the last bucket".into());
        }
        let mut row_rank = Vec::with_capacity(words);
        let mut rows = 0u32;
        for w in &row_bits {
            row_rank.push(rows);
            rows += w.count_ones();
        }
        let rest = &rest[bits_len..];
        let count_bytes = rest.get(..4).ok_or("model has no row count")?;
        let count = u32::from_le_bytes([
            count_bytes[0],
            count_bytes[1],
            count_bytes[2],
            count_bytes[3],
        ]);
        if count != rows {
            return Err(format!(
                "model has {count} rows of codes, its bit set {rows}"
            ));
        }
        let rows = rows as usize;
        let rest = &rest[4..];
        let masks = rest
            .get(..rows * 3)
            .ok_or("model file ends inside its row masks")?;
        let mut code_start = Vec::with_capacity(rows + 1);
        let mut total = 0u32;
        for m in masks.chunks_exact(3) {
            code_start.push(total);
            let mask = u32::from_le_bytes([m[0], m[1], m[2], 0]);
            if mask == 0 || mask >> N_TAGS != 0 {
                return Err("model has an empty or too wide row mask".into());
            }
            total += mask.count_ones();
        }
        code_start.push(total);
        let rest = &rest[rows * 3..];
        let codes = rest
            .get(..total as usize)
            .ok_or("model file ends inside its codes")?;
        let rest = &rest[total as usize..];
        let read_u32 = |b: &[u8], k: usize| {
            b.get(k..k + 4)
                .map(|x| u32::from_le_bytes([x[0], x[1], x[2], x[3]]))
        };
        let count = read_u32(rest, 0).ok_or("model has no exact-row count")? as usize;
        let row_len = 4 + 4 * N_TAGS;
        if rest.len() != 4 + count.saturating_mul(row_len) {
            return Err(format!(
                "model has {} bytes of exact rows, expected {count} rows",
                rest.len() - 4
            ));
        }
        let mut exact_bits = vec![0u64; buckets.div_ceil(64)];
        let mut exact_ids = Vec::with_capacity(count);
        let mut exact_rows = Vec::with_capacity(count * N_TAGS);
        for r in 0..count {
            let at = 4 + r * row_len;
            let id = read_u32(rest, at).unwrap_or(u32::MAX);
            if id as usize >= buckets || exact_ids.last().is_some_and(|&last| last >= id) {
                return Err("model's exact rows are out of range or out of order".into());
            }
            exact_bits[id as usize / 64] |= 1 << (id % 64);
            exact_ids.push(id);
            for t in 0..N_TAGS {
                let w = f32::from_bits(read_u32(rest, at + 4 + 4 * t).unwrap_or(0));
                exact_rows.push(if w.is_finite() { w } else { 0.0 });
            }
        }
        Ok(PackedModel {
            buckets,
            table,
            row_bits,
            row_rank,
            masks,
            code_start,
            codes,
            exact_bits,
            exact_ids,
            exact_rows,
        })
    }

    /// The file form of a model: header, codebook (`levels[0]` should be 0;
    /// missing levels are 0), codes and exact rows (ascending buckets).
    pub fn pack(
        buckets: usize,
        levels: &[f32],
        codes: &[i8],
        exact: &[(u32, [f32; N_TAGS])],
    ) -> Vec<u8> {
        let mut out = Vec::with_capacity(HEADER_LEN + codes.len());
        out.extend_from_slice(MAGIC);
        for v in [
            FORMAT_VERSION,
            FEATURE_VERSION,
            N_TAGS as u32,
            buckets as u32,
        ] {
            out.extend_from_slice(&v.to_le_bytes());
        }
        for k in 0..LEVELS {
            out.extend_from_slice(&levels.get(k).copied().unwrap_or(0.0).to_le_bytes());
        }
        let row = |b: usize| codes.get(b * N_TAGS..(b + 1) * N_TAGS).unwrap_or(&[]);
        let mut bits = vec![0u64; buckets.div_ceil(64)];
        let mut masks = Vec::new();
        let mut nonzero = Vec::new();
        for (b, word) in (0..buckets).map(|b| (b, b / 64)) {
            let mask = row(b)
                .iter()
                .enumerate()
                .filter(|&(_, &c)| c != 0)
                .fold(0u32, |m, (t, _)| m | 1 << t);
            if mask != 0 {
                bits[word] |= 1 << (b % 64);
                masks.extend_from_slice(&mask.to_le_bytes()[..3]);
                nonzero.extend(row(b).iter().filter(|&&c| c != 0).map(|&c| c as u8));
            }
        }
        for w in &bits {
            out.extend_from_slice(&w.to_le_bytes());
        }
        out.extend_from_slice(&((masks.len() / 3) as u32).to_le_bytes());
        out.extend_from_slice(&masks);
        out.extend_from_slice(&nonzero);
        out.extend_from_slice(&(exact.len() as u32).to_le_bytes());
        for (id, row) in exact {
            out.extend_from_slice(&id.to_le_bytes());
            for w in row {
                out.extend_from_slice(&w.to_le_bytes());
            }
        }
        out
    }
}

impl<W: Weights> Weights for &W {
    fn buckets(&self) -> usize {
        (**self).buckets()
    }

    fn add_row(&self, b: usize, scores: &mut [f32; N_TAGS]) {
        (**self).add_row(b, scores)
    }
}

impl Weights for PackedModel<'_> {
    fn buckets(&self) -> usize {
        self.buckets
    }

    fn add_row(&self, b: usize, scores: &mut [f32; N_TAGS]) {
        if self
            .exact_bits
            .get(b / 64)
            .is_some_and(|bits| bits & 1 << (b % 64) != 0)
        {
            if let Ok(r) = self.exact_ids.binary_search(&(b as u32)) {
                for (s, w) in scores
                    .iter_mut()
                    .zip(&self.exact_rows[r * N_TAGS..(r + 1) * N_TAGS])
                {
                    *s += w;
                }
            }
        } else if let Some(&word) = self.row_bits.get(b / 64) {
            let bit = 1u64 << (b % 64);
            if word & bit == 0 {
                return;
            }
            let r = self.row_rank[b / 64] as usize + (word & (bit - 1)).count_ones() as usize;
            let m = &self.masks[r * 3..r * 3 + 3];
            let mut mask = u32::from_le_bytes([m[0], m[1], m[2], 0]);
            let mut at = self.code_start[r] as usize;
            while mask != 0 {
                let t = mask.trailing_zeros() as usize;
                scores[t] += self.table[self.codes[at] as usize];
                at += 1;
                mask &= mask - 1;
            }
        }
    }
}

/// Can `tag` follow `prev` in a BILOU sequence?
pub fn allowed(prev: usize, tag: usize) -> bool {
    let open = tag_type(prev).filter(|_| matches!(tag_position(prev), 0 | 1));
    match (open, tag_type(tag)) {
        (Some(t), Some(u)) => t == u && matches!(tag_position(tag), 1 | 2),
        (Some(_), None) => false,
        (None, Some(_)) => matches!(tag_position(tag), 0 | 3),
        (None, None) => true,
    }
}

/// Scores of every tag for the features in `features`.
pub fn score<W: Weights>(weights: &W, features: &Features) -> [f32; N_TAGS] {
    let mut scores = [0.0f32; N_TAGS];
    let n = weights.buckets();
    for &h in &features.hashes {
        weights.add_row(bucket(h, n), &mut scores);
    }
    scores
}

/// The best tag allowed after `prev`.
pub fn best_allowed(scores: &[f32; N_TAGS], prev: usize) -> usize {
    let mut best = 0;
    let mut best_score = f32::NEG_INFINITY;
    for (t, &s) in scores.iter().enumerate() {
        if allowed(prev, t) && s > best_score {
            best = t;
            best_score = s;
        }
    }
    best
}

/// Tag sequences kept per sentence while decoding.
pub const BEAM_WIDTH: usize = 4;
/// Perceptron scores divided by this are read as log-odds. Chosen on dev
/// for the beam-trained model: 30 does 0.15 F1 worse, 55 and 80 about 0.35,
/// 20 0.6 (20 was best for a greedily trained model).
const SCORE_TEMPERATURE: f32 = 40.0;

/// Log-probabilities of the tags allowed after `prev`: a softmax over their
/// scores at [`SCORE_TEMPERATURE`], so that sums along different tag
/// sequences compare (raw scores of tags that are only allowed inside
/// names run much higher than the others).
pub fn log_probabilities(scores: &[f32; N_TAGS], prev: usize) -> Vec<(usize, f32)> {
    let allowed_tags = || (0..N_TAGS).filter(move |&t| allowed(prev, t));
    let max = allowed_tags()
        .map(|t| scores[t])
        .fold(f32::NEG_INFINITY, f32::max);
    let z: f32 = allowed_tags()
        .map(|t| ((scores[t] - max) / SCORE_TEMPERATURE).exp())
        .sum();
    allowed_tags()
        .map(|t| (t, (scores[t] - max) / SCORE_TEMPERATURE - z.ln()))
        .collect()
}

/// Tag every sentence of one article, in order, each using the tags given
/// to earlier sentences (the prediction history): a beam search over each
/// sentence's tag sequences with locally normalised scores
/// ([`beam_sentence`]).
pub fn tag_document<W: Weights>(weights: &W, sentences: &[SentenceView]) -> Vec<Vec<usize>> {
    tag_document_reporting(weights, sentences, &mut |_| {})
}

/// [`tag_document`] that calls `started(n)` as it starts on sentence `n`.
pub fn tag_document_reporting<W: Weights>(
    weights: &W,
    sentences: &[SentenceView],
    started: &mut dyn FnMut(usize),
) -> Vec<Vec<usize>> {
    let mut doc = DocContext::new(sentences);
    let mut out = Vec::with_capacity(sentences.len());
    for (n, s) in sentences.iter().enumerate() {
        started(n);
        let tags = beam_sentence(weights, s, &doc, None).unwrap_or_else(|prefix| prefix);
        doc.remember(s, &tags);
        out.push(tags);
    }
    out
}

/// The beam over one sentence's tag sequences. Without `gold`, the best
/// sequence whose last name is closed. With `gold` (training, early
/// update): `Err` with the best prefix at the first token where the gold
/// prefix falls out of the beam, else the best sequence.
pub fn beam_sentence<W: Weights>(
    weights: &W,
    s: &SentenceView,
    doc: &DocContext,
    gold: Option<&[usize]>,
) -> Result<Vec<usize>, Vec<usize>> {
    let mut features = Features::default();
    // Per token, the surviving hypotheses: (the one before it, tag).
    let mut steps: Vec<Vec<(usize, usize)>> = Vec::with_capacity(s.len());
    // Hypotheses: (score, previous tag, tag before that, is the gold prefix).
    let mut beam: Vec<(f32, usize, usize, bool)> = vec![(0.0, START_TAG, START_TAG, true)];
    let mut next: Vec<(f32, usize, usize, bool)> = Vec::new();
    let read_back = |steps: &[Vec<(usize, usize)>], mut k: usize| {
        let mut tags = vec![0; steps.len()];
        for (i, step) in steps.iter().enumerate().rev() {
            let (back, tag) = step[k];
            tags[i] = tag;
            k = back;
        }
        tags
    };
    for i in 0..s.len() {
        features.extract_static(s, i, doc);
        let static_scores = score(weights, &features);
        next.clear();
        for (k, &(total, prev, prev2, on_gold)) in beam.iter().enumerate() {
            features.extract_previous(s, i, prev, prev2, doc);
            let mut scores = score(weights, &features);
            for (sc, st) in scores.iter_mut().zip(&static_scores) {
                *sc += st;
            }
            for (t, p) in log_probabilities(&scores, if i > 0 { prev } else { 0 }) {
                let on_gold = on_gold && gold.is_some_and(|g| g[i] == t);
                next.push((total + p, k, t, on_gold));
            }
        }
        next.sort_by(|a, b| b.0.total_cmp(&a.0));
        next.truncate(BEAM_WIDTH);
        steps.push(next.iter().map(|&(_, k, t, _)| (k, t)).collect());
        if gold.is_some() && !next.iter().any(|h| h.3) {
            return Err(read_back(&steps, 0));
        }
        beam = next
            .iter()
            .map(|&(total, k, t, on_gold)| (total, t, beam[k].1, on_gold))
            .collect();
    }
    // The best hypothesis whose last name is closed.
    let k = beam
        .iter()
        .position(|&(_, last, _, _)| last == START_TAG || allowed(last, 0))
        .unwrap_or(0);
    Ok(read_back(&steps, k))
}

/// Greedy tagging (`train-ner --greedy`, the training of sessions 1–3)
/// that calls `learn(weights, features, (sentence, token), predicted tag)`
/// after every decision, so the trainer updates the weights on exactly
/// those decisions and the runtime's features.
pub fn tag_document_learning<W: Weights>(
    weights: &mut W,
    sentences: &[SentenceView],
    mut learn: impl FnMut(&mut W, &Features, (usize, usize), usize),
) -> Vec<Vec<usize>> {
    let mut doc = DocContext::new(sentences);
    let mut features = Features::default();
    let mut out = Vec::with_capacity(sentences.len());
    for (si, s) in sentences.iter().enumerate() {
        let mut tags: Vec<usize> = Vec::with_capacity(s.len());
        for i in 0..s.len() {
            let prev = if i > 0 { tags[i - 1] } else { START_TAG };
            let prev2 = if i > 1 { tags[i - 2] } else { START_TAG };
            features.extract(s, i, prev, prev2, &doc);
            let scores = score(weights, &features);
            let tag = best_allowed(&scores, if i > 0 { prev } else { 0 });
            learn(weights, &features, (si, i), tag);
            tags.push(tag);
        }
        doc.remember(s, &tags);
        out.push(tags);
    }
    out
}

/// Token ranges `(first, end, type)` of the names in a tag sequence; invalid
/// sequences are read leniently (an unfinished name ends where its tags do).
pub fn names(tags: &[usize]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (i, &tag) in tags.iter().enumerate() {
        let ty = tag_type(tag);
        let pos = tag_position(tag);
        if let Some((start, t)) = open {
            let continues = ty == Some(t) && matches!(pos, 1 | 2);
            if !continues {
                out.push((start, i, t));
                open = None;
            }
        }
        if let Some(t) = ty {
            match (open, pos) {
                (Some(_), 2) => {
                    if let Some((start, t)) = open.take() {
                        out.push((start, i + 1, t));
                    }
                }
                (Some(_), _) => {}
                (None, 3) | (None, 2) => out.push((i, i + 1, t)),
                (None, _) => open = Some((i, t)),
            }
        }
    }
    if let Some((start, t)) = open {
        out.push((start, tags.len(), t));
    }
    out
}

/// BILOU tags for token ranges `(first, end, type)` over `n` tokens.
pub fn tags_for(n: usize, names: &[(usize, usize, usize)]) -> Vec<usize> {
    let mut tags = vec![0; n];
    for &(start, end, ty) in names {
        if start >= end || end > n || ty >= N_TYPES {
            continue;
        }
        if end - start == 1 {
            tags[start] = make_tag(ty, 3);
        } else {
            tags[start] = make_tag(ty, 0);
            for t in &mut tags[start + 1..end - 1] {
                *t = make_tag(ty, 1);
            }
            tags[end - 1] = make_tag(ty, 2);
        }
    }
    tags
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_tags_round_trip() {
        let names_in = vec![(0, 2, 0), (3, 4, 2), (4, 7, 1)];
        let tags = tags_for(8, &names_in);
        assert_eq!(names(&tags), names_in);
    }

    #[test]
    fn broken_tag_sequences_still_give_names() {
        // I-PER I-PER O, then B-LOC at the very end.
        let tags = [make_tag(0, 1), make_tag(0, 1), 0, make_tag(2, 0)];
        assert_eq!(names(&tags), vec![(0, 2, 0), (3, 4, 2)]);
    }

    #[test]
    fn only_valid_transitions_are_allowed() {
        assert!(allowed(0, make_tag(0, 0)));
        assert!(!allowed(0, make_tag(0, 1)));
        assert!(allowed(make_tag(1, 0), make_tag(1, 2)));
        assert!(!allowed(make_tag(1, 0), make_tag(2, 2)));
        assert!(!allowed(make_tag(1, 1), 0));
    }

    #[test]
    fn malformed_model_files_are_refused_not_panicked_on() {
        assert!(PackedModel::parse(b"").is_err());
        assert!(PackedModel::parse(b"LEDENER\0garbage").is_err());
        let mut ok = PackedModel::pack(3, &[0.0, 0.5], &[1; 3 * N_TAGS], &[(2, [2.0; N_TAGS])]);
        let model = PackedModel::parse(&ok).expect("a well-formed model loads");
        let mut scores = [0.0; N_TAGS];
        model.add_row(1, &mut scores);
        assert_eq!(scores[0], 0.5);
        model.add_row(2, &mut scores);
        assert_eq!(scores[0], 2.5, "bucket 2 is exact");
        ok.pop();
        assert!(PackedModel::parse(&ok).is_err());
    }
}
