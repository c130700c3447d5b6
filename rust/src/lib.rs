//! wapy's Rust core: the pieces of a WhatsApp Web multi-device client that are
//! hot or security critical, exposed to Python as `wapy._core`.
//!
//! The crate is a module tree; each module owns one concern:
//!
//! * [`binary`]: the binary stanza codec and JIDs.
//! * [`proto`]: the wire schema (protobuf types generated from `proto/`).

pub mod binary;
pub mod proto;

#[cfg(feature = "python")]
mod py;
