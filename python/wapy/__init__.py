"""wapy: a WhatsApp Web multi-device client with a Rust core.

The public API is re-exported here; submodules:

* :mod:`wapy.proto`: WhatsApp's protobuf schema (``wapy.proto.Message``, ...).
* :mod:`wapy.binary`: the binary stanza codec (``encode``, ``decode``, ``unpack``).
"""

from __future__ import annotations

from . import binary, proto
from ._core import Jid, Node, __version__
from ._errors import DecodeError, WapyError

__all__ = [
    "DecodeError",
    "Jid",
    "Node",
    "WapyError",
    "__version__",
    "binary",
    "proto",
]

for _name in ("DecodeError", "WapyError"):
    globals()[_name].__module__ = "wapy"
del _name
