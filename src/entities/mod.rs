//! Named entities: mentions, their types, and clusters of mentions.
//!
//! Names (PERSON, ORG, LOC, MISC) come from a learned tagger
//! ([`tagger`]: averaged perceptron over hashed features, [`features`],
//! with gazetteer matches, [`gazetteer`], and word classes,
//! [`word_classes`]) whose packed model is embedded from
//! `models/ner.bin`; it is trained offline by `train-ner` (feature `train`).
//! Dates, times, money, percentages and quantities come from hand-written
//! scanners ([`values`]). Names win where the two overlap. Person names are
//! repaired around lowercase particles ([`particles`]: "al-Assad"). Mentions
//! are then merged into clusters ([`cluster`]) with roles ([`roles`]).

mod clusters;
pub mod features;
mod front_coding;
pub mod gazetteer;
mod particles;
mod roles;
mod tab_lines;
pub mod tagger;
mod values;
pub mod word_classes;

use std::sync::OnceLock;

pub use clusters::cluster;
pub(crate) use clusters::name_initials;
pub use roles::roles;
pub(crate) use roles::{is_clause_word, is_honorific, is_role_head};

use crate::analysis::{Entity, EntityLabel, Sentence, Span};
use features::SentenceView;
use gazetteer::Gazetteer;
use tagger::{PackedModel, Weights};
use word_classes::WordClasses;

/// The word lists the tagger's features look words up in.
pub struct Lexicon<'a> {
    pub gazetteer: Gazetteer<'a>,
    pub classes: WordClasses<'a>,
}

// `models/*.txt`, front-coded by build.rs.
static GAZETTEER_CODED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer.fc"));
static WORD_CLASSES_CODED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/word-classes.fc"));

/// The shipped lists, decoded and split into lines at first use.
pub fn embedded_lexicon() -> &'static Lexicon<'static> {
    static TEXTS: OnceLock<(String, String)> = OnceLock::new();
    static CELL: OnceLock<Lexicon<'static>> = OnceLock::new();
    CELL.get_or_init(|| {
        let (gazetteer, classes) = TEXTS.get_or_init(|| {
            (
                front_coding::decode(GAZETTEER_CODED),
                front_coding::decode(WORD_CLASSES_CODED),
            )
        });
        Lexicon {
            gazetteer: Gazetteer::parse(gazetteer),
            classes: WordClasses::parse(classes),
        }
    })
}

static MODEL_BYTES: &[u8] = include_bytes!("../../models/ner.bin");

fn model() -> &'static Result<PackedModel<'static>, String> {
    static CELL: OnceLock<Result<PackedModel<'static>, String>> = OnceLock::new();
    CELL.get_or_init(|| PackedModel::parse(MODEL_BYTES))
}

/// Why the embedded name model could not be used, if it could not; names
/// are then not found (values still are).
pub fn model_problem() -> Option<String> {
    model()
        .as_ref()
        .err()
        .map(|e| format!("The name model could not be loaded ({e}); names are not highlighted."))
}

/// Titles kept out of person spans ("President Vladimir Putin").
pub(crate) const TITLES: &[&str] = &[
    "president",
    "prime",
    "minister",
    "councillor",
    "cllr",
    "sheikh",
    "mr",
    "mrs",
    "ms",
    "dr",
    "sir",
    "dame",
    "lord",
    "lady",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "general",
    "gen",
    "senator",
    "sen",
    "governor",
    "gov",
    "mayor",
    "judge",
    "justice",
    "chancellor",
    "secretary",
    "ambassador",
    "envoy",
    "professor",
    "prof",
    "chair",
    "chairman",
    "chairwoman",
    "chairperson",
    "chief",
    "director",
    "commissioner",
    "coach",
    "captain",
    "sheriff",
    "officer",
    "representative",
    "rep",
    "speaker",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "leader",
    "official",
    "vice",
    "deputy",
    "premier",
    "ceo",
    "mp",
    // Irish heads of government and members of the Dáil.
    "taoiseach",
    "tánaiste",
    "td",
    // Police and military ranks ("Det Insp Claire Hutchings", "Lt. Jason Hall").
    "lt",
    "lieutenant",
    "sgt",
    "sergeant",
    "det",
    "detective",
    "insp",
    "inspector",
    "supt",
    "superintendent",
    "cpl",
    "corporal",
    "col",
    "colonel",
    "capt",
    "cmdr",
    "commander",
    "constable",
    "dci",
    "dcs",
    "brig",
];

