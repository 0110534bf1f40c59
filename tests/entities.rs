//! Entities on real sentences: types, spans, aliases, roles, and the
//! invariants (no overlap, char boundaries, no panic) on any input.

mod common;

use common::cluster;
use lede::{analyse, Analysis, EntityLabel};
use proptest::prelude::*;

fn read_fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/entities/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// `(mention text, label)` for every entity.
fn mentions(text: &str, a: &Analysis) -> Vec<(String, EntityLabel)> {
    a.entities
        .iter()
        .map(|e| (e.span.slice(text).to_owned(), e.label))
        .collect()
}

fn has(text: &str, a: &Analysis, mention: &str, label: EntityLabel) -> bool {
    mentions(text, a)
        .iter()
        .any(|(m, l)| m == mention && *l == label)
}

fn assert_valid_spans(text: &str, a: &Analysis) {
    let mut last_end = 0;
    for e in &a.entities {
        assert!(e.span.start < e.span.end, "empty span {e:?}");
        assert!(e.span.end <= text.len());
        assert!(
            text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end),
            "{e:?}"
        );
        assert!(
            e.span.start >= last_end,
            "entities overlap or are out of order at {e:?}"
        );
        last_end = e.span.end;
    }
}

#[test]
fn the_shipped_model_loads() {
    assert_eq!(lede::entities::model_problem(), None);
}

#[test]
fn seed_article_people_places_and_organisations_are_typed_and_people_merged() {
    let text = include_str!("../seeds/ukraine-peace-talks.txt");
    let a = analyse(text);
    assert_valid_spans(text, &a);
    for (person, mentions) in [
        ("Rustem Umerov", 5),
        ("Steve Witkoff", 2),
        ("Kirill Dmitriev", 2),
        ("Vladimir Putin", 2),
        ("Andriy Hnatov", 1),
        ("Jared Kushner", 1),
        ("Josh Gruenbaum", 1),
    ] {
        let c = cluster(&a, person);
        assert_eq!(c.label, EntityLabel::Person, "{person}");
        assert_eq!(c.mentions.len(), mentions, "{person}: {c:?}");
    }
    for place in [
        "Ukraine",
        "Kyiv",
        "Florida",
        "Miami",
        "Moscow",
        "Russia",
        "Washington",
        "United States",
        "Europe",
    ] {
        assert!(
            has(text, &a, place, EntityLabel::Loc),
            "{place}: {:?}",
            mentions(text, &a)
        );
    }
    for org in ["National Security and Defence Council", "Facebook"] {
        assert!(
            has(text, &a, org, EntityLabel::Org),
            "{org}: {:?}",
            mentions(text, &a)
        );
    }
    assert!(has(text, &a, "Ukrainian", EntityLabel::Misc));
    // Titles stay out of the span and become the role.
    assert_eq!(
        cluster(&a, "Steve Witkoff").role.as_deref(),
        Some("US presidential special envoy")
    );
    assert_eq!(cluster(&a, "Rustem Umerov").aliases, ["Umerov"]);
    // "Ukraine’s" is a mention of Ukraine.
    let ukraine = cluster(&a, "Ukraine");
    assert!(ukraine.mentions.len() >= 8, "{ukraine:?}");
    // Values: "the past three days", "20-point".
    assert!(has(text, &a, "the past three days", EntityLabel::Date));
    assert!(has(text, &a, "20-point", EntityLabel::Quantity));
}

#[test]
fn headline_in_capitals_still_finds_countries() {
    let text = "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .";
    let a = analyse(text);
    assert!(
        has(text, &a, "JAPAN", EntityLabel::Loc),
        "{:?}",
        mentions(text, &a)
    );
    assert!(
        has(text, &a, "CHINA", EntityLabel::Loc),
        "{:?}",
        mentions(text, &a)
    );
    assert!(!mentions(text, &a)
        .iter()
        .any(|(m, _)| m == "SOCCER" || m == "WIN"));
}

