//! Groups: the `w:g2` IQs on [`Client`] and the group-info cache that
//! `w:gp2` notifications keep current.
//!
//! [`Client::get_group_info`] answers from the cache when it can; every
//! change notification patches the cached entry (members, admins, subject,
//! description, settings) or drops it when the change cannot be applied
//! locally (number changes, community links, unknown actions), so the next
//! read — and the next send to the group — sees the group as it is.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use super::error::IqError;
use super::lifecycle::{Client, lock};
use super::notifications::group::parse_participant;
use super::notifications::{NotificationError, required_child, text_content};
use crate::binary::{AttrError, Jid, Node, NodeRef, OwnedNodeRef, Server};
use crate::events::{
    GroupNotificationAction, GroupParticipant, GroupUpdate, ParticipantType, Timestamp,
};

/// The prefix of invite links.
pub const INVITE_LINK_PREFIX: &str = "https://chat.whatsapp.com/";

/// Why a group request failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum GroupError {
    /// The request failed or the server refused it.
    #[error(transparent)]
    Iq(#[from] IqError),
    /// The answer is malformed.
    #[error("malformed answer: {0}")]
    Malformed(#[from] NotificationError),
    /// A bad argument.
    #[error("invalid argument: {0}")]
    InvalidArgument(String),
}

impl From<AttrError> for GroupError {
    fn from(error: AttrError) -> GroupError {
        GroupError::Malformed(error.into())
    }
}

/// A group's metadata and members.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupInfo {
    /// The group.
    pub jid: Jid,
    /// The subject (name).
    pub subject: String,
    /// Who set the subject, when known.
    pub subject_owner: Option<Jid>,
    /// When the subject was set, when known.
    pub subject_time: Option<Timestamp>,
    /// The creator, when known.
    pub owner: Option<Jid>,
    /// When the group was created, when known.
    pub creation: Option<Timestamp>,
    /// The description, when set.
    pub description: Option<String>,
    /// The description's id, when set.
    pub description_id: Option<String>,
    /// The members, with their phone number and LID when the server gave them.
    pub participants: Vec<GroupParticipant>,
    /// Only admins may send.
    pub announce: bool,
    /// Only admins may edit the group info.
    pub locked: bool,
    /// The disappearing-messages timer in seconds (0: off).
    pub ephemeral: u32,
    /// New members need admin approval.
    pub membership_approval: bool,
    /// Who may add members (`admin_add`, `all_member_add`), when stated.
    pub member_add_mode: Option<String>,
    /// `pn` or `lid`, when stated.
    pub addressing_mode: Option<String>,
    /// The group is a community (parent group).
    pub is_parent: bool,
    /// The community this group belongs to, when linked.
    pub linked_parent: Option<Jid>,
    /// The member count the server stated, when given.
    pub size: Option<u32>,
    /// The creator's phone number, when `owner` is a LID (`creator_pn`).
    pub owner_pn: Option<Jid>,
    /// The phone number of who set the subject, when `subject_owner` is a
    /// LID (`s_o_pn`).
    pub subject_owner_pn: Option<Jid>,
}

impl GroupInfo {
    /// Whether the group addresses members by LID.
    pub fn is_lid_addressing_mode(&self) -> bool {
        self.addressing_mode.as_deref() == Some("lid")
    }

    /// The member matching `jid` (by JID, phone number or LID).
    pub fn participant(&self, jid: &Jid) -> Option<&GroupParticipant> {
        self.participants.iter().find(|p| same_person(p, jid))
    }
}

fn bare(jid: &Jid) -> Jid {
    Jid::new(jid.user.clone(), jid.server.clone())
}

fn same_person(participant: &GroupParticipant, jid: &Jid) -> bool {
    let jid = bare(jid);
    bare(&participant.jid) == jid
        || participant
            .phone_number
            .as_ref()
            .is_some_and(|pn| bare(pn) == jid)
        || participant.lid.as_ref().is_some_and(|lid| bare(lid) == jid)
}

