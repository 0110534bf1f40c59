//! `tune-summary`: learn and inspect the summary weights offline.
//!
//! Built only with `--features tune`, so neither the CLI nor the browser app
//! links it. Data: `../shared/data/summaries/*.jsonl` (see
//! `tools/tune-summary.md`).
//!
//! * `train BBC.jsonl [--objective O] [--freeze k,k] [--set k=v]…` —
//!   coordinate ascent on the weights, maximising ROUGE of 3-sentence
//!   summaries (objective `O`, see `tools/tune-summary.md`), on the BBC
//!   articles with an odd number in their id only. Prints the weights.
//! * `score DATA.jsonl [--ids odd|even|all] [--set k=v]…` — the same quick
//!   ROUGE (unstemmed unigrams/bigrams, a proxy for the harness) for the
//!   given weights, next to Lead-3 with our splitter.
//! * `batch [--lead3] [--set k=v]…` — the evaluation contract (JSON list on
//!   stdin, one `{"id","summary"}` line per document), so the harness can
//!   score Lead-3 and ablations in the same run as `lede`.
//! * `bench FILE` — time each pipeline stage on one (long) text.

use std::collections::HashMap;
use std::io::{self, BufRead, Read, Write};

use lede::summary::{self, Signals, Weights};
use lede::{analyse, Span};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("train") => train(&args[1..]),
        Some("score") => score(&args[1..]),
        Some("batch") => batch(&args[1..]),
        Some("bench") => bench(&args[1..]),
        _ => Err("usage: tune-summary train DATA.jsonl | score DATA.jsonl [--ids odd|even|all] [--set k=v]… | batch [--lead3] [--set k=v]…".into()),
    };
    if let Err(e) = result {
        eprintln!("tune-summary: {e}");
        std::process::exit(1);
    }
}

/// `--set name=value` options applied to the default weights.
fn weights_from(args: &[String]) -> Result<Weights, String> {
    let mut w = Weights::default();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--set" {
            let kv = it.next().ok_or("--set needs name=value")?;
            let (k, v) = kv.split_once('=').ok_or("--set needs name=value")?;
            let v: f32 = v.parse().map_err(|_| format!("bad number in {kv}"))?;
            if !w.set(k, v) {
                return Err(format!("no weight called {k}"));
            }
        }
    }
    Ok(w)
}

fn option<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(String::as_str)
}

/// One article, analysed once, with what the selection and the scoring need.
struct Prepared {
    signals: Signals,
    /// Proxy-ROUGE tokens of each candidate.
    candidate_tokens: Vec<Vec<String>>,
    /// Tokens of the first three sentences (Lead-3 with our splitter).
    lead3_tokens: Vec<String>,
    reference: Vec<String>,
    /// The headline (BBC keeps it out of the text): a short abstractive
    /// summary of the kind news highlights are.
    headline: Vec<String>,
    /// Whether each candidate is one of the reference's sentences (BBC
    /// references are extracts).
    in_reference: Vec<bool>,
}

/// Lower-case alphanumeric runs, with a plural `s` removed: close enough to
/// rouge-score's tokens to rank weight settings.
fn rouge_tokens(s: &str) -> Vec<String> {
    s.to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            if w.len() > 3 && w.ends_with('s') {
                w[..w.len() - 1].to_string()
            } else {
                w.to_string()
            }
        })
        .collect()
}

