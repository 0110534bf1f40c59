//! A learned attribution reader: which words are cues, and for each cue which
//! words are its source and its content, learned from PolNeAR's train split.
//!
//! PolNeAR annotates far more than verbs of saying: beliefs and stances
//! ("believes", "expects", "is expected"), nouns ("his statement"), survey
//! findings ("polls show") — a long tail no hand-made lexicon covers — and
//! ends reported clauses where its annotators chose to. Two greedy
//! left-to-right taggers over one sentence's tokens do the reading:
//! - the **cue tagger** (tags O, B, I) marks cue words from the word, its
//!   stem and suffix, its neighbours, the lexicon class, what follows
//!   ("that", a comma, a quotation mark) and whether the rules took it as a cue;
//! - the **role tagger** (O, B/I-source, B/I-content), run per cue, marks the
//!   cue's source and content from features relative to the cue (side,
//!   distance, commas, quotation marks and clause stops in between) and
//!   from the rules' reading of the same cue (is this word in their
//!   content, their speaker, outside?).
//!
//! The rules' readings are features (stacking), so the taggers learn where
//! the rules are right and where PolNeAR's annotators differ; `super::find`
//! then vetoes rule cues the cue tagger firmly rejects, re-reads the rules'
//! contents with the role tagger and adds confident cues the rules missed.
//!
//! Both are averaged perceptrons over hashed features, trained by
//! `train-quotes` (`src/bin/train_quotes.rs`, behind the `train` feature)
//! with exactly the features computed here. Only the largest 5 % of the
//! weights are kept (the rest are 0), as i8 codes into a 15-level
//! log-spaced codebook (the NER model's scheme, without exact rows), and
//! only the buckets with a non-zero weight are stored.
//!
//! `models/quotes.bin` layout (little-endian): the 8-byte magic `LEDEQUO\0`,
//! `u32` format version, `u32` feature-set version, then two tables (cues,
//! roles), each as described at `PackedTable::parse`.

use super::cues::{cue_class, CueClass};
use crate::analysis::{Entity, EntityLabel, Span};
use crate::entities::tagger::bucket;
use crate::fnv::{fnv, OFFSET as FNV_OFFSET};
use crate::text::{tokens, Token, TokenKind};

pub const MAGIC: &[u8; 8] = b"LEDEQUO\0";
pub const FORMAT_VERSION: u32 = 1;
/// Bump whenever a feature function changes: old models then refuse to load.
pub const FEATURE_VERSION: u32 = 3;
/// Magnitudes in each codebook (codes 0..=127).
pub const LEVELS: usize = 128;

/// Cue tags: outside, first word of a cue, later word of a cue.
pub const CUE_TAGS: usize = 3;
pub const CUE_B: usize = 1;
pub const CUE_I: usize = 2;
/// Role tags: outside, source (first, later word), content (first, later word).
pub const ROLE_TAGS: usize = 5;
pub const SRC_B: usize = 1;
pub const SRC_I: usize = 2;
pub const CON_B: usize = 3;
pub const CON_I: usize = 4;

/// Can `tag` follow `prev` (B before I, in both tag sets)?
pub fn allowed(prev: usize, tag: usize, role: bool) -> bool {
    match (role, tag) {
        (false, CUE_I) => matches!(prev, CUE_B | CUE_I),
        (true, SRC_I) => matches!(prev, SRC_B | SRC_I),
        (true, CON_I) => matches!(prev, CON_B | CON_I),
        _ => true,
    }
}

/// One sentence's tokens with what the features need to know of each.
pub struct Tokens<'a> {
    pub text: &'a str,
    pub toks: Vec<Token>,
    pub lower: Vec<String>,
    /// Inside quotation marks, or a mark itself.
    pub quoted: Vec<bool>,
    /// The name label covering the token, if any.
    pub entity: Vec<Option<EntityLabel>>,
    pub lexicon: Vec<Option<CueClass>>,
    /// Each token's shape (see [`Tokens::shape`]).
    shapes: Vec<&'static str>,
    /// Running counts before each token (and one past the end) of quotation
    /// marks, commas, clause stops and lexicon cue words, so that the
    /// features "how many between the cue and this word" cost O(1).
    marks: Vec<u16>,
    commas: Vec<u16>,
    stops: Vec<u16>,
    lexical_cues: Vec<u16>,
    /// The rules' readings of the sentence (cue, speaker, content): the
    /// taggers learn when to trust them.
    pub rules: Vec<RuleReading>,
    /// Token `k` is a rule cue word.
    rule_cue: Vec<bool>,
}

