//! The Signal wire messages, byte-compatible with libsignal:
//!
//! * `msg` = `33 || SignalMessage{ratchetKey=1, counter=2, previousCounter=3,
//!   ciphertext=4} || mac[8]`
//! * `pkmsg` = `33 || PreKeySignalMessage{preKeyId=1, baseKey=2,
//!   identityKey=3, message=4, registrationId=5, signedPreKeyId=6}`
//! * `skmsg` = `33 || SenderKeyMessage{id=1, iteration=2, ciphertext=3} ||
//!   signature[64]`
//! * SKDM = `33 || SenderKeyDistributionMessage{id=1, iteration=2,
//!   chainKey=3, signingKey=4}`
//!
//! The first byte is `(message version << 4) | current version`; version 3 is
//! the only one WhatsApp speaks. Parsers borrow from the input and check every
//! length; writers emit fields in field-number order with set zeros written
//! out, as libsignal's protobuf encoders do, so our bytes equal theirs.

use super::codec::{self, Reader};
use super::error::{Malformed, MessageKind, SignalError};
use super::keys::{PublicKey, SIGNATURE_LEN};

/// The protocol version WhatsApp speaks.
pub const CIPHERTEXT_VERSION: u8 = 3;
/// The version byte we write: `(3 << 4) | 3`.
pub const VERSION_BYTE: u8 = (CIPHERTEXT_VERSION << 4) | CIPHERTEXT_VERSION;
/// Length of the truncated MAC ending a `msg`.
pub const MAC_LEN: usize = 8;

/// The two kinds of 1:1 ciphertext.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MessageType {
    /// A normal message on an established session (`msg`).
    Whisper,
    /// A message that also sets up the session (`pkmsg`).
    PreKey,
}

impl MessageType {
    /// The `type` attribute of WhatsApp's `<enc>` node: `msg` or `pkmsg`.
    pub fn enc_type(self) -> &'static str {
        match self {
            MessageType::Whisper => "msg",
            MessageType::PreKey => "pkmsg",
        }
    }

    /// The type for an `<enc type>` attribute value, if it is a 1:1 type.
    pub fn from_enc_type(value: &str) -> Option<MessageType> {
        match value {
            "msg" => Some(MessageType::Whisper),
            "pkmsg" => Some(MessageType::PreKey),
            _ => None,
        }
    }
}

/// An encrypted 1:1 message ready to send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CiphertextMessage {
    /// `msg` or `pkmsg`.
    pub message_type: MessageType,
    /// The serialized message.
    pub bytes: Vec<u8>,
}

fn check_version(kind: MessageKind, bytes: &[u8]) -> Result<u8, SignalError> {
    let Some(&byte) = bytes.first() else {
        return Err(SignalError::invalid(kind, Malformed::Truncated));
    };
    if byte >> 4 != CIPHERTEXT_VERSION {
        return Err(SignalError::invalid(kind, Malformed::Version(byte)));
    }
    Ok(byte)
}

fn key_field(
    kind: MessageKind,
    name: &'static str,
    bytes: &[u8],
) -> Result<PublicKey, SignalError> {
    PublicKey::from_serialized(bytes)
        .map_err(|error| SignalError::invalid(kind, Malformed::Key { field: name, error }))
}

fn required<T>(kind: MessageKind, name: &'static str, value: Option<T>) -> Result<T, SignalError> {
    value.ok_or(SignalError::invalid(kind, Malformed::MissingField(name)))
}

/// A parsed `msg`, borrowing the input.
#[derive(Debug, Clone, Copy)]
pub struct SignalMessage<'a> {
    /// The sender's current ratchet key.
    pub ratchet_key: PublicKey,
    /// The message's index in its chain.
    pub counter: u32,
    /// The last index of the sender's previous chain (informational).
    pub previous_counter: u32,
    /// The AES-256-CBC ciphertext.
    pub ciphertext: &'a [u8],
    serialized: &'a [u8],
}

