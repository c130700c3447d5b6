//! Simulated phones that message for real: each phone (device 0 of its
//! account) has a Signal identity, registration id, signed prekey and
//! one-time prekeys made on demand when a bundle is fetched. It sends 1:1
//! and group messages encrypted per device (sessions built from bundles,
//! sender keys distributed to every member device), decrypts what it
//! receives, answers with delivery receipts, answers retry receipts by
//! re-encrypting, and can be told to misbehave: corrupt ciphertexts, send
//! `<unavailable>` instead of a ciphertext, forget a session, or change its
//! identity.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use prost::Message as _;

use super::messaging::{
    account_devices, bundle_of, deliver, device_jid, group_device_jid, group_members, group_route,
    route_message, route_receipt,
};
use super::phone::Phone;
use super::phone_crypto::PrimaryAccount;
use super::{DeviceKey, ServerError, State, lock};
use crate::binary::{Jid, Node};
use crate::client::message::bundle::parse_keys;
use crate::client::message::stanza::{
    device_sent, edit_attribute, enc_node, hides_decrypt_failure, media_type, message_id,
    message_type, to_node,
};
use crate::proto::wa;
use crate::signal::padding::{pad, unpad};
use crate::signal::store as protocol;
use crate::signal::wire::MessageType;
use crate::signal::{
    KeyPair, MemorySignalStore, OsKeys, ProtocolAddress, SenderKeyName, SignalStore as _,
};

/// A message a simulated phone received and decrypted.
#[derive(Debug, Clone)]
pub struct PhoneMessage {
    /// The message id.
    pub id: String,
    /// The chat (the sender's user for 1:1, the group).
    pub chat: Jid,
    /// The sending device.
    pub sender: Jid,
    /// The content (device-sent copies unwrapped).
    pub message: wa::Message,
}

/// A receipt a simulated phone received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhoneReceipt {
    /// Who sent it (`from`).
    pub from: Jid,
    /// The message ids it covers.
    pub ids: Vec<String>,
    /// Its `type` (`None`: delivered).
    pub receipt_type: Option<String>,
    /// The `count` of its `<retry>` child (retry receipts only).
    pub retry_count: Option<u32>,
}

/// A one-shot misbehaviour of a simulated phone's next send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum PhoneFault {
    /// Corrupt the ciphertexts for companion devices (they cannot decrypt).
    Undecryptable,
    /// Send companions `<unavailable/>` instead of a ciphertext.
    Unavailable,
}

/// A phone's messaging state.
pub(crate) struct PhoneSignal {
    store: MemorySignalStore,
    next_prekey: u32,
    inbox: VecDeque<PhoneMessage>,
    receipts: VecDeque<PhoneReceipt>,
    sent: HashMap<String, (Jid, wa::Message)>,
    faults: VecDeque<PhoneFault>,
    /// Group member devices that already hold our sender key, by group.
    distributed: HashMap<String, HashSet<DeviceKey>>,
    /// Messages we sent a retry receipt for.
    retried: HashSet<String>,
    /// Contents of messages we received, by id (what a placeholder resend
    /// gives our companions).
    received: HashMap<String, wa::Message>,
}

/// A phone's messaging state and its wake-up for waiters.
pub(crate) struct PhoneBox {
    signal: Mutex<PhoneSignal>,
    arrived: tokio::sync::Notify,
}

impl PhoneBox {
    fn new(identity: KeyPair) -> PhoneBox {
        let registration_id = crate::signal::prekeys::generate_registration_id(&mut OsKeys);
        let mut store = MemorySignalStore::new(identity, registration_id);
        let signed = crate::signal::SignedPreKeyRecord::generate(
            &store.local().identity,
            1,
            super::directory::unix_now(),
            &mut OsKeys,
        );
        store.add_signed_prekey(signed);
        PhoneBox {
            signal: Mutex::new(PhoneSignal {
                store,
                next_prekey: 1,
                inbox: VecDeque::new(),
                receipts: VecDeque::new(),
                sent: HashMap::new(),
                faults: VecDeque::new(),
                distributed: HashMap::new(),
                retried: HashSet::new(),
                received: HashMap::new(),
            }),
            arrived: tokio::sync::Notify::new(),
        }
    }

    /// A bundle with a fresh one-time prekey.
    pub(crate) fn bundle(&self) -> Option<PreKeyBundleAlias> {
        let mut signal = lock(&self.signal);
        let id = signal.next_prekey;
        signal.next_prekey = crate::signal::prekeys::next_prekey_id(id);
        signal.store.bundle(0, Some(id), &mut OsKeys)
    }
}

