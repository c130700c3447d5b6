//! Media over HTTP: the shared half of uploads and downloads.
//!
//! [`MediaClient`] holds the HTTP client (reqwest over rustls, one
//! connection pool), the [`TransferConfig`] and the [`MediaConnCache`];
//! [`upload`](super::upload) and [`download`](super::download) add the
//! methods. This module has what both share: errors, progress reports,
//! retry pacing and URL pieces.
//!
//! Retries: a transfer walks the hosts of `media_conn` in order
//! ([`MediaConn::host_order`](super::MediaConn::host_order)); a host that
//! refuses the connection, times out, drops the body or answers 5xx, 408 or
//! 429 hands over to the next one. After every host failed once, the walk
//! starts again after a backoff (doubling from [`TransferConfig::backoff`],
//! at most [`TransferConfig::max_backoff`], longer when the server sent
//! `Retry-After`), [`TransferConfig::passes`] walks in all. Other 4xx answers
//! end the transfer at once: the request is wrong and another host will not
//! make it right.
//!
//! No URL is ever logged or put in an error: upload URLs carry the
//! `media_conn` token.

use std::fmt;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use super::MediaError;
use super::conn::{MediaConnCache, MediaConnError};

/// `Origin` (and, with a slash, `Referer`) of media requests: WhatsApp Web's.
pub const WEB_ORIGIN: &str = "https://web.whatsapp.com";

/// Largest upload answer read (the JSON is a few hundred bytes).
pub(crate) const MAX_ANSWER_LEN: usize = 64 * 1024;

/// How a transfer failed at the network level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum NetworkFailure {
    /// The connection could not be opened (refused, unreachable, TLS).
    Connect,
    /// Nothing moved for [`TransferConfig::idle_timeout`] (or connecting
    /// took longer than [`TransferConfig::connect_timeout`]).
    Timeout,
    /// The connection broke while a body was in flight.
    Body,
    /// Any other transport failure.
    Other,
}

impl fmt::Display for NetworkFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NetworkFailure::Connect => "connection failed",
            NetworkFailure::Timeout => "timed out",
            NetworkFailure::Body => "connection broke mid-body",
            NetworkFailure::Other => "transport error",
        })
    }
}

