//! Resident-memory plumbing shared by the memory benchmarks
//! (`benches/connection.rs`, `benches/history_memory.rs`) and the media
//! memory test (`tests/rust/media_transfer.rs`): readings of the process's
//! resident and peak resident size from `/proc/self`, and the emulator
//! child process that keeps the server's allocations out of the measured
//! process.
//!
//! Included with `#[path]`; a user that needs only part of it allows
//! `dead_code` on the `mod` line.

use std::ffi::OsStr;
use std::process::Stdio;

use tokio::io::{AsyncBufReadExt as _, AsyncWriteExt as _, BufReader, Lines};
use tokio::process::{Child, ChildStdin, ChildStdout};
use wapy::client::ClientConfig;
use wapy::server::Server;
use wapy::signal::PublicKey;

/// A `kB` field of `/proc/self/status` (`VmRSS`, `VmHWM`, ...) in bytes,
/// or `None` when the file or the field cannot be read.
pub fn status_bytes(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|line| line.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|rest| rest.split_whitespace().next()?.parse::<u64>().ok())
        .map(|kib| kib * 1024)
}

/// Resets the peak resident size (`VmHWM`) to the current resident size
/// (Linux 4.0+); `false` when the kernel refuses.
pub fn reset_peak() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

/// The emulator in a child process: this same executable started with
/// `WAPY_BENCH_ROLE=server`, which calls [`announce`] once it is ready and
/// serves until its stdin closes.
pub struct ServerProcess {
    /// The child; killed when dropped.
    pub child: Child,
    /// The child's stdin, for commands of the benchmark's own protocol.
    pub stdin: ChildStdin,
    /// The lines the child prints after its `READY` line.
    pub lines: Lines<BufReader<ChildStdout>>,
    /// A client configuration for the child's emulator.
    pub config: ClientConfig,
}

impl ServerProcess {
    /// Starts the child with `envs` besides its role and waits for its
    /// `READY` line.
    pub async fn spawn<K, V>(envs: impl IntoIterator<Item = (K, V)>) -> Self
    where
        K: AsRef<OsStr>,
        V: AsRef<OsStr>,
    {
        let mut child = tokio::process::Command::new(std::env::current_exe().unwrap())
            .env("WAPY_BENCH_ROLE", "server")
            .envs(envs)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let ready = lines.next_line().await.unwrap().unwrap();
        let mut words = ready.split_whitespace().skip(1);
        let url = words.next().unwrap().to_owned();
        let root: [u8; 32] = hex::decode(words.next().unwrap())
            .unwrap()
            .try_into()
            .unwrap();
        let config = ClientConfig::emulator(url, PublicKey::from_raw(root));
        Self {
            child,
            stdin,
            lines,
            config,
        }
    }

    /// Closes the child's stdin and gives it five seconds to shut down.
    pub async fn finish(self) {
        let Self {
            mut child, stdin, ..
        } = self;
        drop(stdin);
        let _ = tokio::time::timeout(std::time::Duration::from_secs(5), child.wait()).await;
    }
}

/// The child's side: prints `READY <url> <root key hex>` on stdout for
/// [`ServerProcess::spawn`].
pub async fn announce(server: &Server) {
    let mut stdout = tokio::io::stdout();
    let ready = format!(
        "READY {} {}\n",
        server.url(),
        hex::encode(server.root_public_key().as_bytes())
    );
    stdout.write_all(ready.as_bytes()).await.unwrap();
    stdout.flush().await.unwrap();
}
