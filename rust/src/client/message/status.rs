//! Status updates: messages to `status@broadcast`, seen by an explicit list
//! of recipients (the account's contacts or its status privacy list) and
//! our own other devices. They travel like group messages (one `skmsg`,
//! our sender key for `status@broadcast` distributed per device); see
//! `group_send`. Statuses from contacts arrive as ordinary `Message` events
//! whose chat is `status@broadcast` and whose sender is the contact.

use super::SendError;
use super::send::MessageId;
use super::stanza::message_id;
use crate::binary::Jid;
use crate::client::lifecycle::Client;
use crate::proto::wa;

/// The font of a text status (`ExtendedTextMessage.font`).
pub type StatusFont = wa::extended_text_message::FontType;

/// Text colour of text statuses (opaque white), as real clients set it.
const TEXT_ARGB: u32 = 0xFFFF_FFFF;

/// The message of a text status: `text` on `background_argb` (0xAARRGGBB)
/// in `font`.
pub fn status_text_message(
    text: &str,
    background_argb: Option<u32>,
    font: Option<StatusFont>,
) -> wa::Message {
    wa::Message {
        extended_text_message: Some(Box::new(wa::ExtendedTextMessage {
            text: Some(text.to_owned()),
            text_argb: Some(TEXT_ARGB),
            background_argb,
            font: font.map(|font| font as i32),
            ..Default::default()
        })),
        ..Default::default()
    }
}

impl Client {
    /// Posts a text status seen by `recipients` (users); returns its id once
    /// the server acknowledged it.
    pub async fn send_status_text(
        &self,
        text: &str,
        background_argb: Option<u32>,
        font: Option<StatusFont>,
        recipients: &[Jid],
    ) -> Result<MessageId, SendError> {
        if text.is_empty() {
            log::warn!("text status not sent: no text");
            return Err(SendError::Invalid("a text status needs text"));
        }
        self.send_status_message(status_text_message(text, background_argb, font), recipients)
            .await
    }

    /// Posts any message (text, image, video...) as a status seen by
    /// `recipients` (users) and our own other devices; returns its id once
    /// the server acknowledged it.
    pub async fn send_status_message(
        &self,
        message: wa::Message,
        recipients: &[Jid],
    ) -> Result<MessageId, SendError> {
        if recipients.is_empty() {
            log::warn!("status not sent: no recipients");
            return Err(SendError::Invalid("a status needs at least one recipient"));
        }
        let own = self.own_device()?;
        let id = message_id(&own.user);
        self.send_status_with_id(message, recipients, id).await
    }
}
