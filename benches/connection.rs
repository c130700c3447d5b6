//! Connection benchmarks against the emulator over loopback (custom
//! harness; medians of several runs):
//!
//! * `handshakes`: emulator handshakes per second — WebSocket, full Noise
//!   XX with chain verification and a login payload, up to `<success>` —
//!   from 8 concurrent raw clients;
//! * `connect`: time from `Client::connect()` to `Connected` on the login
//!   path (`<success>`, prekey count, `<active/>`), in-memory and SQLite;
//! * `rss`: marginal resident memory per idle connected client, 200
//!   clients in this process, the emulator in a child process (this same
//!   binary in its server role), in-memory stores and one SQLite file each.
//!
//! `cargo bench --bench connection [-- handshakes|connect|rss]`; without
//! `--bench` (as `cargo test --all-targets` runs it) a short smoke check.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use futures_util::{SinkExt as _, StreamExt as _};
use prost::Message as _;
use tokio::io::{AsyncBufReadExt as _, BufReader};
use tokio_tungstenite::tungstenite::Message;
use wapy::client::Client;
use wapy::client::payload::{LoginOptions, PayloadConfig, login_payload};
use wapy::events::Event;
use wapy::noise::{
    ChainVerifier, ClientIntro, ConnectionHeader, FrameDecoder, InitiatorConfig, encode_frame,
};
use wapy::server::{Server, ServerConfig};
use wapy::signal::{KeyPair, PublicKey};
use wapy::store::Store;

#[path = "common/rss.rs"]
#[allow(dead_code)]
mod rss;

const RUNS: usize = 5;

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(|a, b| a.total_cmp(b));
    values[values.len() / 2]
}

fn percentile(values: &mut [f64], p: f64) -> f64 {
    values.sort_by(|a, b| a.total_cmp(b));
    values[((values.len() as f64 - 1.0) * p).round() as usize]
}

/// One raw login handshake: WebSocket, Noise XX, payload, first stanza.
async fn raw_login(url: &str, root: PublicKey, noise: &KeyPair, payload: &[u8]) {
    let (mut ws, _) = tokio_tungstenite::connect_async(url).await.unwrap();
    let mut initiator = InitiatorConfig::new(noise.clone());
    initiator.verifier = ChainVerifier::with_root(root);
    let (hello, expect) = initiator.start();
    let mut out = Vec::new();
    ClientIntro::new(ConnectionHeader::V3)
        .encode_into(&mut out)
        .unwrap();
    encode_frame(&hello, &mut out).unwrap();
    ws.send(Message::Binary(out.into())).await.unwrap();
    let mut decoder = FrameDecoder::new();
    let server_hello = loop {
        if let Some(frame) = decoder.next_frame().unwrap() {
            break frame;
        }
        if let Message::Binary(bytes) = ws.next().await.unwrap().unwrap() {
            decoder.push_bytes(bytes);
        }
    };
    let finish = expect.read_server_hello(&server_hello).unwrap();
    let (message, mut transport) = finish.write_client_finish(payload).unwrap();
    let mut out = Vec::new();
    encode_frame(&message, &mut out).unwrap();
    ws.send(Message::Binary(out.into())).await.unwrap();
    let frame = loop {
        if let Some(frame) = decoder.next_frame().unwrap() {
            break frame;
        }
        if let Message::Binary(bytes) = ws.next().await.unwrap().unwrap() {
            decoder.push_bytes(bytes);
        }
    };
    let plain = transport.decryptor.decrypt_frame(frame).unwrap();
    let node = wapy::binary::unpack(plain.freeze(), wapy::binary::Dictionary::V3).unwrap();
    assert!(node.get().is("success"), "{node}");
    let _ = ws.close(None).await;
}

