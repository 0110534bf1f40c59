//! Paragraphs and sentences.
//!
//! News layout first: every line is a paragraph, and a line break ends a
//! sentence (headlines and standfirsts carry no final full stop). The one
//! exception is a hard-wrapped line of running text: when a line does not end
//! like a sentence and the next one plainly continues it (it starts in lower
//! case, or the line ends on a comma or an article), the two are one
//! paragraph.
//!
//! Inside a paragraph, a sentence ends at `.`, `!`, `?` or `…` (with any
//! closing quote or bracket) before a token that can start a sentence, unless
//! the full stop belongs to a title, an initial or an abbreviation (see
//! [`super::abbreviations`]), the dots are an ellipsis of omission (". . .",
//! "[…]"), or the mark sits inside a word (URLs, "Yahoo!'s"). Numbered,
//! lettered and bulleted list items ("1.) …", "b. …", "• …") are sentences
//! of their own, and the enumerator's dot never ends one. The rules follow the
//! Golden Rules of the Pragmatic Segmenter (`tests/golden_rules.rs`); they
//! need one pass over the tokens and no look-up tables beyond short lists.

use super::abbreviations::{
    ABBREVIATIONS, NUMBER_PREFIXES, PERSONAL_TITLES, SENTENCE_STARTERS, SPEECH_VERBS, TITLES,
};
use super::tokens::{tokens, Token, TokenKind};
use crate::analysis::{Sentence, SentenceKind, Span};

/// Paragraphs: non-empty lines trimmed of surrounding white space, with
/// hard-wrapped continuation lines joined to the line they continue.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut after_blank_line = true;
    for line in lines(text) {
        let slice = line.slice(text);
        let trimmed_start = line.start + (slice.len() - slice.trim_start().len());
        let trimmed_end = line.start + slice.trim_end().len();
        if trimmed_start >= trimmed_end {
            after_blank_line = true;
            continue;
        }
        let span = Span::new(trimmed_start, trimmed_end);
        match out.last_mut() {
            Some(last)
                if !after_blank_line && continues_line(last.slice(text), span.slice(text)) =>
            {
                last.end = span.end;
            }
            _ => out.push(span),
        }
        after_blank_line = false;
    }
    out
}

/// Lines without their terminators; "\r\n", "\n", "\r" and the Unicode line
/// and paragraph separators all end a line.
fn lines(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while let Some((i, c)) = chars.next() {
            if matches!(
                c,
                '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
            ) {
                if c == '\r' && chars.peek().is_some_and(|&(_, d)| d == '\n') {
                    chars.next();
                }
                let line = Span::new(start, i);
                start = chars.peek().map_or(text.len(), |&(j, _)| j);
                return Some(line);
            }
        }
        (start < text.len()).then(|| {
            let line = Span::new(start, text.len());
            start = text.len();
            line
        })
    })
}

/// Words a line of running text cannot end on (lower case only: a headline
/// may end on "Plan A").
const CONTINUING_WORDS: &[&str] = &["a", "an", "the", "of", "and", "or", "to"];

/// Is `next` the rest of the sentence that `line` leaves unfinished?
fn continues_line(line: &str, next: &str) -> bool {
    if ends_like_prose(line) || starts_list_item(next) {
        return false;
    }
    let last_word = line.rsplit(char::is_whitespace).next().unwrap_or("");
    next.starts_with(char::is_lowercase)
        || line.ends_with(',')
        || CONTINUING_WORDS.contains(&last_word)
}

/// Does the line end on sentence-final punctuation, closing quotes aside?
fn ends_like_prose(s: &str) -> bool {
    s.trim_end_matches(is_closing_char)
        .ends_with(['.', '!', '?', '…', ':', ';'])
}

/// Does a line open with a bullet, a dash or an enumerator ("a.", "2)")?
fn starts_list_item(line: &str) -> bool {
    let mut chars = line.chars();
    let first = chars.next().unwrap_or(' ');
    is_bullet_char(first)
        || matches!(first, '-' | '–' | '—' | '*')
        || (first.is_alphanumeric() && matches!(chars.next(), Some('.' | ')')))
}

fn is_closing_char(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '}' | '»' | '›')
}

fn is_closing(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(is_closing_char) && chars.next().is_none()
}

fn is_opening(s: &str) -> bool {
    matches!(
        s,
        "\"" | "“" | "‘" | "'" | "(" | "[" | "{" | "«" | "‹" | "„" | "¿" | "¡"
    )
}

