//! Group requests and the `w:gp2` notifications they cause.

use wapy::binary::{Jid, Node, Server as JidServer};
use wapy::client::{GroupError, IqError};
use wapy::events::{
    Event, GroupNotificationAction as A, GroupParticipant, MembershipRequestMethod, ParticipantType,
};
use wapy::store::Store;

use super::common::{logged_in, server};
use super::{next_action, next_group_update, user};

#[tokio::test]
async fn group_lifecycle_reaches_every_member_as_typed_actions() {
    let server = server().await;
    let alice = logged_in(&server, "15550000001", Store::open_in_memory().unwrap()).await;
    let bob = logged_in(&server, "15550000002", Store::open_in_memory().unwrap()).await;
    let alice_jid = user(&alice.client.jid().unwrap());
    let bob_jid = user(&bob.client.jid().unwrap());

    let info = alice
        .client
        .create_group("Team", std::slice::from_ref(&bob_jid))
        .await
        .unwrap();
    assert_eq!(info.subject, "Team");
    assert_eq!(info.owner.as_ref(), Some(&alice_jid));
    assert_eq!(info.participants.len(), 2);
    let me = info.participant(&alice_jid).unwrap();
    assert_eq!(me.participant_type, Some(ParticipantType::SuperAdmin));
    assert!(
        me.lid.as_ref().is_some_and(Jid::is_lid),
        "participants carry their LID"
    );
    let group = info.jid.clone();

    let created = next_group_update(&bob, &group).await;
    assert_eq!(created.participant.as_ref(), Some(&alice_jid));
    assert!(!created.is_lid_addressing_mode);
    let A::Create { reason, node } = created.action else {
        panic!("{:?}", created.action)
    };
    assert_eq!(reason.as_deref(), Some("create"));
    assert!(node.child("group").is_some());

    // Bob caches the group; later notifications keep the cache current.
    let cached = bob.client.get_group_info(&group).await.unwrap();
    assert_eq!(cached.subject, "Team");

    alice
        .client
        .set_group_subject(&group, "Team 2")
        .await
        .unwrap();
    let A::Subject {
        subject,
        subject_owner,
        ..
    } = next_action(&bob, &group).await
    else {
        panic!()
    };
    assert_eq!(
        (subject.as_str(), subject_owner.as_ref()),
        ("Team 2", Some(&alice_jid))
    );
    assert_eq!(
        bob.client.get_group_info(&group).await.unwrap().subject,
        "Team 2"
    );

    alice
        .client
        .set_group_description(&group, Some("rules"))
        .await
        .unwrap();
    let A::Description { description, .. } = next_action(&bob, &group).await else {
        panic!()
    };
    assert_eq!(description.as_deref(), Some("rules"));
    alice
        .client
        .set_group_description(&group, None)
        .await
        .unwrap();
    let A::Description { description, .. } = next_action(&bob, &group).await else {
        panic!()
    };
    assert_eq!(description, None);

    alice.client.set_group_announce(&group, true).await.unwrap();
    assert_eq!(
        next_action(&bob, &group).await,
        A::Announce { announce: true }
    );
    alice
        .client
        .set_group_announce(&group, false)
        .await
        .unwrap();
    assert_eq!(
        next_action(&bob, &group).await,
        A::Announce { announce: false }
    );

    alice.client.set_group_locked(&group, true).await.unwrap();
    assert_eq!(next_action(&bob, &group).await, A::Locked { locked: true });
    alice.client.set_group_locked(&group, false).await.unwrap();
    assert_eq!(next_action(&bob, &group).await, A::Locked { locked: false });

    alice
        .client
        .set_group_ephemeral(&group, 86_400)
        .await
        .unwrap();
    assert_eq!(
        next_action(&bob, &group).await,
        A::Ephemeral {
            expiration: 86_400,
            trigger: Some(1)
        }
    );
    alice.client.set_group_ephemeral(&group, 0).await.unwrap();
    assert_eq!(
        next_action(&bob, &group).await,
        A::Ephemeral {
            expiration: 0,
            trigger: None
        }
    );

    let cached = bob.client.get_group_info(&group).await.unwrap();
    assert!(!cached.announce && !cached.locked);
    assert_eq!((cached.ephemeral, cached.description.as_deref()), (0, None));

    let results = alice
        .client
        .promote_group_participants(&group, std::slice::from_ref(&bob_jid))
        .await
        .unwrap();
    assert_eq!(results.len(), 1);
    assert_eq!(results[0].error, None);
    let A::Promote { participants } = next_action(&bob, &group).await else {
        panic!()
    };
    assert_eq!(participants[0].jid, bob_jid);
    let cached = bob.client.get_group_info(&group).await.unwrap();
    assert_eq!(
        cached.participant(&bob_jid).unwrap().participant_type,
        Some(ParticipantType::Admin)
    );

    alice
        .client
        .demote_group_participants(&group, std::slice::from_ref(&bob_jid))
        .await
        .unwrap();
    assert!(matches!(next_action(&bob, &group).await, A::Demote { .. }));

    // Per-participant results: an unknown user and an existing member.
    let stranger = Jid::parse("19999999999@s.whatsapp.net").unwrap();
    let results = alice
        .client
        .add_group_participants(&group, &[stranger.clone(), bob_jid.clone()])
        .await
        .unwrap();
    assert_eq!(
        results
            .iter()
            .map(|r| (r.participant.jid.clone(), r.error))
            .collect::<Vec<_>>(),
        vec![(stranger, Some(404)), (bob_jid.clone(), Some(409))]
    );

    alice
        .client
        .remove_group_participants(&group, std::slice::from_ref(&bob_jid))
        .await
        .unwrap();
    let A::Remove { participants, .. } = next_action(&bob, &group).await else {
        panic!()
    };
    assert_eq!(participants[0].jid, bob_jid);

    // Bob is no longer a member: the server refuses his requests.
    let refused = bob.client.refresh_group_info(&group).await.unwrap_err();
    assert!(
        matches!(refused, GroupError::Iq(IqError::Server { .. })),
        "{refused:?}"
    );

    let results = alice
        .client
        .add_group_participants(&group, std::slice::from_ref(&bob_jid))
        .await
        .unwrap();
    assert_eq!(results[0].error, None);
    let A::Add { participants, .. } = next_action(&bob, &group).await else {
        panic!()
    };
    assert_eq!(
        participants,
        vec![GroupParticipant {
            lid: participants[0].lid.clone(),
            ..GroupParticipant::new(bob_jid.clone())
        }]
    );
    assert!(participants[0].lid.is_some());

    bob.client.leave_group(&group).await.unwrap();
    // Alice saw every change too; skip to the leave.
    let participants = alice
        .wait(|event| match event {
            Event::GroupUpdate(update) if update.group_jid == group => match &update.action {
                A::Remove { participants, .. } if participants[0].jid == bob_jid => {
                    Some(participants.clone())
                }
                _ => None,
            },
            _ => None,
        })
        .await;
    assert_eq!(participants[0].jid, bob_jid);
    let joined = bob.client.get_joined_groups().await.unwrap();
    assert!(joined.iter().all(|g| g.jid != group));
    let joined = alice.client.get_joined_groups().await.unwrap();
    assert_eq!(joined.iter().filter(|g| g.jid == group).count(), 1);
}

