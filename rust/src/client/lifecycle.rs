//! The [`Client`] handle and its supervisor: one task per client that runs
//! connections one after another and decides, from how each one ended,
//! whether to reconnect (now, after a backoff, or never).
//!
//! ```text
//!   connect() ──► attempt ──► established ──► … ──► ended ──┬─ restart (515) ───────► attempt
//!                   │                                       ├─ transient ─ backoff ─► attempt
//!                   └─ failed (first attempt) ─► Err        └─ permanent ───────────► stopped
//! ```
//!
//! "Established" is the point where [`Client::connect`] returns: `Connected`
//! on the login path, the first QR code on the registration path. Transient
//! ends are network failures, malformed frames or stanzas, dead keepalives,
//! `<xmlstreamend/>`, stream errors other than the ones below and failures
//! 500/503. Permanent ends: [`Client::disconnect`], replaced by another
//! connection, logged out (credentials deleted), temporary ban, outdated
//! client, other `<failure>`s, QR refs exhausted.

use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use tokio::sync::{mpsc, oneshot, watch};
use tokio::task::JoinHandle;

use super::config::ClientConfig;
use super::connection::{self, Command, End};
use super::error::{ClientError, IqError};
use super::notice::{EndReason, EventSummary};
use super::pair_code::PairCodeState;
use super::request::Requests;
use crate::binary::{Jid, Node, OwnedNodeRef};
use crate::events::{CoreEventBus, Event};
use crate::store::Store;

/// How long [`Client::disconnect`] waits for the connection to close
/// politely before cutting it.
const STOP_GRACE: Duration = Duration::from_secs(3);

struct Running {
    stop: watch::Sender<bool>,
    task: JoinHandle<()>,
    id: u64,
}

pub(crate) struct Inner {
    pub(crate) config: ClientConfig,
    pub(crate) store: Store,
    pub(crate) bus: Arc<CoreEventBus>,
    pub(crate) requests: Requests,
    pub(crate) raw_node_forwarding: AtomicBool,
    /// Logged in (after `Connected`).
    pub(crate) logged_in: AtomicBool,
    /// The current connection's command channel.
    pub(crate) commands: Mutex<Option<mpsc::UnboundedSender<Command>>>,
    /// Incremented for each connection; stale tasks compare it.
    pub(crate) generation: AtomicU64,
    /// Server clock minus ours, in seconds.
    pub(crate) server_time_offset: AtomicI64,
    /// A code-linking exchange in progress.
    pub(crate) pair_code: Mutex<Option<PairCodeState>>,
    /// Resolves the pending [`Client::connect`].
    pub(crate) first: Mutex<Option<oneshot::Sender<Result<(), ClientError>>>>,
    /// Offline-sync notices held until `Connected`.
    pub(crate) offline_gate: Mutex<super::offline::Gate>,
    /// State kept current by notifications (group info, device lists...).
    pub(crate) notifications: super::notifications::NotificationState,
    /// Messaging state (pending acks, device lists, retries).
    pub(crate) messaging: super::message::MessagingState,
    /// Media transfers and pending media retries.
    pub(crate) media: super::media::MediaState,
    /// Serialises app-state fetches and uploads.
    pub(crate) app_state_lock: tokio::sync::Mutex<()>,
    /// History sync notifications, handled in arrival order by one task.
    pub(crate) history_queue: Mutex<Option<super::history::HistoryQueue>>,
    running: Mutex<Option<Running>>,
    runs: AtomicU64,
}

pub(crate) fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl Inner {
    /// The one place events leave the client.
    pub(crate) fn emit(&self, event: Event) {
        log::debug!("event: {}", EventSummary(&event));
        self.bus.dispatch(event);
    }

    /// Emits the event `build` makes, only if a handler wants its kind.
    pub(crate) fn emit_with(&self, kind: crate::events::EventKind, build: impl FnOnce() -> Event) {
        self.bus.dispatch_with(kind, build);
    }

    /// Resolves a pending [`Client::connect`].
    pub(crate) fn resolve_first(&self, result: Result<(), ClientError>) {
        if let Some(first) = lock(&self.first).take() {
            let _ = first.send(result);
        }
    }
}

