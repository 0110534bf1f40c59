//! Merge mentions into entities with a canonical name.
//!
//! A mention joins the cluster of a longer name of the same type when its
//! words are the first or last words of that name ("Umerov" → "Rustem
//! Umerov"); the longest name is canonical. When a short name fits two
//! different longer names (two Smiths), it is ambiguous and stays on its own.

use crate::analysis::{Cluster, Entity, EntityLabel, Span};

/// Fill `entities[..].cluster` and return the clusters, ordered by first mention.
/// `roles` gives a title or role found for a mention (see [`super::roles`]).
pub fn cluster(text: &str, entities: &mut [Entity], roles: &[(Span, String)]) -> Vec<Cluster> {
    let mut clusters: Vec<Cluster> = Vec::new();
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
        let words: Vec<&str> = name.split_whitespace().collect();
        let same = clusters
            .iter()
            .position(|c| c.label == label && c.name == name);
        let target = same.or_else(|| {
            let fits: Vec<usize> = clusters
                .iter()
                .enumerate()
                .filter(|(_, c)| c.label == EntityLabel::Person && !c.name.contains(" of "))
                .filter(|(_, c)| is_alias(&words, &c.name.split_whitespace().collect::<Vec<_>>()))
                .map(|(k, _)| k)
                .collect();
            (fits.len() == 1).then(|| fits[0])
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
    for c in &mut clusters {
        c.mentions.sort_unstable();
        c.role = c.mentions.iter().find_map(|&m| {
            roles
                .iter()
                .find(|(s, _)| *s == entities[m].span)
                .map(|(_, r)| r.clone())
        });
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

/// `short` is the first or last words of `long` (a proper subset).
fn is_alias(short: &[&str], long: &[&str]) -> bool {
    short.len() < long.len() && (long.starts_with(short) || long.ends_with(short))
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
}