type PreKeyBundleAlias = crate::signal::PreKeyBundle;

/// The messaging state of the phone of `phone` (created on first use).
pub(crate) fn phone_box(state: &State, phone: &str) -> Option<Arc<PhoneBox>> {
    let identity = lock(&state.directory)
        .account(phone)
        .map(|account| account.primary.identity().clone())?;
    Some(
        lock(&state.hub.phones)
            .entry(phone.to_owned())
            .or_insert_with(|| Arc::new(PhoneBox::new(identity)))
            .clone(),
    )
}

/// A stanza delivered to a phone: messages are decrypted (and answered with
/// a delivery receipt, or a retry receipt), receipts recorded (retries
/// answered).
pub(crate) fn receive(state: &State, phone: &str, node: Node) {
    let Some(phone_box) = phone_box(state, phone) else {
        return;
    };
    let key: DeviceKey = (phone.to_owned(), 0);
    if node.is("receipt") {
        let from = node.attrs().optional_jid("from").ok().flatten();
        let mut ids: Vec<String> = node
            .attrs()
            .optional_str("id")
            .map(|id| vec![id.into_owned()])
            .unwrap_or_default();
        if let Some(list) = node.child("list") {
            ids.extend(
                list.children_by_tag("item")
                    .filter_map(|item| item.attrs().optional_str("id").map(|id| id.into_owned())),
            );
        }
        let receipt_type = node.attrs().optional_str("type").map(|t| t.into_owned());
        let Some(from) = from else { return };
        if receipt_type.as_deref() == Some("retry") {
            let device = node
                .attrs()
                .optional_jid("participant")
                .ok()
                .flatten()
                .unwrap_or_else(|| from.clone());
            answer_retry(state, &phone_box, &key, &device, &node);
        }
        let retry_count = node
            .child("retry")
            .and_then(|retry| retry.attrs().optional_u32("count").ok().flatten());
        lock(&phone_box.signal).receipts.push_back(PhoneReceipt {
            from,
            ids,
            receipt_type,
            retry_count,
        });
        phone_box.arrived.notify_waiters();
        return;
    }
    if !node.is("message") {
        return;
    }
    let attrs = node.attrs();
    let (Some(from), Some(id)) = (
        attrs.optional_jid("from").ok().flatten(),
        attrs.optional_str("id").map(|id| id.into_owned()),
    ) else {
        return;
    };
    let participant = attrs.optional_jid("participant").ok().flatten();
    let sender = participant.clone().unwrap_or_else(|| from.clone());
    // Our own devices, whether named by number or (in LID groups) by LID.
    let from_own_account = lock(&state.directory).phone_of(&sender).as_deref() == Some(phone);
    let mut chat = if from.is_group() {
        from.clone()
    } else {
        from.to_non_ad()
    };
    let mut encs: Vec<&Node> = node.children_by_tag("enc").collect();
    encs.sort_by_key(|enc| enc.attrs().is("type", "skmsg"));
    let mut failed = false;
    let mut contents = Vec::new();
    let mut resends = Vec::new();
    {
        let mut signal = lock(&phone_box.signal);
        for enc in encs {
            let bytes = enc.content_bytes().map(|b| b.to_vec()).unwrap_or_default();
            let kind = enc
                .attrs()
                .optional_str("type")
                .unwrap_or_default()
                .into_owned();
            let result = if kind == "skmsg" {
                protocol::group_decrypt(
                    &mut signal.store,
                    &SenderKeyName::from_jids(&chat, &sender),
                    &bytes,
                )
            } else if let Some(message_type) = MessageType::from_enc_type(&kind) {
                let address = ProtocolAddress::from_jid(&sender);
                if message_type == MessageType::PreKey {
                    trust_new_identity(&mut signal.store, &address, &bytes);
                }
                protocol::decrypt(
                    &mut signal.store,
                    &address,
                    message_type,
                    &bytes,
                    &mut OsKeys,
                )
            } else {
                continue;
            };
            let message = result
                .ok()
                .and_then(|plain| unpad(&plain).ok().map(<[u8]>::to_vec))
                .and_then(|plain| wa::Message::decode(plain.as_slice()).ok());
            let Some(mut message) = message else {
                failed = true;
                continue;
            };
            if let Some(distribution) = message.sender_key_distribution_message.take()
                && let (Some(group), Some(bytes)) = (
                    distribution
                        .group_id
                        .as_deref()
                        .and_then(|g| Jid::parse(g).ok()),
                    distribution
                        .axolotl_sender_key_distribution_message
                        .as_deref(),
                )
            {
                let _ = protocol::process_distribution(
                    &mut signal.store,
                    &SenderKeyName::from_jids(&group, &sender),
                    bytes,
                );
            }
            if let Some(sent) = message.device_sent_message.take() {
                if let Some(destination) = sent
                    .destination_jid
                    .as_deref()
                    .and_then(|d| Jid::parse(d).ok())
                {
                    chat = destination;
                }
                message = sent.message.map(|inner| *inner).unwrap_or_default();
            }
            let empty = wa::Message {
                message_context_info: None,
                ..message.clone()
            } == wa::Message::default();
            if !empty {
                contents.push(message);
            }
        }
        if from_own_account && sender.device != 0 {
            let (requests, rest): (Vec<wa::Message>, Vec<wa::Message>) =
                contents.into_iter().partition(is_placeholder_request);
            contents = rest;
            for request in requests {
                resends.extend(placeholder_resends(&signal, &request));
            }
        }
        for message in &contents {
            signal.received.insert(id.clone(), message.clone());
        }
        let own_companion = from_own_account && sender.device != 0;
        for message in contents {
            let message = PhoneMessage {
                id: id.clone(),
                chat: chat.clone(),
                sender: sender.clone(),
                message,
            };
            if own_companion && let Some(job) = super::phone_sync::job_for(&message) {
                state.phone_job(phone, job);
            }
            signal.inbox.push_back(message);
        }
    }
    phone_box.arrived.notify_waiters();
    if !resends.is_empty() {
        answer_placeholder_requests(state, &phone_box, &key, &sender, &id, resends);
    }
    let mut receipt = Node::new("receipt")
        .attr("id", id.clone())
        .attr("to", from.clone());
    if let Some(participant) = participant {
        receipt = receipt.attr("participant", participant);
    }
    if from_own_account && !failed {
        receipt = receipt.attr("type", "sender");
        if !chat.is_group() {
            receipt = receipt.attr("recipient", chat.clone());
        }
    }
    // One retry receipt per message: two phones that cannot decrypt each
    // other must not ask forever.
    let failed = failed && lock(&phone_box.signal).retried.insert(id.clone());
    if failed {
        let registration = lock(&phone_box.signal).store.local().registration_id;
        receipt = receipt.attr("type", "retry").children([
            Node::new("retry")
                .attr("count", "1")
                .attr("id", id)
                .attr("v", "1"),
            Node::new("registration")
                .bytes(bytes::Bytes::copy_from_slice(&registration.to_be_bytes())),
        ]);
    }
    if let Err(error) = route_receipt(state, &key, &receipt) {
        log::debug!("phone {phone}: receipt not routed: {error}");
    }
}

