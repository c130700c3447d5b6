"""The media API of :class:`wapy.Client` (a mixin of it).

Sending: :meth:`~MediaMixin.send_image`, :meth:`~MediaMixin.send_video`,
:meth:`~MediaMixin.send_audio`, :meth:`~MediaMixin.send_document` and
:meth:`~MediaMixin.send_sticker` take the file's bytes or a path (a path is
streamed: a file of any size is never held in memory), encrypt and upload
it, and send the message once the server acknowledged it; they return the
message id. The MIME type is read from the file's magic bytes unless given,
and so are image and video dimensions (JPEG, PNG, GIF, WebP, MP4), video and
Ogg Opus durations and animated WebP stickers. Images get a generated
``jpegThumbnail`` (32 pixels wide, as WhatsApp's clients make them) unless a
``thumbnail`` (a small JPEG) is given; videos and documents carry the
``thumbnail`` given. Every send takes ``reply_to`` (a received
:class:`wapy.events.Message` to quote) and ``mentions`` (the users the
caption mentions), as :meth:`wapy.Client.send_text` does.

Receiving: :meth:`~MediaMixin.download` and :meth:`~MediaMixin.download_to`
take a :class:`wapy.events.Message` (then a file the server no longer has is
asked from the sender's phone again) or a protobuf message (``Message``,
``ImageMessage``, ``VideoMessage``...). Nothing is returned, and nothing is
left at the destination path, unless the MAC, both hashes and the length
match.

Progress: ``progress(done, total)`` is called on the event loop thread with
the bytes transferred so far (of the encrypted file, a few bytes larger than
the original) and the total (``None`` if unknown); counts only increase and
the last call reports the whole file.

Errors: :class:`wapy.MediaIntegrityError` (the file does not match the
message: MAC, hash or length), :class:`wapy.MediaGone` (404/410, media retry
failed), :class:`wapy.MediaTransferError` (network, HTTP status),
:class:`wapy.MediaSourceError` (the file to send cannot be read),
:class:`wapy.NotConnected`, :class:`wapy.InvalidArgument`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import _core
from ._call import ProgressFn, call_with_progress
from ._core import Jid
from ._messaging import _jid
from .events import Message as MessageEvent
from .proto import wa_pb2 as _pb

__all__ = ["MediaMixin", "MediaProto", "ProgressFn"]

MediaProto = (
    _pb.Message
    | _pb.ImageMessage
    | _pb.VideoMessage
    | _pb.AudioMessage
    | _pb.DocumentMessage
    | _pb.StickerMessage
)
"""A protobuf message whose media can be downloaded."""

_MEDIA_PROTOS = (
    _pb.Message,
    _pb.ImageMessage,
    _pb.VideoMessage,
    _pb.AudioMessage,
    _pb.DocumentMessage,
    _pb.StickerMessage,
)

Source = bytes | bytearray | memoryview | str | os.PathLike[str]
"""The file to send: its bytes, or a path."""


def _source(data_or_path: Source) -> tuple[bytes | None, str | None]:
    if isinstance(data_or_path, bytes | bytearray | memoryview):
        return bytes(data_or_path), None
    return None, os.fspath(data_or_path)


class MediaMixin:
    """Media sends and downloads; see :class:`wapy.Client`."""

    _core: _core.ClientCore

    async def _send(
        self,
        kind: str,
        chat: Jid,
        data_or_path: Source,
        progress: ProgressFn | None,
        reply_to: MessageEvent | None,
        mentions: Sequence[Jid | str],
        **fields: Any,
    ) -> str:
        data, path = _source(data_or_path)
        if reply_to is not None:
            if not isinstance(reply_to, MessageEvent):
                raise TypeError(
                    f"reply_to must be a wapy.events.Message, got {type(reply_to).__name__}"
                )
            fields["reply_id"] = reply_to.info.id
            fields["reply_sender"] = reply_to.info.sender
            fields["reply_message"] = reply_to.message.SerializeToString()
        fields["mentions"] = [_jid(jid, "mention") for jid in mentions]
        message_id: str = await call_with_progress(
            lambda waker, cell: _core.send_media(
                self._core, waker, chat, kind, data, path, cell, **fields
            ),
            progress,
        )
        return message_id

    async def send_image(
        self,
        chat: Jid,
        data_or_path: Source,
        *,
        caption: str | None = None,
        mimetype: str | None = None,
        thumbnail: bytes | None = None,
        width: int | None = None,
        height: int | None = None,
        reply_to: MessageEvent | None = None,
        mentions: Sequence[Jid | str] = (),
        recipients: Sequence[Jid | str] = (),
        progress: ProgressFn | None = None,
    ) -> str:
        """Sends an image; ``width``/``height`` are read from JPEG, PNG, GIF
        and WebP headers unless given; ``thumbnail`` is a small JPEG,
        generated from the image (JPEG, PNG, WebP) when not given.

        Sent to ``status@broadcast``, it is a status update seen by
        ``recipients`` (users) and this account's other devices."""
        return await self._send(
            "image",
            chat,
            data_or_path,
            progress,
            reply_to,
            mentions,
            recipients=[_jid(jid, "recipient") for jid in recipients],
            caption=caption,
            mimetype=mimetype,
            thumbnail=thumbnail,
            width=width,
            height=height,
        )

    async def send_video(
        self,
        chat: Jid,
        data_or_path: Source,
        *,
        caption: str | None = None,
        mimetype: str | None = None,
        thumbnail: bytes | None = None,
        width: int | None = None,
        height: int | None = None,
        seconds: int | None = None,
        gif_playback: bool = False,
        reply_to: MessageEvent | None = None,
        mentions: Sequence[Jid | str] = (),
        recipients: Sequence[Jid | str] = (),
        progress: ProgressFn | None = None,
    ) -> str:
        """Sends a video; size and duration are read from an MP4 unless
        given; ``gif_playback`` shows it as a looping GIF.

        Sent to ``status@broadcast``, it is a status update seen by
        ``recipients`` (users) and this account's other devices."""
        return await self._send(
            "video",
            chat,
            data_or_path,
            progress,
            reply_to,
            mentions,
            recipients=[_jid(jid, "recipient") for jid in recipients],
            caption=caption,
            mimetype=mimetype,
            thumbnail=thumbnail,
            width=width,
            height=height,
            seconds=seconds,
            gif_playback=gif_playback,
        )

    async def send_audio(
        self,
        chat: Jid,
        data_or_path: Source,
        *,
        ptt: bool = False,
        seconds: int | None = None,
        mimetype: str | None = None,
        reply_to: MessageEvent | None = None,
        mentions: Sequence[Jid | str] = (),
        progress: ProgressFn | None = None,
    ) -> str:
        """Sends audio; ``ptt=True`` sends a voice note (Ogg Opus, as
        WhatsApp records them). ``seconds`` is read from Ogg Opus files
        unless given."""
        return await self._send(
            "audio",
            chat,
            data_or_path,
            progress,
            reply_to,
            mentions,
            ptt=ptt,
            seconds=seconds,
            mimetype=mimetype,
        )

    async def send_document(
        self,
        chat: Jid,
        data_or_path: Source,
        *,
        filename: str | None = None,
        caption: str | None = None,
        title: str | None = None,
        page_count: int | None = None,
        mimetype: str | None = None,
        thumbnail: bytes | None = None,
        reply_to: MessageEvent | None = None,
        mentions: Sequence[Jid | str] = (),
        progress: ProgressFn | None = None,
    ) -> str:
        """Sends a document; ``filename`` defaults to the path's file name
        (``file`` for bytes)."""
        return await self._send(
            "document",
            chat,
            data_or_path,
            progress,
            reply_to,
            mentions,
            file_name=filename,
            caption=caption,
            title=title,
            page_count=page_count,
            mimetype=mimetype,
            thumbnail=thumbnail,
        )

    async def send_sticker(
        self,
        chat: Jid,
        data_or_path: Source,
        *,
        mimetype: str | None = None,
        width: int | None = None,
        height: int | None = None,
        animated: bool | None = None,
        reply_to: MessageEvent | None = None,
        mentions: Sequence[Jid | str] = (),
        progress: ProgressFn | None = None,
    ) -> str:
        """Sends a sticker (WebP); size and animation are read from the
        WebP header unless given."""
        return await self._send(
            "sticker",
            chat,
            data_or_path,
            progress,
            reply_to,
            mentions,
            mimetype=mimetype,
            width=width,
            height=height,
            animated=animated,
        )

    async def _download(
        self,
        message: MessageEvent | MediaProto,
        path: str | None,
        progress: ProgressFn | None,
    ) -> Any:
        info: _core.MessageInfo | None = None
        if isinstance(message, MessageEvent):
            info = message.info
            proto: MediaProto = message.message
        elif isinstance(message, _MEDIA_PROTOS):
            proto = message
        else:
            raise TypeError(
                "download takes a wapy.events.Message, or a wapy.proto Message or "
                f"media message (ImageMessage...), not {type(message).__name__}"
            )
        name = proto.DESCRIPTOR.name
        encoded = proto.SerializeToString()
        return await call_with_progress(
            lambda waker, cell: _core.download_media(
                self._core, waker, name, encoded, info, path, cell
            ),
            progress,
        )

    async def download(
        self,
        message: MessageEvent | MediaProto,
        *,
        progress: ProgressFn | None = None,
    ) -> bytes:
        """The decrypted, verified media of ``message`` (an event, a
        ``Message`` or one of its media parts), in memory. For files too
        large for memory use :meth:`download_to`."""
        data: bytes = await self._download(message, None, progress)
        return data

    async def download_to(
        self,
        message: MessageEvent | MediaProto,
        path: str | os.PathLike[str],
        *,
        progress: ProgressFn | None = None,
    ) -> Path:
        """Streams the media of ``message`` into ``path`` and returns it. The
        file appears only once every check passed; on error nothing is left
        there."""
        target = Path(path)
        await self._download(message, os.fspath(target), progress)
        return target
