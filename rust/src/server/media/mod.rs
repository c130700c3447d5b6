//! The emulator's media server: uploads, downloads and `media_conn`, over
//! plain HTTP on loopback.
//!
//! * `POST /mms/{type}/{token}?auth=…&token=…` checks the `auth` token it
//!   issued (401 when unknown, expired or refused), streams the body into a
//!   spool file while hashing it, checks that the SHA-256 is the token's
//!   `fileEncSha256` (400 otherwise) and answers `{url, direct_path, handle,
//!   object_id}` with a fresh direct path shaped like WhatsApp's
//!   (`/v/t62.7118-24/…_n.enc?ccb=11-4&oh=…&oe=…&_nc_sid=5e03e0`).
//! * `GET {direct path}` (query ignored) serves the stored file, whole or
//!   from a `Range: bytes=N-[M]` offset (206).
//! * [`MediaServer::media_conn_node`] builds the `<media_conn>` answer the
//!   emulator's `w:m` IQ handler sends, issuing a token and listing this
//!   server as the host.
//!
//! Bodies stream both ways in 64 KiB pieces and files live in a spool
//! directory: a multi-gigabyte upload costs the server no memory.
//!
//! Test controls: [`fail_next_download`](MediaServer::fail_next_download)
//! (404/410/5xx once), [`drop_next_download`](MediaServer::drop_next_download)
//! (close the connection mid-body), [`corrupt`](MediaServer::corrupt) (flip a
//! stored byte), [`fail_next_uploads`](MediaServer::fail_next_uploads),
//! [`expire_tokens`](MediaServer::expire_tokens) and
//! [`refuse_auth`](MediaServer::refuse_auth), and
//! [`advertise_first`](MediaServer::advertise_first) (list other hosts, such
//! as a closed port, before this one).
//!
//! [`phone`] has the simulated phone's answer to media retry receipts
//! ([`keep_for_retry`](MediaServer::keep_for_retry) says which media the
//! phone still has); the emulator's connections route `<receipt
//! type="server-error">` to it and send its `mediaretry` notification back.

pub mod phone;

use std::collections::{HashMap, VecDeque};
use std::convert::Infallible;
use std::io::{self, SeekFrom};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use base64::Engine as _;
use base64::engine::general_purpose::{URL_SAFE, URL_SAFE_NO_PAD};
use bytes::Bytes;
use futures_util::StreamExt as _;
use http_body_util::combinators::UnsyncBoxBody;
use http_body_util::{BodyExt as _, Full, StreamBody};
use hyper::body::{Frame, Incoming};
use hyper::header::{CONTENT_LENGTH, CONTENT_RANGE, CONTENT_TYPE, RANGE};
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use sha2::{Digest, Sha256};
use tokio::io::{AsyncReadExt as _, AsyncSeekExt as _, AsyncWriteExt as _};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::binary::{Jid, Node};
use crate::signal::keys::random_array;

/// Size of the pieces bodies are read and written in.
const PIECE: usize = 64 * 1024;

type Body = UnsyncBoxBody<Bytes, io::Error>;

/// How the media server runs.
#[derive(Debug, Clone)]
pub struct MediaServerConfig {
    /// Where to listen (`127.0.0.1:0`: an ephemeral loopback port).
    pub bind: SocketAddr,
    /// Where stored files go; a fresh temporary directory (removed with the
    /// server) when `None`.
    pub spool_dir: Option<PathBuf>,
    /// `ttl` of `media_conn` answers.
    pub ttl: Duration,
    /// `auth_ttl`: how long an issued token is accepted.
    pub auth_ttl: Duration,
    /// `max_buckets` of `media_conn` answers.
    pub max_buckets: u32,
    /// Largest accepted upload (413 beyond).
    pub max_upload: u64,
}

impl Default for MediaServerConfig {
    fn default() -> MediaServerConfig {
        MediaServerConfig {
            bind: SocketAddr::from(([127, 0, 0, 1], 0)),
            spool_dir: None,
            ttl: Duration::from_secs(300),
            auth_ttl: Duration::from_secs(21_600),
            max_buckets: 12,
            max_upload: 16 * 1024 * 1024 * 1024,
        }
    }
}

