//! The cryptography of the emulator's simulated primary phone when it links a
//! companion: it signs for real, with the same messages a real phone makes,
//! so that a client paired against the emulator runs every check it would
//! run against WhatsApp.
//!
//! * QR linking: [`QrData::parse`] reads what the companion shows (with or
//!   without the `https://wa.me/settings/linked_devices#` link, four or five
//!   fields); [`PrimaryAccount::issue_device_identity`] makes the
//!   `<device-identity>` of `<pair-success>`; [`IssuedDeviceIdentity::verify_reply`]
//!   checks the companion's `<pair-device-sign>`.
//! * Code linking: [`PrimaryPairCode`] is the phone's half of the key
//!   agreement (see [`crate::client::pair::code`] for the facts).
//! * Device lists: [`PrimaryAccount::sign_key_index_list`].
//!
//! The account key is the phone's Signal identity key; the emulator's
//! directory serves it as device 0's identity.

use bytes::Bytes;
use prost::Message as _;

use crate::client::pair::AdvSecret;
use crate::client::pair::adv::{
    self, AdvError, DeviceIdentity, EncryptionType, VerifiedDeviceIdentity,
    account_signature_message, device_identity_hmac,
};
use crate::client::pair::code::{
    PairCode, PairCodeError, WRAPPED_KEY_LEN, agree, derive_adv_secret, open_key_bundle,
    unwrap_ephemeral, wrap_ephemeral,
};
use crate::client::pair::key_index::{KeyIndexList, key_index_list_signature_message};
use crate::proto::wa;
use crate::signal::keys::random_array;
use crate::signal::{KeyPair, PublicKey};

pub use crate::client::pair::qr::{QrData, QrError};

/// Why the phone refuses a companion's answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PhoneError {
    /// The reply is malformed or its signatures do not verify.
    #[error("pair-device-sign: {0}")]
    Reply(#[from] AdvError),
    /// The reply countersigns other details than the phone issued.
    #[error("pair-device-sign countersigns details the phone did not issue")]
    DetailsMismatch,
    /// The reply carries another account signature than the phone made.
    #[error("pair-device-sign carries another account signature")]
    AccountSignatureMismatch,
    /// The `key-index` attribute is not the index the phone assigned.
    #[error("pair-device-sign has key-index {got}, the phone assigned {expected}")]
    KeyIndexMismatch {
        /// The index in the issued identity.
        expected: u32,
        /// The attribute received.
        got: u32,
    },
}

/// A primary phone's account: its identity key (the ADV account key), its
/// ADV id and kind.
#[derive(Debug, Clone)]
pub struct PrimaryAccount {
    identity: KeyPair,
    raw_id: u32,
    account_type: EncryptionType,
}

impl PrimaryAccount {
    /// An ordinary (E2EE) account with a known key and ADV id.
    pub fn new(identity: KeyPair, raw_id: u32) -> PrimaryAccount {
        PrimaryAccount {
            identity,
            raw_id,
            account_type: EncryptionType::E2ee,
        }
    }

    /// A fresh account: random identity key and ADV id.
    pub fn generate() -> PrimaryAccount {
        PrimaryAccount::new(KeyPair::generate(), u32::from_be_bytes(random_array()))
    }

    /// The same account with another kind (e.g. [`EncryptionType::Hosted`]).
    pub fn with_account_type(self, account_type: EncryptionType) -> PrimaryAccount {
        PrimaryAccount {
            account_type,
            ..self
        }
    }

    /// The account key pair (the phone's Signal identity).
    pub fn identity(&self) -> &KeyPair {
        &self.identity
    }

    /// The account key (`accountSignatureKey`).
    pub fn account_key(&self) -> PublicKey {
        self.identity.public
    }

    /// The ADV id (`rawId`).
    pub fn raw_id(&self) -> u32 {
        self.raw_id
    }

    /// The account's kind.
    pub fn account_type(&self) -> EncryptionType {
        self.account_type
    }

