//! The shape of an `Analysis` on a real article: the invariants every stage
//! keeps, whatever heuristics or models sit behind them.

use lede::{analyse, analyse_with, EntityLabel, Options, SentenceKind, SummaryLength};

const SEED: &str = include_str!("../seeds/ukraine-peace-talks.txt");

#[test]
fn seed_article_has_headline_sentences_entities_quotes_and_summary() {
    let a = analyse(SEED);
    assert_eq!(a.sentences[0].kind, SentenceKind::Headline);
    assert_eq!(
        a.sentences[0].span.slice(SEED),
        "Ukraine calls latest peace talks with US and Europe productive"
    );
    assert_eq!(a.sentences[1].kind, SentenceKind::Standfirst);
    assert_eq!(
        a.sentences.last().unwrap().kind,
        SentenceKind::Boilerplate,
        "“With IANS inputs”"
    );
    assert!(a
        .entities
        .iter()
        .any(|e| e.label == EntityLabel::Person && e.span.slice(SEED) == "Rustem Umerov"));
    assert!(!a.quotes.is_empty());
    assert_eq!(a.summary.gist, [0, 1]);
    assert_eq!(a.summary.sentences.len(), 3);
    assert!(a.warnings.is_empty());
}

#[test]
fn spans_are_ordered_on_char_boundaries_and_clusters_point_back() {
    let a = analyse(SEED);
    let ok = |s: lede::Span| {
        s.start <= s.end
            && SEED.is_char_boundary(s.start)
            && SEED.is_char_boundary(s.end)
            && s.end <= SEED.len()
    };
    assert!(a
        .sentences
        .windows(2)
        .all(|w| w[0].span.end <= w[1].span.start));
    assert!(
        a.entities
            .windows(2)
            .all(|w| w[0].span.end <= w[1].span.start),
        "entities overlap"
    );
    for e in &a.entities {
        assert!(ok(e.span));
        if let Some(c) = e.cluster {
            let idx = a.entities.iter().position(|x| x == e).unwrap();
            assert!(a.clusters[c].mentions.contains(&idx));
            assert_eq!(a.clusters[c].label, e.label);
        }
    }
    for q in &a.quotes {
        assert!(!q.pieces.is_empty() && q.pieces.iter().all(|p| ok(*p) && !p.is_empty()));
        if let Some(s) = &q.speaker {
            assert!(ok(s.mention));
            assert!(!s.name.is_empty());
        }
    }
    assert_eq!(a.summary.scores.len(), a.sentences.len());
    assert!(
        a.summary.sentences.windows(2).all(|w| w[0] < w[1]),
        "summary in document order"
    );
    assert!(a
        .summary
        .sentences
        .iter()
        .all(|&i| a.sentences[i].kind == SentenceKind::Body));
}

#[test]
fn summary_length_follows_the_options() {
    let n = |length| {
        analyse_with(
            SEED,
            &Options {
                summary_length: length,
            },
        )
        .summary
        .sentences
        .len()
    };
    assert_eq!(n(SummaryLength::Sentences(1)), 1);
    assert_eq!(n(SummaryLength::Sentences(5)), 5);
    assert_eq!(
        n(SummaryLength::Sentences(500)),
        analyse(SEED)
            .sentences
            .iter()
            .filter(|s| s.kind == SentenceKind::Body)
            .count()
    );
    assert!(n(SummaryLength::Percent(50)) >= 7);
}

#[test]
fn empty_blank_and_binary_inputs_give_empty_or_warned_analyses() {
    for text in ["", " ", "\n\n\n", "\u{0}\u{1}\u{2}"] {
        let a = analyse(text);
        assert!(a.entities.is_empty() && a.quotes.is_empty(), "{text:?}");
    }
    assert!(!analyse("\u{0}\u{1}").warnings.is_empty());
}

#[test]
fn analysis_serialises_to_plain_json() {
    let json = serde_json::to_value(analyse(SEED)).unwrap();
    assert!(json["entities"][0]["span"]["start"].is_u64());
    assert!(json["quotes"]
        .as_array()
        .unwrap()
        .iter()
        .any(|q| q["kind"] == "direct"));
    assert_eq!(json["sentences"][0]["kind"], "headline");
}

#[test]
fn progress_rises_to_one_in_at_most_a_hundred_steps_and_changes_nothing() {
    let text = include_str!("../seeds/ukraine-peace-talks.txt").repeat(20);
    let mut seen: Vec<f32> = Vec::new();
    let reported = lede::analyse_reporting(&text, &lede::Options::default(), &mut |f| seen.push(f));
    assert!(
        seen.len() >= 10 && seen.len() <= 101,
        "{} reports",
        seen.len()
    );
    assert!(seen.windows(2).all(|w| w[0] < w[1]), "not rising: {seen:?}");
    assert_eq!(seen.last(), Some(&1.0));
    // Name tagging, the long step, reports as it goes, not all at once.
    assert!(
        seen.iter().filter(|&&f| f > 0.1 && f < 0.8).count() >= 5,
        "{seen:?}"
    );
    assert_eq!(reported, lede::analyse(&text));
}

#[test]
fn analysis_round_trips_through_the_worker_s_binary_form() {
    // The engine worker hands the page its analysis as postcard bytes.
    let a = lede::analyse_with(
        SEED,
        &Options {
            summary_length: SummaryLength::Percent(40),
        },
    );
    let bytes = postcard::to_allocvec(&a).unwrap();
    let back: lede::Analysis = postcard::from_bytes(&bytes).unwrap();
    assert_eq!(back, a);
    assert!(bytes.len() * 3 < serde_json::to_string(&a).unwrap().len());
}
