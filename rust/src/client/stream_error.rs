//! `<stream:error>` and `<failure>`: what the server says before it closes,
//! and what the client does about it.
//!
//! | stanza | meaning | client |
//! |---|---|---|
//! | `<stream:error code="515"/>` | restart required (always after pairing) | reconnect at once |
//! | `<stream:error><conflict type="replaced"/>` (or code 409) | another connection took over | `StreamReplaced`, stop |
//! | `<stream:error code="401"><conflict type="device_removed"/>` (or 516) | unlinked from the phone | `LoggedOut`, delete credentials, stop |
//! | `<stream:error code="503"/>`, `429` | unavailable, rate limited | reconnect with backoff |
//! | `<stream:error><xml-not-well-formed/>` | we sent an undecodable stanza | `StreamError`, reconnect |
//! | other | unknown | `StreamError`, reconnect |
//! | `<failure reason="401|403|406">` | logged out / gone / banned | `LoggedOut`, delete credentials, stop |
//! | `<failure reason="402" code expire>` | temporary ban | `TemporaryBan`, stop |
//! | `<failure reason="405">` | client outdated | `ClientOutdated`, stop |
//! | `<failure reason="500|503">` | transient | reconnect with backoff |
//! | other `<failure>` | refused | `ConnectFailure`, stop |

use std::time::Duration;

use crate::binary::NodeRef;
use crate::events::{ConnectFailureReason, TempBanReason};

/// What a `<stream:error>` asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StreamErrorKind {
    /// 515: reconnect now.
    RestartRequired,
    /// Another connection took over.
    Replaced,
    /// This device was unlinked.
    DeviceRemoved,
    /// Transient (503, 429): reconnect with backoff.
    Unavailable(String),
    /// Anything else, with its code (if any): reported, then reconnect.
    Other(Option<String>),
}

/// Classifies a `<stream:error>`.
pub fn classify_stream_error(node: &NodeRef<'_>) -> StreamErrorKind {
    let code = node
        .attrs()
        .optional_str("code")
        .map(|code| code.into_owned());
    let conflict = node
        .child("conflict")
        .and_then(|conflict| conflict.attrs().optional_str("type"))
        .map(|kind| kind.into_owned());
    match (code.as_deref(), conflict.as_deref()) {
        (Some("515"), _) => StreamErrorKind::RestartRequired,
        (_, Some("replaced")) | (Some("409"), None) => StreamErrorKind::Replaced,
        (_, Some("device_removed")) | (Some("516"), _) => StreamErrorKind::DeviceRemoved,
        (Some(code @ ("503" | "429")), _) => StreamErrorKind::Unavailable(code.to_owned()),
        _ => StreamErrorKind::Other(code),
    }
}

/// A parsed `<failure>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Failure {
    /// `reason`.
    pub reason: ConnectFailureReason,
    /// `message`, when present.
    pub message: Option<String>,
    /// `code` (temporary bans).
    pub ban_code: Option<TempBanReason>,
    /// `expire` in seconds (temporary bans).
    pub expire: Option<Duration>,
}

/// Reads a `<failure>`; a missing or unreadable reason counts as 400.
pub fn parse_failure(node: &NodeRef<'_>) -> Failure {
    let attrs = node.attrs();
    let number = |key: &str| {
        attrs
            .optional_u64(key)
            .ok()
            .flatten()
            .and_then(|value| i32::try_from(value).ok())
    };
    Failure {
        reason: ConnectFailureReason::from_code(number("reason").unwrap_or(400)),
        message: attrs.optional_str("message").map(|m| m.into_owned()),
        ban_code: number("code").map(TempBanReason::from_code),
        expire: attrs
            .optional_u64("expire")
            .ok()
            .flatten()
            .map(Duration::from_secs),
    }
}

impl super::connection::Conn<'_> {
    /// Acts on a `<stream:error>` (see the module table).
    pub(crate) fn on_stream_error(&mut self, node: &std::sync::Arc<crate::binary::OwnedNodeRef>) {
        use super::connection::End;
        use super::error::ClientError;
        use super::notice::EndReason;
        use crate::events::{ConnectFailureReason, Event, LoggedOut, StreamError, StreamReplaced};
        let inner = &self.client.inner;
        let kind = classify_stream_error(node.get());
        log::info!("stream error: {kind:?}");
        let end = match kind {
            StreamErrorKind::RestartRequired => End::Restart,
            StreamErrorKind::Replaced => {
                inner.emit(Event::StreamReplaced(StreamReplaced {}));
                End::Permanent(EndReason::Replaced, ClientError::Replaced)
            }
            StreamErrorKind::DeviceRemoved => {
                inner.emit(Event::LoggedOut(LoggedOut {
                    on_connect: false,
                    reason: ConnectFailureReason::LoggedOut,
                }));
                self.delete_credentials();
                End::Permanent(
                    EndReason::LoggedOut,
                    ClientError::LoggedOut(ConnectFailureReason::LoggedOut),
                )
            }
            StreamErrorKind::Unavailable(code) => {
                End::Transient(ClientError::Protocol(format!("stream error {code}")))
            }
            StreamErrorKind::Other(code) => {
                inner.emit(Event::StreamError(StreamError {
                    code: code.clone().unwrap_or_default(),
                    condition: node.get().children().first().map(|c| c.tag().to_string()),
                }));
                End::Transient(ClientError::Protocol(format!(
                    "stream error {}",
                    code.as_deref().unwrap_or("without code")
                )))
            }
        };
        self.end = Some(end);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::binary::{Dictionary, Node, decode, encode};

    fn classify(node: Node) -> StreamErrorKind {
        let wire = encode(&node, Dictionary::V3).unwrap();
        classify_stream_error(&decode(&wire, Dictionary::V3).unwrap())
    }

    #[test]
    fn stream_errors() {
        let err = || Node::new("stream:error");
        assert_eq!(
            classify(err().attr("code", "515")),
            StreamErrorKind::RestartRequired
        );
        assert_eq!(
            classify(err().children([Node::new("conflict").attr("type", "replaced")])),
            StreamErrorKind::Replaced
        );
        assert_eq!(
            classify(
                err()
                    .attr("code", "401")
                    .children([Node::new("conflict").attr("type", "device_removed")])
            ),
            StreamErrorKind::DeviceRemoved
        );
        assert_eq!(
            classify(err().attr("code", "503")),
            StreamErrorKind::Unavailable("503".into())
        );
        assert_eq!(
            classify(err().children([Node::new("xml-not-well-formed")])),
            StreamErrorKind::Other(None)
        );
    }

    #[test]
    fn failures() {
        let node = Node::new("failure")
            .attr("reason", "402")
            .attr("code", "101")
            .attr("expire", "3600");
        let wire = encode(&node, Dictionary::V3).unwrap();
        let failure = parse_failure(&decode(&wire, Dictionary::V3).unwrap());
        assert_eq!(failure.reason, ConnectFailureReason::TempBanned);
        assert_eq!(failure.ban_code, Some(TempBanReason::SentToTooManyPeople));
        assert_eq!(failure.expire, Some(Duration::from_secs(3600)));
        let wire = encode(&Node::new("failure"), Dictionary::V3).unwrap();
        assert_eq!(
            parse_failure(&decode(&wire, Dictionary::V3).unwrap()).reason,
            ConnectFailureReason::Generic
        );
    }
}
