//! The `<device-identity>` a companion device attaches to its `pkmsg`s: the
//! `ADVSignedDeviceIdentity` its primary phone signed at linking. Before a
//! `pkmsg` from a companion (device id != 0) is decrypted, the identity is
//! verified against the identity key the `pkmsg` carries (PROTOCOL.md §6):
//!
//! * the account signature (`06 00|06 05 ‖ details ‖ device identity`) with
//!   the sender account's key as we know it: our own account key when the
//!   sender is one of our devices, else the identity we stored for the
//!   sender's primary device. When we know no key for the account yet (a
//!   companion writing before any session with its phone), the embedded
//!   `accountSignatureKey` is used: that still proves the device holds a
//!   phone-signed identity for its key, and the session with the primary,
//!   made later, is checked against the key the primary presents itself;
//! * the device signature (`06 01 ‖ details ‖ device identity ‖ account
//!   key`) with the `pkmsg`'s identity key, so the identity belongs to the
//!   device that opened the session.
//!
//! An embedded `accountSignatureKey` other than the key we know is refused.
//! Key indexes are checked when sending (the usync device list against the
//! account's signed key-index list); received identities are not compared
//! with a list, as the client keeps only the verified device set.
//!
//! A rejected identity makes the message undecryptable: it is not
//! decrypted (its prekey is not consumed, no session is made), an
//! `UndecryptableMessage` is emitted and the stanza acknowledged, but no
//! retry receipt is sent, since a resend carries the same identity.

use crate::binary::Jid;
use crate::client::pair::adv::{AdvError, VerifiedDeviceIdentity, verify_signed_device_identity};
use crate::signal::wire::PreKeySignalMessage;
use crate::signal::{PublicKey, SignalError};
use crate::store::StoreError;

/// Why the `<device-identity>` of a received `pkmsg` is not trusted.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SenderIdentityError {
    /// The `pkmsg` does not parse, so there is no identity key to check
    /// against.
    #[error("device identity of {sender}: the pkmsg does not parse: {source}")]
    PreKeyMessage {
        /// The sending device.
        sender: Jid,
        /// The parser's complaint.
        source: SignalError,
    },
    /// The `<device-identity>` element has no content.
    #[error("device identity of {sender}: empty <device-identity>")]
    Empty {
        /// The sending device.
        sender: Jid,
    },
    /// The identity is malformed or a signature does not verify.
    #[error("device identity of {sender} rejected: {source}")]
    Rejected {
        /// The sending device.
        sender: Jid,
        /// What is wrong with it.
        source: AdvError,
    },
    /// The account key could not be read from the store.
    #[error("device identity of {sender}: account key not readable: {source}")]
    Store {
        /// The sending device.
        sender: Jid,
        /// The store's complaint.
        source: StoreError,
    },
}

/// Verifies `signed` (the `<device-identity>` bytes) for the device that
/// sent `pkmsg`, with `account_key` as the account's key when known (see
/// the module documentation).
pub fn verify_sender_identity(
    sender: &Jid,
    signed: &[u8],
    pkmsg: &[u8],
    account_key: Option<&PublicKey>,
) -> Result<VerifiedDeviceIdentity, SenderIdentityError> {
    if signed.is_empty() {
        return Err(SenderIdentityError::Empty {
            sender: sender.clone(),
        });
    }
    let message =
        PreKeySignalMessage::parse(pkmsg).map_err(|source| SenderIdentityError::PreKeyMessage {
            sender: sender.clone(),
            source,
        })?;
    verify_signed_device_identity(signed, &message.identity_key, account_key).map_err(|source| {
        SenderIdentityError::Rejected {
            sender: sender.clone(),
            source,
        }
    })
}

#[cfg(test)]
mod tests {
    use prost::Message as _;

    use super::*;
    use crate::client::pair::adv::{
        DeviceIdentity, EncryptionType, account_signature_message, device_signature_message,
    };
    use crate::proto::wa;
    use crate::signal::store as protocol;
    use crate::signal::{KeyPair, MemorySignalStore, OsKeys, ProtocolAddress};

    /// A `pkmsg` from a device whose identity key pair is `device`.
    fn pkmsg_from(device: &KeyPair) -> Vec<u8> {
        let mut sender = MemorySignalStore::new(device.clone(), 7);
        let mut recipient = MemorySignalStore::generate(&mut OsKeys);
        let address = ProtocolAddress::new("15550000001", 1);
        let bundle = recipient.bundle(1, Some(5), &mut OsKeys).unwrap();
        protocol::process_bundle(&mut sender, &address, &bundle, &mut OsKeys).unwrap();
        protocol::encrypt(&mut sender, &address, b"hello", &mut OsKeys)
            .unwrap()
            .bytes
    }

