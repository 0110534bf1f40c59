//! Statements made in court, as court reports give them: "The court heard
//! that …", "Jurors were told …", "…, a court has heard." and the headline's
//! "…, court hears". The court is not the speaker (it listened); who spoke
//! is rarely said, so the statement has none.
//!
//! A fixed formula of British and Irish court reporting, read from the
//! sentence's words rather than learned: PolNeAR (US politics) has too few
//! to learn it from.

use super::attribution::Attribution;
use crate::analysis::Span;

/// Who hears: the court or its people.
const HEARERS: &[&str] = &[
    "court",
    "jury",
    "jurors",
    "inquest",
    "tribunal",
    "hearing",
    "inquiry",
    "magistrates",
];

/// "heard", "has heard", "was told", "have been told", "hears".
fn hearing_verb(words: &[&str]) -> Option<usize> {
    let aux = |w: &str| matches!(w, "has" | "had" | "have" | "was" | "were" | "been");
    let mut n = 0;
    while n < words.len() && n < 2 && aux(words[n]) {
        n += 1;
    }
    matches!(words.get(n), Some(&("heard" | "hears" | "told")))
        .then_some(n + 1)
        .filter(|&len| words[len - 1] != "told" || len > 1)
}

/// The statement a court-report sentence carries, if it is one.
pub fn read(text: &str, sentence: Span) -> Option<Attribution> {
    let s = sentence.slice(text);
    let words: Vec<(usize, &str)> = s
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        .collect();
    let lower: Vec<String> = words
        .iter()
        .map(|(_, w)| w.trim_end_matches(['.', ',', ';', ':']).to_lowercase())
        .collect();
    let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
    let span_of = |from: usize, to: usize| {
        let start = sentence.start + words.get(from)?.0;
        let (at, w) = words.get(to.checked_sub(1)?)?;
        Some(Span::new(start, sentence.start + at + w.len()))
    };
    let hearer = |w: &str| HEARERS.contains(&w);
    // Leading: "The court heard (that) …", "Jurors were told …".
    let subject = match lower.as_slice() {
        ["the" | "a", h, ..] if hearer(h) => 2,
        [h, ..] if hearer(h) && matches!(*h, "jurors" | "magistrates") => 1,
        _ => 0,
    };
    if subject > 0 {
        let verb = hearing_verb(&lower[subject..])?;
        let mut from = subject + verb;
        // A clause: "that …", "how …", or words with a finite verb ("heard
        // Pemberton was arrested"), not "heard the case in private".
        let finite = |w: &&str| {
            matches!(
                *w,
                "had"
                    | "has"
                    | "have"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
                    | "would"
                    | "will"
                    | "did"
                    | "could"
            )
        };
        match lower.get(from) {
            Some(&"that") => from += 1,
            Some(&"how") => {}
            _ if lower.iter().skip(from).take(6).any(finite) => {}
            _ => return None,
        }
        let content = span_of(from, words.len())?;
        return Some(Attribution {
            cue: span_of(subject, subject + verb)?,
            speaker: None,
            content: trim_end_punctuation(text, content)?,
        });
    }
    // Trailing: "…, a court has heard.", "…, court hears".
    let comma = words.iter().rposition(|(_, w)| w.ends_with(','))?;
    let tail = &lower[comma + 1..];
    let subject = match tail {
        ["the" | "a", h, ..] if hearer(h) => 2,
        [h, ..] if hearer(h) => 1,
        _ => return None,
    };
    let verb = hearing_verb(&tail[subject..])?;
    if comma + 1 + subject + verb != words.len() {
        return None;
    }
    let content = span_of(0, comma + 1)?;
    Some(Attribution {
        cue: trim_end_punctuation(text, span_of(comma + 1 + subject, words.len())?)?,
        speaker: None,
        content: trim_end_punctuation(text, content)?,
    })
}

/// Without a last comma or full stop.
fn trim_end_punctuation(text: &str, span: Span) -> Option<Span> {
    let s = span.slice(text).trim_end_matches([',', '.', ' ']);
    (!s.is_empty()).then(|| Span::new(span.start, span.start + s.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(s: &str) -> Option<(String, String)> {
        let a = read(s, Span::new(0, s.len()))?;
        Some((a.cue.slice(s).to_owned(), a.content.slice(s).to_owned()))
    }

    #[test]
    fn reads_the_court_report_formulas() {
        assert_eq!(
            parts("The court heard that the charity raised almost £6m."),
            Some(("heard".into(), "the charity raised almost £6m".into()))
        );
        assert_eq!(
            parts("Jurors were told he had been arrested in March."),
            Some(("were told".into(), "he had been arrested in March".into()))
        );
        assert_eq!(
            parts("A former chief executive spent £2.3m on a villa, a court has heard."),
            Some((
                "has heard".into(),
                "A former chief executive spent £2.3m on a villa".into()
            ))
        );
        assert_eq!(
            parts("Charity boss spent donations on villa, court hears"),
            Some((
                "hears".into(),
                "Charity boss spent donations on villa".into()
            ))
        );
    }

    #[test]
    fn leaves_other_sentences() {
        assert_eq!(parts("The court heard the case in private."), None);
        assert_eq!(
            parts("The inquest heard how she had called for help."),
            Some(("heard".into(), "how she had called for help".into()))
        );
        assert_eq!(parts("The judge told the jury to ignore it."), None);
        assert_eq!(parts("He was told, the court heard nothing."), None);
        assert_eq!(parts("The jury told"), None);
        assert_eq!(parts(""), None);
    }
}