/// One attribution read by the rules: cue, speaker and content spans.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RuleReading {
    pub cue: Span,
    pub speaker: Option<Span>,
    pub content: Span,
}

/// Running counts of `hit` over `0..n`: `out[k]` = hits before `k`.
fn running(n: usize, hit: impl Fn(usize) -> bool) -> Vec<u16> {
    let mut out = Vec::with_capacity(n + 1);
    let mut c = 0u16;
    out.push(0);
    for k in 0..n {
        c = c.saturating_add(u16::from(hit(k)));
        out.push(c);
    }
    out
}

impl<'a> Tokens<'a> {
    /// `outers`: the outer spans of all quotations in the text; `entities`
    /// sorted by end.
    pub fn new(
        text: &'a str,
        span: Span,
        outers: &[Span],
        entities: &[Entity],
        rules: Vec<RuleReading>,
    ) -> Self {
        let toks = tokens(text, span);
        let lower: Vec<String> = toks
            .iter()
            .map(|t| t.span.slice(text).to_lowercase())
            .collect();
        let quoted = toks
            .iter()
            .map(|t| super::marks::holding(outers, t.span).is_some())
            .collect();
        let entity = toks
            .iter()
            .map(|t| {
                let i = entities.partition_point(|e| e.span.end <= t.span.start);
                entities[i..]
                    .iter()
                    .take_while(|e| e.span.start < t.span.end)
                    .find(|e| e.label.is_name() && e.span.overlaps(t.span))
                    .map(|e| e.label)
            })
            .collect();
        let lexicon: Vec<Option<CueClass>> = lower.iter().map(|w| cue_class(w)).collect();
        let mut t = Tokens {
            text,
            toks,
            lower,
            quoted,
            entity,
            lexicon,
            shapes: Vec::new(),
            marks: Vec::new(),
            commas: Vec::new(),
            stops: Vec::new(),
            lexical_cues: Vec::new(),
            rule_cue: Vec::new(),
            rules,
        };
        t.rule_cue = vec![false; t.len()];
        for r in &t.rules {
            for k in t.overlapping(r.cue) {
                t.rule_cue[k] = true;
            }
        }
        let n = t.len();
        t.shapes = (0..n).map(|k| t.compute_shape(k)).collect();
        t.marks = running(n, |k| t.shapes[k] == "mark");
        t.commas = running(n, |k| t.lower[k] == ",");
        t.stops = running(n, |k| {
            matches!(t.lower[k].as_str(), ";" | ":" | "—" | "–" | "(" | ")")
        });
        t.lexical_cues = running(n, |k| t.lexicon[k].is_some());
        t
    }

    /// How many of `counts`' items lie in tokens `from..to`.
    fn count(counts: &[u16], from: usize, to: usize) -> usize {
        usize::from(counts[to.max(from)] - counts[from])
    }

    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// The tokens overlapping `span`.
    pub fn overlapping(&self, span: Span) -> std::ops::Range<usize> {
        crate::text::overlapping(&self.toks, span)
    }

    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    fn w(&self, k: isize) -> &str {
        if k < 0 {
            return "<s>";
        }
        self.lower.get(k as usize).map_or("</s>", String::as_str)
    }

    fn shape(&self, k: isize) -> &'static str {
        if k < 0 {
            return "edge";
        }
        self.shapes.get(k as usize).copied().unwrap_or("edge")
    }

    /// A coarse word shape: capitalised, lower, number, quotation mark, punctuation.
    fn compute_shape(&self, k: usize) -> &'static str {
        let raw = self.toks[k].span.slice(self.text);
        match self.toks[k].kind {
            TokenKind::Number => "num",
            TokenKind::Punct if is_mark(raw) => "mark",
            TokenKind::Punct => "punct",
            TokenKind::Word if raw.starts_with(char::is_uppercase) => {
                if self.entity[k].is_some() {
                    "Name"
                } else {
                    "Cap"
                }
            }
            TokenKind::Word if PRONOUNS.contains(&self.lower[k].as_str()) => "pron",
            TokenKind::Word => "low",
        }
    }

    fn class(&self, k: usize) -> &'static str {
        match self.lexicon[k] {
            Some(CueClass::Say) => "say",
            Some(CueClass::Tell) => "tell",
            Some(CueClass::Object) => "obj",
            None => "-",
        }
    }

    fn entity_name(&self, k: usize) -> &'static str {
        match self.entity[k] {
            Some(EntityLabel::Person) => "PER",
            Some(EntityLabel::Org) => "ORG",
            Some(EntityLabel::Loc) => "LOC",
            Some(_) => "MISC",
            None => "-",
        }
    }
}

