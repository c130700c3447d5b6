//! Simulated primary phones: one per account. A phone scans a companion's
//! QR code or takes its pairing code, vouches for the companion with its
//! account key (real ADV signatures, checked by the companion), checks the
//! companion's countersignature, and can unlink companions later.

use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use prost::Message as _;
use tokio::sync::oneshot;

use super::conn::ConnCommand;
use super::directory::{CompanionDevice, UploadedSignedPreKey, unix_now};
use super::pairing::{CodeJob, PairJob};
use super::phone_crypto::{PrimaryAccount, PrimaryPairCode, QrData};
use super::{ServerError, State, lock};
use crate::binary::{Jid, Node, Server};
use crate::client::pair::adv::device_identity_hmac;
use crate::client::pair::{AdvSecret, EncryptionType, PairCode, process_pair_success};
use crate::proto::wa;
use crate::store::{Device, Store};

/// How long a phone waits for the companion's answer.
const ANSWER_TIMEOUT: Duration = Duration::from_secs(30);

/// A deliberate mistake a phone makes when vouching for a companion, to
/// test that the companion refuses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum PairingFault {
    /// MAC the identity with another ADV secret than the QR's.
    BadHmac,
    /// Sign with another key than the `accountSignatureKey` announced.
    BadAccountSignature,
}

/// A simulated primary phone. Cheap to clone.
#[derive(Clone)]
pub struct Phone {
    pub(crate) state: Arc<State>,
    pub(crate) phone: String,
}

impl std::fmt::Debug for Phone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Phone").field("phone", &self.phone).finish()
    }
}

impl Phone {
    pub(crate) fn new(state: Arc<State>, phone: String) -> Phone {
        Phone { state, phone }
    }

    /// The phone number (digits).
    pub fn phone_number(&self) -> &str {
        &self.phone
    }

    /// The account's phone-number JID.
    pub fn jid(&self) -> Jid {
        Jid::new(self.phone.clone(), Server::User)
    }

    /// The account's LID.
    pub fn lid(&self) -> Option<Jid> {
        lock(&self.state.directory)
            .account(&self.phone)
            .map(|account| account.lid_jid())
    }

    /// The phone's identity (ADV account key).
    pub fn account(&self) -> Option<PrimaryAccount> {
        lock(&self.state.directory)
            .account(&self.phone)
            .map(|account| account.primary.clone())
    }