impl<'a> SignalMessage<'a> {
    /// Parses a serialized `msg` (version byte, protobuf, 8-byte MAC).
    pub fn parse(bytes: &'a [u8]) -> Result<SignalMessage<'a>, SignalError> {
        let kind = MessageKind::Signal;
        check_version(kind, bytes)?;
        if bytes.len() < 1 + MAC_LEN {
            return Err(SignalError::invalid(kind, Malformed::Truncated));
        }
        let body = &bytes[1..bytes.len() - MAC_LEN];
        let (mut ratchet_key, mut counter, mut previous_counter, mut ciphertext) =
            (None, None, None, None);
        let mut reader = Reader::new(body);
        let bad = |reason| SignalError::invalid(kind, reason);
        while let Some((field, value)) = reader.next_field().map_err(bad)? {
            match field {
                1 => {
                    ratchet_key = Some(key_field(
                        kind,
                        "ratchetKey",
                        value.bytes(field).map_err(bad)?,
                    )?)
                }
                2 => counter = Some(value.u32(field).map_err(bad)?),
                3 => previous_counter = Some(value.u32(field).map_err(bad)?),
                4 => ciphertext = Some(value.bytes(field).map_err(bad)?),
                _ => {}
            }
        }
        Ok(SignalMessage {
            ratchet_key: required(kind, "ratchetKey", ratchet_key)?,
            counter: required(kind, "counter", counter)?,
            previous_counter: previous_counter.unwrap_or(0),
            ciphertext: required(kind, "ciphertext", ciphertext)?,
            serialized: bytes,
        })
    }

    /// The whole serialized message.
    pub fn serialized(&self) -> &'a [u8] {
        self.serialized
    }

    /// The version byte and protobuf: what the MAC covers after the two
    /// identity keys.
    pub(crate) fn mac_input(&self) -> &'a [u8] {
        &self.serialized[..self.serialized.len() - MAC_LEN]
    }

    /// The 8-byte MAC.
    pub(crate) fn mac(&self) -> &'a [u8] {
        &self.serialized[self.serialized.len() - MAC_LEN..]
    }
}

/// Length of a serialized `msg` whose ciphertext has `ciphertext_len` bytes.
pub(crate) const fn signal_message_len(
    counter: u32,
    previous_counter: u32,
    ciphertext_len: usize,
) -> usize {
    1 + signal_body_len(counter, previous_counter, ciphertext_len) + MAC_LEN
}

const fn signal_body_len(counter: u32, previous_counter: u32, ciphertext_len: usize) -> usize {
    codec::bytes_field_len(33)
        + codec::varint_field_len(counter as u64)
        + codec::varint_field_len(previous_counter as u64)
        + codec::bytes_field_len(ciphertext_len)
}

/// Writes the version byte and every protobuf field of a `msg` up to the
/// ciphertext's length prefix; the caller appends the ciphertext, then the MAC.
pub(crate) fn put_signal_message_head(
    out: &mut Vec<u8>,
    ratchet_key: &PublicKey,
    counter: u32,
    previous_counter: u32,
    ciphertext_len: usize,
) {
    out.push(VERSION_BYTE);
    codec::put_bytes_field(out, 1, &ratchet_key.serialize());
    codec::put_u32_field(out, 2, counter);
    codec::put_u32_field(out, 3, previous_counter);
    codec::put_len_prefix(out, 4, ciphertext_len);
}

/// A parsed `pkmsg`, borrowing the input.
#[derive(Debug, Clone, Copy)]
pub struct PreKeySignalMessage<'a> {
    /// The sender's registration id.
    pub registration_id: u32,
    /// The one-time prekey the sender used, if any (0 counts as none).
    pub prekey_id: Option<u32>,
    /// The signed prekey the sender used.
    pub signed_prekey_id: u32,
    /// The sender's X3DH base key.
    pub base_key: PublicKey,
    /// The sender's identity key.
    pub identity_key: PublicKey,
    /// The first `msg` of the session.
    pub message: SignalMessage<'a>,
}

