//! Whole handshakes between our initiator and our responder, in memory.

use bytes::Bytes;
use prost::Message as _;

use super::*;
use crate::client::payload::{
    CompanionProps, LoginOptions, PayloadConfig, PayloadKind, RegistrationKeys,
    classify_client_payload, login_payload, registration_payload,
};
use crate::proto::wa::HandshakeMessage;
use crate::signal::KeyPair;

const NOW: u64 = 1_750_000_000;

struct Setup {
    authority: TestCertificateAuthority,
    server: ResponderConfig,
    client_static: KeyPair,
}

impl Setup {
    fn new() -> Setup {
        let validity = Validity {
            not_before: NOW - 86_400,
            not_after: NOW + 86_400,
        };
        let authority = TestCertificateAuthority::new(
            &crate::signal::PrivateKey::generate(),
            crate::signal::PrivateKey::generate(),
            41,
            validity,
        );
        let server_static = KeyPair::generate();
        let chain = authority.issue(&server_static.public);
        Setup {
            authority,
            server: ResponderConfig::new(server_static, chain),
            client_static: KeyPair::generate(),
        }
    }

    fn client(&self) -> InitiatorConfig {
        InitiatorConfig {
            header: ConnectionHeader::V3,
            static_key: self.client_static.clone(),
            verifier: ChainVerifier::with_root(self.authority.root_public_key())
                .with_clock(Clock::Fixed(NOW)),
        }
    }
}

fn login_bytes() -> Vec<u8> {
    login_payload(
        &PayloadConfig::default(),
        15_551_234_567,
        4,
        &LoginOptions::default(),
    )
    .encode_to_vec()
}

fn registration_bytes() -> Vec<u8> {
    let identity = KeyPair::generate();
    let signed = KeyPair::generate();
    let keys = RegistrationKeys {
        registration_id: 4242,
        identity_key: identity.public,
        signed_pre_key_id: 1,
        signed_pre_key: signed.public,
        signed_pre_key_signature: identity.private.sign(&signed.public.serialize()),
    };
    registration_payload(&PayloadConfig::default(), &keys, &CompanionProps::default())
        .unwrap()
        .encode_to_vec()
}

/// Runs a whole handshake and returns both sides' results.
fn handshake(setup: &Setup, payload: &[u8]) -> (ClientFinished, NoiseTransport, NoiseTransport) {
    let (hello, client) = setup.client().start();
    let (server_hello, server) = setup.server.accept(&ConnectionHeader::V3, &hello).unwrap();
    let client = client.read_server_hello(&server_hello).unwrap();
    assert_eq!(client.server_static(), &setup.server.static_key.public);
    assert_eq!(client.certificate().intermediate.serial, 41);
    let (finish, client_transport) = client.write_client_finish(payload).unwrap();
    let (finished, server_transport) = server.read_client_finish(&finish).unwrap();
    (finished, client_transport, server_transport)
}

fn exchange(from: &mut NoiseTransport, to: &mut NoiseTransport, plaintext: &[u8]) -> Vec<u8> {
    let mut wire = Vec::new();
    from.encryptor.encrypt_frame(plaintext, &mut wire).unwrap();
    let mut decoder = FrameDecoder::new();
    decoder.push(&wire);
    let frame = decoder.next_frame().unwrap().unwrap();
    to.decryptor.decrypt_frame(frame).unwrap().to_vec()
}

#[test]
fn login_handshake_in_memory() {
    let setup = Setup::new();
    let payload = login_bytes();
    let (finished, mut client, mut server) = handshake(&setup, &payload);
    assert_eq!(finished.static_key, setup.client_static.public);
    assert_eq!(&finished.payload_bytes[..], &payload[..]);
    let classified = classify_client_payload(&finished.payload).unwrap();
    let PayloadKind::Login(login) = classified.kind else {
        panic!("expected a login")
    };
    assert_eq!(
        (login.user, login.device, login.passive),
        (15_551_234_567, 4, true)
    );

    assert_eq!(
        exchange(&mut server, &mut client, b"\x00<success/>"),
        b"\x00<success/>"
    );
    assert_eq!(
        exchange(&mut client, &mut server, b"\x00<iq/>"),
        b"\x00<iq/>"
    );
    assert_eq!(
        exchange(&mut client, &mut server, b"\x00second"),
        b"\x00second"
    );
    assert_eq!(
        (client.encryptor.counter(), server.decryptor.counter()),
        (2, 2)
    );
    assert_eq!(
        (server.encryptor.counter(), client.decryptor.counter()),
        (1, 1)
    );
}

