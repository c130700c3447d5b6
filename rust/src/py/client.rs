//! `ClientCore`: the Rust half of `wapy.Client`. It owns the event bus and the
//! bridge that carries events to Python.
//!
//! The bridge is an [`EventHandler`] on the bus. It never takes the GIL: it
//! pushes the shared `Arc<Event>` into a queue and, only when the Python side
//! has not been signalled since its last drain, writes one byte to a wake-up
//! socket. The Python dispatcher waits for that socket to become readable,
//! then takes every queued event in one `_drain()` call: one wake-up per batch,
//! not per event.
//!
//! Until Python declares its consumers (`_set_interest`), the bridge takes
//! every kind and keeps at most [`BACKLOG_LIMIT`] events (the oldest go first),
//! so that the first consumer sees what happened before it existed without a
//! client that never consumes growing without bound.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use std::time::Duration;

use pyo3::exceptions::{PyOSError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyList, PyModule};

use super::binary::PyNode;
use super::call::{self, PendingCall, Value};
use super::errors::{invalid_argument, store_error};
use super::events::event_to_py;
use super::jid::PyJid;
use crate::binary::{Dictionary, Jid, Server};
use crate::client::runtime::runtime;
use crate::client::{Client, ClientConfig};
use crate::events::{
    CoreEventBus, Event, EventHandler, EventInterest, EventKind, HandlerId, MessageInfo,
    MessageSource, Timestamp,
};
use crate::proto::wa;
use crate::signal::PublicKey;
use crate::store::Store;

/// How many events the bridge keeps before the first consumer exists.
pub const BACKLOG_LIMIT: usize = 10_000;

/// The write end of a wake-up socket pair (the read end is Python's).
pub(crate) struct WakeSocket {
    #[cfg(unix)]
    stream: std::os::unix::net::UnixStream,
    #[cfg(not(unix))]
    stream: std::net::TcpStream,
}

impl WakeSocket {
    /// Takes ownership of a socket descriptor (Python's `socket.detach()`).
    pub(crate) fn from_descriptor(descriptor: i64) -> Result<WakeSocket, String> {
        #[cfg(unix)]
        {
            use std::os::unix::io::FromRawFd as _;
            let fd = i32::try_from(descriptor)
                .ok()
                .filter(|fd| *fd >= 0)
                .ok_or_else(|| format!("invalid socket descriptor {descriptor}"))?;
            // SAFETY: the caller hands over a connected, non-blocking socket
            // it detached from its Python object, so nothing else owns or
            // closes this descriptor; the stream closes it when dropped.
            let stream = unsafe { std::os::unix::net::UnixStream::from_raw_fd(fd) };
            Ok(WakeSocket { stream })
        }
        #[cfg(windows)]
        {
            use std::os::windows::io::FromRawSocket as _;
            let socket = u64::try_from(descriptor)
                .map_err(|_| format!("invalid socket handle {descriptor}"))?;
            // SAFETY: as above; Python's socketpair on Windows is a connected
            // loopback TCP pair whose handle was detached from its object.
            let stream = unsafe { std::net::TcpStream::from_raw_socket(socket) };
            Ok(WakeSocket { stream })
        }
        #[cfg(not(any(unix, windows)))]
        {
            Err(format!(
                "no wake-up sockets on this platform (descriptor {descriptor})"
            ))
        }
    }

    /// Writes one byte (a full buffer already means "readable").
    pub(crate) fn wake(&self) {
        use std::io::Write as _;
        match (&self.stream).write(&[1]) {
            Ok(_) => {}
            // The buffer is full: the reader has bytes to wake up for already.
            Err(error) if error.kind() == std::io::ErrorKind::WouldBlock => {}
            Err(error) => log::debug!("event wake-up write failed: {error}"),
        }
    }
}

