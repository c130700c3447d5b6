//! Parser tests for every notification family, from stanzas built with `Node`.

use bytes::Bytes;

use super::*;
use crate::binary::{Jid, Node};
use crate::events::{
    BlocklistAction, BlocklistChangeAction, DeviceListUpdateType, GroupNotificationAction as A,
    GroupParticipant, MembershipRequestMethod, ParticipantType, SubGroupSuggestion, Timestamp,
};

fn jid(text: &str) -> Jid {
    Jid::parse(text).unwrap()
}

fn gp2(children: Vec<Node>) -> Node {
    Node::new("notification")
        .attr("from", jid("120363@g.us"))
        .attr("type", "w:gp2")
        .attr("id", "n1")
        .attr("t", "1700000000")
        .attr("participant", jid("111@lid"))
        .attr("participant_pn", jid("5511@s.whatsapp.net"))
        .attr("addressing_mode", "lid")
        .children(children)
}

fn action(child: Node) -> A {
    let node = gp2(vec![child]);
    let mut updates = group::parse(&node.as_node_ref()).unwrap();
    assert_eq!(updates.len(), 1);
    updates.remove(0).action
}

fn participant(jid_text: &str) -> Node {
    Node::new("participant").attr("jid", jid(jid_text))
}

#[test]
fn group_update_header_fields() {
    let node = gp2(vec![Node::new("locked"), Node::new("unlocked")]);
    let updates = group::parse(&node.as_node_ref()).unwrap();
    assert_eq!(updates.len(), 2);
    let first = &updates[0];
    assert_eq!(first.group_jid, jid("120363@g.us"));
    assert_eq!(first.participant, Some(jid("111@lid")));
    assert_eq!(first.participant_pn, Some(jid("5511@s.whatsapp.net")));
    assert_eq!(first.timestamp.unix(), 1_700_000_000);
    assert!(first.is_lid_addressing_mode);
    assert_eq!(first.action, A::Locked { locked: true });
    assert_eq!(updates[1].action, A::Locked { locked: false });
}

#[test]
fn participant_lists_carry_every_attribute() {
    let add = Node::new("add").attr("reason", "invite_link").children([
        Node::new("participant")
            .attr("jid", jid("222@lid"))
            .attr("phone_number", jid("5522@s.whatsapp.net"))
            .attr("type", "admin")
            .attr("display_name", "Ana")
            .attr("username", "ana"),
        participant("333@s.whatsapp.net").attr("lid", jid("444@lid")),
    ]);
    let A::Add {
        participants,
        reason,
    } = action(add)
    else {
        panic!("not add")
    };
    assert_eq!(reason.as_deref(), Some("invite_link"));
    assert_eq!(
        participants[0],
        GroupParticipant {
            jid: jid("222@lid"),
            phone_number: Some(jid("5522@s.whatsapp.net")),
            lid: None,
            participant_type: Some(ParticipantType::Admin),
            display_name: Some("Ana".into()),
            username: Some("ana".into()),
        }
    );
    assert_eq!(participants[1].lid, Some(jid("444@lid")));
    let pairs: Vec<_> = group::lid_pairs(&participants).collect();
    assert_eq!(
        pairs,
        vec![
            (jid("222@lid"), jid("5522@s.whatsapp.net")),
            (jid("444@lid"), jid("333@s.whatsapp.net"))
        ]
    );
}

#[test]
fn member_actions() {
    let one = || vec![GroupParticipant::new(jid("1@lid"))];
    assert_eq!(
        action(
            Node::new("remove")
                .attr("reason", "left")
                .children([participant("1@lid")])
        ),
        A::Remove {
            participants: one(),
            reason: Some("left".into())
        }
    );
    assert_eq!(
        action(Node::new("promote").children([participant("1@lid")])),
        A::Promote {
            participants: one()
        }
    );
    assert_eq!(
        action(Node::new("demote").children([participant("1@lid")])),
        A::Demote {
            participants: one()
        }
    );
    assert_eq!(
        action(Node::new("modify").children([participant("1@lid")])),
        A::Modify {
            participants: one()
        }
    );
}

