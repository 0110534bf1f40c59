//! Page furniture that the layout did not catch: sentence-sized pieces of
//! bylines, time stamps and calls to action that a splitter leaves in the
//! body ("By .", "Daily Mail Reporter .", "PUBLISHED: . 12:01 EST, 3 May
//! 2014 .", "Scroll down for video").
//!
//! The test is about shape, not about any one site: prose has lower-case
//! function words, so a piece with fewer than two lower-case words is a
//! label, a name or a date, not a sentence worth summarising. A short list of
//! furniture phrases catches the rest.
//!
//! Photo captions are furniture too. Many sites write them as a short label
//! and a colon ("Stranded: The ferry aground off Arrow") and end them
//! without a full stop, so a plain-text copy of the page runs the captions
//! of a gallery into one long "sentence". Such a caption run repeats the
//! story's key words and would win every centrality contest; it is
//! recognised by two or more caption labels in a piece longer than a
//! caption. A piece that opens with "Scroll down for video" is the start of
//! a media block (the video or photo caption, run into what follows), so it
//! is furniture at any length.

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

/// A caption run is longer than this many words; shorter pieces with a
/// label ("Call of Duty: Finest Hour") are left to the other tests.
const MIN_CAPTION_RUN_WORDS: usize = 30;

/// The most words a caption label has before its colon ("Obsessed with
/// her style:").
const MAX_LABEL_WORDS: usize = 5;

/// Starts with an upper-case letter, after any opening quotation mark.
fn capitalised(word: &str) -> bool {
    word.trim_start_matches(['\'', '"', '‘', '“'])
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

/// How many caption labels the piece holds: a capitalised run of at most
/// [`MAX_LABEL_WORDS`] words that ends in a colon, starts the piece or
/// follows a word with no punctuation (where a full stop was left out), and
/// is followed directly by a capital or a digit (not by a quotation, as in
/// `He said: 'We will'`).
fn caption_labels(words: &[&str]) -> usize {
    let unpunctuated = |w: &str| w.ends_with(|c: char| c.is_alphanumeric());
    (0..words.len())
        .filter(|&j| {
            let Some(head) = words[j].strip_suffix(':') else {
                return false;
            };
            let next_starts_caption = words.get(j + 1).is_some_and(|n| {
                n.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            });
            !head.is_empty()
                && next_starts_caption
                && (j.saturating_sub(MAX_LABEL_WORDS - 1)..=j).any(|k| {
                    capitalised(words[k])
                        && words[k..j].iter().all(|w| unpunctuated(w))
                        && (k == 0 || unpunctuated(words[k - 1]))
                })
        })
        .count()
}

/// Is this piece a run of photo captions (see the module notes)?
pub fn is_caption_run(sentence: &str) -> bool {
    let words: Vec<&str> = sentence.split_whitespace().collect();
    if words.len() < MIN_CAPTION_RUN_WORDS {
        return false;
    }
    caption_labels(&words) >= 2
}

/// Phrases that open a media block or a live page's greeting when they
/// start a piece.
const MEDIA_BLOCK_OPENERS: &[&str] = &[
    "scroll down for",
    "watch the video",
    "pictured:",
    "good morning and welcome",
    "good afternoon and welcome",
    "good evening and welcome",
    "hello and welcome",
    "welcome to our live",
];

/// Does this sentence read as page furniture rather than article prose?
pub fn is_furniture(sentence: &str) -> bool {
    if is_caption_run(sentence) {
        return true;
    }
    let lower = sentence.to_lowercase();
    let opening = lower.trim_start_matches(|c: char| !c.is_alphanumeric());
    if MEDIA_BLOCK_OPENERS.iter().any(|p| opening.starts_with(p)) {
        return true;
    }
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
    fn photo_captions_run_together_are_furniture() {
        for run in [
            "Stranded: The Morning Star ferry aground on the sandbank off Arrow island on \
             Thursday evening as fog rolled in Rescue: Lifeboat crews bring ferry passengers \
             ashore at the island harbour in the early hours of Friday",
            "Flooded: The high street under a foot of water on Tuesday morning after the \
             river burst its banks Closed: Shops with sandbags piled outside their doors on \
             Station Road in the town centre",
        ] {
            assert!(is_caption_run(run), "{run}");
            assert!(is_furniture(run), "{run}");
        }
    }

    #[test]
    fn a_piece_opening_with_scroll_down_for_video_is_a_media_block() {
        let caption = "Scroll down for video The high street under a foot of water on Tuesday \
                       morning after the river burst its banks The council said the clean-up \
                       would take weeks and that shops could stay closed until the end of the \
                       month.";
        assert!(!is_caption_run(caption));
        assert!(is_furniture(caption));
    }

    #[test]
    fn prose_with_colons_is_not_a_caption_run() {
        for sentence in [
            "The audio award was won by Call of Duty: Finest Hour and Hitman: Contracts won \
             the music award.",
            "Speaking after the vote, the mayor said: 'We have waited for this bridge for \
             thirty years and the city will not wait any longer.' The council chief said: \
             'Work starts in May.'",
            "The report made two demands: Ministers must publish the figures every month, and \
             the regulator must explain within a week why any hospital misses its target for \
             the second time running.",
        ] {
            assert!(!is_caption_run(sentence), "{sentence}");
        }
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
