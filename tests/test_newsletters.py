"""Newsletters over real sockets against the emulator, on asyncio and trio:
metadata, follow/unfollow/mute, history, live updates that are renewed
before they lapse and stop when cancelled, and posts that reach the
followers' devices (also those offline when it was posted)."""

from __future__ import annotations

import datetime
from pathlib import Path

import anyio
import pytest

import wapy
from wapy import events, proto
from wapy.testing import Server

from .members import GUARD, members, until

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


async def test_metadata_follow_mute_and_history() -> None:
    async with Server() as server, members(server, "15550004001") as (alice,):
        channel = server.create_newsletter("News", "daily")
        first = server.post_newsletter_message(channel, "hello")
        second = server.post_newsletter_message(channel, proto.Message(conversation="world"))
        assert first is not None and second == first + 1

        info = await alice.client.get_newsletter_info(channel)
        assert isinstance(info, wapy.NewsletterInfo)
        assert (info.jid, info.name, info.description) == (channel, "News", "daily")

        await alice.client.follow_newsletter(channel)
        state = server.newsletter(channel)
        assert state is not None and state.followers == [alice.phone.phone_number]
        await alice.client.mute_newsletter(channel)
        assert (await alice.client.get_newsletter_info(channel)).muted is True
        await alice.client.mute_newsletter(channel, False)
        assert (await alice.client.get_newsletter_info(channel)).muted is False

        messages = await alice.client.get_newsletter_messages(channel, 10)
        assert [m.server_id for m in messages] == [second, first]
        assert all(isinstance(m, wapy.NewsletterMessage) for m in messages)
        assert [m.message.conversation for m in messages if m.message] == ["world", "hello"]
        older = await alice.client.get_newsletter_messages(channel, 10, before=second)
        assert [m.server_id for m in older] == [first]

        await alice.client.unfollow_newsletter(channel)
        state = server.newsletter(channel)
        assert state is not None and state.followers == []
        with pytest.raises(wapy.RequestError):
            await alice.client.follow_newsletter(wapy.Jid("1", "newsletter"))


async def test_live_updates_renew_before_expiry_and_stop_when_cancelled() -> None:
    async with Server() as server, members(server, "15550004011") as (alice,):
        channel = server.create_newsletter("Live", "")
        post = server.post_newsletter_message(channel, "x")
        assert post is not None
        granted = await alice.client.subscribe_live_updates(channel)
        assert granted == datetime.timedelta(seconds=300), "the server's duration"

        server.set_newsletter_live_duration(2)
        assert await alice.client.subscribe_live_updates(channel) == datetime.timedelta(seconds=2)
        assert alice.client.has_live_updates(channel)
        assert server.react_to_newsletter_message(channel, post, "👍") == 1
        update = await alice.next(events.NewsletterLiveUpdate)
        assert update.newsletter_jid == channel
        assert [m.server_id for m in update.messages] == [post]
        assert [(r.code, r.count) for r in update.messages[0].reactions] == [("👍", 1)]

        # Renewed before the 2 s grant lapsed, repeatedly: still subscribed.
        def renewed() -> bool:
            state = server.newsletter(channel)
            return state is not None and state.live_requests >= 4

        await until(renewed)
        assert server.react_to_newsletter_message(channel, post, "🔥") == 1
        update = await alice.next(events.NewsletterLiveUpdate)
        counts = {r.code: r.count for r in update.messages[0].reactions}
        assert counts == {"👍": 1, "🔥": 1}

        assert alice.client.cancel_live_updates(channel)
        assert not alice.client.has_live_updates(channel)
        assert not alice.client.cancel_live_updates(channel)
        # Without renewals the subscription lapses on the server.
        await until(lambda: server.react_to_newsletter_message(channel, post, "👀") == 0, 0.1)
        assert server.react_to_newsletter_message(channel, post, "x") == 0


async def test_admin_posts_and_others_are_refused() -> None:
    async with (
        Server() as server,
        members(server, "15550004031", "15550004032") as (alice, bob),
    ):
        channel = server.create_newsletter("Alice's", "Posts")
        assert server.set_newsletter_admin(channel, alice.jid)
        assert (await alice.client.get_newsletter_info(channel)).role == "admin"
        await bob.client.subscribe_live_updates(channel)

        message_id, server_id = await alice.client.send_newsletter_message(channel, "first post")
        assert server_id == 100 and message_id
        update = await bob.next(events.NewsletterLiveUpdate)
        assert update.newsletter_jid == channel
        assert [m.server_id for m in update.messages] == [server_id]

        caption = proto.Message(extendedTextMessage=proto.ExtendedTextMessage(text="second post"))
        second_id, second_server_id = await alice.client.send_newsletter_message(channel, caption)
        assert second_server_id == 101
        third_id = await alice.client.send_text(channel, "third post")

        history = await bob.client.get_newsletter_messages(channel)
        assert [(m.server_id, m.id) for m in history] == [
            (102, third_id),
            (101, second_id),
            (100, message_id),
        ]
        assert history[2].message is not None
        assert history[2].message.conversation == "first post"
        assert history[1].message == caption

        with pytest.raises(wapy.MessageRejected) as refused:
            await bob.client.send_newsletter_message(channel, "not mine")
        assert refused.value.code == "403"
        snapshot = server.newsletter(channel)
        assert snapshot is not None and len(snapshot.messages) == 3
        assert not server.set_newsletter_admin(wapy.Jid("120363999", "newsletter"), alice.jid)