/// Parses a `<group>` element of a metadata answer (or of a `create`
/// notification).
pub fn parse_group_node(node: &NodeRef<'_>) -> Result<GroupInfo, NotificationError> {
    let attrs = node.attrs();
    let jid = match attrs.optional_jid("jid")? {
        Some(jid) => jid,
        None => Jid::new(attrs.str("id")?.into_owned(), Server::Group),
    };
    let mut info = GroupInfo {
        jid,
        subject: attrs
            .optional_str("subject")
            .unwrap_or_default()
            .into_owned(),
        subject_owner: attrs.optional_jid("s_o")?,
        subject_time: attrs.optional_i64("s_t")?.map(Timestamp),
        owner: attrs.optional_jid("creator")?,
        creation: attrs.optional_i64("creation")?.map(Timestamp),
        description: None,
        description_id: None,
        participants: Vec::new(),
        announce: false,
        locked: false,
        ephemeral: 0,
        membership_approval: false,
        member_add_mode: None,
        addressing_mode: attrs
            .optional_str("addressing_mode")
            .map(|mode| mode.into_owned()),
        is_parent: false,
        linked_parent: None,
        size: attrs.optional_u32("size")?,
        owner_pn: attrs.optional_jid("creator_pn")?,
        subject_owner_pn: attrs.optional_jid("s_o_pn")?,
    };
    for child in node.children() {
        let tag = child.tag().to_string();
        match tag.as_str() {
            "participant" => info.participants.push(parse_participant(child)?),
            "description" => {
                info.description_id = child.attrs().optional_str("id").map(|id| id.into_owned());
                info.description = match child.child("body") {
                    Some(body) => Some(text_content(body)?),
                    None => None,
                };
            }
            "announcement" => info.announce = true,
            "locked" => info.locked = true,
            "ephemeral" => info.ephemeral = child.attrs().u32("expiration")?,
            "member_add_mode" => info.member_add_mode = Some(text_content(child)?),
            "membership_approval_mode" => {
                info.membership_approval = child
                    .child("group_join")
                    .is_none_or(|join| join.attrs().is("state", "on"));
            }
            "parent" => info.is_parent = true,
            "linked_parent" => info.linked_parent = child.attrs().optional_jid("jid")?,
            _ => {}
        }
    }
    Ok(info)
}

/// The outcome of a change for one participant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParticipantResult {
    /// The participant as the server named them.
    pub participant: GroupParticipant,
    /// The server's error code for this participant (403: privacy, 404: not
    /// on WhatsApp, 409: already a member...); `None` on success.
    pub error: Option<u32>,
}

/// A pending request to join a group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MembershipRequest {
    /// Who asked.
    pub jid: Jid,
    /// When, when stated.
    pub requested_at: Option<Timestamp>,
}

/// What [`Client::update_group_participants`] does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParticipantChange {
    /// Add members.
    Add,
    /// Remove members.
    Remove,
    /// Make members admins.
    Promote,
    /// Make admins ordinary members.
    Demote,
}

impl ParticipantChange {
    fn tag(self) -> &'static str {
        match self {
            ParticipantChange::Add => "add",
            ParticipantChange::Remove => "remove",
            ParticipantChange::Promote => "promote",
            ParticipantChange::Demote => "demote",
        }
    }
}

/// The group-info cache, by group JID.
#[derive(Debug, Default)]
pub(crate) struct GroupCache {
    groups: Mutex<HashMap<Jid, GroupInfo>>,
}

impl GroupCache {
    pub(crate) fn get(&self, jid: &Jid) -> Option<GroupInfo> {
        lock(&self.groups).get(jid).cloned()
    }

    pub(crate) fn put(&self, info: GroupInfo) {
        lock(&self.groups).insert(info.jid.clone(), info);
    }

    pub(crate) fn forget(&self, jid: &Jid) {
        lock(&self.groups).remove(jid);
    }

    /// Applies a change notification to the cached entry, if any.
    pub(crate) fn apply(&self, update: &GroupUpdate) {
        let mut groups = lock(&self.groups);
        let Some(info) = groups.get_mut(&update.group_jid) else {
            return;
        };
        let keep = patch(info, &update.action);
        if !keep {
            groups.remove(&update.group_jid);
        }
    }
}

fn set_rank(info: &mut GroupInfo, who: &[GroupParticipant], rank: Option<ParticipantType>) {
    for changed in who {
        for member in info
            .participants
            .iter_mut()
            .filter(|member| same_person(member, &changed.jid))
        {
            member.participant_type = rank.clone();
        }
    }
}

