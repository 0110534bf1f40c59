//! Per-sentence signals the score is made of, each scaled to 0..1 within the
//! article so that one set of weights fits short and long articles alike.
//!
//! * `lead`: news puts the essentials first; `1 / (1 + rank)^decay` over the
//!   candidate sentences in order.
//! * `ahead` / `behind`: PacSum-style directed centrality, the summed cosine
//!   with the sentences after / before this one. A lead sentence is
//!   elaborated by what follows it, so the two directions get separate
//!   weights.
//! * `lede`: cosine with the first candidate sentence (1 for the lede
//!   itself). News writes the lede as the story in one sentence, so the
//!   sentences that share its words carry the story rather than background.
//! * `length`: word count up to a cap; fragments carry little content.
//! * `coverage`: how many of the article's other sentences share each of
//!   this sentence's content words (TextRank's word-overlap centrality
//!   without its length normalisation: long sentences that repeat the
//!   article's vocabulary score high).
//! * `entities`: how much of the article's naming (mentions of its main
//!   entity clusters) the sentence carries.
//! * `main_speaker`: the sentence holds a statement of the most quoted speaker.
//! * `direct_quote` / `reported_speech`: it holds words in quotation marks /
//!   reported speech ("X said that …"); news summaries report more than
//!   they quote.

use crate::analysis::{Cluster, Entity, Quote, QuoteKind, Span};

use super::terms::{self, TermVector};

/// The signals of the candidate sentences of one article, and what the
/// selection needs to avoid repeating itself.
#[derive(Clone, Debug, Default)]
pub struct Signals {
    pub lead_rank: Vec<usize>,
    pub ahead: Vec<f32>,
    pub behind: Vec<f32>,
    pub lede: Vec<f32>,
    pub words: Vec<usize>,
    pub coverage: Vec<f32>,
    pub entities: Vec<f32>,
    pub main_speaker: Vec<f32>,
    pub direct_quote: Vec<f32>,
    pub reported_speech: Vec<f32>,
    pub vectors: Vec<TermVector>,
}

impl Signals {
    pub fn len(&self) -> usize {
        self.lead_rank.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lead_rank.is_empty()
    }
}

/// Divide by the largest value, so the signal spans 0..1.
fn scale_to_max(values: &mut [f32]) {
    let max = values.iter().copied().fold(0.0f32, f32::max);
    if max > 0.0 {
        values.iter_mut().for_each(|v| *v /= max);
    }
}

/// For each span, the sum of `weight(item)` over items whose span lies in it.
/// Both lists must be in text order.
fn sum_inside<T>(
    spans: &[Span],
    items: &[T],
    span_of: impl Fn(&T) -> Span,
    weight: impl Fn(&T) -> f32,
) -> Vec<f32> {
    let mut out = vec![0.0; spans.len()];
    let mut j = 0;
    for (i, span) in spans.iter().enumerate() {
        while j < items.len() && span_of(&items[j]).end <= span.start {
            j += 1;
        }
        let mut k = j;
        while k < items.len() && span_of(&items[k]).start < span.end {
            if span.overlaps(span_of(&items[k])) {
                out[i] += weight(&items[k]);
            }
            k += 1;
        }
    }
    out
}

/// Signals of `spans` (the candidate sentences, in text order).
pub fn compute(
    text: &str,
    spans: &[Span],
    entities: &[Entity],
    clusters: &[Cluster],
    quotes: &[Quote],
) -> Signals {
    let m = spans.len();
    let terms::TermStats {
        vectors,
        words,
        shared: mut coverage,
    } = terms::stats(text, spans);
    scale_to_max(&mut coverage);
    let (mut behind, mut ahead) = terms::directed_similarity(&vectors);
    scale_to_max(&mut ahead);
    scale_to_max(&mut behind);

    // An entity cluster weighs its share of all name mentions; a sentence
    // counts each cluster once.
    let total_mentions: usize = clusters
        .iter()
        .filter(|c| c.label.is_name())
        .map(|c| c.mentions.len())
        .sum();
    let mut named: Vec<(Span, usize)> = entities
        .iter()
        .filter_map(|e| {
            e.cluster
                .filter(|&c| c < clusters.len())
                .map(|c| (e.span, c))
        })
        .collect();
    named.sort_by_key(|(s, _)| s.start);
    let mut entity_signal = vec![0.0f32; m];
    if total_mentions > 0 {
        let mut j = 0;
        let mut seen: Vec<usize> = Vec::new();
        for (i, span) in spans.iter().enumerate() {
            while j < named.len() && named[j].0.end <= span.start {
                j += 1;
            }
            seen.clear();
            let mut k = j;
            while k < named.len() && named[k].0.start < span.end {
                let c = named[k].1;
                if !seen.contains(&c) {
                    seen.push(c);
                    entity_signal[i] += clusters[c].mentions.len() as f32 / total_mentions as f32;
                }
                k += 1;
            }
        }
        scale_to_max(&mut entity_signal);
    }

    // The main speaker: the cluster (or name as written) with most statements.
    let speaker_key = |q: &Quote| {
        q.speaker.as_ref().map(|s| {
            s.cluster
                .map_or_else(|| s.name.to_lowercase(), |c| format!("#{c}"))
        })
    };
    let mut tally: Vec<(String, usize)> = Vec::new();
    for key in quotes.iter().filter_map(speaker_key) {
        match tally.iter_mut().find(|(k, _)| *k == key) {
            Some((_, n)) => *n += 1,
            None => tally.push((key, 1)),
        }
    }
    let main = tally.iter().max_by_key(|(_, n)| *n).map(|(k, _)| k.clone());
    let mut pieces: Vec<(Span, bool, bool)> = quotes
        .iter()
        .flat_map(|q| {
            let is_main = main.is_some() && speaker_key(q) == main;
            let is_direct = q.kind == QuoteKind::Direct;
            q.pieces.iter().map(move |&p| (p, is_main, is_direct))
        })
        .collect();
    pieces.sort_by_key(|(s, _, _)| s.start);
    let main_speaker = sum_inside(spans, &pieces, |p| p.0, |p| if p.1 { 1.0 } else { 0.0 })
        .into_iter()
        .map(|x| x.min(1.0))
        .collect();
    let direct_quote = sum_inside(spans, &pieces, |p| p.0, |p| if p.2 { 1.0 } else { 0.0 })
        .into_iter()
        .map(|x| x.min(1.0))
        .collect();
    let reported_speech = sum_inside(spans, &pieces, |p| p.0, |p| if p.2 { 0.0 } else { 1.0 })
        .into_iter()
        .map(|x| x.min(1.0))
        .collect();

    let lede = vectors
        .iter()
        .enumerate()
        .map(|(i, v)| {
            if i == 0 {
                1.0
            } else {
                terms::cosine(v, &vectors[0])
            }
        })
        .collect();
    Signals {
        lead_rank: (0..m).collect(),
        ahead,
        behind,
        lede,
        words,
        coverage,
        entities: entity_signal,
        main_speaker,
        direct_quote,
        reported_speech,
        vectors,
    }
}
