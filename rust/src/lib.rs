//! wapy's Rust core: the pieces of a WhatsApp Web multi-device client that are
//! hot or security critical, exposed to Python as `wapy._core`.
//!
//! The crate is a module tree; each module owns one concern:
//!
//! * [`binary`]: the binary stanza codec and JIDs.
//! * [`client`]: the client, one module per protocol concern.
//! * [`events`]: the `Event` enum and its payloads, the event bus and its handlers.
//! * [`media`]: media file encryption and media retry crypto.
//! * [`noise`]: the Noise transport: frames, handshake, certificates.
//! * [`proto`]: the wire schema (protobuf types generated from `proto/`).
//! * [`server`]: the local server emulator and its simulated phones.
//! * [`signal`]: the Signal protocol (keys, XEdDSA, sessions, sender keys).
//! * [`store`]: durable storage (SQLite): device identity, Signal state, buffered events.
//! * [`sync`]: app-state (syncd) cryptography and history sync helpers.

#![warn(missing_docs)]
// Peer bytes must never crash the process: no unwrap/expect/panic outside tests.
#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

pub mod binary;
pub mod client;
pub mod events;
pub mod media;
pub mod noise;
pub mod proto;
pub mod server;
pub mod signal;
pub mod store;
pub mod sync;

#[cfg(feature = "python")]
mod py;
