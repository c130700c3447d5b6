//! The newsletter API of `wapy.Client`: live-update subscriptions, history,
//! follow/unfollow/mute, metadata, creation and updates, as functions taking the `ClientCore`
//! and returning a `PendingCall`, and the result classes
//! `wapy.NewsletterInfo` and `wapy.NewsletterMessage`. Conversion only: the
//! requests live in `crate::client::newsletter`.

use prost::Message as _;
use pyo3::prelude::*;
use pyo3::types::{PyModule, PyTuple};

use super::call::{self, PendingCall, Value};
use super::client::ClientCore;
use super::errors::invalid_argument;
use super::events::{ToPy, match_args, repr_fields};
use super::groups::value_class;
use super::jid::PyJid;
use crate::client::{Client, NewsletterMessage, NewsletterMetadata};
use crate::proto::wa;

value_class!(
    /// A newsletter's metadata: `jid`, `name`, `description`, `subscribers`,
    /// `role` (ours: `owner`, `admin`, `subscriber`...), `muted` and
    /// `picture_id`, each `None` when the server did not say.
    PyNewsletterInfo(NewsletterMetadata) as "NewsletterInfo" [
        jid, name, description, subscribers, role, muted, picture_id,
    ]
);

value_class!(
    /// A message of a newsletter's history: `server_id`, `id`,
    /// `message_type`, `timestamp`, `message` (a `wapy.proto.Message`, or
    /// `None`), `views` and `reactions` (list of
    /// `wapy.events.NewsletterReaction`).
    PyNewsletterMessage(NewsletterMessage) as "NewsletterMessage" [
        server_id, id, message_type, timestamp, message, views, reactions,
    ]
);

fn client(core: &Bound<'_, ClientCore>) -> Client {
    core.get().client().clone()
}

/// Subscribes to the live counters of `newsletter`, renewed until
/// cancelled; the call returns the granted duration (`timedelta`).
#[pyfunction]
fn subscribe_live_updates(
    core: &Bound<'_, ClientCore>,
    waker: i64,
    newsletter: PyJid,
) -> PyResult<PendingCall> {
    let client = client(core);
    call::spawn(waker, async move {
        Ok(Value::object(
            client.subscribe_live_updates(&newsletter.0).await?,
        ))
    })
}

/// Stops renewing the live updates of `newsletter`; False if none ran.
#[pyfunction]
fn cancel_live_updates(core: &Bound<'_, ClientCore>, newsletter: PyJid) -> bool {
    core.get().client().cancel_live_updates(&newsletter.0)
}

/// Whether the live updates of `newsletter` are kept alive.
#[pyfunction]
fn has_live_updates(core: &Bound<'_, ClientCore>, newsletter: PyJid) -> bool {
    core.get().client().has_live_updates(&newsletter.0)
}

/// The metadata of `newsletter`.
#[pyfunction]
fn get_newsletter_info(
    core: &Bound<'_, ClientCore>,
    waker: i64,
    newsletter: PyJid,
) -> PyResult<PendingCall> {
    let client = client(core);
    call::spawn(waker, async move {
        Ok(Value::object(
            client.get_newsletter_info(&newsletter.0).await?,
        ))
    })
}

/// Creates a newsletter we own (with a JPEG `picture` when given); the
/// value is its `NewsletterInfo`.
#[pyfunction]
#[pyo3(signature = (core, waker, name, description = None, picture = None))]
fn create_newsletter(
    core: &Bound<'_, ClientCore>,
    waker: i64,
    name: String,
    description: Option<String>,
    picture: Option<Vec<u8>>,
) -> PyResult<PendingCall> {
    let client = client(core);
    call::spawn(waker, async move {
        Ok(Value::object(
            client
                .create_newsletter(&name, description.as_deref(), picture.as_deref())
                .await?,
        ))
    })
}

