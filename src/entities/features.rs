//! Feature extraction for the name tagger, shared by the runtime and the
//! trainer so both see exactly the same features.
//!
//! Features are strings in spirit ("word=Putin", "prev-tag=B-PER") but never
//! built as strings: each is an FNV-1a hash of a template number and its
//! parts, folded into the model's bucket count. Besides the usual local
//! features (word, shape, affixes, a ±2 window, previous tags, gazetteer
//! matches) there are document-level ones in the style of Ratinov & Roth
//! (2009): whether the word appears lower-case or capitalised mid-sentence
//! elsewhere in the article, and which type the tagger gave the same word
//! earlier in the article (its "prediction history").

use std::collections::{HashMap, HashSet};

use super::Lexicon;
use crate::analysis::Span;
use crate::fnv::{fnv, OFFSET as FNV_OFFSET};
use crate::text::tokens;

/// Tags: 0 is outside; then, per type (PER, ORG, LOC, MISC), the BILOU
/// positions begin, inside, last, unit.
pub const N_TAGS: usize = 17;
pub const N_TYPES: usize = 4;
pub const TYPE_NAMES: [&str; N_TYPES] = ["PER", "ORG", "LOC", "MISC"];
/// A tag index as the "previous tag" of the first token.
pub const START_TAG: usize = N_TAGS;

pub const fn tag_type(tag: usize) -> Option<usize> {
    if tag == 0 || tag >= N_TAGS {
        None
    } else {
        Some((tag - 1) / 4)
    }
}

/// 0 begin, 1 inside, 2 last, 3 unit.
pub const fn tag_position(tag: usize) -> usize {
    (tag.wrapping_sub(1)) % 4
}

pub const fn make_tag(ty: usize, position: usize) -> usize {
    1 + ty * 4 + position
}

/// The word as the tagger sees it: typographic quotes and apostrophes made
/// straight, as in CoNLL's Reuters text.
pub fn normalise(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            '’' | 'ʼ' | '‘' | '′' => '\'',
            '“' | '”' | '„' | '«' | '»' | '″' => '"',
            c => c,
        })
        .collect()
}

/// Where a possessive ending starts ("Ukraine’s" → 7, "Reuters’" → 7), if
/// the word has one. The tagger sees it as a token of its own, as CoNLL
/// writes it ("Ukraine 's"); the runtime tokeniser keeps it on the word.
pub fn possessive_start(word: &str) -> Option<usize> {
    let apostrophe = |c: char| matches!(c, '\'' | '’' | 'ʼ');
    let mut rev = word.char_indices().rev();
    let (last_at, last) = rev.next()?;
    let stem_end = if matches!(last, 's' | 'S') {
        let (at, c) = rev.next()?;
        apostrophe(c).then_some(at)?
    } else if apostrophe(last) {
        let (_, c) = rev.next()?;
        matches!(c, 's' | 'S').then_some(last_at)?
    } else {
        return None;
    };
    // A stem of at least two letters ("'s" alone, "I's" are not possessives).
    (word[..stem_end]
        .chars()
        .filter(|c| c.is_alphanumeric())
        .count()
        >= 2)
        .then_some(stem_end)
}

/// "Xxxx" → "Xx", "U.S." → "X.X.", "1996-08-22" → "d-d-d": character
/// classes with runs collapsed.
pub fn shape(word: &str) -> String {
    let mut out = String::new();
    let mut last = None;
    for c in word.chars() {
        let k = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_numeric() {
            'd'
        } else if c.is_alphabetic() {
            'a'
        } else {
            c
        };
        if last != Some(k) {
            out.push(k);
            last = Some(k);
        }
        if out.len() > 12 {
            break;
        }
    }
    out
}

pub(crate) fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn is_lowercase_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
}

