"""App-state sync through the Python API over real sockets against the
emulator, on asyncio and trio: mutations sent by the client reaching the
phone's collections, changes made on the phone arriving as typed events
with their fields and ``from_full_sync``, a patch with a wrong MAC
recovered from a snapshot without duplicated events, a rotated key asked
for and shared without the test's help, a manual sync, and the typed
errors."""

from __future__ import annotations

import datetime
from typing import Any

import anyio
import pytest

import wapy
from wapy import events
from wapy.testing import Phone, Server

from .members import next_of

pytestmark = pytest.mark.anyio

GUARD = 30  # seconds; only guards against hangs

CHAT = "15550006999@s.whatsapp.net"
OTHER = "15550006998@s.whatsapp.net"


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def synced(stream: wapy.EventStream[Any]) -> list[Any]:
    """The app-state change events until every collection reported
    AppStateSyncComplete."""
    seen: set[str] = set()
    changes: list[Any] = []
    with anyio.fail_after(GUARD):
        async for event in stream:
            if isinstance(event, events.AppStateSyncComplete):
                seen.add(event.name)
                if len(seen) == 5:
                    return changes
            elif type(event).__name__.endswith("Update"):
                changes.append(event)
    raise AssertionError("the stream ended")


async def until_synced(stream: wapy.EventStream[Any], collection: str) -> list[Any]:
    """The app-state change events up to the AppStateSyncComplete of
    ``collection``."""
    changes: list[Any] = []
    with anyio.fail_after(GUARD):
        async for event in stream:
            if isinstance(event, events.AppStateSyncComplete):
                if event.name == collection:
                    return changes
            elif type(event).__name__.endswith("Update"):
                changes.append(event)
    raise AssertionError("the stream ended")


async def started(
    server: Server, number: str, *, answer_key_requests: bool = False
) -> tuple[wapy.Client, Phone]:
    """A provisioned client and its phone. Unless ``answer_key_requests``,
    the phone leaves key requests (the client asks at login, having no
    keys) to the test, so that the keys arrive once, from the test's
    share, and each collection syncs in a known order."""
    phone = server.add_account(number)
    phone.configure_sync(None, answer_key_requests=answer_key_requests)
    client = server.client()
    phone.provision(client)
    return client, phone


async def test_client_mutations_reach_the_phone() -> None:
    async with Server(initial_sync=None) as server:
        client, phone = await started(server, "15550006001")
        try:
            async with client.events() as stream:
                await client.connect()
                phone.share_app_state_keys()
                await synced(stream)

                before = datetime.datetime.now(datetime.UTC)
                await client.mute_chat(CHAT, datetime.timedelta(hours=8))
                mute = await next_of(stream, events.MuteUpdate, guard=GUARD)
                assert (mute.jid, mute.from_full_sync) == (wapy.Jid.parse(CHAT), False)
                held = phone.app_state_value(["mute", CHAT])
                assert held is not None and held.muteAction.muted
                end = before + datetime.timedelta(hours=8)
                assert abs(held.muteAction.muteEndTimestamp - end.timestamp() * 1000) < 5_000
                assert held.muteAction.muteEndTimestamp == mute.action.muteEndTimestamp

                await client.unmute_chat(CHAT)
                held = phone.app_state_value(["mute", CHAT])
                assert held is not None and not held.muteAction.muted

                await client.pin_chat(CHAT)
                held = phone.app_state_value(["pin_v1", CHAT])
                assert held is not None and held.pinAction.pinned

                await client.archive_chat(OTHER)
                held = phone.app_state_value(["archive", OTHER])
                assert held is not None and held.archiveChatAction.archived

                await client.mark_chat_as_read(CHAT, read=False)
                held = phone.app_state_value(["markChatAsRead", CHAT])
                assert held is not None and not held.markChatAsReadAction.read

                await client.star_message(CHAT, "3EB0STARRED", from_me=True)
                held = phone.app_state_value(["star", CHAT, "3EB0STARRED", "1", "0"])
                assert held is not None and held.starAction.starred

                await client.delete_chat(OTHER, delete_media=True)
                assert phone.app_state_value(["deleteChat", OTHER, "1"]) is not None

                await client.set_push_name("Alice Bot")
                held = phone.app_state_value(["setting_pushName"])
                assert held is not None and held.pushNameSetting.name == "Alice Bot"
                push = await next_of(stream, events.PushNameUpdate, guard=GUARD)
                assert (push.action.name, push.from_full_sync) == ("Alice Bot", False)

                # mute, unmute, pin, archive, read, star, delete: regular_high or
                # regular_low; the push name: critical_block.
                assert phone.app_state_version("critical_block") == 1
                total = phone.app_state_version("regular_high") + phone.app_state_version(
                    "regular_low"
                )
                assert total == 7
        finally:
            await client.aclose()


