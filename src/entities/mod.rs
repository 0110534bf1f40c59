//! Named entities: mentions, their types, and clusters of mentions.
//!
//! This first version finds names as runs of capitalised words and types
//! them with small cue lists (organisation words, place prepositions,
//! nationality endings, speech verbs after people). It is deliberately
//! simple and stands in for the learned tagger; the shapes it returns
//! (mentions with byte spans, clusters with a canonical name) are final.

mod clusters;
mod roles;

pub use clusters::cluster;
pub use roles::roles;

use crate::analysis::{Entity, EntityLabel, Sentence, SentenceKind, Span};
use crate::text::{tokens, Token, TokenKind};

/// Capitalised words that are not names when they start a sentence or stand alone.
const NOT_NAMES: &[&str] = &[
    "a",
    "an",
    "the",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "its",
    "their",
    "our",
    "this",
    "that",
    "these",
    "those",
    "there",
    "but",
    "and",
    "or",
    "if",
    "in",
    "on",
    "at",
    "for",
    "with",
    "as",
    "after",
    "before",
    "despite",
    "according",
    "speaking",
    "posting",
    "while",
    "when",
    "where",
    "what",
    "who",
    "why",
    "how",
    "however",
    "meanwhile",
    "also",
    "so",
    "yet",
    "some",
    "many",
    "most",
    "all",
    "both",
    "each",
    "one",
    "two",
    "three",
    "no",
    "not",
    "mr",
    "mrs",
    "ms",
    "dr",
    "said",
    "says",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "from",
    "to",
    "by",
    "of",
    "my",
    "me",
    "your",
    "here",
    "then",
    "now",
    "today",
    "yesterday",
    "tomorrow",
    "do",
    "does",
    "is",
    "are",
    "was",
    "were",
    "be",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
];

/// Titles kept out of person spans ("President Vladimir Putin").
pub(crate) const TITLES: &[&str] = &[
    "president",
    "prime",
    "minister",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "dame",
    "lord",
    "lady",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "general",
    "gen",
    "senator",
    "sen",
    "governor",
    "gov",
    "mayor",
    "judge",
    "justice",
    "chancellor",
    "secretary",
    "ambassador",
    "envoy",
    "professor",
    "prof",
    "chairman",
    "chairwoman",
    "chief",
    "director",
    "commissioner",
    "coach",
    "captain",
    "sheriff",
    "officer",
    "representative",
    "rep",
    "speaker",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "leader",
    "official",
    "vice",
    "deputy",
    "premier",
    "ceo",
];

/// Last words that make a capitalised run an organisation.
const ORG_WORDS: &[&str] = &[
    "council",
    "ministry",
    "house",
    "party",
    "inc",
    "corp",
    "corporation",
    "company",
    "co",
    "ltd",
    "agency",
    "university",
    "forces",
    "office",
    "department",
    "commission",
    "union",
    "bank",
    "committee",
    "group",
    "association",
    "institute",
    "organisation",
    "organization",
    "fund",
    "court",
    "parliament",
    "congress",
    "senate",
    "kremlin",
    "army",
    "navy",
    "police",
    "times",
    "post",
    "news",
    "press",
    "network",
    "foundation",
    "club",
    "team",
    "federation",
    "board",
    "authority",
    "service",
    "staff",
    "administration",
    "government",
    "nasa",
    "who",
    "un",
    "eu",
    "nato",
    "fbi",
    "cia",
    "bbc",
    "cnn",
    "reuters",
];

/// Nationality and group adjectives end like this ("Ukrainian", "Chinese").
const NORP_ENDINGS: &[&str] = &["ian", "ean", "ese", "ish", "can", "ic", "i"];

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(|c| c.is_uppercase())
}

/// "Ukraine’s" → "Ukraine": the possessive stays out of the mention.
pub(crate) fn strip_possessive(text: &str, span: Span) -> Span {
    let s = span.slice(text);
    for suffix in ["’s", "'s", "’", "'"] {
        if s.len() > suffix.len() && s.ends_with(suffix) {
            return Span::new(span.start, span.end - suffix.len());
        }
    }
    span
}

