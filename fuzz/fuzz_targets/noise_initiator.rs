//! The initiator fed what a server may send. The first byte picks the case:
//! 0: arbitrary ServerHello bytes; 1: a genuine server whose certificate
//! chain is arbitrary bytes (the chain verifier on hostile input).
#![no_main]

use libfuzzer_sys::fuzz_target;
use wapy::noise::{ChainVerifier, Clock, ConnectionHeader, InitiatorConfig, ResponderConfig};
use wapy::signal::{KeyPair, PrivateKey};

fn key(byte: u8) -> KeyPair {
    KeyPair::from_private(PrivateKey::from_bytes([byte; 32]))
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, input)) = data.split_first() else { return };
    let header = ConnectionHeader::V3;
    let client = InitiatorConfig {
        header,
        static_key: key(5),
        verifier: ChainVerifier::with_root(key(1).public).with_clock(Clock::Fixed(1_700_000_000)),
    };
    let (hello, client) = client.start_with_ephemeral(key(6));
    if mode % 2 == 0 {
        let _ = client.read_server_hello(input);
    } else {
        let server = ResponderConfig::new(key(3), bytes::Bytes::copy_from_slice(input));
        let (server_hello, _) = server.accept_with_ephemeral(&header, &hello, key(4)).expect("genuine ClientHello");
        // Arbitrary chains must be refused (a valid signature cannot be forged
        // by the fuzzer), never crash the verifier.
        assert!(client.read_server_hello(&server_hello).is_err());
    }
});
