//! Profile, privacy, newsletter and media-retry events.

use bytes::Bytes;
use serde::{Deserialize, Serialize};

use super::serde_util::{Timestamp, base64_bytes_opt, wire_enum};
use crate::binary::Jid;

/// A reaction count on a newsletter message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewsletterReaction {
    /// The emoji.
    pub code: String,
    /// How many reacted with it.
    pub count: u64,
}

/// Live counters of one newsletter message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewsletterLiveMessage {
    /// The message's server id.
    pub server_id: u64,
    /// Reaction counts.
    pub reactions: Vec<NewsletterReaction>,
    /// The view count, when given.
    pub views: Option<u64>,
}

/// New counters (reactions, views) of newsletter messages, after
/// subscribing to the newsletter's live updates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewsletterLiveUpdate {
    /// The newsletter.
    pub newsletter_jid: Jid,
    /// When.
    pub timestamp: Timestamp,
    /// The messages whose counters changed.
    pub messages: Vec<NewsletterLiveMessage>,
}

/// A contact changed their default disappearing-messages timer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DisappearingModeChanged {
    /// The contact.
    pub from: Jid,
    /// The new timer in seconds (0: off).
    pub duration: u32,
    /// When the setting was made (apply only if newer than what you have).
    pub setting_timestamp: Timestamp,
}

/// A user's or group's picture was set or removed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PictureUpdate {
    /// The user or group.
    pub jid: Jid,
    /// Who changed it (group admins), when given.
    pub author: Option<Jid>,
    /// When.
    pub timestamp: Timestamp,
    /// True when the picture was removed.
    pub removed: bool,
    /// The new picture's id, when set.
    pub picture_id: Option<String>,
}

/// A user changed their "about" text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UserAboutUpdate {
    /// The user.
    pub jid: Jid,
    /// The new text.
    pub status: String,
    /// When.
    pub timestamp: Timestamp,
}

wire_enum! {
    /// How a blocklist notification describes the change.
    pub enum BlocklistAction {
        /// `changes` lists what changed.
        Default = "default",
        /// The list changed in a way not listed: fetch it again.
        Modify = "modify",
    }
}

wire_enum! {
    /// A change to one blocklist entry.
    pub enum BlocklistChangeAction {
        /// Blocked.
        Block = "block",
        /// Unblocked.
        Unblock = "unblock",
    }
}

/// One blocklist entry that changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlocklistChange {
    /// The user.
    pub jid: Jid,
    /// Blocked or unblocked.
    pub action: BlocklistChangeAction,
}

/// Our blocklist changed (on this or another device).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlocklistUpdate {
    /// How the change is described.
    pub action: BlocklistAction,
    /// The list's hash after the change, when given.
    pub dhash: Option<String>,
    /// The list's hash before the change, when given.
    pub prev_dhash: Option<String>,
    /// The entries that changed.
    pub changes: Vec<BlocklistChange>,
}

/// One privacy setting and its new value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrivacySettingChange {
    /// The setting (`last`, `online`, `profile`, `status`, `readreceipts`,
    /// `groupadd`, `calladd`, `messages`...), verbatim.
    pub category: String,
    /// Its value (`all`, `contacts`, `contact_blacklist`, `none`,
    /// `match_last_seen`...), verbatim.
    pub value: String,
}

/// Our privacy settings changed (on this or another device).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrivacySettingsUpdate {
    /// The settings that changed.
    pub changes: Vec<PrivacySettingChange>,
}

/// The phone answered a media re-upload request (`<notification type="mediaretry">`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MediaRetry {
    /// The message whose media was requested.
    pub message_id: String,
    /// Its chat.
    pub chat_jid: Jid,
    /// Its sender in groups.
    pub sender_jid: Option<Jid>,
    /// True for our own message.
    pub from_me: bool,
    /// When the phone answered.
    pub timestamp: Timestamp,
    /// The encrypted `MediaRetryNotification`, when the phone sent one.
    #[serde(with = "base64_bytes_opt")]
    pub ciphertext: Option<Bytes>,
    /// Its IV.
    #[serde(with = "base64_bytes_opt")]
    pub iv: Option<Bytes>,
    /// The error code when the phone could not re-upload.
    pub error_code: Option<i32>,
}
