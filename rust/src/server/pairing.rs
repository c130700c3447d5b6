//! The server side of registration: a new companion gets `<pair-device>`
//! with six refs; when its phone scans one (or accepts its pairing code) the
//! connection sends `<pair-success>` signed by the phone, checks the
//! companion's `<pair-device-sign>`, adds the device to the directory, and
//! restarts the stream with `<stream:error code="515"/>`.

use std::collections::VecDeque;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use bytes::Bytes;
use tokio::sync::oneshot;

use super::ServerError;
use super::conn::Role;
use super::conn::{ServerConn, result_for};
use super::directory::{CompanionDevice, UploadedSignedPreKey};
use super::lock;
use super::phone_crypto::{IssuedDeviceIdentity, PrimaryPairCode};
use crate::binary::{Jid, Node, NodeRef};
use crate::client::pair::code_stanza::{
    CompanionFinishStanza, CompanionHello, PrimaryHello, pairing_ref_result,
};
use crate::client::pair::{PairDevice, PairDeviceSign, PairSuccessStanza};
use crate::client::payload::RegistrationRequest;
use crate::signal::keys::random_array;
use prost::Message as _;

/// The result a phone waits for: the new device's JID.
pub(crate) type PairReply = oneshot::Sender<Result<Jid, ServerError>>;

/// A registration connection's state.
#[derive(Default)]
pub(crate) struct Registration {
    /// What the companion registered with (None until classified).
    pub(crate) request: Option<RegistrationRequest>,
    /// `<pair-success>` sent, waiting for `<pair-device-sign>`.
    pub(crate) pending: Option<(String, PairJob)>,
    /// A code-linking exchange waiting for `companion_finish`.
    pub(crate) code: Option<CodeJob>,
}

impl Registration {
    /// Fails whatever a phone waits for (the connection closed).
    pub(crate) fn fail_pending(&mut self) {
        if let Some((_, job)) = self.pending.take() {
            let _ = job.reply.send(Err(ServerError::Disconnected));
        }
        if let Some(job) = self.code.take() {
            let _ = job.reply.send(Err(ServerError::Disconnected));
        }
    }
}

/// What the phone decided for a scanned QR (or an accepted code).
pub(crate) struct PairJob {
    pub(crate) issued: IssuedDeviceIdentity,
    pub(crate) phone: String,
    pub(crate) lid: String,
    pub(crate) device_id: u16,
    pub(crate) reply: PairReply,
}

/// The phone's half of code linking, on its way to the companion.
pub(crate) struct CodeJob {
    pub(crate) primary: PrimaryPairCode,
    pub(crate) pairing_ref: Bytes,
    pub(crate) phone: String,
    pub(crate) reply: PairReply,
}

/// A companion that asked for a pairing code.
pub(crate) struct CodeRequest {
    pub(crate) conn: u64,
    pub(crate) wrapped_ephemeral: Bytes,
    pub(crate) pairing_ref: Bytes,
}

/// A ref as WhatsApp's look: `2@` and base64.
fn new_ref() -> String {
    format!("2@{}", STANDARD.encode(random_array::<24>()))
}

impl ServerConn {
    /// A registration: remember the request, send six refs.
    pub(crate) async fn register(&mut self, request: RegistrationRequest) {
        if let Err(error) = request.verify_signed_pre_key() {
            log::info!("connection {}: registration refused: {error}", self.id);
            self.close_with(Node::new("failure").attr("reason", "400"))
                .await;
            return;
        }
        let refs: Vec<String> = (0..self.state.config.pair_device_refs.max(1))
            .map(|_| new_ref())
            .collect();
        {
            let mut conns = lock(&self.state.conns);
            for reference in &refs {
                conns.by_ref.insert(reference.clone(), self.id);
            }
        }
        self.role = Role::Registration(Box::new(Registration {
            request: Some(request),
            pending: None,
            code: None,
        }));
        let pair_device = PairDevice {
            id: hex::encode(random_array::<8>()),
            refs: refs.into_iter().map(Bytes::from).collect(),
        };
        self.send(&pair_device.to_node()).await;
    }

