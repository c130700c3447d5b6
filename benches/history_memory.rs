//! Peak memory of receiving one large history-sync chunk the way real
//! accounts deliver it: an encrypted `md-msg-hist` blob announced by a
//! `HISTORY_SYNC_NOTIFICATION`, downloaded, verified, decrypted, inflated
//! and emitted as a `LazyHistorySync`.
//!
//! The client runs in a process of its own (this binary in its client
//! role) with the emulator in a child process (its server role), so the
//! generated chunk, its compression and encryption never touch the
//! measured process. Once connected and idle, the client reads its
//! resident size, resets its peak (`/proc/self/clear_refs`), has the
//! phone send the chunk, waits for the event and reads `VmHWM`: the
//! growth is the peak minus the idle size. Three variants, each in a fresh
//! process: `lazy` (the event is received, `get()` never called),
//! `conversations` (the handler walks `LazyHistorySync::conversations`,
//! one decoded conversation at a time) and `get` (the handler decodes the
//! whole chunk).
//!
//! `cargo bench --bench history_memory [-- CHATS MESSAGES_PER_CHAT]`
//! (default 1,000 chats of 240 messages: about 50 MB of protobuf). One JSON
//! line per variant on stdout. Without `--bench` (as `cargo test
//! --all-targets` runs it) a small smoke run.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt as _, AsyncWriteExt as _, BufReader};
use wapy::client::Client;
use wapy::events::Event;
use wapy::server::{HistoryDelivery, Server, ServerConfig};
use wapy::store::Store;

#[path = "history_chunk.rs"]
#[allow(dead_code)]
mod history_chunk;
#[path = "common/rss.rs"]
mod rss;

const PHONE: &str = "15559000021";
/// Guard against hangs (a 50 MB chunk takes seconds in a debug build).
const GUARD: Duration = Duration::from_secs(300);

/// A `kB` field of `/proc/self/status`, in bytes (0 when unreadable).
fn status_bytes(field: &str) -> u64 {
    rss::status_bytes(field).unwrap_or(0)
}

/// The server role: an emulator with one companion linked into
/// `dir/client.db`, then `send CHATS MESSAGES` commands on stdin, each
/// answered `OK <protobuf bytes> <zlib bytes>` once the chunk is on its way.
async fn server_role(dir: &Path) {
    let server = Server::start(ServerConfig::default()).await.unwrap();
    let phone = server.add_account(PHONE);
    {
        let store = Store::open(dir.join("client.db")).unwrap();
        phone.provision_companion(&store).unwrap();
        let client = Client::new(store, server.client_config());
        client.connect().await.unwrap();
        client.disconnect().await;
    }
    rss::announce(&server).await;
    let mut stdout = tokio::io::stdout();
    let mut lines = BufReader::new(tokio::io::stdin()).lines();
    while let Ok(Some(line)) = lines.next_line().await {
        let words: Vec<usize> = line
            .split_whitespace()
            .skip(1)
            .filter_map(|w| w.parse().ok())
            .collect();
        let [chats, messages] = words[..] else {
            break;
        };
        let history = history_chunk::history(chats, messages);
        let size = prost::Message::encoded_len(&history);
        // The blob's size (the phone compresses with the fast level).
        let compressed = {
            use std::io::Write as _;
            let mut encoder =
                flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::fast());
            encoder
                .write_all(&prost::Message::encode_to_vec(&history))
                .unwrap();
            encoder.finish().unwrap().len()
        };
        phone
            .send_history_sync(&history, HistoryDelivery::Blob)
            .await
            .unwrap();
        drop(history);
        stdout
            .write_all(format!("OK {size} {compressed}\n").as_bytes())
            .await
            .unwrap();
        stdout.flush().await.unwrap();
    }
    server.shutdown().await;
}

