//! Sending: device lists (usync, cached), sessions from fetched bundles,
//! per-device encryption in one store transaction, `deviceSentMessage`
//! copies for our own other devices, the participant hash, and the wait for
//! the server's ack. Also read receipts, resends for peers' retry receipts
//! and placeholder-resend requests to our phone.

use std::sync::Arc;

use bytes::Bytes;
use prost::Message as _;
use tokio::sync::oneshot;

use super::bundle::{fetch_request, parse_fetch_answer, parse_keys};
use super::stanza::{
    device_sent, edit_attribute, enc_node, hides_decrypt_failure, media_type, message_id,
    message_type, participant_hash, to_node,
};
use super::usync::{UserDevices, devices_request, parse_device_answer};
use super::{MAX_RESENDS, SendError, SentMessage, ServerAck};
use crate::binary::{Jid, Node, OwnedNodeRef, Server};
use crate::client::lifecycle::{Client, lock};
use crate::events::message::{MessageInfo, Receipt};
use crate::proto::wa;
use crate::signal::padding::pad;
use crate::signal::store::{self as protocol, SignalStore as _};
use crate::signal::wire::MessageType;
use crate::signal::{OsKeys, ProtocolAddress};
use crate::store::RetryCounter;

/// A message id (`3EB0…`).
pub type MessageId = String;

/// The message a reply quotes.
#[derive(Debug, Clone)]
pub struct ReplyTo {
    /// Its id.
    pub id: String,
    /// Who sent it (in groups, the participant).
    pub sender: Jid,
    /// Its content, quoted in the reply.
    pub message: wa::Message,
}

/// The `contextInfo` of a message quoting `reply_to` (`stanzaId`,
/// `participant`, `quotedMessage`) and mentioning `mentions`
/// (`mentionedJid`), or `None` when it does neither.
pub(crate) fn context_info(
    reply_to: Option<&ReplyTo>,
    mentions: &[Jid],
) -> Option<wa::ContextInfo> {
    if reply_to.is_none() && mentions.is_empty() {
        return None;
    }
    Some(wa::ContextInfo {
        stanza_id: reply_to.map(|reply| reply.id.clone()),
        participant: reply_to.map(|reply| reply.sender.to_non_ad().to_string()),
        quoted_message: reply_to.map(|reply| Box::new(reply.message.clone())),
        mentioned_jid: mentions
            .iter()
            .map(|jid| jid.to_non_ad().to_string())
            .collect(),
        ..Default::default()
    })
}

fn server_key(jid: &Jid) -> Jid {
    jid.to_non_ad()
}

impl Client {
    pub(super) fn own_device(&self) -> Result<Jid, SendError> {
        self.jid().ok_or(SendError::NotLoggedIn)
    }

    /// The devices of `users` (device 0 included), from the device registry
    /// (kept current by `devices` notifications) or one usync query for
    /// those not cached. Fetched companions are kept only when the
    /// account's signed key-index list vouches for them (see
    /// [`UserDevices::verify`]); the account key is the primary's identity,
    /// fetched with its bundle first when no session told it yet. A list
    /// that does not verify is logged and leaves the primary alone.
    pub async fn get_devices(&self, users: &[Jid]) -> Result<Vec<Jid>, SendError> {
        let registry = self.device_registry();
        let mut out = Vec::new();
        let mut missing = Vec::new();
        for user in users {
            match registry.devices(&server_key(user)) {
                Some(devices) => out.extend(devices),
                None => missing.push(server_key(user)),
            }
        }
        missing.sort();
        missing.dedup();
        if missing.is_empty() {
            return Ok(out);
        }
        let request = devices_request(self.next_id(), self.next_id(), &missing);
        let answer = self.send_iq(request).await.map_err(SendError::DeviceList)?;
        let fetched: Vec<UserDevices> = parse_device_answer(answer.get())
            .into_iter()
            .filter(|user| missing.contains(&user.user))
            .collect();
        let unknown: Vec<Jid> = self.store().with_transaction(|tx| {
            let mut unknown = Vec::new();
            for user in fetched.iter().filter(|user| user.needs_account_key()) {
                if tx
                    .remote_identity(&ProtocolAddress::from_jid(&user.user))?
                    .is_none()
                {
                    unknown.push(user.user.clone());
                }
            }
            Ok::<_, SendError>(unknown)
        })?;
        if !unknown.is_empty() {
            self.ensure_sessions(&unknown).await?;
        }
        for user in fetched {
            let account_key = if user.needs_account_key() {
                self.store().with_transaction(|tx| {
                    tx.remote_identity(&ProtocolAddress::from_jid(&user.user))
                })?
            } else {
                None
            };
            let devices = match user.verify(account_key.as_ref()) {
                Ok(devices) => devices,
                Err(error) => {
                    log::warn!("{error}: only the primary device of {} is used", user.user);
                    user.primary_only()
                }
            };
            out.extend(devices.iter().cloned());
            registry.put(&user.user, devices);
        }
        Ok(out)
    }