fn answer_retry(
    state: &State,
    phone_box: &PhoneBox,
    key: &DeviceKey,
    device: &Jid,
    receipt: &Node,
) {
    let Some(id) = receipt.attrs().optional_str("id").map(|id| id.into_owned()) else {
        return;
    };
    let count = receipt
        .child("retry")
        .and_then(|retry| retry.attrs().optional_u32("count").ok().flatten())
        .unwrap_or(1);
    let address = ProtocolAddress::from_jid(device);
    let bundle = match receipt.child("keys") {
        Some(_) => {
            let registration = receipt
                .child("registration")
                .and_then(|r| r.content_bytes())
                .and_then(|b| <[u8; 4]>::try_from(b.as_ref()).ok())
                .map(u32::from_be_bytes);
            // Parse through the wire form the client uses.
            let wire = crate::binary::encode(receipt, crate::binary::Dictionary::V3).ok();
            wire.and_then(|wire| {
                let parsed = crate::binary::decode(&wire, crate::binary::Dictionary::V3).ok()?;
                parse_keys(device, parsed.child("keys")?, registration).ok()
            })
        }
        None => None,
    };
    let node = {
        let mut signal = lock(&phone_box.signal);
        let Some((chat, message)) = signal.sent.get(&id).cloned() else {
            return;
        };
        let bundle = match bundle {
            Some(bundle) => Some(bundle),
            None if protocol::has_session(&mut signal.store, &address).unwrap_or(false) => None,
            None => {
                drop(signal);
                let fetched = state.device_key(device).and_then(|k| bundle_of(state, &k));
                signal = lock(&phone_box.signal);
                fetched
            }
        };
        if let Some(bundle) = bundle {
            let _ = signal
                .store
                .save_remote_identity(&address, &bundle.identity_key);
            if let Err(error) =
                protocol::process_bundle(&mut signal.store, &address, &bundle, &mut OsKeys)
            {
                log::debug!("phone: retry session with {device} failed: {error}");
                return;
            }
        }
        let plaintext = if !chat.is_group() && device.user == key.0 {
            device_sent(&chat, &message, None)
        } else {
            message.clone()
        };
        let Ok(ciphertext) = protocol::encrypt(
            &mut signal.store,
            &address,
            &pad(&plaintext.encode_to_vec(), &mut OsKeys),
            &mut OsKeys,
        ) else {
            return;
        };
        // A group message goes back to the group for that one device, so it
        // arrives as the group's (named as the group addresses members).
        let mut node = Node::new("message").attr("id", id);
        node = if chat.is_group() {
            node.attr("to", chat.clone())
                .attr("participant", device.clone())
        } else {
            node.attr("to", device.clone())
        };
        node = node.attr("type", message_type(&message));
        if let Some(edit) = edit_attribute(&message) {
            node = node.attr("edit", edit.as_str().to_owned());
        }
        node.children([enc_node(
            ciphertext.message_type.enc_type(),
            ciphertext.bytes,
            media_type(&message),
            hides_decrypt_failure(&message),
            Some(count),
        )])
    };
    if let Err(error) = route_message(state, key, &node) {
        log::debug!("phone: resend not routed: {error}");
    }
}

