//! What the Signal protocol needs from storage, and the protocol operations
//! written once on top of it.
//!
//! [`SignalStore`] is implemented by the SQLite store's transaction
//! ([`crate::store::Transaction`]), so one protocol step is one database
//! transaction, and by [`MemorySignalStore`](super::memory::MemorySignalStore)
//! for tests, benchmarks and the emulator. Each operation loads the records
//! it needs, runs the pure protocol code on them, and writes back only when
//! the whole step succeeded.

use super::address::{ProtocolAddress, SenderKeyName};
use super::error::SignalError;
use super::key_source::KeySource;
use super::keys::PublicKey;
use super::prekeys::{IdentityKeyPair, PreKeyBundle, PreKeyRecord, SignedPreKeyRecord};
use super::sender_keys::SenderKeyRecord;
use super::session::SessionRecord;
use super::session_builder::{self, LocalIdentity, PreKeyNeed};
use super::wire::{
    CiphertextMessage, MessageType, PreKeySignalMessage, SenderKeyDistributionMessage,
    SenderKeyMessage, SignalMessage,
};
use crate::store::StoreError;

/// Our identity as the protocol needs it.
#[derive(Clone, Debug)]
pub struct LocalKeys {
    /// Our identity key pair.
    pub identity: IdentityKeyPair,
    /// Our registration id.
    pub registration_id: u32,
}

/// Storage of the Signal protocol's state.
///
/// Loads return copies; nothing is written until the caller stores a record,
/// so an operation that fails half-way leaves the store unchanged.
pub trait SignalStore {
    /// Our identity key pair and registration id.
    fn local_keys(&mut self) -> Result<LocalKeys, StoreError>;

    /// The session record with `address`.
    fn load_session(
        &mut self,
        address: &ProtocolAddress,
    ) -> Result<Option<SessionRecord>, StoreError>;

    /// Replaces the session record with `address`.
    fn store_session(
        &mut self,
        address: &ProtocolAddress,
        record: SessionRecord,
    ) -> Result<(), StoreError>;

    /// The identity key we trust for `address`, if we have seen one.
    fn remote_identity(
        &mut self,
        address: &ProtocolAddress,
    ) -> Result<Option<PublicKey>, StoreError>;

    /// Remembers `key` as the identity of `address`.
    fn save_remote_identity(
        &mut self,
        address: &ProtocolAddress,
        key: &PublicKey,
    ) -> Result<(), StoreError>;

    /// Whether `key` may be used for `address`: trust on first use, then only
    /// the same key. A changed identity is reported as
    /// [`SignalError::UntrustedIdentity`]; the messaging layer decides whether
    /// to accept it (by saving the new key) and tells the user.
    fn is_trusted_identity(
        &mut self,
        address: &ProtocolAddress,
        key: &PublicKey,
    ) -> Result<bool, StoreError> {
        Ok(self
            .remote_identity(address)?
            .is_none_or(|known| known == *key))
    }

    /// One of our one-time prekeys.
    fn load_prekey(&mut self, id: u32) -> Result<Option<PreKeyRecord>, StoreError>;

    /// Deletes a one-time prekey once a session was built from it.
    fn remove_prekey(&mut self, id: u32) -> Result<(), StoreError>;

    /// One of our signed prekeys (the current one or an older one still kept).
    fn load_signed_prekey(&mut self, id: u32) -> Result<Option<SignedPreKeyRecord>, StoreError>;

    /// The sender-key record of a group sender.
    fn load_sender_key(
        &mut self,
        name: &SenderKeyName,
    ) -> Result<Option<SenderKeyRecord>, StoreError>;

    /// Replaces the sender-key record of a group sender.
    fn store_sender_key(
        &mut self,
        name: &SenderKeyName,
        record: SenderKeyRecord,
    ) -> Result<(), StoreError>;
}

fn check_trust<S: SignalStore + ?Sized>(
    store: &mut S,
    address: &ProtocolAddress,
    key: &PublicKey,
) -> Result<(), SignalError> {
    if store.is_trusted_identity(address, key)? {
        Ok(())
    } else {
        log::warn!("identity of {address} changed");
        Err(SignalError::UntrustedIdentity(address.clone()))
    }
}

