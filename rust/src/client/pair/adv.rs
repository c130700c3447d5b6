//! ADV ("account device verification"): how a primary phone vouches for a
//! companion's identity key, shared by the companion ([`super::success`]) and
//! the emulator's simulated phone (`crate::server::phone_crypto`).
//!
//! The phone's identity key is the *account* key. At linking it signs an
//! `ADVDeviceIdentity` (`details`: rawId, timestamp, keyIndex, accountType,
//! deviceType) together with the companion's identity key; the companion
//! countersigns with its own identity key, binding both keys to the details.
//! Every signed message starts with a two-byte domain separator (WA Web
//! `WAWebAdvSignatureConstants`, whatsmeow `pair.go`, whatsapp-rust
//! `wacore/src/adv.rs`):
//!
//! | prefix | message | signer |
//! |---|---|---|
//! | `06 00` | `details ‖ companion identity` | account |
//! | `06 01` | `details ‖ companion identity ‖ account key` | companion |
//! | `06 02` | `ADVKeyIndexList` bytes | account |
//! | `06 05` | as `06 00`, for hosted devices; also prefixes the HMAC input of a hosted container | account |
//! | `06 06` | as `06 01`, for hosted devices (verification only) | companion |
//!
//! Hosted prefixes, where the references disagree (see PROTOCOL.md §6):
//! whatsmeow, Baileys and WA Web choose the account prefix from
//! `ADVDeviceIdentity.deviceType` and always *generate* the device signature
//! with `06 01`; whatsapp-rust chooses from the HMAC container's accountType
//! and signs with `06 06` when hosted. wapy follows WA Web: the HMAC prefix
//! comes from the container's accountType, the account prefix from the
//! details' deviceType, and our device signature always uses `06 01`. When
//! *verifying* a hosted device's signature both `06 01` and `06 06` are
//! accepted, so identities made by either kind of implementation verify.

use std::fmt;

use hmac::digest::KeyInit;
use hmac::{Hmac, Mac};
use prost::Message as _;
use sha2::Sha256;
use zeroize::Zeroize;

use super::AdvSecret;
use crate::proto::wa;
use crate::signal::PublicKey;
use crate::signal::keys::{KEY_LEN, SIGNATURE_LEN};

/// Prefix of the account signature over `details ‖ companion identity`.
pub const ACCOUNT_SIGNATURE_PREFIX: [u8; 2] = [6, 0];
/// Prefix of the companion's device signature over
/// `details ‖ companion identity ‖ account key`.
pub const DEVICE_SIGNATURE_PREFIX: [u8; 2] = [6, 1];
/// Prefix of the account signature over an `ADVKeyIndexList`.
pub const KEY_INDEX_LIST_SIGNATURE_PREFIX: [u8; 2] = [6, 2];
/// Prefix of the account signature for hosted devices, and of the HMAC input
/// of a hosted `ADVSignedDeviceIdentityHMAC`.
pub const HOSTED_ACCOUNT_SIGNATURE_PREFIX: [u8; 2] = [6, 5];
/// Prefix of a hosted device's device signature (whatsapp-rust generates it;
/// WA Web checks it for devices on hosted servers).
pub const HOSTED_DEVICE_SIGNATURE_PREFIX: [u8; 2] = [6, 6];

/// Length of the ADV HMAC (HMAC-SHA256).
pub const HMAC_LEN: usize = 32;

/// `ADVEncryptionType`: the kind of account or device. Values this build does
/// not know are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum EncryptionType {
    /// End-to-end encrypted (0): every ordinary account and device.
    #[default]
    E2ee,
    /// Hosted (1): a business device hosted by Meta (Cloud API).
    Hosted,
    /// Not end-to-end encrypted (2).
    NonE2ee,
    /// A value this build does not know.
    Unknown(i32),
}

impl EncryptionType {
    /// From the protobuf field; absent means E2EE (proto2 default).
    pub fn from_wire(value: Option<i32>) -> EncryptionType {
        match value.map(wa::AdvEncryptionType::try_from) {
            None | Some(Ok(wa::AdvEncryptionType::E2ee)) => EncryptionType::E2ee,
            Some(Ok(wa::AdvEncryptionType::Hosted)) => EncryptionType::Hosted,
            Some(Ok(wa::AdvEncryptionType::NonE2ee)) => EncryptionType::NonE2ee,
            Some(Err(unknown)) => EncryptionType::Unknown(unknown.0),
        }
    }