#[test]
fn abbreviations_and_initials_stay_inside_names() {
    let text = "U.S. President Bill Clinton met Mr. Jonas E. Smith in Washington on Monday.";
    let a = analyse(text);
    assert!(
        has(text, &a, "U.S.", EntityLabel::Loc),
        "{:?}",
        mentions(text, &a)
    );
    assert!(has(text, &a, "Bill Clinton", EntityLabel::Person));
    assert!(has(text, &a, "Jonas E. Smith", EntityLabel::Person));
    assert!(has(text, &a, "Washington", EntityLabel::Loc));
    assert!(has(text, &a, "Monday", EntityLabel::Date));
    assert_eq!(
        cluster(&a, "Bill Clinton").role.as_deref(),
        Some("U.S. President")
    );
}

#[test]
fn surnames_join_their_full_names_with_the_title_as_role() {
    let text = "German Chancellor Angela Merkel spoke with Emmanuel Macron in Berlin. Merkel said Macron agreed.";
    let a = analyse(text);
    let merkel = cluster(&a, "Angela Merkel");
    assert_eq!(merkel.aliases, ["Merkel"]);
    assert_eq!(merkel.mentions.len(), 2);
    assert_eq!(merkel.role.as_deref(), Some("German Chancellor"));
    assert_eq!(cluster(&a, "Emmanuel Macron").mentions.len(), 2);
    assert!(has(text, &a, "German", EntityLabel::Misc));
}

#[test]
fn a_first_name_alone_joins_the_full_name() {
    let text = "Jared Kushner arrived in Miami on Sunday. Jared said the talks went well.";
    let a = analyse(text);
    let kushner = cluster(&a, "Jared Kushner");
    assert_eq!(kushner.aliases, ["Jared"]);
    assert_eq!(kushner.mentions.len(), 2);
}

#[test]
fn a_surname_shared_by_two_people_stays_on_its_own() {
    let text = "John Smith and Jane Smith arrived. Smith spoke first.";
    let a = analyse(text);
    assert_eq!(cluster(&a, "John Smith").mentions.len(), 1);
    assert_eq!(cluster(&a, "Jane Smith").mentions.len(), 1);
    assert_eq!(cluster(&a, "Smith").mentions.len(), 1);
}

#[test]
fn short_forms_and_a_dateline_in_capitals_join_their_full_names() {
    let text = "NAIROBI — The Kenya Energy Pricing Authority (Kepra) raised power tariffs by 9% \
                on Monday. Kepra said the rise would take effect in July, and the Consumer \
                Federation of Kenya said it would challenge the decision. The CFK said \
                households could not afford it. Traders in Nairobi said prices were already high.";
    let a = analyse(text);
    assert_eq!(a.clusters.len(), 3, "{:?}", a.clusters);
    // A bracketed short form, and its later use.
    let kepra = cluster(&a, "Kenya Energy Pricing Authority");
    assert_eq!(kepra.aliases, ["Kepra"]);
    assert_eq!(kepra.mentions.len(), 3);
    // The initials of one organisation's name.
    let cfk = cluster(&a, "Consumer Federation of Kenya");
    assert_eq!(cfk.aliases, ["CFK"]);
    // The dateline's place in capitals.
    let nairobi = cluster(&a, "Nairobi");
    assert_eq!(nairobi.aliases, ["NAIROBI"]);
    assert!(has(text, &a, "NAIROBI", EntityLabel::Loc));
    assert_eq!(
        a.quotes[0].speaker.as_ref().unwrap().name,
        "Kenya Energy Pricing Authority"
    );
}

#[test]
fn possessives_stay_outside_the_span() {
    let text = "Russia’s foreign ministry rejected Putin's critics and NATO's plan.";
    let a = analyse(text);
    assert!(
        has(text, &a, "Russia", EntityLabel::Loc),
        "{:?}",
        mentions(text, &a)
    );
    assert!(
        has(text, &a, "Putin", EntityLabel::Person),
        "{:?}",
        mentions(text, &a)
    );
    assert!(
        has(text, &a, "NATO", EntityLabel::Org),
        "{:?}",
        mentions(text, &a)
    );
}