const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you", "who"];

fn is_mark(s: &str) -> bool {
    matches!(
        s,
        "“" | "”" | "\"" | "‘" | "’" | "'" | "«" | "»" | "‹" | "›" | "„"
    )
}

/// A crude stem: "expects", "expected", "expecting" → "expect".
fn stem(w: &str) -> &str {
    for end in ["ing", "ed", "es", "s"] {
        if let Some(s) = w.strip_suffix(end).filter(|s| s.len() >= 3) {
            return s;
        }
    }
    w
}

fn suffix(w: &str, n: usize) -> &str {
    let start = w
        .char_indices()
        .rev()
        .nth(n.saturating_sub(1))
        .map_or(0, |(i, _)| i);
    &w[start..]
}

/// The hashed features of one decision.
#[derive(Default)]
pub struct Features {
    pub hashes: Vec<u64>,
}

impl Features {
    fn add(&mut self, template: u8, parts: &[&str]) {
        let mut h = fnv(FNV_OFFSET, &[template]);
        for p in parts {
            h = fnv(h, p.as_bytes());
            h = fnv(h, &[0x1f]);
        }
        // Finalise so that the high bits (used by `bucket`) mix well.
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        self.hashes.push(h);
    }
}

const TAG_NAMES: [&str; 6] = ["O", "B", "I", "b", "i", "^"];

/// Features for the cue tag of token `k`, after tag `prev` (5: sentence start).
pub fn cue_features(t: &Tokens, k: usize, prev: usize, f: &mut Features) {
    f.hashes.clear();
    let i = k as isize;
    let w = t.w(i);
    let p = TAG_NAMES[prev.min(5)];
    let (w1, w2, n1, n2) = (t.w(i - 1), t.w(i - 2), t.w(i + 1), t.w(i + 2));
    let quoted = if t.quoted[k] { "q" } else { "-" };
    f.add(0, &[]);
    f.add(1, &[w]);
    f.add(2, &[w1]);
    f.add(3, &[n1]);
    f.add(4, &[w2]);
    f.add(5, &[n2]);
    f.add(6, &[w1, w]);
    f.add(7, &[w, n1]);
    f.add(8, &[suffix(w, 3)]);
    f.add(9, &[suffix(w, 2), t.shape(i)]);
    f.add(10, &[t.shape(i), t.shape(i - 1), t.shape(i + 1)]);
    f.add(11, &[t.class(k)]);
    f.add(12, &[t.class(k), n1]);
    f.add(13, &[t.class(k), t.shape(i - 1)]);
    f.add(14, &[p]);
    f.add(15, &[p, w]);
    f.add(16, &[quoted, t.class(k)]);
    f.add(17, &[t.entity_name(k)]);
    f.add(18, &[w, t.shape(i - 1)]);
    f.add(19, &[suffix(w, 3), n1]);
    f.add(20, &[w1, w, n1]);
    // Quotation marks before or after the word in the sentence.
    let mark_before = Tokens::count(&t.marks, 0, k) > 0;
    let mark_after = Tokens::count(&t.marks, k + 1, t.len()) > 0;
    f.add(
        21,
        &[
            if mark_before { "<" } else { "-" },
            if mark_after { ">" } else { "-" },
            t.class(k),
        ],
    );
    f.add(22, &[if k == 0 { "first" } else { "-" }, t.shape(i)]);
    f.add(23, &[p, t.class(k), n1]);
    let st = stem(w);
    f.add(24, &[st]);
    f.add(25, &[st, n1]);
    f.add(26, &[st, t.shape(i - 1)]);
    let that_soon = (k + 1..t.len().min(k + 5)).any(|j| t.lower[j] == "that");
    f.add(27, &[st, if that_soon { "that" } else { "-" }]);
    let subject_before = (k.saturating_sub(3)..k)
        .any(|j| t.entity[j].is_some() || PRONOUNS.contains(&t.lower[j].as_str()));
    f.add(28, &[st, if subject_before { "subj" } else { "-" }]);
    f.add(29, &[if k > 0 { t.class(k - 1) } else { "^" }, t.shape(i)]);
    f.add(30, &[w, n1, n2]);
    f.add(31, &[w2, w1, w]);
    let rule = if t.rule_cue[k] { "R" } else { "-" };
    let rule_prev = if k > 0 && t.rule_cue[k - 1] { "R" } else { "-" };
    f.add(32, &[rule, t.class(k)]);
    f.add(33, &[rule, w]);
    f.add(34, &[rule, rule_prev, p]);
    f.add(35, &[rule, st]);
}