/// Why the media server could not do something.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum MediaServerError {
    /// Listening, spooling or reading a stored file failed.
    #[error("media server i/o: {0}")]
    Io(#[from] io::Error),
    /// No file is stored under that direct path.
    #[error("no media stored at {0:?}")]
    UnknownPath(String),
}

/// A stored file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredMedia {
    /// The direct path it is served at.
    pub direct_path: String,
    /// The full URL (`http://HOST{direct_path}&mms3=true`).
    pub url: String,
    /// Its size.
    pub len: u64,
    /// Its SHA-256 (`fileEncSha256` for encrypted media).
    pub sha256: [u8; 32],
    /// The `mms-type` it was uploaded as.
    pub mms_type: String,
    /// `handle` of the upload answer.
    pub handle: String,
    /// `object_id` of the upload answer.
    pub object_id: String,
}

/// Request counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MediaServerStats {
    /// Files stored (HTTP uploads, and the phone's re-uploads for media retry).
    pub uploads: u64,
    /// Download requests answered (any status).
    pub downloads: u64,
    /// `media_conn` answers built.
    pub media_conns: u64,
    /// Requests refused for their token (401).
    pub auth_refusals: u64,
}

#[derive(Default)]
struct Hooks {
    /// Next download of a path answers this status.
    fail_download: HashMap<String, VecDeque<u16>>,
    /// Next download of a path breaks after this many body bytes.
    drop_download: HashMap<String, VecDeque<u64>>,
    /// Next uploads answer these statuses.
    fail_upload: VecDeque<u16>,
    /// Refuse every token.
    refuse_auth: bool,
}

struct Blob {
    file: PathBuf,
    info: StoredMedia,
}

struct State {
    config: MediaServerConfig,
    host: String,
    spool: PathBuf,
    _spool_guard: Option<tempfile::TempDir>,
    blobs: Mutex<HashMap<String, Blob>>,
    tokens: Mutex<HashMap<String, Instant>>,
    hooks: Mutex<Hooks>,
    advertised_first: Mutex<Vec<String>>,
    /// What the simulated phones keep for media retry, by message id.
    retained: Mutex<HashMap<String, phone::PhoneMedia>>,
    next_id: AtomicU64,
    uploads: AtomicU64,
    downloads: AtomicU64,
    media_conns: AtomicU64,
    auth_refusals: AtomicU64,
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The key blobs are stored under: the path without its query.
fn blob_key(path: &str) -> &str {
    path.split_once('?').map_or(path, |(stem, _)| stem)
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// A running media server; [`shutdown`](MediaServer::shutdown) stops it,
/// and dropping it removes its spool directory (when it made one).
pub struct MediaServer {
    state: Arc<State>,
    addr: SocketAddr,
    stop: watch::Sender<bool>,
    task: Mutex<Option<JoinHandle<()>>>,
}

impl std::fmt::Debug for MediaServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MediaServer")
            .field("addr", &self.addr)
            .field("spool", &self.state.spool)
            .finish_non_exhaustive()
    }
}

impl MediaServer {
    /// Starts listening.
    pub async fn start(config: MediaServerConfig) -> Result<MediaServer, MediaServerError> {
        let listener = TcpListener::bind(config.bind).await?;
        let addr = listener.local_addr()?;
        let (spool, guard) = match &config.spool_dir {
            Some(dir) => {
                std::fs::create_dir_all(dir)?;
                (dir.clone(), None)
            }
            None => {
                let dir = tempfile::Builder::new().prefix("wapy-media-").tempdir()?;
                (dir.path().to_owned(), Some(dir))
            }
        };
        let state = Arc::new(State {
            config,
            host: addr.to_string(),
            spool,
            _spool_guard: guard,
            blobs: Mutex::new(HashMap::new()),
            tokens: Mutex::new(HashMap::new()),
            hooks: Mutex::new(Hooks::default()),
            advertised_first: Mutex::new(Vec::new()),
            retained: Mutex::new(HashMap::new()),
            next_id: AtomicU64::new(1),
            uploads: AtomicU64::new(0),
            downloads: AtomicU64::new(0),
            media_conns: AtomicU64::new(0),
            auth_refusals: AtomicU64::new(0),
        });
        let (stop, stopped) = watch::channel(false);
        let task = tokio::spawn(accept_loop(state.clone(), listener, stopped));
        log::info!("media server listening on {addr}");
        Ok(MediaServer {
            state,
            addr,
            stop,
            task: Mutex::new(Some(task)),
        })
    }

