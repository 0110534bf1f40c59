//! Reading attributions in one sentence: cue, speaker mention and content.
//!
//! News attribution is formulaic, so a handful of token patterns around a
//! cue verb cover most of it:
//! - preposed: `SPEAKER CUE [object] [adjunct] (that|:) CONTENT`
//!   ("Dmitriev told reporters that …", "Umerov said in a statement …");
//! - postposed or inverted: `CONTENT, SPEAKER CUE.` / `CONTENT, CUE SPEAKER.`
//!   ("“…,” Umerov said", "…, said the spokesman");
//! - `According to SPEAKER, CONTENT` and `CONTENT, according to SPEAKER`;
//! - an "as" clause reports the clause around it ("…, as police have said.",
//!   "The plan, as the minister said, will …");
//! - a participle or a conjoined cue carries on the last speaker
//!   ("…, adding that …", "… and warned that …"); after an object cue it
//!   completes the cue phrase ("echoed this assessment in a post on X,
//!   confirming that …");
//! - a quotation closing just before the speaker and cue, even across a
//!   sentence break ("“…?” ⏎ Weaver said."), and `SPEAKER CUE:` at a
//!   paragraph end before a quoted paragraph;
//! - `Name: …` lines (headlines, transcripts) and title-case headline cues
//!   ("Rubio Says …");
//! - noun cues with a possessor ("his criticism of …", "Trump’s support for …").
//!
//! The cue lexicon ([`super::cues`]) decides which words can be cues; here
//! the context decides whether one is: not after a determiner or possessive
//! (a noun), not passive ("was asked"), not inside "what he described as",
//! an "-ing" form only as a participle or progressive.
//!
//! The speaker is the noun phrase next to the cue: a name from the entity
//! step, a pronoun, or a nominal ("the spokesman", "White House officials").
//! Everything here works on tokens of one sentence; no parser is needed.

use std::borrow::Cow;

use super::cues::{cue_class, CueClass};
use crate::analysis::{Entity, EntityLabel, Span};
use crate::text::{tokens, Token, TokenKind};

/// One attribution read from a sentence, before it becomes a [`crate::Quote`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Attribution {
    pub cue: Span,
    pub speaker: Option<Span>,
    pub content: Span,
}

/// Words between a speaker and its cue ("Umerov *has also* said").
#[rustfmt::skip]
const BETWEEN_SPEAKER_AND_CUE: &[&str] = &[
    "also", "has", "have", "had", "was", "were", "is", "are", "repeatedly", "previously", "later",
    "together",
    "then", "recently", "publicly", "once", "never", "not", "did", "does", "do", "will", "would",
    "could", "may", "might", "reportedly", "openly", "already", "often", "still", "just", "even",
    "again", "first", "finally", "further", "subsequently", "quickly", "immediately", "explicitly",
    "privately", "bluntly", "flatly", "simply", "clearly", "specifically", "herself", "himself",
    "themselves", "itself", "separately", "earlier", "frequently", "initially", "twice", "only",
    "should", "can", "must", "personally", "directly", "allegedly", "apparently", "angrily",
    "firmly", "strongly", "in", "turn", "long", "all", "both",
];

/// Words a speaker noun phrase never ends with.
#[rustfmt::skip]
const NOT_SPEAKER_HEAD: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "that", "this", "which", "what", "who", "whom", "there",
    "here", "to", "of", "in", "on", "at", "for", "with", "by", "from", "as", "about", "into",
    "than", "if", "when", "while", "because", "so", "also", "not", "it's", "be", "been", "being",
    "is", "was", "were", "are", "has", "have", "had", "will", "would", "can", "could", "should",
    "may", "might", "must", "do", "does", "did", "him", "them", "me", "us", "her", "his", "their",
    "its", "our", "my", "your", "where", "how", "why", "whether", "then", "now", "just", "only",
    "even", "still", "very", "all", "after", "before", "once", "since", "ago", "later", "yet",
    "however", "meanwhile", "too", "either", "neither", "nor", "both", "each", "every", "any",
    "some", "no", "more", "most", "less", "much", "many", "well", "back", "up", "out", "over",
    "down", "off", "again", "never", "always", "time", "way", "week", "year", "day", "month",
    "night", "morning", "afternoon", "evening", "today", "tonight", "yesterday", "tomorrow",
    "one", "having",
];

/// Words for a part of a group before "of" ("one of the officials").
fn is_partitive(w: &str) -> bool {
    matches!(
        w,
        "one"
            | "two"
            | "three"
            | "four"
            | "several"
            | "some"
            | "many"
            | "most"
            | "each"
            | "both"
            | "either"
            | "neither"
            | "none"
    )
}

/// Words that open a noun phrase and are part of it.
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "some", "many", "several", "most", "all",
    "both", "few", "his", "her", "their", "its", "our", "my", "your", "two", "three", "four",
    "five", "other", "another", "one", "each", "every", "no", "any", "such",
];

/// Possessive determiners.
const POSSESSIVE_DETERMINERS: &[&str] = &["his", "her", "their", "its", "our", "my", "your"];

/// A medium after the name of its outlet ("told RPP radio that").
#[rustfmt::skip]
const MEDIUM_NOUNS: &[&str] = &[
    "radio", "television", "tv", "newspaper", "magazine", "broadcaster", "channel", "network",
];

/// Words that show a cue form is a noun ("his claims", "the calls").
const NOUN_MARKERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "these", "those",
    "new", "recent", "such", "whose", "of",
];

/// Words before an "-ing" cue that make it a verb.
#[rustfmt::skip]
const ING_BEFORE: &[&str] = &[
    ",", "and", "is", "are", "was", "were", "been", "be", "while", "keeps", "kept", "also",
    "repeatedly", "—", "–", "again", "not", "publicly", "by", "after", "before", "when",
    "began", "begins", "started", "starts", "continued",
];

/// After `CONTENT, SPEAKER CUE,` these open an adjunct, not more content.
#[rustfmt::skip]
const NOT_CONTINUATION: &[&str] = &[
    "after", "before", "when", "while", "as", "because", "according", "in", "at", "during", "who",
    "which", "where", "despite", "following", "referring", "but", "and", "though", "although",
    "since", "if", "on", "with", "a", "an", "the", "then", "now",
];

/// Sentence openers that make the attribution a subordinate clause.
const SUBORDINATORS: &[&str] = &[
    "while", "when", "although", "though", "after", "if", "because", "as", "since", "before",
    "whereas", "once", "until", "unless",
];

/// "similarly", "hysterically": adverbs that may stand between speaker and cue.
fn is_adverb(w: &str) -> bool {
    w.len() > 4
        && w.ends_with("ly")
        && !matches!(
            w,
            "family" | "italy" | "july" | "ally" | "only" | "supply" | "assembly"
        )
}

/// Irregular past tenses that, after a noun, are the verb of a reported
/// clause, as [`AUXILIARIES`] are ("said the transfer made sense").
#[rustfmt::skip]
const IRREGULAR_PASTS: &[&str] = &[
    "made", "took", "gave", "got", "came", "went", "knew", "saw", "became", "began", "brought",
    "meant", "showed", "grew", "fell", "rose", "held", "kept", "left", "met", "sent", "spent",
    "stood", "won", "lost", "led", "paid", "ran", "built", "fought",
];

/// Titles that belong with a name ("Mr. Clarke", "Sen. Graham").
fn is_title(word: &str) -> bool {
    crate::entities::is_title(word)
}

/// "he’s", "they’re", "I’m": a pronoun with its auxiliary in one token.
fn is_contracted_pronoun(w: &str) -> bool {
    [
        "’s", "'s", "’re", "'re", "’m", "'m", "’d", "'d", "’ll", "'ll", "’ve", "'ve",
    ]
    .iter()
    .find_map(|suffix| w.strip_suffix(suffix))
    .is_some_and(|p| PRONOUNS.contains(&p))
}

const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i", "you"];

const OBJECT_PRONOUNS: &[&str] = &["me", "him", "her", "them", "us", "you", "it"];

/// Words for when, between a cue and its content ("said *on Tuesday* that").
#[rustfmt::skip]
const TIME_WORDS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
    "today", "tonight", "last", "earlier", "later", "this", "next", "week", "month", "year",
    "morning", "afternoon", "evening", "night", "recently", "again", "also", "previously",
    "publicly", "repeatedly", "privately", "bluntly", "flatly", "frankly", "simply", "then",
    "afterward", "afterwards", "separately", "ago", "weekend", "days", "weeks", "months", "years",
    "late", "early", "shortly", "before", "once", "directly", "explicitly",
];

/// Day words that may stand between a speaker and the cue ("Sanders on Saturday said").
#[rustfmt::skip]
const DAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
    "today", "tonight",
];

/// Prepositions that open an adjunct between cue and content.
#[rustfmt::skip]
const ADJUNCT_PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "during", "via", "through", "after", "before", "while", "from", "over",
    "with", "outside", "inside", "ahead", "following", "amid", "earlier", "late",
];

/// Participles and adjectives whose phrase belongs to the speaker ("officials
/// involved in the talks", "a diplomat based in Port Sudan").
#[rustfmt::skip]
const SPEAKER_PARTICIPLES: &[&str] = &[
    "involved", "based", "reached", "familiar", "close", "briefed", "interviewed", "contacted",
    "working", "living", "speaking", "polled", "surveyed", "questioned", "caught", "stuck",
    "trapped", "stranded", "affected", "hit", "evacuated", "displaced", "injured", "employed",
];

/// Role nouns whose "to" phrase belongs to the speaker ("an aide to Umerov").
#[rustfmt::skip]
const NOUNS_BEFORE_TO: &[&str] = &[
    "aide", "aides", "adviser", "advisers", "advisor", "advisors", "spokesman", "spokeswoman",
    "spokesperson", "assistant", "assistants", "counsel", "envoy", "ambassador", "successor",
    "heir", "secretary", "deputy", "deputies", "consultant", "consultants", "lawyer", "lawyers",
];

/// Plural nouns for the members of a body, which "in BODY" belongs to
/// ("lawmakers in the ruling party", "officials in the ministry").
#[rustfmt::skip]
const MEMBERS: &[&str] = &[
    "lawmakers", "legislators", "members", "officials", "leaders", "politicians", "mps",
    "senators", "activists", "critics", "staff", "employees", "workers", "insiders", "figures",
    "sources",
];

/// A short quotation in title case: a programme, a book, a slogan.
fn is_title_quotation(outer: &str) -> bool {
    outer.split_whitespace().count() <= 6 && super::is_title_case(outer)
}

/// Anonymous-source formulas whose phrase belongs to the speaker ("people
/// familiar with the matter", "a source close to the talks").
fn is_source_formula(word: &str, preposition: &str) -> bool {
    matches!(
        (word, preposition),
        ("familiar", "with") | ("close", "to") | ("briefed", "on")
    )
}

/// Closing quotation marks, as tokens.
fn is_closing_mark(s: &str) -> bool {
    matches!(s, "”" | "\"" | "’" | "'" | "»" | "›")
}

/// Punctuation that may stand between a content and a postposed attribution.
fn is_attribution_gap(s: &str) -> bool {
    matches!(s, "," | "—" | "–" | "--" | "-" | "...") || is_closing_mark(s)
}

fn is_terminal(s: &str) -> bool {
    s.starts_with(['.', '!', '?', ';', '…'])
}

/// One sentence, tokenised, with what the patterns need to know per token.
struct View<'a> {
    text: &'a str,
    toks: Vec<Token>,
    lower: Vec<Cow<'a, str>>,
    /// The lexicon class of every token's word, whatever its context.
    lexicon: Vec<Option<CueClass>>,
    /// The token is inside quotation marks (or is a mark).
    quoted: Vec<bool>,
    /// The sentence is a headline or standfirst.
    headline: bool,
    /// The cue class of every token (see [`View::find_cue`]).
    cues: Vec<Option<CueClass>>,
    /// A quotation that ends right before the sentence ("“…?” ⏎ Weaver said.").
    quote_before: Option<Span>,
    entities: &'a [Entity],
}

