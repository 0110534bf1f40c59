//! Titles and roles the text gives a person.
//!
//! Two news patterns cover most cases: a pre-modifier run before the name
//! ("Ukraine’s chief peace negotiator Rustem Umerov", "White House official
//! Josh Gruenbaum") and an apposition after it ("Andriy Hnatov, Chief of the
//! General Staff, …"). Both are read from the tokens around the mention.

use crate::analysis::{Entity, EntityLabel, Span};
use crate::text::{tokens, TokenKind};

/// Words that end a pre-modifier role when read backwards from the name:
/// conjunctions, prepositions, pronouns ("his car was swept away near
/// Llanwrtyd Wells", "on Sunday after Storm Bert").
const STOP_BEFORE: &[&str] = &[
    "and", "or", "but", "said", "says", "by", "with", "to", "from", "in", "on", "at", "for",
    "that", "while", "as", "when", "where", "who", "which", "met", "included", "told", "of",
    "near", "after", "before", "during", "against", "into", "about", "over", "under", "between",
    "through", "without", "behind", "across", "around", "toward", "towards", "like", "than", "via",
    "among", "amid", "despite", "beyond", "upon", "within", "his", "her", "its", "their", "our",
    "my", "your", "he", "she", "they", "we", "it", "i", "you", "if", "because", "so", "then",
    "there", "here", "not",
];

/// Role nouns that no suffix rule below recognises.
const ROLE_NOUNS: &[&str] = &[
    "aide",
    "ally",
    "boss",
    "candidate",
    "chief",
    "colleague",
    "cop",
    "envoy",
    "expert",
    "head",
    "hopeful",
    "judge",
    "mp",
    "mep",
    "nominee",
    "official",
    "pilot",
    "pm",
    "rival",
    "star",
    "staff",
    "staffer",
    "veteran",
    "victim",
    "wife",
    "husband",
    "son",
    "daughter",
    "mother",
    "father",
    "brother",
    "sister",
    "friend",
    "widow",
    "ceo",
    "cfo",
    "coo",
    "cto",
    "chair",
    "mogul",
    "tycoon",
    "heir",
    "guru",
    "critic",
    "poet",
    "novelist",
    "diplomat",
    "democrat",
    "republican",
    "delegate",
    "advocate",
    "graduate",
    "actress",
    "hostess",
    "heiress",
    "princess",
    "duchess",
    "countess",
    "witness",
    "pundit",
    "legend",
    "host",
    "co-host",
    "personality",
    "celebrity",
    "billionaire",
    "millionaire",
    "incumbent",
    "liaison",
    "chef",
    "icon",
    "idol",
    "coach",
    "cleric",
    "monk",
    "nun",
    "priest",
    "imam",
    "rabbi",
    "bishop",
    "cardinal",
    "sheikh",
    "emir",
    "tsar",
    "czar",
    "dictator",
    "sen",
    "rep",
    "gov",
];

/// Words with a role suffix that are no role ("consider", "prevent").
const NOT_ROLES: &[&str] = &[
    "consider",
    "deliver",
    "offer",
    "answer",
    "remember",
    "order",
    "enter",
    "suffer",
    "gather",
    "cover",
    "bother",
    "wonder",
    "murder",
    "discover",
    "register",
    "counter",
    "render",
    "surrender",
    "alter",
    "never",
    "ever",
    "however",
    "whether",
    "either",
    "neither",
    "other",
    "another",
    "together",
    "rather",
    "further",
    "later",
    "earlier",
    "sooner",
    "longer",
    "former",
    "latter",
    "upper",
    "inner",
    "outer",
    "proper",
    "power",
    "paper",
    "water",
    "matter",
    "number",
    "letter",
    "center",
    "centre",
    "summer",
    "winter",
    "september",
    "october",
    "november",
    "december",
    "january",
    "february",
    "dinner",
    "corner",
    "border",
    "tower",
    "theater",
    "cancer",
    "computer",
    "character",
    "quarter",
    "manner",
    "chapter",
    "weather",
    "prior",
    "minor",
    "error",
    "floor",
    "door",
    "favor",
    "honor",
    "behavior",
    "color",
    "resist",
    "insist",
    "assist",
    "persist",
    "exist",
    "consist",
    "enlist",
    "primary",
    "necessary",
    "ordinary",
    "summary",
    "library",
    "military",
    "anniversary",
];

