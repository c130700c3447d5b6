"""Event delivery benchmark: events per second from the Rust bus into Python.

A Rust thread emits ``BENCH_EVENTS`` ``Message`` events (each carrying a
200-byte protobuf) on a client's bus as fast as it can; Python consumes them
with, per op:

* ``sync_callback``: a plain handler (``@client.on(events.Message)``);
* ``async_callback``: an ``async def`` handler;
* ``async_for``: ``async for ev in client.events(events.Message)``.

Each consumer reads ``ev.info.id`` and ``ev.text``. A run is timed from the
start of the burst to the last event consumed (the Rust producer and Python
share the machine's cores). The ``*_drained`` ops time the Python side alone:
the burst is queued in Rust while the event loop is blocked, then the clock
runs from the first delivery to the last; the figure is the median of
``BENCH_RUNS`` runs after one warm-up. Prints one JSON line per op (the
format of ``benches/run.sh``); ``--backend trio`` runs under trio.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import time
from collections.abc import Awaitable, Callable

import anyio

import wapy
from wapy import events

PAYLOAD = 200


async def wait_for(done: anyio.Event) -> None:
    with anyio.fail_after(120):
        await done.wait()


async def sync_callback(count: int) -> float:
    client = wapy.Client(":memory:")
    done = anyio.Event()
    seen = 0

    @client.on(events.Message)
    def handle(ev: events.Message) -> None:
        nonlocal seen
        ev.info.id  # noqa: B018
        ev.text  # noqa: B018
        seen += 1
        if seen == count:
            done.set()

    async with contextlib.aclosing(client):
        start = time.perf_counter()
        client._core._emit_burst_for_tests(count, PAYLOAD)
        await wait_for(done)
        return time.perf_counter() - start


async def async_callback(count: int) -> float:
    client = wapy.Client(":memory:")
    done = anyio.Event()
    seen = 0

    @client.on(events.Message)
    async def handle(ev: events.Message) -> None:
        nonlocal seen
        ev.info.id  # noqa: B018
        ev.text  # noqa: B018
        seen += 1
        if seen == count:
            done.set()

    async with contextlib.aclosing(client):
        start = time.perf_counter()
        client._core._emit_burst_for_tests(count, PAYLOAD)
        await wait_for(done)
        return time.perf_counter() - start


async def async_for(count: int) -> float:
    client = wapy.Client(":memory:")
    async with contextlib.aclosing(client), client.events(events.Message) as stream:
        start = time.perf_counter()
        client._core._emit_burst_for_tests(count, PAYLOAD)
        seen = 0
        with anyio.fail_after(120):
            async for ev in stream:
                ev.info.id  # noqa: B018
                ev.text  # noqa: B018
                seen += 1
                if seen == count:
                    break
        return time.perf_counter() - start


async def _drained(count: int, use_stream: bool) -> float:
    client = wapy.Client(":memory:")
    done = anyio.Event()
    seen = 0

    def handle(ev: events.Message) -> None:
        nonlocal seen
        ev.info.id  # noqa: B018
        ev.text  # noqa: B018
        seen += 1
        if seen == count:
            done.set()

    async with contextlib.aclosing(client):
        stream = client.events(events.Message) if use_stream else None
        if stream is None:
            client.on(events.Message)(handle)
        await anyio.sleep(0.05)
        client._core._emit_burst_for_tests(count, PAYLOAD)
        # Block the loop while the burst queues up in Rust: only delivery is timed.
        time.sleep(max(1.0, count / 100_000))  # noqa: ASYNC251 (blocking on purpose)
        start = time.perf_counter()
        if stream is None:
            await wait_for(done)
        else:
            with anyio.fail_after(120):
                async for ev in stream:
                    handle(ev)
                    if seen == count:
                        break
        return time.perf_counter() - start


async def sync_callback_drained(count: int) -> float:
    return await _drained(count, use_stream=False)


async def async_for_drained(count: int) -> float:
    return await _drained(count, use_stream=True)


OPS: dict[str, Callable[[int], Awaitable[float]]] = {
    "sync_callback": sync_callback,
    "async_callback": async_callback,
    "async_for": async_for,
    "sync_callback_drained": sync_callback_drained,
    "async_for_drained": async_for_drained,
}


async def check_payload() -> None:
    """The emitted messages carry the advertised payload size."""
    client = wapy.Client(":memory:")
    async with contextlib.aclosing(client), client.events(events.Message) as stream:
        client._core._emit_burst_for_tests(1, PAYLOAD)
        ev = await stream.__anext__()
        assert isinstance(ev, events.Message)
        size = len(ev.message.SerializeToString())
        if size != PAYLOAD:
            raise SystemExit(f"burst messages are {size} bytes, not {PAYLOAD}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ops", nargs="*", help=f"ops to run: {', '.join(OPS)} (default: all)")
    parser.add_argument("--backend", choices=["asyncio", "trio"], default="asyncio")
    args = parser.parse_args()
    unknown = set(args.ops) - set(OPS)
    if unknown:
        parser.error(f"unknown ops: {', '.join(sorted(unknown))}")
    count = int(os.environ.get("BENCH_EVENTS", "200000"))
    runs = int(os.environ.get("BENCH_RUNS", "5"))
    anyio.run(check_payload, backend=args.backend)
    for op in args.ops or list(OPS):
        anyio.run(OPS[op], count // 10, backend=args.backend)  # warm-up
        rates = [count / anyio.run(OPS[op], count, backend=args.backend) for _ in range(runs)]
        print(
            json.dumps(
                {
                    "anchor": f"wapy-{args.backend}",
                    "workload": f"message_{PAYLOAD}B",
                    "op": f"events_{op}",
                    "ops_per_s_median": round(statistics.median(rates)),
                    "runs": runs,
                }
            ),
            flush=True,
        )


if __name__ == "__main__":
    main()