/// One sentence's tokens as the tagger sees them.
#[derive(Clone)]
pub struct SentenceView {
    /// Byte spans of the tokens in the text.
    pub spans: Vec<Span>,
    pub words: Vec<String>,
    pub lower: Vec<String>,
    pub shapes: Vec<String>,
    /// Gazetteer bits per token (see [`super::gazetteer::Gazetteer::matches`]).
    pub gazetteer: Vec<u64>,
    /// Word class per token (see [`super::word_classes`]).
    pub classes: Vec<Option<u16>>,
    /// Most letters are capitals: a headline; case tells little here.
    pub all_caps: bool,
    /// Several numbers and no lower-case word: a results table row
    /// ("Leeds 2 Chelsea 1"), where names are mostly teams.
    pub table_row: bool,
    /// Per token: the word is capitalised and its lower-case form is a
    /// known common word ("The", "Will", "Bill").
    pub common_lower: Vec<bool>,
    /// Index of the first word token (sentence-initial capitals mean little).
    pub first_word: usize,
    /// Per token: leave out the features that name the word itself. Never
    /// set at run time; the trainer sets it on a random share of capitalised
    /// words ("word dropout"), so the model also learns to tell names by
    /// their lists, classes, shape and context, as it must for names it has
    /// never seen.
    pub hidden: Vec<bool>,
}

impl SentenceView {
    pub fn new(text: &str, span: Span, lexicon: &Lexicon) -> Self {
        let mut spans: Vec<Span> = Vec::new();
        for t in tokens(text, span) {
            match possessive_start(t.span.slice(text)) {
                Some(k) => {
                    spans.push(Span::new(t.span.start, t.span.start + k));
                    spans.push(Span::new(t.span.start + k, t.span.end));
                }
                None => spans.push(t.span),
            }
        }
        let words: Vec<String> = spans.iter().map(|s| normalise(s.slice(text))).collect();
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let shapes = words.iter().map(|w| shape(w)).collect();
        let gaz = lexicon.gazetteer.matches(&lower);
        let classes = words
            .iter()
            .zip(&lower)
            .map(|(w, l)| lexicon.classes.class(w, l))
            .collect();
        let (mut upper, mut letters) = (0usize, 0usize);
        for c in words
            .iter()
            .flat_map(|w| w.chars())
            .filter(|c| c.is_alphabetic())
        {
            letters += 1;
            upper += usize::from(c.is_uppercase());
        }
        let all_caps = letters >= 6 && upper * 10 >= letters * 8;
        let numbers = words
            .iter()
            .filter(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()))
            .count();
        let table_row = numbers >= 2 && !words.iter().any(|w| is_lowercase_word(w) && w.len() > 2);
        let common_lower = words
            .iter()
            .zip(&lower)
            .map(|(w, l)| w != l && lexicon.classes.exact(l).is_some())
            .collect();
        let first_word = words
            .iter()
            .position(|w| w.chars().next().is_some_and(char::is_alphanumeric))
            .unwrap_or(0);
        SentenceView {
            spans,
            words,
            lower,
            shapes,
            gazetteer: gaz,
            classes,
            all_caps,
            table_row,
            common_lower,
            first_word,
            hidden: Vec::new(),
        }
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// What the rest of the article says about each word.
#[derive(Default)]
pub struct DocContext {
    /// Lower-case forms seen written in lower case.
    seen_lower: HashSet<String>,
    /// Lower-case forms seen capitalised, not sentence-initial, outside headlines.
    seen_capitalised_mid: HashSet<String>,
    /// Per lower-case form, how often the tagger gave it each type (and O,
    /// counted for capitalised words only) earlier in the article.
    history: HashMap<String, [u16; N_TYPES + 1]>,
    /// Per lower-case form of a capitalised word: the words just before and
    /// after its mentions in the article (first [`MAX_CONTEXTS`] distinct),
    /// so "Pirelli shares" informs "giant Pirelli" (Ratinov & Roth's
    /// context aggregation).
    contexts: HashMap<String, Vec<(String, String)>>,
}

/// Lower-case words that join capitalised words into one name.
const CONNECTORS: &[&str] = &[
    "of", "and", "&", "for", "the", "de", "der", "von", "van", "la", "le", "du", "del", "da", "di",
    "on", "upon", "al", "el", "bin",
];

/// Distinct neighbour pairs kept per word for context aggregation.
const MAX_CONTEXTS: usize = 6;

/// The history slot a tag counts in: its type, or O for capitalised words.
fn history_slot(sentence: &SentenceView, i: usize, tag: usize) -> Option<usize> {
    if !sentence.lower[i]
        .chars()
        .next()
        .is_some_and(char::is_alphabetic)
    {
        return None;
    }
    match tag_type(tag) {
        Some(t) => Some(t),
        None => is_capitalised(&sentence.words[i]).then_some(N_TYPES),
    }
}

fn majority(counts: &[u16; N_TYPES + 1]) -> Option<usize> {
    let (best, &n) = counts
        .iter()
        .enumerate()
        .max_by_key(|&(k, &n)| (n, std::cmp::Reverse(k)))?;
    (n > 0).then_some(best)
}

impl DocContext {
    pub fn new(sentences: &[SentenceView]) -> Self {
        let mut cx = DocContext::default();
        for s in sentences {
            for (i, w) in s.words.iter().enumerate() {
                if is_lowercase_word(w) {
                    cx.seen_lower.insert(s.lower[i].clone());
                } else if is_capitalised(w) && i != s.first_word && !s.all_caps {
                    cx.seen_capitalised_mid.insert(s.lower[i].clone());
                }
                if is_capitalised(w) && !s.all_caps {
                    let before = if i > 0 {
                        s.lower[i - 1].as_str()
                    } else {
                        "<s>"
                    };
                    let after = s.lower.get(i + 1).map_or("</s>", String::as_str);
                    let seen = cx.contexts.entry(s.lower[i].clone()).or_default();
                    if seen.len() < MAX_CONTEXTS
                        && !seen.iter().any(|(b, a)| b == before && a == after)
                    {
                        seen.push((before.to_owned(), after.to_owned()));
                    }
                }
            }
        }
        cx
    }

