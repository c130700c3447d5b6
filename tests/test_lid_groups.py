"""LID-addressed groups over real sockets against the emulator, on asyncio
and trio: a group a phone creates with ``addressing_mode="lid"``, whose
members the client reads by LID with their numbers, sends to (both phones
decrypt), hears from (sender LID, ``sender_alt`` number), and follows as
members are added and removed."""

from __future__ import annotations

import pytest

import wapy
from wapy import events
from wapy.events import AddressingMode, GroupAction, ParticipantType
from wapy.testing import Phone, Server

from .members import GUARD, Member, members

pytestmark = pytest.mark.anyio

A = GroupAction


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def lid_of(phone: Phone, device: int = 0) -> wapy.Jid:
    """The LID device JID of ``phone``'s account."""
    lid = phone.lid
    assert lid is not None
    return wapy.Jid(lid.user, lid.server, device)


async def phone_gets(phone: Phone, group: wapy.Jid, sender: wapy.Jid, text: str) -> None:
    """The phone's next message is ``text`` from ``sender`` in ``group``."""
    got = await phone.next_message(timeout=GUARD)
    assert (got.chat, got.sender, got.text) == (group, sender, text)


async def message_with_id(member: Member, message_id: str) -> events.Message:
    return await member.next(events.Message, lambda ev: ev.info.id == message_id)


async def test_lid_group_end_to_end() -> None:
    async with Server() as server, members(server, "15550009101") as (alice,):
        bob = server.add_account("15550009102")
        carol = server.add_account("15550009103")
        dave = server.add_account("15550009104")
        group = bob.create_group([alice.jid, carol.jid], addressing_mode="lid")
        snapshot = server.group(group)
        assert snapshot is not None and snapshot.addressing_mode == "lid"
        with pytest.raises(wapy.InvalidArgument):
            bob.create_group([alice.jid], addressing_mode="both")  # type: ignore[arg-type]

        # The metadata: everyone by LID with the number alongside.
        info = await alice.client.get_group_info(group)
        assert info.addressing_mode == "lid"
        assert (info.owner, info.owner_pn) == (bob.lid, bob.jid)
        assert (info.subject_owner, info.subject_owner_pn) == (bob.lid, bob.jid)
        by_lid = {p.jid: (p.phone_number, p.lid, p.participant_type) for p in info.participants}
        assert by_lid == {
            alice.lid: (alice.jid, None, None),
            bob.lid: (bob.jid, None, ParticipantType.SUPER_ADMIN),
            carol.lid: (carol.jid, None, None),
        }
        assert alice.client.pn_for(carol.lid) == carol.jid

        # The client sends: both phones (and its own) decrypt the exact text.
        me = alice.client.lid
        assert me is not None and me.is_lid
        await alice.client.send_text(group, "hello lid group")
        await phone_gets(bob, group, me, "hello lid group")
        await phone_gets(carol, group, me, "hello lid group")
        await phone_gets(alice.phone, group, me, "hello lid group")

        # A phone replies: sender by LID, its number in sender_alt.
        reply = await bob.send_text(group, "reply from bob")
        ev = await message_with_id(alice, reply)
        assert ev.text == "reply from bob"
        source = ev.info.source
        assert (source.chat, source.sender, source.sender_alt) == (group, lid_of(bob), bob.jid)
        assert source.is_group and not source.is_from_me
        assert source.addressing_mode == AddressingMode.LID
        assert (ev.info.chat, ev.info.sender) == (group, lid_of(bob))
        await phone_gets(carol, group, lid_of(bob), "reply from bob")
        await phone_gets(alice.phone, group, lid_of(bob), "reply from bob")

        # Bob adds dave: the update names both by LID with their numbers,
        # and dave gets the next send.
        assert bob.update_group_participants(group, "add", [dave.jid]) == [(dave.jid, None)]
        update = await alice.next_action(group)
        assert (update.group_jid, update.participant, update.participant_pn) == (
            group,
            bob.lid,
            bob.jid,
        )
        assert update.is_lid_addressing_mode
        match update.action:
            case A.Add(participants=[added], reason=None):
                assert (added.jid, added.phone_number, added.lid) == (dave.lid, dave.jid, None)
            case other:
                raise AssertionError(other)
        assert alice.client.pn_for(dave.lid) == dave.jid
        await alice.client.send_text(group, "welcome dave")
        await phone_gets(dave, group, me, "welcome dave")
        await phone_gets(carol, group, me, "welcome dave")
        await phone_gets(bob, group, me, "welcome dave")

        # Bob removes carol: she is out of the fan-out from then on.
        assert bob.update_group_participants(group, "remove", [carol.lid]) == [(carol.lid, None)]
        update = await alice.next_action(group)
        assert (update.participant, update.participant_pn) == (bob.lid, bob.jid)
        match update.action:
            case A.Remove(participants=[gone]):
                assert (gone.jid, gone.phone_number) == (carol.lid, carol.jid)
            case other:
                raise AssertionError(other)
        await alice.client.send_text(group, "without carol")
        await phone_gets(bob, group, me, "without carol")
        await phone_gets(dave, group, me, "without carol")
        with pytest.raises(wapy.EmulatorError):
            await carol.next_message(timeout=0)
        info = await alice.client.get_group_info(group)
        assert {p.jid for p in info.participants} == {alice.lid, bob.lid, dave.lid}

        # Only admins change members.
        with pytest.raises(wapy.EmulatorError):
            dave.update_group_participants(group, "remove", [bob.jid])
        snapshot = server.group(group)
        assert snapshot is not None
        assert [phone for phone, _ in snapshot.participants] == [
            bob.phone_number,
            alice.phone.phone_number,
            dave.phone_number,
        ]


