"""Event classes: one per Rust variant, frozen, matchable, and faithful to the serde form."""

from __future__ import annotations

import base64
import datetime
import enum
import json
import logging
from typing import Any

import pytest
from google.protobuf import json_format
from google.protobuf.message import Message as ProtoMessage

import wapy
from wapy import _core, events
from wapy.proto import HistorySync as ProtoHistorySync
from wapy.proto import Message as ProtoMessageClass

from .event_samples import GROUP_ACTIONS, HISTORY_BYTES, PN, SAMPLES, group_update, serde_form

#: Classes of ``wapy.events`` that are not events.
RECORDS = {
    "MessageInfo",
    "MessageSource",
    "DeviceSentMeta",
    "GroupParticipant",
    "LinkedGroup",
    "SubGroupSuggestion",
    "DeviceInfo",
    "KeyIndexInfo",
    "NewsletterReaction",
    "NewsletterLiveMessage",
    "BlocklistChange",
    "PrivacySettingChange",
    "GroupAction",
}


def build(sample: dict[str, Any]) -> events.Event:
    """The Python object of the Rust event built from ``sample``."""
    core = _core.ClientCore(":memory:")
    core._emit_for_tests(json.dumps(sample))
    batch = core._drain()
    assert len(batch) == 1
    return batch[0]


def plain(value: Any) -> Any:
    """A Python field value in the serde form's terms."""
    if isinstance(value, wapy.Jid):
        return str(value)
    if isinstance(value, datetime.datetime):
        assert value.tzinfo is datetime.UTC
        return int(value.timestamp())
    if isinstance(value, datetime.timedelta):
        return int(value.total_seconds())
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, bytes):
        return base64.b64encode(value).decode()
    if isinstance(value, list):
        return [plain(item) for item in value]
    if isinstance(value, ProtoMessage):
        return json_format.MessageToDict(value)
    if isinstance(value, events.GroupAction):
        fields = {name: plain(getattr(value, name)) for name in value.__match_args__}
        fields.pop("node", None)
        return {"type": value.name, **fields}
    if hasattr(value, "__match_args__") and hasattr(value, "to_dict"):
        return {name: plain(getattr(value, name)) for name in value.__match_args__}
    return value


def test_every_rust_event_kind_has_a_python_class() -> None:
    classes = _core._event_classes()
    assert len(classes) == len(set(classes))
    for cls in classes:
        assert issubclass(cls, events.Event)
        assert cls.__module__ == "wapy.events"
        assert getattr(events, cls.__name__) is cls
        assert cls.__name__ in events.__all__
        assert cls.__doc__ and len(cls.__doc__) > 40, f"{cls.__name__} is undocumented"
    names = {cls.__name__ for cls in classes}
    assert names == set(SAMPLES), "every event class has a sample"
    exported_events = {
        name
        for name in events.__all__
        if isinstance(getattr(events, name), type)
        and issubclass(getattr(events, name), events.Event)
    }
    assert exported_events == names | {"Event"}


def test_events_module_exports_exactly_its_public_names() -> None:
    for name in events.__all__:
        assert hasattr(events, name), name
    public = {
        name
        for name, value in vars(events).items()
        if not name.startswith("_")
        and getattr(value, "__module__", None) == "wapy.events"
        and isinstance(value, type)
    }
    assert public <= set(events.__all__)
    assert set(events.__all__) >= RECORDS
    for name in ("Client", "EventStream", "events"):
        assert name in wapy.__all__


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_to_dict_is_the_serde_form(name: str) -> None:
    sample = SAMPLES[name]
    event = build(sample)
    assert type(event).__name__ == name
    serde = json.loads(_core._event_json(event))
    assert event.to_dict() == serde
    if name != "HistorySync":  # metadata read from the blob (checked below)
        assert serde == serde_form(sample)
    # The serde form builds the same event back (stanzas and blobs aside).
    if name not in {"Notification", "RawNode", "HistorySync"}:
        assert build(serde).to_dict() == serde


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_fields_agree_with_to_dict(name: str) -> None:
    event = build(SAMPLES[name])
    expected = event.to_dict()
    assert expected.pop("type") == name
    fields = type(event).__match_args__
    if name == "HistorySync":
        assert event.sync_type == ProtoHistorySync.RECENT
        assert expected == {
            "sync_type": "RECENT",
            "chunk_order": 2,
            "progress": 55,
            "size": len(HISTORY_BYTES),
        }
        return
    if name in {"Notification", "RawNode"}:
        assert fields == ("node",)
        assert expected == {}
        return
    assert {field.rstrip("_") for field in fields} == set(expected)
    for field in fields:
        assert plain(getattr(event, field)) == expected[field.rstrip("_")], field


