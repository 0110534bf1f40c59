//! Properties of the text layer that must hold for any input: `sentences`,
//! `paragraphs` and `tokens` never panic, every span they return lies on
//! char boundaries inside the text, is non-empty, and follows the previous
//! one without overlapping it, and no char other than white space is left
//! out of the tokens or the sentences.

use lede::text::{paragraphs, sentences, tokens};
use lede::Span;
use proptest::prelude::*;

/// Characters that stress the splitter and tokeniser: terminals, quotes,
/// apostrophes, brackets, bullets, line breaks, combining marks, emoji,
/// right-to-left and CJK text.
const TRICKY: &[char] = &[
    '.', '.', '.', '!', '?', '…', ' ', ' ', ' ', '\n', '\r', '\t', '\u{2028}', '\u{85}', '"', '\'',
    '“', '”', '‘', '’', '«', '»', '(', ')', '[', ']', '-', '‐', '—', '•', '⁃', '@', ':', '/', '$',
    '%', '°', '1', '2', '9', '0', 'A', 'E', 'I', 'U', 'S', 'a', 'e', 'm', 'p', 's', 'é', '\u{301}',
    '\u{308}', '\u{200d}', '😀', '👍', '🏽', 'ß', 'İ', 'ﬁ', 'ا', 'ש', '中', '\u{0}', '\u{feff}',
];

/// Pieces of real text that trigger the special cases.
const FRAGMENTS: &[&str] = &[
    "U.S. ",
    "Mr. ",
    "a.m. ",
    "No. 1",
    "1.) ",
    "b. ",
    "• ",
    ". . . ",
    "...",
    "[...]",
    "Jane.Doe@example.com",
    "https://example.com/a_b.html",
    "Ukraine’s ",
    "20-point ",
    "“Why?” she asked. ",
    "Talks productive\n",
    "\r\n",
    "N°. ",
    "I. ",
    "$100.00. ",
];

fn tricky_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => any::<char>().prop_map(String::from),
        6 => proptest::sample::select(TRICKY).prop_map(String::from),
        3 => proptest::sample::select(FRAGMENTS).prop_map(String::from),
        2 => "[A-Za-z]{1,8}",
    ];
    prop::collection::vec(piece, 0..200).prop_map(|pieces| pieces.concat())
}

/// Spans are valid, non-empty, in order and pairwise disjoint.
fn assert_valid_spans(text: &str, spans: &[Span], what: &str) {
    let mut previous_end = 0;
    for span in spans {
        assert!(
            span.start < span.end,
            "{what}: empty or reversed span {span:?} in {text:?}"
        );
        assert!(
            span.end <= text.len(),
            "{what}: span {span:?} past the end of {text:?}"
        );
        assert!(
            text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
            "{what}: span {span:?} splits a char in {text:?}"
        );
        assert!(
            previous_end <= span.start,
            "{what}: span {span:?} overlaps or precedes the one before in {text:?}"
        );
        previous_end = span.end;
    }
}

/// Every char that is not white space lies in one of `spans` (sorted).
fn assert_covers_all_but_white_space(text: &str, spans: &[Span], what: &str) {
    let mut spans = spans.iter().peekable();
    for (at, c) in text.char_indices().filter(|(_, c)| !c.is_whitespace()) {
        while spans.peek().is_some_and(|s| s.end <= at) {
            spans.next();
        }
        assert!(
            spans.peek().is_some_and(|s| s.start <= at),
            "{what}: char {c:?} at {at} is left out of {text:?}"
        );
    }
}

fn check_text_layer(text: &str) {
    let whole = Span::new(0, text.len());
    let sents = sentences(text);
    let sentence_spans: Vec<Span> = sents.iter().map(|s| s.span).collect();
    assert_valid_spans(text, &sentence_spans, "sentences");
    assert!(sents.windows(2).all(|w| w[0].paragraph <= w[1].paragraph));
    assert_valid_spans(text, &paragraphs(text), "paragraphs");
    let toks: Vec<Span> = tokens(text, whole).iter().map(|t| t.span).collect();
    assert_valid_spans(text, &toks, "tokens");
    // Nothing is lost: every char that is not white space lies in a token
    // and in a sentence.
    assert_covers_all_but_white_space(text, &toks, "tokens");
    assert_covers_all_but_white_space(text, &sentence_spans, "sentences");
    for sentence in &sents {
        let inner: Vec<Span> = tokens(text, sentence.span).iter().map(|t| t.span).collect();
        assert_valid_spans(text, &inner, "tokens of a sentence");
        assert!(inner.iter().all(|t| sentence.span.contains(*t)));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn spans_stay_valid_on_tricky_text(text in tricky_text()) {
        check_text_layer(&text);
    }

    #[test]
    fn spans_stay_valid_on_any_unicode(text in any::<String>()) {
        check_text_layer(&text);
    }
}

#[test]
fn empty_and_blank_texts_have_no_sentences() {
    for text in ["", " ", "\n\n", "\r\n\t \u{2028}"] {
        assert!(sentences(text).is_empty(), "{text:?}");
        assert!(
            tokens(text, Span::new(0, text.len())).is_empty(),
            "{text:?}"
        );
    }
}

#[test]
fn very_long_text_without_breaks_keeps_valid_spans() {
    let mut text = String::new();
    let mut n = 0usize;
    while text.len() < 1_000_000 {
        // A deterministic mix of fragments and tricky characters, no line break
        // for the first half (one huge paragraph), many afterwards.
        text.push_str(FRAGMENTS[n % FRAGMENTS.len()]);
        let c = TRICKY[(n * 7) % TRICKY.len()];
        if text.len() > 500_000 || !matches!(c, '\n' | '\r' | '\u{2028}' | '\u{85}') {
            text.push(c);
        }
        n += 1;
    }
    check_text_layer(&text);
}

#[test]
fn a_span_that_is_not_on_char_boundaries_yields_no_panic() {
    let text = "Kyiv’s “talks” went well.";
    // Byte 5 is inside "’": slicing falls back to nothing rather than panicking.
    let toks = tokens(text, Span::new(5, text.len()));
    assert_valid_spans(
        text,
        &toks.iter().map(|t| t.span).collect::<Vec<_>>(),
        "tokens",
    );
}
