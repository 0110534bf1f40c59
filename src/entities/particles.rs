//! Repairs of person names around lowercase name particles ("Bashar
//! al-Assad", "Abdel Fattah el-Sisi", "Ludwig van Beethoven").
//!
//! The tagger learned from CoNLL's 1996 Reuters text, which seldom writes
//! such names, so it stops a name at "el-Sisi" or runs one on over a verb
//! ("Bashar al-Assad met Ayman"). Two token rules after tagging fix both: a
//! person name is cut at an inner lowercase word that is no particle, and is
//! carried on over a following particle name ("al-Zawahiri") or a particle
//! and a capitalised word ("van Gogh").

use super::features::is_capitalised;

/// Lowercase particles of Arabic, Dutch, German, Romance and other names.
const PARTICLES: &[&str] = &[
    "al", "el", "ad", "ag", "an", "ar", "as", "ash", "at", "az", "abu", "bin", "ibn", "ben",
    "bint", "da", "das", "de", "del", "della", "der", "des", "di", "do", "dos", "du", "la", "le",
    "ter", "van", "von", "zu", "y",
];

fn is_particle(word: &str) -> bool {
    PARTICLES.contains(&word)
}

/// "al-Assad", "el-Sisi": a lowercase particle, a hyphen, a capitalised name.
fn is_particle_name(word: &str) -> bool {
    word.split_once('-').is_some_and(|(particle, name)| {
        is_particle(particle) && name.starts_with(char::is_uppercase)
    })
}

/// A word as a name alias is looked up: a particle name written with a
/// capital because it opens a sentence ("Al-Assad") as in the full name
/// ("al-Assad").
pub fn fold(word: &str) -> std::borrow::Cow<'_, str> {
    match word.split_once('-') {
        Some((particle, name))
            if name.starts_with(char::is_uppercase)
                && particle.starts_with(char::is_uppercase)
                && is_particle(&particle.to_lowercase()) =>
        {
            format!("{}-{name}", particle.to_lowercase()).into()
        }
        _ => word.into(),
    }
}

/// The name after a particle ("al-Assad" → "Assad"), by which news also
/// calls a person.
pub fn without_particle(word: &str) -> Option<&str> {
    is_particle_name(word).then(|| word.split_once('-').map(|(_, name)| name))?
}

/// `names`: the tagger's `(first, end, type)` token runs of one sentence, in
/// order; `person`: the person type. Returns them repaired, still in order
/// and not overlapping.
pub fn repair(
    words: &[String],
    names: &[(usize, usize, usize)],
    person: usize,
) -> Vec<(usize, usize, usize)> {
    let mut out: Vec<(usize, usize, usize)> = Vec::with_capacity(names.len());
    for (n, &(first, end, ty)) in names.iter().enumerate() {
        if ty != person {
            out.push((first, end, ty));
            continue;
        }
        // Cut at inner lowercase words that are no particles.
        let mut pieces = Vec::new();
        let mut start = first;
        for k in first..end {
            let w = words[k].as_str();
            let breaks =
                w.starts_with(char::is_lowercase) && !is_particle(w) && !is_particle_name(w);
            if breaks {
                if (start..k).any(|j| is_capitalised(&words[j])) {
                    pieces.push((start, k));
                }
                start = k + 1;
            }
        }
        if (start..end).any(|j| is_capitalised(&words[j])) {
            pieces.push((start, end));
        }
        // Carry the last piece on over particle names, up to the next name.
        let limit = names.get(n + 1).map_or(words.len(), |next| next.0);
        if let Some(last) = pieces.last_mut() {
            loop {
                let e = last.1;
                if e < limit && is_particle_name(&words[e]) {
                    last.1 = e + 1;
                } else if e + 1 < limit && is_particle(&words[e]) && is_capitalised(&words[e + 1]) {
                    last.1 = e + 2;
                } else {
                    break;
                }
            }
        }
        out.extend(pieces.into_iter().map(|(a, b)| (a, b, ty)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        s.split(' ').map(str::to_owned).collect()
    }

    #[test]
    fn cuts_at_a_verb_and_carries_on_over_particle_names() {
        let w = words("Bashar al-Assad met Ayman al-Zawahiri in Damascus");
        assert_eq!(
            repair(&w, &[(0, 4, 0), (7, 8, 2)], 0),
            vec![(0, 2, 0), (3, 5, 0), (7, 8, 2)]
        );
        let w = words("Abdel Fattah el-Sisi of Egypt");
        assert_eq!(
            repair(&w, &[(0, 2, 0), (4, 5, 2)], 0),
            vec![(0, 3, 0), (4, 5, 2)]
        );
        let w = words("Vincent van Gogh painted");
        assert_eq!(repair(&w, &[(0, 1, 0)], 0), vec![(0, 3, 0)]);
    }

    #[test]
    fn folds_a_capitalised_particle_and_strips_one() {
        assert_eq!(fold("Al-Assad"), "al-Assad");
        assert_eq!(fold("al-Assad"), "al-Assad");
        assert_eq!(fold("Rolls-Royce"), "Rolls-Royce");
        assert_eq!(without_particle("al-Assad"), Some("Assad"));
        assert_eq!(without_particle("Rolls-Royce"), None);
    }

    #[test]
    fn leaves_other_names_and_types_alone() {
        let w = words("the Bank of England and Mr Smith");
        assert_eq!(
            repair(&w, &[(1, 4, 1), (6, 7, 0)], 0),
            vec![(1, 4, 1), (6, 7, 0)]
        );
        // A particle before the next name is not taken from it.
        let w = words("Smith de Gaulle");
        assert_eq!(
            repair(&w, &[(0, 1, 0), (2, 3, 0)], 0),
            vec![(0, 1, 0), (2, 3, 0)]
        );
    }
}
