//! History sync from the simulated phone: a `HistorySync` chunk is
//! zlib-compressed and sent to the account's companions in a
//! `HISTORY_SYNC_NOTIFICATION` peer message, inline
//! (`initialHistBootstrapInlinePayload`) or as an encrypted `md-msg-hist`
//! blob on the media server; on-demand requests from a companion are
//! answered as `ON_DEMAND` chunks.

use std::io::Write as _;

use bytes::Bytes;
use flate2::Compression;
use flate2::write::ZlibEncoder;
use prost::Message as _;

use super::ServerError;
use super::phone::Phone;
use super::phone_messaging::PhoneMessage;
use crate::media::{MediaKey, MediaKeys, MediaType, encrypt};
use crate::proto::wa;

/// How a chunk travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryDelivery {
    /// In the notification itself (small bootstrap chunks).
    Inline,
    /// As an encrypted blob on the media server (`md-msg-hist`).
    Blob,
}

/// What the phone sends right after linking, in
/// [`Phone::initial_sync`]: generated chats of `messages_per_chat` text
/// messages each, with push names and PN↔LID mappings of their contacts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InitialSyncConfig {
    /// Chats in the `INITIAL_BOOTSTRAP` chunk.
    pub chats: usize,
    /// Messages per chat.
    pub messages_per_chat: usize,
    /// Chats also sent in the `RECENT` chunk (the newest ones).
    pub recent_chats: usize,
    /// Chunks whose serialized `HistorySync` is at most this long go inline;
    /// bigger ones as `md-msg-hist` blobs.
    pub inline_limit: usize,
}

impl Default for InitialSyncConfig {
    fn default() -> InitialSyncConfig {
        InitialSyncConfig {
            chats: 20,
            messages_per_chat: 20,
            recent_chats: 5,
            inline_limit: 64 * 1024,
        }
    }
}

/// The `n`th generated contact of an initial sync: phone-number JID and LID.
pub fn generated_contact(n: usize) -> (String, String) {
    (
        format!("1999{n:07}@s.whatsapp.net"),
        format!("8999{n:07}@lid"),
    )
}

/// The `n`th generated chat of an initial sync, with its `messages` text
/// messages (odd ones ours), oldest first.
pub(crate) fn generated_chat(n: usize, messages: usize) -> wa::Conversation {
    let (chat, _) = generated_contact(n);
    wa::Conversation {
        id: Some(chat.clone()),
        messages: (0..messages)
            .map(|m| wa::HistorySyncMsg {
                message: Some(Box::new(wa::WebMessageInfo {
                    key: Some(Box::new(wa::MessageKey {
                        remote_jid: Some(chat.clone()),
                        from_me: Some(m % 2 == 1),
                        id: Some(format!("HIST{n:06}{m:06}")),
                        participant: None,
                    })),
                    message: Some(Box::new(wa::Message {
                        conversation: Some(format!("history message {m}")),
                        ..Default::default()
                    })),
                    message_timestamp: Some(1_600_000_000 + (n * messages + m) as u64),
                    ..Default::default()
                })),
                msg_order_id: Some(m as u64),
            })
            .collect(),
        ..Default::default()
    }
}

fn compress(bytes: &[u8]) -> Result<Vec<u8>, ServerError> {
    let mut encoder = ZlibEncoder::new(Vec::new(), Compression::fast());
    encoder
        .write_all(bytes)
        .and_then(|()| encoder.finish())
        .map_err(|error| ServerError::Store(error.to_string()))
}

impl Phone {
    /// What a phone does right after linking a companion: shares the
    /// app-state key, then sends an `INITIAL_BOOTSTRAP` chunk (with push
    /// names and PN↔LID mappings), a `RECENT` chunk and a `PUSH_NAME` chunk
    /// generated from `config`. Returns the message ids, in order.
    pub async fn initial_sync(
        &self,
        config: &InitialSyncConfig,
    ) -> Result<Vec<String>, ServerError> {
        let mut ids = vec![self.share_app_state_keys()?];
        let pushnames: Vec<wa::Pushname> = (0..config.chats)
            .map(|n| wa::Pushname {
                id: Some(generated_contact(n).0),
                pushname: Some(format!("Contact {n}")),
            })
            .collect();
        let bootstrap = wa::HistorySync {
            sync_type: Some(wa::history_sync::HistorySyncType::InitialBootstrap as i32),
            conversations: (0..config.chats)
                .map(|n| generated_chat(n, config.messages_per_chat))
                .collect(),
            chunk_order: Some(1),
            progress: Some(100),
            pushnames: pushnames.clone(),
            phone_number_to_lid_mappings: (0..config.chats)
                .map(|n| {
                    let (pn, lid) = generated_contact(n);
                    wa::PhoneNumberToLidMapping {
                        pn_jid: Some(pn),
                        lid_jid: Some(lid),
                    }
                })
                .collect(),
            ..Default::default()
        };
        let recent = wa::HistorySync {
            sync_type: Some(wa::history_sync::HistorySyncType::Recent as i32),
            conversations: (config.chats.saturating_sub(config.recent_chats)..config.chats)
                .map(|n| generated_chat(n, config.messages_per_chat))
                .collect(),
            chunk_order: Some(1),
            progress: Some(100),
            ..Default::default()
        };
        let names = wa::HistorySync {
            sync_type: Some(wa::history_sync::HistorySyncType::PushName as i32),
            pushnames,
            ..Default::default()
        };
        for chunk in [bootstrap, recent, names] {
            let delivery = if chunk.encoded_len() <= config.inline_limit {
                HistoryDelivery::Inline
            } else {
                HistoryDelivery::Blob
            };
            ids.push(self.send_history_sync(&chunk, delivery).await?);
        }
        Ok(ids)
    }