    /// The listening address.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The host name clients use (`127.0.0.1:PORT`).
    pub fn host(&self) -> &str {
        &self.state.host
    }

    /// `<media_conn auth ttl auth_ttl max_buckets><host hostname/>…</media_conn>`
    /// with a freshly issued token; hosts from
    /// [`advertise_first`](Self::advertise_first) come before this server.
    pub fn media_conn_node(&self) -> Node {
        let state = &self.state;
        state.media_conns.fetch_add(1, Ordering::Relaxed);
        let token = URL_SAFE.encode(random_array::<24>());
        lock(&state.tokens).insert(token.clone(), Instant::now() + state.config.auth_ttl);
        let mut hosts: Vec<Node> = lock(&state.advertised_first)
            .iter()
            .map(|host| Node::new("host").attr("hostname", host.clone()))
            .collect();
        hosts.push(Node::new("host").attr("hostname", state.host.clone()));
        Node::new("media_conn")
            .attr("auth", token)
            .attr("ttl", state.config.ttl.as_secs().to_string())
            .attr("auth_ttl", state.config.auth_ttl.as_secs().to_string())
            .attr("max_buckets", state.config.max_buckets.to_string())
            .children(hosts)
    }

    /// The whole answer to a `w:m` `media_conn` IQ with id `id`.
    pub fn media_conn_result(&self, id: &str) -> Node {
        Node::new("iq")
            .attr("from", Jid::server_jid())
            .attr("id", id.to_owned())
            .attr("type", "result")
            .children([self.media_conn_node()])
    }

    /// Lists `hosts` before this server in later `media_conn` answers (for
    /// failover tests: a closed port, an unroutable name).
    pub fn advertise_first(&self, hosts: Vec<String>) {
        *lock(&self.state.advertised_first) = hosts;
    }

    /// Invalidates every token issued so far (as if their `auth_ttl` ran
    /// out): uploads with them get 401 until a new `media_conn` is fetched.
    pub fn expire_tokens(&self) {
        lock(&self.state.tokens).clear();
    }

    /// Refuses every token, fresh or not, while `refuse` holds.
    pub fn refuse_auth(&self, refuse: bool) {
        lock(&self.state.hooks).refuse_auth = refuse;
    }

    /// The next download of `direct_path` answers `status` (404 and 410
    /// start a media retry; 5xx is a transient failure).
    pub fn fail_next_download(&self, direct_path: &str, status: u16) {
        lock(&self.state.hooks)
            .fail_download
            .entry(blob_key(direct_path).to_owned())
            .or_default()
            .push_back(status);
    }

    /// The next download of `direct_path` closes the connection after
    /// `after` body bytes.
    pub fn drop_next_download(&self, direct_path: &str, after: u64) {
        lock(&self.state.hooks)
            .drop_download
            .entry(blob_key(direct_path).to_owned())
            .or_default()
            .push_back(after);
    }

    /// The next `count` uploads answer `status` without storing anything.
    pub fn fail_next_uploads(&self, status: u16, count: usize) {
        lock(&self.state.hooks)
            .fail_upload
            .extend(std::iter::repeat_n(status, count));
    }

