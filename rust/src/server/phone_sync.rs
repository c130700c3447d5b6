//! What the simulated phone does by itself, as a real primary phone does:
//!
//! * right after a companion links (QR or pairing code), once that
//!   companion is logged in with prekeys, the initial sync
//!   ([`Phone::initial_sync`]): the app-state key share, then the history
//!   chunks (bootstrap, recent, push names);
//! * a companion's `APP_STATE_SYNC_KEY_REQUEST` is answered with a key
//!   share;
//! * a companion's on-demand history request is answered with an
//!   `ON_DEMAND` chunk cut from the phone's history: the chats its initial
//!   sync generates (see [`generated_contact`]). A request for another chat
//!   gets no answer (the phone has nothing to send).
//!
//! [`PhoneSyncSettings`] turn each behaviour off or resize the initial
//! sync, for the whole server ([`ServerConfig::phone_sync`](super::ServerConfig))
//! or per phone ([`Phone::configure_sync`]). Requests still reach the
//! phone's inbox ([`Phone::next_message`]) whether answered or not.
//! Devices linked without a connection
//! ([`Phone::provision_companion`]) get no initial sync.
//!
//! The work runs on tasks of the server's runtime: stanzas reach the phone
//! on a connection's task, which only queues a job here.

use std::collections::HashMap;
use std::sync::{Mutex, Weak};
use std::time::Duration;

use tokio::sync::mpsc;

use super::history::{HistoryDelivery, InitialSyncConfig, generated_chat, generated_contact};
use super::phone::Phone;
use super::phone_messaging::PhoneMessage;
use super::{DeviceKey, State, lock};
use crate::binary::Jid;
use crate::proto::wa;

/// How long the phone waits for a new companion to log in and upload its
/// prekeys before giving up its initial sync.
const LINK_WAIT: Duration = Duration::from_secs(30);

/// How often it looks.
const LINK_POLL: Duration = Duration::from_millis(20);

/// What a simulated phone does without being told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneSyncSettings {
    /// The initial sync sent to a companion right after it links; `None`:
    /// none.
    pub initial_sync: Option<InitialSyncConfig>,
    /// Whether app-state key requests are answered with a key share.
    pub answer_key_requests: bool,
    /// Whether on-demand history requests are answered.
    pub answer_history_requests: bool,
}

impl Default for PhoneSyncSettings {
    /// Everything on, with the default (small) initial sync.
    fn default() -> PhoneSyncSettings {
        PhoneSyncSettings {
            initial_sync: Some(InitialSyncConfig::default()),
            answer_key_requests: true,
            answer_history_requests: true,
        }
    }
}

/// Something the phone has to do.
#[derive(Debug)]
pub(crate) enum Job {
    /// A companion linked: run the initial sync once it is logged in.
    Linked(Jid),
    /// A companion asked for app-state keys.
    KeyRequest,
    /// A companion asked for older messages of a chat.
    HistoryRequest(Box<PhoneMessage>),
}

/// The settings per phone and the queue of jobs.
pub(crate) struct Automation {
    overrides: Mutex<HashMap<String, PhoneSyncSettings>>,
    jobs: mpsc::UnboundedSender<(String, Job)>,
}

impl Automation {
    /// Settings and a job queue, with the queue's receiving end for
    /// [`run`].
    pub(crate) fn new() -> (Automation, mpsc::UnboundedReceiver<(String, Job)>) {
        let (jobs, receiver) = mpsc::unbounded_channel();
        (
            Automation {
                overrides: Mutex::new(HashMap::new()),
                jobs,
            },
            receiver,
        )
    }
}

impl State {
    /// The settings of the phone of `phone`.
    pub(crate) fn phone_sync(&self, phone: &str) -> PhoneSyncSettings {
        lock(&self.automation.overrides)
            .get(phone)
            .cloned()
            .unwrap_or_else(|| self.config.phone_sync.clone())
    }

    /// Queues `job` for the phone of `phone`.
    pub(crate) fn phone_job(&self, phone: &str, job: Job) {
        if self.automation.jobs.send((phone.to_owned(), job)).is_err() {
            log::debug!("phone {phone}: job dropped (server stopping)");
        }
    }
}

/// Runs the phones' jobs, each on its own task, until the server is
/// dropped.
pub(crate) async fn run(state: Weak<State>, mut jobs: mpsc::UnboundedReceiver<(String, Job)>) {
    while let Some((phone, job)) = jobs.recv().await {
        let Some(state) = state.upgrade() else {
            return;
        };
        tokio::spawn(async move {
            let phone = Phone::new(state, phone);
            phone.do_job(job).await;
        });
    }
}

/// The requests among a companion's `message` that the phone answers by
/// itself.
pub(crate) fn job_for(message: &PhoneMessage) -> Option<Job> {
    let protocol = message.message.protocol_message.as_ref()?;
    if protocol.app_state_sync_key_request.is_some() {
        return Some(Job::KeyRequest);
    }
    let on_demand = protocol
        .peer_data_operation_request_message
        .as_ref()
        .is_some_and(|request| {
            request.peer_data_operation_request_type
                == Some(wa::PeerDataOperationRequestType::HistorySyncOnDemand as i32)
                && request.history_sync_on_demand_request.is_some()
        });
    on_demand.then(|| Job::HistoryRequest(Box::new(message.clone())))
}