#[test]
fn metadata_actions() {
    assert_eq!(
        action(
            Node::new("subject")
                .attr("subject", "Team")
                .attr("s_o", jid("1@lid"))
                .attr("s_o_pn", jid("2@s.whatsapp.net"))
                .attr("s_t", "1700000001")
        ),
        A::Subject {
            subject: "Team".into(),
            subject_owner: Some(jid("1@lid")),
            subject_owner_pn: Some(jid("2@s.whatsapp.net")),
            subject_time: Some(Timestamp(1_700_000_001)),
        }
    );
    assert_eq!(
        action(
            Node::new("description")
                .attr("id", "D1")
                .children([Node::new("body").bytes(Bytes::from_static(b"rules"))])
        ),
        A::Description {
            id: "D1".into(),
            description: Some("rules".into())
        }
    );
    assert_eq!(
        action(
            Node::new("description")
                .attr("id", "D2")
                .children([Node::new("delete")])
        ),
        A::Description {
            id: "D2".into(),
            description: None
        }
    );
    assert_eq!(
        action(Node::new("announcement").attr("v_id", "1")),
        A::Announce { announce: true }
    );
    assert_eq!(
        action(Node::new("not_announcement")),
        A::Announce { announce: false }
    );
    assert_eq!(
        action(
            Node::new("ephemeral")
                .attr("expiration", "86400")
                .attr("trigger", "1")
        ),
        A::Ephemeral {
            expiration: 86400,
            trigger: Some(1)
        }
    );
    assert_eq!(
        action(Node::new("not_ephemeral")),
        A::Ephemeral {
            expiration: 0,
            trigger: None
        }
    );
    assert_eq!(
        action(Node::new("member_add_mode").text("admin_add")),
        A::MemberAddMode {
            mode: "admin_add".into()
        }
    );
    assert_eq!(
        action(Node::new("invite").attr("code", "AbC")),
        A::Invite { code: "AbC".into() }
    );
    assert_eq!(action(Node::new("revoke")), A::RevokeInvite);
    assert_eq!(
        action(Node::new("delete").attr("reason", "admin")),
        A::Delete {
            reason: Some("admin".into())
        }
    );
    assert_eq!(
        action(Node::new("suspended")),
        A::Suspended { suspended: true }
    );
    assert_eq!(
        action(Node::new("unsuspended")),
        A::Suspended { suspended: false }
    );
    let create = Node::new("create")
        .attr("reason", "invite")
        .children([Node::new("group").attr("id", "120363").attr("subject", "X")]);
    assert_eq!(
        action(create.clone()),
        A::Create {
            reason: Some("invite".into()),
            node: create
        }
    );
}

#[test]
fn membership_actions() {
    let mode = |state: &'static str| {
        Node::new("membership_approval_mode")
            .children([Node::new("group_join").attr("state", state)])
    };
    assert_eq!(
        action(mode("on")),
        A::MembershipApprovalMode { enabled: true }
    );
    assert_eq!(
        action(mode("off")),
        A::MembershipApprovalMode { enabled: false }
    );
    assert_eq!(
        action(
            Node::new("membership_approval_request")
                .attr("request_method", "linked_group_join")
                .attr("parent_group_jid", jid("999@g.us"))
        ),
        A::MembershipApprovalRequest {
            request_method: MembershipRequestMethod::LinkedGroupJoin,
            parent_group_jid: Some(jid("999@g.us")),
        }
    );
    assert_eq!(
        action(
            Node::new("created_membership_requests")
                .attr("request_method", "invite_link")
                .children([Node::new("requested_user")
                    .attr("jid", jid("5@lid"))
                    .attr("phone_number", jid("55@s.whatsapp.net"))])
        ),
        A::CreatedMembershipRequests {
            request_method: MembershipRequestMethod::InviteLink,
            parent_group_jid: None,
            requests: vec![GroupParticipant {
                phone_number: Some(jid("55@s.whatsapp.net")),
                ..GroupParticipant::new(jid("5@lid"))
            }],
        }
    );
    assert_eq!(
        action(Node::new("revoked_membership_requests").children([participant("5@lid")])),
        A::RevokedMembershipRequests {
            participants: vec![jid("5@lid")]
        }
    );
}

