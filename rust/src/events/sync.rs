//! Changes synchronised from the account's other devices (app state), and
//! contact notifications.
//!
//! App-state events carry the decoded action (a protobuf message of the wire
//! schema) next to what the action's index says; `from_full_sync` is true when
//! the change came from a full snapshot rather than a live patch.

use serde::{Deserialize, Serialize};

use super::serde_util::{Timestamp, proto_json_box};
use crate::binary::Jid;
use crate::proto::wa;

/// A contact's profile changed (`<notification type="contacts"><update>`):
/// cached presence and picture are stale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactUpdated {
    /// The contact.
    pub jid: Jid,
    /// When.
    pub timestamp: Timestamp,
}

/// The server asks for an address-book sync (`<notification
/// type="contacts"><sync after>`): contacts changed since `after` should be
/// looked up again (usync).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactSyncRequested {
    /// Changes since when, when stated.
    pub after: Option<Timestamp>,
    /// When.
    pub timestamp: Timestamp,
}

/// A contact was added to the account's address book on another device
/// (`<notification type="contacts"><add jid>`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactAdded {
    /// The contact.
    pub jid: Jid,
    /// When.
    pub timestamp: Timestamp,
}

/// A contact was removed from the account's address book on another device
/// (`<notification type="contacts"><remove jid>`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactRemoved {
    /// The contact.
    pub jid: Jid,
    /// When.
    pub timestamp: Timestamp,
}

/// A contact changed their phone number (`<notification type="contacts"><modify>`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContactNumberChanged {
    /// The old phone-number JID.
    pub old_jid: Jid,
    /// The new phone-number JID.
    pub new_jid: Jid,
    /// The old LID, when given.
    pub old_lid: Option<Jid>,
    /// The new LID, when given.
    pub new_lid: Option<Jid>,
    /// When.
    pub timestamp: Timestamp,
}

/// Declares an app-state event on one chat: `jid`, `timestamp`, the action
/// and `from_full_sync`.
macro_rules! chat_action_event {
    ($(#[$meta:meta])* $name:ident, $action:ty) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        pub struct $name {
            /// The chat.
            pub jid: Jid,
            /// When the change was made.
            pub timestamp: Timestamp,
            /// The action as synced.
            #[serde(
        serialize_with = "proto_json_box::serialize_box",
        deserialize_with = "proto_json_box::deserialize"
    )]
            pub action: Box<$action>,
            /// True when it came from a full snapshot.
            pub from_full_sync: bool,
        }
    };
}

chat_action_event!(
    /// A contact's name was saved or changed in the address book
    /// (`["contact", jid]`).
    ContactUpdate,
    wa::ContactAction
);
chat_action_event!(
    /// A chat was pinned or unpinned (`["pin_v1", jid]`).
    PinUpdate,
    wa::PinAction
);
chat_action_event!(
    /// A chat was muted or unmuted (`["mute", jid]`).
    MuteUpdate,
    wa::MuteAction
);
chat_action_event!(
    /// A chat was archived or unarchived (`["archive", jid]`).
    ArchiveUpdate,
    wa::ArchiveChatAction
);
chat_action_event!(
    /// A chat was marked read or unread (`["markChatAsRead", jid]`).
    MarkChatAsReadUpdate,
    wa::MarkChatAsReadAction
);

/// A chat was deleted (`["deleteChat", jid, deleteMedia]`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeleteChatUpdate {
    /// The chat.
    pub jid: Jid,
    /// True when its media was deleted too (from the index).
    pub delete_media: bool,
    /// When.
    pub timestamp: Timestamp,
    /// The action as synced.
    #[serde(
        serialize_with = "proto_json_box::serialize_box",
        deserialize_with = "proto_json_box::deserialize"
    )]
    pub action: Box<wa::DeleteChatAction>,
    /// True when it came from a full snapshot.
    pub from_full_sync: bool,
}

/// A chat's messages were cleared (`["clearChat", jid, deleteStarred, deleteMedia]`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClearChatUpdate {
    /// The chat.
    pub jid: Jid,
    /// True when starred messages were cleared too.
    pub delete_starred: bool,
    /// True when media was deleted too.
    pub delete_media: bool,
    /// When.
    pub timestamp: Timestamp,
    /// The action as synced.
    #[serde(
        serialize_with = "proto_json_box::serialize_box",
        deserialize_with = "proto_json_box::deserialize"
    )]
    pub action: Box<wa::ClearChatAction>,
    /// True when it came from a full snapshot.
    pub from_full_sync: bool,
}

/// A message was starred or unstarred (`["star", chat, id, fromMe, participant]`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StarUpdate {
    /// The chat.
    pub chat_jid: Jid,
    /// The sender in groups (absent for our own and 1:1 messages).
    pub participant_jid: Option<Jid>,
    /// The message id.
    pub message_id: String,
    /// True for our own message.
    pub from_me: bool,
    /// When.
    pub timestamp: Timestamp,
    /// The action as synced.
    #[serde(
        serialize_with = "proto_json_box::serialize_box",
        deserialize_with = "proto_json_box::deserialize"
    )]
    pub action: Box<wa::StarAction>,
    /// True when it came from a full snapshot.
    pub from_full_sync: bool,
}

/// A message was deleted for us only
/// (`["deleteMessageForMe", chat, id, fromMe, participant]`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeleteForMeUpdate {
    /// The chat.
    pub chat_jid: Jid,
    /// The sender in groups.
    pub participant_jid: Option<Jid>,
    /// The message id.
    pub message_id: String,
    /// True for our own message.
    pub from_me: bool,
    /// When.
    pub timestamp: Timestamp,
    /// The action as synced.
    #[serde(
        serialize_with = "proto_json_box::serialize_box",
        deserialize_with = "proto_json_box::deserialize"
    )]
    pub action: Box<wa::DeleteMessageForMeAction>,
    /// True when it came from a full snapshot.
    pub from_full_sync: bool,
}

/// Our own push name changed (`["setting_pushName"]`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PushNameUpdate {
    /// When.
    pub timestamp: Timestamp,
    /// The setting as synced (`name`).
    #[serde(
        serialize_with = "proto_json_box::serialize_box",
        deserialize_with = "proto_json_box::deserialize"
    )]
    pub action: Box<wa::PushNameSetting>,
    /// True when it came from a full snapshot.
    pub from_full_sync: bool,
}

/// An app-state collection finished syncing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AppStateSyncComplete {
    /// The collection (`critical_block`, `regular_high`...).
    pub name: String,
    /// Its version after the sync.
    pub version: u64,
}
