"""Events: everything a :class:`wapy.Client` observes, as immutable objects.

Every event is an instance of a subclass of :class:`Event`. Events are
frozen (assigning an attribute raises ``AttributeError``), their fields are
read-only properties converted from the Rust value when first read, and each
class has ``__match_args__`` so ``match`` works::

    match ev:
        case events.Message(info=info) if ev.text:
            print(info.sender, ev.text)
        case events.Receipt(source, ids, receipt_type=events.ReceiptType.READ):
            print("read:", ids)
        case events.GroupUpdate(group_jid=g, action=events.GroupAction.Add(participants=ps)):
            print(g, "welcomes", [p.jid for p in ps])

``repr(ev)`` shows the fields; ``ev.to_dict()`` gives a JSON-ready dict:
``{"type": "<class name>", <fields>}`` with JIDs as strings, timestamps as
Unix seconds, enums as their wire value, protobuf messages in their protobuf
JSON form (what ``google.protobuf.json_format.MessageToDict`` gives), other
binary data in base64; stanzas (``Notification``, ``RawNode``) are left out.

Field conventions: JIDs are :class:`wapy.Jid`; timestamps are timezone-aware
``datetime`` objects (UTC); durations ``timedelta``; fields a Python keyword
would clash with end in ``_`` (``Presence.from_``); wire enums are the enums
below, whose unknown values are kept (a pseudo-member whose value is the
wire word or code).

Receiving events
----------------

* ``@client.on(events.Message)`` registers a handler for one or more event
  classes (``events.Event``, or no class at all, for every event). Plain
  functions are called in the dispatcher, one after the other; ``async``
  functions each get their own ordered queue and task, so a slow one never
  delays the others. ``client.remove_handler(fn)`` unregisters.
* ``async for ev in client.events(events.Message, events.Receipt):`` iterates
  events of the given classes (all without arguments). The stream buffers
  from the moment ``events()`` is called, so nothing is lost before the
  ``async for`` starts; closing it (``break``, ``await stream.aclose()`` or
  ``async with client.events() as stream``) unregisters it.

Guarantees: every handler and stream sees every event of its classes, in
emission order; a handler that raises is logged (logger ``wapy.events``, with
the traceback) and the others carry on; queues are unbounded, nothing is
dropped. Until the first handler or stream exists, the client keeps the
events it emits (the last ``EVENT_BACKLOG_LIMIT``, 10,000) and hands them to
the consumers registered first, so that ``Connected`` or a ``QrCode`` emitted
before ``async for`` begins is not lost. Kinds that no consumer wants are
filtered out in Rust and never reach Python.

Event classes
-------------

Connection and pairing: :class:`Connected`, :class:`Disconnected`,
:class:`QrCode`, :class:`PairingCode`, :class:`PairSuccess`,
:class:`PairError`, :class:`QrScannedWithoutMultidevice`, :class:`LoggedOut`,
:class:`StreamReplaced`, :class:`StreamError`, :class:`ConnectFailure`,
:class:`TemporaryBan`, :class:`ClientOutdated`, :class:`KeepAliveTimeout`,
:class:`KeepAliveRestored`, :class:`OfflineSyncPreview`,
:class:`OfflineSyncCompleted`.

Messages: :class:`Message`, :class:`UndecryptableMessage`, :class:`Receipt`,
:class:`Presence`, :class:`ChatPresence`, :class:`MediaRetry`.

Groups and contacts: :class:`GroupUpdate` (with a :class:`GroupAction`),
:class:`ContactUpdated`, :class:`ContactNumberChanged`,
:class:`ContactSyncRequested`, :class:`ContactAdded`, :class:`ContactRemoved`,
:class:`DeviceListUpdate`, :class:`IdentityChange`, :class:`PictureUpdate`,
:class:`UserAboutUpdate`, :class:`DisappearingModeChanged`,
:class:`NewsletterLiveUpdate`.

Synced from the account's other devices: :class:`ContactUpdate`,
:class:`PinUpdate`, :class:`MuteUpdate`, :class:`ArchiveUpdate`,
:class:`StarUpdate`, :class:`MarkChatAsReadUpdate`, :class:`DeleteChatUpdate`,
:class:`ClearChatUpdate`, :class:`DeleteForMeUpdate`, :class:`PushNameUpdate`,
:class:`AppStateSyncComplete`, :class:`HistorySync`,
:class:`BlocklistUpdate`, :class:`PrivacySettingsUpdate`.

Raw stanzas: :class:`Notification` (every ``<notification>``) and
:class:`RawNode` (every stanza, with ``Client(forward_raw_nodes=True)``).

Each class's docstring says when it fires and what its fields hold.
"""

