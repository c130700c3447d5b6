//! Media transfer against the emulator's media server over real loopback
//! sockets: upload/download round trips, corruption, 404/410 and a full
//! media retry, host failover, token expiry, transient failures, resumed
//! downloads and progress reports; then the same through a logged-in
//! [`Client`] against the full emulator (`media_conn` over the `w:m` IQ,
//! media retry over `<receipt type="server-error">` and the phone's
//! `mediaretry` notification), and a large file streamed with bounded
//! memory.
//!
//! The large file is `WAPY_MEDIA_BIG_MB` MiB (200 unless set; CI's release
//! run uses the default, a quick debug run may set it lower).

use std::path::Path;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use sha2::{Digest, Sha256};
use wapy::binary::{Dictionary, Jid, Node, OwnedNodeRef, encode};
use wapy::media::{
    DownloadOptions, Downloadable, HashKind, MediaClient, MediaConn, MediaConnCache, MediaError,
    MediaKey, MediaRetryNotice, MediaRetryOutcome, MediaRetryReceipt, MediaType, ProgressFn,
    RetryTarget, TransferConfig, TransferError, TransferProgress, UploadOptions, UploadSource,
    UploadedMedia, encrypt,
};
use wapy::server::media::phone::{PhoneBlob, PhoneMedia, answer_media_retry};
use wapy::server::media::{MediaServer, MediaServerConfig};

#[allow(dead_code)]
#[path = "connection/common.rs"]
mod common;
#[allow(dead_code)]
#[path = "../../benches/common/rss.rs"]
mod rss;

fn wire(node: &Node) -> OwnedNodeRef {
    let bytes = encode(node, Dictionary::V3).unwrap();
    OwnedNodeRef::decode(bytes.into(), Dictionary::V3).unwrap()
}

async fn server() -> Arc<MediaServer> {
    Arc::new(
        MediaServer::start(MediaServerConfig::default())
            .await
            .unwrap(),
    )
}

/// A client whose `media_conn` comes from the server's IQ answer, through
/// the binary codec, as the connection layer will deliver it.
fn client(server: &Arc<MediaServer>) -> MediaClient {
    client_with(server, TransferConfig::emulator())
}

fn client_with(server: &Arc<MediaServer>, config: TransferConfig) -> MediaClient {
    let source = server.clone();
    let cache = MediaConnCache::new(move || {
        let answer = wire(&source.media_conn_result("m1"));
        async move { MediaConn::parse(answer.get()) }
    });
    MediaClient::new(config, Arc::new(cache)).unwrap()
}

fn sample(len: usize, seed: u8) -> Vec<u8> {
    (0..len)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 7) as u8 ^ seed)
        .collect()
}

fn recorder() -> (ProgressFn, Arc<Mutex<Vec<TransferProgress>>>) {
    let seen = Arc::new(Mutex::new(Vec::new()));
    let sink = seen.clone();
    let callback: ProgressFn = Arc::new(move |p| sink.lock().unwrap().push(p));
    (callback, seen)
}

fn assert_complete_and_monotonic(seen: &[TransferProgress], total: u64) {
    assert!(!seen.is_empty(), "no progress reported");
    for pair in seen.windows(2) {
        assert!(pair[0].done < pair[1].done, "progress went back: {pair:?}");
    }
    let last = seen.last().unwrap();
    assert_eq!(last.done, total);
    assert_eq!(last.total, Some(total));
}

