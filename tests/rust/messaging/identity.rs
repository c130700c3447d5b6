//! Identity changes announced by the server: sessions are reset, the event
//! is emitted, and messages flow both ways under the new identity.

use std::time::Duration;

use wapy::binary::{Jid, Node, Server as JidServer};
use wapy::events::Event;
use wapy::signal::store::has_session;
use wapy::signal::{ProtocolAddress, PublicKey, SignalStore as _};
use wapy::store::Store;

use super::common::*;

fn identity_notification(from: Jid, id: &str) -> Node {
    Node::new("notification")
        .attr("from", from)
        .attr("type", "encrypt")
        .attr("id", id.to_owned())
        .attr("t", "1700000000")
        .children([Node::new("identity")])
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_identity_of_a_phone_resets_sessions_and_messages_still_flow() {
    let server = server().await;
    let alice = logged_in(&server, "15550000151").await;
    let bob = server.add_account("15550000152");
    let carol = server.add_account("15550000153");

    bob.send_text(&alice.user(), "before").unwrap();
    let (message, _) = alice.message().await;
    assert_eq!(text(&message), Some("before"));
    alice
        .client
        .send_text(&bob.jid(), "reply", None, &[])
        .await
        .unwrap();
    assert_eq!(
        text(&bob.next_message(GUARD).await.unwrap().message),
        Some("reply")
    );

    // Companion devices and our own account are not identity changes.
    let device = alice.client.jid().unwrap();
    let companion = Jid::with_device(carol.jid().user, JidServer::User, 7);
    assert!(bob.deliver_raw(&device, identity_notification(companion, "n-1")));
    assert!(bob.deliver_raw(&device, identity_notification(alice.user(), "n-2")));

    bob.change_identity().unwrap();
    let change = alice
        .wait(|event| match event {
            Event::IdentityChange(change) => Some(change.clone()),
            _ => None,
        })
        .await;
    assert_eq!(change.user, bob.jid());
    assert!(!change.implicit);
    // Notifications are handled in order: the ignored ones came first.
    assert!(
        !alice
            .drain()
            .iter()
            .any(|event| matches!(**event, Event::IdentityChange(_)))
    );

    // Our next message reaches the phone's new identity.
    alice
        .client
        .send_text(&bob.jid(), "after the change", None, &[])
        .await
        .unwrap();
    let at_bob = bob.next_message(GUARD).await.unwrap();
    assert_eq!(text(&at_bob.message), Some("after the change"));

    // And the phone's messages under its new identity decrypt.
    bob.send_text(&alice.user(), "new phone who dis").unwrap();
    let (message, _) = alice.message().await;
    assert_eq!(text(&message), Some("new phone who dis"));
    server.shutdown().await;
}

/// Whether `client` has a session with `device`, and the identity it keeps
/// for it.
fn session_with(watched: &Watched, device: &Jid) -> (bool, Option<PublicKey>) {
    let address = ProtocolAddress::from_jid(device);
    watched
        .client
        .store()
        .with_transaction(|tx| {
            Ok::<_, wapy::signal::SignalError>((
                has_session(tx, &address)?,
                tx.remote_identity(&address)?,
            ))
        })
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_identity_change_while_offline_rebuilds_the_session_after_offline_sync() {
    let server = server().await;
    let (_dir, path) = temp_db();
    let alice = logged_in_with(&server, "15550000154", Store::open(&path).unwrap()).await;
    let bob = server.add_account("15550000155");
    let old_key = bob.account().unwrap().account_key();

    bob.send_text(&alice.user(), "before").unwrap();
    assert_eq!(text(&alice.message().await.0), Some("before"));
    assert_eq!(session_with(&alice, &bob.jid()), (true, Some(old_key)));

    // Alice is away when Bob reinstalls.
    let device = alice.client.jid().unwrap();
    alice.client.disconnect().await;
    tokio::time::timeout(GUARD, async {
        while server.is_online(&device) {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    })
    .await
    .unwrap();
    bob.change_identity().unwrap();
    let new_key = bob.account().unwrap().account_key();
    assert_ne!(new_key, old_key);
    assert_eq!(server.pending_messages(&device), 0);

    // Offline sync does not complete by itself: the fallback ends it.
    server.hold_offline_completion(&device, true);
    let mut config = config(&server);
    config.offline_sync_timeout = Duration::from_secs(3);
    let alice = connect_with(
        &server,
        alice.phone.clone(),
        Store::open(&path).unwrap(),
        config,
    )
    .await;
    let change = alice
        .wait(|event| match event {
            Event::IdentityChange(change) => Some(change.clone()),
            _ => None,
        })
        .await;
    assert_eq!(change.user, bob.jid());
    // Handled at once: the old session and identity are gone, and the
    // rebuild waits for the end of offline sync.
    assert_eq!(session_with(&alice, &bob.jid()), (false, None));
    assert!(
        !alice
            .drain()
            .iter()
            .any(|event| matches!(**event, Event::OfflineSyncCompleted(_))),
        "offline sync was still running"
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(session_with(&alice, &bob.jid()), (false, None));

    alice
        .wait(|event| matches!(event, Event::OfflineSyncCompleted(_)).then_some(()))
        .await;
    // Nobody sent anything: the session comes from the deferred rebuild,
    // with the phone's new identity.
    tokio::time::timeout(GUARD, async {
        while session_with(&alice, &bob.jid()) != (true, Some(new_key)) {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    })
    .await
    .expect("the session was rebuilt after offline sync");

    alice
        .client
        .send_text(&bob.jid(), "welcome back", None, &[])
        .await
        .unwrap();
    assert_eq!(
        text(&bob.next_message(GUARD).await.unwrap().message),
        Some("welcome back")
    );
    bob.send_text(&alice.user(), "thanks").unwrap();
    assert_eq!(text(&alice.message().await.0), Some("thanks"));
    server.hold_offline_completion(&device, false);
    server.shutdown().await;
}
