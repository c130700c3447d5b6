//! `w:gp2`: group changes. One notification can carry several changes; each
//! becomes its own [`GroupUpdate`]. Changes this version does not model
//! (`is_capi_hosted_group`, `reports`...) become
//! [`GroupNotificationAction::Unknown`] with their element, never dropped.

use super::{NotificationError, required_child, text_content, timestamp};
use crate::binary::{Jid, NodeRef, Server};
use crate::client::lifecycle::Inner;
use crate::events::{
    Event, GroupNotificationAction, GroupParticipant, GroupUpdate, LinkedGroup,
    MembershipRequestMethod, ParticipantType, SubGroupSuggestion, Timestamp,
};

/// One `<participant>` / `<requested_user>` element.
pub fn parse_participant(node: &NodeRef<'_>) -> Result<GroupParticipant, NotificationError> {
    let attrs = node.attrs();
    Ok(GroupParticipant {
        jid: attrs.jid("jid")?,
        phone_number: attrs.optional_jid("phone_number")?,
        lid: attrs.optional_jid("lid")?,
        participant_type: attrs
            .optional_str("type")
            .map(|kind| ParticipantType::from_wire(&kind)),
        display_name: attrs
            .optional_str("display_name")
            .map(|name| name.into_owned()),
        username: attrs.optional_str("username").map(|name| name.into_owned()),
    })
}

fn participants(node: &NodeRef<'_>, tag: &str) -> Result<Vec<GroupParticipant>, NotificationError> {
    node.children_by_tag(tag).map(parse_participant).collect()
}

fn reason(node: &NodeRef<'_>) -> Option<String> {
    node.attrs()
        .optional_str("reason")
        .map(|text| text.into_owned())
}

fn request_method(node: &NodeRef<'_>) -> MembershipRequestMethod {
    MembershipRequestMethod::from_wire(
        &node
            .attrs()
            .optional_str("request_method")
            .unwrap_or_default(),
    )
}

/// The `<group jid|id subject s_t>` of a link/unlink change.
fn linked_group(node: &NodeRef<'_>) -> Result<Option<LinkedGroup>, NotificationError> {
    let Some(group) = node.child("group") else {
        return Ok(None);
    };
    let attrs = group.attrs();
    let jid = match attrs.optional_jid("jid")? {
        Some(jid) => jid,
        None => Jid::new(attrs.str("id")?.into_owned(), Server::Group),
    };
    Ok(Some(LinkedGroup {
        jid,
        subject: attrs.optional_str("subject").map(|text| text.into_owned()),
        subject_time: attrs.optional_i64("s_t")?.map(Timestamp),
    }))
}

/// The text of `node`'s child `tag`, when present.
fn child_text(node: &NodeRef<'_>, tag: &'static str) -> Result<Option<String>, NotificationError> {
    node.child(tag).map(text_content).transpose()
}

/// One `<sub_group_suggestion jid creator creation [reason]>` element with
/// its optional `<subject>`, `<description><body>`, `<is_existing_group>`
/// and `<participant_count>` children.
fn sub_group_suggestion(node: &NodeRef<'_>) -> Result<SubGroupSuggestion, NotificationError> {
    let attrs = node.attrs();
    let description = match node.child("description") {
        Some(description) => child_text(description, "body")?,
        None => None,
    };
    let participant_count = match child_text(node, "participant_count")? {
        Some(text) => {
            Some(
                text.trim()
                    .parse::<u32>()
                    .map_err(|_| NotificationError::InvalidContent {
                        tag: "participant_count".into(),
                        expected: "a count",
                    })?,
            )
        }
        None => None,
    };
    Ok(SubGroupSuggestion {
        jid: attrs.jid("jid")?,
        creator: attrs.optional_jid("creator")?,
        creation: attrs.optional_i64("creation")?.map(Timestamp),
        subject: child_text(node, "subject")?,
        description,
        is_existing_group: child_text(node, "is_existing_group")?.as_deref() == Some("true"),
        participant_count,
        reason: attrs.optional_str("reason").map(|text| text.into_owned()),
    })
}