    /// The linked companions.
    pub fn devices(&self) -> Vec<Jid> {
        lock(&self.state.directory)
            .account(&self.phone)
            .map(|account| {
                account
                    .devices
                    .keys()
                    .map(|id| Jid::with_device(self.phone.clone(), Server::User, *id))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn account_parts(&self) -> Result<(PrimaryAccount, String), ServerError> {
        lock(&self.state.directory)
            .account(&self.phone)
            .map(|account| (account.primary.clone(), account.lid.clone()))
            .ok_or_else(|| ServerError::UnknownAccount(self.phone.clone()))
    }

    /// Scans a QR text shown by a companion: the companion gets
    /// `<pair-success>`; returns its new JID once it countersigned.
    pub async fn scan_qr(&self, qr: &str) -> Result<Jid, ServerError> {
        self.scan(qr, None).await
    }

    /// [`scan_qr`](Phone::scan_qr) making a deliberate mistake.
    pub async fn scan_qr_with_fault(
        &self,
        qr: &str,
        fault: PairingFault,
    ) -> Result<Jid, ServerError> {
        self.scan(qr, Some(fault)).await
    }

    async fn scan(&self, qr: &str, fault: Option<PairingFault>) -> Result<Jid, ServerError> {
        let data = QrData::parse(qr)?;
        let conn = {
            let conns = lock(&self.state.conns);
            let id = *conns
                .by_ref
                .get(&data.reference)
                .ok_or_else(|| ServerError::UnknownRef(data.reference.clone()))?;
            if conns.by_id.get(&id).map(|handle| handle.noise_key) != Some(data.noise_key) {
                return Err(ServerError::NoiseKeyMismatch);
            }
            id
        };
        let (primary, lid) = self.account_parts()?;
        let (device_id, key_index) = lock(&self.state.directory)
            .account_mut(&self.phone)
            .map(|account| account.reserve_device())
            .ok_or_else(|| ServerError::UnknownAccount(self.phone.clone()))?;
        let adv = match fault {
            Some(PairingFault::BadHmac) => AdvSecret::generate(),
            _ => data.adv_secret.clone(),
        };
        let mut issued = primary.issue_device_identity(
            &data.identity_key,
            &adv,
            key_index,
            unix_now(),
            EncryptionType::E2ee,
        );
        if fault == Some(PairingFault::BadAccountSignature) {
            issued.device_identity = forge_signature(&primary, &data, key_index);
        }
        let (reply, answer) = oneshot::channel();
        let job = PairJob {
            issued,
            phone: self.phone.clone(),
            lid,
            device_id,
            reply,
        };
        if !self
            .state
            .command(conn, ConnCommand::PairSuccess(Box::new(job)))
        {
            return Err(ServerError::Disconnected);
        }
        self.linked(wait(answer).await)
    }

    /// Types a pairing code shown by a companion that called `pair_phone`
    /// for this account; returns the companion's new JID once linked.
    pub async fn enter_pairing_code(&self, code: &str) -> Result<Jid, ServerError> {
        let code = PairCode::parse(code)?;
        let request = lock(&self.state.conns).code_requests.remove(&self.phone);
        let request = request.ok_or_else(|| ServerError::NoPendingCode(self.phone.clone()))?;
        let wrapped = request.wrapped_ephemeral.clone();
        // PBKDF2 with 2^17 iterations: off the async threads.
        let primary = tokio::task::spawn_blocking(move || PrimaryPairCode::start(&code, &wrapped))
            .await
            .map_err(|_| ServerError::Disconnected)??;
        let (reply, answer) = oneshot::channel();
        let job = CodeJob {
            primary,
            pairing_ref: request.pairing_ref,
            phone: self.phone.clone(),
            reply,
        };
        if !self
            .state
            .command(request.conn, ConnCommand::PrimaryHello(Box::new(job)))
        {
            return Err(ServerError::Disconnected);
        }
        self.linked(wait(answer).await)
    }

    /// After a companion linked: queues the initial sync (see
    /// [`PhoneSyncSettings`](super::PhoneSyncSettings)).
    fn linked(&self, outcome: Result<Jid, ServerError>) -> Result<Jid, ServerError> {
        if let Ok(device) = &outcome {
            self.state
                .phone_job(&self.phone, super::phone_sync::Job::Linked(device.clone()));
        }
        outcome
    }

    /// Unlinks a companion: it is removed from the directory and, if
    /// online, gets `<stream:error code="401"><conflict
    /// type="device_removed"/></stream:error>`. False if unknown.
    pub fn unlink(&self, device: &Jid) -> bool {
        let removed = lock(&self.state.directory).remove_device(&self.phone, device.device);
        if !removed {
            return false;
        }
        self.state
            .announce_device_change(&self.phone, device.device, false);
        let key = (self.phone.clone(), device.device);
        if let Some(conn) = self.state.device_conn(&key) {
            self.state.command(
                conn,
                ConnCommand::Close {
                    stanza: Some(
                        Node::new("stream:error")
                            .attr("code", "401")
                            .children([Node::new("conflict").attr("type", "device_removed")]),
                    ),
                },
            );
        }
        true
    }

    /// Links the device in `store` directly, without a connection: the
    /// phone issues and the companion countersigns its identity (the same
    /// cryptography as a QR scan), the store is saved paired, and the
    /// directory knows the device. For tests and benchmarks that need many
    /// logged-in clients quickly.
    pub fn provision_companion(&self, store: &Store) -> Result<Jid, ServerError> {
        let store_error = |error: crate::store::StoreError| ServerError::Store(error.to_string());
        let device = store.load_or_create_device().map_err(store_error)?;
        let (primary, lid) = self.account_parts()?;
        let (device_id, key_index) = lock(&self.state.directory)
            .account_mut(&self.phone)
            .map(|account| account.reserve_device())
            .ok_or_else(|| ServerError::UnknownAccount(self.phone.clone()))?;
        let adv = AdvSecret::from_bytes(device.adv_secret_key);
        let issued = primary.issue_device_identity(
            &device.identity_key.public,
            &adv,
            key_index,
            unix_now(),
            EncryptionType::E2ee,
        );
        let success = process_pair_success(&issued.device_identity, &adv, &device.identity_key)
            .map_err(|error| ServerError::PairingRefused {
                code: error.reply().code,
                text: error.to_string(),
            })?;
        let verified = issued.verify_reply(success.key_index(), &success.reply_device_identity)?;
        let jid = Jid::with_device(self.phone.clone(), Server::User, device_id);
        let paired = Device {
            jid: Some(jid.clone()),
            lid: Some(Jid::with_device(lid, Server::Lid, device_id)),
            platform: "android".to_owned(),
            account: Some(success.signed_identity_bytes()),
            account_signature_key: Some(*success.account_key.as_bytes()),
            ..(*device).clone()
        };
        store.save_device(&paired).map_err(store_error)?;
        let companion = CompanionDevice {
            id: device_id,
            noise_key: device.noise_key.public,
            identity_key: device.identity_key.public,
            registration_id: device.registration_id,
            signed_pre_key: UploadedSignedPreKey {
                id: device.signed_prekey.id,
                public: device.signed_prekey.key_pair.public,
                signature: device.signed_prekey.signature,
            },
            prekeys: Default::default(),
            signed_identity: verified.signed.encode_to_vec().into(),
            key_index,
            platform: "wapy".to_owned(),
            offline_queue: Default::default(),
        };
        if let Some(account) = lock(&self.state.directory).account_mut(&self.phone) {
            account.devices.insert(device_id, companion);
        }
        self.state
            .announce_device_change(&self.phone, device_id, true);
        Ok(jid)
    }
}

async fn wait(answer: oneshot::Receiver<Result<Jid, ServerError>>) -> Result<Jid, ServerError> {
    match tokio::time::timeout(ANSWER_TIMEOUT, answer).await {
        Ok(Ok(result)) => result,
        Ok(Err(_)) => Err(ServerError::Disconnected),
        Err(_) => Err(ServerError::Timeout),
    }
}

/// A device identity whose account signature was made by another key than
/// the `accountSignatureKey` it names, with a valid HMAC.
fn forge_signature(primary: &PrimaryAccount, data: &QrData, key_index: u32) -> Bytes {
    let impostor = PrimaryAccount::generate();
    let issued = impostor.issue_device_identity(
        &data.identity_key,
        &data.adv_secret,
        key_index,
        unix_now(),
        EncryptionType::E2ee,
    );
    let container =
        wa::AdvSignedDeviceIdentityHmac::decode(issued.device_identity.clone()).unwrap_or_default();
    let mut signed = container
        .details
        .and_then(|details| wa::AdvSignedDeviceIdentity::decode(details).ok())
        .unwrap_or_default();
    signed.account_signature_key = Some(Bytes::copy_from_slice(primary.account_key().as_bytes()));
    let signed = signed.encode_to_vec();
    let hmac = device_identity_hmac(&data.adv_secret, EncryptionType::E2ee, &signed);
    wa::AdvSignedDeviceIdentityHmac {
        details: Some(signed.into()),
        hmac: Some(Bytes::copy_from_slice(&hmac)),
        account_type: None,
    }
    .encode_to_vec()
    .into()
}
