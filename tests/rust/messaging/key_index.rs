//! Device lists checked against the account's signed key-index list: the
//! emulator's phone signs the key indexes of its companions, and a sender
//! encrypts only for the companions the list vouches for. Lists that are
//! tampered with or malformed leave the primary alone as a recipient; the
//! send still completes.

use wapy::binary::Jid;
use wapy::server::{KeyIndexListMode, Server};

use super::common::*;

/// The devices of `to` the server saw message `id` encrypted for (the
/// sender's own other devices left out).
fn recipients(server: &Server, id: &str, to: &Jid) -> Vec<Jid> {
    let sent = server.sent_message(id).expect("the server saw the message");
    let mut out: Vec<Jid> = sent
        .child("participants")
        .expect("a 1:1 message names its devices")
        .children_by_tag("to")
        .map(|node| node.attrs().jid("jid").unwrap())
        .filter(|device| device.user == to.user)
        .collect();
    out.sort();
    out
}

async fn send(alice: &Watched, to: &Jid, text: &str) -> String {
    tokio::time::timeout(GUARD, alice.client.send_text(to, text, None, &[]))
        .await
        .expect("the send finished")
        .expect("the send succeeded")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn companions_are_encrypted_for_only_when_the_signed_list_vouches_for_them() {
    let server = server().await;
    let alice = logged_in(&server, "15550000171").await;
    let bob_first = logged_in(&server, "15550000172").await;
    let bob_second = logged_in_with(
        &server,
        "15550000172",
        wapy::store::Store::open_in_memory().unwrap(),
    )
    .await;
    let bob = bob_first.phone.clone();
    let phone = bob.jid();
    let first = bob_first.client.jid().unwrap();
    let second = bob_second.client.jid().unwrap();
    assert_ne!(first, second);
    let mut everyone = vec![phone.clone(), first.clone(), second.clone()];
    everyone.sort();

    // The phone signs both companions' key indexes: every device gets the
    // message (the account key was not known yet: the primary's bundle was
    // fetched first).
    let id = send(&alice, &phone, "all of you").await;
    assert_eq!(recipients(&server, &id, &phone), everyone);
    assert_eq!(
        text(&bob.next_message(GUARD).await.unwrap().message),
        Some("all of you")
    );
    assert_eq!(text(&bob_first.message().await.0), Some("all of you"));
    assert_eq!(text(&bob_second.message().await.0), Some("all of you"));

    // The server serves the second companion, the signed list leaves its
    // key index out: it is not encrypted for (the account key now comes
    // from the session with the primary).
    assert!(server.set_key_index_list("15550000172", KeyIndexListMode::Unlisted(second.device)));
    alice.client.device_registry().forget(&phone);
    let id = send(&alice, &phone, "not the second").await;
    assert_eq!(
        recipients(&server, &id, &phone),
        vec![phone.clone(), first.clone()]
    );
    assert_eq!(text(&bob_first.message().await.0), Some("not the second"));
    assert_eq!(
        text(&bob.next_message(GUARD).await.unwrap().message),
        Some("not the second")
    );

    // A flipped signature bit, then bytes that are no list: the companions
    // are not trusted, the primary still gets the message, nothing hangs.
    for mode in [KeyIndexListMode::BadSignature, KeyIndexListMode::Malformed] {
        assert!(server.set_key_index_list("15550000172", mode));
        alice.client.device_registry().forget(&phone);
        let id = send(&alice, &phone, "primary only").await;
        assert_eq!(
            recipients(&server, &id, &phone),
            vec![phone.clone()],
            "{mode:?}"
        );
        assert_eq!(
            text(&bob.next_message(GUARD).await.unwrap().message),
            Some("primary only")
        );
        // The verdict is cached with the list until it changes.
        let id = send(&alice, &phone, "still primary only").await;
        assert_eq!(
            recipients(&server, &id, &phone),
            vec![phone.clone()],
            "{mode:?}"
        );
        assert_eq!(
            text(&bob.next_message(GUARD).await.unwrap().message),
            Some("still primary only")
        );
    }

    // A valid list again: both companions are back.
    assert!(server.set_key_index_list("15550000172", KeyIndexListMode::Signed));
    alice.client.device_registry().forget(&phone);
    let id = send(&alice, &phone, "welcome back").await;
    assert_eq!(recipients(&server, &id, &phone), everyone);
    assert_eq!(text(&bob_second.message().await.0), Some("welcome back"));
    assert!(server.set_key_index_list("15550000172", KeyIndexListMode::Omitted));
    assert!(!server.set_key_index_list("15550009999", KeyIndexListMode::Omitted));
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_list_signed_by_the_old_identity_no_longer_vouches_after_a_change() {
    let server = server().await;
    let alice = logged_in(&server, "15550000173").await;
    let bob_first = logged_in(&server, "15550000174").await;
    let bob = bob_first.phone.clone();
    let phone = bob.jid();
    let first = bob_first.client.jid().unwrap();
    let id = send(&alice, &phone, "hello").await;
    let mut both = vec![phone.clone(), first.clone()];
    both.sort();
    assert_eq!(recipients(&server, &id, &phone), both);

    // The phone reinstalls: its new identity signs the list, and the client
    // checks the list with the new identity, not the old one.
    bob.change_identity().unwrap();
    alice
        .wait(|event| matches!(event, wapy::events::Event::IdentityChange(_)).then_some(()))
        .await;
    let id = send(&alice, &phone, "after the change").await;
    assert_eq!(recipients(&server, &id, &phone), both);
    assert_eq!(text(&bob_first.message().await.0), Some("hello"));
    assert_eq!(text(&bob_first.message().await.0), Some("after the change"));
    server.shutdown().await;
}
