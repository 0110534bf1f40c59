//! Word, number and punctuation tokens.
//!
//! A word keeps its inner apostrophes and hyphens ("don't", "20-point"), its
//! combining marks ("Jose\u{301}"), its possessive ending ("Ukraine’s",
//! "Jones’"), which the entity stage strips, and an elided start ("’90s");
//! dotted abbreviations ("U.S.", "a.m."), e-mail addresses and URLs stay one
//! token so the sentence splitter and the tagger see them whole. Quotation
//! marks, curly or straight, are tokens of their own: an apostrophe after a
//! plural "s" is read as a possessive unless a single quote is open.
//!
//! One pass over the chars with a little look-ahead; no regular expressions,
//! so the tokeniser stays small in wasm and fast natively.

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
    matches!(c, '-' | '‐' | '‑' | '\u{AD}')
}

/// Combining marks and joiners that belong to the letter before them.
fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{300}'..='\u{36F}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{200C}'..='\u{200D}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FE20}'..='\u{FE2F}')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

/// Byte length of the URL at the start of `s` ("https://…", "www.…"), without
/// the punctuation that closes the sentence or the bracket around it.
fn url_len(s: &str) -> Option<usize> {
    let starts_with = |prefix: &str| {
        s.len() >= prefix.len()
            && s.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
    };
    let scheme = ["https://", "http://", "www."]
        .into_iter()
        .find(|prefix| starts_with(prefix))?;
    let scheme = if scheme == "www." { 0 } else { scheme.len() };
    let mut end = s
        .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '“' | '”' | '«' | '»'))
        .unwrap_or(s.len());
    while let Some(last) = s[..end].chars().next_back() {
        let url = &s[..end];
        let unbalanced_bracket = last == ')' && url.matches('(').count() < url.matches(')').count();
        if matches!(
            last,
            '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '’' | ']' | '}'
        ) || unbalanced_bracket
        {
            end -= last.len_utf8();
        } else {
            break;
        }
    }
    // A host with a dot: "www." or "http://" alone is no address.
    let host = s.get(scheme..end)?;
    host.split_once('.')
        .is_some_and(|(name, rest)| !name.is_empty() && rest.starts_with(char::is_alphanumeric))
        .then_some(end)
}

/// Generic top-level domains news writes bare ("News.com.au", "Politico.com").
const GENERIC_TLDS: &[&str] = &[
    "com", "org", "net", "gov", "edu", "info", "io", "tv", "news",
];

/// Byte length of a bare domain name at the start of `s` ("News.com.au",
/// "Amazon.com"): a name, then lower-case labels ending in a generic
/// top-level domain, perhaps followed by a two-letter country code.
fn domain_len(s: &str) -> Option<usize> {
    let label_end = |from: usize| {
        s[from..]
            .find(|c: char| !(c.is_alphanumeric() || c == '-'))
            .map_or(s.len(), |n| from + n)
    };
    let mut end = label_end(0);
    if end == 0 {
        return None;
    }
    let mut labels = Vec::new();
    while s[end..].starts_with('.') {
        let next = label_end(end + 1);
        let label = &s[end + 1..next];
        if label.is_empty() || !label.bytes().all(|b| b.is_ascii_lowercase()) {
            break;
        }
        labels.push(label);
        end = next;
    }
    let tld = match labels.as_slice() {
        [.., tld, cc] if cc.len() == 2 && GENERIC_TLDS.contains(tld) => Some(end),
        [.., tld] if GENERIC_TLDS.contains(tld) => Some(end),
        _ => None,
    }?;
    // The last label must end the word ("Amazon.com." ends a sentence).
    (!s[tld..].starts_with(char::is_alphanumeric)).then_some(tld)
}

