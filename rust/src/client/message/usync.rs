//! Device lists through usync: the query (`<iq xmlns="usync"><usync
//! context="message" mode="query"><query><devices version="2"/></query>
//! <list><user jid/>…</list></usync></iq>`) and its answer, parsed into the
//! devices of each user and checked against the account's signed key-index
//! list (`<devices><device-list><device id key-index/>…</device-list>
//! <key-index-list ts>ADVSignedKeyIndexList</key-index-list></devices>`).
//!
//! A companion is trusted only when the primary vouches for it: its key
//! index must be valid in a list the account key signed (`06 02 ‖ details`,
//! see [`crate::client::pair::key_index`]). A list that does not verify
//! leaves the user's companions untrusted while the primary, whose identity
//! is the account key itself, still gets messages: a server (or anyone on
//! its path) can then add no device to a conversation. whatsmeow and
//! whatsapp-rust take the device list as served; WA Web checks the list.

use bytes::Bytes;

use crate::binary::{Jid, Node, NodeRef};
use crate::client::pair::adv::AdvError;
use crate::client::pair::key_index::verify_key_index_list;
use crate::client::request::iq;
use crate::signal::PublicKey;

/// Upper bound of devices accepted for one user (the real limit is far lower).
pub const MAX_DEVICES_PER_USER: usize = 128;

/// The usync device query for `users` (non-AD JIDs).
pub fn devices_request(id: String, sid: String, users: &[Jid]) -> Node {
    let list = users
        .iter()
        .map(|user| Node::new("user").attr("jid", user.to_non_ad()));
    iq(
        id,
        "usync",
        "get",
        vec![
            Node::new("usync")
                .attr("sid", sid)
                .attr("mode", "query")
                .attr("last", "true")
                .attr("index", "0")
                .attr("context", "message")
                .children([
                    Node::new("query").children([Node::new("devices").attr("version", "2")]),
                    Node::new("list").children(list),
                ]),
        ],
    )
}

/// Why the companion devices of a usync answer's user are not trusted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum DeviceListError {
    /// The `<key-index-list>` is malformed or its signature does not verify
    /// with the account key.
    #[error("key-index list of {user}: {source}")]
    KeyIndexList {
        /// The user whose list it is.
        user: Jid,
        /// What is wrong with it.
        source: AdvError,
    },
    /// The `ts` attribute is not the signed list's timestamp.
    #[error("key-index list of {user}: ts {attribute} but {signed} signed")]
    TimestampMismatch {
        /// The user whose list it is.
        user: Jid,
        /// The `ts` attribute.
        attribute: u64,
        /// The timestamp inside the signed list.
        signed: u64,
    },
}

/// One user of a usync device answer, before verification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserDevices {
    /// The user (no device).
    pub user: Jid,
    /// Device ids with their `key-index` attribute (hosted devices left
    /// out; at most [`MAX_DEVICES_PER_USER`]).
    pub devices: Vec<(u16, Option<u32>)>,
    /// The `<key-index-list>`: its `ts` attribute and its
    /// `ADVSignedKeyIndexList` bytes.
    pub key_index_list: Option<(Option<u64>, Bytes)>,
}

impl UserDevices {
    fn jid(&self, id: u16) -> Jid {
        Jid::with_device(self.user.user.clone(), self.user.server.clone(), id)
    }

    /// Whether the answer names companion devices (device id != 0).
    pub fn has_companions(&self) -> bool {
        self.devices.iter().any(|(id, _)| *id != 0)
    }

    /// Whether verifying the answer needs the account key (the primary
    /// device's identity): it carries a key-index list and companions.
    pub fn needs_account_key(&self) -> bool {
        self.key_index_list.is_some() && self.has_companions()
    }

    /// The primary device alone, when the answer names it (what is left
    /// when the companions cannot be trusted).
    pub fn primary_only(&self) -> Vec<Jid> {
        self.devices
            .iter()
            .filter(|(id, _)| *id == 0)
            .map(|(id, _)| self.jid(*id))
            .collect()
    }

    /// The devices to encrypt for. With a key-index list, its signature is
    /// checked with `account_key` (the primary's identity we trust; the
    /// list's embedded key when we know none) and companions whose key index
    /// is missing or not valid in the list are dropped (logged). Without a
    /// list every device is kept, as nothing signed says otherwise. A list
    /// that does not verify is an error: the caller trusts the primary only.
    pub fn verify(&self, account_key: Option<&PublicKey>) -> Result<Vec<Jid>, DeviceListError> {
        let Some((ts, signed)) = &self.key_index_list else {
            if self.has_companions() {
                log::debug!("device list of {}: no key-index list to check", self.user);
            }
            return Ok(self.devices.iter().map(|(id, _)| self.jid(*id)).collect());
        };
        let verified = verify_key_index_list(signed, account_key).map_err(|source| {
            DeviceListError::KeyIndexList {
                user: self.user.clone(),
                source,
            }
        })?;
        if let Some(attribute) = *ts
            && attribute != verified.list.timestamp
        {
            return Err(DeviceListError::TimestampMismatch {
                user: self.user.clone(),
                attribute,
                signed: verified.list.timestamp,
            });
        }
        let mut out = Vec::with_capacity(self.devices.len());
        for (id, key_index) in &self.devices {
            let jid = self.jid(*id);
            match key_index {
                _ if *id == 0 => out.push(jid),
                Some(index) if verified.list.is_valid_index(*index) => out.push(jid),
                Some(index) => log::info!(
                    "device {jid} left out: key index {index} is not valid in the account's signed list"
                ),
                None => log::info!("device {jid} left out: no key index to check"),
            }
        }
        Ok(out)
    }
}