fn leftovers(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

async fn upload_bytes(client: &MediaClient, plain: &[u8], media_type: MediaType) -> UploadedMedia {
    client
        .upload(
            UploadSource::Bytes(Bytes::copy_from_slice(plain)),
            media_type,
            &UploadOptions::default(),
        )
        .await
        .unwrap()
}

#[tokio::test]
async fn round_trips_every_source_and_several_types() {
    let server = server().await;
    let client = client(&server);
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (MediaType::Image, 0usize),
        (MediaType::Video, 1_048_579),
        (MediaType::Audio, 100),
        (MediaType::Ptt, 16),
        (MediaType::Document, 70_001),
        (MediaType::Sticker, 15),
        (MediaType::History, 5_000),
        (MediaType::AppState, 33),
    ];
    for (index, (media_type, len)) in cases.into_iter().enumerate() {
        let plain = sample(len, index as u8);
        let source_path = dir.path().join(format!("plain-{index}"));
        std::fs::write(&source_path, &plain).unwrap();
        let sources = [
            UploadSource::Bytes(Bytes::from(plain.clone())),
            UploadSource::Path(source_path.clone()),
            UploadSource::Reader(Box::new(std::io::Cursor::new(plain.clone()))),
        ];
        for source in sources {
            let uploaded = client
                .upload(source, media_type, &UploadOptions::default())
                .await
                .unwrap();
            assert_eq!(uploaded.file_length, len as u64);
            assert_eq!(
                uploaded.file_sha256,
                <[u8; 32]>::from(Sha256::digest(&plain))
            );
            assert!(uploaded.url.starts_with("http://127.0.0.1:"));
            assert!(uploaded.url.contains(&uploaded.direct_path));
            let stored = server.stored(&uploaded.direct_path).unwrap();
            assert_eq!(stored.sha256, uploaded.file_enc_sha256);
            assert_eq!(stored.mms_type, media_type.mms_type());
            assert_eq!(stored.len, (len as u64 / 16 + 1) * 16 + 10);

            let request = uploaded.download_request().unwrap();
            let got = client
                .download(&request, &DownloadOptions::default())
                .await
                .unwrap();
            assert_eq!(got.data, plain, "{media_type} of {len} bytes");
            assert_eq!(got.info.file_sha256, Some(uploaded.file_sha256));

            let target = dir.path().join(format!("out-{index}"));
            let info = client
                .download_to(&request, &target, &DownloadOptions::default())
                .await
                .unwrap();
            assert_eq!(std::fs::read(&target).unwrap(), plain);
            assert_eq!(info.file_length, len as u64);
        }
    }
    // Message protos built from an upload download too.
    let plain = sample(3000, 9);
    let uploaded = upload_bytes(&client, &plain, MediaType::Image).await;
    let message = uploaded.image_message("image/jpeg");
    let got = client
        .download(
            &message.download_request().unwrap(),
            &DownloadOptions::default(),
        )
        .await
        .unwrap();
    assert_eq!(got.data, plain);
    // Only the direct path of a message's URL is used, against our hosts.
    let url_only = wapy::proto::wa::ImageMessage {
        direct_path: None,
        ..message
    };
    let got = client
        .download(
            &url_only.download_request().unwrap(),
            &DownloadOptions::default(),
        )
        .await
        .unwrap();
    assert_eq!(got.data, plain);
    let blob = uploaded.external_blob_reference();
    assert_eq!(blob.file_size_bytes, Some(3000));
    assert_eq!(client.media_conns().fetches(), 1);
    assert_eq!(server.stats().auth_refusals, 0);
    assert!(
        leftovers(dir.path())
            .iter()
            .all(|name| !name.starts_with('.')),
        "temporary files left behind"
    );
}

#[tokio::test]
async fn corrupted_download_is_a_typed_error_and_leaves_nothing() {
    let server = server().await;
    let client = client(&server);
    let plain = sample(200_000, 1);
    let uploaded = upload_bytes(&client, &plain, MediaType::Document).await;
    server.corrupt(&uploaded.direct_path).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("doc.pdf");
    let request = uploaded.download_request().unwrap();

    let error = client
        .download_to(&request, &target, &DownloadOptions::default())
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            TransferError::Media(MediaError::HashMismatch(HashKind::FileEncSha256))
        ),
        "{error:?}"
    );
    assert!(error.is_integrity());
    assert!(!target.exists());
    assert!(
        leftovers(dir.path()).is_empty(),
        "{:?}",
        leftovers(dir.path())
    );

    // An existing file at the destination is left untouched.
    std::fs::write(&target, b"keep me").unwrap();
    assert!(
        client
            .download_to(&request, &target, &DownloadOptions::default())
            .await
            .is_err()
    );
    assert_eq!(std::fs::read(&target).unwrap(), b"keep me");
    assert_eq!(leftovers(dir.path()), ["doc.pdf"]);

    // Without the hash, the MAC catches it; in memory nothing is returned.
    let mut unhashed = request.clone();
    unhashed.checks.file_enc_sha256 = None;
    let error = client
        .download(&unhashed, &DownloadOptions::default())
        .await
        .unwrap_err();
    assert!(
        matches!(error, TransferError::Media(MediaError::MacMismatch)),
        "{error:?}"
    );
}