/// The bus handler that queues events for Python.
struct Bridge {
    queue: Mutex<VecDeque<Arc<Event>>>,
    /// True from a push that found it false until the next drain: at most one
    /// wake-up byte per drain.
    signalled: AtomicBool,
    /// False until Python declared its consumers (the backlog is capped then).
    live: AtomicBool,
    waker: Mutex<Option<WakeSocket>>,
    dropped: AtomicU64,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Bridge {
    fn new() -> Bridge {
        Bridge {
            queue: Mutex::new(VecDeque::new()),
            signalled: AtomicBool::new(false),
            live: AtomicBool::new(false),
            waker: Mutex::new(None),
            dropped: AtomicU64::new(0),
        }
    }

    fn take(&self) -> VecDeque<Arc<Event>> {
        self.signalled.store(false, Ordering::Release);
        std::mem::take(&mut *lock(&self.queue))
    }
}

impl EventHandler for Bridge {
    fn handle_event(&self, event: Arc<Event>) {
        let overflowed = {
            let mut queue = lock(&self.queue);
            let overflow = !self.live.load(Ordering::Acquire) && queue.len() >= BACKLOG_LIMIT;
            if overflow {
                queue.pop_front();
            }
            queue.push_back(event);
            overflow
        };
        if overflowed && self.dropped.fetch_add(1, Ordering::Relaxed) == 0 {
            log::warn!(
                "no event consumer registered yet: keeping only the last {BACKLOG_LIMIT} events"
            );
        }
        if !self.signalled.swap(true, Ordering::AcqRel)
            && let Some(waker) = lock(&self.waker).as_ref()
        {
            waker.wake();
        }
    }
}

/// The Rust half of `wapy.Client` (private: use `wapy.Client`).
#[pyclass(module = "wapy._core", name = "ClientCore", frozen)]
pub struct ClientCore {
    bus: Arc<CoreEventBus>,
    bridge: Arc<Bridge>,
    bridge_id: HandlerId,
    client: Client,
    store: String,
    server_url: Option<String>,
    trusted_root: Option<Vec<u8>>,
}

impl ClientCore {
    /// The event bus the connection emits on.
    #[allow(dead_code)] // Used by bindings that emit on the client's bus.
    pub(crate) fn bus(&self) -> &Arc<CoreEventBus> {
        &self.bus
    }