    /// Flips one byte in the middle of the file stored at `direct_path`.
    pub fn corrupt(&self, direct_path: &str) -> Result<(), MediaServerError> {
        let (file, len) = {
            let blobs = lock(&self.state.blobs);
            let blob = blobs
                .get(blob_key(direct_path))
                .ok_or_else(|| MediaServerError::UnknownPath(direct_path.to_owned()))?;
            (blob.file.clone(), blob.info.len)
        };
        use std::io::{Read, Seek, Write};
        let mut handle = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(file)?;
        let at = len / 2;
        let mut byte = [0u8; 1];
        handle.seek(SeekFrom::Start(at))?;
        handle.read_exact(&mut byte)?;
        byte[0] ^= 0x55;
        handle.seek(SeekFrom::Start(at))?;
        handle.write_all(&byte)?;
        Ok(())
    }

    /// Deletes the file stored at `direct_path`, as the real server does
    /// when media expires: downloads of it then answer 404 (and a companion
    /// asks the phone through media retry). False when nothing was there.
    pub fn remove(&self, direct_path: &str) -> bool {
        let blob = lock(&self.state.blobs).remove(blob_key(direct_path));
        match blob {
            Some(blob) => {
                if let Err(error) = std::fs::remove_file(&blob.file) {
                    log::warn!("media server: removing a stored file failed: {error}");
                }
                true
            }
            None => false,
        }
    }

    /// What is stored at `direct_path`.
    pub fn stored(&self, direct_path: &str) -> Option<StoredMedia> {
        lock(&self.state.blobs)
            .get(blob_key(direct_path))
            .map(|blob| blob.info.clone())
    }

    /// Stores an (encrypted) file directly, as an upload would, and returns
    /// where it is served: the simulated phone's uploads use this.
    pub async fn store_file(
        &self,
        mms_type: &str,
        source: &Path,
    ) -> Result<StoredMedia, MediaServerError> {
        let mut input = tokio::fs::File::open(source).await?;
        let (spool_path, mut output) = self.state.spool_file().await?;
        let mut hash = Sha256::new();
        let mut len = 0u64;
        let mut buffer = vec![0u8; PIECE];
        loop {
            let n = input.read(&mut buffer).await?;
            if n == 0 {
                break;
            }
            hash.update(&buffer[..n]);
            output.write_all(&buffer[..n]).await?;
            len += n as u64;
        }
        output.flush().await?;
        Ok(self
            .state
            .register(spool_path, len, hash.finalize().into(), mms_type))
    }

    /// [`store_file`](Self::store_file) for bytes in memory.
    pub async fn store_bytes(
        &self,
        mms_type: &str,
        data: &[u8],
    ) -> Result<StoredMedia, MediaServerError> {
        let (spool_path, mut output) = self.state.spool_file().await?;
        output.write_all(data).await?;
        output.flush().await?;
        Ok(self.state.register(
            spool_path,
            data.len() as u64,
            Sha256::digest(data).into(),
            mms_type,
        ))
    }

    /// Lets the simulated phone answer media retry receipts for
    /// `message_id`: it keeps the encrypted file and its key, and uploads
    /// the file again when a companion asks. Receipts for messages it does
    /// not keep get `<error code="2"/>` (not on the phone).
    pub fn keep_for_retry(&self, message_id: &str, media: phone::PhoneMedia) {
        lock(&self.state.retained).insert(message_id.to_owned(), media);
    }

    /// What the phone keeps for `message_id`.
    pub(crate) fn retained(&self, message_id: &str) -> Option<phone::PhoneMedia> {
        lock(&self.state.retained).get(message_id).cloned()
    }

    /// Request counts so far.
    pub fn stats(&self) -> MediaServerStats {
        let state = &self.state;
        MediaServerStats {
            uploads: state.uploads.load(Ordering::Relaxed),
            downloads: state.downloads.load(Ordering::Relaxed),
            media_conns: state.media_conns.load(Ordering::Relaxed),
            auth_refusals: state.auth_refusals.load(Ordering::Relaxed),
        }
    }

    /// Stops accepting connections (those open finish their request).
    pub async fn shutdown(&self) {
        let _ = self.stop.send(true);
        let task = lock(&self.task).take();
        if let Some(task) = task {
            let _ = tokio::time::timeout(Duration::from_secs(3), task).await;
        }
    }
}

