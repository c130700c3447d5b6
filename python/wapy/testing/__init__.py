"""A local WhatsApp server for tests: the emulator of the Rust core.

The emulator speaks the real protocol (Noise handshake with its own
certificate root, binary stanzas, QR and code pairing, login, offline
delivery) on a loopback port. Each account has a simulated primary phone
that scans QR codes, types pairing codes and unlinks devices::

    from wapy import events
    from wapy.testing import Server

    async with Server() as server:
        phone = server.add_account("15550001234")
        async with server.client("bot.db") as client, client.events() as stream:
            async for ev in stream:
                if isinstance(ev, events.QrCode):
                    await phone.scan_qr(ev.code)
                elif isinstance(ev, events.Connected):
                    break

Phones also message, really encrypting with Signal as a phone would::

    msg_id = await phone.send_text(client.jid, "hi")   # the client gets a Message
    got = await phone.next_message(timeout=5)           # what the client sent
    receipt = await phone.next_receipt(timeout=5)       # delivered, read, retry

:meth:`Phone.inject_fault` makes the next send undecryptable for companions,
:meth:`Phone.drop_session` forgets a session (the client's retry receipt
rebuilds it), :meth:`Phone.change_identity` reinstalls the phone,
:meth:`Phone.create_group` makes a group of accounts
(``addressing_mode="lid"``: LID-addressed, as WhatsApp makes new groups)
and :meth:`Phone.update_group_participants` adds or removes its members;
:meth:`Server.pending_messages` counts the messages queued for a device and
:meth:`Server.freeze` stops the server reading a connection (sends then get
no ack).

The server also drives what a real one would push: group notifications
(:meth:`Server.group` shows a group's state, :meth:`Server.push_group_action`
sends any group change), contact, profile, account-sync and privacy-token
notifications (``announce_*``, :meth:`Server.account_sync`,
:meth:`Server.notify_account`) and newsletters
(:meth:`Server.create_newsletter`, :meth:`Server.post_newsletter_message`,
:meth:`Server.react_to_newsletter_message`).

Phones sync like real ones. Right after a companion links (QR or pairing
code, not :meth:`Phone.provision`), its phone shares the app-state keys and
sends the chat history (bootstrap, recent and push-name chunks of generated
chats, :class:`InitialSync`; ``Server(initial_sync=None)`` or
:meth:`Phone.configure_sync` turn it off or resize it). It answers app-state
key requests and on-demand history requests (for the chats of its initial
sync; it has nothing to send for others) by itself. App-state changes
made "on the phone" (:meth:`Phone.mute_chat`, :meth:`Phone.app_state_set`,
...) reach the companions as typed events;
:meth:`Phone.corrupt_next_app_state_patch` and
:meth:`Phone.rotate_app_state_key` exercise recovery.

pytest fixtures (installed with wapy, no configuration needed; they are
async, so mark tests with ``pytest.mark.anyio``; asyncio and trio both work):

* ``wapy_server``: a running :class:`Server`, shut down after the test.
* ``wapy_phone``: the :class:`Phone` of account ``+1 555 000 1234`` on it.
* ``paired_client``: a :class:`wapy.Client` with an in-memory store, linked
  to ``wapy_phone`` and connected (``Connected`` was emitted), closed after
  the test.

Clients made by :meth:`Server.client` reconnect quickly (50-400 ms backoff)
and upload few prekeys, so tests stay fast.
"""

from __future__ import annotations

import datetime
import os
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Literal, Self

import anyio

from .. import _core
from .._call import call
from .._core import GroupState, Jid, NewsletterState, Node, PhoneMessage, PhoneReceipt
from ..client import Client
from ..proto.wa_pb2 import (
    ArchiveChatAction,
    DeleteChatAction,
    HistorySync,
    MarkChatAsReadAction,
    Message,
    MuteAction,
    PinAction,
    PushNameSetting,
    StarAction,
    SyncActionMessageRange,
    SyncActionValue,
)

__all__ = [
    "GroupState",
    "InitialSync",
    "NewsletterState",
    "Phone",
    "PhoneMessage",
    "PhoneReceipt",
    "Server",
    "initial_sync_contact",
]

#: Options :meth:`Server.client` applies unless told otherwise.
_FAST_CLIENT: dict[str, Any] = {
    "reconnect_delay": (0.05, 0.4),
    "initial_prekey_count": 30,
    "media_plain_http": True,
}


