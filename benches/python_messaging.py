"""Inbound messaging benchmark: messages per second from a simulated phone
through the whole receive pipeline into a Python ``async def`` handler.

A local emulator (``wapy.testing.Server``) hosts two accounts. The phone of
one really encrypts ``BENCH_MESSAGES`` text messages (Signal, one session)
for the other's linked device while that device is offline, so the server
queues them. A run then times, from ``connect()`` to the last message
handled, everything a bot pays for: the login, the WebSocket frames, Noise
decryption, stanza decoding, Signal decryption and ratchet steps stored in
SQLite, protobuf decoding, the server ack and delivery receipt of each
message, and the event's delivery to an ``async def`` handler that reads
``ev.info.id`` and ``ev.text``. Encryption by the phone is outside the
timing. Each run uses a fresh server and store; the figure is the median of
``BENCH_RUNS`` runs after one smaller warm-up. Prints one JSON line per op
(the format of ``benches/run.sh``); ``--backend trio`` runs under trio.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

import anyio

from wapy import events
from wapy.testing import Server

TEXT = "benchmark message " * 4


async def offline_burst(count: int) -> float:
    """Seconds from ``connect()`` to the ``count``-th handled message."""
    with tempfile.TemporaryDirectory() as tmp:
        async with Server() as server:
            bot = server.add_account("15550009001")
            sender = server.add_account("15550009002")
            client = server.client(Path(tmp) / "bot.db")
            device = bot.provision(client)
            await sender.send_texts(bot.jid, [f"{TEXT}{i}" for i in range(count)])
            pending = server.pending_messages(device)
            if pending != count:
                raise SystemExit(f"{pending} messages queued, not {count}")

            done = anyio.Event()
            seen = 0
            last = ""

            @client.on(events.Message)
            async def handle(ev: events.Message) -> None:
                nonlocal seen, last
                ev.info.id  # noqa: B018
                last = ev.text or ""
                seen += 1
                if seen == count:
                    done.set()

            async with contextlib.aclosing(client):
                start = time.perf_counter()
                await client.connect()
                with anyio.fail_after(300):
                    await done.wait()
                elapsed = time.perf_counter() - start
            if last != f"{TEXT}{count - 1}":
                raise SystemExit(f"the last message handled was {last!r}")
            return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--backend", choices=["asyncio", "trio"], default="asyncio")
    args = parser.parse_args()
    count = int(os.environ.get("BENCH_MESSAGES", "2000"))
    runs = int(os.environ.get("BENCH_RUNS", "5"))
    anyio.run(offline_burst, max(count // 10, 1), backend=args.backend)  # warm-up
    rates = [count / anyio.run(offline_burst, count, backend=args.backend) for _ in range(runs)]
    print(
        json.dumps(
            {
                "anchor": f"wapy-{args.backend}",
                "workload": f"inbound_text_{count}",
                "op": "messages_offline_burst_async_handler",
                "ops_per_s_median": round(statistics.median(rates)),
                "runs": runs,
            }
        ),
        flush=True,
    )


if __name__ == "__main__":
    main()
