//! The simulated phone's answer to media retry receipts.
//!
//! A companion whose download got 404/410 sends a `server-error` receipt
//! ([`MediaRetryReceipt`]). The phone still has the encrypted file and its
//! media key: it checks that the request opens with that key (AES-GCM bound
//! to the message id), uploads the same encrypted file again, and answers
//! with a `mediaretry` notification sealing a `MediaRetryNotification` with
//! the new direct path ([`answer_media_retry`]). Without the file it answers
//! `<error code="2"/>`; when the request does not open with its key it
//! answers `DECRYPTION_ERROR` (sealed with its own key, which is all it has).

use std::path::PathBuf;

use bytes::Bytes;

use super::{MediaServer, MediaServerError, unix_now};
use crate::binary::{Node, NodeRef};
use crate::media::{
    MediaKey, MediaRetryNotice, MediaRetryReceipt, MediaRetryStanzaError, MediaType,
};
use crate::proto::wa;
use crate::proto::wa::media_retry_notification::ResultType;

/// The encrypted file as the phone keeps it.
#[derive(Debug, Clone)]
pub enum PhoneBlob {
    /// In a file.
    Path(PathBuf),
    /// In memory.
    Bytes(Bytes),
}

/// What the phone knows about one media message.
#[derive(Debug, Clone)]
pub struct PhoneMedia {
    /// The message's media key.
    pub media_key: MediaKey,
    /// Its media type (the upload's `mms-type`).
    pub media_type: MediaType,
    /// The encrypted file (`fileEncSha256` unchanged by the re-upload).
    pub encrypted: PhoneBlob,
}

/// Why the phone could not answer.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PhoneMediaError {
    /// The receipt does not parse.
    #[error(transparent)]
    Stanza(#[from] MediaRetryStanzaError),
    /// Storing the re-upload failed.
    #[error(transparent)]
    Server(#[from] MediaServerError),
}

/// Answers a `server-error` receipt: re-uploads `media` to `server` and
/// builds the `mediaretry` notification (or the error answers described in
/// the module documentation when `media` is `None` or the key does not fit).
pub async fn answer_media_retry(
    server: &MediaServer,
    receipt: &NodeRef<'_>,
    media: Option<&PhoneMedia>,
) -> Result<Node, PhoneMediaError> {
    let receipt = MediaRetryReceipt::parse(receipt)?;
    let now = unix_now();
    let Some(media) = media else {
        return Ok(MediaRetryNotice::error(&receipt, 2, now).to_node());
    };
    let key = media.media_key.as_bytes();
    let notification =
        |result: ResultType, direct_path: Option<String>| wa::MediaRetryNotification {
            stanza_id: Some(receipt.message_id.clone()),
            direct_path,
            result: Some(result as i32),
            message_secret: None,
        };
    if receipt.open(key).is_err() {
        let answer = notification(ResultType::DecryptionError, None);
        return Ok(MediaRetryNotice::encrypted(&receipt, key, &answer, now).to_node());
    }
    let mms_type = media.media_type.mms_type();
    let stored = match &media.encrypted {
        PhoneBlob::Path(path) => server.store_file(mms_type, path).await?,
        PhoneBlob::Bytes(bytes) => server.store_bytes(mms_type, bytes).await?,
    };
    let answer = notification(ResultType::Success, Some(stored.direct_path));
    Ok(MediaRetryNotice::encrypted(&receipt, key, &answer, now).to_node())
}

impl crate::server::conn::ServerConn {
    /// A companion's `<receipt type="server-error">`: ack it, then answer
    /// with the phone's `mediaretry` notification on the same connection.
    pub(crate) async fn on_media_retry_receipt(&mut self, receipt: &NodeRef<'_>) {
        let attrs = receipt.attrs();
        let id = attrs.optional_str("id").unwrap_or_default().into_owned();
        let mut ack = Node::new("ack")
            .attr("class", "receipt")
            .attr("id", id.clone())
            .attr("type", "server-error");
        if let Some(to) = receipt.attr("to") {
            ack = ack.attr("from", to.to_value());
        }
        self.send(&ack).await;
        if !matches!(self.role, crate::server::conn::Role::Device { .. }) {
            log::debug!("connection {}: media retry before login ignored", self.id);
            return;
        }
        let media = self.state.media.retained(&id);
        let server = self.state.media.clone();
        match answer_media_retry(&server, receipt, media.as_ref()).await {
            Ok(notification) => self.send(&notification).await,
            Err(error) => log::warn!("connection {}: bad media retry receipt: {error}", self.id),
        }
    }
}
