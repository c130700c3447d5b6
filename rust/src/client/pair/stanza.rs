//! The stanzas of QR linking, both ways (the client parses what the emulator
//! builds and the other way round):
//!
//! * `<iq from="s.whatsapp.net" type="set" id xmlns="md"><pair-device>
//!   <ref>…</ref>…</pair-device></iq>` ([`PairDevice`]), acknowledged with
//!   `<iq to="s.whatsapp.net" type="result" id/>`;
//! * `<iq from="s.whatsapp.net" type="set" id [t]><pair-success>
//!   <device-identity>…</device-identity><platform name/><device jid [lid]/>
//!   [<biz name/>][<client-props>…</client-props>]</pair-success></iq>`
//!   ([`PairSuccessStanza`]);
//! * the answer `<iq to="s.whatsapp.net" type="result" id><pair-device-sign>
//!   <device-identity key-index=N>…</device-identity></pair-device-sign></iq>`
//!   ([`PairDeviceSign`]) or `<iq to="s.whatsapp.net" type="error" id><error
//!   code text/></iq>` ([`pair_error`]).
//!
//! `to` is the server JID written as a JID (`FA 00 03`: an empty user at
//! `s.whatsapp.net`), which is what whatsmeow's `types.ServerJID` and
//! Baileys' `@s.whatsapp.net` both put on the wire.

use bytes::Bytes;
use prost::Message as _;

use super::success::{PairErrorReply, PairSuccess};
use crate::binary::{AttrError, Jid, Node, NodeRef};
use crate::proto::wa;

/// Why a linking stanza cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PairStanzaError {
    /// Not an `<iq>` of the expected type.
    #[error("expected <iq type=\"{0}\">")]
    NotIq(&'static str),
    /// A required child is absent.
    #[error("<{parent}> has no <{child}>")]
    Missing {
        /// The parent's tag.
        parent: &'static str,
        /// The absent child.
        child: &'static str,
    },
    /// A child that must hold bytes holds something else.
    #[error("<{0}> does not hold bytes")]
    NotBytes(&'static str),
    /// A `<device jid|lid>` that is not a companion's JID (digits, a device
    /// number other than 0, no agent).
    #[error("<device> names {0}, not a companion device")]
    NotACompanion(String),
    /// An `iq` whose `id` is empty.
    #[error("the iq has an empty id")]
    EmptyId,
    /// A missing or malformed attribute.
    #[error(transparent)]
    Attr(#[from] AttrError),
}

fn expect_iq(iq: &NodeRef<'_>, kind: &'static str) -> Result<String, PairStanzaError> {
    if !iq.is("iq") || !iq.attrs().is("type", kind) {
        return Err(PairStanzaError::NotIq(kind));
    }
    // An empty attribute value is no value (whatsmeow and whatsapp-rust
    // leave such attributes out).
    match iq.attrs().str("id")? {
        id if id.is_empty() => Err(PairStanzaError::EmptyId),
        id => Ok(id.into_owned()),
    }
}

fn child<'n, 'a>(
    node: &'n NodeRef<'a>,
    parent: &'static str,
    tag: &'static str,
) -> Result<&'n NodeRef<'a>, PairStanzaError> {
    node.child(tag)
        .ok_or(PairStanzaError::Missing { parent, child: tag })
}

fn bytes_of(node: &NodeRef<'_>, tag: &'static str) -> Result<Bytes, PairStanzaError> {
    node.bytes()
        .map(Bytes::copy_from_slice)
        .ok_or(PairStanzaError::NotBytes(tag))
}

/// A JID a companion can be: a user of digits (phone number or LID), a
/// device other than 0 (the phone's own), no legacy agent or interop
/// integrator.
fn companion_jid(jid: Jid) -> Result<Jid, PairStanzaError> {
    if jid.device == 0
        || jid.agent != 0
        || jid.integrator != 0
        || jid.user.is_empty()
        || !jid.user.bytes().all(|b| b.is_ascii_digit())
    {
        return Err(PairStanzaError::NotACompanion(jid.to_string()));
    }
    Ok(jid)
}

/// `<iq to="s.whatsapp.net" type="result" id/>`: the acknowledgement of a
/// server `iq` that needs no other answer (such as `<pair-device>`).
pub fn iq_result(id: &str) -> Node {
    Node::new("iq")
        .attr("to", Jid::server_jid())
        .attr("type", "result")
        .attr("id", id.to_owned())
}

/// `<pair-device>`: the refs to show as QR codes, one after the other.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairDevice {
    /// The `iq` id, to acknowledge.
    pub id: String,
    /// The refs, in order (bytes as received; see [`super::QrData::new`]).
    pub refs: Vec<Bytes>,
}

impl PairDevice {
    /// Reads the stanza; children other than `<ref>` with bytes are skipped.
    pub fn parse(iq: &NodeRef<'_>) -> Result<PairDevice, PairStanzaError> {
        let id = expect_iq(iq, "set")?;
        let pair_device = child(iq, "iq", "pair-device")?;
        let refs = pair_device
            .children_by_tag("ref")
            .filter_map(|node| node.bytes().map(Bytes::copy_from_slice))
            .collect();
        Ok(PairDevice { id, refs })
    }

    /// The stanza as the server sends it.
    pub fn to_node(&self) -> Node {
        Node::new("iq")
            .attr("from", "s.whatsapp.net")
            .attr("type", "set")
            .attr("id", self.id.clone())
            .attr("xmlns", "md")
            .children([Node::new("pair-device").children(
                self.refs
                    .iter()
                    .map(|reference| Node::new("ref").bytes(reference.clone())),
            )])
    }

    /// The acknowledgement the companion sends at once.
    pub fn ack(&self) -> Node {
        iq_result(&self.id)
    }
}

/// `<pair-success>`: the phone accepted us.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairSuccessStanza {
    /// The `iq` id, to answer.
    pub id: String,
    /// The server's clock (`t`, unix seconds), when sent.
    pub server_time: Option<u64>,
    /// `<device-identity>`: the `ADVSignedDeviceIdentityHMAC` for
    /// [`super::process_pair_success`].
    pub device_identity: Bytes,
    /// Our new JID (`<device jid>`, phone number and device).
    pub jid: Jid,
    /// Our LID (`<device lid>`), when sent.
    pub lid: Option<Jid>,
    /// The phone's platform (`<platform name>`, e.g. `android`).
    pub platform: Option<String>,
    /// The business name (`<biz name>`), for business accounts.
    pub business_name: Option<String>,
    /// `<client-props>`: an encoded `ClientPairingProps`, when sent.
    pub client_props: Option<Bytes>,
}

