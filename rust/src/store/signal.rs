//! Signal state in SQLite: identities, sessions, prekeys, signed prekeys and
//! sender keys, as a [`SignalStore`] on a [`Transaction`], plus prekey
//! management (generation, upload bookkeeping, retry-receipt keys).

use rusqlite::{Connection, params};

use super::error::StoreError;
use super::sqlite::{Transaction, optional_row};
use crate::signal::address::{ProtocolAddress, SenderKeyName};
use crate::signal::error::SignalError;
use crate::signal::key_source::KeySource;
use crate::signal::keys::{KeyPair, PrivateKey, PublicKey, SIGNATURE_LEN};
use crate::signal::prekeys::{self, PreKeyRecord, SignedPreKeyRecord};
use crate::signal::sender_keys::SenderKeyRecord;
use crate::signal::session::SessionRecord;
use crate::signal::store::{LocalKeys, SignalStore};

fn corrupt(table: &'static str, error: SignalError) -> StoreError {
    match error {
        SignalError::InvalidMessage { kind, reason } => StoreError::Corrupt {
            table,
            kind,
            reason,
        },
        SignalError::Store(error) => error,
        _ => StoreError::OutOfRange {
            table,
            column: "record",
        },
    }
}

fn array<const N: usize>(
    bytes: Vec<u8>,
    table: &'static str,
    column: &'static str,
) -> Result<[u8; N], StoreError> {
    bytes
        .try_into()
        .map_err(|_| StoreError::OutOfRange { table, column })
}

fn key_pair(public: Vec<u8>, private: Vec<u8>, table: &'static str) -> Result<KeyPair, StoreError> {
    Ok(KeyPair {
        public: PublicKey::from_raw(array(public, table, "public")?),
        private: PrivateKey::from_bytes(array(private, table, "private")?),
    })
}

/// public, private, signature, timestamp.
type SignedPreKeyRow = (Vec<u8>, Vec<u8>, Vec<u8>, i64);

/// Reads a signed prekey.
pub(crate) fn load_signed_prekey(
    conn: &Connection,
    id: u32,
) -> Result<Option<SignedPreKeyRecord>, StoreError> {
    let row: Option<SignedPreKeyRow> = optional_row(
        conn,
        "SELECT public, private, signature, timestamp FROM signed_prekeys WHERE id = ?1",
        [i64::from(id)],
        |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
    )?;
    let Some((public, private, signature, timestamp)) = row else {
        return Ok(None);
    };
    Ok(Some(SignedPreKeyRecord {
        id,
        key_pair: key_pair(public, private, "signed_prekeys")?,
        signature: array::<SIGNATURE_LEN>(signature, "signed_prekeys", "signature")?,
        timestamp: u64::try_from(timestamp).unwrap_or(0),
    }))
}

/// Writes a signed prekey.
pub(crate) fn save_signed_prekey(
    conn: &Connection,
    record: &SignedPreKeyRecord,
) -> Result<(), StoreError> {
    let mut private = record.key_pair.private.to_bytes();
    let result = conn
        .prepare_cached(
            "INSERT OR REPLACE INTO signed_prekeys (id, private, public, signature, timestamp)
             VALUES (?1, ?2, ?3, ?4, ?5)",
        )?
        .execute(params![
            i64::from(record.id),
            private,
            record.key_pair.public.as_bytes(),
            record.signature,
            i64::try_from(record.timestamp).unwrap_or(i64::MAX),
        ]);
    zeroize::Zeroize::zeroize(&mut private);
    result?;
    Ok(())
}

/// The keys a retry receipt carries so that the sender can rebuild the
/// session: our registration id, identity, a fresh one-time prekey and the
/// signed prekey (WhatsApp's `<keys>` node, plus `<registration>`).
#[derive(Clone, Debug)]
pub struct RetryKeys {
    /// Our registration id.
    pub registration_id: u32,
    /// Our identity public key (raw 32 bytes on the wire).
    pub identity: PublicKey,
    /// A fresh one-time prekey, already stored as uploaded.
    pub prekey: PreKeyRecord,
    /// Our current signed prekey.
    pub signed_prekey: SignedPreKeyRecord,
    /// Our `ADVSignedDeviceIdentity`, if paired.
    pub device_identity: Option<Vec<u8>>,
}

