//! Roles of people on news sentences: the role a cluster carries and the
//! role a quote row shows, from pre-modifiers, appositions after the name
//! and roles set off by commas before it. An honorific is no role.

mod common;

use lede::{analyse, Analysis};

/// The role of the cluster whose canonical name is `name`.
fn cluster_role(a: &Analysis, name: &str) -> Option<String> {
    common::cluster(a, name).role.clone()
}

/// The roles of the quote rows whose speaker is `name`.
fn quote_roles(a: &Analysis, name: &str) -> Vec<Option<String>> {
    a.quotes
        .iter()
        .filter(|q| q.speaker.as_ref().is_some_and(|s| s.name == name))
        .map(|q| q.role.clone())
        .collect()
}

#[test]
fn an_honorific_is_no_role_and_a_role_before_the_name_is() {
    let text = "The headteacher, Laura Finch, said the school would reopen on Monday. \
                Ms Finch added that pupils were safe.";
    let a = analyse(text);
    assert_eq!(
        cluster_role(&a, "Laura Finch").as_deref(),
        Some("headteacher")
    );
    assert_eq!(
        quote_roles(&a, "Laura Finch"),
        [
            Some("headteacher".to_owned()),
            Some("headteacher".to_owned())
        ]
    );
    let text = "Sir Peter Vance said the museum would stay open.";
    assert_eq!(cluster_role(&analyse(text), "Peter Vance"), None);
}

#[test]
fn an_apposition_wins_over_an_honorific() {
    let text = "Dr Omar Haddad, a surgeon at the clinic, said the beds were taken. \
                Mrs Joan Pike, a baker, said the road had closed.";
    let a = analyse(text);
    assert_eq!(
        cluster_role(&a, "Omar Haddad").as_deref(),
        Some("a surgeon at the clinic")
    );
    assert_eq!(cluster_role(&a, "Joan Pike").as_deref(), Some("a baker"));
}

#[test]
fn an_apposition_without_an_article_is_a_role() {
    let text = "Priya Nair, its finance director, said costs had doubled. \
                Tom Ellery, senior analyst at Harbour Capital, said prices would rise. \
                \"We will fight this,\" said Ana Ruiz, head of communications at the trust.";
    let a = analyse(text);
    assert_eq!(
        cluster_role(&a, "Priya Nair").as_deref(),
        Some("its finance director")
    );
    assert_eq!(
        cluster_role(&a, "Tom Ellery").as_deref(),
        Some("senior analyst at Harbour Capital")
    );
    assert_eq!(
        cluster_role(&a, "Ana Ruiz").as_deref(),
        Some("head of communications at the trust")
    );
}

#[test]
fn a_hyphenated_title_before_the_name_is_a_role() {
    let text = "NATO Secretary-General Lars Brekke said the alliance was ready.";
    let a = analyse(text);
    assert_eq!(
        cluster_role(&a, "Lars Brekke").as_deref(),
        Some("NATO Secretary-General")
    );
}

#[test]
fn a_possessive_role_before_the_name_is_a_role() {
    let text = "France's energy minister, Claire Dubois, said supplies were secure. \
                The council's chief planner, Mark Owusu, said the homes would be built.";
    let a = analyse(text);
    assert_eq!(
        cluster_role(&a, "Claire Dubois").as_deref(),
        Some("France's energy minister")
    );
    assert_eq!(
        cluster_role(&a, "Mark Owusu").as_deref(),
        Some("council's chief planner")
    );
}

#[test]
fn a_role_before_the_name_passes_its_title() {
    let text = "The president of the Kano Farmers Union, Mr Musa Bello, said prices had risen.";
    let a = analyse(text);
    assert_eq!(
        cluster_role(&a, "Musa Bello").as_deref(),
        Some("president of the Kano Farmers Union")
    );
}

#[test]
fn an_age_comes_between_the_name_and_its_role() {
    let text =
        "Harold Greene, 81, a former miner from Barnsley, said the pits had shaped the town.";
    let a = analyse(text);
    assert_eq!(
        cluster_role(&a, "Harold Greene").as_deref(),
        Some("a former miner from Barnsley")
    );
}

#[test]
fn a_title_with_an_of_phrase_or_abbreviations_is_a_role() {
    let text = "Minister of Education Thandi Mokoena said the clinics would open. \
                Democratic Lt. Gov. Sara Quinn said she would run.";
    let a = analyse(text);
    assert_eq!(
        cluster_role(&a, "Thandi Mokoena").as_deref(),
        Some("Minister of Education")
    );
    assert_eq!(
        cluster_role(&a, "Sara Quinn").as_deref(),
        Some("Democratic Lt. Gov.")
    );
}

#[test]
fn a_preposition_before_a_role_is_no_part_of_it() {
    let text = "She finished third alongside then-partner Dean Marsh, a plumber from Kent.";
    let a = analyse(text);
    assert_eq!(
        cluster_role(&a, "Dean Marsh").as_deref(),
        Some("then-partner")
    );
}

#[test]
fn a_long_apposition_of_two_roles_keeps_the_first() {
    let text = "Dr Nadia Fox, a lecturer in marine biology and a fellow of the Royal Society \
                of Edinburgh for Ocean Science, said the reef was dying.";
    let a = analyse(text);
    assert_eq!(
        cluster_role(&a, "Nadia Fox").as_deref(),
        Some("a lecturer in marine biology")
    );
}

#[test]
fn a_role_owned_by_a_name_and_a_title_with_an_apposition() {
    // Transfer, weather, politics and science reports, reworded.
    let a = analyse("Okafor's agent, Karim Benali, has held talks with the club.");
    assert_eq!(
        cluster_role(&a, "Karim Benali").as_deref(),
        Some("Okafor's agent")
    );
    let a = analyse(
        "The Met Office's chief meteorologist, Paul Gundersen, says the gusts are moving east.",
    );
    assert_eq!(
        cluster_role(&a, "Paul Gundersen").as_deref(),
        Some("Met Office's chief meteorologist")
    );
    let a = analyse("Opposition Leader Angus Ford's housing spokesman, Michael Sorensen, said the plan had failed.");
    assert_eq!(
        cluster_role(&a, "Michael Sorensen").as_deref(),
        Some("Opposition Leader Angus Ford's housing spokesman")
    );
    let a = analyse("Professor Naveed Hussain, a consultant in diabetes at a London hospital, said the work was sound.");
    assert_eq!(
        cluster_role(&a, "Naveed Hussain").as_deref(),
        Some("Professor, a consultant in diabetes at a London hospital")
    );
}
