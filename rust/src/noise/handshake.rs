//! Pieces both handshake roles share: the protocol name, message decoding
//! with one "expected vs got" check, key fields and Diffie-Hellman.

use bytes::Bytes;
use prost::Message as _;
use subtle::ConstantTimeEq;
use zeroize::Zeroizing;

use super::error::{
    CipherError, HandshakeError, HandshakeItem, InvalidMessage, MessageKind, PeerMisbehaved,
};
use crate::proto::wa::HandshakeMessage;
use crate::signal::keys::KEY_LEN;
use crate::signal::{PrivateKey, PublicKey};

/// `Noise_XX_25519_AESGCM_SHA256` padded with four NUL bytes to exactly 32
/// bytes, so it is used as the initial hash and chaining key as is.
pub const PROTOCOL_NAME_XX: &[u8; 32] = b"Noise_XX_25519_AESGCM_SHA256\0\0\0\0";

impl MessageKind {
    /// Which of the three messages `message` holds.
    pub fn of(message: &HandshakeMessage) -> MessageKind {
        match (
            message.client_hello.is_some(),
            message.server_hello.is_some(),
            message.client_finish.is_some(),
        ) {
            (true, false, false) => MessageKind::ClientHello,
            (false, true, false) => MessageKind::ServerHello,
            (false, false, true) => MessageKind::ClientFinish,
            (false, false, false) => MessageKind::Empty,
            _ => MessageKind::Several,
        }
    }
}

/// Decodes a `HandshakeMessage` and takes the part the current step expects;
/// any other message is reported as expected vs got.
pub(crate) fn expect<T>(
    bytes: &[u8],
    expected: MessageKind,
    pick: impl FnOnce(HandshakeMessage) -> Option<T>,
) -> Result<T, HandshakeError> {
    let message = HandshakeMessage::decode(bytes)
        .map_err(|error| HandshakeError::invalid(HandshakeItem::HandshakeMessage, error))?;
    let got = MessageKind::of(&message);
    let unexpected = || HandshakeError::from(PeerMisbehaved::UnexpectedMessage { expected, got });
    if got != expected {
        return Err(unexpected());
    }
    pick(message).ok_or_else(unexpected)
}

/// A required field.
pub(crate) fn required(field: Option<Bytes>, what: HandshakeItem) -> Result<Bytes, HandshakeError> {
    field.ok_or(HandshakeError::missing(what))
}

/// A raw 32-byte public key.
pub(crate) fn public_key(bytes: &[u8], what: HandshakeItem) -> Result<PublicKey, HandshakeError> {
    let raw = <[u8; KEY_LEN]>::try_from(bytes).map_err(|_| {
        HandshakeError::invalid(
            what,
            InvalidMessage::Length {
                expected: KEY_LEN,
                got: bytes.len(),
            },
        )
    })?;
    Ok(PublicKey::from_raw(raw))
}

/// X25519 with `theirs`, refusing an all-zero result (a low-order point).
pub(crate) fn agree(
    ours: &PrivateKey,
    theirs: &PublicKey,
    what: HandshakeItem,
) -> Result<Zeroizing<[u8; KEY_LEN]>, HandshakeError> {
    let shared = Zeroizing::new(ours.agree(theirs));
    if bool::from(shared.ct_eq(&[0u8; KEY_LEN])) {
        return Err(PeerMisbehaved::LowOrderKey(what).into());
    }
    Ok(shared)
}

/// Maps a cipher failure on a received item.
pub(crate) fn decrypt_error(what: HandshakeItem) -> impl FnOnce(CipherError) -> HandshakeError {
    move |error| match error {
        CipherError::Decrypt => HandshakeError::Decrypt(what),
        other => HandshakeError::Cipher(other),
    }
}

/// Logs a handshake failure where the state machine reports it.
pub(crate) fn logged<T>(
    role: &str,
    result: Result<T, HandshakeError>,
) -> Result<T, HandshakeError> {
    if let Err(error) = &result {
        log::warn!("noise handshake ({role}) failed: {error}");
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::wa::handshake_message::{ClientFinish, ClientHello, ServerHello};

    #[test]
    fn the_protocol_name_is_32_bytes() {
        assert_eq!(PROTOCOL_NAME_XX.len(), 32);
        assert_eq!(
            hex::encode(PROTOCOL_NAME_XX),
            "4e6f6973655f58585f32353531395f41455347434d5f53484132353600000000"
        );
    }

    #[test]
    fn message_kinds() {
        let hello = HandshakeMessage {
            client_hello: Some(Box::new(ClientHello::default())),
            ..Default::default()
        };
        assert_eq!(MessageKind::of(&hello), MessageKind::ClientHello);
        let server = HandshakeMessage {
            server_hello: Some(Box::new(ServerHello::default())),
            ..Default::default()
        };
        assert_eq!(MessageKind::of(&server), MessageKind::ServerHello);
        let finish = HandshakeMessage {
            client_finish: Some(Box::new(ClientFinish::default())),
            ..Default::default()
        };
        assert_eq!(MessageKind::of(&finish), MessageKind::ClientFinish);
        assert_eq!(
            MessageKind::of(&HandshakeMessage::default()),
            MessageKind::Empty
        );
        let both = HandshakeMessage {
            client_finish: Some(Box::new(ClientFinish::default())),
            ..hello
        };
        assert_eq!(MessageKind::of(&both), MessageKind::Several);
    }

    #[test]
    fn expect_reports_expected_and_got() {
        let server = HandshakeMessage {
            server_hello: Some(Box::new(ServerHello::default())),
            ..Default::default()
        };
        let bytes = server.encode_to_vec();
        assert!(expect(&bytes, MessageKind::ServerHello, |m| m.server_hello).is_ok());
        assert_eq!(
            expect(&bytes, MessageKind::ClientHello, |m| m.client_hello),
            Err(HandshakeError::PeerMisbehaved(
                PeerMisbehaved::UnexpectedMessage {
                    expected: MessageKind::ClientHello,
                    got: MessageKind::ServerHello,
                }
            ))
        );
        assert!(matches!(
            expect(&[0x1a, 0x05], MessageKind::ServerHello, |m| m.server_hello),
            Err(HandshakeError::InvalidMessage {
                what: HandshakeItem::HandshakeMessage,
                ..
            })
        ));
    }

    #[test]
    fn low_order_points_are_refused() {
        let ours = PrivateKey::generate();
        // 0 and 1 are low-order points of Curve25519.
        for raw in [[0u8; 32], {
            let mut one = [0u8; 32];
            one[0] = 1;
            one
        }] {
            assert_eq!(
                agree(
                    &ours,
                    &PublicKey::from_raw(raw),
                    HandshakeItem::ServerEphemeral
                )
                .err(),
                Some(HandshakeError::PeerMisbehaved(PeerMisbehaved::LowOrderKey(
                    HandshakeItem::ServerEphemeral
                )))
            );
        }
    }
}
