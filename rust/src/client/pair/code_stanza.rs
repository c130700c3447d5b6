//! The stanzas of code linking (`xmlns="md"`, `<link_code_companion_reg>`),
//! built and parsed on both sides (the emulator parses what the client
//! builds and the other way round):
//!
//! * [`CompanionHello`]: `<iq type="set" xmlns="md"><link_code_companion_reg
//!   jid=PHONE stage="companion_hello" should_show_push_notification>` with
//!   the wrapped companion ephemeral, the Noise key, the platform id and
//!   display name, and the nonce `00`; answered by
//!   `<link_code_companion_reg><link_code_pairing_ref>REF</…>` ([`pairing_ref_result`]).
//! * [`PrimaryHello`]: the server's `<notification
//!   type="link_code_companion_reg"><link_code_companion_reg
//!   stage="primary_hello">` with the ref, the phone's wrapped ephemeral and
//!   its identity key.
//! * [`CompanionFinishStanza`]: `<link_code_companion_reg jid
//!   stage="companion_finish">` with the wrapped key bundle, our identity
//!   key and the ref.

use bytes::Bytes;

use super::code::LINK_CODE_PAIRING_NONCE;
use super::stanza::PairStanzaError;
use crate::binary::{Jid, Node, NodeRef};

/// The element every stage is wrapped in.
pub const LINK_CODE_COMPANION_REG: &str = "link_code_companion_reg";

fn reg<'n, 'a>(parent: &'n NodeRef<'a>) -> Result<&'n NodeRef<'a>, PairStanzaError> {
    parent
        .child(LINK_CODE_COMPANION_REG)
        .ok_or(PairStanzaError::Missing {
            parent: "iq",
            child: LINK_CODE_COMPANION_REG,
        })
}

fn bytes_child(node: &NodeRef<'_>, tag: &'static str) -> Result<Bytes, PairStanzaError> {
    let child = node.child(tag).ok_or(PairStanzaError::Missing {
        parent: LINK_CODE_COMPANION_REG,
        child: tag,
    })?;
    child
        .bytes()
        .map(Bytes::copy_from_slice)
        .ok_or(PairStanzaError::NotBytes(tag))
}

fn text_child(node: &NodeRef<'_>, tag: &'static str) -> Result<String, PairStanzaError> {
    let child = node.child(tag).ok_or(PairStanzaError::Missing {
        parent: LINK_CODE_COMPANION_REG,
        child: tag,
    })?;
    child
        .text()
        .map(|text| text.into_owned())
        .ok_or(PairStanzaError::NotBytes(tag))
}

fn md_set(id: &str, child: Node) -> Node {
    Node::new("iq")
        .attr("id", id.to_owned())
        .attr("xmlns", "md")
        .attr("type", "set")
        .attr("to", Jid::server_jid())
        .children([child])
}

fn stage_of(node: &NodeRef<'_>) -> String {
    node.attrs()
        .optional_str("stage")
        .map(|stage| stage.into_owned())
        .unwrap_or_default()
}

/// The stage named by a `<link_code_companion_reg>` inside `parent`.
pub fn stage(parent: &NodeRef<'_>) -> Option<String> {
    parent.child(LINK_CODE_COMPANION_REG).map(stage_of)
}

/// `companion_hello`: the companion asks the server to relay its wrapped
/// ephemeral key to the phone of `phone`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompanionHello {
    /// The phone number's JID (`PHONE@s.whatsapp.net`).
    pub phone: Jid,
    /// `<link_code_pairing_wrapped_companion_ephemeral_pub>` (80 bytes).
    pub wrapped_ephemeral: Bytes,
    /// `<companion_server_auth_key_pub>`: the companion's Noise key.
    pub noise_key: Bytes,
    /// `<companion_platform_id>`: the platform character (`1` Chrome, ...).
    pub platform_id: String,
    /// `<companion_platform_display>` (e.g. `Chrome (Linux)`).
    pub platform_display: String,
    /// `should_show_push_notification`.
    pub show_push_notification: bool,
}

