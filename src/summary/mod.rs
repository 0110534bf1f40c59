//! The extractive summary: which body sentences to show, and why.
//!
//! Each candidate sentence gets a weighted sum of signals (position in the
//! article, directed centrality, word-overlap coverage, length, entity and
//! quote signals; see [`signals`]), then sentences are picked greedily by
//! maximal marginal relevance (score minus similarity to what is already
//! chosen; a near-duplicate of a chosen sentence is skipped) and shown in
//! document order. Every signal is linear in the text
//! (the selection is a lazy greedy), so a book-length text costs little more
//! than splitting it into sentences.
//!
//! The weights were learned on BBC extracts only (see [`Weights`]); there the
//! position prior turned out weak and centrality and coverage strong, so the
//! summary reads as "the sentences the article keeps coming back to", with
//! the lede usually among them.
//!
//! A "sentence" longer than `length_cap` words is, in plain-text copies of
//! news pages, usually several run together (photo captions written without
//! a full stop, a fact box, a list), and every content signal grows with
//! length, so such a run-on would win on size alone. Its content signals are
//! therefore scaled by `length_cap / words`: it counts as one cap-length
//! sentence of the same density. Real sentences are rarely that long (1 in
//! 1,000 BBC sentences is over 50 words), so the rule costs nothing there.
//!
//! Headline and standfirst are offered separately as the gist; boilerplate
//! (by layout in the text layer, by shape in [`furniture`]) is never a
//! candidate. Weights are plain numbers in [`Weights`], learned offline.
//!
//! A chosen sentence is shown without the wire dateline that opens it
//! ("BERLIN, June 4 (Reuters) - ", see [`crate::text::dateline_end`]): the
//! dateline says where the story was filed, and reads as noise out of place.
//! Selection still sees the whole sentence.

mod furniture;
pub mod signals;
mod terms;
mod weights;

pub use furniture::is_furniture;
pub use signals::Signals;
pub use weights::Weights;

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use crate::analysis::{
    Cluster, Entity, EntityLabel, Quote, Sentence, SentenceId, SentenceKind, Span, Summary,
    SummaryLength,
};

/// How many sentences to pick from `body` candidates.
pub fn target_len(length: SummaryLength, body: usize) -> usize {
    let n = match length {
        // 3 for short articles, one more for every 15 sentences beyond 30.
        SummaryLength::Auto => 3 + body.saturating_sub(30) / 15,
        SummaryLength::Sentences(n) => n,
        SummaryLength::Percent(p) => (body * usize::from(p.min(100))).div_ceil(100).max(1),
    };
    n.min(body)
}

/// Body sentences that may enter the summary: not headline, standfirst,
/// boilerplate, furniture or a question. If no sentence reads as prose, every body
/// sentence with a letter or digit is a candidate, so a short note still
/// gets a summary.
pub fn candidates(text: &str, sentences: &[Sentence]) -> Vec<SentenceId> {
    let body: Vec<SentenceId> = (0..sentences.len())
        .filter(|&i| {
            sentences[i].kind == SentenceKind::Body
                && sentences[i]
                    .span
                    .slice(text)
                    .chars()
                    .any(char::is_alphanumeric)
        })
        .collect();
    let prose: Vec<SentenceId> = body
        .iter()
        .copied()
        .filter(|&i| {
            let s = sentences[i].span.slice(text);
            !is_furniture(s) && !is_question(s)
        })
        .collect();
    if prose.is_empty() {
        body
    } else {
        prose
    }
}

/// A question ("Will it survive?", an interviewer's) states nothing to
/// summarise.
fn is_question(sentence: &str) -> bool {
    sentence
        .trim_end_matches(|c: char| c.is_whitespace() || "\"'”’)".contains(c))
        .ends_with('?')
}

