//! Downloads: `GET {scheme}://HOST{directPath}` streamed through the
//! verifying decryptor.
//!
//! The URL is whatsmeow's: the direct path, then `hash` (the unpadded
//! base64url `fileEncSha256`, when known), `mms-type` and `__wa-mms=` as
//! query parameters. Only direct paths are followed (a message's `url` is
//! reduced to its path and fetched from the `media_conn` hosts), so a
//! message cannot point a download at an arbitrary host.
//!
//! The body flows through a bounded queue into a thread that decrypts and
//! writes; memory holds a few pieces whatever the file size.
//! [`MediaClient::download_to`] writes into a temporary file beside the
//! destination and renames it only after the MAC, `fileEncSha256`,
//! `fileSha256` and length all matched: on any error nothing is left
//! behind. [`MediaClient::download`] keeps the plaintext in memory, up to a
//! limit, and hands it out only once verified.
//!
//! A connection broken mid-body is resumed on the same host with a `Range`
//! request (the decryptor simply continues); a server answering the whole
//! file instead restarts the decryptor. 404 and 410 end the download with
//! [`TransferError::MediaGone`] (start a media retry). A file that fails
//! verification is fetched once from each other host before giving up (a
//! single bad replica should not lose a file).

use std::fmt;
use std::io::{Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use bytes::Bytes;
use tempfile::NamedTempFile;
use tokio::sync::{mpsc, oneshot};

use super::conn::MediaConn;
use super::decrypt::{commit, temp_beside};
use super::retry_stanza::RetryTarget;
use super::transfer::{
    MediaClient, ProgressFn, ProgressTracker, TransferError, WEB_ORIGIN, check_direct_path,
    is_transient_status, media_token, retry_after,
};
use super::upload::UploadedMedia;
use super::{DecryptedMedia, MAC_LEN, MediaChecks, MediaDecryptor, MediaKey, MediaKeys, MediaType};
use crate::binary::Jid;
use crate::events::MessageInfo;
use crate::proto::wa;

/// Pieces of the body queued for the decrypting thread.
const SINK_QUEUE: usize = 8;

/// What to download and how to check it.
#[derive(Clone, PartialEq, Eq)]
pub struct DownloadRequest {
    /// The path on the media hosts (`directPath`).
    pub direct_path: String,
    /// `mediaKey`.
    pub media_key: MediaKey,
    /// The media type (selects the keys and `mms-type`).
    pub media_type: MediaType,
    /// The hashes and length the message announced.
    pub checks: MediaChecks,
}

impl fmt::Debug for DownloadRequest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DownloadRequest")
            .field("direct_path", &self.direct_path)
            .field("media_type", &self.media_type)
            .field("checks", &self.checks)
            .finish_non_exhaustive()
    }
}

impl DownloadRequest {
    /// A request for `direct_path` (which must start with `/`).
    pub fn new(
        direct_path: impl Into<String>,
        media_key: MediaKey,
        media_type: MediaType,
        checks: MediaChecks,
    ) -> Result<DownloadRequest, TransferError> {
        let direct_path = direct_path.into();
        check_direct_path(&direct_path)?;
        Ok(DownloadRequest {
            direct_path,
            media_key,
            media_type,
            checks,
        })
    }

    /// The same file at another path (after a media retry).
    pub fn with_direct_path(
        self,
        direct_path: impl Into<String>,
    ) -> Result<DownloadRequest, TransferError> {
        DownloadRequest::new(direct_path, self.media_key, self.media_type, self.checks)
    }

