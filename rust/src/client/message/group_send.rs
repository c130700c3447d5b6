//! Group sends with sender keys: the members come from the group-info
//! cache, their devices (ours included) from the device registry or one
//! usync query. Our sender key for the group is created on first send; its
//! distribution message (SKDM) goes, encrypted per device over 1:1
//! sessions, only to the devices the store does not record as holding it.
//! The message itself is one `skmsg` for everyone.
//!
//! When a recorded device is no longer among the group's devices (a member
//! left, a device was unlinked) the sender key is rotated: a new key is
//! made and distributed to every remaining device, so that whoever left
//! cannot read what follows. Devices are recorded only after the server
//! acknowledged the message.
//!
//! Status updates (`status@broadcast`) take the same path with an explicit
//! audience instead of a member list.

use bytes::Bytes;
use prost::Message as _;

use super::send::MessageId;
use super::stanza::{
    edit_attribute, enc_node, hides_decrypt_failure, media_type, message_type, participant_hash,
    to_node,
};
use super::{SendError, SentMessage};
use crate::binary::{Jid, Node};
use crate::client::lifecycle::Client;
use crate::proto::wa;
use crate::signal::padding::pad;
use crate::signal::store as protocol;
use crate::signal::wire::MessageType;
use crate::signal::{OsKeys, ProtocolAddress, SenderKeyName};

/// The `<message>` of a group send, before the ack wait.
struct Prepared {
    node: Node,
    /// Devices that got the distribution message with this send.
    distributed: Vec<Jid>,
    /// The participant hash the stanza carries.
    phash: String,
}

fn user_of(jid: &Jid) -> Jid {
    Jid::new(jid.user.clone(), jid.server.clone())
}

/// The SKDM plaintext for our sender key in `group`.
fn distribution_message(group: &Jid, serialized: Vec<u8>) -> wa::Message {
    wa::Message {
        sender_key_distribution_message: Some(Box::new(
            wa::message::SenderKeyDistributionMessage {
                group_id: Some(group.to_string()),
                axolotl_sender_key_distribution_message: Some(serialized.into()),
            },
        )),
        ..Default::default()
    }
}

impl Client {
    /// Sends `message` to the group `group` with our sender key (see the
    /// module docs) and waits for the server's ack.
    pub(super) async fn send_group_message(
        &self,
        group: &Jid,
        message: wa::Message,
        id: MessageId,
    ) -> Result<MessageId, SendError> {
        let group = group.to_non_ad();
        let own = self.jid().ok_or(SendError::NotLoggedIn)?;
        let info = self
            .get_group_info(&group)
            .await
            .map_err(SendError::GroupInfo)?;
        let lid_mode = info.is_lid_addressing_mode();
        // Our identity in the group's addressing mode.
        let me = match (lid_mode, self.lid()) {
            (true, Some(lid)) => lid,
            _ => own.clone(),
        };
        let mut users: Vec<Jid> = info.participants.iter().map(|p| user_of(&p.jid)).collect();
        if !users.iter().any(|user| user.user == me.user) {
            users.push(user_of(&me));
        }
        users.sort();
        users.dedup();
        let devices: Vec<Jid> = self
            .get_devices(&users)
            .await?
            .into_iter()
            .filter(|device| !(device.user == me.user && device.device == me.device))
            .collect();
        let addressing = info.addressing_mode.clone().unwrap_or_else(|| "pn".into());
        let prepared = self
            .prepare_group(&group, &me, &devices, &message, &id, Some(addressing))
            .await?;
        self.inner.messaging.remember(
            &id,
            SentMessage {
                chat: group.clone(),
                message,
            },
        );
        let server_phash = self.send_and_wait_ack(prepared.node, &id).await?;
        if server_phash.is_some_and(|server| server != prepared.phash) {
            // The server counts other member devices: members and device
            // lists are asked again on the next send.
            log::info!("message {id}: member devices of {group} are stale, dropped");
            self.inner.notifications.groups.forget(&group);
            for user in &users {
                self.device_registry().forget(user);
            }
        }
        if !prepared.distributed.is_empty() {
            self.store()
                .with_transaction(|tx| tx.mark_sender_key_devices(&group, &prepared.distributed))?;
        }
        Ok(id)
    }

