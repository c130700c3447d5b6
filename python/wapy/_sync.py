"""The chat-settings and history API of :class:`wapy.Client` (a mixin of it).

App state: chat settings (mute, pin, archive, read marks, stars, deleted
chats, the push name) are shared by every device of the account through
five encrypted, versioned collections. The client fetches them by itself
(after the phone shares its keys, and whenever the server says one changed)
and emits a typed event per change (:class:`wapy.events.MuteUpdate`,
:class:`wapy.events.PinUpdate`, ...; ``from_full_sync`` tells a snapshot
from a live change). The methods here change a setting for the whole
account: the mutation is encrypted, uploaded, and applied locally (its
event emitted with ``from_full_sync=False``) once the server accepted it.
They raise :class:`wapy.AppStateKeyMissing` before the phone shared its
keys, :class:`wapy.NotConnected` without a connection and
:class:`wapy.AppStateRefused` when the server refused the upload.

History: the phone sends the chat history right after linking, as
:class:`wapy.events.HistorySync` events (decoded only when ``get()`` is
called). :meth:`SyncMixin.request_history` asks it for older messages of
one chat; they arrive as a ``HistorySync`` of type ``ON_DEMAND``.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Literal

from . import _core
from ._call import call
from ._core import Jid, MessageInfo
from ._errors import InvalidArgument
from .proto.wa_pb2 import MessageKey, WebMessageInfo

__all__ = ["Collection", "SyncMixin"]

Collection = Literal[
    "critical_block", "critical_unblock_low", "regular_high", "regular", "regular_low"
]
"""The name of an app-state collection."""


def _jid(value: Jid | str) -> Jid:
    return value if isinstance(value, Jid) else Jid.parse(value)


def _unix_seconds(moment: datetime.datetime) -> int:
    if moment.tzinfo is None:
        raise InvalidArgument("until must be timezone-aware (e.g. datetime.UTC)")
    return int(moment.timestamp())


class SyncMixin:
    """App-state mutations and history requests; see :class:`wapy.Client`."""

    _core: _core.ClientCore

    async def mute_chat(
        self,
        chat: Jid | str,
        duration: datetime.timedelta | None = None,
        *,
        until: datetime.datetime | None = None,
    ) -> None:
        """Mutes ``chat`` for ``duration``, or until ``until`` (an aware
        datetime), or forever when neither is given."""
        if duration is not None and until is not None:
            raise InvalidArgument("give duration or until, not both")
        if duration is not None:
            if duration <= datetime.timedelta(0):
                raise InvalidArgument("duration must be positive")
            until = datetime.datetime.now(datetime.UTC) + duration
        end = None if until is None else _unix_seconds(until)
        target = _jid(chat)
        await call(lambda waker: _core.mute_chat(self._core, waker, target, True, end))

    async def unmute_chat(self, chat: Jid | str) -> None:
        """Unmutes ``chat``."""
        target = _jid(chat)
        await call(lambda waker: _core.mute_chat(self._core, waker, target, False, None))

    async def pin_chat(self, chat: Jid | str, pinned: bool = True) -> None:
        """Pins ``chat`` (``pinned=False``: unpins it)."""
        target = _jid(chat)
        await call(lambda waker: _core.pin_chat(self._core, waker, target, pinned))

    async def archive_chat(self, chat: Jid | str, archived: bool = True) -> None:
        """Archives ``chat`` (``archived=False``: unarchives it)."""
        target = _jid(chat)
        await call(lambda waker: _core.archive_chat(self._core, waker, target, archived))

    async def mark_chat_as_read(self, chat: Jid | str, read: bool = True) -> None:
        """Marks ``chat`` read (``read=False``: unread) on every device."""
        target = _jid(chat)
        await call(lambda waker: _core.mark_chat_as_read(self._core, waker, target, read))

    async def star_message(
        self,
        chat: Jid | str,
        message_id: str,
        *,
        from_me: bool,
        sender: Jid | str | None = None,
        starred: bool = True,
    ) -> None:
        """Stars message ``message_id`` of ``chat`` (``starred=False``:
        unstars it). ``from_me`` says whether we sent it; ``sender`` is its
        author in a group when it is not ours."""
        target = _jid(chat)
        author = None if sender is None else _jid(sender)
        await call(
            lambda waker: _core.star_message(
                self._core, waker, target, message_id, from_me, author, starred
            )
        )

    async def delete_chat(self, chat: Jid | str, *, delete_media: bool = False) -> None:
        """Deletes ``chat`` on every device (and its media files when
        ``delete_media``)."""
        target = _jid(chat)
        await call(lambda waker: _core.delete_chat(self._core, waker, target, delete_media))

    async def set_push_name(self, name: str) -> None:
        """Sets the account's push name (the name contacts see) on every
        device. Raises :class:`wapy.InvalidArgument` for an empty name."""
        await call(lambda waker: _core.set_push_name(self._core, waker, name))

    async def sync_app_state(
        self, collections: Iterable[Collection] | None = None, *, full: bool = False
    ) -> None:
        """Fetches the app-state ``collections`` (all five when None) and
        applies what changed since the stored versions, emitting the events
        of every change; ``full`` rebuilds them from snapshots. The client
        does this by itself; call it to be sure to be up to date. A patch
        that does not verify makes the collection resync from a snapshot;
        raises :class:`wapy.AppStateVerifyError` only if that fails too.
        Raises :class:`wapy.InvalidArgument` for an unknown name."""
        names: list[str] | None = None if collections is None else list(collections)
        await call(lambda waker: _core.sync_app_state(self._core, waker, names, full))

    async def request_history(
        self,
        chat: Jid | str,
        oldest: MessageInfo | WebMessageInfo | MessageKey,
        count: int = 50,
        *,
        timestamp: datetime.datetime | None = None,
    ) -> str:
        """Asks the phone for ``count`` messages of ``chat`` older than
        ``oldest``: the :class:`wapy.events.MessageInfo` of a message, a
        ``WebMessageInfo`` of a history chunk, or a ``MessageKey`` (then
        give its ``timestamp``). The phone answers with a
        :class:`wapy.events.HistorySync` of type ``ON_DEMAND``. Returns the
        request's message id."""
        if count <= 0:
            raise InvalidArgument("count must be positive")
        if isinstance(oldest, MessageInfo):
            oldest_id = oldest.id
            from_me = oldest.source.is_from_me
            when = timestamp or oldest.timestamp
            millis = int(when.timestamp() * 1000)
        elif isinstance(oldest, WebMessageInfo):
            oldest_id = oldest.key.id
            from_me = oldest.key.fromMe
            millis = (
                int(timestamp.timestamp() * 1000)
                if timestamp is not None
                else oldest.messageTimestamp * 1000
            )
        elif isinstance(oldest, MessageKey):
            if timestamp is None:
                raise InvalidArgument("a MessageKey needs its timestamp")
            oldest_id = oldest.id
            from_me = oldest.fromMe
            millis = int(timestamp.timestamp() * 1000)
        else:
            raise TypeError("oldest must be a MessageInfo, WebMessageInfo or MessageKey")
        target = _jid(chat)
        request_id: str = await call(
            lambda waker: _core.request_history(
                self._core, waker, target, oldest_id, from_me, millis, count
            )
        )
        return request_id

    def push_name_of(self, jid: Jid | str) -> str | None:
        """The push name stored for ``jid`` (from history syncs and
        messages), or None. Reads the store: no request."""
        return _core.stored_push_name(self._core, _jid(jid))

    def lid_for(self, pn: Jid | str) -> Jid | None:
        """The LID stored for the phone-number JID ``pn`` (from history
        syncs, contacts and messages), or None. Reads the store."""
        return _core.stored_lid_for_pn(self._core, _jid(pn))

    def pn_for(self, lid: Jid | str) -> Jid | None:
        """The phone-number JID stored for the LID ``lid``, or None."""
        return _core.stored_pn_for_lid(self._core, _jid(lid))
