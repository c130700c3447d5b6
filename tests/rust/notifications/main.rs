//! Notifications and groups against the local emulator over real sockets:
//! every group action from the `w:g2` requests of one client reaching the
//! others as typed `GroupUpdate`s, the group-info cache, contact, device,
//! profile, privacy and account-sync notifications, unknown and malformed
//! stanzas. Timeouts only guard against hangs.

#[path = "../connection/common.rs"]
#[allow(dead_code)]
mod common;
mod families;
mod groups;
mod newsletters;

use std::sync::Arc;

use wapy::binary::Jid;
use wapy::events::{Event, GroupNotificationAction, GroupUpdate};

use common::Watched;

/// The next `GroupUpdate` of `group`.
pub async fn next_group_update(watched: &Watched, group: &Jid) -> GroupUpdate {
    watched
        .wait(|event| match event {
            Event::GroupUpdate(update) if update.group_jid == *group => Some(update.clone()),
            _ => None,
        })
        .await
}

/// The next group action of `group`.
pub async fn next_action(watched: &Watched, group: &Jid) -> GroupNotificationAction {
    next_group_update(watched, group).await.action
}

/// The user JID of a device JID.
pub fn user(jid: &Jid) -> Jid {
    Jid::new(jid.user.clone(), jid.server.clone())
}

/// Any event, for tests that look for a specific one.
pub type Notice = Arc<Event>;