    /// The protobuf value.
    pub fn to_wire(self) -> i32 {
        match self {
            EncryptionType::E2ee => wa::AdvEncryptionType::E2ee as i32,
            EncryptionType::Hosted => wa::AdvEncryptionType::Hosted as i32,
            EncryptionType::NonE2ee => wa::AdvEncryptionType::NonE2ee as i32,
            EncryptionType::Unknown(value) => value,
        }
    }

    /// The protobuf field as written: E2EE (the default) is left out.
    fn to_field(self) -> Option<i32> {
        (self != EncryptionType::E2ee).then(|| self.to_wire())
    }

    /// Whether this is [`EncryptionType::Hosted`].
    pub fn is_hosted(self) -> bool {
        self == EncryptionType::Hosted
    }
}

/// What is wrong with an ADV protobuf or signature.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum AdvError {
    /// The bytes are not a protobuf of the expected message.
    #[error("{message} is not a valid protobuf: {source}")]
    Protobuf {
        /// The protobuf message expected.
        message: &'static str,
        /// The decoder's complaint.
        source: prost::DecodeError,
    },
    /// A field the protocol requires is absent.
    #[error("{message}.{field} is missing")]
    Missing {
        /// The protobuf message.
        message: &'static str,
        /// The absent field.
        field: &'static str,
    },
    /// A key field that does not hold a raw 32-byte Curve25519 key.
    #[error("{field} has {got} bytes, expected a 32-byte key")]
    KeyLength {
        /// The field.
        field: &'static str,
        /// Its length.
        got: usize,
    },
    /// No account key in the message and none given by the caller.
    #[error("no account signature key to verify with")]
    NoAccountKey,
    /// The message names an account key other than the one we trust.
    #[error("the account signature key is not the account's identity key")]
    AccountKeyMismatch,
    /// The account signature does not verify.
    #[error("the account signature does not verify")]
    AccountSignatureMismatch,
    /// The device signature does not verify.
    #[error("the device signature does not verify")]
    DeviceSignatureMismatch,
}

/// Decodes a protobuf, naming the message in the error.
pub(crate) fn decode<M: prost::Message + Default>(
    message: &'static str,
    bytes: &[u8],
) -> Result<M, AdvError> {
    M::decode(bytes).map_err(|source| AdvError::Protobuf { message, source })
}

/// A present field, or [`AdvError::Missing`].
pub(crate) fn required<T>(
    value: Option<T>,
    message: &'static str,
    field: &'static str,
) -> Result<T, AdvError> {
    value.ok_or(AdvError::Missing { message, field })
}

/// A raw 32-byte public key from a key field.
pub(crate) fn key_field(field: &'static str, bytes: &[u8]) -> Result<PublicKey, AdvError> {
    <[u8; KEY_LEN]>::try_from(bytes)
        .map(PublicKey::from_raw)
        .map_err(|_| AdvError::KeyLength {
            field,
            got: bytes.len(),
        })
}

/// A decoded `ADVDeviceIdentity`: what the phone says about a companion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DeviceIdentity {
    /// The account's ADV id (`rawId`), random per account; also in its
    /// key-index lists.
    pub raw_id: u32,
    /// When the phone linked the device (unix seconds); 0 when absent.
    pub timestamp: u64,
    /// The device's key index: its entry in the account's key-index list,
    /// sent back as `key-index` in `<pair-device-sign>` and listed in usync
    /// device lists.
    pub key_index: u32,
    /// The account's kind.
    pub account_type: EncryptionType,
    /// The device's kind; [`EncryptionType::Hosted`] selects the hosted
    /// account-signature prefix.
    pub device_type: EncryptionType,
}

