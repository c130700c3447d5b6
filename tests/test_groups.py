"""The groups API of wapy.Client over real sockets against the emulator, on
asyncio and trio: each request's result, the ``GroupUpdate`` every member
receives (exact fields), and the group-info cache those updates keep current."""

from __future__ import annotations

import datetime
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

import wapy
from wapy import events
from wapy.events import GroupAction, ParticipantType
from wapy.testing import Server

from .members import Member, members

pytestmark = pytest.mark.anyio

A = GroupAction


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def recent(moment: datetime.datetime) -> bool:
    """A server timestamp: timezone-aware and from today's clock."""
    now = datetime.datetime.now(datetime.UTC)
    return moment.tzinfo is not None and abs(now - moment) < datetime.timedelta(hours=1)


async def team(alice: Member, bob: Member) -> wapy.Jid:
    """Alice creates "Team" with Bob; both saw the creation."""
    info = await alice.client.create_group("Team", [bob.jid])
    await bob.next_action(info.jid)
    await alice.next_action(info.jid)
    return info.jid


async def test_create_group_result_and_notification() -> None:
    async with Server() as server, members(server, "15550002001", "15550002002") as (alice, bob):
        info = await alice.client.create_group("Team", [bob.jid])
        assert isinstance(info, wapy.GroupInfo)
        assert info.jid.is_group
        assert (info.subject, info.owner, info.description) == ("Team", alice.jid, None)
        assert (info.announce, info.locked, info.ephemeral) == (False, False, 0)
        assert not info.membership_approval and not info.is_parent
        assert info.linked_parent is None
        ranks = {p.jid: p.participant_type for p in info.participants}
        assert ranks == {alice.jid: ParticipantType.SUPER_ADMIN, bob.jid: None}
        me = next(p for p in info.participants if p.jid == alice.jid)
        assert (me.phone_number, me.lid) == (None, alice.lid)

        update = await bob.next_action(info.jid)
        assert isinstance(update, events.GroupUpdate)
        assert (update.group_jid, update.participant) == (info.jid, alice.jid)
        assert not update.is_lid_addressing_mode
        assert recent(update.timestamp)
        match update.action:
            case A.Create(reason=reason, node=node):
                assert reason == "create"
                assert isinstance(node, wapy.Node)
                group = node.get_child("group")
                assert group is not None and group.attrs["subject"] == "Team"
            case other:
                raise AssertionError(other)

        cached = await bob.client.get_group_info(info.jid)
        assert cached == await bob.client.get_group_info(info.jid, refresh=True)
        assert cached.subject == "Team"
        assert {p.jid for p in cached.participants} == {alice.jid, bob.jid}
        assert {p.lid for p in cached.participants} == {alice.lid, bob.lid}
        snapshot = server.group(info.jid)
        assert snapshot is not None
        assert snapshot.participants == [
            (alice.phone.phone_number, "superadmin"),
            (bob.phone.phone_number, None),
        ]


Change = Callable[[wapy.Client, wapy.Jid], Awaitable[Any]]

#: id, the change, the action class members receive, its fields, and the
#: resulting GroupInfo attribute (also the emulator's) and its value.
SETTINGS: list[tuple[str, Change, type[GroupAction], dict[str, Any], Any]] = [
    ("subject", lambda c, g: c.set_group_subject(g, "Team 2"), A.Subject,
     {"subject": "Team 2", "subject_owner": None}, "Team 2"),
    ("description", lambda c, g: c.set_group_description(g, "rules"), A.Description,
     {"description": "rules"}, "rules"),
    ("announce", lambda c, g: c.set_group_announce(g, True), A.Announce,
     {"announce": True}, True),
    ("locked", lambda c, g: c.set_group_locked(g, True), A.Locked, {"locked": True}, True),
    ("ephemeral", lambda c, g: c.set_group_ephemeral(g, 86400), A.Ephemeral,
     {"expiration": 86400, "trigger": 1}, 86400),
    ("membership_approval", lambda c, g: c.set_group_membership_approval(g, True),
     A.MembershipApprovalMode, {"enabled": True}, True),
]  # fmt: skip


