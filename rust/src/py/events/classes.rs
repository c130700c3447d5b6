//! One frozen class per event variant, all subclasses of `wapy.events.Event`.
//!
//! Each instance holds the `Arc<Event>` the bus delivered; its fields are
//! converted when read. The class docstrings are the reference of what each
//! event means and carries.

use std::sync::Arc;

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyBytes, PyModule, PyString, PyTuple, PyType};

use super::convert::{ToPy, proto_from_bytes, serde_to_py};
use super::records::{match_args, repr_fields};
use crate::events::{Event as CoreEvent, message_text};
use crate::proto::wa;

/// Base class of every event. Events are immutable: fields are read-only
/// properties, converted from the Rust value when read.
///
/// Every event class has `__match_args__` (so `match ev: case
/// Receipt(source, ids): ...` works), a readable `repr` and `to_dict()`,
/// which returns the event's JSON-ready form with its class name under
/// `"type"`.
#[pyclass(module = "wapy.events", name = "Event", subclass, frozen)]
pub struct PyEvent {
    pub(crate) event: Arc<CoreEvent>,
}

#[pymethods]
impl PyEvent {
    #[classattr]
    fn __match_args__(py: Python<'_>) -> PyResult<Py<PyTuple>> {
        match_args(py, &[])
    }

    /// The JSON-ready form of the event: `{"type": "<class name>", <fields>}`.
    /// JIDs are strings, timestamps Unix seconds, enums their wire value,
    /// protobuf messages their protobuf JSON form (`MessageToDict`), other
    /// binary data base64; stanzas are left out.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &*self.event)
    }

    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        let names: Vec<String> = slf.getattr("__match_args__")?.extract()?;
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        repr_fields(slf.as_any(), &names)
    }
}

impl PyEvent {
    /// The event behind a Python event object.
    pub(crate) fn event(&self) -> &Arc<CoreEvent> {
        &self.event
    }
}

fn wrong_variant() -> PyErr {
    PyTypeError::new_err("event does not match its class")
}

