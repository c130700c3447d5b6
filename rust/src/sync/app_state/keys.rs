//! App-state sync keys.
//!
//! The phone shares sync keys (`AppStateSyncKeyShare`: a key id and 32 bytes
//! of key data). Each expands with `HKDF-SHA256(keyData, info "WhatsApp
//! Mutation Keys", 160)` into five 32-byte keys, in this order: index,
//! value encryption, value MAC, snapshot MAC, patch MAC.

use std::collections::HashMap;
use std::fmt;

use hkdf::Hkdf;
use sha2::Sha256;
use zeroize::{Zeroize, ZeroizeOnDrop};

use super::{AppStateError, KeyIdDisplay};

/// HKDF info of the mutation keys.
pub const MUTATION_KEYS_INFO: &str = "WhatsApp Mutation Keys";

/// The five keys expanded from one sync key.
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct MutationKeys {
    index: [u8; 32],
    value_encryption: [u8; 32],
    value_mac: [u8; 32],
    snapshot_mac: [u8; 32],
    patch_mac: [u8; 32],
}

impl MutationKeys {
    /// Expands a sync key's data (any length; WhatsApp's have 32 bytes).
    pub fn derive(key_data: &[u8]) -> MutationKeys {
        let mut okm = zeroize::Zeroizing::new([0u8; 160]);
        // 160 bytes is within HKDF-SHA256's limit; this cannot fail.
        if Hkdf::<Sha256>::new(None, key_data)
            .expand(MUTATION_KEYS_INFO.as_bytes(), okm.as_mut_slice())
            .is_err()
        {
            log::error!("HKDF refused a 160-byte expansion");
        }
        let part = |n: usize| {
            let mut key = [0u8; 32];
            key.copy_from_slice(&okm[n * 32..(n + 1) * 32]);
            key
        };
        MutationKeys {
            index: part(0),
            value_encryption: part(1),
            value_mac: part(2),
            snapshot_mac: part(3),
            patch_mac: part(4),
        }
    }

    /// Key of the index MAC (HMAC-SHA256 of the index JSON).
    pub const fn index_key(&self) -> &[u8; 32] {
        &self.index
    }

    /// AES-256-CBC key of the value.
    pub const fn value_encryption_key(&self) -> &[u8; 32] {
        &self.value_encryption
    }

    /// Key of the value MAC (HMAC-SHA512, truncated).
    pub const fn value_mac_key(&self) -> &[u8; 32] {
        &self.value_mac
    }

    /// Key of the snapshot MAC.
    pub const fn snapshot_mac_key(&self) -> &[u8; 32] {
        &self.snapshot_mac
    }

    /// Key of the patch MAC.
    pub const fn patch_mac_key(&self) -> &[u8; 32] {
        &self.patch_mac
    }
}

impl fmt::Debug for MutationKeys {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("MutationKeys(<redacted>)")
    }
}

/// The sync keys known to this device, by key id.
#[derive(Clone, Default)]
pub struct KeyRing {
    keys: HashMap<Vec<u8>, MutationKeys>,
}

impl KeyRing {
    /// An empty ring.
    pub fn new() -> KeyRing {
        KeyRing::default()
    }

    /// Adds (or replaces) a key from its shared key data.
    pub fn insert(&mut self, key_id: &[u8], key_data: &[u8]) {
        self.keys
            .insert(key_id.to_vec(), MutationKeys::derive(key_data));
    }

    /// Adds (or replaces) already expanded keys.
    pub fn insert_expanded(&mut self, key_id: &[u8], keys: MutationKeys) {
        self.keys.insert(key_id.to_vec(), keys);
    }

    /// The keys of `key_id`, if known.
    pub fn get(&self, key_id: &[u8]) -> Option<&MutationKeys> {
        self.keys.get(key_id)
    }

    /// The keys of `key_id`, or [`AppStateError::UnknownKey`].
    pub fn require(&self, key_id: &[u8]) -> Result<&MutationKeys, AppStateError> {
        self.get(key_id).ok_or_else(|| {
            log::debug!("app-state sync key {} is not known", hex::encode(key_id));
            AppStateError::UnknownKey(KeyIdDisplay(key_id.to_vec()))
        })
    }

    /// Whether `key_id` is known.
    pub fn contains(&self, key_id: &[u8]) -> bool {
        self.keys.contains_key(key_id)
    }

    /// Number of keys.
    pub fn len(&self) -> usize {
        self.keys.len()
    }

    /// Whether the ring holds no key.
    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }
}

impl fmt::Debug for KeyRing {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut ids: Vec<String> = self.keys.keys().map(hex::encode).collect();
        ids.sort_unstable();
        f.debug_struct("KeyRing").field("key_ids", &ids).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ring_lookup_and_redaction() {
        let mut ring = KeyRing::new();
        assert!(ring.is_empty());
        ring.insert(&[0, 0, 0, 0, 0x93, 0x5c], &[1; 32]);
        assert_eq!(ring.len(), 1);
        assert!(ring.contains(&[0, 0, 0, 0, 0x93, 0x5c]));
        assert_eq!(
            ring.get(&[0, 0, 0, 0, 0x93, 0x5c]),
            Some(&MutationKeys::derive(&[1; 32]))
        );
        let error = ring.require(&[1, 2]).unwrap_err();
        assert_eq!(error.to_string(), "unknown app-state sync key 0102");
        assert_eq!(
            format!("{ring:?}"),
            "KeyRing { key_ids: [\"00000000935c\"] }"
        );
        assert_eq!(
            format!("{:?}", MutationKeys::derive(&[1; 32])),
            "MutationKeys(<redacted>)"
        );
    }

    #[test]
    fn five_distinct_keys() {
        let keys = MutationKeys::derive(&[7; 32]);
        let all = [
            keys.index_key(),
            keys.value_encryption_key(),
            keys.value_mac_key(),
            keys.snapshot_mac_key(),
            keys.patch_mac_key(),
        ];
        for (i, a) in all.iter().enumerate() {
            for b in &all[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }
}