    /// Builds sessions with the devices among `devices` that have none, from
    /// bundles fetched in one query. Devices without a usable bundle are
    /// logged and left without a session.
    pub(super) async fn ensure_sessions(&self, devices: &[Jid]) -> Result<(), SendError> {
        let store = self.store();
        let addresses: Vec<ProtocolAddress> =
            devices.iter().map(ProtocolAddress::from_jid).collect();
        let missing: Vec<Jid> = store.with_transaction(|tx| {
            let mut missing = Vec::new();
            for (device, address) in devices.iter().zip(&addresses) {
                if !protocol::has_session(tx, address)? {
                    missing.push(device.clone());
                }
            }
            Ok::<_, crate::signal::SignalError>(missing)
        })?;
        if missing.is_empty() {
            return Ok(());
        }
        let answer = self
            .send_iq(fetch_request(self.next_id(), &missing))
            .await
            .map_err(SendError::PreKeys)?;
        for (jid, bundle) in parse_fetch_answer(answer.get()) {
            match (jid, bundle) {
                (jid, Ok(bundle)) => {
                    if let Err(error) =
                        store.process_bundle(&ProtocolAddress::from_jid(&jid), &bundle)
                    {
                        log::warn!("no session with {jid}: {error}");
                    }
                }
                (jid, Err(error)) => log::warn!("bundle of {jid} unusable: {error}"),
            }
        }
        Ok(())
    }

    /// Sends `message` to `chat` (a user or a group) and returns its id once
    /// the server acknowledged it. For a user, every device of the recipient
    /// and our own other devices get a copy; a group gets one sender-key
    /// message (see the `group_send` module).
    pub async fn send_message(
        &self,
        chat: &Jid,
        message: wa::Message,
    ) -> Result<MessageId, SendError> {
        let own = self.own_device()?;
        let id = message_id(&own.user);
        self.send_message_with_id(chat, message, id).await
    }

    /// [`send_message`](Client::send_message) with a chosen id.
    pub async fn send_message_with_id(
        &self,
        chat: &Jid,
        message: wa::Message,
        id: MessageId,
    ) -> Result<MessageId, SendError> {
        let own = self.own_device()?;
        if chat.is_group() {
            return self.send_group_message(chat, message, id).await;
        }
        if chat.is_newsletter() {
            return self
                .send_newsletter_message_with_id(chat, message, id)
                .await
                .map(|post| post.id);
        }
        if chat.is_status_broadcast() {
            return Err(SendError::Invalid(
                "status updates need their recipients: use send_status_message",
            ));
        }
        if chat.is_broadcast() {
            return Err(SendError::Invalid(
                "broadcast lists are not sent through send_message",
            ));
        }
        let chat = chat.to_non_ad();
        let own_user = own.to_non_ad();
        let mut users = vec![chat.clone()];
        if own_user != chat {
            users.push(own_user.clone());
        }
        let devices: Vec<Jid> = self
            .get_devices(&users)
            .await?
            .into_iter()
            .filter(|device| !(device.user == own.user && device.device == own.device))
            .collect();
        self.ensure_sessions(&devices).await?;
        let phash = participant_hash(&devices);
        let plain = pad(&message.encode_to_vec(), &mut OsKeys);
        let sent_copy = pad(
            &device_sent(&chat, &message, Some(phash.clone())).encode_to_vec(),
            &mut OsKeys,
        );
        let media = media_type(&message);
        let hide = hides_decrypt_failure(&message);
        let store = self.store();
        let encrypted = store.with_transaction(|tx| {
            let mut out = Vec::with_capacity(devices.len());
            for device in &devices {
                let address = ProtocolAddress::from_jid(device);
                let plaintext = if device.user == own.user {
                    &sent_copy
                } else {
                    &plain
                };
                match protocol::encrypt(tx, &address, plaintext, &mut OsKeys) {
                    Ok(ciphertext) => out.push((device.clone(), ciphertext)),
                    Err(error) => log::warn!("message {id}: not encrypted for {device}: {error}"),
                }
            }
            Ok::<_, crate::store::StoreError>(out)
        })?;
        if !encrypted.iter().any(|(device, _)| device.user == chat.user) {
            return Err(SendError::NoDevices(chat));
        }
        let any_prekey = encrypted
            .iter()
            .any(|(_, ciphertext)| ciphertext.message_type == MessageType::PreKey);
        let participants = encrypted
            .into_iter()
            .map(|(device, ciphertext)| to_node(&device, ciphertext, media, hide));
        let mut node = Node::new("message")
            .attr("id", id.clone())
            .attr("to", chat.clone())
            .attr("type", message_type(&message));
        if let Some(edit) = edit_attribute(&message) {
            node = node.attr("edit", edit.as_str().to_owned());
        }
        node = node.attr("phash", phash.clone());
        let mut children = vec![Node::new("participants").children(participants)];
        if any_prekey && let Some(identity) = self.store().device()?.and_then(|d| d.account.clone())
        {
            children.push(Node::new("device-identity").bytes(Bytes::from(identity)));
        }
        if chat.user != own.user
            && let Some(tctoken) = self.store().tctoken_node(&chat)?
        {
            children.push(tctoken);
        }
        self.inner.messaging.remember(
            &id,
            SentMessage {
                chat: chat.clone(),
                message,
            },
        );
        let server_phash = self.send_and_wait_ack(node.children(children), &id).await?;
        if server_phash.is_some_and(|server| server != phash) {
            // The server counts other devices: our lists are stale.
            log::info!("message {id}: device lists of {chat} are stale, dropped");
            for user in &users {
                self.device_registry().forget(user);
            }
        }
        Ok(id)
    }

