"""Event delivery from the Rust bus to Python handlers and streams.

One :class:`Dispatcher` per client. The Rust bridge queues events and writes
one byte to a socket pair when the queue goes from "drained" to "not
drained"; the dispatcher's task waits for that socket to be readable, takes
every queued event in one call, and delivers them:

* plain handlers are called right there, in order;
* each ``async`` handler has its own queue and task (a slow one delays no
  one else and still sees its events in order);
* each stream returned by ``events()`` has its own queue.

Queues are unbounded. Background tasks are spawned natively (asyncio task or
trio system task), so ``async with client`` is not required; closing the
client cancels them. Works under asyncio and trio.
"""

from __future__ import annotations

import asyncio
import collections
import inspect
import logging
import socket
import sys
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from types import TracebackType
from typing import Any, Generic, TypeVar

import anyio
import anyio.lowlevel

from . import _core
from .events import Event

logger = logging.getLogger("wapy.events")

E = TypeVar("E", bound=Event)

#: Every event class, indexed by the Rust kind number.
_CLASSES: list[type[Event]] = list(_core._event_classes())
#: Events delivered between two checkpoints of a busy consumer.
_FAIRNESS = 256
#: Events delivered by the dispatcher between two checkpoints.
_SLICE = 1024


def _loop_token() -> object | None:
    """The running event loop (asyncio) or trio run, or None outside one."""
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        pass
    trio = sys.modules.get("trio")
    if trio is not None:
        try:
            token: object = trio.lowlevel.current_trio_token()
        except RuntimeError:
            return None
        return token
    return None


def _is_async_callable(handler: Callable[..., Any]) -> bool:
    if inspect.iscoroutinefunction(handler):
        return True
    call = getattr(handler, "__call__", None)  # noqa: B004 (callable objects)
    return call is not None and inspect.iscoroutinefunction(call)


def _discard_awaitable(handler: object, result: Awaitable[Any]) -> None:
    logger.error(
        "event handler %s returned an awaitable but is not an async function; "
        "declare it with 'async def' so that it is awaited",
        _describe(handler),
    )
    close = getattr(result, "close", None)
    if close is not None:
        close()


def _describe(handler: object) -> str:
    return getattr(handler, "__qualname__", None) or repr(handler)


class _Consumer:
    """A handler or a stream: what it wants and how to reach it."""

    __slots__ = ("types",)

    def __init__(self, types: tuple[type[Event], ...]) -> None:
        self.types = types

    def wants(self, cls: type[Event]) -> bool:
        return issubclass(cls, self.types)


class _SyncHandler(_Consumer):
    __slots__ = ("handler",)

    def __init__(self, types: tuple[type[Event], ...], handler: Callable[[Any], Any]) -> None:
        super().__init__(types)
        self.handler = handler


class _Queue(_Consumer):
    """A consumer fed through its own buffer."""

    __slots__ = ("buffer", "closed", "waiter")

    def __init__(self, types: tuple[type[Event], ...]) -> None:
        super().__init__(types)
        self.buffer: collections.deque[Event] = collections.deque()
        self.waiter: anyio.Event | None = None
        self.closed = False

    def wake(self) -> None:
        waiter = self.waiter
        if waiter is not None:
            self.waiter = None
            waiter.set()

    async def wait(self) -> None:
        """Waits until the buffer has an event or the consumer is closed."""
        while not self.buffer and not self.closed:
            waiter = self.waiter = anyio.Event()
            await waiter.wait()


class _AsyncHandler(_Queue):
    __slots__ = ("handler", "running")

    def __init__(
        self, types: tuple[type[Event], ...], handler: Callable[[Any], Awaitable[Any]]
    ) -> None:
        super().__init__(types)
        self.handler = handler
        self.running = False


class _StreamQueue(_Queue):
    __slots__ = ("__weakref__",)