#[tokio::test]
async fn gone_media_then_a_full_media_retry_round_trip() {
    let server = server().await;
    let client = client(&server);
    let own = Jid::parse("15550001111:3@s.whatsapp.net").unwrap();
    let chat = Jid::parse("15552223333@s.whatsapp.net").unwrap();
    for (status, message_id) in [(404, "3EB0A1"), (410, "3EB0A2")] {
        let plain = sample(50_000, status as u8);
        let media_key = MediaKey::generate();
        let options = UploadOptions {
            media_key: Some(media_key.clone()),
            progress: None,
        };
        let uploaded = client
            .upload(
                UploadSource::Bytes(Bytes::from(plain.clone())),
                MediaType::Video,
                &options,
            )
            .await
            .unwrap();
        let request = uploaded.download_request().unwrap();
        server.fail_next_download(&uploaded.direct_path, status);
        let error = client
            .download(&request, &DownloadOptions::default())
            .await
            .unwrap_err();
        assert!(
            matches!(error, TransferError::MediaGone { status: s } if s == status),
            "{error:?}"
        );

        // The companion asks the phone; the phone re-uploads and answers.
        let receipt = MediaRetryReceipt::new(
            &own,
            message_id,
            RetryTarget::Message {
                chat: chat.clone(),
                from_me: true,
                participant: None,
            },
            media_key.as_bytes(),
        );
        let receipt_node = receipt.to_node();
        assert!(receipt_node.attrs().is("type", "server-error"));
        assert_eq!(
            receipt_node.attrs().jid("to").unwrap(),
            Jid::parse("15550001111@s.whatsapp.net").unwrap()
        );
        let (encrypted, _) = encrypt(&plain, &media_key.expand(MediaType::Video));
        let phone_media = PhoneMedia {
            media_key: media_key.clone(),
            media_type: MediaType::Video,
            encrypted: PhoneBlob::Bytes(Bytes::from(encrypted)),
        };
        let answer = answer_media_retry(&server, wire(&receipt_node).get(), Some(&phone_media))
            .await
            .unwrap();
        let notice = MediaRetryNotice::parse(wire(&answer).get()).unwrap();
        assert_eq!(notice.message_id, message_id);
        let MediaRetryOutcome::Success { direct_path } =
            notice.decrypt(media_key.as_bytes()).unwrap()
        else {
            panic!("the phone did not re-upload");
        };
        assert_ne!(direct_path, uploaded.direct_path);
        let retried = request.with_direct_path(direct_path).unwrap();
        let got = client
            .download(&retried, &DownloadOptions::default())
            .await
            .unwrap();
        assert_eq!(got.data, plain);
    }

    // A phone without the file answers "not found"; a wrong key, a
    // decryption error.
    let key = MediaKey::generate();
    let receipt = MediaRetryReceipt::new(&own, "3EB0A3", RetryTarget::HistorySync, key.as_bytes());
    let answer = answer_media_retry(&server, wire(&receipt.to_node()).get(), None)
        .await
        .unwrap();
    let notice = MediaRetryNotice::parse(wire(&answer).get()).unwrap();
    assert_eq!(
        notice.decrypt(key.as_bytes()).unwrap(),
        MediaRetryOutcome::NotFound
    );
    let other = PhoneMedia {
        media_key: MediaKey::generate(),
        media_type: MediaType::History,
        encrypted: PhoneBlob::Bytes(Bytes::from_static(b"x")),
    };
    let answer = answer_media_retry(&server, wire(&receipt.to_node()).get(), Some(&other))
        .await
        .unwrap();
    let notice = MediaRetryNotice::parse(wire(&answer).get()).unwrap();
    assert_eq!(
        notice.decrypt(other.media_key.as_bytes()).unwrap(),
        MediaRetryOutcome::DecryptionError
    );
}

