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
use super::keys::{AgreementPoint, KeyPair, agree_all};
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
    let identity = AgreementPoint::from_verifier(&bundle.verified_identity()?);
    let signed_prekey = AgreementPoint::new(&bundle.signed_prekey);
    let [base_key, sending_ratchet] = keys.two_key_pairs();
    // The three agreements with the signed prekey share its conversion; the
    // sending ratchet's one joins the batch.
    let ours = &local.identity.private;
    let (base, ratchet) = (&base_key.private, &sending_ratchet.private);
    let mut shared = match &bundle.prekey {
        Some((_, prekey)) => agree_all([
            (ours, &signed_prekey),
            (base, &identity),
            (base, &signed_prekey),
            (base, &AgreementPoint::new(prekey)),
            (ratchet, &signed_prekey),
        ]),
        None => {
            let [a, b, c, d] = agree_all([
                (ours, &signed_prekey),
                (base, &identity),
                (base, &signed_prekey),
                (ratchet, &signed_prekey),
            ]);
            [a, b, c, [0; 32], d]
        }
    };
    let agreements = if bundle.prekey.is_some() { 4 } else { 3 };
    let mut secret = [0u8; 32 * 5];
    secret[..32].fill(0xFF);
    for (slot, agreement) in secret[32..].chunks_exact_mut(32).zip(&shared[..agreements]) {
        slot.copy_from_slice(agreement);
    }
    let (root, _) = derive_initial(&secret[..32 * (agreements + 1)]);
    secret.zeroize();
    let (root, sender_chain) = root.chain_from_agreement(&shared[4]);
    shared.zeroize();
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
    // Their base key takes part in three agreements: one conversion serves them.
    let their_identity = AgreementPoint::new(&message.identity_key);
    let their_base = AgreementPoint::new(&message.base_key);
    let signed = &signed_prekey.key_pair.private;
    let ours = &local.identity.private;
    let mut shared = match one_time_prekey {
        Some(prekey) => agree_all([
            (signed, &their_identity),
            (ours, &their_base),
            (signed, &their_base),
            (&prekey.key_pair.private, &their_base),
        ]),
        None => {
            let [a, b, c] = agree_all([
                (signed, &their_identity),
                (ours, &their_base),
                (signed, &their_base),
            ]);
            [a, b, c, [0; 32]]
        }
    };
    let agreements = if one_time_prekey.is_some() { 4 } else { 3 };
    let mut secret = [0u8; 32 * 5];
    secret[..32].fill(0xFF);
    for (slot, agreement) in secret[32..].chunks_exact_mut(32).zip(&shared[..agreements]) {
        slot.copy_from_slice(agreement);
    }
    let (root, _) = derive_initial(&secret[..32 * (agreements + 1)]);
    secret.zeroize();
    shared.zeroize();
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
