#!/usr/bin/env python3
"""Regenerate ``python/wapy/proto/*_pb2.py(i)`` from ``proto/*.proto``.

Usage: ``python tools/gen_python_proto.py [OUTPUT_DIR]`` (default: the package
directory). Needs ``grpcio-tools`` (the ``test`` extra), whose bundled protoc
version decides the generated code; the test suite regenerates into a
temporary directory and fails when the checked-in files differ.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROTO_DIR = ROOT / "proto"
DEFAULT_OUT = ROOT / "python" / "wapy" / "proto"


def generate(out_dir: Path) -> None:
    """Run protoc (from grpcio-tools) on every schema file into ``out_dir``."""
    from grpc_tools import protoc

    files = sorted(str(p.relative_to(PROTO_DIR)) for p in PROTO_DIR.glob("*.proto"))
    args = ["protoc", f"-I{PROTO_DIR}", f"--python_out={out_dir}", f"--pyi_out={out_dir}", *files]
    if protoc.main(args) != 0:
        raise SystemExit("protoc failed")


if __name__ == "__main__":
    generate(Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT)
