//! App-state sync flows between the simulated phone and clients.

use wapy::binary::Jid;
use wapy::events::{Event, Timestamp};
use wapy::proto::wa;
use wapy::store::Store;
use wapy::sync::app_state::Collection;

use crate::common::{GUARD, Watched, config, logged_in, server};
use crate::synced_all;

fn jid(text: &str) -> Jid {
    Jid::parse(text).unwrap()
}

fn value(timestamp_ms: i64) -> wa::SyncActionValue {
    wa::SyncActionValue {
        timestamp: Some(timestamp_ms),
        ..Default::default()
    }
}

#[tokio::test]
async fn phone_changes_arrive_as_typed_events() {
    let server = server().await;
    let alice = logged_in(&server, "15550007001", Store::open_in_memory().unwrap()).await;
    let phone = server.phone("15550007001").unwrap();

    // Made before the client has the key: it arrives in the snapshot.
    phone
        .app_state_set(
            &["contact", "15550007999@s.whatsapp.net"],
            wa::SyncActionValue {
                contact_action: Some(Box::new(wa::ContactAction {
                    full_name: Some("Bob Builder".into()),
                    first_name: Some("Bob".into()),
                    lid_jid: Some("77700007999@lid".into()),
                    ..Default::default()
                })),
                ..value(1_700_000_000_000)
            },
        )
        .unwrap();
    phone.share_app_state_keys().unwrap();
    let contact = alice
        .wait(|event| match event {
            Event::ContactUpdate(update) => Some(update.clone()),
            _ => None,
        })
        .await;
    assert_eq!(contact.jid, jid("15550007999@s.whatsapp.net"));
    assert_eq!(contact.action.full_name.as_deref(), Some("Bob Builder"));
    assert_eq!(contact.action.first_name.as_deref(), Some("Bob"));
    assert_eq!(contact.timestamp, Timestamp(1_700_000_000));
    assert!(contact.from_full_sync);
    assert_eq!(
        alice
            .client
            .store()
            .lid_for_pn(&jid("15550007999@s.whatsapp.net"))
            .unwrap(),
        Some(jid("77700007999@lid"))
    );
    synced_all(&alice).await;

    let chat = "15550007002@s.whatsapp.net";
    phone
        .app_state_set(
            &["pin_v1", chat],
            wa::SyncActionValue {
                pin_action: Some(Box::new(wa::PinAction { pinned: Some(true) })),
                ..value(1_700_000_001_000)
            },
        )
        .unwrap();
    let pin = alice
        .wait(|event| match event {
            Event::PinUpdate(update) => Some(update.clone()),
            _ => None,
        })
        .await;
    assert_eq!(pin.jid, jid(chat));
    assert_eq!(pin.action.pinned, Some(true));
    assert_eq!(pin.timestamp, Timestamp(1_700_000_001));
    assert!(!pin.from_full_sync);

    phone
        .app_state_set(
            &["mute", chat],
            wa::SyncActionValue {
                mute_action: Some(Box::new(wa::MuteAction {
                    muted: Some(true),
                    mute_end_timestamp: Some(1_800_000_000_000),
                    ..Default::default()
                })),
                ..value(1_700_000_002_000)
            },
        )
        .unwrap();
    let mute = alice
        .wait(|event| match event {
            Event::MuteUpdate(update) => Some(update.clone()),
            _ => None,
        })
        .await;
    assert_eq!(mute.jid, jid(chat));
    assert_eq!(mute.action.muted, Some(true));
    assert_eq!(mute.action.mute_end_timestamp, Some(1_800_000_000_000));
    assert!(!mute.from_full_sync);

    phone
        .app_state_set(
            &["archive", chat],
            wa::SyncActionValue {
                archive_chat_action: Some(Box::new(wa::ArchiveChatAction {
                    archived: Some(true),
                    message_range: None,
                })),
                ..value(1_700_000_003_000)
            },
        )
        .unwrap();
    let archive = alice
        .wait(|event| match event {
            Event::ArchiveUpdate(update) => Some(update.clone()),
            _ => None,
        })
        .await;
    assert_eq!(archive.jid, jid(chat));
    assert_eq!(archive.action.archived, Some(true));

    phone
        .app_state_set(
            &["setting_pushName"],
            wa::SyncActionValue {
                push_name_setting: Some(Box::new(wa::PushNameSetting {
                    name: Some("Alice A.".into()),
                })),
                ..value(1_700_000_004_000)
            },
        )
        .unwrap();
    let push_name = alice
        .wait(|event| match event {
            Event::PushNameUpdate(update) => Some(update.clone()),
            _ => None,
        })
        .await;
    assert_eq!(push_name.action.name.as_deref(), Some("Alice A."));
    assert_eq!(push_name.timestamp, Timestamp(1_700_000_004));
    let device = alice.client.store().device().unwrap().unwrap();
    assert_eq!(device.push_name, "Alice A.");

    for collection in [Collection::RegularLow, Collection::RegularHigh] {
        assert_eq!(
            alice
                .client
                .store()
                .app_state(collection)
                .unwrap()
                .version(),
            phone.app_state_version(collection)
        );
    }
}