/// Is `word` (any case, with or without a full stop) one of [`TITLES`]?
pub(crate) fn is_title(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    if w.chars().any(char::is_uppercase) {
        TITLES.contains(&w.to_lowercase().as_str())
    } else {
        TITLES.contains(&w)
    }
}

/// Closed-class words that are capitalised only because a sentence or a
/// quotation starts with them.
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "i", "we", "you", "he", "she", "it", "they", "me", "my", "our", "your", "his", "her", "its",
    "their", "this", "that", "these", "those", "there", "here", "the", "a", "an", "and", "but",
    "or", "so", "if", "when", "what", "why", "how", "who", "where", "then", "now", "just", "yes",
    "yeah", "no", "not", "let", "well", "oh", "also", "even", "still",
];

/// Conjunctions and prepositions that open a sentence before a name ("As
/// Coles said", "In Paris", "After Lam spoke").
const SENTENCE_OPENERS: &[&str] = &[
    "after", "although", "and", "as", "at", "because", "before", "but", "by", "despite", "during",
    "for", "from", "if", "in", "on", "since", "so", "though", "under", "when", "while", "with",
];

/// A tagged run whose only capital is a leading function word ("We haven't
/// yet agreed" after an opening quotation mark, "So they're …") is no name:
/// the tagger learned from CoNLL's quoted titles ("Return of the Legend")
/// that a quotation's first capital may start one.
/// `words`: the run; `lower`: its first word in lower case.
fn only_function_word_capitalised(words: &[String], lower: &str) -> bool {
    let Some((first, rest)) = words.split_first() else {
        return false;
    };
    let mut chars = first.chars();
    let title_case = chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase);
    (title_case || first == "I")
        && FUNCTION_WORDS.contains(&lower)
        && !rest.iter().any(|w| features::is_capitalised(w))
}

/// Last words that make a name an organisation's, never a person's
/// ("Ridgeback Biotherapeutics", "Acme Holdings"): the tagger, trained on
/// 1996 newswire, takes an unknown two-word name for a person.
const ORGANISATION_WORDS: &[&str] = &[
    "inc",
    "corp",
    "corporation",
    "ltd",
    "llc",
    "plc",
    "gmbh",
    "co",
    "company",
    "group",
    "holdings",
    "bank",
    "pharmaceuticals",
    "pharma",
    "therapeutics",
    "biotherapeutics",
    "biosciences",
    "biotech",
    "technologies",
    "airlines",
    "airways",
    "motors",
    "systems",
    "partners",
    "capital",
    "ventures",
    "foundation",
    "institute",
    "university",
    "college",
    "council",
    "committee",
    "party",
    "association",
    "agency",
    "ministry",
    "department",
    "commission",
    "authority",
    "federation",
    "union",
    "network",
    "media",
    "labs",
    "laboratories",
    "unit",
    "office",
    "service",
    "police",
    "bureau",
    "board",
    "trust",
    "hospital",
    "school",
    "centre",
    "center",
    "society",
    "water",
    "energy",
    "utilities",
    "railways",
    "homes",
    "developments",
    "properties",
    "estates",
    "industries",
    "foods",
    "studios",
    "logistics",
    "insurance",
    "hotels",
    "stores",
    "construction",
    "engineering",
];

/// Kinds of work whose title follows them ("the soap Harbour Lights").
#[rustfmt::skip]
const WORK_NOUNS: &[&str] = &[
    "soap", "drama", "film", "movie", "sitcom", "series", "show", "novel", "memoir", "album",
    "single", "musical", "opera", "play", "podcast", "documentary", "programme", "book",
];

/// A US legislator's party and state in parentheses or commas after the
/// name ("Paul Ryan (R-Wis.)", "(D-N.Y.)", "(I-VT)", "Chuck Schumer, D-N.Y.,
/// said"): an affiliation, not a name.
fn party_and_state(text: &str, view: &SentenceView, first: usize, end: usize) -> bool {
    let opener = if first > 0 {
        view.words[first - 1].as_str()
    } else {
        ""
    };
    let closer = match opener {
        "(" => ")",
        "," => ",",
        _ => return false,
    };
    let Some(close) = (end..view.words.len().min(end + 3)).find(|&k| view.words[k] == closer)
    else {
        return false;
    };
    let inner = &text[view.spans[first].start..view.spans[close].start];
    let mut chars = inner.chars();
    (end..close).all(|k| view.words[k] == ".")
        && matches!(chars.next(), Some('R' | 'D' | 'I'))
        && matches!(chars.next(), Some('-' | '–'))
        && chars.next().is_some_and(char::is_uppercase)
        && inner.len() <= 12
        && !inner.contains(' ')
}

