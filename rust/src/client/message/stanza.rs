//! The `<message>` stanza on both sides: message ids, the participant hash,
//! the `type` / `mediatype` / `edit` / `decrypt-fail` a message calls for,
//! `<enc>` and `<participants>` nodes, and the parse of a received message's
//! attributes into a [`MessageInfo`].

use bytes::Bytes;
use sha2::{Digest as _, Sha256};

use crate::binary::{Jid, Node, NodeRef};
use crate::events::message::{AddressingMode, EditAttribute, MessageInfo, MessageSource};
use crate::events::serde_util::Timestamp;
use crate::proto::wa;
use crate::signal::keys::random_array;
use crate::signal::wire::CiphertextMessage;

/// A received `<message>` whose attributes cannot be understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum MessageParseError {
    /// A required attribute is absent.
    #[error("<message> lacks the {0:?} attribute")]
    Missing(&'static str),
    /// An attribute that must be a JID is not one.
    #[error("<message> attribute {0:?} is not a JID")]
    BadJid(&'static str),
}

/// A fresh message id: `3EB0` and 18 uppercase hex digits of
/// `SHA-256(unix seconds ‖ user ‖ "@c.us" ‖ 16 random bytes)`.
pub fn message_id(own_user: &str) -> String {
    let mut hash = Sha256::new();
    hash.update(crate::server::directory::unix_now().to_be_bytes());
    hash.update(own_user.as_bytes());
    hash.update(b"@c.us");
    hash.update(random_array::<16>());
    let digest = hash.finalize();
    let mut id = String::with_capacity(22);
    id.push_str("3EB0");
    id.push_str(&hex::encode_upper(&digest[..9]));
    id
}

/// The participant hash of the devices a message went to:
/// `"2:" + base64-nopad(SHA-256(sorted "user.agent:device@server")[..6])`.
pub fn participant_hash(devices: &[Jid]) -> String {
    use base64::Engine as _;
    let mut names: Vec<String> = devices
        .iter()
        .map(|jid| {
            format!(
                "{}.{}:{}@{}",
                jid.user,
                jid.agent,
                jid.device,
                jid.server.as_str()
            )
        })
        .collect();
    names.sort_unstable();
    let mut hash = Sha256::new();
    for name in &names {
        hash.update(name.as_bytes());
    }
    let digest = hash.finalize();
    format!(
        "2:{}",
        base64::engine::general_purpose::STANDARD_NO_PAD.encode(&digest[..6])
    )
}

/// The stanza `type` a message goes out with.
pub fn message_type(message: &wa::Message) -> &'static str {
    if message.reaction_message.is_some() || message.enc_reaction_message.is_some() {
        "reaction"
    } else if message.poll_creation_message.is_some()
        || message.poll_creation_message_v2.is_some()
        || message.poll_creation_message_v3.is_some()
        || message.poll_update_message.is_some()
    {
        "poll"
    } else if media_type(message).is_some() {
        "media"
    } else {
        "text"
    }
}

/// The `<enc mediatype>` of a message, if it carries media.
pub fn media_type(message: &wa::Message) -> Option<&'static str> {
    if message.image_message.is_some() {
        Some("image")
    } else if let Some(video) = &message.video_message {
        Some(if video.gif_playback == Some(true) {
            "gif"
        } else {
            "video"
        })
    } else if let Some(audio) = &message.audio_message {
        Some(if audio.ptt == Some(true) {
            "ptt"
        } else {
            "audio"
        })
    } else if message.document_message.is_some() {
        Some("document")
    } else if message.sticker_message.is_some() {
        Some("sticker")
    } else if message.contact_message.is_some() {
        Some("vcard")
    } else if message.contacts_array_message.is_some() {
        Some("contact_array")
    } else if message.location_message.is_some() {
        Some("location")
    } else if message.live_location_message.is_some() {
        Some("livelocation")
    } else if message.list_message.is_some() {
        Some("list")
    } else if message.list_response_message.is_some() {
        Some("list_response")
    } else if message.buttons_response_message.is_some() {
        Some("buttons_response")
    } else if message.order_message.is_some() {
        Some("order")
    } else if message.product_message.is_some() {
        Some("product")
    } else if message.interactive_response_message.is_some() {
        Some("native_flow_response")
    } else if message
        .extended_text_message
        .as_ref()
        .is_some_and(|text| text.matched_text.is_some())
    {
        Some("url")
    } else {
        None
    }
}

