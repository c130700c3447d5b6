//! Media on the client: `media_conn` over the connection, uploads and
//! downloads through a [`MediaClient`], and media retry.
//!
//! * [`Client::media_conn`]: `<iq xmlns="w:m" type="set"><media_conn/></iq>`,
//!   cached for the shorter of its `ttl` and `auth_ttl` and fetched again
//!   when stale or when a media host refuses the token.
//! * [`Client::upload`], [`Client::download`], [`Client::download_to`]:
//!   streaming transfers with retries across hosts (see
//!   [`crate::media::transfer`]), configured by
//!   [`ClientConfig::media`](super::ClientConfig::media).
//! * Media retry: when a download answers 404 or 410 and
//!   [`DownloadOptions::retry`] says which message the media belongs to,
//!   the client sends the `server-error` receipt
//!   ([`MediaRetryReceipt`]), waits for the phone's `mediaretry`
//!   notification, decrypts it and downloads from the new direct path.
//!   [`Client::media_retry`] runs the exchange alone.
//!
//! Incoming `<notification type="mediaretry">` stanzas go through
//! [`on_media_retry_notification`], which wakes the waiting download and
//! emits [`Event::MediaRetry`].

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use tokio::sync::oneshot;

use super::error::IqError;
use super::lifecycle::{Client, lock};
use crate::binary::{Jid, NodeRef};
use crate::events::{Event, MediaRetry, Timestamp};
use crate::media::{
    DecryptedMedia, DownloadOptions, DownloadRequest, Downloadable, DownloadedMedia, MediaClient,
    MediaConn, MediaConnCache, MediaConnError, MediaKey, MediaRetryNotice, MediaRetryOutcome,
    MediaRetryPayload, MediaRetryReceipt, MediaType, RetryTarget, TransferError, UploadOptions,
    UploadSource, UploadedMedia, media_conn_request,
};

/// The client's media state: the transfer client (built on first use) and
/// the downloads waiting for a media retry answer, by message id.
#[derive(Default)]
pub(crate) struct MediaState {
    client: Mutex<Option<MediaClient>>,
    waiters: Mutex<HashMap<String, Vec<oneshot::Sender<MediaRetryNotice>>>>,
}

/// Removes the closed waiters of one message id when a retry ends, however
/// it ends (answer, timeout, cancellation).
struct WaiterGuard<'a> {
    state: &'a MediaState,
    message_id: &'a str,
}

impl Drop for WaiterGuard<'_> {
    fn drop(&mut self) {
        let mut waiters = lock(&self.state.waiters);
        if let Some(list) = waiters.get_mut(self.message_id) {
            list.retain(|waiter| !waiter.is_closed());
            if list.is_empty() {
                waiters.remove(self.message_id);
            }
        }
    }
}

fn media_conn_error(error: IqError) -> MediaConnError {
    match error {
        IqError::Server { code, text } => MediaConnError::Refused { code, text },
        IqError::Timeout(_) => MediaConnError::Timeout,
        IqError::Disconnected | IqError::NotConnected => MediaConnError::NotConnected,
        IqError::UnexpectedAnswer(_) => MediaConnError::MissingMediaConn,
    }
}

impl Client {
    /// The transfer client, built on first use with
    /// [`ClientConfig::media`](super::ClientConfig::media); its `media_conn`
    /// cache asks the server over this client's connection.
    pub fn media(&self) -> Result<MediaClient, TransferError> {
        let mut slot = lock(&self.inner.media.client);
        if let Some(client) = slot.as_ref() {
            return Ok(client.clone());
        }
        // A weak handle: the cache lives inside the client it asks through.
        let weak = Arc::downgrade(&self.inner);
        let cache = MediaConnCache::new(move || {
            let weak = weak.clone();
            async move {
                let inner = weak.upgrade().ok_or(MediaConnError::NotConnected)?;
                let client = Client { inner };
                let answer = client
                    .send_iq(media_conn_request())
                    .await
                    .map_err(media_conn_error)?;
                MediaConn::parse(answer.get())
            }
        });
        let client = MediaClient::new(self.inner.config.media.clone(), Arc::new(cache))?;
        *slot = Some(client.clone());
        Ok(client)
    }

    /// The current `media_conn` (hosts and upload token), asked from the
    /// server when none is cached or the cached one is stale.
    pub async fn media_conn(&self) -> Result<Arc<MediaConn>, TransferError> {
        Ok(self.media()?.media_conns().get().await?)
    }

    /// Encrypts and uploads a file (see [`MediaClient::upload`]); the result
    /// fills the media fields of a message
    /// ([`UploadedMedia::image_message`] and the like).
    pub async fn upload(
        &self,
        source: UploadSource,
        media_type: MediaType,
        options: &UploadOptions,
    ) -> Result<UploadedMedia, TransferError> {
        self.media()?.upload(source, media_type, options).await
    }

    /// [`upload`](Client::upload) of a file on disk (read twice, never held
    /// in memory).
    pub async fn upload_path(
        &self,
        path: impl AsRef<Path>,
        media_type: MediaType,
        options: &UploadOptions,
    ) -> Result<UploadedMedia, TransferError> {
        let source = UploadSource::Path(path.as_ref().to_owned());
        self.upload(source, media_type, options).await
    }

