//! The device identity: everything that makes this client one linked device
//! of one account.

use std::fmt;

use rusqlite::Connection;

use super::error::StoreError;
use super::sqlite::optional_row;
use crate::binary::jid::Jid;
use crate::signal::key_source::{KeySource, OsKeys};
use crate::signal::keys::{KeyPair, PrivateKey, PublicKey};
use crate::signal::prekeys::{self, SignedPreKeyRecord};
use crate::signal::store::LocalKeys;

/// The identity of this linked device.
#[derive(Clone, PartialEq, Eq)]
pub struct Device {
    /// Static key of the Noise handshake.
    pub noise_key: KeyPair,
    /// Signal identity key.
    pub identity_key: KeyPair,
    /// Signal registration id (1..=2^31 − 1).
    pub registration_id: u32,
    /// The current signed prekey.
    pub signed_prekey: SignedPreKeyRecord,
    /// The ADV secret shared with the phone during pairing (HMAC key of the
    /// device identity).
    pub adv_secret_key: [u8; 32],
    /// Our device JID (phone number, with device), once paired.
    pub jid: Option<Jid>,
    /// Our LID (with device), once known.
    pub lid: Option<Jid>,
    /// The push name shown to contacts.
    pub push_name: String,
    /// The platform the phone reported at pairing.
    pub platform: String,
    /// The verified business name, if any.
    pub business_name: String,
    /// The full `ADVSignedDeviceIdentity` from pairing (sent in
    /// `<device-identity>` with every `pkmsg`).
    pub account: Option<Vec<u8>>,
    /// The account's signature key (the primary device's identity key).
    pub account_signature_key: Option<[u8; 32]>,
}

impl Device {
    /// A fresh, unpaired device identity from the operating system's generator.
    pub fn new_random() -> Device {
        Device::generate(&mut OsKeys)
    }

    /// A fresh, unpaired device identity: noise and identity keys, a
    /// registration id, signed prekey 1 and an ADV secret.
    pub fn generate(keys: &mut impl KeySource) -> Device {
        let noise_key = keys.key_pair();
        let identity_key = keys.key_pair();
        let registration_id = prekeys::generate_registration_id(keys);
        let timestamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|elapsed| elapsed.as_secs())
            .unwrap_or(0);
        let signed_prekey = SignedPreKeyRecord::generate(&identity_key, 1, timestamp, keys);
        let mut adv_secret_key = [0u8; 32];
        keys.fill_bytes(&mut adv_secret_key);
        Device {
            noise_key,
            identity_key,
            registration_id,
            signed_prekey,
            adv_secret_key,
            jid: None,
            lid: None,
            push_name: String::new(),
            platform: String::new(),
            business_name: String::new(),
            account: None,
            account_signature_key: None,
        }
    }

    /// Whether pairing completed (we have a device JID).
    pub fn is_paired(&self) -> bool {
        self.jid.is_some()
    }

    /// The identity and registration id the Signal protocol uses.
    pub fn local_keys(&self) -> LocalKeys {
        LocalKeys {
            identity: self.identity_key.clone(),
            registration_id: self.registration_id,
        }
    }
}

impl fmt::Debug for Device {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Device")
            .field("jid", &self.jid)
            .field("lid", &self.lid)
            .field("registration_id", &self.registration_id)
            .field("identity_key", &self.identity_key.public)
            .field("noise_key", &self.noise_key.public)
            .field("signed_prekey_id", &self.signed_prekey.id)
            .field("push_name", &self.push_name)
            .field("platform", &self.platform)
            .finish_non_exhaustive()
    }
}

fn array32(bytes: Vec<u8>, column: &'static str) -> Result<[u8; 32], StoreError> {
    bytes.try_into().map_err(|_| StoreError::OutOfRange {
        table: "device",
        column,
    })
}

fn key_pair(
    public: Vec<u8>,
    private: Vec<u8>,
    column: &'static str,
) -> Result<KeyPair, StoreError> {
    Ok(KeyPair {
        public: PublicKey::from_raw(array32(public, column)?),
        private: PrivateKey::from_bytes(array32(private, column)?),
    })
}

fn jid(text: Option<String>, column: &'static str) -> Result<Option<Jid>, StoreError> {
    text.map(|text| {
        Jid::parse(&text).map_err(|_| StoreError::OutOfRange {
            table: "device",
            column,
        })
    })
    .transpose()
}

