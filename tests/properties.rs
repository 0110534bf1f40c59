//! Any input, however odd, gets an analysis: no panic, spans on char boundaries.

use proptest::prelude::*;

fn check(text: &str) {
    let a = lede::analyse(text);
    let ok = |s: lede::Span| {
        s.start <= s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    };
    assert!(a.sentences.iter().all(|s| ok(s.span)));
    assert!(a.entities.iter().all(|e| ok(e.span)));
    assert!(a
        .quotes
        .iter()
        .all(|q| q.pieces.iter().all(|p| ok(*p)) && q.cue.is_none_or(ok)));
    assert!(a
        .quotes
        .iter()
        .filter_map(|q| q.speaker.as_ref())
        .all(|s| ok(s.mention)));
    assert_eq!(a.summary.spans.len(), a.summary.sentences.len());
    assert!(a
        .summary
        .items()
        .all(|(i, span)| ok(span) && a.sentences[i].span.contains(span)));
    let record = lede::contract::Record::new("x", text, &a);
    serde_json::to_string(&record).unwrap();
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_unicode_string(text in "\\PC{0,400}") {
        check(&text);
    }

    #[test]
    fn news_like_strings(text in "([A-Z][a-z]{0,8}|[a-z]{1,8}|“|”|\"|'|’|\\.|,|!|\\?|…|\\n|\\n\\n| |said|told|U\\.S\\.|Mr\\.|é|😀|\u{301}|OSLO|\\(AP\\)| - |—|:){0,120}") {
        check(&text);
    }
}

#[test]
fn a_huge_text_is_analysed() {
    let text = include_str!("../seeds/ukraine-peace-talks.txt").repeat(200);
    check(&text);
}
