//! The media API of `wapy.Client` (media sends, downloads) and the media
//! fault injection of `wapy.testing.Server`. Conversion only: the sends
//! live in `crate::client::media_send`, the transfers in `crate::media`.
//!
//! Progress reaches Python without calling into it from a Rust thread: a
//! [`PyProgress`] cell records the latest `(done, total)` of a transfer in
//! atomics and writes one byte to its socket when a new value arrives and
//! the previous one has been taken (so a transfer costs at most one
//! wake-up per Python read, whatever its speed). Its socket is a duplicate
//! of the call's own write end: the Python side waits on one socket,
//! reports the value it takes on the event loop thread, and stops once the
//! call is done. The cell closes its socket when the call's future ends
//! (finished, failed, aborted or panicked), so the reader always wakes up.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use pyo3::exceptions::PyOSError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyModule};

use super::call::{self, PendingCall, Value};
use super::client::{ClientCore, WakeSocket};
use super::errors::{decode_error, emulator_error, invalid_argument};
use super::events::PyMessageInfo;
use super::jid::PyJid;
use super::server::ServerCore;
use crate::client::{MediaKind, MediaSendOptions, ReplyTo};
use crate::media::{DownloadOptions, ProgressFn, TransferProgress};
use crate::proto::wa;

/// A total no transfer reports: "unknown".
const UNKNOWN: u64 = u64::MAX;

struct ProgressState {
    done: AtomicU64,
    total: AtomicU64,
    /// A value not yet taken by Python (at most one wake-up byte pending).
    fresh: AtomicBool,
    socket: Mutex<Option<WakeSocket>>,
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl ProgressState {
    fn record(&self, progress: TransferProgress) {
        self.total
            .store(progress.total.unwrap_or(UNKNOWN), Ordering::SeqCst);
        self.done.fetch_max(progress.done, Ordering::SeqCst);
        if !self.fresh.swap(true, Ordering::SeqCst)
            && let Some(socket) = lock(&self.socket).as_ref()
        {
            socket.wake();
        }
    }
}

/// Closes the progress socket when the call's future ends, however it ends.
struct CloseOnDrop(Arc<ProgressState>);

impl Drop for CloseOnDrop {
    fn drop(&mut self) {
        lock(&self.0.socket).take();
    }
}

/// The progress of one transfer, shared with the Python side of its call
/// (private: `wapy.Client` media methods make it).
#[pyclass(module = "wapy._core", name = "Progress", frozen)]
pub struct PyProgress {
    state: Arc<ProgressState>,
}

#[pymethods]
impl PyProgress {
    /// A cell writing its wake-ups to `descriptor` (ownership passes to Rust).
    #[new]
    fn new(descriptor: i64) -> PyResult<PyProgress> {
        let socket = WakeSocket::from_descriptor(descriptor).map_err(PyOSError::new_err)?;
        Ok(PyProgress {
            state: Arc::new(ProgressState {
                done: AtomicU64::new(0),
                total: AtomicU64::new(UNKNOWN),
                fresh: AtomicBool::new(false),
                socket: Mutex::new(Some(socket)),
            }),
        })
    }

