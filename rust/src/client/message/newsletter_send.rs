//! Posting to a newsletter we administer. Newsletter messages are not
//! end-to-end encrypted: the serialized `Message` travels as
//! `<message to="…@newsletter" type="text|media" id><plaintext
//! [mediatype]>…</plaintext></message>`, and the server's ack names the
//! post's `server_id`. A newsletter we do not administer is refused with an
//! error ack ([`SendError::Rejected`]).

use bytes::Bytes;
use prost::Message as _;

use super::SendError;
use super::send::MessageId;
use super::stanza::{media_type, message_id};
use crate::binary::{Jid, Node};
use crate::client::lifecycle::Client;
use crate::proto::wa;

/// A message posted to a newsletter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewsletterPost {
    /// Its message id.
    pub id: MessageId,
    /// The id the server gave it in the newsletter (what
    /// [`get_newsletter_messages`](Client::get_newsletter_messages) and live
    /// updates name it by).
    pub server_id: u64,
}

/// The `<message>` stanza posting `message` as `id` to `newsletter`.
fn post_stanza(newsletter: &Jid, message: &wa::Message, id: &str) -> Node {
    let mut plaintext = Node::new("plaintext").bytes(Bytes::from(message.encode_to_vec()));
    let kind = match media_type(message) {
        Some(media) => {
            plaintext = plaintext.attr("mediatype", media);
            "media"
        }
        None => "text",
    };
    Node::new("message")
        .attr("to", newsletter.to_non_ad())
        .attr("type", kind)
        .attr("id", id.to_owned())
        .children([plaintext])
}

impl Client {
    /// Posts `message` to `newsletter` (which we must administer) and
    /// returns its ids once the server acknowledged it.
    /// [`send_message`](Client::send_message) to a newsletter JID does the
    /// same and returns only the message id.
    pub async fn send_newsletter_message(
        &self,
        newsletter: &Jid,
        message: wa::Message,
    ) -> Result<NewsletterPost, SendError> {
        let own = self.jid().ok_or(SendError::NotLoggedIn)?;
        self.send_newsletter_message_with_id(newsletter, message, message_id(&own.user))
            .await
    }

    /// [`send_newsletter_message`](Client::send_newsletter_message) with a
    /// chosen id.
    pub async fn send_newsletter_message_with_id(
        &self,
        newsletter: &Jid,
        message: wa::Message,
        id: MessageId,
    ) -> Result<NewsletterPost, SendError> {
        if !newsletter.is_newsletter() {
            return Err(SendError::Invalid("not a newsletter JID"));
        }
        let node = post_stanza(newsletter, &message, &id);
        let ack = self.send_and_wait_server_ack(node, &id).await?;
        let Some(server_id) = ack.server_id else {
            log::warn!("newsletter post {id}: the ack names no server id");
            return Err(SendError::Invalid(
                "the server acknowledged without a server id",
            ));
        };
        Ok(NewsletterPost { id, server_id })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_and_media_posts() {
        let newsletter = Jid::parse("120363@newsletter").unwrap();
        let text = wa::Message {
            conversation: Some("hello".into()),
            ..Default::default()
        };
        let node = post_stanza(&newsletter, &text, "ID1");
        assert_eq!(node.attrs().optional_str("type").as_deref(), Some("text"));
        let plaintext = node.child("plaintext").unwrap();
        assert!(plaintext.attrs().optional_str("mediatype").is_none());
        let decoded = wa::Message::decode(plaintext.content_bytes().unwrap().clone()).unwrap();
        assert_eq!(decoded, text);
        let image = wa::Message {
            image_message: Some(Box::default()),
            ..Default::default()
        };
        let node = post_stanza(&newsletter, &image, "ID2");
        assert_eq!(node.attrs().optional_str("type").as_deref(), Some("media"));
        let plaintext = node.child("plaintext").unwrap();
        assert_eq!(
            plaintext.attrs().optional_str("mediatype").as_deref(),
            Some("image")
        );
    }
}
