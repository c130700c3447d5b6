"""Idle connected clients: marginal RSS per ``wapy.Client`` and connect time.

Runs the emulator in its own process (``wapy server --control``) so that its
memory is not counted, then, per store kind and run, a fresh measured process
that connects ``--clients`` idle clients (200) after a few warm-up ones:

* ``memory``: in-memory stores, each linked by QR (the phone of the emulator
  scans the code the client shows; the codes are relayed through this
  process), then logged in after the 515 restart;
* ``sqlite``: one SQLite file each, linked beforehand (``provision``), each
  logging in directly.

Marginal RSS per client = (RSS with warm-up + N clients - RSS with warm-up
clients) / N, after a garbage collection and a short settle, Python
``Client`` objects included. ``connect_ms``: the median time from
``await client.connect()`` to its return, which on the login path is when
``Connected`` is emitted (SQLite stores, connected one after another).

    python benches/python_clients.py [--clients 200] [--runs 3]

Prints the rates (connects and no-op bridge calls per second) as JSON lines
in the format of ``benches/run.sh``, the RSS figures and a summary on stderr
(RSS details also in ``target/bench/python_clients_rss.json``).
Goals: 400 KiB (memory) and 800 KiB (SQLite) per client.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import IO, Any

import anyio

WARMUP = 5
VERSION = __import__("wapy").__version__
GOALS_KIB = {"memory": 400, "sqlite": 800}


def raise_fd_limit() -> None:
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def rss_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


def phone_of(index: int) -> str:
    return f"1555{index:07d}"


# The measured process ------------------------------------------------------


async def child(kind: str, count: int, url: str, root: bytes, stores: list[str]) -> None:
    import wapy
    from wapy import events

    clients: list[wapy.Client] = []
    connect_s: list[float] = []

    async def add(index: int) -> None:
        store = stores[index] if kind == "sqlite" else ":memory:"
        client = wapy.Client(
            store,
            server_url=url,
            trusted_root=root,
            initial_prekey_count=30,
        )
        clients.append(client)
        if kind == "sqlite":
            start = time.perf_counter()
            await client.connect()
            connect_s.append(time.perf_counter() - start)
            return
        async with client.events(events.QrCode, events.Connected) as stream:
            await client.connect()
            async for event in stream:
                if isinstance(event, events.QrCode):
                    print(f"SCAN {phone_of(index)} {event.code}", flush=True)
                elif isinstance(event, events.Connected):
                    break

    with anyio.fail_after(600):
        for index in range(WARMUP):
            await add(index)
        gc.collect()
        await anyio.sleep(1)
        before = rss_kib()
        for index in range(WARMUP, WARMUP + count):
            await add(index)
        gc.collect()
        await anyio.sleep(2)
        after = rss_kib()
    connected = sum(client.is_connected for client in clients)
    call_us = None
    if kind == "sqlite":
        from wapy._call import call

        core = clients[0]._core
        samples = []
        for _ in range(2000):
            start = time.perf_counter()
            await call(core._noop)
            samples.append(time.perf_counter() - start)
        call_us = statistics.median(samples) * 1e6
    result = {
        "kind": kind,
        "clients": count,
        "connected": connected,
        "rss_before_kib": before,
        "rss_after_kib": after,
        "per_client_kib": (after - before) / count,
        "connect_ms": statistics.median(connect_s) * 1000 if connect_s else None,
        "call_us": call_us,
    }
    print("RESULT " + json.dumps(result), flush=True)
    for client in clients:
        await client.aclose()


# The driver ----------------------------------------------------------------


def read_until(stream: IO[str], prefix: str) -> str:
    while True:
        line = stream.readline()
        if not line:
            raise RuntimeError(f"process ended before {prefix!r}")
        if line.startswith(prefix):
            return line


def control(server: subprocess.Popen[str], command: str) -> str:
    assert server.stdin is not None and server.stdout is not None
    server.stdin.write(command + "\n")
    server.stdin.flush()
    answer = server.stdout.readline().strip()
    if not answer.startswith("OK"):
        raise RuntimeError(f"{command!r}: {answer}")
    return answer


def one_run(server: subprocess.Popen[str], url: str, root: str, kind: str, count: int) -> Any:
    with tempfile.TemporaryDirectory() as tmp:
        stores = []
        if kind == "sqlite":
            for index in range(WARMUP + count):
                path = os.path.join(tmp, f"c{index}.db")
                control(server, f"provision {phone_of(index)} {path}")
                stores.append(path)
        measured = subprocess.Popen(
            [sys.executable, __file__, "--child", kind, str(count), url, root, *stores],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert measured.stdout is not None
        result = None
        for line in measured.stdout:
            if line.startswith("SCAN "):
                _, phone, code = line.split()
                control(server, f"scan {phone} {code}")
            elif line.startswith("RESULT "):
                result = json.loads(line[len("RESULT ") :])
        measured.wait(timeout=120)
        if result is None:
            raise RuntimeError(f"the measured process failed ({measured.returncode})")
        return result


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        raise_fd_limit()
        kind, count, url, root, *stores = sys.argv[2:]
        anyio.run(child, kind, int(count), url, bytes.fromhex(root), stores)
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--runs", type=int, default=int(os.environ.get("BENCH_RUNS", "3")))
    parser.add_argument("--kind", choices=("memory", "sqlite", "both"), default="both")
    args = parser.parse_args()
    server = subprocess.Popen(
        [sys.executable, "-m", "wapy", "server", "--control"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        preexec_fn=raise_fd_limit,
    )
    try:
        assert server.stdout is not None
        url = read_until(server.stdout, "url ").split()[1]
        root = read_until(server.stdout, "trusted-root ").split()[1]
        read_until(server.stdout, "READY")
        kinds = ("memory", "sqlite") if args.kind == "both" else (args.kind,)
        rss: dict[str, Any] = {}
        for kind in kinds:
            runs = [one_run(server, url, root, kind, args.clients) for _ in range(args.runs)]
            per_client = statistics.median(run["per_client_kib"] for run in runs)
            connected = min(run["connected"] for run in runs)
            print(
                f"# {kind}: {per_client:.0f} KiB per idle connected client "
                f"(goal {GOALS_KIB[kind]} KiB; {connected}/{WARMUP + args.clients} connected; "
                f"runs {[round(run['per_client_kib']) for run in runs]})",
                file=sys.stderr,
            )
            rss[kind] = {"per_client_kib_median": per_client, "runs": runs}
            if kind == "sqlite":
                connect_ms = statistics.median(run["connect_ms"] for run in runs)
                print(f"# connect() -> Connected: {connect_ms:.2f} ms median", file=sys.stderr)
                call_us = statistics.median(run["call_us"] for run in runs)
                print(
                    f"# call bridge round trip (no-op call): {call_us:.1f} us median",
                    file=sys.stderr,
                )
                for op, seconds in (("connect", connect_ms / 1e3), ("noop_call", call_us / 1e6)):
                    record = {
                        "anchor": f"wapy-python-{VERSION}",
                        "workload": "python-clients",
                        "op": op,
                        "ops_per_s_median": round(1 / seconds, 1),
                        "runs": len(runs),
                    }
                    print(json.dumps(record))
        out = Path("target/bench/python_clients_rss.json")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(rss, indent=1))
        print(f"# RSS details: {out}", file=sys.stderr)
    finally:
        if server.stdin is not None:
            server.stdin.close()
        server.terminate()
        server.wait(timeout=20)
    return 0


if __name__ == "__main__":
    sys.exit(main())
