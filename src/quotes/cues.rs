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
    }
}
