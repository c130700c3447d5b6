//! Sending media messages, and downloading the media of received ones.
//!
//! [`Client::send_image`], [`send_video`](Client::send_video),
//! [`send_audio`](Client::send_audio),
//! [`send_document`](Client::send_document) and
//! [`send_sticker`](Client::send_sticker) each:
//!
//! 1. probe the file's header (`crate::media::probe`): the MIME type from
//!    its magic bytes, image and video dimensions (JPEG `SOF`, PNG `IHDR`,
//!    GIF, WebP `VP8`/`VP8L`/`VP8X`, MP4 `tkhd`), video and Ogg Opus
//!    durations, animated WebP stickers. What the caller gives in
//!    [`MediaSendOptions`] wins over what the probe found;
//! 2. encrypt and upload the file, streaming from disk for a path
//!    ([`Client::upload`]);
//! 3. build the message with every field WhatsApp clients read (`url`,
//!    `directPath`, `mediaKey`, `mediaKeyTimestamp`, `fileSha256`,
//!    `fileEncSha256`, `fileLength`, `mimetype`, then per type `caption`,
//!    `width`/`height`, `jpegThumbnail`, `seconds`, `ptt`, `gifPlayback`,
//!    `fileName`, `title`, `pageCount`, `isAnimated`) and send it with
//!    [`Client::send_message`].
//!
//! An image sent without [`MediaSendOptions::thumbnail`] gets a generated
//! `jpegThumbnail` ([`crate::media::thumbnail`]: 32 pixels wide, JPEG of
//! quality 50, as WhatsApp's clients make them); an image that does not
//! decode is sent without one. Videos and documents carry the thumbnail
//! the caller gives (a document's `thumbnailWidth`/`thumbnailHeight` are
//! read from it).
//!
//! [`MediaSendOptions::reply_to`] and [`MediaSendOptions::mentions`] fill
//! the media message's `contextInfo` as in a text reply (`stanzaId`,
//! `participant`, `quotedMessage`, `mentionedJid`).
//!
//! A document with a caption is wrapped in `documentWithCaptionMessage`,
//! as WhatsApp's own clients send it.
//!
//! [`MediaRef::find`] picks the media of a received message (looking
//! through ephemeral, view-once, device-sent and caption wrappers), and
//! [`Client::download_message`] / [`Client::download_message_to`] download
//! it, with media retry when the message's [`MessageInfo`] is given.

use std::io::Cursor;
use std::path::{Path, PathBuf};

use bytes::Bytes;

use super::lifecycle::Client;
use super::message::{MessageId, ReplyTo, SendError, context_info};
use crate::binary::Jid;
use crate::events::MessageInfo;
use crate::events::message::{MAX_WRAPPER_DEPTH, inner_message};
use crate::media::{
    DecryptedMedia, DownloadOptions, DownloadRequest, Downloadable, DownloadedMedia, MediaOrigin,
    MediaProbe, MediaType, ProgressFn, Thumbnail, TransferError, UploadOptions, UploadSource,
    UploadedMedia, jpeg_thumbnail, probe, probe_head,
};
use crate::proto::wa;

/// Largest `jpegThumbnail` accepted (WhatsApp's are a few KiB; the whole
/// message must stay small).
pub const MAX_THUMBNAIL_LEN: usize = 128 * 1024;

/// Largest image file read to generate its thumbnail (bigger ones are
/// sent without).
pub const MAX_THUMBNAIL_SOURCE: u64 = 64 * 1024 * 1024;

/// Most users one message may mention.
pub const MAX_MENTIONS: usize = 1024;

/// Longest caption, title or file name accepted, in bytes.
pub const MAX_TEXT_LEN: usize = 64 * 1024;

/// Where the file to send comes from.
#[derive(Clone)]
pub enum MediaSource {
    /// A file on disk: probed, then streamed (never held in memory).
    Path(PathBuf),
    /// The file's bytes.
    Bytes(Bytes),
}

