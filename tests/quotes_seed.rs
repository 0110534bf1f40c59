//! The seed article: every attribution, with its speaker as written and as
//! resolved (`seeds/ukraine-peace-talks.txt`).

use lede::{analyse, QuoteKind};

const SEED: &str = include_str!("../seeds/ukraine-peace-talks.txt");

/// (start of the quoted content, kind, speaker mention, canonical speaker, cue)
const EXPECTED: &[(&str, QuoteKind, &str, &str, &str)] = &[
    // The standfirst, under the headline.
    (
        "discussions in Florida advanced work",
        QuoteKind::Indirect,
        "Kyiv",
        "Kyiv",
        "says",
    ),
    (
        "its latest round of peace discussions",
        QuoteKind::Mixed,
        "Ukraine",
        "Ukraine",
        "described",
    ),
    (
        "the talks focused on refining",
        QuoteKind::Indirect,
        "Rustem Umerov",
        "Rustem Umerov",
        "said",
    ),
    (
        "the delegations also discussed timelines",
        QuoteKind::Indirect,
        "Umerov",
        "Rustem Umerov",
        "According to",
    ),
    (
        "Ukraine remains fully committed",
        QuoteKind::Direct,
        "Umerov",
        "Rustem Umerov",
        "said",
    ),
    (
        "that the shared priority was to stop the killing",
        QuoteKind::Indirect,
        "Umerov",
        "Rustem Umerov",
        "adding",
    ),
    (
        "that peace must go beyond a halt",
        QuoteKind::Indirect,
        "He",
        "Rustem Umerov",
        "stressed",
    ),
    (
        "that key European national security advisers",
        QuoteKind::Indirect,
        "Umerov",
        "Rustem Umerov",
        "noted",
    ),
    (
        "that a series of constructive meetings",
        QuoteKind::Indirect,
        "Steve Witkoff",
        "Steve Witkoff",
        "echoed this assessment in a post on X, confirming",
    ),
    (
        "that those talks were also proceeding",
        QuoteKind::Indirect,
        "Dmitriev",
        "Kirill Dmitriev",
        "told",
    ),
    (
        "Russia was prepared to end the Ukraine conflict",
        QuoteKind::Mixed,
        "Putin",
        "Vladimir Putin",
        "said",
    ),
    (
        "that responsibility for the next move",
        QuoteKind::Indirect,
        "He",
        "Vladimir Putin",
        "added",
    ),
    (
        "that it will continue close coordination",
        QuoteKind::Indirect,
        "Kyiv",
        "Kyiv",
        "reiterated",
    ),
];

#[test]
fn finds_every_attribution_of_the_seed_article_with_its_speaker() {
    let analysis = analyse(SEED);
    let got: Vec<(String, QuoteKind, String, String, String)> = analysis
        .quotes
        .iter()
        .map(|q| {
            let sp = q.speaker.as_ref();
            (
                q.pieces[0].slice(SEED).to_owned(),
                q.kind,
                sp.map_or(String::new(), |s| s.mention.slice(SEED).to_owned()),
                sp.map_or(String::new(), |s| s.name.clone()),
                q.cue.map_or(String::new(), |c| c.slice(SEED).to_owned()),
            )
        })
        .collect();
    assert_eq!(got.len(), EXPECTED.len(), "{got:#?}");
    for (g, e) in got.iter().zip(EXPECTED) {
        assert!(
            g.0.starts_with(e.0),
            "content {:?} should start with {:?}",
            g.0,
            e.0
        );
        assert_eq!(
            (g.1, g.2.as_str(), g.3.as_str(), g.4.as_str()),
            (e.1, e.2, e.3, e.4),
            "{}",
            e.0
        );
    }
}

#[test]
fn gives_seed_speakers_their_roles() {
    let analysis = analyse(SEED);
    let role_of = |content: &str| {
        analysis
            .quotes
            .iter()
            .find(|q| q.pieces[0].slice(SEED).starts_with(content))
            .and_then(|q| q.role.clone())
    };
    assert_eq!(
        role_of("the talks focused").as_deref(),
        Some("Ukraine’s chief peace negotiator")
    );
    assert_eq!(
        role_of("that a series of").as_deref(),
        Some("US presidential special envoy")
    );
    assert_eq!(
        role_of("that those talks").as_deref(),
        Some("a special envoy of Russian President Vladimir Putin")
    );
    assert_eq!(
        role_of("that responsibility").as_deref(),
        Some("Russian President")
    );
}
