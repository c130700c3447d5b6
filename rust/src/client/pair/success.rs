//! `<pair-success>`: the phone has scanned our QR code (or accepted our pair
//! code) and vouches for our identity key; we check its word and countersign.
//!
//! The stanza's `<device-identity>` holds an `ADVSignedDeviceIdentityHMAC`
//! (`details=1` the encoded `ADVSignedDeviceIdentity`, `hmac=2`,
//! `accountType=3`). [`process_pair_success`], in whatsmeow's order
//! (`pair.go` `handlePair`):
//!
//! 1. decode the container (else `500 internal-error`);
//! 2. `hmac == HMAC-SHA256(advSecret, [06 05 if accountType == HOSTED] ‖
//!    details)` in constant time (else `401 hmac-mismatch`);
//! 3. decode `ADVSignedDeviceIdentity` (`details=1, accountSignatureKey=2,
//!    accountSignature=3, deviceSignature=4`) and its `ADVDeviceIdentity`
//!    details (else `500 internal-error`);
//! 4. verify `accountSignature` (64 bytes) with `accountSignatureKey` (raw 32
//!    bytes: the phone's identity key) over `06 00 ‖ details ‖ our identity`
//!    (`06 05` when `deviceType == HOSTED`) (else `401 signature-mismatch`);
//! 5. sign `06 01 ‖ details ‖ our identity ‖ accountSignatureKey` with our
//!    identity key (always `06 01`: see [`super::adv`] for the hosted
//!    divergence).
//!
//! The result holds the reply's `<device-identity key-index=N>` bytes (the
//! signed identity *without* `accountSignatureKey`, as whatsmeow and Baileys
//! send it) and the full signed identity to store (with the key; it goes in
//! `<device-identity>` of every later `pkmsg` send). The connection layer
//! answers `<iq to="s.whatsapp.net" type="result" id=…><pair-device-sign>
//! <device-identity key-index=N>…</device-identity></pair-device-sign></iq>`,
//! or on error `<iq to="s.whatsapp.net" type="error" id=…><error code text/>
//! </iq>` with [`PairSuccessError::reply`]; it stores the phone's identity
//! ([`PairSuccess::account_key`]) for the account's LID device 0.

use bytes::Bytes;
use prost::Message as _;

use super::AdvSecret;
use super::adv::{
    self, AdvError, DEVICE_SIGNATURE_PREFIX, DeviceIdentity, EncryptionType,
    device_signature_message, key_field, required,
};
use crate::proto::wa;
use crate::signal::{KeyPair, PublicKey};

/// The `<error code text/>` of an `iq type="error"` answering a
/// `<pair-success>` we refuse.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PairErrorReply {
    /// The `code` attribute.
    pub code: u16,
    /// The `text` attribute.
    pub text: &'static str,
}

impl PairErrorReply {
    /// `401 hmac-mismatch`: the identity was not MACed with our ADV secret.
    pub const HMAC_MISMATCH: PairErrorReply = PairErrorReply {
        code: 401,
        text: "hmac-mismatch",
    };
    /// `401 signature-mismatch`: the account signature does not verify.
    pub const SIGNATURE_MISMATCH: PairErrorReply = PairErrorReply {
        code: 401,
        text: "signature-mismatch",
    };
    /// `500 internal-error`: anything else (undecodable protobufs, local
    /// failures).
    pub const INTERNAL_ERROR: PairErrorReply = PairErrorReply {
        code: 500,
        text: "internal-error",
    };
}

