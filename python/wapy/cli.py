"""The ``wapy`` command-line interface.

* ``wapy login``: links this computer to a WhatsApp account (QR code in the
  terminal, or a pairing code with ``--phone``), stores the session and
  prints events until Ctrl-C; later runs log in from the store.
* ``wapy server``: runs the local server emulator until Ctrl-C.
* ``wapy demo``: emulator, simulated phone and client in one process: pairs
  by QR, connects, prints each event, exits 0 once synced. Offline.
* ``wapy decode``: pretty-prints a binary stanza.
"""

from __future__ import annotations

import argparse
import datetime
import enum
import os
import sys
from collections.abc import Sequence
from typing import Any, TextIO

import anyio

from . import __version__, _core, binary, events
from ._core import Jid, Node
from ._errors import DecodeError, WapyError
from .client import Client


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

    login = commands.add_parser(
        "login",
        help="link to an account (QR code or pairing code) and print events",
        description="Link this computer to a WhatsApp account as a companion device, "
        "store the session, and print events until Ctrl-C. With a paired store, "
        "log in directly.",
    )
    login.add_argument("--store", default="wapy.db", help="SQLite store file (default wapy.db)")
    login.add_argument(
        "--phone", metavar="NUMBER", help="link by pairing code for this phone number instead of QR"
    )
    login.add_argument("--server-url", metavar="URL", help="another server (e.g. wapy server's)")
    login.add_argument(
        "--trusted-root", metavar="HEX", help="that server's root public key (64 hex digits)"
    )

    server = commands.add_parser(
        "server",
        help="run the local server emulator",
        description="Run the local WhatsApp server emulator on loopback until Ctrl-C. "
        "Prints its URL and root key; clients use them as --server-url and --trusted-root.",
    )
    server.add_argument("--port", type=int, default=0, help="port (default: an ephemeral one)")
    server.add_argument(
        "--account",
        metavar="PHONE",
        action="append",
        default=[],
        help="create an account with a simulated phone (repeatable)",
    )
    server.add_argument(
        "--control",
        action="store_true",
        help="read commands on stdin, one per line, answering 'OK ...' or 'ERR ...': "
        "'scan PHONE QR', 'code PHONE CODE', 'provision PHONE STORE', 'unlink PHONE JID', "
        "'drop JID', 'quit'",
    )

    commands.add_parser(
        "demo",
        help="emulator + simulated phone + client end to end, offline",
        description="Start the emulator, pair a client by QR with a simulated phone, "
        "connect, print each event, exit once the offline sync completed.",
    )
    return parser


# Event printing ------------------------------------------------------------


def _value(value: Any) -> str:
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, datetime.timedelta):
        return f"{value.total_seconds():g}s"
    if isinstance(value, Node):
        return value.to_xml()
    if isinstance(value, bytes):
        return value.hex() if len(value) <= 16 else f"<{len(value)} bytes>"
    if isinstance(value, str) and len(value) > 60:
        return value[:57] + "..."
    return str(value)


def format_event(event: events.Event) -> str:
    """One readable line: the event name and its non-empty fields."""
    parts = [type(event).__name__]
    for name in getattr(type(event), "__match_args__", ()):
        value = getattr(event, name, None)
        if value is None or value == "" or value == [] or value == {}:
            continue
        parts.append(f"{name}={_value(value)}")
    return " ".join(parts)


def _stamp() -> str:
    return datetime.datetime.now().strftime("%H:%M:%S.%f")[:-3]


def _say(text: str, out: TextIO | None = None) -> None:
    print(text, file=out or sys.stdout, flush=True)


# wapy login ------------------------------------------------------------------


async def _login(args: argparse.Namespace) -> int:
    trusted_root = None
    if args.trusted_root is not None:
        try:
            trusted_root = bytes.fromhex(args.trusted_root)
        except ValueError:
            _say("wapy login: --trusted-root is not hex", sys.stderr)
            return 2
    client = Client(args.store, server_url=args.server_url, trusted_root=trusted_root)
    try:
        async with client.events() as stream:
            paired = client.jid is not None
            await client.connect()
            if args.phone and not paired:
                code = await client.pair_phone(args.phone)
                _say(
                    f"Enter this code on your phone (Linked devices > Link with phone number): "
                    f"{code}"
                )
            async for event in stream:
                if isinstance(event, events.QrCode):
                    if args.phone:
                        continue
                    _say(_core.render_qr(event.code))
                    _say(f"Scan with WhatsApp > Linked devices (valid {_value(event.timeout)})")
                    continue
                _say(f"{_stamp()} {format_event(event)}")
                if isinstance(event, events.Disconnected) and not event.will_reconnect:
                    return 0 if client.jid is not None else 1
    except WapyError as error:
        _say(f"wapy login: {error}", sys.stderr)
        return 1
    finally:
        await client.aclose()
    return 0


