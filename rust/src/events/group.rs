//! Group change notifications (`<notification type="w:gp2">`).
//!
//! One notification can carry several changes; each becomes its own
//! [`GroupUpdate`] event with one [`GroupNotificationAction`].

use serde::{Deserialize, Serialize};

use super::serde_util::{Timestamp, node_base64, wire_enum};
use crate::binary::{Jid, Node};

wire_enum! {
    /// A participant's rank in a group.
    pub enum ParticipantType {
        /// An ordinary member.
        Member = "member",
        /// An admin.
        Admin = "admin",
        /// The creator (super admin).
        SuperAdmin = "superadmin",
    }
}

wire_enum! {
    /// How someone asked to join a group.
    pub enum MembershipRequestMethod {
        /// Through an invite link.
        InviteLink = "invite_link",
        /// From a community's linked group.
        LinkedGroupJoin = "linked_group_join",
        /// Added by a member who is not an admin.
        NonAdminAdd = "non_admin_add",
    }
}

/// A participant named by a group notification (`<participant>` or
/// `<requested_user>`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupParticipant {
    /// The participant (phone number or LID, per the group's addressing mode).
    pub jid: Jid,
    /// Their phone-number JID, when `jid` is a LID and the server gave it.
    pub phone_number: Option<Jid>,
    /// Their LID, when `jid` is a phone number and the server gave it.
    pub lid: Option<Jid>,
    /// Their rank, when stated.
    pub participant_type: Option<ParticipantType>,
    /// The name the server shows for them, when given.
    pub display_name: Option<String>,
    /// Their username, when given.
    pub username: Option<String>,
}

impl GroupParticipant {
    /// A participant with only a JID.
    pub fn new(jid: Jid) -> GroupParticipant {
        GroupParticipant {
            jid,
            phone_number: None,
            lid: None,
            participant_type: None,
            display_name: None,
            username: None,
        }
    }
}

/// A group named by a link/unlink notification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LinkedGroup {
    /// The group.
    pub jid: Jid,
    /// Its subject, when given.
    pub subject: Option<String>,
    /// When the subject was set, when given.
    pub subject_time: Option<Timestamp>,
}

/// A proposed community subgroup named by a `created_sub_group_suggestion`
/// or `revoked_sub_group_suggestions` change (`<sub_group_suggestion>`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubGroupSuggestion {
    /// The suggested group.
    pub jid: Jid,
    /// Who suggested it, when given.
    pub creator: Option<Jid>,
    /// When it was suggested, when given.
    pub creation: Option<Timestamp>,
    /// Its subject, when given.
    pub subject: Option<String>,
    /// Its description, when given.
    pub description: Option<String>,
    /// True when the suggestion is an existing group rather than a new one.
    pub is_existing_group: bool,
    /// How many members it has, when given.
    pub participant_count: Option<u32>,
    /// Why it was withdrawn (`approved`, `rejected`, `cancelled`), for revoked
    /// suggestions.
    pub reason: Option<String>,
}

