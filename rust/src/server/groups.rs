//! The emulator's groups: real state per group (subject, description,
//! members and admins, settings, invite code, join requests, community
//! links), the `w:g2` IQ answers, and the `w:gp2` notification of every
//! change to every device of every member (offline devices get it from
//! their queue). A group is addressed by phone number (`addressing_mode="pn"`:
//! participants by PN with their `lid`) or by LID (`addressing_mode="lid"`:
//! participants, actors and senders by LID with their `phone_number` /
//! `participant_pn`), chosen when it is created: groups that devices
//! create through the `create` IQ (and phones through
//! [`Phone::create_group`](super::Phone::create_group)) take the server's
//! [`GroupAddressing`] ([`ServerConfig::group_addressing`](super::ServerConfig)).

use std::collections::HashMap;

use super::conn::{Role, ServerConn, result_for};
use super::directory::unix_now;
use super::notify::notification;
use super::pairing::iq_error;
use super::{Server, State, lock};
use crate::binary::{Jid, Node, NodeRef, Server as JidServer};

/// How the emulator addresses the groups it creates: by phone number
/// (`addressing_mode="pn"`) or by LID (`addressing_mode="lid"`). The
/// `create` request carries no mode; the server chooses it and states it in
/// the `<group>` of its answer.
///
/// [`Pn`](GroupAddressing::Pn) is the default: the existing suites were
/// written against phone-number groups and keep their meaning. WhatsApp
/// itself makes new groups LID-addressed, so tests of current behaviour
/// choose [`Lid`](GroupAddressing::Lid).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum GroupAddressing {
    /// Members by phone number, with their `lid` alongside.
    #[default]
    Pn,
    /// Members, actors and senders by LID, with their phone number
    /// alongside.
    Lid,
}

impl GroupAddressing {
    /// The wire `addressing_mode`: `pn` or `lid`.
    pub fn as_str(self) -> &'static str {
        match self {
            GroupAddressing::Pn => "pn",
            GroupAddressing::Lid => "lid",
        }
    }

    /// The mode named `pn` or `lid`; `None` for anything else.
    pub fn parse(name: &str) -> Option<GroupAddressing> {
        match name {
            "pn" => Some(GroupAddressing::Pn),
            "lid" => Some(GroupAddressing::Lid),
            _ => None,
        }
    }

    /// Whether groups are LID-addressed.
    pub fn is_lid(self) -> bool {
        self == GroupAddressing::Lid
    }
}

/// One group.
#[derive(Debug, Clone)]
pub struct GroupState {
    /// The group id (the user part of `id@g.us`).
    pub id: String,
    /// The subject.
    pub subject: String,
    /// Who set the subject (phone number).
    pub subject_owner: String,
    /// When the subject was set.
    pub subject_time: u64,
    /// The creator (phone number).
    pub creator: String,
    /// When it was created.
    pub creation: u64,
    /// The description id and text.
    pub description: Option<(String, String)>,
    /// Members (phone numbers) and their rank (`admin`, `superadmin`).
    pub participants: Vec<(String, Option<&'static str>)>,
    /// Only admins send.
    pub announce: bool,
    /// Only admins edit the info.
    pub locked: bool,
    /// Disappearing timer (0: off).
    pub ephemeral: u32,
    /// Joining needs admin approval.
    pub membership_approval: bool,
    /// `admin_add` or `all_member_add`.
    pub member_add_mode: String,
    /// The invite code.
    pub invite_code: String,
    /// Pending join requests: phone number and when.
    pub requests: Vec<(String, u64)>,
    /// A community (parent group).
    pub is_parent: bool,
    /// The community this group is linked to.
    pub linked_parent: Option<String>,
    /// Members are addressed by LID (`addressing_mode="lid"`).
    pub lid_addressed: bool,
}

impl GroupState {
    /// The group JID.
    pub fn jid(&self) -> Jid {
        Jid::new(self.id.clone(), JidServer::Group)
    }

    /// The wire `addressing_mode`: `lid` or `pn`.
    pub fn addressing_mode(&self) -> &'static str {
        if self.lid_addressed { "lid" } else { "pn" }
    }