/// A "person" that is only titles ("Governor" addressed in a transcript,
/// "Staff" of "Chief of the General Staff") names nobody.
fn only_titles(lower: &[String]) -> bool {
    lower.iter().all(|w| is_title(w))
}

/// A royal or peer's title opens the names of bodies too ("Queen Elizabeth
/// Hospital", "Prince's Trust").
fn is_royal(lower: &str) -> bool {
    matches!(
        lower,
        "king" | "queen" | "prince" | "princess" | "pope" | "lord" | "lady"
    )
}

/// Styles of privy counsellors and members ("The Rt Hon", "the Hon.").
const STYLES: &[&str] = &["rt", "right", "hon", "honourable", "honorable"];

/// Letters after a member's or counsel's name ("MP", "TD", "KC").
#[rustfmt::skip]
const POST_NOMINALS: &[&str] = &[
    "mp", "td", "mep", "msp", "mla", "ms", "qc", "kc", "obe", "mbe", "cbe",
];

/// Acronyms of things, not of names ("our AI platform", "the IPO").
#[rustfmt::skip]
const GENERIC_ACRONYMS: &[&str] = &[
    "ai", "ipo", "ipos", "gdp", "ceo", "cfo", "coo", "cto", "vat", "gps", "dna", "tv", "esg",
    "api", "lng", "ev", "evs", "suv", "suvs", "atm", "ppe", "icu",
];

/// Titles whose possessive opens a place name ("King's Cross", "Land's End").
#[rustfmt::skip]
const PLACE_POSSESSIVES: &[&str] = &[
    "king", "queen", "bishop", "earl", "lord", "lady", "prince", "st", "saint", "land",
];

/// Words that qualify a title rather than name a body ("Former Minister").
#[rustfmt::skip]
const MODIFIERS_BEFORE_TITLE: &[&str] = &[
    "former", "then", "acting", "outgoing", "incoming", "late", "ex", "interim", "new",
    "retired", "veteran", "senior", "junior", "the", "a", "an",
];

/// Is `lower` a surname in the name lists ("harris", "jones")?
fn is_listed_surname(lexicon: &Lexicon, lower: &str) -> bool {
    listed_as(lexicon, lower)(&[gazetteer::Kind::Surname])
}

fn ends_in_organisation_word(lower: &str) -> bool {
    ORGANISATION_WORDS.contains(&lower.trim_end_matches('.'))
}

/// The type of a name that a common noun opens, which no person's name does
/// ("River Taff", "Mount Kenya", "Storm Bert", "Hurricane Milton"): the
/// tagger takes a capitalised word before an unknown one for a first name.
fn common_noun_head(first_lower: &str) -> Option<EntityLabel> {
    match first_lower {
        "river" | "lake" | "mount" | "mt" | "cape" | "fort" | "port" | "loch" | "lough"
        | "isle" => Some(EntityLabel::Loc),
        "storm" | "hurricane" | "typhoon" | "cyclone" | "tropical" => Some(EntityLabel::Misc),
        _ => None,
    }
}

/// Common nouns that name a public body with the place after them
/// ("Police Scotland", "Sport England", "Water UK").
#[rustfmt::skip]
const BODY_BEFORE_PLACE: &[&str] = &[
    "age", "care", "education", "energy", "health", "historic", "homes", "natural", "police",
    "research", "sport", "transport", "universities", "water",
];

/// The tagger's type index of [`EntityLabel::Person`] in [`LABELS`].
const PERSON_TYPE: usize = 0;
/// The same for [`EntityLabel::Org`].
const ORG_TYPE: usize = 1;
/// The same for [`EntityLabel::Loc`].
const LOC_TYPE: usize = 2;

/// The name is in an organisation list (companies, well-known bodies,
/// universities, sports teams) and in no list of places nor WordNet's
/// groups, which hold "Europe" and "White House":
/// "Posting on Facebook" is no place, however often "on X" is one.
fn only_organisation_lists(lexicon: &Lexicon, lower: &[String]) -> bool {
    use gazetteer::Kind;
    let any = listed_as(lexicon, &lower.join(" "));
    any(&[
        Kind::Company,
        Kind::Organisation,
        Kind::University,
        Kind::Team,
    ]) && !any(&[
        Kind::Country,
        Kind::Region,
        Kind::City,
        Kind::Place,
        Kind::Group,
    ])
}