/// Distance buckets between a token and its cue.
fn distance(d: usize) -> &'static str {
    match d {
        0 => "0",
        1 => "1",
        2 => "2",
        3 => "3",
        4..=5 => "4",
        6..=9 => "6",
        10..=19 => "10",
        _ => "20",
    }
}

/// Features for the role tag of token `k` for the cue on tokens
/// `cue.0..=cue.1`, after tags `prev` and `prev2` (5: sentence start);
/// `rule` is the rules' reading of the same cue, found once per cue.
pub fn role_features(
    t: &Tokens,
    cue: (usize, usize),
    rule: Option<&RuleReading>,
    k: usize,
    prev: usize,
    prev2: usize,
    f: &mut Features,
) {
    f.hashes.clear();
    let i = k as isize;
    let w = t.w(i);
    let (side, d, between) = if k < cue.0 {
        ("L", cue.0 - k, k + 1..cue.0)
    } else if k > cue.1 {
        ("R", k - cue.1, cue.1 + 1..k)
    } else {
        ("C", 0, k..k)
    };
    let dist = distance(d);
    let p = TAG_NAMES[prev.min(5)];
    let p2 = TAG_NAMES[prev2.min(5)];
    let head = t.w(cue.0 as isize);
    let last = t.w(cue.1 as isize);
    let after_cue = t.w(cue.1 as isize + 1);
    let (from, to) = (between.start, between.end);
    let commas = ["0", "1", "2"][Tokens::count(&t.commas, from, to).min(2)];
    let marks = ["0", "1", "2"][Tokens::count(&t.marks, from, to).min(2)];
    let stops = if Tokens::count(&t.stops, from, to) > 0 {
        "s"
    } else {
        "-"
    };
    let other_cue = if Tokens::count(&t.lexical_cues, from, to) > 0 {
        "c"
    } else {
        "-"
    };
    let quoted = if t.quoted[k] { "q" } else { "-" };
    let shape = t.shape(i);
    f.add(0, &[side]);
    f.add(1, &[side, dist]);
    f.add(2, &[side, w]);
    f.add(3, &[side, t.w(i - 1)]);
    f.add(4, &[side, t.w(i + 1)]);
    f.add(5, &[side, shape, t.shape(i - 1)]);
    f.add(6, &[side, head]);
    f.add(7, &[side, dist, head]);
    f.add(8, &[side, last, after_cue]);
    f.add(9, &[side, commas, marks]);
    f.add(10, &[side, commas, p]);
    f.add(11, &[side, p]);
    f.add(12, &[side, p, p2]);
    f.add(13, &[side, p, w]);
    f.add(14, &[side, p, shape]);
    f.add(15, &[side, quoted, p]);
    f.add(16, &[side, t.entity_name(k), p]);
    f.add(17, &[side, stops, p]);
    f.add(18, &[side, other_cue, p]);
    f.add(19, &[side, dist, p]);
    f.add(20, &[side, t.class(cue.0), p]);
    f.add(21, &[side, head, p]);
    f.add(22, &[side, w, t.w(i + 1)]);
    f.add(23, &[side, dist, shape]);
    f.add(24, &[side, t.w(i - 1), p]);
    f.add(
        25,
        &[side, if k + 1 == t.len() { "end" } else { "-" }, shape],
    );
    f.add(26, &[side, marks, quoted, p]);
    f.add(27, &[side, head, after_cue, dist]);
    f.add(28, &[side, t.w(0), dist]);
    let head_stem = stem(head);
    f.add(29, &[side, head_stem, p]);
    f.add(30, &[side, head_stem, dist, shape]);
    f.add(31, &[side, head_stem, w]);
    let to_end = ["1", "2", "3", "4+"][(t.len() - 1 - k).min(3)];
    f.add(32, &[side, to_end, shape, p]);
    let role_of = |j: usize| match rule {
        None => "none",
        Some(r) if r.speaker.is_some_and(|sp| sp.overlaps(t.toks[j].span)) => "src",
        Some(r) if r.content.overlaps(t.toks[j].span) => "con",
        Some(_) => "out",
    };
    let here = role_of(k);
    let before = if k > 0 { role_of(k - 1) } else { "^" };
    let next = if k + 1 < t.len() { role_of(k + 1) } else { "$" };
    f.add(33, &[side, here, p]);
    f.add(34, &[side, here, before, p]);
    f.add(35, &[side, here, next]);
    f.add(36, &[side, here, shape, w]);
}

