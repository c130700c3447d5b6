//! The double ratchet's key derivations.
//!
//! * X3DH output: `HKDF(zero salt, secret, "WhisperText", 64)` → root, chain.
//! * DH ratchet step: `HKDF(salt = root, DH(ours, theirs), "WhisperRatchet",
//!   64)` → new root, new chain.
//! * Symmetric step: message seed `HMAC(chain, 01)`, next chain `HMAC(chain,
//!   02)`; `HKDF(zero salt, seed, "WhisperMessageKeys", 80)` → AES key `[0:32]`,
//!   MAC key `[32:64]`, IV `[64:80]`.

use zeroize::{Zeroize, ZeroizeOnDrop};

use super::crypto;
use super::keys::{PrivateKey, PublicKey};

/// A chain key and its index (the counter of the next message key).
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub(crate) struct ChainKey {
    pub(crate) key: [u8; 32],
    #[zeroize(skip)]
    pub(crate) index: u32,
}

impl ChainKey {
    /// The chain key `key` at `index`.
    pub(crate) fn new(key: [u8; 32], index: u32) -> ChainKey {
        ChainKey { key, index }
    }

    /// The message seed for `self.index` and the chain key after it.
    pub(crate) fn step(&self) -> ([u8; 32], ChainKey) {
        let mac = crypto::keyed(&self.key);
        let seed = crypto::finish(mac.clone(), &[&[1]]);
        let next = crypto::finish(mac, &[&[2]]);
        (
            seed,
            ChainKey {
                key: next,
                index: self.index.wrapping_add(1),
            },
        )
    }
}

/// The keys of one message.
#[derive(Zeroize, ZeroizeOnDrop)]
pub(crate) struct MessageKeys {
    pub(crate) cipher_key: [u8; 32],
    pub(crate) mac_key: [u8; 32],
    pub(crate) iv: [u8; 16],
}

impl MessageKeys {
    /// Expands a message seed.
    pub(crate) fn derive(seed: &[u8; 32]) -> MessageKeys {
        let mut okm: [u8; 80] = crypto::hkdf_zero_salt(seed, b"WhisperMessageKeys");
        let mut keys = MessageKeys {
            cipher_key: [0; 32],
            mac_key: [0; 32],
            iv: [0; 16],
        };
        keys.cipher_key.copy_from_slice(&okm[..32]);
        keys.mac_key.copy_from_slice(&okm[32..64]);
        keys.iv.copy_from_slice(&okm[64..]);
        okm.zeroize();
        keys
    }
}

/// A root key.
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub(crate) struct RootKey(pub(crate) [u8; 32]);

impl RootKey {
    /// One DH ratchet step: the new root key and the new chain (at index 0).
    pub(crate) fn create_chain(
        &self,
        theirs: &PublicKey,
        ours: &PrivateKey,
    ) -> (RootKey, ChainKey) {
        let mut shared = ours.agree(theirs);
        let out = self.chain_from_agreement(&shared);
        shared.zeroize();
        out
    }

    /// [`RootKey::create_chain`] for an agreement computed by the caller.
    pub(crate) fn chain_from_agreement(&self, shared: &[u8; 32]) -> (RootKey, ChainKey) {
        let mut okm: [u8; 64] = crypto::hkdf(&self.0, shared, b"WhisperRatchet");
        let out = split(&okm);
        okm.zeroize();
        out
    }
}

/// The root and first chain key from the X3DH secret.
pub(crate) fn derive_initial(secret: &[u8]) -> (RootKey, ChainKey) {
    let mut okm: [u8; 64] = crypto::hkdf_zero_salt(secret, b"WhisperText");
    let out = split(&okm);
    okm.zeroize();
    out
}

fn split(okm: &[u8; 64]) -> (RootKey, ChainKey) {
    let mut root = [0u8; 32];
    let mut chain = [0u8; 32];
    root.copy_from_slice(&okm[..32]);
    chain.copy_from_slice(&okm[32..]);
    (RootKey(root), ChainKey::new(chain, 0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chain_steps_are_hmacs_of_one_and_two() {
        let chain = ChainKey::new([9; 32], 4);
        let (seed, next) = chain.step();
        assert_eq!(seed, crypto::hmac(&[9; 32], &[&[1]]));
        assert_eq!(next.key, crypto::hmac(&[9; 32], &[&[2]]));
        assert_eq!(next.index, 5);
    }

    #[test]
    fn message_keys_split_80_bytes() {
        let seed = [5u8; 32];
        let okm: [u8; 80] = crypto::hkdf_zero_salt(&seed, b"WhisperMessageKeys");
        let keys = MessageKeys::derive(&seed);
        assert_eq!(keys.cipher_key, okm[..32]);
        assert_eq!(keys.mac_key, okm[32..64]);
        assert_eq!(keys.iv, okm[64..]);
    }
}