/// One change to a group. Serialized with its kind under `"type"`
/// (`{"type": "add", "participants": [...], "reason": null}`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
#[non_exhaustive]
pub enum GroupNotificationAction {
    /// Members joined or were added (`<add reason>`: `invite_link`,
    /// `linked_group_join`, `non_admin_add`...).
    Add {
        /// Who.
        participants: Vec<GroupParticipant>,
        /// Why, when stated.
        reason: Option<String>,
    },
    /// Members left or were removed.
    Remove {
        /// Who.
        participants: Vec<GroupParticipant>,
        /// Why, when stated.
        reason: Option<String>,
    },
    /// Members became admins.
    Promote {
        /// Who.
        participants: Vec<GroupParticipant>,
    },
    /// Admins became ordinary members.
    Demote {
        /// Who.
        participants: Vec<GroupParticipant>,
    },
    /// Members changed their phone number.
    Modify {
        /// Who (with their new identity).
        participants: Vec<GroupParticipant>,
    },
    /// The subject (name) changed.
    Subject {
        /// The new subject.
        subject: String,
        /// Who set it.
        subject_owner: Option<Jid>,
        /// Who set it, as a phone number (LID groups).
        subject_owner_pn: Option<Jid>,
        /// When it was set.
        subject_time: Option<Timestamp>,
    },
    /// The description changed or was deleted.
    Description {
        /// The description's id.
        id: String,
        /// The new text; `None` when it was deleted.
        description: Option<String>,
    },
    /// Only admins may send (`true`), or everyone may again (`false`).
    Announce {
        /// The new state.
        announce: bool,
    },
    /// Only admins may edit the group info (`true`), or everyone may again.
    Locked {
        /// The new state.
        locked: bool,
    },
    /// Disappearing messages changed; `expiration` 0 turns them off.
    Ephemeral {
        /// Seconds a message lives.
        expiration: u32,
        /// What triggered the change, when stated.
        trigger: Option<u32>,
    },
    /// New members need admin approval (`true`) or not.
    MembershipApprovalMode {
        /// The new state.
        enabled: bool,
    },
    /// Someone (the update's `participant`) asked to join.
    MembershipApprovalRequest {
        /// How they asked.
        request_method: MembershipRequestMethod,
        /// The community group they came from, if any.
        parent_group_jid: Option<Jid>,
    },
    /// Join requests appeared (sent to admins).
    CreatedMembershipRequests {
        /// How they asked.
        request_method: MembershipRequestMethod,
        /// The community group they came from, if any.
        parent_group_jid: Option<Jid>,
        /// Who asked.
        requests: Vec<GroupParticipant>,
    },
    /// Join requests were rejected by an admin or withdrawn.
    RevokedMembershipRequests {
        /// Whose requests.
        participants: Vec<Jid>,
    },
    /// Who may add members: `admin_add` or `all_member_add`.
    MemberAddMode {
        /// The new mode.
        mode: String,
    },
    /// Someone joined through an invite link.
    Invite {
        /// The invite code used.
        code: String,
    },
    /// The invite link was reset.
    RevokeInvite,
    /// A group was linked to this community.
    Link {
        /// The kind of link (`sub_group`, `parent_group`...).
        link_type: String,
        /// The linked group, when named.
        group: Option<LinkedGroup>,
    },
    /// A group was unlinked from this community.
    Unlink {
        /// The kind of link.
        unlink_type: String,
        /// Why, when stated.
        unlink_reason: Option<String>,
        /// The unlinked group, when named.
        group: Option<LinkedGroup>,
    },
    /// The group was created (with us in it). The `<create>` child holds the
    /// group's metadata.
    Create {
        /// Why we are in it (`invite`...), when stated.
        reason: Option<String>,
        /// The `<create>` element (not serialized).
        #[serde(skip_serializing, deserialize_with = "node_base64::deserialize_owned")]
        node: Node,
    },
    /// The group was deleted.
    Delete {
        /// Why, when stated.
        reason: Option<String>,
    },
    /// The group was suspended (`true`) or the suspension lifted.
    Suspended {
        /// The new state.
        suspended: bool,
    },
    /// Community members became admins of this linked group
    /// (`<linked_group_promote jid>`).
    LinkedGroupPromote {
        /// Who.
        participants: Vec<GroupParticipant>,
        /// The group the element names (its `jid`), when given.
        linked_group_jid: Option<Jid>,
    },
    /// Community admins lost their admin rank in this linked group.
    LinkedGroupDemote {
        /// Who.
        participants: Vec<GroupParticipant>,
        /// The group the element names (its `jid`), when given.
        linked_group_jid: Option<Jid>,
    },
    /// Joining through invite links was blocked (`<growth_locked expiration
    /// type>`, `locked` true) or allowed again (`<growth_unlocked>`).
    GrowthLocked {
        /// The new state.
        locked: bool,
        /// How long the lock lasts (seconds), when stated.
        expiration: Option<u32>,
        /// The kind of lock, when stated.
        lock_type: Option<String>,
    },
    /// Forwarding frequently forwarded messages into the group was
    /// forbidden (`no_frequently_forwarded`, `true`) or allowed again
    /// (`frequently_forwarded_ok`).
    NoFrequentlyForwarded {
        /// The new state.
        enabled: bool,
    },
    /// Members may report messages to the admins (`allow_admin_reports`)
    /// or no longer (`not_allow_admin_reports`).
    AllowAdminReports {
        /// The new state.
        allowed: bool,
    },
    /// Members who are not admins may create community subgroups
    /// (`allow_non_admin_sub_group_creation`) or no longer.
    AllowNonAdminSubGroupCreation {
        /// The new state.
        allowed: bool,
    },
    /// New community members are no longer added to this (general chat)
    /// group automatically.
    AutoAddDisabled,
    /// Limited sharing (no forwarding, saving or exporting of the chat) was
    /// turned on (`limit_sharing_enabled`) or off (`limit_sharing_disabled`).
    LimitSharing {
        /// The new state.
        enabled: bool,
        /// What triggered the change, when stated.
        trigger: Option<u32>,
    },
    /// The group was flagged for a safety check.
    GroupSafetyCheck,
    /// The owner of the community's subgroup suggestions (the update's
    /// `participant`) changed their number to `new_owner`.
    ChangeNumber {
        /// The owner's new JID.
        new_owner: Jid,
        /// The suggested subgroups that moved to the new number.
        sub_group_suggestions: Vec<Jid>,
    },
    /// A member suggested a subgroup for this community.
    CreatedSubGroupSuggestion {
        /// The suggestion.
        suggestion: SubGroupSuggestion,
    },
    /// Subgroup suggestions were approved, rejected or cancelled.
    RevokedSubGroupSuggestions {
        /// The suggestions, with their `reason`.
        suggestions: Vec<SubGroupSuggestion>,
    },
    /// A change this version does not model.
    Unknown {
        /// The element's tag.
        tag: String,
        /// The element (not serialized).
        #[serde(skip_serializing, deserialize_with = "node_base64::deserialize_owned")]
        node: Node,
    },
}

