//! What goes wrong: lost acks and restarts (exactly once), lost sessions
//! (retry receipts), undecryptable content in both decrypt-fail modes,
//! `<unavailable>` content.

use std::time::Duration;

use wapy::events::{DecryptFailMode, Event};
use wapy::proto::wa;
use wapy::server::PhoneFault;
use wapy::signal::ProtocolAddress;
use wapy::store::Store;

use crate::common::*;

fn undecryptable(event: &Event) -> Option<wapy::events::UndecryptableMessage> {
    match event {
        Event::UndecryptableMessage(undecryptable) => Some(undecryptable.clone()),
        _ => None,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_message_whose_ack_was_lost_is_emitted_once_after_a_restart() {
    let server = server().await;
    let (_dir, path) = temp_db();
    let alice = logged_in_with(&server, "15550000101", Store::open(&path).unwrap()).await;
    let bob = server.add_account("15550000102");
    let device = alice.client.jid().unwrap();

    // The server stops reading Alice's stanzas: her ack never arrives.
    assert!(server.freeze(&device, true));
    let id = bob.send_text(&alice.user(), "exactly once").unwrap();
    let (message, info) = alice.message().await;
    assert_eq!(
        (info.id.as_str(), text(&message)),
        (id.as_str(), Some("exactly once"))
    );
    assert_eq!(server.pending_messages(&device), 1);

    // The process goes away before its ack got through; a new one starts
    // over the same database and the server redelivers.
    alice.client.disconnect().await;
    drop(alice);
    let alice = connect(
        &server,
        server.phone("15550000101").unwrap(),
        Store::open(&path).unwrap(),
    )
    .await;
    tokio::time::timeout(GUARD, async {
        while server.pending_messages(&device) > 0 {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    })
    .await
    .expect("the redelivered message was never acknowledged");
    // A later message proves the stream moved on, and nothing came twice.
    let next = bob.send_text(&alice.user(), "after").unwrap();
    let (message, info) = alice.message().await;
    assert_eq!(
        (info.id.as_str(), text(&message)),
        (next.as_str(), Some("after"))
    );
    let repeats = alice
        .drain()
        .into_iter()
        .filter(|event| matches!(&**event, Event::Message(_, info) if info.id == id))
        .count();
    assert_eq!(repeats, 0);
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lost_session_is_rebuilt_through_a_retry_receipt() {
    let server = server().await;
    let alice = logged_in(&server, "15550000111").await;
    let bob = server.add_account("15550000112");
    bob.send_text(&alice.user(), "first").unwrap();
    let (first, _) = alice.message().await;
    assert_eq!(text(&first), Some("first"));

    // Alice loses her session with Bob's phone; Bob still has his.
    let address = ProtocolAddress::from_jid(&bob.jid());
    alice
        .client
        .store()
        .with_transaction(|tx| tx.delete_session(&address))
        .unwrap();
    let id = bob.send_text(&alice.user(), "after the loss").unwrap();
    let failed = alice.wait(undecryptable).await;
    assert_eq!(failed.info.id, id);
    assert!(!failed.is_unavailable);
    assert_eq!(failed.decrypt_fail_mode, DecryptFailMode::Show);
    let (message, info) = alice.message().await;
    assert_eq!(info.id, id);
    assert_eq!(text(&message), Some("after the loss"));
    let retry = loop {
        let receipt = bob.next_receipt(GUARD).await.unwrap();
        if receipt.receipt_type.as_deref() == Some("retry") {
            break receipt;
        }
    };
    assert_eq!(retry.ids, vec![id]);
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn undecryptable_content_is_shown_or_hidden_by_its_kind() {
    let server = server().await;
    let alice = logged_in(&server, "15550000121").await;
    let bob = server.add_account("15550000122");
    bob.send_text(&alice.user(), "warm up").unwrap();
    let (first, first_info) = alice.message().await;
    assert_eq!(text(&first), Some("warm up"));

    bob.inject_fault(PhoneFault::Undecryptable).unwrap();
    let text_id = bob.send_text(&alice.user(), "garbled").unwrap();
    let failed = alice.wait(undecryptable).await;
    assert_eq!(failed.info.id, text_id);
    assert_eq!(failed.decrypt_fail_mode, DecryptFailMode::Show);
    // The retry receipt gets the message through after all.
    let (message, info) = alice.message().await;
    assert_eq!(
        (info.id.as_str(), text(&message)),
        (text_id.as_str(), Some("garbled"))
    );

    bob.inject_fault(PhoneFault::Undecryptable).unwrap();
    let reaction = wa::Message {
        reaction_message: Some(Box::new(wa::ReactionMessage {
            key: Some(Box::new(wa::MessageKey {
                remote_jid: Some(bob.jid().to_string()),
                from_me: Some(true),
                id: Some(first_info.id.clone()),
                participant: None,
            })),
            text: Some("❤".into()),
            ..Default::default()
        })),
        ..Default::default()
    };
    let reaction_id = bob.send_message(&alice.user(), reaction).unwrap();
    let failed = alice.wait(undecryptable).await;
    assert_eq!(failed.info.id, reaction_id);
    assert_eq!(failed.decrypt_fail_mode, DecryptFailMode::Hide);
    assert_eq!(failed.info.message_type, "reaction");
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unavailable_content_is_reported_then_recovered_from_the_phone() {
    let server = server().await;
    let alice = logged_in(&server, "15550000131").await;
    let bob = server.add_account("15550000132");
    bob.inject_fault(PhoneFault::Unavailable).unwrap();
    let id = bob.send_text(&alice.user(), "not for companions").unwrap();
    let failed = alice.wait(undecryptable).await;
    assert_eq!(failed.info.id, id);
    assert!(failed.is_unavailable);
    // Our phone got the content and resends it on request (PDO).
    let (message, info) = alice
        .wait(|event| match event {
            wapy::events::Event::Message(message, info) if info.id == id => {
                Some(((**message).clone(), info.clone()))
            }
            _ => None,
        })
        .await;
    assert_eq!(text(&message), Some("not for companions"));
    assert_eq!(info.source.sender.to_non_ad(), bob.jid());
    assert_eq!(info.source.chat, bob.jid());
    assert!(!info.source.is_from_me);
    server.shutdown().await;
}

/// The next retry receipt the phone of `phone` gets.
async fn next_retry(phone: &wapy::server::Phone) -> wapy::server::PhoneReceipt {
    loop {
        let receipt = phone.next_receipt(GUARD).await.unwrap();
        if receipt.receipt_type.as_deref() == Some("retry") {
            return receipt;
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retry_counts_survive_a_restart_over_the_same_store() {
    let server = server().await;
    let (_dir, path) = temp_db();
    let alice = logged_in_with(&server, "15550000141", Store::open(&path).unwrap()).await;
    let bob = server.add_account("15550000142");
    bob.send_text(&alice.user(), "warm up").unwrap();
    let (first, _) = alice.message().await;
    assert_eq!(text(&first), Some("warm up"));

    bob.inject_fault(PhoneFault::Undecryptable).unwrap();
    let id = bob.send_text(&alice.user(), "garbled").unwrap();
    let retry = next_retry(&bob).await;
    assert_eq!(
        (retry.ids.clone(), retry.retry_count),
        (vec![id.clone()], Some(1))
    );
    // The phone's resend gets through.
    let (message, info) = alice.message().await;
    assert_eq!(
        (info.id.as_str(), text(&message)),
        (id.as_str(), Some("garbled"))
    );

    // A new process over the same database gets the same message garbled
    // again: its retry receipt continues the count instead of starting over.
    alice.client.disconnect().await;
    drop(alice);
    let alice = connect(
        &server,
        server.phone("15550000141").unwrap(),
        Store::open(&path).unwrap(),
    )
    .await;
    bob.inject_fault(PhoneFault::Undecryptable).unwrap();
    bob.send_message_with_id(
        &alice.user(),
        wa::Message {
            conversation: Some("garbled".into()),
            ..Default::default()
        },
        id.clone(),
    )
    .unwrap();
    let retry = next_retry(&bob).await;
    assert_eq!(
        (retry.ids.clone(), retry.retry_count),
        (vec![id.clone()], Some(2))
    );
    let (message, info) = alice.message().await;
    assert_eq!(
        (info.id.as_str(), text(&message)),
        (id.as_str(), Some("garbled"))
    );
    server.shutdown().await;
}
