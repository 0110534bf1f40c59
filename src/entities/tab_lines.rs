//! Sorted `key<TAB>value` lines borrowed from an embedded text file: the
//! packed form of the gazetteer and the word classes. No parsing beyond
//! splitting into lines; lookups are binary searches on the key.

/// The key of a `key<TAB>value` line.
pub fn key_of(line: &str) -> &str {
    line.split('\t').next().unwrap_or("")
}

/// The lines of `text` that `keep` accepts, sorted by key (sorting only if
/// the file was not already sorted, which it is when generated).
pub fn sorted_lines(text: &str, keep: impl Fn(&str) -> bool) -> Vec<&str> {
    let mut lines: Vec<&str> = text.lines().filter(|l| keep(l)).collect();
    if !lines.windows(2).all(|w| key_of(w[0]) <= key_of(w[1])) {
        lines.sort_by(|a, b| key_of(a).cmp(key_of(b)));
    }
    lines
}