/// Declares the classes of the events that hold one payload struct.
macro_rules! event_classes {
    ($( $(#[$doc:meta])* $variant:ident [$($field:ident),* $(,)?], )+) => {
        $(
            $(#[$doc])*
            #[pyclass(module = "wapy.events", extends = PyEvent, frozen)]
            pub struct $variant;

            #[pymethods]
            impl $variant {
                #[classattr]
                fn __match_args__(py: Python<'_>) -> PyResult<Py<PyTuple>> {
                    match_args(py, &[$(stringify!($field)),*])
                }

                $(
                    #[getter]
                    fn $field<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
                        match slf.as_super().get().event.as_ref() {
                            CoreEvent::$variant(payload) => payload.$field.to_py(slf.py()),
                            _ => Err(wrong_variant()),
                        }
                    }
                )*
            }
        )+

        /// The Python object of an event held in one payload struct, or
        /// `Err(event)` for the others.
        fn plain_event_to_py(
            py: Python<'_>,
            event: Arc<CoreEvent>,
        ) -> PyResult<Result<Bound<'_, PyAny>, Arc<CoreEvent>>> {
            let base = |event| PyClassInitializer::from(PyEvent { event });
            Ok(Ok(match event.as_ref() {
                $(CoreEvent::$variant(_) => {
                    Bound::new(py, base(event).add_subclass($variant))?.into_any()
                })+
                _ => return Ok(Err(event)),
            }))
        }

        /// The classes of the one-payload events.
        fn plain_classes(py: Python<'_>) -> Vec<Bound<'_, PyType>> {
            vec![$(py.get_type::<$variant>()),+]
        }
    };
}

event_classes! {
    /// Connected and logged in: stanzas flow, messages can be sent.
    Connected [],
    /// The connection ended.
    ///
    /// Fields: `reason` (`DisconnectReason`), `message` (detail for logs),
    /// `will_reconnect` (the client reconnects by itself).
    Disconnected [reason, message, will_reconnect],
    /// A QR code to show for linking this device; each new one replaces the
    /// previous (the first lasts about 60 s, later ones about 20 s).
    ///
    /// Fields: `code` (the text to render as a QR code), `timeout` (`timedelta`).
    QrCode [code, timeout],
    /// A pairing code to type on the phone (Linked devices, link with phone number).
    ///
    /// Fields: `code` (8 characters), `timeout` (`timedelta`).
    PairingCode [code, timeout],
    /// The phone accepted the link; the client reconnects as the new device
    /// (wait for `Connected` before sending).
    ///
    /// Fields: `id` (our device JID), `lid` (our LID or None),
    /// `business_name`, `platform` (the phone's).
    PairSuccess [id, lid, business_name, platform],
    /// The server accepted the link but finishing it locally failed.
    ///
    /// Fields: `id`, `lid` (None when unreadable), `business_name`,
    /// `platform`, `error` (what went wrong).
    PairError [id, lid, business_name, platform, error],
    /// The QR code was scanned by a phone without multi-device support; the
    /// same code can be scanned again once it has it.
    QrScannedWithoutMultidevice [],
    /// This device is no longer linked (removed on the phone, or refused at
    /// login); the stored credentials are useless and the client stops.
    ///
    /// Fields: `on_connect` (True for a login failure, False while
    /// connected), `reason` (`ConnectFailureReason`).
    LoggedOut [on_connect, reason],
    /// Another client connected with the same credentials; the client does
    /// not reconnect.
    StreamReplaced [],
    /// The server sent a `<stream:error>` with no dedicated event.
    ///
    /// Fields: `code` (empty when absent), `condition` (tag of its first child).
    StreamError [code, condition],
    /// The server refused the login with a code that has no dedicated event.
    ///
    /// Fields: `reason` (`ConnectFailureReason`), `message`.
    ConnectFailure [reason, message],
    /// The account is temporarily banned.
    ///
    /// Fields: `code` (`TempBanReason`), `expire` (`timedelta` until it ends).
    TemporaryBan [code, expire],
    /// The server refused this client version as too old.
    ClientOutdated [],
    /// A keepalive ping went unanswered; the client reconnects after a few.
    ///
    /// Fields: `error_count` (consecutive failures), `last_success` (`datetime` or None).
    KeepAliveTimeout [error_count, last_success],
    /// Keepalive pings are answered again after timeouts.
    KeepAliveRestored [],
    /// A message that could not be decrypted (or came without a copy for
    /// this device). The client asks the sender to retry; a successful retry
    /// arrives as an ordinary `Message`.
    ///
    /// Fields: `info` (`MessageInfo`), `is_unavailable` (no ciphertext for
    /// this device at all), `unavailable_type` (`UnavailableType` or None),
    /// `decrypt_fail_mode` (`DecryptFailMode`: show or hide a placeholder).
    UndecryptableMessage [info, is_unavailable, unavailable_type, decrypt_fail_mode],
    /// Messages we sent were delivered, read or played; or messages we
    /// received were read on another of our devices.
    ///
    /// Fields: `source` (`MessageSource`: chat and the device that sent the
    /// receipt), `message_ids` (list of ids), `timestamp`, `receipt_type`
    /// (`ReceiptType`), `message_sender` (in groups, for receipts of our other
    /// devices: who sent the message).
    Receipt [source, message_ids, timestamp, receipt_type, message_sender],
    /// Someone is typing or recording in a chat, or stopped.
    ///
    /// Fields: `source` (`MessageSource`), `state` (`ChatPresenceState`),
    /// `media` (`ChatPresenceMedia`).
    ChatPresence [source, state, media],
    /// A group changed: one event per change of a notification.
    ///
    /// Fields: `group_jid`, `participant` (who made the change, if stated),
    /// `participant_pn` (the same as a phone number, in LID groups),
    /// `timestamp`, `is_lid_addressing_mode`, `action` (a `GroupAction`
    /// subclass: `GroupAction.Add(participants, reason)`, ...).
    GroupUpdate [group_jid, participant, participant_pn, timestamp, is_lid_addressing_mode, action],
    /// A contact's profile changed (cached presence and picture are stale).
    ///
    /// Fields: `jid`, `timestamp`.
    ContactUpdated [jid, timestamp],
    /// A contact changed their phone number.
    ///
    /// Fields: `old_jid`, `new_jid`, `old_lid`, `new_lid` (None when not
    /// given), `timestamp`.
    ContactNumberChanged [old_jid, new_jid, old_lid, new_lid, timestamp],
    /// The server asks for an address-book sync: contacts changed since
    /// `after` should be looked up again.
    ///
    /// Fields: `after` (None when not stated), `timestamp`.
    ContactSyncRequested [after, timestamp],
    /// A contact was added to the address book on another device.
    ///
    /// Fields: `jid`, `timestamp`.
    ContactAdded [jid, timestamp],
    /// A contact was removed from the address book on another device.
    ///
    /// Fields: `jid`, `timestamp`.
    ContactRemoved [jid, timestamp],
    /// A contact was saved or renamed in the address book (synced from the phone).
    ///
    /// Fields: `jid`, `timestamp`, `action` (`wapy.proto.ContactAction`),
    /// `from_full_sync` (True when it came from a full snapshot).
    ContactUpdate [jid, timestamp, action, from_full_sync],
    /// A chat was pinned or unpinned (synced).
    ///
    /// Fields: `jid`, `timestamp`, `action` (`wapy.proto.PinAction`), `from_full_sync`.
    PinUpdate [jid, timestamp, action, from_full_sync],
    /// A chat was muted or unmuted (synced).
    ///
    /// Fields: `jid`, `timestamp`, `action` (`wapy.proto.MuteAction`), `from_full_sync`.
    MuteUpdate [jid, timestamp, action, from_full_sync],
    /// A chat was archived or unarchived (synced).
    ///
    /// Fields: `jid`, `timestamp`, `action` (`wapy.proto.ArchiveChatAction`),
    /// `from_full_sync`.
    ArchiveUpdate [jid, timestamp, action, from_full_sync],
    /// A message was starred or unstarred (synced).
    ///
    /// Fields: `chat_jid`, `participant_jid` (the sender in groups),
    /// `message_id`, `from_me`, `timestamp`, `action`
    /// (`wapy.proto.StarAction`), `from_full_sync`.
    StarUpdate [chat_jid, participant_jid, message_id, from_me, timestamp, action, from_full_sync],
    /// A chat was marked read or unread (synced).
    ///
    /// Fields: `jid`, `timestamp`, `action` (`wapy.proto.MarkChatAsReadAction`),
    /// `from_full_sync`.
    MarkChatAsReadUpdate [jid, timestamp, action, from_full_sync],
    /// A chat was deleted (synced).
    ///
    /// Fields: `jid`, `delete_media`, `timestamp`, `action`
    /// (`wapy.proto.DeleteChatAction`), `from_full_sync`.
    DeleteChatUpdate [jid, delete_media, timestamp, action, from_full_sync],
    /// A chat's messages were cleared (synced).
    ///
    /// Fields: `jid`, `delete_starred`, `delete_media`, `timestamp`, `action`
    /// (`wapy.proto.ClearChatAction`), `from_full_sync`.
    ClearChatUpdate [jid, delete_starred, delete_media, timestamp, action, from_full_sync],
    /// A message was deleted for us only (synced).
    ///
    /// Fields: `chat_jid`, `participant_jid`, `message_id`, `from_me`,
    /// `timestamp`, `action` (`wapy.proto.DeleteMessageForMeAction`), `from_full_sync`.
    DeleteForMeUpdate [chat_jid, participant_jid, message_id, from_me, timestamp, action, from_full_sync],
    /// Our own push name changed (synced).
    ///
    /// Fields: `timestamp`, `action` (`wapy.proto.PushNameSetting`: `name`),
    /// `from_full_sync`.
    PushNameUpdate [timestamp, action, from_full_sync],
    /// An app-state collection finished syncing.
    ///
    /// Fields: `name` (`critical_block`, `regular_high`...), `version`.
    AppStateSyncComplete [name, version],
    /// Right after login: how much the server queued while we were away.
    ///
    /// Fields: `total`, `app_data_changes`, `messages`, `notifications`, `receipts`.
    OfflineSyncPreview [total, app_data_changes, messages, notifications, receipts],
    /// The server delivered everything it queued while we were away.
    ///
    /// Fields: `count`.
    OfflineSyncCompleted [count],
    /// A user's device list changed; the client updated its cache.
    ///
    /// Fields: `user`, `lid_user`, `update_type` (`DeviceListUpdateType`),
    /// `devices` (list of `DeviceInfo`), `key_index` (`KeyIndexInfo` or None),
    /// `contact_hash`.
    DeviceListUpdate [user, lid_user, update_type, devices, key_index, contact_hash],
    /// A user's identity key changed (new phone or reinstall); sessions with
    /// them were reset.
    ///
    /// Fields: `user`, `lid_user`, `timestamp`, `implicit` (noticed while
    /// decrypting rather than announced).
    IdentityChange [user, lid_user, timestamp, implicit],
    /// Reaction and view counters of newsletter messages changed.
    ///
    /// Fields: `newsletter_jid`, `timestamp`, `messages` (list of
    /// `NewsletterLiveMessage`).
    NewsletterLiveUpdate [newsletter_jid, timestamp, messages],
    /// A user's or group's picture was set or removed.
    ///
    /// Fields: `jid`, `author` (group admin, if given), `timestamp`,
    /// `removed`, `picture_id`.
    PictureUpdate [jid, author, timestamp, removed, picture_id],
    /// A user changed their "about" text.
    ///
    /// Fields: `jid`, `status`, `timestamp`.
    UserAboutUpdate [jid, status, timestamp],
    /// Our blocklist changed.
    ///
    /// Fields: `action` (`BlocklistAction`: `MODIFY` means fetch the list
    /// again), `dhash`, `prev_dhash`, `changes` (list of `BlocklistChange`).
    BlocklistUpdate [action, dhash, prev_dhash, changes],
    /// Our privacy settings changed.
    ///
    /// Fields: `changes` (list of `PrivacySettingChange`).
    PrivacySettingsUpdate [changes],
    /// The phone answered a media re-upload request.
    ///
    /// Fields: `message_id`, `chat_jid`, `sender_jid`, `from_me`,
    /// `timestamp`, `ciphertext` and `iv` (bytes, the encrypted answer),
    /// `error_code` (when the phone could not re-upload).
    MediaRetry [message_id, chat_jid, sender_jid, from_me, timestamp, ciphertext, iv, error_code],
}

/// A user came online or went offline (after subscribing to their presence).
///
/// Fields: `from_` (the user; `from` in `to_dict()`), `unavailable` (True
/// when offline), `last_seen` (`datetime`, or None when hidden).
#[pyclass(module = "wapy.events", extends = PyEvent, frozen)]
pub struct Presence;

#[pymethods]
impl Presence {
    #[classattr]
    fn __match_args__(py: Python<'_>) -> PyResult<Py<PyTuple>> {
        match_args(py, &["from_", "unavailable", "last_seen"])
    }

    #[getter]
    fn from_<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        match slf.as_super().get().event.as_ref() {
            CoreEvent::Presence(payload) => payload.from.to_py(slf.py()),
            _ => Err(wrong_variant()),
        }
    }

    #[getter]
    fn unavailable(slf: &Bound<'_, Self>) -> PyResult<bool> {
        match slf.as_super().get().event.as_ref() {
            CoreEvent::Presence(payload) => Ok(payload.unavailable),
            _ => Err(wrong_variant()),
        }
    }

    #[getter]
    fn last_seen<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        match slf.as_super().get().event.as_ref() {
            CoreEvent::Presence(payload) => payload.last_seen.to_py(slf.py()),
            _ => Err(wrong_variant()),
        }
    }
}