#[tokio::test]
async fn fails_over_from_a_refusing_host() {
    let server = server().await;
    let dead = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().to_string()
    };
    server.advertise_first(vec![dead]);
    let client = client(&server);
    let plain = sample(123_456, 4);
    let uploaded = upload_bytes(&client, &plain, MediaType::Image).await;
    let got = client
        .download(
            &uploaded.download_request().unwrap(),
            &DownloadOptions::default(),
        )
        .await
        .unwrap();
    assert_eq!(got.data, plain);
    let stats = server.stats();
    assert_eq!((stats.uploads, stats.downloads), (1, 1));

    // Nothing but dead hosts: a typed network error once every walk failed.
    let lonely = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().to_string()
    };
    let cache = MediaConnCache::new(move || {
        let lonely = lonely.clone();
        async move {
            let node = Node::new("media_conn")
                .attr("auth", "x")
                .attr("ttl", "60")
                .children([Node::new("host").attr("hostname", lonely)]);
            MediaConn::parse(wire(&node).get())
        }
    });
    let isolated = MediaClient::new(TransferConfig::emulator(), Arc::new(cache)).unwrap();
    let error = isolated
        .upload(
            UploadSource::Bytes(Bytes::from_static(b"hi")),
            MediaType::Image,
            &UploadOptions::default(),
        )
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            TransferError::Network {
                kind: wapy::media::NetworkFailure::Connect,
                ..
            }
        ),
        "{error:?}"
    );
    assert!(!error.to_string().contains("auth="));
}

#[tokio::test]
async fn expired_token_refreshes_media_conn_once() {
    let server = server().await;
    let client = client(&server);
    upload_bytes(&client, b"first", MediaType::Image).await;
    assert_eq!(client.media_conns().fetches(), 1);

    server.expire_tokens();
    upload_bytes(&client, b"second", MediaType::Image).await;
    assert_eq!(client.media_conns().fetches(), 2);
    assert_eq!(server.stats().auth_refusals, 1);
    assert_eq!(server.stats().uploads, 2);

    // Refused again after the refresh: give up, one refresh only.
    server.refuse_auth(true);
    let error = client
        .upload(
            UploadSource::Bytes(Bytes::from_static(b"third")),
            MediaType::Image,
            &UploadOptions::default(),
        )
        .await
        .unwrap_err();
    assert!(
        matches!(error, TransferError::AuthRejected { status: 401 }),
        "{error:?}"
    );
    assert_eq!(client.media_conns().fetches(), 3);
    assert_eq!(server.stats().auth_refusals, 3);
    assert_eq!(server.stats().uploads, 2);
}

#[tokio::test]
async fn transient_failures_are_retried_and_client_errors_are_not() {
    let server = server().await;
    let client = client(&server);
    server.fail_next_uploads(503, 2);
    let uploaded = upload_bytes(&client, &sample(10_000, 2), MediaType::Audio).await;
    assert_eq!(server.stats().uploads, 1);

    server.fail_next_uploads(400, 1);
    let error = client
        .upload(
            UploadSource::Bytes(Bytes::from_static(b"bad")),
            MediaType::Audio,
            &UploadOptions::default(),
        )
        .await
        .unwrap_err();
    assert!(
        matches!(error, TransferError::Status { status: 400, .. }),
        "{error:?}"
    );

    server.fail_next_download(&uploaded.direct_path, 500);
    let request = uploaded.download_request().unwrap();
    let got = client
        .download(&request, &DownloadOptions::default())
        .await
        .unwrap();
    assert_eq!(got.data, sample(10_000, 2));

    // Every walk fails: the last status is reported.
    let config = TransferConfig {
        passes: 2,
        ..TransferConfig::emulator()
    };
    let impatient = client_with(&server, config);
    server.fail_next_download(&uploaded.direct_path, 502);
    server.fail_next_download(&uploaded.direct_path, 502);
    let error = impatient
        .download(&request, &DownloadOptions::default())
        .await
        .unwrap_err();
    assert!(
        matches!(error, TransferError::Status { status: 502, .. }),
        "{error:?}"
    );

    // The in-memory limit.
    let small = DownloadOptions {
        max_in_memory: Some(1000),
        ..DownloadOptions::default()
    };
    assert!(matches!(
        client.download(&request, &small).await,
        Err(TransferError::TooLarge { limit: 1000 })
    ));
    let mut unsized_request = request.clone();
    unsized_request.checks.file_length = None;
    assert!(matches!(
        client.download(&unsized_request, &small).await,
        Err(TransferError::TooLarge { limit: 1000 })
    ));
}

