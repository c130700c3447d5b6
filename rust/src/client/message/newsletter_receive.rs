//! Receiving newsletter posts. A post in a followed newsletter arrives as a
//! `<message from="…@newsletter" type id server_id t><plaintext
//! [mediatype]>…</plaintext></message>`: the serialized `Message` is not
//! end-to-end encrypted (nothing to decrypt, no padding). It becomes an
//! ordinary `Message` event whose chat is the newsletter and whose info
//! carries the post's `server_id`; the stanza is then acknowledged. No
//! delivery receipt goes back for newsletter posts.
//!
//! A post without `<plaintext>`, with empty content or with content that is
//! not a `Message` is a [`PlaintextError`]: logged and answered with an
//! error ack (`487` unparsable stanza, `491` bad protobuf), never a panic or
//! a stalled queue.

use std::sync::Arc;

use prost::Message as _;

use crate::binary::{NodeRef, OwnedNodeRef};
use crate::client::connection::{Conn, ack};
use crate::events::message::MessageInfo;
use crate::events::{Event, EventKind};
use crate::proto::wa;

/// Why a newsletter post could not be read.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum PlaintextError {
    /// The message has no `<plaintext>` child.
    #[error("no <plaintext> in the message")]
    Missing,
    /// The `<plaintext>` has no binary content.
    #[error("<plaintext> without content")]
    Empty,
    /// The content is not a serialized `Message`.
    #[error("the content is not a Message: {0}")]
    Decode(#[from] prost::DecodeError),
}

impl PlaintextError {
    /// The error code of the ack answering a post with this fault.
    pub fn ack_code(&self) -> &'static str {
        match self {
            PlaintextError::Missing | PlaintextError::Empty => "487",
            PlaintextError::Decode(_) => "491",
        }
    }
}

/// The `Message` a plaintext `<message>` carries, and the `mediatype` of
/// its `<plaintext>` when it has one.
pub fn parse_plaintext(
    stanza: &NodeRef<'_>,
) -> Result<(wa::Message, Option<String>), PlaintextError> {
    let plaintext = stanza.child("plaintext").ok_or(PlaintextError::Missing)?;
    let bytes = plaintext
        .bytes()
        .filter(|bytes| !bytes.is_empty())
        .ok_or(PlaintextError::Empty)?;
    let message = wa::Message::decode(bytes)?;
    let media_type = plaintext
        .attrs()
        .optional_str("mediatype")
        .map(|media| media.into_owned());
    Ok((message, media_type))
}

impl Conn<'_> {
    /// A received newsletter post: the `Message` event, then the ack.
    pub(crate) async fn on_newsletter_message(
        &mut self,
        node: &Arc<OwnedNodeRef>,
        mut info: MessageInfo,
    ) {
        let stanza = node.get();
        match parse_plaintext(stanza) {
            Ok((message, media_type)) => {
                if media_type.is_some() {
                    info.media_type = media_type;
                }
                let info = Arc::new(info);
                self.client.inner.emit_with(EventKind::Message, || {
                    Event::Message(Box::new(message), info)
                });
                self.send(&ack(stanza, "message")).await;
            }
            Err(error) => {
                log::warn!(
                    "newsletter message {} from {}: {error}",
                    info.id,
                    info.source.chat
                );
                self.send(&ack(stanza, "message").attr("error", error.ack_code()))
                    .await;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use bytes::Bytes;

    use super::*;
    use crate::binary::{Dictionary, Jid, Node, OwnedNodeRef, encode};

    fn owned(node: &Node) -> OwnedNodeRef {
        let bytes = encode(node, Dictionary::V3).unwrap();
        OwnedNodeRef::decode(Bytes::from(bytes), Dictionary::V3).unwrap()
    }

    fn post(children: Vec<Node>) -> Node {
        Node::new("message")
            .attr("from", Jid::parse("120363@newsletter").unwrap())
            .attr("id", "P1")
            .attr("server_id", 100u64)
            .attr("type", "text")
            .children(children)
    }

    #[test]
    fn reads_the_message_and_its_media_type() {
        let image = wa::Message {
            image_message: Some(Box::default()),
            ..Default::default()
        };
        let node = owned(&post(vec![
            Node::new("plaintext")
                .attr("mediatype", "image")
                .bytes(Bytes::from(image.encode_to_vec())),
        ]));
        let (message, media) = parse_plaintext(node.get()).unwrap();
        assert_eq!(message, image);
        assert_eq!(media.as_deref(), Some("image"));
    }

    #[test]
    fn malformed_posts_are_typed_errors() {
        let missing = owned(&post(Vec::new()));
        let error = parse_plaintext(missing.get()).unwrap_err();
        assert!(matches!(error, PlaintextError::Missing));
        assert_eq!(error.ack_code(), "487");

        let empty = owned(&post(vec![Node::new("plaintext")]));
        assert!(matches!(
            parse_plaintext(empty.get()).unwrap_err(),
            PlaintextError::Empty
        ));

        // Field 1 as a length-delimited value running past the end.
        let garbage = owned(&post(vec![
            Node::new("plaintext").bytes(Bytes::from_static(&[0x0a, 0x7f, 0x01])),
        ]));
        let error = parse_plaintext(garbage.get()).unwrap_err();
        assert!(matches!(error, PlaintextError::Decode(_)));
        assert_eq!(error.ack_code(), "491");
    }
}
