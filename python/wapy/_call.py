"""Awaiting a Rust future from asyncio or trio.

Each call makes a socket pair and hands the write end to Rust; the future
runs on the Rust runtime, stores its outcome and writes one byte. The caller
awaits ``anyio.wait_readable`` on the read end — no thread, no GIL held while
waiting, the same code on asyncio and trio — then takes the outcome (a value
or the typed exception). Cancelling the caller aborts the Rust future.
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from typing import Any

import anyio

from . import _core


async def call(start: Callable[[int], _core.PendingCall]) -> Any:
    """Runs ``start(write_descriptor)`` and awaits the call it returns."""
    reader, writer = socket.socketpair()
    with reader:
        reader.setblocking(False)
        writer.setblocking(False)
        pending = start(writer.detach())
        try:
            await anyio.wait_readable(reader)
        except BaseException:
            pending.cancel()
            raise
    return pending.result()