impl<'a> PreKeySignalMessage<'a> {
    /// Parses a serialized `pkmsg`.
    pub fn parse(bytes: &'a [u8]) -> Result<PreKeySignalMessage<'a>, SignalError> {
        let kind = MessageKind::PreKey;
        check_version(kind, bytes)?;
        let bad = |reason| SignalError::invalid(kind, reason);
        let (mut prekey_id, mut base_key, mut identity_key, mut message) = (None, None, None, None);
        let (mut registration_id, mut signed_prekey_id) = (None, None);
        let mut reader = Reader::new(&bytes[1..]);
        while let Some((field, value)) = reader.next_field().map_err(bad)? {
            match field {
                1 => prekey_id = Some(value.u32(field).map_err(bad)?),
                2 => {
                    base_key = Some(key_field(
                        kind,
                        "baseKey",
                        value.bytes(field).map_err(bad)?,
                    )?)
                }
                3 => {
                    identity_key = Some(key_field(
                        kind,
                        "identityKey",
                        value.bytes(field).map_err(bad)?,
                    )?)
                }
                4 => message = Some(value.bytes(field).map_err(bad)?),
                5 => registration_id = Some(value.u32(field).map_err(bad)?),
                6 => signed_prekey_id = Some(value.u32(field).map_err(bad)?),
                _ => {}
            }
        }
        Ok(PreKeySignalMessage {
            registration_id: registration_id.unwrap_or(0),
            prekey_id: prekey_id.filter(|&id| id != 0),
            signed_prekey_id: required(kind, "signedPreKeyId", signed_prekey_id)?,
            base_key: required(kind, "baseKey", base_key)?,
            identity_key: required(kind, "identityKey", identity_key)?,
            message: SignalMessage::parse(required(kind, "message", message)?)?,
        })
    }
}

/// The fields a `pkmsg` adds around its inner `msg`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct PreKeyHeader<'k> {
    pub prekey_id: Option<u32>,
    pub base_key: &'k PublicKey,
    pub identity_key: &'k PublicKey,
    pub registration_id: u32,
    pub signed_prekey_id: u32,
}

impl PreKeyHeader<'_> {
    /// Length of the serialized `pkmsg` around an inner message of `inner_len`.
    pub(crate) fn len(&self, inner_len: usize) -> usize {
        1 + self
            .prekey_id
            .map_or(0, |id| codec::varint_field_len(u64::from(id)))
            + 2 * codec::bytes_field_len(33)
            + codec::bytes_field_len(inner_len)
            + codec::varint_field_len(u64::from(self.registration_id))
            + codec::varint_field_len(u64::from(self.signed_prekey_id))
    }

    /// Writes everything before the inner message's bytes.
    pub(crate) fn put_head(&self, out: &mut Vec<u8>, inner_len: usize) {
        out.push(VERSION_BYTE);
        if let Some(id) = self.prekey_id {
            codec::put_u32_field(out, 1, id);
        }
        codec::put_bytes_field(out, 2, &self.base_key.serialize());
        codec::put_bytes_field(out, 3, &self.identity_key.serialize());
        codec::put_len_prefix(out, 4, inner_len);
    }

    /// Writes everything after the inner message's bytes.
    pub(crate) fn put_tail(&self, out: &mut Vec<u8>) {
        codec::put_u32_field(out, 5, self.registration_id);
        codec::put_u32_field(out, 6, self.signed_prekey_id);
    }
}

/// A parsed `skmsg`, borrowing the input.
#[derive(Debug, Clone, Copy)]
pub struct SenderKeyMessage<'a> {
    /// The sender-key id (chain id).
    pub key_id: u32,
    /// The iteration of the chain this message used.
    pub iteration: u32,
    /// The AES-256-CBC ciphertext.
    pub ciphertext: &'a [u8],
    signed: &'a [u8],
    signature: &'a [u8],
}