impl CompanionHello {
    /// The `iq` with `id`.
    pub fn to_iq(&self, id: &str) -> Node {
        md_set(
            id,
            Node::new(LINK_CODE_COMPANION_REG)
                .attr("jid", &self.phone)
                .attr("stage", "companion_hello")
                .attr(
                    "should_show_push_notification",
                    if self.show_push_notification {
                        "true"
                    } else {
                        "false"
                    },
                )
                .children([
                    Node::new("link_code_pairing_wrapped_companion_ephemeral_pub")
                        .bytes(self.wrapped_ephemeral.clone()),
                    Node::new("companion_server_auth_key_pub").bytes(self.noise_key.clone()),
                    Node::new("companion_platform_id").text(self.platform_id.clone()),
                    Node::new("companion_platform_display").text(self.platform_display.clone()),
                    Node::new("link_code_pairing_nonce")
                        .bytes(Bytes::from_static(&LINK_CODE_PAIRING_NONCE)),
                ]),
        )
    }

    /// Reads the `iq` (the emulator's side).
    pub fn parse(iq: &NodeRef<'_>) -> Result<CompanionHello, PairStanzaError> {
        let node = reg(iq)?;
        Ok(CompanionHello {
            phone: node.attrs().jid("jid")?,
            wrapped_ephemeral: bytes_child(
                node,
                "link_code_pairing_wrapped_companion_ephemeral_pub",
            )?,
            noise_key: bytes_child(node, "companion_server_auth_key_pub")?,
            platform_id: text_child(node, "companion_platform_id").unwrap_or_default(),
            platform_display: text_child(node, "companion_platform_display").unwrap_or_default(),
            show_push_notification: node.attrs().is("should_show_push_notification", "true"),
        })
    }
}

/// The answer to `companion_hello`: `<iq type="result" id><link_code_companion_reg>
/// <link_code_pairing_ref>REF</link_code_pairing_ref></link_code_companion_reg></iq>`.
pub fn pairing_ref_result(id: &str, to: &Jid, pairing_ref: &[u8]) -> Node {
    Node::new("iq")
        .attr("from", Jid::server_jid())
        .attr("to", to)
        .attr("type", "result")
        .attr("id", id.to_owned())
        .children([Node::new(LINK_CODE_COMPANION_REG)
            .children([
                Node::new("link_code_pairing_ref").bytes(Bytes::copy_from_slice(pairing_ref))
            ])])
}

/// The ref in the answer to `companion_hello`.
pub fn parse_pairing_ref(result: &NodeRef<'_>) -> Result<Bytes, PairStanzaError> {
    bytes_child(reg(result)?, "link_code_pairing_ref")
}

/// `primary_hello`: the phone's answer, relayed by the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PrimaryHello {
    /// `<link_code_pairing_ref>`.
    pub pairing_ref: Bytes,
    /// `<link_code_pairing_wrapped_primary_ephemeral_pub>` (80 bytes).
    pub wrapped_primary_ephemeral: Bytes,
    /// `<primary_identity_pub>`.
    pub primary_identity: Bytes,
}

impl PrimaryHello {
    /// The notification the server sends, with `id`, to `to`.
    pub fn to_notification(&self, id: &str, to: &Jid, t: u64) -> Node {
        Node::new("notification")
            .attr("from", Jid::server_jid())
            .attr("to", to)
            .attr("type", LINK_CODE_COMPANION_REG)
            .attr("id", id.to_owned())
            .attr("t", t)
            .children([Node::new(LINK_CODE_COMPANION_REG)
                .attr("stage", "primary_hello")
                .children([
                    Node::new("link_code_pairing_ref").bytes(self.pairing_ref.clone()),
                    Node::new("link_code_pairing_wrapped_primary_ephemeral_pub")
                        .bytes(self.wrapped_primary_ephemeral.clone()),
                    Node::new("primary_identity_pub").bytes(self.primary_identity.clone()),
                ])])
    }

    /// Reads the notification.
    pub fn parse(notification: &NodeRef<'_>) -> Result<PrimaryHello, PairStanzaError> {
        let node = reg(notification)?;
        Ok(PrimaryHello {
            pairing_ref: bytes_child(node, "link_code_pairing_ref")?,
            wrapped_primary_ephemeral: bytes_child(
                node,
                "link_code_pairing_wrapped_primary_ephemeral_pub",
            )?,
            primary_identity: bytes_child(node, "primary_identity_pub")?,
        })
    }
}

