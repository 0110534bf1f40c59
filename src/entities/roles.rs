//! Titles and roles the text gives a person.
//!
//! Two news patterns cover most cases: a pre-modifier run before the name
//! ("Ukraine’s chief peace negotiator Rustem Umerov", "White House official
//! Josh Gruenbaum") and an apposition after it ("Andriy Hnatov, Chief of the
//! General Staff, …"). Both are read from the tokens around the mention.

use crate::analysis::{Entity, EntityLabel, Span};
use crate::text::{tokens, TokenKind};

/// Words that end a pre-modifier role when read backwards from the name.
const STOP_BEFORE: &[&str] = &[
    "and", "or", "but", "said", "says", "by", "with", "to", "from", "in", "on", "at", "for",
    "that", "while", "as", "when", "where", "who", "which", "met", "included", "told", "of",
];

/// `(mention span, role)` for person mentions that carry a role.
pub fn roles(
    text: &str,
    entities: &[Entity],
    sentences: &[crate::analysis::Sentence],
) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    for sentence in sentences {
        let people = super::starting_in(entities, sentence.span)
            .iter()
            .filter(|e| e.label == EntityLabel::Person && sentence.span.contains(e.span));
        let mut people = people.peekable();
        if people.peek().is_none() {
            continue;
        }
        let toks = tokens(text, sentence.span);
        for e in people {
            let Some(first) = toks.iter().position(|t| t.span.start >= e.span.start) else {
                continue;
            };
            let Some(last) = toks
                .iter()
                .rposition(|t| t.span.end <= e.span.end + 4 && t.span.start < e.span.end)
            else {
                continue;
            };
            if let Some(role) =
                premodifier(text, &toks, first).or_else(|| apposition(text, &toks, last))
            {
                out.push((e.span, role));
            }
        }
    }
    out
}

fn premodifier(text: &str, toks: &[crate::text::Token], first: usize) -> Option<String> {
    let mut k = first;
    while k > 0 {
        let t = &toks[k - 1];
        let w = t.span.slice(text);
        if t.kind != TokenKind::Word
            || STOP_BEFORE.contains(&w.to_lowercase().as_str())
            || crate::quotes::is_speech_verb(&w.to_lowercase())
            || first - k >= 6
        {
            break;
        }
        if matches!(w.to_lowercase().as_str(), "the" | "a" | "an") {
            break;
        }
        k -= 1;
    }
    if k == first {
        return None;
    }
    // At least one lowercase role word ("official", "envoy"), or a title ("President").
    let words: Vec<&str> = toks[k..first].iter().map(|t| t.span.slice(text)).collect();
    let has_role_word = words.iter().any(|w| {
        w.chars().next().is_some_and(char::is_lowercase)
            || super::TITLES.contains(&w.to_lowercase().as_str())
    });
    has_role_word.then(|| {
        Span::new(toks[k].span.start, toks[first - 1].span.end)
            .slice(text)
            .to_owned()
    })
}

/// Words that make a comma-led phrase a clause rather than an apposition.
const CLAUSE_WORDS: &[&str] = &[
    "also",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "can",
    "did",
    "does",
    "do",
    "should",
    "may",
    "might",
    "must",
    "been",
    "being",
    "discussed",
    "met",
];

fn apposition(text: &str, toks: &[crate::text::Token], last: usize) -> Option<String> {
    if toks.get(last + 1)?.span.slice(text) != "," {
        return None;
    }
    let start = last + 2;
    let first_word = toks.get(start)?.span.slice(text);
    let starts_role = matches!(first_word, "a" | "an" | "the")
        || super::TITLES.contains(&first_word.to_lowercase().as_str());
    if !starts_role {
        return None;
    }
    let mut end = start;
    while end < toks.len()
        && !matches!(
            toks[end].span.slice(text),
            "," | "." | ";" | "—" | "–" | ":"
        )
    {
        end += 1;
    }
    // A role is a noun phrase; a verb means the comma opened a clause
    // ("According to Umerov, the delegations also discussed …").
    let is_clause = toks[start..end].iter().any(|t| {
        let w = t.span.slice(text).to_lowercase();
        CLAUSE_WORDS.contains(&w.as_str()) || crate::quotes::is_speech_verb(&w)
    });
    (end > start && end - start <= 14 && !is_clause).then(|| {
        Span::new(toks[start].span.start, toks[end - 1].span.end)
            .slice(text)
            .to_owned()
    })
}