@pytest.mark.parametrize(
    ("attribute", "change", "action", "fields", "value"),
    SETTINGS,
    ids=[case[0] for case in SETTINGS],
)
async def test_setting_change_reaches_members_and_their_cache(
    attribute: str,
    change: Change,
    action: type[GroupAction],
    fields: dict[str, Any],
    value: Any,
) -> None:
    async with Server() as server, members(server, "15550002011", "15550002012") as (alice, bob):
        group = await team(alice, bob)
        await bob.client.get_group_info(group)  # cached before the change
        assert await change(alice.client, group) is None
        update = await bob.next_action(group)
        assert (update.group_jid, update.participant) == (group, alice.jid)
        assert type(update.action) is action
        for name, expected in fields.items():
            if name == "subject_owner":
                expected = alice.jid
            assert getattr(update.action, name) == expected, name
        # The notification patched Bob's cache; the server agrees.
        assert getattr(await bob.client.get_group_info(group), attribute) == value
        assert getattr(await bob.client.get_group_info(group, refresh=True), attribute) == value
        snapshot = server.group(group)
        assert snapshot is not None
        assert getattr(snapshot, attribute) == value


async def test_settings_are_reversible() -> None:
    async with Server() as server, members(server, "15550002021", "15550002022") as (alice, bob):
        group = await team(alice, bob)
        await alice.client.set_group_description(group, "rules")
        await bob.next_action(group)
        await alice.client.set_group_description(group, None)
        update = await bob.next_action(group)
        assert isinstance(update.action, A.Description)
        assert update.action.description is None
        await alice.client.set_group_ephemeral(group, 0)
        update = await bob.next_action(group)
        assert isinstance(update.action, A.Ephemeral)
        assert (update.action.expiration, update.action.trigger) == (0, None)
        info = await bob.client.get_group_info(group)
        assert (info.description, info.ephemeral) == (None, 0)
        snapshot = server.group(group)
        assert snapshot is not None and snapshot.description is None


async def test_participant_changes_return_per_participant_results() -> None:
    numbers = ("15550002031", "15550002032")
    async with Server() as server, members(server, *numbers) as (alice, bob):
        group = await team(alice, bob)

        results = await alice.client.promote_participants(group, [bob.jid])
        assert [(r.participant.jid, r.error) for r in results] == [(bob.jid, None)]
        assert isinstance(results[0], wapy.ParticipantResult)
        update = await bob.next_action(group)
        assert isinstance(update.action, A.Promote)
        assert [p.jid for p in update.action.participants] == [bob.jid]
        cached = await bob.client.get_group_info(group)
        rank = {p.jid: p.participant_type for p in cached.participants}[bob.jid]
        assert rank == ParticipantType.ADMIN

        await alice.client.demote_participants(group, [bob.jid])
        update = await bob.next_action(group)
        assert isinstance(update.action, A.Demote)
        assert [p.jid for p in update.action.participants] == [bob.jid]

        stranger = wapy.Jid("19999999999", "s.whatsapp.net")
        results = await alice.client.add_participants(group, [stranger, bob.jid])
        assert [(r.participant.jid, r.error) for r in results] == [
            (stranger, 404),
            (bob.jid, 409),
        ]

        results = await alice.client.remove_participants(group, [bob.jid])
        assert [(r.participant.jid, r.error) for r in results] == [(bob.jid, None)]
        update = await bob.next_action(group)
        assert isinstance(update.action, A.Remove)
        assert [p.jid for p in update.action.participants] == [bob.jid]
        with pytest.raises(wapy.RequestError):
            await bob.client.get_group_info(group, refresh=True)

        results = await alice.client.add_participants(group, [bob.jid])
        assert results[0].error is None
        update = await bob.next_action(group)
        assert isinstance(update.action, A.Add)
        (added,) = update.action.participants
        assert (added.jid, added.lid) == (bob.jid, bob.lid)

        await bob.client.leave_group(group)
        update = await alice.next(
            events.GroupUpdate,
            lambda ev: isinstance(ev.action, A.Remove) and ev.participant == bob.jid,
        )
        assert [p.jid for p in update.action.participants] == [bob.jid]  # type: ignore[attr-defined]
        assert group not in [g.jid for g in await bob.client.get_joined_groups()]
        joined = await alice.client.get_joined_groups()
        assert [g.subject for g in joined if g.jid == group] == ["Team"]
        snapshot = server.group(group)
        assert snapshot is not None
        assert snapshot.participants == [(alice.phone.phone_number, "superadmin")]