    /// The identity a phone with key `account` issues to `device`.
    fn issued(account: &KeyPair, device: &KeyPair) -> Vec<u8> {
        let details = DeviceIdentity {
            raw_id: 41,
            timestamp: 1_700_000_000,
            key_index: 3,
            account_type: EncryptionType::E2ee,
            device_type: EncryptionType::E2ee,
        }
        .encode();
        let account_signature =
            account
                .private
                .sign(&account_signature_message([6, 0], &details, &device.public));
        let device_signature = device.private.sign(&device_signature_message(
            [6, 1],
            &details,
            &device.public,
            &account.public,
        ));
        wa::AdvSignedDeviceIdentity {
            details: Some(details.into()),
            account_signature_key: Some(account.public.as_bytes().to_vec().into()),
            account_signature: Some(account_signature.to_vec().into()),
            device_signature: Some(device_signature.to_vec().into()),
        }
        .encode_to_vec()
    }

    fn sender() -> Jid {
        Jid::parse("15550000002:4@s.whatsapp.net").unwrap()
    }

    #[test]
    fn an_identity_issued_for_the_pkmsg_key_verifies() {
        let account = KeyPair::generate();
        let device = KeyPair::generate();
        let signed = issued(&account, &device);
        let pkmsg = pkmsg_from(&device);
        let verified =
            verify_sender_identity(&sender(), &signed, &pkmsg, Some(&account.public)).unwrap();
        assert_eq!(verified.identity.key_index, 3);
        assert_eq!(verified.account_key, account.public);
        // Unknown account key: the embedded one.
        let verified = verify_sender_identity(&sender(), &signed, &pkmsg, None).unwrap();
        assert_eq!(verified.account_key, account.public);
    }

    #[test]
    fn another_device_key_or_account_key_is_rejected() {
        let account = KeyPair::generate();
        let device = KeyPair::generate();
        let signed = issued(&account, &device);
        // The pkmsg comes from another key than the identity vouches for.
        let other_device = KeyPair::generate();
        let error = verify_sender_identity(
            &sender(),
            &signed,
            &pkmsg_from(&other_device),
            Some(&account.public),
        )
        .unwrap_err();
        assert!(matches!(
            error,
            SenderIdentityError::Rejected {
                source: AdvError::AccountSignatureMismatch,
                ..
            }
        ));
        // The account we know is not the one that signed.
        let other_account = KeyPair::generate();
        let error = verify_sender_identity(
            &sender(),
            &signed,
            &pkmsg_from(&device),
            Some(&other_account.public),
        )
        .unwrap_err();
        assert!(matches!(
            error,
            SenderIdentityError::Rejected {
                source: AdvError::AccountKeyMismatch,
                ..
            }
        ));
        // Signed by another account that names itself: still refused.
        let forged = issued(&other_account, &device);
        let error = verify_sender_identity(
            &sender(),
            &forged,
            &pkmsg_from(&device),
            Some(&account.public),
        )
        .unwrap_err();
        assert!(matches!(error, SenderIdentityError::Rejected { .. }));
        // The log line names the sender and never the keys.
        let line = error.to_string();
        assert!(line.contains("15550000002:4@s.whatsapp.net"), "{line}");
        assert!(!line.contains(&hex::encode(account.public.as_bytes())));
    }

    #[test]
    fn malformed_input_is_a_typed_error() {
        let account = KeyPair::generate();
        let device = KeyPair::generate();
        let pkmsg = pkmsg_from(&device);
        let signed = issued(&account, &device);
        assert!(matches!(
            verify_sender_identity(&sender(), &[], &pkmsg, None),
            Err(SenderIdentityError::Empty { .. })
        ));
        assert!(matches!(
            verify_sender_identity(&sender(), b"\xff\xff\xff", &pkmsg, None),
            Err(SenderIdentityError::Rejected {
                source: AdvError::Protobuf { .. },
                ..
            })
        ));
        assert!(matches!(
            verify_sender_identity(&sender(), &signed, b"\x33junk", None),
            Err(SenderIdentityError::PreKeyMessage { .. })
        ));
        assert!(matches!(
            verify_sender_identity(&sender(), &signed, &[], None),
            Err(SenderIdentityError::PreKeyMessage { .. })
        ));
        for cut in 0..signed.len() {
            assert!(
                verify_sender_identity(&sender(), &signed[..cut], &pkmsg, None).is_err(),
                "truncated at {cut}"
            );
        }
    }
}
