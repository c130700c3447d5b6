"""Event delivery: handlers and streams, under asyncio and trio.

Events are emitted on the client's Rust bus through the private test
emitter; everything after that (bridge, wake-up socket, dispatcher, handler
tasks, streams) is the real delivery path.
"""

from __future__ import annotations

import asyncio
import gc
import json
import logging
import sys
from collections.abc import AsyncIterator, Callable
from typing import Any

import anyio
import anyio.lowlevel
import pytest

import wapy
from wapy import events

from .event_samples import SAMPLES, message

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
async def client() -> AsyncIterator[wapy.Client]:
    client = wapy.Client(":memory:")
    try:
        yield client
    finally:
        await client.aclose()


def emit(client: wapy.Client, sample: dict[str, Any]) -> None:
    client._core._emit_for_tests(json.dumps(sample))


def completed(count: int) -> dict[str, Any]:
    return {"type": "OfflineSyncCompleted", "count": count}


async def until(condition: Callable[[], bool]) -> None:
    """Yields to the loop until ``condition`` holds (the test timeout bounds it)."""
    with anyio.fail_after(10):
        while not condition():  # noqa: ASYNC110 (conditions set by plain code)
            await anyio.sleep(0.001)


def wapy_tasks() -> list[str]:
    """Names of the background tasks wapy runs in the current loop."""
    trio = sys.modules.get("trio")
    if trio is not None:
        try:
            root = trio.lowlevel.current_root_task()
        except RuntimeError:
            root = None
        if root is not None:
            names = []
            pending = [root]
            while pending:
                task = pending.pop()
                names.append(task.name)
                for nursery in task.child_nurseries:
                    pending.extend(nursery.child_tasks)
            return [name for name in names if name.startswith("wapy")]
    return [task.get_name() for task in asyncio.all_tasks() if task.get_name().startswith("wapy")]


async def test_sync_and_async_handlers_see_every_event_in_order(client: wapy.Client) -> None:
    sync_seen: list[int] = []
    async_seen: list[int] = []

    @client.on(events.OfflineSyncCompleted)
    def on_sync(ev: events.OfflineSyncCompleted) -> None:
        sync_seen.append(ev.count)

    @client.on(events.OfflineSyncCompleted)
    async def on_async(ev: events.OfflineSyncCompleted) -> None:
        async_seen.append(ev.count)
        if ev.count % 97 == 0:
            await anyio.lowlevel.checkpoint()

    count = 5000
    for index in range(count):
        emit(client, completed(index))
    await until(lambda: len(sync_seen) == count and len(async_seen) == count)
    assert sync_seen == list(range(count))
    assert async_seen == list(range(count))


async def test_handlers_filter_by_class(client: wapy.Client) -> None:
    seen: dict[str, list[str]] = {"message": [], "receipt_or_connected": [], "all": []}
    client.add_handler(lambda ev: seen["message"].append(type(ev).__name__), events.Message)
    client.add_handler(
        lambda ev: seen["receipt_or_connected"].append(type(ev).__name__),
        events.Receipt,
        events.Connected,
    )
    client.add_handler(lambda ev: seen["all"].append(type(ev).__name__), events.Event)
    for name in ("Connected", "Message", "Receipt", "Presence"):
        emit(client, SAMPLES[name])
    await until(lambda: len(seen["all"]) == 4)
    assert seen["message"] == ["Message"]
    assert seen["receipt_or_connected"] == ["Connected", "Receipt"]
    assert seen["all"] == ["Connected", "Message", "Receipt", "Presence"]


async def test_on_without_types_gets_everything(client: wapy.Client) -> None:
    seen: list[events.Event] = []
    client.on()(seen.append)
    emit(client, SAMPLES["Connected"])
    emit(client, SAMPLES["HistorySync"])
    await until(lambda: len(seen) == 2)
    assert [type(ev) for ev in seen] == [events.Connected, events.HistorySync]


