//! Signal benchmarks, shaped like the peer anchors in
//! `../shared/bench/anchors/signal.js` so that the figures compare:
//!
//! * `session_setup`: process a prekey bundle (verify, base key, 3–4 X25519,
//!   first sending ratchet) into an in-memory store, fresh address each time;
//! * `encrypt_msg` / `decrypt_msg`: steady state on an answered session, one
//!   200-byte padded plaintext (190 random bytes + 10 bytes of 0x0a);
//! * `decrypt_pkmsg`: X3DH responder + first decrypt + one-time prekey removal,
//!   from a fresh sender each time;
//! * `fanout_1000`: one payload to 1000 devices with sessions (bundles
//!   processed, not answered: every message is a `pkmsg`), and the same from
//!   fresh bundles (setup included);
//! * `skmsg_encrypt` / `skmsg_decrypt`: sender keys, steady state;
//! * the primitives: X25519, key generation, XEdDSA sign and verify.
//!
//! The `memory/*` benches run the protocol over `MemorySignalStore` (records
//! copied in and out of a map, like the anchors' in-memory stores); the
//! `sqlite/*` benches run the same steps through the SQLite store, one
//! committed transaction per step (per fan-out), on a file in a temp dir.
//!
//! Run: `cargo bench --bench signal` (add a filter such as `-- memory/` for a
//! subset).

use std::cell::RefCell;
use std::hint::black_box;
use std::time::Duration;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use wapy::signal::keys::{KeyPair, SigningKey, VerifyingKey, verify_signature};
use wapy::signal::store as protocol;
use wapy::signal::wire::{CiphertextMessage, MessageType};
use wapy::signal::{
    MemorySignalStore, OsKeys, PreKeyBundle, ProtocolAddress, SenderKeyName, SenderKeyRecord,
    SignalStore,
};
use wapy::store::Store;

const FANOUT: usize = 1000;

fn payload() -> Vec<u8> {
    let mut plaintext = vec![0u8; 200];
    OsKeys.fill(&mut plaintext[..190]);
    plaintext[190..].fill(10);
    plaintext
}

trait Fill {
    fn fill(&mut self, out: &mut [u8]);
}

impl Fill for OsKeys {
    fn fill(&mut self, out: &mut [u8]) {
        wapy::signal::KeySource::fill_bytes(self, out);
    }
}

struct Party {
    store: MemorySignalStore,
    address: ProtocolAddress,
    next_prekey: u32,
}

impl Party {
    fn new(name: &str) -> Party {
        Party {
            store: MemorySignalStore::generate(&mut OsKeys),
            address: ProtocolAddress::new(name, 1),
            next_prekey: 1,
        }
    }

    fn bundle(&mut self) -> PreKeyBundle {
        let id = self.next_prekey;
        self.next_prekey += 1;
        self.store.bundle(1, Some(id), &mut OsKeys).expect("bundle")
    }
}

fn encrypt(from: &mut Party, to: &ProtocolAddress, plaintext: &[u8]) -> CiphertextMessage {
    protocol::encrypt(&mut from.store, to, plaintext, &mut OsKeys).expect("encrypt")
}

fn decrypt(to: &mut Party, from: &ProtocolAddress, message: &CiphertextMessage) -> Vec<u8> {
    protocol::decrypt(
        &mut to.store,
        from,
        message.message_type,
        &message.bytes,
        &mut OsKeys,
    )
    .expect("decrypt")
}

/// Alice and Bob with an answered session.
fn pair(plaintext: &[u8]) -> (Party, Party) {
    let mut alice = Party::new("alice");
    let mut bob = Party::new("bob");
    let bundle = bob.bundle();
    protocol::process_bundle(&mut alice.store, &bob.address, &bundle, &mut OsKeys).expect("bundle");
    let first = encrypt(&mut alice, &bob.address, plaintext);
    decrypt(&mut bob, &alice.address, &first);
    let reply = encrypt(&mut bob, &alice.address, plaintext);
    decrypt(&mut alice, &bob.address, &reply);
    assert_eq!(
        encrypt(&mut alice, &bob.address, plaintext).message_type,
        MessageType::Whisper
    );
    (alice, bob)
}

