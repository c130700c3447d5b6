"""wapy: a WhatsApp Web multi-device client with a Rust core.

The public API is re-exported here; submodules:

* :mod:`wapy.proto`: WhatsApp's protobuf schema (``wapy.proto.Message``, ...).
* :mod:`wapy.binary`: the binary stanza codec (``encode``, ``decode``, ``unpack``).
* :mod:`wapy.events`: the event classes a :class:`Client` delivers.
* :mod:`wapy.testing`: a local server emulator and pytest fixtures.
"""

from __future__ import annotations

from . import _errors, binary, events, proto
from ._core import Jid, Node, __version__
from ._errors import (
    AlreadyPaired,
    AppStateError,
    AppStateKeyMissing,
    AppStateRefused,
    AppStateVerifyError,
    ConnectionFailed,
    DecodeError,
    EmulatorError,
    InvalidArgument,
    LoggedOutError,
    MediaError,
    MediaGone,
    MediaIntegrityError,
    MediaSourceError,
    MediaTransferError,
    MessageRejected,
    NotAcknowledged,
    NotConnected,
    PairingError,
    RequestError,
    SendError,
    SendNotConnected,
    StoreError,
    WapyError,
)
from ._groups import GroupInfo, MembershipRequest, ParticipantResult
from ._newsletters import NewsletterInfo, NewsletterMessage
from .client import Client, EventStream

__all__ = [
    "AlreadyPaired",
    "AppStateError",
    "AppStateKeyMissing",
    "AppStateRefused",
    "AppStateVerifyError",
    "Client",
    "ConnectionFailed",
    "DecodeError",
    "EmulatorError",
    "EventStream",
    "GroupInfo",
    "InvalidArgument",
    "Jid",
    "LoggedOutError",
    "MediaError",
    "MediaGone",
    "MediaIntegrityError",
    "MediaSourceError",
    "MediaTransferError",
    "MembershipRequest",
    "MessageRejected",
    "NewsletterInfo",
    "NewsletterMessage",
    "Node",
    "NotAcknowledged",
    "NotConnected",
    "PairingError",
    "ParticipantResult",
    "RequestError",
    "SendError",
    "SendNotConnected",
    "StoreError",
    "WapyError",
    "__version__",
    "binary",
    "events",
    "proto",
]

for _name in ("Client", "EventStream", *_errors.__all__):
    globals()[_name].__module__ = "wapy"
del _name