/// Is this name in a list of places (countries, regions, cities, WordNet's)?
fn is_listed_place(lexicon: &Lexicon, lower: &[String]) -> bool {
    use gazetteer::Kind;
    listed_as(lexicon, &lower.join(" "))(&[Kind::Country, Kind::Region, Kind::City, Kind::Place])
}

/// Whether the name lists hold `key` (lower case, single-spaced) as any of
/// the given kinds.
fn listed_as(lexicon: &Lexicon, key: &str) -> impl Fn(&[gazetteer::Kind]) -> bool {
    let kinds = lexicon.gazetteer.kinds(key);
    move |of: &[gazetteer::Kind]| of.iter().any(|k| kinds & 1 << k.index() != 0)
}

const LABELS: [EntityLabel; features::N_TYPES] = [
    EntityLabel::Person,
    EntityLabel::Org,
    EntityLabel::Loc,
    EntityLabel::Misc,
];

/// The mentions starting inside `span`, found by binary search: `entities`
/// must be in text order, as [`find`] returns them.
pub fn starting_in(entities: &[Entity], span: Span) -> &[Entity] {
    let from = entities.partition_point(|e| e.span.start < span.start);
    let to = entities.partition_point(|e| e.span.start < span.end);
    &entities[from..to.max(from)]
}

/// Entity mentions in all sentences, in text order, not overlapping.
pub fn find(text: &str, sentences: &[Sentence]) -> Vec<Entity> {
    find_reporting(text, sentences, &mut |_| {})
}

/// [`find`] that calls `tagged(n)` as the tagger starts on sentence `n`, so a
/// long text's analysis can show how far it has got.
pub fn find_reporting(
    text: &str,
    sentences: &[Sentence],
    tagged: &mut dyn FnMut(usize),
) -> Vec<Entity> {
    find_with_reporting(
        model().as_ref().ok(),
        embedded_lexicon(),
        text,
        sentences,
        tagged,
    )
}

/// [`find`] with a given model (`None`: values only) and name lists; the
/// trainer uses this to score candidate models exactly as they will run.
pub fn find_with<W: Weights>(
    weights: Option<&W>,
    lexicon: &Lexicon,
    text: &str,
    sentences: &[Sentence],
) -> Vec<Entity> {
    find_with_reporting(weights, lexicon, text, sentences, &mut |_| {})
}