fn ngram_f1(pred: &[String], reference: &[String], n: usize) -> f64 {
    if pred.len() < n || reference.len() < n {
        return 0.0;
    }
    let mut counts: HashMap<&[String], i32> = HashMap::new();
    for g in reference.windows(n) {
        *counts.entry(g).or_default() += 1;
    }
    let mut hits = 0;
    for g in pred.windows(n) {
        if let Some(c) = counts.get_mut(g) {
            if *c > 0 {
                *c -= 1;
                hits += 1;
            }
        }
    }
    let p = hits as f64 / (pred.len() + 1 - n) as f64;
    let r = hits as f64 / (reference.len() + 1 - n) as f64;
    if hits == 0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

/// `(id, text, reference, title)` of the articles whose id number is odd,
/// even, or any (`ids`).
fn read_jsonl(path: &str, ids: &str) -> Result<Vec<(String, String, String, String)>, String> {
    let file = std::fs::File::open(path).map_err(|e| format!("cannot open {path}: {e}"))?;
    let mut out = Vec::new();
    for line in io::BufReader::new(file).lines() {
        let line = line.map_err(|e| e.to_string())?;
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(&line).map_err(|e| e.to_string())?;
        let id = v["id"].as_str().unwrap_or_default().to_string();
        let number: Option<u32> = id.rsplit('/').next().and_then(|n| n.parse().ok());
        let keep = match ids {
            "odd" => number.is_some_and(|n| n % 2 == 1),
            "even" => number.is_some_and(|n| n % 2 == 0),
            _ => true,
        };
        if !keep {
            continue;
        }
        let reference = match v["summary_sentences"].as_array() {
            Some(s) => s
                .iter()
                .filter_map(|x| x.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
            None => v["summary"].as_str().unwrap_or_default().to_string(),
        };
        let title = v["title"].as_str().unwrap_or_default().to_string();
        out.push((
            id,
            v["text"].as_str().unwrap_or_default().to_string(),
            reference,
            title,
        ));
    }
    Ok(out)
}

fn prepare(docs: &[(String, String, String, String)]) -> Vec<Prepared> {
    docs.iter()
        .map(|(_, text, reference, title)| {
            let a = analyse(text);
            let ids = summary::candidates(text, &a.sentences);
            let spans: Vec<Span> = ids.iter().map(|&i| a.sentences[i].span).collect();
            let signals = summary::candidate_signals(
                text,
                &a.sentences,
                &ids,
                &a.entities,
                &a.clusters,
                &a.quotes,
            );
            Prepared {
                signals,
                candidate_tokens: spans.iter().map(|s| rouge_tokens(s.slice(text))).collect(),
                lead3_tokens: a
                    .sentences
                    .iter()
                    .take(3)
                    .flat_map(|s| rouge_tokens(s.span.slice(text)))
                    .collect(),
                in_reference: spans
                    .iter()
                    .map(|s| reference.lines().any(|r| r.trim() == s.slice(text).trim()))
                    .collect(),
                reference: rouge_tokens(reference),
                headline: rouge_tokens(title),
            }
        })
        .collect()
}

/// Share of chosen sentences that the reference extract contains.
fn label_precision(docs: &[Prepared], w: &Weights) -> f64 {
    let mut total = 0.0;
    for d in docs {
        let scores = summary::scores(&d.signals, w);
        let chosen = summary::select(&d.signals, &scores, w, 3);
        let hits = chosen.iter().filter(|&&k| d.in_reference[k]).count();
        total += hits as f64 / chosen.len().max(1) as f64;
    }
    100.0 * total / docs.len().max(1) as f64
}

/// Mean proxy ROUGE of 3-sentence summaries: F1 against the
/// reference extract, then against the headline.
#[derive(Clone, Copy, Debug, Default)]
struct Rouge {
    r1: f64,
    r2: f64,
    headline_r1: f64,
    headline_r2: f64,
}

fn rouge_of(docs: &[Prepared], summary_tokens: impl Fn(&Prepared) -> Vec<String>) -> Rouge {
    let mut sum = Rouge::default();
    for d in docs {
        let tokens = summary_tokens(d);
        sum.r1 += ngram_f1(&tokens, &d.reference, 1);
        sum.r2 += ngram_f1(&tokens, &d.reference, 2);
        sum.headline_r1 += ngram_f1(&tokens, &d.headline, 1);
        sum.headline_r2 += ngram_f1(&tokens, &d.headline, 2);
    }
    let n = docs.len().max(1) as f64 / 100.0;
    Rouge {
        r1: sum.r1 / n,
        r2: sum.r2 / n,
        headline_r1: sum.headline_r1 / n,
        headline_r2: sum.headline_r2 / n,
    }
}

fn evaluate_all(docs: &[Prepared], w: &Weights) -> Rouge {
    rouge_of(docs, |d| {
        let scores = summary::scores(&d.signals, w);
        let chosen = summary::select(&d.signals, &scores, w, 3);
        chosen
            .iter()
            .flat_map(|&k| d.candidate_tokens[k].iter().cloned())
            .collect()
    })
}

fn evaluate(docs: &[Prepared], w: &Weights) -> (f64, f64) {
    let r = evaluate_all(docs, w);
    (r.r1, r.r2)
}

fn lead3_all(docs: &[Prepared]) -> Rouge {
    rouge_of(docs, |d| d.lead3_tokens.clone())
}

fn lead3(docs: &[Prepared]) -> (f64, f64) {
    let r = lead3_all(docs);
    (r.r1, r.r2)
}

fn score(args: &[String]) -> Result<(), String> {
    let path = args.first().ok_or("score needs a DATA.jsonl")?;
    let ids = option(args, "--ids").unwrap_or("all");
    let w = weights_from(args)?;
    let docs = prepare(&read_jsonl(path, ids)?);
    let (l1, l2) = lead3(&docs);
    let (r1, r2) = evaluate(&docs, &w);
    println!(
        "{} docs ({ids} ids): lede R-1 {r1:.2} R-2 {r2:.2} (chosen in reference: {:.1}%) | lead-3 R-1 {l1:.2} R-2 {l2:.2}",
        docs.len(),
        label_precision(&docs, &w)
    );
    let (r, l) = (evaluate_all(&docs, &w), lead3_all(&docs));
    println!(
        "  against the headline: lede R-1 {:.2} R-2 {:.2} | lead-3 R-1 {:.2} R-2 {:.2}",
        r.headline_r1, r.headline_r2, l.headline_r1, l.headline_r2
    );
    // Ablation: each signal's weight set to zero in turn.
    for (name, value) in w.to_vec() {
        if value == 0.0 || matches!(name, "lead_decay" | "length_cap") {
            continue;
        }
        let mut ablated = w;
        ablated.set(name, 0.0);
        let (a1, a2) = evaluate(&docs, &ablated);
        println!(
            "  without {name:<12} R-1 {a1:.2} ({:+.2}) R-2 {a2:.2} ({:+.2})",
            a1 - r1,
            a2 - r2
        );
    }
    Ok(())
}

/// Values to try for one weight around its current value.
fn trials(name: &str, value: f32) -> Vec<f32> {
    match name {
        "lead_decay" => [0.25, 0.5, 0.8, 1.25, 1.6, 2.0]
            .iter()
            .map(|f| value * f)
            .collect(),
        "length_cap" => [0.7, 0.85, 1.2, 1.4]
            .iter()
            .map(|f| (value * f).clamp(5.0, 80.0))
            .collect(),
        _ => [-0.4, -0.2, -0.1, -0.05, -0.025, 0.025, 0.05, 0.1, 0.2, 0.4]
            .iter()
            .map(|d| value + d)
            .collect(),
    }
}

fn train(args: &[String]) -> Result<(), String> {
    let path = args.first().ok_or("train needs the BBC DATA.jsonl")?;
    let rounds: usize = option(args, "--rounds")
        .and_then(|r| r.parse().ok())
        .unwrap_or(6);
    let mut w = weights_from(args)?;
    // Weights held at their starting value (`--freeze lead,lead_decay`).
    let frozen: Vec<&str> =
        option(args, "--freeze").map_or_else(Vec::new, |f| f.split(',').collect());
    let docs = prepare(&read_jsonl(path, "odd")?);
    eprintln!("{} training articles (odd ids)", docs.len());
    let objective_name = option(args, "--objective").unwrap_or("extract");
    let lead = lead3_all(&docs);
    let objective = |w: &Weights| match objective_name {
        "labels" => label_precision(&docs, w),
        "extract" => {
            let (r1, r2) = evaluate(&docs, w);
            r1 + r2
        }
        "extract-r1" => evaluate(&docs, w).0,
        // Both kinds of reference count alike, each relative to Lead-3.
        "extract+headline" => {
            let r = evaluate_all(&docs, w);
            (r.r1 + r.r2) / (lead.r1 + lead.r2)
                + (r.headline_r1 + r.headline_r2) / (lead.headline_r1 + lead.headline_r2)
        }
        _ => {
            let r = evaluate_all(&docs, w);
            r.headline_r1 + r.headline_r2
        }
    };
    let mut best = objective(&w);
    eprintln!("start: {best:.3}");
    for round in 0..rounds {
        let mut improved = false;
        for (name, value) in w.to_vec() {
            if frozen.contains(&name) {
                continue;
            }
            for trial in trials(name, value) {
                let mut candidate = w;
                candidate.set(name, trial);
                let o = objective(&candidate);
                if o > best + 1e-4 {
                    best = o;
                    w = candidate;
                    improved = true;
                }
            }
        }
        eprintln!("round {round}: {best:.3} {:?}", w.to_vec());
        if !improved {
            break;
        }
    }
    let (r1, r2) = evaluate(&docs, &w);
    let (l1, l2) = lead3(&docs);
    println!(
        "// train (BBC odd ids, {} docs): R-1 {r1:.2} R-2 {r2:.2}; lead-3 R-1 {l1:.2} R-2 {l2:.2}",
        docs.len()
    );
    for (name, value) in w.to_vec() {
        println!("{name}: {value:.3},");
    }
    Ok(())
}

#[derive(serde::Deserialize)]
struct Document {
    id: serde_json::Value,
    text: String,
}

fn batch(args: &[String]) -> Result<(), String> {
    let w = weights_from(args)?;
    let lead = args.iter().any(|a| a == "--lead3");
    let mut input = String::new();
    io::stdin()
        .read_to_string(&mut input)
        .map_err(|e| e.to_string())?;
    let docs: Vec<Document> = serde_json::from_str(&input).map_err(|e| e.to_string())?;
    let mut out = io::BufWriter::new(io::stdout().lock());
    for doc in docs {
        let id = match &doc.id {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let a = analyse(&doc.text);
        let chosen: Vec<usize> = if lead {
            (0..a.sentences.len().min(3)).collect()
        } else {
            summary::summarise_with(
                &doc.text,
                &a.sentences,
                &a.entities,
                &a.clusters,
                &a.quotes,
                lede::SummaryLength::Sentences(3),
                &w,
            )
            .sentences
        };
        let sentences: Vec<&str> = chosen
            .iter()
            .map(|&i| a.sentences[i].span.slice(&doc.text))
            .collect();
        let line = serde_json::json!({"id": id, "summary": sentences});
        writeln!(out, "{line}").map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())
}

/// Wall time of each stage of the pipeline on one text, best of three.
fn bench(args: &[String]) -> Result<(), String> {
    use std::time::Instant;
    let path = args.first().ok_or("bench needs a FILE")?;
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let mb = text.len() as f64 / 1e6;
    let mut best = [f64::INFINITY; 4];
    let mut chosen = 0;
    for _ in 0..3 {
        let t = Instant::now();
        let sentences = lede::text::sentences(&text);
        let t_sentences = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let mut entities = lede::entities::find(&text, &sentences);
        let roles = lede::entities::roles(&text, &entities, &sentences);
        let clusters = lede::entities::cluster(&text, &mut entities, &roles);
        let t_entities = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let quotes = lede::quotes::find(&text, &sentences, &entities, &clusters, &roles);
        let t_quotes = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let s = summary::summarise(
            &text,
            &sentences,
            &entities,
            &clusters,
            &quotes,
            lede::SummaryLength::Auto,
        );
        let t_summary = t.elapsed().as_secs_f64();
        chosen = s.sentences.len();
        for (b, x) in best
            .iter_mut()
            .zip([t_sentences, t_entities, t_quotes, t_summary])
        {
            *b = b.min(x);
        }
    }
    println!(
        "{path}: {} words, {mb:.2} MB, {chosen} summary sentences",
        text.split_whitespace().count()
    );
    for (name, secs) in ["sentences", "entities", "quotes", "summary"]
        .iter()
        .zip(best)
    {
        println!(
            "  {name:<10} {:>8.1} ms  {:>7.1} MB/s",
            secs * 1e3,
            mb / secs
        );
    }
    Ok(())
}
