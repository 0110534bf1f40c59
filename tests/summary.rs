//! Behaviour of the summary as seen through `analyse_with`: order, length,
//! what may never be chosen, and degenerate inputs.

use lede::{analyse, analyse_with, Analysis, Options, SentenceKind, SummaryLength};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/summary/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn with_length(text: &str, length: SummaryLength) -> Analysis {
    analyse_with(
        text,
        &Options {
            summary_length: length,
        },
    )
}

fn summary_texts<'t>(text: &'t str, a: &Analysis) -> Vec<&'t str> {
    a.summary
        .sentences
        .iter()
        .map(|&i| a.sentences[i].span.slice(text))
        .collect()
}

/// Four articles back to back: a long text made of real prose.
fn long_article() -> String {
    [
        "harbour-bridge-closure.txt",
        "river-flood-warning.txt",
        "daily-byline-school-meals.txt",
        "harbour-bridge-closure.txt",
        "river-flood-warning.txt",
    ]
    .iter()
    .map(|f| fixture(f))
    .collect::<Vec<_>>()
    .join("\n\n")
}

#[test]
fn chosen_sentences_come_in_document_order() {
    for name in [
        "harbour-bridge-closure.txt",
        "river-flood-warning.txt",
        "daily-byline-school-meals.txt",
    ] {
        let text = fixture(name);
        for length in [
            SummaryLength::Auto,
            SummaryLength::Sentences(5),
            SummaryLength::Percent(50),
        ] {
            let ids = with_length(&text, length).summary.sentences;
            assert!(
                ids.windows(2).all(|w| w[0] < w[1]),
                "{name} {length:?}: {ids:?}"
            );
        }
    }
}

#[test]
fn default_length_is_three_for_a_short_article_and_grows_for_a_long_one() {
    let short = fixture("harbour-bridge-closure.txt");
    assert_eq!(analyse(&short).summary.sentences.len(), 3);
    let long = long_article();
    let a = analyse(&long);
    let body = a
        .sentences
        .iter()
        .filter(|s| s.kind == SentenceKind::Body)
        .count();
    assert!(body > 45, "the long fixture has {body} body sentences");
    assert!(
        a.summary.sentences.len() > 3,
        "{} sentences for {body}",
        a.summary.sentences.len()
    );
}

#[test]
fn explicit_sentence_count_and_percentage_are_respected() {
    let text = fixture("river-flood-warning.txt");
    assert_eq!(
        with_length(&text, SummaryLength::Sentences(1))
            .summary
            .sentences
            .len(),
        1
    );
    assert_eq!(
        with_length(&text, SummaryLength::Sentences(4))
            .summary
            .sentences
            .len(),
        4
    );
    let all = with_length(&text, SummaryLength::Percent(100));
    let quarter = with_length(&text, SummaryLength::Percent(25));
    assert_eq!(
        quarter.summary.sentences.len(),
        all.summary.sentences.len().div_ceil(4)
    );
    // More than the article has: every candidate, once.
    let many = with_length(&text, SummaryLength::Sentences(500));
    assert_eq!(many.summary.sentences, all.summary.sentences);
}

#[test]
fn bylines_timestamps_and_calls_to_action_never_make_the_summary() {
    let text = fixture("daily-byline-school-meals.txt");
    // Even when asked for every sentence, furniture stays out.
    let a = with_length(&text, SummaryLength::Percent(100));
    let chosen = summary_texts(&text, &a);
    for s in &chosen {
        let lower = s.to_lowercase();
        for furniture in [
            "by .",
            "daily mail reporter",
            "published:",
            "updated:",
            "est, 14 march",
            "scroll down",
        ] {
            assert!(
                !lower.contains(furniture),
                "furniture {furniture:?} in {s:?}"
            );
        }
    }
    assert!(
        chosen
            .iter()
            .any(|s| s.starts_with("Four out of five children")),
        "{chosen:?}"
    );
    // The 3-sentence summary opens with the article's real lead.
    let three = with_length(&text, SummaryLength::Sentences(3));
    assert!(summary_texts(&text, &three)
        .iter()
        .all(|s| !s.to_lowercase().contains("scroll down")));
}

#[test]
fn prose_that_starts_with_by_is_not_mistaken_for_a_byline() {
    let text = fixture("river-flood-warning.txt");
    let a = with_length(&text, SummaryLength::Percent(100));
    assert!(summary_texts(&text, &a)
        .iter()
        .any(|s| s.starts_with("By the afternoon the water")));
}