impl<'a> SenderKeyMessage<'a> {
    /// Parses a serialized `skmsg` (version byte, protobuf, 64-byte signature).
    pub fn parse(bytes: &'a [u8]) -> Result<SenderKeyMessage<'a>, SignalError> {
        let kind = MessageKind::SenderKey;
        check_version(kind, bytes)?;
        if bytes.len() < 1 + SIGNATURE_LEN {
            return Err(SignalError::invalid(kind, Malformed::Truncated));
        }
        let bad = |reason| SignalError::invalid(kind, reason);
        let split = bytes.len() - SIGNATURE_LEN;
        let (mut key_id, mut iteration, mut ciphertext) = (None, None, None);
        let mut reader = Reader::new(&bytes[1..split]);
        while let Some((field, value)) = reader.next_field().map_err(bad)? {
            match field {
                1 => key_id = Some(value.u32(field).map_err(bad)?),
                2 => iteration = Some(value.u32(field).map_err(bad)?),
                3 => ciphertext = Some(value.bytes(field).map_err(bad)?),
                _ => {}
            }
        }
        Ok(SenderKeyMessage {
            key_id: required(kind, "id", key_id)?,
            iteration: required(kind, "iteration", iteration)?,
            ciphertext: required(kind, "ciphertext", ciphertext)?,
            signed: &bytes[..split],
            signature: &bytes[split..],
        })
    }

    /// The bytes the signature covers (version byte and protobuf).
    pub(crate) fn signed_part(&self) -> &'a [u8] {
        self.signed
    }

    /// The 64-byte XEdDSA signature.
    pub(crate) fn signature(&self) -> &'a [u8] {
        self.signature
    }
}

/// Length of an `skmsg` with a ciphertext of `ciphertext_len` bytes.
pub(crate) const fn sender_key_message_len(
    key_id: u32,
    iteration: u32,
    ciphertext_len: usize,
) -> usize {
    1 + codec::varint_field_len(key_id as u64)
        + codec::varint_field_len(iteration as u64)
        + codec::bytes_field_len(ciphertext_len)
        + SIGNATURE_LEN
}

/// Writes the version byte and fields of an `skmsg` up to the ciphertext's
/// length prefix.
pub(crate) fn put_sender_key_message_head(
    out: &mut Vec<u8>,
    key_id: u32,
    iteration: u32,
    ciphertext_len: usize,
) {
    out.push(VERSION_BYTE);
    codec::put_u32_field(out, 1, key_id);
    codec::put_u32_field(out, 2, iteration);
    codec::put_len_prefix(out, 3, ciphertext_len);
}

/// A SenderKeyDistributionMessage: what a group member needs to decrypt our
/// sender-key messages from `iteration` on.
#[derive(Clone, PartialEq, Eq)]
pub struct SenderKeyDistributionMessage {
    /// The sender-key id (chain id).
    pub key_id: u32,
    /// The iteration `chain_key` belongs to.
    pub iteration: u32,
    /// The chain key at `iteration`.
    pub chain_key: [u8; 32],
    /// The public key that signs the sender's messages.
    pub signing_key: PublicKey,
}

impl std::fmt::Debug for SenderKeyDistributionMessage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SenderKeyDistributionMessage")
            .field("key_id", &self.key_id)
            .field("iteration", &self.iteration)
            .field("chain_key", &"<redacted>")
            .field("signing_key", &self.signing_key)
            .finish()
    }
}

impl SenderKeyDistributionMessage {
    /// Parses a serialized SKDM (the `axolotlSenderKeyDistributionMessage` bytes).
    pub fn parse(bytes: &[u8]) -> Result<SenderKeyDistributionMessage, SignalError> {
        let kind = MessageKind::SenderKeyDistribution;
        check_version(kind, bytes)?;
        let bad = |reason| SignalError::invalid(kind, reason);
        let (mut key_id, mut iteration, mut chain_key, mut signing_key) = (None, None, None, None);
        let mut reader = Reader::new(&bytes[1..]);
        while let Some((field, value)) = reader.next_field().map_err(bad)? {
            match field {
                1 => key_id = Some(value.u32(field).map_err(bad)?),
                2 => iteration = Some(value.u32(field).map_err(bad)?),
                3 => chain_key = Some(value.array::<32>(field, "chainKey").map_err(bad)?),
                4 => {
                    signing_key = Some(key_field(
                        kind,
                        "signingKey",
                        value.bytes(field).map_err(bad)?,
                    )?)
                }
                _ => {}
            }
        }
        Ok(SenderKeyDistributionMessage {
            key_id: required(kind, "id", key_id)?,
            iteration: required(kind, "iteration", iteration)?,
            chain_key: required(kind, "chainKey", chain_key)?,
            signing_key: required(kind, "signingKey", signing_key)?,
        })
    }

