//! The `ClientPayload` a client sends (encrypted) in its Noise ClientFinish:
//! for login (an already paired device) or for registration (a new companion
//! asking to be paired), and its validation on the server side.
//!
//! Builders are pure functions of plain values: the device's identity comes
//! in as arguments. Defaults follow current WhatsApp Web: platform `WEB`,
//! release channel `RELEASE`, mcc/mnc `000`, OS version and build `0.1`,
//! device `Desktop`, locale `en`/`US`, sub-platform `WEB_BROWSER`, connect
//! type `WIFI_UNKNOWN`, connect reason `USER_ACTIVATED`.

use std::fmt;
use std::str::FromStr;

use bytes::Bytes;
use md5::{Digest, Md5};
use prost::Message as _;

use crate::binary::{Jid, Server};
use crate::proto::wa;
use crate::proto::wa::client_payload::DevicePairingRegistrationData;
use crate::signal::PublicKey;
use crate::signal::keys::{DJB_TYPE, KEY_LEN, SIGNATURE_LEN, verify_signature};

pub use crate::proto::wa::client_payload::user_agent::{Platform, ReleaseChannel};
pub use crate::proto::wa::client_payload::web_info::WebSubPlatform;
pub use crate::proto::wa::client_payload::{ConnectReason, ConnectType};
pub use crate::proto::wa::device_props::{HistorySyncConfig, PlatformType};

/// Largest signed prekey id: it travels as 3 bytes.
pub const MAX_SIGNED_PRE_KEY_ID: u32 = (1 << 24) - 1;

/// Why a payload cannot be built, or a received one is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum PayloadError {
    /// A version string that is not three dot-separated numbers.
    #[error("version {0:?} is not three dot-separated numbers")]
    BadVersion(String),
    /// A JID that is not a phone-number user (`digits@s.whatsapp.net`).
    #[error("{0} is not a phone-number JID")]
    NotAPhoneNumber(String),
    /// A signed prekey id that does not fit in 3 bytes.
    #[error("signed prekey id {0} does not fit in 24 bits")]
    PreKeyIdOutOfRange(u32),
    /// A payload with both a username and registration data.
    #[error("payload has both a username (login) and pairing data (registration)")]
    Ambiguous,
    /// A payload with neither a username nor registration data.
    #[error("payload has neither a username (login) nor pairing data (registration)")]
    Neither,
    /// A required field is absent.
    #[error("payload field {0} is missing")]
    Missing(&'static str),
    /// A field of fixed length has another length.
    #[error("payload field {field} has {got} bytes, expected {expected}")]
    FieldLength {
        /// The field.
        field: &'static str,
        /// The length the protocol requires.
        expected: usize,
        /// The length received.
        got: usize,
    },
    /// A number outside its range (username 0, device above 65535).
    #[error("payload field {field} has an invalid value {value}")]
    OutOfRange {
        /// The field.
        field: &'static str,
        /// The value received.
        value: u64,
    },
    /// `eKeytype` is not `05`.
    #[error("identity key type {0:#04x} is not Curve25519 (0x05)")]
    BadKeyType(u8),
    /// The signed prekey's signature does not verify with the identity key.
    #[error("signed prekey signature does not verify with the identity key")]
    BadSignedPreKeySignature,
    /// `deviceProps` are not a `DeviceProps` protobuf.
    #[error("deviceProps are not a valid protobuf: {0}")]
    DeviceProps(prost::DecodeError),
}

/// A WhatsApp Web version, `primary.secondary.tertiary`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct WaVersion {
    /// First component (2).
    pub primary: u32,
    /// Second component (3000).
    pub secondary: u32,
    /// Third component (the build).
    pub tertiary: u32,
}

impl WaVersion {
    /// A recent WhatsApp Web release (the one whatsmeow announces). The
    /// server refuses versions it considers too old with
    /// `<failure reason="405"/>`.
    pub const CURRENT: WaVersion = WaVersion::new(2, 3000, 1_045_649_367);

    /// A version from its components.
    pub const fn new(primary: u32, secondary: u32, tertiary: u32) -> WaVersion {
        WaVersion {
            primary,
            secondary,
            tertiary,
        }
    }

    /// `buildHash` of registration: MD5 of the dotted version string.
    pub fn build_hash(&self) -> [u8; 16] {
        Md5::digest(self.to_string().as_bytes()).into()
    }

    fn user_agent_version(&self) -> wa::client_payload::user_agent::AppVersion {
        wa::client_payload::user_agent::AppVersion {
            primary: Some(self.primary),
            secondary: Some(self.secondary),
            tertiary: Some(self.tertiary),
            ..Default::default()
        }
    }
}