/// The action one child element of a `w:gp2` notification describes.
pub fn parse_action(child: &NodeRef<'_>) -> Result<GroupNotificationAction, NotificationError> {
    let attrs = child.attrs();
    let tag = child.tag().to_string();
    Ok(match tag.as_str() {
        "add" => GroupNotificationAction::Add {
            participants: participants(child, "participant")?,
            reason: reason(child),
        },
        "remove" => GroupNotificationAction::Remove {
            participants: participants(child, "participant")?,
            reason: reason(child),
        },
        "promote" => GroupNotificationAction::Promote {
            participants: participants(child, "participant")?,
        },
        "demote" => GroupNotificationAction::Demote {
            participants: participants(child, "participant")?,
        },
        "modify" => GroupNotificationAction::Modify {
            participants: participants(child, "participant")?,
        },
        "subject" => GroupNotificationAction::Subject {
            subject: attrs.str("subject")?.into_owned(),
            subject_owner: attrs.optional_jid("s_o")?,
            subject_owner_pn: attrs.optional_jid("s_o_pn")?,
            subject_time: attrs.optional_i64("s_t")?.map(Timestamp),
        },
        "description" => {
            let description = if child.child("delete").is_some() {
                None
            } else {
                Some(text_content(required_child(child, "body")?)?)
            };
            GroupNotificationAction::Description {
                id: attrs.str("id")?.into_owned(),
                description,
            }
        }
        "announcement" => GroupNotificationAction::Announce { announce: true },
        "not_announcement" => GroupNotificationAction::Announce { announce: false },
        "locked" => GroupNotificationAction::Locked { locked: true },
        "unlocked" => GroupNotificationAction::Locked { locked: false },
        "ephemeral" => GroupNotificationAction::Ephemeral {
            expiration: attrs.u32("expiration")?,
            trigger: attrs.optional_u32("trigger")?,
        },
        "not_ephemeral" => GroupNotificationAction::Ephemeral {
            expiration: 0,
            trigger: attrs.optional_u32("trigger")?,
        },
        "membership_approval_mode" => GroupNotificationAction::MembershipApprovalMode {
            enabled: child
                .child("group_join")
                .is_none_or(|join| join.attrs().is("state", "on")),
        },
        "membership_approval_request" => GroupNotificationAction::MembershipApprovalRequest {
            request_method: request_method(child),
            parent_group_jid: attrs.optional_jid("parent_group_jid")?,
        },
        "created_membership_requests" => GroupNotificationAction::CreatedMembershipRequests {
            request_method: request_method(child),
            parent_group_jid: attrs.optional_jid("parent_group_jid")?,
            requests: participants(child, "requested_user")?,
        },
        "revoked_membership_requests" => GroupNotificationAction::RevokedMembershipRequests {
            participants: child
                .children()
                .iter()
                .filter(|user| user.is("participant") || user.is("requested_user"))
                .map(|user| user.attrs().jid("jid"))
                .collect::<Result<_, _>>()?,
        },
        "member_add_mode" => GroupNotificationAction::MemberAddMode {
            mode: text_content(child)?,
        },
        "invite" => GroupNotificationAction::Invite {
            code: attrs.str("code")?.into_owned(),
        },
        "revoke" => GroupNotificationAction::RevokeInvite,
        "link" => GroupNotificationAction::Link {
            link_type: attrs.str("link_type")?.into_owned(),
            group: linked_group(child)?,
        },
        "unlink" => GroupNotificationAction::Unlink {
            unlink_type: attrs.str("unlink_type")?.into_owned(),
            unlink_reason: attrs.optional_str("unlink_reason").map(|t| t.into_owned()),
            group: linked_group(child)?,
        },
        "create" => GroupNotificationAction::Create {
            reason: reason(child),
            node: child.to_node(),
        },
        "delete" => GroupNotificationAction::Delete {
            reason: reason(child),
        },
        "suspended" => GroupNotificationAction::Suspended { suspended: true },
        "unsuspended" => GroupNotificationAction::Suspended { suspended: false },
        "linked_group_promote" => GroupNotificationAction::LinkedGroupPromote {
            participants: participants(child, "participant")?,
            linked_group_jid: attrs.optional_jid("jid")?,
        },
        "linked_group_demote" => GroupNotificationAction::LinkedGroupDemote {
            participants: participants(child, "participant")?,
            linked_group_jid: attrs.optional_jid("jid")?,
        },
        "growth_locked" => GroupNotificationAction::GrowthLocked {
            locked: true,
            expiration: attrs.optional_u32("expiration")?,
            lock_type: attrs.optional_str("type").map(|text| text.into_owned()),
        },
        "growth_unlocked" => GroupNotificationAction::GrowthLocked {
            locked: false,
            expiration: None,
            lock_type: None,
        },
        "no_frequently_forwarded" => {
            GroupNotificationAction::NoFrequentlyForwarded { enabled: true }
        }
        "frequently_forwarded_ok" => {
            GroupNotificationAction::NoFrequentlyForwarded { enabled: false }
        }
        "allow_admin_reports" => GroupNotificationAction::AllowAdminReports { allowed: true },
        "not_allow_admin_reports" => GroupNotificationAction::AllowAdminReports { allowed: false },
        "allow_non_admin_sub_group_creation" => {
            GroupNotificationAction::AllowNonAdminSubGroupCreation { allowed: true }
        }
        "not_allow_non_admin_sub_group_creation" => {
            GroupNotificationAction::AllowNonAdminSubGroupCreation { allowed: false }
        }
        "auto_add_disabled" => GroupNotificationAction::AutoAddDisabled,
        "limit_sharing_enabled" => GroupNotificationAction::LimitSharing {
            enabled: true,
            trigger: attrs.optional_u32("trigger")?,
        },
        "limit_sharing_disabled" => GroupNotificationAction::LimitSharing {
            enabled: false,
            trigger: attrs.optional_u32("trigger")?,
        },
        "group_safety_check" => GroupNotificationAction::GroupSafetyCheck,
        "change_number" => GroupNotificationAction::ChangeNumber {
            new_owner: attrs.jid("jid")?,
            sub_group_suggestions: child
                .children_by_tag("sub_group_suggestion")
                .map(|suggestion| suggestion.attrs().jid("jid"))
                .collect::<Result<_, _>>()?,
        },
        "created_sub_group_suggestion" => GroupNotificationAction::CreatedSubGroupSuggestion {
            suggestion: sub_group_suggestion(required_child(child, "sub_group_suggestion")?)?,
        },
        "revoked_sub_group_suggestions" => GroupNotificationAction::RevokedSubGroupSuggestions {
            suggestions: child
                .children_by_tag("sub_group_suggestion")
                .map(sub_group_suggestion)
                .collect::<Result<_, _>>()?,
        },
        _ => GroupNotificationAction::Unknown {
            tag,
            node: child.to_node(),
        },
    })
}

