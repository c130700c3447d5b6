"""One sample of every event, in the serde form the Rust side reads and writes.

Samples go through the private test emitter, which builds real Rust events
from this JSON; nothing here is a Python-side imitation of an event.
"""

from __future__ import annotations

import base64
import json
from typing import Any

from wapy import Node, binary
from wapy.proto import HistorySync

PN = "15550001111@s.whatsapp.net"
PN_DEVICE = "15550001111:3@s.whatsapp.net"
LID = "113127169256958@lid"
GROUP = "120363025246125888@g.us"
T = 1_700_000_000


def node_b64(node: Node) -> str:
    return base64.b64encode(binary.encode(node)).decode()


def source(**overrides: Any) -> dict[str, Any]:
    value: dict[str, Any] = {
        "chat": PN,
        "sender": PN_DEVICE,
        "sender_alt": LID,
        "recipient_alt": None,
        "is_from_me": False,
        "is_group": False,
        "addressing_mode": "pn",
        "broadcast_list_owner": None,
    }
    value.update(overrides)
    return value


def info(message_id: str = "3EB0AA", **overrides: Any) -> dict[str, Any]:
    value: dict[str, Any] = {
        "source": source(),
        "id": message_id,
        "server_id": None,
        "timestamp": T,
        "push_name": "Alice",
        "category": None,
        "message_type": "text",
        "media_type": None,
        "edit": None,
        "multicast": False,
        "device_sent": {"destination_jid": PN, "phash": "2:abcdef"},
    }
    value.update(overrides)
    return value


def message(text: str = "hello", message_id: str = "3EB0AA") -> dict[str, Any]:
    return {
        "type": "Message",
        "info": info(message_id),
        "message": {"conversation": text},
    }


def participant(jid: str = PN, **overrides: Any) -> dict[str, Any]:
    value: dict[str, Any] = {
        "jid": jid,
        "phone_number": None,
        "lid": LID,
        "participant_type": "admin",
        "display_name": "Alice",
        "username": None,
    }
    value.update(overrides)
    return value


def group_update(action: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "GroupUpdate",
        "group_jid": GROUP,
        "participant": PN,
        "participant_pn": None,
        "timestamp": T,
        "is_lid_addressing_mode": False,
        "action": action,
    }


HISTORY_BYTES = HistorySync(
    syncType=HistorySync.RECENT, chunkOrder=2, progress=55
).SerializeToString()

