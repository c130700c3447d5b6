"""WhatsApp's binary stanza format: encode and decode :class:`wapy.Node` trees.

``wire`` bytes are a node as it travels inside a frame, without the frame's
flags byte; a frame payload is that flags byte followed by the wire bytes,
zlib-compressed when flag ``0x02`` is set. The token dictionary is v3 (what
WhatsApp Web speaks) unless ``dict_version=2`` (Baileys 6.x clients).

>>> from wapy import Node
>>> from wapy.binary import decode, encode
>>> wire = encode(Node("iq", {"id": "1", "type": "get"}, [Node("ping")]))
>>> decode(wire).get_child("ping")
<ping/>
"""

from __future__ import annotations

from ._core import DEFAULT_MAX_INFLATED, Node, decode_node, encode_node, unpack_frame

__all__ = ["DEFAULT_MAX_INFLATED", "decode", "encode", "unpack"]


def encode(node: Node, *, dict_version: int = 3) -> bytes:
    """The wire bytes of ``node`` (without the frame flags byte).

    Raises :class:`ValueError` for a node the wire cannot carry (more than
    65,535 children, nesting deeper than the decoder accepts, ...).
    """
    return encode_node(node, dict_version)


def decode(data: bytes | bytearray | memoryview, *, dict_version: int = 3) -> Node:
    """The node encoded in ``data`` (wire bytes without the frame flags byte).

    Raises :class:`wapy.DecodeError` (a :class:`ValueError`) for malformed
    input; the message says what was wrong and at which byte.
    """
    return decode_node(data, dict_version)


def unpack(
    payload: bytes | bytearray | memoryview,
    *,
    dict_version: int = 3,
    max_inflated: int = DEFAULT_MAX_INFLATED,
) -> Node:
    """The node of a frame payload: flags byte, then wire bytes (zlib when
    flag ``0x02`` is set, inflating to at most ``max_inflated`` bytes).

    Raises :class:`wapy.DecodeError` for malformed input.
    """
    return unpack_frame(payload, dict_version, max_inflated)