fn find_with_reporting<W: Weights>(
    weights: Option<&W>,
    lexicon: &Lexicon,
    text: &str,
    sentences: &[Sentence],
    tagged: &mut dyn FnMut(usize),
) -> Vec<Entity> {
    let views: Vec<SentenceView> = sentences
        .iter()
        .map(|s| SentenceView::new(text, s.span, lexicon))
        .collect();
    let mut out = Vec::new();
    if let Some(w) = weights {
        let tags = tagger::tag_document_reporting(w, &views, tagged);
        for (view, tags) in views.iter().zip(tags) {
            let names = particles::repair(&view.words, &tagger::names(&tags), PERSON_TYPE);
            for (first, end, ty) in names {
                // A split-off possessive ending never starts or ends a name.
                let is_suffix = |k: usize| {
                    features::possessive_start(&view.words[k]).is_none()
                        && view.words[k].starts_with('\'')
                };
                // Nor does a word with no letter or digit ("> Officials", "Paris ,").
                let bare = |k: usize| !view.words[k].chars().any(char::is_alphanumeric);
                let (mut first, mut end) = (first, end);
                while first < end && (is_suffix(first) || bare(first)) {
                    first += 1;
                }
                while end > first
                    && (is_suffix(end - 1) || (bare(end - 1) && view.words[end - 1] != "."))
                {
                    end -= 1;
                }
                // A final full stop stays only after an abbreviation ("Corp.", "Jr.").
                if end - first >= 2
                    && view.words[end - 1] == "."
                    && view.words[end - 2].chars().count() > 4
                {
                    end -= 1;
                }
                // "Ministry said the Centre": a speech verb ends a name.
                if let Some(k) = (first + 1..end).find(|&k| {
                    matches!(
                        view.words[k].as_str(),
                        "said" | "says" | "told" | "tells" | "added"
                    )
                }) {
                    end = k;
                }
                if first == end
                    || end - first == 1 && GENERIC_ACRONYMS.contains(&view.lower[first].as_str())
                    || is_holiday_or_days(&view.lower[first..end])
                    || portfolio_before_title(view, first, end)
                    || is_beat_role(&view.lower[first..end])
                    || party_and_state(text, view, first, end)
                    || only_function_word_capitalised(&view.words[first..end], &view.lower[first])
                    || ty == PERSON_TYPE && only_titles(&view.lower[first..end])
                {
                    continue;
                }
                // "As Coles said …": a sentence's capitalised opening word is
                // no part of the name after it.
                if first == 0
                    && end - first >= 2
                    && SENTENCE_OPENERS.contains(&view.lower[0].as_str())
                    && features::is_capitalised(&view.words[1])
                {
                    first = 1;
                }
                // "King's Lynn", "Bishop's Stortford", "Earl's Court": a
                // titled possessive before a name makes a place (or a body:
                // "King's College"), never a person.
                let ty = match first.checked_sub(2) {
                    Some(k)
                        if features::is_capitalised(&view.words[k])
                            && PLACE_POSSESSIVES.contains(&view.lower[k].as_str())
                            && is_suffix(k + 1) =>
                    {
                        first = k;
                        if ends_in_organisation_word(&view.lower[end - 1]) {
                            ORG_TYPE
                        } else {
                            LOC_TYPE
                        }
                    }
                    _ => ty,
                };
                // "The Rt Hon Angela Rayner MP": a parliamentary style before a
                // name or letters after it are no part of it, and make it a
                // person's.
                let mut styled = false;
                while end - first >= 2
                    && (STYLES.contains(&view.lower[first].as_str())
                        && features::is_capitalised(&view.words[first])
                        || styled && view.words[first] == ".")
                {
                    first += 1;
                    styled = true;
                }
                while end - first >= 3
                    && POST_NOMINALS.contains(&view.lower[end - 1].as_str())
                    && crate::text::is_all_caps(&view.words[end - 1])
                {
                    end -= 1;
                    styled = true;
                }
                if view.words[first..end]
                    .iter()
                    .all(|w| w == "." || STYLES.contains(&w.to_lowercase().as_str()))
                {
                    continue;
                }
                let ty = if styled
                    && ty == ORG_TYPE
                    && (2..=3).contains(&(end - first))
                    && !view.lower[first..end]
                        .iter()
                        .any(|w| ends_in_organisation_word(w))
                {
                    PERSON_TYPE
                } else {
                    ty
                };
                // "Fianna Fáil TD Seán Ó Fearghaíl", tagged as one organisation:
                // a title inside it ends the body (or place) and opens a person.
                if matches!(ty, ORG_TYPE | PERSON_TYPE)
                    && end - first >= 4
                    && !MODIFIERS_BEFORE_TITLE.contains(&view.lower[first].as_str())
                {
                    let person_after = |t: usize| {
                        is_title(&view.lower[t])
                            && !is_royal(&view.lower[t])
                            && (2..=3).contains(&(end - t - 1))
                            && !view.lower[t + 1..end]
                                .iter()
                                .any(|w| ends_in_organisation_word(w) || is_title(w))
                            && view.words[t + 1..end]
                                .iter()
                                .all(|w| features::is_capitalised(w))
                    };
                    if let Some(t) = (first + 1..end - 2).find(|&t| {
                        person_after(t) && !view.lower[first..t].iter().any(|w| is_title(w))
                    }) {
                        let place = is_listed_place(lexicon, &view.lower[first..t]);
                        out.push(Entity {
                            span: Span::new(view.spans[first].start, view.spans[t - 1].end),
                            label: if place {
                                EntityLabel::Loc
                            } else {
                                EntityLabel::Org
                            },
                            cluster: None,
                        });
                        first = t;
                    }
                }
                // "MP Supriya Sule", tagged as an organisation: a title before
                // two or three words makes a person (not a body named after a
                // royal, "Queen Elizabeth Hospital", nor one with a word of
                // bodies, "Chief Executives Board").
                let ty = if ty == ORG_TYPE
                    && (3..=4).contains(&(end - first))
                    && is_title(&view.lower[first])
                    && !is_royal(&view.lower[first])
                    && !view.lower[first + 1..end].iter().any(|w| {
                        ends_in_organisation_word(w)
                            || w.ends_with('s') && !is_listed_surname(lexicon, w)
                    }) {
                    PERSON_TYPE
                } else {
                    ty
                };
                // "Ms Morgan" → "Morgan": a title is no part of a person's name.
                while ty == PERSON_TYPE && end - first >= 2 && is_title(&view.lower[first]) {
                    first += 1;
                    if view.words[first] == "." && end - first >= 2 {
                        first += 1;
                    }
                }
                // "Police Scotland", "Care England", "Age UK": a public body
                // named by a common noun and its country.
                let body = ty == LOC_TYPE
                    && first > 0
                    && BODY_BEFORE_PLACE.contains(&view.lower[first - 1].as_str())
                    && view.words[first - 1].starts_with(char::is_uppercase);
                if body {
                    first -= 1;
                }
                let span = Span::new(view.spans[first].start, view.spans[end - 1].end);
                let label = match ty {
                    _ if body => EntityLabel::Org,
                    PERSON_TYPE if ends_in_organisation_word(&view.lower[end - 1]) => {
                        EntityLabel::Org
                    }
                    // "the soap Harbour Lights", "her album Small Hours": a work's title.
                    PERSON_TYPE
                        if first > 0 && WORK_NOUNS.contains(&view.lower[first - 1].as_str()) =>
                    {
                        EntityLabel::Misc
                    }
                    PERSON_TYPE if end - first >= 2 => {
                        common_noun_head(&view.lower[first]).unwrap_or(EntityLabel::Person)
                    }
                    LOC_TYPE if only_organisation_lists(lexicon, &view.lower[first..end]) => {
                        EntityLabel::Org
                    }
                    _ => LABELS[ty],
                };
                // "Mr Justice Hollins": an honorific names a person, whatever
                // the words after it.
                let honorific = |k: usize| {
                    matches!(
                        view.lower[k].trim_end_matches('.'),
                        "mr" | "mrs" | "ms" | "miss" | "dr" | "sir" | "dame" | "lord" | "lady"
                    )
                };
                // ("Trinamool Congress MP Mahua Moitra": a title right before
                // two or three words of no body.)
                let titled = first > 0
                    && is_title(&view.lower[first - 1])
                    && !is_royal(&view.lower[first - 1])
                    && (2..=3).contains(&(end - first))
                    && !view.lower[first..end]
                        .iter()
                        .any(|w| ends_in_organisation_word(w) || is_title(w));
                let label = if label == EntityLabel::Org
                    && (honorific(first) || first > 0 && honorific(first - 1) || titled)
                {
                    EntityLabel::Person
                } else {
                    label
                };
                out.push(Entity {
                    span,
                    label,
                    cluster: None,
                });
            }
        }
    }
    join_initials(text, sentences, &mut out);
    titles_in_quotes(text, &mut out);
    // Names come out in text order; a value is dropped where it meets one.
    let names = out.len();
    for sentence in sentences {
        let toks = crate::text::tokens(text, sentence.span);
        for (span, label) in values::find(text, &toks) {
            let k = out[..names].partition_point(|e| e.span.end <= span.start);
            if !out[..names].get(k).is_some_and(|e| e.span.overlaps(span)) {
                out.push(Entity {
                    span,
                    label,
                    cluster: None,
                });
            }
        }
    }
    out.sort_by_key(|e| (e.span.start, e.span.end));
    out
}