impl View<'_> {
    fn len(&self) -> usize {
        self.toks.len()
    }

    fn w(&self, k: usize) -> &str {
        self.lower.get(k).map_or("", |w| w.as_ref())
    }

    /// The lexicon class of token `k`'s word.
    fn lex(&self, k: usize) -> Option<CueClass> {
        self.lexicon.get(k).copied().flatten()
    }

    fn raw(&self, k: usize) -> &str {
        self.toks.get(k).map_or("", |t| t.span.slice(self.text))
    }

    fn is_word(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| t.kind == TokenKind::Word)
    }

    fn is_capitalised(&self, k: usize) -> bool {
        self.raw(k).chars().next().is_some_and(char::is_uppercase)
    }

    /// The name entity covering token `k`.
    fn name_at(&self, k: usize) -> Option<&Entity> {
        let t = self.toks.get(k)?.span;
        let i = self.entities.partition_point(|e| e.span.end <= t.start);
        self.entities[i..]
            .iter()
            .take_while(|e| e.span.start < t.end)
            .find(|e| e.label.is_name() && e.span.overlaps(t))
    }

    /// The span of the name entity covering token `k`.
    fn entity_at(&self, k: usize) -> Option<Span> {
        self.name_at(k).map(|e| e.span)
    }

    /// The person name covering token `k`.
    fn person_at(&self, k: usize) -> Option<Span> {
        self.name_at(k)
            .filter(|e| e.label == EntityLabel::Person)
            .map(|e| e.span)
    }

    /// First and last token index covered by `span`.
    fn token_range(&self, span: Span) -> Option<(usize, usize)> {
        let on = crate::text::overlapping(&self.toks, span);
        (!on.is_empty()).then(|| (on.start, on.end - 1))
    }

    /// The cue class of token `k`, as computed once by [`Self::find_cue`].
    fn cue_at(&self, k: usize) -> Option<CueClass> {
        self.cues.get(k).copied().flatten()
    }

    fn find_cue(&self, k: usize) -> Option<CueClass> {
        // Title-case headlines capitalise their cues too ("Rubio Says …").
        let title_case_cue = self.headline && k > 0 && self.lex(k) == Some(CueClass::Say);
        if !self.is_word(k) || self.quoted[k] || self.is_capitalised(k) && !title_case_cue {
            return None;
        }
        // "As one council officer put it to me: …".
        let put_it = matches!(self.w(k), "put" | "puts") && self.w(k + 1) == "it";
        // "…, the paper reports.": a noun form as the verb of a postposed attribution.
        // ("…, the minutes show.", "…, the agency estimates.")
        let postposed_noun_form = matches!(
            self.w(k),
            "reports" | "notes" | "claims" | "states" | "show" | "estimates" | "forecasts"
        ) && (k + 1 >= self.len()
            || matches!(self.w(k + 1), "." | "," | ";"))
            && (k.saturating_sub(5)..k).any(|j| self.w(j) == "," && !self.quoted[j])
            && k >= 2;
        let class = self
            .lex(k)
            .or_else(|| self.verb_before_that_clause(k).then_some(CueClass::Say))
            .or_else(|| put_it.then_some(CueClass::Tell))
            .or_else(|| postposed_noun_form.then_some(CueClass::Say))?;
        let prev = k.checked_sub(1).map_or("", |p| self.w(p));
        if self.asked_aside(k) {
            return None;
        }
        // "In a Facebook message posted Friday, Cruz said": a participle
        // inside a fronted adjunct describes its noun.
        let in_fronted_adjunct = |from: usize| {
            matches!(self.w(from), "in" | "on")
                && k > from + 1
                && self.entity_at(k - 1).is_none()
                && !PRONOUNS.contains(&prev)
                && (from..k).all(|j| self.w(j) != "," && !self.quoted[j])
                && (k + 1..self.len().min(k + 6)).any(|j| self.w(j) == ",")
        };
        if self.w(k).ends_with("ed") && in_fronted_adjunct(dateline_end(self)) {
            return None;
        }
        // "758 pledged delegates": an adjective after a number, unless the
        // number ends a name ("Workers District 751 said").
        let in_name = k >= 2 && self.is_capitalised(k - 2);
        if k > 0 && self.toks[k - 1].kind == TokenKind::Number && !in_name {
            return None;
        }
        // "declined to comment", not "has declined slightly from 58 percent".
        if matches!(self.w(k), "declined" | "declines" | "declining") {
            let mut n = k + 1;
            while n < self.len() && is_adverb(self.w(n)) {
                n += 1;
            }
            if !matches!(self.w(n), "to" | "comment") {
                return None;
            }
        }
        // "he appeared to suggest that …", "continues to insist that …": the
        // infinitive is the subject's statement.
        let raised =
            prev == "to" && k >= 2 && RAISING.contains(&self.w(k - 2)) || self.went_on_to(k);
        if NOUN_MARKERS.contains(&prev)
            || prev == "to" && !raised
            || possessive(prev) && !is_contracted_pronoun(prev)
        {
            return None;
        }
        let w = self.w(k);
        // "a Brussels think tank": a compound noun.
        if w == "think" && matches!(self.w(k + 1), "tank" | "tanks") {
            return None;
        }
        let participle = w.ends_with("ed")
            || matches!(
                w,
                "told" | "said" | "shown" | "known" | "written" | "thought" | "found"
            );
        // "if a replacement were offered", "he was asked", "is widely expected": passive.
        let mut b = k;
        while b > 1 && is_adverb(self.w(b - 1)) {
            b -= 1;
        }
        if participle
            && matches!(
                b.checked_sub(1).map_or("", |p| self.w(p)),
                "was" | "were" | "be" | "been" | "being" | "is" | "are"
            )
        {
            return None;
        }
        // "a man named Tom Clarke": a name given, not a statement.
        if matches!(w, "named" | "titled" | "dubbed" | "labeled" | "labelled")
            && self.is_capitalised(k + 1)
            && !prev.is_empty()
            && !PRONOUNS.contains(&prev)
            && self.entity_at(k - 1).is_none()
        {
            return None;
        }
        // "a retired headteacher called Geoffrey Walsh, persuaded her": a
        // name given, closed by a comma or a verb, not "called Smith a liar".
        if w == "called" && !prev.is_empty() && !self.is_capitalised(k - 1) {
            let name_end = self
                .entity_at(k + 1)
                .and_then(|e| self.token_range(e))
                .map(|(_, last)| last + 1);
            if name_end.is_some_and(|n| {
                !PRONOUNS.contains(&prev)
                    && self.entity_at(k - 1).is_none()
                    && matches!(self.w(n), "," | "." | "who" | ")" | "")
            }) {
                return None;
            }
        }
        // "If found in breach of the law, the company could …": a condition.
        if matches!(w, "found" | "proven" | "proved")
            && matches!(prev, "if" | "when" | "unless" | "once")
        {
            return None;
        }
        // "people accused of …", "was echoed by …", "“Midnight on Lenox,”
        // written by …": passive, the speaker is elsewhere.
        if matches!(self.w(k + 1), "by" | "of") && self.w(k).ends_with("ed")
            || self.w(k + 1) == "by" && participle && w != "found"
        {
            return None;
        }
        // "despite repeated pledges", "amid reported clashes": an adjective.
        if w.ends_with("ed")
            && matches!(prev, "despite" | "amid" | "after" | "following")
            && self.is_word(k + 1)
            && !matches!(self.w(k + 1), "that" | "by" | "to")
        {
            return None;
        }
        // "He agreed so warmly that it seemed …": how, not what.
        if matches!(self.w(k + 1), "so" | "too") && self.w(k + 2).ends_with("ly") {
            return None;
        }
        // "celebrated by pointing his bat towards …": a gesture, not "pointing to".
        if w.starts_with("point") && POSSESSIVE_DETERMINERS.contains(&self.w(k + 1)) {
            return None;
        }
        // "-ing" forms are cues as participles ("…, adding") or progressives ("is saying").
        if self.w(k).ends_with("ing") {
            // "is suddenly promising": look past adverbs.
            let mut b = k;
            while b > 1 && is_adverb(self.w(b - 1)) {
                b -= 1;
            }
            let before = b.checked_sub(1).map_or("", |p| self.w(p));
            // "was quoted as saying".
            let quoted_as = before == "as" && b >= 2 && self.w(b - 2) == "quoted";
            // "…, with the Kremlin describing it as …", "…, with officials
            // saying …": a subject after "with" (a name, unless the verb
            // reports speech: not "with countries still offering no hint").
            let with_subject = (b.saturating_sub(WITH_SUBJECT_TOKENS + 1)..b)
                .rev()
                .find(|&j| self.w(j) == "with" && self.verb_after_with(j) == Some(b))
                .is_some_and(|j| {
                    class != CueClass::Object
                        || (j + 1..b).any(|x| self.entity_at(x).is_some())
                        || CLAUSE_OPENERS.contains(&self.w(k + 1))
                });
            if !ING_BEFORE.contains(&before)
                && !is_contracted_pronoun(before)
                && !quoted_as
                && !with_subject
            {
                return None;
            }
            // "…, planning officers said": a noun's modifier before its verb.
            let plural = |x: &str| x.len() > 3 && x.ends_with('s') && !x.ends_with("ss");
            if self.is_word(k + 1)
                && !self.is_capitalised(k + 1)
                && plural(self.w(k + 1))
                && self.lex(k + 2).is_some()
            {
                return None;
            }
        }
        Some(class)
    }

    /// "to" and a lower-case word that is no determiner: an infinitive.
    fn opens_infinitive(&self, j: usize) -> bool {
        self.w(j) == "to"
            && self.is_word(j + 1)
            && !self.is_capitalised(j + 1)
            && !DETERMINERS.contains(&self.w(j + 1))
    }

    /// A quantifier opening a clause ("To varying degrees, all agreed").
    fn opens_with_quantifier(&self, t: usize) -> bool {
        QUANTIFIERS.contains(&self.w(t)) && (t == 0 || matches!(self.w(t - 1), "," | "and" | "but"))
    }

    /// "He went on to say that …": the cue at `k` follows "went on to".
    fn went_on_to(&self, k: usize) -> bool {
        k >= 3
            && self.w(k - 1) == "to"
            && self.w(k - 2) == "on"
            && matches!(self.w(k - 3), "went" | "goes" | "go" | "going")
    }

    /// "Peskov, asked about reports that …, told reporters": a passive
    /// participle set off by commas before its subject's own cue.
    fn asked_aside(&self, k: usize) -> bool {
        k > 0
            && self.w(k) == "asked"
            && self.w(k - 1) == ","
            && (k + 1..self.len().min(k + ASIDE_TOKENS))
                .take_while(|&j| !self.quoted[j])
                .find(|&j| self.w(j) == ",")
                .is_some_and(|c| (c + 1..self.len().min(c + 4)).any(|j| self.lex(j).is_some()))
    }

    /// The token after the subject of ", with SUBJECT V-ing" (", with chair
    /// Jen O'Malley Dillon telling"), if `j` is such a "with".
    fn verb_after_with(&self, j: usize) -> Option<usize> {
        if j == 0 || self.w(j - 1) != "," {
            return None;
        }
        let mut x = j + 1;
        for _ in 0..WITH_SUBJECT_TOKENS {
            if let Some((_, last)) = self.entity_at(x).and_then(|e| self.token_range(e)) {
                x = last + 1;
            } else if self.is_word(x) && !self.quoted[x] && !self.w(x).ends_with("ing") {
                x += 1;
            } else {
                break;
            }
        }
        (x > j + 1 && x < self.len() && self.w(x).ends_with("ing")).then_some(x)
    }

    /// "X recognizes that he …", "Y made clear that the …": a verb outside the
    /// lexicon that introduces a that-clause is a cue too.
    fn verb_before_that_clause(&self, k: usize) -> bool {
        // "ruled on Monday that": past time words.
        let that = (k + 1..self.len().min(k + 5))
            .find(|&j| {
                !(TIME_WORDS.contains(&self.w(j)) || self.w(j) == "on" && j == k + 1)
                    || self.quoted[j]
            })
            .unwrap_or(k + 1);
        if self.w(that) != "that" || self.quoted[that] {
            return false;
        }
        let w = self.w(k);
        // "-s" forms only right after a name or pronoun ("Kyiv recognizes that"), not
        // after a cue ("told reporters that").
        let after_subject = k > 0
            && (PRONOUNS.contains(&self.w(k - 1))
                || self.entity_at(k - 1).is_some()
                || SUBJECT_S_VERBS.contains(&self.w(k)) && self.singular_noun_subject(k - 1))
            && !self.is_capitalised(k);
        // "documents show that", "they hope that": a plain verb after a plural subject
        // (capitalised only as the sentence's first word: "Documents show that").
        let plural_subject = k > 0
            && (matches!(self.w(k - 1), "they" | "we" | "i" | "you")
                || self.entity_at(k - 1).is_some()
                || self.w(k - 1).len() > 3
                    && self.w(k - 1).ends_with('s')
                    && !self.w(k - 1).ends_with("ss")
                    && (!self.is_capitalised(k - 1) || k - 1 == dateline_end(self)));
        let plain = !w.ends_with('s') && !w.ends_with("ing") && plural_subject;
        // ("the court held that", a ruling's verb.)
        let verb_like = (w.ends_with("ed")
            || w == "held"
            || w.ends_with('s') && !w.ends_with("ss") && after_subject
            || plain && PLAIN_VERBS.contains(&w))
            && w.len() > 3
            && !NOT_SPEAKER_HEAD.contains(&w);
        let s = self.w(that + 1);
        verb_like
            && (PRONOUNS.contains(&s)
                || DETERMINERS.contains(&s)
                || self.is_capitalised(that + 1)
                || self
                    .toks
                    .get(that + 1)
                    .is_some_and(|t| t.kind == TokenKind::Number)
                || plain && self.is_word(that + 1))
    }

    /// "The agency estimates that", "the report notes that": a singular
    /// common noun after its determiner (and up to two modifiers), the
    /// subject of the "-s" verb at `t + 1`. Not "his claims that" (the
    /// determiner is the noun's own) nor "the tax cuts that" (a plural head).
    fn singular_noun_subject(&self, t: usize) -> bool {
        let w = self.w(t);
        let noun = |j: usize| {
            let x = self.w(j);
            self.is_word(j)
                && !self.quoted[j]
                && x.len() > 2
                && !self.is_capitalised(j)
                && !DETERMINERS.contains(&x)
                && !PRONOUNS.contains(&x)
                && !NOT_SPEAKER_HEAD.contains(&x)
                && self.lex(j).is_none()
                && !possessive(x)
                && !is_adverb(x)
        };
        noun(t)
            && (!w.ends_with('s') || w.ends_with("ss"))
            && !MASS_NOUN_MODIFIERS.contains(&w)
            && (1..=3).any(|d| {
                t >= d
                    && matches!(self.w(t - d), "the" | "a" | "an" | "this" | "its" | "our")
                    && (t - d + 1..t).all(noun)
            })
    }

    /// "said on social media that", "said on television that": at `on`, a
    /// medium followed by the reported clause, not the topic of "insisted
    /// on building" or "commented on the plan".
    fn on_medium(&self, on: usize) -> bool {
        let Some(m) = (on + 1..self.len().min(on + 4)).find(|&j| ON_MEDIA.contains(&self.w(j)))
        else {
            return false;
        };
        (m + 1..self.len().min(m + 4)).any(|j| matches!(self.w(j), "that" | "," | ":"))
    }

    fn is_participle_cue(&self, k: usize) -> bool {
        self.w(k).ends_with("ing") && self.cue_at(k).is_some()
    }

    /// The speaker noun phrase that ends at token `t`, with any "of"/"for"
    /// phrase it ends ("a spokesman for the ministry", "an aide to Umerov"):
    /// (span, first token).
    fn speaker_ending_at(&self, t: usize, depth: u8) -> Option<(Span, usize)> {
        let (mut span, mut first) = self.noun_phrase_ending_at(t, depth)?;
        // ("OpenAI and France's Mistral AI": a possessive owner after the conjunction.)
        if self.entity_at(t).is_some()
            && first >= 3
            && possessive(self.w(first - 1))
            && matches!(self.w(first - 2), "and" | "or")
        {
            first -= 1;
            span = Span::new(self.toks[first].span.start, span.end);
        }
        // Coordinated names: "Brazil, Indonesia and the United States have urged".
        if self.entity_at(t).is_some() && first >= 2 && matches!(self.w(first - 1), "and" | "or") {
            let mut joined = first;
            while joined >= 2 && self.entity_at(joined - 2).is_some() {
                let Some((_, f)) = self.noun_phrase_ending_at(joined - 2, 1) else {
                    break;
                };
                joined = f;
                if !(joined >= 2 && self.w(joined - 1) == ",") {
                    break;
                }
            }
            // A list stops at its first conjunct, not at a comma before it.
            if joined < first && self.w(joined) != "," {
                span = Span::new(self.toks[joined].span.start, span.end);
                first = joined;
            }
        }
        // "Schools and hospitals said": coordinated nouns that open the clause.
        if self.entity_at(t).is_none()
            && !PRONOUNS.contains(&self.w(first))
            && first >= 2
            && self.w(first - 1) == "and"
        {
            let opens = |f: usize| f == dateline_end(self) || f > 0 && self.w(f - 1) == ",";
            if let Some((_, f)) = self
                .noun_phrase_ending_at(first - 2, 1)
                .filter(|&(_, f)| opens(f) && !PRONOUNS.contains(&self.w(f)))
            {
                span = Span::new(self.toks[f].span.start, span.end);
                first = f;
            }
        }
        // "The Lawrence Livermore National Laboratory in California", "officials in Kyiv",
        // "residents in the village of Crickhowell".
        // … and "some lawmakers in the ruling Liberal Democratic Party".
        let in_place = |first: usize| {
            self.w(first - 1) == "in"
                && (first..=t).any(|k| {
                    self.name_at(k).is_some_and(|e| {
                        e.label == EntityLabel::Loc
                            || e.label == EntityLabel::Org && MEMBERS.contains(&self.w(first - 2))
                    })
                })
        };
        for _ in 0..3 {
            // "one of the officials", "two of the economists": a part of the group.
            if first >= 2
                && self.w(first - 1) == "of"
                && is_partitive(self.w(first - 2))
                && !self.quoted[first - 2]
            {
                first -= 2;
                span = Span::new(self.toks[first].span.start, span.end);
                continue;
            }
            // "Emails seen by Reuters show": the thing seen is the speaker.
            let seen_by = first >= 3
                && self.w(first - 1) == "by"
                && MADE_BY.contains(&self.w(first - 2))
                && !self.quoted[first - 2];
            // ("others on social media", "users on TikTok": where they spoke.)
            let on_platform = first >= 1
                && self.w(first - 1) == "on"
                && (ON_MEDIA.contains(&self.w(t))
                    || self.name_at(t).is_some_and(|e| {
                        let name = e.span.slice(self.text);
                        super::PLATFORMS.iter().any(|p| p.trim_start() == name)
                    }));
            let joins = first >= 2
                && (matches!(self.w(first - 1), "of" | "for" | "at" | "from")
                    || on_platform
                    || in_place(first)
                    || self.w(first - 1) == "to" && NOUNS_BEFORE_TO.contains(&self.w(first - 2))
                    || is_source_formula(self.w(first - 2), self.w(first - 1)))
                && !PRONOUNS.contains(&self.w(first - 2));
            // "officials involved in the mediation", "residents reached by
            // phone", "people familiar with the matter": a participle's phrase.
            // ("drivers caught up in the delays": the participle's particle.)
            let particle = first >= 4
                && matches!(self.w(first - 2), "up" | "out" | "down" | "off")
                && SPEAKER_PARTICIPLES.contains(&self.w(first - 3));
            let modified = first >= 3
                && matches!(self.w(first - 1), "in" | "by" | "with" | "to" | "on")
                && (SPEAKER_PARTICIPLES.contains(&self.w(first - 2)) || particle)
                && !self.quoted[first - 2];
            let outer_end = if modified && particle {
                first - 4
            } else if seen_by || modified {
                first - 3
            } else {
                first.wrapping_sub(2)
            };
            let Some((outer, outer_first)) = (joins || seen_by || modified)
                .then(|| self.noun_phrase_ending_at(outer_end, 1))
                .flatten()
            else {
                break;
            };
            span = Span::new(outer.start, span.end);
            first = outer_first;
        }
        Some((span, first))
    }

    fn noun_phrase_ending_at(&self, t: usize, depth: u8) -> Option<(Span, usize)> {
        if t >= self.len() || self.quoted[t] {
            return None;
        }
        let w = self.w(t);
        // "voters who said", "Mr. Kamin, who emphasized": the mention is the
        // relative, as PolNeAR marks it; the speaker resolves it to its antecedent.
        // (Not "the WHO", the World Health Organization.)
        if (w == "who" || w == "which") && self.raw(t) != "WHO" {
            return Some((self.toks[t].span, t));
        }
        // "many of whom say", "To varying degrees, all agreed": a quantifier
        // is the speaker, as PolNeAR marks it.
        if w == "whom" && t >= 2 && self.w(t - 1) == "of" && QUANTIFIERS.contains(&self.w(t - 2)) {
            return Some((
                Span::new(self.toks[t - 2].span.start, self.toks[t].span.end),
                t - 2,
            ));
        }
        if self.opens_with_quantifier(t) {
            return Some((self.toks[t].span, t));
        }
        // Apposition or relative clause: "Andriy Hnatov, Chief of the General Staff, said".
        if (w == "," || w == ")") && depth == 0 {
            let open = if w == "," { "," } else { "(" };
            let from = t.saturating_sub(25);
            let i = (from..t)
                .rev()
                .find(|&i| self.w(i) == open && !self.quoted[i])?;
            // "Senator Grace Eze, who spoke through her spokesman, Paul Odum,
            // said": a relative clause holding commas of its own.
            let i = (from..i)
                .rev()
                .take_while(|&j| !self.quoted[j] && !matches!(self.w(j), "." | ";"))
                .find(|&j| {
                    open == "," && self.w(j) == "," && matches!(self.w(j + 1), "who" | "which")
                })
                .unwrap_or(i);
            // "The Prime Minister, speaking to reporters in Madrid, where he
            // was attending a summit, said": past a participle aside and the
            // "where" clause that closes it.
            let participle_aside = |j: usize| {
                let w = self.w(j + 1);
                w.len() > 4 && w.ends_with("ing") && !self.quoted[j + 1]
            };
            let mut i = i;
            while participle_aside(i) || matches!(self.w(i + 1), "where" | "when") {
                let Some(j) = (from..i)
                    .rev()
                    .take_while(|&j| !self.quoted[j] && !matches!(self.w(j), "." | ";"))
                    .find(|&j| self.w(j) == ",")
                    .filter(|&j| participle_aside(j))
                else {
                    break;
                };
                i = j;
            }
            // A cue inside a relative clause ("Trump, who has attacked Powell,
            // said") belongs to the clause, not to the apposition's speaker.
            let relative = matches!(self.w(i + 1), "who" | "which");
            let has_cue = !relative
                && !self.asked_aside(i + 1)
                && !participle_aside(i)
                && (i + 1..t).any(|j| self.cue_at(j).is_some());
            if has_cue || i == 0 {
                return None;
            }
            // "Sarah O'Brien, a spokeswoman for Waymo, which operates …, said":
            // before a relative clause, the person the apposition describes.
            if relative {
                let person = (i.saturating_sub(15)..i)
                    .rev()
                    .take_while(|&j| self.cue_at(j).is_none() && !self.quoted[j])
                    .filter(|&j| j >= 1 && self.w(j) == ",")
                    .find_map(|j| self.person_at(j - 1));
                if let Some((first, _)) = person.and_then(|e| self.token_range(e)) {
                    return Some((person?, first));
                }
            }
            let found = self.speaker_ending_at(i - 1, depth + 1)?;
            // "Maria Lopez, 45, a TSA officer …, said": an age is no speaker;
            // the name before it is.
            let age = found.1 + 1 == i && self.toks[found.1].kind == TokenKind::Number;
            if age && found.1 >= 2 && self.w(found.1 - 1) == "," {
                if let Some(e) = self.entity_at(found.1 - 2) {
                    return Some((e, self.token_range(e)?.0));
                }
            }
            return Some(found);
        }
        if PRONOUNS.contains(&w) {
            return Some((self.toks[t].span, t));
        }
        if is_contracted_pronoun(w) {
            // "He’s" → "He": the mention is the pronoun alone.
            let raw = self.raw(t);
            let cut = raw.find(['’', '\'']).unwrap_or(raw.len());
            let start = self.toks[t].span.start;
            return Some((Span::new(start, start + cut), t));
        }
        if let Some(e) = self.entity_at(t) {
            let (mut first, _) = self.token_range(e)?;
            // "the nonpartisan Congressional Budget Office": its determiner and modifiers.
            // ("One senior Social Democrat", "several Greens": a member of
            // a group, or some, the name tagger took alone.)
            let member = |d: usize| {
                let plural = w.ends_with('s');
                match self.w(d) {
                    "one" | "another" => !plural,
                    "some" | "several" | "two" | "three" => plural,
                    _ => false,
                }
            };
            if let Some(det) = (first.saturating_sub(4)..first)
                .rev()
                .find(|&d| matches!(self.w(d), "the" | "a" | "an") || member(d))
            {
                // ("the department's Special Investigations Unit": capitalised
                // words the tagger left out of the name, next to it.)
                if (det + 1..first).all(|m| {
                    self.is_word(m)
                        && (!self.is_capitalised(m) || (m..first).all(|j| self.is_capitalised(j)))
                        && self.lex(m).is_none()
                        && !NOT_SPEAKER_HEAD.contains(&self.w(m))
                }) {
                    first = det;
                }
            }
            loop {
                if first >= 1 && self.w(first - 1) == "the" {
                    first -= 1;
                    break;
                }
                if first >= 2 && self.w(first - 1) == "." && is_title(self.w(first - 2)) {
                    first -= 2;
                } else if first >= 1
                    && is_title(self.w(first - 1))
                    && self.is_capitalised(first - 1)
                {
                    first -= 1;
                } else if first >= 2
                    && is_title(self.w(first))
                    && self.is_capitalised(first - 1)
                    && !self.quoted[first - 1]
                    && self.entity_at(first - 1).is_none_or(|m| {
                        m.contains(self.toks[first].span)
                            || self.name_at(first - 1).is_some_and(|e| {
                                matches!(e.label, EntityLabel::Loc | EntityLabel::Misc)
                            })
                    })
                {
                    // "Health Minister Priya Shah": the title's own modifier; "Texas
                    // Rep. Mike McCaul", though the name tagger took "Texas Rep" for
                    // a name; "US President Donald Trump".
                    first = self
                        .entity_at(first - 1)
                        .and_then(|m| self.token_range(m))
                        .map_or(first - 1, |(f, _)| f);
                } else if let Some(t) = (first.saturating_sub(3)..first)
                    .rev()
                    .take_while(|&j| {
                        j > 0
                            && self.is_capitalised(j)
                            && self.entity_at(j).is_none()
                            && !self.quoted[j]
                    })
                    .filter(|&j| is_title(self.w(j)))
                    .last()
                {
                    // "Chief Executive Carrie Lam": a title a word or two before.
                    first = t;
                } else {
                    break;
                }
            }
            return Some((Span::new(self.toks[first].span.start, e.end), first));
        }
        let is_number = self.toks[t].kind == TokenKind::Number;
        // ("A person familiar with the firm's thinking": a cue form as a noun.)
        let noun_form =
            t > 0 && (possessive(self.w(t - 1)) || NOUN_MARKERS.contains(&self.w(t - 1)));
        if !(self.is_word(t) || is_number)
            || NOT_SPEAKER_HEAD.contains(&w)
            || w.ends_with("n't")
            || w.ends_with("n’t")
            || self.lex(t).is_some() && !noun_form
            || is_adverb(w)
            // ("a nurse who died": the relative clause's verb.)
            || t > 0 && matches!(self.w(t - 1), "who" | "which")
        {
            return None;
        }
        // A nominal: "the spokesman", "White House officials", "Trump’s campaign".
        let mut first = t;
        while first > 0 && t - first < 6 {
            let p = first - 1;
            let pw = self.w(p);
            if self.quoted[p] || !self.is_word(p) && self.toks[p].kind != TokenKind::Number {
                break;
            }
            if DETERMINERS.contains(&pw) {
                // ("show that senior executives discussed": a complementiser.)
                let complementiser = pw == "that"
                    && p > 0
                    && (self.cue_at(p - 1).is_some() || self.w(p - 1).ends_with("ed"));
                if !complementiser {
                    first = p;
                }
                break;
            }
            // "Western and African members", "French and German officials":
            // coordinated modifiers.
            if matches!(pw, "and" | "or")
                && p >= 1
                && p + 1 < t
                && self.is_capitalised(p + 1)
                && self.is_capitalised(p - 1)
                && self.is_word(p - 1)
                && !self.quoted[p - 1]
            {
                first = p - 1;
                continue;
            }
            // "the then defence minister": "then" as an adjective.
            if pw == "then" && p > 0 && matches!(self.w(p - 1), "the" | "a") {
                first = p - 1;
                break;
            }
            // ("a US laboratory": "US" is no pronoun.)
            let acronym = self.raw(p).len() > 1 && !self.raw(p).chars().any(char::is_lowercase);
            // ("planning officers": an "-ing" modifier opening the phrase.)
            let modifier = pw.ends_with("ing")
                && (p == 0 || matches!(self.w(p - 1), "," | "the" | "a" | "an" | "and"));
            if NOT_SPEAKER_HEAD.contains(&pw) && !acronym
                || self.lex(p).is_some() && !modifier
                || is_adverb(pw)
            {
                break;
            }
            first = p;
            if possessive(pw) {
                // "The prime minister's spokesperson": the owner's own
                // determiner and lower-case or title words; a name owns alone
                // ("Trump's campaign", "Puerto Rico's governor").
                if let Some((f, _)) = self.entity_at(p).and_then(|e| self.token_range(e)) {
                    // ("A Moody's spokesperson", "the Commission's …".)
                    let det = f > 0 && matches!(self.w(f - 1), "the" | "a" | "an");
                    first = f - usize::from(det);
                    break;
                }
                let mut owner = p;
                while owner > 0 && p - owner < 3 && !self.quoted[owner - 1] {
                    let o = self.w(owner - 1);
                    let raw = self.raw(owner - 1);
                    if matches!(o, "the" | "a" | "an") {
                        first = owner - 1;
                        break;
                    }
                    let lower =
                        raw.chars().all(char::is_lowercase) && self.lex(owner - 1).is_none();
                    // ("Spanish Prime Minister's office": a nationality too.)
                    let nationality = self
                        .name_at(owner - 1)
                        .is_some_and(|e| e.label == EntityLabel::Misc);
                    if !(lower && !NOT_SPEAKER_HEAD.contains(&o) && !is_adverb(o)
                        || is_title(o) && self.is_capitalised(owner - 1)
                        || nationality)
                    {
                        break;
                    }
                    owner -= 1;
                }
                // ("Prime Minister's office said", opening the clause: the
                // owner's title words, with no determiner.)
                let opens = owner == dateline_end(self) || owner > 0 && self.w(owner - 1) == ",";
                if first == p && owner < p && opens && self.is_capitalised(owner) {
                    first = owner;
                }
                break;
            }
        }
        Some((
            Span::new(self.toks[first].span.start, self.toks[t].span.end),
            first,
        ))
    }

    /// The speaker noun phrase that starts at token `s`: (span, last token).
    /// An "-ing" word followed by an article or a preposition ("using the",
    /// "speaking on"): a participle with its object, not a noun ("the ruling
    /// party").
    fn participle_with_object(&self, k: usize) -> bool {
        let w = self.w(k);
        w.len() > 4
            && w.ends_with("ing")
            && matches!(
                self.w(k + 1),
                "the" | "a" | "an" | "on" | "in" | "at" | "for" | "from" | "with" | "outside"
            )
    }

    fn speaker_starting_at(&self, s: usize) -> Option<(Span, usize)> {
        if s >= self.len() || self.quoted[s] {
            return None;
        }
        let w = self.w(s);
        if PRONOUNS.contains(&w) {
            return Some((self.toks[s].span, s));
        }
        // "said one of the economists": a part of the group.
        if is_partitive(w) && self.w(s + 1) == "of" {
            let (group, last) = self.speaker_starting_at(s + 2)?;
            return Some((Span::new(self.toks[s].span.start, group.end), last));
        }
        let nominal_word = |j: usize| {
            (self.is_word(j) || self.toks[j].kind == TokenKind::Number)
                && !self.quoted[j]
                && !NOT_SPEAKER_HEAD.contains(&self.w(j))
                && self.lex(j).is_none()
        };
        let mut last = if let Some(e) = self.entity_at(s) {
            self.token_range(e)?.1
        } else if DETERMINERS.contains(&w) && !matches!(w, "that" | "this" | "these" | "those")
            || nominal_word(s)
        {
            s
        } else {
            return None;
        };
        while last + 1 < self.len() && last - s < 8 {
            let n = last + 1;
            if let Some(e) = self.entity_at(n).filter(|_| !self.quoted[n]) {
                last = self.token_range(e)?.1.max(n);
            } else if self.participle_with_object(n) {
                // "a protester using the pseudonym Katya": the participle
                // starts a modifier, not more of the speaker's noun.
                break;
            } else if (self.w(n).ends_with("ed")
                || AUXILIARIES.contains(&self.w(n))
                || IRREGULAR_PASTS.contains(&self.w(n)))
                && !self.is_capitalised(n)
                && !DETERMINERS.contains(&self.w(last))
                && !self.w(last).ends_with("ly")
            {
                // "said the company welcomed competition": a past tense after
                // the noun is the verb of a reported clause.
                break;
            } else if nominal_word(n)
                || self.w(n) == "." && is_title(self.w(last)) && self.w(last).len() <= 4
            {
                last = n;
            } else {
                break;
            }
        }
        if last == s && DETERMINERS.contains(&w) {
            return None;
        }
        // "a statement from the Kremlin", "Mr. Morgan of the Sierra Club",
        // "people familiar with the matter", "a source close to the talks".
        // (Not an occasion: "said the skipper at the presentation".)
        let occasion = self.w(last + 1) == "at"
            && (last + 2..last + 5)
                .take_while(|&j| self.is_word(j))
                .any(|j| OCCASIONS.contains(&self.w(j)));
        if is_source_formula(self.w(last), self.w(last + 1))
            || matches!(self.w(last + 1), "from" | "for" | "of" | "at") && !occasion
        {
            if let Some((_, l)) = self.speaker_starting_at(last + 2) {
                last = l;
            }
        }
        Some((
            Span::new(self.toks[s].span.start, self.toks[last].span.end),
            last,
        ))
    }

    /// A quotation that closes shortly before cue `k` with only a speaker
    /// between ("“…,” Umerov said", "“…,” said Umerov", "“…” Rep. Jane Doe
    /// (D-Md.) said"): the quotation's outer span and the speaker.
    fn quote_then_cue(&self, k: usize, quoted: &[Span]) -> Option<(Span, Span)> {
        let g = (k.saturating_sub(16)..k).rev().find(|&g| self.quoted[g])?;
        if !is_closing_mark(self.raw(g)) || (g + 1..k).any(|j| self.cue_at(j).is_some()) {
            return None;
        }
        let mut s = g + 1;
        while s < k && matches!(self.w(s), "," | "—" | "–" | "-") {
            s += 1;
        }
        let (speaker, next) = if s == k {
            // "… “a recipe for war”, telling state radio that …": a participle
            // continues its subject; it is not inverted.
            if self.w(k).ends_with("ing") {
                return None;
            }
            let (speaker, last) = self.speaker_starting_at(k + 1)?;
            (speaker, last + 1)
        } else {
            let (speaker, last) = self.speaker_starting_at(s)?;
            // "accused ministers of “ripping up” their own policies, and said":
            // a coordinated verb, whose subject is before the quotation.
            // Nor "it “fully backs” the manager, while others urged": a new
            // clause, with its own subject, between.
            if (last + 1..k).any(|j| {
                matches!(
                    self.w(j),
                    "and" | "but" | "or" | "while" | "whereas" | "although" | "though" | "because"
                )
            }) {
                return None;
            }
            (speaker, k + 1)
        };
        let mark = self.toks[g].span;
        let quote = super::marks::holding(quoted, mark)?;
        // A title in quotation marks within the sentence ("In an interview on
        // CBS's “Face the Nation,” Ryan said the …"): the cue reports the clause after it.
        let after = self.skip_adjuncts(next, self.len());
        let first = self.toks.first()?.span;
        if quote.start > first.start
            && self.is_word(after)
            && !self.quoted[after]
            && is_title_quotation(quote.slice(self.text))
        {
            return None;
        }
        // "Mrs. Clinton, with her …, ''is seen as …,'' he said": the words before count.
        let lead = self.toks.partition_point(|t| t.span.end <= quote.start);
        if quote.start > first.start && lead >= 3 {
            return Some((Span::new(first.start, quote.end), speaker));
        }
        Some((quote, speaker))
    }

    /// The speaker before cue `k`, skipping adverbs and auxiliaries.
    fn speaker_before(&self, k: usize) -> Option<(Span, usize)> {
        self.speaker_of(k, self.speaker_before_any(k)?)
    }

    /// The speaker of cue `k` given the noun phrase before it
    /// ([`Self::speaker_before_any`]).
    fn speaker_of(&self, k: usize, mut found: (Span, usize)) -> Option<(Span, usize)> {
        // "what he described as": a relative, not an attribution of its own.
        if found.1 > 0 && matches!(self.w(found.1 - 1), "what" | "as") {
            return None;
        }
        // "a change that experts said would …": the relative pronoun is not
        // part of the speaker.
        if found.1 > 0
            && found.1 + 1 < k
            && matches!(self.w(found.1), "that" | "which")
            && self.is_word(found.1 - 1)
            && self.toks[found.1 + 1].span.end <= found.0.end
        {
            found = (
                Span::new(self.toks[found.1 + 1].span.start, found.0.end),
                found.1 + 1,
            );
        }
        Some(self.relative_head(found).unwrap_or(found))
    }

    /// "a row over how to raise money for … threatened to": the noun phrase
    /// before a cue that starts at token `first` is an infinitive's, inside a
    /// subject that says nothing.
    fn after_wh_infinitive(&self, first: usize) -> bool {
        first > 1
            && self.w(first - 1) == "to"
            && matches!(
                self.w(first - 2),
                "how" | "what" | "where" | "when" | "whether"
            )
    }

    /// "Fans who had travelled from around the world described …": the
    /// speaker found before the cue ends a relative clause; the speaker is
    /// the noun phrase the clause describes, with the clause.
    fn relative_head(&self, (span, first): (Span, usize)) -> Option<(Span, usize)> {
        // ("Researchers who tracked patients in Norway, Chile and Japan
        // found": past the commas of a list of names.)
        let list_comma =
            |j: usize| j > 0 && self.is_capitalised(j - 1) && self.is_capitalised(j + 1);
        let r = (first.saturating_sub(RELATIVE_CLAUSE_TOKENS)..first)
            .rev()
            .take_while(|&j| (self.w(j) != "," || list_comma(j)) && !self.quoted[j])
            .find(|&j| matches!(self.w(j), "who" | "which" | "that"))?;
        // ("The family of a woman who died …": the head with its "of" phrase.)
        let (_, head_first) = self.speaker_ending_at(r.checked_sub(1)?, 1)?;
        let opens =
            head_first == dateline_end(self) || head_first > 0 && self.w(head_first - 1) == ",";
        (opens && r + 1 < first).then(|| {
            (
                Span::new(self.toks[head_first].span.start, span.end),
                head_first,
            )
        })
    }

    /// [`Self::speaker_before`], also in a "what" or "as" clause.
    fn speaker_before_any(&self, k: usize) -> Option<(Span, usize)> {
        let mut j = k;
        loop {
            // ("To varying degrees, all agreed": the quantifier is the speaker.)
            let quantifier = j > 0 && self.opens_with_quantifier(j - 1);
            if j > 0
                && !quantifier
                && (BETWEEN_SPEAKER_AND_CUE.contains(&self.w(j - 1)) || is_adverb(self.w(j - 1)))
            {
                j -= 1;
            } else if j > 1 && self.w(j - 1) == "to" && RAISING.contains(&self.w(j - 2)) {
                j -= 2;
            } else if j > 1
                && matches!(
                    (self.w(j - 2), self.w(j - 1)),
                    ("in", "fact" | "turn" | "particular" | "effect" | "short")
                        | ("of", "course")
                        | ("at", "first" | "least" | "last" | "times")
                        | ("so", "far")
                )
            {
                // "Ms Marsh had in fact asked": an adverbial phrase.
                j -= 2;
            } else if self.went_on_to(j) {
                j -= 3;
            } else if j > 0 && DAYS.contains(&self.w(j - 1)) {
                // "Sanders on Saturday criticized", "Trump Tuesday said".
                j -= 1;
                if j > 0 && self.w(j - 1) == "on" {
                    j -= 1;
                }
            } else if j > 1
                && matches!(self.w(j - 1), "week" | "month" | "year" | "night")
                && matches!(self.w(j - 2), "last" | "this")
            {
                j -= 2;
            } else {
                break;
            }
        }
        let found = self.speaker_ending_at(j.checked_sub(1)?, 0)?;
        // "A poll released in late August found": the time is the
        // participle's, the speaker is the noun phrase before it.
        let (span, first) = found;
        let is_time =
            (first..j).all(|x| TIME_WORDS.contains(&self.w(x)) || MONTHS.contains(&self.w(x)));
        let mut p = first;
        if is_time && p > 0 && matches!(self.w(p - 1), "in" | "on") {
            p -= 1;
        }
        if is_time && p > 1 && self.w(p - 1).ends_with("ed") && !self.is_capitalised(p - 1) {
            return self.speaker_ending_at(p - 2, 0);
        }
        Some((span, first))
    }

    /// Skip the addressee of a `Tell` cue ("reporters", "the BBC", "him"),
    /// with its apposition before a question or a that-clause ("asked Dr
    /// Helen Clarke, a researcher at Leeds, what it will change").
    fn skip_object(&self, c: usize) -> usize {
        let c = self.skip_addressee(c);
        if self.w(c) != "," || c == 0 {
            return c;
        }
        let close = (c + 1..self.len().min(c + APPOSITION_TOKENS))
            .take_while(|&j| !self.quoted[j] && self.cue_at(j).is_none())
            .find(|&j| self.w(j) == ",");
        match close {
            Some(j) if CLAUSE_OPENERS.contains(&self.w(j + 1)) => j + 1,
            _ => c,
        }
    }

    fn skip_addressee(&self, mut c: usize) -> usize {
        if c >= self.len() || self.quoted[c] {
            return c;
        }
        // "Dr Helen Clarke": a title before a name.
        if is_title(self.raw(c)) && self.entity_at(c + 1).is_some() {
            c += 1;
        }
        if OBJECT_PRONOUNS.contains(&self.w(c)) {
            return c + 1;
        }
        // "Channel 4", "local station KARE 11": a number ends a name.
        let numbered = |c: usize| {
            c > 0 && self.toks[c].kind == TokenKind::Number && self.is_capitalised(c - 1)
        };
        if let Some(e) = self.entity_at(c) {
            let mut after = self.token_range(e).map_or(c, |(_, l)| l + 1);
            // "RTÉ's Morning Ireland": the owner's programme.
            if after > c && after < self.len() && possessive(self.w(after - 1)) {
                return self.skip_addressee(after);
            }
            // "told RPP radio that": the name's medium.
            if after > c && MEDIUM_NOUNS.contains(&self.w(after)) {
                after += 1;
            }
            return after + usize::from(after < self.len() && numbered(after));
        }
        let start = c;
        if DETERMINERS.contains(&self.w(c)) {
            c += 1;
        }
        let head = c;
        while c < self.len()
            && c - start < 5
            && (self.is_word(c) || numbered(c))
            && !self.quoted[c]
            && !matches!(
                self.w(c),
                "that" | "if" | "whether" | "to" | "about" | "how" | "why" | "what"
            )
            && !PRONOUNS.contains(&self.w(c))
            && !is_contracted_pronoun(self.w(c))
            && !DETERMINERS.contains(&self.w(c))
            // "told an audience at the headquarters …, that": an adjunct follows.
            && !(c > start && ADJUNCT_PREPOSITIONS.contains(&self.w(c)))
        {
            // "told the court Hughes had been …", "told the jury prices had
            // risen": the word before a verb is the clause's subject.
            if c > head && AUXILIARIES.contains(&self.w(c + 1)) {
                break;
            }
            c += 1;
            // A single plural noun is the whole object ("told reporters the …").
            if c - start == 1 && self.w(c - 1).ends_with('s') {
                break;
            }
        }
        c
    }

    /// Skip time words and prepositional adjuncts after a cue.
    fn skip_adjuncts(&self, mut c: usize, end: usize) -> usize {
        for _ in 0..4 {
            if c >= end || self.quoted[c] {
                return c;
            }
            let w = self.w(c);
            // "pointed out that", "summed up": the cue's particle.
            let particle = matches!(w, "out" | "up") && c > 0 && self.cue_at(c - 1).is_some();
            // "wondered aloud whether", "said publicly that", "said only that".
            let adverb = (matches!(w, "aloud" | "only") || is_adverb(w))
                && matches!(
                    self.w(c + 1),
                    "that" | "whether" | "if" | "how" | "what" | "why"
                );
            // "said this week", but not "said this was a problem".
            let deictic = matches!(w, "this" | "last" | "next");
            let time_noun = |x: &str| TIME_WORDS.contains(&x) || MONTHS.contains(&x);
            if TIME_WORDS.contains(&w) && (!deictic || time_noun(self.w(c + 1)))
                || particle
                || adverb
            {
                c += 1;
                continue;
            }
            // "said at least nine people had been killed": a quantity.
            let quantity = w == "at" && matches!(self.w(c + 1), "least" | "most");
            if !ADJUNCT_PREPOSITIONS.contains(&w) || quantity {
                return c;
            }
            // Bounded by "that" or a comma: "said in a post on X, confirming that".
            let limit = end.min(c + 14);
            // An infinitive opens the content ("agreed on Thursday to delay …").
            // Not "in a message to employees that …": a noun before "that".
            // Nor "in a note to clients after the call that": a plural noun.
            let plural = |x: &str| x.ends_with('s') && !x.ends_with("ss") && !x.ends_with("us");
            let infinitive = |j: usize| {
                let that_within = |to: usize| (j + 2..to).any(|x| self.w(x) == "that");
                let addressee = plural(self.w(j + 1)) && that_within(limit);
                self.opens_infinitive(j)
                    && !PRONOUNS.contains(&self.w(j + 1))
                    && !addressee
                    && !that_within(limit.min(j + 4))
            };
            // ("later that day": a determiner, not the clause's "that".)
            let that_time = |j: usize| {
                self.w(j) == "that"
                    && matches!(
                        self.w(j + 1),
                        "day"
                            | "week"
                            | "month"
                            | "year"
                            | "morning"
                            | "afternoon"
                            | "evening"
                            | "night"
                            | "time"
                    )
            };
            if let Some(j) = (c + 1..limit).find(|&j| {
                matches!(self.w(j), "that" | "," | ":") && !that_time(j)
                    || infinitive(j)
                    || self.quoted[j]
                    || self.cue_at(j).is_some()
            }) {
                match self.w(j) {
                    "that" | "to" => return j,
                    "," | ":" => return j + 1,
                    _ => {}
                }
            }
            // Unbounded: preposition, determiner, up to four name or noun words.
            let start = c;
            c += 1;
            if DETERMINERS.contains(&self.w(c)) {
                c += 1;
            }
            while c < end
                && c - start < 6
                && self.is_word(c)
                && !self.quoted[c]
                && !PRONOUNS.contains(&self.w(c))
                && !is_contracted_pronoun(self.w(c))
                && !DETERMINERS.contains(&self.w(c))
                && !matches!(self.w(c), "that" | "if" | "whether")
            {
                c += 1;
            }
        }
        c
    }

    /// [`Self::skip_adjuncts`], stopping at the comma that ends the last
    /// adjunct rather than past it ("…, Qatar said on Monday, allowing …").
    fn skip_adjuncts_to_comma(&self, c: usize, end: usize) -> usize {
        let after = self.skip_adjuncts(c, end);
        if after > c && self.w(after - 1) == "," {
            after - 1
        } else {
            after
        }
    }

    /// End of the content that starts at token `c`: the sentence end, or
    /// just before a following conjoined or participle cue.
    fn content_end(&self, c: usize, end: usize) -> (usize, Option<usize>) {
        for j in c + 1..end {
            if self.quoted[j] {
                continue;
            }
            // "would “lead to a surge in suffering,” while Oxfam warned": a
            // comma inside the closing mark ends the clause as one outside.
            let comma_in_mark = self.quoted[j - 1]
                && is_closing_mark(self.raw(j - 1))
                && j >= 2
                && self.w(j - 2) == ",";
            let p = if comma_in_mark { "," } else { self.w(j - 1) };
            if self.quoted[j - 1] && !comma_in_mark {
                continue;
            }
            // Where a clause ends before token `j - 1` (a comma), or after
            // the closing mark.
            let before = if comma_in_mark { j } else { j - 1 };
            // A semicolon closes the reported clause.
            if self.w(j) == ";" {
                return (j, None);
            }
            // ", but analysts agreed …": a new clause with its own subject.
            // So does one whose subject is a plain noun phrase before its own
            // cue (", but formal studies indicated …", ", Woolworths ordered …").
            let cue_within = |from: usize| {
                (from..end.min(from + 4))
                    .take_while(|&x| self.is_word(x) && !self.quoted[x])
                    .any(|x| self.cue_at(x).is_some())
            };
            let own_cue = || cue_within(j + 2);
            // ", Mark Z. Barabak noted": past the whole name.
            let after_name = self
                .entity_at(j)
                .and_then(|e| self.token_range(e))
                .map_or(j + 1, |(_, last)| last + 1);
            if p == "," && self.is_capitalised(j) && cue_within(after_name) {
                return (before, None);
            }
            // ", a court has heard." / ", which the witness denied.": a short
            // attribution of its own, its verb last, ends the sentence.
            if p == "," && (DETERMINERS.contains(&self.w(j)) || self.w(j) == "which") {
                let last = (j..end)
                    .take_while(|&x| self.is_word(x) && !self.quoted[x])
                    .last();
                if last.is_some_and(|l| {
                    l + 2 >= end
                        && l - j <= 5
                        && l > j
                        && (self.cue_at(l).is_some() || self.w(l) == "heard")
                }) {
                    return (before, None);
                }
            }
            // ", with the Kremlin describing it as …": a speaker of its own.
            if self.w(j) == "with"
                && self
                    .verb_after_with(j)
                    .is_some_and(|v| self.cue_at(v).is_some())
            {
                return (before, None);
            }
            // ", without giving details": the writer's.
            if p == "," && self.w(j) == "without" && self.w(j + 1).ends_with("ing") {
                return (before, None);
            }
            if p == ","
                && matches!(self.w(j), "but" | "and" | "while" | "although" | "though")
                && (PRONOUNS.contains(&self.w(j + 1))
                    || DETERMINERS.contains(&self.w(j + 1)) && self.w(j + 1) != "that"
                    || self.is_capitalised(j + 1)
                    || own_cue())
            {
                return (before, None);
            }
            // "attacked her skills and even questioned …": skip adverbs after "and".
            if p == "and"
                && (is_adverb(self.w(j)) || matches!(self.w(j), "then" | "also" | "later"))
            {
                let mut v = j;
                while v < end
                    && (is_adverb(self.w(v)) || matches!(self.w(v), "then" | "also" | "later"))
                {
                    v += 1;
                }
                if self.cue_at(v).is_some() {
                    return (j - 1, None);
                }
            }
            if (p == "," && self.is_participle_cue(j))
                || (matches!(p, "and" | "but") && self.cue_at(j).is_some())
            {
                let stop = if comma_in_mark {
                    j
                } else if j >= 2 && self.w(j - 2) == "," {
                    j - 2
                } else {
                    j - 1
                };
                return (stop, Some(j));
            }
        }
        (end, None)
    }

    fn span_of(&self, from: usize, to: usize) -> Option<Span> {
        // Tokens from..to (exclusive).
        if from >= to || to > self.len() {
            return None;
        }
        Some(Span::new(
            self.toks[from].span.start,
            self.toks[to - 1].span.end,
        ))
    }
}

