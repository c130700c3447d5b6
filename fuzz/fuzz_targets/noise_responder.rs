//! The responder fed what a client may send. The first byte picks the case:
//! 0: arbitrary ClientHello bytes; 1: a genuine ClientHello, then arbitrary
//! ClientFinish bytes; 2: a genuine client that encrypts an arbitrary
//! `ClientPayload`, which the server decrypts and classifies.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use wapy::client::payload::classify_client_payload;
use wapy::noise::{
    ChainVerifier, Clock, ConnectionHeader, InitiatorConfig, ResponderConfig, TestCertificateAuthority, Validity,
};
use wapy::signal::{KeyPair, PrivateKey, PublicKey};

struct Fixture {
    server: ResponderConfig,
    root: PublicKey,
}

fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let validity = Validity { not_before: 0, not_after: u64::MAX };
        let authority =
            TestCertificateAuthority::new(&PrivateKey::from_bytes([1; 32]), PrivateKey::from_bytes([2; 32]), 5, validity);
        let server_static = KeyPair::from_private(PrivateKey::from_bytes([3; 32]));
        let chain = authority.issue(&server_static.public);
        Fixture { server: ResponderConfig::new(server_static, chain), root: authority.root_public_key() }
    })
}

fn key(byte: u8) -> KeyPair {
    KeyPair::from_private(PrivateKey::from_bytes([byte; 32]))
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, input)) = data.split_first() else { return };
    let f = fixture();
    let header = ConnectionHeader::V3;
    match mode % 3 {
        0 => {
            let _ = f.server.accept_with_ephemeral(&header, input, key(4));
        }
        1 => {
            let client = InitiatorConfig {
                header,
                static_key: key(5),
                verifier: ChainVerifier::with_root(f.root).with_clock(Clock::Fixed(1)),
            };
            let (hello, _) = client.start_with_ephemeral(key(6));
            let Ok((_, server)) = f.server.accept_with_ephemeral(&header, &hello, key(4)) else {
                panic!("a genuine ClientHello was refused")
            };
            let _ = server.read_client_finish(input);
        }
        _ => {
            let client = InitiatorConfig {
                header,
                static_key: key(5),
                verifier: ChainVerifier::with_root(f.root).with_clock(Clock::Fixed(1)),
            };
            let (hello, client) = client.start_with_ephemeral(key(6));
            let (server_hello, server) =
                f.server.accept_with_ephemeral(&header, &hello, key(4)).expect("genuine ClientHello");
            let client = client.read_server_hello(&server_hello).expect("genuine ServerHello");
            let (finish, _) = client.write_client_finish(input).expect("client finish");
            if let Ok((finished, _)) = server.read_client_finish(&finish) {
                assert_eq!(&finished.payload_bytes[..], input);
                let _ = classify_client_payload(&finished.payload);
            }
        }
    }
});