/// Is the name at `span` followed by a possessive ending ("Gillian Marsh's
/// office", "Diabaté’s agent")?
pub(crate) fn is_possessor(text: &str, span: Span) -> bool {
    text.get(span.end..)
        .is_some_and(|after| after.starts_with("'s") || after.starts_with("’s"))
}

/// "Christmas", "Thanksgiving", "Christmas Eve", "Saturdays": no names in
/// news annotation (CoNLL-2003 leaves them out).
fn is_holiday_or_days(lower: &[String]) -> bool {
    #[rustfmt::skip]
    const DAYS: &[&str] = &[
        "christmas", "thanksgiving", "easter", "hanukkah", "diwali", "ramadan", "passover",
        "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
    ];
    match lower {
        [day] => DAYS.contains(&day.as_str()),
        [day, second] => DAYS.contains(&day.as_str()) && matches!(second.as_str(), "day" | "eve"),
        _ => false,
    }
}

/// "Union Finance Minister Nirmala Sitharaman": a portfolio before a
/// minister's title is part of the role, not an organisation.
fn portfolio_before_title(view: &SentenceView, first: usize, end: usize) -> bool {
    #[rustfmt::skip]
    const PORTFOLIOS: &[&str] = &[
        "finance", "health", "home", "foreign", "defence", "defense", "education", "interior",
        "justice", "environment", "transport", "trade", "energy", "housing", "agriculture",
        "labour", "culture", "treasury", "commerce", "railways", "communications",
    ];
    end - first <= 2
        && PORTFOLIOS.contains(&view.lower[end - 1].as_str())
        && view.lower.get(end).is_some_and(|w| {
            matches!(
                w.as_str(),
                "minister" | "secretary" | "spokesman" | "spokeswoman"
            )
        })
}