impl DeviceIdentity {
    /// Decodes `ADVDeviceIdentity` bytes. `rawId` and `keyIndex` are
    /// required: without them the identity cannot be placed in the account's
    /// key-index list (and the reply has no `key-index` to carry).
    pub fn decode(details: &[u8]) -> Result<DeviceIdentity, AdvError> {
        const MESSAGE: &str = "ADVDeviceIdentity";
        let raw: wa::AdvDeviceIdentity = decode(MESSAGE, details)?;
        Ok(DeviceIdentity {
            raw_id: required(raw.raw_id, MESSAGE, "rawId")?,
            timestamp: raw.timestamp.unwrap_or(0),
            key_index: required(raw.key_index, MESSAGE, "keyIndex")?,
            account_type: EncryptionType::from_wire(raw.account_type),
            device_type: EncryptionType::from_wire(raw.device_type),
        })
    }

    /// Encodes the identity as the phone does; E2EE types are left out (the
    /// protobuf default), as in identities from the real service.
    pub fn encode(&self) -> Vec<u8> {
        wa::AdvDeviceIdentity {
            raw_id: Some(self.raw_id),
            timestamp: Some(self.timestamp),
            key_index: Some(self.key_index),
            account_type: self.account_type.to_field(),
            device_type: self.device_type.to_field(),
        }
        .encode_to_vec()
    }

    /// Whether the device is hosted (`deviceType == HOSTED`).
    pub fn is_hosted(&self) -> bool {
        self.device_type.is_hosted()
    }

    /// The prefix of the account signature over this identity: `06 05` for a
    /// hosted device, else `06 00`.
    pub fn account_signature_prefix(&self) -> [u8; 2] {
        if self.is_hosted() {
            HOSTED_ACCOUNT_SIGNATURE_PREFIX
        } else {
            ACCOUNT_SIGNATURE_PREFIX
        }
    }
}

impl fmt::Display for DeviceIdentity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "ADV identity rawId={} keyIndex={} t={}",
            self.raw_id, self.key_index, self.timestamp
        )
    }
}

/// `HMAC-SHA256(adv secret, [06 05 if the container is hosted] ‖ details)`:
/// the MAC of an `ADVSignedDeviceIdentityHMAC`, whose `details` are the
/// encoded `ADVSignedDeviceIdentity`.
pub fn device_identity_hmac(
    secret: &AdvSecret,
    container_type: EncryptionType,
    details: &[u8],
) -> [u8; HMAC_LEN] {
    hmac_state(secret, container_type, details)
        .finalize()
        .into_bytes()
        .into()
}

/// Checks an ADV HMAC in constant time (any length other than 32 fails).
pub fn verify_device_identity_hmac(
    secret: &AdvSecret,
    container_type: EncryptionType,
    details: &[u8],
    hmac: &[u8],
) -> bool {
    hmac_state(secret, container_type, details)
        .verify_slice(hmac)
        .is_ok()
}

fn hmac_state(secret: &AdvSecret, container_type: EncryptionType, details: &[u8]) -> Hmac<Sha256> {
    // HMAC pads a key shorter than the hash's block with zeros: padding the
    // 32-byte secret to SHA-256's 64-byte block ourselves is the same key,
    // and makes the keyed state infallible to build.
    let mut block = [0u8; 64];
    block[..secret.as_bytes().len()].copy_from_slice(secret.as_bytes());
    let mut mac = <Hmac<Sha256> as KeyInit>::new(&block.into());
    block.zeroize();
    if container_type.is_hosted() {
        mac.update(&HOSTED_ACCOUNT_SIGNATURE_PREFIX);
    }
    mac.update(details);
    mac
}

/// `prefix ‖ details ‖ companion identity`: what the account signs.
pub fn account_signature_message(
    prefix: [u8; 2],
    details: &[u8],
    companion_identity: &PublicKey,
) -> Vec<u8> {
    let mut message = Vec::with_capacity(2 + details.len() + KEY_LEN);
    message.extend_from_slice(&prefix);
    message.extend_from_slice(details);
    message.extend_from_slice(companion_identity.as_bytes());
    message
}

/// `prefix ‖ details ‖ companion identity ‖ account key`: what the companion
/// signs.
pub fn device_signature_message(
    prefix: [u8; 2],
    details: &[u8],
    companion_identity: &PublicKey,
    account_key: &PublicKey,
) -> Vec<u8> {
    let mut message = account_signature_message(prefix, details, companion_identity);
    message.extend_from_slice(account_key.as_bytes());
    message
}

/// A companion's signed identity whose signatures verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedDeviceIdentity {
    /// The decoded details.
    pub identity: DeviceIdentity,
    /// The account key that signed them.
    pub account_key: PublicKey,
    /// The verified message as received.
    pub signed: wa::AdvSignedDeviceIdentity,
}