@dataclass(frozen=True)
class InitialSync:
    """What a phone sends right after a companion links: ``chats``
    generated chats (contacts :func:`initial_sync_contact`) of
    ``messages_per_chat`` text messages each in an ``INITIAL_BOOTSTRAP``
    chunk with their push names and LIDs, the newest ``recent_chats`` again
    in a ``RECENT`` chunk, and a ``PUSH_NAME`` chunk. Chunks up to
    ``inline_limit`` bytes travel inside the notification, bigger ones as
    encrypted blobs on the media server. The phone answers on-demand
    history requests for these chats.

    The default is small (400 messages) so that linking stays fast and the
    events that follow it are few and always the same."""

    chats: int = 20
    messages_per_chat: int = 20
    recent_chats: int = 5
    inline_limit: int = 64 * 1024

    def _tuple(self) -> tuple[int, int, int, int]:
        for name in ("chats", "messages_per_chat", "recent_chats", "inline_limit"):
            if getattr(self, name) < 0:
                raise ValueError(f"InitialSync.{name} must be >= 0")
        return (self.chats, self.messages_per_chat, self.recent_chats, self.inline_limit)


def initial_sync_contact(n: int) -> tuple[Jid, Jid]:
    """The phone-number JID and LID of the ``n``-th generated contact (and
    chat) of an :class:`InitialSync`; its push name is ``"Contact {n}"``."""
    pn, lid = _core.initial_sync_contact(n)
    return Jid.parse(pn), Jid.parse(lid)


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