/// Whether a failure to decrypt this message should be hidden from the user
/// (`decrypt-fail="hide"`): reactions, poll votes, pins, edits, revokes,
/// event responses, keep-in-chat changes and similar add-ons.
pub fn hides_decrypt_failure(message: &wa::Message) -> bool {
    message.reaction_message.is_some()
        || message.enc_reaction_message.is_some()
        || message.poll_update_message.is_some()
        || message.pin_in_chat_message.is_some()
        || message.enc_event_response_message.is_some()
        || message.keep_in_chat_message.is_some()
        || message.edited_message.is_some()
        || message.enc_comment_message.is_some()
        || message.protocol_message.as_ref().is_some_and(|protocol| {
            matches!(
                protocol.r#type(),
                wa::protocol_message::Type::MessageEdit | wa::protocol_message::Type::Revoke
            )
        })
}

/// The `edit` attribute a message goes out with.
pub fn edit_attribute(message: &wa::Message) -> Option<EditAttribute> {
    if let Some(protocol) = &message.protocol_message {
        return match protocol.r#type() {
            wa::protocol_message::Type::Revoke => Some(EditAttribute::SenderRevoke),
            wa::protocol_message::Type::MessageEdit => Some(EditAttribute::MessageEdit),
            _ => None,
        };
    }
    if message.pin_in_chat_message.is_some() {
        return Some(EditAttribute::PinInChat);
    }
    if message
        .reaction_message
        .as_ref()
        .is_some_and(|reaction| reaction.text.as_deref().unwrap_or_default().is_empty())
    {
        return Some(EditAttribute::SenderRevoke);
    }
    None
}

/// `<enc v="2" type [mediatype] [decrypt-fail="hide"] [count]>ciphertext</enc>`.
pub fn enc_node(
    enc_type: &'static str,
    ciphertext: Vec<u8>,
    media_type: Option<&'static str>,
    hide: bool,
    retry_count: Option<u32>,
) -> Node {
    let mut node = Node::new("enc").attr("v", "2").attr("type", enc_type);
    if let Some(media_type) = media_type {
        node = node.attr("mediatype", media_type);
    }
    if hide {
        node = node.attr("decrypt-fail", "hide");
    }
    if let Some(count) = retry_count {
        node = node.attr("count", count.to_string());
    }
    node.bytes(Bytes::from(ciphertext))
}

/// `<to jid><enc/></to>` for one device's ciphertext.
pub fn to_node(
    device: &Jid,
    ciphertext: CiphertextMessage,
    media_type: Option<&'static str>,
    hide: bool,
) -> Node {
    Node::new("to")
        .attr("jid", device.clone())
        .children([enc_node(
            ciphertext.message_type.enc_type(),
            ciphertext.bytes,
            media_type,
            hide,
            None,
        )])
}

/// The plaintext our own other devices get for a message sent to `chat`:
/// `Message{deviceSentMessage{destinationJid, message, phash}, messageContextInfo}`.
pub fn device_sent(chat: &Jid, message: &wa::Message, phash: Option<String>) -> wa::Message {
    wa::Message {
        device_sent_message: Some(Box::new(wa::DeviceSentMessage {
            destination_jid: Some(chat.to_string()),
            message: Some(Box::new(message.clone())),
            phash,
        })),
        message_context_info: message.message_context_info.clone(),
        ..Default::default()
    }
}

/// Our own identities, as the parse of a received message needs them.
#[derive(Debug, Clone, Default)]
pub struct OwnIds {
    /// Our phone-number user.
    pub pn: Option<Jid>,
    /// Our LID user.
    pub lid: Option<Jid>,
}

impl OwnIds {
    /// Whether `jid` is one of our own devices (PN or LID).
    pub fn is_own(&self, jid: &Jid) -> bool {
        [&self.pn, &self.lid]
            .into_iter()
            .flatten()
            .any(|own| own.user == jid.user && own.server == jid.server)
    }
}

