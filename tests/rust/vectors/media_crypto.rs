//! `media_crypto.json`: media file encryption and the media retry payloads.
//!
//! Per case: the media type's HKDF info and the 112-byte expansion (iv,
//! cipher key, MAC key, ref key); encryption of `plaintext` (in memory and
//! streamed in uneven pieces) gives `enc_file` (= `ciphertext || mac10`),
//! `file_sha256`, `file_enc_sha256` and `file_length`; decryption of
//! `enc_file` with every announced hash (in memory and streamed) gives
//! `plaintext`. The history case also inflates its plaintext to
//! `history_sync_bytes`, scans its header and checks the notification that
//! points to it; the app-state case decodes its `SyncdMutations` and checks
//! the `ExternalBlobReference`.
//!
//! `media_retry`: the retry key, `enc_p` of the request for the given IV and
//! its `ServerErrorReceipt` plaintext, and the response's decryption (and
//! re-encryption) to the `MediaRetryNotification`. The receipt stanza built
//! by `MediaRetryReceipt` encodes to `stanza_wire_v3` byte for byte, and the
//! wire bytes parse back to the same receipt, which opens with the media key.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use prost::Message as _;
use serde_json::Value;
use wapy::binary::{Dictionary, Jid, OwnedNodeRef, encode};
use wapy::media::retry::{
    MediaRetryRequest, decrypt_media_retry_notification, decrypt_server_error_receipt,
    encrypt_media_retry_notification, media_retry_key,
};
use wapy::media::{
    MediaChecks, MediaDecryptor, MediaEncryptor, MediaKeys, MediaRetryReceipt, MediaType,
    RetryTarget, decrypt, decrypt_stream, encrypt,
};
use wapy::proto::wa;
use wapy::sync::app_state::parse_mutations;
use wapy::sync::history;

use crate::app_state::proto_json;
use crate::common::{Report, case_id, cases, expect_bytes, hex_field, str_field};

pub fn run(doc: &Value) -> Report {
    let mut report = Report::default();
    for case in cases(doc) {
        report.check(case_id(case), || check_case(case));
    }
    for entry in doc["media_retry"]
        .as_array()
        .map(Vec::as_slice)
        .unwrap_or(&[])
    {
        report.check(case_id(entry), || check_retry(entry));
    }
    report
}

fn check_case(case: &Value) -> Result<(), String> {
    let media_type =
        MediaType::from_name(str_field(case, "media_type")?).map_err(|e| e.to_string())?;
    let info = str_field(case, "hkdf_info")?;
    if media_type.hkdf_info() != info {
        return Err(format!(
            "hkdf info {:?}, expected {info:?}",
            media_type.hkdf_info()
        ));
    }
    let media_key = hex_field(case, "media_key")?;
    let keys = MediaKeys::derive(&media_key, media_type);
    let expanded = &case["expanded_112"];
    expect_bytes("iv", keys.iv(), &hex_field(expanded, "iv")?)?;
    expect_bytes(
        "cipher_key",
        keys.cipher_key(),
        &hex_field(expanded, "cipher_key")?,
    )?;
    expect_bytes("mac_key", keys.mac_key(), &hex_field(expanded, "mac_key")?)?;
    expect_bytes("ref_key", keys.ref_key(), &hex_field(expanded, "ref_key")?)?;

    let plaintext = hex_field(case, "plaintext")?;
    let enc_file = hex_field(case, "enc_file")?;
    let ciphertext = hex_field(case, "ciphertext")?;
    let mac10 = hex_field(case, "mac10")?;
    let file_sha256 = hex_field(case, "file_sha256")?;
    let file_enc_sha256 = hex_field(case, "file_enc_sha256")?;
    let file_length = case["file_length"].as_u64().ok_or("file_length missing")?;
    if plaintext.len() as u64 != file_length {
        return Err("plaintext length differs from file_length".into());
    }

    // Encryption, in memory and streamed in uneven pieces.
    let (encrypted, info) = encrypt(&plaintext, &keys);
    expect_bytes("enc_file", &encrypted, &enc_file)?;
    expect_bytes(
        "ciphertext part",
        &encrypted[..encrypted.len() - 10],
        &ciphertext,
    )?;
    expect_bytes("mac10", &info.mac, &mac10)?;
    expect_bytes("file_sha256", &info.file_sha256, &file_sha256)?;
    expect_bytes("file_enc_sha256", &info.file_enc_sha256, &file_enc_sha256)?;
    if info.file_length != file_length || info.enc_length() != enc_file.len() as u64 {
        return Err(format!(
            "lengths {} / {}",
            info.file_length,
            info.enc_length()
        ));
    }
    let mut encryptor = MediaEncryptor::new(&keys);
    let mut streamed = Vec::new();
    for piece in plaintext.chunks(7) {
        encryptor.update(piece, &mut streamed);
    }
    let streamed_info = encryptor.finish(&mut streamed);
    expect_bytes("streamed enc_file", &streamed, &enc_file)?;
    if streamed_info != info {
        return Err("streamed encryption reports different hashes".into());
    }
    expect_base64(case, "file_sha256_base64", &file_sha256)?;
    expect_base64(case, "file_enc_sha256_base64", &file_enc_sha256)?;
    expect_base64(case, "media_key_base64", &media_key)?;

    // Decryption with every announced check, in memory and streamed.
    let checks = MediaChecks::none()
        .with_enc_sha256(&file_enc_sha256)
        .and_then(|c| c.with_sha256(&file_sha256))
        .map_err(|e| e.to_string())?
        .with_length(file_length);
    let (decrypted, decrypted_info) =
        decrypt(&enc_file, &keys, checks).map_err(|e| format!("decrypt: {e}"))?;
    expect_bytes("decrypted plaintext", &decrypted, &plaintext)?;
    let hashes = (
        decrypted_info.file_sha256.as_ref(),
        decrypted_info.file_enc_sha256.as_ref(),
    );
    if hashes != (Some(&info.file_sha256), Some(&info.file_enc_sha256))
        || decrypted_info.file_length != file_length
    {
        return Err("decryption reports other hashes or length than encryption".into());
    }
    let mut sink = Vec::new();
    decrypt_stream(enc_file.as_slice(), &mut sink, &keys, checks)
        .map_err(|e| format!("decrypt_stream: {e}"))?;
    expect_bytes("stream-decrypted plaintext", &sink, &plaintext)?;
    let mut decryptor = MediaDecryptor::new(&keys, checks);
    let mut pieces = Vec::new();
    for piece in enc_file.chunks(13) {
        decryptor
            .update(piece, &mut pieces)
            .map_err(|e| e.to_string())?;
    }
    decryptor
        .finish(&mut pieces)
        .map_err(|e| format!("piecewise decrypt: {e}"))?;
    expect_bytes("piecewise-decrypted plaintext", &pieces, &plaintext)?;
    let mut tampered = enc_file.clone();
    let last = tampered.len() - 1;
    tampered[last] ^= 1;
    if decrypt(&tampered, &keys, MediaChecks::none()).is_ok() {
        return Err("a tampered MAC was accepted".into());
    }

    match media_type {
        MediaType::History => check_history(case, &plaintext, &media_key, &info),
        MediaType::AppState => check_app_state_blob(case, &plaintext, &media_key, &info),
        _ => Ok(()),
    }
}