impl RetryKeys {
    /// `<registration>` content: the registration id as 4 big-endian bytes.
    pub fn registration_bytes(&self) -> [u8; 4] {
        self.registration_id.to_be_bytes()
    }
}

impl Transaction<'_> {
    /// Deletes the session with `address` (the next message needs a new one).
    pub fn delete_session(&mut self, address: &ProtocolAddress) -> Result<(), StoreError> {
        self.conn
            .prepare_cached("DELETE FROM sessions WHERE name = ?1 AND device = ?2")?
            .execute(params![address.name(), i64::from(address.device_id())])?;
        Ok(())
    }

    /// Deletes the sessions with every device of the account `name`.
    pub fn delete_all_sessions(&mut self, name: &str) -> Result<(), StoreError> {
        self.conn
            .prepare_cached("DELETE FROM sessions WHERE name = ?1")?
            .execute([name])?;
        Ok(())
    }

    /// Moves the sessions and identities of every device of the account
    /// named `old` to the account named `new` (a contact changed their
    /// number and kept their keys); what `new` already had is replaced.
    pub fn move_account_sessions(&mut self, old: &str, new: &str) -> Result<(), StoreError> {
        self.conn
            .prepare_cached("UPDATE OR REPLACE sessions SET name = ?2 WHERE name = ?1")?
            .execute([old, new])?;
        self.conn
            .prepare_cached("UPDATE OR REPLACE identities SET name = ?2 WHERE name = ?1")?
            .execute([old, new])?;
        Ok(())
    }

    /// Forgets the identity of `address` (after the user accepted a changed
    /// identity, the next session trusts the new key on first use).
    pub fn delete_identity(&mut self, address: &ProtocolAddress) -> Result<(), StoreError> {
        self.conn
            .prepare_cached("DELETE FROM identities WHERE name = ?1 AND device = ?2")?
            .execute(params![address.name(), i64::from(address.device_id())])?;
        Ok(())
    }

    /// Deletes a group sender's sender key (ours, to rotate it after a member
    /// left; theirs, to ask for a new distribution).
    pub fn delete_sender_key(&mut self, name: &SenderKeyName) -> Result<(), StoreError> {
        self.conn
            .prepare_cached("DELETE FROM sender_keys WHERE group_id = ?1 AND sender_name = ?2 AND sender_device = ?3")?
            .execute(params![name.group(), name.sender().name(), i64::from(name.sender().device_id())])?;
        Ok(())
    }

    /// Adds (or replaces) a signed prekey, e.g. after a rotation; older ones
    /// stay loadable for `pkmsg`s still in flight.
    pub fn add_signed_prekey(&mut self, record: &SignedPreKeyRecord) -> Result<(), StoreError> {
        save_signed_prekey(&self.conn, record)
    }

    /// The id the next generated one-time prekey will get.
    pub fn next_prekey_id(&mut self) -> Result<u32, StoreError> {
        let id: Option<i64> = optional_row(
            &self.conn,
            "SELECT next_prekey_id FROM device WHERE id = 1",
            [],
            |row| row.get(0),
        )?;
        let id = id.ok_or(StoreError::NoDevice)?;
        u32::try_from(id).map_err(|_| StoreError::OutOfRange {
            table: "device",
            column: "next_prekey_id",
        })
    }

    fn generate_prekeys(
        &mut self,
        count: u32,
        uploaded: bool,
        keys: &mut impl KeySource,
    ) -> Result<Vec<PreKeyRecord>, StoreError> {
        let first = self.next_prekey_id()?;
        let records = prekeys::generate_prekeys(first, count, keys);
        {
            let mut insert = self.conn.prepare_cached(
                "INSERT OR REPLACE INTO prekeys (id, private, public, uploaded) VALUES (?1, ?2, ?3, ?4)",
            )?;
            for record in &records {
                let mut private = record.key_pair.private.to_bytes();
                let result = insert.execute(params![
                    i64::from(record.id),
                    private,
                    record.key_pair.public.as_bytes(),
                    uploaded
                ]);
                zeroize::Zeroize::zeroize(&mut private);
                result?;
            }
        }
        let next = records
            .last()
            .map_or(first, |last| prekeys::next_prekey_id(last.id));
        self.conn
            .prepare_cached("UPDATE device SET next_prekey_id = ?1 WHERE id = 1")?
            .execute([i64::from(next)])?;
        Ok(records)
    }

    /// `count` one-time prekeys to upload: those generated but not yet marked
    /// uploaded, topped up with fresh ones. Mark them with
    /// [`Transaction::mark_prekeys_uploaded`] once the server accepted them.
    pub fn prekeys_for_upload(
        &mut self,
        count: u32,
        keys: &mut impl KeySource,
    ) -> Result<Vec<PreKeyRecord>, StoreError> {
        let mut records = Vec::with_capacity(count as usize);
        {
            let mut select = self.conn.prepare_cached(
                "SELECT id, public, private FROM prekeys WHERE uploaded = 0 ORDER BY id LIMIT ?1",
            )?;
            let mut rows = select.query([i64::from(count)])?;
            while let Some(row) = rows.next()? {
                let id: i64 = row.get(0)?;
                let id = u32::try_from(id).map_err(|_| StoreError::OutOfRange {
                    table: "prekeys",
                    column: "id",
                })?;
                records.push(PreKeyRecord {
                    id,
                    key_pair: key_pair(row.get(1)?, row.get(2)?, "prekeys")?,
                });
            }
        }
        let missing = count.saturating_sub(records.len() as u32);
        if missing > 0 {
            records.extend(self.generate_prekeys(missing, false, keys)?);
        }
        Ok(records)
    }

    /// Marks one-time prekeys as accepted by the server.
    pub fn mark_prekeys_uploaded(
        &mut self,
        ids: impl IntoIterator<Item = u32>,
    ) -> Result<(), StoreError> {
        let mut update = self
            .conn
            .prepare_cached("UPDATE prekeys SET uploaded = 1 WHERE id = ?1")?;
        for id in ids {
            update.execute([i64::from(id)])?;
        }
        Ok(())
    }

    /// Number of one-time prekeys the server has (uploaded and not yet used).
    pub fn uploaded_prekey_count(&mut self) -> Result<u32, StoreError> {
        let count: i64 = self
            .conn
            .prepare_cached("SELECT count(*) FROM prekeys WHERE uploaded = 1")?
            .query_row([], |row| row.get(0))?;
        Ok(u32::try_from(count).unwrap_or(u32::MAX))
    }

    /// The keys for a retry receipt, with a fresh one-time prekey (stored as
    /// uploaded: it reaches the peer inside the receipt).
    pub fn retry_keys(&mut self, keys: &mut impl KeySource) -> Result<RetryKeys, StoreError> {
        let device = self.device()?;
        let prekey = self
            .generate_prekeys(1, true, keys)?
            .pop()
            .ok_or(StoreError::NoDevice)?;
        Ok(RetryKeys {
            registration_id: device.registration_id,
            identity: device.identity_key.public,
            prekey,
            signed_prekey: device.signed_prekey.clone(),
            device_identity: device.account.clone(),
        })
    }
}