    /// Sends `history` to the account's companions; returns the message id.
    pub async fn send_history_sync(
        &self,
        history: &wa::HistorySync,
        delivery: HistoryDelivery,
    ) -> Result<String, ServerError> {
        self.send_history_chunk(history, delivery, None).await
    }

    /// [`send_history_sync`](Phone::send_history_sync) answering the peer
    /// data request `session` (its message id), when given.
    pub(crate) async fn send_history_chunk(
        &self,
        history: &wa::HistorySync,
        delivery: HistoryDelivery,
        session: Option<String>,
    ) -> Result<String, ServerError> {
        let compressed = compress(&history.encode_to_vec())?;
        let mut notification = wa::HistorySyncNotification {
            sync_type: history.sync_type,
            chunk_order: history.chunk_order,
            progress: history.progress,
            peer_data_request_session_id: session,
            ..Default::default()
        };
        match delivery {
            HistoryDelivery::Inline => {
                notification.initial_hist_bootstrap_inline_payload = Some(Bytes::from(compressed));
            }
            HistoryDelivery::Blob => {
                let media_key = MediaKey::generate();
                let keys = MediaKeys::derive(media_key.as_bytes(), MediaType::History);
                let (encrypted, info) = encrypt(&compressed, &keys);
                let stored = self
                    .state
                    .media
                    .store_bytes("md-msg-hist", &encrypted)
                    .await
                    .map_err(|error| ServerError::Store(error.to_string()))?;
                notification.media_key = Some(Bytes::copy_from_slice(media_key.as_bytes()));
                notification.direct_path = Some(stored.direct_path);
                notification.file_length = Some(info.file_length);
                notification.file_sha256 = Some(Bytes::copy_from_slice(&info.file_sha256));
                notification.file_enc_sha256 = Some(Bytes::copy_from_slice(&info.file_enc_sha256));
            }
        }
        let message = wa::Message {
            protocol_message: Some(Box::new(wa::ProtocolMessage {
                r#type: Some(wa::protocol_message::Type::HistorySyncNotification as i32),
                history_sync_notification: Some(Box::new(notification)),
                ..Default::default()
            })),
            ..Default::default()
        };
        self.send_message(&self.jid(), message)
    }

    /// Answers an on-demand history request the phone received (`request`,
    /// from [`next_message`](Phone::next_message)) with `conversations` as
    /// an `ON_DEMAND` chunk, at most the requested number of messages (the
    /// newest ones of each conversation are kept). Fails when `request` is
    /// not an on-demand history request.
    pub async fn answer_history_request(
        &self,
        request: &PhoneMessage,
        mut conversations: Vec<wa::Conversation>,
    ) -> Result<String, ServerError> {
        let asked = request
            .message
            .protocol_message
            .as_ref()
            .and_then(|p| p.peer_data_operation_request_message.as_ref())
            .and_then(|p| p.history_sync_on_demand_request.as_ref())
            .ok_or_else(|| ServerError::Store("not an on-demand history request".into()))?;
        let count = usize::try_from(asked.on_demand_msg_count.unwrap_or(0)).unwrap_or(0);
        for conversation in &mut conversations {
            let extra = conversation.messages.len().saturating_sub(count);
            conversation.messages.drain(..extra);
        }
        let history = wa::HistorySync {
            sync_type: Some(wa::history_sync::HistorySyncType::OnDemand as i32),
            conversations,
            chunk_order: Some(1),
            progress: Some(100),
            ..Default::default()
        };
        self.send_history_sync(&history, HistoryDelivery::Blob)
            .await
    }
}
