//! WhatsApp's Noise transport, sans I/O: the connection intro and frames, the
//! `Noise_XX_25519_AESGCM_SHA256` handshake in both roles, the server
//! certificate chain, and the transport cipher that follows.
//!
//! * [`frame`]: [`ClientIntro`] (`ED` pre-intro, `57 41 06 <dict>`),
//!   `u24be(len) || payload` frames, the incremental [`FrameDecoder`].
//! * [`InitiatorConfig`] → [`ExpectServerHello`] → [`SendClientFinish`] →
//!   [`NoiseTransport`]: the client.
//! * [`ResponderConfig`] → [`ExpectClientFinish`] → [`ClientFinished`] +
//!   [`NoiseTransport`]: the server (the local emulator).
//! * [`ChainVerifier`]: the certificate chain, verified in full against
//!   WhatsApp's root (or a root the caller passes explicitly);
//!   [`TestCertificateAuthority`] issues test chains.
//! * [`SymmetricState`] / [`CipherState`]: the Noise primitives.
//!
//! WhatsApp's specifics: the 32-byte protocol name is the initial hash and
//! chaining key as is; the prologue is the 4-byte connection header (never
//! the edge-routing pre-intro); handshake messages are `HandshakeMessage`
//! protobufs; the ServerHello's payload is the certificate chain and the
//! ClientFinish's payload the `ClientPayload`; transport frames use an empty
//! AAD and one counter per direction.
//!
//! ```
//! use prost::Message as _;
//! use wapy::client::payload::{LoginOptions, PayloadConfig, login_payload};
//! use wapy::noise::{
//!     ChainVerifier, ConnectionHeader, FrameDecoder, InitiatorConfig, ResponderConfig, TestCertificateAuthority,
//! };
//! use wapy::signal::KeyPair;
//!
//! // The server (the emulator): a static key certified by a test authority.
//! let authority = TestCertificateAuthority::generate();
//! let server_static = KeyPair::generate();
//! let server = ResponderConfig::new(server_static.clone(), authority.issue(&server_static.public));
//!
//! // The client trusts that authority's root only because it is told to.
//! let mut client = InitiatorConfig::new(KeyPair::generate());
//! client.verifier = ChainVerifier::with_root(authority.root_public_key());
//! let payload = login_payload(&PayloadConfig::default(), 15551234567, 1, &LoginOptions::default());
//!
//! let (client_hello, client) = client.start();
//! let (server_hello, server) = server.accept(&ConnectionHeader::V3, &client_hello)?;
//! let client = client.read_server_hello(&server_hello)?;
//! let (client_finish, mut client_transport) = client.write_client_finish(&payload.encode_to_vec())?;
//! let (finished, mut server_transport) = server.read_client_finish(&client_finish)?;
//! assert_eq!(finished.payload, payload);
//!
//! // Transport frames: `u24be(len) || AES-GCM(flag || stanza)`.
//! let mut wire = Vec::new();
//! server_transport.encryptor.encrypt_frame(b"\x00<success/>", &mut wire)?;
//! let mut decoder = FrameDecoder::new();
//! decoder.push(&wire);
//! let frame = decoder.next_frame()?.ok_or("incomplete frame")?;
//! assert_eq!(&client_transport.decryptor.decrypt_frame(frame)?[..], b"\x00<success/>");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

pub mod cert;
mod error;
pub mod frame;
mod handshake;
mod initiator;
mod responder;
mod symmetric;
mod transport;

#[cfg(test)]
mod tests;

pub use cert::{
    CertificateDetails, ChainVerifier, Clock, TestCertificateAuthority, Validity, VerifiedChain,
    WHATSAPP_ROOT_KEY,
};
pub use error::{
    CertRole, CertificateError, CipherError, FrameError, HandshakeError, HandshakeItem,
    InvalidMessage, MessageKind, PeerMisbehaved, TransportError,
};
pub use frame::{ClientIntro, ConnectionHeader, FrameDecoder, MAX_FRAME_LEN, encode_frame};
pub use handshake::PROTOCOL_NAME_XX;
pub use initiator::{ExpectServerHello, InitiatorConfig, SendClientFinish};
pub use responder::{ClientFinished, ExpectClientFinish, ResponderConfig};
pub use symmetric::{CipherState, SymmetricState, TAG_LEN};
pub use transport::{Decryptor, Encryptor, MAX_PLAINTEXT_LEN, NoiseTransport};
