//! Errors of the Noise layer, typed by whose fault they are: bytes that are
//! not a valid message ([`InvalidMessage`]), valid messages the protocol does
//! not allow ([`PeerMisbehaved`]), authentication failures, certificates
//! ([`CertificateError`]), framing ([`FrameError`]) and the transport cipher
//! ([`TransportError`]).

use std::fmt;

/// A part of a handshake message, named in errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HandshakeItem {
    /// The `HandshakeMessage` protobuf itself.
    HandshakeMessage,
    /// `clientHello.ephemeral`.
    ClientEphemeral,
    /// `serverHello.ephemeral`.
    ServerEphemeral,
    /// `serverHello.static` (the encrypted server static key).
    ServerStatic,
    /// `serverHello.payload` (the encrypted certificate chain).
    CertChain,
    /// `clientFinish.static` (the encrypted client static key).
    ClientStatic,
    /// `clientFinish.payload` (the encrypted `ClientPayload`).
    ClientPayload,
}

impl fmt::Display for HandshakeItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            HandshakeItem::HandshakeMessage => "handshake message",
            HandshakeItem::ClientEphemeral => "client ephemeral key",
            HandshakeItem::ServerEphemeral => "server ephemeral key",
            HandshakeItem::ServerStatic => "server static key",
            HandshakeItem::CertChain => "certificate chain",
            HandshakeItem::ClientStatic => "client static key",
            HandshakeItem::ClientPayload => "client payload",
        })
    }
}

/// Which handshake message a `HandshakeMessage` holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MessageKind {
    /// `clientHello` (field 2).
    ClientHello,
    /// `serverHello` (field 3).
    ServerHello,
    /// `clientFinish` (field 4).
    ClientFinish,
    /// None of the three.
    Empty,
    /// More than one of the three.
    Several,
}

impl fmt::Display for MessageKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            MessageKind::ClientHello => "ClientHello",
            MessageKind::ServerHello => "ServerHello",
            MessageKind::ClientFinish => "ClientFinish",
            MessageKind::Empty => "an empty message",
            MessageKind::Several => "several messages at once",
        })
    }
}

/// What is wrong with the bytes of a handshake item.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum InvalidMessage {
    /// Not a protobuf of the expected type.
    #[error("not a valid protobuf: {0}")]
    Protobuf(#[from] prost::DecodeError),
    /// A required field is absent.
    #[error("missing")]
    Missing,
    /// A field of fixed length has another length.
    #[error("{got} bytes, expected {expected}")]
    Length {
        /// The length the protocol requires.
        expected: usize,
        /// The length received.
        got: usize,
    },
}

/// A well-formed message the protocol does not allow.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PeerMisbehaved {
    /// The peer sent another handshake message than the one expected.
    #[error("unexpected handshake message: expected {expected}, got {got}")]
    UnexpectedMessage {
        /// The message this step waits for.
        expected: MessageKind,
        /// What arrived.
        got: MessageKind,
    },
    /// A key whose Diffie-Hellman agreement is all zeros (a low-order point),
    /// which would make the shared secret predictable.
    #[error("the {0} is a low-order point")]
    LowOrderKey(HandshakeItem),
}

/// Why a Noise handshake failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum HandshakeError {
    /// Bytes that are not a valid handshake message.
    #[error("invalid {what}: {problem}")]
    InvalidMessage {
        /// The part that is wrong.
        what: HandshakeItem,
        /// What is wrong with it.
        problem: InvalidMessage,
    },
    /// A valid message the protocol does not allow here.
    #[error("peer misbehaved: {0}")]
    PeerMisbehaved(#[from] PeerMisbehaved),
    /// An encrypted item failed authentication (AES-GCM tag mismatch): the
    /// peer does not hold the keys it claims, or the bytes were tampered with.
    #[error("the {0} failed to decrypt (authentication tag mismatch)")]
    Decrypt(HandshakeItem),
    /// The server's certificate chain was refused.
    #[error("server certificate rejected: {0}")]
    Certificate(#[from] CertificateError),
    /// This side ran out of nonces or could not encrypt (cannot happen within
    /// a handshake's few messages, reported rather than assumed).
    #[error("handshake cipher failure: {0}")]
    Cipher(#[from] CipherError),
}

impl HandshakeError {
    pub(crate) fn invalid(
        what: HandshakeItem,
        problem: impl Into<InvalidMessage>,
    ) -> HandshakeError {
        HandshakeError::InvalidMessage {
            what,
            problem: problem.into(),
        }
    }

    pub(crate) fn missing(what: HandshakeItem) -> HandshakeError {
        HandshakeError::invalid(what, InvalidMessage::Missing)
    }
}

/// A failure of an AES-GCM cipher state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CipherError {
    /// The ciphertext failed authentication (or is shorter than a tag).
    #[error("authentication tag mismatch")]
    Decrypt,
    /// All 2^32 nonces of this key were used; the key must not be used again.
    #[error("nonce counter exhausted")]
    NonceExhausted,
    /// The message is longer than AES-GCM can encrypt.
    #[error("message too long to encrypt")]
    TooLong,
}

/// Which certificate of the chain an error is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum CertRole {
    /// The intermediate certificate, signed by the root.
    Intermediate,
    /// The leaf certificate, signed by the intermediate, naming the server key.
    Leaf,
}