#[test]
fn registration_handshake_in_memory() {
    let setup = Setup::new();
    let payload = registration_bytes();
    let (finished, mut client, mut server) = handshake(&setup, &payload);
    let classified = classify_client_payload(&finished.payload).unwrap();
    let PayloadKind::Registration(registration) = classified.kind else {
        panic!("expected a registration")
    };
    assert_eq!(registration.registration_id, 4242);
    assert_eq!(
        exchange(&mut server, &mut client, b"\x00<iq pair-device/>"),
        b"\x00<iq pair-device/>"
    );
}

#[test]
fn handshake_over_chunked_frames_with_edge_routing() {
    let setup = Setup::new();
    let intro = ClientIntro::new(ConnectionHeader::V2)
        .with_routing_info(Bytes::from_static(b"\x08\x02\x08\x05"));
    let mut client_config = setup.client();
    client_config.header = intro.header;

    // Client → server: intro + ClientHello, delivered one byte at a time.
    let (hello, client) = client_config.start();
    let mut wire = Vec::new();
    intro.encode_into(&mut wire).unwrap();
    encode_frame(&hello, &mut wire).unwrap();
    let mut server_decoder = FrameDecoder::expecting_intro();
    let mut frames = Vec::new();
    for byte in &wire {
        server_decoder.push(std::slice::from_ref(byte));
        while let Some(frame) = server_decoder.next_frame().unwrap() {
            frames.push(frame);
        }
    }
    let received = server_decoder.intro().cloned().unwrap();
    assert_eq!(received, intro);
    assert_eq!(received.header.dict_version(), 2);
    let [client_hello] = frames.try_into().unwrap();

    // The prologue is the 4-byte header only, not the routing pre-intro.
    let (server_hello, server) = setup
        .server
        .accept(&received.header, &client_hello)
        .unwrap();
    let mut wire = Vec::new();
    encode_frame(&server_hello, &mut wire).unwrap();
    let mut client_decoder = FrameDecoder::new();
    client_decoder.push(&wire);
    let client = client
        .read_server_hello(&client_decoder.next_frame().unwrap().unwrap())
        .unwrap();
    let (finish, _) = client.write_client_finish(&login_bytes()).unwrap();
    let mut wire = Vec::new();
    encode_frame(&finish, &mut wire).unwrap();
    server_decoder.push(&wire);
    let frame = server_decoder.next_frame().unwrap().unwrap();
    assert!(server.read_client_finish(&frame).is_ok());
}

#[test]
fn a_different_prologue_fails_authentication() {
    let setup = Setup::new();
    let (hello, client) = setup.client().start();
    let (server_hello, _) = setup.server.accept(&ConnectionHeader::V2, &hello).unwrap();
    assert_eq!(
        client.read_server_hello(&server_hello).unwrap_err(),
        HandshakeError::Decrypt(HandshakeItem::ServerStatic)
    );
}

/// Edits the ServerHello of a fresh handshake and returns the client's verdict.
fn client_reads_edited_server_hello(
    setup: &Setup,
    edit: impl FnOnce(&mut crate::proto::wa::handshake_message::ServerHello),
) -> HandshakeError {
    let (hello, client) = setup.client().start();
    let (server_hello, _) = setup.server.accept(&ConnectionHeader::V3, &hello).unwrap();
    let mut message = HandshakeMessage::decode(&server_hello[..]).unwrap();
    edit(message.server_hello.as_mut().unwrap());
    client
        .read_server_hello(&message.encode_to_vec())
        .unwrap_err()
}