#[tokio::test]
async fn a_patch_with_a_wrong_mac_is_recovered_from_a_snapshot() {
    let server = server().await;
    let alice = logged_in(&server, "15550007101", Store::open_in_memory().unwrap()).await;
    let phone = server.phone("15550007101").unwrap();
    phone.share_app_state_keys().unwrap();
    synced_all(&alice).await;

    let pin = || wa::SyncActionValue {
        pin_action: Some(Box::new(wa::PinAction { pinned: Some(true) })),
        ..value(1_700_000_000_000)
    };
    let (a, b, c) = (
        "15550007102@s.whatsapp.net",
        "15550007103@s.whatsapp.net",
        "15550007104@s.whatsapp.net",
    );
    phone.app_state_set(&["pin_v1", a], pin()).unwrap();
    let first = alice
        .wait(|event| match event {
            Event::PinUpdate(update) => Some(update.clone()),
            _ => None,
        })
        .await;
    assert_eq!((first.jid.clone(), first.from_full_sync), (jid(a), false));

    phone.corrupt_next_app_state_patch();
    phone.app_state_set(&["pin_v1", b], pin()).unwrap();
    // The bad patch yields nothing; the snapshot then carries both pins.
    let mut from_snapshot = Vec::new();
    while from_snapshot.len() < 2 {
        let update = alice
            .wait(|event| match event {
                Event::PinUpdate(update) => Some(update.clone()),
                _ => None,
            })
            .await;
        assert!(
            update.from_full_sync,
            "a pin from the corrupt patch was applied: {update:?}"
        );
        from_snapshot.push(update.jid.to_string());
    }
    from_snapshot.sort();
    assert_eq!(from_snapshot, vec![a.to_string(), b.to_string()]);
    let state = alice
        .client
        .store()
        .app_state(Collection::RegularLow)
        .unwrap();
    assert_eq!(state.version(), 2);
    assert_eq!(state.len(), 2);

    // The recovered LT-hash is right: the next patch verifies on top of it.
    phone
        .app_state_set(
            &["archive", c],
            wa::SyncActionValue {
                archive_chat_action: Some(Box::new(wa::ArchiveChatAction {
                    archived: Some(true),
                    message_range: None,
                })),
                ..value(1_700_000_005_000)
            },
        )
        .unwrap();
    let archive = alice
        .wait(|event| match event {
            Event::ArchiveUpdate(update) => Some(update.clone()),
            Event::PinUpdate(update) => panic!("unexpected pin event {update:?}"),
            _ => None,
        })
        .await;
    assert_eq!(archive.jid, jid(c));
    assert!(!archive.from_full_sync);
    assert_eq!(
        alice
            .client
            .store()
            .app_state(Collection::RegularLow)
            .unwrap()
            .version(),
        3
    );
}

