//! The Noise socket: stanzas over encrypted frames over a WebSocket, for
//! both ends (the client and the emulator share it).
//!
//! Receiving: WebSocket message → [`FrameDecoder`] (reassembly, no copy when
//! a message holds whole frames) → in-place AES-GCM decryption → [`unpack`]
//! (flag byte, bounded zlib) → a zero-copy [`OwnedNodeRef`] borrowing the
//! frame buffer. Sending: the node is encoded once into a buffer behind the
//! flag byte, encrypted in place and framed.

use bytes::Bytes;
use futures_util::{SinkExt as _, StreamExt as _};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::Message;

use super::error::ClientError;
use crate::binary::{
    DecodeError, Dictionary, EncodeError, Node, OwnedNodeRef, encode_into, unpack,
};
use crate::noise::{
    ChainVerifier, ClientIntro, ConnectionHeader, Decryptor, Encryptor, FrameDecoder, FrameError,
    InitiatorConfig, NoiseTransport, TransportError, encode_frame,
};
use crate::signal::{KeyPair, PublicKey};

/// Why a socket operation failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum SocketError {
    /// The WebSocket failed.
    #[error("websocket: {0}")]
    WebSocket(String),
    /// The peer closed the WebSocket.
    #[error("the peer closed the connection")]
    Closed,
    /// A text message where only binary messages are allowed.
    #[error("unexpected text message")]
    TextMessage,
    /// The frame stream is malformed.
    #[error(transparent)]
    Frame(#[from] FrameError),
    /// A frame failed to decrypt.
    #[error(transparent)]
    Transport(#[from] TransportError),
    /// A frame's stanza does not decode.
    #[error(transparent)]
    Decode(#[from] DecodeError),
    /// A stanza could not be encoded.
    #[error(transparent)]
    Encode(#[from] EncodeError),
}

impl From<SocketError> for ClientError {
    fn from(error: SocketError) -> ClientError {
        match error {
            SocketError::WebSocket(text) => ClientError::WebSocket(text),
            SocketError::Closed => ClientError::ClosedByServer,
            SocketError::TextMessage => ClientError::Protocol("text websocket message".to_owned()),
            SocketError::Frame(error) => ClientError::Frame(error),
            SocketError::Transport(error) => ClientError::Transport(error),
            SocketError::Decode(error) => ClientError::Decode(error),
            SocketError::Encode(error) => ClientError::Encode(error),
        }
    }
}

fn ws_error(error: tokio_tungstenite::tungstenite::Error) -> SocketError {
    use tokio_tungstenite::tungstenite::Error;
    match error {
        Error::ConnectionClosed | Error::AlreadyClosed => SocketError::Closed,
        other => SocketError::WebSocket(other.to_string()),
    }
}

/// Feeds one received WebSocket message to `decoder`; `Ok(false)` for a
/// message that carries no frame bytes (ping, pong), `Err(Closed)` for a close.
pub(crate) fn feed(
    decoder: &mut FrameDecoder,
    message: Result<Message, tokio_tungstenite::tungstenite::Error>,
) -> Result<bool, SocketError> {
    match message.map_err(ws_error)? {
        Message::Binary(bytes) => {
            decoder.push_bytes(bytes);
            Ok(true)
        }
        Message::Text(_) => Err(SocketError::TextMessage),
        Message::Close(_) => Err(SocketError::Closed),
        Message::Ping(_) | Message::Pong(_) | Message::Frame(_) => Ok(false),
    }
}

/// Waits for the next complete frame (handshake phase).
pub(crate) async fn next_frame<S>(
    ws: &mut WebSocketStream<S>,
    decoder: &mut FrameDecoder,
) -> Result<bytes::BytesMut, SocketError>
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    loop {
        if let Some(frame) = decoder.next_frame()? {
            return Ok(frame);
        }
        match ws.next().await {
            None => return Err(SocketError::Closed),
            Some(message) => {
                feed(decoder, message)?;
            }
        }
    }
}

/// Sends raw bytes as one binary WebSocket message.
pub(crate) async fn send_bytes<S>(
    ws: &mut WebSocketStream<S>,
    bytes: Vec<u8>,
) -> Result<(), SocketError>
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    ws.send(Message::Binary(Bytes::from(bytes)))
        .await
        .map_err(ws_error)
}

/// An established Noise connection: encrypted stanzas both ways.
pub(crate) struct NoiseSocket<S> {
    /// The WebSocket (the read side is polled by the owner's loop).
    pub(crate) ws: WebSocketStream<S>,
    /// Received bytes not yet returned as frames.
    pub(crate) decoder: FrameDecoder,
    encryptor: Encryptor,
    decryptor: Decryptor,
    dict: Dictionary,
}

impl<S: AsyncRead + AsyncWrite + Unpin> NoiseSocket<S> {
    /// Wraps a WebSocket whose handshake just completed.
    pub(crate) fn new(
        ws: WebSocketStream<S>,
        decoder: FrameDecoder,
        transport: NoiseTransport,
        dict: Dictionary,
    ) -> NoiseSocket<S> {
        let (encryptor, decryptor) = transport.into_split();
        NoiseSocket {
            ws,
            decoder,
            encryptor,
            decryptor,
            dict,
        }
    }

    /// The dictionary stanzas are encoded with.
    pub(crate) fn dictionary(&self) -> Dictionary {
        self.dict
    }

    /// Encodes, encrypts, frames and sends `node`.
    pub(crate) async fn send_node(&mut self, node: &Node) -> Result<(), SocketError> {
        let mut plain = Vec::with_capacity(128);
        plain.push(0);
        encode_into(node, self.dict, &mut plain)?;
        self.send_plaintext(plain).await
    }

    /// Encrypts and sends a frame payload (`flag || body`) as is.
    pub(crate) async fn send_plaintext(&mut self, plain: Vec<u8>) -> Result<(), SocketError> {
        let mut frame = Vec::with_capacity(plain.len() + 3 + crate::noise::TAG_LEN);
        self.encryptor.encrypt_frame(&plain, &mut frame)?;
        send_bytes(&mut self.ws, frame).await
    }

    /// Encrypts a frame payload into `out` without sending it (the
    /// emulator's malformed-stanza injection).
    pub(crate) fn encrypt_frame(
        &mut self,
        plain: &[u8],
        out: &mut Vec<u8>,
    ) -> Result<(), SocketError> {
        self.encryptor.encrypt_frame(plain, out)?;
        Ok(())
    }

    /// Sends bytes on the WebSocket without encryption or framing (the
    /// emulator's malformed-frame injection).
    pub(crate) async fn send_raw(&mut self, bytes: Vec<u8>) -> Result<(), SocketError> {
        send_bytes(&mut self.ws, bytes).await
    }

    /// The next complete stanza already received, if any.
    pub(crate) fn next_node(&mut self) -> Result<Option<OwnedNodeRef>, SocketError> {
        let Some(frame) = self.decoder.next_frame()? else {
            return Ok(None);
        };
        let plain = self.decryptor.decrypt_frame(frame)?;
        Ok(Some(unpack(plain.freeze(), self.dict)?))
    }

    /// Closes the WebSocket politely (bounded by the caller's timeout).
    pub(crate) async fn close(&mut self) {
        let _ = self.ws.close(None).await;
    }
}

/// The connection header for a dictionary.
pub(crate) fn header_for(dict: Dictionary) -> ConnectionHeader {
    match dict {
        Dictionary::V2 => ConnectionHeader::V2,
        _ => ConnectionHeader::V3,
    }
}

/// Runs the client side of the Noise handshake on a fresh WebSocket and
/// returns the established socket.
pub(crate) async fn client_handshake<S>(
    mut ws: WebSocketStream<S>,
    noise_key: &KeyPair,
    trusted_root: PublicKey,
    dict: Dictionary,
    payload: &[u8],
    max_frame_len: usize,
) -> Result<NoiseSocket<S>, ClientError>
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    let header = header_for(dict);
    let mut initiator = InitiatorConfig::new(noise_key.clone());
    initiator.header = header;
    initiator.verifier = ChainVerifier::with_root(trusted_root);
    let (hello, expect) = initiator.start();
    let mut out = Vec::with_capacity(4 + 3 + hello.len());
    ClientIntro::new(header).encode_into(&mut out)?;
    encode_frame(&hello, &mut out)?;
    send_bytes(&mut ws, out).await?;

    let mut decoder = FrameDecoder::new().with_max_frame_len(max_frame_len);
    let server_hello = next_frame(&mut ws, &mut decoder).await?;
    let finish = expect.read_server_hello(&server_hello)?;
    let (message, transport) = finish.write_client_finish(payload)?;
    let mut out = Vec::with_capacity(3 + message.len());
    encode_frame(&message, &mut out)?;
    send_bytes(&mut ws, out).await?;
    Ok(NoiseSocket::new(ws, decoder, transport, dict))
}
