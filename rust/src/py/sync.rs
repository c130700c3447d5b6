//! The sync API of `wapy.Client`: app-state mutations (mute, pin, archive,
//! mark read, star, delete chat, push name), a manual app-state fetch and
//! on-demand history requests, as functions taking the `ClientCore` and
//! returning a `PendingCall`. Conversion only: the work lives in
//! `crate::client::app_state` and `crate::client::history`.

use pyo3::prelude::*;
use pyo3::types::PyModule;

use super::call::{self, PendingCall, Value};
use super::client::ClientCore;
use super::errors::{invalid_argument, store_error};
use super::jid::PyJid;
use crate::client::Client;
use crate::sync::app_state::Collection;

fn client(core: &Bound<'_, ClientCore>) -> Client {
    core.get().client().clone()
}

/// Mutes `chat` until `until` (Unix seconds; `None`: forever), or unmutes
/// it (`muted` false).
#[pyfunction]
#[pyo3(signature = (core, waker, chat, muted, until = None))]
fn mute_chat(
    core: &Bound<'_, ClientCore>,
    waker: i64,
    chat: PyJid,
    muted: bool,
    until: Option<i64>,
) -> PyResult<PendingCall> {
    let client = client(core);
    call::spawn(waker, async move {
        client.mute_chat(&chat.0, muted, until).await?;
        Ok(Value::Unit)
    })
}

/// Pins or unpins `chat`.
#[pyfunction]
fn pin_chat(
    core: &Bound<'_, ClientCore>,
    waker: i64,
    chat: PyJid,
    pinned: bool,
) -> PyResult<PendingCall> {
    let client = client(core);
    call::spawn(waker, async move {
        client.pin_chat(&chat.0, pinned).await?;
        Ok(Value::Unit)
    })
}

/// Archives or unarchives `chat`.
#[pyfunction]
fn archive_chat(
    core: &Bound<'_, ClientCore>,
    waker: i64,
    chat: PyJid,
    archived: bool,
) -> PyResult<PendingCall> {
    let client = client(core);
    call::spawn(waker, async move {
        client.archive_chat(&chat.0, archived).await?;
        Ok(Value::Unit)
    })
}

/// Marks `chat` read or unread.
#[pyfunction]
fn mark_chat_as_read(
    core: &Bound<'_, ClientCore>,
    waker: i64,
    chat: PyJid,
    read: bool,
) -> PyResult<PendingCall> {
    let client = client(core);
    call::spawn(waker, async move {
        client.mark_chat_as_read(&chat.0, read).await?;
        Ok(Value::Unit)
    })
}

/// Stars or unstars message `message_id` of `chat` (`sender`: its author
/// in a group when it is not ours).
#[pyfunction]
#[pyo3(signature = (core, waker, chat, message_id, from_me, sender, starred))]
fn star_message(
    core: &Bound<'_, ClientCore>,
    waker: i64,
    chat: PyJid,
    message_id: String,
    from_me: bool,
    sender: Option<PyJid>,
    starred: bool,
) -> PyResult<PendingCall> {
    let client = client(core);
    call::spawn(waker, async move {
        client
            .star_message(
                &chat.0,
                &message_id,
                from_me,
                sender.as_ref().map(|s| &s.0),
                starred,
            )
            .await?;
        Ok(Value::Unit)
    })
}

/// Deletes `chat` (and its media when `delete_media`).
#[pyfunction]
fn delete_chat(
    core: &Bound<'_, ClientCore>,
    waker: i64,
    chat: PyJid,
    delete_media: bool,
) -> PyResult<PendingCall> {
    let client = client(core);
    call::spawn(waker, async move {
        client.delete_chat(&chat.0, delete_media).await?;
        Ok(Value::Unit)
    })
}

/// Sets our push name on every device of the account.
#[pyfunction]
fn set_push_name(core: &Bound<'_, ClientCore>, waker: i64, name: String) -> PyResult<PendingCall> {
    let client = client(core);
    call::spawn(waker, async move {
        client.set_push_name(&name).await?;
        Ok(Value::Unit)
    })
}

