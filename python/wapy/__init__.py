"""wapy: a WhatsApp Web multi-device client with a Rust core.

The public API is re-exported here; submodules:

* :mod:`wapy.proto`: WhatsApp's protobuf schema (``wapy.proto.Message``, ...).
"""

from __future__ import annotations

from . import proto
from ._core import __version__
from ._errors import DecodeError, WapyError

__all__ = [
    "DecodeError",
    "WapyError",
    "__version__",
    "proto",
]

for _name in ("DecodeError", "WapyError"):
    globals()[_name].__module__ = "wapy"
del _name