impl Default for WaVersion {
    fn default() -> WaVersion {
        WaVersion::CURRENT
    }
}

impl fmt::Display for WaVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.primary, self.secondary, self.tertiary)
    }
}

impl FromStr for WaVersion {
    type Err = PayloadError;

    fn from_str(text: &str) -> Result<WaVersion, PayloadError> {
        let bad = || PayloadError::BadVersion(text.to_owned());
        let mut parts = text.split('.').map(|part| {
            if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            part.parse::<u32>().map_err(|_| bad())
        });
        let (Some(primary), Some(secondary), Some(tertiary), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(bad());
        };
        Ok(WaVersion::new(primary?, secondary?, tertiary?))
    }
}

/// The `UserAgent` of the payload.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserAgent {
    /// Client platform (`WEB`).
    pub platform: Platform,
    /// The WhatsApp Web version announced.
    pub version: WaVersion,
    /// Release channel (`RELEASE`).
    pub release_channel: ReleaseChannel,
    /// Mobile country code (`000`).
    pub mcc: String,
    /// Mobile network code (`000`).
    pub mnc: String,
    /// OS version (`0.1`).
    pub os_version: String,
    /// Manufacturer; absent by default.
    pub manufacturer: Option<String>,
    /// Device (`Desktop`).
    pub device: String,
    /// OS build number (`0.1`).
    pub os_build_number: String,
    /// ISO 639-1 language (`en`).
    pub locale_language: String,
    /// ISO 3166-1 alpha-2 country (`US`).
    pub locale_country: String,
}

impl Default for UserAgent {
    fn default() -> UserAgent {
        UserAgent {
            platform: Platform::Web,
            version: WaVersion::CURRENT,
            release_channel: ReleaseChannel::Release,
            mcc: "000".into(),
            mnc: "000".into(),
            os_version: "0.1".into(),
            manufacturer: None,
            device: "Desktop".into(),
            os_build_number: "0.1".into(),
            locale_language: "en".into(),
            locale_country: "US".into(),
        }
    }
}

impl UserAgent {
    fn to_proto(&self) -> wa::client_payload::UserAgent {
        wa::client_payload::UserAgent {
            platform: Some(self.platform as i32),
            app_version: Some(Box::new(self.version.user_agent_version())),
            mcc: Some(self.mcc.clone()),
            mnc: Some(self.mnc.clone()),
            os_version: Some(self.os_version.clone()),
            manufacturer: self.manufacturer.clone(),
            device: Some(self.device.clone()),
            os_build_number: Some(self.os_build_number.clone()),
            release_channel: Some(self.release_channel as i32),
            locale_language_iso6391: Some(self.locale_language.clone()),
            locale_country_iso31661_alpha2: Some(self.locale_country.clone()),
            ..Default::default()
        }
    }
}

/// The `WebInfo` of the payload.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct WebInfo {
    /// The web sub-platform (`WEB_BROWSER`).
    pub sub_platform: WebSubPlatform,
}

/// Everything in the payload that describes the client rather than the
/// account: the same for login and registration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayloadConfig {
    /// The user agent.
    pub user_agent: UserAgent,
    /// The web info.
    pub web_info: WebInfo,
    /// Network type (`WIFI_UNKNOWN`).
    pub connect_type: ConnectType,
    /// Why the client connects (`USER_ACTIVATED`).
    pub connect_reason: ConnectReason,
    /// Push name to announce; absent by default.
    pub push_name: Option<String>,
}

impl Default for PayloadConfig {
    fn default() -> PayloadConfig {
        PayloadConfig {
            user_agent: UserAgent::default(),
            web_info: WebInfo::default(),
            connect_type: ConnectType::WifiUnknown,
            connect_reason: ConnectReason::UserActivated,
            push_name: None,
        }
    }
}

impl PayloadConfig {
    fn base(&self) -> wa::ClientPayload {
        wa::ClientPayload {
            user_agent: Some(Box::new(self.user_agent.to_proto())),
            web_info: Some(Box::new(wa::client_payload::WebInfo {
                web_sub_platform: Some(self.web_info.sub_platform as i32),
                ..Default::default()
            })),
            push_name: self.push_name.clone(),
            connect_type: Some(self.connect_type as i32),
            connect_reason: Some(self.connect_reason as i32),
            ..Default::default()
        }
    }
}

