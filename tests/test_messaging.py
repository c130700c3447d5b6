"""The messaging API of wapy.Client over real sockets against the emulator,
on asyncio and trio: simulated phones that really encrypt, clients sending
to phones and to each other, quoted replies, mentions, reactions, edits,
revocations, receipts both ways, decryption failures and their retry,
offline delivery, and sends that must fail loudly."""

from __future__ import annotations

from pathlib import Path

import anyio
import pytest

import wapy
from wapy import _core, events
from wapy._call import call
from wapy.proto import Message as ProtoMessage
from wapy.proto import wa_pb2
from wapy.testing import Phone, PhoneMessage, PhoneReceipt, Server

from .members import GUARD, Member, members, until

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def message_with_id(member: Member, message_id: str) -> events.Message:
    return await member.next(events.Message, lambda ev: ev.info.id == message_id)


async def phone_message(phone: Phone, message_id: str) -> PhoneMessage:
    """The message ``message_id`` among those the phone receives next."""
    with anyio.fail_after(GUARD):
        while True:
            got = await phone.next_message(timeout=GUARD)
            if got.id == message_id:
                return got


async def phone_receipt(phone: Phone, receipt_type: str | None) -> PhoneReceipt:
    """The next receipt of ``receipt_type`` the phone receives."""
    with anyio.fail_after(GUARD):
        while True:
            receipt = await phone.next_receipt(timeout=GUARD)
            if receipt.receipt_type == receipt_type:
                return receipt


async def test_phone_text_becomes_a_message_event() -> None:
    async with Server() as server, members(server, "15550003001") as (alice,):
        bob = server.add_account("15550003002")
        message_id = await bob.send_text(alice.jid, "hello alice")
        ev = await message_with_id(alice, message_id)
        assert ev.text == "hello alice"
        assert ev.message.conversation == "hello alice"
        info = ev.info
        assert (info.id, info.chat, info.sender) == (message_id, bob.jid, bob.jid)
        assert not info.is_from_me and not info.is_group
        assert info.message_type == "text"
        assert info.timestamp.tzinfo is not None

        # The client acknowledged it with a delivery receipt to the phone.
        receipt = await phone_receipt(bob, None)
        assert receipt.message_ids == [message_id]
        assert receipt.sender == alice.jid
        await until(lambda: server.pending_messages(alice.client.jid) == 0)


async def test_send_text_reaches_the_phone_and_own_devices() -> None:
    async with Server() as server, members(server, "15550003011") as (alice,):
        bob = server.add_account("15550003012")
        message_id = await alice.client.send_text(bob.jid, "hello bob")
        assert isinstance(message_id, str) and message_id
        got = await phone_message(bob, message_id)
        assert got.text == "hello bob"
        assert got.message == ProtoMessage(conversation="hello bob")
        assert (got.chat, got.sender) == (alice.jid, alice.client.jid)
        # Alice's own phone gets the device-sent copy, unwrapped.
        copy = await phone_message(alice.phone, message_id)
        assert copy.text == "hello bob"

        # Bob's phone confirms delivery: a Receipt event for Alice.
        receipt = await alice.next(
            events.Receipt,
            lambda r: (
                message_id in r.message_ids and r.receipt_type == events.ReceiptType.DELIVERED
            ),
        )
        assert receipt.message_ids == [message_id]
        assert receipt.source.chat == bob.jid


async def test_client_to_client_and_read_receipts() -> None:
    async with Server() as server, members(server, "15550003021", "15550003022") as (alice, bob):
        proto = ProtoMessage(extendedTextMessage=wa_pb2.ExtendedTextMessage(text="rich"))
        message_id = await alice.client.send_message(
            str(bob.jid), proto, message_id="3EB0AB12CD34EF56AB12CD"
        )
        assert message_id == "3EB0AB12CD34EF56AB12CD"
        ev = await message_with_id(bob, message_id)
        assert ev.text == "rich"
        assert ev.message.extendedTextMessage.text == "rich"
        assert (ev.info.chat, ev.info.sender) == (alice.jid, alice.client.jid)
        assert not ev.info.is_from_me

        delivered = await alice.next(
            events.Receipt,
            lambda r: (
                message_id in r.message_ids and r.receipt_type == events.ReceiptType.DELIVERED
            ),
        )
        assert delivered.source.chat == bob.jid

        await bob.client.mark_read(ev)
        read = await alice.next(
            events.Receipt,
            lambda r: message_id in r.message_ids and r.receipt_type == events.ReceiptType.READ,
        )
        assert read.message_ids == [message_id]
        assert read.source.chat == bob.jid