impl State {
    async fn spool_file(&self) -> io::Result<(PathBuf, tokio::fs::File)> {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        let path = self.spool.join(format!("{id}.blob"));
        let file = tokio::fs::File::create(&path).await?;
        Ok((path, file))
    }

    fn token_valid(&self, token: &str) -> bool {
        if lock(&self.hooks).refuse_auth {
            return false;
        }
        lock(&self.tokens)
            .get(token)
            .is_some_and(|expires| Instant::now() < *expires)
    }

    fn register(&self, file: PathBuf, len: u64, sha256: [u8; 32], mms_type: &str) -> StoredMedia {
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        self.uploads.fetch_add(1, Ordering::Relaxed);
        let [a, b, c, d, e, f, g, h] = random_array::<8>();
        let serial = u64::from_be_bytes([a, b, c, d, e, f, g, h]) >> 12;
        let oh = URL_SAFE_NO_PAD.encode(random_array::<18>());
        let expiry = unix_now() + 30 * 24 * 3600;
        let stem = format!("/v/t62.7118-24/{id}_{serial}_n.enc");
        let direct_path = format!("{stem}?ccb=11-4&oh=01_{oh}&oe={expiry:X}&_nc_sid=5e03e0");
        let info = StoredMedia {
            url: format!("http://{}{direct_path}&mms3=true", self.host),
            direct_path,
            len,
            sha256,
            mms_type: mms_type.to_owned(),
            handle: URL_SAFE_NO_PAD.encode(random_array::<12>()),
            object_id: (serial % 10_000_000_000_000).to_string(),
        };
        lock(&self.blobs).insert(
            stem,
            Blob {
                file,
                info: info.clone(),
            },
        );
        info
    }
}

async fn accept_loop(state: Arc<State>, listener: TcpListener, mut stop: watch::Receiver<bool>) {
    loop {
        tokio::select! {
            biased;
            _ = stop.changed() => break,
            accepted = listener.accept() => match accepted {
                Ok((tcp, _)) => {
                    let _ = tcp.set_nodelay(true);
                    let state = state.clone();
                    tokio::spawn(async move {
                        let service = hyper::service::service_fn(move |request| {
                            let state = state.clone();
                            async move { Ok::<_, Infallible>(handle(&state, request).await) }
                        });
                        if let Err(error) = hyper::server::conn::http1::Builder::new()
                            .serve_connection(TokioIo::new(tcp), service)
                            .await
                        {
                            log::debug!("media connection ended: {error}");
                        }
                    });
                }
                Err(error) => {
                    log::warn!("media server accept failed: {error}");
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
            },
        }
    }
}

fn empty(status: StatusCode) -> Response<Body> {
    let mut response = Response::new(
        Full::new(Bytes::new())
            .map_err(|never: Infallible| match never {})
            .boxed_unsync(),
    );
    *response.status_mut() = status;
    response
}

fn json(value: &serde_json::Value) -> Response<Body> {
    let body = Bytes::from(value.to_string());
    let mut response = Response::new(
        Full::new(body)
            .map_err(|never: Infallible| match never {})
            .boxed_unsync(),
    );
    response.headers_mut().insert(
        CONTENT_TYPE,
        hyper::header::HeaderValue::from_static("application/json"),
    );
    response
}

fn status(code: u16) -> StatusCode {
    StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

async fn handle(state: &State, request: Request<Incoming>) -> Response<Body> {
    let path = request.uri().path().to_owned();
    match *request.method() {
        Method::POST if path.starts_with("/mms/") => upload(state, request).await,
        Method::GET | Method::HEAD => download(state, request).await,
        _ => empty(StatusCode::METHOD_NOT_ALLOWED),
    }
}

fn query_param(request: &Request<Incoming>, name: &str) -> Option<String> {
    let query = request.uri().query()?;
    url::form_urlencoded::parse(query.as_bytes())
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.into_owned())
}

fn decode_token(token: &str) -> Option<[u8; 32]> {
    let bytes = URL_SAFE_NO_PAD.decode(token.trim_end_matches('=')).ok()?;
    bytes.try_into().ok()
}

async fn upload(state: &State, request: Request<Incoming>) -> Response<Body> {
    // /mms/{type}/{token}
    let mut segments = request.uri().path()["/mms/".len()..].splitn(2, '/');
    let (Some(mms_type), Some(path_token)) = (segments.next(), segments.next()) else {
        return empty(StatusCode::NOT_FOUND);
    };
    let mms_type = mms_type.to_owned();
    let auth = query_param(&request, "auth").unwrap_or_default();
    if !state.token_valid(&auth) {
        state.auth_refusals.fetch_add(1, Ordering::Relaxed);
        return refuse(request, StatusCode::UNAUTHORIZED).await;
    }
    let failure = lock(&state.hooks).fail_upload.pop_front();
    if let Some(code) = failure {
        return refuse(request, status(code)).await;
    }
    let Some(expected) = decode_token(path_token) else {
        return empty(StatusCode::BAD_REQUEST);
    };
    if query_param(&request, "token").is_some_and(|t| decode_token(&t) != Some(expected)) {
        return empty(StatusCode::BAD_REQUEST);
    }
    let declared = request
        .headers()
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|len| len > state.config.max_upload) {
        return empty(StatusCode::PAYLOAD_TOO_LARGE);
    }
    match receive(state, request.into_body(), &mms_type, expected).await {
        Ok(stored) => json(&serde_json::json!({
            "url": stored.url,
            "direct_path": stored.direct_path,
            "handle": stored.handle,
            "object_id": stored.object_id,
        })),
        Err(code) => empty(code),
    }
}