impl fmt::Display for CertRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CertRole::Intermediate => "intermediate",
            CertRole::Leaf => "leaf",
        })
    }
}

/// Why a server certificate chain was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum CertificateError {
    /// The chain is not a `CertChain` protobuf.
    #[error("certificate chain is not a valid protobuf: {0}")]
    MalformedChain(prost::DecodeError),
    /// A certificate's details are not a `NoiseCertificate.Details` protobuf.
    #[error("{role} certificate details are not a valid protobuf: {error}")]
    MalformedDetails {
        /// The certificate.
        role: CertRole,
        /// The decoding error.
        error: prost::DecodeError,
    },
    /// A required part is absent.
    #[error("{role} certificate has no {field}")]
    Missing {
        /// The certificate.
        role: CertRole,
        /// The missing part (`certificate`, `details`, `signature`, `key`,
        /// `notBefore`, `notAfter`).
        field: &'static str,
    },
    /// A signature that is not 64 bytes.
    #[error("{role} certificate signature has {len} bytes, expected 64")]
    SignatureLength {
        /// The certificate.
        role: CertRole,
        /// Its signature's length.
        len: usize,
    },
    /// A certificate key that is not 32 bytes.
    #[error("{role} certificate key has {len} bytes, expected 32")]
    KeyLength {
        /// The certificate.
        role: CertRole,
        /// The key's length.
        len: usize,
    },
    /// The signature does not verify: for the intermediate, it was not signed
    /// by the trusted root; for the leaf, not by the intermediate's key.
    #[error("{role} certificate signature does not verify against its issuer")]
    BadSignature {
        /// The certificate.
        role: CertRole,
    },
    /// The intermediate does not name the root (issuer serial 0) as its issuer.
    #[error("intermediate certificate issuer serial is {got}, expected 0")]
    IntermediateIssuerSerial {
        /// The serial it names.
        got: u32,
    },
    /// The leaf names another issuer than the intermediate.
    #[error(
        "leaf certificate issuer serial {leaf_issuer_serial} differs from intermediate serial {intermediate_serial}"
    )]
    IssuerSerialMismatch {
        /// The leaf's issuer serial.
        leaf_issuer_serial: u32,
        /// The intermediate's serial.
        intermediate_serial: u32,
    },
    /// The leaf certifies another key than the server's handshake static key.
    #[error("leaf certificate key differs from the server's static key")]
    LeafKeyMismatch,
    /// The current time is before the certificate's `notBefore`.
    #[error("{role} certificate not valid before {not_before} (now {now})")]
    NotYetValid {
        /// The certificate.
        role: CertRole,
        /// Its `notBefore` (Unix seconds).
        not_before: u64,
        /// The verification time (Unix seconds).
        now: u64,
    },
    /// The current time is after the certificate's `notAfter`.
    #[error("{role} certificate expired at {not_after} (now {now})")]
    Expired {
        /// The certificate.
        role: CertRole,
        /// Its `notAfter` (Unix seconds).
        not_after: u64,
        /// The verification time (Unix seconds).
        now: u64,
    },
}

/// Why a frame stream is unusable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum FrameError {
    /// A frame longer than the limit (received, or given to encode).
    #[error("frame of {len} bytes exceeds the limit of {max} bytes")]
    TooLarge {
        /// The frame's length.
        len: usize,
        /// The limit.
        max: usize,
    },
    /// The stream does not start with WhatsApp's connection header
    /// `57 41 06 <dict>` (or the `45 44 00 01` edge-routing pre-intro).
    #[error("not a WhatsApp connection header: {}", hex::encode(.got))]
    BadHeader {
        /// The four bytes received.
        got: [u8; 4],
    },
    /// Edge-routing info longer than allowed.
    #[error("edge routing info of {len} bytes exceeds the limit of {max} bytes")]
    RoutingInfoTooLarge {
        /// Its declared length.
        len: usize,
        /// The limit.
        max: usize,
    },
}

/// A failure of the transport cipher (after the handshake).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TransportError {
    /// A received frame failed authentication: tampered, truncated or
    /// out of order. The connection must be closed.
    #[error("frame {counter} failed to decrypt (authentication tag mismatch)")]
    Decrypt {
        /// The receive counter the frame was expected to carry.
        counter: u32,
    },
    /// All 2^32 counter values of this direction were used.
    #[error("transport counter exhausted")]
    CounterExhausted,
    /// A plaintext that does not fit in a frame once encrypted.
    #[error(transparent)]
    Frame(#[from] FrameError),
}