async def test_invite_links_and_membership_requests() -> None:
    async with Server() as server, members(server, "15550002041", "15550002043") as (alice, carol):
        group = (await alice.client.create_group("Open", [])).jid
        await alice.next_action(group)

        link = await alice.client.get_invite_link(group)
        assert link.startswith("https://chat.whatsapp.com/")
        assert await alice.client.get_invite_link(group) == link
        reset = await alice.client.get_invite_link(group, reset=True)
        assert reset != link
        snapshot = server.group(group)
        assert snapshot is not None
        assert reset == "https://chat.whatsapp.com/" + snapshot.invite_code
        update = await alice.next_action(group)
        assert isinstance(update.action, A.RevokeInvite)

        with pytest.raises(wapy.RequestError):
            await carol.client.join_group_with_link(link)
        assert await carol.client.join_group_with_link(reset) == group
        update = await alice.next_action(group)
        assert isinstance(update.action, A.Add)
        assert update.action.reason == "invite_link"
        assert [p.jid for p in update.action.participants] == [carol.jid]
        await carol.client.leave_group(group)
        assert isinstance((await alice.next_action(group)).action, A.Remove)

        await alice.client.set_group_membership_approval(group, True)
        update = await alice.next_action(group)
        assert isinstance(update.action, A.MembershipApprovalMode)
        assert update.action.enabled is True
        assert await carol.client.join_group_with_link(reset) == group
        update = await alice.next_action(group)
        assert isinstance(update.action, A.CreatedMembershipRequests)
        assert update.action.request_method == events.MembershipRequestMethod.INVITE_LINK
        assert [r.jid for r in update.action.requests] == [carol.jid]

        pending = await alice.client.get_membership_requests(group)
        assert [type(r) for r in pending] == [wapy.MembershipRequest]
        assert [r.jid for r in pending] == [carol.jid]
        assert pending[0].requested_at is not None and recent(pending[0].requested_at)
        results = await alice.client.approve_membership_requests(group, [carol.jid])
        assert [(r.participant.jid, r.error) for r in results] == [(carol.jid, None)]
        update = await alice.next_action(group)
        assert isinstance(update.action, A.Add)
        assert [p.jid for p in update.action.participants] == [carol.jid]
        assert await alice.client.get_membership_requests(group) == []
        results = await alice.client.reject_membership_requests(group, [carol.jid])
        assert [r.error for r in results] == [404]


async def test_communities_link_and_unlink_subgroups() -> None:
    async with Server() as server, members(server, "15550002051") as (alice,):
        parent = (await alice.client.create_group("Community", [])).jid
        child = (await alice.client.create_group("Sub", [])).jid
        await alice.next_action(parent)
        await alice.next_action(child)

        await alice.client.link_group(parent, child)
        update = await alice.next_action(parent)
        assert isinstance(update.action, A.Link)
        assert update.action.link_type == "sub_group"
        linked = update.action.group
        assert (linked.jid, linked.subject) == (child, "Sub")
        assert (await alice.client.get_group_info(child)).linked_parent == parent
        assert (await alice.client.get_group_info(parent, refresh=True)).is_parent
        snapshot = server.group(child)
        assert snapshot is not None and snapshot.linked_parent == parent.user

        await alice.client.unlink_group(parent, child)
        update = await alice.next_action(parent)
        assert isinstance(update.action, A.Unlink)
        assert update.action.unlink_type == "sub_group"
        assert update.action.group.jid == child
        assert (await alice.client.get_group_info(child)).linked_parent is None