/// The signals of the candidate sentences `ids`.
pub fn candidate_signals(
    text: &str,
    sentences: &[Sentence],
    ids: &[SentenceId],
    entities: &[Entity],
    clusters: &[Cluster],
    quotes: &[Quote],
) -> Signals {
    let spans: Vec<Span> = ids.iter().map(|&i| sentences[i].span).collect();
    signals::compute(text, &spans, entities, clusters, quotes)
}

/// The score of every candidate before redundancy is taken into account.
pub fn scores(signals: &Signals, w: &Weights) -> Vec<f32> {
    (0..signals.len())
        .map(|i| {
            let lead = (1.0 + signals.lead_rank[i] as f32).powf(-w.lead_decay);
            let words = signals.words[i] as f32;
            let length = words.min(w.length_cap) / w.length_cap.max(1.0);
            // A "sentence" longer than the cap is usually several glued
            // together (a list or a caption run into the next sentence), so
            // its content counts as that of one cap-length sentence.
            let run_on = (w.length_cap / words.max(1.0)).min(1.0);
            w.lead * lead
                + run_on
                    * (w.ahead * signals.ahead[i]
                        + w.behind * signals.behind[i]
                        + w.lede * signals.lede[i]
                        + w.length * length
                        + w.coverage * signals.coverage[i]
                        + w.entities * signals.entities[i])
                + w.main_speaker * signals.main_speaker[i]
                + w.direct_quote * signals.direct_quote[i]
                + w.reported_speech * signals.reported_speech[i]
        })
        .collect()
}

/// A candidate whose terms overlap a chosen sentence's more than this
/// (cosine) repeats it, and is chosen only when no other is left: a
/// standfirst restated by the lede, a caption repeated in the body.
const NEAR_DUPLICATE: f32 = 0.5;

/// Pick `n` candidates by maximal marginal relevance; indices into the
/// candidates, in document order.
pub fn select(signals: &Signals, scores: &[f32], w: &Weights, n: usize) -> Vec<usize> {
    // Lazy greedy: a candidate's marginal value only falls as sentences are
    // chosen (the penalty is non-negative), so a value computed against the
    // first k chosen sentences bounds the true one. Only the top of the heap
    // is brought up to date, which keeps long texts fast.
    let redundancy = w.redundancy.max(0.0);
    let m = signals.len();
    let n = n.min(m);
    let mut chosen: Vec<usize> = Vec::with_capacity(n);
    // Highest cosine of each candidate with the chosen sentences it was checked against.
    let mut overlap = vec![0.0f32; m];
    // Near-duplicates of chosen sentences, set aside.
    let mut repeats: Vec<Ranked> = Vec::new();
    let mut heap: BinaryHeap<Ranked> = (0..m)
        .map(|i| Ranked {
            value: scores[i],
            index: i,
            checked: 0,
        })
        .collect();
    while chosen.len() < n {
        let Some(mut top) = heap.pop() else { break };
        if top.checked == chosen.len() {
            chosen.push(top.index);
            continue;
        }
        let i = top.index;
        for &c in &chosen[top.checked..] {
            overlap[i] = overlap[i].max(terms::cosine(&signals.vectors[i], &signals.vectors[c]));
        }
        top.checked = chosen.len();
        top.value = scores[i] - redundancy * overlap[i];
        if overlap[i] > NEAR_DUPLICATE {
            repeats.push(top);
            continue;
        }
        heap.push(top);
    }
    // Repeats only when nothing else is left (a length asked for by the reader).
    repeats.sort_unstable_by(|a, b| b.cmp(a));
    let missing = n.saturating_sub(chosen.len());
    chosen.extend(repeats.iter().take(missing).map(|r| r.index));
    chosen.sort_unstable();
    chosen
}

/// A candidate in the selection heap: higher value first, then earlier
/// sentence first.
struct Ranked {
    value: f32,
    index: usize,
    /// How many chosen sentences `value` accounts for.
    checked: usize,
}

