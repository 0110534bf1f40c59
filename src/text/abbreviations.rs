//! Word lists for the sentence splitter: which full stops belong to a word.
//!
//! Plain slices grouped by topic, looked up by lowercase key without the final
//! full stop ("u.s", "calif"). They are short, so a linear scan is as fast as
//! a hash set and costs nothing to build; each list says what its members do
//! to the full stop that follows them. (`rustfmt::skip` keeps them compact.)

/// Titles and particles that precede a name and never end a sentence
/// ("Mr. Smith", "Mt. Fuji", "e.g. the").
#[rustfmt::skip]
pub const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "mme", "mlle", "dr", "prof", "gen", "lt", "col", "sgt", "capt",
    "cmdr", "adm", "maj", "brig", "cpl", "pvt", "sen", "rep", "gov", "pres", "rev", "rt", "hon", "supt",
    "det", "insp", "mt", "ft", "vs", "v", "e.g", "i.e", "cf", "viz",
];

/// Personal titles that, after an ambiguous abbreviation, open a new sentence
/// ("… at 6 p.m. Mr. Smith then went …").
pub const PERSONAL_TITLES: &[&str] = &["mr", "mrs", "ms", "messrs", "dr", "prof"];

/// Words that never end a sentence when a number follows ("No. 1", "p. 55",
/// "N°. 1026"); before anything else they are ordinary words.
#[rustfmt::skip]
pub const NUMBER_PREFIXES: &[&str] = &[
    "no", "nos", "n°", "nº", "№", "p", "pp", "vol", "vols", "fig", "figs", "art", "sec", "ch",
    "chap", "para", "tel", "ext", "approx", "est", "ca", "c", "op", "ed", "ver",
];

/// Abbreviations that may also end a sentence ("… in the U.S. The next …"):
/// they end it only before a word that typically opens one.
#[rustfmt::skip]
pub const ABBREVIATIONS: &[&str] = &[
    // Months and days.
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
    "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    // Companies and name suffixes.
    "inc", "corp", "ltd", "co", "cos", "bros", "plc", "llc", "jr", "sr", "esq",
    // Places: streets and US states.
    "st", "ave", "blvd", "rd", "sq", "calif", "ala", "ariz", "ark", "colo", "conn", "del", "fla",
    "ga", "ill", "ind", "kan", "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo",
    "mont", "neb", "nev", "okla", "ore", "pa", "penn", "tenn", "tex", "va", "vt", "wash", "wis",
    "wyo",
    // Time, measures and the rest.
    "a.m", "p.m", "etc", "al", "approx", "dept", "govt", "assn", "univ", "min", "max", "hr", "hrs",
    "yr", "yrs", "mln", "bln", "oz", "lb", "lbs", "km", "mi",
];

/// Closed-class words that typically open a sentence: after an ambiguous
/// abbreviation, an initial or an ellipsis they mark a boundary ("… the E.U.
/// How about you?", "… you and I. Did you …"), while names and nouns do not
/// ("U.S. Government", "Jonas E. Smith").
#[rustfmt::skip]
pub const SENTENCE_STARTERS: &[&str] = &[
    "a", "an", "the", "this", "that", "these", "those", "there", "here", "i", "he", "she", "it",
    "we", "they", "you", "his", "her", "its", "our", "their", "my", "your", "but", "and", "or",
    "so", "yet", "then", "now", "still", "also", "however", "meanwhile", "moreover", "instead",
    "in", "on", "at", "for", "as", "after", "before", "during", "since", "until", "when", "while",
    "if", "although", "though", "because", "some", "many", "most", "one", "all", "both", "each",
    "every", "no", "not", "how", "what", "why", "who", "where", "which", "is", "are", "was",
    "were", "do", "does", "did", "can", "could", "would", "should", "has", "have", "had", "let",
    "please", "according", "much", "more", "such", "only", "even", "perhaps", "indeed",
    "despite", "whether", "unless", "yesterday", "today", "with", "from", "by",
];

/// Speech verbs: after a quote closed by its own "!", "?" or ".", a capitalised
/// speaker and one of these close the sentence ("“Never!” Zelensky replied.").
#[rustfmt::skip]
pub const SPEECH_VERBS: &[&str] = &[
    "said", "says", "asked", "asks", "replied", "replies", "added", "adds", "told", "tells",
    "wrote", "writes", "shouted", "insisted", "warned", "explained", "continued", "noted",
    "declared", "claimed", "stated", "argued", "responded", "exclaimed", "cried", "tweeted",
    "posted", "recalled", "conceded", "admitted", "joked", "demanded", "wondered",
];
