//! The decoder: wire bytes (without the frame flags byte) to a [`NodeRef`]
//! borrowing them.
//!
//! Choices where the reference decoders disagree (see the vectors'
//! `binary_nodes_v3_divergent.json`):
//!
//! * LIST_EMPTY as an attribute value is the empty string; as content it is
//!   an empty child list (re-encoding gives the same bytes).
//! * JID_PAIR accepts any server, known or not (`call`, `bar.com`); an empty
//!   server is an error. An AD_JID domain byte that is not 0/1/128/129 is kept
//!   as the JID's raw agent on `s.whatsapp.net`, as whatsmeow does.
//! * Trailing bytes after the root node, empty tags and empty attribute keys
//!   are errors. Tags, attribute keys and values and JID parts must be UTF-8;
//!   raw content is bytes and is not checked.
//! * A NIBBLE_8 string may hold the padding nibble 15 only in the dropped
//!   last position of an odd length; 12, 13 and 14 are errors everywhere.

use super::error::{DecodeError, JidProblem, WireItem};
use super::jid::JidRef;
use super::node_ref::{ContentRef, NodeRef, ValueRef};
use super::strref::{PackedKind, StrRef};
use super::tokens::Dictionary;
use super::wire::*;

/// How deep nodes may nest (the root is depth 0). Real stanzas stay below 10.
pub const MAX_DEPTH: usize = 64;

/// The smallest node on the wire: `LIST_8 1 tag`.
const MIN_NODE_LEN: usize = 3;
/// The smallest attribute on the wire: key and value, one byte each.
const MIN_ATTR_LEN: usize = 2;

/// Decodes one stanza from `data` (node bytes without the frame flags byte).
/// Strings and bytes of the result borrow `data`.
pub fn decode(data: &[u8], dict: Dictionary) -> Result<NodeRef<'_>, DecodeError> {
    let mut decoder = Decoder {
        reader: Reader::new(data),
        dict,
    };
    let node = decoder.node(0)?;
    let count = decoder.reader.remaining();
    if count > 0 {
        return Err(DecodeError::TrailingBytes {
            offset: decoder.reader.offset(),
            count,
        });
    }
    Ok(node)
}

