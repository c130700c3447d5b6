//! Media messages end to end against the emulator: a wapy client sends each
//! media type (from bytes and from files) to a second wapy client and to a
//! simulated phone; the received messages carry the fields WhatsApp reads,
//! and downloading from them gives the original bytes back.

use std::sync::{Arc, Mutex};

use bytes::Bytes;
use wapy::client::{MediaKind, MediaRef, MediaSendError, MediaSendOptions, ReplyTo};
use wapy::media::{DownloadOptions, ProgressFn, TransferProgress};
use wapy::proto::wa;

#[path = "messaging/common.rs"]
mod common;

use common::*;

/// A PNG header of `width` x `height` followed by `extra` filler bytes.
fn png(width: u32, height: u32, extra: usize) -> Vec<u8> {
    let mut png = b"\x89PNG\r\n\x1A\n\0\0\0\x0DIHDR".to_vec();
    png.extend_from_slice(&width.to_be_bytes());
    png.extend_from_slice(&height.to_be_bytes());
    png.extend_from_slice(&[8, 6, 0, 0, 0, 0, 0, 0, 0]);
    png.extend((0..extra).map(|i| (i * 7 % 251) as u8));
    png
}

fn mp4_box(kind: &[u8; 4], body: &[u8]) -> Vec<u8> {
    let mut out = u32::try_from(body.len() + 8)
        .unwrap()
        .to_be_bytes()
        .to_vec();
    out.extend_from_slice(kind);
    out.extend_from_slice(body);
    out
}

/// An MP4 of `width` x `height`, `seconds` long, `mdat` before `moov`.
fn mp4(width: u32, height: u32, seconds: u32, payload: usize) -> Vec<u8> {
    let mut mvhd = vec![0; 100];
    mvhd[12..16].copy_from_slice(&600u32.to_be_bytes());
    mvhd[16..20].copy_from_slice(&(seconds * 600).to_be_bytes());
    let mut tkhd = vec![0; 84];
    tkhd[76..80].copy_from_slice(&(width << 16).to_be_bytes());
    tkhd[80..84].copy_from_slice(&(height << 16).to_be_bytes());
    let moov = [
        mp4_box(b"mvhd", &mvhd),
        mp4_box(b"trak", &mp4_box(b"tkhd", &tkhd)),
    ]
    .concat();
    let mdat: Vec<u8> = (0..payload).map(|i| (i % 253) as u8).collect();
    [
        mp4_box(b"ftyp", b"isom\0\0\x02\0isomiso2mp41"),
        mp4_box(b"mdat", &mdat),
        mp4_box(b"moov", &moov),
    ]
    .concat()
}

/// An Ogg Opus stream of `samples` 48 kHz samples.
fn ogg_opus(samples: u64, payload: usize) -> Vec<u8> {
    let mut first = b"OggS\0\x02".to_vec();
    first.extend_from_slice(&0u64.to_le_bytes());
    first.extend_from_slice(&[0; 13]);
    first.extend_from_slice(b"OpusHead\x01\x01");
    first.extend_from_slice(&312u16.to_le_bytes());
    first.extend_from_slice(&[0; 7]);
    let mut last = b"OggS\0\x04".to_vec();
    last.extend_from_slice(&(samples + 312).to_le_bytes());
    last.extend_from_slice(&[0; 40]);
    [first, vec![5; payload], last].concat()
}

/// An animated WebP (`VP8X` with the animation flag) of 512 x 512.
fn animated_webp() -> Vec<u8> {
    let mut webp = b"RIFF\0\0\0\0WEBPVP8X\x0A\0\0\0".to_vec();
    webp.extend_from_slice(&[0x02, 0, 0, 0]);
    webp.extend_from_slice(&[0xFF, 0x01, 0x00, 0xFF, 0x01, 0x00]);
    webp.extend_from_slice(&[9; 3000]);
    webp
}

