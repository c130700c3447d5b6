//! What the connection layer reports: [`Notice`]s, emitted from one place
//! (`Notices::emit`) so that they map one-to-one onto the crate's events,
//! and the wire enums they carry ([`FailureReason`], [`TempBanReason`]).
//!
//! Subscribers get every notice through an unbounded channel
//! ([`Client::notices`](super::Client::notices)); nothing is built for a
//! client without subscribers.

use std::fmt;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use crate::binary::{Jid, OwnedNodeRef};

/// A `<failure reason>` code (and, for stream errors, the close codes that
/// share its meaning). Unknown codes are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FailureReason(pub u16);

impl FailureReason {
    /// 400: generic.
    pub const GENERIC: FailureReason = FailureReason(400);
    /// 401: logged out from another device (credentials deleted).
    pub const LOGGED_OUT: FailureReason = FailureReason(401);
    /// 402: temporarily banned.
    pub const TEMP_BANNED: FailureReason = FailureReason(402);
    /// 403: the main device is gone, or the account is locked.
    pub const MAIN_DEVICE_GONE: FailureReason = FailureReason(403);
    /// 405: this client version is too old.
    pub const CLIENT_OUTDATED: FailureReason = FailureReason(405);
    /// 406: unknown logout, or banned.
    pub const UNKNOWN_LOGOUT: FailureReason = FailureReason(406);
    /// 409: the user agent was refused.
    pub const BAD_USER_AGENT: FailureReason = FailureReason(409);
    /// 415: not found.
    pub const NOT_FOUND: FailureReason = FailureReason(415);
    /// 418: client unknown.
    pub const CLIENT_UNKNOWN: FailureReason = FailureReason(418);
    /// 500: internal server error (transient).
    pub const INTERNAL_SERVER_ERROR: FailureReason = FailureReason(500);
    /// 501: experimental.
    pub const EXPERIMENTAL: FailureReason = FailureReason(501);
    /// 503: service unavailable (transient).
    pub const SERVICE_UNAVAILABLE: FailureReason = FailureReason(503);

    /// Whether the session is gone for good (401, 403, 406): the stored
    /// credentials are deleted.
    pub fn is_logged_out(self) -> bool {
        matches!(self.0, 401 | 403 | 406)
    }

    /// Whether the server expects the client to simply try again (500, 503).
    pub fn is_transient(self) -> bool {
        matches!(self.0, 500 | 503)
    }

    /// A short name for known codes.
    pub fn name(self) -> Option<&'static str> {
        Some(match self.0 {
            400 => "generic",
            401 => "logged out",
            402 => "temporarily banned",
            403 => "main device gone",
            405 => "client outdated",
            406 => "unknown logout",
            409 => "bad user agent",
            413 => "CAT expired",
            414 => "CAT invalid",
            415 => "not found",
            418 => "client unknown",
            500 => "internal server error",
            501 => "experimental",
            503 => "service unavailable",
            _ => return None,
        })
    }
}

impl fmt::Display for FailureReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.name() {
            Some(name) => write!(f, "{} ({name})", self.0),
            None => write!(f, "{} (unknown)", self.0),
        }
    }
}

/// The `code` of a temporary ban (`<failure reason="402" code>`). Unknown
/// codes are kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TempBanReason(pub u16);

impl TempBanReason {
    /// A short explanation for known codes.
    pub fn description(self) -> Option<&'static str> {
        Some(match self.0 {
            101 => "sent to too many people",
            102 => "blocked by too many users",
            103 => "created too many groups",
            104 => "sent too many of the same message",
            106 => "sent too many messages to a broadcast list",
            _ => return None,
        })
    }
}

impl fmt::Display for TempBanReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.description() {
            Some(text) => write!(f, "{} ({text})", self.0),
            None => write!(f, "{}", self.0),
        }
    }
}

/// Why a connection ended, as reported in [`Notice::Disconnected`].
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum DisconnectReason {
    /// [`Client::disconnect`](super::Client::disconnect) or
    /// [`Client::logout`](super::Client::logout).
    Requested,
    /// The server asked for a restart (stream error 515, e.g. after
    /// pairing); the client reconnects at once.
    RestartRequired,
    /// The connection failed or was closed (network, malformed frame or
    /// stanza, dead keepalive, server close); the client reconnects with
    /// backoff unless this was the first attempt. The text says what
    /// happened.
    ConnectionLost(String),
    /// The connection failed in a way retrying cannot fix (e.g. the server
    /// certificate chain was refused); the client stopped.
    Failed(String),
    /// Another connection with the same credentials took over.
    Replaced,
    /// The device was logged out (or banned); the credentials are deleted.
    LoggedOut,
    /// The server refused the client for good (temporary ban, outdated
    /// client, unknown failure).
    Refused(FailureReason),
    /// The QR refs ran out without the phone scanning one.
    QrTimeout,
    /// Reconnection gave up after the configured number of attempts.
    GaveUp,
}

/// The counts announced by `<ib><offline_preview/>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct OfflinePreview {
    /// All queued stanzas.
    pub total: u32,
    /// App-state changes.
    pub app_data_changes: u32,
    /// Messages.
    pub messages: u32,
    /// Notifications.
    pub notifications: u32,
    /// Receipts.
    pub receipts: u32,
}