/// The attributions of the sentence `span` of `text`. `quoted` are the outer
/// spans of all quotations (marks included); `entities` must be in text order.
/// `headline` says the sentence is a headline or standfirst (title case allowed).
pub fn read(
    text: &str,
    span: Span,
    quoted: &[Span],
    entities: &[Entity],
    headline: bool,
) -> Vec<Attribution> {
    let toks = tokens(text, span);
    let lower: Vec<Cow<str>> = toks
        .iter()
        .map(|t| {
            let w = t.span.slice(text);
            if w.chars().any(char::is_uppercase) {
                Cow::Owned(w.to_lowercase())
            } else {
                Cow::Borrowed(w)
            }
        })
        .collect();
    let lexicon = lower.iter().map(|w| cue_class(w)).collect();
    let first_quote = quoted.partition_point(|q| q.end <= span.start);
    let near: &[Span] = &quoted[first_quote..];
    let quoted_flags: Vec<bool> = toks
        .iter()
        .map(|t| super::marks::holding(near, t.span).is_some())
        .collect();
    let quote_before = quoted[..first_quote]
        .last()
        .filter(|q| {
            text.get(q.end..span.start)
                .is_some_and(|gap| gap.chars().all(|c| c == ' '))
        })
        .copied();
    let mut view = View {
        text,
        toks,
        lower,
        lexicon,
        quoted: quoted_flags,
        headline,
        cues: Vec::new(),
        quote_before,
        entities,
    };
    view.cues = (0..view.len()).map(|k| view.find_cue(k)).collect();
    let mut out = read_view(&view, near);
    out.retain(|a| {
        !is_anonymity_formula(a.content.slice(text))
            && !is_antecedent(text, a)
            && !reports_nothing(text, a)
    });
    stop_before_postposed(text, &mut out);
    for a in &mut out {
        // "pointed out", "summed up": the particle is part of the cue.
        let next = view.toks.partition_point(|t| t.span.start < a.cue.end);
        if let Some(p) = view
            .toks
            .get(next)
            .filter(|_| matches!(view.w(next), "out" | "up"))
        {
            if a.content.start != p.span.start {
                a.cue.end = p.span.end;
            }
        }
    }
    out
}