    /// Sends `node` and waits for the server's ack; returns the ack's
    /// `phash` when it names one.
    pub(super) async fn send_and_wait_ack(
        &self,
        node: Node,
        id: &str,
    ) -> Result<Option<String>, SendError> {
        Ok(self.send_and_wait_server_ack(node, id).await?.phash)
    }

    /// Sends `node` and waits for the server's ack; an ack with an `error`
    /// is [`SendError::Rejected`].
    pub(super) async fn send_and_wait_server_ack(
        &self,
        node: Node,
        id: &str,
    ) -> Result<ServerAck, SendError> {
        let (tx, rx) = oneshot::channel();
        lock(&self.inner.messaging.acks).insert(id.to_owned(), tx);
        if let Err(error) = self.send_node(node).await {
            lock(&self.inner.messaging.acks).remove(id);
            log::warn!("message {id} not sent: {error}");
            return Err(SendError::NotConnected);
        }
        let timeout = self.config().iq_timeout;
        match tokio::time::timeout(timeout, rx).await {
            Ok(Ok(ack)) => match ack.error {
                Some(error) => Err(SendError::Rejected(error)),
                None => Ok(ack),
            },
            Ok(Err(_)) => Err(SendError::Disconnected),
            Err(_) => {
                lock(&self.inner.messaging.acks).remove(id);
                Err(SendError::NoAck(timeout))
            }
        }
    }

    /// Sends a text, optionally quoting `reply_to` and mentioning `mentions`.
    pub async fn send_text(
        &self,
        chat: &Jid,
        text: &str,
        reply_to: Option<&ReplyTo>,
        mentions: &[Jid],
    ) -> Result<MessageId, SendError> {
        let message = match context_info(reply_to, mentions) {
            None => wa::Message {
                conversation: Some(text.to_owned()),
                ..Default::default()
            },
            Some(context) => wa::Message {
                extended_text_message: Some(Box::new(wa::ExtendedTextMessage {
                    text: Some(text.to_owned()),
                    context_info: Some(Box::new(context)),
                    ..Default::default()
                })),
                ..Default::default()
            },
        };
        self.send_message(chat, message).await
    }

    fn key_of(&self, chat: &Jid, sender: &Jid, id: &str) -> Result<wa::MessageKey, SendError> {
        let own = self.own_device()?;
        let from_me = sender.user == own.user;
        Ok(wa::MessageKey {
            remote_jid: Some(chat.to_non_ad().to_string()),
            from_me: Some(from_me),
            id: Some(id.to_owned()),
            participant: (chat.is_group() && !from_me).then(|| sender.to_non_ad().to_string()),
        })
    }

