//! Identity changes announced by the server: sessions are reset, the event
//! is emitted, and messages flow both ways under the new identity.

use wapy::binary::{Jid, Node, Server as JidServer};
use wapy::events::Event;

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
