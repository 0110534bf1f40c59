//! Titles and roles the text gives a person.
//!
//! Three news patterns cover most cases, read from the tokens around the
//! mention: a role set off by commas before the name ("The mayor, John
//! Smith, said", "Germany's finance minister, Karl Brandt,"), a pre-modifier
//! run before it ("Ukraine’s chief peace negotiator Rustem Umerov", "White
//! House official Josh Gruenbaum", "Minister of Water Pemmy Majodina") and
//! an apposition after it ("Andriy Hnatov, Chief of the General Staff, …",
//! "Deborah Mills, 67, a retired nurse", "Lesley Rudd, its chief
//! executive,"). An honorific ("Mr", "Dr", "Dame") is a form of address, no
//! role.

use super::features::is_capitalised;
use super::is_title;
use crate::analysis::{Entity, EntityLabel, Span};
use crate::text::{tokens, Token, TokenKind};

/// Words that end a pre-modifier role when read backwards from the name:
/// conjunctions, prepositions, pronouns ("his car was swept away near
/// Llanwrtyd Wells", "on Sunday after Storm Bert").
#[rustfmt::skip]
const STOP_BEFORE: &[&str] = &[
    "and", "or", "but", "said", "says", "by", "with", "to", "from", "in", "on", "at", "for", "that",
    "while", "as", "when", "where", "who", "which", "met", "included", "told", "of", "near",
    "after", "before", "during", "against", "into", "about", "over", "under", "between", "through",
    "without", "behind", "across", "around", "toward", "towards", "like", "than", "via", "among",
    "amid", "despite", "beyond", "upon", "within", "his", "her", "its", "their", "our", "my",
    "your", "he", "she", "they", "we", "it", "i", "you", "if", "because", "so", "then", "there",
    "here", "not", "alongside", "beside", "besides", "outside", "inside", "unlike", "since",
    "until", "onto", "throughout", "per",
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
    "nurse",
    "agent",
    "midwife",
    "surgeon",
    "paramedic",
    "medic",
    "coach",
    "chef",
    "pundit",
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
    "counsel",
    "analyst",
    "attorney",
    "td",
    "msp",
    "mla",
    "taoiseach",
    "tánaiste",
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
    // "Secretary-General", "co-founder".
    if let Some((_, last)) = w.rsplit_once('-') {
        return w.split('-').any(|part| super::TITLES.contains(&part)) || is_role_head(last);
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

/// Forms of address, which say nothing of what a person does ("Mr Smith",
/// "Dame Angela Eagle", "Dr Karen Lowe"): no role.
const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "mx", "messrs", "mme", "mlle", "dr", "sir", "dame", "lord", "lady",
    "hon", "rt", "rev", "revd", "reverend",
];

/// Is `word` (any case, with or without a full stop) an honorific?
pub(crate) fn is_honorific(word: &str) -> bool {
    HONORIFICS.contains(&word.trim_end_matches('.').to_lowercase().as_str())
}

/// `(mention span, role)` for person mentions that carry a role: a role set
/// off by commas before the name ("The mayor, John Smith, said"), else a
/// pre-modifier run, else an apposition after the name.
pub fn roles(
    text: &str,
    entities: &[Entity],
    sentences: &[crate::analysis::Sentence],
) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    for sentence in sentences {
        let in_sentence = super::starting_in(entities, sentence.span);
        let people: Vec<Span> = in_sentence
            .iter()
            .filter(|e| e.label == EntityLabel::Person && sentence.span.contains(e.span))
            .map(|e| e.span)
            .collect();
        if people.is_empty() {
            continue;
        }
        let toks = tokens(text, sentence.span);
        // A role's head names no one: a phrase holding a person's name
        // before any preposition is a list ("envoy of … Putin" is a role).
        // (A possessor is whose the role is: "Diabaté's agent, Karim Benali".)
        let names_no_one = |role: &Span| {
            let head = before_preposition(text, *role);
            !people
                .iter()
                .any(|&p| p.overlaps(head) && !super::is_possessor(text, p))
        };
        for &person in &people {
            // (Tokens are in text order: found by binary search.)
            let first = toks.partition_point(|t| t.span.start < person.start);
            let last = toks
                .partition_point(|t| t.span.start < person.end)
                .min(toks.partition_point(|t| t.span.end <= person.end + 4));
            if first == toks.len() || last == 0 {
                continue;
            }
            let last = last - 1;
            let role = preposed(text, &toks, first, last)
                .filter(names_no_one)
                .or_else(|| premodifier(text, &toks, first));
            let apposed = || apposition(text, &toks, last).filter(names_no_one);
            match role {
                // "Professor Naveed Hussain, a consultant in diabetes at …": a
                // lone title says less than the apposition; both are kept.
                Some(title) if is_title(title.slice(text)) => {
                    let role = match apposed() {
                        Some(a) => format!("{}, {}", title.slice(text), a.slice(text)),
                        None => title.slice(text).to_owned(),
                    };
                    out.push((person, role));
                }
                Some(role) => out.push((person, role.slice(text).to_owned())),
                None => {
                    if let Some(a) = apposed() {
                        out.push((person, a.slice(text).to_owned()));
                    }
                }
            }
        }
    }
    out
}

