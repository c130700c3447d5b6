//! The QR code a companion shows for linking, and its rotation.
//!
//! After a registration handshake the server sends `<pair-device>` with a
//! handful of `<ref>`s; the companion shows one QR code per ref. The text is
//! `ref,B64(noise pub),B64(identity pub),B64(advSecret),T`: the ref as sent
//! (UTF-8), the Noise static key and the Signal identity key (raw 32 bytes
//! each), the [`AdvSecret`], all in standard padded base64, then the
//! companion's platform character `T` ([`CompanionPlatform`]). Older clients
//! sent the first four fields only.
//!
//! WA Web shows the text behind the link
//! `https://wa.me/settings/linked_devices#` ([`QrFormat::Link`]), as do
//! whatsmeow (`pair.go` `makeQRData`) and Baileys; whatsapp-rust shows the
//! bare text ([`QrFormat::Bare`]). wapy shows the link by default: it is what
//! current phones are given by WA Web, the in-app scanner reads it like the
//! bare form, and the phone's own camera app opens it straight into Linked
//! Devices instead of showing meaningless text. [`QrData::parse`] (the
//! emulator's phone) accepts both forms, with four or five fields.
//!
//! Timing (whatsmeow `qrchan.go`, PROTOCOL.md §6): the first ref is shown
//! for [`QR_FIRST_REF_TIMEOUT`] (60 s), each following one for
//! [`QR_NEXT_REF_TIMEOUT`] (20 s); when the refs run out the companion
//! disconnects (six refs last 160 s).

use std::fmt;
use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

use super::AdvSecret;
use crate::proto::wa::device_props::PlatformType;
use crate::signal::PublicKey;
use crate::signal::keys::KEY_LEN;

/// The link the QR text follows in [`QrFormat::Link`].
pub const QR_LINK_PREFIX: &str = "https://wa.me/settings/linked_devices#";

/// How long the first ref of a `<pair-device>` is shown.
pub const QR_FIRST_REF_TIMEOUT: Duration = Duration::from_secs(60);

/// How long each following ref is shown.
pub const QR_NEXT_REF_TIMEOUT: Duration = Duration::from_secs(20);

/// How long the ref at `index` (0-based) of a `<pair-device>` is shown.
pub fn qr_ref_timeout(index: usize) -> Duration {
    if index == 0 {
        QR_FIRST_REF_TIMEOUT
    } else {
        QR_NEXT_REF_TIMEOUT
    }
}

/// Length of a base64 field holding a 32-byte key (padded).
const KEY_B64_LEN: usize = 44;

/// The companion's platform as the QR code's last character and the pair
/// code's `companion_platform_id` name it (WA Web
/// `WAWebCompanionRegClientUtils.DEVICE_PLATFORM`; whatsmeow
/// `PairClientType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum CompanionPlatform {
    /// `0`.
    Unknown,
    /// `1`.
    Chrome,
    /// `2`.
    Edge,
    /// `3`.
    Firefox,
    /// `4`: Internet Explorer.
    Ie,
    /// `5`.
    Opera,
    /// `6`.
    Safari,
    /// `7`: a desktop (Electron) app.
    Electron,
    /// `8`: the Windows store app.
    Uwp,
    /// `9`: any other web client; what a library that is none of the above
    /// says.
    #[default]
    OtherWebClient,
    /// `c`.
    MacOs,
    /// `d`.
    AndroidTablet,
    /// `e`.
    AndroidPhone,
    /// `f`.
    AndroidAmbiguous,
}

impl CompanionPlatform {
    const TABLE: [(CompanionPlatform, char); 14] = [
        (CompanionPlatform::Unknown, '0'),
        (CompanionPlatform::Chrome, '1'),
        (CompanionPlatform::Edge, '2'),
        (CompanionPlatform::Firefox, '3'),
        (CompanionPlatform::Ie, '4'),
        (CompanionPlatform::Opera, '5'),
        (CompanionPlatform::Safari, '6'),
        (CompanionPlatform::Electron, '7'),
        (CompanionPlatform::Uwp, '8'),
        (CompanionPlatform::OtherWebClient, '9'),
        (CompanionPlatform::MacOs, 'c'),
        (CompanionPlatform::AndroidTablet, 'd'),
        (CompanionPlatform::AndroidPhone, 'e'),
        (CompanionPlatform::AndroidAmbiguous, 'f'),
    ];