/// A WhatsApp Web client: one linked device, its store and its connection.
///
/// Cheap to clone (an `Arc`); every clone drives the same client. All
/// methods are safe to call from any task. Events are delivered to the
/// handlers of its [`CoreEventBus`] ([`Client::event_bus`], or
/// [`Client::subscribe`] for a channel). A running client is a background task:
/// dropping every handle does not stop it — call
/// [`disconnect`](Client::disconnect) (bindings do so when their object
/// is dropped).
#[derive(Clone)]
pub struct Client {
    pub(crate) inner: Arc<Inner>,
}

impl std::fmt::Debug for Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Client")
            .field("url", &self.inner.config.url)
            .field("store", &self.inner.store)
            .field("logged_in", &self.is_connected())
            .finish_non_exhaustive()
    }
}

impl Client {
    /// A client for the device in `store` (created unpaired on first
    /// connect if the store has none).
    pub fn new(store: Store, config: ClientConfig) -> Client {
        Client::with_event_bus(store, config, Arc::new(CoreEventBus::new()))
    }

    /// A client that emits its events on `bus` (e.g. a bus shared with a
    /// language binding that registered its handlers first).
    pub fn with_event_bus(store: Store, config: ClientConfig, bus: Arc<CoreEventBus>) -> Client {
        let raw = config.raw_node_forwarding;
        Client {
            inner: Arc::new(Inner {
                config,
                store,
                bus,
                requests: Requests::default(),
                raw_node_forwarding: AtomicBool::new(raw),
                logged_in: AtomicBool::new(false),
                commands: Mutex::new(None),
                generation: AtomicU64::new(0),
                server_time_offset: AtomicI64::new(0),
                pair_code: Mutex::new(None),
                notifications: Default::default(),
                first: Mutex::new(None),
                offline_gate: Mutex::default(),
                messaging: Default::default(),
                media: Default::default(),
                app_state_lock: tokio::sync::Mutex::new(()),
                history_queue: Mutex::new(None),
                running: Mutex::new(None),
                runs: AtomicU64::new(0),
            }),
        }
    }

    /// The configuration.
    pub fn config(&self) -> &ClientConfig {
        &self.inner.config
    }

    /// The store.
    pub fn store(&self) -> &Store {
        &self.inner.store
    }

    /// The bus this client emits its events on: register
    /// [`EventHandler`](crate::events::EventHandler)s here.
    pub fn event_bus(&self) -> &Arc<CoreEventBus> {
        &self.inner.bus
    }

    /// A channel receiving every event emitted from now on (unbounded; the
    /// registration ends when the receiver is dropped, at the next event).
    pub fn subscribe(&self) -> async_channel::Receiver<Arc<Event>> {
        self.inner.bus.subscribe()
    }

    /// Emit every received stanza as [`Event::RawNode`] before it is
    /// processed (off by default; free when off).
    pub fn set_raw_node_forwarding(&self, enabled: bool) {
        self.inner
            .raw_node_forwarding
            .store(enabled, Ordering::Relaxed);
    }

    /// Whether the client is logged in (between `Connected` and the end of
    /// that connection).
    pub fn is_connected(&self) -> bool {
        self.inner.logged_in.load(Ordering::Acquire)
    }

    /// Whether the supervisor runs (connected, connecting, or waiting to
    /// reconnect).
    pub fn is_running(&self) -> bool {
        lock(&self.inner.running)
            .as_ref()
            .is_some_and(|running| !running.task.is_finished())
    }

