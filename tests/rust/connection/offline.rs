//! Offline sync: preview, replay and completion; the forced completion
//! when the server never sends it.

use std::time::Duration;

use wapy::binary::{Jid, Node};
use wapy::events::{Event, OfflineSyncPreview};
use wapy::store::Store;

use crate::common::*;

fn notification(i: usize) -> Node {
    Node::new("notification")
        .attr("from", Jid::server_jid())
        .attr("type", "test")
        .attr("id", format!("off-{i}"))
        .attr("t", 1_700_000_000u64)
}

async fn offline_client(
    server: &wapy::server::Server,
    phone: &str,
    timeout: Duration,
) -> (Watched, Jid) {
    let store = Store::open_in_memory().unwrap();
    let jid = server
        .add_account(phone)
        .provision_companion(&store)
        .unwrap();
    let mut config = config(server);
    config.offline_sync_timeout = timeout;
    (Watched::new(store, config), jid)
}

#[tokio::test]
async fn preview_then_completion_after_connected() {
    let server = server().await;
    let (watched, jid) = offline_client(&server, "15552000001", Duration::from_secs(60)).await;
    for i in 0..3 {
        assert!(server.enqueue_offline(&jid, notification(i)));
    }
    watched.client.connect().await.unwrap();
    let mut order = Vec::new();
    let count = watched
        .wait(|n| {
            match n {
                Event::Connected(_) => order.push("connected"),
                Event::OfflineSyncPreview(preview) => {
                    order.push("preview");
                    assert_eq!(
                        *preview,
                        OfflineSyncPreview {
                            total: 3,
                            notifications: 3,
                            ..OfflineSyncPreview::default()
                        }
                    );
                }
                Event::OfflineSyncCompleted(done) => return Some(done.count),
                _ => {}
            }
            None
        })
        .await;
    assert_eq!(order, ["connected", "preview"]);
    assert_eq!(count, 3);
    watched.client.disconnect().await;
}

#[tokio::test]
async fn empty_queue_completes_with_zero() {
    let server = server().await;
    let (watched, _) = offline_client(&server, "15552000002", Duration::from_secs(60)).await;
    watched.client.connect().await.unwrap();
    let count = watched
        .wait(|n| match n {
            Event::OfflineSyncCompleted(done) => Some(done.count),
            _ => None,
        })
        .await;
    assert_eq!(count, 0);
    watched.client.disconnect().await;
}

#[tokio::test]
async fn completion_is_forced_after_the_timeout() {
    let server = server().await;
    let (watched, jid) = offline_client(&server, "15552000003", Duration::from_millis(300)).await;
    server.hold_offline_completion(&jid, true);
    for i in 0..2 {
        server.enqueue_offline(&jid, notification(i));
    }
    watched.client.connect().await.unwrap();
    watched
        .wait(|n| matches!(n, Event::OfflineSyncPreview(_)).then_some(()))
        .await;
    let count = watched
        .wait(|n| match n {
            Event::OfflineSyncCompleted(done) => Some(done.count),
            _ => None,
        })
        .await;
    assert_eq!(count, 2);
    // Exactly once per connection.
    tokio::time::sleep(Duration::from_millis(400)).await;
    while let Ok(notice) = watched.notices.try_recv() {
        assert!(!matches!(notice.as_ref(), Event::OfflineSyncCompleted(_)));
    }
    watched.client.disconnect().await;
}
