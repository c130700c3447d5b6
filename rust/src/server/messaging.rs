//! Message routing in the emulator: `<message>` from a device is
//! acknowledged (`<ack class="message" t>`) and fanned out — each addressed
//! device gets its own `<enc>`s (from `<participants><to jid>` or the direct
//! `to`), group members also the shared `skmsg` — with `from` /
//! `participant` / `recipient` / `t` / `notify` added as the real server
//! does. Devices offline get it in their queue; messages sent to an online
//! device stay unacknowledged until its `<ack>` and go back to the queue if
//! the connection ends first. `<receipt>`s go back to the sender's devices.
//! Usync device lists and prekey-bundle fetches (consuming one-time
//! prekeys) are answered here too. Device 0 of every account is its
//! simulated phone ([`super::phone_messaging`]).

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};

use super::conn::{ConnCommand, Role, ServerConn, result_for};
use super::directory::unix_now;
use super::phone_messaging::{self, PhoneBox};
use super::{DeviceKey, State, lock};
use crate::binary::{Jid, Node, NodeRef, OwnedNodeRef, Server};
use crate::client::message::bundle::user_node;
use crate::client::message::stanza::participant_hash;
use crate::client::message::usync::user_devices_node;
use crate::signal::prekeys::PreKeyBundle;

/// Routing state: unacknowledged deliveries, phones, sent stanzas.
#[derive(Default)]
pub(crate) struct Hub {
    /// Messages delivered to an online device and not yet acknowledged.
    pub(crate) unacked: Mutex<HashMap<DeviceKey, Vec<Node>>>,
    /// The simulated phones' messaging state, by phone number.
    pub(crate) phones: Mutex<HashMap<String, Arc<PhoneBox>>>,
    /// The last `<message>` stanzas devices sent, as sent (bounded).
    pub(crate) sent: Mutex<VecDeque<Node>>,
}

/// How many sent stanzas the hub keeps for inspection.
const SENT_KEPT: usize = 256;

/// The members (phone numbers) of the group `user`.
pub(crate) fn group_members(state: &State, user: &str) -> Option<Vec<String>> {
    lock(&state.groups).get(user).map(|group| group.phones())
}

/// The members (phone numbers) of the group `user` and whether it is
/// LID-addressed.
pub(crate) fn group_route(state: &State, user: &str) -> Option<(Vec<String>, bool)> {
    lock(&state.groups)
        .get(user)
        .map(|group| (group.phones(), group.lid_addressed))
}

/// Why a stanza could not be routed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RouteError {
    /// A required attribute is missing or malformed.
    #[error("bad or missing attribute {0:?}")]
    Attribute(&'static str),
    /// The recipient is unknown.
    #[error("unknown recipient {0}")]
    UnknownRecipient(String),
}

fn jid_of(node: &Node, key: &'static str) -> Result<Jid, RouteError> {
    node.attrs()
        .optional_jid(key)
        .ok()
        .flatten()
        .ok_or(RouteError::Attribute(key))
}

fn str_of(node: &Node, key: &str) -> Option<String> {
    node.attrs()
        .optional_str(key)
        .map(|value| value.into_owned())
}

/// The PN device JID of a directory key.
pub(crate) fn device_jid(key: &DeviceKey) -> Jid {
    Jid::with_device(key.0.clone(), Server::User, key.1)
}

/// The LID device JID of a directory key (the PN one for an unknown
/// account).
pub(crate) fn lid_device_jid(state: &State, key: &DeviceKey) -> Jid {
    lock(&state.directory)
        .account(&key.0)
        .map(|account| Jid::with_device(account.lid.clone(), Server::Lid, key.1))
        .unwrap_or_else(|| device_jid(key))
}

/// The device JID of a directory key as a group in mode `lid` names it.
pub(crate) fn group_device_jid(state: &State, key: &DeviceKey, lid: bool) -> Jid {
    if lid {
        lid_device_jid(state, key)
    } else {
        device_jid(key)
    }
}

/// The devices of an account: the phone (0) and its companions.
pub(crate) fn account_devices(state: &State, phone: &str) -> Vec<DeviceKey> {
    let directory = lock(&state.directory);
    let Some(account) = directory.account(phone) else {
        return Vec::new();
    };
    std::iter::once(0)
        .chain(account.devices.keys().copied())
        .map(|id| (phone.to_owned(), id))
        .collect()
}