/// Bullets that open a list item wherever they stand.
const BULLETS: &[char] = &[
    '•', '⁃', '‣', '◦', '▪', '▫', '●', '○', '■', '□', '►', '▸', '➢', '✓', '✔',
];

fn is_bullet_char(c: char) -> bool {
    BULLETS.contains(&c)
}

fn is_bullet(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(is_bullet_char) && chars.next().is_none()
}

fn can_start_sentence(text: &str, tok: &Token) -> bool {
    let s = tok.span.slice(text);
    let first = s.chars().next().unwrap_or(' ');
    first.is_uppercase()
        || first.is_numeric()
        || is_opening(s)
        || is_bullet(s)
        || (tok.kind == TokenKind::Punct && matches!(s, "-" | "–" | "—" | "*" | "." | "..." | "…"))
}

/// The enumerator of a list item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Enumerator {
    Number(u32),
    Letter(u8),
}

impl Enumerator {
    fn successor(self) -> Enumerator {
        match self {
            Enumerator::Number(n) => Enumerator::Number(n.saturating_add(1)),
            Enumerator::Letter(c) => Enumerator::Letter(c.saturating_add(1)),
        }
    }
}

/// A list-item opener: a bullet, an enumerator ("3.", "b)", "1.)"), or both ("• 9.").
struct ListMarker {
    /// How many tokens the marker spans.
    len: usize,
    bullet: bool,
    enumerator: Option<Enumerator>,
}

fn hugs(toks: &[Token], k: usize) -> bool {
    k > 0 && k < toks.len() && toks[k - 1].span.end == toks[k].span.start
}

/// The list marker that starts at token `k`, if any. An enumerator must be
/// followed by white space, and a capital letter with a full stop is an
/// initial ("A. Smith"), not an enumerator.
fn list_marker(text: &str, toks: &[Token], k: usize) -> Option<ListMarker> {
    let slice = |j: usize| toks.get(j).map_or("", |t| t.span.slice(text));
    let bullet = is_bullet(slice(k));
    let at = k + usize::from(bullet);
    let enumerator = toks.get(at).and_then(|tok| {
        let s = slice(at);
        let value = match tok.kind {
            TokenKind::Number if s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit()) => {
                Enumerator::Number(s.parse().ok()?)
            }
            TokenKind::Word if s.len() == 1 && s.as_bytes()[0].is_ascii_alphabetic() => {
                Enumerator::Letter(s.as_bytes()[0].to_ascii_lowercase())
            }
            _ => return None,
        };
        let mut end = at + 1;
        let dot = hugs(toks, end) && slice(end) == ".";
        end += usize::from(dot);
        let bracket = hugs(toks, end) && slice(end) == ")";
        end += usize::from(bracket);
        let capital_initial = s.as_bytes()[0].is_ascii_uppercase() && !bracket;
        if !(dot || bracket) || capital_initial || hugs(toks, end) {
            return None;
        }
        Some((end - k, value))
    });
    match enumerator {
        Some((len, value)) => Some(ListMarker {
            len,
            bullet,
            enumerator: Some(value),
        }),
        None if bullet => Some(ListMarker {
            len: 1,
            bullet,
            enumerator: None,
        }),
        None => None,
    }
}

/// What the splitter does after looking at one token.
enum Step {
    /// No boundary here; go on at this token.
    Continue(usize),
    /// The sentence ends with token `last`; the next starts with token `next`.
    Boundary { last: usize, next: usize },
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
    let Some(last_token) = toks.last() else {
        return out;
    };
    let mut first = 0;
    // The enumerator the next list item would carry ("2." after "1.").
    let mut expected: Option<Enumerator> = None;
    let mut i = open_sentence(text, &toks, 0, &mut expected);
    while i < toks.len() {
        // A bullet or the next enumerator of a running list opens a new item.
        if i > first && !hugs(&toks, i) {
            if let Some(marker) = list_marker(text, &toks, i) {
                let continues_list = marker.enumerator.is_some() && marker.enumerator == expected;
                // "… three parts: 1) a ceasefire 2) talks".
                let opens_list = matches!(
                    marker.enumerator,
                    Some(Enumerator::Number(1) | Enumerator::Letter(b'a'))
                ) && toks[i - 1].span.slice(text) == ":";
                if (marker.bullet || continues_list || opens_list) && i + marker.len < toks.len() {
                    out.push(Span::new(toks[first].span.start, toks[i - 1].span.end));
                    first = i;
                    i = open_sentence(text, &toks, i, &mut expected);
                    continue;
                }
            }
        }
        match step(text, &toks, first, i) {
            Step::Continue(next) => i = next,
            Step::Boundary { last, next } => {
                out.push(Span::new(toks[first].span.start, toks[last].span.end));
                first = next;
                i = open_sentence(text, &toks, next, &mut expected);
            }
        }
    }
    if first < toks.len() {
        out.push(Span::new(toks[first].span.start, last_token.span.end));
    }
    out
}

