//! Device lists through usync: the query (`<iq xmlns="usync"><usync
//! context="message" mode="query"><query><devices version="2"/></query>
//! <list><user jid/>…</list></usync></iq>`) and its answer, parsed into the
//! device JIDs of each user.

use crate::binary::{Jid, Node, NodeRef};
use crate::client::request::iq;

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

/// The device JIDs of each user in a usync answer. Hosted devices are left
/// out; a user whose list is missing or malformed is absent from the result.
pub fn parse_devices(answer: &NodeRef<'_>) -> Vec<(Jid, Vec<Jid>)> {
    let Some(list) = answer.child_path(&["usync", "list"]) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for user in list.children_by_tag("user") {
        let Some(jid) = user.attrs().optional_jid("jid").ok().flatten() else {
            log::debug!("usync answer: <user> without a jid");
            continue;
        };
        let Some(device_list) = user.child_path(&["devices", "device-list"]) else {
            continue;
        };
        let devices: Vec<Jid> = device_list
            .children_by_tag("device")
            .filter(|device| !device.attrs().is("is_hosted", "true"))
            .filter_map(|device| device.attrs().optional_u32("id").ok().flatten())
            .filter_map(|id| u16::try_from(id).ok())
            .take(MAX_DEVICES_PER_USER)
            .map(|id| Jid::with_device(jid.user.clone(), jid.server.clone(), id))
            .collect();
        out.push((jid.to_non_ad(), devices));
    }
    out
}

/// The `<user>` of a usync answer listing `devices` (ids; `0` the phone).
pub fn user_devices_node(user: &Jid, devices: &[(u16, u32)], lid: Option<&Jid>) -> Node {
    let list = devices.iter().map(|(id, key_index)| {
        let node = Node::new("device").attr("id", id.to_string());
        if *id == 0 {
            node
        } else {
            node.attr("key-index", key_index.to_string())
        }
    });
    let mut children =
        vec![Node::new("devices").children([Node::new("device-list").children(list)])];
    if let Some(lid) = lid {
        children.push(Node::new("lid").attr("val", lid.clone()));
    }
    Node::new("user")
        .attr("jid", user.clone())
        .children(children)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::binary::{Dictionary, Server, decode, encode};

    #[test]
    fn device_lists_parse_and_skip_hosted_devices() {
        let alice = Jid::new("1", Server::User);
        let answer = Node::new("iq").children([Node::new("usync").children([Node::new("list")
            .children([
                user_devices_node(&alice, &[(0, 0), (4, 1)], None),
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
        let parsed = parse_devices(&decode(&wire, Dictionary::V3).unwrap());
        assert_eq!(parsed.len(), 2);
        assert_eq!(parsed[0].0, alice);
        assert_eq!(
            parsed[0].1,
            vec![alice.clone(), Jid::with_device("1", Server::User, 4)]
        );
        assert_eq!(parsed[1].1, vec![Jid::new("2", Server::User)]);
        let request = devices_request("1".into(), "s".into(), &[alice]);
        assert!(request.attrs().is("xmlns", "usync"));
    }
}
