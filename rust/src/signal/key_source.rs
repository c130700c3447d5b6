//! Where the protocol's fresh key pairs and random bytes come from.
//!
//! Every operation that needs randomness takes a [`KeySource`]. Production
//! code passes [`OsKeys`] (the operating system's generator); interoperability
//! tests pass a source that replays the key pairs a reference implementation
//! generated, so that transcripts can be reproduced byte for byte. There is no
//! other way to influence key generation.

use super::keys::{KeyPair, PrivateKey, random_array};

/// A source of key pairs and random bytes.
pub trait KeySource {
    /// A fresh Curve25519 key pair: X3DH base keys, ratchet keys, sender
    /// signing keys, prekeys.
    fn key_pair(&mut self) -> KeyPair;

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
}
