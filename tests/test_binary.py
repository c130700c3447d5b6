"""The binary stanza codec through the Python API: the interoperability
vectors, ``wapy.Node`` and ``wapy.Jid`` behaviour, errors and the CLI."""

from __future__ import annotations

import hashlib
import subprocess
import sys
import zlib
from typing import Any

import pytest

import wapy
from wapy import DecodeError, Jid, Node, binary

from .conftest import load_vectors

V3 = load_vectors("binary_nodes_v3")
V2 = load_vectors("binary_nodes_v2_baileys6")
INVALID = load_vectors("binary_nodes_v3_invalid")


def pattern_bytes(content: dict[str, Any]) -> bytes:
    if "bytes" in content:
        return bytes.fromhex(content["bytes"])
    p = content["bytes_pattern"]
    return bytes((i * p["mul"] + p["add"]) % 256 for i in range(p["len"]))


def node_from_json(json: dict[str, Any]) -> Node:
    content = json["content"]
    value: Any
    if content is None:
        value = None
    elif isinstance(content, list):
        value = [node_from_json(child) for child in content]
    elif "string" in content:
        value = content["string"]
    else:
        value = pattern_bytes(content)
    return Node(json["tag"], [tuple(pair) for pair in json["attrs"]], value)


def normalise(json: dict[str, Any], empty_list_is_none: bool) -> Any:
    """The JSON form with byte patterns expanded (and [] as None if allowed)."""
    content = json["content"]
    if isinstance(content, list):
        content = [normalise(child, empty_list_is_none) for child in content]
        if not content and empty_list_is_none:
            content = None
    elif isinstance(content, dict) and "string" not in content:
        content = {"bytes": pattern_bytes(content).hex()}
    return {"tag": json["tag"], "attrs": [list(pair) for pair in json["attrs"]], "content": content}


def node_to_json(node: Node, empty_list_is_none: bool) -> Any:
    content = node.content
    value: Any
    if content is None:
        value = None
    elif isinstance(content, list):
        value = [node_to_json(child, empty_list_is_none) for child in content]
        if not value and empty_list_is_none:
            value = None
    elif isinstance(content, bytes):
        value = {"bytes": content.hex()}
    else:
        value = {"string": content}
    return {"tag": node.tag, "attrs": [list(pair) for pair in node.attrs.items()], "content": value}


def check_case(case: dict[str, Any], dict_version: int) -> None:
    empty = bool(case.get("empty_list_content"))
    want = normalise(case["decoded"], empty)
    if case["direction"] == "decode_only":
        frame = bytes.fromhex(case["frame_hex"])
        assert node_to_json(binary.unpack(frame, dict_version=dict_version), empty) == want
        return
    wire = binary.encode(node_from_json(case["node"]), dict_version=dict_version)
    if "wire_hex" in case:
        assert wire.hex() == case["wire_hex"]
    else:
        assert len(wire) == case["wire_len"]
        assert hashlib.sha256(wire).hexdigest() == case["wire_sha256"]
    assert node_to_json(binary.decode(wire, dict_version=dict_version), empty) == want


@pytest.mark.parametrize("case", V3["cases"], ids=[c["id"] for c in V3["cases"]])
def test_binary_nodes_v3(case: dict[str, Any]) -> None:
    check_case(case, 3)


@pytest.mark.parametrize("case", V2["cases"], ids=[c["id"] for c in V2["cases"]])
def test_binary_nodes_v2_baileys6(case: dict[str, Any]) -> None:
    check_case(case, 2)


@pytest.mark.parametrize("case", INVALID["cases"], ids=[c["id"] for c in INVALID["cases"]])
def test_invalid_inputs_raise_decode_error(case: dict[str, Any]) -> None:
    with pytest.raises(DecodeError):
        binary.decode(bytes.fromhex(case["wire_hex"]))


def test_node_is_immutable_and_keeps_wire_order() -> None:
    node = Node("iq", [("id", "1"), ("type", "get"), ("to", Jid.parse("s.whatsapp.net"))])
    assert list(node.attrs) == ["id", "type", "to"]
    assert node.attrs["to"] == "s.whatsapp.net"
    with pytest.raises(TypeError):
        node.attrs["id"] = "2"  # type: ignore[index]
    with pytest.raises(AttributeError):
        node.tag = "x"  # type: ignore[misc]
    parent = Node("list", content=[node])
    children = parent.children
    children.append(Node("extra"))
    assert len(parent.children) == 1
    content = parent.content
    assert isinstance(content, list)
    content.clear()
    assert parent.children == [node]


