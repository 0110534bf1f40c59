//! Any input: no panic, every quote span and speaker mention on char
//! boundaries, inside the text, pieces in order.

use proptest::prelude::*;

fn check(text: &str) {
    let analysis = lede::analyse(text);
    for q in &analysis.quotes {
        let mut spans: Vec<lede::Span> = q.pieces.clone();
        spans.extend(q.cue);
        spans.extend(q.speaker.as_ref().map(|s| s.mention));
        for s in spans {
            assert!(s.start <= s.end && s.end <= text.len(), "{s:?} in {text:?}");
            assert!(
                text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
                "{s:?} in {text:?}"
            );
        }
        assert!(
            q.pieces.windows(2).all(|w| w[0].end <= w[1].start),
            "{:?}",
            q.pieces
        );
    }
}

/// Words and marks that make the attribution readers work hard.
fn newsy() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        "“",
        "”",
        "\"",
        "'",
        "’",
        "‘",
        "«",
        "»",
        "„",
        "''",
        ",",
        ".",
        ":",
        ";",
        " — ",
        "\n\n",
        "\n",
        " said",
        " told",
        " according to",
        " adding",
        " He",
        " she",
        " the spokesman",
        " Umerov",
        " Rustem Umerov",
        " Mr.",
        " who",
        " that",
        " 's",
        " é",
        " 😀",
        " (",
        ")",
        " and",
        " was",
        " echoed",
        " confirming",
        " Kyiv",
        " officials",
        " X",
        "?",
        "!",
    ]);
    prop::collection::vec(atoms, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn never_panics_on_arbitrary_text(text in "\\PC{0,300}") {
        check(&text);
    }

    #[test]
    fn never_panics_on_news_like_fragments(text in newsy()) {
        check(&text);
    }
}
