//! Media retry: asking the sender's phone to upload expired media again.
//!
//! When a download answers 404/410, the client sends a `server-error` receipt
//! whose `<enc_p>` is `AES-256-GCM(key, iv12, ServerErrorReceipt{stanzaId})`
//! with the message id as associated data and the 16-byte tag appended;
//! `key = HKDF-SHA256(mediaKey, info "WhatsApp Media Retry Notification", 32)`.
//! The phone answers with a `mediaretry` notification encrypted the same way,
//! holding a `MediaRetryNotification` (new direct path and a result code).
//! Both directions are here: the client's, and the phone's for the emulator.

use aes_gcm::aead::{Aead, Payload};
use aes_gcm::{Aes256Gcm, KeyInit, Nonce};
use hkdf::Hkdf;
use prost::Message as _;
use sha2::Sha256;
use zeroize::Zeroizing;

use super::MediaError;
use crate::proto::wa;
use crate::signal::keys::random_array;

/// HKDF info of the media retry key.
pub const MEDIA_RETRY_INFO: &str = "WhatsApp Media Retry Notification";
/// Length of the AES-GCM IV of retry payloads.
pub const RETRY_IV_LEN: usize = 12;

/// `HKDF-SHA256(media_key, info "WhatsApp Media Retry Notification", 32)`.
pub fn media_retry_key(media_key: &[u8]) -> Zeroizing<[u8; 32]> {
    let mut key = Zeroizing::new([0u8; 32]);
    // 32 bytes is within HKDF-SHA256's output limit; this cannot fail.
    if Hkdf::<Sha256>::new(None, media_key)
        .expand(MEDIA_RETRY_INFO.as_bytes(), key.as_mut_slice())
        .is_err()
    {
        log::error!("HKDF refused a 32-byte expansion");
    }
    key
}

/// The encrypted part of a media retry receipt: `<enc_p>` and `<enc_iv>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaRetryRequest {
    /// `<enc_p>`: ciphertext and tag.
    pub enc_p: Vec<u8>,
    /// `<enc_iv>`: the 12-byte IV.
    pub iv: [u8; RETRY_IV_LEN],
}

impl MediaRetryRequest {
    /// Encrypts `ServerErrorReceipt{stanzaId = message_id}` with a fresh random IV.
    pub fn new(media_key: &[u8], message_id: &str) -> MediaRetryRequest {
        MediaRetryRequest::with_iv(media_key, message_id, random_array())
    }

    /// Same with a caller-chosen IV (deterministic, for tests and vectors).
    pub fn with_iv(
        media_key: &[u8],
        message_id: &str,
        iv: [u8; RETRY_IV_LEN],
    ) -> MediaRetryRequest {
        let receipt = wa::ServerErrorReceipt {
            stanza_id: Some(message_id.to_owned()),
        };
        let enc_p = seal(media_key, message_id, &iv, &receipt.encode_to_vec());
        MediaRetryRequest { enc_p, iv }
    }
}

/// The phone's side: decrypts a retry receipt's `enc_p` (emulator use).
pub fn decrypt_server_error_receipt(
    media_key: &[u8],
    message_id: &str,
    enc_p: &[u8],
    iv: &[u8],
) -> Result<wa::ServerErrorReceipt, MediaError> {
    let plain = open(media_key, message_id, iv, enc_p)?;
    Ok(wa::ServerErrorReceipt::decode(plain.as_slice())?)
}

/// The phone's side: encrypts its answer (emulator use). Returns the
/// ciphertext with its tag; `iv` travels beside it.
pub fn encrypt_media_retry_notification(
    media_key: &[u8],
    message_id: &str,
    notification: &wa::MediaRetryNotification,
    iv: &[u8; RETRY_IV_LEN],
) -> Vec<u8> {
    seal(media_key, message_id, iv, &notification.encode_to_vec())
}