class EventStream(AsyncIterator[E], Generic[E]):
    """An async iterator of events, buffered from its creation.

    Returned by :meth:`wapy.Client.events`. ``async for`` yields every event of
    the requested classes emitted since the stream was created, in order.
    ``aclose()`` (or leaving ``async with``, or dropping the stream) ends it;
    closing the client ends it once its buffer is empty.
    """

    def __init__(self, dispatcher: Dispatcher, queue: _StreamQueue) -> None:
        self._dispatcher = dispatcher
        self._queue = queue
        self._count = 0
        weakref.finalize(self, dispatcher.discard, queue)

    def __aiter__(self) -> EventStream[E]:
        return self

    async def __anext__(self) -> E:
        queue = self._queue
        buffer = queue.buffer
        if not buffer:
            if queue.closed:
                raise StopAsyncIteration
            self._dispatcher.ensure_started()
            await queue.wait()
            if not buffer:
                raise StopAsyncIteration
        else:
            self._count += 1
            if self._count % _FAIRNESS == 0:
                await anyio.lowlevel.checkpoint()
                if not buffer:
                    return await self.__anext__()
        event: E = buffer.popleft()  # type: ignore[assignment]
        return event

    def pending(self) -> int:
        """How many events are buffered and not yet yielded."""
        return len(self._queue.buffer)

    def close(self) -> None:
        """Stops buffering; buffered events are dropped and iteration ends."""
        self._queue.buffer.clear()
        self._dispatcher.discard(self._queue)

    async def aclose(self) -> None:
        """Like :meth:`close`."""
        self.close()

    async def __aenter__(self) -> EventStream[E]:
        self._dispatcher.ensure_started()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class Dispatcher:
    """Carries the events of one client's bus to its handlers and streams."""

    def __init__(self, core: _core.ClientCore) -> None:
        self._core = core
        self._consumers: list[_Consumer] = []
        self._routes: dict[type[Event], tuple[tuple[Any, ...], tuple[_Queue, ...]]] = {}
        self._queues: tuple[_Queue, ...] = ()
        self._live = False
        self._live_event: anyio.Event | None = None
        self._closed = False
        self._token: object | None = None
        self._pumping = False
        self._scopes: set[anyio.CancelScope] = set()
        self._tasks: set[asyncio.Task[None]] = set()
        self._running = 0
        self._idle: anyio.Event | None = None
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        self._reader = reader
        core._attach_waker(writer.detach())

    # Registration -------------------------------------------------------

    def add_handler(self, handler: Callable[[Any], Any], types: Iterable[type[Event]]) -> None:
        self._check_open()
        types = self.check_types(types)
        consumer: _Consumer
        if _is_async_callable(handler):
            consumer = _AsyncHandler(types, handler)
        else:
            consumer = _SyncHandler(types, handler)
        self._consumers.append(consumer)
        self._changed()
        if _loop_token() is not None:
            self.ensure_started()

    def remove_handler(self, handler: Callable[[Any], Any]) -> bool:
        removed = [
            consumer
            for consumer in self._consumers
            if isinstance(consumer, _SyncHandler | _AsyncHandler) and consumer.handler == handler
        ]
        for consumer in removed:
            self.discard(consumer)
        return bool(removed)

    def stream(self, types: Iterable[type[Event]]) -> EventStream[Any]:
        self._check_open()
        queue = _StreamQueue(self.check_types(types))
        self._consumers.append(queue)
        self._changed()
        if _loop_token() is not None:
            self.ensure_started()
        return EventStream(self, queue)

    def discard(self, consumer: _Consumer) -> None:
        """Unregisters a consumer (idempotent)."""
        if isinstance(consumer, _Queue):
            consumer.closed = True
            if not isinstance(consumer, _StreamQueue):
                consumer.buffer.clear()
            consumer.wake()
        try:
            self._consumers.remove(consumer)
        except ValueError:
            return
        if not self._closed:
            self._changed()

    @staticmethod
    def check_types(types: Iterable[type[Event]]) -> tuple[type[Event], ...]:
        """``types`` as a tuple (``(Event,)`` when empty); TypeError if one is no event class."""
        result = tuple(types) or (Event,)
        for cls in result:
            if not (isinstance(cls, type) and issubclass(cls, Event)):
                raise TypeError(f"expected wapy.events classes, got {cls!r}")
        return result

    def _check_open(self) -> None:
        if self._closed:
            raise RuntimeError("the client is closed")

    def _changed(self) -> None:
        """Rebuilds the routing table and tells Rust which kinds to forward."""
        # Cleared in place: a delivery loop holding the table sees the change.
        self._routes.clear()
        self._queues = tuple(c for c in self._consumers if isinstance(c, _Queue))
        wanted: set[int] = set()
        for consumer in self._consumers:
            wanted.update(
                kind for kind, cls in enumerate(_CLASSES) if issubclass(cls, consumer.types)
            )
        self._live = True
        if self._live_event is not None:
            self._live_event.set()
            self._live_event = None
        self._core._set_interest(None if len(wanted) == len(_CLASSES) else sorted(wanted))
        if not self._closed and _loop_token() is not None:
            self._start_workers()

    def _route(self, cls: type[Event]) -> tuple[tuple[Any, ...], tuple[_Queue, ...]]:
        route = (
            tuple(
                c.handler for c in self._consumers if isinstance(c, _SyncHandler) and c.wants(cls)
            ),
            tuple(c for c in self._queues if c.wants(cls)),
        )
        self._routes[cls] = route
        return route

    # Delivery -----------------------------------------------------------

    def _deliver(self, batch: list[Event]) -> None:
        routes = self._routes
        for event in batch:
            cls = type(event)
            route = routes.get(cls) or self._route(cls)
            for handler in route[0]:
                try:
                    result = handler(event)
                except Exception:
                    logger.exception(
                        "event handler %s failed on %s", _describe(handler), cls.__name__
                    )
                    continue
                if result is not None and inspect.isawaitable(result):
                    _discard_awaitable(handler, result)
            for queue in route[1]:
                queue.buffer.append(event)
        for queue in self._queues:
            if queue.buffer:
                queue.wake()

    async def _pump(self) -> None:
        reader = self._reader
        while not self._closed:
            if not self._live:
                # No consumer yet: the events stay queued in Rust (the backlog).
                self._live_event = anyio.Event()
                await self._live_event.wait()
                continue
            batch = self._core._drain()
            for start in range(0, len(batch), _SLICE):
                self._deliver(batch[start : start + _SLICE])
                if start + _SLICE < len(batch):
                    await anyio.lowlevel.checkpoint()
            await anyio.wait_readable(reader)
            try:
                while reader.recv(4096):
                    pass
            except BlockingIOError:
                pass

    async def _work(self, consumer: _AsyncHandler) -> None:
        buffer = consumer.buffer
        handler = consumer.handler
        done = 0
        while not consumer.closed:
            if not buffer:
                await consumer.wait()
                continue
            event = buffer.popleft()
            try:
                await handler(event)
            except Exception:
                logger.exception(
                    "event handler %s failed on %s", _describe(handler), type(event).__name__
                )
            done += 1
            if done % _FAIRNESS == 0:
                await anyio.lowlevel.checkpoint()

    # Tasks --------------------------------------------------------------

    def ensure_started(self) -> None:
        """Starts the dispatcher and handler tasks in the running event loop."""
        if self._closed:
            return
        token = _loop_token()
        if token is None:
            raise RuntimeError("wapy events need a running asyncio or trio event loop")
        if self._pumping and token is not self._token:
            previous = self._token
            if isinstance(previous, asyncio.AbstractEventLoop) and previous.is_closed():
                # That loop died without cancelling our tasks.
                self._pump_ended()
                for consumer in self._queues:
                    if isinstance(consumer, _AsyncHandler):
                        consumer.running = False
            else:
                raise RuntimeError("a wapy Client is used from two event loops at once")
        self._token = token
        if not self._pumping:
            self._pumping = True
            self._spawn(self._pump, "wapy-events", self._pump_ended)
        self._start_workers()

    def _start_workers(self) -> None:
        if not self._pumping:
            return
        for consumer in self._queues:
            if isinstance(consumer, _AsyncHandler) and not consumer.running:
                consumer.running = True
                self._spawn(
                    lambda c=consumer: self._work(c),  # type: ignore[misc]
                    f"wapy-handler {_describe(consumer.handler)}",
                    lambda c=consumer: setattr(c, "running", False),  # type: ignore[misc]
                )

    def _pump_ended(self) -> None:
        self._pumping = False
        self._token = None

    def _spawn(
        self, body: Callable[[], Awaitable[None]], name: str, ended: Callable[[], None]
    ) -> None:
        async def guarded() -> None:
            self._running += 1
            try:
                with anyio.CancelScope() as scope:
                    self._scopes.add(scope)
                    try:
                        await body()
                    except Exception:
                        logger.exception("%s stopped on an error", name)
                    finally:
                        self._scopes.discard(scope)
            finally:
                ended()
                self._running -= 1
                if self._running == 0 and self._idle is not None:
                    self._idle.set()

        token = self._token
        if isinstance(token, asyncio.AbstractEventLoop):
            task = token.create_task(guarded(), name=name)
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        else:
            import trio

            trio.lowlevel.spawn_system_task(guarded, name=name)

    async def aclose(self) -> None:
        """Stops delivery, ends the streams and the tasks, and waits for them."""
        if self._closed:
            return
        self._closed = True
        self._core._close()
        for consumer in list(self._consumers):
            if isinstance(consumer, _Queue):
                consumer.closed = True
                if not isinstance(consumer, _StreamQueue):
                    consumer.buffer.clear()
                consumer.wake()
        self._consumers.clear()
        self._routes.clear()
        self._queues = ()
        for scope in list(self._scopes):
            scope.cancel()
        if self._running and _loop_token() is self._token:
            self._idle = anyio.Event()
            with anyio.CancelScope(shield=True):
                await self._idle.wait()
        self._reader.close()

    @property
    def closed(self) -> bool:
        return self._closed