/// One item as its tag byte announces it.
enum Item<'a> {
    Empty,
    List(usize),
    Str(StrRef<'a>),
    Raw(&'a [u8]),
    Jid(JidRef<'a>),
}

fn describe(tag: u8) -> WireItem {
    match tag {
        LIST_EMPTY => WireItem::ListEmpty,
        LIST_8 | LIST_16 => WireItem::List,
        BINARY_8 | BINARY_20 | BINARY_32 => WireItem::RawBytes,
        NIBBLE_8 | HEX_8 => WireItem::PackedString,
        JID_PAIR | AD_JID | FB_JID | INTEROP_JID => WireItem::Jid,
        RESERVED_FIRST..=RESERVED_LAST => WireItem::ReservedTag,
        _ => WireItem::Token,
    }
}

const SERVER_USER: &str = "s.whatsapp.net";
const SERVER_LID: &str = "lid";
const SERVER_HOSTED: &str = "hosted";
const SERVER_HOSTED_LID: &str = "hosted.lid";
const SERVER_MSGR: &str = "msgr";
const SERVER_INTEROP: &str = "interop";

struct Decoder<'a> {
    reader: Reader<'a>,
    dict: Dictionary,
}

impl<'a> Decoder<'a> {
    fn node(&mut self, depth: usize) -> Result<NodeRef<'a>, DecodeError> {
        let offset = self.reader.offset();
        if depth > MAX_DEPTH {
            return Err(DecodeError::TooDeep {
                offset,
                limit: MAX_DEPTH,
            });
        }
        let list_tag = self.reader.u8()?;
        let size = match list_tag {
            LIST_8 => usize::from(self.reader.u8()?),
            LIST_16 => usize::from(self.reader.u16_be()?),
            LIST_EMPTY => return Err(DecodeError::EmptyNode { offset }),
            other => {
                return Err(DecodeError::Unexpected {
                    offset,
                    expected: WireItem::Node,
                    found: describe(other),
                });
            }
        };
        if size == 0 {
            return Err(DecodeError::EmptyNode { offset });
        }
        let tag_offset = self.reader.offset();
        let tag = self.text(WireItem::Tag)?;
        if tag.is_empty() {
            return Err(DecodeError::EmptyTag { offset: tag_offset });
        }
        let attr_count = (size - 1) / 2;
        let mut attrs = Vec::with_capacity(attr_count.min(self.reader.remaining() / MIN_ATTR_LEN));
        for _ in 0..attr_count {
            let key_offset = self.reader.offset();
            let key = self.text(WireItem::AttributeKey)?;
            if key.is_empty() {
                return Err(DecodeError::EmptyAttributeKey { offset: key_offset });
            }
            let value = self.value()?;
            attrs.push((key, value));
        }
        let content = if size % 2 == 0 {
            Some(self.content(depth)?)
        } else {
            None
        };
        Ok(NodeRef {
            tag,
            attrs,
            content,
        })
    }

    #[inline]
    fn item(&mut self) -> Result<Item<'a>, DecodeError> {
        let offset = self.reader.offset();
        let tag = self.reader.u8()?;
        Ok(match tag {
            LIST_EMPTY => Item::Empty,
            1..DICTIONARY_0 => match self.dict.single_byte(tag) {
                Some(text) => Item::Str(StrRef::Token {
                    text,
                    code: u16::from(tag),
                }),
                None => {
                    return Err(DecodeError::InvalidToken {
                        offset,
                        table: 0,
                        index: tag,
                    });
                }
            },
            DICTIONARY_0..=DICTIONARY_3 => {
                let table = tag - DICTIONARY_0;
                let index = self.reader.u8()?;
                match self.dict.double_byte(table, index) {
                    Some(text) => Item::Str(StrRef::Token {
                        text,
                        code: 256 + 256 * u16::from(table) + u16::from(index),
                    }),
                    None => {
                        return Err(DecodeError::InvalidToken {
                            offset,
                            table: table + 1,
                            index,
                        });
                    }
                }
            }
            RESERVED_FIRST..=RESERVED_LAST => {
                return Err(DecodeError::InvalidTag {
                    offset,
                    tag,
                    expected: WireItem::Any,
                });
            }
            LIST_8 => Item::List(usize::from(self.reader.u8()?)),
            LIST_16 => Item::List(usize::from(self.reader.u16_be()?)),
            BINARY_8 => {
                let len = usize::from(self.reader.u8()?);
                Item::Raw(self.reader.take(len)?)
            }
            BINARY_20 => {
                let len = self.reader.u20_be()? as usize;
                Item::Raw(self.reader.take(len)?)
            }
            BINARY_32 => {
                let len = usize::try_from(self.reader.u32_be()?).unwrap_or(usize::MAX);
                Item::Raw(self.reader.take(len)?)
            }
            NIBBLE_8 => Item::Str(self.packed(PackedKind::Nibble)?),
            HEX_8 => Item::Str(self.packed(PackedKind::Hex)?),
            JID_PAIR => Item::Jid(self.jid_pair(offset)?),
            AD_JID => Item::Jid(self.ad_jid()?),
            FB_JID => Item::Jid(self.fb_jid(offset)?),
            INTEROP_JID => Item::Jid(self.interop_jid(offset)?),
        })
    }

    /// A single-byte token at the cursor, consumed (the common case, kept
    /// out of the general item path).
    #[inline(always)]
    fn single_token(&mut self) -> Option<StrRef<'a>> {
        let tag = self.reader.peek()?;
        if !(1..DICTIONARY_0).contains(&tag) {
            return None;
        }
        let text = self.dict.single_byte(tag)?;
        self.reader.skip_byte();
        Some(StrRef::Token {
            text,
            code: u16::from(tag),
        })
    }

    /// Text: a tag, an attribute key or a JID part. LIST_EMPTY is the empty string.
    #[inline]
    fn text(&mut self, what: WireItem) -> Result<StrRef<'a>, DecodeError> {
        if let Some(token) = self.single_token() {
            return Ok(token);
        }
        let offset = self.reader.offset();
        match self.item()? {
            Item::Empty => Ok(StrRef::EMPTY),
            Item::Str(text) => Ok(text),
            Item::Raw(bytes) => utf8(bytes, offset, what).map(StrRef::Raw),
            Item::List(_) => Err(DecodeError::Unexpected {
                offset,
                expected: what,
                found: WireItem::List,
            }),
            Item::Jid(_) => Err(DecodeError::Unexpected {
                offset,
                expected: what,
                found: WireItem::Jid,
            }),
        }
    }

    #[inline]
    fn value(&mut self) -> Result<ValueRef<'a>, DecodeError> {
        if let Some(token) = self.single_token() {
            return Ok(ValueRef::Str(token));
        }
        let offset = self.reader.offset();
        match self.item()? {
            Item::Empty => Ok(ValueRef::Str(StrRef::EMPTY)),
            Item::Str(text) => Ok(ValueRef::Str(text)),
            Item::Raw(bytes) => utf8(bytes, offset, WireItem::AttributeValue)
                .map(|text| ValueRef::Str(StrRef::Raw(text))),
            Item::Jid(jid) => Ok(ValueRef::Jid(jid)),
            Item::List(_) => Err(DecodeError::Unexpected {
                offset,
                expected: WireItem::AttributeValue,
                found: WireItem::List,
            }),
        }
    }

    fn content(&mut self, depth: usize) -> Result<ContentRef<'a>, DecodeError> {
        Ok(match self.item()? {
            Item::Empty => ContentRef::Nodes(Vec::new()),
            Item::List(count) => {
                let mut children =
                    Vec::with_capacity(count.min(self.reader.remaining() / MIN_NODE_LEN));
                for _ in 0..count {
                    children.push(self.node(depth + 1)?);
                }
                ContentRef::Nodes(children)
            }
            Item::Raw(bytes) => ContentRef::Bytes(bytes),
            Item::Str(text) => ContentRef::Str(text),
            Item::Jid(jid) => ContentRef::Jid(jid),
        })
    }

    fn packed(&mut self, kind: PackedKind) -> Result<StrRef<'a>, DecodeError> {
        let offset = self.reader.offset();
        let header = self.reader.u8()?;
        let byte_len = usize::from(header & 0x7F);
        let odd = header & 0x80 != 0;
        if odd && byte_len == 0 {
            return Err(DecodeError::InvalidPackedLength { offset });
        }
        let start = self.reader.offset();
        let bytes = self.reader.take(byte_len)?;
        if kind == PackedKind::Nibble {
            let last = byte_len.saturating_sub(1);
            for (i, byte) in bytes.iter().enumerate() {
                let (high, low) = (byte >> 4, byte & 0x0F);
                let pad_ok = odd && i == last && low == 0x0F;
                if high > 11 {
                    return Err(DecodeError::InvalidNibble {
                        offset: start + i,
                        value: high,
                    });
                }
                if low > 11 && !pad_ok {
                    return Err(DecodeError::InvalidNibble {
                        offset: start + i,
                        value: low,
                    });
                }
            }
        }
        let len = byte_len * 2 - usize::from(odd);
        Ok(StrRef::Packed {
            kind,
            len: u8::try_from(len).unwrap_or(u8::MAX),
            bytes,
        })
    }

    fn jid_pair(&mut self, offset: usize) -> Result<JidRef<'a>, DecodeError> {
        let user = self.text(WireItem::JidUser)?;
        let server = self.text(WireItem::JidServer)?;
        if server.is_empty() {
            return Err(DecodeError::InvalidJid {
                offset,
                reason: JidProblem::EmptyServer,
            });
        }
        Ok(JidRef {
            user,
            server,
            agent: 0,
            device: 0,
            integrator: 0,
        })
    }

    fn ad_jid(&mut self) -> Result<JidRef<'a>, DecodeError> {
        let domain = self.reader.u8()?;
        let device = u16::from(self.reader.u8()?);
        let user = self.text(WireItem::JidUser)?;
        let (server, agent) = match domain {
            0 => (SERVER_USER, 0),
            1 => (SERVER_LID, 0),
            128 => (SERVER_HOSTED, 0),
            129 => (SERVER_HOSTED_LID, 0),
            other => (SERVER_USER, other),
        };
        Ok(JidRef {
            user,
            server: StrRef::Raw(server),
            agent,
            device,
            integrator: 0,
        })
    }

    fn fb_jid(&mut self, offset: usize) -> Result<JidRef<'a>, DecodeError> {
        let user = self.text(WireItem::JidUser)?;
        let device = self.reader.u16_be()?;
        let server = self.text(WireItem::JidServer)?;
        if !server.eq_str(SERVER_MSGR) {
            return Err(DecodeError::InvalidJid {
                offset,
                reason: JidProblem::NotMessengerServer,
            });
        }
        Ok(JidRef {
            user,
            server,
            agent: 0,
            device,
            integrator: 0,
        })
    }

    fn interop_jid(&mut self, offset: usize) -> Result<JidRef<'a>, DecodeError> {
        let user = self.text(WireItem::JidUser)?;
        let device = self.reader.u16_be()?;
        let integrator = self.reader.u16_be()?;
        let server = self.text(WireItem::JidServer)?;
        if !server.eq_str(SERVER_INTEROP) {
            return Err(DecodeError::InvalidJid {
                offset,
                reason: JidProblem::NotInteropServer,
            });
        }
        Ok(JidRef {
            user,
            server,
            agent: 0,
            device,
            integrator,
        })
    }
}

