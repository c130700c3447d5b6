//! Uploads: encrypt on the fly and stream to `POST
//! {scheme}://HOST/mms/{mms_type}/{token}?auth={auth}&token={token}`.
//!
//! The URL needs `fileEncSha256` before the first byte is sent, so the
//! encrypted file must be known in full first. How depends on the source,
//! and memory stays bounded in every case:
//!
//! * [`UploadSource::Path`]: **two passes over the file, no temporary file**.
//!   The first encrypts into nothing, keeping only the hashes; each upload
//!   attempt encrypts again as the body is sent (encryption is
//!   deterministic for a key). A file that changes between the passes is
//!   detected before the last block leaves ([`TransferError::SourceChanged`]).
//!   This doubles the CPU cost (cheap next to the network) and needs no disk
//!   space, which matters for a 1 GiB video.
//! * [`UploadSource::Reader`]: a reader cannot be read twice, so it is
//!   encrypted once into a temporary file, which attempts then stream.
//! * [`UploadSource::Bytes`]: encrypted in memory (the caller holds the
//!   plaintext already).
//!
//! Requests carry `Origin`/`Referer: https://web.whatsapp.com` and an exact
//! `Content-Length`. The answer is JSON `{url, direct_path, handle,
//! object_id}`. Retries follow [`super::transfer`]; a 401 or 403 (the token
//! expired) refreshes `media_conn` once and starts again.

use std::fmt;
use std::io::{self, Read};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures_util::StreamExt as _;
use tempfile::NamedTempFile;
use tokio::sync::mpsc;

use super::conn::MediaConn;
use super::transfer::{
    MAX_ANSWER_LEN, MediaClient, ProgressFn, ProgressTracker, TransferError, WEB_ORIGIN,
    is_transient_status, media_token, query_value, retry_after,
};
use super::{
    EncryptedMedia, MediaChecks, MediaEncryptor, MediaKey, MediaKeys, MediaType, READ_BUFFER,
    encrypt, encrypt_stream,
};
use crate::proto::wa;

/// Pieces of the body in flight between the encrypting thread and the socket.
const BODY_QUEUE: usize = 4;

/// What to upload.
pub enum UploadSource {
    /// A file, read twice (hash pass, then upload pass); no temporary file.
    Path(PathBuf),
    /// Plaintext in memory.
    Bytes(Bytes),
    /// A reader, encrypted once into a temporary file.
    Reader(Box<dyn Read + Send>),
}

impl fmt::Debug for UploadSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UploadSource::Path(path) => f.debug_tuple("Path").field(path).finish(),
            UploadSource::Bytes(bytes) => write!(f, "Bytes({} bytes)", bytes.len()),
            UploadSource::Reader(_) => f.write_str("Reader(..)"),
        }
    }
}

/// Options of one upload.
#[derive(Clone, Default)]
pub struct UploadOptions {
    /// The media key to use; a fresh random one when `None`.
    pub media_key: Option<MediaKey>,
    /// Progress reports (encrypted bytes handed to the connection).
    pub progress: Option<ProgressFn>,
}

impl fmt::Debug for UploadOptions {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UploadOptions")
            .field("media_key", &self.media_key.as_ref().map(|_| "<redacted>"))
            .field("progress", &self.progress.is_some())
            .finish()
    }
}

/// An uploaded file: everything a media message needs.
#[derive(Clone, PartialEq, Eq)]
pub struct UploadedMedia {
    /// `url`: the full download URL the server returned.
    pub url: String,
    /// `directPath`.
    pub direct_path: String,
    /// `handle` (newsletter media), when returned.
    pub handle: Option<String>,
    /// `object_id`, when returned.
    pub object_id: Option<String>,
    /// The type the file was encrypted for.
    pub media_type: MediaType,
    /// `mediaKey`.
    pub media_key: MediaKey,
    /// `mediaKeyTimestamp`: when the key was made (unix seconds).
    pub media_key_timestamp: i64,
    /// `fileSha256`.
    pub file_sha256: [u8; 32],
    /// `fileEncSha256`.
    pub file_enc_sha256: [u8; 32],
    /// `fileLength` (plaintext bytes).
    pub file_length: u64,
}

impl fmt::Debug for UploadedMedia {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UploadedMedia")
            .field("direct_path", &self.direct_path)
            .field("media_type", &self.media_type)
            .field("file_length", &self.file_length)
            .field("file_enc_sha256", &hex::encode(self.file_enc_sha256))
            .finish_non_exhaustive()
    }
}

