//! Durable storage of the client: SQLite by default (a file, or `":memory:"`).
//!
//! * [`Store`]: the shared handle (`Send + Sync`, cheap to clone); see
//!   [`sqlite`] for the threading model and durability.
//! * [`Transaction`]: one protocol step; it implements
//!   [`SignalStore`](crate::signal::SignalStore), so every Signal operation can
//!   run inside a transaction together with other writes (the buffered
//!   plaintext of [`events`], for instance) and commit atomically.
//! * [`Device`]: the identity of this linked device.
//! * [`app_state`]: app-state sync keys and collection states.
//! * The schema is an ordered list of migrations (`migrations.rs`); modules
//!   that need tables append one.
//!
//! The convenience methods on [`Store`] (`encrypt`, `decrypt`,
//! `decrypt_buffered`, `group_*`) each run one transaction.

pub mod app_state;
pub mod contacts;
pub mod device;
mod error;
pub mod events;
mod migrations;
pub mod push_names;
pub mod retry_counters;
pub mod sender_key_devices;
pub mod signal;
pub mod sqlite;
#[cfg(test)]
mod tests;

pub use app_state::AppStateSyncKey;
pub use contacts::PrivacyToken;
pub use device::Device;
pub use error::StoreError;
pub use events::{BufferedEvent, buffer_key};
pub use retry_counters::RetryCounter;
pub use signal::RetryKeys;
pub use sqlite::{Store, Transaction};

use crate::signal::address::{ProtocolAddress, SenderKeyName};
use crate::signal::error::SignalError;
use crate::signal::key_source::OsKeys;
use crate::signal::prekeys::PreKeyBundle;
use crate::signal::store as protocol;
use crate::signal::wire::{CiphertextMessage, MessageType, SenderKeyDistributionMessage};

/// A decrypted message and the key of its buffered copy.
#[derive(Clone, PartialEq, Eq)]
pub struct Decrypted {
    /// The plaintext (still padded, as the sender wrote it).
    pub plaintext: Vec<u8>,
    /// The buffer key: delete the buffered copy with
    /// [`Store::delete_buffered_event`] once the message was handled.
    pub buffer_key: [u8; 32],
    /// Whether the plaintext came from the buffer (a redelivery of a message
    /// decrypted before a crash) rather than from decryption now.
    pub from_buffer: bool,
}

impl std::fmt::Debug for Decrypted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Decrypted")
            .field("plaintext_len", &self.plaintext.len())
            .field("from_buffer", &self.from_buffer)
            .finish_non_exhaustive()
    }
}

