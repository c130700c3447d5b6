//! How an `async` Python method waits for a Rust future without blocking
//! the event loop and without tying wapy to asyncio.
//!
//! Python creates a socket pair per call and hands the write end over. The
//! future runs on the process-wide tokio runtime; when it finishes, its
//! outcome goes into the call's slot and one byte goes to the socket. Python
//! awaits `anyio.wait_readable` on the read end (asyncio and trio alike),
//! then takes the outcome with [`PendingCall::result`] — the GIL is never
//! held while waiting, and no Python thread is involved. If the task is
//! aborted (the Python side was cancelled), dropping the write end closes
//! it, which also makes the read end readable: nothing waits forever.
//!
//! A whole no-op call round trip (socket pair, task spawn, wake-up, result)
//! takes about 20-25 µs (median, asyncio and trio; `benches/python_clients.py`
//! measures it with `ClientCore._noop`); calls are rare (connect, disconnect,
//! pairing), events use the client's long-lived wake-up socket instead.

use std::future::Future;
use std::sync::{Arc, Mutex};

use pyo3::exceptions::{PyOSError, PyRuntimeError};
use pyo3::prelude::*;
use pyo3::types::PyModule;
use tokio::task::AbortHandle;

use super::client::WakeSocket;
use super::errors::ToPyErr;
use super::events::ToPy;
use super::jid::PyJid;
use super::server::ServerCore;
use crate::binary::Jid;
use crate::client::groups::GroupError;
use crate::client::message::SendError;
use crate::client::newsletter::NewsletterError;
use crate::client::runtime::runtime;
use crate::client::{AppStateSyncError, ClientError, MediaSendError};
use crate::media::TransferError;
use crate::server::{Server, ServerError};

/// What a finished call returns.
pub(crate) enum Value {
    /// Nothing (`None`).
    Unit,
    /// A string (a pairing code).
    Text(String),
    /// A JID (a linked device).
    Jid(Jid),
    /// A running emulator.
    Server(Arc<Server>),
    /// Any other value, converted when Python takes it.
    Object(Converter),
}

/// Builds the Python form of a call's value (run with the GIL, once).
pub(crate) type Converter = Box<dyn FnOnce(Python<'_>) -> PyResult<Py<PyAny>> + Send>;

impl Value {
    /// The value of a call that returns `value` as its Python form.
    pub(crate) fn object<T: ToPy + Send + 'static>(value: T) -> Value {
        Value::Object(Box::new(move |py| value.to_py(py).map(Bound::unbind)))
    }
}

/// Why a call failed.
pub(crate) enum CallError {
    /// The client failed.
    Client(ClientError),
    /// The emulator failed.
    Server(ServerError),
    /// A group request failed.
    Group(GroupError),
    /// A newsletter request failed.
    Newsletter(NewsletterError),
    /// A message was not sent.
    Send(SendError),
    /// A media send failed.
    MediaSend(MediaSendError),
    /// A media transfer failed.
    Transfer(TransferError),
    /// An app-state fetch or upload failed.
    AppState(AppStateSyncError),
}

impl From<AppStateSyncError> for CallError {
    fn from(error: AppStateSyncError) -> CallError {
        CallError::AppState(error)
    }
}

impl From<SendError> for CallError {
    fn from(error: SendError) -> CallError {
        CallError::Send(error)
    }
}

impl From<MediaSendError> for CallError {
    fn from(error: MediaSendError) -> CallError {
        CallError::MediaSend(error)
    }
}

impl From<TransferError> for CallError {
    fn from(error: TransferError) -> CallError {
        CallError::Transfer(error)
    }
}

impl From<GroupError> for CallError {
    fn from(error: GroupError) -> CallError {
        CallError::Group(error)
    }
}

impl From<NewsletterError> for CallError {
    fn from(error: NewsletterError) -> CallError {
        CallError::Newsletter(error)
    }
}

impl From<ClientError> for CallError {
    fn from(error: ClientError) -> CallError {
        CallError::Client(error)
    }
}

impl From<ServerError> for CallError {
    fn from(error: ServerError) -> CallError {
        CallError::Server(error)
    }
}

type Outcome = Result<Value, CallError>;

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// A Rust future running for Python (private: the `async` methods of
/// `wapy.Client` and `wapy.testing` await it).
#[pyclass(module = "wapy._core", name = "PendingCall", frozen)]
pub struct PendingCall {
    slot: Arc<Mutex<Option<Outcome>>>,
    abort: AbortHandle,
}

/// Runs `future` on the shared runtime; its end wakes the socket whose
/// write end is `descriptor` (ownership passes to Rust).
pub(crate) fn spawn<F>(descriptor: i64, future: F) -> PyResult<PendingCall>
where
    F: Future<Output = Outcome> + Send + 'static,
{
    let waker = WakeSocket::from_descriptor(descriptor).map_err(PyOSError::new_err)?;
    let runtime = runtime().map_err(|error| PyOSError::new_err(error.to_string()))?;
    let slot = Arc::new(Mutex::new(None));
    let filled = Arc::clone(&slot);
    let task = runtime.spawn(async move {
        let outcome = future.await;
        *lock(&filled) = Some(outcome);
        waker.wake();
    });
    Ok(PendingCall {
        slot,
        abort: task.abort_handle(),
    })
}

/// Refuses a call before it starts: closes the write end `descriptor`
/// (ownership passed to Rust) and returns `error`.
pub(crate) fn reject(descriptor: i64, error: PyErr) -> PyResult<PendingCall> {
    drop(WakeSocket::from_descriptor(descriptor));
    Err(error)
}

#[pymethods]
impl PendingCall {
    /// True once the outcome is in.
    #[getter]
    fn done(&self) -> bool {
        lock(&self.slot).is_some()
    }

    /// The outcome: the value, or the typed exception. `RuntimeError` if
    /// the call has not finished (or was cancelled).
    fn result(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        let outcome = lock(&self.slot).take();
        match outcome {
            None => Err(PyRuntimeError::new_err("the call has not finished")),
            Some(Ok(Value::Unit)) => Ok(py.None()),
            Some(Ok(Value::Text(text))) => Ok(text.into_pyobject(py)?.into_any().unbind()),
            Some(Ok(Value::Jid(jid))) => Ok(Py::new(py, PyJid(jid))?.into_any()),
            Some(Ok(Value::Server(server))) => Ok(Py::new(py, ServerCore::new(server))?.into_any()),
            Some(Ok(Value::Object(convert))) => convert(py),
            Some(Err(CallError::Client(error))) => Err(error.to_py_err(py)),
            Some(Err(CallError::Server(error))) => Err(error.to_py_err(py)),
            Some(Err(CallError::Group(error))) => Err(error.to_py_err(py)),
            Some(Err(CallError::Newsletter(error))) => Err(error.to_py_err(py)),
            Some(Err(CallError::Send(error))) => Err(error.to_py_err(py)),
            Some(Err(CallError::MediaSend(error))) => Err(error.to_py_err(py)),
            Some(Err(CallError::Transfer(error))) => Err(error.to_py_err(py)),
            Some(Err(CallError::AppState(error))) => Err(error.to_py_err(py)),
        }
    }

    /// Aborts the Rust future (its write end closes).
    fn cancel(&self) {
        self.abort.abort();
    }
}

/// Adds `PendingCall` to `wapy._core`.
pub(crate) fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<PendingCall>()?;
    Ok(())
}
