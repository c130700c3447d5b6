//! Where the protocol's fresh key pairs and random bytes come from.
//!
//! Every operation that needs randomness takes a [`KeySource`]. Production
//! code passes [`OsKeys`] (the operating system's generator); interoperability
//! tests pass a source that replays the key pairs a reference implementation
//! generated, so that transcripts can be reproduced byte for byte. There is no
//! other way to influence key generation.

use zeroize::Zeroize;

use super::keys::{KeyPair, PrivateKey, key_pairs, random_array};

/// A source of key pairs and random bytes.
pub trait KeySource {
    /// A fresh Curve25519 key pair: X3DH base keys, ratchet keys, sender
    /// signing keys, prekeys.
    fn key_pair(&mut self) -> KeyPair;

    /// Two fresh key pairs, as two calls to [`KeySource::key_pair`] would
    /// give them (a source may compute them together: X3DH draws its base key
    /// and first ratchet key at once).
    fn two_key_pairs(&mut self) -> [KeyPair; 2] {
        [self.key_pair(), self.key_pair()]
    }

    /// Fills `out` with random bytes: XEdDSA nonces, sender-key ids and chain
    /// keys, registration ids, padding lengths.
    fn fill_bytes(&mut self, out: &mut [u8]);

    /// A uniformly random `u32`.
    fn next_u32(&mut self) -> u32 {
        let mut bytes = [0u8; 4];
        self.fill_bytes(&mut bytes);
        u32::from_le_bytes(bytes)
    }
}

/// The operating system's generator.
#[derive(Debug, Clone, Copy, Default)]
pub struct OsKeys;

impl KeySource for OsKeys {
    fn key_pair(&mut self) -> KeyPair {
        KeyPair::from_private(PrivateKey::from_bytes(random_array()))
    }

    fn two_key_pairs(&mut self) -> [KeyPair; 2] {
        let random: [u8; 64] = random_array();
        let mut halves = [[0u8; 32]; 2];
        halves[0].copy_from_slice(&random[..32]);
        halves[1].copy_from_slice(&random[32..]);
        let pairs = key_pairs(halves.map(PrivateKey::from_bytes));
        halves.zeroize();
        let mut random = random;
        random.zeroize();
        pairs
    }

    fn fill_bytes(&mut self, out: &mut [u8]) {
        for chunk in out.chunks_mut(64) {
            let random: [u8; 64] = random_array();
            chunk.copy_from_slice(&random[..chunk.len()]);
        }
    }
}

impl<K: KeySource + ?Sized> KeySource for &mut K {
    fn key_pair(&mut self) -> KeyPair {
        (**self).key_pair()
    }

    fn two_key_pairs(&mut self) -> [KeyPair; 2] {
        (**self).two_key_pairs()
    }

    fn fill_bytes(&mut self, out: &mut [u8]) {
        (**self).fill_bytes(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn os_keys_give_distinct_keys_and_fill_any_length() {
        let mut keys = OsKeys;
        assert_ne!(keys.key_pair().public, keys.key_pair().public);
        let mut long = [0u8; 150];
        keys.fill_bytes(&mut long);
        assert!(long[64..].iter().any(|&b| b != 0));
        assert!(long[128..].iter().any(|&b| b != 0));
    }

    #[test]
    fn paired_keys_match_their_private_halves() {
        let [first, second] = OsKeys.two_key_pairs();
        assert_ne!(first.public, second.public);
        for pair in [first, second] {
            assert_eq!(pair.public, pair.private.public_key());
        }
    }
}
