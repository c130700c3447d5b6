"""wapy.Client over real sockets against the local emulator, on asyncio and trio.

Every test runs a real `wapy.testing.Server` (loopback WebSocket, Noise,
binary stanzas) and real stores (SQLite files under `tmp_path`, or memory).
Waits are bounded by a guard so that a bug fails instead of hanging; nothing
asserts on durations.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import anyio
import pytest

import wapy
from wapy import events
from wapy.testing import Phone, Server

from .members import next_of
from .test_events_dispatch import wapy_tasks

pytestmark = pytest.mark.anyio

#: Guard against hangs (never a timing assertion).
GUARD = 20


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def until(condition: Callable[[], bool]) -> None:
    with anyio.fail_after(GUARD):
        while not condition():  # noqa: ASYNC110 (state changed by Rust threads)
            await anyio.sleep(0.005)


async def pair_by_qr(client: wapy.Client, phone: Phone) -> list[events.Event]:
    """Connects an unpaired client and lets ``phone`` scan its first QR code;
    returns the events up to ``Connected``."""
    seen: list[events.Event] = []
    async with client.events() as stream:
        await client.connect()
        with anyio.fail_after(GUARD):
            async for event in stream:
                seen.append(event)
                if isinstance(event, events.QrCode):
                    await phone.scan_qr(event.code)
                elif isinstance(event, events.Connected):
                    break
    return seen


async def test_pair_by_qr(tmp_path: Path) -> None:
    async with Server() as server:
        phone = server.add_account("15550001001")
        client = server.client(tmp_path / "bot.db")
        try:
            assert client.jid is None
            assert not client.is_connected
            seen = await pair_by_qr(client, phone)
            kinds = [type(event) for event in seen]
            assert kinds.index(events.QrCode) < kinds.index(events.PairSuccess)
            assert kinds.index(events.PairSuccess) < kinds.index(events.Connected)
            success = next(e for e in seen if isinstance(e, events.PairSuccess))
            assert client.is_connected
            assert client.jid == success.id
            assert client.jid is not None and client.jid.user == "15550001001"
            assert client.jid.device >= 1
            assert client.lid is not None and client.lid.is_lid
            assert phone.devices == [client.jid]
            assert server.is_online(client.jid)
        finally:
            await client.aclose()
        assert not client.is_running
    assert (tmp_path / "bot.db").stat().st_mode & 0o077 == 0


async def test_pair_by_code() -> None:
    async with Server() as server:
        phone = server.add_account("15550001002")
        client = server.client()
        try:
            async with client.events() as stream:
                await client.connect()
                code = await client.pair_phone("+1 555-000-1002")
                assert len(code) == 9 and code[4] == "-"
                linked = await phone.enter_pairing_code(code)
                success = await next_of(stream, events.PairSuccess)
                await next_of(stream, events.Connected)
            assert success.id == linked == client.jid
            assert client.is_connected
            with pytest.raises(wapy.AlreadyPaired):
                await client.pair_phone("15550001002")
        finally:
            await client.aclose()


async def test_wrong_pairing_code_is_refused() -> None:
    async with Server() as server:
        phone = server.add_account("15550001003")
        client = server.client()
        try:
            await client.connect()
            code = await client.pair_phone("15550001003")
            wrong = "".join(c if c == "-" else ("A" if c != "A" else "B") for c in code)
            with pytest.raises(wapy.EmulatorError):
                await phone.enter_pairing_code(wrong)
            assert client.jid is None
        finally:
            await client.aclose()


async def test_reconnects_after_the_socket_drops() -> None:
    async with Server() as server:
        phone = server.add_account("15550001004")
        client = server.client()
        phone.provision(client)
        try:
            async with client.events() as stream:
                await client.connect()
                assert client.is_connected
                jid = client.jid
                assert jid is not None
                assert server.drop_connection(jid)
                lost = await next_of(stream, events.Disconnected)
                assert lost.will_reconnect
                await next_of(stream, events.Connected)
            assert client.is_connected
            await until(lambda: server.is_online(jid))
        finally:
            await client.aclose()


async def test_no_reconnect_after_stream_replaced(tmp_path: Path) -> None:
    store = tmp_path / "shared.db"
    async with Server() as server:
        phone = server.add_account("15550001005")
        phone.provision(store)
        first = server.client(store)
        second = server.client(store)
        try:
            async with first.events() as stream:
                await first.connect()
                await second.connect()
                await next_of(stream, events.StreamReplaced)
                ended = await next_of(stream, events.Disconnected)
            assert not ended.will_reconnect
            await until(lambda: not first.is_running)
            assert second.is_connected
            assert first.jid == second.jid
        finally:
            await first.aclose()
            await second.aclose()


async def test_no_reconnect_after_logged_out(tmp_path: Path) -> None:
    async with Server() as server:
        phone = server.add_account("15550001006")
        client = server.client(tmp_path / "bot.db")
        phone.provision(client)
        try:
            async with client.events() as stream:
                await client.connect()
                jid = client.jid
                assert jid is not None
                assert phone.unlink(jid)
                await next_of(stream, events.LoggedOut)
                ended = await next_of(stream, events.Disconnected)
            assert not ended.will_reconnect
            await until(lambda: not client.is_running)
            assert client.jid is None  # the identity was deleted
            assert not client.is_connected
        finally:
            await client.aclose()


async def test_logout_unlinks_the_device() -> None:
    async with Server() as server:
        phone = server.add_account("15550001007")
        client = server.client()
        jid = phone.provision(client)
        try:
            await client.connect()
            await client.logout()
            assert client.jid is None
            assert not client.is_running
            assert jid not in phone.devices
            with pytest.raises(wapy.NotConnected):
                await client.logout()
        finally:
            await client.aclose()


SUBPROCESS_LOGIN = textwrap.dedent(
    """
    import sys
    import anyio
    import wapy

    async def main() -> None:
        client = wapy.Client(
            sys.argv[1], server_url=sys.argv[2], trusted_root=bytes.fromhex(sys.argv[3])
        )
        async with client:
            print("connected" if client.is_connected else "not-connected", client.jid)

    anyio.run(main)
    """
)


async def test_new_process_logs_in_from_the_sqlite_file(tmp_path: Path) -> None:
    store = tmp_path / "bot.db"
    async with Server() as server:
        phone = server.add_account("15550001008")
        client = server.client(store)
        try:
            await pair_by_qr(client, phone)
            jid = client.jid
        finally:
            await client.aclose()
        with anyio.fail_after(GUARD * 2):
            done = await anyio.run_process(
                [
                    sys.executable,
                    "-c",
                    SUBPROCESS_LOGIN,
                    str(store),
                    server.url,
                    server.trusted_root.hex(),
                ],
                check=False,
                stdin=subprocess.DEVNULL,
            )
        assert done.returncode == 0, done.stderr.decode()
        assert done.stdout.decode().split() == ["connected", str(jid)]
        assert phone.devices == [jid]  # no second pairing


async def test_forward_raw_nodes_option() -> None:
    async with Server() as server:
        phone = server.add_account("15550001009")
        client = server.client(forward_raw_nodes=True)
        phone.provision(client)
        try:
            assert client.forward_raw_nodes
            async with client.events(events.RawNode) as stream:
                await client.connect()
                tags = set()
                with anyio.fail_after(GUARD):
                    async for event in stream:
                        tags.add(event.node.tag)
                        if "success" in tags:
                            break
            assert "success" in tags
        finally:
            await client.aclose()


async def test_raw_node_forwarding_toggles() -> None:
    async with Server() as server:
        phone = server.add_account("15550001010")
        client = server.client()
        phone.provision(client)
        try:
            assert not client.forward_raw_nodes
            async with client.events(events.RawNode) as stream:
                await client.connect()
                jid = client.jid
                assert jid is not None
                client.set_raw_node_forwarding(True)
                assert client.forward_raw_nodes
                ping = wapy.Node(
                    "notification", {"id": "n1", "type": "test", "from": "s.whatsapp.net"}
                )
                assert server.send_node(jid, ping)
                with anyio.fail_after(GUARD):
                    # Stanzas of the login (<ib>...) may still arrive first.
                    async for raw in stream:
                        if raw.node.get("id") == "n1":
                            break
                assert raw.node.tag == "notification"
        finally:
            await client.aclose()


async def test_async_with_connects_and_cleans_up() -> None:
    async with Server() as server:
        phone = server.add_account("15550001011")
        client = server.client()
        phone.provision(client)
        seen: list[events.Event] = []
        client.add_handler(seen.append)
        async with client:
            assert client.is_connected
            assert wapy_tasks()
        assert client.closed
        assert not client.is_running
        assert not client.is_connected
        assert wapy_tasks() == []
        assert any(isinstance(event, events.Connected) for event in seen)
        await client.aclose()  # idempotent


async def test_connect_errors_are_typed(tmp_path: Path) -> None:
    async with Server() as server:
        url, root = server.url, server.trusted_root
    # The server is gone: nothing listens on that port any more.
    client = wapy.Client(":memory:", server_url=url, trusted_root=root)
    try:
        with pytest.raises(wapy.ConnectionFailed):
            await client.connect()
        assert not client.is_running
    finally:
        await client.aclose()
    async with Server() as server:
        stranger = wapy.Client(":memory:", server_url=server.url, trusted_root=bytes(32))
        try:
            with pytest.raises(wapy.ConnectionFailed):
                await stranger.connect()
        finally:
            await stranger.aclose()
    with pytest.raises(wapy.InvalidArgument):
        wapy.Client(":memory:", trusted_root=b"short")
    with pytest.raises(wapy.InvalidArgument):
        wapy.Client(":memory:", server_url="http://example.invalid/")
    with pytest.raises(wapy.StoreError):
        wapy.Client(tmp_path / "missing" / "dir" / "bot.db")


async def test_calls_needing_a_connection() -> None:
    async with Server() as server:
        client = server.client()
        try:
            with pytest.raises(wapy.NotConnected):
                await client.logout()
            with pytest.raises(wapy.NotConnected):
                await client.send_node(wapy.Node("presence", {"type": "available"}))
            await client.connect()
            with pytest.raises(wapy.InvalidArgument):
                await client.pair_phone("123")
            await client.disconnect()
            await client.disconnect()  # idempotent
            assert not client.is_running
        finally:
            await client.aclose()


async def test_cancelled_connect_stops_the_client() -> None:
    async with Server() as server:
        client = server.client()
        try:
            with anyio.CancelScope() as scope:
                scope.cancel()
                await client.connect()
            assert not client.is_running
        finally:
            await client.aclose()
