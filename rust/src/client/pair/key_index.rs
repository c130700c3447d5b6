//! Signed key-index lists: the phone's list of the key indexes its linked
//! devices hold, sent with device lists (usync `<key-index-list ts>` and
//! device notifications) as an `ADVSignedKeyIndexList` (`details=1` the
//! encoded `ADVKeyIndexList`, `accountSignature=2`, `accountSignatureKey=3`).
//!
//! `accountSignature` is XEdDSA by the account (the phone's identity key)
//! over `06 02 ‖ details` (WA Web
//! `ADV_PREFIX_KEY_INDEX_LIST_ACCOUNT_SIGNATURE`, `decodeSignedKeyIndexBytes`).
//! WA Web verifies with the primary's identity it already trusts and only
//! falls back to the embedded key when it has none; whatsmeow and
//! whatsapp-rust decode the list without verifying it. The details are
//! `ADVKeyIndexList{rawId=1, timestamp=2, currentIndex=3, validIndexes=4
//! (packed), accountType=5}`; a device whose key index is listed, or above
//! `currentIndex` (linked after the list was made), belongs to the account.

use prost::Message as _;

use super::adv::{
    AdvError, EncryptionType, KEY_INDEX_LIST_SIGNATURE_PREFIX, decode, key_field, required,
};
use crate::proto::wa;
use crate::signal::PublicKey;
use crate::signal::keys::SIGNATURE_LEN;

/// A decoded `ADVKeyIndexList`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct KeyIndexList {
    /// The account's ADV id (the `rawId` of its device identities).
    pub raw_id: u32,
    /// When the list was made (unix seconds): the `ts` of `<key-index-list>`.
    pub timestamp: u64,
    /// The highest key index handed out when the list was made.
    pub current_index: u32,
    /// The key indexes of the devices still linked.
    pub valid_indexes: Vec<u32>,
    /// The account's kind.
    pub account_type: EncryptionType,
}

impl KeyIndexList {
    /// Decodes `ADVKeyIndexList` bytes; `rawId` and `timestamp` are
    /// required (as WA Web requires them).
    pub fn decode(details: &[u8]) -> Result<KeyIndexList, AdvError> {
        const MESSAGE: &str = "ADVKeyIndexList";
        let raw: wa::AdvKeyIndexList = decode(MESSAGE, details)?;
        Ok(KeyIndexList {
            raw_id: required(raw.raw_id, MESSAGE, "rawId")?,
            timestamp: required(raw.timestamp, MESSAGE, "timestamp")?,
            current_index: raw.current_index.unwrap_or(0),
            valid_indexes: raw.valid_indexes,
            account_type: EncryptionType::from_wire(raw.account_type),
        })
    }

    /// Encodes the list (E2EE account type left out, as the default).
    pub fn encode(&self) -> Vec<u8> {
        wa::AdvKeyIndexList {
            raw_id: Some(self.raw_id),
            timestamp: Some(self.timestamp),
            current_index: Some(self.current_index),
            valid_indexes: self.valid_indexes.clone(),
            account_type: (self.account_type != EncryptionType::E2ee)
                .then(|| self.account_type.to_wire()),
        }
        .encode_to_vec()
    }

    /// Whether a companion with `key_index` belongs to the account: listed,
    /// or newer than the list.
    pub fn is_valid_index(&self, key_index: u32) -> bool {
        self.valid_indexes.contains(&key_index) || key_index > self.current_index
    }
}

/// `06 02 ‖ details`: what the account signs.
pub fn key_index_list_signature_message(details: &[u8]) -> Vec<u8> {
    let mut message = Vec::with_capacity(2 + details.len());
    message.extend_from_slice(&KEY_INDEX_LIST_SIGNATURE_PREFIX);
    message.extend_from_slice(details);
    message
}

/// A key-index list whose signature verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedKeyIndexList {
    /// The list.
    pub list: KeyIndexList,
    /// The account key that signed it.
    pub account_key: PublicKey,
}

/// Verifies an `ADVSignedKeyIndexList` and decodes its list.
///
/// The account key is `trusted_account_key` when given (the primary's
/// identity already trusted for the user); an embedded `accountSignatureKey`
/// must then equal it. Without a trusted key the embedded one is used (WA
/// Web's path for hosted accounts).
pub fn verify_key_index_list(
    signed_bytes: &[u8],
    trusted_account_key: Option<&PublicKey>,
) -> Result<VerifiedKeyIndexList, AdvError> {
    const MESSAGE: &str = "ADVSignedKeyIndexList";
    let signed: wa::AdvSignedKeyIndexList = decode(MESSAGE, signed_bytes)?;
    let details = required(signed.details.as_ref(), MESSAGE, "details")?;
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
    let signature = required(
        signed.account_signature.as_ref(),
        MESSAGE,
        "accountSignature",
    )?;
    if signature.len() != SIGNATURE_LEN
        || !account_key.verify(&key_index_list_signature_message(details), signature)
    {
        return Err(AdvError::AccountSignatureMismatch);
    }
    Ok(VerifiedKeyIndexList {
        list: KeyIndexList::decode(details)?,
        account_key,
    })
}

#[cfg(test)]
mod tests {
    use bytes::Bytes;

    use super::*;
    use crate::signal::KeyPair;

