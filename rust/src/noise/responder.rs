//! The server side of the handshake (the local emulator), one type per step:
//!
//! 1. [`ResponderConfig::accept`] processes the ClientHello → the ServerHello
//!    message (server static key and certificate chain, encrypted) and
//!    [`ExpectClientFinish`];
//! 2. [`ExpectClientFinish::read_client_finish`] decrypts the client static
//!    key and its `ClientPayload` → [`ClientFinished`] and the
//!    [`NoiseTransport`].

use bytes::Bytes;
use prost::Message as _;

use super::error::{HandshakeError, HandshakeItem, MessageKind};
use super::frame::ConnectionHeader;
use super::handshake::{
    PROTOCOL_NAME_XX, agree, decrypt_error, expect, logged, public_key, required,
};
use super::symmetric::SymmetricState;
use super::transport::NoiseTransport;
use crate::proto::wa::handshake_message::ServerHello;
use crate::proto::wa::{ClientPayload, HandshakeMessage};
use crate::signal::{KeyPair, PublicKey};

const ROLE: &str = "server";

/// What the server needs for handshakes: its static key and a serialized
/// `CertChain` whose leaf certifies that key (see
/// [`TestCertificateAuthority`](super::TestCertificateAuthority)). One
/// configuration serves any number of connections.
#[derive(Debug, Clone)]
pub struct ResponderConfig {
    /// The server's static key.
    pub static_key: KeyPair,
    /// The serialized certificate chain sent to clients.
    pub cert_chain: Bytes,
}

impl ResponderConfig {
    /// A configuration from a static key and its certificate chain.
    pub fn new(static_key: KeyPair, cert_chain: Bytes) -> ResponderConfig {
        ResponderConfig {
            static_key,
            cert_chain,
        }
    }

    /// Processes a ClientHello with a fresh ephemeral key. `header` is the
    /// connection header the client sent (the prologue). Returns the
    /// ServerHello message to send.
    pub fn accept(
        &self,
        header: &ConnectionHeader,
        client_hello: &[u8],
    ) -> Result<(Vec<u8>, ExpectClientFinish), HandshakeError> {
        self.accept_with_ephemeral(header, client_hello, KeyPair::generate())
    }

    /// [`accept`](ResponderConfig::accept) with a given ephemeral key (test vectors).
    pub fn accept_with_ephemeral(
        &self,
        header: &ConnectionHeader,
        client_hello: &[u8],
        ephemeral: KeyPair,
    ) -> Result<(Vec<u8>, ExpectClientFinish), HandshakeError> {
        logged(ROLE, self.accept_inner(header, client_hello, ephemeral))
    }

    fn accept_inner(
        &self,
        header: &ConnectionHeader,
        client_hello: &[u8],
        ephemeral: KeyPair,
    ) -> Result<(Vec<u8>, ExpectClientFinish), HandshakeError> {
        let hello = expect(client_hello, MessageKind::ClientHello, |m| m.client_hello)?;
        let client_ephemeral_bytes = required(hello.ephemeral, HandshakeItem::ClientEphemeral)?;
        let client_ephemeral = public_key(&client_ephemeral_bytes, HandshakeItem::ClientEphemeral)?;

        let mut s = SymmetricState::new(PROTOCOL_NAME_XX);
        s.mix_hash(header.as_bytes());
        s.mix_hash(client_ephemeral.as_bytes());
        s.mix_hash(ephemeral.public.as_bytes());
        s.mix_key(&*agree(
            &ephemeral.private,
            &client_ephemeral,
            HandshakeItem::ClientEphemeral,
        )?);
        let static_ciphertext = s.encrypt_and_hash(self.static_key.public.as_bytes())?;
        s.mix_key(&*agree(
            &self.static_key.private,
            &client_ephemeral,
            HandshakeItem::ClientEphemeral,
        )?);
        let chain_ciphertext = s.encrypt_and_hash(&self.cert_chain)?;

        let server_hello = HandshakeMessage {
            server_hello: Some(Box::new(ServerHello {
                ephemeral: Some(Bytes::copy_from_slice(ephemeral.public.as_bytes())),
                r#static: Some(static_ciphertext.into()),
                payload: Some(chain_ciphertext.into()),
                ..Default::default()
            })),
            ..Default::default()
        };
        Ok((
            server_hello.encode_to_vec(),
            ExpectClientFinish {
                symmetric: s,
                ephemeral,
                client_ephemeral,
            },
        ))
    }
}

/// Waiting for the client's ClientFinish.
pub struct ExpectClientFinish {
    symmetric: SymmetricState,
    ephemeral: KeyPair,
    client_ephemeral: PublicKey,
}

impl std::fmt::Debug for ExpectClientFinish {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ExpectClientFinish")
            .field("client_ephemeral", &self.client_ephemeral)
            .finish_non_exhaustive()
    }
}

/// What the client proved and sent in its ClientFinish.
#[derive(Debug, Clone, PartialEq)]
pub struct ClientFinished {
    /// The client's static (noise) key, authenticated by the handshake.
    pub static_key: PublicKey,
    /// The decoded `ClientPayload` (login or registration; see
    /// `client::payload::classify_client_payload`).
    pub payload: ClientPayload,
    /// The payload's bytes as received.
    pub payload_bytes: Bytes,
}

impl ExpectClientFinish {
    /// Processes the ClientFinish: decrypts the client static key and the
    /// `ClientPayload`, then splits the transport keys.
    pub fn read_client_finish(
        self,
        message: &[u8],
    ) -> Result<(ClientFinished, NoiseTransport), HandshakeError> {
        logged(ROLE, self.read(message))
    }

    fn read(mut self, message: &[u8]) -> Result<(ClientFinished, NoiseTransport), HandshakeError> {
        let finish = expect(message, MessageKind::ClientFinish, |m| m.client_finish)?;
        let static_ciphertext = required(finish.r#static, HandshakeItem::ClientStatic)?;
        let payload_ciphertext = required(finish.payload, HandshakeItem::ClientPayload)?;

        let s = &mut self.symmetric;
        let static_plain = s
            .decrypt_and_hash(&static_ciphertext)
            .map_err(decrypt_error(HandshakeItem::ClientStatic))?;
        let client_static = public_key(&static_plain, HandshakeItem::ClientStatic)?;
        s.mix_key(&*agree(
            &self.ephemeral.private,
            &client_static,
            HandshakeItem::ClientStatic,
        )?);
        let payload_bytes = Bytes::from(
            s.decrypt_and_hash(&payload_ciphertext)
                .map_err(decrypt_error(HandshakeItem::ClientPayload))?,
        );
        let payload = ClientPayload::decode(payload_bytes.clone())
            .map_err(|error| HandshakeError::invalid(HandshakeItem::ClientPayload, error))?;

        let (to_server, to_client) = self.symmetric.split();
        let finished = ClientFinished {
            static_key: client_static,
            payload,
            payload_bytes,
        };
        Ok((finished, NoiseTransport::new(to_client, to_server)))
    }
}
