//! Media crypto and app-state throughput.
//!
//! * `media_encrypt/{1MiB,64MiB}`: AES-256-CBC + HMAC-SHA256 + both SHA-256
//!   hashes through the streaming encryptor (MiB/s).
//! * `media_decrypt/{1MiB,64MiB}`: the streaming decryptor with every check
//!   (`fileEncSha256`, MAC, `fileSha256`, length), and the in-memory
//!   `decrypt` (verify first, then decrypt); `stream_mac_only` checks the
//!   MAC alone (no expected hashes, so none is computed).
//! * `media_transfer/{upload,download,download_to}/16MiB`: the whole HTTP
//!   path against the emulator's media server on loopback (MiB/s of
//!   plaintext): encrypt + hash + POST + the server's spool and hash for
//!   uploads; GET + decrypt + every check (+ the file and its rename for
//!   `download_to`) for downloads. Client and server share the process
//!   and its cores, as in the emulator.
//! * `app_state/decode_patch_100`: verifying and decrypting a patch of 100
//!   mutations against a collection of 1,000 indexes (mutations/s).
//!
//! Run: `cargo bench --bench media` (add a filter such as `media_encrypt`).
//! Compare with `openssl speed -evp aes-256-cbc`, `openssl speed -evp sha256`
//! and `openssl speed -hmac sha256` on the same machine.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use sha2::{Digest, Sha256};
use wapy::media::{
    MediaChecks, MediaDecryptor, MediaEncryptor, MediaKeys, MediaType, decrypt, encrypt,
};
use wapy::proto::wa;
use wapy::sync::app_state::{
    Collection, CollectionState, KeyRing, MutationKeys, NewMutation, Operation, SyncdDecoder,
    encode_patch,
};

const MIB: usize = 1024 * 1024;

fn sample(len: usize) -> Vec<u8> {
    (0..len)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect()
}

fn media(c: &mut Criterion) {
    let keys = MediaKeys::derive(&[7; 32], MediaType::Video);
    for (label, size) in [("1MiB", MIB), ("64MiB", 64 * MIB)] {
        let plain = sample(size);
        let (enc, _) = encrypt(&plain, &keys);
        let checks = MediaChecks::none()
            .with_enc_sha256(&Sha256::digest(&enc))
            .and_then(|c| c.with_sha256(&Sha256::digest(&plain)))
            .expect("32-byte hashes")
            .with_length(size as u64);
        let mut out = Vec::with_capacity(size + 64);

        let mut group = c.benchmark_group("media_encrypt");
        group.throughput(Throughput::Bytes(size as u64));
        if size > MIB {
            group
                .sample_size(10)
                .measurement_time(Duration::from_secs(8));
        }
        group.bench_function(BenchmarkId::from_parameter(label), |b| {
            b.iter(|| {
                out.clear();
                let mut encryptor = MediaEncryptor::new(&keys);
                for piece in plain.chunks(64 * 1024) {
                    encryptor.update(piece, &mut out);
                }
                black_box(encryptor.finish(&mut out))
            })
        });
        group.finish();

        let mut group = c.benchmark_group("media_decrypt");
        group.throughput(Throughput::Bytes(size as u64));
        if size > MIB {
            group
                .sample_size(10)
                .measurement_time(Duration::from_secs(8));
        }
        group.bench_function(BenchmarkId::new("stream", label), |b| {
            b.iter(|| {
                out.clear();
                let mut decryptor = MediaDecryptor::new(&keys, checks);
                for piece in enc.chunks(64 * 1024) {
                    decryptor.update(piece, &mut out).expect("valid file");
                }
                black_box(decryptor.finish(&mut out).expect("valid file"))
            })
        });
        group.bench_function(BenchmarkId::new("stream_mac_only", label), |b| {
            b.iter(|| {
                out.clear();
                let mut decryptor = MediaDecryptor::new(&keys, MediaChecks::none());
                for piece in enc.chunks(64 * 1024) {
                    decryptor.update(piece, &mut out).expect("valid file");
                }
                black_box(decryptor.finish(&mut out).expect("valid file"))
            })
        });
        group.bench_function(BenchmarkId::new("memory", label), |b| {
            b.iter(|| black_box(decrypt(&enc, &keys, checks).expect("valid file")))
        });
        group.finish();
    }
}

/// The building blocks alone on 1 MiB, for comparison with `openssl speed`.
fn primitives(c: &mut Criterion) {
    use aes::Aes256;
    use cbc::cipher::array::Array;
    use cbc::cipher::consts::U16;
    use cbc::cipher::{BlockModeDecrypt, BlockModeEncrypt, KeyIvInit};
    use hmac::{Hmac, KeyInit, Mac};

    let data = sample(MIB);
    let mut buffer = data.clone();
    let mut group = c.benchmark_group("primitives");
    group.throughput(Throughput::Bytes(MIB as u64));
    group.bench_function("sha256", |b| b.iter(|| black_box(Sha256::digest(&data))));
    group.bench_function("hmac_sha256", |b| {
        b.iter(|| {
            let mut mac =
                <Hmac<Sha256> as KeyInit>::new_from_slice(&[1; 32]).expect("any key length");
            mac.update(&data);
            black_box(mac.finalize())
        })
    });
    group.bench_function("aes256_cbc_encrypt", |b| {
        b.iter(|| {
            let mut cipher =
                cbc::Encryptor::<Aes256>::new(&Array::from([1; 32]), &Array::from([2; 16]));
            let (blocks, _) = Array::<u8, U16>::slice_as_chunks_mut(&mut buffer);
            cipher.encrypt_blocks(blocks);
        })
    });
    group.bench_function("aes256_cbc_decrypt", |b| {
        b.iter(|| {
            let mut cipher =
                cbc::Decryptor::<Aes256>::new(&Array::from([1; 32]), &Array::from([2; 16]));
            let (blocks, _) = Array::<u8, U16>::slice_as_chunks_mut(&mut buffer);
            cipher.decrypt_blocks(blocks);
        })
    });
    group.finish();
}

