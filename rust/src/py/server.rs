//! `ServerCore` and `PhoneCore`: the Rust halves of `wapy.testing.Server`
//! and `wapy.testing.Phone` (the local emulator and its simulated phones).
//! Conversion only; the emulator's behaviour lives in `crate::server`.

use std::net::SocketAddr;
use std::sync::Arc;

use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyModule};

use super::binary::PyNode;
use super::call::{self, PendingCall, Value};
use super::client::ClientCore;
use super::errors::{ToPyErr, invalid_argument, store_error};
use super::jid::PyJid;
use crate::client::runtime::runtime;
use crate::server::{
    GroupAddressing, InitialSyncConfig, Phone, PhoneSyncSettings, Server, ServerConfig,
};
use crate::store::Store;

/// A running emulator (private: use `wapy.testing.Server`).
#[pyclass(module = "wapy._core", name = "ServerCore", frozen)]
pub struct ServerCore {
    server: Arc<Server>,
}

impl ServerCore {
    /// Wraps a started emulator.
    pub(crate) fn new(server: Arc<Server>) -> ServerCore {
        ServerCore { server }
    }

    /// The emulator.
    pub(crate) fn server(&self) -> &Arc<Server> {
        &self.server
    }
}

impl Drop for ServerCore {
    fn drop(&mut self) {
        // Dropping the Rust server does not stop it: do so, without blocking.
        let server = Arc::clone(&self.server);
        match runtime() {
            Ok(runtime) => {
                runtime.spawn(async move { server.shutdown().await });
            }
            Err(error) => log::error!("emulator dropped, not shut down: {error}"),
        }
    }
}

#[pymethods]
impl ServerCore {
    /// Starts an emulator on loopback (`port` 0: an ephemeral one); the call
    /// returns the `ServerCore`.
    /// `initial_sync` (chats, messages per chat, recent chats, inline
    /// limit) is what phones send right after linking, `None` nothing.
    /// `group_addressing` (`pn` or `lid`) is how new groups are addressed.
    #[staticmethod]
    #[pyo3(signature = (waker, port = 0, initial_sync = None, group_addressing = "pn"))]
    fn start(
        py: Python<'_>,
        waker: i64,
        port: u16,
        initial_sync: Option<(usize, usize, usize, usize)>,
        group_addressing: &str,
    ) -> PyResult<PendingCall> {
        let Some(group_addressing) = GroupAddressing::parse(group_addressing) else {
            log::warn!("emulator not started: unknown group addressing {group_addressing:?}");
            return Err(invalid_argument(
                py,
                format!("group_addressing must be \"pn\" or \"lid\", not {group_addressing:?}"),
            ));
        };
        let initial_sync =
            initial_sync.map(|(chats, messages_per_chat, recent_chats, inline_limit)| {
                InitialSyncConfig {
                    chats,
                    messages_per_chat,
                    recent_chats,
                    inline_limit,
                }
            });
        let config = ServerConfig {
            bind: SocketAddr::from(([127, 0, 0, 1], port)),
            phone_sync: PhoneSyncSettings {
                initial_sync,
                ..PhoneSyncSettings::default()
            },
            group_addressing,
            ..ServerConfig::default()
        };
        call::spawn(waker, async move {
            let server = Server::start(config).await?;
            Ok(Value::Server(Arc::new(server)))
        })
    }

    /// Sends `<xmlstreamend/>` to every connection, closes them and stops
    /// listening (bounded).
    fn shutdown(&self, waker: i64) -> PyResult<PendingCall> {
        let server = Arc::clone(&self.server);
        call::spawn(waker, async move {
            server.shutdown().await;
            Ok(Value::Unit)
        })
    }

    /// The WebSocket URL clients connect to.
    #[getter]
    fn url(&self) -> String {
        self.server.url()
    }

    /// The listening port.
    #[getter]
    fn port(&self) -> u16 {
        self.server.addr().port()
    }

