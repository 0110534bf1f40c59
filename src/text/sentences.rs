//! Paragraphs and sentences.
//!
//! News layout first: every line is a paragraph, and a line break always ends
//! a sentence (headlines and standfirsts carry no final full stop). Inside a
//! paragraph, a sentence ends at `.`, `!`, `?` or `…` (with any closing quote
//! or bracket) before something that can start a sentence, unless the full
//! stop belongs to a title, an initial or a known abbreviation.

use super::tokens::{tokens, Token, TokenKind};
use crate::analysis::{Sentence, SentenceKind, Span};

/// Non-empty lines, trimmed of surrounding white space.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.len();
        let trimmed_start = start + (line.len() - line.trim_start().len());
        let trimmed_end = start + line.trim_end().len();
        if trimmed_start < trimmed_end {
            out.push(Span::new(trimmed_start, trimmed_end));
        }
        start = end;
    }
    out
}

/// Abbreviations that precede a name and never end a sentence ("Mr. Smith").
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt",
    "cmdr", "adm", "maj", "rev", "hon", "pres", "supt", "det", "insp", "st", "mt", "ft", "messrs",
    "mme", "no", "nos", "vol", "fig", "pp", "p", "art", "sec", "ch", "vs", "v", "approx", "est",
    "dept",
];

/// Abbreviations that may also end a sentence ("… in the U.S. The next …").
const ABBREVIATIONS: &[&str] = &[
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc",
    "corp", "ltd", "co", "bros", "jr", "sr", "etc", "al", "ave", "blvd", "rd", "calif", "ala",
    "ariz", "ark", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md",
    "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex",
    "va", "vt", "wash", "wis", "wyo", "a.m", "p.m", "u.s", "u.k", "u.n", "e.g", "i.e", "ph.d",
    "d.c", "min", "max", "govt", "assn", "univ", "mon", "tue", "tues", "wed", "thu", "thur",
    "thurs", "fri", "sat", "sun",
];

/// Words that start a sentence after an ambiguous abbreviation ("… the U.S. He said").
const SENTENCE_STARTERS: &[&str] = &[
    "the",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "but",
    "and",
    "in",
    "this",
    "that",
    "a",
    "an",
    "there",
    "his",
    "her",
    "their",
    "its",
    "our",
    "you",
    "if",
    "when",
    "as",
    "after",
    "on",
    "at",
    "for",
    "however",
    "meanwhile",
    "yet",
    "so",
    "some",
    "many",
    "one",
];

fn lower_no_dot(word: &str) -> String {
    word.trim_end_matches('.').to_lowercase()
}

fn is_closing(c: &str) -> bool {
    matches!(c, "\"" | "”" | "’" | "'" | ")" | "]" | "»" | "›")
}

fn is_opening(c: &str) -> bool {
    matches!(c, "\"" | "“" | "‘" | "'" | "(" | "[" | "«" | "‹" | "„")
}

fn can_start_sentence(text: &str, tok: &Token) -> bool {
    let s = tok.span.slice(text);
    let first = s.chars().next().unwrap_or(' ');
    first.is_uppercase()
        || first.is_numeric()
        || is_opening(s)
        || (tok.kind == TokenKind::Punct && matches!(s, "-" | "—" | "•" | "*"))
}

/// Does the full stop at the end of token `i` end the sentence, given what follows?
fn full_stop_ends_sentence(text: &str, toks: &[Token], i: usize, next: &Token) -> bool {
    let s = toks[i].span.slice(text);
    // "word ." : the previous word decides.
    let word = if s == "." && i > 0 && toks[i - 1].span.end == toks[i].span.start {
        toks[i - 1].span.slice(text)
    } else {
        s
    };
    let key = lower_no_dot(word);
    let next_text = next.span.slice(text);
    if TITLES.contains(&key.as_str()) {
        // "No. 1", "Mr. Smith": never a boundary; "no." at the end of a sentence is rare.
        return false;
    }
    let is_initial = word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase());
    if is_initial {
        // "Jonas E. Smith": an initial before a capitalised word.
        return false;
    }
    if ABBREVIATIONS.contains(&key.as_str()) || (word.contains('.') && word.len() > 2) {
        return SENTENCE_STARTERS.contains(&next_text.to_lowercase().as_str());
    }
    true
}

/// Sentences of the whole text, with paragraph index and layout kind.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let paras = paragraphs(text);
    let mut out = Vec::new();
    for (p, para) in paras.iter().enumerate() {
        for span in split_paragraph(text, *para) {
            out.push(Sentence {
                span,
                paragraph: p,
                kind: SentenceKind::Body,
            });
        }
    }
    mark_layout(text, &paras, &mut out);
    out
}