/// Hands a stanza to a device: the phone, the live connection (tracked
/// until acked, for messages) or the offline queue.
pub(crate) fn deliver(state: &State, key: &DeviceKey, node: Node) {
    if key.1 == 0 {
        phone_messaging::receive(state, &key.0, node);
        return;
    }
    let tracked = node.is("message");
    if let Some(conn) = state.device_conn(key) {
        if tracked {
            lock(&state.hub.unacked)
                .entry(key.clone())
                .or_default()
                .push(node.clone());
        }
        if state.command(conn, ConnCommand::Send(node.clone())) {
            return;
        }
        if tracked {
            take_unacked(state, key, &node);
        }
    }
    match lock(&state.directory).device_mut(&key.0, key.1) {
        Some(device) => device.offline_queue.push_back(node),
        None => log::debug!("emulator: no device {}:{} to deliver to", key.0, key.1),
    }
}

fn take_unacked(state: &State, key: &DeviceKey, node: &Node) {
    let id = str_of(node, "id");
    if let Some(list) = lock(&state.hub.unacked).get_mut(key) {
        list.retain(|queued| str_of(queued, "id") != id);
    }
}

/// Messages a device had not acknowledged when its connection ended go
/// back to the front of its offline queue.
pub(crate) fn requeue_unacked(state: &State, key: &DeviceKey) {
    let pending = lock(&state.hub.unacked).remove(key).unwrap_or_default();
    if pending.is_empty() {
        return;
    }
    if let Some(device) = lock(&state.directory).device_mut(&key.0, key.1) {
        for node in pending.into_iter().rev() {
            device.offline_queue.push_front(node);
        }
    }
}

/// Records messages replayed from the offline queue as awaiting their ack.
pub(crate) fn track_replayed(state: &State, key: &DeviceKey, nodes: &[Node]) {
    let messages: Vec<Node> = nodes.iter().filter(|n| n.is("message")).cloned().collect();
    if !messages.is_empty() {
        lock(&state.hub.unacked)
            .entry(key.clone())
            .or_default()
            .extend(messages);
    }
}