    pub(crate) async fn send_pair_success(&mut self, job: PairJob) {
        let Role::Registration(registration) = &mut self.role else {
            let _ = job.reply.send(Err(ServerError::Disconnected));
            return;
        };
        if registration.pending.is_some() {
            let _ = job.reply.send(Err(ServerError::Disconnected));
            return;
        }
        let id = hex::encode(random_array::<8>());
        let stanza = PairSuccessStanza {
            id: id.clone(),
            server_time: Some(super::directory::unix_now()),
            device_identity: job.issued.device_identity.clone(),
            jid: Jid::with_device(
                job.phone.clone(),
                crate::binary::Server::User,
                job.device_id,
            ),
            lid: Some(Jid::with_device(
                job.lid.clone(),
                crate::binary::Server::Lid,
                job.device_id,
            )),
            platform: Some("android".to_owned()),
            business_name: None,
            client_props: None,
        };
        registration.pending = Some((id, job));
        self.send(&stanza.to_node()).await;
    }

    pub(crate) async fn send_primary_hello(&mut self, job: CodeJob) {
        let Role::Registration(registration) = &mut self.role else {
            let _ = job.reply.send(Err(ServerError::Disconnected));
            return;
        };
        let primary_identity = lock(&self.state.directory)
            .account(&job.phone)
            .map(|account| account.primary.account_key());
        let Some(primary_identity) = primary_identity else {
            let _ = job.reply.send(Err(ServerError::UnknownAccount(job.phone)));
            return;
        };
        let hello = PrimaryHello {
            pairing_ref: job.pairing_ref.clone(),
            wrapped_primary_ephemeral: Bytes::copy_from_slice(job.primary.wrapped_ephemeral()),
            primary_identity: Bytes::copy_from_slice(primary_identity.as_bytes()),
        };
        registration.code = Some(job);
        let notification = hello.to_notification(
            &hex::encode(random_array::<8>()),
            &Jid::server_jid(),
            super::directory::unix_now(),
        );
        self.send(&notification).await;
    }

    /// `companion_hello` from a registration connection.
    pub(crate) async fn on_companion_hello(&mut self, iq: &NodeRef<'_>) {
        let hello = match CompanionHello::parse(iq) {
            Ok(hello) => hello,
            Err(error) => {
                self.send(&iq_error(iq, 400, &error.to_string())).await;
                return;
            }
        };
        let known = lock(&self.state.directory)
            .account(&hello.phone.user)
            .is_some();
        if !known || !matches!(self.role, Role::Registration(_)) {
            self.send(&iq_error(iq, 404, "item-not-found")).await;
            return;
        }
        let pairing_ref = Bytes::from(hex::encode(random_array::<16>()));
        lock(&self.state.conns).code_requests.insert(
            hello.phone.user.clone(),
            CodeRequest {
                conn: self.id,
                wrapped_ephemeral: hello.wrapped_ephemeral,
                pairing_ref: pairing_ref.clone(),
            },
        );
        let id = iq
            .attrs()
            .optional_str("id")
            .unwrap_or_default()
            .into_owned();
        self.send(&pairing_ref_result(&id, &hello.phone, &pairing_ref))
            .await;
    }

    /// `companion_finish`: open the bundle with the phone's half, then
    /// `<pair-success>` keyed with the derived ADV secret.
    pub(crate) async fn on_companion_finish(&mut self, iq: &NodeRef<'_>) {
        let finish = CompanionFinishStanza::parse(iq);
        let Role::Registration(registration) = &mut self.role else {
            self.send(&iq_error(iq, 400, "bad-request")).await;
            return;
        };
        let (Ok(finish), Some(job)) = (finish, registration.code.take()) else {
            self.send(&iq_error(iq, 400, "bad-request")).await;
            return;
        };
        let registered_identity = registration
            .request
            .as_ref()
            .map(|request| request.identity_key);
        let account = lock(&self.state.directory)
            .account(&job.phone)
            .map(|account| (account.primary.clone(), account.lid.clone()));
        let Some((primary, lid)) = account else {
            let _ = job.reply.send(Err(ServerError::UnknownAccount(job.phone)));
            self.send(&iq_error(iq, 404, "item-not-found")).await;
            return;
        };
        let adv_secret = match job.primary.finish(
            &finish.wrapped_key_bundle,
            &finish.companion_identity,
            primary.identity(),
        ) {
            Ok(secret) => secret,
            Err(error) => {
                let _ = job.reply.send(Err(error.into()));
                self.send(&iq_error(iq, 400, "bad-request")).await;
                return;
            }
        };
        let Some(identity) = registered_identity
            .filter(|identity| identity.as_bytes()[..] == finish.companion_identity[..])
        else {
            let _ = job.reply.send(Err(ServerError::NoiseKeyMismatch));
            self.send(&iq_error(iq, 400, "bad-request")).await;
            return;
        };
        self.send(&result_for(iq)).await;
        let (device_id, key_index) = match lock(&self.state.directory).account_mut(&job.phone) {
            Some(account) => account.reserve_device(),
            None => return,
        };
        let issued = primary.issue_device_identity(
            &identity,
            &adv_secret,
            key_index,
            super::directory::unix_now(),
            crate::client::pair::EncryptionType::E2ee,
        );
        self.send_pair_success(PairJob {
            issued,
            phone: job.phone,
            lid,
            device_id,
            reply: job.reply,
        })
        .await;
    }

