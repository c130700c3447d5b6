//! Identity changes the server announces: `<notification type="encrypt"
//! from="user"><identity/></notification>` says that another user's primary
//! device reinstalled. Everything built on the old identity goes at once
//! (even during offline sync): the user's sessions, the primary's identity,
//! the cached device list, which of their devices hold our sender keys, and
//! our status sender key. `IdentityChange` is emitted, then sessions are
//! built again in the background — after offline sync when it is running.
//! Notifications naming a companion device or our own account are ignored.

use crate::binary::{Jid, NodeRef};
use crate::client::lifecycle::{Client, lock};
use crate::events::{Event, EventKind, IdentityChange, Timestamp};
use crate::signal::{ProtocolAddress, SenderKeyName};
use crate::store::StoreError;

impl Client {
    /// Handles an `encrypt` notification carrying `<identity/>`; commits
    /// before returning, so that the caller may ack. `offline_done` tells
    /// whether offline sync finished (the session rebuild waits for it).
    pub(crate) fn on_identity_notification(
        &self,
        notification: &NodeRef<'_>,
        offline_done: bool,
    ) -> Result<(), StoreError> {
        let Some(from) = notification.attrs().optional_jid("from").ok().flatten() else {
            log::warn!("identity notification without a sender: ignored");
            return Ok(());
        };
        if from.device != 0 {
            log::debug!("identity notification for companion {from}: ignored");
            return Ok(());
        }
        let own = [self.jid(), self.lid()];
        if own.iter().flatten().any(|jid| jid.user == from.user) {
            log::debug!("identity notification for our own account: ignored");
            return Ok(());
        }
        let user = from.to_non_ad();
        let primary = ProtocolAddress::from_jid(&user);
        let status_key = self
            .jid()
            .map(|me| SenderKeyName::from_jids(&Jid::status_broadcast(), &me));
        self.store().with_transaction(|tx| {
            tx.delete_all_sessions(primary.name())?;
            tx.delete_session(&primary)?;
            tx.delete_identity(&primary)?;
            tx.forget_sender_key_user(&user)?;
            if let Some(name) = &status_key {
                tx.delete_sender_key(name)?;
            }
            Ok::<_, StoreError>(())
        })?;
        self.device_registry().forget(&user);
        log::info!("identity of {user} changed: sessions and device list reset");
        let lid_user = notification
            .attrs()
            .optional_jid("lid")
            .ok()
            .flatten()
            .map(|lid| lid.to_non_ad());
        let timestamp = Timestamp(
            notification
                .attrs()
                .optional_u64("t")
                .ok()
                .flatten()
                .and_then(|t| i64::try_from(t).ok())
                .unwrap_or(0),
        );
        let event_user = user.clone();
        self.inner.emit_with(EventKind::IdentityChange, || {
            Event::IdentityChange(IdentityChange {
                user: event_user,
                lid_user,
                timestamp,
                implicit: false,
            })
        });
        if offline_done {
            self.rebuild_sessions(vec![user]);
        } else {
            lock(&self.inner.messaging.identity_rebuilds).push(user);
        }
        Ok(())
    }

    /// Offline sync finished: rebuild the sessions identity changes reset
    /// meanwhile.
    pub(crate) fn after_offline_sync(&self) {
        let users: Vec<Jid> = std::mem::take(&mut *lock(&self.inner.messaging.identity_rebuilds));
        if !users.is_empty() {
            self.rebuild_sessions(users);
        }
    }

    /// Fetches the users' device lists and builds sessions with every
    /// device, in the background.
    fn rebuild_sessions(&self, mut users: Vec<Jid>) {
        users.sort();
        users.dedup();
        let client = self.clone();
        tokio::spawn(async move {
            let devices = match client.get_devices(&users).await {
                Ok(devices) => devices,
                Err(error) => {
                    log::info!("session rebuild after an identity change: {error}");
                    return;
                }
            };
            if let Err(error) = client.ensure_sessions(&devices).await {
                log::info!("session rebuild after an identity change: {error}");
            }
        });
    }
}
