//! The `<device-identity>` companions attach to their `pkmsg`s, checked by
//! the recipient before decrypting: a companion's identity signed by its
//! phone is accepted (from our own account and from another one), while a
//! forged or malformed identity makes the message undecryptable: no
//! `Message`, an `UndecryptableMessage`, and the connection keeps working.

use bytes::Bytes;
use wapy::binary::Jid;
use wapy::events::Event;
use wapy::server::DeviceIdentityRewrite;

use super::common::*;

async fn send(from: &Watched, to: &Jid, text: &str) -> String {
    tokio::time::timeout(GUARD, from.client.send_text(to, text, None, &[]))
        .await
        .expect("the send finished")
        .expect("the send succeeded")
}

async fn undecryptable(watched: &Watched, id: &str) -> Jid {
    watched
        .wait(|event| match event {
            Event::UndecryptableMessage(failed) if failed.info.id == id => {
                Some(failed.info.source.sender.clone())
            }
            _ => None,
        })
        .await
}

fn no_message(watched: &Watched, id: &str) {
    assert!(
        !watched
            .drain()
            .iter()
            .any(|event| matches!(&**event, Event::Message(_, info) if info.id == id)),
        "message {id} was delivered"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_companion_of_the_same_account_is_trusted() {
    let server = server().await;
    let first = logged_in(&server, "15550000181").await;
    let second = logged_in_with(
        &server,
        "15550000181",
        wapy::store::Store::open_in_memory().unwrap(),
    )
    .await;
    let phone = first.phone.jid();
    let second_jid = second.client.jid().unwrap();

    // The copy for the first companion starts a session: a pkmsg with the
    // second companion's device identity, checked with our account key.
    let id = send(&second, &phone, "from the other companion").await;
    let sent = server
        .sent_message(&id)
        .expect("the server saw the message");
    assert!(sent.child("device-identity").is_some());
    let (message, info) = first.message().await;
    assert_eq!(info.id, id);
    assert_eq!(info.source.sender, second_jid);
    assert!(info.source.is_from_me);
    assert_eq!(
        message.conversation.as_deref(),
        Some("from the other companion")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_companion_of_another_account_is_checked_against_its_phone() {
    let server = server().await;
    let alice = logged_in(&server, "15550000182").await;
    let bob = logged_in(&server, "15550000183").await;
    let bob_jid = bob.client.jid().unwrap();

    // Bob's phone writes first: Alice knows its identity key (and has no
    // session with Bob's companion, which starts one with a pkmsg).
    bob.phone.send_text(&alice.user(), "hello").unwrap();
    assert_eq!(text(&alice.message().await.0), Some("hello"));

    let id = send(&bob, &alice.user(), "hi alice").await;
    let (message, info) = alice.message().await;
    assert_eq!(info.id, id);
    assert_eq!(info.source.sender, bob_jid);
    assert_eq!(text(&message), Some("hi alice"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forged_or_malformed_identities_are_not_trusted() {
    let server = server().await;
    let alice = logged_in(&server, "15550000184").await;
    let bob = logged_in(&server, "15550000185").await;
    let bob_jid = bob.client.jid().unwrap();
    let alice_user = alice.user();
    let alice_jid = alice.client.jid().unwrap();

    // Bob's companion writes first (Alice knows no key for his account:
    // the embedded one is checked); every attempt below stays a pkmsg, as
    // Alice never decrypts one until the identity is genuine.
    let rewrites = [
        DeviceIdentityRewrite::ForgeAccountSignature,
        DeviceIdentityRewrite::ForgeDeviceSignature,
        DeviceIdentityRewrite::Replace(Bytes::from_static(b"\xff\xff\xff not a protobuf")),
        DeviceIdentityRewrite::Replace(Bytes::new()),
    ];
    for (n, rewrite) in rewrites.into_iter().enumerate() {
        assert!(server.rewrite_device_identity(&bob_jid, Some(rewrite.clone())));
        let id = send(&bob, &alice_user, &format!("forged {n}")).await;
        let sent = server
            .sent_message(&id)
            .expect("the server saw the message");
        let enc = sent
            .child("participants")
            .and_then(|participants| {
                participants
                    .children_by_tag("to")
                    .find(|to| to.attrs().jid("jid").ok().as_ref() == Some(&alice_jid))
            })
            .and_then(|to| to.child("enc"))
            .expect("an enc for alice");
        assert_eq!(enc.attrs().optional_str("type").as_deref(), Some("pkmsg"));
        assert_eq!(undecryptable(&alice, &id).await, bob_jid, "{rewrite:?}");
        no_message(&alice, &id);
    }

    // The genuine identity again: the next pkmsg of the same session
    // decrypts, so nothing of the refused ones was kept.
    assert!(server.rewrite_device_identity(&bob_jid, None));
    let id = send(&bob, &alice_user, "genuine").await;
    let (message, info) = alice.message().await;
    assert_eq!(info.id, id);
    assert_eq!(text(&message), Some("genuine"));
    assert!(
        !alice
            .drain()
            .iter()
            .any(|event| matches!(&**event, Event::Message(_, info) if info.id != id)),
        "a refused message was delivered"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_identity_signed_by_another_account_key_is_refused() {
    let server = server().await;
    let alice = logged_in(&server, "15550000186").await;
    let bob = logged_in(&server, "15550000187").await;
    let mallory = logged_in(&server, "15550000188").await;
    let bob_jid = bob.client.jid().unwrap();

    // Alice knows Bob's phone key; Bob's companion presents Mallory's
    // companion identity (signed by another account).
    bob.phone.send_text(&alice.user(), "hello").unwrap();
    assert_eq!(text(&alice.message().await.0), Some("hello"));
    let id = send(&mallory, &alice.user(), "mallory").await;
    let sent = server
        .sent_message(&id)
        .expect("the server saw the message");
    let foreign = sent
        .child("device-identity")
        .and_then(|node| node.content_bytes())
        .cloned()
        .expect("mallory's identity");
    assert_eq!(text(&alice.message().await.0), Some("mallory"));

    assert!(
        server.rewrite_device_identity(&bob_jid, Some(DeviceIdentityRewrite::Replace(foreign)))
    );
    let id = send(&bob, &alice.user(), "not bob's").await;
    assert_eq!(undecryptable(&alice, &id).await, bob_jid);
    no_message(&alice, &id);
}
