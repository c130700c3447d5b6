//! Noise benchmarks: full XX handshakes (both roles, in memory, with chain
//! verification) and transport frame encryption/decryption throughput.
//!
//! `cargo bench --bench noise` (append `-- --warm-up-time 1 --measurement-time 3`
//! for a short run).

use std::hint::black_box;
use std::time::Duration;

use criterion::{BatchSize, Criterion, Throughput, criterion_group, criterion_main};
use prost::Message as _;
use wapy::client::payload::{LoginOptions, PayloadConfig, login_payload};
use wapy::noise::{
    ChainVerifier, ConnectionHeader, FrameDecoder, InitiatorConfig, NoiseTransport,
    ResponderConfig, TestCertificateAuthority,
};
use wapy::signal::KeyPair;

struct Peers {
    server: ResponderConfig,
    client: InitiatorConfig,
    payload: Vec<u8>,
}

fn peers() -> Peers {
    let authority = TestCertificateAuthority::generate();
    let server_static = KeyPair::generate();
    let server = ResponderConfig::new(
        server_static.clone(),
        authority.issue(&server_static.public),
    );
    let mut client = InitiatorConfig::new(KeyPair::generate());
    client.verifier = ChainVerifier::with_root(authority.root_public_key());
    let payload = login_payload(
        &PayloadConfig::default(),
        15_551_234_567,
        3,
        &LoginOptions::default(),
    );
    Peers {
        server,
        client,
        payload: payload.encode_to_vec(),
    }
}

/// One complete handshake with a login payload; returns (client, server) transports.
fn handshake(peers: &Peers) -> (NoiseTransport, NoiseTransport) {
    let payload = &peers.payload;
    let (hello, client) = peers.client.clone().start();
    let (server_hello, server) = peers
        .server
        .accept(&ConnectionHeader::V3, &hello)
        .expect("client hello");
    let client = client
        .read_server_hello(&server_hello)
        .expect("server hello");
    let (finish, client_transport) = client.write_client_finish(payload).expect("client finish");
    let (_, server_transport) = server.read_client_finish(&finish).expect("client finish");
    (client_transport, server_transport)
}

fn bench_handshake(c: &mut Criterion) {
    let peers = peers();
    let mut group = c.benchmark_group("noise");
    group.measurement_time(Duration::from_secs(5));
    group.throughput(Throughput::Elements(1));
    group.bench_function("xx_handshake_both_sides", |b| {
        b.iter(|| handshake(black_box(&peers)))
    });
    group.finish();
}

fn bench_transport(c: &mut Criterion) {
    let peers = peers();
    let mut group = c.benchmark_group("noise_transport");
    group.measurement_time(Duration::from_secs(5));
    for (name, size) in [("200B", 200usize), ("64KiB", 64 * 1024)] {
        let plaintext = vec![0x5au8; size];
        group.throughput(Throughput::Bytes(size as u64));

        let (mut client, _) = handshake(&peers);
        let mut out = Vec::with_capacity(size + 64);
        group.bench_function(format!("encrypt_frame_{name}"), |b| {
            b.iter(|| {
                out.clear();
                client
                    .encryptor
                    .encrypt_frame(black_box(&plaintext), &mut out)
                    .expect("encrypt");
            })
        });

        // Each measured decryption gets a fresh frame with the right counter,
        // encrypted outside the timed region.
        let (client, server) = handshake(&peers);
        let (mut encryptor, mut decryptor) = (client.encryptor, server.decryptor);
        let batch = if size > 4096 {
            BatchSize::LargeInput
        } else {
            BatchSize::SmallInput
        };
        group.bench_function(format!("decrypt_frame_{name}"), |b| {
            b.iter_batched(
                || {
                    let mut wire = Vec::with_capacity(size + 32);
                    encryptor
                        .encrypt_frame(&plaintext, &mut wire)
                        .expect("encrypt");
                    let mut decoder = FrameDecoder::new();
                    decoder.push(&wire);
                    decoder
                        .next_frame()
                        .expect("frame")
                        .expect("complete frame")
                },
                |frame| decryptor.decrypt_frame(frame).expect("decrypt"),
                batch,
            )
        });
    }
    group.finish();
}

criterion_group!(benches, bench_handshake, bench_transport);
criterion_main!(benches);