    fn list() -> KeyIndexList {
        KeyIndexList {
            raw_id: 77,
            timestamp: 1_700_000_123,
            current_index: 9,
            valid_indexes: vec![0, 3, 9],
            account_type: EncryptionType::E2ee,
        }
    }

    fn signed(account: &KeyPair, details: &[u8], embed: bool) -> Vec<u8> {
        let signature = account
            .private
            .sign(&key_index_list_signature_message(details));
        wa::AdvSignedKeyIndexList {
            details: Some(Bytes::copy_from_slice(details)),
            account_signature: Some(Bytes::copy_from_slice(&signature)),
            account_signature_key: embed.then(|| Bytes::copy_from_slice(account.public.as_bytes())),
        }
        .encode_to_vec()
    }

    #[test]
    fn lists_round_trip_and_select_devices() {
        let decoded = KeyIndexList::decode(&list().encode()).unwrap();
        assert_eq!(decoded, list());
        assert!(decoded.is_valid_index(3));
        assert!(!decoded.is_valid_index(4));
        assert!(decoded.is_valid_index(10));
        let hosted = KeyIndexList {
            account_type: EncryptionType::Hosted,
            ..list()
        };
        assert_eq!(KeyIndexList::decode(&hosted.encode()).unwrap(), hosted);
        // validIndexes is packed on the wire: field 4, length-delimited.
        assert!(
            list()
                .encode()
                .windows(5)
                .any(|w| w == [0x22, 0x03, 0, 3, 9])
        );
    }

    #[test]
    fn the_signature_covers_06_02_and_the_details() {
        let account = KeyPair::generate();
        let details = list().encode();
        let bytes = signed(&account, &details, true);
        let verified = verify_key_index_list(&bytes, None).unwrap();
        assert_eq!(verified.list, list());
        assert_eq!(verified.account_key, account.public);
        assert_eq!(
            verify_key_index_list(&bytes, Some(&account.public))
                .unwrap()
                .list,
            list()
        );

        // Signed with another prefix (the device identity's 06 00): refused.
        let mut message = vec![6, 0];
        message.extend_from_slice(&details);
        let wrong = wa::AdvSignedKeyIndexList {
            details: Some(details.clone().into()),
            account_signature: Some(account.private.sign(&message).to_vec().into()),
            account_signature_key: Some(account.public.as_bytes().to_vec().into()),
        }
        .encode_to_vec();
        assert_eq!(
            verify_key_index_list(&wrong, None),
            Err(AdvError::AccountSignatureMismatch)
        );
    }

    #[test]
    fn account_keys_are_chosen_carefully() {
        let account = KeyPair::generate();
        let other = KeyPair::generate();
        let details = list().encode();
        let embedded = signed(&account, &details, true);
        let bare = signed(&account, &details, false);
        assert_eq!(
            verify_key_index_list(&embedded, Some(&other.public)),
            Err(AdvError::AccountKeyMismatch)
        );
        assert_eq!(
            verify_key_index_list(&bare, None),
            Err(AdvError::NoAccountKey)
        );
        assert!(verify_key_index_list(&bare, Some(&account.public)).is_ok());
        assert_eq!(
            verify_key_index_list(&bare, Some(&other.public)),
            Err(AdvError::AccountSignatureMismatch)
        );
        // A list signed by someone else that names its own key verifies only
        // without a trusted key, and then reports that key.
        let forged = signed(&other, &details, true);
        assert_eq!(
            verify_key_index_list(&forged, None).unwrap().account_key,
            other.public
        );
        assert_eq!(
            verify_key_index_list(&forged, Some(&account.public)),
            Err(AdvError::AccountKeyMismatch)
        );
    }

    #[test]
    fn malformed_lists_are_typed_errors() {
        let account = KeyPair::generate();
        assert!(matches!(
            verify_key_index_list(&[0x0a, 0x10], None),
            Err(AdvError::Protobuf {
                message: "ADVSignedKeyIndexList",
                ..
            })
        ));
        let no_time = wa::AdvKeyIndexList {
            raw_id: Some(1),
            ..Default::default()
        }
        .encode_to_vec();
        assert_eq!(
            verify_key_index_list(&signed(&account, &no_time, true), None),
            Err(AdvError::Missing {
                message: "ADVKeyIndexList",
                field: "timestamp"
            })
        );
        assert!(matches!(
            verify_key_index_list(&signed(&account, &[0x20, 0x80], true), None),
            Err(AdvError::Protobuf {
                message: "ADVKeyIndexList",
                ..
            })
        ));
        let mut message =
            wa::AdvSignedKeyIndexList::decode(&signed(&account, &list().encode(), true)[..])
                .unwrap();
        message.account_signature_key = Some(Bytes::from_static(&[1; 33]));
        assert_eq!(
            verify_key_index_list(&message.encode_to_vec(), None),
            Err(AdvError::KeyLength {
                field: "accountSignatureKey",
                got: 33
            })
        );
        message.account_signature_key = None;
        message.account_signature = None;
        assert!(matches!(
            verify_key_index_list(&message.encode_to_vec(), Some(&account.public)),
            Err(AdvError::Missing {
                field: "accountSignature",
                ..
            })
        ));
        message.details = None;
        assert!(matches!(
            verify_key_index_list(&message.encode_to_vec(), Some(&account.public)),
            Err(AdvError::Missing {
                field: "details",
                ..
            })
        ));
    }
}