/// The users of a usync device answer with their devices and key-index
/// lists. A user whose list is missing or malformed is absent.
pub fn parse_device_answer(answer: &NodeRef<'_>) -> Vec<UserDevices> {
    let Some(list) = answer.child_path(&["usync", "list"]) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for user in list.children_by_tag("user") {
        let Some(jid) = user.attrs().optional_jid("jid").ok().flatten() else {
            log::debug!("usync answer: <user> without a jid");
            continue;
        };
        let Some(devices_node) = user.child("devices") else {
            continue;
        };
        let Some(device_list) = devices_node.child("device-list") else {
            continue;
        };
        let devices = device_list
            .children_by_tag("device")
            .filter(|device| !device.attrs().is("is_hosted", "true"))
            .filter_map(|device| {
                let attrs = device.attrs();
                let id = attrs.optional_u32("id").ok().flatten()?;
                let id = u16::try_from(id).ok()?;
                Some((id, attrs.optional_u32("key-index").ok().flatten()))
            })
            .take(MAX_DEVICES_PER_USER)
            .collect();
        let key_index_list = devices_node.child("key-index-list").map(|list| {
            (
                list.attrs().optional_u64("ts").ok().flatten(),
                Bytes::copy_from_slice(list.bytes().unwrap_or_default()),
            )
        });
        out.push(UserDevices {
            user: jid.to_non_ad(),
            devices,
            key_index_list,
        });
    }
    out
}

/// The `<user>` of a usync answer listing `devices` (ids; `0` the phone),
/// with the account's `<key-index-list ts>` when given.
pub fn user_devices_node(
    user: &Jid,
    devices: &[(u16, u32)],
    key_index_list: Option<(u64, Bytes)>,
    lid: Option<&Jid>,
) -> Node {
    let list = devices.iter().map(|(id, key_index)| {
        let node = Node::new("device").attr("id", id.to_string());
        if *id == 0 {
            node
        } else {
            node.attr("key-index", key_index.to_string())
        }
    });
    let mut devices_children = vec![Node::new("device-list").children(list)];
    if let Some((ts, bytes)) = key_index_list {
        devices_children.push(
            Node::new("key-index-list")
                .attr("ts", ts.to_string())
                .bytes(bytes),
        );
    }
    let mut children = vec![Node::new("devices").children(devices_children)];
    if let Some(lid) = lid {
        children.push(Node::new("lid").attr("val", lid.clone()));
    }
    Node::new("user")
        .attr("jid", user.clone())
        .children(children)
}

#[cfg(test)]
mod tests {
    use prost::Message as _;

    use super::*;
    use crate::binary::{Dictionary, Server, decode, encode};
    use crate::client::pair::adv::EncryptionType;
    use crate::client::pair::key_index::{KeyIndexList, key_index_list_signature_message};
    use crate::proto::wa;
    use crate::signal::KeyPair;

    fn signed_list(account: &KeyPair, ts: u64, current: u32, valid: &[u32]) -> Bytes {
        let details = KeyIndexList {
            raw_id: 5,
            timestamp: ts,
            current_index: current,
            valid_indexes: valid.to_vec(),
            account_type: EncryptionType::E2ee,
        }
        .encode();
        let signature = account
            .private
            .sign(&key_index_list_signature_message(&details));
        wa::AdvSignedKeyIndexList {
            details: Some(details.into()),
            account_signature: Some(Bytes::copy_from_slice(&signature)),
            account_signature_key: None,
        }
        .encode_to_vec()
        .into()
    }

    fn round_trip(user: Node) -> Vec<UserDevices> {
        let answer = Node::new("iq")
            .children([Node::new("usync").children([Node::new("list").children([user])])]);
        let wire = encode(&answer, Dictionary::V3).unwrap();
        parse_device_answer(&decode(&wire, Dictionary::V3).unwrap())
    }

    fn jids(user: &Jid, ids: &[u16]) -> Vec<Jid> {
        ids.iter()
            .map(|id| Jid::with_device(user.user.clone(), user.server.clone(), *id))
            .collect()
    }

