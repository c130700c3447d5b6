"""The wire schema from Python: vectors, and freshness of the generated code."""

from __future__ import annotations

import base64
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from google.protobuf import json_format
from google.protobuf.message import Message as ProtoMessage

from wapy import proto

from .conftest import load_vectors

CASES = load_vectors("protobuf")["cases"]


def proto_class(type_name: str) -> type[ProtoMessage]:
    """The class for a vector type name such as ``proto.Message.HistorySyncNotification``."""
    path = type_name.split(".")[1:]
    found: Any = proto
    try:
        for part in path:
            found = getattr(found, part)
    except AttributeError:
        found = getattr(proto, path[-1])
    assert issubclass(found, ProtoMessage)
    return found  # type: ignore[no-any-return]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_object_encodes_to_bytes(case: dict[str, Any]) -> None:
    cls = proto_class(case["type"])
    message = json_format.ParseDict(case["object"], cls())
    assert message.SerializeToString().hex() == case["bytes"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_bytes_decode_to_object(case: dict[str, Any]) -> None:
    cls = proto_class(case["type"])
    message = cls.FromString(bytes.fromhex(case["bytes"]))
    assert json_format.MessageToDict(message) == case["object"]


def test_bytes_fields_are_standard_base64() -> None:
    # The vectors write bytes fields as standard base64; the JSON mapping of the
    # protobuf runtime must read them the same way.
    message = proto.Message(conversation="hi")
    message.senderKeyDistributionMessage.axolotlSenderKeyDistributionMessage = b"\xfb\xff"
    as_dict = json_format.MessageToDict(message)
    field = as_dict["senderKeyDistributionMessage"]["axolotlSenderKeyDistributionMessage"]
    assert base64.b64decode(field) == b"\xfb\xff"


def test_generated_python_is_fresh(root_dir: Path, tmp_path: Path) -> None:
    """The checked-in ``wapy/proto/*_pb2.py(i)`` match what the schema generates."""
    subprocess.run(
        [sys.executable, str(root_dir / "tools" / "gen_python_proto.py"), str(tmp_path)],
        check=True,
    )
    package = root_dir / "python" / "wapy" / "proto"
    generated = sorted(p.name for p in tmp_path.iterdir())
    assert generated, "nothing was generated"
    for name in generated:
        fresh = (tmp_path / name).read_text()
        checked_in = (package / name).read_text()
        assert fresh == checked_in, f"{name} is stale: run tools/gen_python_proto.py"
    shutil.rmtree(tmp_path)
