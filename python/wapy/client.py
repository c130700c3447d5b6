"""The WhatsApp client.

:class:`Client` links to an account as a companion device and reports
everything it observes as events (see :mod:`wapy.events`). Its event
plumbing (``on``, ``remove_handler``, ``events``) works now; connecting,
pairing and sending join as the connection layer lands.
"""

from __future__ import annotations

import os
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Any, Self, TypeVar, overload

from . import _core
from ._dispatch import Dispatcher, EventStream
from .events import Event

__all__ = ["Client", "EventStream"]

E = TypeVar("E", bound=Event)
H = TypeVar("H", bound=Callable[[Any], Awaitable[None] | None])


class Client:
    """A WhatsApp Web multi-device client.

    ``store`` is where the device's identity and keys live: a SQLite file
    path, or ``":memory:"`` for a throwaway device. ``server_url`` and
    ``trusted_root`` point the client at another server (the local emulator
    of :mod:`wapy.testing`) and the Noise root key it must present.
    ``forward_raw_nodes=True`` emits every received stanza as a
    :class:`wapy.events.RawNode` event.

    Events reach handlers registered with :meth:`on` and streams from
    :meth:`events`; both work under asyncio and trio. ``async with client:``
    starts event delivery and closes everything on exit; :meth:`aclose` does
    the same explicitly.
    """

    def __init__(
        self,
        store: str | os.PathLike[str],
        *,
        server_url: str | None = None,
        trusted_root: bytes | None = None,
        forward_raw_nodes: bool = False,
    ) -> None:
        self._core = _core.ClientCore(os.fspath(store), server_url, trusted_root, forward_raw_nodes)
        self._dispatcher = Dispatcher(self._core)

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
        """Stops event delivery: streams end, handler tasks are cancelled."""
        await self._dispatcher.aclose()

    async def __aenter__(self) -> Self:
        self._dispatcher.ensure_started()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        state = "closed" if self.closed else "open"
        return f"<wapy.Client store={self.store!r} {state}>"