fn app_state(c: &mut Criterion) {
    let key_id = [0, 0, 0, 0, 1, 2];
    let key_data = [9u8; 32];
    let keys = MutationKeys::derive(&key_data);
    let mut ring = KeyRing::new();
    ring.insert(&key_id, &key_data);
    let mute = |n: usize, operation: Operation| {
        let value = wa::SyncActionValue {
            timestamp: Some(1_700_000_000_000 + n as i64),
            mute_action: Some(Box::new(wa::MuteAction {
                muted: Some(true),
                mute_end_timestamp: Some(1_800_000_000_000),
                ..Default::default()
            })),
            ..Default::default()
        };
        NewMutation::new(
            operation,
            vec!["mute".into(), format!("{n}@s.whatsapp.net")],
            value,
            2,
        )
    };
    let collection = Collection::RegularHigh;
    let initial: Vec<NewMutation> = (0..1000).map(|n| mute(n, Operation::Set)).collect();
    let first = encode_patch(
        collection,
        &CollectionState::new(),
        &initial,
        &key_id,
        &keys,
    )
    .expect("initial patch");
    let mut state = CollectionState::new();
    state.apply(&first.update);
    // 100 mutations: 60 overwrites, 20 removals, 20 new indexes.
    let batch: Vec<NewMutation> = (0..60)
        .map(|n| mute(n, Operation::Set))
        .chain((100..120).map(|n| mute(n, Operation::Remove)))
        .chain((2000..2020).map(|n| mute(n, Operation::Set)))
        .collect();
    let patch = encode_patch(collection, &state, &batch, &key_id, &keys).expect("benchmark patch");
    let decoder = SyncdDecoder::new(collection, &ring);
    let mut group = c.benchmark_group("app_state");
    group.throughput(Throughput::Elements(batch.len() as u64));
    group.bench_function("decode_patch_100", |b| {
        b.iter(|| {
            black_box(
                decoder
                    .decode_patch(&state, &patch.patch, None)
                    .expect("valid patch"),
            )
        })
    });
    group.bench_function("encode_patch_100", |b| {
        b.iter(|| {
            black_box(encode_patch(collection, &state, &batch, &key_id, &keys).expect("encodes"))
        })
    });
    group.finish();
}

fn transfer(c: &mut Criterion) {
    use bytes::Bytes;
    use std::sync::Arc;
    use wapy::binary::{Dictionary, OwnedNodeRef, encode};
    use wapy::media::{
        DownloadOptions, Downloadable, MediaClient, MediaConn, MediaConnCache, TransferConfig,
        UploadOptions, UploadSource,
    };
    use wapy::server::media::{MediaServer, MediaServerConfig};

    let Ok(runtime) = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    else {
        return;
    };
    let server = Arc::new(
        runtime
            .block_on(MediaServer::start(MediaServerConfig::default()))
            .expect("media server"),
    );
    let source = server.clone();
    let cache = MediaConnCache::new(move || {
        let wire = encode(&source.media_conn_result("b"), Dictionary::V3);
        async move {
            let wire = wire.map_err(|_| wapy::media::MediaConnError::MissingMediaConn)?;
            let node = OwnedNodeRef::decode(wire.into(), Dictionary::V3)
                .map_err(|_| wapy::media::MediaConnError::MissingMediaConn)?;
            MediaConn::parse(node.get())
        }
    });
    let client = MediaClient::new(TransferConfig::emulator(), Arc::new(cache)).expect("client");
    let size = 16 * MIB;
    let plain = Bytes::from(sample(size));
    let upload = |client: &MediaClient| {
        let client = client.clone();
        let plain = plain.clone();
        async move {
            client
                .upload(
                    UploadSource::Bytes(plain),
                    MediaType::Video,
                    &UploadOptions::default(),
                )
                .await
                .expect("upload")
        }
    };
    let stored = runtime.block_on(upload(&client));
    let request = stored.download_request().expect("request");
    let dir = tempfile::tempdir().expect("temp dir");
    let target = dir.path().join("out.bin");

    let mut group = c.benchmark_group("media_transfer");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(8));
    group.warm_up_time(Duration::from_secs(1));
    group.throughput(Throughput::Bytes(size as u64));
    group.bench_function("upload/16MiB", |b| {
        b.iter(|| {
            let stored = runtime.block_on(upload(&client));
            // Keep the spool from growing by 16 MiB per iteration.
            server.remove(&stored.direct_path)
        })
    });
    group.bench_function("download/16MiB", |b| {
        b.iter(|| {
            let got = runtime
                .block_on(client.download(&request, &DownloadOptions::default()))
                .expect("download");
            black_box(got.data.len())
        })
    });
    group.bench_function("download_to/16MiB", |b| {
        b.iter(|| {
            runtime
                .block_on(client.download_to(&request, &target, &DownloadOptions::default()))
                .expect("download_to")
        })
    });
    group.finish();
}

criterion_group!(benches, media, primitives, app_state, transfer);
criterion_main!(benches);