/// Why an upload or download failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TransferError {
    /// `media_conn` could not be obtained.
    #[error("media_conn: {0}")]
    MediaConn(#[from] MediaConnError),
    /// The media server no longer has the file (404 or 410): ask the
    /// sender's phone to upload it again (media retry).
    #[error("the media is gone from the server (HTTP {status})")]
    MediaGone {
        /// 404 or 410.
        status: u16,
    },
    /// The media server refused the `media_conn` token again after a refresh.
    #[error("the media server refused the upload token (HTTP {status}) after a refresh")]
    AuthRejected {
        /// 401 or 403.
        status: u16,
    },
    /// The media server answered with an error status.
    #[error("{host} answered HTTP {status}")]
    Status {
        /// The host that answered.
        host: String,
        /// The status code.
        status: u16,
    },
    /// The network failed.
    #[error("{host}: {kind}: {detail}")]
    Network {
        /// The host being talked to.
        host: String,
        /// What failed.
        kind: NetworkFailure,
        /// The transport's description (without the URL).
        detail: String,
    },
    /// The upload answer is not the expected JSON.
    #[error("unexpected upload answer: {0}")]
    BadAnswer(String),
    /// A download is larger than the in-memory limit (use `download_to`).
    #[error("the media is larger than the in-memory limit of {limit} bytes")]
    TooLarge {
        /// The limit.
        limit: u64,
    },
    /// A message or blob reference lacks a field a download needs.
    #[error("the media reference has no {0}")]
    MissingField(&'static str),
    /// A direct path that is not an absolute path on the media host.
    #[error("invalid direct path {0:?}")]
    BadDirectPath(String),
    /// The file being uploaded changed between the hashing pass and the
    /// upload.
    #[error("the source file changed while it was being uploaded")]
    SourceChanged,
    /// Encryption, decryption or verification failed (MAC, hashes, length),
    /// or reading the source or writing the destination.
    #[error(transparent)]
    Media(#[from] MediaError),
    /// The HTTP client could not be built (a bad root certificate).
    #[error("HTTP client setup failed: {0}")]
    Setup(String),
    /// Plain HTTP was configured and a media host is not on loopback.
    #[error("plain HTTP refused for the non-loopback media host {0}")]
    InsecureHost(String),
    /// The phone could not upload the media again (media retry).
    #[error("media retry failed: {0:?}")]
    RetryRefused(super::MediaRetryOutcome),
    /// The phone's media retry answer does not parse or decrypt.
    #[error("media retry answer unusable: {0}")]
    RetryAnswer(#[from] super::MediaRetryStanzaError),
    /// No media retry answer arrived in time.
    #[error("no media retry answer within {0:?}")]
    RetryTimeout(Duration),
    /// A media retry needs a logged-in client (to send the receipt).
    #[error("media retry needs a connected, logged-in client")]
    NotConnected,
    /// A background task of the transfer stopped unexpectedly.
    #[error("a transfer task stopped unexpectedly")]
    TaskFailed,
}

impl From<std::io::Error> for TransferError {
    fn from(error: std::io::Error) -> TransferError {
        TransferError::Media(MediaError::Io(error))
    }
}

impl TransferError {
    /// True when trying again (this host later, or another host) may succeed.
    pub fn is_transient(&self) -> bool {
        match self {
            TransferError::Network { .. } => true,
            TransferError::Status { status, .. } => is_transient_status(*status),
            _ => false,
        }
    }

    /// True for a file that failed verification (hashes, MAC, length,
    /// padding): the bytes received are not the file the message describes.
    pub fn is_integrity(&self) -> bool {
        matches!(
            self,
            TransferError::Media(
                MediaError::MacMismatch
                    | MediaError::HashMismatch(_)
                    | MediaError::BadPadding
                    | MediaError::Truncated { .. }
                    | MediaError::BadLength { .. }
                    | MediaError::LengthMismatch { .. }
            )
        )
    }

    pub(crate) fn network(host: &str, error: reqwest::Error) -> TransferError {
        let kind = if error.is_timeout() {
            NetworkFailure::Timeout
        } else if error.is_connect() {
            NetworkFailure::Connect
        } else if error.is_body() || error.is_decode() {
            NetworkFailure::Body
        } else {
            NetworkFailure::Other
        };
        // The URL may carry the media_conn token: strip it.
        let error = error.without_url();
        let mut detail = error.to_string();
        let mut source = std::error::Error::source(&error);
        while let Some(inner) = source {
            detail.push_str(": ");
            detail.push_str(&inner.to_string());
            source = inner.source();
        }
        TransferError::Network {
            host: host.to_owned(),
            kind,
            detail,
        }
    }

    pub(crate) fn idle(host: &str, idle: Duration) -> TransferError {
        TransferError::Network {
            host: host.to_owned(),
            kind: NetworkFailure::Timeout,
            detail: format!("nothing moved for {idle:?}"),
        }
    }
}

/// Statuses worth another try: 408, 429 and 5xx.
pub(crate) fn is_transient_status(status: u16) -> bool {
    matches!(status, 408 | 429 | 500..=599)
}

/// `http` or `https`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Scheme {
    /// TLS (the real media hosts).
    Https,
    /// Plain HTTP (the local emulator).
    Http,
}

impl Scheme {
    /// `"https"` or `"http"`.
    pub const fn as_str(self) -> &'static str {
        match self {
            Scheme::Https => "https",
            Scheme::Http => "http",
        }
    }
}

/// How transfers run.
#[derive(Debug, Clone)]
pub struct TransferConfig {
    /// URL scheme of the media hosts (`https`; `http` for the emulator).
    pub scheme: Scheme,
    /// Longest wait for a connection.
    pub connect_timeout: Duration,
    /// Longest time without a byte moving in either direction; a transfer
    /// of any size runs as long as data keeps flowing.
    pub idle_timeout: Duration,
    /// Walks over the host list (see the module documentation).
    pub passes: u32,
    /// Pause before the second walk; doubles for each further one.
    pub backoff: Duration,
    /// Longest pause between walks (also caps `Retry-After`).
    pub max_backoff: Duration,
    /// Resumptions (`Range` requests) of one download from one host after
    /// the connection broke mid-body.
    pub resumes_per_host: u32,
    /// Largest file [`MediaClient::download`](super::MediaClient::download)
    /// keeps in memory.
    pub max_in_memory: u64,
    /// Extra trusted root certificates (DER), besides the webpki roots.
    pub extra_roots_der: Vec<Vec<u8>>,
    /// Trust the built-in webpki roots (turn off to trust only
    /// [`extra_roots_der`](Self::extra_roots_der)).
    pub builtin_roots: bool,
    /// Honour `HTTP(S)_PROXY` from the environment.
    pub env_proxy: bool,
    /// `User-Agent` of media requests, if any.
    pub user_agent: Option<String>,
    /// How long a download waits for the phone's answer to a media retry.
    pub media_retry_timeout: Duration,
}

impl Default for TransferConfig {
    fn default() -> TransferConfig {
        TransferConfig {
            scheme: Scheme::Https,
            connect_timeout: Duration::from_secs(15),
            idle_timeout: Duration::from_secs(60),
            passes: 3,
            backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(10),
            resumes_per_host: 3,
            max_in_memory: 64 * 1024 * 1024,
            extra_roots_der: Vec::new(),
            builtin_roots: true,
            env_proxy: true,
            user_agent: None,
            media_retry_timeout: Duration::from_secs(30),
        }
    }
}

impl TransferConfig {
    /// Settings for the local emulator: plain HTTP, no proxy, short pauses.
    pub fn emulator() -> TransferConfig {
        TransferConfig {
            scheme: Scheme::Http,
            connect_timeout: Duration::from_secs(5),
            idle_timeout: Duration::from_secs(30),
            backoff: Duration::from_millis(20),
            max_backoff: Duration::from_millis(200),
            env_proxy: false,
            media_retry_timeout: Duration::from_secs(10),
            ..TransferConfig::default()
        }
    }

    /// The pause before walk number `pass` (0-based; 0 has none), at least
    /// `retry_after` when the server asked for one.
    pub(crate) fn pause_before(&self, pass: u32, retry_after: Option<Duration>) -> Duration {
        if pass == 0 {
            return Duration::ZERO;
        }
        let doubled = self
            .backoff
            .saturating_mul(1u32 << (pass - 1).min(16))
            .min(self.max_backoff);
        retry_after
            .map_or(doubled, |asked| asked.max(doubled))
            .min(self.max_backoff)
    }
}

/// Progress of one transfer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TransferProgress {
    /// Encrypted bytes sent or received so far.
    pub done: u64,
    /// Encrypted bytes in all, when known.
    pub total: Option<u64>,
}