#[tokio::test]
async fn invite_links_and_membership_requests() {
    let server = server().await;
    let alice = logged_in(&server, "15550000011", Store::open_in_memory().unwrap()).await;
    let carol = logged_in(&server, "15550000013", Store::open_in_memory().unwrap()).await;
    let carol_jid = user(&carol.client.jid().unwrap());
    let group = alice.client.create_group("Open", &[]).await.unwrap().jid;

    let link = alice.client.get_invite_link(&group, false).await.unwrap();
    assert!(link.starts_with("https://chat.whatsapp.com/"));
    assert_eq!(
        alice.client.get_invite_link(&group, false).await.unwrap(),
        link
    );
    let reset = alice.client.get_invite_link(&group, true).await.unwrap();
    assert_ne!(reset, link);
    // Drain alice's own create and the reset.
    let _ = next_action(&alice, &group).await;
    assert_eq!(next_action(&alice, &group).await, A::RevokeInvite);

    assert!(
        carol.client.join_group_with_link(&link).await.is_err(),
        "old link is revoked"
    );
    assert_eq!(
        carol.client.join_group_with_link(&reset).await.unwrap(),
        group
    );
    let A::Add {
        participants,
        reason,
    } = next_action(&alice, &group).await
    else {
        panic!()
    };
    assert_eq!(reason.as_deref(), Some("invite_link"));
    assert_eq!(participants[0].jid, carol_jid);
    carol.client.leave_group(&group).await.unwrap();
    assert!(matches!(
        next_action(&alice, &group).await,
        A::Remove { .. }
    ));

    alice
        .client
        .set_group_membership_approval(&group, true)
        .await
        .unwrap();
    assert_eq!(
        next_action(&alice, &group).await,
        A::MembershipApprovalMode { enabled: true }
    );
    assert_eq!(
        carol.client.join_group_with_link(&reset).await.unwrap(),
        group
    );
    let A::CreatedMembershipRequests {
        request_method,
        requests,
        ..
    } = next_action(&alice, &group).await
    else {
        panic!()
    };
    assert_eq!(request_method, MembershipRequestMethod::InviteLink);
    assert_eq!(requests[0].jid, carol_jid);
    let pending = alice.client.get_membership_requests(&group).await.unwrap();
    assert_eq!(
        pending.iter().map(|r| r.jid.clone()).collect::<Vec<_>>(),
        vec![carol_jid.clone()]
    );
    let results = alice
        .client
        .approve_membership_requests(&group, std::slice::from_ref(&carol_jid))
        .await
        .unwrap();
    assert_eq!(results[0].error, None);
    let A::Add { participants, .. } = next_action(&alice, &group).await else {
        panic!()
    };
    assert_eq!(participants[0].jid, carol_jid);
    assert!(
        alice
            .client
            .get_membership_requests(&group)
            .await
            .unwrap()
            .is_empty()
    );
    let results = alice
        .client
        .reject_membership_requests(&group, &[carol_jid])
        .await
        .unwrap();
    assert_eq!(results[0].error, Some(404), "nothing pending any more");
}

