from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ADVEncryptionType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    E2EE: _ClassVar[ADVEncryptionType]
    HOSTED: _ClassVar[ADVEncryptionType]
    NON_E2EE: _ClassVar[ADVEncryptionType]

class HistorySyncType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    INITIAL_BOOTSTRAP: _ClassVar[HistorySyncType]
    INITIAL_STATUS_V3: _ClassVar[HistorySyncType]
    FULL: _ClassVar[HistorySyncType]
    RECENT: _ClassVar[HistorySyncType]
    PUSH_NAME: _ClassVar[HistorySyncType]
    NON_BLOCKING_DATA: _ClassVar[HistorySyncType]
    ON_DEMAND: _ClassVar[HistorySyncType]
    NO_HISTORY: _ClassVar[HistorySyncType]
    MESSAGE_ACCESS_STATUS: _ClassVar[HistorySyncType]

class PeerDataOperationRequestType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    UPLOAD_STICKER: _ClassVar[PeerDataOperationRequestType]
    SEND_RECENT_STICKER_BOOTSTRAP: _ClassVar[PeerDataOperationRequestType]
    GENERATE_LINK_PREVIEW: _ClassVar[PeerDataOperationRequestType]
    HISTORY_SYNC_ON_DEMAND: _ClassVar[PeerDataOperationRequestType]
    PLACEHOLDER_MESSAGE_RESEND: _ClassVar[PeerDataOperationRequestType]
    WAFFLE_LINKING_NONCE_FETCH: _ClassVar[PeerDataOperationRequestType]
    FULL_HISTORY_SYNC_ON_DEMAND: _ClassVar[PeerDataOperationRequestType]
    COMPANION_META_NONCE_FETCH: _ClassVar[PeerDataOperationRequestType]
    COMPANION_SYNCD_SNAPSHOT_FATAL_RECOVERY: _ClassVar[PeerDataOperationRequestType]
    COMPANION_CANONICAL_USER_NONCE_FETCH: _ClassVar[PeerDataOperationRequestType]
    HISTORY_SYNC_CHUNK_RETRY: _ClassVar[PeerDataOperationRequestType]
    GALAXY_FLOW_ACTION: _ClassVar[PeerDataOperationRequestType]
    BUSINESS_BROADCAST_INSIGHTS_DELIVERED_TO: _ClassVar[PeerDataOperationRequestType]
    BUSINESS_BROADCAST_INSIGHTS_REFRESH: _ClassVar[PeerDataOperationRequestType]
    CONTACT_REFRESH_REQUEST: _ClassVar[PeerDataOperationRequestType]

class MediaKeyDomain(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    MEDIA_KEY_DOMAIN_UNKNOWN: _ClassVar[MediaKeyDomain]
    MEDIA_KEY_DOMAIN_E2EE: _ClassVar[MediaKeyDomain]
    MEDIA_KEY_DOMAIN_NON_E2EE: _ClassVar[MediaKeyDomain]

class WebLinkRenderConfig(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    WEBVIEW: _ClassVar[WebLinkRenderConfig]
    SYSTEM: _ClassVar[WebLinkRenderConfig]

class PollContentType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    UNKNOWN: _ClassVar[PollContentType]
    TEXT: _ClassVar[PollContentType]
    IMAGE: _ClassVar[PollContentType]

class PollType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    POLL: _ClassVar[PollType]
    QUIZ: _ClassVar[PollType]

class MediaVisibility(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DEFAULT: _ClassVar[MediaVisibility]
    OFF: _ClassVar[MediaVisibility]
    ON: _ClassVar[MediaVisibility]

class PrivacySystemMessage(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    E2EE_MSG: _ClassVar[PrivacySystemMessage]
    NE2EE_SELF: _ClassVar[PrivacySystemMessage]
    NE2EE_OTHER: _ClassVar[PrivacySystemMessage]

class KeepType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    KEEPTYPE_UNKNOWN: _ClassVar[KeepType]
    KEEP_FOR_ALL: _ClassVar[KeepType]
    UNDO_KEEP_FOR_ALL: _ClassVar[KeepType]

class AIRichResponseMessageType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    AI_RICH_RESPONSE_TYPE_UNKNOWN: _ClassVar[AIRichResponseMessageType]
    AI_RICH_RESPONSE_TYPE_STANDARD: _ClassVar[AIRichResponseMessageType]

class BotMetricsEntryPoint(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    UNDEFINED_ENTRY_POINT: _ClassVar[BotMetricsEntryPoint]
    FAVICON: _ClassVar[BotMetricsEntryPoint]
    CHATLIST: _ClassVar[BotMetricsEntryPoint]
    AISEARCH_NULL_STATE_PAPER_PLANE: _ClassVar[BotMetricsEntryPoint]
    AISEARCH_NULL_STATE_SUGGESTION: _ClassVar[BotMetricsEntryPoint]
    AISEARCH_TYPE_AHEAD_SUGGESTION: _ClassVar[BotMetricsEntryPoint]
    AISEARCH_TYPE_AHEAD_PAPER_PLANE: _ClassVar[BotMetricsEntryPoint]
    AISEARCH_TYPE_AHEAD_RESULT_CHATLIST: _ClassVar[BotMetricsEntryPoint]
    AISEARCH_TYPE_AHEAD_RESULT_MESSAGES: _ClassVar[BotMetricsEntryPoint]
    AIVOICE_SEARCH_BAR: _ClassVar[BotMetricsEntryPoint]
    AIVOICE_FAVICON: _ClassVar[BotMetricsEntryPoint]
    AISTUDIO: _ClassVar[BotMetricsEntryPoint]
    DEEPLINK: _ClassVar[BotMetricsEntryPoint]
    NOTIFICATION: _ClassVar[BotMetricsEntryPoint]
    PROFILE_MESSAGE_BUTTON: _ClassVar[BotMetricsEntryPoint]
    FORWARD: _ClassVar[BotMetricsEntryPoint]
    APP_SHORTCUT: _ClassVar[BotMetricsEntryPoint]
    FF_FAMILY: _ClassVar[BotMetricsEntryPoint]
    AI_TAB: _ClassVar[BotMetricsEntryPoint]
    AI_HOME: _ClassVar[BotMetricsEntryPoint]
    AI_DEEPLINK_IMMERSIVE: _ClassVar[BotMetricsEntryPoint]
    AI_DEEPLINK: _ClassVar[BotMetricsEntryPoint]
    META_AI_CHAT_SHORTCUT_AI_STUDIO: _ClassVar[BotMetricsEntryPoint]
    UGC_CHAT_SHORTCUT_AI_STUDIO: _ClassVar[BotMetricsEntryPoint]
    NEW_CHAT_AI_STUDIO: _ClassVar[BotMetricsEntryPoint]
    AIVOICE_FAVICON_CALL_HISTORY: _ClassVar[BotMetricsEntryPoint]
    ASK_META_AI_CONTEXT_MENU: _ClassVar[BotMetricsEntryPoint]
    ASK_META_AI_CONTEXT_MENU_1ON1: _ClassVar[BotMetricsEntryPoint]
    ASK_META_AI_CONTEXT_MENU_GROUP: _ClassVar[BotMetricsEntryPoint]
    INVOKE_META_AI_1ON1: _ClassVar[BotMetricsEntryPoint]
    INVOKE_META_AI_GROUP: _ClassVar[BotMetricsEntryPoint]
    META_AI_FORWARD: _ClassVar[BotMetricsEntryPoint]
    NEW_CHAT_AI_CONTACT: _ClassVar[BotMetricsEntryPoint]
    MESSAGE_QUICK_ACTION_1_ON_1_CHAT: _ClassVar[BotMetricsEntryPoint]
    MESSAGE_QUICK_ACTION_GROUP_CHAT: _ClassVar[BotMetricsEntryPoint]
    ATTACHMENT_TRAY_1_ON_1_CHAT: _ClassVar[BotMetricsEntryPoint]
    ATTACHMENT_TRAY_GROUP_CHAT: _ClassVar[BotMetricsEntryPoint]
    ASK_META_AI_MEDIA_VIEWER_1ON1: _ClassVar[BotMetricsEntryPoint]
    ASK_META_AI_MEDIA_VIEWER_GROUP: _ClassVar[BotMetricsEntryPoint]
    MEDIA_PICKER_1_ON_1_CHAT: _ClassVar[BotMetricsEntryPoint]
    MEDIA_PICKER_GROUP_CHAT: _ClassVar[BotMetricsEntryPoint]
    ASK_META_AI_NO_SEARCH_RESULTS: _ClassVar[BotMetricsEntryPoint]
    META_AI_SETTINGS: _ClassVar[BotMetricsEntryPoint]
    WEB_INTRO_PANEL: _ClassVar[BotMetricsEntryPoint]
    WEB_NAVIGATION_BAR: _ClassVar[BotMetricsEntryPoint]
    GROUP_MEMBER: _ClassVar[BotMetricsEntryPoint]
    CHATLIST_SEARCH: _ClassVar[BotMetricsEntryPoint]
    NEW_CHAT_LIST: _ClassVar[BotMetricsEntryPoint]
    CONTACTS_TAB: _ClassVar[BotMetricsEntryPoint]

class AIRichResponseSubMessageType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    AI_RICH_RESPONSE_UNKNOWN: _ClassVar[AIRichResponseSubMessageType]
    AI_RICH_RESPONSE_GRID_IMAGE: _ClassVar[AIRichResponseSubMessageType]
    AI_RICH_RESPONSE_TEXT: _ClassVar[AIRichResponseSubMessageType]
    AI_RICH_RESPONSE_INLINE_IMAGE: _ClassVar[AIRichResponseSubMessageType]
    AI_RICH_RESPONSE_TABLE: _ClassVar[AIRichResponseSubMessageType]
    AI_RICH_RESPONSE_CODE: _ClassVar[AIRichResponseSubMessageType]
    AI_RICH_RESPONSE_DYNAMIC: _ClassVar[AIRichResponseSubMessageType]
    AI_RICH_RESPONSE_MAP: _ClassVar[AIRichResponseSubMessageType]
    AI_RICH_RESPONSE_LATEX: _ClassVar[AIRichResponseSubMessageType]
    AI_RICH_RESPONSE_CONTENT_ITEMS: _ClassVar[AIRichResponseSubMessageType]

class BotSessionSource(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    NONE: _ClassVar[BotSessionSource]
    NULL_STATE: _ClassVar[BotSessionSource]
    TYPEAHEAD: _ClassVar[BotSessionSource]
    USER_INPUT: _ClassVar[BotSessionSource]
    EMU_FLASH: _ClassVar[BotSessionSource]
    EMU_FLASH_FOLLOWUP: _ClassVar[BotSessionSource]
    VOICE: _ClassVar[BotSessionSource]
    AI_HOME_SESSION: _ClassVar[BotSessionSource]

class BotMetricsThreadEntryPoint(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    AI_TAB_THREAD: _ClassVar[BotMetricsThreadEntryPoint]
    AI_HOME_THREAD: _ClassVar[BotMetricsThreadEntryPoint]
    AI_DEEPLINK_IMMERSIVE_THREAD: _ClassVar[BotMetricsThreadEntryPoint]
    AI_DEEPLINK_THREAD: _ClassVar[BotMetricsThreadEntryPoint]
    ASK_META_AI_CONTEXT_MENU_THREAD: _ClassVar[BotMetricsThreadEntryPoint]

class SessionTransparencyType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    UNKNOWN_TYPE: _ClassVar[SessionTransparencyType]
    NY_AI_SAFETY_DISCLAIMER: _ClassVar[SessionTransparencyType]

class AISubscriptionRequestType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    UNSPECIFIED: _ClassVar[AISubscriptionRequestType]
    THINK_HARD: _ClassVar[AISubscriptionRequestType]
    IMAGE_GEN: _ClassVar[AISubscriptionRequestType]
    VIDEO_GEN: _ClassVar[AISubscriptionRequestType]
E2EE: ADVEncryptionType
HOSTED: ADVEncryptionType
NON_E2EE: ADVEncryptionType
INITIAL_BOOTSTRAP: HistorySyncType
INITIAL_STATUS_V3: HistorySyncType
FULL: HistorySyncType
RECENT: HistorySyncType
PUSH_NAME: HistorySyncType
NON_BLOCKING_DATA: HistorySyncType
ON_DEMAND: HistorySyncType
NO_HISTORY: HistorySyncType
MESSAGE_ACCESS_STATUS: HistorySyncType
UPLOAD_STICKER: PeerDataOperationRequestType
SEND_RECENT_STICKER_BOOTSTRAP: PeerDataOperationRequestType
GENERATE_LINK_PREVIEW: PeerDataOperationRequestType
HISTORY_SYNC_ON_DEMAND: PeerDataOperationRequestType
PLACEHOLDER_MESSAGE_RESEND: PeerDataOperationRequestType
WAFFLE_LINKING_NONCE_FETCH: PeerDataOperationRequestType
FULL_HISTORY_SYNC_ON_DEMAND: PeerDataOperationRequestType
COMPANION_META_NONCE_FETCH: PeerDataOperationRequestType
COMPANION_SYNCD_SNAPSHOT_FATAL_RECOVERY: PeerDataOperationRequestType
COMPANION_CANONICAL_USER_NONCE_FETCH: PeerDataOperationRequestType
HISTORY_SYNC_CHUNK_RETRY: PeerDataOperationRequestType
GALAXY_FLOW_ACTION: PeerDataOperationRequestType
BUSINESS_BROADCAST_INSIGHTS_DELIVERED_TO: PeerDataOperationRequestType
BUSINESS_BROADCAST_INSIGHTS_REFRESH: PeerDataOperationRequestType
CONTACT_REFRESH_REQUEST: PeerDataOperationRequestType
MEDIA_KEY_DOMAIN_UNKNOWN: MediaKeyDomain
MEDIA_KEY_DOMAIN_E2EE: MediaKeyDomain
MEDIA_KEY_DOMAIN_NON_E2EE: MediaKeyDomain
WEBVIEW: WebLinkRenderConfig
SYSTEM: WebLinkRenderConfig
UNKNOWN: PollContentType
TEXT: PollContentType
IMAGE: PollContentType
POLL: PollType
QUIZ: PollType
DEFAULT: MediaVisibility
OFF: MediaVisibility
ON: MediaVisibility
E2EE_MSG: PrivacySystemMessage
NE2EE_SELF: PrivacySystemMessage
NE2EE_OTHER: PrivacySystemMessage
KEEPTYPE_UNKNOWN: KeepType
KEEP_FOR_ALL: KeepType
UNDO_KEEP_FOR_ALL: KeepType
AI_RICH_RESPONSE_TYPE_UNKNOWN: AIRichResponseMessageType
AI_RICH_RESPONSE_TYPE_STANDARD: AIRichResponseMessageType
UNDEFINED_ENTRY_POINT: BotMetricsEntryPoint
FAVICON: BotMetricsEntryPoint
CHATLIST: BotMetricsEntryPoint
AISEARCH_NULL_STATE_PAPER_PLANE: BotMetricsEntryPoint
AISEARCH_NULL_STATE_SUGGESTION: BotMetricsEntryPoint
AISEARCH_TYPE_AHEAD_SUGGESTION: BotMetricsEntryPoint
AISEARCH_TYPE_AHEAD_PAPER_PLANE: BotMetricsEntryPoint
AISEARCH_TYPE_AHEAD_RESULT_CHATLIST: BotMetricsEntryPoint
AISEARCH_TYPE_AHEAD_RESULT_MESSAGES: BotMetricsEntryPoint
AIVOICE_SEARCH_BAR: BotMetricsEntryPoint
AIVOICE_FAVICON: BotMetricsEntryPoint
AISTUDIO: BotMetricsEntryPoint
DEEPLINK: BotMetricsEntryPoint
NOTIFICATION: BotMetricsEntryPoint
PROFILE_MESSAGE_BUTTON: BotMetricsEntryPoint
FORWARD: BotMetricsEntryPoint
APP_SHORTCUT: BotMetricsEntryPoint
FF_FAMILY: BotMetricsEntryPoint
AI_TAB: BotMetricsEntryPoint
AI_HOME: BotMetricsEntryPoint
AI_DEEPLINK_IMMERSIVE: BotMetricsEntryPoint
AI_DEEPLINK: BotMetricsEntryPoint
META_AI_CHAT_SHORTCUT_AI_STUDIO: BotMetricsEntryPoint
UGC_CHAT_SHORTCUT_AI_STUDIO: BotMetricsEntryPoint
NEW_CHAT_AI_STUDIO: BotMetricsEntryPoint
AIVOICE_FAVICON_CALL_HISTORY: BotMetricsEntryPoint
ASK_META_AI_CONTEXT_MENU: BotMetricsEntryPoint
ASK_META_AI_CONTEXT_MENU_1ON1: BotMetricsEntryPoint
ASK_META_AI_CONTEXT_MENU_GROUP: BotMetricsEntryPoint
INVOKE_META_AI_1ON1: BotMetricsEntryPoint
INVOKE_META_AI_GROUP: BotMetricsEntryPoint
META_AI_FORWARD: BotMetricsEntryPoint
NEW_CHAT_AI_CONTACT: BotMetricsEntryPoint
MESSAGE_QUICK_ACTION_1_ON_1_CHAT: BotMetricsEntryPoint
MESSAGE_QUICK_ACTION_GROUP_CHAT: BotMetricsEntryPoint
ATTACHMENT_TRAY_1_ON_1_CHAT: BotMetricsEntryPoint
ATTACHMENT_TRAY_GROUP_CHAT: BotMetricsEntryPoint
ASK_META_AI_MEDIA_VIEWER_1ON1: BotMetricsEntryPoint
ASK_META_AI_MEDIA_VIEWER_GROUP: BotMetricsEntryPoint
MEDIA_PICKER_1_ON_1_CHAT: BotMetricsEntryPoint
MEDIA_PICKER_GROUP_CHAT: BotMetricsEntryPoint
ASK_META_AI_NO_SEARCH_RESULTS: BotMetricsEntryPoint
META_AI_SETTINGS: BotMetricsEntryPoint
WEB_INTRO_PANEL: BotMetricsEntryPoint
WEB_NAVIGATION_BAR: BotMetricsEntryPoint
GROUP_MEMBER: BotMetricsEntryPoint
CHATLIST_SEARCH: BotMetricsEntryPoint
NEW_CHAT_LIST: BotMetricsEntryPoint
CONTACTS_TAB: BotMetricsEntryPoint
AI_RICH_RESPONSE_UNKNOWN: AIRichResponseSubMessageType
AI_RICH_RESPONSE_GRID_IMAGE: AIRichResponseSubMessageType
AI_RICH_RESPONSE_TEXT: AIRichResponseSubMessageType
AI_RICH_RESPONSE_INLINE_IMAGE: AIRichResponseSubMessageType
AI_RICH_RESPONSE_TABLE: AIRichResponseSubMessageType
AI_RICH_RESPONSE_CODE: AIRichResponseSubMessageType
AI_RICH_RESPONSE_DYNAMIC: AIRichResponseSubMessageType
AI_RICH_RESPONSE_MAP: AIRichResponseSubMessageType
AI_RICH_RESPONSE_LATEX: AIRichResponseSubMessageType
AI_RICH_RESPONSE_CONTENT_ITEMS: AIRichResponseSubMessageType
NONE: BotSessionSource
NULL_STATE: BotSessionSource
TYPEAHEAD: BotSessionSource
USER_INPUT: BotSessionSource
EMU_FLASH: BotSessionSource
EMU_FLASH_FOLLOWUP: BotSessionSource
VOICE: BotSessionSource
AI_HOME_SESSION: BotSessionSource
AI_TAB_THREAD: BotMetricsThreadEntryPoint
AI_HOME_THREAD: BotMetricsThreadEntryPoint
AI_DEEPLINK_IMMERSIVE_THREAD: BotMetricsThreadEntryPoint
AI_DEEPLINK_THREAD: BotMetricsThreadEntryPoint
ASK_META_AI_CONTEXT_MENU_THREAD: BotMetricsThreadEntryPoint
UNKNOWN_TYPE: SessionTransparencyType
NY_AI_SAFETY_DISCLAIMER: SessionTransparencyType
UNSPECIFIED: AISubscriptionRequestType
THINK_HARD: AISubscriptionRequestType
IMAGE_GEN: AISubscriptionRequestType
VIDEO_GEN: AISubscriptionRequestType

class HandshakeMessage(_message.Message):
    __slots__ = ("clientHello", "serverHello", "clientFinish")
    class HandshakePqMode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        HANDSHAKE_PQ_MODE_UNKNOWN: _ClassVar[HandshakeMessage.HandshakePqMode]
        XXKEM: _ClassVar[HandshakeMessage.HandshakePqMode]
        XXKEM_FS: _ClassVar[HandshakeMessage.HandshakePqMode]
        WA_CLASSICAL: _ClassVar[HandshakeMessage.HandshakePqMode]
        WA_PQ: _ClassVar[HandshakeMessage.HandshakePqMode]
        IKKEM: _ClassVar[HandshakeMessage.HandshakePqMode]
        IKKEM_FS: _ClassVar[HandshakeMessage.HandshakePqMode]
        XXKEM_2: _ClassVar[HandshakeMessage.HandshakePqMode]
        IKKEM_2: _ClassVar[HandshakeMessage.HandshakePqMode]
        XXKEM_EPH: _ClassVar[HandshakeMessage.HandshakePqMode]
    HANDSHAKE_PQ_MODE_UNKNOWN: HandshakeMessage.HandshakePqMode
    XXKEM: HandshakeMessage.HandshakePqMode
    XXKEM_FS: HandshakeMessage.HandshakePqMode
    WA_CLASSICAL: HandshakeMessage.HandshakePqMode
    WA_PQ: HandshakeMessage.HandshakePqMode
    IKKEM: HandshakeMessage.HandshakePqMode
    IKKEM_FS: HandshakeMessage.HandshakePqMode
    XXKEM_2: HandshakeMessage.HandshakePqMode
    IKKEM_2: HandshakeMessage.HandshakePqMode
    XXKEM_EPH: HandshakeMessage.HandshakePqMode
    class ClientHello(_message.Message):
        __slots__ = ("ephemeral", "static", "payload", "useExtended", "extendedCiphertext", "paddedBytes", "sendServerHelloPaddedBytes", "simulateXxkemFs", "pqMode", "extendedEphemeral")
        EPHEMERAL_FIELD_NUMBER: _ClassVar[int]
        STATIC_FIELD_NUMBER: _ClassVar[int]
        PAYLOAD_FIELD_NUMBER: _ClassVar[int]
        USEEXTENDED_FIELD_NUMBER: _ClassVar[int]
        EXTENDEDCIPHERTEXT_FIELD_NUMBER: _ClassVar[int]
        PADDEDBYTES_FIELD_NUMBER: _ClassVar[int]
        SENDSERVERHELLOPADDEDBYTES_FIELD_NUMBER: _ClassVar[int]
        SIMULATEXXKEMFS_FIELD_NUMBER: _ClassVar[int]
        PQMODE_FIELD_NUMBER: _ClassVar[int]
        EXTENDEDEPHEMERAL_FIELD_NUMBER: _ClassVar[int]
        ephemeral: bytes
        static: bytes
        payload: bytes
        useExtended: bool
        extendedCiphertext: bytes
        paddedBytes: bytes
        sendServerHelloPaddedBytes: bool
        simulateXxkemFs: bool
        pqMode: HandshakeMessage.HandshakePqMode
        extendedEphemeral: bytes
        def __init__(self, ephemeral: _Optional[bytes] = ..., static: _Optional[bytes] = ..., payload: _Optional[bytes] = ..., useExtended: _Optional[bool] = ..., extendedCiphertext: _Optional[bytes] = ..., paddedBytes: _Optional[bytes] = ..., sendServerHelloPaddedBytes: _Optional[bool] = ..., simulateXxkemFs: _Optional[bool] = ..., pqMode: _Optional[_Union[HandshakeMessage.HandshakePqMode, str]] = ..., extendedEphemeral: _Optional[bytes] = ...) -> None: ...
    class ServerHello(_message.Message):
        __slots__ = ("ephemeral", "static", "payload", "extendedStatic", "paddingBytes", "extendedCiphertext")
        EPHEMERAL_FIELD_NUMBER: _ClassVar[int]
        STATIC_FIELD_NUMBER: _ClassVar[int]
        PAYLOAD_FIELD_NUMBER: _ClassVar[int]
        EXTENDEDSTATIC_FIELD_NUMBER: _ClassVar[int]
        PADDINGBYTES_FIELD_NUMBER: _ClassVar[int]
        EXTENDEDCIPHERTEXT_FIELD_NUMBER: _ClassVar[int]
        ephemeral: bytes
        static: bytes
        payload: bytes
        extendedStatic: bytes
        paddingBytes: bytes
        extendedCiphertext: bytes
        def __init__(self, ephemeral: _Optional[bytes] = ..., static: _Optional[bytes] = ..., payload: _Optional[bytes] = ..., extendedStatic: _Optional[bytes] = ..., paddingBytes: _Optional[bytes] = ..., extendedCiphertext: _Optional[bytes] = ...) -> None: ...
    class ClientFinish(_message.Message):
        __slots__ = ("static", "payload", "extendedCiphertext", "paddedBytes", "simulateXxkemFs")
        STATIC_FIELD_NUMBER: _ClassVar[int]
        PAYLOAD_FIELD_NUMBER: _ClassVar[int]
        EXTENDEDCIPHERTEXT_FIELD_NUMBER: _ClassVar[int]
        PADDEDBYTES_FIELD_NUMBER: _ClassVar[int]
        SIMULATEXXKEMFS_FIELD_NUMBER: _ClassVar[int]
        static: bytes
        payload: bytes
        extendedCiphertext: bytes
        paddedBytes: bytes
        simulateXxkemFs: bool
        def __init__(self, static: _Optional[bytes] = ..., payload: _Optional[bytes] = ..., extendedCiphertext: _Optional[bytes] = ..., paddedBytes: _Optional[bytes] = ..., simulateXxkemFs: _Optional[bool] = ...) -> None: ...
    CLIENTHELLO_FIELD_NUMBER: _ClassVar[int]
    SERVERHELLO_FIELD_NUMBER: _ClassVar[int]
    CLIENTFINISH_FIELD_NUMBER: _ClassVar[int]
    clientHello: HandshakeMessage.ClientHello
    serverHello: HandshakeMessage.ServerHello
    clientFinish: HandshakeMessage.ClientFinish
    def __init__(self, clientHello: _Optional[_Union[HandshakeMessage.ClientHello, _Mapping]] = ..., serverHello: _Optional[_Union[HandshakeMessage.ServerHello, _Mapping]] = ..., clientFinish: _Optional[_Union[HandshakeMessage.ClientFinish, _Mapping]] = ...) -> None: ...

class ClientPayload(_message.Message):
    __slots__ = ("username", "passive", "userAgent", "webInfo", "pushName", "sessionId", "shortConnect", "connectType", "connectReason", "shards", "dnsSource", "connectAttemptCount", "device", "devicePairingData", "product", "fbCat", "fbUserAgent", "oc", "lc", "iosAppExtension", "fbAppId", "fbDeviceId", "pull", "paddingBytes", "yearClass", "memClass", "interopData", "trafficAnonymization", "lidDbMigrated", "accountType", "connectionSequenceInfo", "paaLink", "preacksCount", "processingQueueSize", "pairedPeripherals", "testIsolationId")
    class ConnectType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        CELLULAR_UNKNOWN: _ClassVar[ClientPayload.ConnectType]
        WIFI_UNKNOWN: _ClassVar[ClientPayload.ConnectType]
        CELLULAR_EDGE: _ClassVar[ClientPayload.ConnectType]
        CELLULAR_IDEN: _ClassVar[ClientPayload.ConnectType]
        CELLULAR_UMTS: _ClassVar[ClientPayload.ConnectType]
        CELLULAR_EVDO: _ClassVar[ClientPayload.ConnectType]
        CELLULAR_GPRS: _ClassVar[ClientPayload.ConnectType]
        CELLULAR_HSDPA: _ClassVar[ClientPayload.ConnectType]
        CELLULAR_HSUPA: _ClassVar[ClientPayload.ConnectType]
        CELLULAR_HSPA: _ClassVar[ClientPayload.ConnectType]
        CELLULAR_CDMA: _ClassVar[ClientPayload.ConnectType]
        CELLULAR_1XRTT: _ClassVar[ClientPayload.ConnectType]
        CELLULAR_EHRPD: _ClassVar[ClientPayload.ConnectType]
        CELLULAR_LTE: _ClassVar[ClientPayload.ConnectType]
        CELLULAR_HSPAP: _ClassVar[ClientPayload.ConnectType]
    CELLULAR_UNKNOWN: ClientPayload.ConnectType
    WIFI_UNKNOWN: ClientPayload.ConnectType
    CELLULAR_EDGE: ClientPayload.ConnectType
    CELLULAR_IDEN: ClientPayload.ConnectType
    CELLULAR_UMTS: ClientPayload.ConnectType
    CELLULAR_EVDO: ClientPayload.ConnectType
    CELLULAR_GPRS: ClientPayload.ConnectType
    CELLULAR_HSDPA: ClientPayload.ConnectType
    CELLULAR_HSUPA: ClientPayload.ConnectType
    CELLULAR_HSPA: ClientPayload.ConnectType
    CELLULAR_CDMA: ClientPayload.ConnectType
    CELLULAR_1XRTT: ClientPayload.ConnectType
    CELLULAR_EHRPD: ClientPayload.ConnectType
    CELLULAR_LTE: ClientPayload.ConnectType
    CELLULAR_HSPAP: ClientPayload.ConnectType
    class ConnectReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        PUSH: _ClassVar[ClientPayload.ConnectReason]
        USER_ACTIVATED: _ClassVar[ClientPayload.ConnectReason]
        SCHEDULED: _ClassVar[ClientPayload.ConnectReason]
        ERROR_RECONNECT: _ClassVar[ClientPayload.ConnectReason]
        NETWORK_SWITCH: _ClassVar[ClientPayload.ConnectReason]
        PING_RECONNECT: _ClassVar[ClientPayload.ConnectReason]
        UNKNOWN: _ClassVar[ClientPayload.ConnectReason]
    PUSH: ClientPayload.ConnectReason
    USER_ACTIVATED: ClientPayload.ConnectReason
    SCHEDULED: ClientPayload.ConnectReason
    ERROR_RECONNECT: ClientPayload.ConnectReason
    NETWORK_SWITCH: ClientPayload.ConnectReason
    PING_RECONNECT: ClientPayload.ConnectReason
    UNKNOWN: ClientPayload.ConnectReason
    class Product(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        WHATSAPP: _ClassVar[ClientPayload.Product]
        MESSENGER: _ClassVar[ClientPayload.Product]
        INTEROP: _ClassVar[ClientPayload.Product]
        INTEROP_MSGR: _ClassVar[ClientPayload.Product]
        WHATSAPP_LID: _ClassVar[ClientPayload.Product]
    WHATSAPP: ClientPayload.Product
    MESSENGER: ClientPayload.Product
    INTEROP: ClientPayload.Product
    INTEROP_MSGR: ClientPayload.Product
    WHATSAPP_LID: ClientPayload.Product
    class IOSAppExtension(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SHARE_EXTENSION: _ClassVar[ClientPayload.IOSAppExtension]
        SERVICE_EXTENSION: _ClassVar[ClientPayload.IOSAppExtension]
        INTENTS_EXTENSION: _ClassVar[ClientPayload.IOSAppExtension]
    SHARE_EXTENSION: ClientPayload.IOSAppExtension
    SERVICE_EXTENSION: ClientPayload.IOSAppExtension
    INTENTS_EXTENSION: ClientPayload.IOSAppExtension
    class TrafficAnonymization(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        OFF: _ClassVar[ClientPayload.TrafficAnonymization]
        STANDARD: _ClassVar[ClientPayload.TrafficAnonymization]
    OFF: ClientPayload.TrafficAnonymization
    STANDARD: ClientPayload.TrafficAnonymization
    class AccountType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        DEFAULT: _ClassVar[ClientPayload.AccountType]
        GUEST: _ClassVar[ClientPayload.AccountType]
    DEFAULT: ClientPayload.AccountType
    GUEST: ClientPayload.AccountType
    class UserAgent(_message.Message):
        __slots__ = ("platform", "appVersion", "mcc", "mnc", "osVersion", "manufacturer", "device", "osBuildNumber", "phoneId", "releaseChannel", "localeLanguageIso6391", "localeCountryIso31661Alpha2", "deviceBoard", "deviceExpId", "deviceType", "deviceModelType", "distributionChannel")
        class Platform(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            ANDROID: _ClassVar[ClientPayload.UserAgent.Platform]
            IOS: _ClassVar[ClientPayload.UserAgent.Platform]
            WINDOWS_PHONE: _ClassVar[ClientPayload.UserAgent.Platform]
            BLACKBERRY: _ClassVar[ClientPayload.UserAgent.Platform]
            BLACKBERRYX: _ClassVar[ClientPayload.UserAgent.Platform]
            S40: _ClassVar[ClientPayload.UserAgent.Platform]
            S60: _ClassVar[ClientPayload.UserAgent.Platform]
            PYTHON_CLIENT: _ClassVar[ClientPayload.UserAgent.Platform]
            TIZEN: _ClassVar[ClientPayload.UserAgent.Platform]
            ENTERPRISE: _ClassVar[ClientPayload.UserAgent.Platform]
            SMB_ANDROID: _ClassVar[ClientPayload.UserAgent.Platform]
            KAIOS: _ClassVar[ClientPayload.UserAgent.Platform]
            SMB_IOS: _ClassVar[ClientPayload.UserAgent.Platform]
            WINDOWS: _ClassVar[ClientPayload.UserAgent.Platform]
            WEB: _ClassVar[ClientPayload.UserAgent.Platform]
            PORTAL: _ClassVar[ClientPayload.UserAgent.Platform]
            GREEN_ANDROID: _ClassVar[ClientPayload.UserAgent.Platform]
            GREEN_IPHONE: _ClassVar[ClientPayload.UserAgent.Platform]
            BLUE_ANDROID: _ClassVar[ClientPayload.UserAgent.Platform]
            BLUE_IPHONE: _ClassVar[ClientPayload.UserAgent.Platform]
            FBLITE_ANDROID: _ClassVar[ClientPayload.UserAgent.Platform]
            MLITE_ANDROID: _ClassVar[ClientPayload.UserAgent.Platform]
            IGLITE_ANDROID: _ClassVar[ClientPayload.UserAgent.Platform]
            PAGE: _ClassVar[ClientPayload.UserAgent.Platform]
            MACOS: _ClassVar[ClientPayload.UserAgent.Platform]
            OCULUS_MSG: _ClassVar[ClientPayload.UserAgent.Platform]
            OCULUS_CALL: _ClassVar[ClientPayload.UserAgent.Platform]
            MILAN: _ClassVar[ClientPayload.UserAgent.Platform]
            CAPI: _ClassVar[ClientPayload.UserAgent.Platform]
            WEAROS: _ClassVar[ClientPayload.UserAgent.Platform]
            ARDEVICE: _ClassVar[ClientPayload.UserAgent.Platform]
            VRDEVICE: _ClassVar[ClientPayload.UserAgent.Platform]
            BLUE_WEB: _ClassVar[ClientPayload.UserAgent.Platform]
            IPAD: _ClassVar[ClientPayload.UserAgent.Platform]
            TEST: _ClassVar[ClientPayload.UserAgent.Platform]
            SMART_GLASSES: _ClassVar[ClientPayload.UserAgent.Platform]
            BLUE_VR: _ClassVar[ClientPayload.UserAgent.Platform]
            AR_WRIST: _ClassVar[ClientPayload.UserAgent.Platform]
            WAIL: _ClassVar[ClientPayload.UserAgent.Platform]
        ANDROID: ClientPayload.UserAgent.Platform
        IOS: ClientPayload.UserAgent.Platform
        WINDOWS_PHONE: ClientPayload.UserAgent.Platform
        BLACKBERRY: ClientPayload.UserAgent.Platform
        BLACKBERRYX: ClientPayload.UserAgent.Platform
        S40: ClientPayload.UserAgent.Platform
        S60: ClientPayload.UserAgent.Platform
        PYTHON_CLIENT: ClientPayload.UserAgent.Platform
        TIZEN: ClientPayload.UserAgent.Platform
        ENTERPRISE: ClientPayload.UserAgent.Platform
        SMB_ANDROID: ClientPayload.UserAgent.Platform
        KAIOS: ClientPayload.UserAgent.Platform
        SMB_IOS: ClientPayload.UserAgent.Platform
        WINDOWS: ClientPayload.UserAgent.Platform
        WEB: ClientPayload.UserAgent.Platform
        PORTAL: ClientPayload.UserAgent.Platform
        GREEN_ANDROID: ClientPayload.UserAgent.Platform
        GREEN_IPHONE: ClientPayload.UserAgent.Platform
        BLUE_ANDROID: ClientPayload.UserAgent.Platform
        BLUE_IPHONE: ClientPayload.UserAgent.Platform
        FBLITE_ANDROID: ClientPayload.UserAgent.Platform
        MLITE_ANDROID: ClientPayload.UserAgent.Platform
        IGLITE_ANDROID: ClientPayload.UserAgent.Platform
        PAGE: ClientPayload.UserAgent.Platform
        MACOS: ClientPayload.UserAgent.Platform
        OCULUS_MSG: ClientPayload.UserAgent.Platform
        OCULUS_CALL: ClientPayload.UserAgent.Platform
        MILAN: ClientPayload.UserAgent.Platform
        CAPI: ClientPayload.UserAgent.Platform
        WEAROS: ClientPayload.UserAgent.Platform
        ARDEVICE: ClientPayload.UserAgent.Platform
        VRDEVICE: ClientPayload.UserAgent.Platform
        BLUE_WEB: ClientPayload.UserAgent.Platform
        IPAD: ClientPayload.UserAgent.Platform
        TEST: ClientPayload.UserAgent.Platform
        SMART_GLASSES: ClientPayload.UserAgent.Platform
        BLUE_VR: ClientPayload.UserAgent.Platform
        AR_WRIST: ClientPayload.UserAgent.Platform
        WAIL: ClientPayload.UserAgent.Platform
        class ReleaseChannel(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            RELEASE: _ClassVar[ClientPayload.UserAgent.ReleaseChannel]
            BETA: _ClassVar[ClientPayload.UserAgent.ReleaseChannel]
            ALPHA: _ClassVar[ClientPayload.UserAgent.ReleaseChannel]
            DEBUG: _ClassVar[ClientPayload.UserAgent.ReleaseChannel]
        RELEASE: ClientPayload.UserAgent.ReleaseChannel
        BETA: ClientPayload.UserAgent.ReleaseChannel
        ALPHA: ClientPayload.UserAgent.ReleaseChannel
        DEBUG: ClientPayload.UserAgent.ReleaseChannel
        class DeviceType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            PHONE: _ClassVar[ClientPayload.UserAgent.DeviceType]
            TABLET: _ClassVar[ClientPayload.UserAgent.DeviceType]
            DESKTOP: _ClassVar[ClientPayload.UserAgent.DeviceType]
            WEARABLE: _ClassVar[ClientPayload.UserAgent.DeviceType]
            VR: _ClassVar[ClientPayload.UserAgent.DeviceType]
        PHONE: ClientPayload.UserAgent.DeviceType
        TABLET: ClientPayload.UserAgent.DeviceType
        DESKTOP: ClientPayload.UserAgent.DeviceType
        WEARABLE: ClientPayload.UserAgent.DeviceType
        VR: ClientPayload.UserAgent.DeviceType
        class DistributionChannel(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            APPSTORE: _ClassVar[ClientPayload.UserAgent.DistributionChannel]
            WEBSITE: _ClassVar[ClientPayload.UserAgent.DistributionChannel]
            TESTFLIGHT: _ClassVar[ClientPayload.UserAgent.DistributionChannel]
            INTERNAL: _ClassVar[ClientPayload.UserAgent.DistributionChannel]
        APPSTORE: ClientPayload.UserAgent.DistributionChannel
        WEBSITE: ClientPayload.UserAgent.DistributionChannel
        TESTFLIGHT: ClientPayload.UserAgent.DistributionChannel
        INTERNAL: ClientPayload.UserAgent.DistributionChannel
        class AppVersion(_message.Message):
            __slots__ = ("primary", "secondary", "tertiary", "quaternary", "quinary")
            PRIMARY_FIELD_NUMBER: _ClassVar[int]
            SECONDARY_FIELD_NUMBER: _ClassVar[int]
            TERTIARY_FIELD_NUMBER: _ClassVar[int]
            QUATERNARY_FIELD_NUMBER: _ClassVar[int]
            QUINARY_FIELD_NUMBER: _ClassVar[int]
            primary: int
            secondary: int
            tertiary: int
            quaternary: int
            quinary: int
            def __init__(self, primary: _Optional[int] = ..., secondary: _Optional[int] = ..., tertiary: _Optional[int] = ..., quaternary: _Optional[int] = ..., quinary: _Optional[int] = ...) -> None: ...
        PLATFORM_FIELD_NUMBER: _ClassVar[int]
        APPVERSION_FIELD_NUMBER: _ClassVar[int]
        MCC_FIELD_NUMBER: _ClassVar[int]
        MNC_FIELD_NUMBER: _ClassVar[int]
        OSVERSION_FIELD_NUMBER: _ClassVar[int]
        MANUFACTURER_FIELD_NUMBER: _ClassVar[int]
        DEVICE_FIELD_NUMBER: _ClassVar[int]
        OSBUILDNUMBER_FIELD_NUMBER: _ClassVar[int]
        PHONEID_FIELD_NUMBER: _ClassVar[int]
        RELEASECHANNEL_FIELD_NUMBER: _ClassVar[int]
        LOCALELANGUAGEISO6391_FIELD_NUMBER: _ClassVar[int]
        LOCALECOUNTRYISO31661ALPHA2_FIELD_NUMBER: _ClassVar[int]
        DEVICEBOARD_FIELD_NUMBER: _ClassVar[int]
        DEVICEEXPID_FIELD_NUMBER: _ClassVar[int]
        DEVICETYPE_FIELD_NUMBER: _ClassVar[int]
        DEVICEMODELTYPE_FIELD_NUMBER: _ClassVar[int]
        DISTRIBUTIONCHANNEL_FIELD_NUMBER: _ClassVar[int]
        platform: ClientPayload.UserAgent.Platform
        appVersion: ClientPayload.UserAgent.AppVersion
        mcc: str
        mnc: str
        osVersion: str
        manufacturer: str
        device: str
        osBuildNumber: str
        phoneId: str
        releaseChannel: ClientPayload.UserAgent.ReleaseChannel
        localeLanguageIso6391: str
        localeCountryIso31661Alpha2: str
        deviceBoard: str
        deviceExpId: str
        deviceType: ClientPayload.UserAgent.DeviceType
        deviceModelType: str
        distributionChannel: ClientPayload.UserAgent.DistributionChannel
        def __init__(self, platform: _Optional[_Union[ClientPayload.UserAgent.Platform, str]] = ..., appVersion: _Optional[_Union[ClientPayload.UserAgent.AppVersion, _Mapping]] = ..., mcc: _Optional[str] = ..., mnc: _Optional[str] = ..., osVersion: _Optional[str] = ..., manufacturer: _Optional[str] = ..., device: _Optional[str] = ..., osBuildNumber: _Optional[str] = ..., phoneId: _Optional[str] = ..., releaseChannel: _Optional[_Union[ClientPayload.UserAgent.ReleaseChannel, str]] = ..., localeLanguageIso6391: _Optional[str] = ..., localeCountryIso31661Alpha2: _Optional[str] = ..., deviceBoard: _Optional[str] = ..., deviceExpId: _Optional[str] = ..., deviceType: _Optional[_Union[ClientPayload.UserAgent.DeviceType, str]] = ..., deviceModelType: _Optional[str] = ..., distributionChannel: _Optional[_Union[ClientPayload.UserAgent.DistributionChannel, str]] = ...) -> None: ...
    class WebInfo(_message.Message):
        __slots__ = ("refToken", "version", "webdPayload", "webSubPlatform", "browser", "browserVersion")
        class WebSubPlatform(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            WEB_BROWSER: _ClassVar[ClientPayload.WebInfo.WebSubPlatform]
            APP_STORE: _ClassVar[ClientPayload.WebInfo.WebSubPlatform]
            WIN_STORE: _ClassVar[ClientPayload.WebInfo.WebSubPlatform]
            DARWIN: _ClassVar[ClientPayload.WebInfo.WebSubPlatform]
            WIN32: _ClassVar[ClientPayload.WebInfo.WebSubPlatform]
            WIN_HYBRID: _ClassVar[ClientPayload.WebInfo.WebSubPlatform]
        WEB_BROWSER: ClientPayload.WebInfo.WebSubPlatform
        APP_STORE: ClientPayload.WebInfo.WebSubPlatform
        WIN_STORE: ClientPayload.WebInfo.WebSubPlatform
        DARWIN: ClientPayload.WebInfo.WebSubPlatform
        WIN32: ClientPayload.WebInfo.WebSubPlatform
        WIN_HYBRID: ClientPayload.WebInfo.WebSubPlatform
        class WebdPayload(_message.Message):
            __slots__ = ("usesParticipantInKey", "supportsStarredMessages", "supportsDocumentMessages", "supportsUrlMessages", "supportsMediaRetry", "supportsE2EImage", "supportsE2EVideo", "supportsE2EAudio", "supportsE2EDocument", "documentTypes", "features")
            USESPARTICIPANTINKEY_FIELD_NUMBER: _ClassVar[int]
            SUPPORTSSTARREDMESSAGES_FIELD_NUMBER: _ClassVar[int]
            SUPPORTSDOCUMENTMESSAGES_FIELD_NUMBER: _ClassVar[int]
            SUPPORTSURLMESSAGES_FIELD_NUMBER: _ClassVar[int]
            SUPPORTSMEDIARETRY_FIELD_NUMBER: _ClassVar[int]
            SUPPORTSE2EIMAGE_FIELD_NUMBER: _ClassVar[int]
            SUPPORTSE2EVIDEO_FIELD_NUMBER: _ClassVar[int]
            SUPPORTSE2EAUDIO_FIELD_NUMBER: _ClassVar[int]
            SUPPORTSE2EDOCUMENT_FIELD_NUMBER: _ClassVar[int]
            DOCUMENTTYPES_FIELD_NUMBER: _ClassVar[int]
            FEATURES_FIELD_NUMBER: _ClassVar[int]
            usesParticipantInKey: bool
            supportsStarredMessages: bool
            supportsDocumentMessages: bool
            supportsUrlMessages: bool
            supportsMediaRetry: bool
            supportsE2EImage: bool
            supportsE2EVideo: bool
            supportsE2EAudio: bool
            supportsE2EDocument: bool
            documentTypes: str
            features: bytes
            def __init__(self, usesParticipantInKey: _Optional[bool] = ..., supportsStarredMessages: _Optional[bool] = ..., supportsDocumentMessages: _Optional[bool] = ..., supportsUrlMessages: _Optional[bool] = ..., supportsMediaRetry: _Optional[bool] = ..., supportsE2EImage: _Optional[bool] = ..., supportsE2EVideo: _Optional[bool] = ..., supportsE2EAudio: _Optional[bool] = ..., supportsE2EDocument: _Optional[bool] = ..., documentTypes: _Optional[str] = ..., features: _Optional[bytes] = ...) -> None: ...
        REFTOKEN_FIELD_NUMBER: _ClassVar[int]
        VERSION_FIELD_NUMBER: _ClassVar[int]
        WEBDPAYLOAD_FIELD_NUMBER: _ClassVar[int]
        WEBSUBPLATFORM_FIELD_NUMBER: _ClassVar[int]
        BROWSER_FIELD_NUMBER: _ClassVar[int]
        BROWSERVERSION_FIELD_NUMBER: _ClassVar[int]
        refToken: str
        version: str
        webdPayload: ClientPayload.WebInfo.WebdPayload
        webSubPlatform: ClientPayload.WebInfo.WebSubPlatform
        browser: str
        browserVersion: str
        def __init__(self, refToken: _Optional[str] = ..., version: _Optional[str] = ..., webdPayload: _Optional[_Union[ClientPayload.WebInfo.WebdPayload, _Mapping]] = ..., webSubPlatform: _Optional[_Union[ClientPayload.WebInfo.WebSubPlatform, str]] = ..., browser: _Optional[str] = ..., browserVersion: _Optional[str] = ...) -> None: ...
    class DevicePairingRegistrationData(_message.Message):
        __slots__ = ("eRegid", "eKeytype", "eIdent", "eSkeyId", "eSkeyVal", "eSkeySig", "buildHash", "deviceProps")
        EREGID_FIELD_NUMBER: _ClassVar[int]
        EKEYTYPE_FIELD_NUMBER: _ClassVar[int]
        EIDENT_FIELD_NUMBER: _ClassVar[int]
        ESKEYID_FIELD_NUMBER: _ClassVar[int]
        ESKEYVAL_FIELD_NUMBER: _ClassVar[int]
        ESKEYSIG_FIELD_NUMBER: _ClassVar[int]
        BUILDHASH_FIELD_NUMBER: _ClassVar[int]
        DEVICEPROPS_FIELD_NUMBER: _ClassVar[int]
        eRegid: bytes
        eKeytype: bytes
        eIdent: bytes
        eSkeyId: bytes
        eSkeyVal: bytes
        eSkeySig: bytes
        buildHash: bytes
        deviceProps: bytes
        def __init__(self, eRegid: _Optional[bytes] = ..., eKeytype: _Optional[bytes] = ..., eIdent: _Optional[bytes] = ..., eSkeyId: _Optional[bytes] = ..., eSkeyVal: _Optional[bytes] = ..., eSkeySig: _Optional[bytes] = ..., buildHash: _Optional[bytes] = ..., deviceProps: _Optional[bytes] = ...) -> None: ...
    class DNSSource(_message.Message):
        __slots__ = ("dnsMethod", "appCached")
        class DNSResolutionMethod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            SYSTEM: _ClassVar[ClientPayload.DNSSource.DNSResolutionMethod]
            GOOGLE: _ClassVar[ClientPayload.DNSSource.DNSResolutionMethod]
            HARDCODED: _ClassVar[ClientPayload.DNSSource.DNSResolutionMethod]
            OVERRIDE: _ClassVar[ClientPayload.DNSSource.DNSResolutionMethod]
            FALLBACK: _ClassVar[ClientPayload.DNSSource.DNSResolutionMethod]
            MNS: _ClassVar[ClientPayload.DNSSource.DNSResolutionMethod]
            MNS_SECONDARY: _ClassVar[ClientPayload.DNSSource.DNSResolutionMethod]
            SOCKS_PROXY: _ClassVar[ClientPayload.DNSSource.DNSResolutionMethod]
        SYSTEM: ClientPayload.DNSSource.DNSResolutionMethod
        GOOGLE: ClientPayload.DNSSource.DNSResolutionMethod
        HARDCODED: ClientPayload.DNSSource.DNSResolutionMethod
        OVERRIDE: ClientPayload.DNSSource.DNSResolutionMethod
        FALLBACK: ClientPayload.DNSSource.DNSResolutionMethod
        MNS: ClientPayload.DNSSource.DNSResolutionMethod
        MNS_SECONDARY: ClientPayload.DNSSource.DNSResolutionMethod
        SOCKS_PROXY: ClientPayload.DNSSource.DNSResolutionMethod
        DNSMETHOD_FIELD_NUMBER: _ClassVar[int]
        APPCACHED_FIELD_NUMBER: _ClassVar[int]
        dnsMethod: ClientPayload.DNSSource.DNSResolutionMethod
        appCached: bool
        def __init__(self, dnsMethod: _Optional[_Union[ClientPayload.DNSSource.DNSResolutionMethod, str]] = ..., appCached: _Optional[bool] = ...) -> None: ...
    class InteropData(_message.Message):
        __slots__ = ("accountId", "token", "enableReadReceipts")
        ACCOUNTID_FIELD_NUMBER: _ClassVar[int]
        TOKEN_FIELD_NUMBER: _ClassVar[int]
        ENABLEREADRECEIPTS_FIELD_NUMBER: _ClassVar[int]
        accountId: int
        token: bytes
        enableReadReceipts: bool
        def __init__(self, accountId: _Optional[int] = ..., token: _Optional[bytes] = ..., enableReadReceipts: _Optional[bool] = ...) -> None: ...
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    PASSIVE_FIELD_NUMBER: _ClassVar[int]
    USERAGENT_FIELD_NUMBER: _ClassVar[int]
    WEBINFO_FIELD_NUMBER: _ClassVar[int]
    PUSHNAME_FIELD_NUMBER: _ClassVar[int]
    SESSIONID_FIELD_NUMBER: _ClassVar[int]
    SHORTCONNECT_FIELD_NUMBER: _ClassVar[int]
    CONNECTTYPE_FIELD_NUMBER: _ClassVar[int]
    CONNECTREASON_FIELD_NUMBER: _ClassVar[int]
    SHARDS_FIELD_NUMBER: _ClassVar[int]
    DNSSOURCE_FIELD_NUMBER: _ClassVar[int]
    CONNECTATTEMPTCOUNT_FIELD_NUMBER: _ClassVar[int]
    DEVICE_FIELD_NUMBER: _ClassVar[int]
    DEVICEPAIRINGDATA_FIELD_NUMBER: _ClassVar[int]
    PRODUCT_FIELD_NUMBER: _ClassVar[int]
    FBCAT_FIELD_NUMBER: _ClassVar[int]
    FBUSERAGENT_FIELD_NUMBER: _ClassVar[int]
    OC_FIELD_NUMBER: _ClassVar[int]
    LC_FIELD_NUMBER: _ClassVar[int]
    IOSAPPEXTENSION_FIELD_NUMBER: _ClassVar[int]
    FBAPPID_FIELD_NUMBER: _ClassVar[int]
    FBDEVICEID_FIELD_NUMBER: _ClassVar[int]
    PULL_FIELD_NUMBER: _ClassVar[int]
    PADDINGBYTES_FIELD_NUMBER: _ClassVar[int]
    YEARCLASS_FIELD_NUMBER: _ClassVar[int]
    MEMCLASS_FIELD_NUMBER: _ClassVar[int]
    INTEROPDATA_FIELD_NUMBER: _ClassVar[int]
    TRAFFICANONYMIZATION_FIELD_NUMBER: _ClassVar[int]
    LIDDBMIGRATED_FIELD_NUMBER: _ClassVar[int]
    ACCOUNTTYPE_FIELD_NUMBER: _ClassVar[int]
    CONNECTIONSEQUENCEINFO_FIELD_NUMBER: _ClassVar[int]
    PAALINK_FIELD_NUMBER: _ClassVar[int]
    PREACKSCOUNT_FIELD_NUMBER: _ClassVar[int]
    PROCESSINGQUEUESIZE_FIELD_NUMBER: _ClassVar[int]
    PAIREDPERIPHERALS_FIELD_NUMBER: _ClassVar[int]
    TESTISOLATIONID_FIELD_NUMBER: _ClassVar[int]
    username: int
    passive: bool
    userAgent: ClientPayload.UserAgent
    webInfo: ClientPayload.WebInfo
    pushName: str
    sessionId: int
    shortConnect: bool
    connectType: ClientPayload.ConnectType
    connectReason: ClientPayload.ConnectReason
    shards: _containers.RepeatedScalarFieldContainer[int]
    dnsSource: ClientPayload.DNSSource
    connectAttemptCount: int
    device: int
    devicePairingData: ClientPayload.DevicePairingRegistrationData
    product: ClientPayload.Product
    fbCat: bytes
    fbUserAgent: bytes
    oc: bool
    lc: int
    iosAppExtension: ClientPayload.IOSAppExtension
    fbAppId: int
    fbDeviceId: bytes
    pull: bool
    paddingBytes: bytes
    yearClass: int
    memClass: int
    interopData: ClientPayload.InteropData
    trafficAnonymization: ClientPayload.TrafficAnonymization
    lidDbMigrated: bool
    accountType: ClientPayload.AccountType
    connectionSequenceInfo: int
    paaLink: bool
    preacksCount: int
    processingQueueSize: int
    pairedPeripherals: _containers.RepeatedScalarFieldContainer[str]
    testIsolationId: bytes
    def __init__(self, username: _Optional[int] = ..., passive: _Optional[bool] = ..., userAgent: _Optional[_Union[ClientPayload.UserAgent, _Mapping]] = ..., webInfo: _Optional[_Union[ClientPayload.WebInfo, _Mapping]] = ..., pushName: _Optional[str] = ..., sessionId: _Optional[int] = ..., shortConnect: _Optional[bool] = ..., connectType: _Optional[_Union[ClientPayload.ConnectType, str]] = ..., connectReason: _Optional[_Union[ClientPayload.ConnectReason, str]] = ..., shards: _Optional[_Iterable[int]] = ..., dnsSource: _Optional[_Union[ClientPayload.DNSSource, _Mapping]] = ..., connectAttemptCount: _Optional[int] = ..., device: _Optional[int] = ..., devicePairingData: _Optional[_Union[ClientPayload.DevicePairingRegistrationData, _Mapping]] = ..., product: _Optional[_Union[ClientPayload.Product, str]] = ..., fbCat: _Optional[bytes] = ..., fbUserAgent: _Optional[bytes] = ..., oc: _Optional[bool] = ..., lc: _Optional[int] = ..., iosAppExtension: _Optional[_Union[ClientPayload.IOSAppExtension, str]] = ..., fbAppId: _Optional[int] = ..., fbDeviceId: _Optional[bytes] = ..., pull: _Optional[bool] = ..., paddingBytes: _Optional[bytes] = ..., yearClass: _Optional[int] = ..., memClass: _Optional[int] = ..., interopData: _Optional[_Union[ClientPayload.InteropData, _Mapping]] = ..., trafficAnonymization: _Optional[_Union[ClientPayload.TrafficAnonymization, str]] = ..., lidDbMigrated: _Optional[bool] = ..., accountType: _Optional[_Union[ClientPayload.AccountType, str]] = ..., connectionSequenceInfo: _Optional[int] = ..., paaLink: _Optional[bool] = ..., preacksCount: _Optional[int] = ..., processingQueueSize: _Optional[int] = ..., pairedPeripherals: _Optional[_Iterable[str]] = ..., testIsolationId: _Optional[bytes] = ...) -> None: ...

class CertChain(_message.Message):
    __slots__ = ("leaf", "intermediate")
    class NoiseCertificate(_message.Message):
        __slots__ = ("details", "signature")
        class Details(_message.Message):
            __slots__ = ("serial", "issuerSerial", "key", "notBefore", "notAfter")
            SERIAL_FIELD_NUMBER: _ClassVar[int]
            ISSUERSERIAL_FIELD_NUMBER: _ClassVar[int]
            KEY_FIELD_NUMBER: _ClassVar[int]
            NOTBEFORE_FIELD_NUMBER: _ClassVar[int]
            NOTAFTER_FIELD_NUMBER: _ClassVar[int]
            serial: int
            issuerSerial: int
            key: bytes
            notBefore: int
            notAfter: int
            def __init__(self, serial: _Optional[int] = ..., issuerSerial: _Optional[int] = ..., key: _Optional[bytes] = ..., notBefore: _Optional[int] = ..., notAfter: _Optional[int] = ...) -> None: ...
        DETAILS_FIELD_NUMBER: _ClassVar[int]
        SIGNATURE_FIELD_NUMBER: _ClassVar[int]
        details: bytes
        signature: bytes
        def __init__(self, details: _Optional[bytes] = ..., signature: _Optional[bytes] = ...) -> None: ...
    LEAF_FIELD_NUMBER: _ClassVar[int]
    INTERMEDIATE_FIELD_NUMBER: _ClassVar[int]
    leaf: CertChain.NoiseCertificate
    intermediate: CertChain.NoiseCertificate
    def __init__(self, leaf: _Optional[_Union[CertChain.NoiseCertificate, _Mapping]] = ..., intermediate: _Optional[_Union[CertChain.NoiseCertificate, _Mapping]] = ...) -> None: ...

class NoiseCertificate(_message.Message):
    __slots__ = ("details", "signature")
    class Details(_message.Message):
        __slots__ = ("serial", "issuer", "expires", "subject", "key")
        SERIAL_FIELD_NUMBER: _ClassVar[int]
        ISSUER_FIELD_NUMBER: _ClassVar[int]
        EXPIRES_FIELD_NUMBER: _ClassVar[int]
        SUBJECT_FIELD_NUMBER: _ClassVar[int]
        KEY_FIELD_NUMBER: _ClassVar[int]
        serial: int
        issuer: str
        expires: int
        subject: str
        key: bytes
        def __init__(self, serial: _Optional[int] = ..., issuer: _Optional[str] = ..., expires: _Optional[int] = ..., subject: _Optional[str] = ..., key: _Optional[bytes] = ...) -> None: ...
    DETAILS_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    details: bytes
    signature: bytes
    def __init__(self, details: _Optional[bytes] = ..., signature: _Optional[bytes] = ...) -> None: ...

class DeviceProps(_message.Message):
    __slots__ = ("os", "version", "platformType", "requireFullSync", "historySyncConfig")
    class PlatformType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        UNKNOWN: _ClassVar[DeviceProps.PlatformType]
        CHROME: _ClassVar[DeviceProps.PlatformType]
        FIREFOX: _ClassVar[DeviceProps.PlatformType]
        IE: _ClassVar[DeviceProps.PlatformType]
        OPERA: _ClassVar[DeviceProps.PlatformType]
        SAFARI: _ClassVar[DeviceProps.PlatformType]
        EDGE: _ClassVar[DeviceProps.PlatformType]
        DESKTOP: _ClassVar[DeviceProps.PlatformType]
        IPAD: _ClassVar[DeviceProps.PlatformType]
        ANDROID_TABLET: _ClassVar[DeviceProps.PlatformType]
        OHANA: _ClassVar[DeviceProps.PlatformType]
        ALOHA: _ClassVar[DeviceProps.PlatformType]
        CATALINA: _ClassVar[DeviceProps.PlatformType]
        TCL_TV: _ClassVar[DeviceProps.PlatformType]
        IOS_PHONE: _ClassVar[DeviceProps.PlatformType]
        IOS_CATALYST: _ClassVar[DeviceProps.PlatformType]
        ANDROID_PHONE: _ClassVar[DeviceProps.PlatformType]
        ANDROID_AMBIGUOUS: _ClassVar[DeviceProps.PlatformType]
        WEAR_OS: _ClassVar[DeviceProps.PlatformType]
        AR_WRIST: _ClassVar[DeviceProps.PlatformType]
        AR_DEVICE: _ClassVar[DeviceProps.PlatformType]
        UWP: _ClassVar[DeviceProps.PlatformType]
        VR: _ClassVar[DeviceProps.PlatformType]
        CLOUD_API: _ClassVar[DeviceProps.PlatformType]
        SMARTGLASSES: _ClassVar[DeviceProps.PlatformType]
        WAIL: _ClassVar[DeviceProps.PlatformType]
    UNKNOWN: DeviceProps.PlatformType
    CHROME: DeviceProps.PlatformType
    FIREFOX: DeviceProps.PlatformType
    IE: DeviceProps.PlatformType
    OPERA: DeviceProps.PlatformType
    SAFARI: DeviceProps.PlatformType
    EDGE: DeviceProps.PlatformType
    DESKTOP: DeviceProps.PlatformType
    IPAD: DeviceProps.PlatformType
    ANDROID_TABLET: DeviceProps.PlatformType
    OHANA: DeviceProps.PlatformType
    ALOHA: DeviceProps.PlatformType
    CATALINA: DeviceProps.PlatformType
    TCL_TV: DeviceProps.PlatformType
    IOS_PHONE: DeviceProps.PlatformType
    IOS_CATALYST: DeviceProps.PlatformType
    ANDROID_PHONE: DeviceProps.PlatformType
    ANDROID_AMBIGUOUS: DeviceProps.PlatformType
    WEAR_OS: DeviceProps.PlatformType
    AR_WRIST: DeviceProps.PlatformType
    AR_DEVICE: DeviceProps.PlatformType
    UWP: DeviceProps.PlatformType
    VR: DeviceProps.PlatformType
    CLOUD_API: DeviceProps.PlatformType
    SMARTGLASSES: DeviceProps.PlatformType
    WAIL: DeviceProps.PlatformType
    class AppVersion(_message.Message):
        __slots__ = ("primary", "secondary", "tertiary", "quaternary", "quinary")
        PRIMARY_FIELD_NUMBER: _ClassVar[int]
        SECONDARY_FIELD_NUMBER: _ClassVar[int]
        TERTIARY_FIELD_NUMBER: _ClassVar[int]
        QUATERNARY_FIELD_NUMBER: _ClassVar[int]
        QUINARY_FIELD_NUMBER: _ClassVar[int]
        primary: int
        secondary: int
        tertiary: int
        quaternary: int
        quinary: int
        def __init__(self, primary: _Optional[int] = ..., secondary: _Optional[int] = ..., tertiary: _Optional[int] = ..., quaternary: _Optional[int] = ..., quinary: _Optional[int] = ...) -> None: ...
    class HistorySyncConfig(_message.Message):
        __slots__ = ("fullSyncDaysLimit", "fullSyncSizeMbLimit", "storageQuotaMb", "inlineInitialPayloadInE2EeMsg", "recentSyncDaysLimit", "supportCallLogHistory", "supportBotUserAgentChatHistory", "supportCagReactionsAndPolls", "supportBizHostedMsg", "supportRecentSyncChunkMessageCountTuning", "supportHostedGroupMsg", "supportFbidBotChatHistory", "supportAddOnHistorySyncMigration", "supportMessageAssociation", "supportGroupHistory", "onDemandReady", "supportGuestChat", "completeOnDemandReady", "thumbnailSyncDaysLimit", "initialSyncMaxMessagesPerChat", "supportManusHistory", "supportHatchHistory", "supportedBotChannelFbids", "supportInlineContacts", "supportNewsletter")
        FULLSYNCDAYSLIMIT_FIELD_NUMBER: _ClassVar[int]
        FULLSYNCSIZEMBLIMIT_FIELD_NUMBER: _ClassVar[int]
        STORAGEQUOTAMB_FIELD_NUMBER: _ClassVar[int]
        INLINEINITIALPAYLOADINE2EEMSG_FIELD_NUMBER: _ClassVar[int]
        RECENTSYNCDAYSLIMIT_FIELD_NUMBER: _ClassVar[int]
        SUPPORTCALLLOGHISTORY_FIELD_NUMBER: _ClassVar[int]
        SUPPORTBOTUSERAGENTCHATHISTORY_FIELD_NUMBER: _ClassVar[int]
        SUPPORTCAGREACTIONSANDPOLLS_FIELD_NUMBER: _ClassVar[int]
        SUPPORTBIZHOSTEDMSG_FIELD_NUMBER: _ClassVar[int]
        SUPPORTRECENTSYNCCHUNKMESSAGECOUNTTUNING_FIELD_NUMBER: _ClassVar[int]
        SUPPORTHOSTEDGROUPMSG_FIELD_NUMBER: _ClassVar[int]
        SUPPORTFBIDBOTCHATHISTORY_FIELD_NUMBER: _ClassVar[int]
        SUPPORTADDONHISTORYSYNCMIGRATION_FIELD_NUMBER: _ClassVar[int]
        SUPPORTMESSAGEASSOCIATION_FIELD_NUMBER: _ClassVar[int]
        SUPPORTGROUPHISTORY_FIELD_NUMBER: _ClassVar[int]
        ONDEMANDREADY_FIELD_NUMBER: _ClassVar[int]
        SUPPORTGUESTCHAT_FIELD_NUMBER: _ClassVar[int]
        COMPLETEONDEMANDREADY_FIELD_NUMBER: _ClassVar[int]
        THUMBNAILSYNCDAYSLIMIT_FIELD_NUMBER: _ClassVar[int]
        INITIALSYNCMAXMESSAGESPERCHAT_FIELD_NUMBER: _ClassVar[int]
        SUPPORTMANUSHISTORY_FIELD_NUMBER: _ClassVar[int]
        SUPPORTHATCHHISTORY_FIELD_NUMBER: _ClassVar[int]
        SUPPORTEDBOTCHANNELFBIDS_FIELD_NUMBER: _ClassVar[int]
        SUPPORTINLINECONTACTS_FIELD_NUMBER: _ClassVar[int]
        SUPPORTNEWSLETTER_FIELD_NUMBER: _ClassVar[int]
        fullSyncDaysLimit: int
        fullSyncSizeMbLimit: int
        storageQuotaMb: int
        inlineInitialPayloadInE2EeMsg: bool
        recentSyncDaysLimit: int
        supportCallLogHistory: bool
        supportBotUserAgentChatHistory: bool
        supportCagReactionsAndPolls: bool
        supportBizHostedMsg: bool
        supportRecentSyncChunkMessageCountTuning: bool
        supportHostedGroupMsg: bool
        supportFbidBotChatHistory: bool
        supportAddOnHistorySyncMigration: bool
        supportMessageAssociation: bool
        supportGroupHistory: bool
        onDemandReady: bool
        supportGuestChat: bool
        completeOnDemandReady: bool
        thumbnailSyncDaysLimit: int
        initialSyncMaxMessagesPerChat: int
        supportManusHistory: bool
        supportHatchHistory: bool
        supportedBotChannelFbids: _containers.RepeatedScalarFieldContainer[str]
        supportInlineContacts: bool
        supportNewsletter: bool
        def __init__(self, fullSyncDaysLimit: _Optional[int] = ..., fullSyncSizeMbLimit: _Optional[int] = ..., storageQuotaMb: _Optional[int] = ..., inlineInitialPayloadInE2EeMsg: _Optional[bool] = ..., recentSyncDaysLimit: _Optional[int] = ..., supportCallLogHistory: _Optional[bool] = ..., supportBotUserAgentChatHistory: _Optional[bool] = ..., supportCagReactionsAndPolls: _Optional[bool] = ..., supportBizHostedMsg: _Optional[bool] = ..., supportRecentSyncChunkMessageCountTuning: _Optional[bool] = ..., supportHostedGroupMsg: _Optional[bool] = ..., supportFbidBotChatHistory: _Optional[bool] = ..., supportAddOnHistorySyncMigration: _Optional[bool] = ..., supportMessageAssociation: _Optional[bool] = ..., supportGroupHistory: _Optional[bool] = ..., onDemandReady: _Optional[bool] = ..., supportGuestChat: _Optional[bool] = ..., completeOnDemandReady: _Optional[bool] = ..., thumbnailSyncDaysLimit: _Optional[int] = ..., initialSyncMaxMessagesPerChat: _Optional[int] = ..., supportManusHistory: _Optional[bool] = ..., supportHatchHistory: _Optional[bool] = ..., supportedBotChannelFbids: _Optional[_Iterable[str]] = ..., supportInlineContacts: _Optional[bool] = ..., supportNewsletter: _Optional[bool] = ...) -> None: ...
    OS_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    PLATFORMTYPE_FIELD_NUMBER: _ClassVar[int]
    REQUIREFULLSYNC_FIELD_NUMBER: _ClassVar[int]
    HISTORYSYNCCONFIG_FIELD_NUMBER: _ClassVar[int]
    os: str
    version: DeviceProps.AppVersion
    platformType: DeviceProps.PlatformType
    requireFullSync: bool
    historySyncConfig: DeviceProps.HistorySyncConfig
    def __init__(self, os: _Optional[str] = ..., version: _Optional[_Union[DeviceProps.AppVersion, _Mapping]] = ..., platformType: _Optional[_Union[DeviceProps.PlatformType, str]] = ..., requireFullSync: _Optional[bool] = ..., historySyncConfig: _Optional[_Union[DeviceProps.HistorySyncConfig, _Mapping]] = ...) -> None: ...

class ClientPairingProps(_message.Message):
    __slots__ = ("isChatDbLidMigrated", "isSyncdPureLidSession", "isSyncdSnapshotRecoveryEnabled", "isHsThumbnailSyncEnabled", "subscriptionSyncPayload")
    ISCHATDBLIDMIGRATED_FIELD_NUMBER: _ClassVar[int]
    ISSYNCDPURELIDSESSION_FIELD_NUMBER: _ClassVar[int]
    ISSYNCDSNAPSHOTRECOVERYENABLED_FIELD_NUMBER: _ClassVar[int]
    ISHSTHUMBNAILSYNCENABLED_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTIONSYNCPAYLOAD_FIELD_NUMBER: _ClassVar[int]
    isChatDbLidMigrated: bool
    isSyncdPureLidSession: bool
    isSyncdSnapshotRecoveryEnabled: bool
    isHsThumbnailSyncEnabled: bool
    subscriptionSyncPayload: bytes
    def __init__(self, isChatDbLidMigrated: _Optional[bool] = ..., isSyncdPureLidSession: _Optional[bool] = ..., isSyncdSnapshotRecoveryEnabled: _Optional[bool] = ..., isHsThumbnailSyncEnabled: _Optional[bool] = ..., subscriptionSyncPayload: _Optional[bytes] = ...) -> None: ...

class ADVSignedDeviceIdentityHMAC(_message.Message):
    __slots__ = ("details", "hmac", "accountType")
    DETAILS_FIELD_NUMBER: _ClassVar[int]
    HMAC_FIELD_NUMBER: _ClassVar[int]
    ACCOUNTTYPE_FIELD_NUMBER: _ClassVar[int]
    details: bytes
    hmac: bytes
    accountType: ADVEncryptionType
    def __init__(self, details: _Optional[bytes] = ..., hmac: _Optional[bytes] = ..., accountType: _Optional[_Union[ADVEncryptionType, str]] = ...) -> None: ...

class ADVSignedDeviceIdentity(_message.Message):
    __slots__ = ("details", "accountSignatureKey", "accountSignature", "deviceSignature")
    DETAILS_FIELD_NUMBER: _ClassVar[int]
    ACCOUNTSIGNATUREKEY_FIELD_NUMBER: _ClassVar[int]
    ACCOUNTSIGNATURE_FIELD_NUMBER: _ClassVar[int]
    DEVICESIGNATURE_FIELD_NUMBER: _ClassVar[int]
    details: bytes
    accountSignatureKey: bytes
    accountSignature: bytes
    deviceSignature: bytes
    def __init__(self, details: _Optional[bytes] = ..., accountSignatureKey: _Optional[bytes] = ..., accountSignature: _Optional[bytes] = ..., deviceSignature: _Optional[bytes] = ...) -> None: ...

class ADVDeviceIdentity(_message.Message):
    __slots__ = ("rawId", "timestamp", "keyIndex", "accountType", "deviceType")
    RAWID_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    KEYINDEX_FIELD_NUMBER: _ClassVar[int]
    ACCOUNTTYPE_FIELD_NUMBER: _ClassVar[int]
    DEVICETYPE_FIELD_NUMBER: _ClassVar[int]
    rawId: int
    timestamp: int
    keyIndex: int
    accountType: ADVEncryptionType
    deviceType: ADVEncryptionType
    def __init__(self, rawId: _Optional[int] = ..., timestamp: _Optional[int] = ..., keyIndex: _Optional[int] = ..., accountType: _Optional[_Union[ADVEncryptionType, str]] = ..., deviceType: _Optional[_Union[ADVEncryptionType, str]] = ...) -> None: ...

class ADVSignedKeyIndexList(_message.Message):
    __slots__ = ("details", "accountSignature", "accountSignatureKey")
    DETAILS_FIELD_NUMBER: _ClassVar[int]
    ACCOUNTSIGNATURE_FIELD_NUMBER: _ClassVar[int]
    ACCOUNTSIGNATUREKEY_FIELD_NUMBER: _ClassVar[int]
    details: bytes
    accountSignature: bytes
    accountSignatureKey: bytes
    def __init__(self, details: _Optional[bytes] = ..., accountSignature: _Optional[bytes] = ..., accountSignatureKey: _Optional[bytes] = ...) -> None: ...

class ADVKeyIndexList(_message.Message):
    __slots__ = ("rawId", "timestamp", "currentIndex", "validIndexes", "accountType")
    RAWID_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    CURRENTINDEX_FIELD_NUMBER: _ClassVar[int]
    VALIDINDEXES_FIELD_NUMBER: _ClassVar[int]
    ACCOUNTTYPE_FIELD_NUMBER: _ClassVar[int]
    rawId: int
    timestamp: int
    currentIndex: int
    validIndexes: _containers.RepeatedScalarFieldContainer[int]
    accountType: ADVEncryptionType
    def __init__(self, rawId: _Optional[int] = ..., timestamp: _Optional[int] = ..., currentIndex: _Optional[int] = ..., validIndexes: _Optional[_Iterable[int]] = ..., accountType: _Optional[_Union[ADVEncryptionType, str]] = ...) -> None: ...

class Message(_message.Message):
    __slots__ = ("conversation", "senderKeyDistributionMessage", "imageMessage", "contactMessage", "locationMessage", "extendedTextMessage", "documentMessage", "audioMessage", "videoMessage", "call", "chat", "protocolMessage", "contactsArrayMessage", "highlyStructuredMessage", "fastRatchetKeySenderKeyDistributionMessage", "sendPaymentMessage", "liveLocationMessage", "requestPaymentMessage", "declinePaymentRequestMessage", "cancelPaymentRequestMessage", "templateMessage", "stickerMessage", "groupInviteMessage", "templateButtonReplyMessage", "productMessage", "deviceSentMessage", "messageContextInfo", "listMessage", "viewOnceMessage", "orderMessage", "listResponseMessage", "ephemeralMessage", "invoiceMessage", "buttonsMessage", "buttonsResponseMessage", "paymentInviteMessage", "interactiveMessage", "reactionMessage", "stickerSyncRmrMessage", "interactiveResponseMessage", "pollCreationMessage", "pollUpdateMessage", "keepInChatMessage", "documentWithCaptionMessage", "requestPhoneNumberMessage", "viewOnceMessageV2", "encReactionMessage", "editedMessage", "viewOnceMessageV2Extension", "pollCreationMessageV2", "scheduledCallCreationMessage", "groupMentionedMessage", "pinInChatMessage", "pollCreationMessageV3", "scheduledCallEditMessage", "ptvMessage", "botInvokeMessage", "callLogMesssage", "messageHistoryBundle", "encCommentMessage", "bcallMessage", "lottieStickerMessage", "eventMessage", "encEventResponseMessage", "commentMessage", "newsletterAdminInviteMessage", "placeholderMessage", "secretEncryptedMessage", "albumMessage", "eventCoverImage", "stickerPackMessage", "statusMentionMessage", "pollResultSnapshotMessage", "pollCreationOptionImageMessage", "associatedChildMessage", "groupStatusMentionMessage", "pollCreationMessageV4", "statusAddYours", "groupStatusMessage", "richResponseMessage", "statusNotificationMessage", "limitSharingMessage", "botTaskMessage", "questionMessage", "messageHistoryNotice", "groupStatusMessageV2", "botForwardedMessage", "statusQuestionAnswerMessage", "questionReplyMessage", "questionResponseMessage", "statusQuotedMessage", "statusStickerInteractionMessage", "pollCreationMessageV5", "newsletterFollowerInviteMessageV2", "pollResultSnapshotMessageV3_114", "pollResultSnapshotMessageV3", "newsletterAdminProfileMessage", "newsletterAdminProfileMessageV2", "spoilerMessage", "pollCreationMessageV6", "conditionalRevealMessage", "pollAddOptionMessage", "eventInviteMessage", "groupRootKeyShare", "paymentReminderMessage", "splitPaymentMessage", "newsletterAdminProfileStatusMessage", "rootSecretDistributeMessage", "splitPaymentUpdateMessage", "musicMessage", "statusLinkPreviewMetadata", "botPlatformRegistrationSuccessMessage")
    class InsightDeliveryState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SENT: _ClassVar[Message.InsightDeliveryState]
        DELIVERED: _ClassVar[Message.InsightDeliveryState]
        READ: _ClassVar[Message.InsightDeliveryState]
        REPLIED: _ClassVar[Message.InsightDeliveryState]
        QUICK_REPLIED: _ClassVar[Message.InsightDeliveryState]
    SENT: Message.InsightDeliveryState
    DELIVERED: Message.InsightDeliveryState
    READ: Message.InsightDeliveryState
    REPLIED: Message.InsightDeliveryState
    QUICK_REPLIED: Message.InsightDeliveryState
    class SenderKeyDistributionMessage(_message.Message):
        __slots__ = ("groupId", "axolotlSenderKeyDistributionMessage")
        GROUPID_FIELD_NUMBER: _ClassVar[int]
        AXOLOTLSENDERKEYDISTRIBUTIONMESSAGE_FIELD_NUMBER: _ClassVar[int]
        groupId: str
        axolotlSenderKeyDistributionMessage: bytes
        def __init__(self, groupId: _Optional[str] = ..., axolotlSenderKeyDistributionMessage: _Optional[bytes] = ...) -> None: ...
    class Call(_message.Message):
        __slots__ = ("callKey", "conversionSource", "conversionData", "conversionDelaySeconds", "ctwaSignals", "ctwaPayload", "contextInfo", "nativeFlowCallButtonPayload", "deeplinkPayload", "messageContextInfo", "callEntryPoint", "callReason")
        CALLKEY_FIELD_NUMBER: _ClassVar[int]
        CONVERSIONSOURCE_FIELD_NUMBER: _ClassVar[int]
        CONVERSIONDATA_FIELD_NUMBER: _ClassVar[int]
        CONVERSIONDELAYSECONDS_FIELD_NUMBER: _ClassVar[int]
        CTWASIGNALS_FIELD_NUMBER: _ClassVar[int]
        CTWAPAYLOAD_FIELD_NUMBER: _ClassVar[int]
        CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
        NATIVEFLOWCALLBUTTONPAYLOAD_FIELD_NUMBER: _ClassVar[int]
        DEEPLINKPAYLOAD_FIELD_NUMBER: _ClassVar[int]
        MESSAGECONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
        CALLENTRYPOINT_FIELD_NUMBER: _ClassVar[int]
        CALLREASON_FIELD_NUMBER: _ClassVar[int]
        callKey: bytes
        conversionSource: str
        conversionData: bytes
        conversionDelaySeconds: int
        ctwaSignals: str
        ctwaPayload: bytes
        contextInfo: ContextInfo
        nativeFlowCallButtonPayload: str
        deeplinkPayload: str
        messageContextInfo: MessageContextInfo
        callEntryPoint: int
        callReason: str
        def __init__(self, callKey: _Optional[bytes] = ..., conversionSource: _Optional[str] = ..., conversionData: _Optional[bytes] = ..., conversionDelaySeconds: _Optional[int] = ..., ctwaSignals: _Optional[str] = ..., ctwaPayload: _Optional[bytes] = ..., contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ..., nativeFlowCallButtonPayload: _Optional[str] = ..., deeplinkPayload: _Optional[str] = ..., messageContextInfo: _Optional[_Union[MessageContextInfo, _Mapping]] = ..., callEntryPoint: _Optional[int] = ..., callReason: _Optional[str] = ...) -> None: ...
    class Chat(_message.Message):
        __slots__ = ("displayName", "id")
        DISPLAYNAME_FIELD_NUMBER: _ClassVar[int]
        ID_FIELD_NUMBER: _ClassVar[int]
        displayName: str
        id: str
        def __init__(self, displayName: _Optional[str] = ..., id: _Optional[str] = ...) -> None: ...
    class ContactsArrayMessage(_message.Message):
        __slots__ = ("displayName", "contacts", "contextInfo")
        DISPLAYNAME_FIELD_NUMBER: _ClassVar[int]
        CONTACTS_FIELD_NUMBER: _ClassVar[int]
        CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
        displayName: str
        contacts: _containers.RepeatedCompositeFieldContainer[ContactMessage]
        contextInfo: ContextInfo
        def __init__(self, displayName: _Optional[str] = ..., contacts: _Optional[_Iterable[_Union[ContactMessage, _Mapping]]] = ..., contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ...) -> None: ...
    class HighlyStructuredMessage(_message.Message):
        __slots__ = ("namespace", "elementName", "params", "fallbackLg", "fallbackLc", "localizableParams", "deterministicLg", "deterministicLc", "hydratedHsm")
        class HSMLocalizableParameter(_message.Message):
            __slots__ = ("default", "currency", "dateTime")
            class HSMCurrency(_message.Message):
                __slots__ = ("currencyCode", "amount1000")
                CURRENCYCODE_FIELD_NUMBER: _ClassVar[int]
                AMOUNT1000_FIELD_NUMBER: _ClassVar[int]
                currencyCode: str
                amount1000: int
                def __init__(self, currencyCode: _Optional[str] = ..., amount1000: _Optional[int] = ...) -> None: ...
            class HSMDateTime(_message.Message):
                __slots__ = ("component", "unixEpoch")
                class HSMDateTimeComponent(_message.Message):
                    __slots__ = ("dayOfWeek", "year", "month", "dayOfMonth", "hour", "minute", "calendar")
                    class CalendarType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                        __slots__ = ()
                        GREGORIAN: _ClassVar[Message.HighlyStructuredMessage.HSMLocalizableParameter.HSMDateTime.HSMDateTimeComponent.CalendarType]
                        SOLAR_HIJRI: _ClassVar[Message.HighlyStructuredMessage.HSMLocalizableParameter.HSMDateTime.HSMDateTimeComponent.CalendarType]
                    GREGORIAN: Message.HighlyStructuredMessage.HSMLocalizableParameter.HSMDateTime.HSMDateTimeComponent.CalendarType
                    SOLAR_HIJRI: Message.HighlyStructuredMessage.HSMLocalizableParameter.HSMDateTime.HSMDateTimeComponent.CalendarType
                    class DayOfWeekType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                        __slots__ = ()
                        MONDAY: _ClassVar[Message.HighlyStructuredMessage.HSMLocalizableParameter.HSMDateTime.HSMDateTimeComponent.DayOfWeekType]
                        TUESDAY: _ClassVar[Message.HighlyStructuredMessage.HSMLocalizableParameter.HSMDateTime.HSMDateTimeComponent.DayOfWeekType]
                        WEDNESDAY: _ClassVar[Message.HighlyStructuredMessage.HSMLocalizableParameter.HSMDateTime.HSMDateTimeComponent.DayOfWeekType]
                        THURSDAY: _ClassVar[Message.HighlyStructuredMessage.HSMLocalizableParameter.HSMDateTime.HSMDateTimeComponent.DayOfWeekType]
                        FRIDAY: _ClassVar[Message.HighlyStructuredMessage.HSMLocalizableParameter.HSMDateTime.HSMDateTimeComponent.DayOfWeekType]
                        SATURDAY: _ClassVar[Message.HighlyStructuredMessage.HSMLocalizableParameter.HSMDateTime.HSMDateTimeComponent.DayOfWeekType]
                        SUNDAY: _ClassVar[Message.HighlyStructuredMessage.HSMLocalizableParameter.HSMDateTime.HSMDateTimeComponent.DayOfWeekType]
                    MONDAY: Message.HighlyStructuredMessage.HSMLocalizableParameter.HSMDateTime.HSMDateTimeComponent.DayOfWeekType
                    TUESDAY: Message.HighlyStructuredMessage.HSMLocalizableParameter.HSMDateTime.HSMDateTimeComponent.DayOfWeekType
                    WEDNESDAY: Message.HighlyStructuredMessage.HSMLocalizableParameter.HSMDateTime.HSMDateTimeComponent.DayOfWeekType
                    THURSDAY: Message.HighlyStructuredMessage.HSMLocalizableParameter.HSMDateTime.HSMDateTimeComponent.DayOfWeekType
                    FRIDAY: Message.HighlyStructuredMessage.HSMLocalizableParameter.HSMDateTime.HSMDateTimeComponent.DayOfWeekType
                    SATURDAY: Message.HighlyStructuredMessage.HSMLocalizableParameter.HSMDateTime.HSMDateTimeComponent.DayOfWeekType
                    SUNDAY: Message.HighlyStructuredMessage.HSMLocalizableParameter.HSMDateTime.HSMDateTimeComponent.DayOfWeekType
                    DAYOFWEEK_FIELD_NUMBER: _ClassVar[int]
                    YEAR_FIELD_NUMBER: _ClassVar[int]
                    MONTH_FIELD_NUMBER: _ClassVar[int]
                    DAYOFMONTH_FIELD_NUMBER: _ClassVar[int]
                    HOUR_FIELD_NUMBER: _ClassVar[int]
                    MINUTE_FIELD_NUMBER: _ClassVar[int]
                    CALENDAR_FIELD_NUMBER: _ClassVar[int]
                    dayOfWeek: Message.HighlyStructuredMessage.HSMLocalizableParameter.HSMDateTime.HSMDateTimeComponent.DayOfWeekType
                    year: int
                    month: int
                    dayOfMonth: int
                    hour: int
                    minute: int
                    calendar: Message.HighlyStructuredMessage.HSMLocalizableParameter.HSMDateTime.HSMDateTimeComponent.CalendarType
                    def __init__(self, dayOfWeek: _Optional[_Union[Message.HighlyStructuredMessage.HSMLocalizableParameter.HSMDateTime.HSMDateTimeComponent.DayOfWeekType, str]] = ..., year: _Optional[int] = ..., month: _Optional[int] = ..., dayOfMonth: _Optional[int] = ..., hour: _Optional[int] = ..., minute: _Optional[int] = ..., calendar: _Optional[_Union[Message.HighlyStructuredMessage.HSMLocalizableParameter.HSMDateTime.HSMDateTimeComponent.CalendarType, str]] = ...) -> None: ...
                class HSMDateTimeUnixEpoch(_message.Message):
                    __slots__ = ("timestamp",)
                    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
                    timestamp: int
                    def __init__(self, timestamp: _Optional[int] = ...) -> None: ...
                COMPONENT_FIELD_NUMBER: _ClassVar[int]
                UNIXEPOCH_FIELD_NUMBER: _ClassVar[int]
                component: Message.HighlyStructuredMessage.HSMLocalizableParameter.HSMDateTime.HSMDateTimeComponent
                unixEpoch: Message.HighlyStructuredMessage.HSMLocalizableParameter.HSMDateTime.HSMDateTimeUnixEpoch
                def __init__(self, component: _Optional[_Union[Message.HighlyStructuredMessage.HSMLocalizableParameter.HSMDateTime.HSMDateTimeComponent, _Mapping]] = ..., unixEpoch: _Optional[_Union[Message.HighlyStructuredMessage.HSMLocalizableParameter.HSMDateTime.HSMDateTimeUnixEpoch, _Mapping]] = ...) -> None: ...
            DEFAULT_FIELD_NUMBER: _ClassVar[int]
            CURRENCY_FIELD_NUMBER: _ClassVar[int]
            DATETIME_FIELD_NUMBER: _ClassVar[int]
            default: str
            currency: Message.HighlyStructuredMessage.HSMLocalizableParameter.HSMCurrency
            dateTime: Message.HighlyStructuredMessage.HSMLocalizableParameter.HSMDateTime
            def __init__(self, default: _Optional[str] = ..., currency: _Optional[_Union[Message.HighlyStructuredMessage.HSMLocalizableParameter.HSMCurrency, _Mapping]] = ..., dateTime: _Optional[_Union[Message.HighlyStructuredMessage.HSMLocalizableParameter.HSMDateTime, _Mapping]] = ...) -> None: ...
        NAMESPACE_FIELD_NUMBER: _ClassVar[int]
        ELEMENTNAME_FIELD_NUMBER: _ClassVar[int]
        PARAMS_FIELD_NUMBER: _ClassVar[int]
        FALLBACKLG_FIELD_NUMBER: _ClassVar[int]
        FALLBACKLC_FIELD_NUMBER: _ClassVar[int]
        LOCALIZABLEPARAMS_FIELD_NUMBER: _ClassVar[int]
        DETERMINISTICLG_FIELD_NUMBER: _ClassVar[int]
        DETERMINISTICLC_FIELD_NUMBER: _ClassVar[int]
        HYDRATEDHSM_FIELD_NUMBER: _ClassVar[int]
        namespace: str
        elementName: str
        params: _containers.RepeatedScalarFieldContainer[str]
        fallbackLg: str
        fallbackLc: str
        localizableParams: _containers.RepeatedCompositeFieldContainer[Message.HighlyStructuredMessage.HSMLocalizableParameter]
        deterministicLg: str
        deterministicLc: str
        hydratedHsm: Message.TemplateMessage
        def __init__(self, namespace: _Optional[str] = ..., elementName: _Optional[str] = ..., params: _Optional[_Iterable[str]] = ..., fallbackLg: _Optional[str] = ..., fallbackLc: _Optional[str] = ..., localizableParams: _Optional[_Iterable[_Union[Message.HighlyStructuredMessage.HSMLocalizableParameter, _Mapping]]] = ..., deterministicLg: _Optional[str] = ..., deterministicLc: _Optional[str] = ..., hydratedHsm: _Optional[_Union[Message.TemplateMessage, _Mapping]] = ...) -> None: ...
    class SendPaymentMessage(_message.Message):
        __slots__ = ("noteMessage", "requestMessageKey", "background", "transactionData")
        NOTEMESSAGE_FIELD_NUMBER: _ClassVar[int]
        REQUESTMESSAGEKEY_FIELD_NUMBER: _ClassVar[int]
        BACKGROUND_FIELD_NUMBER: _ClassVar[int]
        TRANSACTIONDATA_FIELD_NUMBER: _ClassVar[int]
        noteMessage: Message
        requestMessageKey: MessageKey
        background: PaymentBackground
        transactionData: str
        def __init__(self, noteMessage: _Optional[_Union[Message, _Mapping]] = ..., requestMessageKey: _Optional[_Union[MessageKey, _Mapping]] = ..., background: _Optional[_Union[PaymentBackground, _Mapping]] = ..., transactionData: _Optional[str] = ...) -> None: ...
    class LiveLocationMessage(_message.Message):
        __slots__ = ("degreesLatitude", "degreesLongitude", "accuracyInMeters", "speedInMps", "degreesClockwiseFromMagneticNorth", "caption", "sequenceNumber", "timeOffset", "jpegThumbnail", "contextInfo")
        DEGREESLATITUDE_FIELD_NUMBER: _ClassVar[int]
        DEGREESLONGITUDE_FIELD_NUMBER: _ClassVar[int]
        ACCURACYINMETERS_FIELD_NUMBER: _ClassVar[int]
        SPEEDINMPS_FIELD_NUMBER: _ClassVar[int]
        DEGREESCLOCKWISEFROMMAGNETICNORTH_FIELD_NUMBER: _ClassVar[int]
        CAPTION_FIELD_NUMBER: _ClassVar[int]
        SEQUENCENUMBER_FIELD_NUMBER: _ClassVar[int]
        TIMEOFFSET_FIELD_NUMBER: _ClassVar[int]
        JPEGTHUMBNAIL_FIELD_NUMBER: _ClassVar[int]
        CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
        degreesLatitude: float
        degreesLongitude: float
        accuracyInMeters: int
        speedInMps: float
        degreesClockwiseFromMagneticNorth: int
        caption: str
        sequenceNumber: int
        timeOffset: int
        jpegThumbnail: bytes
        contextInfo: ContextInfo
        def __init__(self, degreesLatitude: _Optional[float] = ..., degreesLongitude: _Optional[float] = ..., accuracyInMeters: _Optional[int] = ..., speedInMps: _Optional[float] = ..., degreesClockwiseFromMagneticNorth: _Optional[int] = ..., caption: _Optional[str] = ..., sequenceNumber: _Optional[int] = ..., timeOffset: _Optional[int] = ..., jpegThumbnail: _Optional[bytes] = ..., contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ...) -> None: ...
    class RequestPaymentMessage(_message.Message):
        __slots__ = ("noteMessage", "currencyCodeIso4217", "amount1000", "requestFrom", "expiryTimestamp", "amount", "background")
        NOTEMESSAGE_FIELD_NUMBER: _ClassVar[int]
        CURRENCYCODEISO4217_FIELD_NUMBER: _ClassVar[int]
        AMOUNT1000_FIELD_NUMBER: _ClassVar[int]
        REQUESTFROM_FIELD_NUMBER: _ClassVar[int]
        EXPIRYTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
        AMOUNT_FIELD_NUMBER: _ClassVar[int]
        BACKGROUND_FIELD_NUMBER: _ClassVar[int]
        noteMessage: Message
        currencyCodeIso4217: str
        amount1000: int
        requestFrom: str
        expiryTimestamp: int
        amount: Money
        background: PaymentBackground
        def __init__(self, noteMessage: _Optional[_Union[Message, _Mapping]] = ..., currencyCodeIso4217: _Optional[str] = ..., amount1000: _Optional[int] = ..., requestFrom: _Optional[str] = ..., expiryTimestamp: _Optional[int] = ..., amount: _Optional[_Union[Money, _Mapping]] = ..., background: _Optional[_Union[PaymentBackground, _Mapping]] = ...) -> None: ...
    class DeclinePaymentRequestMessage(_message.Message):
        __slots__ = ("key",)
        KEY_FIELD_NUMBER: _ClassVar[int]
        key: MessageKey
        def __init__(self, key: _Optional[_Union[MessageKey, _Mapping]] = ...) -> None: ...
    class CancelPaymentRequestMessage(_message.Message):
        __slots__ = ("key",)
        KEY_FIELD_NUMBER: _ClassVar[int]
        key: MessageKey
        def __init__(self, key: _Optional[_Union[MessageKey, _Mapping]] = ...) -> None: ...
    class TemplateMessage(_message.Message):
        __slots__ = ("contextInfo", "hydratedTemplate", "templateId", "fourRowTemplate", "hydratedFourRowTemplate", "interactiveMessageTemplate")
        class FourRowTemplate(_message.Message):
            __slots__ = ("content", "footer", "buttons", "documentMessage", "highlyStructuredMessage", "imageMessage", "videoMessage", "locationMessage")
            CONTENT_FIELD_NUMBER: _ClassVar[int]
            FOOTER_FIELD_NUMBER: _ClassVar[int]
            BUTTONS_FIELD_NUMBER: _ClassVar[int]
            DOCUMENTMESSAGE_FIELD_NUMBER: _ClassVar[int]
            HIGHLYSTRUCTUREDMESSAGE_FIELD_NUMBER: _ClassVar[int]
            IMAGEMESSAGE_FIELD_NUMBER: _ClassVar[int]
            VIDEOMESSAGE_FIELD_NUMBER: _ClassVar[int]
            LOCATIONMESSAGE_FIELD_NUMBER: _ClassVar[int]
            content: Message.HighlyStructuredMessage
            footer: Message.HighlyStructuredMessage
            buttons: _containers.RepeatedCompositeFieldContainer[TemplateButton]
            documentMessage: DocumentMessage
            highlyStructuredMessage: Message.HighlyStructuredMessage
            imageMessage: ImageMessage
            videoMessage: VideoMessage
            locationMessage: LocationMessage
            def __init__(self, content: _Optional[_Union[Message.HighlyStructuredMessage, _Mapping]] = ..., footer: _Optional[_Union[Message.HighlyStructuredMessage, _Mapping]] = ..., buttons: _Optional[_Iterable[_Union[TemplateButton, _Mapping]]] = ..., documentMessage: _Optional[_Union[DocumentMessage, _Mapping]] = ..., highlyStructuredMessage: _Optional[_Union[Message.HighlyStructuredMessage, _Mapping]] = ..., imageMessage: _Optional[_Union[ImageMessage, _Mapping]] = ..., videoMessage: _Optional[_Union[VideoMessage, _Mapping]] = ..., locationMessage: _Optional[_Union[LocationMessage, _Mapping]] = ...) -> None: ...
        class HydratedFourRowTemplate(_message.Message):
            __slots__ = ("hydratedContentText", "hydratedFooterText", "hydratedButtons", "templateId", "maskLinkedDevices", "documentMessage", "hydratedTitleText", "imageMessage", "videoMessage", "locationMessage")
            HYDRATEDCONTENTTEXT_FIELD_NUMBER: _ClassVar[int]
            HYDRATEDFOOTERTEXT_FIELD_NUMBER: _ClassVar[int]
            HYDRATEDBUTTONS_FIELD_NUMBER: _ClassVar[int]
            TEMPLATEID_FIELD_NUMBER: _ClassVar[int]
            MASKLINKEDDEVICES_FIELD_NUMBER: _ClassVar[int]
            DOCUMENTMESSAGE_FIELD_NUMBER: _ClassVar[int]
            HYDRATEDTITLETEXT_FIELD_NUMBER: _ClassVar[int]
            IMAGEMESSAGE_FIELD_NUMBER: _ClassVar[int]
            VIDEOMESSAGE_FIELD_NUMBER: _ClassVar[int]
            LOCATIONMESSAGE_FIELD_NUMBER: _ClassVar[int]
            hydratedContentText: str
            hydratedFooterText: str
            hydratedButtons: _containers.RepeatedCompositeFieldContainer[HydratedTemplateButton]
            templateId: str
            maskLinkedDevices: bool
            documentMessage: DocumentMessage
            hydratedTitleText: str
            imageMessage: ImageMessage
            videoMessage: VideoMessage
            locationMessage: LocationMessage
            def __init__(self, hydratedContentText: _Optional[str] = ..., hydratedFooterText: _Optional[str] = ..., hydratedButtons: _Optional[_Iterable[_Union[HydratedTemplateButton, _Mapping]]] = ..., templateId: _Optional[str] = ..., maskLinkedDevices: _Optional[bool] = ..., documentMessage: _Optional[_Union[DocumentMessage, _Mapping]] = ..., hydratedTitleText: _Optional[str] = ..., imageMessage: _Optional[_Union[ImageMessage, _Mapping]] = ..., videoMessage: _Optional[_Union[VideoMessage, _Mapping]] = ..., locationMessage: _Optional[_Union[LocationMessage, _Mapping]] = ...) -> None: ...
        CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
        HYDRATEDTEMPLATE_FIELD_NUMBER: _ClassVar[int]
        TEMPLATEID_FIELD_NUMBER: _ClassVar[int]
        FOURROWTEMPLATE_FIELD_NUMBER: _ClassVar[int]
        HYDRATEDFOURROWTEMPLATE_FIELD_NUMBER: _ClassVar[int]
        INTERACTIVEMESSAGETEMPLATE_FIELD_NUMBER: _ClassVar[int]
        contextInfo: ContextInfo
        hydratedTemplate: Message.TemplateMessage.HydratedFourRowTemplate
        templateId: str
        fourRowTemplate: Message.TemplateMessage.FourRowTemplate
        hydratedFourRowTemplate: Message.TemplateMessage.HydratedFourRowTemplate
        interactiveMessageTemplate: Message.InteractiveMessage
        def __init__(self, contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ..., hydratedTemplate: _Optional[_Union[Message.TemplateMessage.HydratedFourRowTemplate, _Mapping]] = ..., templateId: _Optional[str] = ..., fourRowTemplate: _Optional[_Union[Message.TemplateMessage.FourRowTemplate, _Mapping]] = ..., hydratedFourRowTemplate: _Optional[_Union[Message.TemplateMessage.HydratedFourRowTemplate, _Mapping]] = ..., interactiveMessageTemplate: _Optional[_Union[Message.InteractiveMessage, _Mapping]] = ...) -> None: ...
    class GroupInviteMessage(_message.Message):
        __slots__ = ("groupJid", "inviteCode", "inviteExpiration", "groupName", "jpegThumbnail", "caption", "contextInfo", "groupType")
        class GroupType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            DEFAULT: _ClassVar[Message.GroupInviteMessage.GroupType]
            PARENT: _ClassVar[Message.GroupInviteMessage.GroupType]
        DEFAULT: Message.GroupInviteMessage.GroupType
        PARENT: Message.GroupInviteMessage.GroupType
        GROUPJID_FIELD_NUMBER: _ClassVar[int]
        INVITECODE_FIELD_NUMBER: _ClassVar[int]
        INVITEEXPIRATION_FIELD_NUMBER: _ClassVar[int]
        GROUPNAME_FIELD_NUMBER: _ClassVar[int]
        JPEGTHUMBNAIL_FIELD_NUMBER: _ClassVar[int]
        CAPTION_FIELD_NUMBER: _ClassVar[int]
        CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
        GROUPTYPE_FIELD_NUMBER: _ClassVar[int]
        groupJid: str
        inviteCode: str
        inviteExpiration: int
        groupName: str
        jpegThumbnail: bytes
        caption: str
        contextInfo: ContextInfo
        groupType: Message.GroupInviteMessage.GroupType
        def __init__(self, groupJid: _Optional[str] = ..., inviteCode: _Optional[str] = ..., inviteExpiration: _Optional[int] = ..., groupName: _Optional[str] = ..., jpegThumbnail: _Optional[bytes] = ..., caption: _Optional[str] = ..., contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ..., groupType: _Optional[_Union[Message.GroupInviteMessage.GroupType, str]] = ...) -> None: ...
    class TemplateButtonReplyMessage(_message.Message):
        __slots__ = ("selectedId", "selectedDisplayText", "contextInfo", "selectedIndex", "selectedCarouselCardIndex")
        SELECTEDID_FIELD_NUMBER: _ClassVar[int]
        SELECTEDDISPLAYTEXT_FIELD_NUMBER: _ClassVar[int]
        CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
        SELECTEDINDEX_FIELD_NUMBER: _ClassVar[int]
        SELECTEDCAROUSELCARDINDEX_FIELD_NUMBER: _ClassVar[int]
        selectedId: str
        selectedDisplayText: str
        contextInfo: ContextInfo
        selectedIndex: int
        selectedCarouselCardIndex: int
        def __init__(self, selectedId: _Optional[str] = ..., selectedDisplayText: _Optional[str] = ..., contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ..., selectedIndex: _Optional[int] = ..., selectedCarouselCardIndex: _Optional[int] = ...) -> None: ...
    class ProductMessage(_message.Message):
        __slots__ = ("product", "businessOwnerJid", "catalog", "body", "footer", "contextInfo")
        class CatalogSnapshot(_message.Message):
            __slots__ = ("catalogImage", "title", "description")
            CATALOGIMAGE_FIELD_NUMBER: _ClassVar[int]
            TITLE_FIELD_NUMBER: _ClassVar[int]
            DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
            catalogImage: ImageMessage
            title: str
            description: str
            def __init__(self, catalogImage: _Optional[_Union[ImageMessage, _Mapping]] = ..., title: _Optional[str] = ..., description: _Optional[str] = ...) -> None: ...
        class ProductSnapshot(_message.Message):
            __slots__ = ("productImage", "productId", "title", "description", "currencyCode", "priceAmount1000", "retailerId", "url", "productImageCount", "firstImageId", "salePriceAmount1000", "signedUrl")
            PRODUCTIMAGE_FIELD_NUMBER: _ClassVar[int]
            PRODUCTID_FIELD_NUMBER: _ClassVar[int]
            TITLE_FIELD_NUMBER: _ClassVar[int]
            DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
            CURRENCYCODE_FIELD_NUMBER: _ClassVar[int]
            PRICEAMOUNT1000_FIELD_NUMBER: _ClassVar[int]
            RETAILERID_FIELD_NUMBER: _ClassVar[int]
            URL_FIELD_NUMBER: _ClassVar[int]
            PRODUCTIMAGECOUNT_FIELD_NUMBER: _ClassVar[int]
            FIRSTIMAGEID_FIELD_NUMBER: _ClassVar[int]
            SALEPRICEAMOUNT1000_FIELD_NUMBER: _ClassVar[int]
            SIGNEDURL_FIELD_NUMBER: _ClassVar[int]
            productImage: ImageMessage
            productId: str
            title: str
            description: str
            currencyCode: str
            priceAmount1000: int
            retailerId: str
            url: str
            productImageCount: int
            firstImageId: str
            salePriceAmount1000: int
            signedUrl: str
            def __init__(self, productImage: _Optional[_Union[ImageMessage, _Mapping]] = ..., productId: _Optional[str] = ..., title: _Optional[str] = ..., description: _Optional[str] = ..., currencyCode: _Optional[str] = ..., priceAmount1000: _Optional[int] = ..., retailerId: _Optional[str] = ..., url: _Optional[str] = ..., productImageCount: _Optional[int] = ..., firstImageId: _Optional[str] = ..., salePriceAmount1000: _Optional[int] = ..., signedUrl: _Optional[str] = ...) -> None: ...
        PRODUCT_FIELD_NUMBER: _ClassVar[int]
        BUSINESSOWNERJID_FIELD_NUMBER: _ClassVar[int]
        CATALOG_FIELD_NUMBER: _ClassVar[int]
        BODY_FIELD_NUMBER: _ClassVar[int]
        FOOTER_FIELD_NUMBER: _ClassVar[int]
        CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
        product: Message.ProductMessage.ProductSnapshot
        businessOwnerJid: str
        catalog: Message.ProductMessage.CatalogSnapshot
        body: str
        footer: str
        contextInfo: ContextInfo
        def __init__(self, product: _Optional[_Union[Message.ProductMessage.ProductSnapshot, _Mapping]] = ..., businessOwnerJid: _Optional[str] = ..., catalog: _Optional[_Union[Message.ProductMessage.CatalogSnapshot, _Mapping]] = ..., body: _Optional[str] = ..., footer: _Optional[str] = ..., contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ...) -> None: ...
    class ListMessage(_message.Message):
        __slots__ = ("title", "description", "buttonText", "listType", "sections", "productListInfo", "footerText", "contextInfo")
        class ListType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            UNKNOWN: _ClassVar[Message.ListMessage.ListType]
            SINGLE_SELECT: _ClassVar[Message.ListMessage.ListType]
            PRODUCT_LIST: _ClassVar[Message.ListMessage.ListType]
        UNKNOWN: Message.ListMessage.ListType
        SINGLE_SELECT: Message.ListMessage.ListType
        PRODUCT_LIST: Message.ListMessage.ListType
        class Product(_message.Message):
            __slots__ = ("productId",)
            PRODUCTID_FIELD_NUMBER: _ClassVar[int]
            productId: str
            def __init__(self, productId: _Optional[str] = ...) -> None: ...
        class ProductListHeaderImage(_message.Message):
            __slots__ = ("productId", "jpegThumbnail")
            PRODUCTID_FIELD_NUMBER: _ClassVar[int]
            JPEGTHUMBNAIL_FIELD_NUMBER: _ClassVar[int]
            productId: str
            jpegThumbnail: bytes
            def __init__(self, productId: _Optional[str] = ..., jpegThumbnail: _Optional[bytes] = ...) -> None: ...
        class ProductListInfo(_message.Message):
            __slots__ = ("productSections", "headerImage", "businessOwnerJid")
            PRODUCTSECTIONS_FIELD_NUMBER: _ClassVar[int]
            HEADERIMAGE_FIELD_NUMBER: _ClassVar[int]
            BUSINESSOWNERJID_FIELD_NUMBER: _ClassVar[int]
            productSections: _containers.RepeatedCompositeFieldContainer[Message.ListMessage.ProductSection]
            headerImage: Message.ListMessage.ProductListHeaderImage
            businessOwnerJid: str
            def __init__(self, productSections: _Optional[_Iterable[_Union[Message.ListMessage.ProductSection, _Mapping]]] = ..., headerImage: _Optional[_Union[Message.ListMessage.ProductListHeaderImage, _Mapping]] = ..., businessOwnerJid: _Optional[str] = ...) -> None: ...
        class ProductSection(_message.Message):
            __slots__ = ("title", "products")
            TITLE_FIELD_NUMBER: _ClassVar[int]
            PRODUCTS_FIELD_NUMBER: _ClassVar[int]
            title: str
            products: _containers.RepeatedCompositeFieldContainer[Message.ListMessage.Product]
            def __init__(self, title: _Optional[str] = ..., products: _Optional[_Iterable[_Union[Message.ListMessage.Product, _Mapping]]] = ...) -> None: ...
        class Row(_message.Message):
            __slots__ = ("title", "description", "rowId")
            TITLE_FIELD_NUMBER: _ClassVar[int]
            DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
            ROWID_FIELD_NUMBER: _ClassVar[int]
            title: str
            description: str
            rowId: str
            def __init__(self, title: _Optional[str] = ..., description: _Optional[str] = ..., rowId: _Optional[str] = ...) -> None: ...
        class Section(_message.Message):
            __slots__ = ("title", "rows")
            TITLE_FIELD_NUMBER: _ClassVar[int]
            ROWS_FIELD_NUMBER: _ClassVar[int]
            title: str
            rows: _containers.RepeatedCompositeFieldContainer[Message.ListMessage.Row]
            def __init__(self, title: _Optional[str] = ..., rows: _Optional[_Iterable[_Union[Message.ListMessage.Row, _Mapping]]] = ...) -> None: ...
        TITLE_FIELD_NUMBER: _ClassVar[int]
        DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
        BUTTONTEXT_FIELD_NUMBER: _ClassVar[int]
        LISTTYPE_FIELD_NUMBER: _ClassVar[int]
        SECTIONS_FIELD_NUMBER: _ClassVar[int]
        PRODUCTLISTINFO_FIELD_NUMBER: _ClassVar[int]
        FOOTERTEXT_FIELD_NUMBER: _ClassVar[int]
        CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
        title: str
        description: str
        buttonText: str
        listType: Message.ListMessage.ListType
        sections: _containers.RepeatedCompositeFieldContainer[Message.ListMessage.Section]
        productListInfo: Message.ListMessage.ProductListInfo
        footerText: str
        contextInfo: ContextInfo
        def __init__(self, title: _Optional[str] = ..., description: _Optional[str] = ..., buttonText: _Optional[str] = ..., listType: _Optional[_Union[Message.ListMessage.ListType, str]] = ..., sections: _Optional[_Iterable[_Union[Message.ListMessage.Section, _Mapping]]] = ..., productListInfo: _Optional[_Union[Message.ListMessage.ProductListInfo, _Mapping]] = ..., footerText: _Optional[str] = ..., contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ...) -> None: ...
    class OrderMessage(_message.Message):
        __slots__ = ("orderId", "thumbnail", "itemCount", "status", "surface", "message", "orderTitle", "sellerJid", "token", "totalAmount1000", "totalCurrencyCode", "contextInfo", "messageVersion", "orderRequestMessageId", "catalogType")
        class OrderStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            INQUIRY: _ClassVar[Message.OrderMessage.OrderStatus]
            ACCEPTED: _ClassVar[Message.OrderMessage.OrderStatus]
            DECLINED: _ClassVar[Message.OrderMessage.OrderStatus]
        INQUIRY: Message.OrderMessage.OrderStatus
        ACCEPTED: Message.OrderMessage.OrderStatus
        DECLINED: Message.OrderMessage.OrderStatus
        class OrderSurface(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            CATALOG: _ClassVar[Message.OrderMessage.OrderSurface]
        CATALOG: Message.OrderMessage.OrderSurface
        ORDERID_FIELD_NUMBER: _ClassVar[int]
        THUMBNAIL_FIELD_NUMBER: _ClassVar[int]
        ITEMCOUNT_FIELD_NUMBER: _ClassVar[int]
        STATUS_FIELD_NUMBER: _ClassVar[int]
        SURFACE_FIELD_NUMBER: _ClassVar[int]
        MESSAGE_FIELD_NUMBER: _ClassVar[int]
        ORDERTITLE_FIELD_NUMBER: _ClassVar[int]
        SELLERJID_FIELD_NUMBER: _ClassVar[int]
        TOKEN_FIELD_NUMBER: _ClassVar[int]
        TOTALAMOUNT1000_FIELD_NUMBER: _ClassVar[int]
        TOTALCURRENCYCODE_FIELD_NUMBER: _ClassVar[int]
        CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
        MESSAGEVERSION_FIELD_NUMBER: _ClassVar[int]
        ORDERREQUESTMESSAGEID_FIELD_NUMBER: _ClassVar[int]
        CATALOGTYPE_FIELD_NUMBER: _ClassVar[int]
        orderId: str
        thumbnail: bytes
        itemCount: int
        status: Message.OrderMessage.OrderStatus
        surface: Message.OrderMessage.OrderSurface
        message: str
        orderTitle: str
        sellerJid: str
        token: str
        totalAmount1000: int
        totalCurrencyCode: str
        contextInfo: ContextInfo
        messageVersion: int
        orderRequestMessageId: MessageKey
        catalogType: str
        def __init__(self, orderId: _Optional[str] = ..., thumbnail: _Optional[bytes] = ..., itemCount: _Optional[int] = ..., status: _Optional[_Union[Message.OrderMessage.OrderStatus, str]] = ..., surface: _Optional[_Union[Message.OrderMessage.OrderSurface, str]] = ..., message: _Optional[str] = ..., orderTitle: _Optional[str] = ..., sellerJid: _Optional[str] = ..., token: _Optional[str] = ..., totalAmount1000: _Optional[int] = ..., totalCurrencyCode: _Optional[str] = ..., contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ..., messageVersion: _Optional[int] = ..., orderRequestMessageId: _Optional[_Union[MessageKey, _Mapping]] = ..., catalogType: _Optional[str] = ...) -> None: ...
    class ListResponseMessage(_message.Message):
        __slots__ = ("title", "listType", "singleSelectReply", "contextInfo", "description")
        class ListType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            UNKNOWN: _ClassVar[Message.ListResponseMessage.ListType]
            SINGLE_SELECT: _ClassVar[Message.ListResponseMessage.ListType]
        UNKNOWN: Message.ListResponseMessage.ListType
        SINGLE_SELECT: Message.ListResponseMessage.ListType
        class SingleSelectReply(_message.Message):
            __slots__ = ("selectedRowId",)
            SELECTEDROWID_FIELD_NUMBER: _ClassVar[int]
            selectedRowId: str
            def __init__(self, selectedRowId: _Optional[str] = ...) -> None: ...
        TITLE_FIELD_NUMBER: _ClassVar[int]
        LISTTYPE_FIELD_NUMBER: _ClassVar[int]
        SINGLESELECTREPLY_FIELD_NUMBER: _ClassVar[int]
        CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
        DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
        title: str
        listType: Message.ListResponseMessage.ListType
        singleSelectReply: Message.ListResponseMessage.SingleSelectReply
        contextInfo: ContextInfo
        description: str
        def __init__(self, title: _Optional[str] = ..., listType: _Optional[_Union[Message.ListResponseMessage.ListType, str]] = ..., singleSelectReply: _Optional[_Union[Message.ListResponseMessage.SingleSelectReply, _Mapping]] = ..., contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ..., description: _Optional[str] = ...) -> None: ...
    class InvoiceMessage(_message.Message):
        __slots__ = ("note", "token", "attachmentType", "attachmentMimetype", "attachmentMediaKey", "attachmentMediaKeyTimestamp", "attachmentFileSha256", "attachmentFileEncSha256", "attachmentDirectPath", "attachmentJpegThumbnail")
        class AttachmentType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            IMAGE: _ClassVar[Message.InvoiceMessage.AttachmentType]
            PDF: _ClassVar[Message.InvoiceMessage.AttachmentType]
        IMAGE: Message.InvoiceMessage.AttachmentType
        PDF: Message.InvoiceMessage.AttachmentType
        NOTE_FIELD_NUMBER: _ClassVar[int]
        TOKEN_FIELD_NUMBER: _ClassVar[int]
        ATTACHMENTTYPE_FIELD_NUMBER: _ClassVar[int]
        ATTACHMENTMIMETYPE_FIELD_NUMBER: _ClassVar[int]
        ATTACHMENTMEDIAKEY_FIELD_NUMBER: _ClassVar[int]
        ATTACHMENTMEDIAKEYTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
        ATTACHMENTFILESHA256_FIELD_NUMBER: _ClassVar[int]
        ATTACHMENTFILEENCSHA256_FIELD_NUMBER: _ClassVar[int]
        ATTACHMENTDIRECTPATH_FIELD_NUMBER: _ClassVar[int]
        ATTACHMENTJPEGTHUMBNAIL_FIELD_NUMBER: _ClassVar[int]
        note: str
        token: str
        attachmentType: Message.InvoiceMessage.AttachmentType
        attachmentMimetype: str
        attachmentMediaKey: bytes
        attachmentMediaKeyTimestamp: int
        attachmentFileSha256: bytes
        attachmentFileEncSha256: bytes
        attachmentDirectPath: str
        attachmentJpegThumbnail: bytes
        def __init__(self, note: _Optional[str] = ..., token: _Optional[str] = ..., attachmentType: _Optional[_Union[Message.InvoiceMessage.AttachmentType, str]] = ..., attachmentMimetype: _Optional[str] = ..., attachmentMediaKey: _Optional[bytes] = ..., attachmentMediaKeyTimestamp: _Optional[int] = ..., attachmentFileSha256: _Optional[bytes] = ..., attachmentFileEncSha256: _Optional[bytes] = ..., attachmentDirectPath: _Optional[str] = ..., attachmentJpegThumbnail: _Optional[bytes] = ...) -> None: ...
    class ButtonsMessage(_message.Message):
        __slots__ = ("contentText", "footerText", "contextInfo", "buttons", "headerType", "text", "documentMessage", "imageMessage", "videoMessage", "locationMessage")
        class HeaderType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            UNKNOWN: _ClassVar[Message.ButtonsMessage.HeaderType]
            EMPTY: _ClassVar[Message.ButtonsMessage.HeaderType]
            TEXT: _ClassVar[Message.ButtonsMessage.HeaderType]
            DOCUMENT: _ClassVar[Message.ButtonsMessage.HeaderType]
            IMAGE: _ClassVar[Message.ButtonsMessage.HeaderType]
            VIDEO: _ClassVar[Message.ButtonsMessage.HeaderType]
            LOCATION: _ClassVar[Message.ButtonsMessage.HeaderType]
        UNKNOWN: Message.ButtonsMessage.HeaderType
        EMPTY: Message.ButtonsMessage.HeaderType
        TEXT: Message.ButtonsMessage.HeaderType
        DOCUMENT: Message.ButtonsMessage.HeaderType
        IMAGE: Message.ButtonsMessage.HeaderType
        VIDEO: Message.ButtonsMessage.HeaderType
        LOCATION: Message.ButtonsMessage.HeaderType
        class Button(_message.Message):
            __slots__ = ("buttonId", "buttonText", "type", "nativeFlowInfo")
            class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                UNKNOWN: _ClassVar[Message.ButtonsMessage.Button.Type]
                RESPONSE: _ClassVar[Message.ButtonsMessage.Button.Type]
                NATIVE_FLOW: _ClassVar[Message.ButtonsMessage.Button.Type]
            UNKNOWN: Message.ButtonsMessage.Button.Type
            RESPONSE: Message.ButtonsMessage.Button.Type
            NATIVE_FLOW: Message.ButtonsMessage.Button.Type
            class ButtonText(_message.Message):
                __slots__ = ("displayText",)
                DISPLAYTEXT_FIELD_NUMBER: _ClassVar[int]
                displayText: str
                def __init__(self, displayText: _Optional[str] = ...) -> None: ...
            class NativeFlowInfo(_message.Message):
                __slots__ = ("name", "paramsJson")
                NAME_FIELD_NUMBER: _ClassVar[int]
                PARAMSJSON_FIELD_NUMBER: _ClassVar[int]
                name: str
                paramsJson: str
                def __init__(self, name: _Optional[str] = ..., paramsJson: _Optional[str] = ...) -> None: ...
            BUTTONID_FIELD_NUMBER: _ClassVar[int]
            BUTTONTEXT_FIELD_NUMBER: _ClassVar[int]
            TYPE_FIELD_NUMBER: _ClassVar[int]
            NATIVEFLOWINFO_FIELD_NUMBER: _ClassVar[int]
            buttonId: str
            buttonText: Message.ButtonsMessage.Button.ButtonText
            type: Message.ButtonsMessage.Button.Type
            nativeFlowInfo: Message.ButtonsMessage.Button.NativeFlowInfo
            def __init__(self, buttonId: _Optional[str] = ..., buttonText: _Optional[_Union[Message.ButtonsMessage.Button.ButtonText, _Mapping]] = ..., type: _Optional[_Union[Message.ButtonsMessage.Button.Type, str]] = ..., nativeFlowInfo: _Optional[_Union[Message.ButtonsMessage.Button.NativeFlowInfo, _Mapping]] = ...) -> None: ...
        CONTENTTEXT_FIELD_NUMBER: _ClassVar[int]
        FOOTERTEXT_FIELD_NUMBER: _ClassVar[int]
        CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
        BUTTONS_FIELD_NUMBER: _ClassVar[int]
        HEADERTYPE_FIELD_NUMBER: _ClassVar[int]
        TEXT_FIELD_NUMBER: _ClassVar[int]
        DOCUMENTMESSAGE_FIELD_NUMBER: _ClassVar[int]
        IMAGEMESSAGE_FIELD_NUMBER: _ClassVar[int]
        VIDEOMESSAGE_FIELD_NUMBER: _ClassVar[int]
        LOCATIONMESSAGE_FIELD_NUMBER: _ClassVar[int]
        contentText: str
        footerText: str
        contextInfo: ContextInfo
        buttons: _containers.RepeatedCompositeFieldContainer[Message.ButtonsMessage.Button]
        headerType: Message.ButtonsMessage.HeaderType
        text: str
        documentMessage: DocumentMessage
        imageMessage: ImageMessage
        videoMessage: VideoMessage
        locationMessage: LocationMessage
        def __init__(self, contentText: _Optional[str] = ..., footerText: _Optional[str] = ..., contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ..., buttons: _Optional[_Iterable[_Union[Message.ButtonsMessage.Button, _Mapping]]] = ..., headerType: _Optional[_Union[Message.ButtonsMessage.HeaderType, str]] = ..., text: _Optional[str] = ..., documentMessage: _Optional[_Union[DocumentMessage, _Mapping]] = ..., imageMessage: _Optional[_Union[ImageMessage, _Mapping]] = ..., videoMessage: _Optional[_Union[VideoMessage, _Mapping]] = ..., locationMessage: _Optional[_Union[LocationMessage, _Mapping]] = ...) -> None: ...
    class ButtonsResponseMessage(_message.Message):
        __slots__ = ("selectedButtonId", "contextInfo", "type", "selectedDisplayText")
        class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            UNKNOWN: _ClassVar[Message.ButtonsResponseMessage.Type]
            DISPLAY_TEXT: _ClassVar[Message.ButtonsResponseMessage.Type]
        UNKNOWN: Message.ButtonsResponseMessage.Type
        DISPLAY_TEXT: Message.ButtonsResponseMessage.Type
        SELECTEDBUTTONID_FIELD_NUMBER: _ClassVar[int]
        CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
        TYPE_FIELD_NUMBER: _ClassVar[int]
        SELECTEDDISPLAYTEXT_FIELD_NUMBER: _ClassVar[int]
        selectedButtonId: str
        contextInfo: ContextInfo
        type: Message.ButtonsResponseMessage.Type
        selectedDisplayText: str
        def __init__(self, selectedButtonId: _Optional[str] = ..., contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ..., type: _Optional[_Union[Message.ButtonsResponseMessage.Type, str]] = ..., selectedDisplayText: _Optional[str] = ...) -> None: ...
    class PaymentInviteMessage(_message.Message):
        __slots__ = ("serviceType", "expiryTimestamp", "incentiveEligible", "referralId", "inviteType")
        class InviteType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            DEFAULT: _ClassVar[Message.PaymentInviteMessage.InviteType]
            MAPPER: _ClassVar[Message.PaymentInviteMessage.InviteType]
        DEFAULT: Message.PaymentInviteMessage.InviteType
        MAPPER: Message.PaymentInviteMessage.InviteType
        class ServiceType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            UNKNOWN: _ClassVar[Message.PaymentInviteMessage.ServiceType]
            FBPAY: _ClassVar[Message.PaymentInviteMessage.ServiceType]
            NOVI: _ClassVar[Message.PaymentInviteMessage.ServiceType]
            UPI: _ClassVar[Message.PaymentInviteMessage.ServiceType]
            PIX: _ClassVar[Message.PaymentInviteMessage.ServiceType]
        UNKNOWN: Message.PaymentInviteMessage.ServiceType
        FBPAY: Message.PaymentInviteMessage.ServiceType
        NOVI: Message.PaymentInviteMessage.ServiceType
        UPI: Message.PaymentInviteMessage.ServiceType
        PIX: Message.PaymentInviteMessage.ServiceType
        SERVICETYPE_FIELD_NUMBER: _ClassVar[int]
        EXPIRYTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
        INCENTIVEELIGIBLE_FIELD_NUMBER: _ClassVar[int]
        REFERRALID_FIELD_NUMBER: _ClassVar[int]
        INVITETYPE_FIELD_NUMBER: _ClassVar[int]
        serviceType: Message.PaymentInviteMessage.ServiceType
        expiryTimestamp: int
        incentiveEligible: bool
        referralId: str
        inviteType: Message.PaymentInviteMessage.InviteType
        def __init__(self, serviceType: _Optional[_Union[Message.PaymentInviteMessage.ServiceType, str]] = ..., expiryTimestamp: _Optional[int] = ..., incentiveEligible: _Optional[bool] = ..., referralId: _Optional[str] = ..., inviteType: _Optional[_Union[Message.PaymentInviteMessage.InviteType, str]] = ...) -> None: ...
    class InteractiveMessage(_message.Message):
        __slots__ = ("header", "body", "footer", "bloksWidget", "contextInfo", "urlTrackingMap", "shopStorefrontMessage", "collectionMessage", "nativeFlowMessage", "carouselMessage")
        class BloksWidget(_message.Message):
            __slots__ = ("uuid", "data", "type", "fallback")
            UUID_FIELD_NUMBER: _ClassVar[int]
            DATA_FIELD_NUMBER: _ClassVar[int]
            TYPE_FIELD_NUMBER: _ClassVar[int]
            FALLBACK_FIELD_NUMBER: _ClassVar[int]
            uuid: str
            data: str
            type: str
            fallback: str
            def __init__(self, uuid: _Optional[str] = ..., data: _Optional[str] = ..., type: _Optional[str] = ..., fallback: _Optional[str] = ...) -> None: ...
        class Body(_message.Message):
            __slots__ = ("text",)
            TEXT_FIELD_NUMBER: _ClassVar[int]
            text: str
            def __init__(self, text: _Optional[str] = ...) -> None: ...
        class CarouselMessage(_message.Message):
            __slots__ = ("cards", "messageVersion", "carouselCardType")
            class CarouselCardType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                UNKNOWN: _ClassVar[Message.InteractiveMessage.CarouselMessage.CarouselCardType]
                HSCROLL_CARDS: _ClassVar[Message.InteractiveMessage.CarouselMessage.CarouselCardType]
                ALBUM_IMAGE: _ClassVar[Message.InteractiveMessage.CarouselMessage.CarouselCardType]
            UNKNOWN: Message.InteractiveMessage.CarouselMessage.CarouselCardType
            HSCROLL_CARDS: Message.InteractiveMessage.CarouselMessage.CarouselCardType
            ALBUM_IMAGE: Message.InteractiveMessage.CarouselMessage.CarouselCardType
            CARDS_FIELD_NUMBER: _ClassVar[int]
            MESSAGEVERSION_FIELD_NUMBER: _ClassVar[int]
            CAROUSELCARDTYPE_FIELD_NUMBER: _ClassVar[int]
            cards: _containers.RepeatedCompositeFieldContainer[Message.InteractiveMessage]
            messageVersion: int
            carouselCardType: Message.InteractiveMessage.CarouselMessage.CarouselCardType
            def __init__(self, cards: _Optional[_Iterable[_Union[Message.InteractiveMessage, _Mapping]]] = ..., messageVersion: _Optional[int] = ..., carouselCardType: _Optional[_Union[Message.InteractiveMessage.CarouselMessage.CarouselCardType, str]] = ...) -> None: ...
        class CollectionMessage(_message.Message):
            __slots__ = ("bizJid", "id", "messageVersion")
            BIZJID_FIELD_NUMBER: _ClassVar[int]
            ID_FIELD_NUMBER: _ClassVar[int]
            MESSAGEVERSION_FIELD_NUMBER: _ClassVar[int]
            bizJid: str
            id: str
            messageVersion: int
            def __init__(self, bizJid: _Optional[str] = ..., id: _Optional[str] = ..., messageVersion: _Optional[int] = ...) -> None: ...
        class Footer(_message.Message):
            __slots__ = ("text", "hasMediaAttachment", "audioMessage")
            TEXT_FIELD_NUMBER: _ClassVar[int]
            HASMEDIAATTACHMENT_FIELD_NUMBER: _ClassVar[int]
            AUDIOMESSAGE_FIELD_NUMBER: _ClassVar[int]
            text: str
            hasMediaAttachment: bool
            audioMessage: AudioMessage
            def __init__(self, text: _Optional[str] = ..., hasMediaAttachment: _Optional[bool] = ..., audioMessage: _Optional[_Union[AudioMessage, _Mapping]] = ...) -> None: ...
        class Header(_message.Message):
            __slots__ = ("title", "subtitle", "hasMediaAttachment", "bloksWidget", "documentMessage", "imageMessage", "jpegThumbnail", "videoMessage", "locationMessage", "productMessage")
            TITLE_FIELD_NUMBER: _ClassVar[int]
            SUBTITLE_FIELD_NUMBER: _ClassVar[int]
            HASMEDIAATTACHMENT_FIELD_NUMBER: _ClassVar[int]
            BLOKSWIDGET_FIELD_NUMBER: _ClassVar[int]
            DOCUMENTMESSAGE_FIELD_NUMBER: _ClassVar[int]
            IMAGEMESSAGE_FIELD_NUMBER: _ClassVar[int]
            JPEGTHUMBNAIL_FIELD_NUMBER: _ClassVar[int]
            VIDEOMESSAGE_FIELD_NUMBER: _ClassVar[int]
            LOCATIONMESSAGE_FIELD_NUMBER: _ClassVar[int]
            PRODUCTMESSAGE_FIELD_NUMBER: _ClassVar[int]
            title: str
            subtitle: str
            hasMediaAttachment: bool
            bloksWidget: Message.InteractiveMessage.BloksWidget
            documentMessage: DocumentMessage
            imageMessage: ImageMessage
            jpegThumbnail: bytes
            videoMessage: VideoMessage
            locationMessage: LocationMessage
            productMessage: Message.ProductMessage
            def __init__(self, title: _Optional[str] = ..., subtitle: _Optional[str] = ..., hasMediaAttachment: _Optional[bool] = ..., bloksWidget: _Optional[_Union[Message.InteractiveMessage.BloksWidget, _Mapping]] = ..., documentMessage: _Optional[_Union[DocumentMessage, _Mapping]] = ..., imageMessage: _Optional[_Union[ImageMessage, _Mapping]] = ..., jpegThumbnail: _Optional[bytes] = ..., videoMessage: _Optional[_Union[VideoMessage, _Mapping]] = ..., locationMessage: _Optional[_Union[LocationMessage, _Mapping]] = ..., productMessage: _Optional[_Union[Message.ProductMessage, _Mapping]] = ...) -> None: ...
        class NativeFlowMessage(_message.Message):
            __slots__ = ("buttons", "messageParamsJson", "messageVersion")
            class NativeFlowButton(_message.Message):
                __slots__ = ("name", "buttonParamsJson")
                NAME_FIELD_NUMBER: _ClassVar[int]
                BUTTONPARAMSJSON_FIELD_NUMBER: _ClassVar[int]
                name: str
                buttonParamsJson: str
                def __init__(self, name: _Optional[str] = ..., buttonParamsJson: _Optional[str] = ...) -> None: ...
            BUTTONS_FIELD_NUMBER: _ClassVar[int]
            MESSAGEPARAMSJSON_FIELD_NUMBER: _ClassVar[int]
            MESSAGEVERSION_FIELD_NUMBER: _ClassVar[int]
            buttons: _containers.RepeatedCompositeFieldContainer[Message.InteractiveMessage.NativeFlowMessage.NativeFlowButton]
            messageParamsJson: str
            messageVersion: int
            def __init__(self, buttons: _Optional[_Iterable[_Union[Message.InteractiveMessage.NativeFlowMessage.NativeFlowButton, _Mapping]]] = ..., messageParamsJson: _Optional[str] = ..., messageVersion: _Optional[int] = ...) -> None: ...
        class ShopMessage(_message.Message):
            __slots__ = ("id", "surface", "messageVersion")
            class Surface(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                UNKNOWN_SURFACE: _ClassVar[Message.InteractiveMessage.ShopMessage.Surface]
                FB: _ClassVar[Message.InteractiveMessage.ShopMessage.Surface]
                IG: _ClassVar[Message.InteractiveMessage.ShopMessage.Surface]
                WA: _ClassVar[Message.InteractiveMessage.ShopMessage.Surface]
            UNKNOWN_SURFACE: Message.InteractiveMessage.ShopMessage.Surface
            FB: Message.InteractiveMessage.ShopMessage.Surface
            IG: Message.InteractiveMessage.ShopMessage.Surface
            WA: Message.InteractiveMessage.ShopMessage.Surface
            ID_FIELD_NUMBER: _ClassVar[int]
            SURFACE_FIELD_NUMBER: _ClassVar[int]
            MESSAGEVERSION_FIELD_NUMBER: _ClassVar[int]
            id: str
            surface: Message.InteractiveMessage.ShopMessage.Surface
            messageVersion: int
            def __init__(self, id: _Optional[str] = ..., surface: _Optional[_Union[Message.InteractiveMessage.ShopMessage.Surface, str]] = ..., messageVersion: _Optional[int] = ...) -> None: ...
        HEADER_FIELD_NUMBER: _ClassVar[int]
        BODY_FIELD_NUMBER: _ClassVar[int]
        FOOTER_FIELD_NUMBER: _ClassVar[int]
        BLOKSWIDGET_FIELD_NUMBER: _ClassVar[int]
        CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
        URLTRACKINGMAP_FIELD_NUMBER: _ClassVar[int]
        SHOPSTOREFRONTMESSAGE_FIELD_NUMBER: _ClassVar[int]
        COLLECTIONMESSAGE_FIELD_NUMBER: _ClassVar[int]
        NATIVEFLOWMESSAGE_FIELD_NUMBER: _ClassVar[int]
        CAROUSELMESSAGE_FIELD_NUMBER: _ClassVar[int]
        header: Message.InteractiveMessage.Header
        body: Message.InteractiveMessage.Body
        footer: Message.InteractiveMessage.Footer
        bloksWidget: Message.InteractiveMessage.BloksWidget
        contextInfo: ContextInfo
        urlTrackingMap: UrlTrackingMap
        shopStorefrontMessage: Message.InteractiveMessage.ShopMessage
        collectionMessage: Message.InteractiveMessage.CollectionMessage
        nativeFlowMessage: Message.InteractiveMessage.NativeFlowMessage
        carouselMessage: Message.InteractiveMessage.CarouselMessage
        def __init__(self, header: _Optional[_Union[Message.InteractiveMessage.Header, _Mapping]] = ..., body: _Optional[_Union[Message.InteractiveMessage.Body, _Mapping]] = ..., footer: _Optional[_Union[Message.InteractiveMessage.Footer, _Mapping]] = ..., bloksWidget: _Optional[_Union[Message.InteractiveMessage.BloksWidget, _Mapping]] = ..., contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ..., urlTrackingMap: _Optional[_Union[UrlTrackingMap, _Mapping]] = ..., shopStorefrontMessage: _Optional[_Union[Message.InteractiveMessage.ShopMessage, _Mapping]] = ..., collectionMessage: _Optional[_Union[Message.InteractiveMessage.CollectionMessage, _Mapping]] = ..., nativeFlowMessage: _Optional[_Union[Message.InteractiveMessage.NativeFlowMessage, _Mapping]] = ..., carouselMessage: _Optional[_Union[Message.InteractiveMessage.CarouselMessage, _Mapping]] = ...) -> None: ...
    class StickerSyncRMRMessage(_message.Message):
        __slots__ = ("filehash", "rmrSource", "requestTimestamp")
        FILEHASH_FIELD_NUMBER: _ClassVar[int]
        RMRSOURCE_FIELD_NUMBER: _ClassVar[int]
        REQUESTTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
        filehash: _containers.RepeatedScalarFieldContainer[str]
        rmrSource: str
        requestTimestamp: int
        def __init__(self, filehash: _Optional[_Iterable[str]] = ..., rmrSource: _Optional[str] = ..., requestTimestamp: _Optional[int] = ...) -> None: ...
    class InteractiveResponseMessage(_message.Message):
        __slots__ = ("body", "contextInfo", "nativeFlowResponseMessage")
        class Body(_message.Message):
            __slots__ = ("text", "format")
            class Format(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                DEFAULT: _ClassVar[Message.InteractiveResponseMessage.Body.Format]
                EXTENSIONS_1: _ClassVar[Message.InteractiveResponseMessage.Body.Format]
            DEFAULT: Message.InteractiveResponseMessage.Body.Format
            EXTENSIONS_1: Message.InteractiveResponseMessage.Body.Format
            TEXT_FIELD_NUMBER: _ClassVar[int]
            FORMAT_FIELD_NUMBER: _ClassVar[int]
            text: str
            format: Message.InteractiveResponseMessage.Body.Format
            def __init__(self, text: _Optional[str] = ..., format: _Optional[_Union[Message.InteractiveResponseMessage.Body.Format, str]] = ...) -> None: ...
        class NativeFlowResponseMessage(_message.Message):
            __slots__ = ("name", "paramsJson", "version")
            NAME_FIELD_NUMBER: _ClassVar[int]
            PARAMSJSON_FIELD_NUMBER: _ClassVar[int]
            VERSION_FIELD_NUMBER: _ClassVar[int]
            name: str
            paramsJson: str
            version: int
            def __init__(self, name: _Optional[str] = ..., paramsJson: _Optional[str] = ..., version: _Optional[int] = ...) -> None: ...
        BODY_FIELD_NUMBER: _ClassVar[int]
        CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
        NATIVEFLOWRESPONSEMESSAGE_FIELD_NUMBER: _ClassVar[int]
        body: Message.InteractiveResponseMessage.Body
        contextInfo: ContextInfo
        nativeFlowResponseMessage: Message.InteractiveResponseMessage.NativeFlowResponseMessage
        def __init__(self, body: _Optional[_Union[Message.InteractiveResponseMessage.Body, _Mapping]] = ..., contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ..., nativeFlowResponseMessage: _Optional[_Union[Message.InteractiveResponseMessage.NativeFlowResponseMessage, _Mapping]] = ...) -> None: ...
    class KeepInChatMessage(_message.Message):
        __slots__ = ("key", "keepType", "timestampMs")
        KEY_FIELD_NUMBER: _ClassVar[int]
        KEEPTYPE_FIELD_NUMBER: _ClassVar[int]
        TIMESTAMPMS_FIELD_NUMBER: _ClassVar[int]
        key: MessageKey
        keepType: KeepType
        timestampMs: int
        def __init__(self, key: _Optional[_Union[MessageKey, _Mapping]] = ..., keepType: _Optional[_Union[KeepType, str]] = ..., timestampMs: _Optional[int] = ...) -> None: ...
    class RequestPhoneNumberMessage(_message.Message):
        __slots__ = ("contextInfo",)
        CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
        contextInfo: ContextInfo
        def __init__(self, contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ...) -> None: ...
    class EncReactionMessage(_message.Message):
        __slots__ = ("targetMessageKey", "encPayload", "encIv")
        TARGETMESSAGEKEY_FIELD_NUMBER: _ClassVar[int]
        ENCPAYLOAD_FIELD_NUMBER: _ClassVar[int]
        ENCIV_FIELD_NUMBER: _ClassVar[int]
        targetMessageKey: MessageKey
        encPayload: bytes
        encIv: bytes
        def __init__(self, targetMessageKey: _Optional[_Union[MessageKey, _Mapping]] = ..., encPayload: _Optional[bytes] = ..., encIv: _Optional[bytes] = ...) -> None: ...
    class ScheduledCallCreationMessage(_message.Message):
        __slots__ = ("scheduledTimestampMs", "callType", "title")
        class CallType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            UNKNOWN: _ClassVar[Message.ScheduledCallCreationMessage.CallType]
            VOICE: _ClassVar[Message.ScheduledCallCreationMessage.CallType]
            VIDEO: _ClassVar[Message.ScheduledCallCreationMessage.CallType]
        UNKNOWN: Message.ScheduledCallCreationMessage.CallType
        VOICE: Message.ScheduledCallCreationMessage.CallType
        VIDEO: Message.ScheduledCallCreationMessage.CallType
        SCHEDULEDTIMESTAMPMS_FIELD_NUMBER: _ClassVar[int]
        CALLTYPE_FIELD_NUMBER: _ClassVar[int]
        TITLE_FIELD_NUMBER: _ClassVar[int]
        scheduledTimestampMs: int
        callType: Message.ScheduledCallCreationMessage.CallType
        title: str
        def __init__(self, scheduledTimestampMs: _Optional[int] = ..., callType: _Optional[_Union[Message.ScheduledCallCreationMessage.CallType, str]] = ..., title: _Optional[str] = ...) -> None: ...
    class PinInChatMessage(_message.Message):
        __slots__ = ("key", "type", "senderTimestampMs")
        class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            UNKNOWN_TYPE: _ClassVar[Message.PinInChatMessage.Type]
            PIN_FOR_ALL: _ClassVar[Message.PinInChatMessage.Type]
            UNPIN_FOR_ALL: _ClassVar[Message.PinInChatMessage.Type]
        UNKNOWN_TYPE: Message.PinInChatMessage.Type
        PIN_FOR_ALL: Message.PinInChatMessage.Type
        UNPIN_FOR_ALL: Message.PinInChatMessage.Type
        KEY_FIELD_NUMBER: _ClassVar[int]
        TYPE_FIELD_NUMBER: _ClassVar[int]
        SENDERTIMESTAMPMS_FIELD_NUMBER: _ClassVar[int]
        key: MessageKey
        type: Message.PinInChatMessage.Type
        senderTimestampMs: int
        def __init__(self, key: _Optional[_Union[MessageKey, _Mapping]] = ..., type: _Optional[_Union[Message.PinInChatMessage.Type, str]] = ..., senderTimestampMs: _Optional[int] = ...) -> None: ...
    class ScheduledCallEditMessage(_message.Message):
        __slots__ = ("key", "editType")
        class EditType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            UNKNOWN: _ClassVar[Message.ScheduledCallEditMessage.EditType]
            CANCEL: _ClassVar[Message.ScheduledCallEditMessage.EditType]
        UNKNOWN: Message.ScheduledCallEditMessage.EditType
        CANCEL: Message.ScheduledCallEditMessage.EditType
        KEY_FIELD_NUMBER: _ClassVar[int]
        EDITTYPE_FIELD_NUMBER: _ClassVar[int]
        key: MessageKey
        editType: Message.ScheduledCallEditMessage.EditType
        def __init__(self, key: _Optional[_Union[MessageKey, _Mapping]] = ..., editType: _Optional[_Union[Message.ScheduledCallEditMessage.EditType, str]] = ...) -> None: ...
    class CallLogMessage(_message.Message):
        __slots__ = ("isVideo", "callOutcome", "durationSecs", "callType", "participants")
        class CallOutcome(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            CONNECTED: _ClassVar[Message.CallLogMessage.CallOutcome]
            MISSED: _ClassVar[Message.CallLogMessage.CallOutcome]
            FAILED: _ClassVar[Message.CallLogMessage.CallOutcome]
            REJECTED: _ClassVar[Message.CallLogMessage.CallOutcome]
            ACCEPTED_ELSEWHERE: _ClassVar[Message.CallLogMessage.CallOutcome]
            ONGOING: _ClassVar[Message.CallLogMessage.CallOutcome]
            SILENCED_BY_DND: _ClassVar[Message.CallLogMessage.CallOutcome]
            SILENCED_UNKNOWN_CALLER: _ClassVar[Message.CallLogMessage.CallOutcome]
        CONNECTED: Message.CallLogMessage.CallOutcome
        MISSED: Message.CallLogMessage.CallOutcome
        FAILED: Message.CallLogMessage.CallOutcome
        REJECTED: Message.CallLogMessage.CallOutcome
        ACCEPTED_ELSEWHERE: Message.CallLogMessage.CallOutcome
        ONGOING: Message.CallLogMessage.CallOutcome
        SILENCED_BY_DND: Message.CallLogMessage.CallOutcome
        SILENCED_UNKNOWN_CALLER: Message.CallLogMessage.CallOutcome
        class CallType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            REGULAR: _ClassVar[Message.CallLogMessage.CallType]
            SCHEDULED_CALL: _ClassVar[Message.CallLogMessage.CallType]
            VOICE_CHAT: _ClassVar[Message.CallLogMessage.CallType]
        REGULAR: Message.CallLogMessage.CallType
        SCHEDULED_CALL: Message.CallLogMessage.CallType
        VOICE_CHAT: Message.CallLogMessage.CallType
        class CallParticipant(_message.Message):
            __slots__ = ("jid", "callOutcome")
            JID_FIELD_NUMBER: _ClassVar[int]
            CALLOUTCOME_FIELD_NUMBER: _ClassVar[int]
            jid: str
            callOutcome: Message.CallLogMessage.CallOutcome
            def __init__(self, jid: _Optional[str] = ..., callOutcome: _Optional[_Union[Message.CallLogMessage.CallOutcome, str]] = ...) -> None: ...
        ISVIDEO_FIELD_NUMBER: _ClassVar[int]
        CALLOUTCOME_FIELD_NUMBER: _ClassVar[int]
        DURATIONSECS_FIELD_NUMBER: _ClassVar[int]
        CALLTYPE_FIELD_NUMBER: _ClassVar[int]
        PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
        isVideo: bool
        callOutcome: Message.CallLogMessage.CallOutcome
        durationSecs: int
        callType: Message.CallLogMessage.CallType
        participants: _containers.RepeatedCompositeFieldContainer[Message.CallLogMessage.CallParticipant]
        def __init__(self, isVideo: _Optional[bool] = ..., callOutcome: _Optional[_Union[Message.CallLogMessage.CallOutcome, str]] = ..., durationSecs: _Optional[int] = ..., callType: _Optional[_Union[Message.CallLogMessage.CallType, str]] = ..., participants: _Optional[_Iterable[_Union[Message.CallLogMessage.CallParticipant, _Mapping]]] = ...) -> None: ...
    class MessageHistoryBundle(_message.Message):
        __slots__ = ("mimetype", "fileSha256", "mediaKey", "fileEncSha256", "directPath", "mediaKeyTimestamp", "contextInfo", "messageHistoryMetadata")
        MIMETYPE_FIELD_NUMBER: _ClassVar[int]
        FILESHA256_FIELD_NUMBER: _ClassVar[int]
        MEDIAKEY_FIELD_NUMBER: _ClassVar[int]
        FILEENCSHA256_FIELD_NUMBER: _ClassVar[int]
        DIRECTPATH_FIELD_NUMBER: _ClassVar[int]
        MEDIAKEYTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
        CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
        MESSAGEHISTORYMETADATA_FIELD_NUMBER: _ClassVar[int]
        mimetype: str
        fileSha256: bytes
        mediaKey: bytes
        fileEncSha256: bytes
        directPath: str
        mediaKeyTimestamp: int
        contextInfo: ContextInfo
        messageHistoryMetadata: Message.MessageHistoryMetadata
        def __init__(self, mimetype: _Optional[str] = ..., fileSha256: _Optional[bytes] = ..., mediaKey: _Optional[bytes] = ..., fileEncSha256: _Optional[bytes] = ..., directPath: _Optional[str] = ..., mediaKeyTimestamp: _Optional[int] = ..., contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ..., messageHistoryMetadata: _Optional[_Union[Message.MessageHistoryMetadata, _Mapping]] = ...) -> None: ...
    class EncCommentMessage(_message.Message):
        __slots__ = ("targetMessageKey", "encPayload", "encIv")
        TARGETMESSAGEKEY_FIELD_NUMBER: _ClassVar[int]
        ENCPAYLOAD_FIELD_NUMBER: _ClassVar[int]
        ENCIV_FIELD_NUMBER: _ClassVar[int]
        targetMessageKey: MessageKey
        encPayload: bytes
        encIv: bytes
        def __init__(self, targetMessageKey: _Optional[_Union[MessageKey, _Mapping]] = ..., encPayload: _Optional[bytes] = ..., encIv: _Optional[bytes] = ...) -> None: ...
    class BCallMessage(_message.Message):
        __slots__ = ("sessionId", "mediaType", "masterKey", "caption")
        class MediaType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            UNKNOWN: _ClassVar[Message.BCallMessage.MediaType]
            AUDIO: _ClassVar[Message.BCallMessage.MediaType]
            VIDEO: _ClassVar[Message.BCallMessage.MediaType]
        UNKNOWN: Message.BCallMessage.MediaType
        AUDIO: Message.BCallMessage.MediaType
        VIDEO: Message.BCallMessage.MediaType
        SESSIONID_FIELD_NUMBER: _ClassVar[int]
        MEDIATYPE_FIELD_NUMBER: _ClassVar[int]
        MASTERKEY_FIELD_NUMBER: _ClassVar[int]
        CAPTION_FIELD_NUMBER: _ClassVar[int]
        sessionId: str
        mediaType: Message.BCallMessage.MediaType
        masterKey: bytes
        caption: str
        def __init__(self, sessionId: _Optional[str] = ..., mediaType: _Optional[_Union[Message.BCallMessage.MediaType, str]] = ..., masterKey: _Optional[bytes] = ..., caption: _Optional[str] = ...) -> None: ...
    class EventMessage(_message.Message):
        __slots__ = ("contextInfo", "isCanceled", "name", "description", "location", "joinLink", "startTime", "endTime", "extraGuestsAllowed", "isScheduleCall", "hasReminder", "reminderOffsetSec")
        CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
        ISCANCELED_FIELD_NUMBER: _ClassVar[int]
        NAME_FIELD_NUMBER: _ClassVar[int]
        DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
        LOCATION_FIELD_NUMBER: _ClassVar[int]
        JOINLINK_FIELD_NUMBER: _ClassVar[int]
        STARTTIME_FIELD_NUMBER: _ClassVar[int]
        ENDTIME_FIELD_NUMBER: _ClassVar[int]
        EXTRAGUESTSALLOWED_FIELD_NUMBER: _ClassVar[int]
        ISSCHEDULECALL_FIELD_NUMBER: _ClassVar[int]
        HASREMINDER_FIELD_NUMBER: _ClassVar[int]
        REMINDEROFFSETSEC_FIELD_NUMBER: _ClassVar[int]
        contextInfo: ContextInfo
        isCanceled: bool
        name: str
        description: str
        location: LocationMessage
        joinLink: str
        startTime: int
        endTime: int
        extraGuestsAllowed: bool
        isScheduleCall: bool
        hasReminder: bool
        reminderOffsetSec: int
        def __init__(self, contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ..., isCanceled: _Optional[bool] = ..., name: _Optional[str] = ..., description: _Optional[str] = ..., location: _Optional[_Union[LocationMessage, _Mapping]] = ..., joinLink: _Optional[str] = ..., startTime: _Optional[int] = ..., endTime: _Optional[int] = ..., extraGuestsAllowed: _Optional[bool] = ..., isScheduleCall: _Optional[bool] = ..., hasReminder: _Optional[bool] = ..., reminderOffsetSec: _Optional[int] = ...) -> None: ...
    class EncEventResponseMessage(_message.Message):
        __slots__ = ("eventCreationMessageKey", "encPayload", "encIv")
        EVENTCREATIONMESSAGEKEY_FIELD_NUMBER: _ClassVar[int]
        ENCPAYLOAD_FIELD_NUMBER: _ClassVar[int]
        ENCIV_FIELD_NUMBER: _ClassVar[int]
        eventCreationMessageKey: MessageKey
        encPayload: bytes
        encIv: bytes
        def __init__(self, eventCreationMessageKey: _Optional[_Union[MessageKey, _Mapping]] = ..., encPayload: _Optional[bytes] = ..., encIv: _Optional[bytes] = ...) -> None: ...
    class CommentMessage(_message.Message):
        __slots__ = ("message", "targetMessageKey")
        MESSAGE_FIELD_NUMBER: _ClassVar[int]
        TARGETMESSAGEKEY_FIELD_NUMBER: _ClassVar[int]
        message: Message
        targetMessageKey: MessageKey
        def __init__(self, message: _Optional[_Union[Message, _Mapping]] = ..., targetMessageKey: _Optional[_Union[MessageKey, _Mapping]] = ...) -> None: ...
    class NewsletterAdminInviteMessage(_message.Message):
        __slots__ = ("newsletterJid", "newsletterName", "jpegThumbnail", "caption", "inviteExpiration", "contextInfo")
        NEWSLETTERJID_FIELD_NUMBER: _ClassVar[int]
        NEWSLETTERNAME_FIELD_NUMBER: _ClassVar[int]
        JPEGTHUMBNAIL_FIELD_NUMBER: _ClassVar[int]
        CAPTION_FIELD_NUMBER: _ClassVar[int]
        INVITEEXPIRATION_FIELD_NUMBER: _ClassVar[int]
        CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
        newsletterJid: str
        newsletterName: str
        jpegThumbnail: bytes
        caption: str
        inviteExpiration: int
        contextInfo: ContextInfo
        def __init__(self, newsletterJid: _Optional[str] = ..., newsletterName: _Optional[str] = ..., jpegThumbnail: _Optional[bytes] = ..., caption: _Optional[str] = ..., inviteExpiration: _Optional[int] = ..., contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ...) -> None: ...
    class PlaceholderMessage(_message.Message):
        __slots__ = ("type",)
        class PlaceholderType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            MASK_LINKED_DEVICES: _ClassVar[Message.PlaceholderMessage.PlaceholderType]
        MASK_LINKED_DEVICES: Message.PlaceholderMessage.PlaceholderType
        TYPE_FIELD_NUMBER: _ClassVar[int]
        type: Message.PlaceholderMessage.PlaceholderType
        def __init__(self, type: _Optional[_Union[Message.PlaceholderMessage.PlaceholderType, str]] = ...) -> None: ...
    class SecretEncryptedMessage(_message.Message):
        __slots__ = ("targetMessageKey", "encPayload", "encIv", "secretEncType", "remoteKeyId")
        class SecretEncType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            UNKNOWN: _ClassVar[Message.SecretEncryptedMessage.SecretEncType]
            EVENT_EDIT: _ClassVar[Message.SecretEncryptedMessage.SecretEncType]
            MESSAGE_EDIT: _ClassVar[Message.SecretEncryptedMessage.SecretEncType]
            MESSAGE_SCHEDULE: _ClassVar[Message.SecretEncryptedMessage.SecretEncType]
            POLL_EDIT: _ClassVar[Message.SecretEncryptedMessage.SecretEncType]
            POLL_ADD_OPTION: _ClassVar[Message.SecretEncryptedMessage.SecretEncType]
        UNKNOWN: Message.SecretEncryptedMessage.SecretEncType
        EVENT_EDIT: Message.SecretEncryptedMessage.SecretEncType
        MESSAGE_EDIT: Message.SecretEncryptedMessage.SecretEncType
        MESSAGE_SCHEDULE: Message.SecretEncryptedMessage.SecretEncType
        POLL_EDIT: Message.SecretEncryptedMessage.SecretEncType
        POLL_ADD_OPTION: Message.SecretEncryptedMessage.SecretEncType
        TARGETMESSAGEKEY_FIELD_NUMBER: _ClassVar[int]
        ENCPAYLOAD_FIELD_NUMBER: _ClassVar[int]
        ENCIV_FIELD_NUMBER: _ClassVar[int]
        SECRETENCTYPE_FIELD_NUMBER: _ClassVar[int]
        REMOTEKEYID_FIELD_NUMBER: _ClassVar[int]
        targetMessageKey: MessageKey
        encPayload: bytes
        encIv: bytes
        secretEncType: Message.SecretEncryptedMessage.SecretEncType
        remoteKeyId: str
        def __init__(self, targetMessageKey: _Optional[_Union[MessageKey, _Mapping]] = ..., encPayload: _Optional[bytes] = ..., encIv: _Optional[bytes] = ..., secretEncType: _Optional[_Union[Message.SecretEncryptedMessage.SecretEncType, str]] = ..., remoteKeyId: _Optional[str] = ...) -> None: ...
    class AlbumMessage(_message.Message):
        __slots__ = ("expectedImageCount", "expectedVideoCount", "contextInfo")
        EXPECTEDIMAGECOUNT_FIELD_NUMBER: _ClassVar[int]
        EXPECTEDVIDEOCOUNT_FIELD_NUMBER: _ClassVar[int]
        CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
        expectedImageCount: int
        expectedVideoCount: int
        contextInfo: ContextInfo
        def __init__(self, expectedImageCount: _Optional[int] = ..., expectedVideoCount: _Optional[int] = ..., contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ...) -> None: ...
    class StickerPackMessage(_message.Message):
        __slots__ = ("stickerPackId", "name", "publisher", "stickers", "fileLength", "fileSha256", "fileEncSha256", "mediaKey", "directPath", "caption", "contextInfo", "packDescription", "mediaKeyTimestamp", "trayIconFileName", "thumbnailDirectPath", "thumbnailSha256", "thumbnailEncSha256", "thumbnailHeight", "thumbnailWidth", "imageDataHash", "stickerPackSize", "stickerPackOrigin")
        class StickerPackOrigin(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            FIRST_PARTY: _ClassVar[Message.StickerPackMessage.StickerPackOrigin]
            THIRD_PARTY: _ClassVar[Message.StickerPackMessage.StickerPackOrigin]
            USER_CREATED: _ClassVar[Message.StickerPackMessage.StickerPackOrigin]
        FIRST_PARTY: Message.StickerPackMessage.StickerPackOrigin
        THIRD_PARTY: Message.StickerPackMessage.StickerPackOrigin
        USER_CREATED: Message.StickerPackMessage.StickerPackOrigin
        class Sticker(_message.Message):
            __slots__ = ("fileName", "isAnimated", "emojis", "accessibilityLabel", "isLottie", "mimetype", "premium")
            FILENAME_FIELD_NUMBER: _ClassVar[int]
            ISANIMATED_FIELD_NUMBER: _ClassVar[int]
            EMOJIS_FIELD_NUMBER: _ClassVar[int]
            ACCESSIBILITYLABEL_FIELD_NUMBER: _ClassVar[int]
            ISLOTTIE_FIELD_NUMBER: _ClassVar[int]
            MIMETYPE_FIELD_NUMBER: _ClassVar[int]
            PREMIUM_FIELD_NUMBER: _ClassVar[int]
            fileName: str
            isAnimated: bool
            emojis: _containers.RepeatedScalarFieldContainer[str]
            accessibilityLabel: str
            isLottie: bool
            mimetype: str
            premium: int
            def __init__(self, fileName: _Optional[str] = ..., isAnimated: _Optional[bool] = ..., emojis: _Optional[_Iterable[str]] = ..., accessibilityLabel: _Optional[str] = ..., isLottie: _Optional[bool] = ..., mimetype: _Optional[str] = ..., premium: _Optional[int] = ...) -> None: ...
        STICKERPACKID_FIELD_NUMBER: _ClassVar[int]
        NAME_FIELD_NUMBER: _ClassVar[int]
        PUBLISHER_FIELD_NUMBER: _ClassVar[int]
        STICKERS_FIELD_NUMBER: _ClassVar[int]
        FILELENGTH_FIELD_NUMBER: _ClassVar[int]
        FILESHA256_FIELD_NUMBER: _ClassVar[int]
        FILEENCSHA256_FIELD_NUMBER: _ClassVar[int]
        MEDIAKEY_FIELD_NUMBER: _ClassVar[int]
        DIRECTPATH_FIELD_NUMBER: _ClassVar[int]
        CAPTION_FIELD_NUMBER: _ClassVar[int]
        CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
        PACKDESCRIPTION_FIELD_NUMBER: _ClassVar[int]
        MEDIAKEYTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
        TRAYICONFILENAME_FIELD_NUMBER: _ClassVar[int]
        THUMBNAILDIRECTPATH_FIELD_NUMBER: _ClassVar[int]
        THUMBNAILSHA256_FIELD_NUMBER: _ClassVar[int]
        THUMBNAILENCSHA256_FIELD_NUMBER: _ClassVar[int]
        THUMBNAILHEIGHT_FIELD_NUMBER: _ClassVar[int]
        THUMBNAILWIDTH_FIELD_NUMBER: _ClassVar[int]
        IMAGEDATAHASH_FIELD_NUMBER: _ClassVar[int]
        STICKERPACKSIZE_FIELD_NUMBER: _ClassVar[int]
        STICKERPACKORIGIN_FIELD_NUMBER: _ClassVar[int]
        stickerPackId: str
        name: str
        publisher: str
        stickers: _containers.RepeatedCompositeFieldContainer[Message.StickerPackMessage.Sticker]
        fileLength: int
        fileSha256: bytes
        fileEncSha256: bytes
        mediaKey: bytes
        directPath: str
        caption: str
        contextInfo: ContextInfo
        packDescription: str
        mediaKeyTimestamp: int
        trayIconFileName: str
        thumbnailDirectPath: str
        thumbnailSha256: bytes
        thumbnailEncSha256: bytes
        thumbnailHeight: int
        thumbnailWidth: int
        imageDataHash: str
        stickerPackSize: int
        stickerPackOrigin: Message.StickerPackMessage.StickerPackOrigin
        def __init__(self, stickerPackId: _Optional[str] = ..., name: _Optional[str] = ..., publisher: _Optional[str] = ..., stickers: _Optional[_Iterable[_Union[Message.StickerPackMessage.Sticker, _Mapping]]] = ..., fileLength: _Optional[int] = ..., fileSha256: _Optional[bytes] = ..., fileEncSha256: _Optional[bytes] = ..., mediaKey: _Optional[bytes] = ..., directPath: _Optional[str] = ..., caption: _Optional[str] = ..., contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ..., packDescription: _Optional[str] = ..., mediaKeyTimestamp: _Optional[int] = ..., trayIconFileName: _Optional[str] = ..., thumbnailDirectPath: _Optional[str] = ..., thumbnailSha256: _Optional[bytes] = ..., thumbnailEncSha256: _Optional[bytes] = ..., thumbnailHeight: _Optional[int] = ..., thumbnailWidth: _Optional[int] = ..., imageDataHash: _Optional[str] = ..., stickerPackSize: _Optional[int] = ..., stickerPackOrigin: _Optional[_Union[Message.StickerPackMessage.StickerPackOrigin, str]] = ...) -> None: ...
    class PollResultSnapshotMessage(_message.Message):
        __slots__ = ("name", "pollVotes", "contextInfo", "pollType")
        class PollVote(_message.Message):
            __slots__ = ("optionName", "optionVoteCount")
            OPTIONNAME_FIELD_NUMBER: _ClassVar[int]
            OPTIONVOTECOUNT_FIELD_NUMBER: _ClassVar[int]
            optionName: str
            optionVoteCount: int
            def __init__(self, optionName: _Optional[str] = ..., optionVoteCount: _Optional[int] = ...) -> None: ...
        NAME_FIELD_NUMBER: _ClassVar[int]
        POLLVOTES_FIELD_NUMBER: _ClassVar[int]
        CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
        POLLTYPE_FIELD_NUMBER: _ClassVar[int]
        name: str
        pollVotes: _containers.RepeatedCompositeFieldContainer[Message.PollResultSnapshotMessage.PollVote]
        contextInfo: ContextInfo
        pollType: PollType
        def __init__(self, name: _Optional[str] = ..., pollVotes: _Optional[_Iterable[_Union[Message.PollResultSnapshotMessage.PollVote, _Mapping]]] = ..., contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ..., pollType: _Optional[_Union[PollType, str]] = ...) -> None: ...
    class StatusNotificationMessage(_message.Message):
        __slots__ = ("responseMessageKey", "originalMessageKey", "type")
        class StatusNotificationType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            UNKNOWN: _ClassVar[Message.StatusNotificationMessage.StatusNotificationType]
            STATUS_ADD_YOURS: _ClassVar[Message.StatusNotificationMessage.StatusNotificationType]
            STATUS_RESHARE: _ClassVar[Message.StatusNotificationMessage.StatusNotificationType]
            STATUS_QUESTION_ANSWER_RESHARE: _ClassVar[Message.StatusNotificationMessage.StatusNotificationType]
            STATUS_GROUP_STATUS_REPLY: _ClassVar[Message.StatusNotificationMessage.StatusNotificationType]
        UNKNOWN: Message.StatusNotificationMessage.StatusNotificationType
        STATUS_ADD_YOURS: Message.StatusNotificationMessage.StatusNotificationType
        STATUS_RESHARE: Message.StatusNotificationMessage.StatusNotificationType
        STATUS_QUESTION_ANSWER_RESHARE: Message.StatusNotificationMessage.StatusNotificationType
        STATUS_GROUP_STATUS_REPLY: Message.StatusNotificationMessage.StatusNotificationType
        RESPONSEMESSAGEKEY_FIELD_NUMBER: _ClassVar[int]
        ORIGINALMESSAGEKEY_FIELD_NUMBER: _ClassVar[int]
        TYPE_FIELD_NUMBER: _ClassVar[int]
        responseMessageKey: MessageKey
        originalMessageKey: MessageKey
        type: Message.StatusNotificationMessage.StatusNotificationType
        def __init__(self, responseMessageKey: _Optional[_Union[MessageKey, _Mapping]] = ..., originalMessageKey: _Optional[_Union[MessageKey, _Mapping]] = ..., type: _Optional[_Union[Message.StatusNotificationMessage.StatusNotificationType, str]] = ...) -> None: ...
    class MessageHistoryNotice(_message.Message):
        __slots__ = ("contextInfo", "messageHistoryMetadata", "botHistoryShareSyncMetadata")
        CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
        MESSAGEHISTORYMETADATA_FIELD_NUMBER: _ClassVar[int]
        BOTHISTORYSHARESYNCMETADATA_FIELD_NUMBER: _ClassVar[int]
        contextInfo: ContextInfo
        messageHistoryMetadata: Message.MessageHistoryMetadata
        botHistoryShareSyncMetadata: Message.BotHistoryShareSyncMetadata
        def __init__(self, contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ..., messageHistoryMetadata: _Optional[_Union[Message.MessageHistoryMetadata, _Mapping]] = ..., botHistoryShareSyncMetadata: _Optional[_Union[Message.BotHistoryShareSyncMetadata, _Mapping]] = ...) -> None: ...
    class StatusQuestionAnswerMessage(_message.Message):
        __slots__ = ("key", "text")
        KEY_FIELD_NUMBER: _ClassVar[int]
        TEXT_FIELD_NUMBER: _ClassVar[int]
        key: MessageKey
        text: str
        def __init__(self, key: _Optional[_Union[MessageKey, _Mapping]] = ..., text: _Optional[str] = ...) -> None: ...
    class QuestionResponseMessage(_message.Message):
        __slots__ = ("key", "text")
        KEY_FIELD_NUMBER: _ClassVar[int]
        TEXT_FIELD_NUMBER: _ClassVar[int]
        key: MessageKey
        text: str
        def __init__(self, key: _Optional[_Union[MessageKey, _Mapping]] = ..., text: _Optional[str] = ...) -> None: ...
    class StatusQuotedMessage(_message.Message):
        __slots__ = ("type", "text", "thumbnail", "originalStatusId")
        class StatusQuotedMessageType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            QUESTION_ANSWER: _ClassVar[Message.StatusQuotedMessage.StatusQuotedMessageType]
        QUESTION_ANSWER: Message.StatusQuotedMessage.StatusQuotedMessageType
        TYPE_FIELD_NUMBER: _ClassVar[int]
        TEXT_FIELD_NUMBER: _ClassVar[int]
        THUMBNAIL_FIELD_NUMBER: _ClassVar[int]
        ORIGINALSTATUSID_FIELD_NUMBER: _ClassVar[int]
        type: Message.StatusQuotedMessage.StatusQuotedMessageType
        text: str
        thumbnail: bytes
        originalStatusId: MessageKey
        def __init__(self, type: _Optional[_Union[Message.StatusQuotedMessage.StatusQuotedMessageType, str]] = ..., text: _Optional[str] = ..., thumbnail: _Optional[bytes] = ..., originalStatusId: _Optional[_Union[MessageKey, _Mapping]] = ...) -> None: ...
    class StatusStickerInteractionMessage(_message.Message):
        __slots__ = ("key", "stickerKey", "type")
        class StatusStickerType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            UNKNOWN: _ClassVar[Message.StatusStickerInteractionMessage.StatusStickerType]
            REACTION: _ClassVar[Message.StatusStickerInteractionMessage.StatusStickerType]
        UNKNOWN: Message.StatusStickerInteractionMessage.StatusStickerType
        REACTION: Message.StatusStickerInteractionMessage.StatusStickerType
        KEY_FIELD_NUMBER: _ClassVar[int]
        STICKERKEY_FIELD_NUMBER: _ClassVar[int]
        TYPE_FIELD_NUMBER: _ClassVar[int]
        key: MessageKey
        stickerKey: str
        type: Message.StatusStickerInteractionMessage.StatusStickerType
        def __init__(self, key: _Optional[_Union[MessageKey, _Mapping]] = ..., stickerKey: _Optional[str] = ..., type: _Optional[_Union[Message.StatusStickerInteractionMessage.StatusStickerType, str]] = ...) -> None: ...
    class NewsletterFollowerInviteMessage(_message.Message):
        __slots__ = ("newsletterJid", "newsletterName", "jpegThumbnail", "caption", "contextInfo")
        NEWSLETTERJID_FIELD_NUMBER: _ClassVar[int]
        NEWSLETTERNAME_FIELD_NUMBER: _ClassVar[int]
        JPEGTHUMBNAIL_FIELD_NUMBER: _ClassVar[int]
        CAPTION_FIELD_NUMBER: _ClassVar[int]
        CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
        newsletterJid: str
        newsletterName: str
        jpegThumbnail: bytes
        caption: str
        contextInfo: ContextInfo
        def __init__(self, newsletterJid: _Optional[str] = ..., newsletterName: _Optional[str] = ..., jpegThumbnail: _Optional[bytes] = ..., caption: _Optional[str] = ..., contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ...) -> None: ...
    class ConditionalRevealMessage(_message.Message):
        __slots__ = ("encPayload", "encIv", "conditionalRevealMessageType", "revealKeyId")
        class ConditionalRevealMessageType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            UNKNOWN: _ClassVar[Message.ConditionalRevealMessage.ConditionalRevealMessageType]
            SCHEDULED_MESSAGE: _ClassVar[Message.ConditionalRevealMessage.ConditionalRevealMessageType]
        UNKNOWN: Message.ConditionalRevealMessage.ConditionalRevealMessageType
        SCHEDULED_MESSAGE: Message.ConditionalRevealMessage.ConditionalRevealMessageType
        ENCPAYLOAD_FIELD_NUMBER: _ClassVar[int]
        ENCIV_FIELD_NUMBER: _ClassVar[int]
        CONDITIONALREVEALMESSAGETYPE_FIELD_NUMBER: _ClassVar[int]
        REVEALKEYID_FIELD_NUMBER: _ClassVar[int]
        encPayload: bytes
        encIv: bytes
        conditionalRevealMessageType: Message.ConditionalRevealMessage.ConditionalRevealMessageType
        revealKeyId: str
        def __init__(self, encPayload: _Optional[bytes] = ..., encIv: _Optional[bytes] = ..., conditionalRevealMessageType: _Optional[_Union[Message.ConditionalRevealMessage.ConditionalRevealMessageType, str]] = ..., revealKeyId: _Optional[str] = ...) -> None: ...
    class PollAddOptionMessage(_message.Message):
        __slots__ = ("pollCreationMessageKey", "addOption", "metadata")
        POLLCREATIONMESSAGEKEY_FIELD_NUMBER: _ClassVar[int]
        ADDOPTION_FIELD_NUMBER: _ClassVar[int]
        METADATA_FIELD_NUMBER: _ClassVar[int]
        pollCreationMessageKey: MessageKey
        addOption: PollCreationMessage.Option
        metadata: PollUpdateMessageMetadata
        def __init__(self, pollCreationMessageKey: _Optional[_Union[MessageKey, _Mapping]] = ..., addOption: _Optional[_Union[PollCreationMessage.Option, _Mapping]] = ..., metadata: _Optional[_Union[PollUpdateMessageMetadata, _Mapping]] = ...) -> None: ...
    class EventInviteMessage(_message.Message):
        __slots__ = ("contextInfo", "eventId", "eventTitle", "jpegThumbnail", "startTime", "caption", "isCanceled", "endTime", "callLink")
        CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
        EVENTID_FIELD_NUMBER: _ClassVar[int]
        EVENTTITLE_FIELD_NUMBER: _ClassVar[int]
        JPEGTHUMBNAIL_FIELD_NUMBER: _ClassVar[int]
        STARTTIME_FIELD_NUMBER: _ClassVar[int]
        CAPTION_FIELD_NUMBER: _ClassVar[int]
        ISCANCELED_FIELD_NUMBER: _ClassVar[int]
        ENDTIME_FIELD_NUMBER: _ClassVar[int]
        CALLLINK_FIELD_NUMBER: _ClassVar[int]
        contextInfo: ContextInfo
        eventId: str
        eventTitle: str
        jpegThumbnail: bytes
        startTime: int
        caption: str
        isCanceled: bool
        endTime: int
        callLink: str
        def __init__(self, contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ..., eventId: _Optional[str] = ..., eventTitle: _Optional[str] = ..., jpegThumbnail: _Optional[bytes] = ..., startTime: _Optional[int] = ..., caption: _Optional[str] = ..., isCanceled: _Optional[bool] = ..., endTime: _Optional[int] = ..., callLink: _Optional[str] = ...) -> None: ...
    class PaymentReminderMessage(_message.Message):
        __slots__ = ("reminderId", "instanceId", "description", "frequency", "status", "payeeVpa", "payeeJid", "payerJid", "amount")
        class ReminderFrequency(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            REMINDER_FREQUENCY_UNKNOWN: _ClassVar[Message.PaymentReminderMessage.ReminderFrequency]
            WEEKLY: _ClassVar[Message.PaymentReminderMessage.ReminderFrequency]
            BI_WEEKLY: _ClassVar[Message.PaymentReminderMessage.ReminderFrequency]
            MONTHLY: _ClassVar[Message.PaymentReminderMessage.ReminderFrequency]
            QUARTERLY: _ClassVar[Message.PaymentReminderMessage.ReminderFrequency]
        REMINDER_FREQUENCY_UNKNOWN: Message.PaymentReminderMessage.ReminderFrequency
        WEEKLY: Message.PaymentReminderMessage.ReminderFrequency
        BI_WEEKLY: Message.PaymentReminderMessage.ReminderFrequency
        MONTHLY: Message.PaymentReminderMessage.ReminderFrequency
        QUARTERLY: Message.PaymentReminderMessage.ReminderFrequency
        class ReminderStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            REMINDER_STATUS_UNKNOWN: _ClassVar[Message.PaymentReminderMessage.ReminderStatus]
            ACTIVE: _ClassVar[Message.PaymentReminderMessage.ReminderStatus]
            CANCELLED_BY_CREATOR: _ClassVar[Message.PaymentReminderMessage.ReminderStatus]
            STOPPED_BY_RECEIVER: _ClassVar[Message.PaymentReminderMessage.ReminderStatus]
            EXPIRED: _ClassVar[Message.PaymentReminderMessage.ReminderStatus]
            PAID: _ClassVar[Message.PaymentReminderMessage.ReminderStatus]
        REMINDER_STATUS_UNKNOWN: Message.PaymentReminderMessage.ReminderStatus
        ACTIVE: Message.PaymentReminderMessage.ReminderStatus
        CANCELLED_BY_CREATOR: Message.PaymentReminderMessage.ReminderStatus
        STOPPED_BY_RECEIVER: Message.PaymentReminderMessage.ReminderStatus
        EXPIRED: Message.PaymentReminderMessage.ReminderStatus
        PAID: Message.PaymentReminderMessage.ReminderStatus
        REMINDERID_FIELD_NUMBER: _ClassVar[int]
        INSTANCEID_FIELD_NUMBER: _ClassVar[int]
        DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
        FREQUENCY_FIELD_NUMBER: _ClassVar[int]
        STATUS_FIELD_NUMBER: _ClassVar[int]
        PAYEEVPA_FIELD_NUMBER: _ClassVar[int]
        PAYEEJID_FIELD_NUMBER: _ClassVar[int]
        PAYERJID_FIELD_NUMBER: _ClassVar[int]
        AMOUNT_FIELD_NUMBER: _ClassVar[int]
        reminderId: str
        instanceId: str
        description: str
        frequency: Message.PaymentReminderMessage.ReminderFrequency
        status: Message.PaymentReminderMessage.ReminderStatus
        payeeVpa: str
        payeeJid: str
        payerJid: str
        amount: Money
        def __init__(self, reminderId: _Optional[str] = ..., instanceId: _Optional[str] = ..., description: _Optional[str] = ..., frequency: _Optional[_Union[Message.PaymentReminderMessage.ReminderFrequency, str]] = ..., status: _Optional[_Union[Message.PaymentReminderMessage.ReminderStatus, str]] = ..., payeeVpa: _Optional[str] = ..., payeeJid: _Optional[str] = ..., payerJid: _Optional[str] = ..., amount: _Optional[_Union[Money, _Mapping]] = ...) -> None: ...
    class SplitPaymentMessage(_message.Message):
        __slots__ = ("splitId", "totalAmount", "description", "requesterJid", "participants", "createdAtMs", "contextInfo")
        SPLITID_FIELD_NUMBER: _ClassVar[int]
        TOTALAMOUNT_FIELD_NUMBER: _ClassVar[int]
        DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
        REQUESTERJID_FIELD_NUMBER: _ClassVar[int]
        PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
        CREATEDATMS_FIELD_NUMBER: _ClassVar[int]
        CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
        splitId: str
        totalAmount: Money
        description: str
        requesterJid: str
        participants: _containers.RepeatedCompositeFieldContainer[Message.SplitPaymentParticipant]
        createdAtMs: int
        contextInfo: ContextInfo
        def __init__(self, splitId: _Optional[str] = ..., totalAmount: _Optional[_Union[Money, _Mapping]] = ..., description: _Optional[str] = ..., requesterJid: _Optional[str] = ..., participants: _Optional[_Iterable[_Union[Message.SplitPaymentParticipant, _Mapping]]] = ..., createdAtMs: _Optional[int] = ..., contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ...) -> None: ...
    class RootSecretDistributeMessage(_message.Message):
        __slots__ = ("chatJid",)
        CHATJID_FIELD_NUMBER: _ClassVar[int]
        chatJid: str
        def __init__(self, chatJid: _Optional[str] = ...) -> None: ...
    class SplitPaymentUpdateMessage(_message.Message):
        __slots__ = ("splitId", "participantJid")
        SPLITID_FIELD_NUMBER: _ClassVar[int]
        PARTICIPANTJID_FIELD_NUMBER: _ClassVar[int]
        splitId: str
        participantJid: str
        def __init__(self, splitId: _Optional[str] = ..., participantJid: _Optional[str] = ...) -> None: ...
    class MusicMessage(_message.Message):
        __slots__ = ("embeddedMusic", "songUri", "artworkUri", "style", "contextInfo")
        class MusicMessageStyle(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            UNKNOWN: _ClassVar[Message.MusicMessage.MusicMessageStyle]
            VINYL: _ClassVar[Message.MusicMessage.MusicMessageStyle]
        UNKNOWN: Message.MusicMessage.MusicMessageStyle
        VINYL: Message.MusicMessage.MusicMessageStyle
        EMBEDDEDMUSIC_FIELD_NUMBER: _ClassVar[int]
        SONGURI_FIELD_NUMBER: _ClassVar[int]
        ARTWORKURI_FIELD_NUMBER: _ClassVar[int]
        STYLE_FIELD_NUMBER: _ClassVar[int]
        CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
        embeddedMusic: EmbeddedMusic
        songUri: str
        artworkUri: str
        style: int
        contextInfo: ContextInfo
        def __init__(self, embeddedMusic: _Optional[_Union[EmbeddedMusic, _Mapping]] = ..., songUri: _Optional[str] = ..., artworkUri: _Optional[str] = ..., style: _Optional[int] = ..., contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ...) -> None: ...
    class StatusLinkPreviewMetadata(_message.Message):
        __slots__ = ("style",)
        class Style(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            AUTO: _ClassVar[Message.StatusLinkPreviewMetadata.Style]
            COMPACT: _ClassVar[Message.StatusLinkPreviewMetadata.Style]
            FULL: _ClassVar[Message.StatusLinkPreviewMetadata.Style]
            IMMERSIVE: _ClassVar[Message.StatusLinkPreviewMetadata.Style]
        AUTO: Message.StatusLinkPreviewMetadata.Style
        COMPACT: Message.StatusLinkPreviewMetadata.Style
        FULL: Message.StatusLinkPreviewMetadata.Style
        IMMERSIVE: Message.StatusLinkPreviewMetadata.Style
        STYLE_FIELD_NUMBER: _ClassVar[int]
        style: Message.StatusLinkPreviewMetadata.Style
        def __init__(self, style: _Optional[_Union[Message.StatusLinkPreviewMetadata.Style, str]] = ...) -> None: ...
    class MessageHistoryMetadata(_message.Message):
        __slots__ = ("historyReceivers", "oldestMessageTimestampInWindow", "messageCount", "nonHistoryReceivers", "oldestMessageTimestampInBundle")
        HISTORYRECEIVERS_FIELD_NUMBER: _ClassVar[int]
        OLDESTMESSAGETIMESTAMPINWINDOW_FIELD_NUMBER: _ClassVar[int]
        MESSAGECOUNT_FIELD_NUMBER: _ClassVar[int]
        NONHISTORYRECEIVERS_FIELD_NUMBER: _ClassVar[int]
        OLDESTMESSAGETIMESTAMPINBUNDLE_FIELD_NUMBER: _ClassVar[int]
        historyReceivers: _containers.RepeatedScalarFieldContainer[str]
        oldestMessageTimestampInWindow: int
        messageCount: int
        nonHistoryReceivers: _containers.RepeatedScalarFieldContainer[str]
        oldestMessageTimestampInBundle: int
        def __init__(self, historyReceivers: _Optional[_Iterable[str]] = ..., oldestMessageTimestampInWindow: _Optional[int] = ..., messageCount: _Optional[int] = ..., nonHistoryReceivers: _Optional[_Iterable[str]] = ..., oldestMessageTimestampInBundle: _Optional[int] = ...) -> None: ...
    class BotHistoryShareSyncMetadata(_message.Message):
        __slots__ = ("botJid", "historyShareCutoffTimestamp", "historyShareMessages")
        BOTJID_FIELD_NUMBER: _ClassVar[int]
        HISTORYSHARECUTOFFTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
        HISTORYSHAREMESSAGES_FIELD_NUMBER: _ClassVar[int]
        botJid: str
        historyShareCutoffTimestamp: int
        historyShareMessages: _containers.RepeatedCompositeFieldContainer[Message.HistoryShareMessageEntry]
        def __init__(self, botJid: _Optional[str] = ..., historyShareCutoffTimestamp: _Optional[int] = ..., historyShareMessages: _Optional[_Iterable[_Union[Message.HistoryShareMessageEntry, _Mapping]]] = ...) -> None: ...
    class SplitPaymentParticipant(_message.Message):
        __slots__ = ("jid", "amount", "status")
        class SplitPaymentStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            PENDING: _ClassVar[Message.SplitPaymentParticipant.SplitPaymentStatus]
            PAID: _ClassVar[Message.SplitPaymentParticipant.SplitPaymentStatus]
        PENDING: Message.SplitPaymentParticipant.SplitPaymentStatus
        PAID: Message.SplitPaymentParticipant.SplitPaymentStatus
        JID_FIELD_NUMBER: _ClassVar[int]
        AMOUNT_FIELD_NUMBER: _ClassVar[int]
        STATUS_FIELD_NUMBER: _ClassVar[int]
        jid: str
        amount: Money
        status: Message.SplitPaymentParticipant.SplitPaymentStatus
        def __init__(self, jid: _Optional[str] = ..., amount: _Optional[_Union[Money, _Mapping]] = ..., status: _Optional[_Union[Message.SplitPaymentParticipant.SplitPaymentStatus, str]] = ...) -> None: ...
    class URLMetadata(_message.Message):
        __slots__ = ("fbExperimentId",)
        FBEXPERIMENTID_FIELD_NUMBER: _ClassVar[int]
        fbExperimentId: int
        def __init__(self, fbExperimentId: _Optional[int] = ...) -> None: ...
    class ChatDefaultWallpaper(_message.Message):
        __slots__ = ("isDoodleEnabled",)
        ISDOODLEENABLED_FIELD_NUMBER: _ClassVar[int]
        isDoodleEnabled: bool
        def __init__(self, isDoodleEnabled: _Optional[bool] = ...) -> None: ...
    class ChatSolidColorWallpaper(_message.Message):
        __slots__ = ("colorLight", "colorDark", "isDoodleEnabled")
        COLORLIGHT_FIELD_NUMBER: _ClassVar[int]
        COLORDARK_FIELD_NUMBER: _ClassVar[int]
        ISDOODLEENABLED_FIELD_NUMBER: _ClassVar[int]
        colorLight: str
        colorDark: str
        isDoodleEnabled: bool
        def __init__(self, colorLight: _Optional[str] = ..., colorDark: _Optional[str] = ..., isDoodleEnabled: _Optional[bool] = ...) -> None: ...
    class ChatStockImageWallpaper(_message.Message):
        __slots__ = ("stockImageId", "dimLevel")
        STOCKIMAGEID_FIELD_NUMBER: _ClassVar[int]
        DIMLEVEL_FIELD_NUMBER: _ClassVar[int]
        stockImageId: str
        dimLevel: float
        def __init__(self, stockImageId: _Optional[str] = ..., dimLevel: _Optional[float] = ...) -> None: ...
    class ChatCustomImageWallpaper(_message.Message):
        __slots__ = ("directPath", "mediaKey", "fileEncSha256", "fileSha256", "dimLevel")
        DIRECTPATH_FIELD_NUMBER: _ClassVar[int]
        MEDIAKEY_FIELD_NUMBER: _ClassVar[int]
        FILEENCSHA256_FIELD_NUMBER: _ClassVar[int]
        FILESHA256_FIELD_NUMBER: _ClassVar[int]
        DIMLEVEL_FIELD_NUMBER: _ClassVar[int]
        directPath: str
        mediaKey: bytes
        fileEncSha256: bytes
        fileSha256: bytes
        dimLevel: float
        def __init__(self, directPath: _Optional[str] = ..., mediaKey: _Optional[bytes] = ..., fileEncSha256: _Optional[bytes] = ..., fileSha256: _Optional[bytes] = ..., dimLevel: _Optional[float] = ...) -> None: ...
    class FullHistorySyncOnDemandConfig(_message.Message):
        __slots__ = ("historyFromTimestamp", "historyDurationDays")
        HISTORYFROMTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
        HISTORYDURATIONDAYS_FIELD_NUMBER: _ClassVar[int]
        historyFromTimestamp: int
        historyDurationDays: int
        def __init__(self, historyFromTimestamp: _Optional[int] = ..., historyDurationDays: _Optional[int] = ...) -> None: ...
    class PollVoteMessage(_message.Message):
        __slots__ = ("selectedOptions",)
        SELECTEDOPTIONS_FIELD_NUMBER: _ClassVar[int]
        selectedOptions: _containers.RepeatedScalarFieldContainer[bytes]
        def __init__(self, selectedOptions: _Optional[_Iterable[bytes]] = ...) -> None: ...
    class EventResponseMessage(_message.Message):
        __slots__ = ("response", "timestampMs", "extraGuestCount")
        class EventResponseType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            UNKNOWN: _ClassVar[Message.EventResponseMessage.EventResponseType]
            GOING: _ClassVar[Message.EventResponseMessage.EventResponseType]
            NOT_GOING: _ClassVar[Message.EventResponseMessage.EventResponseType]
            MAYBE: _ClassVar[Message.EventResponseMessage.EventResponseType]
        UNKNOWN: Message.EventResponseMessage.EventResponseType
        GOING: Message.EventResponseMessage.EventResponseType
        NOT_GOING: Message.EventResponseMessage.EventResponseType
        MAYBE: Message.EventResponseMessage.EventResponseType
        RESPONSE_FIELD_NUMBER: _ClassVar[int]
        TIMESTAMPMS_FIELD_NUMBER: _ClassVar[int]
        EXTRAGUESTCOUNT_FIELD_NUMBER: _ClassVar[int]
        response: Message.EventResponseMessage.EventResponseType
        timestampMs: int
        extraGuestCount: int
        def __init__(self, response: _Optional[_Union[Message.EventResponseMessage.EventResponseType, str]] = ..., timestampMs: _Optional[int] = ..., extraGuestCount: _Optional[int] = ...) -> None: ...
    class HistoryShareMessageEntry(_message.Message):
        __slots__ = ("stanzaId", "messageSecretProof")
        STANZAID_FIELD_NUMBER: _ClassVar[int]
        MESSAGESECRETPROOF_FIELD_NUMBER: _ClassVar[int]
        stanzaId: str
        messageSecretProof: bytes
        def __init__(self, stanzaId: _Optional[str] = ..., messageSecretProof: _Optional[bytes] = ...) -> None: ...
    CONVERSATION_FIELD_NUMBER: _ClassVar[int]
    SENDERKEYDISTRIBUTIONMESSAGE_FIELD_NUMBER: _ClassVar[int]
    IMAGEMESSAGE_FIELD_NUMBER: _ClassVar[int]
    CONTACTMESSAGE_FIELD_NUMBER: _ClassVar[int]
    LOCATIONMESSAGE_FIELD_NUMBER: _ClassVar[int]
    EXTENDEDTEXTMESSAGE_FIELD_NUMBER: _ClassVar[int]
    DOCUMENTMESSAGE_FIELD_NUMBER: _ClassVar[int]
    AUDIOMESSAGE_FIELD_NUMBER: _ClassVar[int]
    VIDEOMESSAGE_FIELD_NUMBER: _ClassVar[int]
    CALL_FIELD_NUMBER: _ClassVar[int]
    CHAT_FIELD_NUMBER: _ClassVar[int]
    PROTOCOLMESSAGE_FIELD_NUMBER: _ClassVar[int]
    CONTACTSARRAYMESSAGE_FIELD_NUMBER: _ClassVar[int]
    HIGHLYSTRUCTUREDMESSAGE_FIELD_NUMBER: _ClassVar[int]
    FASTRATCHETKEYSENDERKEYDISTRIBUTIONMESSAGE_FIELD_NUMBER: _ClassVar[int]
    SENDPAYMENTMESSAGE_FIELD_NUMBER: _ClassVar[int]
    LIVELOCATIONMESSAGE_FIELD_NUMBER: _ClassVar[int]
    REQUESTPAYMENTMESSAGE_FIELD_NUMBER: _ClassVar[int]
    DECLINEPAYMENTREQUESTMESSAGE_FIELD_NUMBER: _ClassVar[int]
    CANCELPAYMENTREQUESTMESSAGE_FIELD_NUMBER: _ClassVar[int]
    TEMPLATEMESSAGE_FIELD_NUMBER: _ClassVar[int]
    STICKERMESSAGE_FIELD_NUMBER: _ClassVar[int]
    GROUPINVITEMESSAGE_FIELD_NUMBER: _ClassVar[int]
    TEMPLATEBUTTONREPLYMESSAGE_FIELD_NUMBER: _ClassVar[int]
    PRODUCTMESSAGE_FIELD_NUMBER: _ClassVar[int]
    DEVICESENTMESSAGE_FIELD_NUMBER: _ClassVar[int]
    MESSAGECONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
    LISTMESSAGE_FIELD_NUMBER: _ClassVar[int]
    VIEWONCEMESSAGE_FIELD_NUMBER: _ClassVar[int]
    ORDERMESSAGE_FIELD_NUMBER: _ClassVar[int]
    LISTRESPONSEMESSAGE_FIELD_NUMBER: _ClassVar[int]
    EPHEMERALMESSAGE_FIELD_NUMBER: _ClassVar[int]
    INVOICEMESSAGE_FIELD_NUMBER: _ClassVar[int]
    BUTTONSMESSAGE_FIELD_NUMBER: _ClassVar[int]
    BUTTONSRESPONSEMESSAGE_FIELD_NUMBER: _ClassVar[int]
    PAYMENTINVITEMESSAGE_FIELD_NUMBER: _ClassVar[int]
    INTERACTIVEMESSAGE_FIELD_NUMBER: _ClassVar[int]
    REACTIONMESSAGE_FIELD_NUMBER: _ClassVar[int]
    STICKERSYNCRMRMESSAGE_FIELD_NUMBER: _ClassVar[int]
    INTERACTIVERESPONSEMESSAGE_FIELD_NUMBER: _ClassVar[int]
    POLLCREATIONMESSAGE_FIELD_NUMBER: _ClassVar[int]
    POLLUPDATEMESSAGE_FIELD_NUMBER: _ClassVar[int]
    KEEPINCHATMESSAGE_FIELD_NUMBER: _ClassVar[int]
    DOCUMENTWITHCAPTIONMESSAGE_FIELD_NUMBER: _ClassVar[int]
    REQUESTPHONENUMBERMESSAGE_FIELD_NUMBER: _ClassVar[int]
    VIEWONCEMESSAGEV2_FIELD_NUMBER: _ClassVar[int]
    ENCREACTIONMESSAGE_FIELD_NUMBER: _ClassVar[int]
    EDITEDMESSAGE_FIELD_NUMBER: _ClassVar[int]
    VIEWONCEMESSAGEV2EXTENSION_FIELD_NUMBER: _ClassVar[int]
    POLLCREATIONMESSAGEV2_FIELD_NUMBER: _ClassVar[int]
    SCHEDULEDCALLCREATIONMESSAGE_FIELD_NUMBER: _ClassVar[int]
    GROUPMENTIONEDMESSAGE_FIELD_NUMBER: _ClassVar[int]
    PININCHATMESSAGE_FIELD_NUMBER: _ClassVar[int]
    POLLCREATIONMESSAGEV3_FIELD_NUMBER: _ClassVar[int]
    SCHEDULEDCALLEDITMESSAGE_FIELD_NUMBER: _ClassVar[int]
    PTVMESSAGE_FIELD_NUMBER: _ClassVar[int]
    BOTINVOKEMESSAGE_FIELD_NUMBER: _ClassVar[int]
    CALLLOGMESSSAGE_FIELD_NUMBER: _ClassVar[int]
    MESSAGEHISTORYBUNDLE_FIELD_NUMBER: _ClassVar[int]
    ENCCOMMENTMESSAGE_FIELD_NUMBER: _ClassVar[int]
    BCALLMESSAGE_FIELD_NUMBER: _ClassVar[int]
    LOTTIESTICKERMESSAGE_FIELD_NUMBER: _ClassVar[int]
    EVENTMESSAGE_FIELD_NUMBER: _ClassVar[int]
    ENCEVENTRESPONSEMESSAGE_FIELD_NUMBER: _ClassVar[int]
    COMMENTMESSAGE_FIELD_NUMBER: _ClassVar[int]
    NEWSLETTERADMININVITEMESSAGE_FIELD_NUMBER: _ClassVar[int]
    PLACEHOLDERMESSAGE_FIELD_NUMBER: _ClassVar[int]
    SECRETENCRYPTEDMESSAGE_FIELD_NUMBER: _ClassVar[int]
    ALBUMMESSAGE_FIELD_NUMBER: _ClassVar[int]
    EVENTCOVERIMAGE_FIELD_NUMBER: _ClassVar[int]
    STICKERPACKMESSAGE_FIELD_NUMBER: _ClassVar[int]
    STATUSMENTIONMESSAGE_FIELD_NUMBER: _ClassVar[int]
    POLLRESULTSNAPSHOTMESSAGE_FIELD_NUMBER: _ClassVar[int]
    POLLCREATIONOPTIONIMAGEMESSAGE_FIELD_NUMBER: _ClassVar[int]
    ASSOCIATEDCHILDMESSAGE_FIELD_NUMBER: _ClassVar[int]
    GROUPSTATUSMENTIONMESSAGE_FIELD_NUMBER: _ClassVar[int]
    POLLCREATIONMESSAGEV4_FIELD_NUMBER: _ClassVar[int]
    STATUSADDYOURS_FIELD_NUMBER: _ClassVar[int]
    GROUPSTATUSMESSAGE_FIELD_NUMBER: _ClassVar[int]
    RICHRESPONSEMESSAGE_FIELD_NUMBER: _ClassVar[int]
    STATUSNOTIFICATIONMESSAGE_FIELD_NUMBER: _ClassVar[int]
    LIMITSHARINGMESSAGE_FIELD_NUMBER: _ClassVar[int]
    BOTTASKMESSAGE_FIELD_NUMBER: _ClassVar[int]
    QUESTIONMESSAGE_FIELD_NUMBER: _ClassVar[int]
    MESSAGEHISTORYNOTICE_FIELD_NUMBER: _ClassVar[int]
    GROUPSTATUSMESSAGEV2_FIELD_NUMBER: _ClassVar[int]
    BOTFORWARDEDMESSAGE_FIELD_NUMBER: _ClassVar[int]
    STATUSQUESTIONANSWERMESSAGE_FIELD_NUMBER: _ClassVar[int]
    QUESTIONREPLYMESSAGE_FIELD_NUMBER: _ClassVar[int]
    QUESTIONRESPONSEMESSAGE_FIELD_NUMBER: _ClassVar[int]
    STATUSQUOTEDMESSAGE_FIELD_NUMBER: _ClassVar[int]
    STATUSSTICKERINTERACTIONMESSAGE_FIELD_NUMBER: _ClassVar[int]
    POLLCREATIONMESSAGEV5_FIELD_NUMBER: _ClassVar[int]
    NEWSLETTERFOLLOWERINVITEMESSAGEV2_FIELD_NUMBER: _ClassVar[int]
    POLLRESULTSNAPSHOTMESSAGEV3_114_FIELD_NUMBER: _ClassVar[int]
    POLLRESULTSNAPSHOTMESSAGEV3_FIELD_NUMBER: _ClassVar[int]
    NEWSLETTERADMINPROFILEMESSAGE_FIELD_NUMBER: _ClassVar[int]
    NEWSLETTERADMINPROFILEMESSAGEV2_FIELD_NUMBER: _ClassVar[int]
    SPOILERMESSAGE_FIELD_NUMBER: _ClassVar[int]
    POLLCREATIONMESSAGEV6_FIELD_NUMBER: _ClassVar[int]
    CONDITIONALREVEALMESSAGE_FIELD_NUMBER: _ClassVar[int]
    POLLADDOPTIONMESSAGE_FIELD_NUMBER: _ClassVar[int]
    EVENTINVITEMESSAGE_FIELD_NUMBER: _ClassVar[int]
    GROUPROOTKEYSHARE_FIELD_NUMBER: _ClassVar[int]
    PAYMENTREMINDERMESSAGE_FIELD_NUMBER: _ClassVar[int]
    SPLITPAYMENTMESSAGE_FIELD_NUMBER: _ClassVar[int]
    NEWSLETTERADMINPROFILESTATUSMESSAGE_FIELD_NUMBER: _ClassVar[int]
    ROOTSECRETDISTRIBUTEMESSAGE_FIELD_NUMBER: _ClassVar[int]
    SPLITPAYMENTUPDATEMESSAGE_FIELD_NUMBER: _ClassVar[int]
    MUSICMESSAGE_FIELD_NUMBER: _ClassVar[int]
    STATUSLINKPREVIEWMETADATA_FIELD_NUMBER: _ClassVar[int]
    BOTPLATFORMREGISTRATIONSUCCESSMESSAGE_FIELD_NUMBER: _ClassVar[int]
    conversation: str
    senderKeyDistributionMessage: Message.SenderKeyDistributionMessage
    imageMessage: ImageMessage
    contactMessage: ContactMessage
    locationMessage: LocationMessage
    extendedTextMessage: ExtendedTextMessage
    documentMessage: DocumentMessage
    audioMessage: AudioMessage
    videoMessage: VideoMessage
    call: Message.Call
    chat: Message.Chat
    protocolMessage: ProtocolMessage
    contactsArrayMessage: Message.ContactsArrayMessage
    highlyStructuredMessage: Message.HighlyStructuredMessage
    fastRatchetKeySenderKeyDistributionMessage: Message.SenderKeyDistributionMessage
    sendPaymentMessage: Message.SendPaymentMessage
    liveLocationMessage: Message.LiveLocationMessage
    requestPaymentMessage: Message.RequestPaymentMessage
    declinePaymentRequestMessage: Message.DeclinePaymentRequestMessage
    cancelPaymentRequestMessage: Message.CancelPaymentRequestMessage
    templateMessage: Message.TemplateMessage
    stickerMessage: StickerMessage
    groupInviteMessage: Message.GroupInviteMessage
    templateButtonReplyMessage: Message.TemplateButtonReplyMessage
    productMessage: Message.ProductMessage
    deviceSentMessage: DeviceSentMessage
    messageContextInfo: MessageContextInfo
    listMessage: Message.ListMessage
    viewOnceMessage: FutureProofMessage
    orderMessage: Message.OrderMessage
    listResponseMessage: Message.ListResponseMessage
    ephemeralMessage: FutureProofMessage
    invoiceMessage: Message.InvoiceMessage
    buttonsMessage: Message.ButtonsMessage
    buttonsResponseMessage: Message.ButtonsResponseMessage
    paymentInviteMessage: Message.PaymentInviteMessage
    interactiveMessage: Message.InteractiveMessage
    reactionMessage: ReactionMessage
    stickerSyncRmrMessage: Message.StickerSyncRMRMessage
    interactiveResponseMessage: Message.InteractiveResponseMessage
    pollCreationMessage: PollCreationMessage
    pollUpdateMessage: PollUpdateMessage
    keepInChatMessage: Message.KeepInChatMessage
    documentWithCaptionMessage: FutureProofMessage
    requestPhoneNumberMessage: Message.RequestPhoneNumberMessage
    viewOnceMessageV2: FutureProofMessage
    encReactionMessage: Message.EncReactionMessage
    editedMessage: FutureProofMessage
    viewOnceMessageV2Extension: FutureProofMessage
    pollCreationMessageV2: PollCreationMessage
    scheduledCallCreationMessage: Message.ScheduledCallCreationMessage
    groupMentionedMessage: FutureProofMessage
    pinInChatMessage: Message.PinInChatMessage
    pollCreationMessageV3: PollCreationMessage
    scheduledCallEditMessage: Message.ScheduledCallEditMessage
    ptvMessage: VideoMessage
    botInvokeMessage: FutureProofMessage
    callLogMesssage: Message.CallLogMessage
    messageHistoryBundle: Message.MessageHistoryBundle
    encCommentMessage: Message.EncCommentMessage
    bcallMessage: Message.BCallMessage
    lottieStickerMessage: FutureProofMessage
    eventMessage: Message.EventMessage
    encEventResponseMessage: Message.EncEventResponseMessage
    commentMessage: Message.CommentMessage
    newsletterAdminInviteMessage: Message.NewsletterAdminInviteMessage
    placeholderMessage: Message.PlaceholderMessage
    secretEncryptedMessage: Message.SecretEncryptedMessage
    albumMessage: Message.AlbumMessage
    eventCoverImage: FutureProofMessage
    stickerPackMessage: Message.StickerPackMessage
    statusMentionMessage: FutureProofMessage
    pollResultSnapshotMessage: Message.PollResultSnapshotMessage
    pollCreationOptionImageMessage: FutureProofMessage
    associatedChildMessage: FutureProofMessage
    groupStatusMentionMessage: FutureProofMessage
    pollCreationMessageV4: FutureProofMessage
    statusAddYours: FutureProofMessage
    groupStatusMessage: FutureProofMessage
    richResponseMessage: AIRichResponseMessage
    statusNotificationMessage: Message.StatusNotificationMessage
    limitSharingMessage: FutureProofMessage
    botTaskMessage: FutureProofMessage
    questionMessage: FutureProofMessage
    messageHistoryNotice: Message.MessageHistoryNotice
    groupStatusMessageV2: FutureProofMessage
    botForwardedMessage: FutureProofMessage
    statusQuestionAnswerMessage: Message.StatusQuestionAnswerMessage
    questionReplyMessage: FutureProofMessage
    questionResponseMessage: Message.QuestionResponseMessage
    statusQuotedMessage: Message.StatusQuotedMessage
    statusStickerInteractionMessage: Message.StatusStickerInteractionMessage
    pollCreationMessageV5: PollCreationMessage
    newsletterFollowerInviteMessageV2: Message.NewsletterFollowerInviteMessage
    pollResultSnapshotMessageV3_114: Message.PollResultSnapshotMessage
    pollResultSnapshotMessageV3: Message.PollResultSnapshotMessage
    newsletterAdminProfileMessage: FutureProofMessage
    newsletterAdminProfileMessageV2: FutureProofMessage
    spoilerMessage: FutureProofMessage
    pollCreationMessageV6: PollCreationMessage
    conditionalRevealMessage: Message.ConditionalRevealMessage
    pollAddOptionMessage: Message.PollAddOptionMessage
    eventInviteMessage: Message.EventInviteMessage
    groupRootKeyShare: GroupRootKeyShare
    paymentReminderMessage: Message.PaymentReminderMessage
    splitPaymentMessage: Message.SplitPaymentMessage
    newsletterAdminProfileStatusMessage: FutureProofMessage
    rootSecretDistributeMessage: Message.RootSecretDistributeMessage
    splitPaymentUpdateMessage: Message.SplitPaymentUpdateMessage
    musicMessage: Message.MusicMessage
    statusLinkPreviewMetadata: Message.StatusLinkPreviewMetadata
    botPlatformRegistrationSuccessMessage: FutureProofMessage
    def __init__(self, conversation: _Optional[str] = ..., senderKeyDistributionMessage: _Optional[_Union[Message.SenderKeyDistributionMessage, _Mapping]] = ..., imageMessage: _Optional[_Union[ImageMessage, _Mapping]] = ..., contactMessage: _Optional[_Union[ContactMessage, _Mapping]] = ..., locationMessage: _Optional[_Union[LocationMessage, _Mapping]] = ..., extendedTextMessage: _Optional[_Union[ExtendedTextMessage, _Mapping]] = ..., documentMessage: _Optional[_Union[DocumentMessage, _Mapping]] = ..., audioMessage: _Optional[_Union[AudioMessage, _Mapping]] = ..., videoMessage: _Optional[_Union[VideoMessage, _Mapping]] = ..., call: _Optional[_Union[Message.Call, _Mapping]] = ..., chat: _Optional[_Union[Message.Chat, _Mapping]] = ..., protocolMessage: _Optional[_Union[ProtocolMessage, _Mapping]] = ..., contactsArrayMessage: _Optional[_Union[Message.ContactsArrayMessage, _Mapping]] = ..., highlyStructuredMessage: _Optional[_Union[Message.HighlyStructuredMessage, _Mapping]] = ..., fastRatchetKeySenderKeyDistributionMessage: _Optional[_Union[Message.SenderKeyDistributionMessage, _Mapping]] = ..., sendPaymentMessage: _Optional[_Union[Message.SendPaymentMessage, _Mapping]] = ..., liveLocationMessage: _Optional[_Union[Message.LiveLocationMessage, _Mapping]] = ..., requestPaymentMessage: _Optional[_Union[Message.RequestPaymentMessage, _Mapping]] = ..., declinePaymentRequestMessage: _Optional[_Union[Message.DeclinePaymentRequestMessage, _Mapping]] = ..., cancelPaymentRequestMessage: _Optional[_Union[Message.CancelPaymentRequestMessage, _Mapping]] = ..., templateMessage: _Optional[_Union[Message.TemplateMessage, _Mapping]] = ..., stickerMessage: _Optional[_Union[StickerMessage, _Mapping]] = ..., groupInviteMessage: _Optional[_Union[Message.GroupInviteMessage, _Mapping]] = ..., templateButtonReplyMessage: _Optional[_Union[Message.TemplateButtonReplyMessage, _Mapping]] = ..., productMessage: _Optional[_Union[Message.ProductMessage, _Mapping]] = ..., deviceSentMessage: _Optional[_Union[DeviceSentMessage, _Mapping]] = ..., messageContextInfo: _Optional[_Union[MessageContextInfo, _Mapping]] = ..., listMessage: _Optional[_Union[Message.ListMessage, _Mapping]] = ..., viewOnceMessage: _Optional[_Union[FutureProofMessage, _Mapping]] = ..., orderMessage: _Optional[_Union[Message.OrderMessage, _Mapping]] = ..., listResponseMessage: _Optional[_Union[Message.ListResponseMessage, _Mapping]] = ..., ephemeralMessage: _Optional[_Union[FutureProofMessage, _Mapping]] = ..., invoiceMessage: _Optional[_Union[Message.InvoiceMessage, _Mapping]] = ..., buttonsMessage: _Optional[_Union[Message.ButtonsMessage, _Mapping]] = ..., buttonsResponseMessage: _Optional[_Union[Message.ButtonsResponseMessage, _Mapping]] = ..., paymentInviteMessage: _Optional[_Union[Message.PaymentInviteMessage, _Mapping]] = ..., interactiveMessage: _Optional[_Union[Message.InteractiveMessage, _Mapping]] = ..., reactionMessage: _Optional[_Union[ReactionMessage, _Mapping]] = ..., stickerSyncRmrMessage: _Optional[_Union[Message.StickerSyncRMRMessage, _Mapping]] = ..., interactiveResponseMessage: _Optional[_Union[Message.InteractiveResponseMessage, _Mapping]] = ..., pollCreationMessage: _Optional[_Union[PollCreationMessage, _Mapping]] = ..., pollUpdateMessage: _Optional[_Union[PollUpdateMessage, _Mapping]] = ..., keepInChatMessage: _Optional[_Union[Message.KeepInChatMessage, _Mapping]] = ..., documentWithCaptionMessage: _Optional[_Union[FutureProofMessage, _Mapping]] = ..., requestPhoneNumberMessage: _Optional[_Union[Message.RequestPhoneNumberMessage, _Mapping]] = ..., viewOnceMessageV2: _Optional[_Union[FutureProofMessage, _Mapping]] = ..., encReactionMessage: _Optional[_Union[Message.EncReactionMessage, _Mapping]] = ..., editedMessage: _Optional[_Union[FutureProofMessage, _Mapping]] = ..., viewOnceMessageV2Extension: _Optional[_Union[FutureProofMessage, _Mapping]] = ..., pollCreationMessageV2: _Optional[_Union[PollCreationMessage, _Mapping]] = ..., scheduledCallCreationMessage: _Optional[_Union[Message.ScheduledCallCreationMessage, _Mapping]] = ..., groupMentionedMessage: _Optional[_Union[FutureProofMessage, _Mapping]] = ..., pinInChatMessage: _Optional[_Union[Message.PinInChatMessage, _Mapping]] = ..., pollCreationMessageV3: _Optional[_Union[PollCreationMessage, _Mapping]] = ..., scheduledCallEditMessage: _Optional[_Union[Message.ScheduledCallEditMessage, _Mapping]] = ..., ptvMessage: _Optional[_Union[VideoMessage, _Mapping]] = ..., botInvokeMessage: _Optional[_Union[FutureProofMessage, _Mapping]] = ..., callLogMesssage: _Optional[_Union[Message.CallLogMessage, _Mapping]] = ..., messageHistoryBundle: _Optional[_Union[Message.MessageHistoryBundle, _Mapping]] = ..., encCommentMessage: _Optional[_Union[Message.EncCommentMessage, _Mapping]] = ..., bcallMessage: _Optional[_Union[Message.BCallMessage, _Mapping]] = ..., lottieStickerMessage: _Optional[_Union[FutureProofMessage, _Mapping]] = ..., eventMessage: _Optional[_Union[Message.EventMessage, _Mapping]] = ..., encEventResponseMessage: _Optional[_Union[Message.EncEventResponseMessage, _Mapping]] = ..., commentMessage: _Optional[_Union[Message.CommentMessage, _Mapping]] = ..., newsletterAdminInviteMessage: _Optional[_Union[Message.NewsletterAdminInviteMessage, _Mapping]] = ..., placeholderMessage: _Optional[_Union[Message.PlaceholderMessage, _Mapping]] = ..., secretEncryptedMessage: _Optional[_Union[Message.SecretEncryptedMessage, _Mapping]] = ..., albumMessage: _Optional[_Union[Message.AlbumMessage, _Mapping]] = ..., eventCoverImage: _Optional[_Union[FutureProofMessage, _Mapping]] = ..., stickerPackMessage: _Optional[_Union[Message.StickerPackMessage, _Mapping]] = ..., statusMentionMessage: _Optional[_Union[FutureProofMessage, _Mapping]] = ..., pollResultSnapshotMessage: _Optional[_Union[Message.PollResultSnapshotMessage, _Mapping]] = ..., pollCreationOptionImageMessage: _Optional[_Union[FutureProofMessage, _Mapping]] = ..., associatedChildMessage: _Optional[_Union[FutureProofMessage, _Mapping]] = ..., groupStatusMentionMessage: _Optional[_Union[FutureProofMessage, _Mapping]] = ..., pollCreationMessageV4: _Optional[_Union[FutureProofMessage, _Mapping]] = ..., statusAddYours: _Optional[_Union[FutureProofMessage, _Mapping]] = ..., groupStatusMessage: _Optional[_Union[FutureProofMessage, _Mapping]] = ..., richResponseMessage: _Optional[_Union[AIRichResponseMessage, _Mapping]] = ..., statusNotificationMessage: _Optional[_Union[Message.StatusNotificationMessage, _Mapping]] = ..., limitSharingMessage: _Optional[_Union[FutureProofMessage, _Mapping]] = ..., botTaskMessage: _Optional[_Union[FutureProofMessage, _Mapping]] = ..., questionMessage: _Optional[_Union[FutureProofMessage, _Mapping]] = ..., messageHistoryNotice: _Optional[_Union[Message.MessageHistoryNotice, _Mapping]] = ..., groupStatusMessageV2: _Optional[_Union[FutureProofMessage, _Mapping]] = ..., botForwardedMessage: _Optional[_Union[FutureProofMessage, _Mapping]] = ..., statusQuestionAnswerMessage: _Optional[_Union[Message.StatusQuestionAnswerMessage, _Mapping]] = ..., questionReplyMessage: _Optional[_Union[FutureProofMessage, _Mapping]] = ..., questionResponseMessage: _Optional[_Union[Message.QuestionResponseMessage, _Mapping]] = ..., statusQuotedMessage: _Optional[_Union[Message.StatusQuotedMessage, _Mapping]] = ..., statusStickerInteractionMessage: _Optional[_Union[Message.StatusStickerInteractionMessage, _Mapping]] = ..., pollCreationMessageV5: _Optional[_Union[PollCreationMessage, _Mapping]] = ..., newsletterFollowerInviteMessageV2: _Optional[_Union[Message.NewsletterFollowerInviteMessage, _Mapping]] = ..., pollResultSnapshotMessageV3_114: _Optional[_Union[Message.PollResultSnapshotMessage, _Mapping]] = ..., pollResultSnapshotMessageV3: _Optional[_Union[Message.PollResultSnapshotMessage, _Mapping]] = ..., newsletterAdminProfileMessage: _Optional[_Union[FutureProofMessage, _Mapping]] = ..., newsletterAdminProfileMessageV2: _Optional[_Union[FutureProofMessage, _Mapping]] = ..., spoilerMessage: _Optional[_Union[FutureProofMessage, _Mapping]] = ..., pollCreationMessageV6: _Optional[_Union[PollCreationMessage, _Mapping]] = ..., conditionalRevealMessage: _Optional[_Union[Message.ConditionalRevealMessage, _Mapping]] = ..., pollAddOptionMessage: _Optional[_Union[Message.PollAddOptionMessage, _Mapping]] = ..., eventInviteMessage: _Optional[_Union[Message.EventInviteMessage, _Mapping]] = ..., groupRootKeyShare: _Optional[_Union[GroupRootKeyShare, _Mapping]] = ..., paymentReminderMessage: _Optional[_Union[Message.PaymentReminderMessage, _Mapping]] = ..., splitPaymentMessage: _Optional[_Union[Message.SplitPaymentMessage, _Mapping]] = ..., newsletterAdminProfileStatusMessage: _Optional[_Union[FutureProofMessage, _Mapping]] = ..., rootSecretDistributeMessage: _Optional[_Union[Message.RootSecretDistributeMessage, _Mapping]] = ..., splitPaymentUpdateMessage: _Optional[_Union[Message.SplitPaymentUpdateMessage, _Mapping]] = ..., musicMessage: _Optional[_Union[Message.MusicMessage, _Mapping]] = ..., statusLinkPreviewMetadata: _Optional[_Union[Message.StatusLinkPreviewMetadata, _Mapping]] = ..., botPlatformRegistrationSuccessMessage: _Optional[_Union[FutureProofMessage, _Mapping]] = ...) -> None: ...

class MessageKey(_message.Message):
    __slots__ = ("remoteJid", "fromMe", "id", "participant")
    REMOTEJID_FIELD_NUMBER: _ClassVar[int]
    FROMME_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANT_FIELD_NUMBER: _ClassVar[int]
    remoteJid: str
    fromMe: bool
    id: str
    participant: str
    def __init__(self, remoteJid: _Optional[str] = ..., fromMe: _Optional[bool] = ..., id: _Optional[str] = ..., participant: _Optional[str] = ...) -> None: ...

class ImageMessage(_message.Message):
    __slots__ = ("url", "mimetype", "caption", "fileSha256", "fileLength", "height", "width", "mediaKey", "fileEncSha256", "interactiveAnnotations", "directPath", "mediaKeyTimestamp", "jpegThumbnail", "contextInfo", "firstScanSidecar", "firstScanLength", "experimentGroupId", "scansSidecar", "scanLengths", "midQualityFileSha256", "midQualityFileEncSha256", "viewOnce", "thumbnailDirectPath", "thumbnailSha256", "thumbnailEncSha256", "staticUrl", "annotations", "imageSourceType", "accessibilityLabel", "mediaKeyDomain", "qrUrl")
    class ImageSourceType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        USER_IMAGE: _ClassVar[ImageMessage.ImageSourceType]
        AI_GENERATED: _ClassVar[ImageMessage.ImageSourceType]
        AI_MODIFIED: _ClassVar[ImageMessage.ImageSourceType]
        RASTERIZED_TEXT_STATUS: _ClassVar[ImageMessage.ImageSourceType]
    USER_IMAGE: ImageMessage.ImageSourceType
    AI_GENERATED: ImageMessage.ImageSourceType
    AI_MODIFIED: ImageMessage.ImageSourceType
    RASTERIZED_TEXT_STATUS: ImageMessage.ImageSourceType
    URL_FIELD_NUMBER: _ClassVar[int]
    MIMETYPE_FIELD_NUMBER: _ClassVar[int]
    CAPTION_FIELD_NUMBER: _ClassVar[int]
    FILESHA256_FIELD_NUMBER: _ClassVar[int]
    FILELENGTH_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_FIELD_NUMBER: _ClassVar[int]
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    MEDIAKEY_FIELD_NUMBER: _ClassVar[int]
    FILEENCSHA256_FIELD_NUMBER: _ClassVar[int]
    INTERACTIVEANNOTATIONS_FIELD_NUMBER: _ClassVar[int]
    DIRECTPATH_FIELD_NUMBER: _ClassVar[int]
    MEDIAKEYTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    JPEGTHUMBNAIL_FIELD_NUMBER: _ClassVar[int]
    CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
    FIRSTSCANSIDECAR_FIELD_NUMBER: _ClassVar[int]
    FIRSTSCANLENGTH_FIELD_NUMBER: _ClassVar[int]
    EXPERIMENTGROUPID_FIELD_NUMBER: _ClassVar[int]
    SCANSSIDECAR_FIELD_NUMBER: _ClassVar[int]
    SCANLENGTHS_FIELD_NUMBER: _ClassVar[int]
    MIDQUALITYFILESHA256_FIELD_NUMBER: _ClassVar[int]
    MIDQUALITYFILEENCSHA256_FIELD_NUMBER: _ClassVar[int]
    VIEWONCE_FIELD_NUMBER: _ClassVar[int]
    THUMBNAILDIRECTPATH_FIELD_NUMBER: _ClassVar[int]
    THUMBNAILSHA256_FIELD_NUMBER: _ClassVar[int]
    THUMBNAILENCSHA256_FIELD_NUMBER: _ClassVar[int]
    STATICURL_FIELD_NUMBER: _ClassVar[int]
    ANNOTATIONS_FIELD_NUMBER: _ClassVar[int]
    IMAGESOURCETYPE_FIELD_NUMBER: _ClassVar[int]
    ACCESSIBILITYLABEL_FIELD_NUMBER: _ClassVar[int]
    MEDIAKEYDOMAIN_FIELD_NUMBER: _ClassVar[int]
    QRURL_FIELD_NUMBER: _ClassVar[int]
    url: str
    mimetype: str
    caption: str
    fileSha256: bytes
    fileLength: int
    height: int
    width: int
    mediaKey: bytes
    fileEncSha256: bytes
    interactiveAnnotations: _containers.RepeatedCompositeFieldContainer[InteractiveAnnotation]
    directPath: str
    mediaKeyTimestamp: int
    jpegThumbnail: bytes
    contextInfo: ContextInfo
    firstScanSidecar: bytes
    firstScanLength: int
    experimentGroupId: int
    scansSidecar: bytes
    scanLengths: _containers.RepeatedScalarFieldContainer[int]
    midQualityFileSha256: bytes
    midQualityFileEncSha256: bytes
    viewOnce: bool
    thumbnailDirectPath: str
    thumbnailSha256: bytes
    thumbnailEncSha256: bytes
    staticUrl: str
    annotations: _containers.RepeatedCompositeFieldContainer[InteractiveAnnotation]
    imageSourceType: ImageMessage.ImageSourceType
    accessibilityLabel: str
    mediaKeyDomain: MediaKeyDomain
    qrUrl: str
    def __init__(self, url: _Optional[str] = ..., mimetype: _Optional[str] = ..., caption: _Optional[str] = ..., fileSha256: _Optional[bytes] = ..., fileLength: _Optional[int] = ..., height: _Optional[int] = ..., width: _Optional[int] = ..., mediaKey: _Optional[bytes] = ..., fileEncSha256: _Optional[bytes] = ..., interactiveAnnotations: _Optional[_Iterable[_Union[InteractiveAnnotation, _Mapping]]] = ..., directPath: _Optional[str] = ..., mediaKeyTimestamp: _Optional[int] = ..., jpegThumbnail: _Optional[bytes] = ..., contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ..., firstScanSidecar: _Optional[bytes] = ..., firstScanLength: _Optional[int] = ..., experimentGroupId: _Optional[int] = ..., scansSidecar: _Optional[bytes] = ..., scanLengths: _Optional[_Iterable[int]] = ..., midQualityFileSha256: _Optional[bytes] = ..., midQualityFileEncSha256: _Optional[bytes] = ..., viewOnce: _Optional[bool] = ..., thumbnailDirectPath: _Optional[str] = ..., thumbnailSha256: _Optional[bytes] = ..., thumbnailEncSha256: _Optional[bytes] = ..., staticUrl: _Optional[str] = ..., annotations: _Optional[_Iterable[_Union[InteractiveAnnotation, _Mapping]]] = ..., imageSourceType: _Optional[_Union[ImageMessage.ImageSourceType, str]] = ..., accessibilityLabel: _Optional[str] = ..., mediaKeyDomain: _Optional[_Union[MediaKeyDomain, str]] = ..., qrUrl: _Optional[str] = ...) -> None: ...

class VideoMessage(_message.Message):
    __slots__ = ("url", "mimetype", "fileSha256", "fileLength", "seconds", "mediaKey", "caption", "gifPlayback", "height", "width", "fileEncSha256", "interactiveAnnotations", "directPath", "mediaKeyTimestamp", "jpegThumbnail", "contextInfo", "streamingSidecar", "gifAttribution", "viewOnce", "thumbnailDirectPath", "thumbnailSha256", "thumbnailEncSha256", "staticUrl", "annotations", "accessibilityLabel", "processedVideos", "externalShareFullVideoDurationInSeconds", "motionPhotoPresentationOffsetMs", "metadataUrl", "videoSourceType", "mediaKeyDomain")
    class Attribution(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        NONE: _ClassVar[VideoMessage.Attribution]
        GIPHY: _ClassVar[VideoMessage.Attribution]
        TENOR: _ClassVar[VideoMessage.Attribution]
        KLIPY: _ClassVar[VideoMessage.Attribution]
    NONE: VideoMessage.Attribution
    GIPHY: VideoMessage.Attribution
    TENOR: VideoMessage.Attribution
    KLIPY: VideoMessage.Attribution
    class VideoSourceType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        USER_VIDEO: _ClassVar[VideoMessage.VideoSourceType]
        AI_GENERATED: _ClassVar[VideoMessage.VideoSourceType]
    USER_VIDEO: VideoMessage.VideoSourceType
    AI_GENERATED: VideoMessage.VideoSourceType
    URL_FIELD_NUMBER: _ClassVar[int]
    MIMETYPE_FIELD_NUMBER: _ClassVar[int]
    FILESHA256_FIELD_NUMBER: _ClassVar[int]
    FILELENGTH_FIELD_NUMBER: _ClassVar[int]
    SECONDS_FIELD_NUMBER: _ClassVar[int]
    MEDIAKEY_FIELD_NUMBER: _ClassVar[int]
    CAPTION_FIELD_NUMBER: _ClassVar[int]
    GIFPLAYBACK_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_FIELD_NUMBER: _ClassVar[int]
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    FILEENCSHA256_FIELD_NUMBER: _ClassVar[int]
    INTERACTIVEANNOTATIONS_FIELD_NUMBER: _ClassVar[int]
    DIRECTPATH_FIELD_NUMBER: _ClassVar[int]
    MEDIAKEYTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    JPEGTHUMBNAIL_FIELD_NUMBER: _ClassVar[int]
    CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
    STREAMINGSIDECAR_FIELD_NUMBER: _ClassVar[int]
    GIFATTRIBUTION_FIELD_NUMBER: _ClassVar[int]
    VIEWONCE_FIELD_NUMBER: _ClassVar[int]
    THUMBNAILDIRECTPATH_FIELD_NUMBER: _ClassVar[int]
    THUMBNAILSHA256_FIELD_NUMBER: _ClassVar[int]
    THUMBNAILENCSHA256_FIELD_NUMBER: _ClassVar[int]
    STATICURL_FIELD_NUMBER: _ClassVar[int]
    ANNOTATIONS_FIELD_NUMBER: _ClassVar[int]
    ACCESSIBILITYLABEL_FIELD_NUMBER: _ClassVar[int]
    PROCESSEDVIDEOS_FIELD_NUMBER: _ClassVar[int]
    EXTERNALSHAREFULLVIDEODURATIONINSECONDS_FIELD_NUMBER: _ClassVar[int]
    MOTIONPHOTOPRESENTATIONOFFSETMS_FIELD_NUMBER: _ClassVar[int]
    METADATAURL_FIELD_NUMBER: _ClassVar[int]
    VIDEOSOURCETYPE_FIELD_NUMBER: _ClassVar[int]
    MEDIAKEYDOMAIN_FIELD_NUMBER: _ClassVar[int]
    url: str
    mimetype: str
    fileSha256: bytes
    fileLength: int
    seconds: int
    mediaKey: bytes
    caption: str
    gifPlayback: bool
    height: int
    width: int
    fileEncSha256: bytes
    interactiveAnnotations: _containers.RepeatedCompositeFieldContainer[InteractiveAnnotation]
    directPath: str
    mediaKeyTimestamp: int
    jpegThumbnail: bytes
    contextInfo: ContextInfo
    streamingSidecar: bytes
    gifAttribution: VideoMessage.Attribution
    viewOnce: bool
    thumbnailDirectPath: str
    thumbnailSha256: bytes
    thumbnailEncSha256: bytes
    staticUrl: str
    annotations: _containers.RepeatedCompositeFieldContainer[InteractiveAnnotation]
    accessibilityLabel: str
    processedVideos: _containers.RepeatedCompositeFieldContainer[ProcessedVideo]
    externalShareFullVideoDurationInSeconds: int
    motionPhotoPresentationOffsetMs: int
    metadataUrl: str
    videoSourceType: VideoMessage.VideoSourceType
    mediaKeyDomain: MediaKeyDomain
    def __init__(self, url: _Optional[str] = ..., mimetype: _Optional[str] = ..., fileSha256: _Optional[bytes] = ..., fileLength: _Optional[int] = ..., seconds: _Optional[int] = ..., mediaKey: _Optional[bytes] = ..., caption: _Optional[str] = ..., gifPlayback: _Optional[bool] = ..., height: _Optional[int] = ..., width: _Optional[int] = ..., fileEncSha256: _Optional[bytes] = ..., interactiveAnnotations: _Optional[_Iterable[_Union[InteractiveAnnotation, _Mapping]]] = ..., directPath: _Optional[str] = ..., mediaKeyTimestamp: _Optional[int] = ..., jpegThumbnail: _Optional[bytes] = ..., contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ..., streamingSidecar: _Optional[bytes] = ..., gifAttribution: _Optional[_Union[VideoMessage.Attribution, str]] = ..., viewOnce: _Optional[bool] = ..., thumbnailDirectPath: _Optional[str] = ..., thumbnailSha256: _Optional[bytes] = ..., thumbnailEncSha256: _Optional[bytes] = ..., staticUrl: _Optional[str] = ..., annotations: _Optional[_Iterable[_Union[InteractiveAnnotation, _Mapping]]] = ..., accessibilityLabel: _Optional[str] = ..., processedVideos: _Optional[_Iterable[_Union[ProcessedVideo, _Mapping]]] = ..., externalShareFullVideoDurationInSeconds: _Optional[int] = ..., motionPhotoPresentationOffsetMs: _Optional[int] = ..., metadataUrl: _Optional[str] = ..., videoSourceType: _Optional[_Union[VideoMessage.VideoSourceType, str]] = ..., mediaKeyDomain: _Optional[_Union[MediaKeyDomain, str]] = ...) -> None: ...

class AudioMessage(_message.Message):
    __slots__ = ("url", "mimetype", "fileSha256", "fileLength", "seconds", "ptt", "mediaKey", "fileEncSha256", "directPath", "mediaKeyTimestamp", "contextInfo", "streamingSidecar", "waveform", "backgroundArgb", "viewOnce", "accessibilityLabel", "mediaKeyDomain")
    URL_FIELD_NUMBER: _ClassVar[int]
    MIMETYPE_FIELD_NUMBER: _ClassVar[int]
    FILESHA256_FIELD_NUMBER: _ClassVar[int]
    FILELENGTH_FIELD_NUMBER: _ClassVar[int]
    SECONDS_FIELD_NUMBER: _ClassVar[int]
    PTT_FIELD_NUMBER: _ClassVar[int]
    MEDIAKEY_FIELD_NUMBER: _ClassVar[int]
    FILEENCSHA256_FIELD_NUMBER: _ClassVar[int]
    DIRECTPATH_FIELD_NUMBER: _ClassVar[int]
    MEDIAKEYTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
    STREAMINGSIDECAR_FIELD_NUMBER: _ClassVar[int]
    WAVEFORM_FIELD_NUMBER: _ClassVar[int]
    BACKGROUNDARGB_FIELD_NUMBER: _ClassVar[int]
    VIEWONCE_FIELD_NUMBER: _ClassVar[int]
    ACCESSIBILITYLABEL_FIELD_NUMBER: _ClassVar[int]
    MEDIAKEYDOMAIN_FIELD_NUMBER: _ClassVar[int]
    url: str
    mimetype: str
    fileSha256: bytes
    fileLength: int
    seconds: int
    ptt: bool
    mediaKey: bytes
    fileEncSha256: bytes
    directPath: str
    mediaKeyTimestamp: int
    contextInfo: ContextInfo
    streamingSidecar: bytes
    waveform: bytes
    backgroundArgb: int
    viewOnce: bool
    accessibilityLabel: str
    mediaKeyDomain: MediaKeyDomain
    def __init__(self, url: _Optional[str] = ..., mimetype: _Optional[str] = ..., fileSha256: _Optional[bytes] = ..., fileLength: _Optional[int] = ..., seconds: _Optional[int] = ..., ptt: _Optional[bool] = ..., mediaKey: _Optional[bytes] = ..., fileEncSha256: _Optional[bytes] = ..., directPath: _Optional[str] = ..., mediaKeyTimestamp: _Optional[int] = ..., contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ..., streamingSidecar: _Optional[bytes] = ..., waveform: _Optional[bytes] = ..., backgroundArgb: _Optional[int] = ..., viewOnce: _Optional[bool] = ..., accessibilityLabel: _Optional[str] = ..., mediaKeyDomain: _Optional[_Union[MediaKeyDomain, str]] = ...) -> None: ...

class DocumentMessage(_message.Message):
    __slots__ = ("url", "mimetype", "title", "fileSha256", "fileLength", "pageCount", "mediaKey", "fileName", "fileEncSha256", "directPath", "mediaKeyTimestamp", "contactVcard", "thumbnailDirectPath", "thumbnailSha256", "thumbnailEncSha256", "jpegThumbnail", "contextInfo", "thumbnailHeight", "thumbnailWidth", "caption", "accessibilityLabel", "mediaKeyDomain")
    URL_FIELD_NUMBER: _ClassVar[int]
    MIMETYPE_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    FILESHA256_FIELD_NUMBER: _ClassVar[int]
    FILELENGTH_FIELD_NUMBER: _ClassVar[int]
    PAGECOUNT_FIELD_NUMBER: _ClassVar[int]
    MEDIAKEY_FIELD_NUMBER: _ClassVar[int]
    FILENAME_FIELD_NUMBER: _ClassVar[int]
    FILEENCSHA256_FIELD_NUMBER: _ClassVar[int]
    DIRECTPATH_FIELD_NUMBER: _ClassVar[int]
    MEDIAKEYTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    CONTACTVCARD_FIELD_NUMBER: _ClassVar[int]
    THUMBNAILDIRECTPATH_FIELD_NUMBER: _ClassVar[int]
    THUMBNAILSHA256_FIELD_NUMBER: _ClassVar[int]
    THUMBNAILENCSHA256_FIELD_NUMBER: _ClassVar[int]
    JPEGTHUMBNAIL_FIELD_NUMBER: _ClassVar[int]
    CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
    THUMBNAILHEIGHT_FIELD_NUMBER: _ClassVar[int]
    THUMBNAILWIDTH_FIELD_NUMBER: _ClassVar[int]
    CAPTION_FIELD_NUMBER: _ClassVar[int]
    ACCESSIBILITYLABEL_FIELD_NUMBER: _ClassVar[int]
    MEDIAKEYDOMAIN_FIELD_NUMBER: _ClassVar[int]
    url: str
    mimetype: str
    title: str
    fileSha256: bytes
    fileLength: int
    pageCount: int
    mediaKey: bytes
    fileName: str
    fileEncSha256: bytes
    directPath: str
    mediaKeyTimestamp: int
    contactVcard: bool
    thumbnailDirectPath: str
    thumbnailSha256: bytes
    thumbnailEncSha256: bytes
    jpegThumbnail: bytes
    contextInfo: ContextInfo
    thumbnailHeight: int
    thumbnailWidth: int
    caption: str
    accessibilityLabel: str
    mediaKeyDomain: MediaKeyDomain
    def __init__(self, url: _Optional[str] = ..., mimetype: _Optional[str] = ..., title: _Optional[str] = ..., fileSha256: _Optional[bytes] = ..., fileLength: _Optional[int] = ..., pageCount: _Optional[int] = ..., mediaKey: _Optional[bytes] = ..., fileName: _Optional[str] = ..., fileEncSha256: _Optional[bytes] = ..., directPath: _Optional[str] = ..., mediaKeyTimestamp: _Optional[int] = ..., contactVcard: _Optional[bool] = ..., thumbnailDirectPath: _Optional[str] = ..., thumbnailSha256: _Optional[bytes] = ..., thumbnailEncSha256: _Optional[bytes] = ..., jpegThumbnail: _Optional[bytes] = ..., contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ..., thumbnailHeight: _Optional[int] = ..., thumbnailWidth: _Optional[int] = ..., caption: _Optional[str] = ..., accessibilityLabel: _Optional[str] = ..., mediaKeyDomain: _Optional[_Union[MediaKeyDomain, str]] = ...) -> None: ...

class StickerMessage(_message.Message):
    __slots__ = ("url", "fileSha256", "fileEncSha256", "mediaKey", "mimetype", "height", "width", "directPath", "fileLength", "mediaKeyTimestamp", "firstFrameLength", "firstFrameSidecar", "isAnimated", "pngThumbnail", "contextInfo", "stickerSentTs", "isAvatar", "isAiSticker", "isLottie", "accessibilityLabel", "mediaKeyDomain", "premium", "emojis")
    URL_FIELD_NUMBER: _ClassVar[int]
    FILESHA256_FIELD_NUMBER: _ClassVar[int]
    FILEENCSHA256_FIELD_NUMBER: _ClassVar[int]
    MEDIAKEY_FIELD_NUMBER: _ClassVar[int]
    MIMETYPE_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_FIELD_NUMBER: _ClassVar[int]
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    DIRECTPATH_FIELD_NUMBER: _ClassVar[int]
    FILELENGTH_FIELD_NUMBER: _ClassVar[int]
    MEDIAKEYTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    FIRSTFRAMELENGTH_FIELD_NUMBER: _ClassVar[int]
    FIRSTFRAMESIDECAR_FIELD_NUMBER: _ClassVar[int]
    ISANIMATED_FIELD_NUMBER: _ClassVar[int]
    PNGTHUMBNAIL_FIELD_NUMBER: _ClassVar[int]
    CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
    STICKERSENTTS_FIELD_NUMBER: _ClassVar[int]
    ISAVATAR_FIELD_NUMBER: _ClassVar[int]
    ISAISTICKER_FIELD_NUMBER: _ClassVar[int]
    ISLOTTIE_FIELD_NUMBER: _ClassVar[int]
    ACCESSIBILITYLABEL_FIELD_NUMBER: _ClassVar[int]
    MEDIAKEYDOMAIN_FIELD_NUMBER: _ClassVar[int]
    PREMIUM_FIELD_NUMBER: _ClassVar[int]
    EMOJIS_FIELD_NUMBER: _ClassVar[int]
    url: str
    fileSha256: bytes
    fileEncSha256: bytes
    mediaKey: bytes
    mimetype: str
    height: int
    width: int
    directPath: str
    fileLength: int
    mediaKeyTimestamp: int
    firstFrameLength: int
    firstFrameSidecar: bytes
    isAnimated: bool
    pngThumbnail: bytes
    contextInfo: ContextInfo
    stickerSentTs: int
    isAvatar: bool
    isAiSticker: bool
    isLottie: bool
    accessibilityLabel: str
    mediaKeyDomain: MediaKeyDomain
    premium: int
    emojis: str
    def __init__(self, url: _Optional[str] = ..., fileSha256: _Optional[bytes] = ..., fileEncSha256: _Optional[bytes] = ..., mediaKey: _Optional[bytes] = ..., mimetype: _Optional[str] = ..., height: _Optional[int] = ..., width: _Optional[int] = ..., directPath: _Optional[str] = ..., fileLength: _Optional[int] = ..., mediaKeyTimestamp: _Optional[int] = ..., firstFrameLength: _Optional[int] = ..., firstFrameSidecar: _Optional[bytes] = ..., isAnimated: _Optional[bool] = ..., pngThumbnail: _Optional[bytes] = ..., contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ..., stickerSentTs: _Optional[int] = ..., isAvatar: _Optional[bool] = ..., isAiSticker: _Optional[bool] = ..., isLottie: _Optional[bool] = ..., accessibilityLabel: _Optional[str] = ..., mediaKeyDomain: _Optional[_Union[MediaKeyDomain, str]] = ..., premium: _Optional[int] = ..., emojis: _Optional[str] = ...) -> None: ...

class ExtendedTextMessage(_message.Message):
    __slots__ = ("text", "matchedText", "description", "title", "textArgb", "backgroundArgb", "font", "previewType", "jpegThumbnail", "contextInfo", "doNotPlayInline", "thumbnailDirectPath", "thumbnailSha256", "thumbnailEncSha256", "mediaKey", "mediaKeyTimestamp", "thumbnailHeight", "thumbnailWidth", "inviteLinkGroupType", "inviteLinkParentGroupSubjectV2", "inviteLinkParentGroupThumbnailV2", "inviteLinkGroupTypeV2", "viewOnce", "videoHeight", "videoWidth", "faviconMMSMetadata", "linkPreviewMetadata", "paymentLinkMetadata", "endCardTiles", "videoContentUrl", "musicMetadata", "paymentExtendedMetadata")
    class FontType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SYSTEM: _ClassVar[ExtendedTextMessage.FontType]
        SYSTEM_TEXT: _ClassVar[ExtendedTextMessage.FontType]
        FB_SCRIPT: _ClassVar[ExtendedTextMessage.FontType]
        SYSTEM_BOLD: _ClassVar[ExtendedTextMessage.FontType]
        MORNINGBREEZE_REGULAR: _ClassVar[ExtendedTextMessage.FontType]
        CALISTOGA_REGULAR: _ClassVar[ExtendedTextMessage.FontType]
        EXO2_EXTRABOLD: _ClassVar[ExtendedTextMessage.FontType]
        COURIERPRIME_BOLD: _ClassVar[ExtendedTextMessage.FontType]
    SYSTEM: ExtendedTextMessage.FontType
    SYSTEM_TEXT: ExtendedTextMessage.FontType
    FB_SCRIPT: ExtendedTextMessage.FontType
    SYSTEM_BOLD: ExtendedTextMessage.FontType
    MORNINGBREEZE_REGULAR: ExtendedTextMessage.FontType
    CALISTOGA_REGULAR: ExtendedTextMessage.FontType
    EXO2_EXTRABOLD: ExtendedTextMessage.FontType
    COURIERPRIME_BOLD: ExtendedTextMessage.FontType
    class PreviewType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        NONE: _ClassVar[ExtendedTextMessage.PreviewType]
        VIDEO: _ClassVar[ExtendedTextMessage.PreviewType]
        PLACEHOLDER: _ClassVar[ExtendedTextMessage.PreviewType]
        IMAGE: _ClassVar[ExtendedTextMessage.PreviewType]
        PAYMENT_LINKS: _ClassVar[ExtendedTextMessage.PreviewType]
        PROFILE: _ClassVar[ExtendedTextMessage.PreviewType]
    NONE: ExtendedTextMessage.PreviewType
    VIDEO: ExtendedTextMessage.PreviewType
    PLACEHOLDER: ExtendedTextMessage.PreviewType
    IMAGE: ExtendedTextMessage.PreviewType
    PAYMENT_LINKS: ExtendedTextMessage.PreviewType
    PROFILE: ExtendedTextMessage.PreviewType
    class InviteLinkGroupType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        DEFAULT: _ClassVar[ExtendedTextMessage.InviteLinkGroupType]
        PARENT: _ClassVar[ExtendedTextMessage.InviteLinkGroupType]
        SUB: _ClassVar[ExtendedTextMessage.InviteLinkGroupType]
        DEFAULT_SUB: _ClassVar[ExtendedTextMessage.InviteLinkGroupType]
    DEFAULT: ExtendedTextMessage.InviteLinkGroupType
    PARENT: ExtendedTextMessage.InviteLinkGroupType
    SUB: ExtendedTextMessage.InviteLinkGroupType
    DEFAULT_SUB: ExtendedTextMessage.InviteLinkGroupType
    TEXT_FIELD_NUMBER: _ClassVar[int]
    MATCHEDTEXT_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    TEXTARGB_FIELD_NUMBER: _ClassVar[int]
    BACKGROUNDARGB_FIELD_NUMBER: _ClassVar[int]
    FONT_FIELD_NUMBER: _ClassVar[int]
    PREVIEWTYPE_FIELD_NUMBER: _ClassVar[int]
    JPEGTHUMBNAIL_FIELD_NUMBER: _ClassVar[int]
    CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
    DONOTPLAYINLINE_FIELD_NUMBER: _ClassVar[int]
    THUMBNAILDIRECTPATH_FIELD_NUMBER: _ClassVar[int]
    THUMBNAILSHA256_FIELD_NUMBER: _ClassVar[int]
    THUMBNAILENCSHA256_FIELD_NUMBER: _ClassVar[int]
    MEDIAKEY_FIELD_NUMBER: _ClassVar[int]
    MEDIAKEYTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    THUMBNAILHEIGHT_FIELD_NUMBER: _ClassVar[int]
    THUMBNAILWIDTH_FIELD_NUMBER: _ClassVar[int]
    INVITELINKGROUPTYPE_FIELD_NUMBER: _ClassVar[int]
    INVITELINKPARENTGROUPSUBJECTV2_FIELD_NUMBER: _ClassVar[int]
    INVITELINKPARENTGROUPTHUMBNAILV2_FIELD_NUMBER: _ClassVar[int]
    INVITELINKGROUPTYPEV2_FIELD_NUMBER: _ClassVar[int]
    VIEWONCE_FIELD_NUMBER: _ClassVar[int]
    VIDEOHEIGHT_FIELD_NUMBER: _ClassVar[int]
    VIDEOWIDTH_FIELD_NUMBER: _ClassVar[int]
    FAVICONMMSMETADATA_FIELD_NUMBER: _ClassVar[int]
    LINKPREVIEWMETADATA_FIELD_NUMBER: _ClassVar[int]
    PAYMENTLINKMETADATA_FIELD_NUMBER: _ClassVar[int]
    ENDCARDTILES_FIELD_NUMBER: _ClassVar[int]
    VIDEOCONTENTURL_FIELD_NUMBER: _ClassVar[int]
    MUSICMETADATA_FIELD_NUMBER: _ClassVar[int]
    PAYMENTEXTENDEDMETADATA_FIELD_NUMBER: _ClassVar[int]
    text: str
    matchedText: str
    description: str
    title: str
    textArgb: int
    backgroundArgb: int
    font: ExtendedTextMessage.FontType
    previewType: ExtendedTextMessage.PreviewType
    jpegThumbnail: bytes
    contextInfo: ContextInfo
    doNotPlayInline: bool
    thumbnailDirectPath: str
    thumbnailSha256: bytes
    thumbnailEncSha256: bytes
    mediaKey: bytes
    mediaKeyTimestamp: int
    thumbnailHeight: int
    thumbnailWidth: int
    inviteLinkGroupType: ExtendedTextMessage.InviteLinkGroupType
    inviteLinkParentGroupSubjectV2: str
    inviteLinkParentGroupThumbnailV2: bytes
    inviteLinkGroupTypeV2: ExtendedTextMessage.InviteLinkGroupType
    viewOnce: bool
    videoHeight: int
    videoWidth: int
    faviconMMSMetadata: MMSThumbnailMetadata
    linkPreviewMetadata: LinkPreviewMetadata
    paymentLinkMetadata: PaymentLinkMetadata
    endCardTiles: _containers.RepeatedCompositeFieldContainer[VideoEndCard]
    videoContentUrl: str
    musicMetadata: EmbeddedMusic
    paymentExtendedMetadata: PaymentExtendedMetadata
    def __init__(self, text: _Optional[str] = ..., matchedText: _Optional[str] = ..., description: _Optional[str] = ..., title: _Optional[str] = ..., textArgb: _Optional[int] = ..., backgroundArgb: _Optional[int] = ..., font: _Optional[_Union[ExtendedTextMessage.FontType, str]] = ..., previewType: _Optional[_Union[ExtendedTextMessage.PreviewType, str]] = ..., jpegThumbnail: _Optional[bytes] = ..., contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ..., doNotPlayInline: _Optional[bool] = ..., thumbnailDirectPath: _Optional[str] = ..., thumbnailSha256: _Optional[bytes] = ..., thumbnailEncSha256: _Optional[bytes] = ..., mediaKey: _Optional[bytes] = ..., mediaKeyTimestamp: _Optional[int] = ..., thumbnailHeight: _Optional[int] = ..., thumbnailWidth: _Optional[int] = ..., inviteLinkGroupType: _Optional[_Union[ExtendedTextMessage.InviteLinkGroupType, str]] = ..., inviteLinkParentGroupSubjectV2: _Optional[str] = ..., inviteLinkParentGroupThumbnailV2: _Optional[bytes] = ..., inviteLinkGroupTypeV2: _Optional[_Union[ExtendedTextMessage.InviteLinkGroupType, str]] = ..., viewOnce: _Optional[bool] = ..., videoHeight: _Optional[int] = ..., videoWidth: _Optional[int] = ..., faviconMMSMetadata: _Optional[_Union[MMSThumbnailMetadata, _Mapping]] = ..., linkPreviewMetadata: _Optional[_Union[LinkPreviewMetadata, _Mapping]] = ..., paymentLinkMetadata: _Optional[_Union[PaymentLinkMetadata, _Mapping]] = ..., endCardTiles: _Optional[_Iterable[_Union[VideoEndCard, _Mapping]]] = ..., videoContentUrl: _Optional[str] = ..., musicMetadata: _Optional[_Union[EmbeddedMusic, _Mapping]] = ..., paymentExtendedMetadata: _Optional[_Union[PaymentExtendedMetadata, _Mapping]] = ...) -> None: ...

class LocationMessage(_message.Message):
    __slots__ = ("degreesLatitude", "degreesLongitude", "name", "address", "url", "isLive", "accuracyInMeters", "speedInMps", "degreesClockwiseFromMagneticNorth", "comment", "jpegThumbnail", "contextInfo")
    DEGREESLATITUDE_FIELD_NUMBER: _ClassVar[int]
    DEGREESLONGITUDE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    ADDRESS_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    ISLIVE_FIELD_NUMBER: _ClassVar[int]
    ACCURACYINMETERS_FIELD_NUMBER: _ClassVar[int]
    SPEEDINMPS_FIELD_NUMBER: _ClassVar[int]
    DEGREESCLOCKWISEFROMMAGNETICNORTH_FIELD_NUMBER: _ClassVar[int]
    COMMENT_FIELD_NUMBER: _ClassVar[int]
    JPEGTHUMBNAIL_FIELD_NUMBER: _ClassVar[int]
    CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
    degreesLatitude: float
    degreesLongitude: float
    name: str
    address: str
    url: str
    isLive: bool
    accuracyInMeters: int
    speedInMps: float
    degreesClockwiseFromMagneticNorth: int
    comment: str
    jpegThumbnail: bytes
    contextInfo: ContextInfo
    def __init__(self, degreesLatitude: _Optional[float] = ..., degreesLongitude: _Optional[float] = ..., name: _Optional[str] = ..., address: _Optional[str] = ..., url: _Optional[str] = ..., isLive: _Optional[bool] = ..., accuracyInMeters: _Optional[int] = ..., speedInMps: _Optional[float] = ..., degreesClockwiseFromMagneticNorth: _Optional[int] = ..., comment: _Optional[str] = ..., jpegThumbnail: _Optional[bytes] = ..., contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ...) -> None: ...

class ContactMessage(_message.Message):
    __slots__ = ("displayName", "vcard", "contextInfo", "isSelfContact")
    DISPLAYNAME_FIELD_NUMBER: _ClassVar[int]
    VCARD_FIELD_NUMBER: _ClassVar[int]
    CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
    ISSELFCONTACT_FIELD_NUMBER: _ClassVar[int]
    displayName: str
    vcard: str
    contextInfo: ContextInfo
    isSelfContact: bool
    def __init__(self, displayName: _Optional[str] = ..., vcard: _Optional[str] = ..., contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ..., isSelfContact: _Optional[bool] = ...) -> None: ...

class ContextInfo(_message.Message):
    __slots__ = ("stanzaId", "participant", "quotedMessage", "remoteJid", "mentionedJid", "conversionSource", "conversionData", "conversionDelaySeconds", "forwardingScore", "isForwarded", "quotedAd", "placeholderKey", "expiration", "ephemeralSettingTimestamp", "ephemeralSharedSecret", "externalAdReply", "entryPointConversionSource", "entryPointConversionApp", "entryPointConversionDelaySeconds", "disappearingMode", "actionLink", "groupSubject", "parentGroupJid", "trustBannerType", "trustBannerAction", "isSampled", "groupMentions", "utm", "forwardedNewsletterMessageInfo", "businessMessageForwardInfo", "smbClientCampaignId", "smbServerCampaignId", "dataSharingContext", "alwaysShowAdAttribution", "featureEligibilities", "entryPointConversionExternalSource", "entryPointConversionExternalMedium", "ctwaSignals", "ctwaPayload", "forwardedAiBotMessageInfo", "statusAttributionType", "urlTrackingMap", "pairedMediaType", "rankingVersion", "memberLabel", "isQuestion", "statusSourceType", "statusAttributions", "isGroupStatus", "forwardOrigin", "questionReplyQuotedMessage", "statusAudienceMetadata", "nonJidMentions", "quotedType", "botMessageSharingInfo", "isSpoiler", "mediaDomainInfo", "partiallySelectedContent", "afterReadDuration", "crossAppSource", "businessInteractionPills", "posterStatusId", "instagramThreadLink", "aiProvenance")
    class StatusAttributionType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        NONE: _ClassVar[ContextInfo.StatusAttributionType]
        RESHARED_FROM_MENTION: _ClassVar[ContextInfo.StatusAttributionType]
        RESHARED_FROM_POST: _ClassVar[ContextInfo.StatusAttributionType]
        RESHARED_FROM_POST_MANY_TIMES: _ClassVar[ContextInfo.StatusAttributionType]
        FORWARDED_FROM_STATUS: _ClassVar[ContextInfo.StatusAttributionType]
    NONE: ContextInfo.StatusAttributionType
    RESHARED_FROM_MENTION: ContextInfo.StatusAttributionType
    RESHARED_FROM_POST: ContextInfo.StatusAttributionType
    RESHARED_FROM_POST_MANY_TIMES: ContextInfo.StatusAttributionType
    FORWARDED_FROM_STATUS: ContextInfo.StatusAttributionType
    class PairedMediaType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        NOT_PAIRED_MEDIA: _ClassVar[ContextInfo.PairedMediaType]
        SD_VIDEO_PARENT: _ClassVar[ContextInfo.PairedMediaType]
        HD_VIDEO_CHILD: _ClassVar[ContextInfo.PairedMediaType]
        SD_IMAGE_PARENT: _ClassVar[ContextInfo.PairedMediaType]
        HD_IMAGE_CHILD: _ClassVar[ContextInfo.PairedMediaType]
        MOTION_PHOTO_PARENT: _ClassVar[ContextInfo.PairedMediaType]
        MOTION_PHOTO_CHILD: _ClassVar[ContextInfo.PairedMediaType]
        HEVC_VIDEO_PARENT: _ClassVar[ContextInfo.PairedMediaType]
        HEVC_VIDEO_CHILD: _ClassVar[ContextInfo.PairedMediaType]
    NOT_PAIRED_MEDIA: ContextInfo.PairedMediaType
    SD_VIDEO_PARENT: ContextInfo.PairedMediaType
    HD_VIDEO_CHILD: ContextInfo.PairedMediaType
    SD_IMAGE_PARENT: ContextInfo.PairedMediaType
    HD_IMAGE_CHILD: ContextInfo.PairedMediaType
    MOTION_PHOTO_PARENT: ContextInfo.PairedMediaType
    MOTION_PHOTO_CHILD: ContextInfo.PairedMediaType
    HEVC_VIDEO_PARENT: ContextInfo.PairedMediaType
    HEVC_VIDEO_CHILD: ContextInfo.PairedMediaType
    class StatusSourceType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        IMAGE: _ClassVar[ContextInfo.StatusSourceType]
        VIDEO: _ClassVar[ContextInfo.StatusSourceType]
        GIF: _ClassVar[ContextInfo.StatusSourceType]
        AUDIO: _ClassVar[ContextInfo.StatusSourceType]
        TEXT: _ClassVar[ContextInfo.StatusSourceType]
        MUSIC_STANDALONE: _ClassVar[ContextInfo.StatusSourceType]
    IMAGE: ContextInfo.StatusSourceType
    VIDEO: ContextInfo.StatusSourceType
    GIF: ContextInfo.StatusSourceType
    AUDIO: ContextInfo.StatusSourceType
    TEXT: ContextInfo.StatusSourceType
    MUSIC_STANDALONE: ContextInfo.StatusSourceType
    class ForwardOrigin(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        UNKNOWN: _ClassVar[ContextInfo.ForwardOrigin]
        CHAT: _ClassVar[ContextInfo.ForwardOrigin]
        STATUS: _ClassVar[ContextInfo.ForwardOrigin]
        CHANNELS: _ClassVar[ContextInfo.ForwardOrigin]
        META_AI: _ClassVar[ContextInfo.ForwardOrigin]
        UGC: _ClassVar[ContextInfo.ForwardOrigin]
    UNKNOWN: ContextInfo.ForwardOrigin
    CHAT: ContextInfo.ForwardOrigin
    STATUS: ContextInfo.ForwardOrigin
    CHANNELS: ContextInfo.ForwardOrigin
    META_AI: ContextInfo.ForwardOrigin
    UGC: ContextInfo.ForwardOrigin
    class QuotedType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        EXPLICIT: _ClassVar[ContextInfo.QuotedType]
        AUTO: _ClassVar[ContextInfo.QuotedType]
    EXPLICIT: ContextInfo.QuotedType
    AUTO: ContextInfo.QuotedType
    class CrossAppSource(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        CROSS_APP_SOURCE_UNKNOWN: _ClassVar[ContextInfo.CrossAppSource]
        CROSS_APP_SOURCE_INSTAGRAM: _ClassVar[ContextInfo.CrossAppSource]
        CROSS_APP_SOURCE_FACEBOOK: _ClassVar[ContextInfo.CrossAppSource]
    CROSS_APP_SOURCE_UNKNOWN: ContextInfo.CrossAppSource
    CROSS_APP_SOURCE_INSTAGRAM: ContextInfo.CrossAppSource
    CROSS_APP_SOURCE_FACEBOOK: ContextInfo.CrossAppSource
    class AdReplyInfo(_message.Message):
        __slots__ = ("advertiserName", "mediaType", "jpegThumbnail", "caption")
        class MediaType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            NONE: _ClassVar[ContextInfo.AdReplyInfo.MediaType]
            IMAGE: _ClassVar[ContextInfo.AdReplyInfo.MediaType]
            VIDEO: _ClassVar[ContextInfo.AdReplyInfo.MediaType]
        NONE: ContextInfo.AdReplyInfo.MediaType
        IMAGE: ContextInfo.AdReplyInfo.MediaType
        VIDEO: ContextInfo.AdReplyInfo.MediaType
        ADVERTISERNAME_FIELD_NUMBER: _ClassVar[int]
        MEDIATYPE_FIELD_NUMBER: _ClassVar[int]
        JPEGTHUMBNAIL_FIELD_NUMBER: _ClassVar[int]
        CAPTION_FIELD_NUMBER: _ClassVar[int]
        advertiserName: str
        mediaType: ContextInfo.AdReplyInfo.MediaType
        jpegThumbnail: bytes
        caption: str
        def __init__(self, advertiserName: _Optional[str] = ..., mediaType: _Optional[_Union[ContextInfo.AdReplyInfo.MediaType, str]] = ..., jpegThumbnail: _Optional[bytes] = ..., caption: _Optional[str] = ...) -> None: ...
    class ExternalAdReplyInfo(_message.Message):
        __slots__ = ("title", "body", "mediaType", "thumbnailUrl", "mediaUrl", "thumbnail", "sourceType", "sourceId", "sourceUrl", "containsAutoReply", "renderLargerThumbnail", "showAdAttribution", "ctwaClid", "ref", "clickToWhatsappCall", "adContextPreviewDismissed", "sourceApp", "automatedGreetingMessageShown", "greetingMessageBody", "ctaPayload", "disableNudge", "originalImageUrl", "automatedGreetingMessageCtaType", "wtwaAdFormat", "adType", "wtwaWebsiteUrl", "adPreviewUrl", "containsCtwaFlowsAutoReply", "agmThumbnailStrategy", "agmTitleStrategy", "agmSubtitleStrategy", "agmHeaderInteractionStrategy")
        class AdType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            CTWA: _ClassVar[ContextInfo.ExternalAdReplyInfo.AdType]
            CAWC: _ClassVar[ContextInfo.ExternalAdReplyInfo.AdType]
        CTWA: ContextInfo.ExternalAdReplyInfo.AdType
        CAWC: ContextInfo.ExternalAdReplyInfo.AdType
        class MediaType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            NONE: _ClassVar[ContextInfo.ExternalAdReplyInfo.MediaType]
            IMAGE: _ClassVar[ContextInfo.ExternalAdReplyInfo.MediaType]
            VIDEO: _ClassVar[ContextInfo.ExternalAdReplyInfo.MediaType]
        NONE: ContextInfo.ExternalAdReplyInfo.MediaType
        IMAGE: ContextInfo.ExternalAdReplyInfo.MediaType
        VIDEO: ContextInfo.ExternalAdReplyInfo.MediaType
        TITLE_FIELD_NUMBER: _ClassVar[int]
        BODY_FIELD_NUMBER: _ClassVar[int]
        MEDIATYPE_FIELD_NUMBER: _ClassVar[int]
        THUMBNAILURL_FIELD_NUMBER: _ClassVar[int]
        MEDIAURL_FIELD_NUMBER: _ClassVar[int]
        THUMBNAIL_FIELD_NUMBER: _ClassVar[int]
        SOURCETYPE_FIELD_NUMBER: _ClassVar[int]
        SOURCEID_FIELD_NUMBER: _ClassVar[int]
        SOURCEURL_FIELD_NUMBER: _ClassVar[int]
        CONTAINSAUTOREPLY_FIELD_NUMBER: _ClassVar[int]
        RENDERLARGERTHUMBNAIL_FIELD_NUMBER: _ClassVar[int]
        SHOWADATTRIBUTION_FIELD_NUMBER: _ClassVar[int]
        CTWACLID_FIELD_NUMBER: _ClassVar[int]
        REF_FIELD_NUMBER: _ClassVar[int]
        CLICKTOWHATSAPPCALL_FIELD_NUMBER: _ClassVar[int]
        ADCONTEXTPREVIEWDISMISSED_FIELD_NUMBER: _ClassVar[int]
        SOURCEAPP_FIELD_NUMBER: _ClassVar[int]
        AUTOMATEDGREETINGMESSAGESHOWN_FIELD_NUMBER: _ClassVar[int]
        GREETINGMESSAGEBODY_FIELD_NUMBER: _ClassVar[int]
        CTAPAYLOAD_FIELD_NUMBER: _ClassVar[int]
        DISABLENUDGE_FIELD_NUMBER: _ClassVar[int]
        ORIGINALIMAGEURL_FIELD_NUMBER: _ClassVar[int]
        AUTOMATEDGREETINGMESSAGECTATYPE_FIELD_NUMBER: _ClassVar[int]
        WTWAADFORMAT_FIELD_NUMBER: _ClassVar[int]
        ADTYPE_FIELD_NUMBER: _ClassVar[int]
        WTWAWEBSITEURL_FIELD_NUMBER: _ClassVar[int]
        ADPREVIEWURL_FIELD_NUMBER: _ClassVar[int]
        CONTAINSCTWAFLOWSAUTOREPLY_FIELD_NUMBER: _ClassVar[int]
        AGMTHUMBNAILSTRATEGY_FIELD_NUMBER: _ClassVar[int]
        AGMTITLESTRATEGY_FIELD_NUMBER: _ClassVar[int]
        AGMSUBTITLESTRATEGY_FIELD_NUMBER: _ClassVar[int]
        AGMHEADERINTERACTIONSTRATEGY_FIELD_NUMBER: _ClassVar[int]
        title: str
        body: str
        mediaType: ContextInfo.ExternalAdReplyInfo.MediaType
        thumbnailUrl: str
        mediaUrl: str
        thumbnail: bytes
        sourceType: str
        sourceId: str
        sourceUrl: str
        containsAutoReply: bool
        renderLargerThumbnail: bool
        showAdAttribution: bool
        ctwaClid: str
        ref: str
        clickToWhatsappCall: bool
        adContextPreviewDismissed: bool
        sourceApp: str
        automatedGreetingMessageShown: bool
        greetingMessageBody: str
        ctaPayload: str
        disableNudge: bool
        originalImageUrl: str
        automatedGreetingMessageCtaType: str
        wtwaAdFormat: bool
        adType: ContextInfo.ExternalAdReplyInfo.AdType
        wtwaWebsiteUrl: str
        adPreviewUrl: str
        containsCtwaFlowsAutoReply: bool
        agmThumbnailStrategy: int
        agmTitleStrategy: int
        agmSubtitleStrategy: int
        agmHeaderInteractionStrategy: int
        def __init__(self, title: _Optional[str] = ..., body: _Optional[str] = ..., mediaType: _Optional[_Union[ContextInfo.ExternalAdReplyInfo.MediaType, str]] = ..., thumbnailUrl: _Optional[str] = ..., mediaUrl: _Optional[str] = ..., thumbnail: _Optional[bytes] = ..., sourceType: _Optional[str] = ..., sourceId: _Optional[str] = ..., sourceUrl: _Optional[str] = ..., containsAutoReply: _Optional[bool] = ..., renderLargerThumbnail: _Optional[bool] = ..., showAdAttribution: _Optional[bool] = ..., ctwaClid: _Optional[str] = ..., ref: _Optional[str] = ..., clickToWhatsappCall: _Optional[bool] = ..., adContextPreviewDismissed: _Optional[bool] = ..., sourceApp: _Optional[str] = ..., automatedGreetingMessageShown: _Optional[bool] = ..., greetingMessageBody: _Optional[str] = ..., ctaPayload: _Optional[str] = ..., disableNudge: _Optional[bool] = ..., originalImageUrl: _Optional[str] = ..., automatedGreetingMessageCtaType: _Optional[str] = ..., wtwaAdFormat: _Optional[bool] = ..., adType: _Optional[_Union[ContextInfo.ExternalAdReplyInfo.AdType, str]] = ..., wtwaWebsiteUrl: _Optional[str] = ..., adPreviewUrl: _Optional[str] = ..., containsCtwaFlowsAutoReply: _Optional[bool] = ..., agmThumbnailStrategy: _Optional[int] = ..., agmTitleStrategy: _Optional[int] = ..., agmSubtitleStrategy: _Optional[int] = ..., agmHeaderInteractionStrategy: _Optional[int] = ...) -> None: ...
    class UTMInfo(_message.Message):
        __slots__ = ("utmSource", "utmCampaign")
        UTMSOURCE_FIELD_NUMBER: _ClassVar[int]
        UTMCAMPAIGN_FIELD_NUMBER: _ClassVar[int]
        utmSource: str
        utmCampaign: str
        def __init__(self, utmSource: _Optional[str] = ..., utmCampaign: _Optional[str] = ...) -> None: ...
    class ForwardedNewsletterMessageInfo(_message.Message):
        __slots__ = ("newsletterJid", "serverMessageId", "newsletterName", "contentType", "accessibilityText", "profileName")
        class ContentType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            UPDATE: _ClassVar[ContextInfo.ForwardedNewsletterMessageInfo.ContentType]
            UPDATE_CARD: _ClassVar[ContextInfo.ForwardedNewsletterMessageInfo.ContentType]
            LINK_CARD: _ClassVar[ContextInfo.ForwardedNewsletterMessageInfo.ContentType]
        UPDATE: ContextInfo.ForwardedNewsletterMessageInfo.ContentType
        UPDATE_CARD: ContextInfo.ForwardedNewsletterMessageInfo.ContentType
        LINK_CARD: ContextInfo.ForwardedNewsletterMessageInfo.ContentType
        NEWSLETTERJID_FIELD_NUMBER: _ClassVar[int]
        SERVERMESSAGEID_FIELD_NUMBER: _ClassVar[int]
        NEWSLETTERNAME_FIELD_NUMBER: _ClassVar[int]
        CONTENTTYPE_FIELD_NUMBER: _ClassVar[int]
        ACCESSIBILITYTEXT_FIELD_NUMBER: _ClassVar[int]
        PROFILENAME_FIELD_NUMBER: _ClassVar[int]
        newsletterJid: str
        serverMessageId: int
        newsletterName: str
        contentType: ContextInfo.ForwardedNewsletterMessageInfo.ContentType
        accessibilityText: str
        profileName: str
        def __init__(self, newsletterJid: _Optional[str] = ..., serverMessageId: _Optional[int] = ..., newsletterName: _Optional[str] = ..., contentType: _Optional[_Union[ContextInfo.ForwardedNewsletterMessageInfo.ContentType, str]] = ..., accessibilityText: _Optional[str] = ..., profileName: _Optional[str] = ...) -> None: ...
    class BusinessMessageForwardInfo(_message.Message):
        __slots__ = ("businessOwnerJid",)
        BUSINESSOWNERJID_FIELD_NUMBER: _ClassVar[int]
        businessOwnerJid: str
        def __init__(self, businessOwnerJid: _Optional[str] = ...) -> None: ...
    class DataSharingContext(_message.Message):
        __slots__ = ("showMmDisclosure", "encryptedSignalTokenConsented", "parameters", "dataSharingFlags")
        class DataSharingFlags(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            SHOW_MM_DISCLOSURE_ON_CLICK: _ClassVar[ContextInfo.DataSharingContext.DataSharingFlags]
            SHOW_MM_DISCLOSURE_ON_READ: _ClassVar[ContextInfo.DataSharingContext.DataSharingFlags]
        SHOW_MM_DISCLOSURE_ON_CLICK: ContextInfo.DataSharingContext.DataSharingFlags
        SHOW_MM_DISCLOSURE_ON_READ: ContextInfo.DataSharingContext.DataSharingFlags
        class Parameters(_message.Message):
            __slots__ = ("key", "stringData", "intData", "floatData", "contents")
            KEY_FIELD_NUMBER: _ClassVar[int]
            STRINGDATA_FIELD_NUMBER: _ClassVar[int]
            INTDATA_FIELD_NUMBER: _ClassVar[int]
            FLOATDATA_FIELD_NUMBER: _ClassVar[int]
            CONTENTS_FIELD_NUMBER: _ClassVar[int]
            key: str
            stringData: str
            intData: int
            floatData: float
            contents: ContextInfo.DataSharingContext.Parameters
            def __init__(self, key: _Optional[str] = ..., stringData: _Optional[str] = ..., intData: _Optional[int] = ..., floatData: _Optional[float] = ..., contents: _Optional[_Union[ContextInfo.DataSharingContext.Parameters, _Mapping]] = ...) -> None: ...
        SHOWMMDISCLOSURE_FIELD_NUMBER: _ClassVar[int]
        ENCRYPTEDSIGNALTOKENCONSENTED_FIELD_NUMBER: _ClassVar[int]
        PARAMETERS_FIELD_NUMBER: _ClassVar[int]
        DATASHARINGFLAGS_FIELD_NUMBER: _ClassVar[int]
        showMmDisclosure: bool
        encryptedSignalTokenConsented: str
        parameters: _containers.RepeatedCompositeFieldContainer[ContextInfo.DataSharingContext.Parameters]
        dataSharingFlags: int
        def __init__(self, showMmDisclosure: _Optional[bool] = ..., encryptedSignalTokenConsented: _Optional[str] = ..., parameters: _Optional[_Iterable[_Union[ContextInfo.DataSharingContext.Parameters, _Mapping]]] = ..., dataSharingFlags: _Optional[int] = ...) -> None: ...
    class FeatureEligibilities(_message.Message):
        __slots__ = ("cannotBeReactedTo", "cannotBeRanked", "canRequestFeedback", "canBeReshared", "canReceiveMultiReact")
        CANNOTBEREACTEDTO_FIELD_NUMBER: _ClassVar[int]
        CANNOTBERANKED_FIELD_NUMBER: _ClassVar[int]
        CANREQUESTFEEDBACK_FIELD_NUMBER: _ClassVar[int]
        CANBERESHARED_FIELD_NUMBER: _ClassVar[int]
        CANRECEIVEMULTIREACT_FIELD_NUMBER: _ClassVar[int]
        cannotBeReactedTo: bool
        cannotBeRanked: bool
        canRequestFeedback: bool
        canBeReshared: bool
        canReceiveMultiReact: bool
        def __init__(self, cannotBeReactedTo: _Optional[bool] = ..., cannotBeRanked: _Optional[bool] = ..., canRequestFeedback: _Optional[bool] = ..., canBeReshared: _Optional[bool] = ..., canReceiveMultiReact: _Optional[bool] = ...) -> None: ...
    class QuestionReplyQuotedMessage(_message.Message):
        __slots__ = ("serverQuestionId", "quotedQuestion", "quotedResponse")
        SERVERQUESTIONID_FIELD_NUMBER: _ClassVar[int]
        QUOTEDQUESTION_FIELD_NUMBER: _ClassVar[int]
        QUOTEDRESPONSE_FIELD_NUMBER: _ClassVar[int]
        serverQuestionId: int
        quotedQuestion: Message
        quotedResponse: Message
        def __init__(self, serverQuestionId: _Optional[int] = ..., quotedQuestion: _Optional[_Union[Message, _Mapping]] = ..., quotedResponse: _Optional[_Union[Message, _Mapping]] = ...) -> None: ...
    class StatusAudienceMetadata(_message.Message):
        __slots__ = ("audienceType", "listName", "listEmoji")
        class AudienceType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            UNKNOWN: _ClassVar[ContextInfo.StatusAudienceMetadata.AudienceType]
            CLOSE_FRIENDS: _ClassVar[ContextInfo.StatusAudienceMetadata.AudienceType]
        UNKNOWN: ContextInfo.StatusAudienceMetadata.AudienceType
        CLOSE_FRIENDS: ContextInfo.StatusAudienceMetadata.AudienceType
        AUDIENCETYPE_FIELD_NUMBER: _ClassVar[int]
        LISTNAME_FIELD_NUMBER: _ClassVar[int]
        LISTEMOJI_FIELD_NUMBER: _ClassVar[int]
        audienceType: ContextInfo.StatusAudienceMetadata.AudienceType
        listName: str
        listEmoji: str
        def __init__(self, audienceType: _Optional[_Union[ContextInfo.StatusAudienceMetadata.AudienceType, str]] = ..., listName: _Optional[str] = ..., listEmoji: _Optional[str] = ...) -> None: ...
    class PartiallySelectedContent(_message.Message):
        __slots__ = ("text",)
        TEXT_FIELD_NUMBER: _ClassVar[int]
        text: str
        def __init__(self, text: _Optional[str] = ...) -> None: ...
    class BusinessInteractionPills(_message.Message):
        __slots__ = ("businessJid", "pills", "entryPoint", "signedPayload", "signatureEnvelope", "unauthenticatedBusinessMetadata")
        class EntryPoint(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            ENTRY_POINT_UNKNOWN: _ClassVar[ContextInfo.BusinessInteractionPills.EntryPoint]
            P2P_LINK_SHARE: _ClassVar[ContextInfo.BusinessInteractionPills.EntryPoint]
            CONTACT_CARD_SHARING: _ClassVar[ContextInfo.BusinessInteractionPills.EntryPoint]
            PHONE_NUMBER: _ClassVar[ContextInfo.BusinessInteractionPills.EntryPoint]
            STATUS: _ClassVar[ContextInfo.BusinessInteractionPills.EntryPoint]
            IN_THREAD_CONTEXT_CARD: _ClassVar[ContextInfo.BusinessInteractionPills.EntryPoint]
        ENTRY_POINT_UNKNOWN: ContextInfo.BusinessInteractionPills.EntryPoint
        P2P_LINK_SHARE: ContextInfo.BusinessInteractionPills.EntryPoint
        CONTACT_CARD_SHARING: ContextInfo.BusinessInteractionPills.EntryPoint
        PHONE_NUMBER: ContextInfo.BusinessInteractionPills.EntryPoint
        STATUS: ContextInfo.BusinessInteractionPills.EntryPoint
        IN_THREAD_CONTEXT_CARD: ContextInfo.BusinessInteractionPills.EntryPoint
        class PillType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            UNKNOWN: _ClassVar[ContextInfo.BusinessInteractionPills.PillType]
            VIEW_BUSINESS: _ClassVar[ContextInfo.BusinessInteractionPills.PillType]
            CHAT: _ClassVar[ContextInfo.BusinessInteractionPills.PillType]
            CALL: _ClassVar[ContextInfo.BusinessInteractionPills.PillType]
            CATALOG: _ClassVar[ContextInfo.BusinessInteractionPills.PillType]
            CHANNEL: _ClassVar[ContextInfo.BusinessInteractionPills.PillType]
            BOOK_APPOINTMENT: _ClassVar[ContextInfo.BusinessInteractionPills.PillType]
            OFFERS: _ClassVar[ContextInfo.BusinessInteractionPills.PillType]
            BESTSELLERS: _ClassVar[ContextInfo.BusinessInteractionPills.PillType]
            MENU: _ClassVar[ContextInfo.BusinessInteractionPills.PillType]
            ABOUT: _ClassVar[ContextInfo.BusinessInteractionPills.PillType]
            SHOP: _ClassVar[ContextInfo.BusinessInteractionPills.PillType]
            ORDER: _ClassVar[ContextInfo.BusinessInteractionPills.PillType]
        UNKNOWN: ContextInfo.BusinessInteractionPills.PillType
        VIEW_BUSINESS: ContextInfo.BusinessInteractionPills.PillType
        CHAT: ContextInfo.BusinessInteractionPills.PillType
        CALL: ContextInfo.BusinessInteractionPills.PillType
        CATALOG: ContextInfo.BusinessInteractionPills.PillType
        CHANNEL: ContextInfo.BusinessInteractionPills.PillType
        BOOK_APPOINTMENT: ContextInfo.BusinessInteractionPills.PillType
        OFFERS: ContextInfo.BusinessInteractionPills.PillType
        BESTSELLERS: ContextInfo.BusinessInteractionPills.PillType
        MENU: ContextInfo.BusinessInteractionPills.PillType
        ABOUT: ContextInfo.BusinessInteractionPills.PillType
        SHOP: ContextInfo.BusinessInteractionPills.PillType
        ORDER: ContextInfo.BusinessInteractionPills.PillType
        class Pill(_message.Message):
            __slots__ = ("pillType", "actionUrl")
            PILLTYPE_FIELD_NUMBER: _ClassVar[int]
            ACTIONURL_FIELD_NUMBER: _ClassVar[int]
            pillType: ContextInfo.BusinessInteractionPills.PillType
            actionUrl: str
            def __init__(self, pillType: _Optional[_Union[ContextInfo.BusinessInteractionPills.PillType, str]] = ..., actionUrl: _Optional[str] = ...) -> None: ...
        class SignedPayload(_message.Message):
            __slots__ = ("verifiedName", "pills")
            VERIFIEDNAME_FIELD_NUMBER: _ClassVar[int]
            PILLS_FIELD_NUMBER: _ClassVar[int]
            verifiedName: str
            pills: _containers.RepeatedCompositeFieldContainer[ContextInfo.BusinessInteractionPills.Pill]
            def __init__(self, verifiedName: _Optional[str] = ..., pills: _Optional[_Iterable[_Union[ContextInfo.BusinessInteractionPills.Pill, _Mapping]]] = ...) -> None: ...
        class UnauthenticatedBusinessMetadata(_message.Message):
            __slots__ = ("businessName", "businessCategory", "businessIsOpen", "businessIsOpenSnapshotMs")
            BUSINESSNAME_FIELD_NUMBER: _ClassVar[int]
            BUSINESSCATEGORY_FIELD_NUMBER: _ClassVar[int]
            BUSINESSISOPEN_FIELD_NUMBER: _ClassVar[int]
            BUSINESSISOPENSNAPSHOTMS_FIELD_NUMBER: _ClassVar[int]
            businessName: str
            businessCategory: str
            businessIsOpen: bool
            businessIsOpenSnapshotMs: int
            def __init__(self, businessName: _Optional[str] = ..., businessCategory: _Optional[str] = ..., businessIsOpen: _Optional[bool] = ..., businessIsOpenSnapshotMs: _Optional[int] = ...) -> None: ...
        BUSINESSJID_FIELD_NUMBER: _ClassVar[int]
        PILLS_FIELD_NUMBER: _ClassVar[int]
        ENTRYPOINT_FIELD_NUMBER: _ClassVar[int]
        SIGNEDPAYLOAD_FIELD_NUMBER: _ClassVar[int]
        SIGNATUREENVELOPE_FIELD_NUMBER: _ClassVar[int]
        UNAUTHENTICATEDBUSINESSMETADATA_FIELD_NUMBER: _ClassVar[int]
        businessJid: str
        pills: _containers.RepeatedCompositeFieldContainer[ContextInfo.BusinessInteractionPills.Pill]
        entryPoint: ContextInfo.BusinessInteractionPills.EntryPoint
        signedPayload: bytes
        signatureEnvelope: BotSignatureVerificationMetadata
        unauthenticatedBusinessMetadata: ContextInfo.BusinessInteractionPills.UnauthenticatedBusinessMetadata
        def __init__(self, businessJid: _Optional[str] = ..., pills: _Optional[_Iterable[_Union[ContextInfo.BusinessInteractionPills.Pill, _Mapping]]] = ..., entryPoint: _Optional[_Union[ContextInfo.BusinessInteractionPills.EntryPoint, str]] = ..., signedPayload: _Optional[bytes] = ..., signatureEnvelope: _Optional[_Union[BotSignatureVerificationMetadata, _Mapping]] = ..., unauthenticatedBusinessMetadata: _Optional[_Union[ContextInfo.BusinessInteractionPills.UnauthenticatedBusinessMetadata, _Mapping]] = ...) -> None: ...
    class InstagramThreadLink(_message.Message):
        __slots__ = ("url",)
        URL_FIELD_NUMBER: _ClassVar[int]
        url: str
        def __init__(self, url: _Optional[str] = ...) -> None: ...
    STANZAID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANT_FIELD_NUMBER: _ClassVar[int]
    QUOTEDMESSAGE_FIELD_NUMBER: _ClassVar[int]
    REMOTEJID_FIELD_NUMBER: _ClassVar[int]
    MENTIONEDJID_FIELD_NUMBER: _ClassVar[int]
    CONVERSIONSOURCE_FIELD_NUMBER: _ClassVar[int]
    CONVERSIONDATA_FIELD_NUMBER: _ClassVar[int]
    CONVERSIONDELAYSECONDS_FIELD_NUMBER: _ClassVar[int]
    FORWARDINGSCORE_FIELD_NUMBER: _ClassVar[int]
    ISFORWARDED_FIELD_NUMBER: _ClassVar[int]
    QUOTEDAD_FIELD_NUMBER: _ClassVar[int]
    PLACEHOLDERKEY_FIELD_NUMBER: _ClassVar[int]
    EXPIRATION_FIELD_NUMBER: _ClassVar[int]
    EPHEMERALSETTINGTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    EPHEMERALSHAREDSECRET_FIELD_NUMBER: _ClassVar[int]
    EXTERNALADREPLY_FIELD_NUMBER: _ClassVar[int]
    ENTRYPOINTCONVERSIONSOURCE_FIELD_NUMBER: _ClassVar[int]
    ENTRYPOINTCONVERSIONAPP_FIELD_NUMBER: _ClassVar[int]
    ENTRYPOINTCONVERSIONDELAYSECONDS_FIELD_NUMBER: _ClassVar[int]
    DISAPPEARINGMODE_FIELD_NUMBER: _ClassVar[int]
    ACTIONLINK_FIELD_NUMBER: _ClassVar[int]
    GROUPSUBJECT_FIELD_NUMBER: _ClassVar[int]
    PARENTGROUPJID_FIELD_NUMBER: _ClassVar[int]
    TRUSTBANNERTYPE_FIELD_NUMBER: _ClassVar[int]
    TRUSTBANNERACTION_FIELD_NUMBER: _ClassVar[int]
    ISSAMPLED_FIELD_NUMBER: _ClassVar[int]
    GROUPMENTIONS_FIELD_NUMBER: _ClassVar[int]
    UTM_FIELD_NUMBER: _ClassVar[int]
    FORWARDEDNEWSLETTERMESSAGEINFO_FIELD_NUMBER: _ClassVar[int]
    BUSINESSMESSAGEFORWARDINFO_FIELD_NUMBER: _ClassVar[int]
    SMBCLIENTCAMPAIGNID_FIELD_NUMBER: _ClassVar[int]
    SMBSERVERCAMPAIGNID_FIELD_NUMBER: _ClassVar[int]
    DATASHARINGCONTEXT_FIELD_NUMBER: _ClassVar[int]
    ALWAYSSHOWADATTRIBUTION_FIELD_NUMBER: _ClassVar[int]
    FEATUREELIGIBILITIES_FIELD_NUMBER: _ClassVar[int]
    ENTRYPOINTCONVERSIONEXTERNALSOURCE_FIELD_NUMBER: _ClassVar[int]
    ENTRYPOINTCONVERSIONEXTERNALMEDIUM_FIELD_NUMBER: _ClassVar[int]
    CTWASIGNALS_FIELD_NUMBER: _ClassVar[int]
    CTWAPAYLOAD_FIELD_NUMBER: _ClassVar[int]
    FORWARDEDAIBOTMESSAGEINFO_FIELD_NUMBER: _ClassVar[int]
    STATUSATTRIBUTIONTYPE_FIELD_NUMBER: _ClassVar[int]
    URLTRACKINGMAP_FIELD_NUMBER: _ClassVar[int]
    PAIREDMEDIATYPE_FIELD_NUMBER: _ClassVar[int]
    RANKINGVERSION_FIELD_NUMBER: _ClassVar[int]
    MEMBERLABEL_FIELD_NUMBER: _ClassVar[int]
    ISQUESTION_FIELD_NUMBER: _ClassVar[int]
    STATUSSOURCETYPE_FIELD_NUMBER: _ClassVar[int]
    STATUSATTRIBUTIONS_FIELD_NUMBER: _ClassVar[int]
    ISGROUPSTATUS_FIELD_NUMBER: _ClassVar[int]
    FORWARDORIGIN_FIELD_NUMBER: _ClassVar[int]
    QUESTIONREPLYQUOTEDMESSAGE_FIELD_NUMBER: _ClassVar[int]
    STATUSAUDIENCEMETADATA_FIELD_NUMBER: _ClassVar[int]
    NONJIDMENTIONS_FIELD_NUMBER: _ClassVar[int]
    QUOTEDTYPE_FIELD_NUMBER: _ClassVar[int]
    BOTMESSAGESHARINGINFO_FIELD_NUMBER: _ClassVar[int]
    ISSPOILER_FIELD_NUMBER: _ClassVar[int]
    MEDIADOMAININFO_FIELD_NUMBER: _ClassVar[int]
    PARTIALLYSELECTEDCONTENT_FIELD_NUMBER: _ClassVar[int]
    AFTERREADDURATION_FIELD_NUMBER: _ClassVar[int]
    CROSSAPPSOURCE_FIELD_NUMBER: _ClassVar[int]
    BUSINESSINTERACTIONPILLS_FIELD_NUMBER: _ClassVar[int]
    POSTERSTATUSID_FIELD_NUMBER: _ClassVar[int]
    INSTAGRAMTHREADLINK_FIELD_NUMBER: _ClassVar[int]
    AIPROVENANCE_FIELD_NUMBER: _ClassVar[int]
    stanzaId: str
    participant: str
    quotedMessage: Message
    remoteJid: str
    mentionedJid: _containers.RepeatedScalarFieldContainer[str]
    conversionSource: str
    conversionData: bytes
    conversionDelaySeconds: int
    forwardingScore: int
    isForwarded: bool
    quotedAd: ContextInfo.AdReplyInfo
    placeholderKey: MessageKey
    expiration: int
    ephemeralSettingTimestamp: int
    ephemeralSharedSecret: bytes
    externalAdReply: ContextInfo.ExternalAdReplyInfo
    entryPointConversionSource: str
    entryPointConversionApp: str
    entryPointConversionDelaySeconds: int
    disappearingMode: DisappearingMode
    actionLink: ActionLink
    groupSubject: str
    parentGroupJid: str
    trustBannerType: str
    trustBannerAction: int
    isSampled: bool
    groupMentions: _containers.RepeatedCompositeFieldContainer[GroupMention]
    utm: ContextInfo.UTMInfo
    forwardedNewsletterMessageInfo: ContextInfo.ForwardedNewsletterMessageInfo
    businessMessageForwardInfo: ContextInfo.BusinessMessageForwardInfo
    smbClientCampaignId: str
    smbServerCampaignId: str
    dataSharingContext: ContextInfo.DataSharingContext
    alwaysShowAdAttribution: bool
    featureEligibilities: ContextInfo.FeatureEligibilities
    entryPointConversionExternalSource: str
    entryPointConversionExternalMedium: str
    ctwaSignals: str
    ctwaPayload: bytes
    forwardedAiBotMessageInfo: ForwardedAIBotMessageInfo
    statusAttributionType: ContextInfo.StatusAttributionType
    urlTrackingMap: UrlTrackingMap
    pairedMediaType: ContextInfo.PairedMediaType
    rankingVersion: int
    memberLabel: MemberLabel
    isQuestion: bool
    statusSourceType: ContextInfo.StatusSourceType
    statusAttributions: _containers.RepeatedCompositeFieldContainer[StatusAttribution]
    isGroupStatus: bool
    forwardOrigin: ContextInfo.ForwardOrigin
    questionReplyQuotedMessage: ContextInfo.QuestionReplyQuotedMessage
    statusAudienceMetadata: ContextInfo.StatusAudienceMetadata
    nonJidMentions: int
    quotedType: ContextInfo.QuotedType
    botMessageSharingInfo: BotMessageSharingInfo
    isSpoiler: bool
    mediaDomainInfo: MediaDomainInfo
    partiallySelectedContent: ContextInfo.PartiallySelectedContent
    afterReadDuration: int
    crossAppSource: ContextInfo.CrossAppSource
    businessInteractionPills: ContextInfo.BusinessInteractionPills
    posterStatusId: str
    instagramThreadLink: ContextInfo.InstagramThreadLink
    aiProvenance: AIProvenance
    def __init__(self, stanzaId: _Optional[str] = ..., participant: _Optional[str] = ..., quotedMessage: _Optional[_Union[Message, _Mapping]] = ..., remoteJid: _Optional[str] = ..., mentionedJid: _Optional[_Iterable[str]] = ..., conversionSource: _Optional[str] = ..., conversionData: _Optional[bytes] = ..., conversionDelaySeconds: _Optional[int] = ..., forwardingScore: _Optional[int] = ..., isForwarded: _Optional[bool] = ..., quotedAd: _Optional[_Union[ContextInfo.AdReplyInfo, _Mapping]] = ..., placeholderKey: _Optional[_Union[MessageKey, _Mapping]] = ..., expiration: _Optional[int] = ..., ephemeralSettingTimestamp: _Optional[int] = ..., ephemeralSharedSecret: _Optional[bytes] = ..., externalAdReply: _Optional[_Union[ContextInfo.ExternalAdReplyInfo, _Mapping]] = ..., entryPointConversionSource: _Optional[str] = ..., entryPointConversionApp: _Optional[str] = ..., entryPointConversionDelaySeconds: _Optional[int] = ..., disappearingMode: _Optional[_Union[DisappearingMode, _Mapping]] = ..., actionLink: _Optional[_Union[ActionLink, _Mapping]] = ..., groupSubject: _Optional[str] = ..., parentGroupJid: _Optional[str] = ..., trustBannerType: _Optional[str] = ..., trustBannerAction: _Optional[int] = ..., isSampled: _Optional[bool] = ..., groupMentions: _Optional[_Iterable[_Union[GroupMention, _Mapping]]] = ..., utm: _Optional[_Union[ContextInfo.UTMInfo, _Mapping]] = ..., forwardedNewsletterMessageInfo: _Optional[_Union[ContextInfo.ForwardedNewsletterMessageInfo, _Mapping]] = ..., businessMessageForwardInfo: _Optional[_Union[ContextInfo.BusinessMessageForwardInfo, _Mapping]] = ..., smbClientCampaignId: _Optional[str] = ..., smbServerCampaignId: _Optional[str] = ..., dataSharingContext: _Optional[_Union[ContextInfo.DataSharingContext, _Mapping]] = ..., alwaysShowAdAttribution: _Optional[bool] = ..., featureEligibilities: _Optional[_Union[ContextInfo.FeatureEligibilities, _Mapping]] = ..., entryPointConversionExternalSource: _Optional[str] = ..., entryPointConversionExternalMedium: _Optional[str] = ..., ctwaSignals: _Optional[str] = ..., ctwaPayload: _Optional[bytes] = ..., forwardedAiBotMessageInfo: _Optional[_Union[ForwardedAIBotMessageInfo, _Mapping]] = ..., statusAttributionType: _Optional[_Union[ContextInfo.StatusAttributionType, str]] = ..., urlTrackingMap: _Optional[_Union[UrlTrackingMap, _Mapping]] = ..., pairedMediaType: _Optional[_Union[ContextInfo.PairedMediaType, str]] = ..., rankingVersion: _Optional[int] = ..., memberLabel: _Optional[_Union[MemberLabel, _Mapping]] = ..., isQuestion: _Optional[bool] = ..., statusSourceType: _Optional[_Union[ContextInfo.StatusSourceType, str]] = ..., statusAttributions: _Optional[_Iterable[_Union[StatusAttribution, _Mapping]]] = ..., isGroupStatus: _Optional[bool] = ..., forwardOrigin: _Optional[_Union[ContextInfo.ForwardOrigin, str]] = ..., questionReplyQuotedMessage: _Optional[_Union[ContextInfo.QuestionReplyQuotedMessage, _Mapping]] = ..., statusAudienceMetadata: _Optional[_Union[ContextInfo.StatusAudienceMetadata, _Mapping]] = ..., nonJidMentions: _Optional[int] = ..., quotedType: _Optional[_Union[ContextInfo.QuotedType, str]] = ..., botMessageSharingInfo: _Optional[_Union[BotMessageSharingInfo, _Mapping]] = ..., isSpoiler: _Optional[bool] = ..., mediaDomainInfo: _Optional[_Union[MediaDomainInfo, _Mapping]] = ..., partiallySelectedContent: _Optional[_Union[ContextInfo.PartiallySelectedContent, _Mapping]] = ..., afterReadDuration: _Optional[int] = ..., crossAppSource: _Optional[_Union[ContextInfo.CrossAppSource, str]] = ..., businessInteractionPills: _Optional[_Union[ContextInfo.BusinessInteractionPills, _Mapping]] = ..., posterStatusId: _Optional[str] = ..., instagramThreadLink: _Optional[_Union[ContextInfo.InstagramThreadLink, _Mapping]] = ..., aiProvenance: _Optional[_Union[AIProvenance, _Mapping]] = ...) -> None: ...

class ProtocolMessage(_message.Message):
    __slots__ = ("key", "type", "ephemeralExpiration", "ephemeralSettingTimestamp", "historySyncNotification", "appStateSyncKeyShare", "appStateSyncKeyRequest", "initialSecurityNotificationSettingSync", "appStateFatalExceptionNotification", "disappearingMode", "editedMessage", "timestampMs", "peerDataOperationRequestMessage", "peerDataOperationRequestResponseMessage", "botFeedbackMessage", "invokerJid", "requestWelcomeMessageMetadata", "mediaNotifyMessage", "cloudApiThreadControlNotification", "lidMigrationMappingSyncMessage", "limitSharing", "aiPsiMetadata", "aiQueryFanout", "memberLabel", "aiMediaCollectionMessage", "afterReadDuration", "chatThemeSetting", "aiMetadataOperation", "markAsVerifiedAction", "coexStateSync")
    class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        REVOKE: _ClassVar[ProtocolMessage.Type]
        EPHEMERAL_SETTING: _ClassVar[ProtocolMessage.Type]
        EPHEMERAL_SYNC_RESPONSE: _ClassVar[ProtocolMessage.Type]
        HISTORY_SYNC_NOTIFICATION: _ClassVar[ProtocolMessage.Type]
        APP_STATE_SYNC_KEY_SHARE: _ClassVar[ProtocolMessage.Type]
        APP_STATE_SYNC_KEY_REQUEST: _ClassVar[ProtocolMessage.Type]
        MSG_FANOUT_BACKFILL_REQUEST: _ClassVar[ProtocolMessage.Type]
        INITIAL_SECURITY_NOTIFICATION_SETTING_SYNC: _ClassVar[ProtocolMessage.Type]
        APP_STATE_FATAL_EXCEPTION_NOTIFICATION: _ClassVar[ProtocolMessage.Type]
        SHARE_PHONE_NUMBER: _ClassVar[ProtocolMessage.Type]
        MESSAGE_EDIT: _ClassVar[ProtocolMessage.Type]
        PEER_DATA_OPERATION_REQUEST_MESSAGE: _ClassVar[ProtocolMessage.Type]
        PEER_DATA_OPERATION_REQUEST_RESPONSE_MESSAGE: _ClassVar[ProtocolMessage.Type]
        REQUEST_WELCOME_MESSAGE: _ClassVar[ProtocolMessage.Type]
        BOT_FEEDBACK_MESSAGE: _ClassVar[ProtocolMessage.Type]
        MEDIA_NOTIFY_MESSAGE: _ClassVar[ProtocolMessage.Type]
        CLOUD_API_THREAD_CONTROL_NOTIFICATION: _ClassVar[ProtocolMessage.Type]
        LID_MIGRATION_MAPPING_SYNC: _ClassVar[ProtocolMessage.Type]
        REMINDER_MESSAGE: _ClassVar[ProtocolMessage.Type]
        BOT_MEMU_ONBOARDING_MESSAGE: _ClassVar[ProtocolMessage.Type]
        STATUS_MENTION_MESSAGE: _ClassVar[ProtocolMessage.Type]
        STOP_GENERATION_MESSAGE: _ClassVar[ProtocolMessage.Type]
        LIMIT_SHARING: _ClassVar[ProtocolMessage.Type]
        AI_PSI_METADATA: _ClassVar[ProtocolMessage.Type]
        AI_QUERY_FANOUT: _ClassVar[ProtocolMessage.Type]
        GROUP_MEMBER_LABEL_CHANGE: _ClassVar[ProtocolMessage.Type]
        AI_MEDIA_COLLECTION_MESSAGE: _ClassVar[ProtocolMessage.Type]
        MESSAGE_UNSCHEDULE: _ClassVar[ProtocolMessage.Type]
        CHAT_THEME_SETTING: _ClassVar[ProtocolMessage.Type]
        AI_METADATA_OPERATION: _ClassVar[ProtocolMessage.Type]
        MARK_AS_VERIFIED_ACTION: _ClassVar[ProtocolMessage.Type]
        COEX_STATE_SYNC: _ClassVar[ProtocolMessage.Type]
    REVOKE: ProtocolMessage.Type
    EPHEMERAL_SETTING: ProtocolMessage.Type
    EPHEMERAL_SYNC_RESPONSE: ProtocolMessage.Type
    HISTORY_SYNC_NOTIFICATION: ProtocolMessage.Type
    APP_STATE_SYNC_KEY_SHARE: ProtocolMessage.Type
    APP_STATE_SYNC_KEY_REQUEST: ProtocolMessage.Type
    MSG_FANOUT_BACKFILL_REQUEST: ProtocolMessage.Type
    INITIAL_SECURITY_NOTIFICATION_SETTING_SYNC: ProtocolMessage.Type
    APP_STATE_FATAL_EXCEPTION_NOTIFICATION: ProtocolMessage.Type
    SHARE_PHONE_NUMBER: ProtocolMessage.Type
    MESSAGE_EDIT: ProtocolMessage.Type
    PEER_DATA_OPERATION_REQUEST_MESSAGE: ProtocolMessage.Type
    PEER_DATA_OPERATION_REQUEST_RESPONSE_MESSAGE: ProtocolMessage.Type
    REQUEST_WELCOME_MESSAGE: ProtocolMessage.Type
    BOT_FEEDBACK_MESSAGE: ProtocolMessage.Type
    MEDIA_NOTIFY_MESSAGE: ProtocolMessage.Type
    CLOUD_API_THREAD_CONTROL_NOTIFICATION: ProtocolMessage.Type
    LID_MIGRATION_MAPPING_SYNC: ProtocolMessage.Type
    REMINDER_MESSAGE: ProtocolMessage.Type
    BOT_MEMU_ONBOARDING_MESSAGE: ProtocolMessage.Type
    STATUS_MENTION_MESSAGE: ProtocolMessage.Type
    STOP_GENERATION_MESSAGE: ProtocolMessage.Type
    LIMIT_SHARING: ProtocolMessage.Type
    AI_PSI_METADATA: ProtocolMessage.Type
    AI_QUERY_FANOUT: ProtocolMessage.Type
    GROUP_MEMBER_LABEL_CHANGE: ProtocolMessage.Type
    AI_MEDIA_COLLECTION_MESSAGE: ProtocolMessage.Type
    MESSAGE_UNSCHEDULE: ProtocolMessage.Type
    CHAT_THEME_SETTING: ProtocolMessage.Type
    AI_METADATA_OPERATION: ProtocolMessage.Type
    MARK_AS_VERIFIED_ACTION: ProtocolMessage.Type
    COEX_STATE_SYNC: ProtocolMessage.Type
    KEY_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    EPHEMERALEXPIRATION_FIELD_NUMBER: _ClassVar[int]
    EPHEMERALSETTINGTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    HISTORYSYNCNOTIFICATION_FIELD_NUMBER: _ClassVar[int]
    APPSTATESYNCKEYSHARE_FIELD_NUMBER: _ClassVar[int]
    APPSTATESYNCKEYREQUEST_FIELD_NUMBER: _ClassVar[int]
    INITIALSECURITYNOTIFICATIONSETTINGSYNC_FIELD_NUMBER: _ClassVar[int]
    APPSTATEFATALEXCEPTIONNOTIFICATION_FIELD_NUMBER: _ClassVar[int]
    DISAPPEARINGMODE_FIELD_NUMBER: _ClassVar[int]
    EDITEDMESSAGE_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMPMS_FIELD_NUMBER: _ClassVar[int]
    PEERDATAOPERATIONREQUESTMESSAGE_FIELD_NUMBER: _ClassVar[int]
    PEERDATAOPERATIONREQUESTRESPONSEMESSAGE_FIELD_NUMBER: _ClassVar[int]
    BOTFEEDBACKMESSAGE_FIELD_NUMBER: _ClassVar[int]
    INVOKERJID_FIELD_NUMBER: _ClassVar[int]
    REQUESTWELCOMEMESSAGEMETADATA_FIELD_NUMBER: _ClassVar[int]
    MEDIANOTIFYMESSAGE_FIELD_NUMBER: _ClassVar[int]
    CLOUDAPITHREADCONTROLNOTIFICATION_FIELD_NUMBER: _ClassVar[int]
    LIDMIGRATIONMAPPINGSYNCMESSAGE_FIELD_NUMBER: _ClassVar[int]
    LIMITSHARING_FIELD_NUMBER: _ClassVar[int]
    AIPSIMETADATA_FIELD_NUMBER: _ClassVar[int]
    AIQUERYFANOUT_FIELD_NUMBER: _ClassVar[int]
    MEMBERLABEL_FIELD_NUMBER: _ClassVar[int]
    AIMEDIACOLLECTIONMESSAGE_FIELD_NUMBER: _ClassVar[int]
    AFTERREADDURATION_FIELD_NUMBER: _ClassVar[int]
    CHATTHEMESETTING_FIELD_NUMBER: _ClassVar[int]
    AIMETADATAOPERATION_FIELD_NUMBER: _ClassVar[int]
    MARKASVERIFIEDACTION_FIELD_NUMBER: _ClassVar[int]
    COEXSTATESYNC_FIELD_NUMBER: _ClassVar[int]
    key: MessageKey
    type: ProtocolMessage.Type
    ephemeralExpiration: int
    ephemeralSettingTimestamp: int
    historySyncNotification: HistorySyncNotification
    appStateSyncKeyShare: AppStateSyncKeyShare
    appStateSyncKeyRequest: AppStateSyncKeyRequest
    initialSecurityNotificationSettingSync: InitialSecurityNotificationSettingSync
    appStateFatalExceptionNotification: AppStateFatalExceptionNotification
    disappearingMode: DisappearingMode
    editedMessage: Message
    timestampMs: int
    peerDataOperationRequestMessage: PeerDataOperationRequestMessage
    peerDataOperationRequestResponseMessage: PeerDataOperationRequestResponseMessage
    botFeedbackMessage: BotFeedbackMessage
    invokerJid: str
    requestWelcomeMessageMetadata: RequestWelcomeMessageMetadata
    mediaNotifyMessage: MediaNotifyMessage
    cloudApiThreadControlNotification: CloudAPIThreadControlNotification
    lidMigrationMappingSyncMessage: LIDMigrationMappingSyncMessage
    limitSharing: LimitSharing
    aiPsiMetadata: bytes
    aiQueryFanout: AIQueryFanout
    memberLabel: MemberLabel
    aiMediaCollectionMessage: AIMediaCollectionMessage
    afterReadDuration: int
    chatThemeSetting: ChatThemeSetting
    aiMetadataOperation: AIMetadataOperation
    markAsVerifiedAction: MarkAsVerifiedAction
    coexStateSync: CoexStateSync
    def __init__(self, key: _Optional[_Union[MessageKey, _Mapping]] = ..., type: _Optional[_Union[ProtocolMessage.Type, str]] = ..., ephemeralExpiration: _Optional[int] = ..., ephemeralSettingTimestamp: _Optional[int] = ..., historySyncNotification: _Optional[_Union[HistorySyncNotification, _Mapping]] = ..., appStateSyncKeyShare: _Optional[_Union[AppStateSyncKeyShare, _Mapping]] = ..., appStateSyncKeyRequest: _Optional[_Union[AppStateSyncKeyRequest, _Mapping]] = ..., initialSecurityNotificationSettingSync: _Optional[_Union[InitialSecurityNotificationSettingSync, _Mapping]] = ..., appStateFatalExceptionNotification: _Optional[_Union[AppStateFatalExceptionNotification, _Mapping]] = ..., disappearingMode: _Optional[_Union[DisappearingMode, _Mapping]] = ..., editedMessage: _Optional[_Union[Message, _Mapping]] = ..., timestampMs: _Optional[int] = ..., peerDataOperationRequestMessage: _Optional[_Union[PeerDataOperationRequestMessage, _Mapping]] = ..., peerDataOperationRequestResponseMessage: _Optional[_Union[PeerDataOperationRequestResponseMessage, _Mapping]] = ..., botFeedbackMessage: _Optional[_Union[BotFeedbackMessage, _Mapping]] = ..., invokerJid: _Optional[str] = ..., requestWelcomeMessageMetadata: _Optional[_Union[RequestWelcomeMessageMetadata, _Mapping]] = ..., mediaNotifyMessage: _Optional[_Union[MediaNotifyMessage, _Mapping]] = ..., cloudApiThreadControlNotification: _Optional[_Union[CloudAPIThreadControlNotification, _Mapping]] = ..., lidMigrationMappingSyncMessage: _Optional[_Union[LIDMigrationMappingSyncMessage, _Mapping]] = ..., limitSharing: _Optional[_Union[LimitSharing, _Mapping]] = ..., aiPsiMetadata: _Optional[bytes] = ..., aiQueryFanout: _Optional[_Union[AIQueryFanout, _Mapping]] = ..., memberLabel: _Optional[_Union[MemberLabel, _Mapping]] = ..., aiMediaCollectionMessage: _Optional[_Union[AIMediaCollectionMessage, _Mapping]] = ..., afterReadDuration: _Optional[int] = ..., chatThemeSetting: _Optional[_Union[ChatThemeSetting, _Mapping]] = ..., aiMetadataOperation: _Optional[_Union[AIMetadataOperation, _Mapping]] = ..., markAsVerifiedAction: _Optional[_Union[MarkAsVerifiedAction, _Mapping]] = ..., coexStateSync: _Optional[_Union[CoexStateSync, _Mapping]] = ...) -> None: ...

class ReactionMessage(_message.Message):
    __slots__ = ("key", "text", "groupingKey", "senderTimestampMs")
    KEY_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    GROUPINGKEY_FIELD_NUMBER: _ClassVar[int]
    SENDERTIMESTAMPMS_FIELD_NUMBER: _ClassVar[int]
    key: MessageKey
    text: str
    groupingKey: str
    senderTimestampMs: int
    def __init__(self, key: _Optional[_Union[MessageKey, _Mapping]] = ..., text: _Optional[str] = ..., groupingKey: _Optional[str] = ..., senderTimestampMs: _Optional[int] = ...) -> None: ...

class DeviceSentMessage(_message.Message):
    __slots__ = ("destinationJid", "message", "phash")
    DESTINATIONJID_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    PHASH_FIELD_NUMBER: _ClassVar[int]
    destinationJid: str
    message: Message
    phash: str
    def __init__(self, destinationJid: _Optional[str] = ..., message: _Optional[_Union[Message, _Mapping]] = ..., phash: _Optional[str] = ...) -> None: ...

class FutureProofMessage(_message.Message):
    __slots__ = ("message",)
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    message: Message
    def __init__(self, message: _Optional[_Union[Message, _Mapping]] = ...) -> None: ...

class MessageContextInfo(_message.Message):
    __slots__ = ("deviceListMetadata", "deviceListMetadataVersion", "messageSecret", "paddingBytes", "messageAddOnDurationInSecs", "botMessageSecret", "botMetadata", "reportingTokenVersion", "messageAddOnExpiryType", "messageAssociation", "capiCreatedGroup", "supportPayload", "limitSharing", "limitSharingV2", "threadId", "weblinkRenderConfig", "teeBotMetadata", "accountEncryptionAttestation", "associatedPrimaryIdentityKey")
    class MessageAddonExpiryType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        STATIC: _ClassVar[MessageContextInfo.MessageAddonExpiryType]
        DEPENDENT_ON_PARENT: _ClassVar[MessageContextInfo.MessageAddonExpiryType]
    STATIC: MessageContextInfo.MessageAddonExpiryType
    DEPENDENT_ON_PARENT: MessageContextInfo.MessageAddonExpiryType
    DEVICELISTMETADATA_FIELD_NUMBER: _ClassVar[int]
    DEVICELISTMETADATAVERSION_FIELD_NUMBER: _ClassVar[int]
    MESSAGESECRET_FIELD_NUMBER: _ClassVar[int]
    PADDINGBYTES_FIELD_NUMBER: _ClassVar[int]
    MESSAGEADDONDURATIONINSECS_FIELD_NUMBER: _ClassVar[int]
    BOTMESSAGESECRET_FIELD_NUMBER: _ClassVar[int]
    BOTMETADATA_FIELD_NUMBER: _ClassVar[int]
    REPORTINGTOKENVERSION_FIELD_NUMBER: _ClassVar[int]
    MESSAGEADDONEXPIRYTYPE_FIELD_NUMBER: _ClassVar[int]
    MESSAGEASSOCIATION_FIELD_NUMBER: _ClassVar[int]
    CAPICREATEDGROUP_FIELD_NUMBER: _ClassVar[int]
    SUPPORTPAYLOAD_FIELD_NUMBER: _ClassVar[int]
    LIMITSHARING_FIELD_NUMBER: _ClassVar[int]
    LIMITSHARINGV2_FIELD_NUMBER: _ClassVar[int]
    THREADID_FIELD_NUMBER: _ClassVar[int]
    WEBLINKRENDERCONFIG_FIELD_NUMBER: _ClassVar[int]
    TEEBOTMETADATA_FIELD_NUMBER: _ClassVar[int]
    ACCOUNTENCRYPTIONATTESTATION_FIELD_NUMBER: _ClassVar[int]
    ASSOCIATEDPRIMARYIDENTITYKEY_FIELD_NUMBER: _ClassVar[int]
    deviceListMetadata: DeviceListMetadata
    deviceListMetadataVersion: int
    messageSecret: bytes
    paddingBytes: bytes
    messageAddOnDurationInSecs: int
    botMessageSecret: bytes
    botMetadata: BotMetadata
    reportingTokenVersion: int
    messageAddOnExpiryType: MessageContextInfo.MessageAddonExpiryType
    messageAssociation: MessageAssociation
    capiCreatedGroup: bool
    supportPayload: str
    limitSharing: LimitSharing
    limitSharingV2: LimitSharing
    threadId: _containers.RepeatedCompositeFieldContainer[ThreadID]
    weblinkRenderConfig: WebLinkRenderConfig
    teeBotMetadata: bytes
    accountEncryptionAttestation: NonE2EEAttestation
    associatedPrimaryIdentityKey: bytes
    def __init__(self, deviceListMetadata: _Optional[_Union[DeviceListMetadata, _Mapping]] = ..., deviceListMetadataVersion: _Optional[int] = ..., messageSecret: _Optional[bytes] = ..., paddingBytes: _Optional[bytes] = ..., messageAddOnDurationInSecs: _Optional[int] = ..., botMessageSecret: _Optional[bytes] = ..., botMetadata: _Optional[_Union[BotMetadata, _Mapping]] = ..., reportingTokenVersion: _Optional[int] = ..., messageAddOnExpiryType: _Optional[_Union[MessageContextInfo.MessageAddonExpiryType, str]] = ..., messageAssociation: _Optional[_Union[MessageAssociation, _Mapping]] = ..., capiCreatedGroup: _Optional[bool] = ..., supportPayload: _Optional[str] = ..., limitSharing: _Optional[_Union[LimitSharing, _Mapping]] = ..., limitSharingV2: _Optional[_Union[LimitSharing, _Mapping]] = ..., threadId: _Optional[_Iterable[_Union[ThreadID, _Mapping]]] = ..., weblinkRenderConfig: _Optional[_Union[WebLinkRenderConfig, str]] = ..., teeBotMetadata: _Optional[bytes] = ..., accountEncryptionAttestation: _Optional[_Union[NonE2EEAttestation, _Mapping]] = ..., associatedPrimaryIdentityKey: _Optional[bytes] = ...) -> None: ...

class DeviceListMetadata(_message.Message):
    __slots__ = ("senderKeyHash", "senderTimestamp", "senderKeyIndexes", "senderAccountType", "receiverAccountType", "recipientKeyHash", "recipientTimestamp", "recipientKeyIndexes")
    SENDERKEYHASH_FIELD_NUMBER: _ClassVar[int]
    SENDERTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    SENDERKEYINDEXES_FIELD_NUMBER: _ClassVar[int]
    SENDERACCOUNTTYPE_FIELD_NUMBER: _ClassVar[int]
    RECEIVERACCOUNTTYPE_FIELD_NUMBER: _ClassVar[int]
    RECIPIENTKEYHASH_FIELD_NUMBER: _ClassVar[int]
    RECIPIENTTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    RECIPIENTKEYINDEXES_FIELD_NUMBER: _ClassVar[int]
    senderKeyHash: bytes
    senderTimestamp: int
    senderKeyIndexes: _containers.RepeatedScalarFieldContainer[int]
    senderAccountType: ADVEncryptionType
    receiverAccountType: ADVEncryptionType
    recipientKeyHash: bytes
    recipientTimestamp: int
    recipientKeyIndexes: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, senderKeyHash: _Optional[bytes] = ..., senderTimestamp: _Optional[int] = ..., senderKeyIndexes: _Optional[_Iterable[int]] = ..., senderAccountType: _Optional[_Union[ADVEncryptionType, str]] = ..., receiverAccountType: _Optional[_Union[ADVEncryptionType, str]] = ..., recipientKeyHash: _Optional[bytes] = ..., recipientTimestamp: _Optional[int] = ..., recipientKeyIndexes: _Optional[_Iterable[int]] = ...) -> None: ...

class PollCreationMessage(_message.Message):
    __slots__ = ("encKey", "name", "options", "selectableOptionsCount", "contextInfo", "pollContentType", "pollType", "correctAnswer", "endTime", "hideParticipantName", "allowAddOption")
    class Option(_message.Message):
        __slots__ = ("optionName", "optionHash")
        OPTIONNAME_FIELD_NUMBER: _ClassVar[int]
        OPTIONHASH_FIELD_NUMBER: _ClassVar[int]
        optionName: str
        optionHash: str
        def __init__(self, optionName: _Optional[str] = ..., optionHash: _Optional[str] = ...) -> None: ...
    ENCKEY_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    OPTIONS_FIELD_NUMBER: _ClassVar[int]
    SELECTABLEOPTIONSCOUNT_FIELD_NUMBER: _ClassVar[int]
    CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
    POLLCONTENTTYPE_FIELD_NUMBER: _ClassVar[int]
    POLLTYPE_FIELD_NUMBER: _ClassVar[int]
    CORRECTANSWER_FIELD_NUMBER: _ClassVar[int]
    ENDTIME_FIELD_NUMBER: _ClassVar[int]
    HIDEPARTICIPANTNAME_FIELD_NUMBER: _ClassVar[int]
    ALLOWADDOPTION_FIELD_NUMBER: _ClassVar[int]
    encKey: bytes
    name: str
    options: _containers.RepeatedCompositeFieldContainer[PollCreationMessage.Option]
    selectableOptionsCount: int
    contextInfo: ContextInfo
    pollContentType: PollContentType
    pollType: PollType
    correctAnswer: PollCreationMessage.Option
    endTime: int
    hideParticipantName: bool
    allowAddOption: bool
    def __init__(self, encKey: _Optional[bytes] = ..., name: _Optional[str] = ..., options: _Optional[_Iterable[_Union[PollCreationMessage.Option, _Mapping]]] = ..., selectableOptionsCount: _Optional[int] = ..., contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ..., pollContentType: _Optional[_Union[PollContentType, str]] = ..., pollType: _Optional[_Union[PollType, str]] = ..., correctAnswer: _Optional[_Union[PollCreationMessage.Option, _Mapping]] = ..., endTime: _Optional[int] = ..., hideParticipantName: _Optional[bool] = ..., allowAddOption: _Optional[bool] = ...) -> None: ...

class PollUpdateMessage(_message.Message):
    __slots__ = ("pollCreationMessageKey", "vote", "metadata", "senderTimestampMs")
    POLLCREATIONMESSAGEKEY_FIELD_NUMBER: _ClassVar[int]
    VOTE_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    SENDERTIMESTAMPMS_FIELD_NUMBER: _ClassVar[int]
    pollCreationMessageKey: MessageKey
    vote: PollEncValue
    metadata: PollUpdateMessageMetadata
    senderTimestampMs: int
    def __init__(self, pollCreationMessageKey: _Optional[_Union[MessageKey, _Mapping]] = ..., vote: _Optional[_Union[PollEncValue, _Mapping]] = ..., metadata: _Optional[_Union[PollUpdateMessageMetadata, _Mapping]] = ..., senderTimestampMs: _Optional[int] = ...) -> None: ...

class PollEncValue(_message.Message):
    __slots__ = ("encPayload", "encIv")
    ENCPAYLOAD_FIELD_NUMBER: _ClassVar[int]
    ENCIV_FIELD_NUMBER: _ClassVar[int]
    encPayload: bytes
    encIv: bytes
    def __init__(self, encPayload: _Optional[bytes] = ..., encIv: _Optional[bytes] = ...) -> None: ...

class HistorySyncNotification(_message.Message):
    __slots__ = ("fileSha256", "fileLength", "mediaKey", "fileEncSha256", "directPath", "syncType", "chunkOrder", "originalMessageId", "progress", "oldestMsgInChunkTimestampSec", "initialHistBootstrapInlinePayload", "peerDataRequestSessionId", "fullHistorySyncOnDemandRequestMetadata", "encHandle", "messageAccessStatus")
    FILESHA256_FIELD_NUMBER: _ClassVar[int]
    FILELENGTH_FIELD_NUMBER: _ClassVar[int]
    MEDIAKEY_FIELD_NUMBER: _ClassVar[int]
    FILEENCSHA256_FIELD_NUMBER: _ClassVar[int]
    DIRECTPATH_FIELD_NUMBER: _ClassVar[int]
    SYNCTYPE_FIELD_NUMBER: _ClassVar[int]
    CHUNKORDER_FIELD_NUMBER: _ClassVar[int]
    ORIGINALMESSAGEID_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    OLDESTMSGINCHUNKTIMESTAMPSEC_FIELD_NUMBER: _ClassVar[int]
    INITIALHISTBOOTSTRAPINLINEPAYLOAD_FIELD_NUMBER: _ClassVar[int]
    PEERDATAREQUESTSESSIONID_FIELD_NUMBER: _ClassVar[int]
    FULLHISTORYSYNCONDEMANDREQUESTMETADATA_FIELD_NUMBER: _ClassVar[int]
    ENCHANDLE_FIELD_NUMBER: _ClassVar[int]
    MESSAGEACCESSSTATUS_FIELD_NUMBER: _ClassVar[int]
    fileSha256: bytes
    fileLength: int
    mediaKey: bytes
    fileEncSha256: bytes
    directPath: str
    syncType: HistorySyncType
    chunkOrder: int
    originalMessageId: str
    progress: int
    oldestMsgInChunkTimestampSec: int
    initialHistBootstrapInlinePayload: bytes
    peerDataRequestSessionId: str
    fullHistorySyncOnDemandRequestMetadata: FullHistorySyncOnDemandRequestMetadata
    encHandle: str
    messageAccessStatus: HistorySyncMessageAccessStatus
    def __init__(self, fileSha256: _Optional[bytes] = ..., fileLength: _Optional[int] = ..., mediaKey: _Optional[bytes] = ..., fileEncSha256: _Optional[bytes] = ..., directPath: _Optional[str] = ..., syncType: _Optional[_Union[HistorySyncType, str]] = ..., chunkOrder: _Optional[int] = ..., originalMessageId: _Optional[str] = ..., progress: _Optional[int] = ..., oldestMsgInChunkTimestampSec: _Optional[int] = ..., initialHistBootstrapInlinePayload: _Optional[bytes] = ..., peerDataRequestSessionId: _Optional[str] = ..., fullHistorySyncOnDemandRequestMetadata: _Optional[_Union[FullHistorySyncOnDemandRequestMetadata, _Mapping]] = ..., encHandle: _Optional[str] = ..., messageAccessStatus: _Optional[_Union[HistorySyncMessageAccessStatus, _Mapping]] = ...) -> None: ...

class AppStateSyncKeyShare(_message.Message):
    __slots__ = ("keys",)
    KEYS_FIELD_NUMBER: _ClassVar[int]
    keys: _containers.RepeatedCompositeFieldContainer[AppStateSyncKey]
    def __init__(self, keys: _Optional[_Iterable[_Union[AppStateSyncKey, _Mapping]]] = ...) -> None: ...

class AppStateSyncKey(_message.Message):
    __slots__ = ("keyId", "keyData")
    KEYID_FIELD_NUMBER: _ClassVar[int]
    KEYDATA_FIELD_NUMBER: _ClassVar[int]
    keyId: AppStateSyncKeyId
    keyData: AppStateSyncKeyData
    def __init__(self, keyId: _Optional[_Union[AppStateSyncKeyId, _Mapping]] = ..., keyData: _Optional[_Union[AppStateSyncKeyData, _Mapping]] = ...) -> None: ...

class AppStateSyncKeyId(_message.Message):
    __slots__ = ("keyId",)
    KEYID_FIELD_NUMBER: _ClassVar[int]
    keyId: bytes
    def __init__(self, keyId: _Optional[bytes] = ...) -> None: ...

class AppStateSyncKeyData(_message.Message):
    __slots__ = ("keyData", "fingerprint", "timestamp")
    KEYDATA_FIELD_NUMBER: _ClassVar[int]
    FINGERPRINT_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    keyData: bytes
    fingerprint: AppStateSyncKeyFingerprint
    timestamp: int
    def __init__(self, keyData: _Optional[bytes] = ..., fingerprint: _Optional[_Union[AppStateSyncKeyFingerprint, _Mapping]] = ..., timestamp: _Optional[int] = ...) -> None: ...

class AppStateSyncKeyFingerprint(_message.Message):
    __slots__ = ("rawId", "currentIndex", "deviceIndexes")
    RAWID_FIELD_NUMBER: _ClassVar[int]
    CURRENTINDEX_FIELD_NUMBER: _ClassVar[int]
    DEVICEINDEXES_FIELD_NUMBER: _ClassVar[int]
    rawId: int
    currentIndex: int
    deviceIndexes: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, rawId: _Optional[int] = ..., currentIndex: _Optional[int] = ..., deviceIndexes: _Optional[_Iterable[int]] = ...) -> None: ...

class AppStateSyncKeyRequest(_message.Message):
    __slots__ = ("keyIds",)
    KEYIDS_FIELD_NUMBER: _ClassVar[int]
    keyIds: _containers.RepeatedCompositeFieldContainer[AppStateSyncKeyId]
    def __init__(self, keyIds: _Optional[_Iterable[_Union[AppStateSyncKeyId, _Mapping]]] = ...) -> None: ...

class PeerDataOperationRequestMessage(_message.Message):
    __slots__ = ("peerDataOperationRequestType", "requestStickerReupload", "requestUrlPreview", "historySyncOnDemandRequest", "placeholderMessageResendRequest", "fullHistorySyncOnDemandRequest", "syncdCollectionFatalRecoveryRequest", "historySyncChunkRetryRequest", "galaxyFlowAction", "companionCanonicalUserNonceFetchRequest", "bizBroadcastInsightsContactListRequest", "bizBroadcastInsightsRefreshRequest")
    class HistorySyncOnDemandRequest(_message.Message):
        __slots__ = ("chatJid", "oldestMsgId", "oldestMsgFromMe", "onDemandMsgCount", "oldestMsgTimestampMs", "accountLid", "supportInlineResponse")
        CHATJID_FIELD_NUMBER: _ClassVar[int]
        OLDESTMSGID_FIELD_NUMBER: _ClassVar[int]
        OLDESTMSGFROMME_FIELD_NUMBER: _ClassVar[int]
        ONDEMANDMSGCOUNT_FIELD_NUMBER: _ClassVar[int]
        OLDESTMSGTIMESTAMPMS_FIELD_NUMBER: _ClassVar[int]
        ACCOUNTLID_FIELD_NUMBER: _ClassVar[int]
        SUPPORTINLINERESPONSE_FIELD_NUMBER: _ClassVar[int]
        chatJid: str
        oldestMsgId: str
        oldestMsgFromMe: bool
        onDemandMsgCount: int
        oldestMsgTimestampMs: int
        accountLid: str
        supportInlineResponse: bool
        def __init__(self, chatJid: _Optional[str] = ..., oldestMsgId: _Optional[str] = ..., oldestMsgFromMe: _Optional[bool] = ..., onDemandMsgCount: _Optional[int] = ..., oldestMsgTimestampMs: _Optional[int] = ..., accountLid: _Optional[str] = ..., supportInlineResponse: _Optional[bool] = ...) -> None: ...
    class PlaceholderMessageResendRequest(_message.Message):
        __slots__ = ("messageKey",)
        MESSAGEKEY_FIELD_NUMBER: _ClassVar[int]
        messageKey: MessageKey
        def __init__(self, messageKey: _Optional[_Union[MessageKey, _Mapping]] = ...) -> None: ...
    class RequestStickerReupload(_message.Message):
        __slots__ = ("fileSha256",)
        FILESHA256_FIELD_NUMBER: _ClassVar[int]
        fileSha256: str
        def __init__(self, fileSha256: _Optional[str] = ...) -> None: ...
    class RequestUrlPreview(_message.Message):
        __slots__ = ("url", "includeHqThumbnail")
        URL_FIELD_NUMBER: _ClassVar[int]
        INCLUDEHQTHUMBNAIL_FIELD_NUMBER: _ClassVar[int]
        url: str
        includeHqThumbnail: bool
        def __init__(self, url: _Optional[str] = ..., includeHqThumbnail: _Optional[bool] = ...) -> None: ...
    class FullHistorySyncOnDemandRequest(_message.Message):
        __slots__ = ("requestMetadata", "historySyncConfig", "fullHistorySyncOnDemandConfig")
        REQUESTMETADATA_FIELD_NUMBER: _ClassVar[int]
        HISTORYSYNCCONFIG_FIELD_NUMBER: _ClassVar[int]
        FULLHISTORYSYNCONDEMANDCONFIG_FIELD_NUMBER: _ClassVar[int]
        requestMetadata: FullHistorySyncOnDemandRequestMetadata
        historySyncConfig: DeviceProps.HistorySyncConfig
        fullHistorySyncOnDemandConfig: Message.FullHistorySyncOnDemandConfig
        def __init__(self, requestMetadata: _Optional[_Union[FullHistorySyncOnDemandRequestMetadata, _Mapping]] = ..., historySyncConfig: _Optional[_Union[DeviceProps.HistorySyncConfig, _Mapping]] = ..., fullHistorySyncOnDemandConfig: _Optional[_Union[Message.FullHistorySyncOnDemandConfig, _Mapping]] = ...) -> None: ...
    class SyncDCollectionFatalRecoveryRequest(_message.Message):
        __slots__ = ("collectionName", "timestamp")
        COLLECTIONNAME_FIELD_NUMBER: _ClassVar[int]
        TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
        collectionName: str
        timestamp: int
        def __init__(self, collectionName: _Optional[str] = ..., timestamp: _Optional[int] = ...) -> None: ...
    class HistorySyncChunkRetryRequest(_message.Message):
        __slots__ = ("syncType", "chunkOrder", "chunkNotificationId", "regenerateChunk")
        SYNCTYPE_FIELD_NUMBER: _ClassVar[int]
        CHUNKORDER_FIELD_NUMBER: _ClassVar[int]
        CHUNKNOTIFICATIONID_FIELD_NUMBER: _ClassVar[int]
        REGENERATECHUNK_FIELD_NUMBER: _ClassVar[int]
        syncType: HistorySyncType
        chunkOrder: int
        chunkNotificationId: str
        regenerateChunk: bool
        def __init__(self, syncType: _Optional[_Union[HistorySyncType, str]] = ..., chunkOrder: _Optional[int] = ..., chunkNotificationId: _Optional[str] = ..., regenerateChunk: _Optional[bool] = ...) -> None: ...
    class GalaxyFlowAction(_message.Message):
        __slots__ = ("type", "flowId", "stanzaId", "galaxyFlowDownloadRequestId", "agmId")
        class GalaxyFlowActionType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            NOTIFY_LAUNCH: _ClassVar[PeerDataOperationRequestMessage.GalaxyFlowAction.GalaxyFlowActionType]
            DOWNLOAD_RESPONSES: _ClassVar[PeerDataOperationRequestMessage.GalaxyFlowAction.GalaxyFlowActionType]
        NOTIFY_LAUNCH: PeerDataOperationRequestMessage.GalaxyFlowAction.GalaxyFlowActionType
        DOWNLOAD_RESPONSES: PeerDataOperationRequestMessage.GalaxyFlowAction.GalaxyFlowActionType
        TYPE_FIELD_NUMBER: _ClassVar[int]
        FLOWID_FIELD_NUMBER: _ClassVar[int]
        STANZAID_FIELD_NUMBER: _ClassVar[int]
        GALAXYFLOWDOWNLOADREQUESTID_FIELD_NUMBER: _ClassVar[int]
        AGMID_FIELD_NUMBER: _ClassVar[int]
        type: PeerDataOperationRequestMessage.GalaxyFlowAction.GalaxyFlowActionType
        flowId: str
        stanzaId: str
        galaxyFlowDownloadRequestId: str
        agmId: str
        def __init__(self, type: _Optional[_Union[PeerDataOperationRequestMessage.GalaxyFlowAction.GalaxyFlowActionType, str]] = ..., flowId: _Optional[str] = ..., stanzaId: _Optional[str] = ..., galaxyFlowDownloadRequestId: _Optional[str] = ..., agmId: _Optional[str] = ...) -> None: ...
    class CompanionCanonicalUserNonceFetchRequest(_message.Message):
        __slots__ = ("registrationTraceId",)
        REGISTRATIONTRACEID_FIELD_NUMBER: _ClassVar[int]
        registrationTraceId: str
        def __init__(self, registrationTraceId: _Optional[str] = ...) -> None: ...
    class BizBroadcastInsightsContactListRequest(_message.Message):
        __slots__ = ("campaignId",)
        CAMPAIGNID_FIELD_NUMBER: _ClassVar[int]
        campaignId: str
        def __init__(self, campaignId: _Optional[str] = ...) -> None: ...
    class BizBroadcastInsightsRefreshRequest(_message.Message):
        __slots__ = ("campaignId",)
        CAMPAIGNID_FIELD_NUMBER: _ClassVar[int]
        campaignId: str
        def __init__(self, campaignId: _Optional[str] = ...) -> None: ...
    PEERDATAOPERATIONREQUESTTYPE_FIELD_NUMBER: _ClassVar[int]
    REQUESTSTICKERREUPLOAD_FIELD_NUMBER: _ClassVar[int]
    REQUESTURLPREVIEW_FIELD_NUMBER: _ClassVar[int]
    HISTORYSYNCONDEMANDREQUEST_FIELD_NUMBER: _ClassVar[int]
    PLACEHOLDERMESSAGERESENDREQUEST_FIELD_NUMBER: _ClassVar[int]
    FULLHISTORYSYNCONDEMANDREQUEST_FIELD_NUMBER: _ClassVar[int]
    SYNCDCOLLECTIONFATALRECOVERYREQUEST_FIELD_NUMBER: _ClassVar[int]
    HISTORYSYNCCHUNKRETRYREQUEST_FIELD_NUMBER: _ClassVar[int]
    GALAXYFLOWACTION_FIELD_NUMBER: _ClassVar[int]
    COMPANIONCANONICALUSERNONCEFETCHREQUEST_FIELD_NUMBER: _ClassVar[int]
    BIZBROADCASTINSIGHTSCONTACTLISTREQUEST_FIELD_NUMBER: _ClassVar[int]
    BIZBROADCASTINSIGHTSREFRESHREQUEST_FIELD_NUMBER: _ClassVar[int]
    peerDataOperationRequestType: PeerDataOperationRequestType
    requestStickerReupload: _containers.RepeatedCompositeFieldContainer[PeerDataOperationRequestMessage.RequestStickerReupload]
    requestUrlPreview: _containers.RepeatedCompositeFieldContainer[PeerDataOperationRequestMessage.RequestUrlPreview]
    historySyncOnDemandRequest: PeerDataOperationRequestMessage.HistorySyncOnDemandRequest
    placeholderMessageResendRequest: _containers.RepeatedCompositeFieldContainer[PeerDataOperationRequestMessage.PlaceholderMessageResendRequest]
    fullHistorySyncOnDemandRequest: PeerDataOperationRequestMessage.FullHistorySyncOnDemandRequest
    syncdCollectionFatalRecoveryRequest: PeerDataOperationRequestMessage.SyncDCollectionFatalRecoveryRequest
    historySyncChunkRetryRequest: PeerDataOperationRequestMessage.HistorySyncChunkRetryRequest
    galaxyFlowAction: PeerDataOperationRequestMessage.GalaxyFlowAction
    companionCanonicalUserNonceFetchRequest: PeerDataOperationRequestMessage.CompanionCanonicalUserNonceFetchRequest
    bizBroadcastInsightsContactListRequest: PeerDataOperationRequestMessage.BizBroadcastInsightsContactListRequest
    bizBroadcastInsightsRefreshRequest: PeerDataOperationRequestMessage.BizBroadcastInsightsRefreshRequest
    def __init__(self, peerDataOperationRequestType: _Optional[_Union[PeerDataOperationRequestType, str]] = ..., requestStickerReupload: _Optional[_Iterable[_Union[PeerDataOperationRequestMessage.RequestStickerReupload, _Mapping]]] = ..., requestUrlPreview: _Optional[_Iterable[_Union[PeerDataOperationRequestMessage.RequestUrlPreview, _Mapping]]] = ..., historySyncOnDemandRequest: _Optional[_Union[PeerDataOperationRequestMessage.HistorySyncOnDemandRequest, _Mapping]] = ..., placeholderMessageResendRequest: _Optional[_Iterable[_Union[PeerDataOperationRequestMessage.PlaceholderMessageResendRequest, _Mapping]]] = ..., fullHistorySyncOnDemandRequest: _Optional[_Union[PeerDataOperationRequestMessage.FullHistorySyncOnDemandRequest, _Mapping]] = ..., syncdCollectionFatalRecoveryRequest: _Optional[_Union[PeerDataOperationRequestMessage.SyncDCollectionFatalRecoveryRequest, _Mapping]] = ..., historySyncChunkRetryRequest: _Optional[_Union[PeerDataOperationRequestMessage.HistorySyncChunkRetryRequest, _Mapping]] = ..., galaxyFlowAction: _Optional[_Union[PeerDataOperationRequestMessage.GalaxyFlowAction, _Mapping]] = ..., companionCanonicalUserNonceFetchRequest: _Optional[_Union[PeerDataOperationRequestMessage.CompanionCanonicalUserNonceFetchRequest, _Mapping]] = ..., bizBroadcastInsightsContactListRequest: _Optional[_Union[PeerDataOperationRequestMessage.BizBroadcastInsightsContactListRequest, _Mapping]] = ..., bizBroadcastInsightsRefreshRequest: _Optional[_Union[PeerDataOperationRequestMessage.BizBroadcastInsightsRefreshRequest, _Mapping]] = ...) -> None: ...

class PeerDataOperationRequestResponseMessage(_message.Message):
    __slots__ = ("peerDataOperationRequestType", "stanzaId", "peerDataOperationResult")
    class PeerDataOperationResult(_message.Message):
        __slots__ = ("stickerMessage", "linkPreviewResponse", "placeholderMessageResendResponse", "waffleNonceFetchRequestResponse", "fullHistorySyncOnDemandRequestResponse", "companionMetaNonceFetchRequestResponse", "syncdSnapshotFatalRecoveryResponse", "companionCanonicalUserNonceFetchRequestResponse", "historySyncChunkRetryResponse", "flowResponsesCsvBundle", "bizBroadcastInsightsContactListResponse", "contactRefreshResponse")
        class FullHistorySyncOnDemandResponseCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            REQUEST_SUCCESS: _ClassVar[PeerDataOperationRequestResponseMessage.PeerDataOperationResult.FullHistorySyncOnDemandResponseCode]
            REQUEST_TIME_EXPIRED: _ClassVar[PeerDataOperationRequestResponseMessage.PeerDataOperationResult.FullHistorySyncOnDemandResponseCode]
            DECLINED_SHARING_HISTORY: _ClassVar[PeerDataOperationRequestResponseMessage.PeerDataOperationResult.FullHistorySyncOnDemandResponseCode]
            GENERIC_ERROR: _ClassVar[PeerDataOperationRequestResponseMessage.PeerDataOperationResult.FullHistorySyncOnDemandResponseCode]
            ERROR_REQUEST_ON_NON_SMB_PRIMARY: _ClassVar[PeerDataOperationRequestResponseMessage.PeerDataOperationResult.FullHistorySyncOnDemandResponseCode]
            ERROR_HOSTED_DEVICE_NOT_CONNECTED: _ClassVar[PeerDataOperationRequestResponseMessage.PeerDataOperationResult.FullHistorySyncOnDemandResponseCode]
            ERROR_HOSTED_DEVICE_LOGIN_TIME_NOT_SET: _ClassVar[PeerDataOperationRequestResponseMessage.PeerDataOperationResult.FullHistorySyncOnDemandResponseCode]
            ERROR_MULTI_PROVIDER_NOT_CONFIGURED: _ClassVar[PeerDataOperationRequestResponseMessage.PeerDataOperationResult.FullHistorySyncOnDemandResponseCode]
        REQUEST_SUCCESS: PeerDataOperationRequestResponseMessage.PeerDataOperationResult.FullHistorySyncOnDemandResponseCode
        REQUEST_TIME_EXPIRED: PeerDataOperationRequestResponseMessage.PeerDataOperationResult.FullHistorySyncOnDemandResponseCode
        DECLINED_SHARING_HISTORY: PeerDataOperationRequestResponseMessage.PeerDataOperationResult.FullHistorySyncOnDemandResponseCode
        GENERIC_ERROR: PeerDataOperationRequestResponseMessage.PeerDataOperationResult.FullHistorySyncOnDemandResponseCode
        ERROR_REQUEST_ON_NON_SMB_PRIMARY: PeerDataOperationRequestResponseMessage.PeerDataOperationResult.FullHistorySyncOnDemandResponseCode
        ERROR_HOSTED_DEVICE_NOT_CONNECTED: PeerDataOperationRequestResponseMessage.PeerDataOperationResult.FullHistorySyncOnDemandResponseCode
        ERROR_HOSTED_DEVICE_LOGIN_TIME_NOT_SET: PeerDataOperationRequestResponseMessage.PeerDataOperationResult.FullHistorySyncOnDemandResponseCode
        ERROR_MULTI_PROVIDER_NOT_CONFIGURED: PeerDataOperationRequestResponseMessage.PeerDataOperationResult.FullHistorySyncOnDemandResponseCode
        class HistorySyncChunkRetryResponseCode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            GENERATION_ERROR: _ClassVar[PeerDataOperationRequestResponseMessage.PeerDataOperationResult.HistorySyncChunkRetryResponseCode]
            CHUNK_CONSUMED: _ClassVar[PeerDataOperationRequestResponseMessage.PeerDataOperationResult.HistorySyncChunkRetryResponseCode]
            TIMEOUT: _ClassVar[PeerDataOperationRequestResponseMessage.PeerDataOperationResult.HistorySyncChunkRetryResponseCode]
            SESSION_EXHAUSTED: _ClassVar[PeerDataOperationRequestResponseMessage.PeerDataOperationResult.HistorySyncChunkRetryResponseCode]
            CHUNK_EXHAUSTED: _ClassVar[PeerDataOperationRequestResponseMessage.PeerDataOperationResult.HistorySyncChunkRetryResponseCode]
            DUPLICATED_REQUEST: _ClassVar[PeerDataOperationRequestResponseMessage.PeerDataOperationResult.HistorySyncChunkRetryResponseCode]
        GENERATION_ERROR: PeerDataOperationRequestResponseMessage.PeerDataOperationResult.HistorySyncChunkRetryResponseCode
        CHUNK_CONSUMED: PeerDataOperationRequestResponseMessage.PeerDataOperationResult.HistorySyncChunkRetryResponseCode
        TIMEOUT: PeerDataOperationRequestResponseMessage.PeerDataOperationResult.HistorySyncChunkRetryResponseCode
        SESSION_EXHAUSTED: PeerDataOperationRequestResponseMessage.PeerDataOperationResult.HistorySyncChunkRetryResponseCode
        CHUNK_EXHAUSTED: PeerDataOperationRequestResponseMessage.PeerDataOperationResult.HistorySyncChunkRetryResponseCode
        DUPLICATED_REQUEST: PeerDataOperationRequestResponseMessage.PeerDataOperationResult.HistorySyncChunkRetryResponseCode
        class PlaceholderMessageResendResponse(_message.Message):
            __slots__ = ("webMessageInfoBytes",)
            WEBMESSAGEINFOBYTES_FIELD_NUMBER: _ClassVar[int]
            webMessageInfoBytes: bytes
            def __init__(self, webMessageInfoBytes: _Optional[bytes] = ...) -> None: ...
        class LinkPreviewResponse(_message.Message):
            __slots__ = ("url", "title", "description", "thumbData", "matchText", "previewType", "hqThumbnail", "previewMetadata")
            class LinkPreviewHighQualityThumbnail(_message.Message):
                __slots__ = ("directPath", "thumbHash", "encThumbHash", "mediaKey", "mediaKeyTimestampMs", "thumbWidth", "thumbHeight")
                DIRECTPATH_FIELD_NUMBER: _ClassVar[int]
                THUMBHASH_FIELD_NUMBER: _ClassVar[int]
                ENCTHUMBHASH_FIELD_NUMBER: _ClassVar[int]
                MEDIAKEY_FIELD_NUMBER: _ClassVar[int]
                MEDIAKEYTIMESTAMPMS_FIELD_NUMBER: _ClassVar[int]
                THUMBWIDTH_FIELD_NUMBER: _ClassVar[int]
                THUMBHEIGHT_FIELD_NUMBER: _ClassVar[int]
                directPath: str
                thumbHash: str
                encThumbHash: str
                mediaKey: bytes
                mediaKeyTimestampMs: int
                thumbWidth: int
                thumbHeight: int
                def __init__(self, directPath: _Optional[str] = ..., thumbHash: _Optional[str] = ..., encThumbHash: _Optional[str] = ..., mediaKey: _Optional[bytes] = ..., mediaKeyTimestampMs: _Optional[int] = ..., thumbWidth: _Optional[int] = ..., thumbHeight: _Optional[int] = ...) -> None: ...
            class PaymentLinkPreviewMetadata(_message.Message):
                __slots__ = ("isBusinessVerified", "providerName", "amount", "offset", "currency")
                ISBUSINESSVERIFIED_FIELD_NUMBER: _ClassVar[int]
                PROVIDERNAME_FIELD_NUMBER: _ClassVar[int]
                AMOUNT_FIELD_NUMBER: _ClassVar[int]
                OFFSET_FIELD_NUMBER: _ClassVar[int]
                CURRENCY_FIELD_NUMBER: _ClassVar[int]
                isBusinessVerified: bool
                providerName: str
                amount: str
                offset: str
                currency: str
                def __init__(self, isBusinessVerified: _Optional[bool] = ..., providerName: _Optional[str] = ..., amount: _Optional[str] = ..., offset: _Optional[str] = ..., currency: _Optional[str] = ...) -> None: ...
            URL_FIELD_NUMBER: _ClassVar[int]
            TITLE_FIELD_NUMBER: _ClassVar[int]
            DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
            THUMBDATA_FIELD_NUMBER: _ClassVar[int]
            MATCHTEXT_FIELD_NUMBER: _ClassVar[int]
            PREVIEWTYPE_FIELD_NUMBER: _ClassVar[int]
            HQTHUMBNAIL_FIELD_NUMBER: _ClassVar[int]
            PREVIEWMETADATA_FIELD_NUMBER: _ClassVar[int]
            url: str
            title: str
            description: str
            thumbData: bytes
            matchText: str
            previewType: str
            hqThumbnail: PeerDataOperationRequestResponseMessage.PeerDataOperationResult.LinkPreviewResponse.LinkPreviewHighQualityThumbnail
            previewMetadata: PeerDataOperationRequestResponseMessage.PeerDataOperationResult.LinkPreviewResponse.PaymentLinkPreviewMetadata
            def __init__(self, url: _Optional[str] = ..., title: _Optional[str] = ..., description: _Optional[str] = ..., thumbData: _Optional[bytes] = ..., matchText: _Optional[str] = ..., previewType: _Optional[str] = ..., hqThumbnail: _Optional[_Union[PeerDataOperationRequestResponseMessage.PeerDataOperationResult.LinkPreviewResponse.LinkPreviewHighQualityThumbnail, _Mapping]] = ..., previewMetadata: _Optional[_Union[PeerDataOperationRequestResponseMessage.PeerDataOperationResult.LinkPreviewResponse.PaymentLinkPreviewMetadata, _Mapping]] = ...) -> None: ...
        class WaffleNonceFetchResponse(_message.Message):
            __slots__ = ("nonce", "waEntFbid")
            NONCE_FIELD_NUMBER: _ClassVar[int]
            WAENTFBID_FIELD_NUMBER: _ClassVar[int]
            nonce: str
            waEntFbid: str
            def __init__(self, nonce: _Optional[str] = ..., waEntFbid: _Optional[str] = ...) -> None: ...
        class FullHistorySyncOnDemandRequestResponse(_message.Message):
            __slots__ = ("requestMetadata", "responseCode")
            REQUESTMETADATA_FIELD_NUMBER: _ClassVar[int]
            RESPONSECODE_FIELD_NUMBER: _ClassVar[int]
            requestMetadata: FullHistorySyncOnDemandRequestMetadata
            responseCode: PeerDataOperationRequestResponseMessage.PeerDataOperationResult.FullHistorySyncOnDemandResponseCode
            def __init__(self, requestMetadata: _Optional[_Union[FullHistorySyncOnDemandRequestMetadata, _Mapping]] = ..., responseCode: _Optional[_Union[PeerDataOperationRequestResponseMessage.PeerDataOperationResult.FullHistorySyncOnDemandResponseCode, str]] = ...) -> None: ...
        class CompanionMetaNonceFetchResponse(_message.Message):
            __slots__ = ("nonce",)
            NONCE_FIELD_NUMBER: _ClassVar[int]
            nonce: str
            def __init__(self, nonce: _Optional[str] = ...) -> None: ...
        class SyncDSnapshotFatalRecoveryResponse(_message.Message):
            __slots__ = ("collectionSnapshot", "isCompressed")
            COLLECTIONSNAPSHOT_FIELD_NUMBER: _ClassVar[int]
            ISCOMPRESSED_FIELD_NUMBER: _ClassVar[int]
            collectionSnapshot: bytes
            isCompressed: bool
            def __init__(self, collectionSnapshot: _Optional[bytes] = ..., isCompressed: _Optional[bool] = ...) -> None: ...
        class CompanionCanonicalUserNonceFetchResponse(_message.Message):
            __slots__ = ("nonce", "waFbid", "forceRefresh")
            NONCE_FIELD_NUMBER: _ClassVar[int]
            WAFBID_FIELD_NUMBER: _ClassVar[int]
            FORCEREFRESH_FIELD_NUMBER: _ClassVar[int]
            nonce: str
            waFbid: str
            forceRefresh: bool
            def __init__(self, nonce: _Optional[str] = ..., waFbid: _Optional[str] = ..., forceRefresh: _Optional[bool] = ...) -> None: ...
        class HistorySyncChunkRetryResponse(_message.Message):
            __slots__ = ("syncType", "chunkOrder", "requestId", "responseCode", "canRecover")
            SYNCTYPE_FIELD_NUMBER: _ClassVar[int]
            CHUNKORDER_FIELD_NUMBER: _ClassVar[int]
            REQUESTID_FIELD_NUMBER: _ClassVar[int]
            RESPONSECODE_FIELD_NUMBER: _ClassVar[int]
            CANRECOVER_FIELD_NUMBER: _ClassVar[int]
            syncType: HistorySyncType
            chunkOrder: int
            requestId: str
            responseCode: PeerDataOperationRequestResponseMessage.PeerDataOperationResult.HistorySyncChunkRetryResponseCode
            canRecover: bool
            def __init__(self, syncType: _Optional[_Union[HistorySyncType, str]] = ..., chunkOrder: _Optional[int] = ..., requestId: _Optional[str] = ..., responseCode: _Optional[_Union[PeerDataOperationRequestResponseMessage.PeerDataOperationResult.HistorySyncChunkRetryResponseCode, str]] = ..., canRecover: _Optional[bool] = ...) -> None: ...
        class FlowResponsesCsvBundle(_message.Message):
            __slots__ = ("flowId", "galaxyFlowDownloadRequestId", "fileName", "mimetype", "fileSha256", "mediaKey", "fileEncSha256", "directPath", "mediaKeyTimestamp", "fileLength")
            FLOWID_FIELD_NUMBER: _ClassVar[int]
            GALAXYFLOWDOWNLOADREQUESTID_FIELD_NUMBER: _ClassVar[int]
            FILENAME_FIELD_NUMBER: _ClassVar[int]
            MIMETYPE_FIELD_NUMBER: _ClassVar[int]
            FILESHA256_FIELD_NUMBER: _ClassVar[int]
            MEDIAKEY_FIELD_NUMBER: _ClassVar[int]
            FILEENCSHA256_FIELD_NUMBER: _ClassVar[int]
            DIRECTPATH_FIELD_NUMBER: _ClassVar[int]
            MEDIAKEYTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
            FILELENGTH_FIELD_NUMBER: _ClassVar[int]
            flowId: str
            galaxyFlowDownloadRequestId: str
            fileName: str
            mimetype: str
            fileSha256: bytes
            mediaKey: bytes
            fileEncSha256: bytes
            directPath: str
            mediaKeyTimestamp: int
            fileLength: int
            def __init__(self, flowId: _Optional[str] = ..., galaxyFlowDownloadRequestId: _Optional[str] = ..., fileName: _Optional[str] = ..., mimetype: _Optional[str] = ..., fileSha256: _Optional[bytes] = ..., mediaKey: _Optional[bytes] = ..., fileEncSha256: _Optional[bytes] = ..., directPath: _Optional[str] = ..., mediaKeyTimestamp: _Optional[int] = ..., fileLength: _Optional[int] = ...) -> None: ...
        class BizBroadcastInsightsContactListResponse(_message.Message):
            __slots__ = ("campaignId", "timestampMs", "contacts")
            CAMPAIGNID_FIELD_NUMBER: _ClassVar[int]
            TIMESTAMPMS_FIELD_NUMBER: _ClassVar[int]
            CONTACTS_FIELD_NUMBER: _ClassVar[int]
            campaignId: str
            timestampMs: int
            contacts: _containers.RepeatedCompositeFieldContainer[PeerDataOperationRequestResponseMessage.PeerDataOperationResult.BizBroadcastInsightsContactState]
            def __init__(self, campaignId: _Optional[str] = ..., timestampMs: _Optional[int] = ..., contacts: _Optional[_Iterable[_Union[PeerDataOperationRequestResponseMessage.PeerDataOperationResult.BizBroadcastInsightsContactState, _Mapping]]] = ...) -> None: ...
        class ContactRefreshResponse(_message.Message):
            __slots__ = ("coveredRequestIds", "collectionVersion", "primaryDurationMs", "uniqueContactCount")
            COVEREDREQUESTIDS_FIELD_NUMBER: _ClassVar[int]
            COLLECTIONVERSION_FIELD_NUMBER: _ClassVar[int]
            PRIMARYDURATIONMS_FIELD_NUMBER: _ClassVar[int]
            UNIQUECONTACTCOUNT_FIELD_NUMBER: _ClassVar[int]
            coveredRequestIds: _containers.RepeatedScalarFieldContainer[str]
            collectionVersion: int
            primaryDurationMs: int
            uniqueContactCount: int
            def __init__(self, coveredRequestIds: _Optional[_Iterable[str]] = ..., collectionVersion: _Optional[int] = ..., primaryDurationMs: _Optional[int] = ..., uniqueContactCount: _Optional[int] = ...) -> None: ...
        class BizBroadcastInsightsContactState(_message.Message):
            __slots__ = ("contactJid", "state")
            CONTACTJID_FIELD_NUMBER: _ClassVar[int]
            STATE_FIELD_NUMBER: _ClassVar[int]
            contactJid: str
            state: Message.InsightDeliveryState
            def __init__(self, contactJid: _Optional[str] = ..., state: _Optional[_Union[Message.InsightDeliveryState, str]] = ...) -> None: ...
        STICKERMESSAGE_FIELD_NUMBER: _ClassVar[int]
        LINKPREVIEWRESPONSE_FIELD_NUMBER: _ClassVar[int]
        PLACEHOLDERMESSAGERESENDRESPONSE_FIELD_NUMBER: _ClassVar[int]
        WAFFLENONCEFETCHREQUESTRESPONSE_FIELD_NUMBER: _ClassVar[int]
        FULLHISTORYSYNCONDEMANDREQUESTRESPONSE_FIELD_NUMBER: _ClassVar[int]
        COMPANIONMETANONCEFETCHREQUESTRESPONSE_FIELD_NUMBER: _ClassVar[int]
        SYNCDSNAPSHOTFATALRECOVERYRESPONSE_FIELD_NUMBER: _ClassVar[int]
        COMPANIONCANONICALUSERNONCEFETCHREQUESTRESPONSE_FIELD_NUMBER: _ClassVar[int]
        HISTORYSYNCCHUNKRETRYRESPONSE_FIELD_NUMBER: _ClassVar[int]
        FLOWRESPONSESCSVBUNDLE_FIELD_NUMBER: _ClassVar[int]
        BIZBROADCASTINSIGHTSCONTACTLISTRESPONSE_FIELD_NUMBER: _ClassVar[int]
        CONTACTREFRESHRESPONSE_FIELD_NUMBER: _ClassVar[int]
        stickerMessage: StickerMessage
        linkPreviewResponse: PeerDataOperationRequestResponseMessage.PeerDataOperationResult.LinkPreviewResponse
        placeholderMessageResendResponse: PeerDataOperationRequestResponseMessage.PeerDataOperationResult.PlaceholderMessageResendResponse
        waffleNonceFetchRequestResponse: PeerDataOperationRequestResponseMessage.PeerDataOperationResult.WaffleNonceFetchResponse
        fullHistorySyncOnDemandRequestResponse: PeerDataOperationRequestResponseMessage.PeerDataOperationResult.FullHistorySyncOnDemandRequestResponse
        companionMetaNonceFetchRequestResponse: PeerDataOperationRequestResponseMessage.PeerDataOperationResult.CompanionMetaNonceFetchResponse
        syncdSnapshotFatalRecoveryResponse: PeerDataOperationRequestResponseMessage.PeerDataOperationResult.SyncDSnapshotFatalRecoveryResponse
        companionCanonicalUserNonceFetchRequestResponse: PeerDataOperationRequestResponseMessage.PeerDataOperationResult.CompanionCanonicalUserNonceFetchResponse
        historySyncChunkRetryResponse: PeerDataOperationRequestResponseMessage.PeerDataOperationResult.HistorySyncChunkRetryResponse
        flowResponsesCsvBundle: PeerDataOperationRequestResponseMessage.PeerDataOperationResult.FlowResponsesCsvBundle
        bizBroadcastInsightsContactListResponse: PeerDataOperationRequestResponseMessage.PeerDataOperationResult.BizBroadcastInsightsContactListResponse
        contactRefreshResponse: PeerDataOperationRequestResponseMessage.PeerDataOperationResult.ContactRefreshResponse
        def __init__(self, stickerMessage: _Optional[_Union[StickerMessage, _Mapping]] = ..., linkPreviewResponse: _Optional[_Union[PeerDataOperationRequestResponseMessage.PeerDataOperationResult.LinkPreviewResponse, _Mapping]] = ..., placeholderMessageResendResponse: _Optional[_Union[PeerDataOperationRequestResponseMessage.PeerDataOperationResult.PlaceholderMessageResendResponse, _Mapping]] = ..., waffleNonceFetchRequestResponse: _Optional[_Union[PeerDataOperationRequestResponseMessage.PeerDataOperationResult.WaffleNonceFetchResponse, _Mapping]] = ..., fullHistorySyncOnDemandRequestResponse: _Optional[_Union[PeerDataOperationRequestResponseMessage.PeerDataOperationResult.FullHistorySyncOnDemandRequestResponse, _Mapping]] = ..., companionMetaNonceFetchRequestResponse: _Optional[_Union[PeerDataOperationRequestResponseMessage.PeerDataOperationResult.CompanionMetaNonceFetchResponse, _Mapping]] = ..., syncdSnapshotFatalRecoveryResponse: _Optional[_Union[PeerDataOperationRequestResponseMessage.PeerDataOperationResult.SyncDSnapshotFatalRecoveryResponse, _Mapping]] = ..., companionCanonicalUserNonceFetchRequestResponse: _Optional[_Union[PeerDataOperationRequestResponseMessage.PeerDataOperationResult.CompanionCanonicalUserNonceFetchResponse, _Mapping]] = ..., historySyncChunkRetryResponse: _Optional[_Union[PeerDataOperationRequestResponseMessage.PeerDataOperationResult.HistorySyncChunkRetryResponse, _Mapping]] = ..., flowResponsesCsvBundle: _Optional[_Union[PeerDataOperationRequestResponseMessage.PeerDataOperationResult.FlowResponsesCsvBundle, _Mapping]] = ..., bizBroadcastInsightsContactListResponse: _Optional[_Union[PeerDataOperationRequestResponseMessage.PeerDataOperationResult.BizBroadcastInsightsContactListResponse, _Mapping]] = ..., contactRefreshResponse: _Optional[_Union[PeerDataOperationRequestResponseMessage.PeerDataOperationResult.ContactRefreshResponse, _Mapping]] = ...) -> None: ...
    PEERDATAOPERATIONREQUESTTYPE_FIELD_NUMBER: _ClassVar[int]
    STANZAID_FIELD_NUMBER: _ClassVar[int]
    PEERDATAOPERATIONRESULT_FIELD_NUMBER: _ClassVar[int]
    peerDataOperationRequestType: PeerDataOperationRequestType
    stanzaId: str
    peerDataOperationResult: _containers.RepeatedCompositeFieldContainer[PeerDataOperationRequestResponseMessage.PeerDataOperationResult]
    def __init__(self, peerDataOperationRequestType: _Optional[_Union[PeerDataOperationRequestType, str]] = ..., stanzaId: _Optional[str] = ..., peerDataOperationResult: _Optional[_Iterable[_Union[PeerDataOperationRequestResponseMessage.PeerDataOperationResult, _Mapping]]] = ...) -> None: ...

class LIDMigrationMappingSyncMessage(_message.Message):
    __slots__ = ("encodedMappingPayload",)
    ENCODEDMAPPINGPAYLOAD_FIELD_NUMBER: _ClassVar[int]
    encodedMappingPayload: bytes
    def __init__(self, encodedMappingPayload: _Optional[bytes] = ...) -> None: ...

class HistorySync(_message.Message):
    __slots__ = ("syncType", "conversations", "statusV3Messages", "chunkOrder", "progress", "pushnames", "globalSettings", "threadIdUserSecret", "threadDsTimeframeOffset", "recentStickers", "pastParticipants", "callLogRecords", "aiWaitListState", "phoneNumberToLidMappings", "companionMetaNonce", "shareableChatIdentifierEncryptionKey", "accounts", "nctSalt", "inlineContacts", "inlineContactsProvided")
    class HistorySyncType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        INITIAL_BOOTSTRAP: _ClassVar[HistorySync.HistorySyncType]
        INITIAL_STATUS_V3: _ClassVar[HistorySync.HistorySyncType]
        FULL: _ClassVar[HistorySync.HistorySyncType]
        RECENT: _ClassVar[HistorySync.HistorySyncType]
        PUSH_NAME: _ClassVar[HistorySync.HistorySyncType]
        NON_BLOCKING_DATA: _ClassVar[HistorySync.HistorySyncType]
        ON_DEMAND: _ClassVar[HistorySync.HistorySyncType]
    INITIAL_BOOTSTRAP: HistorySync.HistorySyncType
    INITIAL_STATUS_V3: HistorySync.HistorySyncType
    FULL: HistorySync.HistorySyncType
    RECENT: HistorySync.HistorySyncType
    PUSH_NAME: HistorySync.HistorySyncType
    NON_BLOCKING_DATA: HistorySync.HistorySyncType
    ON_DEMAND: HistorySync.HistorySyncType
    class BotAIWaitListState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        IN_WAITLIST: _ClassVar[HistorySync.BotAIWaitListState]
        AI_AVAILABLE: _ClassVar[HistorySync.BotAIWaitListState]
    IN_WAITLIST: HistorySync.BotAIWaitListState
    AI_AVAILABLE: HistorySync.BotAIWaitListState
    SYNCTYPE_FIELD_NUMBER: _ClassVar[int]
    CONVERSATIONS_FIELD_NUMBER: _ClassVar[int]
    STATUSV3MESSAGES_FIELD_NUMBER: _ClassVar[int]
    CHUNKORDER_FIELD_NUMBER: _ClassVar[int]
    PROGRESS_FIELD_NUMBER: _ClassVar[int]
    PUSHNAMES_FIELD_NUMBER: _ClassVar[int]
    GLOBALSETTINGS_FIELD_NUMBER: _ClassVar[int]
    THREADIDUSERSECRET_FIELD_NUMBER: _ClassVar[int]
    THREADDSTIMEFRAMEOFFSET_FIELD_NUMBER: _ClassVar[int]
    RECENTSTICKERS_FIELD_NUMBER: _ClassVar[int]
    PASTPARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    CALLLOGRECORDS_FIELD_NUMBER: _ClassVar[int]
    AIWAITLISTSTATE_FIELD_NUMBER: _ClassVar[int]
    PHONENUMBERTOLIDMAPPINGS_FIELD_NUMBER: _ClassVar[int]
    COMPANIONMETANONCE_FIELD_NUMBER: _ClassVar[int]
    SHAREABLECHATIDENTIFIERENCRYPTIONKEY_FIELD_NUMBER: _ClassVar[int]
    ACCOUNTS_FIELD_NUMBER: _ClassVar[int]
    NCTSALT_FIELD_NUMBER: _ClassVar[int]
    INLINECONTACTS_FIELD_NUMBER: _ClassVar[int]
    INLINECONTACTSPROVIDED_FIELD_NUMBER: _ClassVar[int]
    syncType: HistorySync.HistorySyncType
    conversations: _containers.RepeatedCompositeFieldContainer[Conversation]
    statusV3Messages: _containers.RepeatedCompositeFieldContainer[WebMessageInfo]
    chunkOrder: int
    progress: int
    pushnames: _containers.RepeatedCompositeFieldContainer[Pushname]
    globalSettings: GlobalSettings
    threadIdUserSecret: bytes
    threadDsTimeframeOffset: int
    recentStickers: _containers.RepeatedCompositeFieldContainer[StickerMetadata]
    pastParticipants: _containers.RepeatedCompositeFieldContainer[PastParticipants]
    callLogRecords: _containers.RepeatedCompositeFieldContainer[CallLogRecord]
    aiWaitListState: HistorySync.BotAIWaitListState
    phoneNumberToLidMappings: _containers.RepeatedCompositeFieldContainer[PhoneNumberToLIDMapping]
    companionMetaNonce: str
    shareableChatIdentifierEncryptionKey: bytes
    accounts: _containers.RepeatedCompositeFieldContainer[Account]
    nctSalt: bytes
    inlineContacts: _containers.RepeatedCompositeFieldContainer[InlineContact]
    inlineContactsProvided: bool
    def __init__(self, syncType: _Optional[_Union[HistorySync.HistorySyncType, str]] = ..., conversations: _Optional[_Iterable[_Union[Conversation, _Mapping]]] = ..., statusV3Messages: _Optional[_Iterable[_Union[WebMessageInfo, _Mapping]]] = ..., chunkOrder: _Optional[int] = ..., progress: _Optional[int] = ..., pushnames: _Optional[_Iterable[_Union[Pushname, _Mapping]]] = ..., globalSettings: _Optional[_Union[GlobalSettings, _Mapping]] = ..., threadIdUserSecret: _Optional[bytes] = ..., threadDsTimeframeOffset: _Optional[int] = ..., recentStickers: _Optional[_Iterable[_Union[StickerMetadata, _Mapping]]] = ..., pastParticipants: _Optional[_Iterable[_Union[PastParticipants, _Mapping]]] = ..., callLogRecords: _Optional[_Iterable[_Union[CallLogRecord, _Mapping]]] = ..., aiWaitListState: _Optional[_Union[HistorySync.BotAIWaitListState, str]] = ..., phoneNumberToLidMappings: _Optional[_Iterable[_Union[PhoneNumberToLIDMapping, _Mapping]]] = ..., companionMetaNonce: _Optional[str] = ..., shareableChatIdentifierEncryptionKey: _Optional[bytes] = ..., accounts: _Optional[_Iterable[_Union[Account, _Mapping]]] = ..., nctSalt: _Optional[bytes] = ..., inlineContacts: _Optional[_Iterable[_Union[InlineContact, _Mapping]]] = ..., inlineContactsProvided: _Optional[bool] = ...) -> None: ...

class Conversation(_message.Message):
    __slots__ = ("id", "messages", "newJid", "oldJid", "lastMsgTimestamp", "unreadCount", "readOnly", "endOfHistoryTransfer", "ephemeralExpiration", "ephemeralSettingTimestamp", "endOfHistoryTransferType", "conversationTimestamp", "name", "pHash", "notSpam", "archived", "disappearingMode", "unreadMentionCount", "markedAsUnread", "participant", "tcToken", "tcTokenTimestamp", "contactPrimaryIdentityKey", "pinned", "muteEndTime", "wallpaper", "mediaVisibility", "tcTokenSenderTimestamp", "suspended", "terminated", "createdAt", "createdBy", "description", "support", "isParentGroup", "isDefaultSubgroup", "parentGroupId", "displayName", "pnJid", "shareOwnPn", "pnhDuplicateLidThread", "lidJid", "username", "lidOriginType", "commentsCount", "locked", "systemMessageToInsert", "capiCreatedGroup", "accountLid", "limitSharing", "limitSharingSettingTimestamp", "limitSharingTrigger", "limitSharingInitiatedByMe", "maibaAiThreadEnabled", "isMarketingMessageThread", "isSenderNewAccount", "afterReadDuration", "isSenderSuspicious", "appealStatus", "appealUpdateTime", "authAgentParentCompanyName", "authAgentObaPhoneNumber", "identityVerification")
    class EndOfHistoryTransferType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        COMPLETE_BUT_MORE_MESSAGES_REMAIN_ON_PRIMARY: _ClassVar[Conversation.EndOfHistoryTransferType]
        COMPLETE_AND_NO_MORE_MESSAGE_REMAIN_ON_PRIMARY: _ClassVar[Conversation.EndOfHistoryTransferType]
        COMPLETE_ON_DEMAND_SYNC_BUT_MORE_MSG_REMAIN_ON_PRIMARY: _ClassVar[Conversation.EndOfHistoryTransferType]
        COMPLETE_ON_DEMAND_SYNC_WITH_MORE_MSG_ON_PRIMARY_BUT_NO_ACCESS: _ClassVar[Conversation.EndOfHistoryTransferType]
    COMPLETE_BUT_MORE_MESSAGES_REMAIN_ON_PRIMARY: Conversation.EndOfHistoryTransferType
    COMPLETE_AND_NO_MORE_MESSAGE_REMAIN_ON_PRIMARY: Conversation.EndOfHistoryTransferType
    COMPLETE_ON_DEMAND_SYNC_BUT_MORE_MSG_REMAIN_ON_PRIMARY: Conversation.EndOfHistoryTransferType
    COMPLETE_ON_DEMAND_SYNC_WITH_MORE_MSG_ON_PRIMARY_BUT_NO_ACCESS: Conversation.EndOfHistoryTransferType
    class GroupAppealStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        NO_APPEAL: _ClassVar[Conversation.GroupAppealStatus]
        APPEAL_IN_REVIEW: _ClassVar[Conversation.GroupAppealStatus]
        APPEAL_APPROVED: _ClassVar[Conversation.GroupAppealStatus]
        APPEAL_REJECTED: _ClassVar[Conversation.GroupAppealStatus]
    NO_APPEAL: Conversation.GroupAppealStatus
    APPEAL_IN_REVIEW: Conversation.GroupAppealStatus
    APPEAL_APPROVED: Conversation.GroupAppealStatus
    APPEAL_REJECTED: Conversation.GroupAppealStatus
    ID_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    NEWJID_FIELD_NUMBER: _ClassVar[int]
    OLDJID_FIELD_NUMBER: _ClassVar[int]
    LASTMSGTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    UNREADCOUNT_FIELD_NUMBER: _ClassVar[int]
    READONLY_FIELD_NUMBER: _ClassVar[int]
    ENDOFHISTORYTRANSFER_FIELD_NUMBER: _ClassVar[int]
    EPHEMERALEXPIRATION_FIELD_NUMBER: _ClassVar[int]
    EPHEMERALSETTINGTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    ENDOFHISTORYTRANSFERTYPE_FIELD_NUMBER: _ClassVar[int]
    CONVERSATIONTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    PHASH_FIELD_NUMBER: _ClassVar[int]
    NOTSPAM_FIELD_NUMBER: _ClassVar[int]
    ARCHIVED_FIELD_NUMBER: _ClassVar[int]
    DISAPPEARINGMODE_FIELD_NUMBER: _ClassVar[int]
    UNREADMENTIONCOUNT_FIELD_NUMBER: _ClassVar[int]
    MARKEDASUNREAD_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANT_FIELD_NUMBER: _ClassVar[int]
    TCTOKEN_FIELD_NUMBER: _ClassVar[int]
    TCTOKENTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    CONTACTPRIMARYIDENTITYKEY_FIELD_NUMBER: _ClassVar[int]
    PINNED_FIELD_NUMBER: _ClassVar[int]
    MUTEENDTIME_FIELD_NUMBER: _ClassVar[int]
    WALLPAPER_FIELD_NUMBER: _ClassVar[int]
    MEDIAVISIBILITY_FIELD_NUMBER: _ClassVar[int]
    TCTOKENSENDERTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    SUSPENDED_FIELD_NUMBER: _ClassVar[int]
    TERMINATED_FIELD_NUMBER: _ClassVar[int]
    CREATEDAT_FIELD_NUMBER: _ClassVar[int]
    CREATEDBY_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    SUPPORT_FIELD_NUMBER: _ClassVar[int]
    ISPARENTGROUP_FIELD_NUMBER: _ClassVar[int]
    ISDEFAULTSUBGROUP_FIELD_NUMBER: _ClassVar[int]
    PARENTGROUPID_FIELD_NUMBER: _ClassVar[int]
    DISPLAYNAME_FIELD_NUMBER: _ClassVar[int]
    PNJID_FIELD_NUMBER: _ClassVar[int]
    SHAREOWNPN_FIELD_NUMBER: _ClassVar[int]
    PNHDUPLICATELIDTHREAD_FIELD_NUMBER: _ClassVar[int]
    LIDJID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    LIDORIGINTYPE_FIELD_NUMBER: _ClassVar[int]
    COMMENTSCOUNT_FIELD_NUMBER: _ClassVar[int]
    LOCKED_FIELD_NUMBER: _ClassVar[int]
    SYSTEMMESSAGETOINSERT_FIELD_NUMBER: _ClassVar[int]
    CAPICREATEDGROUP_FIELD_NUMBER: _ClassVar[int]
    ACCOUNTLID_FIELD_NUMBER: _ClassVar[int]
    LIMITSHARING_FIELD_NUMBER: _ClassVar[int]
    LIMITSHARINGSETTINGTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    LIMITSHARINGTRIGGER_FIELD_NUMBER: _ClassVar[int]
    LIMITSHARINGINITIATEDBYME_FIELD_NUMBER: _ClassVar[int]
    MAIBAAITHREADENABLED_FIELD_NUMBER: _ClassVar[int]
    ISMARKETINGMESSAGETHREAD_FIELD_NUMBER: _ClassVar[int]
    ISSENDERNEWACCOUNT_FIELD_NUMBER: _ClassVar[int]
    AFTERREADDURATION_FIELD_NUMBER: _ClassVar[int]
    ISSENDERSUSPICIOUS_FIELD_NUMBER: _ClassVar[int]
    APPEALSTATUS_FIELD_NUMBER: _ClassVar[int]
    APPEALUPDATETIME_FIELD_NUMBER: _ClassVar[int]
    AUTHAGENTPARENTCOMPANYNAME_FIELD_NUMBER: _ClassVar[int]
    AUTHAGENTOBAPHONENUMBER_FIELD_NUMBER: _ClassVar[int]
    IDENTITYVERIFICATION_FIELD_NUMBER: _ClassVar[int]
    id: str
    messages: _containers.RepeatedCompositeFieldContainer[HistorySyncMsg]
    newJid: str
    oldJid: str
    lastMsgTimestamp: int
    unreadCount: int
    readOnly: bool
    endOfHistoryTransfer: bool
    ephemeralExpiration: int
    ephemeralSettingTimestamp: int
    endOfHistoryTransferType: Conversation.EndOfHistoryTransferType
    conversationTimestamp: int
    name: str
    pHash: str
    notSpam: bool
    archived: bool
    disappearingMode: DisappearingMode
    unreadMentionCount: int
    markedAsUnread: bool
    participant: _containers.RepeatedCompositeFieldContainer[GroupParticipant]
    tcToken: bytes
    tcTokenTimestamp: int
    contactPrimaryIdentityKey: bytes
    pinned: int
    muteEndTime: int
    wallpaper: WallpaperSettings
    mediaVisibility: MediaVisibility
    tcTokenSenderTimestamp: int
    suspended: bool
    terminated: bool
    createdAt: int
    createdBy: str
    description: str
    support: bool
    isParentGroup: bool
    isDefaultSubgroup: bool
    parentGroupId: str
    displayName: str
    pnJid: str
    shareOwnPn: bool
    pnhDuplicateLidThread: bool
    lidJid: str
    username: str
    lidOriginType: str
    commentsCount: int
    locked: bool
    systemMessageToInsert: PrivacySystemMessage
    capiCreatedGroup: bool
    accountLid: str
    limitSharing: bool
    limitSharingSettingTimestamp: int
    limitSharingTrigger: LimitSharing.TriggerType
    limitSharingInitiatedByMe: bool
    maibaAiThreadEnabled: bool
    isMarketingMessageThread: bool
    isSenderNewAccount: bool
    afterReadDuration: int
    isSenderSuspicious: bool
    appealStatus: Conversation.GroupAppealStatus
    appealUpdateTime: int
    authAgentParentCompanyName: str
    authAgentObaPhoneNumber: str
    identityVerification: IdentityVerificationState
    def __init__(self, id: _Optional[str] = ..., messages: _Optional[_Iterable[_Union[HistorySyncMsg, _Mapping]]] = ..., newJid: _Optional[str] = ..., oldJid: _Optional[str] = ..., lastMsgTimestamp: _Optional[int] = ..., unreadCount: _Optional[int] = ..., readOnly: _Optional[bool] = ..., endOfHistoryTransfer: _Optional[bool] = ..., ephemeralExpiration: _Optional[int] = ..., ephemeralSettingTimestamp: _Optional[int] = ..., endOfHistoryTransferType: _Optional[_Union[Conversation.EndOfHistoryTransferType, str]] = ..., conversationTimestamp: _Optional[int] = ..., name: _Optional[str] = ..., pHash: _Optional[str] = ..., notSpam: _Optional[bool] = ..., archived: _Optional[bool] = ..., disappearingMode: _Optional[_Union[DisappearingMode, _Mapping]] = ..., unreadMentionCount: _Optional[int] = ..., markedAsUnread: _Optional[bool] = ..., participant: _Optional[_Iterable[_Union[GroupParticipant, _Mapping]]] = ..., tcToken: _Optional[bytes] = ..., tcTokenTimestamp: _Optional[int] = ..., contactPrimaryIdentityKey: _Optional[bytes] = ..., pinned: _Optional[int] = ..., muteEndTime: _Optional[int] = ..., wallpaper: _Optional[_Union[WallpaperSettings, _Mapping]] = ..., mediaVisibility: _Optional[_Union[MediaVisibility, str]] = ..., tcTokenSenderTimestamp: _Optional[int] = ..., suspended: _Optional[bool] = ..., terminated: _Optional[bool] = ..., createdAt: _Optional[int] = ..., createdBy: _Optional[str] = ..., description: _Optional[str] = ..., support: _Optional[bool] = ..., isParentGroup: _Optional[bool] = ..., isDefaultSubgroup: _Optional[bool] = ..., parentGroupId: _Optional[str] = ..., displayName: _Optional[str] = ..., pnJid: _Optional[str] = ..., shareOwnPn: _Optional[bool] = ..., pnhDuplicateLidThread: _Optional[bool] = ..., lidJid: _Optional[str] = ..., username: _Optional[str] = ..., lidOriginType: _Optional[str] = ..., commentsCount: _Optional[int] = ..., locked: _Optional[bool] = ..., systemMessageToInsert: _Optional[_Union[PrivacySystemMessage, str]] = ..., capiCreatedGroup: _Optional[bool] = ..., accountLid: _Optional[str] = ..., limitSharing: _Optional[bool] = ..., limitSharingSettingTimestamp: _Optional[int] = ..., limitSharingTrigger: _Optional[_Union[LimitSharing.TriggerType, str]] = ..., limitSharingInitiatedByMe: _Optional[bool] = ..., maibaAiThreadEnabled: _Optional[bool] = ..., isMarketingMessageThread: _Optional[bool] = ..., isSenderNewAccount: _Optional[bool] = ..., afterReadDuration: _Optional[int] = ..., isSenderSuspicious: _Optional[bool] = ..., appealStatus: _Optional[_Union[Conversation.GroupAppealStatus, str]] = ..., appealUpdateTime: _Optional[int] = ..., authAgentParentCompanyName: _Optional[str] = ..., authAgentObaPhoneNumber: _Optional[str] = ..., identityVerification: _Optional[_Union[IdentityVerificationState, _Mapping]] = ...) -> None: ...

class HistorySyncMsg(_message.Message):
    __slots__ = ("message", "msgOrderId")
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    MSGORDERID_FIELD_NUMBER: _ClassVar[int]
    message: WebMessageInfo
    msgOrderId: int
    def __init__(self, message: _Optional[_Union[WebMessageInfo, _Mapping]] = ..., msgOrderId: _Optional[int] = ...) -> None: ...

class Pushname(_message.Message):
    __slots__ = ("id", "pushname")
    ID_FIELD_NUMBER: _ClassVar[int]
    PUSHNAME_FIELD_NUMBER: _ClassVar[int]
    id: str
    pushname: str
    def __init__(self, id: _Optional[str] = ..., pushname: _Optional[str] = ...) -> None: ...

class PhoneNumberToLIDMapping(_message.Message):
    __slots__ = ("pnJid", "lidJid")
    PNJID_FIELD_NUMBER: _ClassVar[int]
    LIDJID_FIELD_NUMBER: _ClassVar[int]
    pnJid: str
    lidJid: str
    def __init__(self, pnJid: _Optional[str] = ..., lidJid: _Optional[str] = ...) -> None: ...

class WebMessageInfo(_message.Message):
    __slots__ = ("key", "message", "messageTimestamp", "status", "participant", "messageC2STimestamp", "ignore", "starred", "broadcast", "pushName", "mediaCiphertextSha256", "multicast", "urlText", "urlNumber", "messageStubType", "clearMedia", "messageStubParameters", "duration", "labels", "paymentInfo", "finalLiveLocation", "quotedPaymentInfo", "ephemeralStartTimestamp", "ephemeralDuration", "ephemeralOffToOn", "ephemeralOutOfSync", "bizPrivacyStatus", "verifiedBizName", "mediaData", "photoChange", "userReceipt", "reactions", "quotedStickerData", "futureproofData", "statusPsa", "pollUpdates", "pollAdditionalMetadata", "agentId", "statusAlreadyViewed", "messageSecret", "keepInChat", "originalSelfAuthorUserJidString", "revokeMessageTimestamp", "pinInChat", "premiumMessageInfo", "is1PBizBotMessage", "isGroupHistoryMessage", "botMessageInvokerJid", "commentMetadata", "eventResponses", "reportingTokenInfo", "newsletterServerId", "eventAdditionalMetadata", "isMentionedInStatus", "statusMentions", "targetMessageId", "messageAddOns", "statusMentionMessageInfo", "isSupportAiMessage", "statusMentionSources", "supportAiCitations", "botTargetId", "groupHistoryIndividualMessageInfo", "groupHistoryBundleInfo", "interactiveMessageAdditionalMetadata", "quarantinedMessage", "nonJidMentions", "hsmTag", "ephemeralExpirationTimestamp", "scheduledMessageMetadata", "decisionId", "decisionSources")
    class Status(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        ERROR: _ClassVar[WebMessageInfo.Status]
        PENDING: _ClassVar[WebMessageInfo.Status]
        SERVER_ACK: _ClassVar[WebMessageInfo.Status]
        DELIVERY_ACK: _ClassVar[WebMessageInfo.Status]
        READ: _ClassVar[WebMessageInfo.Status]
        PLAYED: _ClassVar[WebMessageInfo.Status]
    ERROR: WebMessageInfo.Status
    PENDING: WebMessageInfo.Status
    SERVER_ACK: WebMessageInfo.Status
    DELIVERY_ACK: WebMessageInfo.Status
    READ: WebMessageInfo.Status
    PLAYED: WebMessageInfo.Status
    class StubType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        UNKNOWN: _ClassVar[WebMessageInfo.StubType]
        REVOKE: _ClassVar[WebMessageInfo.StubType]
        CIPHERTEXT: _ClassVar[WebMessageInfo.StubType]
        FUTUREPROOF: _ClassVar[WebMessageInfo.StubType]
        NON_VERIFIED_TRANSITION: _ClassVar[WebMessageInfo.StubType]
        UNVERIFIED_TRANSITION: _ClassVar[WebMessageInfo.StubType]
        VERIFIED_TRANSITION: _ClassVar[WebMessageInfo.StubType]
        VERIFIED_LOW_UNKNOWN: _ClassVar[WebMessageInfo.StubType]
        VERIFIED_HIGH: _ClassVar[WebMessageInfo.StubType]
        VERIFIED_INITIAL_UNKNOWN: _ClassVar[WebMessageInfo.StubType]
        VERIFIED_INITIAL_LOW: _ClassVar[WebMessageInfo.StubType]
        VERIFIED_INITIAL_HIGH: _ClassVar[WebMessageInfo.StubType]
        VERIFIED_TRANSITION_ANY_TO_NONE: _ClassVar[WebMessageInfo.StubType]
        VERIFIED_TRANSITION_ANY_TO_HIGH: _ClassVar[WebMessageInfo.StubType]
        VERIFIED_TRANSITION_HIGH_TO_LOW: _ClassVar[WebMessageInfo.StubType]
        VERIFIED_TRANSITION_HIGH_TO_UNKNOWN: _ClassVar[WebMessageInfo.StubType]
        VERIFIED_TRANSITION_UNKNOWN_TO_LOW: _ClassVar[WebMessageInfo.StubType]
        VERIFIED_TRANSITION_LOW_TO_UNKNOWN: _ClassVar[WebMessageInfo.StubType]
        VERIFIED_TRANSITION_NONE_TO_LOW: _ClassVar[WebMessageInfo.StubType]
        VERIFIED_TRANSITION_NONE_TO_UNKNOWN: _ClassVar[WebMessageInfo.StubType]
        GROUP_CREATE: _ClassVar[WebMessageInfo.StubType]
        GROUP_CHANGE_SUBJECT: _ClassVar[WebMessageInfo.StubType]
        GROUP_CHANGE_ICON: _ClassVar[WebMessageInfo.StubType]
        GROUP_CHANGE_INVITE_LINK: _ClassVar[WebMessageInfo.StubType]
        GROUP_CHANGE_DESCRIPTION: _ClassVar[WebMessageInfo.StubType]
        GROUP_CHANGE_RESTRICT: _ClassVar[WebMessageInfo.StubType]
        GROUP_CHANGE_ANNOUNCE: _ClassVar[WebMessageInfo.StubType]
        GROUP_PARTICIPANT_ADD: _ClassVar[WebMessageInfo.StubType]
        GROUP_PARTICIPANT_REMOVE: _ClassVar[WebMessageInfo.StubType]
        GROUP_PARTICIPANT_PROMOTE: _ClassVar[WebMessageInfo.StubType]
        GROUP_PARTICIPANT_DEMOTE: _ClassVar[WebMessageInfo.StubType]
        GROUP_PARTICIPANT_INVITE: _ClassVar[WebMessageInfo.StubType]
        GROUP_PARTICIPANT_LEAVE: _ClassVar[WebMessageInfo.StubType]
        GROUP_PARTICIPANT_CHANGE_NUMBER: _ClassVar[WebMessageInfo.StubType]
        BROADCAST_CREATE: _ClassVar[WebMessageInfo.StubType]
        BROADCAST_ADD: _ClassVar[WebMessageInfo.StubType]
        BROADCAST_REMOVE: _ClassVar[WebMessageInfo.StubType]
        GENERIC_NOTIFICATION: _ClassVar[WebMessageInfo.StubType]
        E2E_IDENTITY_CHANGED: _ClassVar[WebMessageInfo.StubType]
        E2E_ENCRYPTED: _ClassVar[WebMessageInfo.StubType]
        CALL_MISSED_VOICE: _ClassVar[WebMessageInfo.StubType]
        CALL_MISSED_VIDEO: _ClassVar[WebMessageInfo.StubType]
        INDIVIDUAL_CHANGE_NUMBER: _ClassVar[WebMessageInfo.StubType]
        GROUP_DELETE: _ClassVar[WebMessageInfo.StubType]
        GROUP_ANNOUNCE_MODE_MESSAGE_BOUNCE: _ClassVar[WebMessageInfo.StubType]
        CALL_MISSED_GROUP_VOICE: _ClassVar[WebMessageInfo.StubType]
        CALL_MISSED_GROUP_VIDEO: _ClassVar[WebMessageInfo.StubType]
        PAYMENT_CIPHERTEXT: _ClassVar[WebMessageInfo.StubType]
        PAYMENT_FUTUREPROOF: _ClassVar[WebMessageInfo.StubType]
        PAYMENT_TRANSACTION_STATUS_UPDATE_FAILED: _ClassVar[WebMessageInfo.StubType]
        PAYMENT_TRANSACTION_STATUS_UPDATE_REFUNDED: _ClassVar[WebMessageInfo.StubType]
        PAYMENT_TRANSACTION_STATUS_UPDATE_REFUND_FAILED: _ClassVar[WebMessageInfo.StubType]
        PAYMENT_TRANSACTION_STATUS_RECEIVER_PENDING_SETUP: _ClassVar[WebMessageInfo.StubType]
        PAYMENT_TRANSACTION_STATUS_RECEIVER_SUCCESS_AFTER_HICCUP: _ClassVar[WebMessageInfo.StubType]
        PAYMENT_ACTION_ACCOUNT_SETUP_REMINDER: _ClassVar[WebMessageInfo.StubType]
        PAYMENT_ACTION_SEND_PAYMENT_REMINDER: _ClassVar[WebMessageInfo.StubType]
        PAYMENT_ACTION_SEND_PAYMENT_INVITATION: _ClassVar[WebMessageInfo.StubType]
        PAYMENT_ACTION_REQUEST_DECLINED: _ClassVar[WebMessageInfo.StubType]
        PAYMENT_ACTION_REQUEST_EXPIRED: _ClassVar[WebMessageInfo.StubType]
        PAYMENT_ACTION_REQUEST_CANCELLED: _ClassVar[WebMessageInfo.StubType]
        BIZ_VERIFIED_TRANSITION_TOP_TO_BOTTOM: _ClassVar[WebMessageInfo.StubType]
        BIZ_VERIFIED_TRANSITION_BOTTOM_TO_TOP: _ClassVar[WebMessageInfo.StubType]
        BIZ_INTRO_TOP: _ClassVar[WebMessageInfo.StubType]
        BIZ_INTRO_BOTTOM: _ClassVar[WebMessageInfo.StubType]
        BIZ_NAME_CHANGE: _ClassVar[WebMessageInfo.StubType]
        BIZ_MOVE_TO_CONSUMER_APP: _ClassVar[WebMessageInfo.StubType]
        BIZ_TWO_TIER_MIGRATION_TOP: _ClassVar[WebMessageInfo.StubType]
        BIZ_TWO_TIER_MIGRATION_BOTTOM: _ClassVar[WebMessageInfo.StubType]
        OVERSIZED: _ClassVar[WebMessageInfo.StubType]
        GROUP_CHANGE_NO_FREQUENTLY_FORWARDED: _ClassVar[WebMessageInfo.StubType]
        GROUP_V4_ADD_INVITE_SENT: _ClassVar[WebMessageInfo.StubType]
        GROUP_PARTICIPANT_ADD_REQUEST_JOIN: _ClassVar[WebMessageInfo.StubType]
        CHANGE_EPHEMERAL_SETTING: _ClassVar[WebMessageInfo.StubType]
        E2E_DEVICE_CHANGED: _ClassVar[WebMessageInfo.StubType]
        VIEWED_ONCE: _ClassVar[WebMessageInfo.StubType]
        E2E_ENCRYPTED_NOW: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_BSP_FB_TO_BSP_PREMISE: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_BSP_FB_TO_SELF_FB: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_BSP_FB_TO_SELF_PREMISE: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_BSP_FB_UNVERIFIED: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_BSP_FB_UNVERIFIED_TO_SELF_PREMISE_VERIFIED: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_BSP_FB_VERIFIED: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_BSP_FB_VERIFIED_TO_SELF_PREMISE_UNVERIFIED: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_BSP_PREMISE_TO_SELF_PREMISE: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_BSP_PREMISE_UNVERIFIED: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_BSP_PREMISE_UNVERIFIED_TO_SELF_PREMISE_VERIFIED: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_BSP_PREMISE_VERIFIED: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_BSP_PREMISE_VERIFIED_TO_SELF_PREMISE_UNVERIFIED: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_CONSUMER_TO_BSP_FB_UNVERIFIED: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_CONSUMER_TO_BSP_PREMISE_UNVERIFIED: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_CONSUMER_TO_SELF_FB_UNVERIFIED: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_CONSUMER_TO_SELF_PREMISE_UNVERIFIED: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_SELF_FB_TO_BSP_PREMISE: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_SELF_FB_TO_SELF_PREMISE: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_SELF_FB_UNVERIFIED: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_SELF_FB_UNVERIFIED_TO_SELF_PREMISE_VERIFIED: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_SELF_FB_VERIFIED: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_SELF_FB_VERIFIED_TO_SELF_PREMISE_UNVERIFIED: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_SELF_PREMISE_TO_BSP_PREMISE: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_SELF_PREMISE_UNVERIFIED: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_SELF_PREMISE_VERIFIED: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_TO_BSP_FB: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_TO_CONSUMER: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_TO_SELF_FB: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_UNVERIFIED_TO_BSP_FB_VERIFIED: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_UNVERIFIED_TO_BSP_PREMISE_VERIFIED: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_UNVERIFIED_TO_SELF_FB_VERIFIED: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_UNVERIFIED_TO_VERIFIED: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_VERIFIED_TO_BSP_FB_UNVERIFIED: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_VERIFIED_TO_BSP_PREMISE_UNVERIFIED: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_VERIFIED_TO_SELF_FB_UNVERIFIED: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_VERIFIED_TO_UNVERIFIED: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_BSP_FB_UNVERIFIED_TO_BSP_PREMISE_VERIFIED: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_BSP_FB_UNVERIFIED_TO_SELF_FB_VERIFIED: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_BSP_FB_VERIFIED_TO_BSP_PREMISE_UNVERIFIED: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_BSP_FB_VERIFIED_TO_SELF_FB_UNVERIFIED: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_SELF_FB_UNVERIFIED_TO_BSP_PREMISE_VERIFIED: _ClassVar[WebMessageInfo.StubType]
        BLUE_MSG_SELF_FB_VERIFIED_TO_BSP_PREMISE_UNVERIFIED: _ClassVar[WebMessageInfo.StubType]
        E2E_IDENTITY_UNAVAILABLE: _ClassVar[WebMessageInfo.StubType]
        GROUP_CREATING: _ClassVar[WebMessageInfo.StubType]
        GROUP_CREATE_FAILED: _ClassVar[WebMessageInfo.StubType]
        GROUP_BOUNCED: _ClassVar[WebMessageInfo.StubType]
        BLOCK_CONTACT: _ClassVar[WebMessageInfo.StubType]
        EPHEMERAL_SETTING_NOT_APPLIED: _ClassVar[WebMessageInfo.StubType]
        SYNC_FAILED: _ClassVar[WebMessageInfo.StubType]
        SYNCING: _ClassVar[WebMessageInfo.StubType]
        BIZ_PRIVACY_MODE_INIT_FB: _ClassVar[WebMessageInfo.StubType]
        BIZ_PRIVACY_MODE_INIT_BSP: _ClassVar[WebMessageInfo.StubType]
        BIZ_PRIVACY_MODE_TO_FB: _ClassVar[WebMessageInfo.StubType]
        BIZ_PRIVACY_MODE_TO_BSP: _ClassVar[WebMessageInfo.StubType]
        DISAPPEARING_MODE: _ClassVar[WebMessageInfo.StubType]
        E2E_DEVICE_FETCH_FAILED: _ClassVar[WebMessageInfo.StubType]
        ADMIN_REVOKE: _ClassVar[WebMessageInfo.StubType]
        GROUP_INVITE_LINK_GROWTH_LOCKED: _ClassVar[WebMessageInfo.StubType]
        COMMUNITY_LINK_PARENT_GROUP: _ClassVar[WebMessageInfo.StubType]
        COMMUNITY_LINK_SIBLING_GROUP: _ClassVar[WebMessageInfo.StubType]
        COMMUNITY_LINK_SUB_GROUP: _ClassVar[WebMessageInfo.StubType]
        COMMUNITY_UNLINK_PARENT_GROUP: _ClassVar[WebMessageInfo.StubType]
        COMMUNITY_UNLINK_SIBLING_GROUP: _ClassVar[WebMessageInfo.StubType]
        COMMUNITY_UNLINK_SUB_GROUP: _ClassVar[WebMessageInfo.StubType]
        GROUP_PARTICIPANT_ACCEPT: _ClassVar[WebMessageInfo.StubType]
        GROUP_PARTICIPANT_LINKED_GROUP_JOIN: _ClassVar[WebMessageInfo.StubType]
        COMMUNITY_CREATE: _ClassVar[WebMessageInfo.StubType]
        EPHEMERAL_KEEP_IN_CHAT: _ClassVar[WebMessageInfo.StubType]
        GROUP_MEMBERSHIP_JOIN_APPROVAL_REQUEST: _ClassVar[WebMessageInfo.StubType]
        GROUP_MEMBERSHIP_JOIN_APPROVAL_MODE: _ClassVar[WebMessageInfo.StubType]
        INTEGRITY_UNLINK_PARENT_GROUP: _ClassVar[WebMessageInfo.StubType]
        COMMUNITY_PARTICIPANT_PROMOTE: _ClassVar[WebMessageInfo.StubType]
        COMMUNITY_PARTICIPANT_DEMOTE: _ClassVar[WebMessageInfo.StubType]
        COMMUNITY_PARENT_GROUP_DELETED: _ClassVar[WebMessageInfo.StubType]
        COMMUNITY_LINK_PARENT_GROUP_MEMBERSHIP_APPROVAL: _ClassVar[WebMessageInfo.StubType]
        GROUP_PARTICIPANT_JOINED_GROUP_AND_PARENT_GROUP: _ClassVar[WebMessageInfo.StubType]
        MASKED_THREAD_CREATED: _ClassVar[WebMessageInfo.StubType]
        MASKED_THREAD_UNMASKED: _ClassVar[WebMessageInfo.StubType]
        BIZ_CHAT_ASSIGNMENT: _ClassVar[WebMessageInfo.StubType]
        CHAT_PSA: _ClassVar[WebMessageInfo.StubType]
        CHAT_POLL_CREATION_MESSAGE: _ClassVar[WebMessageInfo.StubType]
        CAG_MASKED_THREAD_CREATED: _ClassVar[WebMessageInfo.StubType]
        COMMUNITY_PARENT_GROUP_SUBJECT_CHANGED: _ClassVar[WebMessageInfo.StubType]
        CAG_INVITE_AUTO_ADD: _ClassVar[WebMessageInfo.StubType]
        BIZ_CHAT_ASSIGNMENT_UNASSIGN: _ClassVar[WebMessageInfo.StubType]
        CAG_INVITE_AUTO_JOINED: _ClassVar[WebMessageInfo.StubType]
        SCHEDULED_CALL_START_MESSAGE: _ClassVar[WebMessageInfo.StubType]
        COMMUNITY_INVITE_RICH: _ClassVar[WebMessageInfo.StubType]
        COMMUNITY_INVITE_AUTO_ADD_RICH: _ClassVar[WebMessageInfo.StubType]
        SUB_GROUP_INVITE_RICH: _ClassVar[WebMessageInfo.StubType]
        SUB_GROUP_PARTICIPANT_ADD_RICH: _ClassVar[WebMessageInfo.StubType]
        COMMUNITY_LINK_PARENT_GROUP_RICH: _ClassVar[WebMessageInfo.StubType]
        COMMUNITY_PARTICIPANT_ADD_RICH: _ClassVar[WebMessageInfo.StubType]
        SILENCED_UNKNOWN_CALLER_AUDIO: _ClassVar[WebMessageInfo.StubType]
        SILENCED_UNKNOWN_CALLER_VIDEO: _ClassVar[WebMessageInfo.StubType]
        GROUP_MEMBER_ADD_MODE: _ClassVar[WebMessageInfo.StubType]
        GROUP_MEMBERSHIP_JOIN_APPROVAL_REQUEST_NON_ADMIN_ADD: _ClassVar[WebMessageInfo.StubType]
        COMMUNITY_CHANGE_DESCRIPTION: _ClassVar[WebMessageInfo.StubType]
        SENDER_INVITE: _ClassVar[WebMessageInfo.StubType]
        RECEIVER_INVITE: _ClassVar[WebMessageInfo.StubType]
        COMMUNITY_ALLOW_MEMBER_ADDED_GROUPS: _ClassVar[WebMessageInfo.StubType]
        PINNED_MESSAGE_IN_CHAT: _ClassVar[WebMessageInfo.StubType]
        PAYMENT_INVITE_SETUP_INVITER: _ClassVar[WebMessageInfo.StubType]
        PAYMENT_INVITE_SETUP_INVITEE_RECEIVE_ONLY: _ClassVar[WebMessageInfo.StubType]
        PAYMENT_INVITE_SETUP_INVITEE_SEND_AND_RECEIVE: _ClassVar[WebMessageInfo.StubType]
        LINKED_GROUP_CALL_START: _ClassVar[WebMessageInfo.StubType]
        REPORT_TO_ADMIN_ENABLED_STATUS: _ClassVar[WebMessageInfo.StubType]
        EMPTY_SUBGROUP_CREATE: _ClassVar[WebMessageInfo.StubType]
        SCHEDULED_CALL_CANCEL: _ClassVar[WebMessageInfo.StubType]
        SUBGROUP_ADMIN_TRIGGERED_AUTO_ADD_RICH: _ClassVar[WebMessageInfo.StubType]
        GROUP_CHANGE_RECENT_HISTORY_SHARING: _ClassVar[WebMessageInfo.StubType]
        PAID_MESSAGE_SERVER_CAMPAIGN_ID: _ClassVar[WebMessageInfo.StubType]
        GENERAL_CHAT_CREATE: _ClassVar[WebMessageInfo.StubType]
        GENERAL_CHAT_ADD: _ClassVar[WebMessageInfo.StubType]
        GENERAL_CHAT_AUTO_ADD_DISABLED: _ClassVar[WebMessageInfo.StubType]
        SUGGESTED_SUBGROUP_ANNOUNCE: _ClassVar[WebMessageInfo.StubType]
        BIZ_BOT_1P_MESSAGING_ENABLED: _ClassVar[WebMessageInfo.StubType]
        CHANGE_USERNAME: _ClassVar[WebMessageInfo.StubType]
        BIZ_COEX_PRIVACY_INIT_SELF: _ClassVar[WebMessageInfo.StubType]
        BIZ_COEX_PRIVACY_TRANSITION_SELF: _ClassVar[WebMessageInfo.StubType]
        SUPPORT_AI_EDUCATION: _ClassVar[WebMessageInfo.StubType]
        BIZ_BOT_3P_MESSAGING_ENABLED: _ClassVar[WebMessageInfo.StubType]
        REMINDER_SETUP_MESSAGE: _ClassVar[WebMessageInfo.StubType]
        REMINDER_SENT_MESSAGE: _ClassVar[WebMessageInfo.StubType]
        REMINDER_CANCEL_MESSAGE: _ClassVar[WebMessageInfo.StubType]
        BIZ_COEX_PRIVACY_INIT: _ClassVar[WebMessageInfo.StubType]
        BIZ_COEX_PRIVACY_TRANSITION: _ClassVar[WebMessageInfo.StubType]
        GROUP_DEACTIVATED: _ClassVar[WebMessageInfo.StubType]
        COMMUNITY_DEACTIVATE_SIBLING_GROUP: _ClassVar[WebMessageInfo.StubType]
        EVENT_UPDATED: _ClassVar[WebMessageInfo.StubType]
        EVENT_CANCELED: _ClassVar[WebMessageInfo.StubType]
        COMMUNITY_OWNER_UPDATED: _ClassVar[WebMessageInfo.StubType]
        COMMUNITY_SUB_GROUP_VISIBILITY_HIDDEN: _ClassVar[WebMessageInfo.StubType]
        CAPI_GROUP_NE2EE_SYSTEM_MESSAGE: _ClassVar[WebMessageInfo.StubType]
        STATUS_MENTION: _ClassVar[WebMessageInfo.StubType]
        USER_CONTROLS_SYSTEM_MESSAGE: _ClassVar[WebMessageInfo.StubType]
        SUPPORT_SYSTEM_MESSAGE: _ClassVar[WebMessageInfo.StubType]
        CHANGE_LID: _ClassVar[WebMessageInfo.StubType]
        BIZ_CUSTOMER_3PD_DATA_SHARING_OPT_IN_MESSAGE: _ClassVar[WebMessageInfo.StubType]
        BIZ_CUSTOMER_3PD_DATA_SHARING_OPT_OUT_MESSAGE: _ClassVar[WebMessageInfo.StubType]
        CHANGE_LIMIT_SHARING: _ClassVar[WebMessageInfo.StubType]
        GROUP_MEMBER_LINK_MODE: _ClassVar[WebMessageInfo.StubType]
        BIZ_AUTOMATICALLY_LABELED_CHAT_SYSTEM_MESSAGE: _ClassVar[WebMessageInfo.StubType]
        PHONE_NUMBER_HIDING_CHAT_DEPRECATED_MESSAGE: _ClassVar[WebMessageInfo.StubType]
        QUARANTINED_MESSAGE: _ClassVar[WebMessageInfo.StubType]
        GROUP_MEMBER_SHARE_GROUP_HISTORY_MODE: _ClassVar[WebMessageInfo.StubType]
        GROUP_OPEN_BOT_ADDED: _ClassVar[WebMessageInfo.StubType]
        GROUP_TEE_BOT_ADDED: _ClassVar[WebMessageInfo.StubType]
        CONTACT_INFO: _ClassVar[WebMessageInfo.StubType]
        SCHEDULED_MESSAGE_CREATED: _ClassVar[WebMessageInfo.StubType]
        IDENTITY_TRUST_MARKED: _ClassVar[WebMessageInfo.StubType]
        IDENTITY_TRUST_UNMARKED: _ClassVar[WebMessageInfo.StubType]
        IDENTITY_TRUST_REVOKED: _ClassVar[WebMessageInfo.StubType]
        CTWA_CONSUMER_DISCLOSURE: _ClassVar[WebMessageInfo.StubType]
    UNKNOWN: WebMessageInfo.StubType
    REVOKE: WebMessageInfo.StubType
    CIPHERTEXT: WebMessageInfo.StubType
    FUTUREPROOF: WebMessageInfo.StubType
    NON_VERIFIED_TRANSITION: WebMessageInfo.StubType
    UNVERIFIED_TRANSITION: WebMessageInfo.StubType
    VERIFIED_TRANSITION: WebMessageInfo.StubType
    VERIFIED_LOW_UNKNOWN: WebMessageInfo.StubType
    VERIFIED_HIGH: WebMessageInfo.StubType
    VERIFIED_INITIAL_UNKNOWN: WebMessageInfo.StubType
    VERIFIED_INITIAL_LOW: WebMessageInfo.StubType
    VERIFIED_INITIAL_HIGH: WebMessageInfo.StubType
    VERIFIED_TRANSITION_ANY_TO_NONE: WebMessageInfo.StubType
    VERIFIED_TRANSITION_ANY_TO_HIGH: WebMessageInfo.StubType
    VERIFIED_TRANSITION_HIGH_TO_LOW: WebMessageInfo.StubType
    VERIFIED_TRANSITION_HIGH_TO_UNKNOWN: WebMessageInfo.StubType
    VERIFIED_TRANSITION_UNKNOWN_TO_LOW: WebMessageInfo.StubType
    VERIFIED_TRANSITION_LOW_TO_UNKNOWN: WebMessageInfo.StubType
    VERIFIED_TRANSITION_NONE_TO_LOW: WebMessageInfo.StubType
    VERIFIED_TRANSITION_NONE_TO_UNKNOWN: WebMessageInfo.StubType
    GROUP_CREATE: WebMessageInfo.StubType
    GROUP_CHANGE_SUBJECT: WebMessageInfo.StubType
    GROUP_CHANGE_ICON: WebMessageInfo.StubType
    GROUP_CHANGE_INVITE_LINK: WebMessageInfo.StubType
    GROUP_CHANGE_DESCRIPTION: WebMessageInfo.StubType
    GROUP_CHANGE_RESTRICT: WebMessageInfo.StubType
    GROUP_CHANGE_ANNOUNCE: WebMessageInfo.StubType
    GROUP_PARTICIPANT_ADD: WebMessageInfo.StubType
    GROUP_PARTICIPANT_REMOVE: WebMessageInfo.StubType
    GROUP_PARTICIPANT_PROMOTE: WebMessageInfo.StubType
    GROUP_PARTICIPANT_DEMOTE: WebMessageInfo.StubType
    GROUP_PARTICIPANT_INVITE: WebMessageInfo.StubType
    GROUP_PARTICIPANT_LEAVE: WebMessageInfo.StubType
    GROUP_PARTICIPANT_CHANGE_NUMBER: WebMessageInfo.StubType
    BROADCAST_CREATE: WebMessageInfo.StubType
    BROADCAST_ADD: WebMessageInfo.StubType
    BROADCAST_REMOVE: WebMessageInfo.StubType
    GENERIC_NOTIFICATION: WebMessageInfo.StubType
    E2E_IDENTITY_CHANGED: WebMessageInfo.StubType
    E2E_ENCRYPTED: WebMessageInfo.StubType
    CALL_MISSED_VOICE: WebMessageInfo.StubType
    CALL_MISSED_VIDEO: WebMessageInfo.StubType
    INDIVIDUAL_CHANGE_NUMBER: WebMessageInfo.StubType
    GROUP_DELETE: WebMessageInfo.StubType
    GROUP_ANNOUNCE_MODE_MESSAGE_BOUNCE: WebMessageInfo.StubType
    CALL_MISSED_GROUP_VOICE: WebMessageInfo.StubType
    CALL_MISSED_GROUP_VIDEO: WebMessageInfo.StubType
    PAYMENT_CIPHERTEXT: WebMessageInfo.StubType
    PAYMENT_FUTUREPROOF: WebMessageInfo.StubType
    PAYMENT_TRANSACTION_STATUS_UPDATE_FAILED: WebMessageInfo.StubType
    PAYMENT_TRANSACTION_STATUS_UPDATE_REFUNDED: WebMessageInfo.StubType
    PAYMENT_TRANSACTION_STATUS_UPDATE_REFUND_FAILED: WebMessageInfo.StubType
    PAYMENT_TRANSACTION_STATUS_RECEIVER_PENDING_SETUP: WebMessageInfo.StubType
    PAYMENT_TRANSACTION_STATUS_RECEIVER_SUCCESS_AFTER_HICCUP: WebMessageInfo.StubType
    PAYMENT_ACTION_ACCOUNT_SETUP_REMINDER: WebMessageInfo.StubType
    PAYMENT_ACTION_SEND_PAYMENT_REMINDER: WebMessageInfo.StubType
    PAYMENT_ACTION_SEND_PAYMENT_INVITATION: WebMessageInfo.StubType
    PAYMENT_ACTION_REQUEST_DECLINED: WebMessageInfo.StubType
    PAYMENT_ACTION_REQUEST_EXPIRED: WebMessageInfo.StubType
    PAYMENT_ACTION_REQUEST_CANCELLED: WebMessageInfo.StubType
    BIZ_VERIFIED_TRANSITION_TOP_TO_BOTTOM: WebMessageInfo.StubType
    BIZ_VERIFIED_TRANSITION_BOTTOM_TO_TOP: WebMessageInfo.StubType
    BIZ_INTRO_TOP: WebMessageInfo.StubType
    BIZ_INTRO_BOTTOM: WebMessageInfo.StubType
    BIZ_NAME_CHANGE: WebMessageInfo.StubType
    BIZ_MOVE_TO_CONSUMER_APP: WebMessageInfo.StubType
    BIZ_TWO_TIER_MIGRATION_TOP: WebMessageInfo.StubType
    BIZ_TWO_TIER_MIGRATION_BOTTOM: WebMessageInfo.StubType
    OVERSIZED: WebMessageInfo.StubType
    GROUP_CHANGE_NO_FREQUENTLY_FORWARDED: WebMessageInfo.StubType
    GROUP_V4_ADD_INVITE_SENT: WebMessageInfo.StubType
    GROUP_PARTICIPANT_ADD_REQUEST_JOIN: WebMessageInfo.StubType
    CHANGE_EPHEMERAL_SETTING: WebMessageInfo.StubType
    E2E_DEVICE_CHANGED: WebMessageInfo.StubType
    VIEWED_ONCE: WebMessageInfo.StubType
    E2E_ENCRYPTED_NOW: WebMessageInfo.StubType
    BLUE_MSG_BSP_FB_TO_BSP_PREMISE: WebMessageInfo.StubType
    BLUE_MSG_BSP_FB_TO_SELF_FB: WebMessageInfo.StubType
    BLUE_MSG_BSP_FB_TO_SELF_PREMISE: WebMessageInfo.StubType
    BLUE_MSG_BSP_FB_UNVERIFIED: WebMessageInfo.StubType
    BLUE_MSG_BSP_FB_UNVERIFIED_TO_SELF_PREMISE_VERIFIED: WebMessageInfo.StubType
    BLUE_MSG_BSP_FB_VERIFIED: WebMessageInfo.StubType
    BLUE_MSG_BSP_FB_VERIFIED_TO_SELF_PREMISE_UNVERIFIED: WebMessageInfo.StubType
    BLUE_MSG_BSP_PREMISE_TO_SELF_PREMISE: WebMessageInfo.StubType
    BLUE_MSG_BSP_PREMISE_UNVERIFIED: WebMessageInfo.StubType
    BLUE_MSG_BSP_PREMISE_UNVERIFIED_TO_SELF_PREMISE_VERIFIED: WebMessageInfo.StubType
    BLUE_MSG_BSP_PREMISE_VERIFIED: WebMessageInfo.StubType
    BLUE_MSG_BSP_PREMISE_VERIFIED_TO_SELF_PREMISE_UNVERIFIED: WebMessageInfo.StubType
    BLUE_MSG_CONSUMER_TO_BSP_FB_UNVERIFIED: WebMessageInfo.StubType
    BLUE_MSG_CONSUMER_TO_BSP_PREMISE_UNVERIFIED: WebMessageInfo.StubType
    BLUE_MSG_CONSUMER_TO_SELF_FB_UNVERIFIED: WebMessageInfo.StubType
    BLUE_MSG_CONSUMER_TO_SELF_PREMISE_UNVERIFIED: WebMessageInfo.StubType
    BLUE_MSG_SELF_FB_TO_BSP_PREMISE: WebMessageInfo.StubType
    BLUE_MSG_SELF_FB_TO_SELF_PREMISE: WebMessageInfo.StubType
    BLUE_MSG_SELF_FB_UNVERIFIED: WebMessageInfo.StubType
    BLUE_MSG_SELF_FB_UNVERIFIED_TO_SELF_PREMISE_VERIFIED: WebMessageInfo.StubType
    BLUE_MSG_SELF_FB_VERIFIED: WebMessageInfo.StubType
    BLUE_MSG_SELF_FB_VERIFIED_TO_SELF_PREMISE_UNVERIFIED: WebMessageInfo.StubType
    BLUE_MSG_SELF_PREMISE_TO_BSP_PREMISE: WebMessageInfo.StubType
    BLUE_MSG_SELF_PREMISE_UNVERIFIED: WebMessageInfo.StubType
    BLUE_MSG_SELF_PREMISE_VERIFIED: WebMessageInfo.StubType
    BLUE_MSG_TO_BSP_FB: WebMessageInfo.StubType
    BLUE_MSG_TO_CONSUMER: WebMessageInfo.StubType
    BLUE_MSG_TO_SELF_FB: WebMessageInfo.StubType
    BLUE_MSG_UNVERIFIED_TO_BSP_FB_VERIFIED: WebMessageInfo.StubType
    BLUE_MSG_UNVERIFIED_TO_BSP_PREMISE_VERIFIED: WebMessageInfo.StubType
    BLUE_MSG_UNVERIFIED_TO_SELF_FB_VERIFIED: WebMessageInfo.StubType
    BLUE_MSG_UNVERIFIED_TO_VERIFIED: WebMessageInfo.StubType
    BLUE_MSG_VERIFIED_TO_BSP_FB_UNVERIFIED: WebMessageInfo.StubType
    BLUE_MSG_VERIFIED_TO_BSP_PREMISE_UNVERIFIED: WebMessageInfo.StubType
    BLUE_MSG_VERIFIED_TO_SELF_FB_UNVERIFIED: WebMessageInfo.StubType
    BLUE_MSG_VERIFIED_TO_UNVERIFIED: WebMessageInfo.StubType
    BLUE_MSG_BSP_FB_UNVERIFIED_TO_BSP_PREMISE_VERIFIED: WebMessageInfo.StubType
    BLUE_MSG_BSP_FB_UNVERIFIED_TO_SELF_FB_VERIFIED: WebMessageInfo.StubType
    BLUE_MSG_BSP_FB_VERIFIED_TO_BSP_PREMISE_UNVERIFIED: WebMessageInfo.StubType
    BLUE_MSG_BSP_FB_VERIFIED_TO_SELF_FB_UNVERIFIED: WebMessageInfo.StubType
    BLUE_MSG_SELF_FB_UNVERIFIED_TO_BSP_PREMISE_VERIFIED: WebMessageInfo.StubType
    BLUE_MSG_SELF_FB_VERIFIED_TO_BSP_PREMISE_UNVERIFIED: WebMessageInfo.StubType
    E2E_IDENTITY_UNAVAILABLE: WebMessageInfo.StubType
    GROUP_CREATING: WebMessageInfo.StubType
    GROUP_CREATE_FAILED: WebMessageInfo.StubType
    GROUP_BOUNCED: WebMessageInfo.StubType
    BLOCK_CONTACT: WebMessageInfo.StubType
    EPHEMERAL_SETTING_NOT_APPLIED: WebMessageInfo.StubType
    SYNC_FAILED: WebMessageInfo.StubType
    SYNCING: WebMessageInfo.StubType
    BIZ_PRIVACY_MODE_INIT_FB: WebMessageInfo.StubType
    BIZ_PRIVACY_MODE_INIT_BSP: WebMessageInfo.StubType
    BIZ_PRIVACY_MODE_TO_FB: WebMessageInfo.StubType
    BIZ_PRIVACY_MODE_TO_BSP: WebMessageInfo.StubType
    DISAPPEARING_MODE: WebMessageInfo.StubType
    E2E_DEVICE_FETCH_FAILED: WebMessageInfo.StubType
    ADMIN_REVOKE: WebMessageInfo.StubType
    GROUP_INVITE_LINK_GROWTH_LOCKED: WebMessageInfo.StubType
    COMMUNITY_LINK_PARENT_GROUP: WebMessageInfo.StubType
    COMMUNITY_LINK_SIBLING_GROUP: WebMessageInfo.StubType
    COMMUNITY_LINK_SUB_GROUP: WebMessageInfo.StubType
    COMMUNITY_UNLINK_PARENT_GROUP: WebMessageInfo.StubType
    COMMUNITY_UNLINK_SIBLING_GROUP: WebMessageInfo.StubType
    COMMUNITY_UNLINK_SUB_GROUP: WebMessageInfo.StubType
    GROUP_PARTICIPANT_ACCEPT: WebMessageInfo.StubType
    GROUP_PARTICIPANT_LINKED_GROUP_JOIN: WebMessageInfo.StubType
    COMMUNITY_CREATE: WebMessageInfo.StubType
    EPHEMERAL_KEEP_IN_CHAT: WebMessageInfo.StubType
    GROUP_MEMBERSHIP_JOIN_APPROVAL_REQUEST: WebMessageInfo.StubType
    GROUP_MEMBERSHIP_JOIN_APPROVAL_MODE: WebMessageInfo.StubType
    INTEGRITY_UNLINK_PARENT_GROUP: WebMessageInfo.StubType
    COMMUNITY_PARTICIPANT_PROMOTE: WebMessageInfo.StubType
    COMMUNITY_PARTICIPANT_DEMOTE: WebMessageInfo.StubType
    COMMUNITY_PARENT_GROUP_DELETED: WebMessageInfo.StubType
    COMMUNITY_LINK_PARENT_GROUP_MEMBERSHIP_APPROVAL: WebMessageInfo.StubType
    GROUP_PARTICIPANT_JOINED_GROUP_AND_PARENT_GROUP: WebMessageInfo.StubType
    MASKED_THREAD_CREATED: WebMessageInfo.StubType
    MASKED_THREAD_UNMASKED: WebMessageInfo.StubType
    BIZ_CHAT_ASSIGNMENT: WebMessageInfo.StubType
    CHAT_PSA: WebMessageInfo.StubType
    CHAT_POLL_CREATION_MESSAGE: WebMessageInfo.StubType
    CAG_MASKED_THREAD_CREATED: WebMessageInfo.StubType
    COMMUNITY_PARENT_GROUP_SUBJECT_CHANGED: WebMessageInfo.StubType
    CAG_INVITE_AUTO_ADD: WebMessageInfo.StubType
    BIZ_CHAT_ASSIGNMENT_UNASSIGN: WebMessageInfo.StubType
    CAG_INVITE_AUTO_JOINED: WebMessageInfo.StubType
    SCHEDULED_CALL_START_MESSAGE: WebMessageInfo.StubType
    COMMUNITY_INVITE_RICH: WebMessageInfo.StubType
    COMMUNITY_INVITE_AUTO_ADD_RICH: WebMessageInfo.StubType
    SUB_GROUP_INVITE_RICH: WebMessageInfo.StubType
    SUB_GROUP_PARTICIPANT_ADD_RICH: WebMessageInfo.StubType
    COMMUNITY_LINK_PARENT_GROUP_RICH: WebMessageInfo.StubType
    COMMUNITY_PARTICIPANT_ADD_RICH: WebMessageInfo.StubType
    SILENCED_UNKNOWN_CALLER_AUDIO: WebMessageInfo.StubType
    SILENCED_UNKNOWN_CALLER_VIDEO: WebMessageInfo.StubType
    GROUP_MEMBER_ADD_MODE: WebMessageInfo.StubType
    GROUP_MEMBERSHIP_JOIN_APPROVAL_REQUEST_NON_ADMIN_ADD: WebMessageInfo.StubType
    COMMUNITY_CHANGE_DESCRIPTION: WebMessageInfo.StubType
    SENDER_INVITE: WebMessageInfo.StubType
    RECEIVER_INVITE: WebMessageInfo.StubType
    COMMUNITY_ALLOW_MEMBER_ADDED_GROUPS: WebMessageInfo.StubType
    PINNED_MESSAGE_IN_CHAT: WebMessageInfo.StubType
    PAYMENT_INVITE_SETUP_INVITER: WebMessageInfo.StubType
    PAYMENT_INVITE_SETUP_INVITEE_RECEIVE_ONLY: WebMessageInfo.StubType
    PAYMENT_INVITE_SETUP_INVITEE_SEND_AND_RECEIVE: WebMessageInfo.StubType
    LINKED_GROUP_CALL_START: WebMessageInfo.StubType
    REPORT_TO_ADMIN_ENABLED_STATUS: WebMessageInfo.StubType
    EMPTY_SUBGROUP_CREATE: WebMessageInfo.StubType
    SCHEDULED_CALL_CANCEL: WebMessageInfo.StubType
    SUBGROUP_ADMIN_TRIGGERED_AUTO_ADD_RICH: WebMessageInfo.StubType
    GROUP_CHANGE_RECENT_HISTORY_SHARING: WebMessageInfo.StubType
    PAID_MESSAGE_SERVER_CAMPAIGN_ID: WebMessageInfo.StubType
    GENERAL_CHAT_CREATE: WebMessageInfo.StubType
    GENERAL_CHAT_ADD: WebMessageInfo.StubType
    GENERAL_CHAT_AUTO_ADD_DISABLED: WebMessageInfo.StubType
    SUGGESTED_SUBGROUP_ANNOUNCE: WebMessageInfo.StubType
    BIZ_BOT_1P_MESSAGING_ENABLED: WebMessageInfo.StubType
    CHANGE_USERNAME: WebMessageInfo.StubType
    BIZ_COEX_PRIVACY_INIT_SELF: WebMessageInfo.StubType
    BIZ_COEX_PRIVACY_TRANSITION_SELF: WebMessageInfo.StubType
    SUPPORT_AI_EDUCATION: WebMessageInfo.StubType
    BIZ_BOT_3P_MESSAGING_ENABLED: WebMessageInfo.StubType
    REMINDER_SETUP_MESSAGE: WebMessageInfo.StubType
    REMINDER_SENT_MESSAGE: WebMessageInfo.StubType
    REMINDER_CANCEL_MESSAGE: WebMessageInfo.StubType
    BIZ_COEX_PRIVACY_INIT: WebMessageInfo.StubType
    BIZ_COEX_PRIVACY_TRANSITION: WebMessageInfo.StubType
    GROUP_DEACTIVATED: WebMessageInfo.StubType
    COMMUNITY_DEACTIVATE_SIBLING_GROUP: WebMessageInfo.StubType
    EVENT_UPDATED: WebMessageInfo.StubType
    EVENT_CANCELED: WebMessageInfo.StubType
    COMMUNITY_OWNER_UPDATED: WebMessageInfo.StubType
    COMMUNITY_SUB_GROUP_VISIBILITY_HIDDEN: WebMessageInfo.StubType
    CAPI_GROUP_NE2EE_SYSTEM_MESSAGE: WebMessageInfo.StubType
    STATUS_MENTION: WebMessageInfo.StubType
    USER_CONTROLS_SYSTEM_MESSAGE: WebMessageInfo.StubType
    SUPPORT_SYSTEM_MESSAGE: WebMessageInfo.StubType
    CHANGE_LID: WebMessageInfo.StubType
    BIZ_CUSTOMER_3PD_DATA_SHARING_OPT_IN_MESSAGE: WebMessageInfo.StubType
    BIZ_CUSTOMER_3PD_DATA_SHARING_OPT_OUT_MESSAGE: WebMessageInfo.StubType
    CHANGE_LIMIT_SHARING: WebMessageInfo.StubType
    GROUP_MEMBER_LINK_MODE: WebMessageInfo.StubType
    BIZ_AUTOMATICALLY_LABELED_CHAT_SYSTEM_MESSAGE: WebMessageInfo.StubType
    PHONE_NUMBER_HIDING_CHAT_DEPRECATED_MESSAGE: WebMessageInfo.StubType
    QUARANTINED_MESSAGE: WebMessageInfo.StubType
    GROUP_MEMBER_SHARE_GROUP_HISTORY_MODE: WebMessageInfo.StubType
    GROUP_OPEN_BOT_ADDED: WebMessageInfo.StubType
    GROUP_TEE_BOT_ADDED: WebMessageInfo.StubType
    CONTACT_INFO: WebMessageInfo.StubType
    SCHEDULED_MESSAGE_CREATED: WebMessageInfo.StubType
    IDENTITY_TRUST_MARKED: WebMessageInfo.StubType
    IDENTITY_TRUST_UNMARKED: WebMessageInfo.StubType
    IDENTITY_TRUST_REVOKED: WebMessageInfo.StubType
    CTWA_CONSUMER_DISCLOSURE: WebMessageInfo.StubType
    class BizPrivacyStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        E2EE: _ClassVar[WebMessageInfo.BizPrivacyStatus]
        FB: _ClassVar[WebMessageInfo.BizPrivacyStatus]
        BSP: _ClassVar[WebMessageInfo.BizPrivacyStatus]
        BSP_AND_FB: _ClassVar[WebMessageInfo.BizPrivacyStatus]
    E2EE: WebMessageInfo.BizPrivacyStatus
    FB: WebMessageInfo.BizPrivacyStatus
    BSP: WebMessageInfo.BizPrivacyStatus
    BSP_AND_FB: WebMessageInfo.BizPrivacyStatus
    KEY_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    MESSAGETIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANT_FIELD_NUMBER: _ClassVar[int]
    MESSAGEC2STIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    IGNORE_FIELD_NUMBER: _ClassVar[int]
    STARRED_FIELD_NUMBER: _ClassVar[int]
    BROADCAST_FIELD_NUMBER: _ClassVar[int]
    PUSHNAME_FIELD_NUMBER: _ClassVar[int]
    MEDIACIPHERTEXTSHA256_FIELD_NUMBER: _ClassVar[int]
    MULTICAST_FIELD_NUMBER: _ClassVar[int]
    URLTEXT_FIELD_NUMBER: _ClassVar[int]
    URLNUMBER_FIELD_NUMBER: _ClassVar[int]
    MESSAGESTUBTYPE_FIELD_NUMBER: _ClassVar[int]
    CLEARMEDIA_FIELD_NUMBER: _ClassVar[int]
    MESSAGESTUBPARAMETERS_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    LABELS_FIELD_NUMBER: _ClassVar[int]
    PAYMENTINFO_FIELD_NUMBER: _ClassVar[int]
    FINALLIVELOCATION_FIELD_NUMBER: _ClassVar[int]
    QUOTEDPAYMENTINFO_FIELD_NUMBER: _ClassVar[int]
    EPHEMERALSTARTTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    EPHEMERALDURATION_FIELD_NUMBER: _ClassVar[int]
    EPHEMERALOFFTOON_FIELD_NUMBER: _ClassVar[int]
    EPHEMERALOUTOFSYNC_FIELD_NUMBER: _ClassVar[int]
    BIZPRIVACYSTATUS_FIELD_NUMBER: _ClassVar[int]
    VERIFIEDBIZNAME_FIELD_NUMBER: _ClassVar[int]
    MEDIADATA_FIELD_NUMBER: _ClassVar[int]
    PHOTOCHANGE_FIELD_NUMBER: _ClassVar[int]
    USERRECEIPT_FIELD_NUMBER: _ClassVar[int]
    REACTIONS_FIELD_NUMBER: _ClassVar[int]
    QUOTEDSTICKERDATA_FIELD_NUMBER: _ClassVar[int]
    FUTUREPROOFDATA_FIELD_NUMBER: _ClassVar[int]
    STATUSPSA_FIELD_NUMBER: _ClassVar[int]
    POLLUPDATES_FIELD_NUMBER: _ClassVar[int]
    POLLADDITIONALMETADATA_FIELD_NUMBER: _ClassVar[int]
    AGENTID_FIELD_NUMBER: _ClassVar[int]
    STATUSALREADYVIEWED_FIELD_NUMBER: _ClassVar[int]
    MESSAGESECRET_FIELD_NUMBER: _ClassVar[int]
    KEEPINCHAT_FIELD_NUMBER: _ClassVar[int]
    ORIGINALSELFAUTHORUSERJIDSTRING_FIELD_NUMBER: _ClassVar[int]
    REVOKEMESSAGETIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    PININCHAT_FIELD_NUMBER: _ClassVar[int]
    PREMIUMMESSAGEINFO_FIELD_NUMBER: _ClassVar[int]
    IS1PBIZBOTMESSAGE_FIELD_NUMBER: _ClassVar[int]
    ISGROUPHISTORYMESSAGE_FIELD_NUMBER: _ClassVar[int]
    BOTMESSAGEINVOKERJID_FIELD_NUMBER: _ClassVar[int]
    COMMENTMETADATA_FIELD_NUMBER: _ClassVar[int]
    EVENTRESPONSES_FIELD_NUMBER: _ClassVar[int]
    REPORTINGTOKENINFO_FIELD_NUMBER: _ClassVar[int]
    NEWSLETTERSERVERID_FIELD_NUMBER: _ClassVar[int]
    EVENTADDITIONALMETADATA_FIELD_NUMBER: _ClassVar[int]
    ISMENTIONEDINSTATUS_FIELD_NUMBER: _ClassVar[int]
    STATUSMENTIONS_FIELD_NUMBER: _ClassVar[int]
    TARGETMESSAGEID_FIELD_NUMBER: _ClassVar[int]
    MESSAGEADDONS_FIELD_NUMBER: _ClassVar[int]
    STATUSMENTIONMESSAGEINFO_FIELD_NUMBER: _ClassVar[int]
    ISSUPPORTAIMESSAGE_FIELD_NUMBER: _ClassVar[int]
    STATUSMENTIONSOURCES_FIELD_NUMBER: _ClassVar[int]
    SUPPORTAICITATIONS_FIELD_NUMBER: _ClassVar[int]
    BOTTARGETID_FIELD_NUMBER: _ClassVar[int]
    GROUPHISTORYINDIVIDUALMESSAGEINFO_FIELD_NUMBER: _ClassVar[int]
    GROUPHISTORYBUNDLEINFO_FIELD_NUMBER: _ClassVar[int]
    INTERACTIVEMESSAGEADDITIONALMETADATA_FIELD_NUMBER: _ClassVar[int]
    QUARANTINEDMESSAGE_FIELD_NUMBER: _ClassVar[int]
    NONJIDMENTIONS_FIELD_NUMBER: _ClassVar[int]
    HSMTAG_FIELD_NUMBER: _ClassVar[int]
    EPHEMERALEXPIRATIONTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    SCHEDULEDMESSAGEMETADATA_FIELD_NUMBER: _ClassVar[int]
    DECISIONID_FIELD_NUMBER: _ClassVar[int]
    DECISIONSOURCES_FIELD_NUMBER: _ClassVar[int]
    key: MessageKey
    message: Message
    messageTimestamp: int
    status: WebMessageInfo.Status
    participant: str
    messageC2STimestamp: int
    ignore: bool
    starred: bool
    broadcast: bool
    pushName: str
    mediaCiphertextSha256: bytes
    multicast: bool
    urlText: bool
    urlNumber: bool
    messageStubType: WebMessageInfo.StubType
    clearMedia: bool
    messageStubParameters: _containers.RepeatedScalarFieldContainer[str]
    duration: int
    labels: _containers.RepeatedScalarFieldContainer[str]
    paymentInfo: PaymentInfo
    finalLiveLocation: LiveLocationMessage
    quotedPaymentInfo: PaymentInfo
    ephemeralStartTimestamp: int
    ephemeralDuration: int
    ephemeralOffToOn: bool
    ephemeralOutOfSync: bool
    bizPrivacyStatus: WebMessageInfo.BizPrivacyStatus
    verifiedBizName: str
    mediaData: MediaData
    photoChange: PhotoChange
    userReceipt: _containers.RepeatedCompositeFieldContainer[UserReceipt]
    reactions: _containers.RepeatedCompositeFieldContainer[Reaction]
    quotedStickerData: MediaData
    futureproofData: bytes
    statusPsa: StatusPSA
    pollUpdates: _containers.RepeatedCompositeFieldContainer[PollUpdate]
    pollAdditionalMetadata: PollAdditionalMetadata
    agentId: str
    statusAlreadyViewed: bool
    messageSecret: bytes
    keepInChat: KeepInChat
    originalSelfAuthorUserJidString: str
    revokeMessageTimestamp: int
    pinInChat: PinInChat
    premiumMessageInfo: PremiumMessageInfo
    is1PBizBotMessage: bool
    isGroupHistoryMessage: bool
    botMessageInvokerJid: str
    commentMetadata: CommentMetadata
    eventResponses: _containers.RepeatedCompositeFieldContainer[EventResponse]
    reportingTokenInfo: ReportingTokenInfo
    newsletterServerId: int
    eventAdditionalMetadata: EventAdditionalMetadata
    isMentionedInStatus: bool
    statusMentions: _containers.RepeatedScalarFieldContainer[str]
    targetMessageId: MessageKey
    messageAddOns: _containers.RepeatedCompositeFieldContainer[MessageAddOn]
    statusMentionMessageInfo: StatusMentionMessage
    isSupportAiMessage: bool
    statusMentionSources: _containers.RepeatedScalarFieldContainer[str]
    supportAiCitations: _containers.RepeatedCompositeFieldContainer[Citation]
    botTargetId: str
    groupHistoryIndividualMessageInfo: GroupHistoryIndividualMessageInfo
    groupHistoryBundleInfo: GroupHistoryBundleInfo
    interactiveMessageAdditionalMetadata: InteractiveMessageAdditionalMetadata
    quarantinedMessage: QuarantinedMessage
    nonJidMentions: int
    hsmTag: str
    ephemeralExpirationTimestamp: int
    scheduledMessageMetadata: ScheduledMessageMetadata
    decisionId: str
    decisionSources: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, key: _Optional[_Union[MessageKey, _Mapping]] = ..., message: _Optional[_Union[Message, _Mapping]] = ..., messageTimestamp: _Optional[int] = ..., status: _Optional[_Union[WebMessageInfo.Status, str]] = ..., participant: _Optional[str] = ..., messageC2STimestamp: _Optional[int] = ..., ignore: _Optional[bool] = ..., starred: _Optional[bool] = ..., broadcast: _Optional[bool] = ..., pushName: _Optional[str] = ..., mediaCiphertextSha256: _Optional[bytes] = ..., multicast: _Optional[bool] = ..., urlText: _Optional[bool] = ..., urlNumber: _Optional[bool] = ..., messageStubType: _Optional[_Union[WebMessageInfo.StubType, str]] = ..., clearMedia: _Optional[bool] = ..., messageStubParameters: _Optional[_Iterable[str]] = ..., duration: _Optional[int] = ..., labels: _Optional[_Iterable[str]] = ..., paymentInfo: _Optional[_Union[PaymentInfo, _Mapping]] = ..., finalLiveLocation: _Optional[_Union[LiveLocationMessage, _Mapping]] = ..., quotedPaymentInfo: _Optional[_Union[PaymentInfo, _Mapping]] = ..., ephemeralStartTimestamp: _Optional[int] = ..., ephemeralDuration: _Optional[int] = ..., ephemeralOffToOn: _Optional[bool] = ..., ephemeralOutOfSync: _Optional[bool] = ..., bizPrivacyStatus: _Optional[_Union[WebMessageInfo.BizPrivacyStatus, str]] = ..., verifiedBizName: _Optional[str] = ..., mediaData: _Optional[_Union[MediaData, _Mapping]] = ..., photoChange: _Optional[_Union[PhotoChange, _Mapping]] = ..., userReceipt: _Optional[_Iterable[_Union[UserReceipt, _Mapping]]] = ..., reactions: _Optional[_Iterable[_Union[Reaction, _Mapping]]] = ..., quotedStickerData: _Optional[_Union[MediaData, _Mapping]] = ..., futureproofData: _Optional[bytes] = ..., statusPsa: _Optional[_Union[StatusPSA, _Mapping]] = ..., pollUpdates: _Optional[_Iterable[_Union[PollUpdate, _Mapping]]] = ..., pollAdditionalMetadata: _Optional[_Union[PollAdditionalMetadata, _Mapping]] = ..., agentId: _Optional[str] = ..., statusAlreadyViewed: _Optional[bool] = ..., messageSecret: _Optional[bytes] = ..., keepInChat: _Optional[_Union[KeepInChat, _Mapping]] = ..., originalSelfAuthorUserJidString: _Optional[str] = ..., revokeMessageTimestamp: _Optional[int] = ..., pinInChat: _Optional[_Union[PinInChat, _Mapping]] = ..., premiumMessageInfo: _Optional[_Union[PremiumMessageInfo, _Mapping]] = ..., is1PBizBotMessage: _Optional[bool] = ..., isGroupHistoryMessage: _Optional[bool] = ..., botMessageInvokerJid: _Optional[str] = ..., commentMetadata: _Optional[_Union[CommentMetadata, _Mapping]] = ..., eventResponses: _Optional[_Iterable[_Union[EventResponse, _Mapping]]] = ..., reportingTokenInfo: _Optional[_Union[ReportingTokenInfo, _Mapping]] = ..., newsletterServerId: _Optional[int] = ..., eventAdditionalMetadata: _Optional[_Union[EventAdditionalMetadata, _Mapping]] = ..., isMentionedInStatus: _Optional[bool] = ..., statusMentions: _Optional[_Iterable[str]] = ..., targetMessageId: _Optional[_Union[MessageKey, _Mapping]] = ..., messageAddOns: _Optional[_Iterable[_Union[MessageAddOn, _Mapping]]] = ..., statusMentionMessageInfo: _Optional[_Union[StatusMentionMessage, _Mapping]] = ..., isSupportAiMessage: _Optional[bool] = ..., statusMentionSources: _Optional[_Iterable[str]] = ..., supportAiCitations: _Optional[_Iterable[_Union[Citation, _Mapping]]] = ..., botTargetId: _Optional[str] = ..., groupHistoryIndividualMessageInfo: _Optional[_Union[GroupHistoryIndividualMessageInfo, _Mapping]] = ..., groupHistoryBundleInfo: _Optional[_Union[GroupHistoryBundleInfo, _Mapping]] = ..., interactiveMessageAdditionalMetadata: _Optional[_Union[InteractiveMessageAdditionalMetadata, _Mapping]] = ..., quarantinedMessage: _Optional[_Union[QuarantinedMessage, _Mapping]] = ..., nonJidMentions: _Optional[int] = ..., hsmTag: _Optional[str] = ..., ephemeralExpirationTimestamp: _Optional[int] = ..., scheduledMessageMetadata: _Optional[_Union[ScheduledMessageMetadata, _Mapping]] = ..., decisionId: _Optional[str] = ..., decisionSources: _Optional[_Iterable[str]] = ...) -> None: ...

class SyncdPatch(_message.Message):
    __slots__ = ("version", "mutations", "externalMutations", "snapshotMac", "patchMac", "keyId", "exitCode", "deviceIndex", "clientDebugData")
    VERSION_FIELD_NUMBER: _ClassVar[int]
    MUTATIONS_FIELD_NUMBER: _ClassVar[int]
    EXTERNALMUTATIONS_FIELD_NUMBER: _ClassVar[int]
    SNAPSHOTMAC_FIELD_NUMBER: _ClassVar[int]
    PATCHMAC_FIELD_NUMBER: _ClassVar[int]
    KEYID_FIELD_NUMBER: _ClassVar[int]
    EXITCODE_FIELD_NUMBER: _ClassVar[int]
    DEVICEINDEX_FIELD_NUMBER: _ClassVar[int]
    CLIENTDEBUGDATA_FIELD_NUMBER: _ClassVar[int]
    version: SyncdVersion
    mutations: _containers.RepeatedCompositeFieldContainer[SyncdMutation]
    externalMutations: ExternalBlobReference
    snapshotMac: bytes
    patchMac: bytes
    keyId: KeyId
    exitCode: ExitCode
    deviceIndex: int
    clientDebugData: bytes
    def __init__(self, version: _Optional[_Union[SyncdVersion, _Mapping]] = ..., mutations: _Optional[_Iterable[_Union[SyncdMutation, _Mapping]]] = ..., externalMutations: _Optional[_Union[ExternalBlobReference, _Mapping]] = ..., snapshotMac: _Optional[bytes] = ..., patchMac: _Optional[bytes] = ..., keyId: _Optional[_Union[KeyId, _Mapping]] = ..., exitCode: _Optional[_Union[ExitCode, _Mapping]] = ..., deviceIndex: _Optional[int] = ..., clientDebugData: _Optional[bytes] = ...) -> None: ...

class SyncdSnapshot(_message.Message):
    __slots__ = ("version", "records", "mac", "keyId")
    VERSION_FIELD_NUMBER: _ClassVar[int]
    RECORDS_FIELD_NUMBER: _ClassVar[int]
    MAC_FIELD_NUMBER: _ClassVar[int]
    KEYID_FIELD_NUMBER: _ClassVar[int]
    version: SyncdVersion
    records: _containers.RepeatedCompositeFieldContainer[SyncdRecord]
    mac: bytes
    keyId: KeyId
    def __init__(self, version: _Optional[_Union[SyncdVersion, _Mapping]] = ..., records: _Optional[_Iterable[_Union[SyncdRecord, _Mapping]]] = ..., mac: _Optional[bytes] = ..., keyId: _Optional[_Union[KeyId, _Mapping]] = ...) -> None: ...

class SyncdMutations(_message.Message):
    __slots__ = ("mutations",)
    MUTATIONS_FIELD_NUMBER: _ClassVar[int]
    mutations: _containers.RepeatedCompositeFieldContainer[SyncdMutation]
    def __init__(self, mutations: _Optional[_Iterable[_Union[SyncdMutation, _Mapping]]] = ...) -> None: ...

class SyncdMutation(_message.Message):
    __slots__ = ("operation", "record")
    class SyncdOperation(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        SET: _ClassVar[SyncdMutation.SyncdOperation]
        REMOVE: _ClassVar[SyncdMutation.SyncdOperation]
    SET: SyncdMutation.SyncdOperation
    REMOVE: SyncdMutation.SyncdOperation
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    RECORD_FIELD_NUMBER: _ClassVar[int]
    operation: SyncdMutation.SyncdOperation
    record: SyncdRecord
    def __init__(self, operation: _Optional[_Union[SyncdMutation.SyncdOperation, str]] = ..., record: _Optional[_Union[SyncdRecord, _Mapping]] = ...) -> None: ...

class SyncdRecord(_message.Message):
    __slots__ = ("index", "value", "keyId")
    INDEX_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    KEYID_FIELD_NUMBER: _ClassVar[int]
    index: SyncdIndex
    value: SyncdValue
    keyId: KeyId
    def __init__(self, index: _Optional[_Union[SyncdIndex, _Mapping]] = ..., value: _Optional[_Union[SyncdValue, _Mapping]] = ..., keyId: _Optional[_Union[KeyId, _Mapping]] = ...) -> None: ...

class SyncdIndex(_message.Message):
    __slots__ = ("blob",)
    BLOB_FIELD_NUMBER: _ClassVar[int]
    blob: bytes
    def __init__(self, blob: _Optional[bytes] = ...) -> None: ...

class SyncdValue(_message.Message):
    __slots__ = ("blob",)
    BLOB_FIELD_NUMBER: _ClassVar[int]
    blob: bytes
    def __init__(self, blob: _Optional[bytes] = ...) -> None: ...

class KeyId(_message.Message):
    __slots__ = ("id",)
    ID_FIELD_NUMBER: _ClassVar[int]
    id: bytes
    def __init__(self, id: _Optional[bytes] = ...) -> None: ...

class SyncdVersion(_message.Message):
    __slots__ = ("version",)
    VERSION_FIELD_NUMBER: _ClassVar[int]
    version: int
    def __init__(self, version: _Optional[int] = ...) -> None: ...

class ExternalBlobReference(_message.Message):
    __slots__ = ("mediaKey", "directPath", "handle", "fileSizeBytes", "fileSha256", "fileEncSha256")
    MEDIAKEY_FIELD_NUMBER: _ClassVar[int]
    DIRECTPATH_FIELD_NUMBER: _ClassVar[int]
    HANDLE_FIELD_NUMBER: _ClassVar[int]
    FILESIZEBYTES_FIELD_NUMBER: _ClassVar[int]
    FILESHA256_FIELD_NUMBER: _ClassVar[int]
    FILEENCSHA256_FIELD_NUMBER: _ClassVar[int]
    mediaKey: bytes
    directPath: str
    handle: str
    fileSizeBytes: int
    fileSha256: bytes
    fileEncSha256: bytes
    def __init__(self, mediaKey: _Optional[bytes] = ..., directPath: _Optional[str] = ..., handle: _Optional[str] = ..., fileSizeBytes: _Optional[int] = ..., fileSha256: _Optional[bytes] = ..., fileEncSha256: _Optional[bytes] = ...) -> None: ...

class ExitCode(_message.Message):
    __slots__ = ("code", "text")
    CODE_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    code: int
    text: str
    def __init__(self, code: _Optional[int] = ..., text: _Optional[str] = ...) -> None: ...

class SyncActionData(_message.Message):
    __slots__ = ("index", "value", "padding", "version")
    INDEX_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    PADDING_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    index: bytes
    value: SyncActionValue
    padding: bytes
    version: int
    def __init__(self, index: _Optional[bytes] = ..., value: _Optional[_Union[SyncActionValue, _Mapping]] = ..., padding: _Optional[bytes] = ..., version: _Optional[int] = ...) -> None: ...

class SyncActionValue(_message.Message):
    __slots__ = ("timestamp", "starAction", "contactAction", "muteAction", "pinAction", "pushNameSetting", "quickReplyAction", "recentEmojiWeightsAction", "labelEditAction", "labelAssociationAction", "localeSetting", "archiveChatAction", "deleteMessageForMeAction", "keyExpiration", "markChatAsReadAction", "clearChatAction", "deleteChatAction", "unarchiveChatsSetting", "primaryFeature", "androidUnsupportedActions", "agentAction", "subscriptionAction", "userStatusMuteAction", "timeFormatAction", "nuxAction", "primaryVersionAction", "stickerAction", "removeRecentStickerAction", "chatAssignment", "chatAssignmentOpenedStatus", "pnForLidChatAction", "marketingMessageAction", "marketingMessageBroadcastAction", "externalWebBetaAction", "privacySettingRelayAllCalls", "callLogAction", "ugcBot", "statusPrivacy", "botWelcomeRequestAction", "deleteIndividualCallLog", "labelReorderingAction", "paymentInfoAction", "customPaymentMethodsAction", "lockChatAction", "chatLockSettings", "wamoUserIdentifierAction", "privacySettingDisableLinkPreviewsAction", "deviceCapabilities", "noteEditAction", "favoritesAction", "merchantPaymentPartnerAction", "waffleAccountLinkStateAction", "usernameChatStartMode", "notificationActivitySettingAction", "lidContactAction", "ctwaPerCustomerDataSharingAction", "paymentTosAction", "privacySettingChannelsPersonalisedRecommendationAction", "businessBroadcastAssociationAction", "detectedOutcomesStatusAction", "maibaAiFeaturesControlAction", "businessBroadcastListAction", "musicUserIdAction", "statusPostOptInNotificationPreferencesAction", "avatarUpdatedAction", "privateProcessingSettingAction", "newsletterSavedInterestsAction", "aiThreadRenameAction", "interactiveMessageAction", "settingsSyncAction", "outContactAction", "nctSaltSyncAction", "businessBroadcastCampaignAction", "businessBroadcastInsightsAction", "customerDataAction", "subscriptionsSyncV2Action", "threadPinAction", "autoOrganizeBusinessChatSetting", "bizAiSettingsNudgeAction", "coexV2VersionAction", "wasaRootSecretAction", "bubbleLockMessageAction", "labelSublistAction", "deviceCapabilitiesV2", "ctwaMessageReceivedAction")
    class BusinessBroadcastCampaignStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        DRAFT: _ClassVar[SyncActionValue.BusinessBroadcastCampaignStatus]
        SCHEDULED: _ClassVar[SyncActionValue.BusinessBroadcastCampaignStatus]
        PROCESSING: _ClassVar[SyncActionValue.BusinessBroadcastCampaignStatus]
        FAILED: _ClassVar[SyncActionValue.BusinessBroadcastCampaignStatus]
        SENT: _ClassVar[SyncActionValue.BusinessBroadcastCampaignStatus]
    DRAFT: SyncActionValue.BusinessBroadcastCampaignStatus
    SCHEDULED: SyncActionValue.BusinessBroadcastCampaignStatus
    PROCESSING: SyncActionValue.BusinessBroadcastCampaignStatus
    FAILED: SyncActionValue.BusinessBroadcastCampaignStatus
    SENT: SyncActionValue.BusinessBroadcastCampaignStatus
    class QuickReplyAction(_message.Message):
        __slots__ = ("shortcut", "message", "keywords", "count", "deleted", "associatedLabelIds")
        SHORTCUT_FIELD_NUMBER: _ClassVar[int]
        MESSAGE_FIELD_NUMBER: _ClassVar[int]
        KEYWORDS_FIELD_NUMBER: _ClassVar[int]
        COUNT_FIELD_NUMBER: _ClassVar[int]
        DELETED_FIELD_NUMBER: _ClassVar[int]
        ASSOCIATEDLABELIDS_FIELD_NUMBER: _ClassVar[int]
        shortcut: str
        message: str
        keywords: _containers.RepeatedScalarFieldContainer[str]
        count: int
        deleted: bool
        associatedLabelIds: _containers.RepeatedScalarFieldContainer[str]
        def __init__(self, shortcut: _Optional[str] = ..., message: _Optional[str] = ..., keywords: _Optional[_Iterable[str]] = ..., count: _Optional[int] = ..., deleted: _Optional[bool] = ..., associatedLabelIds: _Optional[_Iterable[str]] = ...) -> None: ...
    class RecentEmojiWeightsAction(_message.Message):
        __slots__ = ("weights",)
        WEIGHTS_FIELD_NUMBER: _ClassVar[int]
        weights: _containers.RepeatedCompositeFieldContainer[RecentEmojiWeight]
        def __init__(self, weights: _Optional[_Iterable[_Union[RecentEmojiWeight, _Mapping]]] = ...) -> None: ...
    class PrimaryFeature(_message.Message):
        __slots__ = ("flags",)
        FLAGS_FIELD_NUMBER: _ClassVar[int]
        flags: _containers.RepeatedScalarFieldContainer[str]
        def __init__(self, flags: _Optional[_Iterable[str]] = ...) -> None: ...
    class AndroidUnsupportedActions(_message.Message):
        __slots__ = ("allowed",)
        ALLOWED_FIELD_NUMBER: _ClassVar[int]
        allowed: bool
        def __init__(self, allowed: _Optional[bool] = ...) -> None: ...
    class AgentAction(_message.Message):
        __slots__ = ("name", "deviceId", "isDeleted")
        NAME_FIELD_NUMBER: _ClassVar[int]
        DEVICEID_FIELD_NUMBER: _ClassVar[int]
        ISDELETED_FIELD_NUMBER: _ClassVar[int]
        name: str
        deviceId: int
        isDeleted: bool
        def __init__(self, name: _Optional[str] = ..., deviceId: _Optional[int] = ..., isDeleted: _Optional[bool] = ...) -> None: ...
    class SubscriptionAction(_message.Message):
        __slots__ = ("isDeactivated", "isAutoRenewing", "expirationDate")
        ISDEACTIVATED_FIELD_NUMBER: _ClassVar[int]
        ISAUTORENEWING_FIELD_NUMBER: _ClassVar[int]
        EXPIRATIONDATE_FIELD_NUMBER: _ClassVar[int]
        isDeactivated: bool
        isAutoRenewing: bool
        expirationDate: int
        def __init__(self, isDeactivated: _Optional[bool] = ..., isAutoRenewing: _Optional[bool] = ..., expirationDate: _Optional[int] = ...) -> None: ...
    class TimeFormatAction(_message.Message):
        __slots__ = ("isTwentyFourHourFormatEnabled",)
        ISTWENTYFOURHOURFORMATENABLED_FIELD_NUMBER: _ClassVar[int]
        isTwentyFourHourFormatEnabled: bool
        def __init__(self, isTwentyFourHourFormatEnabled: _Optional[bool] = ...) -> None: ...
    class NuxAction(_message.Message):
        __slots__ = ("acknowledged",)
        ACKNOWLEDGED_FIELD_NUMBER: _ClassVar[int]
        acknowledged: bool
        def __init__(self, acknowledged: _Optional[bool] = ...) -> None: ...
    class PrimaryVersionAction(_message.Message):
        __slots__ = ("version",)
        VERSION_FIELD_NUMBER: _ClassVar[int]
        version: str
        def __init__(self, version: _Optional[str] = ...) -> None: ...
    class StickerAction(_message.Message):
        __slots__ = ("url", "fileEncSha256", "mediaKey", "mimetype", "height", "width", "directPath", "fileLength", "isFavorite", "deviceIdHint", "isLottie", "imageHash", "isAvatarSticker")
        URL_FIELD_NUMBER: _ClassVar[int]
        FILEENCSHA256_FIELD_NUMBER: _ClassVar[int]
        MEDIAKEY_FIELD_NUMBER: _ClassVar[int]
        MIMETYPE_FIELD_NUMBER: _ClassVar[int]
        HEIGHT_FIELD_NUMBER: _ClassVar[int]
        WIDTH_FIELD_NUMBER: _ClassVar[int]
        DIRECTPATH_FIELD_NUMBER: _ClassVar[int]
        FILELENGTH_FIELD_NUMBER: _ClassVar[int]
        ISFAVORITE_FIELD_NUMBER: _ClassVar[int]
        DEVICEIDHINT_FIELD_NUMBER: _ClassVar[int]
        ISLOTTIE_FIELD_NUMBER: _ClassVar[int]
        IMAGEHASH_FIELD_NUMBER: _ClassVar[int]
        ISAVATARSTICKER_FIELD_NUMBER: _ClassVar[int]
        url: str
        fileEncSha256: bytes
        mediaKey: bytes
        mimetype: str
        height: int
        width: int
        directPath: str
        fileLength: int
        isFavorite: bool
        deviceIdHint: int
        isLottie: bool
        imageHash: str
        isAvatarSticker: bool
        def __init__(self, url: _Optional[str] = ..., fileEncSha256: _Optional[bytes] = ..., mediaKey: _Optional[bytes] = ..., mimetype: _Optional[str] = ..., height: _Optional[int] = ..., width: _Optional[int] = ..., directPath: _Optional[str] = ..., fileLength: _Optional[int] = ..., isFavorite: _Optional[bool] = ..., deviceIdHint: _Optional[int] = ..., isLottie: _Optional[bool] = ..., imageHash: _Optional[str] = ..., isAvatarSticker: _Optional[bool] = ...) -> None: ...
    class RemoveRecentStickerAction(_message.Message):
        __slots__ = ("lastStickerSentTs",)
        LASTSTICKERSENTTS_FIELD_NUMBER: _ClassVar[int]
        lastStickerSentTs: int
        def __init__(self, lastStickerSentTs: _Optional[int] = ...) -> None: ...
    class ChatAssignmentAction(_message.Message):
        __slots__ = ("deviceAgentId",)
        DEVICEAGENTID_FIELD_NUMBER: _ClassVar[int]
        deviceAgentId: str
        def __init__(self, deviceAgentId: _Optional[str] = ...) -> None: ...
    class ChatAssignmentOpenedStatusAction(_message.Message):
        __slots__ = ("chatOpened",)
        CHATOPENED_FIELD_NUMBER: _ClassVar[int]
        chatOpened: bool
        def __init__(self, chatOpened: _Optional[bool] = ...) -> None: ...
    class PnForLidChatAction(_message.Message):
        __slots__ = ("pnJid",)
        PNJID_FIELD_NUMBER: _ClassVar[int]
        pnJid: str
        def __init__(self, pnJid: _Optional[str] = ...) -> None: ...
    class MarketingMessageAction(_message.Message):
        __slots__ = ("name", "message", "type", "createdAt", "lastSentAt", "isDeleted", "mediaId")
        class MarketingMessagePrototypeType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            PERSONALIZED: _ClassVar[SyncActionValue.MarketingMessageAction.MarketingMessagePrototypeType]
        PERSONALIZED: SyncActionValue.MarketingMessageAction.MarketingMessagePrototypeType
        NAME_FIELD_NUMBER: _ClassVar[int]
        MESSAGE_FIELD_NUMBER: _ClassVar[int]
        TYPE_FIELD_NUMBER: _ClassVar[int]
        CREATEDAT_FIELD_NUMBER: _ClassVar[int]
        LASTSENTAT_FIELD_NUMBER: _ClassVar[int]
        ISDELETED_FIELD_NUMBER: _ClassVar[int]
        MEDIAID_FIELD_NUMBER: _ClassVar[int]
        name: str
        message: str
        type: SyncActionValue.MarketingMessageAction.MarketingMessagePrototypeType
        createdAt: int
        lastSentAt: int
        isDeleted: bool
        mediaId: str
        def __init__(self, name: _Optional[str] = ..., message: _Optional[str] = ..., type: _Optional[_Union[SyncActionValue.MarketingMessageAction.MarketingMessagePrototypeType, str]] = ..., createdAt: _Optional[int] = ..., lastSentAt: _Optional[int] = ..., isDeleted: _Optional[bool] = ..., mediaId: _Optional[str] = ...) -> None: ...
    class MarketingMessageBroadcastAction(_message.Message):
        __slots__ = ("repliedCount",)
        REPLIEDCOUNT_FIELD_NUMBER: _ClassVar[int]
        repliedCount: int
        def __init__(self, repliedCount: _Optional[int] = ...) -> None: ...
    class ExternalWebBetaAction(_message.Message):
        __slots__ = ("isOptIn",)
        ISOPTIN_FIELD_NUMBER: _ClassVar[int]
        isOptIn: bool
        def __init__(self, isOptIn: _Optional[bool] = ...) -> None: ...
    class PrivacySettingRelayAllCalls(_message.Message):
        __slots__ = ("isEnabled",)
        ISENABLED_FIELD_NUMBER: _ClassVar[int]
        isEnabled: bool
        def __init__(self, isEnabled: _Optional[bool] = ...) -> None: ...
    class CallLogAction(_message.Message):
        __slots__ = ("callLogRecord",)
        CALLLOGRECORD_FIELD_NUMBER: _ClassVar[int]
        callLogRecord: CallLogRecord
        def __init__(self, callLogRecord: _Optional[_Union[CallLogRecord, _Mapping]] = ...) -> None: ...
    class UGCBot(_message.Message):
        __slots__ = ("definition",)
        DEFINITION_FIELD_NUMBER: _ClassVar[int]
        definition: bytes
        def __init__(self, definition: _Optional[bytes] = ...) -> None: ...
    class StatusPrivacyAction(_message.Message):
        __slots__ = ("mode", "userJid", "shareToFb", "shareToIg", "customLists", "modes")
        class StatusDistributionMode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            ALLOW_LIST: _ClassVar[SyncActionValue.StatusPrivacyAction.StatusDistributionMode]
            DENY_LIST: _ClassVar[SyncActionValue.StatusPrivacyAction.StatusDistributionMode]
            CONTACTS: _ClassVar[SyncActionValue.StatusPrivacyAction.StatusDistributionMode]
            CLOSE_FRIENDS: _ClassVar[SyncActionValue.StatusPrivacyAction.StatusDistributionMode]
            CUSTOM_LIST: _ClassVar[SyncActionValue.StatusPrivacyAction.StatusDistributionMode]
        ALLOW_LIST: SyncActionValue.StatusPrivacyAction.StatusDistributionMode
        DENY_LIST: SyncActionValue.StatusPrivacyAction.StatusDistributionMode
        CONTACTS: SyncActionValue.StatusPrivacyAction.StatusDistributionMode
        CLOSE_FRIENDS: SyncActionValue.StatusPrivacyAction.StatusDistributionMode
        CUSTOM_LIST: SyncActionValue.StatusPrivacyAction.StatusDistributionMode
        class CustomList(_message.Message):
            __slots__ = ("listId", "name", "emoji", "isSelected", "userJid")
            LISTID_FIELD_NUMBER: _ClassVar[int]
            NAME_FIELD_NUMBER: _ClassVar[int]
            EMOJI_FIELD_NUMBER: _ClassVar[int]
            ISSELECTED_FIELD_NUMBER: _ClassVar[int]
            USERJID_FIELD_NUMBER: _ClassVar[int]
            listId: str
            name: str
            emoji: str
            isSelected: bool
            userJid: _containers.RepeatedScalarFieldContainer[str]
            def __init__(self, listId: _Optional[str] = ..., name: _Optional[str] = ..., emoji: _Optional[str] = ..., isSelected: _Optional[bool] = ..., userJid: _Optional[_Iterable[str]] = ...) -> None: ...
        MODE_FIELD_NUMBER: _ClassVar[int]
        USERJID_FIELD_NUMBER: _ClassVar[int]
        SHARETOFB_FIELD_NUMBER: _ClassVar[int]
        SHARETOIG_FIELD_NUMBER: _ClassVar[int]
        CUSTOMLISTS_FIELD_NUMBER: _ClassVar[int]
        MODES_FIELD_NUMBER: _ClassVar[int]
        mode: SyncActionValue.StatusPrivacyAction.StatusDistributionMode
        userJid: _containers.RepeatedScalarFieldContainer[str]
        shareToFb: bool
        shareToIg: bool
        customLists: _containers.RepeatedCompositeFieldContainer[SyncActionValue.StatusPrivacyAction.CustomList]
        modes: _containers.RepeatedScalarFieldContainer[SyncActionValue.StatusPrivacyAction.StatusDistributionMode]
        def __init__(self, mode: _Optional[_Union[SyncActionValue.StatusPrivacyAction.StatusDistributionMode, str]] = ..., userJid: _Optional[_Iterable[str]] = ..., shareToFb: _Optional[bool] = ..., shareToIg: _Optional[bool] = ..., customLists: _Optional[_Iterable[_Union[SyncActionValue.StatusPrivacyAction.CustomList, _Mapping]]] = ..., modes: _Optional[_Iterable[_Union[SyncActionValue.StatusPrivacyAction.StatusDistributionMode, str]]] = ...) -> None: ...
    class BotWelcomeRequestAction(_message.Message):
        __slots__ = ("isSent",)
        ISSENT_FIELD_NUMBER: _ClassVar[int]
        isSent: bool
        def __init__(self, isSent: _Optional[bool] = ...) -> None: ...
    class DeleteIndividualCallLogAction(_message.Message):
        __slots__ = ("peerJid", "isIncoming")
        PEERJID_FIELD_NUMBER: _ClassVar[int]
        ISINCOMING_FIELD_NUMBER: _ClassVar[int]
        peerJid: str
        isIncoming: bool
        def __init__(self, peerJid: _Optional[str] = ..., isIncoming: _Optional[bool] = ...) -> None: ...
    class LabelReorderingAction(_message.Message):
        __slots__ = ("sortedLabelIds",)
        SORTEDLABELIDS_FIELD_NUMBER: _ClassVar[int]
        sortedLabelIds: _containers.RepeatedScalarFieldContainer[int]
        def __init__(self, sortedLabelIds: _Optional[_Iterable[int]] = ...) -> None: ...
    class PaymentInfoAction(_message.Message):
        __slots__ = ("cpi",)
        CPI_FIELD_NUMBER: _ClassVar[int]
        cpi: str
        def __init__(self, cpi: _Optional[str] = ...) -> None: ...
    class CustomPaymentMethodsAction(_message.Message):
        __slots__ = ("customPaymentMethods",)
        CUSTOMPAYMENTMETHODS_FIELD_NUMBER: _ClassVar[int]
        customPaymentMethods: _containers.RepeatedCompositeFieldContainer[SyncActionValue.CustomPaymentMethod]
        def __init__(self, customPaymentMethods: _Optional[_Iterable[_Union[SyncActionValue.CustomPaymentMethod, _Mapping]]] = ...) -> None: ...
    class LockChatAction(_message.Message):
        __slots__ = ("locked",)
        LOCKED_FIELD_NUMBER: _ClassVar[int]
        locked: bool
        def __init__(self, locked: _Optional[bool] = ...) -> None: ...
    class WamoUserIdentifierAction(_message.Message):
        __slots__ = ("identifier",)
        IDENTIFIER_FIELD_NUMBER: _ClassVar[int]
        identifier: str
        def __init__(self, identifier: _Optional[str] = ...) -> None: ...
    class PrivacySettingDisableLinkPreviewsAction(_message.Message):
        __slots__ = ("isPreviewsDisabled",)
        ISPREVIEWSDISABLED_FIELD_NUMBER: _ClassVar[int]
        isPreviewsDisabled: bool
        def __init__(self, isPreviewsDisabled: _Optional[bool] = ...) -> None: ...
    class NoteEditAction(_message.Message):
        __slots__ = ("type", "chatJid", "createdAt", "deleted", "unstructuredContent")
        class NoteType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            UNSTRUCTURED: _ClassVar[SyncActionValue.NoteEditAction.NoteType]
            STRUCTURED: _ClassVar[SyncActionValue.NoteEditAction.NoteType]
        UNSTRUCTURED: SyncActionValue.NoteEditAction.NoteType
        STRUCTURED: SyncActionValue.NoteEditAction.NoteType
        TYPE_FIELD_NUMBER: _ClassVar[int]
        CHATJID_FIELD_NUMBER: _ClassVar[int]
        CREATEDAT_FIELD_NUMBER: _ClassVar[int]
        DELETED_FIELD_NUMBER: _ClassVar[int]
        UNSTRUCTUREDCONTENT_FIELD_NUMBER: _ClassVar[int]
        type: SyncActionValue.NoteEditAction.NoteType
        chatJid: str
        createdAt: int
        deleted: bool
        unstructuredContent: str
        def __init__(self, type: _Optional[_Union[SyncActionValue.NoteEditAction.NoteType, str]] = ..., chatJid: _Optional[str] = ..., createdAt: _Optional[int] = ..., deleted: _Optional[bool] = ..., unstructuredContent: _Optional[str] = ...) -> None: ...
    class FavoritesAction(_message.Message):
        __slots__ = ("favorites",)
        class Favorite(_message.Message):
            __slots__ = ("id",)
            ID_FIELD_NUMBER: _ClassVar[int]
            id: str
            def __init__(self, id: _Optional[str] = ...) -> None: ...
        FAVORITES_FIELD_NUMBER: _ClassVar[int]
        favorites: _containers.RepeatedCompositeFieldContainer[SyncActionValue.FavoritesAction.Favorite]
        def __init__(self, favorites: _Optional[_Iterable[_Union[SyncActionValue.FavoritesAction.Favorite, _Mapping]]] = ...) -> None: ...
    class MerchantPaymentPartnerAction(_message.Message):
        __slots__ = ("status", "country", "gatewayName", "credentialId")
        class Status(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            ACTIVE: _ClassVar[SyncActionValue.MerchantPaymentPartnerAction.Status]
            INACTIVE: _ClassVar[SyncActionValue.MerchantPaymentPartnerAction.Status]
        ACTIVE: SyncActionValue.MerchantPaymentPartnerAction.Status
        INACTIVE: SyncActionValue.MerchantPaymentPartnerAction.Status
        STATUS_FIELD_NUMBER: _ClassVar[int]
        COUNTRY_FIELD_NUMBER: _ClassVar[int]
        GATEWAYNAME_FIELD_NUMBER: _ClassVar[int]
        CREDENTIALID_FIELD_NUMBER: _ClassVar[int]
        status: SyncActionValue.MerchantPaymentPartnerAction.Status
        country: str
        gatewayName: str
        credentialId: str
        def __init__(self, status: _Optional[_Union[SyncActionValue.MerchantPaymentPartnerAction.Status, str]] = ..., country: _Optional[str] = ..., gatewayName: _Optional[str] = ..., credentialId: _Optional[str] = ...) -> None: ...
    class WaffleAccountLinkStateAction(_message.Message):
        __slots__ = ("linkState",)
        class AccountLinkState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            ACTIVE: _ClassVar[SyncActionValue.WaffleAccountLinkStateAction.AccountLinkState]
            PAUSED: _ClassVar[SyncActionValue.WaffleAccountLinkStateAction.AccountLinkState]
            UNLINKED: _ClassVar[SyncActionValue.WaffleAccountLinkStateAction.AccountLinkState]
        ACTIVE: SyncActionValue.WaffleAccountLinkStateAction.AccountLinkState
        PAUSED: SyncActionValue.WaffleAccountLinkStateAction.AccountLinkState
        UNLINKED: SyncActionValue.WaffleAccountLinkStateAction.AccountLinkState
        LINKSTATE_FIELD_NUMBER: _ClassVar[int]
        linkState: SyncActionValue.WaffleAccountLinkStateAction.AccountLinkState
        def __init__(self, linkState: _Optional[_Union[SyncActionValue.WaffleAccountLinkStateAction.AccountLinkState, str]] = ...) -> None: ...
    class UsernameChatStartModeAction(_message.Message):
        __slots__ = ("chatStartMode",)
        class ChatStartMode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            LID: _ClassVar[SyncActionValue.UsernameChatStartModeAction.ChatStartMode]
            PN: _ClassVar[SyncActionValue.UsernameChatStartModeAction.ChatStartMode]
        LID: SyncActionValue.UsernameChatStartModeAction.ChatStartMode
        PN: SyncActionValue.UsernameChatStartModeAction.ChatStartMode
        CHATSTARTMODE_FIELD_NUMBER: _ClassVar[int]
        chatStartMode: SyncActionValue.UsernameChatStartModeAction.ChatStartMode
        def __init__(self, chatStartMode: _Optional[_Union[SyncActionValue.UsernameChatStartModeAction.ChatStartMode, str]] = ...) -> None: ...
    class NotificationActivitySettingAction(_message.Message):
        __slots__ = ("notificationActivitySetting",)
        class NotificationActivitySetting(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            DEFAULT_ALL_MESSAGES: _ClassVar[SyncActionValue.NotificationActivitySettingAction.NotificationActivitySetting]
            ALL_MESSAGES: _ClassVar[SyncActionValue.NotificationActivitySettingAction.NotificationActivitySetting]
            HIGHLIGHTS: _ClassVar[SyncActionValue.NotificationActivitySettingAction.NotificationActivitySetting]
            DEFAULT_HIGHLIGHTS: _ClassVar[SyncActionValue.NotificationActivitySettingAction.NotificationActivitySetting]
        DEFAULT_ALL_MESSAGES: SyncActionValue.NotificationActivitySettingAction.NotificationActivitySetting
        ALL_MESSAGES: SyncActionValue.NotificationActivitySettingAction.NotificationActivitySetting
        HIGHLIGHTS: SyncActionValue.NotificationActivitySettingAction.NotificationActivitySetting
        DEFAULT_HIGHLIGHTS: SyncActionValue.NotificationActivitySettingAction.NotificationActivitySetting
        NOTIFICATIONACTIVITYSETTING_FIELD_NUMBER: _ClassVar[int]
        notificationActivitySetting: SyncActionValue.NotificationActivitySettingAction.NotificationActivitySetting
        def __init__(self, notificationActivitySetting: _Optional[_Union[SyncActionValue.NotificationActivitySettingAction.NotificationActivitySetting, str]] = ...) -> None: ...
    class CtwaPerCustomerDataSharingAction(_message.Message):
        __slots__ = ("isCtwaPerCustomerDataSharingEnabled",)
        ISCTWAPERCUSTOMERDATASHARINGENABLED_FIELD_NUMBER: _ClassVar[int]
        isCtwaPerCustomerDataSharingEnabled: bool
        def __init__(self, isCtwaPerCustomerDataSharingEnabled: _Optional[bool] = ...) -> None: ...
    class PaymentTosAction(_message.Message):
        __slots__ = ("paymentNotice", "accepted")
        class PaymentNotice(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            BR_PAY_PRIVACY_POLICY: _ClassVar[SyncActionValue.PaymentTosAction.PaymentNotice]
        BR_PAY_PRIVACY_POLICY: SyncActionValue.PaymentTosAction.PaymentNotice
        PAYMENTNOTICE_FIELD_NUMBER: _ClassVar[int]
        ACCEPTED_FIELD_NUMBER: _ClassVar[int]
        paymentNotice: SyncActionValue.PaymentTosAction.PaymentNotice
        accepted: bool
        def __init__(self, paymentNotice: _Optional[_Union[SyncActionValue.PaymentTosAction.PaymentNotice, str]] = ..., accepted: _Optional[bool] = ...) -> None: ...
    class PrivacySettingChannelsPersonalisedRecommendationAction(_message.Message):
        __slots__ = ("isUserOptedOut",)
        ISUSEROPTEDOUT_FIELD_NUMBER: _ClassVar[int]
        isUserOptedOut: bool
        def __init__(self, isUserOptedOut: _Optional[bool] = ...) -> None: ...
    class BusinessBroadcastAssociationAction(_message.Message):
        __slots__ = ("deleted",)
        DELETED_FIELD_NUMBER: _ClassVar[int]
        deleted: bool
        def __init__(self, deleted: _Optional[bool] = ...) -> None: ...
    class DetectedOutcomesStatusAction(_message.Message):
        __slots__ = ("isEnabled",)
        ISENABLED_FIELD_NUMBER: _ClassVar[int]
        isEnabled: bool
        def __init__(self, isEnabled: _Optional[bool] = ...) -> None: ...
    class MaibaAIFeaturesControlAction(_message.Message):
        __slots__ = ("aiFeatureStatus", "aiReplyMode")
        class MaibaAIFeatureStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            ENABLED: _ClassVar[SyncActionValue.MaibaAIFeaturesControlAction.MaibaAIFeatureStatus]
            ENABLED_HAS_LEARNING: _ClassVar[SyncActionValue.MaibaAIFeaturesControlAction.MaibaAIFeatureStatus]
            DISABLED: _ClassVar[SyncActionValue.MaibaAIFeaturesControlAction.MaibaAIFeatureStatus]
        ENABLED: SyncActionValue.MaibaAIFeaturesControlAction.MaibaAIFeatureStatus
        ENABLED_HAS_LEARNING: SyncActionValue.MaibaAIFeaturesControlAction.MaibaAIFeatureStatus
        DISABLED: SyncActionValue.MaibaAIFeaturesControlAction.MaibaAIFeatureStatus
        class MaibaAIReplyMode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            MUTED: _ClassVar[SyncActionValue.MaibaAIFeaturesControlAction.MaibaAIReplyMode]
            AI_AGENT: _ClassVar[SyncActionValue.MaibaAIFeaturesControlAction.MaibaAIReplyMode]
            SUGGESTIONS: _ClassVar[SyncActionValue.MaibaAIFeaturesControlAction.MaibaAIReplyMode]
        MUTED: SyncActionValue.MaibaAIFeaturesControlAction.MaibaAIReplyMode
        AI_AGENT: SyncActionValue.MaibaAIFeaturesControlAction.MaibaAIReplyMode
        SUGGESTIONS: SyncActionValue.MaibaAIFeaturesControlAction.MaibaAIReplyMode
        AIFEATURESTATUS_FIELD_NUMBER: _ClassVar[int]
        AIREPLYMODE_FIELD_NUMBER: _ClassVar[int]
        aiFeatureStatus: SyncActionValue.MaibaAIFeaturesControlAction.MaibaAIFeatureStatus
        aiReplyMode: SyncActionValue.MaibaAIFeaturesControlAction.MaibaAIReplyMode
        def __init__(self, aiFeatureStatus: _Optional[_Union[SyncActionValue.MaibaAIFeaturesControlAction.MaibaAIFeatureStatus, str]] = ..., aiReplyMode: _Optional[_Union[SyncActionValue.MaibaAIFeaturesControlAction.MaibaAIReplyMode, str]] = ...) -> None: ...
    class BusinessBroadcastListAction(_message.Message):
        __slots__ = ("deleted", "participants", "listName", "labelIds", "audienceExpression", "customAudienceFbid")
        DELETED_FIELD_NUMBER: _ClassVar[int]
        PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
        LISTNAME_FIELD_NUMBER: _ClassVar[int]
        LABELIDS_FIELD_NUMBER: _ClassVar[int]
        AUDIENCEEXPRESSION_FIELD_NUMBER: _ClassVar[int]
        CUSTOMAUDIENCEFBID_FIELD_NUMBER: _ClassVar[int]
        deleted: bool
        participants: _containers.RepeatedCompositeFieldContainer[SyncActionValue.BroadcastListParticipant]
        listName: str
        labelIds: _containers.RepeatedScalarFieldContainer[str]
        audienceExpression: str
        customAudienceFbid: str
        def __init__(self, deleted: _Optional[bool] = ..., participants: _Optional[_Iterable[_Union[SyncActionValue.BroadcastListParticipant, _Mapping]]] = ..., listName: _Optional[str] = ..., labelIds: _Optional[_Iterable[str]] = ..., audienceExpression: _Optional[str] = ..., customAudienceFbid: _Optional[str] = ...) -> None: ...
    class MusicUserIdAction(_message.Message):
        __slots__ = ("musicUserId", "music_user_id_map")
        class MusicUserIdMapEntry(_message.Message):
            __slots__ = ("key", "value")
            KEY_FIELD_NUMBER: _ClassVar[int]
            VALUE_FIELD_NUMBER: _ClassVar[int]
            key: str
            value: str
            def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
        MUSICUSERID_FIELD_NUMBER: _ClassVar[int]
        MUSIC_USER_ID_MAP_FIELD_NUMBER: _ClassVar[int]
        musicUserId: str
        music_user_id_map: _containers.ScalarMap[str, str]
        def __init__(self, musicUserId: _Optional[str] = ..., music_user_id_map: _Optional[_Mapping[str, str]] = ...) -> None: ...
    class StatusPostOptInNotificationPreferencesAction(_message.Message):
        __slots__ = ("enabled",)
        ENABLED_FIELD_NUMBER: _ClassVar[int]
        enabled: bool
        def __init__(self, enabled: _Optional[bool] = ...) -> None: ...
    class AvatarUpdatedAction(_message.Message):
        __slots__ = ("eventType", "recentAvatarStickers")
        class AvatarEventType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            UPDATED: _ClassVar[SyncActionValue.AvatarUpdatedAction.AvatarEventType]
            CREATED: _ClassVar[SyncActionValue.AvatarUpdatedAction.AvatarEventType]
            DELETED: _ClassVar[SyncActionValue.AvatarUpdatedAction.AvatarEventType]
        UPDATED: SyncActionValue.AvatarUpdatedAction.AvatarEventType
        CREATED: SyncActionValue.AvatarUpdatedAction.AvatarEventType
        DELETED: SyncActionValue.AvatarUpdatedAction.AvatarEventType
        EVENTTYPE_FIELD_NUMBER: _ClassVar[int]
        RECENTAVATARSTICKERS_FIELD_NUMBER: _ClassVar[int]
        eventType: SyncActionValue.AvatarUpdatedAction.AvatarEventType
        recentAvatarStickers: _containers.RepeatedCompositeFieldContainer[SyncActionValue.StickerAction]
        def __init__(self, eventType: _Optional[_Union[SyncActionValue.AvatarUpdatedAction.AvatarEventType, str]] = ..., recentAvatarStickers: _Optional[_Iterable[_Union[SyncActionValue.StickerAction, _Mapping]]] = ...) -> None: ...
    class PrivateProcessingSettingAction(_message.Message):
        __slots__ = ("privateProcessingStatus",)
        class PrivateProcessingStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            UNDEFINED: _ClassVar[SyncActionValue.PrivateProcessingSettingAction.PrivateProcessingStatus]
            ENABLED: _ClassVar[SyncActionValue.PrivateProcessingSettingAction.PrivateProcessingStatus]
            DISABLED: _ClassVar[SyncActionValue.PrivateProcessingSettingAction.PrivateProcessingStatus]
        UNDEFINED: SyncActionValue.PrivateProcessingSettingAction.PrivateProcessingStatus
        ENABLED: SyncActionValue.PrivateProcessingSettingAction.PrivateProcessingStatus
        DISABLED: SyncActionValue.PrivateProcessingSettingAction.PrivateProcessingStatus
        PRIVATEPROCESSINGSTATUS_FIELD_NUMBER: _ClassVar[int]
        privateProcessingStatus: SyncActionValue.PrivateProcessingSettingAction.PrivateProcessingStatus
        def __init__(self, privateProcessingStatus: _Optional[_Union[SyncActionValue.PrivateProcessingSettingAction.PrivateProcessingStatus, str]] = ...) -> None: ...
    class NewsletterSavedInterestsAction(_message.Message):
        __slots__ = ("newsletterSavedInterests",)
        NEWSLETTERSAVEDINTERESTS_FIELD_NUMBER: _ClassVar[int]
        newsletterSavedInterests: str
        def __init__(self, newsletterSavedInterests: _Optional[str] = ...) -> None: ...
    class AiThreadRenameAction(_message.Message):
        __slots__ = ("newTitle",)
        NEWTITLE_FIELD_NUMBER: _ClassVar[int]
        newTitle: str
        def __init__(self, newTitle: _Optional[str] = ...) -> None: ...
    class InteractiveMessageAction(_message.Message):
        __slots__ = ("type", "agmId")
        class InteractiveMessageActionMode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            DISABLE_CTA: _ClassVar[SyncActionValue.InteractiveMessageAction.InteractiveMessageActionMode]
        DISABLE_CTA: SyncActionValue.InteractiveMessageAction.InteractiveMessageActionMode
        TYPE_FIELD_NUMBER: _ClassVar[int]
        AGMID_FIELD_NUMBER: _ClassVar[int]
        type: SyncActionValue.InteractiveMessageAction.InteractiveMessageActionMode
        agmId: str
        def __init__(self, type: _Optional[_Union[SyncActionValue.InteractiveMessageAction.InteractiveMessageActionMode, str]] = ..., agmId: _Optional[str] = ...) -> None: ...
    class SettingsSyncAction(_message.Message):
        __slots__ = ("startAtLogin", "minimizeToTray", "language", "replaceTextWithEmoji", "bannerNotificationDisplayMode", "unreadCounterBadgeDisplayMode", "isMessagesNotificationEnabled", "isCallsNotificationEnabled", "isReactionsNotificationEnabled", "isStatusReactionsNotificationEnabled", "isTextPreviewForNotificationEnabled", "defaultNotificationToneId", "groupDefaultNotificationToneId", "appTheme", "wallpaperId", "isDoodleWallpaperEnabled", "fontSize", "isPhotosAutodownloadEnabled", "isAudiosAutodownloadEnabled", "isVideosAutodownloadEnabled", "isDocumentsAutodownloadEnabled", "disableLinkPreviews", "notificationToneId", "mediaUploadQuality", "isSpellCheckEnabled", "isEnterToSendEnabled", "isGroupMessageNotificationEnabled", "isGroupReactionsNotificationEnabled", "isStatusNotificationEnabled", "statusNotificationToneId", "shouldPlaySoundForCallNotification", "chatThemeId", "colorSchemeId", "stockWallpaperImageId")
        class DisplayMode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            DISPLAY_MODE_UNKNOWN: _ClassVar[SyncActionValue.SettingsSyncAction.DisplayMode]
            ALWAYS: _ClassVar[SyncActionValue.SettingsSyncAction.DisplayMode]
            NEVER: _ClassVar[SyncActionValue.SettingsSyncAction.DisplayMode]
            ONLY_WHEN_APP_IS_OPEN: _ClassVar[SyncActionValue.SettingsSyncAction.DisplayMode]
        DISPLAY_MODE_UNKNOWN: SyncActionValue.SettingsSyncAction.DisplayMode
        ALWAYS: SyncActionValue.SettingsSyncAction.DisplayMode
        NEVER: SyncActionValue.SettingsSyncAction.DisplayMode
        ONLY_WHEN_APP_IS_OPEN: SyncActionValue.SettingsSyncAction.DisplayMode
        class MediaQualitySetting(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            MEDIA_QUALITY_UNKNOWN: _ClassVar[SyncActionValue.SettingsSyncAction.MediaQualitySetting]
            STANDARD: _ClassVar[SyncActionValue.SettingsSyncAction.MediaQualitySetting]
            HD: _ClassVar[SyncActionValue.SettingsSyncAction.MediaQualitySetting]
        MEDIA_QUALITY_UNKNOWN: SyncActionValue.SettingsSyncAction.MediaQualitySetting
        STANDARD: SyncActionValue.SettingsSyncAction.MediaQualitySetting
        HD: SyncActionValue.SettingsSyncAction.MediaQualitySetting
        class SettingKey(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            SETTING_KEY_UNKNOWN: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            START_AT_LOGIN: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            MINIMIZE_TO_TRAY: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            LANGUAGE: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            REPLACE_TEXT_WITH_EMOJI: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            BANNER_NOTIFICATION_DISPLAY_MODE: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            UNREAD_COUNTER_BADGE_DISPLAY_MODE: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            IS_MESSAGES_NOTIFICATION_ENABLED: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            IS_CALLS_NOTIFICATION_ENABLED: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            IS_REACTIONS_NOTIFICATION_ENABLED: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            IS_STATUS_REACTIONS_NOTIFICATION_ENABLED: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            IS_TEXT_PREVIEW_FOR_NOTIFICATION_ENABLED: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            DEFAULT_NOTIFICATION_TONE_ID: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            GROUP_DEFAULT_NOTIFICATION_TONE_ID: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            APP_THEME: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            WALLPAPER_ID: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            IS_DOODLE_WALLPAPER_ENABLED: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            FONT_SIZE: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            IS_PHOTOS_AUTODOWNLOAD_ENABLED: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            IS_AUDIOS_AUTODOWNLOAD_ENABLED: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            IS_VIDEOS_AUTODOWNLOAD_ENABLED: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            IS_DOCUMENTS_AUTODOWNLOAD_ENABLED: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            DISABLE_LINK_PREVIEWS: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            NOTIFICATION_TONE_ID: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            MEDIA_UPLOAD_QUALITY: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            IS_SPELL_CHECK_ENABLED: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            IS_ENTER_TO_SEND_ENABLED: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            IS_GROUP_MESSAGE_NOTIFICATION_ENABLED: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            IS_GROUP_REACTIONS_NOTIFICATION_ENABLED: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            IS_STATUS_NOTIFICATION_ENABLED: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            STATUS_NOTIFICATION_TONE_ID: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            SHOULD_PLAY_SOUND_FOR_CALL_NOTIFICATION: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            CHAT_THEME_ID: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            COLOR_SCHEME_ID: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
            STOCK_WALLPAPER_IMAGE_ID: _ClassVar[SyncActionValue.SettingsSyncAction.SettingKey]
        SETTING_KEY_UNKNOWN: SyncActionValue.SettingsSyncAction.SettingKey
        START_AT_LOGIN: SyncActionValue.SettingsSyncAction.SettingKey
        MINIMIZE_TO_TRAY: SyncActionValue.SettingsSyncAction.SettingKey
        LANGUAGE: SyncActionValue.SettingsSyncAction.SettingKey
        REPLACE_TEXT_WITH_EMOJI: SyncActionValue.SettingsSyncAction.SettingKey
        BANNER_NOTIFICATION_DISPLAY_MODE: SyncActionValue.SettingsSyncAction.SettingKey
        UNREAD_COUNTER_BADGE_DISPLAY_MODE: SyncActionValue.SettingsSyncAction.SettingKey
        IS_MESSAGES_NOTIFICATION_ENABLED: SyncActionValue.SettingsSyncAction.SettingKey
        IS_CALLS_NOTIFICATION_ENABLED: SyncActionValue.SettingsSyncAction.SettingKey
        IS_REACTIONS_NOTIFICATION_ENABLED: SyncActionValue.SettingsSyncAction.SettingKey
        IS_STATUS_REACTIONS_NOTIFICATION_ENABLED: SyncActionValue.SettingsSyncAction.SettingKey
        IS_TEXT_PREVIEW_FOR_NOTIFICATION_ENABLED: SyncActionValue.SettingsSyncAction.SettingKey
        DEFAULT_NOTIFICATION_TONE_ID: SyncActionValue.SettingsSyncAction.SettingKey
        GROUP_DEFAULT_NOTIFICATION_TONE_ID: SyncActionValue.SettingsSyncAction.SettingKey
        APP_THEME: SyncActionValue.SettingsSyncAction.SettingKey
        WALLPAPER_ID: SyncActionValue.SettingsSyncAction.SettingKey
        IS_DOODLE_WALLPAPER_ENABLED: SyncActionValue.SettingsSyncAction.SettingKey
        FONT_SIZE: SyncActionValue.SettingsSyncAction.SettingKey
        IS_PHOTOS_AUTODOWNLOAD_ENABLED: SyncActionValue.SettingsSyncAction.SettingKey
        IS_AUDIOS_AUTODOWNLOAD_ENABLED: SyncActionValue.SettingsSyncAction.SettingKey
        IS_VIDEOS_AUTODOWNLOAD_ENABLED: SyncActionValue.SettingsSyncAction.SettingKey
        IS_DOCUMENTS_AUTODOWNLOAD_ENABLED: SyncActionValue.SettingsSyncAction.SettingKey
        DISABLE_LINK_PREVIEWS: SyncActionValue.SettingsSyncAction.SettingKey
        NOTIFICATION_TONE_ID: SyncActionValue.SettingsSyncAction.SettingKey
        MEDIA_UPLOAD_QUALITY: SyncActionValue.SettingsSyncAction.SettingKey
        IS_SPELL_CHECK_ENABLED: SyncActionValue.SettingsSyncAction.SettingKey
        IS_ENTER_TO_SEND_ENABLED: SyncActionValue.SettingsSyncAction.SettingKey
        IS_GROUP_MESSAGE_NOTIFICATION_ENABLED: SyncActionValue.SettingsSyncAction.SettingKey
        IS_GROUP_REACTIONS_NOTIFICATION_ENABLED: SyncActionValue.SettingsSyncAction.SettingKey
        IS_STATUS_NOTIFICATION_ENABLED: SyncActionValue.SettingsSyncAction.SettingKey
        STATUS_NOTIFICATION_TONE_ID: SyncActionValue.SettingsSyncAction.SettingKey
        SHOULD_PLAY_SOUND_FOR_CALL_NOTIFICATION: SyncActionValue.SettingsSyncAction.SettingKey
        CHAT_THEME_ID: SyncActionValue.SettingsSyncAction.SettingKey
        COLOR_SCHEME_ID: SyncActionValue.SettingsSyncAction.SettingKey
        STOCK_WALLPAPER_IMAGE_ID: SyncActionValue.SettingsSyncAction.SettingKey
        class SettingPlatform(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            PLATFORM_UNKNOWN: _ClassVar[SyncActionValue.SettingsSyncAction.SettingPlatform]
            WEB: _ClassVar[SyncActionValue.SettingsSyncAction.SettingPlatform]
            HYBRID: _ClassVar[SyncActionValue.SettingsSyncAction.SettingPlatform]
            WINDOWS: _ClassVar[SyncActionValue.SettingsSyncAction.SettingPlatform]
            MAC: _ClassVar[SyncActionValue.SettingsSyncAction.SettingPlatform]
        PLATFORM_UNKNOWN: SyncActionValue.SettingsSyncAction.SettingPlatform
        WEB: SyncActionValue.SettingsSyncAction.SettingPlatform
        HYBRID: SyncActionValue.SettingsSyncAction.SettingPlatform
        WINDOWS: SyncActionValue.SettingsSyncAction.SettingPlatform
        MAC: SyncActionValue.SettingsSyncAction.SettingPlatform
        STARTATLOGIN_FIELD_NUMBER: _ClassVar[int]
        MINIMIZETOTRAY_FIELD_NUMBER: _ClassVar[int]
        LANGUAGE_FIELD_NUMBER: _ClassVar[int]
        REPLACETEXTWITHEMOJI_FIELD_NUMBER: _ClassVar[int]
        BANNERNOTIFICATIONDISPLAYMODE_FIELD_NUMBER: _ClassVar[int]
        UNREADCOUNTERBADGEDISPLAYMODE_FIELD_NUMBER: _ClassVar[int]
        ISMESSAGESNOTIFICATIONENABLED_FIELD_NUMBER: _ClassVar[int]
        ISCALLSNOTIFICATIONENABLED_FIELD_NUMBER: _ClassVar[int]
        ISREACTIONSNOTIFICATIONENABLED_FIELD_NUMBER: _ClassVar[int]
        ISSTATUSREACTIONSNOTIFICATIONENABLED_FIELD_NUMBER: _ClassVar[int]
        ISTEXTPREVIEWFORNOTIFICATIONENABLED_FIELD_NUMBER: _ClassVar[int]
        DEFAULTNOTIFICATIONTONEID_FIELD_NUMBER: _ClassVar[int]
        GROUPDEFAULTNOTIFICATIONTONEID_FIELD_NUMBER: _ClassVar[int]
        APPTHEME_FIELD_NUMBER: _ClassVar[int]
        WALLPAPERID_FIELD_NUMBER: _ClassVar[int]
        ISDOODLEWALLPAPERENABLED_FIELD_NUMBER: _ClassVar[int]
        FONTSIZE_FIELD_NUMBER: _ClassVar[int]
        ISPHOTOSAUTODOWNLOADENABLED_FIELD_NUMBER: _ClassVar[int]
        ISAUDIOSAUTODOWNLOADENABLED_FIELD_NUMBER: _ClassVar[int]
        ISVIDEOSAUTODOWNLOADENABLED_FIELD_NUMBER: _ClassVar[int]
        ISDOCUMENTSAUTODOWNLOADENABLED_FIELD_NUMBER: _ClassVar[int]
        DISABLELINKPREVIEWS_FIELD_NUMBER: _ClassVar[int]
        NOTIFICATIONTONEID_FIELD_NUMBER: _ClassVar[int]
        MEDIAUPLOADQUALITY_FIELD_NUMBER: _ClassVar[int]
        ISSPELLCHECKENABLED_FIELD_NUMBER: _ClassVar[int]
        ISENTERTOSENDENABLED_FIELD_NUMBER: _ClassVar[int]
        ISGROUPMESSAGENOTIFICATIONENABLED_FIELD_NUMBER: _ClassVar[int]
        ISGROUPREACTIONSNOTIFICATIONENABLED_FIELD_NUMBER: _ClassVar[int]
        ISSTATUSNOTIFICATIONENABLED_FIELD_NUMBER: _ClassVar[int]
        STATUSNOTIFICATIONTONEID_FIELD_NUMBER: _ClassVar[int]
        SHOULDPLAYSOUNDFORCALLNOTIFICATION_FIELD_NUMBER: _ClassVar[int]
        CHATTHEMEID_FIELD_NUMBER: _ClassVar[int]
        COLORSCHEMEID_FIELD_NUMBER: _ClassVar[int]
        STOCKWALLPAPERIMAGEID_FIELD_NUMBER: _ClassVar[int]
        startAtLogin: bool
        minimizeToTray: bool
        language: str
        replaceTextWithEmoji: bool
        bannerNotificationDisplayMode: SyncActionValue.SettingsSyncAction.DisplayMode
        unreadCounterBadgeDisplayMode: SyncActionValue.SettingsSyncAction.DisplayMode
        isMessagesNotificationEnabled: bool
        isCallsNotificationEnabled: bool
        isReactionsNotificationEnabled: bool
        isStatusReactionsNotificationEnabled: bool
        isTextPreviewForNotificationEnabled: bool
        defaultNotificationToneId: int
        groupDefaultNotificationToneId: int
        appTheme: int
        wallpaperId: int
        isDoodleWallpaperEnabled: bool
        fontSize: int
        isPhotosAutodownloadEnabled: bool
        isAudiosAutodownloadEnabled: bool
        isVideosAutodownloadEnabled: bool
        isDocumentsAutodownloadEnabled: bool
        disableLinkPreviews: bool
        notificationToneId: int
        mediaUploadQuality: SyncActionValue.SettingsSyncAction.MediaQualitySetting
        isSpellCheckEnabled: bool
        isEnterToSendEnabled: bool
        isGroupMessageNotificationEnabled: bool
        isGroupReactionsNotificationEnabled: bool
        isStatusNotificationEnabled: bool
        statusNotificationToneId: int
        shouldPlaySoundForCallNotification: bool
        chatThemeId: str
        colorSchemeId: str
        stockWallpaperImageId: str
        def __init__(self, startAtLogin: _Optional[bool] = ..., minimizeToTray: _Optional[bool] = ..., language: _Optional[str] = ..., replaceTextWithEmoji: _Optional[bool] = ..., bannerNotificationDisplayMode: _Optional[_Union[SyncActionValue.SettingsSyncAction.DisplayMode, str]] = ..., unreadCounterBadgeDisplayMode: _Optional[_Union[SyncActionValue.SettingsSyncAction.DisplayMode, str]] = ..., isMessagesNotificationEnabled: _Optional[bool] = ..., isCallsNotificationEnabled: _Optional[bool] = ..., isReactionsNotificationEnabled: _Optional[bool] = ..., isStatusReactionsNotificationEnabled: _Optional[bool] = ..., isTextPreviewForNotificationEnabled: _Optional[bool] = ..., defaultNotificationToneId: _Optional[int] = ..., groupDefaultNotificationToneId: _Optional[int] = ..., appTheme: _Optional[int] = ..., wallpaperId: _Optional[int] = ..., isDoodleWallpaperEnabled: _Optional[bool] = ..., fontSize: _Optional[int] = ..., isPhotosAutodownloadEnabled: _Optional[bool] = ..., isAudiosAutodownloadEnabled: _Optional[bool] = ..., isVideosAutodownloadEnabled: _Optional[bool] = ..., isDocumentsAutodownloadEnabled: _Optional[bool] = ..., disableLinkPreviews: _Optional[bool] = ..., notificationToneId: _Optional[int] = ..., mediaUploadQuality: _Optional[_Union[SyncActionValue.SettingsSyncAction.MediaQualitySetting, str]] = ..., isSpellCheckEnabled: _Optional[bool] = ..., isEnterToSendEnabled: _Optional[bool] = ..., isGroupMessageNotificationEnabled: _Optional[bool] = ..., isGroupReactionsNotificationEnabled: _Optional[bool] = ..., isStatusNotificationEnabled: _Optional[bool] = ..., statusNotificationToneId: _Optional[int] = ..., shouldPlaySoundForCallNotification: _Optional[bool] = ..., chatThemeId: _Optional[str] = ..., colorSchemeId: _Optional[str] = ..., stockWallpaperImageId: _Optional[str] = ...) -> None: ...
    class OutContactAction(_message.Message):
        __slots__ = ("fullName", "firstName")
        FULLNAME_FIELD_NUMBER: _ClassVar[int]
        FIRSTNAME_FIELD_NUMBER: _ClassVar[int]
        fullName: str
        firstName: str
        def __init__(self, fullName: _Optional[str] = ..., firstName: _Optional[str] = ...) -> None: ...
    class NctSaltSyncAction(_message.Message):
        __slots__ = ("salt",)
        SALT_FIELD_NUMBER: _ClassVar[int]
        salt: bytes
        def __init__(self, salt: _Optional[bytes] = ...) -> None: ...
    class BusinessBroadcastCampaignAction(_message.Message):
        __slots__ = ("deviceId", "adId", "name", "msgId", "broadcastJid", "reservedQuota", "scheduledTimestamp", "createTimestamp", "status")
        DEVICEID_FIELD_NUMBER: _ClassVar[int]
        ADID_FIELD_NUMBER: _ClassVar[int]
        NAME_FIELD_NUMBER: _ClassVar[int]
        MSGID_FIELD_NUMBER: _ClassVar[int]
        BROADCASTJID_FIELD_NUMBER: _ClassVar[int]
        RESERVEDQUOTA_FIELD_NUMBER: _ClassVar[int]
        SCHEDULEDTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
        CREATETIMESTAMP_FIELD_NUMBER: _ClassVar[int]
        STATUS_FIELD_NUMBER: _ClassVar[int]
        deviceId: int
        adId: str
        name: str
        msgId: str
        broadcastJid: str
        reservedQuota: int
        scheduledTimestamp: int
        createTimestamp: int
        status: SyncActionValue.BusinessBroadcastCampaignStatus
        def __init__(self, deviceId: _Optional[int] = ..., adId: _Optional[str] = ..., name: _Optional[str] = ..., msgId: _Optional[str] = ..., broadcastJid: _Optional[str] = ..., reservedQuota: _Optional[int] = ..., scheduledTimestamp: _Optional[int] = ..., createTimestamp: _Optional[int] = ..., status: _Optional[_Union[SyncActionValue.BusinessBroadcastCampaignStatus, str]] = ...) -> None: ...
    class BusinessBroadcastInsightsAction(_message.Message):
        __slots__ = ("recipientCount", "deliveredCount", "readCount", "repliedCount", "quickReplyCount")
        RECIPIENTCOUNT_FIELD_NUMBER: _ClassVar[int]
        DELIVEREDCOUNT_FIELD_NUMBER: _ClassVar[int]
        READCOUNT_FIELD_NUMBER: _ClassVar[int]
        REPLIEDCOUNT_FIELD_NUMBER: _ClassVar[int]
        QUICKREPLYCOUNT_FIELD_NUMBER: _ClassVar[int]
        recipientCount: int
        deliveredCount: int
        readCount: int
        repliedCount: int
        quickReplyCount: int
        def __init__(self, recipientCount: _Optional[int] = ..., deliveredCount: _Optional[int] = ..., readCount: _Optional[int] = ..., repliedCount: _Optional[int] = ..., quickReplyCount: _Optional[int] = ...) -> None: ...
    class CustomerDataAction(_message.Message):
        __slots__ = ("chatJid", "contactType", "email", "altPhoneNumbers", "birthday", "address", "acquisitionSource", "leadStage", "lastOrder", "createdAt", "modifiedAt")
        CHATJID_FIELD_NUMBER: _ClassVar[int]
        CONTACTTYPE_FIELD_NUMBER: _ClassVar[int]
        EMAIL_FIELD_NUMBER: _ClassVar[int]
        ALTPHONENUMBERS_FIELD_NUMBER: _ClassVar[int]
        BIRTHDAY_FIELD_NUMBER: _ClassVar[int]
        ADDRESS_FIELD_NUMBER: _ClassVar[int]
        ACQUISITIONSOURCE_FIELD_NUMBER: _ClassVar[int]
        LEADSTAGE_FIELD_NUMBER: _ClassVar[int]
        LASTORDER_FIELD_NUMBER: _ClassVar[int]
        CREATEDAT_FIELD_NUMBER: _ClassVar[int]
        MODIFIEDAT_FIELD_NUMBER: _ClassVar[int]
        chatJid: str
        contactType: int
        email: str
        altPhoneNumbers: str
        birthday: int
        address: str
        acquisitionSource: int
        leadStage: int
        lastOrder: int
        createdAt: int
        modifiedAt: int
        def __init__(self, chatJid: _Optional[str] = ..., contactType: _Optional[int] = ..., email: _Optional[str] = ..., altPhoneNumbers: _Optional[str] = ..., birthday: _Optional[int] = ..., address: _Optional[str] = ..., acquisitionSource: _Optional[int] = ..., leadStage: _Optional[int] = ..., lastOrder: _Optional[int] = ..., createdAt: _Optional[int] = ..., modifiedAt: _Optional[int] = ...) -> None: ...
    class SubscriptionsSyncV2Action(_message.Message):
        __slots__ = ("subscriptions", "paidFeature")
        class PaidFeature(_message.Message):
            __slots__ = ("name", "enabled", "limit", "expirationTime")
            NAME_FIELD_NUMBER: _ClassVar[int]
            ENABLED_FIELD_NUMBER: _ClassVar[int]
            LIMIT_FIELD_NUMBER: _ClassVar[int]
            EXPIRATIONTIME_FIELD_NUMBER: _ClassVar[int]
            name: str
            enabled: bool
            limit: int
            expirationTime: int
            def __init__(self, name: _Optional[str] = ..., enabled: _Optional[bool] = ..., limit: _Optional[int] = ..., expirationTime: _Optional[int] = ...) -> None: ...
        class SubscriptionInfo(_message.Message):
            __slots__ = ("id", "tier", "status", "startTime", "endTime", "isPlatformChanged", "source", "creationTime")
            ID_FIELD_NUMBER: _ClassVar[int]
            TIER_FIELD_NUMBER: _ClassVar[int]
            STATUS_FIELD_NUMBER: _ClassVar[int]
            STARTTIME_FIELD_NUMBER: _ClassVar[int]
            ENDTIME_FIELD_NUMBER: _ClassVar[int]
            ISPLATFORMCHANGED_FIELD_NUMBER: _ClassVar[int]
            SOURCE_FIELD_NUMBER: _ClassVar[int]
            CREATIONTIME_FIELD_NUMBER: _ClassVar[int]
            id: str
            tier: int
            status: str
            startTime: int
            endTime: int
            isPlatformChanged: bool
            source: str
            creationTime: int
            def __init__(self, id: _Optional[str] = ..., tier: _Optional[int] = ..., status: _Optional[str] = ..., startTime: _Optional[int] = ..., endTime: _Optional[int] = ..., isPlatformChanged: _Optional[bool] = ..., source: _Optional[str] = ..., creationTime: _Optional[int] = ...) -> None: ...
        SUBSCRIPTIONS_FIELD_NUMBER: _ClassVar[int]
        PAIDFEATURE_FIELD_NUMBER: _ClassVar[int]
        subscriptions: _containers.RepeatedCompositeFieldContainer[SyncActionValue.SubscriptionsSyncV2Action.SubscriptionInfo]
        paidFeature: _containers.RepeatedCompositeFieldContainer[SyncActionValue.SubscriptionsSyncV2Action.PaidFeature]
        def __init__(self, subscriptions: _Optional[_Iterable[_Union[SyncActionValue.SubscriptionsSyncV2Action.SubscriptionInfo, _Mapping]]] = ..., paidFeature: _Optional[_Iterable[_Union[SyncActionValue.SubscriptionsSyncV2Action.PaidFeature, _Mapping]]] = ...) -> None: ...
    class ThreadPinAction(_message.Message):
        __slots__ = ("pinned",)
        PINNED_FIELD_NUMBER: _ClassVar[int]
        pinned: bool
        def __init__(self, pinned: _Optional[bool] = ...) -> None: ...
    class AutoOrganizeBusinessChatSetting(_message.Message):
        __slots__ = ("autoOrganize",)
        AUTOORGANIZE_FIELD_NUMBER: _ClassVar[int]
        autoOrganize: bool
        def __init__(self, autoOrganize: _Optional[bool] = ...) -> None: ...
    class BizAISettingsNudgeAction(_message.Message):
        __slots__ = ("category", "version", "updatedAtMs")
        class BizAISettingsCategory(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            UNKNOWN: _ClassVar[SyncActionValue.BizAISettingsNudgeAction.BizAISettingsCategory]
            INSTRUCTIONS: _ClassVar[SyncActionValue.BizAISettingsNudgeAction.BizAISettingsCategory]
            RESPONSE_SETTINGS: _ClassVar[SyncActionValue.BizAISettingsNudgeAction.BizAISettingsCategory]
            EXAMPLE_RESPONSES: _ClassVar[SyncActionValue.BizAISettingsNudgeAction.BizAISettingsCategory]
            KNOWLEDGE: _ClassVar[SyncActionValue.BizAISettingsNudgeAction.BizAISettingsCategory]
            LEAD_GEN: _ClassVar[SyncActionValue.BizAISettingsNudgeAction.BizAISettingsCategory]
            HANDOFF_REMOVAL_TIMING: _ClassVar[SyncActionValue.BizAISettingsNudgeAction.BizAISettingsCategory]
        UNKNOWN: SyncActionValue.BizAISettingsNudgeAction.BizAISettingsCategory
        INSTRUCTIONS: SyncActionValue.BizAISettingsNudgeAction.BizAISettingsCategory
        RESPONSE_SETTINGS: SyncActionValue.BizAISettingsNudgeAction.BizAISettingsCategory
        EXAMPLE_RESPONSES: SyncActionValue.BizAISettingsNudgeAction.BizAISettingsCategory
        KNOWLEDGE: SyncActionValue.BizAISettingsNudgeAction.BizAISettingsCategory
        LEAD_GEN: SyncActionValue.BizAISettingsNudgeAction.BizAISettingsCategory
        HANDOFF_REMOVAL_TIMING: SyncActionValue.BizAISettingsNudgeAction.BizAISettingsCategory
        CATEGORY_FIELD_NUMBER: _ClassVar[int]
        VERSION_FIELD_NUMBER: _ClassVar[int]
        UPDATEDATMS_FIELD_NUMBER: _ClassVar[int]
        category: SyncActionValue.BizAISettingsNudgeAction.BizAISettingsCategory
        version: int
        updatedAtMs: int
        def __init__(self, category: _Optional[_Union[SyncActionValue.BizAISettingsNudgeAction.BizAISettingsCategory, str]] = ..., version: _Optional[int] = ..., updatedAtMs: _Optional[int] = ...) -> None: ...
    class CoexV2VersionAction(_message.Message):
        __slots__ = ("version",)
        VERSION_FIELD_NUMBER: _ClassVar[int]
        version: int
        def __init__(self, version: _Optional[int] = ...) -> None: ...
    class WASARootSecretAction(_message.Message):
        __slots__ = ("secrets",)
        class RootSecretEntry(_message.Message):
            __slots__ = ("id", "rootSecret", "epoch", "status")
            class Status(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                INACTIVE: _ClassVar[SyncActionValue.WASARootSecretAction.RootSecretEntry.Status]
                ACTIVE: _ClassVar[SyncActionValue.WASARootSecretAction.RootSecretEntry.Status]
            INACTIVE: SyncActionValue.WASARootSecretAction.RootSecretEntry.Status
            ACTIVE: SyncActionValue.WASARootSecretAction.RootSecretEntry.Status
            ID_FIELD_NUMBER: _ClassVar[int]
            ROOTSECRET_FIELD_NUMBER: _ClassVar[int]
            EPOCH_FIELD_NUMBER: _ClassVar[int]
            STATUS_FIELD_NUMBER: _ClassVar[int]
            id: str
            rootSecret: bytes
            epoch: int
            status: SyncActionValue.WASARootSecretAction.RootSecretEntry.Status
            def __init__(self, id: _Optional[str] = ..., rootSecret: _Optional[bytes] = ..., epoch: _Optional[int] = ..., status: _Optional[_Union[SyncActionValue.WASARootSecretAction.RootSecretEntry.Status, str]] = ...) -> None: ...
        SECRETS_FIELD_NUMBER: _ClassVar[int]
        secrets: _containers.RepeatedCompositeFieldContainer[SyncActionValue.WASARootSecretAction.RootSecretEntry]
        def __init__(self, secrets: _Optional[_Iterable[_Union[SyncActionValue.WASARootSecretAction.RootSecretEntry, _Mapping]]] = ...) -> None: ...
    class BubbleLockMessageAction(_message.Message):
        __slots__ = ("locked",)
        LOCKED_FIELD_NUMBER: _ClassVar[int]
        locked: bool
        def __init__(self, locked: _Optional[bool] = ...) -> None: ...
    class LabelSublistAction(_message.Message):
        __slots__ = ("subListId",)
        SUBLISTID_FIELD_NUMBER: _ClassVar[int]
        subListId: int
        def __init__(self, subListId: _Optional[int] = ...) -> None: ...
    class CtwaMessageReceivedAction(_message.Message):
        __slots__ = ("isCtwaMessageReceived",)
        ISCTWAMESSAGERECEIVED_FIELD_NUMBER: _ClassVar[int]
        isCtwaMessageReceived: bool
        def __init__(self, isCtwaMessageReceived: _Optional[bool] = ...) -> None: ...
    class CustomPaymentMethod(_message.Message):
        __slots__ = ("credentialId", "country", "type", "metadata")
        CREDENTIALID_FIELD_NUMBER: _ClassVar[int]
        COUNTRY_FIELD_NUMBER: _ClassVar[int]
        TYPE_FIELD_NUMBER: _ClassVar[int]
        METADATA_FIELD_NUMBER: _ClassVar[int]
        credentialId: str
        country: str
        type: str
        metadata: _containers.RepeatedCompositeFieldContainer[SyncActionValue.CustomPaymentMethodMetadata]
        def __init__(self, credentialId: _Optional[str] = ..., country: _Optional[str] = ..., type: _Optional[str] = ..., metadata: _Optional[_Iterable[_Union[SyncActionValue.CustomPaymentMethodMetadata, _Mapping]]] = ...) -> None: ...
    class BroadcastListParticipant(_message.Message):
        __slots__ = ("lidJid", "pnJid")
        LIDJID_FIELD_NUMBER: _ClassVar[int]
        PNJID_FIELD_NUMBER: _ClassVar[int]
        lidJid: str
        pnJid: str
        def __init__(self, lidJid: _Optional[str] = ..., pnJid: _Optional[str] = ...) -> None: ...
    class CustomPaymentMethodMetadata(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    STARACTION_FIELD_NUMBER: _ClassVar[int]
    CONTACTACTION_FIELD_NUMBER: _ClassVar[int]
    MUTEACTION_FIELD_NUMBER: _ClassVar[int]
    PINACTION_FIELD_NUMBER: _ClassVar[int]
    PUSHNAMESETTING_FIELD_NUMBER: _ClassVar[int]
    QUICKREPLYACTION_FIELD_NUMBER: _ClassVar[int]
    RECENTEMOJIWEIGHTSACTION_FIELD_NUMBER: _ClassVar[int]
    LABELEDITACTION_FIELD_NUMBER: _ClassVar[int]
    LABELASSOCIATIONACTION_FIELD_NUMBER: _ClassVar[int]
    LOCALESETTING_FIELD_NUMBER: _ClassVar[int]
    ARCHIVECHATACTION_FIELD_NUMBER: _ClassVar[int]
    DELETEMESSAGEFORMEACTION_FIELD_NUMBER: _ClassVar[int]
    KEYEXPIRATION_FIELD_NUMBER: _ClassVar[int]
    MARKCHATASREADACTION_FIELD_NUMBER: _ClassVar[int]
    CLEARCHATACTION_FIELD_NUMBER: _ClassVar[int]
    DELETECHATACTION_FIELD_NUMBER: _ClassVar[int]
    UNARCHIVECHATSSETTING_FIELD_NUMBER: _ClassVar[int]
    PRIMARYFEATURE_FIELD_NUMBER: _ClassVar[int]
    ANDROIDUNSUPPORTEDACTIONS_FIELD_NUMBER: _ClassVar[int]
    AGENTACTION_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTIONACTION_FIELD_NUMBER: _ClassVar[int]
    USERSTATUSMUTEACTION_FIELD_NUMBER: _ClassVar[int]
    TIMEFORMATACTION_FIELD_NUMBER: _ClassVar[int]
    NUXACTION_FIELD_NUMBER: _ClassVar[int]
    PRIMARYVERSIONACTION_FIELD_NUMBER: _ClassVar[int]
    STICKERACTION_FIELD_NUMBER: _ClassVar[int]
    REMOVERECENTSTICKERACTION_FIELD_NUMBER: _ClassVar[int]
    CHATASSIGNMENT_FIELD_NUMBER: _ClassVar[int]
    CHATASSIGNMENTOPENEDSTATUS_FIELD_NUMBER: _ClassVar[int]
    PNFORLIDCHATACTION_FIELD_NUMBER: _ClassVar[int]
    MARKETINGMESSAGEACTION_FIELD_NUMBER: _ClassVar[int]
    MARKETINGMESSAGEBROADCASTACTION_FIELD_NUMBER: _ClassVar[int]
    EXTERNALWEBBETAACTION_FIELD_NUMBER: _ClassVar[int]
    PRIVACYSETTINGRELAYALLCALLS_FIELD_NUMBER: _ClassVar[int]
    CALLLOGACTION_FIELD_NUMBER: _ClassVar[int]
    UGCBOT_FIELD_NUMBER: _ClassVar[int]
    STATUSPRIVACY_FIELD_NUMBER: _ClassVar[int]
    BOTWELCOMEREQUESTACTION_FIELD_NUMBER: _ClassVar[int]
    DELETEINDIVIDUALCALLLOG_FIELD_NUMBER: _ClassVar[int]
    LABELREORDERINGACTION_FIELD_NUMBER: _ClassVar[int]
    PAYMENTINFOACTION_FIELD_NUMBER: _ClassVar[int]
    CUSTOMPAYMENTMETHODSACTION_FIELD_NUMBER: _ClassVar[int]
    LOCKCHATACTION_FIELD_NUMBER: _ClassVar[int]
    CHATLOCKSETTINGS_FIELD_NUMBER: _ClassVar[int]
    WAMOUSERIDENTIFIERACTION_FIELD_NUMBER: _ClassVar[int]
    PRIVACYSETTINGDISABLELINKPREVIEWSACTION_FIELD_NUMBER: _ClassVar[int]
    DEVICECAPABILITIES_FIELD_NUMBER: _ClassVar[int]
    NOTEEDITACTION_FIELD_NUMBER: _ClassVar[int]
    FAVORITESACTION_FIELD_NUMBER: _ClassVar[int]
    MERCHANTPAYMENTPARTNERACTION_FIELD_NUMBER: _ClassVar[int]
    WAFFLEACCOUNTLINKSTATEACTION_FIELD_NUMBER: _ClassVar[int]
    USERNAMECHATSTARTMODE_FIELD_NUMBER: _ClassVar[int]
    NOTIFICATIONACTIVITYSETTINGACTION_FIELD_NUMBER: _ClassVar[int]
    LIDCONTACTACTION_FIELD_NUMBER: _ClassVar[int]
    CTWAPERCUSTOMERDATASHARINGACTION_FIELD_NUMBER: _ClassVar[int]
    PAYMENTTOSACTION_FIELD_NUMBER: _ClassVar[int]
    PRIVACYSETTINGCHANNELSPERSONALISEDRECOMMENDATIONACTION_FIELD_NUMBER: _ClassVar[int]
    BUSINESSBROADCASTASSOCIATIONACTION_FIELD_NUMBER: _ClassVar[int]
    DETECTEDOUTCOMESSTATUSACTION_FIELD_NUMBER: _ClassVar[int]
    MAIBAAIFEATURESCONTROLACTION_FIELD_NUMBER: _ClassVar[int]
    BUSINESSBROADCASTLISTACTION_FIELD_NUMBER: _ClassVar[int]
    MUSICUSERIDACTION_FIELD_NUMBER: _ClassVar[int]
    STATUSPOSTOPTINNOTIFICATIONPREFERENCESACTION_FIELD_NUMBER: _ClassVar[int]
    AVATARUPDATEDACTION_FIELD_NUMBER: _ClassVar[int]
    PRIVATEPROCESSINGSETTINGACTION_FIELD_NUMBER: _ClassVar[int]
    NEWSLETTERSAVEDINTERESTSACTION_FIELD_NUMBER: _ClassVar[int]
    AITHREADRENAMEACTION_FIELD_NUMBER: _ClassVar[int]
    INTERACTIVEMESSAGEACTION_FIELD_NUMBER: _ClassVar[int]
    SETTINGSSYNCACTION_FIELD_NUMBER: _ClassVar[int]
    OUTCONTACTACTION_FIELD_NUMBER: _ClassVar[int]
    NCTSALTSYNCACTION_FIELD_NUMBER: _ClassVar[int]
    BUSINESSBROADCASTCAMPAIGNACTION_FIELD_NUMBER: _ClassVar[int]
    BUSINESSBROADCASTINSIGHTSACTION_FIELD_NUMBER: _ClassVar[int]
    CUSTOMERDATAACTION_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTIONSSYNCV2ACTION_FIELD_NUMBER: _ClassVar[int]
    THREADPINACTION_FIELD_NUMBER: _ClassVar[int]
    AUTOORGANIZEBUSINESSCHATSETTING_FIELD_NUMBER: _ClassVar[int]
    BIZAISETTINGSNUDGEACTION_FIELD_NUMBER: _ClassVar[int]
    COEXV2VERSIONACTION_FIELD_NUMBER: _ClassVar[int]
    WASAROOTSECRETACTION_FIELD_NUMBER: _ClassVar[int]
    BUBBLELOCKMESSAGEACTION_FIELD_NUMBER: _ClassVar[int]
    LABELSUBLISTACTION_FIELD_NUMBER: _ClassVar[int]
    DEVICECAPABILITIESV2_FIELD_NUMBER: _ClassVar[int]
    CTWAMESSAGERECEIVEDACTION_FIELD_NUMBER: _ClassVar[int]
    timestamp: int
    starAction: StarAction
    contactAction: ContactAction
    muteAction: MuteAction
    pinAction: PinAction
    pushNameSetting: PushNameSetting
    quickReplyAction: SyncActionValue.QuickReplyAction
    recentEmojiWeightsAction: SyncActionValue.RecentEmojiWeightsAction
    labelEditAction: LabelEditAction
    labelAssociationAction: LabelAssociationAction
    localeSetting: LocaleSetting
    archiveChatAction: ArchiveChatAction
    deleteMessageForMeAction: DeleteMessageForMeAction
    keyExpiration: KeyExpiration
    markChatAsReadAction: MarkChatAsReadAction
    clearChatAction: ClearChatAction
    deleteChatAction: DeleteChatAction
    unarchiveChatsSetting: UnarchiveChatsSetting
    primaryFeature: SyncActionValue.PrimaryFeature
    androidUnsupportedActions: SyncActionValue.AndroidUnsupportedActions
    agentAction: SyncActionValue.AgentAction
    subscriptionAction: SyncActionValue.SubscriptionAction
    userStatusMuteAction: UserStatusMuteAction
    timeFormatAction: SyncActionValue.TimeFormatAction
    nuxAction: SyncActionValue.NuxAction
    primaryVersionAction: SyncActionValue.PrimaryVersionAction
    stickerAction: SyncActionValue.StickerAction
    removeRecentStickerAction: SyncActionValue.RemoveRecentStickerAction
    chatAssignment: SyncActionValue.ChatAssignmentAction
    chatAssignmentOpenedStatus: SyncActionValue.ChatAssignmentOpenedStatusAction
    pnForLidChatAction: SyncActionValue.PnForLidChatAction
    marketingMessageAction: SyncActionValue.MarketingMessageAction
    marketingMessageBroadcastAction: SyncActionValue.MarketingMessageBroadcastAction
    externalWebBetaAction: SyncActionValue.ExternalWebBetaAction
    privacySettingRelayAllCalls: SyncActionValue.PrivacySettingRelayAllCalls
    callLogAction: SyncActionValue.CallLogAction
    ugcBot: SyncActionValue.UGCBot
    statusPrivacy: SyncActionValue.StatusPrivacyAction
    botWelcomeRequestAction: SyncActionValue.BotWelcomeRequestAction
    deleteIndividualCallLog: SyncActionValue.DeleteIndividualCallLogAction
    labelReorderingAction: SyncActionValue.LabelReorderingAction
    paymentInfoAction: SyncActionValue.PaymentInfoAction
    customPaymentMethodsAction: SyncActionValue.CustomPaymentMethodsAction
    lockChatAction: SyncActionValue.LockChatAction
    chatLockSettings: ChatLockSettings
    wamoUserIdentifierAction: SyncActionValue.WamoUserIdentifierAction
    privacySettingDisableLinkPreviewsAction: SyncActionValue.PrivacySettingDisableLinkPreviewsAction
    deviceCapabilities: DeviceCapabilities
    noteEditAction: SyncActionValue.NoteEditAction
    favoritesAction: SyncActionValue.FavoritesAction
    merchantPaymentPartnerAction: SyncActionValue.MerchantPaymentPartnerAction
    waffleAccountLinkStateAction: SyncActionValue.WaffleAccountLinkStateAction
    usernameChatStartMode: SyncActionValue.UsernameChatStartModeAction
    notificationActivitySettingAction: SyncActionValue.NotificationActivitySettingAction
    lidContactAction: LidContactAction
    ctwaPerCustomerDataSharingAction: SyncActionValue.CtwaPerCustomerDataSharingAction
    paymentTosAction: SyncActionValue.PaymentTosAction
    privacySettingChannelsPersonalisedRecommendationAction: SyncActionValue.PrivacySettingChannelsPersonalisedRecommendationAction
    businessBroadcastAssociationAction: SyncActionValue.BusinessBroadcastAssociationAction
    detectedOutcomesStatusAction: SyncActionValue.DetectedOutcomesStatusAction
    maibaAiFeaturesControlAction: SyncActionValue.MaibaAIFeaturesControlAction
    businessBroadcastListAction: SyncActionValue.BusinessBroadcastListAction
    musicUserIdAction: SyncActionValue.MusicUserIdAction
    statusPostOptInNotificationPreferencesAction: SyncActionValue.StatusPostOptInNotificationPreferencesAction
    avatarUpdatedAction: SyncActionValue.AvatarUpdatedAction
    privateProcessingSettingAction: SyncActionValue.PrivateProcessingSettingAction
    newsletterSavedInterestsAction: SyncActionValue.NewsletterSavedInterestsAction
    aiThreadRenameAction: SyncActionValue.AiThreadRenameAction
    interactiveMessageAction: SyncActionValue.InteractiveMessageAction
    settingsSyncAction: SyncActionValue.SettingsSyncAction
    outContactAction: SyncActionValue.OutContactAction
    nctSaltSyncAction: SyncActionValue.NctSaltSyncAction
    businessBroadcastCampaignAction: SyncActionValue.BusinessBroadcastCampaignAction
    businessBroadcastInsightsAction: SyncActionValue.BusinessBroadcastInsightsAction
    customerDataAction: SyncActionValue.CustomerDataAction
    subscriptionsSyncV2Action: SyncActionValue.SubscriptionsSyncV2Action
    threadPinAction: SyncActionValue.ThreadPinAction
    autoOrganizeBusinessChatSetting: SyncActionValue.AutoOrganizeBusinessChatSetting
    bizAiSettingsNudgeAction: SyncActionValue.BizAISettingsNudgeAction
    coexV2VersionAction: SyncActionValue.CoexV2VersionAction
    wasaRootSecretAction: SyncActionValue.WASARootSecretAction
    bubbleLockMessageAction: SyncActionValue.BubbleLockMessageAction
    labelSublistAction: SyncActionValue.LabelSublistAction
    deviceCapabilitiesV2: DeviceCapabilities
    ctwaMessageReceivedAction: SyncActionValue.CtwaMessageReceivedAction
    def __init__(self, timestamp: _Optional[int] = ..., starAction: _Optional[_Union[StarAction, _Mapping]] = ..., contactAction: _Optional[_Union[ContactAction, _Mapping]] = ..., muteAction: _Optional[_Union[MuteAction, _Mapping]] = ..., pinAction: _Optional[_Union[PinAction, _Mapping]] = ..., pushNameSetting: _Optional[_Union[PushNameSetting, _Mapping]] = ..., quickReplyAction: _Optional[_Union[SyncActionValue.QuickReplyAction, _Mapping]] = ..., recentEmojiWeightsAction: _Optional[_Union[SyncActionValue.RecentEmojiWeightsAction, _Mapping]] = ..., labelEditAction: _Optional[_Union[LabelEditAction, _Mapping]] = ..., labelAssociationAction: _Optional[_Union[LabelAssociationAction, _Mapping]] = ..., localeSetting: _Optional[_Union[LocaleSetting, _Mapping]] = ..., archiveChatAction: _Optional[_Union[ArchiveChatAction, _Mapping]] = ..., deleteMessageForMeAction: _Optional[_Union[DeleteMessageForMeAction, _Mapping]] = ..., keyExpiration: _Optional[_Union[KeyExpiration, _Mapping]] = ..., markChatAsReadAction: _Optional[_Union[MarkChatAsReadAction, _Mapping]] = ..., clearChatAction: _Optional[_Union[ClearChatAction, _Mapping]] = ..., deleteChatAction: _Optional[_Union[DeleteChatAction, _Mapping]] = ..., unarchiveChatsSetting: _Optional[_Union[UnarchiveChatsSetting, _Mapping]] = ..., primaryFeature: _Optional[_Union[SyncActionValue.PrimaryFeature, _Mapping]] = ..., androidUnsupportedActions: _Optional[_Union[SyncActionValue.AndroidUnsupportedActions, _Mapping]] = ..., agentAction: _Optional[_Union[SyncActionValue.AgentAction, _Mapping]] = ..., subscriptionAction: _Optional[_Union[SyncActionValue.SubscriptionAction, _Mapping]] = ..., userStatusMuteAction: _Optional[_Union[UserStatusMuteAction, _Mapping]] = ..., timeFormatAction: _Optional[_Union[SyncActionValue.TimeFormatAction, _Mapping]] = ..., nuxAction: _Optional[_Union[SyncActionValue.NuxAction, _Mapping]] = ..., primaryVersionAction: _Optional[_Union[SyncActionValue.PrimaryVersionAction, _Mapping]] = ..., stickerAction: _Optional[_Union[SyncActionValue.StickerAction, _Mapping]] = ..., removeRecentStickerAction: _Optional[_Union[SyncActionValue.RemoveRecentStickerAction, _Mapping]] = ..., chatAssignment: _Optional[_Union[SyncActionValue.ChatAssignmentAction, _Mapping]] = ..., chatAssignmentOpenedStatus: _Optional[_Union[SyncActionValue.ChatAssignmentOpenedStatusAction, _Mapping]] = ..., pnForLidChatAction: _Optional[_Union[SyncActionValue.PnForLidChatAction, _Mapping]] = ..., marketingMessageAction: _Optional[_Union[SyncActionValue.MarketingMessageAction, _Mapping]] = ..., marketingMessageBroadcastAction: _Optional[_Union[SyncActionValue.MarketingMessageBroadcastAction, _Mapping]] = ..., externalWebBetaAction: _Optional[_Union[SyncActionValue.ExternalWebBetaAction, _Mapping]] = ..., privacySettingRelayAllCalls: _Optional[_Union[SyncActionValue.PrivacySettingRelayAllCalls, _Mapping]] = ..., callLogAction: _Optional[_Union[SyncActionValue.CallLogAction, _Mapping]] = ..., ugcBot: _Optional[_Union[SyncActionValue.UGCBot, _Mapping]] = ..., statusPrivacy: _Optional[_Union[SyncActionValue.StatusPrivacyAction, _Mapping]] = ..., botWelcomeRequestAction: _Optional[_Union[SyncActionValue.BotWelcomeRequestAction, _Mapping]] = ..., deleteIndividualCallLog: _Optional[_Union[SyncActionValue.DeleteIndividualCallLogAction, _Mapping]] = ..., labelReorderingAction: _Optional[_Union[SyncActionValue.LabelReorderingAction, _Mapping]] = ..., paymentInfoAction: _Optional[_Union[SyncActionValue.PaymentInfoAction, _Mapping]] = ..., customPaymentMethodsAction: _Optional[_Union[SyncActionValue.CustomPaymentMethodsAction, _Mapping]] = ..., lockChatAction: _Optional[_Union[SyncActionValue.LockChatAction, _Mapping]] = ..., chatLockSettings: _Optional[_Union[ChatLockSettings, _Mapping]] = ..., wamoUserIdentifierAction: _Optional[_Union[SyncActionValue.WamoUserIdentifierAction, _Mapping]] = ..., privacySettingDisableLinkPreviewsAction: _Optional[_Union[SyncActionValue.PrivacySettingDisableLinkPreviewsAction, _Mapping]] = ..., deviceCapabilities: _Optional[_Union[DeviceCapabilities, _Mapping]] = ..., noteEditAction: _Optional[_Union[SyncActionValue.NoteEditAction, _Mapping]] = ..., favoritesAction: _Optional[_Union[SyncActionValue.FavoritesAction, _Mapping]] = ..., merchantPaymentPartnerAction: _Optional[_Union[SyncActionValue.MerchantPaymentPartnerAction, _Mapping]] = ..., waffleAccountLinkStateAction: _Optional[_Union[SyncActionValue.WaffleAccountLinkStateAction, _Mapping]] = ..., usernameChatStartMode: _Optional[_Union[SyncActionValue.UsernameChatStartModeAction, _Mapping]] = ..., notificationActivitySettingAction: _Optional[_Union[SyncActionValue.NotificationActivitySettingAction, _Mapping]] = ..., lidContactAction: _Optional[_Union[LidContactAction, _Mapping]] = ..., ctwaPerCustomerDataSharingAction: _Optional[_Union[SyncActionValue.CtwaPerCustomerDataSharingAction, _Mapping]] = ..., paymentTosAction: _Optional[_Union[SyncActionValue.PaymentTosAction, _Mapping]] = ..., privacySettingChannelsPersonalisedRecommendationAction: _Optional[_Union[SyncActionValue.PrivacySettingChannelsPersonalisedRecommendationAction, _Mapping]] = ..., businessBroadcastAssociationAction: _Optional[_Union[SyncActionValue.BusinessBroadcastAssociationAction, _Mapping]] = ..., detectedOutcomesStatusAction: _Optional[_Union[SyncActionValue.DetectedOutcomesStatusAction, _Mapping]] = ..., maibaAiFeaturesControlAction: _Optional[_Union[SyncActionValue.MaibaAIFeaturesControlAction, _Mapping]] = ..., businessBroadcastListAction: _Optional[_Union[SyncActionValue.BusinessBroadcastListAction, _Mapping]] = ..., musicUserIdAction: _Optional[_Union[SyncActionValue.MusicUserIdAction, _Mapping]] = ..., statusPostOptInNotificationPreferencesAction: _Optional[_Union[SyncActionValue.StatusPostOptInNotificationPreferencesAction, _Mapping]] = ..., avatarUpdatedAction: _Optional[_Union[SyncActionValue.AvatarUpdatedAction, _Mapping]] = ..., privateProcessingSettingAction: _Optional[_Union[SyncActionValue.PrivateProcessingSettingAction, _Mapping]] = ..., newsletterSavedInterestsAction: _Optional[_Union[SyncActionValue.NewsletterSavedInterestsAction, _Mapping]] = ..., aiThreadRenameAction: _Optional[_Union[SyncActionValue.AiThreadRenameAction, _Mapping]] = ..., interactiveMessageAction: _Optional[_Union[SyncActionValue.InteractiveMessageAction, _Mapping]] = ..., settingsSyncAction: _Optional[_Union[SyncActionValue.SettingsSyncAction, _Mapping]] = ..., outContactAction: _Optional[_Union[SyncActionValue.OutContactAction, _Mapping]] = ..., nctSaltSyncAction: _Optional[_Union[SyncActionValue.NctSaltSyncAction, _Mapping]] = ..., businessBroadcastCampaignAction: _Optional[_Union[SyncActionValue.BusinessBroadcastCampaignAction, _Mapping]] = ..., businessBroadcastInsightsAction: _Optional[_Union[SyncActionValue.BusinessBroadcastInsightsAction, _Mapping]] = ..., customerDataAction: _Optional[_Union[SyncActionValue.CustomerDataAction, _Mapping]] = ..., subscriptionsSyncV2Action: _Optional[_Union[SyncActionValue.SubscriptionsSyncV2Action, _Mapping]] = ..., threadPinAction: _Optional[_Union[SyncActionValue.ThreadPinAction, _Mapping]] = ..., autoOrganizeBusinessChatSetting: _Optional[_Union[SyncActionValue.AutoOrganizeBusinessChatSetting, _Mapping]] = ..., bizAiSettingsNudgeAction: _Optional[_Union[SyncActionValue.BizAISettingsNudgeAction, _Mapping]] = ..., coexV2VersionAction: _Optional[_Union[SyncActionValue.CoexV2VersionAction, _Mapping]] = ..., wasaRootSecretAction: _Optional[_Union[SyncActionValue.WASARootSecretAction, _Mapping]] = ..., bubbleLockMessageAction: _Optional[_Union[SyncActionValue.BubbleLockMessageAction, _Mapping]] = ..., labelSublistAction: _Optional[_Union[SyncActionValue.LabelSublistAction, _Mapping]] = ..., deviceCapabilitiesV2: _Optional[_Union[DeviceCapabilities, _Mapping]] = ..., ctwaMessageReceivedAction: _Optional[_Union[SyncActionValue.CtwaMessageReceivedAction, _Mapping]] = ...) -> None: ...

class StarAction(_message.Message):
    __slots__ = ("starred",)
    STARRED_FIELD_NUMBER: _ClassVar[int]
    starred: bool
    def __init__(self, starred: _Optional[bool] = ...) -> None: ...

class ContactAction(_message.Message):
    __slots__ = ("fullName", "firstName", "lidJid", "saveOnPrimaryAddressbook", "pnJid", "username")
    FULLNAME_FIELD_NUMBER: _ClassVar[int]
    FIRSTNAME_FIELD_NUMBER: _ClassVar[int]
    LIDJID_FIELD_NUMBER: _ClassVar[int]
    SAVEONPRIMARYADDRESSBOOK_FIELD_NUMBER: _ClassVar[int]
    PNJID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    fullName: str
    firstName: str
    lidJid: str
    saveOnPrimaryAddressbook: bool
    pnJid: str
    username: str
    def __init__(self, fullName: _Optional[str] = ..., firstName: _Optional[str] = ..., lidJid: _Optional[str] = ..., saveOnPrimaryAddressbook: _Optional[bool] = ..., pnJid: _Optional[str] = ..., username: _Optional[str] = ...) -> None: ...

class MuteAction(_message.Message):
    __slots__ = ("muted", "muteEndTimestamp", "autoMuted", "muteEveryoneMentionEndTimestamp")
    MUTED_FIELD_NUMBER: _ClassVar[int]
    MUTEENDTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    AUTOMUTED_FIELD_NUMBER: _ClassVar[int]
    MUTEEVERYONEMENTIONENDTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    muted: bool
    muteEndTimestamp: int
    autoMuted: bool
    muteEveryoneMentionEndTimestamp: int
    def __init__(self, muted: _Optional[bool] = ..., muteEndTimestamp: _Optional[int] = ..., autoMuted: _Optional[bool] = ..., muteEveryoneMentionEndTimestamp: _Optional[int] = ...) -> None: ...

class PinAction(_message.Message):
    __slots__ = ("pinned",)
    PINNED_FIELD_NUMBER: _ClassVar[int]
    pinned: bool
    def __init__(self, pinned: _Optional[bool] = ...) -> None: ...

class PushNameSetting(_message.Message):
    __slots__ = ("name",)
    NAME_FIELD_NUMBER: _ClassVar[int]
    name: str
    def __init__(self, name: _Optional[str] = ...) -> None: ...

class ArchiveChatAction(_message.Message):
    __slots__ = ("archived", "messageRange")
    ARCHIVED_FIELD_NUMBER: _ClassVar[int]
    MESSAGERANGE_FIELD_NUMBER: _ClassVar[int]
    archived: bool
    messageRange: SyncActionMessageRange
    def __init__(self, archived: _Optional[bool] = ..., messageRange: _Optional[_Union[SyncActionMessageRange, _Mapping]] = ...) -> None: ...

class DeleteMessageForMeAction(_message.Message):
    __slots__ = ("deleteMedia", "messageTimestamp")
    DELETEMEDIA_FIELD_NUMBER: _ClassVar[int]
    MESSAGETIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    deleteMedia: bool
    messageTimestamp: int
    def __init__(self, deleteMedia: _Optional[bool] = ..., messageTimestamp: _Optional[int] = ...) -> None: ...

class MarkChatAsReadAction(_message.Message):
    __slots__ = ("read", "messageRange")
    READ_FIELD_NUMBER: _ClassVar[int]
    MESSAGERANGE_FIELD_NUMBER: _ClassVar[int]
    read: bool
    messageRange: SyncActionMessageRange
    def __init__(self, read: _Optional[bool] = ..., messageRange: _Optional[_Union[SyncActionMessageRange, _Mapping]] = ...) -> None: ...

class ClearChatAction(_message.Message):
    __slots__ = ("messageRange",)
    MESSAGERANGE_FIELD_NUMBER: _ClassVar[int]
    messageRange: SyncActionMessageRange
    def __init__(self, messageRange: _Optional[_Union[SyncActionMessageRange, _Mapping]] = ...) -> None: ...

class DeleteChatAction(_message.Message):
    __slots__ = ("messageRange",)
    MESSAGERANGE_FIELD_NUMBER: _ClassVar[int]
    messageRange: SyncActionMessageRange
    def __init__(self, messageRange: _Optional[_Union[SyncActionMessageRange, _Mapping]] = ...) -> None: ...

class SyncActionMessageRange(_message.Message):
    __slots__ = ("lastMessageTimestamp", "lastSystemMessageTimestamp", "messages")
    LASTMESSAGETIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    LASTSYSTEMMESSAGETIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    lastMessageTimestamp: int
    lastSystemMessageTimestamp: int
    messages: _containers.RepeatedCompositeFieldContainer[SyncActionMessage]
    def __init__(self, lastMessageTimestamp: _Optional[int] = ..., lastSystemMessageTimestamp: _Optional[int] = ..., messages: _Optional[_Iterable[_Union[SyncActionMessage, _Mapping]]] = ...) -> None: ...

class SyncActionMessage(_message.Message):
    __slots__ = ("key", "timestamp")
    KEY_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    key: MessageKey
    timestamp: int
    def __init__(self, key: _Optional[_Union[MessageKey, _Mapping]] = ..., timestamp: _Optional[int] = ...) -> None: ...

class LabelEditAction(_message.Message):
    __slots__ = ("name", "color", "predefinedId", "deleted", "orderIndex", "isActive", "isImmutable", "muteEndTimeMs")
    NAME_FIELD_NUMBER: _ClassVar[int]
    COLOR_FIELD_NUMBER: _ClassVar[int]
    PREDEFINEDID_FIELD_NUMBER: _ClassVar[int]
    DELETED_FIELD_NUMBER: _ClassVar[int]
    ORDERINDEX_FIELD_NUMBER: _ClassVar[int]
    ISACTIVE_FIELD_NUMBER: _ClassVar[int]
    ISIMMUTABLE_FIELD_NUMBER: _ClassVar[int]
    MUTEENDTIMEMS_FIELD_NUMBER: _ClassVar[int]
    name: str
    color: int
    predefinedId: int
    deleted: bool
    orderIndex: int
    isActive: bool
    isImmutable: bool
    muteEndTimeMs: int
    def __init__(self, name: _Optional[str] = ..., color: _Optional[int] = ..., predefinedId: _Optional[int] = ..., deleted: _Optional[bool] = ..., orderIndex: _Optional[int] = ..., isActive: _Optional[bool] = ..., isImmutable: _Optional[bool] = ..., muteEndTimeMs: _Optional[int] = ...) -> None: ...

class LabelAssociationAction(_message.Message):
    __slots__ = ("labeled", "modelMetaData")
    LABELED_FIELD_NUMBER: _ClassVar[int]
    MODELMETADATA_FIELD_NUMBER: _ClassVar[int]
    labeled: bool
    modelMetaData: str
    def __init__(self, labeled: _Optional[bool] = ..., modelMetaData: _Optional[str] = ...) -> None: ...

class LocaleSetting(_message.Message):
    __slots__ = ("locale",)
    LOCALE_FIELD_NUMBER: _ClassVar[int]
    locale: str
    def __init__(self, locale: _Optional[str] = ...) -> None: ...

class UnarchiveChatsSetting(_message.Message):
    __slots__ = ("unarchiveChats",)
    UNARCHIVECHATS_FIELD_NUMBER: _ClassVar[int]
    unarchiveChats: bool
    def __init__(self, unarchiveChats: _Optional[bool] = ...) -> None: ...

class LidContactAction(_message.Message):
    __slots__ = ("fullName", "firstName", "username")
    FULLNAME_FIELD_NUMBER: _ClassVar[int]
    FIRSTNAME_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    fullName: str
    firstName: str
    username: str
    def __init__(self, fullName: _Optional[str] = ..., firstName: _Optional[str] = ..., username: _Optional[str] = ...) -> None: ...

class UserStatusMuteAction(_message.Message):
    __slots__ = ("muted",)
    MUTED_FIELD_NUMBER: _ClassVar[int]
    muted: bool
    def __init__(self, muted: _Optional[bool] = ...) -> None: ...

class KeyExpiration(_message.Message):
    __slots__ = ("expiredKeyEpoch",)
    EXPIREDKEYEPOCH_FIELD_NUMBER: _ClassVar[int]
    expiredKeyEpoch: int
    def __init__(self, expiredKeyEpoch: _Optional[int] = ...) -> None: ...

class MediaRetryNotification(_message.Message):
    __slots__ = ("stanzaId", "directPath", "result", "messageSecret")
    class ResultType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        GENERAL_ERROR: _ClassVar[MediaRetryNotification.ResultType]
        SUCCESS: _ClassVar[MediaRetryNotification.ResultType]
        NOT_FOUND: _ClassVar[MediaRetryNotification.ResultType]
        DECRYPTION_ERROR: _ClassVar[MediaRetryNotification.ResultType]
    GENERAL_ERROR: MediaRetryNotification.ResultType
    SUCCESS: MediaRetryNotification.ResultType
    NOT_FOUND: MediaRetryNotification.ResultType
    DECRYPTION_ERROR: MediaRetryNotification.ResultType
    STANZAID_FIELD_NUMBER: _ClassVar[int]
    DIRECTPATH_FIELD_NUMBER: _ClassVar[int]
    RESULT_FIELD_NUMBER: _ClassVar[int]
    MESSAGESECRET_FIELD_NUMBER: _ClassVar[int]
    stanzaId: str
    directPath: str
    result: MediaRetryNotification.ResultType
    messageSecret: bytes
    def __init__(self, stanzaId: _Optional[str] = ..., directPath: _Optional[str] = ..., result: _Optional[_Union[MediaRetryNotification.ResultType, str]] = ..., messageSecret: _Optional[bytes] = ...) -> None: ...

class ServerErrorReceipt(_message.Message):
    __slots__ = ("stanzaId",)
    STANZAID_FIELD_NUMBER: _ClassVar[int]
    stanzaId: str
    def __init__(self, stanzaId: _Optional[str] = ...) -> None: ...

class SignalMessage(_message.Message):
    __slots__ = ("ratchetKey", "counter", "previousCounter", "ciphertext")
    RATCHETKEY_FIELD_NUMBER: _ClassVar[int]
    COUNTER_FIELD_NUMBER: _ClassVar[int]
    PREVIOUSCOUNTER_FIELD_NUMBER: _ClassVar[int]
    CIPHERTEXT_FIELD_NUMBER: _ClassVar[int]
    ratchetKey: bytes
    counter: int
    previousCounter: int
    ciphertext: bytes
    def __init__(self, ratchetKey: _Optional[bytes] = ..., counter: _Optional[int] = ..., previousCounter: _Optional[int] = ..., ciphertext: _Optional[bytes] = ...) -> None: ...

class PreKeySignalMessage(_message.Message):
    __slots__ = ("preKeyId", "baseKey", "identityKey", "message", "registrationId", "signedPreKeyId", "kyberPreKeyId", "kyberCiphertext")
    PREKEYID_FIELD_NUMBER: _ClassVar[int]
    BASEKEY_FIELD_NUMBER: _ClassVar[int]
    IDENTITYKEY_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    REGISTRATIONID_FIELD_NUMBER: _ClassVar[int]
    SIGNEDPREKEYID_FIELD_NUMBER: _ClassVar[int]
    KYBERPREKEYID_FIELD_NUMBER: _ClassVar[int]
    KYBERCIPHERTEXT_FIELD_NUMBER: _ClassVar[int]
    preKeyId: int
    baseKey: bytes
    identityKey: bytes
    message: bytes
    registrationId: int
    signedPreKeyId: int
    kyberPreKeyId: int
    kyberCiphertext: bytes
    def __init__(self, preKeyId: _Optional[int] = ..., baseKey: _Optional[bytes] = ..., identityKey: _Optional[bytes] = ..., message: _Optional[bytes] = ..., registrationId: _Optional[int] = ..., signedPreKeyId: _Optional[int] = ..., kyberPreKeyId: _Optional[int] = ..., kyberCiphertext: _Optional[bytes] = ...) -> None: ...

class SenderKeyMessage(_message.Message):
    __slots__ = ("id", "iteration", "ciphertext")
    ID_FIELD_NUMBER: _ClassVar[int]
    ITERATION_FIELD_NUMBER: _ClassVar[int]
    CIPHERTEXT_FIELD_NUMBER: _ClassVar[int]
    id: int
    iteration: int
    ciphertext: bytes
    def __init__(self, id: _Optional[int] = ..., iteration: _Optional[int] = ..., ciphertext: _Optional[bytes] = ...) -> None: ...

class SenderKeyDistributionMessage(_message.Message):
    __slots__ = ("id", "iteration", "chainKey", "signingKey")
    ID_FIELD_NUMBER: _ClassVar[int]
    ITERATION_FIELD_NUMBER: _ClassVar[int]
    CHAINKEY_FIELD_NUMBER: _ClassVar[int]
    SIGNINGKEY_FIELD_NUMBER: _ClassVar[int]
    id: int
    iteration: int
    chainKey: bytes
    signingKey: bytes
    def __init__(self, id: _Optional[int] = ..., iteration: _Optional[int] = ..., chainKey: _Optional[bytes] = ..., signingKey: _Optional[bytes] = ...) -> None: ...

class AIRichResponseMessage(_message.Message):
    __slots__ = ("messageType", "submessages", "unifiedResponse", "contextInfo")
    MESSAGETYPE_FIELD_NUMBER: _ClassVar[int]
    SUBMESSAGES_FIELD_NUMBER: _ClassVar[int]
    UNIFIEDRESPONSE_FIELD_NUMBER: _ClassVar[int]
    CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
    messageType: AIRichResponseMessageType
    submessages: _containers.RepeatedCompositeFieldContainer[AIRichResponseSubMessage]
    unifiedResponse: AIRichResponseUnifiedResponse
    contextInfo: ContextInfo
    def __init__(self, messageType: _Optional[_Union[AIRichResponseMessageType, str]] = ..., submessages: _Optional[_Iterable[_Union[AIRichResponseSubMessage, _Mapping]]] = ..., unifiedResponse: _Optional[_Union[AIRichResponseUnifiedResponse, _Mapping]] = ..., contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ...) -> None: ...

class GroupRootKeyShare(_message.Message):
    __slots__ = ("keys",)
    KEYS_FIELD_NUMBER: _ClassVar[int]
    keys: _containers.RepeatedCompositeFieldContainer[GroupRootKeyShareEntry]
    def __init__(self, keys: _Optional[_Iterable[_Union[GroupRootKeyShareEntry, _Mapping]]] = ...) -> None: ...

class InteractiveAnnotation(_message.Message):
    __slots__ = ("polygonVertices", "shouldSkipConfirmation", "embeddedContent", "statusLinkType", "location", "newsletter", "embeddedAction", "tapAction")
    class StatusLinkType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        RASTERIZED_LINK_PREVIEW: _ClassVar[InteractiveAnnotation.StatusLinkType]
        RASTERIZED_LINK_TRUNCATED: _ClassVar[InteractiveAnnotation.StatusLinkType]
        RASTERIZED_LINK_FULL_URL: _ClassVar[InteractiveAnnotation.StatusLinkType]
    RASTERIZED_LINK_PREVIEW: InteractiveAnnotation.StatusLinkType
    RASTERIZED_LINK_TRUNCATED: InteractiveAnnotation.StatusLinkType
    RASTERIZED_LINK_FULL_URL: InteractiveAnnotation.StatusLinkType
    POLYGONVERTICES_FIELD_NUMBER: _ClassVar[int]
    SHOULDSKIPCONFIRMATION_FIELD_NUMBER: _ClassVar[int]
    EMBEDDEDCONTENT_FIELD_NUMBER: _ClassVar[int]
    STATUSLINKTYPE_FIELD_NUMBER: _ClassVar[int]
    LOCATION_FIELD_NUMBER: _ClassVar[int]
    NEWSLETTER_FIELD_NUMBER: _ClassVar[int]
    EMBEDDEDACTION_FIELD_NUMBER: _ClassVar[int]
    TAPACTION_FIELD_NUMBER: _ClassVar[int]
    polygonVertices: _containers.RepeatedCompositeFieldContainer[Point]
    shouldSkipConfirmation: bool
    embeddedContent: EmbeddedContent
    statusLinkType: InteractiveAnnotation.StatusLinkType
    location: Location
    newsletter: ContextInfo.ForwardedNewsletterMessageInfo
    embeddedAction: bool
    tapAction: TapLinkAction
    def __init__(self, polygonVertices: _Optional[_Iterable[_Union[Point, _Mapping]]] = ..., shouldSkipConfirmation: _Optional[bool] = ..., embeddedContent: _Optional[_Union[EmbeddedContent, _Mapping]] = ..., statusLinkType: _Optional[_Union[InteractiveAnnotation.StatusLinkType, str]] = ..., location: _Optional[_Union[Location, _Mapping]] = ..., newsletter: _Optional[_Union[ContextInfo.ForwardedNewsletterMessageInfo, _Mapping]] = ..., embeddedAction: _Optional[bool] = ..., tapAction: _Optional[_Union[TapLinkAction, _Mapping]] = ...) -> None: ...

class ProcessedVideo(_message.Message):
    __slots__ = ("directPath", "fileSha256", "height", "width", "fileLength", "bitrate", "quality", "capabilities")
    class VideoQuality(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        UNDEFINED: _ClassVar[ProcessedVideo.VideoQuality]
        LOW: _ClassVar[ProcessedVideo.VideoQuality]
        MID: _ClassVar[ProcessedVideo.VideoQuality]
        HIGH: _ClassVar[ProcessedVideo.VideoQuality]
    UNDEFINED: ProcessedVideo.VideoQuality
    LOW: ProcessedVideo.VideoQuality
    MID: ProcessedVideo.VideoQuality
    HIGH: ProcessedVideo.VideoQuality
    DIRECTPATH_FIELD_NUMBER: _ClassVar[int]
    FILESHA256_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_FIELD_NUMBER: _ClassVar[int]
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    FILELENGTH_FIELD_NUMBER: _ClassVar[int]
    BITRATE_FIELD_NUMBER: _ClassVar[int]
    QUALITY_FIELD_NUMBER: _ClassVar[int]
    CAPABILITIES_FIELD_NUMBER: _ClassVar[int]
    directPath: str
    fileSha256: bytes
    height: int
    width: int
    fileLength: int
    bitrate: int
    quality: ProcessedVideo.VideoQuality
    capabilities: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, directPath: _Optional[str] = ..., fileSha256: _Optional[bytes] = ..., height: _Optional[int] = ..., width: _Optional[int] = ..., fileLength: _Optional[int] = ..., bitrate: _Optional[int] = ..., quality: _Optional[_Union[ProcessedVideo.VideoQuality, str]] = ..., capabilities: _Optional[_Iterable[str]] = ...) -> None: ...

class MMSThumbnailMetadata(_message.Message):
    __slots__ = ("thumbnailDirectPath", "thumbnailSha256", "thumbnailEncSha256", "mediaKey", "mediaKeyTimestamp", "thumbnailHeight", "thumbnailWidth")
    THUMBNAILDIRECTPATH_FIELD_NUMBER: _ClassVar[int]
    THUMBNAILSHA256_FIELD_NUMBER: _ClassVar[int]
    THUMBNAILENCSHA256_FIELD_NUMBER: _ClassVar[int]
    MEDIAKEY_FIELD_NUMBER: _ClassVar[int]
    MEDIAKEYTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    THUMBNAILHEIGHT_FIELD_NUMBER: _ClassVar[int]
    THUMBNAILWIDTH_FIELD_NUMBER: _ClassVar[int]
    thumbnailDirectPath: str
    thumbnailSha256: bytes
    thumbnailEncSha256: bytes
    mediaKey: bytes
    mediaKeyTimestamp: int
    thumbnailHeight: int
    thumbnailWidth: int
    def __init__(self, thumbnailDirectPath: _Optional[str] = ..., thumbnailSha256: _Optional[bytes] = ..., thumbnailEncSha256: _Optional[bytes] = ..., mediaKey: _Optional[bytes] = ..., mediaKeyTimestamp: _Optional[int] = ..., thumbnailHeight: _Optional[int] = ..., thumbnailWidth: _Optional[int] = ...) -> None: ...

class LinkPreviewMetadata(_message.Message):
    __slots__ = ("paymentLinkMetadata", "urlMetadata", "fbExperimentId", "linkMediaDuration", "socialMediaPostType", "linkInlineVideoMuted", "videoContentUrl", "musicMetadata", "videoContentCaption")
    class SocialMediaPostType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        NONE: _ClassVar[LinkPreviewMetadata.SocialMediaPostType]
        REEL: _ClassVar[LinkPreviewMetadata.SocialMediaPostType]
        LIVE_VIDEO: _ClassVar[LinkPreviewMetadata.SocialMediaPostType]
        LONG_VIDEO: _ClassVar[LinkPreviewMetadata.SocialMediaPostType]
        SINGLE_IMAGE: _ClassVar[LinkPreviewMetadata.SocialMediaPostType]
        CAROUSEL: _ClassVar[LinkPreviewMetadata.SocialMediaPostType]
    NONE: LinkPreviewMetadata.SocialMediaPostType
    REEL: LinkPreviewMetadata.SocialMediaPostType
    LIVE_VIDEO: LinkPreviewMetadata.SocialMediaPostType
    LONG_VIDEO: LinkPreviewMetadata.SocialMediaPostType
    SINGLE_IMAGE: LinkPreviewMetadata.SocialMediaPostType
    CAROUSEL: LinkPreviewMetadata.SocialMediaPostType
    PAYMENTLINKMETADATA_FIELD_NUMBER: _ClassVar[int]
    URLMETADATA_FIELD_NUMBER: _ClassVar[int]
    FBEXPERIMENTID_FIELD_NUMBER: _ClassVar[int]
    LINKMEDIADURATION_FIELD_NUMBER: _ClassVar[int]
    SOCIALMEDIAPOSTTYPE_FIELD_NUMBER: _ClassVar[int]
    LINKINLINEVIDEOMUTED_FIELD_NUMBER: _ClassVar[int]
    VIDEOCONTENTURL_FIELD_NUMBER: _ClassVar[int]
    MUSICMETADATA_FIELD_NUMBER: _ClassVar[int]
    VIDEOCONTENTCAPTION_FIELD_NUMBER: _ClassVar[int]
    paymentLinkMetadata: PaymentLinkMetadata
    urlMetadata: Message.URLMetadata
    fbExperimentId: int
    linkMediaDuration: int
    socialMediaPostType: LinkPreviewMetadata.SocialMediaPostType
    linkInlineVideoMuted: bool
    videoContentUrl: str
    musicMetadata: EmbeddedMusic
    videoContentCaption: str
    def __init__(self, paymentLinkMetadata: _Optional[_Union[PaymentLinkMetadata, _Mapping]] = ..., urlMetadata: _Optional[_Union[Message.URLMetadata, _Mapping]] = ..., fbExperimentId: _Optional[int] = ..., linkMediaDuration: _Optional[int] = ..., socialMediaPostType: _Optional[_Union[LinkPreviewMetadata.SocialMediaPostType, str]] = ..., linkInlineVideoMuted: _Optional[bool] = ..., videoContentUrl: _Optional[str] = ..., musicMetadata: _Optional[_Union[EmbeddedMusic, _Mapping]] = ..., videoContentCaption: _Optional[str] = ...) -> None: ...

class PaymentLinkMetadata(_message.Message):
    __slots__ = ("button", "header", "provider")
    class PaymentLinkButton(_message.Message):
        __slots__ = ("displayText",)
        DISPLAYTEXT_FIELD_NUMBER: _ClassVar[int]
        displayText: str
        def __init__(self, displayText: _Optional[str] = ...) -> None: ...
    class PaymentLinkHeader(_message.Message):
        __slots__ = ("headerType",)
        class PaymentLinkHeaderType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            LINK_PREVIEW: _ClassVar[PaymentLinkMetadata.PaymentLinkHeader.PaymentLinkHeaderType]
            ORDER: _ClassVar[PaymentLinkMetadata.PaymentLinkHeader.PaymentLinkHeaderType]
        LINK_PREVIEW: PaymentLinkMetadata.PaymentLinkHeader.PaymentLinkHeaderType
        ORDER: PaymentLinkMetadata.PaymentLinkHeader.PaymentLinkHeaderType
        HEADERTYPE_FIELD_NUMBER: _ClassVar[int]
        headerType: PaymentLinkMetadata.PaymentLinkHeader.PaymentLinkHeaderType
        def __init__(self, headerType: _Optional[_Union[PaymentLinkMetadata.PaymentLinkHeader.PaymentLinkHeaderType, str]] = ...) -> None: ...
    class PaymentLinkProvider(_message.Message):
        __slots__ = ("paramsJson",)
        PARAMSJSON_FIELD_NUMBER: _ClassVar[int]
        paramsJson: str
        def __init__(self, paramsJson: _Optional[str] = ...) -> None: ...
    BUTTON_FIELD_NUMBER: _ClassVar[int]
    HEADER_FIELD_NUMBER: _ClassVar[int]
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    button: PaymentLinkMetadata.PaymentLinkButton
    header: PaymentLinkMetadata.PaymentLinkHeader
    provider: PaymentLinkMetadata.PaymentLinkProvider
    def __init__(self, button: _Optional[_Union[PaymentLinkMetadata.PaymentLinkButton, _Mapping]] = ..., header: _Optional[_Union[PaymentLinkMetadata.PaymentLinkHeader, _Mapping]] = ..., provider: _Optional[_Union[PaymentLinkMetadata.PaymentLinkProvider, _Mapping]] = ...) -> None: ...

class VideoEndCard(_message.Message):
    __slots__ = ("username", "caption", "thumbnailImageUrl", "profilePictureUrl")
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    CAPTION_FIELD_NUMBER: _ClassVar[int]
    THUMBNAILIMAGEURL_FIELD_NUMBER: _ClassVar[int]
    PROFILEPICTUREURL_FIELD_NUMBER: _ClassVar[int]
    username: str
    caption: str
    thumbnailImageUrl: str
    profilePictureUrl: str
    def __init__(self, username: _Optional[str] = ..., caption: _Optional[str] = ..., thumbnailImageUrl: _Optional[str] = ..., profilePictureUrl: _Optional[str] = ...) -> None: ...

class EmbeddedMusic(_message.Message):
    __slots__ = ("musicContentMediaId", "songId", "author", "title", "artworkDirectPath", "artworkSha256", "artworkEncSha256", "artistAttribution", "countryBlocklist", "isExplicit", "artworkMediaKey", "musicSongStartTimeInMs", "derivedContentStartTimeInMs", "overlapDurationInMs")
    MUSICCONTENTMEDIAID_FIELD_NUMBER: _ClassVar[int]
    SONGID_FIELD_NUMBER: _ClassVar[int]
    AUTHOR_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    ARTWORKDIRECTPATH_FIELD_NUMBER: _ClassVar[int]
    ARTWORKSHA256_FIELD_NUMBER: _ClassVar[int]
    ARTWORKENCSHA256_FIELD_NUMBER: _ClassVar[int]
    ARTISTATTRIBUTION_FIELD_NUMBER: _ClassVar[int]
    COUNTRYBLOCKLIST_FIELD_NUMBER: _ClassVar[int]
    ISEXPLICIT_FIELD_NUMBER: _ClassVar[int]
    ARTWORKMEDIAKEY_FIELD_NUMBER: _ClassVar[int]
    MUSICSONGSTARTTIMEINMS_FIELD_NUMBER: _ClassVar[int]
    DERIVEDCONTENTSTARTTIMEINMS_FIELD_NUMBER: _ClassVar[int]
    OVERLAPDURATIONINMS_FIELD_NUMBER: _ClassVar[int]
    musicContentMediaId: str
    songId: str
    author: str
    title: str
    artworkDirectPath: str
    artworkSha256: bytes
    artworkEncSha256: bytes
    artistAttribution: str
    countryBlocklist: bytes
    isExplicit: bool
    artworkMediaKey: bytes
    musicSongStartTimeInMs: int
    derivedContentStartTimeInMs: int
    overlapDurationInMs: int
    def __init__(self, musicContentMediaId: _Optional[str] = ..., songId: _Optional[str] = ..., author: _Optional[str] = ..., title: _Optional[str] = ..., artworkDirectPath: _Optional[str] = ..., artworkSha256: _Optional[bytes] = ..., artworkEncSha256: _Optional[bytes] = ..., artistAttribution: _Optional[str] = ..., countryBlocklist: _Optional[bytes] = ..., isExplicit: _Optional[bool] = ..., artworkMediaKey: _Optional[bytes] = ..., musicSongStartTimeInMs: _Optional[int] = ..., derivedContentStartTimeInMs: _Optional[int] = ..., overlapDurationInMs: _Optional[int] = ...) -> None: ...

class PaymentExtendedMetadata(_message.Message):
    __slots__ = ("type", "platform", "messageParamsJson")
    TYPE_FIELD_NUMBER: _ClassVar[int]
    PLATFORM_FIELD_NUMBER: _ClassVar[int]
    MESSAGEPARAMSJSON_FIELD_NUMBER: _ClassVar[int]
    type: int
    platform: str
    messageParamsJson: str
    def __init__(self, type: _Optional[int] = ..., platform: _Optional[str] = ..., messageParamsJson: _Optional[str] = ...) -> None: ...

class DisappearingMode(_message.Message):
    __slots__ = ("initiator", "trigger", "initiatorDeviceJid", "initiatedByMe")
    class Initiator(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        CHANGED_IN_CHAT: _ClassVar[DisappearingMode.Initiator]
        INITIATED_BY_ME: _ClassVar[DisappearingMode.Initiator]
        INITIATED_BY_OTHER: _ClassVar[DisappearingMode.Initiator]
        BIZ_UPGRADE_FB_HOSTING: _ClassVar[DisappearingMode.Initiator]
    CHANGED_IN_CHAT: DisappearingMode.Initiator
    INITIATED_BY_ME: DisappearingMode.Initiator
    INITIATED_BY_OTHER: DisappearingMode.Initiator
    BIZ_UPGRADE_FB_HOSTING: DisappearingMode.Initiator
    class Trigger(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        UNKNOWN: _ClassVar[DisappearingMode.Trigger]
        CHAT_SETTING: _ClassVar[DisappearingMode.Trigger]
        ACCOUNT_SETTING: _ClassVar[DisappearingMode.Trigger]
        BULK_CHANGE: _ClassVar[DisappearingMode.Trigger]
        BIZ_SUPPORTS_FB_HOSTING: _ClassVar[DisappearingMode.Trigger]
        UNKNOWN_GROUPS: _ClassVar[DisappearingMode.Trigger]
    UNKNOWN: DisappearingMode.Trigger
    CHAT_SETTING: DisappearingMode.Trigger
    ACCOUNT_SETTING: DisappearingMode.Trigger
    BULK_CHANGE: DisappearingMode.Trigger
    BIZ_SUPPORTS_FB_HOSTING: DisappearingMode.Trigger
    UNKNOWN_GROUPS: DisappearingMode.Trigger
    INITIATOR_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_FIELD_NUMBER: _ClassVar[int]
    INITIATORDEVICEJID_FIELD_NUMBER: _ClassVar[int]
    INITIATEDBYME_FIELD_NUMBER: _ClassVar[int]
    initiator: DisappearingMode.Initiator
    trigger: DisappearingMode.Trigger
    initiatorDeviceJid: str
    initiatedByMe: bool
    def __init__(self, initiator: _Optional[_Union[DisappearingMode.Initiator, str]] = ..., trigger: _Optional[_Union[DisappearingMode.Trigger, str]] = ..., initiatorDeviceJid: _Optional[str] = ..., initiatedByMe: _Optional[bool] = ...) -> None: ...

class ActionLink(_message.Message):
    __slots__ = ("url", "buttonTitle")
    URL_FIELD_NUMBER: _ClassVar[int]
    BUTTONTITLE_FIELD_NUMBER: _ClassVar[int]
    url: str
    buttonTitle: str
    def __init__(self, url: _Optional[str] = ..., buttonTitle: _Optional[str] = ...) -> None: ...

class GroupMention(_message.Message):
    __slots__ = ("groupJid", "groupSubject")
    GROUPJID_FIELD_NUMBER: _ClassVar[int]
    GROUPSUBJECT_FIELD_NUMBER: _ClassVar[int]
    groupJid: str
    groupSubject: str
    def __init__(self, groupJid: _Optional[str] = ..., groupSubject: _Optional[str] = ...) -> None: ...

class ForwardedAIBotMessageInfo(_message.Message):
    __slots__ = ("botName", "botJid", "creatorName")
    BOTNAME_FIELD_NUMBER: _ClassVar[int]
    BOTJID_FIELD_NUMBER: _ClassVar[int]
    CREATORNAME_FIELD_NUMBER: _ClassVar[int]
    botName: str
    botJid: str
    creatorName: str
    def __init__(self, botName: _Optional[str] = ..., botJid: _Optional[str] = ..., creatorName: _Optional[str] = ...) -> None: ...

class UrlTrackingMap(_message.Message):
    __slots__ = ("urlTrackingMapElements",)
    class UrlTrackingMapElement(_message.Message):
        __slots__ = ("originalUrl", "unconsentedUsersUrl", "consentedUsersUrl", "cardIndex")
        ORIGINALURL_FIELD_NUMBER: _ClassVar[int]
        UNCONSENTEDUSERSURL_FIELD_NUMBER: _ClassVar[int]
        CONSENTEDUSERSURL_FIELD_NUMBER: _ClassVar[int]
        CARDINDEX_FIELD_NUMBER: _ClassVar[int]
        originalUrl: str
        unconsentedUsersUrl: str
        consentedUsersUrl: str
        cardIndex: int
        def __init__(self, originalUrl: _Optional[str] = ..., unconsentedUsersUrl: _Optional[str] = ..., consentedUsersUrl: _Optional[str] = ..., cardIndex: _Optional[int] = ...) -> None: ...
    URLTRACKINGMAPELEMENTS_FIELD_NUMBER: _ClassVar[int]
    urlTrackingMapElements: _containers.RepeatedCompositeFieldContainer[UrlTrackingMap.UrlTrackingMapElement]
    def __init__(self, urlTrackingMapElements: _Optional[_Iterable[_Union[UrlTrackingMap.UrlTrackingMapElement, _Mapping]]] = ...) -> None: ...

class MemberLabel(_message.Message):
    __slots__ = ("label", "labelTimestamp")
    LABEL_FIELD_NUMBER: _ClassVar[int]
    LABELTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    label: str
    labelTimestamp: int
    def __init__(self, label: _Optional[str] = ..., labelTimestamp: _Optional[int] = ...) -> None: ...

class StatusAttribution(_message.Message):
    __slots__ = ("type", "actionUrl", "statusReshare", "externalShare", "music", "groupStatus", "rlAttribution", "aiCreatedAttribution")
    class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        UNKNOWN: _ClassVar[StatusAttribution.Type]
        RESHARE: _ClassVar[StatusAttribution.Type]
        EXTERNAL_SHARE: _ClassVar[StatusAttribution.Type]
        MUSIC: _ClassVar[StatusAttribution.Type]
        STATUS_MENTION: _ClassVar[StatusAttribution.Type]
        GROUP_STATUS: _ClassVar[StatusAttribution.Type]
        RL_ATTRIBUTION: _ClassVar[StatusAttribution.Type]
        AI_CREATED: _ClassVar[StatusAttribution.Type]
        LAYOUTS: _ClassVar[StatusAttribution.Type]
        NEWSLETTER_STATUS: _ClassVar[StatusAttribution.Type]
        STATUS_CLOSE_SHARING: _ClassVar[StatusAttribution.Type]
        PAID_PARTNERSHIP: _ClassVar[StatusAttribution.Type]
        USERNAME_STATUS: _ClassVar[StatusAttribution.Type]
    UNKNOWN: StatusAttribution.Type
    RESHARE: StatusAttribution.Type
    EXTERNAL_SHARE: StatusAttribution.Type
    MUSIC: StatusAttribution.Type
    STATUS_MENTION: StatusAttribution.Type
    GROUP_STATUS: StatusAttribution.Type
    RL_ATTRIBUTION: StatusAttribution.Type
    AI_CREATED: StatusAttribution.Type
    LAYOUTS: StatusAttribution.Type
    NEWSLETTER_STATUS: StatusAttribution.Type
    STATUS_CLOSE_SHARING: StatusAttribution.Type
    PAID_PARTNERSHIP: StatusAttribution.Type
    USERNAME_STATUS: StatusAttribution.Type
    class AiCreatedAttribution(_message.Message):
        __slots__ = ("source",)
        class Source(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            UNKNOWN: _ClassVar[StatusAttribution.AiCreatedAttribution.Source]
            STATUS_MIMICRY: _ClassVar[StatusAttribution.AiCreatedAttribution.Source]
        UNKNOWN: StatusAttribution.AiCreatedAttribution.Source
        STATUS_MIMICRY: StatusAttribution.AiCreatedAttribution.Source
        SOURCE_FIELD_NUMBER: _ClassVar[int]
        source: StatusAttribution.AiCreatedAttribution.Source
        def __init__(self, source: _Optional[_Union[StatusAttribution.AiCreatedAttribution.Source, str]] = ...) -> None: ...
    class ExternalShare(_message.Message):
        __slots__ = ("actionUrl", "source", "duration", "actionFallbackUrl")
        class Source(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            UNKNOWN: _ClassVar[StatusAttribution.ExternalShare.Source]
            INSTAGRAM: _ClassVar[StatusAttribution.ExternalShare.Source]
            FACEBOOK: _ClassVar[StatusAttribution.ExternalShare.Source]
            MESSENGER: _ClassVar[StatusAttribution.ExternalShare.Source]
            SPOTIFY: _ClassVar[StatusAttribution.ExternalShare.Source]
            YOUTUBE: _ClassVar[StatusAttribution.ExternalShare.Source]
            PINTEREST: _ClassVar[StatusAttribution.ExternalShare.Source]
            THREADS: _ClassVar[StatusAttribution.ExternalShare.Source]
            APPLE_MUSIC: _ClassVar[StatusAttribution.ExternalShare.Source]
            SHARECHAT: _ClassVar[StatusAttribution.ExternalShare.Source]
            GOOGLE_PHOTOS: _ClassVar[StatusAttribution.ExternalShare.Source]
            SOUNDCLOUD: _ClassVar[StatusAttribution.ExternalShare.Source]
            SHAZAM: _ClassVar[StatusAttribution.ExternalShare.Source]
            PICSART: _ClassVar[StatusAttribution.ExternalShare.Source]
        UNKNOWN: StatusAttribution.ExternalShare.Source
        INSTAGRAM: StatusAttribution.ExternalShare.Source
        FACEBOOK: StatusAttribution.ExternalShare.Source
        MESSENGER: StatusAttribution.ExternalShare.Source
        SPOTIFY: StatusAttribution.ExternalShare.Source
        YOUTUBE: StatusAttribution.ExternalShare.Source
        PINTEREST: StatusAttribution.ExternalShare.Source
        THREADS: StatusAttribution.ExternalShare.Source
        APPLE_MUSIC: StatusAttribution.ExternalShare.Source
        SHARECHAT: StatusAttribution.ExternalShare.Source
        GOOGLE_PHOTOS: StatusAttribution.ExternalShare.Source
        SOUNDCLOUD: StatusAttribution.ExternalShare.Source
        SHAZAM: StatusAttribution.ExternalShare.Source
        PICSART: StatusAttribution.ExternalShare.Source
        ACTIONURL_FIELD_NUMBER: _ClassVar[int]
        SOURCE_FIELD_NUMBER: _ClassVar[int]
        DURATION_FIELD_NUMBER: _ClassVar[int]
        ACTIONFALLBACKURL_FIELD_NUMBER: _ClassVar[int]
        actionUrl: str
        source: StatusAttribution.ExternalShare.Source
        duration: int
        actionFallbackUrl: str
        def __init__(self, actionUrl: _Optional[str] = ..., source: _Optional[_Union[StatusAttribution.ExternalShare.Source, str]] = ..., duration: _Optional[int] = ..., actionFallbackUrl: _Optional[str] = ...) -> None: ...
    class GroupStatus(_message.Message):
        __slots__ = ("authorJid",)
        AUTHORJID_FIELD_NUMBER: _ClassVar[int]
        authorJid: str
        def __init__(self, authorJid: _Optional[str] = ...) -> None: ...
    class Music(_message.Message):
        __slots__ = ("authorName", "songId", "title", "author", "artistAttribution", "isExplicit")
        AUTHORNAME_FIELD_NUMBER: _ClassVar[int]
        SONGID_FIELD_NUMBER: _ClassVar[int]
        TITLE_FIELD_NUMBER: _ClassVar[int]
        AUTHOR_FIELD_NUMBER: _ClassVar[int]
        ARTISTATTRIBUTION_FIELD_NUMBER: _ClassVar[int]
        ISEXPLICIT_FIELD_NUMBER: _ClassVar[int]
        authorName: str
        songId: str
        title: str
        author: str
        artistAttribution: str
        isExplicit: bool
        def __init__(self, authorName: _Optional[str] = ..., songId: _Optional[str] = ..., title: _Optional[str] = ..., author: _Optional[str] = ..., artistAttribution: _Optional[str] = ..., isExplicit: _Optional[bool] = ...) -> None: ...
    class RLAttribution(_message.Message):
        __slots__ = ("source",)
        class Source(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            UNKNOWN: _ClassVar[StatusAttribution.RLAttribution.Source]
            RAY_BAN_META_GLASSES: _ClassVar[StatusAttribution.RLAttribution.Source]
            OAKLEY_META_GLASSES: _ClassVar[StatusAttribution.RLAttribution.Source]
            HYPERNOVA_GLASSES: _ClassVar[StatusAttribution.RLAttribution.Source]
        UNKNOWN: StatusAttribution.RLAttribution.Source
        RAY_BAN_META_GLASSES: StatusAttribution.RLAttribution.Source
        OAKLEY_META_GLASSES: StatusAttribution.RLAttribution.Source
        HYPERNOVA_GLASSES: StatusAttribution.RLAttribution.Source
        SOURCE_FIELD_NUMBER: _ClassVar[int]
        source: StatusAttribution.RLAttribution.Source
        def __init__(self, source: _Optional[_Union[StatusAttribution.RLAttribution.Source, str]] = ...) -> None: ...
    class StatusReshare(_message.Message):
        __slots__ = ("source", "metadata")
        class Source(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            UNKNOWN: _ClassVar[StatusAttribution.StatusReshare.Source]
            INTERNAL_RESHARE: _ClassVar[StatusAttribution.StatusReshare.Source]
            MENTION_RESHARE: _ClassVar[StatusAttribution.StatusReshare.Source]
            CHANNEL_RESHARE: _ClassVar[StatusAttribution.StatusReshare.Source]
            FORWARD: _ClassVar[StatusAttribution.StatusReshare.Source]
        UNKNOWN: StatusAttribution.StatusReshare.Source
        INTERNAL_RESHARE: StatusAttribution.StatusReshare.Source
        MENTION_RESHARE: StatusAttribution.StatusReshare.Source
        CHANNEL_RESHARE: StatusAttribution.StatusReshare.Source
        FORWARD: StatusAttribution.StatusReshare.Source
        class Metadata(_message.Message):
            __slots__ = ("duration", "channelJid", "channelMessageId", "hasMultipleReshares")
            DURATION_FIELD_NUMBER: _ClassVar[int]
            CHANNELJID_FIELD_NUMBER: _ClassVar[int]
            CHANNELMESSAGEID_FIELD_NUMBER: _ClassVar[int]
            HASMULTIPLERESHARES_FIELD_NUMBER: _ClassVar[int]
            duration: int
            channelJid: str
            channelMessageId: int
            hasMultipleReshares: bool
            def __init__(self, duration: _Optional[int] = ..., channelJid: _Optional[str] = ..., channelMessageId: _Optional[int] = ..., hasMultipleReshares: _Optional[bool] = ...) -> None: ...
        SOURCE_FIELD_NUMBER: _ClassVar[int]
        METADATA_FIELD_NUMBER: _ClassVar[int]
        source: StatusAttribution.StatusReshare.Source
        metadata: StatusAttribution.StatusReshare.Metadata
        def __init__(self, source: _Optional[_Union[StatusAttribution.StatusReshare.Source, str]] = ..., metadata: _Optional[_Union[StatusAttribution.StatusReshare.Metadata, _Mapping]] = ...) -> None: ...
    TYPE_FIELD_NUMBER: _ClassVar[int]
    ACTIONURL_FIELD_NUMBER: _ClassVar[int]
    STATUSRESHARE_FIELD_NUMBER: _ClassVar[int]
    EXTERNALSHARE_FIELD_NUMBER: _ClassVar[int]
    MUSIC_FIELD_NUMBER: _ClassVar[int]
    GROUPSTATUS_FIELD_NUMBER: _ClassVar[int]
    RLATTRIBUTION_FIELD_NUMBER: _ClassVar[int]
    AICREATEDATTRIBUTION_FIELD_NUMBER: _ClassVar[int]
    type: StatusAttribution.Type
    actionUrl: str
    statusReshare: StatusAttribution.StatusReshare
    externalShare: StatusAttribution.ExternalShare
    music: StatusAttribution.Music
    groupStatus: StatusAttribution.GroupStatus
    rlAttribution: StatusAttribution.RLAttribution
    aiCreatedAttribution: StatusAttribution.AiCreatedAttribution
    def __init__(self, type: _Optional[_Union[StatusAttribution.Type, str]] = ..., actionUrl: _Optional[str] = ..., statusReshare: _Optional[_Union[StatusAttribution.StatusReshare, _Mapping]] = ..., externalShare: _Optional[_Union[StatusAttribution.ExternalShare, _Mapping]] = ..., music: _Optional[_Union[StatusAttribution.Music, _Mapping]] = ..., groupStatus: _Optional[_Union[StatusAttribution.GroupStatus, _Mapping]] = ..., rlAttribution: _Optional[_Union[StatusAttribution.RLAttribution, _Mapping]] = ..., aiCreatedAttribution: _Optional[_Union[StatusAttribution.AiCreatedAttribution, _Mapping]] = ...) -> None: ...

class BotMessageSharingInfo(_message.Message):
    __slots__ = ("botEntryPointOrigin", "forwardScore")
    BOTENTRYPOINTORIGIN_FIELD_NUMBER: _ClassVar[int]
    FORWARDSCORE_FIELD_NUMBER: _ClassVar[int]
    botEntryPointOrigin: BotMetricsEntryPoint
    forwardScore: int
    def __init__(self, botEntryPointOrigin: _Optional[_Union[BotMetricsEntryPoint, str]] = ..., forwardScore: _Optional[int] = ...) -> None: ...

class MediaDomainInfo(_message.Message):
    __slots__ = ("mediaKeyDomain", "e2EeMediaKey")
    MEDIAKEYDOMAIN_FIELD_NUMBER: _ClassVar[int]
    E2EEMEDIAKEY_FIELD_NUMBER: _ClassVar[int]
    mediaKeyDomain: MediaKeyDomain
    e2EeMediaKey: bytes
    def __init__(self, mediaKeyDomain: _Optional[_Union[MediaKeyDomain, str]] = ..., e2EeMediaKey: _Optional[bytes] = ...) -> None: ...

class AIProvenance(_message.Message):
    __slots__ = ("c2PaMetadata", "iptcMetadata")
    class Metadata(_message.Message):
        __slots__ = ("createdWithGenAi", "editedWithGenAi")
        CREATEDWITHGENAI_FIELD_NUMBER: _ClassVar[int]
        EDITEDWITHGENAI_FIELD_NUMBER: _ClassVar[int]
        createdWithGenAi: bool
        editedWithGenAi: bool
        def __init__(self, createdWithGenAi: _Optional[bool] = ..., editedWithGenAi: _Optional[bool] = ...) -> None: ...
    C2PAMETADATA_FIELD_NUMBER: _ClassVar[int]
    IPTCMETADATA_FIELD_NUMBER: _ClassVar[int]
    c2PaMetadata: AIProvenance.Metadata
    iptcMetadata: AIProvenance.Metadata
    def __init__(self, c2PaMetadata: _Optional[_Union[AIProvenance.Metadata, _Mapping]] = ..., iptcMetadata: _Optional[_Union[AIProvenance.Metadata, _Mapping]] = ...) -> None: ...

class InitialSecurityNotificationSettingSync(_message.Message):
    __slots__ = ("securityNotificationEnabled",)
    SECURITYNOTIFICATIONENABLED_FIELD_NUMBER: _ClassVar[int]
    securityNotificationEnabled: bool
    def __init__(self, securityNotificationEnabled: _Optional[bool] = ...) -> None: ...

class AppStateFatalExceptionNotification(_message.Message):
    __slots__ = ("collectionNames", "timestamp")
    COLLECTIONNAMES_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    collectionNames: _containers.RepeatedScalarFieldContainer[str]
    timestamp: int
    def __init__(self, collectionNames: _Optional[_Iterable[str]] = ..., timestamp: _Optional[int] = ...) -> None: ...

class BotFeedbackMessage(_message.Message):
    __slots__ = ("messageKey", "kind", "text", "kindNegative", "kindPositive", "kindReport", "sideBySideSurveyMetadata")
    class BotFeedbackKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        BOT_FEEDBACK_POSITIVE: _ClassVar[BotFeedbackMessage.BotFeedbackKind]
        BOT_FEEDBACK_NEGATIVE_GENERIC: _ClassVar[BotFeedbackMessage.BotFeedbackKind]
        BOT_FEEDBACK_NEGATIVE_HELPFUL: _ClassVar[BotFeedbackMessage.BotFeedbackKind]
        BOT_FEEDBACK_NEGATIVE_INTERESTING: _ClassVar[BotFeedbackMessage.BotFeedbackKind]
        BOT_FEEDBACK_NEGATIVE_ACCURATE: _ClassVar[BotFeedbackMessage.BotFeedbackKind]
        BOT_FEEDBACK_NEGATIVE_SAFE: _ClassVar[BotFeedbackMessage.BotFeedbackKind]
        BOT_FEEDBACK_NEGATIVE_OTHER: _ClassVar[BotFeedbackMessage.BotFeedbackKind]
        BOT_FEEDBACK_NEGATIVE_REFUSED: _ClassVar[BotFeedbackMessage.BotFeedbackKind]
        BOT_FEEDBACK_NEGATIVE_NOT_VISUALLY_APPEALING: _ClassVar[BotFeedbackMessage.BotFeedbackKind]
        BOT_FEEDBACK_NEGATIVE_NOT_RELEVANT_TO_TEXT: _ClassVar[BotFeedbackMessage.BotFeedbackKind]
        BOT_FEEDBACK_NEGATIVE_PERSONALIZED: _ClassVar[BotFeedbackMessage.BotFeedbackKind]
        BOT_FEEDBACK_NEGATIVE_CLARITY: _ClassVar[BotFeedbackMessage.BotFeedbackKind]
        BOT_FEEDBACK_NEGATIVE_DOESNT_LOOK_LIKE_THE_PERSON: _ClassVar[BotFeedbackMessage.BotFeedbackKind]
        BOT_FEEDBACK_NEGATIVE_HALLUCINATION_INTERNAL_ONLY: _ClassVar[BotFeedbackMessage.BotFeedbackKind]
        BOT_FEEDBACK_NEGATIVE: _ClassVar[BotFeedbackMessage.BotFeedbackKind]
    BOT_FEEDBACK_POSITIVE: BotFeedbackMessage.BotFeedbackKind
    BOT_FEEDBACK_NEGATIVE_GENERIC: BotFeedbackMessage.BotFeedbackKind
    BOT_FEEDBACK_NEGATIVE_HELPFUL: BotFeedbackMessage.BotFeedbackKind
    BOT_FEEDBACK_NEGATIVE_INTERESTING: BotFeedbackMessage.BotFeedbackKind
    BOT_FEEDBACK_NEGATIVE_ACCURATE: BotFeedbackMessage.BotFeedbackKind
    BOT_FEEDBACK_NEGATIVE_SAFE: BotFeedbackMessage.BotFeedbackKind
    BOT_FEEDBACK_NEGATIVE_OTHER: BotFeedbackMessage.BotFeedbackKind
    BOT_FEEDBACK_NEGATIVE_REFUSED: BotFeedbackMessage.BotFeedbackKind
    BOT_FEEDBACK_NEGATIVE_NOT_VISUALLY_APPEALING: BotFeedbackMessage.BotFeedbackKind
    BOT_FEEDBACK_NEGATIVE_NOT_RELEVANT_TO_TEXT: BotFeedbackMessage.BotFeedbackKind
    BOT_FEEDBACK_NEGATIVE_PERSONALIZED: BotFeedbackMessage.BotFeedbackKind
    BOT_FEEDBACK_NEGATIVE_CLARITY: BotFeedbackMessage.BotFeedbackKind
    BOT_FEEDBACK_NEGATIVE_DOESNT_LOOK_LIKE_THE_PERSON: BotFeedbackMessage.BotFeedbackKind
    BOT_FEEDBACK_NEGATIVE_HALLUCINATION_INTERNAL_ONLY: BotFeedbackMessage.BotFeedbackKind
    BOT_FEEDBACK_NEGATIVE: BotFeedbackMessage.BotFeedbackKind
    class BotFeedbackKindMultipleNegative(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        BOT_FEEDBACK_MULTIPLE_NEGATIVE_GENERIC: _ClassVar[BotFeedbackMessage.BotFeedbackKindMultipleNegative]
        BOT_FEEDBACK_MULTIPLE_NEGATIVE_HELPFUL: _ClassVar[BotFeedbackMessage.BotFeedbackKindMultipleNegative]
        BOT_FEEDBACK_MULTIPLE_NEGATIVE_INTERESTING: _ClassVar[BotFeedbackMessage.BotFeedbackKindMultipleNegative]
        BOT_FEEDBACK_MULTIPLE_NEGATIVE_ACCURATE: _ClassVar[BotFeedbackMessage.BotFeedbackKindMultipleNegative]
        BOT_FEEDBACK_MULTIPLE_NEGATIVE_SAFE: _ClassVar[BotFeedbackMessage.BotFeedbackKindMultipleNegative]
        BOT_FEEDBACK_MULTIPLE_NEGATIVE_OTHER: _ClassVar[BotFeedbackMessage.BotFeedbackKindMultipleNegative]
        BOT_FEEDBACK_MULTIPLE_NEGATIVE_REFUSED: _ClassVar[BotFeedbackMessage.BotFeedbackKindMultipleNegative]
        BOT_FEEDBACK_MULTIPLE_NEGATIVE_NOT_VISUALLY_APPEALING: _ClassVar[BotFeedbackMessage.BotFeedbackKindMultipleNegative]
        BOT_FEEDBACK_MULTIPLE_NEGATIVE_NOT_RELEVANT_TO_TEXT: _ClassVar[BotFeedbackMessage.BotFeedbackKindMultipleNegative]
    BOT_FEEDBACK_MULTIPLE_NEGATIVE_GENERIC: BotFeedbackMessage.BotFeedbackKindMultipleNegative
    BOT_FEEDBACK_MULTIPLE_NEGATIVE_HELPFUL: BotFeedbackMessage.BotFeedbackKindMultipleNegative
    BOT_FEEDBACK_MULTIPLE_NEGATIVE_INTERESTING: BotFeedbackMessage.BotFeedbackKindMultipleNegative
    BOT_FEEDBACK_MULTIPLE_NEGATIVE_ACCURATE: BotFeedbackMessage.BotFeedbackKindMultipleNegative
    BOT_FEEDBACK_MULTIPLE_NEGATIVE_SAFE: BotFeedbackMessage.BotFeedbackKindMultipleNegative
    BOT_FEEDBACK_MULTIPLE_NEGATIVE_OTHER: BotFeedbackMessage.BotFeedbackKindMultipleNegative
    BOT_FEEDBACK_MULTIPLE_NEGATIVE_REFUSED: BotFeedbackMessage.BotFeedbackKindMultipleNegative
    BOT_FEEDBACK_MULTIPLE_NEGATIVE_NOT_VISUALLY_APPEALING: BotFeedbackMessage.BotFeedbackKindMultipleNegative
    BOT_FEEDBACK_MULTIPLE_NEGATIVE_NOT_RELEVANT_TO_TEXT: BotFeedbackMessage.BotFeedbackKindMultipleNegative
    class BotFeedbackKindMultiplePositive(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        BOT_FEEDBACK_MULTIPLE_POSITIVE_GENERIC: _ClassVar[BotFeedbackMessage.BotFeedbackKindMultiplePositive]
    BOT_FEEDBACK_MULTIPLE_POSITIVE_GENERIC: BotFeedbackMessage.BotFeedbackKindMultiplePositive
    class ReportKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        NONE: _ClassVar[BotFeedbackMessage.ReportKind]
        GENERIC: _ClassVar[BotFeedbackMessage.ReportKind]
    NONE: BotFeedbackMessage.ReportKind
    GENERIC: BotFeedbackMessage.ReportKind
    class SideBySideSurveyMetadata(_message.Message):
        __slots__ = ("selectedRequestId", "surveyId", "simonSessionFbid", "responseOtid", "responseTimestampMsString", "isSelectedResponsePrimary", "messageIdToEdit", "analyticsData", "metaAiAnalyticsData")
        class SideBySideSurveyAnalyticsData(_message.Message):
            __slots__ = ("tessaEvent", "tessaSessionFbid", "simonSessionFbid")
            TESSAEVENT_FIELD_NUMBER: _ClassVar[int]
            TESSASESSIONFBID_FIELD_NUMBER: _ClassVar[int]
            SIMONSESSIONFBID_FIELD_NUMBER: _ClassVar[int]
            tessaEvent: str
            tessaSessionFbid: str
            simonSessionFbid: str
            def __init__(self, tessaEvent: _Optional[str] = ..., tessaSessionFbid: _Optional[str] = ..., simonSessionFbid: _Optional[str] = ...) -> None: ...
        class SidebySideSurveyMetaAiAnalyticsData(_message.Message):
            __slots__ = ("surveyId", "primaryResponseId", "testArmName", "timestampMsString", "ctaImpressionEvent", "ctaClickEvent", "cardImpressionEvent", "responseEvent", "abandonEvent")
            class SideBySideSurveyAbandonEventData(_message.Message):
                __slots__ = ("abandonDwellTimeMsString",)
                ABANDONDWELLTIMEMSSTRING_FIELD_NUMBER: _ClassVar[int]
                abandonDwellTimeMsString: str
                def __init__(self, abandonDwellTimeMsString: _Optional[str] = ...) -> None: ...
            class SideBySideSurveyCTAClickEventData(_message.Message):
                __slots__ = ("isSurveyExpired", "clickDwellTimeMsString")
                ISSURVEYEXPIRED_FIELD_NUMBER: _ClassVar[int]
                CLICKDWELLTIMEMSSTRING_FIELD_NUMBER: _ClassVar[int]
                isSurveyExpired: bool
                clickDwellTimeMsString: str
                def __init__(self, isSurveyExpired: _Optional[bool] = ..., clickDwellTimeMsString: _Optional[str] = ...) -> None: ...
            class SideBySideSurveyCTAImpressionEventData(_message.Message):
                __slots__ = ("isSurveyExpired",)
                ISSURVEYEXPIRED_FIELD_NUMBER: _ClassVar[int]
                isSurveyExpired: bool
                def __init__(self, isSurveyExpired: _Optional[bool] = ...) -> None: ...
            class SideBySideSurveyCardImpressionEventData(_message.Message):
                __slots__ = ()
                def __init__(self) -> None: ...
            class SideBySideSurveyResponseEventData(_message.Message):
                __slots__ = ("responseDwellTimeMsString", "selectedResponseId")
                RESPONSEDWELLTIMEMSSTRING_FIELD_NUMBER: _ClassVar[int]
                SELECTEDRESPONSEID_FIELD_NUMBER: _ClassVar[int]
                responseDwellTimeMsString: str
                selectedResponseId: str
                def __init__(self, responseDwellTimeMsString: _Optional[str] = ..., selectedResponseId: _Optional[str] = ...) -> None: ...
            SURVEYID_FIELD_NUMBER: _ClassVar[int]
            PRIMARYRESPONSEID_FIELD_NUMBER: _ClassVar[int]
            TESTARMNAME_FIELD_NUMBER: _ClassVar[int]
            TIMESTAMPMSSTRING_FIELD_NUMBER: _ClassVar[int]
            CTAIMPRESSIONEVENT_FIELD_NUMBER: _ClassVar[int]
            CTACLICKEVENT_FIELD_NUMBER: _ClassVar[int]
            CARDIMPRESSIONEVENT_FIELD_NUMBER: _ClassVar[int]
            RESPONSEEVENT_FIELD_NUMBER: _ClassVar[int]
            ABANDONEVENT_FIELD_NUMBER: _ClassVar[int]
            surveyId: int
            primaryResponseId: str
            testArmName: str
            timestampMsString: str
            ctaImpressionEvent: BotFeedbackMessage.SideBySideSurveyMetadata.SidebySideSurveyMetaAiAnalyticsData.SideBySideSurveyCTAImpressionEventData
            ctaClickEvent: BotFeedbackMessage.SideBySideSurveyMetadata.SidebySideSurveyMetaAiAnalyticsData.SideBySideSurveyCTAClickEventData
            cardImpressionEvent: BotFeedbackMessage.SideBySideSurveyMetadata.SidebySideSurveyMetaAiAnalyticsData.SideBySideSurveyCardImpressionEventData
            responseEvent: BotFeedbackMessage.SideBySideSurveyMetadata.SidebySideSurveyMetaAiAnalyticsData.SideBySideSurveyResponseEventData
            abandonEvent: BotFeedbackMessage.SideBySideSurveyMetadata.SidebySideSurveyMetaAiAnalyticsData.SideBySideSurveyAbandonEventData
            def __init__(self, surveyId: _Optional[int] = ..., primaryResponseId: _Optional[str] = ..., testArmName: _Optional[str] = ..., timestampMsString: _Optional[str] = ..., ctaImpressionEvent: _Optional[_Union[BotFeedbackMessage.SideBySideSurveyMetadata.SidebySideSurveyMetaAiAnalyticsData.SideBySideSurveyCTAImpressionEventData, _Mapping]] = ..., ctaClickEvent: _Optional[_Union[BotFeedbackMessage.SideBySideSurveyMetadata.SidebySideSurveyMetaAiAnalyticsData.SideBySideSurveyCTAClickEventData, _Mapping]] = ..., cardImpressionEvent: _Optional[_Union[BotFeedbackMessage.SideBySideSurveyMetadata.SidebySideSurveyMetaAiAnalyticsData.SideBySideSurveyCardImpressionEventData, _Mapping]] = ..., responseEvent: _Optional[_Union[BotFeedbackMessage.SideBySideSurveyMetadata.SidebySideSurveyMetaAiAnalyticsData.SideBySideSurveyResponseEventData, _Mapping]] = ..., abandonEvent: _Optional[_Union[BotFeedbackMessage.SideBySideSurveyMetadata.SidebySideSurveyMetaAiAnalyticsData.SideBySideSurveyAbandonEventData, _Mapping]] = ...) -> None: ...
        SELECTEDREQUESTID_FIELD_NUMBER: _ClassVar[int]
        SURVEYID_FIELD_NUMBER: _ClassVar[int]
        SIMONSESSIONFBID_FIELD_NUMBER: _ClassVar[int]
        RESPONSEOTID_FIELD_NUMBER: _ClassVar[int]
        RESPONSETIMESTAMPMSSTRING_FIELD_NUMBER: _ClassVar[int]
        ISSELECTEDRESPONSEPRIMARY_FIELD_NUMBER: _ClassVar[int]
        MESSAGEIDTOEDIT_FIELD_NUMBER: _ClassVar[int]
        ANALYTICSDATA_FIELD_NUMBER: _ClassVar[int]
        METAAIANALYTICSDATA_FIELD_NUMBER: _ClassVar[int]
        selectedRequestId: str
        surveyId: int
        simonSessionFbid: str
        responseOtid: str
        responseTimestampMsString: str
        isSelectedResponsePrimary: bool
        messageIdToEdit: str
        analyticsData: BotFeedbackMessage.SideBySideSurveyMetadata.SideBySideSurveyAnalyticsData
        metaAiAnalyticsData: BotFeedbackMessage.SideBySideSurveyMetadata.SidebySideSurveyMetaAiAnalyticsData
        def __init__(self, selectedRequestId: _Optional[str] = ..., surveyId: _Optional[int] = ..., simonSessionFbid: _Optional[str] = ..., responseOtid: _Optional[str] = ..., responseTimestampMsString: _Optional[str] = ..., isSelectedResponsePrimary: _Optional[bool] = ..., messageIdToEdit: _Optional[str] = ..., analyticsData: _Optional[_Union[BotFeedbackMessage.SideBySideSurveyMetadata.SideBySideSurveyAnalyticsData, _Mapping]] = ..., metaAiAnalyticsData: _Optional[_Union[BotFeedbackMessage.SideBySideSurveyMetadata.SidebySideSurveyMetaAiAnalyticsData, _Mapping]] = ...) -> None: ...
    MESSAGEKEY_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    KINDNEGATIVE_FIELD_NUMBER: _ClassVar[int]
    KINDPOSITIVE_FIELD_NUMBER: _ClassVar[int]
    KINDREPORT_FIELD_NUMBER: _ClassVar[int]
    SIDEBYSIDESURVEYMETADATA_FIELD_NUMBER: _ClassVar[int]
    messageKey: MessageKey
    kind: BotFeedbackMessage.BotFeedbackKind
    text: str
    kindNegative: int
    kindPositive: int
    kindReport: BotFeedbackMessage.ReportKind
    sideBySideSurveyMetadata: BotFeedbackMessage.SideBySideSurveyMetadata
    def __init__(self, messageKey: _Optional[_Union[MessageKey, _Mapping]] = ..., kind: _Optional[_Union[BotFeedbackMessage.BotFeedbackKind, str]] = ..., text: _Optional[str] = ..., kindNegative: _Optional[int] = ..., kindPositive: _Optional[int] = ..., kindReport: _Optional[_Union[BotFeedbackMessage.ReportKind, str]] = ..., sideBySideSurveyMetadata: _Optional[_Union[BotFeedbackMessage.SideBySideSurveyMetadata, _Mapping]] = ...) -> None: ...

class RequestWelcomeMessageMetadata(_message.Message):
    __slots__ = ("localChatState", "welcomeTrigger", "botAgentMetadata")
    class LocalChatState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        EMPTY: _ClassVar[RequestWelcomeMessageMetadata.LocalChatState]
        NON_EMPTY: _ClassVar[RequestWelcomeMessageMetadata.LocalChatState]
    EMPTY: RequestWelcomeMessageMetadata.LocalChatState
    NON_EMPTY: RequestWelcomeMessageMetadata.LocalChatState
    class WelcomeTrigger(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        CHAT_OPEN: _ClassVar[RequestWelcomeMessageMetadata.WelcomeTrigger]
        COMPANION_PAIRING: _ClassVar[RequestWelcomeMessageMetadata.WelcomeTrigger]
    CHAT_OPEN: RequestWelcomeMessageMetadata.WelcomeTrigger
    COMPANION_PAIRING: RequestWelcomeMessageMetadata.WelcomeTrigger
    LOCALCHATSTATE_FIELD_NUMBER: _ClassVar[int]
    WELCOMETRIGGER_FIELD_NUMBER: _ClassVar[int]
    BOTAGENTMETADATA_FIELD_NUMBER: _ClassVar[int]
    localChatState: RequestWelcomeMessageMetadata.LocalChatState
    welcomeTrigger: RequestWelcomeMessageMetadata.WelcomeTrigger
    botAgentMetadata: BotAgentMetadata
    def __init__(self, localChatState: _Optional[_Union[RequestWelcomeMessageMetadata.LocalChatState, str]] = ..., welcomeTrigger: _Optional[_Union[RequestWelcomeMessageMetadata.WelcomeTrigger, str]] = ..., botAgentMetadata: _Optional[_Union[BotAgentMetadata, _Mapping]] = ...) -> None: ...

class MediaNotifyMessage(_message.Message):
    __slots__ = ("expressPathUrl", "fileEncSha256", "fileLength")
    EXPRESSPATHURL_FIELD_NUMBER: _ClassVar[int]
    FILEENCSHA256_FIELD_NUMBER: _ClassVar[int]
    FILELENGTH_FIELD_NUMBER: _ClassVar[int]
    expressPathUrl: str
    fileEncSha256: bytes
    fileLength: int
    def __init__(self, expressPathUrl: _Optional[str] = ..., fileEncSha256: _Optional[bytes] = ..., fileLength: _Optional[int] = ...) -> None: ...

class CloudAPIThreadControlNotification(_message.Message):
    __slots__ = ("status", "senderNotificationTimestampMs", "consumerLid", "consumerPhoneNumber", "notificationContent", "shouldSuppressNotification")
    class CloudAPIThreadControl(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        UNKNOWN: _ClassVar[CloudAPIThreadControlNotification.CloudAPIThreadControl]
        CONTROL_PASSED: _ClassVar[CloudAPIThreadControlNotification.CloudAPIThreadControl]
        CONTROL_TAKEN: _ClassVar[CloudAPIThreadControlNotification.CloudAPIThreadControl]
        INFO: _ClassVar[CloudAPIThreadControlNotification.CloudAPIThreadControl]
    UNKNOWN: CloudAPIThreadControlNotification.CloudAPIThreadControl
    CONTROL_PASSED: CloudAPIThreadControlNotification.CloudAPIThreadControl
    CONTROL_TAKEN: CloudAPIThreadControlNotification.CloudAPIThreadControl
    INFO: CloudAPIThreadControlNotification.CloudAPIThreadControl
    class CloudAPIThreadControlNotificationContent(_message.Message):
        __slots__ = ("handoffNotificationText", "extraJson")
        HANDOFFNOTIFICATIONTEXT_FIELD_NUMBER: _ClassVar[int]
        EXTRAJSON_FIELD_NUMBER: _ClassVar[int]
        handoffNotificationText: str
        extraJson: str
        def __init__(self, handoffNotificationText: _Optional[str] = ..., extraJson: _Optional[str] = ...) -> None: ...
    STATUS_FIELD_NUMBER: _ClassVar[int]
    SENDERNOTIFICATIONTIMESTAMPMS_FIELD_NUMBER: _ClassVar[int]
    CONSUMERLID_FIELD_NUMBER: _ClassVar[int]
    CONSUMERPHONENUMBER_FIELD_NUMBER: _ClassVar[int]
    NOTIFICATIONCONTENT_FIELD_NUMBER: _ClassVar[int]
    SHOULDSUPPRESSNOTIFICATION_FIELD_NUMBER: _ClassVar[int]
    status: CloudAPIThreadControlNotification.CloudAPIThreadControl
    senderNotificationTimestampMs: int
    consumerLid: str
    consumerPhoneNumber: str
    notificationContent: CloudAPIThreadControlNotification.CloudAPIThreadControlNotificationContent
    shouldSuppressNotification: bool
    def __init__(self, status: _Optional[_Union[CloudAPIThreadControlNotification.CloudAPIThreadControl, str]] = ..., senderNotificationTimestampMs: _Optional[int] = ..., consumerLid: _Optional[str] = ..., consumerPhoneNumber: _Optional[str] = ..., notificationContent: _Optional[_Union[CloudAPIThreadControlNotification.CloudAPIThreadControlNotificationContent, _Mapping]] = ..., shouldSuppressNotification: _Optional[bool] = ...) -> None: ...

class LimitSharing(_message.Message):
    __slots__ = ("sharingLimited", "trigger", "limitSharingSettingTimestamp", "initiatedByMe")
    class TriggerType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        UNKNOWN: _ClassVar[LimitSharing.TriggerType]
        CHAT_SETTING: _ClassVar[LimitSharing.TriggerType]
        BIZ_SUPPORTS_FB_HOSTING: _ClassVar[LimitSharing.TriggerType]
        UNKNOWN_GROUP: _ClassVar[LimitSharing.TriggerType]
    UNKNOWN: LimitSharing.TriggerType
    CHAT_SETTING: LimitSharing.TriggerType
    BIZ_SUPPORTS_FB_HOSTING: LimitSharing.TriggerType
    UNKNOWN_GROUP: LimitSharing.TriggerType
    SHARINGLIMITED_FIELD_NUMBER: _ClassVar[int]
    TRIGGER_FIELD_NUMBER: _ClassVar[int]
    LIMITSHARINGSETTINGTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    INITIATEDBYME_FIELD_NUMBER: _ClassVar[int]
    sharingLimited: bool
    trigger: LimitSharing.TriggerType
    limitSharingSettingTimestamp: int
    initiatedByMe: bool
    def __init__(self, sharingLimited: _Optional[bool] = ..., trigger: _Optional[_Union[LimitSharing.TriggerType, str]] = ..., limitSharingSettingTimestamp: _Optional[int] = ..., initiatedByMe: _Optional[bool] = ...) -> None: ...

class AIQueryFanout(_message.Message):
    __slots__ = ("messageKey", "message", "timestamp")
    MESSAGEKEY_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    messageKey: MessageKey
    message: Message
    timestamp: int
    def __init__(self, messageKey: _Optional[_Union[MessageKey, _Mapping]] = ..., message: _Optional[_Union[Message, _Mapping]] = ..., timestamp: _Optional[int] = ...) -> None: ...

class AIMediaCollectionMessage(_message.Message):
    __slots__ = ("collectionId", "expectedMediaCount", "hasGlobalCaption")
    COLLECTIONID_FIELD_NUMBER: _ClassVar[int]
    EXPECTEDMEDIACOUNT_FIELD_NUMBER: _ClassVar[int]
    HASGLOBALCAPTION_FIELD_NUMBER: _ClassVar[int]
    collectionId: str
    expectedMediaCount: int
    hasGlobalCaption: bool
    def __init__(self, collectionId: _Optional[str] = ..., expectedMediaCount: _Optional[int] = ..., hasGlobalCaption: _Optional[bool] = ...) -> None: ...

class ChatThemeSetting(_message.Message):
    __slots__ = ("settingTimestampMs", "clearTheme", "colorSchemeId", "defaultWallpaper", "solidColor", "stockImage", "customImage")
    SETTINGTIMESTAMPMS_FIELD_NUMBER: _ClassVar[int]
    CLEARTHEME_FIELD_NUMBER: _ClassVar[int]
    COLORSCHEMEID_FIELD_NUMBER: _ClassVar[int]
    DEFAULTWALLPAPER_FIELD_NUMBER: _ClassVar[int]
    SOLIDCOLOR_FIELD_NUMBER: _ClassVar[int]
    STOCKIMAGE_FIELD_NUMBER: _ClassVar[int]
    CUSTOMIMAGE_FIELD_NUMBER: _ClassVar[int]
    settingTimestampMs: int
    clearTheme: bool
    colorSchemeId: str
    defaultWallpaper: Message.ChatDefaultWallpaper
    solidColor: Message.ChatSolidColorWallpaper
    stockImage: Message.ChatStockImageWallpaper
    customImage: Message.ChatCustomImageWallpaper
    def __init__(self, settingTimestampMs: _Optional[int] = ..., clearTheme: _Optional[bool] = ..., colorSchemeId: _Optional[str] = ..., defaultWallpaper: _Optional[_Union[Message.ChatDefaultWallpaper, _Mapping]] = ..., solidColor: _Optional[_Union[Message.ChatSolidColorWallpaper, _Mapping]] = ..., stockImage: _Optional[_Union[Message.ChatStockImageWallpaper, _Mapping]] = ..., customImage: _Optional[_Union[Message.ChatCustomImageWallpaper, _Mapping]] = ...) -> None: ...

class AIMetadataOperation(_message.Message):
    __slots__ = ("hatchMetadataSync",)
    HATCHMETADATASYNC_FIELD_NUMBER: _ClassVar[int]
    hatchMetadataSync: HatchMetadataSync
    def __init__(self, hatchMetadataSync: _Optional[_Union[HatchMetadataSync, _Mapping]] = ...) -> None: ...

class MarkAsVerifiedAction(_message.Message):
    __slots__ = ("userJidString", "verified", "verifiedIdentityKey", "actionSeq")
    USERJIDSTRING_FIELD_NUMBER: _ClassVar[int]
    VERIFIED_FIELD_NUMBER: _ClassVar[int]
    VERIFIEDIDENTITYKEY_FIELD_NUMBER: _ClassVar[int]
    ACTIONSEQ_FIELD_NUMBER: _ClassVar[int]
    userJidString: str
    verified: bool
    verifiedIdentityKey: bytes
    actionSeq: int
    def __init__(self, userJidString: _Optional[str] = ..., verified: _Optional[bool] = ..., verifiedIdentityKey: _Optional[bytes] = ..., actionSeq: _Optional[int] = ...) -> None: ...

class CoexStateSync(_message.Message):
    __slots__ = ("collectionMutations",)
    class CollectionMutations(_message.Message):
        __slots__ = ("collection", "mutations")
        COLLECTION_FIELD_NUMBER: _ClassVar[int]
        MUTATIONS_FIELD_NUMBER: _ClassVar[int]
        collection: str
        mutations: _containers.RepeatedCompositeFieldContainer[CoexStateSync.Mutation]
        def __init__(self, collection: _Optional[str] = ..., mutations: _Optional[_Iterable[_Union[CoexStateSync.Mutation, _Mapping]]] = ...) -> None: ...
    class Mutation(_message.Message):
        __slots__ = ("index", "value", "dirtyVersion", "operation")
        INDEX_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        DIRTYVERSION_FIELD_NUMBER: _ClassVar[int]
        OPERATION_FIELD_NUMBER: _ClassVar[int]
        index: SyncdIndex
        value: SyncdValue
        dirtyVersion: int
        operation: SyncdMutation.SyncdOperation
        def __init__(self, index: _Optional[_Union[SyncdIndex, _Mapping]] = ..., value: _Optional[_Union[SyncdValue, _Mapping]] = ..., dirtyVersion: _Optional[int] = ..., operation: _Optional[_Union[SyncdMutation.SyncdOperation, str]] = ...) -> None: ...
    COLLECTIONMUTATIONS_FIELD_NUMBER: _ClassVar[int]
    collectionMutations: _containers.RepeatedCompositeFieldContainer[CoexStateSync.CollectionMutations]
    def __init__(self, collectionMutations: _Optional[_Iterable[_Union[CoexStateSync.CollectionMutations, _Mapping]]] = ...) -> None: ...

class BotMetadata(_message.Message):
    __slots__ = ("personaId", "pluginMetadata", "suggestedPromptMetadata", "invokerJid", "sessionMetadata", "memuMetadata", "timezone", "reminderMetadata", "modelMetadata", "messageDisclaimerText", "progressIndicatorMetadata", "capabilityMetadata", "imagineMetadata", "memoryMetadata", "renderingMetadata", "botMetricsMetadata", "botLinkedAccountsMetadata", "richResponseSourcesMetadata", "aiConversationContext", "botPromotionMessageMetadata", "botModeSelectionMetadata", "botQuotaMetadata", "botAgeCollectionMetadata", "conversationStarterPromptId", "botResponseId", "verificationMetadata", "unifiedResponseMutation", "botMessageOriginMetadata", "inThreadSurveyMetadata", "botThreadInfo", "regenerateMetadata", "sessionTransparencyMetadata", "botDocumentMessageMetadata", "botGroupMetadata", "botRenderingConfigMetadata", "botInfrastructureDiagnostics", "aiMediaCollectionMetadata", "commandMetadata", "resolvedToolCallMetadata", "subscriptionUpsellMetadata", "pttPromptMetadata", "botHistoryShareMetadata", "internalMetadata")
    PERSONAID_FIELD_NUMBER: _ClassVar[int]
    PLUGINMETADATA_FIELD_NUMBER: _ClassVar[int]
    SUGGESTEDPROMPTMETADATA_FIELD_NUMBER: _ClassVar[int]
    INVOKERJID_FIELD_NUMBER: _ClassVar[int]
    SESSIONMETADATA_FIELD_NUMBER: _ClassVar[int]
    MEMUMETADATA_FIELD_NUMBER: _ClassVar[int]
    TIMEZONE_FIELD_NUMBER: _ClassVar[int]
    REMINDERMETADATA_FIELD_NUMBER: _ClassVar[int]
    MODELMETADATA_FIELD_NUMBER: _ClassVar[int]
    MESSAGEDISCLAIMERTEXT_FIELD_NUMBER: _ClassVar[int]
    PROGRESSINDICATORMETADATA_FIELD_NUMBER: _ClassVar[int]
    CAPABILITYMETADATA_FIELD_NUMBER: _ClassVar[int]
    IMAGINEMETADATA_FIELD_NUMBER: _ClassVar[int]
    MEMORYMETADATA_FIELD_NUMBER: _ClassVar[int]
    RENDERINGMETADATA_FIELD_NUMBER: _ClassVar[int]
    BOTMETRICSMETADATA_FIELD_NUMBER: _ClassVar[int]
    BOTLINKEDACCOUNTSMETADATA_FIELD_NUMBER: _ClassVar[int]
    RICHRESPONSESOURCESMETADATA_FIELD_NUMBER: _ClassVar[int]
    AICONVERSATIONCONTEXT_FIELD_NUMBER: _ClassVar[int]
    BOTPROMOTIONMESSAGEMETADATA_FIELD_NUMBER: _ClassVar[int]
    BOTMODESELECTIONMETADATA_FIELD_NUMBER: _ClassVar[int]
    BOTQUOTAMETADATA_FIELD_NUMBER: _ClassVar[int]
    BOTAGECOLLECTIONMETADATA_FIELD_NUMBER: _ClassVar[int]
    CONVERSATIONSTARTERPROMPTID_FIELD_NUMBER: _ClassVar[int]
    BOTRESPONSEID_FIELD_NUMBER: _ClassVar[int]
    VERIFICATIONMETADATA_FIELD_NUMBER: _ClassVar[int]
    UNIFIEDRESPONSEMUTATION_FIELD_NUMBER: _ClassVar[int]
    BOTMESSAGEORIGINMETADATA_FIELD_NUMBER: _ClassVar[int]
    INTHREADSURVEYMETADATA_FIELD_NUMBER: _ClassVar[int]
    BOTTHREADINFO_FIELD_NUMBER: _ClassVar[int]
    REGENERATEMETADATA_FIELD_NUMBER: _ClassVar[int]
    SESSIONTRANSPARENCYMETADATA_FIELD_NUMBER: _ClassVar[int]
    BOTDOCUMENTMESSAGEMETADATA_FIELD_NUMBER: _ClassVar[int]
    BOTGROUPMETADATA_FIELD_NUMBER: _ClassVar[int]
    BOTRENDERINGCONFIGMETADATA_FIELD_NUMBER: _ClassVar[int]
    BOTINFRASTRUCTUREDIAGNOSTICS_FIELD_NUMBER: _ClassVar[int]
    AIMEDIACOLLECTIONMETADATA_FIELD_NUMBER: _ClassVar[int]
    COMMANDMETADATA_FIELD_NUMBER: _ClassVar[int]
    RESOLVEDTOOLCALLMETADATA_FIELD_NUMBER: _ClassVar[int]
    SUBSCRIPTIONUPSELLMETADATA_FIELD_NUMBER: _ClassVar[int]
    PTTPROMPTMETADATA_FIELD_NUMBER: _ClassVar[int]
    BOTHISTORYSHAREMETADATA_FIELD_NUMBER: _ClassVar[int]
    INTERNALMETADATA_FIELD_NUMBER: _ClassVar[int]
    personaId: str
    pluginMetadata: BotPluginMetadata
    suggestedPromptMetadata: BotSuggestedPromptMetadata
    invokerJid: str
    sessionMetadata: BotSessionMetadata
    memuMetadata: BotMemuMetadata
    timezone: str
    reminderMetadata: BotReminderMetadata
    modelMetadata: BotModelMetadata
    messageDisclaimerText: str
    progressIndicatorMetadata: BotProgressIndicatorMetadata
    capabilityMetadata: BotCapabilityMetadata
    imagineMetadata: BotImagineMetadata
    memoryMetadata: BotMemoryMetadata
    renderingMetadata: BotRenderingMetadata
    botMetricsMetadata: BotMetricsMetadata
    botLinkedAccountsMetadata: BotLinkedAccountsMetadata
    richResponseSourcesMetadata: BotSourcesMetadata
    aiConversationContext: bytes
    botPromotionMessageMetadata: BotPromotionMessageMetadata
    botModeSelectionMetadata: BotModeSelectionMetadata
    botQuotaMetadata: BotQuotaMetadata
    botAgeCollectionMetadata: BotAgeCollectionMetadata
    conversationStarterPromptId: str
    botResponseId: str
    verificationMetadata: BotSignatureVerificationMetadata
    unifiedResponseMutation: BotUnifiedResponseMutation
    botMessageOriginMetadata: BotMessageOriginMetadata
    inThreadSurveyMetadata: InThreadSurveyMetadata
    botThreadInfo: AIThreadInfo
    regenerateMetadata: AIRegenerateMetadata
    sessionTransparencyMetadata: SessionTransparencyMetadata
    botDocumentMessageMetadata: BotDocumentMessageMetadata
    botGroupMetadata: BotGroupMetadata
    botRenderingConfigMetadata: BotRenderingConfigMetadata
    botInfrastructureDiagnostics: BotInfrastructureDiagnostics
    aiMediaCollectionMetadata: AIMediaCollectionMetadata
    commandMetadata: BotCommandMetadata
    resolvedToolCallMetadata: BotResolvedToolCallMetadata
    subscriptionUpsellMetadata: AISubscriptionUpsellMetadata
    pttPromptMetadata: BotPttPromptMetadata
    botHistoryShareMetadata: BotHistoryShareMetadata
    internalMetadata: bytes
    def __init__(self, personaId: _Optional[str] = ..., pluginMetadata: _Optional[_Union[BotPluginMetadata, _Mapping]] = ..., suggestedPromptMetadata: _Optional[_Union[BotSuggestedPromptMetadata, _Mapping]] = ..., invokerJid: _Optional[str] = ..., sessionMetadata: _Optional[_Union[BotSessionMetadata, _Mapping]] = ..., memuMetadata: _Optional[_Union[BotMemuMetadata, _Mapping]] = ..., timezone: _Optional[str] = ..., reminderMetadata: _Optional[_Union[BotReminderMetadata, _Mapping]] = ..., modelMetadata: _Optional[_Union[BotModelMetadata, _Mapping]] = ..., messageDisclaimerText: _Optional[str] = ..., progressIndicatorMetadata: _Optional[_Union[BotProgressIndicatorMetadata, _Mapping]] = ..., capabilityMetadata: _Optional[_Union[BotCapabilityMetadata, _Mapping]] = ..., imagineMetadata: _Optional[_Union[BotImagineMetadata, _Mapping]] = ..., memoryMetadata: _Optional[_Union[BotMemoryMetadata, _Mapping]] = ..., renderingMetadata: _Optional[_Union[BotRenderingMetadata, _Mapping]] = ..., botMetricsMetadata: _Optional[_Union[BotMetricsMetadata, _Mapping]] = ..., botLinkedAccountsMetadata: _Optional[_Union[BotLinkedAccountsMetadata, _Mapping]] = ..., richResponseSourcesMetadata: _Optional[_Union[BotSourcesMetadata, _Mapping]] = ..., aiConversationContext: _Optional[bytes] = ..., botPromotionMessageMetadata: _Optional[_Union[BotPromotionMessageMetadata, _Mapping]] = ..., botModeSelectionMetadata: _Optional[_Union[BotModeSelectionMetadata, _Mapping]] = ..., botQuotaMetadata: _Optional[_Union[BotQuotaMetadata, _Mapping]] = ..., botAgeCollectionMetadata: _Optional[_Union[BotAgeCollectionMetadata, _Mapping]] = ..., conversationStarterPromptId: _Optional[str] = ..., botResponseId: _Optional[str] = ..., verificationMetadata: _Optional[_Union[BotSignatureVerificationMetadata, _Mapping]] = ..., unifiedResponseMutation: _Optional[_Union[BotUnifiedResponseMutation, _Mapping]] = ..., botMessageOriginMetadata: _Optional[_Union[BotMessageOriginMetadata, _Mapping]] = ..., inThreadSurveyMetadata: _Optional[_Union[InThreadSurveyMetadata, _Mapping]] = ..., botThreadInfo: _Optional[_Union[AIThreadInfo, _Mapping]] = ..., regenerateMetadata: _Optional[_Union[AIRegenerateMetadata, _Mapping]] = ..., sessionTransparencyMetadata: _Optional[_Union[SessionTransparencyMetadata, _Mapping]] = ..., botDocumentMessageMetadata: _Optional[_Union[BotDocumentMessageMetadata, _Mapping]] = ..., botGroupMetadata: _Optional[_Union[BotGroupMetadata, _Mapping]] = ..., botRenderingConfigMetadata: _Optional[_Union[BotRenderingConfigMetadata, _Mapping]] = ..., botInfrastructureDiagnostics: _Optional[_Union[BotInfrastructureDiagnostics, _Mapping]] = ..., aiMediaCollectionMetadata: _Optional[_Union[AIMediaCollectionMetadata, _Mapping]] = ..., commandMetadata: _Optional[_Union[BotCommandMetadata, _Mapping]] = ..., resolvedToolCallMetadata: _Optional[_Union[BotResolvedToolCallMetadata, _Mapping]] = ..., subscriptionUpsellMetadata: _Optional[_Union[AISubscriptionUpsellMetadata, _Mapping]] = ..., pttPromptMetadata: _Optional[_Union[BotPttPromptMetadata, _Mapping]] = ..., botHistoryShareMetadata: _Optional[_Union[BotHistoryShareMetadata, _Mapping]] = ..., internalMetadata: _Optional[bytes] = ...) -> None: ...

class MessageAssociation(_message.Message):
    __slots__ = ("associationType", "parentMessageKey", "messageIndex")
    class AssociationType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        UNKNOWN: _ClassVar[MessageAssociation.AssociationType]
        MEDIA_ALBUM: _ClassVar[MessageAssociation.AssociationType]
        BOT_PLUGIN: _ClassVar[MessageAssociation.AssociationType]
        EVENT_COVER_IMAGE: _ClassVar[MessageAssociation.AssociationType]
        STATUS_POLL: _ClassVar[MessageAssociation.AssociationType]
        HD_VIDEO_DUAL_UPLOAD: _ClassVar[MessageAssociation.AssociationType]
        STATUS_EXTERNAL_RESHARE: _ClassVar[MessageAssociation.AssociationType]
        MEDIA_POLL: _ClassVar[MessageAssociation.AssociationType]
        STATUS_ADD_YOURS: _ClassVar[MessageAssociation.AssociationType]
        STATUS_NOTIFICATION: _ClassVar[MessageAssociation.AssociationType]
        HD_IMAGE_DUAL_UPLOAD: _ClassVar[MessageAssociation.AssociationType]
        STICKER_ANNOTATION: _ClassVar[MessageAssociation.AssociationType]
        MOTION_PHOTO: _ClassVar[MessageAssociation.AssociationType]
        STATUS_LINK_ACTION: _ClassVar[MessageAssociation.AssociationType]
        VIEW_ALL_REPLIES: _ClassVar[MessageAssociation.AssociationType]
        STATUS_ADD_YOURS_AI_IMAGINE: _ClassVar[MessageAssociation.AssociationType]
        STATUS_QUESTION: _ClassVar[MessageAssociation.AssociationType]
        STATUS_ADD_YOURS_DIWALI: _ClassVar[MessageAssociation.AssociationType]
        STATUS_REACTION: _ClassVar[MessageAssociation.AssociationType]
        HEVC_VIDEO_DUAL_UPLOAD: _ClassVar[MessageAssociation.AssociationType]
        POLL_ADD_OPTION: _ClassVar[MessageAssociation.AssociationType]
    UNKNOWN: MessageAssociation.AssociationType
    MEDIA_ALBUM: MessageAssociation.AssociationType
    BOT_PLUGIN: MessageAssociation.AssociationType
    EVENT_COVER_IMAGE: MessageAssociation.AssociationType
    STATUS_POLL: MessageAssociation.AssociationType
    HD_VIDEO_DUAL_UPLOAD: MessageAssociation.AssociationType
    STATUS_EXTERNAL_RESHARE: MessageAssociation.AssociationType
    MEDIA_POLL: MessageAssociation.AssociationType
    STATUS_ADD_YOURS: MessageAssociation.AssociationType
    STATUS_NOTIFICATION: MessageAssociation.AssociationType
    HD_IMAGE_DUAL_UPLOAD: MessageAssociation.AssociationType
    STICKER_ANNOTATION: MessageAssociation.AssociationType
    MOTION_PHOTO: MessageAssociation.AssociationType
    STATUS_LINK_ACTION: MessageAssociation.AssociationType
    VIEW_ALL_REPLIES: MessageAssociation.AssociationType
    STATUS_ADD_YOURS_AI_IMAGINE: MessageAssociation.AssociationType
    STATUS_QUESTION: MessageAssociation.AssociationType
    STATUS_ADD_YOURS_DIWALI: MessageAssociation.AssociationType
    STATUS_REACTION: MessageAssociation.AssociationType
    HEVC_VIDEO_DUAL_UPLOAD: MessageAssociation.AssociationType
    POLL_ADD_OPTION: MessageAssociation.AssociationType
    ASSOCIATIONTYPE_FIELD_NUMBER: _ClassVar[int]
    PARENTMESSAGEKEY_FIELD_NUMBER: _ClassVar[int]
    MESSAGEINDEX_FIELD_NUMBER: _ClassVar[int]
    associationType: MessageAssociation.AssociationType
    parentMessageKey: MessageKey
    messageIndex: int
    def __init__(self, associationType: _Optional[_Union[MessageAssociation.AssociationType, str]] = ..., parentMessageKey: _Optional[_Union[MessageKey, _Mapping]] = ..., messageIndex: _Optional[int] = ...) -> None: ...

class ThreadID(_message.Message):
    __slots__ = ("threadType", "threadKey")
    class ThreadType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        UNKNOWN: _ClassVar[ThreadID.ThreadType]
        VIEW_REPLIES: _ClassVar[ThreadID.ThreadType]
        AI_THREAD: _ClassVar[ThreadID.ThreadType]
    UNKNOWN: ThreadID.ThreadType
    VIEW_REPLIES: ThreadID.ThreadType
    AI_THREAD: ThreadID.ThreadType
    THREADTYPE_FIELD_NUMBER: _ClassVar[int]
    THREADKEY_FIELD_NUMBER: _ClassVar[int]
    threadType: ThreadID.ThreadType
    threadKey: MessageKey
    def __init__(self, threadType: _Optional[_Union[ThreadID.ThreadType, str]] = ..., threadKey: _Optional[_Union[MessageKey, _Mapping]] = ...) -> None: ...

class NonE2EEAttestation(_message.Message):
    __slots__ = ("accountType",)
    class AccountType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        E2EE: _ClassVar[NonE2EEAttestation.AccountType]
        HYBRID_E2EE: _ClassVar[NonE2EEAttestation.AccountType]
        NON_E2EE: _ClassVar[NonE2EEAttestation.AccountType]
    E2EE: NonE2EEAttestation.AccountType
    HYBRID_E2EE: NonE2EEAttestation.AccountType
    NON_E2EE: NonE2EEAttestation.AccountType
    ACCOUNTTYPE_FIELD_NUMBER: _ClassVar[int]
    accountType: NonE2EEAttestation.AccountType
    def __init__(self, accountType: _Optional[_Union[NonE2EEAttestation.AccountType, str]] = ...) -> None: ...

class PollUpdateMessageMetadata(_message.Message):
    __slots__ = ("pollNameHash", "lastEditStanzaId")
    POLLNAMEHASH_FIELD_NUMBER: _ClassVar[int]
    LASTEDITSTANZAID_FIELD_NUMBER: _ClassVar[int]
    pollNameHash: bytes
    lastEditStanzaId: str
    def __init__(self, pollNameHash: _Optional[bytes] = ..., lastEditStanzaId: _Optional[str] = ...) -> None: ...

class FullHistorySyncOnDemandRequestMetadata(_message.Message):
    __slots__ = ("requestId", "businessProduct", "opaqueClientData")
    REQUESTID_FIELD_NUMBER: _ClassVar[int]
    BUSINESSPRODUCT_FIELD_NUMBER: _ClassVar[int]
    OPAQUECLIENTDATA_FIELD_NUMBER: _ClassVar[int]
    requestId: str
    businessProduct: str
    opaqueClientData: bytes
    def __init__(self, requestId: _Optional[str] = ..., businessProduct: _Optional[str] = ..., opaqueClientData: _Optional[bytes] = ...) -> None: ...

class HistorySyncMessageAccessStatus(_message.Message):
    __slots__ = ("completeAccessGranted",)
    COMPLETEACCESSGRANTED_FIELD_NUMBER: _ClassVar[int]
    completeAccessGranted: bool
    def __init__(self, completeAccessGranted: _Optional[bool] = ...) -> None: ...

class GlobalSettings(_message.Message):
    __slots__ = ("lightThemeWallpaper", "mediaVisibility", "darkThemeWallpaper", "autoDownloadWiFi", "autoDownloadCellular", "autoDownloadRoaming", "showIndividualNotificationsPreview", "showGroupNotificationsPreview", "disappearingModeDuration", "disappearingModeTimestamp", "avatarUserSettings", "fontSize", "securityNotifications", "autoUnarchiveChats", "videoQualityMode", "photoQualityMode", "individualNotificationSettings", "groupNotificationSettings", "chatLockSettings", "chatDbLidMigrationTimestamp")
    LIGHTTHEMEWALLPAPER_FIELD_NUMBER: _ClassVar[int]
    MEDIAVISIBILITY_FIELD_NUMBER: _ClassVar[int]
    DARKTHEMEWALLPAPER_FIELD_NUMBER: _ClassVar[int]
    AUTODOWNLOADWIFI_FIELD_NUMBER: _ClassVar[int]
    AUTODOWNLOADCELLULAR_FIELD_NUMBER: _ClassVar[int]
    AUTODOWNLOADROAMING_FIELD_NUMBER: _ClassVar[int]
    SHOWINDIVIDUALNOTIFICATIONSPREVIEW_FIELD_NUMBER: _ClassVar[int]
    SHOWGROUPNOTIFICATIONSPREVIEW_FIELD_NUMBER: _ClassVar[int]
    DISAPPEARINGMODEDURATION_FIELD_NUMBER: _ClassVar[int]
    DISAPPEARINGMODETIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    AVATARUSERSETTINGS_FIELD_NUMBER: _ClassVar[int]
    FONTSIZE_FIELD_NUMBER: _ClassVar[int]
    SECURITYNOTIFICATIONS_FIELD_NUMBER: _ClassVar[int]
    AUTOUNARCHIVECHATS_FIELD_NUMBER: _ClassVar[int]
    VIDEOQUALITYMODE_FIELD_NUMBER: _ClassVar[int]
    PHOTOQUALITYMODE_FIELD_NUMBER: _ClassVar[int]
    INDIVIDUALNOTIFICATIONSETTINGS_FIELD_NUMBER: _ClassVar[int]
    GROUPNOTIFICATIONSETTINGS_FIELD_NUMBER: _ClassVar[int]
    CHATLOCKSETTINGS_FIELD_NUMBER: _ClassVar[int]
    CHATDBLIDMIGRATIONTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    lightThemeWallpaper: WallpaperSettings
    mediaVisibility: MediaVisibility
    darkThemeWallpaper: WallpaperSettings
    autoDownloadWiFi: AutoDownloadSettings
    autoDownloadCellular: AutoDownloadSettings
    autoDownloadRoaming: AutoDownloadSettings
    showIndividualNotificationsPreview: bool
    showGroupNotificationsPreview: bool
    disappearingModeDuration: int
    disappearingModeTimestamp: int
    avatarUserSettings: AvatarUserSettings
    fontSize: int
    securityNotifications: bool
    autoUnarchiveChats: bool
    videoQualityMode: int
    photoQualityMode: int
    individualNotificationSettings: NotificationSettings
    groupNotificationSettings: NotificationSettings
    chatLockSettings: ChatLockSettings
    chatDbLidMigrationTimestamp: int
    def __init__(self, lightThemeWallpaper: _Optional[_Union[WallpaperSettings, _Mapping]] = ..., mediaVisibility: _Optional[_Union[MediaVisibility, str]] = ..., darkThemeWallpaper: _Optional[_Union[WallpaperSettings, _Mapping]] = ..., autoDownloadWiFi: _Optional[_Union[AutoDownloadSettings, _Mapping]] = ..., autoDownloadCellular: _Optional[_Union[AutoDownloadSettings, _Mapping]] = ..., autoDownloadRoaming: _Optional[_Union[AutoDownloadSettings, _Mapping]] = ..., showIndividualNotificationsPreview: _Optional[bool] = ..., showGroupNotificationsPreview: _Optional[bool] = ..., disappearingModeDuration: _Optional[int] = ..., disappearingModeTimestamp: _Optional[int] = ..., avatarUserSettings: _Optional[_Union[AvatarUserSettings, _Mapping]] = ..., fontSize: _Optional[int] = ..., securityNotifications: _Optional[bool] = ..., autoUnarchiveChats: _Optional[bool] = ..., videoQualityMode: _Optional[int] = ..., photoQualityMode: _Optional[int] = ..., individualNotificationSettings: _Optional[_Union[NotificationSettings, _Mapping]] = ..., groupNotificationSettings: _Optional[_Union[NotificationSettings, _Mapping]] = ..., chatLockSettings: _Optional[_Union[ChatLockSettings, _Mapping]] = ..., chatDbLidMigrationTimestamp: _Optional[int] = ...) -> None: ...

class StickerMetadata(_message.Message):
    __slots__ = ("url", "fileSha256", "fileEncSha256", "mediaKey", "mimetype", "height", "width", "directPath", "fileLength", "weight", "lastStickerSentTs", "isLottie", "imageHash", "isAvatarSticker")
    URL_FIELD_NUMBER: _ClassVar[int]
    FILESHA256_FIELD_NUMBER: _ClassVar[int]
    FILEENCSHA256_FIELD_NUMBER: _ClassVar[int]
    MEDIAKEY_FIELD_NUMBER: _ClassVar[int]
    MIMETYPE_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_FIELD_NUMBER: _ClassVar[int]
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    DIRECTPATH_FIELD_NUMBER: _ClassVar[int]
    FILELENGTH_FIELD_NUMBER: _ClassVar[int]
    WEIGHT_FIELD_NUMBER: _ClassVar[int]
    LASTSTICKERSENTTS_FIELD_NUMBER: _ClassVar[int]
    ISLOTTIE_FIELD_NUMBER: _ClassVar[int]
    IMAGEHASH_FIELD_NUMBER: _ClassVar[int]
    ISAVATARSTICKER_FIELD_NUMBER: _ClassVar[int]
    url: str
    fileSha256: bytes
    fileEncSha256: bytes
    mediaKey: bytes
    mimetype: str
    height: int
    width: int
    directPath: str
    fileLength: int
    weight: float
    lastStickerSentTs: int
    isLottie: bool
    imageHash: str
    isAvatarSticker: bool
    def __init__(self, url: _Optional[str] = ..., fileSha256: _Optional[bytes] = ..., fileEncSha256: _Optional[bytes] = ..., mediaKey: _Optional[bytes] = ..., mimetype: _Optional[str] = ..., height: _Optional[int] = ..., width: _Optional[int] = ..., directPath: _Optional[str] = ..., fileLength: _Optional[int] = ..., weight: _Optional[float] = ..., lastStickerSentTs: _Optional[int] = ..., isLottie: _Optional[bool] = ..., imageHash: _Optional[str] = ..., isAvatarSticker: _Optional[bool] = ...) -> None: ...

class PastParticipants(_message.Message):
    __slots__ = ("groupJid", "pastParticipants")
    GROUPJID_FIELD_NUMBER: _ClassVar[int]
    PASTPARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    groupJid: str
    pastParticipants: _containers.RepeatedCompositeFieldContainer[PastParticipant]
    def __init__(self, groupJid: _Optional[str] = ..., pastParticipants: _Optional[_Iterable[_Union[PastParticipant, _Mapping]]] = ...) -> None: ...

class CallLogRecord(_message.Message):
    __slots__ = ("callResult", "isDndMode", "silenceReason", "duration", "startTime", "isIncoming", "isVideo", "isCallLink", "callLinkToken", "scheduledCallId", "callId", "callCreatorJid", "groupJid", "participants", "callType")
    class CallResult(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        CONNECTED: _ClassVar[CallLogRecord.CallResult]
        REJECTED: _ClassVar[CallLogRecord.CallResult]
        CANCELLED: _ClassVar[CallLogRecord.CallResult]
        ACCEPTEDELSEWHERE: _ClassVar[CallLogRecord.CallResult]
        MISSED: _ClassVar[CallLogRecord.CallResult]
        INVALID: _ClassVar[CallLogRecord.CallResult]
        UNAVAILABLE: _ClassVar[CallLogRecord.CallResult]
        UPCOMING: _ClassVar[CallLogRecord.CallResult]
        FAILED: _ClassVar[CallLogRecord.CallResult]
        ABANDONED: _ClassVar[CallLogRecord.CallResult]
        ONGOING: _ClassVar[CallLogRecord.CallResult]
    CONNECTED: CallLogRecord.CallResult
    REJECTED: CallLogRecord.CallResult
    CANCELLED: CallLogRecord.CallResult
    ACCEPTEDELSEWHERE: CallLogRecord.CallResult
    MISSED: CallLogRecord.CallResult
    INVALID: CallLogRecord.CallResult
    UNAVAILABLE: CallLogRecord.CallResult
    UPCOMING: CallLogRecord.CallResult
    FAILED: CallLogRecord.CallResult
    ABANDONED: CallLogRecord.CallResult
    ONGOING: CallLogRecord.CallResult
    class CallType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        REGULAR: _ClassVar[CallLogRecord.CallType]
        SCHEDULED_CALL: _ClassVar[CallLogRecord.CallType]
        VOICE_CHAT: _ClassVar[CallLogRecord.CallType]
    REGULAR: CallLogRecord.CallType
    SCHEDULED_CALL: CallLogRecord.CallType
    VOICE_CHAT: CallLogRecord.CallType
    class SilenceReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        NONE: _ClassVar[CallLogRecord.SilenceReason]
        SCHEDULED: _ClassVar[CallLogRecord.SilenceReason]
        PRIVACY: _ClassVar[CallLogRecord.SilenceReason]
        LIGHTWEIGHT: _ClassVar[CallLogRecord.SilenceReason]
    NONE: CallLogRecord.SilenceReason
    SCHEDULED: CallLogRecord.SilenceReason
    PRIVACY: CallLogRecord.SilenceReason
    LIGHTWEIGHT: CallLogRecord.SilenceReason
    class ParticipantInfo(_message.Message):
        __slots__ = ("userJid", "callResult")
        USERJID_FIELD_NUMBER: _ClassVar[int]
        CALLRESULT_FIELD_NUMBER: _ClassVar[int]
        userJid: str
        callResult: CallLogRecord.CallResult
        def __init__(self, userJid: _Optional[str] = ..., callResult: _Optional[_Union[CallLogRecord.CallResult, str]] = ...) -> None: ...
    CALLRESULT_FIELD_NUMBER: _ClassVar[int]
    ISDNDMODE_FIELD_NUMBER: _ClassVar[int]
    SILENCEREASON_FIELD_NUMBER: _ClassVar[int]
    DURATION_FIELD_NUMBER: _ClassVar[int]
    STARTTIME_FIELD_NUMBER: _ClassVar[int]
    ISINCOMING_FIELD_NUMBER: _ClassVar[int]
    ISVIDEO_FIELD_NUMBER: _ClassVar[int]
    ISCALLLINK_FIELD_NUMBER: _ClassVar[int]
    CALLLINKTOKEN_FIELD_NUMBER: _ClassVar[int]
    SCHEDULEDCALLID_FIELD_NUMBER: _ClassVar[int]
    CALLID_FIELD_NUMBER: _ClassVar[int]
    CALLCREATORJID_FIELD_NUMBER: _ClassVar[int]
    GROUPJID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    CALLTYPE_FIELD_NUMBER: _ClassVar[int]
    callResult: CallLogRecord.CallResult
    isDndMode: bool
    silenceReason: CallLogRecord.SilenceReason
    duration: int
    startTime: int
    isIncoming: bool
    isVideo: bool
    isCallLink: bool
    callLinkToken: str
    scheduledCallId: str
    callId: str
    callCreatorJid: str
    groupJid: str
    participants: _containers.RepeatedCompositeFieldContainer[CallLogRecord.ParticipantInfo]
    callType: CallLogRecord.CallType
    def __init__(self, callResult: _Optional[_Union[CallLogRecord.CallResult, str]] = ..., isDndMode: _Optional[bool] = ..., silenceReason: _Optional[_Union[CallLogRecord.SilenceReason, str]] = ..., duration: _Optional[int] = ..., startTime: _Optional[int] = ..., isIncoming: _Optional[bool] = ..., isVideo: _Optional[bool] = ..., isCallLink: _Optional[bool] = ..., callLinkToken: _Optional[str] = ..., scheduledCallId: _Optional[str] = ..., callId: _Optional[str] = ..., callCreatorJid: _Optional[str] = ..., groupJid: _Optional[str] = ..., participants: _Optional[_Iterable[_Union[CallLogRecord.ParticipantInfo, _Mapping]]] = ..., callType: _Optional[_Union[CallLogRecord.CallType, str]] = ...) -> None: ...

class Account(_message.Message):
    __slots__ = ("lid", "username", "countryCode", "isUsernameDeleted")
    LID_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    COUNTRYCODE_FIELD_NUMBER: _ClassVar[int]
    ISUSERNAMEDELETED_FIELD_NUMBER: _ClassVar[int]
    lid: str
    username: str
    countryCode: str
    isUsernameDeleted: bool
    def __init__(self, lid: _Optional[str] = ..., username: _Optional[str] = ..., countryCode: _Optional[str] = ..., isUsernameDeleted: _Optional[bool] = ...) -> None: ...

class InlineContact(_message.Message):
    __slots__ = ("pnJid", "lidJid", "fullName", "firstName", "username")
    PNJID_FIELD_NUMBER: _ClassVar[int]
    LIDJID_FIELD_NUMBER: _ClassVar[int]
    FULLNAME_FIELD_NUMBER: _ClassVar[int]
    FIRSTNAME_FIELD_NUMBER: _ClassVar[int]
    USERNAME_FIELD_NUMBER: _ClassVar[int]
    pnJid: str
    lidJid: str
    fullName: str
    firstName: str
    username: str
    def __init__(self, pnJid: _Optional[str] = ..., lidJid: _Optional[str] = ..., fullName: _Optional[str] = ..., firstName: _Optional[str] = ..., username: _Optional[str] = ...) -> None: ...

class GroupParticipant(_message.Message):
    __slots__ = ("userJid", "rank", "memberLabel")
    class Rank(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        REGULAR: _ClassVar[GroupParticipant.Rank]
        ADMIN: _ClassVar[GroupParticipant.Rank]
        SUPERADMIN: _ClassVar[GroupParticipant.Rank]
    REGULAR: GroupParticipant.Rank
    ADMIN: GroupParticipant.Rank
    SUPERADMIN: GroupParticipant.Rank
    USERJID_FIELD_NUMBER: _ClassVar[int]
    RANK_FIELD_NUMBER: _ClassVar[int]
    MEMBERLABEL_FIELD_NUMBER: _ClassVar[int]
    userJid: str
    rank: GroupParticipant.Rank
    memberLabel: MemberLabel
    def __init__(self, userJid: _Optional[str] = ..., rank: _Optional[_Union[GroupParticipant.Rank, str]] = ..., memberLabel: _Optional[_Union[MemberLabel, _Mapping]] = ...) -> None: ...

class WallpaperSettings(_message.Message):
    __slots__ = ("filename", "opacity", "isGenAi")
    FILENAME_FIELD_NUMBER: _ClassVar[int]
    OPACITY_FIELD_NUMBER: _ClassVar[int]
    ISGENAI_FIELD_NUMBER: _ClassVar[int]
    filename: str
    opacity: int
    isGenAi: bool
    def __init__(self, filename: _Optional[str] = ..., opacity: _Optional[int] = ..., isGenAi: _Optional[bool] = ...) -> None: ...

class IdentityVerificationState(_message.Message):
    __slots__ = ("verified", "actionSeq")
    VERIFIED_FIELD_NUMBER: _ClassVar[int]
    ACTIONSEQ_FIELD_NUMBER: _ClassVar[int]
    verified: bool
    actionSeq: int
    def __init__(self, verified: _Optional[bool] = ..., actionSeq: _Optional[int] = ...) -> None: ...

class PaymentInfo(_message.Message):
    __slots__ = ("currencyDeprecated", "amount1000", "receiverJid", "status", "transactionTimestamp", "requestMessageKey", "expiryTimestamp", "futureproofed", "currency", "txnStatus", "useNoviFiatFormat", "primaryAmount", "exchangeAmount")
    class Currency(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        UNKNOWN_CURRENCY: _ClassVar[PaymentInfo.Currency]
        INR: _ClassVar[PaymentInfo.Currency]
    UNKNOWN_CURRENCY: PaymentInfo.Currency
    INR: PaymentInfo.Currency
    class Status(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        UNKNOWN_STATUS: _ClassVar[PaymentInfo.Status]
        PROCESSING: _ClassVar[PaymentInfo.Status]
        SENT: _ClassVar[PaymentInfo.Status]
        NEED_TO_ACCEPT: _ClassVar[PaymentInfo.Status]
        COMPLETE: _ClassVar[PaymentInfo.Status]
        COULD_NOT_COMPLETE: _ClassVar[PaymentInfo.Status]
        REFUNDED: _ClassVar[PaymentInfo.Status]
        EXPIRED: _ClassVar[PaymentInfo.Status]
        REJECTED: _ClassVar[PaymentInfo.Status]
        CANCELLED: _ClassVar[PaymentInfo.Status]
        WAITING_FOR_PAYER: _ClassVar[PaymentInfo.Status]
        WAITING: _ClassVar[PaymentInfo.Status]
    UNKNOWN_STATUS: PaymentInfo.Status
    PROCESSING: PaymentInfo.Status
    SENT: PaymentInfo.Status
    NEED_TO_ACCEPT: PaymentInfo.Status
    COMPLETE: PaymentInfo.Status
    COULD_NOT_COMPLETE: PaymentInfo.Status
    REFUNDED: PaymentInfo.Status
    EXPIRED: PaymentInfo.Status
    REJECTED: PaymentInfo.Status
    CANCELLED: PaymentInfo.Status
    WAITING_FOR_PAYER: PaymentInfo.Status
    WAITING: PaymentInfo.Status
    class TxnStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        UNKNOWN: _ClassVar[PaymentInfo.TxnStatus]
        PENDING_SETUP: _ClassVar[PaymentInfo.TxnStatus]
        PENDING_RECEIVER_SETUP: _ClassVar[PaymentInfo.TxnStatus]
        INIT: _ClassVar[PaymentInfo.TxnStatus]
        SUCCESS: _ClassVar[PaymentInfo.TxnStatus]
        COMPLETED: _ClassVar[PaymentInfo.TxnStatus]
        FAILED: _ClassVar[PaymentInfo.TxnStatus]
        FAILED_RISK: _ClassVar[PaymentInfo.TxnStatus]
        FAILED_PROCESSING: _ClassVar[PaymentInfo.TxnStatus]
        FAILED_RECEIVER_PROCESSING: _ClassVar[PaymentInfo.TxnStatus]
        FAILED_DA: _ClassVar[PaymentInfo.TxnStatus]
        FAILED_DA_FINAL: _ClassVar[PaymentInfo.TxnStatus]
        REFUNDED_TXN: _ClassVar[PaymentInfo.TxnStatus]
        REFUND_FAILED: _ClassVar[PaymentInfo.TxnStatus]
        REFUND_FAILED_PROCESSING: _ClassVar[PaymentInfo.TxnStatus]
        REFUND_FAILED_DA: _ClassVar[PaymentInfo.TxnStatus]
        EXPIRED_TXN: _ClassVar[PaymentInfo.TxnStatus]
        AUTH_CANCELED: _ClassVar[PaymentInfo.TxnStatus]
        AUTH_CANCEL_FAILED_PROCESSING: _ClassVar[PaymentInfo.TxnStatus]
        AUTH_CANCEL_FAILED: _ClassVar[PaymentInfo.TxnStatus]
        COLLECT_INIT: _ClassVar[PaymentInfo.TxnStatus]
        COLLECT_SUCCESS: _ClassVar[PaymentInfo.TxnStatus]
        COLLECT_FAILED: _ClassVar[PaymentInfo.TxnStatus]
        COLLECT_FAILED_RISK: _ClassVar[PaymentInfo.TxnStatus]
        COLLECT_REJECTED: _ClassVar[PaymentInfo.TxnStatus]
        COLLECT_EXPIRED: _ClassVar[PaymentInfo.TxnStatus]
        COLLECT_CANCELED: _ClassVar[PaymentInfo.TxnStatus]
        COLLECT_CANCELLING: _ClassVar[PaymentInfo.TxnStatus]
        IN_REVIEW: _ClassVar[PaymentInfo.TxnStatus]
        REVERSAL_SUCCESS: _ClassVar[PaymentInfo.TxnStatus]
        REVERSAL_PENDING: _ClassVar[PaymentInfo.TxnStatus]
        REFUND_PENDING: _ClassVar[PaymentInfo.TxnStatus]
    UNKNOWN: PaymentInfo.TxnStatus
    PENDING_SETUP: PaymentInfo.TxnStatus
    PENDING_RECEIVER_SETUP: PaymentInfo.TxnStatus
    INIT: PaymentInfo.TxnStatus
    SUCCESS: PaymentInfo.TxnStatus
    COMPLETED: PaymentInfo.TxnStatus
    FAILED: PaymentInfo.TxnStatus
    FAILED_RISK: PaymentInfo.TxnStatus
    FAILED_PROCESSING: PaymentInfo.TxnStatus
    FAILED_RECEIVER_PROCESSING: PaymentInfo.TxnStatus
    FAILED_DA: PaymentInfo.TxnStatus
    FAILED_DA_FINAL: PaymentInfo.TxnStatus
    REFUNDED_TXN: PaymentInfo.TxnStatus
    REFUND_FAILED: PaymentInfo.TxnStatus
    REFUND_FAILED_PROCESSING: PaymentInfo.TxnStatus
    REFUND_FAILED_DA: PaymentInfo.TxnStatus
    EXPIRED_TXN: PaymentInfo.TxnStatus
    AUTH_CANCELED: PaymentInfo.TxnStatus
    AUTH_CANCEL_FAILED_PROCESSING: PaymentInfo.TxnStatus
    AUTH_CANCEL_FAILED: PaymentInfo.TxnStatus
    COLLECT_INIT: PaymentInfo.TxnStatus
    COLLECT_SUCCESS: PaymentInfo.TxnStatus
    COLLECT_FAILED: PaymentInfo.TxnStatus
    COLLECT_FAILED_RISK: PaymentInfo.TxnStatus
    COLLECT_REJECTED: PaymentInfo.TxnStatus
    COLLECT_EXPIRED: PaymentInfo.TxnStatus
    COLLECT_CANCELED: PaymentInfo.TxnStatus
    COLLECT_CANCELLING: PaymentInfo.TxnStatus
    IN_REVIEW: PaymentInfo.TxnStatus
    REVERSAL_SUCCESS: PaymentInfo.TxnStatus
    REVERSAL_PENDING: PaymentInfo.TxnStatus
    REFUND_PENDING: PaymentInfo.TxnStatus
    CURRENCYDEPRECATED_FIELD_NUMBER: _ClassVar[int]
    AMOUNT1000_FIELD_NUMBER: _ClassVar[int]
    RECEIVERJID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    TRANSACTIONTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    REQUESTMESSAGEKEY_FIELD_NUMBER: _ClassVar[int]
    EXPIRYTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    FUTUREPROOFED_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_FIELD_NUMBER: _ClassVar[int]
    TXNSTATUS_FIELD_NUMBER: _ClassVar[int]
    USENOVIFIATFORMAT_FIELD_NUMBER: _ClassVar[int]
    PRIMARYAMOUNT_FIELD_NUMBER: _ClassVar[int]
    EXCHANGEAMOUNT_FIELD_NUMBER: _ClassVar[int]
    currencyDeprecated: PaymentInfo.Currency
    amount1000: int
    receiverJid: str
    status: PaymentInfo.Status
    transactionTimestamp: int
    requestMessageKey: MessageKey
    expiryTimestamp: int
    futureproofed: bool
    currency: str
    txnStatus: PaymentInfo.TxnStatus
    useNoviFiatFormat: bool
    primaryAmount: Money
    exchangeAmount: Money
    def __init__(self, currencyDeprecated: _Optional[_Union[PaymentInfo.Currency, str]] = ..., amount1000: _Optional[int] = ..., receiverJid: _Optional[str] = ..., status: _Optional[_Union[PaymentInfo.Status, str]] = ..., transactionTimestamp: _Optional[int] = ..., requestMessageKey: _Optional[_Union[MessageKey, _Mapping]] = ..., expiryTimestamp: _Optional[int] = ..., futureproofed: _Optional[bool] = ..., currency: _Optional[str] = ..., txnStatus: _Optional[_Union[PaymentInfo.TxnStatus, str]] = ..., useNoviFiatFormat: _Optional[bool] = ..., primaryAmount: _Optional[_Union[Money, _Mapping]] = ..., exchangeAmount: _Optional[_Union[Money, _Mapping]] = ...) -> None: ...

class LiveLocationMessage(_message.Message):
    __slots__ = ("degreesLatitude", "degreesLongitude", "accuracyInMeters", "speedInMps", "degreesClockwiseFromMagneticNorth", "caption", "sequenceNumber", "timeOffset", "jpegThumbnail", "contextInfo")
    DEGREESLATITUDE_FIELD_NUMBER: _ClassVar[int]
    DEGREESLONGITUDE_FIELD_NUMBER: _ClassVar[int]
    ACCURACYINMETERS_FIELD_NUMBER: _ClassVar[int]
    SPEEDINMPS_FIELD_NUMBER: _ClassVar[int]
    DEGREESCLOCKWISEFROMMAGNETICNORTH_FIELD_NUMBER: _ClassVar[int]
    CAPTION_FIELD_NUMBER: _ClassVar[int]
    SEQUENCENUMBER_FIELD_NUMBER: _ClassVar[int]
    TIMEOFFSET_FIELD_NUMBER: _ClassVar[int]
    JPEGTHUMBNAIL_FIELD_NUMBER: _ClassVar[int]
    CONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
    degreesLatitude: float
    degreesLongitude: float
    accuracyInMeters: int
    speedInMps: float
    degreesClockwiseFromMagneticNorth: int
    caption: str
    sequenceNumber: int
    timeOffset: int
    jpegThumbnail: bytes
    contextInfo: ContextInfo
    def __init__(self, degreesLatitude: _Optional[float] = ..., degreesLongitude: _Optional[float] = ..., accuracyInMeters: _Optional[int] = ..., speedInMps: _Optional[float] = ..., degreesClockwiseFromMagneticNorth: _Optional[int] = ..., caption: _Optional[str] = ..., sequenceNumber: _Optional[int] = ..., timeOffset: _Optional[int] = ..., jpegThumbnail: _Optional[bytes] = ..., contextInfo: _Optional[_Union[ContextInfo, _Mapping]] = ...) -> None: ...

class MediaData(_message.Message):
    __slots__ = ("localPath",)
    LOCALPATH_FIELD_NUMBER: _ClassVar[int]
    localPath: str
    def __init__(self, localPath: _Optional[str] = ...) -> None: ...

class PhotoChange(_message.Message):
    __slots__ = ("oldPhoto", "newPhoto", "newPhotoId")
    OLDPHOTO_FIELD_NUMBER: _ClassVar[int]
    NEWPHOTO_FIELD_NUMBER: _ClassVar[int]
    NEWPHOTOID_FIELD_NUMBER: _ClassVar[int]
    oldPhoto: bytes
    newPhoto: bytes
    newPhotoId: int
    def __init__(self, oldPhoto: _Optional[bytes] = ..., newPhoto: _Optional[bytes] = ..., newPhotoId: _Optional[int] = ...) -> None: ...

class UserReceipt(_message.Message):
    __slots__ = ("userJid", "receiptTimestamp", "readTimestamp", "playedTimestamp", "pendingDeviceJid", "deliveredDeviceJid")
    USERJID_FIELD_NUMBER: _ClassVar[int]
    RECEIPTTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    READTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    PLAYEDTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    PENDINGDEVICEJID_FIELD_NUMBER: _ClassVar[int]
    DELIVEREDDEVICEJID_FIELD_NUMBER: _ClassVar[int]
    userJid: str
    receiptTimestamp: int
    readTimestamp: int
    playedTimestamp: int
    pendingDeviceJid: _containers.RepeatedScalarFieldContainer[str]
    deliveredDeviceJid: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, userJid: _Optional[str] = ..., receiptTimestamp: _Optional[int] = ..., readTimestamp: _Optional[int] = ..., playedTimestamp: _Optional[int] = ..., pendingDeviceJid: _Optional[_Iterable[str]] = ..., deliveredDeviceJid: _Optional[_Iterable[str]] = ...) -> None: ...

class Reaction(_message.Message):
    __slots__ = ("key", "text", "groupingKey", "senderTimestampMs", "unread")
    KEY_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    GROUPINGKEY_FIELD_NUMBER: _ClassVar[int]
    SENDERTIMESTAMPMS_FIELD_NUMBER: _ClassVar[int]
    UNREAD_FIELD_NUMBER: _ClassVar[int]
    key: MessageKey
    text: str
    groupingKey: str
    senderTimestampMs: int
    unread: bool
    def __init__(self, key: _Optional[_Union[MessageKey, _Mapping]] = ..., text: _Optional[str] = ..., groupingKey: _Optional[str] = ..., senderTimestampMs: _Optional[int] = ..., unread: _Optional[bool] = ...) -> None: ...

class StatusPSA(_message.Message):
    __slots__ = ("campaignId", "campaignExpirationTimestamp")
    CAMPAIGNID_FIELD_NUMBER: _ClassVar[int]
    CAMPAIGNEXPIRATIONTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    campaignId: int
    campaignExpirationTimestamp: int
    def __init__(self, campaignId: _Optional[int] = ..., campaignExpirationTimestamp: _Optional[int] = ...) -> None: ...

class PollUpdate(_message.Message):
    __slots__ = ("pollUpdateMessageKey", "vote", "senderTimestampMs", "serverTimestampMs", "unread", "metadata")
    POLLUPDATEMESSAGEKEY_FIELD_NUMBER: _ClassVar[int]
    VOTE_FIELD_NUMBER: _ClassVar[int]
    SENDERTIMESTAMPMS_FIELD_NUMBER: _ClassVar[int]
    SERVERTIMESTAMPMS_FIELD_NUMBER: _ClassVar[int]
    UNREAD_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    pollUpdateMessageKey: MessageKey
    vote: Message.PollVoteMessage
    senderTimestampMs: int
    serverTimestampMs: int
    unread: bool
    metadata: PollUpdateMessageMetadata
    def __init__(self, pollUpdateMessageKey: _Optional[_Union[MessageKey, _Mapping]] = ..., vote: _Optional[_Union[Message.PollVoteMessage, _Mapping]] = ..., senderTimestampMs: _Optional[int] = ..., serverTimestampMs: _Optional[int] = ..., unread: _Optional[bool] = ..., metadata: _Optional[_Union[PollUpdateMessageMetadata, _Mapping]] = ...) -> None: ...

class PollAdditionalMetadata(_message.Message):
    __slots__ = ("pollInvalidated", "pollNameHashHistory")
    class PollNameHashHistoryEntry(_message.Message):
        __slots__ = ("editStanzaId", "pollNameHash")
        EDITSTANZAID_FIELD_NUMBER: _ClassVar[int]
        POLLNAMEHASH_FIELD_NUMBER: _ClassVar[int]
        editStanzaId: str
        pollNameHash: bytes
        def __init__(self, editStanzaId: _Optional[str] = ..., pollNameHash: _Optional[bytes] = ...) -> None: ...
    POLLINVALIDATED_FIELD_NUMBER: _ClassVar[int]
    POLLNAMEHASHHISTORY_FIELD_NUMBER: _ClassVar[int]
    pollInvalidated: bool
    pollNameHashHistory: _containers.RepeatedCompositeFieldContainer[PollAdditionalMetadata.PollNameHashHistoryEntry]
    def __init__(self, pollInvalidated: _Optional[bool] = ..., pollNameHashHistory: _Optional[_Iterable[_Union[PollAdditionalMetadata.PollNameHashHistoryEntry, _Mapping]]] = ...) -> None: ...

class KeepInChat(_message.Message):
    __slots__ = ("keepType", "serverTimestamp", "key", "deviceJid", "clientTimestampMs", "serverTimestampMs")
    KEEPTYPE_FIELD_NUMBER: _ClassVar[int]
    SERVERTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    DEVICEJID_FIELD_NUMBER: _ClassVar[int]
    CLIENTTIMESTAMPMS_FIELD_NUMBER: _ClassVar[int]
    SERVERTIMESTAMPMS_FIELD_NUMBER: _ClassVar[int]
    keepType: KeepType
    serverTimestamp: int
    key: MessageKey
    deviceJid: str
    clientTimestampMs: int
    serverTimestampMs: int
    def __init__(self, keepType: _Optional[_Union[KeepType, str]] = ..., serverTimestamp: _Optional[int] = ..., key: _Optional[_Union[MessageKey, _Mapping]] = ..., deviceJid: _Optional[str] = ..., clientTimestampMs: _Optional[int] = ..., serverTimestampMs: _Optional[int] = ...) -> None: ...

class PinInChat(_message.Message):
    __slots__ = ("type", "key", "senderTimestampMs", "serverTimestampMs", "messageAddOnContextInfo")
    class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        UNKNOWN_TYPE: _ClassVar[PinInChat.Type]
        PIN_FOR_ALL: _ClassVar[PinInChat.Type]
        UNPIN_FOR_ALL: _ClassVar[PinInChat.Type]
    UNKNOWN_TYPE: PinInChat.Type
    PIN_FOR_ALL: PinInChat.Type
    UNPIN_FOR_ALL: PinInChat.Type
    TYPE_FIELD_NUMBER: _ClassVar[int]
    KEY_FIELD_NUMBER: _ClassVar[int]
    SENDERTIMESTAMPMS_FIELD_NUMBER: _ClassVar[int]
    SERVERTIMESTAMPMS_FIELD_NUMBER: _ClassVar[int]
    MESSAGEADDONCONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
    type: PinInChat.Type
    key: MessageKey
    senderTimestampMs: int
    serverTimestampMs: int
    messageAddOnContextInfo: MessageAddOnContextInfo
    def __init__(self, type: _Optional[_Union[PinInChat.Type, str]] = ..., key: _Optional[_Union[MessageKey, _Mapping]] = ..., senderTimestampMs: _Optional[int] = ..., serverTimestampMs: _Optional[int] = ..., messageAddOnContextInfo: _Optional[_Union[MessageAddOnContextInfo, _Mapping]] = ...) -> None: ...

class PremiumMessageInfo(_message.Message):
    __slots__ = ("serverCampaignId",)
    SERVERCAMPAIGNID_FIELD_NUMBER: _ClassVar[int]
    serverCampaignId: str
    def __init__(self, serverCampaignId: _Optional[str] = ...) -> None: ...

class CommentMetadata(_message.Message):
    __slots__ = ("commentParentKey", "replyCount")
    COMMENTPARENTKEY_FIELD_NUMBER: _ClassVar[int]
    REPLYCOUNT_FIELD_NUMBER: _ClassVar[int]
    commentParentKey: MessageKey
    replyCount: int
    def __init__(self, commentParentKey: _Optional[_Union[MessageKey, _Mapping]] = ..., replyCount: _Optional[int] = ...) -> None: ...

class EventResponse(_message.Message):
    __slots__ = ("eventResponseMessageKey", "timestampMs", "eventResponseMessage", "unread")
    EVENTRESPONSEMESSAGEKEY_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMPMS_FIELD_NUMBER: _ClassVar[int]
    EVENTRESPONSEMESSAGE_FIELD_NUMBER: _ClassVar[int]
    UNREAD_FIELD_NUMBER: _ClassVar[int]
    eventResponseMessageKey: MessageKey
    timestampMs: int
    eventResponseMessage: Message.EventResponseMessage
    unread: bool
    def __init__(self, eventResponseMessageKey: _Optional[_Union[MessageKey, _Mapping]] = ..., timestampMs: _Optional[int] = ..., eventResponseMessage: _Optional[_Union[Message.EventResponseMessage, _Mapping]] = ..., unread: _Optional[bool] = ...) -> None: ...

class ReportingTokenInfo(_message.Message):
    __slots__ = ("reportingTag", "reportingTagTimestamp")
    REPORTINGTAG_FIELD_NUMBER: _ClassVar[int]
    REPORTINGTAGTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    reportingTag: bytes
    reportingTagTimestamp: int
    def __init__(self, reportingTag: _Optional[bytes] = ..., reportingTagTimestamp: _Optional[int] = ...) -> None: ...

class EventAdditionalMetadata(_message.Message):
    __slots__ = ("isStale",)
    ISSTALE_FIELD_NUMBER: _ClassVar[int]
    isStale: bool
    def __init__(self, isStale: _Optional[bool] = ...) -> None: ...

class MessageAddOn(_message.Message):
    __slots__ = ("messageAddOnType", "messageAddOn", "senderTimestampMs", "serverTimestampMs", "status", "addOnContextInfo", "messageAddOnKey", "legacyMessage")
    class MessageAddOnType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        UNDEFINED: _ClassVar[MessageAddOn.MessageAddOnType]
        REACTION: _ClassVar[MessageAddOn.MessageAddOnType]
        EVENT_RESPONSE: _ClassVar[MessageAddOn.MessageAddOnType]
        POLL_UPDATE: _ClassVar[MessageAddOn.MessageAddOnType]
        PIN_IN_CHAT: _ClassVar[MessageAddOn.MessageAddOnType]
    UNDEFINED: MessageAddOn.MessageAddOnType
    REACTION: MessageAddOn.MessageAddOnType
    EVENT_RESPONSE: MessageAddOn.MessageAddOnType
    POLL_UPDATE: MessageAddOn.MessageAddOnType
    PIN_IN_CHAT: MessageAddOn.MessageAddOnType
    MESSAGEADDONTYPE_FIELD_NUMBER: _ClassVar[int]
    MESSAGEADDON_FIELD_NUMBER: _ClassVar[int]
    SENDERTIMESTAMPMS_FIELD_NUMBER: _ClassVar[int]
    SERVERTIMESTAMPMS_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    ADDONCONTEXTINFO_FIELD_NUMBER: _ClassVar[int]
    MESSAGEADDONKEY_FIELD_NUMBER: _ClassVar[int]
    LEGACYMESSAGE_FIELD_NUMBER: _ClassVar[int]
    messageAddOnType: MessageAddOn.MessageAddOnType
    messageAddOn: Message
    senderTimestampMs: int
    serverTimestampMs: int
    status: WebMessageInfo.Status
    addOnContextInfo: MessageAddOnContextInfo
    messageAddOnKey: MessageKey
    legacyMessage: LegacyMessage
    def __init__(self, messageAddOnType: _Optional[_Union[MessageAddOn.MessageAddOnType, str]] = ..., messageAddOn: _Optional[_Union[Message, _Mapping]] = ..., senderTimestampMs: _Optional[int] = ..., serverTimestampMs: _Optional[int] = ..., status: _Optional[_Union[WebMessageInfo.Status, str]] = ..., addOnContextInfo: _Optional[_Union[MessageAddOnContextInfo, _Mapping]] = ..., messageAddOnKey: _Optional[_Union[MessageKey, _Mapping]] = ..., legacyMessage: _Optional[_Union[LegacyMessage, _Mapping]] = ...) -> None: ...

class StatusMentionMessage(_message.Message):
    __slots__ = ("quotedStatus",)
    QUOTEDSTATUS_FIELD_NUMBER: _ClassVar[int]
    quotedStatus: Message
    def __init__(self, quotedStatus: _Optional[_Union[Message, _Mapping]] = ...) -> None: ...

class Citation(_message.Message):
    __slots__ = ("title", "subtitle", "cmsId", "imageUrl")
    TITLE_FIELD_NUMBER: _ClassVar[int]
    SUBTITLE_FIELD_NUMBER: _ClassVar[int]
    CMSID_FIELD_NUMBER: _ClassVar[int]
    IMAGEURL_FIELD_NUMBER: _ClassVar[int]
    title: str
    subtitle: str
    cmsId: str
    imageUrl: str
    def __init__(self, title: _Optional[str] = ..., subtitle: _Optional[str] = ..., cmsId: _Optional[str] = ..., imageUrl: _Optional[str] = ...) -> None: ...

class GroupHistoryIndividualMessageInfo(_message.Message):
    __slots__ = ("bundleMessageKey", "editedAfterReceivedAsHistory")
    BUNDLEMESSAGEKEY_FIELD_NUMBER: _ClassVar[int]
    EDITEDAFTERRECEIVEDASHISTORY_FIELD_NUMBER: _ClassVar[int]
    bundleMessageKey: MessageKey
    editedAfterReceivedAsHistory: bool
    def __init__(self, bundleMessageKey: _Optional[_Union[MessageKey, _Mapping]] = ..., editedAfterReceivedAsHistory: _Optional[bool] = ...) -> None: ...

class GroupHistoryBundleInfo(_message.Message):
    __slots__ = ("deprecatedMessageHistoryBundle", "processState")
    class ProcessState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        NOT_INJECTED: _ClassVar[GroupHistoryBundleInfo.ProcessState]
        INJECTED: _ClassVar[GroupHistoryBundleInfo.ProcessState]
        INJECTED_PARTIAL: _ClassVar[GroupHistoryBundleInfo.ProcessState]
        INJECTION_FAILED: _ClassVar[GroupHistoryBundleInfo.ProcessState]
        INJECTION_FAILED_NO_RETRY: _ClassVar[GroupHistoryBundleInfo.ProcessState]
        DEDUPED: _ClassVar[GroupHistoryBundleInfo.ProcessState]
    NOT_INJECTED: GroupHistoryBundleInfo.ProcessState
    INJECTED: GroupHistoryBundleInfo.ProcessState
    INJECTED_PARTIAL: GroupHistoryBundleInfo.ProcessState
    INJECTION_FAILED: GroupHistoryBundleInfo.ProcessState
    INJECTION_FAILED_NO_RETRY: GroupHistoryBundleInfo.ProcessState
    DEDUPED: GroupHistoryBundleInfo.ProcessState
    DEPRECATEDMESSAGEHISTORYBUNDLE_FIELD_NUMBER: _ClassVar[int]
    PROCESSSTATE_FIELD_NUMBER: _ClassVar[int]
    deprecatedMessageHistoryBundle: Message.MessageHistoryBundle
    processState: GroupHistoryBundleInfo.ProcessState
    def __init__(self, deprecatedMessageHistoryBundle: _Optional[_Union[Message.MessageHistoryBundle, _Mapping]] = ..., processState: _Optional[_Union[GroupHistoryBundleInfo.ProcessState, str]] = ...) -> None: ...

class InteractiveMessageAdditionalMetadata(_message.Message):
    __slots__ = ("isGalaxyFlowCompleted",)
    ISGALAXYFLOWCOMPLETED_FIELD_NUMBER: _ClassVar[int]
    isGalaxyFlowCompleted: bool
    def __init__(self, isGalaxyFlowCompleted: _Optional[bool] = ...) -> None: ...

class QuarantinedMessage(_message.Message):
    __slots__ = ("originalData", "extractedText")
    ORIGINALDATA_FIELD_NUMBER: _ClassVar[int]
    EXTRACTEDTEXT_FIELD_NUMBER: _ClassVar[int]
    originalData: bytes
    extractedText: str
    def __init__(self, originalData: _Optional[bytes] = ..., extractedText: _Optional[str] = ...) -> None: ...

class ScheduledMessageMetadata(_message.Message):
    __slots__ = ("revealKeyId", "revealKey", "scheduledTime")
    REVEALKEYID_FIELD_NUMBER: _ClassVar[int]
    REVEALKEY_FIELD_NUMBER: _ClassVar[int]
    SCHEDULEDTIME_FIELD_NUMBER: _ClassVar[int]
    revealKeyId: str
    revealKey: bytes
    scheduledTime: int
    def __init__(self, revealKeyId: _Optional[str] = ..., revealKey: _Optional[bytes] = ..., scheduledTime: _Optional[int] = ...) -> None: ...

class ChatLockSettings(_message.Message):
    __slots__ = ("hideLockedChats", "secretCode")
    HIDELOCKEDCHATS_FIELD_NUMBER: _ClassVar[int]
    SECRETCODE_FIELD_NUMBER: _ClassVar[int]
    hideLockedChats: bool
    secretCode: UserPassword
    def __init__(self, hideLockedChats: _Optional[bool] = ..., secretCode: _Optional[_Union[UserPassword, _Mapping]] = ...) -> None: ...

class DeviceCapabilities(_message.Message):
    __slots__ = ("chatLockSupportLevel", "lidMigration", "businessBroadcast", "userHasAvatar", "memberNameTagPrimarySupport", "aiThread", "aiFbidMigration", "bizAiSettingsSync", "contactRefresh")
    class ChatLockSupportLevel(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        NONE: _ClassVar[DeviceCapabilities.ChatLockSupportLevel]
        MINIMAL: _ClassVar[DeviceCapabilities.ChatLockSupportLevel]
        FULL: _ClassVar[DeviceCapabilities.ChatLockSupportLevel]
    NONE: DeviceCapabilities.ChatLockSupportLevel
    MINIMAL: DeviceCapabilities.ChatLockSupportLevel
    FULL: DeviceCapabilities.ChatLockSupportLevel
    class MemberNameTagPrimarySupport(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        DISABLED: _ClassVar[DeviceCapabilities.MemberNameTagPrimarySupport]
        RECEIVER_ENABLED: _ClassVar[DeviceCapabilities.MemberNameTagPrimarySupport]
        SENDER_ENABLED: _ClassVar[DeviceCapabilities.MemberNameTagPrimarySupport]
    DISABLED: DeviceCapabilities.MemberNameTagPrimarySupport
    RECEIVER_ENABLED: DeviceCapabilities.MemberNameTagPrimarySupport
    SENDER_ENABLED: DeviceCapabilities.MemberNameTagPrimarySupport
    class AiFbidMigration(_message.Message):
        __slots__ = ("chatDbMigrationTimestamp",)
        CHATDBMIGRATIONTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
        chatDbMigrationTimestamp: int
        def __init__(self, chatDbMigrationTimestamp: _Optional[int] = ...) -> None: ...
    class AiThread(_message.Message):
        __slots__ = ("supportLevel",)
        class SupportLevel(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            NONE: _ClassVar[DeviceCapabilities.AiThread.SupportLevel]
            INFRA: _ClassVar[DeviceCapabilities.AiThread.SupportLevel]
            FULL: _ClassVar[DeviceCapabilities.AiThread.SupportLevel]
        NONE: DeviceCapabilities.AiThread.SupportLevel
        INFRA: DeviceCapabilities.AiThread.SupportLevel
        FULL: DeviceCapabilities.AiThread.SupportLevel
        SUPPORTLEVEL_FIELD_NUMBER: _ClassVar[int]
        supportLevel: DeviceCapabilities.AiThread.SupportLevel
        def __init__(self, supportLevel: _Optional[_Union[DeviceCapabilities.AiThread.SupportLevel, str]] = ...) -> None: ...
    class BizAiSettingsSync(_message.Message):
        __slots__ = ("handoffRemovalTimingEnabled",)
        HANDOFFREMOVALTIMINGENABLED_FIELD_NUMBER: _ClassVar[int]
        handoffRemovalTimingEnabled: bool
        def __init__(self, handoffRemovalTimingEnabled: _Optional[bool] = ...) -> None: ...
    class BusinessBroadcast(_message.Message):
        __slots__ = ("importListEnabled", "companionSupportEnabled", "campaignSyncEnabled", "insightsSyncEnabled", "recipientLimit")
        IMPORTLISTENABLED_FIELD_NUMBER: _ClassVar[int]
        COMPANIONSUPPORTENABLED_FIELD_NUMBER: _ClassVar[int]
        CAMPAIGNSYNCENABLED_FIELD_NUMBER: _ClassVar[int]
        INSIGHTSSYNCENABLED_FIELD_NUMBER: _ClassVar[int]
        RECIPIENTLIMIT_FIELD_NUMBER: _ClassVar[int]
        importListEnabled: bool
        companionSupportEnabled: bool
        campaignSyncEnabled: bool
        insightsSyncEnabled: bool
        recipientLimit: int
        def __init__(self, importListEnabled: _Optional[bool] = ..., companionSupportEnabled: _Optional[bool] = ..., campaignSyncEnabled: _Optional[bool] = ..., insightsSyncEnabled: _Optional[bool] = ..., recipientLimit: _Optional[int] = ...) -> None: ...
    class ContactRefresh(_message.Message):
        __slots__ = ("refreshSupported",)
        REFRESHSUPPORTED_FIELD_NUMBER: _ClassVar[int]
        refreshSupported: bool
        def __init__(self, refreshSupported: _Optional[bool] = ...) -> None: ...
    class LIDMigration(_message.Message):
        __slots__ = ("chatDbMigrationTimestamp",)
        CHATDBMIGRATIONTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
        chatDbMigrationTimestamp: int
        def __init__(self, chatDbMigrationTimestamp: _Optional[int] = ...) -> None: ...
    class UserHasAvatar(_message.Message):
        __slots__ = ("userHasAvatar",)
        USERHASAVATAR_FIELD_NUMBER: _ClassVar[int]
        userHasAvatar: bool
        def __init__(self, userHasAvatar: _Optional[bool] = ...) -> None: ...
    CHATLOCKSUPPORTLEVEL_FIELD_NUMBER: _ClassVar[int]
    LIDMIGRATION_FIELD_NUMBER: _ClassVar[int]
    BUSINESSBROADCAST_FIELD_NUMBER: _ClassVar[int]
    USERHASAVATAR_FIELD_NUMBER: _ClassVar[int]
    MEMBERNAMETAGPRIMARYSUPPORT_FIELD_NUMBER: _ClassVar[int]
    AITHREAD_FIELD_NUMBER: _ClassVar[int]
    AIFBIDMIGRATION_FIELD_NUMBER: _ClassVar[int]
    BIZAISETTINGSSYNC_FIELD_NUMBER: _ClassVar[int]
    CONTACTREFRESH_FIELD_NUMBER: _ClassVar[int]
    chatLockSupportLevel: DeviceCapabilities.ChatLockSupportLevel
    lidMigration: DeviceCapabilities.LIDMigration
    businessBroadcast: DeviceCapabilities.BusinessBroadcast
    userHasAvatar: DeviceCapabilities.UserHasAvatar
    memberNameTagPrimarySupport: DeviceCapabilities.MemberNameTagPrimarySupport
    aiThread: DeviceCapabilities.AiThread
    aiFbidMigration: DeviceCapabilities.AiFbidMigration
    bizAiSettingsSync: DeviceCapabilities.BizAiSettingsSync
    contactRefresh: DeviceCapabilities.ContactRefresh
    def __init__(self, chatLockSupportLevel: _Optional[_Union[DeviceCapabilities.ChatLockSupportLevel, str]] = ..., lidMigration: _Optional[_Union[DeviceCapabilities.LIDMigration, _Mapping]] = ..., businessBroadcast: _Optional[_Union[DeviceCapabilities.BusinessBroadcast, _Mapping]] = ..., userHasAvatar: _Optional[_Union[DeviceCapabilities.UserHasAvatar, _Mapping]] = ..., memberNameTagPrimarySupport: _Optional[_Union[DeviceCapabilities.MemberNameTagPrimarySupport, str]] = ..., aiThread: _Optional[_Union[DeviceCapabilities.AiThread, _Mapping]] = ..., aiFbidMigration: _Optional[_Union[DeviceCapabilities.AiFbidMigration, _Mapping]] = ..., bizAiSettingsSync: _Optional[_Union[DeviceCapabilities.BizAiSettingsSync, _Mapping]] = ..., contactRefresh: _Optional[_Union[DeviceCapabilities.ContactRefresh, _Mapping]] = ...) -> None: ...

class PaymentBackground(_message.Message):
    __slots__ = ("id", "fileLength", "width", "height", "mimetype", "placeholderArgb", "textArgb", "subtextArgb", "mediaData", "type")
    class Type(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        UNKNOWN: _ClassVar[PaymentBackground.Type]
        DEFAULT: _ClassVar[PaymentBackground.Type]
    UNKNOWN: PaymentBackground.Type
    DEFAULT: PaymentBackground.Type
    class MediaData(_message.Message):
        __slots__ = ("mediaKey", "mediaKeyTimestamp", "fileSha256", "fileEncSha256", "directPath")
        MEDIAKEY_FIELD_NUMBER: _ClassVar[int]
        MEDIAKEYTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
        FILESHA256_FIELD_NUMBER: _ClassVar[int]
        FILEENCSHA256_FIELD_NUMBER: _ClassVar[int]
        DIRECTPATH_FIELD_NUMBER: _ClassVar[int]
        mediaKey: bytes
        mediaKeyTimestamp: int
        fileSha256: bytes
        fileEncSha256: bytes
        directPath: str
        def __init__(self, mediaKey: _Optional[bytes] = ..., mediaKeyTimestamp: _Optional[int] = ..., fileSha256: _Optional[bytes] = ..., fileEncSha256: _Optional[bytes] = ..., directPath: _Optional[str] = ...) -> None: ...
    ID_FIELD_NUMBER: _ClassVar[int]
    FILELENGTH_FIELD_NUMBER: _ClassVar[int]
    WIDTH_FIELD_NUMBER: _ClassVar[int]
    HEIGHT_FIELD_NUMBER: _ClassVar[int]
    MIMETYPE_FIELD_NUMBER: _ClassVar[int]
    PLACEHOLDERARGB_FIELD_NUMBER: _ClassVar[int]
    TEXTARGB_FIELD_NUMBER: _ClassVar[int]
    SUBTEXTARGB_FIELD_NUMBER: _ClassVar[int]
    MEDIADATA_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    id: str
    fileLength: int
    width: int
    height: int
    mimetype: str
    placeholderArgb: int
    textArgb: int
    subtextArgb: int
    mediaData: PaymentBackground.MediaData
    type: PaymentBackground.Type
    def __init__(self, id: _Optional[str] = ..., fileLength: _Optional[int] = ..., width: _Optional[int] = ..., height: _Optional[int] = ..., mimetype: _Optional[str] = ..., placeholderArgb: _Optional[int] = ..., textArgb: _Optional[int] = ..., subtextArgb: _Optional[int] = ..., mediaData: _Optional[_Union[PaymentBackground.MediaData, _Mapping]] = ..., type: _Optional[_Union[PaymentBackground.Type, str]] = ...) -> None: ...

class Money(_message.Message):
    __slots__ = ("value", "offset", "currencyCode")
    VALUE_FIELD_NUMBER: _ClassVar[int]
    OFFSET_FIELD_NUMBER: _ClassVar[int]
    CURRENCYCODE_FIELD_NUMBER: _ClassVar[int]
    value: int
    offset: int
    currencyCode: str
    def __init__(self, value: _Optional[int] = ..., offset: _Optional[int] = ..., currencyCode: _Optional[str] = ...) -> None: ...

class TemplateButton(_message.Message):
    __slots__ = ("index", "quickReplyButton", "urlButton", "callButton")
    class CallButton(_message.Message):
        __slots__ = ("displayText", "phoneNumber")
        DISPLAYTEXT_FIELD_NUMBER: _ClassVar[int]
        PHONENUMBER_FIELD_NUMBER: _ClassVar[int]
        displayText: Message.HighlyStructuredMessage
        phoneNumber: Message.HighlyStructuredMessage
        def __init__(self, displayText: _Optional[_Union[Message.HighlyStructuredMessage, _Mapping]] = ..., phoneNumber: _Optional[_Union[Message.HighlyStructuredMessage, _Mapping]] = ...) -> None: ...
    class QuickReplyButton(_message.Message):
        __slots__ = ("displayText", "id")
        DISPLAYTEXT_FIELD_NUMBER: _ClassVar[int]
        ID_FIELD_NUMBER: _ClassVar[int]
        displayText: Message.HighlyStructuredMessage
        id: str
        def __init__(self, displayText: _Optional[_Union[Message.HighlyStructuredMessage, _Mapping]] = ..., id: _Optional[str] = ...) -> None: ...
    class URLButton(_message.Message):
        __slots__ = ("displayText", "url")
        DISPLAYTEXT_FIELD_NUMBER: _ClassVar[int]
        URL_FIELD_NUMBER: _ClassVar[int]
        displayText: Message.HighlyStructuredMessage
        url: Message.HighlyStructuredMessage
        def __init__(self, displayText: _Optional[_Union[Message.HighlyStructuredMessage, _Mapping]] = ..., url: _Optional[_Union[Message.HighlyStructuredMessage, _Mapping]] = ...) -> None: ...
    INDEX_FIELD_NUMBER: _ClassVar[int]
    QUICKREPLYBUTTON_FIELD_NUMBER: _ClassVar[int]
    URLBUTTON_FIELD_NUMBER: _ClassVar[int]
    CALLBUTTON_FIELD_NUMBER: _ClassVar[int]
    index: int
    quickReplyButton: TemplateButton.QuickReplyButton
    urlButton: TemplateButton.URLButton
    callButton: TemplateButton.CallButton
    def __init__(self, index: _Optional[int] = ..., quickReplyButton: _Optional[_Union[TemplateButton.QuickReplyButton, _Mapping]] = ..., urlButton: _Optional[_Union[TemplateButton.URLButton, _Mapping]] = ..., callButton: _Optional[_Union[TemplateButton.CallButton, _Mapping]] = ...) -> None: ...

class HydratedTemplateButton(_message.Message):
    __slots__ = ("index", "quickReplyButton", "urlButton", "callButton")
    class HydratedCallButton(_message.Message):
        __slots__ = ("displayText", "phoneNumber")
        DISPLAYTEXT_FIELD_NUMBER: _ClassVar[int]
        PHONENUMBER_FIELD_NUMBER: _ClassVar[int]
        displayText: str
        phoneNumber: str
        def __init__(self, displayText: _Optional[str] = ..., phoneNumber: _Optional[str] = ...) -> None: ...
    class HydratedQuickReplyButton(_message.Message):
        __slots__ = ("displayText", "id")
        DISPLAYTEXT_FIELD_NUMBER: _ClassVar[int]
        ID_FIELD_NUMBER: _ClassVar[int]
        displayText: str
        id: str
        def __init__(self, displayText: _Optional[str] = ..., id: _Optional[str] = ...) -> None: ...
    class HydratedURLButton(_message.Message):
        __slots__ = ("displayText", "url", "consentedUsersUrl", "webviewPresentation")
        class WebviewPresentationType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            FULL: _ClassVar[HydratedTemplateButton.HydratedURLButton.WebviewPresentationType]
            TALL: _ClassVar[HydratedTemplateButton.HydratedURLButton.WebviewPresentationType]
            COMPACT: _ClassVar[HydratedTemplateButton.HydratedURLButton.WebviewPresentationType]
        FULL: HydratedTemplateButton.HydratedURLButton.WebviewPresentationType
        TALL: HydratedTemplateButton.HydratedURLButton.WebviewPresentationType
        COMPACT: HydratedTemplateButton.HydratedURLButton.WebviewPresentationType
        DISPLAYTEXT_FIELD_NUMBER: _ClassVar[int]
        URL_FIELD_NUMBER: _ClassVar[int]
        CONSENTEDUSERSURL_FIELD_NUMBER: _ClassVar[int]
        WEBVIEWPRESENTATION_FIELD_NUMBER: _ClassVar[int]
        displayText: str
        url: str
        consentedUsersUrl: str
        webviewPresentation: HydratedTemplateButton.HydratedURLButton.WebviewPresentationType
        def __init__(self, displayText: _Optional[str] = ..., url: _Optional[str] = ..., consentedUsersUrl: _Optional[str] = ..., webviewPresentation: _Optional[_Union[HydratedTemplateButton.HydratedURLButton.WebviewPresentationType, str]] = ...) -> None: ...
    INDEX_FIELD_NUMBER: _ClassVar[int]
    QUICKREPLYBUTTON_FIELD_NUMBER: _ClassVar[int]
    URLBUTTON_FIELD_NUMBER: _ClassVar[int]
    CALLBUTTON_FIELD_NUMBER: _ClassVar[int]
    index: int
    quickReplyButton: HydratedTemplateButton.HydratedQuickReplyButton
    urlButton: HydratedTemplateButton.HydratedURLButton
    callButton: HydratedTemplateButton.HydratedCallButton
    def __init__(self, index: _Optional[int] = ..., quickReplyButton: _Optional[_Union[HydratedTemplateButton.HydratedQuickReplyButton, _Mapping]] = ..., urlButton: _Optional[_Union[HydratedTemplateButton.HydratedURLButton, _Mapping]] = ..., callButton: _Optional[_Union[HydratedTemplateButton.HydratedCallButton, _Mapping]] = ...) -> None: ...

class AIRichResponseSubMessage(_message.Message):
    __slots__ = ("messageType", "gridImageMetadata", "messageText", "imageMetadata", "codeMetadata", "tableMetadata", "dynamicMetadata", "latexMetadata", "mapMetadata", "contentItemsMetadata")
    MESSAGETYPE_FIELD_NUMBER: _ClassVar[int]
    GRIDIMAGEMETADATA_FIELD_NUMBER: _ClassVar[int]
    MESSAGETEXT_FIELD_NUMBER: _ClassVar[int]
    IMAGEMETADATA_FIELD_NUMBER: _ClassVar[int]
    CODEMETADATA_FIELD_NUMBER: _ClassVar[int]
    TABLEMETADATA_FIELD_NUMBER: _ClassVar[int]
    DYNAMICMETADATA_FIELD_NUMBER: _ClassVar[int]
    LATEXMETADATA_FIELD_NUMBER: _ClassVar[int]
    MAPMETADATA_FIELD_NUMBER: _ClassVar[int]
    CONTENTITEMSMETADATA_FIELD_NUMBER: _ClassVar[int]
    messageType: AIRichResponseSubMessageType
    gridImageMetadata: AIRichResponseGridImageMetadata
    messageText: str
    imageMetadata: AIRichResponseInlineImageMetadata
    codeMetadata: AIRichResponseCodeMetadata
    tableMetadata: AIRichResponseTableMetadata
    dynamicMetadata: AIRichResponseDynamicMetadata
    latexMetadata: AIRichResponseLatexMetadata
    mapMetadata: AIRichResponseMapMetadata
    contentItemsMetadata: AIRichResponseContentItemsMetadata
    def __init__(self, messageType: _Optional[_Union[AIRichResponseSubMessageType, str]] = ..., gridImageMetadata: _Optional[_Union[AIRichResponseGridImageMetadata, _Mapping]] = ..., messageText: _Optional[str] = ..., imageMetadata: _Optional[_Union[AIRichResponseInlineImageMetadata, _Mapping]] = ..., codeMetadata: _Optional[_Union[AIRichResponseCodeMetadata, _Mapping]] = ..., tableMetadata: _Optional[_Union[AIRichResponseTableMetadata, _Mapping]] = ..., dynamicMetadata: _Optional[_Union[AIRichResponseDynamicMetadata, _Mapping]] = ..., latexMetadata: _Optional[_Union[AIRichResponseLatexMetadata, _Mapping]] = ..., mapMetadata: _Optional[_Union[AIRichResponseMapMetadata, _Mapping]] = ..., contentItemsMetadata: _Optional[_Union[AIRichResponseContentItemsMetadata, _Mapping]] = ...) -> None: ...

class AIRichResponseUnifiedResponse(_message.Message):
    __slots__ = ("data",)
    DATA_FIELD_NUMBER: _ClassVar[int]
    data: bytes
    def __init__(self, data: _Optional[bytes] = ...) -> None: ...

class GroupRootKeyShareEntry(_message.Message):
    __slots__ = ("groupRootKey", "keyId", "expiryTimestampMs", "createdTimestampMs")
    GROUPROOTKEY_FIELD_NUMBER: _ClassVar[int]
    KEYID_FIELD_NUMBER: _ClassVar[int]
    EXPIRYTIMESTAMPMS_FIELD_NUMBER: _ClassVar[int]
    CREATEDTIMESTAMPMS_FIELD_NUMBER: _ClassVar[int]
    groupRootKey: bytes
    keyId: str
    expiryTimestampMs: int
    createdTimestampMs: int
    def __init__(self, groupRootKey: _Optional[bytes] = ..., keyId: _Optional[str] = ..., expiryTimestampMs: _Optional[int] = ..., createdTimestampMs: _Optional[int] = ...) -> None: ...

class Point(_message.Message):
    __slots__ = ("xDeprecated", "yDeprecated", "x", "y")
    XDEPRECATED_FIELD_NUMBER: _ClassVar[int]
    YDEPRECATED_FIELD_NUMBER: _ClassVar[int]
    X_FIELD_NUMBER: _ClassVar[int]
    Y_FIELD_NUMBER: _ClassVar[int]
    xDeprecated: int
    yDeprecated: int
    x: float
    y: float
    def __init__(self, xDeprecated: _Optional[int] = ..., yDeprecated: _Optional[int] = ..., x: _Optional[float] = ..., y: _Optional[float] = ...) -> None: ...

class EmbeddedContent(_message.Message):
    __slots__ = ("embeddedMessage", "embeddedMusic")
    EMBEDDEDMESSAGE_FIELD_NUMBER: _ClassVar[int]
    EMBEDDEDMUSIC_FIELD_NUMBER: _ClassVar[int]
    embeddedMessage: EmbeddedMessage
    embeddedMusic: EmbeddedMusic
    def __init__(self, embeddedMessage: _Optional[_Union[EmbeddedMessage, _Mapping]] = ..., embeddedMusic: _Optional[_Union[EmbeddedMusic, _Mapping]] = ...) -> None: ...

class Location(_message.Message):
    __slots__ = ("degreesLatitude", "degreesLongitude", "name")
    DEGREESLATITUDE_FIELD_NUMBER: _ClassVar[int]
    DEGREESLONGITUDE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    degreesLatitude: float
    degreesLongitude: float
    name: str
    def __init__(self, degreesLatitude: _Optional[float] = ..., degreesLongitude: _Optional[float] = ..., name: _Optional[str] = ...) -> None: ...

class TapLinkAction(_message.Message):
    __slots__ = ("title", "tapUrl")
    TITLE_FIELD_NUMBER: _ClassVar[int]
    TAPURL_FIELD_NUMBER: _ClassVar[int]
    title: str
    tapUrl: str
    def __init__(self, title: _Optional[str] = ..., tapUrl: _Optional[str] = ...) -> None: ...

class BotSignatureVerificationMetadata(_message.Message):
    __slots__ = ("proofs",)
    PROOFS_FIELD_NUMBER: _ClassVar[int]
    proofs: _containers.RepeatedCompositeFieldContainer[BotSignatureVerificationUseCaseProof]
    def __init__(self, proofs: _Optional[_Iterable[_Union[BotSignatureVerificationUseCaseProof, _Mapping]]] = ...) -> None: ...

class BotAgentMetadata(_message.Message):
    __slots__ = ("deepLinkMetadata",)
    DEEPLINKMETADATA_FIELD_NUMBER: _ClassVar[int]
    deepLinkMetadata: BotAgentDeepLinkMetadata
    def __init__(self, deepLinkMetadata: _Optional[_Union[BotAgentDeepLinkMetadata, _Mapping]] = ...) -> None: ...

class HatchMetadataSync(_message.Message):
    __slots__ = ("data", "timestampMs", "requestId")
    DATA_FIELD_NUMBER: _ClassVar[int]
    TIMESTAMPMS_FIELD_NUMBER: _ClassVar[int]
    REQUESTID_FIELD_NUMBER: _ClassVar[int]
    data: bytes
    timestampMs: int
    requestId: str
    def __init__(self, data: _Optional[bytes] = ..., timestampMs: _Optional[int] = ..., requestId: _Optional[str] = ...) -> None: ...

class BotPluginMetadata(_message.Message):
    __slots__ = ("provider", "pluginType", "thumbnailCdnUrl", "profilePhotoCdnUrl", "searchProviderUrl", "referenceIndex", "expectedLinksCount", "searchQuery", "parentPluginMessageKey", "deprecatedField", "parentPluginType", "faviconCdnUrl")
    class PluginType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        UNKNOWN_PLUGIN: _ClassVar[BotPluginMetadata.PluginType]
        REELS: _ClassVar[BotPluginMetadata.PluginType]
        SEARCH: _ClassVar[BotPluginMetadata.PluginType]
    UNKNOWN_PLUGIN: BotPluginMetadata.PluginType
    REELS: BotPluginMetadata.PluginType
    SEARCH: BotPluginMetadata.PluginType
    class SearchProvider(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        UNKNOWN: _ClassVar[BotPluginMetadata.SearchProvider]
        BING: _ClassVar[BotPluginMetadata.SearchProvider]
        GOOGLE: _ClassVar[BotPluginMetadata.SearchProvider]
        SUPPORT: _ClassVar[BotPluginMetadata.SearchProvider]
    UNKNOWN: BotPluginMetadata.SearchProvider
    BING: BotPluginMetadata.SearchProvider
    GOOGLE: BotPluginMetadata.SearchProvider
    SUPPORT: BotPluginMetadata.SearchProvider
    PROVIDER_FIELD_NUMBER: _ClassVar[int]
    PLUGINTYPE_FIELD_NUMBER: _ClassVar[int]
    THUMBNAILCDNURL_FIELD_NUMBER: _ClassVar[int]
    PROFILEPHOTOCDNURL_FIELD_NUMBER: _ClassVar[int]
    SEARCHPROVIDERURL_FIELD_NUMBER: _ClassVar[int]
    REFERENCEINDEX_FIELD_NUMBER: _ClassVar[int]
    EXPECTEDLINKSCOUNT_FIELD_NUMBER: _ClassVar[int]
    SEARCHQUERY_FIELD_NUMBER: _ClassVar[int]
    PARENTPLUGINMESSAGEKEY_FIELD_NUMBER: _ClassVar[int]
    DEPRECATEDFIELD_FIELD_NUMBER: _ClassVar[int]
    PARENTPLUGINTYPE_FIELD_NUMBER: _ClassVar[int]
    FAVICONCDNURL_FIELD_NUMBER: _ClassVar[int]
    provider: BotPluginMetadata.SearchProvider
    pluginType: BotPluginMetadata.PluginType
    thumbnailCdnUrl: str
    profilePhotoCdnUrl: str
    searchProviderUrl: str
    referenceIndex: int
    expectedLinksCount: int
    searchQuery: str
    parentPluginMessageKey: MessageKey
    deprecatedField: BotPluginMetadata.PluginType
    parentPluginType: BotPluginMetadata.PluginType
    faviconCdnUrl: str
    def __init__(self, provider: _Optional[_Union[BotPluginMetadata.SearchProvider, str]] = ..., pluginType: _Optional[_Union[BotPluginMetadata.PluginType, str]] = ..., thumbnailCdnUrl: _Optional[str] = ..., profilePhotoCdnUrl: _Optional[str] = ..., searchProviderUrl: _Optional[str] = ..., referenceIndex: _Optional[int] = ..., expectedLinksCount: _Optional[int] = ..., searchQuery: _Optional[str] = ..., parentPluginMessageKey: _Optional[_Union[MessageKey, _Mapping]] = ..., deprecatedField: _Optional[_Union[BotPluginMetadata.PluginType, str]] = ..., parentPluginType: _Optional[_Union[BotPluginMetadata.PluginType, str]] = ..., faviconCdnUrl: _Optional[str] = ...) -> None: ...

class BotSuggestedPromptMetadata(_message.Message):
    __slots__ = ("suggestedPrompts", "selectedPromptIndex", "promptSuggestions", "selectedPromptId")
    SUGGESTEDPROMPTS_FIELD_NUMBER: _ClassVar[int]
    SELECTEDPROMPTINDEX_FIELD_NUMBER: _ClassVar[int]
    PROMPTSUGGESTIONS_FIELD_NUMBER: _ClassVar[int]
    SELECTEDPROMPTID_FIELD_NUMBER: _ClassVar[int]
    suggestedPrompts: _containers.RepeatedScalarFieldContainer[str]
    selectedPromptIndex: int
    promptSuggestions: BotPromptSuggestions
    selectedPromptId: str
    def __init__(self, suggestedPrompts: _Optional[_Iterable[str]] = ..., selectedPromptIndex: _Optional[int] = ..., promptSuggestions: _Optional[_Union[BotPromptSuggestions, _Mapping]] = ..., selectedPromptId: _Optional[str] = ...) -> None: ...

class BotSessionMetadata(_message.Message):
    __slots__ = ("sessionId", "sessionSource")
    SESSIONID_FIELD_NUMBER: _ClassVar[int]
    SESSIONSOURCE_FIELD_NUMBER: _ClassVar[int]
    sessionId: str
    sessionSource: BotSessionSource
    def __init__(self, sessionId: _Optional[str] = ..., sessionSource: _Optional[_Union[BotSessionSource, str]] = ...) -> None: ...

class BotMemuMetadata(_message.Message):
    __slots__ = ("faceImages",)
    FACEIMAGES_FIELD_NUMBER: _ClassVar[int]
    faceImages: _containers.RepeatedCompositeFieldContainer[BotMediaMetadata]
    def __init__(self, faceImages: _Optional[_Iterable[_Union[BotMediaMetadata, _Mapping]]] = ...) -> None: ...

class BotReminderMetadata(_message.Message):
    __slots__ = ("requestMessageKey", "action", "name", "nextTriggerTimestamp", "frequency")
    class ReminderAction(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        NOTIFY: _ClassVar[BotReminderMetadata.ReminderAction]
        CREATE: _ClassVar[BotReminderMetadata.ReminderAction]
        DELETE: _ClassVar[BotReminderMetadata.ReminderAction]
        UPDATE: _ClassVar[BotReminderMetadata.ReminderAction]
    NOTIFY: BotReminderMetadata.ReminderAction
    CREATE: BotReminderMetadata.ReminderAction
    DELETE: BotReminderMetadata.ReminderAction
    UPDATE: BotReminderMetadata.ReminderAction
    class ReminderFrequency(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        ONCE: _ClassVar[BotReminderMetadata.ReminderFrequency]
        DAILY: _ClassVar[BotReminderMetadata.ReminderFrequency]
        WEEKLY: _ClassVar[BotReminderMetadata.ReminderFrequency]
        BIWEEKLY: _ClassVar[BotReminderMetadata.ReminderFrequency]
        MONTHLY: _ClassVar[BotReminderMetadata.ReminderFrequency]
    ONCE: BotReminderMetadata.ReminderFrequency
    DAILY: BotReminderMetadata.ReminderFrequency
    WEEKLY: BotReminderMetadata.ReminderFrequency
    BIWEEKLY: BotReminderMetadata.ReminderFrequency
    MONTHLY: BotReminderMetadata.ReminderFrequency
    REQUESTMESSAGEKEY_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    NEXTTRIGGERTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    FREQUENCY_FIELD_NUMBER: _ClassVar[int]
    requestMessageKey: MessageKey
    action: BotReminderMetadata.ReminderAction
    name: str
    nextTriggerTimestamp: int
    frequency: BotReminderMetadata.ReminderFrequency
    def __init__(self, requestMessageKey: _Optional[_Union[MessageKey, _Mapping]] = ..., action: _Optional[_Union[BotReminderMetadata.ReminderAction, str]] = ..., name: _Optional[str] = ..., nextTriggerTimestamp: _Optional[int] = ..., frequency: _Optional[_Union[BotReminderMetadata.ReminderFrequency, str]] = ...) -> None: ...

class BotModelMetadata(_message.Message):
    __slots__ = ("modelType", "premiumModelStatus", "modelNameOverride")
    class ModelType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        UNKNOWN_TYPE: _ClassVar[BotModelMetadata.ModelType]
        LLAMA_PROD: _ClassVar[BotModelMetadata.ModelType]
        LLAMA_PROD_PREMIUM: _ClassVar[BotModelMetadata.ModelType]
    UNKNOWN_TYPE: BotModelMetadata.ModelType
    LLAMA_PROD: BotModelMetadata.ModelType
    LLAMA_PROD_PREMIUM: BotModelMetadata.ModelType
    class PremiumModelStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        UNKNOWN_STATUS: _ClassVar[BotModelMetadata.PremiumModelStatus]
        AVAILABLE: _ClassVar[BotModelMetadata.PremiumModelStatus]
        QUOTA_EXCEED_LIMIT: _ClassVar[BotModelMetadata.PremiumModelStatus]
    UNKNOWN_STATUS: BotModelMetadata.PremiumModelStatus
    AVAILABLE: BotModelMetadata.PremiumModelStatus
    QUOTA_EXCEED_LIMIT: BotModelMetadata.PremiumModelStatus
    MODELTYPE_FIELD_NUMBER: _ClassVar[int]
    PREMIUMMODELSTATUS_FIELD_NUMBER: _ClassVar[int]
    MODELNAMEOVERRIDE_FIELD_NUMBER: _ClassVar[int]
    modelType: BotModelMetadata.ModelType
    premiumModelStatus: BotModelMetadata.PremiumModelStatus
    modelNameOverride: str
    def __init__(self, modelType: _Optional[_Union[BotModelMetadata.ModelType, str]] = ..., premiumModelStatus: _Optional[_Union[BotModelMetadata.PremiumModelStatus, str]] = ..., modelNameOverride: _Optional[str] = ...) -> None: ...

class BotProgressIndicatorMetadata(_message.Message):
    __slots__ = ("progressDescription", "stepsMetadata", "estimatedCompletionTime")
    class BotPlanningStepMetadata(_message.Message):
        __slots__ = ("statusTitle", "statusBody", "sourcesMetadata", "status", "isReasoning", "isEnhancedSearch", "sections")
        class BotSearchSourceProvider(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            UNKNOWN_PROVIDER: _ClassVar[BotProgressIndicatorMetadata.BotPlanningStepMetadata.BotSearchSourceProvider]
            OTHER: _ClassVar[BotProgressIndicatorMetadata.BotPlanningStepMetadata.BotSearchSourceProvider]
            GOOGLE: _ClassVar[BotProgressIndicatorMetadata.BotPlanningStepMetadata.BotSearchSourceProvider]
            BING: _ClassVar[BotProgressIndicatorMetadata.BotPlanningStepMetadata.BotSearchSourceProvider]
        UNKNOWN_PROVIDER: BotProgressIndicatorMetadata.BotPlanningStepMetadata.BotSearchSourceProvider
        OTHER: BotProgressIndicatorMetadata.BotPlanningStepMetadata.BotSearchSourceProvider
        GOOGLE: BotProgressIndicatorMetadata.BotPlanningStepMetadata.BotSearchSourceProvider
        BING: BotProgressIndicatorMetadata.BotPlanningStepMetadata.BotSearchSourceProvider
        class PlanningStepStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            UNKNOWN: _ClassVar[BotProgressIndicatorMetadata.BotPlanningStepMetadata.PlanningStepStatus]
            PLANNED: _ClassVar[BotProgressIndicatorMetadata.BotPlanningStepMetadata.PlanningStepStatus]
            EXECUTING: _ClassVar[BotProgressIndicatorMetadata.BotPlanningStepMetadata.PlanningStepStatus]
            FINISHED: _ClassVar[BotProgressIndicatorMetadata.BotPlanningStepMetadata.PlanningStepStatus]
        UNKNOWN: BotProgressIndicatorMetadata.BotPlanningStepMetadata.PlanningStepStatus
        PLANNED: BotProgressIndicatorMetadata.BotPlanningStepMetadata.PlanningStepStatus
        EXECUTING: BotProgressIndicatorMetadata.BotPlanningStepMetadata.PlanningStepStatus
        FINISHED: BotProgressIndicatorMetadata.BotPlanningStepMetadata.PlanningStepStatus
        class BotPlanningSearchSourceMetadata(_message.Message):
            __slots__ = ("title", "provider", "sourceUrl", "favIconUrl")
            TITLE_FIELD_NUMBER: _ClassVar[int]
            PROVIDER_FIELD_NUMBER: _ClassVar[int]
            SOURCEURL_FIELD_NUMBER: _ClassVar[int]
            FAVICONURL_FIELD_NUMBER: _ClassVar[int]
            title: str
            provider: BotProgressIndicatorMetadata.BotPlanningStepMetadata.BotSearchSourceProvider
            sourceUrl: str
            favIconUrl: str
            def __init__(self, title: _Optional[str] = ..., provider: _Optional[_Union[BotProgressIndicatorMetadata.BotPlanningStepMetadata.BotSearchSourceProvider, str]] = ..., sourceUrl: _Optional[str] = ..., favIconUrl: _Optional[str] = ...) -> None: ...
        class BotPlanningSearchSourcesMetadata(_message.Message):
            __slots__ = ("sourceTitle", "provider", "sourceUrl")
            class BotPlanningSearchSourceProvider(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
                __slots__ = ()
                UNKNOWN: _ClassVar[BotProgressIndicatorMetadata.BotPlanningStepMetadata.BotPlanningSearchSourcesMetadata.BotPlanningSearchSourceProvider]
                OTHER: _ClassVar[BotProgressIndicatorMetadata.BotPlanningStepMetadata.BotPlanningSearchSourcesMetadata.BotPlanningSearchSourceProvider]
                GOOGLE: _ClassVar[BotProgressIndicatorMetadata.BotPlanningStepMetadata.BotPlanningSearchSourcesMetadata.BotPlanningSearchSourceProvider]
                BING: _ClassVar[BotProgressIndicatorMetadata.BotPlanningStepMetadata.BotPlanningSearchSourcesMetadata.BotPlanningSearchSourceProvider]
            UNKNOWN: BotProgressIndicatorMetadata.BotPlanningStepMetadata.BotPlanningSearchSourcesMetadata.BotPlanningSearchSourceProvider
            OTHER: BotProgressIndicatorMetadata.BotPlanningStepMetadata.BotPlanningSearchSourcesMetadata.BotPlanningSearchSourceProvider
            GOOGLE: BotProgressIndicatorMetadata.BotPlanningStepMetadata.BotPlanningSearchSourcesMetadata.BotPlanningSearchSourceProvider
            BING: BotProgressIndicatorMetadata.BotPlanningStepMetadata.BotPlanningSearchSourcesMetadata.BotPlanningSearchSourceProvider
            SOURCETITLE_FIELD_NUMBER: _ClassVar[int]
            PROVIDER_FIELD_NUMBER: _ClassVar[int]
            SOURCEURL_FIELD_NUMBER: _ClassVar[int]
            sourceTitle: str
            provider: BotProgressIndicatorMetadata.BotPlanningStepMetadata.BotPlanningSearchSourcesMetadata.BotPlanningSearchSourceProvider
            sourceUrl: str
            def __init__(self, sourceTitle: _Optional[str] = ..., provider: _Optional[_Union[BotProgressIndicatorMetadata.BotPlanningStepMetadata.BotPlanningSearchSourcesMetadata.BotPlanningSearchSourceProvider, str]] = ..., sourceUrl: _Optional[str] = ...) -> None: ...
        class BotPlanningStepSectionMetadata(_message.Message):
            __slots__ = ("sectionTitle", "sectionBody", "sourcesMetadata")
            SECTIONTITLE_FIELD_NUMBER: _ClassVar[int]
            SECTIONBODY_FIELD_NUMBER: _ClassVar[int]
            SOURCESMETADATA_FIELD_NUMBER: _ClassVar[int]
            sectionTitle: str
            sectionBody: str
            sourcesMetadata: _containers.RepeatedCompositeFieldContainer[BotProgressIndicatorMetadata.BotPlanningStepMetadata.BotPlanningSearchSourceMetadata]
            def __init__(self, sectionTitle: _Optional[str] = ..., sectionBody: _Optional[str] = ..., sourcesMetadata: _Optional[_Iterable[_Union[BotProgressIndicatorMetadata.BotPlanningStepMetadata.BotPlanningSearchSourceMetadata, _Mapping]]] = ...) -> None: ...
        STATUSTITLE_FIELD_NUMBER: _ClassVar[int]
        STATUSBODY_FIELD_NUMBER: _ClassVar[int]
        SOURCESMETADATA_FIELD_NUMBER: _ClassVar[int]
        STATUS_FIELD_NUMBER: _ClassVar[int]
        ISREASONING_FIELD_NUMBER: _ClassVar[int]
        ISENHANCEDSEARCH_FIELD_NUMBER: _ClassVar[int]
        SECTIONS_FIELD_NUMBER: _ClassVar[int]
        statusTitle: str
        statusBody: str
        sourcesMetadata: _containers.RepeatedCompositeFieldContainer[BotProgressIndicatorMetadata.BotPlanningStepMetadata.BotPlanningSearchSourcesMetadata]
        status: BotProgressIndicatorMetadata.BotPlanningStepMetadata.PlanningStepStatus
        isReasoning: bool
        isEnhancedSearch: bool
        sections: _containers.RepeatedCompositeFieldContainer[BotProgressIndicatorMetadata.BotPlanningStepMetadata.BotPlanningStepSectionMetadata]
        def __init__(self, statusTitle: _Optional[str] = ..., statusBody: _Optional[str] = ..., sourcesMetadata: _Optional[_Iterable[_Union[BotProgressIndicatorMetadata.BotPlanningStepMetadata.BotPlanningSearchSourcesMetadata, _Mapping]]] = ..., status: _Optional[_Union[BotProgressIndicatorMetadata.BotPlanningStepMetadata.PlanningStepStatus, str]] = ..., isReasoning: _Optional[bool] = ..., isEnhancedSearch: _Optional[bool] = ..., sections: _Optional[_Iterable[_Union[BotProgressIndicatorMetadata.BotPlanningStepMetadata.BotPlanningStepSectionMetadata, _Mapping]]] = ...) -> None: ...
    PROGRESSDESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    STEPSMETADATA_FIELD_NUMBER: _ClassVar[int]
    ESTIMATEDCOMPLETIONTIME_FIELD_NUMBER: _ClassVar[int]
    progressDescription: str
    stepsMetadata: _containers.RepeatedCompositeFieldContainer[BotProgressIndicatorMetadata.BotPlanningStepMetadata]
    estimatedCompletionTime: int
    def __init__(self, progressDescription: _Optional[str] = ..., stepsMetadata: _Optional[_Iterable[_Union[BotProgressIndicatorMetadata.BotPlanningStepMetadata, _Mapping]]] = ..., estimatedCompletionTime: _Optional[int] = ...) -> None: ...

class BotCapabilityMetadata(_message.Message):
    __slots__ = ("capabilities",)
    class BotCapabilityType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        UNKNOWN: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        PROGRESS_INDICATOR: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        RICH_RESPONSE_HEADING: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        RICH_RESPONSE_NESTED_LIST: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        AI_MEMORY: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        RICH_RESPONSE_THREAD_SURFING: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        RICH_RESPONSE_TABLE: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        RICH_RESPONSE_CODE: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        RICH_RESPONSE_STRUCTURED_RESPONSE: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        RICH_RESPONSE_INLINE_IMAGE: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        WA_IG_1P_PLUGIN_RANKING_CONTROL: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        WA_IG_1P_PLUGIN_RANKING_UPDATE_1: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        WA_IG_1P_PLUGIN_RANKING_UPDATE_2: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        WA_IG_1P_PLUGIN_RANKING_UPDATE_3: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        WA_IG_1P_PLUGIN_RANKING_UPDATE_4: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        WA_IG_1P_PLUGIN_RANKING_UPDATE_5: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        WA_IG_1P_PLUGIN_RANKING_UPDATE_6: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        WA_IG_1P_PLUGIN_RANKING_UPDATE_7: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        WA_IG_1P_PLUGIN_RANKING_UPDATE_8: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        WA_IG_1P_PLUGIN_RANKING_UPDATE_9: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        WA_IG_1P_PLUGIN_RANKING_UPDATE_10: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        RICH_RESPONSE_SUB_HEADING: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        RICH_RESPONSE_GRID_IMAGE: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        AI_STUDIO_UGC_MEMORY: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        RICH_RESPONSE_LATEX: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        RICH_RESPONSE_MAPS: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        RICH_RESPONSE_INLINE_REELS: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        AGENTIC_PLANNING: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        ACCOUNT_LINKING: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        STREAMING_DISAGGREGATION: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        RICH_RESPONSE_GRID_IMAGE_3P: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        RICH_RESPONSE_LATEX_INLINE: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        QUERY_PLAN: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        PROACTIVE_MESSAGE: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        RICH_RESPONSE_UNIFIED_RESPONSE: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        PROMOTION_MESSAGE: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        SIMPLIFIED_PROFILE_PAGE: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        RICH_RESPONSE_SOURCES_IN_MESSAGE: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        RICH_RESPONSE_SIDE_BY_SIDE_SURVEY: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        RICH_RESPONSE_UNIFIED_TEXT_COMPONENT: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        AI_SHARED_MEMORY: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        RICH_RESPONSE_UNIFIED_SOURCES: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        RICH_RESPONSE_UNIFIED_DOMAIN_CITATIONS: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        RICH_RESPONSE_UR_INLINE_REELS_ENABLED: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        RICH_RESPONSE_UR_MEDIA_GRID_ENABLED: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        RICH_RESPONSE_UR_TIMESTAMP_PLACEHOLDER: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        RICH_RESPONSE_IN_APP_SURVEY: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        AI_RESPONSE_MODEL_BRANDING: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        SESSION_TRANSPARENCY_SYSTEM_MESSAGE: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        RICH_RESPONSE_UR_REASONING: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        RICH_RESPONSE_UR_ZEITGEIST_CITATIONS: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        RICH_RESPONSE_UR_ZEITGEIST_CAROUSEL: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        AI_IMAGINE_LOADING_INDICATOR: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        RICH_RESPONSE_UR_IMAGINE: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        AI_IMAGINE_UR_TO_NATIVE_LOADING_INDICATOR: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        RICH_RESPONSE_UR_BLOKS_ENABLED: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        RICH_RESPONSE_INLINE_LINKS_ENABLED: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        RICH_RESPONSE_UR_IMAGINE_VIDEO: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        JSON_PATCH_STREAMING: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        AI_TAB_FORCE_CLIPPY: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        UNIFIED_RESPONSE_EMBEDDED_SCREENS: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        AI_SUBSCRIPTION_ENABLED: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        UNIFIED_RESPONSE_AI_CONTENT_SEARCH_ENABLED: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        UNIFIED_RESPONSE_MARKDOWN_LINKS_ENABLED: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        AI_RICH_RESPONSE_MAPS_V2_ENABLED: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        AI_SUBSCRIPTION_METERING_ENABLED: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        RICH_RESPONSE_SPORTS_WIDGET_ENABLED: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        AI_RICH_RESPONSE_ARTIFACTS_ENABLED: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        AI_RICH_RESPONSE_EMAIL_CALENDAR_ENABLED: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
        AI_RICH_RESPONSE_REMINDERS_ENABLED: _ClassVar[BotCapabilityMetadata.BotCapabilityType]
    UNKNOWN: BotCapabilityMetadata.BotCapabilityType
    PROGRESS_INDICATOR: BotCapabilityMetadata.BotCapabilityType
    RICH_RESPONSE_HEADING: BotCapabilityMetadata.BotCapabilityType
    RICH_RESPONSE_NESTED_LIST: BotCapabilityMetadata.BotCapabilityType
    AI_MEMORY: BotCapabilityMetadata.BotCapabilityType
    RICH_RESPONSE_THREAD_SURFING: BotCapabilityMetadata.BotCapabilityType
    RICH_RESPONSE_TABLE: BotCapabilityMetadata.BotCapabilityType
    RICH_RESPONSE_CODE: BotCapabilityMetadata.BotCapabilityType
    RICH_RESPONSE_STRUCTURED_RESPONSE: BotCapabilityMetadata.BotCapabilityType
    RICH_RESPONSE_INLINE_IMAGE: BotCapabilityMetadata.BotCapabilityType
    WA_IG_1P_PLUGIN_RANKING_CONTROL: BotCapabilityMetadata.BotCapabilityType
    WA_IG_1P_PLUGIN_RANKING_UPDATE_1: BotCapabilityMetadata.BotCapabilityType
    WA_IG_1P_PLUGIN_RANKING_UPDATE_2: BotCapabilityMetadata.BotCapabilityType
    WA_IG_1P_PLUGIN_RANKING_UPDATE_3: BotCapabilityMetadata.BotCapabilityType
    WA_IG_1P_PLUGIN_RANKING_UPDATE_4: BotCapabilityMetadata.BotCapabilityType
    WA_IG_1P_PLUGIN_RANKING_UPDATE_5: BotCapabilityMetadata.BotCapabilityType
    WA_IG_1P_PLUGIN_RANKING_UPDATE_6: BotCapabilityMetadata.BotCapabilityType
    WA_IG_1P_PLUGIN_RANKING_UPDATE_7: BotCapabilityMetadata.BotCapabilityType
    WA_IG_1P_PLUGIN_RANKING_UPDATE_8: BotCapabilityMetadata.BotCapabilityType
    WA_IG_1P_PLUGIN_RANKING_UPDATE_9: BotCapabilityMetadata.BotCapabilityType
    WA_IG_1P_PLUGIN_RANKING_UPDATE_10: BotCapabilityMetadata.BotCapabilityType
    RICH_RESPONSE_SUB_HEADING: BotCapabilityMetadata.BotCapabilityType
    RICH_RESPONSE_GRID_IMAGE: BotCapabilityMetadata.BotCapabilityType
    AI_STUDIO_UGC_MEMORY: BotCapabilityMetadata.BotCapabilityType
    RICH_RESPONSE_LATEX: BotCapabilityMetadata.BotCapabilityType
    RICH_RESPONSE_MAPS: BotCapabilityMetadata.BotCapabilityType
    RICH_RESPONSE_INLINE_REELS: BotCapabilityMetadata.BotCapabilityType
    AGENTIC_PLANNING: BotCapabilityMetadata.BotCapabilityType
    ACCOUNT_LINKING: BotCapabilityMetadata.BotCapabilityType
    STREAMING_DISAGGREGATION: BotCapabilityMetadata.BotCapabilityType
    RICH_RESPONSE_GRID_IMAGE_3P: BotCapabilityMetadata.BotCapabilityType
    RICH_RESPONSE_LATEX_INLINE: BotCapabilityMetadata.BotCapabilityType
    QUERY_PLAN: BotCapabilityMetadata.BotCapabilityType
    PROACTIVE_MESSAGE: BotCapabilityMetadata.BotCapabilityType
    RICH_RESPONSE_UNIFIED_RESPONSE: BotCapabilityMetadata.BotCapabilityType
    PROMOTION_MESSAGE: BotCapabilityMetadata.BotCapabilityType
    SIMPLIFIED_PROFILE_PAGE: BotCapabilityMetadata.BotCapabilityType
    RICH_RESPONSE_SOURCES_IN_MESSAGE: BotCapabilityMetadata.BotCapabilityType
    RICH_RESPONSE_SIDE_BY_SIDE_SURVEY: BotCapabilityMetadata.BotCapabilityType
    RICH_RESPONSE_UNIFIED_TEXT_COMPONENT: BotCapabilityMetadata.BotCapabilityType
    AI_SHARED_MEMORY: BotCapabilityMetadata.BotCapabilityType
    RICH_RESPONSE_UNIFIED_SOURCES: BotCapabilityMetadata.BotCapabilityType
    RICH_RESPONSE_UNIFIED_DOMAIN_CITATIONS: BotCapabilityMetadata.BotCapabilityType
    RICH_RESPONSE_UR_INLINE_REELS_ENABLED: BotCapabilityMetadata.BotCapabilityType
    RICH_RESPONSE_UR_MEDIA_GRID_ENABLED: BotCapabilityMetadata.BotCapabilityType
    RICH_RESPONSE_UR_TIMESTAMP_PLACEHOLDER: BotCapabilityMetadata.BotCapabilityType
    RICH_RESPONSE_IN_APP_SURVEY: BotCapabilityMetadata.BotCapabilityType
    AI_RESPONSE_MODEL_BRANDING: BotCapabilityMetadata.BotCapabilityType
    SESSION_TRANSPARENCY_SYSTEM_MESSAGE: BotCapabilityMetadata.BotCapabilityType
    RICH_RESPONSE_UR_REASONING: BotCapabilityMetadata.BotCapabilityType
    RICH_RESPONSE_UR_ZEITGEIST_CITATIONS: BotCapabilityMetadata.BotCapabilityType
    RICH_RESPONSE_UR_ZEITGEIST_CAROUSEL: BotCapabilityMetadata.BotCapabilityType
    AI_IMAGINE_LOADING_INDICATOR: BotCapabilityMetadata.BotCapabilityType
    RICH_RESPONSE_UR_IMAGINE: BotCapabilityMetadata.BotCapabilityType
    AI_IMAGINE_UR_TO_NATIVE_LOADING_INDICATOR: BotCapabilityMetadata.BotCapabilityType
    RICH_RESPONSE_UR_BLOKS_ENABLED: BotCapabilityMetadata.BotCapabilityType
    RICH_RESPONSE_INLINE_LINKS_ENABLED: BotCapabilityMetadata.BotCapabilityType
    RICH_RESPONSE_UR_IMAGINE_VIDEO: BotCapabilityMetadata.BotCapabilityType
    JSON_PATCH_STREAMING: BotCapabilityMetadata.BotCapabilityType
    AI_TAB_FORCE_CLIPPY: BotCapabilityMetadata.BotCapabilityType
    UNIFIED_RESPONSE_EMBEDDED_SCREENS: BotCapabilityMetadata.BotCapabilityType
    AI_SUBSCRIPTION_ENABLED: BotCapabilityMetadata.BotCapabilityType
    UNIFIED_RESPONSE_AI_CONTENT_SEARCH_ENABLED: BotCapabilityMetadata.BotCapabilityType
    UNIFIED_RESPONSE_MARKDOWN_LINKS_ENABLED: BotCapabilityMetadata.BotCapabilityType
    AI_RICH_RESPONSE_MAPS_V2_ENABLED: BotCapabilityMetadata.BotCapabilityType
    AI_SUBSCRIPTION_METERING_ENABLED: BotCapabilityMetadata.BotCapabilityType
    RICH_RESPONSE_SPORTS_WIDGET_ENABLED: BotCapabilityMetadata.BotCapabilityType
    AI_RICH_RESPONSE_ARTIFACTS_ENABLED: BotCapabilityMetadata.BotCapabilityType
    AI_RICH_RESPONSE_EMAIL_CALENDAR_ENABLED: BotCapabilityMetadata.BotCapabilityType
    AI_RICH_RESPONSE_REMINDERS_ENABLED: BotCapabilityMetadata.BotCapabilityType
    CAPABILITIES_FIELD_NUMBER: _ClassVar[int]
    capabilities: _containers.RepeatedScalarFieldContainer[BotCapabilityMetadata.BotCapabilityType]
    def __init__(self, capabilities: _Optional[_Iterable[_Union[BotCapabilityMetadata.BotCapabilityType, str]]] = ...) -> None: ...

class BotImagineMetadata(_message.Message):
    __slots__ = ("imagineType", "shortPrompt")
    class ImagineType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        UNKNOWN: _ClassVar[BotImagineMetadata.ImagineType]
        IMAGINE: _ClassVar[BotImagineMetadata.ImagineType]
        MEMU: _ClassVar[BotImagineMetadata.ImagineType]
        FLASH: _ClassVar[BotImagineMetadata.ImagineType]
        EDIT: _ClassVar[BotImagineMetadata.ImagineType]
    UNKNOWN: BotImagineMetadata.ImagineType
    IMAGINE: BotImagineMetadata.ImagineType
    MEMU: BotImagineMetadata.ImagineType
    FLASH: BotImagineMetadata.ImagineType
    EDIT: BotImagineMetadata.ImagineType
    IMAGINETYPE_FIELD_NUMBER: _ClassVar[int]
    SHORTPROMPT_FIELD_NUMBER: _ClassVar[int]
    imagineType: BotImagineMetadata.ImagineType
    shortPrompt: str
    def __init__(self, imagineType: _Optional[_Union[BotImagineMetadata.ImagineType, str]] = ..., shortPrompt: _Optional[str] = ...) -> None: ...

class BotMemoryMetadata(_message.Message):
    __slots__ = ("addedFacts", "removedFacts", "disclaimer")
    ADDEDFACTS_FIELD_NUMBER: _ClassVar[int]
    REMOVEDFACTS_FIELD_NUMBER: _ClassVar[int]
    DISCLAIMER_FIELD_NUMBER: _ClassVar[int]
    addedFacts: _containers.RepeatedCompositeFieldContainer[BotMemoryFact]
    removedFacts: _containers.RepeatedCompositeFieldContainer[BotMemoryFact]
    disclaimer: str
    def __init__(self, addedFacts: _Optional[_Iterable[_Union[BotMemoryFact, _Mapping]]] = ..., removedFacts: _Optional[_Iterable[_Union[BotMemoryFact, _Mapping]]] = ..., disclaimer: _Optional[str] = ...) -> None: ...

class BotRenderingMetadata(_message.Message):
    __slots__ = ("keywords",)
    class Keyword(_message.Message):
        __slots__ = ("value", "associatedPrompts")
        VALUE_FIELD_NUMBER: _ClassVar[int]
        ASSOCIATEDPROMPTS_FIELD_NUMBER: _ClassVar[int]
        value: str
        associatedPrompts: _containers.RepeatedScalarFieldContainer[str]
        def __init__(self, value: _Optional[str] = ..., associatedPrompts: _Optional[_Iterable[str]] = ...) -> None: ...
    KEYWORDS_FIELD_NUMBER: _ClassVar[int]
    keywords: _containers.RepeatedCompositeFieldContainer[BotRenderingMetadata.Keyword]
    def __init__(self, keywords: _Optional[_Iterable[_Union[BotRenderingMetadata.Keyword, _Mapping]]] = ...) -> None: ...

class BotMetricsMetadata(_message.Message):
    __slots__ = ("destinationId", "destinationEntryPoint", "threadOrigin")
    DESTINATIONID_FIELD_NUMBER: _ClassVar[int]
    DESTINATIONENTRYPOINT_FIELD_NUMBER: _ClassVar[int]
    THREADORIGIN_FIELD_NUMBER: _ClassVar[int]
    destinationId: str
    destinationEntryPoint: BotMetricsEntryPoint
    threadOrigin: BotMetricsThreadEntryPoint
    def __init__(self, destinationId: _Optional[str] = ..., destinationEntryPoint: _Optional[_Union[BotMetricsEntryPoint, str]] = ..., threadOrigin: _Optional[_Union[BotMetricsThreadEntryPoint, str]] = ...) -> None: ...

class BotLinkedAccountsMetadata(_message.Message):
    __slots__ = ("accounts", "acAuthTokens", "acErrorCode")
    ACCOUNTS_FIELD_NUMBER: _ClassVar[int]
    ACAUTHTOKENS_FIELD_NUMBER: _ClassVar[int]
    ACERRORCODE_FIELD_NUMBER: _ClassVar[int]
    accounts: _containers.RepeatedCompositeFieldContainer[BotLinkedAccount]
    acAuthTokens: bytes
    acErrorCode: int
    def __init__(self, accounts: _Optional[_Iterable[_Union[BotLinkedAccount, _Mapping]]] = ..., acAuthTokens: _Optional[bytes] = ..., acErrorCode: _Optional[int] = ...) -> None: ...

class BotSourcesMetadata(_message.Message):
    __slots__ = ("sources",)
    class BotSourceItem(_message.Message):
        __slots__ = ("provider", "thumbnailCdnUrl", "sourceProviderUrl", "sourceQuery", "faviconCdnUrl", "citationNumber", "sourceTitle")
        class SourceProvider(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            UNKNOWN: _ClassVar[BotSourcesMetadata.BotSourceItem.SourceProvider]
            BING: _ClassVar[BotSourcesMetadata.BotSourceItem.SourceProvider]
            GOOGLE: _ClassVar[BotSourcesMetadata.BotSourceItem.SourceProvider]
            SUPPORT: _ClassVar[BotSourcesMetadata.BotSourceItem.SourceProvider]
            OTHER: _ClassVar[BotSourcesMetadata.BotSourceItem.SourceProvider]
        UNKNOWN: BotSourcesMetadata.BotSourceItem.SourceProvider
        BING: BotSourcesMetadata.BotSourceItem.SourceProvider
        GOOGLE: BotSourcesMetadata.BotSourceItem.SourceProvider
        SUPPORT: BotSourcesMetadata.BotSourceItem.SourceProvider
        OTHER: BotSourcesMetadata.BotSourceItem.SourceProvider
        PROVIDER_FIELD_NUMBER: _ClassVar[int]
        THUMBNAILCDNURL_FIELD_NUMBER: _ClassVar[int]
        SOURCEPROVIDERURL_FIELD_NUMBER: _ClassVar[int]
        SOURCEQUERY_FIELD_NUMBER: _ClassVar[int]
        FAVICONCDNURL_FIELD_NUMBER: _ClassVar[int]
        CITATIONNUMBER_FIELD_NUMBER: _ClassVar[int]
        SOURCETITLE_FIELD_NUMBER: _ClassVar[int]
        provider: BotSourcesMetadata.BotSourceItem.SourceProvider
        thumbnailCdnUrl: str
        sourceProviderUrl: str
        sourceQuery: str
        faviconCdnUrl: str
        citationNumber: int
        sourceTitle: str
        def __init__(self, provider: _Optional[_Union[BotSourcesMetadata.BotSourceItem.SourceProvider, str]] = ..., thumbnailCdnUrl: _Optional[str] = ..., sourceProviderUrl: _Optional[str] = ..., sourceQuery: _Optional[str] = ..., faviconCdnUrl: _Optional[str] = ..., citationNumber: _Optional[int] = ..., sourceTitle: _Optional[str] = ...) -> None: ...
    SOURCES_FIELD_NUMBER: _ClassVar[int]
    sources: _containers.RepeatedCompositeFieldContainer[BotSourcesMetadata.BotSourceItem]
    def __init__(self, sources: _Optional[_Iterable[_Union[BotSourcesMetadata.BotSourceItem, _Mapping]]] = ...) -> None: ...

class BotPromotionMessageMetadata(_message.Message):
    __slots__ = ("promotionType", "buttonTitle")
    class BotPromotionType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        UNKNOWN_TYPE: _ClassVar[BotPromotionMessageMetadata.BotPromotionType]
        C50: _ClassVar[BotPromotionMessageMetadata.BotPromotionType]
        SURVEY_PLATFORM: _ClassVar[BotPromotionMessageMetadata.BotPromotionType]
    UNKNOWN_TYPE: BotPromotionMessageMetadata.BotPromotionType
    C50: BotPromotionMessageMetadata.BotPromotionType
    SURVEY_PLATFORM: BotPromotionMessageMetadata.BotPromotionType
    PROMOTIONTYPE_FIELD_NUMBER: _ClassVar[int]
    BUTTONTITLE_FIELD_NUMBER: _ClassVar[int]
    promotionType: BotPromotionMessageMetadata.BotPromotionType
    buttonTitle: str
    def __init__(self, promotionType: _Optional[_Union[BotPromotionMessageMetadata.BotPromotionType, str]] = ..., buttonTitle: _Optional[str] = ...) -> None: ...

class BotModeSelectionMetadata(_message.Message):
    __slots__ = ("mode", "overrideMode")
    class BotUserSelectionMode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        DEFAULT_MODE: _ClassVar[BotModeSelectionMetadata.BotUserSelectionMode]
        THINK_HARD_MODE: _ClassVar[BotModeSelectionMetadata.BotUserSelectionMode]
    DEFAULT_MODE: BotModeSelectionMetadata.BotUserSelectionMode
    THINK_HARD_MODE: BotModeSelectionMetadata.BotUserSelectionMode
    MODE_FIELD_NUMBER: _ClassVar[int]
    OVERRIDEMODE_FIELD_NUMBER: _ClassVar[int]
    mode: _containers.RepeatedScalarFieldContainer[BotModeSelectionMetadata.BotUserSelectionMode]
    overrideMode: _containers.RepeatedScalarFieldContainer[int]
    def __init__(self, mode: _Optional[_Iterable[_Union[BotModeSelectionMetadata.BotUserSelectionMode, str]]] = ..., overrideMode: _Optional[_Iterable[int]] = ...) -> None: ...

class BotQuotaMetadata(_message.Message):
    __slots__ = ("botFeatureQuotaMetadata",)
    class BotFeatureQuotaMetadata(_message.Message):
        __slots__ = ("featureType", "remainingQuota", "expirationTimestamp")
        class BotFeatureType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            UNKNOWN_FEATURE: _ClassVar[BotQuotaMetadata.BotFeatureQuotaMetadata.BotFeatureType]
            REASONING_FEATURE: _ClassVar[BotQuotaMetadata.BotFeatureQuotaMetadata.BotFeatureType]
        UNKNOWN_FEATURE: BotQuotaMetadata.BotFeatureQuotaMetadata.BotFeatureType
        REASONING_FEATURE: BotQuotaMetadata.BotFeatureQuotaMetadata.BotFeatureType
        FEATURETYPE_FIELD_NUMBER: _ClassVar[int]
        REMAININGQUOTA_FIELD_NUMBER: _ClassVar[int]
        EXPIRATIONTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
        featureType: BotQuotaMetadata.BotFeatureQuotaMetadata.BotFeatureType
        remainingQuota: int
        expirationTimestamp: int
        def __init__(self, featureType: _Optional[_Union[BotQuotaMetadata.BotFeatureQuotaMetadata.BotFeatureType, str]] = ..., remainingQuota: _Optional[int] = ..., expirationTimestamp: _Optional[int] = ...) -> None: ...
    BOTFEATUREQUOTAMETADATA_FIELD_NUMBER: _ClassVar[int]
    botFeatureQuotaMetadata: _containers.RepeatedCompositeFieldContainer[BotQuotaMetadata.BotFeatureQuotaMetadata]
    def __init__(self, botFeatureQuotaMetadata: _Optional[_Iterable[_Union[BotQuotaMetadata.BotFeatureQuotaMetadata, _Mapping]]] = ...) -> None: ...

class BotAgeCollectionMetadata(_message.Message):
    __slots__ = ("ageCollectionEligible", "shouldTriggerAgeCollectionOnClient", "ageCollectionType")
    class AgeCollectionType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        O18_BINARY: _ClassVar[BotAgeCollectionMetadata.AgeCollectionType]
        WAFFLE: _ClassVar[BotAgeCollectionMetadata.AgeCollectionType]
    O18_BINARY: BotAgeCollectionMetadata.AgeCollectionType
    WAFFLE: BotAgeCollectionMetadata.AgeCollectionType
    AGECOLLECTIONELIGIBLE_FIELD_NUMBER: _ClassVar[int]
    SHOULDTRIGGERAGECOLLECTIONONCLIENT_FIELD_NUMBER: _ClassVar[int]
    AGECOLLECTIONTYPE_FIELD_NUMBER: _ClassVar[int]
    ageCollectionEligible: bool
    shouldTriggerAgeCollectionOnClient: bool
    ageCollectionType: BotAgeCollectionMetadata.AgeCollectionType
    def __init__(self, ageCollectionEligible: _Optional[bool] = ..., shouldTriggerAgeCollectionOnClient: _Optional[bool] = ..., ageCollectionType: _Optional[_Union[BotAgeCollectionMetadata.AgeCollectionType, str]] = ...) -> None: ...

class BotUnifiedResponseMutation(_message.Message):
    __slots__ = ("sbsMetadata", "mediaDetailsMetadataList")
    class MediaDetailsMetadata(_message.Message):
        __slots__ = ("id", "highResMedia", "previewMedia")
        ID_FIELD_NUMBER: _ClassVar[int]
        HIGHRESMEDIA_FIELD_NUMBER: _ClassVar[int]
        PREVIEWMEDIA_FIELD_NUMBER: _ClassVar[int]
        id: str
        highResMedia: BotMediaMetadata
        previewMedia: BotMediaMetadata
        def __init__(self, id: _Optional[str] = ..., highResMedia: _Optional[_Union[BotMediaMetadata, _Mapping]] = ..., previewMedia: _Optional[_Union[BotMediaMetadata, _Mapping]] = ...) -> None: ...
    class SideBySideMetadata(_message.Message):
        __slots__ = ("primaryResponseId", "surveyCtaHasRendered")
        PRIMARYRESPONSEID_FIELD_NUMBER: _ClassVar[int]
        SURVEYCTAHASRENDERED_FIELD_NUMBER: _ClassVar[int]
        primaryResponseId: str
        surveyCtaHasRendered: bool
        def __init__(self, primaryResponseId: _Optional[str] = ..., surveyCtaHasRendered: _Optional[bool] = ...) -> None: ...
    SBSMETADATA_FIELD_NUMBER: _ClassVar[int]
    MEDIADETAILSMETADATALIST_FIELD_NUMBER: _ClassVar[int]
    sbsMetadata: BotUnifiedResponseMutation.SideBySideMetadata
    mediaDetailsMetadataList: _containers.RepeatedCompositeFieldContainer[BotUnifiedResponseMutation.MediaDetailsMetadata]
    def __init__(self, sbsMetadata: _Optional[_Union[BotUnifiedResponseMutation.SideBySideMetadata, _Mapping]] = ..., mediaDetailsMetadataList: _Optional[_Iterable[_Union[BotUnifiedResponseMutation.MediaDetailsMetadata, _Mapping]]] = ...) -> None: ...

class BotMessageOriginMetadata(_message.Message):
    __slots__ = ("origins",)
    ORIGINS_FIELD_NUMBER: _ClassVar[int]
    origins: _containers.RepeatedCompositeFieldContainer[BotMessageOrigin]
    def __init__(self, origins: _Optional[_Iterable[_Union[BotMessageOrigin, _Mapping]]] = ...) -> None: ...

class InThreadSurveyMetadata(_message.Message):
    __slots__ = ("tessaSessionId", "simonSessionId", "simonSurveyId", "tessaRootId", "requestId", "tessaEvent", "invitationHeaderText", "invitationBodyText", "invitationCtaText", "invitationCtaUrl", "surveyTitle", "questions", "surveyContinueButtonText", "surveySubmitButtonText", "privacyStatementFull", "privacyStatementParts", "feedbackToastText", "startQuestionIndex")
    class InThreadSurveyOption(_message.Message):
        __slots__ = ("stringValue", "numericValue", "textTranslated")
        STRINGVALUE_FIELD_NUMBER: _ClassVar[int]
        NUMERICVALUE_FIELD_NUMBER: _ClassVar[int]
        TEXTTRANSLATED_FIELD_NUMBER: _ClassVar[int]
        stringValue: str
        numericValue: int
        textTranslated: str
        def __init__(self, stringValue: _Optional[str] = ..., numericValue: _Optional[int] = ..., textTranslated: _Optional[str] = ...) -> None: ...
    class InThreadSurveyPrivacyStatementPart(_message.Message):
        __slots__ = ("text", "url")
        TEXT_FIELD_NUMBER: _ClassVar[int]
        URL_FIELD_NUMBER: _ClassVar[int]
        text: str
        url: str
        def __init__(self, text: _Optional[str] = ..., url: _Optional[str] = ...) -> None: ...
    class InThreadSurveyQuestion(_message.Message):
        __slots__ = ("questionText", "questionId", "questionOptions")
        QUESTIONTEXT_FIELD_NUMBER: _ClassVar[int]
        QUESTIONID_FIELD_NUMBER: _ClassVar[int]
        QUESTIONOPTIONS_FIELD_NUMBER: _ClassVar[int]
        questionText: str
        questionId: str
        questionOptions: _containers.RepeatedCompositeFieldContainer[InThreadSurveyMetadata.InThreadSurveyOption]
        def __init__(self, questionText: _Optional[str] = ..., questionId: _Optional[str] = ..., questionOptions: _Optional[_Iterable[_Union[InThreadSurveyMetadata.InThreadSurveyOption, _Mapping]]] = ...) -> None: ...
    TESSASESSIONID_FIELD_NUMBER: _ClassVar[int]
    SIMONSESSIONID_FIELD_NUMBER: _ClassVar[int]
    SIMONSURVEYID_FIELD_NUMBER: _ClassVar[int]
    TESSAROOTID_FIELD_NUMBER: _ClassVar[int]
    REQUESTID_FIELD_NUMBER: _ClassVar[int]
    TESSAEVENT_FIELD_NUMBER: _ClassVar[int]
    INVITATIONHEADERTEXT_FIELD_NUMBER: _ClassVar[int]
    INVITATIONBODYTEXT_FIELD_NUMBER: _ClassVar[int]
    INVITATIONCTATEXT_FIELD_NUMBER: _ClassVar[int]
    INVITATIONCTAURL_FIELD_NUMBER: _ClassVar[int]
    SURVEYTITLE_FIELD_NUMBER: _ClassVar[int]
    QUESTIONS_FIELD_NUMBER: _ClassVar[int]
    SURVEYCONTINUEBUTTONTEXT_FIELD_NUMBER: _ClassVar[int]
    SURVEYSUBMITBUTTONTEXT_FIELD_NUMBER: _ClassVar[int]
    PRIVACYSTATEMENTFULL_FIELD_NUMBER: _ClassVar[int]
    PRIVACYSTATEMENTPARTS_FIELD_NUMBER: _ClassVar[int]
    FEEDBACKTOASTTEXT_FIELD_NUMBER: _ClassVar[int]
    STARTQUESTIONINDEX_FIELD_NUMBER: _ClassVar[int]
    tessaSessionId: str
    simonSessionId: str
    simonSurveyId: str
    tessaRootId: str
    requestId: str
    tessaEvent: str
    invitationHeaderText: str
    invitationBodyText: str
    invitationCtaText: str
    invitationCtaUrl: str
    surveyTitle: str
    questions: _containers.RepeatedCompositeFieldContainer[InThreadSurveyMetadata.InThreadSurveyQuestion]
    surveyContinueButtonText: str
    surveySubmitButtonText: str
    privacyStatementFull: str
    privacyStatementParts: _containers.RepeatedCompositeFieldContainer[InThreadSurveyMetadata.InThreadSurveyPrivacyStatementPart]
    feedbackToastText: str
    startQuestionIndex: int
    def __init__(self, tessaSessionId: _Optional[str] = ..., simonSessionId: _Optional[str] = ..., simonSurveyId: _Optional[str] = ..., tessaRootId: _Optional[str] = ..., requestId: _Optional[str] = ..., tessaEvent: _Optional[str] = ..., invitationHeaderText: _Optional[str] = ..., invitationBodyText: _Optional[str] = ..., invitationCtaText: _Optional[str] = ..., invitationCtaUrl: _Optional[str] = ..., surveyTitle: _Optional[str] = ..., questions: _Optional[_Iterable[_Union[InThreadSurveyMetadata.InThreadSurveyQuestion, _Mapping]]] = ..., surveyContinueButtonText: _Optional[str] = ..., surveySubmitButtonText: _Optional[str] = ..., privacyStatementFull: _Optional[str] = ..., privacyStatementParts: _Optional[_Iterable[_Union[InThreadSurveyMetadata.InThreadSurveyPrivacyStatementPart, _Mapping]]] = ..., feedbackToastText: _Optional[str] = ..., startQuestionIndex: _Optional[int] = ...) -> None: ...

class AIThreadInfo(_message.Message):
    __slots__ = ("serverInfo", "clientInfo")
    class AIThreadClientInfo(_message.Message):
        __slots__ = ("type", "sourceChatJid")
        class AIThreadType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
            __slots__ = ()
            UNKNOWN: _ClassVar[AIThreadInfo.AIThreadClientInfo.AIThreadType]
            DEFAULT: _ClassVar[AIThreadInfo.AIThreadClientInfo.AIThreadType]
            INCOGNITO: _ClassVar[AIThreadInfo.AIThreadClientInfo.AIThreadType]
            SIDE_CHAT: _ClassVar[AIThreadInfo.AIThreadClientInfo.AIThreadType]
        UNKNOWN: AIThreadInfo.AIThreadClientInfo.AIThreadType
        DEFAULT: AIThreadInfo.AIThreadClientInfo.AIThreadType
        INCOGNITO: AIThreadInfo.AIThreadClientInfo.AIThreadType
        SIDE_CHAT: AIThreadInfo.AIThreadClientInfo.AIThreadType
        TYPE_FIELD_NUMBER: _ClassVar[int]
        SOURCECHATJID_FIELD_NUMBER: _ClassVar[int]
        type: AIThreadInfo.AIThreadClientInfo.AIThreadType
        sourceChatJid: str
        def __init__(self, type: _Optional[_Union[AIThreadInfo.AIThreadClientInfo.AIThreadType, str]] = ..., sourceChatJid: _Optional[str] = ...) -> None: ...
    class AIThreadServerInfo(_message.Message):
        __slots__ = ("title",)
        TITLE_FIELD_NUMBER: _ClassVar[int]
        title: str
        def __init__(self, title: _Optional[str] = ...) -> None: ...
    SERVERINFO_FIELD_NUMBER: _ClassVar[int]
    CLIENTINFO_FIELD_NUMBER: _ClassVar[int]
    serverInfo: AIThreadInfo.AIThreadServerInfo
    clientInfo: AIThreadInfo.AIThreadClientInfo
    def __init__(self, serverInfo: _Optional[_Union[AIThreadInfo.AIThreadServerInfo, _Mapping]] = ..., clientInfo: _Optional[_Union[AIThreadInfo.AIThreadClientInfo, _Mapping]] = ...) -> None: ...

class AIRegenerateMetadata(_message.Message):
    __slots__ = ("messageKey", "responseTimestampMs")
    MESSAGEKEY_FIELD_NUMBER: _ClassVar[int]
    RESPONSETIMESTAMPMS_FIELD_NUMBER: _ClassVar[int]
    messageKey: MessageKey
    responseTimestampMs: int
    def __init__(self, messageKey: _Optional[_Union[MessageKey, _Mapping]] = ..., responseTimestampMs: _Optional[int] = ...) -> None: ...

class SessionTransparencyMetadata(_message.Message):
    __slots__ = ("disclaimerText", "hcaId", "sessionTransparencyType")
    DISCLAIMERTEXT_FIELD_NUMBER: _ClassVar[int]
    HCAID_FIELD_NUMBER: _ClassVar[int]
    SESSIONTRANSPARENCYTYPE_FIELD_NUMBER: _ClassVar[int]
    disclaimerText: str
    hcaId: str
    sessionTransparencyType: SessionTransparencyType
    def __init__(self, disclaimerText: _Optional[str] = ..., hcaId: _Optional[str] = ..., sessionTransparencyType: _Optional[_Union[SessionTransparencyType, str]] = ...) -> None: ...

class BotDocumentMessageMetadata(_message.Message):
    __slots__ = ("pluginType",)
    class DocumentPluginType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        TEXT_EXTRACTION: _ClassVar[BotDocumentMessageMetadata.DocumentPluginType]
        OCR_AND_IMAGES: _ClassVar[BotDocumentMessageMetadata.DocumentPluginType]
    TEXT_EXTRACTION: BotDocumentMessageMetadata.DocumentPluginType
    OCR_AND_IMAGES: BotDocumentMessageMetadata.DocumentPluginType
    PLUGINTYPE_FIELD_NUMBER: _ClassVar[int]
    pluginType: BotDocumentMessageMetadata.DocumentPluginType
    def __init__(self, pluginType: _Optional[_Union[BotDocumentMessageMetadata.DocumentPluginType, str]] = ...) -> None: ...

class BotGroupMetadata(_message.Message):
    __slots__ = ("participantsMetadata",)
    PARTICIPANTSMETADATA_FIELD_NUMBER: _ClassVar[int]
    participantsMetadata: _containers.RepeatedCompositeFieldContainer[BotGroupParticipantMetadata]
    def __init__(self, participantsMetadata: _Optional[_Iterable[_Union[BotGroupParticipantMetadata, _Mapping]]] = ...) -> None: ...

class BotRenderingConfigMetadata(_message.Message):
    __slots__ = ("bloksVersioningId", "pixelDensity")
    BLOKSVERSIONINGID_FIELD_NUMBER: _ClassVar[int]
    PIXELDENSITY_FIELD_NUMBER: _ClassVar[int]
    bloksVersioningId: str
    pixelDensity: float
    def __init__(self, bloksVersioningId: _Optional[str] = ..., pixelDensity: _Optional[float] = ...) -> None: ...

class BotInfrastructureDiagnostics(_message.Message):
    __slots__ = ("botBackend", "toolsUsed", "isThinking")
    class BotBackend(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        AAPI: _ClassVar[BotInfrastructureDiagnostics.BotBackend]
        CLIPPY: _ClassVar[BotInfrastructureDiagnostics.BotBackend]
    AAPI: BotInfrastructureDiagnostics.BotBackend
    CLIPPY: BotInfrastructureDiagnostics.BotBackend
    BOTBACKEND_FIELD_NUMBER: _ClassVar[int]
    TOOLSUSED_FIELD_NUMBER: _ClassVar[int]
    ISTHINKING_FIELD_NUMBER: _ClassVar[int]
    botBackend: BotInfrastructureDiagnostics.BotBackend
    toolsUsed: _containers.RepeatedScalarFieldContainer[str]
    isThinking: bool
    def __init__(self, botBackend: _Optional[_Union[BotInfrastructureDiagnostics.BotBackend, str]] = ..., toolsUsed: _Optional[_Iterable[str]] = ..., isThinking: _Optional[bool] = ...) -> None: ...

class AIMediaCollectionMetadata(_message.Message):
    __slots__ = ("collectionId", "uploadOrderIndex")
    COLLECTIONID_FIELD_NUMBER: _ClassVar[int]
    UPLOADORDERINDEX_FIELD_NUMBER: _ClassVar[int]
    collectionId: str
    uploadOrderIndex: int
    def __init__(self, collectionId: _Optional[str] = ..., uploadOrderIndex: _Optional[int] = ...) -> None: ...

class BotCommandMetadata(_message.Message):
    __slots__ = ("commandName", "commandDescription", "commandPrompt")
    COMMANDNAME_FIELD_NUMBER: _ClassVar[int]
    COMMANDDESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    COMMANDPROMPT_FIELD_NUMBER: _ClassVar[int]
    commandName: str
    commandDescription: str
    commandPrompt: str
    def __init__(self, commandName: _Optional[str] = ..., commandDescription: _Optional[str] = ..., commandPrompt: _Optional[str] = ...) -> None: ...

class BotResolvedToolCallMetadata(_message.Message):
    __slots__ = ("toolCallId", "resolutionDataSerialized")
    TOOLCALLID_FIELD_NUMBER: _ClassVar[int]
    RESOLUTIONDATASERIALIZED_FIELD_NUMBER: _ClassVar[int]
    toolCallId: str
    resolutionDataSerialized: str
    def __init__(self, toolCallId: _Optional[str] = ..., resolutionDataSerialized: _Optional[str] = ...) -> None: ...

class AISubscriptionUpsellMetadata(_message.Message):
    __slots__ = ("requestType",)
    REQUESTTYPE_FIELD_NUMBER: _ClassVar[int]
    requestType: AISubscriptionRequestType
    def __init__(self, requestType: _Optional[_Union[AISubscriptionRequestType, str]] = ...) -> None: ...

class BotPttPromptMetadata(_message.Message):
    __slots__ = ("transcript",)
    TRANSCRIPT_FIELD_NUMBER: _ClassVar[int]
    transcript: str
    def __init__(self, transcript: _Optional[str] = ...) -> None: ...

class BotHistoryShareMetadata(_message.Message):
    __slots__ = ("participantsMetadata",)
    PARTICIPANTSMETADATA_FIELD_NUMBER: _ClassVar[int]
    participantsMetadata: _containers.RepeatedCompositeFieldContainer[BotGroupParticipantMetadata]
    def __init__(self, participantsMetadata: _Optional[_Iterable[_Union[BotGroupParticipantMetadata, _Mapping]]] = ...) -> None: ...

class AutoDownloadSettings(_message.Message):
    __slots__ = ("downloadImages", "downloadAudio", "downloadVideo", "downloadDocuments")
    DOWNLOADIMAGES_FIELD_NUMBER: _ClassVar[int]
    DOWNLOADAUDIO_FIELD_NUMBER: _ClassVar[int]
    DOWNLOADVIDEO_FIELD_NUMBER: _ClassVar[int]
    DOWNLOADDOCUMENTS_FIELD_NUMBER: _ClassVar[int]
    downloadImages: bool
    downloadAudio: bool
    downloadVideo: bool
    downloadDocuments: bool
    def __init__(self, downloadImages: _Optional[bool] = ..., downloadAudio: _Optional[bool] = ..., downloadVideo: _Optional[bool] = ..., downloadDocuments: _Optional[bool] = ...) -> None: ...

class AvatarUserSettings(_message.Message):
    __slots__ = ("fbid", "password")
    FBID_FIELD_NUMBER: _ClassVar[int]
    PASSWORD_FIELD_NUMBER: _ClassVar[int]
    fbid: str
    password: str
    def __init__(self, fbid: _Optional[str] = ..., password: _Optional[str] = ...) -> None: ...

class NotificationSettings(_message.Message):
    __slots__ = ("messageVibrate", "messagePopup", "messageLight", "lowPriorityNotifications", "reactionsMuted", "callVibrate")
    MESSAGEVIBRATE_FIELD_NUMBER: _ClassVar[int]
    MESSAGEPOPUP_FIELD_NUMBER: _ClassVar[int]
    MESSAGELIGHT_FIELD_NUMBER: _ClassVar[int]
    LOWPRIORITYNOTIFICATIONS_FIELD_NUMBER: _ClassVar[int]
    REACTIONSMUTED_FIELD_NUMBER: _ClassVar[int]
    CALLVIBRATE_FIELD_NUMBER: _ClassVar[int]
    messageVibrate: str
    messagePopup: str
    messageLight: str
    lowPriorityNotifications: bool
    reactionsMuted: bool
    callVibrate: str
    def __init__(self, messageVibrate: _Optional[str] = ..., messagePopup: _Optional[str] = ..., messageLight: _Optional[str] = ..., lowPriorityNotifications: _Optional[bool] = ..., reactionsMuted: _Optional[bool] = ..., callVibrate: _Optional[str] = ...) -> None: ...

class PastParticipant(_message.Message):
    __slots__ = ("userJid", "leaveReason", "leaveTs")
    class LeaveReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        LEFT: _ClassVar[PastParticipant.LeaveReason]
        REMOVED: _ClassVar[PastParticipant.LeaveReason]
    LEFT: PastParticipant.LeaveReason
    REMOVED: PastParticipant.LeaveReason
    USERJID_FIELD_NUMBER: _ClassVar[int]
    LEAVEREASON_FIELD_NUMBER: _ClassVar[int]
    LEAVETS_FIELD_NUMBER: _ClassVar[int]
    userJid: str
    leaveReason: PastParticipant.LeaveReason
    leaveTs: int
    def __init__(self, userJid: _Optional[str] = ..., leaveReason: _Optional[_Union[PastParticipant.LeaveReason, str]] = ..., leaveTs: _Optional[int] = ...) -> None: ...

class MessageAddOnContextInfo(_message.Message):
    __slots__ = ("messageAddOnDurationInSecs", "messageAddOnExpiryType")
    MESSAGEADDONDURATIONINSECS_FIELD_NUMBER: _ClassVar[int]
    MESSAGEADDONEXPIRYTYPE_FIELD_NUMBER: _ClassVar[int]
    messageAddOnDurationInSecs: int
    messageAddOnExpiryType: MessageContextInfo.MessageAddonExpiryType
    def __init__(self, messageAddOnDurationInSecs: _Optional[int] = ..., messageAddOnExpiryType: _Optional[_Union[MessageContextInfo.MessageAddonExpiryType, str]] = ...) -> None: ...

class LegacyMessage(_message.Message):
    __slots__ = ("eventResponseMessage", "pollVote")
    EVENTRESPONSEMESSAGE_FIELD_NUMBER: _ClassVar[int]
    POLLVOTE_FIELD_NUMBER: _ClassVar[int]
    eventResponseMessage: Message.EventResponseMessage
    pollVote: Message.PollVoteMessage
    def __init__(self, eventResponseMessage: _Optional[_Union[Message.EventResponseMessage, _Mapping]] = ..., pollVote: _Optional[_Union[Message.PollVoteMessage, _Mapping]] = ...) -> None: ...

class RecentEmojiWeight(_message.Message):
    __slots__ = ("emoji", "weight")
    EMOJI_FIELD_NUMBER: _ClassVar[int]
    WEIGHT_FIELD_NUMBER: _ClassVar[int]
    emoji: str
    weight: float
    def __init__(self, emoji: _Optional[str] = ..., weight: _Optional[float] = ...) -> None: ...

class UserPassword(_message.Message):
    __slots__ = ("encoding", "transformer", "transformerArg", "transformedData")
    class Encoding(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        UTF8: _ClassVar[UserPassword.Encoding]
        UTF8_BROKEN: _ClassVar[UserPassword.Encoding]
    UTF8: UserPassword.Encoding
    UTF8_BROKEN: UserPassword.Encoding
    class Transformer(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        NONE: _ClassVar[UserPassword.Transformer]
        PBKDF2_HMAC_SHA512: _ClassVar[UserPassword.Transformer]
        PBKDF2_HMAC_SHA384: _ClassVar[UserPassword.Transformer]
    NONE: UserPassword.Transformer
    PBKDF2_HMAC_SHA512: UserPassword.Transformer
    PBKDF2_HMAC_SHA384: UserPassword.Transformer
    class TransformerArg(_message.Message):
        __slots__ = ("key", "value")
        class Value(_message.Message):
            __slots__ = ("asBlob", "asUnsignedInteger")
            ASBLOB_FIELD_NUMBER: _ClassVar[int]
            ASUNSIGNEDINTEGER_FIELD_NUMBER: _ClassVar[int]
            asBlob: bytes
            asUnsignedInteger: int
            def __init__(self, asBlob: _Optional[bytes] = ..., asUnsignedInteger: _Optional[int] = ...) -> None: ...
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: UserPassword.TransformerArg.Value
        def __init__(self, key: _Optional[str] = ..., value: _Optional[_Union[UserPassword.TransformerArg.Value, _Mapping]] = ...) -> None: ...
    ENCODING_FIELD_NUMBER: _ClassVar[int]
    TRANSFORMER_FIELD_NUMBER: _ClassVar[int]
    TRANSFORMERARG_FIELD_NUMBER: _ClassVar[int]
    TRANSFORMEDDATA_FIELD_NUMBER: _ClassVar[int]
    encoding: UserPassword.Encoding
    transformer: UserPassword.Transformer
    transformerArg: _containers.RepeatedCompositeFieldContainer[UserPassword.TransformerArg]
    transformedData: bytes
    def __init__(self, encoding: _Optional[_Union[UserPassword.Encoding, str]] = ..., transformer: _Optional[_Union[UserPassword.Transformer, str]] = ..., transformerArg: _Optional[_Iterable[_Union[UserPassword.TransformerArg, _Mapping]]] = ..., transformedData: _Optional[bytes] = ...) -> None: ...

class AIRichResponseGridImageMetadata(_message.Message):
    __slots__ = ("gridImageUrl", "imageUrls")
    GRIDIMAGEURL_FIELD_NUMBER: _ClassVar[int]
    IMAGEURLS_FIELD_NUMBER: _ClassVar[int]
    gridImageUrl: AIRichResponseImageURL
    imageUrls: _containers.RepeatedCompositeFieldContainer[AIRichResponseImageURL]
    def __init__(self, gridImageUrl: _Optional[_Union[AIRichResponseImageURL, _Mapping]] = ..., imageUrls: _Optional[_Iterable[_Union[AIRichResponseImageURL, _Mapping]]] = ...) -> None: ...

class AIRichResponseInlineImageMetadata(_message.Message):
    __slots__ = ("imageUrl", "imageText", "alignment", "tapLinkUrl")
    class AIRichResponseImageAlignment(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        AI_RICH_RESPONSE_IMAGE_LAYOUT_LEADING_ALIGNED: _ClassVar[AIRichResponseInlineImageMetadata.AIRichResponseImageAlignment]
        AI_RICH_RESPONSE_IMAGE_LAYOUT_TRAILING_ALIGNED: _ClassVar[AIRichResponseInlineImageMetadata.AIRichResponseImageAlignment]
        AI_RICH_RESPONSE_IMAGE_LAYOUT_CENTER_ALIGNED: _ClassVar[AIRichResponseInlineImageMetadata.AIRichResponseImageAlignment]
    AI_RICH_RESPONSE_IMAGE_LAYOUT_LEADING_ALIGNED: AIRichResponseInlineImageMetadata.AIRichResponseImageAlignment
    AI_RICH_RESPONSE_IMAGE_LAYOUT_TRAILING_ALIGNED: AIRichResponseInlineImageMetadata.AIRichResponseImageAlignment
    AI_RICH_RESPONSE_IMAGE_LAYOUT_CENTER_ALIGNED: AIRichResponseInlineImageMetadata.AIRichResponseImageAlignment
    IMAGEURL_FIELD_NUMBER: _ClassVar[int]
    IMAGETEXT_FIELD_NUMBER: _ClassVar[int]
    ALIGNMENT_FIELD_NUMBER: _ClassVar[int]
    TAPLINKURL_FIELD_NUMBER: _ClassVar[int]
    imageUrl: AIRichResponseImageURL
    imageText: str
    alignment: AIRichResponseInlineImageMetadata.AIRichResponseImageAlignment
    tapLinkUrl: str
    def __init__(self, imageUrl: _Optional[_Union[AIRichResponseImageURL, _Mapping]] = ..., imageText: _Optional[str] = ..., alignment: _Optional[_Union[AIRichResponseInlineImageMetadata.AIRichResponseImageAlignment, str]] = ..., tapLinkUrl: _Optional[str] = ...) -> None: ...

class AIRichResponseCodeMetadata(_message.Message):
    __slots__ = ("codeLanguage", "codeBlocks")
    class AIRichResponseCodeHighlightType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        AI_RICH_RESPONSE_CODE_HIGHLIGHT_DEFAULT: _ClassVar[AIRichResponseCodeMetadata.AIRichResponseCodeHighlightType]
        AI_RICH_RESPONSE_CODE_HIGHLIGHT_KEYWORD: _ClassVar[AIRichResponseCodeMetadata.AIRichResponseCodeHighlightType]
        AI_RICH_RESPONSE_CODE_HIGHLIGHT_METHOD: _ClassVar[AIRichResponseCodeMetadata.AIRichResponseCodeHighlightType]
        AI_RICH_RESPONSE_CODE_HIGHLIGHT_STRING: _ClassVar[AIRichResponseCodeMetadata.AIRichResponseCodeHighlightType]
        AI_RICH_RESPONSE_CODE_HIGHLIGHT_NUMBER: _ClassVar[AIRichResponseCodeMetadata.AIRichResponseCodeHighlightType]
        AI_RICH_RESPONSE_CODE_HIGHLIGHT_COMMENT: _ClassVar[AIRichResponseCodeMetadata.AIRichResponseCodeHighlightType]
    AI_RICH_RESPONSE_CODE_HIGHLIGHT_DEFAULT: AIRichResponseCodeMetadata.AIRichResponseCodeHighlightType
    AI_RICH_RESPONSE_CODE_HIGHLIGHT_KEYWORD: AIRichResponseCodeMetadata.AIRichResponseCodeHighlightType
    AI_RICH_RESPONSE_CODE_HIGHLIGHT_METHOD: AIRichResponseCodeMetadata.AIRichResponseCodeHighlightType
    AI_RICH_RESPONSE_CODE_HIGHLIGHT_STRING: AIRichResponseCodeMetadata.AIRichResponseCodeHighlightType
    AI_RICH_RESPONSE_CODE_HIGHLIGHT_NUMBER: AIRichResponseCodeMetadata.AIRichResponseCodeHighlightType
    AI_RICH_RESPONSE_CODE_HIGHLIGHT_COMMENT: AIRichResponseCodeMetadata.AIRichResponseCodeHighlightType
    class AIRichResponseCodeBlock(_message.Message):
        __slots__ = ("highlightType", "codeContent")
        HIGHLIGHTTYPE_FIELD_NUMBER: _ClassVar[int]
        CODECONTENT_FIELD_NUMBER: _ClassVar[int]
        highlightType: AIRichResponseCodeMetadata.AIRichResponseCodeHighlightType
        codeContent: str
        def __init__(self, highlightType: _Optional[_Union[AIRichResponseCodeMetadata.AIRichResponseCodeHighlightType, str]] = ..., codeContent: _Optional[str] = ...) -> None: ...
    CODELANGUAGE_FIELD_NUMBER: _ClassVar[int]
    CODEBLOCKS_FIELD_NUMBER: _ClassVar[int]
    codeLanguage: str
    codeBlocks: _containers.RepeatedCompositeFieldContainer[AIRichResponseCodeMetadata.AIRichResponseCodeBlock]
    def __init__(self, codeLanguage: _Optional[str] = ..., codeBlocks: _Optional[_Iterable[_Union[AIRichResponseCodeMetadata.AIRichResponseCodeBlock, _Mapping]]] = ...) -> None: ...

class AIRichResponseTableMetadata(_message.Message):
    __slots__ = ("rows", "title")
    class AIRichResponseTableRow(_message.Message):
        __slots__ = ("items", "isHeading")
        ITEMS_FIELD_NUMBER: _ClassVar[int]
        ISHEADING_FIELD_NUMBER: _ClassVar[int]
        items: _containers.RepeatedScalarFieldContainer[str]
        isHeading: bool
        def __init__(self, items: _Optional[_Iterable[str]] = ..., isHeading: _Optional[bool] = ...) -> None: ...
    ROWS_FIELD_NUMBER: _ClassVar[int]
    TITLE_FIELD_NUMBER: _ClassVar[int]
    rows: _containers.RepeatedCompositeFieldContainer[AIRichResponseTableMetadata.AIRichResponseTableRow]
    title: str
    def __init__(self, rows: _Optional[_Iterable[_Union[AIRichResponseTableMetadata.AIRichResponseTableRow, _Mapping]]] = ..., title: _Optional[str] = ...) -> None: ...

class AIRichResponseDynamicMetadata(_message.Message):
    __slots__ = ("type", "version", "url", "loopCount")
    class AIRichResponseDynamicMetadataType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        AI_RICH_RESPONSE_DYNAMIC_METADATA_TYPE_UNKNOWN: _ClassVar[AIRichResponseDynamicMetadata.AIRichResponseDynamicMetadataType]
        AI_RICH_RESPONSE_DYNAMIC_METADATA_TYPE_IMAGE: _ClassVar[AIRichResponseDynamicMetadata.AIRichResponseDynamicMetadataType]
        AI_RICH_RESPONSE_DYNAMIC_METADATA_TYPE_GIF: _ClassVar[AIRichResponseDynamicMetadata.AIRichResponseDynamicMetadataType]
    AI_RICH_RESPONSE_DYNAMIC_METADATA_TYPE_UNKNOWN: AIRichResponseDynamicMetadata.AIRichResponseDynamicMetadataType
    AI_RICH_RESPONSE_DYNAMIC_METADATA_TYPE_IMAGE: AIRichResponseDynamicMetadata.AIRichResponseDynamicMetadataType
    AI_RICH_RESPONSE_DYNAMIC_METADATA_TYPE_GIF: AIRichResponseDynamicMetadata.AIRichResponseDynamicMetadataType
    TYPE_FIELD_NUMBER: _ClassVar[int]
    VERSION_FIELD_NUMBER: _ClassVar[int]
    URL_FIELD_NUMBER: _ClassVar[int]
    LOOPCOUNT_FIELD_NUMBER: _ClassVar[int]
    type: AIRichResponseDynamicMetadata.AIRichResponseDynamicMetadataType
    version: int
    url: str
    loopCount: int
    def __init__(self, type: _Optional[_Union[AIRichResponseDynamicMetadata.AIRichResponseDynamicMetadataType, str]] = ..., version: _Optional[int] = ..., url: _Optional[str] = ..., loopCount: _Optional[int] = ...) -> None: ...

class AIRichResponseLatexMetadata(_message.Message):
    __slots__ = ("text", "expressions")
    class AIRichResponseLatexExpression(_message.Message):
        __slots__ = ("latexExpression", "url", "width", "height", "fontHeight", "imageTopPadding", "imageLeadingPadding", "imageBottomPadding", "imageTrailingPadding")
        LATEXEXPRESSION_FIELD_NUMBER: _ClassVar[int]
        URL_FIELD_NUMBER: _ClassVar[int]
        WIDTH_FIELD_NUMBER: _ClassVar[int]
        HEIGHT_FIELD_NUMBER: _ClassVar[int]
        FONTHEIGHT_FIELD_NUMBER: _ClassVar[int]
        IMAGETOPPADDING_FIELD_NUMBER: _ClassVar[int]
        IMAGELEADINGPADDING_FIELD_NUMBER: _ClassVar[int]
        IMAGEBOTTOMPADDING_FIELD_NUMBER: _ClassVar[int]
        IMAGETRAILINGPADDING_FIELD_NUMBER: _ClassVar[int]
        latexExpression: str
        url: str
        width: float
        height: float
        fontHeight: float
        imageTopPadding: float
        imageLeadingPadding: float
        imageBottomPadding: float
        imageTrailingPadding: float
        def __init__(self, latexExpression: _Optional[str] = ..., url: _Optional[str] = ..., width: _Optional[float] = ..., height: _Optional[float] = ..., fontHeight: _Optional[float] = ..., imageTopPadding: _Optional[float] = ..., imageLeadingPadding: _Optional[float] = ..., imageBottomPadding: _Optional[float] = ..., imageTrailingPadding: _Optional[float] = ...) -> None: ...
    TEXT_FIELD_NUMBER: _ClassVar[int]
    EXPRESSIONS_FIELD_NUMBER: _ClassVar[int]
    text: str
    expressions: _containers.RepeatedCompositeFieldContainer[AIRichResponseLatexMetadata.AIRichResponseLatexExpression]
    def __init__(self, text: _Optional[str] = ..., expressions: _Optional[_Iterable[_Union[AIRichResponseLatexMetadata.AIRichResponseLatexExpression, _Mapping]]] = ...) -> None: ...

class AIRichResponseMapMetadata(_message.Message):
    __slots__ = ("centerLatitude", "centerLongitude", "latitudeDelta", "longitudeDelta", "annotations", "showInfoList")
    class AIRichResponseMapAnnotation(_message.Message):
        __slots__ = ("annotationNumber", "latitude", "longitude", "title", "body")
        ANNOTATIONNUMBER_FIELD_NUMBER: _ClassVar[int]
        LATITUDE_FIELD_NUMBER: _ClassVar[int]
        LONGITUDE_FIELD_NUMBER: _ClassVar[int]
        TITLE_FIELD_NUMBER: _ClassVar[int]
        BODY_FIELD_NUMBER: _ClassVar[int]
        annotationNumber: int
        latitude: float
        longitude: float
        title: str
        body: str
        def __init__(self, annotationNumber: _Optional[int] = ..., latitude: _Optional[float] = ..., longitude: _Optional[float] = ..., title: _Optional[str] = ..., body: _Optional[str] = ...) -> None: ...
    CENTERLATITUDE_FIELD_NUMBER: _ClassVar[int]
    CENTERLONGITUDE_FIELD_NUMBER: _ClassVar[int]
    LATITUDEDELTA_FIELD_NUMBER: _ClassVar[int]
    LONGITUDEDELTA_FIELD_NUMBER: _ClassVar[int]
    ANNOTATIONS_FIELD_NUMBER: _ClassVar[int]
    SHOWINFOLIST_FIELD_NUMBER: _ClassVar[int]
    centerLatitude: float
    centerLongitude: float
    latitudeDelta: float
    longitudeDelta: float
    annotations: _containers.RepeatedCompositeFieldContainer[AIRichResponseMapMetadata.AIRichResponseMapAnnotation]
    showInfoList: bool
    def __init__(self, centerLatitude: _Optional[float] = ..., centerLongitude: _Optional[float] = ..., latitudeDelta: _Optional[float] = ..., longitudeDelta: _Optional[float] = ..., annotations: _Optional[_Iterable[_Union[AIRichResponseMapMetadata.AIRichResponseMapAnnotation, _Mapping]]] = ..., showInfoList: _Optional[bool] = ...) -> None: ...

class AIRichResponseContentItemsMetadata(_message.Message):
    __slots__ = ("itemsMetadata", "contentType")
    class ContentType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        DEFAULT: _ClassVar[AIRichResponseContentItemsMetadata.ContentType]
        CAROUSEL: _ClassVar[AIRichResponseContentItemsMetadata.ContentType]
    DEFAULT: AIRichResponseContentItemsMetadata.ContentType
    CAROUSEL: AIRichResponseContentItemsMetadata.ContentType
    class AIRichResponseContentItemMetadata(_message.Message):
        __slots__ = ("reelItem",)
        REELITEM_FIELD_NUMBER: _ClassVar[int]
        reelItem: AIRichResponseContentItemsMetadata.AIRichResponseReelItem
        def __init__(self, reelItem: _Optional[_Union[AIRichResponseContentItemsMetadata.AIRichResponseReelItem, _Mapping]] = ...) -> None: ...
    class AIRichResponseReelItem(_message.Message):
        __slots__ = ("title", "profileIconUrl", "thumbnailUrl", "videoUrl")
        TITLE_FIELD_NUMBER: _ClassVar[int]
        PROFILEICONURL_FIELD_NUMBER: _ClassVar[int]
        THUMBNAILURL_FIELD_NUMBER: _ClassVar[int]
        VIDEOURL_FIELD_NUMBER: _ClassVar[int]
        title: str
        profileIconUrl: str
        thumbnailUrl: str
        videoUrl: str
        def __init__(self, title: _Optional[str] = ..., profileIconUrl: _Optional[str] = ..., thumbnailUrl: _Optional[str] = ..., videoUrl: _Optional[str] = ...) -> None: ...
    ITEMSMETADATA_FIELD_NUMBER: _ClassVar[int]
    CONTENTTYPE_FIELD_NUMBER: _ClassVar[int]
    itemsMetadata: _containers.RepeatedCompositeFieldContainer[AIRichResponseContentItemsMetadata.AIRichResponseContentItemMetadata]
    contentType: AIRichResponseContentItemsMetadata.ContentType
    def __init__(self, itemsMetadata: _Optional[_Iterable[_Union[AIRichResponseContentItemsMetadata.AIRichResponseContentItemMetadata, _Mapping]]] = ..., contentType: _Optional[_Union[AIRichResponseContentItemsMetadata.ContentType, str]] = ...) -> None: ...

class EmbeddedMessage(_message.Message):
    __slots__ = ("stanzaId", "message")
    STANZAID_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    stanzaId: str
    message: Message
    def __init__(self, stanzaId: _Optional[str] = ..., message: _Optional[_Union[Message, _Mapping]] = ...) -> None: ...

class BotSignatureVerificationUseCaseProof(_message.Message):
    __slots__ = ("version", "useCase", "signature", "certificateChain", "certificateChainSki")
    class BotSignatureUseCase(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        UNSPECIFIED: _ClassVar[BotSignatureVerificationUseCaseProof.BotSignatureUseCase]
        WA_BOT_MSG: _ClassVar[BotSignatureVerificationUseCaseProof.BotSignatureUseCase]
        WA_TEE_BOT_MSG: _ClassVar[BotSignatureVerificationUseCaseProof.BotSignatureUseCase]
        P2P_PILLS: _ClassVar[BotSignatureVerificationUseCaseProof.BotSignatureUseCase]
        WA_WAFFLE: _ClassVar[BotSignatureVerificationUseCaseProof.BotSignatureUseCase]
        WA_FEATURE_PKI: _ClassVar[BotSignatureVerificationUseCaseProof.BotSignatureUseCase]
    UNSPECIFIED: BotSignatureVerificationUseCaseProof.BotSignatureUseCase
    WA_BOT_MSG: BotSignatureVerificationUseCaseProof.BotSignatureUseCase
    WA_TEE_BOT_MSG: BotSignatureVerificationUseCaseProof.BotSignatureUseCase
    P2P_PILLS: BotSignatureVerificationUseCaseProof.BotSignatureUseCase
    WA_WAFFLE: BotSignatureVerificationUseCaseProof.BotSignatureUseCase
    WA_FEATURE_PKI: BotSignatureVerificationUseCaseProof.BotSignatureUseCase
    class CertificateSKI(_message.Message):
        __slots__ = ("useCase", "ski")
        USECASE_FIELD_NUMBER: _ClassVar[int]
        SKI_FIELD_NUMBER: _ClassVar[int]
        useCase: BotSignatureVerificationUseCaseProof.BotSignatureUseCase
        ski: bytes
        def __init__(self, useCase: _Optional[_Union[BotSignatureVerificationUseCaseProof.BotSignatureUseCase, str]] = ..., ski: _Optional[bytes] = ...) -> None: ...
    VERSION_FIELD_NUMBER: _ClassVar[int]
    USECASE_FIELD_NUMBER: _ClassVar[int]
    SIGNATURE_FIELD_NUMBER: _ClassVar[int]
    CERTIFICATECHAIN_FIELD_NUMBER: _ClassVar[int]
    CERTIFICATECHAINSKI_FIELD_NUMBER: _ClassVar[int]
    version: int
    useCase: BotSignatureVerificationUseCaseProof.BotSignatureUseCase
    signature: bytes
    certificateChain: _containers.RepeatedScalarFieldContainer[bytes]
    certificateChainSki: _containers.RepeatedCompositeFieldContainer[BotSignatureVerificationUseCaseProof.CertificateSKI]
    def __init__(self, version: _Optional[int] = ..., useCase: _Optional[_Union[BotSignatureVerificationUseCaseProof.BotSignatureUseCase, str]] = ..., signature: _Optional[bytes] = ..., certificateChain: _Optional[_Iterable[bytes]] = ..., certificateChainSki: _Optional[_Iterable[_Union[BotSignatureVerificationUseCaseProof.CertificateSKI, _Mapping]]] = ...) -> None: ...

class BotAgentDeepLinkMetadata(_message.Message):
    __slots__ = ("token", "clientPublicKey")
    TOKEN_FIELD_NUMBER: _ClassVar[int]
    CLIENTPUBLICKEY_FIELD_NUMBER: _ClassVar[int]
    token: str
    clientPublicKey: bytes
    def __init__(self, token: _Optional[str] = ..., clientPublicKey: _Optional[bytes] = ...) -> None: ...

class BotPromptSuggestions(_message.Message):
    __slots__ = ("suggestions",)
    SUGGESTIONS_FIELD_NUMBER: _ClassVar[int]
    suggestions: _containers.RepeatedCompositeFieldContainer[BotPromptSuggestion]
    def __init__(self, suggestions: _Optional[_Iterable[_Union[BotPromptSuggestion, _Mapping]]] = ...) -> None: ...

class BotMediaMetadata(_message.Message):
    __slots__ = ("fileSha256", "mediaKey", "fileEncSha256", "directPath", "mediaKeyTimestamp", "mimetype", "orientationType")
    class OrientationType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        CENTER: _ClassVar[BotMediaMetadata.OrientationType]
        LEFT: _ClassVar[BotMediaMetadata.OrientationType]
        RIGHT: _ClassVar[BotMediaMetadata.OrientationType]
    CENTER: BotMediaMetadata.OrientationType
    LEFT: BotMediaMetadata.OrientationType
    RIGHT: BotMediaMetadata.OrientationType
    FILESHA256_FIELD_NUMBER: _ClassVar[int]
    MEDIAKEY_FIELD_NUMBER: _ClassVar[int]
    FILEENCSHA256_FIELD_NUMBER: _ClassVar[int]
    DIRECTPATH_FIELD_NUMBER: _ClassVar[int]
    MEDIAKEYTIMESTAMP_FIELD_NUMBER: _ClassVar[int]
    MIMETYPE_FIELD_NUMBER: _ClassVar[int]
    ORIENTATIONTYPE_FIELD_NUMBER: _ClassVar[int]
    fileSha256: str
    mediaKey: str
    fileEncSha256: str
    directPath: str
    mediaKeyTimestamp: int
    mimetype: str
    orientationType: BotMediaMetadata.OrientationType
    def __init__(self, fileSha256: _Optional[str] = ..., mediaKey: _Optional[str] = ..., fileEncSha256: _Optional[str] = ..., directPath: _Optional[str] = ..., mediaKeyTimestamp: _Optional[int] = ..., mimetype: _Optional[str] = ..., orientationType: _Optional[_Union[BotMediaMetadata.OrientationType, str]] = ...) -> None: ...

class BotMemoryFact(_message.Message):
    __slots__ = ("fact", "factId")
    FACT_FIELD_NUMBER: _ClassVar[int]
    FACTID_FIELD_NUMBER: _ClassVar[int]
    fact: str
    factId: str
    def __init__(self, fact: _Optional[str] = ..., factId: _Optional[str] = ...) -> None: ...

class BotLinkedAccount(_message.Message):
    __slots__ = ("type",)
    class BotLinkedAccountType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        BOT_LINKED_ACCOUNT_TYPE_1P: _ClassVar[BotLinkedAccount.BotLinkedAccountType]
    BOT_LINKED_ACCOUNT_TYPE_1P: BotLinkedAccount.BotLinkedAccountType
    TYPE_FIELD_NUMBER: _ClassVar[int]
    type: BotLinkedAccount.BotLinkedAccountType
    def __init__(self, type: _Optional[_Union[BotLinkedAccount.BotLinkedAccountType, str]] = ...) -> None: ...

class BotMessageOrigin(_message.Message):
    __slots__ = ("type",)
    class BotMessageOriginType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
        __slots__ = ()
        BOT_MESSAGE_ORIGIN_TYPE_AI_INITIATED: _ClassVar[BotMessageOrigin.BotMessageOriginType]
    BOT_MESSAGE_ORIGIN_TYPE_AI_INITIATED: BotMessageOrigin.BotMessageOriginType
    TYPE_FIELD_NUMBER: _ClassVar[int]
    type: BotMessageOrigin.BotMessageOriginType
    def __init__(self, type: _Optional[_Union[BotMessageOrigin.BotMessageOriginType, str]] = ...) -> None: ...

class BotGroupParticipantMetadata(_message.Message):
    __slots__ = ("botFbid",)
    BOTFBID_FIELD_NUMBER: _ClassVar[int]
    botFbid: str
    def __init__(self, botFbid: _Optional[str] = ...) -> None: ...

class AIRichResponseImageURL(_message.Message):
    __slots__ = ("imagePreviewUrl", "imageHighResUrl", "sourceUrl")
    IMAGEPREVIEWURL_FIELD_NUMBER: _ClassVar[int]
    IMAGEHIGHRESURL_FIELD_NUMBER: _ClassVar[int]
    SOURCEURL_FIELD_NUMBER: _ClassVar[int]
    imagePreviewUrl: str
    imageHighResUrl: str
    sourceUrl: str
    def __init__(self, imagePreviewUrl: _Optional[str] = ..., imageHighResUrl: _Optional[str] = ..., sourceUrl: _Optional[str] = ...) -> None: ...

class BotPromptSuggestion(_message.Message):
    __slots__ = ("prompt", "promptId")
    PROMPT_FIELD_NUMBER: _ClassVar[int]
    PROMPTID_FIELD_NUMBER: _ClassVar[int]
    prompt: str
    promptId: str
    def __init__(self, prompt: _Optional[str] = ..., promptId: _Optional[str] = ...) -> None: ...