/// The part of a role before its first preposition ("head" in "head of
/// legal affairs").
fn before_preposition(text: &str, role: Span) -> Span {
    let end = tokens(text, role)
        .iter()
        .find(|t| ROLE_PREPOSITIONS.contains(&t.span.slice(text).to_lowercase().as_str()))
        .map_or(role.end, |t| t.span.start);
    Span::new(role.start, end)
}

/// A full stop that ends the abbreviation before it ("Gov.", "Lt.").
fn is_abbreviation_dot(text: &str, toks: &[Token], j: usize) -> bool {
    j > 0
        && toks[j].span.slice(text) == "."
        && toks[j - 1].span.end == toks[j].span.start
        && toks[j - 1].kind == TokenKind::Word
        && {
            let w = toks[j - 1].span.slice(text);
            w.len() <= 4 && w.starts_with(char::is_uppercase)
        }
}

/// The word token that ends right before token `end`, past an
/// abbreviation's full stop.
fn word_before(text: &str, toks: &[Token], end: usize) -> Option<usize> {
    let j = end.checked_sub(1)?;
    let j = if is_abbreviation_dot(text, toks, j) {
        j - 1
    } else {
        j
    };
    (toks[j].kind == TokenKind::Word).then_some(j)
}

/// Where the words before token `end` start once honorifics next to the
/// name are left out ("Labour MP Dr Jane Smith" → "Labour MP").
fn without_honorifics(text: &str, toks: &[Token], end: usize) -> usize {
    let mut end = end;
    while let Some(j) =
        word_before(text, toks, end).filter(|&j| is_honorific(toks[j].span.slice(text)))
    {
        end = j;
    }
    end
}

/// "Minister of Water Pemmy Majodina": the role head before an "of" and the
/// capitalised words that follow it up to token `end`.
fn head_before_of(text: &str, toks: &[Token], end: usize) -> Option<usize> {
    let word = |j: usize| toks[j].span.slice(text);
    let last = end.checked_sub(1)?;
    let mut j = last;
    while j > 0 && j + 4 > last {
        let w = word(j);
        let inner = w == "the" || w == "and";
        let named = is_capitalised(w) && !is_title(w) && !is_honorific(w) && !is_possessive(w);
        if toks[j].kind != TokenKind::Word || !(named || inner && j < last) {
            return None;
        }
        if word(j - 1) == "of" {
            return (j >= 2 && is_role_head(word(j - 2))).then_some(j - 2);
        }
        j -= 1;
    }
    None
}