    /// Builds a request from a message's fields: `directPath` (or the path
    /// of `url`), `mediaKey` (required), and the optional hashes and length.
    pub fn from_fields(
        media_type: MediaType,
        direct_path: Option<&str>,
        url: Option<&str>,
        media_key: Option<&[u8]>,
        file_enc_sha256: Option<&[u8]>,
        file_sha256: Option<&[u8]>,
        file_length: Option<u64>,
    ) -> Result<DownloadRequest, TransferError> {
        let media_key =
            MediaKey::from_slice(media_key.ok_or(TransferError::MissingField("mediaKey"))?)?;
        let path = match (direct_path.filter(|p| !p.is_empty()), url) {
            (Some(path), _) => path.to_owned(),
            (None, Some(url)) if !url.is_empty() => path_of_url(url)?,
            _ => return Err(TransferError::MissingField("directPath")),
        };
        let mut checks = MediaChecks::none();
        if let Some(hash) = file_enc_sha256.filter(|h| !h.is_empty()) {
            checks = checks.with_enc_sha256(hash)?;
        }
        if let Some(hash) = file_sha256.filter(|h| !h.is_empty()) {
            checks = checks.with_sha256(hash)?;
        }
        if let Some(length) = file_length {
            checks = checks.with_length(length);
        }
        DownloadRequest::new(path, media_key, media_type, checks)
    }
}

fn path_of_url(url: &str) -> Result<String, TransferError> {
    let parsed = url::Url::parse(url).map_err(|_| TransferError::BadDirectPath(url.to_owned()))?;
    Ok(match parsed.query() {
        Some(query) => format!("{}?{query}", parsed.path()),
        None => parsed.path().to_owned(),
    })
}

/// Media references that can be downloaded.
pub trait Downloadable {
    /// The download request for this reference.
    fn download_request(&self) -> Result<DownloadRequest, TransferError>;
}

macro_rules! downloadable {
    ($type:ty, $media_type:expr, $length:ident) => {
        impl Downloadable for $type {
            fn download_request(&self) -> Result<DownloadRequest, TransferError> {
                DownloadRequest::from_fields(
                    $media_type,
                    self.direct_path.as_deref(),
                    None,
                    self.media_key.as_deref(),
                    self.file_enc_sha256.as_deref(),
                    self.file_sha256.as_deref(),
                    self.$length,
                )
            }
        }
    };
    ($type:ty, $media_type:expr, $length:ident, url) => {
        impl Downloadable for $type {
            fn download_request(&self) -> Result<DownloadRequest, TransferError> {
                DownloadRequest::from_fields(
                    $media_type,
                    self.direct_path.as_deref(),
                    self.url.as_deref(),
                    self.media_key.as_deref(),
                    self.file_enc_sha256.as_deref(),
                    self.file_sha256.as_deref(),
                    self.$length,
                )
            }
        }
    };
}

downloadable!(wa::ImageMessage, MediaType::Image, file_length, url);
downloadable!(wa::VideoMessage, MediaType::Video, file_length, url);
downloadable!(wa::AudioMessage, MediaType::Audio, file_length, url);
downloadable!(wa::DocumentMessage, MediaType::Document, file_length, url);
downloadable!(wa::StickerMessage, MediaType::Sticker, file_length, url);
downloadable!(wa::HistorySyncNotification, MediaType::History, file_length);
downloadable!(
    wa::ExternalBlobReference,
    MediaType::AppState,
    file_size_bytes
);

impl Downloadable for UploadedMedia {
    fn download_request(&self) -> Result<DownloadRequest, TransferError> {
        DownloadRequest::new(
            self.direct_path.clone(),
            self.media_key.clone(),
            self.media_type,
            self.checks(),
        )
    }
}

/// The message a piece of media belongs to: what a media retry names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaOrigin {
    /// The message id (of the media message, or of the protocol message
    /// carrying a history sync notification).
    pub message_id: String,
    /// The chat and sender (`<rmr>`), or a history sync blob.
    pub target: RetryTarget,
}

impl MediaOrigin {
    /// Media of a chat message: `chat`, whether we sent it, and its sender
    /// in a group.
    pub fn message(
        message_id: impl Into<String>,
        chat: Jid,
        from_me: bool,
        participant: Option<Jid>,
    ) -> MediaOrigin {
        MediaOrigin {
            message_id: message_id.into(),
            target: RetryTarget::Message {
                chat,
                from_me,
                participant,
            },
        }
    }