async def test_posts_reach_followers_only_and_wait_for_offline_ones(tmp_path: Path) -> None:
    async with (
        Server() as server,
        members(server, "15550004041", "15550004042", "15550004043") as (alice, bob, carol),
    ):
        channel = server.create_newsletter("Posts", "")
        assert server.set_newsletter_admin(channel, alice.jid)
        await bob.client.follow_newsletter(channel)

        message_id, server_id = await alice.client.send_newsletter_message(channel, "first post")
        ev = await bob.next(events.Message)
        assert (ev.text, ev.info.id, ev.info.server_id) == ("first post", message_id, server_id)
        assert (ev.info.chat, ev.info.sender) == (channel, channel)
        assert not ev.info.is_from_me and not ev.info.is_group
        assert ev.info.message_type == "text"

        second = server.post_newsletter_message(channel, "from the server")
        ev = await bob.next(events.Message)
        assert (ev.text, ev.info.chat, ev.info.server_id) == ("from the server", channel, second)
        image = proto.Message(imageMessage=proto.ImageMessage(caption="a picture"))
        picture = server.post_newsletter_message(channel, image)
        ev = await bob.next(events.Message)
        assert (ev.message, ev.info.server_id) == (image, picture)
        assert (ev.info.message_type, ev.info.media_type) == ("media", "image")

        # Carol follows only now: the first message she sees is the next post.
        await carol.client.follow_newsletter(channel)
        third = server.post_newsletter_message(channel, "third")
        ev = await carol.next(events.Message)
        assert (ev.text, ev.info.chat, ev.info.server_id) == ("third", channel, third)

        ev = await bob.next(events.Message)
        assert (ev.text, ev.info.server_id) == ("third", third)

        # Bob unfollows: the post meanwhile never reaches him.
        await bob.client.unfollow_newsletter(channel)
        server.post_newsletter_message(channel, "while unfollowed")
        await bob.client.follow_newsletter(channel)
        fifth = server.post_newsletter_message(channel, "followed again")
        ev = await bob.next(events.Message)
        assert (ev.text, ev.info.server_id) == ("followed again", fifth)

        # Dave follows, goes offline, and gets the post when he is back.
        dave = server.add_account("15550004044")
        store = tmp_path / "dave.db"
        first = server.client(store)
        device = dave.provision(first)
        await first.connect()
        await first.follow_newsletter(channel)
        await first.aclose()
        await until(lambda: not server.is_online(device))
        away_id, away = await alice.client.send_newsletter_message(channel, "while away")
        assert server.pending_messages(device) == 1

        second_client = server.client(store)
        try:
            async with second_client.events(events.Message) as stream:
                await second_client.connect()
                with anyio.fail_after(GUARD):
                    ev = await stream.__anext__()
            assert (ev.text, ev.info.id, ev.info.server_id) == ("while away", away_id, away)
            assert ev.info.chat == channel
            await until(lambda: server.pending_messages(device) == 0)
        finally:
            await second_client.aclose()


async def test_create_newsletter_then_post_and_update() -> None:
    async with (
        Server() as server,
        members(server, "15550004051", "15550004052") as (alice, bob),
    ):
        created = await alice.client.create_newsletter(
            "Alice's news", "All about it", picture=b"\xff\xd8\xff\xe0 a JPEG picture"
        )
        assert isinstance(created, wapy.NewsletterInfo)
        channel = created.jid
        assert channel.server == "newsletter"
        assert (created.name, created.description, created.role, created.subscribers) == (
            "Alice's news",
            "All about it",
            "owner",
            1,
        )
        assert created.picture_id is not None
        fetched = await alice.client.get_newsletter_info(channel)
        assert (fetched.jid, fetched.name, fetched.description, fetched.role) == (
            channel,
            "Alice's news",
            "All about it",
            "owner",
        )
        assert fetched.picture_id == created.picture_id
        state = server.newsletter(channel)
        assert state is not None and state.followers == [alice.phone.phone_number]

        await bob.client.follow_newsletter(channel)
        message_id, server_id = await alice.client.send_newsletter_message(channel, "launch")
        ev = await bob.next(events.Message)
        assert (ev.text, ev.info.id, ev.info.chat, ev.info.server_id) == (
            "launch",
            message_id,
            channel,
            server_id,
        )

        untitled = await alice.client.create_newsletter("Untitled")
        assert (untitled.name, untitled.description, untitled.picture_id) == ("Untitled", "", None)
        assert untitled.jid != channel

        renamed = await alice.client.update_newsletter(channel, name="Renamed")
        assert (renamed.name, renamed.description) == ("Renamed", "All about it")
        described = await alice.client.update_newsletter(channel, description="New words")
        assert (described.name, described.description) == ("Renamed", "New words")
        seen = await bob.client.get_newsletter_info(channel)
        assert (seen.name, seen.description, seen.role) == ("Renamed", "New words", "subscriber")

        with pytest.raises(wapy.RequestError):
            await bob.client.update_newsletter(channel, name="Bob's now")
        state = server.newsletter(channel)
        assert state is not None and state.name == "Renamed"
        with pytest.raises(wapy.InvalidArgument):
            await alice.client.create_newsletter(" ")
        with pytest.raises(wapy.InvalidArgument):
            await alice.client.create_newsletter("Blank", picture=b"")
        with pytest.raises(wapy.InvalidArgument):
            await alice.client.update_newsletter(channel)
