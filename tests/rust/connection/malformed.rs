//! Malformed frames and stanzas from the server: a clean disconnect with
//! the error in the notice, then a reconnect — never a panic or a hang.

use std::time::Duration;

use wapy::events::{DisconnectReason, Event};
use wapy::server::Injection;
use wapy::store::Store;

use crate::common::*;

async fn survives(injection: Injection, expect: &str) {
    let server = server().await;
    let store = Store::open_in_memory().unwrap();
    server
        .add_account("15553000001")
        .provision_companion(&store)
        .unwrap();
    let mut config = config(&server);
    config.max_frame_len = 1 << 20;
    let watched = Watched::new(store, config);
    watched.client.connect().await.unwrap();
    watched.connected().await;
    let jid = watched.client.jid().unwrap();
    assert!(server.inject(&jid, injection));
    let reason = watched
        .wait(|n| match n {
            Event::Disconnected(d) => Some(d.clone()),
            _ => None,
        })
        .await;
    assert_eq!(
        reason.reason,
        DisconnectReason::ConnectionLost,
        "{injection:?}"
    );
    let text = reason.message.unwrap_or_default();
    assert!(text.contains(expect), "{injection:?}: {text}");
    watched.connected().await;
    watched.client.disconnect().await;
}

#[tokio::test]
async fn garbage_frame() {
    survives(Injection::GarbageFrame, "decrypt").await;
}

#[tokio::test]
async fn truncated_frame() {
    // The socket closes mid-frame: a reset or a close, either is clean.
    survives(Injection::TruncatedFrame, "").await;
}

#[tokio::test]
async fn oversized_frame() {
    survives(Injection::OversizedFrame, "exceeds").await;
}

#[tokio::test]
async fn undecodable_stanza() {
    survives(Injection::UndecodableStanza, "undecodable").await;
}

#[tokio::test]
async fn bad_compression() {
    survives(Injection::BadCompression, "undecodable").await;
}

#[tokio::test]
async fn text_garbage_instead_of_a_server() {
    // A plain TCP server that answers the WebSocket upgrade with nonsense.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            use tokio::io::AsyncWriteExt as _;
            let _ = socket
                .write_all(b"HTTP/1.1 200 OK\r\n\r\nnot a websocket")
                .await;
        }
    });
    let mut config = wapy::client::ClientConfig::emulator(
        format!("ws://{addr}/ws/chat"),
        wapy::client::ClientConfig::default().trusted_root,
    );
    config.connect_timeout = Duration::from_secs(5);
    let client = wapy::client::Client::new(Store::open_in_memory().unwrap(), config);
    let error = tokio::time::timeout(GUARD, client.connect())
        .await
        .unwrap()
        .unwrap_err();
    assert!(
        matches!(error, wapy::client::ClientError::WebSocket(_)),
        "{error:?}"
    );
}
