//! The emulator controls of `wapy.testing.Server` that drive notifications:
//! group snapshots and raw group actions, contact, profile, account-sync and
//! privacy-token announcements, and newsletters. Free functions taking the
//! `ServerCore`; conversion only, the behaviour lives in `crate::server`.

use prost::Message as _;
use pyo3::prelude::*;
use pyo3::types::PyModule;

use super::binary::PyNode;
use super::errors::{decode_error, invalid_argument};
use super::jid::PyJid;
use super::server::ServerCore;
use crate::binary::Jid;
use crate::proto::wa;
use crate::server::KeyIndexListMode;
use crate::server::groups::GroupState;
use crate::server::newsletters::NewsletterState;

/// A snapshot of a group on the emulator (private: `wapy.testing.Server.group`).
#[pyclass(module = "wapy.testing", name = "GroupState", frozen, get_all)]
pub struct PyGroupState {
    /// The group JID.
    jid: PyJid,
    /// The subject.
    subject: String,
    /// Who set the subject (phone number).
    subject_owner: String,
    /// The creator (phone number).
    creator: String,
    /// The description text, if any.
    description: Option<String>,
    /// Members (phone numbers) and their rank (`admin`, `superadmin`, or None).
    participants: Vec<(String, Option<String>)>,
    /// Only admins send.
    announce: bool,
    /// Only admins edit the info.
    locked: bool,
    /// The disappearing timer in seconds (0: off).
    ephemeral: u32,
    /// Joining needs admin approval.
    membership_approval: bool,
    /// `admin_add` or `all_member_add`.
    member_add_mode: String,
    /// The current invite code.
    invite_code: String,
    /// Phone numbers with a pending join request.
    requests: Vec<String>,
    /// A community (parent group).
    is_parent: bool,
    /// The community it is linked to (group id), if any.
    linked_parent: Option<String>,
    /// `pn` or `lid`: how members are addressed.
    addressing_mode: String,
}

impl From<GroupState> for PyGroupState {
    fn from(state: GroupState) -> PyGroupState {
        PyGroupState {
            jid: PyJid(state.jid()),
            addressing_mode: state.addressing_mode().to_owned(),
            subject: state.subject,
            subject_owner: state.subject_owner,
            creator: state.creator,
            description: state.description.map(|(_, text)| text),
            participants: state
                .participants
                .into_iter()
                .map(|(phone, rank)| (phone, rank.map(str::to_owned)))
                .collect(),
            announce: state.announce,
            locked: state.locked,
            ephemeral: state.ephemeral,
            membership_approval: state.membership_approval,
            member_add_mode: state.member_add_mode,
            invite_code: state.invite_code,
            requests: state.requests.into_iter().map(|(phone, _)| phone).collect(),
            is_parent: state.is_parent,
            linked_parent: state.linked_parent,
        }
    }
}

#[pymethods]
impl PyGroupState {
    fn __repr__(&self) -> String {
        format!(
            "<wapy.testing.GroupState {} {:?} ({} members)>",
            self.jid.0,
            self.subject,
            self.participants.len()
        )
    }
}

/// A snapshot of a newsletter on the emulator (private:
/// `wapy.testing.Server.newsletter`).
#[pyclass(module = "wapy.testing", name = "NewsletterState", frozen, get_all)]
pub struct PyNewsletterState {
    /// The newsletter JID.
    jid: PyJid,
    /// Its name.
    name: String,
    /// Its description.
    description: String,
    /// Followers (phone numbers, sorted).
    followers: Vec<String>,
    /// Followers who muted it (phone numbers, sorted).
    muted: Vec<String>,
    /// The server ids of the posted messages, oldest first.
    messages: Vec<u64>,
    /// How many live-update requests arrived (subscriptions and renewals).
    live_requests: u64,
}

impl From<NewsletterState> for PyNewsletterState {
    fn from(state: NewsletterState) -> PyNewsletterState {
        PyNewsletterState {
            jid: PyJid(Jid::new(
                state.id.clone(),
                crate::binary::Server::Newsletter,
            )),
            messages: state.messages.iter().map(|m| m.server_id).collect(),
            name: state.name,
            description: state.description,
            followers: state.followers.into_iter().collect(),
            muted: state.muted.into_iter().collect(),
            live_requests: state.live_requests,
        }
    }
}

#[pymethods]
impl PyNewsletterState {
    fn __repr__(&self) -> String {
        format!(
            "<wapy.testing.NewsletterState {} {:?}>",
            self.jid.0, self.name
        )
    }
}

