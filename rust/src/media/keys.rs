//! Media types and the keys derived from a message's `mediaKey`.
//!
//! `HKDF-SHA256(ikm = mediaKey, salt = none, info, 112)` gives, in order, the
//! CBC IV (16 bytes), the AES-256 key (32), the HMAC-SHA256 key (32) and a
//! reference key (32) that no current flow uses. The `info` string depends on
//! the media type ("WhatsApp Image Keys", "WhatsApp History Keys", ...).

use std::fmt;

use cbc::cipher::array::Array;
use hkdf::Hkdf;
use hmac::{Hmac, KeyInit};
use sha2::{Sha256, Sha512};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use super::MediaError;
use crate::signal::keys::random_array;

/// Length of a media key (`mediaKey` in messages and blob references).
pub const MEDIA_KEY_LEN: usize = 32;
/// Length of the HKDF expansion of a media key.
pub const EXPANDED_LEN: usize = 112;
/// Length of the truncated HMAC appended to an encrypted media file.
pub const MAC_LEN: usize = 10;

/// What kind of file a media key protects; selects the HKDF info string and
/// the upload path.
///
/// Profile pictures (`ppic`) and product catalog images travel unencrypted
/// and therefore have no variant here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum MediaType {
    /// Photo (`imageMessage`).
    Image,
    /// Sticker (`stickerMessage`): encrypted as an image.
    Sticker,
    /// Product image of a catalogue message: encrypted as an image.
    Product,
    /// Business cover photo: encrypted as an image.
    BizCoverPhoto,
    /// Video (`videoMessage`).
    Video,
    /// Looping video sent as a GIF: encrypted as a video.
    Gif,
    /// Round video note ("push to video"): encrypted as a video.
    Ptv,
    /// Audio file (`audioMessage`).
    Audio,
    /// Voice note ("push to talk"): encrypted as audio.
    Ptt,
    /// Document (`documentMessage`).
    Document,
    /// History sync blob (`HistorySyncNotification`).
    History,
    /// App-state blob: snapshots and external mutations (`ExternalBlobReference`).
    AppState,
    /// Sticker pack archive.
    StickerPack,
    /// Thumbnail of a sticker pack.
    StickerPackThumbnail,
    /// High-quality thumbnail of an image.
    ThumbnailImage,
    /// High-quality thumbnail of a video.
    ThumbnailVideo,
    /// Thumbnail of a document.
    ThumbnailDocument,
    /// Thumbnail of a link preview.
    ThumbnailLink,
    /// Background image of a payment message.
    PaymentBackgroundImage,
}

impl MediaType {
    /// Every media type, for iteration.
    pub const ALL: [MediaType; 19] = [
        MediaType::Image,
        MediaType::Sticker,
        MediaType::Product,
        MediaType::BizCoverPhoto,
        MediaType::Video,
        MediaType::Gif,
        MediaType::Ptv,
        MediaType::Audio,
        MediaType::Ptt,
        MediaType::Document,
        MediaType::History,
        MediaType::AppState,
        MediaType::StickerPack,
        MediaType::StickerPackThumbnail,
        MediaType::ThumbnailImage,
        MediaType::ThumbnailVideo,
        MediaType::ThumbnailDocument,
        MediaType::ThumbnailLink,
        MediaType::PaymentBackgroundImage,
    ];

