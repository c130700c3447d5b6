//! Status updates (`status@broadcast`): a client posts to an explicit
//! audience, phones decrypt them as statuses from the client, people left
//! out get nothing, the sender key rotates when someone is dropped, and a
//! phone's status reaches the client as a Message from the contact.

use std::collections::BTreeSet;

use wapy::binary::Jid;
use wapy::client::{StatusFont, status_text_message};
use wapy::server::{Phone, PhoneMessage, Server};

use super::common::*;

/// The devices a sent stanza names, and those of them given an `<enc>`.
/// The first stanza with that id counts: a resend may already have followed.
fn listed(server: &Server, id: &str) -> (BTreeSet<Jid>, BTreeSet<Jid>) {
    let sent = server
        .sent_messages(id)
        .into_iter()
        .next()
        .expect("the server saw the status");
    let mut named = BTreeSet::new();
    let mut copies = BTreeSet::new();
    for to in sent
        .child("participants")
        .expect("a status names its audience")
        .children_by_tag("to")
    {
        let jid = to.attrs().optional_jid("jid").unwrap().unwrap();
        if to.child("enc").is_some() {
            copies.insert(jid.clone());
        }
        named.insert(jid);
    }
    (named, copies)
}

fn device(user: &Jid, id: u16) -> Jid {
    Jid::with_device(user.user.clone(), user.server.clone(), id)
}

fn status_text(message: &PhoneMessage) -> Option<&str> {
    message
        .message
        .extended_text_message
        .as_ref()
        .and_then(|text| text.text.as_deref())
}

