//! wapy's Rust core: the pieces of a WhatsApp Web multi-device client that are
//! hot or security critical, exposed to Python as `wapy._core`.
//!
//! The crate is a module tree; each module owns one concern:
//!
//! * [`binary`]: the binary stanza codec and JIDs.
//! * [`proto`]: the wire schema (protobuf types generated from `proto/`).
//! * [`signal`]: the Signal protocol (keys, XEdDSA, sessions, sender keys).
//! * [`store`]: durable storage (SQLite): device identity, Signal state, buffered events.

#![warn(missing_docs)]
// Peer bytes must never crash the process: no unwrap/expect/panic outside tests.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used, clippy::panic))]

pub mod binary;
pub mod proto;
pub mod signal;
pub mod store;

#[cfg(feature = "python")]
mod py;