/// Starts a session with `address` from its prekey bundle.
pub fn process_bundle<S: SignalStore + ?Sized>(
    store: &mut S,
    address: &ProtocolAddress,
    bundle: &PreKeyBundle,
    keys: &mut impl KeySource,
) -> Result<(), SignalError> {
    check_trust(store, address, &bundle.identity_key)?;
    let local = store.local_keys()?;
    let mut record = store.load_session(address)?.unwrap_or_default();
    session_builder::process_bundle(
        &mut record,
        LocalIdentity {
            identity: &local.identity,
            registration_id: local.registration_id,
        },
        bundle,
        keys,
    )?;
    store.save_remote_identity(address, &bundle.identity_key)?;
    store.store_session(address, record)?;
    Ok(())
}

/// Whether we hold a current session with `address`.
pub fn has_session<S: SignalStore + ?Sized>(
    store: &mut S,
    address: &ProtocolAddress,
) -> Result<bool, SignalError> {
    Ok(store
        .load_session(address)?
        .is_some_and(|record| record.has_current_state()))
}

/// Encrypts a (padded) plaintext for `address`.
pub fn encrypt<S: SignalStore + ?Sized>(
    store: &mut S,
    address: &ProtocolAddress,
    plaintext: &[u8],
    keys: &mut impl KeySource,
) -> Result<CiphertextMessage, SignalError> {
    let mut record = store
        .load_session(address)?
        .ok_or_else(|| SignalError::NoSession(address.clone()))?;
    let identity = *record
        .remote_identity()
        .ok_or_else(|| SignalError::NoSession(address.clone()))?;
    check_trust(store, address, &identity)?;
    let message = record.encrypt(address, plaintext, keys)?;
    store.store_session(address, record)?;
    Ok(message)
}

/// Decrypts a `msg` or `pkmsg` from `address`; the plaintext keeps its padding.
pub fn decrypt<S: SignalStore + ?Sized>(
    store: &mut S,
    address: &ProtocolAddress,
    message_type: MessageType,
    ciphertext: &[u8],
    keys: &mut impl KeySource,
) -> Result<Vec<u8>, SignalError> {
    let result = match message_type {
        MessageType::Whisper => decrypt_message(store, address, ciphertext, keys),
        MessageType::PreKey => decrypt_prekey_message(store, address, ciphertext, keys),
    };
    if let Err(error) = &result {
        log_failure(message_type.enc_type(), address, error);
    }
    result
}

/// One log line per failed decryption (never key material: errors carry
/// counters, ids and lengths only).
fn log_failure(what: &str, from: &dyn std::fmt::Display, error: &SignalError) {
    match error {
        SignalError::DuplicateMessage { .. } => log::debug!("{what} from {from}: {error}"),
        SignalError::Store(_) => log::error!("{what} from {from}: {error}"),
        _ => log::warn!("{what} from {from} does not decrypt: {error}"),
    }
}

/// Decrypts a `msg`.
pub fn decrypt_message<S: SignalStore + ?Sized>(
    store: &mut S,
    address: &ProtocolAddress,
    ciphertext: &[u8],
    keys: &mut impl KeySource,
) -> Result<Vec<u8>, SignalError> {
    let message = SignalMessage::parse(ciphertext)?;
    let mut record = store
        .load_session(address)?
        .ok_or_else(|| SignalError::NoSession(address.clone()))?;
    let plaintext = record.decrypt(address, &message, keys)?;
    let identity = *record
        .remote_identity()
        .ok_or_else(|| SignalError::NoSession(address.clone()))?;
    check_trust(store, address, &identity)?;
    store.store_session(address, record)?;
    Ok(plaintext)
}