    /// Record the tags the tagger gave a sentence, for later sentences.
    pub fn remember(&mut self, sentence: &SentenceView, tags: &[usize]) {
        for (i, &tag) in tags.iter().enumerate() {
            if let Some(slot) = history_slot(sentence, i, tag) {
                let counts = self
                    .history
                    .entry(sentence.lower[i].clone())
                    .or_insert([0; N_TYPES + 1]);
                counts[slot] = counts[slot].saturating_add(1);
            }
        }
    }

    fn history_of(&self, lower: &str) -> Option<usize> {
        majority(self.history.get(lower)?)
    }
}

/// Where token `i` sits in the run of tokens `first..end`.
fn run_place(i: usize, first: usize, end: usize) -> &'static str {
    match (i == first, i + 1 == end) {
        (true, true) => "unit",
        (true, false) => "first",
        (false, true) => "last",
        (false, false) => "inside",
    }
}

/// Collects feature hashes for one token.
pub struct Features {
    pub hashes: Vec<u64>,
}

impl Default for Features {
    fn default() -> Self {
        Features {
            hashes: Vec::with_capacity(64),
        }
    }
}

impl Features {
    fn add(&mut self, template: u8, parts: &[&str]) {
        let mut h = fnv(FNV_OFFSET, &[template]);
        for p in parts {
            h = fnv(h, p.as_bytes());
            h = fnv(h, &[0xff]);
        }
        self.hashes.push(h);
    }

    /// Like [`Features::add`], with word classes as parts (after the strings).
    fn add_classes(&mut self, template: u8, classes: &[u16], parts: &[&str]) {
        let mut h = fnv(FNV_OFFSET, &[template]);
        for c in classes {
            h = fnv(h, &c.to_le_bytes());
        }
        for p in parts {
            h = fnv(h, p.as_bytes());
            h = fnv(h, &[0xff]);
        }
        self.hashes.push(h);
    }

    /// All features of token `i`, given the two previous tags.
    pub fn extract(
        &mut self,
        s: &SentenceView,
        i: usize,
        prev: usize,
        prev2: usize,
        doc: &DocContext,
    ) {
        self.extract_static(s, i, doc);
        self.add_previous(s, i, prev, prev2, doc);
    }

