//! The encoder: a [`Node`] (or a decoded [`NodeRef`]) to wire bytes without
//! the frame flags byte.
//!
//! A string is written as the first form that applies: a token (single-byte,
//! then double-byte), NIBBLE_8 (up to 127 characters of `0-9 - .`), HEX_8 (up
//! to 127 of `0-9 A-F`, uppercase only), a JID (attribute values and content
//! only), raw UTF-8. These are the reference encoders' choices, byte for
//! byte; where they disagree (the vectors' `binary_nodes_v3_divergent.json`)
//! this encoder does what whatsapp-rust and whatsmeow do:
//!
//! * attributes whose value is the empty string are not written;
//! * empty string content is zero-length BINARY_8 (`fc 00`);
//! * an AD_JID's domain byte comes from the server (0 `s.whatsapp.net`,
//!   1 `lid`, 128 `hosted`, 129 `hosted.lid`), never from an agent: a
//!   numeric `_agent` suffix of a user string is dropped (a typed
//!   [`Jid`](super::Jid)'s agent is not written);
//! * a string is written as a JID only when it is one: one `@`, a server
//!   WhatsApp uses, and parts the JID form can carry whole (`foo@bar.com`,
//!   `u:2:3@lid`, a device above 255 or a group with a device are written as
//!   raw strings, so they decode unchanged); the user part is otherwise kept
//!   verbatim (`62736511039.1:5@s.whatsapp.net` keeps its `.1`, as both
//!   reference encoders do);
//! * a typed [`Jid`] on `s.whatsapp.net`/`lid` becomes AD_JID when it has a
//!   device, JID_PAIR otherwise; a string that spells a device (even `:0`)
//!   becomes AD_JID, as both reference encoders do; `hosted`/`hosted.lid`
//!   are always AD_JID; `msgr` is FB_JID; `interop` is INTEROP_JID with its
//!   server (whatsapp-rust omits that server, but every decoder reads one).

use std::borrow::Cow;

use super::decode::MAX_DEPTH;
use super::error::EncodeError;
use super::jid::{JidRef, Server};
use super::node::{Content, Node, Value};
use super::node_ref::{ContentRef, NodeRef, ValueRef};
use super::strref::{PackedKind, StrRef};
use super::tokens::{Dictionary, Token};
use super::wire::*;

/// Encodes `node` to wire bytes (without the frame flags byte).
pub fn encode(node: &Node, dict: Dictionary) -> Result<Vec<u8>, EncodeError> {
    let mut out = Vec::with_capacity(128);
    encode_into(node, dict, &mut out)?;
    Ok(out)
}

/// Appends the wire bytes of `node` to `out` (the transport writes the flags
/// byte first). On error `out` is left as it was.
pub fn encode_into(node: &Node, dict: Dictionary, out: &mut Vec<u8>) -> Result<(), EncodeError> {
    let start = out.len();
    let result = Encoder {
        out: &mut *out,
        dict,
    }
    .node(node, 0);
    if result.is_err() {
        out.truncate(start);
    }
    result
}

/// Encodes a decoded node directly, without building a [`Node`].
pub fn encode_ref(node: &NodeRef<'_>, dict: Dictionary) -> Result<Vec<u8>, EncodeError> {
    let mut out = Vec::with_capacity(128);
    encode_ref_into(node, dict, &mut out)?;
    Ok(out)
}

/// Appends the wire bytes of a decoded node to `out`. On error `out` is left as it was.
pub fn encode_ref_into(
    node: &NodeRef<'_>,
    dict: Dictionary,
    out: &mut Vec<u8>,
) -> Result<(), EncodeError> {
    let start = out.len();
    let result = Encoder {
        out: &mut *out,
        dict,
    }
    .node_ref(node, 0);
    if result.is_err() {
        out.truncate(start);
    }
    result
}

/// A whole uncompressed frame payload: the flags byte `00` and the wire bytes.
pub fn pack(node: &Node, dict: Dictionary) -> Result<Vec<u8>, EncodeError> {
    let mut out = Vec::with_capacity(128);
    out.push(0);
    encode_into(node, dict, &mut out)?;
    Ok(out)
}

const MAX_LIST: usize = u16::MAX as usize;

struct Encoder<'o> {
    out: &'o mut Vec<u8>,
    dict: Dictionary,
}

/// Whether a string may be written as a JID where it stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    /// Tags and attribute keys: text only.
    Name,
    /// Attribute values and content.
    Value,
}

