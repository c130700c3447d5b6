//! History sync from the simulated phone: a realistic blob chunk, an inline
//! bootstrap chunk and an on-demand request.

use std::time::Duration;

use wapy::binary::Jid;
use wapy::events::{Event, LazyHistorySync};
use wapy::proto::wa;
use wapy::server::{HistoryDelivery, InitialSyncConfig, Phone, generated_contact};
use wapy::store::Store;

use crate::common::{GUARD, Watched, logged_in, server};

type SyncType = wa::history_sync::HistorySyncType;

fn conversation(chat: &str, messages: usize, base_ts: u64) -> wa::Conversation {
    wa::Conversation {
        id: Some(chat.to_owned()),
        messages: (0..messages)
            .map(|n| wa::HistorySyncMsg {
                message: Some(Box::new(wa::WebMessageInfo {
                    key: Some(Box::new(wa::MessageKey {
                        remote_jid: Some(chat.to_owned()),
                        from_me: Some(n % 2 == 0),
                        id: Some(format!("3EB0{n:08X}")),
                        participant: None,
                    })),
                    message: Some(Box::new(wa::Message {
                        conversation: Some(format!("message {n} in {chat}")),
                        ..Default::default()
                    })),
                    message_timestamp: Some(base_ts + n as u64),
                    ..Default::default()
                })),
                msg_order_id: Some(n as u64),
            })
            .collect(),
        ..Default::default()
    }
}

async fn next_chunk(watched: &Watched) -> LazyHistorySync {
    watched
        .wait(|event| match event {
            Event::HistorySync(chunk) => Some((**chunk).clone()),
            _ => None,
        })
        .await
}

async fn hist_sync_receipt(phone: &Phone, id: &str) {
    loop {
        let receipt = phone.next_receipt(GUARD).await.unwrap();
        if receipt.receipt_type.as_deref() == Some("hist_sync") {
            assert_eq!(receipt.ids, vec![id.to_owned()]);
            return;
        }
    }
}

#[tokio::test]
async fn a_large_bootstrap_chunk_arrives_with_metadata_and_identities() {
    let server = server().await;
    let alice = logged_in(&server, "15550008001", Store::open_in_memory().unwrap()).await;
    let phone = server.phone("15550008001").unwrap();
    let chats: Vec<String> = (0..1000)
        .map(|n| format!("1555100{n:04}@s.whatsapp.net"))
        .collect();
    let history = wa::HistorySync {
        sync_type: Some(SyncType::InitialBootstrap as i32),
        conversations: chats
            .iter()
            .map(|chat| conversation(chat, 50, 1_700_000_000))
            .collect(),
        chunk_order: Some(2),
        progress: Some(40),
        pushnames: chats
            .iter()
            .take(10)
            .enumerate()
            .map(|(n, chat)| wa::Pushname {
                id: Some(chat.clone()),
                pushname: Some(format!("Contact {n}")),
            })
            .collect(),
        phone_number_to_lid_mappings: vec![wa::PhoneNumberToLidMapping {
            pn_jid: Some(chats[3].clone()),
            lid_jid: Some("88800003@lid".into()),
        }],
        ..Default::default()
    };
    let id = phone
        .send_history_sync(&history, HistoryDelivery::Blob)
        .await
        .unwrap();
    let chunk = next_chunk(&alice).await;
    assert_eq!(chunk.sync_type_enum(), Some(SyncType::InitialBootstrap));
    assert_eq!(chunk.chunk_order(), Some(2));
    assert_eq!(chunk.progress(), Some(40));
    assert!(!chunk.is_decoded());
    let decoded = chunk.get().unwrap();
    assert_eq!(decoded.conversations.len(), 1000);
    let messages: usize = decoded.conversations.iter().map(|c| c.messages.len()).sum();
    assert_eq!(messages, 50_000);
    assert_eq!(decoded, &history);

    hist_sync_receipt(&phone, &id).await;
    let store = alice.client.store();
    let contact = Jid::parse(&chats[7]).unwrap();
    assert_eq!(
        store.push_name(&contact).unwrap().as_deref(),
        Some("Contact 7")
    );
    let mapped = Jid::parse(&chats[3]).unwrap();
    assert_eq!(
        store.lid_for_pn(&mapped).unwrap(),
        Some(Jid::parse("88800003@lid").unwrap())
    );
}

