"""wapy: a WhatsApp Web multi-device client with a Rust core.

The public API is re-exported here; submodules:

* :mod:`wapy.proto`: WhatsApp's protobuf schema (``wapy.proto.Message``, ...).
* :mod:`wapy.binary`: the binary stanza codec (``encode``, ``decode``, ``unpack``).
* :mod:`wapy.events`: the event classes a :class:`Client` delivers.
"""

from __future__ import annotations

from . import binary, events, proto
from ._core import Jid, Node, __version__
from ._errors import DecodeError, WapyError
from .client import Client, EventStream

__all__ = [
    "Client",
    "DecodeError",
    "EventStream",
    "Jid",
    "Node",
    "WapyError",
    "__version__",
    "binary",
    "events",
    "proto",
]

for _name in ("Client", "DecodeError", "EventStream", "WapyError"):
    globals()[_name].__module__ = "wapy"
del _name
