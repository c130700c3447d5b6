//! `<notification>` stanzas: the router by `type` and one module per family.
//!
//! Every notification is parsed by a total decoder of its family into event
//! payloads, its state changes are applied (LID↔PN mappings, privacy tokens,
//! the group-info cache, the device-list registry), the events are emitted,
//! and only then is it acknowledged (the ack is sent by the connection loop
//! right after `handle` returns). A malformed notification is logged and
//! acknowledged all the same, so the server does not redeliver it forever.
//! Types this module does not model are emitted as
//! [`Event::Notification`] with the received stanza (no copy).
//!
//! Families: [`group`] (`w:gp2`), [`contacts`], [`devices`], [`picture`],
//! [`status`], [`disappearing`] (`disappearing_mode`), [`account_sync`],
//! [`privacy_token`], [`newsletter`].
//!
//! Notifications are handled inline in the connection's single task, so the
//! ones replayed from the offline queue are applied in order with the
//! messages around them: a device-list or identity change is in effect
//! before the next stanza is looked at.

pub mod account_sync;
pub mod contacts;
pub mod devices;
pub mod disappearing;
pub mod group;
pub mod newsletter;
pub mod picture;
pub mod privacy_token;
pub mod status;

use std::sync::Arc;

use super::lifecycle::{Client, Inner};
use crate::binary::{AttrError, NodeRef, OwnedNodeRef};
use crate::events::{Event, EventKind, Timestamp};
use crate::store::StoreError;

pub use devices::DeviceRegistry;

/// Why a notification could not be understood or applied.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum NotificationError {
    /// An attribute is missing or does not hold what it should.
    #[error(transparent)]
    Attr(#[from] AttrError),
    /// A required child element is absent.
    #[error("<{parent}> has no <{child}> child")]
    MissingChild {
        /// The element that should hold it.
        parent: String,
        /// The missing child's tag.
        child: &'static str,
    },
    /// An element's content is not what it should be.
    #[error("the content of <{tag}> is not {expected}")]
    InvalidContent {
        /// The element.
        tag: String,
        /// What was expected.
        expected: &'static str,
    },
    /// Applying the change to the store failed.
    #[error("store: {0}")]
    Store(#[from] StoreError),
}

/// The required child `tag` of `node`.
pub(crate) fn required_child<'n, 'a>(
    node: &'n NodeRef<'a>,
    tag: &'static str,
) -> Result<&'n NodeRef<'a>, NotificationError> {
    node.child(tag)
        .ok_or_else(|| NotificationError::MissingChild {
            parent: node.tag().to_string(),
            child: tag,
        })
}

/// The `t` attribute of `node` as a timestamp.
pub(crate) fn timestamp(node: &NodeRef<'_>) -> Result<Timestamp, NotificationError> {
    Ok(Timestamp(node.attrs().i64("t")?))
}

/// The text content of `node` (empty content is the empty string).
pub(crate) fn text_content(node: &NodeRef<'_>) -> Result<String, NotificationError> {
    match node.content() {
        None => Ok(String::new()),
        Some(_) => node.text().map(|text| text.into_owned()).ok_or_else(|| {
            NotificationError::InvalidContent {
                tag: node.tag().to_string(),
                expected: "text",
            }
        }),
    }
}

/// What the router did with a notification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Handled {
    /// Handled (or logged as malformed): acknowledge it.
    Ack,
    /// Left to another handler, which acknowledges it.
    Deferred,
}

/// Handles one notification: parse, apply, emit. The caller acknowledges it
/// when this returns [`Handled::Ack`].
pub(crate) fn handle(client: &Client, node: &Arc<OwnedNodeRef>) -> Handled {
    let notification = node.get();
    let kind = notification
        .attrs()
        .optional_str("type")
        .unwrap_or_default()
        .into_owned();
    let inner = &client.inner;
    let result = match kind.as_str() {
        // Prekey counts and identity changes belong to the Signal layer,
        // which routes and acknowledges them itself.
        "encrypt" => return Handled::Deferred,
        "w:gp2" => group::apply(inner, notification),
        "contacts" => contacts::apply(inner, notification),
        "devices" => devices::apply(inner, notification),
        "picture" => picture::apply(inner, notification),
        "status" => status::apply(inner, notification),
        "disappearing_mode" => disappearing::apply(inner, notification),
        "account_sync" => account_sync::apply(client, notification),
        "privacy_token" => privacy_token::apply(inner, notification),
        "newsletter" => newsletter::apply(inner, notification),
        "server_sync" => {
            super::app_state::on_server_sync(client, notification);
            Ok(())
        }
        // `mediaretry` and every type not modelled here go to the user as
        // they came.
        _ => {
            pass_through(inner, node);
            Ok(())
        }
    };
    if let Err(error) = result {
        log::error!("malformed {kind:?} notification ({error}): {notification}");
    }
    Handled::Ack
}

/// Emits the stanza itself as [`Event::Notification`].
pub(crate) fn pass_through(inner: &Inner, node: &Arc<OwnedNodeRef>) {
    inner.emit_with(EventKind::Notification, || {
        Event::Notification(node.clone())
    });
}

impl Client {
    /// The cached device lists of other users, kept current by `devices`
    /// notifications: the send path records what it fetched and reads it
    /// back; a `None` means the list must be fetched again.
    pub fn device_registry(&self) -> &DeviceRegistry {
        &self.inner.notifications.devices
    }
}

/// Per-client state the notification handlers maintain.
#[derive(Debug, Default)]
pub(crate) struct NotificationState {
    /// Group metadata, updated from `w:gp2`.
    pub(crate) groups: super::groups::GroupCache,
    /// Device lists of other users, patched from `devices`.
    pub(crate) devices: DeviceRegistry,
    /// Newsletter live-update subscriptions.
    pub(crate) newsletters: newsletter::Subscriptions,
}

#[cfg(test)]
mod tests;