async def test_a_raising_handler_is_logged_and_others_go_on(
    client: wapy.Client, caplog: pytest.LogCaptureFixture
) -> None:
    good: list[int] = []
    good_async: list[int] = []

    @client.on(events.OfflineSyncCompleted)
    def broken(ev: events.OfflineSyncCompleted) -> None:
        raise ValueError(f"boom {ev.count}")

    @client.on(events.OfflineSyncCompleted)
    async def broken_async(ev: events.OfflineSyncCompleted) -> None:
        raise KeyError(f"async boom {ev.count}")

    client.on(events.OfflineSyncCompleted)(lambda ev: good.append(ev.count))

    @client.on(events.OfflineSyncCompleted)
    async def fine(ev: events.OfflineSyncCompleted) -> None:
        good_async.append(ev.count)

    with caplog.at_level(logging.ERROR, logger="wapy.events"):
        for index in range(3):
            emit(client, completed(index))
        await until(lambda: len(good) == 3 and len(good_async) == 3)
        await until(lambda: len(caplog.records) >= 6)
    assert good == [0, 1, 2]
    assert good_async == [0, 1, 2]
    failures = [r for r in caplog.records if r.name == "wapy.events"]
    assert len(failures) == 6
    assert all(record.exc_info is not None for record in failures)
    assert any("boom 2" in str(r.exc_info[1]) for r in failures if r.exc_info)
    assert any("broken_async" in r.getMessage() for r in failures)


async def test_a_slow_async_handler_blocks_nobody_and_loses_nothing(client: wapy.Client) -> None:
    release = anyio.Event()
    slow_seen: list[int] = []
    fast_seen: list[int] = []
    sync_seen: list[int] = []

    @client.on(events.OfflineSyncCompleted)
    async def slow(ev: events.OfflineSyncCompleted) -> None:
        await release.wait()
        slow_seen.append(ev.count)

    @client.on(events.OfflineSyncCompleted)
    async def fast(ev: events.OfflineSyncCompleted) -> None:
        fast_seen.append(ev.count)

    client.on(events.OfflineSyncCompleted)(lambda ev: sync_seen.append(ev.count))
    stream = client.events(events.OfflineSyncCompleted)

    count = 300
    for index in range(count):
        emit(client, completed(index))
    streamed = [(await stream.__anext__()).count for _ in range(count)]
    await until(lambda: len(fast_seen) == count and len(sync_seen) == count)
    assert slow_seen == [], "the slow handler is still on its first event"
    release.set()
    await until(lambda: len(slow_seen) == count)
    assert slow_seen == fast_seen == sync_seen == streamed == list(range(count))


async def test_events_before_async_for_are_buffered(client: wapy.Client) -> None:
    stream = client.events(events.Message)
    for index in range(50):
        emit(client, message(f"m{index}", f"ID{index}"))
    # The dispatcher moves them into the stream's buffer before anyone iterates.
    await until(lambda: stream.pending() == 50)
    texts = []
    async for ev in stream:
        texts.append(ev.text)
        if len(texts) == 50:
            break
    assert texts == [f"m{index}" for index in range(50)]


async def test_backlog_reaches_the_first_consumer() -> None:
    client = wapy.Client(":memory:")
    try:
        emit(client, SAMPLES["QrCode"])
        emit(client, SAMPLES["Connected"])
        async with client:
            await anyio.sleep(0.01)
            async with client.events() as stream:
                first = await stream.__anext__()
                second = await stream.__anext__()
        assert isinstance(first, events.QrCode)
        assert first.code == "2@abc,def,ghi,1"
        assert isinstance(second, events.Connected)
    finally:
        await client.aclose()


async def test_streams_filter_and_iterate_concurrently(client: wapy.Client) -> None:
    receipts = client.events(events.Receipt)
    everything = client.events()
    emit(client, SAMPLES["Message"])
    emit(client, SAMPLES["Receipt"])
    emit(client, SAMPLES["Connected"])
    got_receipt = await receipts.__anext__()
    assert isinstance(got_receipt, events.Receipt)
    kinds = [type(await everything.__anext__()).__name__ for _ in range(3)]
    assert kinds == ["Message", "Receipt", "Connected"]
    assert receipts.pending() == 0