    fn rank(&self, phone: &str) -> Option<Option<&'static str>> {
        self.participants
            .iter()
            .find(|(member, _)| member == phone)
            .map(|(_, rank)| *rank)
    }

    fn is_admin(&self, phone: &str) -> bool {
        matches!(self.rank(phone), Some(Some(_)))
    }

    /// The members' phone numbers.
    pub(crate) fn phones(&self) -> Vec<String> {
        self.participants
            .iter()
            .map(|(phone, _)| phone.clone())
            .collect()
    }
}

/// Every group, by id.
#[derive(Debug, Default)]
pub struct Groups {
    by_id: HashMap<String, GroupState>,
    next: u64,
}

impl Groups {
    /// Replaces the phone number `old` with `new` wherever a group names it
    /// (members, creator, subject owner, join requests).
    pub(crate) fn rename_member(&mut self, old: &str, new: &str) {
        for group in self.by_id.values_mut() {
            for (phone, _) in &mut group.participants {
                if phone == old {
                    *phone = new.to_owned();
                }
            }
            for (phone, _) in &mut group.requests {
                if phone == old {
                    *phone = new.to_owned();
                }
            }
            if group.creator == old {
                group.creator = new.to_owned();
            }
            if group.subject_owner == old {
                group.subject_owner = new.to_owned();
            }
        }
    }

    fn new_id(&mut self) -> String {
        self.next += 1;
        format!("{}", 120_363_000_000_000_000u64 + self.next * 104_729)
    }

    fn new_code(&mut self) -> String {
        self.next += 1;
        format!("Inv{:016X}", self.next.wrapping_mul(0x9E37_79B9_7F4A_7C15))
    }

    /// The group `id`.
    pub fn get(&self, id: &str) -> Option<&GroupState> {
        self.by_id.get(id)
    }
}

fn pn(phone: &str) -> Jid {
    Jid::new(phone, JidServer::User)
}

impl State {
    /// The LID user of the account `phone`, when it has one.
    pub(crate) fn lid_of(&self, phone: &str) -> Option<Jid> {
        lock(&self.directory).account(phone).map(|a| a.lid_jid())
    }

    /// How a group in mode `lid` names `phone`: its LID (falling back to
    /// the PN for an unknown account) or its PN.
    fn member_jid(&self, phone: &str, lid: bool) -> Jid {
        if lid {
            self.lid_of(phone).unwrap_or_else(|| pn(phone))
        } else {
            pn(phone)
        }
    }

    /// A `tag` element naming `phone` as a group in mode `lid` does: by
    /// LID with its `phone_number`, or by PN.
    fn member_node(&self, tag: &'static str, phone: &str, lid: bool) -> Node {
        let node = Node::new(tag).attr("jid", self.member_jid(phone, lid));
        if lid {
            node.attr("phone_number", pn(phone))
        } else {
            node
        }
    }

    fn participant_node(&self, phone: &str, rank: Option<&'static str>, lid_mode: bool) -> Node {
        let lid = self.lid_of(phone);
        let mut node = match (lid, lid_mode) {
            (Some(lid), true) => Node::new("participant")
                .attr("jid", lid)
                .attr("phone_number", pn(phone)),
            (Some(lid), false) => Node::new("participant")
                .attr("jid", pn(phone))
                .attr("lid", lid),
            (None, _) => Node::new("participant").attr("jid", pn(phone)),
        };
        if let Some(rank) = rank {
            node = node.attr("type", rank);
        }
        node
    }