#[test]
fn community_actions() {
    let linked = Node::new("link")
        .attr("link_type", "sub_group")
        .children([Node::new("group")
            .attr("jid", jid("7@g.us"))
            .attr("subject", "Sub")
            .attr("s_t", "5")]);
    let A::Link { link_type, group } = action(linked) else {
        panic!("not link")
    };
    assert_eq!(link_type, "sub_group");
    let group = group.unwrap();
    assert_eq!(
        (group.jid, group.subject.as_deref()),
        (jid("7@g.us"), Some("Sub"))
    );
    let unlinked = Node::new("unlink")
        .attr("unlink_type", "sub_group")
        .attr("unlink_reason", "delete_parent")
        .children([Node::new("group").attr("id", "8")]);
    let A::Unlink {
        unlink_type,
        unlink_reason,
        group,
    } = action(unlinked)
    else {
        panic!("not unlink")
    };
    assert_eq!(unlink_type, "sub_group");
    assert_eq!(unlink_reason.as_deref(), Some("delete_parent"));
    assert_eq!(group.unwrap().jid, jid("8@g.us"));
}

#[test]
fn linked_group_rank_actions() {
    let promoted = Node::new("linked_group_promote")
        .attr("jid", jid("7@g.us"))
        .children([participant("1@lid").attr("phone_number", jid("5511@s.whatsapp.net"))]);
    let mut expected = GroupParticipant::new(jid("1@lid"));
    expected.phone_number = Some(jid("5511@s.whatsapp.net"));
    assert_eq!(
        action(promoted),
        A::LinkedGroupPromote {
            participants: vec![expected],
            linked_group_jid: Some(jid("7@g.us")),
        }
    );
    assert_eq!(
        action(Node::new("linked_group_demote").children([participant("2@lid")])),
        A::LinkedGroupDemote {
            participants: vec![GroupParticipant::new(jid("2@lid"))],
            linked_group_jid: None,
        }
    );
}

#[test]
fn setting_toggle_actions() {
    let cases = [
        (
            Node::new("growth_locked")
                .attr("expiration", "3600")
                .attr("type", "invite"),
            A::GrowthLocked {
                locked: true,
                expiration: Some(3600),
                lock_type: Some("invite".into()),
            },
        ),
        (
            Node::new("growth_unlocked"),
            A::GrowthLocked {
                locked: false,
                expiration: None,
                lock_type: None,
            },
        ),
        (
            Node::new("no_frequently_forwarded"),
            A::NoFrequentlyForwarded { enabled: true },
        ),
        (
            Node::new("frequently_forwarded_ok"),
            A::NoFrequentlyForwarded { enabled: false },
        ),
        (
            Node::new("allow_admin_reports"),
            A::AllowAdminReports { allowed: true },
        ),
        (
            Node::new("not_allow_admin_reports"),
            A::AllowAdminReports { allowed: false },
        ),
        (
            Node::new("allow_non_admin_sub_group_creation"),
            A::AllowNonAdminSubGroupCreation { allowed: true },
        ),
        (
            Node::new("not_allow_non_admin_sub_group_creation"),
            A::AllowNonAdminSubGroupCreation { allowed: false },
        ),
        (Node::new("auto_add_disabled"), A::AutoAddDisabled),
        (
            Node::new("limit_sharing_enabled").attr("trigger", "7"),
            A::LimitSharing {
                enabled: true,
                trigger: Some(7),
            },
        ),
        (
            Node::new("limit_sharing_disabled"),
            A::LimitSharing {
                enabled: false,
                trigger: None,
            },
        ),
        (Node::new("group_safety_check"), A::GroupSafetyCheck),
    ];
    for (element, expected) in cases {
        let tag = element.tag.to_string();
        let parsed = action(element);
        assert_eq!(parsed, expected, "{tag}");
        assert_ne!(parsed.name(), "unknown");
    }
}