/// The word right before a name heads its pre-modifier role: a title, a
/// role noun, or a word with an agent or role suffix ("negotiator",
/// "resident", "spokeswoman", "economist", "representative").
pub(crate) fn is_role_head(word: &str) -> bool {
    let w = word.to_lowercase();
    let w = w.as_str();
    if STOP_BEFORE.contains(&w) || NOT_ROLES.contains(&w) {
        return false;
    }
    super::TITLES.contains(&w)
        || ROLE_NOUNS.contains(&w)
        || [
            "er", "or", "ist", "ian", "dent", "nent", "gent", "ient", "ant", "man", "men", "woman",
            "women", "person", "ee", "tive", "ary", "crat",
        ]
        .iter()
        .any(|end| w.len() > end.len() + 2 && w.ends_with(end))
}

/// Lower-case words that modify a role ("former", "chief", "peace"), besides
/// role heads and adjectives by suffix ("presidential", "economic").
const ROLE_MODIFIERS: &[&str] = &[
    "former",
    "top",
    "senior",
    "junior",
    "acting",
    "interim",
    "special",
    "peace",
    "council",
    "party",
    "campaign",
    "state",
    "city",
    "county",
    "defence",
    "defense",
    "health",
    "finance",
    "security",
    "trade",
    "energy",
    "news",
    "tv",
    "radio",
    "team",
    "club",
    "house",
    "foreign",
    "chief",
    "deputy",
    "vice",
    "prime",
    "local",
    "then",
    "longtime",
    "veteran",
    "retired",
    "late",
    "new",
    "general",
    "staff",
    "star",
    "fellow",
    "rights",
    "opposition",
    "government",
    "army",
    "navy",
    "police",
    "fire",
    "labour",
    "labor",
    "union",
    "business",
    "tech",
    "film",
    "music",
    "pop",
    "rock",
    "science",
    "climate",
    "education",
    "justice",
    "interior",
    "home",
    "budget",
    "tax",
    "policy",
    "communications",
    "press",
    "media",
    "white",
    "real",
    "estate",
    "investment",
    "hedge",
    "fund",
    "world",
    "olympic",
    "co",
    "founding",
    "executive",
    "managing",
    "assistant",
    "associate",
    "sports",
];

/// A lower-case word that can stand inside a pre-modifier role.
fn is_role_modifier(word: &str) -> bool {
    let w = word.to_lowercase();
    // A possessor: "the bloc's energy chief".
    let possessor = w
        .strip_suffix("'s")
        .or_else(|| w.strip_suffix("’s"))
        .is_some_and(|stem| !stem.is_empty() && !STOP_BEFORE.contains(&stem));
    is_role_head(&w)
        || possessor
        || ROLE_MODIFIERS.contains(&w.as_str())
        || ["al", "ic", "ical", "ese", "ish", "ian", "an"]
            .iter()
            .any(|end| w.len() > end.len() + 3 && w.ends_with(end))
}

/// `(mention span, role)` for person mentions that carry a role.
pub fn roles(
    text: &str,
    entities: &[Entity],
    sentences: &[crate::analysis::Sentence],
) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    for sentence in sentences {
        let people = super::starting_in(entities, sentence.span)
            .iter()
            .filter(|e| e.label == EntityLabel::Person && sentence.span.contains(e.span));
        let mut people = people.peekable();
        if people.peek().is_none() {
            continue;
        }
        let toks = tokens(text, sentence.span);
        for e in people {
            let Some(first) = toks.iter().position(|t| t.span.start >= e.span.start) else {
                continue;
            };
            let Some(last) = toks
                .iter()
                .rposition(|t| t.span.end <= e.span.end + 4 && t.span.start < e.span.end)
            else {
                continue;
            };
            if let Some(role) =
                premodifier(text, &toks, first).or_else(|| apposition(text, &toks, last))
            {
                out.push((e.span, role));
            }
        }
    }
    out
}

fn premodifier(text: &str, toks: &[crate::text::Token], first: usize) -> Option<String> {
    // A noun right before a lower-case role head ("baseball player").
    let compound = |j: usize| {
        let w = toks[j].span.slice(text);
        toks.get(j + 1).is_some_and(|n| {
            let n = n.span.slice(text);
            n.starts_with(char::is_lowercase) && is_role_head(n)
        }) && !w.ends_with("ed")
            && !w.ends_with("ing")
            && !is_role_head(w)
    };
    let mut k = first;
    while k > 0 {
        let t = &toks[k - 1];
        let w = t.span.slice(text);
        let lower = w.to_lowercase();
        // "IT" in "Clinton’s top IT staffer" is no pronoun.
        let shouting = w.len() > 1 && !w.chars().any(char::is_lowercase);
        if t.kind != TokenKind::Word
            || STOP_BEFORE.contains(&lower.as_str()) && !shouting
            || matches!(lower.as_str(), "the" | "a" | "an")
            || crate::quotes::is_speech_verb(&lower)
            || first - k >= 6
            || w.starts_with(char::is_lowercase) && !is_role_modifier(w) && !compound(k - 1)
        {
            break;
        }
        k -= 1;
    }
    if k == first || !is_role_head(toks[first - 1].span.slice(text)) {
        return None;
    }
    Some(
        Span::new(toks[k].span.start, toks[first - 1].span.end)
            .slice(text)
            .to_owned(),
    )
}