impl Phone {
    fn messaging(&self) -> Result<Arc<PhoneBox>, ServerError> {
        phone_box(&self.state, &self.phone)
            .ok_or_else(|| ServerError::UnknownAccount(self.phone.clone()))
    }

    /// Sends a text message to `to` (a user or a group).
    pub fn send_text(&self, to: &Jid, text: &str) -> Result<String, ServerError> {
        self.send_message(
            to,
            wa::Message {
                conversation: Some(text.to_owned()),
                ..Default::default()
            },
        )
    }

    /// Sends `message` to `to` (a user or a group), encrypted for each of
    /// the recipient's devices and our own companions; returns its id.
    pub fn send_message(&self, to: &Jid, message: wa::Message) -> Result<String, ServerError> {
        let id = message_id(&self.phone);
        self.send_message_with_id(to, message, id.clone())?;
        Ok(id)
    }

    /// [`send_message`](Phone::send_message) with a chosen id.
    pub fn send_message_with_id(
        &self,
        to: &Jid,
        message: wa::Message,
        id: String,
    ) -> Result<(), ServerError> {
        if to.is_status_broadcast() {
            return Err(ServerError::UnknownDevice(
                "status updates go through post_status".into(),
            ));
        }
        self.send_with(to, message, id, None)
    }

    /// Posts a status update (a sender-key message to `status@broadcast`)
    /// seen by `recipients` (users) and our own companions; returns its id.
    pub fn post_status(
        &self,
        message: wa::Message,
        recipients: &[Jid],
    ) -> Result<String, ServerError> {
        let id = message_id(&self.phone);
        self.send_with(
            &Jid::status_broadcast(),
            message,
            id.clone(),
            Some(recipients),
        )?;
        Ok(id)
    }