fn u32_column(value: i64, column: &'static str) -> Result<u32, StoreError> {
    u32::try_from(value).map_err(|_| StoreError::OutOfRange {
        table: "device",
        column,
    })
}

type DeviceRow = (
    (Vec<u8>, Vec<u8>, Vec<u8>, Vec<u8>, i64, i64, Vec<u8>),
    (
        Option<String>,
        Option<String>,
        String,
        String,
        String,
        Option<Vec<u8>>,
        Option<Vec<u8>>,
    ),
);

/// Reads the device row.
pub(crate) fn load(conn: &Connection) -> Result<Option<Device>, StoreError> {
    let row: Option<DeviceRow> = optional_row(
        conn,
        "SELECT noise_public, noise_private, identity_public, identity_private, registration_id, signed_prekey_id,
                adv_secret_key, jid, lid, push_name, platform, business_name, account, account_signature_key
         FROM device WHERE id = 1",
        [],
        |row| {
            Ok((
                (row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?, row.get(4)?, row.get(5)?, row.get(6)?),
                (row.get(7)?, row.get(8)?, row.get(9)?, row.get(10)?, row.get(11)?, row.get(12)?, row.get(13)?),
            ))
        },
    )?;
    let Some((keys, rest)) = row else {
        return Ok(None);
    };
    let (
        noise_public,
        noise_private,
        identity_public,
        identity_private,
        registration_id,
        signed_prekey_id,
        adv,
    ) = keys;
    let (jid_text, lid_text, push_name, platform, business_name, account, account_signature_key) =
        rest;
    let signed_prekey_id = u32_column(signed_prekey_id, "signed_prekey_id")?;
    let signed_prekey = super::signal::load_signed_prekey(conn, signed_prekey_id)?.ok_or(
        StoreError::OutOfRange {
            table: "device",
            column: "signed_prekey_id",
        },
    )?;
    Ok(Some(Device {
        noise_key: key_pair(noise_public, noise_private, "noise key")?,
        identity_key: key_pair(identity_public, identity_private, "identity key")?,
        registration_id: u32_column(registration_id, "registration_id")?,
        signed_prekey,
        adv_secret_key: array32(adv, "adv_secret_key")?,
        jid: jid(jid_text, "jid")?,
        lid: jid(lid_text, "lid")?,
        push_name,
        platform,
        business_name,
        account,
        account_signature_key: account_signature_key
            .map(|key| array32(key, "account_signature_key"))
            .transpose()?,
    }))
}

/// Writes the device row (and its signed prekey).
pub(crate) fn save(conn: &Connection, device: &Device) -> Result<(), StoreError> {
    super::signal::save_signed_prekey(conn, &device.signed_prekey)?;
    let mut noise_private = device.noise_key.private.to_bytes();
    let mut identity_private = device.identity_key.private.to_bytes();
    let result = conn
        .prepare_cached(
            "INSERT INTO device (id, noise_public, noise_private, identity_public, identity_private, registration_id,
                                 signed_prekey_id, adv_secret_key, jid, lid, push_name, platform, business_name,
                                 account, account_signature_key)
             VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
             ON CONFLICT (id) DO UPDATE SET
                noise_public = excluded.noise_public, noise_private = excluded.noise_private,
                identity_public = excluded.identity_public, identity_private = excluded.identity_private,
                registration_id = excluded.registration_id, signed_prekey_id = excluded.signed_prekey_id,
                adv_secret_key = excluded.adv_secret_key, jid = excluded.jid, lid = excluded.lid,
                push_name = excluded.push_name, platform = excluded.platform,
                business_name = excluded.business_name, account = excluded.account,
                account_signature_key = excluded.account_signature_key",
        )?
        .execute(rusqlite::params![
            device.noise_key.public.as_bytes(),
            noise_private,
            device.identity_key.public.as_bytes(),
            identity_private,
            i64::from(device.registration_id),
            i64::from(device.signed_prekey.id),
            device.adv_secret_key,
            device.jid.as_ref().map(Jid::to_string),
            device.lid.as_ref().map(Jid::to_string),
            device.push_name,
            device.platform,
            device.business_name,
            device.account,
            device.account_signature_key,
        ]);
    zeroize::Zeroize::zeroize(&mut noise_private);
    zeroize::Zeroize::zeroize(&mut identity_private);
    result?;
    Ok(())
}
