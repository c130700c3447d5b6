//! Newsletters: MEX follow/unfollow/mute/metadata, history, live counters
//! with renewal and cancellation, posts reaching the followers' devices.

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use prost::Message as _;
use wapy::binary::Node;
use wapy::events::{Event, MessageInfo};
use wapy::proto::wa;
use wapy::store::Store;

use super::common::{GUARD, Watched, config, logged_in, server};

fn text(body: &str) -> wa::Message {
    wa::Message {
        conversation: Some(body.into()),
        ..Default::default()
    }
}

/// The next `Message` event: its text and info.
async fn next_message(watched: &Watched) -> (Option<String>, Arc<MessageInfo>) {
    watched
        .wait(|event| match event {
            Event::Message(message, info) => Some((message.conversation.clone(), info.clone())),
            _ => None,
        })
        .await
}

/// Polls `check` until it holds (a guard against hangs, not a timing
/// assertion).
async fn eventually(mut check: impl FnMut() -> bool) {
    tokio::time::timeout(GUARD, async {
        while !check() {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    })
    .await
    .expect("condition never held");
}

#[tokio::test]
async fn follow_mute_metadata_and_history() {
    let server = server().await;
    let alice = logged_in(&server, "15550000201", Store::open_in_memory().unwrap()).await;
    let phone = "15550000201".to_owned();
    let channel = server.create_newsletter("News", "Daily news");

    alice.client.follow_newsletter(&channel).await.unwrap();
    assert!(
        server
            .newsletter(&channel)
            .unwrap()
            .followers
            .contains(&phone)
    );
    let info = alice.client.get_newsletter_info(&channel).await.unwrap();
    assert_eq!(info.jid, channel);
    assert_eq!(
        (info.name.as_str(), info.description.as_str()),
        ("News", "Daily news")
    );
    assert_eq!(
        (info.subscribers, info.role.as_deref(), info.muted),
        (Some(1), Some("subscriber"), Some(false))
    );

    alice.client.mute_newsletter(&channel, true).await.unwrap();
    assert_eq!(
        alice
            .client
            .get_newsletter_info(&channel)
            .await
            .unwrap()
            .muted,
        Some(true)
    );
    alice.client.mute_newsletter(&channel, false).await.unwrap();
    assert!(server.newsletter(&channel).unwrap().muted.is_empty());

    let first = server
        .post_newsletter_message(
            &channel,
            &wa::Message {
                conversation: Some("hello".into()),
                ..Default::default()
            },
        )
        .unwrap();
    let second = server
        .post_newsletter_message(
            &channel,
            &wa::Message {
                conversation: Some("again".into()),
                ..Default::default()
            },
        )
        .unwrap();
    let history = alice
        .client
        .get_newsletter_messages(&channel, 10, None)
        .await
        .unwrap();
    assert_eq!(
        history.iter().map(|m| m.server_id).collect::<Vec<_>>(),
        vec![second, first]
    );
    let text = history[1]
        .message
        .as_ref()
        .and_then(|m| m.conversation.clone());
    assert_eq!(text.as_deref(), Some("hello"));
    let older = alice
        .client
        .get_newsletter_messages(&channel, 10, Some(second))
        .await
        .unwrap();
    assert_eq!(older.len(), 1);

    alice.client.unfollow_newsletter(&channel).await.unwrap();
    assert!(server.newsletter(&channel).unwrap().followers.is_empty());
    let unknown = wapy::binary::Jid::parse("1@newsletter").unwrap();
    assert!(alice.client.follow_newsletter(&unknown).await.is_err());
}

#[tokio::test]
async fn live_updates_renew_before_expiry_and_stop_when_cancelled() {
    let server = server().await;
    let alice = logged_in(&server, "15550000211", Store::open_in_memory().unwrap()).await;
    let channel = server.create_newsletter("Live", "");
    let post = server
        .post_newsletter_message(
            &channel,
            &wa::Message {
                conversation: Some("x".into()),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(
        alice.client.subscribe_live_updates(&channel).await.unwrap(),
        Duration::from_secs(300),
        "the server's duration"
    );
    server.set_newsletter_live_duration(2);
    // Re-subscribing replaces the renewal task with one on the short timer.
    assert_eq!(
        alice.client.subscribe_live_updates(&channel).await.unwrap(),
        Duration::from_secs(2)
    );
    assert!(alice.client.has_live_updates(&channel));

    assert_eq!(
        server.react_to_newsletter_message(&channel, post, "👍"),
        Some(1)
    );
    let update = alice
        .wait(|event| match event {
            Event::NewsletterLiveUpdate(update) => Some(update.clone()),
            _ => None,
        })
        .await;
    assert_eq!(update.newsletter_jid, channel);
    assert_eq!(update.messages[0].server_id, post);
    assert_eq!(
        update.messages[0]
            .reactions
            .iter()
            .map(|r| (r.code.as_str(), r.count))
            .collect::<Vec<_>>(),
        vec![("👍", 1)]
    );

    // Renewed before the 2 s grant lapsed: still subscribed afterwards.
    eventually(|| {
        server
            .newsletter(&channel)
            .is_some_and(|n| n.live_requests >= 4)
    })
    .await;
    assert_eq!(
        server.react_to_newsletter_message(&channel, post, "🔥"),
        Some(1)
    );

    assert!(alice.client.cancel_live_updates(&channel));
    assert!(!alice.client.has_live_updates(&channel));
    assert!(!alice.client.cancel_live_updates(&channel));
    // Without renewals the subscription lapses on the server.
    eventually(|| server.react_to_newsletter_message(&channel, post, "👀") == Some(0)).await;
}

#[tokio::test]
async fn admins_post_to_their_newsletter_and_others_are_refused() {
    let server = server().await;
    let alice = logged_in(&server, "15550000221", Store::open_in_memory().unwrap()).await;
    let bob = logged_in(&server, "15550000222", Store::open_in_memory().unwrap()).await;
    let channel = server.create_newsletter("Alice's", "Posts");
    let alice_user = alice.client.jid().unwrap().to_non_ad();
    assert!(server.set_newsletter_admin(&channel, &alice_user, true));
    assert_eq!(
        alice
            .client
            .get_newsletter_info(&channel)
            .await
            .unwrap()
            .role
            .as_deref(),
        Some("admin")
    );
    bob.client.subscribe_live_updates(&channel).await.unwrap();

    let text = wa::Message {
        conversation: Some("first post".into()),
        ..Default::default()
    };
    let post = alice
        .client
        .send_newsletter_message(&channel, text.clone())
        .await
        .unwrap();
    assert_eq!(post.server_id, 100);
    // The live subscriber hears of it.
    let update = bob
        .wait(|event| match event {
            Event::NewsletterLiveUpdate(update) => Some(update.clone()),
            _ => None,
        })
        .await;
    assert_eq!(update.newsletter_jid, channel);
    assert_eq!(update.messages[0].server_id, post.server_id);
    // send_message to a newsletter JID posts too.
    let second = alice
        .client
        .send_text(&channel, "second post", None, &[])
        .await
        .unwrap();

    let history = bob
        .client
        .get_newsletter_messages(&channel, 10, None)
        .await
        .unwrap();
    let summary: Vec<_> = history
        .iter()
        .map(|m| {
            (
                m.server_id,
                m.id.clone(),
                m.message.as_ref().and_then(|m| m.conversation.clone()),
            )
        })
        .collect();
    assert_eq!(
        summary,
        vec![
            (101, Some(second), Some("second post".to_owned())),
            (100, Some(post.id.clone()), Some("first post".to_owned())),
        ]
    );

    // Not an admin: a typed refusal, nothing posted.
    let refused = bob
        .client
        .send_newsletter_message(&channel, text.clone())
        .await
        .unwrap_err();
    assert!(
        matches!(&refused, wapy::client::SendError::Rejected(code) if code == "403"),
        "{refused}"
    );
    let unknown = wapy::binary::Jid::new("120363999", wapy::binary::Server::Newsletter);
    let missing = alice
        .client
        .send_newsletter_message(&unknown, text)
        .await
        .unwrap_err();
    assert!(
        matches!(&missing, wapy::client::SendError::Rejected(code) if code == "404"),
        "{missing}"
    );
    assert_eq!(server.newsletter(&channel).unwrap().messages.len(), 2);
    assert!(server.set_newsletter_admin(&channel, &alice_user, false));
    assert!(
        alice
            .client
            .send_text(&channel, "no longer", None, &[])
            .await
            .is_err()
    );
}

#[tokio::test]
async fn posts_reach_the_followers_devices_but_not_the_posting_one() {
    let server = server().await;
    let alice = logged_in(&server, "15550000231", Store::open_in_memory().unwrap()).await;
    let bob = logged_in(&server, "15550000232", Store::open_in_memory().unwrap()).await;
    let carol = logged_in(&server, "15550000233", Store::open_in_memory().unwrap()).await;
    let channel = server.create_newsletter("Daily", "");
    let alice_user = alice.client.jid().unwrap().to_non_ad();
    assert!(server.set_newsletter_admin(&channel, &alice_user, true));
    alice.client.follow_newsletter(&channel).await.unwrap();
    bob.client.follow_newsletter(&channel).await.unwrap();

    let post = alice
        .client
        .send_newsletter_message(&channel, text("morning"))
        .await
        .unwrap();
    let (body, info) = next_message(&bob).await;
    assert_eq!(body.as_deref(), Some("morning"));
    assert_eq!(info.id, post.id);
    assert_eq!(info.server_id, Some(post.server_id));
    assert_eq!(info.source.chat, channel);
    assert_eq!(info.source.sender, channel);
    assert!(!info.source.is_from_me && !info.source.is_group);
    assert_eq!(info.message_type, "text");

    // A post by the server's own hand reaches every follower device,
    // alice's included: the first message she sees is that one, not her
    // own post.
    let second = server
        .post_newsletter_message(&channel, &text("evening"))
        .unwrap();
    for watched in [&alice, &bob] {
        let (body, info) = next_message(watched).await;
        assert_eq!(
            (body.as_deref(), info.server_id),
            (Some("evening"), Some(second))
        );
    }
    let carol_device = carol.client.jid().unwrap();
    assert_eq!(server.pending_messages(&carol_device), 0);
    // Carol follows now: the next post is the first message she gets.
    carol.client.follow_newsletter(&channel).await.unwrap();
    let third = server
        .post_newsletter_message(&channel, &text("night"))
        .unwrap();
    let (body, info) = next_message(&carol).await;
    assert_eq!(
        (body.as_deref(), info.server_id),
        (Some("night"), Some(third))
    );
    // Every delivery was acknowledged.
    for watched in [&alice, &bob, &carol] {
        let device = watched.client.jid().unwrap();
        eventually(|| server.pending_messages(&device) == 0).await;
    }
}

#[tokio::test]
async fn malformed_posts_are_acked_and_do_not_stall_the_queue() {
    let server = server().await;
    let store = Store::open_in_memory().unwrap();
    let device = server
        .add_account("15550000241")
        .provision_companion(&store)
        .unwrap();
    let channel = server.create_newsletter("Broken", "");
    let post = |id: &str, plaintext: Option<Node>| {
        Node::new("message")
            .attr("from", channel.clone())
            .attr("type", "text")
            .attr("id", id.to_owned())
            .attr("server_id", 100u64)
            .attr("t", 1_700_000_000u64)
            .children(plaintext)
    };
    let queued = [
        post("M1", None),
        post("M2", Some(Node::new("plaintext"))),
        post(
            "M3",
            Some(Node::new("plaintext").bytes(Bytes::from_static(&[0x0a, 0x7f, 0x01]))),
        ),
        post(
            "M4",
            Some(Node::new("plaintext").bytes(Bytes::from(text("intact").encode_to_vec()))),
        ),
    ];
    for node in queued {
        assert!(server.enqueue_offline(&device, node));
    }
    let watched = Watched::new(store, config(&server));
    watched.client.connect().await.unwrap();
    let (body, info) = next_message(&watched).await;
    assert_eq!((body.as_deref(), info.id.as_str()), (Some("intact"), "M4"));
    // All four were acknowledged (errors included) and the connection stayed.
    eventually(|| server.pending_messages(&device) == 0).await;
    assert!(watched.client.is_connected());
}

#[tokio::test]
async fn a_created_newsletter_is_ours_to_post_to_and_rename() {
    let server = server().await;
    let alice = logged_in(&server, "15550000251", Store::open_in_memory().unwrap()).await;
    let bob = logged_in(&server, "15550000252", Store::open_in_memory().unwrap()).await;

    let picture = b"\xff\xd8\xff\xe0 a JPEG picture".to_vec();
    let created = alice
        .client
        .create_newsletter("Alice's news", Some("All about it"), Some(&picture))
        .await
        .unwrap();
    let channel = created.jid.clone();
    assert!(channel.is_newsletter());
    assert_eq!(
        (
            created.name.as_str(),
            created.description.as_str(),
            created.role.as_deref(),
            created.subscribers,
        ),
        ("Alice's news", "All about it", Some("owner"), Some(1))
    );
    let fetched = bob.client.get_newsletter_info(&channel).await.unwrap();
    assert_eq!(
        (fetched.name.as_str(), fetched.role.as_deref()),
        ("Alice's news", Some("guest"))
    );
    let state = server.newsletter(&channel).unwrap();
    assert_eq!(state.owner.as_deref(), Some("15550000251"));
    let (picture_id, stored) = state.picture.clone().unwrap();
    assert_eq!(stored.as_ref(), picture.as_slice());
    assert_eq!(created.picture_id.as_deref(), Some(picture_id.as_str()));
    assert_eq!(fetched.picture_id, created.picture_id);
    assert!(state.followers.contains("15550000251"));

    bob.client.follow_newsletter(&channel).await.unwrap();
    let post = alice
        .client
        .send_newsletter_message(&channel, text("launch"))
        .await
        .unwrap();
    let (body, info) = next_message(&bob).await;
    assert_eq!(body.as_deref(), Some("launch"));
    assert_eq!(
        (info.source.chat.clone(), info.server_id),
        (channel.clone(), Some(post.server_id))
    );

    let renamed = alice
        .client
        .update_newsletter(&channel, Some("Renamed"), None)
        .await
        .unwrap();
    assert_eq!(
        (renamed.name.as_str(), renamed.description.as_str()),
        ("Renamed", "All about it")
    );
    let described = alice
        .client
        .update_newsletter(&channel, None, Some("New words"))
        .await
        .unwrap();
    assert_eq!(
        (described.name.as_str(), described.description.as_str()),
        ("Renamed", "New words")
    );
    let seen = bob.client.get_newsletter_info(&channel).await.unwrap();
    assert_eq!(
        (seen.name.as_str(), seen.description.as_str()),
        ("Renamed", "New words")
    );

    // Bob follows but does not own it; empty names and empty updates are
    // refused before anything is sent.
    let refused = bob
        .client
        .update_newsletter(&channel, Some("Bob's now"), None)
        .await
        .unwrap_err();
    assert!(
        matches!(&refused, wapy::client::newsletter::NewsletterError::Mex(_)),
        "{refused}"
    );
    assert_eq!(server.newsletter(&channel).unwrap().name, "Renamed");
    for invalid in [
        alice
            .client
            .create_newsletter("  ", None, None)
            .await
            .unwrap_err(),
        alice
            .client
            .create_newsletter("Blank", None, Some(&[][..]))
            .await
            .unwrap_err(),
        alice
            .client
            .update_newsletter(&channel, None, None)
            .await
            .unwrap_err(),
        alice
            .client
            .update_newsletter(&channel, Some(""), None)
            .await
            .unwrap_err(),
    ] {
        assert!(
            matches!(
                invalid,
                wapy::client::newsletter::NewsletterError::Invalid(_)
            ),
            "{invalid}"
        );
    }
}
