//! The groups API of `wapy.Client`: one function per `w:g2` request, each
//! taking the `ClientCore` and returning a `PendingCall`, and the immutable
//! result classes `wapy.GroupInfo`, `wapy.ParticipantResult` and
//! `wapy.MembershipRequest`. Conversion only: the requests and the group
//! cache live in `crate::client::groups`.

use pyo3::prelude::*;
use pyo3::types::{PyModule, PyTuple};

use super::call::{self, PendingCall, Value};
use super::client::ClientCore;
use super::events::{ToPy, match_args, repr_fields};
use super::jid::PyJid;
use crate::binary::Jid;
use crate::client::{Client, GroupInfo, MembershipRequest, ParticipantChange, ParticipantResult};

/// Declares a frozen class of the `wapy` module around a result record:
/// one getter per field, `__match_args__`, equality and a repr.
macro_rules! value_class {
    ($(#[$doc:meta])* $class:ident($ty:ty) as $name:literal [$($field:ident),* $(,)?]) => {
        $(#[$doc])*
        #[pyclass(module = "wapy", name = $name, frozen)]
        pub struct $class(pub(crate) $ty);

        #[pymethods]
        impl $class {
            #[classattr]
            fn __match_args__(py: Python<'_>) -> PyResult<Py<PyTuple>> {
                match_args(py, &[$(stringify!($field)),*])
            }

            $(
                #[getter]
                fn $field<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                    self.0.$field.to_py(py)
                }
            )*

            fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
                other.cast::<$class>().is_ok_and(|other| other.get().0 == self.0)
            }

            fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
                repr_fields(slf.as_any(), &[$(stringify!($field)),*])
            }
        }

        impl ToPy for $ty {
            fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                Ok(Bound::new(py, $class(self.clone()))?.into_any())
            }
        }
    };
}
pub(crate) use value_class;

value_class!(
    /// A group's metadata and members: `jid`, `subject`, `subject_owner`,
    /// `subject_time`, `owner`, `creation`, `description`, `description_id`,
    /// `participants` (list of `wapy.events.GroupParticipant`, each with its
    /// `phone_number` and `lid` when the server gave them), `announce`,
    /// `locked`, `ephemeral` (seconds, 0: off), `membership_approval`,
    /// `member_add_mode`, `addressing_mode`, `is_parent` (a community),
    /// `linked_parent`, `size`, and in LID-addressed groups the phone
    /// numbers behind `owner` and `subject_owner`: `owner_pn` and
    /// `subject_owner_pn`.
    PyGroupInfo(GroupInfo) as "GroupInfo" [
        jid, subject, subject_owner, subject_time, owner, creation, description,
        description_id, participants, announce, locked, ephemeral, membership_approval,
        member_add_mode, addressing_mode, is_parent, linked_parent, size, owner_pn,
        subject_owner_pn,
    ]
);

value_class!(
    /// The outcome of a participant change for one person: `participant`
    /// (a `wapy.events.GroupParticipant`) and `error` (the server's code:
    /// 403 privacy, 404 not on WhatsApp, 409 already a member...; `None` on
    /// success).
    PyParticipantResult(ParticipantResult) as "ParticipantResult" [participant, error]
);

value_class!(
    /// A pending request to join a group: `jid` and `requested_at`.
    PyMembershipRequest(MembershipRequest) as "MembershipRequest" [jid, requested_at]
);

fn jids(list: Vec<PyJid>) -> Vec<Jid> {
    list.into_iter().map(|jid| jid.0).collect()
}

fn client(core: &Bound<'_, ClientCore>) -> Client {
    core.get().client().clone()
}

/// The metadata of `group` (`refresh`: asked from the server, else from
/// the cache when present).
#[pyfunction]
fn get_group_info(
    core: &Bound<'_, ClientCore>,
    waker: i64,
    group: PyJid,
    refresh: bool,
) -> PyResult<PendingCall> {
    let client = client(core);
    call::spawn(waker, async move {
        let info = if refresh {
            client.refresh_group_info(&group.0).await?
        } else {
            client.get_group_info(&group.0).await?
        };
        Ok(Value::object(info))
    })
}

/// Every group we are a member of.
#[pyfunction]
fn get_joined_groups(core: &Bound<'_, ClientCore>, waker: i64) -> PyResult<PendingCall> {
    let client = client(core);
    call::spawn(waker, async move {
        Ok(Value::object(client.get_joined_groups().await?))
    })
}

