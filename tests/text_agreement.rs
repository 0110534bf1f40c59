//! Agreement with a second, noisy reference: the BBC News Summary's extractive
//! summaries are lists of sentences cut from each article by that dataset's
//! own splitter, so each should be one of our sentences. The reference is
//! naive (it splits "Wham! partner", "1.3%" and "year's"), so this prints the
//! agreement and the first misses rather than asserting a figure:
//!
//! ```text
//! cargo test --release --test text_agreement -- --ignored --nocapture
//! ```
//!
//! Reads `/work/shared/data/summaries/bbc-news-summary.jsonl` (or the file
//! named by `LEDE_AGREEMENT_DATA`); the data is not committed (see
//! `/work/shared/data/README.md` for its terms).

#[test]
#[ignore = "needs the shared BBC data; prints a report"]
fn bbc_summary_sentences_are_our_sentences() {
    let path = std::env::var("LEDE_AGREEMENT_DATA")
        .unwrap_or_else(|_| "/work/shared/data/summaries/bbc-news-summary.jsonl".into());
    let Ok(lines) = std::fs::read_to_string(&path) else {
        println!("{path} not found; nothing to compare");
        return;
    };
    let (mut total, mut found, mut shown) = (0, 0, 0);
    for line in lines.lines() {
        let Ok(record) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let text = record["text"].as_str().unwrap_or("");
        let sentences = lede::text::sentences(text);
        let ours: Vec<&str> = sentences
            .iter()
            .map(|s| s.span.slice(text).trim())
            .collect();
        let reference = record["summary_sentences"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        for sentence in reference.iter().filter_map(|s| s.as_str()).map(str::trim) {
            total += 1;
            if ours.contains(&sentence) {
                found += 1;
            } else if shown < 40 {
                shown += 1;
                let around: Vec<&str> = text.find(sentence).map_or(Vec::new(), |at| {
                    sentences
                        .iter()
                        .filter(|s| s.span.start < at + sentence.len() && s.span.end > at)
                        .map(|s| s.span.slice(text))
                        .collect()
                });
                println!("reference: {sentence:?}\nours:      {around:?}\n");
            }
        }
    }
    println!(
        "{found}/{total} reference sentences are sentences of ours ({:.2} %)",
        100.0 * found as f64 / total.max(1) as f64
    );
}
