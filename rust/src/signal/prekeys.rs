//! Identity, registration id, signed prekey, one-time prekeys and the bundle
//! a peer fetches to start a session with us.
//!
//! One-time prekey ids run from 1 to 2^24 − 1 and wrap (the server keeps
//! them as 3-byte numbers); signed prekey ids likewise fit 24 bits. The signed
//! prekey's signature is XEdDSA by the identity key over the serialized
//! (`05`-prefixed) public key.

use std::fmt;

use super::error::SignalError;
use super::key_source::KeySource;
use super::keys::{KeyPair, PublicKey, SIGNATURE_LEN, SigningKey, VerifyingKey};

/// The largest one-time or signed prekey id (ids are 24-bit).
pub const MAX_PREKEY_ID: u32 = 0x00FF_FFFF;
/// How many one-time prekeys a normal upload carries (whatsmeow, WhatsApp Web).
pub const PREKEY_UPLOAD_BATCH: u32 = 50;
/// How many one-time prekeys the first upload after pairing carries.
pub const INITIAL_PREKEY_UPLOAD: u32 = 812;
/// Below this many prekeys on the server, a client uploads a new batch.
pub const MIN_SERVER_PREKEYS: u32 = 5;

/// Our long-term identity key pair.
pub type IdentityKeyPair = KeyPair;

/// A random registration id in `1..=2^31 − 1` (whatsapp-rust's range).
pub fn generate_registration_id(keys: &mut impl KeySource) -> u32 {
    loop {
        let id = keys.next_u32() & 0x7FFF_FFFF;
        if id != 0 {
            return id;
        }
    }
}

/// The id after `id`, wrapping from [`MAX_PREKEY_ID`] back to 1.
pub const fn next_prekey_id(id: u32) -> u32 {
    if id >= MAX_PREKEY_ID || id == 0 {
        1
    } else {
        id + 1
    }
}

/// A one-time prekey.
#[derive(Clone, PartialEq, Eq)]
pub struct PreKeyRecord {
    /// Its id (1..=2^24 − 1).
    pub id: u32,
    /// The key pair.
    pub key_pair: KeyPair,
}

impl PreKeyRecord {
    /// A fresh prekey with `id`.
    pub fn generate(id: u32, keys: &mut impl KeySource) -> PreKeyRecord {
        PreKeyRecord {
            id,
            key_pair: keys.key_pair(),
        }
    }

    /// The id as the 3 big-endian bytes WhatsApp's `<key><id>` carries.
    pub fn id_bytes(&self) -> [u8; 3] {
        id_bytes(self.id)
    }
}

impl fmt::Debug for PreKeyRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PreKeyRecord")
            .field("id", &self.id)
            .field("public", &self.key_pair.public)
            .finish()
    }
}

/// `count` fresh prekeys with consecutive (wrapping) ids from `first_id`.
pub fn generate_prekeys(first_id: u32, count: u32, keys: &mut impl KeySource) -> Vec<PreKeyRecord> {
    let mut id = if first_id == 0 || first_id > MAX_PREKEY_ID {
        1
    } else {
        first_id
    };
    let mut out = Vec::with_capacity(count as usize);
    for _ in 0..count {
        out.push(PreKeyRecord::generate(id, keys));
        id = next_prekey_id(id);
    }
    out
}

/// The 3 big-endian bytes of a 24-bit prekey id.
pub fn id_bytes(id: u32) -> [u8; 3] {
    let bytes = id.to_be_bytes();
    [bytes[1], bytes[2], bytes[3]]
}

/// A signed prekey: also Bob's first ratchet key.
#[derive(Clone, PartialEq, Eq)]
pub struct SignedPreKeyRecord {
    /// Its id (24-bit).
    pub id: u32,
    /// The key pair.
    pub key_pair: KeyPair,
    /// XEdDSA signature by the identity key over `05 || public`.
    pub signature: [u8; SIGNATURE_LEN],
    /// When it was made (Unix seconds), for rotation.
    pub timestamp: u64,
}

impl SignedPreKeyRecord {
    /// A fresh signed prekey with `id`, signed by `identity`.
    pub fn generate(
        identity: &IdentityKeyPair,
        id: u32,
        timestamp: u64,
        keys: &mut impl KeySource,
    ) -> SignedPreKeyRecord {
        let key_pair = keys.key_pair();
        let mut z = [0u8; 64];
        keys.fill_bytes(&mut z);
        let signature = SigningKey::new(&identity.private)
            .sign_with_nonce_material(&key_pair.public.serialize(), &z);
        SignedPreKeyRecord {
            id,
            key_pair,
            signature,
            timestamp,
        }
    }