    /// The companion's answer to `<pair-success>`.
    pub(crate) async fn on_pair_answer(&mut self, iq: &NodeRef<'_>) -> bool {
        let Role::Registration(registration) = &mut self.role else {
            return false;
        };
        let id = iq.attrs().optional_str("id").unwrap_or_default();
        if registration
            .pending
            .as_ref()
            .is_none_or(|(pending, _)| *pending != id)
        {
            return false;
        }
        let Some((_, job)) = registration.pending.take() else {
            return false;
        };
        if iq.attrs().is("type", "error") {
            let error = crate::client::request::iq_error(iq);
            let (code, text) = match error {
                crate::client::IqError::Server { code, text } => (code, text),
                other => (0, other.to_string()),
            };
            log::info!(
                "connection {}: companion refused pairing: {code} {text}",
                self.id
            );
            let _ = job
                .reply
                .send(Err(ServerError::PairingRefused { code, text }));
            return true;
        }
        let sign = match PairDeviceSign::parse(iq) {
            Ok(sign) => sign,
            Err(error) => {
                log::info!("connection {}: bad pair-device-sign: {error}", self.id);
                let _ = job.reply.send(Err(ServerError::PairingRefused {
                    code: 0,
                    text: error.to_string(),
                }));
                return true;
            }
        };
        let verified = match job
            .issued
            .verify_reply(sign.key_index, &sign.device_identity)
        {
            Ok(verified) => verified,
            Err(error) => {
                let _ = job.reply.send(Err(error.into()));
                return true;
            }
        };
        let Some(request) = registration.request.as_ref() else {
            return true;
        };
        let device = CompanionDevice {
            id: job.device_id,
            noise_key: self.noise_key,
            identity_key: request.identity_key,
            registration_id: request.registration_id,
            signed_pre_key: UploadedSignedPreKey {
                id: request.signed_pre_key_id,
                public: request.signed_pre_key,
                signature: request.signed_pre_key_signature,
            },
            prekeys: VecDeque::new(),
            signed_identity: verified.signed.encode_to_vec().into(),
            key_index: job.issued.identity.key_index,
            platform: request
                .device_props
                .as_ref()
                .and_then(|props| props.os.clone())
                .unwrap_or_default(),
            offline_queue: VecDeque::new(),
        };
        if let Some(account) = lock(&self.state.directory).account_mut(&job.phone) {
            account.devices.insert(job.device_id, device);
        }
        let jid = Jid::with_device(
            job.phone.clone(),
            crate::binary::Server::User,
            job.device_id,
        );
        log::info!("connection {}: paired {jid}", self.id);
        let _ = job.reply.send(Ok(jid));
        self.close_with(Node::new("stream:error").attr("code", "515"))
            .await;
        true
    }
}

/// `<iq type="error" id><error code text/></iq>` answering `iq`.
pub(crate) fn iq_error(iq: &NodeRef<'_>, code: u16, text: &str) -> Node {
    let id = iq
        .attrs()
        .optional_str("id")
        .unwrap_or_default()
        .into_owned();
    Node::new("iq")
        .attr("from", Jid::server_jid())
        .attr("type", "error")
        .attr("id", id)
        .children([Node::new("error")
            .attr("code", code)
            .attr("text", text.to_owned())])
}