/// Creates a group; the call returns its `GroupInfo`.
#[pyfunction]
fn create_group(
    core: &Bound<'_, ClientCore>,
    waker: i64,
    name: String,
    participants: Vec<PyJid>,
) -> PyResult<PendingCall> {
    let client = client(core);
    let participants = jids(participants);
    call::spawn(waker, async move {
        Ok(Value::object(
            client.create_group(&name, &participants).await?,
        ))
    })
}

/// A group setting `set_group_setting` changes.
#[derive(Clone, Copy)]
enum Setting {
    Announce,
    Locked,
    MembershipApproval,
}

/// Sets the subject of `group`.
#[pyfunction]
fn set_group_subject(
    core: &Bound<'_, ClientCore>,
    waker: i64,
    group: PyJid,
    subject: String,
) -> PyResult<PendingCall> {
    let client = client(core);
    call::spawn(waker, async move {
        client.set_group_subject(&group.0, &subject).await?;
        Ok(Value::Unit)
    })
}

/// Sets (or, with `None`, deletes) the description of `group`.
#[pyfunction]
#[pyo3(signature = (core, waker, group, description))]
fn set_group_description(
    core: &Bound<'_, ClientCore>,
    waker: i64,
    group: PyJid,
    description: Option<String>,
) -> PyResult<PendingCall> {
    let client = client(core);
    call::spawn(waker, async move {
        client
            .set_group_description(&group.0, description.as_deref())
            .await?;
        Ok(Value::Unit)
    })
}

fn set_setting(
    core: &Bound<'_, ClientCore>,
    waker: i64,
    group: PyJid,
    setting: Setting,
    enabled: bool,
) -> PyResult<PendingCall> {
    let client = client(core);
    call::spawn(waker, async move {
        match setting {
            Setting::Announce => client.set_group_announce(&group.0, enabled).await?,
            Setting::Locked => client.set_group_locked(&group.0, enabled).await?,
            Setting::MembershipApproval => {
                client
                    .set_group_membership_approval(&group.0, enabled)
                    .await?;
            }
        }
        Ok(Value::Unit)
    })
}

/// Lets only admins send (`True`) or everyone.
#[pyfunction]
fn set_group_announce(
    core: &Bound<'_, ClientCore>,
    waker: i64,
    group: PyJid,
    announce: bool,
) -> PyResult<PendingCall> {
    set_setting(core, waker, group, Setting::Announce, announce)
}

/// Lets only admins edit the group info (`True`) or everyone.
#[pyfunction]
fn set_group_locked(
    core: &Bound<'_, ClientCore>,
    waker: i64,
    group: PyJid,
    locked: bool,
) -> PyResult<PendingCall> {
    set_setting(core, waker, group, Setting::Locked, locked)
}

/// Requires admin approval for new members (`True`) or not.
#[pyfunction]
fn set_group_membership_approval(
    core: &Bound<'_, ClientCore>,
    waker: i64,
    group: PyJid,
    enabled: bool,
) -> PyResult<PendingCall> {
    set_setting(core, waker, group, Setting::MembershipApproval, enabled)
}

/// Sets the disappearing-messages timer of `group` (seconds; 0: off).
#[pyfunction]
fn set_group_ephemeral(
    core: &Bound<'_, ClientCore>,
    waker: i64,
    group: PyJid,
    expiration: u32,
) -> PyResult<PendingCall> {
    let client = client(core);
    call::spawn(waker, async move {
        client.set_group_ephemeral(&group.0, expiration).await?;
        Ok(Value::Unit)
    })
}

/// Adds, removes, promotes or demotes `participants` (`change` is `add`,
/// `remove`, `promote` or `demote`); the call returns one
/// `ParticipantResult` each.
#[pyfunction]
fn update_group_participants(
    py: Python<'_>,
    core: &Bound<'_, ClientCore>,
    waker: i64,
    group: PyJid,
    change: &str,
    participants: Vec<PyJid>,
) -> PyResult<PendingCall> {
    let change = match change {
        "add" => ParticipantChange::Add,
        "remove" => ParticipantChange::Remove,
        "promote" => ParticipantChange::Promote,
        "demote" => ParticipantChange::Demote,
        other => {
            return Err(super::errors::invalid_argument(
                py,
                format!("no participant change {other:?}"),
            ));
        }
    };
    let client = client(core);
    let participants = jids(participants);
    call::spawn(waker, async move {
        Ok(Value::object(
            client
                .update_group_participants(&group.0, change, &participants)
                .await?,
        ))
    })
}