/// Anything that holds a weight row per bucket for one tag set.
pub trait Weights {
    fn tags(&self) -> usize;
    fn buckets(&self) -> usize;
    /// Add bucket `b`'s weights to `scores` (`tags` long).
    fn add_row(&self, b: usize, scores: &mut [f32]);
}

#[cfg(feature = "train")]
impl Weights for crate::perceptron::AveragedPerceptron {
    fn tags(&self) -> usize {
        self.tags()
    }

    fn buckets(&self) -> usize {
        self.buckets()
    }

    fn add_row(&self, b: usize, scores: &mut [f32]) {
        for (s, w) in scores.iter_mut().zip(self.row(b)) {
            *s += w;
        }
    }
}

/// One packed table: the rows that have a non-zero weight, as codes into a
/// codebook; every other bucket's row is zero.
pub struct PackedTable<'a> {
    tags: usize,
    buckets: usize,
    table: [f32; 256],
    /// One bit per bucket: does it have a row? With `ranks` (rows before
    /// each 64-bucket word) a row is found in O(1), and most features, whose
    /// buckets have none, cost one bit test.
    present: Vec<u64>,
    ranks: Vec<u32>,
    codes: &'a [u8],
}

impl Weights for PackedTable<'_> {
    fn tags(&self) -> usize {
        self.tags
    }

    fn buckets(&self) -> usize {
        self.buckets
    }

    fn add_row(&self, b: usize, scores: &mut [f32]) {
        let (word, bit) = (b / 64, b % 64);
        let Some(&bits) = self.present.get(word) else {
            return;
        };
        if bits & 1 << bit == 0 {
            return;
        }
        let r = self.ranks[word] as usize + (bits & ((1u64 << bit) - 1)).count_ones() as usize;
        if let Some(row) = self.codes.get(r * self.tags..(r + 1) * self.tags) {
            for (s, &c) in scores.iter_mut().zip(row) {
                *s += self.table[c as usize];
            }
        }
    }
}

impl<W: Weights> Weights for &W {
    fn tags(&self) -> usize {
        (**self).tags()
    }

    fn buckets(&self) -> usize {
        (**self).buckets()
    }

    fn add_row(&self, b: usize, scores: &mut [f32]) {
        (**self).add_row(b, scores)
    }
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    bytes
        .get(at..at + 4)
        .map(|x| u32::from_le_bytes([x[0], x[1], x[2], x[3]]))
}