#[test]
fn headline_and_standfirst_are_offered_as_gist_not_as_summary() {
    let text = fixture("harbour-bridge-closure.txt");
    let a = with_length(&text, SummaryLength::Percent(100));
    let gist: Vec<&str> = a
        .summary
        .gist
        .iter()
        .map(|&i| a.sentences[i].span.slice(&text))
        .collect();
    assert_eq!(
        gist,
        [
            "City council votes to close harbour bridge for repairs",
            "Engineers say the 80-year-old crossing needs a new deck before winter storms"
        ]
    );
    for i in &a.summary.gist {
        assert!(!a.summary.sentences.contains(i));
        assert_eq!(a.summary.scores[*i], 0.0);
    }
}

#[test]
fn every_sentence_has_a_score_and_candidates_score_above_zero() {
    let text = fixture("daily-byline-school-meals.txt");
    let a = analyse(&text);
    assert_eq!(a.summary.scores.len(), a.sentences.len());
    for &i in &a.summary.sentences {
        assert!(a.summary.scores[i] > 0.0);
    }
    let first = &a.sentences[0];
    assert_eq!(first.span.slice(&text), "By .");
    assert_eq!(a.summary.scores[0], 0.0, "a byline piece is no candidate");
}

#[test]
fn empty_and_blank_texts_have_an_empty_summary() {
    for text in ["", "   \n\n  \t", "\u{0}"] {
        let a = analyse(text);
        assert!(a.summary.sentences.is_empty(), "{text:?}");
        assert_eq!(a.summary.scores.len(), a.sentences.len());
    }
}

#[test]
fn a_one_sentence_text_is_its_own_summary() {
    let text = fixture("one-sentence.txt");
    let a = analyse(&text);
    assert_eq!(
        summary_texts(&text, &a),
        ["The museum will reopen on Saturday after a two-year restoration of its glass roof."]
    );
    let one_word = analyse("Hello");
    assert_eq!(
        one_word.summary.sentences,
        [0],
        "a text with no prose still gets its body sentence"
    );
}

proptest::proptest! {
    #[test]
    fn any_text_gets_a_valid_summary(text in "(\\PC|\n| \\. |By \\. ){0,300}", n in 0usize..8) {
        let a = with_length(&text, SummaryLength::Sentences(n));
        proptest::prop_assert_eq!(a.summary.scores.len(), a.sentences.len());
        proptest::prop_assert!(a.summary.sentences.len() <= n);
        proptest::prop_assert!(a.summary.sentences.windows(2).all(|w| w[0] < w[1]));
        proptest::prop_assert!(a.summary.sentences.iter().all(|&i| a.sentences[i].kind == SentenceKind::Body));
    }
}

#[test]
fn photo_captions_glued_into_one_long_sentence_do_not_crowd_out_the_lede() {
    // Captions without full stops run into the next sentence, leaving one
    // 70-word "sentence" that repeats the story's key words three times.
    let text = fixture("glued-photo-captions.txt");
    let a = with_length(&text, SummaryLength::Sentences(3));
    let chosen = summary_texts(&text, &a);
    assert!(
        chosen.iter().all(|s| !s.contains("Stranded:")),
        "{chosen:#?}"
    );
    assert!(
        chosen[0].starts_with("A ferry carrying 240 passengers"),
        "{chosen:#?}"
    );
}

#[test]
fn a_run_on_of_unlabelled_captions_is_scored_as_one_sentence_not_three() {
    // The same captions without labels: no furniture rule applies, and the
    // 68-word run-on must be scored on its density, not on its size, so the
    // lede stays the best-scored sentence.
    let text = fixture("unlabelled-captions-run-on.txt");
    let a = with_length(&text, SummaryLength::Sentences(3));
    let run_on = a
        .sentences
        .iter()
        .position(|s| s.span.slice(&text).contains("fog rolled in from the sea"))
        .expect("the run-on is one sentence");
    let scores = &a.summary.scores;
    assert!(
        scores[0] > scores[run_on],
        "lede {} run-on {}",
        scores[0],
        scores[run_on]
    );
}

/// The summary as every consumer shows it: the CLI's and `lede batch`'s
/// strings, the Markdown export's bullets.
fn shown<'t>(text: &'t str, a: &Analysis) -> Vec<&'t str> {
    let shown: Vec<&str> = a.summary.items().map(|(_, s)| s.slice(text)).collect();
    assert_eq!(lede::contract::Record::new("x", text, a).summary, shown);
    let markdown = lede::export::markdown(text, a);
    for s in &shown {
        assert!(markdown.contains(&format!("- {s}\n")), "{markdown}");
    }
    shown
}

