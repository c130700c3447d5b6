//! Messaging benchmark against the emulator over loopback (custom harness;
//! median of several runs):
//!
//! * `inbound`: messages per second from a simulated phone through the
//!   whole client pipeline — frame, Noise, stanza decode, Signal decrypt
//!   committed to SQLite (a temporary file, WAL), unpad, protobuf, event —
//!   into a Rust channel handler, with the delivery receipt and ack sent
//!   for each. The phone encrypts all messages first; the clock runs from
//!   the first delivery to the last event.
//! * `group first send`: the first message to a group of 250 accounts of
//!   four devices each (a phone and three companions: 1000 devices) from a
//!   client that knows none of them: group metadata, one usync for every
//!   member, one bundle fetch, 999 sessions built, the sender key
//!   distributed to each device, one `skmsg`, the server's ack. The clock
//!   runs from the call to its return; it includes the emulator routing the
//!   message, its phones decrypting theirs before it acks.
//!
//! `cargo bench --bench messaging`; without `--bench` (as `cargo test
//! --all-targets` runs it) a short smoke check.

use std::time::{Duration, Instant};

use wapy::client::{Client, KeepaliveConfig};
use wapy::events::Event;
use wapy::server::{Server, ServerConfig};
use wapy::store::Store;

const RUNS: usize = 5;

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(|a, b| a.total_cmp(b));
    values[values.len() / 2]
}

async fn inbound(messages: usize, run: usize) -> f64 {
    let server = Server::start(ServerConfig::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("bench.db")).unwrap();
    let receiver = server.add_account(&format!("1555100{run:04}"));
    receiver.provision_companion(&store).unwrap();
    let sender = server.add_account(&format!("1555200{run:04}"));
    let mut config = server.client_config();
    config.keepalive = KeepaliveConfig::default();
    config.initial_prekey_count = 30;
    let client = Client::new(store, config);
    let events = client.subscribe();
    client.connect().await.unwrap();
    let device = client.jid().unwrap();
    while server.prekey_count(&device).unwrap_or(0) == 0 {
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    // Queue everything while the client is away so that sending does not
    // race receiving; the clock covers only the client's work.
    client.disconnect().await;
    while server.is_online(&device) {
        tokio::time::sleep(Duration::from_millis(2)).await;
    }
    let user = device.to_non_ad();
    for n in 0..messages {
        sender
            .send_text(&user, &format!("message number {n}"))
            .unwrap();
    }
    while events.try_recv().is_ok() {}
    let started = Instant::now();
    client.connect().await.unwrap();
    let mut seen = 0;
    while seen < messages {
        match tokio::time::timeout(Duration::from_secs(60), events.recv()).await {
            Ok(Ok(event)) => {
                if matches!(&*event, Event::Message(..)) {
                    seen += 1;
                }
            }
            _ => panic!("only {seen} of {messages} messages arrived"),
        }
    }
    let elapsed = started.elapsed();
    client.disconnect().await;
    server.shutdown().await;
    messages as f64 / elapsed.as_secs_f64()
}

async fn group_first_send(accounts: usize, companions: usize, run: usize) -> f64 {
    let server = Server::start(ServerConfig::default()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("bench.db")).unwrap();
    let owner = server.add_account(&format!("1556{run:02}99999"));
    let mut members = Vec::with_capacity(accounts);
    for n in 0..accounts {
        let phone = server.add_account(&format!("1557{run:02}{n:05}"));
        for _ in 0..companions {
            phone
                .provision_companion(&Store::open_in_memory().unwrap())
                .unwrap();
        }
        members.push(phone.jid());
    }
    let group = owner.create_group(&members).unwrap();
    owner.provision_companion(&store).unwrap();
    let mut config = server.client_config();
    config.keepalive = KeepaliveConfig::default();
    config.initial_prekey_count = 30;
    let client = Client::new(store, config);
    client.connect().await.unwrap();
    let started = Instant::now();
    client
        .send_text(&group, "hello everyone", None, &[])
        .await
        .unwrap();
    let elapsed = started.elapsed();
    client.disconnect().await;
    server.shutdown().await;
    elapsed.as_secs_f64()
}

fn main() {
    let full = std::env::args().any(|arg| arg == "--bench");
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let (messages, runs) = if full { (2000, RUNS) } else { (50, 1) };
    let mut rates: Vec<f64> = (0..runs)
        .map(|run| runtime.block_on(inbound(messages, run)))
        .collect();
    println!(
        "inbound: {messages} messages from a phone, median of {runs}: {:.0} messages/s (runs: {:?})",
        median(&mut rates),
        rates.iter().map(|r| r.round()).collect::<Vec<_>>()
    );
    let (accounts, companions) = if full { (250, 3) } else { (5, 1) };
    let devices = accounts * (companions + 1);
    let mut times: Vec<f64> = (0..runs)
        .map(|run| runtime.block_on(group_first_send(accounts, companions, run)))
        .collect();
    println!(
        "group first send: {devices} devices, median of {runs}: {:.1} ms (runs: {:?})",
        median(&mut times) * 1000.0,
        times
            .iter()
            .map(|t| (t * 10_000.0).round() / 10.0)
            .collect::<Vec<_>>()
    );
}