#[test]
fn non_english_names_are_people() {
    let text = "Chinese President Xi Jinping met Volodymyr Zelensky in Ankara.";
    let a = analyse(text);
    assert!(
        has(text, &a, "Volodymyr Zelensky", EntityLabel::Person),
        "{:?}",
        mentions(text, &a)
    );
    assert!(
        has(text, &a, "Xi Jinping", EntityLabel::Person),
        "{:?}",
        mentions(text, &a)
    );
    assert!(
        has(text, &a, "Ankara", EntityLabel::Loc),
        "{:?}",
        mentions(text, &a)
    );
    let text = "Sergei Lavrov said Ursula von der Leyen was wrong, and Narendra Modi spoke with Olaf Scholz.";
    let a = analyse(text);
    for person in [
        "Sergei Lavrov",
        "Ursula von der Leyen",
        "Narendra Modi",
        "Olaf Scholz",
    ] {
        assert!(
            has(text, &a, person, EntityLabel::Person),
            "{person}: {:?}",
            mentions(text, &a)
        );
    }

    let text = read_fixture("hong-kong-extradition-bill-withdrawal.txt");
    let a = analyse(&text);
    assert_valid_spans(&text, &a);
    let lam = cluster(&a, "Carrie Lam");
    assert_eq!(lam.label, EntityLabel::Person);
    assert!(lam.aliases.iter().any(|x| x == "Lam"), "{lam:?}");
    assert!(
        has(&text, &a, "Joshua Wong", EntityLabel::Person),
        "{:?}",
        mentions(&text, &a)
    );
    assert!(has(&text, &a, "Amnesty International", EntityLabel::Org));
    assert!(has(&text, &a, "Hong Kong", EntityLabel::Loc));
}

#[test]
fn values_are_found_and_never_overlap_names() {
    let text = "Shares rose 10 per cent to $100.00 by 9 a.m. as Apple said it would spend £3 billion over the next two years.";
    let a = analyse(text);
    assert_valid_spans(text, &a);
    assert!(
        has(text, &a, "10 per cent", EntityLabel::Percent),
        "{:?}",
        mentions(text, &a)
    );
    assert!(has(text, &a, "$100.00", EntityLabel::Money));
    assert!(has(text, &a, "9 a.m.", EntityLabel::Time));
    assert!(has(text, &a, "£3 billion", EntityLabel::Money));
    assert!(has(text, &a, "the next two years", EntityLabel::Date));
}

#[test]
fn empty_and_huge_texts_are_fine() {
    assert!(analyse("").entities.is_empty());
    let text = "President Vladimir Putin met Umerov in Moscow for 3 days. ".repeat(5_000);
    let a = analyse(&text);
    assert_valid_spans(&text, &a);
    assert!(a.entities.len() >= 15_000);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_string_gives_valid_spans(text in any::<String>()) {
        let a = analyse(&text);
        assert_valid_spans(&text, &a);
    }

    #[test]
    fn name_like_strings_give_valid_spans(text in "([A-Z][a-zé’']{0,8}|[a-z]{1,6}|[0-9]{1,4}|[.,;’'\"“” \n$%-]){0,60}") {
        let a = analyse(&text);
        assert_valid_spans(&text, &a);
    }
}

#[test]
fn names_never_start_or_end_with_bare_punctuation() {
    let text = "<img src=x onerror=\"window.pwned=1\"> Officials said <b>nothing</b> happened in Paris today.";
    let a = analyse(text);
    for e in &a.entities {
        let s = e.span.slice(text);
        assert!(
            s.starts_with(char::is_alphanumeric) || s.starts_with(['$', '£', '€']),
            "{s:?}"
        );
    }
}

#[test]
fn a_clause_after_a_comma_is_not_a_role() {
    let text = "According to Rustem Umerov, the delegations also discussed timelines. \
                Andriy Hnatov, the chief of the general staff, attended.";
    let a = analyse(text);
    let role = |name: &str| {
        a.clusters
            .iter()
            .find(|c| c.name == name)
            .and_then(|c| c.role.clone())
    };
    assert_eq!(role("Rustem Umerov"), None);
    assert_eq!(
        role("Andriy Hnatov").as_deref(),
        Some("the chief of the general staff")
    );
}

#[test]
fn a_chair_is_a_title() {
    let text = "The Federal Reserve left its key interest rate unchanged, and Chair Jerome Powell signaled that cuts could come later.";
    let a = analyse(text);
    assert_eq!(cluster(&a, "Jerome Powell").role.as_deref(), Some("Chair"));
}

#[test]
fn a_particle_name_joins_its_full_name_with_or_without_the_particle() {
    let text = "Syrian President Bashar al-Assad met envoys in Damascus. Al-Assad later said the talks failed. Assad has ruled since 2000.";
    let a = analyse(text);
    let assad = cluster(&a, "Bashar al-Assad");
    assert_eq!(assad.mentions.len(), 3, "{assad:?}");
}