/// "Health Reporter", "Political Correspondent": a byline's beat and role.
fn is_beat_role(lower: &[String]) -> bool {
    matches!(
        lower,
        [.., last] if matches!(
            last.as_str(),
            "reporter" | "correspondent" | "editor" | "columnist" | "writer"
        )
    ) && lower.len() <= 3
}

/// “A House of Dynamite” after "Bigelow's", "the film" or "titled": a title
/// in quotation marks is one name of the MISC type, whatever names its
/// words hold (the tagger reads "A House" and "Dynamite" as people).
fn titles_in_quotes(text: &str, names: &mut Vec<Entity>) {
    #[rustfmt::skip]
    const TITLE_NOUNS: &[&str] = &[
        "film", "movie", "documentary", "book", "novel", "memoir", "album", "song", "single",
        "series", "show", "play", "musical", "opera", "titled", "entitled", "called", "podcast",
    ];
    const SMALL: &[&str] = &[
        "of", "the", "a", "an", "and", "in", "on", "to", "for", "at", "with",
    ];
    let mut changed = false;
    for outer in crate::quotes::quotation_spans(text) {
        let quoted = outer.slice(text);
        let (Some(open), Some(close)) = (quoted.chars().next(), quoted.chars().last()) else {
            continue;
        };
        if outer.len() <= open.len_utf8() + close.len_utf8() {
            continue;
        }
        let start = outer.start + open.len_utf8();
        let body = text[start..outer.end - close.len_utf8()].trim_end_matches(['.', ',', '!', '?']);
        let words: Vec<&str> = body.split_whitespace().collect();
        let titled = (1..=8).contains(&words.len())
            && words[0].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            && words.iter().all(|w| {
                w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || SMALL.contains(w)
            });
        let before = text[..outer.start].trim_end();
        let last = before.rsplit(char::is_whitespace).next().unwrap_or("");
        let introduced = last.ends_with("'s")
            || last.ends_with("’s")
            || TITLE_NOUNS.contains(&last.to_lowercase().as_str());
        if !titled || !introduced || body.trim().is_empty() {
            continue;
        }
        let span = Span::new(start, start + body.len());
        names.retain(|n| !n.span.overlaps(span));
        names.push(Entity {
            span,
            label: EntityLabel::Misc,
            cluster: None,
        });
        changed = true;
    }
    if changed {
        names.sort_by_key(|e| (e.span.start, e.span.end));
    }
}

