//! Group sends from wapy clients: sender keys distributed only to the
//! devices that lack them, new members getting them on the next send,
//! removed members getting nothing, and everyone decrypting.

use std::collections::BTreeSet;
use std::time::Duration;

use wapy::binary::{Jid, Node};
use wapy::client::message::stanza::participant_hash;
use wapy::server::{Phone, Server};

use super::common::*;

/// The devices a sent stanza carries a `<to>` copy for.
fn copies_of(server: &Server, id: &str) -> BTreeSet<Jid> {
    let sent = server.sent_message(id).expect("the server saw the message");
    let Some(participants) = sent.child("participants") else {
        return BTreeSet::new();
    };
    participants
        .children_by_tag("to")
        .map(|to| to.attrs().optional_jid("jid").unwrap().unwrap())
        .collect()
}

fn skmsg_count(node: &Node) -> usize {
    node.children_by_tag("enc")
        .filter(|enc| enc.attrs().is("type", "skmsg"))
        .count()
}

async fn phone_gets(phone: &Phone, group: &Jid, expected: &str) {
    let message = phone.next_message(GUARD).await.unwrap();
    assert_eq!(message.chat, *group);
    assert_eq!(text(&message.message), Some(expected));
}

fn device(user: &Jid, id: u16) -> Jid {
    Jid::with_device(user.user.clone(), user.server.clone(), id)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn group_sends_distribute_sender_keys_only_where_missing() {
    let server = server().await;
    let alice = logged_in(&server, "15550000141").await;
    let bob = logged_in(&server, "15550000142").await;
    let carol = server.add_account("15550000143");
    let dave = server.add_account("15550000144");
    let info = alice
        .client
        .create_group("team", &[bob.user(), carol.jid()])
        .await
        .unwrap();
    let group = info.jid.clone();
    let alice_device = alice.client.jid().unwrap();
    let bob_device = bob.client.jid().unwrap();

    // First send: every other device gets the distribution, then skmsg.
    let first = alice
        .client
        .send_text(&group, "hello team", None, &[])
        .await
        .unwrap();
    let expected: BTreeSet<Jid> = [
        device(&alice.user(), 0),
        device(&bob.user(), 0),
        bob_device.clone(),
        device(&carol.jid(), 0),
    ]
    .into_iter()
    .collect();
    assert_eq!(copies_of(&server, &first), expected);
    let sent = server.sent_message(&first).unwrap();
    assert_eq!(skmsg_count(&sent), 1);
    let targets: Vec<Jid> = expected.iter().cloned().collect();
    assert_eq!(
        sent.attrs().optional_str("phash").as_deref(),
        Some(participant_hash(&targets).as_str())
    );
    assert!(sent.attrs().is("addressing_mode", "pn"));

    let (message, at_bob) = bob.message().await;
    assert_eq!(text(&message), Some("hello team"));
    assert_eq!(at_bob.id, first);
    assert!(at_bob.source.is_group);
    assert_eq!(at_bob.source.chat, group);
    assert_eq!(at_bob.source.sender.to_non_ad(), alice.user());
    phone_gets(&carol, &group, "hello team").await;
    phone_gets(&bob.phone, &group, "hello team").await;
    phone_gets(&alice.phone, &group, "hello team").await;

    // Second send: nobody lacks the key, skmsg only.
    let second = alice
        .client
        .send_text(&group, "second", None, &[])
        .await
        .unwrap();
    assert!(copies_of(&server, &second).is_empty());
    assert_eq!(skmsg_count(&server.sent_message(&second).unwrap()), 1);
    let (message, _) = bob.message().await;
    assert_eq!(text(&message), Some("second"));
    phone_gets(&carol, &group, "second").await;
    phone_gets(&bob.phone, &group, "second").await;

    // A new member gets the key with the next send, and only they do.
    alice
        .client
        .add_group_participants(&group, &[dave.jid()])
        .await
        .unwrap();
    let third = alice
        .client
        .send_text(&group, "welcome dave", None, &[])
        .await
        .unwrap();
    assert_eq!(
        copies_of(&server, &third),
        [device(&dave.jid(), 0)].into_iter().collect()
    );
    phone_gets(&dave, &group, "welcome dave").await;
    phone_gets(&carol, &group, "welcome dave").await;
    let (message, _) = bob.message().await;
    assert_eq!(text(&message), Some("welcome dave"));

    // A removed member gets nothing; the key is replaced for the others.
    alice
        .client
        .remove_group_participants(&group, &[carol.jid()])
        .await
        .unwrap();
    let fourth = alice
        .client
        .send_text(&group, "without carol", None, &[])
        .await
        .unwrap();
    let copies = copies_of(&server, &fourth);
    assert!(copies.iter().all(|jid| jid.user != carol.jid().user));
    assert!(copies.contains(&bob_device));
    assert!(copies.contains(&device(&dave.jid(), 0)));
    let (message, _) = bob.message().await;
    assert_eq!(text(&message), Some("without carol"));
    phone_gets(&dave, &group, "without carol").await;
    phone_gets(&bob.phone, &group, "welcome dave").await;
    phone_gets(&bob.phone, &group, "without carol").await;
    // Routing happens before the server's ack: nothing reached carol.
    assert!(carol.next_message(Duration::ZERO).await.is_err());

    // The other way: the second client and a phone send to the group.
    let from_bob = bob
        .client
        .send_text(&group, "bob here", None, &[])
        .await
        .unwrap();
    let (message, at_alice) = alice.message().await;
    assert_eq!(text(&message), Some("bob here"));
    assert_eq!(at_alice.id, from_bob);
    assert_eq!(at_alice.source.sender.to_non_ad(), bob.user());
    phone_gets(&dave, &group, "bob here").await;
    assert!(copies_of(&server, &from_bob).contains(&alice_device));

    dave.send_text(&group, "dave here").unwrap();
    let (message, _) = alice.message().await;
    assert_eq!(text(&message), Some("dave here"));
    let (message, _) = bob.message().await;
    assert_eq!(text(&message), Some("dave here"));
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_member_that_lost_our_sender_key_gets_it_with_the_resend() {
    let server = server().await;
    let alice = logged_in(&server, "15550000171").await;
    let carol = server.add_account("15550000172");
    let group = alice
        .client
        .create_group("retry", &[carol.jid()])
        .await
        .unwrap()
        .jid;
    let alice_device = alice.client.jid().unwrap();
    alice
        .client
        .send_text(&group, "one", None, &[])
        .await
        .unwrap();
    phone_gets(&carol, &group, "one").await;

    carol.drop_sender_key(&group, &alice_device).unwrap();
    let two = alice
        .client
        .send_text(&group, "two", None, &[])
        .await
        .unwrap();
    // skmsg only: carol cannot decrypt it, asks again, and the resend
    // (content and sender key over the 1:1 session) goes to her alone.
    assert!(copies_of(&server, &two).is_empty());
    let at_carol = carol.next_message(GUARD).await.unwrap();
    assert_eq!(at_carol.id, two);
    assert_eq!(at_carol.chat, group);
    assert_eq!(text(&at_carol.message), Some("two"));
    let resend = server.sent_message(&two).unwrap();
    assert_eq!(
        resend.attrs().optional_jid("participant").unwrap(),
        Some(device(&carol.jid(), 0))
    );

    // Her copy of our key works again.
    alice
        .client
        .send_text(&group, "three", None, &[])
        .await
        .unwrap();
    phone_gets(&carol, &group, "three").await;
    server.shutdown().await;
}