/// A contact changed their default disappearing-messages timer.
///
/// Fields: `from_` (the contact; `from` in `to_dict()`), `duration` (seconds,
/// 0 for off), `setting_timestamp` (apply only if newer than what you have).
#[pyclass(module = "wapy.events", extends = PyEvent, frozen)]
pub struct DisappearingModeChanged;

#[pymethods]
impl DisappearingModeChanged {
    #[classattr]
    fn __match_args__(py: Python<'_>) -> PyResult<Py<PyTuple>> {
        match_args(py, &["from_", "duration", "setting_timestamp"])
    }

    #[getter]
    fn from_<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        match slf.as_super().get().event.as_ref() {
            CoreEvent::DisappearingModeChanged(payload) => payload.from.to_py(slf.py()),
            _ => Err(wrong_variant()),
        }
    }

    #[getter]
    fn duration(slf: &Bound<'_, Self>) -> PyResult<u32> {
        match slf.as_super().get().event.as_ref() {
            CoreEvent::DisappearingModeChanged(payload) => Ok(payload.duration),
            _ => Err(wrong_variant()),
        }
    }

    #[getter]
    fn setting_timestamp<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        match slf.as_super().get().event.as_ref() {
            CoreEvent::DisappearingModeChanged(payload) => {
                payload.setting_timestamp.to_py(slf.py())
            }
            _ => Err(wrong_variant()),
        }
    }
}

