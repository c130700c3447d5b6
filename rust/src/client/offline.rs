//! Offline sync: after `<active/>` the server replays what was queued while
//! the device was away (`offline="N"` stanzas) between `<ib><offline_preview
//! count …/></ib>` and `<ib><offline count/></ib>`. If the completion never
//! arrives, the client declares it complete after `offline_sync_timeout`
//! (60 s) with the count seen so far.
//!
//! Both events are held until `Connected` has been emitted, so that
//! subscribers always see `Connected` first.

use std::sync::Arc;

use tokio::time::Instant;

use super::connection::Conn;
use super::lifecycle::{Inner, lock};
use crate::binary::{Node, OwnedNodeRef};
use crate::events::{
    Connected, Event, OfflineSyncCompleted, OfflineSyncPreview, QrScannedWithoutMultidevice,
};

/// Offline-sync progress of one connection.
#[derive(Debug, Default)]
pub(crate) struct OfflineState {
    /// When to give up waiting for `<offline/>`.
    pub(crate) deadline: Option<Instant>,
    /// Stanzas received with an `offline` attribute.
    pub(crate) seen: u32,
    /// Completion already reported.
    pub(crate) done: bool,
}

/// Events held until `Connected`.
#[derive(Debug, Default)]
pub(crate) struct Gate {
    open: bool,
    held: Vec<Event>,
}

impl Inner {
    /// Closes the gate for a new connection.
    pub(crate) fn offline_gate_reset(&self) {
        let mut gate = lock(&self.offline_gate);
        gate.open = false;
        gate.held.clear();
    }

    /// Emits now if `Connected` was emitted, else holds the event.
    pub(crate) fn emit_after_connected(&self, event: Event) {
        let mut gate = lock(&self.offline_gate);
        if gate.open {
            self.emit(event);
        } else {
            gate.held.push(event);
        }
    }

    /// Emits `Connected`, then what was held.
    pub(crate) fn emit_connected(&self) {
        let mut gate = lock(&self.offline_gate);
        self.emit(Event::Connected(Connected {}));
        for event in gate.held.drain(..) {
            self.emit(event);
        }
        gate.open = true;
    }
}

fn count(node: &crate::binary::NodeRef<'_>, key: &str) -> u32 {
    node.attrs().optional_u32(key).ok().flatten().unwrap_or(0)
}

impl Conn<'_> {
    pub(crate) fn offline_timeout(&mut self) {
        self.offline.deadline = None;
        if self.offline.done {
            return;
        }
        self.offline.done = true;
        log::warn!(
            "offline sync did not complete in time; {} stanzas received",
            self.offline.seen
        );
        self.client
            .inner
            .emit_after_connected(Event::OfflineSyncCompleted(OfflineSyncCompleted {
                count: self.offline.seen,
            }));
        self.client.after_offline_sync();
    }

    pub(crate) async fn on_ib(&mut self, node: &Arc<OwnedNodeRef>) {
        for child in node.get().children() {
            if child.is("offline_preview") {
                let preview = OfflineSyncPreview {
                    total: count(child, "count"),
                    app_data_changes: count(child, "appdata"),
                    messages: count(child, "message"),
                    notifications: count(child, "notification"),
                    receipts: count(child, "receipt"),
                };
                self.client
                    .inner
                    .emit_after_connected(Event::OfflineSyncPreview(preview));
            } else if child.is("offline") {
                self.offline.deadline = None;
                if !self.offline.done {
                    self.offline.done = true;
                    let total = child
                        .attrs()
                        .optional_u32("count")
                        .ok()
                        .flatten()
                        .unwrap_or(self.offline.seen);
                    self.client
                        .inner
                        .emit_after_connected(Event::OfflineSyncCompleted(OfflineSyncCompleted {
                            count: total,
                        }));
                    self.client.after_offline_sync();
                }
            } else if child.is("downgrade_webclient") {
                self.client.inner.emit(Event::QrScannedWithoutMultidevice(
                    QrScannedWithoutMultidevice {},
                ));
            } else if child.is("dirty") {
                let attrs = child.attrs();
                let clean = Node::new("clean")
                    .attr(
                        "type",
                        attrs.optional_str("type").unwrap_or_default().into_owned(),
                    )
                    .attr(
                        "timestamp",
                        attrs
                            .optional_str("timestamp")
                            .unwrap_or_default()
                            .into_owned(),
                    );
                let iq = super::request::iq(
                    self.client.next_id(),
                    "urn:xmpp:whatsapp:dirty",
                    "set",
                    vec![clean],
                );
                self.send(&iq).await;
            } else {
                log::debug!("unhandled <ib> child <{}>", child.tag());
            }
        }
    }
}