    /// Only the features of token `i` that involve the previous tags.
    pub fn extract_previous(
        &mut self,
        s: &SentenceView,
        i: usize,
        prev: usize,
        prev2: usize,
        doc: &DocContext,
    ) {
        self.hashes.clear();
        self.add_previous(s, i, prev, prev2, doc);
    }

    fn add_previous(
        &mut self,
        s: &SentenceView,
        i: usize,
        prev: usize,
        prev2: usize,
        doc: &DocContext,
    ) {
        let tag_names = |t: usize| TAG_NAMES.get(t).copied().unwrap_or("START");
        let lower = s.lower[i].as_str();
        let hidden = s.hidden.get(i).copied().unwrap_or(false);
        let word_id = if hidden { "<hidden>" } else { lower };
        let history = doc.history_of(lower).map_or("none", |t| HISTORY_NAMES[t]);
        self.add(20, &[tag_names(prev)]);
        self.add(21, &[tag_names(prev2), tag_names(prev)]);
        self.add(22, &[tag_names(prev), word_id]);
        self.add(33, &[history, tag_names(prev)]);
    }

    /// The features of token `i` that do not involve the previous tags.
    pub fn extract_static(&mut self, s: &SentenceView, i: usize, doc: &DocContext) {
        self.hashes.clear();
        let word = |k: isize| -> &str {
            let j = i as isize + k;
            if j < 0 {
                "<s>"
            } else {
                s.lower.get(j as usize).map_or("</s>", String::as_str)
            }
        };
        let shape_at = |k: isize| -> &str {
            let j = i as isize + k;
            if j < 0 {
                "<s>"
            } else {
                s.shapes.get(j as usize).map_or("</s>", String::as_str)
            }
        };
        let w = s.words[i].as_str();
        let lower = s.lower[i].as_str();
        let shp = s.shapes[i].as_str();
        let caps = if s.all_caps { "C" } else { "c" };
        let hidden = s.hidden.get(i).copied().unwrap_or(false);
        // What a hidden word shows in place of itself.
        let word_id = if hidden { "<hidden>" } else { lower };
        self.add(0, &[]);
        if !s.all_caps && !hidden {
            self.add(1, &[w]);
        }
        self.add(2, &[word_id]);
        self.add(3, &[shp, caps]);
        let chars: Vec<(usize, char)> = lower.char_indices().collect();
        for n in 1..=4.min(chars.len()) {
            let cut = chars.get(n).map_or(lower.len(), |&(b, _)| b);
            self.add(3 + n as u8, &[&lower[..cut]]);
            let from = chars[chars.len() - n].0;
            self.add(7 + n as u8, &[&lower[from..]]);
        }
        self.add(12, &[word(-1)]);
        self.add(13, &[word(1)]);
        self.add(14, &[word(-2)]);
        self.add(15, &[word(2)]);
        self.add(16, &[shape_at(-1), caps]);
        self.add(17, &[shape_at(1), caps]);
        self.add(18, &[word(-1), word_id]);
        self.add(19, &[word_id, word(1)]);
        self.add(23, &[shape_at(-1), shp, shape_at(1), caps]);
        for (template, bits) in [
            (24u8, s.gazetteer[i]),
            (25, if i > 0 { s.gazetteer[i - 1] } else { 0 }),
            (26, s.gazetteer.get(i + 1).copied().unwrap_or(0)),
        ] {
            for b in (0..GAZ_BIT_NAMES.len()).filter(|&b| bits & 1 << b != 0) {
                let bit = GAZ_BIT_NAMES[b];
                self.add(template, &[bit]);
                if template == 24 {
                    self.add(27, &[bit, shp, caps]);
                }
            }
        }
        if i == s.first_word {
            self.add(28, &[shp, caps]);
        }
        // Document-level: how the same word is written and tagged elsewhere.
        let seen_lower = doc.seen_lower.contains(lower);
        let seen_capitalised = doc.seen_capitalised_mid.contains(lower);
        let case_elsewhere = match (seen_lower, seen_capitalised) {
            (true, true) => "both",
            (true, false) => "lower",
            (false, true) => "capitalised",
            (false, false) => "none",
        };
        self.add(
            30,
            &[
                case_elsewhere,
                shp,
                caps,
                if i == s.first_word { "first" } else { "mid" },
            ],
        );
        let history = doc.history_of(lower).map_or("none", |t| HISTORY_NAMES[t]);
        self.add(31, &[history]);
        self.add(32, &[history, shp, caps]);
        self.add(34, &[word(-1), shp]);
        // The run of capitalised words around the token: its length, the
        // token's place in it, and (for runs of two or more) the run itself.
        if is_capitalised(w) && !s.all_caps {
            let capitalised = |k: usize| is_capitalised(&s.words[k]);
            let mut first = i;
            while first > 0 && capitalised(first - 1) {
                first -= 1;
            }
            let mut end = i + 1;
            while end < s.len() && capitalised(end) {
                end += 1;
            }
            let len = ["1", "2", "3", "4+"][(end - first).min(4) - 1];
            let place = run_place(i, first, end);
            self.add(58, &[len, place]);
            self.add(
                59,
                &[
                    len,
                    place,
                    if first == s.first_word {
                        "initial"
                    } else {
                        "mid"
                    },
                ],
            );
            if end - first >= 2 && end - first <= 6 && !hidden {
                let mut h = fnv(FNV_OFFSET, &[60]);
                for k in first..end {
                    h = fnv(h, s.lower[k].as_bytes());
                    h = fnv(h, &[0xff]);
                }
                h = fnv(h, place.as_bytes());
                self.hashes.push(h);
            }
            // The same run bridged over connecting words ("Bank of England",
            // "Test and County Cricket Board").
            let bridge = |k: usize, step: isize| {
                let j = k as isize + step;
                CONNECTORS.contains(&s.lower[k].as_str())
                    && j >= 0
                    && (j as usize) < s.len()
                    && capitalised(j as usize)
            };
            let mut wide_first = first;
            while wide_first > 1 && bridge(wide_first - 1, -1) {
                wide_first -= 2;
                while wide_first > 0 && capitalised(wide_first - 1) {
                    wide_first -= 1;
                }
            }
            let mut wide_end = end;
            while wide_end + 1 < s.len() && bridge(wide_end, 1) {
                wide_end += 2;
                while wide_end < s.len() && capitalised(wide_end) {
                    wide_end += 1;
                }
            }
            if (wide_first, wide_end) != (first, end) {
                let wide_len = ["1", "2", "3", "4", "5+"][(wide_end - wide_first).min(5) - 1];
                let wide_place = run_place(i, wide_first, wide_end);
                self.add(61, &[wide_len, wide_place]);
            }
        }
        if s.table_row {
            self.add(45, &[shp, shape_at(1)]);
            self.add(46, &[word_id]);
        }
        if s.common_lower[i] {
            self.add(47, &[if i == s.first_word { "first" } else { "mid" }, caps]);
        }
        // Word classes of the window (distributional similarity).
        let class_at = |k: isize| -> u16 {
            let j = i as isize + k;
            if j < 0 || j as usize >= s.len() {
                u16::MAX - 1
            } else {
                s.classes[j as usize].unwrap_or(u16::MAX)
            }
        };
        let (c0, cp, cn) = (class_at(0), class_at(-1), class_at(1));
        self.add_classes(36, &[c0], &[]);
        self.add_classes(37, &[cp], &[]);
        self.add_classes(38, &[cn], &[]);
        self.add_classes(39, &[c0], &[shp, caps]);
        self.add_classes(40, &[cp, c0], &[]);
        self.add_classes(41, &[c0, cn], &[]);
        self.add_classes(62, &[cp, c0, cn], &[]);
        self.add_classes(63, &[class_at(-2)], &[]);
        self.add_classes(64, &[class_at(2)], &[]);
        if i > 0 && i + 1 < s.len() {
            self.add(35, &[word(-1), word(1)]);
        }
        // Context aggregation: neighbours of the word's other mentions.
        if is_capitalised(w) {
            if let Some(contexts) = doc.contexts.get(lower) {
                for (before, after) in contexts {
                    if before != word(-1) {
                        self.add(50, &[before]);
                    }
                    if after != word(1) {
                        self.add(51, &[after]);
                    }
                }
            }
        }
    }
}

