//! `account_sync`: changes made on another device of this account —
//! `<privacy><category name value/>…</privacy>`, `<blocklist action dhash
//! [prev_dhash]><item jid action/>…</blocklist>`, `<devices dhash><device
//! jid/>…</devices>` (our own device list) and `<picture/>` (our picture).

use super::{NotificationError, devices, timestamp};
use crate::binary::{Jid, NodeRef};
use crate::client::lifecycle::Client;
use crate::events::{
    BlocklistAction, BlocklistChange, BlocklistChangeAction, BlocklistUpdate, Event, PictureUpdate,
    PrivacySettingChange, PrivacySettingsUpdate,
};

/// `<privacy>` of an account sync.
pub fn parse_privacy(node: &NodeRef<'_>) -> Result<PrivacySettingsUpdate, NotificationError> {
    let changes = node
        .children_by_tag("category")
        .map(|category| {
            let attrs = category.attrs();
            Ok(PrivacySettingChange {
                category: attrs.str("name")?.into_owned(),
                value: attrs.str("value")?.into_owned(),
            })
        })
        .collect::<Result<_, NotificationError>>()?;
    Ok(PrivacySettingsUpdate { changes })
}

/// `<blocklist>` of an account sync.
pub fn parse_blocklist(node: &NodeRef<'_>) -> Result<BlocklistUpdate, NotificationError> {
    let attrs = node.attrs();
    let changes = node
        .children()
        .iter()
        .map(|item| {
            let item_attrs = item.attrs();
            Ok(BlocklistChange {
                jid: item_attrs.jid("jid")?,
                action: BlocklistChangeAction::from_wire(&item_attrs.str("action")?),
            })
        })
        .collect::<Result<_, NotificationError>>()?;
    Ok(BlocklistUpdate {
        action: BlocklistAction::from_wire(
            &attrs.optional_str("action").unwrap_or("default".into()),
        ),
        dhash: attrs.optional_str("dhash").map(|hash| hash.into_owned()),
        prev_dhash: attrs
            .optional_str("prev_dhash")
            .map(|hash| hash.into_owned()),
        changes,
    })
}

/// The events of an account sync, in order. `own` is our account (for
/// our own device list and picture).
pub fn parse(
    notification: &NodeRef<'_>,
    own: Option<&Jid>,
) -> Result<Vec<Event>, NotificationError> {
    let from = notification.attrs().jid("from")?;
    let own = own.map_or_else(
        || Jid::new(from.user.clone(), from.server.clone()),
        |jid| Jid::new(jid.user.clone(), jid.server.clone()),
    );
    let mut events = Vec::new();
    for child in notification.children() {
        if child.is("privacy") {
            events.push(Event::PrivacySettingsUpdate(parse_privacy(child)?));
        } else if child.is("blocklist") {
            events.push(Event::BlocklistUpdate(parse_blocklist(child)?));
        } else if child.is("devices") {
            events.push(Event::DeviceListUpdate(devices::parse_own_devices(
                own.clone(),
                child,
            )?));
        } else if child.is("picture") {
            events.push(Event::PictureUpdate(PictureUpdate {
                jid: own.clone(),
                author: None,
                timestamp: timestamp(notification)?,
                removed: false,
                picture_id: None,
            }));
        } else {
            log::debug!("unhandled account sync item <{}>", child.tag());
        }
    }
    Ok(events)
}

pub(super) fn apply(client: &Client, notification: &NodeRef<'_>) -> Result<(), NotificationError> {
    let own = client.jid();
    let inner = &client.inner;
    for event in parse(notification, own.as_ref())? {
        if let Event::DeviceListUpdate(update) = &event {
            let list = update
                .devices
                .iter()
                .map(|device| device.jid.clone())
                .collect();
            inner.notifications.devices.put(&update.user, list);
        }
        inner.emit(event);
    }
    Ok(())
}