impl<'a> PackedTable<'a> {
    /// Parse one table at the start of `bytes`: (table, bytes after it).
    /// Layout: `u32` tags, `u32` buckets, `u32` rows, `u32` length of the
    /// bucket ids, 128 `f32` levels, the ids as LEB128 gaps (first from 0),
    /// then `rows × tags` `i8` codes.
    fn parse(bytes: &'a [u8], want_tags: usize) -> Result<(Self, &'a [u8]), String> {
        let short = || "quote model: table too short".to_string();
        let tags = u32_at(bytes, 0).ok_or_else(short)? as usize;
        let buckets = u32_at(bytes, 4).ok_or_else(short)? as usize;
        let rows = u32_at(bytes, 8).ok_or_else(short)? as usize;
        let id_len = u32_at(bytes, 12).ok_or_else(short)? as usize;
        if tags != want_tags || buckets == 0 || rows > buckets {
            return Err(format!(
                "quote model: table with {tags} tags × {buckets} buckets, expected {want_tags} tags"
            ));
        }
        let mut table = [0.0f32; 256];
        for k in 0..LEVELS {
            let level = f32::from_bits(u32_at(bytes, 16 + 4 * k).ok_or_else(short)?);
            if !level.is_finite() {
                return Err("quote model: non-finite codebook level".into());
            }
            table[k] = level;
            table[(k as u8).wrapping_neg() as usize] = -level;
        }
        let start = 16 + 4 * LEVELS;
        let id_bytes = bytes.get(start..start + id_len).ok_or_else(short)?;
        let mut ids = Vec::with_capacity(rows);
        let (mut id, mut gap, mut shift) = (0u64, 0u64, 0u32);
        for &b in id_bytes {
            gap |= u64::from(b & 0x7f) << shift.min(63);
            shift += 7;
            if b & 0x80 == 0 {
                id += gap;
                if id >= buckets as u64 || ids.len() >= rows || gap == 0 && !ids.is_empty() {
                    return Err("quote model: bucket ids out of range or order".into());
                }
                ids.push(id as u32);
                (gap, shift) = (0, 0);
            }
        }
        if ids.len() != rows {
            return Err("quote model: wrong number of bucket ids".into());
        }
        let mut present = vec![0u64; buckets.div_ceil(64)];
        for &id in &ids {
            present[id as usize / 64] |= 1 << (id % 64);
        }
        let mut ranks = Vec::with_capacity(present.len());
        let mut seen = 0u32;
        for bits in &present {
            ranks.push(seen);
            seen += bits.count_ones();
        }
        let code_start = start + id_len;
        let end = code_start + rows * tags;
        let codes = bytes.get(code_start..end).ok_or_else(short)?;
        Ok((
            PackedTable {
                tags,
                buckets,
                table,
                present,
                ranks,
                codes,
            },
            &bytes[end..],
        ))
    }

    /// The file form of one table from dense codes (`buckets × tags`).
    pub fn pack(tags: usize, buckets: usize, levels: &[f32], codes: &[i8], out: &mut Vec<u8>) {
        let rows: Vec<usize> = (0..buckets)
            .filter(|&b| codes[b * tags..(b + 1) * tags].iter().any(|&c| c != 0))
            .collect();
        let mut ids = Vec::new();
        let mut last = 0;
        for &b in &rows {
            let mut gap = b - last;
            last = b;
            loop {
                let byte = (gap & 0x7f) as u8;
                gap >>= 7;
                if gap == 0 {
                    ids.push(byte);
                    break;
                }
                ids.push(byte | 0x80);
            }
        }
        for v in [tags, buckets, rows.len(), ids.len()] {
            out.extend_from_slice(&(v as u32).to_le_bytes());
        }
        for k in 0..LEVELS {
            out.extend_from_slice(&levels.get(k).copied().unwrap_or(0.0).to_le_bytes());
        }
        out.extend_from_slice(&ids);
        for &b in &rows {
            out.extend(codes[b * tags..(b + 1) * tags].iter().map(|&c| c as u8));
        }
    }
}

/// The two packed taggers.
pub struct Model<'a> {
    pub cues: PackedTable<'a>,
    pub roles: PackedTable<'a>,
}

impl<'a> Model<'a> {
    pub fn parse(bytes: &'a [u8]) -> Result<Self, String> {
        if bytes.get(..8) != Some(MAGIC.as_slice()) {
            return Err("not a Lede quote model (bad magic)".into());
        }
        let format = u32_at(bytes, 8).unwrap_or(0);
        let features = u32_at(bytes, 12).unwrap_or(0);
        if format != FORMAT_VERSION || features != FEATURE_VERSION {
            return Err(format!(
                "quote model format {format}/{features}, expected {FORMAT_VERSION}/{FEATURE_VERSION}"
            ));
        }
        let (cues, rest) = PackedTable::parse(&bytes[16..], CUE_TAGS)?;
        let (roles, rest) = PackedTable::parse(rest, ROLE_TAGS)?;
        if !rest.is_empty() {
            return Err("quote model: trailing bytes".into());
        }
        Ok(Model { cues, roles })
    }

    /// The file header; the trainer appends the two tables with [`PackedTable::pack`].
    pub fn header() -> Vec<u8> {
        let mut out = MAGIC.to_vec();
        out.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        out.extend_from_slice(&FEATURE_VERSION.to_le_bytes());
        out
    }
}