    /// The Rust client.
    pub(crate) fn client(&self) -> &Client {
        &self.client
    }
}

/// Seconds as a duration; `InvalidArgument` when negative, not finite or huge.
fn seconds(py: Python<'_>, name: &str, value: f64) -> PyResult<Duration> {
    Duration::try_from_secs_f64(value)
        .map_err(|_| invalid_argument(py, format!("{name} must be a number of seconds >= 0")))
}

/// Builds the configuration from the options `wapy.Client` takes.
struct Options {
    server_url: Option<String>,
    trusted_root: Option<Vec<u8>>,
    forward_raw_nodes: bool,
    dictionary: Option<u8>,
    reconnect: bool,
    reconnect_delay: Option<(f64, f64)>,
    initial_prekey_count: Option<u32>,
    offline_sync_timeout: Option<f64>,
    request_timeout: Option<f64>,
    media_plain_http: bool,
}

impl Options {
    fn config(&self, py: Python<'_>) -> PyResult<ClientConfig> {
        let mut config = ClientConfig::default();
        if let Some(url) = &self.server_url {
            if !(url.starts_with("ws://") || url.starts_with("wss://")) {
                return Err(invalid_argument(
                    py,
                    format!("server_url must be a ws:// or wss:// URL, got {url:?}"),
                ));
            }
            config.url.clone_from(url);
        }
        if let Some(root) = &self.trusted_root {
            if root.len() != 32 {
                return Err(invalid_argument(
                    py,
                    format!(
                        "trusted_root must be a 32-byte public key, got {} bytes",
                        root.len()
                    ),
                ));
            }
            config.trusted_root = PublicKey::from_bytes(root)
                .map_err(|error| invalid_argument(py, format!("trusted_root: {error}")))?;
        }
        config.raw_node_forwarding = self.forward_raw_nodes;
        config.dictionary = match self.dictionary {
            None | Some(3) => Dictionary::V3,
            Some(2) => Dictionary::V2,
            Some(other) => {
                return Err(invalid_argument(
                    py,
                    format!("no dictionary version {other}"),
                ));
            }
        };
        config.reconnect.enabled = self.reconnect;
        if let Some((initial, max)) = self.reconnect_delay {
            config.reconnect.initial_delay = seconds(py, "reconnect_delay", initial)?;
            config.reconnect.max_delay = seconds(py, "reconnect_delay", max)?;
        }
        if let Some(count) = self.initial_prekey_count {
            if count == 0 {
                return Err(invalid_argument(
                    py,
                    "initial_prekey_count must be at least 1",
                ));
            }
            config.initial_prekey_count = count;
        }
        if let Some(timeout) = self.offline_sync_timeout {
            config.offline_sync_timeout = seconds(py, "offline_sync_timeout", timeout)?;
        }
        if let Some(timeout) = self.request_timeout {
            if timeout <= 0.0 {
                return Err(invalid_argument(py, "request_timeout must be positive"));
            }
            config.iq_timeout = seconds(py, "request_timeout", timeout)?;
        }
        if self.media_plain_http {
            // Plain HTTP, loopback hosts only (the emulator's media server).
            config.media = crate::media::TransferConfig::emulator();
        }
        Ok(config)
    }
}

impl Drop for ClientCore {
    fn drop(&mut self) {
        // A running client is a background task that outlives its handles:
        // stop it, without blocking the thread that drops the object.
        if self.client.is_running() {
            let client = self.client.clone();
            match runtime() {
                Ok(runtime) => {
                    runtime.spawn(async move { client.disconnect().await });
                }
                Err(error) => log::error!("client dropped while running, not stopped: {error}"),
            }
        }
        self.bus.remove_handler(self.bridge_id);
    }
}

#[pymethods]
impl ClientCore {
    #[new]
    #[pyo3(signature = (
        store,
        server_url = None,
        trusted_root = None,
        forward_raw_nodes = false,
        *,
        dictionary = None,
        reconnect = true,
        reconnect_delay = None,
        initial_prekey_count = None,
        offline_sync_timeout = None,
        request_timeout = None,
        media_plain_http = false,
    ))]
    #[allow(clippy::too_many_arguments)] // The keyword options of `wapy.Client`.
    fn new(
        py: Python<'_>,
        store: String,
        server_url: Option<String>,
        trusted_root: Option<Vec<u8>>,
        forward_raw_nodes: bool,
        dictionary: Option<u8>,
        reconnect: bool,
        reconnect_delay: Option<(f64, f64)>,
        initial_prekey_count: Option<u32>,
        offline_sync_timeout: Option<f64>,
        request_timeout: Option<f64>,
        media_plain_http: bool,
    ) -> PyResult<ClientCore> {
        let options = Options {
            server_url: server_url.clone(),
            trusted_root: trusted_root.clone(),
            forward_raw_nodes,
            dictionary,
            reconnect,
            reconnect_delay,
            initial_prekey_count,
            offline_sync_timeout,
            request_timeout,
            media_plain_http,
        };
        let config = options.config(py)?;
        let opened = py.detach(|| {
            if store == ":memory:" {
                Store::open_in_memory()
            } else {
                Store::open(&store)
            }
        });
        let opened = opened.map_err(|error| {
            log::warn!("store {store:?} not opened: {error}");
            store_error(py, format!("cannot open the store {store:?}: {error}"))
        })?;
        let bus = Arc::new(CoreEventBus::new());
        let bridge = Arc::new(Bridge::new());
        let bridge_id = bus.add_handler(bridge.clone());
        let client = Client::with_event_bus(opened, config, Arc::clone(&bus));
        Ok(ClientCore {
            bus,
            bridge,
            bridge_id,
            client,
            store,
            server_url,
            trusted_root,
        })
    }

    /// The store location given to the client.
    #[getter]
    fn store(&self) -> &str {
        &self.store
    }

    /// The server URL override, if any.
    #[getter]
    fn server_url(&self) -> Option<&str> {
        self.server_url.as_deref()
    }

    /// The trusted Noise root key override, if any.
    #[getter]
    fn trusted_root<'py>(&self, py: Python<'py>) -> Option<Bound<'py, PyBytes>> {
        self.trusted_root
            .as_ref()
            .map(|root| PyBytes::new(py, root))
    }

    /// True when every received stanza is also emitted as `RawNode`.
    #[getter]
    fn forward_raw_nodes(&self) -> bool {
        self.client
            .inner
            .raw_node_forwarding
            .load(Ordering::Relaxed)
    }

    /// Turns raw-node forwarding on or off (takes effect at once).
    fn set_raw_node_forwarding(&self, enabled: bool) {
        self.client.set_raw_node_forwarding(enabled);
    }

    /// True while logged in.
    #[getter]
    fn is_connected(&self) -> bool {
        self.client.is_connected()
    }

    /// True while the connection supervisor runs (connected, connecting or
    /// waiting to reconnect).
    #[getter]
    fn is_running(&self) -> bool {
        self.client.is_running()
    }

    /// Our device JID, once paired.
    #[getter]
    fn jid(&self, py: Python<'_>) -> Option<PyJid> {
        let client = &self.client;
        py.detach(|| client.jid()).map(PyJid)
    }

    /// Our LID, once known.
    #[getter]
    fn lid(&self, py: Python<'_>) -> Option<PyJid> {
        let client = &self.client;
        py.detach(|| client.lid()).map(PyJid)
    }

    /// Starts connecting; see `wapy.Client.connect`.
    fn connect(&self, waker: i64) -> PyResult<PendingCall> {
        let client = self.client.clone();
        call::spawn(waker, async move {
            client.connect().await?;
            Ok(Value::Unit)
        })
    }

    /// Disconnects and stops reconnecting (idempotent).
    fn disconnect(&self, waker: i64) -> PyResult<PendingCall> {
        let client = self.client.clone();
        call::spawn(waker, async move {
            client.disconnect().await;
            Ok(Value::Unit)
        })
    }

    /// Unlinks this device and deletes its identity.
    fn logout(&self, waker: i64) -> PyResult<PendingCall> {
        let client = self.client.clone();
        call::spawn(waker, async move {
            client.logout().await?;
            Ok(Value::Unit)
        })
    }

    /// Asks for a pairing code for `phone`; the call returns the code.
    fn pair_phone(&self, waker: i64, phone: String) -> PyResult<PendingCall> {
        let client = self.client.clone();
        call::spawn(waker, async move {
            Ok(Value::Text(client.pair_phone(&phone).await?))
        })
    }

    /// Sends a stanza on the current connection.
    fn send_node(
        &self,
        py: Python<'_>,
        waker: i64,
        node: &Bound<'_, PyNode>,
    ) -> PyResult<PendingCall> {
        let node = node.get().to_rust(py, 0)?;
        let client = self.client.clone();
        call::spawn(waker, async move {
            client.send_node(node).await?;
            Ok(Value::Unit)
        })
    }

    /// Stops the client without waiting (the Python object was dropped):
    /// the disconnect runs on the runtime.
    fn _stop(&self) {
        if self.client.is_running() {
            let client = self.client.clone();
            match runtime() {
                Ok(runtime) => {
                    runtime.spawn(async move { client.disconnect().await });
                }
                Err(error) => log::error!("client not stopped: {error}"),
            }
        }
    }

    /// A call that does nothing (measures the call bridge).
    fn _noop(&self, waker: i64) -> PyResult<PendingCall> {
        call::spawn(waker, async { Ok(Value::Unit) })
    }

    /// Hands over the write end of the wake-up socket pair (a detached,
    /// connected, non-blocking socket descriptor).
    fn _attach_waker(&self, descriptor: i64) -> PyResult<()> {
        let socket = WakeSocket::from_descriptor(descriptor).map_err(PyOSError::new_err)?;
        let previous = lock(&self.bridge.waker).replace(socket);
        drop(previous);
        // Events queued before the socket existed need a wake-up too.
        if self.bridge.signalled.load(Ordering::Acquire)
            && let Some(waker) = lock(&self.bridge.waker).as_ref()
        {
            waker.wake();
        }
        Ok(())
    }

    /// Takes every queued event, as event objects in emission order.
    fn _drain<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let batch = self.bridge.take();
        let list = PyList::empty(py);
        for event in batch {
            let kind = event.kind();
            match event_to_py(py, event) {
                Ok(object) => list.append(object)?,
                Err(error) => log::error!("{} event not converted: {error}", kind.name()),
            }
        }
        Ok(list)
    }

    /// Declares which kinds Python consumes (`None`: all) and ends the
    /// backlog phase. Events of other kinds no longer reach the queue.
    #[pyo3(signature = (kinds))]
    fn _set_interest(&self, kinds: Option<Vec<usize>>) -> PyResult<()> {
        let interest = match kinds {
            None => EventInterest::ALL,
            Some(kinds) => kinds
                .into_iter()
                .map(|index| {
                    EventKind::from_index(index)
                        .ok_or_else(|| PyValueError::new_err(format!("no event kind {index}")))
                })
                .collect::<PyResult<EventInterest>>()?,
        };
        self.bridge.live.store(true, Ordering::Release);
        self.bus.set_interest(self.bridge_id, interest);
        Ok(())
    }

    /// Stops delivery to Python: unregisters the bridge, closes the wake-up
    /// socket and drops queued events.
    fn _close(&self) {
        self.bus.remove_handler(self.bridge_id);
        drop(lock(&self.bridge.waker).take());
        self.bridge.take();
    }

    /// Test-only: emits the event described by `event_json` (the serde form,
    /// as `to_dict()` returns it) on the bus.
    fn _emit_for_tests(&self, py: Python<'_>, event_json: &str) -> PyResult<()> {
        let event: Event = serde_json::from_str(event_json)
            .map_err(|error| PyValueError::new_err(format!("not an event: {error}")))?;
        let bus = Arc::clone(&self.bus);
        py.detach(move || bus.dispatch(event));
        Ok(())
    }

    /// Benchmark-only: emits `count` `Message` events, each carrying a
    /// `payload_len`-byte protobuf, from a new Rust thread as fast as it can.
    #[pyo3(signature = (count, payload_len = 200))]
    fn _emit_burst_for_tests(&self, count: usize, payload_len: usize) -> PyResult<()> {
        let bus = Arc::clone(&self.bus);
        let message = burst_message(payload_len);
        let info = burst_info()?;
        std::thread::Builder::new()
            .name("wapy-burst".into())
            .spawn(move || {
                for index in 0..count {
                    let mut info = info.clone();
                    info.id = format!("3EB0{index:018X}");
                    bus.dispatch(Event::Message(Box::new(message.clone()), Arc::new(info)));
                }
            })
            .map_err(|error| PyOSError::new_err(error.to_string()))?;
        Ok(())
    }
}

/// A text message whose encoding is `payload_len` bytes (at least 3).
fn burst_message(payload_len: usize) -> wa::Message {
    // Field 1 tag, a length varint (two bytes from 128), then the text.
    let overhead = if payload_len > 129 { 3 } else { 2 };
    wa::Message {
        conversation: Some("x".repeat(payload_len.saturating_sub(overhead))),
        ..Default::default()
    }
}

fn burst_info() -> PyResult<MessageInfo> {
    let chat = Jid::new("15550001111", Server::User);
    let sender = Jid::with_device("15550001111", Server::User, 3);
    let mut source = MessageSource::new(chat, sender);
    source.sender_alt = Some(Jid::with_device("113127169256958", Server::Lid, 3));
    let mut info = MessageInfo::new(source, "", Timestamp(1_700_000_000));
    info.push_name = "Bench".into();
    Ok(info)
}

/// Adds `ClientCore` to `wapy._core`.
pub(crate) fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<ClientCore>()?;
    module.add("EVENT_BACKLOG_LIMIT", BACKLOG_LIMIT)?;
    Ok(())
}
