//! Messages and what happens to them: who sent what where
//! ([`MessageSource`], [`MessageInfo`]), undecryptable messages, receipts and
//! presence.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::serde_util::{Timestamp, wire_enum};
use crate::binary::Jid;
use crate::proto::wa;

wire_enum! {
    /// How the participants of a chat are addressed: by phone number or by LID.
    pub enum AddressingMode {
        /// Phone-number JIDs (`s.whatsapp.net`).
        Pn = "pn",
        /// Linked identities (`lid`).
        Lid = "lid",
    }
}

wire_enum! {
    /// The `edit` attribute of a message: what kind of change to an earlier
    /// message it carries.
    pub enum EditAttribute {
        /// An edit of the text of an earlier message.
        MessageEdit = "1",
        /// Pinning a message in the chat.
        PinInChat = "2",
        /// An edit by a newsletter admin.
        AdminEdit = "3",
        /// The sender deleted the message for everyone (or removed a reaction).
        SenderRevoke = "7",
        /// A group admin deleted someone's message.
        AdminRevoke = "8",
    }
}

/// Who sent a message, and in which chat.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageSource {
    /// The chat: the other user of a 1:1 chat, the group, the broadcast list,
    /// `status@broadcast` or the newsletter.
    pub chat: Jid,
    /// The sending device.
    pub sender: Jid,
    /// The sender's other identity (its phone number when `sender` is a LID,
    /// and the reverse), when the server gave it.
    pub sender_alt: Option<Jid>,
    /// For messages from our own devices in 1:1 chats: the recipient's other
    /// identity, when the server gave it.
    pub recipient_alt: Option<Jid>,
    /// True when one of our own devices sent it.
    pub is_from_me: bool,
    /// True for group chats (and broadcast lists).
    pub is_group: bool,
    /// How the chat addresses its participants, when stated.
    pub addressing_mode: Option<AddressingMode>,
    /// For messages sent to a broadcast list: the list's owner.
    pub broadcast_list_owner: Option<Jid>,
}

impl MessageSource {
    /// A source with only `chat` and `sender` set (both flags false).
    pub fn new(chat: Jid, sender: Jid) -> MessageSource {
        MessageSource {
            chat,
            sender,
            sender_alt: None,
            recipient_alt: None,
            is_from_me: false,
            is_group: false,
            addressing_mode: None,
            broadcast_list_owner: None,
        }
    }
}

/// Metadata one of our own devices attaches to a 1:1 message it sent
/// (`deviceSentMessage`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceSentMeta {
    /// The recipient, as text.
    pub destination_jid: String,
    /// The participant hash the sending device computed.
    pub phash: Option<String>,
}

/// Everything about a received message except its content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MessageInfo {
    /// Who sent it where.
    pub source: MessageSource,
    /// The message id (`id` attribute).
    pub id: String,
    /// The server-assigned id of newsletter messages.
    pub server_id: Option<u64>,
    /// When the server received it.
    pub timestamp: Timestamp,
    /// The sender's push name (`notify`), empty when absent.
    pub push_name: String,
    /// The `category` attribute (`"peer"` for messages between our own devices).
    pub category: Option<String>,
    /// The `type` attribute (`text`, `media`, `reaction`, `poll`...).
    pub message_type: String,
    /// The `mediatype` of the message's `<enc>`, when it has one.
    pub media_type: Option<String>,
    /// The `edit` attribute, when the message changes an earlier one.
    pub edit: Option<EditAttribute>,
    /// True when the server fanned the message out as a multicast.
    pub multicast: bool,
    /// Set on 1:1 messages sent by one of our other devices.
    pub device_sent: Option<DeviceSentMeta>,
}

impl MessageInfo {
    /// Info with the given source, id and timestamp, everything else empty.
    pub fn new(source: MessageSource, id: impl Into<String>, timestamp: Timestamp) -> MessageInfo {
        MessageInfo {
            source,
            id: id.into(),
            server_id: None,
            timestamp,
            push_name: String::new(),
            category: None,
            message_type: "text".to_owned(),
            media_type: None,
            edit: None,
            multicast: false,
            device_sent: None,
        }
    }
}