class Phone:
    """The simulated primary phone of an account on a :class:`Server`."""

    def __init__(self, core: _core.PhoneCore) -> None:
        self._core = core

    @property
    def phone_number(self) -> str:
        """The phone number (digits only)."""
        return self._core.phone_number

    @property
    def jid(self) -> Jid:
        """The account's phone-number JID (``number@s.whatsapp.net``)."""
        return self._core.jid

    @property
    def lid(self) -> Jid | None:
        """The account's LID."""
        return self._core.lid

    @property
    def devices(self) -> list[Jid]:
        """The linked companion devices."""
        return self._core.devices

    async def scan_qr(self, code: str) -> Jid:
        """Scans the QR text a client showed (``QrCode.code``); returns the
        client's new device JID once it has countersigned its identity.

        Raises :class:`wapy.EmulatorError` for an unknown or expired code.
        """
        jid: Jid = await call(lambda waker: self._core.scan_qr(waker, code))
        return jid

    async def enter_pairing_code(self, code: str) -> Jid:
        """Types the code ``Client.pair_phone`` returned; returns the
        client's new device JID once linked."""
        jid: Jid = await call(lambda waker: self._core.enter_pairing_code(waker, code))
        return jid

    def unlink(self, device: Jid) -> bool:
        """Unlinks a companion: an online one is logged out at once (its
        client emits ``LoggedOut``). False if the device is unknown."""
        return self._core.unlink(device)

    def provision(self, target: Client | str | os.PathLike[str]) -> Jid:
        """Links a device without a QR flow, for fast fixtures: ``target``
        is a :class:`wapy.Client` (whatever its store) or the path of a
        SQLite store. Returns the device JID; the client then logs in
        directly on :meth:`wapy.Client.connect`."""
        if isinstance(target, Client):
            return self._core.provision_client(target._core)
        return self._core.provision_path(os.fspath(target))

    # Messaging.

    async def send_text(self, to: Jid | str, text: str) -> str:
        """Sends ``text`` to ``to`` (a user or a group the phone created),
        encrypted for every device of the recipients and this account's
        companions; returns its id. Offline devices get it when they log in."""
        return await self.send_message(to, Message(conversation=text))

    async def send_message(self, to: Jid | str, message: Message, *, id: str | None = None) -> str:
        """Sends any ``wapy.proto.Message`` (``id``: a chosen message id);
        returns its id. See :meth:`send_text`."""
        return _core.phone_send_message(self._core, _jid(to), message.SerializeToString(), id)

    async def post_status(self, message: Message, recipients: Iterable[Jid | str]) -> str:
        """Posts ``message`` as a status update (to ``status@broadcast``)
        seen by ``recipients`` (users) and this account's companions;
        returns its id."""
        return _core.phone_post_status(
            self._core, message.SerializeToString(), [_jid(jid) for jid in recipients]
        )

    async def send_texts(self, to: Jid | str, texts: Iterable[str]) -> list[str]:
        """Sends each of ``texts`` in order (one call, for bursts); returns
        their ids."""
        return _core.phone_send_texts(self._core, _jid(to), list(texts))

    # The wait is the emulator's own bounded wait (raising EmulatorError), so
    # it takes the bound as an argument rather than relying on a cancel scope.
    async def next_message(self, timeout: float = 10) -> PhoneMessage:  # noqa: ASYNC109
        """The next message this phone received and decrypted (its
        companions' sends reach it too), waiting at most ``timeout``
        seconds; raises :class:`wapy.EmulatorError` when none came."""
        message: PhoneMessage = await call(
            lambda waker: _core.phone_next_message(self._core, waker, timeout)
        )
        return message

    async def next_receipt(self, timeout: float = 10) -> PhoneReceipt:  # noqa: ASYNC109
        """The next receipt this phone received (delivery, ``read``,
        ``retry``...), waiting at most ``timeout`` seconds; raises
        :class:`wapy.EmulatorError` when none came."""
        receipt: PhoneReceipt = await call(
            lambda waker: _core.phone_next_receipt(self._core, waker, timeout)
        )
        return receipt

    def inject_fault(self, fault: Literal["undecryptable", "unavailable"]) -> None:
        """Makes the next send misbehave for companion devices:
        ``"undecryptable"`` corrupts their ciphertexts (they emit
        ``UndecryptableMessage`` and ask for a retry, which the phone
        answers), ``"unavailable"`` sends them ``<unavailable/>``."""
        _core.phone_inject_fault(self._core, fault)

    def drop_session(self, device: Jid | str) -> None:
        """Forgets the Signal session with ``device``: the next message
        starts a new one."""
        _core.phone_drop_session(self._core, _jid(device))

    def change_identity(self) -> None:
        """Reinstalls the phone: a new Signal identity (also the key that
        signs its device list) and prekeys, its sessions and sender keys
        gone. Every other account's devices get the identity notification
        (offline ones on their next login); companions stay linked."""
        _core.phone_change_identity(self._core)

    def create_group(
        self,
        members: Iterable[Jid | str],
        *,
        addressing_mode: Literal["pn", "lid"] | None = None,
    ) -> Jid:
        """Creates a messaging group of this account (its superadmin) and
        ``members`` (accounts on the server); returns its JID.
        ``addressing_mode="lid"`` makes it LID-addressed, as WhatsApp makes
        new groups: members, actors and senders are named by LID with their
        phone number alongside (``phone_number``, ``participant_pn``);
        ``None`` follows the server's ``group_addressing``."""
        return _core.phone_create_group(
            self._core, [_jid(member) for member in members], addressing_mode
        )

    def update_group_participants(
        self,
        group: Jid | str,
        action: Literal["add", "remove", "promote", "demote"],
        members: Iterable[Jid | str],
    ) -> list[tuple[Jid, int | None]]:
        """Adds, removes, promotes or demotes ``members`` of ``group`` as
        this account (it must be an admin), as its phone would through the
        server: the group changes and every member is notified. Returns
        each member as the server named it with its error code (None:
        done); raises :class:`wapy.EmulatorError` when the server refuses
        the request."""
        return _core.phone_update_group_participants(
            self._core, _jid(group), action, [_jid(member) for member in members]
        )

    # Sync: what the phone does by itself.

    def configure_sync(
        self,
        initial_sync: InitialSync | None = InitialSync(),
        *,
        answer_key_requests: bool = True,
        answer_history_requests: bool = True,
    ) -> None:
        """Sets what this phone does by itself: the initial sync it sends
        a companion right after linking (None: nothing), and whether it
        answers app-state key requests (with every key) and on-demand
        history requests (from the chats of ``initial_sync``: none when it
        is None). Requests, answered or not, still reach
        :meth:`next_message`."""
        config = None if initial_sync is None else initial_sync._tuple()
        _core.phone_configure_sync(self._core, config, answer_key_requests, answer_history_requests)

    @property
    def initial_sync_config(self) -> InitialSync | None:
        """The initial sync this phone sends after linking, or None."""
        config, _, _ = _core.phone_sync_settings(self._core)
        return None if config is None else InitialSync(*config)

    async def initial_sync(self, config: InitialSync | None = None) -> list[str]:
        """Runs an initial sync now (``config``: this phone's, or the
        default when it has none): shares the app-state keys, then sends
        the bootstrap, recent and push-name chunks to every companion.
        Returns the message ids, in order."""
        chosen = config or self.initial_sync_config or InitialSync()
        ids: list[str] = await call(
            lambda waker: _core.phone_initial_sync(self._core, waker, chosen._tuple())
        )
        return ids

    async def send_history_sync(self, history: HistorySync, *, inline: bool = False) -> str:
        """Sends ``history`` (a ``wapy.proto.HistorySync`` chunk) to every
        companion, in the notification (``inline``) or as an encrypted blob
        on the media server; returns the message id."""
        encoded = history.SerializeToString()
        sent: str = await call(
            lambda waker: _core.phone_send_history_sync(self._core, waker, encoded, inline)
        )
        return sent

    # App state as the phone changes it.

    def share_app_state_keys(self) -> str:
        """Sends every app-state key of the account to its companions (they
        then fetch the collections); returns the message id."""
        return _core.phone_share_app_state_keys(self._core)

    def rotate_app_state_key(self) -> None:
        """Makes a new app-state key that the phone's next changes use,
        without sharing it: companions ask for it (the phone answers unless
        told not to)."""
        _core.phone_rotate_app_state_key(self._core)

    def corrupt_next_app_state_patch(self) -> None:
        """Gives the next change the phone makes a wrong patch MAC; the
        collection itself stays right, so a client recovers from a
        snapshot."""
        _core.phone_corrupt_next_app_state_patch(self._core)

    def app_state_set(self, index: Sequence[str], value: SyncActionValue) -> int:
        """Sets app-state ``index`` (e.g. ``["pin_v1", chat]``) to ``value``
        as the phone: one patch, announced to the companions. ``value``
        gets the current time when it has no timestamp. Returns the
        collection's new version; raises :class:`wapy.EmulatorError` for an
        unknown action."""
        if not value.HasField("timestamp"):
            value = SyncActionValue.FromString(value.SerializeToString())
            value.timestamp = _now_ms()
        return _core.phone_app_state_set(self._core, list(index), value.SerializeToString())

    def app_state_value(self, index: Sequence[str]) -> SyncActionValue | None:
        """The value the account's app state holds for ``index`` (whoever
        set it: this phone or a companion), or None."""
        raw = _core.phone_app_state_value(self._core, list(index))
        return None if raw is None else SyncActionValue.FromString(raw)

    def app_state_version(self, collection: str) -> int:
        """The version of the account's collection ``collection``
        (``"regular_low"``, ...)."""
        return _core.phone_app_state_version(self._core, collection)

    def mute_chat(self, chat: Jid | str, until: datetime.datetime | None = None) -> int:
        """Mutes ``chat`` until ``until`` (forever when None) as the phone."""
        end = -1 if until is None else int(until.timestamp() * 1000)
        action = MuteAction(muted=True, muteEndTimestamp=end)
        return self.app_state_set(["mute", str(_jid(chat))], SyncActionValue(muteAction=action))

    def unmute_chat(self, chat: Jid | str) -> int:
        """Unmutes ``chat`` as the phone."""
        value = SyncActionValue(muteAction=MuteAction(muted=False))
        return self.app_state_set(["mute", str(_jid(chat))], value)

    def pin_chat(self, chat: Jid | str, pinned: bool = True) -> int:
        """Pins (or unpins) ``chat`` as the phone."""
        value = SyncActionValue(pinAction=PinAction(pinned=pinned))
        return self.app_state_set(["pin_v1", str(_jid(chat))], value)

    def archive_chat(self, chat: Jid | str, archived: bool = True) -> int:
        """Archives (or unarchives) ``chat`` as the phone."""
        action = ArchiveChatAction(archived=archived, messageRange=SyncActionMessageRange())
        value = SyncActionValue(archiveChatAction=action)
        return self.app_state_set(["archive", str(_jid(chat))], value)

    def mark_chat_as_read(self, chat: Jid | str, read: bool = True) -> int:
        """Marks ``chat`` read (or unread) as the phone."""
        action = MarkChatAsReadAction(read=read, messageRange=SyncActionMessageRange())
        value = SyncActionValue(markChatAsReadAction=action)
        return self.app_state_set(["markChatAsRead", str(_jid(chat))], value)

    def star_message(
        self,
        chat: Jid | str,
        message_id: str,
        *,
        from_me: bool,
        sender: Jid | str | None = None,
        starred: bool = True,
    ) -> int:
        """Stars (or unstars) a message of ``chat`` as the phone
        (``sender``: its author in a group when not ours)."""
        participant = "0" if sender is None or from_me else str(_jid(sender))
        index = ["star", str(_jid(chat)), message_id, "1" if from_me else "0", participant]
        return self.app_state_set(index, SyncActionValue(starAction=StarAction(starred=starred)))

    def delete_chat(self, chat: Jid | str, *, delete_media: bool = False) -> int:
        """Deletes ``chat`` as the phone."""
        action = DeleteChatAction(messageRange=SyncActionMessageRange())
        index = ["deleteChat", str(_jid(chat)), "1" if delete_media else "0"]
        return self.app_state_set(index, SyncActionValue(deleteChatAction=action))

    def set_push_name(self, name: str) -> int:
        """Sets the account's push name as the phone."""
        value = SyncActionValue(pushNameSetting=PushNameSetting(name=name))
        return self.app_state_set(["setting_pushName"], value)

    def __repr__(self) -> str:
        return f"<wapy.testing.Phone {self.phone_number}>"