impl UploadedMedia {
    /// What a download of this file checks: both hashes and the length.
    pub fn checks(&self) -> MediaChecks {
        MediaChecks {
            file_enc_sha256: Some(self.file_enc_sha256),
            file_sha256: Some(self.file_sha256),
            file_length: Some(self.file_length),
        }
    }

    /// An `ImageMessage` pointing at the file (add caption, size, thumbnail).
    pub fn image_message(&self, mimetype: &str) -> wa::ImageMessage {
        wa::ImageMessage {
            url: Some(self.url.clone()),
            mimetype: Some(mimetype.to_owned()),
            file_sha256: Some(Bytes::copy_from_slice(&self.file_sha256)),
            file_length: Some(self.file_length),
            media_key: Some(Bytes::copy_from_slice(self.media_key.as_bytes())),
            file_enc_sha256: Some(Bytes::copy_from_slice(&self.file_enc_sha256)),
            direct_path: Some(self.direct_path.clone()),
            media_key_timestamp: Some(self.media_key_timestamp),
            ..Default::default()
        }
    }

    /// A `VideoMessage` pointing at the file.
    pub fn video_message(&self, mimetype: &str) -> wa::VideoMessage {
        wa::VideoMessage {
            url: Some(self.url.clone()),
            mimetype: Some(mimetype.to_owned()),
            file_sha256: Some(Bytes::copy_from_slice(&self.file_sha256)),
            file_length: Some(self.file_length),
            media_key: Some(Bytes::copy_from_slice(self.media_key.as_bytes())),
            file_enc_sha256: Some(Bytes::copy_from_slice(&self.file_enc_sha256)),
            direct_path: Some(self.direct_path.clone()),
            media_key_timestamp: Some(self.media_key_timestamp),
            gif_playback: Some(self.media_type == MediaType::Gif),
            ..Default::default()
        }
    }

    /// An `AudioMessage` pointing at the file (`ptt` for voice notes).
    pub fn audio_message(&self, mimetype: &str) -> wa::AudioMessage {
        wa::AudioMessage {
            url: Some(self.url.clone()),
            mimetype: Some(mimetype.to_owned()),
            file_sha256: Some(Bytes::copy_from_slice(&self.file_sha256)),
            file_length: Some(self.file_length),
            media_key: Some(Bytes::copy_from_slice(self.media_key.as_bytes())),
            file_enc_sha256: Some(Bytes::copy_from_slice(&self.file_enc_sha256)),
            direct_path: Some(self.direct_path.clone()),
            media_key_timestamp: Some(self.media_key_timestamp),
            ptt: Some(self.media_type == MediaType::Ptt),
            ..Default::default()
        }
    }

    /// A `DocumentMessage` pointing at the file.
    pub fn document_message(&self, mimetype: &str, file_name: &str) -> wa::DocumentMessage {
        wa::DocumentMessage {
            url: Some(self.url.clone()),
            mimetype: Some(mimetype.to_owned()),
            file_sha256: Some(Bytes::copy_from_slice(&self.file_sha256)),
            file_length: Some(self.file_length),
            media_key: Some(Bytes::copy_from_slice(self.media_key.as_bytes())),
            file_enc_sha256: Some(Bytes::copy_from_slice(&self.file_enc_sha256)),
            direct_path: Some(self.direct_path.clone()),
            media_key_timestamp: Some(self.media_key_timestamp),
            file_name: Some(file_name.to_owned()),
            ..Default::default()
        }
    }

    /// A `StickerMessage` pointing at the file.
    pub fn sticker_message(&self, mimetype: &str) -> wa::StickerMessage {
        wa::StickerMessage {
            url: Some(self.url.clone()),
            mimetype: Some(mimetype.to_owned()),
            file_sha256: Some(Bytes::copy_from_slice(&self.file_sha256)),
            file_length: Some(self.file_length),
            media_key: Some(Bytes::copy_from_slice(self.media_key.as_bytes())),
            file_enc_sha256: Some(Bytes::copy_from_slice(&self.file_enc_sha256)),
            direct_path: Some(self.direct_path.clone()),
            media_key_timestamp: Some(self.media_key_timestamp),
            ..Default::default()
        }
    }

    /// An `ExternalBlobReference` (app-state blobs).
    pub fn external_blob_reference(&self) -> wa::ExternalBlobReference {
        wa::ExternalBlobReference {
            media_key: Some(Bytes::copy_from_slice(self.media_key.as_bytes())),
            direct_path: Some(self.direct_path.clone()),
            handle: self.handle.clone(),
            file_size_bytes: Some(self.file_length),
            file_sha256: Some(Bytes::copy_from_slice(&self.file_sha256)),
            file_enc_sha256: Some(Bytes::copy_from_slice(&self.file_enc_sha256)),
        }
    }
}

