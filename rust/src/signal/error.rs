//! The errors of the Signal layer, typed so that the messaging layer can act
//! on them: a duplicate is acked and dropped, a bad MAC or a missing session
//! asks the sender for a retry, an unknown prekey id asks for a new session,
//! an untrusted identity is surfaced as an identity change.

use std::fmt;

use super::address::ProtocolAddress;
use super::keys::KeyError;
use crate::store::StoreError;

/// Which kind of message or record was being read when something was wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum MessageKind {
    /// A `msg` (SignalMessage, WhisperMessage).
    Signal,
    /// A `pkmsg` (PreKeySignalMessage).
    PreKey,
    /// An `skmsg` (SenderKeyMessage).
    SenderKey,
    /// A SenderKeyDistributionMessage.
    SenderKeyDistribution,
    /// A stored session record.
    SessionRecord,
    /// A stored sender-key record.
    SenderKeyRecord,
    /// A stored prekey or signed prekey record.
    PreKeyRecord,
    /// A decrypted plaintext (its WhatsApp padding).
    Plaintext,
}

impl fmt::Display for MessageKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            MessageKind::Signal => "SignalMessage",
            MessageKind::PreKey => "PreKeySignalMessage",
            MessageKind::SenderKey => "SenderKeyMessage",
            MessageKind::SenderKeyDistribution => "SenderKeyDistributionMessage",
            MessageKind::SessionRecord => "session record",
            MessageKind::SenderKeyRecord => "sender-key record",
            MessageKind::PreKeyRecord => "prekey record",
            MessageKind::Plaintext => "plaintext",
        })
    }
}

/// What exactly was malformed.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Malformed {
    /// The input ended early.
    Truncated,
    /// A varint ran past 10 bytes or past the end.
    Varint,
    /// A numeric field does not fit 32 bits.
    NumberTooLarge {
        /// Protobuf field number.
        field: u32,
    },
    /// A field was sent with the wrong protobuf wire type.
    WireType {
        /// Protobuf field number.
        field: u32,
        /// The wire type found.
        wire_type: u8,
    },
    /// A protobuf wire type that does not exist (or a deprecated group).
    UnknownWireType(u8),
    /// A field number of 0.
    FieldZero,
    /// A required field is absent.
    MissingField(&'static str),
    /// A key field is not a Curve25519 key.
    Key {
        /// Which field.
        field: &'static str,
        /// Why.
        error: KeyError,
    },
    /// A fixed-size field has the wrong length.
    Length {
        /// Which field.
        field: &'static str,
        /// Its length.
        len: usize,
    },
    /// The version byte names a version this implementation does not speak.
    Version(u8),
    /// A record starts with an unknown format byte.
    RecordFormat(u8),
    /// The AES-CBC ciphertext is empty or not a whole number of blocks.
    CiphertextLength(usize),
    /// The PKCS#7 padding inside the ciphertext is wrong.
    CipherPadding,
    /// The WhatsApp plaintext padding is wrong.
    PlaintextPadding,
    /// The counter or iteration is further ahead than the forward-jump bound.
    TooFarAhead {
        /// The counter (or iteration) the message carries.
        counter: u32,
        /// The next counter the chain expects.
        current: u32,
    },
    /// A bound on stored state was exceeded while reading a record.
    TooMany(&'static str),
}

impl fmt::Display for Malformed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Malformed::Truncated => f.write_str("truncated"),
            Malformed::Varint => f.write_str("bad varint"),
            Malformed::NumberTooLarge { field } => write!(f, "field {field} does not fit 32 bits"),
            Malformed::WireType { field, wire_type } => {
                write!(f, "field {field} has wire type {wire_type}")
            }
            Malformed::UnknownWireType(wire_type) => write!(f, "unsupported wire type {wire_type}"),
            Malformed::FieldZero => f.write_str("field number 0"),
            Malformed::MissingField(name) => write!(f, "missing field {name}"),
            Malformed::Key { field, error } => write!(f, "field {field}: {error}"),
            Malformed::Length { field, len } => write!(f, "field {field} has {len} bytes"),
            Malformed::Version(byte) => write!(f, "unsupported version byte {byte:#04x}"),
            Malformed::RecordFormat(byte) => write!(f, "unknown record format {byte:#04x}"),
            Malformed::CiphertextLength(len) => {
                write!(f, "ciphertext of {len} bytes is not whole AES blocks")
            }
            Malformed::CipherPadding => f.write_str("bad PKCS#7 padding"),
            Malformed::PlaintextPadding => f.write_str("bad WhatsApp padding"),
            Malformed::TooFarAhead { counter, current } => {
                write!(f, "counter {counter} is too far ahead of {current}")
            }
            Malformed::TooMany(what) => write!(f, "too many {what}"),
        }
    }
}

/// Why a Signal operation failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SignalError {
    /// There is no session with this address (or none that can send).
    #[error("no session with {0}")]
    NoSession(ProtocolAddress),
    /// The message (or record) is malformed.
    #[error("invalid {kind}: {reason}")]
    InvalidMessage {
        /// What was being read.
        kind: MessageKind,
        /// What was wrong.
        reason: Malformed,
    },
    /// The message authentication code does not match: the message was not
    /// made with a session we hold (or was altered).
    #[error("message authentication failed")]
    InvalidMac,
    /// The message key for this counter was already used: a redelivery.
    #[error("duplicate message (counter {counter})")]
    DuplicateMessage {
        /// The counter or iteration the message carries.
        counter: u32,
    },
    /// The peer's identity key differs from the one we trust for it.
    #[error("untrusted identity for {0}")]
    UntrustedIdentity(ProtocolAddress),
    /// A prekey message names a one-time prekey we do not have.
    #[error("unknown one-time prekey id {0}")]
    InvalidPreKeyId(u32),
    /// A prekey message names a signed prekey we do not have.
    #[error("unknown signed prekey id {0}")]
    InvalidSignedPreKeyId(u32),
    /// No sender-key state for this group sender (or for this key id).
    #[error("no sender key state{}", key_id.map(|id| format!(" for key id {id}")).unwrap_or_default())]
    NoSenderKeyState {
        /// The key id the message named, if any.
        key_id: Option<u32>,
    },
    /// A signature (signed prekey, sender-key message) does not verify.
    #[error("invalid signature")]
    InvalidSignature,
    /// The store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl SignalError {
    /// An [`SignalError::InvalidMessage`].
    pub(crate) fn invalid(kind: MessageKind, reason: Malformed) -> SignalError {
        SignalError::InvalidMessage { kind, reason }
    }
}