/// "One senior Democrat, who spoke on condition of anonymity, said …": a
/// relative speaker's content that is only its own antecedent, or holds the
/// relative itself ("The governor, who spoke through his spokesman, …, said").
fn is_antecedent(text: &str, a: &Attribution) -> bool {
    a.speaker.is_some_and(|sp| {
        matches!(sp.slice(text), "who" | "which")
            && (a.content.end <= sp.start
                && text
                    .get(a.content.end..sp.start)
                    .is_some_and(|gap| gap.trim() == ",")
                || a.content.contains(sp))
    })
}

/// "Israel and Hamas have agreed to extend their truce …, mediator Qatar
/// said on Monday": a content that runs across a postposed attribution
/// (whose own content holds this one's cue) ends at the comma or dash
/// before that attribution's speaker.
fn stop_before_postposed(text: &str, out: &mut [Attribution]) {
    for i in 0..out.len() {
        let a = out[i];
        let outer = out.iter().find(|b| {
            b.cue != a.cue
                && b.speaker.is_some_and(|sp| a.content.contains(sp))
                && a.content.contains(b.cue)
                && b.content.contains(a.cue)
        });
        if let Some(content) = outer.and_then(|b| cut_before(text, a.content, b.speaker?)) {
            out[i].content = content;
        }
    }
}

