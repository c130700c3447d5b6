//! The client's errors, typed by whose fault they are: the network, the
//! peer's bytes, the peer's behaviour, the store, or the caller.

use std::sync::Arc;
use std::time::Duration;

use super::pair::{PairCodeError, PairStanzaError};
use super::payload::PayloadError;
use crate::binary::{DecodeError, EncodeError};
use crate::events::ConnectFailureReason;
use crate::noise::{FrameError, HandshakeError, TransportError};
use crate::store::StoreError;

/// An `<iq type="error">` answer or a request that got none.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum IqError {
    /// The server answered `<error code text/>`.
    #[error("server error {code}: {text}")]
    Server {
        /// The `code` attribute (0 when absent or not a number).
        code: u16,
        /// The `text` attribute.
        text: String,
    },
    /// No answer in time.
    #[error("no answer within {0:?}")]
    Timeout(Duration),
    /// The connection closed before the answer arrived.
    #[error("the connection closed before the answer arrived")]
    Disconnected,
    /// Not connected: nothing was sent.
    #[error("not connected")]
    NotConnected,
    /// The answer is not what the request expects.
    #[error("unexpected answer: {0}")]
    UnexpectedAnswer(String),
}

/// Why the client failed, or a connection ended.
#[derive(Debug, Clone, thiserror::Error)]
#[non_exhaustive]
pub enum ClientError {
    /// The WebSocket could not be opened or broke (network, TLS, HTTP).
    #[error("websocket: {0}")]
    WebSocket(String),
    /// An invalid server URL.
    #[error("invalid server URL {url:?}: {reason}")]
    BadUrl {
        /// The URL.
        url: String,
        /// What is wrong.
        reason: String,
    },
    /// A connection step took too long.
    #[error("timed out during {0}")]
    Timeout(&'static str),
    /// The Noise handshake failed (includes certificate chain refusal).
    #[error("handshake: {0}")]
    Handshake(#[from] HandshakeError),
    /// The frame stream is malformed (bad length, oversized frame).
    #[error("frame: {0}")]
    Frame(#[from] FrameError),
    /// A frame failed to decrypt.
    #[error("transport: {0}")]
    Transport(#[from] TransportError),
    /// A received stanza does not decode.
    #[error("undecodable stanza: {0}")]
    Decode(#[from] DecodeError),
    /// A stanza could not be encoded.
    #[error("unencodable stanza: {0}")]
    Encode(#[from] EncodeError),
    /// The server sent something the protocol does not allow here.
    #[error("protocol violation: {0}")]
    Protocol(String),
    /// The server closed the connection.
    #[error("the server closed the connection")]
    ClosedByServer,
    /// A keepalive deadline passed without any sign of life.
    #[error("the connection is dead: no answer for {0:?}")]
    Dead(Duration),
    /// The store failed.
    #[error("store: {0}")]
    Store(Arc<StoreError>),
    /// The login payload could not be built from the stored identity.
    #[error("payload: {0}")]
    Payload(#[from] PayloadError),
    /// A linking stanza could not be read.
    #[error("pairing stanza: {0}")]
    PairStanza(#[from] PairStanzaError),
    /// Code linking failed.
    #[error("pair code: {0}")]
    PairCode(#[from] PairCodeError),
    /// An IQ failed.
    #[error("iq: {0}")]
    Iq(#[from] IqError),
    /// The server refused the login for good (`<failure>`).
    #[error("connection refused by the server: {0}")]
    Refused(ConnectFailureReason),
    /// The device was logged out; the credentials were deleted.
    #[error("logged out ({0})")]
    LoggedOut(ConnectFailureReason),
    /// Another connection with the same credentials took over.
    #[error("replaced by another connection")]
    Replaced,
    /// The QR refs ran out before a phone scanned one.
    #[error("no phone scanned the QR code in time")]
    QrTimeout,
    /// The operation needs a paired device.
    #[error("not logged in")]
    NotLoggedIn,
    /// The operation needs an unpaired device.
    #[error("already paired")]
    AlreadyPaired,
    /// Not connected.
    #[error("not connected")]
    NotConnected,
    /// The client was stopped (disconnect, logout, or a permanent failure).
    #[error("the client is stopped")]
    Stopped,
    /// A bad argument.
    #[error("invalid argument: {0}")]
    InvalidArgument(String),
}

impl From<StoreError> for ClientError {
    fn from(error: StoreError) -> ClientError {
        ClientError::Store(Arc::new(error))
    }
}

impl ClientError {
    /// Whether a later attempt may succeed (network trouble, a malformed
    /// frame, a dead connection), as opposed to a refusal that retrying
    /// cannot change (certificate, logout, replaced, ban).
    pub fn is_transient(&self) -> bool {
        match self {
            ClientError::Handshake(HandshakeError::Certificate(_)) => false,
            ClientError::Refused(reason) => reason.should_reconnect(),
            ClientError::LoggedOut(_)
            | ClientError::Replaced
            | ClientError::QrTimeout
            | ClientError::BadUrl { .. }
            | ClientError::Stopped
            | ClientError::NotLoggedIn
            | ClientError::AlreadyPaired
            | ClientError::InvalidArgument(_)
            | ClientError::Payload(_) => false,
            _ => true,
        }
    }
}