#[tokio::test]
async fn communities_link_and_unlink_subgroups() {
    let server = server().await;
    let alice = logged_in(&server, "15550000021", Store::open_in_memory().unwrap()).await;
    let parent = alice
        .client
        .create_group("Community", &[])
        .await
        .unwrap()
        .jid;
    let child = alice.client.create_group("Sub", &[]).await.unwrap().jid;
    let _ = next_action(&alice, &parent).await;
    let _ = next_action(&alice, &child).await;

    alice.client.link_group(&parent, &child).await.unwrap();
    let A::Link { link_type, group } = next_action(&alice, &parent).await else {
        panic!()
    };
    assert_eq!(link_type, "sub_group");
    let group = group.unwrap();
    assert_eq!(
        (group.jid, group.subject.as_deref()),
        (child.clone(), Some("Sub"))
    );
    let info = alice.client.refresh_group_info(&child).await.unwrap();
    assert_eq!(info.linked_parent.as_ref(), Some(&parent));
    assert!(
        alice
            .client
            .refresh_group_info(&parent)
            .await
            .unwrap()
            .is_parent
    );

    alice.client.unlink_group(&parent, &child).await.unwrap();
    let A::Unlink {
        unlink_type, group, ..
    } = next_action(&alice, &parent).await
    else {
        panic!()
    };
    assert_eq!(
        (unlink_type.as_str(), group.unwrap().jid),
        ("sub_group", child.clone())
    );
    assert_eq!(
        alice
            .client
            .refresh_group_info(&child)
            .await
            .unwrap()
            .linked_parent,
        None
    );
}