/// Applies `action` to `info`; false when the entry must be dropped.
fn patch(info: &mut GroupInfo, action: &GroupNotificationAction) -> bool {
    match action {
        GroupNotificationAction::Add { participants, .. } => {
            for added in participants {
                if info.participant(&added.jid).is_none() {
                    info.participants.push(added.clone());
                }
            }
        }
        GroupNotificationAction::Remove { participants, .. } => {
            info.participants.retain(|member| {
                !participants
                    .iter()
                    .any(|gone| same_person(member, &gone.jid))
            });
        }
        GroupNotificationAction::Promote { participants } => {
            set_rank(info, participants, Some(ParticipantType::Admin));
        }
        GroupNotificationAction::Demote { participants } => set_rank(info, participants, None),
        GroupNotificationAction::Subject {
            subject,
            subject_owner,
            subject_owner_pn,
            subject_time,
        } => {
            info.subject = subject.clone();
            info.subject_owner = subject_owner.clone();
            info.subject_owner_pn = subject_owner_pn.clone();
            info.subject_time = *subject_time;
        }
        GroupNotificationAction::Description { id, description } => {
            info.description_id = Some(id.clone());
            info.description = description.clone();
        }
        GroupNotificationAction::Announce { announce } => info.announce = *announce,
        GroupNotificationAction::Locked { locked } => info.locked = *locked,
        GroupNotificationAction::Ephemeral { expiration, .. } => info.ephemeral = *expiration,
        GroupNotificationAction::MembershipApprovalMode { enabled } => {
            info.membership_approval = *enabled;
        }
        GroupNotificationAction::MemberAddMode { mode } => {
            info.member_add_mode = Some(mode.clone())
        }
        GroupNotificationAction::Invite { .. }
        | GroupNotificationAction::RevokeInvite
        | GroupNotificationAction::MembershipApprovalRequest { .. }
        | GroupNotificationAction::CreatedMembershipRequests { .. }
        | GroupNotificationAction::RevokedMembershipRequests { .. }
        | GroupNotificationAction::Suspended { .. }
        | GroupNotificationAction::GrowthLocked { .. }
        | GroupNotificationAction::NoFrequentlyForwarded { .. }
        | GroupNotificationAction::AllowAdminReports { .. }
        | GroupNotificationAction::AllowNonAdminSubGroupCreation { .. }
        | GroupNotificationAction::AutoAddDisabled
        | GroupNotificationAction::LimitSharing { .. }
        | GroupNotificationAction::GroupSafetyCheck
        | GroupNotificationAction::ChangeNumber { .. }
        | GroupNotificationAction::CreatedSubGroupSuggestion { .. }
        | GroupNotificationAction::RevokedSubGroupSuggestions { .. } => {}
        // Linked-group rank changes, membership changes of unknown shape and
        // unmodelled actions: drop the entry so the next read asks the server.
        _ => return false,
    }
    if let Some(size) = &mut info.size {
        *size = u32::try_from(info.participants.len()).unwrap_or(u32::MAX);
    }
    true
}

fn group_server() -> Jid {
    Jid::new("", Server::Group)
}

fn participant_nodes(participants: &[Jid]) -> Vec<Node> {
    participants
        .iter()
        .map(|jid| Node::new("participant").attr("jid", bare(jid)))
        .collect()
}

fn participant_results(node: &NodeRef<'_>) -> Result<Vec<ParticipantResult>, NotificationError> {
    node.children_by_tag("participant")
        .map(|child| {
            Ok(ParticipantResult {
                participant: parse_participant(child)?,
                error: child
                    .attrs()
                    .optional_u32("error")?
                    .filter(|code| *code != 0),
            })
        })
        .collect()
}

impl Client {
    async fn group_iq(
        &self,
        kind: &'static str,
        to: Jid,
        content: Node,
    ) -> Result<Arc<OwnedNodeRef>, GroupError> {
        let iq = Node::new("iq")
            .attr("xmlns", "w:g2")
            .attr("type", kind)
            .attr("to", to)
            .children([content]);
        Ok(self.send_iq(iq).await?)
    }

