//! The client side of the handshake, one type per step:
//!
//! 1. [`InitiatorConfig::start`] → the ClientHello message and
//!    [`ExpectServerHello`];
//! 2. [`ExpectServerHello::read_server_hello`] decrypts the server static key
//!    and certificate chain and verifies the chain → [`SendClientFinish`];
//! 3. [`SendClientFinish::write_client_finish`] encrypts the client static key
//!    and the `ClientPayload` → the ClientFinish message and the
//!    [`NoiseTransport`].
//!
//! Messages are `HandshakeMessage` protobuf bytes; framing them (and the
//! intro before the first) is the caller's job (see [`super::frame`]).

use bytes::Bytes;
use prost::Message as _;

use super::cert::{ChainVerifier, VerifiedChain};
use super::error::{HandshakeError, HandshakeItem, MessageKind};
use super::frame::ConnectionHeader;
use super::handshake::{
    PROTOCOL_NAME_XX, agree, decrypt_error, expect, logged, public_key, required,
};
use super::symmetric::SymmetricState;
use super::transport::NoiseTransport;
use crate::proto::wa::HandshakeMessage;
use crate::proto::wa::handshake_message::{ClientFinish, ClientHello};
use crate::signal::{KeyPair, PublicKey};

const ROLE: &str = "client";

/// What the client needs for a handshake.
#[derive(Debug, Clone)]
pub struct InitiatorConfig {
    /// The connection header sent in the intro; it is the Noise prologue.
    pub header: ConnectionHeader,
    /// The client's long-term Noise key (the device's "noise key").
    pub static_key: KeyPair,
    /// How the server certificate chain is verified.
    pub verifier: ChainVerifier,
}

impl InitiatorConfig {
    /// Dictionary-v3 header, WhatsApp's root, system clock.
    pub fn new(static_key: KeyPair) -> InitiatorConfig {
        InitiatorConfig {
            header: ConnectionHeader::V3,
            static_key,
            verifier: ChainVerifier::whatsapp(),
        }
    }

    /// Starts a handshake with a fresh ephemeral key from the OS generator.
    pub fn start(self) -> (Vec<u8>, ExpectServerHello) {
        self.start_with_ephemeral(KeyPair::generate())
    }

    /// Starts a handshake with a given ephemeral key (test vectors).
    /// Returns the ClientHello message to send.
    pub fn start_with_ephemeral(self, ephemeral: KeyPair) -> (Vec<u8>, ExpectServerHello) {
        let mut symmetric = SymmetricState::new(PROTOCOL_NAME_XX);
        symmetric.mix_hash(self.header.as_bytes());
        symmetric.mix_hash(ephemeral.public.as_bytes());
        let hello = HandshakeMessage {
            client_hello: Some(Box::new(ClientHello {
                ephemeral: Some(Bytes::copy_from_slice(ephemeral.public.as_bytes())),
                ..Default::default()
            })),
            ..Default::default()
        };
        (
            hello.encode_to_vec(),
            ExpectServerHello {
                symmetric,
                ephemeral,
                config: self,
            },
        )
    }
}

/// Waiting for the server's ServerHello.
pub struct ExpectServerHello {
    symmetric: SymmetricState,
    ephemeral: KeyPair,
    config: InitiatorConfig,
}

impl std::fmt::Debug for ExpectServerHello {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ExpectServerHello")
            .field("ephemeral", &self.ephemeral.public)
            .finish_non_exhaustive()
    }
}

impl ExpectServerHello {
    /// Processes the ServerHello: mixes in the server ephemeral key, decrypts
    /// the server static key and the certificate chain, and verifies the chain.
    pub fn read_server_hello(self, message: &[u8]) -> Result<SendClientFinish, HandshakeError> {
        logged(ROLE, self.read(message))
    }

    fn read(mut self, message: &[u8]) -> Result<SendClientFinish, HandshakeError> {
        let hello = expect(message, MessageKind::ServerHello, |m| m.server_hello)?;
        let ephemeral_bytes = required(hello.ephemeral, HandshakeItem::ServerEphemeral)?;
        let server_ephemeral = public_key(&ephemeral_bytes, HandshakeItem::ServerEphemeral)?;
        let static_ciphertext = required(hello.r#static, HandshakeItem::ServerStatic)?;
        let chain_ciphertext = required(hello.payload, HandshakeItem::CertChain)?;

        let s = &mut self.symmetric;
        s.mix_hash(server_ephemeral.as_bytes());
        s.mix_key(&*agree(
            &self.ephemeral.private,
            &server_ephemeral,
            HandshakeItem::ServerEphemeral,
        )?);
        let static_plain = s
            .decrypt_and_hash(&static_ciphertext)
            .map_err(decrypt_error(HandshakeItem::ServerStatic))?;
        let server_static = public_key(&static_plain, HandshakeItem::ServerStatic)?;
        s.mix_key(&*agree(
            &self.ephemeral.private,
            &server_static,
            HandshakeItem::ServerStatic,
        )?);
        let chain = s
            .decrypt_and_hash(&chain_ciphertext)
            .map_err(decrypt_error(HandshakeItem::CertChain))?;
        let certificate = self.config.verifier.verify(&chain, &server_static)?;

        Ok(SendClientFinish {
            symmetric: self.symmetric,
            static_key: self.config.static_key,
            server_ephemeral,
            server_static,
            certificate,
        })
    }
}

/// The server is authenticated; the client sends its ClientFinish.
pub struct SendClientFinish {
    symmetric: SymmetricState,
    static_key: KeyPair,
    server_ephemeral: PublicKey,
    server_static: PublicKey,
    certificate: VerifiedChain,
}

impl std::fmt::Debug for SendClientFinish {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SendClientFinish")
            .field("server_static", &self.server_static)
            .field("certificate", &self.certificate)
            .finish_non_exhaustive()
    }
}

impl SendClientFinish {
    /// The server's static key (certified by the chain).
    pub fn server_static(&self) -> &PublicKey {
        &self.server_static
    }

    /// The verified certificate chain.
    pub fn certificate(&self) -> &VerifiedChain {
        &self.certificate
    }

    /// Encrypts the client static key and `client_payload` (an encoded
    /// `ClientPayload`) into the ClientFinish message and splits the
    /// transport keys.
    pub fn write_client_finish(
        self,
        client_payload: &[u8],
    ) -> Result<(Vec<u8>, NoiseTransport), HandshakeError> {
        logged(ROLE, self.write(client_payload))
    }

    fn write(mut self, client_payload: &[u8]) -> Result<(Vec<u8>, NoiseTransport), HandshakeError> {
        let s = &mut self.symmetric;
        let static_ciphertext = s.encrypt_and_hash(self.static_key.public.as_bytes())?;
        s.mix_key(&*agree(
            &self.static_key.private,
            &self.server_ephemeral,
            HandshakeItem::ServerEphemeral,
        )?);
        let payload_ciphertext = s.encrypt_and_hash(client_payload)?;
        let finish = HandshakeMessage {
            client_finish: Some(Box::new(ClientFinish {
                r#static: Some(static_ciphertext.into()),
                payload: Some(payload_ciphertext.into()),
                ..Default::default()
            })),
            ..Default::default()
        };
        let (to_server, to_client) = self.symmetric.split();
        Ok((
            finish.encode_to_vec(),
            NoiseTransport::new(to_server, to_client),
        ))
    }
}