#[tokio::test]
async fn progress_is_monotonic_and_complete_also_across_a_resumed_download() {
    let server = server().await;
    let client = client(&server);
    let plain = sample(1_500_000, 3);
    let (callback, seen) = recorder();
    let options = UploadOptions {
        media_key: None,
        progress: Some(callback),
    };
    let uploaded = client
        .upload(
            UploadSource::Bytes(Bytes::from(plain.clone())),
            MediaType::Video,
            &options,
        )
        .await
        .unwrap();
    let enc_len = server.stored(&uploaded.direct_path).unwrap().len;
    assert_complete_and_monotonic(&seen.lock().unwrap(), enc_len);

    // The connection breaks after 300 kB: the download resumes with Range.
    server.drop_next_download(&uploaded.direct_path, 300_000);
    let (callback, seen) = recorder();
    let options = DownloadOptions {
        progress: Some(callback),
        ..DownloadOptions::default()
    };
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("video.mp4");
    client
        .download_to(&uploaded.download_request().unwrap(), &target, &options)
        .await
        .unwrap();
    assert_eq!(std::fs::read(&target).unwrap(), plain);
    assert_eq!(server.stats().downloads, 2);
    assert_complete_and_monotonic(&seen.lock().unwrap(), enc_len);
}

// ---------------------------------------------------------------------------
// Through a logged-in client and the full emulator.

use wapy::client::Client;
use wapy::events::Event;
use wapy::media::{MediaOrigin, MediaRetryOutcome as Outcome};
use wapy::proto::wa;
use wapy::store::Store;

async fn emulator_client(phone: &str) -> (wapy::server::Server, common::Watched) {
    let server = common::server().await;
    let watched = common::logged_in(&server, phone, Store::open_in_memory().unwrap()).await;
    (server, watched)
}

async fn upload_with(client: &Client, plain: &[u8], media_type: MediaType) -> UploadedMedia {
    client
        .upload(
            UploadSource::Bytes(Bytes::copy_from_slice(plain)),
            media_type,
            &UploadOptions::default(),
        )
        .await
        .unwrap()
}

#[tokio::test]
async fn client_round_trips_every_message_type_through_the_emulator() {
    let (server, watched) = emulator_client("15550100001").await;
    let client = &watched.client;

    let image = sample(70_001, 1);
    let up = upload_with(client, &image, MediaType::Image).await;
    let message: wa::ImageMessage = up.image_message("image/jpeg");
    assert_eq!(
        client
            .download(&message, &DownloadOptions::default())
            .await
            .unwrap()
            .data,
        image
    );

    let video = sample(150_000, 2);
    let up = upload_with(client, &video, MediaType::Video).await;
    let message = up.video_message("video/mp4");
    assert_eq!(
        client
            .download(&message, &DownloadOptions::default())
            .await
            .unwrap()
            .data,
        video
    );

    let voice = sample(9_999, 3);
    let up = upload_with(client, &voice, MediaType::Ptt).await;
    let message = up.audio_message("audio/ogg; codecs=opus");
    assert_eq!(message.ptt, Some(true));
    // A voice note is encrypted with the audio keys: the message's type
    // (audio) downloads it.
    assert_eq!(
        client
            .download(&message, &DownloadOptions::default())
            .await
            .unwrap()
            .data,
        voice
    );

    let document = sample(0, 4);
    let up = upload_with(client, &document, MediaType::Document).await;
    let message = up.document_message("application/pdf", "empty.pdf");
    assert_eq!(
        client
            .download(&message, &DownloadOptions::default())
            .await
            .unwrap()
            .data,
        document
    );

    let sticker = sample(65_536, 5);
    let up = upload_with(client, &sticker, MediaType::Sticker).await;
    let message = up.sticker_message("image/webp");
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("sticker.webp");
    let (progress, seen) = recorder();
    let options = DownloadOptions {
        progress: Some(progress),
        ..DownloadOptions::default()
    };
    let info = client
        .download_to(&message, &target, &options)
        .await
        .unwrap();
    assert_eq!(info.file_length, sticker.len() as u64);
    assert_eq!(std::fs::read(&target).unwrap(), sticker);
    assert_complete_and_monotonic(
        &seen.lock().unwrap(),
        (sticker.len() as u64 / 16 + 1) * 16 + 10,
    );

    let history = sample(4_321, 6);
    let up = upload_with(client, &history, MediaType::History).await;
    let notification = wa::HistorySyncNotification {
        file_sha256: Some(Bytes::copy_from_slice(&up.file_sha256)),
        file_length: Some(up.file_length),
        media_key: Some(Bytes::copy_from_slice(up.media_key.as_bytes())),
        file_enc_sha256: Some(Bytes::copy_from_slice(&up.file_enc_sha256)),
        direct_path: Some(up.direct_path.clone()),
        ..Default::default()
    };
    assert_eq!(
        client
            .download(&notification, &DownloadOptions::default())
            .await
            .unwrap()
            .data,
        history
    );

    // One media_conn IQ served every transfer (the answer is cached for
    // its TTL); the media server stored all six files.
    let stats = server.media().stats();
    assert_eq!(stats.media_conns, 1);
    assert_eq!(stats.uploads, 6);
    let conn = client.media_conn().await.unwrap();
    assert_eq!(conn.hosts[0].hostname, server.media().host());
    assert_eq!(server.media().stats().media_conns, 1);

    // A refused token fetches a new media_conn over the connection.
    server.media().expire_tokens();
    upload_with(client, b"after expiry", MediaType::Image).await;
    assert_eq!(server.media().stats().media_conns, 2);
    assert_eq!(server.media().stats().auth_refusals, 1);
    client.disconnect().await;
    server.shutdown().await;
}