/// Changes the name and/or description of `newsletter`; the value is its
/// new `NewsletterInfo`.
#[pyfunction]
#[pyo3(signature = (core, waker, newsletter, name = None, description = None))]
fn update_newsletter(
    core: &Bound<'_, ClientCore>,
    waker: i64,
    newsletter: PyJid,
    name: Option<String>,
    description: Option<String>,
) -> PyResult<PendingCall> {
    let client = client(core);
    call::spawn(waker, async move {
        Ok(Value::object(
            client
                .update_newsletter(&newsletter.0, name.as_deref(), description.as_deref())
                .await?,
        ))
    })
}

/// Follows (`follow` true) or unfollows `newsletter`.
#[pyfunction]
fn follow_newsletter(
    core: &Bound<'_, ClientCore>,
    waker: i64,
    newsletter: PyJid,
    follow: bool,
) -> PyResult<PendingCall> {
    let client = client(core);
    call::spawn(waker, async move {
        if follow {
            client.follow_newsletter(&newsletter.0).await?;
        } else {
            client.unfollow_newsletter(&newsletter.0).await?;
        }
        Ok(Value::Unit)
    })
}

/// Mutes (`mute` true) or unmutes `newsletter`.
#[pyfunction]
fn mute_newsletter(
    core: &Bound<'_, ClientCore>,
    waker: i64,
    newsletter: PyJid,
    mute: bool,
) -> PyResult<PendingCall> {
    let client = client(core);
    call::spawn(waker, async move {
        client.mute_newsletter(&newsletter.0, mute).await?;
        Ok(Value::Unit)
    })
}

/// Up to `count` messages of `newsletter`, newest first, before the
/// server id `before` when given.
#[pyfunction]
#[pyo3(signature = (core, waker, newsletter, count, before = None))]
fn get_newsletter_messages(
    core: &Bound<'_, ClientCore>,
    waker: i64,
    newsletter: PyJid,
    count: u32,
    before: Option<u64>,
) -> PyResult<PendingCall> {
    let client = client(core);
    call::spawn(waker, async move {
        Ok(Value::object(
            client
                .get_newsletter_messages(&newsletter.0, count, before)
                .await?,
        ))
    })
}

/// Posts `message` (serialized `wapy.proto.Message`) to `newsletter`, which
/// we must administer; the value is `(message_id, server_id)`.
#[pyfunction]
fn send_newsletter_message(
    py: Python<'_>,
    core: &Bound<'_, ClientCore>,
    waker: i64,
    newsletter: PyJid,
    message: &[u8],
) -> PyResult<PendingCall> {
    let message = match wa::Message::decode(message) {
        Ok(message) => message,
        Err(error) => {
            let error = invalid_argument(py, format!("message is not a valid Message: {error}"));
            return call::reject(waker, error);
        }
    };
    let client = client(core);
    call::spawn(waker, async move {
        let post = client
            .send_newsletter_message(&newsletter.0, message)
            .await?;
        Ok(Value::Object(Box::new(move |py| {
            Ok((post.id, post.server_id)
                .into_pyobject(py)?
                .into_any()
                .unbind())
        })))
    })
}

/// Adds the newsletter classes and functions to `wapy._core`.
pub(crate) fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<PyNewsletterInfo>()?;
    module.add_class::<PyNewsletterMessage>()?;
    module.add_function(wrap_pyfunction!(subscribe_live_updates, module)?)?;
    module.add_function(wrap_pyfunction!(cancel_live_updates, module)?)?;
    module.add_function(wrap_pyfunction!(has_live_updates, module)?)?;
    module.add_function(wrap_pyfunction!(get_newsletter_info, module)?)?;
    module.add_function(wrap_pyfunction!(create_newsletter, module)?)?;
    module.add_function(wrap_pyfunction!(update_newsletter, module)?)?;
    module.add_function(wrap_pyfunction!(follow_newsletter, module)?)?;
    module.add_function(wrap_pyfunction!(mute_newsletter, module)?)?;
    module.add_function(wrap_pyfunction!(get_newsletter_messages, module)?)?;
    module.add_function(wrap_pyfunction!(send_newsletter_message, module)?)?;
    Ok(())
}