fn jid_attr(node: &NodeRef<'_>, key: &'static str) -> Result<Option<Jid>, MessageParseError> {
    node.attrs()
        .optional_jid(key)
        .map_err(|_| MessageParseError::BadJid(key))
}

/// The [`MessageInfo`] of a received `<message>` (everything but the
/// content; `media_type` from its first `<enc>`).
pub fn parse_message_info(
    node: &NodeRef<'_>,
    own: &OwnIds,
) -> Result<MessageInfo, MessageParseError> {
    let attrs = node.attrs();
    let from = jid_attr(node, "from")?.ok_or(MessageParseError::Missing("from"))?;
    let id = attrs
        .optional_str("id")
        .filter(|id| !id.is_empty())
        .ok_or(MessageParseError::Missing("id"))?
        .into_owned();
    let addressing_mode = attrs
        .optional_str("addressing_mode")
        .map(|mode| AddressingMode::from_wire(&mode));
    let mut source = if from.is_group() || (from.is_broadcast() && !from.is_status_broadcast()) {
        let sender =
            jid_attr(node, "participant")?.ok_or(MessageParseError::Missing("participant"))?;
        let alt_key = if sender.is_lid() {
            "participant_pn"
        } else {
            "participant_lid"
        };
        let mut source = MessageSource::new(from.clone(), sender);
        source.sender_alt = jid_attr(node, alt_key)?;
        source.is_group = from.is_group();
        if from.is_broadcast() {
            source.broadcast_list_owner = Some(from.clone());
        }
        source
    } else if from.is_status_broadcast() {
        let sender =
            jid_attr(node, "participant")?.ok_or(MessageParseError::Missing("participant"))?;
        MessageSource::new(from.clone(), sender)
    } else if own.is_own(&from) {
        let chat = jid_attr(node, "recipient")?
            .map(|recipient| recipient.to_non_ad())
            .unwrap_or_else(|| from.to_non_ad());
        let alt_key = if chat.is_lid() {
            "peer_recipient_pn"
        } else {
            "peer_recipient_lid"
        };
        let mut source = MessageSource::new(chat, from.clone());
        source.recipient_alt = jid_attr(node, alt_key)?;
        source
    } else {
        let alt_key = if from.is_lid() {
            "sender_pn"
        } else {
            "sender_lid"
        };
        let mut source = MessageSource::new(from.to_non_ad(), from.clone());
        source.sender_alt = jid_attr(node, alt_key)?;
        source
    };
    source.is_from_me = own.is_own(&source.sender);
    source.addressing_mode = addressing_mode;
    let timestamp = attrs
        .optional_str("t")
        .and_then(|t| t.parse::<i64>().ok())
        .unwrap_or(0);
    let mut info = MessageInfo::new(source, id, Timestamp(timestamp));
    info.push_name = attrs
        .optional_str("notify")
        .unwrap_or_default()
        .into_owned();
    info.category = attrs.optional_str("category").map(|c| c.into_owned());
    info.message_type = attrs.optional_str("type").unwrap_or_default().into_owned();
    info.edit = attrs
        .optional_str("edit")
        .filter(|edit| !edit.is_empty() && edit != "0")
        .map(|edit| EditAttribute::from_wire(&edit));
    info.server_id = attrs
        .optional_str("server_id")
        .and_then(|id| id.parse().ok());
    info.multicast = node.child("multicast").is_some();
    info.media_type = node
        .children_by_tag("enc")
        .find_map(|enc| enc.attrs().optional_str("mediatype"))
        .map(|media| media.into_owned());
    Ok(info)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::binary::{Dictionary, Server, decode, encode};

    fn round_trip(node: &Node) -> Vec<u8> {
        encode(node, Dictionary::V3).unwrap()
    }

    #[test]
    fn ids_and_hashes_have_their_shapes() {
        let id = message_id("15550001");
        assert_eq!(id.len(), 22);
        assert!(id.starts_with("3EB0"));
        assert_ne!(id, message_id("15550001"));
        let a = Jid::with_device("1", Server::User, 0);
        let b = Jid::with_device("1", Server::User, 3);
        let hash = participant_hash(&[a.clone(), b.clone()]);
        assert_eq!(hash.len(), 10);
        assert!(hash.starts_with("2:"));
        assert_eq!(hash, participant_hash(&[b, a.clone()]));
        assert_ne!(hash, participant_hash(&[a]));
    }

    #[test]
    fn types_and_hide_rules() {
        let text = wa::Message {
            conversation: Some("hi".into()),
            ..Default::default()
        };
        assert_eq!(message_type(&text), "text");
        assert!(!hides_decrypt_failure(&text));
        assert_eq!(edit_attribute(&text), None);
        let reaction = wa::Message {
            reaction_message: Some(Box::new(wa::ReactionMessage {
                text: Some(String::new()),
                ..Default::default()
            })),
            ..Default::default()
        };
        assert_eq!(message_type(&reaction), "reaction");
        assert!(hides_decrypt_failure(&reaction));
        assert_eq!(edit_attribute(&reaction), Some(EditAttribute::SenderRevoke));
        let image = wa::Message {
            image_message: Some(Box::default()),
            ..Default::default()
        };
        assert_eq!(message_type(&image), "media");
        assert_eq!(media_type(&image), Some("image"));
    }

    #[test]
    fn info_of_one_to_one_group_and_own_messages() {
        let own = OwnIds {
            pn: Some(Jid::new("100", Server::User)),
            lid: Some(Jid::new("900", Server::Lid)),
        };
        let wire = round_trip(
            &Node::new("message")
                .attr("from", Jid::with_device("200", Server::User, 2))
                .attr("id", "X1")
                .attr("t", "1700000000")
                .attr("type", "text")
                .attr("notify", "Bob")
                .attr("sender_lid", Jid::new("800", Server::Lid))
                .children([Node::new("enc")
                    .attr("type", "msg")
                    .attr("mediatype", "image")]),
        );
        let info = parse_message_info(&decode(&wire, Dictionary::V3).unwrap(), &own).unwrap();
        assert_eq!(info.source.chat, Jid::new("200", Server::User));
        assert_eq!(info.source.sender.device, 2);
        assert_eq!(info.source.sender_alt, Some(Jid::new("800", Server::Lid)));
        assert!(!info.source.is_from_me && !info.source.is_group);
        assert_eq!(info.push_name, "Bob");
        assert_eq!(info.timestamp, Timestamp(1_700_000_000));
        assert_eq!(info.media_type.as_deref(), Some("image"));

        let wire = round_trip(
            &Node::new("message")
                .attr("from", Jid::new("123-456", Server::Group))
                .attr("participant", Jid::with_device("100", Server::User, 1))
                .attr("id", "X2")
                .attr("edit", "7")
                .attr("addressing_mode", "pn"),
        );
        let info = parse_message_info(&decode(&wire, Dictionary::V3).unwrap(), &own).unwrap();
        assert!(info.source.is_group && info.source.is_from_me);
        assert_eq!(info.edit, Some(EditAttribute::SenderRevoke));
        assert_eq!(info.source.addressing_mode, Some(AddressingMode::Pn));

        let wire = round_trip(
            &Node::new("message")
                .attr("from", Jid::with_device("100", Server::User, 3))
                .attr("recipient", Jid::new("300", Server::User))
                .attr("id", "X3"),
        );
        let info = parse_message_info(&decode(&wire, Dictionary::V3).unwrap(), &own).unwrap();
        assert!(info.source.is_from_me);
        assert_eq!(info.source.chat, Jid::new("300", Server::User));

        let wire = round_trip(&Node::new("message").attr("id", "X4"));
        assert_eq!(
            parse_message_info(&decode(&wire, Dictionary::V3).unwrap(), &own),
            Err(MessageParseError::Missing("from"))
        );
        let wire = round_trip(
            &Node::new("message")
                .attr("from", Jid::new("123-456", Server::Group))
                .attr("id", "X5"),
        );
        assert_eq!(
            parse_message_info(&decode(&wire, Dictionary::V3).unwrap(), &own),
            Err(MessageParseError::Missing("participant"))
        );
    }
}