    fn send_with(
        &self,
        to: &Jid,
        message: wa::Message,
        id: String,
        audience: Option<&[Jid]>,
    ) -> Result<(), ServerError> {
        let phone_box = self.messaging()?;
        let own: DeviceKey = (self.phone.clone(), 0);
        let chat = to.to_non_ad();
        let status = chat.is_status_broadcast();
        let mut lid_group = false;
        let (recipients, group_members): (Vec<DeviceKey>, Option<Vec<DeviceKey>>) =
            if let Some(audience) = audience.filter(|_| status) {
                let mut phones: Vec<String> = {
                    let directory = lock(&self.state.directory);
                    audience
                        .iter()
                        .filter_map(|user| directory.phone_of(&user.to_non_ad()))
                        .collect()
                };
                phones.push(self.phone.clone());
                phones.sort();
                phones.dedup();
                let devices: Vec<DeviceKey> = phones
                    .iter()
                    .flat_map(|phone| account_devices(&self.state, phone))
                    .filter(|key| key != &own)
                    .collect();
                (devices.clone(), Some(devices))
            } else if chat.is_group() {
                let (members, lid) = group_route(&self.state, &chat.user)
                    .ok_or_else(|| ServerError::UnknownDevice(chat.to_string()))?;
                lid_group = lid;
                let devices: Vec<DeviceKey> = members
                    .iter()
                    .flat_map(|member| account_devices(&self.state, member))
                    .filter(|key| key != &own)
                    .collect();
                (devices.clone(), Some(devices))
            } else {
                let target = lock(&self.state.directory)
                    .phone_of(&chat)
                    .ok_or_else(|| ServerError::UnknownAccount(chat.to_string()))?;
                let mut devices = account_devices(&self.state, &target);
                if target != self.phone {
                    devices.extend(account_devices(&self.state, &self.phone));
                }
                devices.retain(|key| key != &own);
                (devices, None)
            };
        // Each device's address: its LID device in a LID-addressed group,
        // else its PN device (sessions and sender keys follow it).
        let addresses: HashMap<DeviceKey, Jid> = recipients
            .iter()
            .chain(std::iter::once(&own))
            .map(|key| (key.clone(), group_device_jid(&self.state, key, lid_group)))
            .collect();
        let jid_of = |key: &DeviceKey| {
            addresses
                .get(key)
                .cloned()
                .unwrap_or_else(|| device_jid(key))
        };
        let fault = lock(&phone_box.signal).faults.pop_front();
        // Bundles for devices without a session, fetched without holding our lock.
        let missing: Vec<DeviceKey> = {
            let mut signal = lock(&phone_box.signal);
            recipients
                .iter()
                .filter(|key| {
                    !protocol::has_session(
                        &mut signal.store,
                        &ProtocolAddress::from_jid(&jid_of(key)),
                    )
                    .unwrap_or(false)
                })
                .cloned()
                .collect()
        };
        let bundles: Vec<(DeviceKey, crate::signal::PreKeyBundle)> = missing
            .into_iter()
            .filter_map(|key| bundle_of(&self.state, &key).map(|bundle| (key, bundle)))
            .collect();
        let media = media_type(&message);
        let hide = hides_decrypt_failure(&message);
        let node = {
            let mut signal = lock(&phone_box.signal);
            for (key, bundle) in bundles {
                let address = ProtocolAddress::from_jid(&jid_of(&key));
                if let Err(error) =
                    protocol::process_bundle(&mut signal.store, &address, &bundle, &mut OsKeys)
                {
                    log::debug!("phone {}: no session with {address}: {error}", self.phone);
                }
            }
            signal
                .sent
                .insert(id.clone(), (chat.clone(), message.clone()));
            let mut children = Vec::new();
            let mut to_nodes = Vec::new();
            match &group_members {
                Some(members) => {
                    let name = SenderKeyName::from_jids(&chat, &jid_of(&own));
                    let distribution =
                        protocol::create_distribution(&mut signal.store, &name, &mut OsKeys)
                            .map_err(|error| ServerError::Store(error.to_string()))?;
                    let have = signal
                        .distributed
                        .entry(chat.user.clone())
                        .or_default()
                        .clone();
                    let skdm = wa::Message {
                        sender_key_distribution_message: Some(Box::new(
                            wa::message::SenderKeyDistributionMessage {
                                group_id: Some(chat.to_string()),
                                axolotl_sender_key_distribution_message: Some(
                                    distribution.serialize().into(),
                                ),
                            },
                        )),
                        ..Default::default()
                    };
                    let padded = pad(&skdm.encode_to_vec(), &mut OsKeys);
                    for key in members.iter() {
                        if have.contains(key) {
                            // The server knows a status's audience only
                            // from the list: devices holding the key are
                            // named without a copy.
                            if status {
                                to_nodes.push(Node::new("to").attr("jid", jid_of(key)));
                            }
                            continue;
                        }
                        let address = ProtocolAddress::from_jid(&jid_of(key));
                        if let Ok(ciphertext) =
                            protocol::encrypt(&mut signal.store, &address, &padded, &mut OsKeys)
                        {
                            to_nodes.push(to_node(&jid_of(key), ciphertext, None, false));
                            signal
                                .distributed
                                .entry(chat.user.clone())
                                .or_default()
                                .insert(key.clone());
                        }
                    }
                    let mut ciphertext = protocol::group_encrypt(
                        &mut signal.store,
                        &name,
                        &pad(&message.encode_to_vec(), &mut OsKeys),
                        &mut OsKeys,
                    )
                    .map_err(|error| ServerError::Store(error.to_string()))?;
                    if fault == Some(PhoneFault::Undecryptable) {
                        corrupt(&mut ciphertext);
                    }
                    children.push(enc_node("skmsg", ciphertext, media, hide, None));
                }
                None => {
                    let plain = pad(&message.encode_to_vec(), &mut OsKeys);
                    let copy = pad(
                        &device_sent(&chat, &message, None).encode_to_vec(),
                        &mut OsKeys,
                    );
                    for key in &recipients {
                        let jid = device_jid(key);
                        if fault == Some(PhoneFault::Unavailable) && key.1 != 0 {
                            to_nodes.push(
                                Node::new("to")
                                    .attr("jid", jid)
                                    .children([Node::new("unavailable").attr("type", "unknown")]),
                            );
                            continue;
                        }
                        let plaintext = if key.0 == self.phone { &copy } else { &plain };
                        let address = ProtocolAddress::from_jid(&jid);
                        match protocol::encrypt(&mut signal.store, &address, plaintext, &mut OsKeys)
                        {
                            Ok(mut ciphertext) => {
                                if fault == Some(PhoneFault::Undecryptable) && key.1 != 0 {
                                    corrupt_one_to_one(&mut ciphertext);
                                }
                                to_nodes.push(to_node(&jid, ciphertext, media, hide));
                            }
                            Err(error) => log::debug!(
                                "phone {}: not encrypted for {jid}: {error}",
                                self.phone
                            ),
                        }
                    }
                }
            }
            let mut node = Node::new("message")
                .attr("id", id)
                .attr("to", chat.clone())
                .attr("type", message_type(&message));
            if let Some(edit) = edit_attribute(&message) {
                node = node.attr("edit", edit.as_str().to_owned());
            }
            let mut all = vec![Node::new("participants").children(to_nodes)];
            all.extend(children);
            node.children(all)
        };
        route_message(&self.state, &own, &node)
            .map(|_| ())
            .map_err(|error| ServerError::UnknownDevice(error.to_string()))
    }