#[tokio::test]
async fn client_fails_over_from_a_dead_first_host() {
    let (server, watched) = emulator_client("15550100002").await;
    let client = &watched.client;
    // A port nothing listens on, listed first.
    let dead = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let dead_host = dead.local_addr().unwrap().to_string();
    drop(dead);
    server.media().advertise_first(vec![dead_host]);
    let plain = sample(33_333, 7);
    let up = upload_with(client, &plain, MediaType::Document).await;
    let message = up.document_message("text/plain", "a.txt");
    assert_eq!(
        client
            .download(&message, &DownloadOptions::default())
            .await
            .unwrap()
            .data,
        plain
    );
    assert_eq!(client.media_conn().await.unwrap().hosts.len(), 2);
    client.disconnect().await;
    server.shutdown().await;
}

#[tokio::test]
async fn client_media_retry_through_the_phone() {
    let (server, watched) = emulator_client("15550100003").await;
    let client = &watched.client;
    let chat = Jid::parse("15559998888@s.whatsapp.net").unwrap();
    let plain = sample(80_000, 8);
    let media_key = MediaKey::generate();
    let up = client
        .upload(
            UploadSource::Bytes(Bytes::from(plain.clone())),
            MediaType::Image,
            &UploadOptions {
                media_key: Some(media_key.clone()),
                progress: None,
            },
        )
        .await
        .unwrap();
    let message = up.image_message("image/png");
    let (encrypted, _) = encrypt(&plain, &media_key.expand(MediaType::Image));
    server.media().keep_for_retry(
        "3EB0C0FFEE",
        PhoneMedia {
            media_key: media_key.clone(),
            media_type: MediaType::Image,
            encrypted: PhoneBlob::Bytes(Bytes::from(encrypted)),
        },
    );

    // Without the message's origin, 410 is reported as such.
    server.media().fail_next_download(&up.direct_path, 410);
    let error = client
        .download(&message, &DownloadOptions::default())
        .await
        .unwrap_err();
    assert!(
        matches!(error, TransferError::MediaGone { status: 410 }),
        "{error:?}"
    );

    // The file expires from the server; with the message's origin, the
    // client asks the phone, which uploads it again.
    assert!(server.media().remove(&up.direct_path));
    assert!(server.media().stored(&up.direct_path).is_none());
    let options = DownloadOptions {
        retry: Some(MediaOrigin::message(
            "3EB0C0FFEE",
            chat.clone(),
            false,
            None,
        )),
        ..DownloadOptions::default()
    };
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("retried.png");
    client
        .download_to(&message, &target, &options)
        .await
        .unwrap();
    assert_eq!(std::fs::read(&target).unwrap(), plain);
    assert_eq!(server.media().stats().uploads, 2);
    let event = watched
        .wait(|event| match event {
            Event::MediaRetry(retry) => Some(retry.clone()),
            _ => None,
        })
        .await;
    assert_eq!(event.message_id, "3EB0C0FFEE");
    assert_eq!(event.chat_jid, chat);
    assert!(event.ciphertext.is_some() && event.error_code.is_none());

    // A message the phone does not have: a typed refusal, nothing written.
    let options = DownloadOptions {
        retry: Some(MediaOrigin::message("3EB0UNKNOWN", chat, false, None)),
        ..DownloadOptions::default()
    };
    let target = dir.path().join("missing.png");
    let error = client
        .download_to(&message, &target, &options)
        .await
        .unwrap_err();
    assert!(
        matches!(error, TransferError::RetryRefused(Outcome::NotFound)),
        "{error:?}"
    );
    assert!(!target.exists());
    assert_eq!(leftovers(dir.path()), ["retried.png"]);
    client.disconnect().await;
    server.shutdown().await;
}

