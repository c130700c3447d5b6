//! LID-addressed groups end to end: the emulator names members, actors
//! and senders by LID with their phone number alongside; the client reads
//! the members by LID, sends to their LID devices under its LID sender key,
//! decrypts what phones send (LID sender, PN in `sender_alt`), and follows
//! additions and removals from `w:gp2` notifications.

use std::collections::BTreeSet;
use std::time::Duration;

use wapy::binary::{Jid, Server as JidServer};
use wapy::client::message::stanza::participant_hash;
use wapy::events::{AddressingMode, Event, GroupNotificationAction, GroupUpdate};
use wapy::server::{GroupAddressing, Phone, PhoneFault, Server, ServerConfig};

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

fn lid_device(phone: &Phone, id: u16) -> Jid {
    let lid = phone.lid().unwrap();
    Jid::with_device(lid.user, JidServer::Lid, id)
}

async fn phone_gets(phone: &Phone, group: &Jid, sender: &Jid, expected: &str) {
    let message = phone.next_message(GUARD).await.unwrap();
    assert_eq!(message.chat, *group);
    assert_eq!(message.sender, *sender);
    assert_eq!(text(&message.message), Some(expected));
}

async fn group_update(watched: &Watched, tag: &'static str) -> GroupUpdate {
    watched
        .wait(|event| match event {
            Event::GroupUpdate(update) if update.action.name() == tag => Some(update.clone()),
            _ => None,
        })
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lid_groups_work_end_to_end() {
    let server = server().await;
    let alice = logged_in(&server, "15550000341").await;
    let bob = server.add_account("15550000342");
    let carol = server.add_account("15550000343");
    let dave = server.add_account("15550000344");
    let group = bob
        .create_group_addressed(&[alice.user(), carol.jid()], true)
        .unwrap();
    assert_eq!(server.group(&group).unwrap().addressing_mode(), "lid");

    // A phone speaks first: the client has not asked for the group yet and
    // learns the sender's number from `participant_pn`.
    let opening = bob.send_text(&group, "first from bob").unwrap();
    let (message, at_alice) = alice.message().await;
    assert_eq!(text(&message), Some("first from bob"));
    assert_eq!(at_alice.id, opening);
    assert_eq!(at_alice.source.sender, lid_device(&bob, 0));
    assert_eq!(at_alice.source.sender_alt, Some(bob.jid()));
    let store = alice.client.store();
    assert_eq!(
        store.pn_for_lid(&bob.lid().unwrap()).unwrap(),
        Some(bob.jid())
    );
    assert_eq!(store.pn_for_lid(&carol.lid().unwrap()).unwrap(), None);
    phone_gets(&carol, &group, &lid_device(&bob, 0), "first from bob").await;
    phone_gets(&alice.phone, &group, &lid_device(&bob, 0), "first from bob").await;

    // The metadata names every member by LID with the number alongside,
    // and the client learns the pairs.
    let info = alice.client.get_group_info(&group).await.unwrap();
    assert!(info.is_lid_addressing_mode());
    assert_eq!(info.owner, bob.lid());
    assert_eq!(info.owner_pn, Some(bob.jid()));
    assert_eq!(info.subject_owner, bob.lid());
    assert_eq!(info.subject_owner_pn, Some(bob.jid()));
    let members: BTreeSet<(Jid, Option<Jid>)> = info
        .participants
        .iter()
        .map(|p| (p.jid.clone(), p.phone_number.clone()))
        .collect();
    let expected: BTreeSet<(Jid, Option<Jid>)> = [&alice.phone, &bob, &carol]
        .into_iter()
        .map(|phone| (phone.lid().unwrap(), Some(phone.jid())))
        .collect();
    assert_eq!(members, expected);
    for phone in [&bob, &carol] {
        assert_eq!(
            alice
                .client
                .store()
                .pn_for_lid(&phone.lid().unwrap())
                .unwrap(),
            Some(phone.jid())
        );
    }

    // The client sends to the LID devices under its LID sender key.
    let alice_lid = alice.client.lid().unwrap();
    let first = alice
        .client
        .send_text(&group, "hello lid group", None, &[])
        .await
        .unwrap();
    let targets: BTreeSet<Jid> = [
        lid_device(&alice.phone, 0),
        lid_device(&bob, 0),
        lid_device(&carol, 0),
    ]
    .into_iter()
    .collect();
    assert_eq!(copies_of(&server, &first), targets);
    let sent = server.sent_message(&first).unwrap();
    assert!(sent.attrs().is("addressing_mode", "lid"));
    let hash_targets: Vec<Jid> = targets.iter().cloned().collect();
    assert_eq!(
        sent.attrs().optional_str("phash").as_deref(),
        Some(participant_hash(&hash_targets).as_str())
    );
    phone_gets(&bob, &group, &alice_lid, "hello lid group").await;
    phone_gets(&carol, &group, &alice_lid, "hello lid group").await;
    phone_gets(&alice.phone, &group, &alice_lid, "hello lid group").await;

    // A phone replies: the client sees the LID sender and its number.
    let reply = bob.send_text(&group, "reply from bob").unwrap();
    let (message, at_alice) = alice.message().await;
    assert_eq!(text(&message), Some("reply from bob"));
    assert_eq!(at_alice.id, reply);
    assert!(at_alice.source.is_group);
    assert_eq!(at_alice.source.chat, group);
    assert_eq!(at_alice.source.sender, lid_device(&bob, 0));
    assert_eq!(at_alice.source.sender_alt, Some(bob.jid()));
    assert_eq!(at_alice.source.addressing_mode, Some(AddressingMode::Lid));
    phone_gets(&carol, &group, &lid_device(&bob, 0), "reply from bob").await;

    // An admin adds dave: the notification names him and the actor by LID
    // with their numbers, and the next send reaches him.
    let added = bob
        .update_group_participants(&group, "add", &[dave.jid()])
        .unwrap();
    assert_eq!(added, vec![(dave.jid(), None)]);
    let update = group_update(&alice, "add").await;
    assert_eq!(update.group_jid, group);
    assert!(update.is_lid_addressing_mode);
    assert_eq!(update.participant, bob.lid());
    assert_eq!(update.participant_pn, Some(bob.jid()));
    let GroupNotificationAction::Add { participants, .. } = &update.action else {
        panic!("not an add: {:?}", update.action);
    };
    assert_eq!(participants.len(), 1);
    assert_eq!(participants[0].jid, dave.lid().unwrap());
    assert_eq!(participants[0].phone_number, Some(dave.jid()));
    assert_eq!(
        alice
            .client
            .store()
            .pn_for_lid(&dave.lid().unwrap())
            .unwrap(),
        Some(dave.jid())
    );
    let welcome = alice
        .client
        .send_text(&group, "welcome dave", None, &[])
        .await
        .unwrap();
    assert_eq!(
        copies_of(&server, &welcome),
        [lid_device(&dave, 0)].into_iter().collect()
    );
    phone_gets(&dave, &group, &alice_lid, "welcome dave").await;
    phone_gets(&carol, &group, &alice_lid, "welcome dave").await;
    phone_gets(&bob, &group, &alice_lid, "welcome dave").await;

    // Carol is removed: she is out of the fan-out and the sender key is
    // replaced for everyone left.
    let removed = bob
        .update_group_participants(&group, "remove", &[carol.lid().unwrap()])
        .unwrap();
    assert_eq!(removed, vec![(carol.lid().unwrap(), None)]);
    let update = group_update(&alice, "remove").await;
    assert_eq!(update.participant_pn, Some(bob.jid()));
    let GroupNotificationAction::Remove { participants, .. } = &update.action else {
        panic!("not a remove: {:?}", update.action);
    };
    assert_eq!(participants[0].jid, carol.lid().unwrap());
    assert_eq!(participants[0].phone_number, Some(carol.jid()));
    // Carol's phone got the notification, not messages, so far.
    assert!(carol.next_message(Duration::ZERO).await.is_err());
    let without = alice
        .client
        .send_text(&group, "without carol", None, &[])
        .await
        .unwrap();
    let copies = copies_of(&server, &without);
    assert_eq!(
        copies,
        [
            lid_device(&alice.phone, 0),
            lid_device(&bob, 0),
            lid_device(&dave, 0)
        ]
        .into_iter()
        .collect()
    );
    phone_gets(&bob, &group, &alice_lid, "without carol").await;
    phone_gets(&dave, &group, &alice_lid, "without carol").await;
    // Routing happens before the server's ack: nothing reached carol.
    assert!(carol.next_message(Duration::ZERO).await.is_err());

    let info = alice.client.get_group_info(&group).await.unwrap();
    let members: BTreeSet<Jid> = info.participants.iter().map(|p| p.jid.clone()).collect();
    let expected: BTreeSet<Jid> = [&alice.phone, &bob, &dave]
        .into_iter()
        .map(|phone| phone.lid().unwrap())
        .collect();
    assert_eq!(members, expected);

    // The new member replies into the group too.
    dave.send_text(&group, "dave here").unwrap();
    let (message, at_alice) = alice.message().await;
    assert_eq!(text(&message), Some("dave here"));
    assert_eq!(at_alice.source.sender, lid_device(&dave, 0));
    assert_eq!(at_alice.source.sender_alt, Some(dave.jid()));
    phone_gets(&bob, &group, &lid_device(&dave, 0), "dave here").await;
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_garbled_lid_group_message_is_resent_to_the_group_under_the_lid() {
    let server = server().await;
    let alice = logged_in(&server, "15550000351").await;
    let bob = server.add_account("15550000352");
    let group = bob.create_group_addressed(&[alice.user()], true).unwrap();
    bob.inject_fault(PhoneFault::Undecryptable).unwrap();
    let id = bob.send_text(&group, "garbled at first").unwrap();
    let failed = alice
        .wait(|event| match event {
            Event::UndecryptableMessage(failed) => Some(failed.info.clone()),
            _ => None,
        })
        .await;
    assert_eq!(failed.id, id);
    assert_eq!(failed.source.sender, lid_device(&bob, 0));
    // The retry receipt names the group; the phone resends to the group
    // for this device alone, still named by LID.
    let (message, info) = alice.message().await;
    assert_eq!(text(&message), Some("garbled at first"));
    assert_eq!(info.id, id);
    assert!(info.source.is_group);
    assert_eq!(info.source.chat, group);
    assert_eq!(info.source.sender, lid_device(&bob, 0));
    assert_eq!(info.source.sender_alt, Some(bob.jid()));
    let resend = server.sent_message(&id).unwrap();
    assert_eq!(resend.attrs().optional_jid("to").unwrap(), Some(group));
    assert_eq!(
        resend.attrs().optional_jid("participant").unwrap(),
        alice.client.lid()
    );
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_group_the_client_creates_on_a_lid_server_is_lid_addressed_from_the_first_send() {
    let server = Server::start(ServerConfig {
        group_addressing: GroupAddressing::Lid,
        ..ServerConfig::default()
    })
    .await
    .unwrap();
    let alice = logged_in(&server, "15550000361").await;
    let bob = server.add_account("15550000362");
    let carol = server.add_account("15550000363");

    // The create answer states the mode and names every member by LID with
    // the number alongside; no metadata query follows.
    let info = alice
        .client
        .create_group("made by the client", &[bob.jid(), carol.jid()])
        .await
        .unwrap();
    assert!(info.is_lid_addressing_mode());
    assert_eq!(info.addressing_mode.as_deref(), Some("lid"));
    assert_eq!(server.group(&info.jid).unwrap().addressing_mode(), "lid");
    // Our LID device: the phones see it as the sender.
    let alice_lid = alice.client.lid().unwrap();
    assert_eq!(alice_lid.user, alice.phone.lid().unwrap().user);
    assert_eq!(info.owner, alice.phone.lid());
    assert_eq!(info.owner_pn, Some(alice.phone.jid()));
    let members: BTreeSet<(Jid, Option<Jid>)> = info
        .participants
        .iter()
        .map(|p| (p.jid.clone(), p.phone_number.clone()))
        .collect();
    let expected: BTreeSet<(Jid, Option<Jid>)> = [&alice.phone, &bob, &carol]
        .into_iter()
        .map(|phone| (phone.lid().unwrap(), Some(phone.jid())))
        .collect();
    assert_eq!(members, expected);
    assert_eq!(
        alice.client.get_group_info(&info.jid).await.unwrap(),
        info,
        "the create answer is cached"
    );
    for phone in [&bob, &carol] {
        assert_eq!(
            alice
                .client
                .store()
                .pn_for_lid(&phone.lid().unwrap())
                .unwrap(),
            Some(phone.jid())
        );
    }

    // The first send goes to the LID devices under the LID sender key.
    let group = info.jid.clone();
    let first = alice
        .client
        .send_text(&group, "first in a new lid group", None, &[])
        .await
        .unwrap();
    let targets: BTreeSet<Jid> = [
        lid_device(&alice.phone, 0),
        lid_device(&bob, 0),
        lid_device(&carol, 0),
    ]
    .into_iter()
    .collect();
    assert_eq!(copies_of(&server, &first), targets);
    assert!(
        server
            .sent_message(&first)
            .unwrap()
            .attrs()
            .is("addressing_mode", "lid")
    );
    phone_gets(&bob, &group, &alice_lid, "first in a new lid group").await;
    phone_gets(&carol, &group, &alice_lid, "first in a new lid group").await;
    phone_gets(&alice.phone, &group, &alice_lid, "first in a new lid group").await;

    // A phone replies: LID sender, its number in sender_alt.
    let reply = carol.send_text(&group, "carol answers").unwrap();
    let (message, at_alice) = alice.message().await;
    assert_eq!(text(&message), Some("carol answers"));
    assert_eq!(at_alice.id, reply);
    assert_eq!(at_alice.source.chat, group);
    assert_eq!(at_alice.source.sender, lid_device(&carol, 0));
    assert_eq!(at_alice.source.sender_alt, Some(carol.jid()));
    assert_eq!(at_alice.source.addressing_mode, Some(AddressingMode::Lid));
    phone_gets(&bob, &group, &lid_device(&carol, 0), "carol answers").await;

    // Phones create groups in the server's mode too.
    let by_bob = bob.create_group(&[alice.user()]).unwrap();
    assert_eq!(server.group(&by_bob).unwrap().addressing_mode(), "lid");
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn members_named_by_lid_go_into_the_create_request_with_their_number() {
    let server = server().await;
    let alice = logged_in(&server, "15550000371").await;
    let bob = server.add_account("15550000372");
    let bob_lid = bob.lid().unwrap();
    alice
        .client
        .store()
        .put_lid_mapping(&bob_lid, &bob.jid())
        .unwrap();
    // On the default (phone-number) server the group is PN-addressed.
    let info = alice
        .client
        .create_group("named by lid", std::slice::from_ref(&bob_lid))
        .await
        .unwrap();
    assert_eq!(info.addressing_mode.as_deref(), Some("pn"));
    assert!(!info.is_lid_addressing_mode());
    let bob_there = info.participant(&bob.jid()).unwrap();
    assert_eq!(bob_there.jid, bob.jid());
    assert_eq!(bob_there.lid, Some(bob_lid));
    let sent = alice
        .client
        .send_text(&info.jid, "pn group", None, &[])
        .await
        .unwrap();
    assert!(copies_of(&server, &sent).contains(&Jid::with_device(
        bob.jid().user,
        JidServer::User,
        0
    )));
    phone_gets(&bob, &info.jid, &alice.client.jid().unwrap(), "pn group").await;
    server.shutdown().await;
}