#[test]
fn rivers_mountains_and_storms_are_no_people() {
    // News style (a Welsh flood report, written for this test).
    let text = "Thousands lost power after Storm Bert hit Wales. \
                Natural Resources Wales issued a warning for the River Taff in Pontypridd.";
    let a = analyse(text);
    assert!(
        has(text, &a, "River Taff", EntityLabel::Loc),
        "{:?}",
        mentions(text, &a)
    );
    assert!(
        has(text, &a, "Storm Bert", EntityLabel::Misc),
        "{:?}",
        mentions(text, &a)
    );
}

#[test]
fn football_clubs_are_organisations_and_facebook_no_place() {
    // News style (a match report and a social-media line, written for this test).
    let text = "Arsenal moved three points clear after Bukayo Saka scored twice in a 3-1 win \
                over Chelsea at the Emirates Stadium on Saturday. Posting on Facebook, \
                the club thanked its fans.";
    let a = analyse(text);
    let m = mentions(text, &a);
    for club in ["Arsenal", "Chelsea"] {
        assert!(has(text, &a, club, EntityLabel::Org), "{club}: {m:?}");
    }
    assert!(has(text, &a, "Bukayo Saka", EntityLabel::Person), "{m:?}");
    assert!(has(text, &a, "Facebook", EntityLabel::Org), "{m:?}");
}

#[test]
fn an_honorific_names_a_person_and_a_club_keeps_its_short_name() {
    // News style (a court report and a match report, written for this test;
    // the tagger read "Mr Justice Hollins" after the first paragraph as an
    // organisation).
    let text = "\"Mr Pemberton will tell you that every payment to Dalesway was for genuine work,\" \
                Mr Marsh said. \"He will explain that the properties were bought with his own money, \
                inherited from his late father.\"\n\nMr Justice Hollins told the jury that they must \
                decide the case only on the evidence they heard in court. \"You must not research \
                this case online or discuss it with anyone outside the jury room,\" he said. \
                \"That includes your family.\"\n\n\
                Aston Villa beat Brighton on Sunday. The Villa manager praised his side.";
    let a = analyse(text);
    assert!(
        mentions(text, &a)
            .iter()
            .any(|(m, l)| m.ends_with("Hollins") && *l == EntityLabel::Person),
        "{:?}",
        mentions(text, &a)
    );
    assert!(
        !has(text, &a, "Villa", EntityLabel::Person),
        "{:?}",
        mentions(text, &a)
    );
}

#[test]
fn a_middle_initial_and_a_generational_suffix_stay_in_the_name() {
    // US news style, written for this test (the tagger split the name at
    // the initial's full stop: "Robert F" and "Kennedy Jr").
    let text = "Headline\n\nRobert F. Kennedy Jr. said the panel would be replaced. \
                The show will go on, said Harvey Mason Jr., the academy chief.";
    let a = analyse(text);
    for name in ["Robert F. Kennedy Jr.", "Harvey Mason Jr."] {
        assert!(
            has(text, &a, name, EntityLabel::Person),
            "{name}: {:?}",
            mentions(text, &a)
        );
    }
}

#[test]
fn irish_titles_and_a_title_inside_a_tagged_name_make_people() {
    let text = "Taoiseach Micheál Martin said the Government would publish the plan next week. \
                Tánaiste Simon Harris told reporters in Dublin that the budget was on track. \
                Fianna Fáil TD Seán Ó Fearghaíl said it was a fair deal.";
    let a = analyse(text);
    assert_valid_spans(text, &a);
    for person in ["Micheál Martin", "Simon Harris", "Seán Ó Fearghaíl"] {
        assert!(
            has(text, &a, person, EntityLabel::Person),
            "{person}: {:?}",
            mentions(text, &a)
        );
    }
    assert!(
        has(text, &a, "Fianna Fáil", EntityLabel::Org),
        "{:?}",
        mentions(text, &a)
    );
}