# wapy server -----------------------------------------------------------------


async def _control(server: Any, line: str) -> str:
    """One control command of ``wapy server --control``; the answer line."""
    words = line.split()
    if not words:
        return "ERR empty command"
    command, rest = words[0], words[1:]
    try:
        if command == "quit":
            return "OK"
        if command == "drop" and len(rest) == 1:
            return f"OK {str(server.drop_connection(Jid.parse(rest[0]))).lower()}"
        if command not in ("scan", "code", "provision", "unlink") or len(rest) != 2:
            return f"ERR unknown command or arguments: {line.strip()}"
        phone = server.add_account(rest[0])
        if command == "scan":
            return f"OK {await phone.scan_qr(rest[1])}"
        if command == "code":
            return f"OK {await phone.enter_pairing_code(rest[1])}"
        if command == "provision":
            return f"OK {phone.provision(rest[1])}"
        return f"OK {str(phone.unlink(Jid.parse(rest[1]))).lower()}"
    except (WapyError, ValueError) as error:
        return f"ERR {error}"


async def _server(args: argparse.Namespace) -> int:
    from .testing import Server

    async with Server(port=args.port) as server:
        _say(f"url {server.url}")
        _say(f"trusted-root {server.trusted_root.hex()}")
        for number in args.account:
            phone = server.add_account(number)
            _say(f"account {phone.jid} lid {phone.lid}")
        _say("READY")
        if not args.control:
            await anyio.sleep_forever()
        stdin = anyio.wrap_file(sys.stdin)
        async for line in stdin:
            answer = await _control(server, line)
            _say(answer)
            if line.strip() == "quit":
                break
    return 0


# wapy demo -------------------------------------------------------------------

#: How long the demo may take before it gives up (it takes well under a second).
_DEMO_LIMIT = 30.0


async def _demo() -> int:
    from .testing import Server

    async with Server() as server:
        phone = server.add_account("15550001234")
        _say(f"{_stamp()} emulator listening at {server.url}")
        _say(f"{_stamp()} simulated phone +{phone.phone_number}")
        client = server.client()
        try:
            with anyio.fail_after(_DEMO_LIMIT):
                async with client.events() as stream:
                    await client.connect()
                    connected = False
                    async for event in stream:
                        _say(f"{_stamp()} {format_event(event)}")
                        if isinstance(event, events.QrCode) and client.jid is None:
                            if sys.stdout.isatty():
                                _say(_core.render_qr(event.code))
                            device = await phone.scan_qr(event.code)
                            _say(f"{_stamp()} phone scanned the QR code: linked {device}")
                        elif isinstance(event, events.Connected):
                            connected = True
                            _say(f"{_stamp()} connected as {client.jid}")
                        elif isinstance(event, events.OfflineSyncCompleted) and connected:
                            break
                        elif isinstance(event, events.Disconnected) and not event.will_reconnect:
                            _say("wapy demo: the connection ended", sys.stderr)
                            return 1
        except TimeoutError:
            _say(f"wapy demo: not connected after {_DEMO_LIMIT:g}s", sys.stderr)
            return 1
        except WapyError as error:
            _say(f"wapy demo: {error}", sys.stderr)
            return 1
        finally:
            await client.aclose()
        _say(f"{_stamp()} done")
    return 0


def _run(command: Any, *args: Any) -> int:
    backend = os.environ.get("WAPY_BACKEND", "asyncio")
    try:
        status: int = anyio.run(command, *args, backend=backend)
    except KeyboardInterrupt:
        return 130
    return status


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
    if args.command == "login":
        return _run(_login, args)
    if args.command == "server":
        return _run(_server, args)
    if args.command == "demo":
        return _run(_demo)
    return 0