/// The state of group `jid`, or None.
#[pyfunction]
fn server_group(server: &Bound<'_, ServerCore>, jid: PyJid) -> Option<PyGroupState> {
    server.get().server().group(&jid.0).map(PyGroupState::from)
}

/// Sends a `w:gp2` notification carrying `node` from `actor` to every
/// member of `group` without changing it; False for an unknown group.
#[pyfunction]
#[pyo3(signature = (server, group, actor, node))]
fn server_push_group_action(
    py: Python<'_>,
    server: &Bound<'_, ServerCore>,
    group: PyJid,
    actor: Option<PyJid>,
    node: &Bound<'_, PyNode>,
) -> PyResult<bool> {
    let node = node.get().to_rust(py, 0)?;
    Ok(server
        .get()
        .server()
        .push_group_action(&group.0, actor.as_ref().map(|jid| &jid.0), node))
}

/// Sends `node` to every device of account `user`; returns how many.
#[pyfunction]
fn server_notify_account(
    py: Python<'_>,
    server: &Bound<'_, ServerCore>,
    user: PyJid,
    node: &Bound<'_, PyNode>,
) -> PyResult<usize> {
    let node = node.get().to_rust(py, 0)?;
    Ok(server.get().server().notify_account(&user.0, node))
}

/// Announces that `old` changed their number to `new`.
#[pyfunction]
#[pyo3(signature = (server, old, new, new_lid = None))]
fn server_announce_number_change(
    server: &Bound<'_, ServerCore>,
    old: PyJid,
    new: PyJid,
    new_lid: Option<PyJid>,
) {
    server.get().server().announce_number_change(
        &old.0,
        &new.0,
        new_lid.as_ref().map(|jid| &jid.0),
    );
}

/// Announces that `user` changed their profile.
#[pyfunction]
fn server_announce_contact_update(server: &Bound<'_, ServerCore>, user: PyJid) {
    server.get().server().announce_contact_update(&user.0);
}

/// Announces `user`'s default disappearing timer.
#[pyfunction]
fn server_announce_disappearing_mode(server: &Bound<'_, ServerCore>, user: PyJid, duration: u32) {
    server
        .get()
        .server()
        .announce_disappearing_mode(&user.0, duration);
}

/// Announces a new (`picture_id`) or removed (None) picture of `jid`.
#[pyfunction]
#[pyo3(signature = (server, jid, picture_id = None, author = None))]
fn server_announce_picture(
    server: &Bound<'_, ServerCore>,
    jid: PyJid,
    picture_id: Option<String>,
    author: Option<PyJid>,
) {
    server.get().server().announce_picture(
        &jid.0,
        picture_id.as_deref(),
        author.as_ref().map(|jid| &jid.0),
    );
}

/// Announces `user`'s new about text.
#[pyfunction]
fn server_announce_about(server: &Bound<'_, ServerCore>, user: PyJid, text: &str) {
    server.get().server().announce_about(&user.0, text);
}

/// Chooses the key-index list usync answers carry for the account of
/// `phone`: `"signed"` (the phone's list, the default), `"omitted"`,
/// `"bad_signature"`, `"malformed"` or `"unlisted"` (the signed list without
/// companion `device`). False for an unknown account.
#[pyfunction]
#[pyo3(signature = (server, phone, mode, device = None))]
fn server_set_key_index_list(
    py: Python<'_>,
    server: &Bound<'_, ServerCore>,
    phone: &str,
    mode: &str,
    device: Option<u16>,
) -> PyResult<bool> {
    let mode = match (mode, device) {
        ("signed", None) => KeyIndexListMode::Signed,
        ("omitted", None) => KeyIndexListMode::Omitted,
        ("bad_signature", None) => KeyIndexListMode::BadSignature,
        ("malformed", None) => KeyIndexListMode::Malformed,
        ("unlisted", Some(device)) => KeyIndexListMode::Unlisted(device),
        ("unlisted", None) => {
            return Err(invalid_argument(py, "\"unlisted\" needs a device id"));
        }
        (other, _) => {
            return Err(invalid_argument(
                py,
                format!(
                    "no key-index list mode {other:?} with device {device:?} \
                     (signed, omitted, bad_signature, malformed; unlisted with a device)"
                ),
            ));
        }
    };
    Ok(server.get().server().set_key_index_list(phone, mode))
}

/// Sends an `account_sync` notification with `items` to every device of
/// `user`; returns how many.
#[pyfunction]
fn server_account_sync(
    py: Python<'_>,
    server: &Bound<'_, ServerCore>,
    user: PyJid,
    items: Vec<Bound<'_, PyNode>>,
) -> PyResult<usize> {
    let items = items
        .iter()
        .map(|node| node.get().to_rust(py, 0))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(server.get().server().account_sync(&user.0, items))
}