    /// Downloads, verifies and decrypts the media of a message (image,
    /// video, audio, document, sticker, history sync notification, app-state
    /// blob) into memory. Nothing is returned unless the MAC, both hashes
    /// and the length match. With [`DownloadOptions::retry`] set, a file the
    /// server no longer has (404/410) is asked from the phone again.
    pub async fn download(
        &self,
        media: &impl Downloadable,
        options: &DownloadOptions,
    ) -> Result<DownloadedMedia, TransferError> {
        let media_client = self.media()?;
        let request = media.download_request()?;
        match media_client.download(&request, options).await {
            Err(TransferError::MediaGone { status }) => {
                let request = self.after_retry(request, status, options).await?;
                media_client.download(&request, options).await
            }
            other => other,
        }
    }

    /// Downloads, verifies and decrypts the media of a message into `path`,
    /// which appears only once every check passed (nothing is left behind
    /// on error). Media retry as in [`download`](Client::download).
    pub async fn download_to(
        &self,
        media: &impl Downloadable,
        path: impl AsRef<Path>,
        options: &DownloadOptions,
    ) -> Result<DecryptedMedia, TransferError> {
        let path = path.as_ref();
        let media_client = self.media()?;
        let request = media.download_request()?;
        match media_client.download_to(&request, path, options).await {
            Err(TransferError::MediaGone { status }) => {
                let request = self.after_retry(request, status, options).await?;
                media_client.download_to(&request, path, options).await
            }
            other => other,
        }
    }

    /// The request for the re-uploaded file, or `MediaGone` when the options
    /// name no message to retry.
    async fn after_retry(
        &self,
        request: DownloadRequest,
        status: u16,
        options: &DownloadOptions,
    ) -> Result<DownloadRequest, TransferError> {
        let Some(origin) = &options.retry else {
            return Err(TransferError::MediaGone { status });
        };
        log::info!(
            "media of message {} is gone (HTTP {status}): asking the phone for it",
            origin.message_id
        );
        let direct_path = self.media_retry(origin, &request.media_key).await?;
        request.with_direct_path(direct_path)
    }

    /// Asks the phone to upload the media of a message again: sends the
    /// `server-error` receipt, waits (at most
    /// [`TransferConfig::media_retry_timeout`](crate::media::TransferConfig::media_retry_timeout))
    /// for the `mediaretry` notification and returns the new direct path.
    pub async fn media_retry(
        &self,
        origin: &crate::media::MediaOrigin,
        media_key: &MediaKey,
    ) -> Result<String, TransferError> {
        let own = self.jid().ok_or(TransferError::NotConnected)?;
        let receipt = MediaRetryReceipt::new(
            &own,
            &origin.message_id,
            origin.target.clone(),
            media_key.as_bytes(),
        );
        let state = &self.inner.media;
        let (tx, rx) = oneshot::channel();
        lock(&state.waiters)
            .entry(origin.message_id.clone())
            .or_default()
            .push(tx);
        let _guard = WaiterGuard {
            state,
            message_id: &origin.message_id,
        };
        self.send_node(receipt.to_node())
            .await
            .map_err(|_| TransferError::NotConnected)?;
        let timeout = self.inner.config.media.media_retry_timeout;
        let notice = match tokio::time::timeout(timeout, rx).await {
            Ok(Ok(notice)) => notice,
            Ok(Err(_)) => return Err(TransferError::NotConnected),
            Err(_) => return Err(TransferError::RetryTimeout(timeout)),
        };
        match notice.decrypt(media_key.as_bytes())? {
            MediaRetryOutcome::Success { direct_path } => Ok(direct_path),
            outcome => {
                log::info!(
                    "the phone could not upload the media of {} again: {outcome:?}",
                    origin.message_id
                );
                Err(TransferError::RetryRefused(outcome))
            }
        }
    }
}

/// Handles `<notification type="mediaretry">`: wakes the downloads waiting
/// for this message and emits [`Event::MediaRetry`]. A notification that
/// does not parse is logged and dropped (the caller acks it either way).
///
/// The entry point for the connection's notification router.
pub(crate) fn on_media_retry_notification(client: &Client, node: &NodeRef<'_>) {
    let notice = match MediaRetryNotice::parse(node) {
        Ok(notice) => notice,
        Err(error) => {
            log::warn!("unreadable mediaretry notification: {error}");
            return;
        }
    };
    let waiters = lock(&client.inner.media.waiters).remove(&notice.message_id);
    for waiter in waiters.into_iter().flatten() {
        let _ = waiter.send(notice.clone());
    }
    client
        .inner
        .emit(Event::MediaRetry(media_retry_event(client, notice)));
}

fn media_retry_event(client: &Client, notice: MediaRetryNotice) -> MediaRetry {
    let (chat_jid, sender_jid, from_me) = match notice.target {
        RetryTarget::Message {
            chat,
            from_me,
            participant,
        } => (chat, participant, from_me),
        RetryTarget::HistorySync => {
            let own = notice
                .from
                .or_else(|| client.jid().map(|jid| jid.to_non_ad()))
                .unwrap_or_else(Jid::server_jid);
            (own, None, true)
        }
    };
    let (ciphertext, iv, error_code) = match notice.payload {
        MediaRetryPayload::Encrypted { ciphertext, iv } => {
            (Some(Bytes::from(ciphertext)), Some(Bytes::from(iv)), None)
        }
        MediaRetryPayload::Error { code } => (None, None, Some(i32::from(code))),
    };
    let timestamp = notice
        .timestamp
        .and_then(|t| i64::try_from(t).ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        });
    MediaRetry {
        message_id: notice.message_id,
        chat_jid,
        sender_jid,
        from_me,
        timestamp: Timestamp(timestamp),
        ciphertext,
        iv,
        error_code,
    }
}
