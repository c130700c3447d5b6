"""Helpers of the Python suites: accounts with a connected client each,
linking by QR code, and bounded waits for events."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

import anyio

import wapy
from wapy import events
from wapy.testing import Phone, Server

E = TypeVar("E", bound=events.Event)

#: Guard against hangs (never a timing assertion).
GUARD = 20


async def next_of(
    stream: wapy.EventStream[Any],
    cls: type[E],
    where: Callable[[E], bool] = lambda _: True,
    *,
    guard: float = GUARD,
) -> E:
    """The next event of class ``cls`` in ``stream`` matching ``where``,
    skipping others; fails after ``guard`` seconds."""
    with anyio.fail_after(guard):
        async for event in stream:
            if isinstance(event, cls) and where(event):
                return event
    raise AssertionError(f"the stream ended before a {cls.__name__}")


async def link_by_qr(
    client: wapy.Client, phone: Phone, stream: wapy.EventStream[Any], *, guard: float = GUARD
) -> None:
    """Connects ``client`` and lets ``phone`` scan its first QR code."""
    await client.connect()
    with anyio.fail_after(guard):
        async for event in stream:
            if isinstance(event, events.QrCode):
                await phone.scan_qr(event.code)
            elif isinstance(event, events.Connected):
                return
    raise AssertionError("the stream ended before Connected")


async def chunks(
    stream: wapy.EventStream[Any], count: int, *, guard: float = GUARD
) -> list[events.HistorySync]:
    """The next ``count`` HistorySync events of ``stream``."""
    found: list[events.HistorySync] = []
    with anyio.fail_after(guard):
        async for event in stream:
            if isinstance(event, events.HistorySync):
                found.append(event)
                if len(found) == count:
                    break
    return found


@dataclass
class Member:
    """An account on the emulator with a connected client and its event stream."""

    phone: Phone
    client: wapy.Client
    stream: wapy.EventStream[events.Event]

    @property
    def jid(self) -> wapy.Jid:
        """The account's phone-number JID."""
        return self.phone.jid

    @property
    def lid(self) -> wapy.Jid:
        """The account's LID."""
        lid = self.phone.lid
        assert lid is not None
        return lid

    async def next(self, cls: type[E], where: Callable[[E], bool] = lambda _: True) -> E:
        """The next event of class ``cls`` matching ``where``, skipping others."""
        return await next_of(self.stream, cls, where)

    async def next_action(self, group: wapy.Jid) -> events.GroupUpdate:
        """The next ``GroupUpdate`` of ``group``."""
        return await self.next(events.GroupUpdate, lambda ev: ev.group_jid == group)


@asynccontextmanager
async def members(server: Server, *numbers: str) -> AsyncIterator[list[Member]]:
    """One connected client per phone number, each streaming its events."""
    async with AsyncExitStack() as stack:
        result = []
        for number in numbers:
            phone = server.add_account(number)
            client = server.client()
            stack.push_async_callback(client.aclose)
            phone.provision(client)
            stream: Any = await stack.enter_async_context(client.events())
            await client.connect()
            await _connected(stream)
            result.append(Member(phone, client, stream))
        yield result


async def _connected(stream: wapy.EventStream[events.Event]) -> None:
    with anyio.fail_after(GUARD):
        async for event in stream:
            if isinstance(event, events.Connected):
                return


async def until(condition: Callable[[], bool], interval: float = 0.05) -> None:
    """Polls ``condition`` (state changed by the emulator's threads), bounded."""
    with anyio.fail_after(GUARD):
        while not condition():  # noqa: ASYNC110 (state changed by Rust threads)
            await anyio.sleep(interval)
