//! Name lists (first names, surnames, countries, regions, nationalities,
//! companies, universities) that the tagger sees as features.
//!
//! The lists are one sorted text file, `models/gazetteer.txt`, one
//! `key<TAB>codes` line per entry: the key is the entry's runtime tokens,
//! lower-cased and joined by single spaces, and the codes are letters from
//! [`Kind`]. At first use the file is only split into lines (no parsing of
//! JSON or CSV at run time) and looked up by binary search. The trainer
//! (`train-ner`) builds the file from the sources listed in `models/README.md`.

use super::features::normalise;

/// What kind of list an entry comes from; the code letter is its file form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    FirstName,
    Surname,
    Country,
    Region,
    Nationality,
    Company,
    University,
    /// Well-known organisations (agencies, platforms, international bodies).
    Organisation,
    City,
    /// People with an entry of their own in WordNet ("Putin", "Indira Gandhi").
    Person,
    /// Places in WordNet ("Volgograd", "Hindu Kush").
    Place,
    /// Named groups in WordNet: organisations, parties, agencies ("FSB").
    Group,
    /// Sports clubs and teams ("Arsenal", "Bayern Munich", "Yorkshire").
    Team,
}

impl Kind {
    pub const ALL: [Kind; 13] = [
        Kind::FirstName,
        Kind::Surname,
        Kind::Country,
        Kind::Region,
        Kind::Nationality,
        Kind::Company,
        Kind::University,
        Kind::Organisation,
        Kind::City,
        Kind::Person,
        Kind::Place,
        Kind::Group,
        Kind::Team,
    ];

    pub const fn code(self) -> char {
        match self {
            Kind::FirstName => 'f',
            Kind::Surname => 'l',
            Kind::Country => 'c',
            Kind::Region => 'r',
            Kind::Nationality => 'n',
            Kind::Company => 'o',
            Kind::University => 'u',
            Kind::Organisation => 'g',
            Kind::City => 't',
            Kind::Person => 'p',
            Kind::Place => 'w',
            Kind::Group => 'k',
            Kind::Team => 's',
        }
    }

    pub const fn index(self) -> usize {
        self as usize
    }

    pub fn from_code(c: char) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.code() == c)
    }
}

use super::tab_lines::{key_of, sorted_lines};

/// Longest entry, in tokens, that a lookup tries.
pub const MAX_ENTRY_TOKENS: usize = 6;

/// A sorted `key<TAB>codes` list.
pub struct Gazetteer<'a> {
    lines: Vec<&'a str>,
}

impl<'a> Gazetteer<'a> {
    /// Reads the list; lines without a tab are ignored, and an unsorted file
    /// is sorted rather than refused.
    pub fn parse(text: &'a str) -> Self {
        let lines = sorted_lines(text, |l| l.contains('\t'));
        Gazetteer { lines }
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// Bit set of [`Kind`] indices for an exact key, 0 if absent.
    pub fn kinds(&self, key: &str) -> u16 {
        match self.lines.binary_search_by(|l| key_of(l).cmp(key)) {
            Ok(i) => self.lines[i]
                .split('\t')
                .nth(1)
                .unwrap_or("")
                .chars()
                .filter_map(Kind::from_code)
                .fold(0, |bits, k| bits | 1 << k.index()),
            Err(_) => 0,
        }
    }

    /// Is there any entry that starts with `key` followed by a space?
    fn has_longer(&self, key: &str) -> bool {
        let i = self.lines.partition_point(|l| key_of(l) <= key);
        self.lines.get(i).is_some_and(|l| {
            let k = key_of(l);
            k.len() > key.len() && k.starts_with(key) && k.as_bytes()[key.len()] == b' '
        })
    }

    /// For each token (given as its lower-cased normal form), the entries it
    /// is part of, as bits `kind * 4 + position` with position 0 = begin,
    /// 1 = inside, 2 = last, 3 = unit (single-token entry).
    pub fn matches(&self, lower: &[String]) -> Vec<u64> {
        let mut out = vec![0u64; lower.len()];
        let mut key = String::new();
        for start in 0..lower.len() {
            if !lower[start]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric)
            {
                continue;
            }
            key.clear();
            for end in start..(start + MAX_ENTRY_TOKENS).min(lower.len()) {
                if end > start {
                    key.push(' ');
                }
                key.push_str(&lower[end]);
                let kinds = self.kinds(&key);
                for k in Kind::ALL
                    .into_iter()
                    .filter(|k| kinds & 1 << k.index() != 0)
                {
                    let bit = |pos: usize| 1u64 << (k.index() * 4 + pos);
                    if end == start {
                        out[start] |= bit(3);
                    } else {
                        out[start] |= bit(0);
                        out[end] |= bit(2);
                        for o in &mut out[start + 1..end] {
                            *o |= bit(1);
                        }
                    }
                }
                if !self.has_longer(&key) {
                    break;
                }
            }
        }
        out
    }
}

/// The key for a name as written: its runtime tokens, normalised, lower-cased,
/// joined by single spaces. Used by the builder so keys match lookups.
pub fn key_for(name: &str) -> String {
    let span = crate::analysis::Span::new(0, name.len());
    crate::text::tokens(name, span)
        .iter()
        .map(|t| normalise(t.span.slice(name)).to_lowercase())
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_multi_token_entries_and_marks_positions() {
        let g = Gazetteer::parse("new york\tr\nnew zealand\tc\nyork\tl\n");
        let words: Vec<String> = ["in", "new", "york", "today"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let m = g.matches(&words);
        let region = Kind::Region.index() * 4;
        assert_eq!(m[1] & 1 << region, 1 << region, "begin");
        assert_eq!(m[2] & 1 << (region + 2), 1 << (region + 2), "last");
        assert_ne!(
            m[2] & 1 << (Kind::Surname.index() * 4 + 3),
            0,
            "york alone is a surname"
        );
        assert_eq!(m[0], 0);
    }

    #[test]
    fn unsorted_or_malformed_lists_still_work() {
        let g = Gazetteer::parse("zeta\tf\nno tab here\nalpha\tl\n");
        assert_eq!(g.len(), 2);
        assert_eq!(g.kinds("alpha"), 1 << Kind::Surname.index());
        assert_eq!(g.kinds("beta"), 0);
    }
}