    /// The character.
    pub fn as_char(self) -> char {
        Self::TABLE
            .iter()
            .find(|(platform, _)| *platform == self)
            .map_or('0', |(_, c)| *c)
    }

    /// The platform a character names.
    pub fn from_char(c: char) -> Option<CompanionPlatform> {
        Self::TABLE
            .iter()
            .find(|(_, known)| *known == c)
            .map(|(platform, _)| *platform)
    }

    /// The character for the `DeviceProps.platformType` a companion
    /// registers with: browsers, desktop (`7`) and UWP map to their own;
    /// everything else is [`CompanionPlatform::OtherWebClient`]. The Android
    /// and macOS characters are only used when chosen explicitly (the
    /// service expects those clients to be what they claim).
    pub fn from_platform_type(platform: PlatformType) -> CompanionPlatform {
        match platform {
            PlatformType::Chrome => CompanionPlatform::Chrome,
            PlatformType::Edge => CompanionPlatform::Edge,
            PlatformType::Firefox => CompanionPlatform::Firefox,
            PlatformType::Ie => CompanionPlatform::Ie,
            PlatformType::Opera => CompanionPlatform::Opera,
            PlatformType::Safari => CompanionPlatform::Safari,
            PlatformType::Desktop => CompanionPlatform::Electron,
            PlatformType::Uwp => CompanionPlatform::Uwp,
            _ => CompanionPlatform::OtherWebClient,
        }
    }
}

impl fmt::Display for CompanionPlatform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.as_char())
    }
}

/// Which text a QR code holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum QrFormat {
    /// `https://wa.me/settings/linked_devices#` followed by the fields
    /// (WA Web, whatsmeow, Baileys); the default.
    #[default]
    Link,
    /// The fields alone (whatsapp-rust).
    Bare,
}

/// Why a QR text cannot be made or read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum QrError {
    /// A ref that cannot stand in the text: empty, not UTF-8, or holding a
    /// comma.
    #[error("the pairing ref is empty, not UTF-8 or contains a comma")]
    BadReference,
    /// Neither 4 nor 5 comma-separated fields.
    #[error("a QR text has 4 or 5 comma-separated fields, got {0}")]
    FieldCount(usize),
    /// A key field that is not 32 bytes in standard padded base64.
    #[error("the {field} field is not 32 bytes in standard base64")]
    BadKey {
        /// The field: `noise key`, `identity key` or `adv secret`.
        field: &'static str,
    },
    /// A platform field that is not one known character.
    #[error("unknown companion platform {0:?}")]
    UnknownPlatform(String),
}

/// The content of a linking QR code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrData {
    /// The `<ref>` from the server's `<pair-device>`.
    pub reference: String,
    /// The companion's Noise static key.
    pub noise_key: PublicKey,
    /// The companion's Signal identity key.
    pub identity_key: PublicKey,
    /// The secret that will authenticate `<pair-success>`.
    pub adv_secret: AdvSecret,
    /// The companion's platform; `None` in the old four-field form.
    pub platform: Option<CompanionPlatform>,
    /// The form [`QrData::text`] writes (and [`QrData::parse`] read).
    pub format: QrFormat,
}

impl QrData {
    /// The QR content for one `<ref>` (its bytes as received), in the
    /// default [`QrFormat::Link`] form.
    pub fn new(
        reference: &[u8],
        noise_key: PublicKey,
        identity_key: PublicKey,
        adv_secret: AdvSecret,
        platform: CompanionPlatform,
    ) -> Result<QrData, QrError> {
        let reference = std::str::from_utf8(reference).map_err(|_| QrError::BadReference)?;
        if reference.is_empty() || reference.contains(',') {
            return Err(QrError::BadReference);
        }
        Ok(QrData {
            reference: reference.to_owned(),
            noise_key,
            identity_key,
            adv_secret,
            platform: Some(platform),
            format: QrFormat::Link,
        })
    }