/// The client role: one measurement, printed as a JSON line.
async fn client_role(mode: &str, chats: usize, messages: usize) {
    let dir = tempfile::tempdir().unwrap();
    let mut server = rss::ServerProcess::spawn([("WAPY_BENCH_DIR", dir.path())]).await;
    let client = Client::new(
        Store::open(dir.path().join("client.db")).unwrap(),
        server.config.clone(),
    );
    let notices = client.subscribe();
    client.connect().await.unwrap();
    tokio::time::timeout(GUARD, async {
        while let Ok(notice) = notices.recv().await {
            if matches!(notice.as_ref(), Event::OfflineSyncCompleted(_)) {
                break;
            }
        }
    })
    .await
    .unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;

    let idle = status_bytes("VmRSS");
    let reset = rss::reset_peak();
    server
        .stdin
        .write_all(format!("send {chats} {messages}\n").as_bytes())
        .await
        .unwrap();
    server.stdin.flush().await.unwrap();
    let (chunk, decoded_messages) = tokio::time::timeout(GUARD, async {
        while let Ok(notice) = notices.recv().await {
            if let Event::HistorySync(chunk) = notice.as_ref() {
                let decoded = match mode {
                    "get" => Some(
                        chunk
                            .get()
                            .unwrap()
                            .conversations
                            .iter()
                            .map(|c| c.messages.len())
                            .sum::<usize>(),
                    ),
                    "conversations" => Some(
                        chunk
                            .conversations()
                            .map(|c| c.unwrap().messages.len())
                            .sum::<usize>(),
                    ),
                    _ => None,
                };
                return (notice.clone(), decoded);
            }
        }
        panic!("event channel closed");
    })
    .await
    .unwrap();
    let peak = status_bytes("VmHWM");
    let after = status_bytes("VmRSS");
    let Event::HistorySync(lazy) = chunk.as_ref() else {
        unreachable!()
    };
    let raw = lazy.raw_bytes().len() as u64;
    let answer = server.lines.next_line().await.unwrap().unwrap();
    let sizes: Vec<u64> = answer
        .split_whitespace()
        .skip(1)
        .filter_map(|w| w.parse().ok())
        .collect();
    let [sent, compressed] = sizes[..] else {
        panic!("unexpected answer {answer:?}");
    };
    assert_eq!(raw, sent, "the chunk arrived whole");
    assert_eq!(lazy.is_decoded(), mode == "get");
    if let Some(count) = decoded_messages {
        assert_eq!(count, chats * messages);
    }
    let growth = peak.saturating_sub(idle);
    println!(
        "{{\"bench\":\"history_chunk_peak_rss\",\"mode\":\"{mode}\",\"chats\":{chats},\
         \"messages\":{},\"chunk_bytes\":{raw},\"blob_bytes\":{compressed},\"peak_growth_bytes\":{growth},\
         \"retained_bytes\":{},\"ratio\":{:.2},\"peak_reset\":{reset}}}",
        chats * messages,
        after.saturating_sub(idle),
        growth as f64 / raw as f64
    );
    client.disconnect().await;
    server.finish().await;
}

/// Runs one variant in a fresh process (freed memory stays with the
/// allocator, so a second measurement in one process would read low).
async fn variant(mode: &str, chats: usize, messages: usize) -> String {
    let out = tokio::process::Command::new(std::env::current_exe().unwrap())
        .env("WAPY_BENCH_ROLE", "client")
        .env("WAPY_BENCH_MODE", mode)
        .env("WAPY_BENCH_SIZE", format!("{chats} {messages}"))
        .stderr(Stdio::inherit())
        .output()
        .await
        .unwrap();
    assert!(out.status.success(), "{mode} variant failed");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    let env = |name: &str| std::env::var(name).unwrap_or_default();
    match env("WAPY_BENCH_ROLE").as_str() {
        "server" => {
            runtime.block_on(server_role(&PathBuf::from(env("WAPY_BENCH_DIR"))));
            return;
        }
        "client" => {
            let size: Vec<usize> = env("WAPY_BENCH_SIZE")
                .split_whitespace()
                .filter_map(|w| w.parse().ok())
                .collect();
            runtime.block_on(client_role(&env("WAPY_BENCH_MODE"), size[0], size[1]));
            return;
        }
        _ => {}
    }
    let bench = std::env::args().any(|arg| arg == "--bench");
    let numbers: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|arg| arg.parse().ok())
        .collect();
    let (chats, messages) = match numbers[..] {
        [chats, messages, ..] => (chats, messages),
        _ if bench => (1000, 240),
        // `cargo test --all-targets` runs benches without `--bench`.
        _ => (50, 20),
    };
    runtime.block_on(async {
        for mode in ["lazy", "conversations", "get"] {
            print!("{}", variant(mode, chats, messages).await);
        }
    });
    if !bench {
        println!("history memory smoke run: ok (run `cargo bench --bench history_memory`)");
    }
}
