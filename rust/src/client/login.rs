//! Login: `<success>` (store the LID and server time, then the post-login
//! steps: prekey check and upload, `<active/>`, then `Connected`) and
//! `<failure>` (logged out, banned, outdated, or transient).

use std::sync::Arc;
use std::sync::atomic::Ordering;

use tokio::time::Instant;

use super::connection::{Conn, End};
use super::error::ClientError;
use super::lifecycle::Client;
use super::notice::EndReason;
use super::request::iq;
use super::stream_error::parse_failure;
use crate::binary::{Node, OwnedNodeRef};
use crate::events::{
    ClientOutdated, ConnectFailure, ConnectFailureReason, Event, LoggedOut, TempBanReason,
    TemporaryBan,
};

impl Conn<'_> {
    pub(crate) async fn on_success(&mut self, node: &Arc<OwnedNodeRef>) {
        let success = node.get();
        let attrs = success.attrs();
        if self.device.jid.is_none() {
            log::warn!("<success> without pairing; ignored");
            return;
        }
        if let Ok(Some(t)) = attrs.optional_i64("t") {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs() as i64)
                .unwrap_or(0);
            self.client
                .inner
                .server_time_offset
                .store(t - now, Ordering::Relaxed);
        }
        if let Ok(Some(lid)) = attrs.optional_jid("lid")
            && self.device.lid.as_ref() != Some(&lid)
        {
            let mut device = (*self.device).clone();
            device.lid = Some(lid);
            match self.client.store().save_device(&device) {
                Ok(()) => self.device = Arc::new(device),
                Err(error) => log::warn!("saving the LID failed: {error}"),
            }
        }
        log::info!("logged in as {:?}", self.device.jid);
        self.offline.deadline = Some(Instant::now() + self.client.config().offline_sync_timeout);
        let client = self.client.clone();
        let generation = self.generation;
        tokio::spawn(post_login(client, generation));
    }

    pub(crate) fn on_failure(&mut self, node: &Arc<OwnedNodeRef>) {
        let failure = parse_failure(node.get());
        let inner = &self.client.inner;
        let reason = failure.reason;
        log::warn!("login refused: {reason} {:?}", failure.message);
        let end = if reason.is_logged_out() {
            inner.emit(Event::LoggedOut(LoggedOut {
                on_connect: true,
                reason,
            }));
            self.delete_credentials();
            End::Permanent(EndReason::LoggedOut, ClientError::LoggedOut(reason))
        } else if reason == ConnectFailureReason::TempBanned {
            inner.emit(Event::TemporaryBan(TemporaryBan {
                code: failure.ban_code.unwrap_or(TempBanReason::Unknown(0)),
                expire: failure.expire.unwrap_or_default(),
            }));
            End::Permanent(EndReason::Refused(reason), ClientError::Refused(reason))
        } else if reason == ConnectFailureReason::ClientOutdated {
            inner.emit(Event::ClientOutdated(ClientOutdated {}));
            End::Permanent(EndReason::Refused(reason), ClientError::Refused(reason))
        } else if reason.should_reconnect() {
            End::Transient(ClientError::Refused(reason))
        } else {
            inner.emit(Event::ConnectFailure(ConnectFailure {
                reason,
                message: failure.message,
            }));
            End::Permanent(EndReason::Refused(reason), ClientError::Refused(reason))
        };
        self.end = Some(end);
    }

    /// Deletes the stored identity after a logout the server announced.
    pub(crate) fn delete_credentials(&self) {
        if let Err(error) = self.client.store().delete_device() {
            log::error!("deleting the credentials failed: {error}");
        }
    }
}

/// After `<success>`: prekeys, `<active/>` (which releases the offline
/// queue), then `Connected`.
async fn post_login(client: Client, generation: u64) {
    if let Err(error) = super::prekeys::ensure_prekeys(&client).await {
        log::warn!("prekey check failed: {error}");
    }
    let active = iq(
        client.next_id(),
        "passive",
        "set",
        vec![Node::new("active")],
    );
    if let Err(error) = client.send_iq(active).await {
        log::warn!("<active/> failed: {error}");
        return;
    }
    let inner = &client.inner;
    if inner.generation.load(Ordering::Acquire) != generation {
        return;
    }
    inner.logged_in.store(true, Ordering::Release);
    inner.emit_connected();
    inner.resolve_first(Ok(()));
    super::app_state::after_login(&client);
    // WA Web (and Baileys 7, whatsapp-rust) announce their session.
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
        + inner.server_time_offset.load(Ordering::Relaxed) * 1000;
    let session = Node::new("ib").children([
        Node::new("unified_session").attr("id", unified_session_id(now_ms).to_string())
    ]);
    if let Err(error) = client.send_node(session).await {
        log::debug!("<unified_session> not sent: {error}");
    }
}

/// `<unified_session id>`: (server time in ms + 3 days) mod 1 week.
pub(crate) fn unified_session_id(server_ms: i64) -> i64 {
    const DAY_MS: i64 = 24 * 60 * 60 * 1000;
    (server_ms + 3 * DAY_MS).rem_euclid(7 * DAY_MS)
}

#[cfg(test)]
mod tests {
    #[test]
    fn unified_session_id_wraps_weekly() {
        const DAY_MS: i64 = 24 * 60 * 60 * 1000;
        assert_eq!(super::unified_session_id(0), 3 * DAY_MS);
        assert_eq!(super::unified_session_id(4 * DAY_MS), 0);
        assert_eq!(super::unified_session_id(7 * DAY_MS), 3 * DAY_MS);
    }
}
