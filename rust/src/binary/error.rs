//! Errors of the stanza codec: what was wrong with the bytes and where.

use std::fmt;

/// A kind of item in the binary format, named in decode errors (what the
/// grammar expected at an offset, or what was found there).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WireItem {
    /// A node (a list with a tag).
    Node,
    /// A node's tag.
    Tag,
    /// An attribute key.
    AttributeKey,
    /// An attribute value.
    AttributeValue,
    /// The user part of a JID.
    JidUser,
    /// The server part of a JID.
    JidServer,
    /// Anything that can start an item: token, string, JID or list.
    Any,
    /// LIST_EMPTY.
    ListEmpty,
    /// A list (LIST_8 / LIST_16).
    List,
    /// Raw bytes (BINARY_8/20/32).
    RawBytes,
    /// A packed string (NIBBLE_8 / HEX_8).
    PackedString,
    /// A JID.
    Jid,
    /// A reserved tag byte (240..=244).
    ReservedTag,
    /// A dictionary token.
    Token,
}

impl fmt::Display for WireItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            WireItem::Node => "a node (a list)",
            WireItem::Tag => "a tag",
            WireItem::AttributeKey => "an attribute key",
            WireItem::AttributeValue => "an attribute value",
            WireItem::JidUser => "a JID user",
            WireItem::JidServer => "a JID server",
            WireItem::Any => "a token, string, JID or list",
            WireItem::ListEmpty => "LIST_EMPTY",
            WireItem::List => "a list",
            WireItem::RawBytes => "raw bytes",
            WireItem::PackedString => "a packed string",
            WireItem::Jid => "a JID",
            WireItem::ReservedTag => "a reserved tag",
            WireItem::Token => "a token",
        })
    }
}

/// What is wrong with a JID on the wire.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum JidProblem {
    /// A JID_PAIR whose server is empty.
    EmptyServer,
    /// An FB_JID whose server is not `msgr`.
    NotMessengerServer,
    /// An INTEROP_JID whose server is not `interop`.
    NotInteropServer,
}

impl fmt::Display for JidProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            JidProblem::EmptyServer => "JID_PAIR with an empty server",
            JidProblem::NotMessengerServer => "FB_JID whose server is not msgr",
            JidProblem::NotInteropServer => "INTEROP_JID whose server is not interop",
        })
    }
}

/// Why bytes are not a valid stanza (or frame payload).
///
/// Offsets count from the start of the node bytes handed to the decoder (for
/// a compressed frame: of the inflated bytes).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DecodeError {
    /// The data ends inside an item.
    #[error("unexpected end of data at byte {offset}: {needed} more byte(s) needed")]
    UnexpectedEnd {
        /// Where the item that did not fit starts.
        offset: usize,
        /// How many bytes were missing.
        needed: usize,
    },
    /// A tag byte that is reserved (240..=244) or has no meaning where it stands.
    #[error("invalid tag byte {tag:#04x} at byte {offset} (expected {expected})")]
    InvalidTag {
        /// Where the byte is.
        offset: usize,
        /// The byte.
        tag: u8,
        /// What could stand there.
        expected: WireItem,
    },
    /// A token index past the end of the dictionary.
    #[error("token {index} of dictionary table {table} at byte {offset} does not exist")]
    InvalidToken {
        /// Where the token is.
        offset: usize,
        /// 0 for the single-byte table, 1..=4 for DICTIONARY_0..3.
        table: u8,
        /// The index.
        index: u8,
    },
    /// A packed (NIBBLE_8) string holds a nibble that stands for nothing.
    #[error("invalid nibble {value} in a packed string at byte {offset}")]
    InvalidNibble {
        /// Where the byte holding the nibble is.
        offset: usize,
        /// The nibble (12, 13, 14, or 15 anywhere but the padding position).
        value: u8,
    },
    /// A packed string claims an odd length but carries no bytes.
    #[error("packed string at byte {offset} claims an odd length but is empty")]
    InvalidPackedLength {
        /// Where the length byte is.
        offset: usize,
    },
    /// Text (a tag, an attribute, a JID part) that is not UTF-8.
    #[error("{what} at byte {offset} is not valid UTF-8")]
    InvalidUtf8 {
        /// Where the bytes start.
        offset: usize,
        /// What was being read.
        what: WireItem,
    },
    /// An item of the wrong kind: a list where text is needed, text where a node is needed.
    #[error("{found} at byte {offset} where {expected} was expected")]
    Unexpected {
        /// Where the item starts.
        offset: usize,
        /// What the grammar needs there.
        expected: WireItem,
        /// What was found.
        found: WireItem,
    },
    /// A node whose list is empty (it needs at least a tag).
    #[error("empty node at byte {offset}")]
    EmptyNode {
        /// Where the node starts.
        offset: usize,
    },
    /// A node with an empty tag.
    #[error("node with an empty tag at byte {offset}")]
    EmptyTag {
        /// Where the tag is.
        offset: usize,
    },
    /// An attribute with an empty key.
    #[error("attribute with an empty key at byte {offset}")]
    EmptyAttributeKey {
        /// Where the key is.
        offset: usize,
    },
    /// A JID whose parts do not fit together.
    #[error("invalid JID at byte {offset}: {reason}")]
    InvalidJid {
        /// Where the JID starts.
        offset: usize,
        /// What is wrong.
        reason: JidProblem,
    },
    /// Nodes nested deeper than the decoder allows.
    #[error("nodes nested deeper than {limit} levels at byte {offset}")]
    TooDeep {
        /// Where the node that is too deep starts.
        offset: usize,
        /// The limit.
        limit: usize,
    },
    /// Bytes left after the root node.
    #[error("{count} trailing byte(s) after the root node at byte {offset}")]
    TrailingBytes {
        /// Where the root node ended.
        offset: usize,
        /// How many bytes follow it.
        count: usize,
    },
    /// A frame payload without even the flags byte.
    #[error("empty frame payload (no flags byte)")]
    EmptyFrame,
    /// A compressed frame payload that is not a valid zlib stream.
    #[error("compressed frame payload is not a valid zlib stream: {reason}")]
    Inflate {
        /// What the inflater reported.
        reason: Box<str>,
    },
    /// A compressed frame payload that inflates past the configured limit.
    #[error("compressed frame payload inflates past the limit of {limit} bytes")]
    InflatedTooLarge {
        /// The limit in bytes.
        limit: usize,
    },
}

