//! Wire datelines that open a news story: "BERLIN, June 4 (Reuters) -",
//! "WASHINGTON (AP) —", "CAMBRIDGE, Mass. —", "MILAN/ROME, May 3 (Reuters) -"
//! and, in Indian style, "New Delhi:".
//!
//! A dateline names where the story was filed, not what it is about: the
//! quote finder must not take its place as the sentence's subject, and the
//! summary shows the sentence without it. Both read it here, from tokens, so
//! they agree on what a dateline is.

use super::{Token, TokenKind};

/// Datelines are short: the place, a state or country, a date, an agency.
const MAX_TOKENS: usize = 12;

/// Tokens of a dash dateline opening the sentence `toks` (tokens of `text`):
/// an all-caps place (several places joined by "/"), then commas, capitalised
/// words after a comma (", Ukraine", ", Nov"), numbers, full stops and a
/// parenthesised agency, up to a dash ("-", "—", "–", "--") within the first
/// dozen tokens. 0 if there is none.
pub fn dateline_end(text: &str, toks: &[Token]) -> usize {
    scan(text, toks, Ending::Dash)
}

/// Tokens of an Indian-style dateline opening the sentence: a capitalised
/// place ("New Delhi", "MUMBAI"), optionally a date and an agency, then a
/// colon ("New Delhi, June 4 (PTI):"). Many sentences open with a few
/// capitalised words and a colon ("Update:", "Mr Rao: …"), so only the
/// first sentence of an article's body, whose first word names a place,
/// should be read this way. 0 if there is none.
pub fn colon_dateline_end(text: &str, toks: &[Token]) -> usize {
    scan(text, toks, Ending::Colon)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Ending {
    Dash,
    Colon,
}

fn scan(text: &str, toks: &[Token], ending: Ending) -> usize {
    let raw = |k: usize| toks.get(k).map_or("", |t| t.span.slice(text));
    let upper = |k: usize| super::is_all_caps(raw(k));
    let capitalised = |k: usize| raw(k).chars().next().is_some_and(char::is_uppercase);
    // A word of the place (or, before a dash, any all-caps word: "(REUTERS)"):
    // all caps before a dash, capitalised before a colon.
    let place = |k: usize, in_place: bool| match ending {
        Ending::Dash => upper(k),
        Ending::Colon => in_place && capitalised(k) && toks[k].kind == TokenKind::Word,
    };
    let ends = |k: usize| match ending {
        Ending::Dash => matches!(raw(k), "-" | "—" | "–" | "--"),
        Ending::Colon => raw(k) == ":",
    };
    // "Dec 1 2026 — …": a date alone, before a dash.
    let month = |k: usize| {
        let w = raw(k).trim_end_matches('.');
        MONTHS
            .iter()
            .any(|m| w == *m || w.len() >= 3 && m.starts_with(w))
    };
    let date_first = ending == Ending::Dash && month(0);
    // Still in the place words (no comma, date or agency yet).
    let mut in_place = true;
    let mut in_parens = false;
    for (k, tok) in toks.iter().enumerate().take(MAX_TOKENS) {
        match raw(k) {
            "(" => {
                in_parens = true;
                in_place = false;
            }
            ")" => in_parens = false,
            _ if ends(k) => {
                let dated = date_first && k > 1 && toks[k - 1].kind == TokenKind::Number;
                return if k > 0 && (place(0, true) || dated) {
                    k + 1
                } else {
                    0
                };
            }
            _ if k == 0 && date_first => in_place = false,
            "," | "." => in_place = false,
            // "MILAN/ROME": places filed from together.
            "/" if k > 0 && in_place && upper(k - 1) && upper(k + 1) => {}
            // "DOHA, Nov 27 (Reuters) -": a date.
            _ if tok.kind == TokenKind::Number && k > 0 => in_place = false,
            _ if in_parens
                || place(k, in_place)
                || capitalised(k) && k > 0 && raw(k - 1) == "," => {}
            _ => return 0,
        }
    }
    0
}

#[rustfmt::skip]
const MONTHS: &[&str] = &[
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Sept",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::Span;
    use crate::text::tokens;

    /// The text after the dateline, or `None` when there is none.
    fn after(text: &str, ending: Ending) -> Option<&str> {
        let toks = tokens(text, Span::new(0, text.len()));
        let n = scan(text, &toks, ending);
        (n > 0).then(|| &text[toks[n].span.start..])
    }

    #[test]
    fn dash_datelines_end_at_their_dash() {
        for (text, rest) in [
            ("OSLO, March 9 (Reuters) - Equinor will", "Equinor will"),
            ("DENVER (AP) — A wildfire", "A wildfire"),
            ("SAN DIEGO — The city", "The city"),
            ("AUSTIN, Texas — Voters", "Voters"),
            ("ITHACA, N.Y. -- The college", "The college"),
            ("PARIS/LONDON, Jan 2 (Reuters) - Airlines", "Airlines"),
            ("Dec 1 2026 — Eating nuts", "Eating nuts"),
            ("Sept. 4, 2026 - The board", "The board"),
        ] {
            assert_eq!(after(text, Ending::Dash), Some(rest), "{text}");
        }
    }

    #[test]
    fn sentences_without_a_dash_dateline() {
        for text in [
            "Oslo — the capital — is cold.",
            "NATO allies met in Oslo - briefly.",
            "May — the prime minister — resigned.",
            "The BBC - and others - said so.",
            "- Item one",
            "Kabul: The Taliban said",
            "PARIS/ London - no",
        ] {
            assert_eq!(after(text, Ending::Dash), None, "{text}");
        }
    }

    #[test]
    fn colon_datelines() {
        assert_eq!(
            after("Chennai: Rain lashed", Ending::Colon),
            Some("Rain lashed")
        );
        assert_eq!(
            after("New Delhi, June 4 (PTI): The court", Ending::Colon),
            Some("The court")
        );
        assert_eq!(after("The verdict: guilty", Ending::Colon), None);
        assert_eq!(after("Asked why: he left", Ending::Colon), None);
        assert_eq!(after("Chennai — Rain lashed", Ending::Colon), None);
    }
}