/// A pre-modifier run ending in a role head right before the name.
fn premodifier(text: &str, toks: &[Token], first: usize) -> Option<Span> {
    let end = without_honorifics(text, toks, first);
    let head = head_before_of(text, toks, end).or_else(|| word_before(text, toks, end))?;
    if !is_role_head(toks[head].span.slice(text)) {
        return None;
    }
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
    // "Bank of England Governor": an "of" between capitalised words.
    let inner_of = |j: usize| {
        j > 0
            && toks[j].span.slice(text) == "of"
            && is_capitalised(toks[j - 1].span.slice(text))
            && toks
                .get(j + 1)
                .is_some_and(|n| is_capitalised(n.span.slice(text)))
    };
    let mut k = head + 1;
    while k > 0 {
        let t = &toks[k - 1];
        let w = t.span.slice(text);
        let lower = w.to_lowercase();
        // "IT" in "Clinton’s top IT staffer" is no pronoun.
        let shouting = w.len() > 1 && !w.chars().any(char::is_lowercase);
        if is_abbreviation_dot(text, toks, k - 1) || inner_of(k - 1) {
            k -= 1;
            continue;
        }
        if t.kind != TokenKind::Word
            || STOP_BEFORE.contains(&lower.as_str()) && !shouting
            || matches!(lower.as_str(), "the" | "a" | "an")
            || crate::quotes::is_speech_verb(&lower)
            || head + 1 - k >= 6
            || w.starts_with(char::is_lowercase) && !is_role_modifier(w) && !compound(k - 1)
        {
            break;
        }
        k -= 1;
    }
    (k <= head).then(|| Span::new(toks[k].span.start, toks[end - 1].span.end))
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

/// Punctuation that ends an apposition.
fn ends_apposition(word: &str) -> bool {
    matches!(word, "," | "." | ";" | "—" | "–" | ":")
}

/// Does a phrase with these tokens read as a clause (an auxiliary, a clause
/// adverb or a speech verb) rather than a noun phrase?
/// (A capitalised word inside the phrase is part of a name: "The Met
/// Office's chief meteorologist".)
fn has_clause_word(text: &str, toks: &[Token]) -> bool {
    toks.iter().enumerate().any(|(j, t)| {
        let w = t.span.slice(text);
        let lower = w.to_lowercase();
        !(j > 0 && is_capitalised(w))
            && (is_clause_word(&lower) || crate::quotes::is_speech_verb(&lower))
    })
}

/// An apposition after the name: "Andriy Hnatov, Chief of the General
/// Staff, …", "Deborah Mills, 67, a retired nurse, …", "Lesley Rudd, its
/// chief executive, …".
fn apposition(text: &str, toks: &[Token], last: usize) -> Option<Span> {
    if toks.get(last + 1)?.span.slice(text) != "," {
        return None;
    }
    let mut start = last + 2;
    // An age comes between the name and its role.
    if toks.get(start)?.kind == TokenKind::Number
        && toks
            .get(start + 1)
            .is_some_and(|t| t.span.slice(text) == ",")
    {
        start += 2;
    }
    let first_word = toks.get(start)?.span.slice(text);
    let end = (start..toks.len())
        .find(|&j| ends_apposition(toks[j].span.slice(text)))
        .unwrap_or(toks.len());
    let phrase = &toks[start..end];
    let starts_role = matches!(first_word, "a" | "an" | "the")
        || super::TITLES.contains(&first_word.to_lowercase().as_str())
        || is_role_phrase(text, phrase);
    // A long apposition of two roles keeps the first ("a consultant in
    // emergency medicine and a spokesperson for …").
    let role_end = if end - start > MAX_APPOSITION {
        (start + 2..start + MAX_APPOSITION).find(|&j| {
            toks[j].span.slice(text) == "and"
                && matches!(toks[j + 1].span.slice(text), "a" | "an" | "the")
                && is_role_phrase(text, &toks[start..j])
        })?
    } else {
        end
    };
    // A role is a noun phrase; a verb means the comma opened a clause
    // ("According to Umerov, the delegations also discussed …").
    (starts_role && role_end > start && !has_clause_word(text, phrase))
        .then(|| Span::new(toks[start].span.start, toks[role_end - 1].span.end))
}

/// The most tokens an apposition role has.
const MAX_APPOSITION: usize = 14;

/// Determiners that may open a role phrase ("the mayor", "its chief executive").
const DETERMINERS: &[&str] = &["the", "a", "an", "its", "his", "her", "their", "our"];

fn is_determiner(word: &str) -> bool {
    DETERMINERS.contains(&word.to_lowercase().as_str())
}

/// "Germany's", "the union’s", "the Social Democrats'".
fn is_possessive(word: &str) -> bool {
    ["'s", "’s", "s'", "s’"]
        .iter()
        .any(|end| word.len() > end.len() && word.ends_with(end))
}

/// Prepositions that end a role phrase's head ("head of legal affairs at
/// the union").
const ROLE_PREPOSITIONS: &[&str] = &["of", "for", "at", "in", "on", "with", "from", "to"];

/// Is the phrase a noun phrase naming a role, "[the|its|Germany's]
/// [modifiers] head [of …|at …]", whose head is a role head? A capitalised
/// head needs more than its suffix ("Baker" is a name, "Chief Executive" a
/// role).
fn is_role_phrase(text: &str, toks: &[Token]) -> bool {
    let words: Vec<&str> = toks.iter().map(|t| t.span.slice(text)).collect();
    let head_end = words
        .iter()
        .position(|w| ROLE_PREPOSITIONS.contains(&w.to_lowercase().as_str()))
        .unwrap_or(words.len());
    let core_start = words[..head_end]
        .iter()
        .rposition(|w| is_determiner(w) || is_possessive(w))
        .map_or(0, |p| p + 1);
    // The possessor: a determiner and names ("the Social Democrats'").
    let possessor_ok = words[..core_start].iter().enumerate().all(|(j, w)| {
        let function_word = super::FUNCTION_WORDS.contains(&w.to_lowercase().as_str());
        j == 0 && is_determiner(w) || is_capitalised(w) && !function_word || is_possessive(w)
    });
    let core = &words[core_start..head_end];
    let Some((&head, modifiers)) = core.split_last() else {
        return false;
    };
    let modifiers_ok = modifiers.iter().enumerate().all(|(j, w)| {
        let lower = w.to_lowercase();
        (lower == "and" && j > 0) || !STOP_BEFORE.contains(&lower.as_str())
    });
    let head_ok = is_role_head(head)
        && (head.starts_with(char::is_lowercase)
            || is_title(head)
            || ROLE_NOUNS.contains(&head.to_lowercase().as_str())
            || modifiers.last().is_some_and(|m| is_role_modifier(m)));
    !words.is_empty()
        && words.len() <= MAX_APPOSITION
        && possessor_ok
        && core.len() <= 5
        && toks[core_start..head_end]
            .iter()
            .all(|t| t.kind == TokenKind::Word)
        && modifiers_ok
        && head_ok
        && !has_clause_word(text, toks)
}

/// Words before a role phrase that show it names the person after it ("in
/// the Minister for Housing, James Browne, …").
#[rustfmt::skip]
const BEFORE_PREPOSED: &[&str] = &[
    "and", "but", "in", "to", "with", "by", "from", "for", "against", "of", "on", "at", "through",
    "via", "as", "about", "including",
];

/// A role set off by commas before the name: "The mayor, John Smith, said",
/// "Germany's finance minister, Karl Brandt, said", "The chair of the
/// Forum, Ambassador Maria Lopez of Fiji, said". The role leaves out its
/// article or possessive pronoun ("mayor").
fn preposed(text: &str, toks: &[Token], first: usize, last: usize) -> Option<Span> {
    let word = |j: usize| toks[j].span.slice(text);
    // The name's closing comma, past a place it is "of" ("Maria Lopez of Fiji").
    let mut after = last + 1;
    if toks.get(after).is_some_and(|t| t.span.slice(text) == "of") {
        after += 1;
        while toks
            .get(after)
            .is_some_and(|t| is_capitalised(t.span.slice(text)))
        {
            after += 1;
        }
    }
    if toks.get(after)?.span.slice(text) != "," {
        return None;
    }
    // The opening comma, past titles before the name ("Mr", "Ambassador").
    let mut comma = first;
    while let Some(j) =
        word_before(text, toks, comma).filter(|&j| is_title(word(j)) || is_honorific(word(j)))
    {
        comma = j;
    }
    let comma = comma.checked_sub(1).filter(|&c| word(c) == ",")?;
    // The phrase starts after punctuation or at the sentence start, or at
    // a determiner or name after a preposition or conjunction.
    let window = comma.saturating_sub(12);
    let boundary = (window..comma)
        .rev()
        .find(|&j| toks[j].kind == TokenKind::Punct)
        .map(|j| j + 1)
        .or((window == 0).then_some(0));
    let opens_role = |s: usize| {
        Some(s) == boundary
            || s > 0
                && (is_determiner(word(s)) || is_capitalised(word(s)))
                && BEFORE_PREPOSED.contains(&word(s - 1).to_lowercase().as_str())
    };
    let start = (boundary.unwrap_or(window)..comma)
        .find(|&s| opens_role(s) && is_role_phrase(text, &toks[s..comma]))?;
    let start = if is_determiner(word(start)) {
        start + 1
    } else {
        start
    };
    (start < comma).then(|| Span::new(toks[start].span.start, toks[comma - 1].span.end))
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
