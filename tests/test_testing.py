"""wapy.testing: the emulator's Python API and the pytest fixtures users get."""

from __future__ import annotations

import anyio
import pytest

import wapy
from wapy import events
from wapy.testing import Phone, Server
from wapy.testing.pytest_plugin import PHONE_NUMBER

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def test_fixtures_give_a_connected_linked_client(
    wapy_server: Server, wapy_phone: Phone, paired_client: wapy.Client
) -> None:
    assert paired_client.is_connected
    assert paired_client.server_url == wapy_server.url
    assert paired_client.jid is not None
    assert paired_client.jid.user == PHONE_NUMBER == wapy_phone.phone_number
    assert wapy_phone.devices == [paired_client.jid]
    assert wapy_server.is_online(paired_client.jid)
    assert paired_client.jid in wapy_server.connections()


async def test_fixture_client_sees_server_stanzas(
    wapy_server: Server, paired_client: wapy.Client
) -> None:
    paired_client.set_raw_node_forwarding(True)
    jid = paired_client.jid
    assert jid is not None
    async with paired_client.events(events.RawNode) as stream:
        node = wapy.Node("notification", {"id": "x1", "type": "test", "from": "s.whatsapp.net"})
        assert wapy_server.send_node(jid, node)
        tags = []
        with anyio.fail_after(20):
            # Stanzas of the login may still arrive first.
            async for raw in stream:
                tags.append(raw.node.tag)
                if raw.node.get("id") == "x1":
                    break
    assert tags[-1] == "notification"


async def test_server_lifecycle() -> None:
    server = Server()
    with pytest.raises(RuntimeError, match="not running"):
        server.url  # noqa: B018
    async with server:
        assert server.url.startswith("ws://127.0.0.1:")
        assert server.url.endswith(f":{server.port}/ws/chat")
        assert len(server.trusted_root) == 32
        assert server.connections() == []
        phone = server.add_account("+1 555 000 2001")
        assert phone.phone_number == "15550002001"
        assert phone.jid == wapy.Jid("15550002001", "s.whatsapp.net")
        assert phone.lid is not None and phone.lid.is_lid
        assert server.add_account("15550002001").jid == phone.jid
        found = server.phone("15550002001")
        assert found is not None and found.jid == phone.jid
        assert server.phone("15550009999") is None
        assert phone.devices == []
        stranger = wapy.Jid("15550002001", "s.whatsapp.net", device=7)
        assert not server.drop_connection(stranger)
        assert not phone.unlink(stranger)
        assert repr(server).startswith("<wapy.testing.Server ws://")
    assert repr(server) == "<wapy.testing.Server stopped>"
    await server.aclose()  # idempotent


async def test_phone_errors_are_typed() -> None:
    async with Server() as server:
        phone = server.add_account("15550002002")
        with pytest.raises(wapy.EmulatorError):
            await phone.scan_qr("not a qr code")
        with pytest.raises(wapy.EmulatorError):
            await phone.enter_pairing_code("ABCD-EFGH")
        with pytest.raises(wapy.InvalidArgument):
            phone.provision(":memory:")


async def test_server_shutdown_disconnects_clients() -> None:
    async with Server() as server:
        phone = server.add_account("15550002003")
        client = server.client(reconnect=False)
        phone.provision(client)
        try:
            async with client.events(events.Disconnected) as stream:
                await client.connect()
                await server.aclose()
                with anyio.fail_after(20):
                    ended = await stream.__anext__()
            assert not ended.will_reconnect
        finally:
            await client.aclose()


async def test_stream_error_515_reconnects(wapy_server: Server, paired_client: wapy.Client) -> None:
    jid = paired_client.jid
    assert jid is not None
    async with paired_client.events(events.Disconnected, events.Connected) as stream:
        assert wapy_server.send_stream_error(jid, "515")
        seen: list[events.Event] = []
        with anyio.fail_after(20):
            # (A Connected of the fixture's own login may still be in flight.)
            async for event in stream:
                seen.append(event)
                if isinstance(seen[-1], events.Connected) and any(
                    isinstance(e, events.Disconnected) for e in seen
                ):
                    break
    lost = next(e for e in seen if isinstance(e, events.Disconnected))
    assert lost.will_reconnect
    assert lost.reason == events.DisconnectReason.RESTART_REQUIRED