#[tokio::test]
async fn client_mutations_reach_the_phone_and_the_other_companion() {
    let server = server().await;
    let number = "15550007201";
    let first = logged_in(&server, number, Store::open_in_memory().unwrap()).await;
    let phone = server.phone(number).unwrap();
    let second_store = Store::open_in_memory().unwrap();
    phone.provision_companion(&second_store).unwrap();
    let second = Watched::new(second_store, config(&server));
    tokio::time::timeout(GUARD, second.client.connect())
        .await
        .unwrap()
        .unwrap();
    second.connected().await;
    phone.share_app_state_keys().unwrap();
    synced_all(&first).await;
    synced_all(&second).await;

    let chat = jid("15550007202@s.whatsapp.net");
    let chat_text = chat.to_string();

    first.client.pin_chat(&chat, true).await.unwrap();
    let local = first
        .wait(|event| match event {
            Event::PinUpdate(update) => Some(update.clone()),
            _ => None,
        })
        .await;
    assert_eq!(
        (local.jid.clone(), local.action.pinned),
        (chat.clone(), Some(true))
    );
    let remote = second
        .wait(|event| match event {
            Event::PinUpdate(update) => Some(update.clone()),
            _ => None,
        })
        .await;
    assert_eq!(
        (remote.jid.clone(), remote.action.pinned),
        (chat.clone(), Some(true))
    );
    assert_eq!(
        phone
            .app_state_value(&["pin_v1", &chat_text])
            .and_then(|v| v.pin_action)
            .and_then(|a| a.pinned),
        Some(true)
    );

    first
        .client
        .mute_chat(&chat, true, Some(1_900_000_000))
        .await
        .unwrap();
    let mute = second
        .wait(|event| match event {
            Event::MuteUpdate(update) => Some(update.clone()),
            _ => None,
        })
        .await;
    assert_eq!(mute.jid, chat);
    assert_eq!(mute.action.muted, Some(true));
    assert_eq!(mute.action.mute_end_timestamp, Some(1_900_000_000_000));

    first.client.archive_chat(&chat, true).await.unwrap();
    let archive = second
        .wait(|event| match event {
            Event::ArchiveUpdate(update) => Some(update.clone()),
            _ => None,
        })
        .await;
    assert_eq!(archive.action.archived, Some(true));

    first.client.mark_chat_as_read(&chat, false).await.unwrap();
    let read = second
        .wait(|event| match event {
            Event::MarkChatAsReadUpdate(update) => Some(update.clone()),
            _ => None,
        })
        .await;
    assert_eq!(
        (read.jid.clone(), read.action.read),
        (chat.clone(), Some(false))
    );

    first
        .client
        .star_message(&chat, "3EB0STAR", true, None, true)
        .await
        .unwrap();
    let star = second
        .wait(|event| match event {
            Event::StarUpdate(update) => Some(update.clone()),
            _ => None,
        })
        .await;
    assert_eq!(star.chat_jid, chat);
    assert_eq!(star.message_id, "3EB0STAR");
    assert!(star.from_me);
    assert_eq!(star.participant_jid, None);
    assert_eq!(star.action.starred, Some(true));
    assert!(
        phone
            .app_state_value(&["star", &chat_text, "3EB0STAR", "1", "0"])
            .is_some()
    );

    first.client.delete_chat(&chat, true).await.unwrap();
    let deleted = second
        .wait(|event| match event {
            Event::DeleteChatUpdate(update) => Some(update.clone()),
            _ => None,
        })
        .await;
    assert_eq!(deleted.jid, chat);
    assert!(deleted.delete_media);

    first.client.set_push_name("Alice Liddell").await.unwrap();
    let name = second
        .wait(|event| match event {
            Event::PushNameUpdate(update) => Some(update.clone()),
            _ => None,
        })
        .await;
    assert_eq!(name.action.name.as_deref(), Some("Alice Liddell"));
    assert_eq!(
        phone
            .app_state_value(&["setting_pushName"])
            .and_then(|v| v.push_name_setting)
            .and_then(|s| s.name)
            .as_deref(),
        Some("Alice Liddell")
    );

    // The phone's change on top of the uploads reaches the uploader too.
    phone
        .app_state_set(
            &["pin_v1", &chat_text],
            wa::SyncActionValue {
                pin_action: Some(Box::new(wa::PinAction {
                    pinned: Some(false),
                })),
                ..value(1_700_000_009_000)
            },
        )
        .unwrap();
    let unpinned = first
        .wait(|event| match event {
            Event::PinUpdate(update) if update.action.pinned == Some(false) => Some(update.clone()),
            _ => None,
        })
        .await;
    assert_eq!(unpinned.jid, chat);
    for collection in Collection::ALL {
        let version = phone.app_state_version(collection);
        assert_eq!(
            first
                .client
                .store()
                .app_state(collection)
                .unwrap()
                .version(),
            version,
            "{collection}"
        );
    }
}

fn key_share(key_id: &[u8]) -> wa::Message {
    wa::Message {
        protocol_message: Some(Box::new(wa::ProtocolMessage {
            r#type: Some(wa::protocol_message::Type::AppStateSyncKeyShare as i32),
            app_state_sync_key_share: Some(Box::new(wa::AppStateSyncKeyShare {
                keys: vec![wa::AppStateSyncKey {
                    key_id: Some(Box::new(wa::AppStateSyncKeyId {
                        key_id: Some(key_id.to_vec().into()),
                    })),
                    key_data: Some(Box::new(wa::AppStateSyncKeyData {
                        key_data: Some(vec![5; 32].into()),
                        fingerprint: None,
                        timestamp: Some(1),
                    })),
                }],
            })),
            ..Default::default()
        })),
        ..Default::default()
    }
}

