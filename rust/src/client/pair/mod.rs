//! Device linking ("pairing"), companion side: pure functions and small state
//! machines; the connection layer carries their bytes in stanzas.
//!
//! * [`qr`]: the QR text `ref,B64(noise pub),B64(identity pub),B64(advSecret),T`
//!   (optionally behind the `https://wa.me/settings/linked_devices#` link),
//!   the companion platform characters and the QR rotation timing.
//! * [`success`]: `<pair-success>` processing: the ADV HMAC, the account
//!   signature, our device signature, and the `<pair-device-sign>` reply.
//! * [`code`]: linking with an 8-character code typed on the phone
//!   (`link_code_companion_reg`), both halves of its key agreement;
//!   [`code_stanza`] its stanzas.
//! * [`adv`]: the ADV ("account device verification") building blocks shared
//!   with the emulator's simulated phone: signature prefixes, the decoded
//!   `ADVDeviceIdentity`, the signed messages.
//! * [`key_index`]: signed key-index lists (`ADVSignedKeyIndexList`) that
//!   come with device lists.
//! * [`stanza`]: the QR-linking stanzas (`<pair-device>`, `<pair-success>`,
//!   `<pair-device-sign>`, the error answer), built and parsed.
//!
//! The secret both sides share before `<pair-success>` is the 32-byte
//! [`AdvSecret`]: random and shown in the QR code, or derived from the pair
//! code's key agreement.
//!
//! ```
//! use wapy::client::pair::adv::EncryptionType;
//! use wapy::client::pair::{AdvSecret, CompanionPlatform, QrData, process_pair_success};
//! use wapy::server::phone_crypto::PrimaryAccount;
//! use wapy::signal::KeyPair;
//!
//! // The companion shows a QR code for a ref of `<pair-device>`.
//! let (noise, identity, adv_secret) = (KeyPair::generate(), KeyPair::generate(), AdvSecret::generate());
//! let qr = QrData::new(b"2@ref", noise.public, identity.public, adv_secret.clone(), CompanionPlatform::Chrome)?;
//!
//! // A (simulated) phone scans it and vouches for the companion.
//! let phone = PrimaryAccount::generate();
//! let scanned = QrData::parse(&qr.text())?;
//! let issued = phone.issue_device_identity(&scanned.identity_key, &scanned.adv_secret, 1, 1_700_000_000, EncryptionType::E2ee);
//!
//! // `<pair-success>`: the companion checks and countersigns...
//! let success = process_pair_success(&issued.device_identity, &adv_secret, &identity)?;
//! // ...and `<pair-device-sign key-index=…>` goes back to the phone.
//! issued.verify_reply(success.key_index(), &success.reply_device_identity)?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod adv;
pub mod code;
pub mod code_stanza;
pub mod key_index;
pub mod qr;
pub mod stanza;
pub mod success;

use std::fmt;

use subtle::ConstantTimeEq;
use zeroize::{Zeroize, ZeroizeOnDrop};

use crate::signal::keys::random_array;

pub use adv::{AdvError, DeviceIdentity, EncryptionType};
pub use code::{CompanionFinish, CompanionPairCode, PairCode, PairCodeError};
pub use key_index::{KeyIndexList, VerifiedKeyIndexList, verify_key_index_list};
pub use qr::{CompanionPlatform, QrData, QrError, QrFormat};
pub use stanza::{PairDevice, PairDeviceSign, PairStanzaError, PairSuccessStanza, pair_error};
pub use success::{PairErrorReply, PairSuccess, PairSuccessError, process_pair_success};

/// Length of the ADV secret.
pub const ADV_SECRET_LEN: usize = 32;

/// The ADV secret key: the HMAC key of the `<device-identity>` the phone
/// sends in `<pair-success>`. For QR linking it is 32 random bytes the
/// companion shows in the QR code (and keeps with its credentials); for code
/// linking both sides derive it (see [`code`]). Wiped on drop, compared in
/// constant time, never printed.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct AdvSecret([u8; ADV_SECRET_LEN]);

impl AdvSecret {
    /// A fresh random secret from the operating system's generator.
    pub fn generate() -> AdvSecret {
        AdvSecret(random_array())
    }

    /// Wraps stored secret bytes.
    pub const fn from_bytes(bytes: [u8; ADV_SECRET_LEN]) -> AdvSecret {
        AdvSecret(bytes)
    }

    /// Reads a stored secret; `None` unless it has exactly 32 bytes.
    pub fn from_slice(bytes: &[u8]) -> Option<AdvSecret> {
        <[u8; ADV_SECRET_LEN]>::try_from(bytes).ok().map(AdvSecret)
    }

    /// The secret bytes, for storage.
    pub const fn as_bytes(&self) -> &[u8; ADV_SECRET_LEN] {
        &self.0
    }
}

impl PartialEq for AdvSecret {
    fn eq(&self, other: &AdvSecret) -> bool {
        self.0.ct_eq(&other.0).into()
    }
}

impl Eq for AdvSecret {}

impl fmt::Debug for AdvSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AdvSecret(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adv_secret_is_redacted_and_compares_by_value() {
        let secret = AdvSecret::from_bytes([7; 32]);
        assert_eq!(format!("{secret:?}"), "AdvSecret(<redacted>)");
        assert_eq!(secret, AdvSecret::from_slice(&[7; 32]).unwrap());
        assert_ne!(secret, AdvSecret::from_bytes([8; 32]));
        assert!(AdvSecret::from_slice(&[7; 31]).is_none());
        assert!(AdvSecret::from_slice(&[7; 33]).is_none());
        assert_ne!(AdvSecret::generate(), AdvSecret::generate());
    }
}
