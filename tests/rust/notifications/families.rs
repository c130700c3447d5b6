//! Contact, device, profile, privacy, account-sync, unknown and malformed
//! notifications.

use bytes::Bytes;
use wapy::binary::{Jid, Node, Server as JidServer};
use wapy::client::notifications::devices::device_list_hash;
use wapy::events::{BlocklistChangeAction, DeviceListUpdateType, Event};
use wapy::store::Store;

use super::common::{logged_in, server};
use super::user;

fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs()
}

#[tokio::test]
async fn number_change_updates_the_lid_mapping() {
    let server = server().await;
    let alice = logged_in(&server, "15550000101", Store::open_in_memory().unwrap()).await;
    let bob = logged_in(&server, "15550000102", Store::open_in_memory().unwrap()).await;
    let old = user(&bob.client.jid().unwrap());
    let lid = user(&bob.client.lid().unwrap());
    let new = Jid::new("15550000199", JidServer::User);

    server.announce_number_change(&old, &new, None);
    let change = alice
        .wait(|event| match event {
            Event::ContactNumberChanged(change) => Some(change.clone()),
            _ => None,
        })
        .await;
    assert_eq!(change.old_jid, old);
    assert_eq!(change.new_jid, new);
    assert_eq!(change.old_lid.as_ref(), Some(&lid));
    assert_eq!(change.new_lid.as_ref(), Some(&lid));
    assert!(change.timestamp.unix() > 0);
    // A message from the new number now resolves to the same user.
    let store = alice.client.store();
    assert_eq!(store.lid_for_pn(&new).unwrap(), Some(lid.clone()));
    assert_eq!(store.pn_for_lid(&lid).unwrap(), Some(new));
    assert_eq!(store.lid_for_pn(&old).unwrap(), None);

    server.announce_contact_update(&old);
    let updated = alice
        .wait(|event| match event {
            Event::ContactUpdated(update) => Some(update.clone()),
            _ => None,
        })
        .await;
    assert_eq!(updated.jid, old);
}

#[tokio::test]
async fn linking_and_unlinking_devices_patch_the_cached_device_list() {
    let server = server().await;
    let alice = logged_in(&server, "15550000111", Store::open_in_memory().unwrap()).await;
    let bob = logged_in(&server, "15550000112", Store::open_in_memory().unwrap()).await;
    let bob_device = bob.client.jid().unwrap();
    let bob_user = user(&bob_device);
    let registry = alice.client.device_registry();
    registry.put(&bob_user, vec![bob_user.clone(), bob_device.clone()]);

    let phone = server.phone("15550000112").unwrap();
    let second = phone
        .provision_companion(&Store::open_in_memory().unwrap())
        .unwrap();
    let added = alice
        .wait(|event| match event {
            Event::DeviceListUpdate(update) if update.devices[0].jid == second => {
                Some(update.clone())
            }
            _ => None,
        })
        .await;
    assert_eq!(added.user, bob_user);
    assert_eq!(
        added.lid_user.as_ref(),
        bob.client.lid().map(|lid| user(&lid)).as_ref()
    );
    assert_eq!(added.update_type, DeviceListUpdateType::Add);
    assert_eq!(added.devices[0].jid, second);
    let expected = vec![bob_user.clone(), bob_device.clone(), second.clone()];
    assert_eq!(
        added.contact_hash.as_deref(),
        Some(device_list_hash(&expected).as_str())
    );
    assert_eq!(registry.devices(&bob_user), Some(expected));

    assert!(phone.unlink(&second));
    let removed = alice
        .wait(|event| match event {
            Event::DeviceListUpdate(update)
                if update.update_type == DeviceListUpdateType::Remove =>
            {
                Some(update.clone())
            }
            _ => None,
        })
        .await;
    assert_eq!(removed.update_type, DeviceListUpdateType::Remove);
    assert_eq!(removed.devices[0].jid, second);
    // The next send encrypts to the remaining devices only.
    let devices = registry.devices(&bob_user).unwrap();
    assert!(!devices.contains(&second));
    assert_eq!(devices, vec![bob_user.clone(), bob_device.clone()]);

    // A list that no longer matches the announced hash is dropped.
    registry.put(&bob_user, vec![bob_user.clone()]);
    let third = phone
        .provision_companion(&Store::open_in_memory().unwrap())
        .unwrap();
    let update = alice
        .wait(|event| match event {
            Event::DeviceListUpdate(update) if update.devices[0].jid == third => {
                Some(update.clone())
            }
            _ => None,
        })
        .await;
    assert_eq!(update.devices[0].jid, third);
    assert_eq!(registry.devices(&bob_user), None);
}

