//! How the connection layer reports to the user: every [`Event`] it emits
//! leaves through `Inner::emit`, and every connection end is described by an
//! [`EndReason`] that becomes one [`Disconnected`] event.

use std::fmt;

use crate::events::{ConnectFailureReason, DisconnectReason, Disconnected, Event};

/// Why a connection ended, with the detail the connection layer knows.
/// Turned into the [`Disconnected`] event by [`EndReason::to_event`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum EndReason {
    /// `disconnect()` or `logout()`.
    Requested,
    /// Stream error 515; the client reconnects at once.
    RestartRequired,
    /// The connection failed or was closed; the text says how.
    ConnectionLost(String),
    /// A failure retrying cannot fix; the text says which.
    Failed(String),
    /// Another connection with the same credentials took over.
    Replaced,
    /// Logged out or banned; the credentials are deleted.
    LoggedOut,
    /// The server refused the client for good.
    Refused(ConnectFailureReason),
    /// The QR refs ran out.
    QrTimeout,
    /// Reconnection gave up.
    GaveUp,
}

impl EndReason {
    /// The event announcing this end.
    pub(crate) fn to_event(&self, will_reconnect: bool) -> Event {
        let (reason, message) = match self {
            EndReason::Requested => (DisconnectReason::ClientClosed, None),
            EndReason::RestartRequired => (DisconnectReason::RestartRequired, None),
            EndReason::ConnectionLost(text) => {
                (DisconnectReason::ConnectionLost, Some(text.clone()))
            }
            EndReason::Failed(text) => (DisconnectReason::Failed, Some(text.clone())),
            EndReason::Replaced => (DisconnectReason::Replaced, None),
            EndReason::LoggedOut => (DisconnectReason::LoggedOut, None),
            EndReason::Refused(code) => (DisconnectReason::Refused, Some(code.to_string())),
            EndReason::QrTimeout => (DisconnectReason::QrTimeout, None),
            EndReason::GaveUp => (DisconnectReason::GaveUp, None),
        };
        Event::Disconnected(Disconnected {
            reason,
            message,
            will_reconnect,
        })
    }
}

/// A log line for an event that never prints secrets (QR codes carry the
/// ADV secret, messages their content).
pub(crate) struct EventSummary<'a>(pub(crate) &'a Event);

impl fmt::Display for EventSummary<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Event::QrCode(qr) => write!(f, "QrCode ({}s)", qr.timeout.as_secs()),
            Event::PairingCode(_) => write!(f, "PairingCode"),
            Event::RawNode(node) => write!(f, "RawNode <{}>", node.get().tag()),
            Event::Notification(node) => write!(f, "Notification <{}>", node.get().tag()),
            Event::Message(_, info) => write!(f, "Message {}", info.id),
            Event::HistorySync(_) => write!(f, "HistorySync"),
            Event::Disconnected(d) => write!(
                f,
                "Disconnected {} {:?} (reconnect: {})",
                d.reason, d.message, d.will_reconnect
            ),
            other => write!(f, "{:?}", other.kind()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn end_reasons_become_disconnected_events() {
        let event = EndReason::Refused(ConnectFailureReason::ClientOutdated).to_event(false);
        let Event::Disconnected(d) = event else {
            panic!("not a Disconnected event");
        };
        assert_eq!(d.reason, DisconnectReason::Refused);
        assert_eq!(d.message.as_deref(), Some("405 (client outdated)"));
        assert!(!d.will_reconnect);
        let Event::Disconnected(d) = EndReason::ConnectionLost("eof".into()).to_event(true) else {
            panic!("not a Disconnected event");
        };
        assert_eq!(d.reason, DisconnectReason::ConnectionLost);
        assert!(d.will_reconnect);
    }
}