    /// A history sync blob announced by message `message_id`.
    pub fn history_sync(message_id: impl Into<String>) -> MediaOrigin {
        MediaOrigin {
            message_id: message_id.into(),
            target: RetryTarget::HistorySync,
        }
    }

    /// The origin of a received message's media: its chat, and the sender
    /// (without device) as `participant` in groups.
    pub fn from_message_info(info: &MessageInfo) -> MediaOrigin {
        let source = &info.source;
        let participant = source.is_group.then(|| source.sender.to_non_ad());
        MediaOrigin::message(
            info.id.clone(),
            source.chat.clone(),
            source.is_from_me,
            participant,
        )
    }
}

/// Options of one download.
#[derive(Clone, Default)]
pub struct DownloadOptions {
    /// Progress reports (encrypted bytes received).
    pub progress: Option<ProgressFn>,
    /// Limit of [`MediaClient::download`] (default
    /// [`TransferConfig::max_in_memory`](super::TransferConfig::max_in_memory)).
    pub max_in_memory: Option<u64>,
    /// The message the media belongs to. With it, the connected client's
    /// downloads (`Client::download`) answer 404/410 with a media retry;
    /// a bare [`MediaClient`], which has no connection to ask the phone
    /// through, reports [`TransferError::MediaGone`] either way.
    pub retry: Option<MediaOrigin>,
}

impl fmt::Debug for DownloadOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DownloadOptions")
            .field("progress", &self.progress.is_some())
            .field("max_in_memory", &self.max_in_memory)
            .field("retry", &self.retry)
            .finish()
    }
}

/// A file downloaded into memory, verified.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DownloadedMedia {
    /// The plaintext.
    pub data: Bytes,
    /// What was verified.
    pub info: DecryptedMedia,
}

impl MediaClient {
    /// Downloads, verifies and decrypts a file into memory (at most
    /// `max_in_memory` bytes; larger files fail with
    /// [`TransferError::TooLarge`] before they are fetched whole).
    pub async fn download(
        &self,
        request: &DownloadRequest,
        options: &DownloadOptions,
    ) -> Result<DownloadedMedia, TransferError> {
        let limit = options.max_in_memory.unwrap_or(self.config.max_in_memory);
        if request.checks.file_length.is_some_and(|len| len > limit) {
            return Err(TransferError::TooLarge { limit });
        }
        let target = Target::Memory {
            data: Vec::new(),
            limit,
        };
        let (data, info) = self.fetch(request, options, target, limit).await?;
        Ok(DownloadedMedia {
            data: Bytes::from(data.unwrap_or_default()),
            info,
        })
    }

    /// Downloads, verifies and decrypts a file into `destination`, which
    /// appears (atomically, replacing any file there) only once every check
    /// passed. On error nothing is left behind.
    pub async fn download_to(
        &self,
        request: &DownloadRequest,
        destination: &Path,
        options: &DownloadOptions,
    ) -> Result<DecryptedMedia, TransferError> {
        let temp = {
            let destination = destination.to_owned();
            tokio::task::spawn_blocking(move || temp_beside(&destination))
                .await
                .map_err(|_| TransferError::TaskFailed)??
        };
        let target = Target::File {
            temp,
            destination: destination.to_owned(),
        };
        let (_, info) = self.fetch(request, options, target, u64::MAX).await?;
        Ok(info)
    }

    async fn fetch(
        &self,
        request: &DownloadRequest,
        options: &DownloadOptions,
        target: Target,
        limit: u64,
    ) -> Result<Output, TransferError> {
        check_direct_path(&request.direct_path)?;
        let conn = self.conns.get().await?;
        let keys = request.media_key.expand(request.media_type);
        let expected_len = request
            .checks
            .file_length
            .map(|len| (len / 16 + 1) * 16 + MAC_LEN as u64);
        let progress = ProgressTracker::new(options.progress.clone(), expected_len);
        let mut sink = Sink::spawn(target, keys, request.checks);
        let result = self
            .fetch_hosts(&conn, request, &mut sink, &progress, limit)
            .await;
        match result {
            Ok(()) => sink.finish().await,
            Err(error) => {
                sink.abandon().await;
                Err(error)
            }
        }
    }

