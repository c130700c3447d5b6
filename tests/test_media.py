"""The media API of wapy.Client over real sockets against the emulator, on
asyncio and trio: media messages between two clients with their fields,
downloads into memory and to a path, a corrupted or removed blob, and
progress reports both ways."""

from __future__ import annotations

import hashlib
import os
import struct
import zlib
from pathlib import Path

import anyio
import pytest

import wapy
from wapy import events, proto
from wapy.testing import Server

from .members import Member, members

pytestmark = pytest.mark.anyio


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def png(width: int, height: int, extra: int) -> bytes:
    """A PNG signature and IHDR of ``width`` x ``height``, then filler."""
    header = b"\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR"
    size = width.to_bytes(4, "big") + height.to_bytes(4, "big")
    return header + size + bytes([8, 6, 0, 0, 0, 0, 0, 0, 0]) + bytes(i % 251 for i in range(extra))


def real_png(width: int, height: int) -> bytes:
    """A decodable RGB PNG of ``width`` x ``height`` (a colour gradient)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(
        b"\0" + bytes(v for x in range(width) for v in (x % 256, y % 256, 90))
        for y in range(height)
    )
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def jpeg_size(data: bytes) -> tuple[int, int]:
    """Width and height from a JPEG's start-of-frame segment."""
    assert data[:2] == b"\xff\xd8" and data[-2:] == b"\xff\xd9", data[:4]
    at = 2
    while at + 4 <= len(data):
        marker, length = data[at + 1], struct.unpack(">H", data[at + 2 : at + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2):
            height, width = struct.unpack(">HH", data[at + 5 : at + 9])
            return width, height
        at += 2 + length
    raise AssertionError("no start-of-frame segment")


def ogg_opus(seconds: int, payload: int) -> bytes:
    """An Ogg Opus stream of ``seconds`` seconds (first and last page)."""
    first = b"OggS\0\x02" + bytes(8) + bytes(13) + b"OpusHead\x01\x01"
    first += (312).to_bytes(2, "little") + bytes(7)
    last = b"OggS\0\x04" + (seconds * 48_000 + 312).to_bytes(8, "little") + bytes(40)
    return first + bytes([5]) * payload + last


def encrypted_size(plain: int) -> int:
    """AES-CBC with PKCS#7 padding plus the 10-byte MAC."""
    return (plain // 16 + 1) * 16 + 10


class Recorder:
    """A progress callback keeping every report."""

    def __init__(self) -> None:
        self.seen: list[tuple[int, int | None]] = []

    def __call__(self, done: int, total: int | None) -> None:
        self.seen.append((done, total))

    def check(self, total: int) -> None:
        assert self.seen, "no progress report"
        dones = [done for done, _ in self.seen]
        assert dones == sorted(set(dones)), self.seen
        assert self.seen[-1] == (total, total)


async def received(member: Member) -> events.Message:
    return await member.next(events.Message)


async def test_image_with_caption_and_dimensions_round_trips() -> None:
    async with Server() as server, members(server, "15550004001", "15550004002") as (alice, bob):
        image = png(640, 480, 30_000)
        sent = await alice.client.send_image(
            bob.jid, image, caption="sunset", thumbnail=b"\xff\xd8\xff\xe0thumb"
        )
        ev = await received(bob)
        assert ev.info.id == sent
        got = ev.message.imageMessage
        assert (got.caption, got.mimetype) == ("sunset", "image/png")
        assert (got.width, got.height) == (640, 480)
        assert got.fileLength == len(image)
        assert got.jpegThumbnail == b"\xff\xd8\xff\xe0thumb"
        assert got.directPath.startswith("/") and got.url
        assert len(got.mediaKey) == 32 and len(got.fileSha256) == 32
        assert len(got.fileEncSha256) == 32 and got.mediaKeyTimestamp > 0
        assert await bob.client.download(ev) == image
        # The media part alone downloads too (no media retry then).
        assert await bob.client.download(got) == image

        # Caller-given values win over the header.
        await alice.client.send_image(bob.jid, image, mimetype="image/x-test", width=64, height=48)
        got = (await received(bob)).message.imageMessage
        assert (got.mimetype, got.width, got.height) == ("image/x-test", 64, 48)


async def test_document_from_a_path_and_download_to(tmp_path: Path) -> None:
    async with Server() as server, members(server, "15550004011", "15550004012") as (alice, bob):
        content = b"%PDF-1.7\n" + bytes(range(256)) * 80
        source = tmp_path / "minutes.pdf"
        source.write_bytes(content)
        await alice.client.send_document(bob.jid, source, title="Minutes", page_count=2)
        ev = await received(bob)
        got = ev.message.documentMessage
        assert (got.fileName, got.mimetype) == ("minutes.pdf", "application/pdf")
        assert (got.title, got.pageCount, got.fileLength) == ("Minutes", 2, len(content))
        target = tmp_path / "out" / "copy.pdf"
        target.parent.mkdir()
        assert await bob.client.download_to(ev, target) == target
        assert target.read_bytes() == content

        await alice.client.send_document(bob.jid, b"plain", filename="a.txt", caption="see")
        ev = await received(bob)
        assert not ev.message.HasField("documentMessage")
        got = ev.message.documentWithCaptionMessage.message.documentMessage
        assert (got.fileName, got.caption) == ("a.txt", "see")
        assert await bob.client.download(ev) == b"plain"


async def test_voice_note_is_ptt_with_its_duration() -> None:
    async with Server() as server, members(server, "15550004021", "15550004022") as (alice, bob):
        voice = ogg_opus(4, 6_000)
        await alice.client.send_audio(bob.jid, voice, ptt=True)
        ev = await received(bob)
        got = ev.message.audioMessage
        assert got.ptt and got.seconds == 4
        assert got.mimetype == "audio/ogg; codecs=opus"
        assert await bob.client.download(ev) == voice

        await alice.client.send_audio(bob.jid, b"\xff\xfb\x90\x00" * 100, seconds=9)
        got = (await received(bob)).message.audioMessage
        assert (got.ptt, got.seconds, got.mimetype) == (False, 9, "audio/mpeg")


async def test_corrupted_and_removed_blobs_are_typed_errors(tmp_path: Path) -> None:
    async with Server() as server, members(server, "15550004031", "15550004032") as (alice, bob):
        await alice.client.send_video(bob.jid, bytes(range(256)) * 200, mimetype="video/mp4")
        ev = await received(bob)
        server.corrupt_media(ev.message.videoMessage.directPath)
        with pytest.raises(wapy.MediaIntegrityError):
            await bob.client.download(ev)
        target = tmp_path / "clip.mp4"
        with pytest.raises(wapy.MediaIntegrityError):
            await bob.client.download_to(ev, target)
        assert [entry async for entry in anyio.Path(tmp_path).iterdir()] == []

        await alice.client.send_sticker(bob.jid, b"RIFF\0\0\0\0WEBP" + bytes(500))
        ev = await received(bob)
        assert server.remove_media(ev.message.stickerMessage.directPath)
        assert not server.remove_media(ev.message.stickerMessage.directPath)
        with pytest.raises(wapy.MediaGone):
            await bob.client.download(ev.message)
        with pytest.raises(wapy.EmulatorError):
            server.corrupt_media("/no/such/file")


async def test_progress_reports_grow_to_the_total_both_ways(tmp_path: Path) -> None:
    async with Server() as server, members(server, "15550004041", "15550004042") as (alice, bob):
        data = bytes(i % 241 for i in range(300_000))
        total = encrypted_size(len(data))
        up = Recorder()
        await alice.client.send_document(bob.jid, data, filename="big.bin", progress=up)
        up.check(total)
        ev = await received(bob)
        down = Recorder()
        assert await bob.client.download(ev, progress=down) == data
        down.check(total)
        to_file = Recorder()
        target = await bob.client.download_to(ev, tmp_path / "big.bin", progress=to_file)
        to_file.check(total)
        assert target.read_bytes() == data


def status_kib(field: str) -> int:
    """A ``/proc/self/status`` figure (``VmRSS``, ``VmHWM``) in KiB."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise AssertionError(f"no {field} in /proc/self/status")


def reset_peak_rss() -> None:
    """Resets the process's peak RSS to its current RSS (Linux ``clear_refs`` 5)."""
    with open("/proc/self/clear_refs", "w") as clear_refs:
        clear_refs.write("5")


def sha256_of(path: Path) -> bytes:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while piece := file.read(1 << 20):
            digest.update(piece)
    return digest.digest()


async def test_a_large_file_streams_both_ways_with_bounded_memory(tmp_path: Path) -> None:
    """A file far larger than the memory the transfer may use (200 MiB unless
    ``WAPY_MEDIA_BIG_MB`` says otherwise) goes from a path to the server and
    back into a path; the process's peak resident memory (client, HTTP on
    both sides and the emulator's media server all live here) grows by far
    less than the file."""
    mib = int(os.environ.get("WAPY_MEDIA_BIG_MB", "200"))
    source = tmp_path / "big.bin"
    digest = hashlib.sha256()
    with source.open("wb") as file:
        for _ in range(mib):
            piece = os.urandom(1 << 20)
            digest.update(piece)
            file.write(piece)
    del piece
    size = mib << 20
    async with Server() as server, members(server, "15550004061", "15550004062") as (alice, bob):
        reset_peak_rss()
        baseline = status_kib("VmRSS")
        up = Recorder()
        await alice.client.send_document(bob.jid, source, progress=up)
        up.check(encrypted_size(size))
        ev = await received(bob)
        assert ev.message.documentMessage.fileLength == size
        target = await bob.client.download_to(ev, tmp_path / "copy.bin")
        growth_mib = (status_kib("VmHWM") - baseline) // 1024
        assert target.stat().st_size == size
        assert sha256_of(target) == digest.digest()
        print(f"{mib} MiB round trip: peak RSS grew by {growth_mib} MiB")
        assert growth_mib < 64, f"peak RSS grew by {growth_mib} MiB for a {mib} MiB file"


async def test_bad_arguments(tmp_path: Path) -> None:
    async with Server() as server, members(server, "15550004051") as [alice]:
        with pytest.raises(wapy.MediaSourceError):
            await alice.client.send_image(alice.jid, tmp_path / "missing.jpg")
        with pytest.raises(wapy.InvalidArgument):
            await alice.client.download(proto.Message(conversation="no media"))
        with pytest.raises(TypeError):
            await alice.client.download(proto.ContextInfo())  # type: ignore[arg-type]
        with pytest.raises(TypeError):
            await alice.client.download(b"bytes")  # type: ignore[arg-type]
        with pytest.raises(wapy.InvalidArgument):
            await alice.client.send_image(alice.jid, b"x", thumbnail=bytes(200_000))


async def test_a_raising_progress_callback_cancels_the_transfer() -> None:
    async with Server() as server, members(server, "15550004061", "15550004062") as (alice, bob):

        def stop(done: int, total: int | None) -> None:
            raise RuntimeError(f"stopped at {done} of {total}")

        with pytest.raises(RuntimeError, match="stopped at"):
            await alice.client.send_document(bob.jid, bytes(100_000), progress=stop)
        # The client stays usable.
        await alice.client.send_document(bob.jid, b"after", filename="after.txt")
        ev = await received(bob)
        assert ev.message.documentMessage.fileName == "after.txt"


def media_context(message: proto.Message) -> proto.ContextInfo:
    for name in ("imageMessage", "videoMessage", "audioMessage", "documentMessage"):
        if message.HasField(name):
            context: proto.ContextInfo = getattr(message, name).contextInfo
            return context
    raise AssertionError(f"no media in {message}")


async def test_replies_mentions_and_thumbnails_reach_the_phone() -> None:
    async with Server() as server, members(server, "15550004101") as (alice,):
        carol = server.add_account("15550004102")
        await carol.send_text(alice.jid, "what does it look like?")
        question = await received(alice)
        dave = "15550004103@s.whatsapp.net"

        await alice.client.send_image(
            carol.jid, real_png(320, 240), caption="like this", reply_to=question, mentions=[dave]
        )
        got = (await carol.next_message(timeout=20)).message
        image = got.imageMessage
        assert (image.width, image.height) == (320, 240)
        assert jpeg_size(image.jpegThumbnail) == (32, 24)
        context = media_context(got)
        assert context.stanzaId == question.info.id
        assert context.participant == str(question.info.sender.to_non_ad())
        assert context.quotedMessage.conversation == "what does it look like?"
        assert list(context.mentionedJid) == [dave]

        # A thumbnail given for a document travels as given, with its size.
        given = image.jpegThumbnail
        await alice.client.send_document(
            carol.jid, b"%PDF-1.7 notes", thumbnail=given, mentions=[carol.jid]
        )
        got = (await carol.next_message(timeout=20)).message
        assert got.documentMessage.jpegThumbnail == given
        assert (got.documentMessage.thumbnailWidth, got.documentMessage.thumbnailHeight) == (32, 24)
        assert list(media_context(got).mentionedJid) == [str(carol.jid)]
        assert not media_context(got).HasField("stanzaId")

        await alice.client.send_audio(carol.jid, ogg_opus(2, 500), ptt=True, reply_to=question)
        got = (await carol.next_message(timeout=20)).message
        assert got.audioMessage.ptt
        assert media_context(got).stanzaId == question.info.id

        with pytest.raises(TypeError):
            await alice.client.send_image(carol.jid, b"x", reply_to="not a message")  # type: ignore[arg-type]