@pytest.mark.parametrize("name", sorted(GROUP_ACTIONS))
def test_group_actions(name: str) -> None:
    sample = group_update(GROUP_ACTIONS[name])
    event = build(sample)
    assert isinstance(event, events.GroupUpdate)
    action = event.action
    cls = getattr(events.GroupAction, name)
    assert type(action) is cls
    assert isinstance(action, events.GroupAction)
    assert cls.__qualname__ == f"GroupAction.{name}"
    assert event.to_dict() == serde_form(sample)
    assert plain(action) == event.to_dict()["action"]
    assert action.to_dict() == event.to_dict()["action"]
    assert repr(action).startswith(f"GroupAction.{name}(")
    if "node" in cls.__match_args__:
        assert isinstance(action.node, wapy.Node)
        assert action.node.tag == ("create" if name == "Create" else "is_capi_hosted_group")


def test_match_case() -> None:
    added = build(group_update(GROUP_ACTIONS["Add"]))
    match added:
        case events.GroupUpdate(group_jid=g, action=events.GroupAction.Add(participants=ps)):
            assert str(g) == "120363025246125888@g.us"
            assert [str(p.jid) for p in ps] == [PN]
        case _:
            pytest.fail("GroupUpdate did not match")
    receipt = build(SAMPLES["Receipt"])
    match receipt:
        case events.Receipt(src, ids, receipt_type=events.ReceiptType.READ):
            assert src.is_group
            assert ids == ["3EB0AA", "3EB0BB"]
        case _:
            pytest.fail("Receipt did not match")
    message = build(SAMPLES["Message"])
    match message:
        case events.Receipt():
            pytest.fail("a Message matched Receipt")
        case events.Message(events.MessageInfo(id=message_id)):
            assert message_id == "3EB0AA"
        case _:
            pytest.fail("Message did not match")
    match build(SAMPLES["Presence"]):
        case events.Presence(who, True):
            assert str(who) == PN
        case _:
            pytest.fail("Presence did not match")


@pytest.mark.parametrize("name", ["Message", "Receipt", "Connected", "HistorySync", "RawNode"])
def test_events_are_frozen(name: str) -> None:
    event = build(SAMPLES[name])
    fields = type(event).__match_args__ or ("anything",)
    with pytest.raises(AttributeError):
        setattr(event, fields[0], None)
    with pytest.raises(AttributeError):
        event.extra = 1  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        events.Event()  # type: ignore[call-arg]


def test_records_are_frozen_and_compare_by_value() -> None:
    first = build(SAMPLES["Message"])
    second = build(SAMPLES["Message"])
    assert first.info == second.info
    assert first.info.source == second.info.source
    with pytest.raises(AttributeError):
        first.info.id = "x"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        first.info.source.chat = None  # type: ignore[misc]


def test_repr_is_readable() -> None:
    message = build(SAMPLES["Message"])
    text = repr(message)
    assert text.startswith("Message(info=MessageInfo(id='3EB0AA', chat=Jid(")
    assert "text='hello'" in text
    assert repr(build(SAMPLES["Connected"])) == "Connected()"
    assert repr(build(SAMPLES["OfflineSyncCompleted"])) == "OfflineSyncCompleted(count=12)"
    receipt = repr(build(SAMPLES["Receipt"]))
    assert "receipt_type=<ReceiptType.READ: 'read'>" in receipt
    history = repr(build(SAMPLES["HistorySync"]))
    assert history == "HistorySync(sync_type=3, chunk_order=2, progress=55)"


def test_message_decodes_once_and_matches_message_to_dict() -> None:
    event = build(SAMPLES["Message"])
    assert isinstance(event, events.Message)
    decoded = event.message
    assert isinstance(decoded, ProtoMessageClass)
    assert decoded.conversation == "hello"
    assert event.message is decoded, "decoded once, then cached"
    assert event.to_dict()["message"] == json_format.MessageToDict(decoded)
    assert event.text == "hello"
    assert event.info.id == "3EB0AA"
    assert event.info is event.info, "built once, then cached"
    assert event.info.chat == wapy.Jid.parse(PN)
    assert event.info.sender == event.info.source.sender
    assert event.info.push_name == "Alice"
    assert event.info.timestamp == datetime.datetime(2023, 11, 14, 22, 13, 20, tzinfo=datetime.UTC)
    assert event.info.device_sent is not None
    assert event.info.device_sent.phash == "2:abcdef"