#[test]
fn sub_group_suggestion_actions() {
    let created =
        Node::new("created_sub_group_suggestion").children([Node::new("sub_group_suggestion")
            .attr("jid", jid("9@g.us"))
            .attr("creator", jid("1@lid"))
            .attr("creation", "1700000001")
            .children([
                Node::new("subject").text("Sub"),
                Node::new("description").children([Node::new("body").text("About")]),
                Node::new("is_existing_group").text("true"),
                Node::new("participant_count").text("4"),
            ])]);
    assert_eq!(
        action(created),
        A::CreatedSubGroupSuggestion {
            suggestion: SubGroupSuggestion {
                jid: jid("9@g.us"),
                creator: Some(jid("1@lid")),
                creation: Some(Timestamp(1_700_000_001)),
                subject: Some("Sub".into()),
                description: Some("About".into()),
                is_existing_group: true,
                participant_count: Some(4),
                reason: None,
            }
        }
    );
    let revoked = Node::new("revoked_sub_group_suggestions").children([
        Node::new("sub_group_suggestion")
            .attr("jid", jid("9@g.us"))
            .attr("creator", jid("1@lid"))
            .attr("reason", "approved"),
        Node::new("sub_group_suggestion")
            .attr("jid", jid("10@g.us"))
            .attr("reason", "cancelled"),
    ]);
    let A::RevokedSubGroupSuggestions { suggestions } = action(revoked) else {
        panic!("not revoked_sub_group_suggestions")
    };
    let summary: Vec<_> = suggestions
        .iter()
        .map(|s| (s.jid.clone(), s.creator.clone(), s.reason.as_deref()))
        .collect();
    assert_eq!(
        summary,
        vec![
            (jid("9@g.us"), Some(jid("1@lid")), Some("approved")),
            (jid("10@g.us"), None, Some("cancelled")),
        ]
    );
    let changed = Node::new("change_number")
        .attr("jid", jid("5522@s.whatsapp.net"))
        .children([Node::new("sub_group_suggestion").attr("jid", jid("9@g.us"))]);
    assert_eq!(
        action(changed),
        A::ChangeNumber {
            new_owner: jid("5522@s.whatsapp.net"),
            sub_group_suggestions: vec![jid("9@g.us")],
        }
    );
}

#[test]
fn unknown_group_actions_keep_their_element() {
    for tag in ["is_capi_hosted_group", "reports", "brand_new"] {
        let element = Node::new(tag)
            .attr("x", "1")
            .children([participant("1@lid")]);
        assert_eq!(
            action(element.clone()),
            A::Unknown {
                tag: tag.into(),
                node: element
            }
        );
    }
}

#[test]
fn malformed_group_notifications_are_errors() {
    let no_from = Node::new("notification")
        .attr("t", "1")
        .children([Node::new("locked")]);
    assert!(group::parse(&no_from.as_node_ref()).is_err());
    for bad in [
        Node::new("subject"),
        Node::new("ephemeral").attr("expiration", "soon"),
        Node::new("add").children([Node::new("participant")]),
        Node::new("description").attr("id", "1"),
        Node::new("invite"),
        Node::new("growth_locked").attr("expiration", "-1"),
        Node::new("limit_sharing_enabled").attr("trigger", "x"),
        Node::new("change_number"),
        Node::new("created_sub_group_suggestion"),
        Node::new("created_sub_group_suggestion").children([Node::new("sub_group_suggestion")
            .attr("jid", jid("9@g.us"))
            .children([Node::new("participant_count").text("many")])]),
        Node::new("revoked_sub_group_suggestions").children([Node::new("sub_group_suggestion")]),
        Node::new("linked_group_promote").children([Node::new("participant")]),
    ] {
        let node = gp2(vec![bad]);
        assert!(group::parse(&node.as_node_ref()).is_err(), "{node}");
    }
}

fn notification(kind: &'static str, from: &str, children: Vec<Node>) -> Node {
    Node::new("notification")
        .attr("from", jid(from))
        .attr("type", kind)
        .attr("id", "n2")
        .attr("t", "1700000100")
        .children(children)
}

#[test]
fn contacts_changes() {
    let node = notification(
        "contacts",
        "s.whatsapp.net",
        vec![
            Node::new("update").attr("jid", jid("1@s.whatsapp.net")),
            Node::new("modify")
                .attr("old", jid("1@s.whatsapp.net"))
                .attr("new", jid("2@s.whatsapp.net"))
                .attr("old_lid", jid("10@lid"))
                .attr("new_lid", jid("20@lid")),
            Node::new("sync").attr("after", "5"),
            Node::new("add").attr("jid", jid("3@s.whatsapp.net")),
            Node::new("remove").attr("jid", jid("4@s.whatsapp.net")),
            Node::new("mystery"),
        ],
    );
    let changes = contacts::parse(&node.as_node_ref()).unwrap();
    let ts = crate::events::Timestamp(1_700_000_100);
    assert_eq!(
        changes,
        vec![
            contacts::ContactChange::Updated(crate::events::ContactUpdated {
                jid: jid("1@s.whatsapp.net"),
                timestamp: ts
            }),
            contacts::ContactChange::NumberChanged(crate::events::ContactNumberChanged {
                old_jid: jid("1@s.whatsapp.net"),
                new_jid: jid("2@s.whatsapp.net"),
                old_lid: Some(jid("10@lid")),
                new_lid: Some(jid("20@lid")),
                timestamp: ts,
            }),
            contacts::ContactChange::Sync { after: Some(5) },
            contacts::ContactChange::Added(jid("3@s.whatsapp.net")),
            contacts::ContactChange::Removed(jid("4@s.whatsapp.net")),
        ]
    );
    let broken = notification("contacts", "s.whatsapp.net", vec![Node::new("modify")]);
    assert!(contacts::parse(&broken.as_node_ref()).is_err());
}

