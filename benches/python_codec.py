"""Python codec benchmark over the shared workloads (``shared/bench/workloads``).

Ops per workload, timed like the peer anchors (median over ``BENCH_RUNS`` runs
of at least ``BENCH_MIN_S`` seconds each, after one warm-up run):

* ``decode``: ``wapy.binary.decode(wire)`` (a complete ``Node`` tree);
* ``decode_walk``: decode, then visit every node's tag, attributes and content
  (what a consumer of the tree does);
* ``encode``: ``wapy.binary.encode(node)``.

Prints one JSON line per measurement (the anchors' format) on stdout.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import wapy
from wapy import Node, binary

ROOT = Path(__file__).resolve().parent.parent


def workloads_dir() -> Path:
    """``$WAPY_BENCH_WORKLOADS``, else ``shared/bench/workloads`` beside the checkout."""
    env = os.environ.get("WAPY_BENCH_WORKLOADS")
    if env:
        return Path(env)
    for parent in ROOT.parents:
        candidate = parent / "shared" / "bench" / "workloads"
        if candidate.is_dir():
            return candidate
    raise SystemExit("no workloads found: set WAPY_BENCH_WORKLOADS")


def node_from_json(json_node: dict[str, Any]) -> Node:
    content = json_node["content"]
    value: Any
    if content is None:
        value = None
    elif isinstance(content, list):
        value = [node_from_json(child) for child in content]
    elif "string" in content:
        value = content["string"]
    elif "bytes" in content:
        value = bytes.fromhex(content["bytes"])
    else:
        p = content["bytes_pattern"]
        value = bytes((i * p["mul"] + p["add"]) % 256 for i in range(p["len"]))
    return Node(json_node["tag"], [tuple(pair) for pair in json_node["attrs"]], value)


def walk(node: Node) -> int:
    """Visits every field of the tree; returns a count so nothing is skipped."""
    total = len(node.tag)
    for key, value in node.attrs.items():
        total += len(key) + len(value)
    content = node.content
    if isinstance(content, list):
        for child in content:
            total += walk(child)
    elif content is not None:
        total += len(content)
    return total


def measure(op: Callable[[], object], runs: int, min_seconds: float) -> float:
    """Median ops/s over ``runs`` timed runs (after a warm-up run)."""
    batch = 1
    start = time.perf_counter()
    while time.perf_counter() - start < 0.05:
        for _ in range(batch):
            op()
        batch *= 2
    rates = []
    for _ in range(runs + 1):
        count = 0
        start = time.perf_counter()
        while (elapsed := time.perf_counter() - start) < min_seconds:
            for _ in range(batch):
                op()
            count += batch
        rates.append(count / elapsed)
    return statistics.median(rates[1:])


def main() -> int:
    runs = int(os.environ.get("BENCH_RUNS", "5"))
    min_seconds = float(os.environ.get("BENCH_MIN_S", "0.2"))
    anchor = f"wapy-python-{wapy.__version__}"
    for path in sorted(workloads_dir().glob("W*.json")):
        doc = json.loads(path.read_text())
        name = f"{doc['id']}-{doc['name']}"
        wire = bytes.fromhex(doc["wire_hex"])
        node = node_from_json(doc["node"])
        if binary.encode(node) != wire:
            print(f"{name}: encoding differs from the workload's wire bytes", file=sys.stderr)
            return 1
        ops: dict[str, Callable[[], object]] = {
            "decode": lambda wire=wire: binary.decode(wire),
            "decode_walk": lambda wire=wire: walk(binary.decode(wire)),
            "encode": lambda node=node: binary.encode(node),
        }
        for op, fn in ops.items():
            rate = measure(fn, runs, min_seconds)
            line = {
                "anchor": anchor,
                "workload": name,
                "op": op,
                "ops_per_s_median": round(rate, 1),
                "runs": runs,
            }
            print(json.dumps(line), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