/// `content` up to the comma or dash before `speaker` (inside it), if any
/// words stay.
pub(super) fn cut_before(text: &str, content: Span, speaker: Span) -> Option<Span> {
    let head = text.get(content.start..speaker.start)?;
    let gap = head.rfind([',', '—', '–'])?;
    let kept = head[..gap].trim_end().len();
    (kept > 0).then(|| Span::new(content.start, content.start + kept))
}

/// "who asked not to be named", "spoke on condition of anonymity": how a
/// source is kept anonymous, not what it said.
pub(super) fn is_anonymity_formula(content: &str) -> bool {
    const FORMULAS: &[&[&str]] = &[
        &["not", "to", "be", "named"],
        &["not", "to", "be", "identified"],
        &["asked", "to", "be", "named"],
        &["asked", "to", "be", "identified"],
        &["to", "be", "named"],
        &["to", "be", "identified"],
        &["to", "remain", "anonymous"],
        &["anonymity"],
        &["condition", "of", "anonymity"],
    ];
    let words: Vec<String> = content
        .split_whitespace()
        .take(4)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    FORMULAS
        .iter()
        .any(|f| f.len() <= words.len() && f.iter().zip(&words).all(|(a, b)| a == b))
}

/// "posted revenue of $14.2 billion", "had also shown interest in
/// Diabaté", "congratulated her rival": a verb of saying whose object is a
/// company's figures, an interest or the person addressed reports nothing.
pub(super) fn reports_nothing(text: &str, a: &Attribution) -> bool {
    /// What companies post and report, and what clubs show.
    #[rustfmt::skip]
    const FIGURES: &[&str] = &[
        "revenue", "revenues", "profit", "profits", "loss", "losses", "sales", "earnings",
        "income", "turnover", "growth", "gain", "gains", "deficit", "surplus", "results",
        "margin", "margins", "interest", "ebitda",
    ];
    /// Words before the figure ("its first annual net profit").
    #[rustfmt::skip]
    const BEFORE_FIGURE: &[&str] = &[
        "a", "an", "the", "its", "their", "his", "her", "our", "record", "net", "pre-tax",
        "annual", "quarterly", "first", "second", "third", "fourth", "full-year", "half-year",
        "operating", "strong", "weak", "higher", "lower", "adjusted", "total", "also", "some",
        "little", "no", "much", "keen",
    ];
    if a.content.start < a.cue.end {
        return false;
    }
    let cue = a.cue.slice(text).to_lowercase();
    let Some(verb) = cue.split_whitespace().last() else {
        return false;
    };
    let words: Vec<String> = a
        .content
        .slice(text)
        .split_whitespace()
        .take(12)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
                .to_lowercase()
        })
        .collect();
    // "added 96 yards rushing": a number added is a statistic.
    if verb.starts_with("add")
        && words
            .first()
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
    {
        return true;
    }
    // "attacked the border town of Ostrava": an attack on a place.
    if verb.starts_with("attack") {
        #[rustfmt::skip]
        const PLACES: &[&str] = &[
            "town", "city", "village", "base", "convoy", "camp", "hospital", "school", "embassy",
            "port", "airport", "border", "positions", "troops", "soldiers", "checkpoint", "ship",
            "vessel", "tanker", "building", "station",
        ];
        return words.iter().take(4).any(|w| PLACES.contains(&w.as_str()));
    }
    // "Netflix is showing Noah Baumbach's “Jay Kelly”", "Venice hails
    // Ferrer's “The Salt Line” as …": a film shown or hailed, not words said.
    if ["show", "hail", "screen"]
        .iter()
        .any(|s| verb.starts_with(s))
    {
        let body = a.content.slice(text);
        let quoted: Vec<&str> = body
            .split(['“', '”', '"'])
            .skip(1)
            .step_by(2)
            .filter(|q| !q.trim().is_empty())
            .collect();
        if !quoted.is_empty()
            && quoted
                .iter()
                .all(|q| is_title_quotation(q.trim_end_matches(['.', ','])))
        {
            return true;
        }
    }
    if ["post", "show", "report"]
        .iter()
        .any(|s| verb.starts_with(s))
    {
        let head = words.iter().find(|w| {
            !BEFORE_FIGURE.contains(&w.as_str())
                && !w.ends_with("-quarter")
                && !w.starts_with(|c: char| c.is_ascii_digit())
        });
        return head.is_some_and(|h| FIGURES.contains(&h.as_str()));
    }
    // Congratulating someone, with no "for …" or "on …" said.
    verb.starts_with("congratulat")
        && words.len() <= 4
        && !words
            .iter()
            .any(|w| matches!(w.as_str(), "for" | "on" | "that"))
}