    /// The text to render as a QR code. It carries the ADV secret: show it,
    /// never log it.
    pub fn text(&self) -> String {
        let mut text = String::with_capacity(
            QR_LINK_PREFIX.len() + self.reference.len() + 3 * (KEY_B64_LEN + 1) + 2,
        );
        if self.format == QrFormat::Link {
            text.push_str(QR_LINK_PREFIX);
        }
        text.push_str(&self.reference);
        for key in [
            self.noise_key.as_bytes(),
            self.identity_key.as_bytes(),
            self.adv_secret.as_bytes(),
        ] {
            text.push(',');
            STANDARD.encode_string(key, &mut text);
        }
        if let Some(platform) = self.platform {
            text.push(',');
            text.push(platform.as_char());
        }
        text
    }

    /// Reads a QR text in any form: with or without the link, with four or
    /// five fields.
    pub fn parse(text: &str) -> Result<QrData, QrError> {
        let (format, body) = match text.strip_prefix(QR_LINK_PREFIX) {
            Some(body) => (QrFormat::Link, body),
            None => (QrFormat::Bare, text),
        };
        let mut fields = body.splitn(6, ',');
        let mut next = || fields.next();
        let (Some(reference), Some(noise), Some(identity), Some(adv)) =
            (next(), next(), next(), next())
        else {
            return Err(QrError::FieldCount(body.split(',').count()));
        };
        let platform = next();
        if next().is_some() {
            return Err(QrError::FieldCount(body.split(',').count()));
        }
        if reference.is_empty() {
            return Err(QrError::BadReference);
        }
        let platform = match platform {
            None => None,
            Some(field) => {
                let mut chars = field.chars();
                match (
                    chars.next().and_then(CompanionPlatform::from_char),
                    chars.next(),
                ) {
                    (Some(platform), None) => Some(platform),
                    _ => return Err(QrError::UnknownPlatform(field.chars().take(16).collect())),
                }
            }
        };
        Ok(QrData {
            reference: reference.to_owned(),
            noise_key: PublicKey::from_raw(key_field("noise key", noise)?),
            identity_key: PublicKey::from_raw(key_field("identity key", identity)?),
            adv_secret: AdvSecret::from_bytes(key_field("adv secret", adv)?),
            platform,
            format,
        })
    }
}

