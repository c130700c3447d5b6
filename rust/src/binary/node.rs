//! Owned stanzas: what the client builds and sends.

use std::borrow::Cow;

use bytes::Bytes;

use super::attrs::Attrs;
use super::jid::Jid;

/// An attribute value (or string content): text or a JID.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Value {
    /// Text; the encoder picks a token, packed or raw form (and writes strings
    /// that spell a JID as a JID, like the reference encoders).
    Str(Cow<'static, str>),
    /// A JID.
    Jid(Jid),
}

impl Value {
    /// The value as text.
    pub fn as_str(&self) -> Cow<'_, str> {
        match self {
            Value::Str(text) => Cow::Borrowed(text),
            Value::Jid(jid) => Cow::Owned(jid.to_string()),
        }
    }
}

impl From<&'static str> for Value {
    fn from(text: &'static str) -> Value {
        Value::Str(Cow::Borrowed(text))
    }
}

impl From<String> for Value {
    fn from(text: String) -> Value {
        Value::Str(Cow::Owned(text))
    }
}

impl From<Cow<'static, str>> for Value {
    fn from(text: Cow<'static, str>) -> Value {
        Value::Str(text)
    }
}

impl From<Jid> for Value {
    fn from(jid: Jid) -> Value {
        Value::Jid(jid)
    }
}

impl From<&Jid> for Value {
    fn from(jid: &Jid) -> Value {
        Value::Jid(jid.clone())
    }
}

macro_rules! value_from_number {
    ($($ty:ty),*) => {$(
        impl From<$ty> for Value {
            fn from(number: $ty) -> Value {
                Value::Str(Cow::Owned(number.to_string()))
            }
        }
    )*};
}
value_from_number!(u8, u16, u32, u64, usize, i32, i64);

/// A node's content.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Content {
    /// Child nodes (an empty list is written as LIST_EMPTY).
    Nodes(Vec<Node>),
    /// Binary content.
    Bytes(Bytes),
    /// Text content (written as a token, packed, JID or raw bytes; the empty
    /// string as zero-length BINARY_8).
    Str(Cow<'static, str>),
    /// A JID.
    Jid(Jid),
}

/// An owned stanza: a tag, attributes in wire order and optional content.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Node {
    /// The tag.
    pub tag: Cow<'static, str>,
    /// The attributes, in the order they are written. Attributes whose value is
    /// the empty string are not written (as whatsmeow and whatsapp-rust do).
    pub attrs: Vec<(Cow<'static, str>, Value)>,
    /// The content.
    pub content: Option<Content>,
}

impl Node {
    /// A node with a tag and nothing else.
    pub fn new(tag: impl Into<Cow<'static, str>>) -> Node {
        Node {
            tag: tag.into(),
            attrs: Vec::new(),
            content: None,
        }
    }

    /// Adds an attribute (builder style).
    #[must_use]
    pub fn attr(mut self, key: impl Into<Cow<'static, str>>, value: impl Into<Value>) -> Node {
        self.attrs.push((key.into(), value.into()));
        self
    }

    /// Adds an attribute when `value` is `Some` (builder style).
    #[must_use]
    pub fn attr_opt<V: Into<Value>>(
        self,
        key: impl Into<Cow<'static, str>>,
        value: Option<V>,
    ) -> Node {
        match value {
            Some(value) => self.attr(key, value),
            None => self,
        }
    }

    /// Sets child nodes as the content (builder style).
    #[must_use]
    pub fn children(mut self, children: impl IntoIterator<Item = Node>) -> Node {
        self.content = Some(Content::Nodes(children.into_iter().collect()));
        self
    }

    /// Sets binary content (builder style).
    #[must_use]
    pub fn bytes(mut self, bytes: impl Into<Bytes>) -> Node {
        self.content = Some(Content::Bytes(bytes.into()));
        self
    }

    /// Sets text content (builder style).
    #[must_use]
    pub fn text(mut self, text: impl Into<Cow<'static, str>>) -> Node {
        self.content = Some(Content::Str(text.into()));
        self
    }

    /// True when the tag is `tag`.
    pub fn is(&self, tag: &str) -> bool {
        self.tag == tag
    }

    /// The attributes with typed getters.
    pub fn attrs(&self) -> Attrs<'_> {
        Attrs::from_owned(&self.tag, &self.attrs)
    }

    /// The value of attribute `key` (the first one if repeated).
    pub fn attr_value(&self, key: &str) -> Option<&Value> {
        self.attrs.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// The child nodes (empty unless the content is a list).
    pub fn child_nodes(&self) -> &[Node] {
        match &self.content {
            Some(Content::Nodes(children)) => children,
            _ => &[],
        }
    }

    /// The first child with tag `tag`.
    pub fn child(&self, tag: &str) -> Option<&Node> {
        self.child_nodes().iter().find(|child| child.tag == tag)
    }

    /// The children with tag `tag`.
    pub fn children_by_tag<'s>(&'s self, tag: &'s str) -> impl Iterator<Item = &'s Node> + 's {
        self.child_nodes()
            .iter()
            .filter(move |child| child.tag == tag)
    }

    /// The node reached by following `path`, one child tag per step.
    pub fn child_path(&self, path: &[&str]) -> Option<&Node> {
        path.iter().try_fold(self, |node, tag| node.child(tag))
    }

    /// Binary content, if the content is bytes.
    pub fn content_bytes(&self) -> Option<&Bytes> {
        match &self.content {
            Some(Content::Bytes(bytes)) => Some(bytes),
            _ => None,
        }
    }

    /// Content as text: a string or JID, or binary content that is UTF-8.
    pub fn content_text(&self) -> Option<Cow<'_, str>> {
        match &self.content {
            Some(Content::Str(text)) => Some(Cow::Borrowed(text)),
            Some(Content::Jid(jid)) => Some(Cow::Owned(jid.to_string())),
            Some(Content::Bytes(bytes)) => std::str::from_utf8(bytes).ok().map(Cow::Borrowed),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::binary::Server;

    #[test]
    fn builder_and_accessors() {
        let jid = Jid::with_device("62736511039", Server::User, 5);
        let node = Node::new("iq")
            .attr("id", "1")
            .attr("to", &jid)
            .attr("t", 1_712_947_765u64)
            .attr_opt("type", None::<&'static str>)
            .children([
                Node::new("ping"),
                Node::new("pong").bytes(&b"\x00\x01"[..]),
                Node::new("ping").text("x"),
            ]);
        assert_eq!(node.attrs.len(), 3);
        assert_eq!(node.attr_value("to"), Some(&Value::Jid(jid)));
        assert_eq!(
            node.child("pong")
                .and_then(Node::content_bytes)
                .map(|b| &b[..]),
            Some(&b"\x00\x01"[..])
        );
        assert_eq!(node.children_by_tag("ping").count(), 2);
        assert_eq!(
            node.child_path(&["ping"]).map(|n| n.content.is_none()),
            Some(true)
        );
        assert!(node.child("nope").is_none());
        assert_eq!(node.child_nodes()[2].content_text().as_deref(), Some("x"));
    }
}