async fn gets_status(phone: &Phone, from: &Jid, expected: &str) -> PhoneMessage {
    let message = phone.next_message(GUARD).await.unwrap();
    assert_eq!(message.chat, Jid::status_broadcast());
    assert_eq!(message.sender.to_non_ad(), *from);
    assert_eq!(status_text(&message), Some(expected));
    message
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_text_status_reaches_exactly_its_recipients() {
    let server = server().await;
    let alice = logged_in(&server, "15550000201").await;
    let bob = server.add_account("15550000202");
    let carol = server.add_account("15550000203");
    let dave = server.add_account("15550000204");

    let id = alice
        .client
        .send_status_text(
            "out for lunch",
            Some(0xFF12_3456),
            Some(StatusFont::FbScript),
            &[bob.jid(), carol.jid()],
        )
        .await
        .unwrap();
    for phone in [&bob, &carol] {
        let message = gets_status(phone, &alice.user(), "out for lunch").await;
        assert_eq!(message.id, id);
        let text = message.message.extended_text_message.unwrap();
        assert_eq!(text.background_argb, Some(0xFF12_3456));
        assert_eq!(text.font, Some(StatusFont::FbScript as i32));
        assert_eq!(text.text_argb, Some(0xFFFF_FFFF));
    }
    // Our own phone sees the status too.
    let own = gets_status(&alice.phone, &alice.user(), "out for lunch").await;
    assert_eq!(own.sender, alice.client.jid().unwrap());

    // Dave was not in the list: the first thing he gets is a later 1:1.
    let (named, _) = listed(&server, &id);
    assert!(!named.iter().any(|jid| jid.user == dave.jid().user));
    alice
        .client
        .send_text(&dave.jid(), "just you", None, &[])
        .await
        .unwrap();
    let first = dave.next_message(GUARD).await.unwrap();
    assert_eq!(first.chat, alice.user());
    assert_eq!(text(&first.message), Some("just you"));
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dropping_a_recipient_rotates_the_status_sender_key() {
    let server = server().await;
    let alice = logged_in(&server, "15550000211").await;
    let bob = server.add_account("15550000212");
    let carol = server.add_account("15550000213");
    let audience = [bob.jid(), carol.jid()];
    let everyone: BTreeSet<Jid> = [
        device(&bob.jid(), 0),
        device(&carol.jid(), 0),
        device(&alice.user(), 0),
    ]
    .into();

    let first = alice
        .client
        .send_status_text("one", None, None, &audience)
        .await
        .unwrap();
    assert_eq!(
        listed(&server, &first),
        (everyone.clone(), everyone.clone())
    );
    gets_status(&bob, &alice.user(), "one").await;
    gets_status(&carol, &alice.user(), "one").await;

    // Same audience: everyone is named, nobody needs the key again.
    let second = alice
        .client
        .send_status_text("two", None, None, &audience)
        .await
        .unwrap();
    assert_eq!(
        listed(&server, &second),
        (everyone.clone(), BTreeSet::new())
    );
    gets_status(&bob, &alice.user(), "two").await;
    gets_status(&carol, &alice.user(), "two").await;

    // Carol is dropped: a new key goes to the remaining devices only.
    let third = alice
        .client
        .send_status_text("three", None, None, &[bob.jid()])
        .await
        .unwrap();
    let remaining: BTreeSet<Jid> = [device(&bob.jid(), 0), device(&alice.user(), 0)].into();
    assert_eq!(listed(&server, &third), (remaining.clone(), remaining));
    gets_status(&bob, &alice.user(), "three").await;
    // Carol's next message is a later 1:1, not the status.
    alice
        .client
        .send_text(&carol.jid(), "after", None, &[])
        .await
        .unwrap();
    let next = carol.next_message(GUARD).await.unwrap();
    assert_eq!(
        (next.chat, text(&next.message)),
        (alice.user(), Some("after"))
    );
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_phone_status_reaches_the_client_as_a_message_from_the_contact() {
    let server = server().await;
    let alice = logged_in(&server, "15550000221").await;
    let bob = server.add_account("15550000222");
    let status = status_text_message(
        "at the beach",
        Some(0xFF00_80FF),
        Some(StatusFont::SystemBold),
    );
    let id = bob.post_status(status.clone(), &[alice.user()]).unwrap();
    let (message, info) = alice.message().await;
    assert_eq!(info.id, id);
    assert_eq!(info.source.chat, Jid::status_broadcast());
    assert_eq!(info.source.sender.to_non_ad(), bob.jid());
    assert!(!info.source.is_from_me);
    assert!(!info.source.is_group);
    assert_eq!(message.extended_text_message, status.extended_text_message);
    // The status is acknowledged with a delivery receipt to the poster.
    let receipt = loop {
        let receipt = bob.next_receipt(GUARD).await.unwrap();
        if receipt.ids == vec![id.clone()] {
            break receipt;
        }
    };
    assert_eq!(receipt.receipt_type, None);

    // A second status under the same sender key decrypts too.
    let next = bob
        .post_status(
            status_text_message("still here", None, None),
            &[alice.user()],
        )
        .unwrap();
    let (message, info) = alice.message().await;
    assert_eq!(info.id, next);
    assert_eq!(text(&message), Some("still here"));
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_recipient_that_lost_our_status_key_gets_it_with_the_resend() {
    let server = server().await;
    let alice = logged_in(&server, "15550000231").await;
    let bob = server.add_account("15550000232");
    let alice_device = alice.client.jid().unwrap();
    alice
        .client
        .send_status_text("one", None, None, &[bob.jid()])
        .await
        .unwrap();
    gets_status(&bob, &alice.user(), "one").await;

    bob.drop_sender_key(&Jid::status_broadcast(), &alice_device)
        .unwrap();
    let two = alice
        .client
        .send_status_text("two", None, None, &[bob.jid()])
        .await
        .unwrap();
    // Bob is named without a copy, cannot decrypt, asks again; the resend
    // (content and sender key over the 1:1 session) goes to him alone,
    // still as a status.
    let (named, copies) = listed(&server, &two);
    assert!(named.contains(&device(&bob.jid(), 0)));
    assert!(copies.is_empty());
    let at_bob = gets_status(&bob, &alice.user(), "two").await;
    assert_eq!(at_bob.id, two);
    let resend = server.sent_message(&two).unwrap();
    assert_eq!(
        resend.attrs().optional_jid("to").unwrap(),
        Some(Jid::status_broadcast())
    );
    assert_eq!(
        resend.attrs().optional_jid("participant").unwrap(),
        Some(device(&bob.jid(), 0))
    );

    // His copy of our key works again.
    alice
        .client
        .send_status_text("three", None, None, &[bob.jid()])
        .await
        .unwrap();
    gets_status(&bob, &alice.user(), "three").await;
    server.shutdown().await;
}