fn flip(field: &mut Option<Bytes>, at: usize) {
    let mut bytes = field.as_ref().unwrap().to_vec();
    let at = at.min(bytes.len() - 1);
    bytes[at] ^= 0x01;
    *field = Some(bytes.into());
}

#[test]
fn tampered_server_hellos_are_refused() {
    let setup = Setup::new();
    use HandshakeItem::*;
    assert_eq!(
        client_reads_edited_server_hello(&setup, |h| flip(&mut h.r#static, 3)),
        HandshakeError::Decrypt(ServerStatic)
    );
    assert_eq!(
        client_reads_edited_server_hello(&setup, |h| flip(&mut h.r#static, 99)),
        HandshakeError::Decrypt(ServerStatic)
    );
    assert_eq!(
        client_reads_edited_server_hello(&setup, |h| flip(&mut h.payload, 0)),
        HandshakeError::Decrypt(CertChain)
    );
    assert_eq!(
        client_reads_edited_server_hello(&setup, |h| flip(&mut h.payload, 9999)),
        HandshakeError::Decrypt(CertChain)
    );
    assert_eq!(
        client_reads_edited_server_hello(&setup, |h| flip(&mut h.ephemeral, 5)),
        HandshakeError::Decrypt(ServerStatic)
    );
    assert_eq!(
        client_reads_edited_server_hello(&setup, |h| h.payload =
            Some(Bytes::from_static(&[1; 15]))),
        HandshakeError::Decrypt(CertChain)
    );
}

#[test]
fn incomplete_server_hellos_are_refused() {
    let setup = Setup::new();
    use HandshakeItem::*;
    let missing = |what| HandshakeError::InvalidMessage {
        what,
        problem: InvalidMessage::Missing,
    };
    assert_eq!(
        client_reads_edited_server_hello(&setup, |h| h.ephemeral = None),
        missing(ServerEphemeral)
    );
    assert_eq!(
        client_reads_edited_server_hello(&setup, |h| h.r#static = None),
        missing(ServerStatic)
    );
    assert_eq!(
        client_reads_edited_server_hello(&setup, |h| h.payload = None),
        missing(CertChain)
    );
    assert_eq!(
        client_reads_edited_server_hello(&setup, |h| h.ephemeral =
            Some(Bytes::from_static(&[9; 31]))),
        HandshakeError::InvalidMessage {
            what: ServerEphemeral,
            problem: InvalidMessage::Length {
                expected: 32,
                got: 31
            }
        }
    );
    assert_eq!(
        client_reads_edited_server_hello(&setup, |h| h.ephemeral =
            Some(Bytes::from_static(&[0; 32]))),
        HandshakeError::PeerMisbehaved(PeerMisbehaved::LowOrderKey(ServerEphemeral))
    );
}

#[test]
fn wrong_messages_report_expected_and_got() {
    let setup = Setup::new();
    let (hello, client) = setup.client().start();
    assert_eq!(
        client.read_server_hello(&hello).unwrap_err(),
        HandshakeError::PeerMisbehaved(PeerMisbehaved::UnexpectedMessage {
            expected: MessageKind::ServerHello,
            got: MessageKind::ClientHello
        })
    );

    let (hello, _) = setup.client().start();
    let (server_hello, server) = setup.server.accept(&ConnectionHeader::V3, &hello).unwrap();
    assert_eq!(
        server.read_client_finish(&server_hello).unwrap_err(),
        HandshakeError::PeerMisbehaved(PeerMisbehaved::UnexpectedMessage {
            expected: MessageKind::ClientFinish,
            got: MessageKind::ServerHello
        })
    );
    assert_eq!(
        setup.server.accept(&ConnectionHeader::V3, &[]).unwrap_err(),
        HandshakeError::PeerMisbehaved(PeerMisbehaved::UnexpectedMessage {
            expected: MessageKind::ClientHello,
            got: MessageKind::Empty
        })
    );
    assert!(matches!(
        setup
            .server
            .accept(&ConnectionHeader::V3, &[0x12, 0x40, 0x0a])
            .unwrap_err(),
        HandshakeError::InvalidMessage {
            what: HandshakeItem::HandshakeMessage,
            problem: InvalidMessage::Protobuf(_)
        }
    ));
}

#[test]
fn low_order_client_ephemerals_are_refused() {
    let setup = Setup::new();
    let hello = HandshakeMessage {
        client_hello: Some(Box::new(crate::proto::wa::handshake_message::ClientHello {
            ephemeral: Some(Bytes::from_static(&[0; 32])),
            ..Default::default()
        })),
        ..Default::default()
    };
    assert_eq!(
        setup
            .server
            .accept(&ConnectionHeader::V3, &hello.encode_to_vec())
            .unwrap_err(),
        HandshakeError::PeerMisbehaved(PeerMisbehaved::LowOrderKey(HandshakeItem::ClientEphemeral))
    );
}

#[test]
fn certificate_failures_abort_the_handshake() {
    let setup = Setup::new();
    let (hello, client) = InitiatorConfig::new(setup.client_static.clone()).start();
    let (server_hello, _) = setup.server.accept(&ConnectionHeader::V3, &hello).unwrap();
    assert_eq!(
        client.read_server_hello(&server_hello).unwrap_err(),
        HandshakeError::Certificate(CertificateError::BadSignature {
            role: CertRole::Intermediate
        })
    );

    // A valid chain for another server key.
    let other = ResponderConfig::new(
        setup.server.static_key.clone(),
        setup.authority.issue(&KeyPair::generate().public),
    );
    let (hello, client) = setup.client().start();
    let (server_hello, _) = other.accept(&ConnectionHeader::V3, &hello).unwrap();
    assert_eq!(
        client.read_server_hello(&server_hello).unwrap_err(),
        CertificateError::LeafKeyMismatch.into()
    );

    // The same chain, outside its validity.
    let mut late = setup.client();
    late.verifier = late.verifier.with_clock(Clock::Fixed(NOW + 86_401));
    let (hello, client) = late.start();
    let (server_hello, _) = setup.server.accept(&ConnectionHeader::V3, &hello).unwrap();
    assert!(matches!(
        client.read_server_hello(&server_hello).unwrap_err(),
        HandshakeError::Certificate(CertificateError::Expired {
            role: CertRole::Intermediate,
            ..
        })
    ));
}

/// Runs up to the ClientFinish and lets `edit` alter it before the server reads it.
fn server_reads_edited_client_finish(
    setup: &Setup,
    payload: &[u8],
    edit: impl FnOnce(&mut crate::proto::wa::handshake_message::ClientFinish),
) -> HandshakeError {
    let (hello, client) = setup.client().start();
    let (server_hello, server) = setup.server.accept(&ConnectionHeader::V3, &hello).unwrap();
    let (finish, _) = client
        .read_server_hello(&server_hello)
        .unwrap()
        .write_client_finish(payload)
        .unwrap();
    let mut message = HandshakeMessage::decode(&finish[..]).unwrap();
    edit(message.client_finish.as_mut().unwrap());
    server
        .read_client_finish(&message.encode_to_vec())
        .unwrap_err()
}

#[test]
fn tampered_client_finishes_are_refused() {
    let setup = Setup::new();
    let payload = login_bytes();
    use HandshakeItem::*;
    assert_eq!(
        server_reads_edited_client_finish(&setup, &payload, |f| flip(&mut f.r#static, 0)),
        HandshakeError::Decrypt(ClientStatic)
    );
    assert_eq!(
        server_reads_edited_client_finish(&setup, &payload, |f| flip(&mut f.payload, 7)),
        HandshakeError::Decrypt(ClientPayload)
    );
    assert_eq!(
        server_reads_edited_client_finish(&setup, &payload, |f| f.payload = None),
        HandshakeError::InvalidMessage {
            what: ClientPayload,
            problem: InvalidMessage::Missing
        }
    );
    assert_eq!(
        server_reads_edited_client_finish(&setup, &payload, |f| f.r#static = None),
        HandshakeError::InvalidMessage {
            what: ClientStatic,
            problem: InvalidMessage::Missing
        }
    );
    // An authentic payload that is not a ClientPayload.
    assert!(matches!(
        server_reads_edited_client_finish(&setup, &[0xff, 0xff, 0xff], |_| {}),
        HandshakeError::InvalidMessage {
            what: ClientPayload,
            problem: InvalidMessage::Protobuf(_)
        }
    ));
}

#[test]
fn a_client_finish_from_another_session_is_refused() {
    let setup = Setup::new();
    let (hello_a, client_a) = setup.client().start();
    let (server_hello_a, _) = setup
        .server
        .accept(&ConnectionHeader::V3, &hello_a)
        .unwrap();
    let (finish_a, _) = client_a
        .read_server_hello(&server_hello_a)
        .unwrap()
        .write_client_finish(&login_bytes())
        .unwrap();

    let (hello_b, _) = setup.client().start();
    let (_, server_b) = setup
        .server
        .accept(&ConnectionHeader::V3, &hello_b)
        .unwrap();
    assert_eq!(
        server_b.read_client_finish(&finish_a).unwrap_err(),
        HandshakeError::Decrypt(HandshakeItem::ClientStatic)
    );
}

#[test]
fn a_server_static_of_the_wrong_length_is_refused() {
    // A hand-driven responder that encrypts a 33-byte static key.
    let setup = Setup::new();
    let client_ephemeral = KeyPair::generate();
    let (hello, client) = setup
        .client()
        .start_with_ephemeral(client_ephemeral.clone());
    let _ = hello;
    let server_ephemeral = KeyPair::generate();
    let mut s = SymmetricState::new(PROTOCOL_NAME_XX);
    s.mix_hash(ConnectionHeader::V3.as_bytes());
    s.mix_hash(client_ephemeral.public.as_bytes());
    s.mix_hash(server_ephemeral.public.as_bytes());
    s.mix_key(&server_ephemeral.private.agree(&client_ephemeral.public));
    let static_ciphertext = s
        .encrypt_and_hash(&setup.server.static_key.public.serialize())
        .unwrap();
    let message = HandshakeMessage {
        server_hello: Some(Box::new(crate::proto::wa::handshake_message::ServerHello {
            ephemeral: Some(Bytes::copy_from_slice(server_ephemeral.public.as_bytes())),
            r#static: Some(static_ciphertext.into()),
            payload: Some(Bytes::from_static(&[0; 40])),
            ..Default::default()
        })),
        ..Default::default()
    };
    assert_eq!(
        client
            .read_server_hello(&message.encode_to_vec())
            .unwrap_err(),
        HandshakeError::InvalidMessage {
            what: HandshakeItem::ServerStatic,
            problem: InvalidMessage::Length {
                expected: 32,
                got: 33
            }
        }
    );
}

#[test]
fn handshake_messages_have_the_wire_shape() {
    let setup = Setup::new();
    let ephemeral = KeyPair::generate();
    let (hello, client) = setup.client().start_with_ephemeral(ephemeral.clone());
    // clientHello (field 2) { ephemeral (field 1): 32 bytes }
    assert_eq!(&hello[..4], &[0x12, 0x22, 0x0a, 0x20]);
    assert_eq!(&hello[4..], ephemeral.public.as_bytes());
    let (server_hello, _) = setup.server.accept(&ConnectionHeader::V3, &hello).unwrap();
    let decoded = HandshakeMessage::decode(&server_hello[..])
        .unwrap()
        .server_hello
        .unwrap();
    assert_eq!(decoded.r#static.unwrap().len(), 48);
    assert_eq!(
        decoded.payload.unwrap().len(),
        setup.server.cert_chain.len() + TAG_LEN
    );
    let (finish, _) = client
        .read_server_hello(&server_hello)
        .unwrap()
        .write_client_finish(b"payload")
        .unwrap();
    let decoded = HandshakeMessage::decode(&finish[..])
        .unwrap()
        .client_finish
        .unwrap();
    assert_eq!(decoded.r#static.unwrap().len(), 48);
    assert_eq!(decoded.payload.unwrap().len(), 7 + TAG_LEN);
}