async def test_unknown_group_action_arrives_as_unknown() -> None:
    async with Server() as server, members(server, "15550002061") as (alice,):
        group = (await alice.client.create_group("G", [])).jid
        await alice.next_action(group)
        element = wapy.Node("is_capi_hosted_group", {"expiration": "99", "type": "invite"})
        assert server.push_group_action(group, alice.jid, element)
        update = await alice.next_action(group)
        assert update.participant == alice.jid
        match update.action:
            case A.Unknown(tag=tag, node=node):
                assert (tag, node) == ("is_capi_hosted_group", element)
            case other:
                raise AssertionError(other)
        # The cache was dropped; the next read asks the server and works.
        assert (await alice.client.get_group_info(group)).subject == "G"
        unknown = wapy.Jid("1203630000", "g.us")
        assert not server.push_group_action(unknown, None, element)


async def test_every_modelled_action_arrives_with_its_own_class() -> None:
    async with Server() as server, members(server, "15550002081", "15550002082") as (alice, bob):
        group = await team(alice, bob)
        sub = wapy.Jid("120363000000000777", "g.us")
        promoted = wapy.Node(
            "participant", {"jid": str(bob.lid), "phone_number": str(bob.jid), "type": "admin"}
        )
        suggestion = wapy.Node(
            "sub_group_suggestion",
            {"jid": str(sub), "creator": str(bob.jid), "creation": "1700000123"},
            [
                wapy.Node("subject", content="Suggested"),
                wapy.Node("description", content=[wapy.Node("body", content="Why")]),
                wapy.Node("is_existing_group", content="false"),
                wapy.Node("participant_count", content="12"),
            ],
        )
        S = events.SubGroupSuggestion
        cases: list[tuple[wapy.Node, Any]] = [
            (
                wapy.Node("linked_group_promote", {"jid": str(sub)}, [promoted]),
                lambda a: (
                    isinstance(a, A.LinkedGroupPromote)
                    and a.linked_group_jid == sub
                    and [(p.jid, p.phone_number, p.participant_type) for p in a.participants]
                    == [(bob.lid, bob.jid, ParticipantType.ADMIN)]
                ),
            ),
            (
                wapy.Node("linked_group_demote", content=[promoted]),
                lambda a: (
                    isinstance(a, A.LinkedGroupDemote)
                    and a.linked_group_jid is None
                    and [p.jid for p in a.participants] == [bob.lid]
                ),
            ),
            (
                wapy.Node("growth_locked", {"expiration": "86400", "type": "invite"}),
                lambda a: (
                    isinstance(a, A.GrowthLocked)
                    and (a.locked, a.expiration, a.lock_type) == (True, 86400, "invite")
                ),
            ),
            (
                wapy.Node("growth_unlocked"),
                lambda a: (
                    isinstance(a, A.GrowthLocked)
                    and (a.locked, a.expiration, a.lock_type) == (False, None, None)
                ),
            ),
            (
                wapy.Node("no_frequently_forwarded"),
                lambda a: isinstance(a, A.NoFrequentlyForwarded) and a.enabled is True,
            ),
            (
                wapy.Node("frequently_forwarded_ok"),
                lambda a: isinstance(a, A.NoFrequentlyForwarded) and a.enabled is False,
            ),
            (
                wapy.Node("allow_admin_reports"),
                lambda a: isinstance(a, A.AllowAdminReports) and a.allowed is True,
            ),
            (
                wapy.Node("not_allow_admin_reports"),
                lambda a: isinstance(a, A.AllowAdminReports) and a.allowed is False,
            ),
            (
                wapy.Node("allow_non_admin_sub_group_creation"),
                lambda a: isinstance(a, A.AllowNonAdminSubGroupCreation) and a.allowed is True,
            ),
            (
                wapy.Node("not_allow_non_admin_sub_group_creation"),
                lambda a: isinstance(a, A.AllowNonAdminSubGroupCreation) and a.allowed is False,
            ),
            (
                wapy.Node("auto_add_disabled"),
                lambda a: isinstance(a, A.AutoAddDisabled) and a.__match_args__ == (),
            ),
            (
                wapy.Node("limit_sharing_enabled", {"trigger": "2"}),
                lambda a: isinstance(a, A.LimitSharing) and (a.enabled, a.trigger) == (True, 2),
            ),
            (
                wapy.Node("limit_sharing_disabled"),
                lambda a: isinstance(a, A.LimitSharing) and (a.enabled, a.trigger) == (False, None),
            ),
            (
                wapy.Node("group_safety_check"),
                lambda a: isinstance(a, A.GroupSafetyCheck),
            ),
            (
                wapy.Node(
                    "change_number",
                    {"jid": str(bob.jid)},
                    [wapy.Node("sub_group_suggestion", {"jid": str(sub)})],
                ),
                lambda a: (
                    isinstance(a, A.ChangeNumber)
                    and (a.new_owner, a.sub_group_suggestions) == (bob.jid, [sub])
                ),
            ),
            (
                wapy.Node("created_sub_group_suggestion", content=[suggestion]),
                lambda a: (
                    isinstance(a, A.CreatedSubGroupSuggestion)
                    and isinstance(a.suggestion, S)
                    and (
                        a.suggestion.jid,
                        a.suggestion.creator,
                        int(a.suggestion.creation.timestamp()),
                        a.suggestion.subject,
                        a.suggestion.description,
                        a.suggestion.is_existing_group,
                        a.suggestion.participant_count,
                        a.suggestion.reason,
                    )
                    == (sub, bob.jid, 1700000123, "Suggested", "Why", False, 12, None)
                ),
            ),
            (
                wapy.Node(
                    "revoked_sub_group_suggestions",
                    content=[
                        wapy.Node(
                            "sub_group_suggestion",
                            {"jid": str(sub), "creator": str(bob.jid), "reason": "rejected"},
                        )
                    ],
                ),
                lambda a: (
                    isinstance(a, A.RevokedSubGroupSuggestions)
                    and [(s.jid, s.creator, s.reason, s.subject) for s in a.suggestions]
                    == [(sub, bob.jid, "rejected", None)]
                ),
            ),
        ]
        for element, check in cases:
            assert server.push_group_action(group, alice.jid, element)
            update = await bob.next_action(group)
            assert (update.group_jid, update.participant) == (group, alice.jid), element
            assert update.action.name == update.action.to_dict()["type"], element
            assert update.action.name != "unknown", element
            assert check(update.action), (element, update.action)
        # Settings that do not touch the cached info keep it; the linked-group
        # rank changes dropped it and the next read asks the server.
        info = await bob.client.get_group_info(group)
        assert info.subject == "Team"
        assert {p.jid for p in info.participants} == {alice.jid, bob.jid}


async def test_bad_arguments_and_refusals_raise_typed_errors() -> None:
    async with Server() as server, members(server, "15550002071") as (alice,):
        with pytest.raises(wapy.InvalidArgument):
            await alice.client.create_group("", [])
        group = (await alice.client.create_group("G", [])).jid
        with pytest.raises(wapy.InvalidArgument):
            await alice.client.add_participants(group, [])
        with pytest.raises(wapy.InvalidArgument):
            await alice.client.join_group_with_link("https://chat.whatsapp.com/")
        with pytest.raises(wapy.RequestError):
            await alice.client.get_group_info(wapy.Jid("1203630000", "g.us"))
        await alice.client.disconnect()
        with pytest.raises(wapy.NotConnected):
            await alice.client.set_group_subject(group, "offline")