fn recorder() -> (ProgressFn, Arc<Mutex<Vec<TransferProgress>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink = seen.clone();
    let callback: ProgressFn = Arc::new(move |p| sink.lock().unwrap().push(p));
    (callback, seen)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_media_type_reaches_another_client_with_its_fields() {
    let server = server().await;
    let alice = logged_in(&server, "15550300001").await;
    let bob = logged_in(&server, "15550300002").await;
    let dir = tempfile::tempdir().unwrap();

    // An image from bytes, with a caption, a thumbnail and upload progress.
    let image = png(800, 600, 50_000);
    let (progress, seen) = recorder();
    let options = MediaSendOptions {
        caption: Some("the view".to_owned()),
        thumbnail: Some(Bytes::from_static(b"\xFF\xD8\xFF\xE0tiny")),
        progress: Some(progress),
        ..Default::default()
    };
    let id = alice
        .client
        .send_image(&bob.user(), image.clone(), &options)
        .await
        .unwrap();
    let (message, info) = bob.message().await;
    assert_eq!(info.id, id);
    let got = message.image_message.as_deref().unwrap();
    assert_eq!(got.mimetype.as_deref(), Some("image/png"));
    assert_eq!(got.caption.as_deref(), Some("the view"));
    assert_eq!((got.width, got.height), (Some(800), Some(600)));
    assert_eq!(got.file_length, Some(image.len() as u64));
    assert_eq!(
        got.jpeg_thumbnail.as_deref(),
        Some(&b"\xFF\xD8\xFF\xE0tiny"[..])
    );
    assert!(got.url.as_deref().is_some_and(|url| !url.is_empty()));
    assert!(
        got.direct_path
            .as_deref()
            .is_some_and(|p| p.starts_with('/'))
    );
    assert_eq!(got.media_key.as_ref().map(Bytes::len), Some(32));
    assert_eq!(got.file_sha256.as_ref().map(Bytes::len), Some(32));
    assert_eq!(got.file_enc_sha256.as_ref().map(Bytes::len), Some(32));
    assert!(got.media_key_timestamp.is_some_and(|t| t > 0));
    let seen = seen.lock().unwrap().clone();
    let total = (image.len() as u64 / 16 + 1) * 16 + 10;
    assert!(seen.windows(2).all(|w| w[0].done < w[1].done), "{seen:?}");
    assert_eq!(
        seen.last().map(|p| (p.done, p.total)),
        Some((total, Some(total)))
    );
    let (downloaded, dl_seen) = recorder();
    let options = DownloadOptions {
        progress: Some(downloaded),
        ..Default::default()
    };
    let data = bob
        .client
        .download_message(&message, Some(&info), &options)
        .await
        .unwrap()
        .data;
    assert_eq!(data, image);
    assert_eq!(dl_seen.lock().unwrap().last().map(|p| p.done), Some(total));

    // A video from a file: size and duration from the MP4 boxes.
    let video = mp4(1280, 720, 42, 120_000);
    let video_path = dir.path().join("clip.mp4");
    std::fs::write(&video_path, &video).unwrap();
    alice
        .client
        .send_video(
            &bob.user(),
            video_path.as_path(),
            &MediaSendOptions::default(),
        )
        .await
        .unwrap();
    let (message, info) = bob.message().await;
    let got = message.video_message.as_deref().unwrap();
    assert_eq!(got.mimetype.as_deref(), Some("video/mp4"));
    assert_eq!((got.width, got.height), (Some(1280), Some(720)));
    assert_eq!(got.seconds, Some(42));
    assert_eq!(got.gif_playback, Some(false));
    let target = dir.path().join("received.mp4");
    let decrypted = bob
        .client
        .download_message_to(&message, Some(&info), &target, &DownloadOptions::default())
        .await
        .unwrap();
    assert_eq!(decrypted.file_length, video.len() as u64);
    assert_eq!(std::fs::read(&target).unwrap(), video);

    // A voice note: ptt, Ogg Opus, seconds from the last page.
    let voice = ogg_opus(48_000 * 3, 9_000);
    alice
        .client
        .send_audio(
            &bob.user(),
            voice.clone(),
            &MediaSendOptions {
                ptt: true,
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let (message, info) = bob.message().await;
    let got = message.audio_message.as_deref().unwrap();
    assert_eq!(got.ptt, Some(true));
    assert_eq!(got.mimetype.as_deref(), Some("audio/ogg; codecs=opus"));
    assert_eq!(got.seconds, Some(3));
    let data = bob
        .client
        .download_message(&message, Some(&info), &DownloadOptions::default())
        .await
        .unwrap()
        .data;
    assert_eq!(data, voice);

    // A document from a file with a caption: the name comes from the path,
    // the caption wraps it.
    let pdf = [b"%PDF-1.7\n".as_slice(), &[3; 20_000]].concat();
    let pdf_path = dir.path().join("report-q3.pdf");
    std::fs::write(&pdf_path, &pdf).unwrap();
    let options = MediaSendOptions {
        caption: Some("numbers".to_owned()),
        title: Some("Q3".to_owned()),
        page_count: Some(4),
        ..Default::default()
    };
    alice
        .client
        .send_document(&bob.user(), pdf_path.as_path(), &options)
        .await
        .unwrap();
    let (message, info) = bob.message().await;
    assert!(message.document_with_caption_message.is_some());
    let Some(MediaRef::Document(got)) = MediaRef::find(&message) else {
        panic!("no document in {message:?}");
    };
    assert_eq!(got.file_name.as_deref(), Some("report-q3.pdf"));
    assert_eq!(got.mimetype.as_deref(), Some("application/pdf"));
    assert_eq!(got.caption.as_deref(), Some("numbers"));
    assert_eq!(got.title.as_deref(), Some("Q3"));
    assert_eq!(got.page_count, Some(4));
    let data = bob
        .client
        .download_message(&message, Some(&info), &DownloadOptions::default())
        .await
        .unwrap()
        .data;
    assert_eq!(data, pdf);

    // A sticker: WebP size and animation from the VP8X header.
    let sticker = animated_webp();
    alice
        .client
        .send_sticker(&bob.user(), sticker.clone(), &MediaSendOptions::default())
        .await
        .unwrap();
    let (message, info) = bob.message().await;
    let got = message.sticker_message.as_deref().unwrap();
    assert_eq!(got.mimetype.as_deref(), Some("image/webp"));
    assert_eq!((got.width, got.height), (Some(512), Some(512)));
    assert_eq!(got.is_animated, Some(true));
    let found = MediaRef::find(&message).unwrap();
    assert_eq!(found.kind(), MediaKind::Sticker);
    let data = bob
        .client
        .download_message(&message, Some(&info), &DownloadOptions::default())
        .await
        .unwrap()
        .data;
    assert_eq!(data, sticker);

    alice.client.disconnect().await;
    bob.client.disconnect().await;
    server.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_phone_receives_media_and_bad_sources_are_typed_errors() {
    let server = server().await;
    let alice = logged_in(&server, "15550300011").await;
    let carol = server.add_account("15550300012");

    let bytes = b"plain text that is no known format".to_vec();
    let sent = alice
        .client
        .send_document(
            &carol.jid(),
            bytes.clone(),
            &MediaSendOptions {
                file_name: Some("notes.txt".to_owned()),
                mimetype: Some("text/plain".to_owned()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let got = carol.next_message(GUARD).await.unwrap();
    assert_eq!(got.id, sent);
    let document = got.message.document_message.as_deref().unwrap();
    assert_eq!(document.file_name.as_deref(), Some("notes.txt"));
    assert_eq!(document.mimetype.as_deref(), Some("text/plain"));
    // The media the phone was told about is the file that was sent.
    let data = alice
        .client
        .download_message(&got.message, None, &DownloadOptions::default())
        .await
        .unwrap()
        .data;
    assert_eq!(data, bytes);

    // Unknown bytes without a mimetype fall back per kind.
    alice
        .client
        .send_document(&carol.jid(), b"???".to_vec(), &MediaSendOptions::default())
        .await
        .unwrap();
    let got = carol.next_message(GUARD).await.unwrap();
    let document = got.message.document_message.as_deref().unwrap();
    assert_eq!(
        document.mimetype.as_deref(),
        Some("application/octet-stream")
    );
    assert_eq!(document.file_name.as_deref(), Some("file"));

    let missing = std::path::Path::new("/nonexistent/wapy/photo.jpg");
    let error = alice
        .client
        .send_image(&carol.jid(), missing, &MediaSendOptions::default())
        .await
        .unwrap_err();
    assert!(matches!(error, MediaSendError::Source { .. }), "{error:?}");

    let text = wa::Message {
        conversation: Some("no media".to_owned()),
        ..Default::default()
    };
    let error = alice
        .client
        .download_message(&text, None, &DownloadOptions::default())
        .await
        .unwrap_err();
    assert!(
        matches!(error, wapy::media::TransferError::MissingField(_)),
        "{error:?}"
    );

    alice.client.disconnect().await;
    server.shutdown().await;
}

/// A real image of `width` x `height` in `format`, a colour gradient.
fn picture(width: u32, height: u32, format: image::ImageFormat) -> Vec<u8> {
    let pixels = image::RgbImage::from_fn(width, height, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 90])
    });
    let mut out = std::io::Cursor::new(Vec::new());
    image::DynamicImage::ImageRgb8(pixels)
        .write_to(&mut out, format)
        .unwrap();
    out.into_inner()
}

fn context(message: &wa::Message) -> &wa::ContextInfo {
    let context = match MediaRef::find(message).unwrap() {
        MediaRef::Image(m) => m.context_info.as_deref(),
        MediaRef::Video(m) => m.context_info.as_deref(),
        MediaRef::Audio(m) => m.context_info.as_deref(),
        MediaRef::Document(m) => m.context_info.as_deref(),
        MediaRef::Sticker(m) => m.context_info.as_deref(),
        _ => None,
    };
    context.unwrap_or_else(|| panic!("no contextInfo in {message:?}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replies_mentions_and_thumbnails_reach_the_phone() {
    let server = server().await;
    let alice = logged_in(&server, "15550300021").await;
    let carol = server.add_account("15550300022");
    let dave = wapy::binary::Jid::parse("15550300023@s.whatsapp.net").unwrap();

    carol.send_text(&alice.user(), "look at this").unwrap();
    let (quoted, info) = alice.message().await;
    assert_eq!(text(&quoted), Some("look at this"));
    let reply = ReplyTo {
        id: info.id.clone(),
        sender: info.source.sender.clone(),
        message: quoted.clone(),
    };
    let check_reply = |context: &wa::ContextInfo, mentions: &[&wapy::binary::Jid]| {
        assert_eq!(context.stanza_id.as_deref(), Some(info.id.as_str()));
        assert_eq!(
            context.participant.as_deref(),
            Some(info.source.sender.to_non_ad().to_string().as_str())
        );
        assert_eq!(context.quoted_message.as_deref(), Some(&quoted));
        let expected: Vec<String> = mentions.iter().map(|jid| jid.to_string()).collect();
        assert_eq!(context.mentioned_jid, expected);
    };

    // An image without a thumbnail: one is generated, 32 pixels wide.
    let photo = picture(640, 480, image::ImageFormat::Png);
    let mentions = vec![carol.jid(), dave.clone()];
    alice
        .client
        .send_image(
            &carol.jid(),
            photo.clone(),
            &MediaSendOptions {
                caption: Some("@15550300022 @15550300023 here".to_owned()),
                reply_to: Some(reply.clone()),
                mentions: mentions.clone(),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let got = carol.next_message(GUARD).await.unwrap();
    check_reply(context(&got.message), &[&carol.jid(), &dave]);
    let image_message = got.message.image_message.as_deref().unwrap();
    assert_eq!(
        (image_message.width, image_message.height),
        (Some(640), Some(480))
    );
    let thumbnail = image_message.jpeg_thumbnail.as_deref().unwrap();
    assert_eq!(
        image::guess_format(thumbnail).unwrap(),
        image::ImageFormat::Jpeg
    );
    let decoded = image::load_from_memory(thumbnail).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (32, 24));

    // A JPEG from a file: thumbnail too, here of a portrait picture.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("portrait.jpg");
    std::fs::write(&path, picture(300, 400, image::ImageFormat::Jpeg)).unwrap();
    alice
        .client
        .send_image(&carol.jid(), path.as_path(), &MediaSendOptions::default())
        .await
        .unwrap();
    let got = carol.next_message(GUARD).await.unwrap();
    let image_message = got.message.image_message.as_deref().unwrap();
    assert!(image_message.context_info.is_none());
    let decoded =
        image::load_from_memory(image_message.jpeg_thumbnail.as_deref().unwrap()).unwrap();
    assert_eq!((decoded.width(), decoded.height()), (32, 43));

    // Bytes that are no image: sent, without a thumbnail.
    alice
        .client
        .send_image(
            &carol.jid(),
            png(100, 100, 500),
            &MediaSendOptions::default(),
        )
        .await
        .unwrap();
    let got = carol.next_message(GUARD).await.unwrap();
    assert!(got.message.image_message.unwrap().jpeg_thumbnail.is_none());

    // Video and document carry the caller's thumbnail (the document its size).
    let given = Bytes::from(picture(32, 18, image::ImageFormat::Jpeg));
    alice
        .client
        .send_video(
            &carol.jid(),
            mp4(1280, 720, 3, 10_000),
            &MediaSendOptions {
                thumbnail: Some(given.clone()),
                reply_to: Some(reply.clone()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let got = carol.next_message(GUARD).await.unwrap();
    check_reply(context(&got.message), &[]);
    let video = got.message.video_message.as_deref().unwrap();
    assert_eq!(video.jpeg_thumbnail.as_ref(), Some(&given));

    alice
        .client
        .send_document(
            &carol.jid(),
            b"%PDF-1.7 a report".to_vec(),
            &MediaSendOptions {
                thumbnail: Some(given.clone()),
                caption: Some("for @15550300023".to_owned()),
                mentions: vec![dave.clone()],
                reply_to: Some(reply.clone()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let got = carol.next_message(GUARD).await.unwrap();
    check_reply(context(&got.message), &[&dave]);
    let Some(MediaRef::Document(document)) = MediaRef::find(&got.message) else {
        panic!("no document in {:?}", got.message);
    };
    assert_eq!(document.jpeg_thumbnail.as_ref(), Some(&given));
    assert_eq!(
        (document.thumbnail_width, document.thumbnail_height),
        (Some(32), Some(18))
    );

    // Audio and sticker quote too.
    for kind in [MediaKind::Audio, MediaKind::Sticker] {
        let data = match kind {
            MediaKind::Audio => ogg_opus(48_000, 2000),
            _ => animated_webp(),
        };
        let options = MediaSendOptions {
            reply_to: Some(reply.clone()),
            mentions: vec![carol.jid()],
            ..Default::default()
        };
        alice
            .client
            .send_media(&carol.jid(), kind, data, &options)
            .await
            .unwrap();
        let got = carol.next_message(GUARD).await.unwrap();
        assert_eq!(MediaRef::find(&got.message).unwrap().kind(), kind);
        check_reply(context(&got.message), &[&carol.jid()]);
    }

    let error = alice
        .client
        .send_image(
            &carol.jid(),
            photo,
            &MediaSendOptions {
                mentions: vec![dave; 1025],
                ..Default::default()
            },
        )
        .await
        .unwrap_err();
    assert!(matches!(error, MediaSendError::Invalid(_)), "{error:?}");

    alice.client.disconnect().await;
    server.shutdown().await;
}
