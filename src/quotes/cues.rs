//! The cue lexicon: verbs of speaking and stating, in all their forms.
//!
//! A sorted static table searched by binary search: no allocation, no
//! start-up cost, and the list reads as data.

/// Sorted; every inflected form is listed so lookup needs no stemming.
const CUES: &[&str] = &[
    "acknowledge", "acknowledged", "acknowledges", "add", "added", "adding", "adds", "admit",
    "admits", "admitted", "admitting", "announce", "announced", "announces", "announcing",
    "argue", "argued", "argues", "arguing", "ask", "asked", "asking", "asks", "assert",
    "asserted", "asserts", "assured", "believe", "believed", "believes", "claim", "claimed",
    "claiming", "claims", "comment", "commented", "complain", "complained", "complains",
    "concede", "conceded", "concedes", "conclude", "concluded", "confirm", "confirmed",
    "confirming", "confirms", "contend", "contended", "contends", "continue", "continued",
    "declare", "declared", "declares", "denied", "denies", "deny", "describe", "described",
    "describes", "echo", "echoed", "echoes", "emphasise", "emphasised", "emphasize",
    "emphasized", "estimate", "estimated", "estimates", "expect", "expected", "expects",
    "explain", "explained", "explaining", "explains", "insist", "insisted", "insisting",
    "insists", "maintain", "maintained", "maintains", "mention", "mentioned", "note", "noted",
    "notes", "noting", "observe", "observed", "predict", "predicted", "predicts", "promise",
    "promised", "promises", "reiterate", "reiterated", "reiterates", "remark", "remarked",
    "replied", "reply", "report", "reported", "reports", "respond", "responded", "reveal",
    "revealed", "reveals", "said", "say", "saying", "says", "state", "stated", "states",
    "stress", "stressed", "stresses", "stressing", "suggest", "suggested", "suggests", "tell",
    "telling", "tells", "testified", "think", "thinks", "thought", "told", "tweet", "tweeted",
    "tweets", "urge", "urged", "urges", "warn", "warned", "warning", "warns", "write", "writes",
    "writing", "wrote",
];

/// Is `word` (lowercase) a speech or cognition verb?
pub fn is_speech_verb(word: &str) -> bool {
    CUES.binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_and_finds_inflections() {
        assert!(CUES.windows(2).all(|w| w[0] < w[1]), "CUES must stay sorted");
        for w in ["said", "told", "stressed", "echoed", "according"] {
            assert_eq!(is_speech_verb(w), w != "according", "{w}");
        }
    }
}
