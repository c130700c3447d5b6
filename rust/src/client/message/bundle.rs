//! Prekey bundles in stanzas: the fetch request (`<iq xmlns="encrypt"
//! type="get"><key><user jid/>…</key></iq>`), its answer (`<list><user
//! jid><registration/><type/><identity/><skey/>[<key/>]</user>…</list>`) on
//! both sides, and the `<keys>` block of retry receipts.

use bytes::Bytes;

use crate::binary::{Jid, Node, NodeRef};
use crate::client::request::iq;
use crate::signal::keys::{DJB_TYPE, PublicKey};
use crate::signal::prekeys::{PreKeyBundle, id_bytes};

/// A bundle in an answer that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum BundleError {
    /// A `<user>` without a usable `jid`.
    #[error("a <user> of the bundle list has no jid")]
    NoJid,
    /// A required child is absent or has the wrong length.
    #[error("bundle of {jid}: bad or missing <{field}>")]
    Field {
        /// The device.
        jid: String,
        /// The child.
        field: &'static str,
    },
    /// The server has no bundle for that device (`<error>` child).
    #[error("no bundle for {jid}: {code} {text}")]
    Unavailable {
        /// The device.
        jid: String,
        /// The error code.
        code: String,
        /// The error text.
        text: String,
    },
    /// The signed prekey's signature does not verify.
    #[error("bundle of {0}: the signed prekey signature is invalid")]
    BadSignature(String),
}

/// The fetch request for the bundles of `devices`.
pub fn fetch_request(id: String, devices: &[Jid]) -> Node {
    let users = devices.iter().map(|device| {
        Node::new("user")
            .attr("jid", device.clone())
            .attr("reason", "identity")
    });
    iq(id, "encrypt", "get", vec![Node::new("key").children(users)])
}

fn u24(bytes: &[u8]) -> Option<u32> {
    match bytes {
        [a, b, c] => Some(u32::from_be_bytes([0, *a, *b, *c])),
        _ => None,
    }
}

fn key32(bytes: &[u8]) -> Option<PublicKey> {
    let raw = match bytes.len() {
        33 => bytes.get(1..)?,
        _ => bytes,
    };
    <[u8; 32]>::try_from(raw).ok().map(PublicKey::from_raw)
}

/// One `<user>` of a bundle answer (or the `<keys>` of a retry receipt,
/// given the sender's registration id).
pub fn parse_keys(
    jid: &Jid,
    node: &NodeRef<'_>,
    registration_id: Option<u32>,
) -> Result<PreKeyBundle, BundleError> {
    let field = |field: &'static str| BundleError::Field {
        jid: jid.to_string(),
        field,
    };
    if let Some(error) = node.child("error") {
        let attrs = error.attrs();
        return Err(BundleError::Unavailable {
            jid: jid.to_string(),
            code: attrs.optional_str("code").unwrap_or_default().into_owned(),
            text: attrs.optional_str("text").unwrap_or_default().into_owned(),
        });
    }
    let registration_id = match registration_id {
        Some(id) => id,
        None => node
            .child("registration")
            .and_then(|child| child.bytes())
            .and_then(|bytes| <[u8; 4]>::try_from(bytes).ok())
            .map(u32::from_be_bytes)
            .ok_or_else(|| field("registration"))?,
    };
    let identity_key = node
        .child("identity")
        .and_then(|child| child.bytes())
        .and_then(key32)
        .ok_or_else(|| field("identity"))?;
    let skey = node.child("skey").ok_or_else(|| field("skey"))?;
    let child = |parent: &NodeRef<'_>, tag: &str| {
        parent
            .child(tag)
            .and_then(|child| child.bytes())
            .map(<[u8]>::to_vec)
    };
    let signed_prekey_id = child(skey, "id")
        .and_then(|bytes| u24(&bytes))
        .ok_or_else(|| field("skey/id"))?;
    let signed_prekey = child(skey, "value")
        .and_then(|bytes| key32(&bytes))
        .ok_or_else(|| field("skey/value"))?;
    let signed_prekey_signature = child(skey, "signature")
        .and_then(|bytes| <[u8; 64]>::try_from(bytes.as_slice()).ok())
        .ok_or_else(|| field("skey/signature"))?;
    let prekey = match node.child("key") {
        Some(key) => Some((
            child(key, "id")
                .and_then(|bytes| u24(&bytes))
                .ok_or_else(|| field("key/id"))?,
            child(key, "value")
                .and_then(|bytes| key32(&bytes))
                .ok_or_else(|| field("key/value"))?,
        )),
        None => None,
    };
    let bundle = PreKeyBundle {
        registration_id,
        device_id: u32::from(jid.device),
        identity_key,
        signed_prekey_id,
        signed_prekey,
        signed_prekey_signature,
        prekey,
    };
    bundle
        .verify()
        .map_err(|_| BundleError::BadSignature(jid.to_string()))?;
    Ok(bundle)
}