/// Why a `<pair-success>` device identity is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PairSuccessError {
    /// A protobuf that does not decode, or lacks a field the protocol
    /// requires (`500 internal-error`).
    #[error("malformed device identity: {0}")]
    Malformed(#[source] AdvError),
    /// The HMAC is absent or does not match our ADV secret
    /// (`401 hmac-mismatch`).
    #[error("the device identity's HMAC does not match our ADV secret")]
    HmacMismatch,
    /// The account key or signature is absent, of the wrong length, or the
    /// signature does not verify over our identity key
    /// (`401 signature-mismatch`).
    #[error("account signature: {0}")]
    AccountSignature(#[source] AdvError),
}

impl PairSuccessError {
    /// The error the reply `iq` carries.
    pub fn reply(&self) -> PairErrorReply {
        match self {
            PairSuccessError::Malformed(_) => PairErrorReply::INTERNAL_ERROR,
            PairSuccessError::HmacMismatch => PairErrorReply::HMAC_MISMATCH,
            PairSuccessError::AccountSignature(_) => PairErrorReply::SIGNATURE_MISMATCH,
        }
    }
}

/// A verified and countersigned `<pair-success>` device identity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairSuccess {
    /// What the phone says about us (rawId, timestamp, keyIndex, types).
    pub identity: DeviceIdentity,
    /// The phone's identity key (`accountSignatureKey`): the Signal identity
    /// of the account's device 0.
    pub account_key: PublicKey,
    /// The HMAC container's `accountType`.
    pub container_type: EncryptionType,
    /// Our signed identity with `accountSignatureKey` and our
    /// `deviceSignature`: stored with the credentials and sent in
    /// `<device-identity>` of `pkmsg` sends.
    pub signed_identity: wa::AdvSignedDeviceIdentity,
    /// The content of the reply's `<device-identity key-index=…>`: the signed
    /// identity without `accountSignatureKey`.
    pub reply_device_identity: Bytes,
}

impl PairSuccess {
    /// The `key-index` attribute of the reply's `<device-identity>`.
    pub fn key_index(&self) -> u32 {
        self.identity.key_index
    }

    /// [`PairSuccess::signed_identity`] encoded, for storage and for
    /// `<device-identity>` in message sends.
    pub fn signed_identity_bytes(&self) -> Vec<u8> {
        self.signed_identity.encode_to_vec()
    }
}