    /// The latest `(done, total)` if a new value came since the last call,
    /// else None (`total` is None when the transfer does not know it).
    fn take(&self) -> Option<(u64, Option<u64>)> {
        if !self.state.fresh.swap(false, Ordering::SeqCst) {
            return None;
        }
        let done = self.state.done.load(Ordering::SeqCst);
        let total = self.state.total.load(Ordering::SeqCst);
        Some((done, (total != UNKNOWN).then_some(total)))
    }
}

/// The Rust callback feeding `cell`, and the guard closing its socket.
fn progress_parts(
    cell: Option<&Bound<'_, PyProgress>>,
) -> (Option<ProgressFn>, Option<CloseOnDrop>) {
    match cell {
        None => (None, None),
        Some(cell) => {
            let state = Arc::clone(&cell.get().state);
            let sink = Arc::clone(&state);
            let callback: ProgressFn = Arc::new(move |progress| sink.record(progress));
            (Some(callback), Some(CloseOnDrop(state)))
        }
    }
}

fn media_kind(kind: &str) -> Option<MediaKind> {
    Some(match kind {
        "image" => MediaKind::Image,
        "video" => MediaKind::Video,
        "audio" => MediaKind::Audio,
        "document" => MediaKind::Document,
        "sticker" => MediaKind::Sticker,
        _ => return None,
    })
}

/// Uploads a file (`data`, or the file at `path`) and sends it to `chat`
/// as a `kind` message; answers the message id.
#[pyfunction]
#[pyo3(signature = (
    core, waker, chat, kind, data, path, progress, *, caption=None, mimetype=None,
    thumbnail=None, width=None, height=None, seconds=None, ptt=false, gif_playback=false,
    file_name=None, title=None, page_count=None, animated=None, reply_id=None,
    reply_sender=None, reply_message=None, mentions=Vec::new(), recipients=Vec::new(),
))]
#[allow(clippy::too_many_arguments)]
fn send_media(
    py: Python<'_>,
    core: &Bound<'_, ClientCore>,
    waker: i64,
    chat: PyJid,
    kind: &str,
    data: Option<&[u8]>,
    path: Option<PathBuf>,
    progress: Option<&Bound<'_, PyProgress>>,
    caption: Option<String>,
    mimetype: Option<String>,
    thumbnail: Option<&[u8]>,
    width: Option<u32>,
    height: Option<u32>,
    seconds: Option<u32>,
    ptt: bool,
    gif_playback: bool,
    file_name: Option<String>,
    title: Option<String>,
    page_count: Option<u32>,
    animated: Option<bool>,
    reply_id: Option<String>,
    reply_sender: Option<PyJid>,
    reply_message: Option<&[u8]>,
    mentions: Vec<PyJid>,
    recipients: Vec<PyJid>,
) -> PyResult<PendingCall> {
    let reply_to = match (reply_id, reply_sender) {
        (Some(id), Some(sender)) => Some(ReplyTo {
            id,
            sender: sender.0,
            message: match reply_message {
                Some(bytes) => <wa::Message as prost::Message>::decode(bytes).map_err(|error| {
                    invalid_argument(py, format!("reply_to is not a valid Message: {error}"))
                })?,
                None => wa::Message::default(),
            },
        }),
        (None, None) => None,
        _ => {
            return Err(invalid_argument(
                py,
                "a reply needs both the quoted message's id and its sender",
            ));
        }
    };
    let kind = media_kind(kind)
        .ok_or_else(|| invalid_argument(py, format!("unknown media kind {kind:?}")))?;
    let source: crate::client::MediaSource = match (data, path) {
        (Some(data), None) => Bytes::copy_from_slice(data).into(),
        (None, Some(path)) => path.into(),
        _ => return Err(invalid_argument(py, "give either data or a path")),
    };
    let (callback, guard) = progress_parts(progress);
    let options = MediaSendOptions {
        caption,
        mimetype,
        thumbnail: thumbnail.map(Bytes::copy_from_slice),
        width,
        height,
        seconds,
        ptt,
        gif_playback,
        file_name,
        title,
        page_count,
        animated,
        reply_to,
        mentions: mentions.into_iter().map(|jid| jid.0).collect(),
        progress: callback,
        status_recipients: recipients.into_iter().map(|jid| jid.0).collect(),
    };
    let client = core.get().client().clone();
    call::spawn(waker, async move {
        let _guard = guard;
        let id = client.send_media(&chat.0, kind, source, &options).await?;
        Ok(Value::Text(id))
    })
}

/// The protobuf types a download accepts.
const MEDIA_PROTOS: [&str; 6] = [
    "Message",
    "ImageMessage",
    "VideoMessage",
    "AudioMessage",
    "DocumentMessage",
    "StickerMessage",
];