def _jid(value: Jid | str) -> Jid:
    return value if isinstance(value, Jid) else Jid.parse(value)


class Server:
    """A local WhatsApp server emulator on a loopback port.

    ``async with Server() as server:`` starts it (``port=0``: an ephemeral
    port) and shuts it down on exit, closing every connection with
    ``<xmlstreamend/>``. ``dictionary`` is the token dictionary version the
    clients of :meth:`client` announce (3, or 2 as Baileys 6.x); the emulator
    speaks both. ``initial_sync`` is what every phone sends a companion
    right after it links (:class:`InitialSync`; None: nothing, for tests
    that want silence); :meth:`Phone.configure_sync` changes it per phone.
    ``group_addressing`` is how groups created from then on are addressed,
    by clients' ``create_group`` and by :meth:`Phone.create_group`:
    ``"pn"`` (phone numbers, the default, which the existing tests assume)
    or ``"lid"`` (LIDs with the numbers alongside, as WhatsApp makes new
    groups today).
    """

    def __init__(
        self,
        *,
        port: int = 0,
        dictionary: int | None = None,
        initial_sync: InitialSync | None = InitialSync(),
        group_addressing: Literal["pn", "lid"] = "pn",
    ) -> None:
        self._port = port
        self._dictionary = dictionary
        self._initial_sync = None if initial_sync is None else initial_sync._tuple()
        self._group_addressing: str = group_addressing
        self._core: _core.ServerCore | None = None

    async def start(self) -> Self:
        """Starts listening (done by ``async with``)."""
        if self._core is None:
            self._core = await call(
                lambda waker: _core.ServerCore.start(
                    waker, self._port, self._initial_sync, self._group_addressing
                )
            )
        return self

    async def aclose(self) -> None:
        """Shuts down (idempotent; done by ``async with``)."""
        core, self._core = self._core, None
        if core is not None:
            with anyio.CancelScope(shield=True):
                await call(core.shutdown)

    async def __aenter__(self) -> Self:
        return await self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    @property
    def _running(self) -> _core.ServerCore:
        if self._core is None:
            raise RuntimeError("the server is not running: use 'async with Server()'")
        return self._core

    @property
    def url(self) -> str:
        """The WebSocket URL clients connect to (``ws://127.0.0.1:PORT/ws/chat``)."""
        return self._running.url

    @property
    def port(self) -> int:
        """The listening port."""
        return self._running.port

    @property
    def trusted_root(self) -> bytes:
        """The 32-byte root public key clients must trust (``Client(trusted_root=...)``)."""
        return self._running.trusted_root

    def add_account(self, phone_number: str) -> Phone:
        """Adds an account with a simulated phone (or returns the existing one).

        ``phone_number`` is digits; ``+`` and separators are ignored."""
        return Phone(self._running.add_account(phone_number))

    def phone(self, phone_number: str) -> Phone | None:
        """The phone of an existing account, or None."""
        core = self._running.phone(phone_number)
        return None if core is None else Phone(core)

    def client(self, store: str | os.PathLike[str] = ":memory:", **options: Any) -> Client:
        """A :class:`wapy.Client` for this server (its URL and root), with fast
        reconnects and few prekeys unless ``options`` say otherwise."""
        settings = dict(_FAST_CLIENT)
        if self._dictionary is not None:
            settings["dictionary"] = self._dictionary
        settings.update(options)
        return Client(store, server_url=self.url, trusted_root=self.trusted_root, **settings)

    def connections(self) -> list[Jid | None]:
        """One entry per open connection: its device, or None before login."""
        return self._running.connections()

    def is_online(self, device: Jid) -> bool:
        """Whether ``device`` is logged in on some connection."""
        return self._running.is_online(device)

    def drop_connection(self, device: Jid) -> bool:
        """Cuts ``device``'s TCP connection without a word (its client
        reconnects); False if it is not online."""
        return self._running.drop_connection(device)

    def send_stream_error(self, device: Jid, code: str) -> bool:
        """Sends ``<stream:error code=CODE/>`` to ``device`` and closes."""
        return self._running.send_stream_error(device, code)

    def send_node(self, device: Jid, node: Node) -> bool:
        """Sends a stanza to ``device``; False if it is not online."""
        return self._running.send_node(device, node)

    def pending_messages(self, device: Jid) -> int:
        """Messages waiting for ``device``: queued while it was offline, or
        delivered and not yet acknowledged."""
        return _core.server_pending_messages(self._running, device)

    def freeze(self, device: Jid, frozen: bool = True) -> bool:
        """Stops (or, ``frozen=False``, resumes) reading ``device``'s
        stanzas: its sends get no ack and its requests no answer, as on a
        dead link. False if it is not online."""
        return _core.server_freeze(self._running, device, frozen)

    # Groups.

    def corrupt_media(self, direct_path: str) -> None:
        """Corrupts the stored file at ``direct_path`` (a media message's
        ``direct_path``) on the media server: downloads then fail
        verification. Raises :class:`wapy.EmulatorError` if nothing is
        stored there."""
        _core.server_corrupt_media(self._running, direct_path)

    def remove_media(self, direct_path: str) -> bool:
        """Removes the stored file at ``direct_path`` (downloads answer
        404); False when nothing was stored there."""
        return _core.server_remove_media(self._running, direct_path)

    def group(self, jid: Jid) -> GroupState | None:
        """A snapshot of group ``jid`` as the server holds it (subject,
        members and ranks, settings, invite code, join requests, community
        link), or None for an unknown group."""
        return _core.server_group(self._running, jid)

    def push_group_action(self, group: Jid, actor: Jid | None, node: Node) -> bool:
        """Sends every member of ``group`` a group notification (``w:gp2``)
        from ``actor`` carrying ``node`` (any element, known to clients or
        not), without changing the group. False for an unknown group."""
        return _core.server_push_group_action(self._running, group, actor, node)

    # Notifications.

    def notify_account(self, user: Jid, node: Node) -> int:
        """Sends ``node`` (a whole ``<notification>`` or any stanza) to every
        device of the account ``user`` (phone-number JID or LID); offline
        devices get it on their next login. Returns how many devices."""
        return _core.server_notify_account(self._running, user, node)

    def change_number(self, old: Jid, new_number: str) -> Phone:
        """Moves the account of ``old`` (its phone number or LID) to the phone
        number ``new_number``, keeping its LID, keys, devices, groups and
        newsletters, and tells every other account (as
        :meth:`announce_number_change` does). Returns the account's phone
        under the new number; phones obtained before the move name the old
        number and no longer work. Connections of the account's companions
        are closed. Raises :class:`wapy.EmulatorError` for an unknown
        account or a number that is taken or has no digits."""
        return Phone(self._running.change_number(old, new_number))

    def announce_number_change(self, old: Jid, new: Jid, new_lid: Jid | None = None) -> None:
        """Tells every other account that ``old`` now uses the number of
        ``new`` (a ``contacts`` notification with ``<modify>``); the LID
        stays the account's unless ``new_lid`` is given. Only announces: see
        :meth:`change_number` to move the account."""
        _core.server_announce_number_change(self._running, old, new, new_lid)

    def announce_contact_update(self, user: Jid) -> None:
        """Tells every other account that ``user`` changed their profile."""
        _core.server_announce_contact_update(self._running, user)

    def announce_disappearing_mode(self, user: Jid, duration: int) -> None:
        """Tells every other account ``user``'s default disappearing-messages
        timer (seconds, 0: off)."""
        _core.server_announce_disappearing_mode(self._running, user, duration)

    def announce_picture(
        self, jid: Jid, picture_id: str | None = None, author: Jid | None = None
    ) -> None:
        """Tells every other account that the picture of ``jid`` (a user or
        a group) changed to ``picture_id``, or was removed (None)."""
        _core.server_announce_picture(self._running, jid, picture_id, author)

    def announce_about(self, user: Jid, text: str) -> None:
        """Tells every other account ``user``'s new about text."""
        _core.server_announce_about(self._running, user, text)

    def account_sync(self, user: Jid, items: list[Node]) -> int:
        """Sends an ``account_sync`` notification with ``items``
        (``<privacy>``, ``<blocklist>``, ``<devices>``, ``<picture/>``) to
        every device of ``user``, as when another of their devices changed a
        setting. Returns how many devices."""
        return _core.server_account_sync(self._running, user, items)

    def set_key_index_list(
        self,
        phone_number: str,
        mode: Literal["signed", "omitted", "bad_signature", "malformed", "unlisted"],
        device: int | None = None,
    ) -> bool:
        """Chooses the key-index list device-list answers carry for the
        account ``phone_number``: ``"signed"`` (the list its phone signs, the
        default), ``"omitted"``, ``"bad_signature"``, ``"malformed"``, or
        ``"unlisted"``: the signed list leaving out companion ``device``.
        Senders encrypt only for companions a valid list vouches for.
        Device lists clients already cached stay as they are. False for an
        unknown account; ``InvalidArgument`` for an unknown mode."""
        return _core.server_set_key_index_list(self._running, phone_number, mode, device)

    def grant_privacy_token(self, sender: Jid, to: Jid, token: bytes) -> int:
        """Gives ``to`` a trusted-contact privacy token from ``sender``;
        returns how many of ``to``'s devices got it."""
        return _core.server_grant_privacy_token(self._running, sender, to, token)

    # Newsletters.

    def create_newsletter(self, name: str, description: str = "") -> Jid:
        """Creates a newsletter; returns its JID (``...@newsletter``)."""
        return _core.server_create_newsletter(self._running, name, description)

    def set_newsletter_admin(self, newsletter: Jid, user: Jid, admin: bool = True) -> bool:
        """Lets the account of ``user`` post to ``newsletter`` (``admin=False``:
        no longer); False for an unknown newsletter or account. Posts from
        other accounts are refused with error 403."""
        return _core.server_set_newsletter_admin(self._running, newsletter, user, admin)

    def newsletter(self, jid: Jid) -> NewsletterState | None:
        """A snapshot of a newsletter (followers, messages, live-update
        requests received), or None."""
        return _core.server_newsletter(self._running, jid)

    def post_newsletter_message(self, newsletter: Jid, message: Message | str) -> int | None:
        """Posts ``message`` (a text, or a ``wapy.proto.Message``) to
        ``newsletter`` as its admins would: every device of every follower
        receives it as a ``Message`` event (queued for those offline), and
        live subscribers get its counters. Returns its server id, or None
        for an unknown newsletter."""
        if isinstance(message, str):
            message = Message(conversation=message)
        encoded = message.SerializeToString()
        return _core.server_post_newsletter_message(self._running, newsletter, encoded)

    def react_to_newsletter_message(self, newsletter: Jid, server_id: int, code: str) -> int | None:
        """Adds the reaction ``code`` to a newsletter message and sends the
        new counters to every device whose live-update subscription has not
        lapsed. Returns how many devices were told (None: unknown message)."""
        return _core.server_react_to_newsletter_message(self._running, newsletter, server_id, code)

    def set_newsletter_live_duration(self, seconds: int) -> None:
        """Sets how long live-update subscriptions granted from now on last
        (300 s by default; at least 1)."""
        _core.server_set_newsletter_live_duration(self._running, seconds)

    def __repr__(self) -> str:
        where = self._core.url if self._core is not None else "stopped"
        return f"<wapy.testing.Server {where}>"