    async fn fetch_hosts(
        &self,
        conn: &MediaConn,
        request: &DownloadRequest,
        sink: &mut Sink,
        progress: &Arc<ProgressTracker>,
        limit: u64,
    ) -> Result<(), TransferError> {
        let mut hosts = conn.host_order();
        let mut last = None;
        let mut wait = None;
        for pass in 0..self.config.passes.max(1) {
            if hosts.is_empty() {
                break;
            }
            let pause = self.config.pause_before(pass, wait.take());
            if !pause.is_zero() {
                tokio::time::sleep(pause).await;
            }
            let mut failed_integrity = Vec::new();
            for host in &hosts {
                let attempt = self.fetch_host(host, request, sink, progress, limit).await;
                let error = match attempt {
                    Ok(()) => match sink.check().await {
                        Ok(()) => return Ok(()),
                        Err(error) => error,
                    },
                    Err(Failure::Fatal(error)) if !error.is_integrity() => return Err(error),
                    Err(Failure::Fatal(error)) => error,
                    Err(Failure::Transient(error, retry)) => {
                        wait = wait.max(retry);
                        error
                    }
                };
                if error.is_integrity() {
                    // This host's copy is bad: not worth fetching again.
                    failed_integrity.push(host.clone());
                } else if !error.is_transient() {
                    return Err(error);
                }
                log::debug!("download from {host} failed: {error}");
                sink.reset().await?;
                last = Some(error);
            }
            hosts.retain(|host| !failed_integrity.contains(host));
        }
        Err(last.unwrap_or(TransferError::MediaConn(super::MediaConnError::NoHosts)))
    }

    /// Streams the file from one host into the sink, resuming with `Range`
    /// after a broken connection.
    async fn fetch_host(
        &self,
        host: &str,
        request: &DownloadRequest,
        sink: &mut Sink,
        progress: &Arc<ProgressTracker>,
        limit: u64,
    ) -> Result<(), Failure> {
        let url = self.download_url(host, request).map_err(Failure::Fatal)?;
        let mut resumes = 0;
        let idle = self.config.idle_timeout;
        'request: loop {
            let mut builder = self
                .http
                .get(&url)
                .header(reqwest::header::ORIGIN, WEB_ORIGIN)
                .header(reqwest::header::REFERER, format!("{WEB_ORIGIN}/"));
            let offset = sink.fed;
            if offset > 0 {
                builder = builder.header(reqwest::header::RANGE, format!("bytes={offset}-"));
            }
            let mut response = match builder.send().await {
                Ok(response) => response,
                Err(error) => {
                    return Err(Failure::Transient(
                        TransferError::network(host, error),
                        None,
                    ));
                }
            };
            let status = response.status().as_u16();
            match status {
                200 => {
                    if offset > 0 {
                        // The server sent the whole file again.
                        sink.reset().await.map_err(Failure::Fatal)?;
                    }
                }
                206 if content_range_start(response.headers()) == Some(offset) => {}
                404 | 410 => return Err(Failure::Fatal(TransferError::MediaGone { status })),
                _ => {
                    let error = TransferError::Status {
                        host: host.to_owned(),
                        status,
                    };
                    return Err(if is_transient_status(status) || status == 206 {
                        Failure::Transient(error, retry_after(response.headers()))
                    } else {
                        Failure::Fatal(error)
                    });
                }
            }
            if let Some(remaining) = response.content_length() {
                let total = sink.fed.saturating_add(remaining);
                if total > limit.saturating_add(32) {
                    return Err(Failure::Fatal(TransferError::TooLarge { limit }));
                }
                progress.set_total(total);
            }
            loop {
                let piece = match tokio::time::timeout(idle, response.chunk()).await {
                    Ok(Ok(Some(piece))) => piece,
                    Ok(Ok(None)) => return Ok(()),
                    Ok(Err(error)) => {
                        let error = TransferError::network(host, error);
                        if sink.fed > offset && resumes < self.config.resumes_per_host {
                            resumes += 1;
                            log::debug!("resuming download from {host} at {}: {error}", sink.fed);
                            continue 'request;
                        }
                        return Err(Failure::Transient(error, None));
                    }
                    Err(_) => {
                        return Err(Failure::Transient(TransferError::idle(host, idle), None));
                    }
                };
                sink.feed(piece).await.map_err(Failure::Fatal)?;
                progress.update(sink.fed);
            }
        }
    }

    fn download_url(&self, host: &str, request: &DownloadRequest) -> Result<String, TransferError> {
        let separator = if request.direct_path.contains('?') {
            '&'
        } else {
            '?'
        };
        let hash = request
            .checks
            .file_enc_sha256
            .map(|hash| format!("hash={}&", media_token(&hash)))
            .unwrap_or_default();
        Ok(format!(
            "{}{}{separator}{hash}mms-type={}&__wa-mms=",
            self.base_url(host)?,
            request.direct_path,
            request.media_type.mms_type()
        ))
    }
}