static PROTO_MESSAGE: PyOnceLock<Py<PyType>> = PyOnceLock::new();

/// A decrypted message.
///
/// Fields: `info` (`MessageInfo`: id, chat, sender, timestamp, push name...)
/// and `message` (a `wapy.proto.Message`, decoded on first access and
/// cached). `text` is the text of a plain or extended text message (looking
/// through ephemeral, view-once, edited and device-sent wrappers), or None.
#[pyclass(module = "wapy.events", extends = PyEvent, frozen)]
pub struct Message {
    decoded: PyOnceLock<Py<PyAny>>,
    info: PyOnceLock<Py<PyAny>>,
}

impl Message {
    fn parts<'a>(
        slf: &'a Bound<'_, Self>,
    ) -> PyResult<(&'a wa::Message, &'a Arc<crate::events::MessageInfo>)> {
        match slf.as_super().get().event.as_ref() {
            CoreEvent::Message(message, info) => Ok((message, info)),
            _ => Err(wrong_variant()),
        }
    }
}

#[pymethods]
impl Message {
    #[classattr]
    fn __match_args__(py: Python<'_>) -> PyResult<Py<PyTuple>> {
        match_args(py, &["info", "message"])
    }

    #[getter]
    fn info<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        let py = slf.py();
        let info = slf
            .get()
            .info
            .get_or_try_init(py, || Message::parts(slf)?.1.to_py(py).map(Bound::unbind))?;
        Ok(info.bind(py).clone())
    }

    #[getter]
    fn message<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        let py = slf.py();
        let decoded = slf.get().decoded.get_or_try_init(py, || {
            let (message, _) = Message::parts(slf)?;
            let class = PROTO_MESSAGE.import(py, "wapy.proto", "Message")?;
            proto_from_bytes(class, &prost::Message::encode_to_vec(message)).map(Bound::unbind)
        })?;
        Ok(decoded.bind(py).clone())
    }

    /// The text of a text message (plain or extended, through wrappers), or None.
    #[getter]
    fn text<'py>(slf: &Bound<'py, Self>) -> PyResult<Option<Bound<'py, PyString>>> {
        let (message, _) = Message::parts(slf)?;
        Ok(message_text(message).map(|text| PyString::new(slf.py(), text)))
    }

    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        repr_fields(slf.as_any(), &["info", "text"])
    }
}

