//! Session decryption on garbage: arbitrary `msg`/`pkmsg` bytes, and valid
//! messages with fuzzer-chosen bytes XORed in, against an answered session.
//! Never a panic; a failed decrypt leaves the session unchanged; only the
//! untouched message decrypts.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use wapy::signal::keys::{KeyPair, PrivateKey};
use wapy::signal::store as protocol;
use wapy::signal::wire::{CiphertextMessage, MessageType};
use wapy::signal::{KeySource, MemorySignalStore, ProtocolAddress, SignalStore};

/// Deterministic keys, so that crashes reproduce.
struct Seeded(u64);

impl KeySource for Seeded {
    fn key_pair(&mut self) -> KeyPair {
        let mut bytes = [0u8; 32];
        self.fill_bytes(&mut bytes);
        KeyPair::from_private(PrivateKey::from_bytes(bytes))
    }

    fn fill_bytes(&mut self, out: &mut [u8]) {
        for byte in out {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            *byte = self.0 as u8;
        }
    }
}

struct Fixture {
    bob: MemorySignalStore,
    alice_address: ProtocolAddress,
    /// A `pkmsg` Bob has not seen and a `msg` on the answered session.
    fresh: Vec<CiphertextMessage>,
}

fn fixture() -> &'static Fixture {
    static FIXTURE: OnceLock<Fixture> = OnceLock::new();
    FIXTURE.get_or_init(|| {
        let mut keys = Seeded(0x9E37_79B9_7F4A_7C15);
        let mut alice = MemorySignalStore::generate(&mut keys);
        let mut bob = MemorySignalStore::generate(&mut keys);
        let (alice_address, bob_address) = (ProtocolAddress::new("alice", 1), ProtocolAddress::new("bob", 2));
        let bundle = bob.bundle(2, Some(1), &mut keys).expect("bundle");
        protocol::process_bundle(&mut alice, &bob_address, &bundle, &mut keys).expect("session");
        let first = protocol::encrypt(&mut alice, &bob_address, b"first", &mut keys).expect("encrypt");
        protocol::decrypt(&mut bob, &alice_address, first.message_type, &first.bytes, &mut keys).expect("decrypt");
        let reply = protocol::encrypt(&mut bob, &alice_address, b"reply", &mut keys).expect("encrypt");
        protocol::decrypt(&mut alice, &bob_address, reply.message_type, &reply.bytes, &mut keys).expect("decrypt");
        let message = protocol::encrypt(&mut alice, &bob_address, b"steady", &mut keys).expect("encrypt");
        // A second sender's first pkmsg to Bob.
        let mut carol = MemorySignalStore::generate(&mut keys);
        let bundle = bob.bundle(2, Some(2), &mut keys).expect("bundle");
        protocol::process_bundle(&mut carol, &bob_address, &bundle, &mut keys).expect("session");
        let pkmsg = protocol::encrypt(&mut carol, &bob_address, b"hello", &mut keys).expect("encrypt");
        Fixture { bob, alice_address, fresh: vec![message, pkmsg] }
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let fixture = fixture();
    let mut bob = fixture.bob.clone();
    let mut keys = Seeded(1);
    let (message_type, bytes) = match mode % 4 {
        0 => (MessageType::Whisper, rest.to_vec()),
        1 => (MessageType::PreKey, rest.to_vec()),
        pick => {
            let base = &fixture.fresh[usize::from(pick - 2)];
            let mut bytes = base.bytes.clone();
            for (index, byte) in rest.iter().enumerate() {
                if let Some(target) = bytes.get_mut(index * 7 % base.bytes.len().max(1)) {
                    *target ^= byte;
                }
            }
            if rest.len() % 5 == 4 {
                bytes.truncate(rest.len() % (bytes.len() + 1));
            }
            (base.message_type, bytes)
        }
    };
    let before = bob.load_session(&fixture.alice_address).expect("load").map(|r| r.serialize());
    match protocol::decrypt(&mut bob, &fixture.alice_address, message_type, &bytes, &mut keys) {
        Ok(_) => {}
        Err(_) => {
            let after = bob.load_session(&fixture.alice_address).expect("load").map(|r| r.serialize());
            assert_eq!(before, after, "a failed decrypt changed the session");
        }
    }
});
