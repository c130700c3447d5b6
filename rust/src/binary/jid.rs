//! WhatsApp JIDs: `user[.agent][:device]@server`.
//!
//! A [`Jid`] names an account, one of its devices, a group, a broadcast list, a
//! newsletter or the service itself (`s.whatsapp.net`, empty user). Parsing and
//! display are inverse for every form the protocol uses; unknown servers are
//! kept verbatim in [`Server::Other`] so that a stanza naming one still decodes.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::strref::StrRef;

/// The server part of a JID.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Server {
    /// `s.whatsapp.net`: phone-number ("PN") users, and the service itself.
    User,
    /// `lid`: opaque linked-identity users that hide phone numbers.
    Lid,
    /// `g.us`: groups.
    Group,
    /// `broadcast`: `status@broadcast` and broadcast lists.
    Broadcast,
    /// `newsletter`: channels.
    Newsletter,
    /// `hosted`: Cloud-API business devices (phone-number form).
    Hosted,
    /// `hosted.lid`: Cloud-API business devices (LID form).
    HostedLid,
    /// `msgr`: Messenger users.
    Messenger,
    /// `interop`: users of interoperating networks.
    Interop,
    /// `bot`: Meta AI bots.
    Bot,
    /// `call`: call identifiers.
    Call,
    /// `c.us`: the legacy user server.
    LegacyUser,
    /// Any other server, kept verbatim.
    Other(Box<str>),
}

impl Server {
    /// The server's name as written in a JID.
    pub fn as_str(&self) -> &str {
        match self {
            Server::User => "s.whatsapp.net",
            Server::Lid => "lid",
            Server::Group => "g.us",
            Server::Broadcast => "broadcast",
            Server::Newsletter => "newsletter",
            Server::Hosted => "hosted",
            Server::HostedLid => "hosted.lid",
            Server::Messenger => "msgr",
            Server::Interop => "interop",
            Server::Bot => "bot",
            Server::Call => "call",
            Server::LegacyUser => "c.us",
            Server::Other(name) => name,
        }
    }

    /// The server for `name`; unknown names become [`Server::Other`].
    pub fn from_name(name: &str) -> Server {
        Self::known(name).unwrap_or_else(|| Server::Other(name.into()))
    }

    /// The server for `name` if it is one the protocol defines.
    pub fn known(name: &str) -> Option<Server> {
        Some(match name {
            "s.whatsapp.net" => Server::User,
            "lid" => Server::Lid,
            "g.us" => Server::Group,
            "broadcast" => Server::Broadcast,
            "newsletter" => Server::Newsletter,
            "hosted" => Server::Hosted,
            "hosted.lid" => Server::HostedLid,
            "msgr" => Server::Messenger,
            "interop" => Server::Interop,
            "bot" => Server::Bot,
            "call" => Server::Call,
            "c.us" => Server::LegacyUser,
            _ => return None,
        })
    }

    /// The AD_JID domain byte of this server, if it has one
    /// (0 `s.whatsapp.net`, 1 `lid`, 128 `hosted`, 129 `hosted.lid`).
    pub fn ad_domain(&self) -> Option<u8> {
        match self {
            Server::User => Some(0),
            Server::Lid => Some(1),
            Server::Hosted => Some(128),
            Server::HostedLid => Some(129),
            _ => None,
        }
    }

    /// The server an AD_JID domain byte stands for.
    pub fn from_ad_domain(domain: u8) -> Option<Server> {
        match domain {
            0 => Some(Server::User),
            1 => Some(Server::Lid),
            128 => Some(Server::Hosted),
            129 => Some(Server::HostedLid),
            _ => None,
        }
    }
}

impl fmt::Display for Server {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Why a string is not a JID.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum JidError {
    /// The text has more than one `@`.
    #[error("JID {0:?} has more than one '@'")]
    TooManyAts(String),
    /// The user part has more than one `.` or `:` separator.
    #[error("JID {0:?} has an unexpected number of '.' or ':' separators")]
    Separators(String),
    /// The agent, device or integrator number is not a valid number.
    #[error("JID {text:?} has an invalid {part} number")]
    Number {
        /// The whole text.
        text: String,
        /// Which part: "agent", "device" or "integrator".
        part: &'static str,
    },
    /// The server part is empty.
    #[error("JID {0:?} has an empty server")]
    EmptyServer(String),
}

/// A WhatsApp JID: `user[.agent][:device]@server`.
///
/// `device` 0 is an account's primary phone (and "no device" for the non-AD
/// form); companions get 1..N. `agent` is the raw agent of the legacy
/// `user.agent:device` form and `integrator` the network id of interop JIDs
/// (`integrator-user:device@interop`); both are 0 for ordinary JIDs.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Jid {
    /// The user part (phone number, LID, group id...); empty for server JIDs.
    pub user: String,
    /// The server.
    pub server: Server,
    /// The raw agent (legacy `user.agent` form); 0 when absent.
    pub agent: u8,
    /// The device; 0 for a primary device or a non-AD JID.
    pub device: u16,
    /// The interop integrator; 0 when absent.
    pub integrator: u16,
}