fn read_view(v: &View, quoted: &[Span]) -> Vec<Attribution> {
    let n = v.len();
    // The content ends before final punctuation (closing marks stay in).
    let mut end = n;
    while end > 0 && !v.quoted[end - 1] && is_terminal(v.w(end - 1)) {
        end -= 1;
    }
    let mut out: Vec<Attribution> = Vec::new();
    let mut last_speaker: Option<Span> = None;
    // A cue phrase waiting for its participle ("echoed this assessment …, confirming").
    let mut pending: Option<(Span, Option<Span>)> = None;
    // "Paul Ryan: FBI Decision … ‘Defies Explanation’" (headlines, transcripts).
    let person_at_start = v.person_at(0);
    if let Some((speaker, last)) = person_at_start.and_then(|e| Some((e, v.token_range(e)?.1))) {
        if v.w(last + 1) == ":" && last + 2 < end {
            if let Some(content) = v.span_of(last + 2, end) {
                out.push(Attribution {
                    cue: v.toks[last + 1].span,
                    speaker: Some(speaker),
                    content,
                });
            }
        }
    }
    out.extend((0..n).filter_map(|k| noun_cue(v, k, end)));
    out.extend((0..n).filter_map(|k| passive(v, k, end)));
    let mut k = 0;
    while k < n {
        if v.w(k) == "according" && v.w(k + 1) == "to" && !v.quoted[k] {
            if let Some(a) = according_to(v, k, end) {
                last_speaker = a.speaker;
                out.push(a);
            }
            k += 2;
            continue;
        }
        let Some(class) = v
            .cue_at(k)
            .filter(|_| !in_relative_clause(v, k) && !in_fronted_question(v, k))
        else {
            k += 1;
            continue;
        };
        let cue = v.toks[k].span;
        if let Some((content, speaker)) = v.quote_then_cue(k, quoted) {
            last_speaker = Some(speaker);
            out.push(Attribution {
                cue,
                speaker: Some(speaker),
                content,
            });
            k += 1;
            continue;
        }
        if let Some(a) = as_attribution(v, k, end) {
            last_speaker = a.speaker;
            out.push(a);
            k += 1;
            continue;
        }
        // After a quotation that ended the previous sentence: "“…?” Weaver said."
        if let Some(quote) = v.quote_before {
            let speaker = if k == 0 {
                v.speaker_starting_at(1).map(|(s, l)| (s, l + 1))
            } else {
                v.speaker_before(k)
                    .filter(|&(_, first)| first == 0)
                    .map(|(s, _)| (s, k + 1))
            };
            if let Some((speaker, after)) = speaker {
                let after = v.skip_adjuncts(after, end);
                if after >= end || v.w(after) == "," {
                    last_speaker = Some(speaker);
                    out.push(Attribution {
                        cue,
                        speaker: Some(speaker),
                        content: quote,
                    });
                    k = after.max(k + 1);
                    continue;
                }
            }
        }
        // Postposed, inverted: "…,” said Umerov." / "…, said the spokesman."
        // Not after a subject set off by an apposition ("The researchers,
        // from the NIH, said the two drugs …").
        if k > 0
            && is_attribution_gap(v.raw(k - 1))
            && !v.w(k).ends_with("ing")
            && class != CueClass::Object
            // ("As Juliet Schor, …, put it at the time, “…”": "it" is the object.)
            && !(matches!(v.w(k), "put" | "puts") && v.w(k + 1) == "it")
            && v.speaker_before(k)
                .is_none_or(|(_, first)| first != dateline_end(v))
        {
            // (An inverted speaker is a name, a determined or plural noun
            // phrase: not "…, declared bankruptcy.")
            let bare_singular = |first: usize, last: usize| {
                first == last
                    && v.entity_at(first).is_none()
                    && !v.is_capitalised(first)
                    && !PRONOUNS.contains(&v.w(first))
                    && !v.w(first).ends_with('s')
            };
            if let Some((speaker, last)) = v
                .speaker_starting_at(k + 1)
                .filter(|&(_, last)| !bare_singular(k + 1, last))
            {
                let after = v.skip_adjuncts(last + 1, end);
                if after >= end || v.w(after) == "," || v.quoted[after] && v.w(after - 1) == "," {
                    if let Some(content) = postposed_content(v, k - 1, after, end) {
                        last_speaker = Some(speaker);
                        out.push(Attribution {
                            cue,
                            speaker: Some(speaker),
                            content,
                        });
                        k = last + 1;
                        continue;
                    }
                }
            }
        }
        let mut before = k;
        while before > 0
            && (matches!(v.w(before - 1), "then" | "also" | "later") || is_adverb(v.w(before - 1)))
        {
            before -= 1;
        }
        // "… and have threatened tariffs": the coordinated verb's auxiliary.
        if before >= 2
            && matches!(
                v.w(before - 1),
                "have" | "has" | "had" | "will" | "would" | "could" | "may" | "might"
            )
            && matches!(v.w(before - 2), "and" | "but")
        {
            before -= 1;
        }
        // "Tom Price, writing in his column, said …": a participle aside
        // between a subject and its own cue is no attribution of its own.
        // (A circumstance, "speaking to", "writing in"; not "citing data".)
        if v.is_participle_cue(k)
            && k > 0
            && v.w(k - 1) == ","
            && matches!(
                v.w(k + 1),
                "in" | "on" | "to" | "at" | "from" | "for" | "with" | "during"
            )
        {
            let next_cue = (k + 1..end.min(k + 25))
                .take_while(|&j| !v.quoted[j] && !matches!(v.w(j), "." | ";" | ":"))
                .find(|&j| v.cue_at(j).is_some());
            if next_cue.is_some_and(|j| v.w(j - 1) == "," && !v.w(j).ends_with("ing")) {
                k += 1;
                continue;
            }
        }
        let participle = before > 0
            && matches!(
                v.w(before - 1),
                "," | "and" | "by" | "after" | "before" | "when" | "while"
            )
            && v.is_participle_cue(k)
            || before > 0 && matches!(v.w(before - 1), "and" | "but");
        let phrase_before = if participle {
            None
        } else {
            v.speaker_before_any(k)
        };
        if phrase_before.is_some_and(|(_, first)| v.after_wh_infinitive(first)) {
            k += 1;
            continue;
        }
        let left = phrase_before.and_then(|found| v.speaker_of(k, found));
        // Postposed: "“…,” Umerov said." / "…, he told reporters."
        if let Some((mut speaker, mut first)) = left {
            // "…, mediator Qatar said": a lower-case role noun before the name.
            if v.entity_at(first).is_some() {
                let role = (first.saturating_sub(3)..first)
                    .rev()
                    .take_while(|&j| {
                        v.is_word(j)
                            && !v.is_capitalised(j)
                            && v.lex(j).is_none()
                            && !NOT_SPEAKER_HEAD.contains(&v.w(j))
                            && !v.quoted[j]
                    })
                    .last();
                if let Some(r) = role.filter(|&r| r > 0 && is_attribution_gap(v.raw(r - 1))) {
                    speaker = Span::new(v.toks[r].span.start, speaker.end);
                    first = r;
                }
            }
            let gap = first.checked_sub(1);
            if let Some(g) = gap.filter(|&g| is_attribution_gap(v.raw(g)) || v.quoted[g]) {
                let mut after = k + 1;
                if class == CueClass::Tell {
                    after = v.skip_object(after);
                }
                after = v.skip_adjuncts_to_comma(after, end);
                let closes = after >= end
                    || matches!(v.w(after), "," | "--" | "—" | "–")
                    || v.quoted[after] && v.w(after.saturating_sub(1)) == ",";
                if closes {
                    if let Some(content) = postposed_content(v, g, after, end) {
                        last_speaker = Some(speaker);
                        out.push(Attribution {
                            cue,
                            speaker: Some(speaker),
                            content,
                        });
                        k += 1;
                        continue;
                    }
                }
            }
        }
        // Preposed: SPEAKER CUE [object] [adjuncts] (that|:) CONTENT.
        let (speaker, cue) = match (left, pending.take()) {
            (_, Some((pending_cue, pending_speaker))) if participle => {
                (pending_speaker, Span::new(pending_cue.start, cue.end))
            }
            (Some((s, _)), _) => (Some(s), cue),
            // "Kavanaugh said the government could not tell …, calling that …":
            // not the speaker of a cue inside another's content.
            (None, _) if participle => {
                let nested = |sp: Span| out.iter().any(|b| b.content.contains(sp));
                let outer = out
                    .iter()
                    .filter(|a| a.cue.end <= cue.start && !nested(a.cue))
                    .max_by_key(|a| a.cue.start)
                    .and_then(|a| a.speaker);
                // "A called the film “a triumph,” while B awarded it five
                // stars, describing …": the subject of the clause between.
                let clause_subject = (1..k)
                    .rev()
                    .take_while(|&j| !v.quoted[j] && v.cue_at(j).is_none())
                    .find(|&j| {
                        matches!(v.w(j), "while" | "whereas")
                            && (v.w(j - 1) == "," || v.quoted[j - 1])
                    })
                    .and_then(|j| {
                        // ("The Guardian's Xan Brooks": the person the body owns.)
                        let e = v.entity_at(j + 1)?;
                        let (_, last) = v.token_range(e)?;
                        Some(
                            possessive(v.raw(last))
                                .then(|| v.person_at(last + 1))
                                .flatten()
                                .unwrap_or(e),
                        )
                    })
                    .filter(|e| last_speaker.is_none_or(|sp| sp.end <= e.start));
                let speaker = clause_subject
                    .or(last_speaker.filter(|&sp| !nested(sp)))
                    .or(outer);
                // A subject after the cue only for a fronted participle ("While
                // saying that …, he continued"), not from the cue's own content
                // ("Drivers are demanding a rise, arguing that … they earn", "The
                // district did not dispute it but said … prevented it from …").
                // (The clause opens the sentence or follows a colon.)
                let opens = (dateline_end(v)..k)
                    .rev()
                    .find(|&j| matches!(v.w(j), ":" | ";") && !v.quoted[j])
                    .map_or(dateline_end(v), |j| j + 1);
                let fronted = v.w(k).ends_with("ing")
                    && k <= opens + 6
                    && !(opens..k).any(|j| v.w(j) == "," && !v.quoted[j]);
                let speaker = speaker
                    .or_else(|| subject(v).filter(|s| s.end <= cue.start || fronted))
                    .or_else(|| nominal_subject(v).filter(|s| s.end <= cue.start));
                (speaker, cue)
            }
            // No speaker next to the cue: the sentence's subject, if it comes first.
            // "in what the government says is a world first", "came as
            // officials praised …": the clause's own subject.
            (None, _) => match phrase_before {
                Some((s, first)) if first > 0 && matches!(v.w(first - 1), "what" | "as") => {
                    (Some(s), cue)
                }
                _ => (subject(v).filter(|s| s.end <= cue.start), cue),
            },
        };
        let mut c = k + 1;
        if class == CueClass::Tell {
            c = v.skip_object(c);
            // "put it to me: …": the addressee after the object.
            if v.w(c) == "to" && OBJECT_PRONOUNS.contains(&v.w(c + 1)) {
                c += 2;
            }
        }
        // "warned members that …", "assured investors that …": an addressee
        // before the clause.
        if class == CueClass::Say && takes_addressee(v.w(k)) {
            let after = v.skip_addressee(c);
            if after > c && v.w(after) == "that" {
                c = after;
            }
        }
        // "We spoke to Dante Lauretta[, …]": an addressee, and no content
        // unless a topic follows ("talked to reporters about …").
        if SPEAK.contains(&v.w(k)) && v.w(c) == "to" {
            let next = c + 1;
            let addressee = v.entity_at(next).is_some()
                || OBJECT_PRONOUNS.contains(&v.w(next))
                || DETERMINERS.contains(&v.w(next));
            if addressee {
                c = v.skip_object(next);
                if !matches!(v.w(c), "about" | "on" | "of") {
                    k += 1;
                    continue;
                }
            }
        }
        // "has emailed us:", "wrote to me:": the addressee before a colon.
        if OBJECT_PRONOUNS.contains(&v.w(c)) && v.w(c + 1) == ":" {
            c += 1;
        } else if v.w(c) == "to" && OBJECT_PRONOUNS.contains(&v.w(c + 1)) && v.w(c + 2) == ":" {
            c += 2;
        }
        // "insisted on building", "talked about X", "called for Y": the complement is the content.
        // (Not after an addressee: "told analysts on a call in February that".)
        // ("said about 400 members had left": "about" a number is no complement.)
        let approximate = v.w(c) == "about"
            && v.w(c + 1)
                .starts_with(|ch: char| ch.is_ascii_digit() || ch == '$' || ch == '£');
        // ("warned against drawing conclusions": "against" keeps its meaning;
        // "railed against it" says it in the verb.)
        let advice = ["warn", "caution", "advis", "argu", "counsel", "recommend"]
            .iter()
            .any(|s| v.w(k).starts_with(s));
        let complement = (matches!(v.w(c), "about" | "for" | "of")
            || v.w(c) == "against" && !advice)
            && !approximate
            || v.w(c) == "on"
                && c == k + 1
                && !v.is_capitalised(c + 1)
                && !TIME_WORDS.contains(&v.w(c + 1))
                && !v.on_medium(c);
        if complement && !v.quoted[c] {
            c += 1;
        } else {
            c = v.skip_adjuncts(c, end);
        }
        // "has spoken publicly for the first time about the cancellation":
        // what one speaks about is the content.
        if SPEAK.contains(&v.w(k)) {
            if let Some(j) = (c..end.min(c + 8))
                .take_while(|&j| v.is_word(j) && !v.quoted[j])
                .find(|&j| matches!(v.w(j), "about" | "of"))
            {
                c = j + 1;
            }
        }
        if matches!(v.w(c), ":" | ",") {
            c += 1;
            // "as promised, but analysts agreed …": the clause after is not its content.
            if v.w(c - 1) == "," && matches!(v.w(c), "but" | "and" | "or" | "while" | "although") {
                k += 1;
                continue;
            }
            // "said, in a statement, that …", "acknowledged, however, that …":
            // the aside is not the content.
            if v.w(c - 1) == "," {
                let aside = (c..end.min(c + 7))
                    .take_while(|&j| !v.quoted[j] && v.cue_at(j).is_none())
                    .find(|&j| v.w(j) == ",");
                if let Some(j) = aside.filter(|&j| j > c && v.w(j + 1) == "that") {
                    c = j + 1;
                }
            }
        }
        // "spoke on Tuesday, saying that …": the cue phrase ends with its participle.
        if !participle && c > k + 1 && v.w(c - 1) == "," && v.is_participle_cue(c) {
            pending = Some((cue, speaker));
            last_speaker = speaker;
            k += 1;
            continue;
        }
        // "He said:" ⏎ "“…”": the content is the quotation that follows (an
        // empty content at the sentence end asks the caller for it).
        if c >= n && c > 0 && v.w(c - 1) == ":" {
            let at = v.toks[c - 1].span.end;
            out.push(Attribution {
                cue,
                speaker,
                content: Span::new(at, at),
            });
            k += 1;
            continue;
        }
        // "wrote to parents on Friday to say an independent survey …": the
        // content follows the infinitive of saying.
        // Only past an addressee and adjuncts ("to parents on Friday").
        if class == CueClass::Say && (k == 0 || v.w(k - 1) != "to") {
            let to_say = (c..end.min(c + 10))
                .take_while(|&j| v.is_word(j) && !v.quoted[j])
                .find(|&j| v.w(j) == "to" && matches!(v.w(j + 1), "say" | "confirm" | "announce"))
                .filter(|&j| {
                    // (… or past an object pronoun: "emailed us to say".)
                    (j == c || v.w(c) == "to" || j == c + 1 && OBJECT_PRONOUNS.contains(&v.w(c)))
                        && !(c + 1..j).any(|x| {
                            CLAUSE_OPENERS.contains(&v.w(x))
                                || AUXILIARIES.contains(&v.w(x))
                                || v.cue_at(x).is_some()
                        })
                });
            if let Some(j) = to_say {
                c = j + 2;
            }
        }
        let (mut stop, next_cue) = v.content_end(c, end);
        // "Trump, who has repeatedly attacked Powell, said …": a cue in a
        // relative clause set off by commas has the clause's object as content.
        // (Only where the main clause's verb follows that comma: "residents,
        // who say local roads, schools and surgeries cannot cope" runs on.)
        if relative_clause_cue(v, k) {
            let main_verb = |j: usize| {
                v.cue_at(j).is_some() || AUXILIARIES.contains(&v.w(j)) || is_past_tense(v.w(j))
            };
            if let Some(comma) = (c..stop).find(|&j| v.w(j) == "," && !v.quoted[j]) {
                let runs_on = !main_verb(comma + 1)
                    && (comma + 1..stop).any(|j| v.w(j) == "and" || v.w(j) == "or");
                if !runs_on {
                    stop = comma;
                }
            }
        }
        // "While Ramos said that …, he appears …": the content ends with the clause.
        if SUBORDINATORS.contains(&v.w(0)) && k < 12 {
            if let Some(comma) = (c + 1..stop).find(|&j| v.w(j) == "," && !v.quoted[j]) {
                stop = comma;
            }
        }
        // "echoed this assessment …, confirming that": the cue phrase waits for
        // its participle; an object with quoted words ("called Clinton a
        // “champion”, citing …") is a statement of its own.
        // Not one with an infinitive content of its own ("urged leaders to
        // increase spending, warning that …").
        if class == CueClass::Object
            && next_cue.is_some_and(|j| v.is_participle_cue(j) && v.w(j - 1) == ",")
            && !(c..stop).any(|j| v.quoted[j] || v.opens_infinitive(j))
        {
            pending = Some((cue, speaker));
            last_speaker = speaker;
            k += 1;
            continue;
        }
        // An object content ends before a clause of the writer's ("condemned
        // the launch as Pyongyang fired …" is not; "… while the leaders met").
        if class == CueClass::Object && !CLAUSE_OPENERS.contains(&v.w(c)) && v.w(c) != "to" {
            // … and before the subject's next verb ("chanted slogans | and held signs").
            // (… or "and have threatened tariffs", "and will appeal".)
            let next_verb = |j: usize| {
                matches!(v.w(j), "and" | "but")
                    && (is_past_tense(v.w(j + 1)) && v.is_word(j + 2) && v.w(j + 2) != "by"
                        || matches!(v.w(j + 1), "have" | "has" | "had")
                            && is_past_tense(v.w(j + 2))
                        || matches!(v.w(j + 1), "will" | "would" | "could" | "may" | "might")
                            && v.is_word(j + 2)
                            && !DETERMINERS.contains(&v.w(j + 2)))
            };
            if let Some(j) = (c + 1..stop).find(|&j| {
                !v.quoted[j]
                    && (j > c + 1 && OBJECT_ENDS.contains(&v.w(j)) && v.w(j - 1) != ","
                        || next_verb(j))
            }) {
                stop = j;
            }
        }
        if let Some(content) = v.span_of(c, stop).filter(|_| stop >= c + 2) {
            last_speaker = speaker;
            out.push(Attribution {
                cue,
                speaker,
                content,
            });
        }
        k += 1;
    }
    out
}