fn expect_base64(case: &Value, field: &str, want: &[u8]) -> Result<(), String> {
    let text = str_field(case, field)?;
    let bytes = STANDARD
        .decode(text)
        .map_err(|e| format!("{field} is not base64: {e}"))?;
    expect_bytes(field, &bytes, want)
}

/// The history blob inflates to `HistorySync` bytes whose header the scanner
/// reads, and the notification message describes the encrypted file.
fn check_history(
    case: &Value,
    plaintext: &[u8],
    media_key: &[u8],
    info: &wapy::media::EncryptedMedia,
) -> Result<(), String> {
    let inflated = history::inflate_default(plaintext).map_err(|e| format!("inflate: {e}"))?;
    let history_bytes = hex_field(case, "history_sync_bytes")?;
    expect_bytes("inflated history", &inflated, &history_bytes)?;
    let header = history::scan_header(&inflated).map_err(|e| format!("scan: {e}"))?;
    let object = &case["history_sync_object"];
    let want_type = object["syncType"]
        .as_str()
        .ok_or("history_sync_object.syncType missing")?;
    let got_type = header.sync_type().map(|t| t.as_str_name()).unwrap_or("?");
    if got_type != want_type {
        return Err(format!("scanned syncType {got_type}, expected {want_type}"));
    }
    let full = wa::HistorySync::decode(inflated.as_ref()).map_err(|e| e.to_string())?;
    if (full.chunk_order, full.progress) != (header.chunk_order, header.progress) {
        return Err("scanned chunkOrder/progress differ from a full decode".into());
    }
    let json = proto_json("proto.HistorySync", &history_bytes)?;
    if &json != object {
        return Err(format!(
            "history object differs:\n  got  {json}\n  want {object}"
        ));
    }

    let message_bytes = hex_field(&case["notification_message"], "bytes")?;
    let message = wa::Message::decode(message_bytes.as_slice()).map_err(|e| e.to_string())?;
    let notification = message
        .protocol_message
        .and_then(|p| p.history_sync_notification)
        .ok_or("notification carries no historySyncNotification")?;
    expect_bytes(
        "notification mediaKey",
        notification.media_key.as_deref().unwrap_or_default(),
        media_key,
    )?;
    expect_bytes(
        "notification fileSha256",
        notification.file_sha256.as_deref().unwrap_or_default(),
        &info.file_sha256,
    )?;
    expect_bytes(
        "notification fileEncSha256",
        notification.file_enc_sha256.as_deref().unwrap_or_default(),
        &info.file_enc_sha256,
    )?;
    if notification.file_length != Some(info.file_length) {
        return Err("notification fileLength differs".into());
    }
    Ok(())
}