impl Jid {
    /// A non-AD JID `user@server`.
    pub fn new(user: impl Into<String>, server: Server) -> Jid {
        Jid {
            user: user.into(),
            server,
            agent: 0,
            device: 0,
            integrator: 0,
        }
    }

    /// A device JID `user:device@server`.
    pub fn with_device(user: impl Into<String>, server: Server, device: u16) -> Jid {
        Jid {
            device,
            ..Jid::new(user, server)
        }
    }

    /// The service JID `s.whatsapp.net` (empty user).
    pub fn server_jid() -> Jid {
        Jid::new("", Server::User)
    }

    /// `status@broadcast`.
    pub fn status_broadcast() -> Jid {
        Jid::new("status", Server::Broadcast)
    }

    /// Parses any JID form; see the type docs.
    pub fn parse(text: &str) -> Result<Jid, JidError> {
        JidRef::parse(text).map(|jid| jid.to_jid())
    }

    /// A borrowed view of this JID.
    pub fn as_jid_ref(&self) -> JidRef<'_> {
        JidRef {
            user: StrRef::Raw(&self.user),
            server: StrRef::Raw(self.server.as_str()),
            agent: self.agent,
            device: self.device,
            integrator: self.integrator,
        }
    }

    /// True for a group (`g.us`).
    pub fn is_group(&self) -> bool {
        self.server == Server::Group
    }

    /// True for a LID user (`lid`).
    pub fn is_lid(&self) -> bool {
        self.server == Server::Lid
    }

    /// True for a phone-number user (`s.whatsapp.net`) with a user part.
    pub fn is_pn(&self) -> bool {
        self.server == Server::User && !self.user.is_empty()
    }

    /// True for `status@broadcast` and broadcast lists.
    pub fn is_broadcast(&self) -> bool {
        self.server == Server::Broadcast
    }

    /// True for `status@broadcast`.
    pub fn is_status_broadcast(&self) -> bool {
        self.server == Server::Broadcast && self.user == "status"
    }

    /// True for a newsletter (channel).
    pub fn is_newsletter(&self) -> bool {
        self.server == Server::Newsletter
    }

    /// True for the service JID `s.whatsapp.net` (empty user).
    pub fn is_server(&self) -> bool {
        self.user.is_empty()
    }

    /// True when the JID names one device (it has a device, agent or integrator part).
    pub fn is_ad(&self) -> bool {
        self.device != 0 || self.agent != 0
    }

    /// The account this device belongs to: the same JID without agent and device.
    pub fn to_non_ad(&self) -> Jid {
        Jid {
            agent: 0,
            device: 0,
            ..self.clone()
        }
    }
}

impl fmt::Display for Jid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.as_jid_ref().fmt(f)
    }
}

impl FromStr for Jid {
    type Err = JidError;

    fn from_str(text: &str) -> Result<Jid, JidError> {
        Jid::parse(text)
    }
}

