"""The exception tree of wapy.

::

    WapyError                  every error raised by wapy
    ├── DecodeError            malformed input: a stanza, frame or message that
    │                          does not decode (also a ValueError)
    └── ...                    (more families join as the library grows)

The Rust core raises these classes; they are defined here so that the tree and
its documentation live in one place.
"""

from __future__ import annotations

__all__ = ["DecodeError", "WapyError"]


class WapyError(Exception):
    """Base class of every error raised by wapy."""


class DecodeError(WapyError, ValueError):
    """Input that does not decode: the message says what was wrong and where."""