    /// Vouches for a companion: builds `ADVDeviceIdentity{rawId, timestamp,
    /// keyIndex, accountType, deviceType}`, signs `06 00 ‖ details ‖
    /// companion identity` (`06 05` for a hosted device) with the account
    /// key, and wraps the `ADVSignedDeviceIdentity` (with
    /// `accountSignatureKey`) in an `ADVSignedDeviceIdentityHMAC` keyed with
    /// the companion's ADV secret (`06 05 ‖ details` when the account is
    /// hosted).
    pub fn issue_device_identity(
        &self,
        companion_identity: &PublicKey,
        adv_secret: &AdvSecret,
        key_index: u32,
        timestamp: u64,
        device_type: EncryptionType,
    ) -> IssuedDeviceIdentity {
        let identity = DeviceIdentity {
            raw_id: self.raw_id,
            timestamp,
            key_index,
            account_type: self.account_type,
            device_type,
        };
        let details = Bytes::from(identity.encode());
        let account_signature = self.identity.private.sign(&account_signature_message(
            identity.account_signature_prefix(),
            &details,
            companion_identity,
        ));
        let signed = wa::AdvSignedDeviceIdentity {
            details: Some(details.clone()),
            account_signature_key: Some(Bytes::copy_from_slice(self.identity.public.as_bytes())),
            account_signature: Some(Bytes::copy_from_slice(&account_signature)),
            device_signature: None,
        }
        .encode_to_vec();
        let hmac = device_identity_hmac(adv_secret, self.account_type, &signed);
        let container = wa::AdvSignedDeviceIdentityHmac {
            details: Some(signed.into()),
            hmac: Some(Bytes::copy_from_slice(&hmac)),
            account_type: (self.account_type != EncryptionType::E2ee)
                .then(|| self.account_type.to_wire()),
        };
        IssuedDeviceIdentity {
            device_identity: container.encode_to_vec().into(),
            identity,
            details,
            account_signature,
            companion_identity: *companion_identity,
            account_key: self.identity.public,
        }
    }

    /// Signs the account's key-index list: `ADVSignedKeyIndexList{details =
    /// ADVKeyIndexList{rawId, timestamp, currentIndex, validIndexes,
    /// accountType}, accountSignature = XEdDSA(account, 06 02 ‖ details)}`,
    /// with `accountSignatureKey` when `embed_key` (hosted accounts) .
    pub fn sign_key_index_list(
        &self,
        timestamp: u64,
        current_index: u32,
        valid_indexes: &[u32],
        embed_key: bool,
    ) -> Vec<u8> {
        let details = KeyIndexList {
            raw_id: self.raw_id,
            timestamp,
            current_index,
            valid_indexes: valid_indexes.to_vec(),
            account_type: self.account_type,
        }
        .encode();
        let signature = self
            .identity
            .private
            .sign(&key_index_list_signature_message(&details));
        wa::AdvSignedKeyIndexList {
            details: Some(details.into()),
            account_signature: Some(Bytes::copy_from_slice(&signature)),
            account_signature_key: embed_key
                .then(|| Bytes::copy_from_slice(self.identity.public.as_bytes())),
        }
        .encode_to_vec()
    }
}

/// A device identity the phone issued, kept until the companion answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuedDeviceIdentity {
    /// The content of `<device-identity>` in `<pair-success>`.
    pub device_identity: Bytes,
    /// What the phone said about the companion.
    pub identity: DeviceIdentity,
    details: Bytes,
    account_signature: [u8; 64],
    companion_identity: PublicKey,
    account_key: PublicKey,
}

