//! `devices`: a user's device list changed (`<add|remove|update
//! device_hash [device_lid_hash]><device jid [lid] [key-index]/>
//! [<key-index-list ts>…</key-index-list>]</…>`, attribute `lid` on the
//! notification). Each change becomes a [`DeviceListUpdate`].
//!
//! [`DeviceRegistry`] is the client's record of other users' device lists:
//! the send path stores what usync returned
//! ([`DeviceRegistry::put`]) and reads it back
//! ([`DeviceRegistry::devices`]); a notification patches the cached list
//! when the patched list hashes to the announced `device_hash`, and drops it
//! when it does not (or on `update`), so the next send fetches it again.

use std::collections::HashMap;
use std::sync::Mutex;

use base64::Engine as _;
use bytes::Bytes;
use sha2::{Digest as _, Sha256};

use super::NotificationError;
use crate::binary::{Jid, NodeRef};
use crate::client::lifecycle::{Inner, lock};
use crate::events::{
    DeviceInfo, DeviceListUpdate, DeviceListUpdateType, Event, KeyIndexInfo, Timestamp,
};

/// The participant hash of a device list (`2:` + base64 of the first six
/// bytes of SHA-256 over the sorted `user.agent:device@server` forms).
pub fn device_list_hash(devices: &[Jid]) -> String {
    let mut forms: Vec<String> = devices
        .iter()
        .map(|jid| {
            format!(
                "{}.{}:{}@{}",
                jid.user,
                jid.agent,
                jid.device,
                jid.server.as_str()
            )
        })
        .collect();
    forms.sort();
    let digest = Sha256::digest(forms.concat().as_bytes());
    let prefix = digest.get(..6).unwrap_or_default();
    format!(
        "2:{}",
        base64::engine::general_purpose::STANDARD_NO_PAD.encode(prefix)
    )
}

fn key_index(node: &NodeRef<'_>) -> Result<Option<KeyIndexInfo>, NotificationError> {
    let Some(list) = node.child("key-index-list") else {
        return Ok(None);
    };
    Ok(Some(KeyIndexInfo {
        timestamp: Timestamp(list.attrs().optional_i64("ts")?.unwrap_or(0)),
        signed_list: Bytes::copy_from_slice(list.bytes().unwrap_or_default()),
    }))
}

fn device_info(node: &NodeRef<'_>) -> Result<DeviceInfo, NotificationError> {
    let attrs = node.attrs();
    Ok(DeviceInfo {
        jid: attrs.jid("jid")?,
        lid: attrs.optional_jid("lid")?,
        key_index: attrs.optional_u32("key-index")?,
    })
}

/// Every change of a `devices` notification, in order; unknown children
/// are skipped with a debug line.
pub fn parse(notification: &NodeRef<'_>) -> Result<Vec<DeviceListUpdate>, NotificationError> {
    let attrs = notification.attrs();
    let user = attrs.jid("from")?;
    let lid_user = attrs.optional_jid("lid")?;
    let mut updates = Vec::new();
    for child in notification.children() {
        let update_type = if child.is("add") {
            DeviceListUpdateType::Add
        } else if child.is("remove") {
            DeviceListUpdateType::Remove
        } else if child.is("update") {
            DeviceListUpdateType::Update
        } else {
            log::debug!("unknown device list change <{}>", child.tag());
            continue;
        };
        updates.push(DeviceListUpdate {
            user: user.clone(),
            lid_user: lid_user.clone(),
            update_type,
            devices: child
                .children_by_tag("device")
                .map(device_info)
                .collect::<Result<_, _>>()?,
            key_index: key_index(child)?,
            contact_hash: child
                .attrs()
                .optional_str("device_hash")
                .map(|hash| hash.into_owned()),
        });
    }
    Ok(updates)
}

/// The own-device list of `<account_sync><devices dhash>`: a
/// [`DeviceListUpdate`] of type `update` naming every device.
pub fn parse_own_devices(
    own: Jid,
    devices: &NodeRef<'_>,
) -> Result<DeviceListUpdate, NotificationError> {
    Ok(DeviceListUpdate {
        user: own,
        lid_user: None,
        update_type: DeviceListUpdateType::Update,
        devices: devices
            .children_by_tag("device")
            .map(device_info)
            .collect::<Result<_, _>>()?,
        key_index: key_index(devices)?,
        contact_hash: devices
            .attrs()
            .optional_str("dhash")
            .map(|hash| hash.into_owned()),
    })
}

/// The cached device lists of other users, by user (PN or LID, no device).
#[derive(Debug, Default)]
pub struct DeviceRegistry {
    lists: Mutex<HashMap<Jid, Vec<Jid>>>,
}

fn user_of(jid: &Jid) -> Jid {
    Jid::new(jid.user.clone(), jid.server.clone())
}

impl DeviceRegistry {
    /// Records the device list of `user` (as fetched by usync).
    pub fn put(&self, user: &Jid, devices: Vec<Jid>) {
        lock(&self.lists).insert(user_of(user), devices);
    }

    /// The cached device list of `user`; `None` means "fetch it".
    pub fn devices(&self, user: &Jid) -> Option<Vec<Jid>> {
        lock(&self.lists).get(&user_of(user)).cloned()
    }

    /// Forgets the list of `user`.
    pub fn forget(&self, user: &Jid) {
        lock(&self.lists).remove(&user_of(user));
    }

    /// Applies a device notification: patch the cached list if the result
    /// hashes to the announced hash, drop it otherwise. Lists not cached
    /// stay uncached.
    pub fn apply(&self, update: &DeviceListUpdate) {
        let user = user_of(&update.user);
        let mut lists = lock(&self.lists);
        if matches!(update.update_type, DeviceListUpdateType::Update) {
            lists.remove(&user);
            return;
        }
        let Some(cached) = lists.get(&user) else {
            return;
        };
        let mut patched = cached.clone();
        for device in &update.devices {
            match update.update_type {
                DeviceListUpdateType::Add => {
                    if !patched.contains(&device.jid) {
                        patched.push(device.jid.clone());
                    }
                }
                _ => patched.retain(|jid| *jid != device.jid),
            }
        }
        let matches = update
            .contact_hash
            .as_deref()
            .is_some_and(|hash| hash == device_list_hash(&patched));
        if matches {
            lists.insert(user, patched);
        } else {
            log::debug!("device list of {user} changed and its hash does not match: dropped");
            lists.remove(&user);
        }
    }
}

pub(super) fn apply(inner: &Inner, notification: &NodeRef<'_>) -> Result<(), NotificationError> {
    let updates = parse(notification)?;
    if let Some(first) = updates.first()
        && let Some(lid) = &first.lid_user
    {
        inner.store.put_lid_mapping(lid, &first.user)?;
    }
    for update in updates {
        if !matches!(update.update_type, DeviceListUpdateType::Add) {
            // A device that went (or a list replaced wholesale) no longer
            // counts as holding our sender keys: a device linked again under
            // the same id must get them anew.
            inner.store.with_transaction(|tx| {
                for device in &update.devices {
                    tx.forget_sender_key_device(&device.jid)?;
                }
                Ok::<_, crate::store::StoreError>(())
            })?;
        }
        inner.notifications.devices.apply(&update);
        inner.emit(Event::DeviceListUpdate(update));
    }
    Ok(())
}