/// Decrypts a `pkmsg`: finds or builds the session it names, decrypts its
/// message, then stores the session, the sender's identity and deletes the
/// one-time prekey used.
pub fn decrypt_prekey_message<S: SignalStore + ?Sized>(
    store: &mut S,
    address: &ProtocolAddress,
    ciphertext: &[u8],
    keys: &mut impl KeySource,
) -> Result<Vec<u8>, SignalError> {
    let message = PreKeySignalMessage::parse(ciphertext)?;
    check_trust(store, address, &message.identity_key)?;
    let mut record = store.load_session(address)?.unwrap_or_default();
    let used_prekey = match session_builder::prekey_need(&mut record, &message) {
        PreKeyNeed::ExistingSession => None,
        PreKeyNeed::NewSession {
            signed_prekey_id,
            prekey_id,
        } => {
            let signed_prekey = store
                .load_signed_prekey(signed_prekey_id)?
                .ok_or(SignalError::InvalidSignedPreKeyId(signed_prekey_id))?;
            let one_time_prekey = match prekey_id {
                Some(id) => Some(
                    store
                        .load_prekey(id)?
                        .ok_or(SignalError::InvalidPreKeyId(id))?,
                ),
                None => None,
            };
            let local = store.local_keys()?;
            session_builder::accept_prekey_message(
                &mut record,
                LocalIdentity {
                    identity: &local.identity,
                    registration_id: local.registration_id,
                },
                &message,
                &signed_prekey,
                one_time_prekey.as_ref(),
            );
            prekey_id
        }
    };
    let plaintext = record.decrypt_current(address, &message.message, keys)?;
    // The identity the session was built with (for a known session, the one
    // its MAC just proved), not merely the one the message claims.
    let identity = *record
        .remote_identity()
        .ok_or_else(|| SignalError::NoSession(address.clone()))?;
    check_trust(store, address, &identity)?;
    store.save_remote_identity(address, &identity)?;
    store.store_session(address, record)?;
    if let Some(id) = used_prekey {
        store.remove_prekey(id)?;
    }
    Ok(plaintext)
}

/// Our distribution message for `name` (our own sender key in a group),
/// creating the sender key on first use.
pub fn create_distribution<S: SignalStore + ?Sized>(
    store: &mut S,
    name: &SenderKeyName,
    keys: &mut impl KeySource,
) -> Result<SenderKeyDistributionMessage, SignalError> {
    let mut record = store.load_sender_key(name)?.unwrap_or_default();
    let message = record.create_distribution(keys);
    store.store_sender_key(name, record)?;
    Ok(message)
}

/// Processes a serialized distribution message from the group sender `name`.
pub fn process_distribution<S: SignalStore + ?Sized>(
    store: &mut S,
    name: &SenderKeyName,
    serialized: &[u8],
) -> Result<(), SignalError> {
    let message = SenderKeyDistributionMessage::parse(serialized).inspect_err(|error| {
        log::warn!("sender key distribution from {name} is invalid: {error}");
    })?;
    let mut record = store.load_sender_key(name)?.unwrap_or_default();
    record.process_distribution(&message);
    store.store_sender_key(name, record)?;
    Ok(())
}

/// Encrypts a (padded) group plaintext with our sender key `name`.
pub fn group_encrypt<S: SignalStore + ?Sized>(
    store: &mut S,
    name: &SenderKeyName,
    plaintext: &[u8],
    keys: &mut impl KeySource,
) -> Result<Vec<u8>, SignalError> {
    let mut record = store
        .load_sender_key(name)?
        .ok_or(SignalError::NoSenderKeyState { key_id: None })?;
    let ciphertext = record.encrypt(plaintext, keys)?;
    store.store_sender_key(name, record)?;
    Ok(ciphertext)
}

/// Decrypts an `skmsg` from the group sender `name`.
pub fn group_decrypt<S: SignalStore + ?Sized>(
    store: &mut S,
    name: &SenderKeyName,
    ciphertext: &[u8],
) -> Result<Vec<u8>, SignalError> {
    let result = match store.load_sender_key(name)? {
        Some(mut record) => record
            .decrypt(ciphertext)
            .map(|plaintext| (record, plaintext)),
        None => match SenderKeyMessage::parse(ciphertext) {
            Ok(message) => Err(SignalError::NoSenderKeyState {
                key_id: Some(message.key_id),
            }),
            Err(error) => Err(error),
        },
    };
    match result {
        Ok((record, plaintext)) => {
            store.store_sender_key(name, record)?;
            Ok(plaintext)
        }
        Err(error) => {
            log_failure("skmsg", name, &error);
            Err(error)
        }
    }
}