/// Login flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoginOptions {
    /// Log in passively: the server holds the offline queue until the client
    /// sends `<iq xmlns="passive"><active/></iq>` (default true).
    pub passive: bool,
    /// Ask for pending offline data (default true).
    pub pull: bool,
    /// `lidDbMigrated`: the client addresses chats by LID. Default
    /// `Some(true)`, as current WhatsApp Web and whatsmeow; `None` omits it.
    pub lid_db_migrated: Option<bool>,
    /// `lc`, the login counter. Default `Some(1)`; pass a persisted counter
    /// to report real logins, `None` to omit it.
    pub login_counter: Option<i32>,
}

impl Default for LoginOptions {
    fn default() -> LoginOptions {
        LoginOptions {
            passive: true,
            pull: true,
            lid_db_migrated: Some(true),
            login_counter: Some(1),
        }
    }
}

/// The `ClientPayload` of a paired device logging in as `user` (the phone
/// number as an integer), device `device`.
pub fn login_payload(
    config: &PayloadConfig,
    user: u64,
    device: u16,
    options: &LoginOptions,
) -> wa::ClientPayload {
    wa::ClientPayload {
        username: Some(user),
        passive: Some(options.passive),
        device: Some(u32::from(device)),
        pull: Some(options.pull),
        lid_db_migrated: options.lid_db_migrated,
        lc: options.login_counter,
        ..config.base()
    }
}

/// The phone number and device of a device JID such as
/// `15551234567:12@s.whatsapp.net`, as `login_payload` takes them.
pub fn login_identity(jid: &Jid) -> Result<(u64, u16), PayloadError> {
    let digits = !jid.user.is_empty() && jid.user.bytes().all(|b| b.is_ascii_digit());
    let user = (jid.server == Server::User && digits)
        .then(|| jid.user.parse::<u64>().ok())
        .flatten();
    match user {
        Some(user) if user != 0 => Ok((user, jid.device)),
        _ => Err(PayloadError::NotAPhoneNumber(jid.to_string())),
    }
}

/// The `DeviceProps` a companion announces when registering: the name and
/// icon the phone shows in its list of linked devices, and the history it
/// asks for.
#[derive(Debug, Clone, PartialEq)]
pub struct CompanionProps {
    /// The name shown on the phone.
    pub os: String,
    /// The companion's own version; absent by default.
    pub version: Option<WaVersion>,
    /// The icon (`CHROME`, `DESKTOP`, ...).
    pub platform_type: PlatformType,
    /// Ask for the full history instead of the recent part.
    pub require_full_sync: bool,
    /// What history sync may send.
    pub history_sync: Option<HistorySyncConfig>,
}

impl Default for CompanionProps {
    fn default() -> CompanionProps {
        CompanionProps {
            os: "wapy".into(),
            version: None,
            platform_type: PlatformType::Chrome,
            require_full_sync: false,
            history_sync: Some(default_history_sync_config()),
        }
    }
}

/// The history sync capabilities announced by default.
pub fn default_history_sync_config() -> HistorySyncConfig {
    HistorySyncConfig {
        storage_quota_mb: Some(10_240),
        inline_initial_payload_in_e2_ee_msg: Some(true),
        support_call_log_history: Some(false),
        support_bot_user_agent_chat_history: Some(true),
        support_cag_reactions_and_polls: Some(true),
        support_biz_hosted_msg: Some(true),
        support_recent_sync_chunk_message_count_tuning: Some(true),
        support_hosted_group_msg: Some(true),
        support_fbid_bot_chat_history: Some(true),
        support_message_association: Some(true),
        support_group_history: Some(false),
        thumbnail_sync_days_limit: Some(60),
        ..Default::default()
    }
}

impl CompanionProps {
    /// The `DeviceProps` protobuf.
    pub fn to_proto(&self) -> wa::DeviceProps {
        wa::DeviceProps {
            os: Some(self.os.clone()),
            version: self.version.map(|v| {
                Box::new(wa::device_props::AppVersion {
                    primary: Some(v.primary),
                    secondary: Some(v.secondary),
                    tertiary: Some(v.tertiary),
                    ..Default::default()
                })
            }),
            platform_type: Some(self.platform_type as i32),
            require_full_sync: Some(self.require_full_sync),
            history_sync_config: self.history_sync.clone().map(Box::new),
        }
    }
}

/// The keys a new companion registers with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistrationKeys {
    /// The Signal registration id.
    pub registration_id: u32,
    /// The Signal identity public key.
    pub identity_key: PublicKey,
    /// The signed prekey's id (at most 2^24 - 1).
    pub signed_pre_key_id: u32,
    /// The signed prekey's public key.
    pub signed_pre_key: PublicKey,
    /// XEdDSA signature of `05 || signed prekey` by the identity key.
    pub signed_pre_key_signature: [u8; SIGNATURE_LEN],
}

