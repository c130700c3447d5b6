"""The messaging API of :class:`wapy.Client` (a mixin of it).

Every send returns the message id only once the server acknowledged the
message; when it did not, the send raises a :class:`wapy.SendError`:

* :class:`wapy.SendNotConnected` (also a :class:`wapy.NotConnected`): no
  connection or no logged-in device, nothing left;
* :class:`wapy.NotAcknowledged`: the message left but no ack came (none
  within ``request_timeout``, or the connection closed first);
* :class:`wapy.MessageRejected`: the server refused it (``code``);
* :class:`wapy.SendError` itself: device lists, prekeys, encryption or the
  store failed before anything was sent.

Chats and senders are :class:`wapy.Jid` objects or their text
(``"15550001234@s.whatsapp.net"``). Messages are ``wapy.proto.Message``
objects, encrypted in the Rust core for every device of the recipient and
for this account's other devices.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from . import _core
from ._call import call
from ._core import Jid
from ._errors import InvalidArgument
from .events import Message
from .proto.wa_pb2 import Message as ProtoMessage

__all__ = ["MessagingMixin"]


def _jid(value: Jid | str, what: str) -> Jid:
    if isinstance(value, Jid):
        return value
    if isinstance(value, str):
        return Jid.parse(value)
    raise TypeError(f"{what} must be a wapy.Jid or str, got {type(value).__name__}")


def _encoded(message: ProtoMessage, what: str) -> bytes:
    if not isinstance(message, ProtoMessage):
        raise TypeError(f"{what} must be a wapy.proto.Message, got {type(message).__name__}")
    encoded: bytes = message.SerializeToString()
    return encoded


class MessagingMixin:
    """Sending messages and receipts; see :class:`wapy.Client`."""

    _core: _core.ClientCore

    async def send_message(
        self, chat: Jid | str, message: ProtoMessage, *, message_id: str | None = None
    ) -> str:
        """Sends ``message`` (any ``wapy.proto.Message``) to ``chat`` (a
        user or a group) and returns its id once the server acknowledged
        it. Raises a :class:`wapy.SendError` when it was not sent.

        ``message_id`` chooses the id (unique per account, such as
        ``"3EB0"`` and hex digits) so that it is known before the send, for
        instance to match receipts or to record a send that raised
        :class:`wapy.NotAcknowledged`; by default a new one is made."""
        to = _jid(chat, "chat")
        encoded = _encoded(message, "message")
        if message_id is not None and not message_id:
            raise InvalidArgument("message_id must not be empty")
        sent: str = await call(
            lambda waker: _core.send_message(self._core, waker, to, encoded, message_id)
        )
        return sent

    async def send_text(
        self,
        chat: Jid | str,
        text: str,
        *,
        reply_to: Message | None = None,
        mentions: Sequence[Jid | str] = (),
    ) -> str:
        """Sends ``text`` to ``chat``; returns its id once acknowledged.

        ``reply_to`` quotes a received (or own, echoed) message: its id,
        sender and content go into the reply's context. ``mentions`` are
        the users the text mentions (``@number`` in the text is up to the
        caller); both make an extended text message, else a plain one.
        """
        to = _jid(chat, "chat")
        mentioned = [_jid(jid, "mention") for jid in mentions]
        reply_id: str | None = None
        reply_sender: Jid | None = None
        reply_message: bytes | None = None
        if reply_to is not None:
            if not isinstance(reply_to, Message):
                raise TypeError(
                    f"reply_to must be a wapy.events.Message, got {type(reply_to).__name__}"
                )
            info = reply_to.info
            reply_id, reply_sender = info.id, info.sender
            reply_message = reply_to.message.SerializeToString()
        sent: str = await call(
            lambda waker: _core.send_text(
                self._core, waker, to, text, reply_id, reply_sender, reply_message, mentioned
            )
        )
        return sent

    async def send_status_text(
        self,
        text: str,
        *,
        recipients: Iterable[Jid | str],
        background_argb: int | None = None,
        font: int | None = None,
    ) -> str:
        """Posts ``text`` as a status update seen by ``recipients`` (users:
        the account's contacts or its status privacy list) and this
        account's other devices; returns its id once acknowledged.

        ``background_argb`` is the background colour as ``0xAARRGGBB``;
        ``font`` an ``ExtendedTextMessage.FontType`` value of
        ``wapy.proto``. The text itself is white, as real clients post it."""
        audience = [_jid(jid, "recipient") for jid in recipients]
        if background_argb is not None and not 0 <= background_argb <= 0xFFFFFFFF:
            raise InvalidArgument("background_argb must fit in 32 bits (0xAARRGGBB)")
        sent: str = await call(
            lambda waker: _core.send_status_text(
                self._core, waker, text, background_argb, font, audience
            )
        )
        return sent

    async def send_status_message(
        self, message: ProtoMessage, *, recipients: Iterable[Jid | str]
    ) -> str:
        """Posts any ``wapy.proto.Message`` (an image or video message, for
        instance) as a status update seen by ``recipients`` and this
        account's other devices; returns its id once acknowledged. Statuses
        of contacts arrive as :class:`wapy.events.Message` events whose
        chat is ``status@broadcast`` and whose sender is the contact."""
        encoded = _encoded(message, "message")
        audience = [_jid(jid, "recipient") for jid in recipients]
        sent: str = await call(
            lambda waker: _core.send_status_message(self._core, waker, encoded, audience)
        )
        return sent

    async def send_reaction(self, message: Message, emoji: str) -> str:
        """Reacts to the received ``message`` with ``emoji``; ``""`` removes
        this account's reaction. Returns the reaction's own id. To react to
        a message known only by its id, see :meth:`send_reaction_to`."""
        if not isinstance(message, Message):
            raise TypeError(f"message must be a wapy.events.Message, got {type(message).__name__}")
        info = message.info
        return await self.send_reaction_to(info.chat, info.sender, info.id, emoji)

    async def send_reaction_to(
        self, chat: Jid | str, sender: Jid | str, message_id: str, emoji: str
    ) -> str:
        """Reacts with ``emoji`` to the message ``message_id`` that
        ``sender`` (this account for its own messages) sent in ``chat``."""
        to = _jid(chat, "chat")
        author = _jid(sender, "sender")
        sent: str = await call(
            lambda waker: _core.send_reaction(self._core, waker, to, author, message_id, emoji)
        )
        return sent

    async def edit_message(self, chat: Jid | str, message_id: str, new: ProtoMessage | str) -> str:
        """Replaces the content of this account's message ``message_id`` in
        ``chat`` with ``new`` (a text or a ``wapy.proto.Message``). Returns
        the id of the edit itself once acknowledged."""
        to = _jid(chat, "chat")
        content = ProtoMessage(conversation=new) if isinstance(new, str) else new
        encoded = _encoded(content, "new")
        sent: str = await call(
            lambda waker: _core.edit_message(self._core, waker, to, message_id, encoded)
        )
        return sent

    async def revoke_message(self, chat: Jid | str, message_id: str) -> str:
        """Deletes this account's message ``message_id`` in ``chat`` for
        everyone; returns the id of the revocation once acknowledged."""
        to = _jid(chat, "chat")
        sent: str = await call(
            lambda waker: _core.revoke_message(self._core, waker, to, message_id)
        )
        return sent

    async def mark_read(self, *messages: Message) -> None:
        """Sends read receipts for received ``messages``: one receipt per
        chat (and sender, in groups) covering all their ids. Messages from
        this account are skipped."""
        batches: dict[tuple[Jid, Jid | None], list[str]] = {}
        for message in messages:
            if not isinstance(message, Message):
                raise TypeError(
                    f"mark_read takes wapy.events.Message objects, got {type(message).__name__}"
                )
            info = message.info
            if info.is_from_me:
                continue
            sender = info.sender if info.is_group else None
            batches.setdefault((info.chat, sender), []).append(info.id)
        for (chat, sender), ids in batches.items():
            await self.mark_read_ids(chat, ids, sender=sender)

    async def mark_read_ids(
        self, chat: Jid | str, ids: Iterable[str], *, sender: Jid | str | None = None
    ) -> None:
        """Sends one read receipt for the messages ``ids`` of ``chat``
        (``sender``: who sent them, needed in groups)."""
        to = _jid(chat, "chat")
        author = None if sender is None else _jid(sender, "sender")
        message_ids = list(ids)
        if not message_ids:
            raise InvalidArgument("mark_read_ids needs at least one message id")
        await call(lambda waker: _core.mark_read(self._core, waker, to, message_ids, author))
