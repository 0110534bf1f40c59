//! Page furniture that the layout did not catch: sentence-sized pieces of
//! bylines, time stamps and calls to action that a splitter leaves in the
//! body ("By .", "Daily Mail Reporter .", "PUBLISHED: . 12:01 EST, 3 May
//! 2014 .", "Scroll down for video").
//!
//! The test is about shape, not about any one site: prose has lower-case
//! function words, so a piece with fewer than two lower-case words is a
//! label, a name or a date, not a sentence worth summarising. A short list of
//! furniture phrases catches the rest.

/// Phrases that mark a sentence as page furniture wherever they occur.
const FURNITURE_PHRASES: &[&str] = &[
    "published:",
    "updated:",
    "last updated",
    "scroll down for",
    "click here",
    "read more",
    "sign up for",
    "subscribe to",
    "follow us",
    "share this with",
    "share or comment",
    "comment on this",
    "sorry we are not currently accepting comments",
    "all rights reserved",
    "copy this link",
    "for the latest",
    "reporter for mailonline",
    "daily mail reporter",
    "associated press contributed",
    "with inputs from",
    "editing by",
    "reporting by",
    "additional reporting",
    "follow @",
    "e-mail to a friend",
    "for confidential support",
];

/// The longest piece that a furniture phrase marks as furniture.
const MAX_FURNITURE_WORDS: usize = 20;

/// Does this sentence read as page furniture rather than article prose?
pub fn is_furniture(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    // Furniture is short: a long "sentence" that contains a furniture phrase
    // is prose the splitter glued to it, and dropping it would drop the prose.
    let words = sentence.split_whitespace().count();
    if words <= MAX_FURNITURE_WORDS && FURNITURE_PHRASES.iter().any(|p| lower.contains(p)) {
        return true;
    }
    let trimmed = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    // "By Jane Smith ." and "By . Jane Smith": a byline split into sentences.
    if (trimmed.starts_with("by ") || trimmed == "by")
        && sentence.split_whitespace().count() <= 8
        && !sentence.contains(", who")
    {
        let names = sentence
            .split_whitespace()
            .skip(1)
            .filter(|w| w.chars().next().is_some_and(char::is_alphabetic))
            .all(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    || matches!(w, "and" | "in" | "for")
            });
        if names {
            return true;
        }
    }
    let lower_words = sentence
        .split_whitespace()
        .filter(|w| {
            let mut letters = w.chars().filter(|c| c.is_alphabetic());
            letters.next().is_some_and(char::is_lowercase)
                && w.chars().filter(|c| c.is_alphabetic()).count() >= 2
        })
        .count();
    lower_words < 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byline_and_timestamp_pieces_are_furniture() {
        for piece in [
            "By .",
            "Daily Mail Reporter .",
            "PUBLISHED: .",
            "12:01 EST, 3 May 2014 .",
            "| .",
            "By Sam Webb and Jill Reilly .",
            "Scroll down for video.",
            "Last updated at 5:17 PM on 9th January 2012.",
        ] {
            assert!(is_furniture(piece), "{piece}");
        }
    }

    #[test]
    fn prose_glued_to_a_furniture_phrase_is_kept() {
        assert!(!is_furniture(
            "Share this withEmailFacebookTwitterCopy this linkResearchers found that four out of \
             five children in England who ate school lunches had tried food at school that they \
             had not tried at home."
        ));
        assert!(is_furniture("Share this with Email Facebook Twitter"));
    }

    #[test]
    fn short_prose_and_leads_are_not_furniture() {
        for sentence in [
            "By the end of the day, the talks had produced a draft.",
            "Kilmarnock will confirm Gary Locke as manager on Friday.",
            "Prices rose sharply.",
            "The talks were productive, Umerov said.",
        ] {
            assert!(!is_furniture(sentence), "{sentence}");
        }
    }
}