def test_node_accessors_and_equality() -> None:
    ping = Node("ping")
    node = Node(
        "iq", {"id": "7", "t": 1712947765}, [ping, Node("enc", {"v": "2"}, b"\x01"), Node("ping")]
    )
    assert node.get_child("ping") == ping
    assert node.get_child("nope") is None
    assert node.children_by_tag("ping") == [ping, Node("ping")]
    assert node.get("t") == "1712947765"
    assert node.get("missing", "x") == "x"
    assert Node("a", {"k": "v"}) == Node("a", [("k", "v")])
    assert Node("a", {"k": "v"}) != Node("a", {"k": "w"})
    assert Node("a", content="x") != Node("a", content=b"x")
    assert Node("a") != "a"
    match node:
        case Node(tag="iq", attrs={"id": ident}):
            assert ident == "7"
        case _:
            pytest.fail("pattern did not match")
    with pytest.raises(TypeError):
        hash(node)


def test_node_repr_is_xml_like() -> None:
    node = Node(
        "iq",
        {"q": 'a"<'},
        [Node("ping"), Node("enc", content=b"\x00\xff"), Node("b", content="hi")],
    )
    assert repr(node) == '<iq q="a&quot;&lt;"><ping/><enc>00ff</enc><b>hi</b></iq>'
    assert (
        node.to_xml(pretty=True)
        == '<iq q="a&quot;&lt;">\n  <ping/>\n  <enc>00ff</enc>\n  <b>hi</b>\n</iq>'
    )


def test_node_rejects_bad_arguments() -> None:
    with pytest.raises(ValueError):
        Node("")
    with pytest.raises(TypeError):
        Node(1)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Node("a", {"k": 1.5})  # type: ignore[dict-item]
    with pytest.raises(ValueError):
        Node("a", {"": "v"})
    with pytest.raises(TypeError):
        Node("a", content=[1])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        Node("a", content=1.5)  # type: ignore[arg-type]


def test_encode_refuses_what_the_wire_cannot_carry() -> None:
    with pytest.raises(ValueError):
        binary.encode(Node("list", content=[Node("a")] * 65536))
    deep = Node("leaf")
    for _ in range(100):
        deep = Node("n", content=[deep])
    with pytest.raises(ValueError):
        binary.encode(deep)


def test_decode_errors_say_where() -> None:
    with pytest.raises(DecodeError, match="at byte 3"):
        binary.decode(bytes.fromhex("f8011919"))
    with pytest.raises(DecodeError):
        binary.decode(b"")
    with pytest.raises(ValueError):
        binary.decode(b"\xf8\x01\x19", dict_version=4)
    assert binary.decode(bytearray(b"\xf8\x01\x19")) == Node("iq")
    assert binary.decode(memoryview(b"\xf8\x01\x19")) == Node("iq")


def test_unpack_handles_flags_and_zlib() -> None:
    wire = binary.encode(Node("iq", {"id": "1"}))
    assert binary.unpack(b"\x00" + wire) == binary.decode(wire)
    assert binary.unpack(b"\x02" + zlib.compress(wire)) == binary.decode(wire)
    bomb = b"\x02" + zlib.compress(b"\x00" * (1 << 20))
    with pytest.raises(DecodeError, match="limit"):
        binary.unpack(bomb, max_inflated=1000)
    with pytest.raises(DecodeError):
        binary.unpack(b"")
    with pytest.raises(DecodeError):
        binary.unpack(b"\x02not zlib")


def test_dictionary_v2_is_selectable() -> None:
    node = Node("message", {"type": "text"})
    v2, v3 = binary.encode(node, dict_version=2), binary.encode(node, dict_version=3)
    assert v2 != v3
    assert binary.decode(v2, dict_version=2) == node
    assert binary.decode(v3) == node