/// Routes a `<message>` sent by device `sender`; returns the server ack.
pub(crate) fn route_message(
    state: &State,
    sender: &DeviceKey,
    message: &Node,
) -> Result<Node, RouteError> {
    let id = str_of(message, "id").ok_or(RouteError::Attribute("id"))?;
    let to = jid_of(message, "to")?;
    {
        let mut sent = lock(&state.hub.sent);
        sent.push_back(message.clone());
        while sent.len() > SENT_KEPT {
            sent.pop_front();
        }
    }
    let t = unix_now();
    let sender_jid = device_jid(sender);
    // The sender's LID, stated on 1:1 deliveries as the real server does
    // (`sender_lid`), so a number change still resolves to the same user.
    let sender_lid = lock(&state.directory)
        .account(&sender.0)
        .map(|account| account.lid_jid());
    let kind = str_of(message, "type").unwrap_or_else(|| "text".to_owned());
    let mut per_device: HashMap<DeviceKey, Vec<Node>> = HashMap::new();
    let mut order: Vec<DeviceKey> = Vec::new();
    let mut add = |key: DeviceKey, nodes: Vec<Node>, order: &mut Vec<DeviceKey>| {
        let entry = per_device.entry(key.clone()).or_insert_with(|| {
            order.push(key);
            Vec::new()
        });
        entry.extend(nodes);
    };
    if let Some(participants) = message.child("participants") {
        for target in participants.children_by_tag("to") {
            let Some(jid) = target.attrs().optional_jid("jid").ok().flatten() else {
                continue;
            };
            let Some(key) = state.device_key(&jid) else {
                log::debug!("emulator: message {id} names unknown device {jid}");
                continue;
            };
            add(key, target.child_nodes().to_vec(), &mut order);
        }
    }
    let shared: Vec<Node> = message
        .child_nodes()
        .iter()
        .filter(|child| child.is("enc"))
        .cloned()
        .collect();
    let single = message
        .attrs()
        .optional_jid("participant")
        .ok()
        .flatten()
        .filter(|_| to.is_group() || to.is_status_broadcast());
    let resend = single.is_some();
    // Whether the group addresses its members by LID: senders are then
    // named by their LID device with their number in `participant_pn`.
    let lid_group = to.is_group() && group_route(state, &to.user).is_some_and(|(_, lid)| lid);
    if let Some(device) = single {
        // A resend to one member device (retry receipt answer).
        let key = state
            .device_key(&device)
            .ok_or_else(|| RouteError::UnknownRecipient(device.to_string()))?;
        add(key, shared, &mut order);
    } else if to.is_status_broadcast() {
        // A status goes to the devices its sender listed, and no further.
        for key in order.clone() {
            add(key, shared.clone(), &mut order);
        }
    } else if to.is_group() {
        let members = group_members(state, &to.user)
            .ok_or_else(|| RouteError::UnknownRecipient(to.to_string()))?;
        for member in members {
            for key in account_devices(state, &member) {
                add(key, shared.clone(), &mut order);
            }
        }
    } else if !shared.is_empty() {
        let key = state
            .device_key(&to)
            .ok_or_else(|| RouteError::UnknownRecipient(to.to_string()))?;
        add(key, shared, &mut order);
    }
    let rewrite = lock(&state.knobs).device_identity.get(sender).cloned();
    let identity: Vec<Node> = message
        .child_nodes()
        .iter()
        .filter(|child| child.is("device-identity"))
        .map(|child| match &rewrite {
            Some(rewrite) => rewrite.apply(child),
            None => child.clone(),
        })
        .collect();
    let listed: Vec<DeviceKey> = order.clone();
    for key in order {
        if &key == sender {
            continue;
        }
        let Some(mut children) = per_device.remove(&key) else {
            continue;
        };
        if children.is_empty() {
            continue;
        }
        if children
            .iter()
            .any(|child| child.attrs().is("type", "pkmsg"))
        {
            children.extend(identity.iter().cloned());
        }
        let mut node = Node::new("message").attr("id", id.clone());
        if to.is_group() && lid_group {
            node = node
                .attr("from", to.to_non_ad())
                .attr("participant", lid_device_jid(state, sender))
                .attr("participant_pn", sender_jid.to_non_ad())
                .attr("addressing_mode", "lid");
        } else if to.is_group() {
            node = node
                .attr("from", to.to_non_ad())
                .attr("participant", sender_jid.clone())
                .attr("addressing_mode", "pn");
        } else if to.is_status_broadcast() {
            node = node
                .attr("from", to.to_non_ad())
                .attr("participant", sender_jid.clone());
        } else {
            node = node.attr("from", sender_jid.clone());
            if key.0 == sender.0 {
                node = node.attr("recipient", to.to_non_ad());
            } else if let Some(lid) = &sender_lid {
                node = node.attr("sender_lid", lid.clone());
            }
        }
        node = node
            .attr("type", kind.clone())
            .attr("t", t.to_string())
            .attr("notify", sender.0.clone());
        for passthrough in ["edit", "category"] {
            if let Some(value) = str_of(message, passthrough) {
                node = node.attr(passthrough, value);
            }
        }
        deliver(state, &key, node.children(children));
    }
    let mut ack = Node::new("ack")
        .attr("class", "message")
        .attr("id", id)
        .attr("from", to.clone())
        .attr("t", t.to_string());
    if str_of(message, "phash").is_some() && !resend {
        // The hash of the devices the message should have gone to: the
        // sender compares it with its own to spot stale device lists.
        let mut targets: Vec<DeviceKey> = Vec::new();
        if to.is_status_broadcast() {
            targets = listed;
        } else if to.is_group() {
            for member in group_members(state, &to.user).unwrap_or_default() {
                targets.extend(account_devices(state, &member));
            }
        } else {
            let recipient = lock(&state.directory).phone_of(&to);
            if let Some(phone) = recipient {
                targets.extend(account_devices(state, &phone));
                if phone != sender.0 {
                    targets.extend(account_devices(state, &sender.0));
                }
            }
        }
        targets.retain(|key| key != sender);
        let jids: Vec<Jid> = targets
            .iter()
            .map(|key| group_device_jid(state, key, lid_group))
            .collect();
        ack = ack.attr("phash", participant_hash(&jids));
    }
    Ok(ack)
}