#[tokio::test]
async fn unknown_group_actions_arrive_as_unknown_and_drop_the_cache() {
    let server = server().await;
    let alice = logged_in(&server, "15550000031", Store::open_in_memory().unwrap()).await;
    let group = alice.client.create_group("G", &[]).await.unwrap().jid;
    let _ = next_action(&alice, &group).await;
    let element = Node::new("is_capi_hosted_group")
        .attr("expiration", "99")
        .attr("type", "invite");
    assert!(server.push_group_action(&group, alice.client.jid().as_ref(), element.clone()));
    assert_eq!(
        next_action(&alice, &group).await,
        A::Unknown {
            tag: "is_capi_hosted_group".into(),
            node: element
        }
    );
    // The cache was dropped: the next read asks the server again and works.
    assert_eq!(
        alice.client.get_group_info(&group).await.unwrap().subject,
        "G"
    );
}

#[tokio::test]
async fn modelled_group_actions_arrive_typed_over_the_wire() {
    let server = server().await;
    let alice = logged_in(&server, "15550000032", Store::open_in_memory().unwrap()).await;
    let group = alice.client.create_group("G", &[]).await.unwrap().jid;
    let _ = next_action(&alice, &group).await;
    let me = alice.client.jid().map(|jid| jid.to_non_ad());
    let sub = Jid::new("120363000000000555", JidServer::Group);
    let cases = [
        (
            Node::new("growth_locked")
                .attr("expiration", "99")
                .attr("type", "invite"),
            A::GrowthLocked {
                locked: true,
                expiration: Some(99),
                lock_type: Some("invite".into()),
            },
        ),
        (
            Node::new("limit_sharing_enabled").attr("trigger", "1"),
            A::LimitSharing {
                enabled: true,
                trigger: Some(1),
            },
        ),
        (Node::new("auto_add_disabled"), A::AutoAddDisabled),
        (
            Node::new("linked_group_promote")
                .attr("jid", sub.clone())
                .children([Node::new("participant").attr("jid", me.clone().unwrap())]),
            A::LinkedGroupPromote {
                participants: vec![GroupParticipant::new(me.clone().unwrap())],
                linked_group_jid: Some(sub),
            },
        ),
    ];
    for (element, expected) in cases {
        assert!(server.push_group_action(&group, me.as_ref(), element));
        let update = next_group_update(&alice, &group).await;
        assert_eq!(update.participant, me);
        assert_eq!(update.action, expected);
    }
}

#[tokio::test]
async fn group_changes_made_while_offline_arrive_at_login_in_order() {
    let server = server().await;
    let alice = logged_in(&server, "15550000041", Store::open_in_memory().unwrap()).await;
    let bob_store = Store::open_in_memory().unwrap();
    let bob = logged_in(&server, "15550000042", bob_store).await;
    let bob_jid = user(&bob.client.jid().unwrap());
    let group = alice
        .client
        .create_group("Before", &[bob_jid])
        .await
        .unwrap()
        .jid;
    let _ = next_action(&bob, &group).await;
    bob.client.disconnect().await;

    alice.client.set_group_subject(&group, "One").await.unwrap();
    alice.client.set_group_subject(&group, "Two").await.unwrap();
    alice.client.set_group_locked(&group, true).await.unwrap();

    bob.client.connect().await.unwrap();
    let mut seen = Vec::new();
    while seen.len() < 3 {
        seen.push(next_action(&bob, &group).await);
    }
    let names: Vec<String> = seen
        .iter()
        .map(|action| match action {
            A::Subject { subject, .. } => subject.clone(),
            other => other.name().to_owned(),
        })
        .collect();
    assert_eq!(names, vec!["One", "Two", "locked"]);
}