    fn group_node(&self, group: &GroupState) -> Node {
        let mut children: Vec<Node> = group
            .participants
            .iter()
            .map(|(phone, rank)| self.participant_node(phone, *rank, group.lid_addressed))
            .collect();
        if let Some((id, text)) = &group.description {
            children.push(
                Node::new("description")
                    .attr("id", id.clone())
                    .children([Node::new("body").text(text.clone())]),
            );
        }
        if group.announce {
            children.push(Node::new("announcement"));
        }
        if group.locked {
            children.push(Node::new("locked"));
        }
        if group.ephemeral > 0 {
            children.push(Node::new("ephemeral").attr("expiration", group.ephemeral));
        }
        children.push(Node::new("member_add_mode").text(group.member_add_mode.clone()));
        children.push(Node::new("membership_approval_mode").children([
            Node::new("group_join").attr(
                "state",
                if group.membership_approval {
                    "on"
                } else {
                    "off"
                },
            ),
        ]));
        if group.is_parent {
            children.push(Node::new("parent"));
        }
        if let Some(parent) = &group.linked_parent {
            children.push(
                Node::new("linked_parent").attr("jid", Jid::new(parent.clone(), JidServer::Group)),
            );
        }
        let lid = group.lid_addressed;
        let mut node = Node::new("group")
            .attr("id", group.id.clone())
            .attr("creator", self.member_jid(&group.creator, lid));
        if lid {
            node = node.attr("creator_pn", pn(&group.creator));
        }
        node = node
            .attr("creation", group.creation)
            .attr("subject", group.subject.clone())
            .attr("s_t", group.subject_time)
            .attr("s_o", self.member_jid(&group.subject_owner, lid));
        if lid {
            node = node.attr("s_o_pn", pn(&group.subject_owner));
        }
        node.attr("size", group.participants.len())
            .attr("addressing_mode", group.addressing_mode())
            .children(children)
    }

    /// Sends a `w:gp2` notification with `action` from `actor` to every
    /// device of `members`; in a LID-addressed group (`lid`) the actor is
    /// its LID with its number in `participant_pn`.
    fn group_notify(
        &self,
        group: &Jid,
        lid: bool,
        actor: Option<&str>,
        members: &[String],
        action: Node,
    ) {
        let mode = if lid { "lid" } else { "pn" };
        let mut node =
            notification(group.clone(), "w:gp2", vec![action]).attr("addressing_mode", mode);
        if let Some(actor) = actor {
            node = node.attr("participant", self.member_jid(actor, lid));
            if lid {
                node = node.attr("participant_pn", pn(actor));
            }
        }
        for phone in members {
            self.deliver_to_account(phone, &node);
        }
    }

    fn phone_of_jid(&self, jid: &Jid) -> Option<String> {
        lock(&self.directory).phone_of(jid)
    }
}

/// What a `w:g2` request did.
enum Outcome {
    Answer(Node),
    Error(u16, &'static str),
}

impl ServerConn {
    fn requester(&self) -> Option<String> {
        match &self.role {
            Role::Device { key, .. } => Some(key.0.clone()),
            Role::Registration(_) => None,
        }
    }

    /// Answers a `w:g2` IQ and notifies the members of what changed.
    pub(crate) async fn on_groups_iq(&mut self, iq: &NodeRef<'_>) {
        let answer = match self.requester() {
            None => iq_error(iq, 401, "not-authorized"),
            Some(me) => match groups_request(&self.state, &me, iq) {
                Outcome::Answer(answer) => answer,
                Outcome::Error(code, text) => iq_error(iq, code, text),
            },
        };
        self.send(&answer).await;
    }
}

fn participant_phones(state: &State, node: &NodeRef<'_>) -> Vec<(Jid, Option<String>)> {
    node.children_by_tag("participant")
        .filter_map(|child| child.attrs().optional_jid("jid").ok().flatten())
        .map(|jid| {
            let phone = state.phone_of_jid(&jid);
            (jid, phone)
        })
        .collect()
}

/// Settings of a group chosen at creation.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct GroupFlags {
    pub(crate) announce: bool,
    pub(crate) locked: bool,
    pub(crate) is_parent: bool,
    pub(crate) lid_addressed: bool,
}