/// The noun phrase that opens the sentence's main clause, after a fronted
/// adjunct ("At a protest on Saturday, tens of thousands of people marched
/// …, chanting …"), when it is followed by a word (its verb).
fn nominal_subject(v: &View) -> Option<Span> {
    let from = dateline_end(v);
    let start = if FRONTED_PREPOSITIONS.contains(&v.w(from)) {
        (from + 1..v.len().min(from + 12)).find(|&k| v.w(k) == "," && !v.quoted[k])? + 1
    } else {
        from
    };
    let (span, last) = v.speaker_starting_at(start)?;
    // ("More than 40 chief executives, including the heads of …, signed":
    // past an "including" aside.)
    let aside_end = (v.w(last + 1) == "," && v.w(last + 2) == "including")
        .then(|| {
            (last + 3..v.len().min(last + 25)).find(|&j| v.w(j) == "," && !v.is_capitalised(j + 1))
        })
        .flatten();
    (v.is_word(last + 1) || aside_end.is_some_and(|j| v.is_word(j + 1))).then_some(span)
}

/// "Trump's", "RTÉ’s".
fn possessive(w: &str) -> bool {
    w.ends_with("’s") || w.ends_with("'s")
}

/// Speech verbs with an addressee before their that-clause ("warned
/// members that").
fn takes_addressee(w: &str) -> bool {
    const STEMS: &[&str] = &[
        "warn", "assur", "reassur", "remind", "inform", "promis", "caution", "notif", "convinc",
        "persuad",
    ];
    STEMS.iter().any(|s| w.starts_with(s))
}

/// Events a statement is made at ("at the presentation", "at a rally").
#[rustfmt::skip]
const OCCASIONS: &[&str] = &[
    "presentation", "ceremony", "conference", "briefing", "rally", "event", "meeting", "launch",
    "summit", "hearing", "funeral", "vigil", "gathering", "dinner", "reception", "celebration",
];

/// Prepositions that open an adjunct before a sentence's subject.
const FRONTED_PREPOSITIONS: &[&str] = &["at", "in", "on", "after", "before", "during", "outside"];

/// The sentence's first noun phrase, for a participle cue with no earlier
/// attribution ("Umerov spoke on Tuesday, saying that …").
/// A leading adjunct is skipped: in "At a campaign event in Ames, Iowa, on
/// Sunday, Mrs. Clinton tried …" the subject is the name after a comma that
/// a verb follows.
fn subject(v: &View) -> Option<Span> {
    let from = dateline_end(v);
    // ("More than 40 chief executives, including the heads of Airbus,
    // Siemens and Nokia, signed …": names in an "including" aside are none.)
    let aside_ends = |t: usize| {
        v.w(t) == "," && v.is_word(t + 1) && !v.is_capitalised(t + 1) && v.w(t + 1) != "and"
    };
    let in_aside = |k: usize| {
        (from.max(1)..k)
            .rev()
            .take_while(|&t| !aside_ends(t))
            .any(|j| matches!(v.w(j), "including" | "such") && v.w(j - 1) == ",")
    };
    // ("In Leeds, families of the victims held a vigil, urging …": not a
    // name in the fronted adjunct.)
    let adjunct_end = if FRONTED_PREPOSITIONS.contains(&v.w(from)) {
        (from + 1..v.len().min(from + 12))
            .find(|&k| v.w(k) == "," && !v.quoted[k])
            .unwrap_or(from)
    } else {
        from
    };
    let candidates: Vec<(usize, Span)> = (adjunct_end..v.len().min(from + 25))
        .filter(|&k| !v.quoted[k] && !in_aside(k))
        .filter_map(|k| {
            if PRONOUNS.contains(&v.w(k)) {
                return Some((k, v.toks[k].span));
            }
            let e = v.entity_at(k)?;
            let (first, _) = v.token_range(e)?;
            (first == k).then_some((k, e))
        })
        .collect();
    let clause_subject = candidates.iter().find(|&&(k, e)| {
        let last = v.token_range(e).map_or(k, |(_, l)| l);
        let after_title =
            k >= 2 && v.w(k - 1) == "." && is_title(v.w(k - 2)) || k >= 1 && is_title(v.w(k - 1));
        let opens_clause = k == from
            || v.w(k - 1) == ","
            || after_title && (k < 3 || v.w(k.saturating_sub(3)) == ",");
        opens_clause && v.w(last + 1) != "," && v.is_word(last + 1)
    });
    // ("The chief executive of one of Britain's largest banks was criticised
    // after telling MPs": a name inside the subject's "of" phrase is not it;
    // the caller falls back to the noun phrase that opens the clause.)
    let in_of_phrase = |k: usize| {
        (k.saturating_sub(3)..k).any(|j| v.w(j) == "of")
            && matches!(v.w(adjunct_end), "the" | "a" | "an")
            && (adjunct_end..k).all(|j| !v.quoted[j] && v.w(j) != ",")
    };
    let &(k, e) = clause_subject.or(candidates.first().filter(|&&(k, _)| !in_of_phrase(k)))?;
    let last = v.token_range(e).map_or(k, |(_, l)| l);
    // "Maharashtra Chief Minister Devendra Fadnavis welcomed …": a name
    // before a title says whose the title is; the person holds it.
    if v.person_at(k).is_none() {
        let holder = (last + 1..v.len().min(last + 6))
            .take_while(|&j| v.is_capitalised(j) && !v.quoted[j])
            .find_map(|j| Some((j, v.person_at(j)?)));
        if let Some((_, p)) = holder.filter(|&(j, _)| (last + 1..j).any(|t| is_title(v.w(t)))) {
            return Some(Span::new(e.start, p.end));
        }
    }
    // "Elon Musk's artificial intelligence company xAI has sued …": a
    // possessive names the owner; the subject is the phrase up to its verb.
    if possessive(v.w(last)) {
        // "The Guardian's Alexis Petridis gave it three stars, writing …".
        if let Some(p) = v.person_at(last + 1) {
            return Some(p);
        }
        let verb = (last + 1..v.len().min(last + 10))
            .take_while(|&j| v.is_word(j) && !v.quoted[j])
            .find(|&j| AUXILIARIES.contains(&v.w(j)));
        if let Some((phrase, first)) = verb.and_then(|j| v.noun_phrase_ending_at(j - 1, 0)) {
            // Modifiers between the owner and the head ("Australian paper maker").
            if (last + 1..first).all(|j| v.is_word(j) && v.cue_at(j).is_none()) {
                return Some(Span::new(e.start, phrase.end));
            }
        }
    }
    Some(e)
}

/// Tokens of a news dateline opening the sentence (see
/// [`crate::text::dateline_end`]); the place is no subject of the sentence.
fn dateline_end(v: &View) -> usize {
    crate::text::dateline_end(v.text, &v.toks)
}

/// Is the cue at `k` inside a relative or "as" clause ("what he described
/// as", "as he spoke")? Such a cue belongs to its clause, not the sentence.
/// Cue `k` is in a relative clause opened after a comma (", who has
/// repeatedly attacked …"), a few words after its pronoun.
fn relative_clause_cue(v: &View, k: usize) -> bool {
    (k.saturating_sub(5)..k).any(|j| {
        j >= 1
            && v.w(j - 1) == ","
            && matches!(v.w(j), "who" | "which")
            && (j + 1..k).all(|m| v.is_word(m) && !v.quoted[m])
    })
}

/// "Asked whether he feared for his job, Amorim replied: …": a cue in the
/// question put to the speaker, before its comma.
fn in_fronted_question(v: &View, k: usize) -> bool {
    let from = dateline_end(v);
    v.w(from) == "asked"
        && k > from
        && !(from + 1..k).any(|j| v.w(j) == "," || v.quoted[j])
        && (k + 1..v.len()).any(|j| v.w(j) == "," && !v.quoted[j])
}

fn in_relative_clause(v: &View, k: usize) -> bool {
    let mut j = k;
    while j > 0 && (BETWEEN_SPEAKER_AND_CUE.contains(&v.w(j - 1)) || is_adverb(v.w(j - 1))) {
        j -= 1;
    }
    j >= 2 && PRONOUNS.contains(&v.w(j - 1)) && matches!(v.w(j - 2), "what" | "as")
}

/// Participles whose agentless passive reports a statement or an expectation
/// with no one named ("The vote is expected to …", "He has been accused of
/// …"): PolNeAR marks the whole clause, subject included, as the content.
const PASSIVE_CUES: &[&str] = &["expected", "criticized", "criticised", "accused", "said"];

/// Verbs whose subject is that of the infinitive cue after them ("appeared to suggest").
#[rustfmt::skip]
const RAISING: &[&str] = &[
    "appear", "appears", "appeared", "seem", "seems", "seemed", "continue", "continues",
    "continued",
];

/// The most tokens between a relative pronoun and the speaker before its cue.
const RELATIVE_CLAUSE_TOKENS: usize = 10;

/// Participles after which "by" names who made or saw a source ("Emails seen by Reuters").
#[rustfmt::skip]
const MADE_BY: &[&str] = &["seen", "reviewed", "obtained", "published", "released", "compiled"];

/// Plain verbs, nouns as often as not, that report a clause after a plural
/// subject and before "that" ("documents show that", "they hope that").
#[rustfmt::skip]
const PLAIN_VERBS: &[&str] = &[
    "show", "hope", "fear", "worry", "plan", "point", "estimate", "calculate", "reckon", "suspect",
    "claim", "guess",
];

/// Documents whose "by" names their maker ("estimates by the department").
#[rustfmt::skip]
const DOCUMENTS_BY: &[&str] = &[
    "estimates", "figures", "data", "analysis", "research", "calculations", "projections",
    "polls", "study", "survey", "report", "reports",
];

/// Media a statement is made on ("said on social media that").
#[rustfmt::skip]
const ON_MEDIA: &[&str] = &[
    "media", "television", "tv", "radio", "air", "camera", "phone", "call", "podcast", "show",
    "programme", "program", "website", "broadcast", "livestream", "stage",
];

/// "-s" verb forms, left out of the lexicon as plural nouns, that a common
/// noun subject may take before a that-clause ("The agency estimates that").
#[rustfmt::skip]
const SUBJECT_S_VERBS: &[&str] = &[
    "estimates", "claims", "reports", "notes", "states", "forecasts", "projects", "calculates",
    "reckons", "suspects", "assumes", "promises", "hopes", "fears", "contends",
];

/// Nouns that modify a plural noun more often than they head a subject
/// ("the police reports that …", "the news reports that …").
const MASS_NOUN_MODIFIERS: &[&str] = &["police", "media", "news", "press"];

/// The most tokens of an aside such as ", asked about …,".
const ASIDE_TOKENS: usize = 25;

/// Words that open a clause after an object content, ending it.
#[rustfmt::skip]
pub(super) const OBJECT_ENDS: &[&str] = &[
    "while", "when", "after", "because", "before", "since", "until", "amid", "during",
];

/// A verb's past tense: "-ed", or a common irregular form.
pub(super) fn is_past_tense(w: &str) -> bool {
    #[rustfmt::skip]
    const IRREGULAR: &[&str] = &[
        "held", "made", "took", "gave", "went", "came", "left", "ran", "sang", "wore", "met",
        "sent", "kept", "brought", "sought", "spoke", "wrote", "began", "threw", "stood", "won",
        "lost", "led", "paid", "chose", "drove", "rose", "fell", "struck", "fought", "built",
        "spent", "told", "said", "thought", "hung", "shook", "heard", "saw",
    ];
    w.len() > 4 && w.ends_with("ed") || IRREGULAR.contains(&w)
}

/// Quantifiers that PolNeAR takes as a speaker ("all agreed", "many of whom say").
const QUANTIFIERS: &[&str] = &[
    "all", "both", "each", "many", "some", "most", "several", "others",
];

#[rustfmt::skip]
const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
];

/// Forms of "speak" and "talk", which take an addressee with "to".
#[rustfmt::skip]
const SPEAK: &[&str] = &[
    "speak", "speaks", "spoke", "spoken", "speaking", "talk", "talks", "talked", "talking",
];

