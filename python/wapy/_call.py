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


ProgressFn = Callable[[int, int | None], object]
"""A progress callback: ``progress(done_bytes, total_bytes_or_None)``."""


async def call_with_progress(
    start: Callable[[int, _core.Progress | None], _core.PendingCall],
    progress: ProgressFn | None,
) -> Any:
    """:func:`call` for a transfer that reports progress.

    The transfer records its latest ``(done, total)`` in a
    :class:`_core.Progress` cell, which writes a wake-up byte to a duplicate
    of the call's socket when a new value is waiting (at most one byte per
    value taken). This loop takes the value and calls ``progress`` on the
    event loop thread, until the call is done; the last report is the
    final one. ``progress`` is never called from another thread, so it may
    touch loop-bound objects. An exception it raises cancels the transfer
    and propagates.
    """
    if progress is None:
        return await call(lambda waker: start(waker, None))
    reader, writer = socket.socketpair()
    with reader:
        reader.setblocking(False)
        writer.setblocking(False)
        cell = _core.Progress(writer.dup().detach())
        pending = start(writer.detach(), cell)
        try:
            last: tuple[int, int | None] | None = None
            while True:
                await anyio.wait_readable(reader)
                closed = _drain(reader)
                # `done` first: every value recorded before the call ended
                # is then visible to `take`.
                finished = pending.done
                update = cell.take()
                if update is not None and update != last:
                    last = update
                    progress(*update)
                if finished or closed:
                    break
        except BaseException:
            pending.cancel()
            raise
    return pending.result()


def _drain(reader: socket.socket) -> bool:
    """Reads the wake-up bytes waiting; True once every writer has closed."""
    while True:
        try:
            chunk = reader.recv(4096)
        except BlockingIOError:
            return False
        if not chunk:
            return True