pub const TAG_NAMES: [&str; N_TAGS] = [
    "O", "B-PER", "I-PER", "L-PER", "U-PER", "B-ORG", "I-ORG", "L-ORG", "U-ORG", "B-LOC", "I-LOC",
    "L-LOC", "U-LOC", "B-MISC", "I-MISC", "L-MISC", "U-MISC",
];

const HISTORY_NAMES: [&str; N_TYPES + 1] = ["PER", "ORG", "LOC", "MISC", "O"];

const GAZ_BIT_NAMES: [&str; 52] = [
    "f-B", "f-I", "f-L", "f-U", "l-B", "l-I", "l-L", "l-U", "c-B", "c-I", "c-L", "c-U", "r-B",
    "r-I", "r-L", "r-U", "n-B", "n-I", "n-L", "n-U", "o-B", "o-I", "o-L", "o-U", "u-B", "u-I",
    "u-L", "u-U", "g-B", "g-I", "g-L", "g-U", "t-B", "t-I", "t-L", "t-U", "p-B", "p-I", "p-L",
    "p-U", "w-B", "w-I", "w-L", "w-U", "k-B", "k-I", "k-L", "k-U", "s-B", "s-I", "s-L", "s-U",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn other_mentions_lend_their_neighbours_to_a_word() {
        let lexicon = Lexicon {
            gazetteer: super::super::gazetteer::Gazetteer::parse(""),
            classes: super::super::word_classes::WordClasses::parse(""),
        };
        let text =
            "Italian tyre giant Pirelli on Friday announced a venture.\nPirelli shares rose.";
        let views: Vec<SentenceView> = crate::text::sentences(text)
            .iter()
            .map(|s| SentenceView::new(text, s.span, &lexicon))
            .collect();
        let doc = DocContext::new(&views);
        let contexts = &doc.contexts["pirelli"];
        assert!(contexts.contains(&("giant".to_owned(), "on".to_owned())));
        assert!(contexts.contains(&("<s>".to_owned(), "shares".to_owned())));
        let mut features = Features::default();
        features.extract(&views[0], 3, 0, 0, &doc);
        let with = features.hashes.len();
        features.extract(&views[0], 3, 0, 0, &DocContext::new(&views[..1]));
        assert_eq!(
            with,
            features.hashes.len() + 2,
            "\"<s>\" and \"shares\" are added"
        );
    }

    #[test]
    fn possessives_are_split_off_as_conll_writes_them() {
        assert_eq!(possessive_start("Ukraine’s"), Some(7));
        assert_eq!(possessive_start("Reuters'"), Some(7));
        assert_eq!(possessive_start("Putin's"), Some(5));
        assert_eq!(possessive_start("'s"), None);
        assert_eq!(possessive_start("n't"), None);
        assert_eq!(possessive_start("says"), None);
        assert_eq!(normalise("Ukraine’s"), "Ukraine's");
    }

    #[test]
    fn shapes_collapse_character_classes() {
        assert_eq!(shape("Putin"), "Xx");
        assert_eq!(shape("U.S."), "X.X.");
        assert_eq!(shape("1996-08-22"), "d-d-d");
    }

    #[test]
    fn tags_round_trip_types_and_positions() {
        for (ty, name) in TYPE_NAMES.iter().enumerate() {
            for pos in 0..4 {
                let t = make_tag(ty, pos);
                assert_eq!(tag_type(t), Some(ty));
                assert_eq!(tag_position(t), pos);
                assert!(TAG_NAMES[t].ends_with(name));
            }
        }
        assert_eq!(tag_type(0), None);
    }
}
