//! The one place where Rust errors become Python exceptions. The classes live
//! in `wapy._errors` (the documented tree); each is imported once, lazily.

use std::fmt::Display;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyType;

use crate::binary::{DecodeError, EncodeError, JidError};
use crate::client::groups::GroupError;
use crate::client::message::SendError;
use crate::client::newsletter::NewsletterError;
use crate::client::{AppStateSyncError, ClientError, IqError, MediaSendError};
use crate::media::{MediaConnError, TransferError};
use crate::server::ServerError;
use crate::sync::app_state::AppStateError;

static DECODE_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();

/// An instance of the `wapy._errors` class cached in `cell`, with `message`.
fn wapy_error(
    py: Python<'_>,
    cell: &'static PyOnceLock<Py<PyType>>,
    name: &str,
    message: String,
) -> PyErr {
    match cell.import(py, "wapy._errors", name) {
        Ok(class) => PyErr::from_type(class.clone(), message),
        Err(import_failed) => import_failed,
    }
}

/// `wapy.DecodeError` with `message`.
pub(crate) fn decode_error(py: Python<'_>, message: impl Display) -> PyErr {
    wapy_error(py, &DECODE_ERROR, "DecodeError", message.to_string())
}

/// Conversion of the core's error types.
pub(crate) trait ToPyErr {
    /// The Python exception for this error.
    fn to_py_err(&self, py: Python<'_>) -> PyErr;
}

impl ToPyErr for DecodeError {
    fn to_py_err(&self, py: Python<'_>) -> PyErr {
        log::debug!("stanza rejected: {self}");
        decode_error(py, self)
    }
}

impl ToPyErr for JidError {
    fn to_py_err(&self, py: Python<'_>) -> PyErr {
        decode_error(py, self)
    }
}

impl ToPyErr for EncodeError {
    fn to_py_err(&self, _py: Python<'_>) -> PyErr {
        PyValueError::new_err(self.to_string())
    }
}

static CONNECTION_FAILED: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static LOGGED_OUT: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static NOT_CONNECTED: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static ALREADY_PAIRED: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static PAIRING_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static STORE_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static REQUEST_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static INVALID_ARGUMENT: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static EMULATOR_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();

/// `wapy.StoreError` with `message` (opening or using the store failed).
pub(crate) fn store_error(py: Python<'_>, message: impl Display) -> PyErr {
    wapy_error(py, &STORE_ERROR, "StoreError", message.to_string())
}

/// `wapy.InvalidArgument` with `message`.
pub(crate) fn invalid_argument(py: Python<'_>, message: impl Display) -> PyErr {
    wapy_error(
        py,
        &INVALID_ARGUMENT,
        "InvalidArgument",
        message.to_string(),
    )
}

impl ToPyErr for ClientError {
    fn to_py_err(&self, py: Python<'_>) -> PyErr {
        let (cell, name) = match self {
            ClientError::LoggedOut(_) => (&LOGGED_OUT, "LoggedOutError"),
            ClientError::NotConnected | ClientError::NotLoggedIn => {
                (&NOT_CONNECTED, "NotConnected")
            }
            ClientError::AlreadyPaired => (&ALREADY_PAIRED, "AlreadyPaired"),
            ClientError::PairCode(_) | ClientError::PairStanza(_) | ClientError::QrTimeout => {
                (&PAIRING_ERROR, "PairingError")
            }
            ClientError::Store(_) => (&STORE_ERROR, "StoreError"),
            ClientError::Iq(_) => (&REQUEST_ERROR, "RequestError"),
            ClientError::InvalidArgument(_) | ClientError::BadUrl { .. } => {
                (&INVALID_ARGUMENT, "InvalidArgument")
            }
            _ => (&CONNECTION_FAILED, "ConnectionFailed"),
        };
        log::debug!("client call failed: {self}");
        wapy_error(py, cell, name, self.to_string())
    }
}

/// `wapy.EmulatorError` with `message`.
pub(crate) fn emulator_error(py: Python<'_>, message: impl Display) -> PyErr {
    wapy_error(py, &EMULATOR_ERROR, "EmulatorError", message.to_string())
}

impl ToPyErr for ServerError {
    fn to_py_err(&self, py: Python<'_>) -> PyErr {
        log::debug!("emulator call failed: {self}");
        wapy_error(py, &EMULATOR_ERROR, "EmulatorError", self.to_string())
    }
}

/// The exception for a failed request: `NotConnected` when nothing could be
/// sent or the connection closed first, `RequestError` otherwise.
fn iq_error(py: Python<'_>, error: &IqError, message: String) -> PyErr {
    match error {
        IqError::NotConnected | IqError::Disconnected => {
            wapy_error(py, &NOT_CONNECTED, "NotConnected", message)
        }
        _ => wapy_error(py, &REQUEST_ERROR, "RequestError", message),
    }
}

impl ToPyErr for GroupError {
    fn to_py_err(&self, py: Python<'_>) -> PyErr {
        log::debug!("group request failed: {self}");
        match self {
            GroupError::Iq(error) => iq_error(py, error, self.to_string()),
            GroupError::InvalidArgument(_) => invalid_argument(py, self),
            _ => wapy_error(py, &REQUEST_ERROR, "RequestError", self.to_string()),
        }
    }
}

impl ToPyErr for NewsletterError {
    fn to_py_err(&self, py: Python<'_>) -> PyErr {
        log::debug!("newsletter request failed: {self}");
        match self {
            NewsletterError::Iq(error) => iq_error(py, error, self.to_string()),
            NewsletterError::Invalid(_) => invalid_argument(py, self),
            _ => wapy_error(py, &REQUEST_ERROR, "RequestError", self.to_string()),
        }
    }
}

static SEND_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static SEND_NOT_CONNECTED: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static NOT_ACKNOWLEDGED: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static MESSAGE_REJECTED: PyOnceLock<Py<PyType>> = PyOnceLock::new();

impl ToPyErr for SendError {
    fn to_py_err(&self, py: Python<'_>) -> PyErr {
        log::debug!("message not sent: {self}");
        let message = self.to_string();
        match self {
            SendError::NotLoggedIn
            | SendError::NotConnected
            | SendError::DeviceList(IqError::NotConnected | IqError::Disconnected)
            | SendError::PreKeys(IqError::NotConnected | IqError::Disconnected) => {
                wapy_error(py, &SEND_NOT_CONNECTED, "SendNotConnected", message)
            }
            SendError::Disconnected | SendError::NoAck(_) => {
                wapy_error(py, &NOT_ACKNOWLEDGED, "NotAcknowledged", message)
            }
            SendError::Rejected(code) => {
                match MESSAGE_REJECTED.import(py, "wapy._errors", "MessageRejected") {
                    Ok(class) => PyErr::from_type(class.clone(), (message, code.clone())),
                    Err(import_failed) => import_failed,
                }
            }
            _ => wapy_error(py, &SEND_ERROR, "SendError", message),
        }
    }
}

static MEDIA_INTEGRITY: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static MEDIA_GONE: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static MEDIA_TRANSFER: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static MEDIA_SOURCE: PyOnceLock<Py<PyType>> = PyOnceLock::new();

impl ToPyErr for TransferError {
    fn to_py_err(&self, py: Python<'_>) -> PyErr {
        log::debug!("media transfer failed: {self}");
        let message = self.to_string();
        if self.is_integrity() {
            return wapy_error(py, &MEDIA_INTEGRITY, "MediaIntegrityError", message);
        }
        match self {
            TransferError::MediaGone { .. }
            | TransferError::RetryRefused(_)
            | TransferError::RetryTimeout(_)
            | TransferError::RetryAnswer(_) => wapy_error(py, &MEDIA_GONE, "MediaGone", message),
            TransferError::NotConnected
            | TransferError::MediaConn(MediaConnError::NotConnected) => {
                wapy_error(py, &NOT_CONNECTED, "NotConnected", message)
            }
            TransferError::MissingField(_) | TransferError::BadDirectPath(_) => {
                invalid_argument(py, message)
            }
            _ => wapy_error(py, &MEDIA_TRANSFER, "MediaTransferError", message),
        }
    }
}

impl ToPyErr for MediaSendError {
    fn to_py_err(&self, py: Python<'_>) -> PyErr {
        match self {
            MediaSendError::Upload(error) => error.to_py_err(py),
            MediaSendError::Source { .. } => {
                log::debug!("media send failed: {self}");
                wapy_error(py, &MEDIA_SOURCE, "MediaSourceError", self.to_string())
            }
            MediaSendError::Invalid(_) => invalid_argument(py, self),
            MediaSendError::Send(SendError::Invalid(_)) => invalid_argument(py, self),
            MediaSendError::Send(error) => error.to_py_err(py),
        }
    }
}

static APP_STATE_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static APP_STATE_KEY_MISSING: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static APP_STATE_VERIFY: PyOnceLock<Py<PyType>> = PyOnceLock::new();
static APP_STATE_REFUSED: PyOnceLock<Py<PyType>> = PyOnceLock::new();

impl ToPyErr for AppStateSyncError {
    fn to_py_err(&self, py: Python<'_>) -> PyErr {
        log::debug!("app-state call failed: {self}");
        let message = self.to_string();
        match self {
            AppStateSyncError::NotLoggedIn
            | AppStateSyncError::Download(TransferError::NotConnected) => {
                wapy_error(py, &NOT_CONNECTED, "NotConnected", message)
            }
            AppStateSyncError::NoKeys
            | AppStateSyncError::Verify {
                source: AppStateError::UnknownKey(_),
                ..
            } => wapy_error(py, &APP_STATE_KEY_MISSING, "AppStateKeyMissing", message),
            AppStateSyncError::Verify { .. } => {
                wapy_error(py, &APP_STATE_VERIFY, "AppStateVerifyError", message)
            }
            AppStateSyncError::Server { code, .. } => {
                match APP_STATE_REFUSED.import(py, "wapy._errors", "AppStateRefused") {
                    Ok(class) => PyErr::from_type(class.clone(), (message, code.clone())),
                    Err(import_failed) => import_failed,
                }
            }
            AppStateSyncError::Iq(error) => iq_error(py, error, message),
            AppStateSyncError::Store(_) => store_error(py, message),
            AppStateSyncError::KeyRequest(error) => error.to_py_err(py),
            AppStateSyncError::Invalid(_) => invalid_argument(py, message),
            _ => wapy_error(py, &APP_STATE_ERROR, "AppStateError", message),
        }
    }
}