/// A history-sync chunk from the phone (past conversations, contacts' push
/// names...). The chunk is not decoded until `get()` is called.
///
/// Fields (read without decoding): `sync_type` (the
/// `wapy.proto.HistorySync.HistorySyncType` number, or None), `chunk_order`,
/// `progress` (percent), `size` (bytes). `get()` decodes the chunk into a
/// `wapy.proto.HistorySync` once and caches it (None when the bytes do not
/// decode); `raw_bytes()` returns the protobuf bytes. Decoding a large chunk
/// takes a while: call `get()` from a worker thread
/// (`anyio.to_thread.run_sync(ev.get)`) when that matters.
#[pyclass(module = "wapy.events", extends = PyEvent, frozen)]
pub struct HistorySync {
    decoded: PyOnceLock<Option<Py<PyAny>>>,
}

impl HistorySync {
    fn lazy<'a>(slf: &'a Bound<'_, Self>) -> PyResult<&'a crate::events::LazyHistorySync> {
        match slf.as_super().get().event.as_ref() {
            CoreEvent::HistorySync(history) => Ok(history),
            _ => Err(wrong_variant()),
        }
    }
}

#[pymethods]
impl HistorySync {
    #[classattr]
    fn __match_args__(py: Python<'_>) -> PyResult<Py<PyTuple>> {
        match_args(py, &["sync_type", "chunk_order", "progress"])
    }