/// The `wa.Message` a serialized `proto_name` message stands for (a media
/// message alone is put in a `Message`).
fn decode_message(proto_name: &str, encoded: &[u8]) -> Result<wa::Message, String> {
    fn decode<M: prost::Message + Default>(encoded: &[u8]) -> Result<M, String> {
        M::decode(encoded).map_err(|error| error.to_string())
    }
    Ok(match proto_name {
        "Message" => decode(encoded)?,
        "ImageMessage" => wa::Message {
            image_message: Some(Box::new(decode(encoded)?)),
            ..Default::default()
        },
        "VideoMessage" => wa::Message {
            video_message: Some(Box::new(decode(encoded)?)),
            ..Default::default()
        },
        "AudioMessage" => wa::Message {
            audio_message: Some(Box::new(decode(encoded)?)),
            ..Default::default()
        },
        "DocumentMessage" => wa::Message {
            document_message: Some(Box::new(decode(encoded)?)),
            ..Default::default()
        },
        "StickerMessage" => wa::Message {
            sticker_message: Some(Box::new(decode(encoded)?)),
            ..Default::default()
        },
        other => return Err(format!("{other} is not a media message type")),
    })
}

/// Downloads the media of a message (`encoded`, a serialized `proto_name`)
/// into memory (answers bytes) or into `path` (answers None). `info`, the
/// received message's `MessageInfo`, enables media retry.
#[pyfunction]
#[pyo3(signature = (core, waker, proto_name, encoded, info, path, progress))]
#[allow(clippy::too_many_arguments)]
fn download_media(
    py: Python<'_>,
    core: &Bound<'_, ClientCore>,
    waker: i64,
    proto_name: &str,
    encoded: &[u8],
    info: Option<&Bound<'_, PyAny>>,
    path: Option<PathBuf>,
    progress: Option<&Bound<'_, PyProgress>>,
) -> PyResult<PendingCall> {
    if !MEDIA_PROTOS.contains(&proto_name) {
        return Err(invalid_argument(
            py,
            format!("{proto_name} is not a message with media"),
        ));
    }
    let message = decode_message(proto_name, encoded).map_err(|error| decode_error(py, error))?;
    let info = match info {
        None => None,
        Some(info) => Some(Arc::clone(
            &info
                .cast::<PyMessageInfo>()
                .map_err(|_| invalid_argument(py, "info must be a wapy.events.MessageInfo"))?
                .get()
                .0,
        )),
    };
    let (callback, guard) = progress_parts(progress);
    let options = DownloadOptions {
        progress: callback,
        ..DownloadOptions::default()
    };
    let client = core.get().client().clone();
    call::spawn(waker, async move {
        let _guard = guard;
        let info = info.as_deref();
        match path {
            Some(path) => {
                client
                    .download_message_to(&message, info, &path, &options)
                    .await?;
                Ok(Value::Unit)
            }
            None => {
                let data = client
                    .download_message(&message, info, &options)
                    .await?
                    .data;
                Ok(Value::Object(Box::new(move |py| {
                    Ok(PyBytes::new(py, &data).into_any().unbind())
                })))
            }
        }
    })
}

/// Corrupts the stored blob at `direct_path` on the emulator's media
/// server (its MAC and hashes no longer match).
#[pyfunction]
fn server_corrupt_media(
    py: Python<'_>,
    server: &Bound<'_, ServerCore>,
    direct_path: &str,
) -> PyResult<()> {
    server
        .get()
        .server()
        .media()
        .corrupt(direct_path)
        .map_err(|error| emulator_error(py, error))
}

/// Removes the blob at `direct_path` (downloads answer 404); False when
/// nothing was stored there.
#[pyfunction]
fn server_remove_media(server: &Bound<'_, ServerCore>, direct_path: &str) -> bool {
    server.get().server().media().remove(direct_path)
}

/// Adds the media functions to `wapy._core`.
pub(crate) fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<PyProgress>()?;
    module.add_function(wrap_pyfunction!(send_media, module)?)?;
    module.add_function(wrap_pyfunction!(download_media, module)?)?;
    module.add_function(wrap_pyfunction!(server_corrupt_media, module)?)?;
    module.add_function(wrap_pyfunction!(server_remove_media, module)?)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use prost::Message as _;

    #[test]
    fn media_parts_are_wrapped_in_a_message() {
        let image = wa::ImageMessage {
            direct_path: Some("/x".to_owned()),
            ..Default::default()
        };
        let message = decode_message("ImageMessage", &image.encode_to_vec()).unwrap();
        assert_eq!(message.image_message.as_deref(), Some(&image));
        assert!(decode_message("Conversation", b"").is_err());
        assert!(decode_message("Message", b"\xFF\xFF").is_err());
    }
}