/// Every change of a `w:gp2` notification, in order.
pub fn parse(notification: &NodeRef<'_>) -> Result<Vec<GroupUpdate>, NotificationError> {
    let attrs = notification.attrs();
    let group_jid = attrs.jid("from")?;
    let participant = attrs.optional_jid("participant")?;
    let participant_pn = attrs.optional_jid("participant_pn")?;
    let timestamp = timestamp(notification)?;
    let is_lid_addressing_mode = match attrs.optional_str("addressing_mode") {
        Some(mode) => mode == "lid",
        None => participant.as_ref().is_some_and(Jid::is_lid),
    };
    notification
        .children()
        .iter()
        .map(|child| {
            Ok(GroupUpdate {
                group_jid: group_jid.clone(),
                participant: participant.clone(),
                participant_pn: participant_pn.clone(),
                timestamp,
                is_lid_addressing_mode,
                action: parse_action(child)?,
            })
        })
        .collect()
}

/// The LID↔PN pairs a participant list reveals.
pub(crate) fn lid_pairs(
    participants: &[GroupParticipant],
) -> impl Iterator<Item = (Jid, Jid)> + '_ {
    participants.iter().filter_map(|p| {
        if p.jid.is_lid() {
            p.phone_number.clone().map(|pn| (p.jid.clone(), pn))
        } else {
            p.lid.clone().map(|lid| (lid, p.jid.clone()))
        }
    })
}

pub(super) fn apply(inner: &Inner, notification: &NodeRef<'_>) -> Result<(), NotificationError> {
    let updates = parse(notification)?;
    for update in updates {
        let revealed = match &update.action {
            GroupNotificationAction::Add { participants, .. }
            | GroupNotificationAction::Promote { participants }
            | GroupNotificationAction::Demote { participants }
            | GroupNotificationAction::Modify { participants }
            | GroupNotificationAction::LinkedGroupPromote { participants, .. }
            | GroupNotificationAction::LinkedGroupDemote { participants, .. } => {
                lid_pairs(participants).collect::<Vec<_>>()
            }
            _ => Vec::new(),
        };
        for (lid, pn) in revealed {
            inner.store.put_lid_mapping(&lid, &pn)?;
        }
        inner.notifications.groups.apply(&update);
        inner.emit(Event::GroupUpdate(update));
    }
    Ok(())
}
