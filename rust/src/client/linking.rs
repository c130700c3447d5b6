//! QR linking, the connection's side: `<pair-device>` refs become QR codes
//! rotating on WhatsApp Web's schedule (60 s, then 20 s each); running out
//! of refs ends the connection (`QrTimeout`, no reconnect). `<pair-success>`
//! is verified ([`process_pair_success`]: ADV HMAC, account signature),
//! the identity is stored, and `<pair-device-sign>` answers it; the server
//! then restarts the stream (515) and the client logs in.

use std::sync::Arc;

use bytes::Bytes;
use tokio::time::Instant;

use super::connection::{Conn, End};
use super::error::ClientError;
use super::notice::EndReason;
use super::pair::{
    AdvSecret, PairDevice, PairDeviceSign, PairErrorReply, PairSuccessStanza, QrData, pair_error,
    process_pair_success,
};
use crate::binary::NodeRef;
use crate::events::{Event, PairError, PairSuccess, QrCode};
use crate::store::Device;

/// The refs of the current `<pair-device>` and the QR on show.
#[derive(Debug)]
pub(crate) struct QrState {
    refs: Vec<Bytes>,
    index: usize,
    /// When the QR on show expires.
    pub(crate) deadline: Instant,
}

impl Conn<'_> {
    pub(crate) async fn on_pair_device(&mut self, iq: &NodeRef<'_>) {
        let pair_device = match PairDevice::parse(iq) {
            Ok(pair_device) => pair_device,
            Err(error) => {
                log::warn!("unreadable <pair-device>: {error}");
                return;
            }
        };
        self.send(&pair_device.ack()).await;
        if self.device.jid.is_some() {
            log::warn!("<pair-device> for a paired device; ignored");
            return;
        }
        if pair_device.refs.is_empty() {
            self.end = Some(End::Permanent(EndReason::QrTimeout, ClientError::QrTimeout));
            return;
        }
        self.qr = Some(QrState {
            refs: pair_device.refs,
            index: 0,
            deadline: Instant::now(),
        });
        self.show_qr(Instant::now());
        self.established = true;
        self.client.inner.resolve_first(Ok(()));
    }

    /// Emits the QR of the current ref; ends the connection when none is left.
    fn show_qr(&mut self, now: Instant) {
        let Some(qr) = self.qr.as_mut() else {
            return;
        };
        let Some(reference) = qr.refs.get(qr.index) else {
            self.qr = None;
            log::info!("QR refs exhausted without a scan");
            self.end = Some(End::Permanent(EndReason::QrTimeout, ClientError::QrTimeout));
            return;
        };
        let timeout = self.client.config().qr_timeout(qr.index);
        qr.deadline = now + timeout;
        let index = qr.index;
        let data = QrData::new(
            reference,
            self.device.noise_key.public,
            self.device.identity_key.public,
            AdvSecret::from_bytes(self.device.adv_secret_key),
            self.client.config().platform,
        );
        match data {
            Ok(data) => {
                log::debug!("showing QR ref #{index}");
                self.client.inner.emit(Event::QrCode(QrCode {
                    code: data.text(),
                    timeout,
                }))
            }
            Err(error) => log::warn!("skipping an unusable QR ref: {error}"),
        }
    }

    pub(crate) fn rotate_qr(&mut self, now: Instant) {
        if let Some(qr) = self.qr.as_mut() {
            qr.index += 1;
        }
        self.show_qr(now);
    }

    pub(crate) async fn on_pair_success(&mut self, iq: &NodeRef<'_>) {
        let inner = &self.client.inner;
        let stanza = match PairSuccessStanza::parse(iq) {
            Ok(stanza) => stanza,
            Err(error) => {
                log::warn!("unreadable <pair-success>: {error}");
                if let Some(id) = iq.attrs().optional_str("id") {
                    let reply = pair_error(&id, PairErrorReply::INTERNAL_ERROR);
                    self.send(&reply).await;
                }
                inner.emit(Event::PairError(PairError {
                    id: None,
                    lid: None,
                    business_name: String::new(),
                    platform: String::new(),
                    error: error.to_string(),
                }));
                return;
            }
        };
        // The ADV secret may have changed since the connection began (code
        // linking derives a new one): read the stored device.
        let device = match self.client.store().device() {
            Ok(Some(device)) => device,
            _ => self.device.clone(),
        };
        let adv = AdvSecret::from_bytes(device.adv_secret_key);
        let success =
            match process_pair_success(&stanza.device_identity, &adv, &device.identity_key) {
                Ok(success) => success,
                Err(error) => {
                    log::warn!("refusing <pair-success>: {error}");
                    self.send(&pair_error(&stanza.id, error.reply())).await;
                    inner.emit(Event::PairError(pair_error_event(
                        &stanza,
                        error.to_string(),
                    )));
                    return;
                }
            };
        let paired = Device {
            jid: Some(stanza.jid.clone()),
            lid: stanza.lid.clone(),
            platform: stanza.platform.clone().unwrap_or_default(),
            business_name: stanza.business_name.clone().unwrap_or_default(),
            account: Some(success.signed_identity_bytes()),
            account_signature_key: Some(*success.account_key.as_bytes()),
            ..(*device).clone()
        };
        if let Err(error) = self.client.store().save_device(&paired) {
            log::error!("saving the paired identity failed: {error}");
            self.send(&pair_error(&stanza.id, PairErrorReply::INTERNAL_ERROR))
                .await;
            inner.emit(Event::PairError(pair_error_event(
                &stanza,
                format!("store: {error}"),
            )));
            return;
        }
        self.device = Arc::new(paired);
        self.qr = None;
        self.send(&PairDeviceSign::new(&stanza.id, &success).to_node())
            .await;
        log::info!("paired as {}", stanza.jid);
        inner.emit(Event::PairSuccess(PairSuccess {
            id: stanza.jid,
            lid: stanza.lid,
            business_name: stanza.business_name.unwrap_or_default(),
            platform: stanza.platform.unwrap_or_default(),
        }));
    }
}

/// The `PairError` event for a readable `<pair-success>` that failed.
fn pair_error_event(stanza: &PairSuccessStanza, error: String) -> PairError {
    PairError {
        id: Some(stanza.jid.clone()),
        lid: stanza.lid.clone(),
        business_name: stanza.business_name.clone().unwrap_or_default(),
        platform: stanza.platform.clone().unwrap_or_default(),
        error,
    }
}
