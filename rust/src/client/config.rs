//! Client configuration: where to connect, whom to trust, what to announce,
//! and the timing of keepalives, reconnects and offline sync.
//!
//! [`ClientConfig::default`] connects to WhatsApp (`wss://web.whatsapp.com/ws/chat`)
//! and trusts only WhatsApp's root certificate key. [`ClientConfig::emulator`]
//! points at a local emulator and trusts the root it was given, and nothing
//! else: a different root is never trusted implicitly.

use std::time::Duration;

use rand::RngExt as _;

use super::pair::CompanionPlatform;
use super::payload::{CompanionProps, LoginOptions, PayloadConfig};
use crate::binary::Dictionary;
use crate::media::TransferConfig;
use crate::noise::WHATSAPP_ROOT_KEY;
use crate::signal::PublicKey;

/// WhatsApp's WebSocket endpoint.
pub const WHATSAPP_URL: &str = "wss://web.whatsapp.com/ws/chat";
/// The `Origin` header WhatsApp Web sends.
pub const WHATSAPP_ORIGIN: &str = "https://web.whatsapp.com";

/// Keepalive timing: a `w:p` ping every `interval_min..=interval_max`
/// (random, like whatsmeow's 20-30 s); a connection that neither answers a
/// ping nor sends anything else for `deadline` is dead and is replaced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeepaliveConfig {
    /// Shortest wait between pings.
    pub interval_min: Duration,
    /// Longest wait between pings.
    pub interval_max: Duration,
    /// How long an unanswered ping may stay unanswered (with nothing else
    /// received either) before the connection is declared dead.
    pub deadline: Duration,
}

impl Default for KeepaliveConfig {
    fn default() -> KeepaliveConfig {
        KeepaliveConfig {
            interval_min: Duration::from_secs(20),
            interval_max: Duration::from_secs(30),
            deadline: Duration::from_secs(20),
        }
    }
}

impl KeepaliveConfig {
    /// A random interval in `interval_min..=interval_max`.
    pub fn next_interval(&self) -> Duration {
        let (low, high) = (self.interval_min, self.interval_max.max(self.interval_min));
        if low == high {
            return low;
        }
        let span = (high - low).as_millis() as u64;
        low + Duration::from_millis(rand::rng().random_range(0..=span))
    }
}

/// Automatic reconnection after a transient failure: exponential backoff
/// with jitter. A restart the server asks for (stream error 515) reconnects
/// at once; a permanent close (replaced, logged out, banned) never retries.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReconnectPolicy {
    /// Whether to reconnect at all after a transient failure.
    pub enabled: bool,
    /// Delay before the first retry.
    pub initial_delay: Duration,
    /// Upper bound on the delay.
    pub max_delay: Duration,
    /// Growth factor per failed attempt.
    pub multiplier: f64,
    /// Relative jitter: each delay is scaled by a random factor in
    /// `1 - jitter ..= 1 + jitter` (0 disables it).
    pub jitter: f64,
    /// Give up after this many consecutive failed attempts (`None`: never).
    pub max_attempts: Option<u32>,
}

impl Default for ReconnectPolicy {
    fn default() -> ReconnectPolicy {
        ReconnectPolicy {
            enabled: true,
            initial_delay: Duration::from_secs(1),
            max_delay: Duration::from_secs(60),
            multiplier: 2.0,
            jitter: 0.25,
            max_attempts: None,
        }
    }
}

impl ReconnectPolicy {
    /// The delay before retry number `attempt` (1 for the first retry).
    pub fn delay(&self, attempt: u32) -> Duration {
        let exponent = attempt.saturating_sub(1).min(64) as i32;
        let base = self.initial_delay.as_secs_f64() * self.multiplier.max(1.0).powi(exponent);
        let capped = base.min(self.max_delay.as_secs_f64());
        let jitter = self.jitter.clamp(0.0, 1.0);
        let factor = if jitter > 0.0 {
            rand::rng().random_range((1.0 - jitter)..=(1.0 + jitter))
        } else {
            1.0
        };
        Duration::from_secs_f64((capped * factor).max(0.0))
    }
}