def test_message_text_of_extended_and_wrapped_messages() -> None:
    sample = dict(SAMPLES["Message"])
    sample["message"] = {
        "ephemeralMessage": {"message": {"extendedTextMessage": {"text": "see https://x.y"}}}
    }
    event = build(sample)
    assert isinstance(event, events.Message)
    assert event.text == "see https://x.y"
    sample["message"] = {"reactionMessage": {"text": "👍"}}
    assert build(sample).text is None  # type: ignore[attr-defined]


def test_message_with_every_json_feature_matches_message_to_dict() -> None:
    original = ProtoMessageClass()
    original.extendedTextMessage.text = "hi"
    original.extendedTextMessage.contextInfo.stanzaId = "ABC"
    original.extendedTextMessage.contextInfo.mentionedJid.append(PN)
    original.extendedTextMessage.jpegThumbnail = b"\x00\xff\x10"
    original.messageContextInfo.messageSecret = b"s" * 32
    original.extendedTextMessage.contextInfo.expiration = 0
    sample = dict(SAMPLES["Message"])
    sample["message"] = json_format.MessageToDict(original)
    event = build(sample)
    assert isinstance(event, events.Message)
    assert event.message == original
    assert event.to_dict()["message"] == json_format.MessageToDict(original)


def test_history_sync_lazy_api() -> None:
    event = build(SAMPLES["HistorySync"])
    assert isinstance(event, events.HistorySync)
    assert (event.sync_type, event.chunk_order, event.progress) == (
        ProtoHistorySync.RECENT,
        2,
        55,
    )
    assert event.size == len(HISTORY_BYTES)
    assert event.raw_bytes() == HISTORY_BYTES
    decoded = event.get()
    assert isinstance(decoded, ProtoHistorySync)
    assert decoded.progress == 55
    assert event.get() is decoded, "decoded once, then cached"


def test_history_sync_garbage_gives_none(caplog: pytest.LogCaptureFixture) -> None:
    garbage = b"\xff\xff\xff\xff"
    event = build({"type": "HistorySync", "raw": base64.b64encode(garbage).decode()})
    assert isinstance(event, events.HistorySync)
    assert (event.sync_type, event.chunk_order, event.progress) == (None, None, None)
    with caplog.at_level(logging.WARNING):
        assert event.get() is None
        assert event.get() is None
    assert event.raw_bytes() == garbage
    assert event.to_dict() == {
        "type": "HistorySync",
        "sync_type": None,
        "chunk_order": None,
        "progress": None,
        "size": 4,
    }


def test_stanza_events_expose_a_node_once() -> None:
    event = build(SAMPLES["RawNode"])
    assert isinstance(event, events.RawNode)
    node = event.node
    assert isinstance(node, wapy.Node)
    assert node == wapy.Node("iq", {"id": "2", "type": "result"}, [wapy.Node("ping")])
    assert event.node is node
    notification = build(SAMPLES["Notification"])
    assert isinstance(notification, events.Notification)
    assert notification.node.get("type") == "w:gp2"


def test_python_enums_match_the_rust_enums() -> None:
    for name, values in _core._wire_enum_values().items():
        cls = getattr(events, name)
        assert issubclass(cls, enum.Enum)
        assert [member.value for member in cls] == values, name
        assert name in events.__all__


def test_unknown_wire_values_are_kept() -> None:
    sample = dict(SAMPLES["Receipt"])
    sample["receipt_type"] = "enc_rekey_retry"
    receipt = build(sample)
    assert isinstance(receipt, events.Receipt)
    assert receipt.receipt_type == "enc_rekey_retry"
    assert isinstance(receipt.receipt_type, events.ReceiptType)
    assert receipt.to_dict()["receipt_type"] == "enc_rekey_retry"
    failure = build({"type": "ConnectFailure", "reason": 499, "message": None})
    assert isinstance(failure, events.ConnectFailure)
    assert failure.reason == 499
    assert isinstance(failure.reason, events.ConnectFailureReason)
    assert events.ConnectFailureReason(401).is_logged_out
    assert not failure.reason.is_logged_out


def test_emitter_rejects_what_is_not_an_event() -> None:
    core = _core.ClientCore(":memory:")
    for bad in ['{"type": "Nope"}', "[]", '{"type": "Receipt"}', '{"type": "RawNode"}', "{"]:
        with pytest.raises(ValueError, match="not an event"):
            core._emit_for_tests(bad)
    assert core._drain() == []
