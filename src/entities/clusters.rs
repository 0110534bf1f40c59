//! Merge mentions into entities with a canonical name.
//!
//! A mention joins the cluster of a longer name of the same type when its
//! words are the first or last words of that name ("Umerov" → "Rustem
//! Umerov"); the longest name is canonical. When a short name fits two
//! different longer names (two Smiths), it is ambiguous and stays on its own.
//!
//! Short forms join the name they stand for, when the text leaves no doubt:
//! a bracketed short form right after a name ("National Roads Authority
//! (NRA)", "(Nersa)") and every later use of it; an all-caps acronym made of
//! the initials of exactly one organisation's name ("MPC" for "Monetary
//! Policy Committee", skipping "of", "the", "and", "for"); one word of an
//! organisation's name that fits no other ("the Commission", "the Bank" of
//! "Bank of England", "Northwind" of "Northwind Systems"); and a place
//! written in capitals ("OTTAWA —", a dateline) with the same place written
//! normally. Each of these links needs both mentions to have the same type,
//! so none changes a mention's type.
//!
//! Names and the aliases a person's name allows are looked up in hash maps,
//! so a book-length text with thousands of entities clusters in linear time.

use std::collections::HashMap;

use crate::analysis::{Cluster, Entity, EntityLabel, Span};
use crate::text::is_all_caps;