fn primitives(c: &mut Criterion) {
    let mut group = c.benchmark_group("primitives");
    group.throughput(Throughput::Elements(1));
    let a = KeyPair::generate();
    let b = KeyPair::generate();
    group.bench_function("x25519", |bench| {
        bench.iter(|| black_box(a.private.agree(black_box(&b.public))))
    });
    group.bench_function("keygen", |bench| {
        bench.iter(|| black_box(KeyPair::generate()))
    });
    let message = [7u8; 200];
    group.bench_function("xeddsa_sign", |bench| {
        bench.iter(|| black_box(a.private.sign(black_box(&message))))
    });
    let signer = SigningKey::new(&a.private);
    group.bench_function("xeddsa_sign_prepared", |bench| {
        bench.iter(|| black_box(signer.sign(black_box(&message))))
    });
    let signature = a.private.sign(&message);
    group.bench_function("xeddsa_verify", |bench| {
        bench.iter(|| {
            assert!(verify_signature(
                a.public.as_bytes(),
                black_box(&message),
                &signature
            ))
        })
    });
    let verifier = VerifyingKey::new(&a.public, signature[63] >> 7).expect("key");
    group.bench_function("xeddsa_verify_prepared", |bench| {
        bench.iter(|| assert!(verifier.verify(black_box(&message), &signature)))
    });
    group.finish();
}