/// The generated chat `jid` names, if it is one of the first `chats`.
fn generated_index(jid: &str, chats: usize) -> Option<usize> {
    let digits = jid.strip_prefix("1999")?.strip_suffix("@s.whatsapp.net")?;
    if digits.len() != 7 {
        return None;
    }
    let n: usize = digits.parse().ok()?;
    (n < chats && generated_contact(n).0 == jid).then_some(n)
}

impl Phone {
    /// Replaces what this phone does by itself (the server's
    /// [`ServerConfig::phone_sync`](super::ServerConfig) until then).
    pub fn configure_sync(&self, settings: PhoneSyncSettings) {
        lock(&self.state.automation.overrides).insert(self.phone.clone(), settings);
    }

    /// What this phone does by itself.
    pub fn sync_settings(&self) -> PhoneSyncSettings {
        self.state.phone_sync(&self.phone)
    }

    async fn do_job(&self, job: Job) {
        let settings = self.sync_settings();
        match job {
            Job::Linked(device) => {
                let Some(config) = settings.initial_sync else {
                    return;
                };
                if !self.wait_ready(&device).await {
                    log::info!(
                        "phone {}: {device} not ready in time; no initial sync",
                        self.phone
                    );
                    return;
                }
                match self.initial_sync(&config).await {
                    Ok(ids) => log::info!(
                        "phone {}: initial sync for {device} sent ({} messages)",
                        self.phone,
                        ids.len()
                    ),
                    Err(error) => log::warn!("phone {}: initial sync failed: {error}", self.phone),
                }
            }
            Job::KeyRequest if settings.answer_key_requests => {
                if let Err(error) = self.share_app_state_keys() {
                    log::warn!("phone {}: key share failed: {error}", self.phone);
                }
            }
            Job::HistoryRequest(request) if settings.answer_history_requests => {
                let (chats, messages) = settings
                    .initial_sync
                    .map_or((0, 0), |config| (config.chats, config.messages_per_chat));
                if let Err(error) = self.answer_from_history(&request, chats, messages).await {
                    log::warn!("phone {}: history answer failed: {error}", self.phone);
                }
            }
            Job::KeyRequest | Job::HistoryRequest(_) => {
                log::debug!("phone {}: request left unanswered (off)", self.phone);
            }
        }
    }

    /// Waits until `device` is online with prekeys on the server (or the
    /// phone already has a session with it); false after [`LINK_WAIT`] or
    /// on shutdown.
    async fn wait_ready(&self, device: &Jid) -> bool {
        let key: DeviceKey = (self.phone.clone(), device.device);
        let deadline = tokio::time::Instant::now() + LINK_WAIT;
        loop {
            let online = self.state.device_conn(&key).is_some();
            let prekeys = lock(&self.state.directory)
                .device(&key.0, key.1)
                .is_some_and(|d| !d.prekeys.is_empty());
            if online && prekeys {
                return true;
            }
            if *lock(&self.state.shutdown).borrow() || tokio::time::Instant::now() >= deadline {
                return false;
            }
            tokio::time::sleep(LINK_POLL).await;
        }
    }

    /// Answers an on-demand request from the phone's generated history
    /// (`chats` chats of `messages` messages): the newest messages of the
    /// chat older than the request's oldest message, at most the count
    /// asked. Other chats get no answer.
    async fn answer_from_history(
        &self,
        request: &PhoneMessage,
        chats: usize,
        messages: usize,
    ) -> Result<(), super::ServerError> {
        let Some(asked) = request
            .message
            .protocol_message
            .as_ref()
            .and_then(|p| p.peer_data_operation_request_message.as_ref())
            .and_then(|p| p.history_sync_on_demand_request.as_ref())
        else {
            return Ok(());
        };
        let chat = asked.chat_jid.as_deref().unwrap_or_default();
        let Some(n) = generated_index(chat, chats) else {
            log::info!(
                "phone {}: no history of {chat:?}; request {} unanswered",
                self.phone,
                request.id
            );
            return Ok(());
        };
        let before_ms = asked.oldest_msg_timestamp_ms.unwrap_or(i64::MAX);
        let count = usize::try_from(asked.on_demand_msg_count.unwrap_or(0)).unwrap_or(0);
        let mut conversation = generated_chat(n, messages);
        conversation.messages.retain(|m| {
            m.message
                .as_ref()
                .and_then(|info| info.message_timestamp)
                .and_then(|seconds| i64::try_from(seconds).ok())
                .is_some_and(|seconds| seconds.saturating_mul(1000) < before_ms)
        });
        let extra = conversation.messages.len().saturating_sub(count);
        conversation.messages.drain(..extra);
        let history = wa::HistorySync {
            sync_type: Some(wa::history_sync::HistorySyncType::OnDemand as i32),
            conversations: vec![conversation],
            chunk_order: Some(1),
            progress: Some(100),
            ..Default::default()
        };
        self.send_history_chunk(&history, HistoryDelivery::Blob, Some(request.id.clone()))
            .await
            .map(|_| ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_chats_are_recognised() {
        assert_eq!(generated_index(&generated_contact(12).0, 20), Some(12));
        assert_eq!(generated_index(&generated_contact(12).0, 12), None);
        assert_eq!(generated_index("15550001234@s.whatsapp.net", 20), None);
        assert_eq!(generated_index("1999000001x@s.whatsapp.net", 20), None);
    }
}
