//! Who said what: direct quotes, reported speech and their speakers.
//!
//! Direct quotes are found from quotation marks, reported speech from a
//! speaker next to a speech verb ("Umerov said the talks …", "According to
//! Umerov, …"). The speaker is the entity or pronoun next to the cue;
//! pronouns resolve to the last person named. Rules, not a model: news
//! attribution is formulaic, and rules are fast and explainable.

mod cues;
mod direct;

pub use cues::is_speech_verb;

use crate::analysis::{
    Cluster, Entity, EntityLabel, Quote, QuoteKind, Sentence, SentenceKind, Span, Speaker,
};
use crate::text::{tokens, Token, TokenKind};

const PRONOUNS: &[&str] = &["he", "she", "they", "it", "i", "we"];

/// All statements in `text`, in text order.
pub fn find(
    text: &str,
    sentences: &[Sentence],
    entities: &[Entity],
    clusters: &[Cluster],
    roles: &[(Span, String)],
) -> Vec<Quote> {
    let ctx = Context {
        text,
        sentences,
        entities,
        clusters,
        roles,
    };
    let mut quotes = Vec::new();
    let marks = direct::quoted_spans(text);
    for pieces in direct::group(text, &marks) {
        let span = Span::new(pieces[0].start, pieces[pieces.len() - 1].end);
        let Some(si) = sentences.iter().position(|s| s.span.overlaps(span)) else {
            continue;
        };
        let attribution = ctx.attribution_around(si, span);
        quotes.push(ctx.quote(pieces, QuoteKind::Direct, attribution));
    }
    for (si, sentence) in sentences.iter().enumerate() {
        if sentence.kind != SentenceKind::Body {
            continue;
        }
        // A sentence that is all quotation is handled above.
        if quotes
            .iter()
            .any(|q| q.span().contains(trim_end_punct(text, sentence.span)))
        {
            continue;
        }
        if let Some((content, attribution)) = ctx.reported(si) {
            let kind = if marks.iter().any(|m| content.overlaps(*m)) {
                QuoteKind::Mixed
            } else {
                QuoteKind::Indirect
            };
            // Quoted words inside reported speech become part of one mixed quote.
            quotes.retain(|q| !(kind == QuoteKind::Mixed && content.contains(q.span())));
            quotes.push(ctx.quote(vec![content], kind, Some(attribution)));
        }
    }
    quotes.sort_by_key(|q| q.span().start);
    resolve_pronouns(&ctx, &mut quotes);
    quotes
}

/// Where the speaker and cue of a statement are.
#[derive(Clone, Copy, Debug)]
struct Attribution {
    speaker: Option<Span>,
    cue: Span,
}

struct Context<'a> {
    text: &'a str,
    sentences: &'a [Sentence],
    entities: &'a [Entity],
    clusters: &'a [Cluster],
    roles: &'a [(Span, String)],
}

fn trim_end_punct(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    let t = s.trim_end_matches(['.', '!', '?', '”', '"', ' ']);
    Span::new(span.start, span.start + t.len())
}

