//! The extractive summary: which body sentences to show.
//!
//! First version: the lead sentences of the body (news puts the essentials
//! first), with headline, standfirst and boilerplate offered or dropped by
//! their layout kind. Scores fall with position so the UI can explain the
//! choice.

use crate::analysis::{Sentence, SentenceKind, Summary, SummaryLength};

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

pub fn summarise(sentences: &[Sentence], length: SummaryLength) -> Summary {
    let body: Vec<usize> = (0..sentences.len())
        .filter(|&i| sentences[i].kind == SentenceKind::Body)
        .collect();
    let mut scores = vec![0.0f32; sentences.len()];
    for (rank, &i) in body.iter().enumerate() {
        scores[i] = 1.0 / (1.0 + rank as f32);
    }
    let n = target_len(length, body.len());
    let gist = (0..sentences.len())
        .filter(|&i| {
            matches!(
                sentences[i].kind,
                SentenceKind::Headline | SentenceKind::Standfirst
            )
        })
        .collect();
    Summary {
        sentences: body[..n].to_vec(),
        scores,
        gist,
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