/// Verifies a companion device's `ADVSignedDeviceIdentity` (as sent in
/// `<device-identity>` of messages and prekey bundles, or in the companion's
/// `<pair-device-sign>`) against the device's identity key: the account
/// signature over `06 00|06 05 ‖ details ‖ device identity`, then the device
/// signature over `06 01 ‖ details ‖ device identity ‖ account key` (`06 06`
/// also accepted for hosted devices).
///
/// The account key is `trusted_account_key` when given (the primary's
/// identity the caller already trusts); an embedded `accountSignatureKey`
/// must then equal it. Without a trusted key the embedded one is used.
pub fn verify_signed_device_identity(
    signed_bytes: &[u8],
    device_identity_key: &PublicKey,
    trusted_account_key: Option<&PublicKey>,
) -> Result<VerifiedDeviceIdentity, AdvError> {
    const MESSAGE: &str = "ADVSignedDeviceIdentity";
    let signed: wa::AdvSignedDeviceIdentity = decode(MESSAGE, signed_bytes)?;
    let details = required(signed.details.as_ref(), MESSAGE, "details")?;
    let identity = DeviceIdentity::decode(details)?;
    let embedded = match signed.account_signature_key.as_deref() {
        None | Some([]) => None,
        Some(bytes) => Some(key_field("accountSignatureKey", bytes)?),
    };
    let account_key = match (trusted_account_key, embedded) {
        (Some(trusted), Some(embedded)) if *trusted != embedded => {
            return Err(AdvError::AccountKeyMismatch);
        }
        (Some(trusted), _) => *trusted,
        (None, Some(embedded)) => embedded,
        (None, None) => return Err(AdvError::NoAccountKey),
    };
    let account_signature = required(
        signed.account_signature.as_ref(),
        MESSAGE,
        "accountSignature",
    )?;
    let device_signature = required(signed.device_signature.as_ref(), MESSAGE, "deviceSignature")?;
    verify_account_signature(
        &identity,
        details,
        device_identity_key,
        &account_key,
        account_signature,
    )?;
    let device_prefixes: &[[u8; 2]] = if identity.is_hosted() {
        &[DEVICE_SIGNATURE_PREFIX, HOSTED_DEVICE_SIGNATURE_PREFIX]
    } else {
        &[DEVICE_SIGNATURE_PREFIX]
    };
    let device_ok = device_signature.len() == SIGNATURE_LEN
        && device_prefixes.iter().any(|prefix| {
            let message =
                device_signature_message(*prefix, details, device_identity_key, &account_key);
            device_identity_key.verify(&message, device_signature)
        });
    if !device_ok {
        return Err(AdvError::DeviceSignatureMismatch);
    }
    Ok(VerifiedDeviceIdentity {
        identity,
        account_key,
        signed,
    })
}

/// Verifies the account signature over `details ‖ companion identity` with
/// the prefix the identity's device type selects.
pub(crate) fn verify_account_signature(
    identity: &DeviceIdentity,
    details: &[u8],
    companion_identity: &PublicKey,
    account_key: &PublicKey,
    signature: &[u8],
) -> Result<(), AdvError> {
    let message = account_signature_message(
        identity.account_signature_prefix(),
        details,
        companion_identity,
    );
    if signature.len() == SIGNATURE_LEN && account_key.verify(&message, signature) {
        Ok(())
    } else {
        Err(AdvError::AccountSignatureMismatch)
    }
}

#[cfg(test)]
mod tests {
    use bytes::Bytes;

    use super::*;
    use crate::signal::KeyPair;

    fn sample() -> DeviceIdentity {
        DeviceIdentity {
            raw_id: 2_810_844_353,
            timestamp: 1_718_312_958,
            key_index: 8,
            account_type: EncryptionType::E2ee,
            device_type: EncryptionType::E2ee,
        }
    }