#[test]
fn parliamentary_styles_and_letters_are_no_part_of_a_name() {
    for text in [
        "The Rt Hon Angela Rayner MP said the housing plan would be delivered.",
        "The Rt. Hon. Angela Rayner MP said the housing plan would be delivered.",
    ] {
        let a = analyse(text);
        assert_valid_spans(text, &a);
        assert_eq!(
            mentions(text, &a),
            [("Angela Rayner".to_owned(), EntityLabel::Person)],
            "{text}"
        );
        assert_eq!(a.sentences.len(), 1, "{text}");
    }
}

#[test]
fn a_titled_possessive_opens_a_place_not_a_person() {
    let text = "Police in King's Lynn said two men had been arrested after the attack.";
    let a = analyse(text);
    assert!(
        has(text, &a, "King's Lynn", EntityLabel::Loc),
        "{:?}",
        mentions(text, &a)
    );
    assert!(
        a.quotes.iter().all(|q| q
            .speaker
            .as_ref()
            .is_none_or(|s| s.mention.slice(text) != "Lynn")),
        "{:?}",
        a.quotes
    );
}

#[test]
fn acronyms_of_things_are_no_names() {
    let text = "Demand for our AI platform is well ahead of supply, she said. Asked about the IPO, Kamau-Otieno was cautious.";
    let a = analyse(text);
    let found = mentions(text, &a);
    assert!(
        found.iter().all(|(m, _)| m != "AI" && m != "IPO"),
        "{found:?}"
    );
}

#[test]
fn holidays_portfolios_and_beats_are_no_names() {
    // Politics, byline and sport reports, reworded.
    let text = "The minister said the bill would pass before Christmas. Markets are closed on Saturdays. \
                Union Finance Minister Nirmala Sitharaman spoke first. By Priya Menon, Health Reporter.";
    let a = analyse(text);
    let got = mentions(text, &a);
    for word in ["Christmas", "Saturdays", "Union Finance", "Health Reporter"] {
        assert!(got.iter().all(|(m, _)| m != word), "{word}: {got:?}");
    }
    assert!(
        has(text, &a, "Nirmala Sitharaman", EntityLabel::Person),
        "{got:?}"
    );
}

#[test]
fn a_title_after_a_party_and_a_patronymic_particle_make_one_person() {
    // Indian politics and Gulf diplomacy reports, reworded.
    let text = "Trinamool Congress MP Mahua Moitra said the numbers did not add up. \
                The envoy met Sheikh Mohammed bin Abdulrahman Al Thani in Cairo.";
    let a = analyse(text);
    let got = mentions(text, &a);
    assert!(
        has(text, &a, "Mahua Moitra", EntityLabel::Person),
        "{got:?}"
    );
    assert!(
        has(
            text,
            &a,
            "Mohammed bin Abdulrahman Al Thani",
            EntityLabel::Person
        ),
        "{got:?}"
    );
}

#[test]
fn an_acronym_inside_a_name_spells_its_short_form() {
    // Health report, reworded.
    let text =
        "The figures come from the UK Health Security Agency. The UKHSA said it would review them.";
    let a = analyse(text);
    let c = cluster(&a, "UK Health Security Agency");
    assert_eq!(c.mentions.len(), 2, "{c:?}");
}

#[test]
fn a_title_in_quotation_marks_is_one_other_name() {
    // Film festival report, reworded.
    let text = "Other films include Kathryn Bigelow's \"A House of Dynamite\" and the documentary \"Jay Kelly\".";
    let a = analyse(text);
    let got = mentions(text, &a);
    assert!(
        has(text, &a, "A House of Dynamite", EntityLabel::Misc),
        "{got:?}"
    );
    assert!(has(text, &a, "Jay Kelly", EntityLabel::Misc), "{got:?}");
    assert!(
        has(text, &a, "Kathryn Bigelow", EntityLabel::Person),
        "{got:?}"
    );
}

#[test]
fn a_work_title_after_its_kind_and_a_developer_are_no_people() {
    // Memoir interview and planning row, reworded.
    let text = "Ana Ruiz, best known for the drama Silver Harbour, spoke in Hull. Dunmore Homes rejected the claim.";
    let a = analyse(text);
    assert!(
        has(text, &a, "Silver Harbour", EntityLabel::Misc),
        "{:?}",
        mentions(text, &a)
    );
    assert!(
        has(text, &a, "Dunmore Homes", EntityLabel::Org),
        "{:?}",
        mentions(text, &a)
    );
}