/// Words that make a comma-led phrase a clause rather than an apposition.
const CLAUSE_WORDS: &[&str] = &[
    "be",
    "also",
    "still",
    "already",
    "never",
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "can",
    "did",
    "does",
    "do",
    "should",
    "may",
    "might",
    "must",
    "been",
    "being",
    "discussed",
    "met",
];

/// A lower-case word that makes the phrase holding it a clause, not an
/// apposition describing a name: an auxiliary or a clause adverb (callers
/// add their own test for cue verbs).
pub(crate) fn is_clause_word(lower: &str) -> bool {
    CLAUSE_WORDS.contains(&lower)
}

fn apposition(text: &str, toks: &[crate::text::Token], last: usize) -> Option<String> {
    if toks.get(last + 1)?.span.slice(text) != "," {
        return None;
    }
    let start = last + 2;
    let first_word = toks.get(start)?.span.slice(text);
    let starts_role = matches!(first_word, "a" | "an" | "the")
        || super::TITLES.contains(&first_word.to_lowercase().as_str());
    if !starts_role {
        return None;
    }
    let mut end = start;
    while end < toks.len()
        && !matches!(
            toks[end].span.slice(text),
            "," | "." | ";" | "—" | "–" | ":"
        )
    {
        end += 1;
    }
    // A role is a noun phrase; a verb means the comma opened a clause
    // ("According to Umerov, the delegations also discussed …").
    let is_clause = toks[start..end].iter().any(|t| {
        let w = t.span.slice(text).to_lowercase();
        is_clause_word(&w) || crate::quotes::is_speech_verb(&w)
    });
    (end > start && end - start <= 14 && !is_clause).then(|| {
        Span::new(toks[start].span.start, toks[end - 1].span.end)
            .slice(text)
            .to_owned()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{Sentence, SentenceKind};

    /// The role of the person mention `name` in `text`.
    fn role_of(text: &str, name: &str) -> Option<String> {
        let start = text.find(name).expect("name in text");
        let person = Entity {
            span: Span::new(start, start + name.len()),
            label: EntityLabel::Person,
            cluster: None,
        };
        let sentence = Sentence {
            span: Span::new(0, text.len()),
            paragraph: 0,
            kind: SentenceKind::Body,
        };
        roles(text, &[person], &[sentence])
            .pop()
            .map(|(_, role)| role)
    }

    #[test]
    fn a_premodifier_role_ends_in_a_role_noun() {
        let role = |text, name| role_of(text, name);
        assert_eq!(
            role(
                "Local resident Sarah Jones, 42, said the water had risen.",
                "Sarah Jones"
            )
            .as_deref(),
            Some("Local resident")
        );
        assert_eq!(
            role(
                "Rhondda Cynon Taf council leader Andrew Morgan defended the response.",
                "Andrew Morgan"
            )
            .as_deref(),
            Some("Rhondda Cynon Taf council leader")
        );
        assert_eq!(
            role(
                "Talks with Ukraine’s chief peace negotiator Rustem Umerov ended.",
                "Rustem Umerov"
            )
            .as_deref(),
            Some("Ukraine’s chief peace negotiator")
        );
        assert_eq!(
            role(
                "The ban, the bloc's energy chief Dan Jorgensen said, is historic.",
                "Dan Jorgensen"
            )
            .as_deref(),
            Some("bloc's energy chief")
        );
        assert_eq!(
            role(
                "He met Wells Fargo board member Elaine Chao.",
                "Elaine Chao"
            )
            .as_deref(),
            Some("Wells Fargo board member")
        );
        assert_eq!(
            role(
                "The files went to Clinton’s top IT staffer Bryan Pagliano.",
                "Bryan Pagliano"
            )
            .as_deref(),
            Some("Clinton’s top IT staffer")
        );
    }

    #[test]
    fn words_before_a_name_that_are_no_role_give_none() {
        assert_eq!(
            role_of(
                "A man died after his car was swept away near Tom Wells.",
                "Tom Wells"
            ),
            None
        );
        assert_eq!(
            role_of(
                "Homes lost power on Sunday after Storm Bert brought rain.",
                "Storm Bert"
            ),
            None
        );
        assert_eq!(role_of("The report blamed Ann Smith.", "Ann Smith"), None);
        assert_eq!(
            role_of(
                "Trump openly admires Russian President Vladimir Putin.",
                "Vladimir Putin"
            )
            .as_deref(),
            Some("Russian President")
        );
    }
}