fn split_paragraph(text: &str, para: Span) -> Vec<Span> {
    let toks = tokens(text, para);
    let mut out = Vec::new();
    let mut start = para.start;
    let mut i = 0;
    while i < toks.len() {
        let t = toks[i].span.slice(text);
        let terminal = t.starts_with(['.', '!', '?', '…'])
            || (toks[i].kind == TokenKind::Word && t.ends_with('.'));
        if !terminal {
            i += 1;
            continue;
        }
        // Take closing quotes and brackets that hug the terminator.
        let mut end_tok = i;
        while end_tok + 1 < toks.len()
            && toks[end_tok + 1].span.start == toks[end_tok].span.end
            && is_closing(toks[end_tok + 1].span.slice(text))
        {
            end_tok += 1;
        }
        let Some(next) = toks.get(end_tok + 1) else {
            break;
        };
        let spaced = next.span.start > toks[end_tok].span.end;
        let ends = spaced
            && can_start_sentence(text, next)
            && (!t.ends_with('.') || full_stop_ends_sentence(text, &toks, i, next))
            // "!"/"?" inside a quote followed by "he asked": not a boundary.
            && !(end_tok > i && next.span.slice(text).starts_with(char::is_lowercase));
        if ends {
            let end = toks[end_tok].span.end;
            out.push(Span::new(start, end));
            start = next.span.start;
        }
        i = end_tok + 1;
    }
    if start < para.end {
        out.push(Span::new(start, para.end));
    }
    out
}

/// Headline, standfirst and boilerplate, from the layout alone.
fn mark_layout(text: &str, paras: &[Span], sentences: &mut [Sentence]) {
    let ends_like_prose = |s: &str| {
        s.trim_end_matches(|c: char| is_closing(c.encode_utf8(&mut [0; 4])))
            .ends_with(['.', '!', '?', '…', ':', ';'])
    };
    // Leading lines without final punctuation: the headline, then a standfirst.
    if paras.len() > 1 {
        for (p, para) in paras.iter().take(2).enumerate() {
            let s = para.slice(text);
            if ends_like_prose(s) || s.split_whitespace().count() > 60 {
                break;
            }
            let kind = if p == 0 {
                SentenceKind::Headline
            } else {
                SentenceKind::Standfirst
            };
            for sent in sentences.iter_mut().filter(|x| x.paragraph == p) {
                sent.kind = kind;
            }
        }
    }
    for (p, para) in paras.iter().enumerate() {
        if is_boilerplate(para.slice(text)) {
            for sent in sentences.iter_mut().filter(|x| x.paragraph == p) {
                sent.kind = SentenceKind::Boilerplate;
            }
        }
    }
}

/// Lines that are page furniture, not article text.
pub(crate) fn is_boilerplate(line: &str) -> bool {
    let l = line.trim().to_lowercase();
    let words = l.split_whitespace().count();
    if words == 0 {
        return false;
    }
    const STARTS: &[&str] = &[
        "read more",
        "subscribe",
        "sign up",
        "click here",
        "follow us",
        "share this",
        "advertisement",
        "related:",
        "related articles",
        "also read",
        "watch:",
        "(with inputs",
        "with inputs",
        "copyright",
        "©",
        "all rights reserved",
        "photo:",
        "image:",
        "editing by",
        "reporting by",
        "additional reporting",
    ];
    if STARTS.iter().any(|s| l.starts_with(s)) {
        return true;
    }
    // "With IANS inputs", "With agency inputs".
    if words <= 6 && l.starts_with("with ") && l.trim_end_matches('.').ends_with("inputs") {
        return true;
    }
    // Bylines: "By Jane Smith", "By Jane Smith, BBC News".
    if words <= 8
        && l.starts_with("by ")
        && !l.ends_with(['.', '!', '?'])
        && line.split_whitespace().skip(1).all(|w| {
            w.chars().next().is_some_and(|c| c.is_uppercase()) || matches!(w, "and" | "in" | "|")
        })
    {
        return true;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).iter().map(|s| s.span.slice(text)).collect()
    }

    #[test]
    fn splits_on_full_stops_but_not_on_titles_initials_or_abbreviations() {
        assert_eq!(
            split(
                "Mr. Smith met Jonas E. Smith in the U.S. Army. He left at 9 a.m. on Monday. Then?"
            ),
            [
                "Mr. Smith met Jonas E. Smith in the U.S. Army.",
                "He left at 9 a.m. on Monday.",
                "Then?"
            ]
        );
    }

    #[test]
    fn closing_quote_stays_with_its_sentence() {
        assert_eq!(
            split("“We will win.” Then he left. “Why?” she asked."),
            ["“We will win.”", "Then he left.", "“Why?” she asked."]
        );
    }

    #[test]
    fn line_breaks_end_sentences_and_mark_headline_and_standfirst() {
        let text = "Talks productive\nKyiv says the talks went well\n\nThe talks ended. Both sides left.\nWith IANS inputs";
        let s = sentences(text);
        let kinds: Vec<_> = s.iter().map(|s| s.kind).collect();
        assert_eq!(
            kinds,
            [
                SentenceKind::Headline,
                SentenceKind::Standfirst,
                SentenceKind::Body,
                SentenceKind::Body,
                SentenceKind::Boilerplate
            ]
        );
        assert_eq!(s[2].paragraph, 2);
    }
}
