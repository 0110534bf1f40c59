//! Grammatical gender of a person, for matching "he" and "she".
//!
//! From a title ("Mr", "Mrs"), a gendered role word ("spokeswoman") or the
//! first name, looked up in the US 1990 Census first-name lists (public
//! domain; `tools/gen_first_names.py` keeps names given ten times more often
//! to one gender than to the other, so "Kelly" and "Jordan" stay unknown).
//! The lists are embedded as sorted lines and binary-searched in place:
//! nothing is parsed at start-up.

const MALE: &str = include_str!("names/male.txt");
const FEMALE: &str = include_str!("names/female.txt");

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// Is `key` one of the lines of the sorted, newline-separated `list`?
fn sorted_lines_contain(list: &str, key: &str) -> bool {
    let bytes = list.as_bytes();
    let (mut lo, mut hi) = (0, bytes.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        // The line that contains byte `mid`.
        let start = bytes[..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |p| p + 1);
        let end = bytes[mid..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |p| mid + p);
        let line = list.get(start..end).unwrap_or("");
        match line.cmp(key) {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    false
}

/// Gender of a first name (any case), if the census lists are clear about it.
pub fn of_first_name(name: &str) -> Option<Gender> {
    // The census lists are unaccented: "Tomás" is "tomas".
    let key: String = name
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            c => c,
        })
        .collect();
    if key.is_empty() || key.contains('\n') {
        return None;
    }
    if sorted_lines_contain(MALE, &key) {
        Some(Gender::Male)
    } else if sorted_lines_contain(FEMALE, &key) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// Gender shown by a title or role word ("Mrs", "spokeswoman", "king").
pub fn of_title(word: &str) -> Option<Gender> {
    let w = word.trim_end_matches('.').to_lowercase();
    match w.as_str() {
        "mr" | "sir" | "lord" | "king" | "prince" | "father" | "brother" | "son" | "husband"
        | "uncle" | "grandfather" | "he" | "him" | "his" => Some(Gender::Male),
        "mrs" | "ms" | "miss" | "madam" | "dame" | "lady" | "queen" | "princess" | "mother"
        | "sister" | "daughter" | "wife" | "aunt" | "grandmother" | "she" | "her" => {
            Some(Gender::Female)
        }
        _ if w.ends_with("woman") || w.ends_with("women") => Some(Gender::Female),
        _ if w.ends_with("man") && w.len() > 5 => Some(Gender::Male),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_first_names_in_the_embedded_lists() {
        assert_eq!(of_first_name("Vladimir"), None);
        assert_eq!(of_first_name("Steve"), Some(Gender::Male));
        assert_eq!(of_first_name("HILLARY"), Some(Gender::Female));
        assert_eq!(of_first_name("aaron"), Some(Gender::Male));
        assert_eq!(of_first_name("zzzz"), None);
        // Names given to both, if to one ten times more often ("Kelly"
        // Ortberg is a man): unknown, so they match either pronoun.
        assert_eq!(of_first_name("Kelly"), None);
        assert_eq!(of_first_name("Jordan"), None);
        assert_eq!(of_first_name(""), None);
        for line in MALE.lines().chain(FEMALE.lines()) {
            assert!(of_first_name(line).is_some(), "{line}");
        }
    }

    #[test]
    fn reads_gender_from_titles_and_role_words() {
        assert_eq!(of_title("Mrs."), Some(Gender::Female));
        assert_eq!(of_title("spokeswoman"), Some(Gender::Female));
        assert_eq!(of_title("chairman"), Some(Gender::Male));
        assert_eq!(of_title("minister"), None);
    }
}
