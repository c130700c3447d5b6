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

fn compress(bytes: &[u8]) -> Result<Vec<u8>, ServerError> {
    let mut encoder = ZlibEncoder::new(Vec::new(), Compression::fast());
    encoder
        .write_all(bytes)
        .and_then(|()| encoder.finish())
        .map_err(|error| ServerError::Store(error.to_string()))
}

impl Phone {
    /// Sends `history` to the account's companions; returns the message id.
    pub async fn send_history_sync(
        &self,
        history: &wa::HistorySync,
        delivery: HistoryDelivery,
    ) -> Result<String, ServerError> {
        let compressed = compress(&history.encode_to_vec())?;
        let mut notification = wa::HistorySyncNotification {
            sync_type: history.sync_type,
            chunk_order: history.chunk_order,
            progress: history.progress,
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
                history_sync_notification: Some(notification),
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