    /// The metadata and members of `group`, from the cache when present.
    pub async fn get_group_info(&self, group: &Jid) -> Result<GroupInfo, GroupError> {
        if let Some(info) = self.inner.notifications.groups.get(group) {
            return Ok(info);
        }
        self.refresh_group_info(group).await
    }

    /// The metadata and members of `group`, asked from the server (the
    /// cache is refreshed).
    pub async fn refresh_group_info(&self, group: &Jid) -> Result<GroupInfo, GroupError> {
        let answer = self
            .group_iq(
                "get",
                group.clone(),
                Node::new("query").attr("request", "interactive"),
            )
            .await?;
        let info = parse_group_node(required_child(answer.get(), "group")?)?;
        self.remember_group(&info)?;
        Ok(info)
    }

    /// Caches `info` and records the LID↔PN pairs it reveals.
    fn remember_group(&self, info: &GroupInfo) -> Result<(), GroupError> {
        for (lid, pn) in super::notifications::group::lid_pairs(&info.participants) {
            self.inner
                .store
                .put_lid_mapping(&lid, &pn)
                .map_err(NotificationError::from)?;
        }
        self.inner.notifications.groups.put(info.clone());
        Ok(())
    }

    /// Every group we are a member of (the cache is refreshed).
    pub async fn get_joined_groups(&self) -> Result<Vec<GroupInfo>, GroupError> {
        let answer = self
            .group_iq(
                "get",
                group_server(),
                Node::new("participating")
                    .children([Node::new("participants"), Node::new("description")]),
            )
            .await?;
        let groups = required_child(answer.get(), "groups")?;
        let mut list = Vec::new();
        for node in groups.children_by_tag("group") {
            let info = parse_group_node(node)?;
            self.remember_group(&info)?;
            list.push(info);
        }
        Ok(list)
    }

    /// The `<participant>`s of a `create` request: a member named by LID
    /// carries its `phone_number` when the store knows it.
    fn create_participant_nodes(&self, participants: &[Jid]) -> Result<Vec<Node>, GroupError> {
        let mut nodes = Vec::with_capacity(participants.len());
        for jid in participants {
            let jid = bare(jid);
            let mut node = Node::new("participant").attr("jid", jid.clone());
            if jid.is_lid()
                && let Some(pn) = self
                    .inner
                    .store
                    .pn_for_lid(&jid)
                    .map_err(NotificationError::from)?
            {
                node = node.attr("phone_number", pn);
            }
            nodes.push(node);
        }
        Ok(nodes)
    }

    /// Creates a group named `name` with `participants` (we are its admin).
    /// The request states no addressing mode: the server chooses it (new
    /// groups are LID-addressed on WhatsApp today) and the answer's
    /// `<group>`, cached, states it with every member, so the first send
    /// already goes to the devices of that mode.
    pub async fn create_group(
        &self,
        name: &str,
        participants: &[Jid],
    ) -> Result<GroupInfo, GroupError> {
        if name.is_empty() {
            return Err(GroupError::InvalidArgument(
                "the group name is empty".into(),
            ));
        }
        let key = self.next_id();
        let answer = self
            .group_iq(
                "set",
                group_server(),
                Node::new("create")
                    .attr("subject", name.to_owned())
                    .attr("key", key)
                    .children(self.create_participant_nodes(participants)?),
            )
            .await?;
        let info = parse_group_node(required_child(answer.get(), "group")?)?;
        self.remember_group(&info)?;
        Ok(info)
    }

    /// Sets the subject (name) of `group`.
    pub async fn set_group_subject(&self, group: &Jid, subject: &str) -> Result<(), GroupError> {
        self.group_iq(
            "set",
            group.clone(),
            Node::new("subject").text(subject.to_owned()),
        )
        .await?;
        Ok(())
    }

    /// Sets the description of `group`, or deletes it (`None`).
    pub async fn set_group_description(
        &self,
        group: &Jid,
        description: Option<&str>,
    ) -> Result<(), GroupError> {
        let previous = self
            .inner
            .notifications
            .groups
            .get(group)
            .and_then(|info| info.description_id);
        let id = self.next_id();
        let mut node = Node::new("description").attr("id", id);
        if let Some(previous) = previous {
            node = node.attr("prev", previous);
        }
        node = match description {
            Some(text) if !text.is_empty() => {
                node.children([Node::new("body").text(text.to_owned())])
            }
            _ => node.attr("delete", "true"),
        };
        self.group_iq("set", group.clone(), node).await?;
        Ok(())
    }