impl DecodeError {
    /// The byte offset the error points at, when it has one.
    pub fn offset(&self) -> Option<usize> {
        match self {
            DecodeError::UnexpectedEnd { offset, .. }
            | DecodeError::InvalidTag { offset, .. }
            | DecodeError::InvalidToken { offset, .. }
            | DecodeError::InvalidNibble { offset, .. }
            | DecodeError::InvalidPackedLength { offset }
            | DecodeError::InvalidUtf8 { offset, .. }
            | DecodeError::Unexpected { offset, .. }
            | DecodeError::EmptyNode { offset }
            | DecodeError::EmptyTag { offset }
            | DecodeError::EmptyAttributeKey { offset }
            | DecodeError::InvalidJid { offset, .. }
            | DecodeError::TooDeep { offset, .. }
            | DecodeError::TrailingBytes { offset, .. } => Some(*offset),
            DecodeError::EmptyFrame
            | DecodeError::Inflate { .. }
            | DecodeError::InflatedTooLarge { .. } => None,
        }
    }
}

/// Why a node cannot be written on the wire.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum EncodeError {
    /// A node with an empty tag.
    #[error("node with an empty tag")]
    EmptyTag,
    /// An attribute with an empty key.
    #[error("attribute with an empty key on <{tag}>")]
    EmptyAttributeKey {
        /// The node's tag.
        tag: String,
    },
    /// More attributes than a node list can hold (32,767).
    #[error("<{tag}> has {count} attributes; a node holds at most 32767")]
    TooManyAttributes {
        /// The node's tag.
        tag: String,
        /// How many attributes it has.
        count: usize,
    },
    /// More children than a list can hold (65,535).
    #[error("<{tag}> has {count} children; a list holds at most 65535")]
    TooManyChildren {
        /// The node's tag.
        tag: String,
        /// How many children it has.
        count: usize,
    },
    /// Binary content or a string longer than BINARY_32 can carry.
    #[error("{len} bytes are too long for one field")]
    TooLong {
        /// The length.
        len: usize,
    },
    /// A device JID whose device number does not fit the AD_JID device byte.
    #[error("JID {jid} has device {device}; an AD_JID carries at most 255")]
    DeviceOutOfRange {
        /// The JID, as text.
        jid: String,
        /// Its device.
        device: u16,
    },
    /// Nodes nested deeper than the decoder would accept.
    #[error("nodes nested deeper than {limit} levels")]
    TooDeep {
        /// The limit.
        limit: usize,
    },
}