async fn bench_handshakes() {
    let server = Server::start(ServerConfig::default()).await.unwrap();
    let phone = server.add_account("15559000001");
    let url = server.url();
    let root = server.root_public_key();
    let mut rates = Vec::new();
    let workers = 8;
    let store = Store::open_in_memory().unwrap();
    let jid = phone.provision_companion(&store).unwrap();
    let device = store.device().unwrap().unwrap();
    let payload = login_payload(
        &PayloadConfig::default(),
        jid.user.parse().unwrap(),
        jid.device,
        &LoginOptions::default(),
    )
    .encode_to_vec();
    for _ in 0..RUNS {
        let window = Duration::from_secs(2);
        let start = Instant::now();
        let mut tasks = Vec::new();
        for _ in 0..workers {
            let (url, noise, payload) = (url.clone(), device.noise_key.clone(), payload.clone());
            tasks.push(tokio::spawn(async move {
                let mut count = 0u64;
                while start.elapsed() < window {
                    raw_login(&url, root, &noise, &payload).await;
                    count += 1;
                }
                count
            }));
        }
        let mut total = 0;
        for task in tasks {
            total += task.await.unwrap();
        }
        rates.push(total as f64 / start.elapsed().as_secs_f64());
    }
    println!(
        "{{\"bench\":\"emulator_handshakes_per_s\",\"median\":{:.0},\"runs\":{RUNS},\"concurrency\":{workers}}}",
        median(&mut rates)
    );
    server.shutdown().await;
}

async fn bench_connect(kind: &str) {
    let server = Server::start(ServerConfig::default()).await.unwrap();
    let phone = server.add_account("15559000002");
    let dir = tempfile::tempdir().unwrap();
    let store = match kind {
        "sqlite" => Store::open(dir.path().join("bench.db")).unwrap(),
        _ => Store::open_in_memory().unwrap(),
    };
    phone.provision_companion(&store).unwrap();
    let client = Client::new(store, server.client_config());
    // First login uploads the prekeys; not part of the steady state.
    client.connect().await.unwrap();
    client.disconnect().await;
    let mut times = Vec::new();
    for _ in 0..200 {
        let start = Instant::now();
        client.connect().await.unwrap();
        times.push(start.elapsed().as_secs_f64() * 1e3);
        client.disconnect().await;
    }
    let p90 = percentile(&mut times, 0.9);
    println!(
        "{{\"bench\":\"connect_to_connected_ms\",\"store\":\"{kind}\",\"median\":{:.3},\"p90\":{p90:.3},\"runs\":{}}}",
        median(&mut times),
        times.len()
    );
    server.shutdown().await;
}

/// The resident size of this process, in bytes (0 when unreadable).
fn rss_bytes() -> u64 {
    rss::status_bytes("VmRSS").unwrap_or(0)
}

/// The server role: an emulator with `count` provisioned companions whose
/// SQLite files go to `dir`, each logged in once (prekeys uploaded).
async fn server_role(dir: &Path, count: usize) {
    let server = Server::start(ServerConfig::default()).await.unwrap();
    let phone = server.add_account("15559000003");
    for i in 0..count {
        let store = Store::open(dir.join(format!("{i}.db"))).unwrap();
        phone.provision_companion(&store).unwrap();
        let client = Client::new(store, server.client_config());
        client.connect().await.unwrap();
        client.disconnect().await;
    }
    rss::announce(&server).await;
    // Serve until the parent closes stdin.
    let mut lines = BufReader::new(tokio::io::stdin()).lines();
    while let Ok(Some(_)) = lines.next_line().await {}
    server.shutdown().await;
}