    #[test]
    fn device_lists_parse_and_skip_hosted_devices() {
        let alice = Jid::new("1", Server::User);
        let answer = Node::new("iq").children([Node::new("usync").children([Node::new("list")
            .children([
                user_devices_node(&alice, &[(0, 0), (4, 1)], None, None),
                Node::new("user")
                    .attr("jid", Jid::new("2", Server::User))
                    .children([Node::new("devices").children([Node::new("device-list")
                        .children([
                            Node::new("device").attr("id", "0"),
                            Node::new("device")
                                .attr("id", "99")
                                .attr("is_hosted", "true"),
                            Node::new("device").attr("id", "not-a-number"),
                        ])])]),
                Node::new("user"),
            ])])]);
        let wire = encode(&answer, Dictionary::V3).unwrap();
        let parsed = parse_device_answer(&decode(&wire, Dictionary::V3).unwrap());
        assert_eq!(parsed.len(), 2);
        assert_eq!(parsed[0].user, alice);
        assert_eq!(parsed[0].devices, vec![(0, None), (4, Some(1))]);
        assert_eq!(parsed[0].key_index_list, None);
        // Without a list nothing signed says otherwise: every device stays.
        assert_eq!(parsed[0].verify(None).unwrap(), jids(&alice, &[0, 4]));
        assert_eq!(parsed[1].devices, vec![(0, None)]);
        assert!(!parsed[1].needs_account_key());
        let request = devices_request("1".into(), "s".into(), &[alice]);
        assert!(request.attrs().is("xmlns", "usync"));
    }

    #[test]
    fn companions_must_be_valid_in_the_signed_list() {
        let account = KeyPair::generate();
        let bob = Jid::new("2", Server::User);
        let list = signed_list(&account, 1_700_000_000, 3, &[1, 3]);
        let parsed = round_trip(user_devices_node(
            &bob,
            &[(0, 0), (1, 1), (2, 2), (3, 3), (9, 4)],
            Some((1_700_000_000, list.clone())),
            None,
        ));
        let user = &parsed[0];
        assert!(user.needs_account_key());
        assert_eq!(
            user.key_index_list,
            Some((Some(1_700_000_000), list.clone()))
        );
        // Index 2 was revoked; index 4 is newer than the list.
        assert_eq!(
            user.verify(Some(&account.public)).unwrap(),
            jids(&bob, &[0, 1, 3, 9])
        );

        // A companion without a key index cannot be checked.
        let mut bare = user.clone();
        bare.devices[1].1 = None;
        assert_eq!(
            bare.verify(Some(&account.public)).unwrap(),
            jids(&bob, &[0, 3, 9])
        );

        // A ts attribute that is not the signed timestamp.
        let mut moved = user.clone();
        moved.key_index_list = Some((Some(1), list));
        assert_eq!(
            moved.verify(Some(&account.public)),
            Err(DeviceListError::TimestampMismatch {
                user: bob.clone(),
                attribute: 1,
                signed: 1_700_000_000
            })
        );
        assert_eq!(user.primary_only(), jids(&bob, &[0]));
    }

    #[test]
    fn lists_that_do_not_verify_are_typed_errors() {
        let account = KeyPair::generate();
        let other = KeyPair::generate();
        let bob = Jid::new("2", Server::User);
        let user = |bytes: Bytes| UserDevices {
            user: bob.clone(),
            devices: vec![(0, None), (1, Some(1))],
            key_index_list: Some((None, bytes)),
        };
        let good = signed_list(&account, 10, 1, &[1]);
        assert_eq!(
            user(good.clone()).verify(Some(&account.public)).unwrap(),
            jids(&bob, &[0, 1])
        );
        // Signed by another key than the primary's identity.
        assert!(matches!(
            user(good.clone()).verify(Some(&other.public)),
            Err(DeviceListError::KeyIndexList {
                source: AdvError::AccountSignatureMismatch,
                ..
            })
        ));
        // No account key known and none embedded.
        assert!(matches!(
            user(good.clone()).verify(None),
            Err(DeviceListError::KeyIndexList {
                source: AdvError::NoAccountKey,
                ..
            })
        ));
        // One flipped bit in the signed details.
        let mut tampered = wa::AdvSignedKeyIndexList::decode(&good[..]).unwrap();
        let mut details = tampered.details.clone().unwrap().to_vec();
        let last = details.len() - 1;
        details[last] ^= 1;
        tampered.details = Some(details.into());
        assert!(matches!(
            user(tampered.encode_to_vec().into()).verify(Some(&account.public)),
            Err(DeviceListError::KeyIndexList {
                source: AdvError::AccountSignatureMismatch,
                ..
            })
        ));
        // Bytes that are no protobuf at all, and an empty list.
        for garbage in [&[0x0a, 0xff, 0x01][..], &[]] {
            assert!(matches!(
                user(Bytes::copy_from_slice(garbage)).verify(Some(&account.public)),
                Err(DeviceListError::KeyIndexList { .. })
            ));
        }
    }
}
