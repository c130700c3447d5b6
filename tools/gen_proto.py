#!/usr/bin/env python3
"""Write ``proto/wa.proto`` from the protobuf catalogue of the protocol reference.

Usage: ``python tools/gen_proto.py PATH/TO/protobufs.json [proto/wa.proto]``

The catalogue lists every WhatsApp message and enum with dotted names
(``HandshakeMessage.ClientHello``), field numbers, types and labels. This script
nests the types by name, resolves every field type to a fully qualified name
with protobuf's scoping rules, and writes one proto2 file in package ``proto``
(the package name the interoperability vectors use, e.g. ``proto.Message``).

Choices made here (documented in the generated header too):

* ``required`` fields are written as ``optional``. A peer that omits a required
  field deep inside an obscure sub-message must not make the whole ``Message``
  undecodable (Python's runtime rejects such input); correctly filled messages
  encode to the same bytes either way.
* A field whose type no catalogue entry defines is left out, with a comment.
* Enum values that would clash inside one proto scope (proto enum values are
  siblings of their enum) are renamed ``<ENUM>_<VALUE>`` with a comment.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

SCALARS = {
    "double",
    "float",
    "int32",
    "int64",
    "uint32",
    "uint64",
    "sint32",
    "sint64",
    "fixed32",
    "fixed64",
    "sfixed32",
    "sfixed64",
    "bool",
    "string",
    "bytes",
}
PACKAGE = "proto"

# Repeated scalars the references declare `[packed=true]` (the catalogue does
# not record the option; whatsmeow's .proto files do).
PACKED = {
    ("ADVKeyIndexList", "validIndexes"),
    ("AppStateSyncKeyFingerprint", "deviceIndexes"),
    ("DeviceListMetadata", "senderKeyIndexes"),
    ("DeviceListMetadata", "recipientKeyIndexes"),
}


def resolve(types: dict[str, dict], scope: str, name: str) -> str | None:
    """Resolve ``name`` as seen from inside message ``scope`` (innermost first)."""
    parts = scope.split(".")
    for i in range(len(parts), -1, -1):
        candidate = ".".join([*parts[:i], name])
        if candidate in types:
            return candidate
    return None


def resolve_field(types: dict[str, dict], scope: str, field: dict) -> str | None:
    """Resolve a field type, falling back to the spellings of other references."""
    found = resolve(types, scope, field["type"])
    if found:
        return found
    for alt in field.get("types", {}).values():
        found = resolve(types, scope, alt)
        if found:
            return found
    # A deeper-scoped spelling of a re-homed type (see rehome_orphans).
    parts = field["type"].split(".")
    while len(parts) > 1:
        parts = parts[1:]
        found = resolve(types, scope, ".".join(parts))
        if found:
            return found
    return None


def rehome_orphans(types: dict[str, dict]) -> dict[str, dict]:
    """Move types whose enclosing type is not in the catalogue under one that is.

    Some references scope a type more deeply than others (``Message.X.Y`` versus
    ``X.Y``); a nested name whose parent is missing is re-homed by dropping
    leading components until its parent exists (or it becomes top level).
    """
    result: dict[str, dict] = {}
    for name, entry in types.items():
        parts = name.split(".")
        while len(parts) > 1 and ".".join(parts[:-1]) not in types:
            parts = parts[1:]
        result[".".join(parts)] = entry
    return result


def dedupe_names(scope: str, fields: list[dict], log: list[str]) -> list[dict]:
    """Rename a field whose name another field of the message already uses.

    References sometimes give one name two numbers (Baileys master and the
    newer schemas disagree); the newer schemas keep the name, the other field
    becomes ``<name>_<number>``.
    """
    by_name: dict[str, list[dict]] = {}
    for field in fields:
        by_name.setdefault(field["name"], []).append(field)
    result = []
    for field in fields:
        twins = by_name[field["name"]]
        if len(twins) > 1:
            keeper = next((f for f in twins if f.get("only_in") != ["bm"]), twins[-1])
            if field is not keeper:
                field = dict(field, name=f"{field['name']}_{field['n']}")
                log.append(f"{scope}.{field['name']}")
        result.append(field)
    return result


def missing(field: dict) -> str:
    """The comment written in place of a field whose type is unknown."""
    return f"// {field['name']} = {field['n']}: type {field['type']} is not in the catalogue"


class Writer:
    def __init__(self, types: dict[str, dict]) -> None:
        self.types = types
        self.lines: list[str] = []
        self.children: dict[str, list[str]] = {}
        for name in types:
            parent = name.rsplit(".", 1)[0] if "." in name else ""
            self.children.setdefault(parent, []).append(name)
        self.skipped: list[str] = []
        self.renamed: list[str] = []

    def emit(self, depth: int, text: str) -> None:
        self.lines.append("  " * depth + text if text else "")

    def write_scope(self, scope: str, depth: int) -> None:
        # Enum value names must be unique among all enums directly in one scope.
        used_values: set[str] = set()
        for name in self.children.get(scope, []):
            entry = self.types[name]
            if entry["kind"] == "enum":
                self.write_enum(name, depth, used_values)
            else:
                self.write_message(name, depth)

    def write_enum(self, name: str, depth: int, used_values: set[str]) -> None:
        short = name.rsplit(".", 1)[-1]
        self.emit(depth, f"enum {short} {{")
        values = self.types[name]["values"]
        seen_numbers: set[int] = set()
        if any(v["value"] in seen_numbers or seen_numbers.add(v["value"]) for v in values):
            self.emit(depth + 1, "option allow_alias = true;")
        for value in values:
            vname = value["name"]
            if vname in used_values:
                new = f"{short.upper()}_{vname}"
                self.renamed.append(f"{name}.{vname} -> {new}")
                self.emit(depth + 1, f"// renamed from {vname}: the name is taken in this scope")
                vname = new
            used_values.add(vname)
            self.emit(depth + 1, f"{vname} = {value['value']};")
        self.emit(depth, "}")

    def field_line(self, scope: str, field: dict, in_oneof: bool) -> str | None:
        ftype = field["type"]
        if ftype.startswith("map<"):
            key, value = ftype[4:-1].split(",")
            return f"map<{key.strip()}, {value.strip()}> {field['name']} = {field['n']};"
        if ftype not in SCALARS:
            resolved = resolve_field(self.types, scope, field)
            if resolved is None:
                self.skipped.append(f"{scope}.{field['name']} ({ftype})")
                return None
            ftype = f".{PACKAGE}.{resolved}"
        repeated = field.get("label") == "repeated"
        label = "" if in_oneof else ("repeated " if repeated else "optional ")
        packed = " [packed=true]" if (scope, field["name"]) in PACKED else ""
        return f"{label}{ftype} {field['name']} = {field['n']}{packed};"

    def write_message(self, name: str, depth: int) -> None:
        short = name.rsplit(".", 1)[-1]
        self.emit(depth, f"message {short} {{")
        self.write_scope(name, depth + 1)
        fields = dedupe_names(name, self.types[name].get("fields", []), self.renamed)
        done_oneofs: set[str] = set()
        for field in fields:
            oneof = field.get("oneof")
            if oneof is None:
                self.emit(depth + 1, self.field_line(name, field, False) or missing(field))
                continue
            if oneof in done_oneofs:
                continue
            done_oneofs.add(oneof)
            self.emit(depth + 1, f"oneof {oneof} {{")
            for member in fields:
                if member.get("oneof") != oneof:
                    continue
                self.emit(depth + 2, self.field_line(name, member, True) or missing(member))
            self.emit(depth + 1, "}")
        self.emit(depth, "}")


HEADER = """\
// WhatsApp wire schema used by wapy (proto2, package `proto`).
//
// Generated by tools/gen_proto.py from the protocol reference's protobuf
// catalogue; edit the generator, not this file. It is the single source of the
// Rust types (prost, at build time) and of the Python classes (wapy.proto).
//
// Field names follow the catalogue (Baileys' WAProto spelling where it has
// one). `required` fields of the references are written as `optional` so that
// one missing field deep inside a sub-message never makes a whole message
// undecodable.
"""


def main() -> int:
    source = Path(sys.argv[1])
    default = Path(__file__).resolve().parent.parent / "proto" / "wa.proto"
    target = Path(sys.argv[2]) if len(sys.argv) > 2 else default
    catalogue = json.loads(source.read_text())
    types = rehome_orphans({entry["name"]: entry for entry in catalogue["messages"]})
    writer = Writer(types)
    writer.lines.extend(HEADER.splitlines())
    writer.emit(0, "")
    writer.emit(0, 'syntax = "proto2";')
    writer.emit(0, f"package {PACKAGE};")
    writer.emit(0, "")
    writer.write_scope("", 0)
    target.write_text("\n".join(writer.lines) + "\n")
    for item in writer.skipped:
        print(f"skipped field {item}", file=sys.stderr)
    for item in writer.renamed:
        print(f"renamed {item}", file=sys.stderr)
    print(f"wrote {target}: {len(types)} types", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