/// Decrypts the phone's answer from a `mediaretry` notification
/// (`<encrypt><enc_p/><enc_iv/></encrypt>`).
pub fn decrypt_media_retry_notification(
    media_key: &[u8],
    message_id: &str,
    ciphertext: &[u8],
    iv: &[u8],
) -> Result<wa::MediaRetryNotification, MediaError> {
    let plain = open(media_key, message_id, iv, ciphertext)?;
    Ok(wa::MediaRetryNotification::decode(plain.as_slice())?)
}

fn cipher(media_key: &[u8]) -> Aes256Gcm {
    let key = media_retry_key(media_key);
    Aes256Gcm::new(&(*key).into())
}

fn seal(media_key: &[u8], message_id: &str, iv: &[u8; RETRY_IV_LEN], plaintext: &[u8]) -> Vec<u8> {
    let payload = Payload {
        msg: plaintext,
        aad: message_id.as_bytes(),
    };
    match cipher(media_key).encrypt(&Nonce::from(*iv), payload) {
        Ok(sealed) => sealed,
        // Only inputs beyond GCM's 64 GiB limit fail; these payloads are tiny.
        Err(_) => {
            log::error!(
                "AES-GCM refused a {}-byte media retry payload",
                plaintext.len()
            );
            Vec::new()
        }
    }
}

fn open(
    media_key: &[u8],
    message_id: &str,
    iv: &[u8],
    sealed: &[u8],
) -> Result<Vec<u8>, MediaError> {
    let iv: [u8; RETRY_IV_LEN] = iv.try_into().map_err(|_| MediaError::BadFieldLength {
        field: "enc_iv",
        expected: RETRY_IV_LEN,
        got: iv.len(),
    })?;
    let payload = Payload {
        msg: sealed,
        aad: message_id.as_bytes(),
    };
    cipher(media_key)
        .decrypt(&Nonce::from(iv), payload)
        .map_err(|_| {
            log::debug!(
                "media retry payload of {} bytes does not authenticate",
                sealed.len()
            );
            MediaError::RetryAuthentication
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_round_trip_and_binding_to_the_message_id() {
        let key = [4u8; 32];
        let request = MediaRetryRequest::new(&key, "3EB0ABC");
        let receipt =
            decrypt_server_error_receipt(&key, "3EB0ABC", &request.enc_p, &request.iv).unwrap();
        assert_eq!(receipt.stanza_id.as_deref(), Some("3EB0ABC"));
        assert!(matches!(
            decrypt_server_error_receipt(&key, "3EB0ABD", &request.enc_p, &request.iv),
            Err(MediaError::RetryAuthentication)
        ));
        assert!(matches!(
            decrypt_server_error_receipt(&[5; 32], "3EB0ABC", &request.enc_p, &request.iv),
            Err(MediaError::RetryAuthentication)
        ));
        assert!(matches!(
            decrypt_server_error_receipt(&key, "3EB0ABC", &request.enc_p, &request.iv[..11]),
            Err(MediaError::BadFieldLength {
                field: "enc_iv",
                expected: 12,
                got: 11
            })
        ));
    }

    #[test]
    fn notification_round_trip_and_garbage() {
        let key = [8u8; 32];
        let note = wa::MediaRetryNotification {
            stanza_id: Some("ID".into()),
            direct_path: Some("/v/t62/x.enc".into()),
            result: Some(wa::media_retry_notification::ResultType::Success as i32),
            message_secret: None,
        };
        let sealed = encrypt_media_retry_notification(&key, "ID", &note, &[1; 12]);
        assert_eq!(
            decrypt_media_retry_notification(&key, "ID", &sealed, &[1; 12]).unwrap(),
            note
        );
        // Authenticated bytes that are not a protobuf.
        let junk = seal(&key, "ID", &[1; 12], &[0xff, 0xff, 0xff]);
        assert!(matches!(
            decrypt_media_retry_notification(&key, "ID", &junk, &[1; 12]),
            Err(MediaError::RetryDecode(_))
        ));
        assert!(matches!(
            decrypt_media_retry_notification(&key, "ID", &sealed[..10], &[1; 12]),
            Err(MediaError::RetryAuthentication)
        ));
    }
}