enum Failure {
    Transient(TransferError, Option<std::time::Duration>),
    Fatal(TransferError),
}

/// The start offset of `Content-Range: bytes START-END/TOTAL`.
fn content_range_start(headers: &reqwest::header::HeaderMap) -> Option<u64> {
    let value = headers.get(reqwest::header::CONTENT_RANGE)?.to_str().ok()?;
    let range = value.trim().strip_prefix("bytes ")?;
    range.split('-').next()?.trim().parse().ok()
}

/// Where the plaintext goes.
enum Target {
    Memory {
        data: Vec<u8>,
        limit: u64,
    },
    File {
        temp: NamedTempFile,
        destination: PathBuf,
    },
}

/// The plaintext (in-memory downloads) and what was verified.
type Output = (Option<Vec<u8>>, DecryptedMedia);

enum Feed {
    Data(Bytes),
    /// Start over (new decryptor, empty output).
    Reset(oneshot::Sender<Result<(), TransferError>>),
    /// Check the file; on failure the sink starts over by itself.
    Check(oneshot::Sender<Result<(), TransferError>>),
    /// Hand the output over (after a successful check).
    Finish(oneshot::Sender<Result<Output, TransferError>>),
}

/// The decrypting thread's handle.
struct Sink {
    tx: mpsc::Sender<Feed>,
    /// Set by the thread when a piece failed (the error waits for the
    /// next check or reset).
    failed: Arc<AtomicBool>,
    /// Encrypted bytes fed since the last reset.
    fed: u64,
    /// The thread, awaited on abandon so that its temporary file is gone
    /// before the error reaches the caller.
    worker: tokio::task::JoinHandle<()>,
}

impl Sink {
    fn spawn(target: Target, keys: MediaKeys, checks: MediaChecks) -> Sink {
        let (tx, rx) = mpsc::channel(SINK_QUEUE);
        let failed = Arc::new(AtomicBool::new(false));
        let worker = Worker {
            target,
            decryptor: Some(MediaDecryptor::new(&keys, checks)),
            keys,
            checks,
            out: Vec::new(),
            error: None,
            failed: failed.clone(),
            verified: None,
        };
        let worker = tokio::task::spawn_blocking(move || worker.run(rx));
        Sink {
            tx,
            failed,
            fed: 0,
            worker,
        }
    }

    async fn feed(&mut self, piece: Bytes) -> Result<(), TransferError> {
        if self.failed.load(Ordering::Relaxed) {
            // Stop streaming a file already known to be bad.
            return Err(self
                .check()
                .await
                .err()
                .unwrap_or(TransferError::TaskFailed));
        }
        self.fed += piece.len() as u64;
        self.tx
            .send(Feed::Data(piece))
            .await
            .map_err(|_| TransferError::TaskFailed)
    }

