//! The result of analysing one article: plain, serialisable data.
//!
//! Everything the UI and the CLI show is in [`Analysis`]; neither ever looks at
//! the engine's internals. Offsets are UTF-8 byte offsets into the analysed
//! text, always on `char` boundaries, `start <= end <= text.len()`. The
//! engine never fails: what it could not do is listed in `warnings`.

use serde::{Deserialize, Serialize};

/// A half-open byte range `start..end` into the analysed text.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The covered text; empty if the span does not fit `text`.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Index into [`Analysis::sentences`].
pub type SentenceId = usize;
/// Index into [`Analysis::clusters`].
pub type ClusterId = usize;

/// What a sentence-like unit is, as far as the layout tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SentenceKind {
    /// The article's first line, when it reads as a title.
    Headline,
    /// A title-like line right after the headline (a standfirst / dek).
    Standfirst,
    /// An ordinary sentence of the body.
    Body,
    /// Bylines, "Read more", "With … inputs" and the like.
    Boilerplate,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    pub span: Span,
    /// Index of the paragraph (block of text between blank lines or line breaks).
    pub paragraph: usize,
    pub kind: SentenceKind,
}

/// Entity types. The first four are the CoNLL-2003 types; the rest are
/// found by rules and are not clustered.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum EntityLabel {
    Person,
    Org,
    Loc,
    Misc,
    Date,
    Time,
    Money,
    Percent,
    Quantity,
}

impl EntityLabel {
    pub const ALL: [EntityLabel; 9] = [
        EntityLabel::Person,
        EntityLabel::Org,
        EntityLabel::Loc,
        EntityLabel::Misc,
        EntityLabel::Date,
        EntityLabel::Time,
        EntityLabel::Money,
        EntityLabel::Percent,
        EntityLabel::Quantity,
    ];

    /// The label as written in JSON and in the contract (`PERSON`, `ORG`, …).
    pub const fn as_str(self) -> &'static str {
        match self {
            EntityLabel::Person => "PERSON",
            EntityLabel::Org => "ORG",
            EntityLabel::Loc => "LOC",
            EntityLabel::Misc => "MISC",
            EntityLabel::Date => "DATE",
            EntityLabel::Time => "TIME",
            EntityLabel::Money => "MONEY",
            EntityLabel::Percent => "PERCENT",
            EntityLabel::Quantity => "QUANTITY",
        }
    }

    /// A name for people: "Person", "Organisation", …
    pub const fn title(self) -> &'static str {
        match self {
            EntityLabel::Person => "Person",
            EntityLabel::Org => "Organisation",
            EntityLabel::Loc => "Place",
            EntityLabel::Misc => "Other name",
            EntityLabel::Date => "Date",
            EntityLabel::Time => "Time",
            EntityLabel::Money => "Money",
            EntityLabel::Percent => "Percent",
            EntityLabel::Quantity => "Quantity",
        }
    }

    /// Names (people, organisations, places, other) as opposed to values.
    pub const fn is_name(self) -> bool {
        matches!(
            self,
            EntityLabel::Person | EntityLabel::Org | EntityLabel::Loc | EntityLabel::Misc
        )
    }
}

/// One mention of an entity in the text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub span: Span,
    pub label: EntityLabel,
    /// The cluster this mention belongs to (names only).
    pub cluster: Option<ClusterId>,
}

/// All mentions of one real-world entity, under its canonical name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Cluster {
    /// The fullest name used in the text ("Rustem Umerov" for "Umerov").
    pub name: String,
    pub label: EntityLabel,
    /// Indices into [`Analysis::entities`], in text order.
    pub mentions: Vec<usize>,
    /// Other ways the text names it ("Umerov").
    pub aliases: Vec<String>,
    /// Title or role the text gives it ("chief peace negotiator").
    pub role: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Words in quotation marks.
    Direct,
    /// Reported speech: "X said that …".
    Indirect,
    /// Reported speech that carries quoted words.
    Mixed,
}

/// Who a quote is attributed to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// Canonical name ("Rustem Umerov"), or the mention as written when it
    /// resolves to no entity ("the spokesman").
    pub name: String,
    /// The mention in the text that names the speaker for this quote ("He").
    pub mention: Span,
    pub cluster: Option<ClusterId>,
}

/// One statement: who said what.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words, one span per piece (a quote split by its attribution
    /// has two), without the quotation marks.
    pub pieces: Vec<Span>,
    pub speaker: Option<Speaker>,
    /// The speaker's role as the text gives it ("chief peace negotiator").
    pub role: Option<String>,
    /// The attribution cue ("said", "according to").
    pub cue: Option<Span>,
    pub kind: QuoteKind,
}

impl Quote {
    /// From the start of the first piece to the end of the last.
    pub fn span(&self) -> Span {
        match (self.pieces.first(), self.pieces.last()) {
            (Some(a), Some(b)) => Span::new(a.start, b.end),
            _ => Span::default(),
        }
    }
}

/// The extractive summary.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Chosen body sentences, in document order.
    pub sentences: Vec<SentenceId>,
    /// What to show of each chosen sentence (same order as `sentences`): its
    /// span without an opening wire dateline ("BERLIN (Reuters) - ").
    pub spans: Vec<Span>,
    /// A score for every sentence (same indexing as [`Analysis::sentences`]);
    /// higher means more central. Headlines and boilerplate score 0.
    pub scores: Vec<f32>,
    /// The headline and standfirst, offered as the article's gist.
    pub gist: Vec<SentenceId>,
}

impl Summary {
    /// Each chosen sentence with the span to show for it.
    pub fn items(&self) -> impl Iterator<Item = (SentenceId, Span)> + '_ {
        self.sentences
            .iter()
            .copied()
            .zip(self.spans.iter().copied())
    }

    /// The span shown for sentence `i`, if it is in the summary.
    pub fn span_of(&self, i: SentenceId) -> Option<Span> {
        self.items().find_map(|(j, span)| (j == i).then_some(span))
    }
}

/// Something the engine noticed and worked around.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    pub message: String,
}

/// How long the summary should be.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "by", content = "value")]
pub enum SummaryLength {
    /// About 3 sentences, more for long articles.
    Auto,
    /// Exactly this many sentences (or all, if fewer).
    Sentences(usize),
    /// This percentage (1–100) of the body sentences, at least one.
    Percent(u8),
}

/// Settings of one analysis. Missing fields take their defaults.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Options {
    pub summary_length: SummaryLength,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            summary_length: SummaryLength::Auto,
        }
    }
}

/// Everything Lede found in one text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    pub sentences: Vec<Sentence>,
    /// Entity mentions in text order, not overlapping.
    pub entities: Vec<Entity>,
    pub clusters: Vec<Cluster>,
    /// Statements in text order.
    pub quotes: Vec<Quote>,
    pub summary: Summary,
    pub warnings: Vec<Warning>,
}

impl Analysis {
    /// Rewrite every offset with `f` (e.g. bytes to UTF-16 units for
    /// JavaScript). After this the spans no longer index the Rust string.
    pub fn map_offsets(&mut self, f: impl Fn(usize) -> usize) {
        let map = |s: &mut Span| *s = Span::new(f(s.start), f(s.end));
        self.sentences.iter_mut().for_each(|x| map(&mut x.span));
        self.entities.iter_mut().for_each(|x| map(&mut x.span));
        self.summary.spans.iter_mut().for_each(map);
        for q in &mut self.quotes {
            q.pieces.iter_mut().for_each(map);
            q.cue.iter_mut().for_each(map);
            q.speaker.iter_mut().for_each(|s| map(&mut s.mention));
        }
    }
}