async def test_group_created_by_the_client_on_a_lid_server() -> None:
    async with (
        Server(group_addressing="lid") as server,
        members(server, "15550009111") as (alice,),
    ):
        bob = server.add_account("15550009112")
        carol = server.add_account("15550009113")

        # The create answer: LID-addressed, everyone by LID with the number.
        info = await alice.client.create_group("made by the client", [bob.jid, carol.jid])
        group = info.jid
        assert info.addressing_mode == "lid"
        assert (info.owner, info.owner_pn) == (alice.lid, alice.jid)
        by_lid = {p.jid: (p.phone_number, p.participant_type) for p in info.participants}
        assert by_lid == {
            alice.lid: (alice.jid, ParticipantType.SUPER_ADMIN),
            bob.lid: (bob.jid, None),
            carol.lid: (carol.jid, None),
        }
        snapshot = server.group(group)
        assert snapshot is not None and snapshot.addressing_mode == "lid"
        assert alice.client.pn_for(carol.lid) == carol.jid

        # The first send goes out at once, to the LID devices.
        me = alice.client.lid
        assert me is not None and me.is_lid
        await alice.client.send_text(group, "first in a new lid group")
        await phone_gets(bob, group, me, "first in a new lid group")
        await phone_gets(carol, group, me, "first in a new lid group")
        await phone_gets(alice.phone, group, me, "first in a new lid group")

        # A phone replies: sender by LID, its number in sender_alt.
        reply = await carol.send_text(group, "carol answers")
        ev = await message_with_id(alice, reply)
        assert ev.text == "carol answers"
        source = ev.info.source
        assert (source.chat, source.sender, source.sender_alt) == (group, lid_of(carol), carol.jid)
        assert source.addressing_mode == AddressingMode.LID

        # Phones follow the server's setting unless told otherwise.
        by_bob = server.group(bob.create_group([alice.jid]))
        assert by_bob is not None and by_bob.addressing_mode == "lid"
        by_bob = server.group(bob.create_group([alice.jid], addressing_mode="pn"))
        assert by_bob is not None and by_bob.addressing_mode == "pn"


async def test_group_addressing_is_pn_or_lid() -> None:
    async with Server() as server, members(server, "15550009121") as (alice,):
        bob = server.add_account("15550009122")
        info = await alice.client.create_group("a pn group", [bob.jid])
        assert info.addressing_mode == "pn"
        assert {p.jid for p in info.participants} == {alice.jid, bob.jid}
    with pytest.raises(wapy.InvalidArgument):
        await Server(group_addressing="both").start()  # type: ignore[arg-type]