impl Serialize for Jid {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Reads the text form written by `Serialize` (any form [`Jid::parse`] accepts).
impl<'de> Deserialize<'de> for Jid {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Jid, D::Error> {
        let text = String::deserialize(deserializer)?;
        Jid::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// The parts of a JID text, borrowed, as [`JidRef::parse_parts`] finds them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JidParts<'a> {
    /// The user part (without agent, device or integrator).
    pub user: &'a str,
    /// The server name.
    pub server: &'a str,
    /// The legacy agent (`user.agent`), 0 when absent.
    pub agent: u8,
    /// The device, 0 when absent.
    pub device: u16,
    /// The interop integrator, 0 when absent.
    pub integrator: u16,
    /// True when the text spells a device (`:N`), even `:0`.
    pub explicit_device: bool,
}

/// A JID borrowed from a decoded stanza (or from a [`Jid`]): its user may be a
/// packed view of the wire bytes, rendered only when asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JidRef<'a> {
    /// The user part; empty for server JIDs.
    pub user: StrRef<'a>,
    /// The server name.
    pub server: StrRef<'a>,
    /// The raw agent (a legacy AD_JID domain byte the decoder does not know); 0 when absent.
    pub agent: u8,
    /// The device; 0 for a primary device or a non-AD JID.
    pub device: u16,
    /// The interop integrator; 0 when absent.
    pub integrator: u16,
}

impl<'a> JidRef<'a> {
    /// Parses any JID form without copying; see [`Jid`].
    pub fn parse(text: &'a str) -> Result<JidRef<'a>, JidError> {
        let parts = JidRef::parse_parts(text)?;
        Ok(JidRef {
            user: StrRef::Raw(parts.user),
            server: StrRef::Raw(parts.server),
            agent: parts.agent,
            device: parts.device,
            integrator: parts.integrator,
        })
    }

    /// Splits a JID text into its parts, noting whether a device was spelled out.
    pub fn parse_parts(text: &'a str) -> Result<JidParts<'a>, JidError> {
        let Some((first, server)) = split_at_byte(text, b'@') else {
            // No '@': the text names a server ("s.whatsapp.net").
            if text.is_empty() {
                return Err(JidError::EmptyServer(text.to_owned()));
            }
            return Ok(JidParts {
                user: "",
                server: text,
                agent: 0,
                device: 0,
                integrator: 0,
                explicit_device: false,
            });
        };
        if server.as_bytes().contains(&b'@') {
            return Err(JidError::TooManyAts(text.to_owned()));
        }
        if server.is_empty() {
            return Err(JidError::EmptyServer(text.to_owned()));
        }
        let number = |value: &str, part: &'static str, max: u64| -> Result<u64, JidError> {
            let invalid = || JidError::Number {
                text: text.to_owned(),
                part,
            };
            if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
                return Err(invalid());
            }
            value
                .parse::<u64>()
                .ok()
                .filter(|n| *n <= max)
                .ok_or_else(invalid)
        };
        let mut parts = JidParts {
            user: "",
            server,
            agent: 0,
            device: 0,
            integrator: 0,
            explicit_device: false,
        };
        let mut user = first;
        if server == Server::Interop.as_str()
            && let Some((integrator, rest)) = split_at_byte(user, b'-')
        {
            parts.integrator = number(integrator, "integrator", u64::from(u16::MAX))? as u16;
            user = rest;
        }
        let user_and_agent = match split_at_byte(user, b':') {
            Some((head, device)) => {
                if device.as_bytes().contains(&b':') {
                    return Err(JidError::Separators(text.to_owned()));
                }
                parts.device = number(device, "device", u64::from(u16::MAX))? as u16;
                parts.explicit_device = true;
                head
            }
            None => user,
        };
        // The legacy agent form `user.agent` only exists for user servers;
        // group or broadcast ids never contain a dot, so this is unambiguous.
        match split_at_byte(user_and_agent, b'.') {
            Some((name, agent)) if Server::known(server).and_then(|s| s.ad_domain()).is_some() => {
                if agent.as_bytes().contains(&b'.') {
                    return Err(JidError::Separators(text.to_owned()));
                }
                parts.agent = number(agent, "agent", u64::from(u8::MAX))? as u8;
                parts.user = name;
            }
            _ => parts.user = user_and_agent,
        }
        Ok(parts)
    }

    /// The owned JID.
    pub fn to_jid(&self) -> Jid {
        Jid {
            user: self.user.as_str().into_owned(),
            server: match self.server.borrowed() {
                Some(name) => Server::from_name(name),
                None => Server::from_name(&self.server.as_str()),
            },
            agent: self.agent,
            device: self.device,
            integrator: self.integrator,
        }
    }

    /// The server, as the enum (allocates only for unknown servers).
    pub fn server_kind(&self) -> Server {
        match self.server.borrowed() {
            Some(name) => Server::from_name(name),
            None => Server::from_name(&self.server.as_str()),
        }
    }

    /// True for a group (`g.us`).
    pub fn is_group(&self) -> bool {
        self.server.eq_str(Server::Group.as_str())
    }

    /// True for a LID user (`lid`).
    pub fn is_lid(&self) -> bool {
        self.server.eq_str(Server::Lid.as_str())
    }

    /// True for the service JID (empty user).
    pub fn is_server(&self) -> bool {
        self.user.is_empty()
    }
}

impl JidRef<'_> {
    /// Writes `user[.agent][:device]@server` (`integrator-` first for interop;
    /// just the server when every other part is empty) to `out`.
    pub fn write_into<W: fmt::Write>(&self, out: &mut W) -> fmt::Result {
        if self.user.is_empty() && self.device == 0 && self.agent == 0 && self.integrator == 0 {
            return self.server.write_into(out);
        }
        if self.integrator != 0 && self.server.eq_str(Server::Interop.as_str()) {
            write!(out, "{}-", self.integrator)?;
        }
        self.user.write_into(out)?;
        if self.agent != 0 {
            write!(out, ".{}", self.agent)?;
        }
        if self.device != 0 || self.agent != 0 {
            write!(out, ":{}", self.device)?;
        }
        out.write_char('@')?;
        self.server.write_into(out)
    }
}