/// How deep [`message_text`] looks through wrapper messages.
pub(crate) const MAX_WRAPPER_DEPTH: usize = 8;

/// The text of a message: `conversation` or `extendedTextMessage.text`, looking
/// through the wrappers that carry another message (device-sent, ephemeral,
/// view-once, edited, document-with-caption...).
pub fn message_text(message: &wa::Message) -> Option<&str> {
    let mut current = message;
    for _ in 0..MAX_WRAPPER_DEPTH {
        if let Some(text) = current.conversation.as_deref() {
            return Some(text);
        }
        if let Some(text) = current
            .extended_text_message
            .as_ref()
            .and_then(|extended| extended.text.as_deref())
        {
            return Some(text);
        }
        current = inner_message(current)?;
    }
    None
}

/// The message a wrapper carries, if `message` is one.
pub(crate) fn inner_message(message: &wa::Message) -> Option<&wa::Message> {
    if let Some(inner) = message
        .device_sent_message
        .as_ref()
        .and_then(|sent| sent.message.as_deref())
    {
        return Some(inner);
    }
    [
        &message.ephemeral_message,
        &message.view_once_message,
        &message.view_once_message_v2,
        &message.view_once_message_v2_extension,
        &message.document_with_caption_message,
        &message.edited_message,
        &message.group_mentioned_message,
    ]
    .into_iter()
    .find_map(|wrapper| {
        wrapper
            .as_ref()
            .and_then(|future| future.message.as_deref())
    })
}

wire_enum! {
    /// Whether the user should see a placeholder for a message that failed to
    /// decrypt (`decrypt-fail` attribute).
    pub enum DecryptFailMode {
        /// Show a "waiting for this message" placeholder.
        Show = "show",
        /// Hide the failure (reactions, poll votes and similar add-ons).
        Hide = "hide",
    }
}

wire_enum! {
    /// Why a message came without a ciphertext for this device
    /// (`<unavailable type>`).
    pub enum UnavailableType {
        /// No reason given.
        Unknown = "unknown",
        /// A view-once message, which companions never receive.
        ViewOnce = "view_once",
        /// A message from a hosted (Cloud API) device.
        Hosted = "hosted",
        /// A message from a bot.
        Bot = "bot",
    }
}

/// A message that could not be decrypted (or came without a ciphertext for
/// this device). The client asks the sender to retry; a successful retry
/// arrives as an ordinary `Message` event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UndecryptableMessage {
    /// The message's metadata.
    pub info: Arc<MessageInfo>,
    /// True when the sender sent no ciphertext for this device at all.
    pub is_unavailable: bool,
    /// Why no ciphertext was sent, when `is_unavailable`.
    pub unavailable_type: Option<UnavailableType>,
    /// Whether to show the failure to the user.
    pub decrypt_fail_mode: DecryptFailMode,
}

wire_enum! {
    /// What a receipt says about the messages it names.
    pub enum ReceiptType {
        /// Delivered to the recipient's device (no `type` attribute on the wire).
        Delivered = "delivered",
        /// Read by the recipient.
        Read = "read",
        /// Read on another of our own devices (or read receipts are off).
        ReadSelf = "read-self",
        /// A voice message or video was played.
        Played = "played",
        /// Played on another of our own devices.
        PlayedSelf = "played-self",
        /// The recipient could not decrypt and asks for a retry.
        Retry = "retry",
        /// Delivered to another of our own devices.
        Sender = "sender",
        /// The server could not deliver.
        ServerError = "server-error",
        /// Delivered to a device that is not active.
        Inactive = "inactive",
        /// Our phone processed a history sync notification.
        HistorySync = "hist_sync",
        /// Delivered to one of our devices as a peer message.
        PeerMsg = "peer_msg",
    }
}

impl ReceiptType {
    /// The receipt type of a `type` attribute (absent means delivered).
    pub fn from_attr(value: Option<&str>) -> ReceiptType {
        match value {
            None | Some("") | Some("delivery") => ReceiptType::Delivered,
            Some(other) => ReceiptType::from_wire(other),
        }
    }
}

