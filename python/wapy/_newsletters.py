"""The newsletter (channel) API of :class:`wapy.Client` (a mixin of it).

Live updates: :meth:`NewslettersMixin.subscribe_live_updates` asks the
server for the live counters of a newsletter (reactions and views, as
:class:`wapy.events.NewsletterLiveUpdate` events) and renews the
subscription before the granted duration lapses, until
:meth:`NewslettersMixin.cancel_live_updates`. Requests raise
:class:`wapy.RequestError` when refused and :class:`wapy.NotConnected`
without a connection.
"""

from __future__ import annotations

import datetime

from . import _core
from ._call import call
from ._core import Jid, NewsletterInfo, NewsletterMessage
from .proto.wa_pb2 import Message as ProtoMessage

__all__ = ["NewsletterInfo", "NewsletterMessage", "NewslettersMixin"]


class NewslettersMixin:
    """Newsletter requests; see :class:`wapy.Client`."""

    _core: _core.ClientCore

    async def subscribe_live_updates(self, newsletter: Jid) -> datetime.timedelta:
        """Subscribes to the live counters of ``newsletter``; returns the
        duration the server granted (5 minutes on WhatsApp). The client
        renews the subscription before it lapses until
        :meth:`cancel_live_updates` (subscribing again restarts it)."""
        duration: datetime.timedelta = await call(
            lambda waker: _core.subscribe_live_updates(self._core, waker, newsletter)
        )
        return duration

    def cancel_live_updates(self, newsletter: Jid) -> bool:
        """Stops renewing the live updates of ``newsletter`` (the server
        stops sending them when the current grant lapses); False if there
        was no subscription."""
        return _core.cancel_live_updates(self._core, newsletter)

    def has_live_updates(self, newsletter: Jid) -> bool:
        """Whether the live updates of ``newsletter`` are being kept alive."""
        return _core.has_live_updates(self._core, newsletter)

    async def get_newsletter_info(self, newsletter: Jid) -> NewsletterInfo:
        """The metadata of ``newsletter``: name, description, followers,
        our role and whether we muted it."""
        info: NewsletterInfo = await call(
            lambda waker: _core.get_newsletter_info(self._core, waker, newsletter)
        )
        return info

    async def create_newsletter(
        self, name: str, description: str | None = None, *, picture: bytes | None = None
    ) -> NewsletterInfo:
        """Creates a newsletter named ``name`` (with ``description`` and a
        ``picture``, JPEG bytes, when given) and returns its metadata: this
        account owns it (``role`` is ``"owner"``), follows it and may post
        to it with :meth:`send_newsletter_message`. Raises
        :class:`wapy.InvalidArgument` for an empty name or picture and
        :class:`wapy.RequestError` when the server refuses."""
        info: NewsletterInfo = await call(
            lambda waker: _core.create_newsletter(self._core, waker, name, description, picture)
        )
        return info

    async def update_newsletter(
        self,
        newsletter: Jid,
        *,
        name: str | None = None,
        description: str | None = None,
    ) -> NewsletterInfo:
        """Changes the name and/or description of ``newsletter``, which this
        account must own or administer, and returns its new metadata.
        Raises :class:`wapy.InvalidArgument` when there is nothing to change
        or the name is empty, :class:`wapy.RequestError` when the server
        refuses."""
        info: NewsletterInfo = await call(
            lambda waker: _core.update_newsletter(self._core, waker, newsletter, name, description)
        )
        return info

    async def follow_newsletter(self, newsletter: Jid) -> None:
        """Follows (joins) ``newsletter``."""
        await call(lambda waker: _core.follow_newsletter(self._core, waker, newsletter, True))

    async def unfollow_newsletter(self, newsletter: Jid) -> None:
        """Unfollows (leaves) ``newsletter``."""
        await call(lambda waker: _core.follow_newsletter(self._core, waker, newsletter, False))

    async def mute_newsletter(self, newsletter: Jid, mute: bool = True) -> None:
        """Mutes ``newsletter`` (``mute=False``: unmutes it)."""
        await call(lambda waker: _core.mute_newsletter(self._core, waker, newsletter, mute))

    async def send_newsletter_message(
        self, newsletter: Jid, message: ProtoMessage | str
    ) -> tuple[str, int]:
        """Posts ``message`` (a text, or any ``wapy.proto.Message``) to
        ``newsletter``, which this account must administer, and returns
        ``(message_id, server_id)`` once the server acknowledged it: the
        server id is the post's position, as :meth:`get_newsletter_messages`
        and live updates name it. Newsletter posts are not end-to-end
        encrypted. :meth:`send_message` and :meth:`send_text` to a newsletter
        JID post too (returning the message id only). Raises
        :class:`wapy.MessageRejected` (code ``"403"``) when this account may
        not post there."""
        if isinstance(message, str):
            message = ProtoMessage(conversation=message)
        if not isinstance(message, ProtoMessage):
            raise TypeError(
                f"message must be a str or wapy.proto.Message, got {type(message).__name__}"
            )
        encoded = message.SerializeToString()
        posted: tuple[str, int] = await call(
            lambda waker: _core.send_newsletter_message(self._core, waker, newsletter, encoded)
        )
        return posted

    async def get_newsletter_messages(
        self, newsletter: Jid, count: int = 50, *, before: int | None = None
    ) -> list[NewsletterMessage]:
        """Up to ``count`` messages of ``newsletter``, newest first; with
        ``before``, those older than that server id (paging)."""
        messages: list[NewsletterMessage] = await call(
            lambda waker: _core.get_newsletter_messages(
                self._core, waker, newsletter, count, before
            )
        )
        return messages
