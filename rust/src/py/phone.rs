//! The messaging controls of `wapy.testing`: what a simulated phone sends
//! (really encrypted, as a phone would), the messages and receipts it
//! received, one-shot faults, and the server's message queues and frozen
//! connections. Free functions taking the `PhoneCore` or `ServerCore`;
//! conversion only, the behaviour lives in `crate::server`.

use std::time::Duration;

use prost::Message as _;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyModule, PyTuple, PyType};

use super::call::{self, PendingCall, Value};
use super::errors::{ToPyErr, invalid_argument};
use super::events::{ToPy, match_args, repr_fields};
use super::jid::PyJid;
use super::server::{PhoneCore, ServerCore};
use crate::events::message_text;
use crate::proto::wa;
use crate::server::{PhoneFault, PhoneMessage, PhoneReceipt};

static PROTO_MESSAGE: PyOnceLock<Py<PyType>> = PyOnceLock::new();

/// A message a simulated phone received and decrypted: `id`, `chat` (the
/// sender's account for 1:1, else the group), `sender` (the sending
/// device), `message` (a `wapy.proto.Message`, device-sent copies
/// unwrapped) and `text` (of a plain or extended text, else None).
#[pyclass(module = "wapy.testing", name = "PhoneMessage", frozen)]
pub struct PyPhoneMessage {
    inner: PhoneMessage,
    decoded: PyOnceLock<Py<PyAny>>,
}

#[pymethods]
impl PyPhoneMessage {
    #[classattr]
    fn __match_args__(py: Python<'_>) -> PyResult<Py<PyTuple>> {
        match_args(py, &["id", "chat", "sender", "message"])
    }

    #[getter]
    fn id(&self) -> &str {
        &self.inner.id
    }

    #[getter]
    fn chat(&self) -> PyJid {
        PyJid(self.inner.chat.clone())
    }

    #[getter]
    fn sender(&self) -> PyJid {
        PyJid(self.inner.sender.clone())
    }

    #[getter]
    fn message<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let decoded = self.decoded.get_or_try_init(py, || {
            let class = PROTO_MESSAGE.import(py, "wapy.proto", "Message")?;
            let bytes = PyBytes::new(py, &self.inner.message.encode_to_vec());
            class
                .call_method1("FromString", (bytes,))
                .map(Bound::unbind)
        })?;
        Ok(decoded.bind(py).clone())
    }

    #[getter]
    fn text(&self) -> Option<&str> {
        message_text(&self.inner.message)
    }

    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        repr_fields(slf.as_any(), &["id", "chat", "sender", "text"])
    }
}

impl ToPy for PhoneMessage {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let message = PyPhoneMessage {
            inner: self.clone(),
            decoded: PyOnceLock::new(),
        };
        Ok(Bound::new(py, message)?.into_any())
    }
}

/// A receipt a simulated phone received: `sender` (who sent it),
/// `message_ids` and `receipt_type` (`None`: delivered; `"read"`,
/// `"retry"`, ...); `retry_count` for retry receipts.
#[pyclass(module = "wapy.testing", name = "PhoneReceipt", frozen)]
pub struct PyPhoneReceipt(PhoneReceipt);

#[pymethods]
impl PyPhoneReceipt {
    #[classattr]
    fn __match_args__(py: Python<'_>) -> PyResult<Py<PyTuple>> {
        match_args(py, &["sender", "message_ids", "receipt_type"])
    }

    #[getter]
    fn sender(&self) -> PyJid {
        PyJid(self.0.from.clone())
    }

    #[getter]
    fn message_ids(&self) -> Vec<String> {
        self.0.ids.clone()
    }

    #[getter]
    fn receipt_type(&self) -> Option<&str> {
        self.0.receipt_type.as_deref()
    }

    #[getter]
    fn retry_count(&self) -> Option<u32> {
        self.0.retry_count
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PyPhoneReceipt>()
            .is_ok_and(|other| other.get().0 == self.0)
    }

    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        repr_fields(slf.as_any(), &["sender", "message_ids", "receipt_type"])
    }
}

impl ToPy for PhoneReceipt {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, PyPhoneReceipt(self.clone()))?.into_any())
    }
}

fn timeout(py: Python<'_>, seconds: f64) -> PyResult<Duration> {
    Duration::try_from_secs_f64(seconds)
        .map_err(|_| invalid_argument(py, "timeout must be a number of seconds >= 0"))
}

