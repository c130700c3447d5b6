"""History sync through the Python API over real sockets against the
emulator, on asyncio and trio: the initial sync the phone sends by itself
after a QR link (a realistic account of 1,000 chats and 50,000 messages),
push names and PN-LID mappings stored from it, hist_sync receipts sent
whether or not ``get()`` is called, and on-demand history requests answered
by the phone as ``ON_DEMAND`` chunks."""

from __future__ import annotations

import anyio
import pytest

import wapy
from wapy import events, proto
from wapy.testing import InitialSync, Phone, Server, initial_sync_contact

from .members import chunks, link_by_qr

pytestmark = pytest.mark.anyio

GUARD = 60  # seconds; only guards against hangs

SyncType = proto.HistorySync


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def hist_sync_receipts(phone: Phone, count: int) -> list[str]:
    """Message ids of the next ``count`` hist_sync receipts the phone gets."""
    ids: list[str] = []
    with anyio.fail_after(GUARD):
        while len(ids) < count:
            receipt = await phone.next_receipt(timeout=GUARD)
            if receipt.receipt_type == "hist_sync":
                ids.extend(receipt.message_ids)
    return ids


async def test_a_realistic_account_syncs_after_linking() -> None:
    chats, per_chat, recent = 1000, 50, 40
    config = InitialSync(chats=chats, messages_per_chat=per_chat, recent_chats=recent)
    async with Server(initial_sync=config) as server:
        phone = server.add_account("15550009001")
        assert phone.initial_sync_config == config
        client = server.client()
        try:
            async with client.events() as stream:
                await link_by_qr(client, phone, stream, guard=GUARD)
                got = await chunks(stream, 3, guard=GUARD)
            assert [c.sync_type for c in got] == [
                SyncType.INITIAL_BOOTSTRAP,
                SyncType.RECENT,
                SyncType.PUSH_NAME,
            ]
            bootstrap = got[0].get()
            assert bootstrap is not None
            assert len(bootstrap.conversations) == chats
            assert sum(len(c.messages) for c in bootstrap.conversations) == chats * per_chat
            first = bootstrap.conversations[0]
            assert first.id == str(initial_sync_contact(0)[0])
            assert first.messages[3].message.message.conversation == "history message 3"
            assert len(bootstrap.pushnames) == chats
            assert len(bootstrap.phoneNumberToLidMappings) == chats
            assert got[0].size > 1_000_000
            recent_chunk = got[1].get()
            assert recent_chunk is not None
            assert [c.id for c in recent_chunk.conversations] == [
                str(initial_sync_contact(n)[0]) for n in range(chats - recent, chats)
            ]
            names = got[2].get()
            assert names is not None and len(names.pushnames) == chats
            for n in (0, 417, chats - 1):
                pn, lid = initial_sync_contact(n)
                assert client.push_name_of(pn) == f"Contact {n}"
                assert client.lid_for(pn) == lid
                assert client.pn_for(lid) == pn
            assert client.push_name_of("19990009999@s.whatsapp.net") is None
            assert len(await hist_sync_receipts(phone, 3)) == 3
        finally:
            await client.aclose()


async def test_a_code_link_gets_the_phones_own_initial_sync() -> None:
    async with Server() as server:
        phone = server.add_account("15550009004")
        assert phone.initial_sync_config == InitialSync()
        phone.configure_sync(InitialSync(chats=2, messages_per_chat=3, recent_chats=1))
        client = server.client()
        try:
            async with client.events() as stream:
                await client.connect()
                code = await client.pair_phone(phone.phone_number)
                await phone.enter_pairing_code(code)
                got = await chunks(stream, 3, guard=GUARD)
            assert [c.sync_type for c in got] == [
                SyncType.INITIAL_BOOTSTRAP,
                SyncType.RECENT,
                SyncType.PUSH_NAME,
            ]
            bootstrap = got[0].get()
            assert bootstrap is not None
            assert [len(c.messages) for c in bootstrap.conversations] == [3, 3]
            recent = got[1].get()
            assert recent is not None
            assert [c.id for c in recent.conversations] == [str(initial_sync_contact(1)[0])]
            assert client.push_name_of(initial_sync_contact(1)[0]) == "Contact 1"
        finally:
            await client.aclose()