    async fn ask<T>(
        &self,
        make: impl FnOnce(oneshot::Sender<Result<T, TransferError>>) -> Feed,
    ) -> Result<T, TransferError> {
        let (reply, answer) = oneshot::channel();
        self.tx
            .send(make(reply))
            .await
            .map_err(|_| TransferError::TaskFailed)?;
        answer.await.map_err(|_| TransferError::TaskFailed)?
    }

    async fn reset(&mut self) -> Result<(), TransferError> {
        self.fed = 0;
        self.ask(Feed::Reset).await
    }

    async fn check(&mut self) -> Result<(), TransferError> {
        let result = self.ask(Feed::Check).await;
        if result.is_err() {
            self.fed = 0;
        }
        result
    }

    async fn finish(self) -> Result<Output, TransferError> {
        self.ask(Feed::Finish).await
    }

    /// Closes the queue and waits for the thread to end, which removes its
    /// temporary file (a dropped download cleans up the same way, later).
    async fn abandon(self) {
        let Sink { tx, worker, .. } = self;
        drop(tx);
        if worker.await.is_err() {
            log::warn!("media download thread ended abnormally");
        }
    }
}

struct Worker {
    target: Target,
    keys: MediaKeys,
    checks: MediaChecks,
    decryptor: Option<MediaDecryptor>,
    out: Vec<u8>,
    error: Option<TransferError>,
    failed: Arc<AtomicBool>,
    verified: Option<DecryptedMedia>,
}

impl Worker {
    fn run(mut self, mut rx: mpsc::Receiver<Feed>) {
        while let Some(feed) = rx.blocking_recv() {
            match feed {
                Feed::Data(piece) => {
                    if self.error.is_none()
                        && let Err(error) = self.take(&piece)
                    {
                        self.error = Some(error);
                        self.failed.store(true, Ordering::Relaxed);
                    }
                }
                Feed::Reset(reply) => {
                    let _ = reply.send(self.reset());
                }
                Feed::Check(reply) => {
                    let result = self.check();
                    if result.is_err() {
                        // Ready for the next host; a reset failure surfaces there.
                        let _ = self.reset();
                    }
                    let _ = reply.send(result);
                }
                Feed::Finish(reply) => {
                    let _ = reply.send(self.finish());
                    return;
                }
            }
        }
        // The download was abandoned: `target` drops, and a temporary file
        // with it.
    }

    fn take(&mut self, piece: &[u8]) -> Result<(), TransferError> {
        let decryptor = self.decryptor.as_mut().ok_or(TransferError::TaskFailed)?;
        self.out.clear();
        decryptor.update(piece, &mut self.out)?;
        self.write_out()
    }

    fn write_out(&mut self) -> Result<(), TransferError> {
        match &mut self.target {
            Target::Memory { data, limit } => {
                if (data.len() + self.out.len()) as u64 > *limit {
                    return Err(TransferError::TooLarge { limit: *limit });
                }
                data.extend_from_slice(&self.out);
            }
            Target::File { temp, .. } => temp.as_file_mut().write_all(&self.out)?,
        }
        Ok(())
    }

    fn reset(&mut self) -> Result<(), TransferError> {
        self.decryptor = Some(MediaDecryptor::new(&self.keys, self.checks));
        self.error = None;
        self.verified = None;
        self.failed.store(false, Ordering::Relaxed);
        match &mut self.target {
            Target::Memory { data, .. } => data.clear(),
            Target::File { temp, .. } => {
                let file = temp.as_file_mut();
                file.set_len(0)?;
                file.seek(SeekFrom::Start(0))?;
            }
        }
        Ok(())
    }

    fn check(&mut self) -> Result<(), TransferError> {
        if let Some(error) = self.error.take() {
            return Err(error);
        }
        let decryptor = self.decryptor.take().ok_or(TransferError::TaskFailed)?;
        self.out.clear();
        let info = decryptor.finish(&mut self.out)?;
        self.write_out()?;
        self.verified = Some(info);
        Ok(())
    }

