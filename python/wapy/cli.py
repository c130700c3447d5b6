"""The ``wapy`` command-line interface."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from . import __version__, binary
from ._errors import DecodeError


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``wapy`` command."""
    parser = argparse.ArgumentParser(prog="wapy", description="WhatsApp Web client tools.")
    parser.add_argument("--version", action="version", version=f"wapy {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    decode = commands.add_parser(
        "decode",
        help="pretty-print a binary stanza given as hex",
        description="Pretty-print a binary stanza given as hex (offline).",
    )
    decode.add_argument("hex", metavar="HEX", help="the stanza bytes in hex (spaces allowed)")
    decode.add_argument(
        "--frame",
        action="store_true",
        help="the bytes are a frame payload: flags byte first, zlib-compressed if flag 0x02",
    )
    decode.add_argument(
        "--dict-version",
        type=int,
        choices=(2, 3),
        default=3,
        help="token dictionary (3: WhatsApp Web, the default; 2: Baileys 6.x)",
    )
    decode.add_argument("--compact", action="store_true", help="print on one line")
    return parser


def _decode(args: argparse.Namespace) -> int:
    try:
        data = bytes.fromhex("".join(args.hex.split()))
    except ValueError as error:
        print(f"wapy decode: not hex: {error}", file=sys.stderr)
        return 2
    try:
        if args.frame:
            node = binary.unpack(data, dict_version=args.dict_version)
        else:
            node = binary.decode(data, dict_version=args.dict_version)
    except DecodeError as error:
        print(f"wapy decode: {error}", file=sys.stderr)
        return 1
    print(node.to_xml(pretty=not args.compact))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    if args.command == "decode":
        return _decode(args)
    return 0
