//! The LT-hash ("lattice hash") summarising a collection: a 128-byte value
//! updated by adding and subtracting items, so that the order of updates
//! does not matter.
//!
//! Adding an item adds `HKDF-SHA256(item, salt = none, info "WhatsApp Patch
//! Integrity", 128)` lane by lane, reading both as 64 little-endian `u16`
//! lanes with wrap-around; subtracting does the inverse.

use std::fmt;

use hkdf::Hkdf;
use sha2::Sha256;

use super::AppStateError;

/// Size of an LT-hash.
pub const LT_HASH_LEN: usize = 128;
/// HKDF info of the item expansion.
pub const PATCH_INTEGRITY_INFO: &str = "WhatsApp Patch Integrity";

/// A collection's LT-hash.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct LtHash([u8; LT_HASH_LEN]);

impl Default for LtHash {
    fn default() -> LtHash {
        LtHash::ZERO
    }
}

impl LtHash {
    /// The hash of an empty collection.
    pub const ZERO: LtHash = LtHash([0; LT_HASH_LEN]);

    /// Wraps stored hash bytes.
    pub const fn from_bytes(bytes: [u8; LT_HASH_LEN]) -> LtHash {
        LtHash(bytes)
    }

    /// Reads stored hash bytes, which must be 128 bytes long.
    pub fn from_slice(bytes: &[u8]) -> Result<LtHash, AppStateError> {
        let array: [u8; LT_HASH_LEN] =
            bytes
                .try_into()
                .map_err(|_| AppStateError::BadFieldLength {
                    field: "LT-hash",
                    expected: LT_HASH_LEN,
                    got: bytes.len(),
                })?;
        Ok(LtHash(array))
    }

    /// The hash bytes.
    pub const fn as_bytes(&self) -> &[u8; LT_HASH_LEN] {
        &self.0
    }

    /// Adds one item (a value MAC).
    pub fn add(&mut self, item: &[u8]) {
        self.combine(&expand(item), u16::wrapping_add);
    }

    /// Subtracts one item (a value MAC).
    pub fn subtract(&mut self, item: &[u8]) {
        self.combine(&expand(item), u16::wrapping_sub);
    }

    /// Subtracts every item of `removed`, then adds every item of `added`.
    pub fn subtract_then_add<R: AsRef<[u8]>, A: AsRef<[u8]>>(
        &mut self,
        removed: &[R],
        added: &[A],
    ) {
        for item in removed {
            self.subtract(item.as_ref());
        }
        for item in added {
            self.add(item.as_ref());
        }
    }

    fn combine(&mut self, other: &[u8; LT_HASH_LEN], op: fn(u16, u16) -> u16) {
        for (lane, delta) in self.0.chunks_exact_mut(2).zip(other.chunks_exact(2)) {
            let value = op(
                u16::from_le_bytes([lane[0], lane[1]]),
                u16::from_le_bytes([delta[0], delta[1]]),
            );
            lane.copy_from_slice(&value.to_le_bytes());
        }
    }
}

impl fmt::Debug for LtHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "LtHash({})", hex::encode(self.0))
    }
}

fn expand(item: &[u8]) -> [u8; LT_HASH_LEN] {
    let mut out = [0u8; LT_HASH_LEN];
    // 128 bytes is within HKDF-SHA256's output limit; this cannot fail.
    if Hkdf::<Sha256>::new(None, item)
        .expand(PATCH_INTEGRITY_INFO.as_bytes(), &mut out)
        .is_err()
    {
        log::error!("HKDF refused a 128-byte expansion");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_subtract_is_order_independent_and_invertible() {
        let items: Vec<[u8; 32]> = (0u8..6).map(|i| [i; 32]).collect();
        let mut forward = LtHash::ZERO;
        for item in &items {
            forward.add(item);
        }
        let mut backward = LtHash::ZERO;
        for item in items.iter().rev() {
            backward.add(item);
        }
        assert_eq!(forward, backward);
        assert_ne!(forward, LtHash::ZERO);
        let mut undone = forward;
        undone.subtract_then_add(&items, &[] as &[[u8; 32]]);
        assert_eq!(undone, LtHash::ZERO);
    }

    #[test]
    fn lanes_wrap_little_endian() {
        // Adding then subtracting from a hash of 0xff bytes exercises the carries.
        let mut hash = LtHash::from_bytes([0xff; 128]);
        hash.add(b"x");
        let expanded = expand(b"x");
        let lane0 = u16::from_le_bytes([0xff, 0xff])
            .wrapping_add(u16::from_le_bytes([expanded[0], expanded[1]]));
        assert_eq!(&hash.as_bytes()[..2], &lane0.to_le_bytes());
        hash.subtract(b"x");
        assert_eq!(hash, LtHash::from_bytes([0xff; 128]));
        assert!(LtHash::from_slice(&[0; 127]).is_err());
    }
}