/// Fill `entities[..].cluster` and return the clusters, ordered by first mention.
/// `roles` gives a title or role found for a mention (see [`super::roles`]).
pub fn cluster(text: &str, entities: &mut [Entity], roles: &[(Span, String)]) -> Vec<Cluster> {
    let mut clusters: Vec<Cluster> = Vec::new();
    // Cluster by (type, exact name).
    let mut by_name: HashMap<(EntityLabel, &str), usize> = HashMap::new();
    // Person clusters by each alias their name allows: its first or last
    // words, fewer than all (see `aliases`).
    let mut by_alias: HashMap<String, Vec<usize>> = HashMap::new();
    // Organisation clusters by the last word of their name, and by the
    // first of an "X of Y" name ("Bank" of "Bank of England").
    let mut by_org_word: HashMap<String, Vec<usize>> = HashMap::new();
    // Organisation clusters by the initials of their name ("MPC").
    let mut by_initials: HashMap<String, Vec<usize>> = HashMap::new();
    // Place clusters by their name in lower case.
    let mut by_place: HashMap<String, usize> = HashMap::new();
    let short_forms = bracketed_short_forms(text, entities);
    // Longest names first, so short aliases find their full name; among
    // names as long, capitals last, so "Ottawa" names the place of "OTTAWA".
    let mut order: Vec<usize> = (0..entities.len())
        .filter(|&i| entities[i].label.is_name())
        .collect();
    order.sort_by_key(|&i| {
        let name = entities[i].span.slice(text);
        (
            std::cmp::Reverse(name.split_whitespace().count()),
            is_all_caps(name),
        )
    });
    for i in order {
        let name = entities[i].span.slice(text);
        let label = entities[i].label;
        let words: Vec<_> = name
            .split_whitespace()
            .map(super::particles::fold)
            .collect();
        // An organisation is compared without a leading "The" ("The MPA").
        let bare = match label {
            EntityLabel::Org => without_the(name),
            _ => name,
        };
        let bare_words: Vec<_> = bare.split_whitespace().collect();
        let same = by_name.get(&(label, name)).copied();
        let target = short_forms
            .get(&(label, name))
            .and_then(|&full| entities[full].cluster)
            .or(same)
            .or_else(|| only(by_alias.get(&words.join(" "))))
            .or_else(|| {
                // "Aston Villa … Villa": one word tagged as a person, when no
                // person's name has it, or as an organisation ("the
                // Commission"), is the short name of an organisation.
                let [word] = bare_words.as_slice() else {
                    return None;
                };
                let word = super::particles::fold(word);
                let short_name = match label {
                    EntityLabel::Person => !by_alias.contains_key(word.as_ref()),
                    EntityLabel::Org => true,
                    _ => false,
                };
                short_name
                    .then(|| only(by_org_word.get(word.as_ref())))
                    .flatten()
            })
            .or_else(|| match label {
                EntityLabel::Org if is_all_caps(bare) => only(by_initials.get(bare)),
                EntityLabel::Loc if is_all_caps(name) => {
                    by_place.get(&name.to_lowercase()).copied()
                }
                _ => None,
            });
        match target {
            Some(k) => {
                let c = &mut clusters[k];
                c.mentions.push(i);
                if c.name != name && !c.aliases.iter().any(|a| a == name) {
                    c.aliases.push(name.to_owned());
                }
                entities[i].label = c.label;
                entities[i].cluster = Some(k);
            }
            None => {
                let k = clusters.len();
                by_name.insert((label, name), k);
                // (Not a headline's run of capitalised words, nor a person's
                // name with initials tagged as an organisation: "K.J. Matthew",
                // nor two names run together: "Woolworths and Coles".)
                let initials = words[0].len() <= 5 && words[0].ends_with('.');
                let joined = words.iter().any(|w| w == "and" || w == "&");
                if label == EntityLabel::Org
                    && (2..=4).contains(&words.len())
                    && !initials
                    && !joined
                {
                    add(&mut by_org_word, words[words.len() - 1].to_string(), k);
                    // "Northwind Systems … Northwind", "Newcastle United …
                    // Newcastle": the name before a generic last word.
                    let generic_last = super::ends_in_organisation_word(
                        &bare_words[bare_words.len() - 1].to_lowercase(),
                    ) || bare_words[bare_words.len() - 1] == "United";
                    if bare_words.len() == 2 && generic_last {
                        add(
                            &mut by_org_word,
                            super::particles::fold(bare_words[0]).to_string(),
                            k,
                        );
                    }
                    if let [head, "of", ..] = bare_words.as_slice() {
                        add(
                            &mut by_org_word,
                            super::particles::fold(head).to_string(),
                            k,
                        );
                    }
                }
                if label == EntityLabel::Org {
                    if let Some(letters) = name_initials(name) {
                        add(&mut by_initials, letters, k);
                    }
                    // "UK Health Security Agency … UKHSA": an acronym in
                    // the name gives all its letters.
                    if let Some(letters) = spelled_initials(name) {
                        add(&mut by_initials, letters, k);
                    }
                }
                if label == EntityLabel::Loc && !is_all_caps(name) {
                    by_place.entry(name.to_lowercase()).or_insert(k);
                }
                if label == EntityLabel::Person && !name.contains(" of ") {
                    for alias in aliases(&words) {
                        add(&mut by_alias, alias, k);
                    }
                }
                clusters.push(Cluster {
                    name: name.to_owned(),
                    label,
                    mentions: vec![i],
                    aliases: Vec::new(),
                    role: None,
                });
                entities[i].cluster = Some(clusters.len() - 1);
            }
        }
    }
    let mut role_at: HashMap<Span, &String> = HashMap::new();
    for (span, role) in roles {
        role_at.entry(*span).or_insert(role);
    }
    for c in &mut clusters {
        c.mentions.sort_unstable();
        c.role = c
            .mentions
            .iter()
            .find_map(|&m| role_at.get(&entities[m].span).map(|r| (*r).clone()));
    }
    // Renumber by first mention, so cluster ids read in text order.
    let mut by_first: Vec<usize> = (0..clusters.len()).collect();
    by_first.sort_by_key(|&k| clusters[k].mentions.first().copied().unwrap_or(usize::MAX));
    let mut new_id = vec![0; clusters.len()];
    for (new, &old) in by_first.iter().enumerate() {
        new_id[old] = new;
    }
    for e in entities.iter_mut() {
        if let Some(k) = e.cluster {
            e.cluster = Some(new_id[k]);
        }
    }
    let mut slots: Vec<Option<Cluster>> = clusters.into_iter().map(Some).collect();
    by_first.iter().filter_map(|&k| slots[k].take()).collect()
}

/// Add cluster `k` to those that `key` fits.
fn add(fits: &mut HashMap<String, Vec<usize>>, key: String, k: usize) {
    let fits = fits.entry(key).or_default();
    if !fits.contains(&k) {
        fits.push(k);
    }
}

