//! Lede: a news-article analyser — named entities, who said what, and a
//! summary — that runs wherever Rust runs, the browser included.
//!
//! The pipeline reads like the data flow:
//! text → [`text`] (paragraphs, sentences, tokens) → [`entities`] (mentions,
//! clusters, roles) → [`quotes`] (statements and speakers) → [`summary`].
//! [`analyse`] runs it and returns an [`Analysis`]: plain data with byte
//! offsets into the input.
//!
//! Invariants: the engine knows nothing of the browser (no web dependency
//! outside [`app`]'s components, which only exist on wasm32); it never panics and never
//! fails — any string, empty or huge, gets an `Analysis`, with `warnings`
//! where something was given up; every span lies on `char` boundaries.

pub mod analysis;
pub mod contract;
pub mod entities;
pub mod export;
pub mod import;
pub mod quotes;
pub mod share;
pub mod summary;
pub mod text;

pub mod app;

pub use analysis::{
    Analysis, Cluster, ClusterId, Entity, EntityLabel, Options, Quote, QuoteKind, Sentence,
    SentenceId, SentenceKind, Span, Speaker, Summary, SummaryLength, Warning,
};

/// Analyse `text` with default options.
pub fn analyse(text: &str) -> Analysis {
    analyse_with(text, &Options::default())
}

/// Analyse `text`: sentences, entities and their clusters, quotes, summary.
pub fn analyse_with(text: &str, options: &Options) -> Analysis {
    let mut warnings = Vec::new();
    if text.contains('\u{0}') {
        warnings.push(Warning {
            message: "The text contains NUL characters; it may be binary data.".into(),
        });
    }
    if let Some(message) = entities::model_problem() {
        warnings.push(Warning { message });
    }
    let sentences = text::sentences(text);
    let mut entities = entities::find(text, &sentences);
    let roles = entities::roles(text, &entities, &sentences);
    let clusters = entities::cluster(text, &mut entities, &roles);
    let quotes = quotes::find(text, &sentences, &entities, &clusters, &roles);
    let summary = summary::summarise(
        text,
        &sentences,
        &entities,
        &clusters,
        &quotes,
        options.summary_length,
    );
    Analysis {
        sentences,
        entities,
        clusters,
        quotes,
        summary,
        warnings,
    }
}
