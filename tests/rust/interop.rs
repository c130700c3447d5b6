//! An independent WhatsApp Web implementation against the emulator:
//! Baileys 6.17.16 from npm (dictionary v2), trusting the emulator because
//! it only checks the intermediate's issuer serial. It connects, shows a QR
//! code that the simulated phone scans, logs in after the 515 restart and
//! reports `connection: open`; a second run logs in from its saved
//! credentials without pairing.
//!
//! Needs Node and npm (CI has both). Baileys is installed once into
//! `target/tmp/baileys-6.17.16` (or taken from `WAPY_BAILEYS_NODE_MODULES`,
//! a `node_modules` directory). Set `WAPY_SKIP_INTEROP=1` to skip.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;

use tokio::io::{AsyncBufReadExt as _, BufReader};
use tokio::process::Command;
use wapy::binary::Dictionary;
use wapy::server::{Server, ServerConfig};

fn interop_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/interop")
}

fn node_available() -> bool {
    std::process::Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|out| out.status.success())
}

/// The `node_modules` holding Baileys 6.17.16, installing it if needed.
fn node_modules() -> PathBuf {
    if let Ok(dir) = std::env::var("WAPY_BAILEYS_NODE_MODULES") {
        return PathBuf::from(dir);
    }
    let cache = Path::new(env!("CARGO_TARGET_TMPDIR")).join("baileys-6.17.16");
    let modules = cache.join("node_modules");
    if modules
        .join("@whiskeysockets/baileys/package.json")
        .exists()
    {
        return modules;
    }
    std::fs::create_dir_all(&cache).unwrap();
    std::fs::copy(
        interop_dir().join("package.json"),
        cache.join("package.json"),
    )
    .unwrap();
    let status = std::process::Command::new("npm")
        .args([
            "install",
            "--ignore-scripts",
            "--no-audit",
            "--no-fund",
            "--loglevel=error",
        ])
        .current_dir(&cache)
        .status()
        .expect("npm is needed for the interop test (or set WAPY_SKIP_INTEROP=1)");
    assert!(status.success(), "npm install of Baileys failed");
    modules
}

struct Run {
    lines: tokio::io::Lines<BufReader<tokio::process::ChildStdout>>,
    child: tokio::process::Child,
}

fn baileys(url: &str, auth: &Path, modules: &Path) -> Run {
    let mut child = Command::new("node")
        .arg(interop_dir().join("baileys_pair.js"))
        .arg(url)
        .arg(auth)
        .env("NODE_PATH", modules)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    Run {
        lines: BufReader::new(stdout).lines(),
        child,
    }
}

impl Run {
    async fn next(&mut self) -> String {
        let line = tokio::time::timeout(Duration::from_secs(60), self.lines.next_line())
            .await
            .expect("Baileys said nothing for 60 s")
            .unwrap()
            .expect("Baileys exited early");
        println!(
            "baileys: {}",
            line.get(..80.min(line.len())).unwrap_or(&line)
        );
        line
    }
}

#[tokio::test]
async fn baileys_6_pairs_and_logs_in() {
    if std::env::var_os("WAPY_SKIP_INTEROP").is_some() {
        println!("skipped: WAPY_SKIP_INTEROP is set");
        return;
    }
    if !node_available() {
        println!("skipped: node is not installed");
        return;
    }
    let modules = tokio::task::spawn_blocking(node_modules).await.unwrap();
    let server = Server::start(ServerConfig::default()).await.unwrap();
    let phone = server.add_account("15557000001");
    let auth = tempfile::tempdir().unwrap();

    let mut run = baileys(&server.url(), auth.path(), &modules);
    let qr = loop {
        let line = run.next().await;
        if let Some(qr) = line.strip_prefix("QR ") {
            break qr.to_owned();
        }
        assert!(!line.starts_with("CLOSE"), "{line}");
    };
    // Baileys 6 shows the old four-field QR (no platform, no link).
    assert_eq!(qr.split(',').count(), 4);
    assert!(
        server
            .connections()
            .iter()
            .all(|c| c.dictionary == Dictionary::V2)
    );
    let jid = phone.scan_qr(&qr).await.unwrap();
    assert_eq!(run.next().await, "RESTART");
    let open = run.next().await;
    assert!(open.starts_with("OPEN "), "{open}");
    assert!(open.contains("15557000001"), "{open}");
    assert!(open.contains("@lid"), "{open}");
    assert!(run.child.wait().await.unwrap().success());
    // Baileys uploaded its prekeys on login.
    assert!(server.prekey_count(&jid).unwrap() > 0);

    // A second process logs in from the saved credentials: no QR.
    let mut run = baileys(&server.url(), auth.path(), &modules);
    let open = run.next().await;
    assert!(open.starts_with("OPEN "), "{open}");
    assert!(run.child.wait().await.unwrap().success());
    server.shutdown().await;
}
