//! The MACs and the value encryption of syncd records.
//!
//! * index MAC = `HMAC-SHA256(indexKey, index JSON)`;
//! * value blob = `iv16 || AES-256-CBC(valueEncryptionKey, iv, SyncActionData) || valueMac32`;
//! * value MAC = `HMAC-SHA512(valueMacKey, op || keyId || iv || ciphertext ||
//!   u64be(len(keyId) + 1))[0:32]`, op 1 = SET, 2 = REMOVE;
//! * snapshot MAC = `HMAC-SHA256(snapshotMacKey, ltHash || u64be(version) || name)`;
//! * patch MAC = `HMAC-SHA256(patchMacKey, snapshotMac || valueMac… || u64be(version) || name)`.

use aes::Aes256;
use cbc::cipher::array::Array;
use cbc::cipher::block_padding::Pkcs7;
use cbc::cipher::{BlockModeDecrypt, BlockModeEncrypt, KeyIvInit};
use hmac::Mac;
use subtle::ConstantTimeEq;

use super::keys::MutationKeys;
use super::lthash::LtHash;
use super::state::Collection;
use super::{AppStateError, Operation, RecordIndex};
use crate::media::keys::{hmac_sha256, hmac_sha512};

/// Size of the IV that starts a value blob.
pub const VALUE_IV_LEN: usize = 16;
/// Size of the value MAC that ends a value blob.
pub const VALUE_MAC_LEN: usize = 32;
/// Smallest value blob: IV, one block, MAC.
pub const MIN_VALUE_BLOB: usize = VALUE_IV_LEN + 16 + VALUE_MAC_LEN;

/// `HMAC-SHA256(indexKey, index_json)`.
pub fn index_mac(keys: &MutationKeys, index_json: &[u8]) -> [u8; 32] {
    let mut mac = hmac_sha256(keys.index_key());
    mac.update(index_json);
    mac.finalize().into_bytes().into()
}

/// The value MAC of an encrypted value (`iv || ciphertext`).
pub fn value_mac(
    keys: &MutationKeys,
    operation: Operation,
    key_id: &[u8],
    encrypted: &[u8],
) -> [u8; 32] {
    let mut mac = hmac_sha512(keys.value_mac_key());
    mac.update(&[operation.mac_byte()]);
    mac.update(key_id);
    mac.update(encrypted);
    mac.update(&(key_id.len() as u64 + 1).to_be_bytes());
    let full = mac.finalize().into_bytes();
    let mut out = [0u8; 32];
    out.copy_from_slice(&full[..32]);
    out
}

/// Encrypts a `SyncActionData` into a value blob; returns the blob and its
/// value MAC (also the blob's last 32 bytes).
pub fn encrypt_value(
    keys: &MutationKeys,
    operation: Operation,
    key_id: &[u8],
    plaintext: &[u8],
    iv: &[u8; VALUE_IV_LEN],
) -> (Vec<u8>, [u8; 32]) {
    let cipher = cbc::Encryptor::<Aes256>::new(
        &Array::from(*keys.value_encryption_key()),
        &Array::from(*iv),
    );
    let ciphertext = cipher.encrypt_padded_vec::<Pkcs7>(plaintext);
    let mut blob = Vec::with_capacity(VALUE_IV_LEN + ciphertext.len() + VALUE_MAC_LEN);
    blob.extend_from_slice(iv);
    blob.extend_from_slice(&ciphertext);
    let mac = value_mac(keys, operation, key_id, &blob);
    blob.extend_from_slice(&mac);
    (blob, mac)
}

/// Splits a value blob into (`iv || ciphertext`, value MAC) after checking its size.
pub fn split_value_blob(
    blob: &[u8],
    record: RecordIndex,
) -> Result<(&[u8], &[u8; 32]), AppStateError> {
    if blob.len() < MIN_VALUE_BLOB
        || !(blob.len() - VALUE_IV_LEN - VALUE_MAC_LEN).is_multiple_of(16)
    {
        log::debug!("value blob of record {record} has {} bytes", blob.len());
        return Err(AppStateError::BadValueBlob {
            record,
            len: blob.len(),
        });
    }
    let (encrypted, mac) = blob.split_at(blob.len() - VALUE_MAC_LEN);
    let mac: &[u8; 32] = mac.try_into().map_err(|_| AppStateError::BadValueBlob {
        record,
        len: blob.len(),
    })?;
    Ok((encrypted, mac))
}

