//! Merge mentions into entities with a canonical name.
//!
//! A mention joins the cluster of a longer name of the same type when its
//! words are the first or last words of that name ("Umerov" → "Rustem
//! Umerov"); the longest name is canonical. When a short name fits two
//! different longer names (two Smiths), it is ambiguous and stays on its own.
//!
//! Names and the aliases a person's name allows are looked up in hash maps,
//! so a book-length text with thousands of entities clusters in linear time.

use std::collections::HashMap;

use crate::analysis::{Cluster, Entity, EntityLabel, Span};

/// Fill `entities[..].cluster` and return the clusters, ordered by first mention.
/// `roles` gives a title or role found for a mention (see [`super::roles`]).
pub fn cluster(text: &str, entities: &mut [Entity], roles: &[(Span, String)]) -> Vec<Cluster> {
    let mut clusters: Vec<Cluster> = Vec::new();
    // Cluster by (type, exact name).
    let mut by_name: HashMap<(EntityLabel, &str), usize> = HashMap::new();
    // Person clusters by each alias their name allows: its first or last
    // words, fewer than all (see `aliases`).
    let mut by_alias: HashMap<String, Vec<usize>> = HashMap::new();
    // Organisation clusters by the last word of their name.
    let mut by_org_word: HashMap<String, Vec<usize>> = HashMap::new();
    // Longest names first, so short aliases find their full name.
    let mut order: Vec<usize> = (0..entities.len())
        .filter(|&i| entities[i].label.is_name())
        .collect();
    order.sort_by_key(|&i| {
        std::cmp::Reverse(entities[i].span.slice(text).split_whitespace().count())
    });
    for i in order {
        let name = entities[i].span.slice(text);
        let label = entities[i].label;
        let words: Vec<_> = name
            .split_whitespace()
            .map(super::particles::fold)
            .collect();
        let same = by_name.get(&(label, name)).copied();
        let target = same
            .or_else(|| match by_alias.get(&words.join(" "))?.as_slice() {
                [only] => Some(*only),
                _ => None,
            })
            .or_else(|| {
                // "Aston Villa … Villa": one word tagged as a person, when no
                // person's name has it, is the short name of an organisation.
                let [word] = words.as_slice() else {
                    return None;
                };
                (label == EntityLabel::Person && !by_alias.contains_key(word.as_ref()))
                    .then(|| match by_org_word.get(word.as_ref())?.as_slice() {
                        [only] => Some(*only),
                        _ => None,
                    })
                    .flatten()
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
                // name with initials tagged as an organisation: "K.J. Matthew".)
                let initials = words[0].len() <= 5 && words[0].ends_with('.');
                if label == EntityLabel::Org && (2..=4).contains(&words.len()) && !initials {
                    let fits = by_org_word
                        .entry(words[words.len() - 1].to_string())
                        .or_default();
                    if !fits.contains(&k) {
                        fits.push(k);
                    }
                }
                if label == EntityLabel::Person && !name.contains(" of ") {
                    for alias in aliases(&words) {
                        let fits = by_alias.entry(alias).or_default();
                        if !fits.contains(&k) {
                            fits.push(k);
                        }
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
}
