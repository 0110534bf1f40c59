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
mod fnv;
pub mod import;
#[cfg(feature = "train")]
pub mod perceptron;
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
    analyse_reporting(text, options, &mut |_| {})
}

/// [`analyse_with`] that reports how far it has got, as a fraction in 0..=1
/// (at most about a hundred calls, whatever the length): for a progress bar
/// on long texts. Name tagging takes most of the time, so the fraction
/// follows it; the steps after it share the last tenth.
pub fn analyse_reporting(text: &str, options: &Options, progress: &mut dyn FnMut(f32)) -> Analysis {
    let mut shown = 0u32;
    let mut report = |fraction: f32| {
        let percent = (fraction.clamp(0.0, 1.0) * 100.0) as u32;
        if percent > shown {
            shown = percent;
            progress(percent as f32 / 100.0);
        }
    };
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
    report(0.02);
    let n = sentences.len().max(1) as f32;
    let mut entities = entities::find_reporting(text, &sentences, &mut |k| {
        report(0.02 + 0.83 * k as f32 / n)
    });
    let roles = entities::roles(text, &entities, &sentences);
    let clusters = entities::cluster(text, &mut entities, &roles);
    report(0.87);
    let quotes = quotes::find(text, &sentences, &entities, &clusters, &roles);
    report(0.97);
    let summary = summary::summarise(
        text,
        &sentences,
        &entities,
        &clusters,
        &quotes,
        options.summary_length,
    );
    report(1.0);
    Analysis {
        sentences,
        entities,
        clusters,
        quotes,
        summary,
        warnings,
    }
}