impl Encoder<'_> {
    fn node(&mut self, node: &Node, depth: usize) -> Result<(), EncodeError> {
        if depth > MAX_DEPTH {
            return Err(EncodeError::TooDeep { limit: MAX_DEPTH });
        }
        if node.tag.is_empty() {
            return Err(EncodeError::EmptyTag);
        }
        let mut attr_count = 0;
        for (key, value) in &node.attrs {
            if key.is_empty() {
                return Err(EncodeError::EmptyAttributeKey {
                    tag: node.tag.to_string(),
                });
            }
            attr_count += usize::from(!is_empty_value(value));
        }
        self.node_header(&node.tag, attr_count, node.content.is_some())?;
        self.str(&node.tag, Place::Name)?;
        for (key, value) in &node.attrs {
            if is_empty_value(value) {
                continue;
            }
            self.str(key, Place::Name)?;
            match value {
                Value::Str(text) => self.str(text, Place::Value)?,
                Value::Jid(jid) => self.jid(jid.as_jid_ref(), false)?,
            }
        }
        match &node.content {
            None => {}
            Some(Content::Nodes(children)) => {
                self.list_start(children.len(), &node.tag)?;
                for child in children {
                    self.node(child, depth + 1)?;
                }
            }
            Some(Content::Bytes(bytes)) => self.raw(bytes)?,
            Some(Content::Str(text)) => self.str(text, Place::Value)?,
            Some(Content::Jid(jid)) => self.jid(jid.as_jid_ref(), false)?,
        }
        Ok(())
    }

    fn node_ref(&mut self, node: &NodeRef<'_>, depth: usize) -> Result<(), EncodeError> {
        if depth > MAX_DEPTH {
            return Err(EncodeError::TooDeep { limit: MAX_DEPTH });
        }
        if node.tag.is_empty() {
            return Err(EncodeError::EmptyTag);
        }
        let mut attr_count = 0;
        for (key, value) in &node.attrs {
            if key.is_empty() {
                return Err(EncodeError::EmptyAttributeKey {
                    tag: node.tag.to_string(),
                });
            }
            attr_count += usize::from(!value.is_empty());
        }
        self.node_header(&node.tag.as_str(), attr_count, node.content.is_some())?;
        self.str_ref(&node.tag, Place::Name)?;
        for (key, value) in &node.attrs {
            if value.is_empty() {
                continue;
            }
            self.str_ref(key, Place::Name)?;
            match value {
                ValueRef::Str(text) => self.str_ref(text, Place::Value)?,
                ValueRef::Jid(jid) => self.jid(*jid, false)?,
            }
        }
        match &node.content {
            None => {}
            Some(ContentRef::Nodes(children)) => {
                self.list_start(children.len(), &node.tag.as_str())?;
                for child in children {
                    self.node_ref(child, depth + 1)?;
                }
            }
            Some(ContentRef::Bytes(bytes)) => self.raw(bytes)?,
            Some(ContentRef::Str(text)) => self.str_ref(text, Place::Value)?,
            Some(ContentRef::Jid(jid)) => self.jid(*jid, false)?,
        }
        Ok(())
    }

    fn node_header(
        &mut self,
        tag: &str,
        attr_count: usize,
        has_content: bool,
    ) -> Result<(), EncodeError> {
        let size = attr_count
            .checked_mul(2)
            .and_then(|n| n.checked_add(1 + usize::from(has_content)))
            .filter(|n| *n <= MAX_LIST)
            .ok_or_else(|| EncodeError::TooManyAttributes {
                tag: tag.to_owned(),
                count: attr_count,
            })?;
        self.list_header(size);
        Ok(())
    }

    fn list_start(&mut self, count: usize, tag: &str) -> Result<(), EncodeError> {
        if count > MAX_LIST {
            return Err(EncodeError::TooManyChildren {
                tag: tag.to_owned(),
                count,
            });
        }
        self.list_header(count);
        Ok(())
    }

    #[inline]
    fn list_header(&mut self, size: usize) {
        match size {
            0 => self.out.push(LIST_EMPTY),
            1..=255 => self.out.extend_from_slice(&[LIST_8, size as u8]),
            _ => {
                self.out.push(LIST_16);
                self.out.extend_from_slice(&(size as u16).to_be_bytes());
            }
        }
    }

    #[inline]
    fn token(&mut self, token: Token) {
        match token {
            Token::Single(index) => self.out.push(index),
            Token::Double { dict, index } => {
                self.out.extend_from_slice(&[DICTIONARY_0 + dict, index])
            }
        }
    }

    fn str(&mut self, text: &str, place: Place) -> Result<(), EncodeError> {
        if text.is_empty() {
            self.out.extend_from_slice(&[BINARY_8, 0]);
            return Ok(());
        }
        if let Some(token) = self.dict.lookup(text) {
            self.token(token);
            return Ok(());
        }
        let bytes = text.as_bytes();
        let (mut nibble, mut hex, mut at) = (true, true, false);
        for &ch in bytes {
            nibble &= ch.is_ascii_digit() || ch == b'-' || ch == b'.';
            hex &= ch.is_ascii_digit() || (b'A'..=b'F').contains(&ch);
            at |= ch == b'@';
        }
        if bytes.len() <= PACKED_MAX {
            if nibble {
                self.packed(bytes, PackedKind::Nibble);
                return Ok(());
            }
            if hex {
                self.packed(bytes, PackedKind::Hex);
                return Ok(());
            }
        }
        if at && place == Place::Value && self.jid_text(text)? {
            return Ok(());
        }
        self.raw(bytes)
    }

    fn str_ref(&mut self, text: &StrRef<'_>, place: Place) -> Result<(), EncodeError> {
        match *text {
            StrRef::Token { text, .. } | StrRef::Raw(text) => self.str(text, place),
            StrRef::Packed { kind, len, bytes } => {
                let packed = super::strref::Packed::new(kind, bytes, len);
                let mut buffer = [0u8; 2 * PACKED_MAX + 2];
                let mut len = 0;
                for (slot, ch) in buffer.iter_mut().zip(packed.chars()) {
                    *slot = ch;
                    len += 1;
                }
                match buffer.get(..len).map(std::str::from_utf8) {
                    Some(Ok(text)) => self.str(text, place),
                    _ => self.raw(&buffer[..len.min(buffer.len())]),
                }
            }
        }
    }

    fn packed(&mut self, text: &[u8], kind: PackedKind) {
        let odd = text.len() % 2 == 1;
        let tag = match kind {
            PackedKind::Nibble => NIBBLE_8,
            PackedKind::Hex => HEX_8,
        };
        let header = (text.len().div_ceil(2) as u8) | if odd { 0x80 } else { 0 };
        self.out.reserve(2 + text.len().div_ceil(2));
        self.out.extend_from_slice(&[tag, header]);
        let nibble = |ch: u8| kind.nibble_of(ch).unwrap_or(0x0F);
        let mut pairs = text.chunks_exact(2);
        for pair in &mut pairs {
            if let [a, b] = pair {
                self.out.push((nibble(*a) << 4) | nibble(*b));
            }
        }
        if let [last] = pairs.remainder() {
            self.out.push((nibble(*last) << 4) | 0x0F);
        }
    }

    fn raw(&mut self, bytes: &[u8]) -> Result<(), EncodeError> {
        let len = bytes.len();
        if len < 256 {
            self.out.reserve(2 + len);
            self.out.extend_from_slice(&[BINARY_8, len as u8]);
        } else if len < (1 << 20) {
            self.out.reserve(4 + len);
            self.out.extend_from_slice(&[
                BINARY_20,
                (len >> 16) as u8 & 0x0F,
                (len >> 8) as u8,
                len as u8,
            ]);
        } else {
            let len = u32::try_from(len).map_err(|_| EncodeError::TooLong { len })?;
            self.out.reserve(5 + bytes.len());
            self.out.push(BINARY_32);
            self.out.extend_from_slice(&len.to_be_bytes());
        }
        self.out.extend_from_slice(bytes);
        Ok(())
    }

    /// Writes `text` as a JID if it is one that the wire forms can carry
    /// whole; returns false (writing nothing) otherwise.
    fn jid_text(&mut self, text: &str) -> Result<bool, EncodeError> {
        let Some((user_part, server_name)) = split_at_byte(text, b'@') else {
            return Ok(false);
        };
        if server_name.as_bytes().contains(&b'@') {
            return Ok(false);
        }
        let Some(server) = Server::known(server_name) else {
            return Ok(false);
        };
        let (user, device, explicit_device, integrator) = match server {
            Server::User | Server::Lid | Server::Hosted | Server::HostedLid => {
                // `user[_agent][:device]`: the user is kept verbatim (a dot
                // included, as both reference encoders do); a numeric
                // `_agent` suffix is dropped; the device must fit AD_JID.
                let (user_agent, device) = match split_at_byte(user_part, b':') {
                    Some((head, device)) => match small_number(device, u64::from(u8::MAX)) {
                        Some(device) => (head, Some(device)),
                        None => return Ok(false),
                    },
                    None => (user_part, None),
                };
                let user = match split_at_byte(user_agent, b'_') {
                    Some((name, agent)) if small_number(agent, u64::from(u8::MAX)).is_some() => {
                        name
                    }
                    _ => user_agent,
                };
                (user, device.unwrap_or(0), device.is_some(), 0)
            }
            Server::Messenger | Server::Interop => {
                let Ok(parts) = JidRef::parse_parts(text) else {
                    return Ok(false);
                };
                if parts.agent != 0 {
                    return Ok(false);
                }
                (
                    parts.user,
                    parts.device,
                    parts.explicit_device,
                    parts.integrator,
                )
            }
            // Groups, broadcast lists, newsletters...: no device form.
            _ if user_part.as_bytes().contains(&b':') => return Ok(false),
            _ => (user_part, 0, false, 0),
        };
        let jid = JidRef {
            user: StrRef::Raw(user),
            server: StrRef::Raw(server_name),
            agent: 0,
            device,
            integrator,
        };
        self.jid(jid, explicit_device)?;
        Ok(true)
    }

    fn jid(&mut self, jid: JidRef<'_>, explicit_device: bool) -> Result<(), EncodeError> {
        let server: Cow<'_, str> = jid.server.as_str();
        let domain = match &*server {
            "s.whatsapp.net" if jid.device != 0 || explicit_device => Some(0),
            "lid" if jid.device != 0 || explicit_device => Some(1),
            "hosted" => Some(128),
            "hosted.lid" => Some(129),
            _ => None,
        };
        if let Some(domain) = domain {
            let device = u8::try_from(jid.device).map_err(|_| EncodeError::DeviceOutOfRange {
                jid: jid.to_string(),
                device: jid.device,
            })?;
            self.out.extend_from_slice(&[AD_JID, domain, device]);
            return self.jid_user(&jid.user);
        }
        match &*server {
            "msgr" => {
                self.out.push(FB_JID);
                self.jid_user(&jid.user)?;
                self.out.extend_from_slice(&jid.device.to_be_bytes());
                self.str(&server, Place::Name)
            }
            "interop" => {
                self.out.push(INTEROP_JID);
                self.jid_user(&jid.user)?;
                self.out.extend_from_slice(&jid.device.to_be_bytes());
                self.out.extend_from_slice(&jid.integrator.to_be_bytes());
                self.str(&server, Place::Name)
            }
            _ => {
                self.out.push(JID_PAIR);
                self.jid_user(&jid.user)?;
                self.str(&server, Place::Name)
            }
        }
    }

    fn jid_user(&mut self, user: &StrRef<'_>) -> Result<(), EncodeError> {
        if user.is_empty() {
            self.out.push(LIST_EMPTY);
            Ok(())
        } else {
            self.str_ref(user, Place::Name)
        }
    }
}

