//! History sync, network side: `HISTORY_SYNC_NOTIFICATION` peer messages
//! from our own phone and on-demand history requests.
//!
//! A notification carries the chunk inline
//! (`initialHistBootstrapInlinePayload`) or references an encrypted blob
//! (`md-msg-hist`) that is downloaded and verified. The zlib stream is
//! inflated with a bound ([`history::DEFAULT_MAX_INFLATED`]); push names and
//! PN↔LID mappings are read out of the chunk (a partial decode that skips
//! the conversations) and stored; the chunk is emitted as
//! [`Event::HistorySync`] with its raw bytes ([`LazyHistorySync`]: type,
//! order and progress without decoding); then the `hist_sync` receipt goes
//! to our own devices.

use std::sync::Arc;

use bytes::Bytes;
use prost::Message as _;

use super::lifecycle::{Client, lock};
use super::message::{MessageId, SendError};
use crate::binary::{Jid, Node};
use crate::events::message::MessageInfo;
use crate::events::{Event, LazyHistorySync};
use crate::media::{DownloadOptions, TransferError};
use crate::proto::wa;
use crate::store::StoreError;
use crate::sync::history::{self, HistoryError};

/// Why a history-sync chunk could not be received.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum HistorySyncError {
    /// The blob could not be downloaded or verified.
    #[error("history blob download: {0}")]
    Download(#[from] TransferError),
    /// The chunk does not inflate within the bound.
    #[error("history chunk: {0}")]
    Inflate(#[from] HistoryError),
    /// The chunk's push names or mappings do not decode.
    #[error("history chunk does not decode: {0}")]
    Decode(#[from] prost::DecodeError),
    /// Storing push names or mappings failed.
    #[error("store: {0}")]
    Store(#[from] StoreError),
}

/// The identity fields of a `HistorySync`, decoded without its
/// conversations (prost skips the fields it does not declare).
#[derive(Clone, PartialEq, prost::Message)]
struct HistoryIdentities {
    #[prost(message, repeated, tag = "7")]
    pushnames: Vec<wa::Pushname>,
    #[prost(message, repeated, tag = "15")]
    phone_number_to_lid_mappings: Vec<wa::PhoneNumberToLidMapping>,
}

/// The queue of history sync notifications (message id, notification);
/// one task per client works through it in arrival order and ends when
/// the client is dropped.
pub(crate) type HistoryQueue =
    tokio::sync::mpsc::UnboundedSender<(String, wa::HistorySyncNotification)>;

/// A `HISTORY_SYNC_NOTIFICATION` from our own phone: queued, then handled
/// in the background in arrival order (download, inflate, store, emit,
/// receipt), so chunks are emitted in the order the phone sent them.
pub(crate) fn on_notification(
    client: &Client,
    info: &MessageInfo,
    notification: &wa::HistorySyncNotification,
) {
    let mut slot = lock(&client.inner.history_queue);
    let queue = slot.get_or_insert_with(|| {
        let (queue, mut pending) =
            tokio::sync::mpsc::unbounded_channel::<(String, wa::HistorySyncNotification)>();
        let inner = Arc::downgrade(&client.inner);
        tokio::spawn(async move {
            while let Some((id, notification)) = pending.recv().await {
                let Some(inner) = inner.upgrade() else {
                    break;
                };
                let client = Client { inner };
                match client.receive_history_sync(&notification).await {
                    Ok(()) => client.send_hist_sync_receipt(&id).await,
                    Err(error) => log::warn!("history sync {id} failed: {error}"),
                }
            }
        });
        queue
    });
    if queue.send((info.id.clone(), notification.clone())).is_err() {
        log::warn!("history sync {}: the queue is closed", info.id);
    }
}

impl Client {
    async fn receive_history_sync(
        &self,
        notification: &wa::HistorySyncNotification,
    ) -> Result<(), HistorySyncError> {
        let compressed: Bytes = match &notification.initial_hist_bootstrap_inline_payload {
            Some(inline) => inline.clone(),
            None => {
                self.download(notification, &DownloadOptions::default())
                    .await?
                    .data
            }
        };
        let raw = history::inflate_default(&compressed)?;
        let identities = HistoryIdentities::decode(raw.as_ref())?;
        self.store_identities(&identities)?;
        let chunk = LazyHistorySync::new(raw);
        log::info!(
            "history sync chunk: type {:?}, order {:?}, progress {:?}, {} bytes",
            chunk.sync_type(),
            chunk.chunk_order(),
            chunk.progress(),
            chunk.raw_bytes().len()
        );
        self.inner.emit(Event::HistorySync(Box::new(chunk)));
        Ok(())
    }

    fn store_identities(&self, identities: &HistoryIdentities) -> Result<(), StoreError> {
        self.store().with_transaction(|tx| {
            for entry in &identities.pushnames {
                let (Some(id), Some(name)) = (&entry.id, &entry.pushname) else {
                    continue;
                };
                match Jid::parse(id) {
                    Ok(jid) if !name.is_empty() => tx.put_push_name(&jid, name)?,
                    Ok(_) => {}
                    Err(_) => log::debug!("history push name for an invalid JID skipped"),
                }
            }
            for mapping in &identities.phone_number_to_lid_mappings {
                let pn = mapping.pn_jid.as_deref().map(Jid::parse);
                let lid = mapping.lid_jid.as_deref().map(Jid::parse);
                match (pn, lid) {
                    (Some(Ok(pn)), Some(Ok(lid))) if lid.is_lid() && !pn.is_lid() => {
                        tx.put_lid_mapping(&lid, &pn)?;
                    }
                    _ => log::debug!("history PN-LID mapping skipped: malformed"),
                }
            }
            Ok(())
        })
    }

    async fn send_hist_sync_receipt(&self, id: &str) {
        let Some(own) = self.jid() else {
            return;
        };
        let receipt = Node::new("receipt")
            .attr("id", id.to_owned())
            .attr("to", own.to_non_ad())
            .attr("type", "hist_sync");
        if let Err(error) = self.send_node(receipt).await {
            log::debug!("hist_sync receipt not sent: {error}");
        }
    }

    /// Asks our phone for `count` messages of `chat` older than
    /// `oldest_message` (its id, whether it is ours, and its timestamp in
    /// ms); the phone answers with an `ON_DEMAND` history sync, which
    /// arrives as [`Event::HistorySync`].
    pub async fn request_history(
        &self,
        chat: &Jid,
        oldest_message_id: &str,
        oldest_from_me: bool,
        oldest_timestamp_ms: i64,
        count: i32,
    ) -> Result<MessageId, SendError> {
        if count <= 0 {
            return Err(SendError::Invalid("count must be positive"));
        }
        let request = wa::Message {
            protocol_message: Some(Box::new(wa::ProtocolMessage {
                r#type: Some(wa::protocol_message::Type::PeerDataOperationRequestMessage as i32),
                peer_data_operation_request_message: Some(Box::new(
                    wa::PeerDataOperationRequestMessage {
                        peer_data_operation_request_type: Some(
                            wa::PeerDataOperationRequestType::HistorySyncOnDemand as i32,
                        ),
                        history_sync_on_demand_request: Some(Box::new(
                            wa::peer_data_operation_request_message::HistorySyncOnDemandRequest {
                                chat_jid: Some(chat.to_non_ad().to_string()),
                                oldest_msg_id: Some(oldest_message_id.to_owned()),
                                oldest_msg_from_me: Some(oldest_from_me),
                                on_demand_msg_count: Some(count),
                                oldest_msg_timestamp_ms: Some(oldest_timestamp_ms),
                                account_lid: self.lid().map(|lid| lid.to_non_ad().to_string()),
                                ..Default::default()
                            },
                        )),
                        ..Default::default()
                    },
                )),
                ..Default::default()
            })),
            ..Default::default()
        };
        self.send_peer_message(request).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identities_decode_without_the_conversations() {
        let full = wa::HistorySync {
            sync_type: Some(wa::history_sync::HistorySyncType::Recent as i32),
            conversations: vec![wa::Conversation {
                id: Some("1@s.whatsapp.net".into()),
                ..Default::default()
            }],
            pushnames: vec![wa::Pushname {
                id: Some("1@s.whatsapp.net".into()),
                pushname: Some("One".into()),
            }],
            phone_number_to_lid_mappings: vec![wa::PhoneNumberToLidMapping {
                pn_jid: Some("1@s.whatsapp.net".into()),
                lid_jid: Some("9@lid".into()),
            }],
            ..Default::default()
        };
        let partial = HistoryIdentities::decode(full.encode_to_vec().as_slice()).unwrap();
        assert_eq!(partial.pushnames, full.pushnames);
        assert_eq!(
            partial.phone_number_to_lid_mappings,
            full.phone_number_to_lid_mappings
        );
    }
}