/// Skip the list marker a sentence may open with; returns the first token to
/// examine and records which enumerator would continue the list.
fn open_sentence(text: &str, toks: &[Token], k: usize, expected: &mut Option<Enumerator>) -> usize {
    match list_marker(text, toks, k) {
        Some(marker) => {
            if let Some(value) = marker.enumerator {
                *expected = Some(value.successor());
            }
            k + marker.len
        }
        None => k,
    }
}

/// Is token `i` a sentence terminal, and does the sentence end there?
fn step(text: &str, toks: &[Token], first: usize, i: usize) -> Step {
    let slice = |j: usize| toks.get(j).map_or("", |t| t.span.slice(text));
    let tok = toks[i];
    let s = slice(i);
    let terminal = match tok.kind {
        TokenKind::Punct => s.starts_with(['.', '!', '?', '…', '‼', '⁇', '⁈', '⁉']),
        TokenKind::Word => s.ends_with('.'),
        TokenKind::Number => false,
    };
    if !terminal {
        return Step::Continue(i + 1);
    }
    let is_ellipsis = s.starts_with('…') || s.starts_with("...");
    let spaced_before = !hugs(toks, i);
    let spaced_after = toks.get(i + 1).is_some_and(|_| !hugs(toks, i + 1));
    // "[…]", "(...)": an omission inside brackets; " ... ": a pause.
    if is_ellipsis
        && ((hugs(toks, i) && matches!(slice(i - 1), "[" | "(")) || (spaced_before && spaced_after))
    {
        return Step::Continue(i + 1);
    }
    let mut last = i;
    // With a full stop hugging a word, a spaced ellipsis that follows opens the
    // next sentence ("compounds. . . . The practice").
    let mut ends_before_ellipsis = false;
    if s == "." {
        let mut j = i;
        while slice(j + 1) == "." && !hugs(toks, j + 1) {
            j += 1;
        }
        let spaced_dots = j - i;
        if !spaced_before && spaced_dots >= 3 {
            ends_before_ellipsis = true;
        } else if spaced_before && spaced_dots == 2 {
            // ". . ." on its own: an omission inside the sentence.
            return Step::Continue(j + 1);
        }
        last = j;
    }
    // Closing quotes and brackets that hug the terminal stay with it.
    let mut end = last;
    while hugs(toks, end + 1) && is_closing(slice(end + 1)) {
        end += 1;
    }
    let Some(next) = toks.get(end + 1) else {
        return Step::Continue(end + 1);
    };
    if (hugs(toks, end + 1) && !glued_sentence(text, toks, i, end + 1))
        || !can_start_sentence(text, next)
    {
        return Step::Continue(end + 1);
    }
    // "make more difficult... Turkcell's consolidation": a three-dot omission
    // before a name runs on; before a sentence opener ("… Then") it ends.
    let three_dots = s == "…" || s == "...";
    if three_dots && !SENTENCE_STARTERS.contains(&next.span.slice(text).to_lowercase().as_str()) {
        return Step::Continue(end + 1);
    }
    if end > last && attribution_follows(text, toks, end + 1) {
        return Step::Continue(end + 1);
    }
    let full_stop = s == "." || tok.kind == TokenKind::Word;
    if full_stop && !full_stop_ends_sentence(text, toks, first, i, next) {
        return Step::Continue(end + 1);
    }
    if ends_before_ellipsis && end == last {
        return Step::Boundary {
            last: i,
            next: i + 1,
        };
    }
    Step::Boundary {
        last: end,
        next: end + 1,
    }
}

/// Two sentences glued by a full stop with no space, as scraped text often
/// has them ("the community.Dr Venter", "yachts.But his"): a lower-case word,
/// the stop, then a capitalised word that goes on in lower case.
fn glued_sentence(text: &str, toks: &[Token], stop: usize, next: usize) -> bool {
    let slice = |j: usize| toks.get(j).map_or("", |t| t.span.slice(text));
    let before = if stop > 0 && hugs(toks, stop) {
        slice(stop - 1)
    } else {
        ""
    };
    let mut after = slice(next).chars();
    slice(stop) == "."
        && before.chars().count() >= 2
        && before.chars().all(char::is_lowercase)
        && after.next().is_some_and(char::is_uppercase)
        && after.next().is_some_and(char::is_lowercase)
}

