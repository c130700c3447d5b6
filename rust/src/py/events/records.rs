//! The values events are made of: `MessageInfo`, `MessageSource`, group
//! participants, group actions and the other small records, as frozen
//! classes of `wapy.events` with `__match_args__`, `to_dict()` and a repr.

use std::sync::Arc;

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyModule, PyTuple};

use super::convert::{ToPy, serde_to_py};
use crate::events as ev;

/// `Name(field=repr, ...)` for the named attributes of `object`.
pub(crate) fn repr_fields(object: &Bound<'_, PyAny>, names: &[&str]) -> PyResult<String> {
    let mut text = object.get_type().name()?.to_string();
    text.push('(');
    for (index, name) in names.iter().enumerate() {
        if index > 0 {
            text.push_str(", ");
        }
        text.push_str(name);
        text.push('=');
        text.push_str(object.getattr(*name)?.repr()?.to_str()?);
    }
    text.push(')');
    Ok(text)
}

/// The `__match_args__` tuple of `names`.
pub(crate) fn match_args(py: Python<'_>, names: &[&str]) -> PyResult<Py<PyTuple>> {
    Ok(PyTuple::new(py, names)?.unbind())
}

/// Declares a frozen class wrapping (a clone of) a payload record.
macro_rules! record_class {
    ($(#[$doc:meta])* $class:ident($ty:ty) [$($field:ident),* $(,)?]) => {
        $(#[$doc])*
        #[pyclass(module = "wapy.events", frozen)]
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

            /// The JSON-ready form of this value (its serde form).
            fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                serde_to_py(py, &self.0)
            }

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

record_class!(
    /// Who sent a message and where: `chat`, `sender` (the sending device),
    /// `sender_alt` (the sender's other identity, phone number or LID),
    /// `recipient_alt`, `is_from_me`, `is_group`, `addressing_mode`
    /// (`AddressingMode`) and `broadcast_list_owner`.
    MessageSource(ev::MessageSource) [
        chat, sender, sender_alt, recipient_alt, is_from_me, is_group, addressing_mode,
        broadcast_list_owner,
    ]
);

record_class!(
    /// What one of our devices attached to a 1:1 message it sent:
    /// `destination_jid` (text) and `phash`.
    DeviceSentMeta(ev::DeviceSentMeta) [destination_jid, phash]
);

record_class!(
    /// A group member named by a group update: `jid`, `phone_number` and
    /// `lid` (its other identities, when given), `participant_type`
    /// (`ParticipantType`), `display_name` and `username`.
    GroupParticipant(ev::GroupParticipant) [
        jid, phone_number, lid, participant_type, display_name, username,
    ]
);

record_class!(
    /// A group named by a community link or unlink: `jid`, `subject`,
    /// `subject_time`.
    LinkedGroup(ev::LinkedGroup) [jid, subject, subject_time]
);

record_class!(
    /// A proposed community subgroup: `jid`, `creator`, `creation`,
    /// `subject`, `description`, `is_existing_group`, `participant_count`,
    /// `reason` (why a revoked suggestion was withdrawn).
    SubGroupSuggestion(ev::SubGroupSuggestion) [
        jid, creator, creation, subject, description, is_existing_group,
        participant_count, reason,
    ]
);

record_class!(
    /// A device named by a device-list update: `jid`, `lid`, `key_index`.
    DeviceInfo(ev::DeviceInfo) [jid, lid, key_index]
);

record_class!(
    /// The signed key-index list of a device-list update: `timestamp` and
    /// `signed_list` (the `ADVSignedKeyIndexList` bytes).
    KeyIndexInfo(ev::KeyIndexInfo) [timestamp, signed_list]
);

record_class!(
    /// A reaction count of a newsletter message: `code` (the emoji), `count`.
    NewsletterReaction(ev::NewsletterReaction) [code, count]
);

record_class!(
    /// Live counters of a newsletter message: `server_id`, `reactions`
    /// (list of `NewsletterReaction`), `views`.
    NewsletterLiveMessage(ev::NewsletterLiveMessage) [server_id, reactions, views]
);

record_class!(
    /// A blocklist entry that changed: `jid` and `action` (`BlocklistChangeAction`).
    BlocklistChange(ev::BlocklistChange) [jid, action]
);

record_class!(
    /// A privacy setting that changed: `category` and `value`, verbatim.
    PrivacySettingChange(ev::PrivacySettingChange) [category, value]
);

/// Everything about a received message except its content.
///
/// Fields: `source` (`MessageSource`), `id`, `server_id` (newsletters),
/// `timestamp` (aware `datetime`, UTC), `push_name` (the sender's name, may
/// be empty), `category` (`"peer"` between our own devices), `message_type`
/// (`text`, `media`, `reaction`, `poll`...), `media_type`, `edit`
/// (`EditAttribute` or `None`), `multicast`, `device_sent`
/// (`DeviceSentMeta`). Shortcuts: `chat`, `sender`, `is_from_me`, `is_group`
/// read `source`.
#[pyclass(module = "wapy.events", frozen)]
pub struct MessageInfo(pub(crate) Arc<ev::MessageInfo>);

const MESSAGE_INFO_FIELDS: &[&str] = &[
    "source",
    "id",
    "server_id",
    "timestamp",
    "push_name",
    "category",
    "message_type",
    "media_type",
    "edit",
    "multicast",
    "device_sent",
];

#[pymethods]
impl MessageInfo {
    #[classattr]
    fn __match_args__(py: Python<'_>) -> PyResult<Py<PyTuple>> {
        match_args(py, MESSAGE_INFO_FIELDS)
    }

    #[getter]
    fn source<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.source.to_py(py)
    }

    #[getter]
    fn id(&self) -> &str {
        &self.0.id
    }

    #[getter]
    fn server_id(&self) -> Option<u64> {
        self.0.server_id
    }

    #[getter]
    fn timestamp<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.timestamp.to_py(py)
    }

    #[getter]
    fn push_name(&self) -> &str {
        &self.0.push_name
    }

    #[getter]
    fn category(&self) -> Option<&str> {
        self.0.category.as_deref()
    }

    #[getter]
    fn message_type(&self) -> &str {
        &self.0.message_type
    }

    #[getter]
    fn media_type(&self) -> Option<&str> {
        self.0.media_type.as_deref()
    }

    #[getter]
    fn edit<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.edit.to_py(py)
    }

    #[getter]
    fn multicast(&self) -> bool {
        self.0.multicast
    }

    #[getter]
    fn device_sent<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.device_sent.to_py(py)
    }

    /// The chat (`source.chat`).
    #[getter]
    fn chat<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.source.chat.to_py(py)
    }

    /// The sending device (`source.sender`).
    #[getter]
    fn sender<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.source.sender.to_py(py)
    }

    /// True when one of our devices sent it (`source.is_from_me`).
    #[getter]
    fn is_from_me(&self) -> bool {
        self.0.source.is_from_me
    }

    /// True in groups (`source.is_group`).
    #[getter]
    fn is_group(&self) -> bool {
        self.0.source.is_group
    }

    /// The JSON-ready form of this value (its serde form).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &*self.0)
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<MessageInfo>()
            .is_ok_and(|other| other.get().0 == self.0)
    }

    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        repr_fields(
            slf.as_any(),
            &["id", "chat", "sender", "push_name", "timestamp"],
        )
    }
}

