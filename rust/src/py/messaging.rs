//! The messaging API of `wapy.Client`: one function per send, each taking
//! the `ClientCore` and returning a `PendingCall` whose value is the message
//! id, given only once the server acknowledged the message. Messages cross
//! the boundary as protobuf bytes (serialized by the Python `protobuf`
//! package, decoded here with prost). Conversion only: sending lives in
//! `crate::client::message`.

use prost::Message as _;
use pyo3::prelude::*;
use pyo3::types::PyModule;

use super::call::{self, PendingCall, Value};
use super::client::ClientCore;
use super::errors::invalid_argument;
use super::jid::PyJid;
use crate::client::{Client, ReplyTo, StatusFont};
use crate::proto::wa;

fn client(core: &Bound<'_, ClientCore>) -> Client {
    core.get().client().clone()
}

/// `bytes` as a `wa::Message`, or `wapy.InvalidArgument`.
fn decode(py: Python<'_>, what: &str, bytes: &[u8]) -> PyResult<wa::Message> {
    wa::Message::decode(bytes)
        .map_err(|error| invalid_argument(py, format!("{what} is not a valid Message: {error}")))
}

/// Sends `message` (serialized `wapy.proto.Message`) to `chat`, with the
/// id `id` when given (else a new one).
#[pyfunction]
#[pyo3(signature = (core, waker, chat, message, id = None))]
fn send_message(
    py: Python<'_>,
    core: &Bound<'_, ClientCore>,
    waker: i64,
    chat: PyJid,
    message: &[u8],
    id: Option<String>,
) -> PyResult<PendingCall> {
    let message = match decode(py, "message", message) {
        Ok(message) => message,
        Err(error) => return call::reject(waker, error),
    };
    let client = client(core);
    call::spawn(waker, async move {
        let id = match id {
            Some(id) => client.send_message_with_id(&chat.0, message, id).await?,
            None => client.send_message(&chat.0, message).await?,
        };
        Ok(Value::Text(id))
    })
}

/// Sends `text` to `chat`, quoting the message `reply_id` of `reply_sender`
/// (content `reply_message`, serialized) and mentioning `mentions`.
#[pyfunction]
#[pyo3(signature = (core, waker, chat, text, reply_id, reply_sender, reply_message, mentions))]
#[allow(clippy::too_many_arguments)] // The parts of a quoted message, flattened.
fn send_text(
    py: Python<'_>,
    core: &Bound<'_, ClientCore>,
    waker: i64,
    chat: PyJid,
    text: String,
    reply_id: Option<String>,
    reply_sender: Option<PyJid>,
    reply_message: Option<&[u8]>,
    mentions: Vec<PyJid>,
) -> PyResult<PendingCall> {
    let reply = match (reply_id, reply_sender) {
        (Some(id), Some(sender)) => Some(ReplyTo {
            id,
            sender: sender.0,
            message: match reply_message.map(|bytes| decode(py, "reply_to", bytes)) {
                Some(Ok(message)) => message,
                Some(Err(error)) => return call::reject(waker, error),
                None => wa::Message::default(),
            },
        }),
        (None, None) => None,
        _ => {
            let error = invalid_argument(
                py,
                "a reply needs both the quoted message's id and its sender",
            );
            return call::reject(waker, error);
        }
    };
    let mentions: Vec<_> = mentions.into_iter().map(|jid| jid.0).collect();
    let client = client(core);
    call::spawn(waker, async move {
        let id = client
            .send_text(&chat.0, &text, reply.as_ref(), &mentions)
            .await?;
        Ok(Value::Text(id))
    })
}

/// Posts `message` (serialized `wapy.proto.Message`) as a status seen by
/// `recipients`.
#[pyfunction]
fn send_status_message(
    py: Python<'_>,
    core: &Bound<'_, ClientCore>,
    waker: i64,
    message: &[u8],
    recipients: Vec<PyJid>,
) -> PyResult<PendingCall> {
    let message = match decode(py, "message", message) {
        Ok(message) => message,
        Err(error) => return call::reject(waker, error),
    };
    let recipients: Vec<_> = recipients.into_iter().map(|jid| jid.0).collect();
    let client = client(core);
    call::spawn(waker, async move {
        let id = client.send_status_message(message, &recipients).await?;
        Ok(Value::Text(id))
    })
}

