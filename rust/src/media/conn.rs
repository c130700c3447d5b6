//! `media_conn`: the media hosts and the upload token, with a TTL cache.
//!
//! The client asks `<iq xmlns="w:m" type="set" to="s.whatsapp.net">
//! <media_conn/></iq>` ([`media_conn_request`]) and the server answers
//! `<media_conn auth ttl [auth_ttl] [max_buckets]><host hostname [type]
//! [fallback_hostname]/>…</media_conn>` ([`MediaConn::parse`]). `auth` goes
//! into upload URLs; `ttl` (seconds) says how long the host list holds and
//! `auth_ttl` how long the token does: the answer is stale after the shorter
//! of the two.
//!
//! [`MediaConnCache`] keeps the current answer and fetches a new one when it
//! is stale, when a transfer asks for a refresh (the media server refused the
//! token), or when nothing was fetched yet. The fetch itself belongs to the
//! connection layer: the cache calls a [`MediaConnFetch`] (any
//! `Fn() -> impl Future<Output = Result<MediaConn, MediaConnError>>`), one
//! fetch at a time however many transfers wait for it.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use crate::binary::{AttrError, Jid, Node, NodeRef};

/// Why `media_conn` could not be obtained or read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum MediaConnError {
    /// The answer has no `<media_conn>` element.
    #[error("the answer has no <media_conn>")]
    MissingMediaConn,
    /// A missing or malformed attribute of `<media_conn>` or `<host>`.
    #[error(transparent)]
    Attr(#[from] AttrError),
    /// `<media_conn>` lists no usable `<host>`.
    #[error("<media_conn> lists no host")]
    NoHosts,
    /// The server answered the request with `<error code text/>`.
    #[error("the server refused media_conn: {code} {text}")]
    Refused {
        /// The error code.
        code: u16,
        /// The error text.
        text: String,
    },
    /// The request got no answer in time.
    #[error("media_conn request timed out")]
    Timeout,
    /// No connection to send the request on (or it closed before the answer).
    #[error("not connected: media_conn cannot be requested")]
    NotConnected,
}

/// Where a host stands in the server's preference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum HostKind {
    /// `type="primary"` or no type: tried first.
    Primary,
    /// `type="fallback"`: tried after every primary host.
    Fallback,
}

/// One `<host>` of a `media_conn` answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MediaHost {
    /// `hostname`: a DNS name, or `ip:port` (the emulator's hosts).
    pub hostname: String,
    /// `type`.
    pub kind: HostKind,
    /// `fallback_hostname`, tried after the listed hosts.
    pub fallback_hostname: Option<String>,
}

impl MediaHost {
    /// A primary host without fallback.
    pub fn new(hostname: impl Into<String>) -> MediaHost {
        MediaHost {
            hostname: hostname.into(),
            kind: HostKind::Primary,
            fallback_hostname: None,
        }
    }
}

/// A parsed `media_conn` answer and when it was fetched.
#[derive(Clone, PartialEq, Eq)]
pub struct MediaConn {
    /// `auth`: the upload token (secret; redacted from `Debug`).
    pub auth: String,
    /// `ttl`: how long the host list holds.
    pub ttl: Duration,
    /// `auth_ttl`: how long `auth` holds, when sent.
    pub auth_ttl: Option<Duration>,
    /// `max_buckets`, when sent.
    pub max_buckets: Option<u32>,
    /// The hosts in the order the server listed them.
    pub hosts: Vec<MediaHost>,
    /// When the answer arrived (the TTLs count from here).
    pub fetched_at: Instant,
}

impl fmt::Debug for MediaConn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MediaConn")
            .field("auth", &"<redacted>")
            .field("ttl", &self.ttl)
            .field("auth_ttl", &self.auth_ttl)
            .field("max_buckets", &self.max_buckets)
            .field("hosts", &self.hosts)
            .finish_non_exhaustive()
    }
}

/// `<iq xmlns="w:m" type="set" to="s.whatsapp.net"><media_conn/></iq>`; the
/// connection layer adds the `id`.
pub fn media_conn_request() -> Node {
    Node::new("iq")
        .attr("xmlns", "w:m")
        .attr("type", "set")
        .attr("to", Jid::server_jid())
        .children([Node::new("media_conn")])
}