/// Something the connection layer reports. Each variant fires from exactly
/// one place in the lifecycle; the doc says when.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Notice {
    /// Logged in and ready: after `<success>`, the prekey check and
    /// `<active/>`.
    Connected,
    /// A connection ended (after `Connected`, or a failed attempt); whether
    /// the client reconnects follows from the reason.
    Disconnected {
        /// Why.
        reason: DisconnectReason,
    },
    /// A QR code to show (registration): one per ref of `<pair-device>`,
    /// each valid for `timeout`.
    QrCode {
        /// The text to render.
        code: String,
        /// 0-based index of the ref.
        index: usize,
        /// How long it stays valid.
        timeout: Duration,
    },
    /// The phone linked us: the identity is verified and stored; a 515
    /// restart and a login follow.
    PairSuccess {
        /// Our device JID.
        jid: Jid,
        /// Our LID, when sent.
        lid: Option<Jid>,
        /// The business name, for business accounts.
        business_name: Option<String>,
        /// The phone's platform.
        platform: Option<String>,
    },
    /// A `<pair-success>` was refused (bad HMAC, bad signature, ...).
    PairError {
        /// The JID it named, when readable.
        jid: Option<Jid>,
        /// What was wrong.
        error: String,
    },
    /// The phone scanned the QR code without multi-device support.
    QrScannedWithoutMultidevice,
    /// The session is gone: `<failure reason=401|403|406>` at login
    /// (`on_connect`) or stream error 401 `device_removed` later. The
    /// credentials were deleted; the client stopped.
    LoggedOut {
        /// True when refused at login, false when removed while connected.
        on_connect: bool,
        /// The failure code.
        reason: FailureReason,
    },
    /// Another connection with the same credentials took over (stream error
    /// `conflict type="replaced"`); the client stopped.
    StreamReplaced,
    /// A stream error this layer does not handle specially.
    StreamError {
        /// Its `code`, when present.
        code: Option<String>,
        /// The stanza.
        raw: Arc<OwnedNodeRef>,
    },
    /// A `<failure>` other than logout, ban or outdated client.
    ConnectFailure {
        /// The reason code.
        reason: FailureReason,
        /// The `message` attribute, when present.
        message: Option<String>,
        /// The stanza.
        raw: Arc<OwnedNodeRef>,
    },
    /// Temporarily banned (`<failure reason="402">`); the client stopped.
    TemporaryBan {
        /// The ban reason.
        code: TempBanReason,
        /// How long the ban lasts.
        expire: Duration,
    },
    /// The server says this client version is too old (405); the client stopped.
    ClientOutdated,
    /// The server announced how much is queued offline.
    OfflineSyncPreview(OfflinePreview),
    /// The offline queue is drained (or the wait for it timed out).
    OfflineSyncCompleted {
        /// Queued stanzas received (the server's count, or those seen
        /// before the timeout).
        count: u32,
    },
    /// A keepalive ping went unanswered.
    KeepAliveTimeout {
        /// Consecutive unanswered pings.
        error_count: u32,
    },
    /// A keepalive ping was answered after failures.
    KeepAliveRestored,
    /// A received stanza, before processing (raw-node forwarding only).
    RawNode(Arc<OwnedNodeRef>),
}

type Subscriber = async_channel::Sender<Arc<Notice>>;

/// The subscribers of one client; cheap when there are none.
#[derive(Default)]
pub(crate) struct Notices {
    subscribers: Mutex<Vec<Subscriber>>,
}

impl Notices {
    /// A new subscription.
    pub(crate) fn subscribe(&self) -> async_channel::Receiver<Arc<Notice>> {
        let (tx, rx) = async_channel::unbounded();
        self.lock().push(tx);
        rx
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Subscriber>> {
        self.subscribers
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// Whether anyone listens (to skip building notices nobody reads).
    pub(crate) fn has_subscribers(&self) -> bool {
        !self.lock().is_empty()
    }

    /// The one place notices leave the connection layer.
    pub(crate) fn emit(&self, notice: Notice) {
        log::debug!("notice: {}", NoticeSummary(&notice));
        let mut subscribers = self.lock();
        if subscribers.is_empty() {
            return;
        }
        let notice = Arc::new(notice);
        subscribers.retain(|tx| tx.try_send(notice.clone()).is_ok());
    }
}

/// A log line for a notice that never prints secrets (QR codes carry the
/// ADV secret).
struct NoticeSummary<'a>(&'a Notice);

impl fmt::Display for NoticeSummary<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Notice::QrCode { index, timeout, .. } => {
                write!(f, "QrCode #{index} ({}s)", timeout.as_secs())
            }
            Notice::RawNode(node) => write!(f, "RawNode <{}>", node.get().tag()),
            Notice::StreamError { code, .. } => write!(f, "StreamError {code:?}"),
            Notice::ConnectFailure {
                reason, message, ..
            } => write!(f, "ConnectFailure {reason} {message:?}"),
            other => write!(f, "{other:?}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failure_reasons() {
        assert!(FailureReason(401).is_logged_out());
        assert!(FailureReason(403).is_logged_out());
        assert!(FailureReason(406).is_logged_out());
        assert!(!FailureReason(402).is_logged_out());
        assert!(FailureReason(503).is_transient());
        assert_eq!(FailureReason(405).to_string(), "405 (client outdated)");
        assert_eq!(FailureReason(999).to_string(), "999 (unknown)");
        assert_eq!(
            TempBanReason(101).to_string(),
            "101 (sent to too many people)"
        );
    }

    #[test]
    fn emit_reaches_every_subscriber_and_drops_closed_ones() {
        let notices = Notices::default();
        assert!(!notices.has_subscribers());
        let a = notices.subscribe();
        let b = notices.subscribe();
        notices.emit(Notice::Connected);
        assert!(matches!(*a.try_recv().unwrap(), Notice::Connected));
        assert!(matches!(*b.try_recv().unwrap(), Notice::Connected));
        drop(b);
        notices.emit(Notice::ClientOutdated);
        assert_eq!(notices.lock().len(), 1);
    }
}