#[test]
fn summary_sentences_are_shown_without_their_wire_dateline() {
    for (dateline, lede) in [
        (
            "OSLO, Feb 2 (Reuters) - ",
            "Norway's nurses accepted a pay offer on Monday, their union said.",
        ),
        (
            "DENVER (AP) — ",
            "A wildfire forced 4,000 people from their homes on Tuesday, officials said.",
        ),
        (
            "AUSTIN, Texas — ",
            "Voters approved a $2 billion bond for new schools on Tuesday.",
        ),
        (
            "ITHACA, N.Y. -- ",
            "The college will freeze tuition for a second year, its president said.",
        ),
        (
            "PARIS/LONDON, Jan 2 (Reuters) - ",
            "Airlines cancelled 300 flights on Friday as air traffic controllers walked out.",
        ),
        (
            "Chennai: ",
            "Heavy rain flooded low-lying streets on Sunday, the city corporation said.",
        ),
    ] {
        let text = format!(
            "Headline for the story\n\n{dateline}{lede}\n\nThe second paragraph adds detail.\n"
        );
        let a = analyse(&text);
        assert_eq!(a.summary.sentences[0], 1, "the sentence id is kept: {text}");
        assert_eq!(
            a.sentences[1].span.slice(&text),
            format!("{dateline}{lede}")
        );
        assert_eq!(shown(&text, &a)[0], lede, "{text}");
    }
}

#[test]
fn sentences_without_a_dateline_are_shown_whole() {
    for text in [
        // Capitalised words and a colon later in the body are no dateline.
        "Rates held\n\nThe bank held rates on Monday.\n\nGeneva: the talks resume on Friday, diplomats said.\n",
        // Nor is a colon after words that name no place.
        "Rates held\n\nUpdate: The bank held rates on Monday, its governor said.\n",
        // Nor an all-caps word and a dash inside a paragraph.
        "Rates held\n\nThe bank held rates. NATO - the alliance - met on Monday.\n",
    ] {
        let a = analyse(text);
        assert_eq!(shown(text, &a), summary_texts(text, &a), "{text}");
    }
}

#[test]
fn a_sentence_that_restates_a_chosen_one_is_not_chosen_too() {
    let text = "Council fines builder\n\
                The city council has fined Harbour Homes £2 million for unsafe scaffolding.\n\n\
                The city council on Monday fined Harbour Homes £2 million over unsafe \
                scaffolding at three sites.\n\n\
                The builder said it would pay.\n\n\
                Residents said the fine was too low.\n\n\
                Shares in the builder fell 4%.\n";
    let a = analyse(text);
    let chosen = summary_texts(text, &a);
    assert_eq!(chosen.len(), 3);
    let restated = chosen
        .iter()
        .filter(|s| s.starts_with("The city council"))
        .count();
    assert_eq!(restated, 1, "{chosen:?}");
}

#[test]
fn questions_greetings_and_a_reporters_byline_are_never_chosen() {
    // A live page and an interview, written in the styles of ABC and BBC live
    // coverage: the byline with a role, the greeting and the questions are
    // page furniture, not the story.
    let text = "Storm Ingrid live: hundreds of thousands without power\n\nBy political reporter Jessica Tran\n\nPolice Scotland has confirmed that a man has died after a tree fell on his car near Drumnadrochit.\n\nGood morning and welcome to our live coverage of Storm Ingrid, which has brought a rare red warning for wind to much of Scotland.\n\nThe electricity network now says 187,000 of its customers are without power across the north.\n\nWill the power be back by tonight?\n\nThe Met Office warns there is a danger to life from flying debris in coastal areas.";
    let a = analyse(text);
    let chosen = summary_texts(text, &a);
    assert_eq!(chosen.len(), 3, "{chosen:#?}");
    assert!(
        chosen
            .iter()
            .all(|s| !s.starts_with("Good morning") && !s.ends_with('?') && !s.starts_with("By ")),
        "{chosen:#?}"
    );
    let byline = a
        .sentences
        .iter()
        .find(|s| s.span.slice(text).starts_with("By political"))
        .expect("byline sentence");
    assert_eq!(byline.kind, SentenceKind::Boilerplate);
}

#[test]
fn a_capitals_dateline_and_a_headline_ending_in_an_abbreviation_stay_whole() {
    let text = "Evacuation order expanded as wildfire nears Fort St. James, B.C.\n\nFORT ST. JAMES, B.C. — An evacuation order in north-central British Columbia was expanded Sunday night to cover roughly 3,200 more people.";
    let a = analyse(text);
    assert_eq!(a.sentences.len(), 2, "{:#?}", a.sentences);
    assert_eq!(a.sentences[0].kind, SentenceKind::Headline);
    let chosen = summary_texts(text, &a);
    assert_eq!(chosen.len(), 1, "{chosen:#?}");
    assert!(chosen[0].starts_with("FORT ST. JAMES"), "{chosen:#?}");
}