    /// Waits for the next message this phone receives.
    pub async fn next_message(&self, timeout: Duration) -> Result<PhoneMessage, ServerError> {
        let phone_box = self.messaging()?;
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = phone_box.arrived.notified();
            if let Some(message) = lock(&phone_box.signal).inbox.pop_front() {
                return Ok(message);
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                return Err(ServerError::Timeout);
            }
        }
    }

    /// Waits for the next receipt this phone receives.
    pub async fn next_receipt(&self, timeout: Duration) -> Result<PhoneReceipt, ServerError> {
        let phone_box = self.messaging()?;
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let notified = phone_box.arrived.notified();
            if let Some(receipt) = lock(&phone_box.signal).receipts.pop_front() {
                return Ok(receipt);
            }
            if tokio::time::timeout_at(deadline, notified).await.is_err() {
                return Err(ServerError::Timeout);
            }
        }
    }

    /// Makes the phone's next send misbehave.
    pub fn inject_fault(&self, fault: PhoneFault) -> Result<(), ServerError> {
        lock(&self.messaging()?.signal).faults.push_back(fault);
        Ok(())
    }

    /// Forgets the session with `device` (the next message starts a new one).
    pub fn drop_session(&self, device: &Jid) -> Result<(), ServerError> {
        let phone_box = self.messaging()?;
        let address = ProtocolAddress::from_jid(device);
        let mut signal = lock(&phone_box.signal);
        signal
            .store
            .store_session(&address, crate::signal::SessionRecord::default())
            .map_err(|error| ServerError::Store(error.to_string()))
    }

    /// Forgets the sender key `sender` uses in `group` (its next group
    /// message does not decrypt until the key is sent again).
    pub fn drop_sender_key(&self, group: &Jid, sender: &Jid) -> Result<(), ServerError> {
        let phone_box = self.messaging()?;
        let mut signal = lock(&phone_box.signal);
        signal
            .store
            .store_sender_key(
                &SenderKeyName::from_jids(group, sender),
                crate::signal::SenderKeyRecord::new(),
            )
            .map_err(|error| ServerError::Store(error.to_string()))
    }

    /// Reinstalls the phone's messaging: a new Signal identity, registration
    /// id, signed prekey and one-time prekeys (sessions, sender keys and
    /// pending faults are gone), then the server's `<notification
    /// type="encrypt"><identity/></notification>` to every other account's
    /// devices. Companions stay linked; the new identity, also the account
    /// key, signs their key-index list.
    pub fn change_identity(&self) -> Result<(), ServerError> {
        self.messaging()?;
        let identity = KeyPair::generate();
        // The identity is the account key too: key-index lists are signed
        // with the new one from now on.
        if let Some(account) = lock(&self.state.directory).account_mut(&self.phone) {
            account.primary = PrimaryAccount::new(identity.clone(), account.primary.raw_id());
        }
        let fresh = Arc::new(PhoneBox::new(identity));
        lock(&self.state.hub.phones).insert(self.phone.clone(), fresh);
        let node = super::notify::notification(
            Jid::new(self.phone.clone(), crate::binary::Server::User),
            "encrypt",
            vec![Node::new("identity")],
        );
        self.state.deliver_to_others(&self.phone, &node);
        Ok(())
    }

    /// Creates a group of this phone's account (its superadmin) and
    /// `members`, as the groups API would (members are notified), addressed
    /// as the server's [`group_addressing`](super::ServerConfig::group_addressing)
    /// says; returns its JID.
    pub fn create_group(&self, members: &[Jid]) -> Result<Jid, ServerError> {
        self.create_group_addressed(members, self.state.config.group_addressing.is_lid())
    }

    /// [`create_group`](Phone::create_group) choosing the addressing: with
    /// `lid` the group is LID-addressed (`addressing_mode="lid"`), as
    /// WhatsApp makes new groups.
    pub fn create_group_addressed(&self, members: &[Jid], lid: bool) -> Result<Jid, ServerError> {
        let mut phones = Vec::new();
        for member in members {
            let phone = lock(&self.state.directory)
                .phone_of(member)
                .ok_or_else(|| ServerError::UnknownAccount(member.to_string()))?;
            phones.push(phone);
        }
        let (group, _) = super::groups::create_group(
            &self.state,
            &self.phone,
            format!("Group of {}", self.phone),
            &phones,
            super::groups::GroupFlags {
                lid_addressed: lid,
                ..Default::default()
            },
        );
        Ok(group.jid())
    }

    /// Adds, removes, promotes or demotes (`action`: `add`, `remove`,
    /// `promote`, `demote`) `members` of `group` as this phone's account,
    /// through the server's group request: the same checks (it must be an
    /// admin), changes and notifications. Returns each member as the
    /// server named it with its error code (None: done).
    pub fn update_group_participants(
        &self,
        group: &Jid,
        action: &str,
        members: &[Jid],
    ) -> Result<Vec<(Jid, Option<u32>)>, ServerError> {
        if !matches!(action, "add" | "remove" | "promote" | "demote") {
            return Err(ServerError::GroupRefused {
                code: 400,
                text: format!("unknown participant action {action:?}"),
            });
        }
        let iq = Node::new("iq")
            .attr("id", message_id(&self.phone))
            .attr("xmlns", "w:g2")
            .attr("type", "set")
            .attr("to", group.to_non_ad())
            .children([Node::new(action.to_owned()).children(
                members
                    .iter()
                    .map(|member| Node::new("participant").attr("jid", member.to_non_ad()))
                    .collect::<Vec<_>>(),
            )]);
        let answer =
            super::groups::request_as(&self.state, &self.phone, &iq).map_err(|(code, text)| {
                ServerError::GroupRefused {
                    code,
                    text: text.to_owned(),
                }
            })?;
        let results = answer
            .child(action)
            .map(|list| {
                list.children_by_tag("participant")
                    .filter_map(|child| {
                        let jid = child.attrs().optional_jid("jid").ok().flatten()?;
                        let error = child.attrs().optional_u32("error").ok().flatten();
                        Some((jid, error))
                    })
                    .collect()
            })
            .unwrap_or_default();
        Ok(results)
    }

    /// The group's members (phone numbers), if it exists.
    pub fn group_members(&self, group: &Jid) -> Option<Vec<String>> {
        group_members(&self.state, &group.user)
    }

    /// Delivers a raw stanza to a device as the server would.
    pub fn deliver_raw(&self, device: &Jid, node: Node) -> bool {
        match self.state.device_key(device) {
            Some(key) => {
                deliver(&self.state, &key, node);
                true
            }
            None => false,
        }
    }
}