    /// Reacts to the message `id` sent by `sender` in `chat`; an empty
    /// `emoji` removes the reaction.
    pub async fn send_reaction(
        &self,
        chat: &Jid,
        sender: &Jid,
        id: &str,
        emoji: &str,
    ) -> Result<MessageId, SendError> {
        let now_ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as i64)
            .unwrap_or(0);
        let message = wa::Message {
            reaction_message: Some(Box::new(wa::ReactionMessage {
                key: Some(Box::new(self.key_of(chat, sender, id)?)),
                text: Some(emoji.to_owned()),
                grouping_key: None,
                sender_timestamp_ms: Some(now_ms),
            })),
            ..Default::default()
        };
        self.send_message(chat, message).await
    }

    /// Replaces the content of our message `id` in `chat`.
    pub async fn edit_message(
        &self,
        chat: &Jid,
        id: &str,
        new_content: wa::Message,
    ) -> Result<MessageId, SendError> {
        let own = self.own_device()?;
        let message = wa::Message {
            protocol_message: Some(Box::new(wa::ProtocolMessage {
                key: Some(Box::new(self.key_of(chat, &own, id)?)),
                r#type: Some(wa::protocol_message::Type::MessageEdit as i32),
                edited_message: Some(Box::new(new_content)),
                timestamp_ms: Some(
                    std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .map(|d| d.as_millis() as i64)
                        .unwrap_or(0),
                ),
                ..Default::default()
            })),
            ..Default::default()
        };
        self.send_message(chat, message).await
    }

    /// Deletes our message `id` in `chat` for everyone.
    pub async fn revoke_message(&self, chat: &Jid, id: &str) -> Result<MessageId, SendError> {
        let own = self.own_device()?;
        let message = wa::Message {
            protocol_message: Some(Box::new(wa::ProtocolMessage {
                key: Some(Box::new(self.key_of(chat, &own, id)?)),
                r#type: Some(wa::protocol_message::Type::Revoke as i32),
                ..Default::default()
            })),
            ..Default::default()
        };
        self.send_message(chat, message).await
    }

    /// Sends a read receipt for `ids` (messages of `sender`, in groups) in
    /// `chat`.
    pub async fn mark_read(
        &self,
        chat: &Jid,
        sender: Option<&Jid>,
        ids: &[String],
    ) -> Result<(), SendError> {
        let Some((first, rest)) = ids.split_first() else {
            return Err(SendError::Invalid(
                "mark_read needs at least one message id",
            ));
        };
        let mut receipt = Node::new("receipt")
            .attr("id", first.clone())
            .attr("type", "read")
            .attr("to", chat.to_non_ad())
            .attr("t", crate::server::directory::unix_now().to_string());
        if let Some(sender) = sender.filter(|_| chat.is_group()) {
            receipt = receipt.attr("participant", sender.clone());
        }
        if !rest.is_empty() {
            receipt = receipt.children([Node::new("list").children(
                rest.iter()
                    .map(|id| Node::new("item").attr("id", id.clone())),
            )]);
        }
        self.send_node(receipt)
            .await
            .map_err(|_| SendError::NotConnected)
    }

    /// Answers a peer's retry receipt: re-encrypts the message for the
    /// device that asked (with a new session when it sent keys).
    pub(crate) async fn answer_retry(
        &self,
        node: &Arc<OwnedNodeRef>,
        receipt: &Receipt,
    ) -> Result<(), SendError> {
        let stanza = node.get();
        let Some(id) = receipt.message_ids.first() else {
            return Ok(());
        };
        let device = receipt.source.sender.clone();
        let Some(sent) = self.inner.messaging.recent(id) else {
            log::info!("retry for {id} from {device}: message not kept");
            return Ok(());
        };
        let count = self
            .store()
            .bump_retry_counter(RetryCounter::Resent, id, Some(&device))?;
        if count > MAX_RESENDS {
            log::warn!("retry for {id} from {device}: giving up after {MAX_RESENDS}");
            return Ok(());
        }
        let address = ProtocolAddress::from_jid(&device);
        let registration = stanza
            .child("registration")
            .and_then(|node| node.bytes())
            .and_then(|bytes| <[u8; 4]>::try_from(bytes).ok())
            .map(u32::from_be_bytes);
        match stanza.child("keys") {
            Some(keys) => {
                let bundle = parse_keys(&device, keys, registration.or(Some(0)))
                    .map_err(|_| SendError::Invalid("retry receipt keys are unusable"))?;
                self.store().with_transaction(|tx| {
                    tx.delete_session(&address)?;
                    tx.delete_identity(&address)
                })?;
                self.store().process_bundle(&address, &bundle)?;
            }
            None => self.ensure_sessions(std::slice::from_ref(&device)).await?,
        }
        let own = self.own_device()?;
        let group = sent.chat.is_group() || sent.chat.is_status_broadcast();
        let plaintext = if group {
            // The device may lack our sender key: it comes with the content.
            let name = crate::signal::SenderKeyName::from_jids(&sent.chat, &own);
            let distribution = self.store().create_distribution(&name)?;
            wa::Message {
                sender_key_distribution_message: Some(Box::new(
                    wa::message::SenderKeyDistributionMessage {
                        group_id: Some(sent.chat.to_string()),
                        axolotl_sender_key_distribution_message: Some(
                            distribution.serialize().into(),
                        ),
                    },
                )),
                ..sent.message.clone()
            }
        } else if device.user == own.user {
            device_sent(&sent.chat, &sent.message, None)
        } else {
            sent.message.clone()
        };
        let ciphertext = self
            .store()
            .encrypt(&address, &pad(&plaintext.encode_to_vec(), &mut OsKeys))?;
        let mut node = Node::new("message").attr("id", id.clone());
        node = if group {
            node.attr("to", sent.chat.clone())
                .attr("participant", device.clone())
        } else {
            node.attr("to", device.clone())
                .attr("device_fanout", "false")
        };
        node = node.attr("type", message_type(&sent.message));
        if let Some(edit) = edit_attribute(&sent.message) {
            node = node.attr("edit", edit.as_str().to_owned());
        }
        let mut children = vec![enc_node(
            ciphertext.message_type.enc_type(),
            ciphertext.bytes,
            media_type(&sent.message),
            hides_decrypt_failure(&sent.message),
            Some(count),
        )];
        if ciphertext.message_type == MessageType::PreKey
            && let Some(identity) = self.store().device()?.and_then(|d| d.account.clone())
        {
            children.push(Node::new("device-identity").bytes(Bytes::from(identity)));
        }
        log::info!("resending {id} to {device} (retry {count})");
        self.send_node(node.children(children))
            .await
            .map_err(|_| SendError::NotConnected)
    }

    /// Asks our phone to resend a message it could not send to this device
    /// (`<unavailable>`): a peer `PeerDataOperationRequestMessage` with a
    /// placeholder-resend request.
    pub(crate) async fn request_from_phone(&self, info: &MessageInfo) -> Result<(), SendError> {
        let key = wa::MessageKey {
            remote_jid: Some(info.source.chat.to_string()),
            from_me: Some(info.source.is_from_me),
            id: Some(info.id.clone()),
            participant: info
                .source
                .is_group
                .then(|| info.source.sender.to_non_ad().to_string()),
        };
        let request = wa::Message {
            protocol_message: Some(Box::new(wa::ProtocolMessage {
                r#type: Some(wa::protocol_message::Type::PeerDataOperationRequestMessage as i32),
                peer_data_operation_request_message: Some(Box::new(
                    wa::PeerDataOperationRequestMessage {
                        peer_data_operation_request_type: Some(
                            wa::PeerDataOperationRequestType::PlaceholderMessageResend as i32,
                        ),
                        placeholder_message_resend_request: vec![
                        wa::peer_data_operation_request_message::PlaceholderMessageResendRequest {
                            message_key: Some(Box::new(key)),
                        },
                    ],
                        ..Default::default()
                    },
                )),
                ..Default::default()
            })),
            ..Default::default()
        };
        self.send_peer_message(request).await.map(|_| ())
    }

    /// A message to our own phone (`category="peer"`): history and
    /// app-state requests, placeholder resends.
    pub async fn send_peer_message(&self, message: wa::Message) -> Result<MessageId, SendError> {
        let own = self.own_device()?;
        let device = Jid::with_device(own.user.clone(), Server::User, 0);
        self.ensure_sessions(std::slice::from_ref(&device)).await?;
        let id = message_id(&own.user);
        let ciphertext = self.store().encrypt(
            &ProtocolAddress::from_jid(&device),
            &pad(&message.encode_to_vec(), &mut OsKeys),
        )?;
        let mut children = vec![
            Node::new("meta").attr("appdata", "default"),
            enc_node(
                ciphertext.message_type.enc_type(),
                ciphertext.bytes,
                None,
                false,
                None,
            ),
        ];
        if ciphertext.message_type == MessageType::PreKey
            && let Some(identity) = self.store().device()?.and_then(|d| d.account.clone())
        {
            children.push(Node::new("device-identity").bytes(Bytes::from(identity)));
        }
        let node = Node::new("message")
            .attr("id", id.clone())
            .attr("to", device.to_non_ad())
            .attr("type", "text")
            .attr("category", "peer")
            .attr("push_priority", "high_force")
            .children(children);
        self.send_and_wait_ack(node, &id).await?;
        Ok(id)
    }
}