impl MediaConn {
    /// Reads an answer: the `<iq type="result">` holding `<media_conn>`, or
    /// the `<media_conn>` element itself. `auth`, `ttl` and each host's
    /// `hostname` are required; children other than `<host>` are skipped.
    pub fn parse(node: &NodeRef<'_>) -> Result<MediaConn, MediaConnError> {
        MediaConn::parse_at(node, Instant::now())
    }

    /// [`parse`](Self::parse) with an explicit fetch time.
    pub fn parse_at(node: &NodeRef<'_>, fetched_at: Instant) -> Result<MediaConn, MediaConnError> {
        let conn = if node.is("media_conn") {
            node
        } else {
            node.child("media_conn")
                .ok_or(MediaConnError::MissingMediaConn)?
        };
        let attrs = conn.attrs();
        let auth = attrs.str("auth")?.into_owned();
        let ttl = Duration::from_secs(attrs.u64("ttl")?);
        let auth_ttl = attrs.optional_u64("auth_ttl")?.map(Duration::from_secs);
        let max_buckets = attrs.optional_u32("max_buckets")?;
        let mut hosts = Vec::new();
        for host in conn.children_by_tag("host") {
            let attrs = host.attrs();
            let hostname = attrs.str("hostname")?.into_owned();
            if hostname.is_empty() {
                continue;
            }
            let kind = if attrs.is("type", "fallback") {
                HostKind::Fallback
            } else {
                HostKind::Primary
            };
            let fallback_hostname = attrs
                .optional_str("fallback_hostname")
                .filter(|name| !name.is_empty())
                .map(|name| name.into_owned());
            hosts.push(MediaHost {
                hostname,
                kind,
                fallback_hostname,
            });
        }
        if hosts.is_empty() {
            return Err(MediaConnError::NoHosts);
        }
        Ok(MediaConn {
            auth,
            ttl,
            auth_ttl,
            max_buckets,
            hosts,
            fetched_at,
        })
    }

    /// How long the answer holds: the shorter of `ttl` and `auth_ttl`.
    pub fn lifetime(&self) -> Duration {
        self.auth_ttl.map_or(self.ttl, |auth| auth.min(self.ttl))
    }

    /// When the answer goes stale.
    pub fn expires_at(&self) -> Instant {
        self.fetched_at + self.lifetime()
    }

    /// True when the answer is stale at `now` and must be fetched again.
    pub fn is_expired_at(&self, now: Instant) -> bool {
        now >= self.expires_at()
    }

    /// True when the answer is stale now.
    pub fn is_expired(&self) -> bool {
        self.is_expired_at(Instant::now())
    }

    /// The host names in the order transfers try them: primary hosts as
    /// listed, then fallback hosts, then the `fallback_hostname`s; each once.
    pub fn host_order(&self) -> Vec<String> {
        let mut order: Vec<String> = Vec::with_capacity(self.hosts.len() * 2);
        let primary = self.hosts.iter().filter(|h| h.kind == HostKind::Primary);
        let fallback = self.hosts.iter().filter(|h| h.kind != HostKind::Primary);
        let names = primary.chain(fallback).map(|h| h.hostname.as_str()).chain(
            self.hosts
                .iter()
                .filter_map(|h| h.fallback_hostname.as_deref()),
        );
        for name in names {
            if !order.iter().any(|known| known == name) {
                order.push(name.to_owned());
            }
        }
        order
    }
}

/// A boxed, sendable future (what [`MediaConnFetch::fetch`] returns).
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// Fetches a fresh `media_conn` (the connection layer sends
/// [`media_conn_request`] and parses the answer with [`MediaConn::parse`]).
///
/// Closures `Fn() -> impl Future<Output = Result<MediaConn, MediaConnError>>`
/// implement it.
pub trait MediaConnFetch: Send + Sync + 'static {
    /// Fetches one answer.
    fn fetch(&self) -> BoxFuture<'_, Result<MediaConn, MediaConnError>>;
}

impl<F, Fut> MediaConnFetch for F
where
    F: Fn() -> Fut + Send + Sync + 'static,
    Fut: Future<Output = Result<MediaConn, MediaConnError>> + Send + 'static,
{
    fn fetch(&self) -> BoxFuture<'_, Result<MediaConn, MediaConnError>> {
        Box::pin(self())
    }
}

