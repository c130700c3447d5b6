"""The WhatsApp client.

:class:`Client` links to an account as a companion device and reports
everything it observes as events (see :mod:`wapy.events`)::

    async with wapy.Client("bot.db") as client:      # connects
        async for ev in client.events():
            match ev:
                case events.QrCode(code=code):
                    print("scan", code)
                case events.Connected():
                    print("online as", client.jid)

The connection runs in the Rust core (its own threads); ``async`` methods
await it without blocking the event loop, under asyncio and trio.
"""

from __future__ import annotations

import logging
import os
import weakref
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Any, Self, TypeVar, overload

import anyio

from . import _core
from ._call import call
from ._core import Jid, Node
from ._dispatch import Dispatcher, EventStream
from ._groups import GroupsMixin
from ._media import MediaMixin
from ._messaging import MessagingMixin
from ._newsletters import NewslettersMixin
from ._sync import SyncMixin
from .events import Event

__all__ = ["Client", "EventStream"]

E = TypeVar("E", bound=Event)
H = TypeVar("H", bound=Callable[[Any], Awaitable[None] | None])


def _dropped(core: _core.ClientCore, dispatcher: Dispatcher) -> None:
    core._stop()
    try:
        dispatcher.close_nowait()
    except Exception:  # pragma: no cover (best effort at garbage collection)
        logging.getLogger("wapy").exception("closing a dropped client failed")


