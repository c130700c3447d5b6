//! Received `<message>`s, `<receipt>`s and message `<ack>`s, handled in the
//! connection loop.
//!
//! A message is decrypted (`pkmsg`/`msg` before `skmsg`) with the durable
//! store: each decryption commits its ratchet or sender-key state together
//! with a buffered copy of the plaintext. Then the SKDMs it carries are
//! processed, the event is emitted, the buffered copy deleted, and only then
//! the delivery receipt and the ack go out. A redelivery after a crash is
//! answered from the buffer (decrypted once, emitted once); a redelivery of
//! a message already handled is a duplicate and only acknowledged.
//! Newsletter posts carry no ciphertext and go to `newsletter_receive`.

use std::sync::Arc;

use bytes::Bytes;
use prost::Message as _;

use super::sender_identity::{SenderIdentityError, verify_sender_identity};
use super::stanza::{OwnIds, parse_message_info};
use super::{MAX_RETRY_REQUESTS, ServerAck};
use crate::binary::{Jid, Node, NodeRef, OwnedNodeRef};
use crate::client::connection::{Conn, ack};
use crate::client::lifecycle::lock;
use crate::events::message::{
    DecryptFailMode, DeviceSentMeta, MessageInfo, MessageSource, Receipt, ReceiptType,
    UnavailableType, UndecryptableMessage,
};
use crate::events::{Event, EventKind, IdentityChange, Timestamp};
use crate::proto::wa;
use crate::signal::keys::DJB_TYPE;
use crate::signal::padding::unpad;
use crate::signal::prekeys::id_bytes;
use crate::signal::wire::{MessageType, PreKeySignalMessage};
use crate::signal::{OsKeys, ProtocolAddress, PublicKey, SenderKeyName, SignalError, SignalStore};
use crate::store::{Decrypted, RetryCounter};

/// What one `<enc>` gave.
enum EncOutcome {
    /// Decrypted now or from the buffer.
    Plaintext(Decrypted, bool),
    /// Already handled before (a redelivery).
    Duplicate,
    /// An `<enc>` type this client does not decrypt.
    Skipped,
}