impl IssuedDeviceIdentity {
    /// Checks the companion's `<pair-device-sign><device-identity
    /// key-index=…>`: the same details and account signature the phone
    /// issued, an `accountSignatureKey` absent or the account's own, and a
    /// device signature by the companion's identity over `06 01 ‖ details ‖
    /// companion identity ‖ account key` (`06 06` also accepted for hosted
    /// devices). Returns the complete signed identity (with the account key)
    /// that the directory serves for the new device.
    pub fn verify_reply(
        &self,
        key_index: u32,
        reply: &[u8],
    ) -> Result<VerifiedDeviceIdentity, PhoneError> {
        if key_index != self.identity.key_index {
            return Err(PhoneError::KeyIndexMismatch {
                expected: self.identity.key_index,
                got: key_index,
            });
        }
        let mut verified = adv::verify_signed_device_identity(
            reply,
            &self.companion_identity,
            Some(&self.account_key),
        )?;
        if verified.signed.details.as_ref() != Some(&self.details) {
            return Err(PhoneError::DetailsMismatch);
        }
        if verified.signed.account_signature.as_deref() != Some(&self.account_signature[..]) {
            return Err(PhoneError::AccountSignatureMismatch);
        }
        verified.signed.account_signature_key =
            Some(Bytes::copy_from_slice(self.account_key.as_bytes()));
        Ok(verified)
    }
}

/// The phone's half of code linking: created when the user types the code
/// (`primary_hello`), finished when the companion's key bundle arrives
/// (`companion_finish`).
#[derive(Debug)]
pub struct PrimaryPairCode {
    ephemeral: KeyPair,
    companion_ephemeral: PublicKey,
    wrapped: [u8; WRAPPED_KEY_LEN],
}

impl PrimaryPairCode {
    /// Unwraps the companion's ephemeral key with the code the user typed
    /// and wraps a fresh ephemeral of the phone's. A mistyped code is not
    /// noticed here (the wrapping is not authenticated) but in
    /// [`PrimaryPairCode::finish`].
    pub fn start(
        typed_code: &PairCode,
        wrapped_companion_ephemeral: &[u8],
    ) -> Result<PrimaryPairCode, PairCodeError> {
        let companion_ephemeral = unwrap_ephemeral(typed_code, wrapped_companion_ephemeral)?;
        let ephemeral = KeyPair::generate();
        let wrapped = wrap_ephemeral(typed_code, &ephemeral.public);
        Ok(PrimaryPairCode {
            ephemeral,
            companion_ephemeral,
            wrapped,
        })
    }

    /// `<link_code_pairing_wrapped_primary_ephemeral_pub>` of the
    /// notification to the companion.
    pub fn wrapped_ephemeral(&self) -> &[u8; WRAPPED_KEY_LEN] {
        &self.wrapped
    }