/// Checks the `<device-identity>` of a `<pair-success>` against our ADV
/// secret and identity key and countersigns it (see the module docs).
/// Total: malformed bytes give a [`PairSuccessError`], whose
/// [`reply`](PairSuccessError::reply) is the error to answer with.
pub fn process_pair_success(
    device_identity: &[u8],
    adv_secret: &AdvSecret,
    identity_key: &KeyPair,
) -> Result<PairSuccess, PairSuccessError> {
    use PairSuccessError::{AccountSignature, HmacMismatch, Malformed};
    const CONTAINER: &str = "ADVSignedDeviceIdentityHMAC";
    const SIGNED: &str = "ADVSignedDeviceIdentity";

    let container: wa::AdvSignedDeviceIdentityHmac =
        adv::decode(CONTAINER, device_identity).map_err(Malformed)?;
    let container_type = EncryptionType::from_wire(container.account_type);
    let signed_bytes = required(container.details, CONTAINER, "details").map_err(Malformed)?;
    let hmac = container.hmac.ok_or(HmacMismatch)?;
    if !adv::verify_device_identity_hmac(adv_secret, container_type, &signed_bytes, &hmac) {
        return Err(HmacMismatch);
    }

    let mut signed: wa::AdvSignedDeviceIdentity = wa::AdvSignedDeviceIdentity::decode(signed_bytes)
        .map_err(|source| {
            Malformed(AdvError::Protobuf {
                message: SIGNED,
                source,
            })
        })?;
    let details = required(signed.details.clone(), SIGNED, "details").map_err(Malformed)?;
    let identity = DeviceIdentity::decode(&details).map_err(Malformed)?;

    let account_key_bytes = required(
        signed.account_signature_key.as_deref(),
        SIGNED,
        "accountSignatureKey",
    )
    .map_err(AccountSignature)?;
    let account_key =
        key_field("accountSignatureKey", account_key_bytes).map_err(AccountSignature)?;
    let account_signature = required(
        signed.account_signature.as_deref(),
        SIGNED,
        "accountSignature",
    )
    .map_err(AccountSignature)?;
    adv::verify_account_signature(
        &identity,
        &details,
        &identity_key.public,
        &account_key,
        account_signature,
    )
    .map_err(AccountSignature)?;

    let device_signature = identity_key.private.sign(&device_signature_message(
        DEVICE_SIGNATURE_PREFIX,
        &details,
        &identity_key.public,
        &account_key,
    ));
    signed.device_signature = Some(Bytes::copy_from_slice(&device_signature));
    let reply = wa::AdvSignedDeviceIdentity {
        account_signature_key: None,
        ..signed.clone()
    };
    Ok(PairSuccess {
        identity,
        account_key,
        container_type,
        signed_identity: signed,
        reply_device_identity: reply.encode_to_vec().into(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::client::pair::adv::{
        HOSTED_ACCOUNT_SIGNATURE_PREFIX, account_signature_message, device_identity_hmac,
        verify_signed_device_identity,
    };

    struct Phone {
        account: KeyPair,
    }

    fn identity(device_type: EncryptionType) -> DeviceIdentity {
        DeviceIdentity {
            raw_id: 123_456_789,
            timestamp: 1_700_000_000,
            key_index: 3,
            account_type: device_type,
            device_type,
        }
    }

    impl Phone {
        /// An `ADVSignedDeviceIdentity` with chosen pieces (signature prefix,
        /// details, key), MACed with `secret`.
        fn container(
            &self,
            secret: &AdvSecret,
            container_type: EncryptionType,
            details: &[u8],
            account_prefix: [u8; 2],
            companion: &PublicKey,
        ) -> Vec<u8> {
            let signature = self.account.private.sign(&account_signature_message(
                account_prefix,
                details,
                companion,
            ));
            let signed = wa::AdvSignedDeviceIdentity {
                details: Some(Bytes::copy_from_slice(details)),
                account_signature_key: Some(Bytes::copy_from_slice(self.account.public.as_bytes())),
                account_signature: Some(Bytes::copy_from_slice(&signature)),
                device_signature: None,
            };
            wrap(secret, container_type, &signed.encode_to_vec())
        }
    }

    fn wrap(secret: &AdvSecret, container_type: EncryptionType, signed: &[u8]) -> Vec<u8> {
        wa::AdvSignedDeviceIdentityHmac {
            details: Some(Bytes::copy_from_slice(signed)),
            hmac: Some(Bytes::copy_from_slice(&device_identity_hmac(
                secret,
                container_type,
                signed,
            ))),
            account_type: (container_type != EncryptionType::E2ee)
                .then(|| container_type.to_wire()),
        }
        .encode_to_vec()
    }

    fn setup() -> (Phone, KeyPair, AdvSecret) {
        (
            Phone {
                account: KeyPair::generate(),
            },
            KeyPair::generate(),
            AdvSecret::generate(),
        )
    }

    #[test]
    fn accepts_a_good_identity_and_countersigns() {
        let (phone, us, secret) = setup();
        let details = identity(EncryptionType::E2ee).encode();
        let bytes = phone.container(&secret, EncryptionType::E2ee, &details, [6, 0], &us.public);
        let success = process_pair_success(&bytes, &secret, &us).unwrap();
        assert_eq!(success.identity, identity(EncryptionType::E2ee));
        assert_eq!(success.key_index(), 3);
        assert_eq!(success.account_key, phone.account.public);
        assert_eq!(success.container_type, EncryptionType::E2ee);

        // The stored identity verifies as a peer would check it.
        let stored = success.signed_identity_bytes();
        let verified = verify_signed_device_identity(&stored, &us.public, None).unwrap();
        assert_eq!(verified.account_key, phone.account.public);

        // The reply is the same without the account key.
        let reply =
            wa::AdvSignedDeviceIdentity::decode(success.reply_device_identity.clone()).unwrap();
        assert_eq!(reply.account_signature_key, None);
        assert_eq!(reply.details.as_deref(), Some(&details[..]));
        assert_eq!(
            reply.account_signature,
            success.signed_identity.account_signature
        );
        assert_eq!(
            reply.device_signature,
            success.signed_identity.device_signature
        );
        verify_signed_device_identity(
            &success.reply_device_identity,
            &us.public,
            Some(&phone.account.public),
        )
        .unwrap();
    }

    #[test]
    fn hosted_identities_use_the_hosted_prefixes() {
        let (phone, us, secret) = setup();
        let hosted = identity(EncryptionType::Hosted).encode();
        let bytes = phone.container(
            &secret,
            EncryptionType::Hosted,
            &hosted,
            HOSTED_ACCOUNT_SIGNATURE_PREFIX,
            &us.public,
        );
        let success = process_pair_success(&bytes, &secret, &us).unwrap();
        assert!(success.identity.is_hosted());
        assert_eq!(success.container_type, EncryptionType::Hosted);
        // Our device signature uses 06 01 even for a hosted identity.
        let message = device_signature_message([6, 1], &hosted, &us.public, &phone.account.public);
        let signature = success.signed_identity.device_signature.clone().unwrap();
        assert!(us.public.verify(&message, &signature));

        // A hosted device signed with the E2EE prefix is refused...
        let bytes = phone.container(&secret, EncryptionType::Hosted, &hosted, [6, 0], &us.public);
        assert_eq!(
            process_pair_success(&bytes, &secret, &us).unwrap_err(),
            PairSuccessError::AccountSignature(AdvError::AccountSignatureMismatch)
        );
        // ...and so is an E2EE device signed with the hosted one.
        let e2ee = identity(EncryptionType::E2ee).encode();
        let bytes = phone.container(
            &secret,
            EncryptionType::E2ee,
            &e2ee,
            HOSTED_ACCOUNT_SIGNATURE_PREFIX,
            &us.public,
        );
        assert_eq!(
            process_pair_success(&bytes, &secret, &us)
                .unwrap_err()
                .reply(),
            PairErrorReply::SIGNATURE_MISMATCH
        );
        // The HMAC of a hosted container covers 06 05 ‖ details: a container
        // whose type was changed after MACing fails.
        let mut container = wa::AdvSignedDeviceIdentityHmac::decode(
            &phone.container(&secret, EncryptionType::E2ee, &e2ee, [6, 0], &us.public)[..],
        )
        .unwrap();
        container.account_type = Some(EncryptionType::Hosted.to_wire());
        assert_eq!(
            process_pair_success(&container.encode_to_vec(), &secret, &us),
            Err(PairSuccessError::HmacMismatch)
        );
    }

    #[test]
    fn refuses_a_foreign_hmac() {
        let (phone, us, secret) = setup();
        let details = identity(EncryptionType::E2ee).encode();
        let bytes = phone.container(
            &AdvSecret::generate(),
            EncryptionType::E2ee,
            &details,
            [6, 0],
            &us.public,
        );
        let error = process_pair_success(&bytes, &secret, &us).unwrap_err();
        assert_eq!(error, PairSuccessError::HmacMismatch);
        assert_eq!(error.reply(), PairErrorReply::HMAC_MISMATCH);
        assert_eq!(
            (error.reply().code, error.reply().text),
            (401, "hmac-mismatch")
        );

        // Truncated and absent MACs are mismatches too.
        let mut container = wa::AdvSignedDeviceIdentityHmac::decode(&bytes[..]).unwrap();
        container.hmac = None;
        assert_eq!(
            process_pair_success(&container.encode_to_vec(), &secret, &us),
            Err(PairSuccessError::HmacMismatch)
        );
        let good = phone.container(&secret, EncryptionType::E2ee, &details, [6, 0], &us.public);
        let mut container = wa::AdvSignedDeviceIdentityHmac::decode(&good[..]).unwrap();
        container.hmac = container.hmac.map(|h| h.slice(..31));
        assert_eq!(
            process_pair_success(&container.encode_to_vec(), &secret, &us),
            Err(PairSuccessError::HmacMismatch)
        );
    }

    #[test]
    fn refuses_a_signature_over_another_identity() {
        let (phone, us, secret) = setup();
        let details = identity(EncryptionType::E2ee).encode();
        let other = KeyPair::generate();
        let bytes = phone.container(
            &secret,
            EncryptionType::E2ee,
            &details,
            [6, 0],
            &other.public,
        );
        let error = process_pair_success(&bytes, &secret, &us).unwrap_err();
        assert_eq!(
            error,
            PairSuccessError::AccountSignature(AdvError::AccountSignatureMismatch)
        );
        assert_eq!(error.reply(), PairErrorReply::SIGNATURE_MISMATCH);
    }

    /// Re-MACs an edited signed identity so that only the edit is at fault.
    fn edited(
        phone: &Phone,
        secret: &AdvSecret,
        us: &KeyPair,
        edit: impl FnOnce(&mut wa::AdvSignedDeviceIdentity),
    ) -> Vec<u8> {
        let details = identity(EncryptionType::E2ee).encode();
        let good = phone.container(secret, EncryptionType::E2ee, &details, [6, 0], &us.public);
        let container = wa::AdvSignedDeviceIdentityHmac::decode(&good[..]).unwrap();
        let mut signed = wa::AdvSignedDeviceIdentity::decode(container.details.unwrap()).unwrap();
        edit(&mut signed);
        wrap(secret, EncryptionType::E2ee, &signed.encode_to_vec())
    }

    #[test]
    fn wrong_lengths_and_missing_fields_are_typed() {
        let (phone, us, secret) = setup();
        let run = |bytes: Vec<u8>| process_pair_success(&bytes, &secret, &us).unwrap_err();

        let error = run(edited(&phone, &secret, &us, |s| {
            s.account_signature_key = s.account_signature_key.as_ref().map(|k| k.slice(1..));
        }));
        assert_eq!(
            error,
            PairSuccessError::AccountSignature(AdvError::KeyLength {
                field: "accountSignatureKey",
                got: 31
            })
        );
        assert_eq!(error.reply(), PairErrorReply::SIGNATURE_MISMATCH);

        let error = run(edited(&phone, &secret, &us, |s| {
            s.account_signature = s.account_signature.as_ref().map(|k| k.slice(..63));
        }));
        assert_eq!(
            error,
            PairSuccessError::AccountSignature(AdvError::AccountSignatureMismatch)
        );

        let error = run(edited(&phone, &secret, &us, |s| s.account_signature = None));
        assert!(matches!(
            error,
            PairSuccessError::AccountSignature(AdvError::Missing {
                field: "accountSignature",
                ..
            })
        ));
        let error = run(edited(&phone, &secret, &us, |s| {
            s.account_signature_key = None
        }));
        assert_eq!(error.reply(), PairErrorReply::SIGNATURE_MISMATCH);

        let error = run(edited(&phone, &secret, &us, |s| s.details = None));
        assert_eq!(
            error,
            PairSuccessError::Malformed(AdvError::Missing {
                message: "ADVSignedDeviceIdentity",
                field: "details"
            })
        );
        assert_eq!(error.reply(), PairErrorReply::INTERNAL_ERROR);

        // Details signed correctly but missing the key index.
        let details = wa::AdvDeviceIdentity {
            raw_id: Some(9),
            timestamp: Some(1),
            ..Default::default()
        }
        .encode_to_vec();
        let bytes = phone.container(&secret, EncryptionType::E2ee, &details, [6, 0], &us.public);
        assert!(matches!(
            run(bytes),
            PairSuccessError::Malformed(AdvError::Missing {
                field: "keyIndex",
                ..
            })
        ));
    }

    #[test]
    fn garbage_and_truncations_are_typed_errors() {
        let (phone, us, secret) = setup();
        let details = identity(EncryptionType::E2ee).encode();
        let good = phone.container(&secret, EncryptionType::E2ee, &details, [6, 0], &us.public);
        // Every truncation of a good identity fails cleanly (none is a
        // valid identity: the MAC covers the signed bytes).
        for len in 0..good.len() {
            let error = process_pair_success(&good[..len], &secret, &us).unwrap_err();
            assert!(
                matches!(
                    error,
                    PairSuccessError::Malformed(_) | PairSuccessError::HmacMismatch
                ),
                "{len}: {error:?}"
            );
        }
        assert!(matches!(
            process_pair_success(&[0xff, 0xff, 0xff], &secret, &us),
            Err(PairSuccessError::Malformed(AdvError::Protobuf {
                message: "ADVSignedDeviceIdentityHMAC",
                ..
            }))
        ));
        // Garbage that is correctly MACed: the inner decoders refuse it.
        let bytes = wrap(&secret, EncryptionType::E2ee, &[0x12, 0x40, 0x00]);
        assert!(matches!(
            process_pair_success(&bytes, &secret, &us),
            Err(PairSuccessError::Malformed(AdvError::Protobuf {
                message: "ADVSignedDeviceIdentity",
                ..
            }))
        ));
        let bytes = phone.container(&secret, EncryptionType::E2ee, &[0x08], [6, 0], &us.public);
        assert!(matches!(
            process_pair_success(&bytes, &secret, &us),
            Err(PairSuccessError::Malformed(AdvError::Protobuf {
                message: "ADVDeviceIdentity",
                ..
            }))
        ));
    }
}
