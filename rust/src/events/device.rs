//! Device lists and identities of other users.

use bytes::Bytes;
use serde::{Deserialize, Serialize};

use super::serde_util::{Timestamp, base64_bytes, wire_enum};
use crate::binary::Jid;

wire_enum! {
    /// What happened to a user's device list.
    pub enum DeviceListUpdateType {
        /// Devices were added.
        Add = "add",
        /// Devices were removed.
        Remove = "remove",
        /// The list changed in another way (refetch it).
        Update = "update",
    }
}

/// A device named by a device notification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceInfo {
    /// The device.
    pub jid: Jid,
    /// The same device as a LID, when given.
    pub lid: Option<Jid>,
    /// Its key index, when given.
    pub key_index: Option<u32>,
}

/// The signed key-index list of a device notification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyIndexInfo {
    /// Its `ts` attribute.
    pub timestamp: Timestamp,
    /// The `ADVSignedKeyIndexList` bytes.
    #[serde(with = "base64_bytes")]
    pub signed_list: Bytes,
}

/// A user's device list changed (`<notification type="devices">`); the
/// client updates its cached list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceListUpdate {
    /// The user.
    pub user: Jid,
    /// The user's LID, when given.
    pub lid_user: Option<Jid>,
    /// What happened.
    pub update_type: DeviceListUpdateType,
    /// The devices concerned.
    pub devices: Vec<DeviceInfo>,
    /// The new signed key-index list, when given.
    pub key_index: Option<KeyIndexInfo>,
    /// The participant hash of the new list (`device_hash`), when given.
    pub contact_hash: Option<String>,
}

/// A user's identity key changed (they reinstalled WhatsApp or changed
/// phone); sessions with them were reset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IdentityChange {
    /// The user.
    pub user: Jid,
    /// The user's LID, when known.
    pub lid_user: Option<Jid>,
    /// When.
    pub timestamp: Timestamp,
    /// True when noticed while decrypting rather than announced by the server.
    pub implicit: bool,
}
