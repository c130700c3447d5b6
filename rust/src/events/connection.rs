//! Connection lifecycle and pairing events.

use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::serde_util::{Timestamp, code_enum, duration_secs, wire_enum};
use crate::binary::Jid;

/// The client is connected and logged in; stanzas flow.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Connected {}

wire_enum! {
    /// Why a connection ended.
    pub enum DisconnectReason {
        /// The user disconnected or logged out.
        ClientClosed = "client_closed",
        /// The server asked for a restart (stream error 515, e.g. right after
        /// linking); the client reconnects at once.
        RestartRequired = "restart_required",
        /// The connection failed or was closed (network, malformed frame or
        /// stanza, dead keepalive, server close); `message` says what
        /// happened and `will_reconnect` whether the client retries.
        ConnectionLost = "connection_lost",
        /// The connection failed in a way retrying cannot fix (e.g. the
        /// server certificate chain was refused); the client stopped.
        Failed = "failed",
        /// Another connection with the same credentials took over.
        Replaced = "replaced",
        /// The device was logged out or banned; the credentials are deleted.
        LoggedOut = "logged_out",
        /// The server refused the client (temporary ban, outdated client,
        /// another failure code); the client stopped.
        Refused = "refused",
        /// The QR codes ran out without the phone scanning one.
        QrTimeout = "qr_timeout",
        /// Reconnecting gave up after the configured number of attempts.
        GaveUp = "gave_up",
    }
}

/// The connection ended.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Disconnected {
    /// Why.
    pub reason: DisconnectReason,
    /// Detail for logs (the transport error, the stream error code...).
    pub message: Option<String>,
    /// True when the client will reconnect by itself.
    pub will_reconnect: bool,
}

/// A QR code to show for linking; a new one replaces the previous one when
/// it expires (the first lasts about 60 s, the next ones about 20 s).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QrCode {
    /// The text to render as a QR code.
    pub code: String,
    /// How long this code is valid.
    #[serde(with = "duration_secs")]
    pub timeout: Duration,
}

/// A pairing code to type on the phone (Linked devices > Link with phone number).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairingCode {
    /// The 8-character code.
    pub code: String,
    /// How long it is valid.
    #[serde(with = "duration_secs")]
    pub timeout: Duration,
}

/// The phone accepted the link; the client reconnects as the new device next.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairSuccess {
    /// Our new device JID.
    pub id: Jid,
    /// Our LID, when the server gave it.
    pub lid: Option<Jid>,
    /// The business name of a business account (empty otherwise).
    pub business_name: String,
    /// The phone's platform.
    pub platform: String,
}

/// The server reported a successful link but finishing it locally failed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairError {
    /// The device JID from the pair-success stanza, when it could be read.
    pub id: Option<Jid>,
    /// The LID from the pair-success stanza, when it could be read.
    pub lid: Option<Jid>,
    /// The business name (empty when absent).
    pub business_name: String,
    /// The phone's platform (empty when absent).
    pub platform: String,
    /// What went wrong.
    pub error: String,
}

/// The QR code was scanned by a phone without multi-device support; it can
/// be scanned again once the phone has it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QrScannedWithoutMultidevice {}

code_enum! {
    /// The `reason` code of a `<failure>` at login.
    pub enum ConnectFailureReason {
        /// Generic failure.
        Generic = 400,
        /// This device was unlinked.
        LoggedOut = 401,
        /// The account is temporarily banned.
        TempBanned = 402,
        /// The primary device is gone or the account is locked.
        MainDeviceGone = 403,
        /// This client version is too old.
        ClientOutdated = 405,
        /// The account is banned (or logged out for an unknown reason).
        Banned = 406,
        /// The user agent was refused.
        BadUserAgent = 409,
        /// The Messenger crypto auth token expired.
        CatExpired = 413,
        /// The Messenger crypto auth token is invalid.
        CatInvalid = 414,
        /// Not found.
        NotFound = 415,
        /// The client is unknown.
        ClientUnknown = 418,
        /// A server error; reconnecting may help.
        InternalServerError = 500,
        /// Experimental.
        Experimental = 501,
        /// The service is unavailable; reconnecting may help.
        ServiceUnavailable = 503,
    }
}

impl ConnectFailureReason {
    /// True for the reasons after which the stored credentials are useless
    /// (401, 403, 406).
    pub fn is_logged_out(self) -> bool {
        matches!(
            self,
            ConnectFailureReason::LoggedOut
                | ConnectFailureReason::MainDeviceGone
                | ConnectFailureReason::Banned
        )
    }

    /// True for transient server errors (500, 503).
    pub fn should_reconnect(self) -> bool {
        matches!(
            self,
            ConnectFailureReason::InternalServerError | ConnectFailureReason::ServiceUnavailable
        )
    }
}