impl Context<'_> {
    fn word(&self, t: &Token) -> &str {
        t.span.slice(self.text)
    }

    /// The speaker mention that ends at or starts at token `k`: an entity,
    /// a pronoun, or a short noun phrase ("the spokesman").
    fn speaker_at(&self, toks: &[Token], k: usize, before_cue: bool) -> Option<Span> {
        let t = toks.get(k)?;
        if let Some(e) = self
            .entities
            .iter()
            .find(|e| e.label.is_name() && e.span.overlaps(t.span))
        {
            return Some(e.span);
        }
        let w = self.word(t).to_lowercase();
        if PRONOUNS.contains(&w.as_str()) {
            return Some(t.span);
        }
        // "the spokesman said", "officials said": a lowercase noun after a determiner.
        if before_cue
            && t.kind == TokenKind::Word
            && w.chars().all(char::is_alphabetic)
            && !is_speech_verb(&w)
        {
            let mut s = k;
            while s > 0 && s + 4 > k && toks[s - 1].kind == TokenKind::Word {
                let p = self.word(&toks[s - 1]).to_lowercase();
                s -= 1;
                if matches!(p.as_str(), "the" | "a" | "an" | "his" | "her" | "their") {
                    return Some(Span::new(toks[s].span.start, t.span.end));
                }
            }
            if w.ends_with('s')
                && matches!(
                    w.as_str(),
                    "officials"
                        | "sources"
                        | "analysts"
                        | "experts"
                        | "critics"
                        | "residents"
                        | "witnesses"
                        | "police"
                        | "researchers"
                        | "scientists"
                )
            {
                return Some(t.span);
            }
        }
        None
    }

    /// Look for `, SPEAKER CUE` / `, CUE SPEAKER` after a quote, or `SPEAKER CUE:` before it.
    fn attribution_around(&self, si: usize, quote: Span) -> Option<Attribution> {
        let sentence = self.sentences[si].span;
        let toks = tokens(
            self.text,
            Span::new(sentence.start.min(quote.start), sentence.end.max(quote.end)),
        );
        let outside: Vec<usize> = (0..toks.len())
            .filter(|&k| !quote.overlaps(toks[k].span))
            .collect();
        // After the quote.
        for &k in outside.iter().filter(|&&k| toks[k].span.start >= quote.end) {
            let w = self.word(&toks[k]).to_lowercase();
            if is_speech_verb(&w) {
                let speaker = k
                    .checked_sub(1)
                    .and_then(|p| self.speaker_at(&toks, p, true))
                    .filter(|s| s.start >= quote.end)
                    .or_else(|| self.speaker_at(&toks, k + 1, false));
                return Some(Attribution {
                    speaker,
                    cue: toks[k].span,
                });
            }
        }
        // Before the quote, nearest cue first.
        for &k in outside
            .iter()
            .rev()
            .filter(|&&k| toks[k].span.end <= quote.start)
        {
            let w = self.word(&toks[k]).to_lowercase();
            if is_speech_verb(&w) {
                let speaker = k
                    .checked_sub(1)
                    .and_then(|p| self.speaker_at(&toks, p, true))
                    .or_else(|| {
                        self.speaker_at(&toks, k + 1, false)
                            .filter(|s| s.end <= quote.start)
                    });
                return Some(Attribution {
                    speaker,
                    cue: toks[k].span,
                });
            }
        }
        // A quote that is its own paragraph continues the previous speaker.
        None
    }

    /// `SPEAKER CUE (that) CLAUSE`, `According to SPEAKER, CLAUSE`, `CLAUSE, SPEAKER CUE.`
    fn reported(&self, si: usize) -> Option<(Span, Attribution)> {
        let sentence = self.sentences[si].span;
        let toks = tokens(self.text, sentence);
        let end = trim_end_punct(self.text, sentence).end;
        let lower: Vec<String> = toks.iter().map(|t| self.word(t).to_lowercase()).collect();
        // According to SPEAKER, CLAUSE
        if let Some(a) = (0..toks.len().saturating_sub(2))
            .find(|&k| lower[k] == "according" && lower[k + 1] == "to")
        {
            let speaker = self.speaker_at(&toks, a + 2, false);
            let comma = (a + 2..toks.len()).find(|&k| lower[k] == ",")?;
            if a == 0 {
                let content = Span::new(toks.get(comma + 1)?.span.start, end);
                let cue = Span::new(toks[a].span.start, toks[a + 1].span.end);
                return (!content.is_empty()).then_some((content, Attribution { speaker, cue }));
            }
        }
        for k in 0..toks.len() {
            if !is_speech_verb(&lower[k]) || k == 0 {
                continue;
            }
            let Some(speaker) = self.speaker_at(&toks, k - 1, true) else {
                continue;
            };
            // CLAUSE, SPEAKER CUE.
            let speaker_tok = toks
                .iter()
                .position(|t| t.span.start >= speaker.start)
                .unwrap_or(k - 1);
            if speaker_tok > 1
                && lower[speaker_tok - 1] == ","
                && toks[k].span.end >= end.saturating_sub(1)
            {
                let content = Span::new(sentence.start, toks[speaker_tok - 1].span.start);
                return Some((
                    content,
                    Attribution {
                        speaker: Some(speaker),
                        cue: toks[k].span,
                    },
                ));
            }
            // SPEAKER CUE [object] [that] CLAUSE
            let mut c = k + 1;
            let cue_end = toks[k].span.end;
            if matches!(
                lower[k].as_str(),
                "told" | "tells" | "tell" | "telling" | "assured" | "warned" | "informed"
            ) {
                // "told reporters", "told the BBC"
                while c < toks.len()
                    && c <= k + 4
                    && lower[c] != "that"
                    && (lower[c] == "the"
                        || toks[c].kind == TokenKind::Word && !lower[c].ends_with("ed"))
                {
                    c += 1;
                    if c > k + 1 && !matches!(lower[c - 1].as_str(), "the" | "a") {
                        break;
                    }
                }
            }
            // "said in a statement", "said on Tuesday"
            if c < toks.len() && matches!(lower[c].as_str(), "in" | "on") {
                if let Some(comma_or_that) =
                    (c..toks.len().min(c + 8)).find(|&j| lower[j] == "that" || lower[j] == ",")
                {
                    c = comma_or_that;
                    if lower[c] == "," {
                        c += 1;
                    }
                }
            }
            if c < toks.len() && matches!(lower[c].as_str(), "that" | ":" | ",") {
                c += 1;
            }
            let start = toks.get(c)?.span.start;
            if start >= end || (end - start) < 12 {
                continue;
            }
            let _ = cue_end;
            return Some((
                Span::new(start, end),
                Attribution {
                    speaker: Some(speaker),
                    cue: toks[k].span,
                },
            ));
        }
        None
    }

    fn quote(&self, pieces: Vec<Span>, kind: QuoteKind, attribution: Option<Attribution>) -> Quote {
        let speaker = attribution
            .and_then(|a| a.speaker)
            .map(|mention| self.speaker(mention));
        let role = speaker.as_ref().and_then(|s| match s.cluster {
            Some(c) => self.clusters.get(c).and_then(|c| c.role.clone()),
            None => self
                .roles
                .iter()
                .find(|(m, _)| *m == s.mention)
                .map(|(_, r)| r.clone()),
        });
        Quote {
            pieces,
            speaker,
            role,
            cue: attribution.map(|a| a.cue),
            kind,
        }
    }

    fn speaker(&self, mention: Span) -> Speaker {
        let entity = self.entities.iter().find(|e| e.span == mention);
        let cluster = entity.and_then(|e| e.cluster);
        let name = cluster
            .and_then(|c| self.clusters.get(c))
            .map_or_else(|| mention.slice(self.text).to_owned(), |c| c.name.clone());
        Speaker {
            name,
            mention,
            cluster,
        }
    }
}