/// Does a bare attribution start at token `k` ("… Never!” Zelensky
/// replied.")? Up to three capitalised words, one of them a name rather than
/// "That" or "He", and a speech verb that ends the clause; "… Mr Lamberty
/// explained that …" is a sentence of its own.
fn attribution_follows(text: &str, toks: &[Token], k: usize) -> bool {
    let slice = |j: usize| toks.get(j).map_or("", |t| t.span.slice(text));
    let Some(verb) = (k..k + 4).find(|&j| !slice(j).starts_with(char::is_uppercase)) else {
        return false;
    };
    let speaker_named =
        (k..verb).any(|j| !SENTENCE_STARTERS.contains(&slice(j).to_lowercase().as_str()));
    speaker_named
        && SPEECH_VERBS.contains(&slice(verb).to_lowercase().as_str())
        && matches!(slice(verb + 1), "" | "." | "," | "!" | "?" | ";")
}

/// Letters and dots only, in pieces of one or two letters: "U.S", "a.m",
/// "Ph.D" (but not "www.bbc.co.uk").
fn is_dotted_abbreviation(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|piece| {
            !piece.is_empty()
                && piece.chars().count() <= 2
                && piece.chars().all(char::is_alphabetic)
        })
}

/// Does the full stop of token `i` end the sentence that began at token
/// `first`, given the token that follows?
fn full_stop_ends_sentence(
    text: &str,
    toks: &[Token],
    first: usize,
    i: usize,
    next: &Token,
) -> bool {
    // The whole white-space-delimited word the full stop closes: "N°.", "(Inc.".
    let mut k = i;
    while k > first && hugs(toks, k) {
        k -= 1;
    }
    let word = Span::new(toks[k].span.start, toks[i].span.end)
        .slice(text)
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches('.');
    if word.is_empty() {
        return true;
    }
    // "the FT.", "patients with MS.": acronyms, not "Ft." or "Ms.".
    // ("FORT ST. JAMES, B.C.": in a line of capitals, the abbreviation.)
    let caps_line = next
        .span
        .slice(text)
        .chars()
        .filter(|c| c.is_alphabetic())
        .count()
        > 1
        && next.span.slice(text).chars().all(|c| !c.is_lowercase());
    let acronym = word.chars().count() > 1 && word.chars().all(|c| c.is_uppercase()) && !caps_line;
    let key = if acronym {
        String::new()
    } else {
        word.to_lowercase()
    };
    let key = key.as_str();
    if next.kind == TokenKind::Number && NUMBER_PREFIXES.contains(&key) {
        return false;
    }
    if TITLES.contains(&key) {
        return false;
    }
    let next_word = next.span.slice(text).to_lowercase();
    let next_word = next_word.as_str();
    let mut chars = word.chars();
    let is_initial = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    if is_initial {
        // "Jonas E. Smith" runs on; "you and I. Did you …" ends.
        return SENTENCE_STARTERS.contains(&next_word);
    }
    if ABBREVIATIONS.contains(&key) || is_dotted_abbreviation(word) {
        // "At 5 a.m. Mr. Smith went": too short to be a sentence of its own.
        let words_before = k - first;
        return words_before >= 3
            && (SENTENCE_STARTERS.contains(&next_word) || PERSONAL_TITLES.contains(&next_word));
    }
    true
}