/// The most tokens an addressee's apposition spans, commas included.
const APPOSITION_TOKENS: usize = 16;

/// Words that open a reported question or clause after an addressee.
const CLAUSE_OPENERS: &[&str] = &[
    "that", "what", "whether", "how", "why", "if", "when", "where",
];

/// The most tokens (a name counts as one) between ", with" and its verb.
const WITH_SUBJECT_TOKENS: usize = 5;

/// Finite auxiliaries, which follow a clause's subject ("the jury prices *had* risen").
#[rustfmt::skip]
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "should",
    "may", "might", "must", "did", "does",
];

/// An auxiliary or adverb before a passive cue ("is widely expected").
pub(super) fn is_passive_auxiliary(w: &str) -> bool {
    PASSIVE_AUXILIARIES.contains(&w) || is_adverb(w)
}

/// Auxiliaries of a passive, between its subject and participle.
const PASSIVE_AUXILIARIES: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "may",
    "might",
    "also",
    "widely",
    "often",
    "sometimes",
    "long",
    "not",
    "now",
];

/// `SUBJECT (is|was|has been …) PARTICIPLE (to|of|for|that) …` without a "by" agent.
fn passive(v: &View, k: usize, end: usize) -> Option<Attribution> {
    if v.quoted[k]
        || !PASSIVE_CUES.contains(&v.w(k))
        || !matches!(v.w(k + 1), "to" | "of" | "for" | "that")
    {
        return None;
    }
    let mut aux = k;
    while aux > 0 && is_passive_auxiliary(v.w(aux - 1)) {
        aux -= 1;
    }
    let be = (aux..k).any(|j| matches!(v.w(j), "is" | "are" | "was" | "were" | "be" | "been"));
    if !be || aux == 0 || (aux..k).any(|j| v.quoted[j]) {
        return None;
    }
    let (subject, first) = v.speaker_ending_at(aux - 1, 0)?;
    // "The trial, which is expected to last six weeks, …": not within a relative clause.
    if matches!(v.w(first), "which" | "who" | "that") {
        return None;
    }
    // The subject opens its clause: the sentence start, a comma or a conjunction.
    if first > 0
        && !matches!(
            v.w(first - 1),
            "," | "and" | "but" | "that" | ";" | ":" | "—"
        )
    {
        return None;
    }
    let (stop, _) = v.content_end(k + 1, end);
    let content = Span::new(subject.start, v.span_of(k + 1, stop)?.end);
    Some(Attribution {
        cue: Span::new(v.toks[aux].span.start, v.toks[k].span.end),
        speaker: None,
        content,
    })
}

/// Nouns of saying and stance that PolNeAR annotates as cues with their
/// possessor as the speaker ("his criticism of …", "Trump’s support for …").
#[rustfmt::skip]
const NOUN_CUES: &[&str] = &[
    "criticism", "criticisms", "support", "opposition", "calls", "questions", "concerns",
    "endorsement", "attacks", "praise", "comments", "remarks", "claims", "claim", "promise",
    "promises", "warning", "warnings", "assertion", "suggestion", "views", "belief", "fears",
    "doubts", "defense", "defence", "plea", "demands", "proposal", "pledge", "insistence",
    "admission", "accusation", "accusations", "argument", "condemnation", "denial", "rejection",
];

/// `POSSESSOR [modifier] NOUN-CUE (of|for|about|on|to|against|that) CONTENT`.
fn noun_cue(v: &View, k: usize, end: usize) -> Option<Attribution> {
    if v.quoted[k] || !NOUN_CUES.contains(&v.w(k)) || k == 0 {
        return None;
    }
    let prep = v.w(k + 1);
    if !matches!(
        prep,
        "of" | "for" | "about" | "on" | "to" | "against" | "that"
    ) {
        return None;
    }
    // The possessor, maybe before one modifier ("his harsh criticism").
    let mut p = k - 1;
    if p > 0 && v.is_word(p) && !v.is_capitalised(p) && !NOT_SPEAKER_HEAD.contains(&v.w(p)) {
        p -= 1;
    }
    let pw = v.w(p);
    let speaker = if matches!(pw, "his" | "her" | "their" | "its" | "our" | "my") {
        v.toks[p].span
    } else if let Some(name) = pw.strip_suffix("’s").or_else(|| pw.strip_suffix("'s")) {
        let start = v.entity_at(p).map_or(v.toks[p].span.start, |e| e.start);
        Span::new(start, v.toks[p].span.start + name.len())
    } else {
        return None;
    };
    let c = if prep == "that" { k + 1 } else { k + 2 };
    let stop = (c..end)
        .find(|&j| v.w(j) == "," && !v.quoted[j])
        .unwrap_or(end);
    let content = v.span_of(c, stop)?;
    let cue = Span::new(
        v.toks[k].span.start,
        v.toks[if prep == "that" { k } else { k + 1 }].span.end,
    );
    Some(Attribution {
        cue,
        speaker: Some(speaker),
        content,
    })
}

/// The content before a postposed attribution whose gap token is `g`; when
/// the sentence goes on after the attribution with more than a quotation or
/// a new cue, the whole sentence is the (discontinuous) content.
fn postposed_content(v: &View, g: usize, after: usize, end: usize) -> Option<Span> {
    let mut stop = g;
    if v.quoted[g] || is_closing_mark(v.raw(g)) {
        stop = g + 1;
    } else if g > 0 && v.quoted[g - 1] {
        stop = g;
    }
    // "As a phone rang, the announcer said, “It’s 3 a.m. …”": the quotation after is the content.
    if after + 1 < end
        && v.w(after) == ","
        && v.quoted[after + 1]
        && !(stop > 0 && v.quoted[stop - 1])
    {
        return v.span_of(after + 1, end);
    }
    let mut content_end = stop;
    let content_is_quote = stop > 0 && v.quoted[stop - 1];
    if after < end && v.w(after) == "," && !content_is_quote {
        let next = after + 1;
        // "In the early 1990s, Ms. Ripert said, when …": a short opener is not the content.
        let short_opener = stop < 6;
        let goes_on = next < end
            && v.is_word(next)
            && (short_opener || !v.is_capitalised(next) && !NOT_CONTINUATION.contains(&v.w(next)))
            && v.cue_at(next).is_none();
        if goes_on {
            content_end = end;
        }
    } else if after < end && v.quoted[after] {
        content_end = end;
    }
    let content = v.span_of(dateline_end(v), content_end)?;
    (content_end >= 2).then_some(content)
}

/// Tokens `from..to`, between commas after a source, describe it: they end
/// in a title ("the EU's competition chief") or are an indefinite noun
/// phrase with no verb in it ("a Brussels think tank"; not "a man was
/// arrested").
fn is_apposition(v: &View, from: usize, to: usize) -> bool {
    if crate::entities::TITLES.contains(&v.w(to - 1)) {
        return true;
    }
    matches!(v.w(from), "a" | "an")
        && to - from <= 8
        && (from..to).all(|j| {
            !crate::entities::is_clause_word(v.w(j))
                && v.cue_at(j).is_none()
                && !v.w(j).ends_with("ed")
        })
}

/// "…, as police have said." / "The plan, as the minister said, will …" /
/// "As the minister said on Monday, the plan …": an attribution in an "as"
/// clause reports the clause around it.
fn as_attribution(v: &View, k: usize, end: usize) -> Option<Attribution> {
    let (mut speaker, first) = v.speaker_before_any(k)?;
    // "as police", "as one of the advisers".
    let a = (first.saturating_sub(3)..first)
        .rev()
        .find(|&i| v.w(i) == "as")?;
    if (a + 1..first).any(|i| !v.is_word(i)) || v.quoted[a] {
        return None;
    }
    speaker.start = speaker.start.min(v.toks[a + 1].span.start);
    let after = v.skip_adjuncts_to_comma(k + 1, end);
    if after < end && v.w(after) != "," {
        return None;
    }
    let content = if a == 0 {
        v.span_of(after + 1, end)?
    } else if v.w(a - 1) == "," {
        postposed_content(v, a - 1, after, end)?
    } else {
        return None;
    };
    Some(Attribution {
        cue: v.toks[k].span,
        speaker: Some(speaker),
        content,
    })
}

/// `According to SPEAKER, CONTENT` / `CONTENT, according to SPEAKER`.
fn according_to(v: &View, k: usize, end: usize) -> Option<Attribution> {
    let cue = Span::new(v.toks[k].span.start, v.toks.get(k + 1)?.span.end);
    let (mut speaker, mut last) = v.speaker_starting_at(k + 2)?;
    // "according to figures published by NHS England": the source's maker is part of it.
    // … and "according to estimates by the agriculture department".
    let made_by = matches!(
        v.w(last + 1),
        "published" | "released" | "compiled" | "issued" | "collected" | "obtained"
    ) && v.w(last + 2) == "by";
    let documents_by = v.w(last + 1) == "by" && DOCUMENTS_BY.contains(&v.w(last));
    let maker = if made_by {
        Some(last + 3)
    } else {
        documents_by.then_some(last + 2)
    };
    if let Some((by, by_last)) = maker.and_then(|m| v.speaker_starting_at(m)) {
        speaker = Span::new(speaker.start, by.end);
        last = by_last;
    }
    let at_start = k == 0 || (k == 1 && v.is_word(0) && !v.is_capitalised(1));
    let content = if at_start {
        // The content starts after the comma that closes the source, and
        // after the source's apposition ("…Vestager, the EU's competition
        // chief, the fines …").
        let mut comma = (last + 1..end.min(last + 12)).find(|&j| v.w(j) == ",")?;
        if let Some(next) = (comma + 1..end.min(comma + 10)).find(|&j| v.w(j) == ",") {
            // (Not "…, a non-executive director, Sara Lund, asked …": the
            // subject, named in its own apposition.)
            let named_subject = v
                .person_at(next + 1)
                .and_then(|p| v.token_range(p))
                .is_some_and(|(_, l)| v.w(l + 1) == ",");
            if next > comma + 1 && is_apposition(v, comma + 1, next) && !named_subject {
                comma = next;
            }
        }
        v.span_of(comma + 1, end)?
    } else {
        let before = k.checked_sub(1)?;
        let stop = if matches!(v.w(before), "," | "—" | "(") {
            before
        } else {
            k
        };
        // "…, according to Cal Fire, was 0% contained": the clause goes on;
        // "…, according to the department, known as Cal Fire": the source's
        // description does not.
        let describes = |j: usize| {
            is_apposition(v, j, end)
                || matches!(
                    v.w(j),
                    "a" | "an" | "who" | "which" | "whose" | "known" | "led" | "run"
                )
                || v.w(j).ends_with("ed") && v.w(j) != "need"
        };
        let from = dateline_end(v);
        if v.w(last + 1) == "," && last + 2 < end && !describes(last + 2) {
            v.span_of(from, end)?
        } else {
            v.span_of(from, stop)?
        }
    };
    Some(Attribution {
        cue,
        speaker: Some(speaker),
        content,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_plain(text: &str) -> Vec<(String, String, String)> {
        let quoted: Vec<Span> = super::super::marks::quotes(text)
            .iter()
            .map(|q| q.outer)
            .collect();
        read(text, Span::new(0, text.len()), &quoted, &[], false)
            .iter()
            .map(|a| {
                (
                    a.speaker
                        .map_or(String::new(), |s| s.slice(text).to_owned()),
                    a.cue.slice(text).to_owned(),
                    a.content.slice(text).to_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn reads_a_nominal_speaker_with_object_and_that() {
        assert_eq!(
            read_plain(
                "The spokesman told reporters that those talks were proceeding constructively."
            ),
            [(
                "The spokesman".into(),
                "told".into(),
                "that those talks were proceeding constructively".into()
            )]
        );
    }

    #[test]
    fn an_agentless_passive_reports_its_whole_clause() {
        assert_eq!(
            read_plain("The House is widely expected to pass the bill this week."),
            [(
                String::new(),
                "is widely expected".into(),
                "The House is widely expected to pass the bill this week".into()
            )]
        );
        // A named agent, or no passive: not this reading.
        assert!(read_plain("The bill was criticized by Democrats for its cost.").is_empty());
    }

    #[test]
    fn a_relative_speaker_is_the_relative() {
        let got = read_plain("Mr. Kamin, who emphasized that the plan was simple, left early.");
        assert_eq!(got[0].0, "who");
    }

    #[test]
    fn reads_a_postposed_and_an_inverted_attribution() {
        let got = read_plain("The talks will resume in January, officials said.");
        assert_eq!(got[0].0, "officials");
        assert_eq!(got[0].2, "The talks will resume in January");
        let got = read_plain("“We are ready,” said the spokeswoman.");
        assert_eq!(got[0].0, "the spokeswoman");
        assert_eq!(got[0].2, "“We are ready,”");
    }

    #[test]
    fn a_participle_continues_the_speaker_and_an_object_cue_waits_for_it() {
        let got = read_plain(
            "The envoy echoed this assessment in a post on X, confirming that a series of meetings had taken place.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "The envoy");
        assert_eq!(
            got[0].1,
            "echoed this assessment in a post on X, confirming"
        );
        assert_eq!(got[0].2, "that a series of meetings had taken place");
    }

    #[test]
    fn reads_a_noun_cue_with_its_possessor() {
        let got = read_plain("The envoy repeated his criticism of the sanctions, officials said.");
        let noun = got
            .iter()
            .find(|a| a.1 == "criticism of")
            .expect("noun cue");
        assert_eq!((noun.0.as_str(), noun.2.as_str()), ("his", "the sanctions"));
    }

    #[test]
    fn according_to_leaves_the_sources_apposition_out_of_the_content() {
        let got = read_plain(
            "According to Margrethe Vestager, the EU's competition chief, the fines could reach 6%.",
        );
        assert!(
            got.contains(&(
                "Margrethe Vestager".into(),
                "According to".into(),
                "the fines could reach 6%".into()
            )),
            "{got:?}"
        );
    }

    #[test]
    fn according_to_leaves_an_indefinite_apposition_out_but_not_a_clause() {
        let got = read_plain(
            "According to analysts at Bruegel, a Brussels think tank, Russian gas made up 13% of imports.",
        );
        assert_eq!(got[0].2, "Russian gas made up 13% of imports");
        assert_eq!(got.len(), 1, "“think tank” is no cue: {got:?}");
        let got = read_plain("According to police, a man was arrested, and two others fled.");
        assert_eq!(got[0].2, "a man was arrested, and two others fled");
    }

    #[test]
    fn reads_according_to_before_and_after() {
        let got = read_plain("According to the ministry, the delegations discussed timelines.");
        assert_eq!(got[0].0, "the ministry");
        assert_eq!(got[0].2, "the delegations discussed timelines");
        let got = read_plain("The delegations discussed timelines, according to the ministry.");
        let according = got
            .iter()
            .find(|a| a.1 == "according to")
            .expect("according to");
        assert_eq!(according.2, "The delegations discussed timelines");
    }
}