impl PairSuccessStanza {
    /// Reads the stanza. `<device-identity>` (bytes) and `<device jid>` are
    /// required; the rest is optional.
    pub fn parse(iq: &NodeRef<'_>) -> Result<PairSuccessStanza, PairStanzaError> {
        const PAIR_SUCCESS: &str = "pair-success";
        let id = expect_iq(iq, "set")?;
        let server_time = iq.attrs().optional_u64("t")?;
        let success = child(iq, "iq", PAIR_SUCCESS)?;
        let device_identity = bytes_of(
            child(success, PAIR_SUCCESS, "device-identity")?,
            "device-identity",
        )?;
        let device = child(success, PAIR_SUCCESS, "device")?;
        let text = |tag: &str| {
            success
                .child(tag)
                .and_then(|node| node.attrs().optional_str("name"))
                .filter(|name| !name.is_empty())
                .map(|name| name.into_owned())
        };
        let client_props = match success.child("client-props") {
            None => None,
            Some(node) => Some(bytes_of(node, "client-props")?),
        };
        let jid = companion_jid(device.attrs().jid("jid")?)?;
        let lid = device
            .attrs()
            .optional_jid("lid")?
            .map(companion_jid)
            .transpose()?;
        Ok(PairSuccessStanza {
            id,
            server_time,
            device_identity,
            jid,
            lid,
            platform: text("platform"),
            business_name: text("biz"),
            client_props,
        })
    }

    /// The `ClientPairingProps`, when sent. They are advice (e.g. whether the
    /// account's chats already use LIDs): callers may treat a decoding error
    /// as absent, as WA Web does.
    pub fn client_pairing_props(
        &self,
    ) -> Option<Result<wa::ClientPairingProps, prost::DecodeError>> {
        self.client_props
            .clone()
            .map(wa::ClientPairingProps::decode)
    }

    /// The stanza as the server sends it.
    pub fn to_node(&self) -> Node {
        let mut children = vec![Node::new("device-identity").bytes(self.device_identity.clone())];
        if let Some(platform) = &self.platform {
            children.push(Node::new("platform").attr("name", platform.clone()));
        }
        let mut device = Node::new("device").attr("jid", &self.jid);
        if let Some(lid) = &self.lid {
            device = device.attr("lid", lid);
        }
        children.push(device);
        if let Some(name) = &self.business_name {
            children.push(Node::new("biz").attr("name", name.clone()));
        }
        if let Some(props) = &self.client_props {
            children.push(Node::new("client-props").bytes(props.clone()));
        }
        Node::new("iq")
            .attr("from", "s.whatsapp.net")
            .attr("type", "set")
            .attr("id", self.id.clone())
            .attr_opt("t", self.server_time)
            .children([Node::new("pair-success").children(children)])
    }
}