impl std::fmt::Debug for MediaSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            MediaSource::Path(path) => f.debug_tuple("Path").field(path).finish(),
            MediaSource::Bytes(bytes) => write!(f, "Bytes({} bytes)", bytes.len()),
        }
    }
}

impl From<PathBuf> for MediaSource {
    fn from(path: PathBuf) -> MediaSource {
        MediaSource::Path(path)
    }
}

impl From<&Path> for MediaSource {
    fn from(path: &Path) -> MediaSource {
        MediaSource::Path(path.to_owned())
    }
}

impl From<Bytes> for MediaSource {
    fn from(bytes: Bytes) -> MediaSource {
        MediaSource::Bytes(bytes)
    }
}

impl From<Vec<u8>> for MediaSource {
    fn from(bytes: Vec<u8>) -> MediaSource {
        MediaSource::Bytes(Bytes::from(bytes))
    }
}

/// The optional fields of a media message. Each send uses the ones its
/// message type has (the others are ignored); a `None` is filled from the
/// file's header when it can be read there.
#[derive(Clone, Default)]
pub struct MediaSendOptions {
    /// `caption` (image, video, document).
    pub caption: Option<String>,
    /// `mimetype`; sniffed from the magic bytes when `None`.
    pub mimetype: Option<String>,
    /// `jpegThumbnail` (image, video, document): a small JPEG; generated
    /// for images when `None`.
    pub thumbnail: Option<Bytes>,
    /// `width` in pixels (image, video, sticker).
    pub width: Option<u32>,
    /// `height` in pixels (image, video, sticker).
    pub height: Option<u32>,
    /// `seconds` (video, audio).
    pub seconds: Option<u32>,
    /// `ptt`: a voice note rather than an audio file (audio).
    pub ptt: bool,
    /// `gifPlayback`: a looping, silent video shown as a GIF (video).
    pub gif_playback: bool,
    /// `fileName` (document); the path's file name when `None`.
    pub file_name: Option<String>,
    /// `title` (document).
    pub title: Option<String>,
    /// `pageCount` (document).
    pub page_count: Option<u32>,
    /// `isAnimated` (sticker); read from a WebP header when `None`.
    pub animated: Option<bool>,
    /// The message this one replies to (quoted in `contextInfo`: its id,
    /// sender and content), any media kind.
    pub reply_to: Option<ReplyTo>,
    /// The users the caption mentions (`contextInfo.mentionedJid`), any
    /// media kind.
    pub mentions: Vec<Jid>,
    /// Upload progress (encrypted bytes sent, of the encrypted size).
    pub progress: Option<ProgressFn>,
    /// Who sees it when sent to `status@broadcast` (a status update).
    pub status_recipients: Vec<Jid>,
}

impl std::fmt::Debug for MediaSendOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MediaSendOptions")
            .field("caption", &self.caption.as_ref().map(String::len))
            .field("mimetype", &self.mimetype)
            .field("thumbnail", &self.thumbnail.as_ref().map(Bytes::len))
            .field("width", &self.width)
            .field("height", &self.height)
            .field("seconds", &self.seconds)
            .field("ptt", &self.ptt)
            .field("gif_playback", &self.gif_playback)
            .field("file_name", &self.file_name)
            .field("page_count", &self.page_count)
            .field("animated", &self.animated)
            .field("reply_to", &self.reply_to.as_ref().map(|reply| &reply.id))
            .field("mentions", &self.mentions.len())
            .field("progress", &self.progress.is_some())
            .finish_non_exhaustive()
    }
}

