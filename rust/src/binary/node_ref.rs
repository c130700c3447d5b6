//! Zero-copy stanzas: [`NodeRef`] borrows every string and byte field from the
//! decoded buffer; [`OwnedNodeRef`] couples it with a reference-counted buffer
//! so that it can be stored, shared (`Arc<OwnedNodeRef>`) and sent to other
//! threads without copying.

use std::borrow::Cow;
use std::sync::Arc;

use bytes::Bytes;
use yoke::{Yoke, Yokeable};

use super::attrs::Attrs;
use super::decode::decode;
use super::error::DecodeError;
use super::jid::{Jid, JidRef, Server};
use super::node::{Content, Node, Value};
use super::strref::StrRef;
use super::tokens::Dictionary;

/// An attribute value borrowed from the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueRef<'a> {
    /// A string (token, packed or raw UTF-8).
    Str(StrRef<'a>),
    /// A JID (JID_PAIR, AD_JID, FB_JID or INTEROP_JID on the wire).
    Jid(JidRef<'a>),
}

impl<'a> ValueRef<'a> {
    /// The value as text (JIDs rendered as `user:device@server`).
    pub fn as_str(&self) -> Cow<'a, str> {
        match self {
            ValueRef::Str(text) => text.as_str(),
            ValueRef::Jid(jid) => Cow::Owned(jid.to_string()),
        }
    }

    /// True for the empty string.
    pub fn is_empty(&self) -> bool {
        matches!(self, ValueRef::Str(text) if text.is_empty())
    }

    /// Compares the text of the value with `other` (without allocating for strings).
    pub fn eq_str(&self, other: &str) -> bool {
        match self {
            ValueRef::Str(text) => text.eq_str(other),
            ValueRef::Jid(jid) => jid.to_string() == other,
        }
    }

    /// The value as a JID: a JID on the wire, or a string that parses as one
    /// (`user@server`, or the bare name of a known server such as `s.whatsapp.net`).
    pub fn to_jid_ref(&self) -> Option<JidRef<'a>> {
        match *self {
            ValueRef::Jid(jid) => Some(jid),
            ValueRef::Str(text) => text
                .borrowed()
                .filter(|text| text.contains('@') || Server::known(text).is_some())
                .and_then(|text| JidRef::parse(text).ok()),
        }
    }

    /// The owned value.
    pub fn to_value(&self) -> Value {
        match self {
            ValueRef::Str(text) => Value::Str(owned_str(text)),
            ValueRef::Jid(jid) => Value::Jid(jid.to_jid()),
        }
    }
}