#[tokio::test]
async fn profile_notifications() {
    let server = server().await;
    let alice = logged_in(&server, "15550000121", Store::open_in_memory().unwrap()).await;
    let bob = logged_in(&server, "15550000122", Store::open_in_memory().unwrap()).await;
    let bob_user = user(&bob.client.jid().unwrap());

    server.announce_disappearing_mode(&bob_user, 604_800);
    let mode = alice
        .wait(|event| match event {
            Event::DisappearingModeChanged(mode) => Some(mode.clone()),
            _ => None,
        })
        .await;
    assert_eq!(
        (mode.from.clone(), mode.duration),
        (bob_user.clone(), 604_800)
    );
    assert!(mode.setting_timestamp.unix() > 0);

    server.announce_picture(&bob_user, Some("pic1"), None);
    let picture = alice
        .wait(|event| match event {
            Event::PictureUpdate(picture) => Some(picture.clone()),
            _ => None,
        })
        .await;
    assert_eq!(picture.jid, bob_user);
    assert_eq!(
        (picture.picture_id.as_deref(), picture.removed),
        (Some("pic1"), false)
    );
    server.announce_picture(&bob_user, None, Some(&bob_user));
    let picture = alice
        .wait(|event| match event {
            Event::PictureUpdate(picture) => Some(picture.clone()),
            _ => None,
        })
        .await;
    assert!(picture.removed);
    assert_eq!(picture.author.as_ref(), Some(&bob_user));

    server.announce_about(&bob_user, "at work");
    let about = alice
        .wait(|event| match event {
            Event::UserAboutUpdate(about) => Some(about.clone()),
            _ => None,
        })
        .await;
    assert_eq!((about.jid, about.status.as_str()), (bob_user, "at work"));
}

#[tokio::test]
async fn account_sync_and_privacy_tokens() {
    let server = server().await;
    let alice = logged_in(&server, "15550000131", Store::open_in_memory().unwrap()).await;
    let bob = logged_in(&server, "15550000132", Store::open_in_memory().unwrap()).await;
    let alice_user = user(&alice.client.jid().unwrap());
    let bob_user = user(&bob.client.jid().unwrap());

    server.account_sync(
        &alice_user,
        vec![
            Node::new("privacy").children([Node::new("category")
                .attr("name", "readreceipts")
                .attr("value", "none")]),
            Node::new("blocklist")
                .attr("dhash", "d2")
                .children([Node::new("item")
                    .attr("jid", bob_user.clone())
                    .attr("action", "block")]),
        ],
    );
    let privacy = alice
        .wait(|event| match event {
            Event::PrivacySettingsUpdate(privacy) => Some(privacy.clone()),
            _ => None,
        })
        .await;
    assert_eq!(privacy.changes[0].category, "readreceipts");
    assert_eq!(privacy.changes[0].value, "none");
    let blocklist = alice
        .wait(|event| match event {
            Event::BlocklistUpdate(blocklist) => Some(blocklist.clone()),
            _ => None,
        })
        .await;
    assert_eq!(blocklist.dhash.as_deref(), Some("d2"));
    assert_eq!(blocklist.changes[0].jid, bob_user);
    assert_eq!(blocklist.changes[0].action, BlocklistChangeAction::Block);

    assert_eq!(
        server.grant_privacy_token(&bob_user, &alice_user, b"trust-me"),
        1
    );
    // A later notification proves the token one was handled first.
    server.announce_about(&bob_user, "done");
    alice
        .wait(|event| matches!(event, Event::UserAboutUpdate(_)).then_some(()))
        .await;
    let bob_lid = user(&bob.client.lid().unwrap());
    let token = alice
        .client
        .store()
        .privacy_token(&bob_lid)
        .unwrap()
        .unwrap();
    assert_eq!(&token.token[..], b"trust-me");
    alice
        .client
        .store()
        .put_lid_mapping(&bob_lid, &bob_user)
        .unwrap();
    let tctoken = alice
        .client
        .store()
        .tctoken_node(&bob_user)
        .unwrap()
        .unwrap();
    assert_eq!(
        tctoken.content_bytes().map(|b| &b[..]),
        Some(&b"trust-me"[..])
    );
}