/// Posts `text` as a status on `background_argb` (0xAARRGGBB) in `font`
/// (an `ExtendedTextMessage.FontType` value), seen by `recipients`.
#[pyfunction]
#[pyo3(signature = (core, waker, text, background_argb, font, recipients))]
fn send_status_text(
    py: Python<'_>,
    core: &Bound<'_, ClientCore>,
    waker: i64,
    text: String,
    background_argb: Option<u32>,
    font: Option<i32>,
    recipients: Vec<PyJid>,
) -> PyResult<PendingCall> {
    let font = match font.map(StatusFont::try_from).transpose() {
        Ok(font) => font,
        Err(_) => {
            let error = invalid_argument(py, "font is not an ExtendedTextMessage.FontType value");
            return call::reject(waker, error);
        }
    };
    let recipients: Vec<_> = recipients.into_iter().map(|jid| jid.0).collect();
    let client = client(core);
    call::spawn(waker, async move {
        let id = client
            .send_status_text(&text, background_argb, font, &recipients)
            .await?;
        Ok(Value::Text(id))
    })
}

/// Reacts with `emoji` to the message `id` of `sender` in `chat`.
#[pyfunction]
fn send_reaction(
    core: &Bound<'_, ClientCore>,
    waker: i64,
    chat: PyJid,
    sender: PyJid,
    id: String,
    emoji: String,
) -> PyResult<PendingCall> {
    let client = client(core);
    call::spawn(waker, async move {
        let sent = client
            .send_reaction(&chat.0, &sender.0, &id, &emoji)
            .await?;
        Ok(Value::Text(sent))
    })
}

/// Replaces our message `id` in `chat` with `message` (serialized).
#[pyfunction]
fn edit_message(
    py: Python<'_>,
    core: &Bound<'_, ClientCore>,
    waker: i64,
    chat: PyJid,
    id: String,
    message: &[u8],
) -> PyResult<PendingCall> {
    let message = match decode(py, "the new content", message) {
        Ok(message) => message,
        Err(error) => return call::reject(waker, error),
    };
    let client = client(core);
    call::spawn(waker, async move {
        let sent = client.edit_message(&chat.0, &id, message).await?;
        Ok(Value::Text(sent))
    })
}

/// Deletes our message `id` in `chat` for everyone.
#[pyfunction]
fn revoke_message(
    core: &Bound<'_, ClientCore>,
    waker: i64,
    chat: PyJid,
    id: String,
) -> PyResult<PendingCall> {
    let client = client(core);
    call::spawn(waker, async move {
        let sent = client.revoke_message(&chat.0, &id).await?;
        Ok(Value::Text(sent))
    })
}

/// Sends a read receipt for `ids` in `chat` (sent by `sender`, in groups).
#[pyfunction]
#[pyo3(signature = (core, waker, chat, ids, sender = None))]
fn mark_read(
    py: Python<'_>,
    core: &Bound<'_, ClientCore>,
    waker: i64,
    chat: PyJid,
    ids: Vec<String>,
    sender: Option<PyJid>,
) -> PyResult<PendingCall> {
    if ids.is_empty() {
        let error = invalid_argument(py, "mark_read needs at least one message id");
        return call::reject(waker, error);
    }
    let client = client(core);
    call::spawn(waker, async move {
        client
            .mark_read(&chat.0, sender.as_ref().map(|jid| &jid.0), &ids)
            .await?;
        Ok(Value::Unit)
    })
}

/// Adds the messaging functions to `wapy._core`.
pub(crate) fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_function(wrap_pyfunction!(send_message, module)?)?;
    module.add_function(wrap_pyfunction!(send_text, module)?)?;
    module.add_function(wrap_pyfunction!(send_status_message, module)?)?;
    module.add_function(wrap_pyfunction!(send_status_text, module)?)?;
    module.add_function(wrap_pyfunction!(send_reaction, module)?)?;
    module.add_function(wrap_pyfunction!(edit_message, module)?)?;
    module.add_function(wrap_pyfunction!(revoke_message, module)?)?;
    module.add_function(wrap_pyfunction!(mark_read, module)?)?;
    Ok(())
}