async fn bench_rss(kind: &str, count: usize) {
    let dir = tempfile::tempdir().unwrap();
    let child = rss::ServerProcess::spawn([
        ("WAPY_BENCH_DIR", dir.path().as_os_str().to_owned()),
        ("WAPY_BENCH_COUNT", count.to_string().into()),
    ])
    .await;
    let config = child.config.clone();
    let paths: Vec<PathBuf> = (0..count)
        .map(|i| dir.path().join(format!("{i}.db")))
        .collect();
    // Devices for the in-memory variant are read before the baseline.
    let devices: Vec<_> = paths
        .iter()
        .map(|path| Store::open(path).unwrap().device().unwrap().unwrap())
        .collect();
    tokio::time::sleep(Duration::from_millis(200)).await;
    let before = rss_bytes();
    let mut clients = Vec::new();
    for (path, device) in paths.iter().zip(&devices) {
        let store = match kind {
            "sqlite" => Store::open(path).unwrap(),
            _ => {
                let store = Store::open_in_memory().unwrap();
                store.save_device(device).unwrap();
                store
            }
        };
        let client = Client::new(store, config.clone());
        let notices = client.subscribe();
        client.connect().await.unwrap();
        // Wait for offline sync so the connection is idle.
        while let Ok(notice) = notices.recv().await {
            if matches!(notice.as_ref(), Event::OfflineSyncCompleted(_)) {
                break;
            }
        }
        clients.push(client);
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    let after = rss_bytes();
    assert!(clients.iter().all(Client::is_connected));
    let per_client = (after.saturating_sub(before)) as f64 / count as f64 / 1024.0;
    println!(
        "{{\"bench\":\"rss_per_idle_client_kib\",\"store\":\"{kind}\",\"clients\":{count},\"value\":{per_client:.0}}}"
    );
    for client in &clients {
        client.disconnect().await;
    }
    child.finish().await;
}

async fn smoke() {
    let server = Server::start(ServerConfig::default()).await.unwrap();
    let phone = server.add_account("15559000009");
    let store = Store::open_in_memory().unwrap();
    let jid = phone.provision_companion(&store).unwrap();
    let device = store.device().unwrap().unwrap();
    let payload = login_payload(
        &PayloadConfig::default(),
        jid.user.parse().unwrap(),
        jid.device,
        &LoginOptions::default(),
    )
    .encode_to_vec();
    raw_login(
        &server.url(),
        server.root_public_key(),
        &device.noise_key,
        &payload,
    )
    .await;
    let mut config = server.client_config();
    config.initial_prekey_count = 10;
    let client = Client::new(store, config);
    client.connect().await.unwrap();
    client.disconnect().await;
    server.shutdown().await;
    println!("connection bench smoke run: ok (run `cargo bench --bench connection` to measure)");
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    if std::env::var("WAPY_BENCH_ROLE").as_deref() == Ok("server") {
        let dir = PathBuf::from(std::env::var("WAPY_BENCH_DIR").unwrap());
        let count = std::env::var("WAPY_BENCH_COUNT").unwrap().parse().unwrap();
        runtime.block_on(server_role(&dir, count));
        return;
    }
    // `cargo test --all-targets` runs benches without `--bench`: a smoke
    // check that every measurement works, kept short.
    if !std::env::args().any(|arg| arg == "--bench") {
        runtime.block_on(smoke());
        return;
    }
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|arg| !arg.starts_with("--"))
        .collect();
    let wanted =
        |name: &str| filters.is_empty() || filters.iter().any(|f| name.contains(f.as_str()));
    runtime.block_on(async {
        if wanted("handshakes") {
            bench_handshakes().await;
        }
        if wanted("connect") {
            bench_connect("memory").await;
            bench_connect("sqlite").await;
        }
        if filters.iter().any(|f| f == "rss_memory") {
            bench_rss("memory", 200).await;
        } else if filters.iter().any(|f| f == "rss_sqlite") {
            bench_rss("sqlite", 200).await;
        } else if wanted("rss") {
            // Each variant in a fresh process: freed memory stays with the
            // allocator, so a second run in the same process reads low.
            for variant in ["rss_memory", "rss_sqlite"] {
                let out = tokio::process::Command::new(std::env::current_exe().unwrap())
                    .arg(variant)
                    .stderr(Stdio::inherit())
                    .output()
                    .await
                    .unwrap();
                print!("{}", String::from_utf8_lossy(&out.stdout));
            }
        }
    });
}
