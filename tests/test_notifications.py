"""Notifications over real sockets against the emulator, on asyncio and
trio: one test per event type with its exact fields, unknown types carrying
the original stanza, and malformed notifications that neither break the
connection nor stall the ones after them."""

from __future__ import annotations

import time

import anyio
import pytest

import wapy
from wapy import events
from wapy.testing import Server

from .members import GUARD, members

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def test_contact_updated() -> None:
    async with Server() as server, members(server, "15550003001", "15550003002") as (alice, bob):
        server.announce_contact_update(bob.jid)
        event = await alice.next(events.ContactUpdated)
        assert event.jid == bob.jid
        assert event.timestamp.tzinfo is not None


async def test_contact_number_changed() -> None:
    async with Server() as server, members(server, "15550003011", "15550003012") as (alice, bob):
        new = wapy.Jid("15550003099", "s.whatsapp.net")
        server.announce_number_change(bob.jid, new)
        event = await alice.next(events.ContactNumberChanged)
        assert (event.old_jid, event.new_jid) == (bob.jid, new)
        assert (event.old_lid, event.new_lid) == (bob.lid, bob.lid)
        other_lid = wapy.Jid("99887766554433", "lid")
        server.announce_number_change(new, bob.jid, other_lid)
        event = await alice.next(events.ContactNumberChanged)
        assert (event.old_jid, event.new_jid, event.new_lid) == (new, bob.jid, other_lid)


async def test_contact_sync_add_and_remove() -> None:
    async with Server() as server, members(server, "15550003041") as (alice,):
        contact = wapy.Jid("15550003049", "s.whatsapp.net")
        now = int(time.time())
        children = [
            wapy.Node("sync", {"after": str(now - 3600)}),
            wapy.Node("add", {"jid": str(contact)}),
            wapy.Node("remove", {"jid": str(contact)}),
            wapy.Node("sync"),
        ]
        stanza = wapy.Node(
            "notification",
            {"from": "s.whatsapp.net", "type": "contacts", "id": "C1", "t": str(now)},
            children,
        )
        assert server.notify_account(alice.jid, stanza) == 1
        sync = await alice.next(events.ContactSyncRequested)
        assert sync.after is not None and int(sync.after.timestamp()) == now - 3600
        assert int(sync.timestamp.timestamp()) == now
        added = await alice.next(events.ContactAdded)
        assert (added.jid, int(added.timestamp.timestamp())) == (contact, now)
        removed = await alice.next(events.ContactRemoved)
        assert (removed.jid, int(removed.timestamp.timestamp())) == (contact, now)
        bare = await alice.next(events.ContactSyncRequested)
        assert bare.after is None


async def test_number_change_then_messages_both_ways_with_the_same_contact() -> None:
    async with Server() as server, members(server, "15550003031") as (alice,):
        bob = server.add_account("15550003032")
        lid = bob.lid
        assert lid is not None
        before_id = await bob.send_text(alice.jid, "before")
        before = await alice.next(events.Message, lambda ev: ev.info.id == before_id)
        assert (before.info.sender, before.info.source.sender_alt) == (bob.jid, lid)

        moved = server.change_number(bob.jid, "15550003039")
        assert moved.jid == wapy.Jid("15550003039", "s.whatsapp.net")
        assert moved.lid == lid
        assert server.phone("15550003032") is None
        change = await alice.next(events.ContactNumberChanged)
        assert (change.old_jid, change.new_jid) == (bob.jid, moved.jid)
        assert (change.old_lid, change.new_lid) == (lid, lid)

        after_id = await moved.send_text(alice.jid, "after")
        after = await alice.next(events.Message, lambda ev: ev.info.id == after_id)
        assert after.text == "after"
        assert (after.info.chat, after.info.sender) == (moved.jid, moved.jid)
        assert after.info.source.sender_alt == lid

        reply_id = await alice.client.send_text(moved.jid, "welcome back")
        with anyio.fail_after(GUARD):
            while (got := await moved.next_message(timeout=GUARD)).id != reply_id:
                pass
        assert got.message.conversation == "welcome back"
        assert got.sender == alice.client.jid

        with pytest.raises(wapy.EmulatorError):
            server.change_number(bob.jid, "15550003040")
        server.add_account("15550003033")
        with pytest.raises(wapy.EmulatorError):
            server.change_number(wapy.Jid("15550003033", "s.whatsapp.net"), "15550003039")


async def test_device_list_update_on_link_and_unlink() -> None:
    async with Server() as server, members(server, "15550003021", "15550003022") as (alice, bob):
        bob_device = bob.client.jid
        assert bob_device is not None
        second = bob.phone.provision(server.client())
        # Bob's first device was linked while Alice was online: skip to the second.
        added = await alice.next(
            events.DeviceListUpdate,
            lambda ev: [d.jid for d in ev.devices] == [second],
        )
        assert added.update_type == events.DeviceListUpdateType.ADD
        assert (added.user, added.lid_user) == (bob.jid, bob.lid)
        assert [device.jid for device in added.devices] == [second]
        assert isinstance(added.contact_hash, str) and added.contact_hash

        assert bob.phone.unlink(second)
        removed = await alice.next(
            events.DeviceListUpdate,
            lambda ev: ev.update_type == events.DeviceListUpdateType.REMOVE,
        )
        assert (removed.user, removed.lid_user) == (bob.jid, bob.lid)
        assert [device.jid for device in removed.devices] == [second]
        assert bob.phone.devices == [bob_device]