/// Relays a `<receipt>` sent by device `sender` to the devices it is for.
pub(crate) fn route_receipt(
    state: &State,
    sender: &DeviceKey,
    receipt: &Node,
) -> Result<(), RouteError> {
    let id = str_of(receipt, "id").ok_or(RouteError::Attribute("id"))?;
    let to = jid_of(receipt, "to")?;
    let sender_jid = device_jid(sender);
    let (target, from, participant) = if to.is_group() || to.is_status_broadcast() {
        let participant = jid_of(receipt, "participant")?;
        let lid = group_route(state, &to.user).is_some_and(|(_, lid)| lid);
        (
            participant,
            to.to_non_ad(),
            Some(group_device_jid(state, sender, lid)),
        )
    } else {
        (to.clone(), sender_jid, None)
    };
    let phone = lock(&state.directory)
        .phone_of(&target)
        .ok_or_else(|| RouteError::UnknownRecipient(target.to_string()))?;
    let keys: Vec<DeviceKey> = if target.device != 0 {
        vec![(phone, target.device)]
    } else {
        account_devices(state, &phone)
    };
    let mut node = Node::new("receipt")
        .attr("from", from)
        .attr("id", id)
        .attr("t", unix_now().to_string());
    if let Some(participant) = participant {
        node = node.attr("participant", participant);
    }
    for key in ["type", "recipient"] {
        if let Some(value) = str_of(receipt, key) {
            node = node.attr(key, value);
        }
    }
    let node = node.children(receipt.child_nodes().to_vec());
    for key in keys {
        if &key != sender {
            deliver(state, &key, node.clone());
        }
    }
    Ok(())
}

/// The bundle of a device for a fetch: the phone's from its Signal store,
/// a companion's from its uploads (consuming one one-time prekey).
pub(crate) fn bundle_of(state: &State, key: &DeviceKey) -> Option<PreKeyBundle> {
    if key.1 == 0 {
        return phone_messaging::phone_box(state, &key.0).and_then(|phone| phone.bundle());
    }
    let mut directory = lock(&state.directory);
    let device = directory.device_mut(&key.0, key.1)?;
    let prekey = device
        .prekeys
        .pop_front()
        .map(|prekey| (prekey.id, prekey.public));
    Some(PreKeyBundle {
        registration_id: device.registration_id,
        device_id: u32::from(key.1),
        identity_key: device.identity_key,
        signed_prekey_id: device.signed_pre_key.id,
        signed_prekey: device.signed_pre_key.public,
        signed_prekey_signature: device.signed_pre_key.signature,
        prekey,
    })
}

impl ServerConn {
    fn device_key_of_conn(&self) -> Option<DeviceKey> {
        match &self.role {
            Role::Device { key, .. } => Some(key.clone()),
            Role::Registration(_) => None,
        }
    }

    /// Routes `<message>`, `<receipt>` and message `<ack>` stanzas.
    pub(crate) async fn on_routed(&mut self, node: &Arc<OwnedNodeRef>) {
        let Some(key) = self.device_key_of_conn() else {
            log::debug!("connection {}: stanza before login", self.id);
            return;
        };
        let stanza = node.get();
        if stanza.is("ack") {
            if stanza.attrs().is("class", "message") {
                let id = stanza.attrs().optional_str("id").map(|id| id.into_owned());
                if let Some(list) = lock(&self.state.hub.unacked).get_mut(&key) {
                    list.retain(|queued| str_of(queued, "id") != id);
                }
            }
            return;
        }
        let owned = stanza.to_node();
        let to_newsletter = stanza
            .attrs()
            .optional_jid("to")
            .ok()
            .flatten()
            .is_some_and(|to| to.is_newsletter());
        if stanza.is("message") && to_newsletter {
            let ack = super::newsletters::post_from_device(&self.state, &key, &owned);
            self.send(&ack).await;
        } else if stanza.is("message") {
            match route_message(&self.state, &key, &owned) {
                Ok(ack) => self.send(&ack).await,
                Err(error) => {
                    log::info!("connection {}: message not routed: {error}", self.id);
                    let ack = Node::new("ack")
                        .attr("class", "message")
                        .attr("id", str_of(&owned, "id").unwrap_or_default())
                        .attr("error", "400")
                        .attr("t", unix_now().to_string());
                    self.send(&ack).await;
                }
            }
        } else if stanza.is("receipt") {
            if let Err(error) = route_receipt(&self.state, &key, &owned) {
                log::info!("connection {}: receipt not routed: {error}", self.id);
            }
            let mut ack = Node::new("ack")
                .attr("class", "receipt")
                .attr("id", str_of(&owned, "id").unwrap_or_default());
            if let Some(kind) = str_of(&owned, "type") {
                ack = ack.attr("type", kind);
            }
            self.send(&ack).await;
        }
    }