    /// The HKDF info string of this type.
    pub const fn hkdf_info(self) -> &'static str {
        match self {
            MediaType::Image
            | MediaType::Sticker
            | MediaType::Product
            | MediaType::BizCoverPhoto => "WhatsApp Image Keys",
            MediaType::Video | MediaType::Gif | MediaType::Ptv => "WhatsApp Video Keys",
            MediaType::Audio | MediaType::Ptt => "WhatsApp Audio Keys",
            MediaType::Document => "WhatsApp Document Keys",
            MediaType::History => "WhatsApp History Keys",
            MediaType::AppState => "WhatsApp App State Keys",
            MediaType::StickerPack => "WhatsApp Sticker Pack Keys",
            MediaType::StickerPackThumbnail => "WhatsApp Sticker Pack Thumbnail Keys",
            MediaType::ThumbnailImage => "WhatsApp Image Thumbnail Keys",
            MediaType::ThumbnailVideo => "WhatsApp Video Thumbnail Keys",
            MediaType::ThumbnailDocument => "WhatsApp Document Thumbnail Keys",
            MediaType::ThumbnailLink => "WhatsApp Link Thumbnail Keys",
            MediaType::PaymentBackgroundImage => "WhatsApp Payment Background Keys",
        }
    }

    /// The media path segment used in upload URLs (`/mms/<type>/<token>`) and
    /// in the `mms-type` download parameter.
    pub const fn mms_type(self) -> &'static str {
        match self {
            MediaType::Image | MediaType::Sticker | MediaType::Product => "image",
            MediaType::Video | MediaType::Gif | MediaType::Ptv => "video",
            MediaType::Audio | MediaType::Ptt => "audio",
            MediaType::Document => "document",
            MediaType::History => "md-msg-hist",
            MediaType::AppState => "md-app-state",
            MediaType::StickerPack => "sticker-pack",
            MediaType::StickerPackThumbnail => "thumbnail-sticker-pack",
            MediaType::ThumbnailImage => "thumbnail-image",
            MediaType::ThumbnailVideo => "thumbnail-video",
            MediaType::ThumbnailDocument => "thumbnail-document",
            MediaType::ThumbnailLink => "thumbnail-link",
            MediaType::BizCoverPhoto => "biz-cover-photo",
            MediaType::PaymentBackgroundImage => "payment-bg-image",
        }
    }

    /// The type's name as WhatsApp Web and Baileys spell it (`"image"`,
    /// `"ptt"`, `"md-msg-hist"`, `"thumbnail-link"`, ...).
    pub const fn name(self) -> &'static str {
        match self {
            MediaType::Image => "image",
            MediaType::Sticker => "sticker",
            MediaType::Product => "product",
            MediaType::BizCoverPhoto => "biz-cover-photo",
            MediaType::Video => "video",
            MediaType::Gif => "gif",
            MediaType::Ptv => "ptv",
            MediaType::Audio => "audio",
            MediaType::Ptt => "ptt",
            MediaType::Document => "document",
            MediaType::History => "md-msg-hist",
            MediaType::AppState => "md-app-state",
            MediaType::StickerPack => "sticker-pack",
            MediaType::StickerPackThumbnail => "thumbnail-sticker-pack",
            MediaType::ThumbnailImage => "thumbnail-image",
            MediaType::ThumbnailVideo => "thumbnail-video",
            MediaType::ThumbnailDocument => "thumbnail-document",
            MediaType::ThumbnailLink => "thumbnail-link",
            MediaType::PaymentBackgroundImage => "payment-bg-image",
        }
    }

    /// Looks a type up by its [`name`](MediaType::name); `"history"` and
    /// `"app-state"` are accepted as aliases of `md-msg-hist` and `md-app-state`.
    pub fn from_name(name: &str) -> Result<MediaType, MediaError> {
        match name {
            "history" => return Ok(MediaType::History),
            "app-state" => return Ok(MediaType::AppState),
            _ => {}
        }
        MediaType::ALL
            .into_iter()
            .find(|kind| kind.name() == name)
            .ok_or_else(|| MediaError::UnknownMediaType(name.to_owned()))
    }
}

impl fmt::Display for MediaType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A 32-byte media key: the secret a media message carries.
#[derive(Clone, PartialEq, Eq, Zeroize, ZeroizeOnDrop)]
pub struct MediaKey([u8; MEDIA_KEY_LEN]);

impl MediaKey {
    /// A fresh random key, for uploads.
    pub fn generate() -> MediaKey {
        MediaKey(random_array())
    }

    /// Wraps key bytes.
    pub const fn from_bytes(bytes: [u8; MEDIA_KEY_LEN]) -> MediaKey {
        MediaKey(bytes)
    }

