//! FNV-1a, the feature hash of both learned models (names and quotes).
//!
//! Fixed and spelled out here rather than taken from `std`'s hasher, whose
//! output may change between Rust releases: a model's weights are stored by
//! hash bucket, so the hash must stay the same for as long as the model file.

pub const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

/// Continue the hash `h` over `bytes` (start from [`OFFSET`]).
pub fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(PRIME);
    }
    h
}