/// A progress callback. Called from the transfer's task for each piece
/// (tens of KiB), so it must be quick; it never sees `done` go backwards.
pub type ProgressFn = Arc<dyn Fn(TransferProgress) + Send + Sync>;

/// Reports progress monotonically: after a retry restarted a transfer,
/// reports resume once the new attempt passes the furthest point reached.
pub(crate) struct ProgressTracker {
    callback: Option<ProgressFn>,
    reported: AtomicU64,
    total: AtomicU64,
}

const UNKNOWN_TOTAL: u64 = u64::MAX;

impl ProgressTracker {
    pub(crate) fn new(callback: Option<ProgressFn>, total: Option<u64>) -> Arc<ProgressTracker> {
        Arc::new(ProgressTracker {
            callback,
            reported: AtomicU64::new(0),
            total: AtomicU64::new(total.unwrap_or(UNKNOWN_TOTAL)),
        })
    }

    pub(crate) fn set_total(&self, total: u64) {
        if self.callback.is_some() {
            self.total.store(total, Ordering::Relaxed);
        }
    }

    pub(crate) fn update(&self, done: u64) {
        let Some(callback) = &self.callback else {
            return;
        };
        if self.reported.fetch_max(done, Ordering::Relaxed) < done {
            let total = self.total.load(Ordering::Relaxed);
            callback(TransferProgress {
                done,
                total: (total != UNKNOWN_TOTAL).then_some(total),
            });
        }
    }
}

