//! The sync controls of `wapy.testing`: what a simulated phone does by
//! itself (initial sync after linking, answers to key and history
//! requests), history chunks it sends, and app-state changes made "on the
//! phone" (with a shared key, rotated keys, a corrupted patch MAC). Free
//! functions taking the `PhoneCore`; conversion only, the behaviour lives
//! in `crate::server`.

use prost::Message as _;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyModule};

use super::call::{self, PendingCall, Value};
use super::errors::{ToPyErr, invalid_argument};
use super::server::PhoneCore;
use super::sync::collections;
use crate::proto::wa;
use crate::server::{HistoryDelivery, InitialSyncConfig, PhoneSyncSettings, generated_contact};

/// An initial sync as Python passes it: (chats, messages per chat, recent
/// chats, inline limit).
type InitialSyncTuple = (usize, usize, usize, usize);

fn config_of(tuple: InitialSyncTuple) -> InitialSyncConfig {
    let (chats, messages_per_chat, recent_chats, inline_limit) = tuple;
    InitialSyncConfig {
        chats,
        messages_per_chat,
        recent_chats,
        inline_limit,
    }
}

fn tuple_of(config: &InitialSyncConfig) -> InitialSyncTuple {
    (
        config.chats,
        config.messages_per_chat,
        config.recent_chats,
        config.inline_limit,
    )
}

/// Sets what the phone does by itself: `initial_sync` after a companion
/// links (`None`: nothing), and whether it answers key and history
/// requests.
#[pyfunction]
fn phone_configure_sync(
    phone: &Bound<'_, PhoneCore>,
    initial_sync: Option<InitialSyncTuple>,
    answer_key_requests: bool,
    answer_history_requests: bool,
) {
    phone.get().phone().configure_sync(PhoneSyncSettings {
        initial_sync: initial_sync.map(config_of),
        answer_key_requests,
        answer_history_requests,
    });
}

/// What the phone does by itself: (initial sync or `None`, answers key
/// requests, answers history requests).
#[pyfunction]
fn phone_sync_settings(phone: &Bound<'_, PhoneCore>) -> (Option<InitialSyncTuple>, bool, bool) {
    let settings = phone.get().phone().sync_settings();
    (
        settings.initial_sync.as_ref().map(tuple_of),
        settings.answer_key_requests,
        settings.answer_history_requests,
    )
}

/// Runs the initial sync now (key share, bootstrap, recent and push-name
/// chunks); the call returns the message ids.
#[pyfunction]
fn phone_initial_sync(
    phone: &Bound<'_, PhoneCore>,
    waker: i64,
    config: InitialSyncTuple,
) -> PyResult<PendingCall> {
    let phone = phone.get().phone().clone();
    let config = config_of(config);
    call::spawn(waker, async move {
        Ok(Value::object(phone.initial_sync(&config).await?))
    })
}

/// Sends a serialized `HistorySync` to the account's companions, inline
/// or as a blob; the call returns the message id.
#[pyfunction]
fn phone_send_history_sync(
    py: Python<'_>,
    phone: &Bound<'_, PhoneCore>,
    waker: i64,
    history: &[u8],
    inline: bool,
) -> PyResult<PendingCall> {
    let history = match wa::HistorySync::decode(history) {
        Ok(history) => history,
        Err(error) => {
            log::debug!("history chunk refused: {error}");
            let error = invalid_argument(py, format!("not a valid HistorySync: {error}"));
            return call::reject(waker, error);
        }
    };
    let delivery = if inline {
        HistoryDelivery::Inline
    } else {
        HistoryDelivery::Blob
    };
    let phone = phone.get().phone().clone();
    call::spawn(waker, async move {
        Ok(Value::Text(
            phone.send_history_sync(&history, delivery).await?,
        ))
    })
}

/// Shares the account's app-state keys with its companions; returns the
/// message id.
#[pyfunction]
fn phone_share_app_state_keys(py: Python<'_>, phone: &Bound<'_, PhoneCore>) -> PyResult<String> {
    let phone = phone.get().phone();
    py.detach(|| phone.share_app_state_keys())
        .map_err(|error| error.to_py_err(py))
}

/// Makes a new app-state key for the phone's next patches, unshared.
#[pyfunction]
fn phone_rotate_app_state_key(phone: &Bound<'_, PhoneCore>) {
    phone.get().phone().rotate_app_state_key();
}

/// Gives the phone's next patch a wrong patch MAC.
#[pyfunction]
fn phone_corrupt_next_app_state_patch(phone: &Bound<'_, PhoneCore>) {
    phone.get().phone().corrupt_next_app_state_patch();
}

/// Sets `index` to `value` (a serialized `SyncActionValue`) as the phone,
/// announced to the companions; returns the collection's new version.
#[pyfunction]
fn phone_app_state_set(
    py: Python<'_>,
    phone: &Bound<'_, PhoneCore>,
    index: Vec<String>,
    value: &[u8],
) -> PyResult<u64> {
    let value = wa::SyncActionValue::decode(value).map_err(|error| {
        log::debug!("app-state value refused: {error}");
        invalid_argument(py, format!("not a valid SyncActionValue: {error}"))
    })?;
    let index: Vec<&str> = index.iter().map(String::as_str).collect();
    let phone = phone.get().phone();
    py.detach(|| phone.app_state_set(&index, value))
        .map_err(|error| error.to_py_err(py))
}

/// The serialized `SyncActionValue` the account holds for `index`, or
/// `None`.
#[pyfunction]
fn phone_app_state_value<'py>(
    py: Python<'py>,
    phone: &Bound<'_, PhoneCore>,
    index: Vec<String>,
) -> Option<Bound<'py, PyBytes>> {
    let index: Vec<&str> = index.iter().map(String::as_str).collect();
    let value = phone.get().phone().app_state_value(&index)?;
    Some(PyBytes::new(py, &value.encode_to_vec()))
}

/// The version of the account's collection `name`.
#[pyfunction]
fn phone_app_state_version(
    py: Python<'_>,
    phone: &Bound<'_, PhoneCore>,
    name: String,
) -> PyResult<u64> {
    let collection = collections(py, Some(vec![name]))?;
    Ok(collection
        .first()
        .map_or(0, |c| phone.get().phone().app_state_version(*c)))
}

/// The phone-number JID and LID (texts) of the `n`th generated contact of
/// an initial sync.
#[pyfunction]
fn initial_sync_contact(n: usize) -> (String, String) {
    generated_contact(n)
}

/// Adds the phone's sync controls to `wapy._core`.
pub(crate) fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_function(wrap_pyfunction!(phone_configure_sync, module)?)?;
    module.add_function(wrap_pyfunction!(phone_sync_settings, module)?)?;
    module.add_function(wrap_pyfunction!(phone_initial_sync, module)?)?;
    module.add_function(wrap_pyfunction!(phone_send_history_sync, module)?)?;
    module.add_function(wrap_pyfunction!(phone_share_app_state_keys, module)?)?;
    module.add_function(wrap_pyfunction!(phone_rotate_app_state_key, module)?)?;
    module.add_function(wrap_pyfunction!(
        phone_corrupt_next_app_state_patch,
        module
    )?)?;
    module.add_function(wrap_pyfunction!(phone_app_state_set, module)?)?;
    module.add_function(wrap_pyfunction!(phone_app_state_value, module)?)?;
    module.add_function(wrap_pyfunction!(phone_app_state_version, module)?)?;
    module.add_function(wrap_pyfunction!(initial_sync_contact, module)?)?;
    Ok(())
}