/// 32 bytes from a padded standard base64 field.
fn key_field(field: &'static str, text: &str) -> Result<[u8; KEY_LEN], QrError> {
    let error = QrError::BadKey { field };
    if text.len() != KEY_B64_LEN {
        return Err(error);
    }
    let mut out = [0u8; KEY_LEN + 2];
    match STANDARD.decode_slice(text, &mut out) {
        Ok(KEY_LEN) => {}
        _ => return Err(error),
    }
    let mut key = [0u8; KEY_LEN];
    key.copy_from_slice(&out[..KEY_LEN]);
    Ok(key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signal::KeyPair;

    fn sample(platform: CompanionPlatform) -> QrData {
        QrData::new(
            b"2@AbCd/+=xyz",
            KeyPair::generate().public,
            KeyPair::generate().public,
            AdvSecret::generate(),
            platform,
        )
        .unwrap()
    }

    #[test]
    fn the_text_has_the_documented_shape() {
        let data = QrData::new(
            b"ref1",
            PublicKey::from_raw([0; 32]),
            PublicKey::from_raw([0xff; 32]),
            AdvSecret::from_bytes([0x41; 32]),
            CompanionPlatform::Chrome,
        )
        .unwrap();
        let zeros = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
        let ones = "//////////////////////////////////////////8=";
        let adv = "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=";
        assert_eq!(
            data.text(),
            format!("https://wa.me/settings/linked_devices#ref1,{zeros},{ones},{adv},1")
        );
        let bare = QrData {
            format: QrFormat::Bare,
            ..data.clone()
        };
        assert_eq!(bare.text(), format!("ref1,{zeros},{ones},{adv},1"));
        let old = QrData {
            format: QrFormat::Bare,
            platform: None,
            ..data
        };
        assert_eq!(old.text(), format!("ref1,{zeros},{ones},{adv}"));
    }

    #[test]
    fn every_form_round_trips() {
        for (platform, _) in CompanionPlatform::TABLE {
            let data = sample(platform);
            for format in [QrFormat::Link, QrFormat::Bare] {
                for platform in [Some(platform), None] {
                    let data = QrData {
                        format,
                        platform,
                        ..data.clone()
                    };
                    assert_eq!(QrData::parse(&data.text()).unwrap(), data);
                }
            }
        }
    }

    #[test]
    fn platform_characters_match_the_table() {
        let text: String = CompanionPlatform::TABLE
            .iter()
            .map(|(platform, _)| platform.as_char())
            .collect();
        assert_eq!(text, "0123456789cdef");
        for (platform, c) in CompanionPlatform::TABLE {
            assert_eq!(CompanionPlatform::from_char(c), Some(platform));
            assert_eq!(platform.to_string(), c.to_string());
        }
        assert_eq!(CompanionPlatform::from_char('a'), None);
        assert_eq!(CompanionPlatform::default().as_char(), '9');
        assert_eq!(
            CompanionPlatform::from_platform_type(PlatformType::Chrome),
            CompanionPlatform::Chrome
        );
        assert_eq!(
            CompanionPlatform::from_platform_type(PlatformType::Edge).as_char(),
            '2'
        );
        assert_eq!(
            CompanionPlatform::from_platform_type(PlatformType::Desktop).as_char(),
            '7'
        );
        assert_eq!(
            CompanionPlatform::from_platform_type(PlatformType::IosPhone).as_char(),
            '9'
        );
    }

    #[test]
    fn rotation_timing() {
        assert_eq!(qr_ref_timeout(0), Duration::from_secs(60));
        assert_eq!(qr_ref_timeout(1), Duration::from_secs(20));
        assert_eq!(qr_ref_timeout(5), Duration::from_secs(20));
        let six: Duration = (0..6).map(qr_ref_timeout).sum();
        assert_eq!(six, Duration::from_secs(160));
    }

    #[test]
    fn bad_refs_are_refused() {
        let key = KeyPair::generate().public;
        for reference in [&b""[..], b"a,b", b"\xff\xfe"] {
            assert_eq!(
                QrData::new(
                    reference,
                    key,
                    key,
                    AdvSecret::generate(),
                    CompanionPlatform::Chrome
                ),
                Err(QrError::BadReference)
            );
        }
    }

    #[test]
    fn malformed_texts_are_typed_errors() {
        let good = sample(CompanionPlatform::Safari);
        let text = QrData {
            format: QrFormat::Bare,
            ..good
        }
        .text();
        let fields: Vec<&str> = text.split(',').collect();
        let with = |index: usize, value: &str| {
            let mut fields = fields.clone();
            fields[index] = value;
            fields.join(",")
        };

        assert_eq!(QrData::parse(""), Err(QrError::FieldCount(1)));
        assert_eq!(QrData::parse(QR_LINK_PREFIX), Err(QrError::FieldCount(1)));
        assert_eq!(
            QrData::parse(&fields[..3].join(",")),
            Err(QrError::FieldCount(3))
        );
        assert_eq!(
            QrData::parse(&format!("{text},x")),
            Err(QrError::FieldCount(6))
        );
        assert_eq!(
            QrData::parse(&format!("{text},x,y,z")),
            Err(QrError::FieldCount(8))
        );
        assert_eq!(QrData::parse(&with(0, "")), Err(QrError::BadReference));
        assert_eq!(
            QrData::parse(&with(1, "AAAA")),
            Err(QrError::BadKey { field: "noise key" })
        );
        // 33 bytes of base64 without padding has 44 characters too.
        let long = STANDARD.encode([7u8; 33]);
        assert_eq!(long.len(), 44);
        assert_eq!(
            QrData::parse(&with(2, &long)),
            Err(QrError::BadKey {
                field: "identity key"
            })
        );
        let not_b64 = "*".repeat(44);
        assert_eq!(
            QrData::parse(&with(3, &not_b64)),
            Err(QrError::BadKey {
                field: "adv secret"
            })
        );
        // Unpadded base64 of 32 bytes (43 characters) is not the wire form.
        let unpadded = fields[3].trim_end_matches('=');
        assert_eq!(
            QrData::parse(&with(3, unpadded)),
            Err(QrError::BadKey {
                field: "adv secret"
            })
        );
        for platform in ["", "12", "z", "é"] {
            assert_eq!(
                QrData::parse(&with(4, platform)),
                Err(QrError::UnknownPlatform(platform.to_owned()))
            );
        }
    }
}