from __future__ import annotations

import enum
from typing import Self

from ._core import EVENT_BACKLOG_LIMIT as EVENT_BACKLOG_LIMIT
from ._core import (
    AppStateSyncComplete,
    ArchiveUpdate,
    BlocklistChange,
    BlocklistUpdate,
    ChatPresence,
    ClearChatUpdate,
    ClientOutdated,
    Connected,
    ConnectFailure,
    ContactAdded,
    ContactNumberChanged,
    ContactRemoved,
    ContactSyncRequested,
    ContactUpdate,
    ContactUpdated,
    DeleteChatUpdate,
    DeleteForMeUpdate,
    DeviceInfo,
    DeviceListUpdate,
    DeviceSentMeta,
    DisappearingModeChanged,
    Disconnected,
    Event,
    GroupAction,
    GroupParticipant,
    GroupUpdate,
    HistorySync,
    IdentityChange,
    KeepAliveRestored,
    KeepAliveTimeout,
    KeyIndexInfo,
    LinkedGroup,
    LoggedOut,
    MarkChatAsReadUpdate,
    MediaRetry,
    Message,
    MessageInfo,
    MessageSource,
    MuteUpdate,
    NewsletterLiveMessage,
    NewsletterLiveUpdate,
    NewsletterReaction,
    Notification,
    OfflineSyncCompleted,
    OfflineSyncPreview,
    PairError,
    PairingCode,
    PairSuccess,
    PictureUpdate,
    PinUpdate,
    Presence,
    PrivacySettingChange,
    PrivacySettingsUpdate,
    PushNameUpdate,
    QrCode,
    QrScannedWithoutMultidevice,
    RawNode,
    Receipt,
    StarUpdate,
    StreamError,
    StreamReplaced,
    SubGroupSuggestion,
    TemporaryBan,
    UndecryptableMessage,
    UserAboutUpdate,
)

__all__ = [
    "EVENT_BACKLOG_LIMIT",
    "AddressingMode",
    "AppStateSyncComplete",
    "ArchiveUpdate",
    "BlocklistAction",
    "BlocklistChange",
    "BlocklistChangeAction",
    "BlocklistUpdate",
    "ChatPresence",
    "ChatPresenceMedia",
    "ChatPresenceState",
    "ClearChatUpdate",
    "ClientOutdated",
    "ConnectFailure",
    "ConnectFailureReason",
    "Connected",
    "ContactAdded",
    "ContactNumberChanged",
    "ContactRemoved",
    "ContactSyncRequested",
    "ContactUpdate",
    "ContactUpdated",
    "DecryptFailMode",
    "DeleteChatUpdate",
    "DeleteForMeUpdate",
    "DeviceInfo",
    "DeviceListUpdate",
    "DeviceListUpdateType",
    "DeviceSentMeta",
    "DisappearingModeChanged",
    "DisconnectReason",
    "Disconnected",
    "EditAttribute",
    "Event",
    "GroupAction",
    "GroupParticipant",
    "GroupUpdate",
    "HistorySync",
    "IdentityChange",
    "KeepAliveRestored",
    "KeepAliveTimeout",
    "KeyIndexInfo",
    "LinkedGroup",
    "LoggedOut",
    "MarkChatAsReadUpdate",
    "MediaRetry",
    "MembershipRequestMethod",
    "Message",
    "MessageInfo",
    "MessageSource",
    "MuteUpdate",
    "NewsletterLiveMessage",
    "NewsletterLiveUpdate",
    "NewsletterReaction",
    "Notification",
    "OfflineSyncCompleted",
    "OfflineSyncPreview",
    "PairError",
    "PairSuccess",
    "PairingCode",
    "ParticipantType",
    "PictureUpdate",
    "PinUpdate",
    "Presence",
    "PrivacySettingChange",
    "PrivacySettingsUpdate",
    "PushNameUpdate",
    "QrCode",
    "QrScannedWithoutMultidevice",
    "RawNode",
    "Receipt",
    "ReceiptType",
    "StarUpdate",
    "StreamError",
    "StreamReplaced",
    "SubGroupSuggestion",
    "TempBanReason",
    "TemporaryBan",
    "UnavailableType",
    "UndecryptableMessage",
    "UserAboutUpdate",
]