/// The `ClientPayload` of a new companion asking to be paired.
pub fn registration_payload(
    config: &PayloadConfig,
    keys: &RegistrationKeys,
    props: &CompanionProps,
) -> Result<wa::ClientPayload, PayloadError> {
    if keys.signed_pre_key_id > MAX_SIGNED_PRE_KEY_ID {
        return Err(PayloadError::PreKeyIdOutOfRange(keys.signed_pre_key_id));
    }
    let [_, id_high, id_mid, id_low] = keys.signed_pre_key_id.to_be_bytes();
    let pairing = DevicePairingRegistrationData {
        e_regid: Some(Bytes::copy_from_slice(&keys.registration_id.to_be_bytes())),
        e_keytype: Some(Bytes::from_static(&[DJB_TYPE])),
        e_ident: Some(Bytes::copy_from_slice(keys.identity_key.as_bytes())),
        e_skey_id: Some(Bytes::copy_from_slice(&[id_high, id_mid, id_low])),
        e_skey_val: Some(Bytes::copy_from_slice(keys.signed_pre_key.as_bytes())),
        e_skey_sig: Some(Bytes::copy_from_slice(&keys.signed_pre_key_signature)),
        build_hash: Some(Bytes::copy_from_slice(
            &config.user_agent.version.build_hash(),
        )),
        device_props: Some(props.to_proto().encode_to_vec().into()),
    };
    Ok(wa::ClientPayload {
        passive: Some(false),
        device_pairing_data: Some(Box::new(pairing)),
        pull: Some(false),
        ..config.base()
    })
}

/// A login, as the server sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoginRequest {
    /// The phone number.
    pub user: u64,
    /// The device id.
    pub device: u16,
    /// Passive login (offline queue held until `<active/>`).
    pub passive: bool,
    /// Offline data requested.
    pub pull: bool,
}

impl LoginRequest {
    /// The device JID `user:device@s.whatsapp.net`.
    pub fn jid(&self) -> Jid {
        Jid::with_device(self.user.to_string(), Server::User, self.device)
    }
}

/// A registration, as the server sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct RegistrationRequest {
    /// The Signal registration id.
    pub registration_id: u32,
    /// The identity key.
    pub identity_key: PublicKey,
    /// The signed prekey id.
    pub signed_pre_key_id: u32,
    /// The signed prekey.
    pub signed_pre_key: PublicKey,
    /// Its signature (see
    /// [`verify_signed_pre_key`](RegistrationRequest::verify_signed_pre_key)).
    pub signed_pre_key_signature: [u8; SIGNATURE_LEN],
    /// MD5 of the client's version string.
    pub build_hash: [u8; 16],
    /// The companion's announced properties, if sent.
    pub device_props: Option<wa::DeviceProps>,
}

impl RegistrationRequest {
    /// Checks that the identity key signed the signed prekey (`05 || key`).
    /// Classification does not require it (the public test vectors carry
    /// placeholder signatures); a server that hands the prekey to other
    /// clients should.
    pub fn verify_signed_pre_key(&self) -> Result<(), PayloadError> {
        if verify_signature(
            self.identity_key.as_bytes(),
            &self.signed_pre_key.serialize(),
            &self.signed_pre_key_signature,
        ) {
            Ok(())
        } else {
            Err(PayloadError::BadSignedPreKeySignature)
        }
    }
}

/// What a received payload asks for.
#[derive(Debug, Clone, PartialEq)]
pub enum PayloadKind {
    /// A paired device logging in.
    Login(LoginRequest),
    /// A new companion asking to be paired.
    Registration(Box<RegistrationRequest>),
}

/// A received payload that passed validation.
#[derive(Debug, Clone, PartialEq)]
pub struct ClassifiedPayload {
    /// The client's announced version (the server may refuse old ones).
    pub version: WaVersion,
    /// The announced push name.
    pub push_name: Option<String>,
    /// Login or registration.
    pub kind: PayloadKind,
}

/// Validates a received `ClientPayload` and tells login from registration.
pub fn classify_client_payload(
    payload: &wa::ClientPayload,
) -> Result<ClassifiedPayload, PayloadError> {
    let result = classify(payload);
    if let Err(error) = &result {
        log::warn!("client payload refused: {error}");
    }
    result
}