async def test_disappearing_mode_changed() -> None:
    async with Server() as server, members(server, "15550003031", "15550003032") as (alice, bob):
        server.announce_disappearing_mode(bob.jid, 604800)
        event = await alice.next(events.DisappearingModeChanged)
        assert (event.from_, event.duration) == (bob.jid, 604800)
        assert abs(event.setting_timestamp.timestamp() - time.time()) < 3600


async def test_picture_update_set_and_removed() -> None:
    async with Server() as server, members(server, "15550003041", "15550003042") as (alice, bob):
        server.announce_picture(bob.jid, "pic1")
        event = await alice.next(events.PictureUpdate)
        assert (event.jid, event.picture_id, event.removed, event.author) == (
            bob.jid,
            "pic1",
            False,
            None,
        )
        server.announce_picture(bob.jid, None, bob.jid)
        event = await alice.next(events.PictureUpdate)
        assert (event.jid, event.picture_id, event.removed, event.author) == (
            bob.jid,
            None,
            True,
            bob.jid,
        )


async def test_user_about_update() -> None:
    async with Server() as server, members(server, "15550003051", "15550003052") as (alice, bob):
        server.announce_about(bob.jid, "at work")
        event = await alice.next(events.UserAboutUpdate)
        assert (event.jid, event.status) == (bob.jid, "at work")


async def test_privacy_settings_update() -> None:
    async with Server() as server, members(server, "15550003061") as (alice,):
        privacy = wapy.Node(
            "privacy",
            None,
            [
                wapy.Node("category", {"name": "readreceipts", "value": "none"}),
                wapy.Node("category", {"name": "last", "value": "contacts"}),
            ],
        )
        assert server.account_sync(alice.jid, [privacy]) == 1
        event = await alice.next(events.PrivacySettingsUpdate)
        assert [(c.category, c.value) for c in event.changes] == [
            ("readreceipts", "none"),
            ("last", "contacts"),
        ]


async def test_blocklist_update() -> None:
    async with Server() as server, members(server, "15550003071", "15550003072") as (alice, bob):
        blocklist = wapy.Node(
            "blocklist",
            {"dhash": "d2"},
            [wapy.Node("item", {"jid": bob.jid, "action": "block"})],
        )
        assert server.account_sync(alice.jid, [blocklist]) == 1
        event = await alice.next(events.BlocklistUpdate)
        assert event.dhash == "d2"
        assert [(c.jid, c.action) for c in event.changes] == [
            (bob.jid, events.BlocklistChangeAction.BLOCK)
        ]


@pytest.mark.parametrize("kind", ["brand_new_type", "another_new_type"])
async def test_unknown_type_arrives_as_notification_with_the_stanza(kind: str) -> None:
    async with Server() as server, members(server, "15550003081") as (alice,):
        device = alice.client.jid
        assert device is not None
        stanza = wapy.Node(
            "notification",
            {"from": "s.whatsapp.net", "type": kind, "id": f"x-{kind}", "t": int(time.time())},
            [wapy.Node("payload", None, b"\x00\x01raw")],
        )
        assert server.send_node(device, stanza)
        event = await alice.next(events.Notification)
        assert isinstance(event.node, wapy.Node)
        assert event.node == stanza


MALFORMED = [
    wapy.Node("notification", {"type": "w:gp2", "id": "m1"}),
    wapy.Node(
        "notification",
        {"from": "1@g.us", "type": "w:gp2", "id": "m2", "t": "soon"},
        [wapy.Node("add")],
    ),
    wapy.Node(
        "notification",
        {"from": "1@s.whatsapp.net", "type": "devices", "id": "m3", "t": "1700000000"},
        [wapy.Node("add", None, [wapy.Node("device", {"jid": "not a jid"})])],
    ),
    wapy.Node(
        "notification",
        {"from": "1@s.whatsapp.net", "type": "disappearing_mode", "id": "m4", "t": "1"},
    ),
    wapy.Node(
        "notification",
        {"from": "1@s.whatsapp.net", "type": "status", "id": "m5", "t": "1"},
    ),
]


async def test_malformed_notifications_are_logged_and_do_not_stall(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async with Server() as server, members(server, "15550003091", "15550003092") as (alice, bob):
        device = alice.client.jid
        assert device is not None
        with caplog.at_level("DEBUG", logger="wapy"):
            for node in MALFORMED:
                assert server.send_node(device, node)
            server.announce_about(bob.jid, "still here")
            event = await alice.next(events.UserAboutUpdate)
        assert (event.jid, event.status) == (bob.jid, "still here")
        assert alice.client.is_connected
        assert server.is_online(device)
        logged = [
            r
            for r in caplog.records
            if r.name.startswith("wapy") and r.levelname in ("ERROR", "WARNING")
        ]
        assert logged, "each malformed notification is logged"