class _WireEnum(enum.StrEnum):
    """A wire word; words this version does not know become pseudo-members."""

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = f"UNKNOWN({value!r})"
        member._value_ = value
        return member


class _CodeEnum(enum.IntEnum):
    """A numeric code; codes this version does not know become pseudo-members."""

    @classmethod
    def _missing_(cls, value: object) -> Self | None:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"UNKNOWN({value})"
        member._value_ = value
        return member


class AddressingMode(_WireEnum):
    """How a chat addresses its participants."""

    PN = "pn"
    """By phone number (``s.whatsapp.net``)."""
    LID = "lid"
    """By linked identity (``lid``)."""


class EditAttribute(_WireEnum):
    """What an edit-type message changes (the ``edit`` attribute)."""

    MESSAGE_EDIT = "1"
    """An edit of an earlier message's text."""
    PIN_IN_CHAT = "2"
    """Pinning a message in the chat."""
    ADMIN_EDIT = "3"
    """An edit by a newsletter admin."""
    SENDER_REVOKE = "7"
    """The sender deleted the message for everyone (or removed a reaction)."""
    ADMIN_REVOKE = "8"
    """A group admin deleted someone's message."""


class DecryptFailMode(_WireEnum):
    """Whether to show a placeholder for an undecryptable message."""

    SHOW = "show"
    """Show a "waiting for this message" placeholder."""
    HIDE = "hide"
    """Hide it (reactions, poll votes and other add-ons)."""


class UnavailableType(_WireEnum):
    """Why a message came without a ciphertext for this device."""

    UNKNOWN = "unknown"
    """No reason given."""
    VIEW_ONCE = "view_once"
    """A view-once message (companions never receive them)."""
    HOSTED = "hosted"
    """Sent by a hosted (Cloud API) device."""
    BOT = "bot"
    """Sent by a bot."""


class ReceiptType(_WireEnum):
    """What a :class:`Receipt` says."""

    DELIVERED = "delivered"
    """Delivered to the recipient's device."""
    READ = "read"
    """Read by the recipient."""
    READ_SELF = "read-self"
    """Read on another of our devices (or read receipts are off)."""
    PLAYED = "played"
    """A voice message or video was played."""
    PLAYED_SELF = "played-self"
    """Played on another of our devices."""
    RETRY = "retry"
    """The recipient could not decrypt and asks for a retry."""
    SENDER = "sender"
    """Delivered to another of our own devices."""
    SERVER_ERROR = "server-error"
    """The server could not deliver."""
    INACTIVE = "inactive"
    """Delivered to a device that is not active."""
    HISTORY_SYNC = "hist_sync"
    """Our phone processed a history-sync notification."""
    PEER_MSG = "peer_msg"
    """Delivered to one of our devices as a peer message."""


class ChatPresenceState(_WireEnum):
    """A chat state."""

    COMPOSING = "composing"
    """Typing or recording."""
    PAUSED = "paused"
    """Stopped."""


class ChatPresenceMedia(_WireEnum):
    """What is being composed."""

    TEXT = "text"
    """Text."""
    AUDIO = "audio"
    """A voice message."""


