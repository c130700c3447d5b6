//! The Signal protocol as WhatsApp uses it, wire-compatible with libsignal.
//!
//! * [`keys`]: Curve25519 keys, X25519 agreement and XEdDSA signatures.
//! * [`address`]: WhatsApp's naming of Signal addresses and sender keys.
//! * [`prekeys`]: identity, registration id, signed and one-time prekeys,
//!   bundles.
//! * [`wire`]: `msg`, `pkmsg`, `skmsg` and SKDM in their exact wire format.
//! * [`session_builder`]: X3DH from a bundle and from an incoming `pkmsg`.
//! * [`session`] and the cipher on it: the double ratchet with bounded
//!   skipped keys, archived states, duplicate detection.
//! * [`sender_keys`]: group sender keys.
//! * [`padding`]: WhatsApp's plaintext padding.
//! * [`store`]: the storage interface and the protocol operations on it;
//!   [`memory`] holds state in memory, [`crate::store`] in SQLite.
//! * [`key_source`]: where key pairs and random bytes come from.
//!
//! The record types are pure data: [`SessionRecord::encrypt`],
//! [`SessionRecord::decrypt`], [`SenderKeyRecord::encrypt`] and friends change
//! a record in memory; persisting it is the store's job.

pub mod address;
mod codec;
mod crypto;
pub mod error;
pub mod key_source;
pub mod keys;
pub mod memory;
pub mod padding;
pub mod prekeys;
mod ratchet;
pub mod sender_keys;
pub mod session;
pub mod session_builder;
mod session_cipher;
pub mod store;
#[cfg(test)]
mod tests;
pub mod wire;

pub use address::{ProtocolAddress, SenderKeyName};
pub use error::{Malformed, MessageKind, SignalError};
pub use key_source::{KeySource, OsKeys};
pub use keys::{KeyError, KeyPair, PrivateKey, PublicKey, SigningKey, VerifyingKey};
pub use memory::MemorySignalStore;
pub use prekeys::{IdentityKeyPair, PreKeyBundle, PreKeyRecord, SignedPreKeyRecord};
pub use sender_keys::SenderKeyRecord;
pub use session::{SessionRecord, SessionState};
pub use store::{LocalKeys, SignalStore};
pub use wire::{CiphertextMessage, MessageType, SenderKeyDistributionMessage};
