"""Status updates (``status@broadcast``) over real sockets against the
emulator, on asyncio and trio: a client posts text statuses to an explicit
audience that simulated phones decrypt, people left out get nothing, a
phone's status reaches the client as a Message from the contact, and bad
arguments fail loudly."""

from __future__ import annotations

import anyio
import pytest

import wapy
from wapy import events
from wapy.proto import Message as ProtoMessage
from wapy.proto import wa_pb2
from wapy.testing import Phone, PhoneMessage, Server

from .members import GUARD, members
from .test_media import png

pytestmark = pytest.mark.anyio

STATUS = wapy.Jid.parse("status@broadcast")
FontType = wa_pb2.ExtendedTextMessage.FontType


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def status_from(phone: Phone, sender: wapy.Jid, status_id: str) -> PhoneMessage:
    """The next message the phone gets, checked to be the status ``status_id``."""
    with anyio.fail_after(GUARD):
        got = await phone.next_message(timeout=GUARD)
    assert (got.id, got.chat, got.sender) == (status_id, STATUS, sender)
    return got


async def test_a_text_status_reaches_exactly_its_recipients() -> None:
    async with Server() as server, members(server, "15550009001") as (alice,):
        bob = server.add_account("15550009002")
        carol = server.add_account("15550009003")
        dave = server.add_account("15550009004")
        device = alice.client.jid
        assert device is not None

        status_id = await alice.client.send_status_text(
            "out for lunch",
            recipients=[bob.jid, str(carol.jid)],
            background_argb=0xFF123456,
            font=FontType.FB_SCRIPT,
        )
        for phone in (bob, carol, alice.phone):
            got = await status_from(phone, device, status_id)
            assert got.text == "out for lunch"
            text = got.message.extendedTextMessage
            assert text.text == "out for lunch"
            assert text.backgroundArgb == 0xFF123456
            assert text.textArgb == 0xFFFFFFFF
            assert text.font == FontType.FB_SCRIPT

        # Dave was left out: the first thing he gets is a later 1:1 message.
        direct = await alice.client.send_text(dave.jid, "just you")
        with anyio.fail_after(GUARD):
            first = await dave.next_message(timeout=GUARD)
        assert (first.id, first.chat, first.text) == (direct, alice.jid, "just you")

        # A recipient dropped from the list gets nothing more.
        again = await alice.client.send_status_text("back", recipients=[bob.jid])
        assert (await status_from(bob, device, again)).text == "back"
        direct = await alice.client.send_text(carol.jid, "after")
        with anyio.fail_after(GUARD):
            first = await carol.next_message(timeout=GUARD)
        assert (first.id, first.text) == (direct, "after")


async def test_any_message_can_be_a_status() -> None:
    async with Server() as server, members(server, "15550009011") as (alice,):
        bob = server.add_account("15550009012")
        device = alice.client.jid
        assert device is not None
        message = ProtoMessage(
            extendedTextMessage=wa_pb2.ExtendedTextMessage(
                text="see https://example.org", backgroundArgb=0xFF000000
            )
        )
        status_id = await alice.client.send_status_message(message, recipients=[bob.jid])
        got = await status_from(bob, device, status_id)
        assert got.message == message


async def test_an_image_status_reaches_a_client_that_downloads_it() -> None:
    async with Server() as server, members(server, "15550009041", "15550009042") as (alice, bob):
        image = png(320, 240, 20_000)
        status_id = await alice.client.send_image(
            STATUS, image, caption="view", thumbnail=b"\xff\xd8\xff\xe0thumb", recipients=[bob.jid]
        )
        ev = await bob.next(events.Message, lambda ev: ev.info.id == status_id)
        assert (ev.info.chat, ev.info.sender.user) == (STATUS, alice.jid.user)
        assert not ev.info.is_from_me
        got = ev.message.imageMessage
        assert (got.caption, got.mimetype, got.width, got.height) == (
            "view",
            "image/png",
            320,
            240,
        )
        assert await bob.client.download(ev) == image
        # Alice's phone sees her own status.
        with anyio.fail_after(GUARD):
            own = await alice.phone.next_message(timeout=GUARD)
        assert (own.id, own.chat, own.message.imageMessage.caption) == (status_id, STATUS, "view")


async def test_a_phone_status_becomes_a_message_event() -> None:
    async with Server() as server, members(server, "15550009021") as (alice,):
        bob = server.add_account("15550009022")
        status = ProtoMessage(
            extendedTextMessage=wa_pb2.ExtendedTextMessage(
                text="at the beach",
                backgroundArgb=0xFF0080FF,
                textArgb=0xFFFFFFFF,
                font=FontType.SYSTEM_BOLD,
            )
        )
        status_id = await bob.post_status(status, [alice.jid])
        ev = await alice.next(events.Message, lambda ev: ev.info.id == status_id)
        info = ev.info
        assert (info.chat, info.sender) == (STATUS, bob.jid)
        assert not info.is_from_me and not info.is_group
        assert ev.text == "at the beach"
        assert ev.message == status

        second = await bob.post_status(ProtoMessage(conversation="still here"), [alice.jid])
        ev = await alice.next(events.Message, lambda ev: ev.info.id == second)
        assert (ev.info.chat, ev.text) == (STATUS, "still here")


async def test_bad_status_arguments_are_refused() -> None:
    async with Server() as server, members(server, "15550009031") as (alice,):
        bob = server.add_account("15550009032")
        client = alice.client
        with pytest.raises(wapy.SendError, match="recipient"):
            await client.send_status_text("nobody", recipients=[])
        with pytest.raises(wapy.SendError, match="users"):
            await client.send_status_text(
                "a group", recipients=[wapy.Jid.parse("120363000000000001@g.us")]
            )
        with pytest.raises(wapy.SendError, match="text"):
            await client.send_status_text("", recipients=[bob.jid])
        with pytest.raises(wapy.InvalidArgument, match="font"):
            await client.send_status_text("x", recipients=[bob.jid], font=12345)
        with pytest.raises(wapy.InvalidArgument, match="32 bits"):
            await client.send_status_text("x", recipients=[bob.jid], background_argb=1 << 32)
        with pytest.raises(wapy.SendError, match="send_status_message"):
            await client.send_text(STATUS, "not like this")
        with pytest.raises(TypeError):
            await client.send_status_message("text", recipients=[bob.jid])  # type: ignore[arg-type]
        # Nothing reached Bob: his first message is a later 1:1.
        direct = await client.send_text(bob.jid, "ok")
        with anyio.fail_after(GUARD):
            first = await bob.next_message(timeout=GUARD)
        assert (first.id, first.text) == (direct, "ok")