/// Creates a group of `creator` (its superadmin) and `members` (phone
/// numbers), notifies every member and returns it with its `<group>` node.
pub(crate) fn create_group(
    state: &State,
    creator: &str,
    subject: String,
    members: &[String],
    flags: GroupFlags,
) -> (GroupState, Node) {
    let now = unix_now();
    let mut participants = vec![(creator.to_owned(), Some("superadmin"))];
    for phone in members {
        if phone != creator && !participants.iter().any(|(p, _)| p == phone) {
            participants.push((phone.clone(), None));
        }
    }
    let (group, node) = {
        let mut groups = lock(&state.groups);
        let id = groups.new_id();
        let invite_code = groups.new_code();
        let group = GroupState {
            id: id.clone(),
            subject,
            subject_owner: creator.to_owned(),
            subject_time: now,
            creator: creator.to_owned(),
            creation: now,
            description: None,
            participants,
            announce: flags.announce,
            locked: flags.locked,
            ephemeral: 0,
            membership_approval: false,
            member_add_mode: "all_member_add".into(),
            invite_code,
            requests: Vec::new(),
            is_parent: flags.is_parent,
            linked_parent: None,
            lid_addressed: flags.lid_addressed,
        };
        groups.by_id.insert(id, group.clone());
        let node = state.group_node(&group);
        (group, node)
    };
    state.group_notify(
        &group.jid(),
        group.lid_addressed,
        Some(creator),
        &group.phones(),
        Node::new("create")
            .attr("reason", "create")
            .children([node.clone()]),
    );
    (group, node)
}

/// Runs the `w:g2` request `iq` as the account `me` would send it (a
/// simulated phone acting on a group): the same checks, changes and
/// notifications as a device's request. Returns the answer, or the error
/// code and text.
pub(crate) fn request_as(state: &State, me: &str, iq: &Node) -> Result<Node, (u16, &'static str)> {
    // Through the wire form, as a device's request arrives.
    let wire = crate::binary::encode(iq, crate::binary::Dictionary::V3).map_err(|error| {
        log::info!("emulator: group request not encodable: {error}");
        (400, "bad-request")
    })?;
    let parsed = crate::binary::decode(&wire, crate::binary::Dictionary::V3).map_err(|error| {
        log::info!("emulator: group request not decodable: {error}");
        (400, "bad-request")
    })?;
    match groups_request(state, me, &parsed) {
        Outcome::Answer(answer) => Ok(answer),
        Outcome::Error(code, text) => Err((code, text)),
    }
}

fn groups_request(state: &State, me: &str, iq: &NodeRef<'_>) -> Outcome {
    let attrs = iq.attrs();
    let to = attrs
        .optional_jid("to")
        .ok()
        .flatten()
        .unwrap_or_else(|| Jid::new("", JidServer::Group));
    let kind = attrs.optional_str("type").unwrap_or_default().into_owned();
    let Some(request) = iq.children().first() else {
        return Outcome::Error(400, "bad-request");
    };
    let tag = request.tag().to_string();
    if to.user.is_empty() {
        return server_request(state, me, &kind, &tag, request, iq);
    }
    group_request(state, me, &to, &kind, &tag, request, iq)
}