    #[getter]
    fn sync_type(slf: &Bound<'_, Self>) -> PyResult<Option<i32>> {
        Ok(HistorySync::lazy(slf)?.sync_type())
    }

    #[getter]
    fn chunk_order(slf: &Bound<'_, Self>) -> PyResult<Option<u32>> {
        Ok(HistorySync::lazy(slf)?.chunk_order())
    }

    #[getter]
    fn progress(slf: &Bound<'_, Self>) -> PyResult<Option<u32>> {
        Ok(HistorySync::lazy(slf)?.progress())
    }

    #[getter]
    fn size(slf: &Bound<'_, Self>) -> PyResult<usize> {
        Ok(HistorySync::lazy(slf)?.raw_bytes().len())
    }

    /// The inflated `HistorySync` protobuf bytes.
    fn raw_bytes<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyBytes>> {
        Ok(PyBytes::new(slf.py(), HistorySync::lazy(slf)?.raw_bytes()))
    }

    /// The decoded chunk (`wapy.proto.HistorySync`), decoded once and cached;
    /// None when the bytes do not decode.
    fn get<'py>(slf: &Bound<'py, Self>) -> PyResult<Option<Bound<'py, PyAny>>> {
        let py = slf.py();
        let decoded = slf.get().decoded.get_or_try_init(py, || {
            let raw = HistorySync::lazy(slf)?.raw_bytes();
            static CLASS: PyOnceLock<Py<PyType>> = PyOnceLock::new();
            let class = CLASS.import(py, "wapy.proto", "HistorySync")?;
            match proto_from_bytes(class, raw) {
                Ok(decoded) => Ok::<_, PyErr>(Some(decoded.unbind())),
                Err(error) => {
                    log::warn!(
                        "history sync chunk of {} bytes does not decode: {error}",
                        raw.len()
                    );
                    Ok(None)
                }
            }
        })?;
        Ok(decoded.as_ref().map(|decoded| decoded.bind(py).clone()))
    }
}