/// "He said" → the most recent person speaker, else the last person named before.
fn resolve_pronouns(ctx: &Context, quotes: &mut [Quote]) {
    let mut last_person: Option<(String, Option<usize>)> = None;
    for q in quotes.iter_mut() {
        let Some(sp) = q.speaker.as_mut() else {
            continue;
        };
        let w = sp.mention.slice(ctx.text).to_lowercase();
        if matches!(w.as_str(), "he" | "she") {
            let before = ctx
                .entities
                .iter()
                .rev()
                .find(|e| e.label == EntityLabel::Person && e.span.end <= sp.mention.start)
                .map(|e| {
                    (
                        e.cluster
                            .and_then(|c| ctx.clusters.get(c))
                            .map_or_else(|| e.span.slice(ctx.text).to_owned(), |c| c.name.clone()),
                        e.cluster,
                    )
                });
            if let Some((name, cluster)) = before.or_else(|| last_person.clone()) {
                sp.name = name;
                sp.cluster = cluster;
                if q.role.is_none() {
                    q.role = cluster
                        .and_then(|c| ctx.clusters.get(c))
                        .and_then(|c| c.role.clone());
                }
            }
        } else if sp.cluster.is_some_and(|c| {
            ctx.clusters
                .get(c)
                .is_some_and(|c| c.label == EntityLabel::Person)
        }) {
            last_person = Some((sp.name.clone(), sp.cluster));
        }
    }
}