/// The current `media_conn`, fetched again when stale or refused.
pub struct MediaConnCache {
    fetcher: Box<dyn MediaConnFetch>,
    current: tokio::sync::Mutex<Option<Arc<MediaConn>>>,
    fetches: AtomicU64,
}

impl fmt::Debug for MediaConnCache {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MediaConnCache")
            .field("fetches", &self.fetches())
            .finish_non_exhaustive()
    }
}

impl MediaConnCache {
    /// A cache that fetches with `fetcher` when needed (nothing is fetched
    /// before the first transfer).
    pub fn new(fetcher: impl MediaConnFetch) -> MediaConnCache {
        MediaConnCache {
            fetcher: Box::new(fetcher),
            current: tokio::sync::Mutex::new(None),
            fetches: AtomicU64::new(0),
        }
    }

    /// The current answer, fetching one first when there is none or it is stale.
    pub async fn get(&self) -> Result<Arc<MediaConn>, MediaConnError> {
        let mut current = self.current.lock().await;
        if let Some(conn) = current.as_ref()
            && !conn.is_expired()
        {
            return Ok(conn.clone());
        }
        self.fetch_into(&mut current).await
    }

    /// Fetches a new answer unless another caller already replaced `stale`
    /// (so that transfers refused at the same time trigger one fetch).
    pub async fn refresh(&self, stale: &Arc<MediaConn>) -> Result<Arc<MediaConn>, MediaConnError> {
        let mut current = self.current.lock().await;
        if let Some(conn) = current.as_ref()
            && !Arc::ptr_eq(conn, stale)
            && !conn.is_expired()
        {
            return Ok(conn.clone());
        }
        self.fetch_into(&mut current).await
    }

    /// Forgets the current answer: the next [`get`](Self::get) fetches.
    pub async fn invalidate(&self) {
        *self.current.lock().await = None;
    }

    /// How many fetches were made (successful or not).
    pub fn fetches(&self) -> u64 {
        self.fetches.load(Ordering::Relaxed)
    }