static MODEL_BYTES: &[u8] = include_bytes!("../../models/quotes.bin");

/// The embedded model, parsed once.
pub fn model() -> Option<&'static Model<'static>> {
    static MODEL: std::sync::OnceLock<Option<Model<'static>>> = std::sync::OnceLock::new();
    MODEL
        .get_or_init(|| Model::parse(MODEL_BYTES).ok())
        .as_ref()
}

/// Add the rows of every feature to `scores`.
pub fn score<W: Weights>(weights: &W, features: &Features, scores: &mut [f32]) {
    scores.fill(0.0);
    let n = weights.buckets();
    for &h in &features.hashes {
        weights.add_row(bucket(h, n), scores);
    }
}

fn best_allowed(scores: &[f32], prev: usize, role: bool) -> usize {
    let mut best = 0;
    let mut best_score = f32::NEG_INFINITY;
    for (t, &s) in scores.iter().enumerate() {
        if allowed(prev, t, role) && s > best_score {
            best = t;
            best_score = s;
        }
    }
    best
}

/// Tag the cues of a sentence; `learn(weights, features, token, predicted)`
/// is called after every decision (the trainer updates there).
pub fn tag_cues<W: Weights>(
    weights: &mut W,
    t: &Tokens,
    mut learn: impl FnMut(&mut W, &Features, usize, usize),
) -> Vec<usize> {
    tag_cues_with_margins(weights, t, &mut learn).0
}

/// [`tag_cues`] with each token's margin of its best cue tag (B or I) over O.
pub fn tag_cues_with_margins<W: Weights>(
    weights: &mut W,
    t: &Tokens,
    mut learn: impl FnMut(&mut W, &Features, usize, usize),
) -> (Vec<usize>, Vec<f32>) {
    let mut margins = Vec::with_capacity(t.len());
    let mut f = Features::default();
    let mut scores = vec![0.0; CUE_TAGS];
    let mut tags = Vec::with_capacity(t.len());
    for k in 0..t.len() {
        let prev = if k > 0 { tags[k - 1] } else { 5 };
        cue_features(t, k, prev, &mut f);
        score(weights, &f, &mut scores);
        let tag = best_allowed(&scores, if k > 0 { prev } else { 0 }, false);
        margins.push(scores[tag.max(CUE_B)] - scores[0]);
        learn(weights, &f, k, tag);
        tags.push(tag);
    }
    (tags, margins)
}

/// How many tokens before and after its cue a source or content may reach.
/// Every cue tags only this window, so a sentence with thousands of cues (a
/// run-on line of quotes) costs linear time, not quadratic; PolNeAR has no
/// attribution this wide.
pub const ROLE_WINDOW: usize = 120;

/// The role tags of the tokens in one cue's window (see [`ROLE_WINDOW`]);
/// every token outside it is O.
pub struct RoleTags {
    /// The window's first token.
    pub from: usize,
    pub tags: Vec<usize>,
}

impl RoleTags {
    /// Sentence token ranges of the B/I runs (see [`runs`]).
    pub fn runs(&self, b: usize, i: usize) -> Vec<(usize, usize)> {
        runs(&self.tags, b, i)
            .into_iter()
            .map(|(first, last)| (first + self.from, last + self.from))
            .collect()
    }
}

/// Tag the source and content of the cue on tokens `cue.0..=cue.1`; cue
/// tokens, and tokens more than [`ROLE_WINDOW`] away, are always O.
pub fn tag_roles<W: Weights>(
    weights: &mut W,
    t: &Tokens,
    cue: (usize, usize),
    mut learn: impl FnMut(&mut W, &Features, usize, usize),
) -> RoleTags {
    let mut f = Features::default();
    let mut scores = vec![0.0; ROLE_TAGS];
    let from = cue.0.saturating_sub(ROLE_WINDOW);
    let to = (cue.1 + 1 + ROLE_WINDOW).min(t.len());
    let mut tags = vec![0; to.saturating_sub(from)];
    // The rules' reading of the same cue, if any.
    let cue_span = span_of(t, cue);
    let rule = t.rules.iter().find(|r| r.cue.overlaps(cue_span));
    // Tag `k`, or O before the window, or 5 before the sentence.
    let tag = |tags: &[usize], k: Option<usize>| match k {
        None => 5,
        Some(k) if k < from => 0,
        Some(k) => tags[k - from],
    };
    for k in from..to {
        if (cue.0..=cue.1).contains(&k) {
            continue;
        }
        let prev = tag(&tags, k.checked_sub(1));
        let prev2 = tag(&tags, k.checked_sub(2));
        role_features(t, cue, rule, k, prev, prev2, &mut f);
        score(weights, &f, &mut scores);
        let best = best_allowed(&scores, if k > 0 { prev } else { 0 }, true);
        learn(weights, &f, k, best);
        tags[k - from] = best;
    }
    RoleTags { from, tags }
}

