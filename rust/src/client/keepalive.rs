//! Keepalive: a `<iq xmlns="w:p" type="get">` ping every 20-30 s; a
//! connection that answers nothing (not the ping, nor anything else) within
//! the deadline is dead and gets replaced through the reconnect path.

use tokio::time::Instant;

use super::config::KeepaliveConfig;
use super::connection::{Conn, End};
use super::error::ClientError;
use super::request::iq;
use crate::binary::NodeRef;
use crate::events::{Event, KeepAliveRestored, KeepAliveTimeout, Timestamp};

/// The keepalive timer of one connection.
#[derive(Debug)]
pub(crate) struct KeepaliveState {
    config: KeepaliveConfig,
    next_ping: Instant,
    outstanding: Option<(String, Instant)>,
    failures: u32,
    /// When a ping was last answered (Unix seconds).
    last_success: Option<Timestamp>,
}

impl KeepaliveState {
    pub(crate) fn new(config: &KeepaliveConfig, now: Instant) -> KeepaliveState {
        KeepaliveState {
            config: *config,
            next_ping: now + config.next_interval(),
            outstanding: None,
            failures: 0,
            last_success: None,
        }
    }

    /// When the timer next needs attention.
    pub(crate) fn deadline(&self) -> Instant {
        match &self.outstanding {
            Some((_, sent)) => *sent + self.config.deadline,
            None => self.next_ping,
        }
    }
}

impl Conn<'_> {
    pub(crate) async fn keepalive_tick(&mut self, now: Instant) {
        if let Some((_, sent)) = &self.keepalive.outstanding {
            let sent = *sent;
            if now < sent + self.keepalive.config.deadline {
                return;
            }
            self.keepalive.outstanding = None;
            self.keepalive.failures = self.keepalive.failures.saturating_add(1);
            self.client
                .inner
                .emit(Event::KeepAliveTimeout(KeepAliveTimeout {
                    error_count: self.keepalive.failures,
                    last_success: self.keepalive.last_success,
                }));
            if self.last_received <= sent {
                log::warn!("keepalive: no sign of life for {:?}", now - sent);
                self.end = Some(End::Transient(ClientError::Dead(
                    self.keepalive.config.deadline,
                )));
                return;
            }
        }
        if now >= self.keepalive.next_ping {
            let id = self.client.next_id();
            let ping = iq(id.clone(), "w:p", "get", Vec::new());
            self.keepalive.outstanding = Some((id, now));
            self.keepalive.next_ping = now + self.keepalive.config.next_interval();
            self.send(&ping).await;
        }
    }

    /// Consumes the answer to our ping; false for other answers.
    pub(crate) fn keepalive_answer(&mut self, iq: &NodeRef<'_>) -> bool {
        let Some((id, _)) = &self.keepalive.outstanding else {
            return false;
        };
        if !iq.attr("id").is_some_and(|value| value.eq_str(id)) {
            return false;
        }
        self.keepalive.outstanding = None;
        self.keepalive.last_success = Some(Timestamp(unix_now()));
        if self.keepalive.failures > 0 {
            self.keepalive.failures = 0;
            self.client
                .inner
                .emit(Event::KeepAliveRestored(KeepAliveRestored {}));
        }
        true
    }
}

/// The wall clock in Unix seconds (0 before 1970).
fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}