fn server_request(
    state: &State,
    me: &str,
    kind: &str,
    tag: &str,
    request: &NodeRef<'_>,
    iq: &NodeRef<'_>,
) -> Outcome {
    match tag {
        "create" => {
            let subject = request
                .attrs()
                .optional_str("subject")
                .unwrap_or_default()
                .into_owned();
            let members: Vec<String> = participant_phones(state, request)
                .into_iter()
                .filter_map(|(_, phone)| phone)
                .collect();
            let node = create_group(
                state,
                me,
                subject,
                &members,
                GroupFlags {
                    announce: request.child("announcement").is_some(),
                    locked: request.child("locked").is_some(),
                    is_parent: request.child("parent").is_some(),
                    // The request states no mode: the server's setting.
                    lid_addressed: state.config.group_addressing.is_lid(),
                },
            )
            .1;
            Outcome::Answer(result_for(iq).children([node]))
        }
        "participating" => {
            let groups: Vec<Node> = lock(&state.groups)
                .by_id
                .values()
                .filter(|group| group.rank(me).is_some())
                .cloned()
                .collect::<Vec<_>>()
                .iter()
                .map(|group| state.group_node(group))
                .collect();
            Outcome::Answer(result_for(iq).children([Node::new("groups").children(groups)]))
        }
        "invite" if kind == "set" => {
            let code = request
                .attrs()
                .optional_str("code")
                .unwrap_or_default()
                .into_owned();
            let mut groups = lock(&state.groups);
            let Some(group) = groups.by_id.values_mut().find(|g| g.invite_code == code) else {
                return Outcome::Error(404, "item-not-found");
            };
            if group.rank(me).is_some() {
                return Outcome::Error(409, "conflict");
            }
            let jid = group.jid();
            let lid = group.lid_addressed;
            if group.membership_approval {
                group.requests.push((me.to_owned(), unix_now()));
                let admins: Vec<String> = group
                    .participants
                    .iter()
                    .filter(|(_, rank)| rank.is_some())
                    .map(|(phone, _)| phone.clone())
                    .collect();
                drop(groups);
                state.group_notify(
                    &jid,
                    lid,
                    Some(me),
                    &admins,
                    Node::new("created_membership_requests")
                        .attr("request_method", "invite_link")
                        .children([state.member_node("requested_user", me, lid)]),
                );
                return Outcome::Answer(
                    result_for(iq)
                        .children([Node::new("membership_approval_request").attr("jid", jid)]),
                );
            }
            group.participants.push((me.to_owned(), None));
            let members = group.phones();
            drop(groups);
            state.group_notify(
                &jid,
                lid,
                Some(me),
                &members,
                Node::new("add")
                    .attr("reason", "invite_link")
                    .children([state.participant_node(me, None, lid)]),
            );
            Outcome::Answer(result_for(iq).children([Node::new("group").attr("jid", jid)]))
        }
        "leave" => {
            let ids: Vec<String> = request
                .children_by_tag("group")
                .filter_map(|g| g.attrs().optional_jid("id").ok().flatten())
                .map(|jid| jid.user)
                .collect();
            for id in &ids {
                let (members, lid) = {
                    let mut groups = lock(&state.groups);
                    let Some(group) = groups.by_id.get_mut(id) else {
                        continue;
                    };
                    let members = group.phones();
                    group.participants.retain(|(phone, _)| phone != me);
                    (members, group.lid_addressed)
                };
                state.group_notify(
                    &Jid::new(id.clone(), JidServer::Group),
                    lid,
                    Some(me),
                    &members,
                    Node::new("remove").children([state.participant_node(me, None, lid)]),
                );
            }
            Outcome::Answer(result_for(iq))
        }
        _ => Outcome::Error(400, "bad-request"),
    }
}