SAMPLES: dict[str, dict[str, Any]] = {
    "Connected": {"type": "Connected"},
    "Disconnected": {
        "type": "Disconnected",
        "reason": "connection_lost",
        "message": "socket closed",
        "will_reconnect": True,
    },
    "QrCode": {"type": "QrCode", "code": "2@abc,def,ghi,1", "timeout": 60},
    "PairingCode": {"type": "PairingCode", "code": "ABCD1234", "timeout": 180},
    "PairSuccess": {
        "type": "PairSuccess",
        "id": "15550001111:12@s.whatsapp.net",
        "lid": "113127169256958:12@lid",
        "business_name": "",
        "platform": "android",
    },
    "PairError": {
        "type": "PairError",
        "id": None,
        "lid": None,
        "business_name": "",
        "platform": "",
        "error": "bad signature",
    },
    "QrScannedWithoutMultidevice": {"type": "QrScannedWithoutMultidevice"},
    "LoggedOut": {"type": "LoggedOut", "on_connect": True, "reason": 401},
    "StreamReplaced": {"type": "StreamReplaced"},
    "StreamError": {"type": "StreamError", "code": "503", "condition": None},
    "ConnectFailure": {"type": "ConnectFailure", "reason": 409, "message": "bad ua"},
    "TemporaryBan": {"type": "TemporaryBan", "code": 102, "expire": 3600},
    "ClientOutdated": {"type": "ClientOutdated"},
    "KeepAliveTimeout": {"type": "KeepAliveTimeout", "error_count": 2, "last_success": T},
    "KeepAliveRestored": {"type": "KeepAliveRestored"},
    "Message": message(),
    "UndecryptableMessage": {
        "type": "UndecryptableMessage",
        "info": info("3EB0BB"),
        "is_unavailable": True,
        "unavailable_type": "view_once",
        "decrypt_fail_mode": "hide",
    },
    "Receipt": {
        "type": "Receipt",
        "source": source(chat=GROUP, is_group=True),
        "message_ids": ["3EB0AA", "3EB0BB"],
        "timestamp": T,
        "receipt_type": "read",
        "message_sender": PN,
    },
    "Presence": {"type": "Presence", "from": PN, "unavailable": True, "last_seen": T},
    "ChatPresence": {
        "type": "ChatPresence",
        "source": source(),
        "state": "composing",
        "media": "audio",
    },
    "Notification": {
        "type": "Notification",
        "node": node_b64(Node("notification", {"type": "w:gp2", "id": "1"})),
    },
    "RawNode": {
        "type": "RawNode",
        "node": node_b64(Node("iq", {"id": "2", "type": "result"}, [Node("ping")])),
    },
    "GroupUpdate": group_update(
        {"type": "add", "participants": [participant()], "reason": "invite_link"}
    ),
    "ContactUpdated": {"type": "ContactUpdated", "jid": PN, "timestamp": T},
    "ContactSyncRequested": {"type": "ContactSyncRequested", "after": T - 60, "timestamp": T},
    "ContactAdded": {"type": "ContactAdded", "jid": PN, "timestamp": T},
    "ContactRemoved": {"type": "ContactRemoved", "jid": LID, "timestamp": T},
    "ContactNumberChanged": {
        "type": "ContactNumberChanged",
        "old_jid": PN,
        "new_jid": "15550002222@s.whatsapp.net",
        "old_lid": LID,
        "new_lid": None,
        "timestamp": T,
    },
    "ContactUpdate": {
        "type": "ContactUpdate",
        "jid": PN,
        "timestamp": T,
        "action": {"fullName": "Alice Smith", "firstName": "Alice", "lidJid": LID},
        "from_full_sync": False,
    },
    "PinUpdate": {
        "type": "PinUpdate",
        "jid": PN,
        "timestamp": T,
        "action": {"pinned": True},
        "from_full_sync": True,
    },
    "MuteUpdate": {
        "type": "MuteUpdate",
        "jid": GROUP,
        "timestamp": T,
        "action": {"muted": True, "muteEndTimestamp": "1700003600"},
        "from_full_sync": False,
    },
    "ArchiveUpdate": {
        "type": "ArchiveUpdate",
        "jid": PN,
        "timestamp": T,
        "action": {"archived": True},
        "from_full_sync": False,
    },
    "StarUpdate": {
        "type": "StarUpdate",
        "chat_jid": GROUP,
        "participant_jid": PN,
        "message_id": "3EB0AA",
        "from_me": False,
        "timestamp": T,
        "action": {"starred": True},
        "from_full_sync": False,
    },
    "MarkChatAsReadUpdate": {
        "type": "MarkChatAsReadUpdate",
        "jid": PN,
        "timestamp": T,
        "action": {"read": False},
        "from_full_sync": False,
    },
    "DeleteChatUpdate": {
        "type": "DeleteChatUpdate",
        "jid": PN,
        "delete_media": True,
        "timestamp": T,
        "action": {"messageRange": {"lastMessageTimestamp": "1700000000"}},
        "from_full_sync": False,
    },
    "ClearChatUpdate": {
        "type": "ClearChatUpdate",
        "jid": PN,
        "delete_starred": False,
        "delete_media": True,
        "timestamp": T,
        "action": {},
        "from_full_sync": False,
    },
    "DeleteForMeUpdate": {
        "type": "DeleteForMeUpdate",
        "chat_jid": PN,
        "participant_jid": None,
        "message_id": "3EB0CC",
        "from_me": True,
        "timestamp": T,
        "action": {"deleteMedia": True, "messageTimestamp": "1699999999"},
        "from_full_sync": False,
    },
    "PushNameUpdate": {
        "type": "PushNameUpdate",
        "timestamp": T,
        "action": {"name": "Bot"},
        "from_full_sync": True,
    },
    "AppStateSyncComplete": {
        "type": "AppStateSyncComplete",
        "name": "regular_high",
        "version": 42,
    },
    "HistorySync": {"type": "HistorySync", "raw": base64.b64encode(HISTORY_BYTES).decode()},
    "OfflineSyncPreview": {
        "type": "OfflineSyncPreview",
        "total": 12,
        "app_data_changes": 1,
        "messages": 8,
        "notifications": 2,
        "receipts": 1,
    },
    "OfflineSyncCompleted": {"type": "OfflineSyncCompleted", "count": 12},
    "DeviceListUpdate": {
        "type": "DeviceListUpdate",
        "user": PN,
        "lid_user": LID,
        "update_type": "add",
        "devices": [{"jid": PN_DEVICE, "lid": "113127169256958:3@lid", "key_index": 7}],
        "key_index": {"timestamp": T, "signed_list": base64.b64encode(b"\x0a\x02ok").decode()},
        "contact_hash": "2:abcdef",
    },
    "IdentityChange": {
        "type": "IdentityChange",
        "user": PN,
        "lid_user": None,
        "timestamp": T,
        "implicit": False,
    },
    "NewsletterLiveUpdate": {
        "type": "NewsletterLiveUpdate",
        "newsletter_jid": "120363144038483540@newsletter",
        "timestamp": T,
        "messages": [
            {
                "server_id": 101,
                "reactions": [{"code": "👍", "count": 12}, {"code": "❤", "count": 3}],
                "views": 1500,
            }
        ],
    },
    "DisappearingModeChanged": {
        "type": "DisappearingModeChanged",
        "from": PN,
        "duration": 86400,
        "setting_timestamp": T,
    },
    "PictureUpdate": {
        "type": "PictureUpdate",
        "jid": GROUP,
        "author": PN,
        "timestamp": T,
        "removed": False,
        "picture_id": "1700000000",
    },
    "UserAboutUpdate": {
        "type": "UserAboutUpdate",
        "jid": PN,
        "status": "Available",
        "timestamp": T,
    },
    "BlocklistUpdate": {
        "type": "BlocklistUpdate",
        "action": "default",
        "dhash": "new",
        "prev_dhash": "old",
        "changes": [{"jid": PN, "action": "block"}],
    },
    "PrivacySettingsUpdate": {
        "type": "PrivacySettingsUpdate",
        "changes": [{"category": "last", "value": "contacts"}],
    },
    "MediaRetry": {
        "type": "MediaRetry",
        "message_id": "3EB0AA",
        "chat_jid": PN,
        "sender_jid": None,
        "from_me": True,
        "timestamp": T,
        "ciphertext": base64.b64encode(b"\x01\x02\x03").decode(),
        "iv": base64.b64encode(b"\x00" * 12).decode(),
        "error_code": None,
    },
}

