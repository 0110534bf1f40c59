//! The cue lexicon: verbs of speaking, writing and stance, in all their forms.
//!
//! The forms live in a generated, sorted table (`cue_table.rs`, made by
//! `tools/gen_cues.py` from hand-curated lemma lists) and are found by binary
//! search: no allocation, no start-up cost. Each form carries a class that
//! tells the attribution reader where the reported content starts.

#[path = "cue_table.rs"]
mod table;

/// How a cue verb takes its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueClass {
    /// A reported clause follows or precedes: "said (that) …", "…, he said."
    Say,
    /// The addressee comes first: "told reporters (that) …".
    Tell,
    /// An object phrase is the content: "criticized Trump for …", "echoed this assessment".
    Object,
}

/// The class of `word` (lowercase) if it is a cue verb form.
pub fn cue_class(word: &str) -> Option<CueClass> {
    // Most words fail this cheap test on length and first and last letter.
    let bytes = word.as_bytes();
    let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
        return None;
    };
    let letter_bit = |b: u8| b.is_ascii_lowercase().then(|| 1u32 << (b - b'a'));
    let len = bytes.len();
    let maybe = len < table::FIRST_LETTERS_BY_LEN.len()
        && letter_bit(first).is_some_and(|bit| table::FIRST_LETTERS_BY_LEN[len] & bit != 0)
        && letter_bit(last).is_some_and(|bit| table::LAST_LETTERS_BY_LEN[len] & bit != 0);
    if !maybe {
        return None;
    }
    table::CUE_FORMS
        .binary_search_by(|(form, _)| form.cmp(&word))
        .ok()
        .map(|k| table::CUE_FORMS[k].1)
}

/// Is `word` (lowercase) a speech or cognition verb?
pub fn is_speech_verb(word: &str) -> bool {
    cue_class(word).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_finds_every_form() {
        assert!(
            table::CUE_FORMS.windows(2).all(|w| w[0].0 < w[1].0),
            "CUE_FORMS must stay sorted"
        );
        for w in [
            "said",
            "told",
            "stressed",
            "echoed",
            "tweeted",
            "reiterates",
            "denied",
            "writing",
        ] {
            assert!(is_speech_verb(w), "{w}");
        }
        for w in ["according", "states", "the", "claims"] {
            assert!(!is_speech_verb(w), "{w}");
        }
        assert_eq!(cue_class("told"), Some(CueClass::Tell));
        assert_eq!(cue_class("echoed"), Some(CueClass::Object));
        // Doubled final consonants: "slammed", not "slamed".
        for w in ["slammed", "slamming", "quipped", "admitted"] {
            assert!(cue_class(w).is_some(), "{w}");
        }
        assert_eq!(cue_class("slamed"), None);
        for (form, class) in table::CUE_FORMS {
            assert_eq!(cue_class(form), Some(*class), "{form}");
        }
    }
}