async def test_phone_changes_arrive_as_typed_events() -> None:
    async with Server(initial_sync=None) as server:
        client, phone = await started(server, "15550006002")
        try:
            async with client.events() as stream:
                await client.connect()
                # Made before the client has the key: it comes in the snapshot.
                phone.pin_chat(OTHER)
                phone.share_app_state_keys()
                # Every collection synced once: later changes come in patches.
                (early,) = await synced(stream)
                assert isinstance(early, events.PinUpdate)
                assert (early.jid, early.action.pinned) == (wapy.Jid.parse(OTHER), True)
                assert early.from_full_sync

                until = datetime.datetime(2031, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
                phone.mute_chat(CHAT, until)
                mute = await next_of(stream, events.MuteUpdate, guard=GUARD)
                assert mute.jid == wapy.Jid.parse(CHAT)
                assert mute.action.muted
                assert mute.action.muteEndTimestamp == int(until.timestamp() * 1000)
                assert not mute.from_full_sync

                phone.star_message(OTHER, "3EB0PHONESTAR", from_me=False)
                star = await next_of(stream, events.StarUpdate, guard=GUARD)
                assert (star.chat_jid, star.message_id) == (wapy.Jid.parse(OTHER), "3EB0PHONESTAR")
                assert (star.from_me, star.participant_jid) == (False, None)
                assert star.action.starred and not star.from_full_sync

                phone.archive_chat(CHAT)
                archive = await next_of(stream, events.ArchiveUpdate, guard=GUARD)
                assert (archive.jid, archive.action.archived) == (wapy.Jid.parse(CHAT), True)

                phone.delete_chat(OTHER, delete_media=True)
                deleted = await next_of(stream, events.DeleteChatUpdate, guard=GUARD)
                assert (deleted.jid, deleted.delete_media) == (wapy.Jid.parse(OTHER), True)

                phone.mark_chat_as_read(CHAT)
                read = await next_of(stream, events.MarkChatAsReadUpdate, guard=GUARD)
                assert (read.jid, read.action.read, read.from_full_sync) == (
                    wapy.Jid.parse(CHAT),
                    True,
                    False,
                )

                phone.set_push_name("Phone Name")
                push = await next_of(stream, events.PushNameUpdate, guard=GUARD)
                assert push.action.name == "Phone Name"
        finally:
            await client.aclose()


async def test_a_wrong_patch_mac_is_recovered_from_a_snapshot() -> None:
    async with Server(initial_sync=None) as server:
        client, phone = await started(server, "15550006003")
        try:
            async with client.events() as stream:
                await client.connect()
                phone.share_app_state_keys()
                await synced(stream)
                phone.pin_chat(CHAT)
                first = await next_of(stream, events.PinUpdate, guard=GUARD)
                assert (first.jid, first.from_full_sync) == (wapy.Jid.parse(CHAT), False)

                phone.corrupt_next_app_state_patch()
                phone.pin_chat(OTHER)
                # The bad patch yields nothing, the snapshot each pin once
                # (two changes, then the end of that sync).
                pins: list[Any] = []
                while len(pins) < 2:
                    pins.extend(await until_synced(stream, "regular_low"))
                assert all(isinstance(pin, events.PinUpdate) for pin in pins)
                assert all(pin.from_full_sync for pin in pins)
                assert sorted(str(pin.jid) for pin in pins) == sorted([CHAT, OTHER])

                # The recovered state is right: the next patch verifies.
                phone.archive_chat(CHAT)
                archive = await next_of(stream, events.ArchiveUpdate, guard=GUARD)
                assert (archive.jid, archive.from_full_sync) == (wapy.Jid.parse(CHAT), False)
        finally:
            await client.aclose()


async def test_a_missing_key_is_asked_and_shared_automatically() -> None:
    async with Server(initial_sync=None) as server:
        client, phone = await started(server, "15550006004", answer_key_requests=True)
        try:
            async with client.events() as stream:
                await client.connect()
                phone.share_app_state_keys()
                await synced(stream)

                phone.rotate_app_state_key()
                phone.pin_chat(CHAT)
                pin = await next_of(stream, events.PinUpdate, guard=GUARD)
                assert (pin.jid, pin.from_full_sync) == (wapy.Jid.parse(CHAT), False)
            request = None
            with anyio.fail_after(GUARD):
                while request is None:
                    got = await phone.next_message(timeout=GUARD)
                    if got.message.protocolMessage.HasField("appStateSyncKeyRequest"):
                        request = got.message.protocolMessage.appStateSyncKeyRequest
            assert len(request.keyIds) == 1
            # The client's own upload uses the newest key, which it now has.
            await client.pin_chat(OTHER)
            held = phone.app_state_value(["pin_v1", OTHER])
            assert held is not None and held.pinAction.pinned
        finally:
            await client.aclose()


async def test_manual_sync_and_typed_errors() -> None:
    async with Server(initial_sync=None) as server:
        client, phone = await started(server, "15550006005")
        try:
            async with client.events() as stream:
                await client.connect()
                with pytest.raises(wapy.AppStateKeyMissing):
                    await client.pin_chat(CHAT)
                phone.share_app_state_keys()
                await synced(stream)

                with pytest.raises(wapy.InvalidArgument):
                    await client.sync_app_state(["no_such_collection"])  # type: ignore[list-item]
                with pytest.raises(wapy.InvalidArgument):
                    await client.set_push_name("")
                with pytest.raises(wapy.InvalidArgument):
                    await client.mute_chat(CHAT, datetime.timedelta(seconds=-1))

                await client.sync_app_state(["regular_low"], full=True)
                assert await until_synced(stream, "regular_low") == []

                # A key the phone does not share: the patch stays unapplied
                # and a manual sync says why.
                phone.rotate_app_state_key()
                phone.pin_chat(CHAT)
                with pytest.raises(wapy.AppStateKeyMissing):
                    await client.sync_app_state(["regular_low"])
                assert isinstance(wapy.AppStateKeyMissing("x"), wapy.AppStateError)
        finally:
            await client.aclose()
