//! A speaker's role, as the quote table shows it.
//!
//! The entity step reads roles from apposition and pre-modifiers; here they
//! are checked before a quote shows them (an apposition reader can take a
//! clause for a role: "According to Umerov, the delegations also
//! discussed …"), and a title the name itself carries ("Russian President
//! Vladimir Putin") becomes the role, leaving the name.

use super::cues::is_speech_verb;

/// Words that show a "role" is really a clause.
const CLAUSE_WORDS: &[&str] = &[
    "also", "has", "have", "had", "is", "are", "was", "were", "will", "would", "said", "says",
    "did", "does", "can", "could", "should", "that", "which", "when", "while", "because",
];

/// Does `role` read like a role ("chief peace negotiator") rather than a clause?
pub fn is_plausible(role: &str) -> bool {
    let words: Vec<String> = role
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    !words.is_empty()
        && words.len() <= 14
        && !words
            .iter()
            .any(|w| CLAUSE_WORDS.contains(&w.as_str()) || is_speech_verb(w))
}

/// "Russian President Vladimir Putin" → ("Vladimir Putin", Some("Russian President")):
/// split after the last title word when a name follows it ("Mr John Smith"
/// → "John Smith" with no role).
pub fn split_title(name: &str) -> (&str, Option<&str>) {
    let words: Vec<(usize, &str)> = name
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - name.as_ptr() as usize, w))
        .collect();
    let last_title = words
        .iter()
        .rposition(|(_, w)| crate::entities::is_title(w));
    match last_title {
        Some(t) if t + 1 < words.len() => {
            let (start, _) = words[t + 1];
            let (title_start, title) = words[t];
            let role = &name[..title_start + title.len()];
            // "Mr John Smith": an honorific is no role.
            let is_role = !role.split_whitespace().all(crate::entities::is_honorific);
            (&name[start..], is_role.then_some(role))
        }
        _ => (name, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_roles_and_rejects_clauses() {
        assert!(is_plausible("Ukraine’s chief peace negotiator"));
        assert!(is_plausible(
            "a special envoy of Russian President Vladimir Putin"
        ));
        assert!(!is_plausible(
            "the delegations also discussed timelines and the sequencing"
        ));
    }

    #[test]
    fn splits_a_title_off_a_name() {
        assert_eq!(
            split_title("Russian President Vladimir Putin"),
            ("Vladimir Putin", Some("Russian President"))
        );
        assert_eq!(split_title("Rustem Umerov"), ("Rustem Umerov", None));
        assert_eq!(split_title("President"), ("President", None));
        assert_eq!(split_title("Mr John Smith"), ("John Smith", None));
    }
}