fn is_placeholder_request(message: &wa::Message) -> bool {
    message
        .protocol_message
        .as_ref()
        .and_then(|protocol| protocol.peer_data_operation_request_message.as_ref())
        .is_some_and(|request| {
            request.peer_data_operation_request_type
                == Some(wa::PeerDataOperationRequestType::PlaceholderMessageResend as i32)
        })
}

/// The messages a placeholder-resend request asks for that this phone sent,
/// as `WebMessageInfo`s.
fn placeholder_resends(signal: &PhoneSignal, request: &wa::Message) -> Vec<wa::WebMessageInfo> {
    let Some(request) = request
        .protocol_message
        .as_ref()
        .and_then(|protocol| protocol.peer_data_operation_request_message.as_ref())
    else {
        return Vec::new();
    };
    request
        .placeholder_message_resend_request
        .iter()
        .filter_map(|wanted| {
            let key = wanted.message_key.clone()?;
            let id = key.id.as_deref()?;
            let message = signal
                .sent
                .get(id)
                .map(|(_, message)| message)
                .or_else(|| signal.received.get(id))?;
            Some(wa::WebMessageInfo {
                key: Some(key),
                message: Some(Box::new(message.clone())),
                message_timestamp: Some(super::directory::unix_now()),
                ..Default::default()
            })
        })
        .collect()
}

