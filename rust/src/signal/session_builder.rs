//! X3DH session setup, both ways.
//!
//! The initiator (Alice) verifies the bundle's signed prekey, draws a base key
//! and computes `FF×32 || DH(IKa, SPKb) || DH(EKa, IKb) || DH(EKa, SPKb)
//! [|| DH(EKa, OPKb)]`; HKDF("WhisperText") gives the root and first chain
//! key. She then ratchets at once with a fresh key against SPKb (Bob's signed
//! prekey is his first ratchet key) and sends `pkmsg`s until Bob answers. The
//! responder (Bob) computes the same secret from the `pkmsg` with his
//! identity, signed prekey and (if named) one-time prekey.

use zeroize::Zeroize;

use super::error::SignalError;
use super::key_source::KeySource;
use super::keys::KeyPair;
use super::prekeys::{IdentityKeyPair, PreKeyBundle, PreKeyRecord, SignedPreKeyRecord};
use super::ratchet::derive_initial;
use super::session::{PendingPreKey, SessionRecord, SessionState};
use super::wire::{CIPHERTEXT_VERSION, PreKeySignalMessage};

/// Our side of a session: identity and registration id.
#[derive(Clone, Copy, Debug)]
pub struct LocalIdentity<'a> {
    /// Our identity key pair.
    pub identity: &'a IdentityKeyPair,
    /// Our registration id.
    pub registration_id: u32,
}

/// Builds a new session from `bundle` (after verifying its signed prekey) and
/// makes it the record's current session, archiving any earlier one.
pub fn process_bundle(
    record: &mut SessionRecord,
    local: LocalIdentity<'_>,
    bundle: &PreKeyBundle,
    keys: &mut impl KeySource,
) -> Result<(), SignalError> {
    bundle.verify()?;
    let base_key = keys.key_pair();
    let mut secret = [0u8; 32 * 5];
    secret[..32].fill(0xFF);
    secret[32..64].copy_from_slice(&local.identity.private.agree(&bundle.signed_prekey));
    secret[64..96].copy_from_slice(&base_key.private.agree(&bundle.identity_key));
    secret[96..128].copy_from_slice(&base_key.private.agree(&bundle.signed_prekey));
    let len = match &bundle.prekey {
        Some((_, prekey)) => {
            secret[128..].copy_from_slice(&base_key.private.agree(prekey));
            160
        }
        None => 128,
    };
    let (root, _) = derive_initial(&secret[..len]);
    secret.zeroize();

    let sending_ratchet = keys.key_pair();
    let (root, sender_chain) = root.create_chain(&bundle.signed_prekey, &sending_ratchet.private);
    let state = SessionState {
        version: CIPHERTEXT_VERSION,
        local_identity: local.identity.public,
        remote_identity: bundle.identity_key,
        local_registration_id: local.registration_id,
        remote_registration_id: bundle.registration_id,
        base_key: base_key.public,
        root,
        our_ratchet: sending_ratchet,
        sender_chain: Some(sender_chain),
        previous_counter: 0,
        receivers: Vec::new(),
        pending_prekey: Some(PendingPreKey {
            prekey_id: bundle.prekey.map(|(id, _)| id),
            signed_prekey_id: bundle.signed_prekey_id,
            base_key: base_key.public,
        }),
    };
    record.promote_state(state);
    Ok(())
}

/// The responder's new session for `message`, from our signed prekey and the
/// one-time prekey it names (the caller looked both up).
pub fn responder_state(
    local: LocalIdentity<'_>,
    message: &PreKeySignalMessage<'_>,
    signed_prekey: &SignedPreKeyRecord,
    one_time_prekey: Option<&PreKeyRecord>,
) -> SessionState {
    let mut secret = [0u8; 32 * 5];
    secret[..32].fill(0xFF);
    secret[32..64].copy_from_slice(&signed_prekey.key_pair.private.agree(&message.identity_key));
    secret[64..96].copy_from_slice(&local.identity.private.agree(&message.base_key));
    secret[96..128].copy_from_slice(&signed_prekey.key_pair.private.agree(&message.base_key));
    let len = match one_time_prekey {
        Some(prekey) => {
            secret[128..].copy_from_slice(&prekey.key_pair.private.agree(&message.base_key));
            160
        }
        None => 128,
    };
    let (root, _) = derive_initial(&secret[..len]);
    secret.zeroize();
    SessionState {
        version: CIPHERTEXT_VERSION,
        local_identity: local.identity.public,
        remote_identity: message.identity_key,
        local_registration_id: local.registration_id,
        remote_registration_id: message.registration_id,
        base_key: message.base_key,
        root,
        our_ratchet: KeyPair {
            public: signed_prekey.key_pair.public,
            private: signed_prekey.key_pair.private.clone(),
        },
        sender_chain: None,
        previous_counter: 0,
        receivers: Vec::new(),
        pending_prekey: None,
    }
}

/// What a `pkmsg` needs before its inner message can be decrypted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PreKeyNeed {
    /// The record already holds the session it names (now current).
    ExistingSession,
    /// A new session must be built from these prekeys.
    NewSession {
        /// The signed prekey id.
        signed_prekey_id: u32,
        /// The one-time prekey id, if any.
        prekey_id: Option<u32>,
    },
}

/// Finds the session a `pkmsg` names (making it current), or says which
/// prekeys a new one needs.
pub fn prekey_need(record: &mut SessionRecord, message: &PreKeySignalMessage<'_>) -> PreKeyNeed {
    if record.promote_matching_state(&message.base_key) {
        PreKeyNeed::ExistingSession
    } else {
        PreKeyNeed::NewSession {
            signed_prekey_id: message.signed_prekey_id,
            prekey_id: message.prekey_id,
        }
    }
}

/// Installs the responder state for `message` as the record's current one.
pub fn accept_prekey_message(
    record: &mut SessionRecord,
    local: LocalIdentity<'_>,
    message: &PreKeySignalMessage<'_>,
    signed_prekey: &SignedPreKeyRecord,
    one_time_prekey: Option<&PreKeyRecord>,
) {
    record.promote_state(responder_state(
        local,
        message,
        signed_prekey,
        one_time_prekey,
    ));
}
