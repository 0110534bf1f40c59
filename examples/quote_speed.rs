//! Throughput of the quote step next to the entity step, on a JSON-lines
//! file of articles (`{"text": …}` per line), e.g. PolNeAR dev:
//!
//!     cargo run --release --example quote_speed -- ../shared/data/quotes/polnear-dev.jsonl
//!
//! Prints MB/s for sentences, entities (mentions, roles, clusters) and quotes.

use std::time::{Duration, Instant};

fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/work/shared/data/quotes/polnear-dev.jsonl".into());
    let Ok(data) = std::fs::read_to_string(&path) else {
        eprintln!("cannot read {path}");
        return;
    };
    let texts: Vec<String> = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_owned))
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let rounds = 5;
    let (mut t_sent, mut t_ent, mut t_quote) = (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    let mut quotes = 0;
    for _ in 0..rounds {
        for text in &texts {
            let a = Instant::now();
            let sentences = lede::text::sentences(text);
            let b = Instant::now();
            let mut entities = lede::entities::find(text, &sentences);
            let roles = lede::entities::roles(text, &entities, &sentences);
            let clusters = lede::entities::cluster(text, &mut entities, &roles);
            let c = Instant::now();
            quotes += lede::quotes::find(text, &sentences, &entities, &clusters, &roles).len();
            let d = Instant::now();
            t_sent += b - a;
            t_ent += c - b;
            t_quote += d - c;
        }
    }
    let mb = (bytes * rounds) as f64 / 1e6;
    let rate = |t: Duration| mb / t.as_secs_f64().max(1e-9);
    println!(
        "{} articles, {:.2} MB x {rounds}; {} quotes per round",
        texts.len(),
        bytes as f64 / 1e6,
        quotes / rounds
    );
    println!("sentences {:8.1} MB/s", rate(t_sent));
    println!("entities  {:8.1} MB/s", rate(t_ent));
    println!("quotes    {:8.1} MB/s", rate(t_quote));
}