fn classify(payload: &wa::ClientPayload) -> Result<ClassifiedPayload, PayloadError> {
    let agent = payload
        .user_agent
        .as_ref()
        .ok_or(PayloadError::Missing("userAgent"))?;
    let version = agent
        .app_version
        .as_ref()
        .ok_or(PayloadError::Missing("userAgent.appVersion"))?;
    let version = WaVersion::new(
        version
            .primary
            .ok_or(PayloadError::Missing("userAgent.appVersion.primary"))?,
        version
            .secondary
            .ok_or(PayloadError::Missing("userAgent.appVersion.secondary"))?,
        version
            .tertiary
            .ok_or(PayloadError::Missing("userAgent.appVersion.tertiary"))?,
    );
    let kind = match (payload.username, &payload.device_pairing_data) {
        (Some(_), Some(_)) => return Err(PayloadError::Ambiguous),
        (None, None) => return Err(PayloadError::Neither),
        (Some(user), None) => PayloadKind::Login(login_request(user, payload)?),
        (None, Some(data)) => PayloadKind::Registration(Box::new(registration_request(data)?)),
    };
    Ok(ClassifiedPayload {
        version,
        push_name: payload.push_name.clone(),
        kind,
    })
}

fn login_request(user: u64, payload: &wa::ClientPayload) -> Result<LoginRequest, PayloadError> {
    if user == 0 {
        return Err(PayloadError::OutOfRange {
            field: "username",
            value: 0,
        });
    }
    let device = payload.device.ok_or(PayloadError::Missing("device"))?;
    let device = u16::try_from(device).map_err(|_| PayloadError::OutOfRange {
        field: "device",
        value: u64::from(device),
    })?;
    Ok(LoginRequest {
        user,
        device,
        passive: payload.passive.unwrap_or(false),
        pull: payload.pull.unwrap_or(false),
    })
}

/// A fixed-length bytes field.
fn fixed<const N: usize>(
    field: Option<&Bytes>,
    name: &'static str,
) -> Result<[u8; N], PayloadError> {
    let bytes = field.ok_or(PayloadError::Missing(name))?;
    <[u8; N]>::try_from(bytes.as_ref()).map_err(|_| PayloadError::FieldLength {
        field: name,
        expected: N,
        got: bytes.len(),
    })
}