/// A node's content borrowed from the wire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContentRef<'a> {
    /// Child nodes (possibly none: LIST_EMPTY content).
    Nodes(Vec<NodeRef<'a>>),
    /// Binary content (BINARY_8/20/32).
    Bytes(&'a [u8]),
    /// A token or packed string.
    Str(StrRef<'a>),
    /// A JID.
    Jid(JidRef<'a>),
}

/// A stanza decoded without copying: strings and bytes borrow the input.
///
/// Decoding allocates only the attribute and child vectors of each node.
#[derive(Debug, Clone, PartialEq, Eq, Yokeable)]
pub struct NodeRef<'a> {
    pub(crate) tag: StrRef<'a>,
    pub(crate) attrs: Vec<(StrRef<'a>, ValueRef<'a>)>,
    pub(crate) content: Option<ContentRef<'a>>,
}

static NO_CHILDREN: [NodeRef<'static>; 0] = [];

impl<'a> NodeRef<'a> {
    /// The tag.
    pub fn tag(&self) -> StrRef<'a> {
        self.tag
    }

    /// True when the tag is `tag`.
    pub fn is(&self, tag: &str) -> bool {
        self.tag.eq_str(tag)
    }

    /// The attributes in wire order, with typed getters.
    pub fn attrs(&self) -> Attrs<'_> {
        Attrs::from_ref(self.tag, &self.attrs)
    }

    /// The attribute pairs in wire order.
    pub fn attr_pairs(&self) -> &[(StrRef<'a>, ValueRef<'a>)] {
        &self.attrs
    }

    /// The value of attribute `key` (the first one if repeated).
    pub fn attr(&self, key: &str) -> Option<ValueRef<'a>> {
        self.attrs
            .iter()
            .find(|(k, _)| k.eq_str(key))
            .map(|(_, v)| *v)
    }

    /// The content, if any.
    pub fn content(&self) -> Option<&ContentRef<'a>> {
        self.content.as_ref()
    }

    /// The child nodes (empty unless the content is a list).
    pub fn children(&self) -> &[NodeRef<'a>] {
        match &self.content {
            Some(ContentRef::Nodes(children)) => children,
            _ => &NO_CHILDREN,
        }
    }

    /// The first child with tag `tag`.
    pub fn child(&self, tag: &str) -> Option<&NodeRef<'a>> {
        self.children().iter().find(|child| child.is(tag))
    }

    /// The children with tag `tag`.
    pub fn children_by_tag<'s>(
        &'s self,
        tag: &'s str,
    ) -> impl Iterator<Item = &'s NodeRef<'a>> + 's {
        self.children().iter().filter(move |child| child.is(tag))
    }

    /// The node reached by following `path`, one child tag per step.
    pub fn child_path(&self, path: &[&str]) -> Option<&NodeRef<'a>> {
        path.iter().try_fold(self, |node, tag| node.child(tag))
    }

    /// Binary content, if the content is bytes.
    pub fn bytes(&self) -> Option<&'a [u8]> {
        match self.content {
            Some(ContentRef::Bytes(bytes)) => Some(bytes),
            _ => None,
        }
    }

    /// Content as text: a string or JID, or binary content that is UTF-8.
    pub fn text(&self) -> Option<Cow<'a, str>> {
        match &self.content {
            Some(ContentRef::Str(text)) => Some(text.as_str()),
            Some(ContentRef::Jid(jid)) => Some(Cow::Owned(jid.to_string())),
            Some(ContentRef::Bytes(bytes)) => std::str::from_utf8(bytes).ok().map(Cow::Borrowed),
            _ => None,
        }
    }

    /// The owned node (copies strings and bytes).
    pub fn to_node(&self) -> Node {
        self.to_node_with(&mut |bytes| Bytes::copy_from_slice(bytes))
    }

    pub(crate) fn to_node_with(&self, bytes_of: &mut dyn FnMut(&[u8]) -> Bytes) -> Node {
        Node {
            tag: owned_str(&self.tag),
            attrs: self
                .attrs
                .iter()
                .map(|(k, v)| (owned_str(k), v.to_value()))
                .collect(),
            content: self.content.as_ref().map(|content| match content {
                ContentRef::Nodes(children) => Content::Nodes(
                    children
                        .iter()
                        .map(|child| child.to_node_with(bytes_of))
                        .collect(),
                ),
                ContentRef::Bytes(bytes) => Content::Bytes(bytes_of(bytes)),
                ContentRef::Str(text) => Content::Str(owned_str(text)),
                ContentRef::Jid(jid) => Content::Jid(jid.to_jid()),
            }),
        }
    }
}

/// Tokens stay `&'static`; other strings are copied.
fn owned_str(text: &StrRef<'_>) -> Cow<'static, str> {
    match *text {
        StrRef::Token { text, .. } => Cow::Borrowed(text),
        _ => Cow::Owned(text.as_str().into_owned()),
    }
}

impl From<&NodeRef<'_>> for Node {
    fn from(node: &NodeRef<'_>) -> Node {
        node.to_node()
    }
}

impl PartialEq<Jid> for ValueRef<'_> {
    fn eq(&self, other: &Jid) -> bool {
        self.to_jid_ref().is_some_and(|jid| jid == *other)
    }
}