/// Sends the companion `device` the answer to its placeholder-resend
/// request `request_id`: a peer `PeerDataOperationRequestResponseMessage`.
fn answer_placeholder_requests(
    state: &State,
    phone_box: &PhoneBox,
    key: &DeviceKey,
    device: &Jid,
    request_id: &str,
    found: Vec<wa::WebMessageInfo>,
) {
    let response = wa::Message {
        protocol_message: Some(Box::new(wa::ProtocolMessage {
            r#type: Some(wa::protocol_message::Type::PeerDataOperationRequestResponseMessage as i32),
            peer_data_operation_request_response_message: Some(
                Box::new(wa::PeerDataOperationRequestResponseMessage {
                    peer_data_operation_request_type: Some(
                        wa::PeerDataOperationRequestType::PlaceholderMessageResend as i32,
                    ),
                    stanza_id: Some(request_id.to_owned()),
                    peer_data_operation_result: found
                        .into_iter()
                        .map(|info| wa::peer_data_operation_request_response_message::PeerDataOperationResult {
                            placeholder_message_resend_response: Some(
                                Box::new(wa::peer_data_operation_request_response_message::peer_data_operation_result::PlaceholderMessageResendResponse {
                                    web_message_info_bytes: Some(info.encode_to_vec().into()),
                                }),
                            ),
                            ..Default::default()
                        })
                        .collect(),
                }),
            ),
            ..Default::default()
        })),
        ..Default::default()
    };
    let ciphertext = {
        let mut signal = lock(&phone_box.signal);
        protocol::encrypt(
            &mut signal.store,
            &ProtocolAddress::from_jid(device),
            &pad(&response.encode_to_vec(), &mut OsKeys),
            &mut OsKeys,
        )
    };
    let ciphertext = match ciphertext {
        Ok(ciphertext) => ciphertext,
        Err(error) => {
            log::debug!("phone: placeholder answer for {device} not encrypted: {error}");
            return;
        }
    };
    let node = Node::new("message")
        .attr("id", message_id(&key.0))
        .attr("to", device.clone())
        .attr("type", "text")
        .attr("category", "peer")
        .children([enc_node(
            ciphertext.message_type.enc_type(),
            ciphertext.bytes,
            None,
            false,
            None,
        )]);
    if let Err(error) = route_message(state, key, &node) {
        log::debug!("phone: placeholder answer not routed: {error}");
    }
}

/// A `pkmsg` under an identity other than the one recorded: the sender
/// reinstalled; trust the new key as phones do (the MAC still decides).
fn trust_new_identity(store: &mut MemorySignalStore, address: &ProtocolAddress, bytes: &[u8]) {
    let Ok(message) = crate::signal::wire::PreKeySignalMessage::parse(bytes) else {
        return;
    };
    if !store
        .is_trusted_identity(address, &message.identity_key)
        .unwrap_or(true)
    {
        let _ = store.save_remote_identity(address, &message.identity_key);
    }
}

/// Breaks the MAC of a `msg`, or of the `msg` inside a `pkmsg` (the outer
/// fields stay intact, so the failure is a MAC failure, not a new identity).
fn corrupt_one_to_one(ciphertext: &mut crate::signal::CiphertextMessage) {
    let end = match ciphertext.message_type {
        MessageType::Whisper => Some(ciphertext.bytes.len()),
        MessageType::PreKey => crate::signal::wire::PreKeySignalMessage::parse(&ciphertext.bytes)
            .ok()
            .map(|message| {
                let inner = message.message.serialized();
                let start = inner.as_ptr() as usize - ciphertext.bytes.as_ptr() as usize;
                start + inner.len()
            }),
    };
    if let Some(byte) = end
        .and_then(|end| end.checked_sub(1))
        .and_then(|index| ciphertext.bytes.get_mut(index))
    {
        *byte ^= 0x5a;
    }
}

fn corrupt(bytes: &mut [u8]) {
    if let Some(last) = bytes.last_mut() {
        *last ^= 0x5a;
    }
}