    /// Opens the companion's `<link_code_pairing_wrapped_key_bundle>`,
    /// checks that it names `<companion_identity_public>` and the phone's own
    /// identity, and derives the ADV secret to MAC `<pair-success>` with.
    pub fn finish(
        &self,
        wrapped_key_bundle: &[u8],
        companion_identity: &[u8],
        primary_identity: &KeyPair,
    ) -> Result<AdvSecret, PairCodeError> {
        let companion_identity = <[u8; 32]>::try_from(companion_identity)
            .map(PublicKey::from_raw)
            .map_err(|_| PairCodeError::KeyLength {
                field: "companion_identity_public",
                got: companion_identity.len(),
            })?;
        let s1 = agree(
            &self.ephemeral.private,
            &self.companion_ephemeral,
            "ephemeral key",
        )?;
        let bundle = open_key_bundle(&s1, wrapped_key_bundle)?;
        if bundle.companion_identity != companion_identity {
            return Err(PairCodeError::IdentityMismatch("companion"));
        }
        if bundle.primary_identity != primary_identity.public {
            return Err(PairCodeError::IdentityMismatch("primary"));
        }
        let s2 = agree(
            &primary_identity.private,
            &companion_identity,
            "identity key",
        )?;
        Ok(derive_adv_secret(&s1, &s2, &bundle.adv_random))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::pair::adv::device_signature_message;
    use crate::client::pair::code::CompanionPairCode;
    use crate::client::pair::key_index::verify_key_index_list;
    use crate::client::pair::qr::{CompanionPlatform, QrFormat};
    use crate::client::pair::{PairSuccessError, process_pair_success};

    struct Companion {
        noise: KeyPair,
        identity: KeyPair,
        adv_secret: AdvSecret,
    }

    fn companion() -> Companion {
        Companion {
            noise: KeyPair::generate(),
            identity: KeyPair::generate(),
            adv_secret: AdvSecret::generate(),
        }
    }

    fn link_by_qr(account: &PrimaryAccount, device_type: EncryptionType, format: QrFormat) {
        let us = companion();
        let qr = QrData {
            format,
            ..QrData::new(
                b"2@ref+/=",
                us.noise.public,
                us.identity.public,
                us.adv_secret.clone(),
                CompanionPlatform::Chrome,
            )
            .unwrap()
        };
        // The phone scans.
        let scanned = QrData::parse(&qr.text()).unwrap();
        assert_eq!(scanned, qr);
        let issued = account.issue_device_identity(
            &scanned.identity_key,
            &scanned.adv_secret,
            7,
            1_720_000_000,
            device_type,
        );
        // The companion checks and countersigns.
        let success =
            process_pair_success(&issued.device_identity, &us.adv_secret, &us.identity).unwrap();
        assert_eq!(success.identity, issued.identity);
        assert_eq!(success.account_key, account.account_key());
        assert_eq!(success.container_type, account.account_type());
        // The phone checks the reply.
        let verified = issued
            .verify_reply(success.key_index(), &success.reply_device_identity)
            .unwrap();
        assert_eq!(verified.identity.key_index, 7);
        assert_eq!(verified.identity.raw_id, account.raw_id());
        // What the phone keeps is what the companion stored.
        assert_eq!(verified.signed, success.signed_identity);
    }

    #[test]
    fn qr_linking_round_trips() {
        let account = PrimaryAccount::generate();
        link_by_qr(&account, EncryptionType::E2ee, QrFormat::Link);
        link_by_qr(&account, EncryptionType::E2ee, QrFormat::Bare);
    }

    #[test]
    fn hosted_linking_round_trips() {
        let account = PrimaryAccount::generate().with_account_type(EncryptionType::Hosted);
        link_by_qr(&account, EncryptionType::Hosted, QrFormat::Link);
        // A hosted account vouching for an ordinary device, and vice versa.
        link_by_qr(&account, EncryptionType::E2ee, QrFormat::Link);
        link_by_qr(
            &PrimaryAccount::generate(),
            EncryptionType::Hosted,
            QrFormat::Link,
        );
    }

    #[test]
    fn the_phone_refuses_bad_replies() {
        let account = PrimaryAccount::generate();
        let us = companion();
        let issued = account.issue_device_identity(
            &us.identity.public,
            &us.adv_secret,
            2,
            5,
            EncryptionType::E2ee,
        );
        let success =
            process_pair_success(&issued.device_identity, &us.adv_secret, &us.identity).unwrap();
        let reply = success.reply_device_identity.clone();

        assert_eq!(
            issued.verify_reply(3, &reply).unwrap_err(),
            PhoneError::KeyIndexMismatch {
                expected: 2,
                got: 3
            }
        );
        // A reply that keeps the account key (as whatsapp-rust sends it) is
        // fine; one naming another key is not.
        assert!(
            issued
                .verify_reply(2, &success.signed_identity_bytes())
                .is_ok()
        );
        let mut other_key = success.signed_identity.clone();
        other_key.account_signature_key = Some(Bytes::copy_from_slice(
            KeyPair::generate().public.as_bytes(),
        ));
        assert_eq!(
            issued
                .verify_reply(2, &other_key.encode_to_vec())
                .unwrap_err(),
            PhoneError::Reply(AdvError::AccountKeyMismatch)
        );
        // Signed by another identity than the one the phone vouched for.
        let stranger = KeyPair::generate();
        let mut forged = wa::AdvSignedDeviceIdentity::decode(reply.clone()).unwrap();
        let details = forged.details.clone().unwrap();
        forged.device_signature = Some(Bytes::copy_from_slice(&stranger.private.sign(
            &device_signature_message(
                [6, 1],
                &details,
                &us.identity.public,
                &account.account_key(),
            ),
        )));
        assert_eq!(
            issued.verify_reply(2, &forged.encode_to_vec()).unwrap_err(),
            PhoneError::Reply(AdvError::DeviceSignatureMismatch)
        );
        // A countersignature over the E2EE-device message with the hosted
        // prefix is refused for an E2EE device.
        forged.device_signature = Some(Bytes::copy_from_slice(&us.identity.private.sign(
            &device_signature_message(
                [6, 6],
                &details,
                &us.identity.public,
                &account.account_key(),
            ),
        )));
        assert_eq!(
            issued.verify_reply(2, &forged.encode_to_vec()).unwrap_err(),
            PhoneError::Reply(AdvError::DeviceSignatureMismatch)
        );
        // Other, validly signed details are not what the phone issued.
        let other = account.issue_device_identity(
            &us.identity.public,
            &us.adv_secret,
            2,
            6,
            EncryptionType::E2ee,
        );
        let other_success =
            process_pair_success(&other.device_identity, &us.adv_secret, &us.identity).unwrap();
        assert_eq!(
            issued
                .verify_reply(2, &other_success.reply_device_identity)
                .unwrap_err(),
            PhoneError::DetailsMismatch
        );
        assert!(matches!(
            issued.verify_reply(2, &[0xff, 0x01]).unwrap_err(),
            PhoneError::Reply(AdvError::Protobuf { .. })
        ));
        assert!(matches!(
            issued.verify_reply(2, &[]).unwrap_err(),
            PhoneError::Reply(AdvError::Missing {
                field: "details",
                ..
            })
        ));
    }

    #[test]
    fn a_companion_refuses_an_identity_for_someone_else() {
        let account = PrimaryAccount::generate();
        let us = companion();
        let them = companion();
        let issued = account.issue_device_identity(
            &them.identity.public,
            &us.adv_secret,
            1,
            1,
            EncryptionType::E2ee,
        );
        assert!(matches!(
            process_pair_success(&issued.device_identity, &us.adv_secret, &us.identity),
            Err(PairSuccessError::AccountSignature(
                AdvError::AccountSignatureMismatch
            ))
        ));
        let issued = account.issue_device_identity(
            &us.identity.public,
            &them.adv_secret,
            1,
            1,
            EncryptionType::E2ee,
        );
        assert_eq!(
            process_pair_success(&issued.device_identity, &us.adv_secret, &us.identity),
            Err(PairSuccessError::HmacMismatch)
        );
    }

    #[test]
    fn code_linking_round_trips_into_pair_success() {
        let account = PrimaryAccount::generate();
        let us = companion();
        // companion_hello
        let pair = CompanionPairCode::new();
        // The user types the code shown, as shown.
        let typed = PairCode::parse(&pair.code().to_string()).unwrap();
        let phone = PrimaryPairCode::start(&typed, pair.wrapped_ephemeral()).unwrap();
        // primary_hello -> companion_finish
        let finish = pair
            .finish(
                phone.wrapped_ephemeral(),
                account.account_key().as_bytes(),
                &us.identity,
            )
            .unwrap();
        let phone_secret = phone
            .finish(
                &finish.wrapped_key_bundle,
                us.identity.public.as_bytes(),
                account.identity(),
            )
            .unwrap();
        assert_eq!(phone_secret, finish.adv_secret);

        // pair-success with the derived secret.
        let issued = account.issue_device_identity(
            &us.identity.public,
            &phone_secret,
            4,
            9,
            EncryptionType::E2ee,
        );
        let success =
            process_pair_success(&issued.device_identity, &finish.adv_secret, &us.identity)
                .unwrap();
        issued
            .verify_reply(4, &success.reply_device_identity)
            .unwrap();
    }

    #[test]
    fn a_mistyped_code_fails_cleanly() {
        let account = PrimaryAccount::generate();
        let us = companion();
        let pair = CompanionPairCode::with_code(PairCode::parse("ABCD-EFGH").unwrap());
        let typed = PairCode::parse("ABCD-EFGJ").unwrap();
        let phone = PrimaryPairCode::start(&typed, pair.wrapped_ephemeral()).unwrap();
        let finish = pair
            .finish(
                phone.wrapped_ephemeral(),
                account.account_key().as_bytes(),
                &us.identity,
            )
            .unwrap();
        let error = phone
            .finish(
                &finish.wrapped_key_bundle,
                us.identity.public.as_bytes(),
                account.identity(),
            )
            .unwrap_err();
        assert!(
            matches!(error, PairCodeError::KeyBundle | PairCodeError::WeakKey(_)),
            "{error:?}"
        );
    }

    #[test]
    fn the_phone_checks_the_identities_in_the_bundle() {
        let account = PrimaryAccount::generate();
        let us = companion();
        let pair = CompanionPairCode::new();
        let phone = PrimaryPairCode::start(pair.code(), pair.wrapped_ephemeral()).unwrap();
        // The companion names another phone identity in its bundle.
        let finish = pair
            .finish(
                phone.wrapped_ephemeral(),
                KeyPair::generate().public.as_bytes(),
                &us.identity,
            )
            .unwrap();
        assert_eq!(
            phone
                .finish(
                    &finish.wrapped_key_bundle,
                    us.identity.public.as_bytes(),
                    account.identity()
                )
                .unwrap_err(),
            PairCodeError::IdentityMismatch("primary")
        );
        // The stanza names another companion identity than the bundle.
        let finish = pair
            .finish(
                phone.wrapped_ephemeral(),
                account.account_key().as_bytes(),
                &us.identity,
            )
            .unwrap();
        assert_eq!(
            phone
                .finish(
                    &finish.wrapped_key_bundle,
                    KeyPair::generate().public.as_bytes(),
                    account.identity()
                )
                .unwrap_err(),
            PairCodeError::IdentityMismatch("companion")
        );
        assert_eq!(
            phone
                .finish(&finish.wrapped_key_bundle, &[1; 31], account.identity())
                .unwrap_err(),
            PairCodeError::KeyLength {
                field: "companion_identity_public",
                got: 31
            }
        );
        assert_eq!(
            phone
                .finish(
                    &finish.wrapped_key_bundle[1..],
                    us.identity.public.as_bytes(),
                    account.identity()
                )
                .unwrap_err(),
            PairCodeError::KeyBundleLength(155)
        );
        assert_eq!(
            PrimaryPairCode::start(pair.code(), &[0; 79]).unwrap_err(),
            PairCodeError::WrappedKeyLength(79)
        );
    }

    #[test]
    fn key_index_lists_verify_on_the_companion() {
        let account = PrimaryAccount::generate();
        let list = account.sign_key_index_list(1_700_000_000, 5, &[0, 2, 5], false);
        let verified = verify_key_index_list(&list, Some(&account.account_key())).unwrap();
        assert_eq!(verified.list.raw_id, account.raw_id());
        assert_eq!(verified.list.current_index, 5);
        assert_eq!(verified.list.valid_indexes, vec![0, 2, 5]);
        assert_eq!(
            verify_key_index_list(&list, None),
            Err(AdvError::NoAccountKey)
        );
        let hosted = account.with_account_type(EncryptionType::Hosted);
        let list = hosted.sign_key_index_list(1, 1, &[1], true);
        let verified = verify_key_index_list(&list, None).unwrap();
        assert_eq!(verified.account_key, hosted.account_key());
        assert_eq!(verified.list.account_type, EncryptionType::Hosted);
    }
}