/// The upload token and download `hash`: base64url of `fileEncSha256`,
/// **unpadded** (as WhatsApp Web, Baileys and whatsapp-rust send it;
/// whatsmeow pads, and the server takes both).
pub fn media_token(file_enc_sha256: &[u8; 32]) -> String {
    URL_SAFE_NO_PAD.encode(file_enc_sha256)
}

/// Percent-encodes a query value.
pub(crate) fn query_value(value: &str) -> String {
    url::form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

/// Checks that a direct path is an absolute path (so that it cannot name
/// another host or smuggle user info into the URL) without spaces or
/// control characters.
pub(crate) fn check_direct_path(path: &str) -> Result<(), TransferError> {
    let valid = path.starts_with('/')
        && !path.starts_with("//")
        && !path.contains('#')
        && path.bytes().all(|b| b.is_ascii_graphic());
    if valid {
        Ok(())
    } else {
        Err(TransferError::BadDirectPath(path.to_owned()))
    }
}

/// Uploads and downloads media through the hosts of `media_conn`.
#[derive(Clone)]
pub struct MediaClient {
    pub(crate) http: reqwest::Client,
    pub(crate) config: Arc<TransferConfig>,
    pub(crate) conns: Arc<MediaConnCache>,
}

impl fmt::Debug for MediaClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MediaClient")
            .field("config", &self.config)
            .field("conns", &self.conns)
            .finish_non_exhaustive()
    }
}

impl MediaClient {
    /// A client with its own connection pool.
    pub fn new(
        config: TransferConfig,
        conns: Arc<MediaConnCache>,
    ) -> Result<MediaClient, TransferError> {
        let mut builder = reqwest::Client::builder()
            .connect_timeout(config.connect_timeout)
            .read_timeout(config.idle_timeout)
            .tcp_nodelay(true)
            .tls_built_in_root_certs(config.builtin_roots)
            // Media hosts answer directly; a redirect would leave the host list.
            .redirect(reqwest::redirect::Policy::none());
        if !config.env_proxy {
            builder = builder.no_proxy();
        }
        if let Some(agent) = &config.user_agent {
            builder = builder.user_agent(agent.clone());
        }
        for der in &config.extra_roots_der {
            let certificate = reqwest::Certificate::from_der(der)
                .map_err(|error| TransferError::Setup(error.to_string()))?;
            builder = builder.add_root_certificate(certificate);
        }
        let http = builder
            .build()
            .map_err(|error| TransferError::Setup(error.to_string()))?;
        Ok(MediaClient {
            http,
            config: Arc::new(config),
            conns,
        })
    }

    /// The `media_conn` cache transfers use.
    pub fn media_conns(&self) -> &Arc<MediaConnCache> {
        &self.conns
    }

    /// The configuration.
    pub fn config(&self) -> &TransferConfig {
        &self.config
    }

    /// `scheme://host`. Plain HTTP is refused for any host but a loopback
    /// address: the media of real hosts never travels unencrypted, whatever
    /// the configuration says.
    pub(crate) fn base_url(&self, host: &str) -> Result<String, TransferError> {
        if self.config.scheme == Scheme::Http && !is_loopback_host(host) {
            log::warn!("refusing plain HTTP to the non-loopback media host {host}");
            return Err(TransferError::InsecureHost(host.to_owned()));
        }
        Ok(format!("{}://{host}", self.config.scheme.as_str()))
    }
}