/// Gives `to` a trusted-contact privacy token from `from`; returns how
/// many devices got it.
#[pyfunction]
fn server_grant_privacy_token(
    server: &Bound<'_, ServerCore>,
    from: PyJid,
    to: PyJid,
    token: &[u8],
) -> usize {
    server
        .get()
        .server()
        .grant_privacy_token(&from.0, &to.0, token)
}

/// Creates a newsletter; returns its JID.
#[pyfunction]
fn server_create_newsletter(
    server: &Bound<'_, ServerCore>,
    name: &str,
    description: &str,
) -> PyJid {
    PyJid(server.get().server().create_newsletter(name, description))
}

/// Lets the account of `user` post to `newsletter` (`admin` true) or no
/// longer; false for an unknown newsletter or account.
#[pyfunction]
fn server_set_newsletter_admin(
    server: &Bound<'_, ServerCore>,
    newsletter: PyJid,
    user: PyJid,
    admin: bool,
) -> bool {
    server
        .get()
        .server()
        .set_newsletter_admin(&newsletter.0, &user.0, admin)
}

/// The state of `newsletter`, or None.
#[pyfunction]
fn server_newsletter(
    server: &Bound<'_, ServerCore>,
    newsletter: PyJid,
) -> Option<PyNewsletterState> {
    server
        .get()
        .server()
        .newsletter(&newsletter.0)
        .map(PyNewsletterState::from)
}

/// Sets the live-update duration granted from now on (seconds, at least 1).
#[pyfunction]
fn server_set_newsletter_live_duration(server: &Bound<'_, ServerCore>, seconds: u64) {
    server.get().server().set_newsletter_live_duration(seconds);
}

/// Posts a message (an encoded `wapy.proto.Message`) to `newsletter`;
/// returns its server id, or None for an unknown newsletter.
#[pyfunction]
fn server_post_newsletter_message(
    py: Python<'_>,
    server: &Bound<'_, ServerCore>,
    newsletter: PyJid,
    message: &[u8],
) -> PyResult<Option<u64>> {
    let message = wa::Message::decode(message)
        .map_err(|error| decode_error(py, format!("not a Message: {error}")))?;
    Ok(server
        .get()
        .server()
        .post_newsletter_message(&newsletter.0, &message))
}

/// Adds a reaction to a newsletter message and sends the counters to the
/// live subscribers; returns how many devices were told (None: unknown).
#[pyfunction]
fn server_react_to_newsletter_message(
    server: &Bound<'_, ServerCore>,
    newsletter: PyJid,
    server_id: u64,
    code: &str,
) -> Option<usize> {
    server
        .get()
        .server()
        .react_to_newsletter_message(&newsletter.0, server_id, code)
}

/// Adds the emulator controls to `wapy._core`.
pub(crate) fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<PyGroupState>()?;
    module.add_class::<PyNewsletterState>()?;
    module.add_function(wrap_pyfunction!(server_group, module)?)?;
    module.add_function(wrap_pyfunction!(server_push_group_action, module)?)?;
    module.add_function(wrap_pyfunction!(server_notify_account, module)?)?;
    module.add_function(wrap_pyfunction!(server_announce_number_change, module)?)?;
    module.add_function(wrap_pyfunction!(server_announce_contact_update, module)?)?;
    module.add_function(wrap_pyfunction!(server_announce_disappearing_mode, module)?)?;
    module.add_function(wrap_pyfunction!(server_announce_picture, module)?)?;
    module.add_function(wrap_pyfunction!(server_announce_about, module)?)?;
    module.add_function(wrap_pyfunction!(server_account_sync, module)?)?;
    module.add_function(wrap_pyfunction!(server_set_key_index_list, module)?)?;
    module.add_function(wrap_pyfunction!(server_grant_privacy_token, module)?)?;
    module.add_function(wrap_pyfunction!(server_create_newsletter, module)?)?;
    module.add_function(wrap_pyfunction!(server_set_newsletter_admin, module)?)?;
    module.add_function(wrap_pyfunction!(server_newsletter, module)?)?;
    module.add_function(wrap_pyfunction!(
        server_set_newsletter_live_duration,
        module
    )?)?;
    module.add_function(wrap_pyfunction!(server_post_newsletter_message, module)?)?;
    module.add_function(wrap_pyfunction!(
        server_react_to_newsletter_message,
        module
    )?)?;
    Ok(())
}