/// Byte length of the e-mail address at the start of `s` ("jane.doe@example.com").
fn email_len(s: &str) -> Option<usize> {
    let local = s
        .find(|c: char| !(c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')))
        .unwrap_or(s.len());
    if local == 0 || !s[local..].starts_with('@') {
        return None;
    }
    let domain_start = local + 1;
    let domain = s[domain_start..]
        .find(|c: char| !(c.is_alphanumeric() || matches!(c, '.' | '-')))
        .map_or(s.len() - domain_start, |n| n);
    let domain = s[domain_start..domain_start + domain].trim_end_matches(['.', '-']);
    let (name, tld) = domain.rsplit_once('.')?;
    (!name.is_empty() && tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic))
        .then_some(domain_start + domain.len())
}

/// Tokens of `text[span]`, with offsets into `text`. A span that is out of
/// range or not on char boundaries has no tokens.
pub fn tokens(text: &str, span: Span) -> Vec<Token> {
    let s = span.slice(text);
    // The char at byte `pos` (always a char boundary here), if any.
    let at = |pos: usize| s.get(pos..).and_then(|rest| rest.chars().next());
    let mut out = Vec::with_capacity(s.len() / 5 + 1);
    let mut single_quote_open = false;
    let mut previous: Option<char> = None;
    let mut pos = 0;
    while let Some(c) = at(pos) {
        let width = c.len_utf8();
        if c.is_whitespace() {
            previous = Some(c);
            pos += width;
            continue;
        }
        let start = pos;
        let mut end = pos + width;
        let after_space = previous.is_none_or(char::is_whitespace);
        let opens_word = after_space
            || previous.is_some_and(|p| {
                matches!(
                    p,
                    '(' | '[' | '{' | '<' | '"' | '“' | '‘' | '\'' | '«' | ':'
                )
            });
        let url = (opens_word && matches!(c, 'h' | 'H' | 'w' | 'W'))
            .then(|| url_len(&s[start..]))
            .flatten();
        let kind = if let Some(len) = url {
            end = start + len;
            TokenKind::Word
        } else if is_apostrophe(c)
            && !previous.is_some_and(is_word_char)
            && s[end..].len() >= 2
            && s.as_bytes()[end..end + 2].iter().all(u8::is_ascii_digit)
            && !at(end + 2).is_some_and(char::is_numeric)
        {
            // "’90s", "'08": an elided century, not a quotation mark.
            end += 2;
            while let Some(d) = at(end).filter(|&d| is_word_char(d)) {
                end += d.len_utf8();
            }
            TokenKind::Word
        } else if c.is_alphanumeric() {
            let numeric_start = c.is_numeric();
            loop {
                match at(end) {
                    Some(d) if is_word_char(d) => end += d.len_utf8(),
                    // Inner apostrophe or hyphen, or a dot/comma between digits.
                    Some(d)
                        if (is_apostrophe(d) || is_hyphen(d))
                            && at(end + d.len_utf8()).is_some_and(char::is_alphanumeric) =>
                    {
                        end += d.len_utf8()
                    }
                    Some('.' | ',')
                        if numeric_start && at(end + 1).is_some_and(|e| e.is_ascii_digit()) =>
                    {
                        end += 1
                    }
                    _ => break,
                }
            }
            // A bare domain name ("News.com.au"): only a word that opens a
            // token and stops at a dot can start one.
            let domain = (opens_word && at(end) == Some('.'))
                .then(|| domain_len(&s[start..]))
                .flatten();
            if let Some(len) = domain {
                end = start + len;
            }
            if domain.is_none() && matches!(at(end), Some('@' | '.' | '_' | '%' | '+' | '-')) {
                if let Some(len) = email_len(&s[start..]) {
                    end = start + len;
                }
            }
            // Dotted abbreviations: "U.S.", "a.m.", "e.g." (single letters and dots).
            if end == start + width && c.is_alphabetic() && at(end) == Some('.') {
                let mut k = end + 1;
                while let Some(e) = at(k).filter(|e| e.is_alphabetic()) {
                    let dot = k + e.len_utf8();
                    if at(dot) != Some('.') || at(dot + 1).is_some_and(char::is_alphabetic) {
                        break;
                    }
                    k = dot + 1;
                }
                if k > end + 1 {
                    end = k;
                }
            }
            // Plural possessive: "the protesters’ demands", unless it closes a quote.
            if let Some(apostrophe) = at(end).filter(|&d| is_apostrophe(d)) {
                let after = end + apostrophe.len_utf8();
                if domain.is_none()
                    && !single_quote_open
                    && s[..end].ends_with(['s', 'S'])
                    && !at(after).is_some_and(is_word_char)
                {
                    end = after;
                }
            }
            if numeric_start && !s[start..end].chars().any(char::is_alphabetic) {
                TokenKind::Number
            } else {
                TokenKind::Word
            }
        } else {
            // Runs of the same punctuation ("...", "--", "!!") are one token.
            if matches!(c, '.' | '-' | '!' | '?') {
                while at(end) == Some(c) {
                    end += width;
                }
            }
            match c {
                '‘' => single_quote_open = true,
                '’' => single_quote_open = false,
                '\'' if after_space && at(end).is_some_and(char::is_alphanumeric) => {
                    single_quote_open = true
                }
                '\'' => single_quote_open = false,
                _ => {}
            }
            TokenKind::Punct
        };
        out.push(Token {
            span: Span::new(span.start + start, span.start + end),
            kind,
        });
        previous = s[..end].chars().next_back();
        pos = end;
    }
    out
}

/// The indices of `toks` (as [`tokens`] returns them: in text order, not
/// overlapping) that overlap `span`, by binary search: a run-on sentence
/// may hold tens of thousands of tokens, searched once per attribution.
pub fn overlapping(toks: &[Token], span: Span) -> std::ops::Range<usize> {
    let from = toks.partition_point(|t| t.span.end <= span.start);
    let to = toks.partition_point(|t| t.span.start < span.end);
    from..to.max(from)
}

/// Written in capitals: two letters or more, none in lower case ("NRA",
/// "OTTAWA", "(REUTERS)").
pub fn is_all_caps(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlapping_finds_what_a_scan_finds() {
        let text = "“Yes,” said Ms. O’Neill — twice — in Kyiv’s U.S. embassy.";
        let toks = tokens(text, Span::new(0, text.len()));
        let bounds: Vec<usize> = (0..=text.len())
            .filter(|&k| text.is_char_boundary(k))
            .collect();
        for &start in &bounds {
            for &end in bounds.iter().filter(|&&e| e >= start) {
                let span = Span::new(start, end);
                let scan: Vec<usize> = (0..toks.len())
                    .filter(|&k| toks[k].span.overlaps(span))
                    .collect();
                let found: Vec<usize> = overlapping(&toks, span).collect();
                assert_eq!(found, scan, "{span:?}");
            }
        }
    }

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
    fn curly_and_straight_quotes_are_separate_tokens() {
        assert_eq!(
            words("“Yes,” he said."),
            ["“", "Yes", ",", "”", "he", "said", "."]
        );
        assert_eq!(
            words("He said 'we can't' and \"won't\"."),
            ["He", "said", "'", "we", "can't", "'", "and", "\"", "won't", "\"", "."]
        );
        assert_eq!(
            words("‘Russia’s offer is a trap’, said Kyiv."),
            [
                "‘",
                "Russia’s",
                "offer",
                "is",
                "a",
                "trap",
                "’",
                ",",
                "said",
                "Kyiv",
                "."
            ]
        );
    }

    #[test]
    fn plural_possessives_keep_their_apostrophe_unless_a_quote_is_open() {
        assert_eq!(
            words("The protesters’ demands and James' car"),
            ["The", "protesters’", "demands", "and", "James'", "car"]
        );
        assert_eq!(
            words("‘We back the Greens’ he said"),
            ["‘", "We", "back", "the", "Greens", "’", "he", "said"]
        );
    }

    #[test]
    fn hyphenated_words_and_elided_years_are_one_token() {
        assert_eq!(
            words("A well-known, Kremlin-backed anti-war group of the ’90s — and '08."),
            [
                "A",
                "well-known",
                ",",
                "Kremlin-backed",
                "anti-war",
                "group",
                "of",
                "the",
                "’90s",
                "—",
                "and",
                "'08",
                "."
            ]
        );
    }

    #[test]
    fn combining_marks_stay_inside_the_word() {
        let text = "Jose\u{301} Mourin\u{303}o met Zelensky\u{200d}.";
        assert_eq!(
            words(text),
            [
                "Jose\u{301}",
                "Mourin\u{303}o",
                "met",
                "Zelensky\u{200d}",
                "."
            ]
        );
    }

    #[test]
    fn urls_and_email_addresses_are_one_token_without_trailing_punctuation() {
        assert_eq!(
            words("Write to Jane.Doe@example.co.uk. See https://www.example.50.com/new-site/a_b.html."),
            ["Write", "to", "Jane.Doe@example.co.uk", ".", "See", "https://www.example.50.com/new-site/a_b.html", "."]
        );
        assert_eq!(
            words("(see www.bbc.co.uk/news, or https://en.wikipedia.org/wiki/Kyiv_(city))"),
            [
                "(",
                "see",
                "www.bbc.co.uk/news",
                ",",
                "or",
                "https://en.wikipedia.org/wiki/Kyiv_(city)",
                ")"
            ]
        );
        assert_eq!(
            words("at www. and user@host"),
            ["at", "www", ".", "and", "user", "@", "host"]
        );
    }

    #[test]
    fn bare_domain_names_are_one_token() {
        // Toilet-paper seed article: "according to the News.com.au report".
        assert_eq!(
            words("In a News.com.au report, see Amazon.com. Not U.S. or e.g. here."),
            [
                "In",
                "a",
                "News.com.au",
                "report",
                ",",
                "see",
                "Amazon.com",
                ".",
                "Not",
                "U.S.",
                "or",
                "e.g.",
                "here",
                "."
            ]
        );
    }
}