#[inline]
fn utf8(bytes: &[u8], offset: usize, what: WireItem) -> Result<&str, DecodeError> {
    std::str::from_utf8(bytes).map_err(|_| DecodeError::InvalidUtf8 { offset, what })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v3(hex_text: &str) -> Result<NodeRef<'static>, DecodeError> {
        let bytes: &'static [u8] = Box::leak(hex::decode(hex_text).unwrap().into_boxed_slice());
        decode(bytes, Dictionary::V3)
    }

    #[test]
    fn errors_say_what_and_where() {
        assert_eq!(
            v3("").unwrap_err(),
            DecodeError::UnexpectedEnd {
                offset: 0,
                needed: 1
            }
        );
        assert_eq!(v3("00").unwrap_err(), DecodeError::EmptyNode { offset: 0 });
        assert_eq!(
            v3("f8024dfc0a68656c6c6f").unwrap_err(),
            DecodeError::UnexpectedEnd {
                offset: 5,
                needed: 5
            }
        );
        assert!(matches!(
            v3("f801f0").unwrap_err(),
            DecodeError::InvalidTag {
                offset: 2,
                tag: 240,
                ..
            }
        ));
        assert_eq!(
            v3("f801ff81c0").unwrap_err(),
            DecodeError::InvalidNibble {
                offset: 4,
                value: 12
            }
        );
        assert_eq!(
            v3("f8011919").unwrap_err(),
            DecodeError::TrailingBytes {
                offset: 3,
                count: 1
            }
        );
        assert_eq!(
            v3("f8034d0000").unwrap_err(),
            DecodeError::EmptyAttributeKey { offset: 3 }
        );
        assert_eq!(
            v3("f80200").unwrap_err(),
            DecodeError::EmptyTag { offset: 2 }
        );
        assert!(matches!(
            v3("f8031919fafc0161fc00").unwrap_err(),
            DecodeError::InvalidJid { offset: 4, .. }
        ));
        assert!(matches!(
            v3("f8024df80119").unwrap_err(),
            DecodeError::Unexpected { offset: 5, .. }
        ));
        assert!(matches!(
            v3("f80319fc02ffff19").unwrap_err(),
            DecodeError::InvalidUtf8 { offset: 3, .. }
        ));
        assert_eq!(v3("f80219f90001f80119").unwrap().children().len(), 1);
    }

    #[test]
    fn lengths_never_reserve_more_than_the_input_holds() {
        // A list claiming 65535 children in 9 bytes: rejected at the first missing child.
        let err = v3("f80219f9ffff").unwrap_err();
        assert_eq!(
            err,
            DecodeError::UnexpectedEnd {
                offset: 6,
                needed: 1
            }
        );
        // BINARY_32 claiming 4 GiB.
        assert!(matches!(
            v3("f80219feffffffff").unwrap_err(),
            DecodeError::UnexpectedEnd { .. }
        ));
    }

    #[test]
    fn nesting_is_bounded() {
        let mut wire = Vec::new();
        for _ in 0..=MAX_DEPTH + 1 {
            wire.extend_from_slice(&[0xf8, 0x02, 0x19, 0xf8, 0x01]);
        }
        wire.extend_from_slice(&[0xf8, 0x01, 0x19]);
        let err = decode(&wire, Dictionary::V3).unwrap_err();
        assert!(
            matches!(
                err,
                DecodeError::TooDeep {
                    limit: MAX_DEPTH,
                    ..
                }
            ),
            "{err}"
        );
        let ok_depth: Vec<u8> = [0xf8u8, 0x02, 0x19, 0xf8, 0x01]
            .repeat(MAX_DEPTH)
            .into_iter()
            .chain([0xf8, 0x01, 0x19])
            .collect();
        assert!(decode(&ok_depth, Dictionary::V3).is_ok());
    }

    #[test]
    fn lenient_forms_decode() {
        // Empty attribute value as LIST_EMPTY.
        let node = v3("f803191100").unwrap();
        assert_eq!(
            node.attr("to").map(|v| v.as_str().into_owned()).as_deref(),
            Some("")
        );
        // Unknown AD_JID domain keeps the raw agent.
        let node = v3("f803190cf70205ff8662736511039f").unwrap();
        assert_eq!(
            node.attr("jid").unwrap().as_str(),
            "62736511039.2:5@s.whatsapp.net"
        );
        // Odd nibble string padding is dropped; a padding nibble elsewhere is not allowed.
        assert_eq!(v3("f80219ff82123f").unwrap().text().as_deref(), Some("123"));
        assert!(matches!(
            v3("f80219ff021f3f").unwrap_err(),
            DecodeError::InvalidNibble { value: 15, .. }
        ));
    }
}