/// Why a media message was not sent.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum MediaSendError {
    /// The file could not be read.
    #[error("reading {path}: {error}")]
    Source {
        /// The file.
        path: PathBuf,
        /// What failed.
        #[source]
        error: std::io::Error,
    },
    /// An option that cannot be sent.
    #[error("invalid media message: {0}")]
    Invalid(&'static str),
    /// The upload failed.
    #[error("media upload failed: {0}")]
    Upload(#[from] TransferError),
    /// The message carrying the uploaded file was not sent.
    #[error(transparent)]
    Send(#[from] SendError),
}

/// The kind of media message to send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum MediaKind {
    /// `imageMessage`.
    Image,
    /// `videoMessage`.
    Video,
    /// `audioMessage`.
    Audio,
    /// `documentMessage`.
    Document,
    /// `stickerMessage`.
    Sticker,
}

impl MediaKind {
    /// The MIME type used when none is given and the magic bytes say
    /// nothing (voice notes are Ogg Opus, as WhatsApp records them).
    fn fallback_mimetype(self, ptt: bool) -> &'static str {
        match self {
            MediaKind::Image => "image/jpeg",
            MediaKind::Video => "video/mp4",
            MediaKind::Audio if ptt => "audio/ogg; codecs=opus",
            MediaKind::Audio => "audio/mpeg",
            MediaKind::Document => "application/octet-stream",
            MediaKind::Sticker => "image/webp",
        }
    }

    fn media_type(self, options: &MediaSendOptions) -> MediaType {
        match self {
            MediaKind::Image => MediaType::Image,
            MediaKind::Video if options.gif_playback => MediaType::Gif,
            MediaKind::Video => MediaType::Video,
            MediaKind::Audio if options.ptt => MediaType::Ptt,
            MediaKind::Audio => MediaType::Audio,
            MediaKind::Document => MediaType::Document,
            MediaKind::Sticker => MediaType::Sticker,
        }
    }
}

fn check_text(text: Option<&String>, what: &'static str) -> Result<(), MediaSendError> {
    match text {
        Some(text) if text.len() > MAX_TEXT_LEN => Err(MediaSendError::Invalid(what)),
        _ => Ok(()),
    }
}

fn check(options: &MediaSendOptions) -> Result<(), MediaSendError> {
    if options
        .thumbnail
        .as_ref()
        .is_some_and(|thumbnail| thumbnail.len() > MAX_THUMBNAIL_LEN)
    {
        return Err(MediaSendError::Invalid("thumbnail larger than 128 KiB"));
    }
    if options.mentions.len() > MAX_MENTIONS {
        return Err(MediaSendError::Invalid("more than 1,024 mentions"));
    }
    check_text(options.caption.as_ref(), "caption longer than 64 KiB")?;
    check_text(options.title.as_ref(), "title longer than 64 KiB")?;
    check_text(options.file_name.as_ref(), "file name longer than 64 KiB")?;
    if options
        .mimetype
        .as_deref()
        .is_some_and(|m| m.is_empty() || m.len() > 255)
    {
        return Err(MediaSendError::Invalid(
            "mimetype empty or longer than 255 bytes",
        ));
    }
    Ok(())
}

/// Reads what the file's header says (on a blocking thread for a path).
async fn probe_source(source: &MediaSource) -> Result<MediaProbe, MediaSendError> {
    match source {
        MediaSource::Bytes(bytes) => {
            let mut cursor = Cursor::new(bytes.as_ref());
            // Reading from memory cannot fail.
            Ok(probe(&mut cursor).unwrap_or_default())
        }
        MediaSource::Path(path) => {
            let owned = path.clone();
            let probed = tokio::task::spawn_blocking(move || {
                let mut file = std::fs::File::open(&owned)?;
                probe(&mut file)
            })
            .await
            .map_err(|_| MediaSendError::Upload(TransferError::TaskFailed))?;
            probed.map_err(|error| {
                log::debug!("cannot read media file {}: {error}", path.display());
                MediaSendError::Source {
                    path: path.clone(),
                    error,
                }
            })
        }
    }
}