/// Answers `code` after reading (and discarding) the request body, so that
/// the client reads the answer rather than a reset connection.
async fn refuse(request: Request<Incoming>, code: StatusCode) -> Response<Body> {
    let mut body = request.into_body();
    while let Some(Ok(_)) = body.frame().await {}
    empty(code)
}

/// Streams an upload body into the spool, checking size and hash.
async fn receive(
    state: &State,
    mut body: Incoming,
    mms_type: &str,
    expected: [u8; 32],
) -> Result<StoredMedia, StatusCode> {
    let (path, mut file) = state
        .spool_file()
        .await
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
    let result = async {
        let mut hash = Sha256::new();
        let mut len = 0u64;
        while let Some(frame) = body.frame().await {
            let frame = frame.map_err(|_| StatusCode::BAD_REQUEST)?;
            let Ok(data) = frame.into_data() else {
                continue;
            };
            len += data.len() as u64;
            if len > state.config.max_upload {
                return Err(StatusCode::PAYLOAD_TOO_LARGE);
            }
            hash.update(&data);
            file.write_all(&data)
                .await
                .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
        }
        file.flush()
            .await
            .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR)?;
        let got: [u8; 32] = hash.finalize().into();
        if got != expected {
            log::debug!("upload hash differs from its token");
            return Err(StatusCode::BAD_REQUEST);
        }
        Ok(len)
    }
    .await;
    match result {
        Ok(len) => Ok(state.register(path, len, expected, mms_type)),
        Err(code) => {
            drop(file);
            let _ = tokio::fs::remove_file(&path).await;
            Err(code)
        }
    }
}

/// `bytes=START-[END]` → (start, inclusive end).
fn parse_range(value: &str, len: u64) -> Option<(u64, u64)> {
    let spec = value.trim().strip_prefix("bytes=")?;
    let (start, end) = spec.split_once('-')?;
    let start: u64 = start.trim().parse().ok()?;
    let end = match end.trim() {
        "" => len.checked_sub(1)?,
        end => end.parse::<u64>().ok()?.min(len.checked_sub(1)?),
    };
    (start <= end).then_some((start, end))
}