    /// Whether the signature verifies under `identity`.
    pub fn verify(&self, identity: &PublicKey) -> bool {
        identity.verify(&self.key_pair.public.serialize(), &self.signature)
    }

    /// The id as the 3 big-endian bytes WhatsApp's `<skey><id>` carries.
    pub fn id_bytes(&self) -> [u8; 3] {
        id_bytes(self.id)
    }
}

impl fmt::Debug for SignedPreKeyRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SignedPreKeyRecord")
            .field("id", &self.id)
            .field("public", &self.key_pair.public)
            .field("timestamp", &self.timestamp)
            .finish()
    }
}

/// What a peer publishes so that others can start sessions with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PreKeyBundle {
    /// The device's registration id.
    pub registration_id: u32,
    /// The device id.
    pub device_id: u32,
    /// The device's identity key.
    pub identity_key: PublicKey,
    /// The signed prekey's id.
    pub signed_prekey_id: u32,
    /// The signed prekey.
    pub signed_prekey: PublicKey,
    /// Its signature by the identity key.
    pub signed_prekey_signature: [u8; SIGNATURE_LEN],
    /// A one-time prekey (id, key), if the server had one left.
    pub prekey: Option<(u32, PublicKey)>,
}

impl PreKeyBundle {
    /// Checks the signed prekey's signature.
    pub fn verify(&self) -> Result<(), SignalError> {
        self.verified_identity().map(|_| ())
    }

    /// Checks the signed prekey's signature and returns the identity key's
    /// verifier, whose Edwards form the session's agreements reuse.
    pub(crate) fn verified_identity(&self) -> Result<VerifyingKey, SignalError> {
        VerifyingKey::new(
            &self.identity_key,
            self.signed_prekey_signature[SIGNATURE_LEN - 1] >> 7,
        )
        .filter(|verifier| {
            verifier.verify(
                &self.signed_prekey.serialize(),
                &self.signed_prekey_signature,
            )
        })
        .ok_or(SignalError::InvalidSignature)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signal::key_source::OsKeys;

    #[test]
    fn prekey_ids_wrap_at_24_bits() {
        assert_eq!(next_prekey_id(1), 2);
        assert_eq!(next_prekey_id(MAX_PREKEY_ID), 1);
        assert_eq!(next_prekey_id(0), 1);
        let keys = generate_prekeys(MAX_PREKEY_ID - 1, 4, &mut OsKeys);
        assert_eq!(
            keys.iter().map(|k| k.id).collect::<Vec<_>>(),
            [MAX_PREKEY_ID - 1, MAX_PREKEY_ID, 1, 2]
        );
        assert_eq!(id_bytes(0x0A0B0C), [0x0A, 0x0B, 0x0C]);
    }

    #[test]
    fn signed_prekeys_verify_under_their_identity_only() {
        let identity = KeyPair::generate();
        let spk = SignedPreKeyRecord::generate(&identity, 7, 0, &mut OsKeys);
        assert!(spk.verify(&identity.public));
        assert!(!spk.verify(&KeyPair::generate().public));
        let mut bundle = PreKeyBundle {
            registration_id: 1,
            device_id: 0,
            identity_key: identity.public,
            signed_prekey_id: spk.id,
            signed_prekey: spk.key_pair.public,
            signed_prekey_signature: spk.signature,
            prekey: None,
        };
        assert!(bundle.verify().is_ok());
        bundle.signed_prekey_signature[5] ^= 1;
        assert!(matches!(
            bundle.verify(),
            Err(SignalError::InvalidSignature)
        ));
    }

    #[test]
    fn registration_ids_are_in_range_and_debug_is_redacted() {
        for _ in 0..100 {
            let id = generate_registration_id(&mut OsKeys);
            assert!((1..=0x7FFF_FFFF).contains(&id));
        }
        let prekey = PreKeyRecord::generate(3, &mut OsKeys);
        let shown = format!("{prekey:?}");
        assert!(!shown.contains(&hex::encode(prekey.key_pair.private.to_bytes())));
    }
}