/// The generated thumbnail of an image (on a blocking thread), or `None`
/// when it cannot be read or decoded (logged; the image goes without).
async fn generated_thumbnail(source: &MediaSource) -> Option<Thumbnail> {
    let source = source.clone();
    let made = tokio::task::spawn_blocking(move || {
        let bytes = match &source {
            MediaSource::Bytes(bytes) => bytes.clone(),
            MediaSource::Path(path) => {
                let len = std::fs::metadata(path).map(|m| m.len()).unwrap_or(u64::MAX);
                if len > MAX_THUMBNAIL_SOURCE {
                    log::debug!("{} is too large to thumbnail", path.display());
                    return None;
                }
                match std::fs::read(path) {
                    Ok(bytes) => Bytes::from(bytes),
                    Err(error) => {
                        log::debug!("no thumbnail of {}: {error}", path.display());
                        return None;
                    }
                }
            }
        };
        match jpeg_thumbnail(&bytes) {
            Ok(thumbnail) => Some(thumbnail),
            Err(error) => {
                log::info!("image sent without a thumbnail: {error}");
                None
            }
        }
    })
    .await;
    made.ok().flatten()
}

/// The message fields of one media send, before the upload.
struct Plan {
    probe: MediaProbe,
    mimetype: String,
}

fn plan(kind: MediaKind, probe: MediaProbe, options: &MediaSendOptions) -> Plan {
    let mimetype = options
        .mimetype
        .clone()
        .or_else(|| probe.mimetype.map(str::to_owned))
        .unwrap_or_else(|| kind.fallback_mimetype(options.ptt).to_owned());
    Plan { probe, mimetype }
}

/// Builds the message for an uploaded file; see the module documentation.
pub fn media_message(
    kind: MediaKind,
    uploaded: &UploadedMedia,
    mimetype: &str,
    found: &MediaProbe,
    options: &MediaSendOptions,
    default_file_name: Option<&str>,
) -> wa::Message {
    let width = options.width.or(found.width);
    let height = options.height.or(found.height);
    let seconds = options.seconds.or(found.seconds);
    let context = context_info(options.reply_to.as_ref(), &options.mentions).map(Box::new);
    match kind {
        MediaKind::Image => {
            let mut image = uploaded.image_message(mimetype);
            image.caption.clone_from(&options.caption);
            image.width = width;
            image.height = height;
            image.jpeg_thumbnail.clone_from(&options.thumbnail);
            image.context_info = context;
            wa::Message {
                image_message: Some(Box::new(image)),
                ..Default::default()
            }
        }
        MediaKind::Video => {
            let mut video = uploaded.video_message(mimetype);
            video.caption.clone_from(&options.caption);
            video.width = width;
            video.height = height;
            video.seconds = seconds;
            video.gif_playback = Some(options.gif_playback);
            video.jpeg_thumbnail.clone_from(&options.thumbnail);
            video.context_info = context;
            wa::Message {
                video_message: Some(Box::new(video)),
                ..Default::default()
            }
        }
        MediaKind::Audio => {
            let mut audio = uploaded.audio_message(mimetype);
            audio.ptt = Some(options.ptt);
            audio.seconds = seconds;
            audio.context_info = context;
            wa::Message {
                audio_message: Some(Box::new(audio)),
                ..Default::default()
            }
        }
        MediaKind::Document => {
            let file_name = options
                .file_name
                .as_deref()
                .or(default_file_name)
                .unwrap_or("file");
            let mut document = uploaded.document_message(mimetype, file_name);
            document.title.clone_from(&options.title);
            document.page_count = options.page_count;
            document.jpeg_thumbnail.clone_from(&options.thumbnail);
            document.caption.clone_from(&options.caption);
            document.context_info = context;
            if let Some(thumbnail) = &options.thumbnail {
                let found = probe_head(thumbnail);
                document.thumbnail_width = found.width;
                document.thumbnail_height = found.height;
            }
            let message = wa::Message {
                document_message: Some(Box::new(document)),
                ..Default::default()
            };
            if options.caption.is_some() {
                wa::Message {
                    document_with_caption_message: Some(Box::new(wa::FutureProofMessage {
                        message: Some(Box::new(message)),
                    })),
                    ..Default::default()
                }
            } else {
                message
            }
        }
        MediaKind::Sticker => {
            let mut sticker = uploaded.sticker_message(mimetype);
            sticker.width = width;
            sticker.height = height;
            sticker.is_animated = Some(options.animated.or(found.animated).unwrap_or(false));
            sticker.context_info = context;
            wa::Message {
                sticker_message: Some(Box::new(sticker)),
                ..Default::default()
            }
        }
    }
}