impl SignalStore for Transaction<'_> {
    fn local_keys(&mut self) -> Result<LocalKeys, StoreError> {
        Ok(self.device()?.local_keys())
    }

    fn load_session(
        &mut self,
        address: &ProtocolAddress,
    ) -> Result<Option<SessionRecord>, StoreError> {
        let bytes: Option<Vec<u8>> = optional_row(
            &self.conn,
            "SELECT record FROM sessions WHERE name = ?1 AND device = ?2",
            params![address.name(), i64::from(address.device_id())],
            |row| row.get(0),
        )?;
        bytes
            .map(|bytes| {
                SessionRecord::deserialize(&bytes).map_err(|error| corrupt("sessions", error))
            })
            .transpose()
    }

    fn store_session(
        &mut self,
        address: &ProtocolAddress,
        record: SessionRecord,
    ) -> Result<(), StoreError> {
        let mut bytes = record.serialize();
        let result = self
            .conn
            .prepare_cached(
                "INSERT INTO sessions (name, device, record) VALUES (?1, ?2, ?3)
                 ON CONFLICT (name, device) DO UPDATE SET record = excluded.record",
            )?
            .execute(params![
                address.name(),
                i64::from(address.device_id()),
                bytes
            ]);
        zeroize::Zeroize::zeroize(&mut bytes);
        result?;
        Ok(())
    }

    fn remote_identity(
        &mut self,
        address: &ProtocolAddress,
    ) -> Result<Option<PublicKey>, StoreError> {
        let bytes: Option<Vec<u8>> = optional_row(
            &self.conn,
            "SELECT identity FROM identities WHERE name = ?1 AND device = ?2",
            params![address.name(), i64::from(address.device_id())],
            |row| row.get(0),
        )?;
        bytes
            .map(|bytes| Ok(PublicKey::from_raw(array(bytes, "identities", "identity")?)))
            .transpose()
    }

    fn save_remote_identity(
        &mut self,
        address: &ProtocolAddress,
        key: &PublicKey,
    ) -> Result<(), StoreError> {
        self.conn
            .prepare_cached(
                "INSERT INTO identities (name, device, identity) VALUES (?1, ?2, ?3)
                 ON CONFLICT (name, device) DO UPDATE SET identity = excluded.identity
                 WHERE identity != excluded.identity",
            )?
            .execute(params![
                address.name(),
                i64::from(address.device_id()),
                key.as_bytes()
            ])?;
        Ok(())
    }

    fn load_prekey(&mut self, id: u32) -> Result<Option<PreKeyRecord>, StoreError> {
        let row: Option<(Vec<u8>, Vec<u8>)> = optional_row(
            &self.conn,
            "SELECT public, private FROM prekeys WHERE id = ?1",
            [i64::from(id)],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        row.map(|(public, private)| {
            Ok(PreKeyRecord {
                id,
                key_pair: key_pair(public, private, "prekeys")?,
            })
        })
        .transpose()
    }

    fn remove_prekey(&mut self, id: u32) -> Result<(), StoreError> {
        self.conn
            .prepare_cached("DELETE FROM prekeys WHERE id = ?1")?
            .execute([i64::from(id)])?;
        Ok(())
    }

    fn load_signed_prekey(&mut self, id: u32) -> Result<Option<SignedPreKeyRecord>, StoreError> {
        load_signed_prekey(&self.conn, id)
    }

    fn load_sender_key(
        &mut self,
        name: &SenderKeyName,
    ) -> Result<Option<SenderKeyRecord>, StoreError> {
        let bytes: Option<Vec<u8>> = optional_row(
            &self.conn,
            "SELECT record FROM sender_keys WHERE group_id = ?1 AND sender_name = ?2 AND sender_device = ?3",
            params![
                name.group(),
                name.sender().name(),
                i64::from(name.sender().device_id())
            ],
            |row| row.get(0),
        )?;
        bytes
            .map(|bytes| {
                SenderKeyRecord::deserialize(&bytes).map_err(|error| corrupt("sender_keys", error))
            })
            .transpose()
    }

    fn store_sender_key(
        &mut self,
        name: &SenderKeyName,
        record: SenderKeyRecord,
    ) -> Result<(), StoreError> {
        let mut bytes = record.serialize();
        let result = self
            .conn
            .prepare_cached(
                "INSERT INTO sender_keys (group_id, sender_name, sender_device, record) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (group_id, sender_name, sender_device) DO UPDATE SET record = excluded.record",
            )?
            .execute(params![name.group(), name.sender().name(), i64::from(name.sender().device_id()), bytes]);
        zeroize::Zeroize::zeroize(&mut bytes);
        result?;
        Ok(())
    }
}