/// `<pair-device-sign>`: the companion's countersigned identity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairDeviceSign {
    /// The id of the `<pair-success>` answered.
    pub id: String,
    /// The `key-index` attribute.
    pub key_index: u32,
    /// The signed identity without `accountSignatureKey`.
    pub device_identity: Bytes,
}

impl PairDeviceSign {
    /// The answer to the `<pair-success>` with `id`.
    pub fn new(id: &str, success: &PairSuccess) -> PairDeviceSign {
        PairDeviceSign {
            id: id.to_owned(),
            key_index: success.key_index(),
            device_identity: success.reply_device_identity.clone(),
        }
    }

    /// Reads the answer (the emulator's side).
    pub fn parse(iq: &NodeRef<'_>) -> Result<PairDeviceSign, PairStanzaError> {
        let id = expect_iq(iq, "result")?;
        let sign = child(iq, "iq", "pair-device-sign")?;
        let identity = child(sign, "pair-device-sign", "device-identity")?;
        Ok(PairDeviceSign {
            id,
            key_index: identity.attrs().u32("key-index")?,
            device_identity: bytes_of(identity, "device-identity")?,
        })
    }

    /// The stanza.
    pub fn to_node(&self) -> Node {
        Node::new("iq")
            .attr("to", Jid::server_jid())
            .attr("type", "result")
            .attr("id", self.id.clone())
            .children([
                Node::new("pair-device-sign").children([Node::new("device-identity")
                    .attr("key-index", self.key_index)
                    .bytes(self.device_identity.clone())]),
            ])
    }
}