impl ToPy for Arc<ev::MessageInfo> {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, MessageInfo(Arc::clone(self)))?.into_any())
    }
}

/// One change to a group, as the `action` of a `GroupUpdate`.
///
/// Each kind of change is a subclass, reachable as an attribute of this
/// class: `GroupAction.Add(participants, reason)`, `GroupAction.Remove(...)`,
/// and so on, so that `match` can tell them apart. `name` is the change's
/// name in the serde form (`"add"`).
#[pyclass(module = "wapy.events", name = "GroupAction", subclass, frozen)]
pub struct GroupAction(pub(crate) ev::GroupNotificationAction);

#[pymethods]
impl GroupAction {
    /// The change's name in the serde form (`"add"`, `"subject"`...).
    #[getter]
    fn name(&self) -> &'static str {
        self.0.name()
    }

    /// The JSON-ready form of this change (its serde form).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        serde_to_py(py, &self.0)
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<GroupAction>()
            .is_ok_and(|other| other.get().0 == self.0)
    }

    fn __repr__(slf: &Bound<'_, Self>) -> PyResult<String> {
        let names: Vec<String> = slf.getattr("__match_args__")?.extract()?;
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let text = repr_fields(slf.as_any(), &names)?;
        Ok(format!("GroupAction.{text}"))
    }
}

fn wrong_variant() -> PyErr {
    PyTypeError::new_err("group action does not match its class")
}

/// Declares the subclasses of `GroupAction`, one per variant.
macro_rules! group_actions {
    ($( $(#[$doc:meta])* $variant:ident [$($field:ident),*], )+) => {
        /// The variant classes (named like the variants, shown as `GroupAction.X`).
        pub mod action {
            use super::*;

            $(
                $(#[$doc])*
                #[pyclass(module = "wapy.events", extends = GroupAction, frozen)]
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
                            match &slf.as_super().get().0 {
                                ev::GroupNotificationAction::$variant { $field, .. } => {
                                    $field.to_py(slf.py())
                                }
                                #[allow(unreachable_patterns)]
                                _ => Err(wrong_variant()),
                            }
                        }
                    )*
                }
            )+
        }

        impl ToPy for ev::GroupNotificationAction {
            fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                let base = PyClassInitializer::from(GroupAction(self.clone()));
                Ok(match self {
                    $(ev::GroupNotificationAction::$variant { .. } => {
                        Bound::new(py, base.add_subclass(action::$variant))?.into_any()
                    })+
                })
            }
        }

        /// Adds `GroupAction` and its variant classes (as its attributes).
        pub(crate) fn register_group_actions(module: &Bound<'_, PyModule>) -> PyResult<()> {
            module.add_class::<GroupAction>()?;
            let base = module.py().get_type::<GroupAction>();
            $(
                let class = module.py().get_type::<action::$variant>();
                class.setattr("__qualname__", concat!("GroupAction.", stringify!($variant)))?;
                base.setattr(stringify!($variant), class)?;
            )+
            Ok(())
        }
    };
}