/// A receipt: messages we sent were delivered, read or played, or messages
/// we received were read on another of our devices.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Receipt {
    /// The chat and the device that sent the receipt.
    pub source: MessageSource,
    /// The messages the receipt is about (at least one).
    pub message_ids: Vec<String>,
    /// When it happened.
    pub timestamp: Timestamp,
    /// What happened.
    pub receipt_type: ReceiptType,
    /// In groups, for receipts of our own other devices: who sent the message.
    pub message_sender: Option<Jid>,
}

/// A user came online or went offline (after subscribing to their presence).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Presence {
    /// The user.
    pub from: Jid,
    /// True when the user went offline.
    pub unavailable: bool,
    /// When the user was last online, if they share it.
    pub last_seen: Option<Timestamp>,
}

wire_enum! {
    /// A chat state (typing notification).
    pub enum ChatPresenceState {
        /// Typing or recording.
        Composing = "composing",
        /// Stopped.
        Paused = "paused",
    }
}

wire_enum! {
    /// What is being composed.
    pub enum ChatPresenceMedia {
        /// Text.
        Text = "text",
        /// A voice message.
        Audio = "audio",
    }
}

/// Someone started or stopped typing (or recording) in a chat.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChatPresence {
    /// The chat and who is typing.
    pub source: MessageSource,
    /// Composing or paused.
    pub state: ChatPresenceState,
    /// Text or audio.
    pub media: ChatPresenceMedia,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(text: &str) -> wa::Message {
        wa::Message {
            conversation: Some(text.into()),
            ..Default::default()
        }
    }

    #[test]
    fn text_of_plain_extended_and_wrapped_messages() {
        assert_eq!(message_text(&text("hi")), Some("hi"));
        let extended = wa::Message {
            extended_text_message: Some(Box::new(wa::ExtendedTextMessage {
                text: Some("link".into()),
                ..Default::default()
            })),
            ..Default::default()
        };
        assert_eq!(message_text(&extended), Some("link"));
        let ephemeral = wa::Message {
            ephemeral_message: Some(Box::new(wa::FutureProofMessage {
                message: Some(Box::new(extended.clone())),
            })),
            ..Default::default()
        };
        assert_eq!(message_text(&ephemeral), Some("link"));
        let sent = wa::Message {
            device_sent_message: Some(Box::new(wa::DeviceSentMessage {
                destination_jid: Some("1@s.whatsapp.net".into()),
                message: Some(Box::new(ephemeral)),
                phash: None,
            })),
            ..Default::default()
        };
        assert_eq!(message_text(&sent), Some("link"));
        assert_eq!(message_text(&wa::Message::default()), None);
    }

    #[test]
    fn wrapper_depth_is_bounded() {
        let mut message = text("deep");
        for _ in 0..MAX_WRAPPER_DEPTH {
            message = wa::Message {
                edited_message: Some(Box::new(wa::FutureProofMessage {
                    message: Some(Box::new(message)),
                })),
                ..Default::default()
            };
        }
        assert_eq!(message_text(&message), None);
    }

    #[test]
    fn receipt_types_follow_the_wire() {
        assert_eq!(ReceiptType::from_attr(None), ReceiptType::Delivered);
        assert_eq!(
            ReceiptType::from_attr(Some("read-self")),
            ReceiptType::ReadSelf
        );
        assert_eq!(
            ReceiptType::from_attr(Some("enc_rekey_retry")),
            ReceiptType::Other("enc_rekey_retry".into())
        );
        assert_eq!(ReceiptType::HistorySync.as_str(), "hist_sync");
    }

    #[test]
    fn message_info_serde_form() {
        let chat = Jid::parse("1@s.whatsapp.net").unwrap();
        let mut info =
            MessageInfo::new(MessageSource::new(chat.clone(), chat), "ABC", Timestamp(5));
        info.edit = Some(EditAttribute::SenderRevoke);
        let json = serde_json::to_value(&info).unwrap();
        assert_eq!(json["source"]["chat"], "1@s.whatsapp.net");
        assert_eq!(json["edit"], "7");
        assert_eq!(json["timestamp"], 5);
        let back: MessageInfo = serde_json::from_value(json).unwrap();
        assert_eq!(back, info);
    }
}
