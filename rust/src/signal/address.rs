//! Signal addresses as WhatsApp names them.
//!
//! A device's address is `(name, device id)` where the name is the JID's user,
//! suffixed `_<domain>` when the JID's addressing domain is not the phone
//! number one: `1234@lid` device 5 is `1234_1.5`, `1234@s.whatsapp.net`
//! device 5 is `1234.5`, hosted devices use domains 128 and 129. A group
//! sender's key is named by the group and the sender's device address.

use std::fmt;

use crate::binary::jid::Jid;

/// A Signal protocol address: one device of one account.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ProtocolAddress {
    name: String,
    device_id: u32,
}

impl ProtocolAddress {
    /// An address from its parts.
    pub fn new(name: impl Into<String>, device_id: u32) -> ProtocolAddress {
        ProtocolAddress {
            name: name.into(),
            device_id,
        }
    }

    /// The address of the device a JID names (WhatsApp's naming rule).
    pub fn from_jid(jid: &Jid) -> ProtocolAddress {
        let domain = jid.server.ad_domain().unwrap_or(jid.agent);
        let name = if domain == 0 {
            jid.user.clone()
        } else {
            format!("{}_{domain}", jid.user)
        };
        ProtocolAddress {
            name,
            device_id: u32::from(jid.device),
        }
    }

    /// The name part (user, with `_<domain>` for LID and hosted accounts).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The device id.
    pub fn device_id(&self) -> u32 {
        self.device_id
    }
}

impl fmt::Display for ProtocolAddress {
    /// libsignal's `name.device` form.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.name, self.device_id)
    }
}

impl From<&Jid> for ProtocolAddress {
    fn from(jid: &Jid) -> ProtocolAddress {
        ProtocolAddress::from_jid(jid)
    }
}

/// Names one group sender's sender key: the group and the sender's device.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SenderKeyName {
    group: String,
    sender: ProtocolAddress,
}

impl SenderKeyName {
    /// The sender key of `sender` in `group` (the group JID as text).
    pub fn new(group: impl Into<String>, sender: ProtocolAddress) -> SenderKeyName {
        SenderKeyName {
            group: group.into(),
            sender,
        }
    }

    /// The sender key of the device `sender` in the group `group`.
    pub fn from_jids(group: &Jid, sender: &Jid) -> SenderKeyName {
        SenderKeyName {
            group: group.to_string(),
            sender: ProtocolAddress::from_jid(sender),
        }
    }

    /// The group id.
    pub fn group(&self) -> &str {
        &self.group
    }

    /// The sender's device address.
    pub fn sender(&self) -> &ProtocolAddress {
        &self.sender
    }
}

impl fmt::Display for SenderKeyName {
    /// The `group::name::device` form.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}::{}::{}",
            self.group, self.sender.name, self.sender.device_id
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn address(jid: &str) -> String {
        ProtocolAddress::from_jid(&Jid::parse(jid).unwrap()).to_string()
    }

    #[test]
    fn whatsapp_naming_rule() {
        assert_eq!(address("5511999999999@s.whatsapp.net"), "5511999999999.0");
        assert_eq!(address("5511999999999:7@s.whatsapp.net"), "5511999999999.7");
        assert_eq!(address("123456789012345@lid"), "123456789012345_1.0");
        assert_eq!(address("123456789012345:12@lid"), "123456789012345_1.12");
        assert_eq!(address("987:3@hosted"), "987_128.3");
        assert_eq!(address("987:3@hosted.lid"), "987_129.3");
    }

    #[test]
    fn sender_key_names() {
        let group = Jid::parse("120363984656670550@g.us").unwrap();
        let sender = Jid::parse("439646763905:3@s.whatsapp.net").unwrap();
        let name = SenderKeyName::from_jids(&group, &sender);
        assert_eq!(name.to_string(), "120363984656670550@g.us::439646763905::3");
        assert_eq!(name.group(), "120363984656670550@g.us");
        assert_eq!(name.sender().device_id(), 3);
        let lid_sender = Jid::parse("77:2@lid").unwrap();
        assert_eq!(
            SenderKeyName::from_jids(&group, &lid_sender).to_string(),
            "120363984656670550@g.us::77_1::2"
        );
    }
}