impl Conn<'_> {
    fn own_ids(&self) -> OwnIds {
        OwnIds {
            pn: self.device.jid.as_ref().map(Jid::to_non_ad),
            lid: self.device.lid.as_ref().map(Jid::to_non_ad),
        }
    }

    /// A received `<message>`.
    pub(crate) async fn on_message(&mut self, node: &Arc<OwnedNodeRef>) {
        let stanza = node.get();
        let info = match parse_message_info(stanza, &self.own_ids()) {
            Ok(info) => info,
            Err(error) => {
                log::warn!("dropping a malformed message: {error}");
                self.send(&ack(stanza, "message").attr("error", "487"))
                    .await;
                return;
            }
        };
        if info.source.chat.is_newsletter() {
            self.on_newsletter_message(node, info).await;
            return;
        }
        self.learn_lid_pair(&info);
        let mut encs: Vec<&NodeRef<'_>> = stanza.children_by_tag("enc").collect();
        if encs.is_empty() {
            if let Some(unavailable) = stanza.child("unavailable") {
                self.on_unavailable(unavailable, info).await;
            } else {
                log::debug!("message {} without <enc>", info.id);
            }
            self.send(&ack(stanza, "message")).await;
            return;
        }
        // SKDMs travel in the 1:1 part: decrypt it before the skmsg.
        encs.sort_by_key(|enc| enc.attrs().is("type", "skmsg"));
        let hide = encs
            .iter()
            .any(|enc| enc.attrs().is("decrypt-fail", "hide"));
        if let Err(error) = self.check_sender_identity(stanza, &info, &encs) {
            // Not decrypted and no retry asked: a resend carries the same
            // identity (see `sender_identity`).
            log::warn!("message {}: not decrypted: {error}", info.id);
            self.emit_undecryptable(info, hide);
            self.send(&ack(stanza, "message")).await;
            return;
        }
        let mut info = info;
        let mut failure: Option<SignalError> = None;
        let mut handled = false;
        for enc in encs {
            match self.decrypt_enc(stanza, &info, enc) {
                Ok(EncOutcome::Plaintext(decrypted, padded)) => {
                    handled = true;
                    if let Err(error) = self.on_plaintext(&mut info, decrypted, padded) {
                        failure = Some(error);
                    }
                }
                Ok(EncOutcome::Duplicate) => handled = true,
                Ok(EncOutcome::Skipped) => {}
                Err(error) => failure = Some(error),
            }
        }
        match failure {
            Some(error) => {
                let info = self.emit_undecryptable(info, hide);
                self.send_retry_receipt(stanza, &info, &error).await;
            }
            None if handled => self.send_delivery_receipt(stanza, &info).await,
            None => {}
        }
        self.send(&ack(stanza, "message")).await;
    }

    /// Emits `UndecryptableMessage` for a message that did not decrypt.
    fn emit_undecryptable(&self, info: MessageInfo, hide: bool) -> Arc<MessageInfo> {
        let mode = if hide {
            DecryptFailMode::Hide
        } else {
            DecryptFailMode::Show
        };
        let info = Arc::new(info);
        self.client
            .inner
            .emit_with(EventKind::UndecryptableMessage, || {
                Event::UndecryptableMessage(UndecryptableMessage {
                    info: info.clone(),
                    is_unavailable: false,
                    unavailable_type: None,
                    decrypt_fail_mode: mode,
                })
            });
        info
    }

    /// Verifies the `<device-identity>` of a companion's `pkmsg`, when it
    /// has one, against the account key we know (see `sender_identity`).
    /// Messages from primaries, without a `pkmsg` or without an identity
    /// pass.
    fn check_sender_identity(
        &self,
        stanza: &NodeRef<'_>,
        info: &MessageInfo,
        encs: &[&NodeRef<'_>],
    ) -> Result<(), SenderIdentityError> {
        let sender = &info.source.sender;
        if sender.device == 0 {
            return Ok(());
        }
        let Some(pkmsg) = encs.iter().find(|enc| enc.attrs().is("type", "pkmsg")) else {
            return Ok(());
        };
        let Some(identity) = stanza.child("device-identity") else {
            log::debug!(
                "message {}: pkmsg of {sender} without device identity",
                info.id
            );
            return Ok(());
        };
        let account_key = if info.source.is_from_me {
            self.device.account_signature_key.map(PublicKey::from_raw)
        } else {
            let primary = ProtocolAddress::from_jid(&sender.to_non_ad());
            self.client
                .store()
                .with_transaction(|tx| tx.remote_identity(&primary))
                .map_err(|source| SenderIdentityError::Store {
                    sender: sender.clone(),
                    source,
                })?
        };
        if account_key.is_none() {
            log::debug!(
                "message {}: account key of {sender} unknown; checking its device identity with the embedded key",
                info.id
            );
        }
        verify_sender_identity(
            sender,
            identity.bytes().unwrap_or_default(),
            pkmsg.bytes().unwrap_or_default(),
            account_key.as_ref(),
        )?;
        Ok(())
    }

    /// A sender named with its other identity (`participant_pn` in
    /// LID-addressed groups, `sender_lid` / `sender_pn` in 1:1 chats): the
    /// LID↔PN pair is recorded, so either names the same person later.
    fn learn_lid_pair(&self, info: &MessageInfo) {
        let source = &info.source;
        let Some(alt) = &source.sender_alt else {
            return;
        };
        let (lid, pn) = match (source.sender.is_lid(), alt.is_lid()) {
            (true, false) => (source.sender.to_non_ad(), alt.to_non_ad()),
            (false, true) => (alt.to_non_ad(), source.sender.to_non_ad()),
            _ => return,
        };
        let store = self.client.store();
        let result = match store.pn_for_lid(&lid) {
            Ok(Some(known)) if known == pn => Ok(()),
            Ok(_) => store.put_lid_mapping(&lid, &pn),
            Err(error) => Err(error),
        };
        if let Err(error) = result {
            log::warn!(
                "message {}: LID pair of {lid} not recorded: {error}",
                info.id
            );
        }
    }

    fn decrypt_enc(
        &self,
        stanza: &NodeRef<'_>,
        info: &MessageInfo,
        enc: &NodeRef<'_>,
    ) -> Result<EncOutcome, SignalError> {
        let attrs = enc.attrs();
        let kind = attrs.optional_str("type").unwrap_or_default();
        let padded = !attrs.is("v", "3");
        let ciphertext = enc.bytes().unwrap_or_default();
        let store = self.client.store();
        let t = info.timestamp.0;
        let result = if kind == "skmsg" {
            let name = SenderKeyName::from_jids(&info.source.chat, &info.source.sender);
            store.group_decrypt_buffered(&name, ciphertext, t)
        } else if let Some(message_type) = MessageType::from_enc_type(&kind) {
            let address = ProtocolAddress::from_jid(&info.source.sender);
            match store.decrypt_buffered(&address, message_type, ciphertext, t) {
                Err(SignalError::UntrustedIdentity(_)) if message_type == MessageType::PreKey => {
                    self.accept_new_identity(stanza, info, &address, ciphertext)?;
                    store.decrypt_buffered(&address, message_type, ciphertext, t)
                }
                other => other,
            }
        } else {
            log::debug!("message {}: <enc type={kind:?}> not decrypted", info.id);
            return Ok(EncOutcome::Skipped);
        };
        match result {
            Ok(decrypted) => Ok(EncOutcome::Plaintext(decrypted, padded)),
            Err(SignalError::DuplicateMessage { .. }) => {
                log::debug!("message {} was already handled", info.id);
                Ok(EncOutcome::Duplicate)
            }
            Err(error) => Err(error),
        }
    }

    /// A `pkmsg` under a new identity: the sender reinstalled. Trust the new
    /// key (the old session stays archived in the record for messages still
    /// in flight) and tell the user.
    fn accept_new_identity(
        &self,
        stanza: &NodeRef<'_>,
        info: &MessageInfo,
        address: &ProtocolAddress,
        ciphertext: &[u8],
    ) -> Result<(), SignalError> {
        let message = PreKeySignalMessage::parse(ciphertext)?;
        let key = message.identity_key;
        self.client.store().with_transaction(|tx| {
            crate::signal::SignalStore::save_remote_identity(tx, address, &key)
        })?;
        log::info!("identity of {} changed; accepted", info.source.sender);
        let user = info.source.sender.to_non_ad();
        self.client.device_registry().forget(&user);
        let lid_user = stanza
            .attrs()
            .optional_jid("sender_lid")
            .ok()
            .flatten()
            .map(|lid| lid.to_non_ad());
        let timestamp = info.timestamp;
        self.client.inner.emit_with(EventKind::IdentityChange, || {
            Event::IdentityChange(IdentityChange {
                user,
                lid_user,
                timestamp,
                implicit: true,
            })
        });
        Ok(())
    }

    fn on_plaintext(
        &self,
        info: &mut MessageInfo,
        decrypted: Decrypted,
        padded: bool,
    ) -> Result<(), SignalError> {
        let store = self.client.store();
        let plaintext = if padded {
            unpad(&decrypted.plaintext)?
        } else {
            &decrypted.plaintext[..]
        };
        let message = match wa::Message::decode(plaintext) {
            Ok(message) => message,
            Err(error) => {
                log::warn!("message {}: content does not decode: {error}", info.id);
                let _ = store.delete_buffered_event(&decrypted.buffer_key);
                return Ok(());
            }
        };
        if let Some(distribution) = &message.sender_key_distribution_message {
            let group = distribution
                .group_id
                .as_deref()
                .and_then(|group| Jid::parse(group).ok());
            match (
                group,
                distribution
                    .axolotl_sender_key_distribution_message
                    .as_deref(),
            ) {
                (Some(group), Some(bytes)) => {
                    let name = SenderKeyName::from_jids(&group, &info.source.sender);
                    if let Err(error) = store.process_distribution(&name, bytes) {
                        log::warn!("message {}: sender key not accepted: {error}", info.id);
                    }
                }
                _ => log::warn!("message {}: incomplete sender key distribution", info.id),
            }
        }
        let mut message = message;
        if let Some(sent) = message.device_sent_message.take() {
            let destination = sent.destination_jid.clone().unwrap_or_default();
            if info.source.is_from_me
                && let Ok(chat) = Jid::parse(&destination)
            {
                info.source.chat = chat;
            }
            info.device_sent = Some(DeviceSentMeta {
                destination_jid: destination,
                phash: sent.phash.clone(),
            });
            let context = message.message_context_info.take();
            message = sent.message.map(|inner| *inner).unwrap_or_default();
            if message.message_context_info.is_none() {
                message.message_context_info = context;
            }
        }
        if info.source.is_from_me
            && info.source.sender.device == 0
            && super::placeholder::is_placeholder_answer(&message)
        {
            super::placeholder::emit_placeholder_answer(&self.client.inner, &message);
            if let Err(error) = store.delete_buffered_event(&decrypted.buffer_key) {
                log::warn!("message {}: buffered copy not deleted: {error}", info.id);
            }
            return Ok(());
        }
        if info.source.is_from_me
            && let Some(protocol) = &message.protocol_message
        {
            crate::client::app_state::on_protocol_message(self.client, info, protocol);
        }
        let only_keys = wa::Message {
            sender_key_distribution_message: None,
            message_context_info: None,
            ..message.clone()
        } == wa::Message::default();
        if !only_keys {
            let info = Arc::new(info.clone());
            self.client.inner.emit_with(EventKind::Message, || {
                Event::Message(Box::new(message), info)
            });
        }
        if let Err(error) = store.delete_buffered_event(&decrypted.buffer_key) {
            log::warn!("message {}: buffered copy not deleted: {error}", info.id);
        }
        Ok(())
    }

    async fn on_unavailable(&mut self, unavailable: &NodeRef<'_>, info: MessageInfo) {
        let unavailable_type = unavailable
            .attrs()
            .optional_str("type")
            .map(|kind| UnavailableType::from_wire(&kind));
        let info = Arc::new(info);
        self.client.inner.messaging.await_placeholder(info.clone());
        self.client
            .inner
            .emit_with(EventKind::UndecryptableMessage, || {
                Event::UndecryptableMessage(UndecryptableMessage {
                    info: info.clone(),
                    is_unavailable: true,
                    unavailable_type,
                    decrypt_fail_mode: DecryptFailMode::Show,
                })
            });
        let client = self.client.clone();
        tokio::spawn(async move {
            if let Err(error) = client.request_from_phone(&info).await {
                log::warn!("asking the phone for message {} failed: {error}", info.id);
            }
        });
    }

    async fn send_delivery_receipt(&mut self, stanza: &NodeRef<'_>, info: &MessageInfo) {
        let mut receipt = Node::new("receipt").attr("id", info.id.clone());
        if let Some(from) = stanza.attr("from") {
            receipt = receipt.attr("to", from.to_value());
        }
        if let Some(participant) = stanza.attr("participant") {
            receipt = receipt.attr("participant", participant.to_value());
        }
        if info.source.is_from_me {
            receipt = receipt.attr("type", "sender");
            if !info.source.is_group {
                receipt = receipt.attr("recipient", info.source.chat.clone());
            }
        } else if info.category.as_deref() == Some("peer") {
            receipt = receipt.attr("type", "peer_msg");
        }
        self.send(&receipt).await;
    }

    async fn send_retry_receipt(
        &mut self,
        stanza: &NodeRef<'_>,
        info: &MessageInfo,
        error: &SignalError,
    ) {
        let count =
            match self
                .client
                .store()
                .bump_retry_counter(RetryCounter::Requested, &info.id, None)
            {
                Ok(count) => count,
                Err(store_error) => {
                    log::error!("message {}: retry counter: {store_error}", info.id);
                    return;
                }
            };
        if count > MAX_RETRY_REQUESTS {
            log::warn!(
                "message {}: giving up after {MAX_RETRY_REQUESTS} retries",
                info.id
            );
            return;
        }
        let with_keys = count >= 2
            || matches!(
                error,
                SignalError::NoSession(_)
                    | SignalError::InvalidPreKeyId(_)
                    | SignalError::InvalidSignedPreKeyId(_)
                    | SignalError::NoSenderKeyState { .. }
                    | SignalError::InvalidMac
                    | SignalError::InvalidMessage { .. }
            );
        let keys = match self
            .client
            .store()
            .with_transaction(|tx| tx.retry_keys(&mut OsKeys))
        {
            Ok(keys) => keys,
            Err(store_error) => {
                log::error!("message {}: no retry keys: {store_error}", info.id);
                return;
            }
        };
        let mut receipt = Node::new("receipt")
            .attr("id", info.id.clone())
            .attr("type", "retry");
        if let Some(from) = stanza.attr("from") {
            receipt = receipt.attr("to", from.to_value());
        }
        if let Some(participant) = stanza.attr("participant") {
            receipt = receipt.attr("participant", participant.to_value());
        }
        if let Some(recipient) = stanza.attr("recipient") {
            receipt = receipt.attr("recipient", recipient.to_value());
        }
        if info.category.as_deref() == Some("peer") {
            receipt = receipt.attr("category", "peer");
        }
        let mut children = vec![
            Node::new("retry")
                .attr("count", count.to_string())
                .attr("id", info.id.clone())
                .attr("t", info.timestamp.0.to_string())
                .attr("v", "1"),
            Node::new("registration").bytes(Bytes::copy_from_slice(&keys.registration_bytes())),
        ];
        if with_keys {
            let mut key_children = vec![
                Node::new("type").bytes(Bytes::from_static(&[DJB_TYPE])),
                Node::new("identity").bytes(Bytes::copy_from_slice(keys.identity.as_bytes())),
                Node::new("key").children([
                    Node::new("id").bytes(Bytes::copy_from_slice(&keys.prekey.id_bytes())),
                    Node::new("value").bytes(Bytes::copy_from_slice(
                        keys.prekey.key_pair.public.as_bytes(),
                    )),
                ]),
                Node::new("skey").children([
                    Node::new("id").bytes(Bytes::copy_from_slice(&id_bytes(keys.signed_prekey.id))),
                    Node::new("value").bytes(Bytes::copy_from_slice(
                        keys.signed_prekey.key_pair.public.as_bytes(),
                    )),
                    Node::new("signature")
                        .bytes(Bytes::copy_from_slice(&keys.signed_prekey.signature)),
                ]),
            ];
            if let Some(identity) = &keys.device_identity {
                key_children
                    .push(Node::new("device-identity").bytes(Bytes::from(identity.clone())));
            }
            children.push(Node::new("keys").children(key_children));
        }
        log::info!(
            "message {} from {}: asking for a retry ({count}): {error}",
            info.id,
            info.source.sender
        );
        self.send(&receipt.children(children)).await;
    }

    /// A received `<receipt>`: a `Receipt` event, the resend a retry asks
    /// for, and the ack.
    pub(crate) async fn on_receipt(&mut self, node: &Arc<OwnedNodeRef>) {
        let stanza = node.get();
        match parse_receipt(stanza, &self.own_ids()) {
            Some(receipt) => {
                let retry = receipt.receipt_type == ReceiptType::Retry;
                let receipt = Arc::new(receipt);
                let event = receipt.clone();
                self.client
                    .inner
                    .emit_with(EventKind::Receipt, || Event::Receipt((*event).clone()));
                if retry {
                    let client = self.client.clone();
                    let node = node.clone();
                    tokio::spawn(async move {
                        if let Err(error) = client.answer_retry(&node, &receipt).await {
                            log::warn!("retry of {:?} not answered: {error}", receipt.message_ids);
                        }
                    });
                }
            }
            None => log::warn!("malformed receipt: {stanza}"),
        }
        self.send(&ack(stanza, "receipt")).await;
    }

    /// A received `<ack>`: for messages, completes the waiting send.
    pub(crate) fn on_ack(&mut self, node: &Arc<OwnedNodeRef>) {
        let stanza = node.get();
        let attrs = stanza.attrs();
        if !attrs.is("class", "message") {
            return;
        }
        let Some(id) = attrs.optional_str("id") else {
            return;
        };
        let waiter = lock(&self.client.inner.messaging.acks).remove(id.as_ref());
        if let Some(waiter) = waiter {
            let _ = waiter.send(ServerAck {
                error: attrs.optional_str("error").map(|e| e.into_owned()),
                phash: attrs.optional_str("phash").map(|p| p.into_owned()),
                server_id: attrs.optional_u64("server_id").ok().flatten(),
            });
        }
    }
}