    /// The root public key clients must trust (32 bytes).
    #[getter]
    fn trusted_root<'py>(&self, py: Python<'py>) -> Bound<'py, PyBytes> {
        PyBytes::new(py, self.server.root_public_key().as_bytes())
    }

    /// Noise handshakes completed so far.
    #[getter]
    fn handshakes(&self) -> u64 {
        self.server.handshakes()
    }

    /// Adds an account with a simulated phone (or returns the existing one).
    fn add_account(&self, phone_number: &str) -> PhoneCore {
        PhoneCore {
            phone: self.server.add_account(phone_number),
        }
    }

    /// Moves the account of `old` to the number `new_number` (keeping its
    /// LID and devices) and announces it; the account's phone.
    fn change_number(&self, py: Python<'_>, old: PyJid, new_number: &str) -> PyResult<PhoneCore> {
        self.server
            .change_number(&old.0, new_number)
            .map(|phone| PhoneCore { phone })
            .map_err(|error| error.to_py_err(py))
    }

    /// The phone of an existing account.
    fn phone(&self, phone_number: &str) -> Option<PhoneCore> {
        self.server
            .phone(phone_number)
            .map(|phone| PhoneCore { phone })
    }

    /// The devices logged in right now, one entry per open connection
    /// (`None` for a connection not logged in).
    fn connections(&self) -> Vec<Option<PyJid>> {
        self.server
            .connections()
            .into_iter()
            .map(|info| info.device.map(PyJid))
            .collect()
    }

    /// Whether `device` is logged in on some connection.
    fn is_online(&self, device: PyJid) -> bool {
        self.server.is_online(&device.0)
    }

    /// Cuts `device`'s TCP connection without a word; False if not online.
    fn drop_connection(&self, device: PyJid) -> bool {
        self.server.drop_connection(&device.0)
    }

    /// Sends `<stream:error code/>` to `device` and closes its connection.
    fn send_stream_error(&self, device: PyJid, code: &str) -> bool {
        self.server.send_stream_error(&device.0, Some(code), None)
    }

    /// Sends a stanza to `device`; False if not online.
    fn send_node(&self, py: Python<'_>, device: PyJid, node: &Bound<'_, PyNode>) -> PyResult<bool> {
        let node = node.get().to_rust(py, 0)?;
        Ok(self.server.send_node(&device.0, node))
    }
}

/// A simulated primary phone (private: use `wapy.testing.Phone`).
#[pyclass(module = "wapy._core", name = "PhoneCore", frozen)]
pub struct PhoneCore {
    phone: Phone,
}

impl PhoneCore {
    /// The simulated phone.
    pub(crate) fn phone(&self) -> &Phone {
        &self.phone
    }
}

#[pymethods]
impl PhoneCore {
    /// The phone number (digits).
    #[getter]
    fn phone_number(&self) -> &str {
        self.phone.phone_number()
    }

    /// The account's phone-number JID.
    #[getter]
    fn jid(&self) -> PyJid {
        PyJid(self.phone.jid())
    }

    /// The account's LID.
    #[getter]
    fn lid(&self) -> Option<PyJid> {
        self.phone.lid().map(PyJid)
    }

    /// The linked companions.
    #[getter]
    fn devices(&self) -> Vec<PyJid> {
        self.phone.devices().into_iter().map(PyJid).collect()
    }

    /// Scans a QR code a companion shows; the call returns its new JID.
    fn scan_qr(&self, waker: i64, code: String) -> PyResult<PendingCall> {
        let phone = self.phone.clone();
        call::spawn(
            waker,
            async move { Ok(Value::Jid(phone.scan_qr(&code).await?)) },
        )
    }

    /// Types the pairing code a companion shows; the call returns its JID.
    fn enter_pairing_code(&self, waker: i64, code: String) -> PyResult<PendingCall> {
        let phone = self.phone.clone();
        call::spawn(waker, async move {
            Ok(Value::Jid(phone.enter_pairing_code(&code).await?))
        })
    }

    /// Unlinks a companion (it is logged out if online); False if unknown.
    fn unlink(&self, device: PyJid) -> bool {
        self.phone.unlink(&device.0)
    }

    /// Links the device of `client` without a connection; returns its JID.
    fn provision_client(&self, py: Python<'_>, client: &Bound<'_, ClientCore>) -> PyResult<PyJid> {
        let store = client.get().client().store().clone();
        let phone = &self.phone;
        py.detach(|| phone.provision_companion(&store))
            .map(PyJid)
            .map_err(|error| error.to_py_err(py))
    }

    /// Links the device in the SQLite store at `path` (created if absent)
    /// without a connection; returns its JID.
    fn provision_path(&self, py: Python<'_>, path: String) -> PyResult<PyJid> {
        if path == ":memory:" {
            return Err(invalid_argument(
                py,
                "an in-memory store can only be provisioned through its client",
            ));
        }
        let phone = &self.phone;
        let store = py
            .detach(|| Store::open(&path))
            .map_err(|error| store_error(py, format!("cannot open the store {path:?}: {error}")))?;
        py.detach(|| phone.provision_companion(&store))
            .map(PyJid)
            .map_err(|error| error.to_py_err(py))
    }
}

/// Adds `ServerCore` and `PhoneCore` to `wapy._core`.
pub(crate) fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<ServerCore>()?;
    module.add_class::<PhoneCore>()?;
    Ok(())
}