    /// Lets only admins send (`true`), or everyone (`false`).
    pub async fn set_group_announce(&self, group: &Jid, announce: bool) -> Result<(), GroupError> {
        let tag = if announce {
            "announcement"
        } else {
            "not_announcement"
        };
        self.group_iq("set", group.clone(), Node::new(tag)).await?;
        Ok(())
    }

    /// Lets only admins edit the group info (`true`), or everyone (`false`).
    pub async fn set_group_locked(&self, group: &Jid, locked: bool) -> Result<(), GroupError> {
        let tag = if locked { "locked" } else { "unlocked" };
        self.group_iq("set", group.clone(), Node::new(tag)).await?;
        Ok(())
    }

    /// Sets the disappearing-messages timer of `group` (seconds; 0 turns
    /// it off).
    pub async fn set_group_ephemeral(
        &self,
        group: &Jid,
        expiration: u32,
    ) -> Result<(), GroupError> {
        let node = if expiration == 0 {
            Node::new("not_ephemeral")
        } else {
            Node::new("ephemeral").attr("expiration", expiration)
        };
        self.group_iq("set", group.clone(), node).await?;
        Ok(())
    }

    /// Requires admin approval for new members (`true`) or not.
    pub async fn set_group_membership_approval(
        &self,
        group: &Jid,
        enabled: bool,
    ) -> Result<(), GroupError> {
        let node = Node::new("membership_approval_mode")
            .children([Node::new("group_join").attr("state", if enabled { "on" } else { "off" })]);
        self.group_iq("set", group.clone(), node).await?;
        Ok(())
    }

    /// Adds, removes, promotes or demotes `participants`; one result each.
    pub async fn update_group_participants(
        &self,
        group: &Jid,
        change: ParticipantChange,
        participants: &[Jid],
    ) -> Result<Vec<ParticipantResult>, GroupError> {
        if participants.is_empty() {
            return Err(GroupError::InvalidArgument("no participants".into()));
        }
        let answer = self
            .group_iq(
                "set",
                group.clone(),
                Node::new(change.tag()).children(participant_nodes(participants)),
            )
            .await?;
        // The member list changed: the next send asks for it again rather
        // than racing the change notification.
        self.inner.notifications.groups.forget(group);
        Ok(participant_results(required_child(
            answer.get(),
            change.tag(),
        )?)?)
    }

    /// Adds `participants` to `group`.
    pub async fn add_group_participants(
        &self,
        group: &Jid,
        participants: &[Jid],
    ) -> Result<Vec<ParticipantResult>, GroupError> {
        self.update_group_participants(group, ParticipantChange::Add, participants)
            .await
    }

    /// Removes `participants` from `group`.
    pub async fn remove_group_participants(
        &self,
        group: &Jid,
        participants: &[Jid],
    ) -> Result<Vec<ParticipantResult>, GroupError> {
        self.update_group_participants(group, ParticipantChange::Remove, participants)
            .await
    }

    /// Makes `participants` admins of `group`.
    pub async fn promote_group_participants(
        &self,
        group: &Jid,
        participants: &[Jid],
    ) -> Result<Vec<ParticipantResult>, GroupError> {
        self.update_group_participants(group, ParticipantChange::Promote, participants)
            .await
    }

    /// Makes admins `participants` ordinary members of `group`.
    pub async fn demote_group_participants(
        &self,
        group: &Jid,
        participants: &[Jid],
    ) -> Result<Vec<ParticipantResult>, GroupError> {
        self.update_group_participants(group, ParticipantChange::Demote, participants)
            .await
    }

    /// The invite link of `group`; `reset` revokes the old one first.
    pub async fn get_invite_link(&self, group: &Jid, reset: bool) -> Result<String, GroupError> {
        let kind = if reset { "set" } else { "get" };
        let answer = self
            .group_iq(kind, group.clone(), Node::new("invite"))
            .await?;
        let code = required_child(answer.get(), "invite")?
            .attrs()
            .str("code")?
            .into_owned();
        Ok(format!("{INVITE_LINK_PREFIX}{code}"))
    }