class DisconnectReason(_WireEnum):
    """Why a connection ended."""

    CLIENT_CLOSED = "client_closed"
    """The user disconnected or logged out."""
    RESTART_REQUIRED = "restart_required"
    """The server asked for a restart (after linking); the client reconnects at once."""
    CONNECTION_LOST = "connection_lost"
    """The connection failed or was closed; ``message`` says how."""
    FAILED = "failed"
    """A failure retrying cannot fix (e.g. a refused certificate chain)."""
    REPLACED = "replaced"
    """Another connection with the same credentials took over."""
    LOGGED_OUT = "logged_out"
    """The device was logged out or banned; the credentials are deleted."""
    REFUSED = "refused"
    """The server refused the client (ban, outdated client, other failure)."""
    QR_TIMEOUT = "qr_timeout"
    """The QR codes ran out without the phone scanning one."""
    GAVE_UP = "gave_up"
    """Reconnecting gave up after the configured number of attempts."""


class ConnectFailureReason(_CodeEnum):
    """The code of a login failure."""

    GENERIC = 400
    """Generic failure."""
    LOGGED_OUT = 401
    """This device was unlinked."""
    TEMP_BANNED = 402
    """The account is temporarily banned."""
    MAIN_DEVICE_GONE = 403
    """The primary device is gone or the account is locked."""
    CLIENT_OUTDATED = 405
    """This client version is too old."""
    BANNED = 406
    """The account is banned (or logged out for an unknown reason)."""
    BAD_USER_AGENT = 409
    """The user agent was refused."""
    CAT_EXPIRED = 413
    """The Messenger crypto auth token expired."""
    CAT_INVALID = 414
    """The Messenger crypto auth token is invalid."""
    NOT_FOUND = 415
    """Not found."""
    CLIENT_UNKNOWN = 418
    """The client is unknown."""
    INTERNAL_SERVER_ERROR = 500
    """A server error; reconnecting may help."""
    EXPERIMENTAL = 501
    """Experimental."""
    SERVICE_UNAVAILABLE = 503
    """The service is unavailable; reconnecting may help."""

    @property
    def is_logged_out(self) -> bool:
        """True when the stored credentials are useless (401, 403, 406)."""
        return self in (401, 403, 406)


class TempBanReason(_CodeEnum):
    """Why an account is temporarily banned."""

    SENT_TO_TOO_MANY_PEOPLE = 101
    """Too many messages to people who do not have the account in their contacts."""
    BLOCKED_BY_USERS = 102
    """Too many people blocked the account."""
    CREATED_TOO_MANY_GROUPS = 103
    """Too many groups with people who do not have the account in their contacts."""
    SENT_TOO_MANY_SAME_MESSAGE = 104
    """The same message to too many people."""
    BROADCAST_LIST = 106
    """Too many messages to a broadcast list."""


class ParticipantType(_WireEnum):
    """A group member's rank."""

    MEMBER = "member"
    """An ordinary member."""
    ADMIN = "admin"
    """An admin."""
    SUPER_ADMIN = "superadmin"
    """The creator."""


class MembershipRequestMethod(_WireEnum):
    """How someone asked to join a group."""

    INVITE_LINK = "invite_link"
    """Through an invite link."""
    LINKED_GROUP_JOIN = "linked_group_join"
    """From a community's linked group."""
    NON_ADMIN_ADD = "non_admin_add"
    """Added by a member who is not an admin."""


class DeviceListUpdateType(_WireEnum):
    """What happened to a device list."""

    ADD = "add"
    """Devices were added."""
    REMOVE = "remove"
    """Devices were removed."""
    UPDATE = "update"
    """The list changed otherwise (refetch it)."""


class BlocklistAction(_WireEnum):
    """How a blocklist update describes the change."""

    DEFAULT = "default"
    """``changes`` lists the changes."""
    MODIFY = "modify"
    """The list changed in a way not listed: fetch it again."""


class BlocklistChangeAction(_WireEnum):
    """A change to one blocklist entry."""

    BLOCK = "block"
    """Blocked."""
    UNBLOCK = "unblock"
    """Unblocked."""