/// The one cluster that fits, if exactly one does.
fn only(fits: Option<&Vec<usize>>) -> Option<usize> {
    match fits?.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// A name without a leading "The" ("The Maritime Ports Authority").
fn without_the(name: &str) -> &str {
    match name.split_once(char::is_whitespace) {
        Some((first, rest)) if first.eq_ignore_ascii_case("the") && !rest.trim().is_empty() => {
            rest.trim_start()
        }
        _ => name,
    }
}

/// The initials of the capitalised words of a name of two or more such
/// words, without "of", "the", "and", "for" ("Bank of England" → "BE").
pub(crate) fn name_initials(name: &str) -> Option<String> {
    let letters = initials(name, false);
    (letters.chars().count() >= 2).then_some(letters)
}

/// [`name_initials`] with every letter of an acronym word ("UK Health
/// Security Agency" → "UKHSA"); `None` when the name has no acronym.
fn spelled_initials(name: &str) -> Option<String> {
    let words = name.split_whitespace().count();
    (words >= 2 && name.split_whitespace().any(is_acronym)).then(|| initials(name, true))
}

fn is_acronym(word: &str) -> bool {
    word.len() >= 2 && word.chars().all(|c| c.is_ascii_uppercase())
}

/// The first capital of each word but "of", "the", "and", "for"; all of an
/// acronym's letters if `spell`.
fn initials(name: &str, spell: bool) -> String {
    name.split_whitespace()
        .filter(|w| {
            !["of", "the", "and", "for"]
                .iter()
                .any(|s| w.eq_ignore_ascii_case(s))
        })
        .flat_map(|w| {
            let first = w.chars().next().filter(|c| c.is_uppercase());
            let all = spell && is_acronym(w);
            w.chars()
                .take(if all { w.len() } else { 0 })
                .chain(first.filter(|_| !all))
        })
        .collect()
}

/// Short forms given in brackets right after a name of the same type
/// ("National Energy Regulator (Nersa)"), by type and text, with the
/// entity of the full name. A short form is one word whose letters come in
/// order from the name's, the first from its first word.
fn bracketed_short_forms<'t>(
    text: &'t str,
    entities: &[Entity],
) -> HashMap<(EntityLabel, &'t str), usize> {
    let mut out = HashMap::new();
    for (i, pair) in entities.windows(2).enumerate() {
        let (full, short) = (&pair[0], &pair[1]);
        let between = text.get(full.span.end..short.span.start).unwrap_or("");
        let closed = text
            .get(short.span.end..)
            .is_some_and(|rest| rest.starts_with(')'));
        let (name, form) = (without_the(full.span.slice(text)), short.span.slice(text));
        if full.label == short.label
            && full.label.is_name()
            && between.trim() == "("
            && closed
            && is_short_form(form, name)
        {
            out.entry((short.label, form)).or_insert(i);
        }
    }
    out
}

/// Can `form` abbreviate `name`: one word, shorter than the name, of two or
/// more letters that come in order from the name's, the first being the
/// name's first ("Nersa" for "National Energy Regulator of South Africa")?
fn is_short_form(form: &str, name: &str) -> bool {
    let form: Vec<char> = form.chars().flat_map(char::to_lowercase).collect();
    let name: Vec<char> = name.chars().flat_map(char::to_lowercase).collect();
    let mut rest = name.iter().filter(|c| c.is_alphanumeric());
    form.len() >= 2
        && form.len() < name.len()
        && form.iter().all(|c| c.is_alphanumeric())
        && name.contains(&' ')
        && name.first() == form.first()
        && form.iter().all(|c| rest.any(|n| n == c))
}