/// The bundles of a fetch answer, one result per `<user>`.
/// A `<user>` without a jid is logged and left out.
pub fn parse_fetch_answer(answer: &NodeRef<'_>) -> Vec<(Jid, Result<PreKeyBundle, BundleError>)> {
    let list = answer
        .child("list")
        .or_else(|| answer.child_path(&["keys", "list"]));
    let Some(list) = list else {
        return Vec::new();
    };
    list.children_by_tag("user")
        .filter_map(
            |user| match user.attrs().optional_jid("jid").ok().flatten() {
                Some(jid) => {
                    let bundle = parse_keys(&jid, user, None);
                    Some((jid, bundle))
                }
                None => {
                    log::warn!("{}", BundleError::NoJid);
                    None
                }
            },
        )
        .collect()
}

/// The children describing a bundle: `<registration/>` (when `with_registration`),
/// `<type/>`, `<identity/>`, `[<key/>]`, `<skey/>`.
pub fn bundle_children(bundle: &PreKeyBundle, with_registration: bool) -> Vec<Node> {
    let mut children = Vec::with_capacity(5);
    if with_registration {
        children.push(Node::new("registration").bytes(Bytes::copy_from_slice(
            &bundle.registration_id.to_be_bytes(),
        )));
    }
    children.push(Node::new("type").bytes(Bytes::from_static(&[DJB_TYPE])));
    children
        .push(Node::new("identity").bytes(Bytes::copy_from_slice(bundle.identity_key.as_bytes())));
    if let Some((id, public)) = &bundle.prekey {
        children.push(Node::new("key").children([
            Node::new("id").bytes(Bytes::copy_from_slice(&id_bytes(*id))),
            Node::new("value").bytes(Bytes::copy_from_slice(public.as_bytes())),
        ]));
    }
    children.push(Node::new("skey").children([
        Node::new("id").bytes(Bytes::copy_from_slice(&id_bytes(bundle.signed_prekey_id))),
        Node::new("value").bytes(Bytes::copy_from_slice(bundle.signed_prekey.as_bytes())),
        Node::new("signature").bytes(Bytes::copy_from_slice(&bundle.signed_prekey_signature)),
    ]));
    children
}

/// `<user jid>` with a bundle, as the server answers a fetch.
pub fn user_node(jid: &Jid, bundle: &PreKeyBundle) -> Node {
    Node::new("user")
        .attr("jid", jid.clone())
        .children(bundle_children(bundle, true))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::binary::{Dictionary, Server, decode, encode};
    use crate::signal::{MemorySignalStore, OsKeys};

    #[test]
    fn bundles_round_trip_and_bad_ones_are_refused() {
        let mut store = MemorySignalStore::generate(&mut OsKeys);
        let bundle = store.bundle(3, Some(77), &mut OsKeys).unwrap();
        let jid = Jid::with_device("1", Server::User, 3);
        let answer = Node::new("iq").children([Node::new("list").children([
            user_node(&jid, &bundle),
            Node::new("user")
                .attr("jid", Jid::new("2", Server::User))
                .children([Node::new("error")
                    .attr("code", "404")
                    .attr("text", "item-not-found")]),
            Node::new("user").attr("jid", Jid::new("3", Server::User)),
        ])]);
        let wire = encode(&answer, Dictionary::V3).unwrap();
        let parsed = parse_fetch_answer(&decode(&wire, Dictionary::V3).unwrap());
        assert_eq!(parsed.len(), 3);
        assert_eq!(parsed[0].0, jid);
        assert_eq!(parsed[0].1.as_ref().unwrap(), &bundle);
        assert!(matches!(parsed[1].1, Err(BundleError::Unavailable { .. })));
        assert!(matches!(
            parsed[2].1,
            Err(BundleError::Field {
                field: "registration",
                ..
            })
        ));

        let mut forged = bundle.clone();
        forged.signed_prekey_signature[0] ^= 1;
        let wire = encode(&user_node(&jid, &forged), Dictionary::V3).unwrap();
        assert!(matches!(
            parse_keys(&jid, &decode(&wire, Dictionary::V3).unwrap(), None),
            Err(BundleError::BadSignature(_))
        ));
    }
}