    /// Joins a group with an invite code (or a full invite link); returns
    /// the group. When the group needs admin approval, a join request is
    /// filed instead and the group is returned all the same.
    pub async fn join_group_with_link(&self, code: &str) -> Result<Jid, GroupError> {
        let code = code.strip_prefix(INVITE_LINK_PREFIX).unwrap_or(code);
        if code.is_empty() {
            return Err(GroupError::InvalidArgument(
                "the invite code is empty".into(),
            ));
        }
        let answer = self
            .group_iq(
                "set",
                group_server(),
                Node::new("invite").attr("code", code.to_owned()),
            )
            .await?;
        let answer = answer.get();
        let group = match answer.child("membership_approval_request") {
            Some(request) => request,
            None => required_child(answer, "group")?,
        };
        let attrs = group.attrs();
        let jid = match attrs.optional_jid("jid")? {
            Some(jid) => jid,
            None => Jid::new(attrs.str("id")?.into_owned(), Server::Group),
        };
        self.inner.notifications.groups.forget(&jid);
        Ok(jid)
    }

    /// Leaves `group`.
    pub async fn leave_group(&self, group: &Jid) -> Result<(), GroupError> {
        self.group_iq(
            "set",
            group_server(),
            Node::new("leave").children([Node::new("group").attr("id", group.clone())]),
        )
        .await?;
        self.inner.notifications.groups.forget(group);
        Ok(())
    }

    /// The pending join requests of `group` (admins only).
    pub async fn get_membership_requests(
        &self,
        group: &Jid,
    ) -> Result<Vec<MembershipRequest>, GroupError> {
        let answer = self
            .group_iq(
                "get",
                group.clone(),
                Node::new("membership_approval_requests"),
            )
            .await?;
        let list = required_child(answer.get(), "membership_approval_requests")?;
        list.children_by_tag("membership_approval_request")
            .map(|request| {
                let attrs = request.attrs();
                Ok(MembershipRequest {
                    jid: attrs.jid("jid")?,
                    requested_at: attrs.optional_i64("request_time")?.map(Timestamp),
                })
            })
            .collect()
    }

    async fn membership_action(
        &self,
        group: &Jid,
        action: &'static str,
        participants: &[Jid],
    ) -> Result<Vec<ParticipantResult>, GroupError> {
        let answer = self
            .group_iq(
                "set",
                group.clone(),
                Node::new("membership_requests_action")
                    .children([Node::new(action).children(participant_nodes(participants))]),
            )
            .await?;
        let outer = required_child(answer.get(), "membership_requests_action")?;
        Ok(participant_results(required_child(outer, action)?)?)
    }

    /// Approves join requests.
    pub async fn approve_membership_requests(
        &self,
        group: &Jid,
        participants: &[Jid],
    ) -> Result<Vec<ParticipantResult>, GroupError> {
        self.membership_action(group, "approve", participants).await
    }

    /// Rejects join requests.
    pub async fn reject_membership_requests(
        &self,
        group: &Jid,
        participants: &[Jid],
    ) -> Result<Vec<ParticipantResult>, GroupError> {
        self.membership_action(group, "reject", participants).await
    }

    /// Links `child` to the community `parent` as a subgroup.
    pub async fn link_group(&self, parent: &Jid, child: &Jid) -> Result<(), GroupError> {
        self.group_iq(
            "set",
            parent.clone(),
            Node::new("links").children([Node::new("link")
                .attr("link_type", "sub_group")
                .children([Node::new("group").attr("jid", child.clone())])]),
        )
        .await?;
        self.inner.notifications.groups.forget(child);
        Ok(())
    }

    /// Unlinks the subgroup `child` from the community `parent`.
    pub async fn unlink_group(&self, parent: &Jid, child: &Jid) -> Result<(), GroupError> {
        self.group_iq(
            "set",
            parent.clone(),
            Node::new("unlink")
                .attr("unlink_type", "sub_group")
                .children([Node::new("group").attr("jid", child.clone())]),
        )
        .await?;
        self.inner.notifications.groups.forget(child);
        Ok(())
    }
}