/// The invite link of `group` (`reset`: revoke the old one first).
#[pyfunction]
fn get_invite_link(
    core: &Bound<'_, ClientCore>,
    waker: i64,
    group: PyJid,
    reset: bool,
) -> PyResult<PendingCall> {
    let client = client(core);
    call::spawn(waker, async move {
        Ok(Value::Text(client.get_invite_link(&group.0, reset).await?))
    })
}

/// Joins a group with an invite code or link; the call returns its JID.
#[pyfunction]
fn join_group_with_link(
    core: &Bound<'_, ClientCore>,
    waker: i64,
    code: String,
) -> PyResult<PendingCall> {
    let client = client(core);
    call::spawn(waker, async move {
        Ok(Value::Jid(client.join_group_with_link(&code).await?))
    })
}

/// Leaves `group`.
#[pyfunction]
fn leave_group(core: &Bound<'_, ClientCore>, waker: i64, group: PyJid) -> PyResult<PendingCall> {
    let client = client(core);
    call::spawn(waker, async move {
        client.leave_group(&group.0).await?;
        Ok(Value::Unit)
    })
}

/// The pending join requests of `group`.
#[pyfunction]
fn get_membership_requests(
    core: &Bound<'_, ClientCore>,
    waker: i64,
    group: PyJid,
) -> PyResult<PendingCall> {
    let client = client(core);
    call::spawn(waker, async move {
        Ok(Value::object(
            client.get_membership_requests(&group.0).await?,
        ))
    })
}

/// Approves (`approve` true) or rejects join requests; one
/// `ParticipantResult` each.
#[pyfunction]
fn answer_membership_requests(
    core: &Bound<'_, ClientCore>,
    waker: i64,
    group: PyJid,
    participants: Vec<PyJid>,
    approve: bool,
) -> PyResult<PendingCall> {
    let client = client(core);
    let participants = jids(participants);
    call::spawn(waker, async move {
        let results = if approve {
            client
                .approve_membership_requests(&group.0, &participants)
                .await?
        } else {
            client
                .reject_membership_requests(&group.0, &participants)
                .await?
        };
        Ok(Value::object(results))
    })
}

/// Links (`link` true) or unlinks the subgroup `child` of the community
/// `parent`.
#[pyfunction]
fn link_group(
    core: &Bound<'_, ClientCore>,
    waker: i64,
    parent: PyJid,
    child: PyJid,
    link: bool,
) -> PyResult<PendingCall> {
    let client = client(core);
    call::spawn(waker, async move {
        if link {
            client.link_group(&parent.0, &child.0).await?;
        } else {
            client.unlink_group(&parent.0, &child.0).await?;
        }
        Ok(Value::Unit)
    })
}

/// Adds the group classes and functions to `wapy._core`.
pub(crate) fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<PyGroupInfo>()?;
    module.add_class::<PyParticipantResult>()?;
    module.add_class::<PyMembershipRequest>()?;
    module.add_function(wrap_pyfunction!(get_group_info, module)?)?;
    module.add_function(wrap_pyfunction!(get_joined_groups, module)?)?;
    module.add_function(wrap_pyfunction!(create_group, module)?)?;
    module.add_function(wrap_pyfunction!(set_group_subject, module)?)?;
    module.add_function(wrap_pyfunction!(set_group_description, module)?)?;
    module.add_function(wrap_pyfunction!(set_group_announce, module)?)?;
    module.add_function(wrap_pyfunction!(set_group_locked, module)?)?;
    module.add_function(wrap_pyfunction!(set_group_membership_approval, module)?)?;
    module.add_function(wrap_pyfunction!(set_group_ephemeral, module)?)?;
    module.add_function(wrap_pyfunction!(update_group_participants, module)?)?;
    module.add_function(wrap_pyfunction!(get_invite_link, module)?)?;
    module.add_function(wrap_pyfunction!(join_group_with_link, module)?)?;
    module.add_function(wrap_pyfunction!(leave_group, module)?)?;
    module.add_function(wrap_pyfunction!(get_membership_requests, module)?)?;
    module.add_function(wrap_pyfunction!(answer_membership_requests, module)?)?;
    module.add_function(wrap_pyfunction!(link_group, module)?)?;
    Ok(())
}