/// The [`Receipt`] a `<receipt>` stanza describes.
pub(crate) fn parse_receipt(stanza: &NodeRef<'_>, own: &OwnIds) -> Option<Receipt> {
    let attrs = stanza.attrs();
    let from = attrs.optional_jid("from").ok().flatten()?;
    let participant = attrs.optional_jid("participant").ok().flatten();
    let first = attrs.optional_str("id")?.into_owned();
    let mut message_ids = vec![first];
    if let Some(list) = stanza.child("list") {
        message_ids.extend(
            list.children_by_tag("item")
                .filter_map(|item| item.attrs().optional_str("id"))
                .map(|id| id.into_owned()),
        );
    }
    let (chat, sender) = if from.is_group() || from.is_broadcast() {
        (
            from.clone(),
            participant.clone().unwrap_or_else(|| from.clone()),
        )
    } else {
        (from.to_non_ad(), from.clone())
    };
    let mut source = MessageSource::new(chat, sender);
    source.is_group = from.is_group();
    source.is_from_me = own.is_own(&source.sender);
    if source.is_from_me
        && !source.is_group
        && let Some(recipient) = attrs.optional_jid("recipient").ok().flatten()
    {
        source.chat = recipient.to_non_ad();
    }
    let timestamp = attrs
        .optional_str("t")
        .and_then(|t| t.parse::<i64>().ok())
        .unwrap_or(0);
    let kind = attrs.optional_str("type");
    Some(Receipt {
        source,
        message_ids,
        timestamp: Timestamp(timestamp),
        receipt_type: ReceiptType::from_attr(kind.as_deref()),
        message_sender: None,
    })
}