/// Declares the classes of the stanza events (`node` converted once, cached).
macro_rules! node_events {
    ($( $(#[$doc:meta])* $variant:ident, )+) => {
        $(
            $(#[$doc])*
            #[pyclass(module = "wapy.events", extends = PyEvent, frozen)]
            pub struct $variant {
                node: PyOnceLock<Py<PyAny>>,
            }

            #[pymethods]
            impl $variant {
                #[classattr]
                fn __match_args__(py: Python<'_>) -> PyResult<Py<PyTuple>> {
                    match_args(py, &["node"])
                }

                /// The stanza (a `wapy.Node`).
                #[getter]
                fn node<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
                    let py = slf.py();
                    let node = slf.get().node.get_or_try_init(py, || {
                        match slf.as_super().get().event.as_ref() {
                            CoreEvent::$variant(owned) => {
                                owned.to_node().to_py(py).map(Bound::unbind)
                            }
                            _ => Err(wrong_variant()),
                        }
                    })?;
                    Ok(node.bind(py).clone())
                }
            }
        )+
    };
}

node_events! {
    /// A `<notification>` stanza as received (every notification, including
    /// the kinds that also produce a dedicated event).
    ///
    /// Fields: `node` (a `wapy.Node`). `to_dict()` leaves the stanza out.
    Notification,
    /// A stanza as received, before the client handles it; only emitted
    /// when the client was created with `forward_raw_nodes=True`.
    ///
    /// Fields: `node` (a `wapy.Node`). `to_dict()` leaves the stanza out.
    RawNode,
}

/// The Python object of an event.
pub(crate) fn event_to_py(py: Python<'_>, event: Arc<CoreEvent>) -> PyResult<Bound<'_, PyAny>> {
    let event = match plain_event_to_py(py, event)? {
        Ok(object) => return Ok(object),
        Err(event) => event,
    };
    let base = PyClassInitializer::from(PyEvent {
        event: Arc::clone(&event),
    });
    Ok(match event.as_ref() {
        CoreEvent::Presence(_) => Bound::new(py, base.add_subclass(Presence))?.into_any(),
        CoreEvent::DisappearingModeChanged(_) => {
            Bound::new(py, base.add_subclass(DisappearingModeChanged))?.into_any()
        }
        CoreEvent::Message(..) => Bound::new(
            py,
            base.add_subclass(Message {
                decoded: PyOnceLock::new(),
                info: PyOnceLock::new(),
            }),
        )?
        .into_any(),
        CoreEvent::HistorySync(_) => Bound::new(
            py,
            base.add_subclass(HistorySync {
                decoded: PyOnceLock::new(),
            }),
        )?
        .into_any(),
        CoreEvent::Notification(_) => Bound::new(
            py,
            base.add_subclass(Notification {
                node: PyOnceLock::new(),
            }),
        )?
        .into_any(),
        CoreEvent::RawNode(_) => Bound::new(
            py,
            base.add_subclass(RawNode {
                node: PyOnceLock::new(),
            }),
        )?
        .into_any(),
        _ => return Err(wrong_variant()),
    })
}

/// Every event class, indexed by `EventKind` discriminant.
pub(crate) fn event_classes(py: Python<'_>) -> PyResult<Vec<Bound<'_, PyType>>> {
    let mut classes = plain_classes(py);
    classes.push(py.get_type::<Presence>());
    classes.push(py.get_type::<DisappearingModeChanged>());
    classes.push(py.get_type::<Message>());
    classes.push(py.get_type::<HistorySync>());
    classes.push(py.get_type::<Notification>());
    classes.push(py.get_type::<RawNode>());
    let mut by_kind: Vec<Option<Bound<'_, PyType>>> =
        vec![None; crate::events::EventKind::ALL.len()];
    for class in classes {
        let name = class.name()?.to_string();
        let kind = crate::events::EventKind::from_name(&name).ok_or_else(|| {
            PyTypeError::new_err(format!("event class {name} names no event kind"))
        })?;
        if let Some(slot) = by_kind.get_mut(kind.index()) {
            *slot = Some(class);
        }
    }
    by_kind
        .into_iter()
        .enumerate()
        .map(|(index, class)| {
            class.ok_or_else(|| {
                let name =
                    crate::events::EventKind::from_index(index).map_or("?", |kind| kind.name());
                PyTypeError::new_err(format!("event kind {name} has no Python class"))
            })
        })
        .collect()
}

/// Adds `Event` and every event class to `wapy._core`.
pub(crate) fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<PyEvent>()?;
    for class in event_classes(module.py())? {
        module.add(class.name()?, class)?;
    }
    Ok(())
}