async def test_chunks_never_decoded_are_still_acknowledged() -> None:
    async with Server(initial_sync=None) as server:
        phone = server.add_account("15550009002")
        client = server.client()
        phone.provision(client)
        try:
            async with client.events() as stream:
                await client.connect()
                conversation = proto.Conversation(id="15550009099@s.whatsapp.net")
                history = proto.HistorySync(
                    syncType=SyncType.RECENT,
                    conversations=[conversation],
                    chunkOrder=1,
                    progress=100,
                    pushnames=[proto.Pushname(id="15550009099@s.whatsapp.net", pushname="Zed")],
                )
                sent = [
                    await phone.send_history_sync(history, inline=True),
                    await phone.send_history_sync(history),
                ]
                got = await chunks(stream, 2, guard=GUARD)
            assert [c.sync_type for c in got] == [SyncType.RECENT, SyncType.RECENT]
            assert [c.chunk_order for c in got] == [1, 1]
            assert sorted(await hist_sync_receipts(phone, 2)) == sorted(sent)
            # Read out of the undecoded chunk by the client itself.
            assert client.push_name_of("15550009099@s.whatsapp.net") == "Zed"
        finally:
            await client.aclose()


async def test_request_history_is_answered_on_demand() -> None:
    config = InitialSync(chats=3, messages_per_chat=30, recent_chats=1)
    async with Server(initial_sync=config) as server:
        phone = server.add_account("15550009003")
        client = server.client()
        try:
            async with client.events() as stream:
                await link_by_qr(client, phone, stream, guard=GUARD)
                bootstrap = (await chunks(stream, 1, guard=GUARD))[0].get()
                assert bootstrap is not None
                chat = bootstrap.conversations[2]
                oldest = chat.messages[20].message
                request_id = await client.request_history(chat.id, oldest, 10)
                answer = None
                with anyio.fail_after(GUARD):
                    async for event in stream:
                        if (
                            isinstance(event, events.HistorySync)
                            and event.sync_type == SyncType.ON_DEMAND
                        ):
                            answer = event
                            break
            assert answer is not None
            decoded = answer.get()
            assert decoded is not None
            assert [c.id for c in decoded.conversations] == [chat.id]
            ids = [m.message.key.id for m in decoded.conversations[0].messages]
            assert ids == [m.message.key.id for m in chat.messages[10:20]]
            request = None
            with anyio.fail_after(GUARD):
                while request is None:
                    got = await phone.next_message(timeout=GUARD)
                    if got.id == request_id:
                        request = got
            asked = request.message.protocolMessage.peerDataOperationRequestMessage
            assert asked.historySyncOnDemandRequest.onDemandMsgCount == 10
            assert asked.historySyncOnDemandRequest.oldestMsgId == oldest.key.id
        finally:
            await client.aclose()


async def test_request_history_from_a_received_message() -> None:
    async with Server(initial_sync=None) as server:
        phone = server.add_account("15550009005")
        bob = server.add_account("15550009006")
        client = server.client()
        phone.provision(client)
        try:
            async with client.events() as stream:
                await client.connect()
                assert client.jid is not None
                await bob.send_text(client.jid, "hello")
                with anyio.fail_after(GUARD):
                    async for event in stream:
                        if isinstance(event, events.Message):
                            break
            request_id = await client.request_history(event.info.chat, event.info, 25)
            request = None
            with anyio.fail_after(GUARD):
                while request is None:
                    got = await phone.next_message(timeout=GUARD)
                    if got.id == request_id:
                        request = got
            asked = request.message.protocolMessage.peerDataOperationRequestMessage
            on_demand = asked.historySyncOnDemandRequest
            assert on_demand.chatJid == str(bob.jid)
            assert (on_demand.oldestMsgId, on_demand.oldestMsgFromMe) == (event.info.id, False)
            assert on_demand.oldestMsgTimestampMs == int(event.info.timestamp.timestamp() * 1000)
            assert on_demand.onDemandMsgCount == 25
        finally:
            await client.aclose()


async def test_request_history_refuses_bad_arguments(
    paired_client: wapy.Client,
) -> None:
    key = proto.MessageKey(id="X", fromMe=True, remoteJid="1@s.whatsapp.net")
    with pytest.raises(wapy.InvalidArgument):
        await paired_client.request_history("1@s.whatsapp.net", key, 5)
    info = proto.WebMessageInfo(key=key, messageTimestamp=1_700_000_000)
    with pytest.raises(wapy.InvalidArgument):
        await paired_client.request_history("1@s.whatsapp.net", info, 0)