    /// Our device JID, once paired.
    pub fn jid(&self) -> Option<Jid> {
        self.inner
            .store
            .device()
            .ok()
            .flatten()
            .and_then(|device| device.jid.clone())
    }

    /// Our LID, once known.
    pub fn lid(&self) -> Option<Jid> {
        self.inner
            .store
            .device()
            .ok()
            .flatten()
            .and_then(|device| device.lid.clone())
    }

    /// The server's clock minus ours, in seconds (from `<success t>`).
    pub fn server_time_offset(&self) -> i64 {
        self.inner.server_time_offset.load(Ordering::Relaxed)
    }

    /// Connects, and keeps reconnecting after transient failures until
    /// [`disconnect`](Client::disconnect) or a permanent end.
    ///
    /// Returns once the first connection attempt is established — on the
    /// login path when `Connected` fires (after `<success>`, the prekey check
    /// and `<active/>`); on the registration path when the first QR code
    /// fires — or with the error that ended that first attempt (network,
    /// handshake and certificate errors, `<failure>`...). A failed first
    /// attempt is not retried. Calling it while the client runs returns
    /// `Ok(())` at once.
    pub async fn connect(&self) -> Result<(), ClientError> {
        let (tx, rx) = oneshot::channel();
        {
            let mut running = lock(&self.inner.running);
            if running
                .as_ref()
                .is_some_and(|running| !running.task.is_finished())
            {
                return Ok(());
            }
            *lock(&self.inner.first) = Some(tx);
            let (stop_tx, stop_rx) = watch::channel(false);
            let id = self.inner.runs.fetch_add(1, Ordering::Relaxed);
            let task = tokio::spawn(supervise(self.clone(), stop_rx, id));
            *running = Some(Running {
                stop: stop_tx,
                task,
                id,
            });
        }
        rx.await.unwrap_or(Err(ClientError::Stopped))
    }

    /// Closes the connection and stops reconnecting. Waits a few seconds at
    /// most; never hangs. Idempotent.
    pub async fn disconnect(&self) {
        let running = lock(&self.inner.running).take();
        let Some(running) = running else {
            return;
        };
        let _ = running.stop.send(true);
        let mut task = running.task;
        if tokio::time::timeout(STOP_GRACE, &mut task).await.is_err() {
            log::warn!("connection did not close in time; cutting it");
            task.abort();
            self.inner.logged_in.store(false, Ordering::Release);
            *lock(&self.inner.commands) = None;
            self.inner.requests.cancel_all();
        }
    }

    /// Unlinks this device (`<remove-companion-device>`), disconnects and
    /// deletes the stored identity. The next [`connect`](Client::connect)
    /// starts a new registration.
    pub async fn logout(&self) -> Result<(), ClientError> {
        let jid = self.jid().ok_or(ClientError::NotLoggedIn)?;
        if !self.is_connected() {
            return Err(ClientError::NotConnected);
        }
        let node = super::request::iq(
            self.next_id(),
            "md",
            "set",
            vec![
                Node::new("remove-companion-device")
                    .attr("jid", &jid)
                    .attr("reason", "user_initiated"),
            ],
        );
        self.send_iq(node).await?;
        self.disconnect().await;
        self.inner.store.delete_device()?;
        Ok(())
    }

    /// A fresh request id.
    pub fn next_id(&self) -> String {
        self.inner.requests.next_id()
    }

    /// Sends a stanza on the current connection.
    pub async fn send_node(&self, node: Node) -> Result<(), ClientError> {
        let (tx, rx) = oneshot::channel();
        self.command(Command::Send(node, Some(tx)))?;
        rx.await.unwrap_or(Err(ClientError::NotConnected))
    }

    fn command(&self, command: Command) -> Result<(), ClientError> {
        let sender = lock(&self.inner.commands).clone();
        sender
            .ok_or(ClientError::NotConnected)?
            .send(command)
            .map_err(|_| ClientError::NotConnected)
    }

