//! Rough throughput of the text layer on real news, release build:
//!
//! ```text
//! cargo test --release --test text_speed -- --ignored --nocapture
//! ```
//!
//! The text is the BBC News Summary articles from the shared data folder
//! (`LEDE_SPEED_TEXT` names another JSON-lines file with a `text` field), or
//! the Golden Rules cases repeated when that file is missing. Figures are
//! printed, not asserted: they depend on the machine.

use std::time::Instant;

fn news_text() -> String {
    let path = std::env::var("LEDE_SPEED_TEXT")
        .unwrap_or_else(|_| "/work/shared/data/summaries/bbc-news-summary.jsonl".into());
    let lines = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| include_str!("data/golden_rules_en.jsonl").repeat(2000));
    let mut text = String::new();
    for line in lines.lines() {
        if let Ok(record) = serde_json::from_str::<serde_json::Value>(line) {
            if let Some(article) = record["text"].as_str() {
                text.push_str(article);
                text.push_str("\n\n");
            }
        }
    }
    text
}

fn megabytes_per_second(bytes: usize, run: impl Fn() -> usize) -> (f64, usize) {
    let start = Instant::now();
    let mut rounds = 0;
    let mut count = 0;
    while rounds < 3 || start.elapsed().as_secs_f64() < 2.0 {
        count = run();
        rounds += 1;
    }
    let seconds = start.elapsed().as_secs_f64() / rounds as f64;
    (bytes as f64 / 1e6 / seconds, count)
}

#[test]
#[ignore = "timing; run in release with --ignored --nocapture"]
fn sentence_and_token_throughput() {
    let text = news_text();
    let (sentences_speed, sentences) =
        megabytes_per_second(text.len(), || lede::text::sentences(&text).len());
    let whole = lede::Span::new(0, text.len());
    let (tokens_speed, tokens) =
        megabytes_per_second(text.len(), || lede::text::tokens(&text, whole).len());
    println!(
        "{:.1} MB of text: sentences {sentences_speed:.1} MB/s ({sentences} sentences), \
         tokens {tokens_speed:.1} MB/s ({tokens} tokens)",
        text.len() as f64 / 1e6
    );
}
