//! The emulator as a standalone process, driven over stdin/stdout: for
//! tests in other languages (the Python suite, Node scripts) and for
//! benchmarks that keep the server out of the measured process.
//!
//! ```text
//! cargo run --release --example wapy-server -- [--port N]
//! ```
//!
//! On start it prints `READY <ws url> <root key hex>`. Then one command per
//! line on stdin, one answer line per command (`OK ...` or `ERR <reason>`):
//!
//! | command | answer |
//! |---|---|
//! | `account <phone>` | `OK <phone jid> <lid>` |
//! | `scan <phone> <qr text>` | `OK <device jid>` once the companion countersigned |
//! | `code <phone> <code>` | `OK <device jid>` |
//! | `unlink <phone> <device jid>` | `OK` |
//! | `drop <device jid>` / `stream-error <device jid> <code>` | `OK` |
//! | `online <device jid>` | `OK true|false` |
//! | `connections` | `OK <count>` |
//! | `quit` | `OK`, then exits after `<xmlstreamend/>` to every client |

use std::net::SocketAddr;

use tokio::io::{AsyncBufReadExt as _, AsyncWriteExt as _, BufReader};
use wapy::binary::Jid;
use wapy::server::{Server, ServerConfig};

fn parse_args() -> Result<ServerConfig, String> {
    let mut config = ServerConfig::default();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--port" => {
                let port: u16 = args
                    .next()
                    .and_then(|port| port.parse().ok())
                    .ok_or("--port needs a number")?;
                config.bind = SocketAddr::from(([127, 0, 0, 1], port));
            }
            other => return Err(format!("unknown argument {other:?}")),
        }
    }
    Ok(config)
}

async fn run_command(server: &Server, line: &str) -> Result<String, String> {
    let mut words = line.split_whitespace();
    let command = words.next().unwrap_or_default();
    let mut arg = || {
        words
            .next()
            .ok_or_else(|| format!("{command}: missing argument"))
    };
    let jid = |text: &str| Jid::parse(text).map_err(|error| error.to_string());
    match command {
        "account" => {
            let phone = server.add_account(arg()?);
            let lid = phone.lid().map(|lid| lid.to_string()).unwrap_or_default();
            Ok(format!("{} {lid}", phone.jid()))
        }
        "scan" | "code" => {
            let number = arg()?;
            let text = arg()?;
            let phone = server.phone(number).ok_or("no such account")?;
            let result = if command == "scan" {
                phone.scan_qr(text).await
            } else {
                phone.enter_pairing_code(text).await
            };
            result.map(|jid| jid.to_string()).map_err(|e| e.to_string())
        }
        "unlink" => {
            let phone = server.phone(arg()?).ok_or("no such account")?;
            let device = jid(arg()?)?;
            phone
                .unlink(&device)
                .then(String::new)
                .ok_or_else(|| "no such device".to_owned())
        }
        "drop" => {
            let device = jid(arg()?)?;
            server
                .drop_connection(&device)
                .then(String::new)
                .ok_or_else(|| "not online".to_owned())
        }
        "stream-error" => {
            let device = jid(arg()?)?;
            let code = arg()?;
            server
                .send_stream_error(&device, Some(code), None)
                .then(String::new)
                .ok_or_else(|| "not online".to_owned())
        }
        "online" => Ok(server.is_online(&jid(arg()?)?).to_string()),
        "connections" => Ok(server.connections().len().to_string()),
        other => Err(format!("unknown command {other:?}")),
    }
}

#[tokio::main]
async fn main() {
    let config = match parse_args() {
        Ok(config) => config,
        Err(error) => {
            eprintln!("wapy-server: {error}");
            std::process::exit(64);
        }
    };
    let server = match Server::start(config).await {
        Ok(server) => server,
        Err(error) => {
            eprintln!("wapy-server: {error}");
            std::process::exit(1);
        }
    };
    let mut stdout = tokio::io::stdout();
    let ready = format!(
        "READY {} {}\n",
        server.url(),
        hex::encode(server.root_public_key().as_bytes())
    );
    let _ = stdout.write_all(ready.as_bytes()).await;
    let _ = stdout.flush().await;
    let mut lines = BufReader::new(tokio::io::stdin()).lines();
    while let Ok(Some(line)) = lines.next_line().await {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if line == "quit" {
            let _ = stdout.write_all(b"OK\n").await;
            break;
        }
        let answer = match run_command(&server, line).await {
            Ok(text) if text.is_empty() => "OK\n".to_owned(),
            Ok(text) => format!("OK {text}\n"),
            Err(error) => format!("ERR {error}\n"),
        };
        let _ = stdout.write_all(answer.as_bytes()).await;
        let _ = stdout.flush().await;
    }
    server.shutdown().await;
}
