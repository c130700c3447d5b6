//! 1:1 and group messages both ways, receipts, offline delivery.

use std::time::Duration;

use wapy::events::{Event, ReceiptType};

use crate::common::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn phone_and_client_exchange_messages_and_receipts() {
    let server = server().await;
    let alice = logged_in(&server, "15550000001").await;
    let bob = server.add_account("15550000002");

    let id = bob.send_text(&alice.user(), "hello from a phone").unwrap();
    let (message, info) = alice.message().await;
    assert_eq!(text(&message), Some("hello from a phone"));
    assert_eq!(info.id, id);
    assert_eq!(info.source.chat, bob.jid());
    assert_eq!(info.source.sender.to_non_ad(), bob.jid());
    assert!(!info.source.is_from_me && !info.source.is_group);
    assert_eq!(info.message_type, "text");
    assert!(info.timestamp.0 > 0);
    let receipt = bob.next_receipt(GUARD).await.unwrap();
    assert_eq!(receipt.ids, vec![id.clone()]);
    assert_eq!(receipt.receipt_type, None);
    assert_eq!(receipt.from.to_non_ad(), alice.user());

    let sent = alice
        .client
        .send_text(&bob.jid(), "hello back", None, &[])
        .await
        .unwrap();
    let got = bob.next_message(GUARD).await.unwrap();
    assert_eq!(got.id, sent);
    assert_eq!(text(&got.message), Some("hello back"));
    assert_eq!(got.sender, alice.client.jid().unwrap());
    let delivered = alice
        .wait(|event| match event {
            Event::Receipt(receipt) if receipt.receipt_type == ReceiptType::Delivered => {
                Some(receipt.clone())
            }
            _ => None,
        })
        .await;
    assert_eq!(delivered.message_ids, vec![sent.clone()]);
    assert_eq!(delivered.receipt_type, ReceiptType::Delivered);
    assert_eq!(delivered.source.chat, bob.jid());

    // Our own phone got the device-sent copy, unwrapped, in the chat with Bob.
    // (Her phone is one of her devices: it got Bob's message first.)
    let at_phone = alice.phone.next_message(GUARD).await.unwrap();
    assert_eq!(at_phone.id, id);
    let copy = alice.phone.next_message(GUARD).await.unwrap();
    assert_eq!(copy.id, sent);
    assert_eq!(copy.chat, bob.jid());
    assert_eq!(text(&copy.message), Some("hello back"));

    // Read receipts reach the sender.
    alice
        .client
        .mark_read(&bob.jid(), None, std::slice::from_ref(&got.id))
        .await
        .unwrap();
    let read = loop {
        let receipt = bob.next_receipt(GUARD).await.unwrap();
        if receipt.receipt_type.as_deref() == Some("read") {
            break receipt;
        }
    };
    assert_eq!(read.ids, vec![got.id]);
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_clients_talk_and_see_their_own_sends_from_other_devices() {
    let server = server().await;
    let alice = logged_in(&server, "15550000011").await;
    let bob = logged_in(&server, "15550000012").await;
    // A second companion of Alice's account sees her sends as device-sent.
    let alice2 = {
        let store = wapy::store::Store::open_in_memory().unwrap();
        alice.phone.provision_companion(&store).unwrap();
        connect(&server, alice.phone.clone(), store).await
    };

    let id = alice
        .client
        .send_text(&bob.user(), "hi bob", None, &[])
        .await
        .unwrap();
    let (message, info) = bob.message().await;
    assert_eq!(text(&message), Some("hi bob"));
    assert_eq!(info.id, id);
    assert_eq!(info.source.chat, alice.user());
    assert_eq!(info.push_name, "15550000011");

    let (copy, copy_info) = alice2.message().await;
    assert_eq!(text(&copy), Some("hi bob"));
    assert!(copy_info.source.is_from_me);
    assert_eq!(copy_info.source.chat, bob.user());
    assert!(copy_info.device_sent.is_some());

    // Replies build on the session the first message created (msg, not pkmsg).
    let reply = bob
        .client
        .send_text(&alice.user(), "hi alice", None, &[])
        .await
        .unwrap();
    let (message, info) = alice.message().await;
    assert_eq!(text(&message), Some("hi alice"));
    assert_eq!(info.id, reply);
    alice
        .client
        .send_text(&bob.user(), "second", None, &[])
        .await
        .unwrap();
    let (again, _) = bob.message().await;
    assert_eq!(text(&again), Some("second"));

    // Reactions, edits and revokes go out with their stanza attributes.
    alice
        .client
        .send_reaction(&bob.user(), &bob.client.jid().unwrap(), &reply, "👍")
        .await
        .unwrap();
    let (reaction, info) = bob.message().await;
    assert_eq!(info.message_type, "reaction");
    assert_eq!(
        reaction.reaction_message.unwrap().text.as_deref(),
        Some("👍")
    );
    alice.client.revoke_message(&bob.user(), &id).await.unwrap();
    let (revoke, info) = bob.message().await;
    assert_eq!(info.edit, Some(wapy::events::EditAttribute::SenderRevoke));
    assert_eq!(
        revoke.protocol_message.unwrap().key.unwrap().id.as_deref(),
        Some(id.as_str())
    );
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn messages_wait_for_an_offline_client() {
    let server = server().await;
    let (_dir, path) = temp_db();
    let store = wapy::store::Store::open(&path).unwrap();
    let alice = logged_in_with(&server, "15550000021", store).await;
    let bob = server.add_account("15550000022");
    let device = alice.client.jid().unwrap();
    alice.client.disconnect().await;
    tokio::time::timeout(GUARD, async {
        while server.is_online(&device) {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    })
    .await
    .unwrap();

    let first = bob.send_text(&alice.user(), "while you were away").unwrap();
    let second = bob.send_text(&alice.user(), "and another").unwrap();
    assert_eq!(server.pending_messages(&device), 2);

    let alice = connect(
        &server,
        alice.phone.clone(),
        wapy::store::Store::open(&path).unwrap(),
    )
    .await;
    let (one, info_one) = alice.message().await;
    let (two, info_two) = alice.message().await;
    assert_eq!(
        (info_one.id.as_str(), text(&one)),
        (first.as_str(), Some("while you were away"))
    );
    assert_eq!(
        (info_two.id.as_str(), text(&two)),
        (second.as_str(), Some("and another"))
    );
    tokio::time::timeout(GUARD, async {
        while server.pending_messages(&device) > 0 {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    })
    .await
    .unwrap();
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn group_messages_from_a_phone_carry_sender_keys() {
    let server = server().await;
    let alice = logged_in(&server, "15550000031").await;
    let bob = server.add_account("15550000032");
    let carol = server.add_account("15550000033");
    let group = bob.create_group(&[alice.user(), carol.jid()]).unwrap();

    let first = bob.send_text(&group, "hello group").unwrap();
    let (message, info) = alice.message().await;
    assert_eq!(text(&message), Some("hello group"));
    assert_eq!(info.id, first);
    assert!(info.source.is_group);
    assert_eq!(info.source.chat, group);
    assert_eq!(info.source.sender.to_non_ad(), bob.jid());
    let at_carol = carol.next_message(GUARD).await.unwrap();
    assert_eq!(at_carol.chat, group);
    assert_eq!(text(&at_carol.message), Some("hello group"));

    // The second message needs no new distribution: skmsg only.
    bob.send_text(&group, "second").unwrap();
    let (message, _) = alice.message().await;
    assert_eq!(text(&message), Some("second"));
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sends_carry_the_privacy_token_the_recipient_granted() {
    let server = server().await;
    let alice = logged_in(&server, "15550000161").await;
    let bob = server.add_account("15550000162");

    let before = alice
        .client
        .send_text(&bob.jid(), "no token yet", None, &[])
        .await
        .unwrap();
    assert!(
        server
            .sent_message(&before)
            .unwrap()
            .child("tctoken")
            .is_none()
    );

    assert_eq!(
        server.grant_privacy_token(&bob.jid(), &alice.user(), b"bob-trusts-alice"),
        1
    );
    // A later notification proves the token one was handled first.
    server.announce_about(&bob.jid(), "later");
    alice
        .wait(|event| matches!(event, wapy::events::Event::UserAboutUpdate(_)).then_some(()))
        .await;
    let after = alice
        .client
        .send_text(&bob.jid(), "with token", None, &[])
        .await
        .unwrap();
    let sent = server.sent_message(&after).unwrap();
    let tctoken = sent.child("tctoken").expect("the send carries the token");
    assert_eq!(
        tctoken.content_bytes().map(|b| b.to_vec()),
        Some(b"bob-trusts-alice".to_vec())
    );
    assert_eq!(
        text(&bob.next_message(GUARD).await.unwrap().message),
        Some("no token yet")
    );
    assert_eq!(
        text(&bob.next_message(GUARD).await.unwrap().message),
        Some("with token")
    );
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn messages_after_a_number_change_reach_the_same_contact_both_ways() {
    let server = server().await;
    let alice = logged_in(&server, "15550000051").await;
    let bob = server.add_account("15550000052");
    let lid = bob.lid().unwrap();

    // A session first, under the old number.
    bob.send_text(&alice.user(), "before").unwrap();
    let (_, before) = alice.message().await;
    assert_eq!(before.source.sender.to_non_ad(), bob.jid());
    assert_eq!(before.source.sender_alt.as_ref(), Some(&lid));

    let moved = server.change_number(&bob.jid(), "+1 555 000 0059").unwrap();
    assert_eq!(moved.phone_number(), "15550000059");
    assert_eq!(moved.lid().as_ref(), Some(&lid));
    assert!(server.phone("15550000052").is_none());
    let change = alice
        .wait(|event| match event {
            Event::ContactNumberChanged(change) => Some(change.clone()),
            _ => None,
        })
        .await;
    assert_eq!(
        (&change.old_jid, &change.new_jid),
        (&bob.jid(), &moved.jid())
    );
    assert_eq!(change.old_lid.as_ref(), Some(&lid));
    assert_eq!(change.new_lid.as_ref(), Some(&lid));

    // The same keys, the new number: the old session decrypts it and the
    // sender resolves to the same LID.
    let id = moved.send_text(&alice.user(), "after").unwrap();
    let (message, info) = alice.message().await;
    assert_eq!(text(&message), Some("after"));
    assert_eq!(info.id, id);
    assert_eq!(info.source.chat, moved.jid());
    assert_eq!(info.source.sender_alt.as_ref(), Some(&lid));
    // Decrypted with the moved session at once, not after a retry.
    assert!(
        !alice
            .drain()
            .iter()
            .any(|event| matches!(**event, Event::UndecryptableMessage(..))),
        "the message from the new number needed a retry"
    );
    let store = alice.client.store();
    assert_eq!(store.lid_for_pn(&moved.jid()).unwrap(), Some(lid.clone()));
    assert_eq!(store.pn_for_lid(&lid).unwrap(), Some(moved.jid()));

    // A reply to the new number reaches the phone.
    let sent = alice
        .client
        .send_text(&moved.jid(), "welcome back", None, &[])
        .await
        .unwrap();
    let got = moved.next_message(GUARD).await.unwrap();
    assert_eq!(got.id, sent);
    assert_eq!(text(&got.message), Some("welcome back"));

    // Refusals: a taken number, an unknown account.
    let carol = server.add_account("15550000053");
    assert!(server.change_number(&carol.jid(), "15550000059").is_err());
    assert!(server.change_number(&bob.jid(), "15550000060").is_err());
    assert!(server.change_number(&carol.jid(), "no digits").is_err());
}