/// The app-state blob is a `SyncdMutations` and the blob reference describes it.
fn check_app_state_blob(
    case: &Value,
    plaintext: &[u8],
    media_key: &[u8],
    info: &wapy::media::EncryptedMedia,
) -> Result<(), String> {
    let mutations = parse_mutations(plaintext).map_err(|e| e.to_string())?;
    if mutations.mutations.is_empty() {
        return Err("external mutations blob holds no mutation".into());
    }
    let reference_bytes = hex_field(&case["external_blob_reference"], "bytes")?;
    let reference =
        wa::ExternalBlobReference::decode(reference_bytes.as_slice()).map_err(|e| e.to_string())?;
    expect_bytes(
        "reference mediaKey",
        reference.media_key.as_deref().unwrap_or_default(),
        media_key,
    )?;
    expect_bytes(
        "reference fileSha256",
        reference.file_sha256.as_deref().unwrap_or_default(),
        &info.file_sha256,
    )?;
    expect_bytes(
        "reference fileEncSha256",
        reference.file_enc_sha256.as_deref().unwrap_or_default(),
        &info.file_enc_sha256,
    )?;
    if reference.file_size_bytes != Some(info.file_length) {
        return Err("reference fileSizeBytes differs".into());
    }
    Ok(())
}

fn check_retry(entry: &Value) -> Result<(), String> {
    let media_key = hex_field(entry, "media_key")?;
    let message_id = entry["message_key"]["id"]
        .as_str()
        .ok_or("message_key.id missing")?;
    expect_bytes(
        "retry_key",
        media_retry_key(&media_key).as_slice(),
        &hex_field(entry, "retry_key")?,
    )?;

    let request = &entry["request"];
    let iv: [u8; 12] = hex_field(request, "iv")?
        .try_into()
        .map_err(|_| "request iv is not 12 bytes")?;
    let built = MediaRetryRequest::with_iv(&media_key, message_id, iv);
    expect_bytes("enc_p", &built.enc_p, &hex_field(request, "enc_p")?)?;
    let receipt = decrypt_server_error_receipt(&media_key, message_id, &built.enc_p, &iv)
        .map_err(|e| e.to_string())?;
    expect_bytes(
        "ServerErrorReceipt plaintext",
        &receipt.encode_to_vec(),
        &hex_field(request, "server_error_receipt_plaintext")?,
    )?;

    check_receipt_stanza(entry, &media_key, message_id, built)?;

    let response = &entry["response"];
    let response_iv = hex_field(response, "iv")?;
    let ciphertext = hex_field(response, "ciphertext")?;
    let notification =
        decrypt_media_retry_notification(&media_key, message_id, &ciphertext, &response_iv)
            .map_err(|e| format!("response: {e}"))?;
    let plain = notification.encode_to_vec();
    expect_bytes(
        "MediaRetryNotification plaintext",
        &plain,
        &hex_field(response, "plaintext")?,
    )?;
    let json = proto_json("proto.MediaRetryNotification", &plain)?;
    if json != response["media_retry_notification"] {
        return Err(format!(
            "notification differs: got {json}, want {}",
            response["media_retry_notification"]
        ));
    }
    let iv12: [u8; 12] = response_iv
        .try_into()
        .map_err(|_| "response iv is not 12 bytes")?;
    expect_bytes(
        "re-encrypted response",
        &encrypt_media_retry_notification(&media_key, message_id, &notification, &iv12),
        &ciphertext,
    )?;
    if decrypt_media_retry_notification(&media_key, "another id", &ciphertext, &iv12).is_ok() {
        return Err("the response decrypted under another message id".into());
    }
    Ok(())
}

/// `stanza_wire_v3`: the receipt as the binary codec writes it (no frame
/// flag byte), and back.
fn check_receipt_stanza(
    entry: &Value,
    media_key: &[u8],
    message_id: &str,
    request: MediaRetryRequest,
) -> Result<(), String> {
    let key = &entry["message_key"];
    let jid = |value: &Value, what: &str| -> Result<Jid, String> {
        value
            .as_str()
            .ok_or_else(|| format!("{what} missing"))?
            .parse::<Jid>()
            .map_err(|e| format!("{what}: {e}"))
    };
    let me = jid(&entry["me_id"], "me_id")?;
    let target = RetryTarget::Message {
        chat: jid(&key["remoteJid"], "message_key.remoteJid")?,
        from_me: key["fromMe"].as_bool().unwrap_or(false),
        participant: match &key["participant"] {
            Value::Null => None,
            value => Some(jid(value, "message_key.participant")?),
        },
    };
    let receipt = MediaRetryReceipt::with_request(&me, message_id, target, request);
    let wire = encode(&receipt.to_node(), Dictionary::V3).map_err(|e| e.to_string())?;
    let want = hex_field(&entry["request"], "stanza_wire_v3")?;
    expect_bytes("stanza_wire_v3", &wire, &want)?;
    let decoded =
        OwnedNodeRef::decode(want.into(), Dictionary::V3).map_err(|e| format!("decode: {e}"))?;
    let parsed = MediaRetryReceipt::parse(decoded.get()).map_err(|e| e.to_string())?;
    if parsed != receipt {
        return Err(format!("parsed receipt differs: {parsed:?}"));
    }
    parsed
        .open(media_key)
        .map_err(|e| format!("the parsed receipt does not open: {e}"))
}