impl Client {
    /// Uploads a file and sends it to `chat` as a `kind` message; see the
    /// module documentation. Returns the id of the sent message.
    pub async fn send_media(
        &self,
        chat: &Jid,
        kind: MediaKind,
        source: impl Into<MediaSource>,
        options: &MediaSendOptions,
    ) -> Result<MessageId, MediaSendError> {
        let source = source.into();
        check(options)?;
        let found = probe_source(&source).await?;
        let generated = if kind == MediaKind::Image && options.thumbnail.is_none() {
            generated_thumbnail(&source).await
        } else {
            None
        };
        let with_thumbnail;
        let options = match generated {
            Some(thumbnail) => {
                with_thumbnail = MediaSendOptions {
                    thumbnail: Some(thumbnail.jpeg),
                    ..options.clone()
                };
                &with_thumbnail
            }
            None => options,
        };
        let plan = plan(kind, found, options);
        let default_name = match &source {
            MediaSource::Path(path) => path
                .file_name()
                .and_then(|name| name.to_str())
                .map(str::to_owned),
            MediaSource::Bytes(_) => None,
        };
        let upload_source = match source {
            MediaSource::Path(path) => UploadSource::Path(path),
            MediaSource::Bytes(bytes) => UploadSource::Bytes(bytes),
        };
        let upload_options = UploadOptions {
            media_key: None,
            progress: options.progress.clone(),
        };
        let uploaded = self
            .upload(upload_source, kind.media_type(options), &upload_options)
            .await?;
        let message = media_message(
            kind,
            &uploaded,
            &plan.mimetype,
            &plan.probe,
            options,
            default_name.as_deref(),
        );
        log::debug!(
            "sending {kind:?} of {} bytes ({}) to {chat}",
            uploaded.file_length,
            plan.mimetype
        );
        if chat.is_status_broadcast() {
            return Ok(self
                .send_status_message(message, &options.status_recipients)
                .await?);
        }
        Ok(self.send_message(chat, message).await?)
    }

    /// Sends an image (`imageMessage`): caption, width/height (read from
    /// JPEG, PNG, GIF and WebP headers unless given), `jpegThumbnail`.
    pub async fn send_image(
        &self,
        chat: &Jid,
        source: impl Into<MediaSource>,
        options: &MediaSendOptions,
    ) -> Result<MessageId, MediaSendError> {
        self.send_media(chat, MediaKind::Image, source, options)
            .await
    }

    /// Sends a video (`videoMessage`): caption, width/height and seconds
    /// (read from an MP4's `tkhd` and `mvhd` unless given), `gifPlayback`,
    /// `jpegThumbnail`.
    pub async fn send_video(
        &self,
        chat: &Jid,
        source: impl Into<MediaSource>,
        options: &MediaSendOptions,
    ) -> Result<MessageId, MediaSendError> {
        self.send_media(chat, MediaKind::Video, source, options)
            .await
    }

    /// Sends audio (`audioMessage`); with [`MediaSendOptions::ptt`] a voice
    /// note (uploaded as `ptt`, Ogg Opus by default). `seconds` is read
    /// from an Ogg Opus file unless given.
    pub async fn send_audio(
        &self,
        chat: &Jid,
        source: impl Into<MediaSource>,
        options: &MediaSendOptions,
    ) -> Result<MessageId, MediaSendError> {
        self.send_media(chat, MediaKind::Audio, source, options)
            .await
    }

    /// Sends a document (`documentMessage`): `fileName` (the path's file
    /// name unless given, else `file`), title, page count, thumbnail; a
    /// caption wraps it in `documentWithCaptionMessage`.
    pub async fn send_document(
        &self,
        chat: &Jid,
        source: impl Into<MediaSource>,
        options: &MediaSendOptions,
    ) -> Result<MessageId, MediaSendError> {
        self.send_media(chat, MediaKind::Document, source, options)
            .await
    }

