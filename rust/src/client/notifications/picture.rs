//! `picture`: a user's or group's picture was set (`<set|add jid id
//! [author]>`) or removed (`<delete jid [author]>`).

use super::{NotificationError, timestamp};
use crate::binary::NodeRef;
use crate::client::lifecycle::Inner;
use crate::events::{Event, PictureUpdate};

/// Every picture change of the notification; unknown children are skipped.
pub fn parse(notification: &NodeRef<'_>) -> Result<Vec<PictureUpdate>, NotificationError> {
    let timestamp = timestamp(notification)?;
    let mut updates = Vec::new();
    for child in notification.children() {
        let removed = child.is("delete");
        if !removed && !child.is("set") && !child.is("add") {
            log::debug!("unknown picture change <{}>", child.tag());
            continue;
        }
        let attrs = child.attrs();
        updates.push(PictureUpdate {
            jid: attrs.jid("jid")?,
            author: attrs.optional_jid("author")?,
            timestamp,
            removed,
            picture_id: attrs.optional_str("id").map(|id| id.into_owned()),
        });
    }
    Ok(updates)
}

pub(super) fn apply(inner: &Inner, notification: &NodeRef<'_>) -> Result<(), NotificationError> {
    for update in parse(notification)? {
        inner.emit(Event::PictureUpdate(update));
    }
    Ok(())
}