async def test_remove_handler(client: wapy.Client) -> None:
    seen: list[int] = []
    seen_async: list[int] = []

    def handler(ev: events.OfflineSyncCompleted) -> None:
        seen.append(ev.count)

    async def async_handler(ev: events.OfflineSyncCompleted) -> None:
        seen_async.append(ev.count)

    client.add_handler(handler, events.OfflineSyncCompleted)
    client.add_handler(async_handler, events.OfflineSyncCompleted)
    marker = client.events(events.OfflineSyncCompleted)
    emit(client, completed(1))
    await marker.__anext__()
    await until(lambda: seen_async == [1])
    assert client.remove_handler(handler)
    assert client.remove_handler(async_handler)
    assert not client.remove_handler(handler)
    emit(client, completed(2))
    assert (await marker.__anext__()).count == 2
    await anyio.sleep(0.01)
    assert seen == [1]
    assert seen_async == [1]


async def test_stream_close_and_cancellation(client: wapy.Client) -> None:
    stream = client.events(events.Connected)
    got: list[events.Event] = []

    async def consume() -> None:
        async for ev in stream:
            got.append(ev)

    async with anyio.create_task_group() as group:
        group.start_soon(consume)
        emit(client, SAMPLES["Connected"])
        await until(lambda: len(got) == 1)
        group.cancel_scope.cancel()
    # Cancelled while waiting: the stream still works and lost nothing.
    emit(client, SAMPLES["Connected"])
    assert isinstance(await stream.__anext__(), events.Connected)
    await stream.aclose()
    with pytest.raises(StopAsyncIteration):
        await stream.__anext__()
    # A stream dropped without closing unregisters itself.
    dropped = client.events(events.Connected)
    del dropped
    gc.collect()
    assert len(client._dispatcher._consumers) == 0


async def test_closing_the_client_ends_streams_and_tasks(anyio_backend: str) -> None:
    client = wapy.Client(":memory:")

    @client.on(events.Connected)
    async def waiter(ev: events.Connected) -> None:
        await anyio.sleep_forever()

    stream = client.events()
    async with client:
        emit(client, SAMPLES["Connected"])
        assert isinstance(await stream.__anext__(), events.Connected)
        assert "wapy-events" in wapy_tasks()
        assert any(name.startswith("wapy-handler") for name in wapy_tasks())
    assert client.closed
    assert wapy_tasks() == []
    with pytest.raises(StopAsyncIteration):
        await stream.__anext__()
    with pytest.raises(RuntimeError, match="closed"):
        client.events()
    with pytest.raises(RuntimeError, match="closed"):
        client.on(events.Connected)(print)
    await client.aclose()  # idempotent


async def test_buffered_events_survive_client_close() -> None:
    client = wapy.Client(":memory:")
    stream = client.events(events.OfflineSyncCompleted)
    async with client:
        for index in range(3):
            emit(client, completed(index))
        await until(lambda: stream.pending() == 3)
    assert [ev.count async for ev in stream] == [0, 1, 2]


async def test_handler_argument_checks(client: wapy.Client) -> None:
    with pytest.raises(TypeError):
        client.on(int)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        client.add_handler("not callable")  # type: ignore[arg-type]


async def test_async_handler_declared_as_sync_is_reported(
    client: wapy.Client, caplog: pytest.LogCaptureFixture
) -> None:
    async def work(ev: events.Event) -> None:
        raise AssertionError("never awaited")

    client.add_handler(lambda ev: work(ev), events.Connected)
    with caplog.at_level(logging.ERROR, logger="wapy.events"):
        emit(client, SAMPLES["Connected"])
        await until(lambda: any("async def" in r.getMessage() for r in caplog.records))


async def test_client_keeps_its_arguments() -> None:
    client = wapy.Client(
        "bot.db", server_url="ws://127.0.0.1:1/ws", trusted_root=b"k" * 32, forward_raw_nodes=True
    )
    try:
        assert client.store == "bot.db"
        assert client.server_url == "ws://127.0.0.1:1/ws"
        assert client.trusted_root == b"k" * 32
        assert client.forward_raw_nodes
        assert "bot.db" in repr(client)
    finally:
        await client.aclose()
