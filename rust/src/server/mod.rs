//! The local WhatsApp server emulator (`wapy.testing`).
//!
//! * [`phone_crypto`]: the simulated primary phone's side of device linking:
//!   it reads QR codes, signs device identities and key-index lists, checks
//!   the companion's countersignature, and runs its half of code linking.
//! * [`media`]: the media server (upload, download, `media_conn`) and the
//!   simulated phone's answer to media retry receipts.

pub mod media;
pub mod phone_crypto;