    /// Sends an `<iq>` and waits for its answer (the default timeout). An
    /// `id` is added when the node has none. `type="error"` answers are
    /// [`IqError::Server`].
    pub async fn send_iq(&self, node: Node) -> Result<Arc<OwnedNodeRef>, IqError> {
        self.send_iq_timeout(node, self.inner.config.iq_timeout)
            .await
    }

    /// [`send_iq`](Client::send_iq) with an explicit timeout.
    pub async fn send_iq_timeout(
        &self,
        mut node: Node,
        timeout: Duration,
    ) -> Result<Arc<OwnedNodeRef>, IqError> {
        let id = match node.attr_value("id") {
            Some(id) => id.as_str().into_owned(),
            None => {
                let id = self.next_id();
                node.attrs.insert(0, ("id".into(), id.clone().into()));
                id
            }
        };
        let answer = self.inner.requests.register(id.clone());
        if self.command(Command::Send(node, None)).is_err() {
            self.inner.requests.forget(&id);
            return Err(IqError::NotConnected);
        }
        match tokio::time::timeout(timeout, answer).await {
            Ok(Ok(answer)) => answer,
            Ok(Err(_)) => Err(IqError::Disconnected),
            Err(_) => {
                self.inner.requests.forget(&id);
                Err(IqError::Timeout(timeout))
            }
        }
    }
}

/// What the supervisor does after a connection ended.
enum Next {
    Now,
    Backoff(ClientError),
    Stop(EndReason, ClientError),
}

fn next_step(end: End) -> Next {
    match end {
        End::Requested => Next::Stop(EndReason::Requested, ClientError::Stopped),
        End::Restart => Next::Now,
        End::Transient(error) => Next::Backoff(error),
        End::Permanent(reason, error) => Next::Stop(reason, error),
    }
}

async fn supervise(client: Client, mut stop: watch::Receiver<bool>, run_id: u64) {
    let inner = &client.inner;
    let policy = inner.config.reconnect;
    let mut failures: u32 = 0;
    loop {
        let (end, established) = connection::run(&client, &mut stop).await;
        inner.logged_in.store(false, Ordering::Release);
        *lock(&inner.commands) = None;
        inner.requests.cancel_all();
        inner.messaging.cancel_acks();
        if established {
            failures = 0;
        }
        let next = next_step(end);
        let first_pending = lock(&inner.first).is_some();
        match next {
            Next::Now => {
                inner.emit(EndReason::RestartRequired.to_event(true));
                continue;
            }
            Next::Stop(reason, error) => {
                inner.resolve_first(Err(error));
                inner.emit(reason.to_event(false));
                break;
            }
            Next::Backoff(error) => {
                if first_pending {
                    // The first attempt is not retried: connect() reports it.
                    inner.resolve_first(Err(error.clone()));
                    inner.emit(EndReason::ConnectionLost(error.to_string()).to_event(false));
                    break;
                }
                failures = failures.saturating_add(1);
                let gives_up = policy.max_attempts.is_some_and(|max| failures > max);
                let will_reconnect = policy.enabled && !gives_up;
                inner.emit(EndReason::ConnectionLost(error.to_string()).to_event(will_reconnect));
                if !policy.enabled {
                    break;
                }
                if gives_up {
                    inner.emit(EndReason::GaveUp.to_event(false));
                    break;
                }
                let delay = policy.delay(failures);
                log::info!("reconnecting in {delay:?} (attempt {failures}) after: {error}");
                tokio::select! {
                    biased;
                    _ = stop.changed() => {
                        inner.emit(EndReason::Requested.to_event(false));
                        break;
                    }
                    _ = tokio::time::sleep(delay) => {}
                }
            }
        }
    }
    inner.resolve_first(Err(ClientError::Stopped));
    let mut running = lock(&inner.running);
    if running.as_ref().is_some_and(|running| running.id == run_id) {
        *running = None;
    }
}