#: One sample of every group action.
GROUP_ACTIONS: dict[str, dict[str, Any]] = {
    "Add": {"type": "add", "participants": [participant()], "reason": None},
    "Remove": {"type": "remove", "participants": [participant(LID)], "reason": "leave"},
    "Promote": {"type": "promote", "participants": [participant()]},
    "Demote": {"type": "demote", "participants": [participant()]},
    "Modify": {"type": "modify", "participants": [participant()]},
    "Subject": {
        "type": "subject",
        "subject": "Friends",
        "subject_owner": PN,
        "subject_owner_pn": None,
        "subject_time": T,
    },
    "Description": {"type": "description", "id": "D1", "description": None},
    "Announce": {"type": "announce", "announce": True},
    "Locked": {"type": "locked", "locked": False},
    "Ephemeral": {"type": "ephemeral", "expiration": 604800, "trigger": 1},
    "MembershipApprovalMode": {"type": "membership_approval_mode", "enabled": True},
    "MembershipApprovalRequest": {
        "type": "membership_approval_request",
        "request_method": "invite_link",
        "parent_group_jid": None,
    },
    "CreatedMembershipRequests": {
        "type": "created_membership_requests",
        "request_method": "linked_group_join",
        "parent_group_jid": "120363000000000001@g.us",
        "requests": [participant(LID, participant_type=None)],
    },
    "RevokedMembershipRequests": {"type": "revoked_membership_requests", "participants": [LID]},
    "MemberAddMode": {"type": "member_add_mode", "mode": "admin_add"},
    "Invite": {"type": "invite", "code": "AbCdEf"},
    "RevokeInvite": {"type": "revoke_invite"},
    "Link": {
        "type": "link",
        "link_type": "sub_group",
        "group": {"jid": GROUP, "subject": "Sub", "subject_time": T},
    },
    "Unlink": {"type": "unlink", "unlink_type": "sub_group", "unlink_reason": None, "group": None},
    "Create": {
        "type": "create",
        "reason": "invite",
        "node": node_b64(Node("create", {"reason": "invite"}, [Node("group", {"id": "1"})])),
    },
    "Delete": {"type": "delete", "reason": "admin"},
    "Suspended": {"type": "suspended", "suspended": True},
    "LinkedGroupPromote": {
        "type": "linked_group_promote",
        "participants": [participant(LID)],
        "linked_group_jid": GROUP,
    },
    "LinkedGroupDemote": {
        "type": "linked_group_demote",
        "participants": [participant()],
        "linked_group_jid": None,
    },
    "GrowthLocked": {
        "type": "growth_locked",
        "locked": True,
        "expiration": 3600,
        "lock_type": "invite",
    },
    "NoFrequentlyForwarded": {"type": "no_frequently_forwarded", "enabled": True},
    "AllowAdminReports": {"type": "allow_admin_reports", "allowed": False},
    "AllowNonAdminSubGroupCreation": {
        "type": "allow_non_admin_sub_group_creation",
        "allowed": True,
    },
    "AutoAddDisabled": {"type": "auto_add_disabled"},
    "LimitSharing": {"type": "limit_sharing", "enabled": True, "trigger": 7},
    "GroupSafetyCheck": {"type": "group_safety_check"},
    "ChangeNumber": {
        "type": "change_number",
        "new_owner": PN,
        "sub_group_suggestions": [GROUP],
    },
    "CreatedSubGroupSuggestion": {
        "type": "created_sub_group_suggestion",
        "suggestion": {
            "jid": GROUP,
            "creator": PN,
            "creation": T,
            "subject": "Sub",
            "description": None,
            "is_existing_group": False,
            "participant_count": 3,
            "reason": None,
        },
    },
    "RevokedSubGroupSuggestions": {
        "type": "revoked_sub_group_suggestions",
        "suggestions": [
            {
                "jid": GROUP,
                "creator": LID,
                "creation": None,
                "subject": None,
                "description": None,
                "is_existing_group": True,
                "participant_count": None,
                "reason": "rejected",
            }
        ],
    },
    "Unknown": {
        "type": "unknown",
        "tag": "is_capi_hosted_group",
        "node": node_b64(Node("is_capi_hosted_group", {"expiration": "1"})),
    },
}


def dumps(sample: dict[str, Any]) -> str:
    return json.dumps(sample)


#: Fields whose sample carries the stanza or blob that serialization leaves out.
WRITE_ONLY = {"node", "raw"}


def serde_form(sample: dict[str, Any]) -> dict[str, Any]:
    """What serializing the event built from ``sample`` gives back."""
    result = {key: value for key, value in sample.items() if key not in WRITE_ONLY}
    action = result.get("action")
    if isinstance(action, dict) and "node" in action:
        result["action"] = {key: value for key, value in action.items() if key != "node"}
    return result
