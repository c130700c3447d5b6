//! The Signal protocol as WhatsApp uses it.
//!
//! * [`keys`]: Curve25519 keys, X25519 agreement and XEdDSA signatures.

pub mod keys;

pub use keys::{KeyError, KeyPair, PrivateKey, PublicKey};