fn one_to_one(c: &mut Criterion) {
    let plaintext = payload();
    let mut group = c.benchmark_group("memory");
    group.throughput(Throughput::Elements(1));

    let mut alice = Party::new("alice");
    let mut bob = Party::new("bob");
    let bundle = bob.bundle();
    let mut peer = 0u64;
    group.bench_function("session_setup", |bench| {
        bench.iter_batched(
            || {
                peer += 1;
                ProtocolAddress::new(format!("setup{peer}"), 1)
            },
            |address| {
                protocol::process_bundle(&mut alice.store, &address, &bundle, &mut OsKeys)
                    .expect("setup")
            },
            BatchSize::SmallInput,
        )
    });

    let (mut alice, bob) = pair(&plaintext);
    group.bench_function("encrypt_msg", |bench| {
        bench.iter(|| black_box(encrypt(&mut alice, &bob.address, black_box(&plaintext))))
    });
    // The pure record operation, without the store's copy in and out.
    let mut record = alice
        .store
        .load_session(&bob.address)
        .expect("load")
        .expect("session");
    group.bench_function("encrypt_msg_record", |bench| {
        bench.iter(|| {
            black_box(
                record
                    .encrypt(&bob.address, black_box(&plaintext), &mut OsKeys)
                    .expect("encrypt"),
            )
        })
    });

    let (mut alice, mut bob) = pair(&plaintext);
    let (alice_address, bob_address) = (alice.address.clone(), bob.address.clone());
    group.bench_function("decrypt_msg", |bench| {
        bench.iter_batched(
            || encrypt(&mut alice, &bob_address, &plaintext),
            |message| black_box(decrypt(&mut bob, &alice_address, &message)),
            BatchSize::SmallInput,
        )
    });

    let bob = RefCell::new(Party::new("bob"));
    let bob_address = bob.borrow().address.clone();
    let mut sender_number = 0u64;
    group.bench_function("decrypt_pkmsg", |bench| {
        bench.iter_batched(
            || {
                sender_number += 1;
                let mut sender = Party::new(&format!("sender{sender_number}"));
                let bundle = bob.borrow_mut().bundle();
                protocol::process_bundle(&mut sender.store, &bob_address, &bundle, &mut OsKeys)
                    .expect("setup");
                let message = encrypt(&mut sender, &bob_address, &plaintext);
                (sender.address, message)
            },
            |(from, message)| black_box(decrypt(&mut bob.borrow_mut(), &from, &message)),
            BatchSize::SmallInput,
        )
    });
    group.finish();

    let mut group = c.benchmark_group("memory");
    group.sample_size(10);
    group.throughput(Throughput::Elements(1));
    let mut alice = Party::new("alice");
    let mut bob = Party::new("bob");
    let bundle = bob.bundle();
    let devices: Vec<ProtocolAddress> = (0..FANOUT)
        .map(|i| ProtocolAddress::new(format!("dev{i}"), (i % 8) as u32))
        .collect();
    for device in &devices {
        protocol::process_bundle(&mut alice.store, device, &bundle, &mut OsKeys).expect("setup");
    }
    group.bench_function("fanout_1000", |bench| {
        bench.iter(|| {
            for device in &devices {
                black_box(encrypt(&mut alice, device, &plaintext));
            }
        })
    });
    group.bench_function("fanout_1000_fresh_sessions", |bench| {
        bench.iter_batched(
            || Party::new("alice"),
            |mut alice| {
                for device in &devices {
                    protocol::process_bundle(&mut alice.store, device, &bundle, &mut OsKeys)
                        .expect("setup");
                    black_box(encrypt(&mut alice, device, &plaintext));
                }
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

fn sender_keys(c: &mut Criterion) {
    let plaintext = payload();
    let mut group = c.benchmark_group("memory");
    group.throughput(Throughput::Elements(1));
    let name = SenderKeyName::new("120363000000000001@g.us", ProtocolAddress::new("alice", 1));
    let mut sender = MemorySignalStore::generate(&mut OsKeys);
    let mut receiver = MemorySignalStore::generate(&mut OsKeys);
    let skdm = protocol::create_distribution(&mut sender, &name, &mut OsKeys).expect("skdm");
    protocol::process_distribution(&mut receiver, &name, &skdm.serialize()).expect("process");
    group.bench_function("skmsg_encrypt", |bench| {
        bench.iter(|| {
            black_box(
                protocol::group_encrypt(&mut sender, &name, &plaintext, &mut OsKeys)
                    .expect("encrypt"),
            )
        })
    });
    // A fresh sender key: the encrypt bench ran the first one far ahead.
    let name = SenderKeyName::new("120363000000000002@g.us", ProtocolAddress::new("alice", 1));
    let skdm = protocol::create_distribution(&mut sender, &name, &mut OsKeys).expect("skdm");
    protocol::process_distribution(&mut receiver, &name, &skdm.serialize()).expect("process");
    group.bench_function("skmsg_decrypt", |bench| {
        bench.iter_batched(
            || {
                protocol::group_encrypt(&mut sender, &name, &plaintext, &mut OsKeys)
                    .expect("encrypt")
            },
            |message| {
                black_box(protocol::group_decrypt(&mut receiver, &name, &message).expect("decrypt"))
            },
            BatchSize::SmallInput,
        )
    });
    // Records that are decoded for every message (as a store does).
    let mut own = SenderKeyRecord::new();
    own.create_distribution(&mut OsKeys);
    let mut own_bytes = own.serialize();
    group.bench_function("skmsg_encrypt_serialized", |bench| {
        bench.iter(|| {
            let mut record = SenderKeyRecord::deserialize(&own_bytes).expect("record");
            let message = record.encrypt(&plaintext, &mut OsKeys).expect("encrypt");
            own_bytes = record.serialize();
            black_box(message)
        })
    });
    // Fresh records: the encrypt bench ran the first key far ahead.
    let mut own = SenderKeyRecord::new();
    let skdm = own.create_distribution(&mut OsKeys);
    let mut theirs = SenderKeyRecord::new();
    theirs.process_distribution(&skdm);
    let mut their_bytes = theirs.serialize();
    group.bench_function("skmsg_decrypt_serialized", |bench| {
        bench.iter_batched(
            || own.encrypt(&plaintext, &mut OsKeys).expect("encrypt"),
            |message| {
                let mut record = SenderKeyRecord::deserialize(&their_bytes).expect("record");
                let plaintext = record.decrypt(&message).expect("decrypt");
                their_bytes = record.serialize();
                black_box(plaintext)
            },
            BatchSize::SmallInput,
        )
    });
    group.finish();
}

fn sqlite(c: &mut Criterion) {
    let plaintext = payload();
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path().join("bench.db")).expect("store");
    store.load_or_create_device().expect("device");
    let our_address = ProtocolAddress::new("me", 1);
    let mut group = c.benchmark_group("sqlite");
    group.throughput(Throughput::Elements(1));

    let mut bob = Party::new("bob");
    let bundle = bob.bundle();
    let mut peer = 0u64;
    group.bench_function("session_setup", |bench| {
        bench.iter_batched(
            || {
                peer += 1;
                ProtocolAddress::new(format!("setup{peer}"), 1)
            },
            |address| store.process_bundle(&address, &bundle).expect("setup"),
            BatchSize::SmallInput,
        )
    });

    // An answered session between the store and an in-memory peer.
    let mut peer = Party::new("peer");
    let bundle = peer.bundle();
    store.process_bundle(&peer.address, &bundle).expect("setup");
    let first = store.encrypt(&peer.address, &plaintext).expect("encrypt");
    decrypt(&mut peer, &our_address, &first);
    let reply = encrypt(&mut peer, &our_address, &plaintext);
    store
        .decrypt(&peer.address, reply.message_type, &reply.bytes)
        .expect("decrypt");
    group.bench_function("encrypt_msg", |bench| {
        bench.iter(|| black_box(store.encrypt(&peer.address, &plaintext).expect("encrypt")))
    });
    // Resynchronize the peer: a fresh answered session for the decrypt bench.
    let mut peer = Party::new("answering");
    let bundle = peer.bundle();
    store.process_bundle(&peer.address, &bundle).expect("setup");
    let first = store.encrypt(&peer.address, &plaintext).expect("encrypt");
    decrypt(&mut peer, &our_address, &first);
    let peer_address = peer.address.clone();
    group.bench_function("decrypt_msg", |bench| {
        bench.iter_batched(
            || encrypt(&mut peer, &our_address, &plaintext),
            |message| {
                black_box(
                    store
                        .decrypt(&peer_address, message.message_type, &message.bytes)
                        .expect("decrypt"),
                )
            },
            BatchSize::SmallInput,
        )
    });
    group.bench_function("decrypt_msg_buffered", |bench| {
        bench.iter_batched(
            || encrypt(&mut peer, &our_address, &plaintext),
            |message| {
                let decrypted = store
                    .decrypt_buffered(&peer_address, message.message_type, &message.bytes, 0)
                    .expect("decrypt");
                store
                    .delete_buffered_event(&decrypted.buffer_key)
                    .expect("delete");
                black_box(decrypted)
            },
            BatchSize::SmallInput,
        )
    });
    group.finish();

    let mut group = c.benchmark_group("sqlite");
    group.sample_size(10);
    group.throughput(Throughput::Elements(1));
    let mut bob = Party::new("bob");
    let bundle = bob.bundle();
    let devices: Vec<ProtocolAddress> = (0..FANOUT)
        .map(|i| ProtocolAddress::new(format!("dev{i}"), (i % 8) as u32))
        .collect();
    for device in &devices {
        store.process_bundle(device, &bundle).expect("setup");
    }
    group.bench_function("fanout_1000", |bench| {
        bench.iter(|| {
            black_box(
                store
                    .encrypt_for_devices(&devices, &plaintext)
                    .expect("fan-out"),
            )
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(30);
    targets = primitives, one_to_one, sender_keys, sqlite
}
criterion_main!(benches);
