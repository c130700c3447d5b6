"""Retry counters live in the store, over real sockets against the emulator
on asyncio and trio: a client restarted over the same database file
continues counting the retry receipts it sent for a message instead of
starting over."""

from __future__ import annotations

from pathlib import Path

import anyio
import pytest

from wapy import Client, Jid, events
from wapy.proto import Message as ProtoMessage
from wapy.testing import Phone, PhoneReceipt, Server

from .members import GUARD, until

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def retry_receipt(phone: Phone) -> PhoneReceipt:
    """The next retry receipt the phone gets."""
    with anyio.fail_after(GUARD):
        while True:
            receipt = await phone.next_receipt(timeout=GUARD)
            if receipt.receipt_type == "retry":
                return receipt


async def garbled_then_resent(
    client: Client, phone: Phone, to: Jid, message_id: str
) -> PhoneReceipt:
    """The phone sends ``message_id`` to ``to`` undecryptably; returns the
    client's retry receipt once the phone's resend got through."""
    async with client.events(events.Message) as stream:
        phone.inject_fault("undecryptable")
        await phone.send_message(to, ProtoMessage(conversation="garbled"), id=message_id)
        retry = await retry_receipt(phone)
        with anyio.fail_after(GUARD):
            async for ev in stream:
                if ev.info.id == message_id:
                    assert ev.text == "garbled"
                    break
    return retry


async def test_retry_counts_survive_a_restart(tmp_path: Path) -> None:
    store = tmp_path / "alice.db"
    async with Server() as server:
        alice = server.add_account("15550009101")
        bob = server.add_account("15550009102")
        first = server.client(store)
        device = alice.provision(first)
        try:
            await first.connect()
            await until(lambda: server.is_online(device))
            await bob.send_text(alice.jid, "warm up")
            retry = await garbled_then_resent(first, bob, alice.jid, "3EB0RETRYCOUNT0001")
            assert (retry.message_ids, retry.retry_count) == (["3EB0RETRYCOUNT0001"], 1)
        finally:
            await first.aclose()
        await until(lambda: not server.is_online(device))

        second = server.client(store)
        try:
            await second.connect()
            await until(lambda: server.is_online(device))
            retry = await garbled_then_resent(second, bob, alice.jid, "3EB0RETRYCOUNT0001")
            assert (retry.message_ids, retry.retry_count) == (["3EB0RETRYCOUNT0001"], 2)
        finally:
            await second.aclose()
