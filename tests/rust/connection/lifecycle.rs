//! Reconnection after transient failures; permanent stops after
//! replacement, logout and refusals; keepalive; raw-node forwarding.

use std::time::Duration;

use wapy::binary::Node;
use wapy::client::ClientError;
use wapy::events::{ConnectFailureReason, DisconnectReason, Event, TempBanReason};
use wapy::server::{Server, ServerConfig};
use wapy::store::Store;

use crate::common::*;

/// The reason and message of a `Disconnected` event.
fn disconnected(n: &Event) -> Option<(DisconnectReason, String)> {
    match n {
        Event::Disconnected(d) => Some((d.reason.clone(), d.message.clone().unwrap_or_default())),
        _ => None,
    }
}

#[tokio::test]
async fn dropped_socket_reconnects_with_backoff() {
    let server = server().await;
    let watched = logged_in(&server, "15551000001", Store::open_in_memory().unwrap()).await;
    let jid = watched.client.jid().unwrap();
    for _ in 0..3 {
        assert!(server.drop_connection(&jid));
        let reason = watched.wait(disconnected).await;
        assert!(reason.0 == DisconnectReason::ConnectionLost, "{reason:?}");
        watched.connected().await;
        assert!(server.wait_online(&jid, GUARD).await);
    }
    watched.client.disconnect().await;
    assert_eq!(
        watched.wait(disconnected).await.0,
        DisconnectReason::ClientClosed
    );
}

#[tokio::test]
async fn stream_errors_503_and_unknown_reconnect() {
    let server = server().await;
    let watched = logged_in(&server, "15551000002", Store::open_in_memory().unwrap()).await;
    let jid = watched.client.jid().unwrap();
    server.send_stream_error(&jid, Some("503"), None);
    watched.connected().await;

    assert!(server.send_stream_error(&jid, None, Some(Node::new("xml-not-well-formed"))));
    watched
        .wait(|n| matches!(n, Event::StreamError(_)).then_some(()))
        .await;
    watched.connected().await;
    server.close_connection(&jid, Some(Node::new("xmlstreamend")));
    watched.connected().await;
    watched.client.disconnect().await;
}

#[tokio::test]
async fn reconnects_after_the_emulator_restarts_on_the_same_port() {
    let server = server().await;
    let (_dir, path) = temp_db();
    let watched = logged_in(&server, "15551000003", Store::open(&path).unwrap()).await;
    let jid = watched.client.jid().unwrap();
    let addr = server.addr();
    // Down for a while: the client sees the close, then its attempts fail
    // and back off until the port answers again.
    server.restart(Duration::from_millis(600)).await.unwrap();
    assert_eq!(server.addr(), addr);
    let reason = watched.wait(disconnected).await;
    assert!(reason.0 == DisconnectReason::ConnectionLost, "{reason:?}");
    watched.connected().await;
    assert!(server.wait_online(&jid, GUARD).await);
    watched.client.disconnect().await;
}

#[tokio::test]
async fn a_server_with_another_root_is_refused_for_good() {
    let first = server().await;
    let watched = logged_in(&first, "15551000014", Store::open_in_memory().unwrap()).await;
    let addr = first.addr();
    first.shutdown().await;
    let second = Server::start(ServerConfig {
        bind: addr,
        ..ServerConfig::default()
    })
    .await
    .unwrap();
    // A new emulator has another root: the reconnect is refused for good.
    let reason = watched
        .wait(|n| match n {
            Event::Disconnected(d) if d.reason == DisconnectReason::Failed => {
                Some(d.message.clone().unwrap_or_default())
            }
            _ => None,
        })
        .await;
    assert!(reason.contains("certificate"), "{reason:?}");
    assert!(watched.client.store().device().unwrap().is_some());
    second.shutdown().await;
}

#[tokio::test]
async fn restart_keeps_session_when_the_directory_survives() {
    // Same emulator, listener restarted: drop every connection at once.
    let server = server().await;
    let clients = [
        logged_in(&server, "15551000004", Store::open_in_memory().unwrap()).await,
        logged_in(&server, "15551000005", Store::open_in_memory().unwrap()).await,
    ];
    for watched in &clients {
        server.close_connection(
            &watched.client.jid().unwrap(),
            Some(Node::new("xmlstreamend")),
        );
    }
    for watched in &clients {
        watched.connected().await;
        watched.client.disconnect().await;
    }
}