/// The collections named in `names` (`None`: all five); an unknown name
/// is an `InvalidArgument`.
pub(crate) fn collections(py: Python<'_>, names: Option<Vec<String>>) -> PyResult<Vec<Collection>> {
    let Some(names) = names else {
        return Ok(Collection::ALL.to_vec());
    };
    names
        .iter()
        .map(|name| {
            name.parse::<Collection>().map_err(|_| {
                log::debug!("unknown app-state collection {name:?}");
                invalid_argument(
                    py,
                    format!(
                        "unknown app-state collection {name:?} (one of: {})",
                        Collection::ALL.map(Collection::as_str).join(", ")
                    ),
                )
            })
        })
        .collect()
}

/// Fetches `collections` (names; `None`: all) and applies what changed
/// (`full`: from snapshots, replacing the stored state).
#[pyfunction]
#[pyo3(signature = (core, waker, collections = None, full = false))]
fn sync_app_state(
    py: Python<'_>,
    core: &Bound<'_, ClientCore>,
    waker: i64,
    collections: Option<Vec<String>>,
    full: bool,
) -> PyResult<PendingCall> {
    let collections = match self::collections(py, collections) {
        Ok(collections) => collections,
        Err(error) => return call::reject(waker, error),
    };
    let client = client(core);
    call::spawn(waker, async move {
        client.sync_app_state(&collections, full).await?;
        Ok(Value::Unit)
    })
}

/// Asks our phone for `count` messages of `chat` older than the message
/// `oldest_id` (`oldest_from_me`, sent at `oldest_timestamp_ms`); the call
/// returns the request's message id.
#[pyfunction]
#[allow(clippy::too_many_arguments)]
fn request_history(
    py: Python<'_>,
    core: &Bound<'_, ClientCore>,
    waker: i64,
    chat: PyJid,
    oldest_id: String,
    oldest_from_me: bool,
    oldest_timestamp_ms: i64,
    count: i32,
) -> PyResult<PendingCall> {
    if count <= 0 {
        log::debug!("history request refused: count {count}");
        return call::reject(waker, invalid_argument(py, "count must be positive"));
    }
    let client = client(core);
    call::spawn(waker, async move {
        let id = client
            .request_history(
                &chat.0,
                &oldest_id,
                oldest_from_me,
                oldest_timestamp_ms,
                count,
            )
            .await?;
        Ok(Value::Text(id))
    })
}

/// The push name stored for `jid` (from history syncs and messages).
#[pyfunction]
fn stored_push_name(
    py: Python<'_>,
    core: &Bound<'_, ClientCore>,
    jid: PyJid,
) -> PyResult<Option<String>> {
    let client = client(core);
    py.detach(|| client.store().push_name(&jid.0.to_non_ad()))
        .map_err(|error| store_error(py, error))
}

/// The LID stored for the phone-number JID `pn`.
#[pyfunction]
fn stored_lid_for_pn(
    py: Python<'_>,
    core: &Bound<'_, ClientCore>,
    pn: PyJid,
) -> PyResult<Option<PyJid>> {
    let client = client(core);
    py.detach(|| client.store().lid_for_pn(&pn.0.to_non_ad()))
        .map(|found| found.map(PyJid))
        .map_err(|error| store_error(py, error))
}

/// The phone-number JID stored for the LID `lid`.
#[pyfunction]
fn stored_pn_for_lid(
    py: Python<'_>,
    core: &Bound<'_, ClientCore>,
    lid: PyJid,
) -> PyResult<Option<PyJid>> {
    let client = client(core);
    py.detach(|| client.store().pn_for_lid(&lid.0.to_non_ad()))
        .map(|found| found.map(PyJid))
        .map_err(|error| store_error(py, error))
}

/// Adds the sync functions to `wapy._core`.
pub(crate) fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_function(wrap_pyfunction!(mute_chat, module)?)?;
    module.add_function(wrap_pyfunction!(pin_chat, module)?)?;
    module.add_function(wrap_pyfunction!(archive_chat, module)?)?;
    module.add_function(wrap_pyfunction!(mark_chat_as_read, module)?)?;
    module.add_function(wrap_pyfunction!(star_message, module)?)?;
    module.add_function(wrap_pyfunction!(delete_chat, module)?)?;
    module.add_function(wrap_pyfunction!(set_push_name, module)?)?;
    module.add_function(wrap_pyfunction!(sync_app_state, module)?)?;
    module.add_function(wrap_pyfunction!(request_history, module)?)?;
    module.add_function(wrap_pyfunction!(stored_push_name, module)?)?;
    module.add_function(wrap_pyfunction!(stored_lid_for_pn, module)?)?;
    module.add_function(wrap_pyfunction!(stored_pn_for_lid, module)?)?;
    Ok(())
}