impl ConnectFailureReason {
    /// A short name for known codes.
    pub fn name(self) -> Option<&'static str> {
        Some(match self {
            ConnectFailureReason::Generic => "generic",
            ConnectFailureReason::LoggedOut => "logged out",
            ConnectFailureReason::TempBanned => "temporarily banned",
            ConnectFailureReason::MainDeviceGone => "main device gone",
            ConnectFailureReason::ClientOutdated => "client outdated",
            ConnectFailureReason::Banned => "banned",
            ConnectFailureReason::BadUserAgent => "bad user agent",
            ConnectFailureReason::CatExpired => "CAT expired",
            ConnectFailureReason::CatInvalid => "CAT invalid",
            ConnectFailureReason::NotFound => "not found",
            ConnectFailureReason::ClientUnknown => "client unknown",
            ConnectFailureReason::InternalServerError => "internal server error",
            ConnectFailureReason::Experimental => "experimental",
            ConnectFailureReason::ServiceUnavailable => "service unavailable",
            ConnectFailureReason::Unknown(_) => return None,
        })
    }
}

impl std::fmt::Display for ConnectFailureReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.name() {
            Some(name) => write!(f, "{} ({name})", self.code()),
            None => write!(f, "{} (unknown)", self.code()),
        }
    }
}

/// The device is no longer linked: the user removed it on the phone, or the
/// server refused the login. The stored credentials are useless now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LoggedOut {
    /// True when it came as a login `<failure>`, false for a `<stream:error>`
    /// while connected.
    pub on_connect: bool,
    /// The failure code (401 for a stream error).
    pub reason: ConnectFailureReason,
}

/// Another client connected with the same credentials and took over; the
/// client does not reconnect.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StreamReplaced {}

/// The server sent a `<stream:error>` with a code the client has no
/// dedicated event for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StreamError {
    /// The `code` attribute (empty when absent).
    pub code: String,
    /// The tag of the first child (`conflict`, `ack`, `xml-not-well-formed`...), if any.
    pub condition: Option<String>,
}

/// The server refused the login with a code the client has no dedicated
/// event for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ConnectFailure {
    /// The failure code.
    pub reason: ConnectFailureReason,
    /// The `message` attribute, if any.
    pub message: Option<String>,
}

code_enum! {
    /// Why an account is temporarily banned (the `code` of a 402 failure).
    pub enum TempBanReason {
        /// Too many messages to people who do not have the account in their contacts.
        SentToTooManyPeople = 101,
        /// Too many people blocked the account.
        BlockedByUsers = 102,
        /// Too many groups with people who do not have the account in their contacts.
        CreatedTooManyGroups = 103,
        /// The same message to too many people.
        SentTooManySameMessage = 104,
        /// Too many messages to a broadcast list.
        BroadcastList = 106,
    }
}

impl std::fmt::Display for TempBanReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let text = match self {
            TempBanReason::SentToTooManyPeople => "sent to too many people",
            TempBanReason::BlockedByUsers => "blocked by too many users",
            TempBanReason::CreatedTooManyGroups => "created too many groups",
            TempBanReason::SentTooManySameMessage => "sent too many of the same message",
            TempBanReason::BroadcastList => "sent too many messages to a broadcast list",
            TempBanReason::Unknown(code) => return write!(f, "{code}"),
        };
        write!(f, "{} ({text})", self.code())
    }
}

/// The account is temporarily banned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemporaryBan {
    /// Why.
    pub code: TempBanReason,
    /// How long the ban lasts from now.
    #[serde(with = "duration_secs")]
    pub expire: Duration,
}

/// The server says this client version is too old (failure 405).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClientOutdated {}

/// A keepalive ping went unanswered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeepAliveTimeout {
    /// Consecutive failures so far.
    pub error_count: u32,
    /// When a ping last succeeded.
    pub last_success: Option<Timestamp>,
}

/// Keepalive pings are answered again after timeouts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeepAliveRestored {}

/// Right after login: how much the server queued while the client was away
/// (`<ib><offline_preview>`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfflineSyncPreview {
    /// Everything queued.
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

/// The server delivered everything it queued while the client was away.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfflineSyncCompleted {
    /// How many stanzas it delivered.
    pub count: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failure_reasons() {
        assert!(ConnectFailureReason::from_code(401).is_logged_out());
        assert!(ConnectFailureReason::from_code(403).is_logged_out());
        assert!(ConnectFailureReason::from_code(406).is_logged_out());
        assert!(!ConnectFailureReason::from_code(405).is_logged_out());
        assert!(ConnectFailureReason::from_code(503).should_reconnect());
        assert_eq!(
            ConnectFailureReason::from_code(777),
            ConnectFailureReason::Unknown(777)
        );
        assert_eq!(
            ConnectFailureReason::ClientOutdated.to_string(),
            "405 (client outdated)"
        );
        assert_eq!(
            ConnectFailureReason::Unknown(999).to_string(),
            "999 (unknown)"
        );
        assert_eq!(
            TempBanReason::from_code(101).to_string(),
            "101 (sent to too many people)"
        );
        let ban = TemporaryBan {
            code: TempBanReason::from_code(105),
            expire: Duration::from_secs(3600),
        };
        assert_eq!(
            serde_json::to_value(&ban).unwrap(),
            serde_json::json!({"code": 105, "expire": 3600})
        );
    }
}
