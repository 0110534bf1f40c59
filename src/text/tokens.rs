//! Word, number and punctuation tokens.
//!
//! A word keeps its inner apostrophes and hyphens ("don't", "20-point") and
//! its possessive ending ("Ukraine’s"), which the entity stage strips; dotted
//! abbreviations ("U.S.", "a.m.") stay one token so the sentence splitter and
//! the tagger see them whole.

use crate::analysis::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// Tokens of `text[span]`, with offsets into `text`.
pub fn tokens(text: &str, span: Span) -> Vec<Token> {
    let base = span.start;
    let s = span.slice(text);
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let next = |j: usize| chars.get(j).map(|&(_, c)| c);
        let kind;
        let mut j = i + 1;
        if c.is_alphanumeric() {
            let numeric_start = c.is_numeric();
            loop {
                match next(j) {
                    Some(d) if d.is_alphanumeric() => j += 1,
                    // Inner apostrophe, hyphen, or a dot/comma between digits.
                    Some(d)
                        if (is_apostrophe(d) || is_hyphen(d))
                            && next(j + 1).is_some_and(|e| e.is_alphanumeric()) =>
                    {
                        j += 2
                    }
                    Some('.') | Some(',')
                        if numeric_start && next(j + 1).is_some_and(|e| e.is_ascii_digit()) =>
                    {
                        j += 2
                    }
                    _ => break,
                }
            }
            // Dotted abbreviations: "U.S.", "a.m.", "e.g." (single letters and dots).
            if j - i == 1 && next(j) == Some('.') && c.is_alphabetic() {
                let mut k = j + 1;
                while next(k).is_some_and(|e| e.is_alphabetic())
                    && next(k + 1) == Some('.')
                    && !next(k + 2).is_some_and(|e| e.is_alphabetic())
                {
                    k += 2;
                }
                if k > j + 1 {
                    j = k;
                }
            }
            kind = if numeric_start && chars[i..j].iter().all(|&(_, d)| !d.is_alphabetic()) {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
        } else {
            kind = TokenKind::Punct;
            // Runs of the same punctuation ("...", "--") are one token.
            while next(j) == Some(c) && matches!(c, '.' | '-' | '!' | '?') {
                j += 1;
            }
        }
        let end = chars.get(j).map_or(s.len(), |&(e, _)| e);
        out.push(Token {
            span: Span::new(base + start, base + end),
            kind,
        });
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokens(text, Span::new(0, text.len()))
            .iter()
            .map(|t| t.span.slice(text))
            .collect()
    }

    #[test]
    fn keeps_apostrophes_hyphens_and_abbreviations_inside_tokens() {
        assert_eq!(
            words("Ukraine’s 20-point plan, U.S. $100.00 at 9 a.m."),
            [
                "Ukraine’s",
                "20-point",
                "plan",
                ",",
                "U.S.",
                "$",
                "100.00",
                "at",
                "9",
                "a.m."
            ]
        );
    }

    #[test]
    fn quotes_are_separate_tokens() {
        assert_eq!(
            words("“Yes,” he said."),
            ["“", "Yes", ",", "”", "he", "said", "."]
        );
    }
}