#[tokio::test]
async fn client_corrupted_download_leaves_nothing() {
    let (server, watched) = emulator_client("15550100004").await;
    let client = &watched.client;
    let plain = sample(250_000, 9);
    let up = upload_with(client, &plain, MediaType::Video).await;
    server.media().corrupt(&up.direct_path).unwrap();
    let message = up.video_message("video/mp4");
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("clip.mp4");
    let error = client
        .download_to(&message, &target, &DownloadOptions::default())
        .await
        .unwrap_err();
    assert!(error.is_integrity(), "{error:?}");
    assert!(leftovers(dir.path()).is_empty());
    let error = client
        .download(&message, &DownloadOptions::default())
        .await
        .unwrap_err();
    assert!(error.is_integrity(), "{error:?}");
    client.disconnect().await;
    server.shutdown().await;
}

/// A `kB` field of `/proc/self/status` (`VmRSS`, `VmHWM`), in KiB.
fn status_kib(field: &str) -> u64 {
    rss::status_bytes(field).unwrap_or_else(|| panic!("{field} unreadable")) / 1024
}

/// Resets the process's peak RSS to its current RSS (Linux `clear_refs` 5).
fn reset_peak_rss() {
    assert!(rss::reset_peak(), "the peak RSS cannot be reset");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn large_file_streams_both_ways_with_bounded_memory() {
    let mib: u64 = std::env::var("WAPY_MEDIA_BIG_MB")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(200);
    let len = mib * 1024 * 1024;
    let (server, watched) = emulator_client("15550100005").await;
    let client = &watched.client;
    let dir = tempfile::tempdir().unwrap();
    let source = dir.path().join("big.bin");
    // Written from a generator, 1 MiB at a time, hashed on the way.
    let mut hash = Sha256::new();
    {
        use std::io::Write;
        let mut file = std::io::BufWriter::new(std::fs::File::create(&source).unwrap());
        let mut piece = vec![0u8; 1024 * 1024];
        for index in 0..mib {
            for (i, byte) in piece.iter_mut().enumerate() {
                *byte = (i as u64).wrapping_mul(31).wrapping_add(index) as u8;
            }
            hash.update(&piece);
            file.write_all(&piece).unwrap();
        }
        file.flush().unwrap();
    }
    let expected: [u8; 32] = hash.finalize().into();

    reset_peak_rss();
    let baseline = status_kib("VmRSS");
    let (progress, seen) = recorder();
    let up = client
        .upload_path(
            &source,
            MediaType::Video,
            &UploadOptions {
                media_key: None,
                progress: Some(progress),
            },
        )
        .await
        .unwrap();
    assert_eq!(up.file_length, len);
    assert_eq!(up.file_sha256, expected);
    let enc_len = (len / 16 + 1) * 16 + 10;
    assert_complete_and_monotonic(&seen.lock().unwrap(), enc_len);

    let target = dir.path().join("copy.bin");
    let message = up.video_message("video/mp4");
    let info = client
        .download_to(&message, &target, &DownloadOptions::default())
        .await
        .unwrap();
    let peak = status_kib("VmHWM");
    assert_eq!(info.file_length, len);
    assert_eq!(std::fs::metadata(&target).unwrap().len(), len);
    let mut copy = Sha256::new();
    {
        use std::io::Read;
        let mut file = std::fs::File::open(&target).unwrap();
        let mut buffer = vec![0u8; 1024 * 1024];
        loop {
            let n = file.read(&mut buffer).unwrap();
            if n == 0 {
                break;
            }
            copy.update(&buffer[..n]);
        }
    }
    assert_eq!(<[u8; 32]>::from(copy.finalize()), expected);

    // The whole round trip (client, HTTP on both sides, the media server)
    // ran in this process; its peak resident memory grew by far less than
    // the file (other tests of this binary run alongside and count too).
    let growth_mib = peak.saturating_sub(baseline) / 1024;
    eprintln!("{mib} MiB round trip: peak RSS grew by {growth_mib} MiB");
    assert!(
        growth_mib < 48,
        "peak RSS grew by {growth_mib} MiB for a {mib} MiB file"
    );
    client.disconnect().await;
    server.shutdown().await;
}