#[test]
fn device_changes_and_the_registry() {
    let alice = jid("1@s.whatsapp.net");
    let d0 = jid("1@s.whatsapp.net");
    let d1 = jid("1:1@s.whatsapp.net");
    let d2 = jid("1:2@s.whatsapp.net");
    let node = notification(
        "devices",
        "1@s.whatsapp.net",
        vec![
            Node::new("remove")
                .attr(
                    "device_hash",
                    devices::device_list_hash(std::slice::from_ref(&d0)),
                )
                .children([
                    Node::new("device")
                        .attr("jid", d1.clone())
                        .attr("lid", jid("9:1@lid")),
                    Node::new("key-index-list")
                        .attr("ts", "7")
                        .bytes(Bytes::from_static(b"kil")),
                ]),
        ],
    )
    .attr("lid", jid("9@lid"));
    let updates = devices::parse(&node.as_node_ref()).unwrap();
    let update = &updates[0];
    assert_eq!(update.user, alice);
    assert_eq!(update.lid_user, Some(jid("9@lid")));
    assert_eq!(update.update_type, DeviceListUpdateType::Remove);
    assert_eq!(update.devices[0].jid, d1);
    assert_eq!(update.devices[0].lid, Some(jid("9:1@lid")));
    let key_index = update.key_index.as_ref().unwrap();
    assert_eq!(
        (key_index.timestamp.unix(), &key_index.signed_list[..]),
        (7, &b"kil"[..])
    );

    let registry = DeviceRegistry::default();
    registry.apply(update);
    assert_eq!(
        registry.devices(&alice),
        None,
        "uncached lists stay uncached"
    );
    registry.put(&alice, vec![d0.clone(), d1.clone()]);
    registry.apply(update);
    assert_eq!(
        registry.devices(&alice),
        Some(vec![d0.clone()]),
        "hash matches: patched"
    );

    let mut wrong = update.clone();
    wrong.update_type = DeviceListUpdateType::Add;
    wrong.devices[0].jid = d2;
    wrong.contact_hash = Some("2:AAAAAAAA".into());
    registry.apply(&wrong);
    assert_eq!(registry.devices(&alice), None, "hash mismatch: dropped");
}

#[test]
fn device_list_hash_is_order_independent() {
    let a = jid("1@s.whatsapp.net");
    let b = jid("1:3@s.whatsapp.net");
    let hash = devices::device_list_hash(&[a.clone(), b.clone()]);
    assert_eq!(hash, devices::device_list_hash(&[b, a]));
    assert!(hash.starts_with("2:") && hash.len() == 10, "{hash}");
}

#[test]
fn picture_status_and_disappearing() {
    let node = notification(
        "picture",
        "1@s.whatsapp.net",
        vec![
            Node::new("set")
                .attr("jid", jid("1@s.whatsapp.net"))
                .attr("id", "p9"),
            Node::new("delete")
                .attr("jid", jid("5@g.us"))
                .attr("author", jid("2@s.whatsapp.net")),
        ],
    );
    let pictures = picture::parse(&node.as_node_ref()).unwrap();
    assert_eq!(pictures[0].picture_id.as_deref(), Some("p9"));
    assert!(!pictures[0].removed);
    assert!(pictures[1].removed);
    assert_eq!(pictures[1].author, Some(jid("2@s.whatsapp.net")));

    let node = notification(
        "status",
        "1@s.whatsapp.net",
        vec![Node::new("set").bytes(Bytes::from_static("busy ✈".as_bytes()))],
    );
    let about = status::parse(&node.as_node_ref()).unwrap();
    assert_eq!(
        (about.jid, about.status.as_str()),
        (jid("1@s.whatsapp.net"), "busy ✈")
    );

    let node = notification(
        "disappearing_mode",
        "1@s.whatsapp.net",
        vec![
            Node::new("disappearing_mode")
                .attr("duration", "604800")
                .attr("t", "1699"),
        ],
    );
    let mode = disappearing::parse(&node.as_node_ref()).unwrap();
    assert_eq!(
        (mode.duration, mode.setting_timestamp.unix()),
        (604_800, 1699)
    );
    let broken = notification("disappearing_mode", "1@s.whatsapp.net", vec![]);
    assert!(disappearing::parse(&broken.as_node_ref()).is_err());
}