#[tokio::test]
async fn an_inline_chunk_and_an_on_demand_answer() {
    let server = server().await;
    let alice = logged_in(&server, "15550008101", Store::open_in_memory().unwrap()).await;
    let phone = server.phone("15550008101").unwrap();
    let chat = "15550008102@s.whatsapp.net";
    let recent = wa::HistorySync {
        sync_type: Some(SyncType::Recent as i32),
        conversations: vec![conversation(chat, 5, 1_700_000_100)],
        chunk_order: Some(1),
        progress: Some(100),
        ..Default::default()
    };
    let id = phone
        .send_history_sync(&recent, HistoryDelivery::Inline)
        .await
        .unwrap();
    let chunk = next_chunk(&alice).await;
    assert_eq!(chunk.sync_type_enum(), Some(SyncType::Recent));
    assert_eq!(chunk.get().unwrap(), &recent);
    hist_sync_receipt(&phone, &id).await;

    let target = Jid::parse(chat).unwrap();
    alice
        .client
        .request_history(&target, "3EB000000000", false, 1_700_000_100_000, 10)
        .await
        .unwrap();
    let request = loop {
        let message = phone.next_message(Duration::from_secs(20)).await.unwrap();
        if message
            .message
            .protocol_message
            .as_ref()
            .is_some_and(|p| p.peer_data_operation_request_message.is_some())
        {
            break message;
        }
    };
    let asked = request
        .message
        .protocol_message
        .as_ref()
        .and_then(|p| p.peer_data_operation_request_message.as_ref())
        .and_then(|p| p.history_sync_on_demand_request.clone())
        .unwrap();
    assert_eq!(asked.chat_jid.as_deref(), Some(chat));
    assert_eq!(asked.oldest_msg_id.as_deref(), Some("3EB000000000"));
    assert_eq!(asked.on_demand_msg_count, Some(10));
    phone
        .answer_history_request(&request, vec![conversation(chat, 30, 1_600_000_000)])
        .await
        .unwrap();
    let chunk = next_chunk(&alice).await;
    assert_eq!(chunk.sync_type_enum(), Some(SyncType::OnDemand));
    let decoded = chunk.get().unwrap();
    assert_eq!(decoded.conversations.len(), 1);
    assert_eq!(decoded.conversations[0].messages.len(), 10);
}

#[tokio::test]
async fn the_initial_sync_after_linking_brings_keys_history_and_names() {
    let server = server().await;
    let alice = logged_in(&server, "15550008201", Store::open_in_memory().unwrap()).await;
    let phone = server.phone("15550008201").unwrap();
    let config = InitialSyncConfig {
        chats: 40,
        messages_per_chat: 30,
        recent_chats: 4,
        // The message chunks go as blobs, the push-name chunk inline.
        inline_limit: 8 * 1024,
    };
    phone.initial_sync(&config).await.unwrap();
    let mut chunks = Vec::new();
    let mut synced = std::collections::HashSet::new();
    while chunks.len() < 3 || synced.len() < 5 {
        let (chunk, collection) = alice
            .wait(|event| match event {
                Event::HistorySync(chunk) => Some((Some((**chunk).clone()), None)),
                Event::AppStateSyncComplete(done) => Some((None, Some(done.name.clone()))),
                _ => None,
            })
            .await;
        chunks.extend(chunk);
        synced.extend(collection);
    }
    let types: Vec<_> = chunks.iter().map(|c| c.sync_type_enum()).collect();
    assert_eq!(
        types,
        vec![
            Some(SyncType::InitialBootstrap),
            Some(SyncType::Recent),
            Some(SyncType::PushName)
        ]
    );
    let bootstrap = chunks[0].get().unwrap();
    assert_eq!(bootstrap.conversations.len(), 40);
    assert!(
        bootstrap
            .conversations
            .iter()
            .all(|c| c.messages.len() == 30)
    );
    assert_eq!(chunks[1].get().unwrap().conversations.len(), 4);
    assert_eq!(chunks[2].get().unwrap().pushnames.len(), 40);
    let (pn, lid) = generated_contact(12);
    let pn = Jid::parse(&pn).unwrap();
    let store = alice.client.store();
    assert_eq!(store.push_name(&pn).unwrap().as_deref(), Some("Contact 12"));
    assert_eq!(
        store.lid_for_pn(&pn).unwrap(),
        Some(Jid::parse(&lid).unwrap())
    );
}
