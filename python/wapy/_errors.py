"""The exception tree of wapy.

::

    WapyError                  every error raised by wapy
    ├── DecodeError            malformed input: a stanza, frame or message that
    │                          does not decode (also a ValueError)
    ├── InvalidArgument        a bad argument: phone number, URL, key length...
    │                          (also a ValueError)
    ├── StoreError             the store could not be opened, read or written
    │                          (also an OSError)
    ├── ConnectionFailed       the connection could not be made or was ended:
    │   │                      network, TLS, Noise handshake, certificate,
    │   │                      refused login, replaced, protocol violation
    │   │                      (also a ConnectionError)
    │   └── LoggedOutError     the device was unlinked; its identity is gone
    ├── NotConnected           the operation needs a connection (or a paired
    │                          device) that the client does not have
    ├── AlreadyPaired          the operation needs an unpaired device
    ├── PairingError           linking failed: bad pairing stanza, code
    │                          linking error, QR codes ran out
    ├── RequestError           a request to the server failed or was refused
    ├── SendError              a message was NOT sent: the server did not
    │   │                      acknowledge it (device lists, keys, encryption
    │   │                      or store failed before it left, or see below)
    │   ├── SendNotConnected   no connection (or not logged in) to send on
    │   │                      (also a NotConnected)
    │   ├── NotAcknowledged    it left, but no server ack came: none in time,
    │   │                      or the connection closed first
    │   └── MessageRejected    the server refused it (``code``)
    ├── MediaError             a media upload or download failed
    │   ├── MediaIntegrityError    the file does not match its message: MAC,
    │   │                          hash or length (also a ValueError)
    │   ├── MediaGone              the server no longer has the file (404/410)
    │   │                          and asking the phone again failed
    │   ├── MediaTransferError     network failure or error status on every
    │   │                          media host, after the retries
    │   └── MediaSourceError       the file to send cannot be read (also an
    │                              OSError)
    ├── AppStateError          an app-state (chat settings) fetch or upload
    │   │                      failed: malformed answer, blob unavailable
    │   ├── AppStateKeyMissing     no sync key yet, or a patch uses a key the
    │   │                          phone has not shared (it was asked for it)
    │   ├── AppStateVerifyError    a patch or snapshot did not verify (MAC or
    │   │                          LT-hash), even from a fresh snapshot (also
    │   │                          a ValueError)
    │   └── AppStateRefused        the server refused the collection (``code``;
    │                              ``409``: a newer version exists)
    └── EmulatorError          the local emulator (``wapy.testing``) failed

The Rust core raises these classes; they are defined here so that the tree and
its documentation live in one place.
"""

from __future__ import annotations

__all__ = [
    "AlreadyPaired",
    "AppStateError",
    "AppStateKeyMissing",
    "AppStateRefused",
    "AppStateVerifyError",
    "ConnectionFailed",
    "DecodeError",
    "EmulatorError",
    "InvalidArgument",
    "LoggedOutError",
    "MediaError",
    "MediaGone",
    "MediaIntegrityError",
    "MediaSourceError",
    "MediaTransferError",
    "MessageRejected",
    "NotAcknowledged",
    "NotConnected",
    "PairingError",
    "RequestError",
    "SendError",
    "SendNotConnected",
    "StoreError",
    "WapyError",
]


class WapyError(Exception):
    """Base class of every error raised by wapy."""


class DecodeError(WapyError, ValueError):
    """Input that does not decode: the message says what was wrong and where."""


class InvalidArgument(WapyError, ValueError):
    """An argument wapy cannot use (the message says which and why)."""


class StoreError(WapyError, OSError):
    """The store could not be opened, read or written."""


class ConnectionFailed(WapyError, ConnectionError):
    """The connection could not be established, or ended for good."""


class LoggedOutError(ConnectionFailed):
    """The device was logged out (unlinked); its stored identity was deleted."""


class NotConnected(WapyError):
    """The operation needs a connection (or a paired device) the client lacks."""


class AlreadyPaired(WapyError):
    """The operation needs an unpaired device, and this one is paired."""


class PairingError(WapyError):
    """Linking the device failed."""


class RequestError(WapyError):
    """A request to the server failed, timed out or was refused."""


class SendError(WapyError):
    """A message was not sent: a send returns its id only once the server
    acknowledged the message, and raises this (or a subclass) otherwise."""


class SendNotConnected(SendError, NotConnected):
    """There was no connection (or no logged-in device) to send the message on."""


class NotAcknowledged(SendError):
    """The message left but the server did not acknowledge it: no ack came
    within the request timeout, or the connection closed first. It may still
    reach the recipient; sending again sends a second message."""


class MessageRejected(SendError):
    """The server refused the message; ``code`` is its error code."""

    def __init__(self, message: str, code: str = "") -> None:
        super().__init__(message)
        self.code = code


class EmulatorError(WapyError):
    """The local server emulator or one of its simulated phones failed."""


class MediaError(WapyError):
    """A media upload or download failed."""


class MediaIntegrityError(MediaError, ValueError):
    """The downloaded file does not match its message (MAC, a hash or the
    length): tampered, corrupted or the wrong key. Nothing was returned or
    written."""


class MediaGone(MediaError):
    """The media server no longer has the file (HTTP 404/410), and asking
    the sender's phone to upload it again failed or was not possible."""


class MediaTransferError(MediaError):
    """The transfer failed on every media host after the retries: network
    failure, timeout or an error status."""


class MediaSourceError(MediaError, OSError):
    """The file to send could not be read."""


class AppStateError(WapyError):
    """An app-state (chat settings) fetch or upload failed. Nothing was
    applied half way: the stored state is the one before the call."""


class AppStateKeyMissing(AppStateError):
    """No app-state sync key is stored yet (the phone shares its keys right
    after linking), or a patch uses a key the phone has not shared; the
    client asked the phone for it and syncs again when it arrives."""


class AppStateVerifyError(AppStateError, ValueError):
    """A patch or snapshot did not verify (patch, snapshot, value or index
    MAC, or the LT-hash), even after fetching the collection again from a
    snapshot."""


class AppStateRefused(AppStateError):
    """The server refused the collection; ``code`` is its error code
    (``409``: the upload was not on the newest version, twice)."""

    def __init__(self, message: str, code: str = "") -> None:
        super().__init__(message)
        self.code = code