fn registration_request(
    data: &DevicePairingRegistrationData,
) -> Result<RegistrationRequest, PayloadError> {
    let registration_id = u32::from_be_bytes(fixed::<4>(data.e_regid.as_ref(), "eRegid")?);
    let [key_type] = fixed::<1>(data.e_keytype.as_ref(), "eKeytype")?;
    if key_type != DJB_TYPE {
        return Err(PayloadError::BadKeyType(key_type));
    }
    let identity_key = PublicKey::from_raw(fixed::<KEY_LEN>(data.e_ident.as_ref(), "eIdent")?);
    let [high, mid, low] = fixed::<3>(data.e_skey_id.as_ref(), "eSkeyId")?;
    let signed_pre_key_id = u32::from_be_bytes([0, high, mid, low]);
    let signed_pre_key =
        PublicKey::from_raw(fixed::<KEY_LEN>(data.e_skey_val.as_ref(), "eSkeyVal")?);
    let signed_pre_key_signature = fixed::<SIGNATURE_LEN>(data.e_skey_sig.as_ref(), "eSkeySig")?;
    let build_hash = fixed::<16>(data.build_hash.as_ref(), "buildHash")?;
    let device_props = data
        .device_props
        .as_ref()
        .map(|raw| wa::DeviceProps::decode(raw.clone()))
        .transpose()
        .map_err(PayloadError::DeviceProps)?;
    Ok(RegistrationRequest {
        registration_id,
        identity_key,
        signed_pre_key_id,
        signed_pre_key,
        signed_pre_key_signature,
        build_hash,
        device_props,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signal::KeyPair;

    /// Baileys 6.17.16's version, as in `vectors/protobuf.json`.
    const BAILEYS6: WaVersion = WaVersion::new(2, 3000, 1_019_707_846);

    fn baileys6_config() -> PayloadConfig {
        PayloadConfig {
            user_agent: UserAgent {
                version: BAILEYS6,
                ..UserAgent::default()
            },
            ..PayloadConfig::default()
        }
    }

    fn unhex<const N: usize>(text: &str) -> [u8; N] {
        hex::decode(text).unwrap().try_into().unwrap()
    }

    /// `client-payload-login` of `vectors/protobuf.json`: Baileys 6.17.16's
    /// login payload for `141552735447:20`, which sends `passive=false` and
    /// neither `lc` nor `lidDbMigrated`. The same inputs give the same bytes.
    #[test]
    fn login_matches_baileys_field_for_field() {
        let jid = Jid::parse("141552735447:20@s.whatsapp.net").unwrap();
        let (user, device) = login_identity(&jid).unwrap();
        let options = LoginOptions {
            passive: false,
            pull: true,
            lid_db_migrated: None,
            login_counter: None,
        };
        let payload = login_payload(&baileys6_config(), user, device, &options);
        assert_eq!(
            hex::encode(payload.encode_to_vec()),
            "08d7a9cda98f0418002a36080e120b080210b81718c6839ee6031a0330303022033030302a03302e313a074465736b746f70\
             4203302e3150005a02656e620255533202200060016801900114880201"
        );
    }

    /// `client-payload-registration` of `vectors/protobuf.json`, from the
    /// `baileys_creds` and `baileys_config` (browser Ubuntu/Chrome).
    #[test]
    fn registration_matches_baileys_field_for_field() {
        let keys = baileys_keys();
        let props = CompanionProps {
            os: "Ubuntu".into(),
            version: None,
            platform_type: PlatformType::Chrome,
            require_full_sync: false,
            history_sync: None,
        };
        let payload = registration_payload(&baileys6_config(), &keys, &props).unwrap();
        assert_eq!(
            hex::encode(payload.encode_to_vec()),
            "18002a36080e120b080210b81718c6839ee6031a0330303022033030302a03302e313a074465736b746f704203302e315000\
             5a02656e6202555332022000600168019a01b4010a040000186c1201051a20659fc3eca114a820781bc661ab3d7047231158\
             81a98e1f390a5f8a51b7788c77220300001c2a20b04ef365ee708899fccf8ae64b884aac1d7453d6e35a378e8b0f1673c5bc\
             a4713240ad9ca50d34cf801a246bcc073614864d46514bb75f2f636f9ad596ad72d66c8f62991e60350ddb74a52f4f18aaa8\
             a5183d5c6305753d6d71ba24876881c1208a3a101c24b32925da6df1b1d672b61de4f238420c0a065562756e747518012000\
             880200"
        );
        // And the server side reads back what went in.
        let classified = classify_client_payload(&payload).unwrap();
        assert_eq!(classified.version, BAILEYS6);
        let PayloadKind::Registration(request) = classified.kind else {
            panic!("not a registration")
        };
        assert_eq!(request.registration_id, 6252);
        assert_eq!(request.signed_pre_key_id, 28);
        assert_eq!(request.identity_key, keys.identity_key);
        assert_eq!(request.build_hash, BAILEYS6.build_hash());
        assert_eq!(request.device_props, Some(props.to_proto()));
        // The vector's creds carry a placeholder signature.
        assert_eq!(
            request.verify_signed_pre_key(),
            Err(PayloadError::BadSignedPreKeySignature)
        );
    }

    fn baileys_keys() -> RegistrationKeys {
        RegistrationKeys {
            registration_id: 6252,
            identity_key: PublicKey::from_raw(unhex(
                "659fc3eca114a820781bc661ab3d704723115881a98e1f390a5f8a51b7788c77",
            )),
            signed_pre_key_id: 28,
            signed_pre_key: PublicKey::from_raw(unhex(
                "b04ef365ee708899fccf8ae64b884aac1d7453d6e35a378e8b0f1673c5bca471",
            )),
            signed_pre_key_signature: unhex(
                "ad9ca50d34cf801a246bcc073614864d46514bb75f2f636f9ad596ad72d66c8f\
                 62991e60350ddb74a52f4f18aaa8a5183d5c6305753d6d71ba24876881c1208a",
            ),
        }
    }

    fn fresh_keys() -> RegistrationKeys {
        let identity = KeyPair::generate();
        let signed = KeyPair::generate();
        RegistrationKeys {
            registration_id: 0x0102_0304,
            identity_key: identity.public,
            signed_pre_key_id: 0x00ab_cdef,
            signed_pre_key: signed.public,
            signed_pre_key_signature: identity.private.sign(&signed.public.serialize()),
        }
    }

    #[test]
    fn build_hash_is_md5_of_the_version_string() {
        assert_eq!(
            hex::encode(BAILEYS6.build_hash()),
            "1c24b32925da6df1b1d672b61de4f238"
        );
        assert_eq!(WaVersion::CURRENT.to_string(), "2.3000.1045649367");
    }

    #[test]
    fn versions_parse_strictly() {
        assert_eq!("2.3000.1019707846".parse::<WaVersion>().unwrap(), BAILEYS6);
        for bad in [
            "",
            "2.3000",
            "2.3000.1.4",
            "2.x.1",
            "2..1",
            "+2.3.4",
            "2.3.99999999999",
        ] {
            assert_eq!(
                bad.parse::<WaVersion>(),
                Err(PayloadError::BadVersion(bad.into())),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn default_login_follows_current_clients() {
        let payload = login_payload(
            &PayloadConfig::default(),
            15_551_234_567,
            3,
            &LoginOptions::default(),
        );
        assert_eq!(payload.username, Some(15_551_234_567));
        assert_eq!(payload.device, Some(3));
        assert_eq!((payload.passive, payload.pull), (Some(true), Some(true)));
        assert_eq!((payload.lid_db_migrated, payload.lc), (Some(true), Some(1)));
        assert_eq!(payload.device_pairing_data, None);
        let agent = payload.user_agent.as_ref().unwrap();
        assert_eq!(agent.platform, Some(Platform::Web as i32));
        assert_eq!(
            agent.app_version.as_ref().unwrap().tertiary,
            Some(WaVersion::CURRENT.tertiary)
        );
        assert_eq!(
            payload.web_info.unwrap().web_sub_platform,
            Some(WebSubPlatform::WebBrowser as i32)
        );
        assert_eq!(payload.connect_type, Some(ConnectType::WifiUnknown as i32));
        assert_eq!(
            payload.connect_reason,
            Some(ConnectReason::UserActivated as i32)
        );
    }

    #[test]
    fn configuration_reaches_the_payload() {
        let config = PayloadConfig {
            user_agent: UserAgent {
                version: WaVersion::new(2, 3000, 7),
                locale_language: "pt".into(),
                locale_country: "BR".into(),
                manufacturer: Some("".into()),
                ..UserAgent::default()
            },
            web_info: WebInfo {
                sub_platform: WebSubPlatform::Darwin,
            },
            push_name: Some("Bot".into()),
            ..PayloadConfig::default()
        };
        let payload =
            registration_payload(&config, &fresh_keys(), &CompanionProps::default()).unwrap();
        let agent = payload.user_agent.as_ref().unwrap();
        assert_eq!(agent.locale_language_iso6391.as_deref(), Some("pt"));
        assert_eq!(agent.locale_country_iso31661_alpha2.as_deref(), Some("BR"));
        assert_eq!(agent.manufacturer.as_deref(), Some(""));
        assert_eq!(payload.push_name.as_deref(), Some("Bot"));
        assert_eq!(
            payload.web_info.as_ref().unwrap().web_sub_platform,
            Some(WebSubPlatform::Darwin as i32)
        );
        let data = payload.device_pairing_data.as_ref().unwrap();
        assert_eq!(
            data.build_hash.as_deref(),
            Some(&WaVersion::new(2, 3000, 7).build_hash()[..])
        );
        assert_eq!(data.e_regid.as_deref(), Some(&[1u8, 2, 3, 4][..]));
        assert_eq!(data.e_skey_id.as_deref(), Some(&[0xab_u8, 0xcd, 0xef][..]));
        let props = wa::DeviceProps::decode(data.device_props.clone().unwrap()).unwrap();
        assert_eq!(props.os.as_deref(), Some("wapy"));
        assert_eq!(
            props.history_sync_config.unwrap().storage_quota_mb,
            Some(10_240)
        );
        assert_eq!(
            (payload.passive, payload.pull, payload.username),
            (Some(false), Some(false), None)
        );
    }

    #[test]
    fn prekey_ids_must_fit_three_bytes() {
        let mut keys = fresh_keys();
        keys.signed_pre_key_id = MAX_SIGNED_PRE_KEY_ID + 1;
        assert_eq!(
            registration_payload(&PayloadConfig::default(), &keys, &CompanionProps::default()),
            Err(PayloadError::PreKeyIdOutOfRange(MAX_SIGNED_PRE_KEY_ID + 1))
        );
    }

    #[test]
    fn login_identity_needs_a_phone_number_jid() {
        let jid = Jid::parse("15551234567:7@s.whatsapp.net").unwrap();
        assert_eq!(login_identity(&jid), Ok((15_551_234_567, 7)));
        for text in [
            "123@lid",
            "abc@s.whatsapp.net",
            "@s.whatsapp.net",
            "0@s.whatsapp.net",
            "99999999999999999999999@s.whatsapp.net",
        ] {
            let jid = Jid::parse(text).unwrap();
            assert!(
                matches!(login_identity(&jid), Err(PayloadError::NotAPhoneNumber(_))),
                "{text}"
            );
        }
    }

    #[test]
    fn logins_are_classified() {
        let payload = login_payload(
            &PayloadConfig::default(),
            15_551_234_567,
            9,
            &LoginOptions::default(),
        );
        let classified = classify_client_payload(&payload).unwrap();
        assert_eq!(classified.version, WaVersion::CURRENT);
        let expected = LoginRequest {
            user: 15_551_234_567,
            device: 9,
            passive: true,
            pull: true,
        };
        assert_eq!(classified.kind, PayloadKind::Login(expected.clone()));
        assert_eq!(expected.jid().to_string(), "15551234567:9@s.whatsapp.net");
    }

    #[test]
    fn registrations_are_classified_and_their_prekey_signature_checked() {
        let keys = fresh_keys();
        let payload =
            registration_payload(&PayloadConfig::default(), &keys, &CompanionProps::default())
                .unwrap();
        let PayloadKind::Registration(request) = classify_client_payload(&payload).unwrap().kind
        else {
            panic!("not a registration")
        };
        assert_eq!(request.registration_id, keys.registration_id);
        assert_eq!(request.signed_pre_key_id, keys.signed_pre_key_id);
        assert_eq!(request.signed_pre_key, keys.signed_pre_key);
        assert_eq!(request.verify_signed_pre_key(), Ok(()));
    }

    #[test]
    fn malformed_payloads_are_refused() {
        let config = PayloadConfig::default();
        let login = login_payload(&config, 15_551_234_567, 9, &LoginOptions::default());
        let registration =
            registration_payload(&config, &fresh_keys(), &CompanionProps::default()).unwrap();

        let both = wa::ClientPayload {
            device_pairing_data: registration.device_pairing_data.clone(),
            ..login.clone()
        };
        assert_eq!(classify_client_payload(&both), Err(PayloadError::Ambiguous));
        let neither = wa::ClientPayload {
            username: None,
            ..login.clone()
        };
        assert_eq!(
            classify_client_payload(&neither),
            Err(PayloadError::Neither)
        );
        let no_agent = wa::ClientPayload {
            user_agent: None,
            ..login.clone()
        };
        assert_eq!(
            classify_client_payload(&no_agent),
            Err(PayloadError::Missing("userAgent"))
        );
        let no_device = wa::ClientPayload {
            device: None,
            ..login.clone()
        };
        assert_eq!(
            classify_client_payload(&no_device),
            Err(PayloadError::Missing("device"))
        );
        let big_device = wa::ClientPayload {
            device: Some(70_000),
            ..login.clone()
        };
        assert_eq!(
            classify_client_payload(&big_device),
            Err(PayloadError::OutOfRange {
                field: "device",
                value: 70_000
            })
        );
        let zero_user = wa::ClientPayload {
            username: Some(0),
            ..login
        };
        assert_eq!(
            classify_client_payload(&zero_user),
            Err(PayloadError::OutOfRange {
                field: "username",
                value: 0
            })
        );

        let with = |edit: &dyn Fn(&mut DevicePairingRegistrationData)| {
            let mut payload = registration.clone();
            edit(payload.device_pairing_data.as_mut().unwrap());
            classify_client_payload(&payload)
        };
        assert_eq!(
            with(&|d| d.e_regid = Some(Bytes::from_static(&[1, 2, 3]))),
            Err(PayloadError::FieldLength {
                field: "eRegid",
                expected: 4,
                got: 3
            })
        );
        assert_eq!(
            with(&|d| d.e_keytype = Some(Bytes::from_static(&[6]))),
            Err(PayloadError::BadKeyType(6))
        );
        assert_eq!(
            with(&|d| d.e_ident = None),
            Err(PayloadError::Missing("eIdent"))
        );
        assert_eq!(
            with(&|d| d.e_skey_id = Some(Bytes::from_static(&[0, 0, 0, 1]))),
            Err(PayloadError::FieldLength {
                field: "eSkeyId",
                expected: 3,
                got: 4
            })
        );
        let PayloadKind::Registration(forged) =
            with(&|d| d.e_skey_sig = Some(Bytes::from_static(&[0; 64])))
                .unwrap()
                .kind
        else {
            panic!("not a registration")
        };
        assert_eq!(
            forged.verify_signed_pre_key(),
            Err(PayloadError::BadSignedPreKeySignature)
        );
        assert_eq!(
            with(&|d| d.build_hash = None),
            Err(PayloadError::Missing("buildHash"))
        );
        assert!(matches!(
            with(&|d| d.device_props = Some(Bytes::from_static(&[0x0a, 0x09]))),
            Err(PayloadError::DeviceProps(_))
        ));
        assert!(with(&|d| d.device_props = None).is_ok());
    }
}