/// `companion_finish`: the companion's sealed key bundle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompanionFinishStanza {
    /// The phone number's JID.
    pub phone: Jid,
    /// `<link_code_pairing_wrapped_key_bundle>` (156 bytes).
    pub wrapped_key_bundle: Bytes,
    /// `<companion_identity_public>`.
    pub companion_identity: Bytes,
    /// `<link_code_pairing_ref>`.
    pub pairing_ref: Bytes,
}

impl CompanionFinishStanza {
    /// The `iq` with `id`.
    pub fn to_iq(&self, id: &str) -> Node {
        md_set(
            id,
            Node::new(LINK_CODE_COMPANION_REG)
                .attr("jid", &self.phone)
                .attr("stage", "companion_finish")
                .children([
                    Node::new("link_code_pairing_wrapped_key_bundle")
                        .bytes(self.wrapped_key_bundle.clone()),
                    Node::new("companion_identity_public").bytes(self.companion_identity.clone()),
                    Node::new("link_code_pairing_ref").bytes(self.pairing_ref.clone()),
                ]),
        )
    }

    /// Reads the `iq` (the emulator's side).
    pub fn parse(iq: &NodeRef<'_>) -> Result<CompanionFinishStanza, PairStanzaError> {
        let node = reg(iq)?;
        Ok(CompanionFinishStanza {
            phone: node.attrs().jid("jid")?,
            wrapped_key_bundle: bytes_child(node, "link_code_pairing_wrapped_key_bundle")?,
            companion_identity: bytes_child(node, "companion_identity_public")?,
            pairing_ref: bytes_child(node, "link_code_pairing_ref")?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::binary::{Dictionary, Server, decode, encode};

    fn round_trip<T>(node: &Node, parse: impl Fn(&NodeRef<'_>) -> T) -> T {
        let wire = encode(node, Dictionary::V3).unwrap();
        parse(&decode(&wire, Dictionary::V3).unwrap())
    }

    #[test]
    fn stages_round_trip() {
        let phone = Jid::new("15551234567", Server::User);
        let hello = CompanionHello {
            phone: phone.clone(),
            wrapped_ephemeral: Bytes::from(vec![1; 80]),
            noise_key: Bytes::from(vec![2; 32]),
            platform_id: "1".into(),
            platform_display: "Chrome (Linux)".into(),
            show_push_notification: true,
        };
        let iq = hello.to_iq("abc");
        assert_eq!(
            round_trip(&iq, |n| CompanionHello::parse(n).unwrap()),
            hello
        );
        assert_eq!(round_trip(&iq, stage).as_deref(), Some("companion_hello"));

        let result = pairing_ref_result("abc", &phone, b"REF-1");
        assert_eq!(
            round_trip(&result, |n| parse_pairing_ref(n).unwrap()),
            Bytes::from_static(b"REF-1")
        );

        let primary = PrimaryHello {
            pairing_ref: Bytes::from_static(b"REF-1"),
            wrapped_primary_ephemeral: Bytes::from(vec![3; 80]),
            primary_identity: Bytes::from(vec![4; 32]),
        };
        let notification = primary.to_notification("n1", &phone, 1);
        assert_eq!(
            round_trip(&notification, |n| PrimaryHello::parse(n).unwrap()),
            primary
        );

        let finish = CompanionFinishStanza {
            phone,
            wrapped_key_bundle: Bytes::from(vec![5; 156]),
            companion_identity: Bytes::from(vec![6; 32]),
            pairing_ref: Bytes::from_static(b"REF-1"),
        };
        assert_eq!(
            round_trip(&finish.to_iq("x"), |n| CompanionFinishStanza::parse(n)
                .unwrap()),
            finish
        );
    }

    #[test]
    fn missing_parts_are_errors() {
        let iq = md_set(
            "x",
            Node::new(LINK_CODE_COMPANION_REG).attr("jid", "1@s.whatsapp.net"),
        );
        assert!(round_trip(&iq, |n| CompanionHello::parse(n).is_err()));
        assert!(round_trip(&Node::new("iq"), |n| PrimaryHello::parse(n).is_err()));
    }
}