#[tokio::test]
async fn second_login_replaces_the_first_and_it_stays_stopped() {
    let server = server().await;
    let (_dir, path) = temp_db();
    let first = logged_in(&server, "15551000006", Store::open(&path).unwrap()).await;
    let jid = first.client.jid().unwrap();
    // A second process with the same credentials.
    let second = Watched::new(Store::open(&path).unwrap(), config(&server));
    second.client.connect().await.unwrap();
    first
        .wait(|n| matches!(n, Event::StreamReplaced(_)).then_some(()))
        .await;
    assert_eq!(first.wait(disconnected).await.0, DisconnectReason::Replaced);
    // No reconnect: the first client stays off while the second is online.
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(!first.client.is_running());
    assert!(!first.client.is_connected());
    assert!(second.client.is_connected());
    assert_eq!(
        server
            .connections()
            .iter()
            .filter(|c| c.device.is_some())
            .count(),
        1
    );
    assert!(first.client.store().device().unwrap().is_some());
    let _ = jid;
    second.client.disconnect().await;
}

#[tokio::test]
async fn unlinked_by_the_phone_logs_out_for_good() {
    let server = server().await;
    let watched = logged_in(&server, "15551000007", Store::open_in_memory().unwrap()).await;
    let jid = watched.client.jid().unwrap();
    let phone = server.phone("15551000007").unwrap();
    assert!(phone.unlink(&jid));
    let logged_out = watched
        .wait(|n| match n {
            Event::LoggedOut(out) => Some((out.on_connect, out.reason)),
            _ => None,
        })
        .await;
    assert_eq!(logged_out, (false, ConnectFailureReason::LoggedOut));
    assert_eq!(
        watched.wait(disconnected).await.0,
        DisconnectReason::LoggedOut
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(!watched.client.is_running());
    assert!(watched.client.store().device().unwrap().is_none());
    assert!(!server.device_exists(&jid));
}

#[tokio::test]
async fn failures_at_login() {
    let server = server().await;
    let store = Store::open_in_memory().unwrap();
    let watched = logged_in(&server, "15551000008", store.clone()).await;
    let jid = watched.client.jid().unwrap();
    watched.client.disconnect().await;

    server.fail_next_login(
        &jid,
        Node::new("failure")
            .attr("reason", "402")
            .attr("code", "101")
            .attr("expire", "3600"),
    );
    let error = watched.client.connect().await.unwrap_err();
    assert!(
        matches!(
            error,
            ClientError::Refused(ConnectFailureReason::TempBanned)
        ),
        "{error:?}"
    );
    let ban = watched
        .wait(|n| match n {
            Event::TemporaryBan(ban) => Some((ban.code, ban.expire)),
            _ => None,
        })
        .await;
    assert_eq!(
        ban,
        (
            TempBanReason::SentToTooManyPeople,
            Duration::from_secs(3600)
        )
    );

    server.fail_next_login(&jid, Node::new("failure").attr("reason", "405"));
    assert!(watched.client.connect().await.is_err());
    watched
        .wait(|n| matches!(n, Event::ClientOutdated(_)).then_some(()))
        .await;

    server.fail_next_login(&jid, Node::new("failure").attr("reason", "418"));
    assert!(watched.client.connect().await.is_err());
    let reason = watched
        .wait(|n| match n {
            Event::ConnectFailure(failure) => Some(failure.reason),
            _ => None,
        })
        .await;
    assert_eq!(reason, ConnectFailureReason::ClientUnknown);
    assert!(store.device().unwrap().is_some());

    // Still logged in after all that.
    watched.client.connect().await.unwrap();
    watched.client.disconnect().await;

    server.fail_next_login(&jid, Node::new("failure").attr("reason", "403"));
    let error = watched.client.connect().await.unwrap_err();
    assert!(matches!(error, ClientError::LoggedOut(_)), "{error:?}");
    assert!(store.device().unwrap().is_none());
}

#[tokio::test]
async fn dead_connection_is_detected_and_replaced() {
    let server = server().await;
    let phone = server.add_account("15551000009");
    let store = Store::open_in_memory().unwrap();
    phone.provision_companion(&store).unwrap();
    let mut config = config(&server);
    config.keepalive.interval_min = Duration::from_millis(100);
    config.keepalive.interval_max = Duration::from_millis(150);
    config.keepalive.deadline = Duration::from_secs(1);
    let watched = Watched::new(store, config);
    watched.client.connect().await.unwrap();
    let jid = watched.client.jid().unwrap();
    // Answered pings keep it up.
    tokio::time::sleep(Duration::from_millis(500)).await;
    assert!(watched.client.is_connected());
    assert!(server.freeze(&jid, true));
    watched
        .wait(|n| matches!(n, Event::KeepAliveTimeout(_)).then_some(()))
        .await;
    let reason = watched.wait(disconnected).await;
    assert!(
        reason.0 == DisconnectReason::ConnectionLost && reason.1.contains("dead"),
        "{reason:?}"
    );
    watched.connected().await;
    watched.client.disconnect().await;
}

#[tokio::test]
async fn raw_node_forwarding_and_server_pings() {
    let server = server().await;
    let watched = logged_in(&server, "15551000010", Store::open_in_memory().unwrap()).await;
    let jid = watched.client.jid().unwrap();
    watched.client.set_raw_node_forwarding(true);
    server.send_node(
        &jid,
        Node::new("iq")
            .attr("from", "s.whatsapp.net")
            .attr("type", "get")
            .attr("xmlns", "urn:xmpp:ping")
            .attr("id", "ping-1"),
    );
    let raw = watched
        .wait(|n| match n {
            Event::RawNode(node) => Some(node.clone()),
            _ => None,
        })
        .await;
    assert!(raw.get().is("iq"));
    assert!(raw.get().attrs().is("id", "ping-1"));
    watched.client.set_raw_node_forwarding(false);
    watched.client.disconnect().await;
}

#[tokio::test]
async fn low_prekey_notification_refills() {
    let server = server().await;
    let watched = logged_in(&server, "15551000011", Store::open_in_memory().unwrap()).await;
    let jid = watched.client.jid().unwrap();
    assert_eq!(server.prekey_count(&jid), Some(30));
    assert_eq!(server.consume_prekeys(&jid, 28), Some(2));
    tokio::time::timeout(GUARD, async {
        while server.prekey_count(&jid) != Some(52) {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    })
    .await
    .unwrap();
    watched.client.disconnect().await;
}

#[tokio::test]
async fn logout_unlinks_and_wipes() {
    let server = server().await;
    let (_dir, path) = temp_db();
    let watched = logged_in(&server, "15551000012", Store::open(&path).unwrap()).await;
    let jid = watched.client.jid().unwrap();
    watched.client.logout().await.unwrap();
    assert!(!server.device_exists(&jid));
    assert!(!watched.client.is_running());
    assert!(Store::open(&path).unwrap().device().unwrap().is_none());
}

#[tokio::test]
async fn send_iq_round_trip_and_errors() {
    let server = server().await;
    let watched = logged_in(&server, "15551000013", Store::open_in_memory().unwrap()).await;
    let client = &watched.client;
    let answer = client
        .send_iq(wapy::client::request::iq(
            client.next_id(),
            "w:p",
            "get",
            vec![],
        ))
        .await
        .unwrap();
    assert!(answer.get().attrs().is("type", "result"));
    let count = client
        .send_iq(wapy::client::prekeys::count_request(client.next_id()))
        .await
        .unwrap();
    assert_eq!(wapy::client::prekeys::parse_count(count.get()).unwrap(), 30);
    client.disconnect().await;
    let error = client
        .send_iq(wapy::client::request::iq(
            client.next_id(),
            "w:p",
            "get",
            vec![],
        ))
        .await
        .unwrap_err();
    assert_eq!(error, wapy::client::IqError::NotConnected);
}