async def test_reply_quotes_and_mentions() -> None:
    async with Server() as server, members(server, "15550003031") as (alice,):
        bob = server.add_account("15550003032")
        question = await message_with_id(alice, await bob.send_text(alice.jid, "lunch?"))
        answer_id = await alice.client.send_text(
            bob.jid, "yes @15550003032", reply_to=question, mentions=[bob.jid]
        )
        got = await phone_message(bob, answer_id)
        assert got.text == "yes @15550003032"
        context = got.message.extendedTextMessage.contextInfo
        assert context.stanzaId == question.info.id
        assert context.participant == str(bob.jid)
        assert context.quotedMessage.conversation == "lunch?"
        assert list(context.mentionedJid) == [str(bob.jid)]


async def test_reaction_edit_and_revoke() -> None:
    async with Server() as server, members(server, "15550003041") as (alice,):
        bob = server.add_account("15550003042")
        ev = await message_with_id(alice, await bob.send_text(alice.jid, "nice"))

        reaction_id = await alice.client.send_reaction(ev, "👍")
        reaction = (await phone_message(bob, reaction_id)).message.reactionMessage
        assert reaction.text == "👍"
        assert (reaction.key.id, reaction.key.remoteJid) == (ev.info.id, str(bob.jid))
        assert not reaction.key.fromMe
        removed_id = await alice.client.send_reaction_to(bob.jid, bob.jid, ev.info.id, "")
        removed = (await phone_message(bob, removed_id)).message.reactionMessage
        assert (removed.key.id, removed.text) == (ev.info.id, "")

        typo_id = await alice.client.send_text(bob.jid, "helo")
        await phone_message(bob, typo_id)
        edit_id = await alice.client.edit_message(bob.jid, typo_id, "hello")
        edit = (await phone_message(bob, edit_id)).message.protocolMessage
        assert edit.type == wa_pb2.ProtocolMessage.MESSAGE_EDIT
        assert (edit.key.id, edit.key.fromMe) == (typo_id, True)
        assert edit.editedMessage.conversation == "hello"

        revoke_id = await alice.client.revoke_message(bob.jid, typo_id)
        revoke = (await phone_message(bob, revoke_id)).message.protocolMessage
        assert revoke.type == wa_pb2.ProtocolMessage.REVOKE
        assert (revoke.key.id, revoke.key.fromMe) == (typo_id, True)


async def test_mark_read_sends_a_read_receipt_to_the_phone() -> None:
    async with Server() as server, members(server, "15550003051") as (alice,):
        bob = server.add_account("15550003052")
        first = await message_with_id(alice, await bob.send_text(alice.jid, "one"))
        second = await message_with_id(alice, await bob.send_text(alice.jid, "two"))
        await alice.client.mark_read(first, second)
        read = await phone_receipt(bob, "read")
        assert read.message_ids == [first.info.id, second.info.id]
        assert read.sender == alice.client.jid

        third = await message_with_id(alice, await bob.send_text(alice.jid, "three"))
        await alice.client.mark_read_ids(bob.jid, [third.info.id])
        assert (await phone_receipt(bob, "read")).message_ids == [third.info.id]
        with pytest.raises(wapy.InvalidArgument):
            await alice.client.mark_read_ids(bob.jid, [])


async def test_group_message_from_a_phone() -> None:
    async with Server() as server, members(server, "15550003061") as (alice,):
        bob = server.add_account("15550003062")
        group = bob.create_group([alice.jid])
        assert group.is_group
        ev = await message_with_id(alice, await bob.send_text(group, "hi all"))
        assert ev.text == "hi all"
        assert (ev.info.chat, ev.info.sender, ev.info.is_group) == (group, bob.jid, True)


async def test_undecryptable_then_retried() -> None:
    async with Server() as server, members(server, "15550003071") as (alice,):
        bob = server.add_account("15550003072")
        await message_with_id(alice, await bob.send_text(alice.jid, "warm up"))
        bob.inject_fault("undecryptable")
        message_id = await bob.send_text(alice.jid, "garbled")
        failed = await alice.next(events.UndecryptableMessage)
        assert failed.info.id == message_id
        assert not failed.is_unavailable
        assert failed.decrypt_fail_mode == events.DecryptFailMode.SHOW
        # The retry receipt makes the phone resend; the message arrives.
        ev = await message_with_id(alice, message_id)
        assert ev.text == "garbled"
        retry = await phone_receipt(bob, "retry")
        assert retry.message_ids == [message_id]
        with pytest.raises(wapy.InvalidArgument):
            bob.inject_fault("late")  # type: ignore[arg-type]


async def test_lost_session_is_rebuilt() -> None:
    async with Server() as server, members(server, "15550003081") as (alice,):
        bob = server.add_account("15550003082")
        await message_with_id(alice, await bob.send_text(alice.jid, "first"))
        device = alice.client.jid
        assert device is not None
        bob.drop_session(device)
        ev = await message_with_id(alice, await bob.send_text(alice.jid, "new session"))
        assert ev.text == "new session"