def test_jid_parts_and_forms() -> None:
    jid = Jid.parse("62736511039:5@s.whatsapp.net")
    assert (jid.user, jid.server, jid.device, jid.agent, jid.integrator) == (
        "62736511039",
        "s.whatsapp.net",
        5,
        0,
        0,
    )
    assert str(jid) == "62736511039:5@s.whatsapp.net"
    assert repr(jid) == "Jid('62736511039:5@s.whatsapp.net')"
    assert jid.to_non_ad() == Jid("62736511039", "s.whatsapp.net")
    assert Jid("62736511039", "s.whatsapp.net", device=5) == jid
    assert hash(Jid.parse("62736511039:5@s.whatsapp.net")) == hash(jid)
    assert Jid.parse("120363025246125888@g.us").is_group
    assert Jid.parse("113127169256958:2@lid").is_lid
    assert Jid.parse("@s.whatsapp.net") == Jid.parse("s.whatsapp.net")
    assert Jid.parse("s.whatsapp.net").is_server
    interop = Jid.parse("7-62736511039:2@interop")
    assert (interop.integrator, interop.user, interop.device) == (7, "62736511039", 2)
    assert sorted([Jid.parse("b@g.us"), Jid.parse("a@g.us")])[0].user == "a"
    assert {jid: 1}[Jid.parse(str(jid))] == 1
    for bad in ["a@b@c", "u:x@lid", "u:2:3@lid", "u@", ""]:
        with pytest.raises(DecodeError):
            Jid.parse(bad)
    with pytest.raises(ValueError):
        Jid("a", "")
    with pytest.raises(ValueError):
        Jid("a@b", "g.us")


def test_jid_values_become_jid_forms_on_the_wire() -> None:
    node = Node(
        "iq", {"jid": Jid("62736511039", "lid", device=5)}, Jid.parse("120363025246125888@g.us")
    )
    wire = binary.encode(node)
    assert bytes([0xF7, 0x01, 0x05]) in wire
    back = binary.decode(wire)
    assert back.attrs["jid"] == "62736511039:5@lid"
    assert back.content == "120363025246125888@g.us"


def test_public_names() -> None:
    assert {"Node", "Jid", "binary"} <= set(wapy.__all__)
    assert wapy.Node.__module__ == "wapy"
    assert wapy.Jid.__module__ == "wapy"
    assert set(binary.__all__) == {"DEFAULT_MAX_INFLATED", "decode", "encode", "unpack"}


def test_cli_decode_pretty_prints() -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "wapy", "decode", *args], capture_output=True, text=True
        )

    ping = run("f80a1908fb04b4683ccd110304291657f801f80156")
    assert ping.returncode == 0
    assert (
        ping.stdout
        == '<iq id="B4683CCD" to="s.whatsapp.net" type="get" xmlns="w:p">\n  <ping/>\n</iq>\n'
    )
    frame = "02" + zlib.compress(bytes.fromhex("f80119")).hex()
    assert run("--frame", frame).stdout == "<iq/>\n"
    bad = run("f8011919")
    assert bad.returncode == 1
    assert "trailing" in bad.stderr
    assert run("zz").returncode == 2


DIVERGENT = {case["id"]: case for case in load_vectors("binary_nodes_v3_divergent")["cases"]}


@pytest.mark.parametrize(
    "case_id", ["div-empty-attr-value", "div-hosted-jid", "div-empty-string-content"]
)
def test_divergent_cases_encode_like_whatsapp_rust(case_id: str) -> None:
    case = DIVERGENT[case_id]
    want = case["encode"]["whatsapp-rust-bridge"]["wire_hex"]
    assert binary.encode(node_from_json(case["node"])).hex() == want


def test_divergent_cases_decode_leniently_or_reject() -> None:
    empty_value = DIVERGENT["div-empty-attr-value"]["encode"]["baileys_v3_tables"]["wire_hex"]
    assert binary.decode(bytes.fromhex(empty_value)).attrs["e"] == ""
    call = DIVERGENT["div-call-server"]["encode"]["baileys_v3_tables"]["wire_hex"]
    assert binary.decode(bytes.fromhex(call)).attrs["call-creator"] == "62736511039@call"
    server = DIVERGENT["div-empty-user-jid"]["encode"]["baileys_v3_tables"]["wire_hex"]
    assert Jid.parse(binary.decode(bytes.fromhex(server)).attrs["jid"]) == Jid.parse(
        "@s.whatsapp.net"
    )
    assert (
        binary.decode(bytes.fromhex(DIVERGENT["div-empty-list-content"]["wire_hex"])).content == []
    )
    for case_id in ("div-trailing-bytes", "div-empty-attr-key"):
        with pytest.raises(DecodeError):
            binary.decode(bytes.fromhex(DIVERGENT[case_id]["wire_hex"]))