/// A decoded stanza that owns its buffer: a [`NodeRef`] borrowing a
/// reference-counted [`Bytes`]. Cloning the buffer handle is cheap; share the
/// whole thing as `Arc<OwnedNodeRef>`.
pub struct OwnedNodeRef {
    yoke: Yoke<NodeRef<'static>, Arc<Bytes>>,
}

impl OwnedNodeRef {
    /// Decodes `buffer` (node bytes without the frame flags byte).
    pub fn decode(buffer: Bytes, dict: Dictionary) -> Result<OwnedNodeRef, DecodeError> {
        let yoke = Yoke::try_attach_to_cart(Arc::new(buffer), |bytes: &Bytes| decode(bytes, dict))?;
        Ok(OwnedNodeRef { yoke })
    }

    /// The decoded node.
    pub fn get(&self) -> &NodeRef<'_> {
        self.yoke.get()
    }

    /// The buffer the node borrows from.
    pub fn buffer(&self) -> &Bytes {
        self.yoke.backing_cart()
    }

    /// The owned node; binary content shares the buffer instead of being copied.
    pub fn to_node(&self) -> Node {
        let buffer = self.buffer();
        self.get()
            .to_node_with(&mut |bytes| buffer.slice_ref(bytes))
    }
}

impl std::fmt::Debug for OwnedNodeRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("OwnedNodeRef").field(self.get()).finish()
    }
}

impl std::fmt::Display for OwnedNodeRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Display::fmt(self.get(), f)
    }
}

impl Node {
    /// A borrowed view of this node (allocates the attribute and child vectors).
    pub fn as_node_ref(&self) -> NodeRef<'_> {
        NodeRef {
            tag: StrRef::Raw(&self.tag),
            attrs: self
                .attrs
                .iter()
                .map(|(key, value)| {
                    let value = match value {
                        Value::Str(text) => ValueRef::Str(StrRef::Raw(text)),
                        Value::Jid(jid) => ValueRef::Jid(jid.as_jid_ref()),
                    };
                    (StrRef::Raw(key.as_ref()), value)
                })
                .collect(),
            content: self.content.as_ref().map(|content| match content {
                Content::Nodes(children) => {
                    ContentRef::Nodes(children.iter().map(Node::as_node_ref).collect())
                }
                Content::Bytes(bytes) => ContentRef::Bytes(bytes),
                Content::Str(text) => ContentRef::Str(StrRef::Raw(text)),
                Content::Jid(jid) => ContentRef::Jid(jid.as_jid_ref()),
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::binary::{encode, unpack};

    fn assert_shareable<T: Send + Sync + 'static>() {}

    #[test]
    fn owned_node_refs_cross_threads_and_share_their_buffer() {
        assert_shareable::<OwnedNodeRef>();
        assert_shareable::<Node>();
        let node = Node::new("message")
            .attr("from", Jid::new("62736511039", Server::User))
            .children([Node::new("enc").attr("v", "2").bytes(vec![7u8; 300])]);
        let mut payload = vec![0u8];
        payload.extend(encode(&node, Dictionary::V3).unwrap());
        let payload = Bytes::from(payload);
        let shared = Arc::new(unpack(payload.clone(), Dictionary::V3).unwrap());
        let remote = Arc::clone(&shared);
        let tag = std::thread::spawn(move || remote.get().tag().to_string())
            .join()
            .unwrap();
        assert_eq!(tag, "message");
        let enc = shared.get().child("enc").unwrap();
        let content = enc.bytes().unwrap();
        assert!(
            payload.as_ptr_range().contains(&content.as_ptr()),
            "content borrows the frame"
        );
        let owned = shared.to_node();
        let owned_bytes = owned.child("enc").and_then(Node::content_bytes).unwrap();
        assert_eq!(
            owned_bytes.as_ptr(),
            content.as_ptr(),
            "to_node shares the buffer"
        );
        assert_eq!(owned, node);
        assert_eq!(shared.get().to_node(), node);
    }
}
