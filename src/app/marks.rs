//! Where the highlighted text puts its marks: a paragraph cut into segments,
//! each inside at most one quote piece and one entity mention.
//!
//! Pure (no DOM), so the tricky part of highlighting — nesting entities inside
//! quotes, clipping to paragraphs, skipping overlaps — is tested natively.

use crate::{Analysis, Span};

/// A run of text with at most one quote and one entity around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    pub span: Span,
    /// Index into `Analysis::quotes`.
    pub quote: Option<usize>,
    /// Index into `Analysis::entities`.
    pub entity: Option<usize>,
}

/// Quote pieces sorted by position, built once per analysis.
pub struct Pieces(Vec<(Span, usize)>);

impl Pieces {
    pub fn new(analysis: &Analysis) -> Self {
        let mut pieces: Vec<(Span, usize)> = analysis
            .quotes
            .iter()
            .enumerate()
            .flat_map(|(q, quote)| quote.pieces.iter().map(move |p| (*p, q)))
            .filter(|(p, _)| !p.is_empty())
            .collect();
        pieces.sort_by_key(|(p, _)| (p.start, std::cmp::Reverse(p.end)));
        Pieces(pieces)
    }
}

/// Segments covering `para` exactly, in order, also cut at every offset in
/// `cuts` (e.g. the ends of a sentence to outline). Entities must be sorted
/// by start (as `Analysis::entities` is).
pub fn segments(analysis: &Analysis, pieces: &Pieces, para: Span, cuts: &[usize]) -> Vec<Segment> {
    // Quote pieces overlapping this paragraph, clipped to it, without overlaps.
    let first = pieces.0.partition_point(|(p, _)| p.end <= para.start);
    let mut regions: Vec<(Span, Option<usize>)> = Vec::new();
    let mut at = para.start;
    for &(p, q) in pieces.0[first..]
        .iter()
        .take_while(|(p, _)| p.start < para.end)
    {
        let p = Span::new(p.start.max(para.start), p.end.min(para.end));
        if p.start < at || p.is_empty() {
            continue;
        }
        if at < p.start {
            regions.push((Span::new(at, p.start), None));
        }
        regions.push((p, Some(q)));
        at = p.end;
    }
    if at < para.end || regions.is_empty() {
        regions.push((Span::new(at, para.end), None));
    }
    let regions: Vec<(Span, Option<usize>)> = regions
        .into_iter()
        .flat_map(|(r, q)| {
            let mut inner: Vec<usize> = cuts
                .iter()
                .copied()
                .filter(|&c| r.start < c && c < r.end)
                .collect();
            inner.sort_unstable();
            inner.dedup();
            let bounds: Vec<usize> = std::iter::once(r.start)
                .chain(inner)
                .chain(std::iter::once(r.end))
                .collect();
            bounds
                .windows(2)
                .map(move |w| (Span::new(w[0], w[1]), q))
                .collect::<Vec<_>>()
        })
        .collect();
    let entities = &analysis.entities;
    let mut out = Vec::new();
    for (region, quote) in regions {
        let mut at = region.start;
        let first = entities.partition_point(|e| e.span.start < at);
        for (i, e) in entities.iter().enumerate().skip(first) {
            if e.span.start >= region.end {
                break;
            }
            if e.span.start >= at && e.span.end <= region.end && !e.span.is_empty() {
                if at < e.span.start {
                    out.push(Segment {
                        span: Span::new(at, e.span.start),
                        quote,
                        entity: None,
                    });
                }
                out.push(Segment {
                    span: e.span,
                    quote,
                    entity: Some(i),
                });
                at = e.span.end;
            }
        }
        if at < region.end || (out.is_empty() && region.is_empty()) {
            out.push(Segment {
                span: Span::new(at, region.end),
                quote,
                entity: None,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::paragraphs;

    #[test]
    fn segments_tile_each_paragraph_and_nest_entities_in_quotes() {
        let text = include_str!("../../seeds/ukraine-peace-talks.txt");
        let a = crate::analyse(text);
        let pieces = Pieces::new(&a);
        let mut quoted_entity = false;
        for para in paragraphs(text) {
            let cut = a.sentences[3].span;
            let segs = segments(&a, &pieces, para, &[cut.start, cut.end]);
            assert_eq!(segs.first().unwrap().span.start, para.start);
            assert_eq!(segs.last().unwrap().span.end, para.end);
            assert!(segs.windows(2).all(|w| w[0].span.end == w[1].span.start));
            for s in &segs {
                if let Some(e) = s.entity {
                    assert_eq!(a.entities[e].span, s.span);
                }
                assert!(
                    !s.span.overlaps(cut) || cut.contains(s.span),
                    "cut at the sentence"
                );
                if let Some(q) = s.quote {
                    assert!(a.quotes[q].span().contains(s.span));
                    quoted_entity |= s.entity.is_some();
                }
            }
        }
        assert!(quoted_entity, "the seed has names inside its quotes");
    }
}
