"""Benchmark result helpers for ``benches/run.sh``.

``python benches/summarize.py criterion DIR ANCHOR``: turns criterion's
``DIR/<workload>/<op>/new/estimates.json`` medians into the anchors' JSON
lines (ops/s = 1e9 / median ns).

``python benches/summarize.py report FILE``: prints, per workload and op, every
measurement of FILE (JSON lines) side by side, and the ratio of each wapy
figure to the fastest peer anchor for that op (``decode`` compares with the
peers' full decodes: Baileys ``decode``, the bridge's ``decode`` and
``decode_walk``; ``decode_lazy`` only reads the root tag and is shown apart).
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

PEER_OPS = {"decode": ("decode", "decode_walk"), "decode_walk": ("decode", "decode_walk")}


def criterion(directory: Path, anchor: str) -> None:
    for estimates in sorted(directory.glob("*/*/new/estimates.json")):
        op_dir = estimates.parent.parent
        median_ns = json.loads(estimates.read_text())["median"]["point_estimate"]
        line = {
            "anchor": anchor,
            "workload": op_dir.parent.name,
            "op": op_dir.name,
            "ops_per_s_median": round(1e9 / median_ns, 1),
            "runs": "criterion",
        }
        print(json.dumps(line))


def report(path: Path) -> None:
    rows: dict[tuple[str, str], dict[str, float]] = defaultdict(dict)
    anchors: list[str] = []
    for text in path.read_text().splitlines():
        if not text.startswith("{"):
            continue
        entry: dict[str, Any] = json.loads(text)
        rows[(entry["workload"], entry["op"])][entry["anchor"]] = float(entry["ops_per_s_median"])
        if entry["anchor"] not in anchors:
            anchors.append(entry["anchor"])
    ours = [a for a in anchors if a.startswith("wapy")]
    peers = [a for a in anchors if not a.startswith("wapy")]
    print(f"{'workload':28} {'op':14} " + " ".join(f"{a[:26]:>26}" for a in anchors))
    for (workload, op), figures in sorted(rows.items()):
        cells = " ".join(f"{figures[a]:>26,.1f}" if a in figures else f"{'-':>26}" for a in anchors)
        print(f"{workload[:28]:28} {op:14} {cells}")
    print()
    print("ratios: wapy ops/s divided by the fastest peer for the same workload and op")
    workloads = sorted({w for w, _ in rows})
    for workload in workloads:
        for op in ("decode", "decode_walk", "encode"):
            peer_ops = PEER_OPS.get(op, (op,))
            best = max(
                (rows[(workload, p)].get(a, 0.0) for p in peer_ops for a in peers),
                default=0.0,
            )
            if best <= 0:
                continue
            for anchor in ours:
                figure = rows.get((workload, op), {}).get(anchor)
                if figure is not None:
                    print(f"  {workload[:28]:28} {op:12} {anchor:24} {figure / best:8.2f}x")


def main(argv: list[str]) -> int:
    if len(argv) >= 4 and argv[1] == "criterion":
        criterion(Path(argv[2]), argv[3])
    elif len(argv) >= 3 and argv[1] == "report":
        report(Path(argv[2]))
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