class Client(MessagingMixin, GroupsMixin, NewslettersMixin, MediaMixin, SyncMixin):
    """A WhatsApp Web multi-device client.

    ``store`` is where the device's identity and keys live: a SQLite file
    path (created with mode 0600), or ``":memory:"`` for a throwaway device.
    ``server_url`` and ``trusted_root`` (the 32-byte public key the server's
    certificate chain must be rooted at) point the client at another server,
    such as the local emulator of :mod:`wapy.testing`; both default to
    WhatsApp's. ``forward_raw_nodes=True`` emits every received stanza as a
    :class:`wapy.events.RawNode` event before it is processed.

    Tuning (rarely needed): ``reconnect=False`` stops after the first lost
    connection instead of reconnecting with exponential backoff;
    ``reconnect_delay=(first, longest)`` bounds that backoff in seconds;
    ``initial_prekey_count`` is how many one-time prekeys the first login
    uploads (812); ``offline_sync_timeout`` how long to wait for the server
    to finish delivering queued stanzas (60 s); ``request_timeout`` how
    long a request or a sent message waits for the server's answer or ack
    (75 s); ``dictionary`` the token dictionary version announced (3);
    ``media_plain_http=True`` talks plain HTTP to media hosts, which must then
    be on loopback (the emulator's media server; :meth:`wapy.testing.Server.client`
    sets it).

    Events reach handlers registered with :meth:`on` and streams from
    :meth:`events`; both work under asyncio and trio. ``async with client:``
    starts event delivery and connects; leaving it disconnects and stops
    delivery. Dropping the object also disconnects.

    Messages (``send_message``, ``send_text``, ``send_reaction``,
    ``send_reaction_to``, ``edit_message``, ``revoke_message``) return their
    id once the server acknowledged them and raise :class:`wapy.SendError`
    otherwise; ``mark_read`` and ``mark_read_ids`` send read receipts.
    Groups (``get_group_info``, ``create_group``, ``add_participants``...)
    and newsletters (``subscribe_live_updates``, ``follow_newsletter``...)
    are requests on the connection: see the methods below.
    """

    def __init__(
        self,
        store: str | os.PathLike[str],
        *,
        server_url: str | None = None,
        trusted_root: bytes | None = None,
        forward_raw_nodes: bool = False,
        reconnect: bool = True,
        reconnect_delay: tuple[float, float] | None = None,
        initial_prekey_count: int | None = None,
        offline_sync_timeout: float | None = None,
        request_timeout: float | None = None,
        dictionary: int | None = None,
        media_plain_http: bool = False,
    ) -> None:
        self._core = _core.ClientCore(
            os.fspath(store),
            server_url,
            trusted_root,
            forward_raw_nodes,
            dictionary=dictionary,
            reconnect=reconnect,
            reconnect_delay=reconnect_delay,
            initial_prekey_count=initial_prekey_count,
            offline_sync_timeout=offline_sync_timeout,
            request_timeout=request_timeout,
            media_plain_http=media_plain_http,
        )
        self._dispatcher = Dispatcher(self._core)
        # The background tasks hold the core, not this object: when it is
        # dropped unclosed, stop the connection and the tasks.
        weakref.finalize(self, _dropped, self._core, self._dispatcher)

    @property
    def store(self) -> str:
        """The store location."""
        return self._core.store

    @property
    def server_url(self) -> str | None:
        """The server URL override, or None for WhatsApp's."""
        return self._core.server_url

    @property
    def trusted_root(self) -> bytes | None:
        """The Noise root key override, or None for WhatsApp's."""
        return self._core.trusted_root

    @property
    def forward_raw_nodes(self) -> bool:
        """True when every received stanza is emitted as a ``RawNode`` event."""
        return self._core.forward_raw_nodes

    def set_raw_node_forwarding(self, enabled: bool) -> None:
        """Emits every received stanza as a ``RawNode`` event (or stops).

        Off by default; when off it costs nothing. Takes effect at once.
        """
        self._core.set_raw_node_forwarding(enabled)

    @property
    def is_connected(self) -> bool:
        """True while logged in: from ``Connected`` to the end of that connection."""
        return self._core.is_connected

    @property
    def is_running(self) -> bool:
        """True from :meth:`connect` until :meth:`disconnect` or a permanent end
        (connected, connecting, showing QR codes or waiting to reconnect)."""
        return self._core.is_running

    @property
    def jid(self) -> Jid | None:
        """This device's JID (``number:device@s.whatsapp.net``), or None before pairing."""
        return self._core.jid

    @property
    def lid(self) -> Jid | None:
        """This device's LID, or None before it is known."""
        return self._core.lid

    async def connect(self) -> None:
        """Connects; the client then stays connected, reconnecting with
        backoff after transient failures, until :meth:`disconnect` or a
        permanent end (logged out, replaced by another connection).

        Returns once the first attempt is established: for a paired store
        once logged in (``Connected`` was emitted); for an unpaired store
        once the first ``QrCode`` event is out (scan it, or call
        :meth:`pair_phone`; ``PairSuccess`` then ``Connected`` follow).
        Starts event delivery. Calling it while the client runs returns at
        once. Raises :class:`wapy.ConnectionFailed` (or a subclass such as
        :class:`wapy.LoggedOutError`) when the first attempt fails; it is
        not retried. Cancelling it stops the client.
        """
        self._dispatcher.ensure_started()
        try:
            await call(self._core.connect)
        except anyio.get_cancelled_exc_class():
            with anyio.CancelScope(shield=True):
                await call(self._core.disconnect)
            raise

    async def disconnect(self) -> None:
        """Closes the connection and stops reconnecting; idempotent.

        Returns within a few seconds at most. Event delivery goes on (a
        ``Disconnected`` event follows); :meth:`connect` may be called again.
        """
        if self._core.is_running:
            with anyio.CancelScope(shield=True):
                await call(self._core.disconnect)

    async def pair_phone(self, phone: str) -> str:
        """Asks to link by code instead of QR: returns the code (``XXXX-XXXX``)
        to type on the phone whose number is ``phone`` (international format,
        digits; ``+``, spaces and dashes are ignored).

        Needs a connected, unpaired client (after :meth:`connect` returned).
        Raises :class:`wapy.InvalidArgument` for a malformed number,
        :class:`wapy.AlreadyPaired`, :class:`wapy.NotConnected`.
        """
        code: str = await call(lambda waker: self._core.pair_phone(waker, phone))
        return code

    async def logout(self) -> None:
        """Unlinks this device from the account, disconnects and deletes the
        stored identity; the next :meth:`connect` starts a new pairing.

        Raises :class:`wapy.NotConnected` if not logged in.
        """
        await call(self._core.logout)

    async def send_node(self, node: Node) -> None:
        """Sends a raw stanza on the current connection (low level).

        Raises :class:`wapy.NotConnected` when there is no connection.
        """
        await call(lambda waker: self._core.send_node(waker, node))

    @property
    def closed(self) -> bool:
        """True once the client was closed."""
        return self._dispatcher.closed

    def on(self, *types: type[Event]) -> Callable[[H], H]:
        """Decorator registering a handler for events of ``types``.

        With no type (or :class:`wapy.events.Event`) the handler gets every
        event. Plain functions are called in the dispatcher task, in order;
        ``async`` functions run in a task of their own, one event at a time,
        in order. An exception is logged with its traceback (logger
        ``wapy.events``) and delivery goes on. Returns the function unchanged::

            @client.on(events.Message)
            async def echo(ev: events.Message) -> None: ...
        """
        Dispatcher.check_types(types)

        def register(handler: H) -> H:
            self.add_handler(handler, *types)
            return handler

        return register

    def add_handler(
        self, handler: Callable[[Any], Awaitable[None] | None], *types: type[Event]
    ) -> None:
        """Registers ``handler`` for events of ``types`` (all when none); see :meth:`on`."""
        if not callable(handler):
            raise TypeError(f"event handler must be callable, got {handler!r}")
        self._dispatcher.add_handler(handler, types)

    def remove_handler(self, handler: Callable[..., Any]) -> bool:
        """Unregisters every registration of ``handler``; False if it had none.

        It gets no event after this returns (an ``async`` handler may finish
        the event it is processing; its queued events are dropped).
        """
        return self._dispatcher.remove_handler(handler)

    @overload
    def events(self) -> EventStream[Event]: ...
    @overload
    def events(self, event_type: type[E], /) -> EventStream[E]: ...
    @overload
    def events(self, *types: type[Event]) -> EventStream[Event]: ...
    def events(self, *types: type[Event]) -> EventStream[Any]:
        """An async iterator of the events of ``types`` (all when none).

        It buffers from this call on, so nothing emitted before ``async for``
        starts is lost::

            async with client.events(events.Message) as stream:
                async for ev in stream:
                    ...
        """
        return self._dispatcher.stream(types)

    async def aclose(self) -> None:
        """Disconnects and stops event delivery: streams end, handler tasks
        are cancelled. Idempotent; the client cannot be used afterwards."""
        try:
            await self.disconnect()
        finally:
            await self._dispatcher.aclose()

    async def __aenter__(self) -> Self:
        """Starts event delivery and connects (closing again if that fails)."""
        self._dispatcher.ensure_started()
        try:
            await self.connect()
        except BaseException:
            with anyio.CancelScope(shield=True):
                await self.aclose()
            raise
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        if self.closed:
            state = "closed"
        elif self.is_connected:
            state = f"connected as {self.jid}"
        elif self.is_running:
            state = "connecting"
        else:
            state = "disconnected"
        return f"<wapy.Client store={self.store!r} {state}>"