/// The encrypted file, ready to be sent as many times as attempts need.
enum Prepared {
    /// Encrypted in memory.
    Memory(Bytes),
    /// Encrypted into a temporary file.
    Spool(NamedTempFile),
    /// Encrypted again from the plaintext file at each attempt.
    Reencrypt { path: PathBuf, keys: MediaKeys },
}

#[derive(serde::Deserialize)]
struct Answer {
    url: Option<String>,
    direct_path: Option<String>,
    handle: Option<String>,
    object_id: Option<String>,
}

/// How one attempt ended, besides success.
enum Failure {
    /// Try the next host (or the next walk).
    Transient(TransferError, Option<Duration>),
    /// The token was refused: refresh `media_conn`.
    Auth(u16),
    /// Give up.
    Fatal(TransferError),
}

impl MediaClient {
    /// Encrypts and uploads a file; see the module documentation.
    pub async fn upload(
        &self,
        source: UploadSource,
        media_type: MediaType,
        options: &UploadOptions,
    ) -> Result<UploadedMedia, TransferError> {
        let media_key = options.media_key.clone().unwrap_or_else(MediaKey::generate);
        let keys = media_key.expand(media_type);
        let (prepared, info) = prepare(source, keys).await?;
        let progress = ProgressTracker::new(options.progress.clone(), Some(info.enc_length()));
        let token = media_token(&info.file_enc_sha256);
        let answer = self
            .upload_prepared(&prepared, &info, &token, media_type, &progress)
            .await?;
        let media_key_timestamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX));
        Ok(UploadedMedia {
            url: answer.url.unwrap_or_default(),
            direct_path: answer.direct_path.unwrap_or_default(),
            handle: answer.handle,
            object_id: answer.object_id,
            media_type,
            media_key,
            media_key_timestamp,
            file_sha256: info.file_sha256,
            file_enc_sha256: info.file_enc_sha256,
            file_length: info.file_length,
        })
    }

    async fn upload_prepared(
        &self,
        prepared: &Prepared,
        info: &EncryptedMedia,
        token: &str,
        media_type: MediaType,
        progress: &Arc<ProgressTracker>,
    ) -> Result<Answer, TransferError> {
        let mut conn = self.conns.get().await?;
        let mut refreshed = false;
        'fresh: loop {
            let hosts = conn.host_order();
            let mut last = None;
            let mut wait = None;
            for pass in 0..self.config.passes.max(1) {
                let pause = self.config.pause_before(pass, wait.take());
                if !pause.is_zero() {
                    tokio::time::sleep(pause).await;
                }
                for host in &hosts {
                    let attempt = self
                        .upload_once(host, &conn, prepared, info, token, media_type, progress)
                        .await;
                    match attempt {
                        Ok(answer) => return Ok(answer),
                        Err(Failure::Fatal(error)) => return Err(error),
                        Err(Failure::Auth(status)) if refreshed => {
                            return Err(TransferError::AuthRejected { status });
                        }
                        Err(Failure::Auth(status)) => {
                            log::debug!("{host} refused the media token ({status}): refreshing");
                            refreshed = true;
                            conn = self.conns.refresh(&conn).await?;
                            continue 'fresh;
                        }
                        Err(Failure::Transient(error, retry)) => {
                            log::debug!("upload to {host} failed: {error}");
                            wait = wait.max(retry);
                            last = Some(error);
                        }
                    }
                }
            }
            return Err(last.unwrap_or(TransferError::MediaConn(super::MediaConnError::NoHosts)));
        }
    }

    #[allow(clippy::too_many_arguments)]
    async fn upload_once(
        &self,
        host: &str,
        conn: &MediaConn,
        prepared: &Prepared,
        info: &EncryptedMedia,
        token: &str,
        media_type: MediaType,
        progress: &Arc<ProgressTracker>,
    ) -> Result<Answer, Failure> {
        let base = self.base_url(host).map_err(Failure::Fatal)?;
        let url = format!(
            "{base}/mms/{}/{token}?auth={}&token={token}",
            media_type.mms_type(),
            query_value(&conn.auth),
        );
        let activity = Arc::new(Activity::new());
        let (body, producer) = body(prepared, info, progress.clone(), activity.clone())
            .map_err(|error| Failure::Fatal(error.into()))?;
        let request = self
            .http
            .post(url)
            .header(reqwest::header::ORIGIN, WEB_ORIGIN)
            .header(reqwest::header::REFERER, format!("{WEB_ORIGIN}/"))
            .header(reqwest::header::CONTENT_TYPE, "application/octet-stream")
            .header(reqwest::header::CONTENT_LENGTH, info.enc_length())
            .body(body)
            .send();
        let idle = self.config.idle_timeout;
        let sent = tokio::select! {
            sent = request => sent,
            () = activity.stalled(idle) => {
                return Err(Failure::Transient(TransferError::idle(host, idle), None));
            }
        };
        // A producer failure (source changed or unreadable) explains a
        // broken request better than the transport's error. The producer
        // records it before it breaks the body, so it is visible here.
        if let Some(error) = producer.and_then(|slot| take(&slot)) {
            return Err(Failure::Fatal(error));
        }
        let mut response = match sent {
            Ok(response) => response,
            Err(error) => {
                return Err(Failure::Transient(
                    TransferError::network(host, error),
                    None,
                ));
            }
        };
        let status = response.status().as_u16();
        if !(200..300).contains(&status) {
            let retry = retry_after(response.headers());
            let error = TransferError::Status {
                host: host.to_owned(),
                status,
            };
            return Err(match status {
                401 | 403 => Failure::Auth(status),
                s if is_transient_status(s) => Failure::Transient(error, retry),
                _ => Failure::Fatal(error),
            });
        }
        let mut raw = Vec::new();
        loop {
            match response.chunk().await {
                Ok(Some(piece)) => {
                    if raw.len() + piece.len() > MAX_ANSWER_LEN {
                        return Err(Failure::Fatal(TransferError::BadAnswer(format!(
                            "longer than {MAX_ANSWER_LEN} bytes"
                        ))));
                    }
                    raw.extend_from_slice(&piece);
                }
                Ok(None) => break,
                Err(error) => {
                    return Err(Failure::Transient(
                        TransferError::network(host, error),
                        None,
                    ));
                }
            }
        }
        let answer: Answer = serde_json::from_slice(&raw)
            .map_err(|error| Failure::Fatal(TransferError::BadAnswer(error.to_string())))?;
        match &answer.direct_path {
            Some(path) if !path.is_empty() => Ok(answer),
            _ => Err(Failure::Fatal(TransferError::BadAnswer(
                "no direct_path".into(),
            ))),
        }
    }
}