/// True for `localhost`, `127.x.y.z` and `::1`, with or without a port.
pub(crate) fn is_loopback_host(host: &str) -> bool {
    if let Ok(ip) = host.parse::<std::net::IpAddr>() {
        return ip.is_loopback();
    }
    let name = if let Some(rest) = host.strip_prefix('[') {
        rest.split_once(']').map_or(rest, |(inside, _)| inside)
    } else {
        host.rsplit_once(':').map_or(host, |(name, _)| name)
    };
    name.eq_ignore_ascii_case("localhost")
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

/// `Retry-After` in seconds, when present.
pub(crate) fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim()
        .parse::<u64>()
        .ok()
        .map(Duration::from_secs)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[test]
    fn pauses_double_and_respect_retry_after_within_the_cap() {
        let config = TransferConfig {
            backoff: Duration::from_millis(100),
            max_backoff: Duration::from_secs(1),
            ..TransferConfig::default()
        };
        assert_eq!(config.pause_before(0, None), Duration::ZERO);
        assert_eq!(config.pause_before(1, None), Duration::from_millis(100));
        assert_eq!(config.pause_before(2, None), Duration::from_millis(200));
        assert_eq!(config.pause_before(9, None), Duration::from_secs(1));
        assert_eq!(
            config.pause_before(1, Some(Duration::from_millis(300))),
            Duration::from_millis(300)
        );
        assert_eq!(
            config.pause_before(1, Some(Duration::from_secs(60))),
            Duration::from_secs(1)
        );
        assert_eq!(config.pause_before(u32::MAX, None), Duration::from_secs(1));
    }

    #[test]
    fn progress_is_monotonic_across_restarts() {
        let seen = Arc::new(Mutex::new(Vec::new()));
        let sink = seen.clone();
        let callback: ProgressFn = Arc::new(move |p: TransferProgress| {
            sink.lock().unwrap().push((p.done, p.total));
        });
        let tracker = ProgressTracker::new(Some(callback), Some(100));
        for done in [10, 40, 10, 30, 40, 70, 100] {
            tracker.update(done);
        }
        assert_eq!(
            *seen.lock().unwrap(),
            [
                (10, Some(100)),
                (40, Some(100)),
                (70, Some(100)),
                (100, Some(100))
            ]
        );
        // No callback: nothing to do, nothing recorded.
        let silent = ProgressTracker::new(None, None);
        silent.update(5);
        assert_eq!(silent.reported.load(Ordering::Relaxed), 0);
    }

    #[test]
    fn tokens_and_paths() {
        let hash = [0xfbu8; 32];
        let token = media_token(&hash);
        assert!(!token.contains('=') && !token.contains('+') && !token.contains('/'));
        assert_eq!(token.len(), 43);
        assert_eq!(query_value("a+b/c="), "a%2Bb%2Fc%3D");
        for good in ["/v/t62.7118-24/1_n.enc?ccb=11-4&oh=x", "/mms/x"] {
            check_direct_path(good).unwrap();
        }
        for bad in [
            "v/x",
            "//evil.example/x",
            "@evil/x",
            "/a b",
            "/a\nb",
            "/x#y",
            "",
        ] {
            assert!(matches!(
                check_direct_path(bad),
                Err(TransferError::BadDirectPath(_))
            ));
        }
    }

    #[test]
    fn plain_http_only_on_loopback() {
        for host in [
            "127.0.0.1:8080",
            "127.9.9.9",
            "localhost:1",
            "[::1]:443",
            "::1",
        ] {
            assert!(is_loopback_host(host), "{host}");
        }
        for host in [
            "mmg.whatsapp.net",
            "10.0.0.1:80",
            "[2001:db8::1]:443",
            "localhost.evil.example",
            "",
        ] {
            assert!(!is_loopback_host(host), "{host}");
        }
        let cache = Arc::new(MediaConnCache::new(|| async {
            Err::<super::super::MediaConn, _>(MediaConnError::NotConnected)
        }));
        let plain = MediaClient::new(TransferConfig::emulator(), cache.clone()).unwrap();
        assert!(matches!(
            plain.base_url("mmg.whatsapp.net"),
            Err(TransferError::InsecureHost(_))
        ));
        assert_eq!(plain.base_url("127.0.0.1:9").unwrap(), "http://127.0.0.1:9");
        let tls = MediaClient::new(TransferConfig::default(), cache).unwrap();
        assert_eq!(
            tls.base_url("mmg.whatsapp.net").unwrap(),
            "https://mmg.whatsapp.net"
        );
    }

    #[test]
    fn error_classes() {
        let status = |status| TransferError::Status {
            host: "h".into(),
            status,
        };
        assert!(status(503).is_transient());
        assert!(status(429).is_transient());
        assert!(!status(400).is_transient());
        assert!(TransferError::idle("h", Duration::from_secs(1)).is_transient());
        assert!(TransferError::Media(MediaError::MacMismatch).is_integrity());
        assert!(!TransferError::MediaGone { status: 404 }.is_integrity());
    }
}