    fn finish(self) -> Result<Output, TransferError> {
        let info = self.verified.ok_or(TransferError::TaskFailed)?;
        match self.target {
            Target::Memory { data, .. } => Ok((Some(data), info)),
            Target::File { temp, destination } => {
                commit(temp, &destination)?;
                Ok((None, info))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_from_message_info() {
        use crate::events::{MessageSource, Timestamp};
        let group = Jid::parse("120363000000000001@g.us").unwrap();
        let sender = Jid::parse("15551234567:4@s.whatsapp.net").unwrap();
        let mut source = MessageSource::new(group.clone(), sender);
        source.is_group = true;
        let info = MessageInfo::new(source, "3EB0AA", Timestamp(1));
        assert_eq!(
            MediaOrigin::from_message_info(&info),
            MediaOrigin::message(
                "3EB0AA",
                group,
                false,
                Some(Jid::parse("15551234567@s.whatsapp.net").unwrap())
            )
        );
        let chat = Jid::parse("15557654321@s.whatsapp.net").unwrap();
        let mut source = MessageSource::new(chat.clone(), chat.clone());
        source.is_from_me = true;
        let info = MessageInfo::new(source, "3EB0BB", Timestamp(1));
        assert_eq!(
            MediaOrigin::from_message_info(&info).target,
            RetryTarget::Message {
                chat,
                from_me: true,
                participant: None
            }
        );
        assert_eq!(
            MediaOrigin::history_sync("X").target,
            RetryTarget::HistorySync
        );
    }

    #[test]
    fn requests_from_message_fields() {
        let key = [5u8; 32];
        let image = wa::ImageMessage {
            url: Some("https://mmg.whatsapp.net/v/t62.7118-24/1_n.enc?ccb=11-4&oh=x".into()),
            media_key: Some(key.to_vec().into()),
            file_enc_sha256: Some(vec![1; 32].into()),
            file_sha256: Some(vec![2; 32].into()),
            file_length: Some(10),
            ..Default::default()
        };
        let request = image.download_request().unwrap();
        assert_eq!(request.direct_path, "/v/t62.7118-24/1_n.enc?ccb=11-4&oh=x");
        assert_eq!(request.media_type, MediaType::Image);
        assert_eq!(request.checks.file_enc_sha256, Some([1; 32]));
        assert_eq!(request.checks.file_length, Some(10));

        let with_path = wa::ImageMessage {
            direct_path: Some("/v/own".into()),
            ..image.clone()
        };
        assert_eq!(with_path.download_request().unwrap().direct_path, "/v/own");

        let keyless = wa::ImageMessage {
            media_key: None,
            ..image.clone()
        };
        assert!(matches!(
            keyless.download_request(),
            Err(TransferError::MissingField("mediaKey"))
        ));
        let short_hash = wa::ImageMessage {
            file_enc_sha256: Some(vec![1; 31].into()),
            ..image.clone()
        };
        assert!(matches!(
            short_hash.download_request(),
            Err(TransferError::Media(
                super::super::MediaError::BadFieldLength { .. }
            ))
        ));
        let history = wa::HistorySyncNotification {
            direct_path: Some("@evil.example/x".into()),
            media_key: Some(key.to_vec().into()),
            ..Default::default()
        };
        assert!(matches!(
            history.download_request(),
            Err(TransferError::BadDirectPath(_))
        ));
        let blob = wa::ExternalBlobReference {
            media_key: Some(key.to_vec().into()),
            ..Default::default()
        };
        assert!(matches!(
            blob.download_request(),
            Err(TransferError::MissingField("directPath"))
        ));
    }

    #[test]
    fn content_range_parsing() {
        let mut headers = reqwest::header::HeaderMap::new();
        assert_eq!(content_range_start(&headers), None);
        headers.insert(
            reqwest::header::CONTENT_RANGE,
            "bytes 100-199/200".parse().unwrap(),
        );
        assert_eq!(content_range_start(&headers), Some(100));
        headers.insert(
            reqwest::header::CONTENT_RANGE,
            "items 1-2/3".parse().unwrap(),
        );
        assert_eq!(content_range_start(&headers), None);
    }
}