    /// Reads a key from a message field, which must hold exactly 32 bytes.
    pub fn from_slice(bytes: &[u8]) -> Result<MediaKey, MediaError> {
        let array: [u8; MEDIA_KEY_LEN] =
            bytes.try_into().map_err(|_| MediaError::BadFieldLength {
                field: "mediaKey",
                expected: MEDIA_KEY_LEN,
                got: bytes.len(),
            })?;
        Ok(MediaKey(array))
    }

    /// The key bytes, for storing them in an outgoing message.
    pub const fn as_bytes(&self) -> &[u8; MEDIA_KEY_LEN] {
        &self.0
    }

    /// Derives the file keys for one media type.
    pub fn expand(&self, media_type: MediaType) -> MediaKeys {
        MediaKeys::derive(&self.0, media_type)
    }
}

impl fmt::Debug for MediaKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("MediaKey(<redacted>)")
    }
}

/// The keys of one media file, expanded from its media key.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct MediaKeys {
    iv: [u8; 16],
    cipher_key: [u8; 32],
    mac_key: [u8; 32],
    ref_key: [u8; 32],
}

impl MediaKeys {
    /// Expands `media_key` with the info string of `media_type`. Any key
    /// length is accepted (HKDF takes any input); WhatsApp's keys have 32 bytes.
    pub fn derive(media_key: &[u8], media_type: MediaType) -> MediaKeys {
        MediaKeys::from_expanded(&expand(media_key, media_type.hkdf_info()))
    }

    /// Splits a 112-byte expansion into its parts.
    pub fn from_expanded(expanded: &[u8; EXPANDED_LEN]) -> MediaKeys {
        let mut keys = MediaKeys {
            iv: [0; 16],
            cipher_key: [0; 32],
            mac_key: [0; 32],
            ref_key: [0; 32],
        };
        keys.iv.copy_from_slice(&expanded[0..16]);
        keys.cipher_key.copy_from_slice(&expanded[16..48]);
        keys.mac_key.copy_from_slice(&expanded[48..80]);
        keys.ref_key.copy_from_slice(&expanded[80..112]);
        keys
    }

    /// The AES-CBC initialisation vector.
    pub const fn iv(&self) -> &[u8; 16] {
        &self.iv
    }

    /// The AES-256 key.
    pub const fn cipher_key(&self) -> &[u8; 32] {
        &self.cipher_key
    }

    /// The HMAC-SHA256 key of the file MAC.
    pub const fn mac_key(&self) -> &[u8; 32] {
        &self.mac_key
    }

    /// The reference key (derived for completeness; unused by current flows).
    pub const fn ref_key(&self) -> &[u8; 32] {
        &self.ref_key
    }
}

impl fmt::Debug for MediaKeys {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("MediaKeys(<redacted>)")
    }
}

/// HMAC-SHA256 keyed with a 32-byte key. HMAC pads keys shorter than the
/// hash block with zeros, so the zero-padded 64-byte key is the same key and
/// the constructor needs no fallible length check.
pub(crate) fn hmac_sha256(key: &[u8; 32]) -> Hmac<Sha256> {
    let mut block = Zeroizing::new([0u8; 64]);
    block[..32].copy_from_slice(key);
    <Hmac<Sha256> as KeyInit>::new(&Array::from(*block))
}

/// HMAC-SHA512 keyed with a 32-byte key (zero-padded to the 128-byte block,
/// as HMAC itself does).
pub(crate) fn hmac_sha512(key: &[u8; 32]) -> Hmac<Sha512> {
    let mut block = Zeroizing::new([0u8; 128]);
    block[..32].copy_from_slice(key);
    <Hmac<Sha512> as KeyInit>::new(&Array::from(*block))
}