#[allow(clippy::too_many_arguments)]
fn group_request(
    state: &State,
    me: &str,
    to: &Jid,
    kind: &str,
    tag: &str,
    request: &NodeRef<'_>,
    iq: &NodeRef<'_>,
) -> Outcome {
    let Some(group) = lock(&state.groups).get(&to.user).cloned() else {
        return Outcome::Error(404, "item-not-found");
    };
    let Some(_) = group.rank(me) else {
        return Outcome::Error(403, "forbidden");
    };
    if tag == "query" {
        return Outcome::Answer(result_for(iq).children([state.group_node(&group)]));
    }
    if tag == "invite" && kind == "get" {
        return Outcome::Answer(
            result_for(iq).children([Node::new("invite").attr("code", group.invite_code.clone())]),
        );
    }
    let admin = group.is_admin(me);
    // Members may edit the info unless the group is locked; the rest is
    // for admins.
    let info_edit = tag == "subject" || tag == "description";
    if !admin && (!info_edit || group.locked) {
        return Outcome::Error(403, "forbidden");
    }
    let members = group.phones();
    let jid = group.jid();
    let lid = group.lid_addressed;
    let mut groups = lock(&state.groups);
    let Some(group) = groups.by_id.get_mut(&to.user) else {
        return Outcome::Error(404, "item-not-found");
    };
    let mut answer = result_for(iq);
    let mut notify_to = members.clone();
    let action: Option<Node> = match tag {
        "add" | "remove" | "promote" | "demote" => {
            let mut results = Vec::new();
            let mut changed = Vec::new();
            for (asked, phone) in participant_phones(state, request) {
                let error = match (&phone, tag) {
                    (None, _) => Some(404),
                    (Some(phone), "add") if group.rank(phone).is_some() => Some(409),
                    (Some(phone), "add") => {
                        group.participants.push((phone.clone(), None));
                        None
                    }
                    (Some(phone), _) if group.rank(phone).is_none() => Some(404),
                    (Some(phone), "remove") => {
                        group.participants.retain(|(p, _)| p != phone);
                        None
                    }
                    (Some(phone), _) => {
                        let rank = if tag == "promote" {
                            Some("admin")
                        } else {
                            None
                        };
                        for member in group.participants.iter_mut().filter(|(p, _)| p == phone) {
                            member.1 = rank;
                        }
                        None
                    }
                };
                let mut node = Node::new("participant").attr("jid", asked.clone());
                if let Some(code) = error {
                    node = node.attr("error", code);
                } else if let Some(phone) = phone {
                    changed.push(phone);
                }
                results.push(node);
            }
            answer = answer.children([Node::new(tag.to_owned()).children(results)]);
            if changed.is_empty() {
                None
            } else {
                if tag == "add" {
                    notify_to = group.phones();
                }
                Some(
                    Node::new(tag.to_owned()).children(
                        changed
                            .iter()
                            .map(|phone| state.participant_node(phone, None, lid))
                            .collect::<Vec<_>>(),
                    ),
                )
            }
        }
        "subject" => {
            let subject = request.text().unwrap_or_default().into_owned();
            group.subject = subject.clone();
            group.subject_owner = me.to_owned();
            group.subject_time = unix_now();
            let mut node = Node::new("subject")
                .attr("subject", subject)
                .attr("s_o", state.member_jid(me, lid))
                .attr("s_t", group.subject_time);
            if lid {
                node = node.attr("s_o_pn", pn(me));
            }
            Some(node)
        }
        "description" => {
            let id = request
                .attrs()
                .optional_str("id")
                .unwrap_or_default()
                .into_owned();
            match request.child("body").and_then(|body| body.text()) {
                Some(text) if !request.attrs().is("delete", "true") => {
                    group.description = Some((id.clone(), text.clone().into_owned()));
                    Some(
                        Node::new("description")
                            .attr("id", id)
                            .children([Node::new("body").text(text.into_owned())]),
                    )
                }
                _ => {
                    group.description = None;
                    Some(
                        Node::new("description")
                            .attr("id", id)
                            .children([Node::new("delete")]),
                    )
                }
            }
        }
        "announcement" | "not_announcement" => {
            group.announce = tag == "announcement";
            Some(Node::new(tag.to_owned()).attr("v_id", unix_now()))
        }
        "locked" | "unlocked" => {
            group.locked = tag == "locked";
            Some(Node::new(tag.to_owned()))
        }
        "ephemeral" => {
            group.ephemeral = request
                .attrs()
                .optional_u32("expiration")
                .ok()
                .flatten()
                .unwrap_or(0);
            Some(
                Node::new("ephemeral")
                    .attr("expiration", group.ephemeral)
                    .attr("trigger", "1"),
            )
        }
        "not_ephemeral" => {
            group.ephemeral = 0;
            Some(Node::new("not_ephemeral"))
        }
        "membership_approval_mode" => {
            group.membership_approval = request
                .child("group_join")
                .is_some_and(|join| join.attrs().is("state", "on"));
            Some(
                Node::new("membership_approval_mode").children([Node::new("group_join").attr(
                    "state",
                    if group.membership_approval {
                        "on"
                    } else {
                        "off"
                    },
                )]),
            )
        }
        "member_add_mode" => {
            group.member_add_mode = request.text().unwrap_or_default().into_owned();
            Some(Node::new("member_add_mode").text(group.member_add_mode.clone()))
        }
        "invite" => {
            let code = lock_free_code(group);
            answer = answer.children([Node::new("invite").attr("code", code)]);
            Some(Node::new("revoke"))
        }
        "membership_approval_requests" => {
            answer = answer.children([Node::new("membership_approval_requests").children(
                group
                    .requests
                    .iter()
                    .map(|(phone, t)| {
                        Node::new("membership_approval_request")
                            .attr("jid", pn(phone))
                            .attr("request_time", *t)
                    })
                    .collect::<Vec<_>>(),
            )]);
            None
        }
        "membership_requests_action" => {
            let Some(decision) = request.children().first() else {
                return Outcome::Error(400, "bad-request");
            };
            let approve = decision.is("approve");
            let mut results = Vec::new();
            let mut handled = Vec::new();
            for (asked, phone) in participant_phones(state, decision) {
                let pending = phone
                    .as_ref()
                    .is_some_and(|p| group.requests.iter().any(|(r, _)| r == p));
                let mut node = Node::new("participant").attr("jid", asked);
                match phone {
                    Some(phone) if pending => {
                        group.requests.retain(|(r, _)| *r != phone);
                        if approve {
                            group.participants.push((phone.clone(), None));
                        }
                        handled.push(phone);
                    }
                    _ => node = node.attr("error", 404),
                }
                results.push(node);
            }
            answer = answer.children([Node::new("membership_requests_action")
                .children([Node::new(decision.tag().to_string()).children(results)])]);
            if handled.is_empty() {
                None
            } else if approve {
                notify_to = group.phones();
                Some(
                    Node::new("add")
                        .attr("reason", "membership_approval")
                        .children(
                            handled
                                .iter()
                                .map(|p| state.participant_node(p, None, lid))
                                .collect::<Vec<_>>(),
                        ),
                )
            } else {
                Some(
                    Node::new("revoked_membership_requests").children(
                        handled
                            .iter()
                            .map(|p| state.member_node("participant", p, lid))
                            .collect::<Vec<_>>(),
                    ),
                )
            }
        }
        "links" | "unlink" => {
            let linking = tag == "links";
            let child_jid = request
                .child_path(if linking {
                    &["link", "group"]
                } else {
                    &["group"]
                })
                .and_then(|g| g.attrs().optional_jid("jid").ok().flatten());
            let Some(child_jid) = child_jid else {
                return Outcome::Error(400, "bad-request");
            };
            group.is_parent = true;
            let parent_id = group.id.clone();
            let Some(sub) = groups.by_id.get_mut(&child_jid.user) else {
                return Outcome::Error(404, "item-not-found");
            };
            sub.linked_parent = linking.then(|| parent_id.clone());
            let target = Node::new("group")
                .attr("jid", sub.jid())
                .attr("subject", sub.subject.clone())
                .attr("s_t", sub.subject_time);
            notify_to.extend(sub.phones());
            notify_to.sort();
            notify_to.dedup();
            Some(if linking {
                Node::new("link")
                    .attr("link_type", "sub_group")
                    .children([target])
            } else {
                Node::new("unlink")
                    .attr("unlink_type", "sub_group")
                    .children([target])
            })
        }
        _ => return Outcome::Error(400, "bad-request"),
    };
    drop(groups);
    if let Some(action) = action {
        state.group_notify(&jid, lid, Some(me), &notify_to, action);
    }
    Outcome::Answer(answer)
}

fn lock_free_code(group: &mut GroupState) -> String {
    let seed = group.invite_code.bytes().fold(0u64, |acc, b| {
        acc.wrapping_mul(31).wrapping_add(u64::from(b))
    });
    group.invite_code = format!(
        "Inv{:016X}",
        seed.wrapping_mul(0x9E37_79B9_7F4A_7C15)
            .wrapping_add(unix_now())
    );
    group.invite_code.clone()
}

impl Server {
    /// The state of group `jid`, if it exists.
    pub fn group(&self, jid: &Jid) -> Option<GroupState> {
        lock(&self.state.groups).get(&jid.user).cloned()
    }

    /// Sends a `w:gp2` notification carrying `action` (any element, known
    /// or not) from `actor` to every member of `group`, without changing
    /// the group; returns false for an unknown group.
    pub fn push_group_action(&self, group: &Jid, actor: Option<&Jid>, action: Node) -> bool {
        let Some(state) = self.group(group) else {
            return false;
        };
        let actor = actor.and_then(|jid| self.state.phone_of_jid(jid));
        self.state.group_notify(
            group,
            state.lid_addressed,
            actor.as_deref(),
            &state.phones(),
            action,
        );
        true
    }
}