    /// Sends a sticker (`stickerMessage`, WebP): width/height and
    /// `isAnimated` read from the WebP header unless given.
    pub async fn send_sticker(
        &self,
        chat: &Jid,
        source: impl Into<MediaSource>,
        options: &MediaSendOptions,
    ) -> Result<MessageId, MediaSendError> {
        self.send_media(chat, MediaKind::Sticker, source, options)
            .await
    }

    /// Downloads the media of a received message into memory (see
    /// [`MediaRef::find`]). With `info`, a file the server no longer has is
    /// asked from the sender's phone again (media retry).
    pub async fn download_message(
        &self,
        message: &wa::Message,
        info: Option<&MessageInfo>,
        options: &DownloadOptions,
    ) -> Result<DownloadedMedia, TransferError> {
        let media = MediaRef::find(message).ok_or(TransferError::MissingField("media message"))?;
        let options = with_origin(options, info);
        self.download(&media, &options).await
    }

    /// [`download_message`](Client::download_message) into `path`, which
    /// appears only once every check passed.
    pub async fn download_message_to(
        &self,
        message: &wa::Message,
        info: Option<&MessageInfo>,
        path: impl AsRef<Path>,
        options: &DownloadOptions,
    ) -> Result<DecryptedMedia, TransferError> {
        let media = MediaRef::find(message).ok_or(TransferError::MissingField("media message"))?;
        let options = with_origin(options, info);
        self.download_to(&media, path, &options).await
    }
}

fn with_origin(options: &DownloadOptions, info: Option<&MessageInfo>) -> DownloadOptions {
    let mut options = options.clone();
    if options.retry.is_none() {
        options.retry = info.map(MediaOrigin::from_message_info);
    }
    options
}

