//! Front coding of sorted lines: each line is stored as one byte, the length
//! of the prefix it shares with the line before (at most 255), then the rest
//! of the line. Sorted name lists repeat long prefixes ("new york", "new
//! zealand"), which gzip only partly removes: the embedded gazetteer and word
//! classes are a fifth smaller over the wire this way. `build.rs` encodes the
//! committed `.txt` files; the engine decodes them once, at first use.
//!
//! Shared by `build.rs` (through `#[path]`), so it uses only `std`.

/// Encode `text`'s lines (each ends with `\n` in the output).
#[allow(dead_code)] // the engine only decodes
pub fn encode(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut previous: &[u8] = &[];
    for line in text.lines() {
        let line = line.as_bytes();
        let shared = previous
            .iter()
            .zip(line)
            .take(255)
            .take_while(|(a, b)| a == b)
            .count();
        out.push(shared as u8);
        out.extend_from_slice(&line[shared..]);
        out.push(b'\n');
        previous = line;
    }
    out
}

/// Decode what [`encode`] made. Never fails: a prefix longer than the line
/// before is cut to it, and invalid UTF-8 is replaced.
#[allow(dead_code)] // build.rs only encodes
pub fn decode(bytes: &[u8]) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(bytes.len() * 2);
    let mut previous = 0..0;
    let mut rest = bytes;
    while let Some((&shared, tail)) = rest.split_first() {
        let end = tail.iter().position(|&b| b == b'\n').unwrap_or(tail.len());
        let start = out.len();
        let shared = usize::from(shared).min(previous.len());
        out.extend_from_within(previous.start..previous.start + shared);
        out.extend_from_slice(&tail[..end]);
        previous = start..out.len();
        out.push(b'\n');
        rest = tail.get(end + 1..).unwrap_or(&[]);
    }
    String::from_utf8(out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_sorted_and_unsorted_lines_with_shared_multibyte_prefixes() {
        let text = "new york\tt\nnew zealand\tc\nnewark\tt\nzürich\tt\nzürs\tt\nä\tx\nabc\n";
        assert_eq!(decode(&encode(text)), text);
        // "é" and "è" share their first byte: the prefix may end inside a character.
        let text = "café\t1\ncafè\t2\n";
        assert_eq!(decode(&encode(text)), text);
    }

    #[test]
    fn round_trips_the_shipped_lists() {
        for text in [
            include_str!("../../models/gazetteer.txt"),
            include_str!("../../models/word-classes.txt"),
        ] {
            let lines: Vec<&str> = text.lines().collect();
            let decoded = decode(&encode(text));
            assert_eq!(decoded.lines().collect::<Vec<_>>(), lines);
        }
    }

    #[test]
    fn damaged_input_decodes_without_panicking() {
        assert_eq!(decode(b""), "");
        // 200 and 9 both ask for more than the line before has: cut to it.
        assert_eq!(decode(&[200, b'a', b'\n', 9]), "a\na\n");
        assert_eq!(decode(&[0, 0xff, b'\n']), "\u{fffd}\n");
    }
}