async def test_identity_change_resets_the_session_and_messages_flow() -> None:
    async with Server() as server, members(server, "15550003091") as (alice,):
        bob = server.add_account("15550003092")
        await message_with_id(alice, await bob.send_text(alice.jid, "before"))
        bob.change_identity()
        change = await alice.next(events.IdentityChange)
        assert change.user == bob.jid
        assert not change.implicit
        message_id = await alice.client.send_text(bob.jid, "after the change")
        assert (await phone_message(bob, message_id)).text == "after the change"
        ev = await message_with_id(alice, await bob.send_text(alice.jid, "new identity"))
        assert ev.text == "new identity"


async def test_messages_sent_while_away_arrive_after_reconnect(tmp_path: Path) -> None:
    store = tmp_path / "alice.db"
    async with Server() as server:
        alice = server.add_account("15550003091")
        bob = server.add_account("15550003092")
        first = server.client(store)
        device = alice.provision(first)
        await first.connect()
        await until(lambda: server.is_online(device))
        await first.aclose()
        await until(lambda: not server.is_online(device))

        sent = await bob.send_texts(alice.jid, ["while", "you", "were", "away"])
        assert server.pending_messages(device) == 4

        second = server.client(store)
        try:
            async with second.events(events.Message) as stream:
                await second.connect()
                got = []
                with anyio.fail_after(GUARD):
                    async for ev in stream:
                        got.append((ev.info.id, ev.text))
                        if len(got) == len(sent):
                            break
            assert got == list(zip(sent, ["while", "you", "were", "away"], strict=True))
            await until(lambda: server.pending_messages(device) == 0)
        finally:
            await second.aclose()


async def test_unacknowledged_send_raises() -> None:
    async with Server() as server:
        alice = server.add_account("15550003101")
        bob = server.add_account("15550003102")
        client = server.client(request_timeout=0.5)
        try:
            device = alice.provision(client)
            await client.connect()
            # Device lists and sessions are in place: only the ack is missing.
            await client.send_text(bob.jid, "first")
            assert server.freeze(device)
            # The connection applies the freeze asynchronously: a send racing
            # it may still be acknowledged (and then returns normally); once
            # it is applied, every send raises instead of returning.
            raised: wapy.SendError | None = None
            with anyio.fail_after(GUARD):
                while raised is None:
                    try:
                        await client.send_text(bob.jid, "into the void")
                    except wapy.SendError as error:
                        raised = error
            assert isinstance(raised, wapy.NotAcknowledged)
            assert not isinstance(raised, wapy.NotConnected)
        finally:
            await client.aclose()


async def test_send_without_a_connection_raises() -> None:
    async with Server() as server:
        alice = server.add_account("15550003111")
        bob = server.add_account("15550003112")
        client = server.client()
        try:
            with pytest.raises(wapy.SendNotConnected):
                await client.send_text(bob.jid, "unpaired")
            alice.provision(client)
            with pytest.raises(wapy.SendNotConnected) as raised:
                await client.send_text(bob.jid, "not connected")
            assert isinstance(raised.value, wapy.NotConnected)
            assert isinstance(raised.value, wapy.SendError)
            with pytest.raises(wapy.SendError):
                await client.mark_read_ids(bob.jid, ["3EB0AA"])
        finally:
            await client.aclose()


async def test_bad_arguments_are_typed_errors() -> None:
    async with Server() as server, members(server, "15550003121") as (alice,):
        with pytest.raises(TypeError):
            await alice.client.send_message(alice.jid, "text")  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            await alice.client.send_text(15550003121, "hi")  # type: ignore[arg-type]
        with pytest.raises(wapy.InvalidArgument):
            await alice.client.send_message(alice.jid, ProtoMessage(), message_id="")
        # Bytes that are no Message are refused at the boundary.
        core = alice.client._core
        with pytest.raises(wapy.InvalidArgument):
            await call(lambda waker: _core.send_message(core, waker, alice.jid, b"\x0a\xff"))
        with pytest.raises(wapy.EmulatorError):
            await alice.phone.next_message(timeout=0)


async def test_group_read_receipt_and_unknown_recipient() -> None:
    async with Server() as server, members(server, "15550003131") as (alice,):
        bob = server.add_account("15550003132")
        group = bob.create_group([alice.jid])
        chosen = "3EB0C0FFEE000000000001"
        sent = await bob.send_message(group, ProtoMessage(conversation="read me"), id=chosen)
        assert sent == chosen
        ev = await message_with_id(alice, chosen)
        await alice.client.mark_read(ev)
        read = await phone_receipt(bob, "read")
        assert read.message_ids == [chosen]

        nobody = wapy.Jid.parse("15559999999@s.whatsapp.net")
        with pytest.raises(wapy.SendError) as raised:
            await alice.client.send_text(nobody, "anyone?")
        assert type(raised.value) is wapy.SendError