/// Headline, standfirst and boilerplate, from the layout alone.
fn mark_layout(text: &str, paras: &[Span], sentences: &mut [Sentence]) {
    // Leading lines without final punctuation: the headline, then a standfirst.
    if paras.len() > 1 {
        for (p, para) in paras.iter().take(2).enumerate() {
            let s = para.slice(text);
            // ("… nears Fort St. James, B.C.": a headline's last abbreviation.)
            let abbreviated = s
                .split_whitespace()
                .next_back()
                .is_some_and(|w| is_dotted_abbreviation(w.trim_end_matches('.')) && w.len() <= 5);
            if ends_like_prose(s) && !abbreviated || s.split_whitespace().count() > 60 {
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
    // Bylines: "By Jane Smith", "By Jane Smith, BBC News", "By political
    // reporter Jessica Tran" (a role in lower case, then the name).
    if words <= 8 && l.starts_with("by ") && !l.ends_with(['.', '!', '?']) {
        let rest: Vec<&str> = line.split_whitespace().skip(1).collect();
        let role = rest
            .iter()
            .take_while(|w| w.starts_with(char::is_lowercase))
            .count();
        let named = rest.len() - role >= 2 && role <= 3;
        if named
            && rest[role..].iter().all(|w| {
                w.chars().next().is_some_and(|c| c.is_uppercase())
                    || matches!(*w, "and" | "in" | "|")
            })
        {
            return true;
        }
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
    fn sentences_glued_without_a_space_are_split() {
        assert_eq!(
            split("It was vilified by the community.Dr Venter has not. See www.bbc.co.uk today. In the U.S.Army it is."),
            [
                "It was vilified by the community.",
                "Dr Venter has not.",
                "See www.bbc.co.uk today.",
                "In the U.S.Army it is."
            ]
        );
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
    #[test]
    fn abbreviations_end_a_sentence_only_before_a_sentence_opener() {
        assert_eq!(
            split(
                "He moved to Sacramento, Calif. The move was quick. He joined Acme Inc. last year."
            ),
            [
                "He moved to Sacramento, Calif.",
                "The move was quick.",
                "He joined Acme Inc. last year."
            ]
        );
        assert_eq!(
            split("The answer is no. Russia ranks No. 1 on the list of U.S. Sen. Smith."),
            [
                "The answer is no.",
                "Russia ranks No. 1 on the list of U.S. Sen. Smith."
            ]
        );
    }

    #[test]
    fn decimals_money_urls_and_email_addresses_do_not_split() {
        assert_eq!(
            split(
                "Kyiv got $1.5bn. Details: https://example.com/a.b.html. Mail press@gov.ua. See www.bbc.co.uk. Or not."
            ),
            [
                "Kyiv got $1.5bn.",
                "Details: https://example.com/a.b.html.",
                "Mail press@gov.ua.",
                "See www.bbc.co.uk.",
                "Or not."
            ]
        );
    }

    #[test]
    fn exclamations_and_questions_inside_quotes_continue_with_the_attribution() {
        assert_eq!(
            split("“Is this peace?” asked one reporter. “Never!” Zelensky replied. Then silence."),
            [
                "“Is this peace?” asked one reporter.",
                "“Never!” Zelensky replied.",
                "Then silence."
            ]
        );
    }

    #[test]
    fn list_items_are_sentences_inline_and_on_their_own_lines() {
        assert_eq!(
            split("The plan has three parts: 1) a ceasefire 2) talks 3) elections"),
            [
                "The plan has three parts:",
                "1) a ceasefire",
                "2) talks",
                "3) elections"
            ]
        );
        assert_eq!(
            split(
                "Key points\n• Talks were productive\n- Next round in May\n2. Prisoner swap agreed"
            ),
            [
                "Key points",
                "• Talks were productive",
                "- Next round in May",
                "2. Prisoner swap agreed"
            ]
        );
    }

    #[test]
    fn wrapped_lines_of_running_text_are_joined_but_headlines_are_not() {
        let text = "Talks in Geneva end without a deal\nThe talks, which lasted\nthree days, ended on Sunday. Both\nsides left the\nCity of Geneva.";
        assert_eq!(
            split(text),
            [
                "Talks in Geneva end without a deal",
                "The talks, which lasted\nthree days, ended on Sunday.",
                "Both\nsides left the\nCity of Geneva."
            ]
        );
        assert_eq!(sentences(text)[0].kind, SentenceKind::Headline);
        assert_eq!(paragraphs(text).len(), 2);
    }

    #[test]
    fn windows_and_unicode_line_breaks_end_lines() {
        assert_eq!(
            split("Headline here\r\nBody text starts.\u{2028}Another line"),
            ["Headline here", "Body text starts.", "Another line"]
        );
    }
    #[test]
    fn acronyms_and_ellipses_in_news_copy() {
        assert_eq!(
            split("Sources told the FT. But patients with MS. Doctors agree. Rover said the deal would \"make more difficult... Turkcell's plans\". Wait… Then it came."),
            [
                "Sources told the FT.",
                "But patients with MS.",
                "Doctors agree.",
                "Rover said the deal would \"make more difficult... Turkcell's plans\".",
                "Wait…",
                "Then it came."
            ]
        );
        assert_eq!(
            split(
                "“We are ready.” Mr Lamberty explained that the firm would sue. “Never!” he said."
            ),
            [
                "“We are ready.”",
                "Mr Lamberty explained that the firm would sue.",
                "“Never!” he said."
            ]
        );
    }
}