/// Token ranges `(first, last)` of the B/I runs of `tags` (B = `b`, I = `i`).
pub fn runs(tags: &[usize], b: usize, i: usize) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (k, &tag) in tags.iter().enumerate() {
        if tag == b {
            out.push((k, k));
        } else if tag == i {
            match out.last_mut() {
                Some(run) if run.1 + 1 == k => run.1 = k,
                _ => out.push((k, k)),
            }
        }
    }
    out
}

/// One attribution the model reads: token ranges of cue, source and the
/// content's covering range.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Reading {
    pub cue: (usize, usize),
    pub source: Option<(usize, usize)>,
    pub content: (usize, usize),
    /// How far the cue's first word scored above O.
    pub margin: f32,
}

/// Every attribution the model reads in one sentence, given its cue tags and
/// margins (see [`tag_cues_with_margins`]): each cue whose margin is at least
/// `min_margin`, except those on tokens `skip` marks (a caller that will
/// drop them spares their role tagging, the costly step).
pub fn read<W: Weights>(
    roles: &W,
    t: &Tokens,
    (cue_tags, margins): (&[usize], &[f32]),
    min_margin: f32,
    skip: &[bool],
) -> Vec<Reading> {
    let mut roles = roles;
    let mut out = Vec::new();
    for cue in runs(cue_tags, CUE_B, CUE_I) {
        if margins[cue.0] < min_margin || (cue.0..=cue.1).any(|k| skip.get(k) == Some(&true)) {
            continue;
        }
        let tags = tag_roles(&mut roles, t, cue, |_, _, _, _| {});
        let content = tags.runs(CON_B, CON_I);
        let (Some(first), Some(last)) = (content.first(), content.last()) else {
            continue;
        };
        // The source nearest the cue.
        let source = tags
            .runs(SRC_B, SRC_I)
            .into_iter()
            .min_by_key(|s| s.0.abs_diff(cue.0).min(s.1.abs_diff(cue.1)));
        out.push(Reading {
            cue,
            source,
            content: (first.0, last.1),
            margin: margins[cue.0],
        });
    }
    out
}

/// Byte span of tokens `first..=last`.
pub fn span_of(t: &Tokens, (first, last): (usize, usize)) -> Span {
    Span::new(t.toks[first].span.start, t.toks[last].span.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_model_loads() {
        assert!(model().is_some(), "{:?}", Model::parse(MODEL_BYTES).err());
    }

    #[test]
    fn malformed_model_files_are_refused_not_panicked_on() {
        assert!(Model::parse(b"").is_err());
        assert!(Model::parse(b"LEDEQUO\0garbage").is_err());
        let mut bytes = Model::header();
        PackedTable::pack(CUE_TAGS, 2, &[0.0, 1.0], &[1; 6], &mut bytes);
        let mut codes = [0; 300 * ROLE_TAGS];
        codes[200 * ROLE_TAGS..201 * ROLE_TAGS].fill(-1);
        PackedTable::pack(ROLE_TAGS, 300, &[0.0, 1.0], &codes, &mut bytes);
        let model = Model::parse(&bytes).expect("a well-formed model loads");
        let mut scores = [0.0; ROLE_TAGS];
        model.roles.add_row(200, &mut scores);
        assert_eq!(scores, [-1.0; ROLE_TAGS]);
        model.roles.add_row(0, &mut scores);
        assert_eq!(scores, [-1.0; ROLE_TAGS], "an empty row adds nothing");
        bytes.pop();
        assert!(Model::parse(&bytes).is_err());
    }

    #[test]
    fn runs_join_b_and_i_tags() {
        let tags = [0, CON_B, CON_I, 0, CON_I, SRC_B, CON_B];
        assert_eq!(runs(&tags, CON_B, CON_I), vec![(1, 2), (4, 4), (6, 6)]);
    }
}
