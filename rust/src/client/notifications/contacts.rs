//! `contacts`: a contact's profile changed (`<update jid>`:
//! `ContactUpdated`), a contact changed their number (`<modify old new
//! [old_lid] [new_lid]>`: `ContactNumberChanged`), the address book should
//! be re-read (`<sync after>`: `ContactSyncRequested`), or a contact was
//! added or removed on another device (`<add jid>`, `<remove jid>`:
//! `ContactAdded`, `ContactRemoved`).
//!
//! A number change records the new LID↔PN pair, moves the Signal sessions
//! and identities of the old number's devices to the new number (the
//! account keeps its keys) and forgets the old number's cached device list,
//! so later messages from the new number decrypt and resolve to the same
//! user, and replies reach them.

use super::{NotificationError, timestamp};
use crate::binary::{Jid, NodeRef};
use crate::client::lifecycle::Inner;
use crate::events::{
    ContactAdded, ContactNumberChanged, ContactRemoved, ContactSyncRequested, ContactUpdated,
    Event, Timestamp,
};
use crate::signal::ProtocolAddress;

/// One change of a `contacts` notification.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ContactChange {
    /// A contact's profile changed.
    Updated(ContactUpdated),
    /// A contact changed their number.
    NumberChanged(ContactNumberChanged),
    /// The server asks for an address-book sync from `after` (Unix seconds).
    Sync {
        /// The `after` attribute, when given.
        after: Option<i64>,
    },
    /// A contact was added to the address book.
    Added(Jid),
    /// A contact was removed from the address book.
    Removed(Jid),
}

/// Every change of a `contacts` notification, in order; unknown children
/// are skipped with a debug line.
pub fn parse(notification: &NodeRef<'_>) -> Result<Vec<ContactChange>, NotificationError> {
    let timestamp = timestamp(notification)?;
    let mut changes = Vec::new();
    for child in notification.children() {
        let attrs = child.attrs();
        let tag = child.tag();
        let change = if tag == "update" {
            ContactChange::Updated(ContactUpdated {
                jid: attrs.jid("jid")?,
                timestamp,
            })
        } else if tag == "modify" {
            ContactChange::NumberChanged(ContactNumberChanged {
                old_jid: attrs.jid("old")?,
                new_jid: attrs.jid("new")?,
                old_lid: attrs.optional_jid("old_lid")?,
                new_lid: attrs.optional_jid("new_lid")?,
                timestamp,
            })
        } else if tag == "sync" {
            ContactChange::Sync {
                after: attrs.optional_i64("after")?,
            }
        } else if tag == "add" {
            ContactChange::Added(attrs.jid("jid")?)
        } else if tag == "remove" {
            ContactChange::Removed(attrs.jid("jid")?)
        } else {
            log::debug!("unknown contacts change <{tag}>");
            continue;
        };
        changes.push(change);
    }
    Ok(changes)
}

pub(super) fn apply(inner: &Inner, notification: &NodeRef<'_>) -> Result<(), NotificationError> {
    let timestamp = timestamp(notification)?;
    for change in parse(notification)? {
        match change {
            ContactChange::Updated(update) => inner.emit(Event::ContactUpdated(update)),
            ContactChange::NumberChanged(change) => {
                if let Some(new_lid) = &change.new_lid {
                    inner.store.put_lid_mapping(new_lid, &change.new_jid)?;
                } else if let Some(old_lid) = &change.old_lid {
                    // Same LID, new number.
                    inner.store.put_lid_mapping(old_lid, &change.new_jid)?;
                }
                let (old, new) = (change.old_jid.to_non_ad(), change.new_jid.to_non_ad());
                if old != new && !old.is_lid() && !new.is_lid() {
                    let (old_name, new_name) = (
                        ProtocolAddress::from_jid(&old).name().to_owned(),
                        ProtocolAddress::from_jid(&new).name().to_owned(),
                    );
                    inner
                        .store
                        .with_transaction(|tx| tx.move_account_sessions(&old_name, &new_name))?;
                    inner.notifications.devices.forget(&old);
                }
                inner.emit(Event::ContactNumberChanged(change));
            }
            ContactChange::Sync { after } => {
                inner.emit(Event::ContactSyncRequested(ContactSyncRequested {
                    after: after.map(Timestamp),
                    timestamp,
                }));
            }
            ContactChange::Added(jid) => {
                inner.emit(Event::ContactAdded(ContactAdded { jid, timestamp }));
            }
            ContactChange::Removed(jid) => {
                // Its presence and picture subscriptions are moot; nothing
                // stored depends on the address book.
                inner.emit(Event::ContactRemoved(ContactRemoved { jid, timestamp }));
            }
        }
    }
    Ok(())
}
