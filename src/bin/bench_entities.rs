//! `bench-entities`: times the whole entity step (sentences, tagger, values,
//! roles, clusters) natively and prints MB/s.
//!
//! ```sh
//! cargo run --release --features train --bin bench-entities -- FILE...
//! ```
//! Each file is timed as one article; with `--repeat-to N` its text is also
//! repeated (paragraph-wise) to about N words, to time a long text.

use std::time::Instant;

/// The entity step as `analyse` runs it; returns the number of mentions.
fn time_entities(text: &str) -> usize {
    let sentences = lede::text::sentences(text);
    let mut entities = lede::entities::find(text, &sentences);
    let roles = lede::entities::roles(text, &entities, &sentences);
    let clusters = lede::entities::cluster(text, &mut entities, &roles);
    std::hint::black_box(&clusters);
    entities.len()
}

fn bench(name: &str, text: &str) {
    // Warm up (and load the model) once, then time enough runs for ~1 s.
    let found = time_entities(text);
    let started = Instant::now();
    let mut runs = 0u32;
    while runs < 3 || started.elapsed().as_secs_f64() < 1.0 {
        time_entities(text);
        runs += 1;
    }
    let secs = started.elapsed().as_secs_f64() / f64::from(runs);
    // One more run, stage by stage.
    let t = Instant::now();
    let sentences = lede::text::sentences(text);
    let t_sentences = t.elapsed();
    let mut entities = lede::entities::find(text, &sentences);
    let t_find = t.elapsed() - t_sentences;
    let roles = lede::entities::roles(text, &entities, &sentences);
    let t_roles = t.elapsed() - t_sentences - t_find;
    std::hint::black_box(lede::entities::cluster(text, &mut entities, &roles));
    let t_cluster = t.elapsed() - t_sentences - t_find - t_roles;
    println!("  sentences {t_sentences:.2?}, names and values {t_find:.2?}, roles {t_roles:.2?}, clusters {t_cluster:.2?}");
    let words = text.split_whitespace().count();
    println!(
        "{name}: {} bytes, {words} words, {found} entities: {:.2} ms/run, {:.2} MB/s ({runs} runs)",
        text.len(),
        secs * 1e3,
        text.len() as f64 / secs / 1e6
    );
}

fn main() -> std::process::ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut repeat_to = None;
    if let Some(k) = args.iter().position(|a| a == "--repeat-to") {
        repeat_to = args.get(k + 1).and_then(|v| v.parse::<usize>().ok());
        args.drain(k..(k + 2).min(args.len()));
    }
    if args.is_empty() {
        eprintln!("usage: bench-entities [--repeat-to WORDS] FILE...");
        return std::process::ExitCode::FAILURE;
    }
    let started = Instant::now();
    let _ = lede::entities::find("Warm-up.", &lede::text::sentences("Warm-up."));
    println!(
        "model and gazetteer load: {:.2} ms",
        started.elapsed().as_secs_f64() * 1e3
    );
    for path in &args {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("bench-entities: {path}: {e}");
                return std::process::ExitCode::FAILURE;
            }
        };
        bench(path, &text);
        if let Some(n) = repeat_to {
            let words = text.split_whitespace().count().max(1);
            let long = vec![text.as_str(); n.div_ceil(words)].join("\n");
            bench(&format!("{path} x{}", n.div_ceil(words)), &long);
        }
    }
    std::process::ExitCode::SUCCESS
}