/// Sends `message` (serialized `wapy.proto.Message`) from the phone to
/// `to` (a user or a group), encrypted for every device; returns its id.
#[pyfunction]
#[pyo3(signature = (phone, to, message, id = None))]
fn phone_send_message(
    py: Python<'_>,
    phone: &Bound<'_, PhoneCore>,
    to: PyJid,
    message: &[u8],
    id: Option<String>,
) -> PyResult<String> {
    let message = wa::Message::decode(message)
        .map_err(|error| invalid_argument(py, format!("not a valid Message: {error}")))?;
    let phone = phone.get().phone();
    let sent = py.detach(|| match id {
        Some(id) => phone
            .send_message_with_id(&to.0, message, id.clone())
            .map(|()| id),
        None => phone.send_message(&to.0, message),
    });
    sent.map_err(|error| error.to_py_err(py))
}

/// Posts `message` (serialized `wapy.proto.Message`) from the phone as a
/// status seen by `recipients`; returns its id.
#[pyfunction]
fn phone_post_status(
    py: Python<'_>,
    phone: &Bound<'_, PhoneCore>,
    message: &[u8],
    recipients: Vec<PyJid>,
) -> PyResult<String> {
    let message = wa::Message::decode(message)
        .map_err(|error| invalid_argument(py, format!("not a valid Message: {error}")))?;
    let recipients: Vec<_> = recipients.into_iter().map(|jid| jid.0).collect();
    let phone = phone.get().phone();
    py.detach(|| phone.post_status(message, &recipients))
        .map_err(|error| error.to_py_err(py))
}

/// Sends each of `texts` from the phone to `to`; returns their ids.
#[pyfunction]
fn phone_send_texts(
    py: Python<'_>,
    phone: &Bound<'_, PhoneCore>,
    to: PyJid,
    texts: Vec<String>,
) -> PyResult<Vec<String>> {
    let phone = phone.get().phone();
    let sent = py.detach(|| {
        texts
            .iter()
            .map(|text| phone.send_text(&to.0, text))
            .collect::<Result<Vec<_>, _>>()
    });
    sent.map_err(|error| error.to_py_err(py))
}

/// Waits (at most `timeout` seconds) for the next message the phone
/// receives; the call returns a `PhoneMessage`.
#[pyfunction]
fn phone_next_message(
    py: Python<'_>,
    phone: &Bound<'_, PhoneCore>,
    waker: i64,
    timeout: f64,
) -> PyResult<PendingCall> {
    let limit = match self::timeout(py, timeout) {
        Ok(limit) => limit,
        Err(error) => return call::reject(waker, error),
    };
    let phone = phone.get().phone().clone();
    call::spawn(waker, async move {
        Ok(Value::object(phone.next_message(limit).await?))
    })
}

/// Waits (at most `timeout` seconds) for the next receipt the phone
/// receives; the call returns a `PhoneReceipt`.
#[pyfunction]
fn phone_next_receipt(
    py: Python<'_>,
    phone: &Bound<'_, PhoneCore>,
    waker: i64,
    timeout: f64,
) -> PyResult<PendingCall> {
    let limit = match self::timeout(py, timeout) {
        Ok(limit) => limit,
        Err(error) => return call::reject(waker, error),
    };
    let phone = phone.get().phone().clone();
    call::spawn(waker, async move {
        Ok(Value::object(phone.next_receipt(limit).await?))
    })
}

/// Makes the phone's next send misbehave: `"undecryptable"` (companions get
/// a corrupt ciphertext) or `"unavailable"` (companions get
/// `<unavailable/>`).
#[pyfunction]
fn phone_inject_fault(py: Python<'_>, phone: &Bound<'_, PhoneCore>, fault: &str) -> PyResult<()> {
    let fault = match fault {
        "undecryptable" => PhoneFault::Undecryptable,
        "unavailable" => PhoneFault::Unavailable,
        other => {
            return Err(invalid_argument(
                py,
                format!("no phone fault {other:?} (undecryptable, unavailable)"),
            ));
        }
    };
    phone
        .get()
        .phone()
        .inject_fault(fault)
        .map_err(|error| error.to_py_err(py))
}