/// Encrypts the source enough to know its hashes; see the module docs.
async fn prepare(
    source: UploadSource,
    keys: MediaKeys,
) -> Result<(Prepared, EncryptedMedia), TransferError> {
    match source {
        UploadSource::Bytes(plain) => {
            let (encrypted, info) = if plain.len() <= READ_BUFFER {
                encrypt(&plain, &keys)
            } else {
                blocking(move || Ok(encrypt(&plain, &keys))).await?
            };
            Ok((Prepared::Memory(Bytes::from(encrypted)), info))
        }
        UploadSource::Reader(reader) => {
            blocking(move || {
                let spool = tempfile::Builder::new()
                    .prefix(".wapy-upload-")
                    .tempfile()?;
                let info = encrypt_stream(reader, spool.as_file(), &keys)?;
                Ok((Prepared::Spool(spool), info))
            })
            .await
        }
        UploadSource::Path(path) => {
            blocking(move || {
                let file = std::fs::File::open(&path)?;
                let info = encrypt_stream(file, io::sink(), &keys)?;
                Ok((Prepared::Reencrypt { path, keys }, info))
            })
            .await
        }
    }
}

async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, TransferError> + Send + 'static,
) -> Result<T, TransferError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|_| TransferError::TaskFailed)?
}

/// When a body last moved, for stall detection.
pub(crate) struct Activity {
    start: Instant,
    last_ms: std::sync::atomic::AtomicU64,
}

impl Activity {
    pub(crate) fn new() -> Activity {
        Activity {
            start: Instant::now(),
            last_ms: std::sync::atomic::AtomicU64::new(0),
        }
    }

    pub(crate) fn touch(&self) {
        let ms = u64::try_from(self.start.elapsed().as_millis()).unwrap_or(u64::MAX);
        self.last_ms.store(ms, std::sync::atomic::Ordering::Relaxed);
    }