    /// `<iq xmlns="usync">`: device lists (and LIDs when asked).
    pub(crate) async fn on_usync(&mut self, iq: &NodeRef<'_>) {
        let Some(usync) = iq.child("usync") else {
            self.send(&result_for(iq)).await;
            return;
        };
        let want_lid = usync.child_path(&["query", "lid"]).is_some();
        let mut users = Vec::new();
        if let Some(list) = usync.child("list") {
            for user in list.children_by_tag("user") {
                let Some(jid) = user.attrs().optional_jid("jid").ok().flatten() else {
                    continue;
                };
                let directory = lock(&self.state.directory);
                let Some(account) = directory.account_of_user(&jid.user) else {
                    users.push(
                        Node::new("user")
                            .attr("jid", jid.to_non_ad())
                            .children([Node::new("devices").children([Node::new("device-list")])]),
                    );
                    continue;
                };
                let mut devices = vec![(0u16, 0u32)];
                devices.extend(account.devices.values().map(|d| (d.id, d.key_index)));
                let lid = want_lid.then(|| account.lid_jid());
                users.push(user_devices_node(
                    &jid.to_non_ad(),
                    &devices,
                    account.key_index_list(),
                    lid.as_ref(),
                ));
            }
        }
        let mut echo = Node::new("usync");
        for (key, value) in usync.attr_pairs() {
            echo = echo.attr(key.as_str().into_owned(), value.to_value());
        }
        let echo = echo.children([
            Node::new("result").children([Node::new("devices")]),
            Node::new("list").children(users),
        ]);
        self.send(&result_for(iq).children([echo])).await;
    }

    /// `<iq xmlns="encrypt" type="get"><key><user jid/>…</key></iq>`.
    pub(crate) async fn on_key_fetch(&mut self, iq: &NodeRef<'_>) {
        let mut users = Vec::new();
        if let Some(key) = iq.child("key") {
            for user in key.children_by_tag("user") {
                let Some(jid) = user.attrs().optional_jid("jid").ok().flatten() else {
                    continue;
                };
                let bundle = self
                    .state
                    .device_key(&jid)
                    .and_then(|key| bundle_of(&self.state, &key));
                users.push(match bundle {
                    Some(bundle) => user_node(&jid, &bundle),
                    None => Node::new("user")
                        .attr("jid", jid)
                        .children([Node::new("error")
                            .attr("code", "404")
                            .attr("text", "item-not-found")]),
                });
            }
        }
        let answer = result_for(iq).children([Node::new("list").children(users)]);
        self.send(&answer).await;
    }
}

impl super::Server {
    /// The `<message>` a device sent with id `id`, as it reached the server
    /// (the last few hundred are kept; a resend replaces nothing, the
    /// latest wins).
    pub fn sent_message(&self, id: &str) -> Option<Node> {
        lock(&self.state.hub.sent)
            .iter()
            .rev()
            .find(|node| str_of(node, "id").as_deref() == Some(id))
            .cloned()
    }

    /// Every `<message>` devices sent with id `id` still kept, oldest first:
    /// the first send, then any resends answering retry receipts.
    pub fn sent_messages(&self, id: &str) -> Vec<Node> {
        lock(&self.state.hub.sent)
            .iter()
            .filter(|node| str_of(node, "id").as_deref() == Some(id))
            .cloned()
            .collect()
    }

    /// Messages waiting for `device`: queued while it was offline, or
    /// delivered and not yet acknowledged.
    pub fn pending_messages(&self, device: &Jid) -> usize {
        let Some(key) = self.state.device_key(device) else {
            return 0;
        };
        let queued = lock(&self.state.directory)
            .device(&key.0, key.1)
            .map_or(0, |d| {
                d.offline_queue.iter().filter(|n| n.is("message")).count()
            });
        let unacked = lock(&self.state.hub.unacked).get(&key).map_or(0, Vec::len);
        queued + unacked
    }
}