/// Makes the phone forget its Signal session with `device`.
#[pyfunction]
fn phone_drop_session(py: Python<'_>, phone: &Bound<'_, PhoneCore>, device: PyJid) -> PyResult<()> {
    phone
        .get()
        .phone()
        .drop_session(&device.0)
        .map_err(|error| error.to_py_err(py))
}

/// Reinstalls the phone: a new identity (also the account key), every
/// other account told with an identity notification.
#[pyfunction]
fn phone_change_identity(py: Python<'_>, phone: &Bound<'_, PhoneCore>) -> PyResult<()> {
    phone
        .get()
        .phone()
        .change_identity()
        .map_err(|error| error.to_py_err(py))
}

/// Creates a group of the phone's account and `members` addressed by
/// `addressing_mode` (`pn` or `lid`; `None`: the server's setting);
/// returns its JID.
#[pyfunction]
#[pyo3(signature = (phone, members, addressing_mode = None))]
fn phone_create_group(
    py: Python<'_>,
    phone: &Bound<'_, PhoneCore>,
    members: Vec<PyJid>,
    addressing_mode: Option<&str>,
) -> PyResult<PyJid> {
    let lid = match addressing_mode {
        None => None,
        Some("pn") => Some(false),
        Some("lid") => Some(true),
        Some(other) => {
            return Err(invalid_argument(
                py,
                format!("addressing_mode must be \"pn\" or \"lid\", not {other:?}"),
            ));
        }
    };
    let members: Vec<_> = members.into_iter().map(|jid| jid.0).collect();
    let phone = phone.get().phone();
    match lid {
        Some(lid) => phone.create_group_addressed(&members, lid),
        None => phone.create_group(&members),
    }
    .map(PyJid)
    .map_err(|error| error.to_py_err(py))
}

/// Adds, removes, promotes or demotes `members` of `group` as the phone's
/// account (an admin); returns each member as the server named it with
/// its error code (None: done).
#[pyfunction]
fn phone_update_group_participants(
    py: Python<'_>,
    phone: &Bound<'_, PhoneCore>,
    group: PyJid,
    action: &str,
    members: Vec<PyJid>,
) -> PyResult<Vec<(PyJid, Option<u32>)>> {
    let members: Vec<_> = members.into_iter().map(|jid| jid.0).collect();
    phone
        .get()
        .phone()
        .update_group_participants(&group.0, action, &members)
        .map(|results| {
            results
                .into_iter()
                .map(|(jid, error)| (PyJid(jid), error))
                .collect()
        })
        .map_err(|error| error.to_py_err(py))
}

/// Messages waiting for `device`: queued while it was offline, or delivered
/// and not yet acknowledged.
#[pyfunction]
fn server_pending_messages(server: &Bound<'_, ServerCore>, device: PyJid) -> usize {
    server.get().server().pending_messages(&device.0)
}

/// Stops (`frozen`) or resumes reading and answering `device`'s stanzas;
/// False if it is not online.
#[pyfunction]
fn server_freeze(server: &Bound<'_, ServerCore>, device: PyJid, frozen: bool) -> bool {
    server.get().server().freeze(&device.0, frozen)
}

/// Adds the messaging controls to `wapy._core`.
pub(crate) fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<PyPhoneMessage>()?;
    module.add_class::<PyPhoneReceipt>()?;
    module.add_function(wrap_pyfunction!(phone_send_message, module)?)?;
    module.add_function(wrap_pyfunction!(phone_send_texts, module)?)?;
    module.add_function(wrap_pyfunction!(phone_post_status, module)?)?;
    module.add_function(wrap_pyfunction!(phone_next_message, module)?)?;
    module.add_function(wrap_pyfunction!(phone_next_receipt, module)?)?;
    module.add_function(wrap_pyfunction!(phone_inject_fault, module)?)?;
    module.add_function(wrap_pyfunction!(phone_drop_session, module)?)?;
    module.add_function(wrap_pyfunction!(phone_change_identity, module)?)?;
    module.add_function(wrap_pyfunction!(phone_create_group, module)?)?;
    module.add_function(wrap_pyfunction!(phone_update_group_participants, module)?)?;
    module.add_function(wrap_pyfunction!(server_pending_messages, module)?)?;
    module.add_function(wrap_pyfunction!(server_freeze, module)?)?;
    Ok(())
}