/// The aliases a name allows: its first or last words, fewer than all
/// ("Rustem Umerov" → "Rustem", "Umerov"), each joined with single spaces,
/// and a last particle name without its particle ("Bashar al-Assad" →
/// "Assad").
fn aliases<S: AsRef<str>>(words: &[S]) -> Vec<String> {
    let words: Vec<&str> = words.iter().map(AsRef::as_ref).collect();
    let mut out = Vec::new();
    for k in 1..words.len() {
        out.push(words[..k].join(" "));
        out.push(words[words.len() - k..].join(" "));
    }
    if let Some(name) = words
        .last()
        .filter(|_| words.len() > 1)
        .and_then(|w| super::particles::without_particle(w))
    {
        out.push(name.to_owned());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(text: &str, s: &str, label: EntityLabel) -> Entity {
        let start = text.find(s).unwrap();
        Entity {
            span: Span::new(start, start + s.len()),
            label,
            cluster: None,
        }
    }

    #[test]
    fn surname_joins_the_full_name_and_ambiguous_surnames_stay_apart() {
        let text = "Rustem Umerov met Umerov. John Smith and Jane Smith met Smith.";
        let mut es = vec![
            mention(text, "Rustem Umerov", EntityLabel::Person),
            mention(text, "Umerov.", EntityLabel::Person),
            mention(text, "John Smith", EntityLabel::Person),
            mention(text, "Jane Smith", EntityLabel::Person),
            mention(text, "Smith.", EntityLabel::Person),
        ];
        es[1].span.end -= 1;
        es[4].span.end -= 1;
        let cs = cluster(text, &mut es, &[]);
        assert_eq!(cs[0].name, "Rustem Umerov");
        assert_eq!(cs[0].aliases, ["Umerov"]);
        assert_eq!(es[1].cluster, Some(0));
        assert_eq!(cs.len(), 4, "{cs:?}");
    }

    #[test]
    fn a_short_name_tagged_as_a_person_joins_the_organisation_it_ends() {
        let text = "Aston Villa beat Brighton. Villa won. K.J. Matthew spoke to Matthew.";
        let mut es = vec![
            mention(text, "Aston Villa", EntityLabel::Org),
            mention(text, "Brighton", EntityLabel::Org),
            mention(text, "Villa won", EntityLabel::Person),
            mention(text, "K.J. Matthew", EntityLabel::Org),
            mention(text, "Matthew.", EntityLabel::Person),
        ];
        es[2].span.end -= " won".len();
        es[4].span.end -= 1;
        let cs = cluster(text, &mut es, &[]);
        assert_eq!(es[2].cluster, es[0].cluster);
        assert_eq!(es[2].label, EntityLabel::Org);
        // Initials make a person's name, whatever its tag.
        assert_ne!(es[4].cluster, es[3].cluster);
        assert_eq!(es[4].label, EntityLabel::Person, "{cs:?}");
    }

    /// The cluster names of the mentions, in order.
    fn names(es: &[Entity], cs: &[Cluster]) -> Vec<String> {
        es.iter()
            .map(|e| e.cluster.map_or(String::new(), |k| cs[k].name.clone()))
            .collect()
    }

    #[test]
    fn a_bracketed_short_form_and_its_later_uses_join_the_name_before_it() {
        let text = "The Federal Aviation Office (FAO) grounded the jets. The FAO said \
                    so. The Tanzania Broadcasting Regulator (Tabore) agreed, Tabore said.";
        let mut es = vec![
            mention(text, "Federal Aviation Office", EntityLabel::Org),
            mention(text, "FAO)", EntityLabel::Org),
            mention(text, "FAO said", EntityLabel::Org),
            // The tagger may take the article in.
            mention(
                text,
                "The Tanzania Broadcasting Regulator",
                EntityLabel::Org,
            ),
            mention(text, "Tabore)", EntityLabel::Org),
            mention(text, "Tabore said", EntityLabel::Org),
        ];
        es[1].span.end -= 1;
        es[2].span.end -= " said".len();
        es[4].span.end -= 1;
        es[5].span.end -= " said".len();
        let cs = cluster(text, &mut es, &[]);
        assert_eq!(cs.len(), 2, "{cs:?}");
        assert_eq!(cs[0].name, "Federal Aviation Office");
        assert_eq!(cs[0].aliases, ["FAO"]);
        assert_eq!(cs[0].mentions, [0, 1, 2]);
        assert_eq!(cs[1].name, "The Tanzania Broadcasting Regulator");
        assert_eq!(cs[1].mentions, [3, 4, 5]);
    }

    #[test]
    fn brackets_that_hold_no_short_form_of_the_name_join_nothing() {
        // A party after a person, a country after a city, a word whose
        // letters are not the name's.
        let text = "Ann Lee (Greens) spoke. Lyon (France) voted. Port Authority (Navy) said.";
        let mut es = vec![
            mention(text, "Ann Lee", EntityLabel::Person),
            mention(text, "Greens", EntityLabel::Org),
            mention(text, "Lyon", EntityLabel::Loc),
            mention(text, "France", EntityLabel::Loc),
            mention(text, "Port Authority", EntityLabel::Org),
            mention(text, "Navy", EntityLabel::Org),
        ];
        let cs = cluster(text, &mut es, &[]);
        assert_eq!(cs.len(), 6, "{cs:?}");
    }

    #[test]
    fn an_acronym_joins_the_one_organisation_whose_initials_it_spells() {
        let text = "The Council of the Baltic Sea States met. The CBSS said no. \
                    The Office for Fair Trading and the Fiscal Trust Office agreed; \
                    the OFT and the FTO said so. The Port Police and the Park Patrol \
                    met the PP.";
        let labels = [
            "Council of the Baltic Sea States",
            "CBSS",
            "Office for Fair Trading",
            "Fiscal Trust Office",
            "OFT",
            "FTO",
            "Port Police",
            "Park Patrol",
            "PP.",
        ];
        let mut es: Vec<Entity> = labels
            .iter()
            .map(|s| mention(text, s, EntityLabel::Org))
            .collect();
        es[8].span.end -= 1;
        let cs = cluster(text, &mut es, &[]);
        let names = names(&es, &cs);
        assert_eq!(
            names[1], "Council of the Baltic Sea States",
            "skips \"of the\""
        );
        assert_eq!(names[4], "Office for Fair Trading", "skips \"for\"");
        assert_eq!(names[5], "Fiscal Trust Office");
        // Two organisations spell "PP": the acronym stays on its own.
        assert_eq!(names[8], "PP");
    }

    #[test]
    fn one_word_of_one_organisation_name_joins_it() {
        let text = "The European Parliament and the Bank of Norway met. The Parliament \
                    agreed with the Bank. The Court of Appeal and the Court of Session \
                    differ; the Court said no. Tesco and Lidl cut prices; Lidl said so.";
        let mut es = vec![
            mention(text, "European Parliament", EntityLabel::Org),
            mention(text, "Bank of Norway", EntityLabel::Org),
            mention(text, "Parliament agreed", EntityLabel::Org),
            mention(text, "the Bank.", EntityLabel::Org),
            mention(text, "Court of Appeal", EntityLabel::Org),
            mention(text, "Court of Session", EntityLabel::Org),
            mention(text, "Court said", EntityLabel::Org),
            mention(text, "Tesco and Lidl", EntityLabel::Org),
            mention(text, "Lidl said", EntityLabel::Org),
        ];
        es[2].span.end -= " agreed".len();
        es[3].span.end -= 1;
        es[6].span.end -= " said".len();
        es[8].span.end -= " said".len();
        let cs = cluster(text, &mut es, &[]);
        let names = names(&es, &cs);
        // Two names run together are no one organisation.
        assert_eq!(names[8], "Lidl");
        assert_eq!(names[2], "European Parliament");
        assert_eq!(names[3], "Bank of Norway");
        assert_eq!(names[6], "Court", "two courts: ambiguous");
    }

    #[test]
    fn the_name_before_a_generic_last_word_joins_the_organisation() {
        let text = "Shares of Northwind Systems fell. Northwind also announced a buyback. \
                    Newcastle United are in talks; Newcastle face Villa.";
        let mut es = vec![
            mention(text, "Northwind Systems", EntityLabel::Org),
            mention(text, "Northwind also", EntityLabel::Org),
            mention(text, "Newcastle United", EntityLabel::Org),
            mention(text, "Newcastle face", EntityLabel::Org),
        ];
        es[1].span.end -= " also".len();
        es[3].span.end -= " face".len();
        let cs = cluster(text, &mut es, &[]);
        let names = names(&es, &cs);
        assert_eq!(names[1], "Northwind Systems");
        assert_eq!(names[3], "Newcastle United");
    }

    #[test]
    fn a_place_in_capitals_joins_the_place_written_normally() {
        let text = "HALIFAX — Ferries stopped. Crews in Halifax waited. LYON — Lyon SA said.";
        let mut es = vec![
            mention(text, "HALIFAX", EntityLabel::Loc),
            mention(text, "Halifax", EntityLabel::Loc),
            mention(text, "LYON", EntityLabel::Loc),
            mention(text, "Lyon SA", EntityLabel::Org),
        ];
        let cs = cluster(text, &mut es, &[]);
        assert_eq!(es[0].cluster, es[1].cluster);
        assert_eq!(cs[es[0].cluster.unwrap()].name, "Halifax");
        assert_eq!(cs[es[0].cluster.unwrap()].aliases, ["HALIFAX"]);
        // A company is no place, and keeps its type.
        assert_ne!(es[2].cluster, es[3].cluster);
        assert_eq!(es[3].label, EntityLabel::Org);
    }
}
