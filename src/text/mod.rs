//! Paragraphs, sentences and tokens, as byte spans over the original text.
//!
//! Nothing is normalised or copied: every later stage works on spans into the
//! text the user typed, so offsets stay exact for highlighting. The splitter
//! is rule-based (news layout + the word lists in `abbreviations`) because
//! rules are small, fast and predictable in a browser; it passes all 48
//! Golden Rules of sentence segmentation (`tests/golden_rules.rs`), and
//! `tests/text_properties.rs` checks that any string yields valid spans.

mod abbreviations;
mod datelines;
mod sentences;
mod tokens;

pub use datelines::{colon_dateline_end, dateline_end};
pub use sentences::{paragraphs, sentences};
pub use tokens::{is_all_caps, overlapping, tokens, Token, TokenKind};
