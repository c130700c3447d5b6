"""The key-index list control of wapy.testing.Server over real sockets, on
asyncio and trio: a companion the account's signed list leaves out is not
encrypted for, the signed list vouches for it again, and bad arguments are
refused."""

from __future__ import annotations

import anyio
import pytest

import wapy
from wapy import events
from wapy.testing import Phone, PhoneMessage, Server

from .members import GUARD, Member, members

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def phone_message(phone: Phone, message_id: str) -> PhoneMessage:
    """The message ``message_id`` among those the phone receives next."""
    with anyio.fail_after(GUARD):
        while True:
            got = await phone.next_message(timeout=GUARD)
            if got.id == message_id:
                return got


async def messages_until(member: Member, message_id: str) -> list[str]:
    """The ids of the messages ``member`` gets, up to ``message_id``."""
    seen: list[str] = []

    def record(ev: events.Message) -> bool:
        seen.append(ev.info.id)
        return ev.info.id == message_id

    await member.next(events.Message, record)
    return seen


async def test_a_companion_left_out_of_the_signed_list_is_not_encrypted_for() -> None:
    async with (
        Server() as server,
        members(server, "15550003211", "15550003212", "15550003213") as (bob, alice, carol),
    ):
        companion = bob.client.jid
        assert companion is not None and companion.device != 0
        assert not server.set_key_index_list("15550009999", "signed")
        with pytest.raises(wapy.InvalidArgument):
            server.set_key_index_list("15550003211", "sideways")  # type: ignore[arg-type]
        with pytest.raises(wapy.InvalidArgument):
            server.set_key_index_list("15550003211", "unlisted")

        # The phone signs a list without the companion: Alice's message
        # reaches the phone only.
        assert server.set_key_index_list("15550003211", "unlisted", companion.device)
        left_out = await alice.client.send_text(bob.jid, "phone only")
        assert (await phone_message(bob.phone, left_out)).text == "phone only"

        # The full signed list again (Carol has no cached device list): the
        # companion gets Carol's message, and never got Alice's.
        assert server.set_key_index_list("15550003211", "signed")
        reached = await carol.client.send_text(bob.jid, "everyone")
        assert (await phone_message(bob.phone, reached)).text == "everyone"
        assert await messages_until(bob, reached) == [reached]