async fn download(state: &State, request: Request<Incoming>) -> Response<Body> {
    state.downloads.fetch_add(1, Ordering::Relaxed);
    let key = request.uri().path();
    let failure = {
        let mut hooks = lock(&state.hooks);
        let failure = hooks
            .fail_download
            .get_mut(key)
            .and_then(VecDeque::pop_front);
        let drop_after = hooks
            .drop_download
            .get_mut(key)
            .and_then(VecDeque::pop_front);
        (failure, drop_after)
    };
    let (fail, drop_after) = failure;
    if let Some(code) = fail {
        return empty(status(code));
    }
    let Some((file, len)) = lock(&state.blobs)
        .get(key)
        .map(|blob| (blob.file.clone(), blob.info.len))
    else {
        return empty(StatusCode::NOT_FOUND);
    };
    let range = request
        .headers()
        .get(RANGE)
        .and_then(|v| v.to_str().ok())
        .map(|v| parse_range(v, len));
    let (start, end, code) = match range {
        None => (0, len, StatusCode::OK),
        Some(Some((start, end))) => (start, end + 1, StatusCode::PARTIAL_CONTENT),
        Some(None) => return empty(StatusCode::RANGE_NOT_SATISFIABLE),
    };
    let mut handle = match tokio::fs::File::open(&file).await {
        Ok(handle) => handle,
        Err(_) => return empty(StatusCode::NOT_FOUND),
    };
    if start > 0 && handle.seek(SeekFrom::Start(start)).await.is_err() {
        return empty(StatusCode::INTERNAL_SERVER_ERROR);
    }
    let body: Body = if *request.method() == Method::HEAD {
        Full::new(Bytes::new())
            .map_err(|never: Infallible| match never {})
            .boxed_unsync()
    } else {
        let remaining = end - start;
        let stream = futures_util::stream::unfold(
            (handle, remaining, drop_after, vec![0u8; PIECE]),
            |(mut handle, remaining, drop_after, mut buffer)| async move {
                if remaining == 0 {
                    return None;
                }
                if drop_after == Some(0) {
                    let error = io::Error::new(io::ErrorKind::ConnectionAborted, "dropped");
                    return Some((Err(error), (handle, 0, None, buffer)));
                }
                let want = (remaining.min(PIECE as u64) as usize)
                    .min(drop_after.map_or(usize::MAX, |d| d as usize));
                match handle.read(&mut buffer[..want]).await {
                    Ok(0) => None,
                    Ok(n) => {
                        let piece = Bytes::copy_from_slice(&buffer[..n]);
                        let drop_after = drop_after.map(|d| d - n as u64);
                        Some((
                            Ok(piece),
                            (handle, remaining - n as u64, drop_after, buffer),
                        ))
                    }
                    Err(error) => Some((Err(error), (handle, 0, None, buffer))),
                }
            },
        );
        StreamBody::new(stream.map(|piece| piece.map(Frame::data))).boxed_unsync()
    };
    let mut response = Response::new(body);
    *response.status_mut() = code;
    let headers = response.headers_mut();
    headers.insert(CONTENT_LENGTH, (end - start).into());
    headers.insert(
        CONTENT_TYPE,
        hyper::header::HeaderValue::from_static("application/octet-stream"),
    );
    if code == StatusCode::PARTIAL_CONTENT
        && let Ok(value) = format!("bytes {start}-{}/{len}", end - 1).parse()
    {
        headers.insert(CONTENT_RANGE, value);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges() {
        assert_eq!(parse_range("bytes=0-", 10), Some((0, 9)));
        assert_eq!(parse_range("bytes=4-", 10), Some((4, 9)));
        assert_eq!(parse_range("bytes=4-6", 10), Some((4, 6)));
        assert_eq!(parse_range("bytes=4-60", 10), Some((4, 9)));
        assert_eq!(parse_range("bytes=10-", 10), None);
        assert_eq!(parse_range("bytes=-5", 10), None);
        assert_eq!(parse_range("items=1-2", 10), None);
        assert_eq!(parse_range("bytes=0-", 0), None);
    }

    #[test]
    fn tokens_padded_or_not() {
        let hash = [7u8; 32];
        assert_eq!(decode_token(&URL_SAFE_NO_PAD.encode(hash)), Some(hash));
        assert_eq!(decode_token(&URL_SAFE.encode(hash)), Some(hash));
        assert_eq!(decode_token("short"), None);
        assert_eq!(blob_key("/v/x.enc?ccb=1"), "/v/x.enc");
    }
}