    async fn fetch_into(
        &self,
        current: &mut Option<Arc<MediaConn>>,
    ) -> Result<Arc<MediaConn>, MediaConnError> {
        self.fetches.fetch_add(1, Ordering::Relaxed);
        let conn = Arc::new(self.fetcher.fetch().await?);
        log::debug!(
            "media_conn: {} hosts, valid for {:?}",
            conn.hosts.len(),
            conn.lifetime()
        );
        *current = Some(conn.clone());
        Ok(conn)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::binary::{Dictionary, OwnedNodeRef, encode};
    use std::sync::Mutex;

    fn decoded(node: &Node) -> OwnedNodeRef {
        let bytes = encode(node, Dictionary::V3).unwrap();
        OwnedNodeRef::decode(bytes.into(), Dictionary::V3).unwrap()
    }

    fn answer(attrs: &[(&'static str, &'static str)], hosts: Vec<Node>) -> Node {
        let mut conn = Node::new("media_conn");
        for (key, value) in attrs {
            conn = conn.attr(*key, *value);
        }
        Node::new("iq")
            .attr("type", "result")
            .attr("id", "1")
            .children([conn.children(hosts)])
    }

    #[test]
    fn request_shape() {
        let node = media_conn_request();
        assert!(node.is("iq"));
        assert!(node.attrs().is("xmlns", "w:m"));
        assert!(node.attrs().is("type", "set"));
        assert_eq!(node.attrs().jid("to").unwrap(), Jid::server_jid());
        assert!(node.child("media_conn").is_some());
        assert!(node.attr_value("id").is_none());
    }

    #[test]
    fn parses_a_full_answer_and_orders_hosts() {
        let node = answer(
            &[
                ("auth", "AUTH=="),
                ("ttl", "300"),
                ("auth_ttl", "120"),
                ("max_buckets", "12"),
            ],
            vec![
                Node::new("host")
                    .attr("hostname", "mmg-fb.example")
                    .attr("type", "fallback"),
                Node::new("host")
                    .attr("hostname", "mmg.example")
                    .attr("type", "primary")
                    .attr("fallback_hostname", "mmg-alt.example"),
                Node::new("other"),
                Node::new("host").attr("hostname", "mmg.example"),
            ],
        );
        let owned = decoded(&node);
        let at = Instant::now();
        let conn = MediaConn::parse_at(owned.get(), at).unwrap();
        assert_eq!(conn.auth, "AUTH==");
        assert_eq!(conn.ttl, Duration::from_secs(300));
        assert_eq!(conn.auth_ttl, Some(Duration::from_secs(120)));
        assert_eq!(conn.max_buckets, Some(12));
        assert_eq!(conn.lifetime(), Duration::from_secs(120));
        assert!(!conn.is_expired_at(at + Duration::from_secs(119)));
        assert!(conn.is_expired_at(at + Duration::from_secs(120)));
        assert_eq!(
            conn.host_order(),
            ["mmg.example", "mmg-fb.example", "mmg-alt.example"]
        );
        assert!(!format!("{conn:?}").contains("AUTH=="));
        // The <media_conn> element alone parses too.
        let inner = owned.get().child("media_conn").unwrap();
        assert_eq!(MediaConn::parse_at(inner, at).unwrap(), conn);
    }

    #[test]
    fn errors_name_what_is_missing() {
        let host = || vec![Node::new("host").attr("hostname", "h")];
        let no_auth = decoded(&answer(&[("ttl", "1")], host()));
        match MediaConn::parse(no_auth.get()) {
            Err(MediaConnError::Attr(AttrError::Missing { tag, key })) => {
                assert_eq!((tag.as_str(), key.as_str()), ("media_conn", "auth"));
            }
            other => panic!("{other:?}"),
        }
        let bad_ttl = decoded(&answer(&[("auth", "a"), ("ttl", "soon")], host()));
        assert!(matches!(
            MediaConn::parse(bad_ttl.get()),
            Err(MediaConnError::Attr(AttrError::Invalid { .. }))
        ));
        let no_hosts = decoded(&answer(&[("auth", "a"), ("ttl", "1")], vec![]));
        assert_eq!(
            MediaConn::parse(no_hosts.get()),
            Err(MediaConnError::NoHosts)
        );
        let nameless = decoded(&answer(
            &[("auth", "a"), ("ttl", "1")],
            vec![Node::new("host")],
        ));
        match MediaConn::parse(nameless.get()) {
            Err(MediaConnError::Attr(AttrError::Missing { tag, key })) => {
                assert_eq!((tag.as_str(), key.as_str()), ("host", "hostname"));
            }
            other => panic!("{other:?}"),
        }
        let empty = decoded(&Node::new("iq").attr("type", "result"));
        assert_eq!(
            MediaConn::parse(empty.get()),
            Err(MediaConnError::MissingMediaConn)
        );
    }

    fn conn(auth: &str, ttl: u64) -> MediaConn {
        MediaConn {
            auth: auth.to_owned(),
            ttl: Duration::from_secs(ttl),
            auth_ttl: None,
            max_buckets: None,
            hosts: vec![MediaHost::new("h")],
            fetched_at: Instant::now(),
        }
    }

    #[tokio::test]
    async fn cache_fetches_when_empty_stale_or_refused_once() {
        let answers = Arc::new(Mutex::new(vec![
            conn("third", 300),
            conn("second", 300),
            conn("first", 0),
        ]));
        let source = answers.clone();
        let cache = MediaConnCache::new(move || {
            let next = source.lock().unwrap().pop();
            async move { next.ok_or(MediaConnError::NotConnected) }
        });
        assert_eq!(cache.fetches(), 0);
        // ttl 0: stale at once, so the next get fetches again.
        assert_eq!(cache.get().await.unwrap().auth, "first");
        let second = cache.get().await.unwrap();
        assert_eq!(second.auth, "second");
        assert!(Arc::ptr_eq(&second, &cache.get().await.unwrap()));
        assert_eq!(cache.fetches(), 2);
        // Two transfers refused with the same answer: one fetch.
        let third = cache.refresh(&second).await.unwrap();
        assert_eq!(third.auth, "third");
        assert!(Arc::ptr_eq(&cache.refresh(&second).await.unwrap(), &third));
        assert_eq!(cache.fetches(), 3);
        cache.invalidate().await;
        assert_eq!(cache.get().await, Err(MediaConnError::NotConnected));
        assert_eq!(cache.fetches(), 4);
    }
}
