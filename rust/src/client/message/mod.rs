//! End-to-end messaging: receiving (`receive`: decrypt, events, receipts,
//! acks, retry requests), sending (`send`: device lists, sessions from
//! bundles, per-device encryption, own-device copies, the server ack),
//! receipts both ways and the resend of messages peers could not decrypt.
//!
//! * `group_send`: group sends with sender keys, distributed only to the
//!   devices that lack ours.
//! * `identity`: identity changes the server announces.
//! * [`sender_identity`]: the `<device-identity>` of companions' `pkmsg`s.
//! * `placeholder`: content recovered from our phone for `<unavailable>`.
//! * `status`: status updates (`status@broadcast`) to an explicit audience.
//! * `newsletter_receive`: plaintext posts of followed newsletters.
//! * `newsletter_send`: posts to newsletters we administer.
//! * [`stanza`]: ids, participant hash, the attributes a message calls for,
//!   `<enc>` / `<to>` nodes, parse of received message attributes.
//! * [`bundle`]: prekey bundles in stanzas (fetch, answer, retry `<keys>`).
//! * [`usync`]: device-list queries.
//!
//! State shared by the connection loop and callers lives in
//! `MessagingState`, one per client.

pub mod bundle;
mod group_send;
mod identity;
mod newsletter_receive;
mod newsletter_send;
mod placeholder;
mod receive;
mod send;
pub mod sender_identity;
pub mod stanza;
mod status;
pub mod usync;

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::Duration;

use tokio::sync::oneshot;

use super::error::IqError;
use super::lifecycle::lock;
use crate::binary::Jid;
use crate::proto::wa;
use crate::signal::SignalError;
use crate::store::StoreError;

pub use newsletter_receive::{PlaintextError, parse_plaintext};
pub use newsletter_send::NewsletterPost;
pub(crate) use send::context_info;
pub use send::{MessageId, ReplyTo};
pub use status::{StatusFont, status_text_message};

/// How many sent messages are kept to answer retry receipts.
const RECENT_SENT: usize = 512;

/// Retry receipts answered per message and device before giving up
/// (counted in the store, so restarts do not reset it).
pub const MAX_RESENDS: u32 = 5;

/// Retry receipts sent per received message before giving up (counted in
/// the store, so restarts do not reset it).
pub const MAX_RETRY_REQUESTS: u32 = 5;

/// Why a message was not sent. A send returns only once the server
/// acknowledged the message: every other outcome is one of these.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SendError {
    /// The client is not paired and logged in.
    #[error("not logged in")]
    NotLoggedIn,
    /// No connection to send on.
    #[error("not connected")]
    NotConnected,
    /// The connection closed before the server acknowledged the message.
    #[error("disconnected before the server acknowledged the message")]
    Disconnected,
    /// The server did not acknowledge the message in time.
    #[error("no server acknowledgement within {0:?}")]
    NoAck(Duration),
    /// The server refused the message (`<ack error>`).
    #[error("the server refused the message: error {0}")]
    Rejected(String),
    /// Getting the recipients' device lists failed.
    #[error("device list query failed: {0}")]
    DeviceList(IqError),
    /// Fetching prekey bundles failed.
    #[error("prekey bundle fetch failed: {0}")]
    PreKeys(IqError),
    /// Getting the group's members failed.
    #[error("group metadata query failed: {0}")]
    GroupInfo(super::groups::GroupError),
    /// No device of the recipient could be encrypted for.
    #[error("no device of {0} could be encrypted for")]
    NoDevices(Jid),
    /// Encryption failed.
    #[error("encryption failed: {0}")]
    Signal(#[from] SignalError),
    /// The store failed.
    #[error("store: {0}")]
    Store(String),
    /// The arguments do not make a message.
    #[error("invalid message: {0}")]
    Invalid(&'static str),
}

impl From<StoreError> for SendError {
    fn from(error: StoreError) -> SendError {
        SendError::Store(error.to_string())
    }
}

/// The server's `<ack class="message">` for a message we sent.
#[derive(Debug, Clone, Default)]
pub(crate) struct ServerAck {
    pub(crate) error: Option<String>,
    pub(crate) phash: Option<String>,
    /// The post's id in a newsletter (acks of newsletter posts).
    pub(crate) server_id: Option<u64>,
}

/// A message we sent, kept to answer retry receipts.
#[derive(Clone)]
pub(crate) struct SentMessage {
    pub(crate) chat: Jid,
    pub(crate) message: wa::Message,
}

/// Placeholder infos by id, and their arrival order.
pub(crate) type PlaceholderMap = (
    HashMap<String, std::sync::Arc<crate::events::message::MessageInfo>>,
    VecDeque<String>,
);

/// Messaging state of one client.
#[derive(Default)]
pub(crate) struct MessagingState {
    /// Sends waiting for their server ack, by message id.
    pub(crate) acks: Mutex<HashMap<String, oneshot::Sender<ServerAck>>>,
    /// Users whose sessions wait for the end of offline sync to be rebuilt.
    pub(crate) identity_rebuilds: Mutex<Vec<Jid>>,
    /// Placeholders (`<unavailable>`) waiting for the phone's answer, by id
    /// (bounded).
    pub(crate) placeholders: Mutex<PlaceholderMap>,
    /// Recently sent messages, by id (bounded).
    pub(crate) recent: Mutex<(HashMap<String, SentMessage>, VecDeque<String>)>,
}

impl MessagingState {
    pub(crate) fn remember(&self, id: &str, sent: SentMessage) {
        let mut recent = lock(&self.recent);
        let (map, order) = &mut *recent;
        if map.insert(id.to_owned(), sent).is_none() {
            order.push_back(id.to_owned());
        }
        while order.len() > RECENT_SENT {
            if let Some(old) = order.pop_front() {
                map.remove(&old);
            }
        }
    }

    pub(crate) fn recent(&self, id: &str) -> Option<SentMessage> {
        lock(&self.recent).0.get(id).cloned()
    }

    /// Fails every send waiting for an ack (the connection closed).
    pub(crate) fn cancel_acks(&self) {
        lock(&self.acks).clear();
    }
}