/// What a buffered decryption decrypts.
enum Payload<'a> {
    Direct(&'a ProtocolAddress, MessageType),
    Group(&'a SenderKeyName),
}

impl Store {
    /// Starts a session with `address` from its prekey bundle.
    pub fn process_bundle(
        &self,
        address: &ProtocolAddress,
        bundle: &PreKeyBundle,
    ) -> Result<(), SignalError> {
        self.with_transaction(|tx| protocol::process_bundle(tx, address, bundle, &mut OsKeys))
    }

    /// Whether we hold a session with `address`.
    pub fn has_session(&self, address: &ProtocolAddress) -> Result<bool, SignalError> {
        self.with_transaction(|tx| protocol::has_session(tx, address))
    }

    /// Encrypts a (padded) plaintext for `address`.
    pub fn encrypt(
        &self,
        address: &ProtocolAddress,
        plaintext: &[u8],
    ) -> Result<CiphertextMessage, SignalError> {
        self.with_transaction(|tx| protocol::encrypt(tx, address, plaintext, &mut OsKeys))
    }

    /// Encrypts one (padded) plaintext for many devices in one transaction;
    /// one result per address, in order. Devices that fail (no session,
    /// untrusted identity) do not stop the others.
    pub fn encrypt_for_devices(
        &self,
        addresses: &[ProtocolAddress],
        plaintext: &[u8],
    ) -> Result<Vec<Result<CiphertextMessage, SignalError>>, StoreError> {
        self.with_transaction(|tx| {
            Ok(addresses
                .iter()
                .map(|address| protocol::encrypt(tx, address, plaintext, &mut OsKeys))
                .collect())
        })
    }

    /// Decrypts a `msg` or `pkmsg` from `address`, committing the new session
    /// state before returning.
    pub fn decrypt(
        &self,
        address: &ProtocolAddress,
        message_type: MessageType,
        ciphertext: &[u8],
    ) -> Result<Vec<u8>, SignalError> {
        self.with_transaction(|tx| {
            protocol::decrypt(tx, address, message_type, ciphertext, &mut OsKeys)
        })
    }

    /// Decrypts a `msg` or `pkmsg` and buffers the plaintext in the same
    /// transaction; a redelivered ciphertext is answered from the buffer.
    pub fn decrypt_buffered(
        &self,
        address: &ProtocolAddress,
        message_type: MessageType,
        ciphertext: &[u8],
        server_timestamp: i64,
    ) -> Result<Decrypted, SignalError> {
        self.decrypt_and_buffer(
            Payload::Direct(address, message_type),
            ciphertext,
            server_timestamp,
        )
    }

    /// Our distribution message for our sender key `name`.
    pub fn create_distribution(
        &self,
        name: &SenderKeyName,
    ) -> Result<SenderKeyDistributionMessage, SignalError> {
        self.with_transaction(|tx| protocol::create_distribution(tx, name, &mut OsKeys))
    }

    /// Processes a serialized distribution message from the group sender `name`.
    pub fn process_distribution(
        &self,
        name: &SenderKeyName,
        serialized: &[u8],
    ) -> Result<(), SignalError> {
        self.with_transaction(|tx| protocol::process_distribution(tx, name, serialized))
    }

    /// Encrypts a (padded) group plaintext with our sender key `name`.
    pub fn group_encrypt(
        &self,
        name: &SenderKeyName,
        plaintext: &[u8],
    ) -> Result<Vec<u8>, SignalError> {
        self.with_transaction(|tx| protocol::group_encrypt(tx, name, plaintext, &mut OsKeys))
    }

    /// Decrypts an `skmsg` from the group sender `name`.
    pub fn group_decrypt(
        &self,
        name: &SenderKeyName,
        ciphertext: &[u8],
    ) -> Result<Vec<u8>, SignalError> {
        self.with_transaction(|tx| protocol::group_decrypt(tx, name, ciphertext))
    }

    /// Decrypts an `skmsg` and buffers the plaintext in the same transaction.
    pub fn group_decrypt_buffered(
        &self,
        name: &SenderKeyName,
        ciphertext: &[u8],
        server_timestamp: i64,
    ) -> Result<Decrypted, SignalError> {
        self.decrypt_and_buffer(Payload::Group(name), ciphertext, server_timestamp)
    }

    /// Deletes a buffered plaintext once its message was handled.
    pub fn delete_buffered_event(&self, key: &[u8]) -> Result<bool, StoreError> {
        self.with_transaction(|tx| tx.delete_buffered_event(key))
    }

    fn decrypt_and_buffer(
        &self,
        payload: Payload<'_>,
        ciphertext: &[u8],
        server_timestamp: i64,
    ) -> Result<Decrypted, SignalError> {
        let key = buffer_key(ciphertext);
        self.with_transaction(|tx| {
            if let Some(event) = tx.buffered_event(&key)? {
                return Ok(Decrypted {
                    plaintext: event.plaintext,
                    buffer_key: key,
                    from_buffer: true,
                });
            }
            let plaintext = match payload {
                Payload::Direct(address, message_type) => {
                    protocol::decrypt(tx, address, message_type, ciphertext, &mut OsKeys)?
                }
                Payload::Group(name) => protocol::group_decrypt(tx, name, ciphertext)?,
            };
            tx.put_buffered_event(&key, &plaintext, server_timestamp)?;
            Ok(Decrypted {
                plaintext,
                buffer_key: key,
                from_buffer: false,
            })
        })
    }
}