/// Verifies a value blob's MAC, then decrypts it to `SyncActionData` bytes.
pub fn decrypt_value(
    keys: &MutationKeys,
    operation: Operation,
    key_id: &[u8],
    blob: &[u8],
    record: RecordIndex,
) -> Result<Vec<u8>, AppStateError> {
    let (encrypted, mac) = split_value_blob(blob, record)?;
    let expected = value_mac(keys, operation, key_id, encrypted);
    if !bool::from(expected.ct_eq(mac)) {
        log::debug!("value MAC mismatch in record {record}");
        return Err(AppStateError::ValueMacMismatch(record));
    }
    let (iv, ciphertext) = encrypted.split_at(VALUE_IV_LEN);
    let iv: [u8; VALUE_IV_LEN] = iv.try_into().map_err(|_| AppStateError::BadValueBlob {
        record,
        len: blob.len(),
    })?;
    let cipher =
        cbc::Decryptor::<Aes256>::new(&Array::from(*keys.value_encryption_key()), &Array::from(iv));
    cipher.decrypt_padded_vec::<Pkcs7>(ciphertext).map_err(|_| {
        log::debug!("value of record {record} has invalid padding");
        AppStateError::BadPadding(record)
    })
}

/// `HMAC-SHA256(snapshotMacKey, ltHash || u64be(version) || name)`.
pub fn snapshot_mac(
    keys: &MutationKeys,
    hash: &LtHash,
    version: u64,
    collection: Collection,
) -> [u8; 32] {
    let mut mac = hmac_sha256(keys.snapshot_mac_key());
    mac.update(hash.as_bytes());
    mac.update(&version.to_be_bytes());
    mac.update(collection.as_str().as_bytes());
    mac.finalize().into_bytes().into()
}

/// `HMAC-SHA256(patchMacKey, snapshotMac || valueMacs… || u64be(version) || name)`.
pub fn patch_mac<M: AsRef<[u8]>>(
    keys: &MutationKeys,
    snapshot_mac: &[u8],
    value_macs: &[M],
    version: u64,
    collection: Collection,
) -> [u8; 32] {
    let mut mac = hmac_sha256(keys.patch_mac_key());
    mac.update(snapshot_mac);
    for value_mac in value_macs {
        mac.update(value_mac.as_ref());
    }
    mac.update(&version.to_be_bytes());
    mac.update(collection.as_str().as_bytes());
    mac.finalize().into_bytes().into()
}

/// Constant-time comparison of a received MAC with a computed one.
pub(super) fn macs_equal(received: &[u8], computed: &[u8; 32]) -> bool {
    bool::from(received.ct_eq(computed))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> MutationKeys {
        MutationKeys::derive(&[5; 32])
    }

    #[test]
    fn value_round_trip_and_operation_binding() {
        let (blob, mac) = encrypt_value(
            &keys(),
            Operation::Set,
            b"kid",
            b"sync action data",
            &[9; 16],
        );
        assert_eq!(&blob[..16], &[9; 16]);
        assert_eq!(&blob[blob.len() - 32..], &mac);
        assert_eq!(
            decrypt_value(&keys(), Operation::Set, b"kid", &blob, 0).unwrap(),
            b"sync action data"
        );
        assert!(matches!(
            decrypt_value(&keys(), Operation::Remove, b"kid", &blob, 0),
            Err(AppStateError::ValueMacMismatch(0))
        ));
        assert!(matches!(
            decrypt_value(&keys(), Operation::Set, b"kie", &blob, 0),
            Err(AppStateError::ValueMacMismatch(0))
        ));
        for len in [0, 63, 65, blob.len() - 1] {
            assert!(matches!(
                decrypt_value(&keys(), Operation::Set, b"kid", &blob[..len], 3),
                Err(AppStateError::BadValueBlob { record: 3, .. })
            ));
        }
    }

    #[test]
    fn bad_padding_under_a_valid_mac() {
        // One raw block (no padding) that decrypts to a last byte of 0.
        let keys = keys();
        let iv = [1u8; 16];
        let mut block = Array::from([0u8; 16]);
        let mut cipher = cbc::Encryptor::<Aes256>::new(
            &Array::from(*keys.value_encryption_key()),
            &Array::from(iv),
        );
        cipher.encrypt_block(&mut block);
        let mut blob = iv.to_vec();
        blob.extend_from_slice(&block);
        let mac = value_mac(&keys, Operation::Set, b"k", &blob);
        blob.extend_from_slice(&mac);
        assert!(matches!(
            decrypt_value(&keys, Operation::Set, b"k", &blob, 2),
            Err(AppStateError::BadPadding(2))
        ));
    }

    #[test]
    fn mac_inputs_are_bound() {
        let keys = keys();
        let a = snapshot_mac(&keys, &LtHash::ZERO, 1, Collection::Regular);
        assert_ne!(
            a,
            snapshot_mac(&keys, &LtHash::ZERO, 2, Collection::Regular)
        );
        assert_ne!(
            a,
            snapshot_mac(&keys, &LtHash::ZERO, 1, Collection::RegularLow)
        );
        let p = patch_mac(&keys, &a, &[[1u8; 32]], 1, Collection::Regular);
        assert_ne!(
            p,
            patch_mac(&keys, &a, &[[2u8; 32]], 1, Collection::Regular)
        );
        assert!(macs_equal(&p, &p));
        assert!(!macs_equal(&p[..31], &p));
    }
}