#[test]
fn account_sync_items() {
    let node = notification(
        "account_sync",
        "1@s.whatsapp.net",
        vec![
            Node::new("privacy").children([Node::new("category")
                .attr("name", "last")
                .attr("value", "contacts")]),
            Node::new("blocklist")
                .attr("dhash", "h2")
                .attr("prev_dhash", "h1")
                .children([Node::new("item")
                    .attr("jid", jid("6@s.whatsapp.net"))
                    .attr("action", "block")]),
            Node::new("devices")
                .attr("dhash", "2:xyz")
                .children([Node::new("device").attr("jid", jid("1:4@s.whatsapp.net"))]),
            Node::new("picture"),
        ],
    );
    let own = jid("1:4@s.whatsapp.net");
    let events = account_sync::parse(&node.as_node_ref(), Some(&own)).unwrap();
    assert_eq!(events.len(), 4);
    let Event::PrivacySettingsUpdate(privacy) = &events[0] else {
        panic!()
    };
    assert_eq!(
        (
            privacy.changes[0].category.as_str(),
            privacy.changes[0].value.as_str()
        ),
        ("last", "contacts")
    );
    let Event::BlocklistUpdate(blocklist) = &events[1] else {
        panic!()
    };
    assert_eq!(blocklist.action, BlocklistAction::Default);
    assert_eq!(blocklist.dhash.as_deref(), Some("h2"));
    assert_eq!(blocklist.changes[0].action, BlocklistChangeAction::Block);
    let Event::DeviceListUpdate(devices) = &events[2] else {
        panic!()
    };
    assert_eq!(devices.user, jid("1@s.whatsapp.net"));
    assert_eq!(devices.contact_hash.as_deref(), Some("2:xyz"));
    let Event::PictureUpdate(picture) = &events[3] else {
        panic!()
    };
    assert_eq!(picture.jid, jid("1@s.whatsapp.net"));
}

#[test]
fn privacy_tokens() {
    let node = notification(
        "privacy_token",
        "1@s.whatsapp.net",
        vec![
            Node::new("tokens").children([
                Node::new("token")
                    .attr("type", "trusted_contact")
                    .attr("t", "50")
                    .bytes(Bytes::from_static(b"tok")),
                Node::new("token")
                    .attr("type", "other")
                    .attr("t", "51")
                    .bytes(Bytes::from_static(b"x")),
            ]),
        ],
    )
    .attr("sender_lid", jid("9:2@lid"));
    let tokens = privacy_token::parse(&node.as_node_ref()).unwrap();
    assert_eq!(tokens.len(), 1);
    assert_eq!(tokens[0].jid, jid("9@lid"));
    assert_eq!(
        (&tokens[0].token[..], tokens[0].timestamp),
        (&b"tok"[..], 50)
    );
}

#[test]
fn newsletter_live_updates_in_both_nestings() {
    let message = Node::new("message").attr("server_id", "42").children([
        Node::new("reactions").children([
            Node::new("reaction").attr("code", "👍").attr("count", "3"),
            Node::new("reaction").attr("code", "❤").attr("count", "1"),
        ]),
        Node::new("views_count").attr("count", "100"),
    ]);
    let nested = notification(
        "newsletter",
        "77@newsletter",
        vec![
            Node::new("live_updates").children([Node::new("messages")
                .attr("jid", jid("77@newsletter"))
                .attr("t", "9")
                .children([message.clone()])]),
        ],
    );
    let flat = notification(
        "newsletter",
        "77@newsletter",
        vec![Node::new("live_updates").children([message])],
    );
    for node in [nested, flat] {
        let update = newsletter::parse(&node.as_node_ref()).unwrap();
        assert_eq!(update.newsletter_jid, jid("77@newsletter"));
        assert_eq!(update.messages.len(), 1);
        let message = &update.messages[0];
        assert_eq!(message.server_id, 42);
        assert_eq!(message.views, Some(100));
        assert_eq!(
            message
                .reactions
                .iter()
                .map(|r| (r.code.as_str(), r.count))
                .collect::<Vec<_>>(),
            vec![("👍", 3), ("❤", 1)]
        );
    }
}
