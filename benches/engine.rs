//! Criterion benchmarks of the engine's costly steps, natively, as throughput
//! (MB/s): the whole entity step (sentences, names and values, roles,
//! clusters), the quote step alone (given the entity step's output) and the
//! whole `analyse`, each on the seed article and on a text of about 100,000
//! words (the seed article repeated) and on one 130 KB run-on sentence of
//! 2,000 quotes, so the long-text figures show that every step stays linear.
//!
//!     cargo bench --bench engine
//!
//! Benchmarks, not tests: the figures go in issue notes, as ratios between
//! the steps measured in the same run.

use std::hint::black_box;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

const SEED: &str = include_str!("../seeds/ukraine-peace-talks.txt");

fn texts() -> [(&'static str, String); 3] {
    let words = SEED.split_whitespace().count().max(1);
    let long = vec![SEED; 100_000usize.div_ceil(words)].join("\n");
    // The worst case for the quote step: one 130 KB sentence of 2,000 quotes.
    let run_on = "“We will keep going, whatever happens,” said Anna Smith, and ".repeat(2_000);
    [
        ("seed article", SEED.to_owned()),
        ("100k words", long),
        ("run-on line of quotes", run_on),
    ]
}

fn entity_step(text: &str) -> usize {
    let sentences = lede::text::sentences(text);
    let mut entities = lede::entities::find(text, &sentences);
    let roles = lede::entities::roles(text, &entities, &sentences);
    black_box(lede::entities::cluster(text, &mut entities, &roles));
    entities.len()
}

fn steps(c: &mut Criterion) {
    for (name, text) in texts() {
        let mut group = c.benchmark_group(name);
        group.throughput(Throughput::Bytes(text.len() as u64));
        if text.len() > 100_000 {
            group
                .sample_size(10)
                .measurement_time(Duration::from_secs(15));
        }
        group.bench_function("entity step", |b| b.iter(|| entity_step(black_box(&text))));
        let sentences = lede::text::sentences(&text);
        let mut entities = lede::entities::find(&text, &sentences);
        let roles = lede::entities::roles(&text, &entities, &sentences);
        let clusters = lede::entities::cluster(&text, &mut entities, &roles);
        group.bench_function("quote step", |b| {
            b.iter(|| {
                lede::quotes::find(black_box(&text), &sentences, &entities, &clusters, &roles).len()
            })
        });
        group.bench_function("whole analysis", |b| {
            b.iter(|| lede::analyse(black_box(&text)).quotes.len())
        });
        group.finish();
    }
}

criterion_group!(benches, steps);
criterion_main!(benches);