    /// The serialized message.
    pub fn serialize(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(1 + 6 + 6 + 34 + 35);
        out.push(VERSION_BYTE);
        codec::put_u32_field(&mut out, 1, self.key_id);
        codec::put_u32_field(&mut out, 2, self.iteration);
        codec::put_bytes_field(&mut out, 3, &self.chain_key);
        codec::put_bytes_field(&mut out, 4, &self.signing_key.serialize());
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signal::keys::KeyPair;

    fn sample_signal_message() -> Vec<u8> {
        let key = KeyPair::generate().public;
        let mut out = Vec::new();
        put_signal_message_head(&mut out, &key, 5, 2, 16);
        out.extend_from_slice(&[0xCC; 16]);
        out.extend_from_slice(&[0xAB; MAC_LEN]);
        assert_eq!(out.len(), signal_message_len(5, 2, 16));
        out
    }

    #[test]
    fn signal_message_parses_what_we_write() {
        let bytes = sample_signal_message();
        let message = SignalMessage::parse(&bytes).unwrap();
        assert_eq!((message.counter, message.previous_counter), (5, 2));
        assert_eq!(message.ciphertext, &[0xCC; 16]);
        assert_eq!(message.mac(), &[0xAB; MAC_LEN]);
        assert_eq!(message.mac_input().len(), bytes.len() - MAC_LEN);
    }

    #[test]
    fn every_truncation_of_a_message_is_an_error() {
        let bytes = sample_signal_message();
        for len in 0..bytes.len() {
            // Cutting into the MAC still parses (the MAC check rejects it);
            // cutting into the protobuf must not.
            if len < bytes.len() - MAC_LEN {
                assert!(SignalMessage::parse(&bytes[..len]).is_err(), "len {len}");
            }
        }
    }

    #[test]
    fn bad_version_bytes_are_rejected() {
        let mut bytes = sample_signal_message();
        for version in [0x22, 0x43, 0x00, 0xFF] {
            bytes[0] = version;
            assert!(matches!(
                SignalMessage::parse(&bytes),
                Err(SignalError::InvalidMessage { reason: Malformed::Version(v), .. }) if v == version
            ));
        }
        assert!(matches!(
            SenderKeyDistributionMessage::parse(&[0x23]),
            Err(SignalError::InvalidMessage {
                kind: MessageKind::SenderKeyDistribution,
                ..
            })
        ));
        assert!(PreKeySignalMessage::parse(&[]).is_err());
    }

    #[test]
    fn missing_fields_are_named() {
        // Only a counter.
        let bytes = [VERSION_BYTE, 0x10, 0x01, 0, 0, 0, 0, 0, 0, 0, 0];
        assert!(matches!(
            SignalMessage::parse(&bytes),
            Err(SignalError::InvalidMessage {
                reason: Malformed::MissingField("ratchetKey"),
                ..
            })
        ));
    }

    #[test]
    fn skdm_round_trips() {
        let skdm = SenderKeyDistributionMessage {
            key_id: 1_677_643_644,
            iteration: 0,
            chain_key: [3; 32],
            signing_key: KeyPair::generate().public,
        };
        let bytes = skdm.serialize();
        assert_eq!(SenderKeyDistributionMessage::parse(&bytes).unwrap(), skdm);
        for len in 0..bytes.len() {
            assert!(
                SenderKeyDistributionMessage::parse(&bytes[..len]).is_err(),
                "len {len}"
            );
        }
        assert!(!format!("{skdm:?}").contains("0303"));
    }

    #[test]
    fn sender_key_message_splits_the_signature() {
        let mut out = Vec::new();
        put_sender_key_message_head(&mut out, 7, 9, 16);
        out.extend_from_slice(&[1; 16]);
        out.extend_from_slice(&[2; SIGNATURE_LEN]);
        assert_eq!(out.len(), sender_key_message_len(7, 9, 16));
        let message = SenderKeyMessage::parse(&out).unwrap();
        assert_eq!((message.key_id, message.iteration), (7, 9));
        assert_eq!(message.signature(), &[2; SIGNATURE_LEN]);
        assert_eq!(message.signed_part().len(), out.len() - SIGNATURE_LEN);
        assert!(SenderKeyMessage::parse(&out[..SIGNATURE_LEN]).is_err());
    }
}