    #[test]
    fn encryption_type_keeps_unknown_values() {
        assert_eq!(EncryptionType::from_wire(None), EncryptionType::E2ee);
        assert_eq!(EncryptionType::from_wire(Some(1)), EncryptionType::Hosted);
        assert_eq!(EncryptionType::from_wire(Some(2)), EncryptionType::NonE2ee);
        assert_eq!(
            EncryptionType::from_wire(Some(77)),
            EncryptionType::Unknown(77)
        );
        assert_eq!(EncryptionType::Unknown(77).to_wire(), 77);
        assert_eq!(EncryptionType::Hosted.to_wire(), 1);
    }

    #[test]
    fn device_identity_encodes_like_the_service() {
        // The details of the pair-success vector (Baileys / WAProto).
        let bytes = sample().encode();
        assert_eq!(hex::encode(&bytes), "08c1a9a8bc0a10febfadb3061808");
        assert_eq!(DeviceIdentity::decode(&bytes).unwrap(), sample());

        let hosted = DeviceIdentity {
            account_type: EncryptionType::Hosted,
            device_type: EncryptionType::Hosted,
            ..sample()
        };
        let decoded = DeviceIdentity::decode(&hosted.encode()).unwrap();
        assert_eq!(decoded, hosted);
        assert!(decoded.is_hosted());
        assert_eq!(decoded.account_signature_prefix(), [6, 5]);
        assert_eq!(sample().account_signature_prefix(), [6, 0]);
    }

    #[test]
    fn device_identity_requires_raw_id_and_key_index() {
        let no_key_index = wa::AdvDeviceIdentity {
            raw_id: Some(1),
            timestamp: Some(2),
            ..Default::default()
        }
        .encode_to_vec();
        assert_eq!(
            DeviceIdentity::decode(&no_key_index),
            Err(AdvError::Missing {
                message: "ADVDeviceIdentity",
                field: "keyIndex"
            })
        );
        let no_raw_id = wa::AdvDeviceIdentity {
            key_index: Some(1),
            ..Default::default()
        }
        .encode_to_vec();
        assert!(matches!(
            DeviceIdentity::decode(&no_raw_id),
            Err(AdvError::Missing { field: "rawId", .. })
        ));
        assert!(matches!(
            DeviceIdentity::decode(&[0x08]),
            Err(AdvError::Protobuf { .. })
        ));
        assert!(matches!(
            DeviceIdentity::decode(&[0xff; 5]),
            Err(AdvError::Protobuf { .. })
        ));
    }

    #[test]
    fn hmac_is_hmac_sha256_with_the_hosted_prefix() {
        let secret = AdvSecret::from_bytes([0x42; 32]);
        let details = b"signed identity bytes";
        let plain = device_identity_hmac(&secret, EncryptionType::E2ee, details);
        let hosted = device_identity_hmac(&secret, EncryptionType::Hosted, details);
        // HMAC-SHA256(42×32, details) computed independently.
        assert_eq!(
            hex::encode(plain),
            "b3f966d7c55cfd4679e07e46f323fc903068afd5e75406c298323c5435c035a8"
        );
        let mut prefixed = vec![6, 5];
        prefixed.extend_from_slice(details);
        assert_eq!(
            hosted,
            device_identity_hmac(&secret, EncryptionType::E2ee, &prefixed)
        );
        assert!(verify_device_identity_hmac(
            &secret,
            EncryptionType::E2ee,
            details,
            &plain
        ));
        assert!(!verify_device_identity_hmac(
            &secret,
            EncryptionType::Hosted,
            details,
            &plain
        ));
        assert!(!verify_device_identity_hmac(
            &secret,
            EncryptionType::E2ee,
            details,
            &plain[..31]
        ));
    }

    /// A signed identity as a phone and a companion would make it.
    fn signed(
        account: &KeyPair,
        device: &KeyPair,
        identity: &DeviceIdentity,
        device_prefix: [u8; 2],
        embed_key: bool,
    ) -> Vec<u8> {
        let details = identity.encode();
        let account_signature = account.private.sign(&account_signature_message(
            identity.account_signature_prefix(),
            &details,
            &device.public,
        ));
        let device_signature = device.private.sign(&device_signature_message(
            device_prefix,
            &details,
            &device.public,
            &account.public,
        ));
        wa::AdvSignedDeviceIdentity {
            details: Some(details.into()),
            account_signature_key: embed_key.then(|| account.public.as_bytes().to_vec().into()),
            account_signature: Some(account_signature.to_vec().into()),
            device_signature: Some(device_signature.to_vec().into()),
        }
        .encode_to_vec()
    }