/// Splits `text` at the first `separator` (an ASCII byte).
fn split_at_byte(text: &str, separator: u8) -> Option<(&str, &str)> {
    let at = text.as_bytes().iter().position(|&b| b == separator)?;
    Some((text.get(..at)?, text.get(at + 1..)?))
}

/// A decimal number of at most `max` (digits only, no sign).
fn small_number(text: &str, max: u64) -> Option<u16> {
    if text.is_empty() || text.len() > 5 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse::<u64>()
        .ok()
        .filter(|n| *n <= max)
        .and_then(|n| u16::try_from(n).ok())
}

fn is_empty_value(value: &Value) -> bool {
    matches!(value, Value::Str(text) if text.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::binary::{Jid, decode};

    fn hex_of(node: &Node) -> String {
        hex::encode(encode(node, Dictionary::V3).unwrap())
    }

    #[test]
    fn strings_take_the_first_form_that_applies() {
        let ping = Node::new("iq")
            .attr("id", "B4683CCD")
            .attr("to", "s.whatsapp.net")
            .attr("type", "get")
            .attr("xmlns", "w:p")
            .children([Node::new("ping")]);
        assert_eq!(hex_of(&ping), "f80a1908fb04b4683ccd110304291657f801f80156");
        assert_eq!(hex_of(&Node::new("msg").text("")), "f8024dfc00");
        let empty_value = Node::new("iq")
            .attr("to", "s.whatsapp.net")
            .attr("e", "")
            .attr("id", "1");
        assert_eq!(hex_of(&empty_value), "f8051911030855");
    }

    #[test]
    fn typed_jids_pick_their_wire_form() {
        let pair = Node::new("iq").attr("jid", Jid::new("62736511039", Server::User));
        assert!(hex_of(&pair).contains("faff86"));
        let ad = Node::new("iq").attr("jid", Jid::with_device("62736511039", Server::Lid, 5));
        assert!(hex_of(&ad).contains("f70105ff86"));
        let hosted =
            Node::new("iq").attr("jid", Jid::with_device("62736511039", Server::Hosted, 99));
        assert!(hex_of(&hosted).contains("f78063"));
        let too_big = Node::new("iq").attr("jid", Jid::with_device("1", Server::User, 300));
        assert!(matches!(
            encode(&too_big, Dictionary::V3),
            Err(EncodeError::DeviceOutOfRange { device: 300, .. })
        ));
        for text in [
            "100000000000001:3@msgr",
            "7-62736511039:2@interop",
            "62736511039:99@hosted.lid",
        ] {
            let node = Node::new("iq").attr("jid", Jid::parse(text).unwrap());
            let wire = encode(&node, Dictionary::V3).unwrap();
            let back = decode(&wire, Dictionary::V3).unwrap();
            assert_eq!(back.attr("jid").unwrap().as_str(), text);
            assert!(matches!(back.attr("jid"), Some(ValueRef::Jid(_))));
        }
    }

    #[test]
    fn invalid_nodes_are_refused_and_leave_the_buffer_alone() {
        let mut out = vec![0u8];
        assert_eq!(
            encode_into(&Node::new(""), Dictionary::V3, &mut out),
            Err(EncodeError::EmptyTag)
        );
        let bad_child = Node::new("iq").children([Node::new("ok"), Node::new("").attr("a", "b")]);
        assert_eq!(
            encode_into(&bad_child, Dictionary::V3, &mut out),
            Err(EncodeError::EmptyTag)
        );
        let bad_key = Node::new("iq").attr("", "x");
        assert!(matches!(
            encode_into(&bad_key, Dictionary::V3, &mut out),
            Err(EncodeError::EmptyAttributeKey { .. })
        ));
        assert_eq!(out, vec![0u8]);
        let many = Node::new("list").children((0..65_536).map(|_| Node::new("a")));
        assert!(matches!(
            encode(&many, Dictionary::V3),
            Err(EncodeError::TooManyChildren { count: 65_536, .. })
        ));
        let mut deep = Node::new("leaf");
        for _ in 0..=MAX_DEPTH {
            deep = Node::new("n").children([deep]);
        }
        assert_eq!(
            encode(&deep, Dictionary::V3),
            Err(EncodeError::TooDeep { limit: MAX_DEPTH })
        );
    }

    #[test]
    fn jid_strings_keep_their_user_verbatim() {
        for (text, back) in [
            (
                "62736511039.1:5@s.whatsapp.net",
                "62736511039.1:5@s.whatsapp.net",
            ),
            ("123.4@s.whatsapp.net", "123.4@s.whatsapp.net"),
            ("62736511039_1:5@lid", "62736511039:5@lid"),
            (
                "62736511039:300@s.whatsapp.net",
                "62736511039:300@s.whatsapp.net",
            ),
            ("120363025246125888:2@g.us", "120363025246125888:2@g.us"),
            ("100000000000001:3@msgr", "100000000000001:3@msgr"),
        ] {
            let node = Node::new("iq").attr("jid", text);
            let wire = encode(&node, Dictionary::V3).unwrap();
            let decoded = decode(&wire, Dictionary::V3).unwrap();
            assert_eq!(decoded.attr("jid").unwrap().as_str(), back, "{text}");
        }
    }

    #[test]
    fn names_are_never_written_as_jids() {
        let node = Node::new("a@g.us").attr("b@g.us", "c@g.us");
        let wire = encode(&node, Dictionary::V3).unwrap();
        let back = decode(&wire, Dictionary::V3).unwrap();
        assert_eq!(back.tag(), "a@g.us");
        assert!(matches!(back.attr("b@g.us"), Some(ValueRef::Jid(_))));
    }

    #[test]
    fn re_encoding_a_node_ref_gives_the_same_bytes() {
        let node = Node::new("iq")
            .attr("id", "3EB0D7F6123A967F18BDDF9592BD4A937A66B1EE")
            .attr("to", "62736511039:5@s.whatsapp.net")
            .attr("n", "-12.5")
            .children([
                Node::new("x").bytes(vec![1u8, 2, 3]),
                Node::new("y").text("123@g.us"),
            ]);
        let wire = encode(&node, Dictionary::V3).unwrap();
        let decoded = decode(&wire, Dictionary::V3).unwrap();
        assert_eq!(encode_ref(&decoded, Dictionary::V3).unwrap(), wire);
        assert_eq!(encode(&decoded.to_node(), Dictionary::V3).unwrap(), wire);
    }
}