/// The media part of a message.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum MediaRef<'a> {
    /// `imageMessage`.
    Image(&'a wa::ImageMessage),
    /// `videoMessage`.
    Video(&'a wa::VideoMessage),
    /// `audioMessage`.
    Audio(&'a wa::AudioMessage),
    /// `documentMessage`.
    Document(&'a wa::DocumentMessage),
    /// `stickerMessage`.
    Sticker(&'a wa::StickerMessage),
}

impl<'a> MediaRef<'a> {
    /// The media of `message`, looking through the wrappers that carry
    /// another message (ephemeral, view-once, device-sent, edited,
    /// document-with-caption), or `None` for a message without media.
    pub fn find(message: &'a wa::Message) -> Option<MediaRef<'a>> {
        let mut current = message;
        for _ in 0..MAX_WRAPPER_DEPTH {
            if let Some(found) = MediaRef::direct(current) {
                return Some(found);
            }
            current = inner_message(current)?;
        }
        None
    }

    fn direct(message: &'a wa::Message) -> Option<MediaRef<'a>> {
        if let Some(image) = message.image_message.as_deref() {
            return Some(MediaRef::Image(image));
        }
        if let Some(video) = message.video_message.as_deref() {
            return Some(MediaRef::Video(video));
        }
        if let Some(audio) = message.audio_message.as_deref() {
            return Some(MediaRef::Audio(audio));
        }
        if let Some(document) = message.document_message.as_deref() {
            return Some(MediaRef::Document(document));
        }
        message.sticker_message.as_deref().map(MediaRef::Sticker)
    }

    /// The message kind.
    pub fn kind(&self) -> MediaKind {
        match self {
            MediaRef::Image(_) => MediaKind::Image,
            MediaRef::Video(_) => MediaKind::Video,
            MediaRef::Audio(_) => MediaKind::Audio,
            MediaRef::Document(_) => MediaKind::Document,
            MediaRef::Sticker(_) => MediaKind::Sticker,
        }
    }

    /// `fileLength`, when present.
    pub fn file_length(&self) -> Option<u64> {
        match self {
            MediaRef::Image(m) => m.file_length,
            MediaRef::Video(m) => m.file_length,
            MediaRef::Audio(m) => m.file_length,
            MediaRef::Document(m) => m.file_length,
            MediaRef::Sticker(m) => m.file_length,
        }
    }
}

impl Downloadable for MediaRef<'_> {
    fn download_request(&self) -> Result<DownloadRequest, TransferError> {
        match self {
            MediaRef::Image(m) => m.download_request(),
            MediaRef::Video(m) => m.download_request(),
            MediaRef::Audio(m) => m.download_request(),
            MediaRef::Document(m) => m.download_request(),
            MediaRef::Sticker(m) => m.download_request(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::media::MediaKey;

    fn uploaded(media_type: MediaType) -> UploadedMedia {
        UploadedMedia {
            url: "https://mmg.example/d/f/x.enc".to_owned(),
            direct_path: "/v/t62/x.enc".to_owned(),
            handle: None,
            object_id: None,
            media_type,
            media_key: MediaKey::generate(),
            media_key_timestamp: 1_700_000_000,
            file_sha256: [1; 32],
            file_enc_sha256: [2; 32],
            file_length: 1234,
        }
    }

    #[test]
    fn caller_values_win_over_the_probe() {
        let found = MediaProbe {
            mimetype: Some("image/png"),
            width: Some(10),
            height: Some(20),
            seconds: None,
            animated: None,
        };
        let options = MediaSendOptions {
            width: Some(99),
            caption: Some("hi".to_owned()),
            thumbnail: Some(Bytes::from_static(b"\xFF\xD8thumb")),
            ..Default::default()
        };
        let planned = plan(MediaKind::Image, found, &options);
        assert_eq!(planned.mimetype, "image/png");
        let message = media_message(
            MediaKind::Image,
            &uploaded(MediaType::Image),
            &planned.mimetype,
            &planned.probe,
            &options,
            None,
        );
        let image = message.image_message.unwrap();
        assert_eq!((image.width, image.height), (Some(99), Some(20)));
        assert_eq!(image.caption.as_deref(), Some("hi"));
        assert_eq!(image.mimetype.as_deref(), Some("image/png"));
        assert_eq!(image.jpeg_thumbnail.as_deref(), Some(&b"\xFF\xD8thumb"[..]));
        assert_eq!(image.file_length, Some(1234));
        assert_eq!(image.direct_path.as_deref(), Some("/v/t62/x.enc"));
        assert_eq!(image.media_key_timestamp, Some(1_700_000_000));
    }

    #[test]
    fn fallbacks_and_document_caption_wrapper() {
        let voice = MediaSendOptions {
            ptt: true,
            ..Default::default()
        };
        let planned = plan(MediaKind::Audio, MediaProbe::default(), &voice);
        assert_eq!(planned.mimetype, "audio/ogg; codecs=opus");
        assert_eq!(MediaKind::Audio.media_type(&voice), MediaType::Ptt);

        let options = MediaSendOptions {
            caption: Some("report".to_owned()),
            ..Default::default()
        };
        let message = media_message(
            MediaKind::Document,
            &uploaded(MediaType::Document),
            "application/pdf",
            &MediaProbe::default(),
            &options,
            Some("q3.pdf"),
        );
        let Some(MediaRef::Document(document)) = MediaRef::find(&message) else {
            panic!("no document in {message:?}");
        };
        assert_eq!(document.file_name.as_deref(), Some("q3.pdf"));
        assert_eq!(document.caption.as_deref(), Some("report"));
        assert!(message.document_message.is_none());
    }

    #[test]
    fn oversized_options_are_refused() {
        let options = MediaSendOptions {
            thumbnail: Some(Bytes::from(vec![0; MAX_THUMBNAIL_LEN + 1])),
            ..Default::default()
        };
        assert!(matches!(check(&options), Err(MediaSendError::Invalid(_))));
        let options = MediaSendOptions {
            mimetype: Some(String::new()),
            ..Default::default()
        };
        assert!(matches!(check(&options), Err(MediaSendError::Invalid(_))));
    }

    #[test]
    fn messages_without_media_have_no_media_ref() {
        let text = wa::Message {
            conversation: Some("hi".to_owned()),
            ..Default::default()
        };
        assert!(MediaRef::find(&text).is_none());
    }
}