    #[test]
    fn signed_device_identities_verify_and_forgeries_do_not() {
        let account = KeyPair::generate();
        let device = KeyPair::generate();
        let other = KeyPair::generate();
        let bytes = signed(&account, &device, &sample(), DEVICE_SIGNATURE_PREFIX, true);

        let verified = verify_signed_device_identity(&bytes, &device.public, None).unwrap();
        assert_eq!(verified.identity, sample());
        assert_eq!(verified.account_key, account.public);
        verify_signed_device_identity(&bytes, &device.public, Some(&account.public)).unwrap();

        assert_eq!(
            verify_signed_device_identity(&bytes, &other.public, None),
            Err(AdvError::AccountSignatureMismatch)
        );
        assert_eq!(
            verify_signed_device_identity(&bytes, &device.public, Some(&other.public)),
            Err(AdvError::AccountKeyMismatch)
        );

        // Without the embedded key: only with a trusted one.
        let bare = signed(&account, &device, &sample(), DEVICE_SIGNATURE_PREFIX, false);
        assert_eq!(
            verify_signed_device_identity(&bare, &device.public, None),
            Err(AdvError::NoAccountKey)
        );
        verify_signed_device_identity(&bare, &device.public, Some(&account.public)).unwrap();
        assert_eq!(
            verify_signed_device_identity(&bare, &device.public, Some(&other.public)),
            Err(AdvError::AccountSignatureMismatch)
        );

        // The hosted device prefix only counts for hosted devices.
        let wrong_prefix = signed(
            &account,
            &device,
            &sample(),
            HOSTED_DEVICE_SIGNATURE_PREFIX,
            true,
        );
        assert_eq!(
            verify_signed_device_identity(&wrong_prefix, &device.public, None),
            Err(AdvError::DeviceSignatureMismatch)
        );
        let hosted = DeviceIdentity {
            device_type: EncryptionType::Hosted,
            account_type: EncryptionType::Hosted,
            ..sample()
        };
        for prefix in [DEVICE_SIGNATURE_PREFIX, HOSTED_DEVICE_SIGNATURE_PREFIX] {
            let bytes = signed(&account, &device, &hosted, prefix, true);
            let verified = verify_signed_device_identity(&bytes, &device.public, None).unwrap();
            assert!(verified.identity.is_hosted());
        }
    }

    #[test]
    fn malformed_signed_identities_are_typed_errors() {
        let account = KeyPair::generate();
        let device = KeyPair::generate();
        assert!(matches!(
            verify_signed_device_identity(&[0x0a, 0x05, 1], &device.public, None),
            Err(AdvError::Protobuf {
                message: "ADVSignedDeviceIdentity",
                ..
            })
        ));
        let full = signed(&account, &device, &sample(), DEVICE_SIGNATURE_PREFIX, true);
        let mut message = wa::AdvSignedDeviceIdentity::decode(&full[..]).unwrap();
        message.account_signature_key = Some(Bytes::from_static(&[1; 31]));
        assert_eq!(
            verify_signed_device_identity(&message.encode_to_vec(), &device.public, None),
            Err(AdvError::KeyLength {
                field: "accountSignatureKey",
                got: 31
            })
        );
        let mut message = wa::AdvSignedDeviceIdentity::decode(&full[..]).unwrap();
        message.device_signature = None;
        assert!(matches!(
            verify_signed_device_identity(&message.encode_to_vec(), &device.public, None),
            Err(AdvError::Missing {
                field: "deviceSignature",
                ..
            })
        ));
        let mut message = wa::AdvSignedDeviceIdentity::decode(&full[..]).unwrap();
        message.device_signature = Some(Bytes::from_static(&[0; 63]));
        assert_eq!(
            verify_signed_device_identity(&message.encode_to_vec(), &device.public, None),
            Err(AdvError::DeviceSignatureMismatch)
        );
        let mut message = wa::AdvSignedDeviceIdentity::decode(&full[..]).unwrap();
        message.details = Some(Bytes::from_static(&[0x08, 0x01]));
        assert!(matches!(
            verify_signed_device_identity(&message.encode_to_vec(), &device.public, None),
            Err(AdvError::Missing {
                field: "keyIndex",
                ..
            })
        ));
    }
}