impl GroupNotificationAction {
    /// The action's name in the serde form (`"add"`, `"membership_approval_mode"`...).
    pub fn name(&self) -> &'static str {
        match self {
            GroupNotificationAction::Add { .. } => "add",
            GroupNotificationAction::Remove { .. } => "remove",
            GroupNotificationAction::Promote { .. } => "promote",
            GroupNotificationAction::Demote { .. } => "demote",
            GroupNotificationAction::Modify { .. } => "modify",
            GroupNotificationAction::Subject { .. } => "subject",
            GroupNotificationAction::Description { .. } => "description",
            GroupNotificationAction::Announce { .. } => "announce",
            GroupNotificationAction::Locked { .. } => "locked",
            GroupNotificationAction::Ephemeral { .. } => "ephemeral",
            GroupNotificationAction::MembershipApprovalMode { .. } => "membership_approval_mode",
            GroupNotificationAction::MembershipApprovalRequest { .. } => {
                "membership_approval_request"
            }
            GroupNotificationAction::CreatedMembershipRequests { .. } => {
                "created_membership_requests"
            }
            GroupNotificationAction::RevokedMembershipRequests { .. } => {
                "revoked_membership_requests"
            }
            GroupNotificationAction::MemberAddMode { .. } => "member_add_mode",
            GroupNotificationAction::Invite { .. } => "invite",
            GroupNotificationAction::RevokeInvite => "revoke_invite",
            GroupNotificationAction::Link { .. } => "link",
            GroupNotificationAction::Unlink { .. } => "unlink",
            GroupNotificationAction::Create { .. } => "create",
            GroupNotificationAction::Delete { .. } => "delete",
            GroupNotificationAction::Suspended { .. } => "suspended",
            GroupNotificationAction::LinkedGroupPromote { .. } => "linked_group_promote",
            GroupNotificationAction::LinkedGroupDemote { .. } => "linked_group_demote",
            GroupNotificationAction::GrowthLocked { .. } => "growth_locked",
            GroupNotificationAction::NoFrequentlyForwarded { .. } => "no_frequently_forwarded",
            GroupNotificationAction::AllowAdminReports { .. } => "allow_admin_reports",
            GroupNotificationAction::AllowNonAdminSubGroupCreation { .. } => {
                "allow_non_admin_sub_group_creation"
            }
            GroupNotificationAction::AutoAddDisabled => "auto_add_disabled",
            GroupNotificationAction::LimitSharing { .. } => "limit_sharing",
            GroupNotificationAction::GroupSafetyCheck => "group_safety_check",
            GroupNotificationAction::ChangeNumber { .. } => "change_number",
            GroupNotificationAction::CreatedSubGroupSuggestion { .. } => {
                "created_sub_group_suggestion"
            }
            GroupNotificationAction::RevokedSubGroupSuggestions { .. } => {
                "revoked_sub_group_suggestions"
            }
            GroupNotificationAction::Unknown { .. } => "unknown",
        }
    }
}

/// A change to a group: members, settings or metadata.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GroupUpdate {
    /// The group.
    pub group_jid: Jid,
    /// Who made the change, when stated.
    pub participant: Option<Jid>,
    /// Who made the change, as a phone number (LID groups).
    pub participant_pn: Option<Jid>,
    /// When it happened.
    pub timestamp: Timestamp,
    /// True when the group addresses participants by LID.
    pub is_lid_addressing_mode: bool,
    /// The change.
    pub action: GroupNotificationAction,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn action_serde_form_is_tagged() {
        let action = GroupNotificationAction::Add {
            participants: vec![GroupParticipant::new(Jid::parse("1@lid").unwrap())],
            reason: Some("invite_link".into()),
        };
        let json = serde_json::to_value(&action).unwrap();
        assert_eq!(json["type"], "add");
        assert_eq!(json["participants"][0]["jid"], "1@lid");
        assert_eq!(action.name(), "add");
        let back: GroupNotificationAction = serde_json::from_value(json).unwrap();
        assert_eq!(back, action);
        assert_eq!(
            serde_json::to_value(GroupNotificationAction::RevokeInvite).unwrap(),
            serde_json::json!({"type": "revoke_invite"})
        );
    }

    #[test]
    fn unknown_actions_keep_their_element_out_of_json() {
        let action = GroupNotificationAction::Unknown {
            tag: "is_capi_hosted_group".into(),
            node: Node::new("is_capi_hosted_group"),
        };
        assert_eq!(
            serde_json::to_value(&action).unwrap(),
            serde_json::json!({"type": "unknown", "tag": "is_capi_hosted_group"})
        );
    }
}
