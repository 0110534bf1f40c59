//! Share links: an article and its settings packed into a URL fragment.
//!
//! Format `v1.<base64url(deflate-raw(payload))>`, where the payload is a
//! 4-byte FNV-1a checksum of the rest, one settings line (`auto`, `s3`,
//! `p20`), a newline, then the text. The fragment never reaches a server;
//! the version prefix lets later formats coexist; the checksum catches
//! truncated or edited links that would still inflate; inflating is capped,
//! so a crafted link cannot expand into gigabytes. Plain Rust, so the format
//! is tested natively.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;

use crate::analysis::{Options, SummaryLength};

/// The current format's prefix.
pub const PREFIX: &str = "v1.";
/// Largest text a link may carry once inflated.
pub const MAX_TEXT_BYTES: usize = 5 * 1024 * 1024;
/// Links longer than this get cut by some chat apps and mail clients.
pub const LONG_LINK_CHARS: usize = 4000;

/// What a share link carries.
#[derive(Clone, Debug, PartialEq)]
pub struct Shared {
    pub text: String,
    pub options: Options,
}

/// Why a fragment could not be opened; `Display` is a sentence for the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// A fragment that is not a Lede link at all (or a newer format).
    NotALink,
    /// Characters outside base64url, or a cut-off encoding.
    Malformed,
    /// It decodes but does not inflate, or the checksum does not match.
    Damaged,
    /// It would inflate past [`MAX_TEXT_BYTES`].
    TooLarge,
}

impl std::fmt::Display for ShareError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            ShareError::NotALink => "This link does not hold a Lede article (or it was made by a newer version of Lede).",
            ShareError::Malformed => "This share link is malformed: it may have been cut off when it was copied.",
            ShareError::Damaged => "This share link is damaged (cut off or edited), so its article cannot be restored.",
            ShareError::TooLarge => "This share link holds more than 5 MB of text, more than Lede opens.",
        })
    }
}

impl std::error::Error for ShareError {}

fn fnv1a(bytes: &[u8]) -> [u8; 4] {
    let mut h: u32 = 0x811c_9dc5;
    for &b in bytes {
        h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    h.to_le_bytes()
}

/// The short text form of a summary length: `auto`, `s3` (sentences), `p20` (percent).
pub fn length_code(length: SummaryLength) -> String {
    match length {
        SummaryLength::Auto => "auto".into(),
        SummaryLength::Sentences(n) => format!("s{n}"),
        SummaryLength::Percent(p) => format!("p{p}"),
    }
}

/// Inverse of [`length_code`].
pub fn parse_length(code: &str) -> Option<SummaryLength> {
    let number = code.get(1..).unwrap_or("");
    Some(match code.chars().next()? {
        _ if code == "auto" => SummaryLength::Auto,
        's' => SummaryLength::Sentences(number.parse().ok()?),
        'p' => SummaryLength::Percent(number.parse().ok().filter(|p| (1..=100).contains(p))?),
        _ => return None,
    })
}

/// The fragment (without `#`) for `text` and `options`.
pub fn encode(text: &str, options: &Options) -> String {
    let mut body = length_code(options.summary_length).into_bytes();
    body.push(b'\n');
    body.extend_from_slice(text.as_bytes());
    let mut payload = fnv1a(&body).to_vec();
    payload.extend_from_slice(&body);
    let packed = miniz_oxide::deflate::compress_to_vec(&payload, 9);
    format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(packed))
}

/// Is this fragment meant for Lede (so a failure should be reported, not ignored)?
pub fn is_share_fragment(fragment: &str) -> bool {
    let f = fragment.strip_prefix('#').unwrap_or(fragment);
    f.len() > 1 && f.as_bytes()[0] == b'v' && f[1..].starts_with(|c: char| c.is_ascii_digit())
}

/// The article and settings in `fragment` (with or without its `#`).
pub fn decode(fragment: &str) -> Result<Shared, ShareError> {
    let f = fragment.strip_prefix('#').unwrap_or(fragment);
    let data = f.strip_prefix(PREFIX).ok_or(ShareError::NotALink)?;
    // Base64 of the cap plus slack: refuse before decoding anything absurd.
    if data.len() > MAX_TEXT_BYTES * 2 {
        return Err(ShareError::TooLarge);
    }
    let packed = URL_SAFE_NO_PAD
        .decode(data.trim_end_matches('='))
        .map_err(|_| ShareError::Malformed)?;
    let payload = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_TEXT_BYTES + 64)
        .map_err(|e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ShareError::TooLarge,
            _ => ShareError::Damaged,
        })?;
    let (sum, body) = payload.split_at_checked(4).ok_or(ShareError::Damaged)?;
    if sum != fnv1a(body) {
        return Err(ShareError::Damaged);
    }
    let body = std::str::from_utf8(body).map_err(|_| ShareError::Damaged)?;
    let (line, text) = body.split_once('\n').ok_or(ShareError::Damaged)?;
    if text.len() > MAX_TEXT_BYTES {
        return Err(ShareError::TooLarge);
    }
    let options = Options {
        summary_length: parse_length(line).ok_or(ShareError::Damaged)?,
    };
    Ok(Shared {
        text: text.to_owned(),
        options,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SEED: &str = include_str!("../seeds/ukraine-peace-talks.txt");

    #[test]
    fn round_trips_text_and_settings_and_compresses() {
        for length in [
            SummaryLength::Auto,
            SummaryLength::Sentences(5),
            SummaryLength::Percent(20),
        ] {
            let options = Options {
                summary_length: length,
            };
            let link = encode(SEED, &options);
            assert!(
                link.starts_with("v1.") && link.len() < SEED.len(),
                "{}",
                link.len()
            );
            assert!(link[3..]
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
            assert_eq!(
                decode(&format!("#{link}")),
                Ok(Shared {
                    text: SEED.into(),
                    options
                })
            );
        }
        assert_eq!(decode(&encode("", &Options::default())).unwrap().text, "");
    }

    #[test]
    fn truncated_edited_and_foreign_fragments_are_refused() {
        let link = encode(SEED, &Options::default());
        assert!(decode(&link[..link.len() / 2]).is_err());
        let mut edited = link.clone().into_bytes();
        let k = edited.len() - 10;
        edited[k] = if edited[k] == b'A' { b'B' } else { b'A' };
        assert!(decode(std::str::from_utf8(&edited).unwrap()).is_err());
        assert_eq!(decode("v1.!!!"), Err(ShareError::Malformed));
        assert_eq!(decode("section-2"), Err(ShareError::NotALink));
        assert_eq!(decode("v2.abc"), Err(ShareError::NotALink));
        assert!(is_share_fragment("#v2.abc") && !is_share_fragment("#top"));
    }

    #[test]
    fn length_codes_round_trip() {
        for code in ["auto", "s1", "s12", "p10", "p100"] {
            assert_eq!(length_code(parse_length(code).unwrap()), code);
        }
        for bad in ["", "s", "sx", "p0", "p101", "q3"] {
            assert_eq!(parse_length(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_decompression_bomb_is_refused() {
        let body = format!("auto\n{}", "a".repeat(MAX_TEXT_BYTES + 10));
        let mut payload = fnv1a(body.as_bytes()).to_vec();
        payload.extend_from_slice(body.as_bytes());
        let bomb = format!(
            "v1.{}",
            URL_SAFE_NO_PAD.encode(miniz_oxide::deflate::compress_to_vec(&payload, 9))
        );
        assert!(bomb.len() < 20_000, "a bomb is small: {}", bomb.len());
        assert_eq!(decode(&bomb), Err(ShareError::TooLarge));
    }
}