/// `<iq to="s.whatsapp.net" type="error" id><error code text/></iq>`: the
/// refusal of the `<pair-success>` with `id`.
pub fn pair_error(id: &str, reply: PairErrorReply) -> Node {
    Node::new("iq")
        .attr("to", Jid::server_jid())
        .attr("type", "error")
        .attr("id", id.to_owned())
        .children([Node::new("error")
            .attr("code", reply.code)
            .attr("text", reply.text)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::binary::{Dictionary, decode, encode};
    use crate::client::pair::{AdvSecret, adv::EncryptionType, process_pair_success};
    use crate::server::phone_crypto::PrimaryAccount;
    use crate::signal::KeyPair;

    fn round_trip<T>(node: &Node, parse: impl Fn(&NodeRef<'_>) -> T) -> T {
        let wire = encode(node, Dictionary::V3).unwrap();
        parse(&decode(&wire, Dictionary::V3).unwrap())
    }

    #[test]
    fn pair_device_round_trips() {
        let stanza = PairDevice {
            id: "42".into(),
            refs: vec![Bytes::from_static(b"2@one"), Bytes::from_static(b"2@two")],
        };
        assert_eq!(
            round_trip(&stanza.to_node(), PairDevice::parse).unwrap(),
            stanza
        );
        let ack = round_trip(&stanza.ack(), |node| {
            (
                node.attrs().str("type").unwrap().into_owned(),
                node.attrs().jid("to").unwrap(),
                node.attrs().str("id").unwrap().into_owned(),
            )
        });
        assert_eq!(ack, ("result".into(), Jid::server_jid(), "42".into()));
    }

    #[test]
    fn linking_stanzas_round_trip_between_the_two_sides() {
        let phone = PrimaryAccount::generate();
        let identity = KeyPair::generate();
        let secret = AdvSecret::generate();
        let issued =
            phone.issue_device_identity(&identity.public, &secret, 5, 1, EncryptionType::E2ee);
        let stanza = PairSuccessStanza {
            id: "ABC".into(),
            server_time: Some(1_700_000_000),
            device_identity: issued.device_identity.clone(),
            jid: Jid::parse("15551234567:5@s.whatsapp.net").unwrap(),
            lid: Some(Jid::parse("99887766:5@lid").unwrap()),
            platform: Some("android".into()),
            business_name: Some("Shop".into()),
            client_props: Some(
                wa::ClientPairingProps {
                    is_chat_db_lid_migrated: Some(true),
                    ..Default::default()
                }
                .encode_to_vec()
                .into(),
            ),
        };
        let parsed = round_trip(&stanza.to_node(), PairSuccessStanza::parse).unwrap();
        assert_eq!(parsed, stanza);
        let props = parsed.client_pairing_props().unwrap().unwrap();
        assert_eq!(props.is_chat_db_lid_migrated, Some(true));

        let success = process_pair_success(&parsed.device_identity, &secret, &identity).unwrap();
        let reply = PairDeviceSign::new(&parsed.id, &success);
        let received = round_trip(&reply.to_node(), PairDeviceSign::parse).unwrap();
        assert_eq!(received, reply);
        issued
            .verify_reply(received.key_index, &received.device_identity)
            .unwrap();

        let error = round_trip(&pair_error("ABC", PairErrorReply::HMAC_MISMATCH), |node| {
            let error = node.child("error").unwrap();
            (
                node.attrs().str("type").unwrap().into_owned(),
                error.attrs().u32("code").unwrap(),
                error.attrs().str("text").unwrap().into_owned(),
            )
        });
        assert_eq!(error, ("error".into(), 401, "hmac-mismatch".into()));
    }

    #[test]
    fn malformed_stanzas_are_typed_errors() {
        let good = PairSuccessStanza {
            id: "1".into(),
            server_time: None,
            device_identity: Bytes::from_static(b"x"),
            jid: Jid::parse("1:1@s.whatsapp.net").unwrap(),
            lid: None,
            platform: None,
            business_name: None,
            client_props: None,
        };
        let parse = |node: Node| round_trip(&node, PairSuccessStanza::parse);
        assert_eq!(parse(good.to_node()).unwrap(), good);

        let mut node = good.to_node();
        node.attrs.retain(|(key, _)| key != "type");
        assert_eq!(parse(node), Err(PairStanzaError::NotIq("set")));

        let mut node = good.to_node();
        node.attrs.retain(|(key, _)| key != "id");
        assert!(matches!(
            parse(node),
            Err(PairStanzaError::Attr(AttrError::Missing { .. }))
        ));

        let without = |tag: &str| {
            let mut node = good.to_node();
            if let Some(crate::binary::Content::Nodes(children)) = &mut node.content
                && let Some(crate::binary::Content::Nodes(inner)) = &mut children[0].content
            {
                inner.retain(|child| child.tag != tag);
            }
            node
        };
        assert_eq!(
            parse(without("device-identity")),
            Err(PairStanzaError::Missing {
                parent: "pair-success",
                child: "device-identity"
            })
        );
        assert_eq!(
            parse(without("device")),
            Err(PairStanzaError::Missing {
                parent: "pair-success",
                child: "device"
            })
        );
        let text_identity = Node::new("iq")
            .attr("type", "set")
            .attr("id", "1")
            .children([Node::new("pair-success").children([
                Node::new("device-identity").children([]),
                Node::new("device").attr("jid", &good.jid),
            ])]);
        assert_eq!(
            parse(text_identity),
            Err(PairStanzaError::NotBytes("device-identity"))
        );
        for jid in [
            "15551234567@s.whatsapp.net",
            ".1:2@s.whatsapp.net",
            "1a:2@lid",
        ] {
            let mut stanza = good.clone();
            stanza.jid = Jid::parse(jid).unwrap();
            assert!(
                matches!(
                    parse(stanza.to_node()),
                    Err(PairStanzaError::NotACompanion(_))
                ),
                "{jid}"
            );
        }
        let mut stanza = good.clone();
        stanza.lid = Some(Jid::parse("5@lid").unwrap());
        assert!(matches!(
            parse(stanza.to_node()),
            Err(PairStanzaError::NotACompanion(_))
        ));
        let bad_jid = Node::new("iq")
            .attr("type", "set")
            .attr("id", "1")
            .children([Node::new("pair-success").children([
                Node::new("device-identity").bytes(Bytes::from_static(b"x")),
                Node::new("device").attr("jid", "not a jid"),
            ])]);
        assert!(matches!(
            parse(bad_jid),
            Err(PairStanzaError::Attr(AttrError::Invalid { .. }))
        ));

        let reply = Node::new("iq")
            .attr("type", "result")
            .attr("id", "1")
            .children([
                Node::new("pair-device-sign").children([Node::new("device-identity")
                    .attr("key-index", "x")
                    .bytes(Bytes::from_static(b"x"))]),
            ]);
        assert!(matches!(
            round_trip(&reply, PairDeviceSign::parse),
            Err(PairStanzaError::Attr(AttrError::Invalid { .. }))
        ));
        assert_eq!(
            round_trip(
                &Node::new("iq").attr("type", "set").attr("id", "1"),
                PairDevice::parse
            ),
            Err(PairStanzaError::Missing {
                parent: "iq",
                child: "pair-device"
            })
        );
    }
}