/// `HKDF-SHA256(ikm, salt = none, info, 112)`.
fn expand(ikm: &[u8], info: &str) -> [u8; EXPANDED_LEN] {
    let mut out = [0u8; EXPANDED_LEN];
    // 112 bytes is far below HKDF-SHA256's limit of 255 * 32, so the
    // length error cannot occur; the buffer stays zero if it ever did.
    if Hkdf::<Sha256>::new(None, ikm)
        .expand(info.as_bytes(), &mut out)
        .is_err()
    {
        log::error!("HKDF refused a {EXPANDED_LEN}-byte expansion");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_are_unique() {
        for kind in MediaType::ALL {
            assert_eq!(MediaType::from_name(kind.name()).unwrap(), kind);
            assert_eq!(kind.to_string(), kind.name());
        }
        let mut names: Vec<_> = MediaType::ALL.iter().map(|k| k.name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), MediaType::ALL.len());
        assert_eq!(MediaType::from_name("history").unwrap(), MediaType::History);
        assert_eq!(
            MediaType::from_name("app-state").unwrap(),
            MediaType::AppState
        );
        assert!(
            matches!(MediaType::from_name("ppic"), Err(MediaError::UnknownMediaType(name)) if name == "ppic")
        );
    }

    #[test]
    fn info_strings_match_the_vectors_map() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/vectors/media_crypto.json"
        );
        let doc: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let map = doc["header"]["hkdf_info_map"].as_object().unwrap();
        let mut checked = 0;
        for (name, info) in map {
            let info = info.as_str().unwrap();
            match MediaType::from_name(name) {
                Ok(kind) => {
                    assert_eq!(kind.hkdf_info(), info, "{name}");
                    checked += 1;
                }
                // Only the unencrypted kinds (empty info word) are left out.
                Err(_) => assert_eq!(info, "WhatsApp  Keys", "{name} is missing"),
            }
        }
        assert!(checked >= 16);
    }

    #[test]
    fn shared_info_strings() {
        assert_eq!(MediaType::Sticker.hkdf_info(), MediaType::Image.hkdf_info());
        assert_eq!(MediaType::Ptt.hkdf_info(), "WhatsApp Audio Keys");
        assert_eq!(MediaType::Ptv.hkdf_info(), "WhatsApp Video Keys");
        assert_eq!(MediaType::History.mms_type(), "md-msg-hist");
        assert_eq!(MediaType::AppState.mms_type(), "md-app-state");
    }

    #[test]
    fn expansion_layout() {
        let key = MediaKey::from_bytes([7; 32]);
        let keys = key.expand(MediaType::Document);
        let full = expand(&[7; 32], "WhatsApp Document Keys");
        assert_eq!(keys.iv(), &full[..16]);
        assert_eq!(keys.cipher_key(), &full[16..48]);
        assert_eq!(keys.mac_key(), &full[48..80]);
        assert_eq!(keys.ref_key(), &full[80..]);
    }

    #[test]
    fn padded_hmac_keys_equal_plain_keys() {
        use hmac::Mac;
        let key = [0x42u8; 32];
        let mut ours = hmac_sha256(&key);
        ours.update(b"abc");
        let mut plain = <Hmac<Sha256> as KeyInit>::new_from_slice(&key).unwrap();
        plain.update(b"abc");
        assert_eq!(ours.finalize().into_bytes(), plain.finalize().into_bytes());
        let mut ours = hmac_sha512(&key);
        ours.update(b"abc");
        let mut plain = <Hmac<Sha512> as KeyInit>::new_from_slice(&key).unwrap();
        plain.update(b"abc");
        assert_eq!(ours.finalize().into_bytes(), plain.finalize().into_bytes());
    }

    #[test]
    fn keys_are_redacted() {
        let key = MediaKey::from_bytes([0xab; 32]);
        assert_eq!(format!("{key:?}"), "MediaKey(<redacted>)");
        assert_eq!(
            format!("{:?}", key.expand(MediaType::Image)),
            "MediaKeys(<redacted>)"
        );
        assert!(matches!(
            MediaKey::from_slice(&[0; 31]),
            Err(MediaError::BadFieldLength {
                field: "mediaKey",
                expected: 32,
                got: 31
            })
        ));
    }
}