#[tokio::test]
async fn unknown_types_pass_through_with_the_original_stanza() {
    let server = server().await;
    let alice = logged_in(&server, "15550000141", Store::open_in_memory().unwrap()).await;
    let device = alice.client.jid().unwrap();
    for kind in ["brand_new_type", "another_new_type"] {
        let stanza = Node::new("notification")
            .attr("from", Jid::server_jid())
            .attr("type", kind)
            .attr("id", format!("x-{kind}"))
            .attr("t", now())
            .children([Node::new("payload").bytes(Bytes::from_static(b"\x00\x01raw"))]);
        assert!(server.send_node(&device, stanza.clone()));
        let received = alice
            .wait(|event| match event {
                Event::Notification(node) => Some(node.clone()),
                _ => None,
            })
            .await;
        assert_eq!(received.to_node(), stanza);
    }
}

#[tokio::test]
async fn malformed_notifications_are_acked_and_do_not_stall_the_queue() {
    let server = server().await;
    let alice = logged_in(&server, "15550000151", Store::open_in_memory().unwrap()).await;
    let device = alice.client.jid().unwrap();
    let malformed = [
        Node::new("notification")
            .attr("type", "w:gp2")
            .attr("id", "m1"),
        Node::new("notification")
            .attr("from", Jid::parse("1@g.us").unwrap())
            .attr("type", "w:gp2")
            .attr("id", "m2")
            .attr("t", "soon")
            .children([Node::new("add")]),
        Node::new("notification")
            .attr("from", Jid::parse("1@s.whatsapp.net").unwrap())
            .attr("type", "devices")
            .attr("id", "m3")
            .attr("t", now())
            .children([Node::new("add").children([Node::new("device").attr("jid", "not a jid")])]),
        Node::new("notification")
            .attr("from", Jid::parse("1@s.whatsapp.net").unwrap())
            .attr("type", "disappearing_mode")
            .attr("id", "m4")
            .attr("t", now()),
        Node::new("notification")
            .attr("from", Jid::parse("1@s.whatsapp.net").unwrap())
            .attr("type", "privacy_token")
            .attr("id", "m5")
            .attr("t", now())
            .children([Node::new("tokens").children([Node::new("token")
                .attr("type", "trusted_contact")
                .attr("t", "1")
                .children([Node::new("nested")])])]),
    ];
    for node in malformed {
        assert!(server.send_node(&device, node));
    }
    let alice_user = user(&device);
    server.account_sync(&alice_user, vec![Node::new("picture")]);
    let picture = alice
        .wait(|event| match event {
            Event::PictureUpdate(picture) => Some(picture.clone()),
            Event::Disconnected(_) => panic!("the connection dropped"),
            _ => None,
        })
        .await;
    assert_eq!(picture.jid, alice_user);
    assert!(alice.client.is_connected());
}

#[tokio::test]
async fn contact_sync_add_and_remove_become_their_events() {
    let server = server().await;
    let alice = logged_in(&server, "15550000131", Store::open_in_memory().unwrap()).await;
    let user_jid = user(&alice.client.jid().unwrap());
    let contact = Jid::new("15550000139", JidServer::User);
    let t = now();
    let stanza = Node::new("notification")
        .attr("from", Jid::server_jid())
        .attr("type", "contacts")
        .attr("id", "C1")
        .attr("t", t)
        .children([
            Node::new("sync").attr("after", t - 60),
            Node::new("add").attr("jid", contact.clone()),
            Node::new("remove").attr("jid", contact.clone()),
        ]);
    assert_eq!(server.notify_account(&user_jid, stanza), 1);
    let sync = alice
        .wait(|event| match event {
            Event::ContactSyncRequested(sync) => Some(sync.clone()),
            _ => None,
        })
        .await;
    assert_eq!(sync.after.map(|after| after.unix()), Some(t as i64 - 60));
    let added = alice
        .wait(|event| match event {
            Event::ContactAdded(added) => Some(added.clone()),
            _ => None,
        })
        .await;
    assert_eq!(
        (added.jid, added.timestamp.unix()),
        (contact.clone(), t as i64)
    );
    let removed = alice
        .wait(|event| match event {
            Event::ContactRemoved(removed) => Some(removed.clone()),
            _ => None,
        })
        .await;
    assert_eq!(removed.jid, contact);
}