/// "Robert F. Kennedy Jr.": a middle initial's full stop does not split a
/// person's name in two, and "Jr." / "Sr." keep theirs; nor does a
/// patronymic particle ("Mohammed bin Abdulrahman Al Thani").
fn join_initials(text: &str, sentences: &[Sentence], names: &mut Vec<Entity>) {
    let mut i = 0;
    while i < names.len() {
        let e = names[i].span;
        let person = names[i].label == EntityLabel::Person;
        let initial = text[e.start..e.end]
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase()));
        let next = names.get(i + 1).filter(|n| {
            let whole = Span::new(e.start, n.span.end);
            n.label == EntityLabel::Person
                && text.get(e.end..n.span.start) == Some(". ")
                && sentences.iter().any(|s| s.span.contains(whole))
        });
        if let Some(n) = next.filter(|_| person && initial) {
            names[i].span = Span::new(e.start, n.span.end);
            names.remove(i + 1);
            continue;
        }
        // "Mohammed bin Abdulrahman Al Thani": a patronymic particle joins.
        let patronym = names.get(i + 1).filter(|n| {
            person
                && n.label == EntityLabel::Person
                && matches!(
                    text.get(e.end..n.span.start),
                    Some(" bin " | " ibn " | " bint ")
                )
        });
        if let Some(n) = patronym {
            names[i].span = Span::new(e.start, n.span.end);
            names.remove(i + 1);
            continue;
        }
        let suffix = text[e.start..e.end].ends_with(" Jr") || text[e.start..e.end].ends_with(" Sr");
        if person && suffix && text[e.end..].starts_with('.') {
            names[i].span = Span::new(e.start, e.end + 1);
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::sentences;

    fn found(text: &str) -> Vec<(String, EntityLabel)> {
        find(text, &sentences(text))
            .iter()
            .map(|e| (e.span.slice(text).to_owned(), e.label))
            .collect()
    }

    #[test]
    fn a_capitalised_function_word_opening_a_quotation_is_no_name() {
        let text = "The commissioner said, \"We haven't yet agreed on rules of origin.\" \
                    \"[We] let them back in,\" Myers said. So they're using tricks, the US said.";
        let got = found(text);
        assert!(
            !got.iter().any(|(s, _)| s.starts_with("We") || s == "So"),
            "{got:?}"
        );
        assert!(got.iter().any(|(s, _)| s == "Myers"), "{got:?}");
        assert!(got.iter().any(|(s, _)| s == "US"), "{got:?}");
    }

    #[test]
    fn names_with_particles_are_whole_and_do_not_run_on() {
        let got = found("Syrian President Bashar al-Assad met Ayman al-Zawahiri in Damascus, and Abdel Fattah el-Sisi of Egypt agreed.");
        for name in [
            "Bashar al-Assad",
            "Ayman al-Zawahiri",
            "Abdel Fattah el-Sisi",
        ] {
            assert!(
                got.contains(&(name.into(), EntityLabel::Person)),
                "{name}: {got:?}"
            );
        }
    }

    #[test]
    fn a_person_like_name_ending_in_an_organisation_word_is_an_organisation() {
        // Ebola example article.
        let got = found("The drug was made by Ridgeback Biotherapeutics, a Florida company.");
        assert!(
            got.contains(&("Ridgeback Biotherapeutics".into(), EntityLabel::Org)),
            "{got:?}"
        );
    }

    #[test]
    fn a_party_and_state_designator_is_no_name() {
        // News style of the PolNeAR articles (US politics, 2016).
        let got = found("House Speaker Paul D. Ryan (R-Wis.) said the spate of shootings demands more listening, Sen. Jon Tester (D-Mont.) agreed and Sen. Chuck Schumer, D-N.Y., disagreed.");
        assert!(
            !got.iter()
                .any(|(s, _)| s.starts_with("R-") || s.starts_with("D-")),
            "{got:?}"
        );
        assert!(got.iter().any(|(s, _)| s == "Paul D. Ryan"), "{got:?}");
        assert!(got.iter().any(|(s, _)| s == "Jon Tester"), "{got:?}");
        assert!(got.iter().any(|(s, _)| s == "Chuck Schumer"), "{got:?}");
    }

    #[test]
    fn a_public_body_named_by_a_common_noun_and_a_place_is_an_organisation() {
        // UK news style (BBC, 2024).
        let got = found("Police Scotland said a man had died. Care England, which represents care providers, warned of shortages.");
        assert!(
            got.contains(&("Police Scotland".into(), EntityLabel::Org)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Care England".into(), EntityLabel::Org)),
            "{got:?}"
        );
        let got = found("The flooding in Scotland closed roads.");
        assert!(
            got.contains(&("Scotland".into(), EntityLabel::Loc)),
            "{got:?}"
        );
    }

    #[test]
    fn a_title_or_a_sentence_opener_is_no_part_of_the_name() {
        // UK news style: "Ms" without a full stop; a capitalised "As" before a name.
        let got = found("Asked about funding, Ms Morgan said nothing. As Coles said in its release, stores would reopen.");
        assert!(got.iter().any(|(s, _)| s == "Morgan"), "{got:?}");
        assert!(got.iter().any(|(s, _)| s == "Coles"), "{got:?}");
        assert!(
            !got.iter()
                .any(|(s, _)| s.starts_with("Ms") || s.starts_with("As")),
            "{got:?}"
        );
    }

    #[test]
    fn a_title_alone_is_no_person() {
        let got = found("\"Do you really see those two as equivalent, Governor?\" Wallace asked.");
        assert!(!got.iter().any(|(s, _)| s == "Governor"), "{got:?}");
    }

    #[test]
    fn keeps_titles_and_possessives_out_of_spans() {
        let got =
            found("Speaking in Moscow, President Vladimir Putin said Ukraine’s army was tired.");
        assert!(
            got.contains(&("Vladimir Putin".into(), EntityLabel::Person)),
            "{got:?}"
        );
        assert!(got.iter().any(|(s, _)| s == "Ukraine"), "{got:?}");
        assert!(
            got.contains(&("Moscow".into(), EntityLabel::Loc)),
            "{got:?}"
        );
    }
}