/// Splits `text` at the first `separator` (an ASCII byte, so both halves are
/// valid strings).
#[inline]
fn split_at_byte(text: &str, separator: u8) -> Option<(&str, &str)> {
    let at = text.as_bytes().iter().position(|&b| b == separator)?;
    Some((text.get(..at)?, text.get(at + 1..)?))
}

impl fmt::Display for JidRef<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write_into(f)
    }
}

impl PartialEq<Jid> for JidRef<'_> {
    fn eq(&self, other: &Jid) -> bool {
        *self == other.as_jid_ref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_displays_every_form() {
        for text in [
            "62736511039@s.whatsapp.net",
            "62736511039:5@s.whatsapp.net",
            "113127169256958:2@lid",
            "120363025246125888@g.us",
            "status@broadcast",
            "120363144038483540@newsletter",
            "62736511039:99@hosted",
            "113127169256958:99@hosted.lid",
            "100000000000001:3@msgr",
            "7-62736511039:2@interop",
            "867051314767696@bot",
            "62736511039@call",
            "0@c.us",
            "s.whatsapp.net",
            "62736511039.1:5@s.whatsapp.net",
        ] {
            let jid = Jid::parse(text).unwrap();
            assert_eq!(jid.to_string(), text, "round trip of {text}");
            let borrowed = JidRef::parse(text).unwrap();
            assert_eq!(borrowed.to_string(), text);
            assert_eq!(borrowed, jid);
            assert_eq!(borrowed.to_jid(), jid);
        }
    }

    #[test]
    fn parts_are_split() {
        let jid = Jid::parse("62736511039:5@s.whatsapp.net").unwrap();
        assert_eq!(jid.user, "62736511039");
        assert_eq!(jid.device, 5);
        assert_eq!(jid.server, Server::User);
        assert_eq!(jid.to_non_ad().to_string(), "62736511039@s.whatsapp.net");
        let interop = Jid::parse("7-1234:2@interop").unwrap();
        assert_eq!(
            (interop.integrator, interop.user.as_str(), interop.device),
            (7, "1234", 2)
        );
    }

    #[test]
    fn server_jid_with_and_without_at_is_the_same() {
        assert_eq!(Jid::parse("@s.whatsapp.net").unwrap(), Jid::server_jid());
        assert_eq!(Jid::parse("s.whatsapp.net").unwrap(), Jid::server_jid());
        assert_eq!(Jid::server_jid().to_string(), "s.whatsapp.net");
    }

    #[test]
    fn explicit_devices_are_noted() {
        let parts = JidRef::parse_parts("62653389115:0@s.whatsapp.net").unwrap();
        assert!(parts.explicit_device);
        assert_eq!(
            (parts.user, parts.server, parts.device),
            ("62653389115", "s.whatsapp.net", 0)
        );
        assert!(
            !JidRef::parse_parts("62653389115@s.whatsapp.net")
                .unwrap()
                .explicit_device
        );
        assert_eq!(
            Jid::parse("62653389115:0@s.whatsapp.net")
                .unwrap()
                .to_string(),
            "62653389115@s.whatsapp.net"
        );
    }

    #[test]
    fn unknown_servers_are_kept() {
        let jid = Jid::parse("foo@bar.com").unwrap();
        assert_eq!(jid.server, Server::Other("bar.com".into()));
        assert_eq!(jid.to_string(), "foo@bar.com");
    }

    #[test]
    fn invalid_forms_are_rejected() {
        assert!(matches!(
            Jid::parse("u:2:3@lid"),
            Err(JidError::Separators(_))
        ));
        assert!(matches!(Jid::parse("a@b@c"), Err(JidError::TooManyAts(_))));
        assert!(matches!(
            Jid::parse("u:x@lid"),
            Err(JidError::Number { .. })
        ));
        assert!(matches!(
            Jid::parse("u:70000@lid"),
            Err(JidError::Number { .. })
        ));
        assert!(matches!(Jid::parse("u@"), Err(JidError::EmptyServer(_))));
        assert!(matches!(Jid::parse(""), Err(JidError::EmptyServer(_))));
    }
}