    /// Sends `message` as a status update to `recipients` (users) and our
    /// own other devices: a sender-key message to `status@broadcast` whose
    /// `<participants>` names every audience device, since the server has no
    /// member list for it. Devices that lack our sender key get the SKDM;
    /// when a device that held it is no longer in the audience (a recipient
    /// was dropped), the key is rotated.
    pub(super) async fn send_status_with_id(
        &self,
        message: wa::Message,
        recipients: &[Jid],
        id: MessageId,
    ) -> Result<MessageId, SendError> {
        let status = Jid::status_broadcast();
        let own = self.jid().ok_or(SendError::NotLoggedIn)?;
        let mut users: Vec<Jid> = recipients.iter().map(user_of).collect();
        if users
            .iter()
            .any(|user| user.is_group() || user.is_broadcast() || user.is_newsletter())
        {
            log::warn!("status {id} not sent: a recipient is not a user");
            return Err(SendError::Invalid("status recipients must be users"));
        }
        users.push(user_of(&own));
        users.sort();
        users.dedup();
        let devices: Vec<Jid> = self
            .get_devices(&users)
            .await?
            .into_iter()
            .filter(|device| !(device.user == own.user && device.device == own.device))
            .collect();
        let prepared = self
            .prepare_group(&status, &own, &devices, &message, &id, None)
            .await?;
        self.inner.messaging.remember(
            &id,
            SentMessage {
                chat: status.clone(),
                message,
            },
        );
        let server_phash = self.send_and_wait_ack(prepared.node, &id).await?;
        if server_phash.is_some_and(|server| server != prepared.phash) {
            log::info!("status {id}: audience devices are stale, dropped");
            for user in &users {
                self.device_registry().forget(user);
            }
        }
        if !prepared.distributed.is_empty() {
            self.store().with_transaction(|tx| {
                tx.mark_sender_key_devices(&status, &prepared.distributed)
            })?;
        }
        Ok(id)
    }

    /// The `<message>` of a sender-key send to `devices`; `addressing_mode`
    /// for groups, `None` for a status (whose stanza then names every
    /// device, holders of the key without a copy).
    async fn prepare_group(
        &self,
        group: &Jid,
        me: &Jid,
        devices: &[Jid],
        message: &wa::Message,
        id: &str,
        addressing_mode: Option<String>,
    ) -> Result<Prepared, SendError> {
        let store = self.store();
        let name = SenderKeyName::from_jids(group, me);
        let held = store.sender_key_devices(group)?;
        let stale = held.iter().any(|device| !devices.contains(device));
        let need: Vec<Jid> = if stale {
            log::info!("group {group}: a device left, rotating our sender key");
            store.with_transaction(|tx| {
                tx.forget_sender_key_group(group)?;
                tx.delete_sender_key(&name)
            })?;
            devices.to_vec()
        } else {
            devices
                .iter()
                .filter(|device| !held.contains(device))
                .cloned()
                .collect()
        };
        if !need.is_empty() {
            self.ensure_sessions(&need).await?;
        }
        let plain = pad(&message.encode_to_vec(), &mut OsKeys);
        let media = media_type(message);
        let hide = hides_decrypt_failure(message);
        let (skmsg, copies) = store.with_transaction(|tx| {
            let distribution = protocol::create_distribution(tx, &name, &mut OsKeys)?;
            let skdm = pad(
                &distribution_message(group, distribution.serialize()).encode_to_vec(),
                &mut OsKeys,
            );
            let mut copies = Vec::with_capacity(need.len());
            for device in &need {
                let address = ProtocolAddress::from_jid(device);
                match protocol::encrypt(tx, &address, &skdm, &mut OsKeys) {
                    Ok(ciphertext) => copies.push((device.clone(), ciphertext)),
                    Err(error) => {
                        log::warn!("message {id}: sender key not sent to {device}: {error}")
                    }
                }
            }
            let skmsg = protocol::group_encrypt(tx, &name, &plain, &mut OsKeys)?;
            Ok::<_, SendError>((skmsg, copies))
        })?;
        let any_prekey = copies
            .iter()
            .any(|(_, ciphertext)| ciphertext.message_type == MessageType::PreKey);
        let distributed: Vec<Jid> = copies.iter().map(|(device, _)| device.clone()).collect();
        let mut node = Node::new("message")
            .attr("id", id.to_owned())
            .attr("to", group.clone())
            .attr("type", message_type(message));
        if let Some(edit) = edit_attribute(message) {
            node = node.attr("edit", edit.as_str().to_owned());
        }
        let phash = participant_hash(devices);
        node = node.attr("phash", phash.clone());
        let list_all = addressing_mode.is_none();
        if let Some(mode) = addressing_mode {
            node = node.attr("addressing_mode", mode);
        }
        let mut children = Vec::with_capacity(3);
        let mut targets: Vec<Node> = copies
            .into_iter()
            .map(|(device, ciphertext)| to_node(&device, ciphertext, None, false))
            .collect();
        if list_all {
            targets.extend(
                devices
                    .iter()
                    .filter(|device| !distributed.contains(device))
                    .map(|device| Node::new("to").attr("jid", device.clone())),
            );
        }
        if !targets.is_empty() {
            children.push(Node::new("participants").children(targets));
        }
        children.push(enc_node("skmsg", skmsg, media, hide, None));
        if any_prekey && let Some(identity) = store.device()?.and_then(|d| d.account.clone()) {
            children.push(Node::new("device-identity").bytes(Bytes::from(identity)));
        }
        Ok(Prepared {
            node: node.children(children),
            distributed,
            phash,
        })
    }
}