/// Entity mentions in the body, headline and standfirst, in text order.
pub fn find(text: &str, sentences: &[Sentence]) -> Vec<Entity> {
    let mut out = Vec::new();
    for sentence in sentences {
        if sentence.kind == SentenceKind::Boilerplate {
            continue;
        }
        find_in_sentence(text, sentence, &mut out);
    }
    let persons: Vec<String> = out
        .iter()
        .filter(|e| e.label == EntityLabel::Person)
        .flat_map(|e| {
            e.span
                .slice(text)
                .split_whitespace()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect();
    // A single word that is part of a person's name elsewhere is that person.
    for e in &mut out {
        let s = e.span.slice(text);
        if !s.contains(' ') && persons.iter().any(|p| p == s) {
            e.label = EntityLabel::Person;
        }
    }
    out
}

fn find_in_sentence(text: &str, sentence: &Sentence, out: &mut Vec<Entity>) {
    let toks = tokens(text, sentence.span);
    let word = |t: &Token| t.span.slice(text);
    let mut i = 0;
    while i < toks.len() {
        let is_name_word = |j: usize| {
            let t = &toks[j];
            let w = word(t);
            t.kind == TokenKind::Word && is_capitalised(w) && {
                let lower = w.to_lowercase();
                !NOT_NAMES.contains(&lower.trim_end_matches("’s").trim_end_matches("'s"))
            }
        };
        if !is_name_word(i) {
            i += 1;
            continue;
        }
        // Extend over capitalised words and "of"/"the"/"and" between capitalised words.
        let mut j = i + 1;
        loop {
            if j < toks.len() && is_name_word(j) && !ends_possessive(word(&toks[j - 1])) {
                j += 1;
            } else if j + 1 < toks.len()
                && matches!(word(&toks[j]), "of" | "the" | "for" | "de")
                && is_name_word(j + 1)
                && !ends_possessive(word(&toks[j - 1]))
            {
                j += 2;
            } else {
                break;
            }
        }
        // Titles stay out of the span.
        let mut s = i;
        while s + 1 < j && TITLES.contains(&word(&toks[s]).to_lowercase().as_str()) {
            s += 1;
        }
        let span = strip_possessive(text, Span::new(toks[s].span.start, toks[j - 1].span.end));
        let label = guess_label(text, &toks, s, j, i < s);
        out.push(Entity {
            span,
            label,
            cluster: None,
        });
        i = j;
    }
}

fn ends_possessive(w: &str) -> bool {
    w.ends_with("’s") || w.ends_with("'s")
}

fn guess_label(text: &str, toks: &[Token], s: usize, j: usize, had_title: bool) -> EntityLabel {
    let word = |k: usize| toks[k].span.slice(text);
    let last = word(j - 1).to_lowercase();
    let last = last.trim_end_matches("’s").trim_end_matches("'s");
    let n = j - s;
    if had_title {
        return EntityLabel::Person;
    }
    if ORG_WORDS.contains(&last)
        || word(j - 1).chars().filter(|c| c.is_uppercase()).count() >= 2 && n == 1
    {
        return EntityLabel::Org;
    }
    let prev = if s > 0 {
        word(s - 1).to_lowercase()
    } else {
        String::new()
    };
    let next = toks
        .get(j)
        .map(|t| t.span.slice(text).to_lowercase())
        .unwrap_or_default();
    if n == 1
        && NORP_ENDINGS.iter().any(|e| last.ends_with(e))
        && last.len() > 4
        && !matches!(prev.as_str(), "in" | "to" | "from")
    {
        return EntityLabel::Misc;
    }
    if matches!(
        prev.as_str(),
        "in" | "to" | "from" | "near" | "across" | "into"
    ) {
        return EntityLabel::Loc;
    }
    let has_connector = (s..j).any(|k| word(k).chars().next().is_some_and(char::is_lowercase));
    if has_connector {
        return EntityLabel::Org;
    }
    if crate::quotes::is_speech_verb(&next) || n >= 2 {
        return EntityLabel::Person;
    }
    EntityLabel::Loc
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences;

    fn found(text: &str) -> Vec<(String, EntityLabel)> {
        find(text, &sentences(text))
            .iter()
            .map(|e| (e.span.slice(text).to_owned(), e.label))
            .collect()
    }

    #[test]
    fn keeps_titles_and_possessives_out_of_spans() {
        let got =
            found("Speaking in Moscow, President Vladimir Putin said Ukraine’s army was tired.");
        assert!(
            got.contains(&("Vladimir Putin".into(), EntityLabel::Person)),
            "{got:?}"
        );
        assert!(got.iter().any(|(s, _)| s == "Ukraine"), "{got:?}");
        assert!(
            got.contains(&("Moscow".into(), EntityLabel::Loc)),
            "{got:?}"
        );
    }
}