/// Everything a [`Client`](super::Client) needs besides its store.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    /// WebSocket URL: `wss://` (TLS, webpki roots) or `ws://` (the emulator).
    pub url: String,
    /// The `Origin` header of the WebSocket handshake.
    pub origin: String,
    /// The root key the server certificate chain must chain to. WhatsApp's
    /// by default; another one only when the caller sets it.
    pub trusted_root: PublicKey,
    /// User agent, web info, connect type and reason, push name.
    pub payload: PayloadConfig,
    /// Flags of the login payload.
    pub login: LoginOptions,
    /// What a new companion announces to the phone.
    pub companion: CompanionProps,
    /// The platform character in QR codes and the pair-code platform id.
    pub platform: CompanionPlatform,
    /// The platform name shown for pair-code linking (e.g. `Chrome (Linux)`).
    pub platform_display: String,
    /// The binary dictionary announced in the connection header (v3).
    pub dictionary: Dictionary,
    /// Keepalive timing.
    pub keepalive: KeepaliveConfig,
    /// Reconnection after transient failures.
    pub reconnect: ReconnectPolicy,
    /// How long to wait for `<ib><offline/></ib>` after login before
    /// declaring offline sync complete anyway (60 s).
    pub offline_sync_timeout: Duration,
    /// Timeout of one connection attempt (TCP, TLS, WebSocket and Noise).
    pub connect_timeout: Duration,
    /// Default timeout of an IQ request.
    pub iq_timeout: Duration,
    /// Emit every received stanza as a raw-node notice before processing it.
    pub raw_node_forwarding: bool,
    /// Override of the QR rotation (first ref, later refs); `None` uses
    /// WhatsApp Web's 60 s then 20 s.
    pub qr_timeouts: Option<(Duration, Duration)>,
    /// Largest frame accepted from the server (at most 16 MiB - 1); a
    /// longer one ends the connection as soon as its length arrives.
    pub max_frame_len: usize,
    /// One-time prekeys uploaded at the first login.
    pub initial_prekey_count: u32,
    /// One-time prekeys uploaded when the server runs low.
    pub refill_prekey_count: u32,
    /// Below this many prekeys on the server, upload more.
    pub min_prekey_count: u32,
    /// Media transfers: HTTPS to the media hosts by default; plain HTTP to
    /// a loopback emulator with [`ClientConfig::emulator`] (never to any
    /// other host).
    pub media: TransferConfig,
}

impl Default for ClientConfig {
    fn default() -> ClientConfig {
        ClientConfig {
            url: WHATSAPP_URL.to_owned(),
            origin: WHATSAPP_ORIGIN.to_owned(),
            trusted_root: WHATSAPP_ROOT_KEY,
            payload: PayloadConfig::default(),
            login: LoginOptions::default(),
            companion: CompanionProps::default(),
            platform: CompanionPlatform::Chrome,
            platform_display: "Chrome (Linux)".to_owned(),
            dictionary: Dictionary::V3,
            keepalive: KeepaliveConfig::default(),
            reconnect: ReconnectPolicy::default(),
            offline_sync_timeout: Duration::from_secs(60),
            connect_timeout: Duration::from_secs(20),
            iq_timeout: Duration::from_secs(75),
            raw_node_forwarding: false,
            qr_timeouts: None,
            max_frame_len: crate::noise::MAX_FRAME_LEN,
            initial_prekey_count: 812,
            refill_prekey_count: 50,
            min_prekey_count: 5,
            media: TransferConfig::default(),
        }
    }
}

impl ClientConfig {
    /// A configuration for a server at `url` (e.g. the local emulator's
    /// `ws://127.0.0.1:PORT/ws/chat`) whose certificate chain is rooted at
    /// `trusted_root`.
    pub fn emulator(url: impl Into<String>, trusted_root: PublicKey) -> ClientConfig {
        ClientConfig {
            url: url.into(),
            trusted_root,
            media: TransferConfig::emulator(),
            ..ClientConfig::default()
        }
    }

    /// How long the QR code of ref number `index` (0-based) stays valid.
    pub fn qr_timeout(&self, index: usize) -> Duration {
        match self.qr_timeouts {
            Some((first, _)) if index == 0 => first,
            Some((_, next)) => next,
            None => super::pair::qr::qr_ref_timeout(index),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped() {
        let policy = ReconnectPolicy {
            jitter: 0.0,
            ..ReconnectPolicy::default()
        };
        assert_eq!(policy.delay(1), Duration::from_secs(1));
        assert_eq!(policy.delay(2), Duration::from_secs(2));
        assert_eq!(policy.delay(4), Duration::from_secs(8));
        assert_eq!(policy.delay(30), Duration::from_secs(60));
        assert_eq!(policy.delay(u32::MAX), Duration::from_secs(60));
    }

    #[test]
    fn jitter_stays_in_bounds() {
        let policy = ReconnectPolicy::default();
        for attempt in 1..10 {
            let delay = policy.delay(attempt).as_secs_f64();
            let base = (2f64.powi(attempt as i32 - 1)).min(60.0);
            assert!(delay >= base * 0.75 - 1e-9 && delay <= base * 1.25 + 1e-9);
        }
    }

    #[test]
    fn keepalive_interval_in_range() {
        let config = KeepaliveConfig::default();
        for _ in 0..100 {
            let interval = config.next_interval();
            assert!(interval >= config.interval_min && interval <= config.interval_max);
        }
    }

    #[test]
    fn default_trusts_only_whatsapp() {
        let config = ClientConfig::default();
        assert_eq!(config.trusted_root, WHATSAPP_ROOT_KEY);
        assert!(config.url.starts_with("wss://"));
        assert_eq!(config.qr_timeout(0), Duration::from_secs(60));
        assert_eq!(config.qr_timeout(1), Duration::from_secs(20));
    }
}