group_actions! {
    /// Members joined or were added: `participants`, `reason`.
    Add [participants, reason],
    /// Members left or were removed: `participants`, `reason`.
    Remove [participants, reason],
    /// Members became admins: `participants`.
    Promote [participants],
    /// Admins became members: `participants`.
    Demote [participants],
    /// Members changed number: `participants`.
    Modify [participants],
    /// The subject changed: `subject`, `subject_owner`, `subject_owner_pn`, `subject_time`.
    Subject [subject, subject_owner, subject_owner_pn, subject_time],
    /// The description changed (`description` None: deleted): `id`, `description`.
    Description [id, description],
    /// Only admins may send (`announce`).
    Announce [announce],
    /// Only admins may edit the info (`locked`).
    Locked [locked],
    /// Disappearing messages changed (`expiration` 0: off): `expiration`, `trigger`.
    Ephemeral [expiration, trigger],
    /// Admin approval for new members: `enabled`.
    MembershipApprovalMode [enabled],
    /// The update's participant asked to join: `request_method`, `parent_group_jid`.
    MembershipApprovalRequest [request_method, parent_group_jid],
    /// Join requests appeared: `request_method`, `parent_group_jid`, `requests`.
    CreatedMembershipRequests [request_method, parent_group_jid, requests],
    /// Join requests were rejected or withdrawn: `participants` (JIDs).
    RevokedMembershipRequests [participants],
    /// Who may add members: `mode` (`admin_add`, `all_member_add`).
    MemberAddMode [mode],
    /// Someone joined with an invite link: `code`.
    Invite [code],
    /// The invite link was reset.
    RevokeInvite [],
    /// A group was linked to the community: `link_type`, `group`.
    Link [link_type, group],
    /// A group was unlinked: `unlink_type`, `unlink_reason`, `group`.
    Unlink [unlink_type, unlink_reason, group],
    /// The group was created: `reason`, `node` (the `<create>` element, a `wapy.Node`).
    Create [reason, node],
    /// The group was deleted: `reason`.
    Delete [reason],
    /// The group was suspended or the suspension lifted: `suspended`.
    Suspended [suspended],
    /// Community members became admins here: `participants`, `linked_group_jid`.
    LinkedGroupPromote [participants, linked_group_jid],
    /// Community admins lost their rank here: `participants`, `linked_group_jid`.
    LinkedGroupDemote [participants, linked_group_jid],
    /// Invite-link joins blocked or allowed again: `locked`, `expiration`, `lock_type`.
    GrowthLocked [locked, expiration, lock_type],
    /// Frequently forwarded messages forbidden (`enabled`) or allowed again.
    NoFrequentlyForwarded [enabled],
    /// Members may report messages to admins: `allowed`.
    AllowAdminReports [allowed],
    /// Non-admins may create community subgroups: `allowed`.
    AllowNonAdminSubGroupCreation [allowed],
    /// New community members are no longer added here automatically.
    AutoAddDisabled [],
    /// Limited sharing turned on or off: `enabled`, `trigger`.
    LimitSharing [enabled, trigger],
    /// The group was flagged for a safety check.
    GroupSafetyCheck [],
    /// The subgroup suggestions' owner changed number: `new_owner`, `sub_group_suggestions`.
    ChangeNumber [new_owner, sub_group_suggestions],
    /// A subgroup was suggested: `suggestion`.
    CreatedSubGroupSuggestion [suggestion],
    /// Subgroup suggestions were withdrawn: `suggestions`.
    RevokedSubGroupSuggestions [suggestions],
    /// A change this version does not model: `tag`, `node` (a `wapy.Node`).
    Unknown [tag, node],
}

/// Adds the record classes to `wapy._core`.
pub(crate) fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<MessageSource>()?;
    module.add_class::<MessageInfo>()?;
    module.add_class::<DeviceSentMeta>()?;
    module.add_class::<GroupParticipant>()?;
    module.add_class::<LinkedGroup>()?;
    module.add_class::<SubGroupSuggestion>()?;
    module.add_class::<DeviceInfo>()?;
    module.add_class::<KeyIndexInfo>()?;
    module.add_class::<NewsletterReaction>()?;
    module.add_class::<NewsletterLiveMessage>()?;
    module.add_class::<BlocklistChange>()?;
    module.add_class::<PrivacySettingChange>()?;
    register_group_actions(module)
}