impl PartialEq for Ranked {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Ranked {}

impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Ranked {
    fn cmp(&self, other: &Self) -> Ordering {
        self.value
            .total_cmp(&other.value)
            .then_with(|| other.index.cmp(&self.index))
    }
}

/// The summary of an analysed text with the default weights.
pub fn summarise(
    text: &str,
    sentences: &[Sentence],
    entities: &[Entity],
    clusters: &[Cluster],
    quotes: &[Quote],
    length: SummaryLength,
) -> Summary {
    summarise_with(
        text,
        sentences,
        entities,
        clusters,
        quotes,
        length,
        &Weights::default(),
    )
}

/// The summary of an analysed text with the given weights.
pub fn summarise_with(
    text: &str,
    sentences: &[Sentence],
    entities: &[Entity],
    clusters: &[Cluster],
    quotes: &[Quote],
    length: SummaryLength,
    weights: &Weights,
) -> Summary {
    let ids = candidates(text, sentences);
    let signals = candidate_signals(text, sentences, &ids, entities, clusters, quotes);
    let candidate_scores = scores(&signals, weights);
    let n = target_len(length, ids.len());
    let chosen = select(&signals, &candidate_scores, weights, n);
    // Scores shown to people: candidates in (0, 1], everything else 0.
    let lo = candidate_scores
        .iter()
        .copied()
        .fold(f32::INFINITY, f32::min);
    let hi = candidate_scores
        .iter()
        .copied()
        .fold(f32::NEG_INFINITY, f32::max);
    let mut shown_scores = vec![0.0f32; sentences.len()];
    for (k, &i) in ids.iter().enumerate() {
        shown_scores[i] = if hi > lo {
            0.05 + 0.95 * (candidate_scores[k] - lo) / (hi - lo)
        } else {
            1.0
        };
    }
    let gist = (0..sentences.len())
        .filter(|&i| {
            matches!(
                sentences[i].kind,
                SentenceKind::Headline | SentenceKind::Standfirst
            )
        })
        .collect();
    let chosen: Vec<SentenceId> = chosen.into_iter().map(|k| ids[k]).collect();
    let first_body = sentences.iter().position(|s| s.kind == SentenceKind::Body);
    Summary {
        spans: chosen
            .iter()
            .map(|&i| without_dateline(text, sentences, i, first_body == Some(i), entities))
            .collect(),
        sentences: chosen,
        scores: shown_scores,
        gist,
    }
}

/// The span of sentence `i` after a wire dateline that opens it: a dash
/// dateline at the start of a paragraph, or an Indian-style "Place:" that
/// opens the body (the place must be tagged as one).
fn without_dateline(
    text: &str,
    sentences: &[Sentence],
    i: SentenceId,
    opens_body: bool,
    entities: &[Entity],
) -> Span {
    let span = sentences[i].span;
    let opens_paragraph = i == 0 || sentences[i - 1].paragraph != sentences[i].paragraph;
    if !opens_paragraph {
        return span;
    }
    let toks = crate::text::tokens(text, span);
    let mut n = crate::text::dateline_end(text, &toks);
    if n == 0 && opens_body {
        n = crate::text::colon_dateline_end(text, &toks);
        let names_place = n > 0 && {
            let dateline = Span::new(span.start, toks[n - 1].span.end);
            entities
                .iter()
                .any(|e| e.label == EntityLabel::Loc && dateline.contains(e.span))
        };
        if !names_place {
            n = 0;
        }
    }
    match toks.get(n) {
        Some(t) if n > 0 => Span::new(t.span.start, span.end),
        _ => span,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_settings() {
        assert_eq!(target_len(SummaryLength::Auto, 2), 2);
        assert_eq!(target_len(SummaryLength::Auto, 20), 3);
        assert_eq!(target_len(SummaryLength::Auto, 60), 5);
        assert_eq!(target_len(SummaryLength::Sentences(7), 5), 5);
        assert_eq!(target_len(SummaryLength::Percent(10), 25), 3);
        assert_eq!(target_len(SummaryLength::Percent(0), 25), 1);
    }
}