#[tokio::test]
async fn a_key_share_from_another_account_is_ignored() {
    let server = server().await;
    let alice = logged_in(&server, "15550007301", Store::open_in_memory().unwrap()).await;
    let mallory = server.add_account("15550007302");
    let id = mallory
        .send_message(&alice.client.jid().unwrap().to_non_ad(), key_share(b"evil"))
        .unwrap();
    // The key share is handled before its message event is emitted.
    alice
        .wait(|event| match event {
            Event::Message(_, info) if info.id == id => Some(()),
            _ => None,
        })
        .await;
    assert!(alice.client.store().app_state_keys().unwrap().is_empty());
}

#[tokio::test]
async fn a_missing_key_is_asked_from_the_phone() {
    let server = server().await;
    let alice = logged_in(&server, "15550007401", Store::open_in_memory().unwrap()).await;
    let phone = server.phone("15550007401").unwrap();
    phone.share_app_state_keys().unwrap();
    synced_all(&alice).await;
    assert_eq!(alice.client.store().app_state_keys().unwrap().len(), 1);

    phone.rotate_app_state_key();
    let chat = "15550007402@s.whatsapp.net";
    phone
        .app_state_set(
            &["pin_v1", chat],
            wa::SyncActionValue {
                pin_action: Some(Box::new(wa::PinAction { pinned: Some(true) })),
                ..value(1_700_000_000_000)
            },
        )
        .unwrap();
    let request = loop {
        let message = phone.next_message(GUARD).await.unwrap();
        let request = message
            .message
            .protocol_message
            .and_then(|p| p.app_state_sync_key_request);
        if let Some(request) = request {
            break request;
        }
    };
    assert_eq!(request.key_ids.len(), 1);
    phone.share_app_state_keys().unwrap();
    let pin = alice
        .wait(|event| match event {
            Event::PinUpdate(update) => Some(update.clone()),
            _ => None,
        })
        .await;
    assert_eq!((pin.jid, pin.from_full_sync), (jid(chat), false));
    assert_eq!(alice.client.store().app_state_keys().unwrap().len(), 2);
}

#[tokio::test]
async fn a_patch_with_external_mutations_is_downloaded_and_applied() {
    use wapy::sync::app_state::{NewMutation, Operation};

    let server = server().await;
    let alice = logged_in(&server, "15550007501", Store::open_in_memory().unwrap()).await;
    let phone = server.phone("15550007501").unwrap();
    phone.share_app_state_keys().unwrap();
    synced_all(&alice).await;

    let chats: Vec<String> = (0..40)
        .map(|n| format!("155500076{n:02}@s.whatsapp.net"))
        .collect();
    let mutations: Vec<NewMutation> = chats
        .iter()
        .enumerate()
        .map(|(n, chat)| {
            NewMutation::new(
                Operation::Set,
                vec!["pin_v1".into(), chat.clone()],
                wa::SyncActionValue {
                    pin_action: Some(Box::new(wa::PinAction { pinned: Some(true) })),
                    ..value(1_700_000_100_000 + n as i64)
                },
                5,
            )
        })
        .collect();
    let downloads = server.media().stats().downloads;
    phone.externalize_next_app_state_patch();
    phone.app_state_change(&mutations).unwrap();
    let mut pinned = Vec::new();
    while pinned.len() < chats.len() {
        let pin = alice
            .wait(|event| match event {
                Event::PinUpdate(update) => Some(update.clone()),
                _ => None,
            })
            .await;
        assert_eq!(pin.action.pinned, Some(true));
        assert!(!pin.from_full_sync);
        pinned.push(pin.jid.to_string());
    }
    assert_eq!(pinned, chats);
    // The mutations came from the media server, not from the patch.
    assert!(server.media().stats().downloads > downloads);

    // The state moved on: a later inline patch verifies on top of it.
    phone
        .app_state_set(
            &["pin_v1", &chats[0]],
            wa::SyncActionValue {
                pin_action: Some(Box::new(wa::PinAction {
                    pinned: Some(false),
                })),
                ..value(1_700_000_200_000)
            },
        )
        .unwrap();
    let unpin = alice
        .wait(|event| match event {
            Event::PinUpdate(update) => Some(update.clone()),
            _ => None,
        })
        .await;
    assert_eq!(unpin.jid, jid(&chats[0]));
    assert_eq!(unpin.action.pinned, Some(false));
}