    /// Completes once nothing moved for `idle`.
    pub(crate) async fn stalled(&self, idle: Duration) {
        loop {
            let last =
                Duration::from_millis(self.last_ms.load(std::sync::atomic::Ordering::Relaxed));
            let quiet = self.start.elapsed().saturating_sub(last);
            if quiet >= idle {
                return;
            }
            tokio::time::sleep(idle - quiet).await;
        }
    }
}

/// Where the producing thread leaves its failure, if it fails.
type Producer = Arc<std::sync::Mutex<Option<TransferError>>>;

fn take(slot: &Producer) -> Option<TransferError> {
    slot.lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .take()
}

/// The request body of one attempt, and the thread producing it (if any).
fn body(
    prepared: &Prepared,
    info: &EncryptedMedia,
    progress: Arc<ProgressTracker>,
    activity: Arc<Activity>,
) -> io::Result<(reqwest::Body, Option<Producer>)> {
    let mut sent = 0u64;
    let mut count = move |piece: &Bytes| {
        sent += piece.len() as u64;
        activity.touch();
        progress.update(sent);
    };
    match prepared {
        Prepared::Memory(encrypted) => {
            let encrypted = encrypted.clone();
            let pieces = (0..encrypted.len())
                .step_by(READ_BUFFER)
                .map(move |at| encrypted.slice(at..(at + READ_BUFFER).min(encrypted.len())));
            let stream = futures_util::stream::iter(pieces).map(move |piece| {
                count(&piece);
                Ok::<Bytes, io::Error>(piece)
            });
            Ok((reqwest::Body::wrap_stream(stream), None))
        }
        Prepared::Spool(spool) => {
            let file = spool.reopen()?;
            Ok(spawn_producer(file, None, count))
        }
        Prepared::Reencrypt { path, keys } => {
            let file = std::fs::File::open(path)?;
            Ok(spawn_producer(file, Some((keys.clone(), *info)), count))
        }
    }
}

fn spawn_producer(
    file: std::fs::File,
    reencrypt: Option<(MediaKeys, EncryptedMedia)>,
    mut count: impl FnMut(&Bytes) + Send + 'static,
) -> (reqwest::Body, Option<Producer>) {
    let (tx, rx) = mpsc::channel::<Result<Bytes, io::Error>>(BODY_QUEUE);
    let slot: Producer = Arc::new(std::sync::Mutex::new(None));
    let failure = slot.clone();
    // Detached: it ends when the file is sent or when the body is dropped
    // (the request ended), whichever comes first.
    drop(tokio::task::spawn_blocking(move || {
        if let Err(error) = produce(file, reencrypt, &tx) {
            *failure
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner) = Some(error);
            let _ = tx.blocking_send(Err(io::Error::other("upload source failed")));
        }
    }));
    let stream = futures_util::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|item| (item, rx))
    })
    .map(move |item| {
        if let Ok(piece) = &item {
            count(piece);
        }
        item
    });
    (reqwest::Body::wrap_stream(stream), Some(slot))
}

/// Reads `file` (encrypting it when asked) into the body queue. Returns Ok
/// when the queue's reader went away (the request ended early: its error
/// is the transport's to report); on Err the caller breaks the body.
fn produce(
    mut file: std::fs::File,
    reencrypt: Option<(MediaKeys, EncryptedMedia)>,
    tx: &mpsc::Sender<Result<Bytes, io::Error>>,
) -> Result<(), TransferError> {
    let mut encryptor = reencrypt
        .as_ref()
        .map(|(keys, _)| MediaEncryptor::new(keys));
    let mut buffer = vec![0u8; READ_BUFFER];
    loop {
        let n = match file.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => n,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
            Err(error) => return Err(error.into()),
        };
        let piece = match &mut encryptor {
            Some(encryptor) => {
                let mut out = Vec::with_capacity(n + 16);
                encryptor.update(&buffer[..n], &mut out);
                out
            }
            None => buffer[..n].to_vec(),
        };
        if !piece.is_empty() && tx.blocking_send(Ok(Bytes::from(piece))).is_err() {
            return Ok(());
        }
    }
    if let (Some(encryptor), Some((_, expected))) = (encryptor, reencrypt) {
        let mut tail = Vec::with_capacity(32);
        let info = encryptor.finish(&mut tail);
        // Hold the last block and MAC back unless the bytes sent are the
        // file the URL's token names.
        if info != expected {
            log::warn!("upload source changed between hashing and sending");
            return Err(TransferError::SourceChanged);
        }
        let _ = tx.blocking_send(Ok(Bytes::from(tail)));
    }
    Ok(())
}
